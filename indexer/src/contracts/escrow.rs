//! Escrow: payments released on proof, refunded by time, settled by an arbiter
//! (docs/ESCROW.md). Projected into `escrows`.

use alloy::primitives::{B256, Log, U256};
use echorift_bindings::escrow::{Escrow::*, IEscrow};

use super::{Contract, DecodeError, decode_with, enum_name};
use crate::{
    event::{Decoded, Event},
    json::{FieldError, Fields, object, sortable_amount},
    projection::{Column, Projection, Row, copy_ints, copy_strs, int, set, text},
};

pub(super) const CONTRACT: Contract =
    Contract { name: "Escrow", decode, projections: &[Projection { table: TABLE, columns: COLUMNS, fold }] };

const TABLE: &str = "escrows";

/// `IEscrow.Funding`, by value.
const FUNDING: &[&str] = &["Direct", "Permit", "Authorization"];

const COLUMNS: &[Column] = &[
    text("payer"),
    text("payee"),
    text("token"),
    text("amount"),
    text("amount_sort"),
    int("deadline"),
    text("arbiter"),
    int("arbiter_fee_bps"),
    text("condition_schema"),
    text("condition_attester"),
    text("salt"),
    text("funding"),
    text("funder"),
    text("remaining"),
    text("released"),
    text("returned"),
    text("refunded"),
    text("status"),
    int("disputed_at"),
    text("disputed_by"),
    text("proof"),
    text("to_payee"),
    text("to_payer"),
    text("arbiter_fee"),
];

fn decode(log: &Log) -> Result<Decoded, DecodeError> {
    let entity = |id: &B256| Some((TABLE, id.to_string()));
    let (name, entity, fields) = match decode_with::<EscrowEvents>(CONTRACT.name, log)? {
        EscrowEvents::EscrowOpened(EscrowOpened { id, payer, payee, terms, funding, funder }) => {
            let IEscrow::Terms {
                payer: terms_payer,
                payee: terms_payee,
                token,
                amount,
                deadline,
                arbiter,
                arbiterFeeBps: arbiter_fee_bps,
                conditionSchema: condition_schema,
                conditionAttester: condition_attester,
                salt,
            } = terms;
            let terms = object! {
                "payer" => terms_payer, "payee" => terms_payee, "token" => token, "amount" => amount,
                "deadline" => deadline, "arbiter" => arbiter, "arbiterFeeBps" => arbiter_fee_bps,
                "conditionSchema" => condition_schema, "conditionAttester" => condition_attester, "salt" => salt,
            };
            let fields = object! {
                "id" => id, "payer" => payer, "payee" => payee, "terms" => terms,
                "funding" => enum_name(FUNDING, funding), "funder" => funder,
            };
            ("EscrowOpened", entity(&id), fields)
        }
        EscrowEvents::EscrowReleased(EscrowReleased { id, by, amount, remaining, proof }) => (
            "EscrowReleased",
            entity(&id),
            object! { "id" => id, "by" => by, "amount" => amount, "remaining" => remaining, "proof" => proof },
        ),
        EscrowEvents::EscrowRefunded(EscrowRefunded { id, by, amount }) => {
            ("EscrowRefunded", entity(&id), object! { "id" => id, "by" => by, "amount" => amount })
        }
        EscrowEvents::EscrowReturned(EscrowReturned { id, amount, remaining }) => {
            ("EscrowReturned", entity(&id), object! { "id" => id, "amount" => amount, "remaining" => remaining })
        }
        EscrowEvents::EscrowDisputed(EscrowDisputed { id, by }) => {
            ("EscrowDisputed", entity(&id), object! { "id" => id, "by" => by })
        }
        EscrowEvents::EscrowResolved(EscrowResolved { id, arbiter, toPayee: to_payee, toPayer: to_payer, fee }) => (
            "EscrowResolved",
            entity(&id),
            object! { "id" => id, "arbiter" => arbiter, "toPayee" => to_payee, "toPayer" => to_payer, "fee" => fee },
        ),
        EscrowEvents::PaymentDeferred(PaymentDeferred { id, token, account, amount }) => (
            "PaymentDeferred",
            entity(&id),
            object! { "id" => id, "token" => token, "account" => account, "amount" => amount },
        ),
        EscrowEvents::Withdrawn(Withdrawn { token, account, amount }) => {
            ("Withdrawn", None, object! { "token" => token, "account" => account, "amount" => amount })
        }
    };
    Ok(Decoded { name, entity, fields })
}

