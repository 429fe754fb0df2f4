//! `echorift task`: the whole life of a task. Its terms travel in a JSON file written at posting
//! (`--out`), since every later call passes them again.

use std::path::PathBuf;

use alloy::primitives::{Address, B256, U256};
use anyhow::Result;
use clap::{Args, Subcommand};
use echorift_sdk::{Client, bindings::task_board::ITaskBoard::Task, escrow::SignedAuthorization};

use crate::{
    attest::AttestationFile,
    context::{Deadline, SharedTerms, hash_arg, read_json, token_or_default, write_json},
    output::Report,
};

/// The terms of a new task.
#[derive(Debug, Args)]
pub(crate) struct NewTask {
    /// What the worker earns, in base units.
    #[arg(long)]
    reward: U256,
    /// What a worker deposits to claim, in base units.
    #[arg(long, default_value = "0")]
    stake: U256,
    /// After it, an unsubmitted task expires: unix seconds or +N[s|m|h|d].
    #[arg(long, value_parser = Deadline::parse, default_value = "+1d")]
    deadline: Deadline,
    #[command(flatten)]
    shared: SharedTerms,
    /// Seconds a worker has to submit after claiming.
    #[arg(long, default_value_t = 3_600)]
    claim_duration: u32,
    /// Seconds the poster has to review a submission.
    #[arg(long, default_value_t = 3_600)]
    review_window: u32,
    /// Seconds the worker has to dispute a rejection.
    #[arg(long, default_value_t = 3_600)]
    dispute_window: u32,
    /// A validator's attestation of this schema accepts a submission...
    #[arg(long, value_parser = hash_arg, requires = "validator")]
    validation_schema: Option<B256>,
    /// ...made by this validator.
    #[arg(long, requires = "validation_schema")]
    validator: Option<Address>,
    /// The specification: its hash (hex) or its text (hashed).
    #[arg(long, value_parser = hash_arg)]
    spec: B256,
    /// Where the specification is.
    #[arg(long, default_value = "")]
    spec_uri: String,
    /// Who posts [default: the signer].
    #[arg(long)]
    poster: Option<Address>,
}

/// A task file argument.
#[derive(Debug, Args)]
pub(crate) struct TaskFile {
    /// The task file written by `task post --out` or `task sign --out`.
    #[arg(long)]
    task: PathBuf,
}

impl TaskFile {
    fn load(&self) -> Result<Task> {
        read_json(&self.task, "task")
    }
}

