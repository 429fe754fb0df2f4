// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Vm} from "../test/base/Vm.sol";

/// @title ScriptVm
/// @notice The test base's cheatcodes plus the file and JSON ones the deploy script uses
/// (forge-std is not available here). Signatures must match forge's.
interface ScriptVm is Vm {
    function exists(string calldata path) external view returns (bool);
    function readFile(string calldata path) external view returns (string memory);
    function parseJsonUint(string calldata json, string calldata key) external pure returns (uint256);
    function serializeBool(string calldata objectKey, string calldata valueKey, bool value)
        external
        returns (string memory json);
    function serializeBytes32(string calldata objectKey, string calldata valueKey, bytes32 value)
        external
        returns (string memory json);
}

/// @dev Where forge implements the cheatcodes: `address(uint160(uint256(keccak256("hevm cheat code"))))`.
ScriptVm constant SCRIPT_VM = ScriptVm(0x7109709ECfa91a80626fF3989D68f67F5b1DD12D);
/// @dev Where forge captures `console.log`: the bytes of "console.log".
address constant CONSOLE = 0x000000000000000000636F6e736F6c652e6c6f67;

/// @notice Prints `message` in `forge script`'s output, as forge-std's `console.log(string)` does:
/// a low-level static call (the address holds no code, so a typed call would revert).
function log(string memory message) view {
    (bool ok,) = CONSOLE.staticcall(abi.encodeWithSignature("log(string)", message));
    ok; // forge answers every console call; nothing to do if it did not
}
