//! EchoRift on a fresh anvil through the SDK: the deterministic deployment and a client per
//! development account, for the SDK and CLI end-to-end tests.

use alloy::node_bindings::AnvilInstance;
use anyhow::Context as _;
use echorift_sdk::{Client, Deployments, deploy};

use crate::wallet_provider;

/// Deploys every contract (test token included) on `anvil` with account 0, as `echorift devnet` does.
pub async fn deploy_all(anvil: &AnvilInstance) -> anyhow::Result<Deployments> {
    let (deployer, _) = wallet_provider(anvil, 0)?;
    Ok(deploy::deploy(&anvil.endpoint(), deployer, Some(anvil.chain_id()), true, None).await?.deployments)
}

/// A client acting as anvil's account `index` on `deployments`.
pub async fn client(anvil: &AnvilInstance, deployments: &Deployments, index: usize) -> anyhow::Result<Client> {
    let (signer, _) = wallet_provider(anvil, index)?;
    Client::connect(&anvil.endpoint(), signer, deployments.clone()).await.context("connecting a client")
}
