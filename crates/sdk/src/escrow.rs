//! The escrow: open (approval, EIP-2612 permit, or a relayed EIP-3009 authorization), release,
//! release on proof, refund, return, dispute, resolve, withdraw; escrow ids computed off-chain.

use alloy::{
    primitives::{Address, B256, U256, keccak256},
    providers::DynProvider,
    signers::Signer,
    sol_types::SolValue,
};
use echorift_bindings::escrow::{
    Escrow::{self, EscrowInstance},
    IAttestationRegistry::AttestationContent,
    IEscrow::Terms,
};

use crate::{
    Client, Error, Sent,
    registry::{Proof, content_as},
    token::{Authorization, Vrs, sign_receive_authorization},
};

/// The id of an escrow with `terms` on the escrow contract `escrow` on chain `chain_id`:
/// `keccak256(abi.encode(chainId, escrow, terms))`.
pub fn escrow_id(chain_id: u64, escrow: Address, terms: &Terms) -> B256 {
    keccak256((U256::from(chain_id), escrow, terms.clone()).abi_encode())
}

/// Signs the payer's authorization for `escrow` to receive `terms.amount` of `terms.token`
/// (EIP-712 name `token_name`), valid in `(valid_after, valid_before)`, for exactly these terms.
pub async fn sign_escrow_authorization<S: Signer + ?Sized>(
    payer: &S,
    chain_id: u64,
    escrow: Address,
    token_name: &str,
    terms: &Terms,
    valid_after: U256,
    valid_before: U256,
) -> alloy::signers::Result<Vrs> {
    let authorization = Authorization {
        token: terms.token,
        token_name,
        to: escrow,
        value: terms.amount,
        valid_after,
        valid_before,
        nonce: escrow_id(chain_id, escrow, terms),
    };
    sign_receive_authorization(payer, chain_id, &authorization).await
}

/// A payer's EIP-3009 signature funding one escrow, for a relayer to present.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SignedAuthorization {
    /// Valid strictly after this time.
    pub valid_after: U256,
    /// Valid strictly before this time.
    pub valid_before: U256,
    /// The signature.
    #[serde(flatten)]
    pub vrs: Vrs,
}

/// Where an escrow is in its life (`IEscrow.Status`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub enum EscrowStatus {
    /// No escrow with this id.
    None,
    /// Funded, waiting for release, proof, dispute or the deadline.
    Open,
    /// Disputed: the arbiter settles it.
    Disputed,
    /// Nothing left in it.
    Closed,
}

impl TryFrom<u8> for EscrowStatus {
    type Error = Error;
    fn try_from(value: u8) -> Result<Self, Error> {
        Ok(match value {
            0 => Self::None,
            1 => Self::Open,
            2 => Self::Disputed,
            3 => Self::Closed,
            _ => return Err(Error::UnknownStatus { what: "escrow", value }),
        })
    }
}

/// What the escrow stores about one escrow.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct EscrowState {
    /// What it still holds.
    pub remaining: u128,
    /// When it was disputed; 0 if never.
    pub disputed_at: u64,
    /// Its status.
    pub status: EscrowStatus,
}

/// The escrow contract of a client's deployment.
#[derive(Debug, Clone)]
pub struct Escrows<'a> {
    client: &'a Client,
    contract: EscrowInstance<DynProvider>,
}

impl<'a> Escrows<'a> {
    pub(crate) fn new(client: &'a Client) -> Result<Self, Error> {
        let address = client.deployments().address("Escrow")?;
        Ok(Self { client, contract: Escrow::new(address, client.provider().clone()) })
    }

    /// The escrow contract's address.
    pub fn address(&self) -> Address {
        *self.contract.address()
    }

    /// The id of an escrow with `terms`, computed locally.
    pub fn id(&self, terms: &Terms) -> B256 {
        escrow_id(self.client.chain_id(), self.address(), terms)
    }

    /// Opens and funds an escrow from the signer: ETH when `terms.token` is zero, else tokens
    /// pulled with a prior approval. The signer need not be the payer (it funds on its behalf).
    pub async fn open(&self, terms: Terms) -> Result<Sent<Escrow::EscrowOpened>, Error> {
        let value = if terms.token.is_zero() { terms.amount } else { U256::ZERO };
        self.client.send_for("Escrow.open", self.contract.open(terms).value(value)).await
    }

