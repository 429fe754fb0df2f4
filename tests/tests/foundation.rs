//! The foundation end to end: the deploy script on a real chain, the generated bindings
//! against the deployed contract, and the indexer's checks and their failures.

use std::process::{Command, Output};

use alloy::{
    hex,
    primitives::{Address, B256, keccak256},
    providers::{Provider, ProviderBuilder},
};
use echorift_bindings::attestation_registry::AttestationRegistry;
use echorift_e2e::{deployments_dir, forge, spawn_anvil, wallet_provider, workspace_bin};
use echorift_indexer::Deployments;
use serde_json::Value;

fn indexer(args: &[&str]) -> Output {
    Command::new(workspace_bin("echorift-indexer"))
        .args(args)
        .env_remove("ECHORIFT_RPC_URL")
        .env_remove("ECHORIFT_DEPLOYMENTS")
        .output()
        .expect("the indexer runs")
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[tokio::test]
async fn deploy_script_then_indexer_reports_the_deployed_contract() {
    let anvil = spawn_anvil();
    let dir = deployments_dir();
    let file = dir.path().join("deployments.json");
    let key = hex::encode_prefixed(anvil.keys()[0].to_bytes());
    let rpc = anvil.endpoint();

    let deploy = forge(
        &["script", "contracts/script/Deploy.s.sol:Deploy", "--rpc-url", &rpc, "--broadcast"],
        &[("DEPLOYER_PRIVATE_KEY", &key), ("DEPLOYMENTS_FILE", file.to_str().expect("utf-8 path"))],
    );
    assert!(
        deploy.status.success(),
        "deploy script failed: {}{}",
        String::from_utf8_lossy(&deploy.stdout),
        stderr(&deploy)
    );

    let deployments = Deployments::load(&file).expect("the script writes a valid deployments file");
    assert_eq!(deployments.chain_id, 31337);
    let address = deployments.contracts["AttestationRegistry"];

    let output =
        indexer(&["--check", "--rpc-url", &rpc, "--deployments", file.to_str().expect("utf-8 path"), "--json"]);
    assert!(output.status.success(), "indexer failed: {}", stderr(&output));
    let report: Value = serde_json::from_slice(&output.stdout).expect("--json prints JSON");

    assert_eq!(report["chainId"], 31337);
    assert!(report["head"]["number"].as_u64().expect("head number") > deployments.start_block);
    let names: Vec<_> = report["contracts"].as_array().expect("contracts").iter().map(|c| c["name"].clone()).collect();
    assert_eq!(
        names,
        ["AttestationRegistry", "Escrow", "SpendingGuard", "TaskBoard", "TestToken"],
        "every contract, by name"
    );
    let contract = &report["contracts"][0];
    assert_eq!(contract["address"].as_str().and_then(|a| a.parse::<Address>().ok()), Some(address));
    let provider = ProviderBuilder::new().connect_http(anvil.endpoint_url());
    let code = provider.get_code_at(address).await.expect("eth_getCode");
    assert_eq!(contract["codeHash"].as_str().and_then(|h| h.parse::<B256>().ok()), Some(keccak256(&code)));
    // The deployed code is the code the bindings were generated from (immutables, such as the
    // EIP-712 domain, differ in value but not in size): bindings and contracts are in step.
    assert_eq!(contract["codeSize"].as_u64(), Some(AttestationRegistry::DEPLOYED_BYTECODE.len() as u64));
}

#[tokio::test]
async fn indexer_refuses_a_deployment_of_another_chain() {
    let anvil = spawn_anvil();
    let (_, provider) = wallet_provider(&anvil, 0).expect("account 0");
    let registry = AttestationRegistry::deploy(&provider).await.expect("deploys");

    let dir = tempfile::tempdir().expect("scratch dir");
    let file = dir.path().join("1.json");
    let doc =
        serde_json::json!({"chainId": 1, "startBlock": 0, "contracts": {"AttestationRegistry": registry.address()}});
    std::fs::write(&file, doc.to_string()).expect("write");

    let output = indexer(&["--rpc-url", &anvil.endpoint(), "--deployments", file.to_str().expect("utf-8 path")]);
    assert!(!output.status.success());
    assert!(
        stderr(&output).contains("the RPC serves chain 31337, but the deployments are for chain 1"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn indexer_refuses_an_address_without_code() {
    let anvil = spawn_anvil();
    let empty = "0x000000000000000000000000000000000000dEaD";
    let output = indexer(&[
        "--rpc-url",
        &anvil.endpoint(),
        "--chain-id",
        "31337",
        "--contract",
        &format!("AttestationRegistry={empty}"),
    ]);
    assert!(!output.status.success());
    assert!(
        stderr(&output).contains(&format!("no contract code at {empty} (AttestationRegistry) on chain 31337")),
        "{}",
        stderr(&output)
    );
}

#[test]
fn indexer_names_an_unreachable_rpc() {
    // A port that was free a moment ago: nothing listens there.
    let port = std::net::TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).expect("free port").port();
    let url = format!("http://127.0.0.1:{port}/");
    let output = indexer(&[
        "--rpc-url",
        &url,
        "--chain-id",
        "31337",
        "--contract",
        "T=0x000000000000000000000000000000000000dEaD",
    ]);
    assert!(!output.status.success());
    let message = stderr(&output);
    assert!(message.contains(&format!("checking the chain at {url}")) && message.contains("eth_chainId"), "{message}");
}

#[test]
fn indexer_names_a_malformed_deployments_file_and_a_bad_flag() {
    let dir = tempfile::tempdir().expect("scratch dir");
    let file = dir.path().join("broken.json");
    std::fs::write(&file, r#"{"chainId": "one"}"#).expect("write");
    let output = indexer(&["--deployments", file.to_str().expect("utf-8 path")]);
    assert!(!output.status.success());
    assert!(
        stderr(&output).contains(&format!("deployments file {} is malformed", file.display())),
        "{}",
        stderr(&output)
    );

    let output = indexer(&["--chain-id", "1", "--contract", "AttestationRegistry=0x1234"]);
    assert!(!output.status.success());
    assert!(stderr(&output).contains("invalid address `0x1234` for AttestationRegistry"), "{}", stderr(&output));
}
