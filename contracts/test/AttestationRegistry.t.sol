// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";

import {AttestationRegistry} from "../src/AttestationRegistry.sol";
import {IAttestationRegistry} from "../src/interfaces/IAttestationRegistry.sol";
import {bound} from "./base/Bound.sol";
import {Test} from "./base/Test.sol";
import {Vm} from "./base/Vm.sol";
import {AttestationRegistryHandler} from "./helpers/AttestationRegistryHandler.sol";
import {ERC1271Wallet} from "./helpers/ERC1271Wallet.sol";
import {ApprovingResolver, ReentrantResolver, RevertingResolver, VetoingResolver} from "./helpers/Resolvers.sol";

/// @dev Shared fixtures and independent re-implementations of the registry's formulas (uid,
/// EIP-712 domain and digests), written from the specification rather than from the contract.
abstract contract AttestationRegistryFixture is Test {
    uint256 internal constant SECP256K1_ORDER = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141;
    uint64 internal constant START = 1_700_000_000;
    string internal constant DEFINITION = "uint256 taskId,bytes32 resultHash";

    bytes32 internal constant DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");
    bytes32 internal constant ATTEST_TYPEHASH = keccak256(
        "Attest(address attester,bytes32 schema,address recipient,uint64 expirationTime,bool revocable,bytes32 refUID,bytes data,uint256 nonce,uint256 deadline)"
    );
    bytes32 internal constant REVOKE_TYPEHASH =
        keccak256("Revoke(address attester,bytes32 uid,bytes32 reason,uint256 nonce,uint256 deadline)");

    AttestationRegistry internal registry;
    address internal alice;
    uint256 internal aliceKey;
    address internal bob;
    uint256 internal bobKey;
    address internal relayer;
    address internal recipient;
    /// @dev Revocable, no resolver.
    bytes32 internal schema;
    /// @dev Irrevocable, no resolver.
    bytes32 internal irrevocableSchema;

    function setUp() public virtual {
        vm.warp(START);
        registry = new AttestationRegistry();
        (alice, aliceKey) = makeAccount("alice");
        (bob, bobKey) = makeAccount("bob");
        relayer = makeAddr("relayer");
        recipient = makeAddr("recipient");
        schema = registry.registerSchema(DEFINITION, address(0), true);
        irrevocableSchema = registry.registerSchema(DEFINITION, address(0), false);
    }

    // ------------------------------------------------------------------ requests

    function requestFor(bytes32 schema_) internal view returns (IAttestationRegistry.AttestationRequest memory) {
        return requestWithData(schema_, abi.encode(uint256(42), keccak256("result")));
    }

    function requestWithData(bytes32 schema_, bytes memory data)
        internal
        view
        returns (IAttestationRegistry.AttestationRequest memory)
    {
        return IAttestationRegistry.AttestationRequest({
            schema: schema_,
            recipient: recipient,
            expirationTime: START + 30 days,
            revocable: true,
            refUID: keccak256("task 42"),
            data: data
        });
    }

    function irrevocableRequest() internal view returns (IAttestationRegistry.AttestationRequest memory request) {
        request = requestFor(irrevocableSchema);
        request.revocable = false;
    }

    function contentOf(address attester, IAttestationRegistry.AttestationRequest memory request)
        internal
        pure
        returns (IAttestationRegistry.AttestationContent memory)
    {
        return IAttestationRegistry.AttestationContent({
            schema: request.schema,
            attester: attester,
            recipient: request.recipient,
            expirationTime: request.expirationTime,
            revocable: request.revocable,
            refUID: request.refUID,
            dataHash: keccak256(request.data)
        });
    }

    function attestAs(address attester, IAttestationRegistry.AttestationRequest memory request)
        internal
        returns (bytes32)
    {
        vm.prank(attester);
        return registry.attest(request);
    }

    // ------------------------------------------------------ independent formulas

    function independentUid(
        uint256 chainId,
        address registry_,
        address attester,
        IAttestationRegistry.AttestationRequest memory r
    ) internal pure returns (bytes32) {
        return keccak256(
            abi.encode(
                chainId,
                registry_,
                r.schema,
                attester,
                r.recipient,
                r.expirationTime,
                r.revocable,
                r.refUID,
                keccak256(r.data)
            )
        );
    }

    function domainSeparator(uint256 chainId, address registry_) internal pure returns (bytes32) {
        return keccak256(
            abi.encode(DOMAIN_TYPEHASH, keccak256("EchoRift AttestationRegistry"), keccak256("1"), chainId, registry_)
        );
    }

    function independentAttestDigest(
        uint256 chainId,
        address registry_,
        IAttestationRegistry.AttestationRequest memory r,
        address attester,
        uint256 nonce,
        uint256 deadline
    ) internal pure returns (bytes32) {
        bytes32 structHash = keccak256(
            abi.encode(
                ATTEST_TYPEHASH,
                attester,
                r.schema,
                r.recipient,
                r.expirationTime,
                r.revocable,
                r.refUID,
                keccak256(r.data),
                nonce,
                deadline
            )
        );
        return keccak256(abi.encodePacked("\x19\x01", domainSeparator(chainId, registry_), structHash));
    }

    function independentRevokeDigest(
        uint256 chainId,
        address registry_,
        bytes32 uid,
        bytes32 reason,
        address attester,
        uint256 nonce,
        uint256 deadline
    ) internal pure returns (bytes32) {
        bytes32 structHash = keccak256(abi.encode(REVOKE_TYPEHASH, attester, uid, reason, nonce, deadline));
        return keccak256(abi.encodePacked("\x19\x01", domainSeparator(chainId, registry_), structHash));
    }

    /// @dev Checks a raw log is the complete {Attested} event of `request` by `attester`.
    function assertAttestedLog(
        Vm.Log memory log,
        bytes32 uid,
        address attester,
        IAttestationRegistry.AttestationRequest memory request
    ) internal view {
        assertEq(log.emitter, address(registry), "emitter");
        assertEq(log.topics.length, 4, "three indexed fields");
        assertEq(log.topics[0], IAttestationRegistry.Attested.selector, "event signature");
        assertEq(log.topics[1], request.schema, "indexed schema");
        assertEq(log.topics[2], bytes32(uint256(uint160(attester))), "indexed attester");
        assertEq(log.topics[3], bytes32(uint256(uint160(request.recipient))), "indexed recipient");
        (bytes32 loggedUid, bytes32 refUID, uint64 expirationTime, bool revocable, bytes memory data) =
            abi.decode(log.data, (bytes32, bytes32, uint64, bool, bytes));
        assertEq(loggedUid, uid, "event uid");
        assertEq(refUID, request.refUID, "event refUID");
        assertEq(expirationTime, request.expirationTime, "event expirationTime");
        assertEq(revocable, request.revocable, "event revocable");
        assertEq(data, request.data, "event data, byte for byte");
    }

    // ---------------------------------------------------------------- signatures

    function signDigest(uint256 key, bytes32 digest) internal pure returns (bytes memory) {
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, digest);
        return abi.encodePacked(r, s, v);
    }

    function signAttest(
        uint256 key,
        address attester,
        IAttestationRegistry.AttestationRequest memory request,
        uint256 nonce,
        uint256 deadline
    ) internal view returns (bytes memory) {
        return signDigest(key, registry.attestDigest(request, attester, nonce, deadline));
    }

    function signRevoke(uint256 key, address attester, bytes32 uid, bytes32 reason, uint256 nonce, uint256 deadline)
        internal
        view
        returns (bytes memory)
    {
        return signDigest(key, registry.revokeDigest(uid, reason, attester, nonce, deadline));
    }

    // -------------------------------------------------------------------- errors

    function invalidSignature(address signer) internal pure returns (bytes memory) {
        return abi.encodeWithSelector(IAttestationRegistry.AttestationRegistryInvalidSignature.selector, signer);
    }

    function reentrantCall() internal pure returns (bytes memory) {
        return abi.encodeWithSelector(ReentrancyGuardTransient.ReentrancyGuardReentrantCall.selector);
    }
}

