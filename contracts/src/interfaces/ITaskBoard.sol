// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IAttestationRegistry} from "./IAttestationRegistry.sol";
import {IPayouts} from "./IPayouts.sol";

/// @title ITaskBoard
/// @notice The whole life of a job between agents: post (reward held by the board), claim
/// (with an optional stake), submit, then accept — by the poster, by a validator's
/// attestation, or by the poster's silence — or reject, dispute and arbitrate. Deadlines
/// resolve every state, so no task waits on a human. A task's terms are fixed at posting and
/// committed to by its id; every later call passes them again (docs/TASKS.md).
interface ITaskBoard is IPayouts {
    // ------------------------------------------------------------------ types

    /// @notice A task's terms, fixed at posting.
    /// @param poster Who posts and pays; gets the reward back if the task fails.
    /// @param token The reward and stake token; the zero address for ETH.
    /// @param reward What the worker earns.
    /// @param stake What a worker deposits to claim; forfeited to the poster if it misses delivery.
    /// @param deadline After it, a task not yet submitted expires.
    /// @param claimDuration Seconds a worker has after claiming to submit (and never past `deadline`).
    /// @param reviewWindow Seconds the poster has after a submission to accept or reject; then anyone
    /// can finalize in the worker's favour.
    /// @param disputeWindow Seconds the worker has after a rejection to dispute it.
    /// @param arbiter Who settles disputes; zero makes rejections final.
    /// @param arbiterFeeBps The arbiter's fee in basis points of reward and stake, paid on a ruling.
    /// @param validationSchema With `validator`: a valid attestation of this schema by the validator
    /// whose `refUID` is the task id accepts a submission; zero for none.
    /// @param validator The attester whose attestation accepts a submission.
    /// @param specHash The hash of the specification (its URI is in the {TaskPosted} event).
    /// @param salt Any value: lets a poster post equal tasks.
    struct Task {
        address poster;
        address token;
        uint256 reward;
        uint256 stake;
        uint64 deadline;
        uint32 claimDuration;
        uint32 reviewWindow;
        uint32 disputeWindow;
        address arbiter;
        uint16 arbiterFeeBps;
        bytes32 validationSchema;
        address validator;
        bytes32 specHash;
        bytes32 salt;
    }

    /// @notice Where a task is. The last five are terminal.
    enum Status {
        None,
        Open,
        Claimed,
        Submitted,
        Rejected,
        Disputed,
        Completed,
        Cancelled,
        Expired,
        Refused,
        Resolved
    }

    /// @notice What the board stores per task: one storage slot.
    /// @param worker The current (or last) assignee.
    /// @param since When the current status began (claim, submission, rejection or dispute time).
    /// @param status The task's status.
    struct State {
        address worker;
        uint40 since;
        Status status;
    }

    /// @notice Who accepted a submission.
    enum Acceptance {
        Poster,
        ReviewTimeout,
        Validation
    }

    // ----------------------------------------------------------------- events

    /// @notice A task was posted and its reward collected from `funder` (the poster, or whoever
    /// posted on the poster's behalf, such as a SpendingGuard). `authorized` is true when the reward
    /// came through the poster's EIP-3009 signature.
    event TaskPosted(
        bytes32 indexed id,
        address indexed poster,
        address indexed token,
        Task task,
        string specURI,
        bool authorized,
        address funder
    );
    /// @notice `worker` claimed the task (depositing the stake) and must submit by `dueAt`.
    event TaskClaimed(bytes32 indexed id, address indexed worker, uint64 dueAt);
    /// @notice The worker gave the task up; its stake went back to it.
    event TaskUnclaimed(bytes32 indexed id, address indexed worker);
    /// @notice The worker missed its delivery time; the task is open again and the stake went to the poster.
    event TaskReopened(bytes32 indexed id, address indexed worker, address indexed by);
    /// @notice The worker submitted a result; the poster has until `reviewEndsAt` to reject it.
    event TaskSubmitted(
        bytes32 indexed id, address indexed worker, bytes32 resultHash, string resultURI, uint64 reviewEndsAt
    );
    /// @notice The submission was accepted: reward and stake went to the worker. `proof` is the
    /// validator's attestation for {Acceptance.Validation}, else 0.
    event TaskAccepted(bytes32 indexed id, address indexed worker, address indexed by, Acceptance how, bytes32 proof);
    /// @notice The poster rejected the submission; the worker may dispute until `disputeEndsAt`.
    event TaskRejected(bytes32 indexed id, address indexed worker, bytes32 reason, uint64 disputeEndsAt);
    /// @notice The worker disputed the rejection.
    event TaskDisputed(bytes32 indexed id, address indexed worker);
    /// @notice The arbiter ruled: `toWorker` to the worker, `fee` to itself, `toPoster` to the poster.
    event TaskResolved(bytes32 indexed id, address indexed arbiter, uint256 toWorker, uint256 toPoster, uint256 fee);
    /// @notice The task ended without a payment to a worker (cancelled, expired, rejection final
    /// or arbitration lapsed): `toPoster` went to the poster, `toWorker` (a returned stake) to the worker.
    event TaskClosed(bytes32 indexed id, Status status, uint256 toPoster, uint256 toWorker);

