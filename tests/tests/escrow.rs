//! Escrow through the generated bindings on a real chain: a payer signs an EIP-3009
//! authorization in Rust, a relayer opens the escrow with it, a validator attests delivery and
//! anyone releases the funds on that proof.

use alloy::{
    primitives::{Address, B256, Bytes, U256, keccak256},
    providers::Provider,
};
use echorift_bindings::{
    attestation_registry::{AttestationRegistry, IAttestationRegistry::AttestationRequest},
    escrow::{Escrow, IAttestationRegistry::AttestationContent, IEscrow::Terms},
    test_token::TestToken::{self, TestTokenErrors},
};
use echorift_e2e::{
    chain_now,
    escrow::{escrow_id, sign_escrow_authorization},
    find_event, spawn_anvil, wallet_provider,
};

const TOKEN_NAME: &str = "EchoRift Test USD";

#[tokio::test]
async fn escrow_funded_by_a_rust_signed_authorization_is_released_on_proof() {
    let anvil = spawn_anvil();
    let (payer, payer_provider) = wallet_provider(&anvil, 0).expect("account 0");
    let (payee, _) = wallet_provider(&anvil, 1).expect("account 1");
    let (_, relayer) = wallet_provider(&anvil, 2).expect("account 2");
    let (validator, validator_provider) = wallet_provider(&anvil, 3).expect("account 3");
    let chain_id = payer_provider.get_chain_id().await.expect("chain id");

    let registry = AttestationRegistry::deploy(&payer_provider).await.expect("registry deploys");
    let escrow = Escrow::deploy(&payer_provider, *registry.address()).await.expect("escrow deploys");
    let token = TestToken::deploy(&payer_provider, TOKEN_NAME.into(), "tUSD".into()).await.expect("token deploys");
    let amount = U256::from(5_000_000u64); // 5 tUSD
    token.mint(payer.address(), amount).send().await.expect("mint").get_receipt().await.expect("mined");

    let as_validator = AttestationRegistry::new(*registry.address(), &validator_provider);
    let receipt = as_validator
        .registerSchema("bytes32 escrowId,bytes32 resultHash".into(), Address::ZERO, true)
        .send()
        .await
        .expect("sends")
        .get_receipt()
        .await
        .expect("mined");
    let schema = find_event::<AttestationRegistry::SchemaRegistered>(&receipt).expect("SchemaRegistered").schema;

    let now = chain_now(&payer_provider).await.expect("chain time");
    let terms = Terms {
        payer: payer.address(),
        payee: payee.address(),
        token: *token.address(),
        amount,
        deadline: now + 3_600,
        arbiter: Address::ZERO,
        arbiterFeeBps: 0,
        conditionSchema: schema,
        conditionAttester: validator.address(),
        salt: B256::repeat_byte(0x01),
    };
    let id = escrow_id(chain_id, *escrow.address(), &terms);
    assert_eq!(escrow.escrowId(terms.clone()).call().await.expect("escrowId"), id, "id computed off-chain");

    // The payer only signs; the relayer pays the gas.
    let vrs = sign_escrow_authorization(&payer, chain_id, *escrow.address(), TOKEN_NAME, &terms, U256::ZERO, U256::MAX)
        .await
        .expect("signs");
    let as_relayer = Escrow::new(*escrow.address(), &relayer);

    // A relayer that changes the terms (here the payee) cannot use the signature.
    let diverted = Terms { payee: Address::repeat_byte(0x66), ..terms.clone() };
    let Err(err) = as_relayer.openWithAuthorization(diverted, U256::ZERO, U256::MAX, vrs.v, vrs.r, vrs.s).call().await
    else {
        panic!("a signature for other terms must not open an escrow");
    };
    assert!(
        matches!(
            err.as_decoded_interface_error::<TestTokenErrors>(),
            Some(TestTokenErrors::ERC3009InvalidSignature(_))
        ),
        "{err}"
    );

    let receipt = as_relayer
        .openWithAuthorization(terms.clone(), U256::ZERO, U256::MAX, vrs.v, vrs.r, vrs.s)
        .send()
        .await
        .expect("sends")
        .get_receipt()
        .await
        .expect("mined");
    assert!(receipt.status(), "open reverted");
    let opened = find_event::<Escrow::EscrowOpened>(&receipt).expect("EscrowOpened");
    assert_eq!(opened.id, id);
    assert_eq!(opened.terms, terms, "the event carries the whole terms");
    assert_eq!(token.balanceOf(*escrow.address()).call().await.expect("balance"), amount);

    // The validator attests delivery, referring to the escrow.
    let data: Bytes = [id.0, [0xcd; 32]].concat().into();
    let request = AttestationRequest {
        schema,
        recipient: payee.address(),
        expirationTime: 0,
        revocable: true,
        refUID: id,
        data: data.clone(),
    };
    let receipt = as_validator.attest(request).send().await.expect("sends").get_receipt().await.expect("mined");
    let uid = find_event::<AttestationRegistry::Attested>(&receipt).expect("Attested").uid;

    let proof = AttestationContent {
        schema,
        attester: validator.address(),
        recipient: payee.address(),
        expirationTime: 0,
        revocable: true,
        refUID: id,
        dataHash: keccak256(&data),
    };
    let receipt =
        as_relayer.releaseOnProof(terms, proof).send().await.expect("sends").get_receipt().await.expect("mined");
    assert!(receipt.status(), "releaseOnProof reverted");
    let released = find_event::<Escrow::EscrowReleased>(&receipt).expect("EscrowReleased");
    assert_eq!((released.id, released.amount, released.remaining, released.proof), (id, amount, U256::ZERO, uid));

    assert_eq!(token.balanceOf(payee.address()).call().await.expect("balance"), amount, "the payee was paid");
    assert_eq!(token.balanceOf(*escrow.address()).call().await.expect("balance"), U256::ZERO);
    let state = escrow.getState(id).call().await.expect("state");
    // Solidity enums come through the bindings as their uint8 value: IEscrow.Status.Closed is 3.
    assert_eq!((state.remaining, state.status), (0, 3));
}
