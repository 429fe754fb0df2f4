//! Checks, before indexing, that the RPC serves the chain the deployments name and that
//! every contract has code there: a wrong URL or a reset devnet fails at start, clearly.

use std::fmt;

use alloy::{
    eips::BlockNumberOrTag,
    primitives::{Address, B256, keccak256},
    providers::Provider,
    transports::TransportError,
};
use serde::Serialize;

use crate::Deployments;

/// What the RPC told us about the chain and the deployed contracts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ChainReport {
    /// The chain id the RPC reports.
    pub chain_id: u64,
    /// The latest block.
    pub head: BlockRef,
    /// Each contract's code, in the order of the deployments file.
    pub contracts: Vec<ContractCode>,
}

/// A block, by number and hash.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct BlockRef {
    /// Block number.
    pub number: u64,
    /// Block hash.
    pub hash: B256,
    /// Block timestamp, in seconds since the Unix epoch.
    pub timestamp: u64,
}

/// The code found at one deployed contract's address.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ContractCode {
    /// The contract's name in the deployments file.
    pub name: String,
    /// Its address.
    pub address: Address,
    /// The size of its runtime code in bytes.
    pub code_size: usize,
    /// keccak256 of its runtime code.
    pub code_hash: B256,
}

/// Why the chain is not the one the deployments describe.
#[derive(Debug, thiserror::Error)]
pub enum PreflightError {
    /// An RPC call failed.
    #[error("RPC call {call} failed: {source}")]
    Rpc {
        /// The JSON-RPC method.
        call: &'static str,
        /// The transport or server error.
        #[source]
        source: TransportError,
    },
    /// The RPC serves another chain.
    #[error("the RPC serves chain {actual}, but the deployments are for chain {expected}")]
    WrongChain {
        /// The chain id of the deployments.
        expected: u64,
        /// The chain id the RPC reported.
        actual: u64,
    },
    /// A deployed contract has no code.
    #[error(
        "no contract code at {address} ({name}) on chain {chain_id}: wrong deployments file, or the chain was reset"
    )]
    NoCode {
        /// The contract's name.
        name: String,
        /// Its address.
        address: Address,
        /// The chain id.
        chain_id: u64,
    },
    /// The RPC has no latest block.
    #[error("the RPC returned no latest block")]
    NoHead,
}

/// Attempts per RPC call: a flaky RPC does not stop the daemon at start, while an unreachable
/// one still fails within half a second.
const ATTEMPTS: u32 = 4;

/// Runs one RPC call, trying again after 50, 100, 200 ms if it fails.
async fn call<T, F>(name: &'static str, mut send: impl FnMut() -> F) -> Result<T, PreflightError>
where
    F: std::future::Future<Output = Result<T, TransportError>>,
{
    let mut backoff = std::time::Duration::from_millis(50);
    let mut attempt = 1;
    loop {
        match send().await {
            Ok(value) => return Ok(value),
            Err(source) if attempt >= ATTEMPTS => return Err(PreflightError::Rpc { call: name, source }),
            Err(err) => tracing::debug!(call = name, attempt, %err, "RPC call failed; retrying"),
        }
        tokio::time::sleep(backoff).await;
        backoff *= 2;
        attempt += 1;
    }
}

/// Checks the chain id and every contract's code, and reads the head block.
pub async fn preflight<P: Provider>(provider: &P, deployments: &Deployments) -> Result<ChainReport, PreflightError> {
    let chain_id = call("eth_chainId", || provider.get_chain_id()).await?;
    if chain_id != deployments.chain_id {
        return Err(PreflightError::WrongChain { expected: deployments.chain_id, actual: chain_id });
    }

    let mut contracts = Vec::with_capacity(deployments.contracts.len());
    for (name, &address) in &deployments.contracts {
        let code = call("eth_getCode", || provider.get_code_at(address).into_future()).await?;
        if code.is_empty() {
            return Err(PreflightError::NoCode { name: name.clone(), address, chain_id });
        }
        contracts.push(ContractCode {
            name: name.clone(),
            address,
            code_size: code.len(),
            code_hash: keccak256(&code),
        });
    }

    let block = call("eth_getBlockByNumber", || provider.get_block_by_number(BlockNumberOrTag::Latest).into_future())
        .await?
        .ok_or(PreflightError::NoHead)?;
    let head = BlockRef { number: block.header.number, hash: block.header.hash, timestamp: block.header.timestamp };

    Ok(ChainReport { chain_id, head, contracts })
}

impl fmt::Display for ChainReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "chain id    {}", self.chain_id)?;
        writeln!(f, "head block  {} {} (timestamp {})", self.head.number, self.head.hash, self.head.timestamp)?;
        for contract in &self.contracts {
            writeln!(
                f,
                "contract    {:<20} {}  {} bytes of code, code hash {}",
                contract.name, contract.address, contract.code_size, contract.code_hash
            )?;
        }
        Ok(())
    }
}
