// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @title IAttestationRegistry
/// @notice Signed, verifiable claims for agents: "task 42 was delivered", "this output passed
/// validation", "agent X is operated by Y". Schemas describe claims; attestations make them;
/// other contracts check them with {isValid} and {isValidContent}.
///
/// Design (docs/ATTESTATIONS.md): an attestation's id commits to its whole content, data
/// included, so the registry stores one 32-byte record per attestation and the full content
/// travels in the {Attested} event. Ids are computable off-chain before mining and unique
/// across chains and deployments.
interface IAttestationRegistry {
    // ------------------------------------------------------------------ types

    /// @notice What an attester asks to attest.
    /// @param schema The schema id (see {registerSchema}).
    /// @param recipient Whom the claim is about; may be zero.
    /// @param expirationTime When the attestation stops being valid (unix seconds); 0 = never.
    /// @param revocable Whether the attester can revoke it later (the schema must allow it).
    /// @param refUID Another attestation's id, or any external id (a task, an escrow); 0 = none.
    /// @param data The claim's content, encoded as the schema describes.
    struct AttestationRequest {
        bytes32 schema;
        address recipient;
        uint64 expirationTime;
        bool revocable;
        bytes32 refUID;
        bytes data;
    }

    /// @notice An attestation's content, with its data by hash: what its id commits to.
    struct AttestationContent {
        bytes32 schema;
        address attester;
        address recipient;
        uint64 expirationTime;
        bool revocable;
        bytes32 refUID;
        bytes32 dataHash;
    }

    /// @notice What the registry stores per attestation: one storage slot.
    /// @param attester Who attested; zero if the attestation does not exist.
    /// @param expirationTime 0 = never expires.
    /// @param revocable Whether the attester may revoke it.
    /// @param revoked Whether it has been revoked.
    /// @param hasResolver Whether its schema has a resolver (to call on revocation).
    struct Record {
        address attester;
        uint64 expirationTime;
        bool revocable;
        bool revoked;
        bool hasResolver;
    }

    /// @notice A registered schema.
    /// @param resolver The hook that can veto attestations and revocations; zero for none.
    /// @param revocable Whether attestations under the schema may be revocable.
    /// @param registered Whether the schema exists.
    struct Schema {
        address resolver;
        bool revocable;
        bool registered;
    }

    /// @notice One revocation in {revokeBatch}.
    struct RevocationRequest {
        bytes32 uid;
        bytes32 reason;
    }

    // ----------------------------------------------------------------- events

    /// @notice A schema was registered; carries the whole definition.
    event SchemaRegistered(
        bytes32 indexed schema, address indexed registerer, address resolver, bool revocable, string definition
    );

    /// @notice An attestation was made. With the block's timestamp, this is its whole content:
    /// `uid` equals {uidOf} of these fields with `keccak256(data)`.
    event Attested(
        bytes32 indexed schema,
        address indexed attester,
        address indexed recipient,
        bytes32 uid,
        bytes32 refUID,
        uint64 expirationTime,
        bool revocable,
        bytes data
    );

    /// @notice An attestation was revoked by its attester.
    /// @param reason A hash the attester chose to explain the revocation (0 = none given).
    /// @param replacement The attestation that supersedes it ({supersede}); 0 if none.
    event Revoked(bytes32 indexed uid, address indexed attester, bytes32 reason, bytes32 replacement);

    /// @notice A data hash was timestamped for the first time.
    event Timestamped(bytes32 indexed dataHash, address indexed submitter, uint64 timestamp);

    /// @notice `attester` invalidated its outstanding signatures: its next nonce is `nonce`.
    event NoncesInvalidated(address indexed attester, uint256 nonce);

    // ----------------------------------------------------------------- errors

    /// @notice A schema with this id is already registered.
    error AttestationRegistrySchemaExists(bytes32 schema);
    /// @notice No schema with this id is registered.
    error AttestationRegistryUnknownSchema(bytes32 schema);
    /// @notice The schema does not allow revocable attestations.
    error AttestationRegistryIrrevocableSchema(bytes32 schema);
    /// @notice The expiration time is in the past (or now) or beyond what the registry stores.
    error AttestationRegistryInvalidExpiration(uint64 expirationTime, uint256 now);
    /// @notice The same attester already made an attestation with exactly this content.
    error AttestationRegistryAlreadyAttested(bytes32 uid);
    /// @notice No attestation with this id exists.
    error AttestationRegistryUnknownAttestation(bytes32 uid);
    /// @notice Only the attester may revoke the attestation.
    error AttestationRegistryNotAttester(bytes32 uid, address caller, address attester);
    /// @notice The attestation was made irrevocable.
    error AttestationRegistryIrrevocable(bytes32 uid);
    /// @notice The attestation is already revoked.
    error AttestationRegistryAlreadyRevoked(bytes32 uid);
    /// @notice The schema's resolver vetoed the attestation or revocation.
    error AttestationRegistryResolverVeto(address resolver, bytes32 uid);
    /// @notice The signature's deadline has passed.
    error AttestationRegistrySignatureExpired(uint256 deadline, uint256 now);
    /// @notice The signature is not `signer`'s for this request, nonce, deadline, chain and registry.
    error AttestationRegistryInvalidSignature(address signer);
    /// @notice A nonce can only move forward.
    error AttestationRegistryNonceTooLow(address attester, uint256 current, uint256 requested);
    /// @notice A batch must not be empty.
    error AttestationRegistryEmptyBatch();
    /// @notice The zero hash cannot be timestamped.
    error AttestationRegistryZeroHash();
    /// @notice The data hash was already timestamped, at `timestamp`.
    error AttestationRegistryAlreadyTimestamped(bytes32 dataHash, uint64 timestamp);

