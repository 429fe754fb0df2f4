//! The HTTP JSON API agents query (docs/API.md): tasks, escrows, attestations, schemas and
//! spending policies with filters and cursor pagination, entity histories, the agent inbox
//! ("what should I do now?", at chain time), a server-sent event stream, status, health,
//! readiness, Prometheus metrics and the OpenAPI document.
//!
//! It only reads the database (read-only SQLite connections, see [`db`]), so it runs inside the
//! daemon (`--listen`) or as read-only replicas (`echorift-indexer serve`) alike.

use std::{
    net::SocketAddr,
    path::Path,
    sync::{Arc, atomic::Ordering},
    time::{Duration, Instant},
};

use axum::{
    Json, Router,
    extract::{MatchedPath, RawQuery, Request, State},
    http::{HeaderMap, HeaderValue, StatusCode, header},
    middleware::{self, Next},
    response::{IntoResponse, Response},
    routing::get,
};
use serde_json::json;
use tokio::{net::TcpListener, sync::watch};

pub mod db;
pub mod error;
pub mod inbox;
pub mod metrics;
pub mod params;
pub mod policies;
pub mod query;
mod resources;
pub mod stream;

use db::Db;
use error::ApiError;
use query::{AsOf, Table};

/// The OpenAPI document served at `/openapi.json`.
pub const OPENAPI: &str = include_str!("openapi.json");

/// How the API is run.
#[derive(Debug, Clone)]
pub struct Options {
    /// `daemon` (inside the indexer) or `serve` (read-only replica); shown in status and metrics.
    pub mode: &'static str,
    /// Database connections (and so queries) at once.
    pub connections: usize,
    /// Longest a query may run before it is interrupted (503).
    pub query_timeout: Duration,
    /// Most event streams open at once.
    pub max_streams: usize,
}

impl Default for Options {
    fn default() -> Self {
        Self { mode: "serve", connections: 4, query_timeout: Duration::from_secs(2), max_streams: 256 }
    }
}

/// Tables as shown.
#[derive(Debug, Clone)]
struct Tables {
    tasks: Table,
    escrows: Table,
    attestations: Table,
    schemas: Table,
    policies: Table,
    inbox: inbox::InboxTables,
}

/// Shared state of the handlers.
#[derive(Debug)]
pub struct Inner {
    db: Arc<Db>,
    tables: Tables,
    metrics: metrics::Metrics,
    snapshots: watch::Receiver<AsOf>,
    streams: Arc<tokio::sync::Semaphore>,
    mode: &'static str,
}

/// The handlers' state.
pub type App = Arc<Inner>;

