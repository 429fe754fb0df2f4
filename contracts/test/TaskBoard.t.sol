// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {ERC3009} from "@openzeppelin/contracts/token/ERC20/extensions/draft-ERC3009.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";

import {AttestationRegistry} from "../src/AttestationRegistry.sol";
import {TaskBoard} from "../src/TaskBoard.sol";
import {TestToken} from "../src/TestToken.sol";
import {IAttestationRegistry} from "../src/interfaces/IAttestationRegistry.sol";
import {IPayouts} from "../src/interfaces/IPayouts.sol";
import {ITaskBoard} from "../src/interfaces/ITaskBoard.sol";
import {Payouts} from "../src/utils/Payouts.sol";
import {bound} from "./base/Bound.sol";
import {Test} from "./base/Test.sol";
import {
    BlocklistToken,
    FeeOnTransferToken,
    GasHungryReceiver,
    ReentrantReceiver,
    ReentrantToken,
    RevertingReceiver
} from "./helpers/TaskBoardHelpers.sol";

/// @dev Cheatcodes these tests need beyond the shared Vm declaration.
interface VmExtra {
    function snapshotState() external returns (uint256 snapshotId);
    function revertToState(uint256 snapshotId) external returns (bool success);
}

/// @dev Shared fixtures: a board, its registry, a USDC-like token, the parties, default terms
/// and helpers that drive a task to each status. Formulas (task id, EIP-3009 digest, delivery
/// time) are written from the specification, not taken from the contract.
abstract contract TaskBoardFixture is Test {
    VmExtra internal constant VM_EXTRA = VmExtra(0x7109709ECfa91a80626fF3989D68f67F5b1DD12D);

    uint64 internal constant START = 1_700_000_000;
    uint256 internal constant REWARD = 100e6;
    uint256 internal constant STAKE = 10e6;
    uint256 internal constant ETH_REWARD = 1 ether;
    uint256 internal constant ETH_STAKE = 0.1 ether;
    uint16 internal constant FEE_BPS = 500;
    uint64 internal constant DEADLINE = START + 10 days;
    uint32 internal constant CLAIM_DURATION = 2 days;
    uint32 internal constant REVIEW_WINDOW = 3 days;
    uint32 internal constant DISPUTE_WINDOW = 2 days;
    uint256 internal constant ARBITRATION_PERIOD = 30 days;
    string internal constant SPEC_URI = "ipfs://spec";
    string internal constant RESULT_URI = "ipfs://result";
    bytes32 internal constant RESULT_HASH = keccak256("result");
    bytes32 internal constant REASON = keccak256("not what was asked");

    bytes32 internal constant RECEIVE_TYPEHASH = keccak256(
        "ReceiveWithAuthorization(address from,address to,uint256 value,uint256 validAfter,uint256 validBefore,bytes32 nonce)"
    );
    bytes32 internal constant CANCEL_AUTHORIZATION_TYPEHASH =
        keccak256("CancelAuthorization(address authorizer,bytes32 nonce)");

    TaskBoard internal board;
    AttestationRegistry internal registry;
    TestToken internal token;
    /// @dev A second EIP-3009 token, with its own EIP-712 domain.
    TestToken internal otherToken;

    address internal poster;
    uint256 internal posterKey;
    address internal worker;
    address internal otherWorker;
    address internal arbiter;
    address internal validator;
    address internal stranger;
    address internal relayer;
    bytes32 internal schema;
    bytes32 internal otherSchema;

    function setUp() public virtual {
        vm.warp(START);
        registry = new AttestationRegistry();
        board = new TaskBoard(registry);
        token = new TestToken("Test USD", "TUSD");
        otherToken = new TestToken("Other USD", "OUSD");
        (poster, posterKey) = makeAccount("poster");
        worker = makeAddr("worker");
        otherWorker = makeAddr("otherWorker");
        arbiter = makeAddr("arbiter");
        validator = makeAddr("validator");
        stranger = makeAddr("stranger");
        relayer = makeAddr("relayer");
        schema = registry.registerSchema("bool passed", address(0), true);
        otherSchema = registry.registerSchema("bool otherPassed", address(0), true);
        fund(poster);
        fund(worker);
        fund(otherWorker);
        fund(stranger);
    }

    // ------------------------------------------------------------------ funding

    function fund(address account) internal {
        vm.deal(account, 1000 ether);
        token.mint(account, 1_000_000e6);
        vm.prank(account);
        token.approve(address(board), type(uint256).max);
    }

    // -------------------------------------------------------------------- terms

    function tokenTask() internal view returns (ITaskBoard.Task memory) {
        return ITaskBoard.Task({
            poster: poster,
            token: address(token),
            reward: REWARD,
            stake: STAKE,
            deadline: DEADLINE,
            claimDuration: CLAIM_DURATION,
            reviewWindow: REVIEW_WINDOW,
            disputeWindow: DISPUTE_WINDOW,
            arbiter: arbiter,
            arbiterFeeBps: FEE_BPS,
            validationSchema: schema,
            validator: validator,
            specHash: keccak256("spec"),
            salt: bytes32(0)
        });
    }

    function ethTask() internal view returns (ITaskBoard.Task memory task) {
        task = tokenTask();
        task.token = address(0);
        task.reward = ETH_REWARD;
        task.stake = ETH_STAKE;
    }

    /// @dev The task id from the specification: keccak256(abi.encode(chainId, board, task)),
    /// each term a 32-byte word in declaration order.
    function idOf(ITaskBoard.Task memory t) internal view returns (bytes32) {
        bytes memory head = abi.encode(
            block.chainid, address(board), t.poster, t.token, t.reward, t.stake, t.deadline, t.claimDuration
        );
        bytes memory tail =
            abi.encode(t.reviewWindow, t.disputeWindow, t.arbiter, t.arbiterFeeBps, t.validationSchema, t.validator);
        return keccak256(bytes.concat(head, tail, abi.encode(t.specHash, t.salt)));
    }

    // -------------------------------------------------------------------- flows

    function valueOf(ITaskBoard.Task memory t, uint256 amount) internal pure returns (uint256) {
        return t.token == address(0) ? amount : 0;
    }

    function postTask(ITaskBoard.Task memory t) internal returns (bytes32 id) {
        vm.prank(t.poster);
        id = board.post{value: valueOf(t, t.reward)}(t, SPEC_URI);
    }

    function claimAs(ITaskBoard.Task memory t, address who) internal {
        vm.prank(who);
        board.claim{value: valueOf(t, t.stake)}(t);
    }

    function submitAs(ITaskBoard.Task memory t, address who) internal {
        vm.prank(who);
        board.submit(t, RESULT_HASH, RESULT_URI);
    }

    function claimed(ITaskBoard.Task memory t) internal returns (bytes32 id) {
        id = postTask(t);
        claimAs(t, worker);
    }

    function submitted(ITaskBoard.Task memory t) internal returns (bytes32 id) {
        id = claimed(t);
        submitAs(t, worker);
    }

    function rejected(ITaskBoard.Task memory t) internal returns (bytes32 id) {
        id = submitted(t);
        vm.prank(t.poster);
        board.reject(t, REASON);
    }

    function disputed(ITaskBoard.Task memory t) internal returns (bytes32 id) {
        id = rejected(t);
        vm.prank(worker);
        board.dispute(t);
    }

    // -------------------------------------------------------------- attestations

    function attestAs(address attester, bytes32 schema_, bytes32 refUID, uint64 expirationTime)
        internal
        returns (bytes32 uid, IAttestationRegistry.AttestationContent memory content)
    {
        IAttestationRegistry.AttestationRequest memory request = IAttestationRegistry.AttestationRequest({
            schema: schema_,
            recipient: worker,
            expirationTime: expirationTime,
            revocable: true,
            refUID: refUID,
            data: abi.encode(true)
        });
        vm.prank(attester);
        uid = registry.attest(request);
        content = IAttestationRegistry.AttestationContent({
            schema: schema_,
            attester: attester,
            recipient: worker,
            expirationTime: expirationTime,
            revocable: true,
            refUID: refUID,
            dataHash: keccak256(request.data)
        });
    }

    // ---------------------------------------------------------------- EIP-3009

    function receiveDigest(TestToken token_, address from, uint256 value, uint256 validBefore, bytes32 nonce)
        internal
        view
        returns (bytes32)
    {
        bytes32 structHash = keccak256(abi.encode(RECEIVE_TYPEHASH, from, address(board), value, 0, validBefore, nonce));
        return keccak256(abi.encodePacked("\x19\x01", token_.DOMAIN_SEPARATOR(), structHash));
    }

    /// @dev The poster's authorization for `t`: its reward to the board, nonce = task id.
    function signPost(ITaskBoard.Task memory t, uint256 validBefore)
        internal
        view
        returns (uint8 v, bytes32 r, bytes32 s)
    {
        return vm.sign(posterKey, receiveDigest(token, t.poster, t.reward, validBefore, idOf(t)));
    }

    // ------------------------------------------------------------------ queries

    function balanceOf(address asset, address account) internal view returns (uint256) {
        return asset == address(0) ? account.balance : IERC20(asset).balanceOf(account);
    }

    function dueAt(ITaskBoard.Task memory t, uint256 claimedAt) internal pure returns (uint256) {
        uint256 due = claimedAt + t.claimDuration;
        return due < t.deadline ? due : t.deadline;
    }

    function assertStatus(bytes32 id, ITaskBoard.Status expected, string memory message) internal view {
        assertEq(uint256(board.getState(id).status), uint256(expected), message);
    }

    // ------------------------------------------------------------------- errors

    function wrongStatus(bytes32 id, ITaskBoard.Status status) internal pure returns (bytes memory) {
        return abi.encodeWithSelector(ITaskBoard.TaskBoardWrongStatus.selector, id, status);
    }

    function unauthorized(bytes32 id, address caller) internal pure returns (bytes memory) {
        return abi.encodeWithSelector(ITaskBoard.TaskBoardUnauthorized.selector, id, caller);
    }

    function tooEarly(bytes32 id, uint256 allowedAt) internal view returns (bytes memory) {
        return abi.encodeWithSelector(ITaskBoard.TaskBoardTooEarly.selector, id, allowedAt, block.timestamp);
    }

    function tooLate(bytes32 id, uint256 endedAt) internal view returns (bytes memory) {
        return abi.encodeWithSelector(ITaskBoard.TaskBoardTooLate.selector, id, endedAt, block.timestamp);
    }

    function invalidTerms(string memory reason) internal pure returns (bytes memory) {
        return abi.encodeWithSelector(ITaskBoard.TaskBoardInvalidTerms.selector, reason);
    }

    function wrongValue(uint256 expected, uint256 sent) internal pure returns (bytes memory) {
        return abi.encodeWithSelector(IPayouts.PayoutsWrongValue.selector, expected, sent);
    }

    function reentrantCall() internal pure returns (bytes memory) {
        return abi.encodeWithSelector(ReentrancyGuardTransient.ReentrancyGuardReentrantCall.selector);
    }
}

// =====================================================================================
// Posting
// =====================================================================================

