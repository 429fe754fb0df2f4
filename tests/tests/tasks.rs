//! The task board through the generated bindings on a real chain, along its three main paths:
//! the poster accepts; the poster stays silent and anyone finalizes after the review window;
//! the poster rejects, the worker disputes and the arbiter splits. Every path is checked by
//! its events and by where the tokens end up.

use alloy::{
    node_bindings::AnvilInstance,
    primitives::{Address, B256, U256, keccak256},
    providers::{DynProvider, Provider},
};
use echorift_bindings::{
    attestation_registry::AttestationRegistry,
    task_board::{ITaskBoard::Task, TaskBoard},
    test_token::TestToken,
};
use echorift_e2e::{advance_time, chain_now, find_event, spawn_anvil, tasks::task_id, wallet_provider};

const REWARD: u64 = 40_000_000; // 40 tUSD
const STAKE: u64 = 5_000_000; // 5 tUSD
const REVIEW_WINDOW: u32 = 600;

struct Board {
    /// Keeps the chain running for the test's length.
    _anvil: AnvilInstance,
    poster: Address,
    worker: Address,
    arbiter: Address,
    chain_id: u64,
    board: TaskBoard::TaskBoardInstance<DynProvider>,
    as_worker: TaskBoard::TaskBoardInstance<DynProvider>,
    as_arbiter: TaskBoard::TaskBoardInstance<DynProvider>,
    token: TestToken::TestTokenInstance<DynProvider>,
}

/// Sends a call and waits for its receipt, which must show success.
macro_rules! send {
    ($call:expr) => {{
        let receipt = $call.send().await.expect("sends").get_receipt().await.expect("mined");
        assert!(receipt.status(), "transaction reverted: {}", receipt.transaction_hash);
        receipt
    }};
}

impl Board {
    async fn deploy() -> Self {
        let anvil = spawn_anvil();
        let (poster, poster_provider) = wallet_provider(&anvil, 0).expect("account 0");
        let poster = poster.address();
        let (worker, worker_provider) = wallet_provider(&anvil, 1).expect("account 1");
        let worker = worker.address();
        let (arbiter, arbiter_provider) = wallet_provider(&anvil, 2).expect("account 2");
        let arbiter = arbiter.address();
        let chain_id = poster_provider.get_chain_id().await.expect("chain id");
        let registry = AttestationRegistry::deploy(poster_provider.clone()).await.expect("registry deploys");
        let board = TaskBoard::deploy(poster_provider.clone(), *registry.address()).await.expect("board deploys");
        let token = TestToken::deploy(poster_provider.clone(), "EchoRift Test USD".into(), "tUSD".into())
            .await
            .expect("token deploys");
        let as_worker = TaskBoard::new(*board.address(), worker_provider.clone());
        let as_arbiter = TaskBoard::new(*board.address(), arbiter_provider);

        send!(token.mint(poster, U256::from(REWARD)));
        send!(token.mint(worker, U256::from(STAKE)));
        send!(token.approve(*board.address(), U256::MAX));
        send!(TestToken::new(*token.address(), worker_provider).approve(*board.address(), U256::MAX));
        Self { _anvil: anvil, poster, worker, arbiter, chain_id, board, as_worker, as_arbiter, token }
    }

    async fn now(&self) -> u64 {
        chain_now(self.board.provider()).await.expect("chain time")
    }

    async fn task(&self, salt: u8) -> Task {
        Task {
            poster: self.poster,
            token: *self.token.address(),
            reward: U256::from(REWARD),
            stake: U256::from(STAKE),
            deadline: self.now().await + 86_400,
            claimDuration: 3_600,
            reviewWindow: REVIEW_WINDOW,
            disputeWindow: 600,
            arbiter: self.arbiter,
            arbiterFeeBps: 500, // 5%
            validationSchema: B256::ZERO,
            validator: Address::ZERO,
            specHash: keccak256(b"translate the spec to French"),
            salt: B256::with_last_byte(salt),
        }
    }

    async fn balance(&self, who: Address) -> U256 {
        self.token.balanceOf(who).call().await.expect("balanceOf")
    }

