//! Off-chain counterparts of the task board's rules: task ids.

use alloy::{
    primitives::{Address, B256, U256, keccak256},
    sol_types::SolValue,
};
use echorift_bindings::task_board::ITaskBoard::Task;

/// The id of a task with `task` terms on the board at `board` on chain `chain_id`:
/// `keccak256(abi.encode(chainId, board, task))`.
pub fn task_id(chain_id: u64, board: Address, task: &Task) -> B256 {
    keccak256((U256::from(chain_id), board, task.clone()).abi_encode())
}
