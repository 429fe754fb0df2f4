//! Strict query-string parsing: every key must be one the endpoint knows and appear once, and
//! every value must parse as its type; otherwise a 400 names the parameter.

use std::collections::BTreeMap;

use alloy::primitives::{Address, B256, U256};

use super::error::ApiError;

/// Most items one page holds.
pub const MAX_LIMIT: usize = 500;
/// Items per page when `limit` is not given.
pub const DEFAULT_LIMIT: usize = 50;

/// A request's query parameters, checked against the endpoint's known keys.
#[derive(Debug)]
pub struct Params {
    pairs: BTreeMap<String, String>,
}

impl Params {
    /// Parses `query`, refusing unknown and repeated keys.
    pub fn parse(query: Option<&str>, known: &[&str]) -> Result<Self, ApiError> {
        let mut pairs = BTreeMap::new();
        let query = query.unwrap_or_default();
        if query.len() > 8192 {
            return Err(ApiError::bad("query", "the query string is longer than 8192 bytes"));
        }
        for (key, value) in form_urlencoded::parse(query.as_bytes()) {
            if !known.contains(&key.as_ref()) {
                let shown: String = key.chars().take(64).collect();
                return Err(ApiError::bad(
                    &shown,
                    format!("unknown parameter `{shown}`; this endpoint takes: {}", known.join(", ")),
                ));
            }
            if pairs.insert(key.clone().into_owned(), value.into_owned()).is_some() {
                return Err(ApiError::bad(&key, format!("`{key}` is given more than once")));
            }
        }
        Ok(Self { pairs })
    }

    /// The raw value of `name`, if given (an empty value counts as given).
    pub fn raw(&self, name: &str) -> Option<&str> {
        self.pairs.get(name).map(String::as_str)
    }

    /// An address, checksummed.
    pub fn address(&self, name: &str) -> Result<Option<String>, ApiError> {
        self.raw(name).map(|value| parse_address(name, value)).transpose()
    }

    /// A 32-byte hash (id, uid, schema), as stored: lowercase 0x-hex.
    pub fn hash(&self, name: &str) -> Result<Option<String>, ApiError> {
        self.raw(name).map(|value| parse_hash(name, value)).transpose()
    }

    /// A non-negative decimal amount below 2^256, in its 78-digit sortable form.
    pub fn amount(&self, name: &str) -> Result<Option<String>, ApiError> {
        self.raw(name)
            .map(|value| {
                if value.is_empty() || value.len() > 78 || !value.bytes().all(|b| b.is_ascii_digit()) {
                    return Err(ApiError::bad(name, format!("`{name}` must be a decimal amount (digits only)")));
                }
                let amount = U256::from_str_radix(value, 10)
                    .map_err(|_| ApiError::bad(name, format!("`{name}` is larger than 2^256 - 1")))?;
                Ok(format!("{:0>78}", amount.to_string()))
            })
            .transpose()
    }

    /// A non-negative integer that fits SQLite's integers (times, block numbers).
    pub fn int(&self, name: &str) -> Result<Option<i64>, ApiError> {
        self.raw(name)
            .map(|value| {
                value
                    .parse::<u64>()
                    .ok()
                    .and_then(|number| i64::try_from(number).ok())
                    .ok_or_else(|| ApiError::bad(name, format!("`{name}` must be an integer from 0 to 2^63 - 1")))
            })
            .transpose()
    }

    /// `true` or `false`.
    pub fn bool(&self, name: &str) -> Result<Option<bool>, ApiError> {
        self.raw(name)
            .map(|value| match value {
                "true" => Ok(true),
                "false" => Ok(false),
                _ => Err(ApiError::bad(name, format!("`{name}` must be true or false"))),
            })
            .transpose()
    }

