//! The spending guard through the SDK on a real chain: an agent spends until the circuit
//! breaker trips, fails with the named error, and spends again after the operator's reset;
//! every other guard call (changes queued and applied, allowlist, pause, escrow and task funding,
//! revoke) moves what it says.

use alloy::primitives::{Address, B256, U256, keccak256};
use echorift_e2e::{
    advance_time,
    sdk_devnet::{client, deploy_all},
    spawn_anvil,
};
use echorift_sdk::{
    Client, Error,
    bindings::{
        escrow::IEscrow::Terms,
        spending_guard::ISpendingGuard::{Policy, PolicyKey},
        task_board::ITaskBoard::Task,
    },
    guard::{Change, Spend},
};

const HOUR: u64 = 3_600;
const DAY: u64 = 86_400;

fn tusd(whole: u64) -> U256 {
    U256::from(whole) * U256::from(1_000_000u64)
}

/// 1,000 tUSD a day, at most 100 per payment, a breaker at 250 an hour, a day's delay on loosening.
fn policy(guardian: Address) -> Policy {
    Policy {
        budget: 1_000_000_000,
        maxPayment: 100_000_000,
        breakerThreshold: 250_000_000,
        start: Default::default(),
        end: Default::default(),
        period: DAY as u32,
        maxNewRecipients: 0,
        guardian,
        breakerWindow: HOUR as u32,
        loosenDelay: DAY as u32,
        allowlistOnly: false,
    }
}

/// The revert's custom error name, or a failure naming what came back instead.
fn error_name<T: std::fmt::Debug>(result: Result<T, Error>) -> String {
    match result {
        Err(Error::Reverted { error, .. }) => error.name,
        other => panic!("expected a named revert, got {other:?}"),
    }
}

struct Setup {
    operator: Client,
    agent: Client,
    guardian: Client,
    payee: Client,
    key: PolicyKey,
    id: B256,
}

async fn setup(anvil: &alloy::node_bindings::AnvilInstance) -> anyhow::Result<Setup> {
    let deployments = deploy_all(anvil).await?;
    let operator = client(anvil, &deployments, 1).await?;
    let agent = client(anvil, &deployments, 2).await?;
    let guardian = client(anvil, &deployments, 3).await?;
    let payee = client(anvil, &deployments, 4).await?;
    let token = operator.test_token()?;
    token.mint(operator.address(), tusd(100_000)).await?;
    let guard = operator.guard()?;
    token.approve(guard.address(), U256::MAX).await?;
    let key = PolicyKey {
        operator: operator.address(),
        agent: agent.address(),
        token: token.address(),
        salt: B256::with_last_byte(7),
    };
    let granted = guard.grant(key.clone(), policy(guardian.address()), vec![payee.address()]).await?;
    assert_eq!(granted.value.id, guard.id(&key), "policy id computed off-chain");
    assert_eq!(granted.value.policy.budget, 1_000_000_000);
    let id = granted.value.id;
    Ok(Setup { operator, agent, guardian, payee, key, id })
}

