//! The API against a real chain: its answers equal the contracts' own view functions after a
//! scripted scenario, every record's provenance is the chain's, pages and filters add up, the
//! read-only `serve` mode answers the same, and the inbox lists exactly the actions the
//! contracts accept at the indexed block's time.

use std::{collections::BTreeSet, time::Duration};

use alloy::{
    primitives::{Address, B256},
    providers::{DynProvider, Provider},
};
use anyhow::{Context as _, Result};
use echorift_bindings::{
    attestation_registry::AttestationRegistry, escrow::Escrow, spending_guard::SpendingGuard, task_board::TaskBoard,
};
use echorift_e2e::{
    api::{Api, calls, scenario, spawn_indexer_with_api, spawn_serve},
    indexer::{Devnet, terminate},
    spawn_anvil,
};
use serde_json::{Value, json};

const TASK_STATUS: &[&str] = &[
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
const ESCROW_STATUS: &[&str] = &["None", "Open", "Disputed", "Closed"];

/// A devnet with two rounds of activity and the scenario, indexed by a daemon serving its API.
async fn indexed() -> Result<(Devnet, std::process::Child, Api)> {
    let devnet = Devnet::deploy(spawn_anvil()).await?;
    for round in 0..2 {
        devnet.activity(round).await?;
    }
    scenario(&devnet).await?;
    let db = devnet.db("api");
    let (child, api) = spawn_indexer_with_api(&devnet.anvil.endpoint(), &devnet.deployments(), &db, &[]).await?;
    let head = devnet.poster.get_block_number().await?;
    api.wait_for_block(head, Duration::from_secs(30)).await?;
    Ok((devnet, child, api))
}

fn text<'a>(record: &'a Value, key: &str) -> &'a str {
    record[key].as_str().unwrap_or_default()
}

