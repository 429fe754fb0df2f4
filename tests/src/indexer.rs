//! Helpers for the indexer's end-to-end tests: a chain with every EchoRift contract deployed
//! through the bindings, a mix of activity touching every projection, the daemon as a process,
//! and a canonical dump of an index database so that two databases can be compared.

use std::{
    path::{Path, PathBuf},
    process::{Child, Command, Output, Stdio},
    time::{Duration, Instant},
};

use alloy::{
    node_bindings::AnvilInstance,
    primitives::{Address, B256, Bytes, U256, keccak256},
    providers::{DynProvider, Provider},
};
use anyhow::{Context as _, Result, bail};
use echorift_bindings::{
    attestation_registry::{AttestationRegistry, IAttestationRegistry::AttestationRequest},
    escrow::{Escrow, IEscrow::Terms},
    spending_guard::{
        ISpendingGuard::{Policy, PolicyKey},
        SpendingGuard,
    },
    task_board::{ITaskBoard::Task, TaskBoard},
    test_token::TestToken,
};
use sqlx::{Column as _, Connection as _, Row as _, SqliteConnection, TypeInfo as _, ValueRef as _};

use crate::{chain_now, wallet_provider, workspace_bin};

/// A chain with the contracts deployed and three funded, approving agents.
pub struct Devnet {
    /// The chain.
    pub anvil: AnvilInstance,
    /// Account 0: poster and payer.
    pub poster: DynProvider,
    /// Account 1: worker and payee.
    pub worker: DynProvider,
    /// Account 2: arbiter and attester.
    pub arbiter: DynProvider,
    /// Contract addresses.
    pub registry: Address,
    /// The escrow.
    pub escrow: Address,
    /// The task board.
    pub board: Address,
    /// The spending guard.
    pub guard: Address,
    /// The test token.
    pub token: Address,
    /// The addresses of poster, worker and arbiter.
    pub accounts: [Address; 3],
    /// Scratch directory holding the deployments file and databases.
    pub dir: tempfile::TempDir,
}

/// Sends a contract call and fails unless it succeeded.
macro_rules! send {
    ($call:expr) => {{
        let receipt = $call.send().await?.get_receipt().await?;
        anyhow::ensure!(receipt.status(), "transaction reverted: {}", receipt.transaction_hash);
        receipt
    }};
}

impl Devnet {
    /// Deploys everything on `anvil`.
    pub async fn deploy(anvil: AnvilInstance) -> Result<Self> {
        let (poster_signer, poster) = wallet_provider(&anvil, 0)?;
        let (worker_signer, worker) = wallet_provider(&anvil, 1)?;
        let (arbiter_signer, arbiter) = wallet_provider(&anvil, 2)?;
        let accounts = [poster_signer.address(), worker_signer.address(), arbiter_signer.address()];
        let registry = *AttestationRegistry::deploy(poster.clone()).await?.address();
        let escrow = *Escrow::deploy(poster.clone(), registry).await?.address();
        let board = *TaskBoard::deploy(poster.clone(), registry).await?.address();
        let guard = *SpendingGuard::deploy(poster.clone(), escrow, board).await?.address();
        let token = TestToken::deploy(poster.clone(), "EchoRift Test USD".into(), "tUSD".into()).await?;
        let big = U256::from(10u64).pow(U256::from(30u64));
        for (who, provider) in [(poster_signer.address(), &poster), (worker_signer.address(), &worker)] {
            send!(token.mint(who, big));
            let token = TestToken::new(*token.address(), provider.clone());
            send!(token.approve(board, U256::MAX));
            send!(token.approve(escrow, U256::MAX));
            send!(token.approve(guard, U256::MAX));
        }
        let devnet = Self {
            anvil,
            poster,
            worker,
            arbiter,
            registry,
            escrow,
            board,
            guard,
            token: *token.address(),
            accounts,
            dir: tempfile::tempdir()?,
        };
        let deployments = serde_json::json!({
            "chainId": devnet.poster.get_chain_id().await?,
            "startBlock": 0,
            "contracts": {
                "AttestationRegistry": registry, "Escrow": escrow, "TaskBoard": board, "TestToken": devnet.token,
                "SpendingGuard": guard,
            },
        });
        std::fs::write(devnet.deployments(), deployments.to_string())?;
        Ok(devnet)
    }

