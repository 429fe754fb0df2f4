//! The indexer benchmark (`scripts/bench-indexer`): builds a chain holding 100,000 TaskBoard
//! events, backfills it with the indexer binary (process start to caught up), then measures
//! how soon a new block's events are in the database while the indexer follows by subscription.
//!
//! Usage: bench-indexer --indexer PATH [--events N] [--json]

use std::{
    path::PathBuf,
    process::{Command, Stdio},
    time::{Duration, Instant},
};

use alloy::{
    network::TransactionBuilder,
    node_bindings::Anvil,
    primitives::{Address, Bytes, U256},
    providers::Provider,
    rpc::types::TransactionRequest,
    sol,
    sol_types::{SolCall, SolValue},
};
use anyhow::{Context, Result, bail};
use echorift_bindings::{
    attestation_registry::AttestationRegistry, escrow::Escrow, task_board::TaskBoard, test_token::TestToken,
};
use echorift_e2e::{forge, foundry_tool, indexer::indexer_command_at, repo_root, wallet_provider};
use sqlx::{Connection, SqliteConnection};

sol! {
    function flood(uint256 first, uint256 count);
}

/// Tasks per transaction (4 events each): about 40M gas.
const TASKS_PER_TX: u64 = 250;
/// Blocks whose events are timed when following live.
const LIVE_BLOCKS: usize = 40;

struct Options {
    indexer: PathBuf,
    events: u64,
    json: bool,
}

fn options() -> Result<Options> {
    let mut args = std::env::args().skip(1);
    let (mut indexer, mut events, mut json) = (None, 100_000, false);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--indexer" => indexer = args.next().map(PathBuf::from),
            "--events" => events = args.next().context("--events needs a number")?.parse()?,
            "--json" => json = true,
            other => bail!("unknown argument `{other}` (usage: bench-indexer --indexer PATH [--events N] [--json])"),
        }
    }
    Ok(Options { indexer: indexer.context("--indexer PATH is required")?, events, json })
}

