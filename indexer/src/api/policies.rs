//! Spending policies (SpendingGuard), with what is left of the current period's budget and the
//! breaker's state at chain time.

use serde_json::{Map, Value, json};

use super::query::Table;

/// The `policies` table as the API shows it.
pub fn table() -> Table {
    Table::of("policies")
}

/// Policy statuses, as the indexer names them.
pub const STATUSES: &[&str] = &["Active", "Paused", "Tripped", "Revoked"];

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

/// Adds, at chain time `now`: `remaining`, what `SpendingGuard.remaining(id)` answers (0 while
/// paused, tripped, revoked or outside `[start_at, end_at)`); `period_remaining`, the budget left
/// in the current period whatever the flags; `period_ends_at`; `in_window`; and a `breaker`
/// object (`tripped`, `paused` — false once a queued unpause has come —, `unpause_at`,
/// `revoked`, `can_spend`).
pub fn annotate(record: &mut Map<String, Value>, now: i64) {
    let (start, end, period) = (int(record, "start_at"), int(record, "end_at"), int(record, "period"));
    let budget = amount(record, "budget");
    let (period_remaining, period_ends_at) = if period <= 0 {
        (0, None)
    } else if now < start {
        (budget, Some(start.saturating_add(period)))
    } else {
        let current = (now - start) / period;
        let spent = if int(record, "period_index") == current { amount(record, "spent") } else { 0 };
        (budget.saturating_sub(spent), Some(start.saturating_add(current.saturating_add(1).saturating_mul(period))))
    };
    let unpause_at = int(record, "unpause_at");
    let paused = flag(record, "paused") && !(unpause_at != 0 && now >= unpause_at);
    let (tripped, revoked) = (flag(record, "tripped"), flag(record, "revoked"));
    let in_window = now >= start && (end == 0 || now < end);
    let active = !paused && !tripped && !revoked;
    let remaining = if active && in_window { period_remaining } else { 0 };
    record.insert("remaining".into(), Value::from(remaining.to_string()));
    record.insert("period_remaining".into(), Value::from(period_remaining.to_string()));
    record.insert("period_ends_at".into(), json!(period_ends_at));
    record.insert("in_window".into(), Value::from(in_window));
    record.insert(
        "breaker".into(),
        json!({
            "tripped": tripped,
            "paused": paused,
            "unpause_at": if unpause_at == 0 { None } else { Some(unpause_at) },
            "revoked": revoked,
            "can_spend": active && in_window && remaining > 0,
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
        record.insert("paused".into(), Value::Bool(true));
        record.insert("unpause_at".into(), Value::from(140));
        annotate(&mut record, 135);
        assert_eq!((record["remaining"].clone(), record["period_remaining"].clone()), (json!("0"), json!("1000")));
        annotate(&mut record, 140);
        assert_eq!(record["remaining"], "1000", "a queued unpause takes effect at its time");
    }
}
