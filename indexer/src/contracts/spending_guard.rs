//! SpendingGuard: agents' budgets, caps and circuit breakers (docs/SPENDING_GUARD.md).
//! Projected into `policies`: the limits in force, the queued loosening, the flags, and what
//! was spent in the last period that saw a payment — enough to compute the remaining budget at
//! any block time without asking the chain.

use alloy::primitives::Log;
use echorift_bindings::spending_guard::{ISpendingGuard, SpendingGuard::*};
use serde_json::Value;

use super::{Contract, DecodeError, decode_with, enum_name};
use crate::{
    event::{Decoded, Event},
    json::{FieldError, Fields, object},
    projection::{Column, Projection, Row, boolean, copy_ints, copy_strs, int, set, text},
};

pub(super) const CONTRACT: Contract =
    Contract { name: "SpendingGuard", decode, projections: &[Projection { table: TABLE, columns: COLUMNS, fold }] };

const TABLE: &str = "policies";

/// `ISpendingGuard.Trip`, by value.
const TRIP: &[&str] = &["Outflow", "NewRecipients"];

const COLUMNS: &[Column] = &[
    text("operator"),
    text("agent"),
    text("token"),
    text("salt"),
    text("budget"),
    text("max_payment"),
    text("breaker_threshold"),
    int("start_at"),
    int("end_at"),
    int("period"),
    int("max_new_recipients"),
    text("guardian"),
    int("breaker_window"),
    int("loosen_delay"),
    boolean("allowlist_only"),
    int("period_index"),
    text("spent"),
    boolean("paused"),
    int("unpause_at"),
    boolean("tripped"),
    text("trip_reason"),
    int("tripped_at"),
    boolean("revoked"),
    int("change_at"),
    text("pending_policy"),
    text("status"),
];

fn policy(policy: ISpendingGuard::Policy) -> Value {
    let ISpendingGuard::Policy {
        budget,
        maxPayment: max_payment,
        breakerThreshold: breaker_threshold,
        start,
        end,
        period,
        maxNewRecipients: max_new_recipients,
        guardian,
        breakerWindow: breaker_window,
        loosenDelay: loosen_delay,
        allowlistOnly: allowlist_only,
    } = policy;
    object! {
        "budget" => budget, "maxPayment" => max_payment, "breakerThreshold" => breaker_threshold,
        "start" => start, "end" => end, "period" => period, "maxNewRecipients" => max_new_recipients,
        "guardian" => guardian, "breakerWindow" => breaker_window, "loosenDelay" => loosen_delay,
        "allowlistOnly" => allowlist_only,
    }
}

fn decode(log: &Log) -> Result<Decoded, DecodeError> {
    let entity = |id: &alloy::primitives::B256| Some((TABLE, id.to_string()));
    let (name, entity, fields) = match decode_with::<SpendingGuardEvents>(CONTRACT.name, log)? {
        SpendingGuardEvents::PolicyGranted(PolicyGranted {
            id,
            operator,
            agent,
            token,
            salt,
            policy: limits,
            recipients,
        }) => (
            "PolicyGranted",
            entity(&id),
            object! {
                "id" => id, "operator" => operator, "agent" => agent, "token" => token, "salt" => salt,
                "policy" => policy(limits), "recipients" => recipients,
            },
        ),
        SpendingGuardEvents::PolicyChanged(PolicyChanged { id, policy: limits }) => {
            ("PolicyChanged", entity(&id), object! { "id" => id, "policy" => policy(limits) })
        }
        SpendingGuardEvents::ChangeQueued(ChangeQueued { id, policy: limits, effectiveAt: effective_at }) => (
            "ChangeQueued",
            entity(&id),
            object! { "id" => id, "policy" => policy(limits), "effectiveAt" => effective_at },
        ),
        SpendingGuardEvents::ChangeCancelled(ChangeCancelled { id, by }) => {
            ("ChangeCancelled", entity(&id), object! { "id" => id, "by" => by })
        }
        SpendingGuardEvents::RecipientsAllowed(RecipientsAllowed { id, recipients, allowedFrom: allowed_from }) => (
            "RecipientsAllowed",
            entity(&id),
            object! { "id" => id, "recipients" => recipients, "allowedFrom" => allowed_from },
        ),
        SpendingGuardEvents::RecipientsRemoved(RecipientsRemoved { id, recipients }) => {
            ("RecipientsRemoved", entity(&id), object! { "id" => id, "recipients" => recipients })
        }
        SpendingGuardEvents::Spent(Spent {
            id,
            to,
            amount,
            periodIndex: period_index,
            spentInPeriod: spent_in_period,
            r#ref: reference,
        }) => (
            "Spent",
            entity(&id),
            object! {
                "id" => id, "to" => to, "amount" => amount, "periodIndex" => period_index,
                "spentInPeriod" => spent_in_period, "ref" => reference,
            },
        ),
        SpendingGuardEvents::BreakerTripped(BreakerTripped { id, reason, to, amount, observed }) => (
            "BreakerTripped",
            entity(&id),
            object! {
                "id" => id, "reason" => enum_name(TRIP, reason), "to" => to, "amount" => amount,
                "observed" => observed,
            },
        ),
        SpendingGuardEvents::BreakerReset(BreakerReset { id }) => ("BreakerReset", entity(&id), object! { "id" => id }),
        SpendingGuardEvents::Paused(Paused { id, by }) => ("Paused", entity(&id), object! { "id" => id, "by" => by }),
        SpendingGuardEvents::UnpauseQueued(UnpauseQueued { id, effectiveAt: effective_at }) => {
            ("UnpauseQueued", entity(&id), object! { "id" => id, "effectiveAt" => effective_at })
        }
        SpendingGuardEvents::Revoked(Revoked { id, by }) => {
            ("Revoked", entity(&id), object! { "id" => id, "by" => by })
        }
    };
    Ok(Decoded { name, entity, fields })
}

