//! Decoded event fields as JSON, following the project's conventions: amounts (uint128 and
//! wider) as decimal strings, addresses checksummed, bytes as 0x-hex, small integers as numbers.
//! [`Fields`] reads them back, for the projections.

use alloy::primitives::{Address, Bytes, FixedBytes, U256};
use serde_json::{Map, Value};

/// A Solidity value's JSON form.
pub(crate) trait ToJson {
    /// The value as JSON.
    fn to_json(&self) -> Value;
}

impl ToJson for Address {
    fn to_json(&self) -> Value {
        Value::String(self.to_checksum(None))
    }
}

impl ToJson for U256 {
    fn to_json(&self) -> Value {
        Value::String(self.to_string())
    }
}

impl ToJson for u128 {
    fn to_json(&self) -> Value {
        Value::String(self.to_string())
    }
}

impl<const N: usize> ToJson for FixedBytes<N> {
    fn to_json(&self) -> Value {
        Value::String(self.to_string())
    }
}

impl ToJson for Bytes {
    fn to_json(&self) -> Value {
        Value::String(self.to_string())
    }
}

macro_rules! small_int_to_json {
    ($($ty:ty),*) => {$(
        impl ToJson for $ty {
            fn to_json(&self) -> Value {
                Value::from(*self)
            }
        }
    )*};
}
small_int_to_json!(u8, u16, u32, u64, bool);

/// `uint40` times and indexes fit a JSON number exactly.
impl ToJson for alloy::primitives::aliases::U40 {
    fn to_json(&self) -> Value {
        Value::from(self.to::<u64>())
    }
}

impl ToJson for String {
    fn to_json(&self) -> Value {
        Value::String(self.clone())
    }
}

impl ToJson for &str {
    fn to_json(&self) -> Value {
        Value::String((*self).to_owned())
    }
}

impl ToJson for Value {
    fn to_json(&self) -> Value {
        self.clone()
    }
}

impl<T: ToJson> ToJson for Vec<T> {
    fn to_json(&self) -> Value {
        Value::Array(self.iter().map(ToJson::to_json).collect())
    }
}

/// Builds a JSON object from `"key" => value` pairs of [`ToJson`] values.
macro_rules! object {
    ($($key:literal => $value:expr),* $(,)?) => {{
        #[allow(unused_mut)]
        let mut map = serde_json::Map::new();
        $( map.insert($key.to_owned(), $crate::json::ToJson::to_json(&$value)); )*
        serde_json::Value::Object(map)
    }};
}
pub(crate) use object;

/// Why a stored event's fields do not have the shape a projection expects.
#[derive(Debug, thiserror::Error)]
#[error("field `{field}` of {event} is missing or not {expected}")]
pub struct FieldError {
    /// The event.
    pub event: String,
    /// The field.
    pub field: String,
    /// What it should have been.
    pub expected: &'static str,
}

/// Typed reads of an event's JSON fields.
#[derive(Clone, Copy)]
pub(crate) struct Fields<'a> {
    event: &'a str,
    map: &'a Map<String, Value>,
}

impl<'a> Fields<'a> {
    /// Reads `value`, which must be an object, as the fields of `event`.
    pub(crate) fn new(event: &'a str, value: &'a Value) -> Result<Self, FieldError> {
        match value {
            Value::Object(map) => Ok(Self { event, map }),
            _ => Err(FieldError { event: event.to_owned(), field: "(fields)".into(), expected: "an object" }),
        }
    }

    fn error(&self, field: &str, expected: &'static str) -> FieldError {
        FieldError { event: self.event.to_owned(), field: field.to_owned(), expected }
    }

    /// A field's raw JSON value.
    pub(crate) fn value(&self, field: &str) -> Result<&'a Value, FieldError> {
        self.map.get(field).ok_or_else(|| self.error(field, "present"))
    }

    /// A string field (address, hash, decimal amount, text).
    pub(crate) fn str(&self, field: &str) -> Result<&'a str, FieldError> {
        self.map.get(field).and_then(Value::as_str).ok_or_else(|| self.error(field, "a string"))
    }

    /// An integer field.
    pub(crate) fn u64(&self, field: &str) -> Result<u64, FieldError> {
        self.map.get(field).and_then(Value::as_u64).ok_or_else(|| self.error(field, "an integer"))
    }

    /// A nested struct.
    pub(crate) fn object(&self, field: &str) -> Result<Fields<'a>, FieldError> {
        match self.map.get(field) {
            Some(Value::Object(map)) => Ok(Fields { event: self.event, map }),
            _ => Err(self.error(field, "an object")),
        }
    }
}

/// A decimal amount zero-padded to 78 digits (the width of 2^256), so that text order is
/// numeric order: what range filters and sorts on amounts compare.
pub(crate) fn sortable_amount(decimal: &str) -> String {
    format!("{decimal:0>78}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloy::primitives::{address, b256};

    #[test]
    fn amounts_are_decimal_strings_and_addresses_checksummed() {
        let value = object! {
            "amount" => U256::MAX,
            "small" => 7u64,
            "who" => address!("0x5fbdb2315678afecb367f032d93f642f64180aa3"),
            "hash" => b256!("0x00000000000000000000000000000000000000000000000000000000000000ff"),
        };
        assert_eq!(value["amount"], "115792089237316195423570985008687907853269984665640564039457584007913129639935");
        assert_eq!(value["small"], 7);
        assert_eq!(value["who"], "0x5FbDB2315678afecb367f032d93F642f64180aa3");
        assert_eq!(value["hash"], "0x00000000000000000000000000000000000000000000000000000000000000ff");
    }

    #[test]
    fn sortable_amounts_order_numerically() {
        assert!(sortable_amount("9") < sortable_amount("10"));
        assert_eq!(sortable_amount(&U256::MAX.to_string()).len(), 78);
    }

    #[test]
    fn missing_field_is_named() {
        let value = object! { "a" => 1u64 };
        let fields = Fields::new("TaskClaimed", &value).expect("object");
        let err = fields.str("worker").expect_err("absent");
        assert_eq!(err.to_string(), "field `worker` of TaskClaimed is missing or not a string");
    }
}
