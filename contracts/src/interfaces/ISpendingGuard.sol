// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IEscrow} from "./IEscrow.sol";
import {ITaskBoard} from "./ITaskBoard.sol";

/// @title ISpendingGuard
/// @notice On-chain limits on what an agent key may spend of an operator's ERC-20 tokens: a budget
/// per period, a per-payment cap, an optional recipient allowlist, a start and an end, and a circuit
/// breaker that trips by itself on abnormal outflow. Funds stay with the operator (pulled through
/// its approval) until the agent spends them. Tightening applies at once; loosening waits for the
/// delay the operator chose when granting. See docs/SPENDING_GUARD.md.
interface ISpendingGuard {
    // ------------------------------------------------------------------ types

    /// @notice Names a policy: its id is `keccak256(abi.encode(chainId, guard, key))`.
    /// @param operator Who funds the agent: tokens are pulled from it; it grants and changes the policy.
    /// @param agent The key allowed to spend.
    /// @param token The ERC-20 token spent.
    /// @param salt Any value: lets an operator give the same agent several policies for one token.
    struct PolicyKey {
        address operator;
        address agent;
        address token;
        bytes32 salt;
    }

    /// @notice A policy's limits. Stored in three slots.
    /// @param budget What the agent may spend per period.
    /// @param maxPayment The largest single payment; 0 for no cap beyond the budget.
    /// @param breakerThreshold The outflow within `breakerWindow` that trips the breaker: a leaky
    /// bucket of this size that drains at `breakerThreshold` per `breakerWindow`; 0 for none.
    /// @param start When spending may begin, which also anchors the period grid (0 at grant = now).
    /// @param end When spending stops; 0 for never.
    /// @param period The length of a budget period in seconds; periods are `[start + k*period, ...)`.
    /// @param maxNewRecipients How many never-paid recipients within `breakerWindow` trip the
    /// breaker when exceeded; 0 for no such rule.
    /// @param guardian May pause the policy and cancel queued loosenings; cannot spend or loosen.
    /// @param breakerWindow The breaker's window in seconds; required when a breaker rule is on.
    /// @param loosenDelay How long a loosening waits before it can take effect, in seconds.
    /// @param allowlistOnly Whether only allowlisted recipients can be paid.
    struct Policy {
        uint128 budget;
        uint128 maxPayment;
        uint128 breakerThreshold;
        uint40 start;
        uint40 end;
        uint32 period;
        uint16 maxNewRecipients;
        address guardian;
        uint32 breakerWindow;
        uint32 loosenDelay;
        bool allowlistOnly;
    }

    /// @notice A policy's moving parts. Stored in two slots.
    /// @param spent What was spent in period `periodIndex`.
    /// @param breakerLevel The breaker bucket's level at `levelAt`.
    /// @param periodIndex The period `spent` belongs to.
    /// @param levelAt The time up to which the bucket's drain is accounted for: the last spend, or up to
    /// `breakerWindow / breakerThreshold` seconds before it, so that the part of a unit still draining
    /// carries over to the next spend.
    /// @param recipientsWindowAt When the current new-recipients window began.
    /// @param newRecipients Never-paid recipients paid since `recipientsWindowAt`.
    /// @param flags {FLAG_PAUSED} | {FLAG_TRIPPED} | {FLAG_REVOKED}.
    /// @param unpauseAt When a queued unpause takes effect; 0 if none is queued.
    /// @param changeAt When the queued loosening can be applied; 0 if none is queued.
    struct State {
        uint128 spent;
        uint128 breakerLevel;
        uint40 periodIndex;
        uint40 levelAt;
        uint40 recipientsWindowAt;
        uint16 newRecipients;
        uint8 flags;
        uint40 unpauseAt;
        uint40 changeAt;
    }

    /// @notice What tripped a breaker.
    enum Trip {
        Outflow,
        NewRecipients
    }

    // ----------------------------------------------------------------- events