contract TaskBoardPostTest is TaskBoardFixture {
    // ------------------------------------------------------------------------ id

    function testPostReturnsIdOfChainBoardAndTerms() public {
        ITaskBoard.Task memory t = tokenTask();
        bytes32 expected = idOf(t);
        assertEq(postTask(t), expected, "post returns keccak256(abi.encode(chainid, board, task))");
        assertEq(board.taskId(t), expected, "taskId agrees");
    }

    function testTaskIdDiffersOnOtherChainAndBoard() public {
        ITaskBoard.Task memory t = tokenTask();
        bytes32 here = board.taskId(t);
        TaskBoard otherBoard = new TaskBoard(registry);
        assertTrue(otherBoard.taskId(t) != here, "another board gives another id");
        uint256 originalChain = block.chainid;
        vm.chainId(originalChain + 1);
        assertEq(board.taskId(t), here, "the id keeps the deployment's chain id after a split");
        TaskBoard onOtherChain = new TaskBoard(registry);
        assertEq(
            onOtherChain.taskId(t),
            keccak256(abi.encode(originalChain + 1, address(onOtherChain), t)),
            "a board deployed on another chain gives another id"
        );
    }

    function testTaskIdChangesWithEveryTerm() public view {
        ITaskBoard.Task memory t = tokenTask();
        bytes32 base = board.taskId(t);
        for (uint256 field = 0; field < 14; ++field) {
            ITaskBoard.Task memory altered = alter(t, field);
            assertTrue(board.taskId(altered) != base, string.concat("term ", vm.toString(field), " is in the id"));
        }
    }

    function testPostSameTermsWithOtherSaltIsAnotherTask() public {
        ITaskBoard.Task memory t = tokenTask();
        bytes32 first = postTask(t);
        t.salt = bytes32(uint256(1));
        bytes32 second = postTask(t);
        assertTrue(first != second, "salt makes another task");
        assertStatus(second, ITaskBoard.Status.Open, "second task open");
        assertEq(token.balanceOf(address(board)), 2 * REWARD, "both rewards held");
    }

    // -------------------------------------------------------------- collection

    function testPostTokenEmitsCompleteEvent() public {
        ITaskBoard.Task memory t = tokenTask();
        vm.expectEmit(address(board));
        emit ITaskBoard.TaskPosted(idOf(t), poster, address(token), t, SPEC_URI, false, poster);
        postTask(t);
    }

    function testPostEthEmitsCompleteEvent() public {
        ITaskBoard.Task memory t = ethTask();
        vm.expectEmit(address(board));
        emit ITaskBoard.TaskPosted(idOf(t), poster, address(0), t, SPEC_URI, false, poster);
        postTask(t);
    }

    function testPostTokenCollectsReward() public {
        ITaskBoard.Task memory t = tokenTask();
        uint256 posterBefore = token.balanceOf(poster);
        bytes32 id = postTask(t);
        assertEq(token.balanceOf(poster), posterBefore - REWARD, "poster paid the reward");
        assertEq(token.balanceOf(address(board)), REWARD, "board holds the reward");
        ITaskBoard.State memory state = board.getState(id);
        assertEq(uint256(state.status), uint256(ITaskBoard.Status.Open), "open");
        assertEq(state.worker, address(0), "no worker");
        assertEq(uint256(state.since), 0, "since unset while open");
    }

    function testPostEthCollectsReward() public {
        ITaskBoard.Task memory t = ethTask();
        uint256 posterBefore = poster.balance;
        bytes32 id = postTask(t);
        assertEq(poster.balance, posterBefore - ETH_REWARD, "poster paid the reward");
        assertEq(address(board).balance, ETH_REWARD, "board holds the reward");
        assertStatus(id, ITaskBoard.Status.Open, "open");
    }

    function testPostAcceptsMinimalTerms() public {
        ITaskBoard.Task memory t = tokenTask();
        t.stake = 0;
        t.disputeWindow = 0;
        t.arbiter = address(0);
        t.arbiterFeeBps = 0;
        t.validationSchema = bytes32(0);
        t.validator = address(0);
        t.claimDuration = 1;
        t.reviewWindow = 1;
        bytes32 id = postTask(t);
        assertStatus(id, ITaskBoard.Status.Open, "minimal terms are valid");
    }

    function testPostAcceptsArbiterFeeAtMax() public {
        ITaskBoard.Task memory t = tokenTask();
        t.arbiterFeeBps = 10_000;
        assertStatus(postTask(t), ITaskBoard.Status.Open, "a 100% fee is allowed");
    }

    function testPostSucceedsWhenDeadlineIsNextSecond() public {
        ITaskBoard.Task memory t = tokenTask();
        t.deadline = START + 1;
        assertStatus(postTask(t), ITaskBoard.Status.Open, "deadline one second ahead is valid");
    }

    // ----------------------------------------------------------- invalid terms

    function testPostRevertsWhenPosterZero() public {
        ITaskBoard.Task memory t = tokenTask();
        t.poster = address(0);
        vm.expectRevert(invalidTerms("zero poster"));
        vm.prank(address(0));
        board.post(t, SPEC_URI);
    }

    function testPostRevertsWhenRewardZero() public {
        ITaskBoard.Task memory t = tokenTask();
        t.reward = 0;
        expectPostReverts(t, invalidTerms("zero reward"));
    }

    function testPostRevertsWhenDeadlineIsNow() public {
        ITaskBoard.Task memory t = tokenTask();
        t.deadline = START;
        expectPostReverts(t, invalidTerms("deadline not in the future"));
    }

    function testPostRevertsWhenDeadlineInPast() public {
        ITaskBoard.Task memory t = tokenTask();
        t.deadline = START - 1;
        expectPostReverts(t, invalidTerms("deadline not in the future"));
    }

    function testPostRevertsWhenClaimDurationZero() public {
        ITaskBoard.Task memory t = tokenTask();
        t.claimDuration = 0;
        expectPostReverts(t, invalidTerms("zero claim duration"));
    }

    function testPostRevertsWhenReviewWindowZero() public {
        ITaskBoard.Task memory t = tokenTask();
        t.reviewWindow = 0;
        expectPostReverts(t, invalidTerms("zero review window"));
    }

    function testPostRevertsWhenArbiterIsTheBoard() public {
        ITaskBoard.Task memory t = tokenTask();
        t.arbiter = address(board);
        expectPostReverts(t, invalidTerms("arbiter is the poster or the board"));
    }

    function testPostRevertsWhenArbiterHasNoDisputeWindow() public {
        ITaskBoard.Task memory t = tokenTask();
        assertTrue(t.arbiter != address(0), "fixture has an arbiter");
        t.disputeWindow = 0;
        expectPostReverts(t, invalidTerms("arbiter without a dispute window"));
    }

    function testPostRevertsWhenRewardPlusStakeOverflows() public {
        ITaskBoard.Task memory t = tokenTask();
        t.reward = type(uint256).max;
        t.stake = 1;
        expectPostReverts(t, invalidTerms("reward plus stake overflows"));
    }

    function testPostRevertsWhenArbiterIsPoster() public {
        ITaskBoard.Task memory t = tokenTask();
        t.arbiter = poster;
        expectPostReverts(t, invalidTerms("arbiter is the poster or the board"));
    }

    function testPostRevertsWhenArbiterFeeAboveMax() public {
        ITaskBoard.Task memory t = tokenTask();
        t.arbiterFeeBps = 10_001;
        expectPostReverts(t, invalidTerms("arbiter fee"));
    }

    function testPostRevertsWhenFeeWithoutArbiter() public {
        ITaskBoard.Task memory t = tokenTask();
        t.arbiter = address(0);
        t.arbiterFeeBps = 1;
        expectPostReverts(t, invalidTerms("arbiter fee"));
    }

    function testPostRevertsWhenSchemaWithoutValidator() public {
        ITaskBoard.Task memory t = tokenTask();
        t.validator = address(0);
        expectPostReverts(t, invalidTerms("validation needs both schema and validator"));
    }

    function testPostRevertsWhenValidatorWithoutSchema() public {
        ITaskBoard.Task memory t = tokenTask();
        t.validationSchema = bytes32(0);
        expectPostReverts(t, invalidTerms("validation needs both schema and validator"));
    }

    // ------------------------------------------------------- other failures

    function testPostRevertsWhenTaskExists() public {
        ITaskBoard.Task memory t = tokenTask();
        bytes32 id = postTask(t);
        expectPostReverts(t, abi.encodeWithSelector(ITaskBoard.TaskBoardTaskExists.selector, id));
        assertEq(token.balanceOf(address(board)), REWARD, "reward collected once");
    }

    function testPostRevertsWhenTermsReusedAfterCancel() public {
        ITaskBoard.Task memory t = tokenTask();
        bytes32 id = postTask(t);
        vm.prank(poster);
        board.cancel(t);
        expectPostReverts(t, abi.encodeWithSelector(ITaskBoard.TaskBoardTaskExists.selector, id));
        assertStatus(id, ITaskBoard.Status.Cancelled, "still cancelled");
    }

    function testPostByFunderOnPostersBehalf() public {
        // A funder (e.g. a SpendingGuard) pays the reward; the poster runs the task and gets refunds.
        ITaskBoard.Task memory t = tokenTask();
        uint256 posterBefore = token.balanceOf(poster);
        uint256 strangerBefore = token.balanceOf(stranger);
        vm.expectEmit(address(board));
        emit ITaskBoard.TaskPosted(idOf(t), poster, address(token), t, SPEC_URI, false, stranger);
        vm.prank(stranger);
        bytes32 id = board.post(t, SPEC_URI);
        assertEq(token.balanceOf(stranger), strangerBefore - t.reward, "funder paid");
        assertEq(token.balanceOf(poster), posterBefore, "poster paid nothing");

        vm.expectRevert(unauthorized(id, stranger));
        vm.prank(stranger);
        board.cancel(t);

        vm.prank(poster);
        board.cancel(t);
        assertEq(token.balanceOf(poster), posterBefore + t.reward, "refund goes to the poster");
        assertEq(token.balanceOf(stranger), strangerBefore - t.reward, "nothing back to the funder");
    }

    function testPostEthRevertsWhenValueTooLow() public {
        ITaskBoard.Task memory t = ethTask();
        vm.expectRevert(wrongValue(ETH_REWARD, ETH_REWARD - 1));
        vm.prank(poster);
        board.post{value: ETH_REWARD - 1}(t, SPEC_URI);
    }

    function testPostEthRevertsWhenValueTooHigh() public {
        ITaskBoard.Task memory t = ethTask();
        vm.expectRevert(wrongValue(ETH_REWARD, ETH_REWARD + 1));
        vm.prank(poster);
        board.post{value: ETH_REWARD + 1}(t, SPEC_URI);
    }

    function testPostTokenRevertsWhenValueSent() public {
        ITaskBoard.Task memory t = tokenTask();
        vm.expectRevert(wrongValue(0, 1));
        vm.prank(poster);
        board.post{value: 1}(t, SPEC_URI);
    }

    function testPostRevertsWhenTokenTakesFee() public {
        FeeOnTransferToken feeToken = new FeeOnTransferToken();
        feeToken.mint(poster, REWARD);
        vm.prank(poster);
        feeToken.approve(address(board), REWARD);
        ITaskBoard.Task memory t = tokenTask();
        t.token = address(feeToken);
        uint256 received = REWARD - REWARD * feeToken.FEE_BPS() / 10_000;
        expectPostReverts(
            t, abi.encodeWithSelector(IPayouts.PayoutsFeeOnTransfer.selector, address(feeToken), REWARD, received)
        );
    }

    function testPostRevertsWithoutAllowance() public {
        ITaskBoard.Task memory t = tokenTask();
        vm.prank(poster);
        token.approve(address(board), REWARD - 1);
        expectPostReverts(
            t,
            abi.encodeWithSelector(IERC20Errors.ERC20InsufficientAllowance.selector, address(board), REWARD - 1, REWARD)
        );
    }

    // ----------------------------------------------------- with authorization

    function testPostWithAuthorizationRelayedByThirdParty() public {
        ITaskBoard.Task memory t = tokenTask();
        bytes32 id = idOf(t);
        uint256 validBefore = START + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = signPost(t, validBefore);
        uint256 posterBefore = token.balanceOf(poster);
        uint256 relayerBefore = token.balanceOf(relayer);

        vm.expectEmit(address(board));
        emit ITaskBoard.TaskPosted(id, poster, address(token), t, SPEC_URI, true, poster);
        vm.prank(relayer);
        bytes32 returned = board.postWithAuthorization(t, SPEC_URI, 0, validBefore, v, r, s);

        assertEq(returned, id, "returns the task id");
        assertEq(token.balanceOf(poster), posterBefore - REWARD, "poster paid through its signature");
        assertEq(token.balanceOf(relayer), relayerBefore, "relayer paid nothing");
        assertEq(token.balanceOf(address(board)), REWARD, "board holds the reward");
        assertTrue(token.authorizationState(poster, id), "the authorization nonce is the task id");
        assertStatus(id, ITaskBoard.Status.Open, "open");
    }

    function testPostWithAuthorizationRevertsOnReplay() public {
        ITaskBoard.Task memory t = tokenTask();
        uint256 validBefore = START + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = signPost(t, validBefore);
        vm.prank(relayer);
        bytes32 id = board.postWithAuthorization(t, SPEC_URI, 0, validBefore, v, r, s);
        uint256 posterBefore = token.balanceOf(poster);

        vm.expectRevert(abi.encodeWithSelector(ITaskBoard.TaskBoardTaskExists.selector, id));
        vm.prank(stranger);
        board.postWithAuthorization(t, SPEC_URI, 0, validBefore, v, r, s);
        assertEq(token.balanceOf(poster), posterBefore, "poster charged once");
    }

    function testPostWithAuthorizationRevertsOnReplayAfterCancel() public {
        ITaskBoard.Task memory t = tokenTask();
        uint256 validBefore = START + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = signPost(t, validBefore);
        vm.prank(relayer);
        bytes32 id = board.postWithAuthorization(t, SPEC_URI, 0, validBefore, v, r, s);
        vm.prank(poster);
        board.cancel(t);

        vm.expectRevert(abi.encodeWithSelector(ITaskBoard.TaskBoardTaskExists.selector, id));
        vm.prank(relayer);
        board.postWithAuthorization(t, SPEC_URI, 0, validBefore, v, r, s);
        assertEq(token.balanceOf(address(board)), 0, "refunded reward not taken again");
    }

    function testPostWithAuthorizationRevertsOnOtherBoard() public {
        ITaskBoard.Task memory t = tokenTask();
        uint256 validBefore = START + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = signPost(t, validBefore);
        TaskBoard otherBoard = new TaskBoard(registry);
        vm.expectRevert(ERC3009.ERC3009InvalidSignature.selector);
        vm.prank(relayer);
        otherBoard.postWithAuthorization(t, SPEC_URI, 0, validBefore, v, r, s);
    }

    function testPostWithAuthorizationRevertsWhenExpired() public {
        ITaskBoard.Task memory t = tokenTask();
        uint256 validBefore = START + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = signPost(t, validBefore);
        vm.warp(validBefore);
        vm.expectRevert(
            abi.encodeWithSelector(ERC3009.ERC3009InvalidAuthorizationTime.selector, uint256(0), validBefore)
        );
        vm.prank(relayer);
        board.postWithAuthorization(t, SPEC_URI, 0, validBefore, v, r, s);
    }

    function testPostWithAuthorizationRevertsBeforeValidAfter() public {
        ITaskBoard.Task memory t = tokenTask();
        uint256 validAfter = START + 1 hours;
        uint256 validBefore = START + 2 hours;
        bytes32 structHash =
            keccak256(abi.encode(RECEIVE_TYPEHASH, poster, address(board), REWARD, validAfter, validBefore, idOf(t)));
        (uint8 v, bytes32 r, bytes32 s) =
            vm.sign(posterKey, keccak256(abi.encodePacked("\x19\x01", token.DOMAIN_SEPARATOR(), structHash)));
        vm.expectRevert(
            abi.encodeWithSelector(ERC3009.ERC3009InvalidAuthorizationTime.selector, validAfter, validBefore)
        );
        vm.prank(relayer);
        board.postWithAuthorization(t, SPEC_URI, validAfter, validBefore, v, r, s);
    }

    function testPostWithAuthorizationRevertsWhenRelayerAltersReward() public {
        expectAlteredTermRejected(2);
    }

    function testPostWithAuthorizationRevertsWhenRelayerAltersDeadline() public {
        expectAlteredTermRejected(4);
    }

    function testPostWithAuthorizationRevertsWhenRelayerAltersReviewWindow() public {
        expectAlteredTermRejected(6);
    }

    function testPostWithAuthorizationRevertsWhenRelayerAltersAnyTerm() public {
        for (uint256 field = 0; field < 14; ++field) {
            expectAlteredTermRejected(field);
        }
        assertEq(token.balanceOf(address(board)), 0, "no altered task was funded");
    }

    function testPostWithAuthorizationRevertsWhenPosterCancelledAuthorization() public {
        ITaskBoard.Task memory t = tokenTask();
        bytes32 id = idOf(t);
        uint256 validBefore = START + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = signPost(t, validBefore);
        bytes32 cancelDigest = keccak256(
            abi.encodePacked(
                "\x19\x01", token.DOMAIN_SEPARATOR(), keccak256(abi.encode(CANCEL_AUTHORIZATION_TYPEHASH, poster, id))
            )
        );
        (uint8 cv, bytes32 cr, bytes32 cs) = vm.sign(posterKey, cancelDigest);
        token.cancelAuthorization(poster, id, cv, cr, cs);

        vm.expectRevert(abi.encodeWithSelector(ERC3009.ERC3009UsedAuthorization.selector, poster, id));
        vm.prank(relayer);
        board.postWithAuthorization(t, SPEC_URI, 0, validBefore, v, r, s);
    }

    function testPostWithAuthorizationRevertsForEth() public {
        ITaskBoard.Task memory t = ethTask();
        vm.expectRevert(invalidTerms("signature funding needs a token"));
        vm.prank(relayer);
        board.postWithAuthorization(t, SPEC_URI, 0, START + 1 hours, 27, bytes32(0), bytes32(0));
    }

    function testPostWithAuthorizationRefusesEthValue() public {
        ITaskBoard.Task memory t = tokenTask();
        uint256 validBefore = START + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = signPost(t, validBefore);
        bytes memory data = abi.encodeCall(board.postWithAuthorization, (t, SPEC_URI, 0, validBefore, v, r, s));
        vm.deal(relayer, 1 ether);
        vm.prank(relayer);
        (bool ok,) = address(board).call{value: 1 wei}(data);
        assertFalse(ok, "postWithAuthorization is not payable");
        assertEq(address(board).balance, 0, "no ETH kept");
        assertStatus(idOf(t), ITaskBoard.Status.None, "nothing posted");
    }

    function testPostWithAuthorizationRevertsWhenTokenTakesFee() public {
        FeeOnTransferToken feeToken = new FeeOnTransferToken();
        feeToken.mint(poster, REWARD);
        ITaskBoard.Task memory t = tokenTask();
        t.token = address(feeToken);
        uint256 received = REWARD - REWARD * feeToken.FEE_BPS() / 10_000;
        vm.expectRevert(
            abi.encodeWithSelector(IPayouts.PayoutsFeeOnTransfer.selector, address(feeToken), REWARD, received)
        );
        vm.prank(relayer);
        board.postWithAuthorization(t, SPEC_URI, 0, START + 1 hours, 27, bytes32(0), bytes32(0));
    }

    function testPostWithAuthorizationChecksTermsBeforeFunding() public {
        ITaskBoard.Task memory t = tokenTask();
        t.reviewWindow = 0;
        uint256 validBefore = START + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = signPost(t, validBefore);
        vm.expectRevert(invalidTerms("zero review window"));
        vm.prank(relayer);
        board.postWithAuthorization(t, SPEC_URI, 0, validBefore, v, r, s);
    }

    // ------------------------------------------------------------------ helpers

    function expectPostReverts(ITaskBoard.Task memory t, bytes memory expected) internal {
        uint256 value = valueOf(t, t.reward);
        vm.expectRevert(expected);
        vm.prank(t.poster);
        board.post{value: value}(t, SPEC_URI);
    }

    /// @dev The poster signs the default terms; a relayer submits them with term `field` changed.
    function expectAlteredTermRejected(uint256 field) internal {
        ITaskBoard.Task memory t = tokenTask();
        uint256 validBefore = START + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = signPost(t, validBefore);
        ITaskBoard.Task memory altered = alter(t, field);
        vm.expectRevert(ERC3009.ERC3009InvalidSignature.selector);
        vm.prank(relayer);
        board.postWithAuthorization(altered, SPEC_URI, 0, validBefore, v, r, s);
        assertStatus(idOf(altered), ITaskBoard.Status.None, "altered task not posted");
    }

    /// @dev `t` with term number `field` (declaration order) changed to another valid value.
    function alter(ITaskBoard.Task memory t, uint256 field) internal view returns (ITaskBoard.Task memory a) {
        a = ITaskBoard.Task({
            poster: t.poster,
            token: t.token,
            reward: t.reward,
            stake: t.stake,
            deadline: t.deadline,
            claimDuration: t.claimDuration,
            reviewWindow: t.reviewWindow,
            disputeWindow: t.disputeWindow,
            arbiter: t.arbiter,
            arbiterFeeBps: t.arbiterFeeBps,
            validationSchema: t.validationSchema,
            validator: t.validator,
            specHash: t.specHash,
            salt: t.salt
        });
        if (field == 0) a.poster = otherWorker;
        else if (field == 1) a.token = address(otherToken);
        else if (field == 2) a.reward = t.reward + 1;
        else if (field == 3) a.stake = t.stake + 1;
        else if (field == 4) a.deadline = t.deadline + 1;
        else if (field == 5) a.claimDuration = t.claimDuration + 1;
        else if (field == 6) a.reviewWindow = t.reviewWindow + 1;
        else if (field == 7) a.disputeWindow = t.disputeWindow + 1;
        else if (field == 8) a.arbiter = stranger;
        else if (field == 9) a.arbiterFeeBps = t.arbiterFeeBps + 1;
        else if (field == 10) a.validationSchema = otherSchema;
        else if (field == 11) a.validator = stranger;
        else if (field == 12) a.specHash = keccak256("other spec");
        else a.salt = bytes32(uint256(t.salt) + 1);
    }
}

