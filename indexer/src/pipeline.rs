//! The one loop: backfill and live following are the same rounds, from the checkpoint to the
//! head the RPC reports, so there is no switch where a block could be missed or stored twice.
//!
//! Each round spawns the fetch stage for `checkpoint+1..=head` (bounded queue) and commits its
//! batches in order. Blocks within the reorg window of the head are fetched with every header;
//! a block whose parent is not the stored block before it, or a stored block that is no longer
//! canonical, means a reorg: the round stops, the fork point is found among the remembered
//! blocks, the store rolls back to it, and the next round re-applies the new branch.

use std::{collections::BTreeMap, sync::Arc, time::Duration};

use alloy::{eips::BlockNumberOrTag, rpc::types::Header as RpcHeader};
use futures::StreamExt;
use tokio::sync::{mpsc, watch};

use crate::{
    event::Header,
    fetch::{FetchError, Fetcher},
    progress::Progress,
    rpc::Rpc,
    store::{Checkpoint, Store, StoreError},
};

/// How the loop behaves.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// The first block to index (when the store is empty).
    pub start_block: u64,
    /// Blocks near the head that may still be reorganised: fetched with every header and
    /// remembered, so a fork within them is found and rolled back.
    pub reorg_window: u64,
    /// How often to ask for the head when there is no subscription (and, with one, the longest
    /// wait before asking anyway).
    pub poll_interval: Duration,
    /// Batches waiting between the fetch and store stages.
    pub queue: usize,
    /// Stop once the head seen at start is indexed, instead of following the chain.
    pub until_caught_up: bool,
}

/// Why the loop stopped with an error.
#[derive(Debug, thiserror::Error)]
pub enum PipelineError {
    /// The store failed.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// A log could not be decoded.
    #[error(transparent)]
    Decode(#[from] crate::contracts::DecodeError),
    /// The chain reorganised below every remembered block.
    #[error(
        "the chain reorganised deeper than the {window} remembered blocks (none of blocks {oldest}..={newest} is \
         canonical any more): re-index into a new database, or raise --reorg-window"
    )]
    ReorgTooDeep {
        /// The reorg window.
        window: u64,
        /// The oldest remembered block.
        oldest: u64,
        /// The newest remembered block.
        newest: u64,
    },
}

/// What a run did.
#[derive(Debug, Clone, Copy, Default)]
pub struct Summary {
    /// Events committed.
    pub events: u64,
    /// Blocks committed.
    pub blocks: u64,
    /// Reorgs rolled back.
    pub reorgs: u64,
    /// The checkpoint at the end.
    pub checkpoint: Option<u64>,
}

/// Where news of a head comes from.
#[derive(Debug)]
pub enum Heads {
    /// Ask every interval.
    Poll,
    /// A `newHeads` subscription (websocket).
    Subscription {
        /// The notifications.
        stream: alloy::pubsub::SubscriptionStream<RpcHeader>,
        /// The websocket connection, which lives as long as this does.
        connection: alloy::providers::DynProvider,
    },
}

impl Heads {
    /// Waits until a new head may be there, or `interval` passed.
    async fn wait(&mut self, interval: Duration) {
        match self {
            Self::Poll => tokio::time::sleep(interval).await,
            Self::Subscription { stream, .. } => {
                tokio::select! {
                    next = stream.next() => if next.is_none() {
                        tracing::warn!("the head subscription ended; polling instead");
                        *self = Self::Poll;
                    },
                    () = tokio::time::sleep(interval) => {}
                }
            }
        }
    }
}

/// The loop's state between rounds.
struct Follower<'a, S> {
    store: &'a mut S,
    rpc: Rpc,
    fetcher: Arc<Fetcher>,
    options: Options,
    checkpoint: Option<Checkpoint>,
    /// Remembered recent blocks, by number.
    known: BTreeMap<u64, Header>,
    progress: &'a mut Progress,
    summary: Summary,
}

/// What ended a round early.
enum Interrupt {
    Reorg,
    Shutdown,
}

/// Runs until `shutdown` turns true (or, with `until_caught_up`, the start head is indexed).
pub async fn run<S: Store>(
    store: &mut S,
    rpc: Rpc,
    fetcher: Arc<Fetcher>,
    mut heads: Heads,
    options: Options,
    progress: &mut Progress,
    mut shutdown: watch::Receiver<bool>,
) -> Result<Summary, PipelineError> {
    let checkpoint = store.checkpoint().await?;
    let known = store.recent_blocks().await?.into_iter().map(|header| (header.number, header)).collect();
    let mut follower =
        Follower { store, rpc, fetcher, options, checkpoint, known, progress, summary: Summary::default() };
    let mut target = None;
    loop {
        if *shutdown.borrow() {
            break;
        }
        let head = tokio::select! {
            head = follower.rpc.header(BlockNumberOrTag::Latest) => head,
            _ = shutdown.changed() => break,
        };
        let target = *target.get_or_insert(head.number);
        follower.store.set_chain_head(head.number).await?;
        if follower.tip_moved(&head).await {
            follower.reorg().await?;
            continue;
        }
        let next = follower.next_block();
        if next <= head.number {
            match follower.round(next, &head, &mut shutdown).await? {
                Some(Interrupt::Shutdown) => break,
                Some(Interrupt::Reorg) => {
                    follower.reorg().await?;
                    continue;
                }
                None => {}
            }
        }
        if follower.next_block() > head.number {
            follower.progress.caught_up(head.number);
            if options.until_caught_up && follower.next_block() > target {
                break;
            }
            tokio::select! {
                () = heads.wait(options.poll_interval) => {}
                _ = shutdown.changed() => break,
            }
        }
    }
    follower.summary.checkpoint = follower.checkpoint.map(|checkpoint| checkpoint.number);
    follower.summary.events = follower.progress.events();
    follower.summary.blocks = follower.progress.blocks();
    Ok(follower.summary)
}

