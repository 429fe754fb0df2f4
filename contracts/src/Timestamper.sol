// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @title Timestamper
/// @notice Proves that a piece of data existed no later than a block time: the first
/// caller to submit a hash fixes its timestamp for good.
/// @dev The smallest real EchoRift contract. It exercises every stage of the toolchain
/// (compile, test, bind, build Rust, deploy, index) until the attestation registry,
/// which takes over data timestamping, replaces it.
contract Timestamper {
    /// @notice `dataHash` was first submitted by `submitter` at `timestamp`.
    /// @dev Complete: an indexer rebuilds `timestampOf` from these events alone.
    event Timestamped(bytes32 indexed dataHash, address indexed submitter, uint64 timestamp);

    /// @notice `dataHash` already carries a timestamp, which never changes.
    error TimestamperAlreadyTimestamped(bytes32 dataHash, uint64 timestamp);

    /// @notice The zero hash is reserved for "never timestamped".
    error TimestamperZeroHash();

    /// @notice The block time at which each hash was first submitted; 0 if never.
    mapping(bytes32 dataHash => uint64 timestamp) public timestampOf;

    /// @notice Records the current block time for `dataHash`.
    /// @param dataHash The hash of the data to timestamp (any hash function; keccak256 is usual).
    /// @return time The recorded block time.
    function timestamp(bytes32 dataHash) external returns (uint64 time) {
        if (dataHash == bytes32(0)) revert TimestamperZeroHash();
        uint64 existing = timestampOf[dataHash];
        if (existing != 0) revert TimestamperAlreadyTimestamped(dataHash, existing);
        time = uint64(block.timestamp);
        timestampOf[dataHash] = time;
        emit Timestamped(dataHash, msg.sender, time);
    }
}