    /// Posts, claims (with the stake) and submits; returns the task and its id.
    async fn post_claim_submit(&self) -> (Task, B256) {
        let task = self.task(1).await;
        let receipt = send!(self.board.post(task.clone(), "ipfs://spec".into()));
        let posted = find_event::<TaskBoard::TaskPosted>(&receipt).expect("TaskPosted");
        let id = task_id(self.chain_id, *self.board.address(), &task);
        assert_eq!(posted.id, id, "task id computed off-chain");
        assert_eq!(posted.task, task, "the event carries the whole terms");
        assert_eq!(posted.specURI, "ipfs://spec");

        let receipt = send!(self.as_worker.claim(task.clone()));
        let claimed = find_event::<TaskBoard::TaskClaimed>(&receipt).expect("TaskClaimed");
        assert_eq!((claimed.id, claimed.worker), (id, self.worker));

        let result = keccak256(b"la spec en francais");
        let receipt = send!(self.as_worker.submit(task.clone(), result, "ipfs://result".into()));
        let submitted = find_event::<TaskBoard::TaskSubmitted>(&receipt).expect("TaskSubmitted");
        assert_eq!((submitted.resultHash, submitted.resultURI.as_str()), (result, "ipfs://result"));
        assert_eq!(self.balance(*self.board.address()).await, U256::from(REWARD + STAKE), "the board holds both");
        (task, id)
    }

    async fn status(&self, id: B256) -> u8 {
        // forge bind renders Solidity enums as their uint8 value.
        self.board.getState(id).call().await.expect("getState").status
    }
}

const COMPLETED: u8 = 6;
const RESOLVED: u8 = 10;

#[tokio::test]
async fn happy_path_pays_the_worker_when_the_poster_accepts() {
    let b = Board::deploy().await;
    let (task, id) = b.post_claim_submit().await;
    let receipt = send!(b.board.accept(task));
    let accepted = find_event::<TaskBoard::TaskAccepted>(&receipt).expect("TaskAccepted");
    assert_eq!((accepted.id, accepted.worker, accepted.by, accepted.how), (id, b.worker, b.poster, 0));
    assert_eq!(b.balance(b.worker).await, U256::from(REWARD + STAKE), "reward and stake back");
    assert_eq!(b.balance(*b.board.address()).await, U256::ZERO);
    assert_eq!(b.status(id).await, COMPLETED);
}

#[tokio::test]
async fn optimistic_path_lets_anyone_finalize_after_the_review_window() {
    let b = Board::deploy().await;
    let (task, id) = b.post_claim_submit().await;

    // Before the window ends the poster's silence means nothing yet.
    let Err(err) = b.as_arbiter.finalize(task.clone()).call().await else { panic!("finalize before the window") };
    match err.as_decoded_interface_error::<TaskBoard::TaskBoardErrors>() {
        Some(TaskBoard::TaskBoardErrors::TaskBoardTooEarly(e)) => assert_eq!(e.id, id),
        other => panic!("expected TaskBoardTooEarly, got {other:?} from {err}"),
    }

    advance_time(b.board.provider(), u64::from(REVIEW_WINDOW)).await.expect("time moves");
    let receipt = send!(b.as_arbiter.finalize(task));
    let accepted = find_event::<TaskBoard::TaskAccepted>(&receipt).expect("TaskAccepted");
    assert_eq!((accepted.by, accepted.how), (b.arbiter, 1), "accepted by review timeout, by a third party");
    assert_eq!(b.balance(b.worker).await, U256::from(REWARD + STAKE));
    assert_eq!(b.status(id).await, COMPLETED);
}

#[tokio::test]
async fn dispute_path_ends_with_the_arbiters_split() {
    let b = Board::deploy().await;
    let (task, id) = b.post_claim_submit().await;

    let reason = keccak256(b"half of it is still English");
    let receipt = send!(b.board.reject(task.clone(), reason));
    let rejected = find_event::<TaskBoard::TaskRejected>(&receipt).expect("TaskRejected");
    assert_eq!((rejected.id, rejected.reason), (id, reason));
    send!(b.as_worker.dispute(task.clone()));

    // pool 45 tUSD, 5% fee = 2.25 tUSD; the arbiter gives the worker 30 tUSD.
    let to_worker = U256::from(30_000_000u64);
    let receipt = send!(b.as_arbiter.resolve(task, to_worker));
    let resolved = find_event::<TaskBoard::TaskResolved>(&receipt).expect("TaskResolved");
    let fee = U256::from(2_250_000u64);
    let to_poster = U256::from(REWARD + STAKE) - fee - to_worker;
    assert_eq!((resolved.toWorker, resolved.toPoster, resolved.fee), (to_worker, to_poster, fee));
    assert_eq!(b.balance(b.worker).await, to_worker);
    assert_eq!(b.balance(b.poster).await, to_poster);
    assert_eq!(b.balance(b.arbiter).await, fee);
    assert_eq!(b.balance(*b.board.address()).await, U256::ZERO);
    assert_eq!(b.status(id).await, RESOLVED);
}
