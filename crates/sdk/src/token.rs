//! ERC-20 tokens with EIP-2612 permits and EIP-3009 authorizations (the test token, USDC):
//! balances, approvals, minting the test token, and both signatures made in Rust. An EIP-3009
//! `receiveWithAuthorization` is how a payer agent funds an escrow or a task by signing only
//! (x402 style); its nonce is the escrow or task id, so the signature binds the terms it funds.

use alloy::{
    primitives::{Address, B256, U256},
    providers::DynProvider,
    signers::Signer,
    sol,
    sol_types::{SolStruct, eip712_domain},
};
use echorift_bindings::test_token::TestToken::{self, TestTokenInstance};

use crate::{Client, Error, Sent};

sol! {
    /// EIP-3009's message for `receiveWithAuthorization`.
    #[derive(Debug)]
    struct ReceiveWithAuthorization {
        address from;
        address to;
        uint256 value;
        uint256 validAfter;
        uint256 validBefore;
        bytes32 nonce;
    }

    /// EIP-2612's message for `permit`.
    #[derive(Debug)]
    struct Permit {
        address owner;
        address spender;
        uint256 value;
        uint256 nonce;
        uint256 deadline;
    }
}

/// A signature split as the EIP-2612 and EIP-3009 `(v, r, s)` functions take it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Vrs {
    /// 27 or 28.
    pub v: u8,
    /// The signature's r.
    pub r: B256,
    /// The signature's s.
    pub s: B256,
}

impl From<alloy::primitives::Signature> for Vrs {
    fn from(signature: alloy::primitives::Signature) -> Self {
        Self { v: 27 + u8::from(signature.v()), r: signature.r().into(), s: signature.s().into() }
    }
}

/// What the payer authorizes: `value` of the token at `token` (EIP-712 name `token_name`,
/// version "1") to be received by `to`, valid in `(valid_after, valid_before)`, once (`nonce`).
#[derive(Debug, Clone)]
pub struct Authorization<'a> {
    /// The token contract.
    pub token: Address,
    /// The token's EIP-712 domain name.
    pub token_name: &'a str,
    /// The receiving contract (the escrow or the task board).
    pub to: Address,
    /// The amount.
    pub value: U256,
    /// Valid strictly after this time.
    pub valid_after: U256,
    /// Valid strictly before this time.
    pub valid_before: U256,
    /// The escrow or task id.
    pub nonce: B256,
}

/// Signs `authorization` as `payer` on chain `chain_id`.
pub async fn sign_receive_authorization<S: Signer + ?Sized>(
    payer: &S,
    chain_id: u64,
    authorization: &Authorization<'_>,
) -> alloy::signers::Result<Vrs> {
    let domain = eip712_domain! {
        name: authorization.token_name.to_owned(),
        version: "1",
        chain_id: chain_id,
        verifying_contract: authorization.token,
    };
    let message = ReceiveWithAuthorization {
        from: payer.address(),
        to: authorization.to,
        value: authorization.value,
        validAfter: authorization.valid_after,
        validBefore: authorization.valid_before,
        nonce: authorization.nonce,
    };
    Ok(payer.sign_hash(&message.eip712_signing_hash(&domain)).await?.into())
}

/// Signs an EIP-2612 permit: `owner` (the signer) lets `spender` take `value` of `token`
/// (EIP-712 name `token_name`, version "1"), with the owner's permit `nonce`, until `deadline`.
#[allow(clippy::too_many_arguments)]
pub async fn sign_permit<S: Signer + ?Sized>(
    owner: &S,
    chain_id: u64,
    token: Address,
    token_name: &str,
    spender: Address,
    value: U256,
    nonce: U256,
    deadline: U256,
) -> alloy::signers::Result<Vrs> {
    let domain = eip712_domain! {
        name: token_name.to_owned(),
        version: "1",
        chain_id: chain_id,
        verifying_contract: token,
    };
    let message = Permit { owner: owner.address(), spender, value, nonce, deadline };
    Ok(owner.sign_hash(&message.eip712_signing_hash(&domain)).await?.into())
}

/// A token, acted on by a client's signer.
#[derive(Debug, Clone)]
pub struct Token<'a> {
    client: &'a Client,
    contract: TestTokenInstance<DynProvider>,
}

impl<'a> Token<'a> {
    pub(crate) fn new(client: &'a Client, address: Address) -> Self {
        Self { client, contract: TestToken::new(address, client.provider().clone()) }
    }

    /// The token's address.
    pub fn address(&self) -> Address {
        *self.contract.address()
    }

    /// Its name, which is also its EIP-712 domain name.
    pub async fn name(&self) -> Result<String, Error> {
        self.client.read("token.name", self.contract.name()).await
    }

    /// `owner`'s balance.
    pub async fn balance_of(&self, owner: Address) -> Result<U256, Error> {
        self.client.read("token.balanceOf", self.contract.balanceOf(owner)).await
    }

    /// Lets `spender` take up to `amount` of the signer's tokens.
    pub async fn approve(&self, spender: Address, amount: U256) -> Result<Sent<TestToken::Approval>, Error> {
        self.client.send_for("token.approve", self.contract.approve(spender, amount)).await
    }

    /// Mints `amount` to `to` (the test token only: anyone can mint it).
    pub async fn mint(&self, to: Address, amount: U256) -> Result<Sent<TestToken::Transfer>, Error> {
        self.client.send_for("token.mint", self.contract.mint(to, amount)).await
    }

    /// Signs a permit for `spender` to take `value` of the signer's tokens until `deadline`,
    /// with the signer's current permit nonce.
    pub async fn sign_permit(&self, spender: Address, value: U256, deadline: U256) -> Result<Vrs, Error> {
        let owner = self.client.address();
        let nonce = self.client.read("token.nonces", self.contract.nonces(owner)).await?;
        let name = self.name().await?;
        let chain_id = self.client.chain_id();
        Ok(sign_permit(self.client.signer(), chain_id, self.address(), &name, spender, value, nonce, deadline).await?)
    }

    /// Signs an EIP-3009 `receiveWithAuthorization` for `to` to receive `value`, with `nonce`
    /// (the escrow or task id the payment funds), valid in `(valid_after, valid_before)`.
    pub async fn sign_receive_authorization(
        &self,
        to: Address,
        value: U256,
        nonce: B256,
        valid_after: U256,
        valid_before: U256,
    ) -> Result<Vrs, Error> {
        let name = self.name().await?;
        let authorization =
            Authorization { token: self.address(), token_name: &name, to, value, valid_after, valid_before, nonce };
        Ok(sign_receive_authorization(self.client.signer(), self.client.chain_id(), &authorization).await?)
    }
}
