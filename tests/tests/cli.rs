//! The `echorift` binary end to end on anvil: every subcommand at least once, a whole task and
//! escrow lifecycle, reverts shown as named errors with arguments, clear failures with exit
//! status 2, configuration precedence, keystore and mnemonic signers, and the devnet.

use std::{
    io::{BufRead, BufReader},
    process::{Command, Output, Stdio},
    time::Duration,
};

use alloy::{hex, node_bindings::AnvilInstance, primitives::Address};
use anyhow::{Context, Result, bail, ensure};
use echorift_e2e::{advance_time, foundry_tool, sdk_devnet::deploy_all, spawn_anvil, wallet_provider, workspace_bin};
use echorift_sdk::{chain_id_at, deploy};
use serde_json::Value;

/// anvil's public development mnemonic (a local test chain's; never use it anywhere else).
const MNEMONIC: &str = "test test test test test test test test test test test junk";

/// Runs `echorift` with only the given environment's ECHORIFT_* variables.
fn echorift(args: &[&str], envs: &[(&str, &str)]) -> Output {
    let mut command = Command::new(workspace_bin("echorift"));
    for (key, _) in std::env::vars().filter(|(key, _)| key.starts_with("ECHORIFT_")) {
        command.env_remove(key);
    }
    command.args(args).envs(envs.iter().copied()).output().expect("echorift runs")
}

/// A chain with EchoRift deployed and a deployments file, and `echorift` acting as one account.
struct Chain {
    anvil: AnvilInstance,
    dir: tempfile::TempDir,
}

impl Chain {
    async fn new() -> Result<Self> {
        let anvil = spawn_anvil();
        let dir = tempfile::tempdir()?;
        deploy_all(&anvil).await?.save(&dir.path().join("deployments.json"))?;
        Ok(Self { anvil, dir })
    }

    fn file(&self, name: &str) -> String {
        self.dir.path().join(name).to_string_lossy().into_owned()
    }

    fn key(&self, index: usize) -> String {
        hex::encode_prefixed(self.anvil.keys()[index].to_bytes())
    }

    fn address(&self, index: usize) -> String {
        self.anvil.addresses()[index].to_checksum(None)
    }

    /// `echorift --json ARGS` as account `index`; the parsed output, or the failure's stderr.
    fn run(&self, index: usize, args: &[&str]) -> Result<Value> {
        let output = self.raw(index, &[&["--json"], args].concat());
        ensure!(output.status.success(), "echorift {args:?} failed: {}", stderr(&output));
        Ok(serde_json::from_slice(&output.stdout)?)
    }

    fn raw(&self, index: usize, args: &[&str]) -> Output {
        let deployments = self.file("deployments.json");
        let key = self.key(index);
        let endpoint = self.anvil.endpoint();
        echorift(
            args,
            &[("ECHORIFT_RPC_URL", &endpoint), ("ECHORIFT_DEPLOYMENTS", &deployments), ("ECHORIFT_PRIVATE_KEY", &key)],
        )
    }

    /// Runs a command that must fail with exit status 2; its stderr.
    fn fails(&self, index: usize, args: &[&str]) -> Result<String> {
        let output = self.raw(index, args);
        ensure!(output.status.code() == Some(2), "expected exit 2 from {args:?}, got {:?}", output.status);
        Ok(stderr(&output))
    }

    async fn advance(&self, seconds: u64) -> Result<()> {
        advance_time(&wallet_provider(&self.anvil, 0)?.1, seconds).await
    }
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn str_of<'a>(value: &'a Value, key: &str) -> Result<&'a str> {
    value[key].as_str().with_context(|| format!("no `{key}` in {value}"))
}