contract AttestationRegistryTest is AttestationRegistryFixture {
    // ================================================================== schemas

    function testRegisterSchemaReturnsDeterministicId() public {
        address resolver = makeAddr("resolver");
        vm.prank(alice);
        bytes32 id = registry.registerSchema("bytes32 claim", resolver, true);
        assertEq(id, keccak256(abi.encodePacked("bytes32 claim", resolver, true)), "schema id formula");
        assertEq(
            schema, keccak256(abi.encodePacked(DEFINITION, address(0), true)), "schema id formula (setUp, revocable)"
        );
        assertEq(
            irrevocableSchema,
            keccak256(abi.encodePacked(DEFINITION, address(0), false)),
            "schema id formula (setUp, irrevocable)"
        );
    }

    function testRegisterSchemaIdIsSameOnAnotherChainAndRegistry() public {
        AttestationRegistry other = new AttestationRegistry();
        vm.chainId(block.chainid + 1);
        assertEq(other.registerSchema(DEFINITION, address(0), true), schema, "schema id independent of deployment");
    }

    function testRegisterSchemaEmitsCompleteEvent() public {
        address resolver = makeAddr("resolver");
        bytes32 expectedId = keccak256(abi.encodePacked("bytes32 claim", resolver, false));
        vm.expectEmit(address(registry));
        emit IAttestationRegistry.SchemaRegistered(expectedId, alice, resolver, false, "bytes32 claim");
        vm.prank(alice);
        registry.registerSchema("bytes32 claim", resolver, false);
    }

    function testRegisterSchemaStoresSchema() public {
        address resolver = makeAddr("resolver");
        bytes32 id = registry.registerSchema("bytes32 claim", resolver, true);
        IAttestationRegistry.Schema memory stored = registry.getSchema(id);
        assertEq(stored.resolver, resolver, "resolver");
        assertTrue(stored.revocable, "revocable");
        assertTrue(stored.registered, "registered");

        IAttestationRegistry.Schema memory irrevocable = registry.getSchema(irrevocableSchema);
        assertEq(irrevocable.resolver, address(0), "irrevocable: resolver");
        assertFalse(irrevocable.revocable, "irrevocable: revocable");
        assertTrue(irrevocable.registered, "irrevocable: registered");
    }

    function testRegisterSchemaRevertsWhenAlreadyRegistered() public {
        vm.expectRevert(abi.encodeWithSelector(IAttestationRegistry.AttestationRegistrySchemaExists.selector, schema));
        vm.prank(bob);
        registry.registerSchema(DEFINITION, address(0), true);
    }

    function testRegisterSchemaDistinguishesResolverAndRevocability() public {
        bytes32 withResolver = registry.registerSchema(DEFINITION, makeAddr("resolver"), true);
        assertTrue(withResolver != schema, "resolver changes the id");
        assertTrue(irrevocableSchema != schema, "revocability changes the id");
        assertTrue(registry.getSchema(withResolver).registered, "same definition, other resolver: registered");
    }

    function testGetSchemaIsEmptyWhenUnknown() public view {
        IAttestationRegistry.Schema memory unknown = registry.getSchema(keccak256("unknown"));
        assertFalse(unknown.registered, "registered");
        assertFalse(unknown.revocable, "revocable");
        assertEq(unknown.resolver, address(0), "resolver");
    }

    // ============================================================== attestations

    function testAttestReturnsUidOfRequest() public {
        IAttestationRegistry.AttestationRequest memory request = requestFor(schema);
        bytes32 predicted = registry.uidOfRequest(alice, request);
        bytes32 uid = attestAs(alice, request);
        assertEq(uid, predicted, "uid equals uidOfRequest");
        assertEq(uid, independentUid(block.chainid, address(registry), alice, request), "uid equals the formula");
        assertEq(uid, registry.uidOf(contentOf(alice, request)), "uid equals uidOf(content)");
    }

    function testAttestEmitsCompleteEvent() public {
        IAttestationRegistry.AttestationRequest memory request = requestFor(schema);
        bytes32 uid = registry.uidOfRequest(alice, request);
        vm.expectEmit(address(registry));
        emit IAttestationRegistry.Attested(
            request.schema,
            alice,
            recipient,
            uid,
            request.refUID,
            request.expirationTime,
            request.revocable,
            request.data
        );
        attestAs(alice, request);
    }

    function testAttestEventCarriesDataByteForByte() public {
        // 67 bytes, with trailing zero bytes that padding could hide.
        bytes memory data = bytes.concat(keccak256("payload"), keccak256("more"), hex"ff0000");
        IAttestationRegistry.AttestationRequest memory request = requestWithData(schema, data);
        vm.recordLogs();
        bytes32 uid = attestAs(alice, request);

        Vm.Log[] memory logs = vm.getRecordedLogs();
        assertEq(logs.length, 1, "one event");
        assertAttestedLog(logs[0], uid, alice, request);
        (,,,, bytes memory loggedData) = abi.decode(logs[0].data, (bytes32, bytes32, uint64, bool, bytes));
        assertEq(loggedData.length, 67, "data length");
    }

    function testAttestStoresRecord() public {
        IAttestationRegistry.AttestationRequest memory request = requestFor(schema);
        bytes32 uid = attestAs(alice, request);
        IAttestationRegistry.Record memory record = registry.getRecord(uid);
        assertEq(record.attester, alice, "attester");
        assertEq(record.expirationTime, request.expirationTime, "expirationTime");
        assertTrue(record.revocable, "revocable");
        assertFalse(record.revoked, "revoked");
        assertFalse(record.hasResolver, "hasResolver");
        assertTrue(registry.isValid(uid), "valid");
    }

    function testAttestStoresIrrevocableNeverExpiringRecord() public {
        IAttestationRegistry.AttestationRequest memory request = irrevocableRequest();
        request.expirationTime = 0;
        bytes32 uid = attestAs(alice, request);
        IAttestationRegistry.Record memory record = registry.getRecord(uid);
        assertEq(record.attester, alice, "attester");
        assertEq(record.expirationTime, 0, "expirationTime");
        assertFalse(record.revocable, "revocable");
        vm.warp(type(uint64).max);
        assertTrue(registry.isValid(uid), "valid forever");
    }

    function testAttestIrrevocableUnderRevocableSchemaSucceeds() public {
        IAttestationRegistry.AttestationRequest memory request = requestFor(schema);
        request.revocable = false;
        bytes32 uid = attestAs(alice, request);
        assertFalse(registry.getRecord(uid).revocable, "record is irrevocable");
        assertTrue(registry.isValid(uid), "valid");
    }

    function testAttestRevertsWhenSchemaUnknown() public {
        bytes32 unknown = keccak256("unknown schema");
        vm.expectRevert(abi.encodeWithSelector(IAttestationRegistry.AttestationRegistryUnknownSchema.selector, unknown));
        attestAs(alice, requestFor(unknown));
    }

    function testAttestRevertsWhenRevocableUnderIrrevocableSchema() public {
        IAttestationRegistry.AttestationRequest memory request = requestFor(irrevocableSchema);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAttestationRegistry.AttestationRegistryIrrevocableSchema.selector, irrevocableSchema
            )
        );
        attestAs(alice, request);
    }

    function testAttestRevertsWhenExpirationInPast() public {
        IAttestationRegistry.AttestationRequest memory request = requestFor(schema);
        request.expirationTime = START - 1;
        vm.expectRevert(
            abi.encodeWithSelector(
                IAttestationRegistry.AttestationRegistryInvalidExpiration.selector, START - 1, uint256(START)
            )
        );
        attestAs(alice, request);
    }

    function testAttestRevertsWhenExpirationIsNow() public {
        IAttestationRegistry.AttestationRequest memory request = requestFor(schema);
        request.expirationTime = START;
        vm.expectRevert(
            abi.encodeWithSelector(
                IAttestationRegistry.AttestationRegistryInvalidExpiration.selector, START, uint256(START)
            )
        );
        attestAs(alice, request);
    }

    function testAttestSucceedsWhenExpirationIsNextSecond() public {
        IAttestationRegistry.AttestationRequest memory request = requestFor(schema);
        request.expirationTime = START + 1;
        bytes32 uid = attestAs(alice, request);
        assertTrue(registry.isValid(uid), "valid until the next second");
    }

    function testAttestRevertsWhenSameAttesterRepeatsContent() public {
        IAttestationRegistry.AttestationRequest memory request = requestFor(schema);
        bytes32 uid = attestAs(alice, request);
        vm.warp(START + 1 days);
        vm.expectRevert(abi.encodeWithSelector(IAttestationRegistry.AttestationRegistryAlreadyAttested.selector, uid));
        attestAs(alice, request);
    }

    function testAttestRevertsWhenRepeatingRevokedContent() public {
        IAttestationRegistry.AttestationRequest memory request = requestFor(schema);
        bytes32 uid = attestAs(alice, request);
        vm.prank(alice);
        registry.revoke(uid, bytes32(0));
        vm.expectRevert(abi.encodeWithSelector(IAttestationRegistry.AttestationRegistryAlreadyAttested.selector, uid));
        attestAs(alice, request);
        assertFalse(registry.isValid(uid), "a revoked id stays invalid");
    }

    function testAttestSameContentByOtherAttesterGetsOtherUid() public {
        IAttestationRegistry.AttestationRequest memory request = requestFor(schema);
        bytes32 aliceUid = attestAs(alice, request);
        bytes32 bobUid = attestAs(bob, request);
        assertTrue(aliceUid != bobUid, "different attesters, different ids");
        assertEq(bobUid, independentUid(block.chainid, address(registry), bob, request), "bob's uid formula");
        assertEq(registry.getRecord(aliceUid).attester, alice, "alice's record");
        assertEq(registry.getRecord(bobUid).attester, bob, "bob's record");
    }

    function testAttestUidDiffersOnOtherChain() public {
        IAttestationRegistry.AttestationRequest memory request = requestFor(schema);
        uint256 originalChain = block.chainid;
        bytes32 uid = attestAs(alice, request);

        // A registry deployed on another chain (even at the same address) gives another id.
        vm.chainId(originalChain + 1);
        AttestationRegistry other = new AttestationRegistry();
        other.registerSchema(DEFINITION, address(0), true);
        bytes32 otherUid = other.uidOfRequest(alice, request);
        assertTrue(otherUid != uid, "another chain, another id");
        assertEq(otherUid, independentUid(originalChain + 1, address(other), alice, request), "formula");
    }

    function testAttestUidStaysReachableAfterChainSplit() public {
        IAttestationRegistry.AttestationRequest memory request = requestFor(schema);
        uint256 originalChain = block.chainid;
        bytes32 uid = attestAs(alice, request);

        // After a split the chain id changes; existing attestations keep their ids and validity.
        vm.chainId(originalChain + 1);
        assertEq(registry.uidOfRequest(alice, request), uid, "id fixed at deployment's chain id");
        assertTrue(registry.isValid(uid), "still valid on the new chain");
        assertEq(uid, independentUid(originalChain, address(registry), alice, request), "formula");
    }

    function testAttestUidDiffersOnOtherRegistry() public {
        AttestationRegistry other = new AttestationRegistry();
        other.registerSchema(DEFINITION, address(0), true);
        IAttestationRegistry.AttestationRequest memory request = requestFor(schema);
        bytes32 uid = attestAs(alice, request);
        vm.prank(alice);
        bytes32 otherUid = other.attest(request);
        assertTrue(otherUid != uid, "another registry, another id");
        assertEq(otherUid, independentUid(block.chainid, address(other), alice, request), "formula");
    }

    // ===================================================================== batch

    function testAttestBatchReturnsUidsInOrder() public {
        IAttestationRegistry.AttestationRequest[] memory requests = new IAttestationRegistry.AttestationRequest[](3);
        requests[0] = requestWithData(schema, "first");
        requests[1] = irrevocableRequest();
        requests[2] = requestWithData(schema, "third");
        vm.prank(alice);
        bytes32[] memory uids = registry.attestBatch(requests);
        assertEq(uids.length, 3, "one uid per request");
        for (uint256 i = 0; i < 3; ++i) {
            assertEq(uids[i], registry.uidOfRequest(alice, requests[i]), string.concat("uid ", vm.toString(i)));
            assertEq(registry.getRecord(uids[i]).attester, alice, string.concat("record ", vm.toString(i)));
            assertTrue(registry.isValid(uids[i]), string.concat("valid ", vm.toString(i)));
        }
    }

    function testAttestBatchEmitsEventPerRequestInOrder() public {
        IAttestationRegistry.AttestationRequest[] memory requests = new IAttestationRegistry.AttestationRequest[](2);
        requests[0] = requestWithData(schema, "first");
        requests[1] = irrevocableRequest();
        bytes32 first = registry.uidOfRequest(alice, requests[0]);
        bytes32 second = registry.uidOfRequest(alice, requests[1]);

        vm.expectEmit(address(registry));
        emit IAttestationRegistry.Attested(
            schema, alice, recipient, first, requests[0].refUID, requests[0].expirationTime, true, "first"
        );
        vm.expectEmit(address(registry));
        emit IAttestationRegistry.Attested(
            irrevocableSchema,
            alice,
            recipient,
            second,
            requests[1].refUID,
            requests[1].expirationTime,
            false,
            requests[1].data
        );
        vm.prank(alice);
        registry.attestBatch(requests);
    }

    function testAttestBatchRevertsWhenEmpty() public {
        IAttestationRegistry.AttestationRequest[] memory requests = new IAttestationRegistry.AttestationRequest[](0);
        vm.expectRevert(abi.encodeWithSelector(IAttestationRegistry.AttestationRegistryEmptyBatch.selector));
        vm.prank(alice);
        registry.attestBatch(requests);
    }

    function testAttestBatchRevertsWhollyWhenOneRequestInvalid() public {
        IAttestationRegistry.AttestationRequest[] memory requests = new IAttestationRegistry.AttestationRequest[](3);
        requests[0] = requestWithData(schema, "good");
        requests[1] = requestWithData(schema, "also good");
        requests[2] = requestWithData(schema, "expired");
        requests[2].expirationTime = START;
        bytes32 good = registry.uidOfRequest(alice, requests[0]);
        bytes32 alsoGood = registry.uidOfRequest(alice, requests[1]);

        vm.expectRevert(
            abi.encodeWithSelector(
                IAttestationRegistry.AttestationRegistryInvalidExpiration.selector, START, uint256(START)
            )
        );
        vm.prank(alice);
        registry.attestBatch(requests);

        assertEq(registry.getRecord(good).attester, address(0), "first request not stored");
        assertEq(registry.getRecord(alsoGood).attester, address(0), "second request not stored");
        assertFalse(registry.isValid(good), "first request not valid");
    }

    function testAttestBatchRevertsWhenRequestRepeated() public {
        IAttestationRegistry.AttestationRequest[] memory requests = new IAttestationRegistry.AttestationRequest[](2);
        requests[0] = requestFor(schema);
        requests[1] = requestFor(schema);
        bytes32 uid = registry.uidOfRequest(alice, requests[0]);
        vm.expectRevert(abi.encodeWithSelector(IAttestationRegistry.AttestationRegistryAlreadyAttested.selector, uid));
        vm.prank(alice);
        registry.attestBatch(requests);
        assertEq(registry.getRecord(uid).attester, address(0), "nothing stored");
    }

    // ================================================================ delegation

    function testAttestDigestMatchesIndependentEip712() public view {
        IAttestationRegistry.AttestationRequest memory request = requestFor(schema);
        assertEq(
            registry.attestDigest(request, alice, 7, START + 1 hours),
            independentAttestDigest(block.chainid, address(registry), request, alice, 7, START + 1 hours),
            "attest digest"
        );
    }

    function testRevokeDigestMatchesIndependentEip712() public view {
        bytes32 uid = keccak256("some uid");
        bytes32 reason = keccak256("reason");
        assertEq(
            registry.revokeDigest(uid, reason, alice, 3, START + 1 hours),
            independentRevokeDigest(block.chainid, address(registry), uid, reason, alice, 3, START + 1 hours),
            "revoke digest"
        );
    }

    function testEip712DomainMatchesSpecification() public view {
        (
            bytes1 fields,
            string memory name,
            string memory domainVersion,
            uint256 chainId,
            address verifyingContract,
            bytes32 salt,
            uint256[] memory extensions
        ) = registry.eip712Domain();
        assertEq(uint256(uint8(fields)), 0x0f, "fields: name, version, chainId, verifyingContract");
        assertEq(name, "EchoRift AttestationRegistry", "name");
        assertEq(domainVersion, "1", "version");
        assertEq(chainId, block.chainid, "chainId");
        assertEq(verifyingContract, address(registry), "verifyingContract");
        assertEq(salt, bytes32(0), "salt");
        assertEq(extensions.length, 0, "extensions");
    }

    function testAttestBySigAcceptsIndependentlyBuiltDigest() public {
        IAttestationRegistry.AttestationRequest memory request = requestFor(schema);
        uint256 deadline = START + 1 hours;
        bytes memory signature = signDigest(
            aliceKey, independentAttestDigest(block.chainid, address(registry), request, alice, 0, deadline)
        );
        vm.prank(relayer);
        bytes32 uid = registry.attestBySig(request, alice, deadline, signature);
        assertEq(uid, independentUid(block.chainid, address(registry), alice, request), "uid");
        assertTrue(registry.isValid(uid), "valid");
    }

    function testAttestBySigRelayedByOtherAddress() public {
        IAttestationRegistry.AttestationRequest memory request = requestFor(schema);
        uint256 deadline = START + 1 hours;
        bytes memory signature = signAttest(aliceKey, alice, request, 0, deadline);
        bytes32 expectedUid = registry.uidOfRequest(alice, request);

        vm.expectEmit(address(registry));
        emit IAttestationRegistry.Attested(
            schema,
            alice,
            recipient,
            expectedUid,
            request.refUID,
            request.expirationTime,
            request.revocable,
            request.data
        );
        vm.prank(relayer);
        bytes32 uid = registry.attestBySig(request, alice, deadline, signature);

        assertEq(uid, expectedUid, "uid is the signer's");
        assertEq(registry.getRecord(uid).attester, alice, "attester is the signer, not the relayer");
        assertEq(registry.getRecord(registry.uidOfRequest(relayer, request)).attester, address(0), "not the relayer's");
    }

    function testAttestBySigIncrementsNonce() public {
        assertEq(registry.nonces(alice), 0, "initial nonce");
        uint256 deadline = START + 1 hours;
        IAttestationRegistry.AttestationRequest memory first = requestWithData(schema, "first");
        IAttestationRegistry.AttestationRequest memory second = requestWithData(schema, "second");
        bytes memory firstSignature = signAttest(aliceKey, alice, first, 0, deadline);
        bytes memory secondSignature = signAttest(aliceKey, alice, second, 1, deadline);

        vm.prank(relayer);
        registry.attestBySig(first, alice, deadline, firstSignature);
        assertEq(registry.nonces(alice), 1, "nonce after one signature");
        vm.prank(relayer);
        registry.attestBySig(second, alice, deadline, secondSignature);
        assertEq(registry.nonces(alice), 2, "nonce after two signatures");
        assertEq(registry.nonces(bob), 0, "other attesters' nonces untouched");
    }

    function testAttestBySigRevertsWhenReplayed() public {
        IAttestationRegistry.AttestationRequest memory request = requestFor(schema);
        uint256 deadline = START + 1 hours;
        bytes memory signature = signAttest(aliceKey, alice, request, 0, deadline);
        vm.prank(relayer);
        registry.attestBySig(request, alice, deadline, signature);

        vm.expectRevert(invalidSignature(alice));
        vm.prank(relayer);
        registry.attestBySig(request, alice, deadline, signature);
        assertEq(registry.nonces(alice), 1, "a failed replay uses no nonce");
    }

    function testAttestBySigRevertsWhenDeadlinePassed() public {
        IAttestationRegistry.AttestationRequest memory request = requestFor(schema);
        uint256 deadline = START + 1 hours;
        bytes memory signature = signAttest(aliceKey, alice, request, 0, deadline);
        vm.warp(deadline + 1);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAttestationRegistry.AttestationRegistrySignatureExpired.selector, deadline, deadline + 1
            )
        );
        vm.prank(relayer);
        registry.attestBySig(request, alice, deadline, signature);
    }

    function testAttestBySigSucceedsAtDeadline() public {
        IAttestationRegistry.AttestationRequest memory request = requestFor(schema);
        uint256 deadline = START + 1 hours;
        bytes memory signature = signAttest(aliceKey, alice, request, 0, deadline);
        vm.warp(deadline);
        vm.prank(relayer);
        bytes32 uid = registry.attestBySig(request, alice, deadline, signature);
        assertEq(registry.getRecord(uid).attester, alice, "attested at the last valid second");
    }

    function testAttestBySigRevertsWhenWrongSigner() public {
        IAttestationRegistry.AttestationRequest memory request = requestFor(schema);
        uint256 deadline = START + 1 hours;
        bytes memory signature = signAttest(bobKey, alice, request, 0, deadline);
        vm.expectRevert(invalidSignature(alice));
        vm.prank(relayer);
        registry.attestBySig(request, alice, deadline, signature);
    }

    function testAttestBySigRevertsWhenRequestAltered() public {
        IAttestationRegistry.AttestationRequest memory request = requestFor(schema);
        uint256 deadline = START + 1 hours;
        bytes memory signature = signAttest(aliceKey, alice, request, 0, deadline);
        request.data = "something alice never signed";
        vm.expectRevert(invalidSignature(alice));
        vm.prank(relayer);
        registry.attestBySig(request, alice, deadline, signature);
    }

    function testAttestBySigRevertsWhenDeadlineAltered() public {
        IAttestationRegistry.AttestationRequest memory request = requestFor(schema);
        bytes memory signature = signAttest(aliceKey, alice, request, 0, START + 1 hours);
        vm.expectRevert(invalidSignature(alice));
        vm.prank(relayer);
        registry.attestBySig(request, alice, START + 2 hours, signature);
    }

    function testAttestBySigRevertsWhenSignatureMalformed() public {
        IAttestationRegistry.AttestationRequest memory request = requestFor(schema);
        uint256 deadline = START + 1 hours;
        (, bytes32 r, bytes32 s) = vm.sign(aliceKey, registry.attestDigest(request, alice, 0, deadline));
        vm.expectRevert(invalidSignature(alice));
        vm.prank(relayer);
        registry.attestBySig(request, alice, deadline, abi.encodePacked(r, s));
    }

    function testAttestBySigRevertsWhenSignedForOtherChain() public {
        IAttestationRegistry.AttestationRequest memory request = requestFor(schema);
        uint256 deadline = START + 1 hours;
        uint256 originalChain = block.chainid;
        vm.chainId(originalChain + 1);
        bytes32 foreignDigest = registry.attestDigest(request, alice, 0, deadline);
        vm.chainId(originalChain);
        assertTrue(foreignDigest != registry.attestDigest(request, alice, 0, deadline), "digest binds the chain");
        bytes memory signature = signDigest(aliceKey, foreignDigest);

        vm.expectRevert(invalidSignature(alice));
        vm.prank(relayer);
        registry.attestBySig(request, alice, deadline, signature);

        // Control: the same signature is good on the chain it was made for.
        vm.chainId(originalChain + 1);
        vm.prank(relayer);
        bytes32 uid = registry.attestBySig(request, alice, deadline, signature);
        assertEq(registry.getRecord(uid).attester, alice, "accepted on its own chain");
    }

    function testAttestBySigRevertsWhenSignedForOtherRegistry() public {
        AttestationRegistry other = new AttestationRegistry();
        other.registerSchema(DEFINITION, address(0), true);
        IAttestationRegistry.AttestationRequest memory request = requestFor(schema);
        uint256 deadline = START + 1 hours;
        bytes memory signature = signDigest(aliceKey, other.attestDigest(request, alice, 0, deadline));

        vm.expectRevert(invalidSignature(alice));
        vm.prank(relayer);
        registry.attestBySig(request, alice, deadline, signature);

        // Control: the same signature is good on the registry it was made for.
        vm.prank(relayer);
        bytes32 uid = other.attestBySig(request, alice, deadline, signature);
        assertEq(other.getRecord(uid).attester, alice, "accepted by its own registry");
    }

    function testAttestBySigAcceptsContractWalletLongSignature() public {
        ERC1271Wallet wallet = new ERC1271Wallet(alice);
        IAttestationRegistry.AttestationRequest memory request = requestFor(schema);
        uint256 deadline = START + 1 hours;
        bytes memory ownerSignature = signAttest(aliceKey, address(wallet), request, 0, deadline);
        bytes memory signature = wallet.wrap(ownerSignature, keccak256("session"));
        assertTrue(signature.length > 65, "the wallet's signature is longer than an EOA's");
        bytes32 expectedUid = registry.uidOfRequest(address(wallet), request);

        vm.prank(relayer);
        bytes32 uid = registry.attestBySig(request, address(wallet), deadline, signature);
        assertEq(uid, expectedUid, "uid is the wallet's");
        assertEq(registry.getRecord(uid).attester, address(wallet), "attester is the wallet");
        assertEq(registry.nonces(address(wallet)), 1, "wallet nonce used");
    }

    function testAttestBySigRevertsWhenContractWalletSignatureWrong() public {
        ERC1271Wallet wallet = new ERC1271Wallet(alice);
        IAttestationRegistry.AttestationRequest memory request = requestFor(schema);
        uint256 deadline = START + 1 hours;
        bytes memory ownerSignature = signAttest(aliceKey, address(wallet), request, 0, deadline);

        // Signed by someone other than the owner.
        bytes memory bobs = wallet.wrap(signAttest(bobKey, address(wallet), request, 0, deadline), bytes32(0));
        vm.expectRevert(invalidSignature(address(wallet)));
        vm.prank(relayer);
        registry.attestBySig(request, address(wallet), deadline, bobs);

        // The owner's bare 65-byte signature is not the wallet's: no ECDSA fallback for contracts.
        vm.expectRevert(invalidSignature(address(wallet)));
        vm.prank(relayer);
        registry.attestBySig(request, address(wallet), deadline, ownerSignature);
    }

    function testNoncesStartAtZero() public view {
        assertEq(registry.nonces(alice), 0, "alice");
        assertEq(registry.nonces(address(0)), 0, "zero address");
    }

    function testInvalidateNoncesCancelsOutstandingSignatures() public {
        uint256 deadline = START + 1 hours;
        IAttestationRegistry.AttestationRequest memory first = requestWithData(schema, "first");
        IAttestationRegistry.AttestationRequest memory second = requestWithData(schema, "second");
        bytes memory firstSignature = signAttest(aliceKey, alice, first, 0, deadline);
        bytes memory secondSignature = signAttest(aliceKey, alice, second, 1, deadline);

        vm.prank(alice);
        registry.invalidateNonces(2);
        assertEq(registry.nonces(alice), 2, "nonce moved forward");

        vm.expectRevert(invalidSignature(alice));
        vm.prank(relayer);
        registry.attestBySig(first, alice, deadline, firstSignature);
        vm.expectRevert(invalidSignature(alice));
        vm.prank(relayer);
        registry.attestBySig(second, alice, deadline, secondSignature);

        // A signature with the new nonce works.
        bytes memory fresh = signAttest(aliceKey, alice, first, 2, deadline);
        vm.prank(relayer);
        bytes32 uid = registry.attestBySig(first, alice, deadline, fresh);
        assertEq(registry.getRecord(uid).attester, alice, "attested with the new nonce");
        assertEq(registry.nonces(alice), 3, "nonce after use");
    }

    function testInvalidateNoncesEmitsEvent() public {
        vm.expectEmit(address(registry));
        emit IAttestationRegistry.NoncesInvalidated(alice, 5);
        vm.prank(alice);
        registry.invalidateNonces(5);
    }

    function testInvalidateNoncesRevertsWhenNotIncreasing() public {
        vm.expectRevert(
            abi.encodeWithSelector(IAttestationRegistry.AttestationRegistryNonceTooLow.selector, alice, 0, 0)
        );
        vm.prank(alice);
        registry.invalidateNonces(0);

        vm.prank(alice);
        registry.invalidateNonces(5);

        vm.expectRevert(
            abi.encodeWithSelector(IAttestationRegistry.AttestationRegistryNonceTooLow.selector, alice, 5, 5)
        );
        vm.prank(alice);
        registry.invalidateNonces(5);

        vm.expectRevert(
            abi.encodeWithSelector(IAttestationRegistry.AttestationRegistryNonceTooLow.selector, alice, 5, 4)
        );
        vm.prank(alice);
        registry.invalidateNonces(4);
        assertEq(registry.nonces(alice), 5, "nonce unchanged by refused moves");
    }

    /// BUG (fails against the current contract): `invalidateNonces(type(uint256).max)` is
    /// accepted, as documented, but `_useNonce` increments the nonce in an `unchecked` block.
    /// Using the signature with nonce 2^256-1 wraps the nonce to 0, so every signature alice
    /// ever cancelled (nonces 0, 1, ...) becomes valid again and can be relayed by anyone.
    function testInvalidateNoncesToMaxKeepsCancelledSignaturesDead() public {
        uint256 deadline = START + 1 hours;
        IAttestationRegistry.AttestationRequest memory cancelled = requestWithData(schema, "cancelled");
        bytes memory cancelledSignature = signAttest(aliceKey, alice, cancelled, 0, deadline);

        // Alice cancels every signature she ever made...
        vm.prank(alice);
        registry.invalidateNonces(type(uint256).max);
        // ... and later signs one more request, with the nonce the registry asks for. Whether the
        // registry accepts this last nonce is a design choice; moving the nonce backwards is not.
        IAttestationRegistry.AttestationRequest memory last = requestWithData(schema, "last");
        bytes memory lastSignature = signAttest(aliceKey, alice, last, type(uint256).max, deadline);
        vm.prank(relayer);
        try registry.attestBySig(last, alice, deadline, lastSignature) {} catch {}

        assertGe(registry.nonces(alice), type(uint256).max, "nonce moved backwards (wrapped past 2^256-1)");
        // However the registry refuses it (bad signature, exhausted nonce), it must refuse it.
        bytes32 cancelledUid = registry.uidOfRequest(alice, cancelled);
        vm.prank(relayer);
        try registry.attestBySig(cancelled, alice, deadline, cancelledSignature) {
            assertTrue(false, "a signature cancelled by invalidateNonces was accepted");
        } catch {
            assertEq(registry.getRecord(cancelledUid).attester, address(0), "cancelled request not attested");
        }
    }

    // =============================================================== revocation

    function testRevokeEmitsEventAndInvalidates() public {
        bytes32 uid = attestAs(alice, requestFor(schema));
        bytes32 reason = keccak256("mistake");
        vm.expectEmit(address(registry));
        emit IAttestationRegistry.Revoked(uid, alice, reason, bytes32(0));
        vm.prank(alice);
        registry.revoke(uid, reason);
        assertFalse(registry.isValid(uid), "invalid after revocation");
        IAttestationRegistry.Record memory record = registry.getRecord(uid);
        assertTrue(record.revoked, "record revoked");
        assertEq(record.attester, alice, "record keeps its attester");
    }

    function testRevokeSucceedsAfterExpiration() public {
        IAttestationRegistry.AttestationRequest memory request = requestFor(schema);
        bytes32 uid = attestAs(alice, request);
        vm.warp(request.expirationTime + 1);
        vm.prank(alice);
        registry.revoke(uid, bytes32(0));
        assertTrue(registry.getRecord(uid).revoked, "expired attestations can still be revoked");
    }

    function testRevokeRevertsWhenUnknown() public {
        bytes32 uid = keccak256("never attested");
        vm.expectRevert(
            abi.encodeWithSelector(IAttestationRegistry.AttestationRegistryUnknownAttestation.selector, uid)
        );
        vm.prank(alice);
        registry.revoke(uid, bytes32(0));
    }

    function testRevokeRevertsWhenNotAttester() public {
        bytes32 uid = attestAs(alice, requestFor(schema));
        vm.expectRevert(
            abi.encodeWithSelector(IAttestationRegistry.AttestationRegistryNotAttester.selector, uid, bob, alice)
        );
        vm.prank(bob);
        registry.revoke(uid, bytes32(0));
        assertTrue(registry.isValid(uid), "still valid");
    }

    function testRevokeRevertsWhenIrrevocable() public {
        bytes32 uid = attestAs(alice, irrevocableRequest());
        vm.expectRevert(abi.encodeWithSelector(IAttestationRegistry.AttestationRegistryIrrevocable.selector, uid));
        vm.prank(alice);
        registry.revoke(uid, bytes32(0));
        assertTrue(registry.isValid(uid), "still valid");
    }

    function testRevokeRevertsWhenIrrevocableUnderRevocableSchema() public {
        IAttestationRegistry.AttestationRequest memory request = requestFor(schema);
        request.revocable = false;
        bytes32 uid = attestAs(alice, request);
        vm.expectRevert(abi.encodeWithSelector(IAttestationRegistry.AttestationRegistryIrrevocable.selector, uid));
        vm.prank(alice);
        registry.revoke(uid, bytes32(0));
    }

    function testRevokeRevertsWhenAlreadyRevoked() public {
        bytes32 uid = attestAs(alice, requestFor(schema));
        vm.prank(alice);
        registry.revoke(uid, bytes32(0));
        vm.expectRevert(abi.encodeWithSelector(IAttestationRegistry.AttestationRegistryAlreadyRevoked.selector, uid));
        vm.prank(alice);
        registry.revoke(uid, keccak256("again"));
    }

    function testRevokeBatchRevokesAllInOrder() public {
        bytes32 first = attestAs(alice, requestWithData(schema, "first"));
        bytes32 second = attestAs(alice, requestWithData(schema, "second"));
        IAttestationRegistry.RevocationRequest[] memory requests = new IAttestationRegistry.RevocationRequest[](2);
        requests[0] = IAttestationRegistry.RevocationRequest({uid: first, reason: keccak256("one")});
        requests[1] = IAttestationRegistry.RevocationRequest({uid: second, reason: keccak256("two")});

        vm.expectEmit(address(registry));
        emit IAttestationRegistry.Revoked(first, alice, keccak256("one"), bytes32(0));
        vm.expectEmit(address(registry));
        emit IAttestationRegistry.Revoked(second, alice, keccak256("two"), bytes32(0));
        vm.prank(alice);
        registry.revokeBatch(requests);
        assertFalse(registry.isValid(first), "first revoked");
        assertFalse(registry.isValid(second), "second revoked");
    }

    function testRevokeBatchRevertsWhenEmpty() public {
        IAttestationRegistry.RevocationRequest[] memory requests = new IAttestationRegistry.RevocationRequest[](0);
        vm.expectRevert(abi.encodeWithSelector(IAttestationRegistry.AttestationRegistryEmptyBatch.selector));
        vm.prank(alice);
        registry.revokeBatch(requests);
    }

    function testRevokeBatchRevertsWhollyWhenOneFails() public {
        bytes32 mine = attestAs(alice, requestWithData(schema, "mine"));
        bytes32 bobs = attestAs(bob, requestWithData(schema, "bob's"));
        IAttestationRegistry.RevocationRequest[] memory requests = new IAttestationRegistry.RevocationRequest[](2);
        requests[0] = IAttestationRegistry.RevocationRequest({uid: mine, reason: bytes32(0)});
        requests[1] = IAttestationRegistry.RevocationRequest({uid: bobs, reason: bytes32(0)});

        vm.expectRevert(
            abi.encodeWithSelector(IAttestationRegistry.AttestationRegistryNotAttester.selector, bobs, alice, bob)
        );
        vm.prank(alice);
        registry.revokeBatch(requests);
        assertTrue(registry.isValid(mine), "first revocation rolled back");
        assertFalse(registry.getRecord(mine).revoked, "first record not revoked");
        assertTrue(registry.isValid(bobs), "bob's attestation untouched");
    }

    function testRevokeBySigRelayedByOtherAddress() public {
        bytes32 uid = attestAs(alice, requestFor(schema));
        bytes32 reason = keccak256("outdated");
        uint256 deadline = START + 1 hours;
        bytes memory signature = signRevoke(aliceKey, alice, uid, reason, 0, deadline);

        vm.expectEmit(address(registry));
        emit IAttestationRegistry.Revoked(uid, alice, reason, bytes32(0));
        vm.prank(relayer);
        registry.revokeBySig(uid, reason, alice, deadline, signature);
        assertFalse(registry.isValid(uid), "revoked");
        assertEq(registry.nonces(alice), 1, "nonce used");
    }

    function testRevokeBySigAcceptsIndependentlyBuiltDigest() public {
        bytes32 uid = attestAs(alice, requestFor(schema));
        uint256 deadline = START + 1 hours;
        bytes memory signature = signDigest(
            aliceKey, independentRevokeDigest(block.chainid, address(registry), uid, bytes32(0), alice, 0, deadline)
        );
        vm.prank(relayer);
        registry.revokeBySig(uid, bytes32(0), alice, deadline, signature);
        assertTrue(registry.getRecord(uid).revoked, "revoked");
    }

    function testRevokeBySigRevertsWhenReplayed() public {
        bytes32 uid = attestAs(alice, requestFor(schema));
        uint256 deadline = START + 1 hours;
        bytes memory signature = signRevoke(aliceKey, alice, uid, bytes32(0), 0, deadline);
        vm.prank(relayer);
        registry.revokeBySig(uid, bytes32(0), alice, deadline, signature);

        vm.expectRevert(invalidSignature(alice));
        vm.prank(relayer);
        registry.revokeBySig(uid, bytes32(0), alice, deadline, signature);
    }

    function testRevokeBySigRevertsWhenDeadlinePassed() public {
        bytes32 uid = attestAs(alice, requestFor(schema));
        uint256 deadline = START + 1 hours;
        bytes memory signature = signRevoke(aliceKey, alice, uid, bytes32(0), 0, deadline);
        vm.warp(deadline + 1);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAttestationRegistry.AttestationRegistrySignatureExpired.selector, deadline, deadline + 1
            )
        );
        vm.prank(relayer);
        registry.revokeBySig(uid, bytes32(0), alice, deadline, signature);
        assertTrue(registry.isValid(uid), "still valid");
    }

    function testRevokeBySigRevertsWhenWrongSigner() public {
        bytes32 uid = attestAs(alice, requestFor(schema));
        uint256 deadline = START + 1 hours;
        bytes memory signature = signRevoke(bobKey, alice, uid, bytes32(0), 0, deadline);
        vm.expectRevert(invalidSignature(alice));
        vm.prank(relayer);
        registry.revokeBySig(uid, bytes32(0), alice, deadline, signature);
        assertTrue(registry.isValid(uid), "still valid");
    }

    function testRevokeBySigRevertsWhenReasonAltered() public {
        bytes32 uid = attestAs(alice, requestFor(schema));
        uint256 deadline = START + 1 hours;
        bytes memory signature = signRevoke(aliceKey, alice, uid, keccak256("signed"), 0, deadline);
        vm.expectRevert(invalidSignature(alice));
        vm.prank(relayer);
        registry.revokeBySig(uid, keccak256("altered"), alice, deadline, signature);
    }

    function testRevokeBySigRevertsWhenSignerNotAttester() public {
        bytes32 uid = attestAs(alice, requestFor(schema));
        uint256 deadline = START + 1 hours;
        bytes memory signature = signRevoke(bobKey, bob, uid, bytes32(0), 0, deadline);
        vm.expectRevert(
            abi.encodeWithSelector(IAttestationRegistry.AttestationRegistryNotAttester.selector, uid, bob, alice)
        );
        vm.prank(relayer);
        registry.revokeBySig(uid, bytes32(0), bob, deadline, signature);
    }

    function testRevokeBySigRevertsWhenGivenAttestSignature() public {
        IAttestationRegistry.AttestationRequest memory request = requestFor(schema);
        bytes32 uid = attestAs(alice, request);
        uint256 deadline = START + 1 hours;
        bytes memory attestSignature = signAttest(aliceKey, alice, request, 0, deadline);
        vm.expectRevert(invalidSignature(alice));
        vm.prank(relayer);
        registry.revokeBySig(uid, bytes32(0), alice, deadline, attestSignature);
    }

    function testRevokeBySigAcceptsContractWalletLongSignature() public {
        ERC1271Wallet wallet = new ERC1271Wallet(alice);
        bytes32 uid = attestAs(address(wallet), requestFor(schema));
        uint256 deadline = START + 1 hours;
        bytes memory signature =
            wallet.wrap(signRevoke(aliceKey, address(wallet), uid, bytes32(0), 0, deadline), keccak256("session"));
        assertTrue(signature.length > 65, "long signature");
        vm.prank(relayer);
        registry.revokeBySig(uid, bytes32(0), address(wallet), deadline, signature);
        assertTrue(registry.getRecord(uid).revoked, "revoked by the wallet's signature");
    }

    // =============================================================== supersession

    function testSupersedeRevokesOldAndAttestsNew() public {
        IAttestationRegistry.AttestationRequest memory oldRequest = requestWithData(schema, "v1");
        IAttestationRegistry.AttestationRequest memory newRequest = requestWithData(schema, "v2");
        bytes32 oldUid = attestAs(alice, oldRequest);
        bytes32 expectedNew = registry.uidOfRequest(alice, newRequest);
        bytes32 reason = keccak256("corrected");

        vm.expectEmit(address(registry));
        emit IAttestationRegistry.Revoked(oldUid, alice, reason, expectedNew);
        vm.expectEmit(address(registry));
        emit IAttestationRegistry.Attested(
            schema, alice, recipient, expectedNew, newRequest.refUID, newRequest.expirationTime, true, "v2"
        );
        vm.prank(alice);
        bytes32 newUid = registry.supersede(oldUid, reason, newRequest);

        assertEq(newUid, expectedNew, "returns the new uid");
        assertFalse(registry.isValid(oldUid), "old revoked");
        assertTrue(registry.getRecord(oldUid).revoked, "old record revoked");
        assertTrue(registry.isValid(newUid), "new valid");
        assertEq(registry.getRecord(newUid).attester, alice, "new attester");
    }

    function testSupersedeRevertsWhenNotAttester() public {
        bytes32 oldUid = attestAs(alice, requestWithData(schema, "v1"));
        IAttestationRegistry.AttestationRequest memory newRequest = requestWithData(schema, "v2");
        vm.expectRevert(
            abi.encodeWithSelector(IAttestationRegistry.AttestationRegistryNotAttester.selector, oldUid, bob, alice)
        );
        vm.prank(bob);
        registry.supersede(oldUid, bytes32(0), newRequest);
        assertTrue(registry.isValid(oldUid), "old still valid");
    }

    function testSupersedeRevertsWhenOldIrrevocable() public {
        bytes32 oldUid = attestAs(alice, irrevocableRequest());
        IAttestationRegistry.AttestationRequest memory newRequest = requestWithData(schema, "v2");
        bytes32 newUid = registry.uidOfRequest(alice, newRequest);
        vm.expectRevert(abi.encodeWithSelector(IAttestationRegistry.AttestationRegistryIrrevocable.selector, oldUid));
        vm.prank(alice);
        registry.supersede(oldUid, bytes32(0), newRequest);
        assertEq(registry.getRecord(newUid).attester, address(0), "replacement not attested");
    }

    function testSupersedeRevertsWhenReplacementInvalid() public {
        bytes32 oldUid = attestAs(alice, requestWithData(schema, "v1"));
        IAttestationRegistry.AttestationRequest memory newRequest = requestWithData(schema, "v2");
        newRequest.expirationTime = START;
        vm.expectRevert(
            abi.encodeWithSelector(
                IAttestationRegistry.AttestationRegistryInvalidExpiration.selector, START, uint256(START)
            )
        );
        vm.prank(alice);
        registry.supersede(oldUid, bytes32(0), newRequest);
        assertTrue(registry.isValid(oldUid), "old revocation rolled back");
    }

    function testSupersedeRevertsWhenReplacementEqualsOld() public {
        IAttestationRegistry.AttestationRequest memory request = requestFor(schema);
        bytes32 uid = attestAs(alice, request);
        vm.expectRevert(abi.encodeWithSelector(IAttestationRegistry.AttestationRegistryAlreadyAttested.selector, uid));
        vm.prank(alice);
        registry.supersede(uid, bytes32(0), request);
        assertTrue(registry.isValid(uid), "still valid");
    }

    // ================================================================= resolvers

    function testResolverReceivesAttestation() public {
        ApprovingResolver resolver = new ApprovingResolver(registry);
        bytes32 hooked = registry.registerSchema(DEFINITION, address(resolver), true);
        IAttestationRegistry.AttestationRequest memory request = requestFor(hooked);
        bytes32 uid = attestAs(alice, request);

        assertEq(resolver.attestCalls(), 1, "called once");
        assertEq(resolver.lastAttestCaller(), address(registry), "called by the registry");
        assertEq(resolver.lastAttestUid(), uid, "uid");
        assertEq(resolver.lastAttestAttester(), alice, "attester");
        assertEq(resolver.lastRequestHash(), keccak256(abi.encode(request)), "request, byte for byte");
        assertTrue(resolver.sawValidOnAttest(), "the attestation was recorded before the hook ran");
        assertTrue(registry.getRecord(uid).hasResolver, "record flags the resolver");
    }

    function testResolverReceivesSignerForDelegatedAttestation() public {
        ApprovingResolver resolver = new ApprovingResolver(registry);
        bytes32 hooked = registry.registerSchema(DEFINITION, address(resolver), true);
        IAttestationRegistry.AttestationRequest memory request = requestFor(hooked);
        uint256 deadline = START + 1 hours;
        bytes memory signature = signAttest(aliceKey, alice, request, 0, deadline);
        vm.prank(relayer);
        bytes32 uid = registry.attestBySig(request, alice, deadline, signature);
        assertEq(resolver.lastAttestAttester(), alice, "the signer, not the relayer");
        assertEq(resolver.lastAttestUid(), uid, "uid");
    }

    function testResolverCalledForEachBatchItem() public {
        ApprovingResolver resolver = new ApprovingResolver(registry);
        bytes32 hooked = registry.registerSchema(DEFINITION, address(resolver), true);
        IAttestationRegistry.AttestationRequest[] memory requests = new IAttestationRegistry.AttestationRequest[](2);
        requests[0] = requestWithData(hooked, "first");
        requests[1] = requestWithData(hooked, "second");
        vm.prank(alice);
        bytes32[] memory uids = registry.attestBatch(requests);
        assertEq(resolver.attestCalls(), 2, "called per request");
        assertEq(resolver.lastAttestUid(), uids[1], "last call is the last request");
        assertEq(resolver.lastRequestHash(), keccak256(abi.encode(requests[1])), "last request");
    }

    function testResolverReceivesRevocation() public {
        ApprovingResolver resolver = new ApprovingResolver(registry);
        bytes32 hooked = registry.registerSchema(DEFINITION, address(resolver), true);
        bytes32 uid = attestAs(alice, requestFor(hooked));
        vm.prank(alice);
        registry.revoke(uid, keccak256("reason"));

        assertEq(resolver.revokeCalls(), 1, "called once");
        assertEq(resolver.lastRevokeCaller(), address(registry), "called by the registry");
        assertEq(resolver.lastRevokeUid(), uid, "uid");
        assertEq(resolver.lastRevokeAttester(), alice, "attester");
        assertTrue(resolver.sawRevokedOnRevoke(), "the revocation was recorded before the hook ran");
    }

    function testResolverCalledOnSupersede() public {
        ApprovingResolver resolver = new ApprovingResolver(registry);
        bytes32 hooked = registry.registerSchema(DEFINITION, address(resolver), true);
        bytes32 oldUid = attestAs(alice, requestWithData(hooked, "v1"));
        vm.prank(alice);
        bytes32 newUid = registry.supersede(oldUid, bytes32(0), requestWithData(hooked, "v2"));
        assertEq(resolver.lastRevokeUid(), oldUid, "revocation hook for the old");
        assertEq(resolver.lastAttestUid(), newUid, "attestation hook for the new");
        assertEq(resolver.attestCalls(), 2, "two attestations");
        assertEq(resolver.revokeCalls(), 1, "one revocation");
    }

    function testResolverVetoRevertsAttest() public {
        VetoingResolver resolver = new VetoingResolver(true, false);
        bytes32 hooked = registry.registerSchema(DEFINITION, address(resolver), true);
        IAttestationRegistry.AttestationRequest memory request = requestFor(hooked);
        bytes32 uid = registry.uidOfRequest(alice, request);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAttestationRegistry.AttestationRegistryResolverVeto.selector, address(resolver), uid
            )
        );
        attestAs(alice, request);
        assertEq(registry.getRecord(uid).attester, address(0), "nothing stored");
    }

    function testResolverVetoRevertsRevoke() public {
        VetoingResolver resolver = new VetoingResolver(false, true);
        bytes32 hooked = registry.registerSchema(DEFINITION, address(resolver), true);
        bytes32 uid = attestAs(alice, requestFor(hooked));
        vm.expectRevert(
            abi.encodeWithSelector(
                IAttestationRegistry.AttestationRegistryResolverVeto.selector, address(resolver), uid
            )
        );
        vm.prank(alice);
        registry.revoke(uid, bytes32(0));
        assertTrue(registry.isValid(uid), "still valid");
        assertFalse(registry.getRecord(uid).revoked, "not revoked");
    }

    function testResolverVetoRevertsRevokeBySig() public {
        VetoingResolver resolver = new VetoingResolver(false, true);
        bytes32 hooked = registry.registerSchema(DEFINITION, address(resolver), true);
        bytes32 uid = attestAs(alice, requestFor(hooked));
        uint256 deadline = START + 1 hours;
        bytes memory signature = signRevoke(aliceKey, alice, uid, bytes32(0), 0, deadline);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAttestationRegistry.AttestationRegistryResolverVeto.selector, address(resolver), uid
            )
        );
        vm.prank(relayer);
        registry.revokeBySig(uid, bytes32(0), alice, deadline, signature);
        assertEq(registry.nonces(alice), 0, "nonce not used by a vetoed revocation");
    }

    function testResolverRevertBubblesUpFromAttest() public {
        RevertingResolver resolver = new RevertingResolver(true, false);
        bytes32 hooked = registry.registerSchema(DEFINITION, address(resolver), true);
        IAttestationRegistry.AttestationRequest memory request = requestFor(hooked);
        bytes32 uid = registry.uidOfRequest(alice, request);
        vm.expectRevert(abi.encodeWithSelector(RevertingResolver.RevertingResolverRejected.selector, uid, alice));
        attestAs(alice, request);
    }

    function testResolverRevertBubblesUpFromRevoke() public {
        RevertingResolver resolver = new RevertingResolver(false, true);
        bytes32 hooked = registry.registerSchema(DEFINITION, address(resolver), true);
        bytes32 uid = attestAs(alice, requestFor(hooked));
        vm.expectRevert(abi.encodeWithSelector(RevertingResolver.RevertingResolverRejected.selector, uid, alice));
        vm.prank(alice);
        registry.revoke(uid, bytes32(0));
        assertTrue(registry.isValid(uid), "still valid");
    }

    // ---------------------------------------------------------------- reentrancy

    /// @dev A resolver on a fresh schema, owning an attestation under `schema` it can try to
    /// revoke, and an inner request it can try to attest; both would succeed outside a hook.
    function reentrantSetup(ReentrantResolver.Action onAttest, ReentrantResolver.Action onRevoke, bool catchInner)
        internal
        returns (ReentrantResolver resolver, bytes32 hooked, bytes32 ownedUid, bytes32 innerUid)
    {
        resolver = new ReentrantResolver(registry);
        hooked = registry.registerSchema(DEFINITION, address(resolver), true);
        ownedUid = resolver.attestAsSelf(requestWithData(schema, "owned by the resolver"));
        IAttestationRegistry.AttestationRequest memory inner = requestWithData(schema, "inner");
        innerUid = registry.uidOfRequest(address(resolver), inner);
        resolver.configure(onAttest, onRevoke, catchInner, inner, ownedUid);
    }

    /// @dev Attests under `hooked` with the resolver's hooks off, then arms its revocation hook.
    function attestHookedQuietly(ReentrantResolver resolver, bytes32 hooked, ReentrantResolver.Action onRevoke)
        internal
        returns (bytes32 uid)
    {
        IAttestationRegistry.AttestationRequest memory inner = resolver.innerRequest();
        bytes32 ownedUid = resolver.innerUid();
        bool catchInner = resolver.catchInner();
        resolver.configure(ReentrantResolver.Action.None, ReentrantResolver.Action.None, catchInner, inner, ownedUid);
        uid = attestAs(alice, requestFor(hooked));
        resolver.configure(ReentrantResolver.Action.None, onRevoke, catchInner, inner, ownedUid);
    }

    /// @dev Outside any hook, the calls the resolver attempted work: the guard alone blocked them.
    function assertInnerCallsWorkOutsideHooks(ReentrantResolver resolver, bytes32 ownedUid, bytes32 innerUid) internal {
        assertEq(resolver.attestAsSelf(resolver.innerRequest()), innerUid, "control: inner attest works outside");
        resolver.revokeAsSelf(ownedUid);
        assertTrue(registry.getRecord(ownedUid).revoked, "control: inner revoke works outside");
    }

    function testResolverAttestFromOnAttestRevertsReentrantCall() public {
        (ReentrantResolver resolver, bytes32 hooked, bytes32 ownedUid, bytes32 innerUid) =
            reentrantSetup(ReentrantResolver.Action.Attest, ReentrantResolver.Action.None, false);
        IAttestationRegistry.AttestationRequest memory request = requestFor(hooked);
        bytes32 outerUid = registry.uidOfRequest(alice, request);
        vm.expectRevert(reentrantCall());
        attestAs(alice, request);
        assertEq(registry.getRecord(outerUid).attester, address(0), "outer not stored");
        assertInnerCallsWorkOutsideHooks(resolver, ownedUid, innerUid);
    }

    function testResolverRevokeFromOnAttestRevertsReentrantCall() public {
        (ReentrantResolver resolver, bytes32 hooked, bytes32 ownedUid, bytes32 innerUid) =
            reentrantSetup(ReentrantResolver.Action.Revoke, ReentrantResolver.Action.None, false);
        vm.expectRevert(reentrantCall());
        attestAs(alice, requestFor(hooked));
        assertInnerCallsWorkOutsideHooks(resolver, ownedUid, innerUid);
    }

    function testResolverAttestFromOnRevokeRevertsReentrantCall() public {
        (ReentrantResolver resolver, bytes32 hooked, bytes32 ownedUid, bytes32 innerUid) =
            reentrantSetup(ReentrantResolver.Action.None, ReentrantResolver.Action.None, false);
        bytes32 uid = attestHookedQuietly(resolver, hooked, ReentrantResolver.Action.Attest);
        vm.expectRevert(reentrantCall());
        vm.prank(alice);
        registry.revoke(uid, bytes32(0));
        assertTrue(registry.isValid(uid), "outer revocation rolled back");
        assertInnerCallsWorkOutsideHooks(resolver, ownedUid, innerUid);
    }

    function testResolverRevokeFromOnRevokeRevertsReentrantCall() public {
        (ReentrantResolver resolver, bytes32 hooked, bytes32 ownedUid, bytes32 innerUid) =
            reentrantSetup(ReentrantResolver.Action.None, ReentrantResolver.Action.None, false);
        bytes32 uid = attestHookedQuietly(resolver, hooked, ReentrantResolver.Action.Revoke);
        vm.expectRevert(reentrantCall());
        vm.prank(alice);
        registry.revoke(uid, bytes32(0));
        assertTrue(registry.isValid(uid), "outer revocation rolled back");
        assertInnerCallsWorkOutsideHooks(resolver, ownedUid, innerUid);
    }

    function testResolverCaughtAttestFromOnAttestHasNoEffect() public {
        (ReentrantResolver resolver, bytes32 hooked, bytes32 ownedUid, bytes32 innerUid) =
            reentrantSetup(ReentrantResolver.Action.Attest, ReentrantResolver.Action.None, true);
        bytes32 outerUid = attestAs(alice, requestFor(hooked));

        assertTrue(registry.isValid(outerUid), "outer attestation went through");
        assertEq(resolver.innerAttempts(), 1, "inner call attempted");
        assertEq(resolver.innerSuccesses(), 0, "inner call failed");
        assertEq(resolver.lastInnerRevert(), reentrantCall(), "inner call blocked by the reentrancy guard");
        assertEq(registry.getRecord(innerUid).attester, address(0), "inner attestation not recorded");
        assertInnerCallsWorkOutsideHooks(resolver, ownedUid, innerUid);
    }

    function testResolverCaughtRevokeFromOnAttestHasNoEffect() public {
        (ReentrantResolver resolver, bytes32 hooked, bytes32 ownedUid, bytes32 innerUid) =
            reentrantSetup(ReentrantResolver.Action.Revoke, ReentrantResolver.Action.None, true);
        bytes32 outerUid = attestAs(alice, requestFor(hooked));

        assertTrue(registry.isValid(outerUid), "outer attestation went through");
        assertEq(resolver.innerSuccesses(), 0, "inner call failed");
        assertEq(resolver.lastInnerRevert(), reentrantCall(), "inner call blocked by the reentrancy guard");
        assertFalse(registry.getRecord(ownedUid).revoked, "inner revocation not recorded");
        assertTrue(registry.isValid(ownedUid), "owned attestation still valid");
        assertInnerCallsWorkOutsideHooks(resolver, ownedUid, innerUid);
    }

    function testResolverCaughtAttestFromOnRevokeHasNoEffect() public {
        (ReentrantResolver resolver, bytes32 hooked, bytes32 ownedUid, bytes32 innerUid) =
            reentrantSetup(ReentrantResolver.Action.None, ReentrantResolver.Action.None, true);
        bytes32 uid = attestHookedQuietly(resolver, hooked, ReentrantResolver.Action.Attest);
        vm.prank(alice);
        registry.revoke(uid, bytes32(0));

        assertFalse(registry.isValid(uid), "outer revocation went through");
        assertEq(resolver.innerAttempts(), 1, "inner call attempted");
        assertEq(resolver.innerSuccesses(), 0, "inner call failed");
        assertEq(resolver.lastInnerRevert(), reentrantCall(), "inner call blocked by the reentrancy guard");
        assertEq(registry.getRecord(innerUid).attester, address(0), "inner attestation not recorded");
        assertInnerCallsWorkOutsideHooks(resolver, ownedUid, innerUid);
    }

    function testResolverCaughtRevokeFromOnRevokeHasNoEffect() public {
        (ReentrantResolver resolver, bytes32 hooked, bytes32 ownedUid, bytes32 innerUid) =
            reentrantSetup(ReentrantResolver.Action.None, ReentrantResolver.Action.None, true);
        bytes32 uid = attestHookedQuietly(resolver, hooked, ReentrantResolver.Action.Revoke);
        vm.prank(alice);
        registry.revoke(uid, bytes32(0));

        assertFalse(registry.isValid(uid), "outer revocation went through");
        assertEq(resolver.innerSuccesses(), 0, "inner call failed");
        assertEq(resolver.lastInnerRevert(), reentrantCall(), "inner call blocked by the reentrancy guard");
        assertFalse(registry.getRecord(ownedUid).revoked, "inner revocation not recorded");
        assertInnerCallsWorkOutsideHooks(resolver, ownedUid, innerUid);
    }

    // ================================================================== validity

    function testIsValidTrueForLiveAttestation() public {
        IAttestationRegistry.AttestationRequest memory request = requestFor(schema);
        bytes32 uid = attestAs(alice, request);
        assertTrue(registry.isValid(uid), "isValid");
        assertTrue(registry.isValidContent(contentOf(alice, request)), "isValidContent");
    }

    function testIsValidFalseWhenUnknown() public view {
        assertFalse(registry.isValid(keccak256("unknown")), "unknown uid");
        assertFalse(registry.isValid(bytes32(0)), "zero uid");
        assertFalse(registry.isValidContent(contentOf(alice, requestFor(schema))), "content never attested");
    }

    function testIsValidFalseWhenRevoked() public {
        IAttestationRegistry.AttestationRequest memory request = requestFor(schema);
        bytes32 uid = attestAs(alice, request);
        vm.prank(alice);
        registry.revoke(uid, bytes32(0));
        assertFalse(registry.isValid(uid), "isValid");
        assertFalse(registry.isValidContent(contentOf(alice, request)), "isValidContent");
    }

    function testIsValidFalseAtExpirationTime() public {
        IAttestationRegistry.AttestationRequest memory request = requestFor(schema);
        bytes32 uid = attestAs(alice, request);
        vm.warp(request.expirationTime - 1);
        assertTrue(registry.isValid(uid), "valid one second before expiration");
        vm.warp(request.expirationTime);
        assertFalse(registry.isValid(uid), "isValid at expirationTime");
        assertFalse(registry.isValidContent(contentOf(alice, request)), "isValidContent at expirationTime");
    }

    function testIsValidFalseAfterExpirationTime() public {
        IAttestationRegistry.AttestationRequest memory request = requestFor(schema);
        bytes32 uid = attestAs(alice, request);
        vm.warp(request.expirationTime + 1 days);
        assertFalse(registry.isValid(uid), "isValid after expiration");
        assertFalse(registry.isValidContent(contentOf(alice, request)), "isValidContent after expiration");
        assertEq(registry.getRecord(uid).attester, alice, "the record remains");
    }

    function testIsValidContentFalseWhenAnyFieldDiffers() public {
        IAttestationRegistry.AttestationRequest memory request = requestFor(schema);
        attestAs(alice, request);
        bytes32 otherSchema = registry.registerSchema("bytes32 other", address(0), true);

        string[7] memory fields =
            ["dataHash", "recipient", "refUID", "attester", "schema", "expirationTime", "revocable"];
        for (uint256 i = 0; i < 7; ++i) {
            IAttestationRegistry.AttestationContent memory c = contentOf(alice, request);
            if (i == 0) c.dataHash = keccak256("other data");
            else if (i == 1) c.recipient = bob;
            else if (i == 2) c.refUID = keccak256("task 43");
            else if (i == 3) c.attester = bob;
            else if (i == 4) c.schema = otherSchema;
            else if (i == 5) c.expirationTime = request.expirationTime + 1;
            else c.revocable = false;
            assertFalse(registry.isValidContent(c), string.concat("differs in ", fields[i]));
        }
        assertTrue(registry.isValidContent(contentOf(alice, request)), "exact content");
    }

    function testValidUidOfReturnsUidOnlyWhileValid() public {
        IAttestationRegistry.AttestationRequest memory request = requestFor(schema);
        IAttestationRegistry.AttestationContent memory content = contentOf(alice, request);
        assertEq(registry.validUidOf(content), bytes32(0), "never attested");

        bytes32 uid = attestAs(alice, request);
        assertEq(registry.validUidOf(content), uid, "live attestation");
        content.dataHash = keccak256("other data");
        assertEq(registry.validUidOf(content), bytes32(0), "other data");

        content = contentOf(alice, request);
        vm.prank(alice);
        registry.revoke(uid, bytes32(0));
        assertEq(registry.validUidOf(content), bytes32(0), "revoked");
    }

    function testValidUidOfIsZeroOnceExpired() public {
        IAttestationRegistry.AttestationRequest memory request = requestFor(schema);
        bytes32 uid = attestAs(alice, request);
        assertTrue(request.expirationTime != 0, "fixture expires");
        vm.warp(request.expirationTime - 1);
        assertEq(registry.validUidOf(contentOf(alice, request)), uid, "one second before expiry");
        vm.warp(request.expirationTime);
        assertEq(registry.validUidOf(contentOf(alice, request)), bytes32(0), "at expiry");
    }

    function testUidOfMatchesFormulaForAnyContent() public view {
        IAttestationRegistry.AttestationContent memory c = contentOf(bob, requestFor(irrevocableSchema));
        assertEq(
            registry.uidOf(c),
            keccak256(
                abi.encode(
                    block.chainid,
                    address(registry),
                    c.schema,
                    c.attester,
                    c.recipient,
                    c.expirationTime,
                    c.revocable,
                    c.refUID,
                    c.dataHash
                )
            ),
            "uidOf"
        );
    }

    function testGetRecordIsEmptyWhenUnknown() public view {
        IAttestationRegistry.Record memory record = registry.getRecord(keccak256("unknown"));
        assertEq(record.attester, address(0), "attester");
        assertEq(record.expirationTime, 0, "expirationTime");
        assertFalse(record.revocable || record.revoked || record.hasResolver, "flags");
    }

    // ================================================================ timestamps

    function testTimestampRecordsBlockTime() public {
        bytes32 hash = keccak256("task 42 delivered");
        vm.prank(alice);
        uint64 time = registry.timestamp(hash);
        assertEq(time, START, "returned time");
        assertEq(registry.timestampOf(hash), START, "stored time");
    }

    function testTimestampEmitsCompleteEvent() public {
        bytes32 hash = keccak256("output passed validation");
        vm.expectEmit(address(registry));
        emit IAttestationRegistry.Timestamped(hash, alice, START);
        vm.prank(alice);
        registry.timestamp(hash);
    }

    function testTimestampRevertsWhenAlreadyTimestamped() public {
        bytes32 hash = keccak256("first come");
        vm.prank(alice);
        registry.timestamp(hash);
        vm.warp(START + 1 days);
        vm.expectRevert(
            abi.encodeWithSelector(IAttestationRegistry.AttestationRegistryAlreadyTimestamped.selector, hash, START)
        );
        vm.prank(bob);
        registry.timestamp(hash);
        assertEq(registry.timestampOf(hash), START, "original time kept");
    }

    function testTimestampRevertsWhenZeroHash() public {
        vm.expectRevert(abi.encodeWithSelector(IAttestationRegistry.AttestationRegistryZeroHash.selector));
        registry.timestamp(bytes32(0));
    }

    function testTimestampOfIsZeroWhenNeverTimestamped() public view {
        assertEq(registry.timestampOf(keccak256("unknown")), 0, "unknown hash");
    }

    // =================================================================== version

    function testVersionIsOneZeroZero() public view {
        assertEq(registry.version(), "1.0.0", "version");
    }

    // ====================================================================== fuzz

    function testFuzzAttestMatchesFormulaEventAndExpiry(
        address recipient_,
        bytes32 refUID,
        bytes memory data,
        uint64 expirationSeed,
        bool neverExpires,
        uint256 warpSeed,
        uint8 warpMode
    ) public {
        uint64 expirationTime = neverExpires ? 0 : uint64(bound(expirationSeed, START + 1, type(uint64).max));
        IAttestationRegistry.AttestationRequest memory request = IAttestationRegistry.AttestationRequest({
            schema: schema,
            recipient: recipient_,
            expirationTime: expirationTime,
            revocable: true,
            refUID: refUID,
            data: data
        });

        vm.recordLogs();
        bytes32 uid = attestAs(alice, request);
        assertEq(uid, independentUid(block.chainid, address(registry), alice, request), "uid formula");
        assertEq(uid, registry.uidOf(contentOf(alice, request)), "uidOf");

        Vm.Log[] memory logs = vm.getRecordedLogs();
        assertEq(logs.length, 1, "one event");
        assertAttestedLog(logs[0], uid, alice, request);

        // Land on the boundary often: exactly at expiration, one second before, or anywhere.
        uint256 target;
        if (!neverExpires && warpMode % 3 == 0) target = expirationTime;
        else if (!neverExpires && warpMode % 3 == 1) target = expirationTime - 1;
        else target = bound(warpSeed, START, type(uint64).max);
        vm.warp(target);
        bool expected = expirationTime == 0 || expirationTime > target;
        assertEq(registry.isValid(uid), expected, "isValid after warp");
        assertEq(registry.isValidContent(contentOf(alice, request)), expected, "isValidContent after warp");
    }

    function testFuzzAttestBySigWithAnyKey(uint256 keySeed, bytes memory data, uint256 deadlineSeed) public {
        uint256 key = bound(keySeed, 1, SECP256K1_ORDER - 1);
        address signer = vm.addr(key);
        uint256 deadline = bound(deadlineSeed, START, type(uint256).max);
        IAttestationRegistry.AttestationRequest memory request = requestWithData(schema, data);
        bytes32 digest = registry.attestDigest(request, signer, 0, deadline);
        assertEq(
            digest,
            independentAttestDigest(block.chainid, address(registry), request, signer, 0, deadline),
            "digest matches EIP-712"
        );

        vm.prank(relayer);
        bytes32 uid = registry.attestBySig(request, signer, deadline, signDigest(key, digest));
        assertEq(uid, independentUid(block.chainid, address(registry), signer, request), "uid is the signer's");
        assertEq(registry.getRecord(uid).attester, signer, "attester");
        assertEq(registry.nonces(signer), 1, "nonce used");
    }

    function testFuzzRevokeBySigWithAnyKey(uint256 keySeed, bytes32 reason) public {
        uint256 key = bound(keySeed, 1, SECP256K1_ORDER - 1);
        address signer = vm.addr(key);
        bytes32 uid = attestAs(signer, requestFor(schema));
        uint256 deadline = START + 1 hours;
        bytes memory signature = signRevoke(key, signer, uid, reason, 0, deadline);

        vm.expectEmit(address(registry));
        emit IAttestationRegistry.Revoked(uid, signer, reason, bytes32(0));
        vm.prank(relayer);
        registry.revokeBySig(uid, reason, signer, deadline, signature);
        assertFalse(registry.isValid(uid), "revoked");
    }

    function testFuzzAttestBySigRejectsOtherSigner(uint256 keySeed, uint256 otherSeed) public {
        uint256 key = bound(keySeed, 1, SECP256K1_ORDER - 1);
        uint256 otherKey = bound(otherSeed, 1, SECP256K1_ORDER - 1);
        vm.assume(key != otherKey);
        address signer = vm.addr(key);
        IAttestationRegistry.AttestationRequest memory request = requestFor(schema);
        uint256 deadline = START + 1 hours;
        bytes memory signature = signAttest(otherKey, signer, request, 0, deadline);
        vm.expectRevert(invalidSignature(signer));
        vm.prank(relayer);
        registry.attestBySig(request, signer, deadline, signature);
    }
}