impl<S: Store> Follower<'_, S> {
    fn next_block(&self) -> u64 {
        self.checkpoint.map_or(self.options.start_block, |checkpoint| checkpoint.number + 1)
    }

    /// Whether the newest remembered block at or below the head is no longer canonical.
    async fn tip_moved(&self, head: &Header) -> bool {
        let limit = self.checkpoint.map_or(0, |checkpoint| checkpoint.number).min(head.number);
        let Some((&number, stored)) = self.known.range(..=limit).next_back() else { return false };
        let canonical =
            if number == head.number { *head } else { self.rpc.header(BlockNumberOrTag::Number(number)).await };
        canonical.hash != stored.hash
    }

    /// Fetches and commits `next..=head`.
    async fn round(
        &mut self,
        next: u64,
        head: &Header,
        shutdown: &mut watch::Receiver<bool>,
    ) -> Result<Option<Interrupt>, PipelineError> {
        self.progress.round(next, head.number);
        let verify_from = head.number.saturating_sub(self.options.reorg_window) + 1;
        let (sender, mut batches) = mpsc::channel(self.options.queue.max(1));
        let producer = tokio::spawn(Arc::clone(&self.fetcher).produce(next, head.number, verify_from, sender));
        // Dropping the producer's handle does not stop it: abort it on every way out.
        let _guard = AbortOnDrop(producer);
        let mut pending = None;
        loop {
            let next = match pending.take() {
                Some(next) => Some(next),
                None => tokio::select! {
                    batch = batches.recv() => batch,
                    _ = shutdown.changed() => return Ok(Some(Interrupt::Shutdown)),
                },
            };
            let mut batch = match next {
                None => return Ok(None),
                Some(Ok(batch)) => batch,
                Some(Err(FetchError::Decode(err))) => return Err(err.into()),
                Some(Err(err @ FetchError::Inconsistent { .. })) => {
                    self.progress.suspend(|| tracing::warn!(%err, "refetching"));
                    return Ok(Some(Interrupt::Reorg));
                }
            };
            // Batches already waiting join this transaction: fewer, larger commits write each
            // B-tree page to the WAL fewer times. Nothing waits for more, so live latency is
            // unchanged.
            while batch.events.len() < MERGE_EVENTS {
                match batches.try_recv() {
                    Ok(Ok(next)) if follows(&batch, &next) => merge(&mut batch, next),
                    Ok(other) => {
                        pending = Some(other);
                        break;
                    }
                    Err(_) => break,
                }
            }
            if let (Some(first), Some(checkpoint)) = (batch.headers.first(), self.checkpoint)
                && first.number == checkpoint.number + 1
                && first.parent_hash != checkpoint.hash
            {
                return Ok(Some(Interrupt::Reorg));
            }
            // Committed whole even if a shutdown arrives meanwhile: a batch is never half-stored.
            self.store.commit(&batch).await?;
            for header in &batch.headers {
                self.known.insert(header.number, *header);
            }
            let keep_from = batch.to.saturating_sub(self.options.reorg_window) + 1;
            self.known = self.known.split_off(&keep_from);
            if let Some(last) = batch.headers.last() {
                self.checkpoint = Some(Checkpoint { number: last.number, hash: last.hash });
            }
            self.progress.committed(batch.to, batch.to - batch.from + 1, batch.events.len(), head.number);
        }
    }

    /// Finds the newest remembered block that is still canonical and rolls back to it.
    async fn reorg(&mut self) -> Result<(), PipelineError> {
        let Some(checkpoint) = self.checkpoint else { return Ok(()) };
        let mut fork = None;
        for (&number, stored) in self.known.iter().rev() {
            if number > checkpoint.number {
                continue;
            }
            if self.rpc.header(BlockNumberOrTag::Number(number)).await.hash == stored.hash {
                fork = Some(number);
                break;
            }
        }
        let Some(fork) = fork else {
            let oldest = self.known.keys().next().copied().unwrap_or(checkpoint.number);
            return Err(PipelineError::ReorgTooDeep {
                window: self.options.reorg_window,
                oldest,
                newest: checkpoint.number,
            });
        };
        if fork == checkpoint.number {
            // Only blocks not yet stored changed: nothing to undo.
            return Ok(());
        }
        self.store.rollback(fork).await?;
        self.progress.suspend(|| {
            tracing::warn!(fork, depth = checkpoint.number - fork, "chain reorganised; rolled back to the fork point")
        });
        self.known.retain(|&number, _| number <= fork);
        self.checkpoint = self.known.get(&fork).map(|header| Checkpoint { number: fork, hash: header.hash });
        self.summary.reorgs += 1;
        Ok(())
    }
}

/// Events in one transaction at most when merging waiting batches.
const MERGE_EVENTS: usize = 6_000;

/// Whether `next` starts right after `batch` and, where both have the headers, builds on it.
fn follows(batch: &crate::store::Batch, next: &crate::store::Batch) -> bool {
    let linked = match (batch.headers.last(), next.headers.first()) {
        (Some(last), Some(first)) if first.number == last.number + 1 => first.parent_hash == last.hash,
        _ => true,
    };
    next.from == batch.to + 1 && linked
}

/// Appends `next` to `batch`.
fn merge(batch: &mut crate::store::Batch, next: crate::store::Batch) {
    batch.to = next.to;
    batch.events.extend(next.events);
    batch.headers.extend(next.headers);
}

/// Aborts a spawned task when dropped.
struct AbortOnDrop(tokio::task::JoinHandle<()>);

impl Drop for AbortOnDrop {
    fn drop(&mut self) {
        self.0.abort();
    }
}
