//! Gas of the contracts' main operations, measured as real transaction `gasUsed` on a fresh
//! anvil chain (21,000 base and calldata included). `scripts/gas-report` prints it; the
//! end-to-end tests hold every figure to its target.

use alloy::{
    node_bindings::AnvilInstance,
    primitives::{Address, B256, Bytes, U256, keccak256},
    providers::Provider,
    rpc::types::TransactionReceipt,
};
use anyhow::{Context, Result, ensure};
use echorift_bindings::{
    attestation_registry::{AttestationRegistry, IAttestationRegistry::AttestationRequest},
    escrow::{Escrow, IAttestationRegistry::AttestationContent, IEscrow::Terms},
    spending_guard::{
        ISpendingGuard::{Policy, PolicyKey},
        SpendingGuard,
    },
    task_board::{ITaskBoard::Task, TaskBoard},
    test_token::TestToken,
};

use crate::{
    advance_time,
    attestations::sign_attestation,
    chain_now,
    escrow::{escrow_id, sign_escrow_authorization},
    find_event, wallet_provider,
};

/// One measured operation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Measurement {
    /// The operation's key in `scripts/gas-report --json`.
    pub key: &'static str,
    /// What was sent.
    pub description: &'static str,
    /// The transaction's `gasUsed`.
    pub gas_used: u64,
    /// The most it may use (from the issue that set it).
    pub target: u64,
    /// The same operation in the reference implementation we compare with, if one was measured.
    pub anchor: Option<Anchor>,
}

/// A reference figure: which system and how much gas it used for the same operation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Anchor {
    /// The system and version.
    pub system: &'static str,
    /// Its gasUsed for the same operation.
    pub gas_used: u64,
}

const EAS: &str = "EAS v1.4";
const AUTH_CAPTURE: &str = "AuthCaptureEscrow (published)";

/// Every measurement: attestations, escrow, tasks, then the spending guard.
pub async fn measure_all(anvil: &AnvilInstance) -> Result<Vec<Measurement>> {
    let mut all = measure_attestations(anvil).await?;
    all.extend(measure_escrow(anvil).await?);
    all.extend(measure_tasks(anvil).await?);
    all.extend(measure_guard(anvil).await?);
    Ok(all)
}

/// 64 bytes of attestation data, as in the targets' measurement: a task id and a result hash.
fn sample_data(seed: u8) -> Bytes {
    let mut data = [0x11u8; 64];
    data[31] = seed;
    data[32..].copy_from_slice(&[0xab; 32]);
    Bytes::from(data.to_vec())
}

fn receipt_gas(receipt: &TransactionReceipt, what: &str) -> Result<u64> {
    ensure!(receipt.status(), "{what} reverted (transaction {})", receipt.transaction_hash);
    Ok(receipt.gas_used)
}

/// Deploys the attestation registry on `anvil` and measures register schema, attest, revoke,
/// delegated attest and a batch of 10 attestations (64-byte data, no resolver).
pub async fn measure_attestations(anvil: &AnvilInstance) -> Result<Vec<Measurement>> {
    let (attester, provider) = wallet_provider(anvil, 0)?;
    let (_, relayer_provider) = wallet_provider(anvil, 1)?;
    let attester_address = attester.address();
    let chain_id = provider.get_chain_id().await.context("eth_chainId")?;

    let registry = AttestationRegistry::deploy(&provider).await.context("deploying AttestationRegistry")?;
    let mut out = Vec::new();
    let mut record = |key, description, gas_used, target, eas| {
        out.push(Measurement {
            key,
            description,
            gas_used,
            target,
            anchor: Some(Anchor { system: EAS, gas_used: eas }),
        });
    };

    let receipt = registry
        .registerSchema("uint256 taskId,bytes32 resultHash".into(), Address::ZERO, true)
        .send()
        .await?
        .get_receipt()
        .await?;
    record(
        "register_schema",
        "register a schema (no resolver)",
        receipt_gas(&receipt, "registerSchema")?,
        100_000,
        139_169,
    );
    let schema = find_event::<AttestationRegistry::SchemaRegistered>(&receipt)?.schema;

    let request = |seed: u8| AttestationRequest {
        schema,
        recipient: Address::repeat_byte(0x42),
        expirationTime: 0,
        revocable: true,
        refUID: B256::repeat_byte(seed),
        data: sample_data(seed),
    };

    let receipt = registry.attest(request(1)).send().await?.get_receipt().await?;
    record("attest", "attest, 64 bytes of data", receipt_gas(&receipt, "attest")?, 80_000, 226_826);
    let uid = registry.uidOfRequest(attester_address, request(1)).call().await?;

    let receipt = registry.revoke(uid, B256::repeat_byte(0xee)).send().await?.get_receipt().await?;
    record("revoke", "revoke it, with a reason hash", receipt_gas(&receipt, "revoke")?, 35_000, 66_406);

    let deadline = U256::from(u64::MAX);
    let signature =
        sign_attestation(&attester, chain_id, *registry.address(), &request(2), U256::ZERO, deadline).await?;
    let relayed = AttestationRegistry::new(*registry.address(), &relayer_provider);
    let receipt =
        relayed.attestBySig(request(2), attester_address, deadline, signature).send().await?.get_receipt().await?;
    record(
        "attest_delegated",
        "delegated attest (EIP-712, first signature), relayed",
        receipt_gas(&receipt, "attestBySig")?,
        100_000,
        257_429,
    );

    let batch = (10..20).map(request).collect::<Vec<_>>();
    let receipt = registry.attestBatch(batch).send().await?.get_receipt().await?;
    record("attest_batch10", "batch of 10 attestations", receipt_gas(&receipt, "attestBatch")?, 450_000, 1_916_385);

    Ok(out)
}

