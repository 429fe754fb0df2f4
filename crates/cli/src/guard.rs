//! `echorift guard`: an operator grants an agent a spending policy and tightens or loosens it;
//! the agent spends within it (directly, into an escrow, or as a task reward). The policy's key
//! travels in a JSON file written at grant (`--out`), since every call names the policy by it.

use std::path::PathBuf;

use alloy::primitives::{Address, B256, U256, aliases::U40};
use anyhow::{Result, bail};
use clap::{Args, Subcommand};
use echorift_sdk::{
    Client, Sent,
    bindings::spending_guard::ISpendingGuard::{Policy, PolicyKey, State},
    guard::{Change, Spend, trip_reason},
};

use crate::{
    context::{Deadline, read_json, salt_or_fresh, seconds32_arg, token_or_default, write_json},
    escrow::{NewTerms, new_terms},
    output::Report,
    task::{NewTask, new_task},
};

/// A policy's limits, as flags. At grant, unset flags take the defaults shown; at change, unset
/// flags keep the policy's current value.
#[derive(Debug, Args)]
pub(crate) struct Limits {
    /// What the agent may spend per period, in base units.
    #[arg(long)]
    budget: Option<u128>,
    /// The largest single payment, in base units; 0 for no cap beyond the budget.
    #[arg(long)]
    max_payment: Option<u128>,
    /// Outflow within --breaker-window that trips the breaker, in base units; 0 for none.
    #[arg(long)]
    breaker_threshold: Option<u128>,
    /// The breaker's window: N[s|m|h|d] [grant default: 1h].
    #[arg(long, value_parser = seconds32_arg)]
    breaker_window: Option<u32>,
    /// Never-paid recipients within the window that trip the breaker when exceeded; 0 for no such rule.
    #[arg(long)]
    max_new_recipients: Option<u16>,
    /// Who may pause the policy (and cancel loosenings) [grant default: none].
    #[arg(long)]
    guardian: Option<Address>,
    /// How long a loosening waits: N[s|m|h|d] [grant default: 1d].
    #[arg(long, value_parser = seconds32_arg)]
    loosen_delay: Option<u32>,
    /// Whether only allowlisted recipients may be paid (true or false).
    #[arg(long)]
    allowlist_only: Option<bool>,
    /// When spending stops: unix seconds or +N[s|m|h|d]; 0 for never.
    #[arg(long, value_parser = Deadline::parse)]
    end: Option<Deadline>,
}

impl Limits {
    /// `base` with every given flag applied.
    async fn apply(self, client: &Client, mut base: Policy) -> Result<Policy> {
        let set = |target: &mut u128, value: Option<u128>| *target = value.unwrap_or(*target);
        set(&mut base.budget, self.budget);
        set(&mut base.maxPayment, self.max_payment);
        set(&mut base.breakerThreshold, self.breaker_threshold);
        base.breakerWindow = self.breaker_window.unwrap_or(base.breakerWindow);
        base.maxNewRecipients = self.max_new_recipients.unwrap_or(base.maxNewRecipients);
        base.guardian = self.guardian.unwrap_or(base.guardian);
        base.loosenDelay = self.loosen_delay.unwrap_or(base.loosenDelay);
        base.allowlistOnly = self.allowlist_only.unwrap_or(base.allowlistOnly);
        if let Some(end) = self.end {
            base.end = match end {
                Deadline::At(0) => U40::ZERO,
                end => U40::from(end.resolve(client).await?),
            };
        }
        Ok(base)
    }
}

/// The policy key file argument.
#[derive(Debug, Args)]
pub(crate) struct PolicyFile {
    /// The policy key file written by `guard grant --out`.
    #[arg(long)]
    policy: PathBuf,
}

impl PolicyFile {
    fn load(&self) -> Result<PolicyKey> {
        read_json(&self.policy, "policy key")
    }
}

