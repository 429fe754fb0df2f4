//! The embedded store: one SQLite file in WAL mode (readers never block the writer), schema
//! migrations embedded in the binary and applied at start, multi-row statements in one
//! transaction per batch.

use std::{
    collections::{BTreeMap, HashMap},
    path::Path,
    str::FromStr,
    time::Duration,
};

use alloy::primitives::{Address, B256};
use serde_json::Value;
use sqlx::{
    Connection, QueryBuilder, Row as _, Sqlite, SqliteConnection,
    sqlite::{SqliteConnectOptions, SqliteJournalMode, SqliteRow, SqliteSynchronous},
};

use super::{Batch, Checkpoint, Identity, Store, StoreError, touched};
use crate::{
    contracts,
    event::{Event, Header, position},
    projection::{Kind, Projection, Row, Rows, fold_into},
};

/// SQLite allows 32,766 bound parameters per statement; stay under it.
const MAX_PARAMS: usize = 32_000;
/// Rows per multi-row INSERT. Fixed, so that full chunks reuse one prepared statement: SQLite
/// compiling a statement with thousands of placeholders costs more than running it.
const ROWS_PER_INSERT: usize = 64;

/// The SQLite store (see the module documentation).
#[derive(Debug)]
pub struct SqliteStore {
    conn: SqliteConnection,
    path: String,
    /// How many recent blocks to remember for finding fork points.
    window: u64,
    /// The chain head last recorded, for the confirmed block.
    chain_head: Option<u64>,
}

impl SqliteStore {
    /// Opens (creating if needed) the database at `path`, applies the migrations, and checks
    /// that it indexes `identity`'s chain and contracts (recording them on first use).
    /// `window` recent blocks are remembered; `confirmations` is recorded for consumers.
    pub async fn open(path: &Path, identity: &Identity, window: u64, confirmations: u64) -> Result<Self, StoreError> {
        let name = path.display().to_string();
        let sql = |source| StoreError::Sql { path: name.clone(), source };
        let options = SqliteConnectOptions::new()
            .filename(path)
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Normal)
            .busy_timeout(Duration::from_secs(10))
            .page_size(16_384)
            .pragma("cache_size", "-16000")
            .pragma("temp_store", "memory");
        let mut conn = SqliteConnection::connect_with(&options).await.map_err(sql)?;
        sqlx::migrate!("./migrations")
            .run(&mut conn)
            .await
            .map_err(|source| StoreError::Migrate { path: name.clone(), source })?;
        let mut store = Self { conn, path: name, window: window.max(1), chain_head: None };
        store.claim(identity, confirmations).await?;
        Ok(store)
    }

    fn sql(&self) -> impl Fn(sqlx::Error) -> StoreError + '_ {
        move |source| StoreError::Sql { path: self.path.clone(), source }
    }

    fn corrupt(&self, what: impl Into<String>) -> StoreError {
        StoreError::Corrupt { path: self.path.clone(), what: what.into() }
    }

    /// Records the identity on first use, or checks it against the recorded one.
    async fn claim(&mut self, identity: &Identity, confirmations: u64) -> Result<(), StoreError> {
        let now = now_ms();
        let row = sqlx::query("SELECT chain_id FROM status WHERE id = 1")
            .fetch_optional(&mut self.conn)
            .await
            .map_err(self.sql())?;
        let stored: BTreeMap<String, String> = sqlx::query_as("SELECT name, address FROM contracts")
            .fetch_all(&mut self.conn)
            .await
            .map_err(self.sql())?
            .into_iter()
            .collect();
        let wanted: BTreeMap<String, String> =
            identity.contracts.iter().map(|(name, address)| (name.clone(), address.to_checksum(None))).collect();
        let describe = |chain_id: i64, contracts: &BTreeMap<String, String>| {
            let list: Vec<String> = contracts.iter().map(|(name, address)| format!("{name}={address}")).collect();
            format!("chain {chain_id} with {}", list.join(", "))
        };
        let chain_id = to_i64(identity.chain_id);
        match row {
            Some(row) => {
                let stored_chain: i64 = row.try_get(0).map_err(self.sql())?;
                if stored_chain != chain_id || stored != wanted {
                    return Err(StoreError::OtherDeployment {
                        path: self.path.clone(),
                        found: describe(stored_chain, &stored),
                        expected: describe(chain_id, &wanted),
                    });
                }
                sqlx::query("UPDATE status SET confirmations = ?, updated_at_ms = ? WHERE id = 1")
                    .bind(to_i64(confirmations))
                    .bind(now)
                    .execute(&mut self.conn)
                    .await
                    .map_err(self.sql())?;
            }
            None => {
                let mut tx =
                    self.conn.begin().await.map_err(|source| StoreError::Sql { path: self.path.clone(), source })?;
                sqlx::query(
                    "INSERT INTO status (id, chain_id, start_block, confirmations, updated_at_ms) VALUES (1, ?, ?, ?, ?)",
                )
                .bind(chain_id)
                .bind(to_i64(identity.start_block))
                .bind(to_i64(confirmations))
                .bind(now)
                .execute(&mut *tx)
                .await
                .map_err(|source| StoreError::Sql { path: self.path.clone(), source })?;
                for (name, address) in &wanted {
                    sqlx::query("INSERT INTO contracts (name, address) VALUES (?, ?)")
                        .bind(name)
                        .bind(address)
                        .execute(&mut *tx)
                        .await
                        .map_err(|source| StoreError::Sql { path: self.path.clone(), source })?;
                }
                tx.commit().await.map_err(|source| StoreError::Sql { path: self.path.clone(), source })?;
            }
        }
        Ok(())
    }

    /// The configured start block as recorded at the first run.
    pub async fn start_block(&mut self) -> Result<u64, StoreError> {
        let start: i64 = sqlx::query_scalar("SELECT start_block FROM status WHERE id = 1")
            .fetch_one(&mut self.conn)
            .await
            .map_err(self.sql())?;
        u64::try_from(start).map_err(|_| self.corrupt(format!("negative start block {start}")))
    }
}

