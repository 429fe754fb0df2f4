//! What can go wrong talking to EchoRift, and reverts turned into the contracts' named errors.

use std::{collections::BTreeMap, fmt, path::PathBuf};

use alloy::{
    dyn_abi::{DynSolType, DynSolValue},
    hex,
    primitives::{B256, Bytes},
    sol_types::{Panic, Revert, SolError, SolInterface},
};
use echorift_bindings::{
    attestation_registry::AttestationRegistry::AttestationRegistryErrors, escrow::Escrow::EscrowErrors,
    spending_guard::SpendingGuard::SpendingGuardErrors, task_board::TaskBoard::TaskBoardErrors,
    test_token::TestToken::TestTokenErrors,
};
use serde::{Deserialize, Serialize};

use crate::{escrow::EscrowStatus, tasks::TaskStatus};

/// Why an SDK call failed. Every message names what was wrong.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The deployments file could not be read.
    #[error("cannot read deployments file {path}: {source}")]
    DeploymentsRead {
        /// The file.
        path: PathBuf,
        /// What the operating system said.
        #[source]
        source: std::io::Error,
    },
    /// The deployments file is not valid.
    #[error("deployments file {path} is malformed: {source}")]
    DeploymentsParse {
        /// The file.
        path: PathBuf,
        /// What was wrong, with line and column.
        #[source]
        source: serde_json::Error,
    },
    /// The deployments file could not be written.
    #[error("cannot write deployments file {path}: {source}")]
    DeploymentsWrite {
        /// The file.
        path: PathBuf,
        /// What the operating system said.
        #[source]
        source: std::io::Error,
    },
    /// The deployments do not list a contract the call needs.
    #[error("the deployments for chain {chain_id} have no {name} contract")]
    MissingContract {
        /// The contract's name.
        name: &'static str,
        /// The deployments' chain.
        chain_id: u64,
    },
    /// The RPC URL is not a URL.
    #[error("invalid RPC URL `{url}`: {reason}")]
    InvalidRpcUrl {
        /// What was given.
        url: String,
        /// Why it is not a URL.
        reason: String,
    },
    /// The RPC did not answer, or answered with an error, outside any contract call.
    #[error("RPC {url}: {what} failed: {source}")]
    Rpc {
        /// The endpoint.
        url: String,
        /// The request, e.g. `eth_chainId`.
        what: &'static str,
        /// The transport's error.
        #[source]
        source: Box<alloy::transports::TransportError>,
    },
    /// The RPC serves another chain than the deployments are for.
    #[error("the RPC at {url} serves chain {rpc_chain_id}, but the deployments are for chain {expected}")]
    WrongChain {
        /// The endpoint.
        url: String,
        /// What it serves.
        rpc_chain_id: u64,
        /// What the deployments say.
        expected: u64,
    },
    /// No key, or a key that could not be loaded.
    #[error("signer: {0}")]
    Signer(String),
    /// Signing a message failed.
    #[error("signing failed: {0}")]
    Sign(#[from] alloy::signers::Error),
    /// The contract reverted with a custom error (or a reason string, or a panic).
    #[error("{call} reverted: {error}")]
    Reverted {
        /// The contract function called.
        call: &'static str,
        /// The decoded error.
        error: RevertError,
    },
    /// A contract call failed without revert data (the RPC refused it, a decoding error, ...).
    #[error("{call} failed: {source}")]
    Call {
        /// The contract function called.
        call: &'static str,
        /// alloy's error.
        #[source]
        source: Box<alloy::contract::Error>,
    },
    /// The transaction was sent but its receipt could not be obtained.
    #[error("{call}: waiting for the receipt failed: {source}")]
    Receipt {
        /// The contract function called.
        call: &'static str,
        /// alloy's error.
        #[source]
        source: Box<alloy::providers::PendingTransactionError>,
    },
    /// The transaction was mined but reverted (the state changed between estimate and inclusion).
    #[error("{call} reverted on chain in transaction {transaction}")]
    RevertedOnChain {
        /// The contract function called.
        call: &'static str,
        /// The transaction.
        transaction: B256,
    },
    /// A transaction succeeded but did not emit the event the call reports.
    #[error("{call}: no {event} event in transaction {transaction}")]
    MissingEvent {
        /// The contract function called.
        call: &'static str,
        /// The event's signature.
        event: &'static str,
        /// The transaction.
        transaction: B256,
    },
    /// A contract returned an enum value this SDK does not know (bindings older than the contract).
    #[error("unknown {what} status {value}")]
    UnknownStatus {
        /// Which enum.
        what: &'static str,
        /// The value.
        value: u8,
    },
    /// The deployer cannot deploy on this chain.
    #[error("deploy: {0}")]
    Deploy(String),
    /// Two contracts' bindings disagree on a shared struct (regenerate them with scripts/bindings).
    #[error("the bindings' copies of {what} disagree: {reason}")]
    Bindings {
        /// The struct.
        what: &'static str,
        /// What the ABI decoder said.
        reason: String,
    },
}

