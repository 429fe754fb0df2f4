//! The deployments file `deployments/<chainId>.json`: which contracts live where on one chain,
//! and how their addresses came about (docs/DEPLOY.md).

use std::{
    collections::BTreeMap,
    path::{Path, PathBuf},
};

use alloy::primitives::{Address, B256};
use serde::{Deserialize, Serialize};

use crate::Error;

/// One chain's deployment, as `contracts/script/Deploy.s.sol` (or [`crate::deploy`]) writes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Deployments {
    /// The chain the contracts are on.
    pub chain_id: u64,
    /// A block at or before every deployment transaction: where an indexer starts.
    pub start_block: u64,
    /// Contract name to address.
    pub contracts: BTreeMap<String, Address>,
    /// The deployment's version.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// The CREATE2 proxy and salt the addresses derive from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub create2: Option<Create2>,
    /// The compiler settings the bytecode (and so every address) depends on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub compiler: Option<Compiler>,
}

/// How the addresses were derived.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Create2 {
    /// The deterministic-deployment proxy.
    pub deployer: Address,
    /// The salt of every contract.
    pub salt: B256,
}

/// Compiler settings, mirroring foundry.toml.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Compiler {
    /// solc's version.
    pub solc: String,
    /// The EVM version compiled for.
    pub evm_version: String,
    /// Whether the optimizer ran.
    pub optimizer: bool,
    /// Its runs setting.
    pub optimizer_runs: u64,
    /// Whether the IR pipeline was used.
    #[serde(rename = "viaIR")]
    pub via_ir: bool,
    /// The metadata hash appended to bytecode (`none`: identical sources give identical bytecode).
    pub bytecode_hash: String,
}

impl Deployments {
    /// Reads a deployments file.
    pub fn load(path: &Path) -> Result<Self, Error> {
        let text =
            std::fs::read_to_string(path).map_err(|source| Error::DeploymentsRead { path: path.to_owned(), source })?;
        serde_json::from_str(&text).map_err(|source| Error::DeploymentsParse { path: path.to_owned(), source })
    }

    /// Writes the file (pretty JSON, as the deploy script does), creating its directory.
    pub fn save(&self, path: &Path) -> Result<(), Error> {
        let write_error = |source| Error::DeploymentsWrite { path: path.to_owned(), source };
        if let Some(dir) = path.parent().filter(|dir| !dir.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(write_error)?;
        }
        let text = serde_json::to_string_pretty(self).map_err(|e| write_error(std::io::Error::other(e)))?;
        std::fs::write(path, text + "\n").map_err(write_error)
    }

    /// The default place of a chain's file: `deployments/<chainId>.json` under `root`.
    pub fn default_path(root: &Path, chain_id: u64) -> PathBuf {
        root.join("deployments").join(format!("{chain_id}.json"))
    }

    /// The address of contract `name`.
    pub fn address(&self, name: &'static str) -> Result<Address, Error> {
        self.contracts.get(name).copied().ok_or(Error::MissingContract { name, chain_id: self.chain_id })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_files_of_the_first_script_and_of_this_one() -> Result<(), Error> {
        let old: Deployments = serde_json::from_str(
            r#"{"chainId":31337,"contracts":{"Escrow":"0x5FbDB2315678afecb367f032d93F642f64180aa3"},"startBlock":7}"#,
        )
        .map_err(|source| Error::DeploymentsParse { path: "old".into(), source })?;
        assert_eq!((old.chain_id, old.start_block, &old.compiler), (31337, 7, &None));
        assert!(matches!(old.address("TaskBoard"), Err(Error::MissingContract { name: "TaskBoard", chain_id: 31337 })));

        let dir = std::env::temp_dir().join(format!("echorift-sdk-{}", std::process::id()));
        let path = dir.join("1.json");
        old.save(&path)?;
        assert_eq!(Deployments::load(&path)?, old);
        std::fs::remove_dir_all(dir).ok();
        Ok(())
    }

    #[test]
    fn missing_and_malformed_files_name_the_path() {
        let err = Deployments::load(Path::new("/nonexistent/31337.json")).err().map(|e| e.to_string());
        assert!(err.is_some_and(|e| e.contains("cannot read deployments file /nonexistent/31337.json")));
    }
}