    // ----------------------------------------------------------------- errors

    /// @notice The terms are not acceptable; `reason` names the rule.
    error TaskBoardInvalidTerms(string reason);
    /// @notice A task with these terms already exists.
    error TaskBoardTaskExists(bytes32 id);
    /// @notice The task is in `status`, which does not allow the call.
    error TaskBoardWrongStatus(bytes32 id, Status status);
    /// @notice The caller is not the party this call is reserved for.
    error TaskBoardUnauthorized(bytes32 id, address caller);
    /// @notice Too early: the call is allowed from `allowedAt`.
    error TaskBoardTooEarly(bytes32 id, uint256 allowedAt, uint256 now);
    /// @notice Too late: the call was allowed until `endedAt`.
    error TaskBoardTooLate(bytes32 id, uint256 endedAt, uint256 now);
    /// @notice The task has no arbiter, so a rejection cannot be disputed.
    error TaskBoardNoArbiter(bytes32 id);
    /// @notice The task has no validation requirement.
    error TaskBoardNoValidation(bytes32 id);
    /// @notice The attestation does not meet the validation requirement, or is not valid now.
    error TaskBoardProofRejected(bytes32 id);
    /// @notice The split exceeds what the dispute holds after the arbiter's fee.
    error TaskBoardInvalidSplit(bytes32 id, uint256 toWorker, uint256 available);

    // ---------------------------------------------------------------- posting

    /// @notice Posts a task and collects its reward from the caller (ETH as `msg.value`, or tokens
    /// with a prior approval). The caller need not be the poster: a funder (e.g. a SpendingGuard
    /// paying from an operator's budget) can post a task that `task.poster` runs and that refunds to
    /// `task.poster`; the funder keeps no rights over it. Emits {TaskPosted}.
    /// @return id `keccak256(abi.encode(chainId, board, task))`.
    function post(Task calldata task, string calldata specURI) external payable returns (bytes32 id);

    /// @notice Posts a token task funded by the poster's EIP-3009 `receiveWithAuthorization`
    /// signature whose nonce is the task id, so the signature binds the terms; anyone may relay it.
    function postWithAuthorization(
        Task calldata task,
        string calldata specURI,
        uint256 validAfter,
        uint256 validBefore,
        uint8 v,
        bytes32 r,
        bytes32 s
    ) external returns (bytes32 id);

    /// @notice The poster cancels an open (unclaimed) task; the reward goes back.
    function cancel(Task calldata task) external;

    // ------------------------------------------------------------------ work

    /// @notice Claims an open task before its deadline, depositing the stake (ETH as `msg.value`,
    /// or tokens with a prior approval). The poster, the arbiter and the validator cannot claim it.
    function claim(Task calldata task) external payable;

    /// @notice The worker gives the task up before its delivery time; the stake comes back.
    function unclaim(Task calldata task) external;

    /// @notice Anyone reopens a claimed task whose worker missed its delivery time (before the
    /// task's deadline); the stake goes to the poster.
    function reopen(Task calldata task) external;

    /// @notice The worker submits its result before its delivery time. Emits {TaskSubmitted}.
    function submit(Task calldata task, bytes32 resultHash, string calldata resultURI) external;

    // ---------------------------------------------------------------- review

    /// @notice The poster accepts the submission: reward and stake to the worker.
    function accept(Task calldata task) external;

    /// @notice Anyone accepts a submission the poster let the review window pass on.
    function finalize(Task calldata task) external;

    /// @notice Anyone accepts a submission by presenting a valid attestation of the task's
    /// validation schema by its validator, whose `refUID` is the task id and whose recipient is the worker.
    function acceptByValidation(Task calldata task, IAttestationRegistry.AttestationContent calldata proof) external;

    /// @notice The poster rejects the submission within the review window, with a reason hash.
    function reject(Task calldata task, bytes32 reason) external;

    /// @notice The worker disputes a rejection within the dispute window (the task needs an arbiter).
    function dispute(Task calldata task) external;

    /// @notice The arbiter rules on a dispute, within {ARBITRATION_PERIOD} of it: `toWorker` of reward
    /// plus stake to the worker, its fee
    /// (basis points of reward plus stake) to itself, the rest to the poster.
    function resolve(Task calldata task, uint256 toWorker) external;

    // ---------------------------------------------------------------- timeouts

    /// @notice Anyone closes a task whose time ran out: an open or claimed task after its deadline
    /// (reward and any stake to the poster); a rejection not disputed within its window, or a
    /// dispute the arbiter left for {ARBITRATION_PERIOD} (reward to the poster, stake back to the worker).
    function close(Task calldata task) external;

    // ------------------------------------------------------------------ views

    /// @notice How long an arbiter has to rule before a disputed rejection stands.
    function ARBITRATION_PERIOD() external view returns (uint256);

    /// @notice The registry whose attestations accept submissions.
    function registry() external view returns (IAttestationRegistry);

    /// @notice The id of a task with `task` terms on this chain and board.
    function taskId(Task calldata task) external view returns (bytes32);

    /// @notice The stored state of task `id`.
    function getState(bytes32 id) external view returns (State memory);
}
