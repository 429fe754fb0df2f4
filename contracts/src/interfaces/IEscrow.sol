// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IAttestationRegistry} from "./IAttestationRegistry.sol";
import {IPayouts} from "./IPayouts.sol";

/// @title IEscrow
/// @notice Agent-to-agent payments held until proof, refunded by time, settled by an arbiter.
/// An escrow's terms are fixed when it opens and committed to by its id; every later call
/// passes the terms again and the contract checks them against the id (docs/ESCROW.md).
interface IEscrow is IPayouts {
    // ------------------------------------------------------------------ types

    /// @notice What payer and payee agreed, fixed at opening.
    /// @param payer Who funds the escrow and gets refunds.
    /// @param payee Who is paid on release.
    /// @param token The ERC-20 token, or the zero address for ETH.
    /// @param amount How much the escrow holds when opened.
    /// @param deadline After it, anyone can refund the unreleased remainder to the payer.
    /// @param arbiter Who settles disputes; zero for an escrow that cannot be disputed.
    /// @param arbiterFeeBps The arbiter's fee, in basis points of what remains at resolution.
    /// @param conditionSchema With `conditionAttester`: a valid attestation of this schema by that
    /// attester whose `refUID` is the escrow's id releases everything; zero for none.
    /// @param conditionAttester The attester whose attestation releases the escrow.
    /// @param salt Any value: lets the same parties open several escrows with equal terms.
    struct Terms {
        address payer;
        address payee;
        address token;
        uint256 amount;
        uint64 deadline;
        address arbiter;
        uint16 arbiterFeeBps;
        bytes32 conditionSchema;
        address conditionAttester;
        bytes32 salt;
    }

    /// @notice Where an escrow is in its life.
    enum Status {
        None,
        Open,
        Disputed,
        Closed
    }

    /// @notice What the contract stores per escrow: one storage slot.
    /// @param remaining What the escrow still holds.
    /// @param disputedAt When it was disputed; 0 if never.
    /// @param status Its status.
    struct State {
        uint128 remaining;
        uint64 disputedAt;
        Status status;
    }

    /// @notice How an escrow was funded.
    enum Funding {
        Direct,
        Permit,
        Authorization
    }

    // ----------------------------------------------------------------- events

    /// @notice An escrow was opened and funded with `terms.amount` by `funder` (the payer, or
    /// whoever opened it directly on the payer's behalf, such as a SpendingGuard).
    event EscrowOpened(
        bytes32 indexed id, address indexed payer, address indexed payee, Terms terms, Funding funding, address funder
    );
    /// @notice `amount` went to the payee; `proof` is the attestation that released it, or 0
    /// when the payer released it.
    event EscrowReleased(bytes32 indexed id, address indexed by, uint256 amount, uint256 remaining, bytes32 proof);
    /// @notice The remainder, `amount`, went back to the payer after the deadline (or a lapsed dispute).
    event EscrowRefunded(bytes32 indexed id, address indexed by, uint256 amount);
    /// @notice The payee gave `amount` back to the payer.
    event EscrowReturned(bytes32 indexed id, uint256 amount, uint256 remaining);
    /// @notice Payer or payee disputed the escrow; the deadline no longer applies.
    event EscrowDisputed(bytes32 indexed id, address indexed by);
    /// @notice The arbiter settled a dispute.
    event EscrowResolved(bytes32 indexed id, address indexed arbiter, uint256 toPayee, uint256 toPayer, uint256 fee);

    // ----------------------------------------------------------------- errors

