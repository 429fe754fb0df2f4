// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ITaskBoard} from "../../src/interfaces/ITaskBoard.sol";

/// @notice The TestToken functions the flood needs.
interface IFloodToken {
    function mint(address to, uint256 amount) external;
    function approve(address spender, uint256 amount) external returns (bool);
}

/// @notice Claims and submits tasks for {TaskFlood} (a worker must not be the poster).
contract FloodWorker {
    function work(ITaskBoard board, ITaskBoard.Task[] calldata tasks) external {
        for (uint256 i = 0; i < tasks.length; ++i) {
            board.claim(tasks[i]);
            board.submit(tasks[i], tasks[i].salt, "");
        }
    }
}

/// @notice Benchmark only (scripts/bench-indexer): runs `count` tasks through their happy path
/// in one transaction, four TaskBoard events each (posted, claimed, submitted, accepted), so a
/// chain holding 100,000 events builds in seconds on an anvil with a large block gas limit.
contract TaskFlood {
    ITaskBoard public immutable board;
    IFloodToken public immutable token;
    FloodWorker public immutable worker;

    constructor(ITaskBoard board_, IFloodToken token_) {
        board = board_;
        token = token_;
        worker = new FloodWorker();
        token_.approve(address(board_), type(uint256).max);
    }

    /// @notice Posts tasks `first` to `first + count - 1`; the worker claims and submits them;
    /// this contract accepts them.
    function flood(uint256 first, uint256 count) external {
        token.mint(address(this), count);
        ITaskBoard.Task[] memory tasks = new ITaskBoard.Task[](count);
        for (uint256 i = 0; i < count; ++i) {
            tasks[i] = ITaskBoard.Task({
                poster: address(this),
                token: address(token),
                reward: 1,
                stake: 0,
                deadline: uint64(block.timestamp + 1 days),
                claimDuration: 3600,
                reviewWindow: 600,
                disputeWindow: 0,
                arbiter: address(0),
                arbiterFeeBps: 0,
                validationSchema: bytes32(0),
                validator: address(0),
                specHash: keccak256(abi.encode(first + i)),
                salt: bytes32(first + i)
            });
            board.post(tasks[i], "ipfs://bench");
        }
        worker.work(board, tasks);
        for (uint256 i = 0; i < count; ++i) {
            board.accept(tasks[i]);
        }
    }
}
