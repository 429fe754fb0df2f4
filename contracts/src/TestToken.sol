// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";
import {ERC3009} from "@openzeppelin/contracts/token/ERC20/extensions/draft-ERC3009.sol";

/// @title TestToken
/// @notice A USDC-like token for devnets and tests: 6 decimals, EIP-2612 `permit` and EIP-3009
/// `transferWithAuthorization` / `receiveWithAuthorization` / `cancelAuthorization` with random
/// 32-byte nonces, as USDC implements them. Anyone can mint: never deploy it where value matters.
contract TestToken is ERC20, ERC20Permit, ERC3009 {
    /// @param name_ The token's name, also its EIP-712 domain name.
    /// @param symbol_ The token's symbol.
    constructor(string memory name_, string memory symbol_) ERC20(name_, symbol_) ERC20Permit(name_) {}

    /// @notice Mints `amount` to `to`. Open to everyone: a test token has no supply policy.
    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    /// @notice 6 decimals, like USDC.
    function decimals() public pure override returns (uint8) {
        return 6;
    }
}
