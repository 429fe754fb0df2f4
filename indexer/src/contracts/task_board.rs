//! TaskBoard: tasks from posting to payment (docs/TASKS.md). Projected into `tasks`.

use alloy::primitives::Log;
use echorift_bindings::task_board::{ITaskBoard, TaskBoard::*};

use super::{Contract, DecodeError, decode_with, enum_name};
use crate::{
    event::{Decoded, Event},
    json::{FieldError, Fields, object, sortable_amount},
    projection::{Column, Projection, Row, boolean, copy_ints, copy_strs, int, set, text},
};

pub(super) const CONTRACT: Contract =
    Contract { name: "TaskBoard", decode, projections: &[Projection { table: TABLE, columns: COLUMNS, fold }] };

const TABLE: &str = "tasks";

/// `ITaskBoard.Status`, by value.
const STATUS: &[&str] = &[
    "None",
    "Open",
    "Claimed",
    "Submitted",
    "Rejected",
    "Disputed",
    "Completed",
    "Cancelled",
    "Expired",
    "Refused",
    "Resolved",
];
/// `ITaskBoard.Acceptance`, by value.
const ACCEPTANCE: &[&str] = &["Poster", "ReviewTimeout", "Validation"];

const COLUMNS: &[Column] = &[
    text("poster"),
    text("token"),
    text("reward"),
    text("reward_sort"),
    text("stake"),
    int("deadline"),
    int("claim_duration"),
    int("review_window"),
    int("dispute_window"),
    text("arbiter"),
    int("arbiter_fee_bps"),
    text("validation_schema"),
    text("validator"),
    text("spec_hash"),
    text("salt"),
    text("spec_uri"),
    boolean("authorized"),
    text("funder"),
    text("status"),
    int("status_since"),
    text("worker"),
    int("due_at"),
    text("result_hash"),
    text("result_uri"),
    int("review_ends_at"),
    text("reject_reason"),
    int("dispute_ends_at"),
    text("accepted_by"),
    text("acceptance"),
    text("proof"),
    text("to_worker"),
    text("to_poster"),
    text("arbiter_fee"),
];

fn decode(log: &Log) -> Result<Decoded, DecodeError> {
    let entity = |id: &alloy::primitives::B256| Some((TABLE, id.to_string()));
    let (name, entity, fields) = match decode_with::<TaskBoardEvents>(CONTRACT.name, log)? {
        TaskBoardEvents::TaskPosted(TaskPosted { id, poster, token, task, specURI: spec_uri, authorized, funder }) => {
            let ITaskBoard::Task {
                poster: task_poster,
                token: task_token,
                reward,
                stake,
                deadline,
                claimDuration: claim_duration,
                reviewWindow: review_window,
                disputeWindow: dispute_window,
                arbiter,
                arbiterFeeBps: arbiter_fee_bps,
                validationSchema: validation_schema,
                validator,
                specHash: spec_hash,
                salt,
            } = task;
            let task = object! {
                "poster" => task_poster, "token" => task_token, "reward" => reward, "stake" => stake,
                "deadline" => deadline, "claimDuration" => claim_duration, "reviewWindow" => review_window,
                "disputeWindow" => dispute_window, "arbiter" => arbiter, "arbiterFeeBps" => arbiter_fee_bps,
                "validationSchema" => validation_schema, "validator" => validator, "specHash" => spec_hash,
                "salt" => salt,
            };
            let fields = object! {
                "id" => id, "poster" => poster, "token" => token, "task" => task, "specURI" => spec_uri,
                "authorized" => authorized, "funder" => funder,
            };
            ("TaskPosted", entity(&id), fields)
        }
        TaskBoardEvents::TaskClaimed(TaskClaimed { id, worker, dueAt: due_at }) => {
            ("TaskClaimed", entity(&id), object! { "id" => id, "worker" => worker, "dueAt" => due_at })
        }
        TaskBoardEvents::TaskUnclaimed(TaskUnclaimed { id, worker }) => {
            ("TaskUnclaimed", entity(&id), object! { "id" => id, "worker" => worker })
        }
        TaskBoardEvents::TaskReopened(TaskReopened { id, worker, by }) => {
            ("TaskReopened", entity(&id), object! { "id" => id, "worker" => worker, "by" => by })
        }
        TaskBoardEvents::TaskSubmitted(TaskSubmitted {
            id,
            worker,
            resultHash: result_hash,
            resultURI: result_uri,
            reviewEndsAt: review_ends_at,
        }) => (
            "TaskSubmitted",
            entity(&id),
            object! {
                "id" => id, "worker" => worker, "resultHash" => result_hash, "resultURI" => result_uri,
                "reviewEndsAt" => review_ends_at,
            },
        ),
        TaskBoardEvents::TaskAccepted(TaskAccepted { id, worker, by, how, proof }) => (
            "TaskAccepted",
            entity(&id),
            object! {
                "id" => id, "worker" => worker, "by" => by, "how" => enum_name(ACCEPTANCE, how), "proof" => proof,
            },
        ),
        TaskBoardEvents::TaskRejected(TaskRejected { id, worker, reason, disputeEndsAt: dispute_ends_at }) => (
            "TaskRejected",
            entity(&id),
            object! { "id" => id, "worker" => worker, "reason" => reason, "disputeEndsAt" => dispute_ends_at },
        ),
        TaskBoardEvents::TaskDisputed(TaskDisputed { id, worker }) => {
            ("TaskDisputed", entity(&id), object! { "id" => id, "worker" => worker })
        }
        TaskBoardEvents::TaskResolved(TaskResolved { id, arbiter, toWorker: to_worker, toPoster: to_poster, fee }) => (
            "TaskResolved",
            entity(&id),
            object! {
                "id" => id, "arbiter" => arbiter, "toWorker" => to_worker, "toPoster" => to_poster, "fee" => fee,
            },
        ),
        TaskBoardEvents::TaskClosed(TaskClosed { id, status, toPoster: to_poster, toWorker: to_worker }) => (
            "TaskClosed",
            entity(&id),
            object! {
                "id" => id, "status" => enum_name(STATUS, status), "toPoster" => to_poster, "toWorker" => to_worker,
            },
        ),
        TaskBoardEvents::PaymentDeferred(PaymentDeferred { id, token, account, amount }) => (
            "PaymentDeferred",
            entity(&id),
            object! { "id" => id, "token" => token, "account" => account, "amount" => amount },
        ),
        TaskBoardEvents::Withdrawn(Withdrawn { token, account, amount }) => {
            ("Withdrawn", None, object! { "token" => token, "account" => account, "amount" => amount })
        }
    };
    Ok(Decoded { name, entity, fields })
}

