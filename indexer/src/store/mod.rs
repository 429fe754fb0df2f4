//! Where indexed data lives. The pipeline talks to a [`Store`]; [`SqliteStore`] is the embedded
//! default, and a Postgres store can implement the same trait without touching the pipeline.
//!
//! The contract every store keeps: [`Store::commit`] writes a batch's events, the projected
//! rows they change and the checkpoint in one transaction, and [`Store::rollback`] removes
//! everything after a block and recomputes the rows it touched, in one transaction. So the
//! database always equals an index of the chain up to its checkpoint, whenever the process
//! stops.

use std::future::Future;

use alloy::primitives::{Address, B256};

use crate::{event::Header, projection::Rows};

mod sqlite;

pub use sqlite::SqliteStore;

/// A batch of consecutive blocks, ready to commit: every event in `from..=to` of the followed
/// contracts, in chain order, and headers of the blocks to remember (at least `to`'s).
#[derive(Debug, Clone, Default)]
pub struct Batch {
    /// First block.
    pub from: u64,
    /// Last block: the checkpoint after the commit.
    pub to: u64,
    /// The events, in chain order.
    pub events: Vec<crate::event::Event>,
    /// Headers in ascending order, the last one `to`'s.
    pub headers: Vec<Header>,
}

/// The last block whose events are all stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Checkpoint {
    /// Block number.
    pub number: u64,
    /// Block hash.
    pub hash: B256,
}

/// What the store records about the indexed chain, fixed at the first run.
#[derive(Debug, Clone)]
pub struct Identity {
    /// The chain id.
    pub chain_id: u64,
    /// The first block indexed.
    pub start_block: u64,
    /// The followed contracts.
    pub contracts: Vec<(String, Address)>,
}

/// Why the store failed.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The database could not be opened, read or written.
    #[error("database {path}: {source}")]
    Sql {
        /// The database.
        path: String,
        /// What the driver said.
        #[source]
        source: sqlx::Error,
    },
    /// The schema migrations failed (not an indexer database, or a newer one).
    #[error("database {path}: cannot apply the schema migrations: {source}")]
    Migrate {
        /// The database.
        path: String,
        /// What the migrator said.
        #[source]
        source: sqlx::migrate::MigrateError,
    },
    /// The database indexes another chain or deployment.
    #[error("database {path} indexes {found}, not {expected}: use another database file")]
    OtherDeployment {
        /// The database.
        path: String,
        /// What it holds.
        found: String,
        /// What was asked.
        expected: String,
    },
    /// A stored event does not have the fields its projection needs.
    #[error("database {path}: {source}")]
    Projection {
        /// The database.
        path: String,
        /// Which event and field.
        #[source]
        source: crate::json::FieldError,
    },
    /// A stored value is not what the indexer wrote.
    #[error("database {path}: {what}")]
    Corrupt {
        /// The database.
        path: String,
        /// What was wrong.
        what: String,
    },
}

/// How a store keeps indexed data (see the module documentation for the guarantees).
pub trait Store {
    /// The checkpoint, or `None` before the first commit.
    fn checkpoint(&mut self) -> impl Future<Output = Result<Option<Checkpoint>, StoreError>> + Send;

    /// The remembered recent blocks, newest first.
    fn recent_blocks(&mut self) -> impl Future<Output = Result<Vec<Header>, StoreError>> + Send;

    /// Commits a batch that starts right after the checkpoint (see [`Batch`]).
    fn commit(&mut self, batch: &Batch) -> impl Future<Output = Result<(), StoreError>> + Send;

    /// Removes everything after block `fork` (a remembered block), recomputes what it changed,
    /// and counts a reorg.
    fn rollback(&mut self, fork: u64) -> impl Future<Output = Result<(), StoreError>> + Send;

    /// Records the chain's head, for the lag and the confirmed block.
    fn set_chain_head(&mut self, head: u64) -> impl Future<Output = Result<(), StoreError>> + Send;
}

/// Keys of the rows `events` touch, by table, each with `None` (to be loaded).
pub(crate) fn touched(events: &[crate::event::Event]) -> Rows {
    events
        .iter()
        .filter_map(|event| event.entity.as_ref())
        .filter_map(|(table, id)| {
            crate::contracts::projection(table).map(|projection| ((projection.table, id.clone()), None))
        })
        .collect()
}
