//! `GET /v1/stream`: server-sent events of newly indexed events, filtered, resumable.
//!
//! Every SSE message is one indexed event (`event: <EventName>`, `data:` the event as JSON, `id:`
//! `<position>:<block hash prefix>`). A client that reconnects sends `Last-Event-ID` (browsers'
//! EventSource does by itself) or `?after=<id>` and gets every event after it exactly once. When
//! a reorg removes events the client may have received, an `event: reorg` message with
//! `{"fork_block": N}` comes first: the client drops what it holds after block N, and the events
//! of the new branch follow.

use std::{collections::VecDeque, convert::Infallible, sync::Arc, sync::atomic::Ordering};

use axum::response::sse::{Event as SseEvent, KeepAlive, Sse};
use futures::Stream;
use rusqlite::types::Value as SqlValue;
use serde_json::json;
use tokio::sync::{OwnedSemaphorePermit, watch};

use super::{
    App,
    error::ApiError,
    params::{Params, parse_hash},
    query::{AsOf, EVENT_COLUMNS, EventHead, write_event},
};

/// Events read per database round trip.
const BATCH: usize = 256;
/// Known query parameters.
pub const PARAMS: &[&str] = &["after", "contract", "event", "entity"];

/// What a stream delivers.
#[derive(Debug, Clone)]
struct Filters {
    contract: Option<&'static str>,
    events: Option<Vec<String>>,
    entity: Option<String>,
}

/// Where the client is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Cursor {
    position: i64,
}

fn block_of(position: i64) -> i64 {
    position >> 24
}

/// The last position of block `block`.
fn end_of_block(block: i64) -> i64 {
    ((block + 1) << 24) - 1
}

/// Parses `<position>[:<hash prefix>]`.
fn parse_id(name: &str, value: &str) -> Result<(i64, Option<String>), ApiError> {
    let (position, hash) = match value.split_once(':') {
        Some((position, hash)) => (position, Some(hash)),
        None => (value, None),
    };
    let position = position.parse::<i64>().ok().filter(|p| *p >= 0).ok_or_else(|| {
        ApiError::bad(name, format!("`{name}` must be an event id as sent in the stream (<position>[:<hash prefix>])"))
    })?;
    if let Some(hash) = hash
        && (hash.is_empty() || hash.len() > 64 || !hash.bytes().all(|b| b.is_ascii_hexdigit()))
    {
        return Err(ApiError::bad(name, format!("`{name}` has a malformed block hash prefix")));
    }
    Ok((position, hash.map(str::to_ascii_lowercase)))
}

/// The SSE id of an event.
fn event_id(position: i64, block_hash: &str) -> String {
    format!("{position}:{}", block_hash.get(2..18).unwrap_or_default())
}

/// What one database round trip found.
enum Found {
    Events(Vec<(EventHead, Vec<u8>)>, i64),
    Reorg(i64),
    Nothing(i64),
}

struct State {
    app: App,
    filters: Filters,
    cursor: Cursor,
    /// Reorgs seen when the stream started or last checked.
    reorgs: i64,
    /// A resume point that must be checked against the index first.
    check: Option<(i64, Option<String>)>,
    pending: VecDeque<SseEvent>,
    ended: bool,
    snapshots: watch::Receiver<AsOf>,
    _permit: OwnedSemaphorePermit,
    _gauge: StreamGauge,
}

struct StreamGauge(App);

impl Drop for StreamGauge {
    fn drop(&mut self) {
        self.0.metrics.streams.fetch_sub(1, Ordering::Relaxed);
    }
}

/// Starts a stream (see the module documentation).
pub async fn open(
    app: App,
    query: Option<String>,
    last_event_id: Option<String>,
) -> Result<Sse<impl Stream<Item = Result<SseEvent, Infallible>>>, ApiError> {
    let params = Params::parse(query.as_deref(), PARAMS)?;
    let contract = params.one_of("contract", &["AttestationRegistry", "Escrow", "TaskBoard", "SpendingGuard"])?;
    let events = params
        .raw("event")
        .map(|value| {
            let names: Vec<String> = value.split(',').map(str::to_owned).collect();
            let valid = names.len() <= 32
                && names.iter().all(|name| {
                    !name.is_empty() && name.len() <= 64 && name.bytes().all(|b| b.is_ascii_alphanumeric())
                });
            if valid {
                Ok(names)
            } else {
                Err(ApiError::bad("event", "`event` takes up to 32 comma-separated event names (letters and digits)"))
            }
        })
        .transpose()?;
    let entity = params.raw("entity").map(|value| parse_hash("entity", value)).transpose()?;
    let resume = match (last_event_id, params.raw("after")) {
        (Some(id), _) => Some(parse_id("Last-Event-ID", &id)?),
        (None, Some(after)) => Some(parse_id("after", after)?),
        (None, None) => None,
    };
    let permit = Arc::clone(&app.streams)
        .try_acquire_owned()
        .map_err(|_| ApiError::unavailable("too many open event streams; try again later"))?;
    let as_of = app.db.read(AsOf::read).await?;
    let start = match &resume {
        Some((position, _)) => *position,
        // Without a resume point, the stream starts at the indexed head: new events only.
        None => as_of.block_number.map_or(-1, end_of_block),
    };
    app.metrics.streams.fetch_add(1, Ordering::Relaxed);
    let state = State {
        filters: Filters { contract, events, entity },
        cursor: Cursor { position: start },
        reorgs: as_of.reorgs,
        check: resume,
        pending: VecDeque::new(),
        ended: false,
        snapshots: app.snapshots.clone(),
        _permit: permit,
        _gauge: StreamGauge(app.clone()),
        app,
    };
    let stream = futures::stream::unfold(state, |mut state| async move {
        loop {
            if let Some(event) = state.pending.pop_front() {
                return Some((Ok(event), state));
            }
            if state.ended {
                return None;
            }
            match poll(&mut state).await {
                Ok(true) => continue,
                Ok(false) => {
                    // Nothing new: wait for the index to move (or the server to stop).
                    if state.snapshots.changed().await.is_err() {
                        return None;
                    }
                }
                Err(err) => {
                    // Deliver the error, then end: the client reconnects with its last id.
                    tracing::warn!(message = %err.message, "event stream ends");
                    let data = json!({ "message": err.message }).to_string();
                    state.pending.push_back(SseEvent::default().event("error").data(data));
                    state.ended = true;
                }
            }
        }
    });
    Ok(Sse::new(stream).keep_alive(KeepAlive::default()))
}

