//! Shared read paths: projected rows as JSON records (every one with the block, block hash,
//! transaction and log index of the event that last changed it), filtered lists with keyset
//! (cursor) pagination, an entity's history, events as JSON, and the snapshot every answer is
//! taken at.

use rusqlite::{Connection, Row, types::Value as SqlValue, types::ValueRef};
use serde_json::{Map, Value, json};

use super::error::ApiError;
use crate::projection::Kind;

/// The index's state an answer was read at.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AsOf {
    /// The checkpoint: the last block whose events are all indexed.
    pub block_number: Option<i64>,
    /// Its hash.
    pub block_hash: Option<String>,
    /// Its timestamp: the chain time every time rule is evaluated at.
    pub block_timestamp: Option<i64>,
    /// The chain head when last seen.
    pub chain_head: Option<i64>,
    /// The newest block considered final (`confirmations` behind the head).
    pub confirmed_block: Option<i64>,
    /// Reorgs rolled back so far.
    pub reorgs: i64,
    /// The fork block of the last reorg.
    pub last_reorg_block: Option<i64>,
    /// Depth of the last reorg.
    pub last_reorg_depth: Option<i64>,
    /// The chain id.
    pub chain_id: i64,
    /// The first indexed block.
    pub start_block: i64,
    /// Confirmations asked for.
    pub confirmations: i64,
    /// When the indexer last wrote the status, in ms since the epoch.
    pub updated_at_ms: i64,
}

impl AsOf {
    /// Reads the status row.
    pub fn read(conn: &Connection) -> Result<Self, ApiError> {
        let mut statement = conn.prepare_cached(
            "SELECT block_number, block_hash, block_timestamp, chain_head, confirmed_block, reorgs, last_reorg_block, \
             last_reorg_depth, chain_id, start_block, confirmations, updated_at_ms FROM status WHERE id = 1",
        )?;
        let row = statement.query_row([], |row| {
            Ok(Self {
                block_number: row.get(0)?,
                block_hash: row.get(1)?,
                block_timestamp: row.get(2)?,
                chain_head: row.get(3)?,
                confirmed_block: row.get(4)?,
                reorgs: row.get(5)?,
                last_reorg_block: row.get(6)?,
                last_reorg_depth: row.get(7)?,
                chain_id: row.get(8)?,
                start_block: row.get(9)?,
                confirmations: row.get(10)?,
                updated_at_ms: row.get(11)?,
            })
        });
        match row {
            Ok(status) => Ok(status),
            Err(rusqlite::Error::QueryReturnedNoRows) => Ok(Self::default()),
            Err(err) => Err(err.into()),
        }
    }

    /// The chain time rules are evaluated at: the checkpoint block's timestamp.
    pub fn chain_time(&self) -> i64 {
        self.block_timestamp.unwrap_or(0)
    }

    /// The `as_of` object of every answer.
    pub fn to_json(&self) -> Value {
        json!({
            "block_number": self.block_number,
            "block_hash": self.block_hash,
            "block_timestamp": self.block_timestamp,
            "confirmed_block": self.confirmed_block,
        })
    }
}

/// A projected table as the API shows it.
#[derive(Debug, Clone)]
pub struct Table {
    /// Its SQL name.
    pub name: &'static str,
    /// Shown columns and their kinds (the `*_sort` copies are hidden).
    pub columns: Vec<(&'static str, Kind)>,
    /// `SELECT <columns>` text.
    select: String,
}

impl Table {
    /// The table of a projection the indexer knows.
    pub fn of(name: &'static str) -> Self {
        let columns: Vec<(&'static str, Kind)> = crate::contracts::projection(name)
            .map(|projection| {
                projection
                    .all_columns()
                    .filter(|column| !column.name.ends_with("_sort"))
                    .map(|column| (column.name, column.kind))
                    .collect()
            })
            .unwrap_or_default();
        Self::with_columns(name, columns)
    }

    /// A table with explicit columns.
    pub fn with_columns(name: &'static str, columns: Vec<(&'static str, Kind)>) -> Self {
        let list: Vec<String> = columns.iter().map(|(column, _)| format!("t.{column}")).collect();
        Self { name, select: list.join(", "), columns }
    }

