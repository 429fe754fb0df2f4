// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC3009} from "@openzeppelin/contracts/interfaces/draft-IERC3009.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Permit.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";

import {IAttestationRegistry} from "./interfaces/IAttestationRegistry.sol";
import {IEscrow} from "./interfaces/IEscrow.sol";
import {Payouts} from "./utils/Payouts.sol";

/// @title Escrow
/// @notice Holds ETH or ERC-20 payments between agents until the payer releases them, an
/// attestation proves the work, the deadline refunds them, or an arbiter splits them.
/// @dev One storage slot per escrow: the id commits to the terms, which every call passes
/// again. Payouts never block (the shared {Payouts} base). No
/// owner, no pause, no upgrade. See docs/ESCROW.md.
contract Escrow is IEscrow, Payouts {
    /// @dev The chain id at deployment, hashed into every id. Fixed, so that after a chain split
    /// existing objects stay reachable on both sides (signatures still follow the live chain id).
    uint256 private immutable _CHAIN_ID = block.chainid;

    /// @inheritdoc IEscrow
    uint256 public constant ARBITRATION_PERIOD = 30 days;
    uint256 private constant MAX_BPS = 10_000;

    /// @inheritdoc IEscrow
    IAttestationRegistry public immutable registry;

    mapping(bytes32 id => State) private _states;

    /// @param registry_ The attestation registry whose attestations release escrows on proof.
    constructor(IAttestationRegistry registry_) {
        registry = registry_;
    }

    // ------------------------------------------------------------------ opening

    /// @inheritdoc IEscrow
    function open(Terms calldata terms) external payable nonReentrant returns (bytes32 id) {
        id = _open(terms, Funding.Direct);
        _collect(terms.token, msg.sender, terms.amount);
    }

    /// @inheritdoc IEscrow
    function openWithPermit(Terms calldata terms, uint256 permitDeadline, uint8 v, bytes32 r, bytes32 s)
        external
        nonReentrant
        returns (bytes32 id)
    {
        if (msg.sender != terms.payer) revert EscrowUnauthorized(_id(terms), msg.sender);
        _requireToken(terms);
        id = _open(terms, Funding.Permit);
        // A permit front-run by someone else has already set the allowance; the pull decides.
        try IERC20Permit(terms.token).permit(terms.payer, address(this), terms.amount, permitDeadline, v, r, s) {}
            catch {}
        _collect(terms.token, terms.payer, terms.amount);
    }

    /// @inheritdoc IEscrow
    function openWithAuthorization(
        Terms calldata terms,
        uint256 validAfter,
        uint256 validBefore,
        uint8 v,
        bytes32 r,
        bytes32 s
    ) external nonReentrant returns (bytes32 id) {
        _requireToken(terms);
        id = _open(terms, Funding.Authorization);
        uint256 balanceBefore = IERC20(terms.token).balanceOf(address(this));
        // The authorization's nonce is the escrow id: the payer's signature covers the terms.
        IERC3009(terms.token)
            .receiveWithAuthorization(terms.payer, address(this), terms.amount, validAfter, validBefore, id, v, r, s);
        _requireReceived(terms.token, terms.amount, balanceBefore);
    }

    // ------------------------------------------------------------------ payouts

    /// @inheritdoc IEscrow
    function release(Terms calldata terms, uint256 amount) external nonReentrant {
        bytes32 id = _id(terms);
        State storage state = _states[id];
        if (msg.sender != terms.payer) revert EscrowUnauthorized(id, msg.sender);
        _requireActive(id, state);
        uint128 remaining = _deduct(id, state, amount);
        emit EscrowReleased(id, msg.sender, amount, remaining, bytes32(0));
        _pay(id, terms.token, terms.payee, amount);
    }

    /// @inheritdoc IEscrow
    function releaseOnProof(Terms calldata terms, IAttestationRegistry.AttestationContent calldata proof)
        external
        nonReentrant
    {
        bytes32 id = _id(terms);
        State storage state = _states[id];
        _requireStatus(id, state, Status.Open);
        if (block.timestamp >= terms.deadline) revert EscrowDeadlinePassed(id, terms.deadline, block.timestamp);
        if (terms.conditionSchema == bytes32(0)) revert EscrowNoCondition(id);
        if (proof.schema != terms.conditionSchema || proof.attester != terms.conditionAttester || proof.refUID != id) {
            revert EscrowProofRejected(id);
        }
        bytes32 uid = registry.validUidOf(proof);
        if (uid == bytes32(0)) revert EscrowProofRejected(id);

        uint256 amount = state.remaining;
        state.remaining = 0;
        state.status = Status.Closed;
        emit EscrowReleased(id, msg.sender, amount, 0, uid);
        _pay(id, terms.token, terms.payee, amount);
    }

    /// @inheritdoc IEscrow
    function refund(Terms calldata terms) external nonReentrant {
        bytes32 id = _id(terms);
        State storage state = _states[id];
        _requireActive(id, state);
        uint256 refundableAt =
            state.status == Status.Disputed ? uint256(state.disputedAt) + ARBITRATION_PERIOD : terms.deadline;
        if (block.timestamp < refundableAt) revert EscrowNotRefundable(id, refundableAt, block.timestamp);

        uint256 amount = state.remaining;
        state.remaining = 0;
        state.status = Status.Closed;
        emit EscrowRefunded(id, msg.sender, amount);
        _pay(id, terms.token, terms.payer, amount);
    }

    /// @inheritdoc IEscrow
    function returnFunds(Terms calldata terms, uint256 amount) external nonReentrant {
        bytes32 id = _id(terms);
        State storage state = _states[id];
        if (msg.sender != terms.payee) revert EscrowUnauthorized(id, msg.sender);
        _requireActive(id, state);
        uint128 remaining = _deduct(id, state, amount);
        emit EscrowReturned(id, amount, remaining);
        _pay(id, terms.token, terms.payer, amount);
    }

    /// @inheritdoc IEscrow
    function dispute(Terms calldata terms) external nonReentrant {
        bytes32 id = _id(terms);
        State storage state = _states[id];
        if (msg.sender != terms.payer && msg.sender != terms.payee) revert EscrowUnauthorized(id, msg.sender);
        _requireStatus(id, state, Status.Open);
        if (terms.arbiter == address(0)) revert EscrowNoArbiter(id);
        if (block.timestamp >= terms.deadline) revert EscrowDeadlinePassed(id, terms.deadline, block.timestamp);
        state.status = Status.Disputed;
        state.disputedAt = uint64(block.timestamp);
        emit EscrowDisputed(id, msg.sender);
    }

    /// @inheritdoc IEscrow
    function resolve(Terms calldata terms, uint256 toPayee) external nonReentrant {
        bytes32 id = _id(terms);
        State storage state = _states[id];
        if (msg.sender != terms.arbiter) revert EscrowUnauthorized(id, msg.sender);
        _requireStatus(id, state, Status.Disputed);
        // After the period the dispute has lapsed: a refund, not a late ruling, settles it.
        uint256 lapsesAt = uint256(state.disputedAt) + ARBITRATION_PERIOD;
        if (block.timestamp >= lapsesAt) revert EscrowArbitrationLapsed(id, lapsesAt, block.timestamp);
        uint256 remaining = state.remaining;
        uint256 fee = remaining * terms.arbiterFeeBps / MAX_BPS;
        if (toPayee > remaining - fee) revert EscrowInvalidAmount(id, toPayee, remaining - fee);
        uint256 toPayer = remaining - fee - toPayee;

        state.remaining = 0;
        state.status = Status.Closed;
        emit EscrowResolved(id, msg.sender, toPayee, toPayer, fee);
        _pay(id, terms.token, terms.payee, toPayee);
        _pay(id, terms.token, terms.payer, toPayer);
        _pay(id, terms.token, terms.arbiter, fee);
    }

    // -------------------------------------------------------------------- views

    /// @inheritdoc IEscrow
    function escrowId(Terms calldata terms) external view returns (bytes32) {
        return _id(terms);
    }

    /// @inheritdoc IEscrow
    function getState(bytes32 id) external view returns (State memory) {
        return _states[id];
    }

    // ----------------------------------------------------------------- internal

    /// @dev Validates the terms and records the escrow as open and fully funded; the caller
    /// then collects the funds (the whole call reverts if that fails).
    function _open(Terms calldata terms, Funding funding) private returns (bytes32 id) {
        if (terms.payer == address(0) || terms.payee == address(0)) revert EscrowInvalidTerms("zero party");
        if (terms.payer == terms.payee) revert EscrowInvalidTerms("payer is payee");
        if (terms.amount == 0 || terms.amount > type(uint128).max) revert EscrowInvalidTerms("amount");
        if (terms.deadline <= block.timestamp) revert EscrowInvalidTerms("deadline not in the future");
        if (terms.arbiter == terms.payer || terms.arbiter == terms.payee) {
            revert EscrowInvalidTerms("arbiter is a party");
        }
        // Payouts to the escrow itself would be neither recorded nor withdrawable.
        if (terms.payee == address(this) || terms.arbiter == address(this)) {
            revert EscrowInvalidTerms("escrow as a party");
        }
        if (terms.arbiterFeeBps > MAX_BPS || (terms.arbiterFeeBps != 0 && terms.arbiter == address(0))) {
            revert EscrowInvalidTerms("arbiter fee");
        }
        if ((terms.conditionSchema == bytes32(0)) != (terms.conditionAttester == address(0))) {
            revert EscrowInvalidTerms("condition needs both schema and attester");
        }

        id = _id(terms);
        State storage state = _states[id];
        if (state.status != Status.None) revert EscrowExists(id);
        // forge-lint: disable-next-line(unsafe-typecast)
        state.remaining = uint128(terms.amount); // amount <= type(uint128).max, checked above
        state.status = Status.Open;
        emit EscrowOpened(
            id, terms.payer, terms.payee, terms, funding, funding == Funding.Direct ? msg.sender : terms.payer
        );
    }

    function _requireToken(Terms calldata terms) private pure {
        if (terms.token == address(0)) revert EscrowInvalidTerms("signature funding needs a token");
    }

    function _requireStatus(bytes32 id, State storage state, Status expected) private view {
        Status status = state.status;
        if (status != expected) {
            if (status == Status.None) revert EscrowUnknown(id);
            revert EscrowWrongStatus(id, status);
        }
    }

    /// @dev Open or disputed: funds remain and may still move.
    function _requireActive(bytes32 id, State storage state) private view {
        Status status = state.status;
        if (status == Status.Open || status == Status.Disputed) return;
        if (status == Status.None) revert EscrowUnknown(id);
        revert EscrowWrongStatus(id, status);
    }

    /// @dev Takes `amount` out of the escrow, closing it when nothing remains.
    function _deduct(bytes32 id, State storage state, uint256 amount) private returns (uint128 remaining) {
        uint128 current = state.remaining;
        if (amount == 0 || amount > current) revert EscrowInvalidAmount(id, amount, current);
        // amount <= current, checked above: neither the cast nor the subtraction can wrap.
        unchecked {
            // forge-lint: disable-next-line(unsafe-typecast)
            remaining = current - uint128(amount);
        }
        state.remaining = remaining;
        if (remaining == 0) state.status = Status.Closed;
    }

    /// @dev Chain id and contract address make ids unique across chains and deployments.
    function _id(Terms calldata terms) private view returns (bytes32) {
        return keccak256(abi.encode(_CHAIN_ID, address(this), terms));
    }
}