/// Why the API could not start.
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    /// The database cannot be served.
    #[error(transparent)]
    Db(#[from] db::DbError),
    /// The address cannot be listened on.
    #[error("cannot listen on {addr}: {source}")]
    Listen {
        /// The address.
        addr: SocketAddr,
        /// What the OS said.
        #[source]
        source: std::io::Error,
    },
    /// The server failed.
    #[error("the API server failed: {0}")]
    Server(#[source] std::io::Error),
}

/// Binds `addr` (fails at once if it cannot).
pub async fn bind(addr: SocketAddr) -> Result<TcpListener, ServeError> {
    TcpListener::bind(addr).await.map_err(|source| ServeError::Listen { addr, source })
}

/// Serves the API for the index at `db` on `listener` until `shutdown` turns true.
pub async fn serve(
    listener: TcpListener,
    db: &Path,
    options: Options,
    mut shutdown: watch::Receiver<bool>,
) -> Result<(), ServeError> {
    let db = Db::open(db, options.connections, options.query_timeout)?;
    let (sender, snapshots) = watch::channel(AsOf::default());
    let tables = Tables {
        tasks: Table::of("tasks"),
        escrows: Table::of("escrows"),
        attestations: Table::of("attestations"),
        schemas: Table::of("schemas"),
        policies: policies::table(),
        inbox: inbox::InboxTables {
            tasks: Table::of("tasks"),
            escrows: Table::of("escrows"),
            policies: Some(policies::table()),
        },
    };
    let app: App = Arc::new(Inner {
        db,
        tables,
        metrics: metrics::Metrics::default(),
        snapshots,
        streams: Arc::new(tokio::sync::Semaphore::new(options.max_streams)),
        mode: options.mode,
    });
    let sampler = tokio::spawn(sample(app.clone(), sender));
    let sampler_handle = sampler.abort_handle();
    let router = router(app);
    if let Ok(addr) = listener.local_addr() {
        tracing::info!(%addr, "serving the API");
    }
    let stop = async move {
        while !*shutdown.borrow() {
            if shutdown.changed().await.is_err() {
                break;
            }
        }
        // Stopping the sampler drops the snapshots' sender, which ends every event stream:
        // graceful shutdown waits for open connections, and a stream would never close itself.
        sampler_handle.abort();
    };
    let served = axum::serve(listener, router).with_graceful_shutdown(stop).await.map_err(ServeError::Server);
    sampler.abort();
    served
}

/// The routes.
pub fn router(app: App) -> Router {
    Router::new()
        .route("/health", get(health))
        .route("/ready", get(ready))
        .route("/metrics", get(metrics_text))
        .route("/openapi.json", get(openapi))
        .route("/v1/status", get(resources::status))
        .route("/v1/tasks", get(resources::tasks))
        .route("/v1/tasks/{id}", get(resources::task))
        .route("/v1/tasks/{id}/history", get(resources::history))
        .route("/v1/escrows", get(resources::escrows))
        .route("/v1/escrows/{id}", get(resources::escrow))
        .route("/v1/escrows/{id}/history", get(resources::history))
        .route("/v1/attestations", get(resources::attestations))
        .route("/v1/attestations/{id}", get(resources::attestation))
        .route("/v1/attestations/{id}/history", get(resources::history))
        .route("/v1/schemas", get(resources::schemas))
        .route("/v1/schemas/{id}", get(resources::schema))
        .route("/v1/policies", get(resources::policies))
        .route("/v1/policies/{id}", get(resources::policy))
        .route("/v1/policies/{id}/history", get(resources::history))
        .route("/v1/inbox/{address}", get(resources::inbox))
        .route("/v1/stream", get(stream_events))
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .layer(middleware::from_fn_with_state(app.clone(), track))
        .with_state(app)
}

/// Counts requests and their latency by route.
async fn track(State(app): State<App>, request: Request, next: Next) -> Response {
    let started = Instant::now();
    let route = request.extensions().get::<MatchedPath>().cloned();
    let response = next.run(request).await;
    let route = route.as_ref().map_or("unmatched", MatchedPath::as_str);
    app.metrics.observe(route, response.status().as_u16(), started.elapsed());
    response
}

async fn not_found() -> ApiError {
    ApiError::not_found(None, "no such endpoint; see /openapi.json")
}

async fn method_not_allowed() -> ApiError {
    ApiError { status: StatusCode::METHOD_NOT_ALLOWED, parameter: None, message: "only GET is served".into() }
}

async fn health() -> Json<serde_json::Value> {
    Json(json!({ "status": "ok" }))
}

/// Ready when the database answers and holds a checkpoint.
async fn ready(State(app): State<App>) -> Result<Json<serde_json::Value>, ApiError> {
    let as_of = app.db.read(AsOf::read).await?;
    match as_of.block_number {
        Some(block) => Ok(Json(json!({ "status": "ready", "indexed_block": block }))),
        None => Err(ApiError::unavailable("nothing is indexed yet")),
    }
}

async fn metrics_text(State(app): State<App>) -> Response {
    let as_of = app.snapshots.borrow().clone();
    let body = app.metrics.render(&as_of, app.mode);
    ([(header::CONTENT_TYPE, HeaderValue::from_static("text/plain; version=0.0.4"))], body).into_response()
}

async fn openapi() -> Response {
    ([(header::CONTENT_TYPE, HeaderValue::from_static("application/json"))], OPENAPI).into_response()
}

async fn stream_events(State(app): State<App>, headers: HeaderMap, RawQuery(query): RawQuery) -> Response {
    let last_event_id = headers.get("last-event-id").map(|value| value.to_str().map(str::to_owned));
    let last_event_id = match last_event_id.transpose() {
        Ok(id) => id,
        Err(_) => return ApiError::bad("Last-Event-ID", "the Last-Event-ID header is not text").into_response(),
    };
    match stream::open(app, query, last_event_id).await {
        Ok(sse) => sse.into_response(),
        Err(err) => err.into_response(),
    }
}

/// Every 100 ms: publishes the status row (which wakes event streams) and measures events/s.
async fn sample(app: App, sender: watch::Sender<AsOf>) {
    let mut interval = tokio::time::interval(Duration::from_millis(100));
    interval.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Skip);
    let mut counted: Option<(i64, i64, u64)> = None; // (max position, reorgs, events)
    let mut window: std::collections::VecDeque<(Instant, u64)> = std::collections::VecDeque::new();
    loop {
        interval.tick().await;
        let previous = counted;
        let read = app
            .db
            .read(move |conn| {
                let as_of = AsOf::read(conn)?;
                let (max, events) = match previous {
                    Some((max, reorgs, events)) if reorgs == as_of.reorgs => {
                        let (added, new_max): (i64, Option<i64>) = conn
                            .prepare_cached("SELECT COUNT(*), MAX(position) FROM events WHERE position > ?1")?
                            .query_row([max], |row| Ok((row.get(0)?, row.get(1)?)))?;
                        (new_max.unwrap_or(max), events + u64::try_from(added).unwrap_or(0))
                    }
                    _ => {
                        let (count, max): (i64, Option<i64>) = conn
                            .prepare_cached("SELECT COUNT(*), MAX(position) FROM events")?
                            .query_row([], |row| Ok((row.get(0)?, row.get(1)?)))?;
                        (max.unwrap_or(-1), u64::try_from(count).unwrap_or(0))
                    }
                };
                Ok((as_of, max, events))
            })
            .await;
        let Ok((as_of, max, events)) = read else { continue };
        counted = Some((max, as_of.reorgs, events));
        app.metrics.events_total.store(events, Ordering::Relaxed);
        let now = Instant::now();
        window.push_back((now, events));
        while window.front().is_some_and(|(at, _)| now.duration_since(*at) > Duration::from_secs(10)) {
            window.pop_front();
        }
        if let Some((first_at, first_events)) = window.front() {
            let seconds = now.duration_since(*first_at).as_secs_f64();
            let rate = if seconds > 0.0 { events.saturating_sub(*first_events) as f64 / seconds } else { 0.0 };
            app.metrics.events_per_second_milli.store((rate * 1000.0) as u64, Ordering::Relaxed);
        }
        sender.send_if_modified(|current| {
            if *current == as_of {
                false
            } else {
                *current = as_of;
                true
            }
        });
    }
}
