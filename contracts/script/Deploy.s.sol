// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {AttestationRegistry} from "../src/AttestationRegistry.sol";
import {Escrow} from "../src/Escrow.sol";
import {TaskBoard} from "../src/TaskBoard.sol";
import {TestToken} from "../src/TestToken.sol";
import {VM} from "../test/base/Vm.sol";

/// @title Deploy
/// @notice Deploys every EchoRift contract and writes their addresses to a deployments file.
/// @dev Environment: `DEPLOYER_PRIVATE_KEY` (required), `DEPLOYMENTS_FILE` (default
/// `deployments/<chainId>.json`), `DEPLOY_TEST_TOKEN` (1 or 0; default 1 on anvil's chain
/// 31337 only: anyone can mint the test token). Deterministic CREATE2 addresses and re-run detection
/// come with the deployment issue; this version deploys with plain CREATE.
contract Deploy {
    /// @notice Deploys the contracts with the key in `DEPLOYER_PRIVATE_KEY` and records them.
    function run() external {
        uint256 key = VM.envOr("DEPLOYER_PRIVATE_KEY", uint256(0));
        require(key != 0, "Deploy: set DEPLOYER_PRIVATE_KEY to the deployer's private key");
        string memory path =
            VM.envOr("DEPLOYMENTS_FILE", string.concat("deployments/", VM.toString(block.chainid), ".json"));

        // The deployment transactions land in a block after this one, so it is a safe
        // place for an indexer to start.
        uint256 startBlock = block.number;
        VM.startBroadcast(key);
        AttestationRegistry registry = new AttestationRegistry();
        Escrow escrow = new Escrow(registry);
        TaskBoard board = new TaskBoard(registry);
        TestToken token;
        if (VM.envOr("DEPLOY_TEST_TOKEN", block.chainid == 31_337 ? uint256(1) : 0) == 1) {
            token = new TestToken("EchoRift Test USD", "tUSD");
        }
        VM.stopBroadcast();

        VM.serializeAddress("contracts", "AttestationRegistry", address(registry));
        VM.serializeAddress("contracts", "TaskBoard", address(board));
        if (address(token) != address(0)) VM.serializeAddress("contracts", "TestToken", address(token));
        string memory contracts = VM.serializeAddress("contracts", "Escrow", address(escrow));
        VM.serializeUint("deployment", "chainId", block.chainid);
        VM.serializeUint("deployment", "startBlock", startBlock);
        string memory json = VM.serializeString("deployment", "contracts", contracts);
        VM.writeJson(json, path);
    }
}
