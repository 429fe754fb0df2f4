//! The agent inbox: for one address, what it can and should do now, each item an action the
//! contracts accept from that address (or from anyone, to that address's benefit) at the chain
//! time of the latest indexed block, with the window it is accepted in.
//!
//! The rules mirror `TaskBoard.sol` and `Escrow.sol` line by line (docs/API.md lists them): an
//! item with `due_before` is accepted while block time < `due_before`; one with
//! `available_from` is accepted from that block time on. Actions the address can always take
//! and that no deadline forces (cancelling an open task, returning escrowed funds, opening a
//! dispute on an escrow) are not listed.

use rusqlite::Connection;
use serde_json::{Map, Value, json};

use super::{
    error::ApiError,
    query::{AsOf, Extra, Table, no_extra, write_str},
};

/// The arbitration period of both contracts (`ARBITRATION_PERIOD`, 30 days).
pub const ARBITRATION_PERIOD: i64 = 30 * 24 * 3600;
const ZERO_ADDRESS: &str = "0x0000000000000000000000000000000000000000";
const ZERO_HASH: &str = "0x0000000000000000000000000000000000000000000000000000000000000000";
/// Policies with at most this share (in percent) of their period's budget left are listed.
pub const NEAR_BUDGET_PERCENT: u128 = 10;

/// One actionable item.
#[derive(Debug)]
struct Item {
    kind: &'static str,
    contract: &'static str,
    action: &'static str,
    role: &'static str,
    available_from: Option<i64>,
    due_before: Option<i64>,
    note: &'static str,
    extra: Option<(&'static str, Value)>,
    record: Record,
}

/// A row: the few fields the rules read, and the whole record as JSON text.
#[derive(Debug, Clone)]
struct Record {
    fields: Map<String, Value>,
    json: std::rc::Rc<Vec<u8>>,
}

impl std::ops::Deref for Record {
    type Target = Map<String, Value>;

    fn deref(&self) -> &Self::Target {
        &self.fields
    }
}

impl Item {
    fn write(&self, out: &mut Vec<u8>) {
        let mut head = json!({
            "kind": self.kind,
            "id": self.record.get("id"),
            "contract": self.contract,
            "action": self.action,
            "role": self.role,
            "available_from": self.available_from,
            "due_before": self.due_before,
            "note": self.note,
        });
        if let (Some((key, value)), Some(object)) = (&self.extra, head.as_object_mut()) {
            object.insert((*key).to_owned(), value.clone());
        }
        let head = head.to_string();
        out.extend_from_slice(&head.as_bytes()[..head.len() - 1]);
        out.extend_from_slice(b",");
        write_str(out, self.kind);
        out.push(b':');
        out.extend_from_slice(&self.record.json);
        out.push(b'}');
    }

    fn urgency(&self) -> (i64, i64) {
        (self.due_before.unwrap_or(i64::MAX), self.available_from.unwrap_or(0))
    }
}

/// Columns the rules read.
const READ: &[&str] = &[
    "id",
    "status",
    "deadline",
    "due_at",
    "review_ends_at",
    "dispute_ends_at",
    "status_since",
    "arbiter",
    "validation_schema",
    "validator",
    "disputed_at",
    "condition_schema",
    "condition_attester",
    "budget",
    "unpause_at",
    "revoked",
];

fn int(record: &Map<String, Value>, column: &str) -> i64 {
    record.get(column).and_then(Value::as_i64).unwrap_or(0)
}

fn flag_of(record: &Map<String, Value>, column: &str) -> bool {
    record.get(column).and_then(Value::as_bool).unwrap_or(false)
}

fn text<'a>(record: &'a Map<String, Value>, column: &str) -> &'a str {
    record.get(column).and_then(Value::as_str).unwrap_or_default()
}

/// Tables the inbox reads.
#[derive(Debug, Clone)]
pub struct InboxTables {
    /// tasks
    pub tasks: Table,
    /// escrows
    pub escrows: Table,
    /// policies, when the database has them
    pub policies: Option<Table>,
}