#[tokio::test]
async fn an_agent_spends_until_the_breaker_trips_then_again_after_the_reset() -> anyhow::Result<()> {
    let anvil = spawn_anvil();
    let Setup { operator, agent, payee, key, id, .. } = setup(&anvil).await?;
    let guard = agent.guard()?;
    let token = agent.test_token()?;
    let before = token.balance_of(payee.address()).await?;

    // Two payments of 100 fit under the 250/hour breaker; the third (300 > 250) trips it.
    for n in 1..=2u64 {
        let sent = guard.spend(key.clone(), payee.address(), tusd(100)).await?;
        let Spend::Paid(spent) = sent.value else { panic!("payment {n} tripped: {:?}", sent.value) };
        assert_eq!(spent.spentInPeriod, tusd(100 * n));
    }
    let tripped = guard.spend(key.clone(), payee.address(), tusd(100)).await?;
    let Spend::Tripped(trip) = tripped.value else { panic!("the third payment went through: {:?}", tripped.value) };
    assert_eq!((trip.amount, trip.to), (tusd(100), payee.address()));
    assert!(trip.observed > U256::from(250_000_000u64), "observed level {} is over the threshold", trip.observed);
    assert_eq!(token.balance_of(payee.address()).await? - before, tusd(200), "the tripping payment moved nothing");

    // Tripped: every further spend fails with the named error, even a tiny one an hour later.
    advance_time(operator.provider(), HOUR).await?;
    assert_eq!(error_name(guard.spend(key.clone(), payee.address(), U256::from(1)).await), "GuardInactive");
    assert_eq!(guard.remaining(id).await?, U256::ZERO, "nothing remains while tripped");
    // Only the operator resets it.
    assert_eq!(error_name(guard.reset_breaker(key.clone()).await), "GuardUnauthorized");
    operator.guard()?.reset_breaker(key.clone()).await?;

    let sent = guard.spend(key.clone(), payee.address(), tusd(100)).await?;
    assert!(sent.value.paid(), "spends again after the reset: {:?}", sent.value);
    assert_eq!(token.balance_of(payee.address()).await? - before, tusd(300));
    assert_eq!(guard.remaining(id).await?, tusd(700), "1,000 budget - 300 spent this period");
    Ok(())
}

#[tokio::test]
async fn tightening_applies_at_once_loosening_waits_and_the_guardian_only_tightens() -> anyhow::Result<()> {
    let anvil = spawn_anvil();
    let Setup { operator, agent, guardian, payee, key, id } = setup(&anvil).await?;
    let guard = operator.guard()?;
    let agents = agent.guard()?;

    // Tighten the budget to 150: at once.
    let mut tighter = guard.policy(id).await?;
    tighter.budget = 150_000_000;
    assert!(matches!(guard.change(key.clone(), tighter.clone()).await?.value, Change::Applied(_)));
    agents.spend(key.clone(), payee.address(), tusd(100)).await?;
    let over = error_name(agents.spend(key.clone(), payee.address(), tusd(100)).await);
    assert_eq!(over, "GuardOverBudget");

    // Loosen it back to 1,000: queued for the day's delay; too early to apply; then applied.
    let mut looser = tighter.clone();
    looser.budget = 1_000_000_000;
    let Change::Queued(queued) = guard.change(key.clone(), looser.clone()).await?.value else {
        panic!("a loosening applied at once")
    };
    assert_eq!(error_name(agents.apply_change(key.clone()).await), "GuardNotReady");
    // The guardian may cancel it; the operator queues it again.
    guardian.guard()?.cancel_change(key.clone()).await?;
    advance_time(operator.provider(), DAY).await?;
    assert_eq!(error_name(agents.apply_change(key.clone()).await), "GuardNotReady", "cancelled: nothing to apply");
    let requeued = guard.change(key.clone(), looser).await?;
    assert!(matches!(requeued.value, Change::Queued(ref again) if again.effectiveAt > queued.effectiveAt));
    advance_time(operator.provider(), DAY).await?;
    assert_eq!(agents.apply_change(key.clone()).await?.value.policy.budget, 1_000_000_000);

    // The guardian pauses at once but cannot unpause; the operator's unpause waits for the delay.
    let guardians = guardian.guard()?;
    guardians.pause(key.clone()).await?;
    assert_eq!(error_name(agents.spend(key.clone(), payee.address(), U256::from(1)).await), "GuardInactive");
    assert_eq!(error_name(guardians.unpause(key.clone()).await), "GuardUnauthorized");
    let unpause = guard.unpause(key.clone()).await?;
    assert!(unpause.value.effectiveAt >= operator.now().await? + DAY - 1);
    assert_eq!(error_name(agents.spend(key.clone(), payee.address(), U256::from(1)).await), "GuardInactive");
    advance_time(operator.provider(), DAY).await?;
    assert!(agents.spend(key.clone(), payee.address(), U256::from(1)).await?.value.paid());

    // Allowlist: a recipient added now is payable only after the delay; removal is immediate.
    let mut allowlist_only = guard.policy(id).await?;
    allowlist_only.allowlistOnly = true;
    assert!(matches!(guard.change(key.clone(), allowlist_only).await?.value, Change::Applied(_)));
    let newcomer = Address::repeat_byte(0x5a);
    guard.allow_recipients(key.clone(), vec![newcomer]).await?;
    assert_eq!(error_name(agents.spend(key.clone(), newcomer, U256::from(1)).await), "GuardRecipientNotAllowed");
    advance_time(operator.provider(), DAY).await?;
    assert!(agents.spend(key.clone(), newcomer, U256::from(1)).await?.value.paid());
    guardians.remove_recipients(key.clone(), vec![newcomer]).await?;
    assert_eq!(error_name(agents.spend(key.clone(), newcomer, U256::from(1)).await), "GuardRecipientNotAllowed");

    // The agent revokes its own policy: nothing more, for good.
    agents.revoke(key.clone()).await?;
    assert_eq!(error_name(agents.spend(key.clone(), payee.address(), U256::from(1)).await), "GuardInactive");
    assert_eq!(error_name(guard.unpause(key).await), "GuardInactive");
    Ok(())
}

