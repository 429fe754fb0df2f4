//! Off-chain counterparts of the escrow's rules: escrow ids and the EIP-3009 authorization a
//! payer signs to fund an escrow (x402 style), with the escrow id as the authorization nonce.

use alloy::{
    primitives::{Address, B256, U256, keccak256},
    signers::{Signer, local::PrivateKeySigner},
    sol,
    sol_types::{SolStruct, SolValue, eip712_domain},
};
use echorift_bindings::escrow::IEscrow::Terms;

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

/// The id of an escrow with `terms` on the escrow contract `escrow` on chain `chain_id`:
/// `keccak256(abi.encode(chainId, escrow, terms))`.
pub fn escrow_id(chain_id: u64, escrow: Address, terms: &Terms) -> B256 {
    keccak256((U256::from(chain_id), escrow, terms.clone()).abi_encode())
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

/// Signs the payer's authorization for the escrow contract `escrow` to receive `terms.amount`
/// of `terms.token` (whose EIP-712 name is `token_name`), valid in `(valid_after, valid_before)`,
/// with the escrow's id as nonce: the signature then funds exactly these terms.
pub async fn sign_escrow_authorization(
    payer: &PrivateKeySigner,
    chain_id: u64,
    escrow: Address,
    token_name: &str,
    terms: &Terms,
    valid_after: U256,
    valid_before: U256,
) -> alloy::signers::Result<Vrs> {
    let domain = eip712_domain! {
        name: token_name.to_owned(),
        version: "1",
        chain_id: chain_id,
        verifying_contract: terms.token,
    };
    let message = ReceiveWithAuthorization {
        from: payer.address(),
        to: escrow,
        value: terms.amount,
        validAfter: valid_after,
        validBefore: valid_before,
        nonce: escrow_id(chain_id, escrow, terms),
    };
    let signature = payer.sign_hash(&message.eip712_signing_hash(&domain)).await?;
    Ok(Vrs { v: 27 + u8::from(signature.v()), r: signature.r().into(), s: signature.s().into() })
}