    // ---------------------------------------------------------------- schemas

    /// @notice Registers a schema. Its id is `keccak256(abi.encodePacked(definition, resolver, revocable))`,
    /// the same on every chain.
    /// @param definition The field definition, e.g. "uint256 taskId,bytes32 resultHash".
    /// @param resolver A hook that can veto attestations and revocations; zero for none.
    /// @param revocable Whether attestations under the schema may be revocable.
    /// @return schema The schema id.
    /// Requirements: the schema is not registered yet. Emits a {SchemaRegistered} event.
    function registerSchema(string calldata definition, address resolver, bool revocable)
        external
        returns (bytes32 schema);

    /// @notice The registered schema `schema`; `registered` is false if there is none.
    function getSchema(bytes32 schema) external view returns (Schema memory);

    // ----------------------------------------------------------- attestations

    /// @notice Attests `request` as the caller.
    /// @return uid The attestation id, equal to `uidOf` of the request's content.
    /// Requirements: the schema exists and allows `revocable`; `expirationTime` is 0 or in the
    /// future; the caller has not attested the same content before; the resolver, if any,
    /// approves. Emits an {Attested} event.
    function attest(AttestationRequest calldata request) external returns (bytes32 uid);

    /// @notice Attests each request as the caller, in order; all or nothing.
    /// @return uids The attestation ids, in the order of the requests.
    function attestBatch(AttestationRequest[] calldata requests) external returns (bytes32[] memory uids);

    /// @notice Attests `request` on behalf of `attester`, who signed it (EIP-712 `Attest`, with
    /// the attester's current nonce). Anyone may relay it. Contract wallets sign via ERC-1271,
    /// with signatures of any length.
    /// @param deadline The last second at which the signature may be used.
    /// @return uid The attestation id.
    /// Requirements: as {attest}, plus a valid, unexpired signature. Uses up the nonce.
    function attestBySig(
        AttestationRequest calldata request,
        address attester,
        uint256 deadline,
        bytes calldata signature
    ) external returns (bytes32 uid);

    /// @notice Revokes the caller's attestation `uid`.
    /// @param reason A hash explaining the revocation (0 = none).
    /// Requirements: the caller is the attester; the attestation is revocable and not yet
    /// revoked; the resolver, if any, approves. Emits a {Revoked} event.
    function revoke(bytes32 uid, bytes32 reason) external;

    /// @notice Revokes each of the caller's attestations, in order; all or nothing.
    function revokeBatch(RevocationRequest[] calldata requests) external;

    /// @notice Revokes `uid` on behalf of `attester`, who signed it (EIP-712 `Revoke`).
    function revokeBySig(bytes32 uid, bytes32 reason, address attester, uint256 deadline, bytes calldata signature)
        external;

    /// @notice Revokes the caller's attestation `uid` and attests its replacement, in one call.
    /// @return newUid The replacement's id, recorded as `replacement` in the {Revoked} event.
    function supersede(bytes32 uid, bytes32 reason, AttestationRequest calldata request)
        external
        returns (bytes32 newUid);

    /// @notice Moves the caller's nonce forward to `newNonce`, invalidating every outstanding
    /// signature with a lower nonce. Emits a {NoncesInvalidated} event.
    function invalidateNonces(uint256 newNonce) external;

    // -------------------------------------------------------------- timestamps

    /// @notice Records the current block time for `dataHash`, once and for good.
    /// @return time The recorded time. Emits a {Timestamped} event.
    function timestamp(bytes32 dataHash) external returns (uint64 time);

    /// @notice When `dataHash` was first timestamped; 0 if never.
    function timestampOf(bytes32 dataHash) external view returns (uint64);

    // ------------------------------------------------------------------ views

    /// @notice The id of an attestation with `content`, on this chain and registry.
    function uidOf(AttestationContent calldata content) external view returns (bytes32);

    /// @notice The id `attester` would get for `request`, on this chain and registry.
    function uidOfRequest(address attester, AttestationRequest calldata request) external view returns (bytes32);

    /// @notice Whether `uid` is valid now: it exists, is not revoked and has not expired.
    function isValid(bytes32 uid) external view returns (bool);

    /// @notice Whether an attestation with exactly `content` exists and is valid now: lets a
    /// contract check that the schema, attester, recipient, reference and data are what was attested.
    function isValidContent(AttestationContent calldata content) external view returns (bool);

    /// @notice The id of the attestation with exactly `content` if it is valid now, else 0: one call
    /// for a contract that checks a proof and records which attestation it accepted.
    function validUidOf(AttestationContent calldata content) external view returns (bytes32 uid);

    /// @notice The stored record of `uid` (all zero if it does not exist).
    function getRecord(bytes32 uid) external view returns (Record memory);

    /// @notice The nonce `attester`'s next signature must use.
    function nonces(address attester) external view returns (uint256);

    /// @notice The EIP-712 digest `attester` signs to attest `request` with `nonce` until `deadline`.
    function attestDigest(AttestationRequest calldata request, address attester, uint256 nonce, uint256 deadline)
        external
        view
        returns (bytes32);

    /// @notice The EIP-712 digest `attester` signs to revoke `uid` with `nonce` until `deadline`.
    function revokeDigest(bytes32 uid, bytes32 reason, address attester, uint256 nonce, uint256 deadline)
        external
        view
        returns (bytes32);

    /// @notice The registry's version.
    function version() external pure returns (string memory);
}
