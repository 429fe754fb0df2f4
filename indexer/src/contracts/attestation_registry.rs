//! AttestationRegistry: schemas, attestations and their revocation (docs/ATTESTATIONS.md).
//! Projected into `schemas` and `attestations`.

use alloy::primitives::Log;
use echorift_bindings::attestation_registry::AttestationRegistry::*;

use super::{Contract, DecodeError, decode_with};
use crate::{
    event::{Decoded, Event},
    json::{FieldError, Fields, object},
    projection::{Column, Projection, Row, boolean, copy_ints, copy_strs, int, set, text},
};

pub(super) const CONTRACT: Contract = Contract {
    name: "AttestationRegistry",
    decode,
    projections: &[
        Projection { table: SCHEMAS, columns: SCHEMA_COLUMNS, fold: fold_schema },
        Projection { table: ATTESTATIONS, columns: ATTESTATION_COLUMNS, fold: fold_attestation },
    ],
};

const SCHEMAS: &str = "schemas";
const ATTESTATIONS: &str = "attestations";

const SCHEMA_COLUMNS: &[Column] = &[text("registerer"), text("resolver"), boolean("revocable"), text("definition")];

const ATTESTATION_COLUMNS: &[Column] = &[
    text("schema"),
    text("attester"),
    text("recipient"),
    text("ref_uid"),
    int("expiration_time"),
    boolean("revocable"),
    text("data"),
    boolean("revoked"),
    int("revoked_at"),
    text("revocation_reason"),
    text("replaced_by"),
];

fn decode(log: &Log) -> Result<Decoded, DecodeError> {
    let (name, entity, fields) = match decode_with::<AttestationRegistryEvents>(CONTRACT.name, log)? {
        AttestationRegistryEvents::SchemaRegistered(SchemaRegistered {
            schema,
            registerer,
            resolver,
            revocable,
            definition,
        }) => (
            "SchemaRegistered",
            Some((SCHEMAS, schema.to_string())),
            object! {
                "schema" => schema, "registerer" => registerer, "resolver" => resolver, "revocable" => revocable,
                "definition" => definition,
            },
        ),
        AttestationRegistryEvents::Attested(Attested {
            schema,
            attester,
            recipient,
            uid,
            refUID: ref_uid,
            expirationTime: expiration_time,
            revocable,
            data,
        }) => (
            "Attested",
            Some((ATTESTATIONS, uid.to_string())),
            object! {
                "schema" => schema, "attester" => attester, "recipient" => recipient, "uid" => uid,
                "refUID" => ref_uid, "expirationTime" => expiration_time, "revocable" => revocable, "data" => data,
            },
        ),
        AttestationRegistryEvents::Revoked(Revoked { uid, attester, reason, replacement }) => (
            "Revoked",
            Some((ATTESTATIONS, uid.to_string())),
            object! { "uid" => uid, "attester" => attester, "reason" => reason, "replacement" => replacement },
        ),
        AttestationRegistryEvents::Timestamped(Timestamped { dataHash: data_hash, submitter, timestamp }) => (
            "Timestamped",
            None,
            object! { "dataHash" => data_hash, "submitter" => submitter, "timestamp" => timestamp },
        ),
        AttestationRegistryEvents::NoncesInvalidated(NoncesInvalidated { attester, nonce }) => {
            ("NoncesInvalidated", None, object! { "attester" => attester, "nonce" => nonce })
        }
        AttestationRegistryEvents::EIP712DomainChanged(EIP712DomainChanged {}) => {
            ("EIP712DomainChanged", None, object! {})
        }
    };
    Ok(Decoded { name, entity, fields })
}

fn fold_schema(_row: Option<Row>, event: &Event) -> Result<Option<Row>, FieldError> {
    let fields = Fields::new(&event.name, &event.fields)?;
    let mut row = Row::new();
    copy_strs(
        &mut row,
        fields,
        &[("registerer", "registerer"), ("resolver", "resolver"), ("definition", "definition")],
    )?;
    set(&mut row, "revocable", fields.value("revocable")?.clone());
    Ok(Some(row))
}

fn fold_attestation(row: Option<Row>, event: &Event) -> Result<Option<Row>, FieldError> {
    let fields = Fields::new(&event.name, &event.fields)?;
    match (event.name.as_str(), row) {
        ("Attested", _) => {
            let mut row = Row::new();
            copy_strs(
                &mut row,
                fields,
                &[
                    ("schema", "schema"),
                    ("attester", "attester"),
                    ("recipient", "recipient"),
                    ("ref_uid", "refUID"),
                    ("data", "data"),
                ],
            )?;
            copy_ints(&mut row, fields, &[("expiration_time", "expirationTime")])?;
            set(&mut row, "revocable", fields.value("revocable")?.clone());
            set(&mut row, "revoked", false);
            Ok(Some(row))
        }
        ("Revoked", Some(mut row)) => {
            set(&mut row, "revoked", true);
            set(&mut row, "revoked_at", event.block_timestamp);
            copy_strs(&mut row, fields, &[("revocation_reason", "reason"), ("replaced_by", "replacement")])?;
            Ok(Some(row))
        }
        // A revocation of an attestation made before the start block: nothing to update.
        (_, row) => Ok(row),
    }
}
