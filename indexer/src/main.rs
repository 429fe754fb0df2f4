//! `echorift-indexer`: checks the chain against a deployment and reports the head block.
//!
//! Exit status: 0 when the chain matches the deployment, 2 on any error (bad flags, an
//! unreadable deployments file, an unreachable RPC, the wrong chain, a missing contract).

use std::{collections::BTreeMap, path::PathBuf, process::ExitCode, time::Duration};

use alloy::{primitives::Address, providers::ProviderBuilder, transports::http::reqwest::Url};
use anyhow::{Context, Result, bail};
use clap::Parser;
use echorift_indexer::{Deployments, preflight};
use tracing_subscriber::EnvFilter;

/// Follows EchoRift contracts on a chain. At this stage: checks that the RPC serves the
/// deployment's chain and that its contracts have code, then prints the head block.
#[derive(Debug, Parser)]
#[command(version, about)]
struct Args {
    /// JSON-RPC endpoint of the chain.
    #[arg(long, env = "ECHORIFT_RPC_URL", default_value = "http://127.0.0.1:8545")]
    rpc_url: Url,

    /// Deployments file written by the deploy script (deployments/<chainId>.json).
    #[arg(long, env = "ECHORIFT_DEPLOYMENTS", required_unless_present = "contract")]
    deployments: Option<PathBuf>,

    /// A contract to follow, as NAME=ADDRESS (repeatable); instead of --deployments.
    #[arg(long, value_parser = parse_contract, conflicts_with = "deployments", requires = "chain_id")]
    contract: Vec<(String, Address)>,

    /// Expected chain id, with --contract.
    #[arg(long)]
    chain_id: Option<u64>,

    /// First block to index, with --contract.
    #[arg(long, default_value_t = 0)]
    start_block: u64,

    /// Give up on the RPC after this many seconds.
    #[arg(long, default_value_t = 30, value_parser = clap::value_parser!(u64).range(1..))]
    rpc_timeout: u64,

    /// Print the report as JSON.
    #[arg(long)]
    json: bool,
}

fn parse_contract(value: &str) -> Result<(String, Address), String> {
    let (name, address) = value.split_once('=').ok_or_else(|| format!("expected NAME=ADDRESS, got `{value}`"))?;
    if name.is_empty() {
        return Err(format!("contract name missing in `{value}`"));
    }
    let address = address.parse().map_err(|err| format!("invalid address `{address}` for {name}: {err}"))?;
    Ok((name.to_owned(), address))
}

impl Args {
    fn deployments(&self) -> Result<Deployments> {
        match (&self.deployments, self.chain_id) {
            (Some(path), _) => Ok(Deployments::load(path)?),
            (None, Some(chain_id)) => Ok(Deployments {
                chain_id,
                start_block: self.start_block,
                contracts: self.contract.iter().cloned().collect::<BTreeMap<_, _>>(),
            }),
            (None, None) => bail!("give --deployments, or --contract with --chain-id"),
        }
    }
}

async fn run(args: Args) -> Result<()> {
    let deployments = args.deployments()?;
    let provider = ProviderBuilder::new().connect_http(args.rpc_url.clone());
    tracing::info!(rpc = %args.rpc_url, chain_id = deployments.chain_id, "checking the chain");

    let report = tokio::time::timeout(Duration::from_secs(args.rpc_timeout), preflight(&provider, &deployments))
        .await
        .with_context(|| format!("the RPC at {} did not answer within {}s", args.rpc_url, args.rpc_timeout))?
        .with_context(|| format!("checking the chain at {}", args.rpc_url))?;

    if args.json {
        println!("{}", serde_json::to_string_pretty(&report)?);
    } else {
        print!("{report}");
    }
    Ok(())
}

#[tokio::main]
async fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info")))
        .with_writer(std::io::stderr)
        .init();

    match run(Args::parse()).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            // One line with the whole context chain, like ripgrep; 2 means "error", as for clap.
            eprintln!("echorift-indexer: {err:#}");
            ExitCode::from(2)
        }
    }
}
