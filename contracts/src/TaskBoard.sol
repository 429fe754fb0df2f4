// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC3009} from "@openzeppelin/contracts/interfaces/draft-IERC3009.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

import {IAttestationRegistry} from "./interfaces/IAttestationRegistry.sol";
import {ITaskBoard} from "./interfaces/ITaskBoard.sol";
import {Payouts} from "./utils/Payouts.sol";

/// @title TaskBoard
/// @notice Agents post work with the reward held here, other agents claim (staking if asked),
/// deliver and get paid; silence and deadlines resolve every state.
/// @dev One storage slot per task: the id commits to the terms, which every call passes again.
/// The board escrows rewards and stakes itself (a worker is unknown when a task is posted,
/// which a payee-fixed escrow cannot express). No owner, no pause, no upgrade, no protocol fee.
/// See docs/TASKS.md.
contract TaskBoard is ITaskBoard, Payouts {
    /// @dev The chain id at deployment, hashed into every id. Fixed, so that after a chain split
    /// existing objects stay reachable on both sides (signatures still follow the live chain id).
    uint256 private immutable _CHAIN_ID = block.chainid;

    /// @inheritdoc ITaskBoard
    uint256 public constant ARBITRATION_PERIOD = 30 days;
    uint256 private constant MAX_BPS = 10_000;

    /// @inheritdoc ITaskBoard
    IAttestationRegistry public immutable registry;

    mapping(bytes32 id => State) private _states;

    /// @param registry_ The attestation registry whose attestations accept submissions.
    constructor(IAttestationRegistry registry_) {
        registry = registry_;
    }

    // ------------------------------------------------------------------ posting

    /// @inheritdoc ITaskBoard
    function post(Task calldata task, string calldata specURI) external payable nonReentrant returns (bytes32 id) {
        id = _post(task, specURI, false);
        _collect(task.token, msg.sender, task.reward);
    }

    /// @inheritdoc ITaskBoard
    function postWithAuthorization(
        Task calldata task,
        string calldata specURI,
        uint256 validAfter,
        uint256 validBefore,
        uint8 v,
        bytes32 r,
        bytes32 s
    ) external nonReentrant returns (bytes32 id) {
        if (task.token == address(0)) {
            revert TaskBoardInvalidTerms("signature funding needs a token");
        }
        id = _post(task, specURI, true);
        uint256 balanceBefore = IERC20(task.token).balanceOf(address(this));
        // The authorization's nonce is the task id: the poster's signature covers the terms.
        IERC3009(task.token)
            .receiveWithAuthorization(task.poster, address(this), task.reward, validAfter, validBefore, id, v, r, s);
        _requireReceived(task.token, task.reward, balanceBefore);
    }

    /// @inheritdoc ITaskBoard
    function cancel(Task calldata task) external nonReentrant {
        (bytes32 id, State storage state) = _load(task, Status.Open);
        if (msg.sender != task.poster) revert TaskBoardUnauthorized(id, msg.sender);
        _end(state, Status.Cancelled);
        emit TaskClosed(id, Status.Cancelled, task.reward, 0);
        _pay(id, task.token, task.poster, task.reward);
    }

    // --------------------------------------------------------------------- work

    /// @inheritdoc ITaskBoard
    function claim(Task calldata task) external payable nonReentrant {
        (bytes32 id, State storage state) = _load(task, Status.Open);
        // Those who judge the work may not do it.
        if (msg.sender == task.poster || msg.sender == task.arbiter || msg.sender == task.validator) {
            revert TaskBoardUnauthorized(id, msg.sender);
        }
        if (block.timestamp >= task.deadline) revert TaskBoardTooLate(id, task.deadline, block.timestamp);
        state.worker = msg.sender;
        state.since = uint40(block.timestamp);
        state.status = Status.Claimed;
        emit TaskClaimed(id, msg.sender, _dueAt(task, block.timestamp));
        _collect(task.token, msg.sender, task.stake);
    }

    /// @inheritdoc ITaskBoard
    function unclaim(Task calldata task) external nonReentrant {
        (bytes32 id, State storage state) = _load(task, Status.Claimed);
        address worker = state.worker;
        if (msg.sender != worker) revert TaskBoardUnauthorized(id, msg.sender);
        uint256 dueAt = _dueAt(task, state.since);
        // After the delivery time the stake belongs to the poster (reopen or close).
        if (block.timestamp >= dueAt) revert TaskBoardTooLate(id, dueAt, block.timestamp);
        _reset(state);
        emit TaskUnclaimed(id, worker);
        _pay(id, task.token, worker, task.stake);
    }

    /// @inheritdoc ITaskBoard
    function reopen(Task calldata task) external nonReentrant {
        (bytes32 id, State storage state) = _load(task, Status.Claimed);
        uint256 dueAt = _dueAt(task, state.since);
        if (block.timestamp < dueAt) revert TaskBoardTooEarly(id, dueAt, block.timestamp);
        if (block.timestamp >= task.deadline) revert TaskBoardTooLate(id, task.deadline, block.timestamp);
        address worker = state.worker;
        _reset(state);
        emit TaskReopened(id, worker, msg.sender);
        _pay(id, task.token, task.poster, task.stake);
    }

    /// @inheritdoc ITaskBoard
    function submit(Task calldata task, bytes32 resultHash, string calldata resultURI) external nonReentrant {
        (bytes32 id, State storage state) = _load(task, Status.Claimed);
        if (msg.sender != state.worker) revert TaskBoardUnauthorized(id, msg.sender);
        uint256 dueAt = _dueAt(task, state.since);
        if (block.timestamp >= dueAt) revert TaskBoardTooLate(id, dueAt, block.timestamp);
        state.since = uint40(block.timestamp);
        state.status = Status.Submitted;
        emit TaskSubmitted(id, msg.sender, resultHash, resultURI, uint64(block.timestamp) + task.reviewWindow);
    }

    // ------------------------------------------------------------------- review

    /// @inheritdoc ITaskBoard
    function accept(Task calldata task) external nonReentrant {
        (bytes32 id, State storage state) = _load(task, Status.Submitted);
        if (msg.sender != task.poster) revert TaskBoardUnauthorized(id, msg.sender);
        _complete(id, task, state, Acceptance.Poster, bytes32(0));
    }

    /// @inheritdoc ITaskBoard
    function finalize(Task calldata task) external nonReentrant {
        (bytes32 id, State storage state) = _load(task, Status.Submitted);
        uint256 reviewEndsAt = uint256(state.since) + task.reviewWindow;
        if (block.timestamp < reviewEndsAt) revert TaskBoardTooEarly(id, reviewEndsAt, block.timestamp);
        _complete(id, task, state, Acceptance.ReviewTimeout, bytes32(0));
    }

    /// @inheritdoc ITaskBoard
    function acceptByValidation(Task calldata task, IAttestationRegistry.AttestationContent calldata proof)
        external
        nonReentrant
    {
        (bytes32 id, State storage state) = _load(task, Status.Submitted);
        if (task.validationSchema == bytes32(0)) revert TaskBoardNoValidation(id);
        // The attestation must be about this worker: after a reopen, a proof of an earlier
        // worker's result does not accept the next worker's submission.
        if (
            proof.schema != task.validationSchema || proof.attester != task.validator || proof.refUID != id
                || proof.recipient != state.worker
        ) revert TaskBoardProofRejected(id);
        bytes32 uid = registry.validUidOf(proof);
        if (uid == bytes32(0)) revert TaskBoardProofRejected(id);
        _complete(id, task, state, Acceptance.Validation, uid);
    }

    /// @inheritdoc ITaskBoard
    function reject(Task calldata task, bytes32 reason) external nonReentrant {
        (bytes32 id, State storage state) = _load(task, Status.Submitted);
        if (msg.sender != task.poster) revert TaskBoardUnauthorized(id, msg.sender);
        uint256 reviewEndsAt = uint256(state.since) + task.reviewWindow;
        if (block.timestamp >= reviewEndsAt) revert TaskBoardTooLate(id, reviewEndsAt, block.timestamp);
        state.since = uint40(block.timestamp);
        state.status = Status.Rejected;
        emit TaskRejected(id, state.worker, reason, uint64(block.timestamp) + task.disputeWindow);
    }

    /// @inheritdoc ITaskBoard
    function dispute(Task calldata task) external nonReentrant {
        (bytes32 id, State storage state) = _load(task, Status.Rejected);
        if (msg.sender != state.worker) revert TaskBoardUnauthorized(id, msg.sender);
        if (task.arbiter == address(0)) revert TaskBoardNoArbiter(id);
        uint256 disputeEndsAt = uint256(state.since) + task.disputeWindow;
        if (block.timestamp >= disputeEndsAt) revert TaskBoardTooLate(id, disputeEndsAt, block.timestamp);
        state.since = uint40(block.timestamp);
        state.status = Status.Disputed;
        emit TaskDisputed(id, msg.sender);
    }

    /// @inheritdoc ITaskBoard
    function resolve(Task calldata task, uint256 toWorker) external nonReentrant {
        (bytes32 id, State storage state) = _load(task, Status.Disputed);
        if (msg.sender != task.arbiter) revert TaskBoardUnauthorized(id, msg.sender);
        // After the period the dispute has lapsed: `close` lets the rejection stand instead.
        uint256 lapsesAt = uint256(state.since) + ARBITRATION_PERIOD;
        if (block.timestamp >= lapsesAt) revert TaskBoardTooLate(id, lapsesAt, block.timestamp);
        uint256 pool = task.reward + task.stake;
        uint256 fee = Math.mulDiv(pool, task.arbiterFeeBps, MAX_BPS);
        if (toWorker > pool - fee) revert TaskBoardInvalidSplit(id, toWorker, pool - fee);
        uint256 toPoster = pool - fee - toWorker;
        address worker = state.worker;
        _end(state, Status.Resolved);
        emit TaskResolved(id, msg.sender, toWorker, toPoster, fee);
        _pay(id, task.token, worker, toWorker);
        _pay(id, task.token, task.poster, toPoster);
        _pay(id, task.token, task.arbiter, fee);
    }

    // ----------------------------------------------------------------- timeouts

    /// @inheritdoc ITaskBoard
    function close(Task calldata task) external nonReentrant {
        bytes32 id = _id(task);
        State storage state = _states[id];
        Status status = state.status;
        address worker = state.worker;
        uint256 closesAt;
        Status outcome;
        uint256 toWorker;
        if (status == Status.Open || status == Status.Claimed) {
            (closesAt, outcome) = (task.deadline, Status.Expired);
        } else if (status == Status.Rejected) {
            (closesAt, outcome, toWorker) = (uint256(state.since) + task.disputeWindow, Status.Refused, task.stake);
        } else if (status == Status.Disputed) {
            (closesAt, outcome, toWorker) = (uint256(state.since) + ARBITRATION_PERIOD, Status.Refused, task.stake);
        } else {
            revert TaskBoardWrongStatus(id, status);
        }
        if (block.timestamp < closesAt) revert TaskBoardTooEarly(id, closesAt, block.timestamp);

        // An expired claim forfeits the stake (the worker missed its delivery time); a refused
        // submission returns it (the worker delivered on time).
        uint256 toPoster = task.reward + (status == Status.Claimed ? task.stake : 0);
        _end(state, outcome);
        emit TaskClosed(id, outcome, toPoster, toWorker);
        _pay(id, task.token, task.poster, toPoster);
        _pay(id, task.token, worker, toWorker);
    }

    // -------------------------------------------------------------------- views

    /// @inheritdoc ITaskBoard
    function taskId(Task calldata task) external view returns (bytes32) {
        return _id(task);
    }

    /// @inheritdoc ITaskBoard
    function getState(bytes32 id) external view returns (State memory) {
        return _states[id];
    }

    // ----------------------------------------------------------------- internal

    /// @dev Validates the terms and records the task as open; the caller then collects the reward.
    function _post(Task calldata task, string calldata specURI, bool authorized) private returns (bytes32 id) {
        if (task.poster == address(0)) revert TaskBoardInvalidTerms("zero poster");
        if (task.reward == 0) revert TaskBoardInvalidTerms("zero reward");
        // Reward plus stake is paid out in one sum.
        if (task.stake > type(uint256).max - task.reward) revert TaskBoardInvalidTerms("reward plus stake overflows");
        if (task.deadline <= block.timestamp) revert TaskBoardInvalidTerms("deadline not in the future");
        if (task.claimDuration == 0) revert TaskBoardInvalidTerms("zero claim duration");
        if (task.reviewWindow == 0) revert TaskBoardInvalidTerms("zero review window");
        // Payouts to the board itself would be neither recorded nor withdrawable.
        if (task.arbiter != address(0) && (task.arbiter == task.poster || task.arbiter == address(this))) {
            revert TaskBoardInvalidTerms("arbiter is the poster or the board");
        }
        if (task.arbiter != address(0) && task.disputeWindow == 0) {
            revert TaskBoardInvalidTerms("arbiter without a dispute window");
        }
        if (task.arbiterFeeBps > MAX_BPS || (task.arbiterFeeBps != 0 && task.arbiter == address(0))) {
            revert TaskBoardInvalidTerms("arbiter fee");
        }
        if ((task.validationSchema == bytes32(0)) != (task.validator == address(0))) {
            revert TaskBoardInvalidTerms("validation needs both schema and validator");
        }
        id = _id(task);
        State storage state = _states[id];
        if (state.status != Status.None) revert TaskBoardTaskExists(id);
        state.status = Status.Open;
        emit TaskPosted(id, task.poster, task.token, task, specURI, authorized, authorized ? task.poster : msg.sender);
    }

    /// @dev The task's id and state, which must be in `expected` status.
    function _load(Task calldata task, Status expected) private view returns (bytes32 id, State storage state) {
        id = _id(task);
        state = _states[id];
        Status status = state.status;
        if (status != expected) revert TaskBoardWrongStatus(id, status);
    }

    /// @dev Pays reward and stake to the worker and completes the task.
    function _complete(bytes32 id, Task calldata task, State storage state, Acceptance how, bytes32 proof) private {
        address worker = state.worker;
        _end(state, Status.Completed);
        emit TaskAccepted(id, worker, msg.sender, how, proof);
        _pay(id, task.token, worker, task.reward + task.stake);
    }

    /// @dev A claim ended without delivery: the task is open again, with no worker.
    function _reset(State storage state) private {
        state.worker = address(0);
        state.since = 0;
        state.status = Status.Open;
    }

    function _end(State storage state, Status terminal) private {
        state.since = uint40(block.timestamp);
        state.status = terminal;
    }

    /// @dev When a claim made at `claimedAt` must be submitted: its duration, capped by the deadline.
    function _dueAt(Task calldata task, uint256 claimedAt) private pure returns (uint64) {
        uint256 due = claimedAt + task.claimDuration;
        return uint64(due < task.deadline ? due : task.deadline);
    }

    /// @dev Chain id and board address make ids unique across chains and deployments.
    function _id(Task calldata task) private view returns (bytes32) {
        return keccak256(abi.encode(_CHAIN_ID, address(this), task));
    }
}
