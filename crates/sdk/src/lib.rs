//! EchoRift's SDK for agents: load a deployment, connect with a signer, and act on every
//! contract with typed calls that return decoded results and name the contract's error when one
//! reverts.
//!
//! ```no_run
//! # async fn run() -> Result<(), echorift_sdk::Error> {
//! use echorift_sdk::{Client, Deployments, SignerSource};
//! use std::path::Path;
//!
//! let deployments = Deployments::load(Path::new("deployments/31337.json"))?;
//! let signer = SignerSource::Mnemonic {
//!     phrase: "test test test test test test test test test test test junk".into(),
//!     index: 1,
//! }
//! .load()?;
//! let client = Client::connect("http://127.0.0.1:8545", signer, deployments).await?;
//! let schema = client.attestations()?.register_schema("bytes32 taskId,bytes32 result", Default::default(), true).await?;
//! println!("schema {} in transaction {}", schema.value.schema, schema.transaction_hash);
//! # Ok(()) }
//! ```
//!
//! What is where:
//! - [`Client`]: provider, signer and deployment; every transaction goes through one path
//!   (gas estimate, cached nonces for concurrent sends, receipt, [`RevertError`] on a revert).
//! - [`registry`], [`escrow`], [`tasks`], [`guard`], [`token`]: one module per contract, each with its
//!   off-chain rules (ids, EIP-712 / EIP-2612 / EIP-3009 signatures) as plain functions.
//! - [`api`]: the indexer's HTTP API (queries, the inbox) and [`api::verify`], which checks
//!   any record it returns against the chain.
//! - [`deploy`]: the deterministic (CREATE2) deployment, identical to the forge script's.

pub mod api;
mod client;
pub mod deploy;
mod deployments;
mod error;
pub mod escrow;
pub mod guard;
pub mod registry;
mod signer;
pub mod tasks;
pub mod token;

pub use client::{Client, Sent, chain_id_at};
pub use deployments::{Compiler, Create2, Deployments};
pub use echorift_bindings as bindings;
pub use error::{Error, RevertError, decode_revert};
pub use signer::SignerSource;
