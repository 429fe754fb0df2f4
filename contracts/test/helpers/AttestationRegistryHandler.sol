// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

import {AttestationRegistry} from "../../src/AttestationRegistry.sol";
import {IAttestationRegistry} from "../../src/interfaces/IAttestationRegistry.sol";
import {bound} from "../base/Bound.sol";
import {Test} from "../base/Test.sol";
import {ApprovingResolver} from "./Resolvers.sol";

/// @title AttestationRegistryHandler
/// @notice Drives the registry for invariant tests: three actors attest (directly and by
/// signature), revoke (directly and by signature), supersede, invalidate nonces and let time
/// pass, under three schemas (revocable, revocable with a resolver, irrevocable). A small
/// content space makes duplicates, wrong attesters and double revocations common. Every call
/// predicts its outcome and checks the registry agrees, error included, so it never reverts
/// unless the registry misbehaves. Ghost state records what the registry must remember.
contract AttestationRegistryHandler is Test {
    uint256 internal constant ACTOR_COUNT = 3;
    uint256 internal constant SCHEMA_COUNT = 3;
    uint256 internal constant MAX_NONCE_BUMP = 1000;

    AttestationRegistry public immutable registry;
    ApprovingResolver public immutable resolver;
    uint64 internal immutable start;

    address[ACTOR_COUNT] internal actors;
    uint256[ACTOR_COUNT] internal keys;
    bytes32[SCHEMA_COUNT] internal schemas;
    bool[SCHEMA_COUNT] internal schemaRevocable;

    /// @notice Every attestation the registry accepted, in order.
    bytes32[] public uids;
    mapping(bytes32 uid => address attester) public ghostAttester;
    mapping(bytes32 uid => uint64 expirationTime) public ghostExpiration;
    mapping(bytes32 uid => bool revocable) public ghostRevocable;
    mapping(bytes32 uid => bool revoked) public ghostRevoked;
    /// @notice The highest nonce the registry ever reported for an actor.
    mapping(address actor => uint256 nonce) public nonceHighWater;
    /// @notice How often each action succeeded, to see that the campaign does something.
    mapping(bytes32 action => uint256 count) public successes;

    constructor(AttestationRegistry registry_) {
        registry = registry_;
        start = SafeCast.toUint64(block.timestamp);
        resolver = new ApprovingResolver(registry_);
        for (uint256 i = 0; i < ACTOR_COUNT; ++i) {
            (actors[i], keys[i]) = makeAccount(string.concat("actor", vm.toString(i)));
        }
        schemas[0] = registry_.registerSchema("bytes32 claim", address(0), true);
        schemas[1] = registry_.registerSchema("bytes32 claim", address(resolver), true);
        schemas[2] = registry_.registerSchema("bytes32 claim", address(0), false);
        schemaRevocable[0] = true;
        schemaRevocable[1] = true;
    }

    // ------------------------------------------------------------------ actions

    function attest(
        uint256 actorSeed,
        uint256 schemaSeed,
        uint256 contentSeed,
        uint256 expirationSeed,
        uint256 revocableSeed
    ) external {
        address actor = actors[actorSeed % ACTOR_COUNT];
        IAttestationRegistry.AttestationRequest memory request =
            buildRequest(schemaSeed, contentSeed, expirationSeed, revocableSeed);
        bytes memory expected = expectedAttestError(actor, request, schemaSeed % SCHEMA_COUNT);
        bytes32 predicted = registry.uidOfRequest(actor, request);

        vm.prank(actor);
        try registry.attest(request) returns (bytes32 uid) {
            assertEq(expected, "", "attest succeeded where it must fail");
            assertEq(uid, predicted, "attest uid");
            recordAttestation(uid, actor, request);
            ++successes["attest"];
        } catch (bytes memory reason) {
            assertRevertExpected(reason, expected, "attest");
        }
    }

    function attestBySig(
        uint256 actorSeed,
        uint256 schemaSeed,
        uint256 contentSeed,
        uint256 expirationSeed,
        uint256 revocableSeed,
        uint256 relayerSeed
    ) external {
        uint256 index = actorSeed % ACTOR_COUNT;
        address actor = actors[index];
        IAttestationRegistry.AttestationRequest memory request =
            buildRequest(schemaSeed, contentSeed, expirationSeed, revocableSeed);
        bytes memory expected = expectedAttestError(actor, request, schemaSeed % SCHEMA_COUNT);
        bytes32 predicted = registry.uidOfRequest(actor, request);
        uint256 deadline = block.timestamp + 1 hours;
        uint256 nonce = registry.nonces(actor);
        bool lastNonce = nonce == type(uint256).max;
        bytes memory signature = signDigest(keys[index], registry.attestDigest(request, actor, nonce, deadline));

        vm.prank(relayerOf(relayerSeed));
        try registry.attestBySig(request, actor, deadline, signature) returns (bytes32 uid) {
            assertEq(expected, "", "attestBySig succeeded where it must fail");
            assertEq(uid, predicted, "attestBySig uid");
            recordAttestation(uid, actor, request);
            ++successes["attestBySig"];
        } catch (bytes memory reason) {
            // Whether the last nonce (2^256-1) can be used is the registry's choice; only
            // other failures must be the predicted ones.
            if (!lastNonce) assertRevertExpected(reason, expected, "attestBySig");
        }
        updateHighWater(actor);
    }

    function revoke(uint256 uidSeed, uint256 actorSeed, bytes32 reason) external {
        bytes32 uid = pickUid(uidSeed);
        address actor = pickRevoker(uid, actorSeed);
        bytes memory expected = expectedRevokeError(actor, uid);

        vm.prank(actor);
        try registry.revoke(uid, reason) {
            assertEq(expected, "", "revoke succeeded where it must fail");
            ghostRevoked[uid] = true;
            ++successes["revoke"];
        } catch (bytes memory revertData) {
            assertRevertExpected(revertData, expected, "revoke");
        }
    }

    function revokeBySig(uint256 uidSeed, uint256 actorSeed, bytes32 reason, uint256 relayerSeed) external {
        bytes32 uid = pickUid(uidSeed);
        address actor = pickRevoker(uid, actorSeed);
        bytes memory expected = expectedRevokeError(actor, uid);
        uint256 deadline = block.timestamp + 1 hours;
        uint256 nonce = registry.nonces(actor);
        bool lastNonce = nonce == type(uint256).max;
        bytes memory signature = signDigest(keyOf(actor), registry.revokeDigest(uid, reason, actor, nonce, deadline));

        vm.prank(relayerOf(relayerSeed));
        try registry.revokeBySig(uid, reason, actor, deadline, signature) {
            assertEq(expected, "", "revokeBySig succeeded where it must fail");
            ghostRevoked[uid] = true;
            ++successes["revokeBySig"];
        } catch (bytes memory revertData) {
            if (!lastNonce) assertRevertExpected(revertData, expected, "revokeBySig");
        }
        updateHighWater(actor);
    }

    function supersede(
        uint256 uidSeed,
        uint256 actorSeed,
        uint256 schemaSeed,
        uint256 contentSeed,
        uint256 expirationSeed,
        uint256 revocableSeed
    ) external {
        bytes32 uid = pickUid(uidSeed);
        address actor = pickRevoker(uid, actorSeed);
        IAttestationRegistry.AttestationRequest memory request =
            buildRequest(schemaSeed, contentSeed, expirationSeed, revocableSeed);
        // The registry checks the old attestation first, then the replacement.
        bytes memory expected = expectedRevokeError(actor, uid);
        if (expected.length == 0) expected = expectedAttestError(actor, request, schemaSeed % SCHEMA_COUNT);
        bytes32 predicted = registry.uidOfRequest(actor, request);

        vm.prank(actor);
        try registry.supersede(uid, keccak256("superseded"), request) returns (bytes32 newUid) {
            assertEq(expected, "", "supersede succeeded where it must fail");
            assertEq(newUid, predicted, "supersede uid");
            ghostRevoked[uid] = true;
            recordAttestation(newUid, actor, request);
            ++successes["supersede"];
        } catch (bytes memory revertData) {
            assertRevertExpected(revertData, expected, "supersede");
        }
    }

    /// @notice Moves an actor's nonce forward by up to 1000, or (with `everything`) to the
    /// largest nonce there is: "cancel every signature I ever made".
    function invalidateNonces(uint256 actorSeed, uint256 bump, bool everything) external {
        address actor = actors[actorSeed % ACTOR_COUNT];
        uint256 current = registry.nonces(actor);
        uint256 room = type(uint256).max - current;
        uint256 newNonce =
            everything ? type(uint256).max : current + bound(bump, 0, room < MAX_NONCE_BUMP ? room : MAX_NONCE_BUMP);
        bytes memory expected = newNonce <= current
            ? abi.encodeWithSelector(
                IAttestationRegistry.AttestationRegistryNonceTooLow.selector, actor, current, newNonce
            )
            : bytes("");

        vm.prank(actor);
        try registry.invalidateNonces(newNonce) {
            assertEq(expected, "", "invalidateNonces succeeded where it must fail");
            assertEq(registry.nonces(actor), newNonce, "nonce after invalidateNonces");
            ++successes["invalidateNonces"];
        } catch (bytes memory reason) {
            assertRevertExpected(reason, expected, "invalidateNonces");
        }
        updateHighWater(actor);
    }

    function warp(uint256 secondsSeed) external {
        vm.warp(block.timestamp + bound(secondsSeed, 0, 3 days));
    }

    // -------------------------------------------------------------------- views

    function uidCount() external view returns (uint256) {
        return uids.length;
    }

    function actorAt(uint256 index) external view returns (address) {
        return actors[index];
    }

    function actorCount() external pure returns (uint256) {
        return ACTOR_COUNT;
    }

    // ------------------------------------------------------------------ helpers

    /// @dev Mostly what the schema allows (revocable where it can be); now and then a revocable
    /// request under the irrevocable schema, which must fail.
    function buildRequest(uint256 schemaSeed, uint256 contentSeed, uint256 expirationSeed, uint256 revocableSeed)
        internal
        view
        returns (IAttestationRegistry.AttestationRequest memory request)
    {
        uint256 i = schemaSeed % SCHEMA_COUNT;
        bool revocable = schemaRevocable[i] ? revocableSeed % 4 != 0 : revocableSeed % 8 == 0;
        request.schema = schemas[i];
        request.recipient = actors[contentSeed % ACTOR_COUNT];
        request.expirationTime = expirationOf(expirationSeed);
        request.revocable = revocable;
        request.refUID = (contentSeed / ACTOR_COUNT) % 2 == 0 ? bytes32(0) : keccak256("task 42");
        request.data = abi.encode(bytes32(contentSeed % 4));
    }

    /// @dev Never, or one of three fixed times: time passing turns them from future into past.
    function expirationOf(uint256 seed) internal view returns (uint64) {
        uint256 choice = seed % 4;
        if (choice == 0) return 0;
        if (choice == 1) return start + 1 days;
        if (choice == 2) return start + 7 days;
        return start + 60 days;
    }

    function expectedAttestError(address attester, IAttestationRegistry.AttestationRequest memory request, uint256 i)
        internal
        view
        returns (bytes memory)
    {
        if (request.revocable && !schemaRevocable[i]) {
            return
                abi.encodeWithSelector(
                    IAttestationRegistry.AttestationRegistryIrrevocableSchema.selector, request.schema
                );
        }
        if (request.expirationTime != 0 && request.expirationTime <= block.timestamp) {
            return abi.encodeWithSelector(
                IAttestationRegistry.AttestationRegistryInvalidExpiration.selector,
                request.expirationTime,
                block.timestamp
            );
        }
        bytes32 uid = registry.uidOfRequest(attester, request);
        if (ghostAttester[uid] != address(0)) {
            return abi.encodeWithSelector(IAttestationRegistry.AttestationRegistryAlreadyAttested.selector, uid);
        }
        return "";
    }

    function expectedRevokeError(address actor, bytes32 uid) internal view returns (bytes memory) {
        address attester = ghostAttester[uid];
        if (attester == address(0)) {
            return abi.encodeWithSelector(IAttestationRegistry.AttestationRegistryUnknownAttestation.selector, uid);
        }
        if (attester != actor) {
            return
                abi.encodeWithSelector(
                    IAttestationRegistry.AttestationRegistryNotAttester.selector, uid, actor, attester
                );
        }
        if (!ghostRevocable[uid]) {
            return abi.encodeWithSelector(IAttestationRegistry.AttestationRegistryIrrevocable.selector, uid);
        }
        if (ghostRevoked[uid]) {
            return abi.encodeWithSelector(IAttestationRegistry.AttestationRegistryAlreadyRevoked.selector, uid);
        }
        return "";
    }

    /// @dev Mostly a known attestation; one time in eight, an id nobody attested.
    function pickUid(uint256 seed) internal view returns (bytes32) {
        if (uids.length == 0 || seed % 8 == 7) return keccak256(abi.encode("unknown", seed % 4));
        return uids[seed % uids.length];
    }

    /// @dev Mostly the attester; one time in four, any actor (often the wrong one).
    function pickRevoker(bytes32 uid, uint256 actorSeed) internal view returns (address) {
        address attester = ghostAttester[uid];
        if (actorSeed % 4 != 0 && attester != address(0)) return attester;
        return actors[(actorSeed / 4) % ACTOR_COUNT];
    }

    /// @dev Anyone may relay a signature: an actor (possibly the signer) or an outsider.
    function relayerOf(uint256 seed) internal view returns (address) {
        uint256 choice = seed % (ACTOR_COUNT + 1);
        return choice < ACTOR_COUNT ? actors[choice] : address(0xBEEF);
    }

    function keyOf(address actor) internal view returns (uint256) {
        for (uint256 i = 0; i < ACTOR_COUNT; ++i) {
            if (actors[i] == actor) return keys[i];
        }
        revert("not an actor");
    }

    function recordAttestation(bytes32 uid, address attester, IAttestationRegistry.AttestationRequest memory request)
        internal
    {
        uids.push(uid);
        ghostAttester[uid] = attester;
        ghostExpiration[uid] = request.expirationTime;
        ghostRevocable[uid] = request.revocable;
    }

    function updateHighWater(address actor) internal {
        uint256 nonce = registry.nonces(actor);
        if (nonce > nonceHighWater[actor]) nonceHighWater[actor] = nonce;
    }

    function assertRevertExpected(bytes memory reason, bytes memory expected, string memory action) internal pure {
        assertTrue(expected.length != 0, string.concat(action, " reverted where it must succeed"));
        assertEq(reason, expected, string.concat(action, " reverted with the wrong error"));
    }

    function signDigest(uint256 key, bytes32 digest) internal pure returns (bytes memory) {
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, digest);
        return abi.encodePacked(r, s, v);
    }
}