// =====================================================================================
// Cancel, claim, unclaim, reopen, submit
// =====================================================================================

contract TaskBoardWorkTest is TaskBoardFixture {
    // ------------------------------------------------------------------ cancel

    function testCancelRefundsPosterAndEmits() public {
        ITaskBoard.Task memory t = tokenTask();
        bytes32 id = postTask(t);
        uint256 posterBefore = token.balanceOf(poster);
        vm.expectEmit(address(board));
        emit ITaskBoard.TaskClosed(id, ITaskBoard.Status.Cancelled, REWARD, 0);
        vm.prank(poster);
        board.cancel(t);
        assertStatus(id, ITaskBoard.Status.Cancelled, "cancelled");
        assertEq(token.balanceOf(poster), posterBefore + REWARD, "reward back to poster");
        assertEq(token.balanceOf(address(board)), 0, "board empty");
    }

    function testCancelEthRefundsPoster() public {
        ITaskBoard.Task memory t = ethTask();
        bytes32 id = postTask(t);
        uint256 posterBefore = poster.balance;
        vm.prank(poster);
        board.cancel(t);
        assertStatus(id, ITaskBoard.Status.Cancelled, "cancelled");
        assertEq(poster.balance, posterBefore + ETH_REWARD, "ETH reward back to poster");
        assertEq(address(board).balance, 0, "board empty");
    }

    function testCancelSucceedsAfterDeadline() public {
        ITaskBoard.Task memory t = tokenTask();
        bytes32 id = postTask(t);
        vm.warp(DEADLINE + 1);
        vm.prank(poster);
        board.cancel(t);
        assertStatus(id, ITaskBoard.Status.Cancelled, "an open task can be cancelled at any time");
    }

    function testCancelRevertsWhenCallerNotPoster() public {
        ITaskBoard.Task memory t = tokenTask();
        bytes32 id = postTask(t);
        vm.expectRevert(unauthorized(id, stranger));
        vm.prank(stranger);
        board.cancel(t);
        assertStatus(id, ITaskBoard.Status.Open, "still open");
    }

    function testCancelRevertsWhenClaimed() public {
        ITaskBoard.Task memory t = tokenTask();
        bytes32 id = claimed(t);
        vm.expectRevert(wrongStatus(id, ITaskBoard.Status.Claimed));
        vm.prank(poster);
        board.cancel(t);
    }

    function testCancelRevertsWhenUnknown() public {
        ITaskBoard.Task memory t = tokenTask();
        vm.expectRevert(wrongStatus(idOf(t), ITaskBoard.Status.None));
        vm.prank(poster);
        board.cancel(t);
    }

    function testCancelRevertsWhenAlreadyCancelled() public {
        ITaskBoard.Task memory t = tokenTask();
        bytes32 id = postTask(t);
        vm.prank(poster);
        board.cancel(t);
        vm.expectRevert(wrongStatus(id, ITaskBoard.Status.Cancelled));
        vm.prank(poster);
        board.cancel(t);
    }

    // ------------------------------------------------------------------- claim

    function testClaimCollectsTokenStakeAndEmits() public {
        ITaskBoard.Task memory t = tokenTask();
        bytes32 id = postTask(t);
        vm.warp(START + 1 hours);
        uint256 workerBefore = token.balanceOf(worker);
        vm.expectEmit(address(board));
        emit ITaskBoard.TaskClaimed(id, worker, START + 1 hours + CLAIM_DURATION);
        claimAs(t, worker);
        ITaskBoard.State memory state = board.getState(id);
        assertEq(uint256(state.status), uint256(ITaskBoard.Status.Claimed), "claimed");
        assertEq(state.worker, worker, "worker recorded");
        assertEq(uint256(state.since), START + 1 hours, "claim time recorded");
        assertEq(token.balanceOf(worker), workerBefore - STAKE, "worker paid the stake");
        assertEq(token.balanceOf(address(board)), REWARD + STAKE, "board holds reward and stake");
    }

    function testClaimCollectsEthStake() public {
        ITaskBoard.Task memory t = ethTask();
        bytes32 id = postTask(t);
        uint256 workerBefore = worker.balance;
        claimAs(t, worker);
        assertStatus(id, ITaskBoard.Status.Claimed, "claimed");
        assertEq(worker.balance, workerBefore - ETH_STAKE, "worker paid the ETH stake");
        assertEq(address(board).balance, ETH_REWARD + ETH_STAKE, "board holds reward and stake");
    }

    function testClaimWithoutStakeTakesNothing() public {
        ITaskBoard.Task memory t = ethTask();
        t.stake = 0;
        bytes32 id = postTask(t);
        uint256 workerBefore = worker.balance;
        vm.prank(worker);
        board.claim(t);
        assertStatus(id, ITaskBoard.Status.Claimed, "claimed without a stake");
        assertEq(worker.balance, workerBefore, "nothing taken");
    }

    function testClaimDueAtIsCappedByDeadline() public {
        ITaskBoard.Task memory t = tokenTask();
        bytes32 id = postTask(t);
        vm.warp(DEADLINE - 1 hours);
        vm.expectEmit(address(board));
        emit ITaskBoard.TaskClaimed(id, worker, DEADLINE);
        claimAs(t, worker);
    }

    function testClaimSucceedsOneSecondBeforeDeadline() public {
        ITaskBoard.Task memory t = tokenTask();
        bytes32 id = postTask(t);
        vm.warp(DEADLINE - 1);
        claimAs(t, worker);
        assertStatus(id, ITaskBoard.Status.Claimed, "claimed in the last second");
    }

    function testClaimRevertsAtDeadline() public {
        ITaskBoard.Task memory t = tokenTask();
        bytes32 id = postTask(t);
        vm.warp(DEADLINE);
        vm.expectRevert(tooLate(id, DEADLINE));
        vm.prank(worker);
        board.claim(t);
    }

    function testClaimRevertsWhenCallerIsPoster() public {
        ITaskBoard.Task memory t = tokenTask();
        bytes32 id = postTask(t);
        vm.expectRevert(unauthorized(id, poster));
        vm.prank(poster);
        board.claim(t);
    }

    function testClaimRevertsWhenCallerJudgesTheWork() public {
        ITaskBoard.Task memory t = tokenTask();
        bytes32 id = postTask(t);
        address[2] memory judges = [t.arbiter, t.validator];
        for (uint256 i = 0; i < 2; ++i) {
            assertTrue(judges[i] != address(0), "fixture has an arbiter and a validator");
            vm.expectRevert(unauthorized(id, judges[i]));
            vm.prank(judges[i]);
            board.claim(t);
        }
    }

    function testClaimRevertsWhenAlreadyClaimed() public {
        ITaskBoard.Task memory t = tokenTask();
        bytes32 id = claimed(t);
        vm.expectRevert(wrongStatus(id, ITaskBoard.Status.Claimed));
        vm.prank(otherWorker);
        board.claim(t);
        assertEq(board.getState(id).worker, worker, "first worker keeps the claim");
    }

    function testClaimRevertsWhenUnknown() public {
        ITaskBoard.Task memory t = tokenTask();
        postTask(t);
        t.reward += 1;
        vm.expectRevert(wrongStatus(idOf(t), ITaskBoard.Status.None));
        vm.prank(worker);
        board.claim(t);
    }

    function testClaimEthRevertsWhenValueWrong() public {
        ITaskBoard.Task memory t = ethTask();
        postTask(t);
        vm.expectRevert(wrongValue(ETH_STAKE, ETH_STAKE - 1));
        vm.prank(worker);
        board.claim{value: ETH_STAKE - 1}(t);
        vm.expectRevert(wrongValue(ETH_STAKE, ETH_STAKE + 1));
        vm.prank(worker);
        board.claim{value: ETH_STAKE + 1}(t);
    }

    function testClaimTokenRevertsWhenValueSent() public {
        ITaskBoard.Task memory t = tokenTask();
        postTask(t);
        vm.expectRevert(wrongValue(0, 1));
        vm.prank(worker);
        board.claim{value: 1}(t);
    }

    function testClaimRevertsWhenTokenTakesFee() public {
        FeeOnTransferToken feeToken = new FeeOnTransferToken();
        feeToken.setFee(false);
        feeToken.mint(poster, REWARD);
        feeToken.mint(worker, STAKE);
        vm.prank(poster);
        feeToken.approve(address(board), REWARD);
        vm.prank(worker);
        feeToken.approve(address(board), STAKE);
        ITaskBoard.Task memory t = tokenTask();
        t.token = address(feeToken);
        bytes32 id = postTask(t);
        feeToken.setFee(true);
        uint256 received = STAKE - STAKE * feeToken.FEE_BPS() / 10_000;
        vm.expectRevert(
            abi.encodeWithSelector(IPayouts.PayoutsFeeOnTransfer.selector, address(feeToken), STAKE, received)
        );
        vm.prank(worker);
        board.claim(t);
        assertStatus(id, ITaskBoard.Status.Open, "still open");
    }

    // ----------------------------------------------------------------- unclaim

    function testUnclaimReturnsStakeAndReopens() public {
        ITaskBoard.Task memory t = tokenTask();
        bytes32 id = claimed(t);
        uint256 workerBefore = token.balanceOf(worker);
        vm.expectEmit(address(board));
        emit ITaskBoard.TaskUnclaimed(id, worker);
        vm.prank(worker);
        board.unclaim(t);
        ITaskBoard.State memory state = board.getState(id);
        assertEq(uint256(state.status), uint256(ITaskBoard.Status.Open), "open again");
        assertEq(state.worker, address(0), "worker cleared");
        assertEq(uint256(state.since), 0, "since cleared");
        assertEq(token.balanceOf(worker), workerBefore + STAKE, "stake back to worker");
        assertEq(token.balanceOf(address(board)), REWARD, "board holds the reward only");
    }

    function testUnclaimEthReturnsStake() public {
        ITaskBoard.Task memory t = ethTask();
        claimed(t);
        uint256 workerBefore = worker.balance;
        vm.prank(worker);
        board.unclaim(t);
        assertEq(worker.balance, workerBefore + ETH_STAKE, "ETH stake back to worker");
    }

    function testUnclaimLetsAnotherWorkerClaim() public {
        ITaskBoard.Task memory t = tokenTask();
        bytes32 id = claimed(t);
        vm.prank(worker);
        board.unclaim(t);
        claimAs(t, otherWorker);
        assertEq(board.getState(id).worker, otherWorker, "claimed by another worker");
    }

    function testUnclaimSucceedsOneSecondBeforeDueTime() public {
        ITaskBoard.Task memory t = tokenTask();
        bytes32 id = claimed(t);
        vm.warp(START + CLAIM_DURATION - 1);
        vm.prank(worker);
        board.unclaim(t);
        assertStatus(id, ITaskBoard.Status.Open, "unclaimed in the last second");
    }

    function testUnclaimRevertsAtDueTime() public {
        ITaskBoard.Task memory t = tokenTask();
        bytes32 id = claimed(t);
        vm.warp(START + CLAIM_DURATION);
        vm.expectRevert(tooLate(id, START + CLAIM_DURATION));
        vm.prank(worker);
        board.unclaim(t);
    }

    function testUnclaimRevertsWhenCallerNotWorker() public {
        ITaskBoard.Task memory t = tokenTask();
        bytes32 id = claimed(t);
        vm.expectRevert(unauthorized(id, poster));
        vm.prank(poster);
        board.unclaim(t);
        vm.expectRevert(unauthorized(id, otherWorker));
        vm.prank(otherWorker);
        board.unclaim(t);
    }

    function testUnclaimRevertsWhenOpen() public {
        ITaskBoard.Task memory t = tokenTask();
        bytes32 id = postTask(t);
        vm.expectRevert(wrongStatus(id, ITaskBoard.Status.Open));
        vm.prank(worker);
        board.unclaim(t);
    }

    function testUnclaimRevertsWhenSubmitted() public {
        ITaskBoard.Task memory t = tokenTask();
        bytes32 id = submitted(t);
        vm.expectRevert(wrongStatus(id, ITaskBoard.Status.Submitted));
        vm.prank(worker);
        board.unclaim(t);
    }

    // ------------------------------------------------------------------ reopen

    function testReopenPaysStakeToPosterAndEmits() public {
        ITaskBoard.Task memory t = tokenTask();
        bytes32 id = claimed(t);
        vm.warp(START + CLAIM_DURATION);
        uint256 posterBefore = token.balanceOf(poster);
        uint256 workerBefore = token.balanceOf(worker);
        vm.expectEmit(address(board));
        emit ITaskBoard.TaskReopened(id, worker, stranger);
        vm.prank(stranger);
        board.reopen(t);
        ITaskBoard.State memory state = board.getState(id);
        assertEq(uint256(state.status), uint256(ITaskBoard.Status.Open), "open again");
        assertEq(state.worker, address(0), "worker cleared");
        assertEq(token.balanceOf(poster), posterBefore + STAKE, "forfeited stake to poster");
        assertEq(token.balanceOf(worker), workerBefore, "worker gets nothing back");
        assertEq(token.balanceOf(address(board)), REWARD, "board holds the reward only");
    }

    function testReopenLetsAnotherWorkerClaimAndSubmit() public {
        ITaskBoard.Task memory t = tokenTask();
        bytes32 id = claimed(t);
        vm.warp(START + CLAIM_DURATION);
        vm.prank(stranger);
        board.reopen(t);
        vm.expectEmit(address(board));
        emit ITaskBoard.TaskClaimed(id, otherWorker, START + 2 * CLAIM_DURATION);
        claimAs(t, otherWorker);
        ITaskBoard.State memory state = board.getState(id);
        assertEq(state.worker, otherWorker, "new worker");
        assertEq(uint256(state.since), START + CLAIM_DURATION, "new claim time");
        vm.expectRevert(unauthorized(id, worker));
        vm.prank(worker);
        board.submit(t, RESULT_HASH, RESULT_URI);
        submitAs(t, otherWorker);
        assertStatus(id, ITaskBoard.Status.Submitted, "new worker submitted");
    }

    function testReopenRevertsBeforeDueTime() public {
        ITaskBoard.Task memory t = tokenTask();
        bytes32 id = claimed(t);
        vm.warp(START + CLAIM_DURATION - 1);
        vm.expectRevert(tooEarly(id, START + CLAIM_DURATION));
        vm.prank(stranger);
        board.reopen(t);
    }

    function testReopenRevertsAtDeadline() public {
        ITaskBoard.Task memory t = tokenTask();
        bytes32 id = claimed(t);
        vm.warp(DEADLINE);
        vm.expectRevert(tooLate(id, DEADLINE));
        vm.prank(stranger);
        board.reopen(t);
    }

    function testReopenRevertsWhenOpen() public {
        ITaskBoard.Task memory t = tokenTask();
        bytes32 id = postTask(t);
        vm.warp(START + CLAIM_DURATION);
        vm.expectRevert(wrongStatus(id, ITaskBoard.Status.Open));
        vm.prank(stranger);
        board.reopen(t);
    }

    function testReopenRevertsWhenSubmitted() public {
        ITaskBoard.Task memory t = tokenTask();
        bytes32 id = submitted(t);
        vm.warp(START + CLAIM_DURATION);
        vm.expectRevert(wrongStatus(id, ITaskBoard.Status.Submitted));
        vm.prank(stranger);
        board.reopen(t);
    }

    // ------------------------------------------------------------------ submit

    function testSubmitRecordsSubmissionAndEmitsReviewEnd() public {
        ITaskBoard.Task memory t = tokenTask();
        bytes32 id = claimed(t);
        vm.warp(START + 1 days);
        uint256 boardBefore = token.balanceOf(address(board));
        vm.expectEmit(address(board));
        emit ITaskBoard.TaskSubmitted(id, worker, RESULT_HASH, RESULT_URI, START + 1 days + REVIEW_WINDOW);
        submitAs(t, worker);
        ITaskBoard.State memory state = board.getState(id);
        assertEq(uint256(state.status), uint256(ITaskBoard.Status.Submitted), "submitted");
        assertEq(uint256(state.since), START + 1 days, "submission time recorded");
        assertEq(state.worker, worker, "worker kept");
        assertEq(token.balanceOf(address(board)), boardBefore, "no funds move");
    }

    function testSubmitSucceedsOneSecondBeforeDueTime() public {
        ITaskBoard.Task memory t = tokenTask();
        bytes32 id = claimed(t);
        vm.warp(START + CLAIM_DURATION - 1);
        submitAs(t, worker);
        assertStatus(id, ITaskBoard.Status.Submitted, "submitted in the last second");
    }

    function testSubmitRevertsAtDueTime() public {
        ITaskBoard.Task memory t = tokenTask();
        bytes32 id = claimed(t);
        vm.warp(START + CLAIM_DURATION);
        vm.expectRevert(tooLate(id, START + CLAIM_DURATION));
        vm.prank(worker);
        board.submit(t, RESULT_HASH, RESULT_URI);
    }

    function testSubmitRevertsAtDeadlineBeforeClaimDurationEnds() public {
        ITaskBoard.Task memory t = tokenTask();
        bytes32 id = postTask(t);
        vm.warp(DEADLINE - 1 hours);
        claimAs(t, worker);
        vm.warp(DEADLINE);
        vm.expectRevert(tooLate(id, DEADLINE));
        vm.prank(worker);
        board.submit(t, RESULT_HASH, RESULT_URI);
    }

    function testSubmitRevertsWhenCallerNotWorker() public {
        ITaskBoard.Task memory t = tokenTask();
        bytes32 id = claimed(t);
        vm.expectRevert(unauthorized(id, poster));
        vm.prank(poster);
        board.submit(t, RESULT_HASH, RESULT_URI);
    }

    function testSubmitRevertsWhenOpen() public {
        ITaskBoard.Task memory t = tokenTask();
        bytes32 id = postTask(t);
        vm.expectRevert(wrongStatus(id, ITaskBoard.Status.Open));
        vm.prank(worker);
        board.submit(t, RESULT_HASH, RESULT_URI);
    }

    function testSubmitRevertsWhenAlreadySubmitted() public {
        ITaskBoard.Task memory t = tokenTask();
        bytes32 id = submitted(t);
        vm.expectRevert(wrongStatus(id, ITaskBoard.Status.Submitted));
        vm.prank(worker);
        board.submit(t, RESULT_HASH, RESULT_URI);
    }
}