    /// Replaces the providers with new ones: after `anvil_reorg`, the old ones' block watchers
    /// wait for block numbers they already saw, and transactions never confirm.
    pub fn reconnect(&mut self) -> Result<()> {
        self.poster = wallet_provider(&self.anvil, 0)?.1;
        self.worker = wallet_provider(&self.anvil, 1)?.1;
        self.arbiter = wallet_provider(&self.anvil, 2)?.1;
        Ok(())
    }

    /// The deployments file.
    pub fn deployments(&self) -> PathBuf {
        self.dir.path().join("deployments.json")
    }

    /// A database path in the scratch directory.
    pub fn db(&self, name: &str) -> PathBuf {
        self.dir.path().join(format!("{name}.sqlite"))
    }

    /// One round of activity touching every projection (about 22 transactions, one block each):
    /// a schema, attestations (one revoked), an escrow released in part then disputed and
    /// resolved, a task posted, claimed, submitted and accepted, one posted and cancelled, and a
    /// spending policy that pays, trips its breaker, is reset, gets a loosening queued and is paused.
    pub async fn activity(&self, round: u64) -> Result<()> {
        let salt = B256::from(U256::from(round) + U256::from(1u64 << 40));
        let [poster, worker, arbiter] = self.accounts;
        let now = chain_now(&self.poster).await?;

        let registry = AttestationRegistry::new(self.registry, self.arbiter.clone());
        let definition = format!("bool delivered, uint256 round{round}");
        send!(registry.registerSchema(definition.clone(), Address::ZERO, true));
        let schema = keccak256([definition.as_bytes(), Address::ZERO.as_slice(), &[1u8]].concat());
        for (index, revoke) in [(0u8, false), (1, true)] {
            let request = AttestationRequest {
                schema,
                recipient: worker,
                expirationTime: 0,
                revocable: true,
                refUID: salt,
                data: Bytes::from(vec![index, 1, 2, 3]),
            };
            let uid = registry.uidOfRequest(arbiter, request.clone()).call().await?;
            send!(registry.attest(request));
            if revoke {
                send!(registry.revoke(uid, keccak256(b"wrong")));
            }
        }

        let terms = Terms {
            payer: poster,
            payee: worker,
            token: self.token,
            amount: U256::from(1_000_000u64 + round),
            deadline: now + 86_400,
            arbiter,
            arbiterFeeBps: 100,
            conditionSchema: B256::ZERO,
            conditionAttester: Address::ZERO,
            salt,
        };
        let escrow = Escrow::new(self.escrow, self.poster.clone());
        send!(escrow.open(terms.clone()));
        send!(escrow.release(terms.clone(), U256::from(250_000u64)));
        send!(Escrow::new(self.escrow, self.worker.clone()).returnFunds(terms.clone(), U256::from(50_000u64)));
        send!(escrow.dispute(terms.clone()));
        send!(Escrow::new(self.escrow, self.arbiter.clone()).resolve(terms, U256::from(100_000u64)));

        let board = TaskBoard::new(self.board, self.poster.clone());
        let as_worker = TaskBoard::new(self.board, self.worker.clone());
        let task = |salt: B256| Task {
            poster,
            token: self.token,
            reward: U256::from(40_000_000u64 + round),
            stake: U256::from(5_000_000u64),
            deadline: now + 86_400,
            claimDuration: 3_600,
            reviewWindow: 600,
            disputeWindow: 600,
            arbiter,
            arbiterFeeBps: 500,
            validationSchema: B256::ZERO,
            validator: Address::ZERO,
            specHash: keccak256(b"translate the spec"),
            salt,
        };
        let done = task(salt);
        send!(board.post(done.clone(), format!("ipfs://spec/{round}")));
        send!(as_worker.claim(done.clone()));
        send!(as_worker.submit(done.clone(), keccak256(b"result"), format!("ipfs://result/{round}")));
        send!(board.accept(done));
        let cancelled = task(keccak256(salt));
        send!(board.post(cancelled.clone(), "ipfs://cancelled".into()));
        send!(board.cancel(cancelled));

        // The poster (operator) lets the worker (agent) spend: 100 a day, a breaker at 30 an hour.
        let key = PolicyKey { operator: poster, agent: worker, token: self.token, salt };
        let policy = Policy {
            budget: 100_000_000,
            maxPayment: 0,
            breakerThreshold: 30_000_000,
            start: Default::default(),
            end: Default::default(),
            period: 86_400,
            maxNewRecipients: 0,
            guardian: arbiter,
            breakerWindow: 3_600,
            loosenDelay: 3_600,
            allowlistOnly: false,
        };
        let guard = SpendingGuard::new(self.guard, self.poster.clone());
        let as_agent = SpendingGuard::new(self.guard, self.worker.clone());
        send!(guard.grant(key.clone(), policy, vec![arbiter]));
        send!(as_agent.spend(key.clone(), arbiter, U256::from(10_000_000u64 + round)));
        send!(as_agent.spend(key.clone(), arbiter, U256::from(25_000_000u64))); // 35 > 30: trips
        send!(guard.resetBreaker(key.clone()));
        let id = guard.policyId(key.clone()).call().await?;
        let stored = guard.getPolicy(id).call().await?; // start as resolved at grant: immutable
        send!(guard.change(key.clone(), Policy { budget: 200_000_000, ..stored })); // a loosening: queued
        send!(SpendingGuard::new(self.guard, self.arbiter.clone()).pause(key));
        Ok(())
    }
}

