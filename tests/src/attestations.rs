//! Off-chain counterparts of the attestation registry's rules, now in the SDK
//! (`echorift_sdk::registry`); re-exported for the tests that use them from here.

pub use echorift_sdk::registry::{Attest, attestation_uid, sign_attestation};
