//! The indexer's HTTP API from Rust (docs/API.md): [`ApiClient`] asks it ("what should I do
//! now?" is [`ApiClient::inbox`]), and [`verify`] checks any record it returns against the chain:
//! the transaction's receipt from an RPC must hold, at the record's log index and in the
//! record's block, a log of an EchoRift contract that decodes to the same event.
//!
//! ```no_run
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! use echorift_sdk::api::{ApiClient, verify};
//! let api = ApiClient::new("http://127.0.0.1:8080")?;
//! let inbox = api.inbox("0x70997970C51812dc3A010C7d01b50e0d17dc79C8".parse()?).await?;
//! let provider = alloy::providers::ProviderBuilder::new().connect_http("http://127.0.0.1:8545".parse()?);
//! for item in inbox["items"].as_array().into_iter().flatten() {
//!     let record = &item[item["kind"].as_str().unwrap_or_default()];
//!     let checked = verify(&provider, record).await?;
//!     println!("{} {} from {} ({})", item["action"], item["id"], checked.event, checked.contract);
//! }
//! # Ok(()) }
//! ```

use alloy::{
    primitives::{Address, B256},
    providers::Provider,
    sol_types::SolEventInterface,
    transports::http::reqwest,
};
use serde_json::Value;

use crate::bindings::{
    attestation_registry::AttestationRegistry::AttestationRegistryEvents, escrow::Escrow::EscrowEvents,
    spending_guard::SpendingGuard::SpendingGuardEvents, task_board::TaskBoard::TaskBoardEvents,
};

/// Why an API call failed.
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    /// The base URL is not a URL.
    #[error("invalid API URL `{0}`")]
    Url(String),
    /// The API could not be reached or its answer read.
    #[error("the API at {url}: {source}")]
    Http {
        /// The request.
        url: String,
        /// What the HTTP client said.
        #[source]
        source: reqwest::Error,
    },
    /// The API answered with an error.
    #[error("the API answered {status} to {url}: {message}{}", parameter.as_ref().map(|p| format!(" (parameter `{p}`)")).unwrap_or_default())]
    Status {
        /// The request.
        url: String,
        /// The HTTP status.
        status: u16,
        /// The parameter at fault, if the API named one.
        parameter: Option<String>,
        /// The API's message.
        message: String,
    },
    /// The answer is not JSON.
    #[error("the API's answer to {url} is not JSON: {source}")]
    Json {
        /// The request.
        url: String,
        /// What the parser said.
        #[source]
        source: serde_json::Error,
    },
}

/// A client of the indexer's HTTP API.
#[derive(Debug, Clone)]
pub struct ApiClient {
    base: String,
    http: reqwest::Client,
}

impl ApiClient {
    /// A client of the API at `base` (e.g. `http://127.0.0.1:8080`).
    pub fn new(base: &str) -> Result<Self, ApiError> {
        let base = base.trim_end_matches('/').to_owned();
        if reqwest::Url::parse(&base).is_err() {
            return Err(ApiError::Url(base));
        }
        Ok(Self { base, http: reqwest::Client::new() })
    }

    /// GETs `path` (e.g. `/v1/tasks`) with `query` pairs (URL-encoded here); the JSON answer.
    pub async fn get(&self, path: &str, query: &[(String, String)]) -> Result<Value, ApiError> {
        let url = reqwest::Url::parse_with_params(&format!("{}{path}", self.base), query)
            .map_err(|_| ApiError::Url(format!("{}{path}", self.base)))?;
        let url_text = url.to_string();
        let url = url_text.clone();
        let http = |source| ApiError::Http { url: url_text.clone(), source };
        let response = self.http.get(&url).send().await.map_err(http)?;
        let status = response.status().as_u16();
        let text = response.text().await.map_err(http)?;
        let body: Value = serde_json::from_str(&text).map_err(|source| ApiError::Json { url: url.clone(), source })?;
        if status != 200 {
            let error = &body["error"];
            return Err(ApiError::Status {
                url,
                status,
                parameter: error["parameter"].as_str().map(str::to_owned),
                message: error["message"].as_str().unwrap_or("no message").to_owned(),
            });
        }
        Ok(body)
    }

    /// The inbox of `address`: what it can and should do now, at chain time.
    pub async fn inbox(&self, address: Address) -> Result<Value, ApiError> {
        self.get(&format!("/v1/inbox/{address}"), &[]).await
    }

    /// Every item of a list endpoint (`/v1/tasks`, …) matching `query`, following the cursor;
    /// at most `max` items.
    pub async fn all(&self, path: &str, query: &[(String, String)], max: usize) -> Result<Vec<Value>, ApiError> {
        let mut items = Vec::new();
        let mut cursor: Option<String> = None;
        loop {
            let mut query = query.to_vec();
            if let Some(cursor) = &cursor {
                query.push(("cursor".into(), cursor.clone()));
            }
            let page = self.get(path, &query).await?;
            items.extend(page["items"].as_array().cloned().unwrap_or_default());
            match page["next_cursor"].as_str() {
                Some(next) if items.len() < max => cursor = Some(next.to_owned()),
                _ => {
                    items.truncate(max);
                    return Ok(items);
                }
            }
        }
    }
}

