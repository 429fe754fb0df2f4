//! `echorift token`: balances, approvals and minting the test token.

use alloy::primitives::{Address, U256};
use anyhow::Result;
use clap::Subcommand;
use echorift_sdk::Client;

use crate::{
    context::{contract_or_address, token_or_default},
    output::Report,
};

/// `echorift token ...` (the deployment's test token unless --token is given).
#[derive(Debug, Subcommand)]
pub(crate) enum TokenCommand {
    /// Mints test tokens (anyone can mint the test token).
    Mint {
        /// Amount in base units (the test token has 6 decimals).
        amount: U256,
        /// Recipient [default: the signer].
        #[arg(long)]
        to: Option<Address>,
        /// The token [default: the deployment's TestToken].
        #[arg(long)]
        token: Option<Address>,
    },
    /// Lets a contract (Escrow, TaskBoard, or an address) take up to AMOUNT of the signer's tokens.
    Approve {
        /// The spender: a contract name of the deployment, or an address.
        spender: String,
        /// Amount in base units.
        amount: U256,
        /// The token [default: the deployment's TestToken].
        #[arg(long)]
        token: Option<Address>,
    },
    /// Shows a balance.
    Balance {
        /// Whose [default: the signer].
        #[arg(long)]
        of: Option<Address>,
        /// The token [default: the deployment's TestToken].
        #[arg(long)]
        token: Option<Address>,
    },
}

pub(crate) async fn run(client: &Client, command: TokenCommand) -> Result<Report> {
    match command {
        TokenCommand::Mint { amount, to, token } => {
            let to = to.unwrap_or(client.address());
            let sent = client.token(token_or_default(client, token)?).mint(to, amount).await?;
            Ok(Report::new("minted").field("to", to).field("amount", amount).transaction(&sent))
        }
        TokenCommand::Approve { spender, amount, token } => {
            let spender = contract_or_address(client, &spender)?;
            let sent = client.token(token_or_default(client, token)?).approve(spender, amount).await?;
            Ok(Report::new("approved").field("spender", spender).field("amount", amount).transaction(&sent))
        }
        TokenCommand::Balance { of, token } => {
            let of = of.unwrap_or(client.address());
            let token = token_or_default(client, token)?;
            let balance = client.token(token).balance_of(of).await?;
            Ok(Report::new("balance").field("token", token).field("account", of).field("balance", balance))
        }
    }
}
