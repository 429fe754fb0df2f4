//! The EchoRift indexer.
//!
//! At this stage it connects to an RPC, checks that the chain is the one a deployments
//! file describes and that every contract has code there, and reports the head block
//! ([`preflight`]). Following events into SQL comes with the indexer issue, built on the
//! same pieces.

mod deployments;
mod preflight;

pub use deployments::{Deployments, DeploymentsError};
pub use preflight::{BlockRef, ChainReport, ContractCode, PreflightError, preflight};
