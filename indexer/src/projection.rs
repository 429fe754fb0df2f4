//! Projected current state: one table per kind of entity (tasks, escrows, attestations, …),
//! each row a fold of that entity's events in chain order.
//!
//! A contract module describes its tables ([`Projection`]) and how one event changes a row
//! (`fold`). Everything else is shared: the store loads the rows a batch touches, folds the
//! batch's events into them with [`fold_into`] and writes them back; a rollback deletes the
//! rows whose events it removed and folds their remaining events again, so rolled-back state
//! equals a fresh index by construction.

use std::collections::HashMap;

use serde_json::{Map, Value};

use crate::{event::Event, json::FieldError};

/// A projected row: column name to value, as JSON (text, integer, boolean or null).
pub type Row = Map<String, Value>;

/// How a column is stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Text: addresses, hashes, decimal amounts, names.
    Text,
    /// A signed 64-bit integer: block numbers, times, small enums.
    Int,
    /// A boolean, stored as 0 or 1.
    Bool,
}

/// One column of a projected table.
#[derive(Debug, Clone, Copy)]
pub struct Column {
    /// Its name, in SQL and in the row.
    pub name: &'static str,
    /// How it is stored.
    pub kind: Kind,
}

/// Shorthand for a text column.
pub(crate) const fn text(name: &'static str) -> Column {
    Column { name, kind: Kind::Text }
}

/// Shorthand for an integer column.
pub(crate) const fn int(name: &'static str) -> Column {
    Column { name, kind: Kind::Int }
}

/// Shorthand for a boolean column.
pub(crate) const fn boolean(name: &'static str) -> Column {
    Column { name, kind: Kind::Bool }
}

/// The columns every projected table starts with: the entity's id, where it was created, and
/// the block, transaction and log of the event that last changed it.
pub const COMMON_COLUMNS: &[Column] = &[
    text("id"),
    int("created_block"),
    text("created_tx_hash"),
    int("created_at"),
    int("block_number"),
    text("block_hash"),
    text("tx_hash"),
    int("log_index"),
    int("updated_at"),
];

/// One projected table and the function that folds an event into its rows.
#[derive(Debug)]
pub struct Projection {
    /// The table's name; events name it as their entity's kind.
    pub table: &'static str,
    /// The table's own columns (after [`COMMON_COLUMNS`]).
    pub columns: &'static [Column],
    /// The row after `event`, given the row before it (`None`: the entity is new). `Ok(None)`
    /// leaves the entity without a row: an update to an entity created before the start block.
    pub fold: fn(Option<Row>, &Event) -> Result<Option<Row>, FieldError>,
}

impl Projection {
    /// Every column, common ones first.
    pub fn all_columns(&self) -> impl Iterator<Item = &'static Column> {
        COMMON_COLUMNS.iter().chain(self.columns.iter())
    }
}

/// Rows by (table, id), as loaded from the store (`None`: no row yet), then as folded.
pub type Rows = HashMap<(&'static str, String), Option<Row>>;

/// Folds `events` (in chain order) into `rows`, which must hold every entity they touch.
pub fn fold_into(rows: &mut Rows, events: &[Event]) -> Result<(), FieldError> {
    for event in events {
        let Some((table, id)) = &event.entity else { continue };
        let Some(projection) = crate::contracts::projection(table) else { continue };
        let slot = rows.entry((projection.table, id.clone())).or_insert(None);
        let created = slot.is_none();
        let mut row = (projection.fold)(slot.take(), event)?;
        if let Some(row) = &mut row {
            stamp(row, id, event, created);
        }
        *slot = row;
    }
    Ok(())
}

/// Writes the common columns.
fn stamp(row: &mut Row, id: &str, event: &Event, created: bool) {
    if created {
        row.insert("id".into(), Value::from(id));
        row.insert("created_block".into(), Value::from(event.block_number));
        row.insert("created_tx_hash".into(), Value::from(event.tx_hash.to_string()));
        row.insert("created_at".into(), Value::from(event.block_timestamp));
    }
    row.insert("block_number".into(), Value::from(event.block_number));
    row.insert("block_hash".into(), Value::from(event.block_hash.to_string()));
    row.insert("tx_hash".into(), Value::from(event.tx_hash.to_string()));
    row.insert("log_index".into(), Value::from(event.log_index));
    row.insert("updated_at".into(), Value::from(event.block_timestamp));
}

/// Sets `column` of `row` to `value`.
pub(crate) fn set(row: &mut Row, column: &str, value: impl Into<Value>) {
    row.insert(column.to_owned(), value.into());
}

/// Copies string fields of an event into same-purpose columns: (column, field) pairs.
pub(crate) fn copy_strs(
    row: &mut Row,
    fields: crate::json::Fields<'_>,
    pairs: &[(&str, &str)],
) -> Result<(), FieldError> {
    for (column, field) in pairs {
        set(row, column, fields.str(field)?);
    }
    Ok(())
}

/// Copies integer fields of an event into columns: (column, field) pairs.
pub(crate) fn copy_ints(
    row: &mut Row,
    fields: crate::json::Fields<'_>,
    pairs: &[(&str, &str)],
) -> Result<(), FieldError> {
    for (column, field) in pairs {
        set(row, column, fields.u64(field)?);
    }
    Ok(())
}
