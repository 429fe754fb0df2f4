//! The EchoRift indexer: follows the contracts' events into SQL so that stateless agents ask a
//! database, not the chain.
//!
//! ```text
//! RPC ─▶ fetch (eth_getLogs over adaptive ranges, several in flight) ─▶ decode (bindings)
//!     ─▶ bounded queue ─▶ store (events + projections + checkpoint, one transaction per batch)
//! ```
//!
//! [`preflight`] checks the chain first (chain id, contract code); [`pipeline::run`] then
//! backfills and follows the head in one loop, rolling back on reorgs.

pub mod api;
pub mod config;
pub mod contracts;
mod deployments;
pub mod event;
pub mod fetch;
mod json;
pub mod pipeline;
mod preflight;
pub mod progress;
pub mod projection;
pub mod rpc;
pub mod store;

pub use deployments::{Deployments, DeploymentsError};
pub use json::FieldError;
pub use preflight::{BlockRef, ChainReport, ContractCode, PreflightError, preflight};
