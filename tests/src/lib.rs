//! Helpers shared by the end-to-end tests: the repository's own toolchain (anvil and
//! forge from `node_modules`, the solc-js wrapper), a fresh anvil chain per test, and the
//! workspace's binaries.

use anyhow::Context as _;
use std::{
    io,
    path::{Path, PathBuf},
    process::{Command, Output},
};

use alloy::{
    eips::BlockNumberOrTag,
    network::EthereumWallet,
    node_bindings::{Anvil, AnvilInstance},
    providers::{DynProvider, Provider, ProviderBuilder},
    rpc::types::TransactionReceipt,
    signers::local::PrivateKeySigner,
    sol_types::SolEvent,
};

pub mod api;
pub mod attestations;
pub mod authorization;
pub mod escrow;
pub mod fault_proxy;
pub mod gas;
pub mod indexer;
pub mod sdk_devnet;
pub mod tasks;

/// The first event of type `E` in a transaction's receipt.
pub fn find_event<E: SolEvent>(receipt: &TransactionReceipt) -> anyhow::Result<E> {
    receipt
        .inner
        .logs()
        .iter()
        .find_map(|log| log.log_decode::<E>().ok())
        .map(|log| log.inner.data)
        .ok_or_else(|| anyhow::anyhow!("no {} event in transaction {}", E::SIGNATURE, receipt.transaction_hash))
}

/// The repository root.
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().map(Path::to_path_buf).unwrap_or_default()
}

/// The native binary of a Foundry tool (`forge`, `anvil`, `cast`), as linked by
/// `scripts/setup` from the pinned npm packages.
pub fn foundry_tool(tool: &str) -> io::Result<PathBuf> {
    let binary = repo_root().join(".tools/bin").join(tool);
    if binary.is_file() {
        Ok(binary)
    } else {
        Err(io::Error::new(io::ErrorKind::NotFound, format!("{} is missing: run scripts/setup", binary.display())))
    }
}

/// Starts a fresh anvil chain on a free loopback port; it stops when dropped.
pub fn try_spawn_anvil() -> anyhow::Result<AnvilInstance> {
    Ok(Anvil::at(foundry_tool("anvil")?).try_spawn()?)
}

/// Moves an anvil chain's clock forward by `seconds` and mines a block at the new time.
pub async fn advance_time<P: Provider>(provider: &P, seconds: u64) -> anyhow::Result<()> {
    provider.raw_request::<_, serde_json::Value>("evm_increaseTime".into(), (seconds,)).await?;
    provider.raw_request::<_, serde_json::Value>("evm_mine".into(), ()).await?;
    Ok(())
}

/// A provider that signs with anvil's account `index`.
pub fn wallet_provider(anvil: &AnvilInstance, index: usize) -> anyhow::Result<(PrivateKeySigner, DynProvider)> {
    let key = anvil.keys().get(index).with_context(|| format!("anvil has no account {index}"))?;
    let signer = PrivateKeySigner::from(key.clone());
    let provider =
        ProviderBuilder::new().wallet(EthereumWallet::from(signer.clone())).connect_http(anvil.endpoint_url()).erased();
    Ok((signer, provider))
}

/// The latest block's timestamp: the chain's "now".
pub async fn chain_now(provider: &DynProvider) -> anyhow::Result<u64> {
    Ok(provider.get_block_by_number(BlockNumberOrTag::Latest).await?.context("no latest block")?.header.timestamp)
}

/// [`try_spawn_anvil`] for tests, which fail if anvil cannot start.
pub fn spawn_anvil() -> AnvilInstance {
    try_spawn_anvil().expect("anvil starts")
}

/// A built binary of this workspace (e.g. `echorift-indexer`), from the target directory.
pub fn workspace_bin(name: &str) -> PathBuf {
    // Test executables live in target/<profile>/deps; binaries one level up.
    let exe = std::env::current_exe().expect("the test knows its own path");
    let profile_dir = exe.parent().and_then(Path::parent).expect("test runs from target/<profile>/deps");
    let bin = profile_dir.join(name);
    assert!(bin.is_file(), "{} is not built: run `cargo build --workspace` first", bin.display());
    bin
}

/// Runs `forge` at the repository root with the solc-js wrapper as its compiler.
pub fn forge(args: &[&str], envs: &[(&str, &str)]) -> Output {
    let root = repo_root();
    Command::new(foundry_tool("forge").expect("forge is installed"))
        .current_dir(&root)
        .args(args)
        .env("FOUNDRY_SOLC", root.join("scripts/solc"))
        .envs(envs.iter().copied())
        .output()
        .expect("forge runs")
}

/// A scratch directory under `deployments/.e2e`, the only place the deploy script may write.
pub fn deployments_dir() -> tempfile::TempDir {
    let parent = repo_root().join("deployments/.e2e");
    std::fs::create_dir_all(&parent).expect("deployments/.e2e can be created");
    tempfile::tempdir_in(parent).expect("a scratch directory")
}
