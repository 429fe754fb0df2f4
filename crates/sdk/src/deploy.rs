//! Deploying EchoRift from Rust, exactly as `contracts/script/Deploy.s.sol` does: every contract
//! through the deterministic-deployment proxy with the same salt and the bindings' bytecode, so
//! both give the same addresses (on every chain), and contracts already there are left alone.
//! `echorift devnet` and `echorift deploy` use it.

use alloy::{
    network::{EthereumWallet, TransactionBuilder},
    primitives::{Address, B256, Bytes, U256, address, keccak256},
    providers::{Provider, ProviderBuilder},
    rpc::types::TransactionRequest,
    signers::local::PrivateKeySigner,
    sol_types::SolValue,
};
use echorift_bindings::{
    attestation_registry::AttestationRegistry, escrow::Escrow, spending_guard::SpendingGuard, task_board::TaskBoard,
    test_token::TestToken,
};

use crate::{
    Deployments, Error,
    client::{chain_id_at, parse_url},
    deployments::{Compiler, Create2},
};

/// The deterministic-deployment proxy (Arachnid's), which anvil and most chains have.
pub const CREATE2_DEPLOYER: Address = address!("0x4e59b44847b379578588920cA78FbF26c0B4956C");
/// The deployment version written to the deployments file (the deploy script's `VERSION`).
pub const VERSION: &str = "0.1.0";
/// The test token's name (its EIP-712 domain name too) and symbol.
pub const TEST_TOKEN: (&str, &str) = ("EchoRift Test USD", "tUSD");

/// The CREATE2 salt of every contract: `keccak256("EchoRift")`, as in the deploy script.
pub fn salt() -> B256 {
    keccak256("EchoRift")
}

/// The compiler settings the bindings' bytecode was built with (foundry.toml).
pub fn compiler() -> Compiler {
    Compiler {
        solc: "0.8.30".into(),
        evm_version: "cancun".into(),
        optimizer: true,
        optimizer_runs: 10_000,
        via_ir: false,
        bytecode_hash: "none".into(),
    }
}

/// One contract to deploy: its name, init code (bytecode and constructor arguments) and address.
#[derive(Debug, Clone)]
pub struct Planned {
    /// The contract's name in the deployments file.
    pub name: &'static str,
    /// Bytecode followed by the ABI-encoded constructor arguments.
    pub init_code: Bytes,
    /// Where CREATE2 through the proxy puts it.
    pub address: Address,
}

/// The contracts of this build and their addresses, in deployment order.
pub fn plan(with_test_token: bool) -> Vec<Planned> {
    let planned = |name, init_code: Vec<u8>| {
        let address = CREATE2_DEPLOYER.create2_from_code(salt(), &init_code);
        Planned { name, init_code: init_code.into(), address }
    };
    let registry = planned("AttestationRegistry", AttestationRegistry::BYTECODE.to_vec());
    let with_registry = |bytecode: &Bytes| [bytecode.as_ref(), &registry.address.abi_encode()].concat();
    let escrow = planned("Escrow", with_registry(&Escrow::BYTECODE));
    let board = planned("TaskBoard", with_registry(&TaskBoard::BYTECODE));
    let guard_arguments = (escrow.address, board.address).abi_encode_params();
    let guard = planned("SpendingGuard", [SpendingGuard::BYTECODE.as_ref(), &guard_arguments].concat());
    let mut all = vec![registry, escrow, board, guard];
    if with_test_token {
        let arguments = (TEST_TOKEN.0, TEST_TOKEN.1).abi_encode_params();
        all.push(planned("TestToken", [TestToken::BYTECODE.as_ref(), &arguments].concat()));
    }
    all
}

/// What [`deploy`] did.
#[derive(Debug, Clone)]
pub struct Deployed {
    /// The deployments file's content.
    pub deployments: Deployments,
    /// The contracts it deployed now (the others were there already).
    pub deployed: Vec<&'static str>,
}

/// Deploys what is missing of [`plan`] on the chain at `rpc_url`, paid by `signer`.
/// `previous` is the chain's existing deployments file, whose start block a re-run keeps.
/// Refuses, with a message saying why, a chain other than `expected_chain_id`, a chain without
/// the proxy, and an unfunded deployer.
pub async fn deploy(
    rpc_url: &str,
    signer: PrivateKeySigner,
    expected_chain_id: Option<u64>,
    with_test_token: bool,
    previous: Option<&Deployments>,
) -> Result<Deployed, Error> {
    let chain_id = chain_id_at(rpc_url).await?;
    if let Some(expected) = expected_chain_id.filter(|expected| *expected != chain_id) {
        return Err(Error::WrongChain { url: rpc_url.into(), rpc_chain_id: chain_id, expected });
    }
    let deployer = signer.address();
    let provider = ProviderBuilder::new().wallet(EthereumWallet::from(signer)).connect_http(parse_url(rpc_url)?);
    let rpc = |what| move |source| Error::Rpc { url: rpc_url.into(), what, source: Box::new(source) };

    if provider.get_code_at(CREATE2_DEPLOYER).await.map_err(rpc("eth_getCode"))?.is_empty() {
        return Err(Error::Deploy(format!(
            "chain {chain_id} has no deterministic-deployment proxy at {CREATE2_DEPLOYER}; deploy it first"
        )));
    }
    let mut missing = Vec::new();
    let plan = plan(with_test_token);
    for planned in &plan {
        if provider.get_code_at(planned.address).await.map_err(rpc("eth_getCode"))?.is_empty() {
            missing.push(planned);
        }
    }
    if !missing.is_empty() && provider.get_balance(deployer).await.map_err(rpc("eth_getBalance"))?.is_zero() {
        return Err(Error::Deploy(format!(
            "the deployer {deployer} has no ETH on chain {chain_id} to pay for {} deployments",
            missing.len()
        )));
    }
    let head = provider.get_block_number().await.map_err(rpc("eth_blockNumber"))?;
    // As in the script: keep a recorded start (never later than now); a first deployment starts
    // at the current block; contracts found without a record were deployed at an unknown block.
    let start_block = match previous.filter(|previous| previous.chain_id == chain_id) {
        Some(previous) => previous.start_block.min(head),
        None if missing.len() == plan.len() => head,
        None => 0,
    };

    let mut deployed = Vec::new();
    for planned in missing {
        let input = [salt().as_slice(), &planned.init_code].concat();
        let tx = TransactionRequest::default().with_to(CREATE2_DEPLOYER).with_input(input).with_value(U256::ZERO);
        let call = "deploy through the CREATE2 proxy";
        let pending = provider.send_transaction(tx).await.map_err(rpc("eth_sendTransaction"))?;
        let receipt =
            pending.get_receipt().await.map_err(|source| Error::Receipt { call, source: Box::new(source) })?;
        let code = provider.get_code_at(planned.address).await.map_err(rpc("eth_getCode"))?;
        if !receipt.status() || code.is_empty() {
            return Err(Error::Deploy(format!(
                "{} did not land at {} (transaction {})",
                planned.name, planned.address, receipt.transaction_hash
            )));
        }
        deployed.push(planned.name);
    }

    let deployments = Deployments {
        chain_id,
        start_block,
        contracts: plan.iter().map(|planned| (planned.name.to_owned(), planned.address)).collect(),
        version: Some(VERSION.into()),
        create2: Some(Create2 { deployer: CREATE2_DEPLOYER, salt: salt() }),
        compiler: Some(compiler()),
    };
    Ok(Deployed { deployments, deployed })
}
