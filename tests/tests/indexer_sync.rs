//! The indexer daemon against a real chain: what it stores, and that backfill, live following,
//! crashes and a faulty RPC all end in the same database.

use std::time::Duration;

use alloy::primitives::B256;
use echorift_bindings::spending_guard::SpendingGuard;

use echorift_e2e::{
    fault_proxy::{FaultProxy, Faults},
    indexer::{Devnet, checkpoint, counts, dump, index_until_caught_up, spawn_indexer, terminate, wait_for_head},
    spawn_anvil,
};

#[tokio::test]
async fn backfill_stores_events_and_projections_with_their_chain_positions() -> anyhow::Result<()> {
    let devnet = Devnet::deploy(spawn_anvil()).await?;
    for round in 0..2 {
        devnet.activity(round).await?;
    }
    let rpc = devnet.anvil.endpoint();
    let db = devnet.db("backfill");
    let output = index_until_caught_up(&rpc, &devnet.deployments(), &db, &["--json"])?;
    let summary: serde_json::Value = serde_json::from_slice(&output.stdout)?;
    // 2 rounds × (1 schema + 2 attestations + 1 revocation + 5 escrow + 6 task + 6 policy) events.
    assert_eq!(summary["events"], 42, "{summary}");
    for key in ["seconds", "events_per_second", "peak_rss_mb"] {
        assert!(summary[key].as_f64().is_some_and(|value| value > 0.0), "{key} in {summary}");
    }

    let data = dump(&db).await?;
    let rows = |table: &str| data[table].as_array().cloned().unwrap_or_default();
    assert_eq!(
        (rows("tasks").len(), rows("escrows").len(), rows("attestations").len(), rows("schemas").len()),
        (4, 2, 4, 2)
    );

    let task = rows("tasks").into_iter().find(|task| task["result_uri"] == "ipfs://result/0").expect("round 0's task");
    assert_eq!(task["status"], "Completed");
    assert_eq!(task["worker"], devnet.accounts[1].to_checksum(None), "addresses are checksummed");
    assert_eq!(task["reward"], "40000000", "amounts are decimal strings");
    assert_eq!(task["reward_sort"].as_str().map(str::len), Some(78));
    let cancelled = rows("tasks").into_iter().filter(|task| task["status"] == "Cancelled").count();
    assert_eq!(cancelled, 2);

    let escrow = rows("escrows").into_iter().find(|escrow| escrow["amount"] == "1000000").expect("round 0's escrow");
    assert_eq!(escrow["status"], "Closed");
    assert_eq!(escrow["released"], "250000");
    assert_eq!(escrow["returned"], "50000");
    assert_eq!(escrow["to_payee"], "100000");
    let revoked = rows("attestations").into_iter().filter(|a| a["revoked"] == 1).count();
    assert_eq!(revoked, 2, "one revoked attestation per round");

    // The policies projection agrees with the guard's own views, from events alone.
    let guard = SpendingGuard::new(devnet.guard, devnet.poster.clone());
    let policies = rows("policies");
    assert_eq!(policies.len(), 2);
    for row in &policies {
        let id: B256 = row["id"].as_str().expect("id").parse()?;
        let state = guard.getState(id).call().await?;
        let limits = guard.getPolicy(id).call().await?;
        assert_eq!(row["spent"], state.spent.to_string());
        assert_eq!(row["period_index"], state.periodIndex.to::<u64>());
        assert_eq!(row["budget"], limits.budget.to_string(), "the loosening is queued, not applied");
        assert_eq!(
            (row["paused"].clone(), row["tripped"].clone(), row["status"].clone()),
            (1.into(), 0.into(), "Paused".into())
        );
        assert_eq!(row["change_at"], state.changeAt.to::<u64>());
        assert_eq!(row["trip_reason"], "Outflow");
        let pending: serde_json::Value = serde_json::from_str(row["pending_policy"].as_str().expect("pending policy"))?;
        assert_eq!(pending["budget"], "200000000");
    }

    // Every event carries its block, hash, transaction and log index, checkable on the chain.
    let provider = &devnet.poster;
    for event in rows("events").iter().take(5) {
        let number = event["block_number"].as_u64().expect("block number");
        let block = alloy::providers::Provider::get_block_by_number(provider, number.into()).await?.expect("block");
        assert_eq!(event["block_hash"], block.header.hash.to_string());
        let fields: serde_json::Value = serde_json::from_str(event["fields"].as_str().expect("fields"))?;
        assert!(fields.is_object());
    }

    // A second run finds nothing new and changes nothing.
    let before = dump(&db).await?;
    let again = index_until_caught_up(&rpc, &devnet.deployments(), &db, &["--json"])?;
    let again: serde_json::Value = serde_json::from_slice(&again.stdout)?;
    assert_eq!(again["events"], 0);
    assert_eq!(dump(&db).await?, before);
    Ok(())
}