// =====================================================================================
// Accept, finalize, validation, reject, dispute, resolve
// =====================================================================================

contract TaskBoardReviewTest is TaskBoardFixture {
    // ------------------------------------------------------------------ accept

    function testAcceptPaysRewardAndStakeToWorker() public {
        ITaskBoard.Task memory t = tokenTask();
        bytes32 id = submitted(t);
        vm.warp(START + 1 hours);
        uint256 workerBefore = token.balanceOf(worker);
        vm.expectEmit(address(board));
        emit ITaskBoard.TaskAccepted(id, worker, poster, ITaskBoard.Acceptance.Poster, bytes32(0));
        vm.prank(poster);
        board.accept(t);
        ITaskBoard.State memory state = board.getState(id);
        assertEq(uint256(state.status), uint256(ITaskBoard.Status.Completed), "completed");
        assertEq(state.worker, worker, "worker kept on record");
        assertEq(uint256(state.since), START + 1 hours, "since is when the task ended");
        assertEq(token.balanceOf(worker), workerBefore + REWARD + STAKE, "worker gets reward and stake");
        assertEq(token.balanceOf(address(board)), 0, "board empty");
    }

    function testAcceptEthPaysRewardAndStakeToWorker() public {
        ITaskBoard.Task memory t = ethTask();
        bytes32 id = submitted(t);
        uint256 workerBefore = worker.balance;
        vm.prank(poster);
        board.accept(t);
        assertStatus(id, ITaskBoard.Status.Completed, "completed");
        assertEq(worker.balance, workerBefore + ETH_REWARD + ETH_STAKE, "worker gets reward and stake");
        assertEq(address(board).balance, 0, "board empty");
    }

    function testAcceptSucceedsAfterReviewWindow() public {
        ITaskBoard.Task memory t = tokenTask();
        bytes32 id = submitted(t);
        vm.warp(START + REVIEW_WINDOW + 1 days);
        vm.prank(poster);
        board.accept(t);
        assertStatus(id, ITaskBoard.Status.Completed, "the poster may accept late");
    }

    function testAcceptRevertsWhenCallerNotPoster() public {
        ITaskBoard.Task memory t = tokenTask();
        bytes32 id = submitted(t);
        vm.expectRevert(unauthorized(id, worker));
        vm.prank(worker);
        board.accept(t);
        vm.expectRevert(unauthorized(id, arbiter));
        vm.prank(arbiter);
        board.accept(t);
    }

    function testAcceptRevertsWhenNotSubmitted() public {
        ITaskBoard.Task memory t = tokenTask();
        bytes32 id = claimed(t);
        vm.expectRevert(wrongStatus(id, ITaskBoard.Status.Claimed));
        vm.prank(poster);
        board.accept(t);
    }

    function testAcceptRevertsWhenRejected() public {
        ITaskBoard.Task memory t = tokenTask();
        bytes32 id = rejected(t);
        vm.expectRevert(wrongStatus(id, ITaskBoard.Status.Rejected));
        vm.prank(poster);
        board.accept(t);
    }

    // ---------------------------------------------------------------- finalize

    function testFinalizePaysWorkerAfterReviewWindow() public {
        ITaskBoard.Task memory t = tokenTask();
        bytes32 id = submitted(t);
        vm.warp(START + REVIEW_WINDOW);
        uint256 workerBefore = token.balanceOf(worker);
        vm.expectEmit(address(board));
        emit ITaskBoard.TaskAccepted(id, worker, stranger, ITaskBoard.Acceptance.ReviewTimeout, bytes32(0));
        vm.prank(stranger);
        board.finalize(t);
        assertStatus(id, ITaskBoard.Status.Completed, "completed");
        assertEq(token.balanceOf(worker), workerBefore + REWARD + STAKE, "worker gets reward and stake");
    }

    function testFinalizeRevertsBeforeReviewWindowEnds() public {
        ITaskBoard.Task memory t = tokenTask();
        bytes32 id = submitted(t);
        vm.warp(START + REVIEW_WINDOW - 1);
        vm.expectRevert(tooEarly(id, START + REVIEW_WINDOW));
        vm.prank(worker);
        board.finalize(t);
    }

    function testFinalizeRevertsWhenRejected() public {
        ITaskBoard.Task memory t = tokenTask();
        bytes32 id = rejected(t);
        vm.warp(START + REVIEW_WINDOW);
        vm.expectRevert(wrongStatus(id, ITaskBoard.Status.Rejected));
        vm.prank(worker);
        board.finalize(t);
    }

    // ----------------------------------------------------- accept by validation

    function testAcceptByValidationPaysWorkerAndCarriesUid() public {
        ITaskBoard.Task memory t = tokenTask();
        bytes32 id = submitted(t);
        (bytes32 uid, IAttestationRegistry.AttestationContent memory proof) = attestAs(validator, schema, id, 0);
        uint256 workerBefore = token.balanceOf(worker);
        vm.expectEmit(address(board));
        emit ITaskBoard.TaskAccepted(id, worker, stranger, ITaskBoard.Acceptance.Validation, uid);
        vm.prank(stranger);
        board.acceptByValidation(t, proof);
        assertStatus(id, ITaskBoard.Status.Completed, "completed");
        assertEq(token.balanceOf(worker), workerBefore + REWARD + STAKE, "worker gets reward and stake");
    }

    function testAcceptByValidationSucceedsBeforeExpiration() public {
        ITaskBoard.Task memory t = tokenTask();
        bytes32 id = submitted(t);
        (, IAttestationRegistry.AttestationContent memory proof) = attestAs(validator, schema, id, START + 1 days);
        vm.warp(START + 1 days - 1);
        vm.prank(worker);
        board.acceptByValidation(t, proof);
        assertStatus(id, ITaskBoard.Status.Completed, "accepted with an unexpired attestation");
    }

    function testAcceptByValidationRevertsForWrongSchema() public {
        ITaskBoard.Task memory t = tokenTask();
        bytes32 id = submitted(t);
        (, IAttestationRegistry.AttestationContent memory proof) = attestAs(validator, otherSchema, id, 0);
        expectProofRejected(t, id, proof);
    }

    function testAcceptByValidationRevertsForWrongValidator() public {
        ITaskBoard.Task memory t = tokenTask();
        bytes32 id = submitted(t);
        (, IAttestationRegistry.AttestationContent memory proof) = attestAs(stranger, schema, id, 0);
        expectProofRejected(t, id, proof);
    }

    function testAcceptByValidationRevertsForWrongRefUid() public {
        ITaskBoard.Task memory t = tokenTask();
        bytes32 id = submitted(t);
        (, IAttestationRegistry.AttestationContent memory proof) =
            attestAs(validator, schema, keccak256("another task"), 0);
        expectProofRejected(t, id, proof);
    }

    function testAcceptByValidationRevertsForAnotherRecipient() public {
        ITaskBoard.Task memory t = tokenTask();
        bytes32 id = submitted(t);
        IAttestationRegistry.AttestationRequest memory request = IAttestationRegistry.AttestationRequest({
            schema: schema,
            recipient: otherWorker,
            expirationTime: 0,
            revocable: true,
            refUID: id,
            data: abi.encode(true)
        });
        vm.prank(validator);
        registry.attest(request);
        IAttestationRegistry.AttestationContent memory proof = IAttestationRegistry.AttestationContent({
            schema: schema,
            attester: validator,
            recipient: otherWorker,
            expirationTime: 0,
            revocable: true,
            refUID: id,
            dataHash: keccak256(request.data)
        });
        assertTrue(registry.isValidContent(proof), "the attestation itself is valid");
        expectProofRejected(t, id, proof);
    }

    function testAcceptByValidationRevertsWhenRevoked() public {
        ITaskBoard.Task memory t = tokenTask();
        bytes32 id = submitted(t);
        (bytes32 uid, IAttestationRegistry.AttestationContent memory proof) = attestAs(validator, schema, id, 0);
        vm.prank(validator);
        registry.revoke(uid, bytes32(0));
        expectProofRejected(t, id, proof);
    }

    function testAcceptByValidationRevertsWhenExpired() public {
        ITaskBoard.Task memory t = tokenTask();
        bytes32 id = submitted(t);
        (, IAttestationRegistry.AttestationContent memory proof) = attestAs(validator, schema, id, START + 1 days);
        vm.warp(START + 1 days);
        expectProofRejected(t, id, proof);
    }

    function testAcceptByValidationRevertsWhenNotAttested() public {
        ITaskBoard.Task memory t = tokenTask();
        bytes32 id = submitted(t);
        (, IAttestationRegistry.AttestationContent memory proof) = attestAs(validator, schema, id, 0);
        proof.dataHash = keccak256("content nobody attested");
        expectProofRejected(t, id, proof);
    }

    function testAcceptByValidationRevertsWithoutValidation() public {
        ITaskBoard.Task memory t = tokenTask();
        t.validationSchema = bytes32(0);
        t.validator = address(0);
        bytes32 id = submitted(t);
        (, IAttestationRegistry.AttestationContent memory proof) = attestAs(validator, schema, id, 0);
        proof.schema = bytes32(0);
        proof.attester = address(0);
        vm.expectRevert(abi.encodeWithSelector(ITaskBoard.TaskBoardNoValidation.selector, id));
        vm.prank(worker);
        board.acceptByValidation(t, proof);
    }

    function testAcceptByValidationRevertsWhenNotSubmitted() public {
        ITaskBoard.Task memory t = tokenTask();
        bytes32 id = claimed(t);
        (, IAttestationRegistry.AttestationContent memory proof) = attestAs(validator, schema, id, 0);
        vm.expectRevert(wrongStatus(id, ITaskBoard.Status.Claimed));
        vm.prank(worker);
        board.acceptByValidation(t, proof);
        submitAs(t, worker);
        vm.prank(worker);
        board.acceptByValidation(t, proof);
        assertStatus(id, ITaskBoard.Status.Completed, "the same attestation works once submitted");
    }

    // ------------------------------------------------------------------ reject

    function testRejectRecordsRejectionAndEmits() public {
        ITaskBoard.Task memory t = tokenTask();
        bytes32 id = submitted(t);
        vm.warp(START + 1 days);
        uint256 boardBefore = token.balanceOf(address(board));
        vm.expectEmit(address(board));
        emit ITaskBoard.TaskRejected(id, worker, REASON, START + 1 days + DISPUTE_WINDOW);
        vm.prank(poster);
        board.reject(t, REASON);
        ITaskBoard.State memory state = board.getState(id);
        assertEq(uint256(state.status), uint256(ITaskBoard.Status.Rejected), "rejected");
        assertEq(uint256(state.since), START + 1 days, "rejection time recorded");
        assertEq(token.balanceOf(address(board)), boardBefore, "no funds move");
    }

    function testRejectSucceedsOneSecondBeforeReviewEnds() public {
        ITaskBoard.Task memory t = tokenTask();
        bytes32 id = submitted(t);
        vm.warp(START + REVIEW_WINDOW - 1);
        vm.prank(poster);
        board.reject(t, REASON);
        assertStatus(id, ITaskBoard.Status.Rejected, "rejected in the last second");
    }

    function testRejectRevertsWhenReviewWindowEnded() public {
        ITaskBoard.Task memory t = tokenTask();
        bytes32 id = submitted(t);
        vm.warp(START + REVIEW_WINDOW);
        vm.expectRevert(tooLate(id, START + REVIEW_WINDOW));
        vm.prank(poster);
        board.reject(t, REASON);
    }

    function testRejectRevertsWhenCallerNotPoster() public {
        ITaskBoard.Task memory t = tokenTask();
        bytes32 id = submitted(t);
        vm.expectRevert(unauthorized(id, arbiter));
        vm.prank(arbiter);
        board.reject(t, REASON);
    }

    function testRejectRevertsWhenNotSubmitted() public {
        ITaskBoard.Task memory t = tokenTask();
        bytes32 id = claimed(t);
        vm.expectRevert(wrongStatus(id, ITaskBoard.Status.Claimed));
        vm.prank(poster);
        board.reject(t, REASON);
    }

    function testRejectRevertsWhenAlreadyRejected() public {
        ITaskBoard.Task memory t = tokenTask();
        bytes32 id = rejected(t);
        vm.expectRevert(wrongStatus(id, ITaskBoard.Status.Rejected));
        vm.prank(poster);
        board.reject(t, REASON);
    }

    // ----------------------------------------------------------------- dispute

    function testDisputeRecordsDisputeAndEmits() public {
        ITaskBoard.Task memory t = tokenTask();
        bytes32 id = rejected(t);
        vm.warp(START + 1 days);
        vm.expectEmit(address(board));
        emit ITaskBoard.TaskDisputed(id, worker);
        vm.prank(worker);
        board.dispute(t);
        ITaskBoard.State memory state = board.getState(id);
        assertEq(uint256(state.status), uint256(ITaskBoard.Status.Disputed), "disputed");
        assertEq(uint256(state.since), START + 1 days, "dispute time recorded");
    }

    function testDisputeSucceedsOneSecondBeforeWindowEnds() public {
        ITaskBoard.Task memory t = tokenTask();
        bytes32 id = rejected(t);
        vm.warp(START + DISPUTE_WINDOW - 1);
        vm.prank(worker);
        board.dispute(t);
        assertStatus(id, ITaskBoard.Status.Disputed, "disputed in the last second");
    }

    function testDisputeRevertsWhenWindowEnded() public {
        ITaskBoard.Task memory t = tokenTask();
        bytes32 id = rejected(t);
        vm.warp(START + DISPUTE_WINDOW);
        vm.expectRevert(tooLate(id, START + DISPUTE_WINDOW));
        vm.prank(worker);
        board.dispute(t);
    }

    function testDisputeRevertsWhenCallerNotWorker() public {
        ITaskBoard.Task memory t = tokenTask();
        bytes32 id = rejected(t);
        vm.expectRevert(unauthorized(id, poster));
        vm.prank(poster);
        board.dispute(t);
        vm.expectRevert(unauthorized(id, arbiter));
        vm.prank(arbiter);
        board.dispute(t);
    }

    function testDisputeRevertsWithoutArbiter() public {
        ITaskBoard.Task memory t = tokenTask();
        t.arbiter = address(0);
        t.arbiterFeeBps = 0;
        bytes32 id = rejected(t);
        vm.expectRevert(abi.encodeWithSelector(ITaskBoard.TaskBoardNoArbiter.selector, id));
        vm.prank(worker);
        board.dispute(t);
    }

    function testDisputeRevertsWhenNotRejected() public {
        ITaskBoard.Task memory t = tokenTask();
        bytes32 id = submitted(t);
        vm.expectRevert(wrongStatus(id, ITaskBoard.Status.Submitted));
        vm.prank(worker);
        board.dispute(t);
    }

    // ----------------------------------------------------------------- resolve

    function testResolvePaysSplitAndFee() public {
        ITaskBoard.Task memory t = tokenTask();
        bytes32 id = disputed(t);
        // pool 110e6, fee 5% = 5.5e6, 60e6 to the worker, 44.5e6 to the poster.
        uint256 fee = 5_500_000;
        uint256 toWorker = 60e6;
        uint256 toPoster = 44_500_000;
        uint256 workerBefore = token.balanceOf(worker);
        uint256 posterBefore = token.balanceOf(poster);
        vm.expectEmit(address(board));
        emit ITaskBoard.TaskResolved(id, arbiter, toWorker, toPoster, fee);
        vm.prank(arbiter);
        board.resolve(t, toWorker);
        assertStatus(id, ITaskBoard.Status.Resolved, "resolved");
        assertEq(token.balanceOf(worker), workerBefore + toWorker, "worker's share");
        assertEq(token.balanceOf(poster), posterBefore + toPoster, "poster's share");
        assertEq(token.balanceOf(arbiter), fee, "arbiter's fee");
        assertEq(token.balanceOf(address(board)), 0, "board empty");
    }

    function testResolveEthPaysSplitAndFee() public {
        ITaskBoard.Task memory t = ethTask();
        bytes32 id = disputed(t);
        // pool 1.1 ether, fee 5% = 0.055 ether.
        uint256 fee = 0.055 ether;
        uint256 workerBefore = worker.balance;
        uint256 posterBefore = poster.balance;
        vm.prank(arbiter);
        board.resolve(t, 1 ether);
        assertStatus(id, ITaskBoard.Status.Resolved, "resolved");
        assertEq(worker.balance, workerBefore + 1 ether, "worker's share");
        assertEq(poster.balance, posterBefore + 0.045 ether, "poster's share");
        assertEq(arbiter.balance, fee, "arbiter's fee");
        assertEq(address(board).balance, 0, "board empty");
    }

    function testResolveFeeRoundsDown() public {
        ITaskBoard.Task memory t = tokenTask();
        t.reward = 9999;
        t.stake = 0;
        t.arbiterFeeBps = 3;
        bytes32 id = disputed(t);
        // 9999 * 3 / 10000 = 2.9997: the fee is 2.
        vm.expectEmit(address(board));
        emit ITaskBoard.TaskResolved(id, arbiter, 0, 9997, 2);
        vm.prank(arbiter);
        board.resolve(t, 0);
        assertEq(token.balanceOf(arbiter), 2, "fee rounded down");
    }

    function testResolveAllToWorker() public {
        ITaskBoard.Task memory t = tokenTask();
        bytes32 id = disputed(t);
        uint256 available = REWARD + STAKE - 5_500_000;
        uint256 posterBefore = token.balanceOf(poster);
        vm.prank(arbiter);
        board.resolve(t, available);
        assertStatus(id, ITaskBoard.Status.Resolved, "resolved");
        assertEq(token.balanceOf(poster), posterBefore, "nothing to the poster");
        assertEq(token.balanceOf(address(board)), 0, "board empty");
    }

    function testResolveWithFullFeeLeavesNothingToSplit() public {
        ITaskBoard.Task memory t = tokenTask();
        t.arbiterFeeBps = 10_000;
        bytes32 id = disputed(t);
        vm.expectRevert(abi.encodeWithSelector(ITaskBoard.TaskBoardInvalidSplit.selector, id, 1, 0));
        vm.prank(arbiter);
        board.resolve(t, 1);
        vm.prank(arbiter);
        board.resolve(t, 0);
        assertEq(token.balanceOf(arbiter), REWARD + STAKE, "the whole pool is the fee");
    }

    function testResolveRevertsWhenSplitExceedsAvailable() public {
        ITaskBoard.Task memory t = tokenTask();
        bytes32 id = disputed(t);
        uint256 available = REWARD + STAKE - 5_500_000;
        vm.expectRevert(abi.encodeWithSelector(ITaskBoard.TaskBoardInvalidSplit.selector, id, available + 1, available));
        vm.prank(arbiter);
        board.resolve(t, available + 1);
    }

    function testResolveRevertsWhenCallerNotArbiter() public {
        ITaskBoard.Task memory t = tokenTask();
        bytes32 id = disputed(t);
        vm.expectRevert(unauthorized(id, poster));
        vm.prank(poster);
        board.resolve(t, 0);
        vm.expectRevert(unauthorized(id, worker));
        vm.prank(worker);
        board.resolve(t, 0);
    }

    function testResolveRevertsWhenNotDisputed() public {
        ITaskBoard.Task memory t = tokenTask();
        bytes32 id = rejected(t);
        vm.expectRevert(wrongStatus(id, ITaskBoard.Status.Rejected));
        vm.prank(arbiter);
        board.resolve(t, 0);
    }

    function testResolveSucceedsOneSecondBeforeArbitrationPeriodEnds() public {
        ITaskBoard.Task memory t = tokenTask();
        bytes32 id = disputed(t);
        vm.warp(START + ARBITRATION_PERIOD - 1);
        vm.prank(arbiter);
        board.resolve(t, 0);
        assertStatus(id, ITaskBoard.Status.Resolved, "ruled in the last second");
    }

    /// @dev FAILS against the current contract (see the report). {ARBITRATION_PERIOD} is "how long
    /// an arbiter has to rule before a disputed rejection stands", and every other window on the
    /// board ends exactly where the next action begins; but {resolve} has no time check, so once
    /// the period is over the arbiter and {close} race for the same dispute.
    function testResolveRevertsAfterArbitrationPeriod() public {
        ITaskBoard.Task memory t = tokenTask();
        bytes32 id = disputed(t);
        vm.warp(START + ARBITRATION_PERIOD);
        vm.expectRevert(tooLate(id, START + ARBITRATION_PERIOD));
        vm.prank(arbiter);
        board.resolve(t, REWARD);
    }

    function testArbitrationPeriodIsThirtyDays() public view {
        assertEq(board.ARBITRATION_PERIOD(), 30 days, "ARBITRATION_PERIOD");
        assertEq(address(board.registry()), address(registry), "registry");
    }

    // ------------------------------------------------------------------ helpers

    function expectProofRejected(
        ITaskBoard.Task memory t,
        bytes32 id,
        IAttestationRegistry.AttestationContent memory proof
    ) internal {
        vm.expectRevert(abi.encodeWithSelector(ITaskBoard.TaskBoardProofRejected.selector, id));
        vm.prank(worker);
        board.acceptByValidation(t, proof);
        assertStatus(id, ITaskBoard.Status.Submitted, "still submitted");
    }
}

