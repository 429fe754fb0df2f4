// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {VM, Vm} from "./Vm.sol";

/// @title Test
/// @notice EchoRift's in-house test base: the cheatcodes, assertion helpers that name
/// what differed, and small helpers for accounts. Assertions revert with a message, which
/// forge reports as the test's failure reason.
abstract contract Test {
    Vm internal constant vm = VM;

    address[] private _targetContracts;

    // ---------------------------------------------------------------- assertions

    function assertTrue(bool condition, string memory message) internal pure {
        if (!condition) revert(string.concat("assertion failed: ", message));
    }

    function assertFalse(bool condition, string memory message) internal pure {
        assertTrue(!condition, message);
    }

    function assertEq(bool left, bool right, string memory message) internal pure {
        if (left != right) _failEq(message, left ? "true" : "false", right ? "true" : "false");
    }

    function assertEq(string memory left, string memory right, string memory message) internal pure {
        if (keccak256(bytes(left)) != keccak256(bytes(right))) _failEq(message, left, right);
    }

    function assertEq(uint256 left, uint256 right, string memory message) internal pure {
        if (left != right) _failEq(message, vm.toString(left), vm.toString(right));
    }

    function assertEq(bytes32 left, bytes32 right, string memory message) internal pure {
        if (left != right) _failEq(message, vm.toString(left), vm.toString(right));
    }

    function assertEq(address left, address right, string memory message) internal pure {
        if (left != right) _failEq(message, vm.toString(left), vm.toString(right));
    }

    function assertEq(bytes memory left, bytes memory right, string memory message) internal pure {
        if (keccak256(left) != keccak256(right)) _failEq(message, "<bytes>", "<other bytes>");
    }

    function assertGe(uint256 left, uint256 right, string memory message) internal pure {
        if (left < right) {
            revert(string.concat("assertion failed: ", message, ": ", vm.toString(left), " < ", vm.toString(right)));
        }
    }

    function _failEq(string memory message, string memory left, string memory right) private pure {
        revert(string.concat("assertion failed: ", message, ": ", left, " != ", right));
    }

    // ------------------------------------------------------------------ accounts

    /// @notice A deterministic, labelled account with a known key, derived from `name`.
    function makeAccount(string memory name) internal returns (address account, uint256 privateKey) {
        privateKey = uint256(keccak256(bytes(name)));
        account = vm.addr(privateKey);
        vm.label(account, name);
    }

    /// @notice A deterministic, labelled address derived from `name`.
    function makeAddr(string memory name) internal returns (address account) {
        (account,) = makeAccount(name);
    }

    /// @notice A labelled account holding `amount` wei.
    function makeFundedAddr(string memory name, uint256 amount) internal returns (address account) {
        account = makeAddr(name);
        vm.deal(account, amount);
    }

    // ---------------------------------------------------------------- invariants

    /// @notice Restricts invariant fuzzing to `target` (forge reads `targetContracts()`).
    function targetContract(address target) internal {
        _targetContracts.push(target);
    }

    /// @dev Called by forge when it runs invariant tests.
    function targetContracts() public view returns (address[] memory) {
        return _targetContracts;
    }
}
