//! The attestation registry: schemas, attestations (direct, batched, delegated by an EIP-712
//! signature made in Rust), revocations and timestamps; and the off-chain rules agents compute
//! without asking the chain (attestation ids, the delegated-attestation message).

use alloy::{
    primitives::{Address, B256, Bytes, U256, keccak256},
    providers::DynProvider,
    signers::Signer,
    sol,
    sol_types::{SolStruct, SolValue, eip712_domain},
};
use echorift_bindings::attestation_registry::{
    AttestationRegistry::{self, AttestationRegistryInstance},
    IAttestationRegistry::{AttestationContent, AttestationRequest, Schema},
};

use crate::{Client, Error, Sent};

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

/// A schema's id, the same on every chain: `keccak256(abi.encodePacked(definition, resolver, revocable))`.
pub fn schema_id(definition: &str, resolver: Address, revocable: bool) -> B256 {
    keccak256((definition, resolver, revocable).abi_encode_packed())
}

/// An attestation's content as a proof for [`crate::escrow::Escrows::release_on_proof`] and
/// [`crate::tasks::Tasks::accept_by_validation`].
pub type Proof = AttestationContent;

/// The content an escrow or a task board checks as proof: the request's fields with its data by hash.
pub fn attestation_content(attester: Address, request: &AttestationRequest) -> AttestationContent {
    AttestationContent {
        schema: request.schema,
        attester,
        recipient: request.recipient,
        expirationTime: request.expirationTime,
        revocable: request.revocable,
        refUID: request.refUID,
        dataHash: keccak256(&request.data),
    }
}

/// Converts the registry's `AttestationContent` into another contract's copy of the same struct
/// (each contract's bindings carry their own).
macro_rules! content_as {
    ($content:expr, $ty:ident) => {{
        let content = $content;
        $ty {
            schema: content.schema,
            attester: content.attester,
            recipient: content.recipient,
            expirationTime: content.expirationTime,
            revocable: content.revocable,
            refUID: content.refUID,
            dataHash: content.dataHash,
        }
    }};
}
pub(crate) use content_as;

/// Signs a delegated attestation of `request` with `nonce` until `deadline`; the result is
/// the 65-byte `r ‖ s ‖ v` signature `attestBySig` takes.
pub async fn sign_attestation<S: Signer + ?Sized>(
    signer: &S,
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

/// An attestation an attester signed for someone else to relay.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct DelegatedAttestation {
    /// What is attested.
    pub request: AttestationRequest,
    /// Who signed it.
    pub attester: Address,
    /// The last second the signature may be used.
    pub deadline: U256,
    /// The 65-byte signature.
    pub signature: Bytes,
}

/// The attestation registry of a client's deployment.
#[derive(Debug, Clone)]
pub struct Attestations<'a> {
    client: &'a Client,
    contract: AttestationRegistryInstance<DynProvider>,
}

impl<'a> Attestations<'a> {
    pub(crate) fn new(client: &'a Client) -> Result<Self, Error> {
        let address = client.deployments().address("AttestationRegistry")?;
        Ok(Self { client, contract: AttestationRegistry::new(address, client.provider().clone()) })
    }

    /// The registry's address.
    pub fn address(&self) -> Address {
        *self.contract.address()
    }

    /// The id the client's signer gets for `request`.
    pub fn uid(&self, request: &AttestationRequest) -> B256 {
        attestation_uid(self.client.chain_id(), self.address(), self.client.address(), request)
    }

    /// Registers a schema; the event carries its id.
    pub async fn register_schema(
        &self,
        definition: &str,
        resolver: Address,
        revocable: bool,
    ) -> Result<Sent<AttestationRegistry::SchemaRegistered>, Error> {
        let call = self.contract.registerSchema(definition.into(), resolver, revocable);
        self.client.send_for("AttestationRegistry.registerSchema", call).await
    }

    /// Attests `request` as the client's signer.
    pub async fn attest(&self, request: AttestationRequest) -> Result<Sent<AttestationRegistry::Attested>, Error> {
        self.client.send_for("AttestationRegistry.attest", self.contract.attest(request)).await
    }

    /// Attests every request, all or nothing; returns the ids in order.
    pub async fn attest_batch(&self, requests: Vec<AttestationRequest>) -> Result<Sent<Vec<B256>>, Error> {
        let uids = requests.iter().map(|request| self.uid(request)).collect();
        let receipt = self.client.send("AttestationRegistry.attestBatch", self.contract.attestBatch(requests)).await?;
        Ok(crate::client::sent(&receipt, uids))
    }

    /// Signs `request` for a relayer with the signer's current nonce, valid until `deadline`.
    pub async fn sign_delegated(
        &self,
        request: AttestationRequest,
        deadline: U256,
    ) -> Result<DelegatedAttestation, Error> {
        let attester = self.client.address();
        let nonce = self.nonce(attester).await?;
        let signature =
            sign_attestation(self.client.signer(), self.client.chain_id(), self.address(), &request, nonce, deadline)
                .await?;
        Ok(DelegatedAttestation { request, attester, deadline, signature })
    }

    /// Relays an attestation another agent signed; the client's signer pays the gas.
    pub async fn attest_delegated(
        &self,
        signed: DelegatedAttestation,
    ) -> Result<Sent<AttestationRegistry::Attested>, Error> {
        let call = self.contract.attestBySig(signed.request, signed.attester, signed.deadline, signed.signature);
        self.client.send_for("AttestationRegistry.attestBySig", call).await
    }

    /// Revokes the signer's attestation `uid` with a reason hash.
    pub async fn revoke(&self, uid: B256, reason: B256) -> Result<Sent<AttestationRegistry::Revoked>, Error> {
        self.client.send_for("AttestationRegistry.revoke", self.contract.revoke(uid, reason)).await
    }

    /// Revokes `uid` and attests its replacement in one transaction; returns the replacement.
    pub async fn supersede(
        &self,
        uid: B256,
        reason: B256,
        request: AttestationRequest,
    ) -> Result<Sent<AttestationRegistry::Attested>, Error> {
        self.client.send_for("AttestationRegistry.supersede", self.contract.supersede(uid, reason, request)).await
    }

    /// Records the current block time for `data_hash`, once.
    pub async fn timestamp(&self, data_hash: B256) -> Result<Sent<AttestationRegistry::Timestamped>, Error> {
        self.client.send_for("AttestationRegistry.timestamp", self.contract.timestamp(data_hash)).await
    }

    /// Whether `uid` exists, is not revoked and has not expired, now.
    pub async fn is_valid(&self, uid: B256) -> Result<bool, Error> {
        self.client.read("AttestationRegistry.isValid", self.contract.isValid(uid)).await
    }

    /// A registered schema (`registered` false if none).
    pub async fn schema(&self, schema: B256) -> Result<Schema, Error> {
        self.client.read("AttestationRegistry.getSchema", self.contract.getSchema(schema)).await
    }

    /// The nonce `attester`'s next signature must use.
    pub async fn nonce(&self, attester: Address) -> Result<U256, Error> {
        self.client.read("AttestationRegistry.nonces", self.contract.nonces(attester)).await
    }
}