#[tokio::test]
async fn a_task_lifecycle_in_cli_commands() -> Result<()> {
    let chain = Chain::new().await?;
    let (poster, worker, validator, arbiter) = (1, 2, 3, 4);
    let task = chain.file("task.json");

    chain.run(poster, &["token", "mint", "100000000"])?;
    chain.run(worker, &["token", "mint", "10000000"])?;
    let posted = chain.run(
        poster,
        &[
            "task",
            "post",
            "--reward",
            "40000000",
            "--stake",
            "5000000",
            "--spec",
            "translate",
            "--spec-uri",
            "ipfs://spec",
            "--out",
            &task,
        ],
    )?;
    let id = str_of(&posted, "id")?.to_owned();
    assert_eq!(posted["task"]["reward"], "40000000", "amounts are decimal strings");
    chain.run(worker, &["task", "claim", "--task", &task])?;
    chain.run(worker, &["task", "submit", "--task", &task, "--result", "la spec", "--result-uri", "ipfs://result"])?;

    // The worker cannot accept its own work: the custom error's name and arguments, exit 2.
    let message = chain.fails(worker, &["task", "accept", "--task", &task])?;
    assert!(
        message.contains(&format!(
            "TaskBoard.accept reverted: TaskBoardUnauthorized(id={id}, caller={})",
            chain.address(worker)
        )),
        "{message}"
    );
    chain.run(poster, &["task", "accept", "--task", &task])?;
    let state = chain.run(poster, &["task", "state", "--task", &task])?;
    assert_eq!(
        (state["status"].as_str(), state["worker"].as_str()),
        (Some("Completed"), Some(chain.address(worker).as_str()))
    );
    let balance = chain.run(worker, &["token", "balance"])?;
    assert_eq!(balance["balance"], "50000000", "minted 10, staked 5, paid 40 + 5 back");

    // Text output for people.
    let output = chain.raw(poster, &["task", "state", "--task", &task]);
    assert!(String::from_utf8_lossy(&output.stdout).contains("  status: Completed"));

    // The other ways a task goes: cancelled; relayed from a signature; unclaimed, reopened and
    // finalized; accepted by validation; rejected, disputed, resolved; expired and closed.
    let cancelled = chain.file("cancelled.json");
    chain.run(poster, &["task", "post", "--reward", "1000000", "--spec", "s", "--out", &cancelled])?;
    chain.run(poster, &["task", "cancel", "--task", &cancelled])?;
    let signed = chain.file("signed-task.json");
    chain.run(poster, &["task", "sign", "--reward", "1000000", "--spec", "s", "--out", &signed])?;
    let relayed = chain.run(arbiter, &["task", "relay", &signed])?;
    assert_eq!(relayed["result"], "task posted by authorization");

    let slow = chain.file("slow.json");
    chain.run(
        poster,
        &[
            "task",
            "post",
            "--reward",
            "1000000",
            "--spec",
            "s",
            "--claim-duration",
            "60",
            "--review-window",
            "60",
            "--out",
            &slow,
        ],
    )?;
    chain.run(worker, &["task", "claim", "--task", &slow])?;
    chain.run(worker, &["task", "unclaim", "--task", &slow])?;
    chain.run(worker, &["task", "claim", "--task", &slow])?;
    chain.advance(61).await?;
    chain.run(arbiter, &["task", "reopen", "--task", &slow])?;
    chain.run(worker, &["task", "claim", "--task", &slow])?;
    chain.run(worker, &["task", "submit", "--task", &slow, "--result", "r"])?;
    chain.advance(61).await?;
    chain.run(arbiter, &["task", "finalize", "--task", &slow])?;

    let schema = chain.run(validator, &["schema", "register", "bytes32 taskId,bool ok"])?;
    let schema = str_of(&schema, "schema")?.to_owned();
    let validated = chain.file("validated.json");
    let posted = chain.run(
        poster,
        &[
            "task",
            "post",
            "--reward",
            "1000000",
            "--spec",
            "s",
            "--validation-schema",
            &schema,
            "--validator",
            &chain.address(validator),
            "--out",
            &validated,
        ],
    )?;
    chain.run(worker, &["task", "claim", "--task", &validated])?;
    chain.run(worker, &["task", "submit", "--task", &validated, "--result", "r"])?;
    let proof = chain.file("validation.json");
    let worker_address = chain.address(worker);
    chain.run(
        validator,
        &[
            "attest",
            "--schema",
            &schema,
            "--recipient",
            &worker_address,
            "--ref",
            str_of(&posted, "id")?,
            "--data",
            "0x01",
            "--out",
            &proof,
        ],
    )?;
    chain.run(arbiter, &["task", "accept-by-validation", "--task", &validated, "--proof", &proof])?;

    let contested = chain.file("contested.json");
    chain.run(
        poster,
        &[
            "task",
            "post",
            "--reward",
            "1000000",
            "--spec",
            "s",
            "--arbiter",
            &chain.address(arbiter),
            "--out",
            &contested,
        ],
    )?;
    chain.run(worker, &["task", "claim", "--task", &contested])?;
    chain.run(worker, &["task", "submit", "--task", &contested, "--result", "r"])?;
    chain.run(poster, &["task", "reject", "--task", &contested, "--reason", "wrong"])?;
    chain.run(worker, &["task", "dispute", "--task", &contested])?;
    let resolved = chain.run(arbiter, &["task", "resolve", "--task", &contested, "--to-worker", "500000"])?;
    assert_eq!(resolved["toPoster"], "500000");

    let expiring = chain.file("expiring.json");
    chain.run(
        poster,
        &["task", "post", "--reward", "1000000", "--spec", "s", "--deadline", "+30s", "--out", &expiring],
    )?;
    chain.advance(31).await?;
    let closed = chain.run(arbiter, &["task", "close", "--task", &expiring])?;
    assert_eq!(closed["toPoster"], "1000000");
    let message = chain.fails(worker, &["task", "withdraw"])?;
    assert!(message.contains("TaskBoard.withdraw reverted: PayoutsNothingOwed(token="), "{message}");
    Ok(())
}