/// The indexer command for `rpc`, `deployments` and `db`, with fast polling and no inherited
/// `ECHORIFT_*` settings.
pub fn indexer_command(rpc: &str, deployments: &Path, db: &Path) -> Command {
    let mut command = indexer_command_at(&workspace_bin("echorift-indexer"), rpc, deployments, db);
    for (key, _) in std::env::vars() {
        if key.starts_with("ECHORIFT_") {
            command.env_remove(key);
        }
    }
    command.args(["--poll-interval-ms", "50", "--rpc-timeout", "10"]);
    command
}

/// The indexer binary at `binary` for `rpc`, `deployments` and `db`, without a progress bar,
/// logging warnings only.
pub fn indexer_command_at(binary: &Path, rpc: &str, deployments: &Path, db: &Path) -> Command {
    let mut command = Command::new(binary);
    command
        .arg("--rpc-url")
        .arg(rpc)
        .arg("--deployments")
        .arg(deployments)
        .arg("--db")
        .arg(db)
        .arg("--no-progress")
        .env("RUST_LOG", "warn");
    command
}

/// Runs the indexer until it has caught up with the chain; fails unless it exits 0.
pub fn index_until_caught_up(rpc: &str, deployments: &Path, db: &Path, extra: &[&str]) -> Result<Output> {
    let output = indexer_command(rpc, deployments, db).arg("--until-caught-up").args(extra).output()?;
    if !output.status.success() {
        bail!("the indexer failed ({}): {}", output.status, String::from_utf8_lossy(&output.stderr));
    }
    Ok(output)
}

/// Starts the indexer following the chain, stderr captured.
pub fn spawn_indexer(rpc: &str, deployments: &Path, db: &Path, extra: &[&str]) -> Result<Child> {
    Ok(indexer_command(rpc, deployments, db).args(extra).stdout(Stdio::null()).stderr(Stdio::piped()).spawn()?)
}

/// Sends SIGTERM to a child and waits for it; fails unless it exits 0.
pub fn terminate(mut child: Child) -> Result<()> {
    let status = Command::new("kill").arg("-TERM").arg(child.id().to_string()).status()?;
    anyhow::ensure!(status.success(), "kill -TERM failed");
    let output = wait_with_timeout(&mut child, Duration::from_secs(20))?;
    anyhow::ensure!(output.success(), "the indexer exited with {output} on SIGTERM");
    Ok(())
}

