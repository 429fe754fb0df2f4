//! What the action subcommands share: connecting as the configured signer, reading and writing
//! terms files, and parsing deadlines, hashes and salts.

use std::path::{Path, PathBuf};

use alloy::primitives::{Address, B256, keccak256};
use anyhow::{Context as _, Result, bail};
use clap::Args;
use echorift_sdk::{Client, Deployments, chain_id_at};
use serde::{Serialize, de::DeserializeOwned};

use crate::{config::Settings, output::normalize};

/// Connects to the configured RPC with the configured signer and deployment.
pub(crate) async fn connect(settings: &Settings) -> Result<Client> {
    let path = deployments_path(settings).await?;
    let deployments = Deployments::load(&path)
        .with_context(|| "give the deployments file with --deployments or ECHORIFT_DEPLOYMENTS".to_owned())?;
    let signer = settings
        .signer
        .as_ref()
        .context("no signer: give --private-key, --keystore or --mnemonic (or their ECHORIFT_* variables)")?
        .load()?;
    Ok(Client::connect(&settings.rpc_url, signer, deployments).await?)
}

/// The named deployments file, else `deployments/<chainId>.json` for the RPC's chain.
pub(crate) async fn deployments_path(settings: &Settings) -> Result<PathBuf> {
    match &settings.deployments {
        Some(path) => Ok(path.clone()),
        None => Ok(Deployments::default_path(Path::new("."), chain_id_at(&settings.rpc_url).await?)),
    }
}

/// Reads a JSON file the CLI wrote (terms, a task, an attestation, a signature).
pub(crate) fn read_json<T: DeserializeOwned>(path: &Path, what: &str) -> Result<T> {
    let text = std::fs::read_to_string(path).with_context(|| format!("cannot read {what} file {}", path.display()))?;
    serde_json::from_str(&text).with_context(|| format!("{what} file {} is malformed", path.display()))
}

/// Writes `value` as pretty JSON (decimal amounts, checksummed addresses).
pub(crate) fn write_json(path: &Path, value: &impl Serialize) -> Result<()> {
    let mut json = serde_json::to_value(value)?;
    normalize(&mut json, "");
    std::fs::write(path, serde_json::to_string_pretty(&json)? + "\n")
        .with_context(|| format!("cannot write {}", path.display()))
}

/// A 32-byte value: `0x` and 64 hex digits as is, any other text by its keccak256.
pub(crate) fn hash_arg(value: &str) -> Result<B256, String> {
    if value.len() == 66 && value.starts_with("0x") {
        value.parse().map_err(|e| format!("`{value}` is not 32 bytes of hex: {e}"))
    } else {
        Ok(keccak256(value))
    }
}

/// A salt: given (as [`hash_arg`]), or fresh from the clock so each new object gets its own id.
pub(crate) fn salt_or_fresh(salt: Option<B256>) -> B256 {
    salt.unwrap_or_else(|| {
        let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
        keccak256([nanos.as_nanos().to_be_bytes().as_slice(), &std::process::id().to_be_bytes()].concat())
    })
}

/// A duration: `N[s|m|h|d]` (seconds without a unit).
pub(crate) fn seconds_arg(value: &str) -> Result<u64, String> {
    let (digits, unit) = match value.char_indices().last() {
        Some((i, c)) if c.is_ascii_alphabetic() => (&value[..i], c),
        _ => (value, 's'),
    };
    let scale = match unit {
        's' => 1,
        'm' => 60,
        'h' => 3_600,
        'd' => 86_400,
        _ => return Err(format!("unknown unit `{unit}` in `{value}`: use s, m, h or d")),
    };
    let amount: u64 = digits.parse().map_err(|_| format!("`{value}` is not N[s|m|h|d]"))?;
    Ok(amount.saturating_mul(scale))
}

