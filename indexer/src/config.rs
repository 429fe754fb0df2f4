//! The daemon's settings: flags, then `ECHORIFT_*` environment variables (both through clap),
//! then a JSON config file (`--config`), then defaults.

use std::{
    collections::BTreeMap,
    path::{Path, PathBuf},
    time::Duration,
};

use alloy::primitives::Address;
use anyhow::{Context, Result, bail};
use clap::{Parser, ValueEnum};
use serde::Deserialize;

use crate::{Deployments, fetch::FetchOptions};

/// Follows the EchoRift contracts of one deployment into a SQLite database: backfills from the
/// deployment's start block with eth_getLogs, then follows new blocks (websocket subscription
/// where the RPC offers one, polling otherwise), rolling back reorganised blocks. Agents query
/// the database; a crash or restart neither loses nor duplicates anything.
///
/// Every option can also be set by its environment variable or in the JSON config file (key in
/// camelCase, e.g. "rpcUrl"); flags win over the environment, the environment over the file.
#[derive(Debug, Clone, Parser)]
#[command(version, about, long_about, args_conflicts_with_subcommands = true)]
pub struct Args {
    /// `serve`: only serve the HTTP API from a database (read-only), for API replicas.
    #[command(subcommand)]
    pub command: Option<Command>,

    /// Serve the HTTP API (docs/API.md) on this address while indexing, e.g. 127.0.0.1:8080
    /// [default: no API].
    #[arg(long, env = "ECHORIFT_LISTEN")]
    pub listen: Option<std::net::SocketAddr>,

    /// JSON config file with any of the options below as camelCase keys (rpcUrl, wsUrl, follow,
    /// deployments, contracts {"NAME": "ADDRESS"}, chainId, startBlock, db, confirmations,
    /// reorgWindow, pollIntervalMs, concurrency, targetLogs, initialRange, maxRange, queue,
    /// rpcTimeout, logFormat, listen).
    #[arg(long, env = "ECHORIFT_INDEXER_CONFIG")]
    pub config: Option<PathBuf>,

    /// JSON-RPC endpoint of the chain (http or https) [default: http://127.0.0.1:8545].
    #[arg(long, env = "ECHORIFT_RPC_URL")]
    pub rpc_url: Option<String>,

    /// Websocket endpoint for the newHeads subscription [default: the RPC URL with a ws scheme,
    /// which is where anvil, geth and most providers serve it].
    #[arg(long, env = "ECHORIFT_WS_URL")]
    pub ws_url: Option<String>,

    /// How to learn of new blocks: `auto` subscribes over websocket and polls if that fails,
    /// `subscribe` fails instead, `poll` never subscribes [default: auto].
    #[arg(long, env = "ECHORIFT_FOLLOW", value_enum)]
    pub follow: Option<Follow>,

    /// Deployments file written by the deploy script (deployments/<chainId>.json).
    #[arg(long, env = "ECHORIFT_DEPLOYMENTS")]
    pub deployments: Option<PathBuf>,

    /// A contract to follow, as NAME=ADDRESS (repeatable), instead of --deployments; needs
    /// --chain-id.
    #[arg(long, value_parser = parse_contract, conflicts_with = "deployments")]
    pub contract: Vec<(String, Address)>,

    /// Expected chain id, with --contract.
    #[arg(long, env = "ECHORIFT_CHAIN_ID")]
    pub chain_id: Option<u64>,

    /// First block to index, with --contract [default: 0].
    #[arg(long, env = "ECHORIFT_START_BLOCK")]
    pub start_block: Option<u64>,

    /// The SQLite database file (created if missing) [default: echorift-<chainId>.sqlite].
    #[arg(long, env = "ECHORIFT_DB")]
    pub db: Option<PathBuf>,

    /// Confirmation depth recorded for consumers that want only final data: the status table's
    /// confirmed_block is this many blocks behind the head. The unconfirmed head is indexed and
    /// served as well [default: 12].
    #[arg(long, env = "ECHORIFT_CONFIRMATIONS")]
    pub confirmations: Option<u64>,

    /// Blocks behind the head that may still be reorganised: their hashes are kept and checked,
    /// and a reorg within them is rolled back. A deeper reorg stops the indexer with an error
    /// [default: 128].
    #[arg(long, env = "ECHORIFT_REORG_WINDOW", value_parser = clap::value_parser!(u64).range(1..))]
    pub reorg_window: Option<u64>,

