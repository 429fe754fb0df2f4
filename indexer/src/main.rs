//! `echorift-indexer`: follows EchoRift contract events into SQLite (see `--help`).
//!
//! Exit status: 0 after a clean shutdown (SIGINT/SIGTERM), a successful `--check` or
//! `--until-caught-up`; 2 on any error (bad flags or config, an unreadable deployments file, an
//! unreachable RPC, the wrong chain, a missing contract, an unusable database), named in one
//! line on stderr.

use std::{io::IsTerminal, process::ExitCode, sync::Arc, time::Instant};

use alloy::{
    providers::{Provider, ProviderBuilder, WsConnect},
    transports::http::reqwest::Url,
};
use anyhow::{Context, Result, bail};
use clap::Parser;
use echorift_indexer::{
    api,
    config::{Args, Command, Follow, LogFormat, ServeArgs, Settings},
    contracts,
    fetch::Fetcher,
    pipeline::{self, Heads, Summary},
    preflight,
    progress::Progress,
    rpc::Rpc,
    store::{Identity, SqliteStore},
};
use serde_json::json;
use tokio::sync::watch;
use tracing_subscriber::EnvFilter;

async fn run(args: Args, started: Instant) -> Result<()> {
    if let Some(Command::Serve(serve)) = &args.command {
        return run_serve(serve).await;
    }
    let settings = args.settings()?;
    let deployments = &settings.deployments;
    let url: Url = settings.rpc_url.parse().with_context(|| format!("invalid RPC URL `{}`", settings.rpc_url))?;
    let provider = ProviderBuilder::new().connect_http(url).erased();
    tracing::info!(rpc = %settings.rpc_url, chain_id = deployments.chain_id, "checking the chain");

    let report = tokio::time::timeout(settings.rpc_timeout, preflight(&provider, deployments))
        .await
        .with_context(|| {
            format!("the RPC at {} did not answer within {}s", settings.rpc_url, settings.rpc_timeout.as_secs())
        })?
        .with_context(|| format!("checking the chain at {}", settings.rpc_url))?;
    if args.check {
        if args.json {
            println!("{}", serde_json::to_string_pretty(&report)?);
        } else {
            print!("{report}");
        }
        return Ok(());
    }

    let mut followed = Vec::new();
    for (name, &address) in &deployments.contracts {
        match contracts::contract(name) {
            Some(contract) => followed.push((name.clone(), address, contract)),
            None => tracing::info!(contract = %name, %address, "not indexed: the indexer has no decoder for it"),
        }
    }
    if followed.is_empty() {
        let known: Vec<_> = contracts::CONTRACTS.iter().map(|contract| contract.name).collect();
        bail!("none of the deployment's contracts is one the indexer knows ({})", known.join(", "));
    }

    let identity = Identity {
        chain_id: deployments.chain_id,
        start_block: deployments.start_block,
        contracts: followed.iter().map(|(name, address, _)| (name.clone(), *address)).collect(),
    };
    let mut store = SqliteStore::open(&settings.db, &identity, settings.reorg_window, settings.confirmations).await?;
    let start_block = store.start_block().await?;
    tracing::info!(db = %settings.db.display(), start_block, head = report.head.number, "indexing");

    let shutdown = shutdown_on_signals()?;
    let api = match settings.listen {
        Some(addr) => {
            let listener = api::bind(addr).await?;
            let options = api::Options { mode: "daemon", ..api::Options::default() };
            let db = settings.db.clone();
            let stop = shutdown.clone();
            Some(tokio::spawn(async move {
                if let Err(err) = api::serve(listener, &db, options, stop).await {
                    tracing::error!(%err, "the API stopped");
                }
            }))
        }
        None => None,
    };

    let rpc = Rpc::new(provider, settings.rpc_timeout);
    let fetcher = Arc::new(Fetcher::new(rpc.clone(), &followed, settings.fetch));
    let heads = heads(&settings).await?;
    let options = pipeline::Options {
        start_block,
        reorg_window: settings.reorg_window,
        poll_interval: settings.poll_interval,
        queue: settings.queue,
        until_caught_up: args.until_caught_up,
    };
    let bar = !args.no_progress && settings.log_format == LogFormat::Text && std::io::stderr().is_terminal();
    let mut progress = Progress::new(bar);
    let summary = pipeline::run(&mut store, rpc, fetcher, heads, options, &mut progress, shutdown).await?;
    if let Some(api) = api {
        // The pipeline stops on a signal, which stops the API too; after --until-caught-up, the
        // API stops with it.
        api.abort();
    }
    report_summary(&args, &summary, started);
    Ok(())
}