#[tokio::test]
async fn escrow_and_attestation_commands() -> Result<()> {
    let chain = Chain::new().await?;
    let (payer, payee, validator, arbiter) = (1, 2, 3, 4);
    let (payee_address, validator_address) = (chain.address(payee), chain.address(validator));
    chain.run(payer, &["token", "mint", "100000000"])?;

    // Opened with an approval, released in part, some returned, the rest released.
    let terms = chain.file("terms.json");
    let opened =
        chain.run(payer, &["escrow", "open", "--payee", &payee_address, "--amount", "10000000", "--out", &terms])?;
    let id = str_of(&opened, "id")?.to_owned();
    chain.run(payer, &["escrow", "release", "--terms", &terms, "--amount", "4000000"])?;
    chain.run(payee, &["escrow", "return", "--terms", &terms, "--amount", "1000000"])?;
    let released = chain.run(payer, &["escrow", "release", "--terms", &terms])?;
    assert_eq!((released["amount"].as_str(), released["remaining"].as_str()), (Some("5000000"), Some("0")));
    let state = chain.run(payer, &["escrow", "state", "--terms", &terms])?;
    assert_eq!(state["status"], "Closed");
    let message = chain.fails(payer, &["escrow", "release", "--terms", &terms, "--amount", "1"])?;
    assert!(
        message.contains(&format!("Escrow.release reverted: EscrowWrongStatus(id={id}, status=Closed)")),
        "{message}"
    );

    // A permit; a payer's EIP-3009 signature relayed by someone else, released on proof.
    chain.run(payer, &["escrow", "open", "--payee", &payee_address, "--amount", "1000000", "--fund", "permit"])?;
    let schema = chain.run(validator, &["schema", "register", "bytes32 escrowId,bytes32 result"])?;
    let schema = str_of(&schema, "schema")?.to_owned();
    let signed = chain.file("signed.json");
    let signed_out = chain.run(
        payer,
        &[
            "escrow",
            "sign",
            "--payee",
            &payee_address,
            "--amount",
            "2000000",
            "--condition-schema",
            &schema,
            "--condition-attester",
            &validator_address,
            "--out",
            &signed,
        ],
    )?;
    let proven_id = str_of(&signed_out, "id")?.to_owned();
    chain.run(arbiter, &["escrow", "relay", &signed])?;
    let proof = chain.file("proof.json");
    chain.run(
        validator,
        &["attest", "--schema", &schema, "--recipient", &payee_address, "--ref", &proven_id, "--out", &proof],
    )?;
    let value: Value = serde_json::from_str(&std::fs::read_to_string(&signed)?)?;
    std::fs::write(chain.file("proven-terms.json"), value["terms"].to_string())?;
    let released = chain.run(
        arbiter,
        &["escrow", "release-on-proof", "--terms", &chain.file("proven-terms.json"), "--proof", &proof],
    )?;
    assert_eq!(released["amount"], "2000000");

    // ETH, disputed and resolved; a lapsed one refunded.
    let in_eth = chain.file("eth.json");
    chain.run(
        payer,
        &[
            "escrow",
            "open",
            "--eth",
            "--payee",
            &payee_address,
            "--amount",
            "1000000000",
            "--arbiter",
            &chain.address(arbiter),
            "--fee-bps",
            "100",
            "--out",
            &in_eth,
        ],
    )?;
    chain.run(payee, &["escrow", "dispute", "--terms", &in_eth])?;
    let resolved = chain.run(arbiter, &["escrow", "resolve", "--terms", &in_eth, "--to-payee", "990000000"])?;
    assert_eq!((resolved["fee"].as_str(), resolved["toPayer"].as_str()), (Some("10000000"), Some("0")));
    let lapsing = chain.file("lapsing.json");
    chain.run(
        payer,
        &["escrow", "open", "--payee", &payee_address, "--amount", "1000", "--deadline", "+1m", "--out", &lapsing],
    )?;
    let message = chain.fails(arbiter, &["escrow", "refund", "--terms", &lapsing])?;
    assert!(message.contains("EscrowNotRefundable(id="), "{message}");
    chain.advance(61).await?;
    chain.run(arbiter, &["escrow", "refund", "--terms", &lapsing])?;
    let message = chain.fails(payee, &["escrow", "withdraw"])?;
    assert!(message.contains("Escrow.withdraw reverted: PayoutsNothingOwed("), "{message}");

    // Attestations: direct, delegated (signed here, relayed there), revoked.
    let made = chain.run(validator, &["attest", "--schema", &schema, "--data", "0xabcd"])?;
    chain.run(validator, &["revoke", str_of(&made, "uid")?, "--reason", "mistake"])?;
    let message = chain.fails(payee, &["revoke", str_of(&made, "uid")?])?;
    assert!(message.contains("AttestationRegistryNotAttester(uid="), "{message}");
    let delegated = chain.file("delegated.json");
    let signed = chain.run(
        validator,
        &["attest", "--schema", &schema, "--data", "0x02", "--sign-only", "+1h", "--out", &delegated],
    )?;
    let relayed = chain.run(arbiter, &["relay-attestation", &delegated])?;
    assert_eq!(
        (relayed["uid"].as_str(), relayed["attester"].as_str()),
        (signed["uid"].as_str(), Some(validator_address.as_str()))
    );

    // Approve by contract name; a re-deploy finds everything in place.
    chain.run(payer, &["token", "approve", "Escrow", "5"])?;
    let deployed = chain.run(0, &["deploy"])?;
    assert_eq!(
        (deployed["result"].as_str(), deployed["deployed"].as_array().map(Vec::len)),
        (Some("already deployed"), Some(0))
    );
    Ok(())
}

