//! EIP-3009 `receiveWithAuthorization` signatures made in Rust: how a payer agent funds an
//! escrow or a task reward by signing only (x402 style). The nonce is the escrow or task id,
//! so the signature binds the terms it funds.

use alloy::{
    primitives::{Address, B256, U256},
    signers::{Signer, local::PrivateKeySigner},
    sol,
    sol_types::{SolStruct, eip712_domain},
};

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
}

/// A signature split as the EIP-3009 `(v, r, s)` functions take it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Vrs {
    /// 27 or 28.
    pub v: u8,
    /// The signature's r.
    pub r: B256,
    /// The signature's s.
    pub s: B256,
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
pub async fn sign_receive_authorization(
    payer: &PrivateKeySigner,
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
    let signature = payer.sign_hash(&message.eip712_signing_hash(&domain)).await?;
    Ok(Vrs { v: 27 + u8::from(signature.v()), r: signature.r().into(), s: signature.s().into() })
}
