//! The spending guard: an operator grants an agent key a policy (budget per period, cap,
//! allowlist, window, circuit breaker); the agent spends within it, directly or into an escrow or
//! a task; the operator and the guardian tighten at once and loosen after a delay
//! (docs/SPENDING_GUARD.md). Policy ids computed off-chain.

use alloy::{
    primitives::{Address, B256, U256, keccak256},
    providers::DynProvider,
    sol_types::{SolType, SolValue},
};
use echorift_bindings::{
    escrow::IEscrow::Terms,
    spending_guard::{
        IEscrow,
        ISpendingGuard::{Policy, PolicyKey, State},
        ITaskBoard,
        SpendingGuard::{self, SpendingGuardInstance},
    },
    task_board::ITaskBoard::Task,
};
use serde::Serialize;

use crate::{Client, Error, Sent};

/// The id of the policy named by `key` in the guard at `guard` on chain `chain_id`:
/// `keccak256(abi.encode(chainId, guard, key))`.
pub fn policy_id(chain_id: u64, guard: Address, key: &PolicyKey) -> B256 {
    keccak256((U256::from(chain_id), guard, key.clone()).abi_encode())
}

/// What a spend did: paid, or tripped the breaker instead (nothing moved; the policy stays
/// tripped until the operator resets it).
#[derive(Debug, Clone, Serialize)]
pub enum Spend {
    /// Paid: the guard's `Spent` event (its `ref` is the escrow or task id funded, if any).
    Paid(SpendingGuard::Spent),
    /// The breaker tripped: its `BreakerTripped` event says why.
    Tripped(SpendingGuard::BreakerTripped),
}

impl Spend {
    /// Whether the payment went through.
    pub fn paid(&self) -> bool {
        matches!(self, Self::Paid(_))
    }
}

/// The name of a `BreakerTripped` event's `reason` (`ISpendingGuard.Trip`).
pub fn trip_reason(reason: u8) -> &'static str {
    match reason {
        0 => "Outflow",
        1 => "NewRecipients",
        _ => "unknown",
    }
}

/// What a change of limits did: applied at once (it loosens nothing, or the policy has no
/// delay), or queued until its delay has passed.
#[derive(Debug, Clone, Serialize)]
pub enum Change {
    /// Applied: the new limits.
    Applied(SpendingGuard::PolicyChanged),
    /// Queued: apply it with [`Guard::apply_change`] from `effectiveAt`.
    Queued(SpendingGuard::ChangeQueued),
}

/// The spending guard of a client's deployment.
#[derive(Debug, Clone)]
pub struct Guard<'a> {
    client: &'a Client,
    contract: SpendingGuardInstance<DynProvider>,
}

impl<'a> Guard<'a> {
    pub(crate) fn new(client: &'a Client) -> Result<Self, Error> {
        let address = client.deployments().address("SpendingGuard")?;
        Ok(Self { client, contract: SpendingGuard::new(address, client.provider().clone()) })
    }

    /// The guard's address: what the operator approves on the token.
    pub fn address(&self) -> Address {
        *self.contract.address()
    }

    /// The id of the policy named by `key`, computed locally.
    pub fn id(&self, key: &PolicyKey) -> B256 {
        policy_id(self.client.chain_id(), self.address(), key)
    }

    // ----------------------------------------------------------------- agent

    /// The agent (the signer) pays `amount` of the policy's token from the operator to `to`.
    pub async fn spend(&self, key: PolicyKey, to: Address, amount: U256) -> Result<Sent<Spend>, Error> {
        let sent = self.client.send_for_either("SpendingGuard.spend", self.contract.spend(key, to, amount)).await?;
        Ok(spend_outcome(sent))
    }

    /// The agent opens an escrow (`terms.payer` = the agent) funded from the operator's tokens.
    /// When paid, the `Spent` event's `ref` is the escrow id.
    pub async fn spend_to_escrow(&self, key: PolicyKey, terms: Terms) -> Result<Sent<Spend>, Error> {
        let call = self.contract.spendToEscrow(key, rebind::<_, IEscrow::Terms>("IEscrow.Terms", &terms)?);
        Ok(spend_outcome(self.client.send_for_either("SpendingGuard.spendToEscrow", call).await?))
    }

    /// The agent posts a task (`task.poster` = the agent) whose reward comes from the operator's
    /// tokens. When paid, the `Spent` event's `ref` is the task id.
    pub async fn spend_to_task(&self, key: PolicyKey, task: Task, spec_uri: &str) -> Result<Sent<Spend>, Error> {
        let call =
            self.contract.spendToTask(key, rebind::<_, ITaskBoard::Task>("ITaskBoard.Task", &task)?, spec_uri.into());
        Ok(spend_outcome(self.client.send_for_either("SpendingGuard.spendToTask", call).await?))
    }

    // -------------------------------------------------------------- operator

