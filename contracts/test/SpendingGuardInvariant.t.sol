// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {AttestationRegistry} from "../src/AttestationRegistry.sol";
import {Escrow} from "../src/Escrow.sol";
import {SpendingGuard} from "../src/SpendingGuard.sol";
import {TaskBoard} from "../src/TaskBoard.sol";
import {TestToken} from "../src/TestToken.sol";
import {ISpendingGuard} from "../src/interfaces/ISpendingGuard.sol";
import {Test} from "./base/Test.sol";
import {SpendingGuardHandler} from "./helpers/SpendingGuardHandler.sol";

/// @notice Invariants of {SpendingGuard} under random sequences of spends (several recipients,
/// bursts that trip the breaker), changes that tighten and loosen every field, applied and cancelled
/// changes, pauses and unpauses, resets, revocation, allowlisting and removal, and time moved across
/// period boundaries and to the exact seconds rules change. {SpendingGuardHandler} predicts each
/// call's outcome from its ghost state; these invariants check the books between calls.
contract SpendingGuardInvariantTest is Test {
    /// @dev What forge reads from {targetSelectors}.
    struct FuzzSelector {
        address addr;
        bytes4[] selectors;
    }

    SpendingGuard internal guard;
    TestToken internal usd;
    SpendingGuardHandler internal handler;

    function setUp() public {
        vm.warp(1_700_000_000);
        AttestationRegistry registry = new AttestationRegistry();
        guard = new SpendingGuard(new Escrow(registry), new TaskBoard(registry));
        usd = new TestToken("Test USD", "TUSD");
        handler = new SpendingGuardHandler(guard, usd);
        targetContract(address(handler));
    }

    /// @dev Only the actions; spending is weighted up.
    function targetSelectors() public view returns (FuzzSelector[] memory targets) {
        bytes4[] memory selectors = new bytes4[](19);
        selectors[0] = SpendingGuardHandler.spend.selector;
        selectors[1] = SpendingGuardHandler.spend.selector;
        selectors[2] = SpendingGuardHandler.spend.selector;
        selectors[3] = SpendingGuardHandler.burst.selector;
        selectors[4] = SpendingGuardHandler.change.selector;
        selectors[5] = SpendingGuardHandler.change.selector;
        selectors[6] = SpendingGuardHandler.applyChange.selector;
        selectors[7] = SpendingGuardHandler.cancelChange.selector;
        selectors[8] = SpendingGuardHandler.pause.selector;
        selectors[9] = SpendingGuardHandler.unpause.selector;
        selectors[10] = SpendingGuardHandler.resetBreaker.selector;
        selectors[11] = SpendingGuardHandler.revoke.selector;
        selectors[12] = SpendingGuardHandler.allowRecipients.selector;
        selectors[13] = SpendingGuardHandler.removeRecipients.selector;
        selectors[14] = SpendingGuardHandler.warp.selector;
        selectors[15] = SpendingGuardHandler.warpToBoundary.selector;
        selectors[16] = SpendingGuardHandler.warpToBoundary.selector;
        selectors[17] = SpendingGuardHandler.spend.selector;
        selectors[18] = SpendingGuardHandler.warp.selector;
        targets = new FuzzSelector[](1);
        targets[0] = FuzzSelector({addr: address(handler), selectors: selectors});
    }

    /// @notice In every period, what was spent never exceeds the largest budget in force during that
    /// period, and no single spend took the period's total above the budget in force when it was made.
    function invariantPeriodSpendWithinBudget() public view {
        uint256 n = handler.periodCount();
        for (uint256 i; i < n; ++i) {
            uint256 period = handler.periodAt(i);
            assertTrue(
                handler.ghostPeriodSpent(period) <= handler.ghostPeriodMaxBudget(period),
                "period total <= max budget in force during the period"
            );
        }
        assertEq(handler.ghostSpendsOverBudget(), 0, "each spend within the budget in force then");
    }

    /// @notice The guard's record of the current period agrees with the ghost's.
    function invariantStoredSpentMatchesGhost() public view {
        bytes32 id = handler.id();
        ISpendingGuard.State memory s = guard.getState(id);
        assertEq(uint256(s.spent), handler.ghostPeriodSpent(s.periodIndex), "stored spent == ghost");
        assertTrue(
            s.spent <= handler.ghostPeriodMaxBudget(s.periodIndex), "stored spent <= max budget in force in its period"
        );
    }

    /// @notice Nothing is paid while tripped, paused, revoked, before the start or from the end on.
    function invariantNothingSpentWhileInactive() public view {
        assertEq(handler.ghostSpendsWhileInactive(), 0, "no spend while inactive or outside the window");
    }

    /// @notice A loosening never applies before its delay: the policy in force is the ghost's, which
    /// only takes a loosening when applied at or after queue time + the delay in force then.
    function invariantLooseningNeverEarly() public view {
        assertEq(handler.ghostEarlyLoosenings(), 0, "no loosening applied early");
        assertEq(abi.encode(guard.getPolicy(handler.id())), abi.encode(handler.ghostPolicy()), "policy == ghost");
        uint256 effectiveAt = handler.pendingEffectiveAt();
        if (effectiveAt != 0) {
            assertEq(effectiveAt, handler.pendingQueuedAt() + handler.pendingDelay(), "queued for the full delay");
        }
    }

    /// @notice The guard never holds tokens after a call, nor keeps an allowance.
    function invariantGuardHoldsNothing() public view {
        assertEq(usd.balanceOf(address(guard)), 0, "guard balance");
        assertEq(handler.ghostTokensHeldAfterCall(), 0, "never held after a call");
    }

    /// @notice Tokens are conserved: the operator's balance dropped by exactly what recipients got,
    /// which is exactly what the successful spends paid.
    function invariantTokensConserved() public view {
        uint256 received;
        for (uint256 i; i < handler.RECIPIENT_COUNT(); ++i) {
            received += usd.balanceOf(handler.recipientAt(i));
        }
        uint256 paidByOperator = handler.OPERATOR_FUNDS() - usd.balanceOf(handler.operator());
        assertEq(paidByOperator, received, "operator drop == recipients' receipts");
        assertEq(paidByOperator, handler.ghostPaid(), "operator drop == sum of spends");
    }
}
