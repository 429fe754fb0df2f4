// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

import {AttestationRegistry} from "../../src/AttestationRegistry.sol";
import {TaskBoard} from "../../src/TaskBoard.sol";
import {TestToken} from "../../src/TestToken.sol";
import {IAttestationRegistry} from "../../src/interfaces/IAttestationRegistry.sol";
import {IPayouts} from "../../src/interfaces/IPayouts.sol";
import {ITaskBoard} from "../../src/interfaces/ITaskBoard.sol";
import {Payouts} from "../../src/utils/Payouts.sol";
import {bound} from "../base/Bound.sol";
import {Test} from "../base/Test.sol";

// =====================================================================================
// Tokens
// =====================================================================================

/// @title FeeOnTransferToken
/// @notice Burns 1% of every transfer between two accounts (while the fee is on, as it is at
/// deployment), so a recipient gets less than sent.
/// Also offers an unsigned `receiveWithAuthorization` (the caller must be the recipient, as in
/// EIP-3009) so that the board's own check of what arrived can be tested on that path.
contract FeeOnTransferToken is ERC20 {
    uint256 public constant FEE_BPS = 100;
    bool public feeOn = true;

    constructor() ERC20("Fee Token", "FEE") {}

    function setFee(bool on) external {
        feeOn = on;
    }

    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    /// @dev No signature check: only the amount that arrives is under test.
    function receiveWithAuthorization(
        address from,
        address to,
        uint256 value,
        uint256,
        uint256,
        bytes32,
        uint8,
        bytes32,
        bytes32
    ) external {
        require(to == msg.sender, "caller must be the payee");
        _transfer(from, to, value);
    }

    function _update(address from, address to, uint256 value) internal override {
        if (!feeOn || from == address(0) || to == address(0)) return super._update(from, to, value);
        uint256 fee = value * FEE_BPS / 10_000;
        super._update(from, to, value - fee);
        super._update(from, address(0), fee);
    }
}

/// @title BlocklistToken
/// @notice A token that refuses transfers to blocked accounts (as USDC's blacklist does), to make
/// the board's token payouts fail and be deferred.
contract BlocklistToken is ERC20 {
    error BlocklistTokenBlocked(address account);

    mapping(address account => bool) public blocked;

    constructor() ERC20("Blocklist Token", "BLK") {}

    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    function setBlocked(address account, bool isBlocked) external {
        blocked[account] = isBlocked;
    }

    function _update(address from, address to, uint256 value) internal override {
        if (blocked[to]) revert BlocklistTokenBlocked(to);
        super._update(from, to, value);
    }
}

/// @title ReentrantToken
/// @notice A token that, once armed, calls `target` with `payload` in the middle of a transfer
/// (outgoing from `watched`, incoming to it, or both), and records whether that call succeeded
/// and how it failed. The transfer itself always goes through.
contract ReentrantToken is ERC20 {
    address public watched;
    address public target;
    bytes public payload;
    bool public onOutgoing;
    bool public onIncoming;
    uint256 public attempts;
    uint256 public successes;
    bytes public lastRevertData;
    bool private _inHook;

    constructor() ERC20("Reentrant Token", "REE") {}

    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    function arm(address watched_, address target_, bytes calldata payload_, bool onOutgoing_, bool onIncoming_)
        external
    {
        watched = watched_;
        target = target_;
        payload = payload_;
        onOutgoing = onOutgoing_;
        onIncoming = onIncoming_;
    }

    function _update(address from, address to, uint256 value) internal override {
        super._update(from, to, value);
        bool hit = (onOutgoing && from == watched) || (onIncoming && to == watched);
        if (!hit || _inHook || from == address(0)) return;
        _inHook = true;
        ++attempts;
        (bool ok, bytes memory returned) = target.call(payload);
        if (ok) ++successes;
        else lastRevertData = returned;
        _inHook = false;
    }
}

// =====================================================================================
// Receivers
// =====================================================================================

/// @title RevertingReceiver
/// @notice An account whose ETH `receive` reverts while `rejecting` is set.
contract RevertingReceiver {
    bool public rejecting = true;

    function setRejecting(bool rejecting_) external {
        rejecting = rejecting_;
    }

    receive() external payable {
        require(!rejecting, "RevertingReceiver: no ETH");
    }
}

/// @title GasHungryReceiver
/// @notice Accepts ETH only with more gas than the board forwards with a push (it writes three
/// fresh storage slots, over 60k gas), so a push fails while a {withdraw} succeeds.
contract GasHungryReceiver {
    uint256 public writes;
    mapping(uint256 index => uint256) public sink;

    receive() external payable {
        for (uint256 i = 0; i < 3; ++i) {
            sink[writes++] = block.timestamp;
        }
    }
}

/// @title ReentrantReceiver
/// @notice Receives ETH and, while `reentering`, calls the board's {withdraw} for ETH from within
/// `receive`, recording the outcome. While `rejecting`, it refuses ETH instead. Its state shares
/// one storage slot kept non-zero, so that recording stays cheap inside a 50k-gas push.
contract ReentrantReceiver {
    IPayouts public immutable board;
    bool public rejecting;
    bool public reentering;
    bool public reentrySucceeded;
    uint32 public attempts;
    bytes4 public lastError;
    bool private _warm = true;

    constructor(IPayouts board_) {
        board = board_;
    }

    function configure(bool rejecting_, bool reentering_) external {
        rejecting = rejecting_;
        reentering = reentering_;
    }

    receive() external payable {
        require(!rejecting, "ReentrantReceiver: no ETH");
        if (!reentering) return;
        ++attempts;
        try board.withdraw(address(0)) {
            reentrySucceeded = true;
        } catch (bytes memory reason) {
            lastError = _selector(reason);
        }
    }

    function warm() external view returns (bool) {
        return _warm;
    }

    function _selector(bytes memory reason) private pure returns (bytes4 selector) {
        if (reason.length < 4) return bytes4(0);
        assembly ("memory-safe") {
            selector := mload(add(reason, 32))
        }
    }
}

// =====================================================================================
// Invariant handler
// =====================================================================================