    /// Writes a row's columns from `offset` on as a JSON object into `out`, with `extra` (a
    /// fragment of further `,"key":value` members) before its closing brace.
    pub fn write_record(&self, row: &Row<'_>, offset: usize, out: &mut Vec<u8>, extra: &str) -> rusqlite::Result<()> {
        out.push(b'{');
        for (index, (name, kind)) in self.columns.iter().enumerate() {
            if index > 0 {
                out.push(b',');
            }
            out.push(b'"');
            out.extend_from_slice(name.as_bytes());
            out.extend_from_slice(b"\":");
            write_value(out, row.get_ref(offset + index)?, *kind);
        }
        out.extend_from_slice(extra.as_bytes());
        out.push(b'}');
        Ok(())
    }

    /// The columns `names` of a row (read from `offset` on) as a JSON map.
    pub fn fields(&self, row: &Row<'_>, offset: usize, names: &[&str]) -> rusqlite::Result<Map<String, Value>> {
        let mut fields = Map::new();
        for (index, (name, kind)) in self.columns.iter().enumerate() {
            if names.contains(name) {
                let value = match row.get_ref(offset + index)? {
                    ValueRef::Null => Value::Null,
                    ValueRef::Integer(number) if *kind == Kind::Bool => Value::Bool(number != 0),
                    ValueRef::Integer(number) => Value::from(number),
                    ValueRef::Real(number) => Value::from(number),
                    ValueRef::Text(text) | ValueRef::Blob(text) => {
                        Value::from(String::from_utf8_lossy(text).into_owned())
                    }
                };
                fields.insert((*name).to_owned(), value);
            }
        }
        Ok(fields)
    }

    /// `SELECT` list of the shown columns, as `t.<column>`.
    pub fn select(&self) -> &str {
        &self.select
    }

    /// The row with id `id`, as JSON text, with `extra` members computed from the row.
    pub fn get(&self, conn: &Connection, id: &str, extra: &Extra<'_>) -> Result<Option<Vec<u8>>, ApiError> {
        let sql = format!("SELECT {} FROM {} t WHERE t.id = ?1", self.select, self.name);
        let mut statement = conn.prepare_cached(&sql)?;
        let mut rows = statement.query([id])?;
        match rows.next()? {
            Some(row) => {
                let mut out = Vec::with_capacity(1024);
                self.write_record(row, 0, &mut out, &extra(self, row, 0)?)?;
                Ok(Some(out))
            }
            None => Ok(None),
        }
    }
}

/// Extra members of a record computed from its row (table, row, column offset): a JSON fragment
/// `,"key":value…`, or empty.
pub type Extra<'a> = dyn Fn(&Table, &Row<'_>, usize) -> rusqlite::Result<String> + 'a;

/// No extra members.
pub fn no_extra(_: &Table, _: &Row<'_>, _: usize) -> rusqlite::Result<String> {
    Ok(String::new())
}

/// Writes one SQL value as JSON.
fn write_value(out: &mut Vec<u8>, value: ValueRef<'_>, kind: Kind) {
    match value {
        ValueRef::Null => out.extend_from_slice(b"null"),
        ValueRef::Integer(number) if kind == Kind::Bool => {
            out.extend_from_slice(if number != 0 { b"true" } else { b"false" })
        }
        ValueRef::Integer(number) => out.extend_from_slice(number.to_string().as_bytes()),
        ValueRef::Real(number) => out.extend_from_slice(Value::from(number).to_string().as_bytes()),
        ValueRef::Text(text) | ValueRef::Blob(text) => write_str(out, &String::from_utf8_lossy(text)),
    }
}

/// Writes a JSON string.
pub fn write_str(out: &mut Vec<u8>, text: &str) {
    if serde_json::to_writer(&mut *out, text).is_err() {
        out.extend_from_slice(b"null");
    }
}

/// WHERE clauses and their bound values.
#[derive(Debug, Default)]
pub struct Filter {
    clauses: Vec<String>,
    values: Vec<SqlValue>,
}