    /// Milliseconds between head polls when not subscribed; with a subscription, the longest
    /// wait before asking anyway [default: 1000].
    #[arg(long, env = "ECHORIFT_POLL_INTERVAL_MS", value_parser = clap::value_parser!(u64).range(1..))]
    pub poll_interval_ms: Option<u64>,

    /// eth_getLogs requests in flight at once [default: 4].
    #[arg(long, env = "ECHORIFT_CONCURRENCY", value_parser = clap::value_parser!(u64).range(1..=64))]
    pub concurrency: Option<u64>,

    /// Logs one eth_getLogs answer should hold; ranges grow or shrink towards it, which bounds
    /// memory [default: 2000].
    #[arg(long, env = "ECHORIFT_TARGET_LOGS", value_parser = clap::value_parser!(u64).range(1..))]
    pub target_logs: Option<u64>,

    /// Blocks in the first eth_getLogs range; later ranges adapt to the answers [default: 1].
    #[arg(long, env = "ECHORIFT_INITIAL_RANGE", value_parser = clap::value_parser!(u64).range(1..))]
    pub initial_range: Option<u64>,

    /// Most blocks in one eth_getLogs range (many providers refuse more than 10,000 or fewer)
    /// [default: 5000].
    #[arg(long, env = "ECHORIFT_MAX_RANGE", value_parser = clap::value_parser!(u64).range(1..))]
    pub max_range: Option<u64>,

    /// Fetched batches waiting for the database at most; with the concurrency and the target,
    /// this bounds memory [default: 2].
    #[arg(long, env = "ECHORIFT_QUEUE", value_parser = clap::value_parser!(u64).range(1..=1024))]
    pub queue: Option<u64>,

    /// Seconds before an RPC call counts as failed (a timed-out eth_getLogs range is split)
    /// [default: 30].
    #[arg(long, env = "ECHORIFT_RPC_TIMEOUT", value_parser = clap::value_parser!(u64).range(1..))]
    pub rpc_timeout: Option<u64>,

    /// Log format on stderr: `text`, or `json` (one object a line, for log collectors)
    /// [default: text].
    #[arg(long, env = "ECHORIFT_LOG_FORMAT", value_enum)]
    pub log_format: Option<LogFormat>,

    /// Never draw the progress bar (it is drawn only when stderr is a terminal and logs are text).
    #[arg(long)]
    pub no_progress: bool,

    /// Only check the chain (chain id, contract code), print the head block and the contracts,
    /// and exit.
    #[arg(long)]
    pub check: bool,

    /// Exit once the head seen at start is indexed, printing a summary (events, seconds,
    /// events/s, peak memory), instead of following the chain.
    #[arg(long)]
    pub until_caught_up: bool,

    /// Print the --check report or the --until-caught-up summary as JSON.
    #[arg(long)]
    pub json: bool,
}

/// Subcommands.
#[derive(Debug, Clone, clap::Subcommand)]
pub enum Command {
    /// Serve the HTTP API from an index database without indexing: the database is opened
    /// read-only, so any number of replicas can serve one database that a daemon writes.
    Serve(ServeArgs),
}

/// `echorift-indexer serve`.
#[derive(Debug, Clone, clap::Args)]
pub struct ServeArgs {
    /// The index database (written by the indexer daemon).
    #[arg(long, env = "ECHORIFT_DB")]
    pub db: PathBuf,

    /// The address to serve on.
    #[arg(long, env = "ECHORIFT_LISTEN", default_value = "127.0.0.1:8080")]
    pub listen: std::net::SocketAddr,

    /// Database connections, and so queries running at once.
    #[arg(long, env = "ECHORIFT_API_CONNECTIONS", default_value_t = 4, value_parser = clap::value_parser!(u64).range(1..=64))]
    pub connections: u64,

    /// Milliseconds a query may run before it is stopped (the request gets a 503).
    #[arg(long, env = "ECHORIFT_API_QUERY_TIMEOUT_MS", default_value_t = 2000, value_parser = clap::value_parser!(u64).range(1..))]
    pub query_timeout_ms: u64,

    /// Log format on stderr: `text` or `json`.
    #[arg(long, env = "ECHORIFT_LOG_FORMAT", value_enum, default_value = "text")]
    pub log_format: LogFormat,
}

/// How new blocks are learnt of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Follow {
    /// Subscribe if the RPC offers it, else poll.
    Auto,
    /// Subscribe, or fail.
    Subscribe,
    /// Poll.
    Poll,
}

/// Log output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    /// Human-readable lines.
    Text,
    /// One JSON object per line.
    Json,
}