/// `serve`: the API alone, over a database opened read-only, until SIGINT/SIGTERM.
async fn run_serve(serve: &ServeArgs) -> Result<()> {
    let listener = api::bind(serve.listen).await?;
    let options = api::Options {
        mode: "serve",
        connections: usize::try_from(serve.connections).unwrap_or(4),
        query_timeout: std::time::Duration::from_millis(serve.query_timeout_ms),
        ..api::Options::default()
    };
    let shutdown = shutdown_on_signals()?;
    api::serve(listener, &serve.db, options, shutdown).await?;
    Ok(())
}

/// Subscribes to new heads if the settings allow and the RPC offers it.
async fn heads(settings: &Settings) -> Result<Heads> {
    let ws_url = match (settings.follow, &settings.ws_url) {
        (Follow::Poll, _) | (Follow::Auto, None) => return Ok(Heads::Poll),
        (Follow::Subscribe, None) => bail!("--follow subscribe needs a websocket URL (--ws-url)"),
        (_, Some(url)) => url.clone(),
    };
    let subscribe = async {
        let connection = ProviderBuilder::new().connect_ws(WsConnect::new(ws_url.clone())).await?.erased();
        let stream = connection.subscribe_blocks().await?.into_stream();
        Ok::<_, alloy::transports::TransportError>(Heads::Subscription { stream, connection })
    };
    match tokio::time::timeout(settings.rpc_timeout, subscribe).await {
        Ok(Ok(heads)) => {
            tracing::info!(ws = %ws_url, "following new heads by subscription");
            Ok(heads)
        }
        failure if settings.follow == Follow::Auto => {
            let reason = match failure {
                Ok(Err(err)) => err.to_string(),
                _ => "no answer".to_owned(),
            };
            tracing::info!(ws = %ws_url, %reason, "no head subscription; polling");
            Ok(Heads::Poll)
        }
        Ok(Err(err)) => Err(err).with_context(|| format!("subscribing to new heads at {ws_url}")),
        Err(_) => bail!("subscribing to new heads at {ws_url}: no answer within {:?}", settings.rpc_timeout),
    }
}

/// A flag that turns true on SIGINT or SIGTERM.
fn shutdown_on_signals() -> Result<watch::Receiver<bool>> {
    let (sender, receiver) = watch::channel(false);
    let mut terminate = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        .context("cannot listen for SIGTERM")?;
    tokio::spawn(async move {
        tokio::select! {
            _ = tokio::signal::ctrl_c() => {}
            _ = terminate.recv() => {}
        }
        tracing::info!("shutting down: finishing the current batch");
        let _ = sender.send(true);
    });
    Ok(receiver)
}

fn report_summary(args: &Args, summary: &Summary, started: Instant) {
    if !args.until_caught_up {
        tracing::info!(checkpoint = summary.checkpoint, events = summary.events, "stopped");
        return;
    }
    let seconds = started.elapsed().as_secs_f64();
    let peak_rss_mb = peak_rss_mb();
    let events_per_second = summary.events as f64 / seconds.max(1e-9);
    if args.json {
        let value = json!({
            "events": summary.events,
            "blocks": summary.blocks,
            "checkpoint": summary.checkpoint,
            "reorgs": summary.reorgs,
            "seconds": seconds,
            "events_per_second": events_per_second,
            "peak_rss_mb": peak_rss_mb,
        });
        println!("{value}");
    } else {
        println!(
            "indexed {} events in {} blocks up to block {} in {seconds:.2}s ({events_per_second:.0} events/s), peak \
             memory {}",
            summary.events,
            summary.blocks,
            summary.checkpoint.map_or_else(|| "-".to_owned(), |block| block.to_string()),
            peak_rss_mb.map_or_else(|| "unknown".to_owned(), |mb| format!("{mb:.1} MB")),
        );
    }
}

/// The process's peak resident memory (VmHWM), in MB, where /proc tells it.
fn peak_rss_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|line| line.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

fn main() -> ExitCode {
    let started = Instant::now();
    let args = Args::parse();
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info"));
    let subscriber = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr);
    match args.log_format() {
        LogFormat::Json => subscriber.json().init(),
        LogFormat::Text => subscriber.init(),
    }
    let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(runtime) => runtime,
        Err(err) => {
            eprintln!("echorift-indexer: cannot start the async runtime: {err}");
            return ExitCode::from(2);
        }
    };
    match runtime.block_on(run(args, started)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            // One line with the whole context chain, like ripgrep; 2 means "error", as for clap.
            eprintln!("echorift-indexer: {err:#}");
            ExitCode::from(2)
        }
    }
}
