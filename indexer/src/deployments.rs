//! The deployments file: which contracts live where on one chain.
//!
//! `contracts/script/Deploy.s.sol` writes it as `deployments/<chainId>.json`:
//!
//! ```text
//! { "chainId": 31337, "startBlock": 0, "contracts": { "AttestationRegistry": "0x5FbD…0aa3" } }
//! ```

use std::{
    collections::BTreeMap,
    path::{Path, PathBuf},
};

use alloy::primitives::Address;
use serde::Deserialize;

/// The contracts of one deployment and the chain they are on.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(from = "DeploymentsFile")]
pub struct Deployments {
    /// The chain id the contracts were deployed on.
    pub chain_id: u64,
    /// A block at or before the first deployment transaction: where indexing starts.
    pub start_block: u64,
    /// Contract name to address, ordered by name.
    pub contracts: BTreeMap<String, Address>,
}

/// The file as written: the indexer's keys, plus those that record how the contracts were built
/// (`version`, `compiler`, `create2`; docs/DEPLOY.md), which it accepts and ignores. Any other key
/// is refused, so a misspelt one is not silently dropped.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct DeploymentsFile {
    chain_id: u64,
    start_block: u64,
    contracts: BTreeMap<String, Address>,
    #[serde(default, rename = "version")]
    _version: serde::de::IgnoredAny,
    #[serde(default, rename = "compiler")]
    _compiler: serde::de::IgnoredAny,
    #[serde(default, rename = "create2")]
    _create2: serde::de::IgnoredAny,
}

impl From<DeploymentsFile> for Deployments {
    fn from(file: DeploymentsFile) -> Self {
        Self { chain_id: file.chain_id, start_block: file.start_block, contracts: file.contracts }
    }
}

/// Why a deployments file could not be used.
#[derive(Debug, thiserror::Error)]
pub enum DeploymentsError {
    /// The file could not be read.
    #[error("cannot read deployments file {path}: {source}")]
    Read {
        /// The file.
        path: PathBuf,
        /// What the operating system said.
        #[source]
        source: std::io::Error,
    },
    /// The file is not a valid deployments document.
    #[error("deployments file {path} is malformed: {source}")]
    Parse {
        /// The file.
        path: PathBuf,
        /// What was wrong, with line and column.
        #[source]
        source: serde_json::Error,
    },
    /// The file lists no contracts.
    #[error("deployments file {path} lists no contracts")]
    NoContracts {
        /// The file.
        path: PathBuf,
    },
}

impl Deployments {
    /// Reads and validates a deployments file.
    pub fn load(path: &Path) -> Result<Self, DeploymentsError> {
        let text =
            std::fs::read_to_string(path).map_err(|source| DeploymentsError::Read { path: path.to_owned(), source })?;
        Self::parse(&text, path)
    }

    /// Parses deployments from JSON text; `path` only names the source in errors.
    pub fn parse(text: &str, path: &Path) -> Result<Self, DeploymentsError> {
        let deployments: Self =
            serde_json::from_str(text).map_err(|source| DeploymentsError::Parse { path: path.to_owned(), source })?;
        if deployments.contracts.is_empty() {
            return Err(DeploymentsError::NoContracts { path: path.to_owned() });
        }
        Ok(deployments)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloy::primitives::address;

    fn parse(text: &str) -> Result<Deployments, DeploymentsError> {
        Deployments::parse(text, Path::new("deployments/31337.json"))
    }

    #[test]
    fn parses_what_the_deploy_script_writes() -> Result<(), DeploymentsError> {
        let deployments = parse(
            r#"{"chainId":31337,"contracts":{"AttestationRegistry":"0x5FbDB2315678afecb367f032d93F642f64180aa3"},"startBlock":7}"#,
        )?;
        assert_eq!(deployments.chain_id, 31337);
        assert_eq!(deployments.start_block, 7);
        assert_eq!(
            deployments.contracts.get("AttestationRegistry"),
            Some(&address!("0x5FbDB2315678afecb367f032d93F642f64180aa3"))
        );
        Ok(())
    }

    #[test]
    fn malformed_address_names_the_file_and_the_value() {
        let err = parse(r#"{"chainId":1,"startBlock":0,"contracts":{"AttestationRegistry":"0x1234"}}"#)
            .expect_err("a 2-byte address must be refused");
        let message = err.to_string();
        assert!(message.contains("deployments/31337.json"), "{message}");
        assert!(message.contains("line 1"), "{message}");
    }

    #[test]
    fn missing_field_is_named() {
        let err = parse(r#"{"chainId":1,"contracts":{"A":"0x5FbDB2315678afecb367f032d93F642f64180aa3"}}"#)
            .expect_err("startBlock is required");
        assert!(err.to_string().contains("missing field `startBlock`"), "{err}");
    }

    #[test]
    fn unknown_field_is_refused() {
        let err = parse(r#"{"chainId":1,"startBlock":0,"contracts":{},"chainID":2}"#)
            .expect_err("a misspelt field must not be ignored");
        assert!(err.to_string().contains("unknown field `chainID`"), "{err}");
    }

    #[test]
    fn empty_contract_list_is_refused() {
        let err = parse(r#"{"chainId":1,"startBlock":0,"contracts":{}}"#).expect_err("nothing to index");
        assert!(matches!(err, DeploymentsError::NoContracts { .. }), "{err}");
    }

    #[test]
    fn missing_file_names_the_path() {
        let err = Deployments::load(Path::new("/nonexistent/echorift.json")).expect_err("no such file");
        assert!(err.to_string().contains("/nonexistent/echorift.json"), "{err}");
    }
}