impl Store for SqliteStore {
    async fn checkpoint(&mut self) -> Result<Option<Checkpoint>, StoreError> {
        let row: Option<(Option<i64>, Option<String>)> =
            sqlx::query_as("SELECT block_number, block_hash FROM status WHERE id = 1")
                .fetch_optional(&mut self.conn)
                .await
                .map_err(self.sql())?;
        match row {
            Some((Some(number), Some(hash))) => Ok(Some(Checkpoint {
                number: u64::try_from(number).map_err(|_| self.corrupt(format!("checkpoint {number}")))?,
                hash: parse_hash(&hash).ok_or_else(|| self.corrupt(format!("checkpoint hash {hash}")))?,
            })),
            _ => Ok(None),
        }
    }

    async fn recent_blocks(&mut self) -> Result<Vec<Header>, StoreError> {
        let rows: Vec<(i64, String, String, i64)> =
            sqlx::query_as("SELECT number, hash, parent_hash, timestamp FROM blocks ORDER BY number DESC")
                .fetch_all(&mut self.conn)
                .await
                .map_err(self.sql())?;
        rows.into_iter()
            .map(|(number, hash, parent_hash, timestamp)| {
                let header = || {
                    Some(Header {
                        number: u64::try_from(number).ok()?,
                        hash: parse_hash(&hash)?,
                        parent_hash: parse_hash(&parent_hash)?,
                        timestamp: u64::try_from(timestamp).ok()?,
                    })
                };
                header().ok_or_else(|| self.corrupt(format!("block {number} is malformed")))
            })
            .collect()
    }

    async fn commit(&mut self, batch: &Batch) -> Result<(), StoreError> {
        let Some(last) = batch.headers.last().copied() else {
            return Err(
                self.corrupt(format!("batch {}..={} without the header of its last block", batch.from, batch.to))
            );
        };
        let path = self.path.clone();
        let sql = |source| StoreError::Sql { path: path.clone(), source };
        let mut tx = self.conn.begin().await.map_err(sql)?;

        insert_events(&mut tx, &batch.events).await.map_err(sql)?;
        let mut rows = touched(&batch.events);
        load_rows(&mut tx, &mut rows).await.map_err(sql)?;
        fold_into(&mut rows, &batch.events).map_err(|source| StoreError::Projection { path: path.clone(), source })?;
        write_rows(&mut tx, &rows).await.map_err(sql)?;

        insert_headers(&mut tx, &batch.headers).await.map_err(sql)?;
        sqlx::query("DELETE FROM blocks WHERE number <= ?")
            .bind(to_i64(last.number.saturating_sub(self.window)))
            .execute(&mut *tx)
            .await
            .map_err(sql)?;
        let head = self.chain_head.unwrap_or(last.number).max(last.number);
        set_checkpoint(&mut tx, &last, head).await.map_err(sql)?;
        tx.commit().await.map_err(sql)?;
        Ok(())
    }

