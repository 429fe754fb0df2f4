//! Off-chain counterparts of the escrow's rules: escrow ids, and the EIP-3009 authorization a
//! payer signs to fund an escrow, with the escrow id as nonce.

use alloy::{
    primitives::{Address, B256, U256, keccak256},
    signers::local::PrivateKeySigner,
    sol_types::SolValue,
};
use echorift_bindings::escrow::IEscrow::Terms;

use crate::authorization::{Authorization, Vrs, sign_receive_authorization};

/// The id of an escrow with `terms` on the escrow contract `escrow` on chain `chain_id`:
/// `keccak256(abi.encode(chainId, escrow, terms))`.
pub fn escrow_id(chain_id: u64, escrow: Address, terms: &Terms) -> B256 {
    keccak256((U256::from(chain_id), escrow, terms.clone()).abi_encode())
}

/// Signs the payer's authorization for `escrow` to receive `terms.amount` of `terms.token`
/// (EIP-712 name `token_name`), valid in `(valid_after, valid_before)`, for exactly these terms.
pub async fn sign_escrow_authorization(
    payer: &PrivateKeySigner,
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