// =====================================================================================
// Close and ended tasks
// =====================================================================================

contract TaskBoardCloseTest is TaskBoardFixture {
    function testCloseExpiresOpenTaskAfterDeadline() public {
        ITaskBoard.Task memory t = tokenTask();
        bytes32 id = postTask(t);
        vm.warp(DEADLINE);
        uint256 posterBefore = token.balanceOf(poster);
        vm.expectEmit(address(board));
        emit ITaskBoard.TaskClosed(id, ITaskBoard.Status.Expired, REWARD, 0);
        vm.prank(stranger);
        board.close(t);
        assertStatus(id, ITaskBoard.Status.Expired, "expired");
        assertEq(uint256(board.getState(id).since), DEADLINE, "since is when the task ended");
        assertEq(token.balanceOf(poster), posterBefore + REWARD, "reward back to poster");
        assertEq(token.balanceOf(address(board)), 0, "board empty");
    }

    function testCloseExpiresClaimedTaskForfeitingStake() public {
        ITaskBoard.Task memory t = tokenTask();
        bytes32 id = claimed(t);
        vm.warp(DEADLINE);
        uint256 posterBefore = token.balanceOf(poster);
        uint256 workerBefore = token.balanceOf(worker);
        vm.expectEmit(address(board));
        emit ITaskBoard.TaskClosed(id, ITaskBoard.Status.Expired, REWARD + STAKE, 0);
        vm.prank(stranger);
        board.close(t);
        assertStatus(id, ITaskBoard.Status.Expired, "expired");
        assertEq(token.balanceOf(poster), posterBefore + REWARD + STAKE, "reward and forfeited stake to poster");
        assertEq(token.balanceOf(worker), workerBefore, "worker gets nothing");
        assertEq(token.balanceOf(address(board)), 0, "board empty");
    }

    function testCloseExpiresClaimedEthTask() public {
        ITaskBoard.Task memory t = ethTask();
        bytes32 id = claimed(t);
        vm.warp(DEADLINE);
        uint256 posterBefore = poster.balance;
        vm.prank(stranger);
        board.close(t);
        assertStatus(id, ITaskBoard.Status.Expired, "expired");
        assertEq(poster.balance, posterBefore + ETH_REWARD + ETH_STAKE, "reward and forfeited stake to poster");
        assertEq(address(board).balance, 0, "board empty");
    }

    function testCloseRevertsBeforeDeadlineWhenOpen() public {
        ITaskBoard.Task memory t = tokenTask();
        bytes32 id = postTask(t);
        vm.warp(DEADLINE - 1);
        vm.expectRevert(tooEarly(id, DEADLINE));
        vm.prank(stranger);
        board.close(t);
    }

    function testCloseRevertsBeforeDeadlineWhenClaimed() public {
        ITaskBoard.Task memory t = tokenTask();
        bytes32 id = claimed(t);
        // The worker missed its delivery time, but the task is not past its deadline: reopen, not close.
        vm.warp(DEADLINE - 1);
        vm.expectRevert(tooEarly(id, DEADLINE));
        vm.prank(stranger);
        board.close(t);
    }

    function testCloseRefusesRejectionAfterDisputeWindow() public {
        ITaskBoard.Task memory t = tokenTask();
        bytes32 id = rejected(t);
        vm.warp(START + DISPUTE_WINDOW);
        uint256 posterBefore = token.balanceOf(poster);
        uint256 workerBefore = token.balanceOf(worker);
        vm.expectEmit(address(board));
        emit ITaskBoard.TaskClosed(id, ITaskBoard.Status.Refused, REWARD, STAKE);
        vm.prank(stranger);
        board.close(t);
        assertStatus(id, ITaskBoard.Status.Refused, "refused");
        assertEq(token.balanceOf(poster), posterBefore + REWARD, "reward back to poster");
        assertEq(token.balanceOf(worker), workerBefore + STAKE, "stake back to worker");
        assertEq(token.balanceOf(address(board)), 0, "board empty");
    }

    function testCloseRefusesRejectionWithoutArbiter() public {
        ITaskBoard.Task memory t = ethTask();
        t.arbiter = address(0);
        t.arbiterFeeBps = 0;
        t.disputeWindow = 0;
        bytes32 id = rejected(t);
        uint256 workerBefore = worker.balance;
        vm.prank(poster);
        board.close(t);
        assertStatus(id, ITaskBoard.Status.Refused, "a final rejection closes at once");
        assertEq(worker.balance, workerBefore + ETH_STAKE, "stake back to worker");
        assertEq(address(board).balance, 0, "board empty");
    }

    function testCloseRevertsBeforeDisputeWindowEnds() public {
        ITaskBoard.Task memory t = tokenTask();
        bytes32 id = rejected(t);
        vm.warp(START + DISPUTE_WINDOW - 1);
        vm.expectRevert(tooEarly(id, START + DISPUTE_WINDOW));
        vm.prank(poster);
        board.close(t);
    }

    function testCloseRefusesDisputeAfterArbitrationPeriod() public {
        ITaskBoard.Task memory t = tokenTask();
        bytes32 id = disputed(t);
        vm.warp(START + ARBITRATION_PERIOD);
        uint256 posterBefore = token.balanceOf(poster);
        uint256 workerBefore = token.balanceOf(worker);
        vm.expectEmit(address(board));
        emit ITaskBoard.TaskClosed(id, ITaskBoard.Status.Refused, REWARD, STAKE);
        vm.prank(stranger);
        board.close(t);
        assertStatus(id, ITaskBoard.Status.Refused, "refused");
        assertEq(token.balanceOf(poster), posterBefore + REWARD, "reward back to poster");
        assertEq(token.balanceOf(worker), workerBefore + STAKE, "stake back to worker");
        assertEq(token.balanceOf(arbiter), 0, "no fee without a ruling");
    }

    function testCloseRevertsBeforeArbitrationPeriodEnds() public {
        ITaskBoard.Task memory t = tokenTask();
        bytes32 id = disputed(t);
        vm.warp(START + ARBITRATION_PERIOD - 1);
        vm.expectRevert(tooEarly(id, START + ARBITRATION_PERIOD));
        vm.prank(poster);
        board.close(t);
    }

    function testCloseRevertsWhenSubmitted() public {
        ITaskBoard.Task memory t = tokenTask();
        bytes32 id = submitted(t);
        vm.warp(DEADLINE + 365 days);
        vm.expectRevert(wrongStatus(id, ITaskBoard.Status.Submitted));
        vm.prank(poster);
        board.close(t);
    }

    function testCloseRevertsWhenUnknown() public {
        ITaskBoard.Task memory t = tokenTask();
        vm.warp(DEADLINE);
        vm.expectRevert(wrongStatus(idOf(t), ITaskBoard.Status.None));
        vm.prank(poster);
        board.close(t);
    }

    // ------------------------------------------------------------- ended tasks

    function testCompletedTaskRejectsEveryAction() public {
        ITaskBoard.Task memory t = tokenTask();
        bytes32 id = submitted(t);
        vm.prank(poster);
        board.accept(t);
        assertEveryActionFails(t, id, ITaskBoard.Status.Completed);
    }

    function testCancelledTaskRejectsEveryAction() public {
        ITaskBoard.Task memory t = tokenTask();
        bytes32 id = postTask(t);
        vm.prank(poster);
        board.cancel(t);
        assertEveryActionFails(t, id, ITaskBoard.Status.Cancelled);
    }

    function testExpiredTaskRejectsEveryAction() public {
        ITaskBoard.Task memory t = tokenTask();
        bytes32 id = claimed(t);
        vm.warp(DEADLINE);
        board.close(t);
        assertEveryActionFails(t, id, ITaskBoard.Status.Expired);
    }

    function testRefusedTaskRejectsEveryAction() public {
        ITaskBoard.Task memory t = tokenTask();
        bytes32 id = disputed(t);
        vm.warp(START + ARBITRATION_PERIOD);
        board.close(t);
        assertEveryActionFails(t, id, ITaskBoard.Status.Refused);
    }

    function testResolvedTaskRejectsEveryAction() public {
        ITaskBoard.Task memory t = tokenTask();
        bytes32 id = disputed(t);
        vm.prank(arbiter);
        board.resolve(t, REWARD);
        assertEveryActionFails(t, id, ITaskBoard.Status.Resolved);
    }

    /// @dev Every action, by the party entitled to it, fails on an ended task, and no funds move.
    function assertEveryActionFails(ITaskBoard.Task memory t, bytes32 id, ITaskBoard.Status status) internal {
        (, IAttestationRegistry.AttestationContent memory proof) = attestAs(validator, schema, id, 0);
        uint256 boardBefore = token.balanceOf(address(board));
        bytes memory err = wrongStatus(id, status);
        vm.expectRevert(err);
        vm.prank(poster);
        board.cancel(t);
        vm.expectRevert(err);
        vm.prank(otherWorker);
        board.claim(t);
        vm.expectRevert(err);
        vm.prank(worker);
        board.unclaim(t);
        vm.expectRevert(err);
        vm.prank(stranger);
        board.reopen(t);
        vm.expectRevert(err);
        vm.prank(worker);
        board.submit(t, RESULT_HASH, RESULT_URI);
        vm.expectRevert(err);
        vm.prank(poster);
        board.accept(t);
        vm.expectRevert(err);
        vm.prank(stranger);
        board.finalize(t);
        vm.expectRevert(err);
        vm.prank(stranger);
        board.acceptByValidation(t, proof);
        vm.expectRevert(err);
        vm.prank(poster);
        board.reject(t, REASON);
        vm.expectRevert(err);
        vm.prank(worker);
        board.dispute(t);
        vm.expectRevert(err);
        vm.prank(arbiter);
        board.resolve(t, 0);
        vm.expectRevert(err);
        vm.prank(stranger);
        board.close(t);
        vm.warp(block.timestamp + 365 days);
        vm.expectRevert(err);
        vm.prank(stranger);
        board.close(t);
        assertStatus(id, status, "status never changes");
        assertEq(token.balanceOf(address(board)), boardBefore, "no funds move");
    }
}

