//! The daemon's failures: each is one clear line on stderr and exit status 2, never a panic.

use std::process::Output;

use echorift_e2e::{
    indexer::{Devnet, index_until_caught_up, indexer_command},
    spawn_anvil,
};

fn failure(output: &Output) -> String {
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert_eq!(output.status.code(), Some(2), "exit status 2 expected: {stderr}");
    assert!(!stderr.contains("panicked"), "no panic: {stderr}");
    stderr
}

#[tokio::test]
async fn wrong_chain_missing_code_unreachable_rpc_and_bad_databases_are_named() -> anyhow::Result<()> {
    let devnet = Devnet::deploy(spawn_anvil()).await?;
    let rpc = devnet.anvil.endpoint();
    let db = devnet.db("index");

    // Another chain's deployment.
    let other_chain = devnet.dir.path().join("1.json");
    std::fs::write(
        &other_chain,
        serde_json::json!({"chainId": 1, "startBlock": 0, "contracts": {"TaskBoard": devnet.board}}).to_string(),
    )?;
    let stderr = failure(&indexer_command(&rpc, &other_chain, &db).output()?);
    assert!(stderr.contains("the RPC serves chain 31337, but the deployments are for chain 1"), "{stderr}");

    // An address without code.
    let no_code = devnet.dir.path().join("31337.json");
    let dead = "0x000000000000000000000000000000000000dEaD";
    std::fs::write(
        &no_code,
        serde_json::json!({"chainId": 31337, "startBlock": 0, "contracts": {"TaskBoard": dead}}).to_string(),
    )?;
    let stderr = failure(&indexer_command(&rpc, &no_code, &db).output()?);
    assert!(stderr.contains(&format!("no contract code at {dead} (TaskBoard) on chain 31337")), "{stderr}");

    // Nothing listens at the RPC URL.
    let port = std::net::TcpListener::bind("127.0.0.1:0")?.local_addr()?.port();
    let stderr = failure(&indexer_command(&format!("http://127.0.0.1:{port}/"), &devnet.deployments(), &db).output()?);
    assert!(stderr.contains("eth_chainId") && stderr.contains(&port.to_string()), "{stderr}");
    assert!(!db.exists(), "nothing is created before the chain checks out");

    // A database file that is not SQLite.
    let corrupt = devnet.db("corrupt");
    std::fs::write(&corrupt, vec![0x5a; 8192])?;
    let stderr = failure(&indexer_command(&rpc, &devnet.deployments(), &corrupt).output()?);
    assert!(
        stderr.contains(&format!("database {}", corrupt.display())) && stderr.contains("not a database"),
        "{stderr}"
    );
    assert_eq!(std::fs::read(&corrupt)?, vec![0x5a; 8192], "the file is left as it was");

    // A database that indexes another deployment.
    index_until_caught_up(&rpc, &devnet.deployments(), &db, &[])?;
    let elsewhere = devnet.dir.path().join("elsewhere.json");
    std::fs::write(
        &elsewhere,
        serde_json::json!({"chainId": 31337, "startBlock": 0, "contracts": {"TaskBoard": devnet.escrow}}).to_string(),
    )?;
    let stderr = failure(&indexer_command(&rpc, &elsewhere, &db).output()?);
    assert!(stderr.contains("indexes chain 31337 with") && stderr.contains("use another database file"), "{stderr}");
    Ok(())
}
