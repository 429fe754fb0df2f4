//! Escrow ids and the payer's EIP-3009 authorization, now in the SDK (`echorift_sdk::escrow`);
//! re-exported for the tests that use them from here.

pub use echorift_sdk::escrow::{escrow_id, sign_escrow_authorization};
