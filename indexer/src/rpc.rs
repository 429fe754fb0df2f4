//! The RPC as the pipeline needs it: every call under a timeout, transient failures retried
//! with capped exponential backoff (an RPC that fails a share of requests slows the indexer
//! down, never stops it), and `eth_getLogs` failures that mean "ask for less" told apart.

use std::{future::Future, time::Duration};

use alloy::{
    eips::BlockNumberOrTag,
    primitives::Address,
    providers::{DynProvider, Provider},
    rpc::types::{Filter, Log},
    transports::TransportError,
};

use crate::event::Header;

/// The first retry waits this long; each further one twice as long, up to [`MAX_BACKOFF`].
const FIRST_BACKOFF: Duration = Duration::from_millis(50);
/// The longest wait between retries.
const MAX_BACKOFF: Duration = Duration::from_secs(5);

/// Why one `eth_getLogs` call failed.
#[derive(Debug, thiserror::Error)]
pub enum LogsError {
    /// The range holds too much for the RPC (too many results, response too large, timeout):
    /// ask for a smaller one.
    #[error("eth_getLogs over {blocks} blocks was too large for the RPC: {reason}")]
    TooLarge {
        /// The range's length.
        blocks: u64,
        /// What the RPC said.
        reason: String,
    },
    /// Anything else: retry later.
    #[error("eth_getLogs failed: {0}")]
    Other(#[source] TransportError),
}

/// An RPC endpoint with timeouts and retries.
#[derive(Debug, Clone)]
pub struct Rpc {
    provider: DynProvider,
    timeout: Duration,
}

impl Rpc {
    /// Wraps `provider`; each call gives up after `timeout`.
    pub fn new(provider: DynProvider, timeout: Duration) -> Self {
        Self { provider, timeout }
    }

    /// The underlying provider.
    pub fn provider(&self) -> &DynProvider {
        &self.provider
    }

    /// One `eth_getLogs` call over `from..=to` for `addresses`, classified.
    pub async fn logs_once(&self, addresses: &[Address], from: u64, to: u64) -> Result<Vec<Log>, LogsError> {
        let filter = Filter::new().address(addresses.to_vec()).from_block(from).to_block(to);
        let blocks = to - from + 1;
        match tokio::time::timeout(self.timeout, self.provider.get_logs(&filter)).await {
            Err(_) => Err(LogsError::TooLarge { blocks, reason: format!("no answer within {:?}", self.timeout) }),
            Ok(Ok(logs)) => Ok(logs),
            Ok(Err(err)) if means_too_large(&err) => Err(LogsError::TooLarge { blocks, reason: err.to_string() }),
            Ok(Err(err)) => Err(LogsError::Other(err)),
        }
    }

    /// A block's header by number or tag, retried until the RPC has it.
    pub async fn header(&self, block: BlockNumberOrTag) -> Header {
        retry(&format!("eth_getBlockByNumber({block})"), || async {
            let response = tokio::time::timeout(self.timeout, self.provider.get_block_by_number(block))
                .await
                .map_err(|_| format!("no answer within {:?}", self.timeout))?
                .map_err(|err| err.to_string())?;
            let block = response.ok_or_else(|| "the RPC does not have the block yet".to_owned())?;
            Ok(Header {
                number: block.header.number,
                hash: block.header.hash,
                parent_hash: block.header.parent_hash,
                timestamp: block.header.timestamp,
            })
        })
        .await
    }
}

/// Failed RPC calls since the process started (each was retried), for the API's metrics.
static RPC_ERRORS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

/// How many RPC calls have failed (and been retried) since the process started.
pub fn rpc_errors() -> u64 {
    RPC_ERRORS.load(std::sync::atomic::Ordering::Relaxed)
}

/// Runs `call` until it succeeds, waiting longer after each failure and logging it.
pub async fn retry<T, F, Fut>(what: &str, mut call: F) -> T
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<T, String>>,
{
    let mut backoff = FIRST_BACKOFF;
    let mut failures = 0u32;
    loop {
        match call().await {
            Ok(value) => return value,
            Err(reason) => {
                failures += 1;
                RPC_ERRORS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                tracing::warn!(call = what, failures, retry_in_ms = backoff.as_millis() as u64, %reason, "RPC call failed; retrying");
                tokio::time::sleep(backoff).await;
                backoff = (backoff * 2).min(MAX_BACKOFF);
            }
        }
    }
}

/// Whether an `eth_getLogs` error means the range was too big. Providers word it differently:
/// "query returned more than 10000 results" (geth, Infura), "Log response size exceeded"
/// (Alchemy), "block range is too wide", "limit exceeded", HTTP 413, or a server-side timeout.
fn means_too_large(err: &TransportError) -> bool {
    const HINTS: &[&str] = &[
        "too many",
        "more than",
        "limit exceeded",
        "range",
        "size exceeded",
        "response size",
        "too large",
        "too big",
        "timeout",
        "timed out",
        "413",
    ];
    let text = err.to_string().to_ascii_lowercase();
    HINTS.iter().any(|hint| text.contains(hint))
}

#[cfg(test)]
mod tests {
    use super::*;
    fn rpc_error(message: &str) -> TransportError {
        TransportError::local_usage_str(message)
    }

    #[test]
    fn provider_wordings_of_too_many_results_are_recognised() {
        for message in [
            "query returned more than 10000 results",
            "Log response size exceeded. You can make eth_getLogs requests with up to a 2K block range",
            "block range is too wide",
            "eth_getLogs is limited to a 10,000 range",
            "request timed out",
        ] {
            assert!(means_too_large(&rpc_error(message)), "{message}");
        }
        assert!(!means_too_large(&rpc_error("internal error")));
        assert!(!means_too_large(&rpc_error("header not found")));
    }
}