impl Filter {
    /// `column <op> value` if `value` is given.
    pub fn cmp(&mut self, column: &str, op: &str, value: Option<impl Into<SqlValue>>) {
        if let Some(value) = value {
            self.values.push(value.into());
            self.clauses.push(format!("t.{column} {op} ?{}", self.values.len()));
        }
    }

    /// `column = value` if `value` is given.
    pub fn eq(&mut self, column: &str, value: Option<impl Into<SqlValue>>) {
        self.cmp(column, "=", value);
    }

    /// `column = value` if `value` is given, as a plain filter: SQLite will not pick an index
    /// for this term (a column with few distinct values, whose index would mean sorting a large
    /// share of the table instead of reading the list's order index).
    pub fn eq_unindexed(&mut self, column: &str, value: Option<impl Into<SqlValue>>) {
        if let Some(value) = value {
            self.values.push(value.into());
            self.clauses.push(format!("+t.{column} = ?{}", self.values.len()));
        }
    }

    /// `column IN (values)` if given.
    pub fn any_of(&mut self, column: &str, values: Option<Vec<&'static str>>) {
        let Some(values) = values else { return };
        let mut marks = Vec::new();
        for value in values {
            self.values.push(SqlValue::Text(value.to_owned()));
            marks.push(format!("?{}", self.values.len()));
        }
        self.clauses.push(format!("t.{column} IN ({})", marks.join(", ")));
    }

    /// A raw clause with its values (numbered from the current count + 1).
    pub fn raw(&mut self, clause: impl FnOnce(usize) -> String, values: Vec<SqlValue>) {
        let first = self.values.len() + 1;
        self.values.extend(values);
        self.clauses.push(clause(first));
    }

    fn where_sql(&self) -> String {
        if self.clauses.is_empty() { String::new() } else { format!("WHERE {}", self.clauses.join(" AND ")) }
    }
}

/// One page of a list.
#[derive(Debug)]
pub struct Page {
    /// The records, as JSON text.
    pub items: Vec<Vec<u8>>,
    /// Where the next page starts, if there is one.
    pub next_cursor: Option<String>,
}

impl Page {
    /// `{"as_of": …, "items": […], "next_cursor": …}` as JSON text.
    pub fn render(&self, as_of: &AsOf) -> Vec<u8> {
        let size: usize = self.items.iter().map(Vec::len).sum();
        let mut out = Vec::with_capacity(size + self.items.len() + 256);
        out.extend_from_slice(b"{\"as_of\":");
        out.extend_from_slice(as_of.to_json().to_string().as_bytes());
        out.extend_from_slice(b",\"items\":[");
        for (index, item) in self.items.iter().enumerate() {
            if index > 0 {
                out.push(b',');
            }
            out.extend_from_slice(item);
        }
        out.extend_from_slice(b"],\"next_cursor\":");
        match &self.next_cursor {
            Some(cursor) => write_str(&mut out, cursor),
            None => out.extend_from_slice(b"null"),
        }
        out.push(b'}');
        out
    }
}

/// A page of `table` filtered by `filter`, ordered by the integer column `key` (then row),
/// starting after `cursor`.
pub fn list(
    conn: &Connection,
    table: &Table,
    mut filter: Filter,
    key: &str,
    cursor: Option<(i64, i64)>,
    limit: usize,
    extra: &Extra<'_>,
) -> Result<Page, ApiError> {
    let key_sql = if key == "rowid" { "t.rowid".to_owned() } else { format!("t.{key}") };
    if let Some((after_key, after_row)) = cursor {
        let key_sql = key_sql.clone();
        filter.raw(
            move |first| format!("({key_sql}, t.rowid) > (?{first}, ?{})", first + 1),
            vec![SqlValue::Integer(after_key), SqlValue::Integer(after_row)],
        );
    }
    let sql = format!(
        "SELECT {key_sql}, t.rowid, {} FROM {} t {} ORDER BY {key_sql}, t.rowid LIMIT {}",
        table.select,
        table.name,
        filter.where_sql(),
        limit + 1
    );
    let mut statement = conn.prepare_cached(&sql)?;
    let mut rows = statement.query(rusqlite::params_from_iter(filter.values.iter()))?;
    let mut items = Vec::new();
    let mut last = None;
    while let Some(row) = rows.next()? {
        if items.len() == limit {
            return Ok(Page { items, next_cursor: last.map(|(key, row): (i64, i64)| format!("{key}.{row}")) });
        }
        let sort_key: i64 = row.get(0)?;
        let rowid: i64 = row.get(1)?;
        last = Some((sort_key, rowid));
        let mut out = Vec::with_capacity(1024);
        table.write_record(row, 2, &mut out, &extra(table, row, 2)?)?;
        items.push(out);
    }
    Ok(Page { items, next_cursor: None })
}

