//! The fetch stage: `eth_getLogs` over adaptive block ranges, several in flight, decoded through
//! the bindings and handed on in chain order through a bounded queue.
//!
//! Range sizes follow the answers: a range grows while answers hold fewer logs than the target
//! and shrinks towards it when they hold more, so memory stays bounded on dense ranges and
//! sparse ones are crossed in few calls; a range the RPC refuses as too large is split in two.
//! Until the first answer arrives only one request is in flight, so a dense start cannot load
//! several oversized answers at once.

use std::{
    collections::HashMap,
    future::Future,
    pin::Pin,
    sync::{Arc, Mutex},
};

use alloy::{
    eips::BlockNumberOrTag,
    primitives::{Address, B256},
    rpc::types::Log,
};
use futures::{StreamExt, stream::FuturesOrdered};
use tokio::sync::mpsc;

use crate::{
    contracts::{Contract, DecodeError},
    event::{Event, Header},
    rpc::{LogsError, Rpc, retry},
    store::Batch,
};

/// How the fetcher sizes and overlaps its requests.
#[derive(Debug, Clone, Copy)]
pub struct FetchOptions {
    /// Requests in flight at once.
    pub concurrency: usize,
    /// The number of logs one answer should hold.
    pub target_logs: usize,
    /// The first range, in blocks.
    pub initial_range: u64,
    /// The largest range, in blocks.
    pub max_range: u64,
}

/// Why a batch could not be fetched.
#[derive(Debug, thiserror::Error)]
pub enum FetchError {
    /// A followed contract emitted a log the bindings cannot decode.
    #[error(transparent)]
    Decode(#[from] DecodeError),
    /// The RPC's answers disagree with each other (a reorg while fetching): refetch.
    #[error("the chain changed while fetching blocks {from}..={to}: {what}")]
    Inconsistent {
        /// First block of the batch.
        from: u64,
        /// Last block of the batch.
        to: u64,
        /// What disagreed.
        what: String,
    },
}

/// The adaptive range size (see the module documentation).
#[derive(Debug)]
struct RangeSizer {
    size: u64,
    options: FetchOptions,
}

impl RangeSizer {
    fn observe(&mut self, blocks: u64, logs: usize) {
        let target = self.options.target_logs.max(1) as u64;
        let ideal = if logs == 0 { blocks.saturating_mul(2) } else { blocks.saturating_mul(target) / logs as u64 };
        // Grow at most twofold per answer; shrink at once.
        self.size = ideal.clamp(1, self.size.saturating_mul(2).max(2)).min(self.options.max_range.max(1));
    }

