// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {AttestationRegistry} from "../src/AttestationRegistry.sol";
import {Escrow} from "../src/Escrow.sol";
import {TestToken} from "../src/TestToken.sol";
import {IEscrow} from "../src/interfaces/IEscrow.sol";
import {Test} from "./base/Test.sol";
import {EscrowHandler, EscrowMaliciousToken} from "./helpers/EscrowHelpers.sol";

/// @notice Invariants of {Escrow} under random sequences of every operation, driven by {EscrowHandler}
/// with ETH, a standard token and a token that refuses some recipients, and with contract parties
/// whose payouts are deferred.
contract EscrowInvariantTest is Test {
    /// @dev What forge reads from {targetSelectors}.
    struct FuzzSelector {
        address addr;
        bytes4[] selectors;
    }

    Escrow internal escrow;
    EscrowHandler internal handler;

    function setUp() public {
        vm.warp(1_700_000_000);
        AttestationRegistry registry = new AttestationRegistry();
        escrow = new Escrow(registry);
        TestToken usd = new TestToken("Test USD", "TUSD");
        EscrowMaliciousToken mal = new EscrowMaliciousToken();
        handler = new EscrowHandler(escrow, registry, usd, mal);
        targetContract(address(handler));
    }

    /// @dev Only the actions: the refund probes and views are not for the fuzzer.
    function targetSelectors() public view returns (FuzzSelector[] memory targets) {
        bytes4[] memory selectors = new bytes4[](12);
        selectors[0] = EscrowHandler.openEscrow.selector;
        selectors[1] = EscrowHandler.openEscrow.selector; // twice: opening is weighted up
        selectors[2] = EscrowHandler.release.selector;
        selectors[3] = EscrowHandler.releaseOnProof.selector;
        selectors[4] = EscrowHandler.refund.selector;
        selectors[5] = EscrowHandler.returnFunds.selector;
        selectors[6] = EscrowHandler.dispute.selector;
        selectors[7] = EscrowHandler.resolve.selector;
        selectors[8] = EscrowHandler.withdraw.selector;
        selectors[9] = EscrowHandler.toggleRefusal.selector;
        selectors[10] = EscrowHandler.warp.selector;
        selectors[11] = EscrowHandler.warpToBoundary.selector;
        targets = new FuzzSelector[](1);
        targets[0] = FuzzSelector({addr: address(handler), selectors: selectors});
    }

    /// @notice Per token, the escrow holds at least what its open escrows still hold plus what it owes.
    function invariantSolvent() public view {
        address[] memory tokens = handler.tokens();
        for (uint256 i; i < tokens.length; ++i) {
            address token = tokens[i];
            assertGe(
                handler.escrowBalance(token),
                handler.sumActiveRemaining(token) + handler.sumOwed(token),
                "balance >= open remainders + owed"
            );
            // Nobody donates in these runs, so nothing should be stranded either.
            assertEq(
                handler.escrowBalance(token),
                handler.sumActiveRemaining(token) + handler.sumOwed(token),
                "balance == open remainders + owed"
            );
        }
    }

    /// @notice No escrow pays out more than it took in: what left on its account plus what it still
    /// holds is exactly its amount; a closed escrow holds nothing, an active one holds something.
    function invariantNoEscrowOverpays() public view {
        uint256 n = handler.entryCount();
        for (uint256 i; i < n; ++i) {
            EscrowHandler.Entry memory e = handler.entry(i);
            IEscrow.State memory s = escrow.getState(e.id);
            assertTrue(e.paidOut <= e.terms.amount, "paid out <= deposited");
            assertEq(e.paidOut + s.remaining, e.terms.amount, "paid out + remaining == deposited");
            assertTrue(s.status != IEscrow.Status.None, "opened escrows exist");
            assertTrue((s.status == IEscrow.Status.Closed) == (s.remaining == 0), "closed iff empty");
        }
    }

    /// @notice Funds reach a payee only by payer release, proof or arbiter ruling: each (fresh) payee
    /// has exactly what the handler credited through those paths, paid or owed.
    function invariantPayeePaidOnlyByAllowedPaths() public view {
        uint256 n = handler.entryCount();
        for (uint256 i; i < n; ++i) {
            EscrowHandler.Entry memory e = handler.entry(i);
            assertEq(handler.valueOf(e.terms.token, e.terms.payee), e.toPayee, "payee value == allowed credits");
        }
    }

    /// @notice Arbiters receive exactly the fees of their rulings, nothing else.
    function invariantArbitersPaidOnlyFees() public view {
        address[] memory tokens = handler.tokens();
        address[] memory arbiters = handler.arbiters();
        for (uint256 i; i < tokens.length; ++i) {
            uint256 sum;
            for (uint256 j; j < arbiters.length; ++j) {
                sum += handler.valueOf(tokens[i], arbiters[j]);
            }
            assertEq(sum, handler.ghostFees(tokens[i]), "arbiters hold exactly their fees");
        }
    }

    /// @notice Value is conserved: the escrow plus every account hold exactly what was minted or dealt.
    function invariantValueConserved() public view {
        address[] memory tokens = handler.tokens();
        for (uint256 i; i < tokens.length; ++i) {
            address token = tokens[i];
            assertEq(
                handler.escrowBalance(token) + handler.sumBalances(token),
                handler.ghostMinted(token),
                "escrow + accounts == minted"
            );
        }
    }

    /// @notice After the deadline (or a lapsed dispute) a refund always succeeds, for every escrow.
    function invariantRefundAlwaysPossibleWhenDue() public {
        handler.checkRefunds();
    }
}