contract AttestationRegistryInvariantTest is Test {
    AttestationRegistry internal registry;
    AttestationRegistryHandler internal handler;

    function setUp() public {
        vm.warp(1_700_000_000);
        registry = new AttestationRegistry();
        handler = new AttestationRegistryHandler(registry);
        targetContract(address(handler));
    }

    /// A revoked attestation stays revoked and invalid, whatever happens after.
    function invariantRevokedNeverValidAgain() public view {
        uint256 count = handler.uidCount();
        for (uint256 i = 0; i < count; ++i) {
            bytes32 uid = handler.uids(i);
            if (!handler.ghostRevoked(uid)) continue;
            assertFalse(registry.isValid(uid), "revoked attestation is valid");
            assertTrue(registry.getRecord(uid).revoked, "revoked flag cleared");
        }
    }

    /// Once an attestation exists, its record's attester (and content fields) never change.
    function invariantAttesterNeverChanges() public view {
        uint256 count = handler.uidCount();
        for (uint256 i = 0; i < count; ++i) {
            bytes32 uid = handler.uids(i);
            IAttestationRegistry.Record memory record = registry.getRecord(uid);
            assertEq(record.attester, handler.ghostAttester(uid), "attester changed");
            assertEq(record.expirationTime, handler.ghostExpiration(uid), "expirationTime changed");
            assertEq(record.revocable, handler.ghostRevocable(uid), "revocable changed");
        }
    }

    /// An attester's nonce only ever moves forward.
    function invariantNoncesNeverDecrease() public view {
        uint256 count = handler.actorCount();
        for (uint256 i = 0; i < count; ++i) {
            address actor = handler.actorAt(i);
            assertGe(registry.nonces(actor), handler.nonceHighWater(actor), "nonce decreased");
        }
    }

    /// isValid is exactly: attested, not revoked, not expired.
    function invariantValidityMatchesHistory() public view {
        uint256 count = handler.uidCount();
        for (uint256 i = 0; i < count; ++i) {
            bytes32 uid = handler.uids(i);
            uint64 expirationTime = handler.ghostExpiration(uid);
            bool expected = !handler.ghostRevoked(uid) && (expirationTime == 0 || expirationTime > block.timestamp);
            assertEq(registry.isValid(uid), expected, "isValid disagrees with history");
        }
    }
}
