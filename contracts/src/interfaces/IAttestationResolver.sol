// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IAttestationRegistry} from "./IAttestationRegistry.sol";

/// @title IAttestationResolver
/// @notice A schema's optional hook: the registry calls it after recording each attestation
/// or revocation under the schema, and reverts the whole operation unless it returns true.
/// @dev Called after the registry's state change and event (checks-effects-interactions);
/// the registry is locked against re-entry during the call.
interface IAttestationResolver {
    /// @notice Approves or vetoes an attestation.
    /// @param uid The new attestation's id.
    /// @param attester Who attests (the signer, for delegated attestations).
    /// @param request What is attested.
    /// @return approved True to accept; false (or a revert) vetoes the attestation.
    function onAttest(bytes32 uid, address attester, IAttestationRegistry.AttestationRequest calldata request)
        external
        returns (bool approved);

    /// @notice Approves or vetoes a revocation.
    /// @param uid The attestation being revoked.
    /// @param attester Its attester, who revokes it.
    /// @return approved True to accept; false (or a revert) vetoes the revocation.
    function onRevoke(bytes32 uid, address attester) external returns (bool approved);
}
