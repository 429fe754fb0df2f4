//! Prometheus metrics in the text exposition format, written by hand (a few counters, gauges
//! and one histogram do not justify a metrics framework): the indexed block, chain head and lag,
//! events per second, RPC errors, reorgs, and request counts and latency by route.

use std::{
    fmt::Write as _,
    sync::atomic::{AtomicI64, AtomicU64, Ordering},
    time::Duration,
};

use super::query::AsOf;

/// Latency histogram bucket bounds, in seconds.
const BUCKETS: &[f64] = &[0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5];

/// Routes measured (the router's paths); anything else counts as `unmatched`.
const ROUTES: &[&str] = &[
    "/health",
    "/ready",
    "/metrics",
    "/openapi.json",
    "/v1/status",
    "/v1/tasks",
    "/v1/tasks/{id}",
    "/v1/tasks/{id}/history",
    "/v1/escrows",
    "/v1/escrows/{id}",
    "/v1/escrows/{id}/history",
    "/v1/attestations",
    "/v1/attestations/{id}",
    "/v1/attestations/{id}/history",
    "/v1/schemas",
    "/v1/schemas/{id}",
    "/v1/policies",
    "/v1/policies/{id}",
    "/v1/policies/{id}/history",
    "/v1/inbox/{address}",
    "/v1/stream",
    "unmatched",
];
/// Statuses counted by value; others count as `other`.
const STATUSES: &[u16] = &[200, 400, 404, 405, 500, 503];

/// One route's counters, lock-free.
#[derive(Debug)]
struct Route {
    buckets: [AtomicU64; BUCKETS.len()],
    sum_us: AtomicU64,
    count: AtomicU64,
    statuses: [AtomicU64; STATUSES.len() + 1],
}

impl Default for Route {
    fn default() -> Self {
        Self {
            buckets: std::array::from_fn(|_| AtomicU64::new(0)),
            sum_us: AtomicU64::new(0),
            count: AtomicU64::new(0),
            statuses: std::array::from_fn(|_| AtomicU64::new(0)),
        }
    }
}

/// What the API counts.
#[derive(Debug)]
pub struct Metrics {
    routes: Vec<Route>,
    /// Open event streams.
    pub streams: AtomicI64,
    /// Events indexed per second, averaged over the sampler's window, × 1000.
    pub events_per_second_milli: AtomicU64,
    /// Events in the index.
    pub events_total: AtomicU64,
}

impl Default for Metrics {
    fn default() -> Self {
        Self {
            routes: ROUTES.iter().map(|_| Route::default()).collect(),
            streams: AtomicI64::new(0),
            events_per_second_milli: AtomicU64::new(0),
            events_total: AtomicU64::new(0),
        }
    }
}

impl Metrics {
    /// Records one answered request.
    pub fn observe(&self, route: &str, status: u16, elapsed: Duration) {
        let index = ROUTES.iter().position(|known| *known == route).unwrap_or(ROUTES.len() - 1);
        let Some(counters) = self.routes.get(index) else { return };
        let seconds = elapsed.as_secs_f64();
        for (bound, count) in BUCKETS.iter().zip(&counters.buckets) {
            if seconds <= *bound {
                count.fetch_add(1, Ordering::Relaxed);
            }
        }
        counters.sum_us.fetch_add(u64::try_from(elapsed.as_micros()).unwrap_or(u64::MAX), Ordering::Relaxed);
        counters.count.fetch_add(1, Ordering::Relaxed);
        let slot = STATUSES.iter().position(|known| *known == status).unwrap_or(STATUSES.len());
        if let Some(counter) = counters.statuses.get(slot) {
            counter.fetch_add(1, Ordering::Relaxed);
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
        for (route, counters) in ROUTES.iter().zip(&self.routes) {
            for (slot, count) in counters.statuses.iter().enumerate() {
                let count = count.load(Ordering::Relaxed);
                if count > 0 {
                    let status = STATUSES.get(slot).map_or_else(|| "other".to_owned(), u16::to_string);
                    let _ =
                        writeln!(out, "echorift_http_responses_total{{route=\"{route}\",status=\"{status}\"}} {count}");
                }
            }
        }
        let _ = writeln!(out, "# HELP echorift_http_request_duration_seconds Time to answer a request, by route.");
        let _ = writeln!(out, "# TYPE echorift_http_request_duration_seconds histogram");
        for (route, counters) in ROUTES.iter().zip(&self.routes) {
            let total = counters.count.load(Ordering::Relaxed);
            if total == 0 {
                continue;
            }
            for (bound, count) in BUCKETS.iter().zip(&counters.buckets) {
                let _ = writeln!(
                    out,
                    "echorift_http_request_duration_seconds_bucket{{route=\"{route}\",le=\"{bound}\"}} {}",
                    count.load(Ordering::Relaxed)
                );
            }
            let sum = counters.sum_us.load(Ordering::Relaxed) as f64 / 1e6;
            let _ = writeln!(
                out,
                "echorift_http_request_duration_seconds_bucket{{route=\"{route}\",le=\"+Inf\"}} {total}\n\
                 echorift_http_request_duration_seconds_sum{{route=\"{route}\"}} {sum}\n\
                 echorift_http_request_duration_seconds_count{{route=\"{route}\"}} {total}"
            );
        }
        out
    }
}
