//! Helpers for the API's end-to-end tests: the indexer daemon serving its API on a free
//! loopback port, the read-only `serve` mode, and a small HTTP client.

use std::{
    path::Path,
    process::{Child, Command, Stdio},
    time::{Duration, Instant},
};

use alloy::transports::http::reqwest;
use anyhow::{Context as _, Result, bail};
use serde_json::Value;

use crate::{indexer::indexer_command, workspace_bin};

/// A free loopback port (bound, then released for the server to take).
pub fn free_port() -> Result<u16> {
    let listener = std::net::TcpListener::bind("127.0.0.1:0")?;
    Ok(listener.local_addr()?.port())
}

/// An API at `base` (`http://127.0.0.1:PORT`).
#[derive(Debug, Clone)]
pub struct Api {
    /// The base URL.
    pub base: String,
    http: reqwest::Client,
}

impl Api {
    /// A client of the API at `base`.
    pub fn new(base: String) -> Self {
        Self { base, http: reqwest::Client::new() }
    }

    /// GETs `path` (with its query), returning the status and the JSON body (`Null` if the body
    /// is not JSON).
    pub async fn get(&self, path: &str) -> Result<(u16, Value)> {
        let response = self.http.get(format!("{}{path}", self.base)).send().await?;
        let status = response.status().as_u16();
        let text = response.text().await?;
        Ok((status, serde_json::from_str(&text).unwrap_or(Value::Null)))
    }

    /// GETs `path` and fails unless it answers 200; returns the JSON body.
    pub async fn ok(&self, path: &str) -> Result<Value> {
        let (status, body) = self.get(path).await?;
        anyhow::ensure!(status == 200, "GET {path}: {status} {body}");
        Ok(body)
    }

    /// GETs `path` as text (for /metrics).
    pub async fn text(&self, path: &str) -> Result<(u16, String)> {
        let response = self.http.get(format!("{}{path}", self.base)).send().await?;
        Ok((response.status().as_u16(), response.text().await?))
    }

    /// Every item of a list endpoint, following `next_cursor` pages of `limit`.
    pub async fn all(&self, path: &str, limit: usize) -> Result<Vec<Value>> {
        let separator = if path.contains('?') { '&' } else { '?' };
        let mut items = Vec::new();
        let mut cursor: Option<String> = None;
        for _ in 0..10_000 {
            let page_path = match &cursor {
                Some(cursor) => format!("{path}{separator}limit={limit}&cursor={cursor}"),
                None => format!("{path}{separator}limit={limit}"),
            };
            let page = self.ok(&page_path).await?;
            items.extend(page["items"].as_array().cloned().unwrap_or_default());
            match page["next_cursor"].as_str() {
                Some(next) => cursor = Some(next.to_owned()),
                None => return Ok(items),
            }
        }
        bail!("{path}: more than 10,000 pages")
    }