/// Copies a policy's limits (an event's `policy` object) into the row's columns.
fn copy_limits(row: &mut Row, limits: Fields<'_>) -> Result<(), FieldError> {
    copy_strs(
        row,
        limits,
        &[
            ("budget", "budget"),
            ("max_payment", "maxPayment"),
            ("breaker_threshold", "breakerThreshold"),
            ("guardian", "guardian"),
        ],
    )?;
    copy_ints(
        row,
        limits,
        &[
            ("start_at", "start"),
            ("end_at", "end"),
            ("period", "period"),
            ("max_new_recipients", "maxNewRecipients"),
            ("breaker_window", "breakerWindow"),
            ("loosen_delay", "loosenDelay"),
        ],
    )?;
    set(row, "allowlist_only", limits.value("allowlistOnly")?.clone());
    Ok(())
}

fn fold(row: Option<Row>, event: &Event) -> Result<Option<Row>, FieldError> {
    let fields = Fields::new(&event.name, &event.fields)?;
    if event.name == "PolicyGranted" {
        let mut row = Row::new();
        copy_strs(
            &mut row,
            fields,
            &[("operator", "operator"), ("agent", "agent"), ("token", "token"), ("salt", "salt")],
        )?;
        copy_limits(&mut row, fields.object("policy")?)?;
        set(&mut row, "period_index", 0);
        set(&mut row, "spent", "0");
        for flag in ["paused", "tripped", "revoked"] {
            set(&mut row, flag, false);
        }
        for column in ["unpause_at", "trip_reason", "tripped_at", "change_at", "pending_policy"] {
            set(&mut row, column, Value::Null);
        }
        set(&mut row, "status", "Active");
        return Ok(Some(row));
    }
    // Every other event updates a granted policy; one granted before the start block has no row.
    let Some(mut row) = row else { return Ok(None) };
    match event.name.as_str() {
        "PolicyChanged" => {
            copy_limits(&mut row, fields.object("policy")?)?;
            // The contract drops a queued loosening when a change applies (ChangeCancelled
            // follows a tightening; applyChange consumes it).
            set(&mut row, "change_at", Value::Null);
            set(&mut row, "pending_policy", Value::Null);
        }
        "ChangeQueued" => {
            set(&mut row, "change_at", fields.u64("effectiveAt")?);
            set(&mut row, "pending_policy", fields.value("policy")?.to_string());
        }
        "ChangeCancelled" => {
            set(&mut row, "change_at", Value::Null);
            set(&mut row, "pending_policy", Value::Null);
        }
        "Spent" => {
            set(&mut row, "period_index", fields.u64("periodIndex")?);
            copy_strs(&mut row, fields, &[("spent", "spentInPeriod")])?;
            // A spend goes through only when not paused: a queued unpause has taken effect.
            set(&mut row, "paused", false);
            set(&mut row, "unpause_at", Value::Null);
        }
        "BreakerTripped" => {
            set(&mut row, "tripped", true);
            copy_strs(&mut row, fields, &[("trip_reason", "reason")])?;
            set(&mut row, "tripped_at", event.block_timestamp);
        }
        "BreakerReset" => set(&mut row, "tripped", false),
        "Paused" => {
            set(&mut row, "paused", true);
            set(&mut row, "unpause_at", Value::Null);
        }
        "UnpauseQueued" => set(&mut row, "unpause_at", fields.u64("effectiveAt")?),
        "Revoked" => set(&mut row, "revoked", true),
        _ => {}
    }
    let flag = |name: &str| row.get(name).and_then(Value::as_bool).unwrap_or(false);
    // As stored: a paused policy whose unpause_at has passed is active again at that time,
    // which readers decide against the block time they ask about.
    let status = if flag("revoked") {
        "Revoked"
    } else if flag("tripped") {
        "Tripped"
    } else if flag("paused") {
        "Paused"
    } else {
        "Active"
    };
    set(&mut row, "status", status);
    Ok(Some(row))
}
