//! The SDK's escrow and token calls on a real chain: every way to open (approval, EIP-2612
//! permit, relayed EIP-3009 authorization, ETH), every way to pay out, and named errors.

use alloy::primitives::{Address, B256, Bytes, U256};
use echorift_e2e::{
    advance_time,
    sdk_devnet::{client, deploy_all},
    spawn_anvil,
};
use echorift_sdk::{
    Client, Error,
    bindings::{attestation_registry::IAttestationRegistry::AttestationRequest, escrow::IEscrow::Terms},
    escrow::EscrowStatus,
    registry::attestation_content,
};

const TOKEN_NAME: &str = "EchoRift Test USD";

fn terms(payer: &Client, payee: Address, token: Address, amount: u64, deadline: u64, salt: u8) -> Terms {
    Terms {
        payer: payer.address(),
        payee,
        token,
        amount: U256::from(amount),
        deadline,
        arbiter: Address::ZERO,
        arbiterFeeBps: 0,
        conditionSchema: B256::ZERO,
        conditionAttester: Address::ZERO,
        salt: B256::with_last_byte(salt),
    }
}

#[tokio::test]
async fn every_escrow_call_moves_the_money_it_says() -> anyhow::Result<()> {
    let anvil = spawn_anvil();
    let deployments = deploy_all(&anvil).await?;
    let payer = client(&anvil, &deployments, 1).await?;
    let payee = client(&anvil, &deployments, 2).await?;
    let relayer = client(&anvil, &deployments, 3).await?;
    let validator = client(&anvil, &deployments, 4).await?;
    let arbiter = client(&anvil, &deployments, 5).await?;
    let token = payer.test_token()?;
    let escrows = payer.escrows()?;
    assert_eq!(token.name().await?, TOKEN_NAME);
    token.mint(payer.address(), U256::from(1_000_000_000u64)).await?;
    let now = payer.now().await?;

    // Approval, partial release, the payee returning some, release of the rest.
    let approved = terms(&payer, payee.address(), token.address(), 10_000_000, now + 3_600, 1);
    token.approve(escrows.address(), approved.amount).await?;
    let opened = escrows.open(approved.clone()).await?;
    let id = opened.value.id;
    assert_eq!(id, escrows.id(&approved), "id computed off-chain");
    assert_eq!(escrows.state(id).await?.status, EscrowStatus::Open);
    let released = escrows.release(approved.clone(), U256::from(4_000_000)).await?;
    assert_eq!((released.value.amount, released.value.remaining), (U256::from(4_000_000), U256::from(6_000_000)));
    let returned = payee.escrows()?.return_funds(approved.clone(), U256::from(1_000_000)).await?;
    assert_eq!(returned.value.remaining, U256::from(5_000_000));
    escrows.release(approved.clone(), U256::from(5_000_000)).await?;
    let state = escrows.state(id).await?;
    assert_eq!((state.status, state.remaining), (EscrowStatus::Closed, 0));
    assert_eq!(token.balance_of(payee.address()).await?, U256::from(9_000_000));

    // Releasing a closed escrow: the custom error with its arguments, the status by name.
    let err = escrows.release(approved, U256::from(1)).await.err().map(|e| e.to_string());
    assert_eq!(
        err.as_deref(),
        Some(format!("Escrow.release reverted: EscrowWrongStatus(id={id}, status=Closed)").as_str())
    );

    // EIP-2612: the payer signs a permit in Rust; one transaction opens.
    let permitted = terms(&payer, payee.address(), token.address(), 2_000_000, now + 3_600, 2);
    let opened = escrows.open_with_permit(permitted.clone(), U256::from(now + 600)).await?;
    assert_eq!(opened.value.funding, 1, "IEscrow.Funding.Permit");
    let err = payee.escrows()?.release(permitted, U256::from(1)).await.err().map(|e| e.to_string());
    assert_eq!(
        err.as_deref(),
        Some(
            format!("Escrow.release reverted: EscrowUnauthorized(id={}, caller={})", opened.value.id, payee.address())
                .as_str()
        )
    );

    // EIP-3009: the payer only signs, a relayer opens; a validator's attestation releases it.
    let schema =
        validator.attestations()?.register_schema("bytes32 escrowId,bytes32 result", Address::ZERO, true).await?;
    let mut proven = terms(&payer, payee.address(), token.address(), 3_000_000, now + 3_600, 3);
    (proven.conditionSchema, proven.conditionAttester) = (schema.value.schema, validator.address());
    let signed = escrows.sign_authorization(&proven, U256::ZERO, U256::from(now + 600)).await?;
    let opened = relayer.escrows()?.open_with_authorization(proven.clone(), signed).await?;
    assert_eq!(opened.value.funding, 2, "IEscrow.Funding.Authorization");
    let request = AttestationRequest {
        schema: schema.value.schema,
        recipient: payee.address(),
        expirationTime: 0,
        revocable: true,
        refUID: opened.value.id,
        data: Bytes::from(vec![7; 64]),
    };
    let uid = validator.attestations()?.attest(request.clone()).await?.value.uid;
    let released =
        relayer.escrows()?.release_on_proof(proven, attestation_content(validator.address(), &request)).await?;
    assert_eq!((released.value.proof, released.value.amount), (uid, U256::from(3_000_000)));

    // ETH, disputed by the payee and settled by the arbiter for a 10% fee.
    let mut in_eth = terms(&payer, payee.address(), Address::ZERO, 1_000_000_000_000, now + 3_600, 4);
    (in_eth.arbiter, in_eth.arbiterFeeBps) = (arbiter.address(), 1_000);
    escrows.open(in_eth.clone()).await?;
    payee.escrows()?.dispute(in_eth.clone()).await?;
    assert_eq!(escrows.state(escrows.id(&in_eth)).await?.status, EscrowStatus::Disputed);
    let resolved = arbiter.escrows()?.resolve(in_eth, U256::from(600_000_000_000u64)).await?;
    assert_eq!(
        (resolved.value.fee, resolved.value.toPayer),
        (U256::from(100_000_000_000u64), U256::from(300_000_000_000u64))
    );

    // Refund after the deadline, by anyone.
    let lapsing = terms(&payer, payee.address(), token.address(), 500_000, now + 60, 5);
    token.approve(escrows.address(), lapsing.amount).await?;
    escrows.open(lapsing.clone()).await?;
    let err = relayer.escrows()?.refund(lapsing.clone()).await.err();
    assert!(matches!(&err, Some(Error::Reverted { error, .. }) if error.name == "EscrowNotRefundable"), "{err:?}");
    advance_time(relayer.provider(), 61).await?;
    let refunded = relayer.escrows()?.refund(lapsing).await?;
    assert_eq!(refunded.value.amount, U256::from(500_000));

    // Nothing was deferred, so there is nothing to withdraw.
    let err = payee.escrows()?.withdraw(token.address()).await.err().map(|e| e.to_string());
    assert_eq!(
        err.as_deref(),
        Some(
            format!(
                "Escrow.withdraw reverted: PayoutsNothingOwed(token={}, account={})",
                token.address(),
                payee.address()
            )
            .as_str()
        )
    );
    Ok(())
}
