// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

import {AttestationRegistry} from "../../src/AttestationRegistry.sol";
import {Escrow} from "../../src/Escrow.sol";
import {TestToken} from "../../src/TestToken.sol";
import {IAttestationRegistry} from "../../src/interfaces/IAttestationRegistry.sol";
import {IEscrow} from "../../src/interfaces/IEscrow.sol";
import {IPayouts} from "../../src/interfaces/IPayouts.sol";
import {bound} from "../base/Bound.sol";
import {Test} from "../base/Test.sol";

/// @title EscrowFeeOnTransferToken
/// @notice A {TestToken} (permit, EIP-3009) that burns 1% (at least 1 unit) of every transfer between
/// accounts: the escrow must refuse it however it is funded.
contract EscrowFeeOnTransferToken is TestToken {
    constructor() TestToken("Fee Token", "FEE") {}

    function _update(address from, address to, uint256 value) internal override {
        if (from == address(0) || to == address(0) || value == 0) {
            super._update(from, to, value);
            return;
        }
        uint256 fee = value / 100 + 1;
        if (fee > value) fee = value;
        super._update(from, address(0), fee);
        super._update(from, to, value - fee);
    }
}

/// @title EscrowMaliciousToken
/// @notice An ERC-20 that can refuse transfers to chosen accounts (reverting, or returning false like
/// some legacy tokens) and can call back into any contract from inside a transfer (a re-entrancy hook).
contract EscrowMaliciousToken is ERC20 {
    /// @notice The hook called `target`; `success` and `returnData` are what the call gave back.
    event Reentered(address indexed target, bool success, bytes returnData);

    error EscrowMaliciousTokenBlocked(address to);

    mapping(address account => bool) public blocked;
    bool public returnFalseWhenBlocked;

    address public hookTarget;
    bytes public hookData;
    bool public hookArmed;

    constructor() ERC20("Malicious", "MAL") {}

    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    function setBlocked(address account, bool isBlocked) external {
        blocked[account] = isBlocked;
    }

    function setReturnFalseWhenBlocked(bool returnFalse) external {
        returnFalseWhenBlocked = returnFalse;
    }

    /// @notice The next balance change (of any kind) calls `target` with `data`, once.
    function arm(address target, bytes calldata data) external {
        hookTarget = target;
        hookData = data;
        hookArmed = true;
    }

    function transfer(address to, uint256 value) public override returns (bool) {
        if (blocked[to]) {
            if (returnFalseWhenBlocked) return false;
            revert EscrowMaliciousTokenBlocked(to);
        }
        return super.transfer(to, value);
    }

    function _update(address from, address to, uint256 value) internal override {
        super._update(from, to, value);
        if (hookArmed) {
            hookArmed = false;
            address target = hookTarget;
            (bool success, bytes memory returnData) = target.call(hookData);
            emit Reentered(target, success, returnData);
        }
    }
}

/// @title EscrowEthReceiver
/// @notice A contract account (payer, payee or arbiter) whose `receive` accepts, reverts, burns all
/// the gas it gets, needs more than the escrow's 50,000-gas push, or re-enters a contract.
contract EscrowEthReceiver {
    enum Mode {
        Accept,
        Revert,
        BurnGas,
        Hungry,
        Reenter
    }

    /// @notice `receive` re-entered `target`; `success` and `returnData` are what the call gave back.
    event Reentered(address indexed target, bool success, bytes returnData);

    error EscrowEthReceiverRefused();

    Mode public mode;
    address public reentryTarget;
    bytes public reentryData;
    uint256 public hungryWrites;
    mapping(uint256 slot => uint256) private _sink;

    constructor(Mode mode_) {
        mode = mode_;
    }

    function setMode(Mode mode_) external {
        mode = mode_;
    }

    /// @notice From now on, `receive` calls `target` with `data` (and swallows its failure).
    function setReentry(address target, bytes calldata data) external {
        reentryTarget = target;
        reentryData = data;
        mode = Mode.Reenter;
    }

    receive() external payable {
        Mode current = mode;
        if (current == Mode.Accept) return;
        if (current == Mode.Revert) revert EscrowEthReceiverRefused();
        if (current == Mode.BurnGas) {
            assembly ("memory-safe") {
                invalid()
            }
        }
        if (current == Mode.Hungry) {
            // Three fresh storage slots: ~66,000 gas, more than the escrow forwards.
            uint256 next = hungryWrites;
            _sink[next] = 1;
            _sink[next + 1] = 1;
            _sink[next + 2] = 1;
            hungryWrites = next + 3;
            return;
        }
        address target = reentryTarget;
        (bool success, bytes memory returnData) = target.call(reentryData);
        emit Reentered(target, success, returnData);
    }
}

