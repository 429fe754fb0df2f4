//! The contracts the indexer understands: one module per contract, each with a decoder (log to
//! named JSON fields, through the generated bindings) and the projections its events feed.
//!
//! Adding a contract means adding a module here, listing it in [`CONTRACTS`], and a migration
//! creating its tables; the pipeline and the store do not change.

use alloy::primitives::{B256, Log};

use crate::{event::Decoded, projection::Projection};

mod attestation_registry;
mod escrow;
mod spending_guard;
mod task_board;

/// A contract the indexer can decode.
#[derive(Debug)]
pub struct Contract {
    /// Its name in the deployments file.
    pub name: &'static str,
    /// Decodes one of its logs.
    pub decode: fn(&Log) -> Result<Decoded, DecodeError>,
    /// The tables its events are projected into.
    pub projections: &'static [Projection],
}

/// Every contract the indexer knows, by deployments name.
pub const CONTRACTS: &[Contract] =
    &[attestation_registry::CONTRACT, escrow::CONTRACT, spending_guard::CONTRACT, task_board::CONTRACT];

/// The contract named `name` in a deployments file, if the indexer knows it.
pub fn contract(name: &str) -> Option<&'static Contract> {
    CONTRACTS.iter().find(|contract| contract.name == name)
}

/// The projection that owns `table`.
pub fn projection(table: &str) -> Option<&'static Projection> {
    CONTRACTS.iter().flat_map(|contract| contract.projections).find(|projection| projection.table == table)
}

/// Every projection.
pub fn projections() -> impl Iterator<Item = &'static Projection> {
    CONTRACTS.iter().flat_map(|contract| contract.projections)
}

/// A log from a followed contract that the bindings cannot decode.
#[derive(Debug, thiserror::Error)]
#[error(
    "cannot decode a {contract} log (topic0 {topic0}): {source}; the contract is newer than this indexer's bindings \
     (regenerate them with scripts/bindings)"
)]
pub struct DecodeError {
    /// The contract.
    pub contract: &'static str,
    /// The log's first topic (the event selector), or zero.
    pub topic0: B256,
    /// What the ABI decoder said.
    #[source]
    pub source: Box<alloy::sol_types::Error>,
}

/// Decodes `log` with the bindings' event enum `E`, naming `contract` in errors.
pub(crate) fn decode_with<E: alloy::sol_types::SolEventInterface>(
    contract: &'static str,
    log: &Log,
) -> Result<E, DecodeError> {
    E::decode_raw_log(log.topics(), &log.data.data).map_err(|source| DecodeError {
        contract,
        topic0: log.topics().first().copied().unwrap_or_default(),
        source: Box::new(source),
    })
}

/// The name of a Solidity enum value, or its number when the bindings do not name it.
pub(crate) fn enum_name(names: &[&'static str], value: u8) -> serde_json::Value {
    names.get(usize::from(value)).map_or_else(|| serde_json::Value::from(value), |name| serde_json::Value::from(*name))
}
