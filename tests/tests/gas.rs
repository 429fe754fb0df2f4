//! Every gas target the issues set, held as a test: the same measurement `scripts/gas-report`
//! prints (real transaction gasUsed on a fresh anvil chain).

use echorift_e2e::{gas, spawn_anvil};

#[tokio::test]
async fn gas_of_every_measured_operation_is_within_its_target() {
    let anvil = spawn_anvil();
    let measurements = gas::measure_all(&anvil).await.expect("measured");
    let keys: Vec<_> = measurements.iter().map(|m| m.key).collect();
    assert_eq!(
        keys,
        [
            "register_schema",
            "attest",
            "revoke",
            "attest_delegated",
            "attest_batch10",
            "escrow_open_approved",
            "escrow_release",
            "escrow_open_3009",
            "escrow_release_on_proof",
            "escrow_refund",
            "task_post",
            "task_claim",
            "task_submit",
            "task_accept",
            "task_happy_path",
            "guard_grant",
            "guard_spend",
        ]
    );
    for m in &measurements {
        assert!(m.gas_used > 21_000, "{}: {} is not a real transaction's gas", m.key, m.gas_used);
        assert!(m.gas_used <= m.target, "{}: {} gas is over the target {}", m.key, m.gas_used, m.target);
    }
}