/// `echorift guard ...`
#[derive(Debug, Subcommand)]
pub(crate) enum GuardCommand {
    /// The operator (the signer) grants AGENT a policy over its tokens; approve the guard too
    /// (`echorift token approve SpendingGuard AMOUNT`).
    Grant {
        /// The agent key allowed to spend.
        #[arg(long)]
        agent: Address,
        /// The token [default: the deployment's TestToken].
        #[arg(long)]
        token: Option<Address>,
        /// The budget period: N[s|m|h|d].
        #[arg(long, value_parser = seconds32_arg, default_value = "1d")]
        period: u32,
        /// When spending may begin (anchors the periods): unix seconds or +N[s|m|h|d] [default: now].
        #[arg(long, value_parser = Deadline::parse)]
        start: Option<Deadline>,
        #[command(flatten)]
        limits: Limits,
        /// Recipients allowlisted at once (repeat the flag).
        #[arg(long = "allow")]
        allowed: Vec<Address>,
        /// A salt telling several policies for the same agent and token apart [default: fresh].
        #[arg(long)]
        salt: Option<B256>,
        /// Write the policy key here (every later call needs it).
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// The agent pays AMOUNT to TO from the operator's tokens.
    Spend {
        #[command(flatten)]
        policy: PolicyFile,
        #[arg(long)]
        to: Address,
        #[arg(long)]
        amount: U256,
    },
    /// The agent opens an escrow (it is the payer) funded from the operator's tokens.
    SpendToEscrow {
        #[command(flatten)]
        policy: PolicyFile,
        #[command(flatten)]
        terms: NewTerms,
        /// Write the escrow terms here (the escrow commands need them).
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// The agent posts a task (it is the poster) whose reward comes from the operator's tokens.
    SpendToTask {
        #[command(flatten)]
        policy: PolicyFile,
        #[command(flatten)]
        task: NewTask,
        /// Write the task here (the task commands need it).
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// The operator changes the limits: at once if nothing loosens, else queued for the delay.
    Change {
        #[command(flatten)]
        policy: PolicyFile,
        #[command(flatten)]
        limits: Limits,
    },
    /// Anyone applies a queued loosening once its delay has passed.
    Apply(PolicyFile),
    /// The operator or the guardian cancels a queued loosening.
    Cancel(PolicyFile),
    /// The operator allowlists recipients (payable after the delay).
    Allow {
        #[command(flatten)]
        policy: PolicyFile,
        #[arg(required = true)]
        recipients: Vec<Address>,
    },
    /// The operator or the guardian removes recipients from the allowlist at once.
    Disallow {
        #[command(flatten)]
        policy: PolicyFile,
        #[arg(required = true)]
        recipients: Vec<Address>,
    },
    /// The operator or the guardian pauses the policy at once.
    Pause(PolicyFile),
    /// The operator queues an unpause (effective after the delay).
    Unpause(PolicyFile),
    /// The operator resets a tripped breaker.
    Reset(PolicyFile),
    /// The operator or the agent revokes the policy for good.
    Revoke(PolicyFile),
    /// Shows a policy's limits, state and remaining budget.
    State(PolicyFile),
}

/// A policy's limits as JSON: amounts as decimal strings (serde would write u128 as numbers,
/// and fail above 2^64), times and counts as numbers.
fn policy_json(policy: &Policy) -> serde_json::Value {
    serde_json::json!({
        "budget": policy.budget.to_string(),
        "maxPayment": policy.maxPayment.to_string(),
        "breakerThreshold": policy.breakerThreshold.to_string(),
        "start": policy.start.to::<u64>(),
        "end": policy.end.to::<u64>(),
        "period": policy.period,
        "maxNewRecipients": policy.maxNewRecipients,
        "guardian": policy.guardian,
        "breakerWindow": policy.breakerWindow,
        "loosenDelay": policy.loosenDelay,
        "allowlistOnly": policy.allowlistOnly,
    })
}

/// A policy's moving parts as JSON, flags spelled out.
fn state_json(state: &State) -> serde_json::Value {
    serde_json::json!({
        "spent": state.spent.to_string(),
        "periodIndex": state.periodIndex.to::<u64>(),
        "breakerLevel": state.breakerLevel.to_string(),
        "levelAt": state.levelAt.to::<u64>(),
        "newRecipients": state.newRecipients,
        "paused": state.flags & 1 != 0,
        "tripped": state.flags & 2 != 0,
        "revoked": state.flags & 4 != 0,
        "unpauseAt": state.unpauseAt.to::<u64>(),
        "changeAt": state.changeAt.to::<u64>(),
    })
}

/// A policy call's report: its title, the policy id and the transaction.
fn done<T>(title: &str, id: B256, sent: &Sent<T>) -> Report {
    Report::new(title).field("id", id).transaction(sent)
}

/// A spend's report, or an error when the breaker tripped instead (nothing was paid).
fn spent(sent: Sent<Spend>, title: &str) -> Result<Report> {
    match &sent.value {
        Spend::Paid(paid) => Ok(Report::new(title)
            .field("id", paid.id)
            .field("to", paid.to)
            .field("amount", paid.amount)
            .field("spentInPeriod", paid.spentInPeriod.to_string())
            .field("ref", paid.r#ref)
            .transaction(&sent)),
        Spend::Tripped(trip) => bail!(
            "the circuit breaker tripped ({}: {} observed) on a payment of {} to {}; nothing was paid and the \
             policy stays tripped until the operator resets it (transaction {})",
            trip_reason(trip.reason),
            trip.observed,
            trip.amount,
            trip.to,
            sent.transaction_hash
        ),
    }
}

pub(crate) async fn run(client: &Client, command: GuardCommand) -> Result<Report> {
    let guard = client.guard()?;
    match command {
        GuardCommand::Grant { agent, token, period, start, limits, allowed, salt, out } => {
            let key = PolicyKey {
                operator: client.address(),
                agent,
                token: token_or_default(client, token)?,
                salt: salt_or_fresh(salt),
            };
            let start = match start {
                Some(start) => U40::from(start.resolve(client).await?),
                None => U40::ZERO,
            };
            let defaults = Policy { period, start, breakerWindow: 3_600, loosenDelay: 86_400, ..Default::default() };
            let policy = limits.apply(client, defaults).await?;
            if policy.budget == 0 {
                bail!("--budget is required: what the agent may spend per period, in base units");
            }
            let sent = guard.grant(key.clone(), policy, allowed).await?;
            if let Some(out) = &out {
                write_json(out, &key)?;
            }
            Ok(Report::new("policy granted")
                .field("id", sent.value.id)
                .field("key", &key)
                .field("policy", policy_json(&sent.value.policy))
                .transaction(&sent))
        }
        GuardCommand::Spend { policy, to, amount } => spent(guard.spend(policy.load()?, to, amount).await?, "spent"),
        GuardCommand::SpendToEscrow { policy, terms, out } => {
            let terms = new_terms(client, terms).await?;
            let report = spent(guard.spend_to_escrow(policy.load()?, terms.clone()).await?, "escrow funded")?;
            if let Some(out) = &out {
                write_json(out, &terms)?;
            }
            Ok(report)
        }
        GuardCommand::SpendToTask { policy, task, out } => {
            let (task, spec_uri) = new_task(client, task).await?;
            let report = spent(guard.spend_to_task(policy.load()?, task.clone(), &spec_uri).await?, "task funded")?;
            if let Some(out) = &out {
                write_json(out, &task)?;
            }
            Ok(report)
        }
        GuardCommand::Change { policy, limits } => {
            let key = policy.load()?;
            let current = guard.policy(guard.id(&key)).await?;
            let sent = guard.change(key, limits.apply(client, current).await?).await?;
            Ok(match &sent.value {
                Change::Applied(changed) => {
                    Report::new("policy changed").field("id", changed.id).field("policy", policy_json(&changed.policy))
                }
                Change::Queued(queued) => Report::new("loosening queued")
                    .field("id", queued.id)
                    .field("policy", policy_json(&queued.policy))
                    .field("effectiveAt", queued.effectiveAt.to::<u64>()),
            }
            .transaction(&sent))
        }
        GuardCommand::Apply(policy) => {
            let sent = guard.apply_change(policy.load()?).await?;
            Ok(done("loosening applied", sent.value.id, &sent).field("policy", policy_json(&sent.value.policy)))
        }
        GuardCommand::Cancel(policy) => {
            let sent = guard.cancel_change(policy.load()?).await?;
            Ok(done("loosening cancelled", sent.value.id, &sent))
        }
        GuardCommand::Allow { policy, recipients } => {
            let sent = guard.allow_recipients(policy.load()?, recipients).await?;
            Ok(done("recipients allowed", sent.value.id, &sent)
                .field("recipients", &sent.value.recipients)
                .field("allowedFrom", sent.value.allowedFrom.to::<u64>()))
        }
        GuardCommand::Disallow { policy, recipients } => {
            let sent = guard.remove_recipients(policy.load()?, recipients).await?;
            Ok(done("recipients removed", sent.value.id, &sent).field("recipients", &sent.value.recipients))
        }
        GuardCommand::Pause(policy) => {
            let sent = guard.pause(policy.load()?).await?;
            Ok(done("policy paused", sent.value.id, &sent))
        }
        GuardCommand::Unpause(policy) => {
            let sent = guard.unpause(policy.load()?).await?;
            Ok(done("unpause queued", sent.value.id, &sent).field("effectiveAt", sent.value.effectiveAt.to::<u64>()))
        }
        GuardCommand::Reset(policy) => {
            let sent = guard.reset_breaker(policy.load()?).await?;
            Ok(done("breaker reset", sent.value.id, &sent))
        }
        GuardCommand::Revoke(policy) => {
            let sent = guard.revoke(policy.load()?).await?;
            Ok(done("policy revoked", sent.value.id, &sent).field("by", sent.value.by))
        }
        GuardCommand::State(policy) => {
            let id = guard.id(&policy.load()?);
            let (limits, state, remaining) =
                (guard.policy(id).await?, guard.state(id).await?, guard.remaining(id).await?);
            if limits.period == 0 {
                bail!("no policy {id} in the guard at {}", guard.address());
            }
            Ok(Report::new("policy")
                .field("id", id)
                .field("policy", policy_json(&limits))
                .field("state", state_json(&state))
                .field("remaining", remaining))
        }
    }
}
