// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {ERC3009} from "@openzeppelin/contracts/token/ERC20/extensions/draft-ERC3009.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";

import {AttestationRegistry} from "../src/AttestationRegistry.sol";
import {Escrow} from "../src/Escrow.sol";
import {TestToken} from "../src/TestToken.sol";
import {IAttestationRegistry} from "../src/interfaces/IAttestationRegistry.sol";
import {IEscrow} from "../src/interfaces/IEscrow.sol";
import {IPayouts} from "../src/interfaces/IPayouts.sol";
import {bound} from "./base/Bound.sol";
import {Test} from "./base/Test.sol";
import {EscrowEthReceiver, EscrowFeeOnTransferToken, EscrowMaliciousToken} from "./helpers/EscrowHelpers.sol";

/// @notice Unit and fuzz tests of {Escrow}: opening (direct, permit, EIP-3009 authorization), release
/// by payer and by proof, refunds, disputes, rulings, returns, deferred payments and re-entrancy.
contract EscrowTest is Test {
    bytes32 internal constant PERMIT_TYPEHASH =
        keccak256("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)");
    bytes32 internal constant RECEIVE_TYPEHASH = keccak256(
        "ReceiveWithAuthorization(address from,address to,uint256 value,uint256 validAfter,uint256 validBefore,bytes32 nonce)"
    );

    uint64 internal constant START = 1_700_000_000;
    uint64 internal constant DEADLINE = START + 7 days;
    uint256 internal constant AMOUNT = 1000e6;
    uint16 internal constant FEE_BPS = 250;
    uint256 internal constant PERIOD = 30 days;

    Escrow internal escrow;
    AttestationRegistry internal registry;
    TestToken internal usd;
    bytes32 internal schema;
    bytes32 internal otherSchema;

    address internal payer;
    uint256 internal payerKey;
    address internal payee;
    address internal arbiter;
    address internal attester;
    address internal relayer;
    address internal stranger;

    function setUp() public {
        vm.warp(START);
        registry = new AttestationRegistry();
        escrow = new Escrow(registry);
        usd = new TestToken("Test USD", "TUSD");
        (payer, payerKey) = makeAccount("payer");
        payee = makeAddr("payee");
        arbiter = makeAddr("arbiter");
        attester = makeAddr("attester");
        relayer = makeAddr("relayer");
        stranger = makeAddr("stranger");
        schema = registry.registerSchema("bytes32 escrowId,bytes32 resultHash", address(0), true);
        otherSchema = registry.registerSchema("bytes32 escrowId", address(0), true);
        usd.mint(payer, 1_000_000e6);
        vm.deal(payer, 1_000_000e6);
    }

    // ================================================================ helpers

    /// @dev Token escrow with an arbiter (2.5% fee) and a release condition.
    function _terms() internal view returns (IEscrow.Terms memory) {
        return IEscrow.Terms({
            payer: payer,
            payee: payee,
            token: address(usd),
            amount: AMOUNT,
            deadline: DEADLINE,
            arbiter: arbiter,
            arbiterFeeBps: FEE_BPS,
            conditionSchema: schema,
            conditionAttester: attester,
            salt: bytes32(0)
        });
    }

    function _ethTerms() internal view returns (IEscrow.Terms memory t) {
        t = _terms();
        t.token = address(0);
    }

    /// @dev No arbiter, no condition.
    function _plainTerms() internal view returns (IEscrow.Terms memory t) {
        t = _terms();
        t.arbiter = address(0);
        t.arbiterFeeBps = 0;
        t.conditionSchema = bytes32(0);
        t.conditionAttester = address(0);
    }

    /// @dev A copy (assigning a memory struct only copies the reference).
    function _copy(IEscrow.Terms memory t) internal pure returns (IEscrow.Terms memory) {
        return abi.decode(abi.encode(t), (IEscrow.Terms));
    }

    function _id(IEscrow.Terms memory t) internal view returns (bytes32) {
        return keccak256(abi.encode(block.chainid, address(escrow), t));
    }

    /// @dev Opens `t` as its payer, funding it directly (ETH as value, tokens by exact approval).
    function _open(IEscrow.Terms memory t) internal returns (bytes32 id) {
        if (t.token == address(0)) {
            vm.deal(t.payer, t.payer.balance + t.amount);
            vm.prank(t.payer);
            return escrow.open{value: t.amount}(t);
        }
        vm.prank(t.payer);
        IERC20(t.token).approve(address(escrow), t.amount);
        vm.prank(t.payer);
        id = escrow.open(t);
    }

    function _balance(address token, address account) internal view returns (uint256) {
        return token == address(0) ? account.balance : IERC20(token).balanceOf(account);
    }

    function _assertState(bytes32 id, uint256 remaining, IEscrow.Status status, uint256 disputedAt) internal view {
        IEscrow.State memory s = escrow.getState(id);
        assertEq(uint256(s.remaining), remaining, "state.remaining");
        assertEq(uint256(s.status), uint256(status), "state.status");
        assertEq(uint256(s.disputedAt), disputedAt, "state.disputedAt");
    }

    function _expectWrongStatus(bytes32 id, IEscrow.Status status) internal {
        vm.expectRevert(abi.encodeWithSelector(IEscrow.EscrowWrongStatus.selector, id, status));
    }

    function _expectInvalidTerms(IEscrow.Terms memory t, string memory reason) internal {
        vm.deal(t.payer, t.amount <= type(uint128).max ? t.amount : 0);
        vm.expectRevert(abi.encodeWithSelector(IEscrow.EscrowInvalidTerms.selector, reason));
        vm.prank(t.payer);
        escrow.open{value: t.token == address(0) ? t.payer.balance : 0}(t);
    }

    function _signPermit(uint256 key, address owner, uint256 value, uint256 deadline)
        internal
        view
        returns (uint8, bytes32, bytes32)
    {
        bytes32 structHash =
            keccak256(abi.encode(PERMIT_TYPEHASH, owner, address(escrow), value, usd.nonces(owner), deadline));
        return vm.sign(key, keccak256(abi.encodePacked("\x19\x01", usd.DOMAIN_SEPARATOR(), structHash)));
    }

    /// @dev The payer's EIP-3009 `ReceiveWithAuthorization` for `t`, with the escrow id as nonce.
    function _signAuthorization(IEscrow.Terms memory t, uint256 validAfter, uint256 validBefore)
        internal
        view
        returns (uint8, bytes32, bytes32)
    {
        bytes32 structHash = keccak256(
            abi.encode(RECEIVE_TYPEHASH, t.payer, address(escrow), t.amount, validAfter, validBefore, _id(t))
        );
        return vm.sign(payerKey, keccak256(abi.encodePacked("\x19\x01", usd.DOMAIN_SEPARATOR(), structHash)));
    }

    /// @dev `attester_` attests under `schema_` with `refUID`; returns the content to present as proof.
    function _attest(bytes32 schema_, address attester_, bytes32 refUID, uint64 expirationTime)
        internal
        returns (IAttestationRegistry.AttestationContent memory content, bytes32 uid)
    {
        bytes memory data = abi.encode(refUID, keccak256("delivered"));
        vm.prank(attester_);
        uid = registry.attest(
            IAttestationRegistry.AttestationRequest({
                schema: schema_,
                recipient: payee,
                expirationTime: expirationTime,
                revocable: true,
                refUID: refUID,
                data: data
            })
        );
        content = IAttestationRegistry.AttestationContent({
            schema: schema_,
            attester: attester_,
            recipient: payee,
            expirationTime: expirationTime,
            revocable: true,
            refUID: refUID,
            dataHash: keccak256(data)
        });
    }

    function _dispute(IEscrow.Terms memory t, address by) internal {
        vm.prank(by);
        escrow.dispute(t);
    }

    // ================================================================== open

    function testOpenEthStoresStateAndEmits() public {
        IEscrow.Terms memory t = _ethTerms();
        bytes32 expected = _id(t);
        uint256 payerBefore = payer.balance;

        vm.expectEmit(address(escrow));
        emit IEscrow.EscrowOpened(expected, payer, payee, t, IEscrow.Funding.Direct, payer);
        vm.prank(payer);
        bytes32 id = escrow.open{value: AMOUNT}(t);

        assertEq(id, expected, "id = keccak256(chainid, escrow, terms)");
        assertEq(escrow.escrowId(t), expected, "escrowId view matches");
        _assertState(id, AMOUNT, IEscrow.Status.Open, 0);
        assertEq(address(escrow).balance, AMOUNT, "escrow holds the ETH");
        assertEq(payer.balance, payerBefore - AMOUNT, "payer paid the ETH");
    }

    function testOpenTokenStoresStateAndEmits() public {
        IEscrow.Terms memory t = _terms();
        bytes32 expected = _id(t);
        vm.prank(payer);
        usd.approve(address(escrow), AMOUNT);

        vm.expectEmit(address(escrow));
        emit IEscrow.EscrowOpened(expected, payer, payee, t, IEscrow.Funding.Direct, payer);
        vm.prank(payer);
        bytes32 id = escrow.open(t);

        assertEq(id, expected, "id = keccak256(chainid, escrow, terms)");
        _assertState(id, AMOUNT, IEscrow.Status.Open, 0);
        assertEq(usd.balanceOf(address(escrow)), AMOUNT, "escrow holds the tokens");
        assertEq(usd.balanceOf(payer), 1_000_000e6 - AMOUNT, "payer paid the tokens");
        assertEq(usd.allowance(payer, address(escrow)), 0, "allowance used up");
    }

    function testOpenIdCommitsToEveryTermChainAndContract() public {
        IEscrow.Terms memory t = _terms();
        bytes32 id = escrow.escrowId(t);
        t.salt = bytes32(uint256(1));
        assertTrue(escrow.escrowId(t) != id, "salt changes the id");
        t.salt = bytes32(0);
        t.deadline += 1;
        assertTrue(escrow.escrowId(t) != id, "deadline changes the id");
        t.deadline -= 1;
        assertEq(escrow.escrowId(t), id, "same terms, same id");

        Escrow other = new Escrow(registry);
        assertTrue(other.escrowId(t) != id, "another deployment gives another id");

        uint256 originalChain = block.chainid;
        vm.chainId(originalChain + 1);
        Escrow onOtherChain = new Escrow(registry);
        bytes32 forked = onOtherChain.escrowId(t);
        assertTrue(forked != id, "another chain gives another id");
        assertEq(forked, keccak256(abi.encode(originalChain + 1, address(onOtherChain), t)), "formula");
    }

    /// @dev Documents a consequence of the id formula: after a chain-id change (a fork), existing
    /// escrows are no longer found under their terms; their funds cannot move on that chain.
    function testOpenChainSplitKeepsExistingEscrowsReachable() public {
        IEscrow.Terms memory t = _terms();
        bytes32 id = _open(t);
        vm.chainId(block.chainid + 1);
        assertEq(escrow.escrowId(t), id, "id fixed at the deployment's chain id");
        vm.warp(DEADLINE);
        uint256 before = usd.balanceOf(payer);
        escrow.refund(t);
        assertEq(usd.balanceOf(payer) - before, AMOUNT, "refundable after the split");
        _assertState(id, 0, IEscrow.Status.Closed, 0);
    }

    function testOpenSameTermsWithAnotherSaltSucceeds() public {
        IEscrow.Terms memory t = _terms();
        bytes32 first = _open(t);
        t.salt = bytes32(uint256(1));
        bytes32 second = _open(t);
        assertTrue(first != second, "distinct ids");
        _assertState(second, AMOUNT, IEscrow.Status.Open, 0);
        assertEq(usd.balanceOf(address(escrow)), 2 * AMOUNT, "both funded");
    }

    function testOpenByFunderOnPayersBehalf() public {
        // A funder (e.g. a SpendingGuard) pays; the payer controls the escrow and gets its refunds.
        IEscrow.Terms memory t = _terms();
        usd.mint(stranger, AMOUNT);
        vm.prank(stranger);
        usd.approve(address(escrow), AMOUNT);
        uint256 payerBefore = usd.balanceOf(payer);
        vm.expectEmit(address(escrow));
        emit IEscrow.EscrowOpened(_id(t), payer, payee, t, IEscrow.Funding.Direct, stranger);
        vm.prank(stranger);
        bytes32 id = escrow.open(t);
        assertEq(usd.balanceOf(stranger), 0, "funder paid");
        assertEq(usd.balanceOf(payer), payerBefore, "payer paid nothing");
        _assertState(id, AMOUNT, IEscrow.Status.Open, 0);

        vm.expectRevert(abi.encodeWithSelector(IEscrow.EscrowUnauthorized.selector, id, stranger));
        vm.prank(stranger);
        escrow.release(t, 1);

        vm.warp(t.deadline + 1);
        escrow.refund(t);
        assertEq(usd.balanceOf(payer), payerBefore + AMOUNT, "refund goes to the payer");
        assertEq(usd.balanceOf(stranger), 0, "nothing back to the funder");
    }

    function testOpenByFunderNeedsTheFundersApproval() public {
        // The payer's own approval is not used when someone else opens.
        IEscrow.Terms memory t = _terms();
        vm.prank(payer);
        usd.approve(address(escrow), AMOUNT);
        vm.expectRevert();
        vm.prank(stranger);
        escrow.open(t);
        assertEq(uint256(escrow.getState(_id(t)).status), uint256(IEscrow.Status.None), "nothing opened");
        assertEq(usd.balanceOf(address(escrow)), 0, "nothing pulled from the payer");
    }

    function testOpenEthWrongValueReverts() public {
        IEscrow.Terms memory t = _ethTerms();
        uint256[3] memory values = [AMOUNT - 1, AMOUNT + 1, 0];
        for (uint256 i; i < values.length; ++i) {
            vm.expectRevert(abi.encodeWithSelector(IPayouts.PayoutsWrongValue.selector, AMOUNT, values[i]));
            vm.prank(payer);
            escrow.open{value: values[i]}(t);
        }
        assertEq(address(escrow).balance, 0, "no ETH kept");
    }

    function testOpenTokenWithValueReverts() public {
        IEscrow.Terms memory t = _terms();
        vm.prank(payer);
        usd.approve(address(escrow), AMOUNT);
        vm.expectRevert(abi.encodeWithSelector(IPayouts.PayoutsWrongValue.selector, 0, 1));
        vm.prank(payer);
        escrow.open{value: 1}(t);
        assertEq(usd.balanceOf(address(escrow)), 0, "no tokens pulled");
    }

    function testOpenZeroPayeeReverts() public {
        IEscrow.Terms memory t = _ethTerms();
        t.payee = address(0);
        _expectInvalidTerms(t, "zero party");
    }

    function testOpenZeroPayerReverts() public {
        IEscrow.Terms memory t = _ethTerms();
        t.payer = address(0);
        _expectInvalidTerms(t, "zero party");
    }

    function testOpenPayerIsPayeeReverts() public {
        IEscrow.Terms memory t = _ethTerms();
        t.payee = payer;
        _expectInvalidTerms(t, "payer is payee");
    }

    function testOpenZeroAmountReverts() public {
        IEscrow.Terms memory t = _ethTerms();
        t.amount = 0;
        _expectInvalidTerms(t, "amount");
    }

    function testOpenAmountAboveUint128Reverts() public {
        IEscrow.Terms memory t = _terms();
        t.amount = uint256(type(uint128).max) + 1;
        usd.mint(payer, t.amount);
        vm.prank(payer);
        usd.approve(address(escrow), t.amount);
        _expectInvalidTerms(t, "amount");
    }

    function testOpenMaxAmountSucceeds() public {
        IEscrow.Terms memory t = _terms();
        t.amount = type(uint128).max;
        usd.mint(payer, t.amount);
        bytes32 id = _open(t);
        _assertState(id, type(uint128).max, IEscrow.Status.Open, 0);
    }

    function testOpenDeadlineNotInFutureReverts() public {
        IEscrow.Terms memory t = _ethTerms();
        t.deadline = START;
        _expectInvalidTerms(t, "deadline not in the future");
        t.deadline = START - 1;
        _expectInvalidTerms(t, "deadline not in the future");
        t.deadline = START + 1;
        bytes32 id = _open(t);
        _assertState(id, AMOUNT, IEscrow.Status.Open, 0);
    }

    function testOpenArbiterIsPayerReverts() public {
        IEscrow.Terms memory t = _ethTerms();
        t.arbiter = payer;
        _expectInvalidTerms(t, "arbiter is a party");
    }

    function testOpenArbiterIsPayeeReverts() public {
        IEscrow.Terms memory t = _ethTerms();
        t.arbiter = payee;
        _expectInvalidTerms(t, "arbiter is a party");
    }

    function testOpenEscrowAsPayeeOrArbiterReverts() public {
        IEscrow.Terms memory t = _ethTerms();
        t.payee = address(escrow);
        _expectInvalidTerms(t, "escrow as a party");
        t = _ethTerms();
        t.arbiter = address(escrow);
        _expectInvalidTerms(t, "escrow as a party");
    }

    function testOpenFeeAboveMaxReverts() public {
        IEscrow.Terms memory t = _ethTerms();
        t.arbiterFeeBps = 10_001;
        _expectInvalidTerms(t, "arbiter fee");
        t.arbiterFeeBps = 10_000;
        bytes32 id = _open(t);
        _assertState(id, AMOUNT, IEscrow.Status.Open, 0);
    }

    function testOpenFeeWithoutArbiterReverts() public {
        IEscrow.Terms memory t = _ethTerms();
        t.arbiter = address(0);
        t.arbiterFeeBps = 1;
        _expectInvalidTerms(t, "arbiter fee");
    }

    function testOpenSchemaWithoutAttesterReverts() public {
        IEscrow.Terms memory t = _ethTerms();
        t.conditionAttester = address(0);
        _expectInvalidTerms(t, "condition needs both schema and attester");
    }

    function testOpenAttesterWithoutSchemaReverts() public {
        IEscrow.Terms memory t = _ethTerms();
        t.conditionSchema = bytes32(0);
        _expectInvalidTerms(t, "condition needs both schema and attester");
    }

    function testOpenDuplicateReverts() public {
        IEscrow.Terms memory t = _terms();
        bytes32 id = _open(t);
        vm.prank(payer);
        usd.approve(address(escrow), AMOUNT);
        vm.expectRevert(abi.encodeWithSelector(IEscrow.EscrowExists.selector, id));
        vm.prank(payer);
        escrow.open(t);

        // Still taken once closed: ids are never reused.
        vm.prank(payer);
        escrow.release(t, AMOUNT);
        vm.expectRevert(abi.encodeWithSelector(IEscrow.EscrowExists.selector, id));
        vm.prank(payer);
        escrow.open(t);
        assertEq(usd.balanceOf(payee), AMOUNT, "only the first escrow was funded and paid");
    }

    function testOpenFeeOnTransferTokenReverts() public {
        EscrowFeeOnTransferToken fot = new EscrowFeeOnTransferToken();
        fot.mint(payer, AMOUNT);
        IEscrow.Terms memory t = _terms();
        t.token = address(fot);
        vm.prank(payer);
        fot.approve(address(escrow), AMOUNT);
        uint256 received = AMOUNT - (AMOUNT / 100 + 1);
        vm.expectRevert(abi.encodeWithSelector(IPayouts.PayoutsFeeOnTransfer.selector, address(fot), AMOUNT, received));
        vm.prank(payer);
        escrow.open(t);
        assertEq(fot.balanceOf(payer), AMOUNT, "nothing moved");
    }

    function testOpenInsufficientAllowanceReverts() public {
        IEscrow.Terms memory t = _terms();
        vm.prank(payer);
        usd.approve(address(escrow), AMOUNT - 1);
        vm.expectRevert(
            abi.encodeWithSelector(
                IERC20Errors.ERC20InsufficientAllowance.selector, address(escrow), AMOUNT - 1, AMOUNT
            )
        );
        vm.prank(payer);
        escrow.open(t);
        assertEq(uint256(escrow.getState(_id(t)).status), uint256(IEscrow.Status.None), "nothing opened");
    }

    function testOpenInsufficientBalanceReverts() public {
        IEscrow.Terms memory t = _terms();
        t.amount = 1_000_000e6 + 1;
        vm.prank(payer);
        usd.approve(address(escrow), t.amount);
        vm.expectRevert(
            abi.encodeWithSelector(IERC20Errors.ERC20InsufficientBalance.selector, payer, 1_000_000e6, t.amount)
        );
        vm.prank(payer);
        escrow.open(t);
        assertEq(usd.balanceOf(payer), 1_000_000e6, "payer keeps its tokens");
    }

    // ========================================================= openWithPermit

    function testOpenWithPermitSucceeds() public {
        IEscrow.Terms memory t = _terms();
        (uint8 v, bytes32 r, bytes32 s) = _signPermit(payerKey, payer, AMOUNT, START + 1 hours);
        vm.expectEmit(address(escrow));
        emit IEscrow.EscrowOpened(_id(t), payer, payee, t, IEscrow.Funding.Permit, payer);
        vm.prank(payer);
        bytes32 id = escrow.openWithPermit(t, START + 1 hours, v, r, s);

        _assertState(id, AMOUNT, IEscrow.Status.Open, 0);
        assertEq(usd.balanceOf(address(escrow)), AMOUNT, "escrow funded");
        assertEq(usd.nonces(payer), 1, "permit used");
        assertEq(usd.allowance(payer, address(escrow)), 0, "allowance used up");
    }

    function testOpenWithPermitFrontRunSucceeds() public {
        IEscrow.Terms memory t = _terms();
        (uint8 v, bytes32 r, bytes32 s) = _signPermit(payerKey, payer, AMOUNT, START + 1 hours);
        // Someone sees the permit in the mempool and submits it first.
        vm.prank(stranger);
        usd.permit(payer, address(escrow), AMOUNT, START + 1 hours, v, r, s);
        assertEq(usd.nonces(payer), 1, "permit front-run");

        vm.prank(payer);
        bytes32 id = escrow.openWithPermit(t, START + 1 hours, v, r, s);
        _assertState(id, AMOUNT, IEscrow.Status.Open, 0);
        assertEq(usd.balanceOf(address(escrow)), AMOUNT, "escrow funded from the existing allowance");
    }

    function testOpenWithPermitByNonPayerReverts() public {
        IEscrow.Terms memory t = _terms();
        (uint8 v, bytes32 r, bytes32 s) = _signPermit(payerKey, payer, AMOUNT, START + 1 hours);
        vm.expectRevert(abi.encodeWithSelector(IEscrow.EscrowUnauthorized.selector, _id(t), relayer));
        vm.prank(relayer);
        escrow.openWithPermit(t, START + 1 hours, v, r, s);
        assertEq(usd.nonces(payer), 0, "permit untouched");
    }

    function testOpenWithPermitBadSignatureWithoutAllowanceReverts() public {
        IEscrow.Terms memory t = _terms();
        (, uint256 otherKey) = makeAccount("not the payer");
        (uint8 v, bytes32 r, bytes32 s) = _signPermit(otherKey, payer, AMOUNT, START + 1 hours);
        vm.expectRevert(
            abi.encodeWithSelector(IERC20Errors.ERC20InsufficientAllowance.selector, address(escrow), 0, AMOUNT)
        );
        vm.prank(payer);
        escrow.openWithPermit(t, START + 1 hours, v, r, s);
        assertEq(usd.balanceOf(address(escrow)), 0, "nothing pulled");
    }

    function testOpenWithPermitEthTermsReverts() public {
        IEscrow.Terms memory t = _ethTerms();
        (uint8 v, bytes32 r, bytes32 s) = _signPermit(payerKey, payer, AMOUNT, START + 1 hours);
        vm.expectRevert(abi.encodeWithSelector(IEscrow.EscrowInvalidTerms.selector, "signature funding needs a token"));
        vm.prank(payer);
        escrow.openWithPermit(t, START + 1 hours, v, r, s);
        assertEq(uint256(escrow.getState(_id(t)).status), uint256(IEscrow.Status.None), "nothing opened");
    }

    // =================================================== openWithAuthorization

    function testOpenWithAuthorizationByRelayerSucceeds() public {
        IEscrow.Terms memory t = _terms();
        bytes32 id = _id(t);
        (uint8 v, bytes32 r, bytes32 s) = _signAuthorization(t, 0, START + 1 hours);
        vm.expectEmit(address(escrow));
        emit IEscrow.EscrowOpened(id, payer, payee, t, IEscrow.Funding.Authorization, payer);
        vm.prank(relayer);
        assertEq(escrow.openWithAuthorization(t, 0, START + 1 hours, v, r, s), id, "returns the id");

        _assertState(id, AMOUNT, IEscrow.Status.Open, 0);
        assertEq(usd.balanceOf(address(escrow)), AMOUNT, "escrow funded");
        assertEq(usd.balanceOf(relayer), 0, "relayer paid nothing and got nothing");
        assertTrue(usd.authorizationState(payer, id), "authorization nonce = escrow id, used");
    }

    /// @dev A replay with the same terms hits the same id, so it stops at {EscrowExists} before the
    /// token is even called.
    function testOpenWithAuthorizationReplayReverts() public {
        IEscrow.Terms memory t = _terms();
        (uint8 v, bytes32 r, bytes32 s) = _signAuthorization(t, 0, START + 1 hours);
        vm.prank(relayer);
        bytes32 id = escrow.openWithAuthorization(t, 0, START + 1 hours, v, r, s);

        vm.expectRevert(abi.encodeWithSelector(IEscrow.EscrowExists.selector, id));
        vm.prank(stranger);
        escrow.openWithAuthorization(t, 0, START + 1 hours, v, r, s);
        assertEq(usd.balanceOf(address(escrow)), AMOUNT, "funded once");
        assertEq(usd.balanceOf(payer), 1_000_000e6 - AMOUNT, "payer charged once");
    }

    /// @dev The token's own replay protection: a used (here cancelled) nonce cannot fund the escrow.
    function testOpenWithAuthorizationUsedNonceReverts() public {
        IEscrow.Terms memory t = _terms();
        bytes32 id = _id(t);
        bytes32 cancelHash = keccak256(
            abi.encodePacked(
                "\x19\x01",
                usd.DOMAIN_SEPARATOR(),
                keccak256(abi.encode(keccak256("CancelAuthorization(address authorizer,bytes32 nonce)"), payer, id))
            )
        );
        (uint8 cv, bytes32 cr, bytes32 cs) = vm.sign(payerKey, cancelHash);
        usd.cancelAuthorization(payer, id, cv, cr, cs);

        (uint8 v, bytes32 r, bytes32 s) = _signAuthorization(t, 0, START + 1 hours);
        vm.expectRevert(abi.encodeWithSelector(ERC3009.ERC3009UsedAuthorization.selector, payer, id));
        vm.prank(relayer);
        escrow.openWithAuthorization(t, 0, START + 1 hours, v, r, s);
        assertEq(uint256(escrow.getState(id).status), uint256(IEscrow.Status.None), "nothing opened");
    }

    function testOpenWithAuthorizationExpiredReverts() public {
        IEscrow.Terms memory t = _terms();
        uint256 validBefore = START + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = _signAuthorization(t, 0, validBefore);
        vm.warp(validBefore);
        vm.expectRevert(abi.encodeWithSelector(ERC3009.ERC3009InvalidAuthorizationTime.selector, 0, validBefore));
        vm.prank(relayer);
        escrow.openWithAuthorization(t, 0, validBefore, v, r, s);
        assertEq(usd.balanceOf(address(escrow)), 0, "nothing moved");
    }

    function testOpenWithAuthorizationNotYetValidReverts() public {
        IEscrow.Terms memory t = _terms();
        (uint8 v, bytes32 r, bytes32 s) = _signAuthorization(t, START, START + 1 hours);
        vm.expectRevert(
            abi.encodeWithSelector(ERC3009.ERC3009InvalidAuthorizationTime.selector, START, START + 1 hours)
        );
        vm.prank(relayer);
        escrow.openWithAuthorization(t, START, START + 1 hours, v, r, s);
        assertEq(usd.balanceOf(address(escrow)), 0, "nothing moved");
    }

    /// @dev The relayer cannot change any term: the id, hence the signed nonce, would differ.
    function testOpenWithAuthorizationChangedTermsReverts() public {
        IEscrow.Terms memory signed = _terms();
        (uint8 v, bytes32 r, bytes32 s) = _signAuthorization(signed, 0, START + 1 hours);
        TestToken otherToken = new TestToken("Test USD", "TUSD");
        otherToken.mint(payer, AMOUNT);

        IEscrow.Terms[10] memory changed;
        for (uint256 i; i < changed.length; ++i) {
            changed[i] = _terms();
        }
        changed[0].payee = relayer;
        changed[1].amount = AMOUNT - 1;
        changed[2].deadline = DEADLINE + 1;
        changed[3].arbiter = relayer;
        changed[4].arbiterFeeBps = FEE_BPS + 1;
        changed[5].conditionAttester = relayer;
        changed[6].conditionSchema = otherSchema;
        changed[7].salt = bytes32(uint256(1));
        changed[8].token = address(otherToken);
        changed[9].payer = stranger;
        for (uint256 i; i < changed.length; ++i) {
            vm.expectRevert(ERC3009.ERC3009InvalidSignature.selector);
            vm.prank(relayer);
            escrow.openWithAuthorization(changed[i], 0, START + 1 hours, v, r, s);
        }
        // Nor can it change the validity window it relays.
        vm.expectRevert(ERC3009.ERC3009InvalidSignature.selector);
        vm.prank(relayer);
        escrow.openWithAuthorization(signed, 0, START + 2 hours, v, r, s);

        assertEq(usd.balanceOf(payer), 1_000_000e6, "payer not charged");
        vm.prank(relayer);
        escrow.openWithAuthorization(signed, 0, START + 1 hours, v, r, s);
        assertEq(usd.balanceOf(address(escrow)), AMOUNT, "the signed terms still open");
    }

    function testOpenWithAuthorizationEthTermsReverts() public {
        IEscrow.Terms memory t = _ethTerms();
        (uint8 v, bytes32 r, bytes32 s) = _signAuthorization(t, 0, START + 1 hours);
        vm.expectRevert(abi.encodeWithSelector(IEscrow.EscrowInvalidTerms.selector, "signature funding needs a token"));
        vm.prank(relayer);
        escrow.openWithAuthorization(t, 0, START + 1 hours, v, r, s);
        assertEq(uint256(escrow.getState(_id(t)).status), uint256(IEscrow.Status.None), "nothing opened");
    }

    function testOpenWithAuthorizationFeeOnTransferReverts() public {
        // A token that honours the authorization but delivers less is refused, as in {open}.
        EscrowFeeOnTransferToken fot = new EscrowFeeOnTransferToken();
        fot.mint(payer, AMOUNT);
        IEscrow.Terms memory t = _terms();
        t.token = address(fot);
        bytes32 structHash =
            keccak256(abi.encode(RECEIVE_TYPEHASH, payer, address(escrow), AMOUNT, 0, START + 1 hours, _id(t)));
        (uint8 v, bytes32 r, bytes32 s) =
            vm.sign(payerKey, keccak256(abi.encodePacked("\x19\x01", fot.DOMAIN_SEPARATOR(), structHash)));
        uint256 received = AMOUNT - (AMOUNT / 100 + 1);
        vm.expectRevert(abi.encodeWithSelector(IPayouts.PayoutsFeeOnTransfer.selector, address(fot), AMOUNT, received));
        vm.prank(relayer);
        escrow.openWithAuthorization(t, 0, START + 1 hours, v, r, s);
        assertEq(fot.balanceOf(payer), AMOUNT, "nothing moved");
    }

    // =============================================================== release

    function testReleasePartialThenFullCloses() public {
        IEscrow.Terms memory t = _terms();
        bytes32 id = _open(t);
        uint256[3] memory parts = [uint256(100e6), 250e6, 1];
        uint256 remaining = AMOUNT;
        for (uint256 i; i < parts.length; ++i) {
            remaining -= parts[i];
            vm.expectEmit(address(escrow));
            emit IEscrow.EscrowReleased(id, payer, parts[i], remaining, bytes32(0));
            vm.prank(payer);
            escrow.release(t, parts[i]);
            _assertState(id, remaining, IEscrow.Status.Open, 0);
        }
        assertEq(usd.balanceOf(payee), AMOUNT - remaining, "payee got the partial releases");

        vm.expectEmit(address(escrow));
        emit IEscrow.EscrowReleased(id, payer, remaining, 0, bytes32(0));
        vm.prank(payer);
        escrow.release(t, remaining);
        _assertState(id, 0, IEscrow.Status.Closed, 0);
        assertEq(usd.balanceOf(payee), AMOUNT, "payee got everything");
        assertEq(usd.balanceOf(address(escrow)), 0, "escrow empty");
    }

    function testReleaseEthSucceeds() public {
        IEscrow.Terms memory t = _ethTerms();
        bytes32 id = _open(t);
        vm.prank(payer);
        escrow.release(t, AMOUNT);
        _assertState(id, 0, IEscrow.Status.Closed, 0);
        assertEq(payee.balance, AMOUNT, "payee got the ETH");
        assertEq(address(escrow).balance, 0, "escrow empty");
    }

    function testReleaseByNonPayerReverts() public {
        IEscrow.Terms memory t = _terms();
        bytes32 id = _open(t);
        address[3] memory callers = [payee, arbiter, stranger];
        for (uint256 i; i < callers.length; ++i) {
            vm.expectRevert(abi.encodeWithSelector(IEscrow.EscrowUnauthorized.selector, id, callers[i]));
            vm.prank(callers[i]);
            escrow.release(t, 1);
        }
        _assertState(id, AMOUNT, IEscrow.Status.Open, 0);
    }

    function testReleaseMoreThanRemainingReverts() public {
        IEscrow.Terms memory t = _terms();
        bytes32 id = _open(t);
        vm.prank(payer);
        escrow.release(t, 400e6);
        vm.expectRevert(abi.encodeWithSelector(IEscrow.EscrowInvalidAmount.selector, id, 600e6 + 1, 600e6));
        vm.prank(payer);
        escrow.release(t, 600e6 + 1);
        _assertState(id, 600e6, IEscrow.Status.Open, 0);
    }

    function testReleaseZeroReverts() public {
        IEscrow.Terms memory t = _terms();
        bytes32 id = _open(t);
        vm.expectRevert(abi.encodeWithSelector(IEscrow.EscrowInvalidAmount.selector, id, 0, AMOUNT));
        vm.prank(payer);
        escrow.release(t, 0);
        _assertState(id, AMOUNT, IEscrow.Status.Open, 0);
    }

    function testReleaseAfterCloseReverts() public {
        IEscrow.Terms memory t = _terms();
        bytes32 id = _open(t);
        vm.warp(DEADLINE);
        escrow.refund(t);
        _expectWrongStatus(id, IEscrow.Status.Closed);
        vm.prank(payer);
        escrow.release(t, 1);
        assertEq(usd.balanceOf(payee), 0, "payee got nothing");
    }

    function testReleaseUnknownReverts() public {
        IEscrow.Terms memory t = _terms();
        vm.expectRevert(abi.encodeWithSelector(IEscrow.EscrowUnknown.selector, _id(t)));
        vm.prank(payer);
        escrow.release(t, 1);
        assertEq(usd.balanceOf(payee), 0, "payee got nothing");
    }

    function testReleaseFullTwiceReverts() public {
        IEscrow.Terms memory t = _terms();
        bytes32 id = _open(t);
        _open(_ethTerms()); // other funds the escrow holds must stay out of reach
        vm.prank(payer);
        escrow.release(t, AMOUNT);
        _expectWrongStatus(id, IEscrow.Status.Closed);
        vm.prank(payer);
        escrow.release(t, AMOUNT);
        assertEq(usd.balanceOf(payee), AMOUNT, "paid once");
    }

    function testReleaseWithTamperedTermsReverts() public {
        IEscrow.Terms memory t = _terms();
        _open(t);
        // The payee cannot be redirected: other terms name another (unknown) escrow.
        t.payee = stranger;
        vm.expectRevert(abi.encodeWithSelector(IEscrow.EscrowUnknown.selector, _id(t)));
        vm.prank(payer);
        escrow.release(t, AMOUNT);
        assertEq(usd.balanceOf(stranger), 0, "nothing redirected");
    }

    /// @dev Documents current behaviour: the payer may still concede funds while a dispute is pending.
    function testReleaseWhileDisputedSucceeds() public {
        IEscrow.Terms memory t = _terms();
        bytes32 id = _open(t);
        _dispute(t, payee);
        vm.prank(payer);
        escrow.release(t, 100e6);
        _assertState(id, AMOUNT - 100e6, IEscrow.Status.Disputed, START);
        assertEq(usd.balanceOf(payee), 100e6, "payee paid");
    }

    // ========================================================= releaseOnProof

    function testReleaseOnProofByAnyoneSucceeds() public {
        IEscrow.Terms memory t = _terms();
        bytes32 id = _open(t);
        vm.prank(payer);
        escrow.release(t, 100e6);
        (IAttestationRegistry.AttestationContent memory proof, bytes32 uid) = _attest(schema, attester, id, 0);

        vm.expectEmit(address(escrow));
        emit IEscrow.EscrowReleased(id, stranger, AMOUNT - 100e6, 0, uid);
        vm.prank(stranger);
        escrow.releaseOnProof(t, proof);

        _assertState(id, 0, IEscrow.Status.Closed, 0);
        assertEq(usd.balanceOf(payee), AMOUNT, "payee got everything");
        assertEq(usd.balanceOf(address(escrow)), 0, "escrow empty");
    }

    function testReleaseOnProofEthSucceeds() public {
        IEscrow.Terms memory t = _ethTerms();
        bytes32 id = _open(t);
        (IAttestationRegistry.AttestationContent memory proof,) = _attest(schema, attester, id, 0);
        vm.prank(relayer);
        escrow.releaseOnProof(t, proof);
        assertEq(payee.balance, AMOUNT, "payee got the ETH");
        _assertState(id, 0, IEscrow.Status.Closed, 0);
    }

    function testReleaseOnProofWrongSchemaReverts() public {
        IEscrow.Terms memory t = _terms();
        bytes32 id = _open(t);
        (IAttestationRegistry.AttestationContent memory proof,) = _attest(otherSchema, attester, id, 0);
        assertTrue(registry.isValidContent(proof), "the attestation itself is valid");
        vm.expectRevert(abi.encodeWithSelector(IEscrow.EscrowProofRejected.selector, id));
        escrow.releaseOnProof(t, proof);
        _assertState(id, AMOUNT, IEscrow.Status.Open, 0);
    }

    function testReleaseOnProofWrongAttesterReverts() public {
        IEscrow.Terms memory t = _terms();
        bytes32 id = _open(t);
        (IAttestationRegistry.AttestationContent memory proof,) = _attest(schema, stranger, id, 0);
        vm.expectRevert(abi.encodeWithSelector(IEscrow.EscrowProofRejected.selector, id));
        escrow.releaseOnProof(t, proof);
        // Claiming the right attester on someone else's attestation names an attestation never made.
        proof.attester = attester;
        vm.expectRevert(abi.encodeWithSelector(IEscrow.EscrowProofRejected.selector, id));
        escrow.releaseOnProof(t, proof);
        _assertState(id, AMOUNT, IEscrow.Status.Open, 0);
    }

    function testReleaseOnProofWrongRefUidReverts() public {
        IEscrow.Terms memory t = _terms();
        bytes32 id = _open(t);
        IEscrow.Terms memory other = _terms();
        other.salt = bytes32(uint256(1));
        bytes32 otherId = _open(other);
        // An attestation for another escrow cannot release this one.
        (IAttestationRegistry.AttestationContent memory proof,) = _attest(schema, attester, otherId, 0);
        vm.expectRevert(abi.encodeWithSelector(IEscrow.EscrowProofRejected.selector, id));
        escrow.releaseOnProof(t, proof);
        _assertState(id, AMOUNT, IEscrow.Status.Open, 0);
        _assertState(otherId, AMOUNT, IEscrow.Status.Open, 0);
    }

    function testReleaseOnProofRevokedReverts() public {
        IEscrow.Terms memory t = _terms();
        bytes32 id = _open(t);
        (IAttestationRegistry.AttestationContent memory proof, bytes32 uid) = _attest(schema, attester, id, 0);
        vm.prank(attester);
        registry.revoke(uid, bytes32(0));
        vm.expectRevert(abi.encodeWithSelector(IEscrow.EscrowProofRejected.selector, id));
        escrow.releaseOnProof(t, proof);
        _assertState(id, AMOUNT, IEscrow.Status.Open, 0);
    }

    function testReleaseOnProofExpiredReverts() public {
        IEscrow.Terms memory t = _terms();
        bytes32 id = _open(t);
        uint64 expiry = START + 1 days;
        (IAttestationRegistry.AttestationContent memory proof,) = _attest(schema, attester, id, expiry);
        vm.warp(expiry);
        vm.expectRevert(abi.encodeWithSelector(IEscrow.EscrowProofRejected.selector, id));
        escrow.releaseOnProof(t, proof);
        _assertState(id, AMOUNT, IEscrow.Status.Open, 0);
    }

    function testReleaseOnProofBeforeExpirySucceeds() public {
        IEscrow.Terms memory t = _terms();
        bytes32 id = _open(t);
        uint64 expiry = START + 1 days;
        (IAttestationRegistry.AttestationContent memory proof,) = _attest(schema, attester, id, expiry);
        vm.warp(expiry - 1);
        escrow.releaseOnProof(t, proof);
        _assertState(id, 0, IEscrow.Status.Closed, 0);
        assertEq(usd.balanceOf(payee), AMOUNT, "payee paid");
    }

    function testReleaseOnProofNeverAttestedReverts() public {
        IEscrow.Terms memory t = _terms();
        bytes32 id = _open(t);
        IAttestationRegistry.AttestationContent memory proof = IAttestationRegistry.AttestationContent({
            schema: schema,
            attester: attester,
            recipient: payee,
            expirationTime: 0,
            revocable: true,
            refUID: id,
            dataHash: keccak256("made up")
        });
        vm.expectRevert(abi.encodeWithSelector(IEscrow.EscrowProofRejected.selector, id));
        escrow.releaseOnProof(t, proof);
        // A real attestation presented with altered content is not that attestation either.
        (proof,) = _attest(schema, attester, id, 0);
        proof.dataHash = keccak256("altered");
        vm.expectRevert(abi.encodeWithSelector(IEscrow.EscrowProofRejected.selector, id));
        escrow.releaseOnProof(t, proof);
        _assertState(id, AMOUNT, IEscrow.Status.Open, 0);
    }

    function testReleaseOnProofWithoutConditionReverts() public {
        IEscrow.Terms memory t = _plainTerms();
        bytes32 id = _open(t);
        IAttestationRegistry.AttestationContent memory proof;
        proof.refUID = id;
        vm.expectRevert(abi.encodeWithSelector(IEscrow.EscrowNoCondition.selector, id));
        escrow.releaseOnProof(t, proof);
        _assertState(id, AMOUNT, IEscrow.Status.Open, 0);
    }

    function testReleaseOnProofAfterDeadlineReverts() public {
        IEscrow.Terms memory t = _terms();
        bytes32 id = _open(t);
        (IAttestationRegistry.AttestationContent memory proof,) = _attest(schema, attester, id, 0);
        vm.warp(DEADLINE);
        vm.expectRevert(abi.encodeWithSelector(IEscrow.EscrowDeadlinePassed.selector, id, DEADLINE, DEADLINE));
        escrow.releaseOnProof(t, proof);
        _assertState(id, AMOUNT, IEscrow.Status.Open, 0);
    }

    function testReleaseOnProofWhileDisputedReverts() public {
        IEscrow.Terms memory t = _terms();
        bytes32 id = _open(t);
        (IAttestationRegistry.AttestationContent memory proof,) = _attest(schema, attester, id, 0);
        _dispute(t, payer);
        _expectWrongStatus(id, IEscrow.Status.Disputed);
        escrow.releaseOnProof(t, proof);
        _assertState(id, AMOUNT, IEscrow.Status.Disputed, START);
    }

    function testReleaseOnProofTwiceReverts() public {
        IEscrow.Terms memory t = _terms();
        bytes32 id = _open(t);
        (IAttestationRegistry.AttestationContent memory proof,) = _attest(schema, attester, id, 0);
        escrow.releaseOnProof(t, proof);
        _expectWrongStatus(id, IEscrow.Status.Closed);
        escrow.releaseOnProof(t, proof);
        assertEq(usd.balanceOf(payee), AMOUNT, "paid once");
    }

    function testReleaseOnProofUnknownReverts() public {
        IEscrow.Terms memory t = _terms();
        IAttestationRegistry.AttestationContent memory proof;
        vm.expectRevert(abi.encodeWithSelector(IEscrow.EscrowUnknown.selector, _id(t)));
        escrow.releaseOnProof(t, proof);
        assertEq(usd.balanceOf(payee), 0, "nothing paid");
    }

    // ================================================================ refund

    function testRefundAfterDeadlineByAnyoneSucceeds() public {
        IEscrow.Terms memory t = _terms();
        bytes32 id = _open(t);
        vm.prank(payer);
        escrow.release(t, 300e6);
        uint256 payerBefore = usd.balanceOf(payer);
        vm.warp(DEADLINE + 1 days);

        vm.expectEmit(address(escrow));
        emit IEscrow.EscrowRefunded(id, stranger, 700e6);
        vm.prank(stranger);
        escrow.refund(t);

        _assertState(id, 0, IEscrow.Status.Closed, 0);
        assertEq(usd.balanceOf(payer), payerBefore + 700e6, "payer got the remainder");
        assertEq(usd.balanceOf(payee), 300e6, "payee kept the release");
        assertEq(usd.balanceOf(address(escrow)), 0, "escrow empty");
    }

    function testRefundAtDeadlineSucceeds() public {
        IEscrow.Terms memory t = _ethTerms();
        bytes32 id = _open(t);
        uint256 payerBefore = payer.balance;
        vm.warp(DEADLINE);
        vm.prank(payee);
        escrow.refund(t);
        _assertState(id, 0, IEscrow.Status.Closed, 0);
        assertEq(payer.balance, payerBefore + AMOUNT, "payer refunded");
    }

    function testRefundBeforeDeadlineReverts() public {
        IEscrow.Terms memory t = _terms();
        bytes32 id = _open(t);
        vm.warp(DEADLINE - 1);
        vm.expectRevert(abi.encodeWithSelector(IEscrow.EscrowNotRefundable.selector, id, DEADLINE, DEADLINE - 1));
        vm.prank(payer);
        escrow.refund(t);
        _assertState(id, AMOUNT, IEscrow.Status.Open, 0);
    }

    function testRefundTwiceReverts() public {
        IEscrow.Terms memory t = _terms();
        bytes32 id = _open(t);
        _open(_ethTerms());
        vm.warp(DEADLINE);
        escrow.refund(t);
        _expectWrongStatus(id, IEscrow.Status.Closed);
        escrow.refund(t);
        assertEq(usd.balanceOf(payer), 1_000_000e6, "refunded once");
    }

    function testRefundUnknownReverts() public {
        IEscrow.Terms memory t = _terms();
        vm.warp(DEADLINE);
        vm.expectRevert(abi.encodeWithSelector(IEscrow.EscrowUnknown.selector, _id(t)));
        escrow.refund(t);
        assertEq(usd.balanceOf(address(escrow)), 0, "nothing held");
    }

    function testRefundDisputedOnlyAfterArbitrationPeriod() public {
        IEscrow.Terms memory t = _terms();
        bytes32 id = _open(t);
        uint256 disputedAt = START + 1 days;
        vm.warp(disputedAt);
        _dispute(t, payer);

        vm.warp(DEADLINE);
        vm.expectRevert(abi.encodeWithSelector(IEscrow.EscrowNotRefundable.selector, id, disputedAt + PERIOD, DEADLINE));
        escrow.refund(t);

        vm.warp(disputedAt + PERIOD - 1);
        vm.expectRevert(
            abi.encodeWithSelector(
                IEscrow.EscrowNotRefundable.selector, id, disputedAt + PERIOD, disputedAt + PERIOD - 1
            )
        );
        escrow.refund(t);

        vm.warp(disputedAt + PERIOD);
        vm.expectEmit(address(escrow));
        emit IEscrow.EscrowRefunded(id, stranger, AMOUNT);
        vm.prank(stranger);
        escrow.refund(t);
        _assertState(id, 0, IEscrow.Status.Closed, disputedAt);
        assertEq(usd.balanceOf(payer), 1_000_000e6, "payer refunded in full");
        assertEq(escrow.ARBITRATION_PERIOD(), PERIOD, "arbitration period");
    }

    function testRefundToRevertingPayerDefersAndWithdrawFails() public {
        EscrowEthReceiver wallet = new EscrowEthReceiver(EscrowEthReceiver.Mode.Revert);
        IEscrow.Terms memory t = _ethTerms();
        t.payer = address(wallet);
        bytes32 id = _open(t);
        vm.warp(DEADLINE);

        vm.expectEmit(address(escrow));
        emit IEscrow.EscrowRefunded(id, stranger, AMOUNT);
        vm.expectEmit(address(escrow));
        emit IPayouts.PaymentDeferred(id, address(0), address(wallet), AMOUNT);
        vm.prank(stranger);
        escrow.refund(t);

        _assertState(id, 0, IEscrow.Status.Closed, 0);
        assertEq(escrow.owed(address(0), address(wallet)), AMOUNT, "refund kept for withdrawal");
        assertEq(address(escrow).balance, AMOUNT, "escrow still holds it");
        assertEq(address(wallet).balance, 0, "wallet received nothing");

        vm.expectRevert(
            abi.encodeWithSelector(IPayouts.PayoutsWithdrawFailed.selector, address(0), address(wallet), AMOUNT)
        );
        vm.prank(address(wallet));
        escrow.withdraw(address(0));
        assertEq(escrow.owed(address(0), address(wallet)), AMOUNT, "still owed after a failed withdrawal");

        wallet.setMode(EscrowEthReceiver.Mode.Accept);
        vm.prank(address(wallet));
        escrow.withdraw(address(0));
        assertEq(address(wallet).balance, AMOUNT, "withdrawn once it accepts");
        assertEq(escrow.owed(address(0), address(wallet)), 0, "nothing owed");
    }

    function testRefundToGasBurningPayerDefers() public {
        EscrowEthReceiver wallet = new EscrowEthReceiver(EscrowEthReceiver.Mode.BurnGas);
        IEscrow.Terms memory t = _ethTerms();
        t.payer = address(wallet);
        bytes32 id = _open(t);
        vm.warp(DEADLINE);
        vm.prank(stranger);
        escrow.refund{gas: 500_000}(t);

        _assertState(id, 0, IEscrow.Status.Closed, 0);
        assertEq(escrow.owed(address(0), address(wallet)), AMOUNT, "refund deferred");

        vm.expectRevert(
            abi.encodeWithSelector(IPayouts.PayoutsWithdrawFailed.selector, address(0), address(wallet), AMOUNT)
        );
        vm.prank(address(wallet));
        escrow.withdraw{gas: 500_000}(address(0));
        assertEq(address(escrow).balance, AMOUNT, "escrow still holds it");
    }

    function testRefundToGasHungryPayerDefersThenWithdraws() public {
        EscrowEthReceiver wallet = new EscrowEthReceiver(EscrowEthReceiver.Mode.Hungry);
        IEscrow.Terms memory t = _ethTerms();
        t.payer = address(wallet);
        bytes32 id = _open(t);
        vm.warp(DEADLINE);
        escrow.refund(t);
        assertEq(escrow.owed(address(0), address(wallet)), AMOUNT, "push with 50,000 gas failed: deferred");
        assertEq(wallet.hungryWrites(), 0, "receive never completed");

        vm.expectEmit(address(escrow));
        emit IPayouts.Withdrawn(address(0), address(wallet), AMOUNT);
        vm.prank(address(wallet));
        escrow.withdraw(address(0));
        assertEq(address(wallet).balance, AMOUNT, "withdrawal forwards enough gas");
        assertEq(wallet.hungryWrites(), 3, "receive completed");
        _assertState(id, 0, IEscrow.Status.Closed, 0);
    }

    function testRefundToBlockedTokenPayerDefers() public {
        EscrowMaliciousToken mal = new EscrowMaliciousToken();
        mal.mint(payer, AMOUNT);
        IEscrow.Terms memory t = _terms();
        t.token = address(mal);
        bytes32 id = _open(t);
        mal.setBlocked(payer, true);
        vm.warp(DEADLINE);

        vm.expectEmit(address(escrow));
        emit IPayouts.PaymentDeferred(id, address(mal), payer, AMOUNT);
        escrow.refund(t);
        assertEq(escrow.owed(address(mal), payer), AMOUNT, "refund deferred");

        vm.expectRevert(abi.encodeWithSelector(IPayouts.PayoutsWithdrawFailed.selector, address(mal), payer, AMOUNT));
        vm.prank(payer);
        escrow.withdraw(address(mal));

        mal.setBlocked(payer, false);
        vm.prank(payer);
        escrow.withdraw(address(mal));
        assertEq(mal.balanceOf(payer), AMOUNT, "withdrawn once unblocked");
        assertEq(mal.balanceOf(address(escrow)), 0, "escrow empty");
    }

    /// @dev Whatever the payee does, and however its wallet behaves, the refund goes through.
    function testRefundCannotBeBlockedByPayee() public {
        EscrowEthReceiver payeeWallet = new EscrowEthReceiver(EscrowEthReceiver.Mode.BurnGas);
        IEscrow.Terms memory t = _ethTerms();
        t.payee = address(payeeWallet);
        bytes32 id = _open(t);
        uint256 payerBefore = payer.balance;
        vm.warp(DEADLINE);

        // Too late to dispute (which would have stopped the clock) ...
        vm.expectRevert(abi.encodeWithSelector(IEscrow.EscrowDeadlinePassed.selector, id, DEADLINE, DEADLINE));
        vm.prank(address(payeeWallet));
        escrow.dispute(t);
        // ... and its own calls cannot take the funds.
        vm.expectRevert(abi.encodeWithSelector(IEscrow.EscrowUnauthorized.selector, id, address(payeeWallet)));
        vm.prank(address(payeeWallet));
        escrow.release(t, AMOUNT);
        (IAttestationRegistry.AttestationContent memory proof,) = _attest(schema, attester, id, 0);
        vm.expectRevert(abi.encodeWithSelector(IEscrow.EscrowDeadlinePassed.selector, id, DEADLINE, DEADLINE));
        vm.prank(address(payeeWallet));
        escrow.releaseOnProof(t, proof);

        vm.prank(address(payeeWallet));
        escrow.refund(t);
        assertEq(payer.balance, payerBefore + AMOUNT, "payer refunded");
        assertEq(address(payeeWallet).balance, 0, "payee got nothing");
        _assertState(id, 0, IEscrow.Status.Closed, 0);
    }

    /// @dev A payee's last-second dispute only delays the refund by the arbitration period.
    function testRefundAfterPayeeDisputeLapsesSucceeds() public {
        IEscrow.Terms memory t = _terms();
        bytes32 id = _open(t);
        vm.warp(DEADLINE - 1);
        _dispute(t, payee);
        vm.warp(DEADLINE - 1 + PERIOD);
        escrow.refund(t);
        _assertState(id, 0, IEscrow.Status.Closed, DEADLINE - 1);
        assertEq(usd.balanceOf(payer), 1_000_000e6, "payer refunded");
        assertEq(usd.balanceOf(payee), 0, "payee got nothing");
    }

    // =============================================================== dispute

    function testDisputeByPayerSucceeds() public {
        IEscrow.Terms memory t = _terms();
        bytes32 id = _open(t);
        vm.warp(START + 1 hours);
        vm.expectEmit(address(escrow));
        emit IEscrow.EscrowDisputed(id, payer);
        _dispute(t, payer);
        _assertState(id, AMOUNT, IEscrow.Status.Disputed, START + 1 hours);
    }

    function testDisputeByPayeeSucceeds() public {
        IEscrow.Terms memory t = _terms();
        bytes32 id = _open(t);
        vm.expectEmit(address(escrow));
        emit IEscrow.EscrowDisputed(id, payee);
        _dispute(t, payee);
        _assertState(id, AMOUNT, IEscrow.Status.Disputed, START);
    }

    function testDisputeByOthersReverts() public {
        IEscrow.Terms memory t = _terms();
        bytes32 id = _open(t);
        address[3] memory callers = [arbiter, attester, stranger];
        for (uint256 i; i < callers.length; ++i) {
            vm.expectRevert(abi.encodeWithSelector(IEscrow.EscrowUnauthorized.selector, id, callers[i]));
            _dispute(t, callers[i]);
        }
        _assertState(id, AMOUNT, IEscrow.Status.Open, 0);
    }

    function testDisputeWithoutArbiterReverts() public {
        IEscrow.Terms memory t = _plainTerms();
        bytes32 id = _open(t);
        vm.expectRevert(abi.encodeWithSelector(IEscrow.EscrowNoArbiter.selector, id));
        _dispute(t, payer);
        _assertState(id, AMOUNT, IEscrow.Status.Open, 0);
    }

    function testDisputeAtDeadlineReverts() public {
        IEscrow.Terms memory t = _terms();
        bytes32 id = _open(t);
        vm.warp(DEADLINE);
        vm.expectRevert(abi.encodeWithSelector(IEscrow.EscrowDeadlinePassed.selector, id, DEADLINE, DEADLINE));
        _dispute(t, payee);
        _assertState(id, AMOUNT, IEscrow.Status.Open, 0);
    }

    function testDisputeTwiceReverts() public {
        IEscrow.Terms memory t = _terms();
        bytes32 id = _open(t);
        _dispute(t, payer);
        vm.warp(START + 1 days);
        _expectWrongStatus(id, IEscrow.Status.Disputed);
        _dispute(t, payee);
        _assertState(id, AMOUNT, IEscrow.Status.Disputed, START);
    }

    function testDisputeClosedReverts() public {
        IEscrow.Terms memory t = _terms();
        bytes32 id = _open(t);
        vm.prank(payer);
        escrow.release(t, AMOUNT);
        _expectWrongStatus(id, IEscrow.Status.Closed);
        _dispute(t, payee);
    }

    function testDisputeUnknownReverts() public {
        IEscrow.Terms memory t = _terms();
        vm.expectRevert(abi.encodeWithSelector(IEscrow.EscrowUnknown.selector, _id(t)));
        _dispute(t, payer);
        assertEq(uint256(escrow.getState(_id(t)).status), uint256(IEscrow.Status.None), "still unknown");
    }

    function testDisputeStopsTheClock() public {
        IEscrow.Terms memory t = _terms();
        bytes32 id = _open(t);
        _dispute(t, payer);
        vm.warp(DEADLINE);
        vm.expectRevert(abi.encodeWithSelector(IEscrow.EscrowNotRefundable.selector, id, START + PERIOD, DEADLINE));
        escrow.refund(t);
        _assertState(id, AMOUNT, IEscrow.Status.Disputed, START);
    }

    // =============================================================== resolve

    function testResolveSplitsWithFee() public {
        IEscrow.Terms memory t = _terms();
        bytes32 id = _open(t);
        vm.prank(payer);
        escrow.release(t, 200e6);
        _dispute(t, payee);
        // fee = 800e6 * 250 / 10,000 = 20e6; payer gets 800 - 20 - 500 = 280.
        uint256 fee = 20e6;
        uint256 payerBefore = usd.balanceOf(payer);
        vm.expectEmit(address(escrow));
        emit IEscrow.EscrowResolved(id, arbiter, 500e6, 280e6, fee);
        vm.prank(arbiter);
        escrow.resolve(t, 500e6);

        _assertState(id, 0, IEscrow.Status.Closed, START);
        assertEq(usd.balanceOf(payee), 200e6 + 500e6, "payee: release + ruling");
        assertEq(usd.balanceOf(payer), payerBefore + 280e6, "payer: the rest");
        assertEq(usd.balanceOf(arbiter), fee, "arbiter: fee on the remainder");
        assertEq(usd.balanceOf(address(escrow)), 0, "escrow empty");
    }

    function testResolveEthSplitsWithFee() public {
        IEscrow.Terms memory t = _ethTerms();
        bytes32 id = _open(t);
        _dispute(t, payer);
        uint256 payerBefore = payer.balance;
        vm.prank(arbiter);
        escrow.resolve(t, 0);
        _assertState(id, 0, IEscrow.Status.Closed, START);
        assertEq(arbiter.balance, 25e6, "arbiter fee");
        assertEq(payer.balance, payerBefore + AMOUNT - 25e6, "payer gets the rest");
        assertEq(payee.balance, 0, "payee nothing");
    }

    function testResolveFeeRoundsDown() public {
        IEscrow.Terms memory t = _terms();
        t.amount = 9999;
        t.arbiterFeeBps = 1;
        bytes32 id = _open(t);
        _dispute(t, payer);
        vm.expectEmit(address(escrow));
        emit IEscrow.EscrowResolved(id, arbiter, 9999, 0, 0);
        vm.prank(arbiter);
        escrow.resolve(t, 9999);
        assertEq(usd.balanceOf(arbiter), 0, "9999 * 1 / 10,000 rounds to 0");
        assertEq(usd.balanceOf(payee), 9999, "payee gets all");
    }

    function testResolveMaxToPayeeSucceeds() public {
        IEscrow.Terms memory t = _terms();
        bytes32 id = _open(t);
        _dispute(t, payer);
        vm.prank(arbiter);
        escrow.resolve(t, AMOUNT - 25e6);
        assertEq(usd.balanceOf(payee), AMOUNT - 25e6, "payee");
        assertEq(usd.balanceOf(arbiter), 25e6, "arbiter");
        _assertState(id, 0, IEscrow.Status.Closed, START);
    }

    function testResolveTooMuchToPayeeReverts() public {
        IEscrow.Terms memory t = _terms();
        bytes32 id = _open(t);
        _dispute(t, payer);
        uint256 max = AMOUNT - 25e6;
        vm.expectRevert(abi.encodeWithSelector(IEscrow.EscrowInvalidAmount.selector, id, max + 1, max));
        vm.prank(arbiter);
        escrow.resolve(t, max + 1);
        _assertState(id, AMOUNT, IEscrow.Status.Disputed, START);
    }

    function testResolveFullFeeArbiterTakesAll() public {
        IEscrow.Terms memory t = _terms();
        t.arbiterFeeBps = 10_000;
        bytes32 id = _open(t);
        _dispute(t, payee);
        vm.expectRevert(abi.encodeWithSelector(IEscrow.EscrowInvalidAmount.selector, id, 1, 0));
        vm.prank(arbiter);
        escrow.resolve(t, 1);
        vm.prank(arbiter);
        escrow.resolve(t, 0);
        assertEq(usd.balanceOf(arbiter), AMOUNT, "arbiter took everything");
    }

    function testResolveByNonArbiterReverts() public {
        IEscrow.Terms memory t = _terms();
        bytes32 id = _open(t);
        _dispute(t, payer);
        address[3] memory callers = [payer, payee, stranger];
        for (uint256 i; i < callers.length; ++i) {
            vm.expectRevert(abi.encodeWithSelector(IEscrow.EscrowUnauthorized.selector, id, callers[i]));
            vm.prank(callers[i]);
            escrow.resolve(t, 0);
        }
        _assertState(id, AMOUNT, IEscrow.Status.Disputed, START);
    }

    function testResolveNotDisputedReverts() public {
        IEscrow.Terms memory t = _terms();
        bytes32 id = _open(t);
        _expectWrongStatus(id, IEscrow.Status.Open);
        vm.prank(arbiter);
        escrow.resolve(t, 0);
        _assertState(id, AMOUNT, IEscrow.Status.Open, 0);
    }

    function testResolveTwiceReverts() public {
        IEscrow.Terms memory t = _terms();
        bytes32 id = _open(t);
        _dispute(t, payer);
        vm.prank(arbiter);
        escrow.resolve(t, 100e6);
        _expectWrongStatus(id, IEscrow.Status.Closed);
        vm.prank(arbiter);
        escrow.resolve(t, 100e6);
        assertEq(usd.balanceOf(payee), 100e6, "paid once");
    }

    function testResolveAfterLapsedRefundReverts() public {
        IEscrow.Terms memory t = _terms();
        bytes32 id = _open(t);
        _dispute(t, payer);
        vm.warp(START + PERIOD);
        escrow.refund(t);
        _expectWrongStatus(id, IEscrow.Status.Closed);
        vm.prank(arbiter);
        escrow.resolve(t, 0);
        assertEq(usd.balanceOf(arbiter), 0, "no fee after a lapsed dispute");
    }

    function testResolveJustBeforeArbitrationLapseSucceeds() public {
        IEscrow.Terms memory t = _terms();
        bytes32 id = _open(t);
        vm.prank(payer);
        escrow.dispute(t);
        uint256 lapsesAt = block.timestamp + escrow.ARBITRATION_PERIOD();
        vm.warp(lapsesAt - 1);
        vm.prank(arbiter);
        escrow.resolve(t, 0);
        _assertState(id, 0, IEscrow.Status.Closed, lapsesAt - escrow.ARBITRATION_PERIOD());
    }

    function testResolveAtArbitrationLapseReverts() public {
        IEscrow.Terms memory t = _terms();
        bytes32 id = _open(t);
        vm.prank(payer);
        escrow.dispute(t);
        uint256 lapsesAt = block.timestamp + escrow.ARBITRATION_PERIOD();
        vm.warp(lapsesAt);
        vm.expectRevert(abi.encodeWithSelector(IEscrow.EscrowArbitrationLapsed.selector, id, lapsesAt, lapsesAt));
        vm.prank(arbiter);
        escrow.resolve(t, 0);
    }

    function testResolveDefersRefusedPayouts() public {
        EscrowEthReceiver payeeWallet = new EscrowEthReceiver(EscrowEthReceiver.Mode.Revert);
        EscrowEthReceiver arbiterWallet = new EscrowEthReceiver(EscrowEthReceiver.Mode.BurnGas);
        IEscrow.Terms memory t = _ethTerms();
        t.payee = address(payeeWallet);
        t.arbiter = address(arbiterWallet);
        bytes32 id = _open(t);
        _dispute(t, payer);
        uint256 payerBefore = payer.balance;
        vm.prank(address(arbiterWallet));
        escrow.resolve(t, 600e6);
        _assertState(id, 0, IEscrow.Status.Closed, START);
        assertEq(escrow.owed(address(0), address(payeeWallet)), 600e6, "payee share deferred");
        assertEq(escrow.owed(address(0), address(arbiterWallet)), 25e6, "fee deferred");
        assertEq(payer.balance, payerBefore + 375e6, "payer paid directly");
        assertEq(address(escrow).balance, 625e6, "escrow holds exactly what it owes");
    }

    // =========================================================== returnFunds

    function testReturnFundsPartialThenFull() public {
        IEscrow.Terms memory t = _terms();
        bytes32 id = _open(t);
        uint256 payerBefore = usd.balanceOf(payer);
        vm.expectEmit(address(escrow));
        emit IEscrow.EscrowReturned(id, 300e6, 700e6);
        vm.prank(payee);
        escrow.returnFunds(t, 300e6);
        _assertState(id, 700e6, IEscrow.Status.Open, 0);
        assertEq(usd.balanceOf(payer), payerBefore + 300e6, "payer got the partial return");

        vm.expectEmit(address(escrow));
        emit IEscrow.EscrowReturned(id, 700e6, 0);
        vm.prank(payee);
        escrow.returnFunds(t, 700e6);
        _assertState(id, 0, IEscrow.Status.Closed, 0);
        assertEq(usd.balanceOf(payer), payerBefore + AMOUNT, "payer got everything back");
        assertEq(usd.balanceOf(payee), 0, "payee got nothing");
    }

    function testReturnFundsByNonPayeeReverts() public {
        IEscrow.Terms memory t = _terms();
        bytes32 id = _open(t);
        address[3] memory callers = [payer, arbiter, stranger];
        for (uint256 i; i < callers.length; ++i) {
            vm.expectRevert(abi.encodeWithSelector(IEscrow.EscrowUnauthorized.selector, id, callers[i]));
            vm.prank(callers[i]);
            escrow.returnFunds(t, 1);
        }
        _assertState(id, AMOUNT, IEscrow.Status.Open, 0);
    }

    function testReturnFundsInvalidAmountReverts() public {
        IEscrow.Terms memory t = _terms();
        bytes32 id = _open(t);
        vm.expectRevert(abi.encodeWithSelector(IEscrow.EscrowInvalidAmount.selector, id, 0, AMOUNT));
        vm.prank(payee);
        escrow.returnFunds(t, 0);
        vm.expectRevert(abi.encodeWithSelector(IEscrow.EscrowInvalidAmount.selector, id, AMOUNT + 1, AMOUNT));
        vm.prank(payee);
        escrow.returnFunds(t, AMOUNT + 1);
        _assertState(id, AMOUNT, IEscrow.Status.Open, 0);
    }

    function testReturnFundsAfterCloseReverts() public {
        IEscrow.Terms memory t = _terms();
        bytes32 id = _open(t);
        vm.prank(payee);
        escrow.returnFunds(t, AMOUNT);
        _expectWrongStatus(id, IEscrow.Status.Closed);
        vm.prank(payee);
        escrow.returnFunds(t, 1);
        assertEq(usd.balanceOf(payer), 1_000_000e6, "returned once");
    }

    function testReturnFundsToRevertingPayerDefers() public {
        EscrowEthReceiver wallet = new EscrowEthReceiver(EscrowEthReceiver.Mode.Revert);
        IEscrow.Terms memory t = _ethTerms();
        t.payer = address(wallet);
        bytes32 id = _open(t);
        vm.expectEmit(address(escrow));
        emit IPayouts.PaymentDeferred(id, address(0), address(wallet), 400e6);
        vm.prank(payee);
        escrow.returnFunds(t, 400e6);
        assertEq(escrow.owed(address(0), address(wallet)), 400e6, "deferred");
        _assertState(id, 600e6, IEscrow.Status.Open, 0);
    }

    // ============================================================== withdraw

    function testWithdrawNothingOwedReverts() public {
        vm.expectRevert(abi.encodeWithSelector(IPayouts.PayoutsNothingOwed.selector, address(0), payer));
        vm.prank(payer);
        escrow.withdraw(address(0));
        vm.expectRevert(abi.encodeWithSelector(IPayouts.PayoutsNothingOwed.selector, address(usd), payee));
        vm.prank(payee);
        escrow.withdraw(address(usd));
        assertEq(address(escrow).balance, 0, "nothing held");
    }

    function testWithdrawOwedEthOnce() public {
        EscrowEthReceiver wallet = new EscrowEthReceiver(EscrowEthReceiver.Mode.Hungry);
        IEscrow.Terms memory t = _ethTerms();
        t.payee = address(wallet);
        _open(t);
        _open(_plainTerms()); // unrelated funds held alongside
        vm.prank(payer);
        escrow.release(t, AMOUNT);
        assertEq(escrow.owed(address(0), address(wallet)), AMOUNT, "release deferred");

        vm.prank(address(wallet));
        escrow.withdraw(address(0));
        assertEq(address(wallet).balance, AMOUNT, "withdrawn");
        vm.expectRevert(abi.encodeWithSelector(IPayouts.PayoutsNothingOwed.selector, address(0), address(wallet)));
        vm.prank(address(wallet));
        escrow.withdraw(address(0));
        assertEq(address(wallet).balance, AMOUNT, "withdrawn only once");
        assertEq(address(escrow).balance, 0, "no ETH left (the token escrow holds tokens)");
    }

    function testWithdrawOwedTokenOnce() public {
        EscrowMaliciousToken mal = new EscrowMaliciousToken();
        mal.mint(payer, 2 * AMOUNT);
        mal.setReturnFalseWhenBlocked(true);
        IEscrow.Terms memory t = _terms();
        t.token = address(mal);
        bytes32 id = _open(t);
        t.salt = bytes32(uint256(1));
        _open(t);
        t.salt = bytes32(0);
        mal.setBlocked(payee, true);

        vm.expectEmit(address(escrow));
        emit IPayouts.PaymentDeferred(id, address(mal), payee, AMOUNT);
        vm.prank(payer);
        escrow.release(t, AMOUNT);
        assertEq(escrow.owed(address(mal), payee), AMOUNT, "a transfer returning false is deferred");

        mal.setBlocked(payee, false);
        vm.expectEmit(address(escrow));
        emit IPayouts.Withdrawn(address(mal), payee, AMOUNT);
        vm.prank(payee);
        escrow.withdraw(address(mal));
        assertEq(mal.balanceOf(payee), AMOUNT, "withdrawn");
        vm.expectRevert(abi.encodeWithSelector(IPayouts.PayoutsNothingOwed.selector, address(mal), payee));
        vm.prank(payee);
        escrow.withdraw(address(mal));
        assertEq(mal.balanceOf(payee), AMOUNT, "withdrawn only once");
        assertEq(mal.balanceOf(address(escrow)), AMOUNT, "the other escrow's funds untouched");
    }

    // ============================================================ reentrancy

    /// @dev A token that calls back into the escrow while paying out cannot refund twice.
    function testReentrantTokenCannotDoubleSpend() public {
        EscrowMaliciousToken mal = new EscrowMaliciousToken();
        mal.mint(payer, 2 * AMOUNT);
        IEscrow.Terms memory t = _plainTerms();
        t.token = address(mal);
        bytes32 id = _open(t);
        IEscrow.Terms memory other = _copy(t);
        other.salt = bytes32(uint256(1));
        bytes32 otherId = _open(other);
        vm.warp(DEADLINE);

        mal.arm(address(escrow), abi.encodeCall(IEscrow.refund, (t)));
        vm.expectEmit(address(mal));
        emit EscrowMaliciousToken.Reentered(
            address(escrow),
            false,
            abi.encodeWithSelector(ReentrancyGuardTransient.ReentrancyGuardReentrantCall.selector)
        );
        escrow.refund(t);

        assertEq(mal.balanceOf(payer), AMOUNT, "payer refunded exactly once");
        assertEq(mal.balanceOf(address(escrow)), AMOUNT, "the other escrow's funds stay");
        _assertState(id, 0, IEscrow.Status.Closed, 0);
        _assertState(otherId, AMOUNT, IEscrow.Status.Open, 0);
    }

    /// @dev A token that calls back while being pulled (opening) cannot touch other escrows.
    function testReentrantTokenDuringOpenIsBlocked() public {
        EscrowMaliciousToken mal = new EscrowMaliciousToken();
        mal.mint(payer, 2 * AMOUNT);
        IEscrow.Terms memory t = _plainTerms();
        t.token = address(mal);
        bytes32 id = _open(t);
        vm.warp(DEADLINE);
        IEscrow.Terms memory next = _copy(t);
        next.salt = bytes32(uint256(1));
        next.deadline = DEADLINE + 1 days;

        vm.prank(payer);
        mal.approve(address(escrow), AMOUNT);
        mal.arm(address(escrow), abi.encodeCall(IEscrow.refund, (t)));
        vm.expectEmit(address(mal));
        emit EscrowMaliciousToken.Reentered(
            address(escrow),
            false,
            abi.encodeWithSelector(ReentrancyGuardTransient.ReentrancyGuardReentrantCall.selector)
        );
        vm.prank(payer);
        escrow.open(next);

        _assertState(id, AMOUNT, IEscrow.Status.Open, 0);
        assertEq(mal.balanceOf(address(escrow)), 2 * AMOUNT, "both escrows funded, nothing left");
    }

    /// @dev A payer wallet that re-enters `refund` from `receive` (within the 50,000-gas push) is
    /// refunded once.
    function testReentrantEthReceiverCannotDoubleSpend() public {
        EscrowEthReceiver wallet = new EscrowEthReceiver(EscrowEthReceiver.Mode.Accept);
        IEscrow.Terms memory t = _ethTerms();
        t.payer = address(wallet);
        bytes32 id = _open(t);
        IEscrow.Terms memory other = _copy(t);
        other.salt = bytes32(uint256(1));
        _open(other);
        vm.warp(DEADLINE);
        wallet.setReentry(address(escrow), abi.encodeCall(IEscrow.refund, (other)));

        vm.expectEmit(address(wallet));
        emit EscrowEthReceiver.Reentered(
            address(escrow),
            false,
            abi.encodeWithSelector(ReentrancyGuardTransient.ReentrancyGuardReentrantCall.selector)
        );
        escrow.refund(t);

        assertEq(address(wallet).balance, AMOUNT, "pushed once, not twice");
        assertEq(escrow.owed(address(0), address(wallet)), 0, "push succeeded");
        assertEq(address(escrow).balance, AMOUNT, "the other escrow's ETH stays");
        _assertState(id, 0, IEscrow.Status.Closed, 0);
        _assertState(_id(other), AMOUNT, IEscrow.Status.Open, 0);
    }

    /// @dev Re-entering `withdraw` from `receive` (with all the gas) does not pay twice.
    function testReentrantWithdrawCannotDoubleSpend() public {
        EscrowEthReceiver wallet = new EscrowEthReceiver(EscrowEthReceiver.Mode.Revert);
        IEscrow.Terms memory t = _ethTerms();
        t.payer = address(wallet);
        _open(t);
        IEscrow.Terms memory other = _copy(t);
        other.salt = bytes32(uint256(1));
        _open(other);
        vm.warp(DEADLINE);
        escrow.refund(t);
        assertEq(escrow.owed(address(0), address(wallet)), AMOUNT, "deferred");

        wallet.setReentry(address(escrow), abi.encodeCall(IPayouts.withdraw, (address(0))));
        vm.expectEmit(address(wallet));
        emit EscrowEthReceiver.Reentered(
            address(escrow),
            false,
            abi.encodeWithSelector(ReentrancyGuardTransient.ReentrancyGuardReentrantCall.selector)
        );
        vm.prank(address(wallet));
        escrow.withdraw(address(0));

        assertEq(address(wallet).balance, AMOUNT, "withdrawn once");
        assertEq(escrow.owed(address(0), address(wallet)), 0, "nothing owed");
        assertEq(address(escrow).balance, AMOUNT, "the other escrow's ETH stays");
    }

    // ================================================================== fuzz

    function testFuzzIdMatchesFormula(IEscrow.Terms memory t) public view {
        assertEq(escrow.escrowId(t), keccak256(abi.encode(block.chainid, address(escrow), t)), "id formula");
    }

    /// @dev Any sequence of partial releases pays the payee exactly what was released, never more
    /// than the deposit; the refund returns exactly the rest.
    function testFuzzReleasesNeverExceedDeposit(uint256 amount, uint256[6] memory parts) public {
        amount = bound(amount, 1, type(uint128).max);
        IEscrow.Terms memory t = _plainTerms();
        t.amount = amount;
        usd.mint(payer, amount);
        bytes32 id = _open(t);
        uint256 payerBefore = usd.balanceOf(payer);

        uint256 released;
        for (uint256 i; i < parts.length; ++i) {
            uint256 remaining = amount - released;
            uint256 part = bound(parts[i], 0, remaining + remaining / 2 + 1);
            if (part == 0 || part > remaining) {
                vm.expectRevert(abi.encodeWithSelector(IEscrow.EscrowInvalidAmount.selector, id, part, remaining));
                vm.prank(payer);
                escrow.release(t, part);
                continue;
            }
            vm.prank(payer);
            escrow.release(t, part);
            released += part;
            if (released == amount) break;
        }
        assertEq(usd.balanceOf(payee), released, "payee got exactly the releases");
        assertEq(uint256(escrow.getState(id).remaining), amount - released, "remaining");
        assertEq(usd.balanceOf(address(escrow)), amount - released, "escrow holds the rest");

        vm.warp(DEADLINE);
        if (released < amount) escrow.refund(t);
        assertEq(usd.balanceOf(payer) - payerBefore + usd.balanceOf(payee), amount, "paid out exactly the deposit");
        assertEq(usd.balanceOf(address(escrow)), 0, "escrow empty");
        assertEq(uint256(escrow.getState(id).status), uint256(IEscrow.Status.Closed), "closed");
    }

    /// @dev A ruling always splits exactly the remainder: payee + payer + fee = remaining.
    function testFuzzResolveSplitsSumToRemaining(uint256 amount, uint256 released, uint16 feeBps, uint256 toPayee)
        public
    {
        amount = bound(amount, 1, type(uint128).max);
        released = bound(released, 0, amount - 1);
        // forge-lint: disable-next-line(unsafe-typecast)
        feeBps = uint16(bound(feeBps, 0, 10_000)); // bounded to 10,000
        IEscrow.Terms memory t = _terms();
        t.amount = amount;
        t.arbiterFeeBps = feeBps;
        usd.mint(payer, amount);
        bytes32 id = _open(t);
        if (released != 0) {
            vm.prank(payer);
            escrow.release(t, released);
        }
        _dispute(t, payee);

        uint256 remaining = amount - released;
        uint256 fee = remaining * feeBps / 10_000;
        toPayee = bound(toPayee, 0, remaining - fee);
        uint256 payerBefore = usd.balanceOf(payer);
        vm.prank(arbiter);
        escrow.resolve(t, toPayee);

        uint256 toPayer = usd.balanceOf(payer) - payerBefore;
        assertEq(usd.balanceOf(arbiter), fee, "fee = remaining * bps / 10,000");
        assertEq(usd.balanceOf(payee), released + toPayee, "payee gets the ruling");
        assertEq(toPayer + toPayee + fee, remaining, "split sums to the remainder");
        assertEq(usd.balanceOf(address(escrow)), 0, "escrow empty");
        _assertState(id, 0, IEscrow.Status.Closed, START);
    }

    /// @dev Refund timing: impossible before the deadline, possible from it on.
    function testFuzzRefundOnlyFromDeadline(uint256 warpTo) public {
        warpTo = bound(warpTo, START, uint256(DEADLINE) + 365 days);
        IEscrow.Terms memory t = _ethTerms();
        bytes32 id = _open(t);
        vm.warp(warpTo);
        if (warpTo < DEADLINE) {
            vm.expectRevert(abi.encodeWithSelector(IEscrow.EscrowNotRefundable.selector, id, DEADLINE, warpTo));
            escrow.refund(t);
            _assertState(id, AMOUNT, IEscrow.Status.Open, 0);
        } else {
            escrow.refund(t);
            _assertState(id, 0, IEscrow.Status.Closed, 0);
        }
    }
}