    /// The operator (the signer, `key.operator`) grants `key.agent` a policy and allowlists
    /// `recipients` at once. The operator must also approve the guard on the token.
    pub async fn grant(
        &self,
        key: PolicyKey,
        policy: Policy,
        recipients: Vec<Address>,
    ) -> Result<Sent<SpendingGuard::PolicyGranted>, Error> {
        self.client.send_for("SpendingGuard.grant", self.contract.grant(key, policy, recipients)).await
    }

    /// The operator changes the limits: applied at once if nothing loosens, else queued.
    pub async fn change(&self, key: PolicyKey, policy: Policy) -> Result<Sent<Change>, Error> {
        let sent = self.client.send_for_either("SpendingGuard.change", self.contract.change(key, policy)).await?;
        Ok(sent.map(|outcome| outcome.map_or_else(Change::Queued, Change::Applied)))
    }

    /// Anyone applies a queued loosening whose delay has passed.
    pub async fn apply_change(&self, key: PolicyKey) -> Result<Sent<SpendingGuard::PolicyChanged>, Error> {
        self.client.send_for("SpendingGuard.applyChange", self.contract.applyChange(key)).await
    }

    /// The operator or the guardian cancels a queued loosening.
    pub async fn cancel_change(&self, key: PolicyKey) -> Result<Sent<SpendingGuard::ChangeCancelled>, Error> {
        self.client.send_for("SpendingGuard.cancelChange", self.contract.cancelChange(key)).await
    }

    /// The operator allowlists `recipients`, payable once the policy's delay has passed.
    pub async fn allow_recipients(
        &self,
        key: PolicyKey,
        recipients: Vec<Address>,
    ) -> Result<Sent<SpendingGuard::RecipientsAllowed>, Error> {
        self.client.send_for("SpendingGuard.allowRecipients", self.contract.allowRecipients(key, recipients)).await
    }

    /// The operator or the guardian removes `recipients` from the allowlist at once.
    pub async fn remove_recipients(
        &self,
        key: PolicyKey,
        recipients: Vec<Address>,
    ) -> Result<Sent<SpendingGuard::RecipientsRemoved>, Error> {
        self.client.send_for("SpendingGuard.removeRecipients", self.contract.removeRecipients(key, recipients)).await
    }

    /// The operator or the guardian pauses the policy at once.
    pub async fn pause(&self, key: PolicyKey) -> Result<Sent<SpendingGuard::Paused>, Error> {
        self.client.send_for("SpendingGuard.pause", self.contract.pause(key)).await
    }

    /// The operator queues an unpause, effective after the policy's delay.
    pub async fn unpause(&self, key: PolicyKey) -> Result<Sent<SpendingGuard::UnpauseQueued>, Error> {
        self.client.send_for("SpendingGuard.unpause", self.contract.unpause(key)).await
    }

    /// The operator resets a tripped breaker.
    pub async fn reset_breaker(&self, key: PolicyKey) -> Result<Sent<SpendingGuard::BreakerReset>, Error> {
        self.client.send_for("SpendingGuard.resetBreaker", self.contract.resetBreaker(key)).await
    }

    /// The operator or the agent revokes the policy for good.
    pub async fn revoke(&self, key: PolicyKey) -> Result<Sent<SpendingGuard::Revoked>, Error> {
        self.client.send_for("SpendingGuard.revoke", self.contract.revoke(key)).await
    }

    // ----------------------------------------------------------------- reads

    /// The limits in force of policy `id` (all zero: no such policy).
    pub async fn policy(&self, id: B256) -> Result<Policy, Error> {
        self.client.read("SpendingGuard.getPolicy", self.contract.getPolicy(id)).await
    }

    /// The counters and flags of policy `id`.
    pub async fn state(&self, id: B256) -> Result<State, Error> {
        self.client.read("SpendingGuard.getState", self.contract.getState(id)).await
    }

    /// What the agent may still spend in the current period.
    pub async fn remaining(&self, id: B256) -> Result<U256, Error> {
        self.client.read("SpendingGuard.remaining", self.contract.remaining(id)).await
    }
}

fn spend_outcome(sent: Sent<Result<SpendingGuard::Spent, SpendingGuard::BreakerTripped>>) -> Sent<Spend> {
    sent.map(|outcome| outcome.map_or_else(Spend::Tripped, Spend::Paid))
}

/// The guard's bindings carry their own copy of the escrow's `Terms` and the board's `Task`; the
/// SDK takes the escrow's and the board's (what agents build anyway) and re-encodes them.
fn rebind<A: SolValue, B: SolValue + From<<B::SolType as SolType>::RustType>>(
    what: &'static str,
    value: &A,
) -> Result<B, Error> {
    B::abi_decode(&value.abi_encode()).map_err(|e| Error::Bindings { what, reason: e.to_string() })
}
