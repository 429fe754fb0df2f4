//! Where settings come from: flags, then environment variables (both through clap), then an
//! optional JSON config file (`--config` / `ECHORIFT_CONFIG`). Secrets are never printed.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use clap::Args;
use echorift_sdk::SignerSource;
use serde::Deserialize;

/// Connection and key options, on every subcommand.
#[derive(Debug, Clone, Args)]
pub(crate) struct Global {
    /// JSON config file with any of the keys rpcUrl, deployments, privateKey, keystore, password,
    /// mnemonic, mnemonicIndex, anvil, apiUrl (flags and environment variables take precedence).
    #[arg(long, global = true, env = "ECHORIFT_CONFIG")]
    pub(crate) config: Option<PathBuf>,
    /// The chain's JSON-RPC endpoint [default: http://127.0.0.1:8545].
    #[arg(long, global = true, env = "ECHORIFT_RPC_URL")]
    pub(crate) rpc_url: Option<String>,
    /// The deployments file [default: deployments/<chainId>.json].
    #[arg(long, global = true, env = "ECHORIFT_DEPLOYMENTS")]
    pub(crate) deployments: Option<PathBuf>,
    /// The signer's private key (hex). Prefer the environment variable or a keystore.
    #[arg(long, global = true, env = "ECHORIFT_PRIVATE_KEY", hide_env_values = true)]
    pub(crate) private_key: Option<String>,
    /// An encrypted keystore file holding the signer's key.
    #[arg(long, global = true, env = "ECHORIFT_KEYSTORE")]
    pub(crate) keystore: Option<PathBuf>,
    /// The keystore's password.
    #[arg(long, global = true, env = "ECHORIFT_KEYSTORE_PASSWORD", hide_env_values = true)]
    pub(crate) password: Option<String>,
    /// A BIP-39 mnemonic holding the signer's key.
    #[arg(long, global = true, env = "ECHORIFT_MNEMONIC", hide_env_values = true)]
    pub(crate) mnemonic: Option<String>,
    /// The mnemonic's account index [default: 0].
    #[arg(long, global = true, env = "ECHORIFT_MNEMONIC_INDEX")]
    pub(crate) mnemonic_index: Option<u32>,
    /// The indexer's HTTP API, for `query`, `inbox` and `verify` [default: http://127.0.0.1:8080].
    #[arg(long, global = true, env = "ECHORIFT_API_URL")]
    pub(crate) api_url: Option<String>,
    /// Print machine-readable JSON instead of text.
    #[arg(long, global = true)]
    pub(crate) json: bool,
}

/// The config file's keys (all optional).
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct File {
    rpc_url: Option<String>,
    deployments: Option<PathBuf>,
    private_key: Option<String>,
    keystore: Option<PathBuf>,
    password: Option<String>,
    mnemonic: Option<String>,
    mnemonic_index: Option<u32>,
    anvil: Option<PathBuf>,
    api_url: Option<String>,
}

/// Settings after precedence is applied.
#[derive(Debug, Clone)]
pub(crate) struct Settings {
    /// The RPC endpoint.
    pub(crate) rpc_url: String,
    /// The deployments file, if one was named.
    pub(crate) deployments: Option<PathBuf>,
    /// The signer, if one was given.
    pub(crate) signer: Option<SignerSource>,
    /// The anvil binary, if one was named in the file.
    pub(crate) anvil: Option<PathBuf>,
    /// The indexer's HTTP API.
    pub(crate) api_url: String,
}

impl Global {
    /// Applies the precedence: flag, environment, file, default.
    pub(crate) fn settings(&self) -> Result<Settings> {
        let file = match &self.config {
            Some(path) => read_file(path)?,
            None => File::default(),
        };
        // The key's kind comes whole from the first level naming one; its password and mnemonic
        // index follow the usual precedence on their own.
        let password = self.password.clone().or(file.password);
        let index = self.mnemonic_index.or(file.mnemonic_index);
        let signer = match signer_of(
            "flags/environment",
            self.private_key.clone(),
            self.keystore.clone(),
            password.clone(),
            self.mnemonic.clone(),
            index,
        )? {
            Some(signer) => Some(signer),
            None => signer_of("the config file", file.private_key, file.keystore, password, file.mnemonic, index)?,
        };
        Ok(Settings {
            rpc_url: self.rpc_url.clone().or(file.rpc_url).unwrap_or_else(|| "http://127.0.0.1:8545".into()),
            deployments: self.deployments.clone().or(file.deployments),
            signer,
            anvil: file.anvil,
            api_url: self.api_url.clone().or(file.api_url).unwrap_or_else(|| "http://127.0.0.1:8080".into()),
        })
    }
}

fn read_file(path: &Path) -> Result<File> {
    let text = std::fs::read_to_string(path).with_context(|| format!("cannot read config file {}", path.display()))?;
    serde_json::from_str(&text).with_context(|| format!("config file {} is malformed", path.display()))
}

fn signer_of(
    level: &str,
    private_key: Option<String>,
    keystore: Option<PathBuf>,
    password: Option<String>,
    mnemonic: Option<String>,
    index: Option<u32>,
) -> Result<Option<SignerSource>> {
    match (private_key, keystore, mnemonic) {
        (None, None, None) => Ok(None),
        (Some(key), None, None) => Ok(Some(SignerSource::PrivateKey(key))),
        (None, Some(path), None) => match password {
            Some(password) => Ok(Some(SignerSource::Keystore { path, password })),
            None => {
                bail!("the keystore {} needs a password (--password or ECHORIFT_KEYSTORE_PASSWORD)", path.display())
            }
        },
        (None, None, Some(phrase)) => Ok(Some(SignerSource::Mnemonic { phrase, index: index.unwrap_or(0) })),
        _ => bail!("{level} name more than one signer: give only one of private key, keystore, mnemonic"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    #[derive(Parser)]
    struct Cli {
        #[command(flatten)]
        global: Global,
    }

    #[test]
    fn flags_beat_the_file_and_the_file_fills_the_rest() -> Result<()> {
        let dir = std::env::temp_dir().join(format!("echorift-cli-config-{}", std::process::id()));
        std::fs::create_dir_all(&dir)?;
        let path = dir.join("config.json");
        std::fs::write(
            &path,
            r#"{"rpcUrl":"http://file:1","deployments":"file.json","mnemonic":"m","mnemonicIndex":3}"#,
        )?;
        let config = path.to_string_lossy().into_owned();
        let cli = Cli::try_parse_from(["echorift", "--config", &config, "--rpc-url", "http://flag:2"])?;
        let settings = cli.global.settings()?;
        assert_eq!(settings.rpc_url, "http://flag:2");
        assert_eq!(settings.deployments, Some(PathBuf::from("file.json")));
        assert!(matches!(settings.signer, Some(SignerSource::Mnemonic { index: 3, .. })));

        let cli = Cli::try_parse_from(["echorift", "--config", &config, "--private-key", "0x01"])?;
        assert!(matches!(cli.global.settings()?.signer, Some(SignerSource::PrivateKey(_))), "flag signer wins whole");

        std::fs::write(&path, r#"{"rpcURL":"x"}"#)?;
        let cli = Cli::try_parse_from(["echorift", "--config", &config])?;
        let message = format!("{:#}", cli.global.settings().err().context("a misspelt key must be refused")?);
        assert!(message.contains("malformed") && message.contains("rpcURL"), "{message}");
        std::fs::remove_dir_all(dir).ok();
        Ok(())
    }
}