/// One round trip: fills `pending` and moves the cursor; `false` when there is nothing new.
async fn poll(state: &mut State) -> Result<bool, ApiError> {
    let filters = state.filters.clone();
    let cursor = state.cursor;
    let reorgs = state.reorgs;
    let check = state.check.take();
    let (found, as_of) = state
        .app
        .db
        .read(move |conn| {
            let as_of = AsOf::read(conn)?;
            // A resumed client's last event must still be in the index, in the same block.
            if let Some((position, prefix)) = &check {
                let mut statement = conn.prepare_cached("SELECT block_hash FROM events WHERE position = ?1")?;
                let stored: Option<String> =
                    statement.query_row([position], |row| row.get(0)).map(Some).or_else(|err| match err {
                        rusqlite::Error::QueryReturnedNoRows => Ok(None),
                        err => Err(err),
                    })?;
                let gone = match (&stored, prefix) {
                    (Some(hash), Some(prefix)) => !hash.get(2..).unwrap_or_default().starts_with(prefix.as_str()),
                    (Some(_), None) => false,
                    (None, _) => {
                        // No event there: either never was (a position from a filtered stream
                        // is always an event's) or it was rolled back.
                        prefix.is_some() || as_of.block_number.is_some_and(|head| block_of(*position) > head)
                    }
                };
                if gone {
                    let fork = as_of
                        .last_reorg_block
                        .filter(|fork| *fork < block_of(*position))
                        .unwrap_or_else(|| block_of(*position) - 1)
                        .min(as_of.block_number.unwrap_or(0));
                    return Ok((Found::Reorg(fork), as_of));
                }
            }
            if as_of.reorgs != reorgs
                && let Some(fork) = as_of.last_reorg_block
                && fork < block_of(cursor.position)
            {
                return Ok((Found::Reorg(fork), as_of));
            }
            let Some(head) = as_of.block_number else { return Ok((Found::Nothing(cursor.position), as_of)) };
            let until = end_of_block(head);
            if cursor.position >= until {
                return Ok((Found::Nothing(cursor.position), as_of));
            }
            let mut clauses = vec!["position > ?1".to_owned(), "position <= ?2".to_owned()];
            let mut values = vec![SqlValue::Integer(cursor.position), SqlValue::Integer(until)];
            if let Some(contract) = filters.contract {
                values.push(SqlValue::Text(contract.to_owned()));
                clauses.push(format!("contract = ?{}", values.len()));
            }
            if let Some(entity) = &filters.entity {
                values.push(SqlValue::Text(entity.clone()));
                clauses.push(format!("entity_id = ?{}", values.len()));
            }
            if let Some(names) = &filters.events {
                let mut marks = Vec::new();
                for name in names {
                    values.push(SqlValue::Text(name.clone()));
                    marks.push(format!("?{}", values.len()));
                }
                clauses.push(format!("event IN ({})", marks.join(", ")));
            }
            let sql = format!(
                "SELECT {EVENT_COLUMNS} FROM events WHERE {} ORDER BY position LIMIT {BATCH}",
                clauses.join(" AND ")
            );
            let mut statement = conn.prepare_cached(&sql)?;
            let mut rows = statement.query(rusqlite::params_from_iter(values.iter()))?;
            let mut events = Vec::new();
            while let Some(row) = rows.next()? {
                let mut out = Vec::with_capacity(512);
                let head = write_event(row, &mut out)?;
                events.push((head, out));
            }
            if events.len() == BATCH {
                let last = events.last().map_or(until, |(head, _)| head.position);
                Ok((Found::Events(events, last), as_of))
            } else if events.is_empty() {
                Ok((Found::Nothing(until), as_of))
            } else {
                Ok((Found::Events(events, until), as_of))
            }
        })
        .await?;
    state.reorgs = as_of.reorgs;
    match found {
        Found::Reorg(fork) => {
            state.pending.push_back(SseEvent::default().event("reorg").data(json!({ "fork_block": fork }).to_string()));
            state.cursor = Cursor { position: end_of_block(fork) };
            Ok(true)
        }
        Found::Events(events, next) => {
            for (head, data) in events {
                let data = String::from_utf8_lossy(&data).into_owned();
                let id = event_id(head.position, &head.block_hash);
                state.pending.push_back(SseEvent::default().id(id).event(head.name).data(data));
            }
            state.cursor = Cursor { position: next };
            Ok(true)
        }
        Found::Nothing(next) => {
            state.cursor = Cursor { position: next.max(state.cursor.position) };
            Ok(false)
        }
    }
}
