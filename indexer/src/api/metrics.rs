//! Prometheus metrics in the text exposition format, written by hand (a few counters, gauges
//! and one histogram do not justify a metrics framework): the indexed block, chain head and lag,
//! events per second, RPC errors, reorgs, and request counts and latency by route.

use std::{
    collections::BTreeMap,
    fmt::Write as _,
    sync::{
        Mutex,
        atomic::{AtomicI64, AtomicU64, Ordering},
    },
    time::Duration,
};

use super::query::AsOf;

/// Latency histogram bucket bounds, in seconds.
const BUCKETS: &[f64] = &[0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5];

#[derive(Debug, Default)]
struct Histogram {
    counts: Vec<u64>,
    sum: f64,
    count: u64,
}

/// What the API counts.
#[derive(Debug, Default)]
pub struct Metrics {
    latency: Mutex<BTreeMap<String, Histogram>>,
    responses: Mutex<BTreeMap<(String, u16), u64>>,
    /// Open event streams.
    pub streams: AtomicI64,
    /// Events indexed per second, averaged over the sampler's window, × 1000.
    pub events_per_second_milli: AtomicU64,
    /// Events in the index.
    pub events_total: AtomicU64,
}

impl Metrics {
    /// Records one answered request.
    pub fn observe(&self, route: &str, status: u16, elapsed: Duration) {
        let seconds = elapsed.as_secs_f64();
        if let Ok(mut latency) = self.latency.lock() {
            let histogram = latency.entry(route.to_owned()).or_default();
            if histogram.counts.is_empty() {
                histogram.counts = vec![0; BUCKETS.len()];
            }
            for (bound, count) in BUCKETS.iter().zip(histogram.counts.iter_mut()) {
                if seconds <= *bound {
                    *count += 1;
                }
            }
            histogram.sum += seconds;
            histogram.count += 1;
        }
        if let Ok(mut responses) = self.responses.lock() {
            *responses.entry((route.to_owned(), status)).or_default() += 1;
        }
    }

    /// The exposition text.
    pub fn render(&self, as_of: &AsOf, mode: &str) -> String {
        let mut out = String::new();
        let gauge = |out: &mut String, name: &str, help: &str, value: Option<f64>| {
            let _ = writeln!(out, "# HELP {name} {help}\n# TYPE {name} gauge");
            if let Some(value) = value {
                let _ = writeln!(out, "{name} {value}");
            }
        };
        let indexed = as_of.block_number.map(|n| n as f64);
        let head = as_of.chain_head.map(|n| n as f64);
        gauge(&mut out, "echorift_indexed_block", "The last block whose events are all indexed.", indexed);
        gauge(&mut out, "echorift_chain_head", "The chain head when the indexer last looked.", head);
        gauge(
            &mut out,
            "echorift_lag_blocks",
            "Blocks between the chain head and the indexed block.",
            match (head, indexed) {
                (Some(head), Some(indexed)) => Some((head - indexed).max(0.0)),
                _ => None,
            },
        );
        gauge(
            &mut out,
            "echorift_indexed_block_timestamp_seconds",
            "Timestamp of the indexed block: the chain time answers are computed at.",
            as_of.block_timestamp.map(|t| t as f64),
        );
        gauge(
            &mut out,
            "echorift_events_per_second",
            "Events indexed per second over the last 10 seconds.",
            Some(self.events_per_second_milli.load(Ordering::Relaxed) as f64 / 1000.0),
        );
        gauge(
            &mut out,
            "echorift_stream_clients",
            "Open event streams.",
            Some(self.streams.load(Ordering::Relaxed) as f64),
        );
        let counter = |out: &mut String, name: &str, help: &str, value: f64| {
            let _ = writeln!(out, "# HELP {name} {help}\n# TYPE {name} counter\n{name} {value}");
        };
        counter(
            &mut out,
            "echorift_events_total",
            "Events in the index.",
            self.events_total.load(Ordering::Relaxed) as f64,
        );
        counter(&mut out, "echorift_reorgs_total", "Reorgs rolled back.", as_of.reorgs as f64);
        let rpc_errors = if mode == "daemon" { crate::rpc::rpc_errors() as f64 } else { 0.0 };
        counter(&mut out, "echorift_rpc_errors_total", "Failed RPC calls (each is retried).", rpc_errors);
        let _ = writeln!(out, "# HELP echorift_api_info The API's mode (daemon or read-only serve).");
        let _ = writeln!(out, "# TYPE echorift_api_info gauge\nechorift_api_info{{mode=\"{mode}\"}} 1");

        let _ = writeln!(out, "# HELP echorift_http_responses_total Answered requests by route and status.");
        let _ = writeln!(out, "# TYPE echorift_http_responses_total counter");
        if let Ok(responses) = self.responses.lock() {
            for ((route, status), count) in responses.iter() {
                let _ = writeln!(out, "echorift_http_responses_total{{route=\"{route}\",status=\"{status}\"}} {count}");
            }
        }
        let _ = writeln!(out, "# HELP echorift_http_request_duration_seconds Time to answer a request, by route.");
        let _ = writeln!(out, "# TYPE echorift_http_request_duration_seconds histogram");
        if let Ok(latency) = self.latency.lock() {
            for (route, histogram) in latency.iter() {
                for (bound, count) in BUCKETS.iter().zip(&histogram.counts) {
                    let _ = writeln!(
                        out,
                        "echorift_http_request_duration_seconds_bucket{{route=\"{route}\",le=\"{bound}\"}} {count}"
                    );
                }
                let _ = writeln!(
                    out,
                    "echorift_http_request_duration_seconds_bucket{{route=\"{route}\",le=\"+Inf\"}} {}\n\
                     echorift_http_request_duration_seconds_sum{{route=\"{route}\"}} {}\n\
                     echorift_http_request_duration_seconds_count{{route=\"{route}\"}} {}",
                    histogram.count, histogram.sum, histogram.count
                );
            }
        }
        out
    }
}
