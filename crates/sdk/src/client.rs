//! The connection an agent acts through: an RPC provider with its signer, the deployment, and
//! the one path every transaction takes (gas estimate, nonce, send, receipt, revert decoding).

use alloy::{
    contract::{CallBuilder, CallDecoder},
    network::EthereumWallet,
    primitives::{Address, B256},
    providers::{DynProvider, Provider, ProviderBuilder},
    rpc::types::TransactionReceipt,
    signers::local::PrivateKeySigner,
    sol_types::SolEvent,
    transports::http::reqwest::Url,
};
use serde::Serialize;

use crate::{
    Deployments, Error, decode_revert, escrow::Escrows, guard::Guard, registry::Attestations, tasks::Tasks,
    token::Token,
};

/// An agent's connection to one EchoRift deployment. Cheap to clone; clones share the nonce
/// cache, so an agent can send several transactions at once from clones or one instance.
#[derive(Debug, Clone)]
pub struct Client {
    provider: DynProvider,
    signer: PrivateKeySigner,
    deployments: Deployments,
    rpc_url: String,
}

/// A mined transaction and what it produced (an id, an event).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Sent<T> {
    /// The transaction.
    pub transaction_hash: B256,
    /// The block it is in.
    pub block_number: u64,
    /// Its gasUsed.
    pub gas_used: u64,
    /// The decoded result.
    pub value: T,
}

impl<T> Sent<T> {
    /// The same transaction with its result transformed.
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Sent<U> {
        Sent {
            transaction_hash: self.transaction_hash,
            block_number: self.block_number,
            gas_used: self.gas_used,
            value: f(self.value),
        }
    }
}

impl Client {
    /// Connects to `rpc_url` and checks that it serves the deployments' chain. Transactions are
    /// signed by `signer`; nonces are cached locally, so concurrent sends do not collide.
    pub async fn connect(rpc_url: &str, signer: PrivateKeySigner, deployments: Deployments) -> Result<Self, Error> {
        let url = parse_url(rpc_url)?;
        let chain_id = chain_id_at(rpc_url).await?;
        if chain_id != deployments.chain_id {
            return Err(Error::WrongChain {
                url: rpc_url.into(),
                rpc_chain_id: chain_id,
                expected: deployments.chain_id,
            });
        }
        let provider = ProviderBuilder::new()
            .disable_recommended_fillers()
            .with_gas_estimation()
            .with_cached_nonce_management()
            .with_chain_id(chain_id)
            .wallet(EthereumWallet::from(signer.clone()))
            .connect_http(url)
            .erased();
        Ok(Self { provider, signer, deployments, rpc_url: rpc_url.into() })
    }

    /// The signer's address: who the transactions are from.
    pub fn address(&self) -> Address {
        self.signer.address()
    }

    /// The signer, for off-chain signatures.
    pub fn signer(&self) -> &PrivateKeySigner {
        &self.signer
    }

    /// The provider (signing, nonce-caching), for reads the SDK does not wrap.
    pub fn provider(&self) -> &DynProvider {
        &self.provider
    }

    /// The deployment this client acts on.
    pub fn deployments(&self) -> &Deployments {
        &self.deployments
    }

    /// The chain id.
    pub fn chain_id(&self) -> u64 {
        self.deployments.chain_id
    }

