//! The API benchmark (`scripts/bench-api`): builds an index of 1,000,000 tasks (200,000
//! escrows, 20,000 spending policies) directly in SQLite through the indexer's own schema, serves it with the read-only
//! `echorift-indexer serve`, and measures from a local client over loopback keep-alive
//! connections: the p99 latency of the inbox and of filtered task lists (one request at a time),
//! then the requests per second that many connections at once get.
//!
//! Usage: bench-api --indexer PATH [--tasks N] [--seconds S] [--connections C] [--db PATH] [--json]

use std::{
    path::{Path, PathBuf},
    process::{Child, Command, Stdio},
    time::{Duration, Instant},
};

use alloy::primitives::{Address, keccak256};
use anyhow::{Context as _, Result, bail};
use echorift_indexer::store::{Identity, SqliteStore};
use rusqlite::types::Value as Sql;
use tokio::{
    io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader},
    net::TcpStream,
};

/// The chain time of the synthetic index.
const NOW: i64 = 1_900_000_000;
const DAY: i64 = 86_400;
const AGENTS: u64 = 20_000;
const TOKENS: u64 = 3;

struct Options {
    indexer: PathBuf,
    tasks: u64,
    seconds: u64,
    connections: usize,
    db: Option<PathBuf>,
    json: bool,
}

fn options() -> Result<Options> {
    let mut args = std::env::args().skip(1);
    let mut options =
        Options { indexer: PathBuf::new(), tasks: 1_000_000, seconds: 10, connections: 32, db: None, json: false };
    let mut indexer = None;
    while let Some(arg) = args.next() {
        let mut value = |name: &str| args.next().with_context(|| format!("{name} needs a value"));
        match arg.as_str() {
            "--indexer" => indexer = Some(PathBuf::from(value("--indexer")?)),
            "--tasks" => options.tasks = value("--tasks")?.parse()?,
            "--seconds" => options.seconds = value("--seconds")?.parse()?,
            "--connections" => options.connections = value("--connections")?.parse()?,
            "--db" => options.db = Some(PathBuf::from(value("--db")?)),
            "--json" => options.json = true,
            other => bail!(
                "unknown argument `{other}` (usage: bench-api --indexer PATH [--tasks N] [--seconds S] [--connections \
                 C] [--db PATH] [--json])"
            ),
        }
    }
    options.indexer = indexer.context("--indexer PATH is required")?;
    Ok(options)
}

