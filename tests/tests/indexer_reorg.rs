//! Reorgs: anvil_reorg replaces the last blocks (depths 1 to 20) under two running indexers,
//! one following by subscription and one by polling; both must end equal to a fresh index.

use std::time::Duration;

use alloy::{primitives::Address, providers::Provider, sol_types::SolCall};
use echorift_bindings::attestation_registry::AttestationRegistry;
use echorift_e2e::{
    indexer::{Devnet, counts, dump, index_until_caught_up, spawn_indexer, status, terminate, wait_for_head},
    spawn_anvil,
};
use serde_json::json;

/// Replaces the last `depth` blocks; the new branch registers a schema, so that it carries an
/// event of its own. The schema is registered by anvil's account 3, which sends nothing else:
/// its nonce is the number of reorgs before.
async fn reorg(devnet: &Devnet, depth: u64, nonce: u64) -> anyhow::Result<()> {
    let call = AttestationRegistry::registerSchemaCall {
        definition: format!("string replaced{depth}"),
        resolver: Address::ZERO,
        revocable: false,
    };
    let tx = json!({
        "from": devnet.anvil.addresses()[3],
        "nonce": nonce,
        "to": devnet.registry,
        "data": alloy::hex::encode_prefixed(call.abi_encode()),
        "gas": "0x100000",
    });
    devnet.poster.raw_request::<_, serde_json::Value>("anvil_reorg".into(), (depth, json!([[tx, 0]]))).await?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn reorgs_of_depth_1_to_20_leave_the_database_equal_to_a_fresh_index() -> anyhow::Result<()> {
    let mut devnet = Devnet::deploy(spawn_anvil()).await?;
    let rpc = devnet.anvil.endpoint();
    let (subscribed_db, polled_db) = (devnet.db("subscribed"), devnet.db("polled"));
    let subscribed = spawn_indexer(&rpc, &devnet.deployments(), &subscribed_db, &["--follow", "subscribe"])?;
    let polled = spawn_indexer(&rpc, &devnet.deployments(), &polled_db, &["--follow", "poll"])?;

    let depths = [1u64, 2, 3, 5, 8, 13, 20];
    for (round, depth) in (0u64..).zip(depths) {
        devnet.activity(round * 2).await?;
        devnet.activity(round * 2 + 1).await?; // 32 blocks with events: more than the deepest reorg
        for db in [&subscribed_db, &polled_db] {
            wait_for_head(db, &devnet.poster, Duration::from_secs(30)).await?;
        }
        reorg(&devnet, depth, round).await?;
        devnet.reconnect()?;
        for db in [&subscribed_db, &polled_db] {
            wait_for_head(db, &devnet.poster, Duration::from_secs(30)).await?;
        }
    }
    terminate(subscribed)?;
    terminate(polled)?;

    let fresh_db = devnet.db("fresh");
    index_until_caught_up(&rpc, &devnet.deployments(), &fresh_db, &[])?;
    let fresh = dump(&fresh_db).await?;
    let replaced = fresh["schemas"].as_array().map_or(0, |schemas| {
        schemas.iter().filter(|schema| schema["definition"].as_str().is_some_and(|d| d.contains("replaced"))).count()
    });
    assert_eq!(replaced, depths.len(), "every new branch's event is indexed");
    for db in [&subscribed_db, &polled_db] {
        let followed = dump(db).await?;
        assert!(followed == fresh, "{}: {} vs fresh {}", db.display(), counts(&followed), counts(&fresh));
        let status = status(db).await?;
        assert!(status["reorgs"].as_i64().unwrap_or(0) >= depths.len() as i64, "reorgs counted: {status}");
    }
    let head = devnet.poster.get_block_number().await?;
    assert_eq!(status(&fresh_db).await?["block_number"], head);
    Ok(())
}