fn fold(row: Option<Row>, event: &Event) -> Result<Option<Row>, FieldError> {
    let fields = Fields::new(&event.name, &event.fields)?;
    if event.name == "EscrowOpened" {
        let terms = fields.object("terms")?;
        let mut row = Row::new();
        copy_strs(
            &mut row,
            terms,
            &[
                ("payer", "payer"),
                ("payee", "payee"),
                ("token", "token"),
                ("amount", "amount"),
                ("remaining", "amount"),
                ("arbiter", "arbiter"),
                ("condition_schema", "conditionSchema"),
                ("condition_attester", "conditionAttester"),
                ("salt", "salt"),
            ],
        )?;
        copy_ints(&mut row, terms, &[("deadline", "deadline"), ("arbiter_fee_bps", "arbiterFeeBps")])?;
        copy_strs(&mut row, fields, &[("funding", "funding"), ("funder", "funder")])?;
        set(&mut row, "amount_sort", sortable_amount(terms.str("amount")?));
        for column in ["released", "returned", "refunded"] {
            set(&mut row, column, "0");
        }
        set(&mut row, "status", "Open");
        return Ok(Some(row));
    }
    // Every other event updates an opened escrow; one opened before the start block has no row.
    let Some(mut row) = row else { return Ok(None) };
    match event.name.as_str() {
        "EscrowReleased" => {
            add(&mut row, "released", fields.str("amount")?, &event.name)?;
            copy_strs(&mut row, fields, &[("remaining", "remaining"), ("proof", "proof")])?;
            close_if_empty(&mut row);
        }
        "EscrowReturned" => {
            add(&mut row, "returned", fields.str("amount")?, &event.name)?;
            copy_strs(&mut row, fields, &[("remaining", "remaining")])?;
            close_if_empty(&mut row);
        }
        "EscrowRefunded" => {
            add(&mut row, "refunded", fields.str("amount")?, &event.name)?;
            set(&mut row, "remaining", "0");
            set(&mut row, "status", "Closed");
        }
        "EscrowDisputed" => {
            copy_strs(&mut row, fields, &[("disputed_by", "by")])?;
            set(&mut row, "disputed_at", event.block_timestamp);
            set(&mut row, "status", "Disputed");
        }
        "EscrowResolved" => {
            copy_strs(&mut row, fields, &[("to_payee", "toPayee"), ("to_payer", "toPayer"), ("arbiter_fee", "fee")])?;
            set(&mut row, "remaining", "0");
            set(&mut row, "status", "Closed");
        }
        _ => {}
    }
    Ok(Some(row))
}

/// Adds a decimal `amount` to the decimal total in `column`.
fn add(row: &mut Row, column: &str, amount: &str, event: &str) -> Result<(), FieldError> {
    let parse = |value: Option<&str>, field: &str| {
        value.and_then(|text| text.parse::<U256>().ok()).ok_or_else(|| FieldError {
            event: event.to_owned(),
            field: field.to_owned(),
            expected: "a decimal amount",
        })
    };
    let total = parse(row.get(column).and_then(|v| v.as_str()), column)?.saturating_add(parse(Some(amount), "amount")?);
    set(row, column, total.to_string());
    Ok(())
}

fn close_if_empty(row: &mut Row) {
    if row.get("remaining").and_then(|v| v.as_str()) == Some("0") {
        set(row, "status", "Closed");
    }
}