/// A fast deterministic mix (splitmix64).
fn mix(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

fn agent(index: u64) -> String {
    Address::from_word(keccak256(index.to_be_bytes())).to_checksum(None)
}

fn hash(tag: u64, index: u64) -> String {
    format!("0x{:016x}{:048x}", tag, index)
}

fn signed(value: u64) -> i64 {
    i64::try_from(value).unwrap_or(i64::MAX)
}

/// Builds the index at `path` with `tasks` tasks; returns how long it took.
async fn build(path: &Path, tasks: u64) -> Result<Duration> {
    let started = Instant::now();
    let identity = Identity {
        chain_id: 31337,
        start_block: 0,
        contracts: vec![
            ("AttestationRegistry".into(), Address::repeat_byte(1)),
            ("Escrow".into(), Address::repeat_byte(2)),
            ("TaskBoard".into(), Address::repeat_byte(3)),
        ],
    };
    drop(SqliteStore::open(path, &identity, 128, 12).await?);

    let agents: Vec<String> = (0..AGENTS).map(agent).collect();
    let tokens: Vec<String> = (0..TOKENS).map(|t| agent(1_000_000 + t)).collect();
    let zero = Address::ZERO.to_checksum(None);
    let zero_hash = hash(0, 0);
    let mut conn = rusqlite::Connection::open(path)?;
    conn.pragma_update(None, "synchronous", "OFF")?;
    conn.pragma_update(None, "cache_size", -400_000)?;
    let tx = conn.transaction()?;
    let columns: Vec<&str> = echorift_indexer::contracts::projection("tasks")
        .context("tasks projection")?
        .all_columns()
        .map(|column| column.name)
        .collect();
    {
        let marks: Vec<String> = (1..=columns.len()).map(|n| format!("?{n}")).collect();
        let sql = format!("INSERT INTO tasks ({}) VALUES ({})", columns.join(", "), marks.join(", "));
        let mut insert = tx.prepare(&sql)?;
        for i in 0..tasks {
            let r = mix(i);
            let status = match i % 100 {
                0..15 => "Open",
                15..23 => "Claimed",
                23..29 => "Submitted",
                29..31 => "Rejected",
                31 => "Disputed",
                32..80 => "Completed",
                80..88 => "Cancelled",
                88..96 => "Expired",
                96..98 => "Refused",
                _ => "Resolved",
            };
            let poster = &agents[usize::try_from(r % AGENTS)?];
            let worker = &agents[usize::try_from((r >> 20) % AGENTS)?];
            let has_worker = !matches!(status, "Open" | "Cancelled");
            let arbiter =
                if (r >> 40).is_multiple_of(2) { &agents[usize::try_from((r >> 8) % AGENTS)?] } else { &zero };
            let reward = 1_000_000 * (1 + (r >> 12) % 1000);
            let block = signed(i / 10 + 1);
            let jitter = |span: i64| signed(mix(r) % u64::try_from(span).unwrap_or(1));
            let deadline = match status {
                "Open" => NOW - 2 * DAY + jitter(12 * DAY),
                "Claimed" | "Submitted" | "Rejected" | "Disputed" => NOW + DAY + jitter(10 * DAY),
                _ => NOW - 30 * DAY - jitter(300 * DAY),
            };
            let due_at = NOW - DAY / 4 + jitter(2 * DAY);
            let since = match status {
                "Disputed" => NOW - jitter(40 * DAY),
                _ => NOW - jitter(10 * DAY),
            };
            let values: Vec<Sql> = columns
                .iter()
                .map(|column| match *column {
                    "id" => Sql::Text(hash(1, i)),
                    "created_block" | "block_number" => Sql::Integer(block),
                    "created_tx_hash" | "tx_hash" => Sql::Text(hash(2, i)),
                    "block_hash" => Sql::Text(hash(3, i / 10)),
                    "created_at" | "updated_at" => Sql::Integer(NOW - 60 * DAY + block),
                    "log_index" => Sql::Integer(signed(i % 10)),
                    "poster" | "funder" => Sql::Text(poster.clone()),
                    "token" => Sql::Text(tokens[usize::try_from(r % TOKENS).unwrap_or(0)].clone()),
                    "reward" => Sql::Text(reward.to_string()),
                    "reward_sort" => Sql::Text(format!("{reward:0>78}")),
                    "stake" => Sql::Text((reward / 10).to_string()),
                    "deadline" => Sql::Integer(deadline),
                    "claim_duration" | "review_window" => Sql::Integer(DAY),
                    "dispute_window" => Sql::Integer(3 * DAY),
                    "arbiter" => Sql::Text(arbiter.clone()),
                    "arbiter_fee_bps" => Sql::Integer(if arbiter == &zero { 0 } else { 100 }),
                    "validation_schema" | "salt" => Sql::Text(zero_hash.clone()),
                    "validator" => Sql::Text(zero.clone()),
                    "spec_hash" => Sql::Text(hash(4, i)),
                    "spec_uri" => Sql::Text(format!("ipfs://spec/{i}")),
                    "authorized" => Sql::Integer(0),
                    "status" => Sql::Text(status.to_owned()),
                    "status_since" => Sql::Integer(since),
                    "worker" if has_worker => Sql::Text(worker.clone()),
                    "due_at" if has_worker => Sql::Integer(due_at),
                    "result_hash" if status != "Claimed" && has_worker => Sql::Text(hash(5, i)),
                    "review_ends_at" if status == "Submitted" => Sql::Integer(NOW - DAY / 2 + jitter(2 * DAY)),
                    "dispute_ends_at" if status == "Rejected" => Sql::Integer(NOW - DAY + jitter(4 * DAY)),
                    _ => Sql::Null,
                })
                .collect();
            insert.execute(rusqlite::params_from_iter(values))?;
        }
    }
    let escrow_columns: Vec<&str> = echorift_indexer::contracts::projection("escrows")
        .context("escrows projection")?
        .all_columns()
        .map(|column| column.name)
        .collect();
    {
        let marks: Vec<String> = (1..=escrow_columns.len()).map(|n| format!("?{n}")).collect();
        let sql = format!("INSERT INTO escrows ({}) VALUES ({})", escrow_columns.join(", "), marks.join(", "));
        let mut insert = tx.prepare(&sql)?;
        for i in 0..tasks / 5 {
            let r = mix(i ^ 0x5555_5555);
            let status = match i % 50 {
                0..10 => "Open",
                10 => "Disputed",
                _ => "Closed",
            };
            let amount = 1_000_000 * (1 + (r >> 12) % 1000);
            let values: Vec<Sql> = escrow_columns
                .iter()
                .map(|column| match *column {
                    "id" => Sql::Text(hash(6, i)),
                    "created_block" | "block_number" => Sql::Integer(signed(i / 10 + 1)),
                    "created_tx_hash" | "tx_hash" => Sql::Text(hash(7, i)),
                    "block_hash" => Sql::Text(hash(3, i / 10)),
                    "created_at" | "updated_at" => Sql::Integer(NOW - 60 * DAY),
                    "log_index" => Sql::Integer(signed(i % 10)),
                    "payer" | "funder" => Sql::Text(agents[usize::try_from(r % AGENTS).unwrap_or(0)].clone()),
                    "payee" => Sql::Text(agents[usize::try_from((r >> 20) % AGENTS).unwrap_or(0)].clone()),
                    "token" => Sql::Text(tokens[usize::try_from(r % TOKENS).unwrap_or(0)].clone()),
                    "amount" | "remaining" => Sql::Text(amount.to_string()),
                    "amount_sort" => Sql::Text(format!("{amount:0>78}")),
                    "deadline" => Sql::Integer(NOW - 2 * DAY + signed(mix(r) % (12 * 86_400))),
                    "arbiter" => Sql::Text(agents[usize::try_from((r >> 8) % AGENTS).unwrap_or(0)].clone()),
                    "arbiter_fee_bps" => Sql::Integer(100),
                    "condition_schema" | "salt" => Sql::Text(zero_hash.clone()),
                    "condition_attester" => Sql::Text(zero.clone()),
                    "funding" => Sql::Text("Direct".into()),
                    "released" | "returned" | "refunded" => Sql::Text("0".into()),
                    "status" => Sql::Text(status.to_owned()),
                    "disputed_at" if status == "Disputed" => Sql::Integer(NOW - signed(mix(r) % (40 * 86_400))),
                    _ => Sql::Null,
                })
                .collect();
            insert.execute(rusqlite::params_from_iter(values))?;
        }
    }
    let policy_columns: Vec<&str> = echorift_indexer::contracts::projection("policies")
        .context("policies projection")?
        .all_columns()
        .map(|column| column.name)
        .collect();
    {
        // One policy per agent, funded by the next agent; some near their budget, some tripped.
        let marks: Vec<String> = (1..=policy_columns.len()).map(|n| format!("?{n}")).collect();
        let sql = format!("INSERT INTO policies ({}) VALUES ({})", policy_columns.join(", "), marks.join(", "));
        let mut insert = tx.prepare(&sql)?;
        for k in 0..AGENTS {
            let r = mix(k ^ 0x9071_c1e5);
            let tripped = k % 50 == 0;
            let values: Vec<Sql> = policy_columns
                .iter()
                .map(|column| match *column {
                    "id" => Sql::Text(hash(8, k)),
                    "created_block" | "block_number" => Sql::Integer(1),
                    "created_tx_hash" | "tx_hash" => Sql::Text(hash(9, k)),
                    "block_hash" => Sql::Text(hash(3, 0)),
                    "created_at" | "updated_at" => Sql::Integer(NOW - 60 * DAY),
                    "log_index" => Sql::Integer(0),
                    "operator" => Sql::Text(agents[usize::try_from((k + 1) % AGENTS).unwrap_or(0)].clone()),
                    "agent" => Sql::Text(agents[usize::try_from(k).unwrap_or(0)].clone()),
                    "token" => Sql::Text(tokens[usize::try_from(r % TOKENS).unwrap_or(0)].clone()),
                    "salt" => Sql::Text(zero_hash.clone()),
                    "budget" => Sql::Text("100000000".into()),
                    "max_payment" | "breaker_threshold" => Sql::Text("0".into()),
                    "start_at" => Sql::Integer(NOW - 60 * DAY),
                    "period" => Sql::Integer(DAY),
                    "period_index" => Sql::Integer(60),
                    "spent" => Sql::Text((r % 100_000_000).to_string()),
                    "guardian" => Sql::Text(zero.clone()),
                    "loosen_delay" => Sql::Integer(3_600),
                    "tripped" => Sql::Integer(i64::from(tripped)),
                    "status" => Sql::Text(if tripped { "Tripped" } else { "Active" }.into()),
                    "end_at" | "max_new_recipients" | "breaker_window" | "allowlist_only" | "paused" | "revoked" => {
                        Sql::Integer(0)
                    }
                    _ => Sql::Null,
                })
                .collect();
            insert.execute(rusqlite::params_from_iter(values))?;
        }
    }
    let head = signed(tasks / 10 + 1);
    tx.execute(
        "UPDATE status SET block_number = ?1, block_hash = ?2, block_timestamp = ?3, chain_head = ?1, \
         confirmed_block = ?1 - 12 WHERE id = 1",
        rusqlite::params![head, hash(3, tasks / 10), NOW],
    )?;
    tx.commit()?;
    Ok(started.elapsed())
}

/// One keep-alive HTTP/1.1 connection.
struct Connection {
    stream: BufReader<TcpStream>,
    line: String,
    body: Vec<u8>,
}

impl Connection {
    async fn open(port: u16) -> Result<Self> {
        let stream = TcpStream::connect(("127.0.0.1", port)).await?;
        stream.set_nodelay(true)?;
        Ok(Self { stream: BufReader::new(stream), line: String::new(), body: Vec::new() })
    }

    /// GETs `path`; returns the status and the body's length.
    async fn get(&mut self, path: &str) -> Result<(u16, usize)> {
        let request = format!("GET {path} HTTP/1.1\r\nHost: bench\r\n\r\n");
        self.stream.get_mut().write_all(request.as_bytes()).await?;
        self.line.clear();
        self.stream.read_line(&mut self.line).await?;
        let status: u16 = self.line.split(' ').nth(1).context("status line")?.parse()?;
        let mut length = 0usize;
        loop {
            self.line.clear();
            self.stream.read_line(&mut self.line).await?;
            let header = self.line.trim_end();
            if header.is_empty() {
                break;
            }
            if let Some((name, value)) = header.split_once(':')
                && name.eq_ignore_ascii_case("content-length")
            {
                length = value.trim().parse()?;
            }
        }
        self.body.resize(length, 0);
        self.stream.read_exact(&mut self.body).await?;
        Ok((status, length))
    }
}

/// The request of kind `kind` number `n`: an inbox, or one of two filtered task lists.
fn request(kind: usize, n: u64, agents: &[String]) -> String {
    let r = mix(n ^ 0xbe7c_4000);
    let who = &agents[usize::try_from(r % AGENTS).unwrap_or(0)];
    match kind {
        0 => format!("/v1/inbox/{who}"),
        _ if r.is_multiple_of(2) => format!(
            "/v1/tasks?status=Open&min_reward={}&max_deadline={}&limit=20",
            1_000_000 * (1 + (r >> 16) % 500),
            NOW + 7 * DAY
        ),
        _ => format!("/v1/tasks?worker={who}&status=Claimed,Submitted&limit=20"),
    }
}

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let index = ((sorted.len() as f64 * p).ceil() as usize).clamp(1, sorted.len()) - 1;
    sorted[index].as_secs_f64() * 1000.0
}

