//! Read-only access to the index for the API: a small pool of SQLite connections opened read-only
//! (the daemon's writer is never blocked: WAL), each request's queries run in one read
//! transaction (one consistent snapshot) on a blocking thread, and every query is interrupted
//! after a time limit, so no request can run an unbounded query.

use std::{
    path::{Path, PathBuf},
    sync::{Arc, Mutex},
    time::{Duration, Instant},
};

use rusqlite::{Connection, OpenFlags};
use tokio::sync::Semaphore;

use super::error::ApiError;

/// Why the database cannot be served.
#[derive(Debug, thiserror::Error)]
pub enum DbError {
    /// SQLite refused to open or read it.
    #[error("database {path}: cannot open it read-only (run the indexer on it first)")]
    Open {
        /// The file.
        path: String,
        /// What SQLite said.
        #[source]
        source: rusqlite::Error,
    },
    /// It is not an indexer database (no status row).
    #[error("database {path} is not an EchoRift index (no status table): run the indexer on it first")]
    NotAnIndex {
        /// The file.
        path: String,
    },
}

/// The pool.
#[derive(Debug)]
pub struct Db {
    path: PathBuf,
    idle: Mutex<Vec<Connection>>,
    permits: Semaphore,
    /// A query running longer than this is interrupted (503).
    query_timeout: Duration,
    /// How long a request waits for a free connection before a 503.
    wait_timeout: Duration,
}

impl Db {
    /// Opens `path` read-only with up to `size` connections; fails unless it is an index.
    pub fn open(path: &Path, size: usize, query_timeout: Duration) -> Result<Arc<Self>, DbError> {
        let name = path.display().to_string();
        let conn = connect(path).map_err(|source| DbError::Open { path: name.clone(), source })?;
        let has_status: bool = conn
            .query_row(
                "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'status')",
                [],
                |row| row.get(0),
            )
            .map_err(|source| DbError::Open { path: name.clone(), source })?;
        if !has_status {
            return Err(DbError::NotAnIndex { path: name });
        }
        Ok(Arc::new(Self {
            path: path.to_owned(),
            idle: Mutex::new(vec![conn]),
            permits: Semaphore::new(size.max(1)),
            query_timeout,
            wait_timeout: Duration::from_secs(2),
        }))
    }

    /// Runs `read` on a pooled connection inside one read transaction.
    pub async fn read<T, F>(self: &Arc<Self>, read: F) -> Result<T, ApiError>
    where
        T: Send + 'static,
        F: FnOnce(&Connection) -> Result<T, ApiError> + Send + 'static,
    {
        let permit = tokio::time::timeout(self.wait_timeout, self.permits.acquire())
            .await
            .map_err(|_| ApiError::unavailable("every database connection is busy; try again"))?
            .map_err(|_| ApiError::unavailable("the server is shutting down"))?;
        let db = Arc::clone(self);
        let result = tokio::task::spawn_blocking(move || {
            let conn = match db.idle.lock().ok().and_then(|mut idle| idle.pop()) {
                Some(conn) => conn,
                None => connect(&db.path).map_err(ApiError::from)?,
            };
            let deadline = Instant::now() + db.query_timeout;
            conn.progress_handler(20_000, Some(move || Instant::now() > deadline));
            let outcome = conn.execute_batch("BEGIN").map_err(ApiError::from).and_then(|()| {
                let outcome = read(&conn);
                let _ = conn.execute_batch("COMMIT");
                outcome
            });
            conn.progress_handler(0, None::<fn() -> bool>);
            if let Ok(mut idle) = db.idle.lock() {
                idle.push(conn);
            }
            outcome
        })
        .await
        .map_err(|err| ApiError::internal(format!("a database task failed: {err}")))?;
        drop(permit);
        result
    }
}

fn connect(path: &Path) -> Result<Connection, rusqlite::Error> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX | OpenFlags::SQLITE_OPEN_URI;
    let conn = Connection::open_with_flags(path, flags)?;
    conn.busy_timeout(Duration::from_secs(2))?;
    conn.set_prepared_statement_cache_capacity(128);
    conn.pragma_update(None, "cache_size", -32_000)?;
    // Pages are read through a shared memory map instead of a copy per connection and read.
    conn.pragma_update(None, "mmap_size", 2_147_418_112_i64)?;
    conn.pragma_update(None, "temp_store", "memory")?;
    conn.pragma_update(None, "query_only", true)?;
    Ok(conn)
}