// =====================================================================================
// Deferred payouts and reentrancy
// =====================================================================================

contract TaskBoardPayoutsTest is TaskBoardFixture {
    RevertingReceiver internal refusing;

    function setUp() public override {
        super.setUp();
        refusing = new RevertingReceiver();
        fund(address(refusing));
    }

    function testAcceptDefersEthToRevertingWorker() public {
        ITaskBoard.Task memory t = ethTask();
        bytes32 id = postTask(t);
        claimAs(t, address(refusing));
        submitAs(t, address(refusing));
        uint256 workerBefore = address(refusing).balance;
        vm.expectEmit(address(board));
        emit ITaskBoard.TaskAccepted(id, address(refusing), poster, ITaskBoard.Acceptance.Poster, bytes32(0));
        vm.expectEmit(address(board));
        emit IPayouts.PaymentDeferred(id, address(0), address(refusing), ETH_REWARD + ETH_STAKE);
        vm.prank(poster);
        board.accept(t);
        assertStatus(id, ITaskBoard.Status.Completed, "completed despite the refusal");
        assertEq(address(refusing).balance, workerBefore, "nothing pushed");
        assertEq(board.owed(address(0), address(refusing)), ETH_REWARD + ETH_STAKE, "credited to owed");
        assertEq(address(board).balance, ETH_REWARD + ETH_STAKE, "board keeps it for withdrawal");
    }

    function testWithdrawPaysDeferredOnceThenReverts() public {
        ITaskBoard.Task memory t = ethTask();
        postTask(t);
        claimAs(t, address(refusing));
        submitAs(t, address(refusing));
        vm.prank(poster);
        board.accept(t);
        refusing.setRejecting(false);
        uint256 amount = ETH_REWARD + ETH_STAKE;
        uint256 before = address(refusing).balance;

        vm.expectEmit(address(board));
        emit IPayouts.Withdrawn(address(0), address(refusing), amount);
        vm.prank(address(refusing));
        board.withdraw(address(0));
        assertEq(address(refusing).balance, before + amount, "owed amount withdrawn");
        assertEq(board.owed(address(0), address(refusing)), 0, "nothing owed afterwards");
        assertEq(address(board).balance, 0, "board empty");

        vm.expectRevert(abi.encodeWithSelector(IPayouts.PayoutsNothingOwed.selector, address(0), address(refusing)));
        vm.prank(address(refusing));
        board.withdraw(address(0));
        assertEq(address(refusing).balance, before + amount, "paid once");
    }

    function testWithdrawRevertsWhileRecipientStillRefuses() public {
        ITaskBoard.Task memory t = ethTask();
        postTask(t);
        claimAs(t, address(refusing));
        submitAs(t, address(refusing));
        vm.prank(poster);
        board.accept(t);
        uint256 amount = ETH_REWARD + ETH_STAKE;
        vm.expectRevert(
            abi.encodeWithSelector(IPayouts.PayoutsWithdrawFailed.selector, address(0), address(refusing), amount)
        );
        vm.prank(address(refusing));
        board.withdraw(address(0));
        assertEq(board.owed(address(0), address(refusing)), amount, "still owed");
    }

    function testWithdrawRevertsWhenNothingOwed() public {
        vm.expectRevert(abi.encodeWithSelector(IPayouts.PayoutsNothingOwed.selector, address(token), worker));
        vm.prank(worker);
        board.withdraw(address(token));
    }

    function testOwedIsKeptPerToken() public {
        ITaskBoard.Task memory t = ethTask();
        postTask(t);
        claimAs(t, address(refusing));
        submitAs(t, address(refusing));
        vm.prank(poster);
        board.accept(t);
        assertEq(board.owed(address(token), address(refusing)), 0, "nothing owed in the token");
        vm.expectRevert(abi.encodeWithSelector(IPayouts.PayoutsNothingOwed.selector, address(token), address(refusing)));
        vm.prank(address(refusing));
        board.withdraw(address(token));
    }

    function testCancelDefersRefundToRevertingPoster() public {
        ITaskBoard.Task memory t = ethTask();
        t.poster = address(refusing);
        bytes32 id = postTask(t);
        vm.expectEmit(address(board));
        emit ITaskBoard.TaskClosed(id, ITaskBoard.Status.Cancelled, ETH_REWARD, 0);
        vm.expectEmit(address(board));
        emit IPayouts.PaymentDeferred(id, address(0), address(refusing), ETH_REWARD);
        vm.prank(address(refusing));
        board.cancel(t);
        assertStatus(id, ITaskBoard.Status.Cancelled, "cancelled");
        assertEq(board.owed(address(0), address(refusing)), ETH_REWARD, "refund owed");
    }

    function testCloseDefersRewardToRevertingPoster() public {
        ITaskBoard.Task memory t = ethTask();
        t.poster = address(refusing);
        bytes32 id = postTask(t);
        claimAs(t, worker);
        vm.warp(DEADLINE);
        vm.prank(stranger);
        board.close(t);
        assertStatus(id, ITaskBoard.Status.Expired, "expired despite the refusal");
        assertEq(board.owed(address(0), address(refusing)), ETH_REWARD + ETH_STAKE, "reward and stake owed");
        assertEq(address(board).balance, ETH_REWARD + ETH_STAKE, "board keeps them");

        refusing.setRejecting(false);
        uint256 before = address(refusing).balance;
        vm.prank(address(refusing));
        board.withdraw(address(0));
        assertEq(address(refusing).balance, before + ETH_REWARD + ETH_STAKE, "withdrawn");
    }

    function testCloseRefusalDefersStakeToRevertingWorkerAndPaysPoster() public {
        ITaskBoard.Task memory t = ethTask();
        bytes32 id = postTask(t);
        claimAs(t, address(refusing));
        submitAs(t, address(refusing));
        vm.prank(poster);
        board.reject(t, REASON);
        vm.warp(START + DISPUTE_WINDOW);
        uint256 posterBefore = poster.balance;
        vm.expectEmit(address(board));
        emit ITaskBoard.TaskClosed(id, ITaskBoard.Status.Refused, ETH_REWARD, ETH_STAKE);
        vm.expectEmit(address(board));
        emit IPayouts.PaymentDeferred(id, address(0), address(refusing), ETH_STAKE);
        vm.prank(stranger);
        board.close(t);
        assertEq(poster.balance, posterBefore + ETH_REWARD, "poster paid");
        assertEq(board.owed(address(0), address(refusing)), ETH_STAKE, "worker's stake owed");
        assertEq(address(board).balance, ETH_STAKE, "only the owed stake remains");
    }

    function testResolveDefersOnlyTheRevertingWorkersShare() public {
        ITaskBoard.Task memory t = ethTask();
        postTask(t);
        claimAs(t, address(refusing));
        submitAs(t, address(refusing));
        vm.prank(poster);
        board.reject(t, REASON);
        vm.prank(address(refusing));
        board.dispute(t);
        uint256 posterBefore = poster.balance;
        vm.prank(arbiter);
        board.resolve(t, 0.5 ether);
        assertEq(board.owed(address(0), address(refusing)), 0.5 ether, "worker's share owed");
        assertEq(poster.balance, posterBefore + 0.545 ether, "poster's share pushed");
        assertEq(arbiter.balance, 0.055 ether, "arbiter's fee pushed");
        assertEq(address(board).balance, 0.5 ether, "only the owed share remains");
    }

    function testUnclaimDefersStakeToRevertingWorker() public {
        ITaskBoard.Task memory t = ethTask();
        bytes32 id = postTask(t);
        claimAs(t, address(refusing));
        vm.prank(address(refusing));
        board.unclaim(t);
        assertStatus(id, ITaskBoard.Status.Open, "open again");
        assertEq(board.owed(address(0), address(refusing)), ETH_STAKE, "stake owed");
    }

    function testReopenDefersStakeToRevertingPoster() public {
        ITaskBoard.Task memory t = ethTask();
        t.poster = address(refusing);
        bytes32 id = postTask(t);
        claimAs(t, worker);
        vm.warp(START + CLAIM_DURATION);
        vm.prank(stranger);
        board.reopen(t);
        assertStatus(id, ITaskBoard.Status.Open, "open again");
        assertEq(board.owed(address(0), address(refusing)), ETH_STAKE, "forfeited stake owed");
    }

    function testGasHungryWorkerIsDeferredThenWithdraws() public {
        GasHungryReceiver hungry = new GasHungryReceiver();
        fund(address(hungry));
        ITaskBoard.Task memory t = ethTask();
        bytes32 id = postTask(t);
        claimAs(t, address(hungry));
        submitAs(t, address(hungry));
        uint256 before = address(hungry).balance;
        vm.prank(poster);
        board.accept(t);
        assertStatus(id, ITaskBoard.Status.Completed, "completed");
        assertEq(address(hungry).balance, before, "a push does not carry enough gas");
        assertEq(board.owed(address(0), address(hungry)), ETH_REWARD + ETH_STAKE, "owed instead");
        vm.prank(address(hungry));
        board.withdraw(address(0));
        assertEq(address(hungry).balance, before + ETH_REWARD + ETH_STAKE, "withdraw forwards enough gas");
        assertEq(hungry.writes(), 3, "receive ran once, on withdraw");
    }

    function testTokenPayoutIsDeferredWhenTokenRefusesTransfer() public {
        BlocklistToken blk = new BlocklistToken();
        blk.mint(poster, REWARD);
        blk.mint(worker, STAKE);
        vm.prank(poster);
        blk.approve(address(board), REWARD);
        vm.prank(worker);
        blk.approve(address(board), STAKE);
        ITaskBoard.Task memory t = tokenTask();
        t.token = address(blk);
        bytes32 id = submitted(t);
        blk.setBlocked(worker, true);

        vm.expectEmit(address(board));
        emit IPayouts.PaymentDeferred(id, address(blk), worker, REWARD + STAKE);
        vm.prank(poster);
        board.accept(t);
        assertStatus(id, ITaskBoard.Status.Completed, "completed despite the token's refusal");
        assertEq(board.owed(address(blk), worker), REWARD + STAKE, "owed in the token");

        vm.expectRevert(
            abi.encodeWithSelector(IPayouts.PayoutsWithdrawFailed.selector, address(blk), worker, REWARD + STAKE)
        );
        vm.prank(worker);
        board.withdraw(address(blk));

        blk.setBlocked(worker, false);
        vm.prank(worker);
        board.withdraw(address(blk));
        assertEq(blk.balanceOf(worker), REWARD + STAKE, "withdrawn once unblocked");
        assertEq(blk.balanceOf(address(board)), 0, "board empty");
    }

    // ---------------------------------------------------------------- reentrancy

    function testReentrantWorkerCannotWithdrawTwice() public {
        ReentrantReceiver attacker = new ReentrantReceiver(board);
        fund(address(attacker));
        ITaskBoard.Task memory t = ethTask();
        postTask(t);
        claimAs(t, address(attacker));
        submitAs(t, address(attacker));
        attacker.configure(true, false);
        vm.prank(poster);
        board.accept(t);
        uint256 amount = ETH_REWARD + ETH_STAKE;
        assertEq(board.owed(address(0), address(attacker)), amount, "owed after a refused push");

        // A second task leaves more ETH on the board for a double withdrawal to take.
        ITaskBoard.Task memory other = ethTask();
        other.salt = bytes32(uint256(1));
        postTask(other);

        attacker.configure(false, true);
        uint256 before = address(attacker).balance;
        vm.prank(address(attacker));
        board.withdraw(address(0));
        assertEq(address(attacker).balance, before + amount, "paid exactly once");
        assertEq(address(board).balance, ETH_REWARD, "other task's reward intact");
        assertEq(board.owed(address(0), address(attacker)), 0, "nothing owed");
        assertEq(uint256(attacker.attempts()), 1, "reentry attempted");
        assertFalse(attacker.reentrySucceeded(), "reentry failed");
        assertEq(attacker.lastError(), ReentrancyGuardTransient.ReentrancyGuardReentrantCall.selector, "guard");
    }

    function testReentrantWorkerCannotWithdrawDuringPush() public {
        ReentrantReceiver attacker = new ReentrantReceiver(board);
        fund(address(attacker));
        // First task: its payout is deferred, so the attacker is owed.
        ITaskBoard.Task memory first = ethTask();
        postTask(first);
        claimAs(first, address(attacker));
        submitAs(first, address(attacker));
        attacker.configure(true, false);
        vm.prank(poster);
        board.accept(first);
        uint256 owedBefore = board.owed(address(0), address(attacker));

        // Second task: the push runs the attacker's receive, which tries to withdraw too.
        ITaskBoard.Task memory second = ethTask();
        second.salt = bytes32(uint256(1));
        postTask(second);
        claimAs(second, address(attacker));
        submitAs(second, address(attacker));
        attacker.configure(false, true);
        uint256 before = address(attacker).balance;
        vm.prank(poster);
        board.accept(second);
        assertEq(address(attacker).balance, before + ETH_REWARD + ETH_STAKE, "second payout pushed once");
        assertEq(board.owed(address(0), address(attacker)), owedBefore, "owed untouched by the reentry");
        assertEq(address(board).balance, owedBefore, "board keeps exactly what it owes");
        assertEq(uint256(attacker.attempts()), 1, "reentry attempted inside the push");
        assertFalse(attacker.reentrySucceeded(), "reentry failed");
        assertEq(attacker.lastError(), ReentrancyGuardTransient.ReentrancyGuardReentrantCall.selector, "guard");
    }

    function testReentrantTokenCannotFinalizeTwiceDuringPayout() public {
        ReentrantToken ree = new ReentrantToken();
        ITaskBoard.Task memory t = reentrantTokenTask(ree);
        submitted(t);
        ree.arm(address(board), address(board), abi.encodeCall(board.finalize, (t)), true, false);
        vm.warp(START + REVIEW_WINDOW);
        uint256 workerBefore = ree.balanceOf(worker);
        vm.prank(poster);
        board.accept(t);
        assertEq(ree.balanceOf(worker), workerBefore + REWARD + STAKE, "worker paid once");
        assertEq(ree.balanceOf(address(board)), REWARD, "the other task's reward intact");
        assertEq(ree.attempts(), 1, "reentry attempted");
        assertEq(ree.successes(), 0, "reentry failed");
        assertEq(ree.lastRevertData(), reentrantCall(), "stopped by the guard");
    }

    function testReentrantTokenCannotCloseTwiceDuringRefusal() public {
        ReentrantToken ree = new ReentrantToken();
        ITaskBoard.Task memory t = reentrantTokenTask(ree);
        rejected(t);
        vm.warp(START + DISPUTE_WINDOW);
        ree.arm(address(board), address(board), abi.encodeCall(board.close, (t)), true, false);
        uint256 posterBefore = ree.balanceOf(poster);
        uint256 workerBefore = ree.balanceOf(worker);
        vm.prank(stranger);
        board.close(t);
        assertEq(ree.balanceOf(poster), posterBefore + REWARD, "poster paid once");
        assertEq(ree.balanceOf(worker), workerBefore + STAKE, "worker paid once");
        assertEq(ree.balanceOf(address(board)), REWARD, "the other task's reward intact");
        assertEq(ree.attempts(), 2, "reentry attempted on both payouts");
        assertEq(ree.successes(), 0, "both reentries failed");
        assertEq(ree.lastRevertData(), reentrantCall(), "stopped by the guard");
    }

    function testReentrantTokenCannotReenterDuringCollection() public {
        ReentrantToken ree = new ReentrantToken();
        ITaskBoard.Task memory t = reentrantTokenTask(ree);
        bytes32 id = postTask(t);
        ree.arm(address(board), address(board), abi.encodeCall(board.withdraw, (address(ree))), false, true);
        claimAs(t, worker);
        assertStatus(id, ITaskBoard.Status.Claimed, "claimed");
        assertEq(ree.balanceOf(address(board)), 2 * REWARD + STAKE, "stake collected exactly");
        assertEq(ree.attempts(), 1, "reentry attempted during the collection");
        assertEq(ree.successes(), 0, "reentry failed");
        assertEq(ree.lastRevertData(), reentrantCall(), "stopped by the guard");
    }

    /// @dev The default token task in `ree`, funded, with a second task's reward also on the board.
    function reentrantTokenTask(ReentrantToken ree) internal returns (ITaskBoard.Task memory t) {
        ree.mint(poster, 2 * REWARD);
        ree.mint(worker, STAKE);
        vm.prank(poster);
        ree.approve(address(board), type(uint256).max);
        vm.prank(worker);
        ree.approve(address(board), type(uint256).max);
        t = tokenTask();
        t.token = address(ree);
        ITaskBoard.Task memory other = tokenTask();
        other.token = address(ree);
        other.salt = bytes32(uint256(1));
        postTask(other);
    }
}

