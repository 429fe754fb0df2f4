//! `echorift query`, `echorift inbox` and `echorift verify`: the indexer's HTTP API from the
//! command line (docs/API.md), and records checked against the chain.

use alloy::{
    primitives::Address,
    providers::{Provider, ProviderBuilder},
};
use anyhow::{Context, Result, bail};
use clap::{Args, Subcommand};
use echorift_sdk::api::{ApiClient, verify};
use serde_json::{Value, json};

use crate::config::Settings;

/// Filters and paging of a list.
#[derive(Debug, Args)]
pub(crate) struct ListArgs {
    /// A filter as KEY=VALUE (repeatable), e.g. --where status=Open --where poster=0x…; the API
    /// names the filters each list takes (docs/API.md).
    #[arg(long = "where", value_name = "KEY=VALUE", value_parser = pair)]
    filters: Vec<(String, String)>,
    /// Items per page (1 to 500).
    #[arg(long)]
    limit: Option<u32>,
    /// Start after this cursor (`next_cursor` of a previous page).
    #[arg(long, conflicts_with = "all")]
    cursor: Option<String>,
    /// Follow the cursor and print every item (at most 100,000).
    #[arg(long)]
    all: bool,
}

/// One record.
#[derive(Debug, Args)]
pub(crate) struct OneArgs {
    /// Its id (0x + 64 hex).
    id: String,
    /// Its events in chain order instead.
    #[arg(long)]
    history: bool,
}

/// What to query.
#[derive(Debug, Subcommand)]
pub(crate) enum QueryCommand {
    /// Tasks (filters: status, poster, worker, arbiter, token, min_reward, max_reward, min_deadline, max_deadline).
    Tasks(ListArgs),
    /// Escrows (filters: status, payer, payee, arbiter, token, min_amount, max_amount, min_deadline, max_deadline).
    Escrows(ListArgs),
    /// Attestations (filters: schema, attester, recipient, ref, revoked).
    Attestations(ListArgs),
    /// Schemas (filter: registerer).
    Schemas(ListArgs),
    /// Spending policies with remaining budget and breaker state (filters: operator, agent, token, guardian, status).
    Policies(ListArgs),
    /// One task, or its history.
    Task(OneArgs),
    /// One escrow, or its history.
    Escrow(OneArgs),
    /// One attestation, or its history.
    Attestation(OneArgs),
    /// One schema.
    Schema(OneArgs),
    /// One spending policy, or its history.
    Policy(OneArgs),
    /// The index: indexed block, chain head, lag, reorgs.
    Status,
}

/// What `verify` checks.
#[derive(Debug, Args)]
pub(crate) struct VerifyArgs {
    /// task, escrow, attestation, schema or policy.
    #[arg(value_parser = ["task", "escrow", "attestation", "schema", "policy"])]
    kind: String,
    /// Its id.
    id: String,
    /// Also every event of its history.
    #[arg(long)]
    history: bool,
}

fn pair(value: &str) -> Result<(String, String), String> {
    value
        .split_once('=')
        .map(|(key, value)| (key.to_owned(), value.to_owned()))
        .ok_or_else(|| format!("expected KEY=VALUE, got `{value}`"))
}

fn print(value: &Value, json: bool) -> Result<()> {
    if json {
        println!("{value}");
    } else {
        println!("{}", serde_json::to_string_pretty(value)?);
    }
    Ok(())
}

fn plural(kind: &str) -> &'static str {
    match kind {
        "task" => "tasks",
        "escrow" => "escrows",
        "attestation" => "attestations",
        "schema" => "schemas",
        _ => "policies",
    }
}

async fn list(api: &ApiClient, path: &str, args: ListArgs, json: bool) -> Result<()> {
    let mut query = args.filters;
    if let Some(limit) = args.limit {
        query.push(("limit".into(), limit.to_string()));
    }
    if args.all {
        let items = api.all(path, &query, 100_000).await?;
        return print(&json!({ "items": items }), json);
    }
    if let Some(cursor) = args.cursor {
        query.push(("cursor".into(), cursor));
    }
    print(&api.get(path, &query).await?, json)
}

async fn one(api: &ApiClient, kind: &str, args: OneArgs, json: bool) -> Result<()> {
    let path = format!("/v1/{}/{}{}", plural(kind), args.id, if args.history { "/history" } else { "" });
    if args.history {
        let items = api.all(&path, &[("limit".into(), "500".into())], 100_000).await?;
        return print(&json!({ "items": items }), json);
    }
    print(&api.get(&path, &[]).await?, json)
}