/// A decoded revert: the error's name and its arguments, rendered `Name(arg=value, ...)`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RevertError {
    /// The custom error's name, `Error` for a reason string, `Panic` for a panic, or `unknown`.
    pub name: String,
    /// Argument names and values, in declaration order: amounts and numbers in decimal,
    /// addresses checksummed, statuses by name.
    pub args: Vec<(String, String)>,
    /// The raw revert data.
    pub data: Bytes,
}

impl fmt::Display for RevertError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.name == "unknown" {
            return write!(f, "unknown error, data {}", self.data);
        }
        let args: Vec<String> = self.args.iter().map(|(name, value)| format!("{name}={value}")).collect();
        write!(f, "{}({})", self.name, args.join(", "))
    }
}

/// Decodes revert data against every EchoRift contract's errors (and the test token's, whose
/// ERC-20/EIP-3009 errors bubble up through the escrow and the task board).
pub fn decode_revert(data: &[u8]) -> RevertError {
    decode_with::<AttestationRegistryErrors>(data, AttestationRegistryErrors::signature_by_selector)
        .or_else(|| decode_with::<EscrowErrors>(data, EscrowErrors::signature_by_selector))
        .or_else(|| decode_with::<TaskBoardErrors>(data, TaskBoardErrors::signature_by_selector))
        .or_else(|| decode_with::<SpendingGuardErrors>(data, SpendingGuardErrors::signature_by_selector))
        .or_else(|| decode_with::<TestTokenErrors>(data, TestTokenErrors::signature_by_selector))
        .or_else(|| decode_builtin(data))
        .unwrap_or_else(|| RevertError { name: "unknown".into(), args: Vec::new(), data: Bytes::copy_from_slice(data) })
}

/// Names come from the bindings (their serde form lists fields in declaration order), values from
/// decoding the data against the error's signature.
fn decode_with<E: SolInterface + Serialize>(
    data: &[u8],
    signature_of: fn([u8; 4]) -> Option<&'static str>,
) -> Option<RevertError> {
    let selector: [u8; 4] = data.get(..4)?.try_into().ok()?;
    let signature = signature_of(selector)?;
    let decoded = E::abi_decode(data).ok()?;
    let tagged: BTreeMap<String, FieldNames> = serde_json::from_str(&serde_json::to_string(&decoded).ok()?).ok()?;
    let (name, FieldNames(names)) = tagged.into_iter().next()?;
    let types = DynSolType::parse(signature.get(signature.find('(')?..)?).ok()?;
    let DynSolValue::Tuple(values) = types.abi_decode_params(data.get(4..)?).ok()? else { return None };
    let args = names
        .into_iter()
        .zip(values)
        .map(|(arg, value)| {
            let rendered = render_status(&name, &arg, &value).unwrap_or_else(|| render(&value));
            (arg, rendered)
        })
        .collect();
    Some(RevertError { name, args, data: Bytes::copy_from_slice(data) })
}

/// `Error(string)` and `Panic(uint256)`, which any contract (or the compiler) may revert with.
fn decode_builtin(data: &[u8]) -> Option<RevertError> {
    let (name, args) = if let Ok(revert) = Revert::abi_decode(data) {
        ("Error", vec![("reason".to_owned(), format!("{:?}", revert.reason))])
    } else if let Ok(panic) = Panic::abi_decode(data) {
        ("Panic", vec![("code".to_owned(), format!("{:#x}", panic.code))])
    } else {
        return None;
    };
    Some(RevertError { name: name.to_owned(), args, data: Bytes::copy_from_slice(data) })
}