/// @title TaskBoardHandler
/// @notice Drives one board through random sequences: four actors post (directly and by EIP-3009
/// signature), claim, unclaim, reopen, submit, accept, finalize, accept by validation, reject,
/// dispute, resolve, close and withdraw tasks in ETH and two tokens, while time passes and
/// recipients start and stop refusing payouts. Each call predicts its outcome from ghost state,
/// error included, and checks every balance and `owed` amount it should move, so it never
/// reverts unless the board misbehaves. Ghost state records what each task took in and paid out.
contract TaskBoardHandler is Test {
    uint256 public constant ACTOR_COUNT = 4;
    uint256 public constant ASSET_COUNT = 3;
    /// @dev Index of the actor that is a contract whose ETH `receive` can revert.
    uint256 internal constant REJECTOR = 2;
    uint256 internal constant MAX_TASKS = 12;
    uint256 internal constant MAX_LIVE = 3;
    uint256 internal constant MAX_BPS = 10_000;
    uint256 internal constant FUNDS = 1e30;

    bytes32 internal constant RECEIVE_TYPEHASH = keccak256(
        "ReceiveWithAuthorization(address from,address to,uint256 value,uint256 validAfter,uint256 validBefore,bytes32 nonce)"
    );

    struct Ghost {
        ITaskBoard.Task task;
        bytes32 id;
        ITaskBoard.Status status;
        address worker;
        uint256 since;
        /// @dev Reward and stakes the board collected for the task.
        uint256 paidIn;
        /// @dev Everything the task paid out (pushed or credited to `owed`).
        uint256 paidOut;
        /// @dev How often the task reached a terminal status (must stay at most 1).
        uint256 endings;
        ITaskBoard.Status endedAs;
    }

    /// @dev Expected movement of funds from one call: `to[i]` receives `amount[i]`.
    struct Payout {
        address[3] to;
        uint256[3] amount;
    }

    struct Snapshot {
        uint256[ACTOR_COUNT] wallet;
        uint256[ACTOR_COUNT] owed;
        uint256 board;
    }

    TaskBoard public immutable board;
    AttestationRegistry public immutable registry;
    TestToken public immutable token;
    BlocklistToken public immutable blockToken;
    RevertingReceiver public immutable rejector;
    address public immutable validator;
    bytes32 public immutable schema;

    address[ACTOR_COUNT] internal actors;
    uint256[ACTOR_COUNT] internal keys;
    address[ASSET_COUNT] internal assets;

    Ghost[] internal ghosts;
    /// @dev What the board must owe each account per asset, predicted independently.
    mapping(address asset => mapping(address account => uint256)) public ghostOwed;
    /// @notice How often each action succeeded, to see that the campaign reaches every state.
    mapping(string action => uint256) public successes;
    uint256 internal _salt;
    uint256 internal _attestations;

    constructor(TaskBoard board_, TestToken token_, BlocklistToken blockToken_) {
        board = board_;
        registry = AttestationRegistry(address(board_.registry()));
        token = token_;
        blockToken = blockToken_;
        rejector = new RevertingReceiver();
        rejector.setRejecting(false);
        validator = makeAddr("validator");
        schema = registry.registerSchema("bool passed", address(0), true);
        assets = [address(0), address(token_), address(blockToken_)];
        for (uint256 i = 0; i < ACTOR_COUNT; ++i) {
            if (i == REJECTOR) {
                actors[i] = address(rejector);
            } else {
                (actors[i], keys[i]) = makeAccount(string.concat("actor", vm.toString(i)));
            }
            vm.deal(actors[i], FUNDS);
            token_.mint(actors[i], FUNDS);
            blockToken_.mint(actors[i], FUNDS);
            vm.startPrank(actors[i]);
            token_.approve(address(board_), type(uint256).max);
            blockToken_.approve(address(board_), type(uint256).max);
            vm.stopPrank();
        }
    }

    // ============================================================ random actions

    /// @notice Posts a task with random terms, directly or (one time in four, in the EIP-3009
    /// token) by the poster's signature relayed by a random actor; once enough tasks are live,
    /// re-posts existing terms instead, which must fail.
    function post(uint256 actorSeed, uint256 assetSeed, uint256 termsSeed, uint256 valueSeed) external {
        if (ghosts.length >= MAX_TASKS || _liveCount() >= MAX_LIVE || (ghosts.length > 0 && actorSeed % 8 == 7)) {
            _repost(termsSeed);
            return;
        }
        uint256 index = actorSeed % ACTOR_COUNT;
        if (assetSeed % 4 == 3 && index != REJECTOR) {
            _postSigned(index, actors[valueSeed % ACTOR_COUNT], termsSeed);
        } else {
            _post(actors[index], assets[assetSeed % ASSET_COUNT], termsSeed, valueSeed % 8 == 0);
        }
    }

    /// @notice Usually one of the twelve task actions on a random task, by a random caller (the
    /// entitled one three times in four) and near one of its time boundaries, so that many of
    /// these calls must fail, each with its exact error; else an {advance}.
    function act(uint256 actionSeed, uint256 taskSeed, uint256 callerSeed, uint256 timingSeed, uint256 extraSeed)
        external
    {
        uint256 action = actionSeed % 20;
        if (action == 0) {
            uint256 i = _pick(taskSeed, ITaskBoard.Status.Open);
            _cancel(i, actors[callerSeed % ACTOR_COUNT]);
        } else if (action == 1) {
            uint256 i = _pick(taskSeed, ITaskBoard.Status.Open);
            _warpNear(ghosts[i].task.deadline, timingSeed);
            _claim(i, actors[callerSeed % ACTOR_COUNT], extraSeed % 4 == 0);
        } else if (action == 2) {
            uint256 i = _pick(taskSeed, ITaskBoard.Status.Claimed);
            _warpNear(_dueAt(i), timingSeed);
            _unclaim(i, _callerOr(ghosts[i].worker, callerSeed));
        } else if (action == 3) {
            uint256 i = _pick(taskSeed, ITaskBoard.Status.Claimed);
            _warpNear(extraSeed % 2 == 0 ? _dueAt(i) : ghosts[i].task.deadline, timingSeed);
            _reopen(i, actors[callerSeed % ACTOR_COUNT]);
        } else if (action == 4) {
            uint256 i = _pick(taskSeed, ITaskBoard.Status.Claimed);
            _warpNear(_dueAt(i), timingSeed);
            _submit(i, _callerOr(ghosts[i].worker, callerSeed));
        } else if (action == 5) {
            uint256 i = _pick(taskSeed, ITaskBoard.Status.Submitted);
            _accept(i, _callerOr(ghosts[i].task.poster, callerSeed));
        } else if (action == 6) {
            uint256 i = _pick(taskSeed, ITaskBoard.Status.Submitted);
            _warpNear(ghosts[i].since + ghosts[i].task.reviewWindow, timingSeed);
            _finalize(i, actors[callerSeed % ACTOR_COUNT]);
        } else if (action == 7) {
            uint256 i = _pick(taskSeed, ITaskBoard.Status.Submitted);
            _acceptByValidation(i, actors[callerSeed % ACTOR_COUNT], extraSeed % 4);
        } else if (action == 8) {
            uint256 i = _pick(taskSeed, ITaskBoard.Status.Submitted);
            _warpNear(ghosts[i].since + ghosts[i].task.reviewWindow, timingSeed);
            _reject(i, _callerOr(ghosts[i].task.poster, callerSeed));
        } else if (action == 9) {
            uint256 i = _pick(taskSeed, ITaskBoard.Status.Rejected);
            _warpNear(ghosts[i].since + ghosts[i].task.disputeWindow, timingSeed);
            _dispute(i, _callerOr(ghosts[i].worker, callerSeed));
        } else if (action == 10) {
            uint256 i = _pick(taskSeed, ITaskBoard.Status.Disputed);
            _warpNear(ghosts[i].since + board.ARBITRATION_PERIOD(), timingSeed);
            _resolve(i, _callerOr(ghosts[i].task.arbiter, callerSeed), extraSeed);
        } else if (action == 11) {
            uint256 i = _pick(taskSeed, _closable(extraSeed));
            (uint256 closesAt,) = _closing(i);
            if (closesAt != 0) _warpNear(closesAt, timingSeed);
            _close(i, actors[callerSeed % ACTOR_COUNT]);
        } else {
            _advance(taskSeed, extraSeed);
        }
    }

    /// @notice Takes a live task (the most advanced one, half of the time) one step along its
    /// happy or unhappy path, with the right caller at the right time, so that campaigns reach
    /// every state; on an ended task, checks that the call fails.
    function advance(uint256 taskSeed, uint256 choice) external {
        _advance(taskSeed, choice);
    }

    function _advance(uint256 taskSeed, uint256 choice) internal {
        uint256 i = taskSeed % 2 == 0 ? _pickDeepest(taskSeed) : _pick(taskSeed, ITaskBoard.Status.None);
        Ghost storage g = ghosts[i];
        ITaskBoard.Status status = g.status;
        address poster = g.task.poster;
        if (status == ITaskBoard.Status.Open) {
            if (block.timestamp >= g.task.deadline) return _close(i, poster);
            if (choice % 8 == 0) return _cancel(i, poster);
            return _claim(i, _someoneBut(poster, choice), false);
        }
        if (status == ITaskBoard.Status.Claimed) {
            uint256 dueAt = _dueAt(i);
            if (block.timestamp >= dueAt || choice % 6 == 0) {
                _warpTo(dueAt);
                return block.timestamp < g.task.deadline ? _reopen(i, poster) : _close(i, poster);
            }
            return choice % 6 == 1 ? _unclaim(i, g.worker) : _submit(i, g.worker);
        }
        if (status == ITaskBoard.Status.Submitted) {
            uint256 step = choice % 5;
            uint256 reviewEndsAt = g.since + g.task.reviewWindow;
            if (step == 0) return _accept(i, poster);
            if (step == 1) {
                _warpTo(reviewEndsAt);
                return _finalize(i, poster);
            }
            if (step == 2 && g.task.validator != address(0)) return _acceptByValidation(i, poster, 0);
            if (block.timestamp >= reviewEndsAt) return _finalize(i, g.worker);
            return _reject(i, poster);
        }
        if (status == ITaskBoard.Status.Rejected) {
            uint256 disputeEndsAt = g.since + g.task.disputeWindow;
            if (g.task.arbiter == address(0) || block.timestamp >= disputeEndsAt || choice % 4 == 0) {
                _warpTo(disputeEndsAt);
                return _close(i, g.worker);
            }
            return _dispute(i, g.worker);
        }
        if (status == ITaskBoard.Status.Disputed) {
            if (choice % 4 == 0) {
                _warpTo(g.since + board.ARBITRATION_PERIOD());
                return _close(i, poster);
            }
            // Too early, unless the arbitration period is over.
            if (choice % 4 == 1) return _close(i, poster);
            return _resolve(i, g.task.arbiter, choice >> 2);
        }
        // An ended task: any further call must fail.
        _close(i, poster);
    }

    /// @notice Withdraws for an actor that is owed something (three times in four, if any is)
    /// or for a random one, which half of the time first stops refusing payouts.
    function withdraw(uint256 actorSeed, uint256 assetSeed) external {
        address actor = actors[actorSeed % ACTOR_COUNT];
        address asset = assets[assetSeed % ASSET_COUNT];
        if (actorSeed % 4 != 0) (actor, asset) = _someoneOwed(actor, asset);
        if (assetSeed % 2 == 0) _setRefusing(_indexOf(actor), false);
        uint256 amount = ghostOwed[asset][actor];
        bytes memory expected;
        if (amount == 0) {
            expected = abi.encodeWithSelector(IPayouts.PayoutsNothingOwed.selector, asset, actor);
        } else if (_refuses(asset, actor)) {
            expected = abi.encodeWithSelector(IPayouts.PayoutsWithdrawFailed.selector, asset, actor, amount);
        }
        uint256 walletBefore = _balance(asset, actor);
        uint256 boardBefore = _balance(asset, address(board));
        vm.prank(actor);
        try board.withdraw(asset) {
            _assertSucceeded(expected, "withdraw");
            assertEq(_balance(asset, actor), walletBefore + amount, "withdraw: amount reaches the account");
            assertEq(_balance(asset, address(board)), boardBefore - amount, "withdraw: amount leaves the board");
            assertEq(board.owed(asset, actor), 0, "withdraw: nothing owed afterwards");
            ghostOwed[asset][actor] = 0;
            ++successes["withdraw"];
        } catch (bytes memory reason) {
            _assertFailedAs(reason, expected, "withdraw");
            assertEq(board.owed(asset, actor), amount, "failed withdraw keeps what is owed");
        }
    }

    /// @notice Lets time pass (up to a day), or starts or stops an actor refusing payouts: ETH
    /// for the contract actor, the blocklist token for anyone.
    function tick(uint256 seed, uint256 actorSeed) external {
        if (seed % 2 == 0) {
            _warpTo(block.timestamp + bound(seed >> 2, 0, 1 days));
            return;
        }
        // The contract actor is picked half of the time: only it can refuse ETH.
        uint256 index = actorSeed % 2 == 0 ? REJECTOR : (actorSeed >> 1) % ACTOR_COUNT;
        _setRefusing(index, (seed >> 2) % 2 == 0);
    }

    function _setRefusing(uint256 index, bool refusing) internal {
        blockToken.setBlocked(actors[index], refusing);
        if (index == REJECTOR) rejector.setRejecting(refusing);
    }

    // ================================================================== views

    function taskCount() external view returns (uint256) {
        return ghosts.length;
    }

    function ghostOf(uint256 i) external view returns (Ghost memory) {
        return ghosts[i];
    }

    function actorAt(uint256 i) external view returns (address) {
        return actors[i];
    }

    function assetAt(uint256 i) external view returns (address) {
        return assets[i];
    }

    /// @notice What the board holds for task `i` now: the reward while the task lives, plus the
    /// stake while a worker has one in.
    function held(uint256 i) public view returns (uint256) {
        Ghost storage g = ghosts[i];
        ITaskBoard.Status status = g.status;
        if (status == ITaskBoard.Status.Open) return g.task.reward;
        if (status >= ITaskBoard.Status.Claimed && status <= ITaskBoard.Status.Disputed) {
            return g.task.reward + g.task.stake;
        }
        return 0;
    }

    // ========================================================= posting (checked)

    function _post(address poster, address asset, uint256 termsSeed, bool wrongValue) internal {
        ITaskBoard.Task memory task = _terms(poster, asset, termsSeed);
        bytes32 id = _id(task);
        uint256 value = asset == address(0) ? task.reward : 0;
        bytes memory expected;
        if (wrongValue) {
            expected = abi.encodeWithSelector(IPayouts.PayoutsWrongValue.selector, value, value + 1);
            value += 1;
        }
        Snapshot memory before = _snap(asset);
        vm.prank(poster);
        try board.post{value: value}(task, "ipfs://spec") returns (bytes32 returned) {
            _assertSucceeded(expected, "post");
            assertEq(returned, id, "post returns keccak256(chainid, board, task)");
            _recordPosted(task, id, before, "post");
        } catch (bytes memory reason) {
            _assertFailedAs(reason, expected, "post");
        }
    }

    function _postSigned(uint256 posterIndex, address relayer, uint256 termsSeed) internal {
        ITaskBoard.Task memory task = _terms(actors[posterIndex], address(token), termsSeed);
        bytes32 id = _id(task);
        uint256 validBefore = block.timestamp + 1 hours;
        bytes32 digest = keccak256(
            abi.encodePacked(
                "\x19\x01",
                token.DOMAIN_SEPARATOR(),
                keccak256(abi.encode(RECEIVE_TYPEHASH, task.poster, address(board), task.reward, 0, validBefore, id))
            )
        );
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(keys[posterIndex], digest);
        Snapshot memory before = _snap(address(token));
        vm.prank(relayer);
        try board.postWithAuthorization(task, "ipfs://spec", 0, validBefore, v, r, s) returns (bytes32 returned) {
            assertEq(returned, id, "postWithAuthorization returns the task id");
            _recordPosted(task, id, before, "postWithAuthorization");
        } catch (bytes memory reason) {
            _assertFailedAs(reason, "", "postWithAuthorization");
        }
    }

    function _repost(uint256 taskSeed) internal {
        Ghost storage g = ghosts[taskSeed % ghosts.length];
        ITaskBoard.Task memory task = g.task;
        bytes memory expected = abi.encodeWithSelector(ITaskBoard.TaskBoardTaskExists.selector, g.id);
        uint256 value = task.token == address(0) ? task.reward : 0;
        // The terms may have a deadline in the past by now: that check comes first.
        if (task.deadline <= block.timestamp) {
            expected = abi.encodeWithSelector(ITaskBoard.TaskBoardInvalidTerms.selector, "deadline not in the future");
        }
        vm.prank(task.poster);
        try board.post{value: value}(task, "ipfs://again") {
            _assertSucceeded(expected, "repost");
        } catch (bytes memory reason) {
            _assertFailedAs(reason, expected, "repost");
        }
    }

    function _recordPosted(ITaskBoard.Task memory task, bytes32 id, Snapshot memory before, string memory action)
        internal
    {
        _assertCollected(task.token, before, task.poster, task.reward, "post");
        assertEq(uint256(board.getState(id).status), uint256(ITaskBoard.Status.Open), "posted task is open");
        Ghost storage g = ghosts.push();
        g.task = task;
        g.id = id;
        g.status = ITaskBoard.Status.Open;
        g.paidIn = task.reward;
        ++successes[action];
    }

    // ============================================================ work (checked)

    function _cancel(uint256 i, address caller) internal {
        Ghost storage g = ghosts[i];
        bytes memory expected = _statusError(g, ITaskBoard.Status.Open);
        if (expected.length == 0 && caller != g.task.poster) expected = _unauthorized(g, caller);
        Snapshot memory before = _snap(g.task.token);
        vm.prank(caller);
        try board.cancel(g.task) {
            _assertSucceeded(expected, "cancel");
            _settle(g, before, _one(g.task.poster, g.task.reward), "cancel");
            _end(g, ITaskBoard.Status.Cancelled);
            ++successes["cancel"];
        } catch (bytes memory reason) {
            _assertFailedAs(reason, expected, "cancel");
        }
    }

    function _claim(uint256 i, address caller, bool wrongValue) internal {
        Ghost storage g = ghosts[i];
        bytes memory expected = _statusError(g, ITaskBoard.Status.Open);
        bool judge = caller == g.task.poster || caller == g.task.arbiter || caller == g.task.validator;
        if (expected.length == 0 && judge) expected = _unauthorized(g, caller);
        if (expected.length == 0 && block.timestamp >= g.task.deadline) expected = _tooLate(g, g.task.deadline);
        uint256 value = g.task.token == address(0) ? g.task.stake : 0;
        if (wrongValue) {
            if (expected.length == 0) {
                expected = abi.encodeWithSelector(IPayouts.PayoutsWrongValue.selector, value, value + 1);
            }
            value += 1;
        }
        Snapshot memory before = _snap(g.task.token);
        vm.prank(caller);
        try board.claim{value: value}(g.task) {
            _assertSucceeded(expected, "claim");
            _assertCollected(g.task.token, before, caller, g.task.stake, "claim");
            g.paidIn += g.task.stake;
            g.status = ITaskBoard.Status.Claimed;
            g.worker = caller;
            g.since = block.timestamp;
            ++successes["claim"];
        } catch (bytes memory reason) {
            _assertFailedAs(reason, expected, "claim");
        }
    }

    function _unclaim(uint256 i, address caller) internal {
        Ghost storage g = ghosts[i];
        bytes memory expected = _statusError(g, ITaskBoard.Status.Claimed);
        if (expected.length == 0 && caller != g.worker) expected = _unauthorized(g, caller);
        if (expected.length == 0 && block.timestamp >= _dueAt(i)) expected = _tooLate(g, _dueAt(i));
        Snapshot memory before = _snap(g.task.token);
        vm.prank(caller);
        try board.unclaim(g.task) {
            _assertSucceeded(expected, "unclaim");
            _settle(g, before, _one(g.worker, g.task.stake), "unclaim");
            _reopened(g);
            ++successes["unclaim"];
        } catch (bytes memory reason) {
            _assertFailedAs(reason, expected, "unclaim");
        }
    }

    function _reopen(uint256 i, address caller) internal {
        Ghost storage g = ghosts[i];
        bytes memory expected = _statusError(g, ITaskBoard.Status.Claimed);
        if (expected.length == 0 && block.timestamp < _dueAt(i)) expected = _tooEarly(g, _dueAt(i));
        if (expected.length == 0 && block.timestamp >= g.task.deadline) expected = _tooLate(g, g.task.deadline);
        Snapshot memory before = _snap(g.task.token);
        vm.prank(caller);
        try board.reopen(g.task) {
            _assertSucceeded(expected, "reopen");
            _settle(g, before, _one(g.task.poster, g.task.stake), "reopen");
            _reopened(g);
            ++successes["reopen"];
        } catch (bytes memory reason) {
            _assertFailedAs(reason, expected, "reopen");
        }
    }

    function _submit(uint256 i, address caller) internal {
        Ghost storage g = ghosts[i];
        bytes memory expected = _statusError(g, ITaskBoard.Status.Claimed);
        if (expected.length == 0 && caller != g.worker) expected = _unauthorized(g, caller);
        if (expected.length == 0 && block.timestamp >= _dueAt(i)) expected = _tooLate(g, _dueAt(i));
        Snapshot memory before = _snap(g.task.token);
        vm.prank(caller);
        try board.submit(g.task, keccak256("result"), "ipfs://result") {
            _assertSucceeded(expected, "submit");
            _settle(g, before, _none(), "submit");
            g.status = ITaskBoard.Status.Submitted;
            g.since = block.timestamp;
            ++successes["submit"];
        } catch (bytes memory reason) {
            _assertFailedAs(reason, expected, "submit");
        }
    }

    // ========================================================== review (checked)

    function _accept(uint256 i, address caller) internal {
        Ghost storage g = ghosts[i];
        bytes memory expected = _statusError(g, ITaskBoard.Status.Submitted);
        if (expected.length == 0 && caller != g.task.poster) expected = _unauthorized(g, caller);
        Snapshot memory before = _snap(g.task.token);
        vm.prank(caller);
        try board.accept(g.task) {
            _assertSucceeded(expected, "accept");
            _completed(g, before, "accept");
        } catch (bytes memory reason) {
            _assertFailedAs(reason, expected, "accept");
        }
    }

    function _finalize(uint256 i, address caller) internal {
        Ghost storage g = ghosts[i];
        bytes memory expected = _statusError(g, ITaskBoard.Status.Submitted);
        uint256 reviewEndsAt = g.since + g.task.reviewWindow;
        if (expected.length == 0 && block.timestamp < reviewEndsAt) expected = _tooEarly(g, reviewEndsAt);
        Snapshot memory before = _snap(g.task.token);
        vm.prank(caller);
        try board.finalize(g.task) {
            _assertSucceeded(expected, "finalize");
            _completed(g, before, "finalize");
        } catch (bytes memory reason) {
            _assertFailedAs(reason, expected, "finalize");
        }
    }

    /// @param kind 0: a valid attestation by the validator; 1: the same by another attester;
    /// 2: a revoked one by the validator; 3: content nobody attested.
    function _acceptByValidation(uint256 i, address caller, uint256 kind) internal {
        Ghost storage g = ghosts[i];
        bytes memory expected = _statusError(g, ITaskBoard.Status.Submitted);
        bool configured = g.task.validator != address(0);
        if (expected.length == 0 && !configured) {
            expected = abi.encodeWithSelector(ITaskBoard.TaskBoardNoValidation.selector, g.id);
        }
        if (expected.length == 0 && kind != 0) {
            expected = abi.encodeWithSelector(ITaskBoard.TaskBoardProofRejected.selector, g.id);
        }
        (IAttestationRegistry.AttestationContent memory proof, bytes32 uid) = _proof(g, kind, configured);
        Snapshot memory before = _snap(g.task.token);
        vm.prank(caller);
        try board.acceptByValidation(g.task, proof) {
            _assertSucceeded(expected, "acceptByValidation");
            assertTrue(uid != bytes32(0), "acceptByValidation: proof was attested");
            _completed(g, before, "acceptByValidation");
        } catch (bytes memory reason) {
            _assertFailedAs(reason, expected, "acceptByValidation");
        }
    }

    function _reject(uint256 i, address caller) internal {
        Ghost storage g = ghosts[i];
        bytes memory expected = _statusError(g, ITaskBoard.Status.Submitted);
        uint256 reviewEndsAt = g.since + g.task.reviewWindow;
        if (expected.length == 0 && caller != g.task.poster) expected = _unauthorized(g, caller);
        if (expected.length == 0 && block.timestamp >= reviewEndsAt) expected = _tooLate(g, reviewEndsAt);
        Snapshot memory before = _snap(g.task.token);
        vm.prank(caller);
        try board.reject(g.task, keccak256("not good")) {
            _assertSucceeded(expected, "reject");
            _settle(g, before, _none(), "reject");
            g.status = ITaskBoard.Status.Rejected;
            g.since = block.timestamp;
            ++successes["reject"];
        } catch (bytes memory reason) {
            _assertFailedAs(reason, expected, "reject");
        }
    }

    function _dispute(uint256 i, address caller) internal {
        Ghost storage g = ghosts[i];
        bytes memory expected = _statusError(g, ITaskBoard.Status.Rejected);
        uint256 disputeEndsAt = g.since + g.task.disputeWindow;
        if (expected.length == 0 && caller != g.worker) expected = _unauthorized(g, caller);
        if (expected.length == 0 && g.task.arbiter == address(0)) {
            expected = abi.encodeWithSelector(ITaskBoard.TaskBoardNoArbiter.selector, g.id);
        }
        if (expected.length == 0 && block.timestamp >= disputeEndsAt) expected = _tooLate(g, disputeEndsAt);
        Snapshot memory before = _snap(g.task.token);
        vm.prank(caller);
        try board.dispute(g.task) {
            _assertSucceeded(expected, "dispute");
            _settle(g, before, _none(), "dispute");
            g.status = ITaskBoard.Status.Disputed;
            g.since = block.timestamp;
            ++successes["dispute"];
        } catch (bytes memory reason) {
            _assertFailedAs(reason, expected, "dispute");
        }
    }

    function _resolve(uint256 i, address caller, uint256 splitSeed) internal {
        Ghost storage g = ghosts[i];
        uint256 pool = g.task.reward + g.task.stake;
        uint256 fee = pool * g.task.arbiterFeeBps / MAX_BPS;
        // Up to one more than allowed, so that over-splits happen too.
        uint256 toWorker = bound(splitSeed, 0, pool - fee + 1);
        bytes memory expected = _statusError(g, ITaskBoard.Status.Disputed);
        if (expected.length == 0 && caller != g.task.arbiter) expected = _unauthorized(g, caller);
        if (expected.length == 0 && toWorker > pool - fee) {
            expected = abi.encodeWithSelector(ITaskBoard.TaskBoardInvalidSplit.selector, g.id, toWorker, pool - fee);
        }
        // Whether the arbiter may still rule once the arbitration period is over is an open
        // question (see testResolveRevertsAfterArbitrationPeriod): both answers are accepted.
        uint256 lapsedAt = g.since + board.ARBITRATION_PERIOD();
        bool lateRuling = expected.length == 0 && block.timestamp >= lapsedAt;
        Snapshot memory before = _snap(g.task.token);
        vm.prank(caller);
        try board.resolve(g.task, toWorker) {
            _assertSucceeded(expected, "resolve");
            Payout memory payout;
            payout.to = [g.worker, g.task.poster, g.task.arbiter];
            payout.amount = [toWorker, pool - fee - toWorker, fee];
            _settle(g, before, payout, "resolve");
            _end(g, ITaskBoard.Status.Resolved);
            ++successes["resolve"];
        } catch (bytes memory reason) {
            if (lateRuling) expected = _tooLate(g, lapsedAt);
            _assertFailedAs(reason, expected, "resolve");
        }
    }

    function _close(uint256 i, address caller) internal {
        Ghost storage g = ghosts[i];
        (uint256 closesAt, ITaskBoard.Status outcome) = _closing(i);
        bytes memory expected;
        if (closesAt == 0) {
            expected = abi.encodeWithSelector(ITaskBoard.TaskBoardWrongStatus.selector, g.id, g.status);
        } else if (block.timestamp < closesAt) {
            expected = _tooEarly(g, closesAt);
        }
        Payout memory payout;
        if (g.status == ITaskBoard.Status.Open) {
            payout = _one(g.task.poster, g.task.reward);
        } else if (g.status == ITaskBoard.Status.Claimed) {
            payout = _one(g.task.poster, g.task.reward + g.task.stake);
        } else {
            payout.to = [g.task.poster, g.worker, address(0)];
            payout.amount = [g.task.reward, g.task.stake, 0];
        }
        Snapshot memory before = _snap(g.task.token);
        vm.prank(caller);
        try board.close(g.task) {
            _assertSucceeded(expected, "close");
            _settle(g, before, payout, "close");
            _end(g, outcome);
            ++successes[outcome == ITaskBoard.Status.Expired ? "close:expired" : "close:refused"];
        } catch (bytes memory reason) {
            _assertFailedAs(reason, expected, "close");
        }
    }

    // ================================================================= ghost state

    function _completed(Ghost storage g, Snapshot memory before, string memory action) internal {
        _settle(g, before, _one(g.worker, g.task.reward + g.task.stake), action);
        _end(g, ITaskBoard.Status.Completed);
        ++successes[action];
    }

    function _reopened(Ghost storage g) internal {
        g.status = ITaskBoard.Status.Open;
        g.worker = address(0);
        g.since = 0;
    }

    function _end(Ghost storage g, ITaskBoard.Status terminal) internal {
        assertEq(g.endings, 0, "a task ends once");
        ++g.endings;
        g.endedAs = terminal;
        g.status = terminal;
        g.since = block.timestamp;
    }

    /// @dev Checks the call moved exactly `payout` out of the board (pushed, or credited to
    /// `owed` where the recipient refuses) and that the board's state is the ghost's next one.
    function _settle(Ghost storage g, Snapshot memory before, Payout memory payout, string memory label) internal {
        address asset = g.task.token;
        Snapshot memory afterwards = _snap(asset);
        uint256[ACTOR_COUNT] memory pushed;
        uint256[ACTOR_COUNT] memory deferred;
        uint256 total;
        uint256 totalPushed;
        for (uint256 k = 0; k < 3; ++k) {
            uint256 amount = payout.amount[k];
            if (amount == 0) continue;
            uint256 index = _indexOf(payout.to[k]);
            total += amount;
            if (_refuses(asset, payout.to[k])) {
                deferred[index] += amount;
                ghostOwed[asset][payout.to[k]] += amount;
            } else {
                pushed[index] += amount;
                totalPushed += amount;
            }
        }
        for (uint256 a = 0; a < ACTOR_COUNT; ++a) {
            assertEq(afterwards.wallet[a], before.wallet[a] + pushed[a], string.concat(label, ": amount pushed"));
            assertEq(afterwards.owed[a], before.owed[a] + deferred[a], string.concat(label, ": amount deferred"));
        }
        assertEq(afterwards.board, before.board - totalPushed, string.concat(label, ": board balance"));
        g.paidOut += total;
        assertGe(g.paidIn, g.paidOut, string.concat(label, ": task pays out no more than it took in"));
    }

    /// @dev Checks `payer` paid exactly `amount` into the board and nobody else's funds moved.
    function _assertCollected(address asset, Snapshot memory before, address payer, uint256 amount, string memory label)
        internal
        view
    {
        Snapshot memory afterwards = _snap(asset);
        uint256 index = _indexOf(payer);
        for (uint256 a = 0; a < ACTOR_COUNT; ++a) {
            uint256 expected = a == index ? before.wallet[a] - amount : before.wallet[a];
            assertEq(afterwards.wallet[a], expected, string.concat(label, ": payer pays exactly"));
            assertEq(afterwards.owed[a], before.owed[a], string.concat(label, ": owed unchanged"));
        }
        assertEq(afterwards.board, before.board + amount, string.concat(label, ": board receives exactly"));
    }

    // ============================================================= predictions

    function _statusError(Ghost storage g, ITaskBoard.Status expected) internal view returns (bytes memory) {
        if (g.status == expected) return "";
        return abi.encodeWithSelector(ITaskBoard.TaskBoardWrongStatus.selector, g.id, g.status);
    }

    function _unauthorized(Ghost storage g, address caller) internal view returns (bytes memory) {
        return abi.encodeWithSelector(ITaskBoard.TaskBoardUnauthorized.selector, g.id, caller);
    }

    function _tooEarly(Ghost storage g, uint256 allowedAt) internal view returns (bytes memory) {
        return abi.encodeWithSelector(ITaskBoard.TaskBoardTooEarly.selector, g.id, allowedAt, block.timestamp);
    }

    function _tooLate(Ghost storage g, uint256 endedAt) internal view returns (bytes memory) {
        return abi.encodeWithSelector(ITaskBoard.TaskBoardTooLate.selector, g.id, endedAt, block.timestamp);
    }

    /// @dev When task `i` can be closed and how it would end; (0, None) if its status cannot close.
    function _closing(uint256 i) internal view returns (uint256 closesAt, ITaskBoard.Status outcome) {
        Ghost storage g = ghosts[i];
        ITaskBoard.Status status = g.status;
        if (status == ITaskBoard.Status.Open || status == ITaskBoard.Status.Claimed) {
            return (g.task.deadline, ITaskBoard.Status.Expired);
        }
        if (status == ITaskBoard.Status.Rejected) {
            return (g.since + g.task.disputeWindow, ITaskBoard.Status.Refused);
        }
        if (status == ITaskBoard.Status.Disputed) {
            return (g.since + board.ARBITRATION_PERIOD(), ITaskBoard.Status.Refused);
        }
        return (0, ITaskBoard.Status.None);
    }

    function _closable(uint256 seed) internal pure returns (ITaskBoard.Status) {
        uint256 k = (seed >> 64) % 4;
        if (k == 0) return ITaskBoard.Status.Open;
        if (k == 1) return ITaskBoard.Status.Claimed;
        if (k == 2) return ITaskBoard.Status.Rejected;
        return ITaskBoard.Status.Disputed;
    }

    function _dueAt(uint256 i) internal view returns (uint256) {
        Ghost storage g = ghosts[i];
        uint256 due = g.since + g.task.claimDuration;
        return due < g.task.deadline ? due : g.task.deadline;
    }

    /// @dev Whether a payout of `asset` to `account` fails now (and so is deferred).
    function _refuses(address asset, address account) internal view returns (bool) {
        if (asset == address(0)) return account == address(rejector) && rejector.rejecting();
        if (asset == address(blockToken)) return blockToken.blocked(account);
        return false;
    }

    // ================================================================= helpers

    /// @dev A task index, preferring (three times in four) one in `preferred` status; `None`
    /// prefers any task that has not ended. Posts a first task if there is none.
    function _pick(uint256 seed, ITaskBoard.Status preferred) internal returns (uint256) {
        if (ghosts.length == 0) _post(actors[seed % ACTOR_COUNT], assets[(seed >> 8) % ASSET_COUNT], seed, false);
        uint256 n = ghosts.length;
        if (n == 0) return 0;
        uint256 start = seed % n;
        if ((seed >> 128) % 4 == 0) return start;
        for (uint256 k = 0; k < n; ++k) {
            uint256 j = (start + k) % n;
            ITaskBoard.Status status = ghosts[j].status;
            bool live = status != ITaskBoard.Status.None && status < ITaskBoard.Status.Completed;
            if (preferred == ITaskBoard.Status.None ? live : status == preferred) return j;
        }
        return start;
    }

    function _someoneOwed(address actor, address asset) internal view returns (address, address) {
        for (uint256 a = 0; a < ASSET_COUNT; ++a) {
            for (uint256 k = 0; k < ACTOR_COUNT; ++k) {
                if (ghostOwed[assets[a]][actors[k]] != 0) return (actors[k], assets[a]);
            }
        }
        return (actor, asset);
    }

    function _liveCount() internal view returns (uint256 count) {
        for (uint256 j = 0; j < ghosts.length; ++j) {
            if (ghosts[j].status < ITaskBoard.Status.Completed) ++count;
        }
    }

    /// @dev The live task furthest along (highest status, then most recent); any task if none lives.
    function _pickDeepest(uint256 seed) internal returns (uint256 best) {
        best = _pick(seed, ITaskBoard.Status.None);
        for (uint256 j = 0; j < ghosts.length; ++j) {
            ITaskBoard.Status status = ghosts[j].status;
            if (status >= ITaskBoard.Status.Completed) continue;
            ITaskBoard.Status current = ghosts[best].status;
            if (current >= ITaskBoard.Status.Completed || status >= current) best = j;
        }
    }

    function _terms(address poster, address asset, uint256 seed) internal returns (ITaskBoard.Task memory task) {
        uint256 posterIndex = _indexOf(poster);
        task.poster = poster;
        task.token = asset;
        task.reward = bound(_rand(seed, 0), 1, asset == address(0) ? 10 ether : 1000e6);
        task.stake = _rand(seed, 1) % 3 == 0 ? 0 : bound(_rand(seed, 2), 1, asset == address(0) ? 1 ether : 100e6);
        task.deadline = SafeCast.toUint64(block.timestamp + bound(_rand(seed, 3), 1, 8 days));
        task.claimDuration = SafeCast.toUint32(bound(_rand(seed, 4), 1, 4 days));
        task.reviewWindow = SafeCast.toUint32(bound(_rand(seed, 5), 1, 3 days));
        task.disputeWindow = SafeCast.toUint32(bound(_rand(seed, 6), 0, 3 days));
        uint256 arbiterChoice = _rand(seed, 7) % 4;
        if (arbiterChoice != 0) {
            task.arbiter = actors[(posterIndex + arbiterChoice) % ACTOR_COUNT];
            uint256 feeChoice = _rand(seed, 8) % 4;
            uint256 fee = feeChoice == 0 ? 0 : feeChoice == 1 ? MAX_BPS : bound(_rand(seed, 9), 1, MAX_BPS);
            task.arbiterFeeBps = SafeCast.toUint16(fee);
        }
        if (_rand(seed, 10) % 2 == 0) {
            task.validationSchema = schema;
            task.validator = validator;
        }
        task.specHash = keccak256(abi.encode("spec", seed));
        task.salt = bytes32(++_salt);
    }

    function _proof(Ghost storage g, uint256 kind, bool configured)
        internal
        returns (IAttestationRegistry.AttestationContent memory proof, bytes32 uid)
    {
        IAttestationRegistry.AttestationRequest memory request = IAttestationRegistry.AttestationRequest({
            schema: configured ? g.task.validationSchema : schema,
            recipient: g.worker,
            expirationTime: 0,
            revocable: true,
            refUID: g.id,
            data: abi.encode(++_attestations)
        });
        address attester = kind == 1 ? actors[0] : validator;
        if (kind != 3) {
            vm.prank(attester);
            uid = registry.attest(request);
            if (kind == 2) {
                vm.prank(attester);
                registry.revoke(uid, bytes32(0));
            }
        }
        proof = IAttestationRegistry.AttestationContent({
            schema: request.schema,
            attester: attester,
            recipient: request.recipient,
            expirationTime: request.expirationTime,
            revocable: request.revocable,
            refUID: request.refUID,
            dataHash: keccak256(request.data)
        });
    }

    function _snap(address asset) internal view returns (Snapshot memory s) {
        for (uint256 a = 0; a < ACTOR_COUNT; ++a) {
            s.wallet[a] = _balance(asset, actors[a]);
            s.owed[a] = board.owed(asset, actors[a]);
        }
        s.board = _balance(asset, address(board));
    }

    function _balance(address asset, address account) internal view returns (uint256) {
        return asset == address(0) ? account.balance : ERC20(asset).balanceOf(account);
    }

    function _one(address to, uint256 amount) internal pure returns (Payout memory payout) {
        payout.to[0] = to;
        payout.amount[0] = amount;
    }

    function _none() internal pure returns (Payout memory payout) {}

    function _indexOf(address account) internal view returns (uint256) {
        for (uint256 a = 0; a < ACTOR_COUNT; ++a) {
            if (actors[a] == account) return a;
        }
        revert("handler: not an actor");
    }

    /// @dev `preferred` three times in four, else a random actor (possibly the same).
    function _callerOr(address preferred, uint256 seed) internal view returns (address) {
        if (seed % 4 != 0 && preferred != address(0)) return preferred;
        return actors[(seed >> 2) % ACTOR_COUNT];
    }

    function _someoneBut(address excluded, uint256 seed) internal view returns (address) {
        uint256 index = seed % ACTOR_COUNT;
        return actors[index] == excluded ? actors[(index + 1) % ACTOR_COUNT] : actors[index];
    }

    /// @dev Moves time forward: three times in eight to just before, at or just after `boundary`,
    /// twice to a random point up to a day past it, else not at all.
    function _warpNear(uint256 boundary, uint256 seed) internal {
        uint256 choice = seed % 8;
        if (choice < 3) return;
        if (choice < 6) return _warpTo(boundary + choice - 4);
        if (boundary + 1 days > block.timestamp) {
            _warpTo(block.timestamp + bound(seed >> 3, 0, boundary + 1 days - block.timestamp));
        }
    }

    function _warpTo(uint256 time) internal {
        if (time > block.timestamp) vm.warp(time);
    }

    function _id(ITaskBoard.Task memory task) internal view returns (bytes32) {
        return keccak256(abi.encode(block.chainid, address(board), task));
    }

    function _rand(uint256 seed, uint256 salt) internal pure returns (uint256) {
        return uint256(keccak256(abi.encode(seed, salt)));
    }

    function _assertSucceeded(bytes memory expected, string memory action) internal pure {
        if (expected.length != 0) revert(string.concat("assertion failed: ", action, " succeeded where it must fail"));
    }

    function _assertFailedAs(bytes memory reason, bytes memory expected, string memory action) internal pure {
        assertTrue(expected.length != 0, string.concat(action, " failed where it must succeed"));
        assertEq(reason, expected, string.concat(action, " failed with the wrong error"));
    }
}
