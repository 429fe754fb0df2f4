//! Off-chain counterparts of the attestation registry's rules: attestation ids and the
//! EIP-712 messages an attester signs. Agents compute both without asking the chain.

use alloy::{
    primitives::{Address, B256, Bytes, U256, keccak256},
    signers::{Signer, local::PrivateKeySigner},
    sol,
    sol_types::{SolStruct, SolValue, eip712_domain},
};
use echorift_bindings::attestation_registry::IAttestationRegistry::AttestationRequest;

sol! {
    /// The EIP-712 message of a delegated attestation, as `AttestationRegistry` defines it.
    #[derive(Debug)]
    struct Attest {
        address attester;
        bytes32 schema;
        address recipient;
        uint64 expirationTime;
        bool revocable;
        bytes32 refUID;
        bytes data;
        uint256 nonce;
        uint256 deadline;
    }
}

/// The id `attester` gets for `request` on the registry at `registry` on chain `chain_id`:
/// `keccak256(abi.encode(chainId, registry, schema, attester, recipient, expirationTime,
/// revocable, refUID, keccak256(data)))`.
pub fn attestation_uid(chain_id: u64, registry: Address, attester: Address, request: &AttestationRequest) -> B256 {
    keccak256(
        (
            U256::from(chain_id),
            registry,
            request.schema,
            attester,
            request.recipient,
            request.expirationTime,
            request.revocable,
            request.refUID,
            keccak256(&request.data),
        )
            .abi_encode(),
    )
}

/// Signs a delegated attestation of `request` with `nonce` until `deadline`; the result is
/// the 65-byte `r ‖ s ‖ v` signature `attestBySig` takes.
pub async fn sign_attestation(
    signer: &PrivateKeySigner,
    chain_id: u64,
    registry: Address,
    request: &AttestationRequest,
    nonce: U256,
    deadline: U256,
) -> alloy::signers::Result<Bytes> {
    let domain = eip712_domain! {
        name: "EchoRift AttestationRegistry",
        version: "1",
        chain_id: chain_id,
        verifying_contract: registry,
    };
    let message = Attest {
        attester: signer.address(),
        schema: request.schema,
        recipient: request.recipient,
        expirationTime: request.expirationTime,
        revocable: request.revocable,
        refUID: request.refUID,
        data: request.data.clone(),
        nonce,
        deadline,
    };
    let signature = signer.sign_hash(&message.eip712_signing_hash(&domain)).await?;
    Ok(Bytes::from(signature.as_bytes().to_vec()))
}