/// Deploys registry, escrow and test token on `anvil` and measures opening with an approval and
/// with an EIP-3009 signature, releasing in full, refunding and releasing on proof (ERC-20, the
/// receiving account already holding some of the token).
pub async fn measure_escrow(anvil: &AnvilInstance) -> Result<Vec<Measurement>> {
    const TOKEN_NAME: &str = "EchoRift Test USD";
    let (payer, payer_provider) = wallet_provider(anvil, 0)?;
    let (payee, _) = wallet_provider(anvil, 1)?;
    let (_, relayer_provider) = wallet_provider(anvil, 2)?;
    let (attester, attester_provider) = wallet_provider(anvil, 3)?;
    let chain_id = payer_provider.get_chain_id().await.context("eth_chainId")?;

    let registry = AttestationRegistry::deploy(&payer_provider).await.context("deploying AttestationRegistry")?;
    let escrow = Escrow::deploy(&payer_provider, *registry.address()).await.context("deploying Escrow")?;
    let token =
        TestToken::deploy(&payer_provider, TOKEN_NAME.into(), "tUSD".into()).await.context("deploying TestToken")?;
    let as_relayer = Escrow::new(*escrow.address(), &relayer_provider);

    let amount = U256::from(250_000_000u64); // 250 tUSD
    for (to, minted) in [(payer.address(), 1_000_000_000_000u64), (payee.address(), 1_000_000)] {
        receipt_gas(&token.mint(to, U256::from(minted)).send().await?.get_receipt().await?, "mint")?;
    }
    receipt_gas(&token.approve(*escrow.address(), U256::MAX).send().await?.get_receipt().await?, "approve")?;

    let now = chain_now(&payer_provider).await?;
    let terms = |salt: u8, deadline: u64, condition: Option<(B256, Address)>| {
        let (condition_schema, condition_attester) = condition.unwrap_or_default();
        Terms {
            payer: payer.address(),
            payee: payee.address(),
            token: *token.address(),
            amount,
            deadline,
            arbiter: Address::ZERO,
            arbiterFeeBps: 0,
            conditionSchema: condition_schema,
            conditionAttester: condition_attester,
            salt: B256::with_last_byte(salt),
        }
    };
    let day = now + 86_400;

    // The escrow already holds other escrows' tokens, as it does in use.
    receipt_gas(&escrow.open(terms(0, day, None)).send().await?.get_receipt().await?, "warm-up open")?;

    let mut out = Vec::new();
    let mut record = |key, description, gas_used, target, system, anchor| {
        out.push(Measurement { key, description, gas_used, target, anchor: Some(Anchor { system, gas_used: anchor }) });
    };

    let approved = terms(1, day, None);
    let receipt = escrow.open(approved.clone()).send().await?.get_receipt().await?;
    record(
        "escrow_open_approved",
        "open, funded with a prior approval",
        receipt_gas(&receipt, "open")?,
        100_000,
        AUTH_CAPTURE,
        155_700,
    );

    let receipt = escrow.release(approved, amount).send().await?.get_receipt().await?;
    record(
        "escrow_release",
        "release in full, by the payer",
        receipt_gas(&receipt, "release")?,
        55_000,
        AUTH_CAPTURE,
        69_900,
    );

    let signed = terms(2, day, None);
    let vrs =
        sign_escrow_authorization(&payer, chain_id, *escrow.address(), TOKEN_NAME, &signed, U256::ZERO, U256::MAX)
            .await?;
    let receipt = as_relayer
        .openWithAuthorization(signed, U256::ZERO, U256::MAX, vrs.v, vrs.r, vrs.s)
        .send()
        .await?
        .get_receipt()
        .await?;
    record(
        "escrow_open_3009",
        "open, funded by an EIP-3009 signature, relayed",
        receipt_gas(&receipt, "openWithAuthorization")?,
        125_000,
        AUTH_CAPTURE,
        155_700,
    );

    // Release on proof: the payee's validator attests delivery, referring to the escrow.
    let definition = "bytes32 escrowId,bytes32 resultHash";
    let as_attester = AttestationRegistry::new(*registry.address(), &attester_provider);
    let receipt =
        as_attester.registerSchema(definition.into(), Address::ZERO, true).send().await?.get_receipt().await?;
    let schema = find_event::<AttestationRegistry::SchemaRegistered>(&receipt)?.schema;
    let proven = terms(3, day, Some((schema, attester.address())));
    receipt_gas(&escrow.open(proven.clone()).send().await?.get_receipt().await?, "open")?;
    let id = escrow_id(chain_id, *escrow.address(), &proven);
    let data: Bytes = [id.0, [0xcd; 32]].concat().into();
    let request = AttestationRequest {
        schema,
        recipient: payee.address(),
        expirationTime: 0,
        revocable: true,
        refUID: id,
        data: data.clone(),
    };
    receipt_gas(&as_attester.attest(request).send().await?.get_receipt().await?, "attest")?;
    let proof = AttestationContent {
        schema,
        attester: attester.address(),
        recipient: payee.address(),
        expirationTime: 0,
        revocable: true,
        refUID: id,
        dataHash: keccak256(&data),
    };
    let receipt = as_relayer.releaseOnProof(proven, proof).send().await?.get_receipt().await?;
    record(
        "escrow_release_on_proof",
        "release in full on a qualifying attestation, relayed",
        receipt_gas(&receipt, "releaseOnProof")?,
        75_000,
        AUTH_CAPTURE,
        69_900,
    );

    let expiring = terms(4, now + 600, None);
    receipt_gas(&escrow.open(expiring.clone()).send().await?.get_receipt().await?, "open")?;
    advance_time(&payer_provider, 3_600).await?;
    let receipt = as_relayer.refund(expiring).send().await?.get_receipt().await?;
    record(
        "escrow_refund",
        "refund after the deadline, by anyone",
        receipt_gas(&receipt, "refund")?,
        55_000,
        AUTH_CAPTURE,
        80_100,
    );

    Ok(out)
}

