//! `echorift escrow`: open (approval, permit, or a payer's EIP-3009 signature relayed), release,
//! release on proof, refund, return, dispute, resolve, withdraw, state. Terms travel in a JSON
//! file written at opening (`--out`), since every later call passes them again.

use std::path::PathBuf;

use alloy::primitives::{Address, B256, U256};
use anyhow::Result;
use clap::{Args, Subcommand, ValueEnum};
use echorift_sdk::{Client, bindings::escrow::IEscrow::Terms, escrow::SignedAuthorization};

use crate::{
    attest::AttestationFile,
    context::{Deadline, SharedTerms, hash_arg, read_json, token_or_default, write_json},
    output::Report,
};

/// How `escrow open` funds the escrow.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub(crate) enum Funding {
    /// Approve the amount, then open (two transactions).
    Approve,
    /// Use an existing allowance (or ETH when --eth).
    Allowance,
    /// Sign an EIP-2612 permit and open in one transaction.
    Permit,
}

/// The terms of a new escrow.
#[derive(Debug, Args)]
pub(crate) struct NewTerms {
    /// Who is paid on release.
    #[arg(long)]
    payee: Address,
    /// Amount in base units (wei for ETH).
    #[arg(long)]
    amount: U256,
    /// After it, anyone can refund the payer: unix seconds or +N[s|m|h|d].
    #[arg(long, value_parser = Deadline::parse, default_value = "+1d")]
    deadline: Deadline,
    #[command(flatten)]
    shared: SharedTerms,
    /// Who pays [default: the signer].
    #[arg(long)]
    payer: Option<Address>,
    /// Release condition: an attestation of this schema...
    #[arg(long, value_parser = hash_arg, requires = "condition_attester")]
    condition_schema: Option<B256>,
    /// ...by this attester, referring to the escrow, releases it.
    #[arg(long, requires = "condition_schema")]
    condition_attester: Option<Address>,
}

/// A terms file argument.
#[derive(Debug, Args)]
pub(crate) struct TermsFile {
    /// The terms file written by `escrow open --out` or `escrow sign --out`.
    #[arg(long)]
    terms: PathBuf,
}

impl TermsFile {
    fn load(&self) -> Result<Terms> {
        read_json(&self.terms, "escrow terms")
    }
}

