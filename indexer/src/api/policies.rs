//! Spending policies (SpendingGuard), with what is left of the current period's budget and the
//! breaker's state at chain time.

use serde_json::{Map, Value, json};

use crate::projection::Kind;

use super::query::Table;

/// The `policies` table's columns as the API shows them (the table arrives with the
/// SpendingGuard indexer; until then the endpoint answers 404).
pub fn table() -> Table {
    if crate::contracts::projection("policies").is_some() {
        return Table::of("policies");
    }
    use Kind::{Bool, Int, Text};
    let columns = vec![
        ("id", Text),
        ("created_block", Int),
        ("created_tx_hash", Text),
        ("created_at", Int),
        ("block_number", Int),
        ("block_hash", Text),
        ("tx_hash", Text),
        ("log_index", Int),
        ("updated_at", Int),
        ("operator", Text),
        ("agent", Text),
        ("token", Text),
        ("salt", Text),
        ("budget", Text),
        ("max_payment", Text),
        ("breaker_threshold", Text),
        ("start_at", Int),
        ("end_at", Int),
        ("period", Int),
        ("max_new_recipients", Int),
        ("guardian", Text),
        ("breaker_window", Int),
        ("loosen_delay", Int),
        ("allowlist_only", Bool),
        ("period_index", Int),
        ("spent", Text),
        ("paused", Bool),
        ("unpause_at", Int),
        ("tripped", Bool),
        ("revoked", Bool),
        ("change_at", Int),
        ("status", Text),
    ];
    Table::with_columns("policies", columns)
}

fn int(record: &Map<String, Value>, column: &str) -> i64 {
    record.get(column).and_then(Value::as_i64).unwrap_or(0)
}

fn amount(record: &Map<String, Value>, column: &str) -> u128 {
    record.get(column).and_then(Value::as_str).and_then(|text| text.parse().ok()).unwrap_or(0)
}

fn flag(record: &Map<String, Value>, column: &str) -> bool {
    match record.get(column) {
        Some(Value::Bool(flag)) => *flag,
        Some(Value::Number(number)) => number.as_i64().is_some_and(|n| n != 0),
        _ => false,
    }
}

/// Adds `remaining` (what the agent may still spend in the period containing `now`),
/// `period_ends_at`, `in_window` and a `breaker` object, all at chain time `now`.
pub fn annotate(record: &mut Map<String, Value>, now: i64) {
    let (start, end, period) = (int(record, "start_at"), int(record, "end_at"), int(record, "period"));
    let budget = amount(record, "budget");
    let (remaining, period_ends_at) = if now < start || period <= 0 {
        (budget, if period > 0 { Some(start.saturating_add(period)) } else { None })
    } else {
        let current = (now - start) / period;
        let spent = if int(record, "period_index") == current { amount(record, "spent") } else { 0 };
        (budget.saturating_sub(spent), Some(start.saturating_add(current.saturating_add(1).saturating_mul(period))))
    };
    let unpause_at = int(record, "unpause_at");
    let paused = flag(record, "paused") && (unpause_at == 0 || now < unpause_at);
    record.insert("remaining".into(), Value::from(remaining.to_string()));
    record.insert("period_ends_at".into(), json!(period_ends_at));
    record.insert("in_window".into(), Value::from(now >= start && (end == 0 || now < end)));
    record.insert(
        "breaker".into(),
        json!({
            "tripped": flag(record, "tripped"),
            "paused": paused,
            "unpause_at": if unpause_at == 0 { None } else { Some(unpause_at) },
            "revoked": flag(record, "revoked"),
            "can_spend": !flag(record, "tripped") && !paused && !flag(record, "revoked")
                && now >= start && (end == 0 || now < end) && remaining > 0,
        }),
    );
}

/// Columns [`annotate`] reads.
const READ: &[&str] =
    &["budget", "spent", "period_index", "start_at", "end_at", "period", "paused", "unpause_at", "tripped", "revoked"];

/// The `,"remaining":…,"breaker":{…}` members a policy record gets at chain time `now`.
pub fn extra(now: i64) -> impl Fn(&Table, &rusqlite::Row<'_>, usize) -> rusqlite::Result<String> {
    move |table, row, offset| {
        let mut fields = table.fields(row, offset, READ)?;
        let before: Vec<String> = fields.keys().cloned().collect();
        annotate(&mut fields, now);
        let mut fragment = String::new();
        for (key, value) in &fields {
            if !before.contains(key) {
                fragment.push_str(&format!(",{}:{value}", Value::from(key.as_str())));
            }
        }
        Ok(fragment)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn remaining_budget_counts_only_the_current_period() {
        let mut record = json!({
            "budget": "1000", "spent": "900", "period_index": 2, "start_at": 100, "period": 10, "end_at": 0,
            "paused": false, "tripped": false, "revoked": false, "unpause_at": 0,
        })
        .as_object()
        .cloned()
        .unwrap_or_default();
        annotate(&mut record, 125);
        assert_eq!(record["remaining"], "100", "period 2 is current");
        assert_eq!(record["period_ends_at"], 130);
        annotate(&mut record, 130);
        assert_eq!(record["remaining"], "1000", "a new period starts with the whole budget");
    }
}
