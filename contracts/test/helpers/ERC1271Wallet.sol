// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC1271} from "@openzeppelin/contracts/interfaces/IERC1271.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";

/// @title ERC1271Wallet
/// @notice A contract wallet whose signatures are longer than an EOA's: `abi.encode(ownerSignature,
/// extra)`, where `ownerSignature` is the owner's 65-byte ECDSA signature of the hash and `extra`
/// is any 32-byte word (a stand-in for the session data real wallets append). Signatures of 65
/// bytes or fewer are rejected, so a test that passes proves a long signature went through.
contract ERC1271Wallet is IERC1271 {
    address public immutable owner;

    constructor(address owner_) {
        owner = owner_;
    }

    /// @notice Wraps an owner signature into this wallet's format.
    function wrap(bytes memory ownerSignature, bytes32 extra) external pure returns (bytes memory) {
        return abi.encode(ownerSignature, extra);
    }

    /// @inheritdoc IERC1271
    function isValidSignature(bytes32 hash, bytes calldata signature) external view returns (bytes4) {
        if (signature.length <= 65) return bytes4(0xffffffff);
        (bytes memory ownerSignature,) = abi.decode(signature, (bytes, bytes32));
        (address recovered, ECDSA.RecoverError err,) = ECDSA.tryRecover(hash, ownerSignature);
        if (err != ECDSA.RecoverError.NoError || recovered != owner) return bytes4(0xffffffff);
        return IERC1271.isValidSignature.selector;
    }
}