/// A duration that fits a contract's `uint32` seconds: `N[s|m|h|d]`.
pub(crate) fn seconds32_arg(value: &str) -> Result<u32, String> {
    let seconds = seconds_arg(value)?;
    u32::try_from(seconds).map_err(|_| format!("`{value}` is {seconds} seconds, more than 136 years"))
}

/// A deadline: unix seconds, or `+N[s|m|h|d]` from the chain's current time.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Deadline {
    At(u64),
    In(u64),
}

impl Deadline {
    pub(crate) fn parse(value: &str) -> Result<Self, String> {
        let Some(relative) = value.strip_prefix('+') else {
            return value
                .parse()
                .map(Self::At)
                .map_err(|_| format!("`{value}` is neither unix seconds nor +N[s|m|h|d]"));
        };
        Ok(Self::In(seconds_arg(relative).map_err(|e| format!("`{value}`: {e}"))?))
    }

    /// The deadline in unix seconds.
    pub(crate) async fn resolve(self, client: &Client) -> Result<u64> {
        Ok(match self {
            Self::At(at) => at,
            Self::In(seconds) => client.now().await? + seconds,
        })
    }
}

/// A contract named by its deployment name (`Escrow`, `TaskBoard`, ...) or given by address.
pub(crate) fn contract_or_address(client: &Client, value: &str) -> Result<Address> {
    if let Ok(address) = value.parse() {
        return Ok(address);
    }
    match client.deployments().contracts.iter().find(|(name, _)| name.eq_ignore_ascii_case(value)) {
        Some((_, address)) => Ok(*address),
        None => bail!("`{value}` is neither an address nor a contract of the deployment"),
    }
}

/// The token a command uses: the one given, else the deployment's test token.
pub(crate) fn token_or_default(client: &Client, token: Option<Address>) -> Result<Address> {
    match token {
        Some(token) => Ok(token),
        None => client.deployments().address("TestToken").context("give --token (this deployment has no test token)"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deadlines_and_hashes_parse() {
        assert!(matches!(Deadline::parse("+90"), Ok(Deadline::In(90))));
        assert!(matches!(Deadline::parse("+2h"), Ok(Deadline::In(7_200))));
        assert!(matches!(Deadline::parse("1700000000"), Ok(Deadline::At(1_700_000_000))));
        assert!(Deadline::parse("+3w").is_err_and(|e| e.contains("unknown unit")));
        assert!(Deadline::parse("tomorrow").is_err_and(|e| e.contains("neither unix seconds")));
        assert_eq!(hash_arg("la spec"), Ok(keccak256("la spec")));
        assert_eq!(hash_arg(&format!("{}", B256::repeat_byte(7))), Ok(B256::repeat_byte(7)));
    }
}

/// What new escrows and tasks share: the token, the arbiter and the salt.
#[derive(Debug, Args)]
pub(crate) struct SharedTerms {
    /// The token [default: the deployment's TestToken].
    #[arg(long, conflicts_with = "eth")]
    token: Option<Address>,
    /// Pay in ETH instead of a token.
    #[arg(long)]
    eth: bool,
    /// Who settles disputes [default: none: no disputes (escrow), rejections final (task)].
    #[arg(long, default_value_t = Address::ZERO)]
    pub(crate) arbiter: Address,
    /// The arbiter's fee in basis points.
    #[arg(long, default_value_t = 0)]
    pub(crate) fee_bps: u16,
    /// Salt (hex, or text hashed) [default: fresh, so equal terms get a new id].
    #[arg(long, value_parser = hash_arg)]
    salt: Option<B256>,
}

impl SharedTerms {
    /// The token: zero for ETH, else the one given or the deployment's test token.
    pub(crate) fn token(&self, client: &Client) -> Result<Address> {
        if self.eth { Ok(Address::ZERO) } else { token_or_default(client, self.token) }
    }

    /// The salt given, or a fresh one.
    pub(crate) fn salt(&self) -> B256 {
        salt_or_fresh(self.salt)
    }
}