/// `echorift query …`
pub(crate) async fn query(settings: &Settings, command: QueryCommand, json: bool) -> Result<()> {
    let api = ApiClient::new(&settings.api_url)?;
    match command {
        QueryCommand::Tasks(args) => list(&api, "/v1/tasks", args, json).await,
        QueryCommand::Escrows(args) => list(&api, "/v1/escrows", args, json).await,
        QueryCommand::Attestations(args) => list(&api, "/v1/attestations", args, json).await,
        QueryCommand::Schemas(args) => list(&api, "/v1/schemas", args, json).await,
        QueryCommand::Policies(args) => list(&api, "/v1/policies", args, json).await,
        QueryCommand::Task(args) => one(&api, "task", args, json).await,
        QueryCommand::Escrow(args) => one(&api, "escrow", args, json).await,
        QueryCommand::Attestation(args) => one(&api, "attestation", args, json).await,
        QueryCommand::Schema(args) => one(&api, "schema", args, json).await,
        QueryCommand::Policy(args) => one(&api, "policy", args, json).await,
        QueryCommand::Status => print(&api.get("/v1/status", &[]).await?, json),
    }
}

/// `echorift inbox <address>`: one line per item, most urgent first (or the API's JSON).
pub(crate) async fn inbox(settings: &Settings, address: Address, json: bool) -> Result<()> {
    let api = ApiClient::new(&settings.api_url)?;
    let inbox = api.inbox(address).await?;
    if json {
        println!("{inbox}");
        return Ok(());
    }
    let now = inbox["chain_time"].as_i64().unwrap_or(0);
    let items = inbox["items"].as_array().cloned().unwrap_or_default();
    println!(
        "inbox of {address} at block {} (chain time {now}): {} item{}",
        inbox["as_of"]["block_number"],
        items.len(),
        if items.len() == 1 { "" } else { "s" }
    );
    for item in &items {
        let when = match item["due_before"].as_i64() {
            Some(due) => format!("due in {}", duration(due - now)),
            None => "no deadline".to_owned(),
        };
        println!(
            "  {:<22} {:<7} {} ({}, {when}): {}",
            item["action"].as_str().unwrap_or_default(),
            item["kind"].as_str().unwrap_or_default(),
            item["id"].as_str().unwrap_or_default(),
            item["role"].as_str().unwrap_or_default(),
            item["note"].as_str().unwrap_or_default(),
        );
    }
    if inbox["truncated"] == true {
        println!("  (truncated: more items than the limit)");
    }
    Ok(())
}

fn duration(seconds: i64) -> String {
    match seconds {
        s if s < 120 => format!("{s}s"),
        s if s < 7_200 => format!("{}m", s / 60),
        s if s < 172_800 => format!("{}h", s / 3_600),
        s => format!("{}d", s / 86_400),
    }
}

/// `echorift verify <kind> <id>`: the record (and with --history each event) from the API,
/// checked against the chain at --rpc-url.
pub(crate) async fn verify_record(settings: &Settings, args: VerifyArgs, json: bool) -> Result<()> {
    let api = ApiClient::new(&settings.api_url)?;
    let url = settings.rpc_url.parse().with_context(|| format!("invalid RPC URL `{}`", settings.rpc_url))?;
    let provider = ProviderBuilder::new().connect_http(url).erased();
    let path = format!("/v1/{}/{}", plural(&args.kind), args.id);
    let record = api.get(&path, &[]).await?["item"].clone();
    let mut records = vec![record];
    if args.history {
        records.extend(api.all(&format!("{path}/history"), &[("limit".into(), "500".into())], 100_000).await?);
    }
    let mut verified = Vec::new();
    for record in &records {
        match verify(&provider, record).await {
            Ok(checked) => verified.push(checked),
            Err(err) => bail!(
                "{} {} does not match the chain: {err}",
                record["event"].as_str().unwrap_or(&args.kind),
                record["tx_hash"].as_str().unwrap_or_default()
            ),
        }
    }
    if json {
        println!("{}", json!({ "result": "verified", "records": verified }));
    } else {
        println!(
            "verified {} record{} against {}",
            verified.len(),
            if verified.len() == 1 { "" } else { "s" },
            settings.rpc_url
        );
        for checked in &verified {
            println!(
                "  {}.{} block {} ({}) tx {} log {}",
                checked.contract,
                checked.event,
                checked.block_number,
                checked.block_hash,
                checked.tx_hash,
                checked.log_index
            );
        }
    }
    Ok(())
}