    /// The attestation registry.
    pub fn attestations(&self) -> Result<Attestations<'_>, Error> {
        Attestations::new(self)
    }

    /// The escrow.
    pub fn escrows(&self) -> Result<Escrows<'_>, Error> {
        Escrows::new(self)
    }

    /// The task board.
    pub fn tasks(&self) -> Result<Tasks<'_>, Error> {
        Tasks::new(self)
    }

    /// The spending guard.
    pub fn guard(&self) -> Result<Guard<'_>, Error> {
        Guard::new(self)
    }

    /// An ERC-20 token with EIP-2612 and EIP-3009 (such as the test token) at `address`.
    pub fn token(&self, address: Address) -> Token<'_> {
        Token::new(self, address)
    }

    /// The deployment's test token.
    pub fn test_token(&self) -> Result<Token<'_>, Error> {
        Ok(Token::new(self, self.deployments.address("TestToken")?))
    }

    /// The latest block's timestamp: the chain's "now", which deadlines are measured against.
    pub async fn now(&self) -> Result<u64, Error> {
        let block = self
            .provider
            .get_block_by_number(alloy::eips::BlockNumberOrTag::Latest)
            .await
            .map_err(|source| self.rpc_error("eth_getBlockByNumber", source))?;
        Ok(block.map(|block| block.header.timestamp).unwrap_or_default())
    }

    pub(crate) fn rpc_error(&self, what: &'static str, source: alloy::transports::TransportError) -> Error {
        Error::Rpc { url: self.rpc_url.clone(), what, source: Box::new(source) }
    }

    /// Estimates gas (a revert surfaces here, before a nonce is taken), then sends with a margin over it
    /// and waits for the receipt. Every write of the SDK goes through here.
    pub(crate) async fn send<D: CallDecoder>(
        &self,
        call: &'static str,
        builder: CallBuilder<&DynProvider, D>,
    ) -> Result<TransactionReceipt, Error> {
        let builder = builder.from(self.address());
        let estimate = builder.estimate_gas().await.map_err(|e| call_error(call, e))?;
        // The estimate is made against the pending block; the block the transaction lands in may
        // take another branch (a later timestamp drains a breaker bucket, rolls a period), which
        // can cost more. A fifth more keeps such a transaction from running out of gas.
        let gas = estimate.saturating_add(estimate / 5);
        let pending = builder.gas(gas).send().await.map_err(|e| call_error(call, e))?;
        let receipt =
            pending.get_receipt().await.map_err(|source| Error::Receipt { call, source: Box::new(source) })?;
        if !receipt.status() {
            return Err(Error::RevertedOnChain { call, transaction: receipt.transaction_hash });
        }
        Ok(receipt)
    }

    /// [`Self::send`], returning the first `E` event the transaction emitted.
    pub(crate) async fn send_for<D: CallDecoder, E: SolEvent>(
        &self,
        call: &'static str,
        builder: CallBuilder<&DynProvider, D>,
    ) -> Result<Sent<E>, Error> {
        let receipt = self.send(call, builder).await?;
        let event = first_event::<E>(&receipt).ok_or(Error::MissingEvent {
            call,
            event: E::SIGNATURE,
            transaction: receipt.transaction_hash,
        })?;
        Ok(sent(&receipt, event))
    }

    /// [`Self::send`], returning the first `A` event, or else the first `B` event: for calls with
    /// two outcomes (paid or tripped, applied or queued).
    pub(crate) async fn send_for_either<D: CallDecoder, A: SolEvent, B: SolEvent>(
        &self,
        call: &'static str,
        builder: CallBuilder<&DynProvider, D>,
    ) -> Result<Sent<Result<A, B>>, Error> {
        let receipt = self.send(call, builder).await?;
        let outcome = match first_event::<A>(&receipt) {
            Some(a) => Ok(a),
            None => Err(first_event::<B>(&receipt).ok_or(Error::MissingEvent {
                call,
                event: A::SIGNATURE,
                transaction: receipt.transaction_hash,
            })?),
        };
        Ok(sent(&receipt, outcome))
    }

    /// A read-only call's result, with reverts decoded.
    pub(crate) async fn read<D: CallDecoder>(
        &self,
        call: &'static str,
        builder: CallBuilder<&DynProvider, D>,
    ) -> Result<D::CallOutput, Error> {
        builder.from(self.address()).call().await.map_err(|e| call_error(call, e))
    }
}

/// The first `E` event in `receipt`.
fn first_event<E: SolEvent>(receipt: &TransactionReceipt) -> Option<E> {
    receipt.inner.logs().iter().find_map(|log| log.log_decode::<E>().ok()).map(|log| log.inner.data)
}

/// What a receipt says about a transaction, with `value` as its result.
pub(crate) fn sent<T>(receipt: &TransactionReceipt, value: T) -> Sent<T> {
    Sent {
        transaction_hash: receipt.transaction_hash,
        block_number: receipt.block_number.unwrap_or_default(),
        gas_used: receipt.gas_used,
        value,
    }
}

fn call_error(call: &'static str, source: alloy::contract::Error) -> Error {
    match source.as_revert_data() {
        Some(data) => Error::Reverted { call, error: decode_revert(&data) },
        None => Error::Call { call, source: Box::new(source) },
    }
}

pub(crate) fn parse_url(rpc_url: &str) -> Result<Url, Error> {
    rpc_url.parse::<Url>().map_err(|e| Error::InvalidRpcUrl { url: rpc_url.into(), reason: e.to_string() })
}

/// The chain id an RPC serves (no signer needed).
pub async fn chain_id_at(rpc_url: &str) -> Result<u64, Error> {
    let provider = ProviderBuilder::new().disable_recommended_fillers().connect_http(parse_url(rpc_url)?);
    provider.get_chain_id().await.map_err(|source| Error::Rpc {
        url: rpc_url.into(),
        what: "eth_chainId",
        source: Box::new(source),
    })
}