/// Deploys registry, task board and test token on `anvil` and measures a task's happy path with
/// an ERC-20 reward and no stake: post (with funding by approval), claim, submit, accept. The
/// board already holds other tasks' rewards and the worker already holds some of the token.
pub async fn measure_tasks(anvil: &AnvilInstance) -> Result<Vec<Measurement>> {
    let (poster, poster_provider) = wallet_provider(anvil, 0)?;
    let (worker, worker_provider) = wallet_provider(anvil, 1)?;
    let registry = AttestationRegistry::deploy(&poster_provider).await.context("deploying AttestationRegistry")?;
    let board = TaskBoard::deploy(&poster_provider, *registry.address()).await.context("deploying TaskBoard")?;
    let token = TestToken::deploy(&poster_provider, "EchoRift Test USD".into(), "tUSD".into())
        .await
        .context("deploying TestToken")?;
    let as_worker = TaskBoard::new(*board.address(), &worker_provider);

    for (to, minted) in [(poster.address(), 1_000_000_000_000u64), (worker.address(), 1_000_000)] {
        receipt_gas(&token.mint(to, U256::from(minted)).send().await?.get_receipt().await?, "mint")?;
    }
    receipt_gas(&token.approve(*board.address(), U256::MAX).send().await?.get_receipt().await?, "approve")?;

    let now = chain_now(&poster_provider).await?;
    let task = |salt: u8| Task {
        poster: poster.address(),
        token: *token.address(),
        reward: U256::from(40_000_000u64), // 40 tUSD
        stake: U256::ZERO,
        deadline: now + 86_400,
        claimDuration: 3_600,
        reviewWindow: 3_600,
        disputeWindow: 3_600,
        arbiter: Address::ZERO,
        arbiterFeeBps: 0,
        validationSchema: B256::ZERO,
        validator: Address::ZERO,
        specHash: keccak256(b"summarise the attached report in 200 words"),
        salt: B256::with_last_byte(salt),
    };
    let spec_uri = "ipfs://bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi";
    // The board already holds other tasks' rewards, as it does in use.
    receipt_gas(&board.post(task(0), spec_uri.into()).send().await?.get_receipt().await?, "warm-up post")?;

    let mut out = Vec::new();
    let mut record = |key, description, gas_used, target| {
        out.push(Measurement { key, description, gas_used, target, anchor: None });
    };
    let posted = task(1);
    let post = receipt_gas(&board.post(posted.clone(), spec_uri.into()).send().await?.get_receipt().await?, "post")?;
    record("task_post", "post a task, reward funded by approval", post, 150_000);
    let claim = receipt_gas(&as_worker.claim(posted.clone()).send().await?.get_receipt().await?, "claim")?;
    record("task_claim", "claim it (no stake)", claim, 60_000);
    let result = keccak256(b"the summary");
    let submit = receipt_gas(
        &as_worker
            .submit(posted.clone(), result, "ipfs://bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku".into())
            .send()
            .await?
            .get_receipt()
            .await?,
        "submit",
    )?;
    record("task_submit", "submit a result (hash and URI)", submit, 50_000);
    let accept = receipt_gas(&board.accept(posted).send().await?.get_receipt().await?, "accept")?;
    record("task_accept", "accept it: reward to the worker", accept, 75_000);
    record("task_happy_path", "post + claim + submit + accept", post + claim + submit + accept, 300_000);
    Ok(out)
}