/// `echorift task ...`
#[derive(Debug, Subcommand)]
pub(crate) enum TaskCommand {
    /// Posts a task, approving the reward first (unless --no-approve or ETH).
    Post {
        #[command(flatten)]
        task: NewTask,
        /// Use an existing allowance.
        #[arg(long)]
        no_approve: bool,
        /// Write the task's terms here (later calls need them).
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// The poster signs an EIP-3009 authorization funding the reward, for anyone to relay.
    Sign {
        #[command(flatten)]
        task: NewTask,
        /// Valid until (unix seconds or +N[s|m|h|d]).
        #[arg(long, value_parser = Deadline::parse, default_value = "+1h")]
        valid_until: Deadline,
        /// Write the task, its URI and the signature here.
        #[arg(long)]
        out: PathBuf,
    },
    /// Posts a task with a poster's signed authorization (the signer pays the gas).
    Relay {
        /// The file `task sign` wrote.
        signed: PathBuf,
    },
    /// The poster cancels an unclaimed task.
    Cancel(TaskFile),
    /// Claims a task, approving the stake first if there is one.
    Claim(TaskFile),
    /// The worker gives the task up.
    Unclaim(TaskFile),
    /// Reopens a task whose worker missed its delivery time.
    Reopen(TaskFile),
    /// The worker submits its result.
    Submit {
        #[command(flatten)]
        task: TaskFile,
        /// The result: its hash (hex) or its text (hashed).
        #[arg(long, value_parser = hash_arg)]
        result: B256,
        /// Where the result is.
        #[arg(long, default_value = "")]
        result_uri: String,
    },
    /// The poster accepts the submission.
    Accept(TaskFile),
    /// Accepts a submission whose review window passed.
    Finalize(TaskFile),
    /// Accepts a submission with the validator's attestation (`attest --out` file).
    AcceptByValidation {
        #[command(flatten)]
        task: TaskFile,
        #[arg(long)]
        proof: PathBuf,
    },
    /// The poster rejects the submission.
    Reject {
        #[command(flatten)]
        task: TaskFile,
        /// Why: a hash (hex) or text (hashed).
        #[arg(long, value_parser = hash_arg)]
        reason: Option<B256>,
    },
    /// The worker disputes a rejection.
    Dispute(TaskFile),
    /// The arbiter rules: TO_WORKER to the worker, its fee, the rest to the poster.
    Resolve {
        #[command(flatten)]
        task: TaskFile,
        #[arg(long)]
        to_worker: U256,
    },
    /// Closes a task whose time ran out.
    Close(TaskFile),
    /// Collects the signer's payments that could not be pushed.
    Withdraw {
        /// The token (zero address for ETH) [default: the deployment's TestToken].
        #[arg(long)]
        token: Option<Address>,
    },
    /// Shows a task's id and state.
    State(TaskFile),
}

/// What `task sign` writes.
#[derive(Debug, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
struct SignedFile {
    task: Task,
    spec_uri: String,
    authorization: SignedAuthorization,
}

pub(crate) async fn new_task(client: &Client, args: NewTask) -> Result<(Task, String)> {
    let task = Task {
        poster: args.poster.unwrap_or(client.address()),
        token: args.shared.token(client)?,
        reward: args.reward,
        stake: args.stake,
        deadline: args.deadline.resolve(client).await?,
        claimDuration: args.claim_duration,
        reviewWindow: args.review_window,
        disputeWindow: args.dispute_window,
        arbiter: args.shared.arbiter,
        arbiterFeeBps: args.shared.fee_bps,
        validationSchema: args.validation_schema.unwrap_or_default(),
        validator: args.validator.unwrap_or_default(),
        specHash: args.spec,
        salt: args.shared.salt(),
    };
    Ok((task, args.spec_uri))
}

pub(crate) async fn run(client: &Client, command: TaskCommand) -> Result<Report> {
    let board = client.tasks()?;
    let closed = |title: &str, sent: echorift_sdk::Sent<echorift_sdk::bindings::task_board::TaskBoard::TaskClosed>| {
        Report::new(title)
            .field("id", sent.value.id)
            .field("toPoster", sent.value.toPoster.to_string())
            .field("toWorker", sent.value.toWorker)
            .transaction(&sent)
    };
    let accepted =
        |title: &str, sent: echorift_sdk::Sent<echorift_sdk::bindings::task_board::TaskBoard::TaskAccepted>| {
            Report::new(title).field("id", sent.value.id).field("worker", sent.value.worker).transaction(&sent)
        };
    Ok(match command {
        TaskCommand::Post { task, no_approve, out } => {
            let (task, spec_uri) = new_task(client, task).await?;
            if !no_approve && !task.token.is_zero() {
                client.token(task.token).approve(board.address(), task.reward).await?;
            }
            let sent = board.post(task.clone(), &spec_uri).await?;
            if let Some(out) = &out {
                write_json(out, &task)?;
            }
            Report::new("task posted").field("id", sent.value.id).field("task", &task).transaction(&sent)
        }
        TaskCommand::Sign { task, valid_until, out } => {
            let (task, spec_uri) = new_task(client, task).await?;
            let valid_before = U256::from(valid_until.resolve(client).await?);
            let authorization = board.sign_authorization(&task, U256::ZERO, valid_before).await?;
            let id = board.id(&task);
            write_json(&out, &SignedFile { task, spec_uri, authorization })?;
            Report::new("task authorization signed").field("id", id).field("file", out)
        }
        TaskCommand::Relay { signed } => {
            let SignedFile { task, spec_uri, authorization } = read_json(&signed, "signed task authorization")?;
            let sent = board.post_with_authorization(task, &spec_uri, authorization).await?;
            Report::new("task posted by authorization").field("id", sent.value.id).transaction(&sent)
        }
        TaskCommand::Cancel(file) => closed("task cancelled", board.cancel(file.load()?).await?),
        TaskCommand::Claim(file) => {
            let task = file.load()?;
            if !task.stake.is_zero() && !task.token.is_zero() {
                client.token(task.token).approve(board.address(), task.stake).await?;
            }
            let sent = board.claim(task).await?;
            Report::new("task claimed").field("id", sent.value.id).field("dueAt", sent.value.dueAt).transaction(&sent)
        }
        TaskCommand::Unclaim(file) => {
            let sent = board.unclaim(file.load()?).await?;
            Report::new("task unclaimed").field("id", sent.value.id).transaction(&sent)
        }
        TaskCommand::Reopen(file) => {
            let sent = board.reopen(file.load()?).await?;
            Report::new("task reopened").field("id", sent.value.id).transaction(&sent)
        }
        TaskCommand::Submit { task, result, result_uri } => {
            let sent = board.submit(task.load()?, result, &result_uri).await?;
            Report::new("result submitted")
                .field("id", sent.value.id)
                .field("reviewEndsAt", sent.value.reviewEndsAt)
                .transaction(&sent)
        }
        TaskCommand::Accept(file) => accepted("task accepted", board.accept(file.load()?).await?),
        TaskCommand::Finalize(file) => accepted("task finalized", board.finalize(file.load()?).await?),
        TaskCommand::AcceptByValidation { task, proof } => {
            let proof: AttestationFile = read_json(&proof, "attestation")?;
            accepted("task accepted by validation", board.accept_by_validation(task.load()?, proof.content()).await?)
        }
        TaskCommand::Reject { task, reason } => {
            let sent = board.reject(task.load()?, reason.unwrap_or_default()).await?;
            Report::new("task rejected")
                .field("id", sent.value.id)
                .field("disputeEndsAt", sent.value.disputeEndsAt)
                .transaction(&sent)
        }
        TaskCommand::Dispute(file) => {
            let sent = board.dispute(file.load()?).await?;
            Report::new("task disputed").field("id", sent.value.id).transaction(&sent)
        }
        TaskCommand::Resolve { task, to_worker } => {
            let sent = board.resolve(task.load()?, to_worker).await?;
            let resolved = &sent.value;
            Report::new("task resolved")
                .field("id", resolved.id)
                .field("toWorker", resolved.toWorker)
                .field("toPoster", resolved.toPoster.to_string())
                .field("fee", resolved.fee)
                .transaction(&sent)
        }
        TaskCommand::Close(file) => closed("task closed", board.close(file.load()?).await?),
        TaskCommand::Withdraw { token } => {
            let sent = board.withdraw(token_or_default(client, token)?).await?;
            Report::new("withdrawn").field("amount", sent.value.amount).transaction(&sent)
        }
        TaskCommand::State(file) => {
            let id = board.id(&file.load()?);
            let state = board.state(id).await?;
            Report::new("task")
                .field("id", id)
                .field("status", state.status)
                .field("worker", state.worker)
                .field("since", state.since)
        }
    })
}