    /// Waits until `/ready` answers 200.
    pub async fn wait_ready(&self, timeout: Duration) -> Result<()> {
        let deadline = Instant::now() + timeout;
        loop {
            if let Ok((200, _)) = self.get("/ready").await {
                return Ok(());
            }
            if Instant::now() > deadline {
                bail!("the API at {} was not ready within {timeout:?}", self.base);
            }
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
    }

    /// Waits until the API's indexed block is `block`.
    pub async fn wait_for_block(&self, block: u64, timeout: Duration) -> Result<()> {
        let deadline = Instant::now() + timeout;
        loop {
            if let Ok((200, status)) = self.get("/v1/status").await
                && status["indexed_block"].as_u64() == Some(block)
            {
                return Ok(());
            }
            if Instant::now() > deadline {
                bail!("the API did not reach block {block} within {timeout:?}");
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }
}

/// Starts the indexer daemon with its API on a free port; returns it and the API once ready.
pub async fn spawn_indexer_with_api(rpc: &str, deployments: &Path, db: &Path, extra: &[&str]) -> Result<(Child, Api)> {
    let port = free_port()?;
    let child = indexer_command(rpc, deployments, db)
        .arg("--listen")
        .arg(format!("127.0.0.1:{port}"))
        .args(extra)
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()?;
    let api = Api::new(format!("http://127.0.0.1:{port}"));
    api.wait_ready(Duration::from_secs(30)).await.context("the daemon's API")?;
    Ok((child, api))
}

/// Starts `echorift-indexer serve` (read-only) on `db`; returns it and the API once it answers.
pub async fn spawn_serve(db: &Path) -> Result<(Child, Api)> {
    let port = free_port()?;
    let child = Command::new(workspace_bin("echorift-indexer"))
        .arg("serve")
        .arg("--db")
        .arg(db)
        .arg("--listen")
        .arg(format!("127.0.0.1:{port}"))
        .env("RUST_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()?;
    let api = Api::new(format!("http://127.0.0.1:{port}"));
    let deadline = Instant::now() + Duration::from_secs(20);
    while api.get("/health").await.is_err() {
        anyhow::ensure!(Instant::now() < deadline, "`serve` did not answer within 20 s");
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    Ok((child, api))
}

/// Builds the contracts' structs and calls from the API's records, for comparing the API with
/// the contracts.
pub mod calls {
    use alloy::{
        primitives::{Address, B256, Bytes, U256, keccak256},
        sol_types::SolCall,
    };
    use anyhow::{Context as _, Result};
    use echorift_bindings::{
        escrow::{Escrow, IEscrow::Terms},
        task_board::{ITaskBoard::Task, TaskBoard},
    };
    use serde_json::Value;

    fn field<'a>(record: &'a Value, name: &str) -> Result<&'a Value> {
        record.get(name).with_context(|| format!("no `{name}` in {record}"))
    }
    fn address(record: &Value, name: &str) -> Result<Address> {
        Ok(field(record, name)?.as_str().context("not text")?.parse()?)
    }
    fn hash(record: &Value, name: &str) -> Result<B256> {
        Ok(field(record, name)?.as_str().context("not text")?.parse()?)
    }
    fn amount(record: &Value, name: &str) -> Result<U256> {
        Ok(U256::from_str_radix(field(record, name)?.as_str().context("not text")?, 10)?)
    }
    fn int(record: &Value, name: &str) -> Result<u64> {
        field(record, name)?.as_u64().with_context(|| format!("`{name}` is not an integer"))
    }

    /// A task's terms from its API record.
    pub fn task(record: &Value) -> Result<Task> {
        Ok(Task {
            poster: address(record, "poster")?,
            token: address(record, "token")?,
            reward: amount(record, "reward")?,
            stake: amount(record, "stake")?,
            deadline: int(record, "deadline")?,
            claimDuration: u32::try_from(int(record, "claim_duration")?)?,
            reviewWindow: u32::try_from(int(record, "review_window")?)?,
            disputeWindow: u32::try_from(int(record, "dispute_window")?)?,
            arbiter: address(record, "arbiter")?,
            arbiterFeeBps: u16::try_from(int(record, "arbiter_fee_bps")?)?,
            validationSchema: hash(record, "validation_schema")?,
            validator: address(record, "validator")?,
            specHash: hash(record, "spec_hash")?,
            salt: hash(record, "salt")?,
        })
    }

    /// An escrow's terms from its API record.
    pub fn terms(record: &Value) -> Result<Terms> {
        Ok(Terms {
            payer: address(record, "payer")?,
            payee: address(record, "payee")?,
            token: address(record, "token")?,
            amount: amount(record, "amount")?,
            deadline: int(record, "deadline")?,
            arbiter: address(record, "arbiter")?,
            arbiterFeeBps: u16::try_from(int(record, "arbiter_fee_bps")?)?,
            conditionSchema: hash(record, "condition_schema")?,
            conditionAttester: address(record, "condition_attester")?,
            salt: hash(record, "salt")?,
        })
    }

    /// An attestation's content from its API record, as the `$module` bindings' struct.
    macro_rules! content {
        ($module:path, $record:expr) => {{
            use $module as module;
            let record: &Value = $record;
            let data: Bytes = field(record, "data")?.as_str().context("data")?.parse()?;
            module::AttestationContent {
                schema: hash(record, "schema")?,
                attester: address(record, "attester")?,
                recipient: address(record, "recipient")?,
                expirationTime: int(record, "expiration_time")?,
                revocable: field(record, "revocable")?.as_bool().context("revocable")?,
                refUID: hash(record, "ref_uid")?,
                dataHash: keccak256(&data),
            }
        }};
    }

    /// The calldata of task action `action` (an inbox action name) on `record`; `proof` (an
    /// attestation record) for `accept_by_validation`.
    pub fn task_call(action: &str, record: &Value, proof: Option<&Value>) -> Result<Bytes> {
        let task = task(record)?;
        let data = match action {
            "submit" => {
                TaskBoard::submitCall { task, resultHash: keccak256(b"r"), resultURI: "ipfs://r".into() }.abi_encode()
            }
            "finalize" => TaskBoard::finalizeCall { task }.abi_encode(),
            "accept" => TaskBoard::acceptCall { task }.abi_encode(),
            "reject" => TaskBoard::rejectCall { task, reason: keccak256(b"no") }.abi_encode(),
            "dispute" => TaskBoard::disputeCall { task }.abi_encode(),
            "resolve" => TaskBoard::resolveCall { task, toWorker: U256::ZERO }.abi_encode(),
            "close" => TaskBoard::closeCall { task }.abi_encode(),
            "reopen" => TaskBoard::reopenCall { task }.abi_encode(),
            "accept_by_validation" => {
                let proof = content!(echorift_bindings::task_board::IAttestationRegistry, proof.context("a proof")?);
                TaskBoard::acceptByValidationCall { task, proof }.abi_encode()
            }
            other => anyhow::bail!("no task action {other}"),
        };
        Ok(data.into())
    }

    /// A policy's key from its API record.
    pub fn policy_key(record: &Value) -> Result<echorift_bindings::spending_guard::ISpendingGuard::PolicyKey> {
        Ok(echorift_bindings::spending_guard::ISpendingGuard::PolicyKey {
            operator: address(record, "operator")?,
            agent: address(record, "agent")?,
            token: address(record, "token")?,
            salt: hash(record, "salt")?,
        })
    }

    /// The calldata of escrow action `action` on `record`.
    pub fn escrow_call(action: &str, record: &Value, proof: Option<&Value>) -> Result<Bytes> {
        let terms = terms(record)?;
        let data = match action {
            "release" => Escrow::releaseCall { terms, amount: U256::from(1u64) }.abi_encode(),
            "refund" => Escrow::refundCall { terms }.abi_encode(),
            "resolve" => Escrow::resolveCall { terms, toPayee: U256::ZERO }.abi_encode(),
            "release_on_proof" => {
                let proof = content!(echorift_bindings::escrow::IAttestationRegistry, proof.context("a proof")?);
                Escrow::releaseOnProofCall { terms, proof }.abi_encode()
            }
            other => anyhow::bail!("no escrow action {other}"),
        };
        Ok(data.into())
    }
}

/// A scripted scenario leaving tasks and escrows in every state the inbox knows, some of whose
/// windows have passed by the end (the chain's clock moves 2,000 s forward in the middle):
/// tasks claimed, submitted, rejected, disputed, expiring, past their delivery time or review
/// window; escrows refundable, disputed, releasable on proof.
pub async fn scenario(devnet: &crate::indexer::Devnet) -> Result<()> {
    use alloy::primitives::{Address, B256, Bytes, U256, keccak256};
    use echorift_bindings::{
        attestation_registry::{AttestationRegistry, IAttestationRegistry::AttestationRequest},
        escrow::{Escrow, IEscrow::Terms},
        task_board::{ITaskBoard::Task, TaskBoard},
    };

    macro_rules! send {
        ($call:expr) => {{
            let receipt = $call.send().await?.get_receipt().await?;
            anyhow::ensure!(receipt.status(), "transaction reverted: {}", receipt.transaction_hash);
        }};
    }
    let [poster, worker, arbiter] = devnet.accounts;
    let now = crate::chain_now(&devnet.poster).await?;
    let board = TaskBoard::new(devnet.board, devnet.poster.clone());
    let as_worker = TaskBoard::new(devnet.board, devnet.worker.clone());
    let task = |n: u64, deadline: u64, claim: u32, review: u32| Task {
        poster,
        token: devnet.token,
        reward: U256::from(1_000_000u64 * n),
        stake: U256::from(100_000u64),
        deadline,
        claimDuration: claim,
        reviewWindow: review,
        disputeWindow: 5_000,
        arbiter,
        arbiterFeeBps: 100,
        validationSchema: B256::ZERO,
        validator: Address::ZERO,
        specHash: keccak256(format!("spec {n}")),
        salt: B256::from(U256::from(0xabc000 + n)),
    };
    let long = now + 5 * 86_400;
    // 1: claimed, due in the future (worker: submit).
    let t1 = task(1, long, 86_400, 600);
    send!(board.post(t1.clone(), "ipfs://1".into()));
    send!(as_worker.claim(t1));
    // 2: submitted, long review (poster: accept, reject).
    let t2 = task(2, long, 86_400, 86_400);
    send!(board.post(t2.clone(), "ipfs://2".into()));
    send!(as_worker.claim(t2.clone()));
    send!(as_worker.submit(t2, keccak256(b"2"), "ipfs://r2".into()));
    // 3: rejected (worker: dispute).
    let t3 = task(3, long, 86_400, 86_400);
    send!(board.post(t3.clone(), "ipfs://3".into()));
    send!(as_worker.claim(t3.clone()));
    send!(as_worker.submit(t3.clone(), keccak256(b"3"), "ipfs://r3".into()));
    send!(board.reject(t3, keccak256(b"bad")));
    // 4: disputed (arbiter: resolve).
    let t4 = task(4, long, 86_400, 86_400);
    send!(board.post(t4.clone(), "ipfs://4".into()));
    send!(as_worker.claim(t4.clone()));
    send!(as_worker.submit(t4.clone(), keccak256(b"4"), "ipfs://r4".into()));
    send!(board.reject(t4.clone(), keccak256(b"bad")));
    send!(as_worker.dispute(t4));
    // 5: open, deadline soon (poster: close once expired).
    send!(board.post(task(5, now + 1_000, 500, 600), "ipfs://5".into()));
    // 6: claimed with a short delivery time (poster: reopen once it passes).
    let t6 = task(6, long, 500, 600);
    send!(board.post(t6.clone(), "ipfs://6".into()));
    send!(as_worker.claim(t6));
    // 7: submitted with a short review window (worker: finalize once it passes; poster: accept).
    let t7 = task(7, long, 86_400, 600);
    send!(board.post(t7.clone(), "ipfs://7".into()));
    send!(as_worker.claim(t7.clone()));
    send!(as_worker.submit(t7, keccak256(b"7"), "ipfs://r7".into()));
    // 8: rejected with a short dispute window, no arbiter (both: close once it passes).
    let mut t8 = task(8, long, 86_400, 86_400);
    t8.arbiter = Address::ZERO;
    t8.arbiterFeeBps = 0;
    t8.disputeWindow = 600;
    send!(board.post(t8.clone(), "ipfs://8".into()));
    send!(as_worker.claim(t8.clone()));
    send!(as_worker.submit(t8.clone(), keccak256(b"8"), "ipfs://r8".into()));
    send!(board.reject(t8, keccak256(b"bad")));

    let escrow = Escrow::new(devnet.escrow, devnet.poster.clone());
    let terms = |n: u64, deadline: u64| Terms {
        payer: poster,
        payee: worker,
        token: devnet.token,
        amount: U256::from(2_000_000u64 + n),
        deadline,
        arbiter,
        arbiterFeeBps: 100,
        conditionSchema: B256::ZERO,
        conditionAttester: Address::ZERO,
        salt: B256::from(U256::from(0xe5c000 + n)),
    };
    // E1: deadline soon (payer: release now, refund once it passes).
    send!(escrow.open(terms(1, now + 1_000)));
    // E2: disputed (arbiter: resolve; payer: release).
    let e2 = terms(2, long);
    send!(escrow.open(e2.clone()));
    send!(escrow.dispute(e2));
    // E3: released on proof: a condition attested by the arbiter (payee: release_on_proof).
    let registry = AttestationRegistry::new(devnet.registry, devnet.arbiter.clone());
    let definition = "bool delivered".to_owned();
    send!(registry.registerSchema(definition.clone(), Address::ZERO, true));
    let schema = keccak256([definition.as_bytes(), Address::ZERO.as_slice(), &[1u8]].concat());
    let mut e3 = terms(3, long);
    e3.conditionSchema = schema;
    e3.conditionAttester = arbiter;
    send!(escrow.open(e3.clone()));
    let e3_id = escrow.escrowId(e3).call().await?;
    let request = AttestationRequest {
        schema,
        recipient: worker,
        expirationTime: 0,
        revocable: true,
        refUID: e3_id,
        data: Bytes::from(vec![1]),
    };
    send!(registry.attest(request));

    // 9: submitted, validation required, and the validator (the arbiter) attested the worker's
    // result (worker: accept_by_validation with that proof; poster: accept, reject).
    let mut t9 = task(9, long, 86_400, 86_400);
    t9.validationSchema = schema;
    t9.validator = arbiter;
    send!(board.post(t9.clone(), "ipfs://9".into()));
    send!(as_worker.claim(t9.clone()));
    send!(as_worker.submit(t9.clone(), keccak256(b"9"), "ipfs://r9".into()));
    let t9_id = board.taskId(t9).call().await?;
    let validation = AttestationRequest {
        schema,
        recipient: worker,
        expirationTime: 0,
        revocable: true,
        refUID: t9_id,
        data: Bytes::from(vec![9]),
    };
    send!(registry.attest(validation));

    // Spending policies of the poster (operator) for the worker (agent): one with 5% of its
    // budget left (both: near_budget), one whose breaker tripped (operator: reset_breaker).
    use echorift_bindings::spending_guard::{
        ISpendingGuard::{Policy, PolicyKey},
        SpendingGuard,
    };
    let guard = SpendingGuard::new(devnet.guard, devnet.poster.clone());
    let as_agent = SpendingGuard::new(devnet.guard, devnet.worker.clone());
    let policy = |breaker: u128| Policy {
        budget: 100_000_000,
        maxPayment: 0,
        breakerThreshold: breaker,
        start: Default::default(),
        end: Default::default(),
        period: 86_400,
        maxNewRecipients: 0,
        guardian: arbiter,
        breakerWindow: if breaker == 0 { 0 } else { 3_600 },
        loosenDelay: 3_600,
        allowlistOnly: false,
    };
    let near = PolicyKey { operator: poster, agent: worker, token: devnet.token, salt: B256::from(U256::from(0x901)) };
    send!(guard.grant(near.clone(), policy(0), vec![arbiter]));
    send!(as_agent.spend(near, arbiter, U256::from(95_000_000u64)));
    let tripped =
        PolicyKey { operator: poster, agent: worker, token: devnet.token, salt: B256::from(U256::from(0x902)) };
    send!(guard.grant(tripped.clone(), policy(30_000_000), vec![arbiter]));
    send!(as_agent.spend(tripped, arbiter, U256::from(35_000_000u64)));

    crate::advance_time(&devnet.poster, 2_000).await?;
    Ok(())
}

/// One server-sent event.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SseMessage {
    /// `id:`
    pub id: Option<String>,
    /// `event:`
    pub event: String,
    /// `data:`
    pub data: String,
}

/// A minimal server-sent events reader over a streaming response.
pub struct SseClient {
    response: reqwest::Response,
    buffer: String,
}

impl SseClient {
    /// Opens `path` on `api`, sending `Last-Event-ID` if given; fails unless it answers 200.
    pub async fn open(api: &Api, path: &str, last_event_id: Option<&str>) -> Result<Self> {
        let mut request = api.http.get(format!("{}{path}", api.base)).header("accept", "text/event-stream");
        if let Some(id) = last_event_id {
            request = request.header("last-event-id", id);
        }
        let response = request.send().await?;
        anyhow::ensure!(response.status().as_u16() == 200, "GET {path}: {}", response.status());
        Ok(Self { response, buffer: String::new() })
    }

    /// The next message (keep-alive comments skipped), or `None` if none came within `timeout`.
    pub async fn next(&mut self, timeout: Duration) -> Result<Option<SseMessage>> {
        let deadline = Instant::now() + timeout;
        loop {
            if let Some(end) = self.buffer.find("\n\n") {
                let block: String = self.buffer.drain(..end + 2).collect();
                let mut message = SseMessage { event: "message".into(), ..SseMessage::default() };
                let mut data = Vec::new();
                for line in block.lines() {
                    if let Some(value) = line.strip_prefix("id:") {
                        message.id = Some(value.trim_start().to_owned());
                    } else if let Some(value) = line.strip_prefix("event:") {
                        message.event = value.trim_start().to_owned();
                    } else if let Some(value) = line.strip_prefix("data:") {
                        data.push(value.strip_prefix(' ').unwrap_or(value).to_owned());
                    }
                }
                if data.is_empty() && message.id.is_none() {
                    continue; // a keep-alive comment
                }
                message.data = data.join("\n");
                return Ok(Some(message));
            }
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return Ok(None);
            }
            match tokio::time::timeout(left, self.response.chunk()).await {
                Err(_) => return Ok(None),
                Ok(chunk) => match chunk? {
                    Some(bytes) => self.buffer.push_str(&String::from_utf8_lossy(&bytes)),
                    None => bail!("the stream ended"),
                },
            }
        }
    }
}