    /// One of `allowed`.
    pub fn one_of(&self, name: &str, allowed: &[&'static str]) -> Result<Option<&'static str>, ApiError> {
        self.raw(name)
            .map(|value| {
                allowed
                    .iter()
                    .copied()
                    .find(|candidate| *candidate == value)
                    .ok_or_else(|| ApiError::bad(name, format!("`{name}` must be one of: {}", allowed.join(", "))))
            })
            .transpose()
    }

    /// A comma-separated list of `allowed` values.
    pub fn list_of(&self, name: &str, allowed: &[&'static str]) -> Result<Option<Vec<&'static str>>, ApiError> {
        self.raw(name)
            .map(|value| {
                value
                    .split(',')
                    .map(|item| {
                        allowed.iter().copied().find(|candidate| *candidate == item).ok_or_else(|| {
                            ApiError::bad(
                                name,
                                format!("`{name}` takes a comma-separated list of: {}", allowed.join(", ")),
                            )
                        })
                    })
                    .collect()
            })
            .transpose()
    }

    /// The page size: 1 to [`MAX_LIMIT`], [`DEFAULT_LIMIT`] if not given.
    pub fn limit(&self) -> Result<usize, ApiError> {
        match self.raw("limit") {
            None => Ok(DEFAULT_LIMIT),
            Some(value) => value
                .parse::<usize>()
                .ok()
                .filter(|limit| (1..=MAX_LIMIT).contains(limit))
                .ok_or_else(|| ApiError::bad("limit", format!("`limit` must be an integer from 1 to {MAX_LIMIT}"))),
        }
    }

    /// A list cursor: `<integer>.<integer>` (sort key, then row), as returned in `next_cursor`.
    pub fn cursor(&self) -> Result<Option<(i64, i64)>, ApiError> {
        self.raw("cursor")
            .map(|value| {
                let parsed = value.split_once('.').and_then(|(key, row)| Some((key.parse().ok()?, row.parse().ok()?)));
                parsed.ok_or_else(|| {
                    ApiError::bad("cursor", "`cursor` is malformed: pass the `next_cursor` of the previous page")
                })
            })
            .transpose()
    }

    /// An event-position cursor: a non-negative integer as returned in `next_cursor`.
    pub fn position(&self, name: &str) -> Result<Option<i64>, ApiError> {
        self.raw(name)
            .map(|value| {
                value.parse::<i64>().ok().filter(|position| *position >= 0).ok_or_else(|| {
                    ApiError::bad(name, format!("`{name}` is malformed: pass the `next_cursor` of the previous page"))
                })
            })
            .transpose()
    }
}

/// An address in any case (mixed case must carry a valid EIP-55 checksum), checksummed.
pub fn parse_address(name: &str, value: &str) -> Result<String, ApiError> {
    let bad = || ApiError::bad(name, format!("`{name}` must be a 0x-prefixed 20-byte hex address"));
    let hex = value.strip_prefix("0x").ok_or_else(bad)?;
    if hex.len() != 40 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(bad());
    }
    let mixed = hex.bytes().any(|b| b.is_ascii_uppercase()) && hex.bytes().any(|b| b.is_ascii_lowercase());
    let address = if mixed {
        Address::parse_checksummed(value, None)
            .map_err(|_| ApiError::bad(name, format!("`{name}` has mixed case but an invalid EIP-55 checksum")))?
    } else {
        value.parse::<Address>().map_err(|_| bad())?
    };
    Ok(address.to_checksum(None))
}

/// A 32-byte 0x-hex value, lowercased.
pub fn parse_hash(name: &str, value: &str) -> Result<String, ApiError> {
    let bad = || ApiError::bad(name, format!("`{name}` must be a 0x-prefixed 32-byte hex value"));
    let hex = value.strip_prefix("0x").ok_or_else(bad)?;
    if hex.len() != 64 {
        return Err(bad());
    }
    let hash: B256 = value.parse().map_err(|_| bad())?;
    Ok(hash.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_and_repeated_keys_are_named() {
        let err = Params::parse(Some("limit=1&colour=red"), &["limit"]).expect_err("unknown");
        assert_eq!(err.parameter.as_deref(), Some("colour"));
        let err = Params::parse(Some("limit=1&limit=2"), &["limit"]).expect_err("repeated");
        assert_eq!(err.parameter.as_deref(), Some("limit"));
    }

    #[test]
    fn values_are_checked() -> Result<(), ApiError> {
        let params = Params::parse(
            Some("a=0x5fbdb2315678afecb367f032d93f642f64180aa3&n=12&l=9999&m=1e5"),
            &["a", "n", "l", "m", "limit"],
        )?;
        assert_eq!(params.address("a")?.as_deref(), Some("0x5FbDB2315678afecb367f032d93F642f64180aa3"));
        assert_eq!(params.int("n")?, Some(12));
        assert!(params.amount("m").is_err());
        assert!(parse_address("a", "0x5FBDb2315678afecb367f032d93F642f64180aa3").is_err(), "bad checksum");
        assert!(parse_address("a", "0x5fbdb2315678afecb367f032d93f642f64180aa").is_err(), "short");
        let params = Params::parse(Some("limit=501"), &["limit"])?;
        assert!(params.limit().is_err());
        Ok(())
    }
}
