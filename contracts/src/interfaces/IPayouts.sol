// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @title IPayouts
/// @notice Payouts that never block: a payment that cannot be pushed to its recipient (a
/// reverting or gas-hungry receiver, a token that refuses the transfer) is kept for the
/// recipient to {withdraw}, and the state change that caused it stands.
interface IPayouts {
    /// @notice A payment from `id` could not be pushed to `account` and waits for {withdraw}.
    event PaymentDeferred(bytes32 indexed id, address indexed token, address indexed account, uint256 amount);
    /// @notice `account` withdrew its deferred payments in `token`.
    event Withdrawn(address indexed token, address indexed account, uint256 amount);

    /// @notice ETH sent does not match: ETH takes exactly `expected`, tokens none.
    error PayoutsWrongValue(uint256 expected, uint256 sent);
    /// @notice The token delivered less than asked (a fee-on-transfer token): not supported.
    error PayoutsFeeOnTransfer(address token, uint256 expected, uint256 received);
    /// @notice Nothing to withdraw.
    error PayoutsNothingOwed(address token, address account);
    /// @notice The withdrawal could not be delivered.
    error PayoutsWithdrawFailed(address token, address account, uint256 amount);

    /// @notice Sends the caller the payments in `token` (zero address: ETH) that could not be pushed.
    function withdraw(address token) external;

    /// @notice Deferred payments `account` can withdraw in `token`.
    function owed(address token, address account) external view returns (uint256);
}
