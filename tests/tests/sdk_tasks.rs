//! The SDK's task-board calls on a real chain: every path a task can take, with statuses read
//! back as the SDK's enum and reverts as named errors.

use alloy::primitives::{Address, B256, Bytes, U256, keccak256};
use echorift_e2e::{
    advance_time,
    sdk_devnet::{client, deploy_all},
    spawn_anvil,
};
use echorift_sdk::{
    Client,
    bindings::{attestation_registry::IAttestationRegistry::AttestationRequest, task_board::ITaskBoard::Task},
    registry::attestation_content,
    tasks::TaskStatus,
};

fn task(poster: &Client, token: Address, deadline: u64, salt: u8) -> Task {
    Task {
        poster: poster.address(),
        token,
        reward: U256::from(40_000_000),
        stake: U256::from(5_000_000),
        deadline,
        claimDuration: 600,
        reviewWindow: 600,
        disputeWindow: 600,
        arbiter: Address::ZERO,
        arbiterFeeBps: 0,
        validationSchema: B256::ZERO,
        validator: Address::ZERO,
        specHash: keccak256("translate the spec to French"),
        salt: B256::with_last_byte(salt),
    }
}

#[tokio::test]
async fn every_task_call_drives_the_state_it_says() -> anyhow::Result<()> {
    let anvil = spawn_anvil();
    let deployments = deploy_all(&anvil).await?;
    let poster = client(&anvil, &deployments, 1).await?;
    let worker = client(&anvil, &deployments, 2).await?;
    let validator = client(&anvil, &deployments, 3).await?;
    let arbiter = client(&anvil, &deployments, 4).await?;
    let relayer = client(&anvil, &deployments, 5).await?;
    let token = poster.test_token()?;
    let (board, work) = (poster.tasks()?, worker.tasks()?);
    token.mint(poster.address(), U256::from(1_000_000_000u64)).await?;
    worker.token(token.address()).mint(worker.address(), U256::from(100_000_000u64)).await?;
    worker.token(token.address()).approve(board.address(), U256::MAX).await?;
    token.approve(board.address(), U256::MAX).await?;
    let now = poster.now().await?;

    // Happy path: post, claim, submit, accept.
    let happy = task(&poster, token.address(), now + 3_600, 1);
    let id = board.post(happy.clone(), "ipfs://spec").await?.value.id;
    assert_eq!(id, board.id(&happy));
    work.claim(happy.clone()).await?;
    let err = work.claim(happy.clone()).await.err().map(|e| e.to_string());
    assert_eq!(
        err.as_deref(),
        Some(format!("TaskBoard.claim reverted: TaskBoardWrongStatus(id={id}, status=Claimed)").as_str())
    );
    work.submit(happy.clone(), keccak256("la spec"), "ipfs://result").await?;
    let err = work.accept(happy.clone()).await.err().map(|e| e.to_string());
    assert_eq!(
        err.as_deref(),
        Some(
            format!("TaskBoard.accept reverted: TaskBoardUnauthorized(id={id}, caller={})", worker.address()).as_str()
        )
    );
    let accepted = board.accept(happy).await?;
    assert_eq!(accepted.value.worker, worker.address());
    let state = board.state(id).await?;
    assert_eq!((state.status, state.worker), (TaskStatus::Completed, worker.address()));

    // Posted by a relayer with the poster's EIP-3009 signature, then cancelled.
    let signed_task = task(&poster, token.address(), now + 3_600, 2);
    let signed = board.sign_authorization(&signed_task, U256::ZERO, U256::from(now + 600)).await?;
    let posted = relayer.tasks()?.post_with_authorization(signed_task.clone(), "ipfs://spec", signed).await?;
    assert!(posted.value.authorized);
    board.cancel(signed_task).await?;
    assert_eq!(board.state(posted.value.id).await?.status, TaskStatus::Cancelled);

    // Claim and give up; claim again, miss the delivery time, reopened; then finalized by silence.
    let slow = task(&poster, token.address(), now + 7_200, 3);
    let slow_id = board.post(slow.clone(), "").await?.value.id;
    work.claim(slow.clone()).await?;
    work.unclaim(slow.clone()).await?;
    work.claim(slow.clone()).await?;
    advance_time(poster.provider(), 601).await?;
    relayer.tasks()?.reopen(slow.clone()).await?;
    assert_eq!(board.state(slow_id).await?.status, TaskStatus::Open);
    work.claim(slow.clone()).await?;
    work.submit(slow.clone(), keccak256("late but fine"), "").await?;
    advance_time(poster.provider(), 601).await?;
    relayer.tasks()?.finalize(slow).await?;
    assert_eq!(board.state(slow_id).await?.status, TaskStatus::Completed);

    // Accepted by the validator's attestation.
    let schema = validator.attestations()?.register_schema("bytes32 taskId,bool ok", Address::ZERO, true).await?;
    let mut validated = task(&poster, token.address(), now + 7_200, 4);
    (validated.validationSchema, validated.validator) = (schema.value.schema, validator.address());
    let validated_id = board.post(validated.clone(), "").await?.value.id;
    work.claim(validated.clone()).await?;
    work.submit(validated.clone(), keccak256("checked"), "").await?;
    let request = AttestationRequest {
        schema: schema.value.schema,
        recipient: worker.address(),
        expirationTime: 0,
        revocable: true,
        refUID: validated_id,
        data: Bytes::from(vec![1; 64]),
    };
    validator.attestations()?.attest(request.clone()).await?;
    let proof = attestation_content(validator.address(), &request);
    let accepted = relayer.tasks()?.accept_by_validation(validated, proof).await?;
    assert_eq!(accepted.value.how, 2, "ITaskBoard.Acceptance.Validation");

    // Rejected, disputed, resolved by the arbiter.
    let mut contested = task(&poster, token.address(), now + 7_200, 5);
    (contested.arbiter, contested.arbiterFeeBps) = (arbiter.address(), 500);
    let contested_id = board.post(contested.clone(), "").await?.value.id;
    work.claim(contested.clone()).await?;
    work.submit(contested.clone(), keccak256("disputed work"), "").await?;
    board.reject(contested.clone(), keccak256("wrong language")).await?;
    work.dispute(contested.clone()).await?;
    assert_eq!(board.state(contested_id).await?.status, TaskStatus::Disputed);
    let resolved = arbiter.tasks()?.resolve(contested, U256::from(30_000_000)).await?;
    assert_eq!(resolved.value.fee, U256::from(2_250_000), "5% of reward and stake");

    // Nobody claims: closed after the deadline, the reward back to the poster.
    let expiring = task(&poster, token.address(), poster.now().await? + 30, 6);
    let expiring_id = board.post(expiring.clone(), "").await?.value.id;
    advance_time(poster.provider(), 31).await?;
    let closed = relayer.tasks()?.close(expiring).await?;
    assert_eq!(closed.value.toPoster, U256::from(40_000_000));
    assert_eq!(board.state(expiring_id).await?.status, TaskStatus::Expired);

    let err = work.withdraw(token.address()).await.err().map(|e| e.to_string());
    assert!(
        err.as_deref().is_some_and(|e| e.starts_with("TaskBoard.withdraw reverted: PayoutsNothingOwed(")),
        "{err:?}"
    );
    Ok(())
}
