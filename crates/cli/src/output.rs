//! What a command prints: a title and named fields, as text lines or (`--json`) one JSON object.
//! Amounts are decimal strings and addresses checksummed in both.

use alloy::primitives::{Address, U256};
use echorift_sdk::Sent;
use serde::Serialize;
use serde_json::Value;

/// JSON keys whose values are token amounts: written as decimal strings.
const AMOUNT_KEYS: &[&str] = &["amount", "reward", "stake", "remaining", "balance", "toPayee", "toWorker", "fee"];

/// A command's result.
#[derive(Debug)]
pub(crate) struct Report {
    title: String,
    fields: Vec<(String, Value)>,
}

impl Report {
    pub(crate) fn new(title: impl Into<String>) -> Self {
        Self { title: title.into(), fields: Vec::new() }
    }

    /// Adds a field; any serializable value, normalized (decimal amounts, checksummed addresses).
    pub(crate) fn field(mut self, key: &str, value: impl Serialize) -> Self {
        let mut value = serde_json::to_value(value).unwrap_or(Value::Null);
        normalize(&mut value, key);
        self.fields.push((key.to_owned(), value));
        self
    }

    /// Adds a mined transaction's hash, block and gas.
    pub(crate) fn transaction<T>(self, sent: &Sent<T>) -> Self {
        self.field("transactionHash", sent.transaction_hash)
            .field("blockNumber", sent.block_number)
            .field("gasUsed", sent.gas_used)
    }

    /// Prints the report to stdout: one JSON object, or the title and one line per field.
    pub(crate) fn print(self, json: bool) {
        if json {
            let mut object: serde_json::Map<String, Value> = self.fields.into_iter().collect();
            object.insert("result".into(), Value::String(self.title));
            println!("{}", Value::Object(object));
            return;
        }
        println!("{}", self.title);
        for (key, value) in &self.fields {
            match value {
                Value::Object(map) => {
                    println!("  {key}:");
                    map.iter().for_each(|(key, value)| println!("    {key}: {}", text(value)));
                }
                Value::Array(items) => {
                    println!("  {key}:");
                    items.iter().for_each(|item| println!("    {}", text(item)));
                }
                other => println!("  {key}: {}", text(other)),
            }
        }
    }
}

/// A value as a person reads it: strings unquoted, objects as `key value` pairs.
fn text(value: &Value) -> String {
    match value {
        Value::String(text) => text.clone(),
        Value::Object(map) => {
            map.iter().map(|(key, value)| format!("{key} {}", text(value))).collect::<Vec<_>>().join("  ")
        }
        Value::Array(items) => items.iter().map(text).collect::<Vec<_>>().join(", "),
        other => other.to_string(),
    }
}

/// Rewrites alloy's serde forms for people and for the project's JSON conventions: amounts
/// (hex strings in serde) become decimal strings, 20-byte hex strings checksummed addresses.
pub(crate) fn normalize(value: &mut Value, key: &str) {
    match value {
        Value::String(text) if AMOUNT_KEYS.contains(&key) => {
            if let Ok(amount) = text.parse::<U256>() {
                *text = amount.to_string();
            }
        }
        Value::String(text) if text.len() == 42 && text.starts_with("0x") => {
            if let Ok(address) = text.parse::<Address>() {
                *text = address.to_checksum(None);
            }
        }
        Value::Object(map) => map.iter_mut().for_each(|(key, value)| normalize(value, key)),
        Value::Array(items) => items.iter_mut().for_each(|item| normalize(item, key)),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_become_decimal_and_addresses_checksummed() {
        let mut value = serde_json::json!({
            "amount": "0x5f5e100",
            "payee": "0x5fbdb2315678afecb367f032d93f642f64180aa3",
            "salt": "0x0000000000000000000000000000000000000000000000000000000000000001",
        });
        normalize(&mut value, "");
        assert_eq!(value["amount"], "100000000");
        assert_eq!(value["payee"], "0x5FbDB2315678afecb367f032d93F642f64180aa3");
        assert_eq!(value["salt"], "0x0000000000000000000000000000000000000000000000000000000000000001");
    }
}
