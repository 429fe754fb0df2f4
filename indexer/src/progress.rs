//! What the operator sees: a progress bar with blocks/s and ETA while backfilling on a
//! terminal, log lines otherwise (plain or JSON, through `tracing`).

use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// Log a progress line at most this often when there is no bar.
const LOG_EVERY: Duration = Duration::from_secs(5);

/// Progress reporting for the pipeline.
#[derive(Debug)]
pub struct Progress {
    bar: Option<ProgressBar>,
    last_log: Instant,
    started: Instant,
    events: u64,
    blocks: u64,
    live: bool,
}

impl Progress {
    /// A bar on stderr if `bar` (stderr is a terminal and logs are not JSON), log lines otherwise.
    pub fn new(bar: bool) -> Self {
        let bar = bar.then(|| {
            let bar = ProgressBar::with_draw_target(Some(0), ProgressDrawTarget::stderr());
            let style = ProgressStyle::with_template(
                "{spinner} backfill [{bar:30}] block {pos}/{len} {per_sec} ETA {eta} {msg}",
            )
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .progress_chars("=> ");
            bar.set_style(style);
            bar
        });
        Self { bar, last_log: Instant::now(), started: Instant::now(), events: 0, blocks: 0, live: false }
    }

    /// Events committed so far in this run.
    pub fn events(&self) -> u64 {
        self.events
    }

    /// Blocks committed so far in this run.
    pub fn blocks(&self) -> u64 {
        self.blocks
    }

    /// Seconds since the run started.
    pub fn elapsed(&self) -> Duration {
        self.started.elapsed()
    }

    /// A round from `next` to `head` begins.
    pub fn round(&mut self, next: u64, head: u64) {
        if let Some(bar) = &self.bar
            && !self.live
        {
            bar.set_length(head + 1);
            if bar.position() == 0 {
                bar.set_position(next.saturating_sub(1));
                bar.reset_eta();
            }
        }
    }

    /// A batch ending at block `to` with `events` events was committed; the head is `head`.
    pub fn committed(&mut self, to: u64, blocks: u64, events: usize, head: u64) {
        self.events += events as u64;
        self.blocks += blocks;
        if let Some(bar) = &self.bar {
            bar.set_position(to);
            bar.set_message(format!("{} events", self.events));
        } else if self.last_log.elapsed() >= LOG_EVERY || self.live {
            self.last_log = Instant::now();
            let rate = self.blocks as f64 / self.started.elapsed().as_secs_f64().max(1e-3);
            tracing::info!(
                block = to,
                head,
                lag = head.saturating_sub(to),
                events = self.events,
                blocks_per_s = rate as u64,
                "indexed"
            );
        }
    }

    /// The index reached the head: from now on it follows it.
    pub fn caught_up(&mut self, head: u64) {
        if !self.live {
            if let Some(bar) = self.bar.take() {
                bar.finish_and_clear();
            }
            tracing::info!(
                head,
                events = self.events,
                seconds = self.started.elapsed().as_secs_f64(),
                "caught up with the chain; following new blocks"
            );
            self.live = true;
        }
    }

    /// Logs a message without tearing the bar.
    pub fn suspend<R>(&self, f: impl FnOnce() -> R) -> R {
        match &self.bar {
            Some(bar) => bar.suspend(f),
            None => f(),
        }
    }
}