    /// @notice The terms are not acceptable; `reason` names the rule.
    error EscrowInvalidTerms(string reason);
    /// @notice An escrow with these terms already exists.
    error EscrowExists(bytes32 id);
    /// @notice No escrow with these terms exists.
    error EscrowUnknown(bytes32 id);
    /// @notice The escrow is not in a status that allows the call.
    error EscrowWrongStatus(bytes32 id, Status status);
    /// @notice The caller is not the party this call is reserved for.
    error EscrowUnauthorized(bytes32 id, address caller);
    /// @notice The amount is zero or more than the escrow holds.
    error EscrowInvalidAmount(bytes32 id, uint256 amount, uint256 remaining);
    /// @notice The deadline has passed.
    error EscrowDeadlinePassed(bytes32 id, uint64 deadline, uint256 now);
    /// @notice Not refundable yet: `refundableAt` is when it will be.
    error EscrowNotRefundable(bytes32 id, uint256 refundableAt, uint256 now);
    /// @notice The escrow has no release condition.
    error EscrowNoCondition(bytes32 id);
    /// @notice The attestation does not meet the release condition, or is not valid now.
    error EscrowProofRejected(bytes32 id);
    /// @notice The arbiter did not rule before `lapsedAt`; the payer can be refunded instead.
    error EscrowArbitrationLapsed(bytes32 id, uint256 lapsedAt, uint256 now);
    /// @notice The escrow has no arbiter, so it cannot be disputed.
    error EscrowNoArbiter(bytes32 id);

    // ----------------------------------------------------------------- opening

    /// @notice Opens an escrow funded by the caller: ETH as `msg.value`, or tokens pulled from the
    /// caller with a prior approval. The caller need not be the payer: a funder (e.g. a
    /// SpendingGuard paying from an operator's budget) can open an escrow that `terms.payer` controls
    /// and that refunds to `terms.payer`; the funder keeps no rights over it.
    /// @return id The escrow id, `keccak256(abi.encode(chainId, escrow, terms))`.
    /// Emits an {EscrowOpened} event.
    function open(Terms calldata terms) external payable returns (bytes32 id);

    /// @notice Opens a token escrow funded through an EIP-2612 permit the payer signed; the caller
    /// must be the payer (a permit does not bind the terms).
    function openWithPermit(Terms calldata terms, uint256 permitDeadline, uint8 v, bytes32 r, bytes32 s)
        external
        returns (bytes32 id);

    /// @notice Opens a token escrow funded through an EIP-3009 `receiveWithAuthorization` the payer
    /// signed with the escrow id as its nonce, so the signature binds the terms: anyone may relay it,
    /// and nobody can reuse it for other terms (an x402-style payment).
    function openWithAuthorization(
        Terms calldata terms,
        uint256 validAfter,
        uint256 validBefore,
        uint8 v,
        bytes32 r,
        bytes32 s
    ) external returns (bytes32 id);

    // ----------------------------------------------------------------- payouts

    /// @notice The payer releases `amount` to the payee (in part or in full, any number of times).
    function release(Terms calldata terms, uint256 amount) external;

    /// @notice Anyone releases everything to the payee by presenting the content of a valid
    /// attestation that meets the release condition (schema, attester, `refUID` = escrow id).
    /// Only while the escrow is open and before its deadline.
    function releaseOnProof(Terms calldata terms, IAttestationRegistry.AttestationContent calldata proof) external;

    /// @notice Anyone refunds the remainder to the payer once the deadline has passed (or, for a
    /// disputed escrow, once the arbiter has let {ARBITRATION_PERIOD} pass without a ruling).
    function refund(Terms calldata terms) external;

    /// @notice The payee gives `amount` back to the payer.
    function returnFunds(Terms calldata terms, uint256 amount) external;

    /// @notice The payer or payee disputes the escrow before its deadline. The deadline then no
    /// longer refunds and proofs no longer release: the arbiter settles it (the payer can still
    /// release and the payee still return funds voluntarily; after {ARBITRATION_PERIOD} without a
    /// ruling, anyone can refund the payer).
    function dispute(Terms calldata terms) external;

    /// @notice The arbiter settles a dispute, within {ARBITRATION_PERIOD} of it: `toPayee` to the
    /// payee, its fee to itself, the rest to the payer.
    function resolve(Terms calldata terms, uint256 toPayee) external;

    // ------------------------------------------------------------------ views

    /// @notice How long an arbiter has to rule on a dispute before the payer can be refunded.
    function ARBITRATION_PERIOD() external view returns (uint256);

    /// @notice The registry whose attestations release escrows on proof.
    function registry() external view returns (IAttestationRegistry);

    /// @notice The id of an escrow with `terms` on this chain and contract.
    function escrowId(Terms calldata terms) external view returns (bytes32);

    /// @notice The stored state of escrow `id`.
    function getState(bytes32 id) external view returns (State memory);
}