    async fn rollback(&mut self, fork: u64) -> Result<(), StoreError> {
        let path = self.path.clone();
        let sql = |source| StoreError::Sql { path: path.clone(), source };
        let fork_row: Option<(String, String, i64)> =
            sqlx::query_as("SELECT hash, parent_hash, timestamp FROM blocks WHERE number = ?")
                .bind(to_i64(fork))
                .fetch_optional(&mut self.conn)
                .await
                .map_err(sql)?;
        let Some((hash, parent_hash, timestamp)) = fork_row else {
            return Err(self.corrupt(format!("rollback to block {fork}, which is not among the remembered blocks")));
        };
        let fork_header = Header {
            number: fork,
            hash: parse_hash(&hash).ok_or_else(|| self.corrupt(format!("block {fork} hash {hash}")))?,
            parent_hash: parse_hash(&parent_hash).ok_or_else(|| self.corrupt(format!("block {fork} parent")))?,
            timestamp: u64::try_from(timestamp).unwrap_or_default(),
        };
        let old = self.checkpoint().await?.map_or(fork, |checkpoint| checkpoint.number);
        let first_removed = position(fork + 1, 0);

        let mut tx = self.conn.begin().await.map_err(sql)?;
        // The entities whose events go: their rows are recomputed from the events that stay.
        let affected: Vec<(String, String)> = sqlx::query_as(
            "SELECT DISTINCT entity, entity_id FROM events WHERE position >= ? AND entity_id IS NOT NULL",
        )
        .bind(first_removed)
        .fetch_all(&mut *tx)
        .await
        .map_err(sql)?;
        sqlx::query("DELETE FROM events WHERE position >= ?")
            .bind(first_removed)
            .execute(&mut *tx)
            .await
            .map_err(sql)?;

        let mut rows = Rows::new();
        for (table, id) in &affected {
            if let Some(projection) = contracts::projection(table) {
                rows.insert((projection.table, id.clone()), None);
            }
        }
        delete_rows(&mut tx, &rows).await.map_err(sql)?;
        let ids: Vec<&str> = rows.keys().map(|(_, id)| id.as_str()).collect();
        let mut remaining = Vec::new();
        for chunk in ids.chunks(MAX_PARAMS / 2) {
            let mut query = QueryBuilder::<Sqlite>::new(
                "SELECT block_number, log_index, block_hash, block_timestamp, tx_hash, tx_index, contract, address, \
                 event, entity, entity_id, fields FROM events WHERE entity_id IN ",
            );
            query.push_tuples(chunk, |mut b, id| {
                b.push_bind(*id);
            });
            query.push(" ORDER BY position");
            for row in query.build().fetch_all(&mut *tx).await.map_err(sql)? {
                remaining.push(event_from_row(&row).map_err(|what| StoreError::Corrupt { path: path.clone(), what })?);
            }
        }
        remaining.sort_by_key(Event::position);
        fold_into(&mut rows, &remaining).map_err(|source| StoreError::Projection { path: path.clone(), source })?;
        write_rows(&mut tx, &rows).await.map_err(sql)?;

        sqlx::query("DELETE FROM blocks WHERE number > ?").bind(to_i64(fork)).execute(&mut *tx).await.map_err(sql)?;
        set_checkpoint(&mut tx, &fork_header, self.chain_head.unwrap_or(fork)).await.map_err(sql)?;
        sqlx::query("UPDATE status SET reorgs = reorgs + 1, last_reorg_depth = ?, last_reorg_block = ? WHERE id = 1")
            .bind(to_i64(old.saturating_sub(fork)))
            .bind(to_i64(fork))
            .execute(&mut *tx)
            .await
            .map_err(sql)?;
        tx.commit().await.map_err(sql)?;
        Ok(())
    }

    async fn set_chain_head(&mut self, head: u64) -> Result<(), StoreError> {
        self.chain_head = Some(head);
        sqlx::query(
            "UPDATE status SET chain_head = ?1, \
             confirmed_block = MIN(block_number, MAX(?1 - confirmations, 0)), updated_at_ms = ?2 WHERE id = 1",
        )
        .bind(to_i64(head))
        .bind(now_ms())
        .execute(&mut self.conn)
        .await
        .map_err(self.sql())?;
        Ok(())
    }
}

async fn set_checkpoint(tx: &mut SqliteConnection, header: &Header, head: u64) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE status SET block_number = ?1, block_hash = ?2, block_timestamp = ?3, \
         chain_head = MAX(COALESCE(chain_head, 0), ?4), \
         confirmed_block = MIN(?1, MAX(MAX(COALESCE(chain_head, 0), ?4) - confirmations, 0)), updated_at_ms = ?5 \
         WHERE id = 1",
    )
    .bind(to_i64(header.number))
    .bind(header.hash.to_string())
    .bind(to_i64(header.timestamp))
    .bind(to_i64(head))
    .bind(now_ms())
    .execute(tx)
    .await?;
    Ok(())
}

