//! What flows through the pipeline: decoded events with the block and log they came from, and
//! the block headers that anchor them.

use alloy::primitives::{Address, B256};
use serde_json::Value;

/// A block's identity: enough to check that the next block builds on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Header {
    /// Block number.
    pub number: u64,
    /// Block hash.
    pub hash: B256,
    /// The parent block's hash.
    pub parent_hash: B256,
    /// Block timestamp, seconds since the Unix epoch.
    pub timestamp: u64,
}

/// One contract event, decoded, with everything needed to check it against the chain.
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    /// The block it is in.
    pub block_number: u64,
    /// That block's hash.
    pub block_hash: B256,
    /// That block's timestamp.
    pub block_timestamp: u64,
    /// The transaction that emitted it.
    pub tx_hash: B256,
    /// The transaction's index in the block.
    pub tx_index: u64,
    /// The log's index in the block.
    pub log_index: u64,
    /// The emitting contract's address.
    pub address: Address,
    /// The emitting contract's name in the deployments (`TaskBoard`).
    pub contract: String,
    /// The event's name (`TaskPosted`).
    pub name: String,
    /// The projected entity it belongs to, as (table, id), if any.
    pub entity: Option<(String, String)>,
    /// The decoded fields as a JSON object (amounts as decimal strings, addresses checksummed).
    pub fields: Value,
}

impl Event {
    /// The event's position in the chain as one integer: block number × 2^24 + log index. It
    /// orders events and is the events table's key, so a rollback deletes one key range.
    pub fn position(&self) -> i64 {
        position(self.block_number, self.log_index)
    }
}

/// Block number × 2^24 + log index (a block holds far fewer than 16 million logs).
pub(crate) fn position(block_number: u64, log_index: u64) -> i64 {
    i64::try_from((block_number << 24) | (log_index & 0xff_ffff)).unwrap_or(i64::MAX)
}

/// A contract event decoded from a log, before the log's position is attached.
#[derive(Debug, Clone, PartialEq)]
pub struct Decoded {
    /// The event's name.
    pub name: &'static str,
    /// The projected entity it belongs to, as (table, id), if any.
    pub entity: Option<(&'static str, String)>,
    /// The decoded fields.
    pub fields: Value,
}