// =====================================================================================
// Fuzz
// =====================================================================================

contract TaskBoardFuzzTest is TaskBoardFixture {
    /// @dev Amounts up to 1e30 each: far beyond any real token supply in base units, well
    /// below where `(reward + stake) * bps` would overflow.
    uint256 internal constant MAX_AMOUNT = 1e30;

    function testFuzzResolvePaysExactlyRewardPlusStake(
        uint256 reward,
        uint256 stake,
        uint256 feeBps,
        uint256 toWorkerSeed,
        bool inEth
    ) public {
        ITaskBoard.Task memory t = inEth ? ethTask() : tokenTask();
        t.reward = bound(reward, 1, MAX_AMOUNT);
        t.stake = bound(stake, 0, MAX_AMOUNT);
        // forge-lint: disable-next-line(unsafe-typecast)
        t.arbiterFeeBps = uint16(bound(feeBps, 0, 10_000)); // bounded to 10_000: fits in 16 bits
        fundLarge(t.token);
        bytes32 id = disputed(t);

        uint256 pool = t.reward + t.stake;
        uint256 fee = pool * t.arbiterFeeBps / 10_000;
        assertTrue(fee * 10_000 <= pool * t.arbiterFeeBps, "fee is at most bps of the pool");
        assertTrue(pool * t.arbiterFeeBps < (fee + 1) * 10_000, "fee is rounded down by less than one unit");
        uint256 toWorker = bound(toWorkerSeed, 0, pool - fee);
        uint256 workerBefore = balanceOf(t.token, worker);
        uint256 posterBefore = balanceOf(t.token, poster);
        uint256 arbiterBefore = balanceOf(t.token, arbiter);
        uint256 boardBefore = balanceOf(t.token, address(board));

        vm.expectEmit(address(board));
        emit ITaskBoard.TaskResolved(id, arbiter, toWorker, pool - fee - toWorker, fee);
        vm.prank(arbiter);
        board.resolve(t, toWorker);

        uint256 toWorkerPaid = balanceOf(t.token, worker) - workerBefore;
        uint256 toPosterPaid = balanceOf(t.token, poster) - posterBefore;
        uint256 feePaid = balanceOf(t.token, arbiter) - arbiterBefore;
        assertEq(toWorkerPaid, toWorker, "worker gets the split");
        assertEq(feePaid, fee, "arbiter gets the fee");
        assertEq(toWorkerPaid + toPosterPaid + feePaid, pool, "exactly reward + stake paid in total");
        assertEq(boardBefore - balanceOf(t.token, address(board)), pool, "exactly reward + stake leaves the board");
        assertStatus(id, ITaskBoard.Status.Resolved, "resolved");
    }

    function testFuzzResolveRevertsWhenSplitExceedsAvailable(uint256 excess, uint256 feeBps) public {
        ITaskBoard.Task memory t = tokenTask();
        // forge-lint: disable-next-line(unsafe-typecast)
        t.arbiterFeeBps = uint16(bound(feeBps, 0, 10_000)); // bounded to 10_000: fits in 16 bits
        bytes32 id = disputed(t);
        uint256 available = REWARD + STAKE - (REWARD + STAKE) * t.arbiterFeeBps / 10_000;
        uint256 toWorker = available + bound(excess, 1, type(uint256).max - available);
        vm.expectRevert(abi.encodeWithSelector(ITaskBoard.TaskBoardInvalidSplit.selector, id, toWorker, available));
        vm.prank(arbiter);
        board.resolve(t, toWorker);
    }

    /// @notice Claim is allowed exactly before the deadline, close exactly from it.
    function testFuzzClaimAndExpiryWindows(uint256 elapsed) public {
        ITaskBoard.Task memory t = tokenTask();
        bytes32 id = postTask(t);
        vm.warp(START + bound(elapsed, 0, 20 days));
        bool open = block.timestamp < DEADLINE;

        uint256 snapshot = VM_EXTRA.snapshotState();
        if (open) {
            claimAs(t, worker);
            assertStatus(id, ITaskBoard.Status.Claimed, "claim before the deadline");
        } else {
            vm.expectRevert(tooLate(id, DEADLINE));
            vm.prank(worker);
            board.claim(t);
        }
        VM_EXTRA.revertToState(snapshot);
        if (open) {
            vm.expectRevert(tooEarly(id, DEADLINE));
            board.close(t);
        } else {
            board.close(t);
            assertStatus(id, ITaskBoard.Status.Expired, "close from the deadline");
        }
    }

    /// @notice With any claim time and claim duration, delivery time is min(claim + duration,
    /// deadline): submit and unclaim exactly before it, reopen from it until the deadline, close
    /// from the deadline.
    function testFuzzDeliveryWindows(uint256 claimOffset, uint256 duration, uint256 elapsed) public {
        ITaskBoard.Task memory t = tokenTask();
        // forge-lint: disable-next-line(unsafe-typecast)
        t.claimDuration = uint32(bound(duration, 1, 20 days)); // bounded to 20 days: fits in 32 bits
        bytes32 id = postTask(t);
        uint256 claimedAt = START + bound(claimOffset, 0, DEADLINE - START - 1);
        vm.warp(claimedAt);
        claimAs(t, worker);
        uint256 due = dueAt(t, claimedAt);
        vm.warp(claimedAt + bound(elapsed, 0, 25 days));
        uint256 now_ = block.timestamp;

        uint256 snapshot = VM_EXTRA.snapshotState();
        if (now_ < due) {
            submitAs(t, worker);
            assertStatus(id, ITaskBoard.Status.Submitted, "submit before delivery time");
        } else {
            vm.expectRevert(tooLate(id, due));
            vm.prank(worker);
            board.submit(t, RESULT_HASH, RESULT_URI);
        }
        VM_EXTRA.revertToState(snapshot);
        if (now_ < due) {
            vm.prank(worker);
            board.unclaim(t);
            assertStatus(id, ITaskBoard.Status.Open, "unclaim before delivery time");
        } else {
            vm.expectRevert(tooLate(id, due));
            vm.prank(worker);
            board.unclaim(t);
        }
        VM_EXTRA.revertToState(snapshot);
        if (now_ < due) {
            vm.expectRevert(tooEarly(id, due));
            board.reopen(t);
        } else if (now_ >= DEADLINE) {
            vm.expectRevert(tooLate(id, DEADLINE));
            board.reopen(t);
        } else {
            board.reopen(t);
            assertStatus(id, ITaskBoard.Status.Open, "reopen between delivery time and deadline");
        }
        VM_EXTRA.revertToState(snapshot);
        if (now_ < DEADLINE) {
            vm.expectRevert(tooEarly(id, DEADLINE));
            board.close(t);
        } else {
            board.close(t);
            assertStatus(id, ITaskBoard.Status.Expired, "close from the deadline");
        }
    }

    /// @notice Reject exactly before the review window ends, finalize exactly from then; the
    /// poster may accept at any time.
    function testFuzzReviewWindow(uint256 window, uint256 elapsed) public {
        ITaskBoard.Task memory t = tokenTask();
        // forge-lint: disable-next-line(unsafe-typecast)
        t.reviewWindow = uint32(bound(window, 1, 30 days)); // bounded to 30 days: fits in 32 bits
        bytes32 id = submitted(t);
        uint256 reviewEndsAt = START + t.reviewWindow;
        vm.warp(START + bound(elapsed, 0, 40 days));

        uint256 snapshot = VM_EXTRA.snapshotState();
        if (block.timestamp < reviewEndsAt) {
            vm.prank(poster);
            board.reject(t, REASON);
            assertStatus(id, ITaskBoard.Status.Rejected, "reject within the review window");
        } else {
            vm.expectRevert(tooLate(id, reviewEndsAt));
            vm.prank(poster);
            board.reject(t, REASON);
        }
        VM_EXTRA.revertToState(snapshot);
        if (block.timestamp < reviewEndsAt) {
            vm.expectRevert(tooEarly(id, reviewEndsAt));
            board.finalize(t);
        } else {
            board.finalize(t);
            assertStatus(id, ITaskBoard.Status.Completed, "finalize after the review window");
        }
        VM_EXTRA.revertToState(snapshot);
        vm.prank(poster);
        board.accept(t);
        assertStatus(id, ITaskBoard.Status.Completed, "accept at any time");
    }

    /// @notice Dispute exactly before the dispute window ends, close exactly from then.
    function testFuzzDisputeWindow(uint256 window, uint256 elapsed) public {
        ITaskBoard.Task memory t = tokenTask();
        // forge-lint: disable-next-line(unsafe-typecast)
        t.disputeWindow = uint32(bound(window, 1, 30 days)); // bounded to 30 days: fits in 32 bits; 0 is refused with an arbiter
        bytes32 id = rejected(t);
        uint256 disputeEndsAt = START + t.disputeWindow;
        vm.warp(START + bound(elapsed, 0, 40 days));

        uint256 snapshot = VM_EXTRA.snapshotState();
        if (block.timestamp < disputeEndsAt) {
            vm.prank(worker);
            board.dispute(t);
            assertStatus(id, ITaskBoard.Status.Disputed, "dispute within the window");
        } else {
            vm.expectRevert(tooLate(id, disputeEndsAt));
            vm.prank(worker);
            board.dispute(t);
        }
        VM_EXTRA.revertToState(snapshot);
        if (block.timestamp < disputeEndsAt) {
            vm.expectRevert(tooEarly(id, disputeEndsAt));
            board.close(t);
        } else {
            board.close(t);
            assertStatus(id, ITaskBoard.Status.Refused, "close after the window");
        }
    }

    /// @notice A dispute closes as refused exactly from the end of the arbitration period; the
    /// arbiter can rule at any time before it.
    function testFuzzArbitrationPeriod(uint256 disputeOffset, uint256 elapsed) public {
        ITaskBoard.Task memory t = tokenTask();
        bytes32 id = rejected(t);
        uint256 disputedAt = START + bound(disputeOffset, 0, DISPUTE_WINDOW - 1);
        vm.warp(disputedAt);
        vm.prank(worker);
        board.dispute(t);
        uint256 lapsesAt = disputedAt + ARBITRATION_PERIOD;
        vm.warp(disputedAt + bound(elapsed, 0, 60 days));

        if (block.timestamp < lapsesAt) {
            vm.expectRevert(tooEarly(id, lapsesAt));
            board.close(t);
            vm.prank(arbiter);
            board.resolve(t, REWARD);
            assertStatus(id, ITaskBoard.Status.Resolved, "ruling within the arbitration period");
        } else {
            board.close(t);
            assertStatus(id, ITaskBoard.Status.Refused, "refused once the arbitration period is over");
        }
    }

    /// @notice Each of the seven actions reserved for one party (cancel, unclaim, submit, accept,
    /// reject, dispute, resolve) fails with {TaskBoardUnauthorized} for any other caller, and
    /// moves no funds. (Reopen, finalize, acceptByValidation and close are open to anyone.)
    function testFuzzUnentitledCallerIsRefused(uint256 action, address caller) public {
        vm.assume(caller != poster && caller != worker && caller != arbiter && caller != address(0));
        ITaskBoard.Task memory t = tokenTask();
        action = action % 7;
        bytes32 id = idOf(t);
        if (action == 0) postTask(t);
        else if (action <= 2) claimed(t);
        else if (action <= 4) submitted(t);
        else if (action == 5) rejected(t);
        else disputed(t);
        ITaskBoard.State memory before = board.getState(id);
        uint256 boardBefore = token.balanceOf(address(board));

        vm.expectRevert(unauthorized(id, caller));
        vm.prank(caller);
        if (action == 0) board.cancel(t);
        else if (action == 1) board.unclaim(t);
        else if (action == 2) board.submit(t, RESULT_HASH, RESULT_URI);
        else if (action == 3) board.accept(t);
        else if (action == 4) board.reject(t, REASON);
        else if (action == 5) board.dispute(t);
        else board.resolve(t, 0);

        assertEq(uint256(board.getState(id).status), uint256(before.status), "status unchanged");
        assertEq(token.balanceOf(address(board)), boardBefore, "no funds move");
    }

    function fundLarge(address asset) internal {
        if (asset == address(0)) {
            vm.deal(poster, 10 * MAX_AMOUNT);
            vm.deal(worker, 10 * MAX_AMOUNT);
        } else {
            token.mint(poster, 10 * MAX_AMOUNT);
            token.mint(worker, 10 * MAX_AMOUNT);
        }
    }
}