/// The config file's keys (all optional).
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct File {
    rpc_url: Option<String>,
    ws_url: Option<String>,
    follow: Option<Follow>,
    deployments: Option<PathBuf>,
    contracts: Option<BTreeMap<String, Address>>,
    chain_id: Option<u64>,
    start_block: Option<u64>,
    db: Option<PathBuf>,
    confirmations: Option<u64>,
    reorg_window: Option<u64>,
    poll_interval_ms: Option<u64>,
    concurrency: Option<u64>,
    target_logs: Option<u64>,
    initial_range: Option<u64>,
    max_range: Option<u64>,
    queue: Option<u64>,
    rpc_timeout: Option<u64>,
    log_format: Option<LogFormat>,
    listen: Option<std::net::SocketAddr>,
}

/// Settings after precedence is applied.
#[derive(Debug, Clone)]
pub struct Settings {
    /// The RPC endpoint.
    pub rpc_url: String,
    /// The websocket endpoint to subscribe on, if any is to be tried.
    pub ws_url: Option<String>,
    /// How new blocks are learnt of.
    pub follow: Follow,
    /// What to index.
    pub deployments: Deployments,
    /// The database file.
    pub db: PathBuf,
    /// Confirmation depth for consumers.
    pub confirmations: u64,
    /// Reorg window.
    pub reorg_window: u64,
    /// Head poll interval.
    pub poll_interval: Duration,
    /// Fetch sizing.
    pub fetch: FetchOptions,
    /// Queue length between fetch and store.
    pub queue: usize,
    /// RPC call timeout.
    pub rpc_timeout: Duration,
    /// Log format.
    pub log_format: LogFormat,
    /// Where to serve the API, if anywhere.
    pub listen: Option<std::net::SocketAddr>,
}

fn parse_contract(value: &str) -> Result<(String, Address), String> {
    let (name, address) = value.split_once('=').ok_or_else(|| format!("expected NAME=ADDRESS, got `{value}`"))?;
    if name.is_empty() {
        return Err(format!("contract name missing in `{value}`"));
    }
    let address = address.parse().map_err(|err| format!("invalid address `{address}` for {name}: {err}"))?;
    Ok((name.to_owned(), address))
}

fn read_file(path: &Path) -> Result<File> {
    let text = std::fs::read_to_string(path).with_context(|| format!("cannot read config file {}", path.display()))?;
    serde_json::from_str(&text).with_context(|| format!("config file {} is malformed", path.display()))
}

fn usize_of(value: u64) -> usize {
    usize::try_from(value).unwrap_or(usize::MAX)
}

impl Args {
    /// The log format, which is needed before anything else can be reported.
    pub fn log_format(&self) -> LogFormat {
        if let Some(Command::Serve(serve)) = &self.command {
            return serve.log_format;
        }
        let from_file = self.config.as_deref().and_then(|path| read_file(path).ok()).and_then(|file| file.log_format);
        self.log_format.or(from_file).unwrap_or(LogFormat::Text)
    }

    /// Applies the precedence: flag, environment, file, default.
    pub fn settings(&self) -> Result<Settings> {
        let file = match &self.config {
            Some(path) => read_file(path)?,
            None => File::default(),
        };
        let rpc_url = self.rpc_url.clone().or(file.rpc_url).unwrap_or_else(|| "http://127.0.0.1:8545".into());
        let deployments = self.deployments_of(file.deployments, file.contracts, file.chain_id, file.start_block)?;
        let ws_url = self.ws_url.clone().or(file.ws_url).or_else(|| websocket_url(&rpc_url));
        let db = self
            .db
            .clone()
            .or(file.db)
            .unwrap_or_else(|| PathBuf::from(format!("echorift-{}.sqlite", deployments.chain_id)));
        let pick = |flag: Option<u64>, file: Option<u64>, default: u64| flag.or(file).unwrap_or(default);
        Ok(Settings {
            ws_url,
            follow: self.follow.or(file.follow).unwrap_or(Follow::Auto),
            deployments,
            db,
            confirmations: pick(self.confirmations, file.confirmations, 12),
            reorg_window: pick(self.reorg_window, file.reorg_window, 128).max(1),
            poll_interval: Duration::from_millis(pick(self.poll_interval_ms, file.poll_interval_ms, 1000).max(1)),
            fetch: FetchOptions {
                concurrency: usize_of(pick(self.concurrency, file.concurrency, 4)).max(1),
                target_logs: usize_of(pick(self.target_logs, file.target_logs, 2000)).max(1),
                initial_range: pick(self.initial_range, file.initial_range, 1).max(1),
                max_range: pick(self.max_range, file.max_range, 5000).max(1),
            },
            queue: usize_of(pick(self.queue, file.queue, 2)).max(1),
            rpc_timeout: Duration::from_secs(pick(self.rpc_timeout, file.rpc_timeout, 30).max(1)),
            log_format: self.log_format.or(file.log_format).unwrap_or(LogFormat::Text),
            listen: self.listen.or(file.listen),
            rpc_url,
        })
    }