    /// Opens a token escrow funded by an EIP-2612 permit the signer (the payer) signs here.
    pub async fn open_with_permit(&self, terms: Terms, deadline: U256) -> Result<Sent<Escrow::EscrowOpened>, Error> {
        let vrs = self.client.token(terms.token).sign_permit(self.address(), terms.amount, deadline).await?;
        let call = self.contract.openWithPermit(terms, deadline, vrs.v, vrs.r, vrs.s);
        self.client.send_for("Escrow.openWithPermit", call).await
    }

    /// The payer (the signer) signs an EIP-3009 authorization funding exactly `terms`; anyone
    /// can then open the escrow with it ([`Self::open_with_authorization`]) and pay the gas.
    pub async fn sign_authorization(
        &self,
        terms: &Terms,
        valid_after: U256,
        valid_before: U256,
    ) -> Result<SignedAuthorization, Error> {
        let vrs = self
            .client
            .token(terms.token)
            .sign_receive_authorization(self.address(), terms.amount, self.id(terms), valid_after, valid_before)
            .await?;
        Ok(SignedAuthorization { valid_after, valid_before, vrs })
    }

    /// Relays a payer's authorization: opens the escrow it funds.
    pub async fn open_with_authorization(
        &self,
        terms: Terms,
        signed: SignedAuthorization,
    ) -> Result<Sent<Escrow::EscrowOpened>, Error> {
        let SignedAuthorization { valid_after, valid_before, vrs } = signed;
        let call = self.contract.openWithAuthorization(terms, valid_after, valid_before, vrs.v, vrs.r, vrs.s);
        self.client.send_for("Escrow.openWithAuthorization", call).await
    }

    /// The payer releases `amount` to the payee.
    pub async fn release(&self, terms: Terms, amount: U256) -> Result<Sent<Escrow::EscrowReleased>, Error> {
        self.client.send_for("Escrow.release", self.contract.release(terms, amount)).await
    }

    /// Anyone releases everything to the payee with a qualifying attestation's content.
    pub async fn release_on_proof(&self, terms: Terms, proof: Proof) -> Result<Sent<Escrow::EscrowReleased>, Error> {
        self.client
            .send_for(
                "Escrow.releaseOnProof",
                self.contract.releaseOnProof(terms, content_as!(proof, AttestationContent)),
            )
            .await
    }

    /// Anyone refunds the payer after the deadline (or a lapsed dispute).
    pub async fn refund(&self, terms: Terms) -> Result<Sent<Escrow::EscrowRefunded>, Error> {
        self.client.send_for("Escrow.refund", self.contract.refund(terms)).await
    }

    /// The payee gives `amount` back to the payer.
    pub async fn return_funds(&self, terms: Terms, amount: U256) -> Result<Sent<Escrow::EscrowReturned>, Error> {
        self.client.send_for("Escrow.returnFunds", self.contract.returnFunds(terms, amount)).await
    }

    /// The payer or payee disputes the escrow.
    pub async fn dispute(&self, terms: Terms) -> Result<Sent<Escrow::EscrowDisputed>, Error> {
        self.client.send_for("Escrow.dispute", self.contract.dispute(terms)).await
    }

    /// The arbiter settles a dispute: `to_payee` to the payee, its fee, the rest to the payer.
    pub async fn resolve(&self, terms: Terms, to_payee: U256) -> Result<Sent<Escrow::EscrowResolved>, Error> {
        self.client.send_for("Escrow.resolve", self.contract.resolve(terms, to_payee)).await
    }

    /// Collects the signer's payments in `token` that could not be pushed.
    pub async fn withdraw(&self, token: Address) -> Result<Sent<Escrow::Withdrawn>, Error> {
        self.client.send_for("Escrow.withdraw", self.contract.withdraw(token)).await
    }

    /// What the escrow stores about escrow `id`.
    pub async fn state(&self, id: B256) -> Result<EscrowState, Error> {
        let state = self.client.read("Escrow.getState", self.contract.getState(id)).await?;
        Ok(EscrowState { remaining: state.remaining, disputed_at: state.disputedAt, status: state.status.try_into()? })
    }
}
