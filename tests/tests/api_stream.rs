//! The event stream delivers every event once, in chain order, also across a reconnect; filters
//! hold; and a reorg removes rolled-back records from the API's answers and tells stream clients
//! where the chain forked.

use std::time::Duration;

use alloy::{primitives::Address, providers::Provider, sol_types::SolCall};
use anyhow::{Context as _, Result};
use echorift_bindings::attestation_registry::AttestationRegistry;
use echorift_e2e::{
    api::{SseClient, SseMessage, spawn_indexer_with_api, spawn_serve},
    indexer::{Devnet, dump, terminate, wait_for_head},
    spawn_anvil,
};
use serde_json::{Value, json};

/// Reads messages until `count` events arrived (reorg messages are returned too).
async fn read(client: &mut SseClient, count: usize) -> Result<Vec<SseMessage>> {
    let mut messages = Vec::new();
    while messages.iter().filter(|m: &&SseMessage| m.event != "reorg").count() < count {
        let message = client.next(Duration::from_secs(20)).await?.context("no event within 20 s")?;
        messages.push(message);
    }
    Ok(messages)
}

async fn stored_positions(db: &std::path::Path) -> Result<Vec<i64>> {
    Ok(dump(db).await?["events"]
        .as_array()
        .context("events")?
        .iter()
        .filter_map(|event| event["position"].as_i64())
        .collect())
}

fn position(message: &SseMessage) -> i64 {
    serde_json::from_str::<Value>(&message.data).ok().and_then(|data| data["position"].as_i64()).unwrap_or(-1)
}

#[tokio::test(flavor = "multi_thread")]
async fn the_stream_delivers_every_event_once_across_a_reconnect() -> Result<()> {
    let devnet = Devnet::deploy(spawn_anvil()).await?;
    let db = devnet.db("stream");
    let (child, api) = spawn_indexer_with_api(&devnet.anvil.endpoint(), &devnet.deployments(), &db, &[]).await?;

    let mut everything = SseClient::open(&api, "/v1/stream?after=0", None).await?;
    let mut tasks_only =
        SseClient::open(&api, "/v1/stream?after=0&contract=TaskBoard&event=TaskPosted,TaskClaimed", None).await?;
    devnet.activity(0).await?;
    wait_for_head(&db, &devnet.poster, Duration::from_secs(30)).await?;
    let one_round = stored_positions(&db).await?.len();
    // The first client leaves after 7 events and comes back with the last id it saw.
    let first = read(&mut everything, 7).await?;
    drop(everything);
    devnet.activity(1).await?;
    wait_for_head(&db, &devnet.poster, Duration::from_secs(30)).await?;
    let stored = stored_positions(&db).await?;
    assert_eq!(stored.len(), 2 * one_round);
    let last_id = first.last().and_then(|m| m.id.clone()).context("ids")?;
    let mut resumed = SseClient::open(&api, "/v1/stream", Some(&last_id)).await?;
    let rest = read(&mut resumed, stored.len() - 7).await?;
    assert!(resumed.next(Duration::from_millis(500)).await?.is_none(), "nothing more than the stored events");
    let received: Vec<i64> = first.iter().chain(&rest).map(position).collect();
    assert_eq!(received, stored, "every event once, in order, across the reconnect");
    for message in first.iter().chain(&rest) {
        let data: Value = serde_json::from_str(&message.data)?;
        assert_eq!(message.event, data["event"].as_str().unwrap_or_default());
        for key in ["block_number", "block_hash", "tx_hash", "log_index", "fields"] {
            assert!(!data[key].is_null(), "{key} in {data}");
        }
    }

    // The filtered stream: both rounds' TaskPosted and TaskClaimed, nothing else.
    let filtered = read(&mut tasks_only, 6).await?;
    let names: Vec<&str> = filtered.iter().map(|m| m.event.as_str()).collect();
    assert_eq!(names, ["TaskPosted", "TaskClaimed", "TaskPosted", "TaskPosted", "TaskClaimed", "TaskPosted"]);

    // Resuming from an `after` query parameter works the same as the header.
    let third_id = first[2].id.clone().context("id")?;
    let mut from_query = SseClient::open(&api, &format!("/v1/stream?after={third_id}"), None).await?;
    let again = read(&mut from_query, stored.len() - 3).await?;
    assert_eq!(again.iter().map(position).collect::<Vec<_>>(), stored[3..].to_vec());

    // A read-only replica streams the same, and SIGTERM stops it even with a stream open.
    let (replica, replica_api) = spawn_serve(&db).await?;
    let mut from_replica = SseClient::open(&replica_api, "/v1/stream?after=0", None).await?;
    let replayed = read(&mut from_replica, stored.len()).await?;
    assert_eq!(replayed.iter().map(position).collect::<Vec<_>>(), stored);
    terminate(replica)?;
    terminate(child)?;
    Ok(())
}