#[tokio::test]
async fn an_agent_funds_an_escrow_and_a_task_from_the_operators_tokens() -> anyhow::Result<()> {
    let anvil = spawn_anvil();
    let Setup { operator, agent, payee, key, id, .. } = setup(&anvil).await?;
    let agents = agent.guard()?;
    let token = agent.test_token()?;
    let operator_before = token.balance_of(operator.address()).await?;
    let now = agent.now().await?;

    let terms = Terms {
        payer: agent.address(),
        payee: payee.address(),
        token: token.address(),
        amount: tusd(40),
        deadline: now + DAY,
        arbiter: Address::ZERO,
        arbiterFeeBps: 0,
        conditionSchema: B256::ZERO,
        conditionAttester: Address::ZERO,
        salt: B256::with_last_byte(1),
    };
    let Spend::Paid(spent) = agents.spend_to_escrow(key.clone(), terms.clone()).await?.value else {
        panic!("escrow funding tripped")
    };
    let escrows = agent.escrows()?;
    assert_eq!(spent.r#ref, escrows.id(&terms), "Spent names the escrow it funded");
    assert_eq!(format!("{:?}", escrows.state(spent.r#ref).await?.status), "Open");

    let task = Task {
        poster: agent.address(),
        token: token.address(),
        reward: tusd(30),
        stake: U256::ZERO,
        deadline: now + DAY,
        claimDuration: HOUR as u32,
        reviewWindow: HOUR as u32,
        disputeWindow: HOUR as u32,
        arbiter: Address::ZERO,
        arbiterFeeBps: 0,
        validationSchema: B256::ZERO,
        validator: Address::ZERO,
        specHash: keccak256("translate the spec"),
        salt: B256::with_last_byte(2),
    };
    let Spend::Paid(posted) = agents.spend_to_task(key.clone(), task, "ipfs://spec").await?.value else {
        panic!("task funding tripped")
    };
    assert_eq!(format!("{:?}", agent.tasks()?.state(posted.r#ref).await?.status), "Open");
    assert_eq!(operator_before - token.balance_of(operator.address()).await?, tusd(70), "both came from the operator");
    assert_eq!(token.balance_of(agents.address()).await?, U256::ZERO, "the guard keeps nothing");
    assert_eq!(agents.remaining(id).await?, tusd(930));

    // Terms that do not belong to the policy are refused by name.
    let mut foreign = terms;
    foreign.payer = operator.address();
    assert_eq!(error_name(agents.spend_to_escrow(key.clone(), foreign).await), "GuardWrongTerms");
    // The operator revokes: the agent's access ends at once.
    operator.guard()?.revoke(key.clone()).await?;
    assert_eq!(error_name(agents.spend(key, payee.address(), U256::from(1)).await), "GuardInactive");
    Ok(())
}
