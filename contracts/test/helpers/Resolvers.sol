// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IAttestationRegistry} from "../../src/interfaces/IAttestationRegistry.sol";
import {IAttestationResolver} from "../../src/interfaces/IAttestationResolver.sol";

/// @title ApprovingResolver
/// @notice Approves everything and records what the registry told it, and what the registry
/// itself reported at the time of the call (the hook runs after the state change).
contract ApprovingResolver is IAttestationResolver {
    IAttestationRegistry public immutable registry;

    uint256 public attestCalls;
    address public lastAttestCaller;
    bytes32 public lastAttestUid;
    address public lastAttestAttester;
    /// @dev keccak256(abi.encode(request)): the whole request, data included, byte for byte.
    bytes32 public lastRequestHash;
    bool public sawValidOnAttest;

    uint256 public revokeCalls;
    address public lastRevokeCaller;
    bytes32 public lastRevokeUid;
    address public lastRevokeAttester;
    bool public sawRevokedOnRevoke;

    constructor(IAttestationRegistry registry_) {
        registry = registry_;
    }

    function onAttest(bytes32 uid, address attester, IAttestationRegistry.AttestationRequest calldata request)
        external
        returns (bool)
    {
        ++attestCalls;
        lastAttestCaller = msg.sender;
        lastAttestUid = uid;
        lastAttestAttester = attester;
        lastRequestHash = keccak256(abi.encode(request));
        sawValidOnAttest = registry.isValid(uid);
        return true;
    }

    function onRevoke(bytes32 uid, address attester) external returns (bool) {
        ++revokeCalls;
        lastRevokeCaller = msg.sender;
        lastRevokeUid = uid;
        lastRevokeAttester = attester;
        sawRevokedOnRevoke = registry.getRecord(uid).revoked;
        return true;
    }
}

/// @title VetoingResolver
/// @notice Returns false (a veto) for attestations and/or revocations, as configured.
contract VetoingResolver is IAttestationResolver {
    bool public vetoAttests;
    bool public vetoRevokes;

    constructor(bool vetoAttests_, bool vetoRevokes_) {
        vetoAttests = vetoAttests_;
        vetoRevokes = vetoRevokes_;
    }

    function setVetoes(bool vetoAttests_, bool vetoRevokes_) external {
        vetoAttests = vetoAttests_;
        vetoRevokes = vetoRevokes_;
    }

    function onAttest(bytes32, address, IAttestationRegistry.AttestationRequest calldata) external view returns (bool) {
        return !vetoAttests;
    }

    function onRevoke(bytes32, address) external view returns (bool) {
        return !vetoRevokes;
    }
}

/// @title RevertingResolver
/// @notice Reverts with its own error on attestations and/or revocations, as configured.
contract RevertingResolver is IAttestationResolver {
    error RevertingResolverRejected(bytes32 uid, address attester);

    bool public revertAttests;
    bool public revertRevokes;

    constructor(bool revertAttests_, bool revertRevokes_) {
        revertAttests = revertAttests_;
        revertRevokes = revertRevokes_;
    }

    function setReverts(bool revertAttests_, bool revertRevokes_) external {
        revertAttests = revertAttests_;
        revertRevokes = revertRevokes_;
    }

    function onAttest(bytes32 uid, address attester, IAttestationRegistry.AttestationRequest calldata)
        external
        view
        returns (bool)
    {
        if (revertAttests) revert RevertingResolverRejected(uid, attester);
        return true;
    }

    function onRevoke(bytes32 uid, address attester) external view returns (bool) {
        if (revertRevokes) revert RevertingResolverRejected(uid, attester);
        return true;
    }
}

/// @title ReentrantResolver
/// @notice Calls back into the registry from its hooks: attests `innerRequest` or revokes
/// `innerUid` as itself. With `catchInner`, it catches the inner call's revert, records it and
/// approves; without, the inner revert bubbles up through the hook.
contract ReentrantResolver is IAttestationResolver {
    enum Action {
        None,
        Attest,
        Revoke
    }

    IAttestationRegistry public immutable registry;

    Action public onAttestAction;
    Action public onRevokeAction;
    bool public catchInner;
    IAttestationRegistry.AttestationRequest internal _innerRequest;
    bytes32 public innerUid;

    uint256 public innerAttempts;
    uint256 public innerSuccesses;
    bytes public lastInnerRevert;

    constructor(IAttestationRegistry registry_) {
        registry = registry_;
    }

    function configure(
        Action onAttestAction_,
        Action onRevokeAction_,
        bool catchInner_,
        IAttestationRegistry.AttestationRequest calldata innerRequest_,
        bytes32 innerUid_
    ) external {
        onAttestAction = onAttestAction_;
        onRevokeAction = onRevokeAction_;
        catchInner = catchInner_;
        _innerRequest = innerRequest_;
        innerUid = innerUid_;
    }

    /// @notice Attests as this contract, outside any hook (to own an attestation to revoke later).
    function attestAsSelf(IAttestationRegistry.AttestationRequest calldata request) external returns (bytes32) {
        return registry.attest(request);
    }

    /// @notice Revokes as this contract, outside any hook.
    function revokeAsSelf(bytes32 uid) external {
        registry.revoke(uid, bytes32(0));
    }

    function innerRequest() external view returns (IAttestationRegistry.AttestationRequest memory) {
        return _innerRequest;
    }

    function onAttest(bytes32, address, IAttestationRegistry.AttestationRequest calldata) external returns (bool) {
        _reenter(onAttestAction);
        return true;
    }

    function onRevoke(bytes32, address) external returns (bool) {
        _reenter(onRevokeAction);
        return true;
    }

    function _reenter(Action action) private {
        if (action == Action.None) return;
        ++innerAttempts;
        if (!catchInner) {
            if (action == Action.Attest) registry.attest(_innerRequest);
            else registry.revoke(innerUid, bytes32(0));
            ++innerSuccesses;
            return;
        }
        if (action == Action.Attest) {
            try registry.attest(_innerRequest) {
                ++innerSuccesses;
            } catch (bytes memory reason) {
                lastInnerRevert = reason;
            }
        } else {
            try registry.revoke(innerUid, bytes32(0)) {
                ++innerSuccesses;
            } catch (bytes memory reason) {
                lastInnerRevert = reason;
            }
        }
    }
}
