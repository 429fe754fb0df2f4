//! `gas-report`: deploys the contracts on a fresh anvil chain, sends each measured operation
//! and prints its real `gasUsed` beside its target and the reference implementation's figure.
//! `--json` prints one object mapping operation to gasUsed. Run through `scripts/gas-report`.

use std::process::ExitCode;

use anyhow::Result;
use echorift_e2e::{gas, try_spawn_anvil};

async fn run(json: bool) -> Result<bool> {
    let anvil = try_spawn_anvil()?;
    let measurements = gas::measure_all(&anvil).await?;
    let within = measurements.iter().all(|m| m.gas_used <= m.target);

    if json {
        let object: serde_json::Map<String, serde_json::Value> =
            measurements.iter().map(|m| (m.key.to_owned(), m.gas_used.into())).collect();
        println!("{}", serde_json::to_string_pretty(&object)?);
    } else {
        println!("{:<24} {:>10} {:>10} {:>10}  {:>9}  operation", "key", "gasUsed", "target", "anchor", "vs anchor");
        for m in &measurements {
            let verdict = if m.gas_used <= m.target { "" } else { "  OVER TARGET" };
            let (anchor, ratio, system) = match &m.anchor {
                Some(a) => (
                    a.gas_used.to_string(),
                    format!("{:.1}%", 100.0 * m.gas_used as f64 / a.gas_used as f64),
                    format!(" (anchor: {})", a.system),
                ),
                None => ("-".to_owned(), "-".to_owned(), String::new()),
            };
            println!(
                "{:<24} {:>10} {:>10} {:>10}  {:>9}  {}{system}{verdict}",
                m.key, m.gas_used, m.target, anchor, ratio, m.description,
            );
        }
    }
    Ok(within)
}

#[tokio::main]
async fn main() -> ExitCode {
    let json = match std::env::args().skip(1).collect::<Vec<_>>().as_slice() {
        [] => false,
        [flag] if flag == "--json" => true,
        other => {
            eprintln!("gas-report: unexpected arguments {other:?} (usage: gas-report [--json])");
            return ExitCode::from(2);
        }
    };
    match run(json).await {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => {
            eprintln!("gas-report: an operation is over its target");
            ExitCode::FAILURE
        }
        Err(err) => {
            eprintln!("gas-report: {err:#}");
            ExitCode::from(2)
        }
    }
}