/// Columns of an event as the API shows it.
pub const EVENT_COLUMNS: &str = "position, block_number, log_index, block_hash, block_timestamp, tx_hash, tx_index, \
                                  contract, address, event, entity, entity_id, fields";

/// An event's identity, read while writing it.
#[derive(Debug, Clone)]
pub struct EventHead {
    /// Its position (block × 2^24 + log index).
    pub position: i64,
    /// Its block's hash.
    pub block_hash: String,
    /// Its name.
    pub name: String,
}

/// Writes an events row (selected with [`EVENT_COLUMNS`]) as JSON into `out`; the stored fields
/// are JSON already and are copied as they are.
pub fn write_event(row: &Row<'_>, out: &mut Vec<u8>) -> Result<EventHead, rusqlite::Error> {
    let head = EventHead { position: row.get(0)?, block_hash: row.get(3)?, name: row.get(9)? };
    let int_columns = [(0, "position"), (1, "block_number"), (2, "log_index")];
    out.push(b'{');
    for (index, name) in int_columns {
        if index > 0 {
            out.push(b',');
        }
        out.extend_from_slice(format!("\"{name}\":{}", row.get::<_, i64>(index)?).as_bytes());
    }
    let rest = [
        (3, "block_hash", Kind::Text),
        (4, "block_timestamp", Kind::Int),
        (5, "tx_hash", Kind::Text),
        (6, "tx_index", Kind::Int),
        (7, "contract", Kind::Text),
        (8, "address", Kind::Text),
        (9, "event", Kind::Text),
        (10, "entity", Kind::Text),
        (11, "entity_id", Kind::Text),
    ];
    for (index, name, kind) in rest {
        out.extend_from_slice(format!(",\"{name}\":").as_bytes());
        write_value(out, row.get_ref(index)?, kind);
    }
    out.extend_from_slice(b",\"fields\":");
    let fields: String = row.get(12)?;
    if serde_json::from_str::<serde::de::IgnoredAny>(&fields).is_ok() {
        out.extend_from_slice(fields.as_bytes());
    } else {
        write_str(out, &fields);
    }
    out.push(b'}');
    Ok(head)
}

/// The events of entity `id` after position `after`, in chain order.
pub fn history(conn: &Connection, id: &str, after: Option<i64>, limit: usize) -> Result<Page, ApiError> {
    let sql = format!(
        "SELECT {EVENT_COLUMNS} FROM events WHERE entity_id = ?1 AND position > ?2 ORDER BY position LIMIT {}",
        limit + 1
    );
    let mut statement = conn.prepare_cached(&sql)?;
    let mut rows = statement.query(rusqlite::params![id, after.unwrap_or(-1)])?;
    let mut items = Vec::new();
    let mut last = None;
    while let Some(row) = rows.next()? {
        if items.len() == limit {
            return Ok(Page { items, next_cursor: last.map(|position: i64| position.to_string()) });
        }
        last = Some(row.get(0)?);
        let mut out = Vec::with_capacity(512);
        write_event(row, &mut out)?;
        items.push(out);
    }
    Ok(Page { items, next_cursor: None })
}

/// Whether `table` exists in the database (tables added by later migrations, e.g. `policies`).
pub fn has_table(conn: &Connection, table: &str) -> Result<bool, ApiError> {
    let mut statement =
        conn.prepare_cached("SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?1)")?;
    Ok(statement.query_row([table], |row| row.get(0))?)
}