#[tokio::test]
async fn failures_are_clear_and_exit_2() -> Result<()> {
    let chain = Chain::new().await?;
    let key = chain.key(1);

    let port = std::net::TcpListener::bind("127.0.0.1:0")?.local_addr()?.port();
    let dead = format!("http://127.0.0.1:{port}");
    let deployments = chain.file("deployments.json");
    let output =
        echorift(&["token", "balance", "--rpc-url", &dead, "--deployments", &deployments, "--private-key", &key], &[]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains(&format!("RPC {dead}: eth_chainId failed")), "{}", stderr(&output));
    assert!(!stderr(&output).contains(&key[2..]), "the key is never printed");

    let missing = chain.file("nowhere.json");
    let output = echorift(
        &["token", "balance", "--rpc-url", &chain.anvil.endpoint(), "--deployments", &missing, "--private-key", &key],
        &[],
    );
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains(&format!("cannot read deployments file {missing}")), "{}", stderr(&output));

    let output =
        echorift(&["token", "balance", "--rpc-url", &chain.anvil.endpoint(), "--deployments", &deployments], &[]);
    assert!(stderr(&output).contains("no signer: give --private-key, --keystore or --mnemonic"), "{}", stderr(&output));
    let output = echorift(
        &[
            "token",
            "balance",
            "--rpc-url",
            &chain.anvil.endpoint(),
            "--deployments",
            &deployments,
            "--private-key",
            "0xnot-hex-secret",
        ],
        &[],
    );
    assert!(
        stderr(&output).contains("the private key is not 32 bytes of hex")
            && !stderr(&output).contains("not-hex-secret")
    );
    Ok(())
}

