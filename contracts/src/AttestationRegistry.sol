// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {SignatureChecker} from "@openzeppelin/contracts/utils/cryptography/SignatureChecker.sol";

import {IAttestationRegistry} from "./interfaces/IAttestationRegistry.sol";
import {IAttestationResolver} from "./interfaces/IAttestationResolver.sol";

/// @title AttestationRegistry
/// @notice Schemas, attestations (direct, batched, delegated by EIP-712 or ERC-1271 signature),
/// revocations, supersessions and timestamps, with validity checks for other contracts.
/// @dev One storage slot per attestation: the id commits to the whole content, which the
/// {Attested} event carries. No owner, no upgrade path, no funds. See docs/ATTESTATIONS.md.
contract AttestationRegistry is IAttestationRegistry, EIP712, ReentrancyGuardTransient {
    /// @dev The chain id at deployment, hashed into every id. Fixed, so that after a chain split
    /// existing objects stay reachable on both sides (signatures still follow the live chain id).
    uint256 private immutable _CHAIN_ID = block.chainid;

    /// @dev EIP-712 type of a delegated attestation; `data` is hashed, as EIP-712 encodes `bytes`.
    bytes32 private constant ATTEST_TYPEHASH = keccak256(
        "Attest(address attester,bytes32 schema,address recipient,uint64 expirationTime,bool revocable,bytes32 refUID,bytes data,uint256 nonce,uint256 deadline)"
    );
    /// @dev EIP-712 type of a delegated revocation.
    bytes32 private constant REVOKE_TYPEHASH =
        keccak256("Revoke(address attester,bytes32 uid,bytes32 reason,uint256 nonce,uint256 deadline)");

    mapping(bytes32 schema => Schema) private _schemas;
    mapping(bytes32 uid => Record) private _records;
    /// @dev Only for attestations whose schema has a resolver: revocation must find it again.
    mapping(bytes32 uid => bytes32 schema) private _resolvedSchemaOf;
    mapping(address attester => uint256 nonce) private _nonces;
    mapping(bytes32 dataHash => uint64 time) private _timestamps;

    constructor() EIP712("EchoRift AttestationRegistry", "1") {}

    // ------------------------------------------------------------------ schemas

    /// @inheritdoc IAttestationRegistry
    function registerSchema(string calldata definition, address resolver, bool revocable)
        external
        returns (bytes32 schema)
    {
        schema = keccak256(abi.encodePacked(definition, resolver, revocable));
        if (_schemas[schema].registered) revert AttestationRegistrySchemaExists(schema);
        _schemas[schema] = Schema({resolver: resolver, revocable: revocable, registered: true});
        emit SchemaRegistered(schema, msg.sender, resolver, revocable, definition);
    }

    /// @inheritdoc IAttestationRegistry
    function getSchema(bytes32 schema) external view returns (Schema memory) {
        return _schemas[schema];
    }

    // ------------------------------------------------------------- attestations

    /// @inheritdoc IAttestationRegistry
    function attest(AttestationRequest calldata request) external nonReentrant returns (bytes32 uid) {
        return _attest(msg.sender, request);
    }

    /// @inheritdoc IAttestationRegistry
    function attestBatch(AttestationRequest[] calldata requests) external nonReentrant returns (bytes32[] memory uids) {
        if (requests.length == 0) revert AttestationRegistryEmptyBatch();
        uids = new bytes32[](requests.length);
        for (uint256 i = 0; i < requests.length; ++i) {
            uids[i] = _attest(msg.sender, requests[i]);
        }
    }

    /// @inheritdoc IAttestationRegistry
    function attestBySig(
        AttestationRequest calldata request,
        address attester,
        uint256 deadline,
        bytes calldata signature
    ) external nonReentrant returns (bytes32 uid) {
        uint256 nonce = _useNonce(attester);
        _requireSignature(attester, _attestDigest(request, attester, nonce, deadline), deadline, signature);
        return _attest(attester, request);
    }

    /// @inheritdoc IAttestationRegistry
    function revoke(bytes32 uid, bytes32 reason) external nonReentrant {
        _revoke(msg.sender, uid, reason, bytes32(0));
    }

    /// @inheritdoc IAttestationRegistry
    function revokeBatch(RevocationRequest[] calldata requests) external nonReentrant {
        if (requests.length == 0) revert AttestationRegistryEmptyBatch();
        for (uint256 i = 0; i < requests.length; ++i) {
            _revoke(msg.sender, requests[i].uid, requests[i].reason, bytes32(0));
        }
    }

    /// @inheritdoc IAttestationRegistry
    function revokeBySig(bytes32 uid, bytes32 reason, address attester, uint256 deadline, bytes calldata signature)
        external
        nonReentrant
    {
        uint256 nonce = _useNonce(attester);
        _requireSignature(attester, _revokeDigest(uid, reason, attester, nonce, deadline), deadline, signature);
        _revoke(attester, uid, reason, bytes32(0));
    }

    /// @inheritdoc IAttestationRegistry
    function supersede(bytes32 uid, bytes32 reason, AttestationRequest calldata request)
        external
        nonReentrant
        returns (bytes32 newUid)
    {
        newUid = _uidOfRequest(msg.sender, request);
        _revoke(msg.sender, uid, reason, newUid);
        _attest(msg.sender, request);
    }

    /// @inheritdoc IAttestationRegistry
    function invalidateNonces(uint256 newNonce) external {
        uint256 current = _nonces[msg.sender];
        if (newNonce <= current) revert AttestationRegistryNonceTooLow(msg.sender, current, newNonce);
        _nonces[msg.sender] = newNonce;
        emit NoncesInvalidated(msg.sender, newNonce);
    }

    // --------------------------------------------------------------- timestamps

    /// @inheritdoc IAttestationRegistry
    function timestamp(bytes32 dataHash) external returns (uint64 time) {
        if (dataHash == bytes32(0)) revert AttestationRegistryZeroHash();
        uint64 existing = _timestamps[dataHash];
        if (existing != 0) revert AttestationRegistryAlreadyTimestamped(dataHash, existing);
        time = uint64(block.timestamp);
        _timestamps[dataHash] = time;
        emit Timestamped(dataHash, msg.sender, time);
    }

    /// @inheritdoc IAttestationRegistry
    function timestampOf(bytes32 dataHash) external view returns (uint64) {
        return _timestamps[dataHash];
    }

    // -------------------------------------------------------------------- views

    /// @inheritdoc IAttestationRegistry
    function uidOf(AttestationContent calldata c) external view returns (bytes32) {
        return _uid(c.schema, c.attester, c.recipient, c.expirationTime, c.revocable, c.refUID, c.dataHash);
    }

    /// @inheritdoc IAttestationRegistry
    function uidOfRequest(address attester, AttestationRequest calldata request) external view returns (bytes32) {
        return _uidOfRequest(attester, request);
    }

    /// @inheritdoc IAttestationRegistry
    function isValid(bytes32 uid) external view returns (bool) {
        return _isValid(_records[uid]);
    }

    /// @inheritdoc IAttestationRegistry
    function isValidContent(AttestationContent calldata c) external view returns (bool) {
        bytes32 uid = _uid(c.schema, c.attester, c.recipient, c.expirationTime, c.revocable, c.refUID, c.dataHash);
        return _isValid(_records[uid]);
    }

    /// @inheritdoc IAttestationRegistry
    function validUidOf(AttestationContent calldata c) external view returns (bytes32 uid) {
        uid = _uid(c.schema, c.attester, c.recipient, c.expirationTime, c.revocable, c.refUID, c.dataHash);
        if (!_isValid(_records[uid])) uid = bytes32(0);
    }

    /// @inheritdoc IAttestationRegistry
    function getRecord(bytes32 uid) external view returns (Record memory) {
        return _records[uid];
    }

    /// @inheritdoc IAttestationRegistry
    function nonces(address attester) external view returns (uint256) {
        return _nonces[attester];
    }

    /// @inheritdoc IAttestationRegistry
    function attestDigest(AttestationRequest calldata request, address attester, uint256 nonce, uint256 deadline)
        external
        view
        returns (bytes32)
    {
        return _attestDigest(request, attester, nonce, deadline);
    }

    /// @inheritdoc IAttestationRegistry
    function revokeDigest(bytes32 uid, bytes32 reason, address attester, uint256 nonce, uint256 deadline)
        external
        view
        returns (bytes32)
    {
        return _revokeDigest(uid, reason, attester, nonce, deadline);
    }

    /// @inheritdoc IAttestationRegistry
    function version() external pure returns (string memory) {
        return "1.0.0";
    }

    // ----------------------------------------------------------------- internal

    /// @dev Every attestation path ends here: checks, the record, the event, then the resolver.
    function _attest(address attester, AttestationRequest calldata request) private returns (bytes32 uid) {
        Schema memory schema = _schemas[request.schema];
        if (!schema.registered) revert AttestationRegistryUnknownSchema(request.schema);
        if (request.revocable && !schema.revocable) revert AttestationRegistryIrrevocableSchema(request.schema);
        uint64 expirationTime = request.expirationTime;
        if (expirationTime != 0 && expirationTime <= block.timestamp) {
            revert AttestationRegistryInvalidExpiration(expirationTime, block.timestamp);
        }

        uid = _uidOfRequest(attester, request);
        Record storage record = _records[uid];
        if (record.attester != address(0)) revert AttestationRegistryAlreadyAttested(uid);
        bool hasResolver = schema.resolver != address(0);
        _records[uid] = Record({
            attester: attester,
            expirationTime: expirationTime,
            revocable: request.revocable,
            revoked: false,
            hasResolver: hasResolver
        });
        emit Attested(
            request.schema,
            attester,
            request.recipient,
            uid,
            request.refUID,
            expirationTime,
            request.revocable,
            request.data
        );

        if (hasResolver) {
            _resolvedSchemaOf[uid] = request.schema;
            if (!IAttestationResolver(schema.resolver).onAttest(uid, attester, request)) {
                revert AttestationRegistryResolverVeto(schema.resolver, uid);
            }
        }
    }

    /// @dev Every revocation path ends here: checks, the record, the event, then the resolver.
    function _revoke(address attester, bytes32 uid, bytes32 reason, bytes32 replacement) private {
        Record storage record = _records[uid];
        address recorded = record.attester;
        if (recorded == address(0)) revert AttestationRegistryUnknownAttestation(uid);
        if (recorded != attester) revert AttestationRegistryNotAttester(uid, attester, recorded);
        if (!record.revocable) revert AttestationRegistryIrrevocable(uid);
        if (record.revoked) revert AttestationRegistryAlreadyRevoked(uid);
        record.revoked = true;
        emit Revoked(uid, attester, reason, replacement);

        if (record.hasResolver) {
            address resolver = _schemas[_resolvedSchemaOf[uid]].resolver;
            if (!IAttestationResolver(resolver).onRevoke(uid, attester)) {
                revert AttestationRegistryResolverVeto(resolver, uid);
            }
        }
    }

    function _isValid(Record storage record) private view returns (bool) {
        uint64 expirationTime = record.expirationTime;
        return
            record.attester != address(0) && !record.revoked
                && (expirationTime == 0 || expirationTime > block.timestamp);
    }

    function _uidOfRequest(address attester, AttestationRequest calldata r) private view returns (bytes32) {
        return _uid(r.schema, attester, r.recipient, r.expirationTime, r.revocable, r.refUID, keccak256(r.data));
    }

    /// @dev Chain id and registry address make ids unique across chains and deployments; the
    /// rest makes the id a commitment to the content.
    function _uid(
        bytes32 schema,
        address attester,
        address recipient,
        uint64 expirationTime,
        bool revocable,
        bytes32 refUID,
        bytes32 dataHash
    ) private view returns (bytes32) {
        return keccak256(
            abi.encode(
                _CHAIN_ID, address(this), schema, attester, recipient, expirationTime, revocable, refUID, dataHash
            )
        );
    }

    /// @dev Checked on purpose: `invalidateNonces` can move a nonce to 2^256 - 1, and wrapping
    /// to 0 would revive every cancelled signature. That last nonce closes the account to
    /// signatures for good.
    function _useNonce(address attester) private returns (uint256 nonce) {
        nonce = _nonces[attester]++;
    }

    function _requireSignature(address signer, bytes32 digest, uint256 deadline, bytes calldata signature)
        private
        view
    {
        if (block.timestamp > deadline) revert AttestationRegistrySignatureExpired(deadline, block.timestamp);
        if (!SignatureChecker.isValidSignatureNowCalldata(signer, digest, signature)) {
            revert AttestationRegistryInvalidSignature(signer);
        }
    }

    function _attestDigest(AttestationRequest calldata r, address attester, uint256 nonce, uint256 deadline)
        private
        view
        returns (bytes32)
    {
        return _hashTypedDataV4(
            keccak256(
                abi.encode(
                    ATTEST_TYPEHASH,
                    attester,
                    r.schema,
                    r.recipient,
                    r.expirationTime,
                    r.revocable,
                    r.refUID,
                    keccak256(r.data),
                    nonce,
                    deadline
                )
            )
        );
    }

    function _revokeDigest(bytes32 uid, bytes32 reason, address attester, uint256 nonce, uint256 deadline)
        private
        view
        returns (bytes32)
    {
        return _hashTypedDataV4(keccak256(abi.encode(REVOKE_TYPEHASH, attester, uid, reason, nonce, deadline)));
    }
}
