// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

import {AttestationRegistry} from "../src/AttestationRegistry.sol";
import {TaskBoard} from "../src/TaskBoard.sol";
import {TestToken} from "../src/TestToken.sol";
import {ITaskBoard} from "../src/interfaces/ITaskBoard.sol";
import {Test} from "./base/Test.sol";
import {BlocklistToken, TaskBoardHandler} from "./helpers/TaskBoardHelpers.sol";

/// @notice Random sequences of every TaskBoard action by four actors, in ETH, an EIP-3009 token
/// and a token that refuses payouts to blocked accounts, with time passing. The handler checks
/// each call's outcome and fund movements; these invariants check the board's books between calls.
contract TaskBoardInvariantTest is Test {
    TaskBoard internal board;
    TaskBoardHandler internal handler;

    function setUp() public {
        vm.warp(1_700_000_000);
        AttestationRegistry registry = new AttestationRegistry();
        board = new TaskBoard(registry);
        handler = new TaskBoardHandler(board, new TestToken("Test USD", "TUSD"), new BlocklistToken());
        targetContract(address(handler));
    }

    /// @notice Per asset, the board holds exactly the rewards and stakes of live tasks plus what it
    /// owes: nothing is lost, nothing left over (no fee-on-transfer token is involved).
    function invariantBoardBalanceEqualsHeldPlusOwed() public view {
        for (uint256 a = 0; a < handler.ASSET_COUNT(); ++a) {
            address asset = handler.assetAt(a);
            uint256 expected;
            for (uint256 i = 0; i < handler.taskCount(); ++i) {
                if (handler.ghostOf(i).task.token == asset) expected += handler.held(i);
            }
            for (uint256 k = 0; k < handler.ACTOR_COUNT(); ++k) {
                expected += board.owed(asset, handler.actorAt(k));
            }
            uint256 balance = asset == address(0) ? address(board).balance : IERC20(asset).balanceOf(address(board));
            assertEq(balance, expected, "board balance == held by live tasks + owed");
        }
    }

    /// @notice What the board owes each actor is exactly what the handler predicted from the
    /// payouts that could not be pushed, minus withdrawals.
    function invariantOwedMatchesDeferredPayouts() public view {
        for (uint256 a = 0; a < handler.ASSET_COUNT(); ++a) {
            address asset = handler.assetAt(a);
            for (uint256 k = 0; k < handler.ACTOR_COUNT(); ++k) {
                address actor = handler.actorAt(k);
                assertEq(board.owed(asset, actor), handler.ghostOwed(asset, actor), "owed == deferred - withdrawn");
            }
        }
    }

    /// @notice No task pays out more than it took in, a live task has paid out exactly what it no
    /// longer holds, and an ended task has paid out everything, once.
    function invariantNoTaskPaidTwice() public view {
        for (uint256 i = 0; i < handler.taskCount(); ++i) {
            TaskBoardHandler.Ghost memory g = handler.ghostOf(i);
            assertGe(g.paidIn, g.paidOut, "a task pays out at most what it took in");
            assertEq(g.paidIn - g.paidOut, handler.held(i), "took in - paid out == still held");
            assertTrue(g.endings <= 1, "a task ends at most once");
            if (g.endings == 1) assertEq(g.paidOut, g.paidIn, "an ended task has paid out everything");
        }
    }

    /// @notice The board's state of every task is the ghost's: status, worker and timestamp.
    function invariantStateMatchesGhost() public view {
        for (uint256 i = 0; i < handler.taskCount(); ++i) {
            TaskBoardHandler.Ghost memory g = handler.ghostOf(i);
            ITaskBoard.State memory state = board.getState(g.id);
            assertEq(uint256(state.status), uint256(g.status), "status");
            assertEq(uint256(state.since), g.since, "since");
            assertEq(state.worker, g.worker, "worker");
        }
    }

    /// @notice A task that ended is in exactly one terminal status, the one it ended in, forever.
    function invariantEndedTasksStayInTheirTerminalStatus() public view {
        for (uint256 i = 0; i < handler.taskCount(); ++i) {
            TaskBoardHandler.Ghost memory g = handler.ghostOf(i);
            ITaskBoard.Status status = board.getState(g.id).status;
            bool terminal = status >= ITaskBoard.Status.Completed;
            assertEq(terminal, g.endings == 1, "terminal exactly when the task ended");
            if (terminal) assertEq(uint256(status), uint256(g.endedAs), "the status it ended in");
        }
    }
}