async fn insert_events(tx: &mut SqliteConnection, events: &[Event]) -> Result<(), sqlx::Error> {
    // Serialised once, bound by reference; a contract's checksummed address computed once.
    let mut addresses: HashMap<Address, String> = HashMap::new();
    for event in events {
        addresses.entry(event.address).or_insert_with(|| event.address.to_checksum(None));
    }
    let texts: Vec<[String; 3]> = events
        .iter()
        .map(|event| [event.block_hash.to_string(), event.tx_hash.to_string(), event.fields.to_string()])
        .collect();
    for (chunk, texts) in events.chunks(ROWS_PER_INSERT).zip(texts.chunks(ROWS_PER_INSERT)) {
        let mut query = QueryBuilder::<Sqlite>::new(
            "INSERT INTO events (position, block_hash, block_timestamp, tx_hash, tx_index, contract, address, event, \
             entity, entity_id, fields) ",
        );
        query.push_values(chunk.iter().zip(texts), |mut b, (event, text)| {
            b.push_bind(event.position())
                .push_bind(text[0].as_str())
                .push_bind(to_i64(event.block_timestamp))
                .push_bind(text[1].as_str())
                .push_bind(to_i64(event.tx_index))
                .push_bind(event.contract.as_str())
                .push_bind(addresses.get(&event.address).map_or("", String::as_str))
                .push_bind(event.name.as_str())
                .push_bind(event.entity.as_ref().map(|(table, _)| table.as_str()))
                .push_bind(event.entity.as_ref().map(|(_, id)| id.as_str()))
                .push_bind(text[2].as_str());
        });
        query.build().execute(&mut *tx).await?;
    }
    Ok(())
}

async fn insert_headers(tx: &mut SqliteConnection, headers: &[Header]) -> Result<(), sqlx::Error> {
    for chunk in headers.chunks(MAX_PARAMS / 4) {
        let mut query =
            QueryBuilder::<Sqlite>::new("INSERT OR REPLACE INTO blocks (number, hash, parent_hash, timestamp) ");
        query.push_values(chunk, |mut b, header| {
            b.push_bind(to_i64(header.number))
                .push_bind(header.hash.to_string())
                .push_bind(header.parent_hash.to_string())
                .push_bind(to_i64(header.timestamp));
        });
        query.build().execute(&mut *tx).await?;
    }
    Ok(())
}

/// The keys of `rows`, grouped by their table's projection.
fn by_table(rows: &Rows) -> BTreeMap<&'static str, (&'static Projection, Vec<&String>)> {
    let mut tables: BTreeMap<&'static str, (&'static Projection, Vec<&String>)> = BTreeMap::new();
    for (table, id) in rows.keys() {
        if let Some(projection) = contracts::projection(table) {
            tables.entry(projection.table).or_insert((projection, Vec::new())).1.push(id);
        }
    }
    tables
}

/// Fills `rows` with the stored rows of their keys (absent ones stay `None`).
async fn load_rows(tx: &mut SqliteConnection, rows: &mut Rows) -> Result<(), sqlx::Error> {
    let mut loaded = Vec::new();
    for (table, (projection, ids)) in by_table(rows) {
        let columns: Vec<&str> = projection.all_columns().map(|column| column.name).collect();
        for chunk in ids.chunks(MAX_PARAMS / 2) {
            let mut query =
                QueryBuilder::<Sqlite>::new(format!("SELECT {} FROM {table} WHERE id IN ", columns.join(", ")));
            query.push_tuples(chunk, |mut b, id| {
                b.push_bind(id.as_str());
            });
            for row in query.build().fetch_all(&mut *tx).await? {
                let values = row_from_sql(projection, &row)?;
                let id = values.get("id").and_then(Value::as_str).unwrap_or_default().to_owned();
                loaded.push(((table, id), values));
            }
        }
    }
    for (key, values) in loaded {
        rows.insert(key, Some(values));
    }
    Ok(())
}

async fn delete_rows(tx: &mut SqliteConnection, rows: &Rows) -> Result<(), sqlx::Error> {
    for (table, (_, ids)) in by_table(rows) {
        for chunk in ids.chunks(MAX_PARAMS / 2) {
            let mut query = QueryBuilder::<Sqlite>::new(format!("DELETE FROM {table} WHERE id IN "));
            query.push_tuples(chunk, |mut b, id| {
                b.push_bind(id.as_str());
            });
            query.build().execute(&mut *tx).await?;
        }
    }
    Ok(())
}

