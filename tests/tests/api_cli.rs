//! `echorift query`, `echorift inbox` and `echorift verify` over the API, and the SDK's
//! verification refusing records that do not match the chain.

use std::{process::Command, time::Duration};

use alloy::providers::Provider;
use anyhow::{Context as _, Result};
use echorift_e2e::{
    api::{scenario, spawn_indexer_with_api},
    indexer::{Devnet, terminate},
    spawn_anvil, workspace_bin,
};
use echorift_sdk::api::{ApiClient, VerifyError, verify};
use serde_json::{Value, json};

fn echorift(args: &[&str], api: &str, rpc: &str) -> Result<(i32, Value, String)> {
    let output = Command::new(workspace_bin("echorift"))
        .args(args)
        .args(["--json", "--api-url", api, "--rpc-url", rpc])
        .env_remove("ECHORIFT_CONFIG")
        .output()?;
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    let value = serde_json::from_str(stdout.trim()).unwrap_or(Value::Null);
    Ok((output.status.code().unwrap_or(-1), value, String::from_utf8_lossy(&output.stderr).into_owned()))
}

#[tokio::test(flavor = "multi_thread")]
async fn the_cli_queries_the_api_and_verifies_records_against_the_chain() -> Result<()> {
    let devnet = Devnet::deploy(spawn_anvil()).await?;
    devnet.activity(0).await?;
    scenario(&devnet).await?;
    let rpc = devnet.anvil.endpoint();
    let (child, api) = spawn_indexer_with_api(&rpc, &devnet.deployments(), &devnet.db("cli"), &[]).await?;
    api.wait_for_block(devnet.poster.get_block_number().await?, Duration::from_secs(30)).await?;
    let worker = devnet.accounts[1].to_checksum(None);

    let (code, inbox, stderr) = echorift(&["inbox", &worker], &api.base, &rpc)?;
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(inbox, api.ok(&format!("/v1/inbox/{worker}")).await?);
    assert!(inbox["items"].as_array().is_some_and(|items| !items.is_empty()));

    let (code, tasks, stderr) = echorift(&["query", "tasks", "--where", "status=Completed", "--all"], &api.base, &rpc)?;
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(tasks["items"].as_array().map(Vec::len), Some(1));
    let id = tasks["items"][0]["id"].as_str().context("id")?.to_owned();

    let (code, history, _) = echorift(&["query", "task", &id, "--history"], &api.base, &rpc)?;
    assert_eq!(code, 0);
    assert_eq!(history["items"].as_array().map(Vec::len), Some(4));

    let (code, verified, stderr) = echorift(&["verify", "task", &id, "--history"], &api.base, &rpc)?;
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(verified["result"], "verified");
    assert_eq!(verified["records"].as_array().map(Vec::len), Some(5));
    assert_eq!(verified["records"][0]["event"], "TaskAccepted", "the record was last changed by the acceptance");

    // A bad filter is the API's 400, named, and exit status 2.
    let (code, _, stderr) = echorift(&["query", "tasks", "--where", "colour=red"], &api.base, &rpc)?;
    assert_eq!(code, 2);
    assert!(stderr.contains("colour"), "{stderr}");

    // The SDK refuses records that differ from the chain.
    let client = ApiClient::new(&api.base)?;
    let record = client.get(&format!("/v1/tasks/{id}"), &[]).await?["item"].clone();
    let provider = &devnet.poster;
    verify(provider, &record).await?;
    let tamper = |key: &str, value: Value| {
        let mut changed = record.clone();
        changed[key] = value;
        changed
    };
    let zero = format!("0x{}", "0".repeat(64));
    for (changed, what) in [
        (tamper("log_index", json!(record["log_index"].as_u64().unwrap_or(0) + 1)), "log index"),
        (tamper("block_hash", json!(zero)), "block hash"),
        (tamper("block_number", json!(1)), "block number"),
        (tamper("id", json!(format!("0x{}", "1".repeat(64)))), "id"),
    ] {
        let err = verify(provider, &changed).await.expect_err(what);
        // Another log of the transaction (a token transfer) is not an EchoRift event either.
        let named = err.to_string().contains(what) || matches!(err, VerifyError::NotEchoRift(_));
        assert!(named, "{what}: {err}");
    }
    let missing = tamper("tx_hash", json!(zero));
    assert!(matches!(verify(provider, &missing).await, Err(VerifyError::NoTransaction(_))));
    let mut event = client.get(&format!("/v1/tasks/{id}/history"), &[]).await?["items"][0].clone();
    verify(provider, &event).await?;
    event["event"] = json!("TaskClaimed");
    assert!(verify(provider, &event).await.is_err(), "the log is a TaskPosted");
    terminate(child)?;
    Ok(())
}
