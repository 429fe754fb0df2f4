//! EIP-3009 `receiveWithAuthorization` signatures made in Rust, now in the SDK
//! (`echorift_sdk::token`); re-exported for the tests that use them from here.

pub use echorift_sdk::token::{Authorization, ReceiveWithAuthorization, Vrs, sign_receive_authorization};
