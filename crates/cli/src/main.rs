//! `echorift`: an agent's actions on EchoRift from the command line, a local devnet, and the
//! deterministic deployment. Text output by default, `--json` for machines (docs/CLI.md).
//!
//! Exit status: 0 on success, 2 on any error (bad flags or config, an unreadable file, an
//! unreachable RPC, the wrong chain, a reverted transaction, whose custom error is named).

use std::{path::PathBuf, process::ExitCode};

use alloy::primitives::B256;
use anyhow::Result;
use clap::{Parser, Subcommand};

mod attest;
mod config;
mod context;
mod devnet;
mod escrow;
mod guard;
mod output;
mod query;
mod task;
mod token;

/// Act on EchoRift: attestations, escrows, tasks, spending policies; run a devnet; deploy.
#[derive(Debug, Parser)]
#[command(name = "echorift", version, about)]
struct Cli {
    #[command(flatten)]
    global: config::Global,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Starts anvil on a loopback port, deploys EchoRift, prints keys and addresses; runs until Ctrl-C.
    Devnet(devnet::DevnetArgs),
    /// Deploys EchoRift at its deterministic addresses on --rpc-url (skips what is there).
    Deploy(devnet::DeployArgs),
    /// Attestation schemas.
    #[command(subcommand)]
    Schema(attest::SchemaCommand),
    /// Attests (or, with --sign-only, signs a delegated attestation for a relayer).
    Attest(attest::AttestArgs),
    /// Relays a delegated attestation another agent signed.
    RelayAttestation {
        /// The file `attest --sign-only --out` wrote.
        file: PathBuf,
    },
    /// Revokes one of the signer's attestations.
    Revoke {
        /// The attestation id.
        uid: B256,
        /// Why: a hash (hex) or text (hashed).
        #[arg(long, value_parser = context::hash_arg)]
        reason: Option<B256>,
    },
    /// Escrows: open, release, refund, dispute, resolve...
    #[command(subcommand)]
    Escrow(escrow::EscrowCommand),
    /// Tasks: post, claim, submit, accept, reject, dispute, resolve...
    #[command(subcommand)]
    Task(task::TaskCommand),
    /// Spending policies: grant, spend, change, pause, reset, revoke...
    #[command(subcommand)]
    Guard(guard::GuardCommand),
    /// Token balances, approvals, test-token minting.
    #[command(subcommand)]
    Token(token::TokenCommand),
    /// Queries the indexer's HTTP API (--api-url): tasks, escrows, attestations, schemas, policies, status.
    #[command(subcommand)]
    Query(query::QueryCommand),
    /// What an address can and should do now (the indexer's inbox, at chain time).
    Inbox {
        /// The agent's address.
        address: alloy::primitives::Address,
    },
    /// Checks a record of the API against the chain: re-reads its transaction's receipt from
    /// --rpc-url and compares block, block hash, log index and the decoded event.
    Verify(query::VerifyArgs),
}

async fn run(cli: Cli) -> Result<()> {
    let settings = cli.global.settings()?;
    let json = cli.global.json;
    let report = match cli.command {
        Command::Devnet(args) => return devnet::devnet(&settings, args, json).await,
        Command::Deploy(args) => devnet::deploy(&settings, args).await?,
        Command::Query(command) => return query::query(&settings, command, json).await,
        Command::Inbox { address } => return query::inbox(&settings, address, json).await,
        Command::Verify(args) => return query::verify_record(&settings, args, json).await,
        command => {
            let client = context::connect(&settings).await?;
            match command {
                Command::Schema(command) => attest::schema(&client, command).await?,
                Command::Attest(args) => attest::attest(&client, args).await?,
                Command::RelayAttestation { file } => attest::relay(&client, file).await?,
                Command::Revoke { uid, reason } => attest::revoke(&client, uid, reason).await?,
                Command::Escrow(command) => escrow::run(&client, command).await?,
                Command::Task(command) => task::run(&client, command).await?,
                Command::Guard(command) => guard::run(&client, command).await?,
                Command::Token(command) => token::run(&client, command).await?,
                Command::Devnet(_)
                | Command::Deploy(_)
                | Command::Query(_)
                | Command::Inbox { .. }
                | Command::Verify(_) => unreachable!("handled above"),
            }
        }
    };
    report.print(json);
    Ok(())
}

#[tokio::main]
async fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("echorift: {error:#}");
            ExitCode::from(2)
        }
    }
}
