//! `echorift schema`, `attest`, `relay-attestation`, `revoke`: the attestation registry.

use std::path::PathBuf;

use alloy::primitives::{Address, B256, Bytes, U256};
use anyhow::Result;
use clap::{Args, Subcommand};
use echorift_sdk::{
    Client,
    bindings::attestation_registry::IAttestationRegistry::AttestationRequest,
    registry::{DelegatedAttestation, attestation_content},
};
use serde::{Deserialize, Serialize};

use crate::{
    context::{Deadline, hash_arg, read_json, write_json},
    output::Report,
};

/// `echorift schema ...`
#[derive(Debug, Subcommand)]
pub(crate) enum SchemaCommand {
    /// Registers a schema; prints its id.
    Register {
        /// The field definition, e.g. "bytes32 taskId,bytes32 resultHash".
        definition: String,
        /// A resolver contract that can veto attestations.
        #[arg(long, default_value_t = Address::ZERO)]
        resolver: Address,
        /// Attestations under it can never be revoked.
        #[arg(long)]
        irrevocable: bool,
    },
}

/// `echorift attest`: attest as the signer, or sign for a relayer with `--sign-only`.
#[derive(Debug, Args)]
pub(crate) struct AttestArgs {
    /// The schema id.
    #[arg(long, value_parser = hash_arg)]
    schema: B256,
    /// Whom the claim is about.
    #[arg(long, default_value_t = Address::ZERO)]
    recipient: Address,
    /// The claim's ABI-encoded data (hex).
    #[arg(long, default_value = "0x")]
    data: Bytes,
    /// What it refers to: an attestation, escrow or task id (hex), or text (hashed).
    #[arg(long = "ref", value_parser = hash_arg)]
    ref_uid: Option<B256>,
    /// When it expires (unix seconds); never by default.
    #[arg(long, default_value_t = 0)]
    expires: u64,
    /// Make it irrevocable.
    #[arg(long)]
    irrevocable: bool,
    /// Write the attestation (attester and request: a proof for escrows and tasks) to this file.
    #[arg(long)]
    out: Option<PathBuf>,
    /// Do not send: sign a delegated attestation (EIP-712) valid until this deadline and write it
    /// to --out for a relayer (`echorift relay-attestation`).
    #[arg(long, value_parser = Deadline::parse, requires = "out")]
    sign_only: Option<Deadline>,
}

/// An attestation's attester and request: what `--proof` files hold. A delegated-attestation
/// file has these keys too, so either can serve as a proof.
#[derive(Debug, Serialize, Deserialize)]
pub(crate) struct AttestationFile {
    pub(crate) attester: Address,
    pub(crate) request: AttestationRequest,
}

impl AttestationFile {
    /// The content escrows and tasks check.
    pub(crate) fn content(
        &self,
    ) -> echorift_sdk::bindings::attestation_registry::IAttestationRegistry::AttestationContent {
        attestation_content(self.attester, &self.request)
    }
}

pub(crate) async fn schema(client: &Client, command: SchemaCommand) -> Result<Report> {
    let SchemaCommand::Register { definition, resolver, irrevocable } = command;
    let sent = client.attestations()?.register_schema(&definition, resolver, !irrevocable).await?;
    Ok(Report::new("schema registered").field("schema", sent.value.schema).transaction(&sent))
}

pub(crate) async fn attest(client: &Client, args: AttestArgs) -> Result<Report> {
    let request = AttestationRequest {
        schema: args.schema,
        recipient: args.recipient,
        expirationTime: args.expires,
        revocable: !args.irrevocable,
        refUID: args.ref_uid.unwrap_or_default(),
        data: args.data,
    };
    let registry = client.attestations()?;
    let uid = registry.uid(&request);
    if let (Some(deadline), Some(out)) = (args.sign_only, &args.out) {
        let deadline = U256::from(deadline.resolve(client).await?);
        let signed = registry.sign_delegated(request, deadline).await?;
        write_json(out, &signed)?;
        return Ok(Report::new("attestation signed for a relayer").field("uid", uid).field("file", out));
    }
    let file = AttestationFile { attester: client.address(), request: request.clone() };
    let sent = registry.attest(request).await?;
    let mut report = Report::new("attested").field("uid", sent.value.uid).transaction(&sent);
    if let Some(out) = &args.out {
        write_json(out, &file)?;
        report = report.field("file", out);
    }
    Ok(report)
}

pub(crate) async fn relay(client: &Client, file: PathBuf) -> Result<Report> {
    let signed: DelegatedAttestation = read_json(&file, "delegated attestation")?;
    let attester = signed.attester;
    let sent = client.attestations()?.attest_delegated(signed).await?;
    Ok(Report::new("delegated attestation relayed")
        .field("uid", sent.value.uid)
        .field("attester", attester)
        .transaction(&sent))
}

pub(crate) async fn revoke(client: &Client, uid: B256, reason: Option<B256>) -> Result<Report> {
    let sent = client.attestations()?.revoke(uid, reason.unwrap_or_default()).await?;
    Ok(Report::new("attestation revoked").field("uid", sent.value.uid).transaction(&sent))
}