fn fold(row: Option<Row>, event: &Event) -> Result<Option<Row>, FieldError> {
    let fields = Fields::new(&event.name, &event.fields)?;
    if event.name == "TaskPosted" {
        let task = fields.object("task")?;
        let mut row = Row::new();
        copy_strs(
            &mut row,
            task,
            &[
                ("poster", "poster"),
                ("token", "token"),
                ("reward", "reward"),
                ("stake", "stake"),
                ("arbiter", "arbiter"),
                ("validation_schema", "validationSchema"),
                ("validator", "validator"),
                ("spec_hash", "specHash"),
                ("salt", "salt"),
            ],
        )?;
        copy_ints(
            &mut row,
            task,
            &[
                ("deadline", "deadline"),
                ("claim_duration", "claimDuration"),
                ("review_window", "reviewWindow"),
                ("dispute_window", "disputeWindow"),
                ("arbiter_fee_bps", "arbiterFeeBps"),
            ],
        )?;
        set(&mut row, "reward_sort", sortable_amount(task.str("reward")?));
        set(&mut row, "spec_uri", fields.str("specURI")?);
        set(&mut row, "authorized", fields.value("authorized")?.clone());
        set(&mut row, "funder", fields.str("funder")?);
        set_status(&mut row, "Open", event);
        return Ok(Some(row));
    }
    // Every other event updates a posted task; one posted before the start block has no row.
    let Some(mut row) = row else { return Ok(None) };
    match event.name.as_str() {
        "TaskClaimed" => {
            copy_strs(&mut row, fields, &[("worker", "worker")])?;
            copy_ints(&mut row, fields, &[("due_at", "dueAt")])?;
            set_status(&mut row, "Claimed", event);
        }
        "TaskUnclaimed" | "TaskReopened" => {
            for column in ["worker", "due_at"] {
                set(&mut row, column, serde_json::Value::Null);
            }
            set_status(&mut row, "Open", event);
        }
        "TaskSubmitted" => {
            copy_strs(&mut row, fields, &[("result_hash", "resultHash"), ("result_uri", "resultURI")])?;
            copy_ints(&mut row, fields, &[("review_ends_at", "reviewEndsAt")])?;
            set_status(&mut row, "Submitted", event);
        }
        "TaskAccepted" => {
            copy_strs(&mut row, fields, &[("accepted_by", "by"), ("acceptance", "how"), ("proof", "proof")])?;
            set_status(&mut row, "Completed", event);
        }
        "TaskRejected" => {
            copy_strs(&mut row, fields, &[("reject_reason", "reason")])?;
            copy_ints(&mut row, fields, &[("dispute_ends_at", "disputeEndsAt")])?;
            set_status(&mut row, "Rejected", event);
        }
        "TaskDisputed" => set_status(&mut row, "Disputed", event),
        "TaskResolved" => {
            copy_strs(
                &mut row,
                fields,
                &[("to_worker", "toWorker"), ("to_poster", "toPoster"), ("arbiter_fee", "fee")],
            )?;
            set_status(&mut row, "Resolved", event);
        }
        "TaskClosed" => {
            copy_strs(&mut row, fields, &[("to_worker", "toWorker"), ("to_poster", "toPoster")])?;
            set_status(&mut row, fields.str("status")?, event);
        }
        _ => {}
    }
    Ok(Some(row))
}

fn set_status(row: &mut Row, status: &str, event: &Event) {
    set(row, "status", status);
    set(row, "status_since", event.block_timestamp);
}
