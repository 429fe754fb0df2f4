//! The SDK's attestation calls on a real chain: schemas, attestations (direct, batched, delegated
//! by a Rust EIP-712 signature), revocation, supersession, timestamps; named custom errors;
//! concurrent sends from one client; connection failures.

use alloy::primitives::{Address, B256, Bytes, U256, keccak256};
use echorift_e2e::{
    sdk_devnet::{client, deploy_all},
    spawn_anvil, wallet_provider,
};
use echorift_sdk::{
    Client, Error,
    bindings::attestation_registry::IAttestationRegistry::AttestationRequest,
    registry::{attestation_uid, schema_id},
};

fn request(schema: B256, seed: u8) -> AttestationRequest {
    AttestationRequest {
        schema,
        recipient: Address::repeat_byte(0x42),
        expirationTime: 0,
        revocable: true,
        refUID: B256::repeat_byte(seed),
        data: Bytes::from(vec![seed; 64]),
    }
}

#[tokio::test]
async fn every_attestation_call_returns_its_decoded_result() -> anyhow::Result<()> {
    let anvil = spawn_anvil();
    let deployments = deploy_all(&anvil).await?;
    let attester = client(&anvil, &deployments, 1).await?;
    let relayer = client(&anvil, &deployments, 2).await?;
    let registry = attester.attestations()?;

    let definition = "bytes32 taskId,bytes32 resultHash";
    let sent = registry.register_schema(definition, Address::ZERO, true).await?;
    let schema = sent.value.schema;
    assert_eq!(schema, schema_id(definition, Address::ZERO, true), "schema id computed off-chain");
    assert!(sent.gas_used > 21_000 && sent.block_number > deployments.start_block);
    assert!(registry.schema(schema).await?.registered);

    let attested = registry.attest(request(schema, 1)).await?;
    let uid = attested.value.uid;
    assert_eq!(uid, registry.uid(&request(schema, 1)));
    assert_eq!(uid, attestation_uid(deployments.chain_id, registry.address(), attester.address(), &request(schema, 1)));
    assert!(registry.is_valid(uid).await?);

    let batch = registry.attest_batch(vec![request(schema, 2), request(schema, 3)]).await?;
    assert_eq!(batch.value.len(), 2);
    for uid in &batch.value {
        assert!(registry.is_valid(*uid).await?, "batch uid {uid} is on chain");
    }

    // Delegated: the attester signs in Rust, the relayer sends and pays.
    assert_eq!(registry.nonce(attester.address()).await?, U256::ZERO);
    let signed = registry.sign_delegated(request(schema, 4), U256::from(u64::MAX)).await?;
    let relayed = relayer.attestations()?.attest_delegated(signed).await?;
    assert_eq!(relayed.value.attester, attester.address(), "attested in the signer's name");
    assert_eq!(registry.nonce(attester.address()).await?, U256::from(1));

    let superseded = registry.supersede(uid, keccak256("typo"), request(schema, 5)).await?;
    assert!(!registry.is_valid(uid).await? && registry.is_valid(superseded.value.uid).await?);
    let revoked = registry.revoke(superseded.value.uid, B256::ZERO).await?;
    assert_eq!(revoked.value.uid, superseded.value.uid);

    let stamped = registry.timestamp(keccak256("report.pdf")).await?;
    assert!(stamped.value.timestamp > 0);
    Ok(())
}

#[tokio::test]
async fn reverts_come_back_as_named_errors_with_arguments() -> anyhow::Result<()> {
    let anvil = spawn_anvil();
    let deployments = deploy_all(&anvil).await?;
    let attester = client(&anvil, &deployments, 1).await?;
    let other = client(&anvil, &deployments, 2).await?;
    let schema = attester.attestations()?.register_schema("uint256 x", Address::ZERO, true).await?.value.schema;

    let err = attester.attestations()?.register_schema("uint256 x", Address::ZERO, true).await.err();
    let Some(Error::Reverted { call, error }) = err else { anyhow::bail!("expected a named revert, got {err:?}") };
    assert_eq!(call, "AttestationRegistry.registerSchema");
    assert_eq!(error.to_string(), format!("AttestationRegistrySchemaExists(schema={schema})"));

    let uid = attester.attestations()?.attest(request(schema, 1)).await?.value.uid;
    let err = other.attestations()?.revoke(uid, B256::ZERO).await.err().map(|e| e.to_string()).unwrap_or_default();
    assert_eq!(
        err,
        format!(
            "AttestationRegistry.revoke reverted: AttestationRegistryNotAttester(uid={uid}, caller={}, attester={})",
            other.address(),
            attester.address()
        )
    );

    // A failed estimate takes no nonce: the next transaction goes through.
    attester.attestations()?.attest(request(schema, 2)).await?;
    Ok(())
}

#[tokio::test]
async fn one_client_sends_many_transactions_at_once() -> anyhow::Result<()> {
    let anvil = spawn_anvil();
    let deployments = deploy_all(&anvil).await?;
    let agent = client(&anvil, &deployments, 1).await?;
    let schema = agent.attestations()?.register_schema("uint8 n", Address::ZERO, true).await?.value.schema;

    let mut sends = tokio::task::JoinSet::new();
    for seed in 0..8u8 {
        let agent = agent.clone();
        sends.spawn(async move { agent.attestations()?.attest(request(schema, seed)).await });
    }
    let mut blocks = Vec::new();
    while let Some(sent) = sends.join_next().await {
        blocks.push(sent??.block_number);
    }
    assert_eq!(blocks.len(), 8, "every concurrent attestation was mined (no nonce collision)");
    Ok(())
}

#[tokio::test]
async fn wrong_chain_and_unreachable_rpc_are_named() -> anyhow::Result<()> {
    let anvil = spawn_anvil();
    let mut deployments = deploy_all(&anvil).await?;
    let (signer, _) = wallet_provider(&anvil, 1)?;

    deployments.chain_id = 8453;
    let err = Client::connect(&anvil.endpoint(), signer.clone(), deployments.clone()).await.err();
    let message = err.map(|e| e.to_string()).unwrap_or_default();
    assert_eq!(
        message,
        format!("the RPC at {} serves chain 31337, but the deployments are for chain 8453", anvil.endpoint())
    );

    let port = std::net::TcpListener::bind("127.0.0.1:0")?.local_addr()?.port();
    let url = format!("http://127.0.0.1:{port}");
    let message = Client::connect(&url, signer.clone(), deployments.clone()).await.err().map(|e| e.to_string());
    assert!(
        message.as_deref().is_some_and(|m| m.starts_with(&format!("RPC {url}: eth_chainId failed"))),
        "{message:?}"
    );

    let message = Client::connect("not a url", signer, deployments).await.err().map(|e| e.to_string());
    assert!(message.as_deref().is_some_and(|m| m.starts_with("invalid RPC URL `not a url`")), "{message:?}");
    Ok(())
}