/// The record's block, block hash, transaction and log index are the chain's, and that log was
/// emitted by `contract`.
async fn check_provenance(provider: &DynProvider, record: &Value, contract: Address) -> Result<()> {
    let tx: B256 = text(record, "tx_hash").parse()?;
    let receipt = provider.get_transaction_receipt(tx).await?.context("receipt")?;
    assert_eq!(receipt.block_hash.map(|hash| hash.to_string()).as_deref(), Some(text(record, "block_hash")));
    assert_eq!(receipt.block_number, record["block_number"].as_u64());
    let log_index = record["log_index"].as_u64().context("log_index")?;
    let log = receipt.inner.logs().iter().find(|log| log.log_index == Some(log_index)).context("no such log")?;
    assert_eq!(log.address(), contract, "log {log_index} of {tx} comes from the contract");
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn answers_match_the_contracts_views_and_carry_the_chains_provenance() -> Result<()> {
    let (devnet, child, api) = indexed().await?;
    let provider = &devnet.poster;

    let tasks = api.all("/v1/tasks", 3).await?;
    assert_eq!(tasks.len(), 4 + 9, "two rounds of two tasks, and the scenario's nine");
    let ids: BTreeSet<&str> = tasks.iter().map(|task| text(task, "id")).collect();
    assert_eq!(ids.len(), tasks.len(), "pages neither repeat nor skip");
    let board = TaskBoard::new(devnet.board, provider.clone());
    for task in &tasks {
        let id: B256 = text(task, "id").parse()?;
        let state = board.getState(id).call().await?;
        assert_eq!(TASK_STATUS.get(usize::from(state.status)).copied(), task["status"].as_str(), "{task}");
        let worker = task["worker"].as_str().map_or(Address::ZERO, |w| w.parse().unwrap_or_default());
        assert_eq!(state.worker, worker, "{task}");
        if task["status"] != "Open" {
            assert_eq!(Some(state.since.to::<u64>()), task["status_since"].as_u64(), "{task}");
        }
        assert_eq!(board.taskId(calls::task(task)?).call().await?, id, "the terms shown are the task's");
        check_provenance(provider, task, devnet.board).await?;
    }

    let escrows = api.all("/v1/escrows", 2).await?;
    assert_eq!(escrows.len(), 2 + 3);
    let escrow = Escrow::new(devnet.escrow, provider.clone());
    for record in &escrows {
        let id: B256 = text(record, "id").parse()?;
        let state = escrow.getState(id).call().await?;
        assert_eq!(ESCROW_STATUS.get(usize::from(state.status)).copied(), record["status"].as_str());
        assert_eq!(state.remaining.to_string(), text(record, "remaining"), "{record}");
        assert_eq!(escrow.escrowId(calls::terms(record)?).call().await?, id);
        check_provenance(provider, record, devnet.escrow).await?;
    }

    let registry = AttestationRegistry::new(devnet.registry, provider.clone());
    let attestations = api.all("/v1/attestations", 2).await?;
    assert_eq!(attestations.len(), 4 + 2);
    for record in &attestations {
        let stored = registry.getRecord(text(record, "id").parse()?).call().await?;
        assert_eq!(stored.attester.to_checksum(None), text(record, "attester"));
        assert_eq!(Some(stored.revoked), record["revoked"].as_bool());
        check_provenance(provider, record, devnet.registry).await?;
    }
    let schemas = api.all("/v1/schemas", 1).await?;
    assert_eq!(schemas.len(), 3);

    // Policies: the remaining budget and the flags at chain time are the guard's.
    let guard = SpendingGuard::new(devnet.guard, provider.clone());
    let policies = api.all("/v1/policies", 2).await?;
    assert_eq!(policies.len(), 2 + 2, "one per round of activity, two of the scenario");
    for record in &policies {
        let id: B256 = text(record, "id").parse()?;
        assert_eq!(guard.policyId(calls::policy_key(record)?).call().await?, id);
        assert_eq!(guard.remaining(id).call().await?.to_string(), text(record, "remaining"), "{record}");
        let state = guard.getState(id).call().await?;
        assert_eq!(state.spent.to_string(), text(record, "spent"));
        let tripped = state.flags & guard.FLAG_TRIPPED().call().await? != 0;
        assert_eq!(Some(tripped), record["breaker"]["tripped"].as_bool(), "{record}");
        check_provenance(provider, record, devnet.guard).await?;
    }
    assert_eq!(api.all("/v1/policies?status=Tripped", 5).await?.len(), 1);

    // Filters agree with the full list.
    let [poster, worker, arbiter] = devnet.accounts.map(|a| a.to_checksum(None));
    let count = |items: &[Value], keep: &dyn Fn(&Value) -> bool| items.iter().filter(|item| keep(item)).count();
    for (query, expected) in [
        ("status=Completed", count(&tasks, &|t| t["status"] == "Completed")),
        ("status=Claimed,Submitted", count(&tasks, &|t| t["status"] == "Claimed" || t["status"] == "Submitted")),
        (&format!("worker={}", worker.to_lowercase()), count(&tasks, &|t| t["worker"] == worker.as_str())),
        (&format!("poster={poster}&status=Open"), count(&tasks, &|t| t["status"] == "Open")),
        (
            "min_reward=3000000&max_reward=7000000",
            count(&tasks, &|t| {
                let reward: u64 = text(t, "reward").parse().unwrap_or(0);
                (3_000_000..=7_000_000).contains(&reward)
            }),
        ),
        (&format!("arbiter={arbiter}&status=Disputed"), 1),
    ] {
        let found = api.all(&format!("/v1/tasks?{query}"), 2).await?;
        assert_eq!(found.len(), expected, "tasks?{query}");
    }
    let deadlines: Vec<u64> = tasks.iter().filter_map(|t| t["deadline"].as_u64()).collect();
    assert!(deadlines.windows(2).all(|pair| pair[0] <= pair[1]), "ordered by deadline");
    assert_eq!(api.all("/v1/escrows?status=Disputed", 5).await?.len(), 1);
    assert_eq!(api.all(&format!("/v1/attestations?recipient={worker}&revoked=true"), 5).await?.len(), 2);

    // One record and its history; each event's provenance is the chain's.
    let completed = tasks.iter().find(|t| t["status"] == "Completed").context("a completed task")?;
    let id = text(completed, "id");
    let one = api.ok(&format!("/v1/tasks/{id}")).await?;
    assert_eq!(&one["item"], completed);
    let history = api.all(&format!("/v1/tasks/{id}/history"), 1).await?;
    let names: Vec<&str> = history.iter().map(|event| text(event, "event")).collect();
    assert_eq!(names, ["TaskPosted", "TaskClaimed", "TaskSubmitted", "TaskAccepted"]);
    for event in &history {
        check_provenance(provider, event, devnet.board).await?;
    }
    let last = history.last().context("events")?;
    assert_eq!((&last["tx_hash"], &last["log_index"]), (&completed["tx_hash"], &completed["log_index"]));

    // Status.
    let status = api.ok("/v1/status").await?;
    let head = provider.get_block_number().await?;
    assert_eq!(status["indexed_block"], json!(head));
    assert_eq!(status["lag"], 0);
    assert_eq!(status["mode"], "daemon");
    assert_eq!(status["contracts"]["TaskBoard"], devnet.board.to_checksum(None));

    // A read-only replica on the same database answers the same.
    let (replica, replica_api) = spawn_serve(&devnet.db("api")).await?;
    for path in ["/v1/tasks?limit=500", "/v1/escrows", "/v1/attestations", &format!("/v1/inbox/{poster}")] {
        assert_eq!(replica_api.ok(path).await?, api.ok(path).await?, "{path}");
    }
    assert_eq!(replica_api.ok("/v1/status").await?["mode"], "serve");
    terminate(replica)?;

    // Metrics and the OpenAPI document.
    let (code, metrics) = api.text("/metrics").await?;
    assert_eq!(code, 200);
    for name in [
        "echorift_indexed_block",
        "echorift_lag_blocks",
        "echorift_events_per_second",
        "echorift_rpc_errors_total",
        "echorift_http_request_duration_seconds_bucket{route=\"/v1/tasks\"",
    ] {
        assert!(metrics.contains(name), "{name} in /metrics");
    }
    let openapi = api.ok("/openapi.json").await?;
    assert!(openapi["paths"]["/v1/inbox/{address}"].is_object());
    terminate(child)?;
    Ok(())
}

/// Runs `data` against `to` from `from` at block time `time` on the latest state.
async fn accepted(provider: &DynProvider, from: Address, to: Address, data: &[u8], time: u64) -> Result<bool> {
    let tx = json!({ "from": from, "to": to, "data": alloy::hex::encode_prefixed(data), "gas": "0x1000000" });
    let answer = provider
        .raw_request::<_, Value>("eth_call".into(), (tx, "latest", json!({}), json!({ "time": format!("{time:#x}") })))
        .await;
    Ok(answer.is_ok())
}

#[tokio::test(flavor = "multi_thread")]
async fn the_inbox_lists_exactly_the_actions_the_contracts_accept_at_the_indexed_time() -> Result<()> {
    let (devnet, child, api) = indexed().await?;
    let provider = &devnet.poster;
    let [poster, worker, arbiter] = devnet.accounts;
    let outsider = devnet.anvil.addresses()[3];

    let mut listed: BTreeSet<(String, String, Address)> = BTreeSet::new();
    let mut chain_time = 0;
    for who in [poster, worker, arbiter, outsider] {
        let inbox = api.ok(&format!("/v1/inbox/{who}")).await?;
        chain_time = inbox["chain_time"].as_u64().context("chain_time")?;
        assert_eq!(inbox["truncated"], false);
        for item in inbox["items"].as_array().cloned().unwrap_or_default() {
            let (kind, action, id) = (text(&item, "kind"), text(&item, "action"), text(&item, "id"));
            let proof = match item["proof"].as_str() {
                Some(uid) => Some(api.ok(&format!("/v1/attestations/{uid}")).await?["item"].clone()),
                None => None,
            };
            if kind == "policy" {
                let record = &item["policy"];
                let id: B256 = text(record, "id").parse()?;
                let guard = SpendingGuard::new(devnet.guard, provider.clone());
                match action {
                    "near_budget" => {
                        let remaining: u128 = guard.remaining(id).call().await?.to::<u128>();
                        let budget: u128 = text(record, "budget").parse()?;
                        assert!(remaining > 0 && remaining * 10 <= budget, "{remaining} of {budget} left: {item}");
                    }
                    _ => {
                        assert_eq!(action, "reset_breaker");
                        let data = guard.resetBreaker(calls::policy_key(record)?).calldata().clone();
                        assert!(accepted(provider, who, devnet.guard, &data, chain_time).await?, "{item}");
                    }
                }
                listed.insert((id.to_string(), action.to_owned(), who));
                continue;
            }
            let (to, data) = match kind {
                "task" => (devnet.board, calls::task_call(action, &item["task"], proof.as_ref())?),
                _ => (devnet.escrow, calls::escrow_call(action, &item["escrow"], proof.as_ref())?),
            };
            assert!(accepted(provider, who, to, &data, chain_time).await?, "{who} cannot {action} {kind} {id}: {item}");
            if let Some(due) = item["due_before"].as_u64() {
                assert!(!accepted(provider, who, to, &data, due).await?, "{action} {id} is refused from {due}");
            }
            if let Some(from) = item["available_from"].as_u64() {
                assert!(!accepted(provider, who, to, &data, from - 1).await?, "{action} {id} is refused before {from}");
            }
            listed.insert((id.to_owned(), action.to_owned(), who));
        }
    }
    let actions: BTreeSet<&str> = listed.iter().map(|(_, action, _)| action.as_str()).collect();
    for expected in ["submit", "accept", "reject", "dispute", "resolve", "close", "reopen", "finalize", "refund"] {
        assert!(actions.contains(expected), "the scenario lists {expected}: {actions:?}");
    }
    assert!(actions.contains("release_on_proof") && actions.contains("release"), "{actions:?}");
    assert!(actions.contains("near_budget") && actions.contains("reset_breaker"), "{actions:?}");
    assert!(actions.contains("accept_by_validation"), "{actions:?}");
    // Every policy not listed for a reset cannot be reset by its operator.
    let guard = SpendingGuard::new(devnet.guard, provider.clone());
    for record in api.all("/v1/policies", 100).await? {
        let listed_reset = listed.iter().any(|(id, action, _)| id == text(&record, "id") && action == "reset_breaker");
        let data = guard.resetBreaker(calls::policy_key(&record)?).calldata().clone();
        let operator: Address = text(&record, "operator").parse()?;
        assert_eq!(accepted(provider, operator, devnet.guard, &data, chain_time).await?, listed_reset, "{record}");
    }

    // And nothing is missing: every action not listed for its natural caller is refused.
    let role_of = |action: &str, record: &Value, kind: &str| -> Address {
        let address = |key: &str| text(record, key).parse().unwrap_or_default();
        match (kind, action) {
            ("task", "submit" | "dispute" | "finalize") => address("worker"),
            ("task", "resolve") | ("escrow", "resolve") => address("arbiter"),
            ("task", _) => address("poster"),
            ("escrow", "release_on_proof") => address("payee"),
            _ => address("payer"),
        }
    };
    let mut refused = 0;
    for (kind, path, to, actions) in [
        (
            "task",
            "/v1/tasks",
            devnet.board,
            &["submit", "accept", "reject", "dispute", "resolve", "close", "reopen", "finalize"][..],
        ),
        ("escrow", "/v1/escrows", devnet.escrow, &["release", "refund", "resolve"][..]),
    ] {
        for record in api.all(path, 100).await? {
            let id = text(&record, "id");
            for action in actions {
                if listed.iter().any(|(listed_id, listed_action, _)| listed_id == id && listed_action == action) {
                    continue;
                }
                let caller = role_of(action, &record, kind);
                let data = match kind {
                    "task" => calls::task_call(action, &record, None)?,
                    _ => calls::escrow_call(action, &record, None)?,
                };
                let ok = accepted(provider, caller, to, &data, chain_time).await?;
                assert!(!ok, "{caller} could {action} {kind} {id} at {chain_time}, but no inbox lists it: {record}");
                refused += 1;
            }
        }
    }
    assert!(refused > 50, "{refused} unlisted actions checked");
    let outsider_inbox = api.ok(&format!("/v1/inbox/{outsider}")).await?;
    assert_eq!(outsider_inbox["items"], json!([]));
    terminate(child)?;
    Ok(())
}
