//! The attestation registry through the generated bindings on a real chain: events decode
//! back to exactly what was attested, ids are known before mining, delegated attestations are
//! signed in Rust and reverts decode to the contract's named errors.

use alloy::{
    primitives::{Address, B256, Bytes, U256},
    providers::Provider,
};
use echorift_bindings::attestation_registry::{
    AttestationRegistry::{self, AttestationRegistryErrors},
    IAttestationRegistry::{AttestationContent, AttestationRequest},
};
use echorift_e2e::{
    attestations::{attestation_uid, sign_attestation},
    find_event, spawn_anvil, wallet_provider,
};

const DEFINITION: &str = "uint256 taskId,bytes32 resultHash";

#[tokio::test]
async fn attested_event_decodes_to_exactly_what_was_attested() {
    let anvil = spawn_anvil();
    let (attester, provider) = wallet_provider(&anvil, 0).expect("account 0");
    let registry = AttestationRegistry::deploy(&provider).await.expect("deploys");

    let receipt = registry
        .registerSchema(DEFINITION.into(), Address::ZERO, true)
        .send()
        .await
        .expect("sends")
        .get_receipt()
        .await
        .expect("mined");
    let registered = find_event::<AttestationRegistry::SchemaRegistered>(&receipt).expect("SchemaRegistered");
    assert_eq!(registered.definition, DEFINITION, "the event carries the whole definition");
    assert_eq!(registered.registerer, attester.address());
    let schema = registered.schema;

    // 64 bytes: a task id and a result hash, as the schema says.
    let data: Bytes = [U256::from(42).to_be_bytes::<32>(), [0xab; 32]].concat().into();
    let request = AttestationRequest {
        schema,
        recipient: Address::repeat_byte(0x42),
        expirationTime: 0,
        revocable: true,
        refUID: B256::repeat_byte(0x07),
        data: data.clone(),
    };
    // Known before the transaction is sent.
    let expected_uid = attestation_uid(anvil.chain_id(), *registry.address(), attester.address(), &request);

    let receipt = registry.attest(request.clone()).send().await.expect("sends").get_receipt().await.expect("mined");
    assert!(receipt.status());
    let attested = find_event::<AttestationRegistry::Attested>(&receipt).expect("Attested");
    assert_eq!(attested.uid, expected_uid, "the id computed off-chain");
    assert_eq!(attested.schema, schema);
    assert_eq!(attested.attester, attester.address());
    assert_eq!(attested.recipient, request.recipient);
    assert_eq!(attested.refUID, request.refUID);
    assert_eq!(attested.expirationTime, 0);
    assert!(attested.revocable);
    assert_eq!(attested.data, data, "the data, byte for byte");

    assert!(registry.isValid(expected_uid).call().await.expect("isValid"));
    let content = AttestationContent {
        schema,
        attester: attester.address(),
        recipient: request.recipient,
        expirationTime: 0,
        revocable: true,
        refUID: request.refUID,
        dataHash: alloy::primitives::keccak256(&data),
    };
    assert!(registry.isValidContent(content.clone()).call().await.expect("isValidContent"));
    let tampered = AttestationContent { dataHash: B256::repeat_byte(1), ..content };
    assert!(!registry.isValidContent(tampered).call().await.expect("isValidContent"), "other data is not attested");

    let receipt = registry
        .revoke(expected_uid, B256::repeat_byte(0xee))
        .send()
        .await
        .expect("sends")
        .get_receipt()
        .await
        .expect("mined");
    let revoked = find_event::<AttestationRegistry::Revoked>(&receipt).expect("Revoked");
    assert_eq!((revoked.uid, revoked.reason, revoked.replacement), (expected_uid, B256::repeat_byte(0xee), B256::ZERO));
    assert!(!registry.isValid(expected_uid).call().await.expect("isValid"));

    let Err(err) = registry.revoke(expected_uid, B256::ZERO).call().await else {
        panic!("revoking twice must fail");
    };
    match err.as_decoded_interface_error::<AttestationRegistryErrors>() {
        Some(AttestationRegistryErrors::AttestationRegistryAlreadyRevoked(e)) => assert_eq!(e.uid, expected_uid),
        other => panic!("expected AttestationRegistryAlreadyRevoked, got {other:?} from {err}"),
    }
}

#[tokio::test]
async fn delegated_attestation_signed_in_rust_is_relayed_once() {
    let anvil = spawn_anvil();
    let (attester, owner) = wallet_provider(&anvil, 0).expect("account 0");
    let registry = AttestationRegistry::deploy(&owner).await.expect("deploys");
    let receipt = registry
        .registerSchema(DEFINITION.into(), Address::ZERO, false)
        .send()
        .await
        .expect("sends")
        .get_receipt()
        .await
        .expect("mined");
    let schema = find_event::<AttestationRegistry::SchemaRegistered>(&receipt).expect("SchemaRegistered").schema;

    let request = AttestationRequest {
        schema,
        recipient: Address::repeat_byte(0x99),
        expirationTime: u64::MAX >> 30,
        revocable: false,
        refUID: B256::ZERO,
        data: Bytes::from_static(b"output passed validation"),
    };
    let chain_id = owner.get_chain_id().await.expect("chain id");
    let deadline = U256::from(u64::MAX);
    let signature = sign_attestation(&attester, chain_id, *registry.address(), &request, U256::ZERO, deadline)
        .await
        .expect("signs");

    // The relayer pays; the attestation is the signer's.
    let (_, relayer) = wallet_provider(&anvil, 1).expect("account 1");
    let relayed = AttestationRegistry::new(*registry.address(), &relayer);
    let receipt = relayed
        .attestBySig(request.clone(), attester.address(), deadline, signature.clone())
        .send()
        .await
        .expect("sends")
        .get_receipt()
        .await
        .expect("mined");
    let attested = find_event::<AttestationRegistry::Attested>(&receipt).expect("Attested");
    assert_eq!(attested.attester, attester.address());
    assert_eq!(attested.uid, attestation_uid(chain_id, *registry.address(), attester.address(), &request));
    assert_eq!(registry.nonces(attester.address()).call().await.expect("nonces"), U256::from(1));

    let err = relayed
        .attestBySig(request, attester.address(), deadline, signature)
        .call()
        .await
        .expect_err("a signature works once");
    match err.as_decoded_interface_error::<AttestationRegistryErrors>() {
        Some(AttestationRegistryErrors::AttestationRegistryInvalidSignature(e)) => {
            assert_eq!(e.signer, attester.address())
        }
        other => panic!("expected AttestationRegistryInvalidSignature, got {other:?} from {err}"),
    }
}
