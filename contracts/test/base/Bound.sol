// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @notice Maps any fuzzed `x` into `[min, max]` (inclusive), keeping small inputs unchanged
/// when they already fit, so the fuzzer's boundary values stay boundary values.
function bound(uint256 x, uint256 min, uint256 max) pure returns (uint256) {
    require(min <= max, "bound: min > max");
    if (x >= min && x <= max) return x;
    uint256 size = max - min;
    if (size == type(uint256).max) return x;
    return min + x % (size + 1);
}