struct Served(Child);

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn main() -> Result<()> {
    let options = options()?;
    // The load generator runs on one thread: the server gets the rest of the machine.
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
    runtime.block_on(run(options))
}

async fn run(options: Options) -> Result<()> {
    let scratch = tempfile::tempdir()?;
    let db = options.db.clone().unwrap_or_else(|| scratch.path().join("bench-api.sqlite"));
    let reuse = options.db.is_some() && db.exists();
    let build_seconds = if reuse {
        eprintln!("bench-api: reusing {}", db.display());
        0.0
    } else {
        eprintln!("bench-api: building an index of {} tasks in {}", options.tasks, db.display());
        build(&db, options.tasks).await?.as_secs_f64()
    };
    let size_mb = std::fs::metadata(&db).map(|m| m.len() as f64 / 1e6).unwrap_or(0.0);

    let port = echorift_e2e::api::free_port()?;
    let child = Command::new(&options.indexer)
        .arg("serve")
        .arg("--db")
        .arg(&db)
        .arg("--listen")
        .arg(format!("127.0.0.1:{port}"))
        .env("RUST_LOG", "warn")
        .stdout(Stdio::null())
        .spawn()
        .with_context(|| format!("starting {}", options.indexer.display()))?;
    let _served = Served(child);
    let deadline = Instant::now() + Duration::from_secs(30);
    let mut conn = loop {
        match Connection::open(port).await {
            Ok(conn) => break conn,
            Err(_) if Instant::now() < deadline => tokio::time::sleep(Duration::from_millis(50)).await,
            Err(err) => return Err(err.context("the server did not start")),
        }
    };
    let agents: Vec<String> = (0..AGENTS).map(agent).collect();
    let (code, _) = conn.get("/v1/status").await?;
    anyhow::ensure!(code == 200, "/v1/status answered {code}");

    // Latency, one request at a time, after a warm-up.
    let mut latencies = [Vec::new(), Vec::new()];
    let mut bytes = [0usize, 0usize];
    for n in 0..600u64 {
        conn.get(&request(usize::try_from(n % 2)?, n + 1_000_000, &agents)).await?;
    }
    for n in 0..4000u64 {
        let kind = usize::try_from(n % 2)?;
        let path = request(kind, n, &agents);
        let started = Instant::now();
        let (code, length) = conn.get(&path).await?;
        latencies[kind].push(started.elapsed());
        anyhow::ensure!(code == 200, "GET {path} answered {code}");
        bytes[kind] += length;
    }
    for list in &mut latencies {
        list.sort();
    }
    let [inbox, tasks] = &latencies;

    // Throughput: many keep-alive connections at once, half inbox, half task lists.
    let until = Instant::now() + Duration::from_secs(options.seconds);
    let mut workers = Vec::new();
    for worker in 0..options.connections {
        let agents = agents.clone();
        workers.push(tokio::spawn(async move {
            let mut conn = Connection::open(port).await?;
            let (mut done, mut failed) = (0u64, 0u64);
            let mut n = (worker as u64) << 32;
            while Instant::now() < until {
                let (code, _) = conn.get(&request(usize::try_from(n % 2)?, n, &agents)).await?;
                if code == 200 {
                    done += 1
                } else {
                    failed += 1
                }
                n += 1;
            }
            Ok::<_, anyhow::Error>((done, failed))
        }));
    }
    let started = Instant::now();
    let (mut done, mut failed) = (0u64, 0u64);
    for worker in workers {
        let (d, f) = worker.await??;
        done += d;
        failed += f;
    }
    let seconds = started.elapsed().as_secs_f64();
    let rps = done as f64 / seconds;

    let result = serde_json::json!({
        "tasks": options.tasks,
        "inbox_p99_ms": percentile(inbox, 0.99),
        "tasks_p99_ms": percentile(tasks, 0.99),
        "requests_per_second": rps,
        "inbox_p50_ms": percentile(inbox, 0.5),
        "tasks_p50_ms": percentile(tasks, 0.5),
        "inbox_mean_bytes": bytes[0] / inbox.len().max(1),
        "tasks_mean_bytes": bytes[1] / tasks.len().max(1),
        "connections": options.connections,
        "failed_requests": failed,
        "build_seconds": build_seconds,
        "db_mb": size_mb,
    });
    if options.json {
        println!("{result}");
    } else {
        println!(
            "{} tasks ({size_mb:.0} MB, built in {build_seconds:.1} s)\n\
             inbox:      p50 {:.3} ms  p99 {:.3} ms  ({} bytes mean)\n\
             task lists: p50 {:.3} ms  p99 {:.3} ms  ({} bytes mean)\n\
             throughput: {rps:.0} requests/s over {} connections for {seconds:.1} s ({failed} failed)",
            options.tasks,
            percentile(inbox, 0.5),
            percentile(inbox, 0.99),
            result["inbox_mean_bytes"],
            percentile(tasks, 0.5),
            percentile(tasks, 0.99),
            result["tasks_mean_bytes"],
            options.connections,
        );
    }
    Ok(())
}