/// Writes every row that is `Some` (insert, or replace every column).
async fn write_rows(tx: &mut SqliteConnection, rows: &Rows) -> Result<(), sqlx::Error> {
    let mut tables: BTreeMap<&'static str, Vec<&Row>> = BTreeMap::new();
    for ((table, _), row) in rows {
        if let Some(row) = row {
            tables.entry(table).or_default().push(row);
        }
    }
    for (table, rows) in tables {
        let Some(projection) = contracts::projection(table) else { continue };
        let columns: Vec<_> = projection.all_columns().collect();
        let names: Vec<&str> = columns.iter().map(|column| column.name).collect();
        let updates: Vec<String> = names.iter().skip(1).map(|name| format!("{name} = excluded.{name}")).collect();
        for chunk in rows.chunks(ROWS_PER_INSERT.min(MAX_PARAMS / columns.len())) {
            let mut query = QueryBuilder::<Sqlite>::new(format!("INSERT INTO {table} ({}) ", names.join(", ")));
            query.push_values(chunk, |mut b, row| {
                for column in &columns {
                    let value = row.get(column.name).unwrap_or(&Value::Null);
                    match (column.kind, value) {
                        (_, Value::Null) => b.push_bind(None::<i64>),
                        (Kind::Text, Value::String(text)) => b.push_bind(text.as_str()),
                        (Kind::Bool, Value::Bool(flag)) => b.push_bind(*flag),
                        // Times beyond i64 (year 292 billion) are stored as i64::MAX: "never".
                        (_, Value::Number(number)) => {
                            b.push_bind(number.as_i64().unwrap_or(if number.is_u64() { i64::MAX } else { 0 }))
                        }
                        (_, other) => b.push_bind(other.to_string()),
                    };
                }
            });
            query.push(format!(" ON CONFLICT (id) DO UPDATE SET {}", updates.join(", ")));
            query.build().execute(&mut *tx).await?;
        }
    }
    Ok(())
}

/// A stored row as JSON values, by the projection's column kinds.
fn row_from_sql(projection: &Projection, row: &SqliteRow) -> Result<Row, sqlx::Error> {
    let mut values = Row::new();
    for (index, column) in projection.all_columns().enumerate() {
        let value = match column.kind {
            Kind::Text => row.try_get::<Option<String>, _>(index)?.map(Value::from),
            Kind::Int => row.try_get::<Option<i64>, _>(index)?.map(Value::from),
            Kind::Bool => row.try_get::<Option<bool>, _>(index)?.map(Value::from),
        };
        values.insert(column.name.to_owned(), value.unwrap_or(Value::Null));
    }
    Ok(values)
}

fn event_from_row(row: &SqliteRow) -> Result<Event, String> {
    let get_i64 = |index: usize| row.try_get::<i64, _>(index).map_err(|err| err.to_string());
    let get_text = |index: usize| row.try_get::<String, _>(index).map_err(|err| err.to_string());
    let as_u64 = |value: i64| u64::try_from(value).map_err(|_| format!("negative value {value} in events"));
    let hash = |text: String| parse_hash(&text).ok_or_else(|| format!("malformed hash {text} in events"));
    let entity = match (row.try_get::<Option<String>, _>(9), row.try_get::<Option<String>, _>(10)) {
        (Ok(Some(table)), Ok(Some(id))) => Some((table, id)),
        _ => None,
    };
    let fields = get_text(11)?;
    Ok(Event {
        block_number: as_u64(get_i64(0)?)?,
        log_index: as_u64(get_i64(1)?)?,
        block_hash: hash(get_text(2)?)?,
        block_timestamp: as_u64(get_i64(3)?)?,
        tx_hash: hash(get_text(4)?)?,
        tx_index: as_u64(get_i64(5)?)?,
        contract: get_text(6)?,
        address: Address::from_str(&get_text(7)?).map_err(|err| err.to_string())?,
        name: get_text(8)?,
        entity,
        fields: serde_json::from_str(&fields).map_err(|err| format!("malformed event fields {fields}: {err}"))?,
    })
}

fn parse_hash(text: &str) -> Option<B256> {
    B256::from_str(text).ok()
}

/// SQLite integers are signed; block numbers and times fit, anything larger saturates.
fn to_i64(value: u64) -> i64 {
    i64::try_from(value).unwrap_or(i64::MAX)
}

fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |elapsed| i64::try_from(elapsed.as_millis()).unwrap_or(i64::MAX))
}