/// Deploys the spending guard (with the escrow and task board it funds) and measures granting a
/// policy with every rule on (cap, breaker on outflow and on new recipients, a guardian, a
/// loosening delay) and a spend within it, to a recipient the policy has paid before.
pub async fn measure_guard(anvil: &AnvilInstance) -> Result<Vec<Measurement>> {
    let (operator, operator_provider) = wallet_provider(anvil, 0)?;
    let (agent, agent_provider) = wallet_provider(anvil, 1)?;
    let (recipient, _) = wallet_provider(anvil, 2)?;
    let (guardian, _) = wallet_provider(anvil, 3)?;
    let registry = AttestationRegistry::deploy(&operator_provider).await.context("deploying AttestationRegistry")?;
    let escrow = Escrow::deploy(&operator_provider, *registry.address()).await.context("deploying Escrow")?;
    let board = TaskBoard::deploy(&operator_provider, *registry.address()).await.context("deploying TaskBoard")?;
    let guard = SpendingGuard::deploy(&operator_provider, *escrow.address(), *board.address())
        .await
        .context("deploying SpendingGuard")?;
    let token = TestToken::deploy(&operator_provider, "EchoRift Test USD".into(), "tUSD".into())
        .await
        .context("deploying TestToken")?;
    let as_agent = SpendingGuard::new(*guard.address(), &agent_provider);

    for (to, minted) in [(operator.address(), 1_000_000_000_000u64), (recipient.address(), 1_000_000)] {
        receipt_gas(&token.mint(to, U256::from(minted)).send().await?.get_receipt().await?, "mint")?;
    }
    receipt_gas(&token.approve(*guard.address(), U256::MAX).send().await?.get_receipt().await?, "approve")?;

    let key = PolicyKey {
        operator: operator.address(),
        agent: agent.address(),
        token: *token.address(),
        salt: B256::with_last_byte(1),
    };
    let policy = Policy {
        budget: 1_000_000_000, // 1,000 tUSD a day
        maxPayment: 100_000_000,
        breakerThreshold: 300_000_000, // 300 tUSD an hour
        start: Default::default(),
        end: Default::default(),
        period: 86_400,
        maxNewRecipients: 5,
        guardian: guardian.address(),
        breakerWindow: 3_600,
        loosenDelay: 86_400,
        allowlistOnly: false,
    };

    let mut out = Vec::new();
    let mut record = |key, description, gas_used, target| {
        out.push(Measurement { key, description, gas_used, target, anchor: None });
    };
    let receipt = guard.grant(key.clone(), policy, Vec::new()).send().await?.get_receipt().await?;
    record("guard_grant", "grant a policy, every rule on", receipt_gas(&receipt, "grant")?, 120_000);

    let amount = U256::from(10_000_000u64); // 10 tUSD
    // The policy has paid this recipient before, as an agent's regular payee.
    receipt_gas(
        &as_agent.spend(key.clone(), recipient.address(), amount).send().await?.get_receipt().await?,
        "warm-up spend",
    )?;
    let receipt = as_agent.spend(key, recipient.address(), amount).send().await?.get_receipt().await?;
    record("guard_spend", "spend within budget, breaker on", receipt_gas(&receipt, "spend")?, 75_000);
    Ok(out)
}