/// An error's `status` argument by name rather than by number.
fn render_status(error: &str, arg: &str, value: &DynSolValue) -> Option<String> {
    let DynSolValue::Uint(value, 8) = value else { return None };
    let value = u8::try_from(*value).ok()?;
    match arg {
        "status" if error.starts_with("Escrow") => EscrowStatus::try_from(value).ok().map(|s| format!("{s:?}")),
        "status" if error.starts_with("TaskBoard") => TaskStatus::try_from(value).ok().map(|s| format!("{s:?}")),
        _ => None,
    }
}

fn render(value: &DynSolValue) -> String {
    match value {
        DynSolValue::Address(address) => address.to_checksum(None),
        DynSolValue::Uint(value, _) => value.to_string(),
        DynSolValue::Int(value, _) => value.to_string(),
        DynSolValue::Bool(value) => value.to_string(),
        DynSolValue::FixedBytes(word, size) => hex::encode_prefixed(&word[..*size]),
        DynSolValue::Bytes(bytes) => hex::encode_prefixed(bytes),
        DynSolValue::String(text) => format!("{text:?}"),
        DynSolValue::Array(items) | DynSolValue::FixedArray(items) => {
            format!("[{}]", items.iter().map(render).collect::<Vec<_>>().join(", "))
        }
        DynSolValue::Tuple(items) => format!("({})", items.iter().map(render).collect::<Vec<_>>().join(", ")),
        other => format!("{other:?}"),
    }
}

/// A JSON object's keys, in the order they appear.
struct FieldNames(Vec<String>);

impl<'de> Deserialize<'de> for FieldNames {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = FieldNames;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an error's fields as a JSON object")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<FieldNames, A::Error> {
                let mut names = Vec::new();
                while let Some((name, serde::de::IgnoredAny)) = map.next_entry::<String, serde::de::IgnoredAny>()? {
                    names.push(name);
                }
                Ok(FieldNames(names))
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloy::primitives::{U256, address};
    use echorift_bindings::{escrow::Escrow, task_board::TaskBoard};

    #[test]
    fn custom_error_is_named_with_its_arguments() {
        let id = B256::repeat_byte(0xab);
        let data = Escrow::EscrowWrongStatus { id, status: 3 }.abi_encode();
        let error = decode_revert(&data);
        assert_eq!(error.to_string(), format!("EscrowWrongStatus(id={id}, status=Closed)"));

        let caller = address!("0x5FbDB2315678afecb367f032d93F642f64180aa3");
        let data = TaskBoard::TaskBoardUnauthorized { id, caller }.abi_encode();
        assert_eq!(
            decode_revert(&data).to_string(),
            format!("TaskBoardUnauthorized(id={id}, caller=0x5FbDB2315678afecb367f032d93F642f64180aa3)")
        );
    }

    #[test]
    fn amounts_are_decimal_and_reasons_quoted() {
        let data =
            Escrow::EscrowInvalidAmount { id: B256::ZERO, amount: U256::from(5), remaining: U256::from(1_000_000) }
                .abi_encode();
        let error = decode_revert(&data);
        assert_eq!(error.args[1..], [("amount".into(), "5".into()), ("remaining".into(), "1000000".into())]);
        let data = Escrow::EscrowInvalidTerms { reason: "payee is zero".into() }.abi_encode();
        assert_eq!(decode_revert(&data).to_string(), r#"EscrowInvalidTerms(reason="payee is zero")"#);
        let data = Revert::from("plain reason").abi_encode();
        assert_eq!(decode_revert(&data).to_string(), r#"Error(reason="plain reason")"#);
    }

    #[test]
    fn unknown_data_is_shown_raw() {
        let error = decode_revert(&[0xde, 0xad, 0xbe, 0xef]);
        assert_eq!((error.name.as_str(), error.to_string().as_str()), ("unknown", "unknown error, data 0xdeadbeef"));
    }
}
