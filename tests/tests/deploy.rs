//! The deterministic deployment: the forge script twice on one chain changes nothing the second
//! time, gives the same addresses on another chain, equals the Rust deployer's (`echorift devnet`)
//! addresses, and refuses a wrong RPC, a wrong chain and an unfunded key with a clear message.

use std::{path::Path, process::Output};

use alloy::{hex, providers::Provider, signers::local::PrivateKeySigner};
use echorift_e2e::{deployments_dir, forge, repo_root, spawn_anvil, wallet_provider};
use echorift_sdk::{Deployments, deploy};

fn deploy_script(rpc: &str, key: &str, file: &Path, extra: &[(&str, &str)]) -> Output {
    let mut envs = vec![("DEPLOYER_PRIVATE_KEY", key), ("DEPLOYMENTS_FILE", file.to_str().unwrap_or_default())];
    envs.extend_from_slice(extra);
    forge(&["script", "contracts/script/Deploy.s.sol:Deploy", "--rpc-url", rpc, "--broadcast"], &envs)
}

fn text(output: &Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr))
}

/// A `key = value` line of foundry.toml's default profile, as the script's compiler block writes it.
fn foundry_setting(key: &str) -> anyhow::Result<String> {
    let toml = std::fs::read_to_string(repo_root().join("foundry.toml"))?;
    let line = toml.lines().find(|line| line.starts_with(&format!("{key} ="))).ok_or(anyhow::anyhow!("no {key}"))?;
    Ok(line.split_once('=').map(|(_, value)| value.trim().trim_matches('"').replace('_', "")).unwrap_or_default())
}

#[tokio::test]
async fn the_deploy_script_is_idempotent_deterministic_and_matches_the_rust_deployer() -> anyhow::Result<()> {
    let (first, second) = (spawn_anvil(), spawn_anvil());
    let dir = deployments_dir();
    let (file, other_file) = (dir.path().join("first.json"), dir.path().join("second.json"));
    let (deployer, provider) = wallet_provider(&first, 0)?;
    let key = hex::encode_prefixed(first.keys()[0].to_bytes());

    let run = deploy_script(&first.endpoint(), &key, &file, &[]);
    assert!(run.status.success(), "deploy failed: {}", text(&run));
    let written = std::fs::read_to_string(&file)?;
    let (nonce, block) =
        (provider.get_transaction_count(deployer.address()).await?, provider.get_block_number().await?);
    assert_eq!(nonce, 5, "five contracts, five transactions (through the CREATE2 proxy)");

    let rerun = deploy_script(&first.endpoint(), &key, &file, &[]);
    assert!(rerun.status.success(), "re-run failed: {}", text(&rerun));
    assert!(text(&rerun).contains("0 contracts deployed (all were there already)"), "{}", text(&rerun));
    assert_eq!(std::fs::read_to_string(&file)?, written, "the re-run rewrites the same file");
    assert_eq!(provider.get_transaction_count(deployer.address()).await?, nonce, "the re-run sent nothing");
    assert_eq!(provider.get_block_number().await?, block, "the re-run mined nothing");

    let elsewhere = deploy_script(&second.endpoint(), &key, &other_file, &[]);
    assert!(elsewhere.status.success(), "deploy failed: {}", text(&elsewhere));
    let (here, there) = (Deployments::load(&file)?, Deployments::load(&other_file)?);
    assert_eq!(here.contracts, there.contracts, "the same build has the same addresses on every chain");
    assert_eq!(here.contracts.len(), 5);
    for address in here.contracts.values() {
        assert!(!provider.get_code_at(*address).await?.is_empty(), "code at {address}");
    }

    // How the addresses came about is recorded, and the compiler block follows foundry.toml.
    let compiler = here.compiler.clone().ok_or(anyhow::anyhow!("no compiler block"))?;
    assert_eq!(compiler, deploy::compiler(), "script and Rust deployer record the same settings");
    assert_eq!(compiler.evm_version, foundry_setting("evm_version")?);
    assert_eq!(compiler.optimizer_runs.to_string(), foundry_setting("optimizer_runs")?);
    assert_eq!(compiler.via_ir.to_string(), foundry_setting("via_ir")?);
    assert_eq!(compiler.bytecode_hash, foundry_setting("bytecode_hash")?);
    assert_eq!(here.version.as_deref(), Some(deploy::VERSION));
    let create2 = here.create2.clone().ok_or(anyhow::anyhow!("no create2 block"))?;
    assert_eq!((create2.deployer, create2.salt), (deploy::CREATE2_DEPLOYER, deploy::salt()));
    // The indexer still reads the file.
    assert_eq!(echorift_indexer::Deployments::load(&file)?.contracts, here.contracts);

    // The Rust deployer (`echorift devnet`, `echorift deploy`) computes the same addresses from the
    // bindings' bytecode, so on this chain it finds everything deployed and sends nothing.
    let planned: std::collections::BTreeMap<_, _> =
        deploy::plan(true).into_iter().map(|planned| (planned.name.to_owned(), planned.address)).collect();
    assert_eq!(planned, here.contracts, "Rust deployer and forge script agree (else: regenerate the bindings)");
    let rust = deploy::deploy(&first.endpoint(), deployer.clone(), Some(31337), true, Some(&here)).await?;
    assert!(rust.deployed.is_empty(), "deployed again: {:?}", rust.deployed);
    assert_eq!(rust.deployments, here, "the same deployments file, start block kept");
    Ok(())
}

#[tokio::test]
async fn the_deploy_script_names_a_wrong_rpc_a_wrong_chain_and_an_unfunded_key() -> anyhow::Result<()> {
    let anvil = spawn_anvil();
    let dir = deployments_dir();
    let file = dir.path().join("refused.json");
    let key = hex::encode_prefixed(anvil.keys()[0].to_bytes());

    let port = std::net::TcpListener::bind("127.0.0.1:0")?.local_addr()?.port();
    let url = format!("http://127.0.0.1:{port}/");
    let output = deploy_script(&url, &key, &file, &[]);
    assert!(!output.status.success());
    assert!(text(&output).contains(&format!("error sending request for url ({url})")), "{}", text(&output));

    let output = deploy_script(&anvil.endpoint(), &key, &file, &[("DEPLOY_CHAIN_ID", "8453")]);
    assert!(!output.status.success());
    assert!(
        text(&output).contains("Deploy: the RPC serves chain 31337, but DEPLOY_CHAIN_ID is 8453"),
        "{}",
        text(&output)
    );

    let unfunded = PrivateKeySigner::random();
    let unfunded_key = hex::encode_prefixed(unfunded.to_bytes());
    let output = deploy_script(&anvil.endpoint(), &unfunded_key, &file, &[]);
    assert!(!output.status.success());
    let expected =
        format!("Deploy: the deployer {} has no ETH on chain 31337 to pay for 5 deployments", unfunded.address());
    assert!(text(&output).contains(&expected), "{}", text(&output));
    assert!(!file.exists(), "nothing written after a refusal");

    // The Rust deployer refuses the same way.
    let err = deploy::deploy(&anvil.endpoint(), unfunded, None, true, None).await.err().map(|e| e.to_string());
    assert!(err.as_deref().is_some_and(|e| e.contains("has no ETH on chain 31337")), "{err:?}");
    Ok(())
}