#[tokio::test]
async fn config_file_environment_and_flags_in_that_order_and_other_signers() -> Result<()> {
    let chain = Chain::new().await?;
    let config = chain.file("config.json");
    let deployments = chain.file("deployments.json");
    let config_json = serde_json::json!({"rpcUrl": chain.anvil.endpoint(), "deployments": deployments, "mnemonic": MNEMONIC, "mnemonicIndex": 2});
    std::fs::write(&config, config_json.to_string())?;

    // The file alone: account 2 from the mnemonic.
    let output = echorift(&["--json", "--config", &config, "token", "balance"], &[]);
    assert!(output.status.success(), "{}", stderr(&output));
    let balance: Value = serde_json::from_slice(&output.stdout)?;
    assert_eq!(balance["account"].as_str(), Some(chain.address(2).as_str()));
    // The environment beats the file, a flag beats the environment.
    let output = echorift(&["--json", "--config", &config, "token", "balance"], &[("ECHORIFT_MNEMONIC_INDEX", "3")]);
    let balance: Value = serde_json::from_slice(&output.stdout)?;
    assert_eq!(balance["account"].as_str(), Some(chain.address(3).as_str()));
    let output = echorift(
        &["--json", "--config", &config, "--mnemonic-index", "4", "token", "balance"],
        &[("ECHORIFT_MNEMONIC_INDEX", "3")],
    );
    let balance: Value = serde_json::from_slice(&output.stdout)?;
    assert_eq!(balance["account"].as_str(), Some(chain.address(4).as_str()));
    let output = echorift(&["--config", &config, "token", "balance"], &[("ECHORIFT_RPC_URL", "http://127.0.0.1:1")]);
    assert!(
        stderr(&output).contains("RPC http://127.0.0.1:1"),
        "the environment's URL beats the file's: {}",
        stderr(&output)
    );

    // A keystore made by cast.
    let keystores = chain.dir.path().join("keystores");
    std::fs::create_dir_all(&keystores)?;
    let made = Command::new(foundry_tool("cast")?)
        .args(["wallet", "new"])
        .arg(&keystores)
        .args(["agent", "--unsafe-password", "hunter2"])
        .output()?;
    ensure!(made.status.success(), "cast wallet new: {}", stderr(&made));
    let keystore = keystores.join("agent");
    let printed = String::from_utf8_lossy(&made.stdout);
    let address: Address = printed
        .lines()
        .find_map(|line| line.trim().strip_prefix("Address:"))
        .with_context(|| format!("cast printed no address: {printed}"))?
        .trim()
        .parse()?;
    let keystore = keystore.to_string_lossy().into_owned();
    let endpoint = chain.anvil.endpoint();
    let output = echorift(
        &["--json", "--rpc-url", &endpoint, "--deployments", &deployments, "--keystore", &keystore, "token", "balance"],
        &[("ECHORIFT_KEYSTORE_PASSWORD", "hunter2")],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    let balance: Value = serde_json::from_slice(&output.stdout)?;
    assert_eq!(balance["account"].as_str(), Some(address.to_checksum(None).as_str()));
    let output = echorift(
        &[
            "--rpc-url",
            &endpoint,
            "--deployments",
            &deployments,
            "--keystore",
            &keystore,
            "--password",
            "wrong",
            "token",
            "balance",
        ],
        &[],
    );
    assert!(stderr(&output).contains(&format!("cannot open keystore {keystore}")), "{}", stderr(&output));
    Ok(())
}

#[tokio::test]
async fn devnet_deploys_at_the_scripts_addresses_and_stops_on_ctrl_c() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let file = dir.path().join("devnet.json");
    let mut child = Command::new(workspace_bin("echorift"))
        .args(["devnet", "--json", "--anvil"])
        .arg(foundry_tool("anvil")?)
        .arg("--deployments-out")
        .arg(&file)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()?;
    let stdout = child.stdout.take().context("stdout")?;
    let line = tokio::task::spawn_blocking(move || {
        let mut line = String::new();
        BufReader::new(stdout).read_line(&mut line).map(|_| line)
    });
    let line = tokio::time::timeout(Duration::from_secs(60), line).await???;
    let report: Value = serde_json::from_str(&line).with_context(|| format!("devnet printed {line:?}"))?;

    let rpc_url = str_of(&report, "rpcUrl")?.to_owned();
    assert_eq!(chain_id_at(&rpc_url).await?, 31337);
    let planned: serde_json::Map<String, Value> = deploy::plan(true)
        .into_iter()
        .map(|planned| (planned.name.to_owned(), Value::String(planned.address.to_checksum(None))))
        .collect();
    assert_eq!(
        report["contracts"],
        Value::Object(planned),
        "the deterministic addresses (also the script's: tests/tests/deploy.rs)"
    );
    assert_eq!(report["accounts"].as_array().map(Vec::len), Some(10));
    let written = echorift_sdk::Deployments::load(&file)?;
    assert_eq!(written.contracts.len(), 5);

    let status = Command::new("kill").args(["-INT", &child.id().to_string()]).status()?;
    ensure!(status.success(), "kill -INT failed");
    let exited = tokio::task::spawn_blocking(move || child.wait_with_output());
    let output = tokio::time::timeout(Duration::from_secs(30), exited).await???;
    assert!(output.status.success(), "devnet exits cleanly on Ctrl-C: {}", stderr(&output));
    if chain_id_at(&rpc_url).await.is_ok() {
        bail!("anvil still answers at {rpc_url} after the devnet stopped");
    }
    Ok(())
}

