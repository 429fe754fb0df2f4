// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {AttestationRegistry} from "../src/AttestationRegistry.sol";
import {Escrow} from "../src/Escrow.sol";
import {SpendingGuard} from "../src/SpendingGuard.sol";
import {TaskBoard} from "../src/TaskBoard.sol";
import {TestToken} from "../src/TestToken.sol";
import {SCRIPT_VM as VM, log} from "./ScriptVm.sol";

/// @title Deploy
/// @notice Deploys every EchoRift contract at deterministic addresses and records them in a
/// deployments file; safe to re-run (docs/DEPLOY.md).
/// @dev Each contract is created with CREATE2 through the standard deterministic-deployment proxy
/// (forge routes `new X{salt: SALT}` through it), so an address depends only on the bytecode, the
/// constructor arguments and `SALT`: the same build has the same addresses on every chain. A
/// contract whose address already holds code is not deployed again. The Rust SDK's deployer
/// (`echorift_sdk::deploy`, used by `echorift devnet`) computes the same addresses.
///
/// Environment: `DEPLOYER_PRIVATE_KEY` (required), `DEPLOYMENTS_FILE` (default
/// `deployments/<chainId>.json`), `DEPLOY_CHAIN_ID` (optional: refuse any other chain),
/// `DEPLOY_TEST_TOKEN` (1 or 0; default 1 on anvil's chain 31337 only: anyone can mint the test token).
contract Deploy {
    /// @notice The deterministic-deployment proxy (Arachnid's), present on anvil and most chains.
    address public constant CREATE2_DEPLOYER = 0x4e59b44847b379578588920cA78FbF26c0B4956C;
    /// @notice The CREATE2 salt of every EchoRift contract: `keccak256("EchoRift")`.
    bytes32 public constant SALT = keccak256("EchoRift");
    /// @notice The deployment's version, written to the deployments file.
    string public constant VERSION = "0.1.0";
    /// @notice The test token's name (also its EIP-712 domain name) and symbol.
    string public constant TEST_TOKEN_NAME = "EchoRift Test USD";
    string public constant TEST_TOKEN_SYMBOL = "tUSD";

    /// @notice Where each contract goes: CREATE2 addresses, computed before anything is sent.
    struct Plan {
        address registry;
        address escrow;
        address board;
        address guard;
        address token; // zero when the test token is not deployed
        uint256 missing; // how many of them hold no code yet
    }

    /// @notice Deploys what is missing with the key in `DEPLOYER_PRIVATE_KEY` and records everything.
    function run() external {
        uint256 key = VM.envOr("DEPLOYER_PRIVATE_KEY", uint256(0));
        require(key != 0, "Deploy: set DEPLOYER_PRIVATE_KEY to the deployer's private key");
        _checkChain();
        string memory path =
            VM.envOr("DEPLOYMENTS_FILE", string.concat("deployments/", VM.toString(block.chainid), ".json"));
        bool withToken = VM.envOr("DEPLOY_TEST_TOKEN", block.chainid == 31_337 ? uint256(1) : 0) == 1;
        Plan memory plan = _plan(withToken);
        _checkFunds(VM.addr(key), plan.missing);
        uint256 startBlock = _startBlock(path, plan.missing == (withToken ? 5 : 4));

        VM.startBroadcast(key);
        if (_missing(plan.registry) == 1) _check(address(new AttestationRegistry{salt: SALT}()), plan.registry);
        AttestationRegistry registry = AttestationRegistry(plan.registry);
        if (_missing(plan.escrow) == 1) _check(address(new Escrow{salt: SALT}(registry)), plan.escrow);
        if (_missing(plan.board) == 1) _check(address(new TaskBoard{salt: SALT}(registry)), plan.board);
        if (_missing(plan.guard) == 1) {
            _check(
                address(new SpendingGuard{salt: SALT}(Escrow(payable(plan.escrow)), TaskBoard(payable(plan.board)))),
                plan.guard
            );
        }
        if (withToken && _missing(plan.token) == 1) {
            _check(address(new TestToken{salt: SALT}(TEST_TOKEN_NAME, TEST_TOKEN_SYMBOL)), plan.token);
        }
        VM.stopBroadcast();
        log(
            string.concat(
                "Deploy: ",
                VM.toString(plan.missing),
                plan.missing == 0 ? " contracts deployed (all were there already)" : " contracts deployed",
                "; written to ",
                path
            )
        );
        _write(plan, startBlock, path);
    }

    /// @dev The addresses of this build's contracts, and how many are not deployed yet.
    function _plan(bool withToken) private view returns (Plan memory plan) {
        plan.registry = _addressOf(type(AttestationRegistry).creationCode);
        plan.escrow = _addressOf(abi.encodePacked(type(Escrow).creationCode, abi.encode(plan.registry)));
        plan.board = _addressOf(abi.encodePacked(type(TaskBoard).creationCode, abi.encode(plan.registry)));
        plan.guard = _addressOf(abi.encodePacked(type(SpendingGuard).creationCode, abi.encode(plan.escrow, plan.board)));
        if (withToken) {
            plan.token = _addressOf(
                abi.encodePacked(type(TestToken).creationCode, abi.encode(TEST_TOKEN_NAME, TEST_TOKEN_SYMBOL))
            );
        }
        plan.missing = _missing(plan.registry) + _missing(plan.escrow) + _missing(plan.board) + _missing(plan.guard)
            + (withToken ? _missing(plan.token) : 0);
    }

    /// @dev Refuses a chain other than `DEPLOY_CHAIN_ID`, and a chain without the CREATE2 proxy.
    function _checkChain() private view {
        uint256 expected = VM.envOr("DEPLOY_CHAIN_ID", uint256(0));
        if (expected != 0 && expected != block.chainid) {
            revert(
                string.concat(
                    "Deploy: the RPC serves chain ",
                    VM.toString(block.chainid),
                    ", but DEPLOY_CHAIN_ID is ",
                    VM.toString(expected)
                )
            );
        }
        if (CREATE2_DEPLOYER.code.length == 0) {
            revert(
                string.concat(
                    "Deploy: chain ",
                    VM.toString(block.chainid),
                    " has no deterministic-deployment proxy at ",
                    VM.toString(CREATE2_DEPLOYER),
                    "; deploy it first (github.com/Arachnid/deterministic-deployment-proxy)"
                )
            );
        }
    }

    /// @dev Refuses an unfunded deployer before anything is sent (forge's own error is less clear).
    function _checkFunds(address deployer, uint256 missing) private view {
        if (missing != 0 && deployer.balance == 0) {
            revert(
                string.concat(
                    "Deploy: the deployer ",
                    VM.toString(deployer),
                    " has no ETH on chain ",
                    VM.toString(block.chainid),
                    " to pay for ",
                    VM.toString(missing),
                    " deployments"
                )
            );
        }
    }

    /// @dev Writes the deployments file: the keys the indexer reads, plus how the addresses came about.
    function _write(Plan memory plan, uint256 startBlock, string memory path) private {
        VM.serializeAddress("contracts", "AttestationRegistry", plan.registry);
        VM.serializeAddress("contracts", "TaskBoard", plan.board);
        VM.serializeAddress("contracts", "SpendingGuard", plan.guard);
        if (plan.token != address(0)) VM.serializeAddress("contracts", "TestToken", plan.token);
        string memory contracts = VM.serializeAddress("contracts", "Escrow", plan.escrow);
        VM.serializeAddress("create2", "deployer", CREATE2_DEPLOYER);
        string memory create2 = VM.serializeBytes32("create2", "salt", SALT);
        VM.serializeUint("deployment", "chainId", block.chainid);
        VM.serializeUint("deployment", "startBlock", startBlock);
        VM.serializeString("deployment", "version", VERSION);
        VM.serializeString("deployment", "create2", create2);
        VM.serializeString("deployment", "compiler", _compiler());
        string memory json = VM.serializeString("deployment", "contracts", contracts);
        VM.writeJson(json, path);
    }

    /// @dev The CREATE2 address of `initCode` deployed through the proxy with `SALT`.
    function _addressOf(bytes memory initCode) private pure returns (address) {
        return address(
            uint160(uint256(keccak256(abi.encodePacked(bytes1(0xff), CREATE2_DEPLOYER, SALT, keccak256(initCode)))))
        );
    }

    /// @dev 1 when `target` holds no code yet (it must be deployed), else 0.
    function _missing(address target) private view returns (uint256) {
        return target.code.length == 0 ? 1 : 0;
    }

    function _check(address deployed, address expected) private pure {
        require(deployed == expected, "Deploy: a contract landed at an unexpected address");
    }

    /// @dev Where an indexer starts: at or before every deployment transaction. A re-run keeps
    /// the recorded start (never later than now); a first run takes the current block, whose
    /// successors hold the deployment transactions. Contracts that exist without a record for this
    /// chain were deployed at an unknown block, so the start is then 0.
    function _startBlock(string memory path, bool nothingDeployedYet) private view returns (uint256) {
        if (VM.exists(path)) {
            string memory previous = VM.readFile(path);
            if (VM.parseJsonUint(previous, ".chainId") == block.chainid) {
                uint256 recorded = VM.parseJsonUint(previous, ".startBlock");
                return recorded < block.number ? recorded : block.number;
            }
        }
        return nothingDeployedYet ? block.number : 0;
    }

    /// @dev The compiler settings the bytecode (and so every address) depends on; they mirror
    /// foundry.toml, and tests/tests/deploy.rs checks that they still do.
    function _compiler() private returns (string memory) {
        VM.serializeString("compiler", "solc", "0.8.30");
        VM.serializeString("compiler", "evmVersion", "cancun");
        VM.serializeBool("compiler", "optimizer", true);
        VM.serializeUint("compiler", "optimizerRuns", 10_000);
        VM.serializeBool("compiler", "viaIR", false);
        return VM.serializeString("compiler", "bytecodeHash", "none");
    }
}
