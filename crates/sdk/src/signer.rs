//! Where an agent's key comes from: a private key, an encrypted keystore file, or a mnemonic.

use std::{fmt, path::PathBuf};

use alloy::signers::local::{MnemonicBuilder, PrivateKeySigner, coins_bip39::English};

use crate::Error;

/// A source of a signing key. Its `Debug` output never shows the secret.
#[derive(Clone)]
pub enum SignerSource {
    /// A hex private key (with or without `0x`).
    PrivateKey(String),
    /// A Web3 Secret Storage (keystore) file and its password.
    Keystore {
        /// The file.
        path: PathBuf,
        /// Its password.
        password: String,
    },
    /// A BIP-39 mnemonic and the account index on the standard path `m/44'/60'/0'/0/{index}`.
    Mnemonic {
        /// The phrase (English word list).
        phrase: String,
        /// The account index.
        index: u32,
    },
}

impl fmt::Debug for SignerSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::PrivateKey(_) => f.write_str("PrivateKey(<redacted>)"),
            Self::Keystore { path, .. } => write!(f, "Keystore({})", path.display()),
            Self::Mnemonic { index, .. } => write!(f, "Mnemonic(<redacted>, index {index})"),
        }
    }
}

impl SignerSource {
    /// Loads the key. Errors name the source, never the secret.
    pub fn load(&self) -> Result<PrivateKeySigner, Error> {
        match self {
            Self::PrivateKey(key) => key
                .trim()
                .parse::<PrivateKeySigner>()
                .map_err(|_| Error::Signer("the private key is not 32 bytes of hex".into())),
            Self::Keystore { path, password } => PrivateKeySigner::decrypt_keystore(path, password)
                .map_err(|e| Error::Signer(format!("cannot open keystore {}: {e}", path.display()))),
            Self::Mnemonic { phrase, index } => MnemonicBuilder::<English>::default()
                .phrase(phrase.trim())
                .index(*index)
                .and_then(|builder| builder.build())
                .map_err(|e| Error::Signer(format!("invalid mnemonic (account {index}): {e}"))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ANVIL_MNEMONIC: &str = "test test test test test test test test test test test junk";

    #[test]
    fn mnemonic_and_key_give_anvils_accounts() -> Result<(), Error> {
        let from_phrase = SignerSource::Mnemonic { phrase: ANVIL_MNEMONIC.into(), index: 1 }.load()?;
        let from_key =
            SignerSource::PrivateKey("0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d".into())
                .load()?;
        assert_eq!(from_phrase.address(), from_key.address());
        Ok(())
    }

    #[test]
    fn errors_and_debug_never_show_the_secret() {
        let secret = "not-a-key-but-secret";
        let source = SignerSource::PrivateKey(secret.into());
        let message = source.load().err().map(|e| e.to_string()).unwrap_or_default();
        assert!(message.contains("not 32 bytes of hex") && !message.contains(secret), "{message}");
        assert!(!format!("{source:?}").contains(secret));
        let mnemonic = SignerSource::Mnemonic { phrase: "secret words".into(), index: 0 };
        assert!(!format!("{mnemonic:?}").contains("secret words"));
    }
}
