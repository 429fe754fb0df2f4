// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {SpendingGuard} from "../../src/SpendingGuard.sol";
import {TestToken} from "../../src/TestToken.sol";
import {ISpendingGuard} from "../../src/interfaces/ISpendingGuard.sol";
import {bound} from "../base/Bound.sol";
import {Test} from "../base/Test.sol";

/// @title SpendingGuardHandler
/// @notice Drives one {SpendingGuard} policy for the invariant tests: the agent spends to four
/// recipients (two allowlisted at grant) and in bursts that trip the breaker; the operator tightens
/// and loosens every field, allowlists and removes recipients, pauses, unpauses, resets and revokes;
/// the guardian pauses, cancels and removes; anyone applies queued changes; time passes, often to
/// the exact second a period, a queued change, an unpause or an allowlisting begins.
/// @dev Every call predicts its outcome from ghost state kept independently of the guard (the
/// policy in force, the queued change and when it was queued, the flags, the breaker's bucket and
/// new-recipient count, the allowlist, what was spent per period) and checks the guard agrees,
/// exact error included, so it never reverts unless the guard misbehaves (`fail_on_revert`).
contract SpendingGuardHandler is Test {
    uint256 public constant RECIPIENT_COUNT = 4;
    uint256 internal constant MAX_WARP = 2 days;
    uint128 internal constant MAX_BUDGET = 5000e6;
    uint256 public constant OPERATOR_FUNDS = type(uint128).max;

    SpendingGuard public immutable guard;
    TestToken public immutable usd;
    address public immutable operator;
    address public immutable agent;
    address public immutable guardianA;
    address public immutable guardianB;
    address public immutable stranger;
    bytes32 public immutable id;

    ISpendingGuard.PolicyKey internal _key;
    address[] internal _recipients;
    uint256 internal _now;

    // ------------------------------------------------------------ ghost: policy

    /// @dev The policy that must be in force.
    ISpendingGuard.Policy internal _policy;
    /// @dev The queued loosening, when `pendingEffectiveAt != 0`.
    ISpendingGuard.Policy internal _pending;
    /// @notice When the queued loosening was queued, and the delay in force then.
    uint256 public pendingQueuedAt;
    uint256 public pendingDelay;
    uint256 public pendingEffectiveAt;

    // ------------------------------------------------------------- ghost: state

    /// @notice The stored flags, as the ghost sees them.
    bool public gPaused;
    bool public gTripped;
    bool public gRevoked;
    uint256 public gUnpauseAt;
    uint256 internal _level;
    uint256 internal _levelAt;
    uint256 internal _windowAt;
    uint256 internal _newCount;
    mapping(address recipient => bool) internal _seen;
    mapping(address recipient => uint256) public gAllowedFrom;

    // -------------------------------------------------------- ghost: accounting

    /// @notice Per period index: what was spent, and the largest budget in force during it.
    mapping(uint256 period => uint256) public ghostPeriodSpent;
    mapping(uint256 period => uint256) public ghostPeriodMaxBudget;
    uint256[] internal _periods;
    mapping(uint256 period => bool) internal _periodListed;
    /// @notice What all successful spends paid.
    uint256 public ghostPaid;
    /// @notice Violations, counted rather than asserted so that the invariants name them; the
    /// exact predictions below make each of them also fail the call that caused it.
    uint256 public ghostSpendsWhileInactive;
    uint256 public ghostSpendsOverBudget;
    uint256 public ghostEarlyLoosenings;
    uint256 public ghostTokensHeldAfterCall;
    mapping(string op => uint256) public ghostCalls;

    constructor(SpendingGuard guard_, TestToken usd_) {
        guard = guard_;
        usd = usd_;
        operator = makeAddr("invariant operator");
        agent = makeAddr("invariant agent");
        guardianA = makeAddr("invariant guardian A");
        guardianB = makeAddr("invariant guardian B");
        stranger = makeAddr("invariant stranger");
        for (uint256 i; i < RECIPIENT_COUNT; ++i) {
            _recipients.push(makeAddr(string.concat("invariant recipient ", vm.toString(i))));
        }
        _now = block.timestamp;
        usd_.mint(operator, OPERATOR_FUNDS);
        vm.prank(operator);
        usd_.approve(address(guard_), type(uint256).max);

        _key = ISpendingGuard.PolicyKey({operator: operator, agent: agent, token: address(usd_), salt: bytes32(0)});
        // forge-lint: disable-next-line(unsafe-typecast)
        uint40 start = uint40(_now + 1 minutes);
        ISpendingGuard.Policy memory p = ISpendingGuard.Policy({
            budget: 1000e6,
            maxPayment: 400e6,
            breakerThreshold: 800e6,
            start: start,
            end: start + 12 days,
            period: 1 days,
            maxNewRecipients: 3,
            guardian: guardianA,
            breakerWindow: 6 hours,
            loosenDelay: 1 days,
            allowlistOnly: true
        });
        address[] memory granted = new address[](2);
        granted[0] = _recipients[0];
        granted[1] = _recipients[1];
        vm.prank(operator);
        id = guard_.grant(_key, p, granted);
        _policy = p;
        gAllowedFrom[granted[0]] = _now;
        gAllowedFrom[granted[1]] = _now;
    }

    modifier action() {
        vm.warp(_now);
        _touchPeriod();
        _;
        _touchPeriod();
        _check();
    }

    // ------------------------------------------------------------------ agent

    function spend(uint256 recipientSeed, uint256 amount) external action {
        address to = _recipients[recipientSeed % RECIPIENT_COUNT];
        // Mostly within the cap (one in five above it), zero now and then.
        uint256 cap = _policy.maxPayment == 0 ? _policy.budget : _policy.maxPayment;
        _spend(to, bound(amount, 0, cap + cap / 4));
    }

    /// @notice The largest payment the limits allow, three times: trips any breaker below the budget.
    function burst(uint256 recipientSeed) external action {
        address to = _recipients[recipientSeed % RECIPIENT_COUNT];
        for (uint256 i; i < 3; ++i) {
            uint256 left = _left();
            uint256 cap = _policy.maxPayment == 0 ? _policy.budget : _policy.maxPayment;
            uint256 amount = left < cap ? left : cap;
            _spend(to, amount == 0 ? 1 : amount);
        }
        ++ghostCalls["burst"];
    }

    // --------------------------------------------------------------- operator

    /// @notice Changes one field (or two), tightening or loosening it.
    function change(uint256 fieldSeed, uint256 value, bool loosen) external action {
        ISpendingGuard.Policy memory next = _copy(_policy);
        _mutate(next, fieldSeed % 10, value, loosen);
        if (fieldSeed % 7 == 0) _mutate(next, (fieldSeed >> 8) % 10, value >> 64, !loosen);
        bytes memory call = abi.encodeCall(ISpendingGuard.change, (_key, next));
        if (gRevoked) {
            _expectRevert(operator, call, abi.encodeWithSelector(ISpendingGuard.GuardInactive.selector, id, _stored()));
            return;
        }
        vm.prank(operator);
        guard.change(_key, next);
        if (!_loosens(_policy, next) || _policy.loosenDelay == 0) {
            _policy = next;
            _clearPending();
            ++ghostCalls["change: applied"];
        } else {
            _pending = next;
            pendingQueuedAt = _now;
            pendingDelay = _policy.loosenDelay;
            pendingEffectiveAt = _now + _policy.loosenDelay;
            ++ghostCalls["change: queued"];
        }
    }

    /// @notice Applies the queued change; with `warpFirst`, at (or one second before) its time.
    function applyChange(bool warpFirst, bool justBefore) external {
        if (warpFirst && pendingEffectiveAt > _now) _now = justBefore ? pendingEffectiveAt - 1 : pendingEffectiveAt;
        _applyChange();
    }

    function _applyChange() internal action {
        bytes memory call = abi.encodeCall(ISpendingGuard.applyChange, (_key));
        if (gRevoked) {
            _expectRevert(stranger, call, abi.encodeWithSelector(ISpendingGuard.GuardInactive.selector, id, _stored()));
        } else if (pendingEffectiveAt == 0 || _now < pendingEffectiveAt) {
            _expectRevert(
                stranger,
                call,
                abi.encodeWithSelector(ISpendingGuard.GuardNotReady.selector, id, pendingEffectiveAt, _now)
            );
        } else {
            vm.prank(stranger);
            guard.applyChange(_key);
            if (_now < pendingQueuedAt + pendingDelay) ++ghostEarlyLoosenings;
            _policy = _pending;
            _clearPending();
            ++ghostCalls["applyChange"];
        }
    }

    function cancelChange(bool byGuardian) external action {
        address caller = _tightener(byGuardian);
        bytes memory call = abi.encodeCall(ISpendingGuard.cancelChange, (_key));
        if (pendingEffectiveAt == 0) {
            _expectRevert(caller, call, abi.encodeWithSelector(ISpendingGuard.GuardNotReady.selector, id, 0, _now));
        } else {
            vm.prank(caller);
            guard.cancelChange(_key);
            _clearPending();
            ++ghostCalls["cancelChange"];
        }
    }

    /// @notice Pauses one time in two (a pause stops spending for a whole delay).
    function pause(uint256 seed, bool byGuardian) external action {
        if (uint256(keccak256(abi.encode(seed))) % 2 != 0) return;
        vm.prank(_tightener(byGuardian));
        guard.pause(_key);
        gPaused = true;
        gUnpauseAt = 0;
        ++ghostCalls["pause"];
    }

    /// @notice Queues an unpause; with `thenWait`, warps to (or one second before) its time.
    function unpause(bool thenWait, bool justBefore) external {
        _unpause();
        if (thenWait && gUnpauseAt > _now) {
            _now = justBefore ? gUnpauseAt - 1 : gUnpauseAt;
            vm.warp(_now);
        }
    }

    function _unpause() internal action {
        bytes memory call = abi.encodeCall(ISpendingGuard.unpause, (_key));
        if (gRevoked || !gPaused) {
            _expectRevert(operator, call, abi.encodeWithSelector(ISpendingGuard.GuardInactive.selector, id, _stored()));
            return;
        }
        vm.prank(operator);
        guard.unpause(_key);
        uint256 at = _now + _policy.loosenDelay;
        if (gUnpauseAt == 0 || gUnpauseAt > at) gUnpauseAt = at;
        assertEq(uint256(guard.getState(id).unpauseAt), gUnpauseAt, "unpause: queued time");
        ++ghostCalls["unpause"];
    }

    function resetBreaker() external action {
        bytes memory call = abi.encodeCall(ISpendingGuard.resetBreaker, (_key));
        if (gRevoked) {
            _expectRevert(operator, call, abi.encodeWithSelector(ISpendingGuard.GuardInactive.selector, id, _stored()));
        } else if (!gTripped) {
            _expectRevert(operator, call, abi.encodeWithSelector(ISpendingGuard.GuardNotTripped.selector, id));
        } else {
            vm.prank(operator);
            guard.resetBreaker(_key);
            gTripped = false;
            _level = 0;
            _levelAt = _now;
            _newCount = 0;
            _windowAt = _now;
            ++ghostCalls["resetBreaker"];
        }
    }

    /// @notice Revokes one time in sixteen.
    function revoke(uint256 seed, bool byAgent) external action {
        // Hashed: the fuzzer favours small seeds, and a revoked policy ends the interesting part of a run.
        if (uint256(keccak256(abi.encode(seed))) % 16 != 0) return;
        address caller = byAgent ? agent : operator;
        bytes memory call = abi.encodeCall(ISpendingGuard.revoke, (_key));
        if (gRevoked) {
            _expectRevert(caller, call, abi.encodeWithSelector(ISpendingGuard.GuardInactive.selector, id, _stored()));
        } else {
            vm.prank(caller);
            guard.revoke(_key);
            gRevoked = true;
            ++ghostCalls["revoke"];
        }
    }

    function allowRecipients(uint256 mask) external action {
        address[] memory list = _subset(mask);
        bytes memory call = abi.encodeCall(ISpendingGuard.allowRecipients, (_key, list));
        if (gRevoked) {
            _expectRevert(operator, call, abi.encodeWithSelector(ISpendingGuard.GuardInactive.selector, id, _stored()));
            return;
        }
        vm.prank(operator);
        guard.allowRecipients(_key, list);
        uint256 from = _now + _policy.loosenDelay;
        for (uint256 i; i < list.length; ++i) {
            uint256 current = gAllowedFrom[list[i]];
            if (current == 0 || current > from) gAllowedFrom[list[i]] = from;
        }
        ++ghostCalls["allowRecipients"];
    }

    function removeRecipients(uint256 mask, bool byGuardian) external action {
        address[] memory list = _subset(mask);
        vm.prank(_tightener(byGuardian));
        guard.removeRecipients(_key, list);
        for (uint256 i; i < list.length; ++i) {
            gAllowedFrom[list[i]] = 0;
        }
        ++ghostCalls["removeRecipients"];
    }

    // ------------------------------------------------------------------- time

    function warp(uint256 seconds_) external {
        _now += bound(seconds_, 0, MAX_WARP);
        vm.warp(_now);
    }

    /// @notice Warps to (or one second before) the next moment a rule changes: a period boundary,
    /// the start, the end, a queued change, a queued unpause, a recipient's allowlisting.
    function warpToBoundary(uint256 which, bool justBefore) external {
        uint256 target;
        uint256 w = which % 6;
        // The end only when it is near: past it, a run has little left to explore.
        if (w == 1 && (_policy.end == 0 || _policy.end > _now + 3 days)) w = 0;
        if (w == 0) {
            target = _now < _policy.start
                ? _policy.start
                : _policy.start + ((_now - _policy.start) / _policy.period + 1) * _policy.period;
        } else if (w == 1) {
            target = _policy.end;
        } else if (w == 2) {
            target = pendingEffectiveAt;
        } else if (w == 3) {
            target = gUnpauseAt;
        } else {
            target = gAllowedFrom[_recipients[(which >> 8) % RECIPIENT_COUNT]];
        }
        if (target != 0 && justBefore) --target;
        if (target > _now) {
            _now = target;
            vm.warp(_now);
        }
    }

    // ------------------------------------------------------------------ views

    function periodCount() external view returns (uint256) {
        return _periods.length;
    }

    function periodAt(uint256 i) external view returns (uint256) {
        return _periods[i];
    }

    function recipientAt(uint256 i) external view returns (address) {
        return _recipients[i];
    }

    function ghostPolicy() external view returns (ISpendingGuard.Policy memory) {
        return _policy;
    }

    // -------------------------------------------------------------- internals

    /// @dev The breaker's verdict on a spend, from the ghost bucket and count.
    struct Verdict {
        bool trips;
        uint256 level;
        uint256 levelAt;
        bool isNew;
        uint256 windowAt;
        uint256 count;
    }

    /// @dev Predicts a spend from the ghost, makes it and checks the guard agreed.
    function _spend(address to, uint256 amount) internal {
        bytes memory call = abi.encodeCall(ISpendingGuard.spend, (_key, to, amount));
        bytes memory err = _predictRevert(to, amount);
        if (err.length != 0) {
            _expectRevert(agent, call, err);
            return;
        }
        Verdict memory v = _breaker(to, amount);
        uint256 operatorBefore = usd.balanceOf(operator);
        uint256 toBefore = usd.balanceOf(to);
        vm.prank(agent);
        bool paid = guard.spend(_key, to, amount);
        assertEq(paid, !v.trips, "spend: paid unless the breaker trips");
        if (v.trips) {
            assertEq(usd.balanceOf(operator), operatorBefore, "trip: operator untouched");
            assertEq(usd.balanceOf(to), toBefore, "trip: recipient untouched");
            gTripped = true;
            ++ghostCalls["spend: tripped"];
            return;
        }
        assertEq(usd.balanceOf(operator), operatorBefore - amount, "spend: operator paid");
        assertEq(usd.balanceOf(to), toBefore + amount, "spend: recipient credited");
        _book(to, amount, v);
    }

    /// @dev The error the rules predict for a spend, in the order they are checked; empty if none.
    function _predictRevert(address to, uint256 amount) internal view returns (bytes memory) {
        ISpendingGuard.Policy memory p = _policy;
        uint8 inactive = _inactive();
        if (inactive != 0) return abi.encodeWithSelector(ISpendingGuard.GuardInactive.selector, id, inactive);
        if (_now < p.start || (p.end != 0 && _now >= p.end)) {
            return abi.encodeWithSelector(ISpendingGuard.GuardOutsideWindow.selector, id, p.start, p.end, _now);
        }
        if (amount == 0 || (p.maxPayment != 0 && amount > p.maxPayment)) {
            return abi.encodeWithSelector(ISpendingGuard.GuardOverCap.selector, id, amount, p.maxPayment);
        }
        if (p.allowlistOnly && (gAllowedFrom[to] == 0 || _now < gAllowedFrom[to])) {
            return abi.encodeWithSelector(ISpendingGuard.GuardRecipientNotAllowed.selector, id, to);
        }
        uint256 left = _left();
        if (amount > left) return abi.encodeWithSelector(ISpendingGuard.GuardOverBudget.selector, id, amount, left);
        return "";
    }

    function _breaker(address to, uint256 amount) internal view returns (Verdict memory v) {
        ISpendingGuard.Policy memory p = _policy;
        if (p.breakerThreshold != 0) {
            // Drained: whole units at `threshold` per `window` since `_levelAt`; the rest of a unit
            // still draining carries over as whole seconds.
            uint256 elapsed = _now - _levelAt;
            uint256 drained = uint256(p.breakerThreshold) * elapsed / p.breakerWindow;
            v.levelAt = _now;
            if (_level > drained) {
                v.level = _level - drained;
                v.levelAt = _now - (uint256(p.breakerThreshold) * elapsed % p.breakerWindow) / p.breakerThreshold;
            }
            v.level += amount;
            v.trips = v.level > p.breakerThreshold;
        }
        v.isNew = p.maxNewRecipients != 0 && !_seen[to];
        v.windowAt = _windowAt;
        v.count = _newCount;
        if (!v.trips && v.isNew) {
            if (_now >= v.windowAt + p.breakerWindow) (v.windowAt, v.count) = (_now, 0);
            ++v.count;
            v.trips = v.count > p.maxNewRecipients;
        }
    }

    /// @dev Books a paid spend in the ghost.
    function _book(address to, uint256 amount, Verdict memory v) internal {
        ISpendingGuard.Policy memory p = _policy;
        // What the invariants are about, recorded independently of the prediction above.
        if (_inactive() != 0 || _now < p.start || (p.end != 0 && _now >= p.end)) ++ghostSpendsWhileInactive;
        uint256 period = _period();
        if (ghostPeriodSpent[period] + amount > p.budget) ++ghostSpendsOverBudget;
        ghostPeriodSpent[period] += amount;
        if (!_periodListed[period]) {
            _periodListed[period] = true;
            _periods.push(period);
        }
        ghostPaid += amount;

        if (p.breakerThreshold != 0) (_level, _levelAt) = (v.level, v.levelAt);
        if (v.isNew) {
            (_windowAt, _newCount) = (v.windowAt, v.count);
            _seen[to] = true;
        }
        // A due unpause is applied (and stored) by the spend.
        gPaused = false;
        gUnpauseAt = 0;
        ++ghostCalls["spend: paid"];
    }

    /// @dev Sets field `field` of `p` to a valid tighter or looser value (the direction is a hint:
    /// a value at a bound may turn out equal).
    function _mutate(ISpendingGuard.Policy memory p, uint256 field, uint256 value, bool loosen) internal view {
        // forge-lint: disable-start(unsafe-typecast)
        if (field == 0) {
            p.budget = uint128(loosen ? bound(value, p.budget, MAX_BUDGET) : bound(value, 1, p.budget));
            if (p.maxPayment > p.budget) p.maxPayment = p.budget;
        } else if (field == 1) {
            if (loosen) p.maxPayment = value % 4 == 0 ? 0 : uint128(bound(value, p.maxPayment, p.budget));
            else p.maxPayment = uint128(bound(value, 1, p.maxPayment == 0 ? p.budget : p.maxPayment));
        } else if (field == 2) {
            if (loosen) {
                p.breakerThreshold = value % 4 == 0 ? 0 : uint128(bound(value, p.breakerThreshold, 2 * MAX_BUDGET));
            } else {
                uint256 upper = p.breakerThreshold == 0 ? 2 * MAX_BUDGET : p.breakerThreshold;
                p.breakerThreshold = uint128(bound(value, 1, upper));
            }
        } else if (field == 3) {
            // An end at least an hour away (warpToBoundary reaches it), after the start.
            uint256 low = _now + 1 hours;
            if (low <= p.start) low = p.start + 1;
            uint256 high = low + 20 days;
            if (p.end > high) high = p.end;
            if (loosen) p.end = value % 4 == 0 ? 0 : uint40(bound(value, p.end == 0 ? low : p.end, high));
            else p.end = uint40(bound(value, low, p.end == 0 ? high : (p.end > low ? p.end : low)));
        } else if (field == 4) {
            if (loosen) p.maxNewRecipients = value % 4 == 0 ? 0 : uint16(bound(value, p.maxNewRecipients, 6));
            else p.maxNewRecipients = uint16(bound(value, 1, p.maxNewRecipients == 0 ? 6 : p.maxNewRecipients));
        } else if (field == 5) {
            p.guardian = [guardianA, guardianB, address(0)][value % 3];
        } else if (field == 6) {
            p.breakerWindow =
                uint32(loosen ? bound(value, 1 hours, p.breakerWindow) : bound(value, p.breakerWindow, 1 days));
        } else if (field == 7) {
            p.loosenDelay = uint32(loosen ? bound(value, 0, p.loosenDelay) : bound(value, p.loosenDelay, 2 days));
        } else if (field == 8) {
            p.allowlistOnly = !loosen;
        } else {
            // Everything at once, in one direction.
            _mutate(p, 0, value, loosen);
            _mutate(p, 2, value >> 8, loosen);
            _mutate(p, 7, value >> 16, loosen);
        }
        // forge-lint: disable-end(unsafe-typecast)
    }

    /// @dev The specification's classification, written independently of the guard's: a change
    /// loosens when any field allows more than before (0 is "no limit" for the cap, the breaker
    /// rules and the end; a shorter window or delay, dropping the allowlist or replacing or removing
    /// a guardian is looser).
    function _loosens(ISpendingGuard.Policy memory a, ISpendingGuard.Policy memory b) internal pure returns (bool) {
        if (b.budget > a.budget) return true;
        if (_looserLimit(a.maxPayment, b.maxPayment)) return true;
        if (_looserLimit(a.breakerThreshold, b.breakerThreshold)) return true;
        if (_looserLimit(a.end, b.end)) return true;
        if (_looserLimit(a.maxNewRecipients, b.maxNewRecipients)) return true;
        if (b.breakerWindow < a.breakerWindow || b.loosenDelay < a.loosenDelay) return true;
        if (a.allowlistOnly && !b.allowlistOnly) return true;
        return a.guardian != address(0) && b.guardian != a.guardian;
    }

    function _looserLimit(uint256 a, uint256 b) internal pure returns (bool) {
        if (a == 0) return false; // from no limit, anything is at least as tight
        return b == 0 || b > a;
    }

    /// @dev The flags that stop a spend now, from the ghost.
    function _inactive() internal view returns (uint8 flags) {
        if (gPaused && !(gUnpauseAt != 0 && _now >= gUnpauseAt)) flags |= 1;
        if (gTripped) flags |= 2;
        if (gRevoked) flags |= 4;
    }

    /// @dev The flags as stored (a due unpause is only stored by the next spend).
    function _stored() internal view returns (uint8 flags) {
        if (gPaused) flags |= 1;
        if (gTripped) flags |= 2;
        if (gRevoked) flags |= 4;
    }

    function _period() internal view returns (uint256) {
        return (_now - _policy.start) / _policy.period;
    }

    /// @dev What the budget in force leaves in the current period (the window is checked before).
    function _left() internal view returns (uint256) {
        if (_now < _policy.start) return 0;
        uint256 spent = ghostPeriodSpent[_period()];
        return spent < _policy.budget ? _policy.budget - spent : 0;
    }

    function _touchPeriod() internal {
        if (_now < _policy.start) return;
        uint256 period = _period();
        if (_policy.budget > ghostPeriodMaxBudget[period]) ghostPeriodMaxBudget[period] = _policy.budget;
    }

    /// @dev After every action: the guard holds what the ghost says, and no tokens.
    function _check() internal {
        assertEq(abi.encode(guard.getPolicy(id)), abi.encode(_policy), "policy in force == ghost");
        ISpendingGuard.State memory s = guard.getState(id);
        assertEq(uint256(s.changeAt), pendingEffectiveAt, "changeAt == ghost");
        if (pendingEffectiveAt != 0) {
            assertEq(abi.encode(guard.getPendingPolicy(id)), abi.encode(_pending), "pending == ghost");
        }
        assertEq(uint256(s.flags), _stored(), "stored flags == ghost");
        assertEq(uint256(s.spent), ghostPeriodSpent[s.periodIndex], "spent == ghost spent of its period");
        if (usd.balanceOf(address(guard)) != 0) ++ghostTokensHeldAfterCall;
        uint256 remaining =
            _inactive() != 0 || _now < _policy.start || (_policy.end != 0 && _now >= _policy.end) ? 0 : _left();
        assertEq(guard.remaining(id), remaining, "remaining == ghost");
    }

    function _clearPending() internal {
        delete _pending;
        pendingQueuedAt = 0;
        pendingDelay = 0;
        pendingEffectiveAt = 0;
    }

    /// @dev The guardian when asked for and there is one, else the operator.
    function _tightener(bool byGuardian) internal view returns (address) {
        return byGuardian && _policy.guardian != address(0) ? _policy.guardian : operator;
    }

    function _subset(uint256 mask) internal view returns (address[] memory list) {
        mask = mask % 2 ** RECIPIENT_COUNT;
        if (mask == 0) mask = 1;
        uint256 n;
        for (uint256 i; i < RECIPIENT_COUNT; ++i) {
            if ((mask >> i) & 1 != 0) ++n;
        }
        list = new address[](n);
        n = 0;
        for (uint256 i; i < RECIPIENT_COUNT; ++i) {
            if ((mask >> i) & 1 != 0) list[n++] = _recipients[i];
        }
    }

    function _copy(ISpendingGuard.Policy memory p) internal pure returns (ISpendingGuard.Policy memory) {
        return abi.decode(abi.encode(p), (ISpendingGuard.Policy));
    }

    function _expectRevert(address caller, bytes memory call, bytes memory expected) internal {
        vm.prank(caller);
        (bool ok, bytes memory reason) = address(guard).call(call);
        assertFalse(ok, "call should have reverted");
        assertEq(reason, expected, "revert reason");
        ++ghostCalls["expectedRevert"];
    }
}
