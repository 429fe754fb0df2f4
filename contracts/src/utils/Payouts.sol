// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";

import {IPayouts} from "../interfaces/IPayouts.sol";

/// @title Payouts
/// @notice Moving ETH and ERC-20 in and out of a contract that holds other people's funds:
/// exact collection (fee-on-transfer tokens refused) and payouts that never block.
/// @dev Shared by Escrow and TaskBoard. Callers change state and emit before paying.
abstract contract Payouts is IPayouts, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    /// @dev Gas forwarded with an ETH payout: enough for smart-contract wallets, too little to
    /// grief the caller; a recipient that needs more withdraws instead.
    uint256 private constant ETH_PUSH_GAS = 50_000;

    mapping(address token => mapping(address account => uint256 amount)) private _owed;

    /// @inheritdoc IPayouts
    function withdraw(address token) external nonReentrant {
        uint256 amount = _owed[token][msg.sender];
        if (amount == 0) revert PayoutsNothingOwed(token, msg.sender);
        _owed[token][msg.sender] = 0;
        emit Withdrawn(token, msg.sender, amount);
        bool ok;
        if (token == address(0)) {
            (ok,) = msg.sender.call{value: amount}("");
        } else {
            ok = IERC20(token).trySafeTransfer(msg.sender, amount);
        }
        if (!ok) revert PayoutsWithdrawFailed(token, msg.sender, amount);
    }

    /// @inheritdoc IPayouts
    function owed(address token, address account) external view returns (uint256) {
        return _owed[token][account];
    }

    /// @dev Collects exactly `amount` from the caller: ETH as `msg.value`, or tokens pulled from
    /// `from` with its approval. Fee-on-transfer tokens are refused.
    function _collect(address token, address from, uint256 amount) internal {
        if (token == address(0)) {
            if (msg.value != amount) revert PayoutsWrongValue(amount, msg.value);
            return;
        }
        if (msg.value != 0) revert PayoutsWrongValue(0, msg.value);
        if (amount == 0) return;
        uint256 balanceBefore = IERC20(token).balanceOf(address(this));
        IERC20(token).safeTransferFrom(from, address(this), amount);
        _requireReceived(token, amount, balanceBefore);
    }

    /// @dev Checks that the contract's balance of `token` grew by exactly `amount` since `balanceBefore`.
    function _requireReceived(address token, uint256 amount, uint256 balanceBefore) internal view {
        uint256 received = IERC20(token).balanceOf(address(this)) - balanceBefore;
        if (received != amount) revert PayoutsFeeOnTransfer(token, amount, received);
    }

    /// @dev Pushes a payout; if the recipient or token refuses it, keeps it for {withdraw} so that
    /// nobody can block a refund, a release or a ruling.
    function _pay(bytes32 id, address token, address to, uint256 amount) internal {
        if (amount == 0) return;
        bool ok;
        if (token == address(0)) {
            // No return data is copied: a recipient cannot make the caller pay for a large one.
            assembly ("memory-safe") {
                ok := call(ETH_PUSH_GAS, to, amount, 0, 0, 0, 0)
            }
        } else {
            ok = IERC20(token).trySafeTransfer(to, amount);
        }
        if (!ok) {
            _owed[token][to] += amount;
            emit PaymentDeferred(id, token, to, amount);
        }
    }
}