fn wait_with_timeout(child: &mut Child, timeout: Duration) -> Result<std::process::ExitStatus> {
    let deadline = Instant::now() + timeout;
    loop {
        if let Some(status) = child.try_wait()? {
            return Ok(status);
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            bail!("the indexer did not exit within {timeout:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// The checkpoint (block number and hash) recorded in `db`, if any.
pub async fn checkpoint(db: &Path) -> Result<Option<(u64, B256)>> {
    if !db.exists() {
        return Ok(None);
    }
    let mut conn = SqliteConnection::connect(&format!("sqlite://{}?mode=ro", db.display())).await?;
    let row: Option<(Option<i64>, Option<String>)> =
        sqlx::query_as("SELECT block_number, block_hash FROM status WHERE id = 1")
            .fetch_optional(&mut conn)
            .await
            .unwrap_or(None);
    conn.close().await?;
    Ok(match row {
        Some((Some(number), Some(hash))) => Some((u64::try_from(number)?, hash.parse()?)),
        _ => None,
    })
}

/// The status row of `db` as JSON.
pub async fn status(db: &Path) -> Result<serde_json::Value> {
    let mut conn = SqliteConnection::connect(&format!("sqlite://{}?mode=ro", db.display())).await?;
    let rows = dump_table(&mut conn, "status").await?;
    conn.close().await?;
    rows.into_iter().next().context("no status row")
}

/// Waits until `db`'s checkpoint is the chain's head block (same number and hash).
pub async fn wait_for_head(db: &Path, provider: &DynProvider, timeout: Duration) -> Result<u64> {
    let deadline = Instant::now() + timeout;
    loop {
        let head = provider.get_block_by_number(alloy::eips::BlockNumberOrTag::Latest).await?.context("no head")?;
        if checkpoint(db).await? == Some((head.header.number, head.header.hash)) {
            return Ok(head.header.number);
        }
        if Instant::now() > deadline {
            bail!(
                "the index did not reach head {} within {timeout:?}: at {:?}",
                head.header.number,
                checkpoint(db).await?
            );
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// Every row of the indexed data (events and every projection; not the bookkeeping tables),
/// in key order, as JSON: two databases hold the same index exactly when their dumps are equal.
pub async fn dump(db: &Path) -> Result<serde_json::Value> {
    let mut conn = SqliteConnection::connect(&format!("sqlite://{}?mode=ro", db.display())).await?;
    let mut tables = serde_json::Map::new();
    for table in ["events", "tasks", "escrows", "attestations", "schemas", "policies"] {
        tables.insert(table.into(), serde_json::Value::Array(dump_table(&mut conn, table).await?));
    }
    conn.close().await?;
    Ok(serde_json::Value::Object(tables))
}

async fn dump_table(conn: &mut SqliteConnection, table: &str) -> Result<Vec<serde_json::Value>> {
    let rows = sqlx::query(&format!("SELECT * FROM {table} ORDER BY 1")).fetch_all(&mut *conn).await?;
    let mut out = Vec::with_capacity(rows.len());
    for row in rows {
        let mut object = serde_json::Map::new();
        for (index, column) in row.columns().iter().enumerate() {
            let raw = row.try_get_raw(index)?;
            let value = if raw.is_null() {
                serde_json::Value::Null
            } else {
                match raw.type_info().name() {
                    "INTEGER" => serde_json::Value::from(row.try_get::<i64, _>(index)?),
                    _ => serde_json::Value::from(row.try_get::<String, _>(index)?),
                }
            };
            object.insert(column.name().to_owned(), value);
        }
        out.push(serde_json::Value::Object(object));
    }
    Ok(out)
}

/// Counts of each table's rows in a dump, for messages.
pub fn counts(dump: &serde_json::Value) -> String {
    dump.as_object()
        .map(|tables| {
            tables
                .iter()
                .map(|(name, rows)| format!("{name}={}", rows.as_array().map_or(0, Vec::len)))
                .collect::<Vec<_>>()
                .join(" ")
        })
        .unwrap_or_default()
}