/// @title EscrowHandler
/// @notice Drives an {Escrow} through random but valid-or-expected-to-fail sequences for the invariant
/// tests: opening (ETH, TestToken by approval/permit/authorization, a token that refuses some
/// recipients), releases, proofs, refunds, returns, disputes, rulings, withdrawals and time. Every
/// call it makes either must succeed or must fail with the exact error the rules predict; any other
/// outcome reverts the handler, which `fail_on_revert` reports.
/// @dev Payees are fresh per escrow, so a payee's balance plus what it is owed is exactly what the
/// escrow paid it; the handler credits payees only on payer release, proof and arbiter ruling.
contract EscrowHandler is Test {
    bytes32 private constant PERMIT_TYPEHASH =
        keccak256("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)");
    bytes32 private constant RECEIVE_TYPEHASH = keccak256(
        "ReceiveWithAuthorization(address from,address to,uint256 value,uint256 validAfter,uint256 validBefore,bytes32 nonce)"
    );
    uint256 private constant MAX_DURATION = 30 days;
    uint256 private constant MAX_WARP = 12 days;

    /// @notice Thrown by {probeRefund} after a successful refund, to undo it.
    error EscrowHandlerProbeRefunded();

    /// @dev Which escrows an action prefers (3 times in 4), so that sequences reach every path.
    enum Want {
        Active,
        Provable,
        Refundable,
        Disputable,
        Disputed
    }

    struct Entry {
        IEscrow.Terms terms;
        bytes32 id;
        /// @dev Measured: how much of the escrow's custody left on this escrow's account.
        uint256 paidOut;
        /// @dev Credited by the handler on release, proof and ruling only.
        uint256 toPayee;
    }

    Escrow public immutable escrow;
    AttestationRegistry public immutable registry;
    TestToken public immutable usd;
    EscrowMaliciousToken public immutable mal;
    EscrowEthReceiver public immutable refusingPayer;
    bytes32 public immutable schema;
    address public immutable attester;
    address public immutable stranger;

    address[] internal _payers;
    uint256[] internal _payerKeys;
    address[] internal _arbiters;
    address[] internal _payees;
    /// @dev Contract parties, whose ETH and `mal` payouts {toggleRefusal} switches on and off.
    address[] internal _receivers;
    address[] internal _accounts;
    address[] internal _tokens;
    Entry[] internal _entries;
    uint256 internal _now;
    uint256 internal _attestations;

    mapping(address token => uint256) public ghostMinted;
    mapping(address token => uint256) public ghostFees;
    mapping(string op => uint256) public ghostCalls;

    constructor(Escrow escrow_, AttestationRegistry registry_, TestToken usd_, EscrowMaliciousToken mal_) {
        escrow = escrow_;
        registry = registry_;
        usd = usd_;
        mal = mal_;
        _now = block.timestamp;
        attester = makeAddr("invariant attester");
        stranger = makeAddr("invariant stranger");
        vm.prank(attester);
        schema = registry_.registerSchema("bytes32 escrowId,bytes32 resultHash", address(0), false);

        for (uint256 i; i < 2; ++i) {
            (address payer, uint256 key) = makeAccount(string.concat("invariant payer ", vm.toString(i)));
            _payers.push(payer);
            _payerKeys.push(key);
            _accounts.push(payer);
        }
        // A contract payer that refuses ETH and `mal` until {toggleRefusingPayer} lets it accept.
        refusingPayer = new EscrowEthReceiver(EscrowEthReceiver.Mode.Revert);
        mal_.setBlocked(address(refusingPayer), true);
        _payers.push(address(refusingPayer));
        _payerKeys.push(0);
        _accounts.push(address(refusingPayer));
        _receivers.push(address(refusingPayer));

        for (uint256 i; i < 2; ++i) {
            address arbiter = makeAddr(string.concat("invariant arbiter ", vm.toString(i)));
            _arbiters.push(arbiter);
            _accounts.push(arbiter);
        }
        _tokens.push(address(0));
        _tokens.push(address(usd_));
        _tokens.push(address(mal_));
    }

    // ------------------------------------------------------------------ actions

    function openEscrow(
        uint256 payerSeed,
        uint256 payeeSeed,
        uint256 tokenSeed,
        uint256 amount,
        uint256 duration,
        uint256 options,
        uint256 fundingSeed
    ) external {
        _sync();
        uint256 p = payerSeed % _payers.length;
        IEscrow.Terms memory t;
        t.payer = _payers[p];
        t.payee = _newPayee(payeeSeed);
        t.token = _tokens[tokenSeed % _tokens.length];
        t.amount = bound(amount, 1, type(uint128).max);
        // forge-lint: disable-next-line(unsafe-typecast)
        t.deadline = uint64(_now + bound(duration, 1, MAX_DURATION)); // _now stays far below 2^64
        if (options & 1 != 0) {
            t.arbiter = _arbiters[(options >> 1) & 1];
            // forge-lint: disable-next-line(unsafe-typecast)
            t.arbiterFeeBps = uint16(bound(options >> 8, 0, 10_000)); // bounded to 10,000
        }
        if (options & 4 != 0) {
            t.conditionSchema = schema;
            t.conditionAttester = attester;
        }
        t.salt = bytes32(_entries.length);
        bytes32 id = escrow.escrowId(t);
        assertEq(id, keccak256(abi.encode(block.chainid, address(escrow), t)), "id formula");

        uint256 custodyBefore = custody(t.token);
        if (t.token == address(0)) {
            vm.deal(t.payer, t.payer.balance + t.amount);
            ghostMinted[address(0)] += t.amount;
            vm.prank(t.payer);
            escrow.open{value: t.amount}(t);
            ++ghostCalls["openEth"];
        } else {
            _mint(t.token, t.payer, t.amount);
            uint256 funding = t.token == address(usd) && _payerKeys[p] != 0 ? fundingSeed % 3 : 0;
            if (funding == 0) {
                vm.prank(t.payer);
                IERC20(t.token).approve(address(escrow), t.amount);
                vm.prank(t.payer);
                escrow.open(t);
                ++ghostCalls["openToken"];
            } else if (funding == 1) {
                (uint8 v, bytes32 r, bytes32 s) = _signPermit(_payerKeys[p], t.payer, t.amount);
                vm.prank(t.payer);
                escrow.openWithPermit(t, _now + 1 hours, v, r, s);
                ++ghostCalls["openWithPermit"];
            } else {
                (uint8 v, bytes32 r, bytes32 s) = _signAuthorization(_payerKeys[p], t, id);
                vm.prank(stranger);
                escrow.openWithAuthorization(t, 0, _now + 1 hours, v, r, s);
                ++ghostCalls["openWithAuthorization"];
            }
        }
        assertEq(custody(t.token), custodyBefore + t.amount, "open: custody grows by the amount");
        _assertState(id, t.amount, IEscrow.Status.Open);
        _entries.push(Entry({terms: t, id: id, paidOut: 0, toPayee: 0}));
    }

    function release(uint256 index, uint256 amount) external {
        _sync();
        if (_entries.length == 0) return;
        uint256 i = _pick(index, Want.Active);
        IEscrow.Terms memory t = _entries[i].terms;
        bytes32 id = _entries[i].id;
        IEscrow.State memory s = escrow.getState(id);
        amount = bound(amount, 0, uint256(s.remaining) + 1);
        bytes memory call = abi.encodeCall(IEscrow.release, (t, amount));
        if (s.status == IEscrow.Status.Closed) {
            _expectRevert(t.payer, call, abi.encodeWithSelector(IEscrow.EscrowWrongStatus.selector, id, s.status));
        } else if (amount == 0 || amount > s.remaining) {
            _expectRevert(
                t.payer, call, abi.encodeWithSelector(IEscrow.EscrowInvalidAmount.selector, id, amount, s.remaining)
            );
        } else {
            (uint256 custodyBefore, uint256 payeeBefore) = (custody(t.token), _value(t.token, t.payee));
            vm.prank(t.payer);
            escrow.release(t, amount);
            _entries[i].paidOut += custodyBefore - custody(t.token);
            _entries[i].toPayee += amount;
            assertEq(_value(t.token, t.payee), payeeBefore + amount, "release: payee credited");
            ++ghostCalls["release"];
        }
    }

    function releaseOnProof(uint256 index, uint256 proofSeed) external {
        _sync();
        if (_entries.length == 0) return;
        uint256 i = _pick(index, Want.Provable);
        IEscrow.Terms memory t = _entries[i].terms;
        bytes32 id = _entries[i].id;
        IEscrow.State memory s = escrow.getState(id);
        bool hasCondition = t.conditionSchema != bytes32(0);
        bool canRelease = s.status == IEscrow.Status.Open && _now < t.deadline && hasCondition;
        // One proof in four is never attested: it must be rejected even when the escrow could release.
        bool forged = proofSeed % 4 == 0;
        IAttestationRegistry.AttestationContent memory proof = IAttestationRegistry.AttestationContent({
            schema: schema,
            attester: attester,
            recipient: t.payee,
            expirationTime: 0,
            revocable: false,
            refUID: id,
            dataHash: keccak256(abi.encode(_attestations))
        });
        if (canRelease && !forged) {
            vm.prank(attester);
            registry.attest(
                IAttestationRegistry.AttestationRequest({
                    schema: schema,
                    recipient: t.payee,
                    expirationTime: 0,
                    revocable: false,
                    refUID: id,
                    data: abi.encode(_attestations)
                })
            );
        }
        ++_attestations;
        bytes memory call = abi.encodeCall(IEscrow.releaseOnProof, (t, proof));
        if (s.status != IEscrow.Status.Open) {
            _expectRevert(stranger, call, abi.encodeWithSelector(IEscrow.EscrowWrongStatus.selector, id, s.status));
        } else if (_now >= t.deadline) {
            _expectRevert(
                stranger, call, abi.encodeWithSelector(IEscrow.EscrowDeadlinePassed.selector, id, t.deadline, _now)
            );
        } else if (!hasCondition) {
            _expectRevert(stranger, call, abi.encodeWithSelector(IEscrow.EscrowNoCondition.selector, id));
        } else if (forged) {
            _expectRevert(stranger, call, abi.encodeWithSelector(IEscrow.EscrowProofRejected.selector, id));
        } else {
            (uint256 custodyBefore, uint256 payeeBefore) = (custody(t.token), _value(t.token, t.payee));
            vm.prank(stranger);
            escrow.releaseOnProof(t, proof);
            _entries[i].paidOut += custodyBefore - custody(t.token);
            _entries[i].toPayee += s.remaining;
            assertEq(_value(t.token, t.payee), payeeBefore + s.remaining, "proof: payee credited");
            _assertState(id, 0, IEscrow.Status.Closed);
            ++ghostCalls["releaseOnProof"];
        }
    }

    function refund(uint256 index) external {
        _sync();
        if (_entries.length == 0) return;
        uint256 i = _pick(index, Want.Refundable);
        IEscrow.Terms memory t = _entries[i].terms;
        bytes32 id = _entries[i].id;
        IEscrow.State memory s = escrow.getState(id);
        bytes memory call = abi.encodeCall(IEscrow.refund, (t));
        uint256 refundableAt =
            s.status == IEscrow.Status.Disputed ? uint256(s.disputedAt) + escrow.ARBITRATION_PERIOD() : t.deadline;
        if (s.status == IEscrow.Status.Closed) {
            _expectRevert(stranger, call, abi.encodeWithSelector(IEscrow.EscrowWrongStatus.selector, id, s.status));
        } else if (_now < refundableAt) {
            _expectRevert(
                stranger, call, abi.encodeWithSelector(IEscrow.EscrowNotRefundable.selector, id, refundableAt, _now)
            );
        } else {
            // Past the deadline (or a lapsed dispute) the refund must go through, whoever the parties are.
            (uint256 custodyBefore, uint256 payerBefore) = (custody(t.token), _value(t.token, t.payer));
            vm.prank(stranger);
            escrow.refund(t);
            _entries[i].paidOut += custodyBefore - custody(t.token);
            assertEq(_value(t.token, t.payer), payerBefore + s.remaining, "refund: payer credited");
            _assertState(id, 0, IEscrow.Status.Closed);
            ++ghostCalls["refund"];
        }
    }

    function returnFunds(uint256 index, uint256 amount) external {
        _sync();
        if (_entries.length == 0) return;
        uint256 i = _pick(index, Want.Active);
        IEscrow.Terms memory t = _entries[i].terms;
        bytes32 id = _entries[i].id;
        IEscrow.State memory s = escrow.getState(id);
        amount = bound(amount, 0, uint256(s.remaining) + 1);
        bytes memory call = abi.encodeCall(IEscrow.returnFunds, (t, amount));
        if (s.status == IEscrow.Status.Closed) {
            _expectRevert(t.payee, call, abi.encodeWithSelector(IEscrow.EscrowWrongStatus.selector, id, s.status));
        } else if (amount == 0 || amount > s.remaining) {
            _expectRevert(
                t.payee, call, abi.encodeWithSelector(IEscrow.EscrowInvalidAmount.selector, id, amount, s.remaining)
            );
        } else {
            (uint256 custodyBefore, uint256 payerBefore) = (custody(t.token), _value(t.token, t.payer));
            vm.prank(t.payee);
            escrow.returnFunds(t, amount);
            _entries[i].paidOut += custodyBefore - custody(t.token);
            assertEq(_value(t.token, t.payer), payerBefore + amount, "return: payer credited");
            ++ghostCalls["returnFunds"];
        }
    }

    function dispute(uint256 index, bool byPayee) external {
        _sync();
        if (_entries.length == 0) return;
        uint256 i = _pick(index, Want.Disputable);
        IEscrow.Terms memory t = _entries[i].terms;
        bytes32 id = _entries[i].id;
        IEscrow.State memory s = escrow.getState(id);
        address by = byPayee ? t.payee : t.payer;
        bytes memory call = abi.encodeCall(IEscrow.dispute, (t));
        if (s.status != IEscrow.Status.Open) {
            _expectRevert(by, call, abi.encodeWithSelector(IEscrow.EscrowWrongStatus.selector, id, s.status));
        } else if (t.arbiter == address(0)) {
            _expectRevert(by, call, abi.encodeWithSelector(IEscrow.EscrowNoArbiter.selector, id));
        } else if (_now >= t.deadline) {
            _expectRevert(by, call, abi.encodeWithSelector(IEscrow.EscrowDeadlinePassed.selector, id, t.deadline, _now));
        } else {
            uint256 custodyBefore = custody(t.token);
            vm.prank(by);
            escrow.dispute(t);
            assertEq(custody(t.token), custodyBefore, "dispute moves no funds");
            IEscrow.State memory after_ = escrow.getState(id);
            assertEq(uint256(after_.status), uint256(IEscrow.Status.Disputed), "dispute: status");
            assertEq(uint256(after_.disputedAt), _now, "dispute: disputedAt");
            ++ghostCalls["dispute"];
        }
    }

    function resolve(uint256 index, uint256 toPayee) external {
        _sync();
        if (_entries.length == 0) return;
        uint256 i = _pick(index, Want.Disputed);
        IEscrow.Terms memory t = _entries[i].terms;
        bytes32 id = _entries[i].id;
        IEscrow.State memory s = escrow.getState(id);
        address arbiter = t.arbiter == address(0) ? stranger : t.arbiter;
        uint256 fee = uint256(s.remaining) * t.arbiterFeeBps / 10_000;
        uint256 maxToPayee = s.remaining - fee;
        toPayee = bound(toPayee, 0, maxToPayee + 1);
        bytes memory call = abi.encodeCall(IEscrow.resolve, (t, toPayee));
        if (t.arbiter == address(0)) {
            _expectRevert(arbiter, call, abi.encodeWithSelector(IEscrow.EscrowUnauthorized.selector, id, arbiter));
        } else if (s.status != IEscrow.Status.Disputed) {
            _expectRevert(arbiter, call, abi.encodeWithSelector(IEscrow.EscrowWrongStatus.selector, id, s.status));
        } else if (block.timestamp >= uint256(s.disputedAt) + escrow.ARBITRATION_PERIOD()) {
            uint256 lapsedAt = uint256(s.disputedAt) + escrow.ARBITRATION_PERIOD();
            _expectRevert(
                arbiter,
                call,
                abi.encodeWithSelector(IEscrow.EscrowArbitrationLapsed.selector, id, lapsedAt, block.timestamp)
            );
        } else if (toPayee > maxToPayee) {
            _expectRevert(
                arbiter, call, abi.encodeWithSelector(IEscrow.EscrowInvalidAmount.selector, id, toPayee, maxToPayee)
            );
        } else {
            uint256 custodyBefore = custody(t.token);
            uint256 payeeBefore = _value(t.token, t.payee);
            uint256 payerBefore = _value(t.token, t.payer);
            uint256 arbiterBefore = _value(t.token, t.arbiter);
            vm.prank(arbiter);
            escrow.resolve(t, toPayee);
            _entries[i].paidOut += custodyBefore - custody(t.token);
            _entries[i].toPayee += toPayee;
            ghostFees[t.token] += fee;
            assertEq(_value(t.token, t.payee), payeeBefore + toPayee, "resolve: payee credited");
            assertEq(_value(t.token, t.payer), payerBefore + s.remaining - fee - toPayee, "resolve: payer credited");
            assertEq(_value(t.token, t.arbiter), arbiterBefore + fee, "resolve: arbiter credited");
            _assertState(id, 0, IEscrow.Status.Closed);
            ++ghostCalls["resolve"];
        }
    }

    function withdraw(uint256 accountSeed, uint256 tokenSeed) external {
        _sync();
        (address account, address token) = _pickOwed(accountSeed, tokenSeed);
        uint256 amount = escrow.owed(token, account);
        bytes memory call = abi.encodeCall(IPayouts.withdraw, (token));
        if (amount == 0) {
            _expectRevert(account, call, abi.encodeWithSelector(IPayouts.PayoutsNothingOwed.selector, token, account));
        } else if (_refuses(token, account)) {
            _expectRevert(
                account, call, abi.encodeWithSelector(IPayouts.PayoutsWithdrawFailed.selector, token, account, amount)
            );
        } else {
            uint256 custodyBefore = custody(token);
            uint256 balanceBefore = _balance(token, account);
            vm.prank(account);
            escrow.withdraw(token);
            assertEq(_balance(token, account), balanceBefore + amount, "withdraw: account paid");
            assertEq(escrow.owed(token, account), 0, "withdraw: nothing left owed");
            assertEq(custody(token), custodyBefore, "withdraw: custody unchanged");
            ++ghostCalls["withdraw"];
        }
    }

    /// @notice A contract party moves on in the cycle accept -> revert -> burn all gas -> accept for
    /// ETH, and refuses `mal` unless it accepts.
    function toggleRefusal(uint256 seed) external {
        _sync();
        EscrowEthReceiver receiver = EscrowEthReceiver(payable(_receivers[seed % _receivers.length]));
        EscrowEthReceiver.Mode mode = receiver.mode();
        EscrowEthReceiver.Mode next = mode == EscrowEthReceiver.Mode.Accept
            ? EscrowEthReceiver.Mode.Revert
            : mode == EscrowEthReceiver.Mode.Revert ? EscrowEthReceiver.Mode.BurnGas : EscrowEthReceiver.Mode.Accept;
        receiver.setMode(next);
        mal.setBlocked(address(receiver), next != EscrowEthReceiver.Mode.Accept);
    }

    /// @notice Jumps to the exact second an escrow becomes refundable (its deadline, or its dispute's
    /// lapse), minus 0 or 1 second: the boundaries of every time rule.
    function warpToBoundary(uint256 index, bool justBefore) external {
        _sync();
        if (_entries.length == 0) return;
        Entry storage e = _entries[index % _entries.length];
        IEscrow.State memory s = escrow.getState(e.id);
        uint256 target = s.status == IEscrow.Status.Disputed
            ? uint256(s.disputedAt) + escrow.ARBITRATION_PERIOD()
            : e.terms.deadline;
        if (justBefore) --target;
        if (target > _now) {
            _now = target;
            vm.warp(_now);
        }
    }

    function warp(uint256 seconds_) external {
        _sync();
        _now += bound(seconds_, 0, MAX_WARP);
        vm.warp(_now);
    }

    // ------------------------------------------------------------ refund probes

    /// @notice Checks that every escrow past its deadline (or lapsed dispute) can be refunded now,
    /// without changing any state: each refund runs inside {probeRefund}, which reverts after it.
    function checkRefunds() external {
        _sync();
        for (uint256 i; i < _entries.length; ++i) {
            IEscrow.State memory s = escrow.getState(_entries[i].id);
            bool due = (s.status == IEscrow.Status.Open && _now >= _entries[i].terms.deadline)
                || (s.status == IEscrow.Status.Disputed && _now >= uint256(s.disputedAt) + escrow.ARBITRATION_PERIOD());
            if (!due) continue;
            try this.probeRefund(i) {
                assertTrue(false, "probe must revert");
            } catch (bytes memory reason) {
                assertEq(reason, abi.encodeWithSelector(EscrowHandlerProbeRefunded.selector), "refund due must succeed");
            }
        }
    }

    /// @notice Refunds escrow `i`, then reverts to undo it. Only for {checkRefunds}.
    function probeRefund(uint256 i) external {
        require(msg.sender == address(this), "probe: only self");
        vm.prank(stranger);
        escrow.refund(_entries[i].terms);
        revert EscrowHandlerProbeRefunded();
    }

    // ------------------------------------------------------------------- views

    function entryCount() external view returns (uint256) {
        return _entries.length;
    }

    function entry(uint256 i) external view returns (Entry memory) {
        return _entries[i];
    }

    function tokens() external view returns (address[] memory) {
        return _tokens;
    }

    function accounts() external view returns (address[] memory) {
        return _accounts;
    }

    function arbiters() external view returns (address[] memory) {
        return _arbiters;
    }

    /// @notice What the escrow holds in `token` beyond what it owes for withdrawal.
    function custody(address token) public view returns (uint256) {
        return escrowBalance(token) - sumOwed(token);
    }

    function escrowBalance(address token) public view returns (uint256) {
        return _balance(token, address(escrow));
    }

    function sumOwed(address token) public view returns (uint256 sum) {
        for (uint256 i; i < _accounts.length; ++i) {
            sum += escrow.owed(token, _accounts[i]);
        }
    }

    function sumActiveRemaining(address token) public view returns (uint256 sum) {
        for (uint256 i; i < _entries.length; ++i) {
            if (_entries[i].terms.token != token) continue;
            sum += escrow.getState(_entries[i].id).remaining;
        }
    }

    function sumBalances(address token) public view returns (uint256 sum) {
        for (uint256 i; i < _accounts.length; ++i) {
            sum += _balance(token, _accounts[i]);
        }
    }

    /// @notice An account's balance plus what the escrow owes it.
    function valueOf(address token, address account) public view returns (uint256) {
        return _value(token, account);
    }

    // ---------------------------------------------------------------- internal

    /// @dev Forge may reset the block time between calls; the handler keeps its own clock.
    function _sync() internal {
        vm.warp(_now);
    }

    /// @dev 3 times in 4, the first escrow from `seed` on that the action can succeed with, if any.
    function _pick(uint256 seed, Want want) internal view returns (uint256) {
        uint256 n = _entries.length;
        uint256 start = seed % n;
        if ((seed >> 128) % 4 == 0) return start;
        for (uint256 k; k < n; ++k) {
            uint256 i = (start + k) % n;
            if (_eligible(_entries[i], want)) return i;
        }
        return start;
    }

    function _eligible(Entry storage e, Want want) internal view returns (bool) {
        IEscrow.State memory s = escrow.getState(e.id);
        if (want == Want.Active) return s.status == IEscrow.Status.Open || s.status == IEscrow.Status.Disputed;
        if (want == Want.Disputed) return s.status == IEscrow.Status.Disputed;
        if (want == Want.Refundable) {
            return (s.status == IEscrow.Status.Open && _now >= e.terms.deadline)
                || (s.status == IEscrow.Status.Disputed && _now >= uint256(s.disputedAt) + escrow.ARBITRATION_PERIOD());
        }
        if (s.status != IEscrow.Status.Open || _now >= e.terms.deadline) return false;
        if (want == Want.Provable) return e.terms.conditionSchema != bytes32(0);
        return e.terms.arbiter != address(0);
    }

    /// @dev 3 times in 4, the first (account, token) from the seeds on that is owed something.
    function _pickOwed(uint256 accountSeed, uint256 tokenSeed) internal view returns (address, address) {
        uint256 n = _accounts.length;
        uint256 start = accountSeed % n;
        uint256 tokenStart = tokenSeed % _tokens.length;
        if ((accountSeed >> 128) % 4 != 0) {
            for (uint256 k; k < n; ++k) {
                address account = _accounts[(start + k) % n];
                for (uint256 j; j < _tokens.length; ++j) {
                    address token = _tokens[(tokenStart + j) % _tokens.length];
                    if (escrow.owed(token, account) != 0) return (account, token);
                }
            }
        }
        return (_accounts[start], _tokens[tokenStart]);
    }

    function _newPayee(uint256 seed) internal returns (address payee) {
        if (seed % 4 == 0) {
            // A contract payee that refuses ETH and `mal` (until toggled): its payouts are deferred.
            payee = address(new EscrowEthReceiver(EscrowEthReceiver.Mode.Revert));
            mal.setBlocked(payee, true);
            _receivers.push(payee);
        } else {
            payee = address(uint160(uint256(keccak256(abi.encode("escrow invariant payee", _payees.length)))));
        }
        _payees.push(payee);
        _accounts.push(payee);
    }

    function _mint(address token, address to, uint256 amount) internal {
        if (token == address(usd)) usd.mint(to, amount);
        else mal.mint(to, amount);
        ghostMinted[token] += amount;
    }

    function _refuses(address token, address account) internal view returns (bool) {
        if (token == address(mal)) return mal.blocked(account);
        if (token == address(0) && account.code.length != 0) {
            return EscrowEthReceiver(payable(account)).mode() != EscrowEthReceiver.Mode.Accept;
        }
        return false;
    }

    function _balance(address token, address account) internal view returns (uint256) {
        return token == address(0) ? account.balance : IERC20(token).balanceOf(account);
    }

    function _value(address token, address account) internal view returns (uint256) {
        return _balance(token, account) + escrow.owed(token, account);
    }

    function _expectRevert(address caller, bytes memory call, bytes memory expected) internal {
        vm.prank(caller);
        (bool ok, bytes memory reason) = address(escrow).call(call);
        assertFalse(ok, "call should have reverted");
        assertEq(reason, expected, "revert reason");
        ++ghostCalls["expectedRevert"];
    }

    function _assertState(bytes32 id, uint256 remaining, IEscrow.Status status) internal view {
        IEscrow.State memory s = escrow.getState(id);
        assertEq(uint256(s.remaining), remaining, "state: remaining");
        assertEq(uint256(s.status), uint256(status), "state: status");
    }

    function _signPermit(uint256 key, address owner, uint256 value) internal view returns (uint8, bytes32, bytes32) {
        bytes32 structHash =
            keccak256(abi.encode(PERMIT_TYPEHASH, owner, address(escrow), value, usd.nonces(owner), _now + 1 hours));
        return vm.sign(key, keccak256(abi.encodePacked("\x19\x01", usd.DOMAIN_SEPARATOR(), structHash)));
    }

    function _signAuthorization(uint256 key, IEscrow.Terms memory t, bytes32 id)
        internal
        view
        returns (uint8, bytes32, bytes32)
    {
        bytes32 structHash =
            keccak256(abi.encode(RECEIVE_TYPEHASH, t.payer, address(escrow), t.amount, 0, _now + 1 hours, id));
        return vm.sign(key, keccak256(abi.encodePacked("\x19\x01", usd.DOMAIN_SEPARATOR(), structHash)));
    }
}