    fn deployments_of(
        &self,
        file_deployments: Option<PathBuf>,
        file_contracts: Option<BTreeMap<String, Address>>,
        file_chain_id: Option<u64>,
        file_start_block: Option<u64>,
    ) -> Result<Deployments> {
        // Contracts given here (flags) replace a deployments file given in the config file.
        if let Some(path) = &self.deployments {
            return Ok(Deployments::load(path)?);
        }
        let contracts: BTreeMap<String, Address> = if self.contract.is_empty() {
            file_contracts.unwrap_or_default()
        } else {
            self.contract.iter().cloned().collect()
        };
        if contracts.is_empty() {
            return match file_deployments {
                Some(path) => Ok(Deployments::load(&path)?),
                None => bail!("give --deployments, or --contract NAME=ADDRESS with --chain-id"),
            };
        }
        let Some(chain_id) = self.chain_id.or(file_chain_id) else {
            bail!("--contract needs --chain-id (the chain the contracts are on)");
        };
        Ok(Deployments { chain_id, start_block: self.start_block.or(file_start_block).unwrap_or(0), contracts })
    }
}

/// The websocket form of an http(s) URL.
fn websocket_url(rpc_url: &str) -> Option<String> {
    rpc_url
        .strip_prefix("http://")
        .map(|rest| format!("ws://{rest}"))
        .or_else(|| rpc_url.strip_prefix("https://").map(|rest| format!("wss://{rest}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch_config(text: &str) -> anyhow::Result<(tempfile::TempDir, String)> {
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("indexer.json");
        std::fs::write(&path, text)?;
        Ok((dir, path.to_string_lossy().into_owned()))
    }

    #[test]
    fn flags_beat_the_file_and_the_file_beats_defaults() -> anyhow::Result<()> {
        let (_dir, config) = scratch_config(
            r#"{"rpcUrl": "http://file:1", "chainId": 5, "contracts": {"TaskBoard": "0x5FbDB2315678afecb367f032d93F642f64180aa3"},
                "confirmations": 3, "db": "file.sqlite", "follow": "poll", "listen": "127.0.0.1:8080"}"#,
        )?;
        let args = Args::try_parse_from(["echorift-indexer", "--config", &config, "--rpc-url", "http://flag:2"])?;
        let settings = args.settings()?;
        assert_eq!(settings.rpc_url, "http://flag:2", "a flag wins over the file");
        assert_eq!(settings.ws_url.as_deref(), Some("ws://flag:2"), "the websocket follows the RPC URL");
        assert_eq!(settings.confirmations, 3, "the file wins over the default");
        assert_eq!(settings.db, PathBuf::from("file.sqlite"));
        assert_eq!(settings.follow, Follow::Poll);
        assert_eq!(settings.deployments.chain_id, 5);
        assert_eq!(settings.reorg_window, 128, "the default when nobody says");
        assert_eq!(settings.listen, Some(std::net::SocketAddr::from(([127, 0, 0, 1], 8080))));
        Ok(())
    }

    #[test]
    fn unknown_config_key_is_refused() -> anyhow::Result<()> {
        let (_dir, config) = scratch_config(r#"{"rpcURL": "http://x"}"#)?;
        let args = Args::try_parse_from(["echorift-indexer", "--config", &config])?;
        let err = args.settings().expect_err("a misspelt key must not be ignored");
        assert!(format!("{err:#}").contains("unknown field `rpcURL`"), "{err:#}");
        Ok(())
    }

    #[test]
    fn contracts_need_a_chain_id() -> anyhow::Result<()> {
        let args = Args::try_parse_from([
            "echorift-indexer",
            "--contract",
            "TaskBoard=0x5FbDB2315678afecb367f032d93F642f64180aa3",
        ])?;
        let err = args.settings().expect_err("no chain id");
        assert!(err.to_string().contains("--chain-id"), "{err}");
        Ok(())
    }
}