    fn too_large(&mut self, blocks: u64) {
        self.size = self.size.min((blocks / 2).max(1));
    }
}

/// Fetches and decodes batches of logs of the followed contracts.
#[derive(Debug)]
pub struct Fetcher {
    rpc: Rpc,
    addresses: Vec<Address>,
    contracts: HashMap<Address, (&'static str, &'static Contract)>,
    sizer: Mutex<RangeSizer>,
    concurrency: usize,
}

impl Fetcher {
    /// A fetcher for `contracts` (deployments name, address, decoder).
    pub fn new(rpc: Rpc, contracts: &[(String, Address, &'static Contract)], options: FetchOptions) -> Self {
        let contracts: HashMap<_, _> =
            contracts.iter().map(|(_, address, contract)| (*address, (contract.name, *contract))).collect();
        Self {
            rpc,
            addresses: contracts.keys().copied().collect(),
            contracts,
            sizer: Mutex::new(RangeSizer { size: options.initial_range.max(1), options }),
            concurrency: options.concurrency.max(1),
        }
    }

    fn range_size(&self) -> u64 {
        self.sizer.lock().map_or(1, |sizer| sizer.size)
    }

    fn with_sizer(&self, update: impl FnOnce(&mut RangeSizer)) {
        if let Ok(mut sizer) = self.sizer.lock() {
            update(&mut sizer);
        }
    }

    /// Fetches `from..=to` and sends the batches, in order, into `queue`; stops at the first
    /// error (sent too) or when the queue's receiver is gone. Blocks from `verify_from` on are
    /// fetched with every header, so that forks there can be seen.
    pub async fn produce(
        self: Arc<Self>,
        from: u64,
        to: u64,
        verify_from: u64,
        queue: mpsc::Sender<Result<Batch, FetchError>>,
    ) {
        let mut next = from;
        let mut in_flight = FuturesOrdered::new();
        let mut answered = false;
        loop {
            let allowed = if answered { self.concurrency } else { 1 };
            while in_flight.len() < allowed && next <= to {
                let end = next.saturating_add(self.range_size() - 1).min(to);
                let fetcher = Arc::clone(&self);
                in_flight.push_back(async move { fetcher.batch(next, end, end >= verify_from).await });
                next = end + 1;
            }
            let Some(result) = in_flight.next().await else { return };
            answered = true;
            let failed = result.is_err();
            if queue.send(result).await.is_err() || failed {
                return;
            }
        }
    }

    /// One batch: the logs of `from..=to`, the headers it needs, decoded and checked.
    pub async fn batch(&self, from: u64, to: u64, all_headers: bool) -> Result<Batch, FetchError> {
        let logs = self.logs(from, to).await;
        self.with_sizer(|sizer| sizer.observe(to - from + 1, logs.len()));

        let numbers: Vec<u64> = if all_headers { (from..=to).collect() } else { vec![to] };
        let headers: Vec<Header> = futures::stream::iter(numbers)
            .map(|number| self.rpc.header(BlockNumberOrTag::Number(number)))
            .buffered(8)
            .collect()
            .await;
        let inconsistent = |what: String| FetchError::Inconsistent { from, to, what };
        for pair in headers.windows(2) {
            if pair[1].parent_hash != pair[0].hash {
                return Err(inconsistent(format!(
                    "block {} does not build on block {}",
                    pair[1].number, pair[0].number
                )));
            }
        }
        let mut known: HashMap<u64, (B256, u64)> =
            headers.iter().map(|header| (header.number, (header.hash, header.timestamp))).collect();

        let mut events = Vec::with_capacity(logs.len());
        for log in &logs {
            let (Some(block_number), Some(block_hash), Some(tx_hash), Some(tx_index), Some(log_index)) =
                (log.block_number, log.block_hash, log.transaction_hash, log.transaction_index, log.log_index)
            else {
                return Err(inconsistent("a log without its block, transaction or index (pending?)".into()));
            };
            if log.removed {
                return Err(inconsistent(format!("log {log_index} of block {block_number} was removed")));
            }
            let block_timestamp = match (known.get(&block_number), log.block_timestamp) {
                (Some((hash, _)), _) if *hash != block_hash => {
                    return Err(inconsistent(format!(
                        "block {block_number} has hash {hash}, its log says {block_hash}"
                    )));
                }
                (Some((_, timestamp)), _) => *timestamp,
                (None, Some(timestamp)) => timestamp,
                // An RPC that leaves the block time out of logs: read it from the header, once.
                (None, None) => {
                    let header = self.rpc.header(BlockNumberOrTag::Number(block_number)).await;
                    if header.hash != block_hash {
                        return Err(inconsistent(format!("block {block_number} changed while fetching")));
                    }
                    known.insert(block_number, (header.hash, header.timestamp));
                    header.timestamp
                }
            };
            let Some((contract_name, contract)) = self.contracts.get(&log.address()) else { continue };
            let decoded = (contract.decode)(&log.inner)?;
            events.push(Event {
                block_number,
                block_hash,
                block_timestamp,
                tx_hash,
                tx_index,
                log_index,
                address: log.address(),
                contract: (*contract_name).to_owned(),
                name: decoded.name.to_owned(),
                entity: decoded.entity.map(|(table, id)| (table.to_owned(), id)),
                fields: decoded.fields,
            });
        }
        events.sort_by_key(Event::position);
        Ok(Batch { from, to, events, headers })
    }

    /// Every log of `from..=to`: split while the RPC finds the range too large, retried with
    /// backoff on any other failure.
    fn logs(&self, from: u64, to: u64) -> Pin<Box<dyn Future<Output = Vec<Log>> + Send + '_>> {
        Box::pin(async move {
            let answer = retry(&format!("eth_getLogs({from}..={to})"), || async {
                match self.rpc.logs_once(&self.addresses, from, to).await {
                    Ok(logs) => Ok(Some(logs)),
                    Err(LogsError::TooLarge { blocks, .. }) if blocks > 1 => {
                        self.with_sizer(|sizer| sizer.too_large(blocks));
                        Ok(None)
                    }
                    // A single block cannot be split: retried like any failure.
                    Err(err) => Err(err.to_string()),
                }
            })
            .await;
            match answer {
                Some(logs) => logs,
                None => {
                    let middle = from + (to - from) / 2;
                    tracing::debug!(from, to, "range too large for the RPC; splitting");
                    let mut logs = self.logs(from, middle).await;
                    logs.extend(self.logs(middle + 1, to).await);
                    logs
                }
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sizer(size: u64) -> RangeSizer {
        RangeSizer {
            size,
            options: FetchOptions { concurrency: 4, target_logs: 1000, initial_range: size, max_range: 10_000 },
        }
    }

    #[test]
    fn ranges_grow_while_answers_are_small_and_shrink_when_dense() {
        let mut s = sizer(10);
        s.observe(10, 0);
        assert_eq!(s.size, 20, "empty answers double the range");
        s.observe(20, 10);
        assert_eq!(s.size, 40, "growth is at most twofold");
        s.observe(40, 8_000);
        assert_eq!(s.size, 5, "a dense answer shrinks the range to the target at once");
        s.too_large(5);
        assert_eq!(s.size, 2);
        for _ in 0..40 {
            s.observe(s.size, 0);
        }
        assert_eq!(s.size, 10_000, "never beyond the maximum");
    }
}