#[tokio::test]
async fn live_following_and_backfill_produce_the_same_rows() -> anyhow::Result<()> {
    let devnet = Devnet::deploy(spawn_anvil()).await?;
    let rpc = devnet.anvil.endpoint();
    let live_db = devnet.db("live");
    // Started before the activity: everything after the deployment arrives live, block by block.
    let live = spawn_indexer(&rpc, &devnet.deployments(), &live_db, &[])?;
    for round in 0..3 {
        devnet.activity(round).await?;
    }
    wait_for_head(&live_db, &devnet.poster, Duration::from_secs(30)).await?;
    terminate(live)?;

    let backfill_db = devnet.db("backfill");
    index_until_caught_up(&rpc, &devnet.deployments(), &backfill_db, &[])?;
    let (live, backfill) = (dump(&live_db).await?, dump(&backfill_db).await?);
    assert_eq!(counts(&live), "attestations=6 escrows=3 events=63 policies=3 schemas=3 tasks=6");
    assert!(live == backfill, "live {} vs backfill {}", counts(&live), counts(&backfill));
    Ok(())
}

// Multi-threaded: the proxy must keep serving while the test waits on the daemon process.
#[tokio::test(flavor = "multi_thread")]
async fn killing_the_daemon_mid_backfill_and_restarting_gives_the_same_database() -> anyhow::Result<()> {
    let devnet = Devnet::deploy(spawn_anvil()).await?;
    for round in 0..6 {
        devnet.activity(round).await?;
    }
    let reference = devnet.db("reference");
    index_until_caught_up(&devnet.anvil.endpoint(), &devnet.deployments(), &reference, &[])?;

    // Slow the RPC down and fetch one block at a time, so that a backfill takes seconds.
    let proxy =
        FaultProxy::start(devnet.anvil.endpoint(), Faults { delay: Duration::from_millis(4), ..Faults::default() })
            .await?;
    let db = devnet.db("killed");
    let slow = ["--max-range", "1", "--initial-range", "1", "--concurrency", "1", "--follow", "poll"];
    let head = alloy::providers::Provider::get_block_number(&devnet.poster).await?;
    let mut kills = 0;
    let mut checkpoints = Vec::new();
    // Killed once past a quarter, a half and three quarters of the chain, wherever it is then
    // (fetching, between statements of a transaction, committing).
    for quarters in [1, 2, 3] {
        let mut child = spawn_indexer(&proxy.url, &devnet.deployments(), &db, &slow)?;
        let deadline = std::time::Instant::now() + Duration::from_secs(30);
        while checkpoint(&db).await?.is_none_or(|(number, _)| number < head * quarters / 4)
            && std::time::Instant::now() < deadline
        {
            tokio::time::sleep(Duration::from_millis(3)).await;
        }
        child.kill()?; // SIGKILL: no chance to finish anything
        child.wait()?;
        kills += 1;
        checkpoints.push(checkpoint(&db).await?.map(|(number, _)| number));
    }
    assert!(
        checkpoints.iter().all(|checkpoint| checkpoint.is_some_and(|number| number < head)),
        "every kill must land mid-backfill (checkpoints {checkpoints:?}, head {head})"
    );
    assert!(checkpoints.windows(2).all(|pair| pair[0] < pair[1]), "each run makes progress: {checkpoints:?}");

    index_until_caught_up(&proxy.url, &devnet.deployments(), &db, &[])?;
    let (killed, expected) = (dump(&db).await?, dump(&reference).await?);
    assert!(killed == expected, "after {kills} kills: {} vs {}", counts(&killed), counts(&expected));
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn a_failing_rpc_that_refuses_large_ranges_slows_the_indexer_but_does_not_corrupt_it() -> anyhow::Result<()> {
    let devnet = Devnet::deploy(spawn_anvil()).await?;
    for round in 0..3 {
        devnet.activity(round).await?;
    }
    let reference = devnet.db("reference");
    index_until_caught_up(&devnet.anvil.endpoint(), &devnet.deployments(), &reference, &[])?;

    // One request in five fails (503, dropped connection, JSON-RPC error, in turn), and any
    // eth_getLogs over more than 4 blocks is "too many results".
    let proxy = FaultProxy::start(
        devnet.anvil.endpoint(),
        Faults { fail_every: 5, max_log_range: Some(4), delay: Duration::ZERO },
    )
    .await?;
    let db = devnet.db("faulty");
    index_until_caught_up(&proxy.url, &devnet.deployments(), &db, &["--initial-range", "64"])?;
    let stats = &proxy.stats;
    let (failed, too_many) = (
        stats.failed.load(std::sync::atomic::Ordering::Relaxed),
        stats.too_many.load(std::sync::atomic::Ordering::Relaxed),
    );
    assert!(failed > 5 && too_many > 0, "faults were injected: {failed} failures, {too_many} refusals");
    let (faulty, expected) = (dump(&db).await?, dump(&reference).await?);
    assert!(faulty == expected, "{} vs {}", counts(&faulty), counts(&expected));
    Ok(())
}