/// What [`verify`] confirmed.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Verified {
    /// The contract whose event it is (`TaskBoard`).
    pub contract: &'static str,
    /// The event (`TaskAccepted`).
    pub event: String,
    /// The emitting address.
    pub address: Address,
    /// The block.
    pub block_number: u64,
    /// Its hash.
    pub block_hash: B256,
    /// The transaction.
    pub tx_hash: B256,
    /// The log's index in the block.
    pub log_index: u64,
}

/// Why a record did not verify.
#[derive(Debug, thiserror::Error)]
pub enum VerifyError {
    /// The record lacks a provenance field or has a malformed one.
    #[error("the record has no valid `{0}`")]
    Field(&'static str),
    /// The RPC failed.
    #[error("the RPC: {0}")]
    Rpc(#[from] alloy::transports::TransportError),
    /// The chain has no such transaction (a rolled-back record, or another chain).
    #[error("the chain has no transaction {0}")]
    NoTransaction(B256),
    /// A value differs between the record and the chain.
    #[error("{what}: the record says {record}, the chain says {chain}")]
    Mismatch {
        /// What differs.
        what: &'static str,
        /// The record's value.
        record: String,
        /// The chain's value.
        chain: String,
    },
    /// The log is not an EchoRift event.
    #[error("log {0} of the transaction is not an event of an EchoRift contract")]
    NotEchoRift(u64),
}

/// The contract and event name of an EchoRift log, if it decodes as one.
fn decode(log: &alloy::primitives::Log) -> Option<(&'static str, String)> {
    let topic0 = log.topics().first()?.0;
    macro_rules! try_contract {
        ($name:literal, $events:ty) => {
            if let Some(index) = <$events>::SELECTORS.iter().position(|selector| *selector == topic0) {
                <$events>::decode_raw_log(log.topics(), &log.data.data).ok()?;
                return Some(($name, <$events>::VARIANT_NAMES.get(index)?.to_string()));
            }
        };
    }
    try_contract!("TaskBoard", TaskBoardEvents);
    try_contract!("Escrow", EscrowEvents);
    try_contract!("AttestationRegistry", AttestationRegistryEvents);
    try_contract!("SpendingGuard", SpendingGuardEvents);
    None
}

fn field<T: std::str::FromStr>(record: &Value, name: &'static str) -> Result<T, VerifyError> {
    record[name].as_str().and_then(|text| text.parse().ok()).ok_or(VerifyError::Field(name))
}

fn number(record: &Value, name: &'static str) -> Result<u64, VerifyError> {
    record[name].as_u64().ok_or(VerifyError::Field(name))
}

fn mismatch(what: &'static str, record: impl ToString, chain: impl ToString) -> VerifyError {
    VerifyError::Mismatch { what, record: record.to_string(), chain: chain.to_string() }
}

/// Checks a record of the API (a task, escrow, attestation, schema or policy, or an event of a
/// history or the stream) against the chain through `provider`: the receipt of its `tx_hash`
/// is in block `block_number` with hash `block_hash` (still the canonical block at that
/// height), holds a log at `log_index` that decodes as an EchoRift event, emitted by `address`
/// and named `event` when the record says so, and carrying the record's id (`id` or
/// `entity_id`) among its topics or data.
pub async fn verify<P: Provider>(provider: &P, record: &Value) -> Result<Verified, VerifyError> {
    let tx_hash: B256 = field(record, "tx_hash")?;
    let block_hash: B256 = field(record, "block_hash")?;
    let block_number = number(record, "block_number")?;
    let log_index = number(record, "log_index")?;
    let receipt = provider.get_transaction_receipt(tx_hash).await?.ok_or(VerifyError::NoTransaction(tx_hash))?;
    if receipt.block_hash != Some(block_hash) {
        return Err(mismatch("block hash", block_hash, receipt.block_hash.unwrap_or_default()));
    }
    if receipt.block_number != Some(block_number) {
        return Err(mismatch("block number", block_number, receipt.block_number.unwrap_or_default()));
    }
    let canonical =
        provider.get_block_by_number(block_number.into()).await?.map(|block| block.header.hash).unwrap_or_default();
    if canonical != block_hash {
        return Err(mismatch("canonical block hash", block_hash, canonical));
    }
    let log = receipt
        .inner
        .logs()
        .iter()
        .find(|log| log.log_index == Some(log_index))
        .ok_or_else(|| mismatch("log index", log_index, "no such log in the transaction"))?;
    let (contract, event) = decode(&log.inner).ok_or(VerifyError::NotEchoRift(log_index))?;
    if let Some(expected) = record["event"].as_str()
        && expected != event
    {
        return Err(mismatch("event", expected, &event));
    }
    if let Some(address) = record["address"].as_str() {
        let address: Address = address.parse().map_err(|_| VerifyError::Field("address"))?;
        if address != log.address() {
            return Err(mismatch("contract address", address, log.address()));
        }
    }
    let id = record["entity_id"].as_str().or_else(|| record["id"].as_str());
    if let Some(id) = id {
        let id: B256 = id.parse().map_err(|_| VerifyError::Field("id"))?;
        let carried = log.topics().contains(&id) || log.data().data.windows(32).any(|word| word == id.as_slice());
        if !carried {
            return Err(mismatch("id", id, format!("not in the {event} log")));
        }
    }
    Ok(Verified { contract, event, address: log.address(), block_number, block_hash, tx_hash, log_index })
}