    /// @notice The operator granted a policy; `recipients` are allowlisted at once.
    event PolicyGranted(
        bytes32 indexed id,
        address indexed operator,
        address indexed agent,
        address token,
        bytes32 salt,
        Policy policy,
        address[] recipients
    );
    /// @notice The policy's limits are now `policy` (a tightening, or an applied loosening).
    event PolicyChanged(bytes32 indexed id, Policy policy);
    /// @notice A loosening to `policy` was queued; it can be applied from `effectiveAt`.
    event ChangeQueued(bytes32 indexed id, Policy policy, uint40 effectiveAt);
    /// @notice A queued loosening was cancelled by `by` (the operator, the guardian, or a new change).
    event ChangeCancelled(bytes32 indexed id, address indexed by);
    /// @notice `recipients` may be paid from `allowedFrom` on.
    event RecipientsAllowed(bytes32 indexed id, address[] recipients, uint40 allowedFrom);
    /// @notice `recipients` may no longer be paid (under an allowlist-only policy).
    event RecipientsRemoved(bytes32 indexed id, address[] recipients);
    /// @notice The agent spent `amount` to `to`; `spentInPeriod` is the period's total after it.
    /// `ref` is the escrow or task id the payment funded, or 0 for a direct payment.
    event Spent(
        bytes32 indexed id, address indexed to, uint256 amount, uint40 periodIndex, uint256 spentInPeriod, bytes32 ref
    );
    /// @notice The breaker tripped on a spend of `amount` to `to`, which did not happen;
    /// `observed` is the bucket level or the new-recipient count that crossed the line.
    event BreakerTripped(bytes32 indexed id, Trip reason, address to, uint256 amount, uint256 observed);
    /// @notice The operator reset a tripped breaker.
    event BreakerReset(bytes32 indexed id);
    /// @notice `by` (operator or guardian) paused the policy; a queued unpause is cancelled.
    event Paused(bytes32 indexed id, address indexed by);
    /// @notice The operator queued an unpause, effective from `effectiveAt`.
    event UnpauseQueued(bytes32 indexed id, uint40 effectiveAt);
    /// @notice `by` (operator or agent) revoked the policy for good.
    event Revoked(bytes32 indexed id, address indexed by);

    // ----------------------------------------------------------------- errors

    /// @notice The policy's limits are not acceptable; `reason` names the rule.
    error GuardInvalidPolicy(string reason);
    /// @notice A policy with this key already exists.
    error GuardPolicyExists(bytes32 id);
    /// @notice No policy with this key exists.
    error GuardUnknownPolicy(bytes32 id);
    /// @notice The caller may not make this call on this policy.
    error GuardUnauthorized(bytes32 id, address caller);
    /// @notice The policy is paused, tripped or revoked (`flags`).
    error GuardInactive(bytes32 id, uint8 flags);
    /// @notice Outside the policy's `[start, end)` window.
    error GuardOutsideWindow(bytes32 id, uint40 start, uint40 end, uint256 now);
    /// @notice The payment is zero or above the per-payment cap.
    error GuardOverCap(bytes32 id, uint256 amount, uint256 maxPayment);
    /// @notice The payment exceeds what is left of this period's budget.
    error GuardOverBudget(bytes32 id, uint256 amount, uint256 remaining);
    /// @notice The recipient is not (yet) on the policy's allowlist.
    error GuardRecipientNotAllowed(bytes32 id, address recipient);
    /// @notice The recipient cannot be paid or allowlisted (the zero address or the guard itself).
    error GuardInvalidRecipient(bytes32 id, address recipient);
    /// @notice The escrow terms or task do not belong to this policy (token, payer or poster).
    error GuardWrongTerms(bytes32 id, string reason);
    /// @notice Start and period are fixed at grant; change them with a new policy.
    error GuardImmutable(bytes32 id);
    /// @notice Nothing is queued, or it cannot be applied before `effectiveAt`.
    error GuardNotReady(bytes32 id, uint256 effectiveAt, uint256 now);
    /// @notice The breaker has not tripped.
    error GuardNotTripped(bytes32 id);

    // ------------------------------------------------------------------- agent

    /// @notice The agent pays `amount` of the policy's token from the operator to `to`.
    /// @return paid False when the breaker tripped instead: nothing moved, the policy is tripped and
    /// {BreakerTripped} says why (the call does not revert, so the trip is recorded).
    /// Emits {Spent} when paid.
    function spend(PolicyKey calldata key, address to, uint256 amount) external returns (bool paid);

