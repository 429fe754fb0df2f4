//! The task board: post (approval or a relayed EIP-3009 authorization), cancel, claim, unclaim,
//! reopen, submit, accept, finalize, accept by validation, reject, dispute, resolve, close,
//! withdraw; task ids computed off-chain.

use alloy::{
    primitives::{Address, B256, U256, keccak256},
    providers::DynProvider,
    sol_types::SolValue,
};
use echorift_bindings::task_board::{
    IAttestationRegistry::AttestationContent,
    ITaskBoard::Task,
    TaskBoard::{self, TaskBoardInstance},
};

use crate::{
    Client, Error, Sent,
    escrow::SignedAuthorization,
    registry::{Proof, content_as},
};

/// The id of a task with `task` terms on the board at `board` on chain `chain_id`:
/// `keccak256(abi.encode(chainId, board, task))`.
pub fn task_id(chain_id: u64, board: Address, task: &Task) -> B256 {
    keccak256((U256::from(chain_id), board, task.clone()).abi_encode())
}

/// Where a task is (`ITaskBoard.Status`); the last five are terminal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub enum TaskStatus {
    /// No task with this id.
    None,
    /// Posted, not claimed.
    Open,
    /// A worker claimed it.
    Claimed,
    /// The worker submitted a result.
    Submitted,
    /// The poster rejected the result.
    Rejected,
    /// The worker disputed the rejection.
    Disputed,
    /// Accepted: the worker was paid.
    Completed,
    /// The poster cancelled it.
    Cancelled,
    /// Its deadline passed unsubmitted.
    Expired,
    /// The rejection stood.
    Refused,
    /// The arbiter ruled.
    Resolved,
}

impl TryFrom<u8> for TaskStatus {
    type Error = Error;
    fn try_from(value: u8) -> Result<Self, Error> {
        use TaskStatus::*;
        const ALL: [TaskStatus; 11] =
            [None, Open, Claimed, Submitted, Rejected, Disputed, Completed, Cancelled, Expired, Refused, Resolved];
        ALL.get(usize::from(value)).copied().ok_or(Error::UnknownStatus { what: "task", value })
    }
}

/// What the board stores about one task.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct TaskState {
    /// The current (or last) worker.
    pub worker: Address,
    /// When the current status began.
    pub since: u64,
    /// The task's status.
    pub status: TaskStatus,
}

/// The task board of a client's deployment.
#[derive(Debug, Clone)]
pub struct Tasks<'a> {
    client: &'a Client,
    contract: TaskBoardInstance<DynProvider>,
}

impl<'a> Tasks<'a> {
    pub(crate) fn new(client: &'a Client) -> Result<Self, Error> {
        let address = client.deployments().address("TaskBoard")?;
        Ok(Self { client, contract: TaskBoard::new(address, client.provider().clone()) })
    }

    /// The board's address.
    pub fn address(&self) -> Address {
        *self.contract.address()
    }

    /// The id of a task with these terms, computed locally.
    pub fn id(&self, task: &Task) -> B256 {
        task_id(self.client.chain_id(), self.address(), task)
    }

    /// Posts a task funded by the signer: ETH when `task.token` is zero, else tokens with a
    /// prior approval.
    pub async fn post(&self, task: Task, spec_uri: &str) -> Result<Sent<TaskBoard::TaskPosted>, Error> {
        let value = if task.token.is_zero() { task.reward } else { U256::ZERO };
        self.client.send_for("TaskBoard.post", self.contract.post(task, spec_uri.into()).value(value)).await
    }

    /// The poster (the signer) signs an EIP-3009 authorization funding exactly this task's
    /// reward; anyone can then post it ([`Self::post_with_authorization`]).
    pub async fn sign_authorization(
        &self,
        task: &Task,
        valid_after: U256,
        valid_before: U256,
    ) -> Result<SignedAuthorization, Error> {
        let vrs = self
            .client
            .token(task.token)
            .sign_receive_authorization(self.address(), task.reward, self.id(task), valid_after, valid_before)
            .await?;
        Ok(SignedAuthorization { valid_after, valid_before, vrs })
    }

    /// Relays a poster's authorization: posts the task it funds.
    pub async fn post_with_authorization(
        &self,
        task: Task,
        spec_uri: &str,
        signed: SignedAuthorization,
    ) -> Result<Sent<TaskBoard::TaskPosted>, Error> {
        let SignedAuthorization { valid_after, valid_before, vrs } = signed;
        let call =
            self.contract.postWithAuthorization(task, spec_uri.into(), valid_after, valid_before, vrs.v, vrs.r, vrs.s);
        self.client.send_for("TaskBoard.postWithAuthorization", call).await
    }