/// Rows of `table` where `column = address AND status = status`, at most `limit`.
fn rows(
    conn: &Connection,
    table: &Table,
    (column, address): (&str, &str),
    status: &str,
    extra: Option<(&str, i64)>,
    limit: usize,
    members: &Extra<'_>,
) -> Result<Vec<Record>, ApiError> {
    let sql = format!(
        "SELECT {} FROM {} t WHERE t.{column} = ?1 AND t.status = ?2 {} LIMIT {limit}",
        table.select(),
        table.name,
        extra.map_or("", |(clause, _)| clause),
    );
    let mut statement = conn.prepare_cached(&sql)?;
    let mut result = Vec::new();
    let mut found = match extra {
        Some((_, value)) => statement.query(rusqlite::params![address, status, value])?,
        None => statement.query(rusqlite::params![address, status])?,
    };
    while let Some(row) = found.next()? {
        let mut fields = table.fields(row, 0, READ)?;
        let fragment = members(table, row, 0)?;
        let mut json = Vec::with_capacity(1024);
        table.write_record(row, 0, &mut json, &fragment)?;
        if !fragment.is_empty()
            && let Ok(Value::Object(added)) = serde_json::from_str::<Value>(&format!("{{{}}}", &fragment[1..]))
        {
            fields.extend(added);
        }
        result.push(Record { fields, json: std::rc::Rc::new(json) });
    }
    Ok(result)
}

/// The uid of a valid attestation (not revoked, not expired at `now`) of `schema` by
/// `attester` referring to `reference` (and about `recipient`, if given), if one is indexed.
fn valid_proof(
    conn: &Connection,
    schema: &str,
    attester: &str,
    reference: &str,
    recipient: Option<&str>,
    now: i64,
) -> Result<Option<String>, ApiError> {
    let mut statement = conn.prepare_cached(
        "SELECT id FROM attestations INDEXED BY attestations_by_ref WHERE ref_uid = ?1 AND schema = ?2 AND attester = ?3 \
         AND (?4 IS NULL OR recipient = ?4) AND revoked = 0 AND (expiration_time = 0 OR expiration_time > ?5) \
         ORDER BY rowid LIMIT 1",
    )?;
    let mut found = statement.query(rusqlite::params![reference, schema, attester, recipient, now])?;
    Ok(match found.next()? {
        Some(row) => Some(row.get(0)?),
        None => None,
    })
}