    /// @notice The agent funds an escrow from the operator's tokens in the same transaction. The
    /// agent must be `terms.payer` (it controls the escrow and receives refunds); `terms.payee` is the
    /// recipient the allowlist and breaker judge.
    /// @return escrowId The escrow opened, or 0 when the breaker tripped instead.
    function spendToEscrow(PolicyKey calldata key, IEscrow.Terms calldata terms) external returns (bytes32 escrowId);

    /// @notice The agent posts a task whose reward comes from the operator's tokens. The agent must
    /// be `task.poster`; the task board is the recipient the allowlist and breaker judge.
    /// @return taskId The task posted, or 0 when the breaker tripped instead.
    function spendToTask(PolicyKey calldata key, ITaskBoard.Task calldata task, string calldata specURI)
        external
        returns (bytes32 taskId);

    // ---------------------------------------------------------------- operator

    /// @notice The caller, as operator, grants `key.agent` a policy, effective from `policy.start`
    /// (0 = now), and allowlists `recipients` at once. The caller must approve this guard on the token.
    /// @return id The policy id. Emits {PolicyGranted}.
    function grant(PolicyKey calldata key, Policy calldata policy, address[] calldata recipients)
        external
        returns (bytes32 id);

    /// @notice The operator changes the limits. If no limit loosens, the change applies at once
    /// (and cancels any queued loosening); otherwise it is queued for `loosenDelay` (replacing any
    /// queued one) and applied with {applyChange}. `start` and `period` cannot change.
    function change(PolicyKey calldata key, Policy calldata policy) external;

    /// @notice Anyone applies a queued loosening once its delay has passed.
    function applyChange(PolicyKey calldata key) external;

    /// @notice The operator or the guardian cancels a queued loosening.
    function cancelChange(PolicyKey calldata key) external;

    /// @notice The operator allowlists `recipients`, payable after `loosenDelay`.
    function allowRecipients(PolicyKey calldata key, address[] calldata recipients) external;

    /// @notice The operator or the guardian removes `recipients` from the allowlist at once.
    function removeRecipients(PolicyKey calldata key, address[] calldata recipients) external;

    /// @notice The operator or the guardian pauses the policy at once (and cancels a queued unpause).
    function pause(PolicyKey calldata key) external;

    /// @notice The operator queues an unpause, effective after `loosenDelay`. Calling it again does not
    /// push back an unpause already queued (or already in effect).
    function unpause(PolicyKey calldata key) external;

    /// @notice The operator resets a tripped breaker: the bucket and the new-recipient count restart
    /// from zero and the agent can spend again.
    function resetBreaker(PolicyKey calldata key) external;

    /// @notice The operator or the agent revokes the policy for good.
    function revoke(PolicyKey calldata key) external;

    // ------------------------------------------------------------------ views

    /// @notice The policy flag set while paused.
    function FLAG_PAUSED() external view returns (uint8);
    /// @notice The policy flag set while the breaker is tripped.
    function FLAG_TRIPPED() external view returns (uint8);
    /// @notice The policy flag set once revoked.
    function FLAG_REVOKED() external view returns (uint8);
    /// @notice The escrow {spendToEscrow} opens escrows in.
    function escrow() external view returns (IEscrow);
    /// @notice The task board {spendToTask} posts tasks on.
    function taskBoard() external view returns (ITaskBoard);
    /// @notice The id of the policy named by `key`.
    function policyId(PolicyKey calldata key) external view returns (bytes32);
    /// @notice The current limits of policy `id`.
    function getPolicy(bytes32 id) external view returns (Policy memory);
    /// @notice The queued loosening of policy `id` (meaningful while `getState(id).changeAt != 0`).
    function getPendingPolicy(bytes32 id) external view returns (Policy memory);
    /// @notice The moving parts of policy `id`, as stored.
    function getState(bytes32 id) external view returns (State memory);
    /// @notice What the agent may still spend in the current period (0 outside the window or when inactive).
    function remaining(bytes32 id) external view returns (uint256);
    /// @notice When `recipient` became (or becomes) payable under policy `id`; 0 if not allowlisted.
    function allowedFrom(bytes32 id, address recipient) external view returns (uint40);
}