/// Replaces the last `depth` blocks; the new branch registers a schema (anvil's account 3).
async fn reorg(devnet: &Devnet, depth: u64) -> Result<()> {
    let call = AttestationRegistry::registerSchemaCall {
        definition: "string replaced".into(),
        resolver: Address::ZERO,
        revocable: false,
    };
    let tx = json!({
        "from": devnet.anvil.addresses()[3],
        "nonce": 0,
        "to": devnet.registry,
        "data": alloy::hex::encode_prefixed(call.abi_encode()),
        "gas": "0x100000",
    });
    devnet.poster.raw_request::<_, Value>("anvil_reorg".into(), (depth, json!([[tx, 0]]))).await?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn a_reorg_removes_rolled_back_records_from_answers_and_the_stream_says_so() -> Result<()> {
    let mut devnet = Devnet::deploy(spawn_anvil()).await?;
    let db = devnet.db("reorg");
    let (child, api) = spawn_indexer_with_api(&devnet.anvil.endpoint(), &devnet.deployments(), &db, &[]).await?;
    let mut stream = SseClient::open(&api, "/v1/stream?after=0", None).await?;
    devnet.activity(0).await?;
    let head = devnet.poster.get_block_number().await?;
    api.wait_for_block(head, Duration::from_secs(30)).await?;
    wait_for_head(&db, &devnet.poster, Duration::from_secs(30)).await?;
    let before = read(&mut stream, stored_positions(&db).await?.len()).await?;

    // The round ends by posting and cancelling a task, then a spending policy's transactions:
    // a reorg from the posting block on takes that task and the policy away.
    let cancelled = api.ok("/v1/tasks?status=Cancelled").await?["items"][0].clone();
    let id = cancelled["id"].as_str().context("a cancelled task")?.to_owned();
    let posted = cancelled["created_block"].as_u64().context("created_block")?;
    api.ok(&format!("/v1/tasks/{id}")).await?;
    assert_eq!(api.ok("/v1/policies").await?["items"].as_array().map(Vec::len), Some(1));
    reorg(&devnet, head - posted + 1).await?;
    devnet.reconnect()?;
    wait_for_head(&db, &devnet.poster, Duration::from_secs(30)).await?;
    api.wait_for_block(devnet.poster.get_block_number().await?, Duration::from_secs(30)).await?;

    let (code, body) = api.get(&format!("/v1/tasks/{id}")).await?;
    assert_eq!(code, 404, "the rolled-back task is gone: {body}");
    assert_eq!(api.get(&format!("/v1/tasks/{id}/history")).await?.0, 404);
    assert_eq!(api.ok("/v1/tasks").await?["items"].as_array().map(Vec::len), Some(1));
    let inbox = api.ok(&format!("/v1/inbox/{}", devnet.accounts[0])).await?;
    assert!(!inbox.to_string().contains(&id), "nor in an inbox");
    let status = api.ok("/v1/status").await?;
    assert_eq!(status["reorgs"], 1);
    let schemas = api.ok("/v1/schemas").await?;
    assert!(schemas.to_string().contains("string replaced"), "the new branch's schema is served");
    assert_eq!(api.ok("/v1/policies").await?["items"], json!([]), "the policy went with its blocks");

    // The stream: a reorg message with the fork block, then the new branch's event.
    let after = read(&mut stream, 1).await?;
    assert_eq!(after[0].event, "reorg", "{after:?}");
    let fork: Value = serde_json::from_str(&after[0].data)?;
    assert_eq!(fork["fork_block"], json!(posted - 1));
    assert_eq!(after[1].event, "SchemaRegistered");
    assert_eq!(position(&after[1]) >> 24, i64::try_from(posted)?, "the new branch's first block");
    assert!(before.iter().any(|m| position(m) >> 24 >= i64::try_from(posted).unwrap_or(0)));

    // A client that reconnects with the id of a rolled-back event is told of the fork too.
    let stale = before.last().and_then(|m| m.id.clone()).context("id")?;
    let mut late = SseClient::open(&api, "/v1/stream", Some(&stale)).await?;
    let replay = read(&mut late, 1).await?;
    assert_eq!(replay[0].event, "reorg");
    assert_eq!(replay[1].event, "SchemaRegistered");
    terminate(child)?;
    Ok(())
}
