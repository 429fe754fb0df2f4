// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";

import {IEscrow} from "./interfaces/IEscrow.sol";
import {ISpendingGuard} from "./interfaces/ISpendingGuard.sol";
import {ITaskBoard} from "./interfaces/ITaskBoard.sol";

/// @title SpendingGuard
/// @notice Bounds what an agent key can spend of an operator's ERC-20 tokens: a budget per
/// period, a per-payment cap, an optional recipient allowlist, a start and an end, and a
/// circuit breaker that trips by itself on a burst of outflow or of new recipients.
/// @dev Tokens stay with the operator and are pulled through its approval only when the agent
/// spends, so nothing is ever held here between transactions. A policy is named by its key
/// (operator, agent, token, salt), which every call passes again, so storage holds only limits
/// and counters: three slots of limits, two of state. No owner, no pause of the whole contract,
/// no upgrade. See docs/SPENDING_GUARD.md.
contract SpendingGuard is ISpendingGuard, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    /// @dev The chain id at deployment, hashed into every id (as in Escrow and TaskBoard).
    uint256 private immutable _CHAIN_ID = block.chainid;

    /// @inheritdoc ISpendingGuard
    uint8 public constant FLAG_PAUSED = 1;
    /// @inheritdoc ISpendingGuard
    uint8 public constant FLAG_TRIPPED = 2;
    /// @inheritdoc ISpendingGuard
    uint8 public constant FLAG_REVOKED = 4;

    /// @inheritdoc ISpendingGuard
    IEscrow public immutable escrow;
    /// @inheritdoc ISpendingGuard
    ITaskBoard public immutable taskBoard;

    /// @dev `allowedFrom` 0 = not allowlisted; `seen` is kept only for the new-recipients rule.
    struct Recipient {
        uint40 allowedFrom;
        bool seen;
    }

    mapping(bytes32 id => Policy) private _policies;
    mapping(bytes32 id => Policy) private _pending;
    mapping(bytes32 id => State) private _states;
    mapping(bytes32 id => mapping(address recipient => Recipient)) private _recipients;

    /// @param escrow_ The escrow {spendToEscrow} funds.
    /// @param taskBoard_ The task board {spendToTask} posts on.
    constructor(IEscrow escrow_, ITaskBoard taskBoard_) {
        escrow = escrow_;
        taskBoard = taskBoard_;
    }

    // ------------------------------------------------------------------- agent

    /// @inheritdoc ISpendingGuard
    function spend(PolicyKey calldata key, address to, uint256 amount) external nonReentrant returns (bool paid) {
        bytes32 id = _id(key);
        if (!_admit(id, key, to, amount, 0)) return false;
        IERC20(key.token).safeTransferFrom(key.operator, to, amount);
        return true;
    }

    /// @inheritdoc ISpendingGuard
    function spendToEscrow(PolicyKey calldata key, IEscrow.Terms calldata terms)
        external
        nonReentrant
        returns (bytes32 escrowId)
    {
        bytes32 id = _id(key);
        if (terms.token != key.token) revert GuardWrongTerms(id, "token");
        if (terms.payer != key.agent) revert GuardWrongTerms(id, "payer");
        IEscrow escrow_ = escrow;
        bytes32 expected = escrow_.escrowId(terms);
        if (!_admit(id, key, terms.payee, terms.amount, expected)) return bytes32(0);
        _pullAndApprove(key, address(escrow_), terms.amount);
        escrowId = escrow_.open(terms);
    }

    /// @inheritdoc ISpendingGuard
    function spendToTask(PolicyKey calldata key, ITaskBoard.Task calldata task, string calldata specURI)
        external
        nonReentrant
        returns (bytes32 taskId)
    {
        bytes32 id = _id(key);
        if (task.token != key.token) revert GuardWrongTerms(id, "token");
        if (task.poster != key.agent) revert GuardWrongTerms(id, "poster");
        ITaskBoard board = taskBoard;
        bytes32 expected = board.taskId(task);
        if (!_admit(id, key, address(board), task.reward, expected)) return bytes32(0);
        _pullAndApprove(key, address(board), task.reward);
        taskId = board.post(task, specURI);
    }

    // ---------------------------------------------------------------- operator

    /// @inheritdoc ISpendingGuard
    function grant(PolicyKey calldata key, Policy calldata policy, address[] calldata recipients)
        external
        returns (bytes32 id)
    {
        id = _id(key);
        if (msg.sender != key.operator) revert GuardUnauthorized(id, msg.sender);
        if (key.agent == address(0)) revert GuardInvalidPolicy("agent");
        if (key.token == address(0)) revert GuardInvalidPolicy("token");
        if (_policies[id].period != 0) revert GuardPolicyExists(id);
        Policy memory stored = policy;
        if (stored.start == 0) stored.start = uint40(block.timestamp);
        _validate(stored);
        _policies[id] = stored;
        _allow(id, recipients, uint40(block.timestamp));
        emit PolicyGranted(id, key.operator, key.agent, key.token, key.salt, stored, recipients);
    }

    /// @inheritdoc ISpendingGuard
    function change(PolicyKey calldata key, Policy calldata policy) external {
        bytes32 id = _operatorCall(key);
        Policy memory current = _policies[id];
        if (policy.start != current.start || policy.period != current.period) revert GuardImmutable(id);
        _validate(policy);
        State storage state = _states[id];
        if (!_loosens(current, policy) || current.loosenDelay == 0) {
            if (state.changeAt != 0) _cancelChange(id, state);
            _policies[id] = policy;
            emit PolicyChanged(id, policy);
        } else {
            uint40 effectiveAt = uint40(block.timestamp) + current.loosenDelay;
            _pending[id] = policy;
            state.changeAt = effectiveAt;
            emit ChangeQueued(id, policy, effectiveAt);
        }
    }

    /// @inheritdoc ISpendingGuard
    function applyChange(PolicyKey calldata key) external {
        bytes32 id = _existing(key);
        State storage state = _states[id];
        _requireNotRevoked(id, state);
        uint40 changeAt = state.changeAt;
        if (changeAt == 0 || block.timestamp < changeAt) revert GuardNotReady(id, changeAt, block.timestamp);
        state.changeAt = 0;
        Policy memory policy = _pending[id];
        _policies[id] = policy;
        delete _pending[id];
        emit PolicyChanged(id, policy);
    }

    /// @inheritdoc ISpendingGuard
    function cancelChange(PolicyKey calldata key) external {
        bytes32 id = _operatorOrGuardianCall(key);
        State storage state = _states[id];
        if (state.changeAt == 0) revert GuardNotReady(id, 0, block.timestamp);
        _cancelChange(id, state);
    }

    /// @inheritdoc ISpendingGuard
    function allowRecipients(PolicyKey calldata key, address[] calldata recipients) external {
        bytes32 id = _operatorCall(key);
        uint40 payableFrom = uint40(block.timestamp) + _policies[id].loosenDelay;
        _allow(id, recipients, payableFrom);
        emit RecipientsAllowed(id, recipients, payableFrom);
    }

    /// @inheritdoc ISpendingGuard
    function removeRecipients(PolicyKey calldata key, address[] calldata recipients) external {
        bytes32 id = _operatorOrGuardianCall(key);
        mapping(address => Recipient) storage list = _recipients[id];
        for (uint256 i; i < recipients.length; ++i) {
            list[recipients[i]].allowedFrom = 0;
        }
        emit RecipientsRemoved(id, recipients);
    }

    /// @inheritdoc ISpendingGuard
    function pause(PolicyKey calldata key) external {
        bytes32 id = _operatorOrGuardianCall(key);
        State storage state = _states[id];
        state.flags |= FLAG_PAUSED;
        state.unpauseAt = 0;
        emit Paused(id, msg.sender);
    }

    /// @inheritdoc ISpendingGuard
    function unpause(PolicyKey calldata key) external {
        bytes32 id = _operatorCall(key);
        State storage state = _states[id];
        if (state.flags & FLAG_PAUSED == 0) revert GuardInactive(id, state.flags);
        uint40 effectiveAt = uint40(block.timestamp) + _policies[id].loosenDelay;
        // Asking again must not push back an unpause already queued (or already in effect).
        uint40 queued = state.unpauseAt;
        if (queued != 0 && queued < effectiveAt) effectiveAt = queued;
        state.unpauseAt = effectiveAt;
        emit UnpauseQueued(id, effectiveAt);
    }

    /// @inheritdoc ISpendingGuard
    function resetBreaker(PolicyKey calldata key) external {
        bytes32 id = _operatorCall(key);
        State storage state = _states[id];
        if (state.flags & FLAG_TRIPPED == 0) revert GuardNotTripped(id);
        state.flags &= ~FLAG_TRIPPED;
        state.breakerLevel = 0;
        state.levelAt = uint40(block.timestamp);
        state.newRecipients = 0;
        state.recipientsWindowAt = uint40(block.timestamp);
        emit BreakerReset(id);
    }

    /// @inheritdoc ISpendingGuard
    function revoke(PolicyKey calldata key) external {
        bytes32 id = _existing(key);
        if (msg.sender != key.operator && msg.sender != key.agent) revert GuardUnauthorized(id, msg.sender);
        State storage state = _states[id];
        _requireNotRevoked(id, state);
        state.flags |= FLAG_REVOKED;
        emit Revoked(id, msg.sender);
    }

    // ------------------------------------------------------------------ views

    /// @inheritdoc ISpendingGuard
    function policyId(PolicyKey calldata key) external view returns (bytes32) {
        return _id(key);
    }

    /// @inheritdoc ISpendingGuard
    function getPolicy(bytes32 id) external view returns (Policy memory) {
        return _policies[id];
    }

    /// @inheritdoc ISpendingGuard
    function getPendingPolicy(bytes32 id) external view returns (Policy memory) {
        return _pending[id];
    }

    /// @inheritdoc ISpendingGuard
    function getState(bytes32 id) external view returns (State memory) {
        return _states[id];
    }

    /// @inheritdoc ISpendingGuard
    function remaining(bytes32 id) external view returns (uint256) {
        Policy memory policy = _policies[id];
        State memory state = _states[id];
        if (policy.period == 0 || _inactiveFlags(state) != 0) return 0;
        if (block.timestamp < policy.start || (policy.end != 0 && block.timestamp >= policy.end)) return 0;
        uint256 spent = _periodIndex(policy) == state.periodIndex ? state.spent : 0;
        return spent < policy.budget ? policy.budget - spent : 0;
    }

    /// @inheritdoc ISpendingGuard
    function allowedFrom(bytes32 id, address recipient) external view returns (uint40) {
        return _recipients[id][recipient].allowedFrom;
    }

    // --------------------------------------------------------------- internals

    function _id(PolicyKey calldata key) private view returns (bytes32) {
        return keccak256(abi.encode(_CHAIN_ID, address(this), key));
    }

    /// @dev Checks every rule for a payment of `amount` to `to` and books it. Returns false, after
    /// recording the trip, when the breaker trips instead; reverts on any other broken rule.
    function _admit(bytes32 id, PolicyKey calldata key, address to, uint256 amount, bytes32 ref)
        private
        returns (bool)
    {
        if (msg.sender != key.agent) revert GuardUnauthorized(id, msg.sender);
        Policy storage policy = _policies[id];
        State memory state = _states[id];
        _checkLimits(id, policy, state, to, amount);
        if (!_breakerAdmits(id, policy, state, to, amount)) {
            // Only the flag is stored: the rest of the bookkeeping describes a payment that did not happen.
            _states[id].flags |= FLAG_TRIPPED;
            return false;
        }
        _states[id] = state;
        emit Spent(id, to, amount, state.periodIndex, state.spent, ref);
        return true;
    }

    /// @dev Every rule but the breaker; books the payment into `state` (in memory) when they hold.
    function _checkLimits(bytes32 id, Policy storage policy, State memory state, address to, uint256 amount)
        private
        view
    {
        uint256 period = policy.period;
        if (period == 0) revert GuardUnknownPolicy(id);
        uint8 inactive = _inactiveFlags(state);
        if (inactive != 0) revert GuardInactive(id, inactive);
        // A queued unpause whose delay has passed is applied here, lazily.
        state.flags &= ~FLAG_PAUSED;
        state.unpauseAt = 0;

        uint40 start = policy.start;
        {
            uint40 end = policy.end;
            if (block.timestamp < start || (end != 0 && block.timestamp >= end)) {
                revert GuardOutsideWindow(id, start, end, block.timestamp);
            }
        }
        {
            uint256 maxPayment = policy.maxPayment;
            if (amount == 0 || (maxPayment != 0 && amount > maxPayment)) revert GuardOverCap(id, amount, maxPayment);
        }
        if (to == address(0) || to == address(this)) revert GuardInvalidRecipient(id, to);
        if (policy.allowlistOnly) {
            uint40 from = _recipients[id][to].allowedFrom;
            if (from == 0 || block.timestamp < from) revert GuardRecipientNotAllowed(id, to);
        }

        // casting to uint40 is safe: a period index is at most a timestamp, which fits 40 bits for 30,000 years
        // forge-lint: disable-next-line(unsafe-typecast)
        uint40 periodIndex = uint40((block.timestamp - start) / period);
        if (periodIndex != state.periodIndex) {
            state.periodIndex = periodIndex;
            state.spent = 0;
        }
        uint256 budget = policy.budget;
        uint256 spent = state.spent;
        // A budget lowered mid-period can sit below what was already spent: nothing remains. The
        // comparison is with what is left, not `spent + amount`, which overflows for a huge amount.
        uint256 left = spent < budget ? budget - spent : 0;
        if (amount > left) revert GuardOverBudget(id, amount, left);
        // casting to uint128 is safe: the sum is at most the budget, a uint128
        // forge-lint: disable-next-line(unsafe-typecast)
        state.spent = uint128(spent + amount);
    }

    /// @dev The circuit breaker: a leaky bucket on outflow and a count of never-paid recipients per
    /// window. Updates `state` in memory; emits {BreakerTripped} and returns false on a trip.
    function _breakerAdmits(bytes32 id, Policy storage policy, State memory state, address to, uint256 amount)
        private
        returns (bool)
    {
        uint256 threshold = policy.breakerThreshold;
        uint256 maxNew = policy.maxNewRecipients;
        if (threshold == 0 && maxNew == 0) return true;
        uint256 window = policy.breakerWindow;
        if (threshold != 0) {
            // The bucket drains at `threshold` per `window`, so steady spending at up to that rate
            // never trips, while a burst above `threshold` within a window does.
            uint256 scaled = threshold * (block.timestamp - state.levelAt);
            uint256 drained = scaled / window;
            uint256 level = state.breakerLevel;
            uint256 levelAt = block.timestamp;
            if (level > drained) {
                level -= drained;
                // The part of a unit still draining is carried over in whole seconds (its time,
                // `remainder / threshold`, is at most the time elapsed) rather than lost at every
                // spend: what a spend loses of the drain is under one unit and under one second's worth.
                levelAt -= (scaled % window) / threshold;
            } else {
                level = 0;
            }
            level += amount;
            if (level > threshold) {
                emit BreakerTripped(id, Trip.Outflow, to, amount, level);
                return false;
            }
            // casting to uint128 is safe: the level is at most the threshold, a uint128
            // forge-lint: disable-next-line(unsafe-typecast)
            state.breakerLevel = uint128(level);
            // casting to uint40 is safe: levelAt is at most the current timestamp, which fits 40 bits
            // forge-lint: disable-next-line(unsafe-typecast)
            state.levelAt = uint40(levelAt);
        }
        if (maxNew != 0) {
            Recipient storage recipient = _recipients[id][to];
            if (!recipient.seen) {
                if (block.timestamp >= uint256(state.recipientsWindowAt) + window) {
                    state.recipientsWindowAt = uint40(block.timestamp);
                    state.newRecipients = 0;
                }
                uint256 count = uint256(state.newRecipients) + 1;
                if (count > maxNew) {
                    emit BreakerTripped(id, Trip.NewRecipients, to, amount, count);
                    return false;
                }
                // casting to uint16 is safe: the count is at most maxNewRecipients, a uint16
                // forge-lint: disable-next-line(unsafe-typecast)
                state.newRecipients = uint16(count);
                recipient.seen = true;
            }
        }
        return true;
    }

    /// @dev The flags that stop a spend now: a paused flag whose queued unpause is due does not.
    function _inactiveFlags(State memory state) private view returns (uint8 flags) {
        flags = state.flags;
        if (flags & FLAG_PAUSED != 0 && state.unpauseAt != 0 && block.timestamp >= state.unpauseAt) {
            flags &= ~FLAG_PAUSED;
        }
    }

    function _periodIndex(Policy memory policy) private view returns (uint40) {
        return uint40((block.timestamp - policy.start) / policy.period);
    }

    /// @dev Pulls `amount` from the operator into the guard and lets `spender` take exactly that.
    function _pullAndApprove(PolicyKey calldata key, address spender, uint256 amount) private {
        IERC20 token = IERC20(key.token);
        token.safeTransferFrom(key.operator, address(this), amount);
        token.forceApprove(spender, amount);
    }

    /// @dev Whether `next` allows anything `current` does not. Zero means "no limit" for the cap,
    /// the breaker rules and the end; a shorter window or delay is looser; dropping the allowlist
    /// or replacing a guardian is looser.
    function _loosens(Policy memory current, Policy calldata next) private pure returns (bool) {
        return next.budget > current.budget || _raises(current.maxPayment, next.maxPayment)
            || _raises(current.breakerThreshold, next.breakerThreshold) || _raises(current.end, next.end)
            || _raises(current.maxNewRecipients, next.maxNewRecipients) || next.breakerWindow < current.breakerWindow
            || next.loosenDelay < current.loosenDelay || (current.allowlistOnly && !next.allowlistOnly)
            || (current.guardian != address(0) && next.guardian != current.guardian);
    }

    /// @dev Whether a limit where 0 means "unlimited" goes up.
    function _raises(uint256 current, uint256 next) private pure returns (bool) {
        return current != 0 && (next == 0 || next > current);
    }

    function _validate(Policy memory policy) private pure {
        if (policy.budget == 0) revert GuardInvalidPolicy("budget");
        if (policy.period == 0) revert GuardInvalidPolicy("period");
        if (policy.maxPayment > policy.budget) revert GuardInvalidPolicy("maxPayment");
        if (policy.end != 0 && policy.end <= policy.start) revert GuardInvalidPolicy("end");
        if ((policy.breakerThreshold != 0 || policy.maxNewRecipients != 0) && policy.breakerWindow == 0) {
            revert GuardInvalidPolicy("breakerWindow");
        }
    }

    function _allow(bytes32 id, address[] calldata recipients, uint40 from) private {
        mapping(address => Recipient) storage list = _recipients[id];
        for (uint256 i; i < recipients.length; ++i) {
            address recipient = recipients[i];
            if (recipient == address(0) || recipient == address(this)) revert GuardInvalidRecipient(id, recipient);
            Recipient storage entry = list[recipient];
            // Re-allowing an address that is already payable must not push it back.
            if (entry.allowedFrom == 0 || entry.allowedFrom > from) entry.allowedFrom = from;
        }
    }

    function _cancelChange(bytes32 id, State storage state) private {
        state.changeAt = 0;
        delete _pending[id];
        emit ChangeCancelled(id, msg.sender);
    }

    function _existing(PolicyKey calldata key) private view returns (bytes32 id) {
        id = _id(key);
        if (_policies[id].period == 0) revert GuardUnknownPolicy(id);
    }

    /// @dev For the operator's calls: the policy exists and is not revoked.
    function _operatorCall(PolicyKey calldata key) private view returns (bytes32 id) {
        id = _existing(key);
        if (msg.sender != key.operator) revert GuardUnauthorized(id, msg.sender);
        _requireNotRevoked(id, _states[id]);
    }

    /// @dev For the calls that only tighten: the operator or the policy's guardian may make them.
    function _operatorOrGuardianCall(PolicyKey calldata key) private view returns (bytes32 id) {
        id = _existing(key);
        if (msg.sender != key.operator && msg.sender != _policies[id].guardian) {
            revert GuardUnauthorized(id, msg.sender);
        }
    }

    function _requireNotRevoked(bytes32 id, State storage state) private view {
        uint8 flags = state.flags;
        if (flags & FLAG_REVOKED != 0) revert GuardInactive(id, flags);
    }
}