#[tokio::main]
async fn main() -> Result<()> {
    let options = options()?;
    let built = forge(&["build", "contracts/script/bench/TaskFlood.sol"], &[]);
    if !built.status.success() {
        bail!("forge build failed: {}", String::from_utf8_lossy(&built.stderr));
    }
    let artifact: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(repo_root().join("out/TaskFlood.sol/TaskFlood.json"))?)?;
    let bytecode: Bytes = artifact["bytecode"]["object"].as_str().context("TaskFlood bytecode")?.parse()?;

    let anvil = Anvil::at(foundry_tool("anvil")?).args(["--gas-limit", "2000000000"]).try_spawn()?;
    let (_, provider) = wallet_provider(&anvil, 0)?;
    let registry = *AttestationRegistry::deploy(provider.clone()).await?.address();
    let escrow = *Escrow::deploy(provider.clone(), registry).await?.address();
    let board = *TaskBoard::deploy(provider.clone(), registry).await?.address();
    let token = *TestToken::deploy(provider.clone(), "EchoRift Test USD".into(), "tUSD".into()).await?.address();
    let deploy = TransactionRequest::default()
        .with_deploy_code([bytecode.to_vec(), (board, token).abi_encode_params()].concat())
        .with_gas_limit(10_000_000);
    let flood_address = provider
        .send_transaction(deploy)
        .await?
        .get_receipt()
        .await?
        .contract_address
        .context("TaskFlood not deployed")?;

    let dir = tempfile::tempdir()?;
    let deployments = dir.path().join("deployments.json");
    let doc = serde_json::json!({"chainId": 31337, "startBlock": 0,
        "contracts": {"AttestationRegistry": registry, "Escrow": escrow, "TaskBoard": board}});
    std::fs::write(&deployments, doc.to_string())?;

    // The chain: events / 4 tasks, TASKS_PER_TX to a transaction and a block.
    let built_at = Instant::now();
    let tasks = options.events.div_ceil(4);
    let mut first = 0;
    while first < tasks {
        let count = TASKS_PER_TX.min(tasks - first);
        send_flood(&provider, flood_address, first, count).await?;
        first += count;
    }
    let chain_seconds = built_at.elapsed().as_secs_f64();

    // Backfill: process start to caught up.
    let db = dir.path().join("bench.sqlite");
    let started = Instant::now();
    let output = indexer_command_at(&options.indexer, &anvil.endpoint(), &deployments, &db)
        .args(["--until-caught-up", "--json", "--follow", "poll"])
        .output()?;
    let seconds = started.elapsed().as_secs_f64();
    if !output.status.success() {
        bail!("the indexer failed: {}", String::from_utf8_lossy(&output.stderr));
    }
    let summary: serde_json::Value = serde_json::from_slice(&output.stdout)?;
    let events = summary["events"].as_u64().context("events in the summary")?;
    let peak_rss_mb = summary["peak_rss_mb"].as_f64().context("peak_rss_mb in the summary")?;

    // Live: the indexer follows by subscription; each new block holds 4 events.
    let mut child = indexer_command_at(&options.indexer, &anvil.endpoint(), &deployments, &db)
        .args(["--follow", "subscribe"])
        .stdout(Stdio::null())
        .spawn()?;
    let mut conn = SqliteConnection::connect(&format!("sqlite://{}?mode=ro", db.display())).await?;
    tokio::time::sleep(Duration::from_millis(500)).await; // let it subscribe
    let mut latencies = Vec::with_capacity(LIVE_BLOCKS);
    for block in 0..LIVE_BLOCKS as u64 {
        let sent = Instant::now();
        let number = send_flood(&provider, flood_address, tasks + block, 1).await?;
        loop {
            let indexed: Option<i64> =
                sqlx::query_scalar("SELECT block_number FROM status").fetch_one(&mut conn).await?;
            if indexed.is_some_and(|indexed| indexed >= i64::try_from(number).unwrap_or(i64::MAX)) {
                break;
            }
            if sent.elapsed() > Duration::from_secs(10) {
                let _ = child.kill();
                bail!("block {number} was not indexed within 10 s");
            }
            tokio::time::sleep(Duration::from_micros(500)).await;
        }
        latencies.push(sent.elapsed().as_secs_f64() * 1000.0);
    }
    let _ = Command::new("kill").arg("-TERM").arg(child.id().to_string()).status();
    child.wait()?;
    latencies.sort_by(f64::total_cmp);
    let live_median_ms = latencies[latencies.len() / 2];

    let events_per_second = events as f64 / seconds;
    if options.json {
        println!(
            "{}",
            serde_json::json!({
                "events": events, "seconds": seconds, "events_per_second": events_per_second,
                "peak_rss_mb": peak_rss_mb, "live_median_ms": live_median_ms,
            })
        );
    } else {
        println!(
            "chain: {events} TaskBoard events in {} blocks, built in {chain_seconds:.1}s",
            tasks.div_ceil(TASKS_PER_TX)
        );
        println!(
            "backfill: {events} events in {seconds:.2}s = {events_per_second:.0} events/s (process start to caught up)"
        );
        println!("peak memory (VmHWM of the indexer): {peak_rss_mb:.1} MB");
        println!(
            "live: median {live_median_ms:.1} ms from sending a transaction to its block's events in the database \
             ({LIVE_BLOCKS} blocks; max {:.1} ms)",
            latencies.last().copied().unwrap_or_default()
        );
    }
    Ok(())
}

async fn send_flood(
    provider: &alloy::providers::DynProvider,
    flood_address: Address,
    first: u64,
    count: u64,
) -> Result<u64> {
    let call = floodCall { first: U256::from(first), count: U256::from(count) };
    let tx = TransactionRequest::default()
        .with_to(flood_address)
        .with_input(call.abi_encode())
        .with_gas_limit(count * 250_000 + 200_000);
    let hash = *provider.send_transaction(tx).await?.tx_hash();
    // Asked directly rather than through a receipt watcher, which polls far too slowly for
    // the live measurement.
    let receipt = loop {
        if let Some(receipt) = provider.get_transaction_receipt(hash).await? {
            break receipt;
        }
        tokio::time::sleep(Duration::from_micros(200)).await;
    };
    if !receipt.status() {
        bail!("flood({first}, {count}) reverted");
    }
    receipt.block_number.context("receipt without a block")
}
