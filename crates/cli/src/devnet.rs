//! `echorift devnet` (anvil on a loopback port, EchoRift deployed, until Ctrl-C) and
//! `echorift deploy` (the same deterministic deployment on any RPC).

use std::path::{Path, PathBuf};

use alloy::{hex, node_bindings::Anvil, signers::local::PrivateKeySigner};
use anyhow::{Context, Result, bail};
use clap::Args;
use echorift_sdk::{Deployments, chain_id_at, deploy};

use crate::{config::Settings, context::deployments_path, output::Report};

/// `echorift devnet` options.
#[derive(Debug, Args)]
pub(crate) struct DevnetArgs {
    /// The anvil binary [default: from the config file, PATH, or the repository's .tools/bin].
    #[arg(long, env = "ECHORIFT_ANVIL")]
    anvil: Option<PathBuf>,
    /// The loopback port [default: a free one].
    #[arg(long)]
    port: Option<u16>,
    /// Where to write the deployments file [default: deployments/<chainId>.json].
    #[arg(long)]
    deployments_out: Option<PathBuf>,
}

/// `echorift deploy` options (RPC and signer from the global options).
#[derive(Debug, Args)]
pub(crate) struct DeployArgs {
    /// Refuse to deploy unless the RPC serves this chain.
    #[arg(long)]
    chain_id: Option<u64>,
    /// Deploy the test token (anyone can mint it) [default: only on chain 31337].
    #[arg(long)]
    test_token: Option<bool>,
}

/// Starts anvil, deploys, prints the RPC URL, contracts and keys, and waits for Ctrl-C (or
/// SIGTERM); anvil stops with it.
pub(crate) async fn devnet(settings: &Settings, args: DevnetArgs, json: bool) -> Result<()> {
    let binary = find_anvil(args.anvil.as_deref().or(settings.anvil.as_deref()))?;
    let mut anvil = Anvil::at(&binary);
    if let Some(port) = args.port {
        anvil = anvil.port(port);
    }
    let anvil = anvil.try_spawn().with_context(|| format!("starting {}", binary.display()))?;
    let rpc_url = anvil.endpoint();
    let key = anvil.keys().first().context("anvil reported no accounts")?.clone();
    let deployed = deploy::deploy(&rpc_url, PrivateKeySigner::from(key), None, true, None).await?;
    let path = args.deployments_out.unwrap_or_else(|| Deployments::default_path(Path::new("."), anvil.chain_id()));
    deployed.deployments.save(&path)?;

    // anvil's development keys are public test keys: printing them is the point of a devnet.
    let accounts: Vec<_> = anvil
        .addresses()
        .iter()
        .zip(anvil.keys())
        .map(|(address, key)| serde_json::json!({"address": address, "privateKey": hex::encode_prefixed(key.to_bytes())}))
        .collect();
    Report::new("devnet running (Ctrl-C stops it)")
        .field("rpcUrl", &rpc_url)
        .field("chainId", anvil.chain_id())
        .field("deploymentsFile", &path)
        .field("contracts", &deployed.deployments.contracts)
        .field("accounts", accounts)
        .print(json);

    wait_for_shutdown().await?;
    drop(anvil);
    eprintln!("echorift: devnet stopped");
    Ok(())
}

/// Deploys (or completes) EchoRift on the configured RPC; a re-run deploys nothing.
pub(crate) async fn deploy(settings: &Settings, args: DeployArgs) -> Result<Report> {
    let signer = settings.signer.as_ref().context("no deployer key: give --private-key, --keystore or --mnemonic")?;
    let path = deployments_path(settings).await?;
    let previous = if path.exists() { Some(Deployments::load(&path)?) } else { None };
    let chain_id = match args.chain_id {
        Some(chain_id) => chain_id,
        None => chain_id_at(&settings.rpc_url).await?,
    };
    let with_token = args.test_token.unwrap_or(chain_id == 31_337);
    let deployed =
        deploy::deploy(&settings.rpc_url, signer.load()?, args.chain_id, with_token, previous.as_ref()).await?;
    deployed.deployments.save(&path)?;
    Ok(Report::new(if deployed.deployed.is_empty() { "already deployed" } else { "deployed" })
        .field("chainId", deployed.deployments.chain_id)
        .field("deployed", &deployed.deployed)
        .field("contracts", &deployed.deployments.contracts)
        .field("deploymentsFile", path))
}

/// anvil: the given path, else on PATH, else `.tools/bin/anvil` in this or a parent directory.
fn find_anvil(given: Option<&Path>) -> Result<PathBuf> {
    if let Some(path) = given {
        if path.is_file() {
            return Ok(path.to_owned());
        }
        bail!("anvil not found at {}", path.display());
    }
    let on_path = std::env::var_os("PATH")
        .map(|paths| std::env::split_paths(&paths).map(|dir| dir.join("anvil")).collect::<Vec<_>>())
        .unwrap_or_default();
    let cwd = std::env::current_dir().unwrap_or_default();
    let in_repo = cwd.ancestors().map(|dir| dir.join(".tools/bin/anvil"));
    on_path
        .into_iter()
        .chain(in_repo)
        .find(|candidate| candidate.is_file())
        .context("anvil not found: give --anvil, put it on PATH, or run scripts/setup in the repository")
}

async fn wait_for_shutdown() -> Result<()> {
    let mut terminate = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())?;
    tokio::select! {
        result = tokio::signal::ctrl_c() => result.context("waiting for Ctrl-C")?,
        _ = terminate.recv() => {}
    }
    Ok(())
}