/// The inbox of `address` (checksummed) at the snapshot `as_of`; at most `limit` rows are read
/// per rule, and `truncated` says whether any rule had more.
pub fn inbox(
    conn: &Connection,
    tables: &InboxTables,
    address: &str,
    as_of: &AsOf,
    limit: usize,
) -> Result<Vec<u8>, ApiError> {
    let now = as_of.chain_time();
    let mut items = Vec::new();
    let mut truncated = false;
    let policy_members = super::policies::extra(now);
    let mut fetch = |table: &Table, column: &str, status: &str, extra: Option<(&str, i64)>| {
        let members: &Extra<'_> = if table.name == "policies" { &policy_members } else { &no_extra };
        let found = rows(conn, table, (column, address), status, extra, limit + 1, members)?;
        if found.len() > limit {
            truncated = true;
        }
        Ok::<_, ApiError>(found.into_iter().take(limit).collect::<Vec<_>>())
    };
    let task = |action: &'static str,
                role: &'static str,
                available_from: Option<i64>,
                due_before: Option<i64>,
                note: &'static str,
                record: Record| Item {
        kind: "task",
        contract: "TaskBoard",
        action,
        role,
        available_from,
        due_before,
        note,
        extra: None,
        record,
    };
    let escrow = |action: &'static str,
                  role: &'static str,
                  available_from: Option<i64>,
                  due_before: Option<i64>,
                  note: &'static str,
                  record: Record| Item {
        kind: "escrow",
        contract: "Escrow",
        action,
        role,
        available_from,
        due_before,
        note,
        extra: None,
        record,
    };

    // ---------------------------------------------------------------- tasks, as the worker
    let tasks = &tables.tasks;
    for record in fetch(tasks, "worker", "Claimed", Some(("AND t.due_at > ?3", now)))? {
        let due_at = int(&record, "due_at");
        if now < due_at {
            items.push(task("submit", "worker", None, Some(due_at), "deliver before the delivery time", record));
        }
    }
    for record in fetch(tasks, "worker", "Submitted", None)? {
        let review_ends_at = int(&record, "review_ends_at");
        if now >= review_ends_at {
            items.push(task(
                "finalize",
                "worker",
                Some(review_ends_at),
                None,
                "the review window passed: anyone may finalize, paying you",
                record,
            ));
        } else if text(&record, "validation_schema") != ZERO_HASH {
            let proof = valid_proof(
                conn,
                text(&record, "validation_schema"),
                text(&record, "validator"),
                text(&record, "id"),
                Some(address),
                now,
            )?;
            if let Some(uid) = proof {
                let mut item = task(
                    "accept_by_validation",
                    "worker",
                    None,
                    None,
                    "a valid validation attestation exists: anyone may present it, paying you",
                    record,
                );
                item.extra = Some(("proof", Value::from(uid)));
                items.push(item);
            }
        }
    }
    for record in fetch(tasks, "worker", "Rejected", None)? {
        let dispute_ends_at = int(&record, "dispute_ends_at");
        if now < dispute_ends_at {
            if text(&record, "arbiter") != ZERO_ADDRESS {
                items.push(task(
                    "dispute",
                    "worker",
                    None,
                    Some(dispute_ends_at),
                    "rejected: dispute before the window ends",
                    record,
                ));
            }
        } else {
            items.push(task(
                "close",
                "worker",
                Some(dispute_ends_at),
                None,
                "the rejection stands: closing returns your stake",
                record,
            ));
        }
    }
    for record in fetch(tasks, "worker", "Disputed", None)? {
        let lapses_at = int(&record, "status_since").saturating_add(ARBITRATION_PERIOD);
        if now >= lapses_at {
            items.push(task(
                "close",
                "worker",
                Some(lapses_at),
                None,
                "the arbiter did not rule in time: closing returns your stake",
                record,
            ));
        }
    }

    // ---------------------------------------------------------------- tasks, as the poster
    for record in fetch(tasks, "poster", "Open", Some(("AND t.deadline <= ?3", now)))? {
        let deadline = int(&record, "deadline");
        if now >= deadline {
            items.push(task(
                "close",
                "poster",
                Some(deadline),
                None,
                "expired unclaimed: closing returns the reward",
                record,
            ));
        }
    }
    for record in fetch(tasks, "poster", "Claimed", None)? {
        let (due_at, deadline) = (int(&record, "due_at"), int(&record, "deadline"));
        if now >= deadline {
            items.push(task(
                "close",
                "poster",
                Some(deadline),
                None,
                "expired undelivered: closing returns the reward and the stake",
                record,
            ));
        } else if now >= due_at {
            items.push(task(
                "reopen",
                "poster",
                Some(due_at),
                Some(deadline),
                "the worker missed its delivery time: reopening takes its stake and frees the task",
                record,
            ));
        }
    }
    for record in fetch(tasks, "poster", "Submitted", None)? {
        let review_ends_at = int(&record, "review_ends_at");
        if now < review_ends_at {
            items.push(task(
                "reject",
                "poster",
                None,
                Some(review_ends_at),
                "review the submission: reject before the review window ends",
                record.clone(),
            ));
        }
        let note = if now < review_ends_at {
            "review the submission: accepting pays the worker"
        } else {
            "the review window passed: accept, or anyone may finalize"
        };
        items.push(task("accept", "poster", None, None, note, record));
    }
    for record in fetch(tasks, "poster", "Rejected", None)? {
        let dispute_ends_at = int(&record, "dispute_ends_at");
        if now >= dispute_ends_at {
            items.push(task(
                "close",
                "poster",
                Some(dispute_ends_at),
                None,
                "the rejection stands: closing returns the reward",
                record,
            ));
        }
    }
    for record in fetch(tasks, "poster", "Disputed", None)? {
        let lapses_at = int(&record, "status_since").saturating_add(ARBITRATION_PERIOD);
        if now >= lapses_at {
            items.push(task(
                "close",
                "poster",
                Some(lapses_at),
                None,
                "the arbiter did not rule in time: closing returns the reward",
                record,
            ));
        }
    }

    // ---------------------------------------------------------------- tasks, as the arbiter
    for record in fetch(tasks, "arbiter", "Disputed", None)? {
        let lapses_at = int(&record, "status_since").saturating_add(ARBITRATION_PERIOD);
        if now < lapses_at {
            items.push(task("resolve", "arbiter", None, Some(lapses_at), "a dispute to rule on", record));
        }
    }

    // ---------------------------------------------------------------- escrows
    let escrows = &tables.escrows;
    for status in ["Open", "Disputed"] {
        for record in fetch(escrows, "payer", status, None)? {
            let refundable_at = if status == "Open" {
                int(&record, "deadline")
            } else {
                int(&record, "disputed_at").saturating_add(ARBITRATION_PERIOD)
            };
            if now >= refundable_at {
                items.push(escrow(
                    "refund",
                    "payer",
                    Some(refundable_at),
                    None,
                    "refundable: anyone may refund the remainder to you",
                    record.clone(),
                ));
            }
            items.push(escrow("release", "payer", None, None, "funds you can release to the payee", record));
        }
    }
    for record in fetch(escrows, "payee", "Open", None)? {
        let deadline = int(&record, "deadline");
        if now >= deadline || text(&record, "condition_schema") == ZERO_HASH {
            continue;
        }
        let proof = valid_proof(
            conn,
            text(&record, "condition_schema"),
            text(&record, "condition_attester"),
            text(&record, "id"),
            None,
            now,
        )?;
        if let Some(uid) = proof {
            let mut item = escrow(
                "release_on_proof",
                "payee",
                None,
                Some(deadline),
                "the release condition is attested: present the proof before the deadline",
                record,
            );
            item.extra = Some(("proof", Value::from(uid)));
            items.push(item);
        }
    }
    for record in fetch(escrows, "arbiter", "Disputed", None)? {
        let lapses_at = int(&record, "disputed_at").saturating_add(ARBITRATION_PERIOD);
        if now < lapses_at {
            items.push(escrow("resolve", "arbiter", None, Some(lapses_at), "a dispute to rule on", record));
        }
    }

    // ---------------------------------------------------------------- spending policies
    if let Some(policies) = &tables.policies {
        for role in ["operator", "agent"] {
            // A paused policy whose queued unpause has come is active again.
            let mut spendable = fetch(policies, role, "Active", None)?;
            spendable.extend(fetch(policies, role, "Paused", None)?.into_iter().filter(|record| {
                let unpause_at = int(record, "unpause_at");
                unpause_at != 0 && now >= unpause_at
            }));
            for record in spendable {
                let left = text(&record, "period_remaining").parse::<u128>().unwrap_or(0);
                let budget = text(&record, "budget").parse::<u128>().unwrap_or(0);
                let in_window = record.get("in_window").and_then(Value::as_bool).unwrap_or(false);
                if in_window && left.saturating_mul(100) <= budget.saturating_mul(NEAR_BUDGET_PERCENT) {
                    items.push(Item {
                        kind: "policy",
                        contract: "SpendingGuard",
                        action: "near_budget",
                        role,
                        available_from: None,
                        due_before: record.get("period_ends_at").and_then(Value::as_i64),
                        note: "at most 10% of this period's budget is left until the period ends",
                        extra: None,
                        record,
                    });
                }
            }
        }
        for record in fetch(policies, "operator", "Tripped", None)? {
            if flag_of(&record, "revoked") {
                continue;
            }
            items.push(Item {
                kind: "policy",
                contract: "SpendingGuard",
                action: "reset_breaker",
                role: "operator",
                available_from: None,
                due_before: None,
                note: "the circuit breaker tripped: the agent cannot spend until you reset it",
                extra: None,
                record,
            });
        }
    }

    items.sort_by_key(Item::urgency);
    let head = json!({ "address": address, "chain_time": now, "as_of": as_of.to_json(), "truncated": truncated });
    let head = head.to_string();
    let size: usize = items.iter().map(|item| item.record.json.len() + 400).sum();
    let mut out = Vec::with_capacity(head.len() + size + 16);
    out.extend_from_slice(&head.as_bytes()[..head.len() - 1]);
    out.extend_from_slice(b",\"items\":[");
    for (index, item) in items.iter().enumerate() {
        if index > 0 {
            out.push(b',');
        }
        item.write(&mut out);
    }
    out.extend_from_slice(b"]}");
    Ok(out)
}