/// `echorift escrow ...`
#[derive(Debug, Subcommand)]
pub(crate) enum EscrowCommand {
    /// Opens and funds an escrow from the signer.
    Open {
        #[command(flatten)]
        terms: NewTerms,
        /// How to fund it.
        #[arg(long, value_enum, default_value_t = Funding::Approve)]
        fund: Funding,
        /// Write the terms here (later calls need them).
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// The payer signs an EIP-3009 authorization funding these terms, for anyone to relay.
    Sign {
        #[command(flatten)]
        terms: NewTerms,
        /// Valid until (unix seconds or +N[s|m|h|d]).
        #[arg(long, value_parser = Deadline::parse, default_value = "+1h")]
        valid_until: Deadline,
        /// Write the terms and the signature here.
        #[arg(long)]
        out: PathBuf,
    },
    /// Opens an escrow with a payer's signed authorization (the signer pays the gas).
    Relay {
        /// The file `escrow sign` wrote.
        signed: PathBuf,
    },
    /// The payer releases AMOUNT [default: all that remains] to the payee.
    Release {
        #[command(flatten)]
        terms: TermsFile,
        #[arg(long)]
        amount: Option<U256>,
    },
    /// Releases everything to the payee with a qualifying attestation (`attest --out` file).
    ReleaseOnProof {
        #[command(flatten)]
        terms: TermsFile,
        #[arg(long)]
        proof: PathBuf,
    },
    /// Refunds the payer after the deadline.
    Refund(TermsFile),
    /// The payee returns AMOUNT to the payer.
    Return {
        #[command(flatten)]
        terms: TermsFile,
        #[arg(long)]
        amount: U256,
    },
    /// The payer or payee disputes the escrow.
    Dispute(TermsFile),
    /// The arbiter settles a dispute: TO_PAYEE to the payee, its fee, the rest to the payer.
    Resolve {
        #[command(flatten)]
        terms: TermsFile,
        #[arg(long)]
        to_payee: U256,
    },
    /// Collects the signer's payments that could not be pushed.
    Withdraw {
        /// The token (zero address for ETH) [default: the deployment's TestToken].
        #[arg(long)]
        token: Option<Address>,
    },
    /// Shows an escrow's id and state.
    State(TermsFile),
}

/// What `escrow sign` writes.
#[derive(Debug, serde::Serialize, serde::Deserialize)]
struct SignedFile {
    terms: Terms,
    authorization: SignedAuthorization,
}

pub(crate) async fn new_terms(client: &Client, args: NewTerms) -> Result<Terms> {
    let (condition_schema, condition_attester) = (args.condition_schema, args.condition_attester);
    Ok(Terms {
        payer: args.payer.unwrap_or(client.address()),
        payee: args.payee,
        token: args.shared.token(client)?,
        amount: args.amount,
        deadline: args.deadline.resolve(client).await?,
        arbiter: args.shared.arbiter,
        arbiterFeeBps: args.shared.fee_bps,
        conditionSchema: condition_schema.unwrap_or_default(),
        conditionAttester: condition_attester.unwrap_or_default(),
        salt: args.shared.salt(),
    })
}

pub(crate) async fn run(client: &Client, command: EscrowCommand) -> Result<Report> {
    let escrows = client.escrows()?;
    match command {
        EscrowCommand::Open { terms, fund, out } => {
            let terms = new_terms(client, terms).await?;
            let sent = match fund {
                Funding::Permit => escrows.open_with_permit(terms.clone(), U256::from(terms.deadline)).await?,
                Funding::Approve | Funding::Allowance => {
                    if matches!(fund, Funding::Approve) && !terms.token.is_zero() {
                        client.token(terms.token).approve(escrows.address(), terms.amount).await?;
                    }
                    escrows.open(terms.clone()).await?
                }
            };
            if let Some(out) = &out {
                write_json(out, &terms)?;
            }
            Ok(Report::new("escrow opened").field("id", sent.value.id).field("terms", &terms).transaction(&sent))
        }
        EscrowCommand::Sign { terms, valid_until, out } => {
            let terms = new_terms(client, terms).await?;
            let valid_before = U256::from(valid_until.resolve(client).await?);
            let authorization = escrows.sign_authorization(&terms, U256::ZERO, valid_before).await?;
            let id = escrows.id(&terms);
            write_json(&out, &SignedFile { terms, authorization })?;
            Ok(Report::new("escrow authorization signed").field("id", id).field("file", out))
        }
        EscrowCommand::Relay { signed } => {
            let SignedFile { terms, authorization } = read_json(&signed, "signed escrow authorization")?;
            let sent = escrows.open_with_authorization(terms, authorization).await?;
            Ok(Report::new("escrow opened by authorization").field("id", sent.value.id).transaction(&sent))
        }
        EscrowCommand::Release { terms, amount } => {
            let terms = terms.load()?;
            let amount = match amount {
                Some(amount) => amount,
                None => U256::from(escrows.state(escrows.id(&terms)).await?.remaining),
            };
            let sent = escrows.release(terms, amount).await?;
            let released = &sent.value;
            Ok(Report::new("escrow released")
                .field("id", released.id)
                .field("amount", released.amount)
                .field("remaining", released.remaining)
                .transaction(&sent))
        }
        EscrowCommand::ReleaseOnProof { terms, proof } => {
            let proof: AttestationFile = read_json(&proof, "attestation")?;
            let sent = escrows.release_on_proof(terms.load()?, proof.content()).await?;
            Ok(Report::new("escrow released on proof")
                .field("id", sent.value.id)
                .field("amount", sent.value.amount)
                .field("proof", sent.value.proof)
                .transaction(&sent))
        }
        EscrowCommand::Refund(terms) => {
            let sent = escrows.refund(terms.load()?).await?;
            Ok(Report::new("escrow refunded")
                .field("id", sent.value.id)
                .field("amount", sent.value.amount)
                .transaction(&sent))
        }
        EscrowCommand::Return { terms, amount } => {
            let sent = escrows.return_funds(terms.load()?, amount).await?;
            Ok(Report::new("funds returned")
                .field("id", sent.value.id)
                .field("amount", sent.value.amount)
                .transaction(&sent))
        }
        EscrowCommand::Dispute(terms) => {
            let sent = escrows.dispute(terms.load()?).await?;
            Ok(Report::new("escrow disputed").field("id", sent.value.id).transaction(&sent))
        }
        EscrowCommand::Resolve { terms, to_payee } => {
            let sent = escrows.resolve(terms.load()?, to_payee).await?;
            let resolved = &sent.value;
            Ok(Report::new("escrow resolved")
                .field("id", resolved.id)
                .field("toPayee", resolved.toPayee)
                .field("toPayer", resolved.toPayer.to_string())
                .field("fee", resolved.fee)
                .transaction(&sent))
        }
        EscrowCommand::Withdraw { token } => {
            let sent = escrows.withdraw(token_or_default(client, token)?).await?;
            Ok(Report::new("withdrawn").field("amount", sent.value.amount).transaction(&sent))
        }
        EscrowCommand::State(terms) => {
            let id = escrows.id(&terms.load()?);
            let state = escrows.state(id).await?;
            Ok(Report::new("escrow")
                .field("id", id)
                .field("status", state.status)
                .field("remaining", state.remaining.to_string())
                .field("disputedAt", state.disputed_at))
        }
    }
}