#[tokio::test]
async fn guard_commands_from_grant_to_trip_reset_and_revoke() -> Result<()> {
    let chain = Chain::new().await?;
    let (operator, agent, guardian, payee) = (1, 2, 3, 4);
    let policy = chain.file("policy.json");
    let task_file = chain.file("task.json");
    let payee_address = chain.address(payee);

    chain.run(operator, &["token", "mint", "1000000000"])?;
    chain.run(operator, &["token", "approve", "SpendingGuard", "1000000000"])?;
    let granted = chain.run(
        operator,
        &[
            "guard",
            "grant",
            "--agent",
            &chain.address(agent),
            "--budget",
            "500000000",
            "--max-payment",
            "100000000",
            "--breaker-threshold",
            "150000000",
            "--breaker-window",
            "1h",
            "--guardian",
            &chain.address(guardian),
            "--loosen-delay",
            "1d",
            "--allow",
            &payee_address,
            "--out",
            &policy,
        ],
    )?;
    assert_eq!(granted["policy"]["budget"], "500000000");
    let id = str_of(&granted, "id")?.to_owned();

    let spend = |amount: &'static str| {
        ["guard", "spend", "--policy", policy.as_str(), "--to", payee_address.as_str(), "--amount", amount]
    };
    let paid = chain.run(agent, &spend("100000000"))?;
    assert_eq!((paid["amount"].clone(), paid["spentInPeriod"].clone()), ("100000000".into(), "100000000".into()));
    // Over the cap: the named error with its arguments.
    let over = chain.fails(agent, &spend("100000001"))?;
    assert!(over.contains("GuardOverCap(") && over.contains("maxPayment=100000000"), "{over}");
    // 100 + 60 > 150 within the hour: the breaker trips, the command says so and exits 2.
    let tripped = chain.fails(agent, &spend("60000000"))?;
    assert!(tripped.contains("circuit breaker tripped") && tripped.contains("nothing was paid"), "{tripped}");
    let inactive = chain.fails(agent, &spend("1"))?;
    assert!(inactive.contains("GuardInactive("), "{inactive}");
    chain.run(operator, &["guard", "reset", "--policy", &policy])?;
    chain.advance(3_600).await?;
    chain.run(agent, &spend("60000000"))?;

    // Loosening waits; the guardian cancels it; a tightening applies at once.
    let queued = chain.run(operator, &["guard", "change", "--policy", &policy, "--budget", "900000000"])?;
    assert_eq!(queued["result"], "loosening queued");
    let early = chain.fails(agent, &["guard", "apply", "--policy", &policy])?;
    assert!(early.contains("GuardNotReady("), "{early}");
    chain.run(guardian, &["guard", "cancel", "--policy", &policy])?;
    let tighter = chain.run(operator, &["guard", "change", "--policy", &policy, "--max-payment", "50000000"])?;
    assert_eq!(tighter["result"], "policy changed");
    chain.run(operator, &["guard", "change", "--policy", &policy, "--max-payment", "60000000"])?;
    chain.advance(86_400).await?;
    let applied = chain.run(agent, &["guard", "apply", "--policy", &policy])?;
    assert_eq!(applied["policy"]["maxPayment"], "60000000");

    // Allowlist, pause, unpause, funding an escrow and a task, state, revoke.
    let stranger = Address::repeat_byte(0x77).to_checksum(None);
    chain.run(operator, &["guard", "allow", "--policy", &policy, &stranger])?;
    chain.run(guardian, &["guard", "disallow", "--policy", &policy, &stranger])?;
    chain.run(guardian, &["guard", "pause", "--policy", &policy])?;
    assert!(chain.fails(agent, &spend("1"))?.contains("GuardInactive("));
    let unpause = chain.run(operator, &["guard", "unpause", "--policy", &policy])?;
    assert!(unpause["effectiveAt"].as_u64().is_some());
    chain.advance(86_400).await?;
    let escrow = chain.run(
        agent,
        &["guard", "spend-to-escrow", "--policy", &policy, "--payee", &payee_address, "--amount", "20000000"],
    )?;
    assert_eq!(escrow["amount"], "20000000");
    let task = chain.run(
        agent,
        &[
            "guard",
            "spend-to-task",
            "--policy",
            &policy,
            "--reward",
            "10000000",
            "--spec",
            "summarise",
            "--out",
            &task_file,
        ],
    )?;
    assert_eq!(task["amount"], "10000000");
    let posted = chain.run(agent, &["task", "state", "--task", &task_file])?;
    assert_eq!((posted["id"].clone(), posted["status"].clone()), (task["ref"].clone(), "Open".into()));
    let state = chain.run(operator, &["guard", "state", "--policy", &policy])?;
    assert_eq!(state["id"], id.as_str());
    assert_eq!(state["remaining"], "470000000", "a new day: 500 budget - 20 into the escrow - 10 into the task");
    assert_eq!(state["state"]["spent"], "30000000");
    chain.run(agent, &["guard", "revoke", "--policy", &policy])?;
    assert!(chain.fails(agent, &spend("1"))?.contains("GuardInactive("));
    Ok(())
}
