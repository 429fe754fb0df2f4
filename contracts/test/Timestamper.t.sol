// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Timestamper} from "../src/Timestamper.sol";
import {Test} from "./base/Test.sol";
import {Vm} from "./base/Vm.sol";

contract TimestamperTest is Test {
    event Timestamped(bytes32 indexed dataHash, address indexed submitter, uint64 timestamp);

    Timestamper internal stamper;
    address internal agent;

    function setUp() public {
        stamper = new Timestamper();
        agent = makeAddr("agent");
        vm.warp(1_700_000_000);
    }

    function testTimestampRecordsBlockTime() public {
        bytes32 hash = keccak256("task 42 delivered");
        vm.prank(agent);
        uint64 time = stamper.timestamp(hash);
        assertEq(time, 1_700_000_000, "returned time");
        assertEq(stamper.timestampOf(hash), 1_700_000_000, "stored time");
    }

    function testTimestampEmitsCompleteEvent() public {
        bytes32 hash = keccak256("output passed validation");
        vm.expectEmit(address(stamper));
        emit Timestamped(hash, agent, 1_700_000_000);
        vm.prank(agent);
        stamper.timestamp(hash);
    }

    function testTimestampRevertsOnSecondSubmission() public {
        bytes32 hash = keccak256("first come");
        stamper.timestamp(hash);
        vm.warp(1_800_000_000);
        vm.expectRevert(
            abi.encodeWithSelector(Timestamper.TimestamperAlreadyTimestamped.selector, hash, uint64(1_700_000_000))
        );
        vm.prank(agent);
        stamper.timestamp(hash);
    }

    function testTimestampRevertsOnZeroHash() public {
        vm.expectRevert(Timestamper.TimestamperZeroHash.selector);
        stamper.timestamp(bytes32(0));
    }

    function testTimestampOfIsZeroWhenNeverSubmitted() public view {
        assertEq(stamper.timestampOf(keccak256("unknown")), 0, "unknown hash");
    }

    /// The event alone reconstructs the stored state, for any hash, caller and time.
    function testFuzzEventMatchesState(bytes32 hash, address caller, uint64 time) public {
        vm.assume(hash != bytes32(0) && time != 0);
        vm.warp(time);
        vm.recordLogs();
        vm.prank(caller);
        stamper.timestamp(hash);

        Vm.Log[] memory logs = vm.getRecordedLogs();
        assertEq(logs.length, 1, "one event");
        assertEq(logs[0].emitter, address(stamper), "emitter");
        assertEq(logs[0].topics[0], Timestamped.selector, "event signature");
        assertEq(logs[0].topics[1], hash, "indexed hash");
        assertEq(logs[0].topics[2], bytes32(uint256(uint160(caller))), "indexed submitter");
        assertEq(abi.decode(logs[0].data, (uint64)), stamper.timestampOf(hash), "event time equals stored time");
    }
}

/// Drives random submissions and remembers the first time each hash was stamped.
contract TimestamperHandler is Test {
    Timestamper internal immutable stamper;
    bytes32[] public hashes;
    mapping(bytes32 hash => uint64 time) public firstSeen;

    constructor(Timestamper stamper_) {
        stamper = stamper_;
    }

    function stamp(uint8 seed, uint32 elapsed) external {
        // A small hash space makes repeated submissions (which must revert) common.
        bytes32 hash = keccak256(abi.encode(seed % 16));
        vm.warp(block.timestamp + elapsed);
        try stamper.timestamp(hash) returns (uint64 time) {
            assertEq(firstSeen[hash], 0, "only the first submission succeeds");
            firstSeen[hash] = time;
            hashes.push(hash);
        } catch {
            assertTrue(firstSeen[hash] != 0, "a first submission never reverts");
        }
    }

    function hashCount() external view returns (uint256) {
        return hashes.length;
    }
}

contract TimestamperInvariantTest is Test {
    Timestamper internal stamper;
    TimestamperHandler internal handler;

    function setUp() public {
        vm.warp(1_700_000_000);
        stamper = new Timestamper();
        handler = new TimestamperHandler(stamper);
        targetContract(address(handler));
    }

    /// A recorded timestamp never changes, whatever is submitted later.
    function invariantTimestampsNeverChange() public view {
        uint256 count = handler.hashCount();
        for (uint256 i = 0; i < count; i++) {
            bytes32 hash = handler.hashes(i);
            assertEq(stamper.timestampOf(hash), handler.firstSeen(hash), "timestamp changed");
        }
    }
}