    /// The poster cancels an unclaimed task.
    pub async fn cancel(&self, task: Task) -> Result<Sent<TaskBoard::TaskClosed>, Error> {
        self.client.send_for("TaskBoard.cancel", self.contract.cancel(task)).await
    }

    /// Claims an open task, depositing the stake (ETH as value for an ETH task, else tokens with
    /// a prior approval).
    pub async fn claim(&self, task: Task) -> Result<Sent<TaskBoard::TaskClaimed>, Error> {
        let value = if task.token.is_zero() { task.stake } else { U256::ZERO };
        self.client.send_for("TaskBoard.claim", self.contract.claim(task).value(value)).await
    }

    /// The worker gives the task up; its stake comes back.
    pub async fn unclaim(&self, task: Task) -> Result<Sent<TaskBoard::TaskUnclaimed>, Error> {
        self.client.send_for("TaskBoard.unclaim", self.contract.unclaim(task)).await
    }

    /// Anyone reopens a task whose worker missed its delivery time.
    pub async fn reopen(&self, task: Task) -> Result<Sent<TaskBoard::TaskReopened>, Error> {
        self.client.send_for("TaskBoard.reopen", self.contract.reopen(task)).await
    }

    /// The worker submits its result.
    pub async fn submit(
        &self,
        task: Task,
        result_hash: B256,
        result_uri: &str,
    ) -> Result<Sent<TaskBoard::TaskSubmitted>, Error> {
        self.client.send_for("TaskBoard.submit", self.contract.submit(task, result_hash, result_uri.into())).await
    }

    /// The poster accepts the submission.
    pub async fn accept(&self, task: Task) -> Result<Sent<TaskBoard::TaskAccepted>, Error> {
        self.client.send_for("TaskBoard.accept", self.contract.accept(task)).await
    }

    /// Anyone accepts a submission whose review window passed.
    pub async fn finalize(&self, task: Task) -> Result<Sent<TaskBoard::TaskAccepted>, Error> {
        self.client.send_for("TaskBoard.finalize", self.contract.finalize(task)).await
    }

    /// Anyone accepts a submission with the validator's attestation.
    pub async fn accept_by_validation(&self, task: Task, proof: Proof) -> Result<Sent<TaskBoard::TaskAccepted>, Error> {
        self.client
            .send_for(
                "acceptByValidation",
                self.contract.acceptByValidation(task, content_as!(proof, AttestationContent)),
            )
            .await
    }

    /// The poster rejects the submission with a reason hash.
    pub async fn reject(&self, task: Task, reason: B256) -> Result<Sent<TaskBoard::TaskRejected>, Error> {
        self.client.send_for("TaskBoard.reject", self.contract.reject(task, reason)).await
    }

    /// The worker disputes a rejection.
    pub async fn dispute(&self, task: Task) -> Result<Sent<TaskBoard::TaskDisputed>, Error> {
        self.client.send_for("TaskBoard.dispute", self.contract.dispute(task)).await
    }

    /// The arbiter rules: `to_worker` to the worker, its fee, the rest to the poster.
    pub async fn resolve(&self, task: Task, to_worker: U256) -> Result<Sent<TaskBoard::TaskResolved>, Error> {
        self.client.send_for("TaskBoard.resolve", self.contract.resolve(task, to_worker)).await
    }

    /// Anyone closes a task whose time ran out.
    pub async fn close(&self, task: Task) -> Result<Sent<TaskBoard::TaskClosed>, Error> {
        self.client.send_for("TaskBoard.close", self.contract.close(task)).await
    }

    /// Collects the signer's payments in `token` that could not be pushed.
    pub async fn withdraw(&self, token: Address) -> Result<Sent<TaskBoard::Withdrawn>, Error> {
        self.client.send_for("TaskBoard.withdraw", self.contract.withdraw(token)).await
    }

    /// What the board stores about task `id`.
    pub async fn state(&self, id: B256) -> Result<TaskState, Error> {
        let state = self.client.read("TaskBoard.getState", self.contract.getState(id)).await?;
        Ok(TaskState { worker: state.worker, since: state.since.to::<u64>(), status: state.status.try_into()? })
    }
}
