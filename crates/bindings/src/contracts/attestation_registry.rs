///Module containing a contract's types and functions.
/**

```solidity
library IAttestationRegistry {
    struct AttestationContent { bytes32 schema; address attester; address recipient; uint64 expirationTime; bool revocable; bytes32 refUID; bytes32 dataHash; }
    struct AttestationRequest { bytes32 schema; address recipient; uint64 expirationTime; bool revocable; bytes32 refUID; bytes data; }
    struct Record { address attester; uint64 expirationTime; bool revocable; bool revoked; bool hasResolver; }
    struct RevocationRequest { bytes32 uid; bytes32 reason; }
    struct Schema { address resolver; bool revocable; bool registered; }
}
```*/
#[allow(
    non_camel_case_types,
    non_snake_case,
    clippy::pub_underscore_fields,
    clippy::style,
    clippy::empty_structs_with_brackets
)]
pub mod IAttestationRegistry {
    use super::*;
    use alloy::sol_types as alloy_sol_types;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**```solidity
    struct AttestationContent { bytes32 schema; address attester; address recipient; uint64 expirationTime; bool revocable; bytes32 refUID; bytes32 dataHash; }
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct AttestationContent {
        #[allow(missing_docs)]
        pub schema: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub attester: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub recipient: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub expirationTime: u64,
        #[allow(missing_docs)]
        pub revocable: bool,
        #[allow(missing_docs)]
        pub refUID: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub dataHash: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::FixedBytes<32>,
            alloy::sol_types::sol_data::Address,
            alloy::sol_types::sol_data::Address,
            alloy::sol_types::sol_data::Uint<64>,
            alloy::sol_types::sol_data::Bool,
            alloy::sol_types::sol_data::FixedBytes<32>,
            alloy::sol_types::sol_data::FixedBytes<32>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::FixedBytes<32>,
            alloy::sol_types::private::Address,
            alloy::sol_types::private::Address,
            u64,
            bool,
            alloy::sol_types::private::FixedBytes<32>,
            alloy::sol_types::private::FixedBytes<32>,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<<UnderlyingSolTuple as alloy_sol_types::SolType>::RustType>(
                    _,
                ) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<AttestationContent> for UnderlyingRustTuple<'_> {
            fn from(value: AttestationContent) -> Self {
                (
                    value.schema,
                    value.attester,
                    value.recipient,
                    value.expirationTime,
                    value.revocable,
                    value.refUID,
                    value.dataHash,
                )
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for AttestationContent {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    schema: tuple.0,
                    attester: tuple.1,
                    recipient: tuple.2,
                    expirationTime: tuple.3,
                    revocable: tuple.4,
                    refUID: tuple.5,
                    dataHash: tuple.6,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolValue for AttestationContent {
            type SolType = Self;
        }
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Self> for AttestationContent {
            #[inline]
            fn stv_to_tokens(&self) -> <Self as alloy_sol_types::SolType>::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(&self.schema),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(&self.attester),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(&self.recipient),
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(&self.expirationTime),
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(&self.revocable),
                    <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(&self.refUID),
                    <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(&self.dataHash),
                )
            }
            #[inline]
            fn stv_abi_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::ENCODED_SIZE {
                    return size;
                }
                let tuple = <UnderlyingRustTuple<'_> as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::abi_encoded_size(&tuple)
            }
            #[inline]
            fn stv_eip712_data_word(&self) -> alloy_sol_types::Word {
                <Self as alloy_sol_types::SolStruct>::eip712_hash_struct(self)
            }
            #[inline]
            fn stv_abi_encode_packed_to(&self, out: &mut alloy_sol_types::private::Vec<u8>) {
                let tuple = <UnderlyingRustTuple<'_> as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::abi_encode_packed_to(&tuple, out)
            }
            #[inline]
            fn stv_abi_packed_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE {
                    return size;
                }
                let tuple = <UnderlyingRustTuple<'_> as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::abi_packed_encoded_size(&tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolType for AttestationContent {
            type RustType = Self;
            type Token<'a> = <UnderlyingSolTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SOL_NAME: &'static str = <Self as alloy_sol_types::SolStruct>::NAME;
            const ENCODED_SIZE: Option<usize> = <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::ENCODED_SIZE;
            const PACKED_ENCODED_SIZE: Option<usize> =
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE;
            #[inline]
            fn valid_token(token: &Self::Token<'_>) -> bool {
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::valid_token(token)
            }
            #[inline]
            fn detokenize(token: Self::Token<'_>) -> Self::RustType {
                let tuple = <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::detokenize(token);
                <Self as ::core::convert::From<UnderlyingRustTuple<'_>>>::from(tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolStruct for AttestationContent {
            const NAME: &'static str = "AttestationContent";
            #[inline]
            fn eip712_root_type() -> alloy_sol_types::private::Cow<'static, str> {
                alloy_sol_types::private::Cow::Borrowed(
                    "AttestationContent(bytes32 schema,address attester,address recipient,uint64 expirationTime,bool revocable,bytes32 refUID,bytes32 dataHash)",
                )
            }
            #[inline]
            fn eip712_components() -> alloy_sol_types::private::Vec<alloy_sol_types::private::Cow<'static, str>> {
                alloy_sol_types::private::Vec::new()
            }
            #[inline]
            fn eip712_encode_type() -> alloy_sol_types::private::Cow<'static, str> {
                <Self as alloy_sol_types::SolStruct>::eip712_root_type()
            }
            #[inline]
            fn eip712_encode_data(&self) -> alloy_sol_types::private::Vec<u8> {
                [
                    <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::eip712_data_word(
                        &self.schema,
                    )
                    .0,
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::eip712_data_word(&self.attester)
                        .0,
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::eip712_data_word(
                        &self.recipient,
                    )
                    .0,
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::eip712_data_word(
                        &self.expirationTime,
                    )
                    .0,
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::eip712_data_word(&self.revocable).0,
                    <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::eip712_data_word(
                        &self.refUID,
                    )
                    .0,
                    <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::eip712_data_word(
                        &self.dataHash,
                    )
                    .0,
                ]
                .concat()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for AttestationContent {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                0usize
                    + <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.schema,
                    )
                    + <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.attester,
                    )
                    + <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.recipient,
                    )
                    + <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.expirationTime,
                    )
                    + <alloy::sol_types::sol_data::Bool as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.revocable,
                    )
                    + <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.refUID,
                    )
                    + <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.dataHash,
                    )
            }
            #[inline]
            fn encode_topic_preimage(rust: &Self::RustType, out: &mut alloy_sol_types::private::Vec<u8>) {
                out.reserve(<Self as alloy_sol_types::EventTopic>::topic_preimage_length(rust));
                <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.schema,
                    out,
                );
                <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.attester,
                    out,
                );
                <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.recipient,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.expirationTime,
                    out,
                );
                <alloy::sol_types::sol_data::Bool as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.revocable,
                    out,
                );
                <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.refUID,
                    out,
                );
                <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.dataHash,
                    out,
                );
            }
            #[inline]
            fn encode_topic(rust: &Self::RustType) -> alloy_sol_types::abi::token::WordToken {
                let mut out = alloy_sol_types::private::Vec::new();
                <Self as alloy_sol_types::EventTopic>::encode_topic_preimage(rust, &mut out);
                alloy_sol_types::abi::token::WordToken(alloy_sol_types::private::keccak256(out))
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**```solidity
    struct AttestationRequest { bytes32 schema; address recipient; uint64 expirationTime; bool revocable; bytes32 refUID; bytes data; }
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct AttestationRequest {
        #[allow(missing_docs)]
        pub schema: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub recipient: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub expirationTime: u64,
        #[allow(missing_docs)]
        pub revocable: bool,
        #[allow(missing_docs)]
        pub refUID: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub data: alloy::sol_types::private::Bytes,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::FixedBytes<32>,
            alloy::sol_types::sol_data::Address,
            alloy::sol_types::sol_data::Uint<64>,
            alloy::sol_types::sol_data::Bool,
            alloy::sol_types::sol_data::FixedBytes<32>,
            alloy::sol_types::sol_data::Bytes,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::FixedBytes<32>,
            alloy::sol_types::private::Address,
            u64,
            bool,
            alloy::sol_types::private::FixedBytes<32>,
            alloy::sol_types::private::Bytes,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<<UnderlyingSolTuple as alloy_sol_types::SolType>::RustType>(
                    _,
                ) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<AttestationRequest> for UnderlyingRustTuple<'_> {
            fn from(value: AttestationRequest) -> Self {
                (value.schema, value.recipient, value.expirationTime, value.revocable, value.refUID, value.data)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for AttestationRequest {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    schema: tuple.0,
                    recipient: tuple.1,
                    expirationTime: tuple.2,
                    revocable: tuple.3,
                    refUID: tuple.4,
                    data: tuple.5,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolValue for AttestationRequest {
            type SolType = Self;
        }
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Self> for AttestationRequest {
            #[inline]
            fn stv_to_tokens(&self) -> <Self as alloy_sol_types::SolType>::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(&self.schema),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(&self.recipient),
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(&self.expirationTime),
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(&self.revocable),
                    <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(&self.refUID),
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(&self.data),
                )
            }
            #[inline]
            fn stv_abi_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::ENCODED_SIZE {
                    return size;
                }
                let tuple = <UnderlyingRustTuple<'_> as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::abi_encoded_size(&tuple)
            }
            #[inline]
            fn stv_eip712_data_word(&self) -> alloy_sol_types::Word {
                <Self as alloy_sol_types::SolStruct>::eip712_hash_struct(self)
            }
            #[inline]
            fn stv_abi_encode_packed_to(&self, out: &mut alloy_sol_types::private::Vec<u8>) {
                let tuple = <UnderlyingRustTuple<'_> as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::abi_encode_packed_to(&tuple, out)
            }
            #[inline]
            fn stv_abi_packed_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE {
                    return size;
                }
                let tuple = <UnderlyingRustTuple<'_> as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::abi_packed_encoded_size(&tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolType for AttestationRequest {
            type RustType = Self;
            type Token<'a> = <UnderlyingSolTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SOL_NAME: &'static str = <Self as alloy_sol_types::SolStruct>::NAME;
            const ENCODED_SIZE: Option<usize> = <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::ENCODED_SIZE;
            const PACKED_ENCODED_SIZE: Option<usize> =
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE;
            #[inline]
            fn valid_token(token: &Self::Token<'_>) -> bool {
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::valid_token(token)
            }
            #[inline]
            fn detokenize(token: Self::Token<'_>) -> Self::RustType {
                let tuple = <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::detokenize(token);
                <Self as ::core::convert::From<UnderlyingRustTuple<'_>>>::from(tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolStruct for AttestationRequest {
            const NAME: &'static str = "AttestationRequest";
            #[inline]
            fn eip712_root_type() -> alloy_sol_types::private::Cow<'static, str> {
                alloy_sol_types::private::Cow::Borrowed(
                    "AttestationRequest(bytes32 schema,address recipient,uint64 expirationTime,bool revocable,bytes32 refUID,bytes data)",
                )
            }
            #[inline]
            fn eip712_components() -> alloy_sol_types::private::Vec<alloy_sol_types::private::Cow<'static, str>> {
                alloy_sol_types::private::Vec::new()
            }
            #[inline]
            fn eip712_encode_type() -> alloy_sol_types::private::Cow<'static, str> {
                <Self as alloy_sol_types::SolStruct>::eip712_root_type()
            }
            #[inline]
            fn eip712_encode_data(&self) -> alloy_sol_types::private::Vec<u8> {
                [
                    <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::eip712_data_word(
                        &self.schema,
                    )
                    .0,
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::eip712_data_word(
                        &self.recipient,
                    )
                    .0,
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::eip712_data_word(
                        &self.expirationTime,
                    )
                    .0,
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::eip712_data_word(&self.revocable).0,
                    <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::eip712_data_word(
                        &self.refUID,
                    )
                    .0,
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::eip712_data_word(&self.data).0,
                ]
                .concat()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for AttestationRequest {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                0usize
                    + <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.schema,
                    )
                    + <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.recipient,
                    )
                    + <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.expirationTime,
                    )
                    + <alloy::sol_types::sol_data::Bool as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.revocable,
                    )
                    + <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.refUID,
                    )
                    + <alloy::sol_types::sol_data::Bytes as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.data,
                    )
            }
            #[inline]
            fn encode_topic_preimage(rust: &Self::RustType, out: &mut alloy_sol_types::private::Vec<u8>) {
                out.reserve(<Self as alloy_sol_types::EventTopic>::topic_preimage_length(rust));
                <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.schema,
                    out,
                );
                <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.recipient,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.expirationTime,
                    out,
                );
                <alloy::sol_types::sol_data::Bool as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.revocable,
                    out,
                );
                <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.refUID,
                    out,
                );
                <alloy::sol_types::sol_data::Bytes as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.data, out,
                );
            }
            #[inline]
            fn encode_topic(rust: &Self::RustType) -> alloy_sol_types::abi::token::WordToken {
                let mut out = alloy_sol_types::private::Vec::new();
                <Self as alloy_sol_types::EventTopic>::encode_topic_preimage(rust, &mut out);
                alloy_sol_types::abi::token::WordToken(alloy_sol_types::private::keccak256(out))
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**```solidity
    struct Record { address attester; uint64 expirationTime; bool revocable; bool revoked; bool hasResolver; }
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct Record {
        #[allow(missing_docs)]
        pub attester: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub expirationTime: u64,
        #[allow(missing_docs)]
        pub revocable: bool,
        #[allow(missing_docs)]
        pub revoked: bool,
        #[allow(missing_docs)]
        pub hasResolver: bool,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Address,
            alloy::sol_types::sol_data::Uint<64>,
            alloy::sol_types::sol_data::Bool,
            alloy::sol_types::sol_data::Bool,
            alloy::sol_types::sol_data::Bool,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address, u64, bool, bool, bool);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<<UnderlyingSolTuple as alloy_sol_types::SolType>::RustType>(
                    _,
                ) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<Record> for UnderlyingRustTuple<'_> {
            fn from(value: Record) -> Self {
                (value.attester, value.expirationTime, value.revocable, value.revoked, value.hasResolver)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for Record {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    attester: tuple.0,
                    expirationTime: tuple.1,
                    revocable: tuple.2,
                    revoked: tuple.3,
                    hasResolver: tuple.4,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolValue for Record {
            type SolType = Self;
        }
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Self> for Record {
            #[inline]
            fn stv_to_tokens(&self) -> <Self as alloy_sol_types::SolType>::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(&self.attester),
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(&self.expirationTime),
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(&self.revocable),
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(&self.revoked),
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(&self.hasResolver),
                )
            }
            #[inline]
            fn stv_abi_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::ENCODED_SIZE {
                    return size;
                }
                let tuple = <UnderlyingRustTuple<'_> as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::abi_encoded_size(&tuple)
            }
            #[inline]
            fn stv_eip712_data_word(&self) -> alloy_sol_types::Word {
                <Self as alloy_sol_types::SolStruct>::eip712_hash_struct(self)
            }
            #[inline]
            fn stv_abi_encode_packed_to(&self, out: &mut alloy_sol_types::private::Vec<u8>) {
                let tuple = <UnderlyingRustTuple<'_> as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::abi_encode_packed_to(&tuple, out)
            }
            #[inline]
            fn stv_abi_packed_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE {
                    return size;
                }
                let tuple = <UnderlyingRustTuple<'_> as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::abi_packed_encoded_size(&tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolType for Record {
            type RustType = Self;
            type Token<'a> = <UnderlyingSolTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SOL_NAME: &'static str = <Self as alloy_sol_types::SolStruct>::NAME;
            const ENCODED_SIZE: Option<usize> = <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::ENCODED_SIZE;
            const PACKED_ENCODED_SIZE: Option<usize> =
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE;
            #[inline]
            fn valid_token(token: &Self::Token<'_>) -> bool {
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::valid_token(token)
            }
            #[inline]
            fn detokenize(token: Self::Token<'_>) -> Self::RustType {
                let tuple = <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::detokenize(token);
                <Self as ::core::convert::From<UnderlyingRustTuple<'_>>>::from(tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolStruct for Record {
            const NAME: &'static str = "Record";
            #[inline]
            fn eip712_root_type() -> alloy_sol_types::private::Cow<'static, str> {
                alloy_sol_types::private::Cow::Borrowed(
                    "Record(address attester,uint64 expirationTime,bool revocable,bool revoked,bool hasResolver)",
                )
            }
            #[inline]
            fn eip712_components() -> alloy_sol_types::private::Vec<alloy_sol_types::private::Cow<'static, str>> {
                alloy_sol_types::private::Vec::new()
            }
            #[inline]
            fn eip712_encode_type() -> alloy_sol_types::private::Cow<'static, str> {
                <Self as alloy_sol_types::SolStruct>::eip712_root_type()
            }
            #[inline]
            fn eip712_encode_data(&self) -> alloy_sol_types::private::Vec<u8> {
                [
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::eip712_data_word(&self.attester)
                        .0,
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::eip712_data_word(
                        &self.expirationTime,
                    )
                    .0,
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::eip712_data_word(&self.revocable).0,
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::eip712_data_word(&self.revoked).0,
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::eip712_data_word(&self.hasResolver)
                        .0,
                ]
                .concat()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for Record {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                0usize
                    + <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.attester,
                    )
                    + <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.expirationTime,
                    )
                    + <alloy::sol_types::sol_data::Bool as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.revocable,
                    )
                    + <alloy::sol_types::sol_data::Bool as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.revoked,
                    )
                    + <alloy::sol_types::sol_data::Bool as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.hasResolver,
                    )
            }
            #[inline]
            fn encode_topic_preimage(rust: &Self::RustType, out: &mut alloy_sol_types::private::Vec<u8>) {
                out.reserve(<Self as alloy_sol_types::EventTopic>::topic_preimage_length(rust));
                <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.attester,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.expirationTime,
                    out,
                );
                <alloy::sol_types::sol_data::Bool as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.revocable,
                    out,
                );
                <alloy::sol_types::sol_data::Bool as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.revoked,
                    out,
                );
                <alloy::sol_types::sol_data::Bool as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.hasResolver,
                    out,
                );
            }
            #[inline]
            fn encode_topic(rust: &Self::RustType) -> alloy_sol_types::abi::token::WordToken {
                let mut out = alloy_sol_types::private::Vec::new();
                <Self as alloy_sol_types::EventTopic>::encode_topic_preimage(rust, &mut out);
                alloy_sol_types::abi::token::WordToken(alloy_sol_types::private::keccak256(out))
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**```solidity
    struct RevocationRequest { bytes32 uid; bytes32 reason; }
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct RevocationRequest {
        #[allow(missing_docs)]
        pub uid: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub reason: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> =
            (alloy::sol_types::sol_data::FixedBytes<32>, alloy::sol_types::sol_data::FixedBytes<32>);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> =
            (alloy::sol_types::private::FixedBytes<32>, alloy::sol_types::private::FixedBytes<32>);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<<UnderlyingSolTuple as alloy_sol_types::SolType>::RustType>(
                    _,
                ) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<RevocationRequest> for UnderlyingRustTuple<'_> {
            fn from(value: RevocationRequest) -> Self {
                (value.uid, value.reason)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for RevocationRequest {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { uid: tuple.0, reason: tuple.1 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolValue for RevocationRequest {
            type SolType = Self;
        }
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Self> for RevocationRequest {
            #[inline]
            fn stv_to_tokens(&self) -> <Self as alloy_sol_types::SolType>::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(&self.uid),
                    <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(&self.reason),
                )
            }
            #[inline]
            fn stv_abi_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::ENCODED_SIZE {
                    return size;
                }
                let tuple = <UnderlyingRustTuple<'_> as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::abi_encoded_size(&tuple)
            }
            #[inline]
            fn stv_eip712_data_word(&self) -> alloy_sol_types::Word {
                <Self as alloy_sol_types::SolStruct>::eip712_hash_struct(self)
            }
            #[inline]
            fn stv_abi_encode_packed_to(&self, out: &mut alloy_sol_types::private::Vec<u8>) {
                let tuple = <UnderlyingRustTuple<'_> as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::abi_encode_packed_to(&tuple, out)
            }
            #[inline]
            fn stv_abi_packed_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE {
                    return size;
                }
                let tuple = <UnderlyingRustTuple<'_> as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::abi_packed_encoded_size(&tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolType for RevocationRequest {
            type RustType = Self;
            type Token<'a> = <UnderlyingSolTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SOL_NAME: &'static str = <Self as alloy_sol_types::SolStruct>::NAME;
            const ENCODED_SIZE: Option<usize> = <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::ENCODED_SIZE;
            const PACKED_ENCODED_SIZE: Option<usize> =
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE;
            #[inline]
            fn valid_token(token: &Self::Token<'_>) -> bool {
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::valid_token(token)
            }
            #[inline]
            fn detokenize(token: Self::Token<'_>) -> Self::RustType {
                let tuple = <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::detokenize(token);
                <Self as ::core::convert::From<UnderlyingRustTuple<'_>>>::from(tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolStruct for RevocationRequest {
            const NAME: &'static str = "RevocationRequest";
            #[inline]
            fn eip712_root_type() -> alloy_sol_types::private::Cow<'static, str> {
                alloy_sol_types::private::Cow::Borrowed("RevocationRequest(bytes32 uid,bytes32 reason)")
            }
            #[inline]
            fn eip712_components() -> alloy_sol_types::private::Vec<alloy_sol_types::private::Cow<'static, str>> {
                alloy_sol_types::private::Vec::new()
            }
            #[inline]
            fn eip712_encode_type() -> alloy_sol_types::private::Cow<'static, str> {
                <Self as alloy_sol_types::SolStruct>::eip712_root_type()
            }
            #[inline]
            fn eip712_encode_data(&self) -> alloy_sol_types::private::Vec<u8> {
                [
                    <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::eip712_data_word(
                        &self.uid,
                    )
                    .0,
                    <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::eip712_data_word(
                        &self.reason,
                    )
                    .0,
                ]
                .concat()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for RevocationRequest {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                0usize
                    + <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.uid,
                    )
                    + <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.reason,
                    )
            }
            #[inline]
            fn encode_topic_preimage(rust: &Self::RustType, out: &mut alloy_sol_types::private::Vec<u8>) {
                out.reserve(<Self as alloy_sol_types::EventTopic>::topic_preimage_length(rust));
                <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.uid, out,
                );
                <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.reason,
                    out,
                );
            }
            #[inline]
            fn encode_topic(rust: &Self::RustType) -> alloy_sol_types::abi::token::WordToken {
                let mut out = alloy_sol_types::private::Vec::new();
                <Self as alloy_sol_types::EventTopic>::encode_topic_preimage(rust, &mut out);
                alloy_sol_types::abi::token::WordToken(alloy_sol_types::private::keccak256(out))
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**```solidity
    struct Schema { address resolver; bool revocable; bool registered; }
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct Schema {
        #[allow(missing_docs)]
        pub resolver: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub revocable: bool,
        #[allow(missing_docs)]
        pub registered: bool,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> =
            (alloy::sol_types::sol_data::Address, alloy::sol_types::sol_data::Bool, alloy::sol_types::sol_data::Bool);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address, bool, bool);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<<UnderlyingSolTuple as alloy_sol_types::SolType>::RustType>(
                    _,
                ) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<Schema> for UnderlyingRustTuple<'_> {
            fn from(value: Schema) -> Self {
                (value.resolver, value.revocable, value.registered)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for Schema {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { resolver: tuple.0, revocable: tuple.1, registered: tuple.2 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolValue for Schema {
            type SolType = Self;
        }
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Self> for Schema {
            #[inline]
            fn stv_to_tokens(&self) -> <Self as alloy_sol_types::SolType>::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(&self.resolver),
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(&self.revocable),
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(&self.registered),
                )
            }
            #[inline]
            fn stv_abi_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::ENCODED_SIZE {
                    return size;
                }
                let tuple = <UnderlyingRustTuple<'_> as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::abi_encoded_size(&tuple)
            }
            #[inline]
            fn stv_eip712_data_word(&self) -> alloy_sol_types::Word {
                <Self as alloy_sol_types::SolStruct>::eip712_hash_struct(self)
            }
            #[inline]
            fn stv_abi_encode_packed_to(&self, out: &mut alloy_sol_types::private::Vec<u8>) {
                let tuple = <UnderlyingRustTuple<'_> as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::abi_encode_packed_to(&tuple, out)
            }
            #[inline]
            fn stv_abi_packed_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE {
                    return size;
                }
                let tuple = <UnderlyingRustTuple<'_> as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::abi_packed_encoded_size(&tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolType for Schema {
            type RustType = Self;
            type Token<'a> = <UnderlyingSolTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SOL_NAME: &'static str = <Self as alloy_sol_types::SolStruct>::NAME;
            const ENCODED_SIZE: Option<usize> = <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::ENCODED_SIZE;
            const PACKED_ENCODED_SIZE: Option<usize> =
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE;
            #[inline]
            fn valid_token(token: &Self::Token<'_>) -> bool {
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::valid_token(token)
            }
            #[inline]
            fn detokenize(token: Self::Token<'_>) -> Self::RustType {
                let tuple = <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::detokenize(token);
                <Self as ::core::convert::From<UnderlyingRustTuple<'_>>>::from(tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolStruct for Schema {
            const NAME: &'static str = "Schema";
            #[inline]
            fn eip712_root_type() -> alloy_sol_types::private::Cow<'static, str> {
                alloy_sol_types::private::Cow::Borrowed("Schema(address resolver,bool revocable,bool registered)")
            }
            #[inline]
            fn eip712_components() -> alloy_sol_types::private::Vec<alloy_sol_types::private::Cow<'static, str>> {
                alloy_sol_types::private::Vec::new()
            }
            #[inline]
            fn eip712_encode_type() -> alloy_sol_types::private::Cow<'static, str> {
                <Self as alloy_sol_types::SolStruct>::eip712_root_type()
            }
            #[inline]
            fn eip712_encode_data(&self) -> alloy_sol_types::private::Vec<u8> {
                [
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::eip712_data_word(&self.resolver)
                        .0,
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::eip712_data_word(&self.revocable).0,
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::eip712_data_word(&self.registered)
                        .0,
                ]
                .concat()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for Schema {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                0usize
                    + <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.resolver,
                    )
                    + <alloy::sol_types::sol_data::Bool as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.revocable,
                    )
                    + <alloy::sol_types::sol_data::Bool as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.registered,
                    )
            }
            #[inline]
            fn encode_topic_preimage(rust: &Self::RustType, out: &mut alloy_sol_types::private::Vec<u8>) {
                out.reserve(<Self as alloy_sol_types::EventTopic>::topic_preimage_length(rust));
                <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.resolver,
                    out,
                );
                <alloy::sol_types::sol_data::Bool as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.revocable,
                    out,
                );
                <alloy::sol_types::sol_data::Bool as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.registered,
                    out,
                );
            }
            #[inline]
            fn encode_topic(rust: &Self::RustType) -> alloy_sol_types::abi::token::WordToken {
                let mut out = alloy_sol_types::private::Vec::new();
                <Self as alloy_sol_types::EventTopic>::encode_topic_preimage(rust, &mut out);
                alloy_sol_types::abi::token::WordToken(alloy_sol_types::private::keccak256(out))
            }
        }
    };
    use alloy::contract as alloy_contract;
    /**Creates a new wrapper around an on-chain [`IAttestationRegistry`](self) contract instance.

    See the [wrapper's documentation](`IAttestationRegistryInstance`) for more details.*/
    #[inline]
    pub const fn new<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network>(
        address: alloy_sol_types::private::Address,
        __provider: P,
    ) -> IAttestationRegistryInstance<P, N> {
        IAttestationRegistryInstance::<P, N>::new(address, __provider)
    }
    /**A [`IAttestationRegistry`](self) instance.

    Contains type-safe methods for interacting with an on-chain instance of the
    [`IAttestationRegistry`](self) contract located at a given `address`, using a given
    provider `P`.

    If the contract bytecode is available (see the [`sol!`](alloy_sol_types::sol!)
    documentation on how to provide it), the `deploy` and `deploy_builder` methods can
    be used to deploy a new instance of the contract.

    See the [module-level documentation](self) for all the available methods.*/
    #[derive(Clone)]
    pub struct IAttestationRegistryInstance<P, N = alloy_contract::private::Ethereum> {
        address: alloy_sol_types::private::Address,
        provider: P,
        _network: ::core::marker::PhantomData<N>,
    }
    #[automatically_derived]
    impl<P, N> ::core::fmt::Debug for IAttestationRegistryInstance<P, N> {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_tuple("IAttestationRegistryInstance").field(&self.address).finish()
        }
    }
    /// Instantiation and getters/setters.
    impl<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network> IAttestationRegistryInstance<P, N> {
        /**Creates a new wrapper around an on-chain [`IAttestationRegistry`](self) contract instance.

        See the [wrapper's documentation](`IAttestationRegistryInstance`) for more details.*/
        #[inline]
        pub const fn new(address: alloy_sol_types::private::Address, __provider: P) -> Self {
            Self { address, provider: __provider, _network: ::core::marker::PhantomData }
        }
        /// Returns a reference to the address.
        #[inline]
        pub const fn address(&self) -> &alloy_sol_types::private::Address {
            &self.address
        }
        /// Sets the address.
        #[inline]
        pub fn set_address(&mut self, address: alloy_sol_types::private::Address) {
            self.address = address;
        }
        /// Sets the address and returns `self`.
        pub fn at(mut self, address: alloy_sol_types::private::Address) -> Self {
            self.set_address(address);
            self
        }
        /// Returns a reference to the provider.
        #[inline]
        pub const fn provider(&self) -> &P {
            &self.provider
        }
    }
    impl<P: ::core::clone::Clone, N> IAttestationRegistryInstance<&P, N> {
        /// Clones the provider and returns a new instance with the cloned provider.
        #[inline]
        pub fn with_cloned_provider(self) -> IAttestationRegistryInstance<P, N> {
            IAttestationRegistryInstance {
                address: self.address,
                provider: ::core::clone::Clone::clone(&self.provider),
                _network: ::core::marker::PhantomData,
            }
        }
    }
    /// Function calls.
    impl<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network> IAttestationRegistryInstance<P, N> {
        /// Creates a new call builder using this contract instance's provider and address.
        ///
        /// Note that the call can be any function call, not just those defined in this
        /// contract. Prefer using the other methods for building type-safe contract calls.
        pub fn call_builder<C: alloy_sol_types::SolCall>(&self, call: &C) -> alloy_contract::SolCallBuilder<&P, C, N> {
            alloy_contract::SolCallBuilder::new_sol(&self.provider, &self.address, call)
        }
    }
    /// Event filters.
    impl<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network> IAttestationRegistryInstance<P, N> {
        /// Creates a new event filter using this contract instance's provider and address.
        ///
        /// Note that the type can be any event, not just those defined in this contract.
        /// Prefer using the other methods for building type-safe event filters.
        pub fn event_filter<E: alloy_sol_types::SolEvent>(&self) -> alloy_contract::Event<&P, E, N> {
            alloy_contract::Event::new_sol(&self.provider, &self.address)
        }
    }
}
/**

Generated by the following Solidity interface...
```solidity
library IAttestationRegistry {
    struct AttestationContent {
        bytes32 schema;
        address attester;
        address recipient;
        uint64 expirationTime;
        bool revocable;
        bytes32 refUID;
        bytes32 dataHash;
    }
    struct AttestationRequest {
        bytes32 schema;
        address recipient;
        uint64 expirationTime;
        bool revocable;
        bytes32 refUID;
        bytes data;
    }
    struct Record {
        address attester;
        uint64 expirationTime;
        bool revocable;
        bool revoked;
        bool hasResolver;
    }
    struct RevocationRequest {
        bytes32 uid;
        bytes32 reason;
    }
    struct Schema {
        address resolver;
        bool revocable;
        bool registered;
    }
}

interface AttestationRegistry {
    error AttestationRegistryAlreadyAttested(bytes32 uid);
    error AttestationRegistryAlreadyRevoked(bytes32 uid);
    error AttestationRegistryAlreadyTimestamped(bytes32 dataHash, uint64 timestamp);
    error AttestationRegistryEmptyBatch();
    error AttestationRegistryInvalidExpiration(uint64 expirationTime, uint256 now);
    error AttestationRegistryInvalidSignature(address signer);
    error AttestationRegistryIrrevocable(bytes32 uid);
    error AttestationRegistryIrrevocableSchema(bytes32 schema);
    error AttestationRegistryNonceTooLow(address attester, uint256 current, uint256 requested);
    error AttestationRegistryNotAttester(bytes32 uid, address caller, address attester);
    error AttestationRegistryResolverVeto(address resolver, bytes32 uid);
    error AttestationRegistrySchemaExists(bytes32 schema);
    error AttestationRegistrySignatureExpired(uint256 deadline, uint256 now);
    error AttestationRegistryUnknownAttestation(bytes32 uid);
    error AttestationRegistryUnknownSchema(bytes32 schema);
    error AttestationRegistryZeroHash();
    error InvalidShortString();
    error ReentrancyGuardReentrantCall();
    error StringTooLong(string str);

    event Attested(bytes32 indexed schema, address indexed attester, address indexed recipient, bytes32 uid, bytes32 refUID, uint64 expirationTime, bool revocable, bytes data);
    event EIP712DomainChanged();
    event NoncesInvalidated(address indexed attester, uint256 nonce);
    event Revoked(bytes32 indexed uid, address indexed attester, bytes32 reason, bytes32 replacement);
    event SchemaRegistered(bytes32 indexed schema, address indexed registerer, address resolver, bool revocable, string definition);
    event Timestamped(bytes32 indexed dataHash, address indexed submitter, uint64 timestamp);

    constructor();

    function attest(IAttestationRegistry.AttestationRequest memory request) external returns (bytes32 uid);
    function attestBatch(IAttestationRegistry.AttestationRequest[] memory requests) external returns (bytes32[] memory uids);
    function attestBySig(IAttestationRegistry.AttestationRequest memory request, address attester, uint256 deadline, bytes memory signature) external returns (bytes32 uid);
    function attestDigest(IAttestationRegistry.AttestationRequest memory request, address attester, uint256 nonce, uint256 deadline) external view returns (bytes32);
    function eip712Domain() external view returns (bytes1 fields, string memory name, string memory version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] memory extensions);
    function getRecord(bytes32 uid) external view returns (IAttestationRegistry.Record memory);
    function getSchema(bytes32 schema) external view returns (IAttestationRegistry.Schema memory);
    function invalidateNonces(uint256 newNonce) external;
    function isValid(bytes32 uid) external view returns (bool);
    function isValidContent(IAttestationRegistry.AttestationContent memory c) external view returns (bool);
    function nonces(address attester) external view returns (uint256);
    function registerSchema(string memory definition, address resolver, bool revocable) external returns (bytes32 schema);
    function revoke(bytes32 uid, bytes32 reason) external;
    function revokeBatch(IAttestationRegistry.RevocationRequest[] memory requests) external;
    function revokeBySig(bytes32 uid, bytes32 reason, address attester, uint256 deadline, bytes memory signature) external;
    function revokeDigest(bytes32 uid, bytes32 reason, address attester, uint256 nonce, uint256 deadline) external view returns (bytes32);
    function supersede(bytes32 uid, bytes32 reason, IAttestationRegistry.AttestationRequest memory request) external returns (bytes32 newUid);
    function timestamp(bytes32 dataHash) external returns (uint64 time);
    function timestampOf(bytes32 dataHash) external view returns (uint64);
    function uidOf(IAttestationRegistry.AttestationContent memory c) external view returns (bytes32);
    function uidOfRequest(address attester, IAttestationRegistry.AttestationRequest memory request) external view returns (bytes32);
    function validUidOf(IAttestationRegistry.AttestationContent memory c) external view returns (bytes32 uid);
    function version() external pure returns (string memory);
}
```

...which was generated by the following JSON ABI:
```json
[
  {
    "type": "constructor",
    "inputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "attest",
    "inputs": [
      {
        "name": "request",
        "type": "tuple",
        "internalType": "struct IAttestationRegistry.AttestationRequest",
        "components": [
          {
            "name": "schema",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "recipient",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "expirationTime",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "revocable",
            "type": "bool",
            "internalType": "bool"
          },
          {
            "name": "refUID",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "data",
            "type": "bytes",
            "internalType": "bytes"
          }
        ]
      }
    ],
    "outputs": [
      {
        "name": "uid",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "attestBatch",
    "inputs": [
      {
        "name": "requests",
        "type": "tuple[]",
        "internalType": "struct IAttestationRegistry.AttestationRequest[]",
        "components": [
          {
            "name": "schema",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "recipient",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "expirationTime",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "revocable",
            "type": "bool",
            "internalType": "bool"
          },
          {
            "name": "refUID",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "data",
            "type": "bytes",
            "internalType": "bytes"
          }
        ]
      }
    ],
    "outputs": [
      {
        "name": "uids",
        "type": "bytes32[]",
        "internalType": "bytes32[]"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "attestBySig",
    "inputs": [
      {
        "name": "request",
        "type": "tuple",
        "internalType": "struct IAttestationRegistry.AttestationRequest",
        "components": [
          {
            "name": "schema",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "recipient",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "expirationTime",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "revocable",
            "type": "bool",
            "internalType": "bool"
          },
          {
            "name": "refUID",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "data",
            "type": "bytes",
            "internalType": "bytes"
          }
        ]
      },
      {
        "name": "attester",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "deadline",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "signature",
        "type": "bytes",
        "internalType": "bytes"
      }
    ],
    "outputs": [
      {
        "name": "uid",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "attestDigest",
    "inputs": [
      {
        "name": "request",
        "type": "tuple",
        "internalType": "struct IAttestationRegistry.AttestationRequest",
        "components": [
          {
            "name": "schema",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "recipient",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "expirationTime",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "revocable",
            "type": "bool",
            "internalType": "bool"
          },
          {
            "name": "refUID",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "data",
            "type": "bytes",
            "internalType": "bytes"
          }
        ]
      },
      {
        "name": "attester",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "nonce",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "deadline",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "eip712Domain",
    "inputs": [],
    "outputs": [
      {
        "name": "fields",
        "type": "bytes1",
        "internalType": "bytes1"
      },
      {
        "name": "name",
        "type": "string",
        "internalType": "string"
      },
      {
        "name": "version",
        "type": "string",
        "internalType": "string"
      },
      {
        "name": "chainId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "verifyingContract",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "salt",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "extensions",
        "type": "uint256[]",
        "internalType": "uint256[]"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "getRecord",
    "inputs": [
      {
        "name": "uid",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "tuple",
        "internalType": "struct IAttestationRegistry.Record",
        "components": [
          {
            "name": "attester",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "expirationTime",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "revocable",
            "type": "bool",
            "internalType": "bool"
          },
          {
            "name": "revoked",
            "type": "bool",
            "internalType": "bool"
          },
          {
            "name": "hasResolver",
            "type": "bool",
            "internalType": "bool"
          }
        ]
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "getSchema",
    "inputs": [
      {
        "name": "schema",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "tuple",
        "internalType": "struct IAttestationRegistry.Schema",
        "components": [
          {
            "name": "resolver",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "revocable",
            "type": "bool",
            "internalType": "bool"
          },
          {
            "name": "registered",
            "type": "bool",
            "internalType": "bool"
          }
        ]
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "invalidateNonces",
    "inputs": [
      {
        "name": "newNonce",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "isValid",
    "inputs": [
      {
        "name": "uid",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "isValidContent",
    "inputs": [
      {
        "name": "c",
        "type": "tuple",
        "internalType": "struct IAttestationRegistry.AttestationContent",
        "components": [
          {
            "name": "schema",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "attester",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "recipient",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "expirationTime",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "revocable",
            "type": "bool",
            "internalType": "bool"
          },
          {
            "name": "refUID",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "dataHash",
            "type": "bytes32",
            "internalType": "bytes32"
          }
        ]
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "nonces",
    "inputs": [
      {
        "name": "attester",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "registerSchema",
    "inputs": [
      {
        "name": "definition",
        "type": "string",
        "internalType": "string"
      },
      {
        "name": "resolver",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "revocable",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "outputs": [
      {
        "name": "schema",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "revoke",
    "inputs": [
      {
        "name": "uid",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "reason",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "revokeBatch",
    "inputs": [
      {
        "name": "requests",
        "type": "tuple[]",
        "internalType": "struct IAttestationRegistry.RevocationRequest[]",
        "components": [
          {
            "name": "uid",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "reason",
            "type": "bytes32",
            "internalType": "bytes32"
          }
        ]
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "revokeBySig",
    "inputs": [
      {
        "name": "uid",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "reason",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "attester",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "deadline",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "signature",
        "type": "bytes",
        "internalType": "bytes"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "revokeDigest",
    "inputs": [
      {
        "name": "uid",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "reason",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "attester",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "nonce",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "deadline",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "supersede",
    "inputs": [
      {
        "name": "uid",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "reason",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "request",
        "type": "tuple",
        "internalType": "struct IAttestationRegistry.AttestationRequest",
        "components": [
          {
            "name": "schema",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "recipient",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "expirationTime",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "revocable",
            "type": "bool",
            "internalType": "bool"
          },
          {
            "name": "refUID",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "data",
            "type": "bytes",
            "internalType": "bytes"
          }
        ]
      }
    ],
    "outputs": [
      {
        "name": "newUid",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "timestamp",
    "inputs": [
      {
        "name": "dataHash",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "time",
        "type": "uint64",
        "internalType": "uint64"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "timestampOf",
    "inputs": [
      {
        "name": "dataHash",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint64",
        "internalType": "uint64"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "uidOf",
    "inputs": [
      {
        "name": "c",
        "type": "tuple",
        "internalType": "struct IAttestationRegistry.AttestationContent",
        "components": [
          {
            "name": "schema",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "attester",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "recipient",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "expirationTime",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "revocable",
            "type": "bool",
            "internalType": "bool"
          },
          {
            "name": "refUID",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "dataHash",
            "type": "bytes32",
            "internalType": "bytes32"
          }
        ]
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "uidOfRequest",
    "inputs": [
      {
        "name": "attester",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "request",
        "type": "tuple",
        "internalType": "struct IAttestationRegistry.AttestationRequest",
        "components": [
          {
            "name": "schema",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "recipient",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "expirationTime",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "revocable",
            "type": "bool",
            "internalType": "bool"
          },
          {
            "name": "refUID",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "data",
            "type": "bytes",
            "internalType": "bytes"
          }
        ]
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "validUidOf",
    "inputs": [
      {
        "name": "c",
        "type": "tuple",
        "internalType": "struct IAttestationRegistry.AttestationContent",
        "components": [
          {
            "name": "schema",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "attester",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "recipient",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "expirationTime",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "revocable",
            "type": "bool",
            "internalType": "bool"
          },
          {
            "name": "refUID",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "dataHash",
            "type": "bytes32",
            "internalType": "bytes32"
          }
        ]
      }
    ],
    "outputs": [
      {
        "name": "uid",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "version",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "string",
        "internalType": "string"
      }
    ],
    "stateMutability": "pure"
  },
  {
    "type": "event",
    "name": "Attested",
    "inputs": [
      {
        "name": "schema",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "attester",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "recipient",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "uid",
        "type": "bytes32",
        "indexed": false,
        "internalType": "bytes32"
      },
      {
        "name": "refUID",
        "type": "bytes32",
        "indexed": false,
        "internalType": "bytes32"
      },
      {
        "name": "expirationTime",
        "type": "uint64",
        "indexed": false,
        "internalType": "uint64"
      },
      {
        "name": "revocable",
        "type": "bool",
        "indexed": false,
        "internalType": "bool"
      },
      {
        "name": "data",
        "type": "bytes",
        "indexed": false,
        "internalType": "bytes"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "EIP712DomainChanged",
    "inputs": [],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "NoncesInvalidated",
    "inputs": [
      {
        "name": "attester",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "nonce",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "Revoked",
    "inputs": [
      {
        "name": "uid",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "attester",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "reason",
        "type": "bytes32",
        "indexed": false,
        "internalType": "bytes32"
      },
      {
        "name": "replacement",
        "type": "bytes32",
        "indexed": false,
        "internalType": "bytes32"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "SchemaRegistered",
    "inputs": [
      {
        "name": "schema",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "registerer",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "resolver",
        "type": "address",
        "indexed": false,
        "internalType": "address"
      },
      {
        "name": "revocable",
        "type": "bool",
        "indexed": false,
        "internalType": "bool"
      },
      {
        "name": "definition",
        "type": "string",
        "indexed": false,
        "internalType": "string"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "Timestamped",
    "inputs": [
      {
        "name": "dataHash",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "submitter",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "timestamp",
        "type": "uint64",
        "indexed": false,
        "internalType": "uint64"
      }
    ],
    "anonymous": false
  },
  {
    "type": "error",
    "name": "AttestationRegistryAlreadyAttested",
    "inputs": [
      {
        "name": "uid",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "AttestationRegistryAlreadyRevoked",
    "inputs": [
      {
        "name": "uid",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "AttestationRegistryAlreadyTimestamped",
    "inputs": [
      {
        "name": "dataHash",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "timestamp",
        "type": "uint64",
        "internalType": "uint64"
      }
    ]
  },
  {
    "type": "error",
    "name": "AttestationRegistryEmptyBatch",
    "inputs": []
  },
  {
    "type": "error",
    "name": "AttestationRegistryInvalidExpiration",
    "inputs": [
      {
        "name": "expirationTime",
        "type": "uint64",
        "internalType": "uint64"
      },
      {
        "name": "now",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "AttestationRegistryInvalidSignature",
    "inputs": [
      {
        "name": "signer",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "AttestationRegistryIrrevocable",
    "inputs": [
      {
        "name": "uid",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "AttestationRegistryIrrevocableSchema",
    "inputs": [
      {
        "name": "schema",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "AttestationRegistryNonceTooLow",
    "inputs": [
      {
        "name": "attester",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "current",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "requested",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "AttestationRegistryNotAttester",
    "inputs": [
      {
        "name": "uid",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "caller",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "attester",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "AttestationRegistryResolverVeto",
    "inputs": [
      {
        "name": "resolver",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "uid",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "AttestationRegistrySchemaExists",
    "inputs": [
      {
        "name": "schema",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "AttestationRegistrySignatureExpired",
    "inputs": [
      {
        "name": "deadline",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "now",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "AttestationRegistryUnknownAttestation",
    "inputs": [
      {
        "name": "uid",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "AttestationRegistryUnknownSchema",
    "inputs": [
      {
        "name": "schema",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "AttestationRegistryZeroHash",
    "inputs": []
  },
  {
    "type": "error",
    "name": "InvalidShortString",
    "inputs": []
  },
  {
    "type": "error",
    "name": "ReentrancyGuardReentrantCall",
    "inputs": []
  },
  {
    "type": "error",
    "name": "StringTooLong",
    "inputs": [
      {
        "name": "str",
        "type": "string",
        "internalType": "string"
      }
    ]
  }
]
```*/
#[allow(
    non_camel_case_types,
    non_snake_case,
    clippy::pub_underscore_fields,
    clippy::style,
    clippy::empty_structs_with_brackets
)]
pub mod AttestationRegistry {
    use super::*;
    use alloy::sol_types as alloy_sol_types;
    /// The creation / init bytecode of the contract.
    ///
    /// ```text
    ///0x6101806040524661016052348015610015575f5ffd5b506040518060400160405280601c81526020017f4563686f52696674204174746573746174696f6e526567697374727900000000815250604051806040016040528060018152602001603160f81b8152506100758261011c60201b60201c565b610120526100828161011c565b61014052815160208084019190912060e052815190820120610100524660a05261010e60e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c0526101bd565b5f5f829050601f8151111561014f578260405163305a27a960e01b81526004016101469190610162565b60405180910390fd5b805161015a82610197565b179392505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b805160208083015191908110156101b7575f198160200360031b1b821691505b50919050565b60805160a05160c05160e05161010051610120516101405161016051612b956102265f395f8181610ca801528181610e4f0152610fec01525f611afa01525f611aca01525f611f5701525f611f2f01525f611e8a01525f611eb401525f611ede0152612b955ff3fe608060405234801561000f575f5ffd5b5060043610610184575f3560e01c806376fa0b8a116100dd57806398610a2111610088578063c266461011610063578063c2664610146105f4578063d2fac81314610607578063e3afd92b1461061a575f5ffd5b806398610a21146104f35780639ad464b414610506578063a2ea7c6e14610519575f5ffd5b806384b0196e116100b857806384b0196e146104b25780639359c4d1146104cd57806395aab5f0146104e0575f5ffd5b806376fa0b8a14610441578063786710be1461046a5780637ecebe001461047d575f5ffd5b806353d55cc01161013d57806361e71cd71161011857806361e71cd7146103eb5780636a938567146103fe5780637119c11814610421575f5ffd5b806353d55cc01461038657806354fd4d50146103995780635e06d54a146103d8575f5ffd5b8063213681cd1161016d578063213681cd146101c157806322f888e7146103455780634d0030701461035a575f5ffd5b806313e9ec07146101885780631f6a4de8146101ae575b5f5ffd5b61019b6101963660046121ba565b61062d565b6040519081526020015b60405180910390f35b61019b6101bc366004612229565b610668565b6102de6101cf36600461226c565b6040805160a0810182525f80825260208201819052918101829052606081018290526080810191909152505f90815260036020908152604091829020825160a081018452905473ffffffffffffffffffffffffffffffffffffffff8116825267ffffffffffffffff740100000000000000000000000000000000000000008204169282019290925260ff7c0100000000000000000000000000000000000000000000000000000000830481161515938201939093527d01000000000000000000000000000000000000000000000000000000000082048316151560608201527e010000000000000000000000000000000000000000000000000000000000009091049091161515608082015290565b6040516101a591905f60a08201905073ffffffffffffffffffffffffffffffffffffffff835116825267ffffffffffffffff602084015116602083015260408301511515604083015260608301511515606083015260808301511515608083015292915050565b61035861035336600461226c565b610682565b005b61036d61036836600461226c565b61072e565b60405167ffffffffffffffff90911681526020016101a5565b61019b6103943660046122d8565b61084c565b604080518082018252600581527f312e302e30000000000000000000000000000000000000000000000000000000602082015290516101a59190612387565b61019b6103e6366004612399565b610a19565b6103586103f93660046123cb565b610a3b565b61041161040c36600461226c565b610adf565b60405190151581526020016101a5565b61043461042f36600461243c565b610afb565b6040516101a5919061249d565b61036d61044f36600461226c565b5f9081526006602052604090205467ffffffffffffffff1690565b61019b6104783660046124df565b610be9565b61019b61048b36600461252a565b73ffffffffffffffffffffffffffffffffffffffff165f9081526005602052604090205490565b6104ba610bf4565b6040516101a59796959493929190612543565b61019b6104db366004612602565b610c52565b61019b6104ee36600461261b565b610d48565b61019b610501366004612602565b610d60565b61019b610514366004612674565b610d9a565b6105b861052736600461226c565b60408051606080820183525f80835260208084018290529284018190529384526002825292829020825193840183525473ffffffffffffffffffffffffffffffffffffffff8116845260ff7401000000000000000000000000000000000000000082048116151592850192909252750100000000000000000000000000000000000000000090041615159082015290565b60408051825173ffffffffffffffffffffffffffffffffffffffff168152602080840151151590820152918101511515908201526060016101a5565b6103586106023660046126f8565b610ddc565b610411610615366004612602565b610df8565b610358610628366004612718565b610f08565b5f610636610f52565b6106403383610f89565b905061064e3385858461108a565b610658338361140a565b50610661611975565b9392505050565b5f610676868686868661199f565b90505b95945050505050565b335f908152600560205260409020548082116106df576040517f51eb5c3400000000000000000000000000000000000000000000000000000000815233600482015260248101829052604481018390526064015b60405180910390fd5b335f8181526005602052604090819020849055517faefdcbe44d08205b5c786d467d3fca2574658a4eaec5260b508e4a9a8191c9ee906107229085815260200190565b60405180910390a25050565b5f81610766576040517f5f34ee9000000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f8281526006602052604090205467ffffffffffffffff1680156107c9576040517fd3323a6b0000000000000000000000000000000000000000000000000000000081526004810184905267ffffffffffffffff821660248201526044016106d6565b5f8381526006602090815260409182902080547fffffffffffffffffffffffffffffffffffffffffffffffff0000000000000000164267ffffffffffffffff811691821790925592519283529350339185917f5308b05e37f1412d4152ac6a58ee227d7ad2c67c040df01fb6ffce1707a539dc910160405180910390a350919050565b5f848484846040516020016108649493929190612784565b604080518083037fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe001815291815281516020928301205f81815260029093529120549091507501000000000000000000000000000000000000000000900460ff16156108ff576040517f84917ddc000000000000000000000000000000000000000000000000000000008152600481018290526024016106d6565b6040805160608101825273ffffffffffffffffffffffffffffffffffffffff8086168252841515602080840191825260018486019081525f878152600290925290859020935184549251915115157501000000000000000000000000000000000000000000027fffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffffff92151574010000000000000000000000000000000000000000027fffffffffffffffffffffff0000000000000000000000000000000000000000009094169190941617919091171617905551339082907f50af01cf33c8fbb5e77db5ff8c2b695ed8e6d0b60fbe1a1245f780d6413c7d0d90610a0990879087908b908b90612811565b60405180910390a3949350505050565b5f610a22610f52565b610a2c338361140a565b9050610a36611975565b919050565b610a43610f52565b5f819003610a7d576040517f655fccbe00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f5b81811015610ad257610aca33848484818110610a9d57610a9d612848565b9050604002015f0135858585818110610ab857610ab8612848565b905060400201602001355f5f1b61108a565b600101610a7f565b50610adb611975565b5050565b5f818152600360205260408120610af590611a28565b92915050565b6060610b05610f52565b5f829003610b3f576040517f655fccbe00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b8167ffffffffffffffff811115610b5857610b58612875565b604051908082528060200260200182016040528015610b81578160200160208202803683370190505b5090505f5b82811015610be057610bbb33858584818110610ba457610ba4612848565b9050602002810190610bb691906128a2565b61140a565b828281518110610bcd57610bcd612848565b6020908102919091010152600101610b86565b50610af5611975565b5f6106618383610f89565b5f6060805f5f5f6060610c05611ac3565b610c0d611af3565b604080515f808252602082019092527f0f000000000000000000000000000000000000000000000000000000000000009b939a50919850469750309650945092509050565b5f610af58235610c68604085016020860161252a565b610c78606086016040870161252a565b610c8860808701606088016128f5565b610c9860a088016080890161290e565b8760a001358860c00135604080517f00000000000000000000000000000000000000000000000000000000000000006020808301919091523082840152606082019990995273ffffffffffffffffffffffffffffffffffffffff97881660808201529590961660a086015267ffffffffffffffff9390931660c085015290151560e08401526101008301526101208083019190915282518083039091018152610140909101909152805191012090565b5f610d5585858585611b1e565b90505b949350505050565b5f610d768235610c68604085016020860161252a565b5f818152600360205260409020909150610d8f90611a28565b610a3657505f919050565b5f610da3610f52565b5f610dad86611c15565b9050610dc786610dbf8989858a611b1e565b878787611c50565b610dd1868861140a565b915050610679611975565b610de4610f52565b610df03383835f61108a565b610adb611975565b5f80610eef8335610e0f604086016020870161252a565b610e1f606087016040880161252a565b610e2f60808801606089016128f5565b610e3f60a0890160808a0161290e565b8860a001358960c00135604080517f00000000000000000000000000000000000000000000000000000000000000006020808301919091523082840152606082019990995273ffffffffffffffffffffffffffffffffffffffff97881660808201529590961660a086015267ffffffffffffffff9390931660c085015290151560e08401526101008301526101208083019190915282518083039091018152610140909101909152805191012090565b5f81815260036020526040902090915061066190611a28565b610f10610f52565b5f610f1a85611c15565b9050610f3585610f2d898989868a61199f565b868686611c50565b610f418588885f61108a565b50610f4a611975565b505050505050565b610f5a611cf4565b610f8760017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90611d4d565b565b5f610661823584610fa0604086016020870161252a565b610fb060608701604088016128f5565b610fc0608088016060890161290e565b6080880135610fd260a08a018a612929565b604051610fe092919061298a565b604080519182900382207f00000000000000000000000000000000000000000000000000000000000000006020808501919091523084840152606084019990995273ffffffffffffffffffffffffffffffffffffffff97881660808401529590961660a082015267ffffffffffffffff9390931660c084015290151560e0830152610100820152610120808201929092528251808203909201825261014001909152805191012090565b5f838152600360205260409020805473ffffffffffffffffffffffffffffffffffffffff16806110e9576040517f35628d6a000000000000000000000000000000000000000000000000000000008152600481018690526024016106d6565b8573ffffffffffffffffffffffffffffffffffffffff168173ffffffffffffffffffffffffffffffffffffffff1614611175576040517f2e6d856c0000000000000000000000000000000000000000000000000000000081526004810186905273ffffffffffffffffffffffffffffffffffffffff8088166024830152821660448201526064016106d6565b81547c0100000000000000000000000000000000000000000000000000000000900460ff166111d3576040517fdaab026a000000000000000000000000000000000000000000000000000000008152600481018690526024016106d6565b81547d010000000000000000000000000000000000000000000000000000000000900460ff1615611233576040517fd8246ede000000000000000000000000000000000000000000000000000000008152600481018690526024016106d6565b81547fffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffff167d010000000000000000000000000000000000000000000000000000000000178255604080518581526020810185905273ffffffffffffffffffffffffffffffffffffffff88169187917f2f002cac8f544e7eb2098fa271107184241f3a84b5b73e3d633580b945c0a7eb910160405180910390a381547e01000000000000000000000000000000000000000000000000000000000000900460ff1615610f4a575f8581526004602081815260408084205484526002909152918290205491517f5829cf2a00000000000000000000000000000000000000000000000000000000815290810187905273ffffffffffffffffffffffffffffffffffffffff8881166024830152909116908190635829cf2a906044016020604051808303815f875af1158015611388573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906113ac9190612999565b611401576040517fdfe61a3000000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff82166004820152602481018790526044016106d6565b50505050505050565b80355f9081526002602090815260408083208151606081018352905473ffffffffffffffffffffffffffffffffffffffff8116825260ff74010000000000000000000000000000000000000000820481161515948301949094527501000000000000000000000000000000000000000000900490921615159082018190526114c1576040517fb9ce4f0d000000000000000000000000000000000000000000000000000000008152833560048201526024016106d6565b6114d1608084016060850161290e565b80156114df57508060200151155b15611519576040517f89ac1f6d000000000000000000000000000000000000000000000000000000008152833560048201526024016106d6565b5f61152a60608501604086016128f5565b905067ffffffffffffffff81161580159061154f5750428167ffffffffffffffff1611155b15611598576040517f2029c47300000000000000000000000000000000000000000000000000000000815267ffffffffffffffff821660048201524260248201526044016106d6565b6115a28585610f89565b5f81815260036020526040902080549194509073ffffffffffffffffffffffffffffffffffffffff1615611605576040517f7a1a9be9000000000000000000000000000000000000000000000000000000008152600481018590526024016106d6565b82516040805160a08101825273ffffffffffffffffffffffffffffffffffffffff898116825267ffffffffffffffff861660208301529092161515919081016116546080890160608a0161290e565b151581525f60208083018290528415156040938401528882526003815290829020835181548584015186860151606088015160809098015173ffffffffffffffffffffffffffffffffffffffff9094167fffffffff00000000000000000000000000000000000000000000000000000000909316929092177401000000000000000000000000000000000000000067ffffffffffffffff90921691909102177fffff0000ffffffffffffffffffffffffffffffffffffffffffffffffffffffff167c0100000000000000000000000000000000000000000000000000000000911515919091027fffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffff16177d01000000000000000000000000000000000000000000000000000000000095151595909502949094177fff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff167e0100000000000000000000000000000000000000000000000000000000000094151594909402939093179092556117e69190880190880161252a565b73ffffffffffffffffffffffffffffffffffffffff90811690881687357fe1c1598e593eb4e59bcad395e13a168c34ba5c4f51ea345636a62f46f48569ae8860808b01803590899061183b9060608f0161290e565b61184860a08f018f612929565b60405161185a969594939291906129b4565b60405180910390a4801561196b575f8581526004602081905260409182902088359055855191517f619721f800000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff9092169163619721f8916118d39189918c918c91016129f7565b6020604051808303815f875af11580156118ef573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906119139190612999565b61196b5783516040517fdfe61a3000000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff9091166004820152602481018690526044016106d6565b5050505092915050565b610f875f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00610f81565b604080517f21d404c885856a446e67a3075e0eddc678e19f278aa1d2d81f879224805f1134602082015273ffffffffffffffffffffffffffffffffffffffff851691810191909152606081018690526080810185905260a0810183905260c081018290525f906106769060e0015b60405160208183030381529060405280519060200120611d54565b80545f9067ffffffffffffffff740100000000000000000000000000000000000000008204169073ffffffffffffffffffffffffffffffffffffffff1615801590611a96575082547d010000000000000000000000000000000000000000000000000000000000900460ff16155b8015610661575067ffffffffffffffff811615806106615750428167ffffffffffffffff16119392505050565b6060611aee7f0000000000000000000000000000000000000000000000000000000000000000611d9b565b905090565b6060611aee7f0000000000000000000000000000000000000000000000000000000000000000611d9b565b5f610d557fdbabdc39623480d3443b5572abcc41f4e0886d29d3bd78d1fef0e888a973550d858735611b5660408a0160208b0161252a565b611b6660608b0160408c016128f5565b611b7660808c0160608d0161290e565b60808c0135611b8860a08e018e612929565b604051611b9692919061298a565b60408051918290038220602083019990995273ffffffffffffffffffffffffffffffffffffffff97881690820152606081019590955294909216608084015267ffffffffffffffff1660a0830152151560c082015260e08101919091526101008101919091526101208101859052610140810184905261016001611a0d565b73ffffffffffffffffffffffffffffffffffffffff81165f90815260056020526040812080549082611c4683612b0c565b9091555092915050565b82421115611c93576040517f1c5e0766000000000000000000000000000000000000000000000000000000008152600481018490524260248201526044016106d6565b611c9f85858484611dd8565b611ced576040517f9472804f00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff861660048201526024016106d6565b5050505050565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c15610f87576040517f3ee5aeb500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b80825d5050565b5f610af5611d60611e71565b836040517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b60605f611da783611fa7565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f8473ffffffffffffffffffffffffffffffffffffffff163b5f03611e5e575f5f611e04868686611fe7565b5090925090505f816003811115611e1d57611e1d612b68565b148015611e5557508673ffffffffffffffffffffffffffffffffffffffff168273ffffffffffffffffffffffffffffffffffffffff16145b92505050610d58565b611e6a8585858561202e565b9050610d58565b5f3073ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016148015611ed657507f000000000000000000000000000000000000000000000000000000000000000046145b15611f0057507f000000000000000000000000000000000000000000000000000000000000000090565b611aee604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f60ff8216601f811115610af5576040517fb3512b0c00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f8080604184900361201b578435602086013560408701355f1a61200d898285856120b1565b955095509550505050612025565b505f915060029050825b93509350939050565b604080517f1626ba7e00000000000000000000000000000000000000000000000000000000808252600482018690526024820192909252604481018390525f91908390818660648301375f82606483010152601f820160051c60051b915060205f60648401838b5afa9050825f5114601f3d111681169350505050949350505050565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411156120ea57505f9150600390508261219a565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa15801561213b573d5f5f3e3d5ffd5b50506040517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0015191505073ffffffffffffffffffffffffffffffffffffffff811661219157505f92506001915082905061219a565b92505f91508190505b9450945094915050565b5f60c082840312156121b4575f5ffd5b50919050565b5f5f5f606084860312156121cc575f5ffd5b8335925060208401359150604084013567ffffffffffffffff8111156121f0575f5ffd5b6121fc868287016121a4565b9150509250925092565b803573ffffffffffffffffffffffffffffffffffffffff81168114610a36575f5ffd5b5f5f5f5f5f60a0868803121561223d575f5ffd5b853594506020860135935061225460408701612206565b94979396509394606081013594506080013592915050565b5f6020828403121561227c575f5ffd5b5035919050565b5f5f83601f840112612293575f5ffd5b50813567ffffffffffffffff8111156122aa575f5ffd5b6020830191508360208285010111156122c1575f5ffd5b9250929050565b80151581146122d5575f5ffd5b50565b5f5f5f5f606085870312156122eb575f5ffd5b843567ffffffffffffffff811115612301575f5ffd5b61230d87828801612283565b9095509350612320905060208601612206565b91506040850135612330816122c8565b939692955090935050565b5f81518084528060208401602086015e5f6020828601015260207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011685010191505092915050565b602081525f610661602083018461233b565b5f602082840312156123a9575f5ffd5b813567ffffffffffffffff8111156123bf575f5ffd5b610d58848285016121a4565b5f5f602083850312156123dc575f5ffd5b823567ffffffffffffffff8111156123f2575f5ffd5b8301601f81018513612402575f5ffd5b803567ffffffffffffffff811115612418575f5ffd5b8560208260061b840101111561242c575f5ffd5b6020919091019590945092505050565b5f5f6020838503121561244d575f5ffd5b823567ffffffffffffffff811115612463575f5ffd5b8301601f81018513612473575f5ffd5b803567ffffffffffffffff811115612489575f5ffd5b8560208260051b840101111561242c575f5ffd5b602080825282518282018190525f918401906040840190835b818110156124d45783518352602093840193909201916001016124b6565b509095945050505050565b5f5f604083850312156124f0575f5ffd5b6124f983612206565b9150602083013567ffffffffffffffff811115612514575f5ffd5b612520858286016121a4565b9150509250929050565b5f6020828403121561253a575f5ffd5b61066182612206565b7fff000000000000000000000000000000000000000000000000000000000000008816815260e060208201525f61257d60e083018961233b565b828103604084015261258f818961233b565b6060840188905273ffffffffffffffffffffffffffffffffffffffff8716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b818110156125f15783518352602093840193909201916001016125d3565b50909b9a5050505050505050505050565b5f60e0828403128015612613575f5ffd5b509092915050565b5f5f5f5f6080858703121561262e575f5ffd5b843567ffffffffffffffff811115612644575f5ffd5b612650878288016121a4565b94505061265f60208601612206565b93969395505050506040820135916060013590565b5f5f5f5f5f60808688031215612688575f5ffd5b853567ffffffffffffffff81111561269e575f5ffd5b6126aa888289016121a4565b9550506126b960208701612206565b935060408601359250606086013567ffffffffffffffff8111156126db575f5ffd5b6126e788828901612283565b969995985093965092949392505050565b5f5f60408385031215612709575f5ffd5b50508035926020909101359150565b5f5f5f5f5f5f60a0878903121561272d575f5ffd5b863595506020870135945061274460408801612206565b935060608701359250608087013567ffffffffffffffff811115612766575f5ffd5b61277289828a01612283565b979a9699509497509295939492505050565b8385823760609290921b7fffffffffffffffffffffffffffffffffffffffff000000000000000000000000169190920190815290151560f81b6014820152601501919050565b81835281816020850137505f602082840101525f60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f840116840101905092915050565b73ffffffffffffffffffffffffffffffffffffffff851681528315156020820152606060408201525f6106766060830184866127ca565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b5f82357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff418336030181126128d4575f5ffd5b9190910192915050565b803567ffffffffffffffff81168114610a36575f5ffd5b5f60208284031215612905575f5ffd5b610661826128de565b5f6020828403121561291e575f5ffd5b8135610661816122c8565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe184360301811261295c575f5ffd5b83018035915067ffffffffffffffff821115612976575f5ffd5b6020019150368190038213156122c1575f5ffd5b818382375f9101908152919050565b5f602082840312156129a9575f5ffd5b8151610661816122c8565b86815285602082015267ffffffffffffffff85166040820152831515606082015260a060808201525f6129eb60a0830184866127ca565b98975050505050505050565b83815273ffffffffffffffffffffffffffffffffffffffff83166020820152606060408201525f5f833590508060608401525073ffffffffffffffffffffffffffffffffffffffff612a4b60208501612206565b16608083015267ffffffffffffffff612a66604085016128de565b1660a08301526060830135612a7a816122c8565b151560c0830152608083013560e083015260a0830135368490037fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1018112612ac0575f5ffd5b830160208101903567ffffffffffffffff811115612adc575f5ffd5b803603821315612aea575f5ffd5b60c0610100850152612b01610120850182846127ca565b979650505050505050565b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8203612b61577f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b5060010190565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"a\x01\x80`@RFa\x01`R4\x80\x15a\0\x15W__\xFD[P`@Q\x80`@\x01`@R\x80`\x1C\x81R` \x01\x7FEchoRift AttestationRegistry\0\0\0\0\x81RP`@Q\x80`@\x01`@R\x80`\x01\x81R` \x01`1`\xF8\x1B\x81RPa\0u\x82a\x01\x1C` \x1B` \x1CV[a\x01 Ra\0\x82\x81a\x01\x1CV[a\x01@R\x81Q` \x80\x84\x01\x91\x90\x91 `\xE0R\x81Q\x90\x82\x01 a\x01\0RF`\xA0Ra\x01\x0E`\xE0Qa\x01\0Q`@\x80Q\x7F\x8Bs\xC3\xC6\x9B\xB8\xFE=Q.\xCCL\xF7Y\xCCy#\x9F{\x17\x9B\x0F\xFA\xCA\xA9\xA7]R+9@\x0F` \x82\x01R\x90\x81\x01\x92\x90\x92R``\x82\x01RF`\x80\x82\x01R0`\xA0\x82\x01R_\x90`\xC0\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x90V[`\x80RPP0`\xC0Ra\x01\xBDV[__\x82\x90P`\x1F\x81Q\x11\x15a\x01OW\x82`@Qc0Z'\xA9`\xE0\x1B\x81R`\x04\x01a\x01F\x91\x90a\x01bV[`@Q\x80\x91\x03\x90\xFD[\x80Qa\x01Z\x82a\x01\x97V[\x17\x93\x92PPPV[` \x81R_\x82Q\x80` \x84\x01R\x80` \x85\x01`@\x85\x01^_`@\x82\x85\x01\x01R`@`\x1F\x19`\x1F\x83\x01\x16\x84\x01\x01\x91PP\x92\x91PPV[\x80Q` \x80\x83\x01Q\x91\x90\x81\x10\x15a\x01\xB7W_\x19\x81` \x03`\x03\x1B\x1B\x82\x16\x91P[P\x91\x90PV[`\x80Q`\xA0Q`\xC0Q`\xE0Qa\x01\0Qa\x01 Qa\x01@Qa\x01`Qa+\x95a\x02&_9_\x81\x81a\x0C\xA8\x01R\x81\x81a\x0EO\x01Ra\x0F\xEC\x01R_a\x1A\xFA\x01R_a\x1A\xCA\x01R_a\x1FW\x01R_a\x1F/\x01R_a\x1E\x8A\x01R_a\x1E\xB4\x01R_a\x1E\xDE\x01Ra+\x95_\xF3\xFE`\x80`@R4\x80\x15a\0\x0FW__\xFD[P`\x046\x10a\x01\x84W_5`\xE0\x1C\x80cv\xFA\x0B\x8A\x11a\0\xDDW\x80c\x98a\n!\x11a\0\x88W\x80c\xC2fF\x10\x11a\0cW\x80c\xC2fF\x10\x14a\x05\xF4W\x80c\xD2\xFA\xC8\x13\x14a\x06\x07W\x80c\xE3\xAF\xD9+\x14a\x06\x1AW__\xFD[\x80c\x98a\n!\x14a\x04\xF3W\x80c\x9A\xD4d\xB4\x14a\x05\x06W\x80c\xA2\xEA|n\x14a\x05\x19W__\xFD[\x80c\x84\xB0\x19n\x11a\0\xB8W\x80c\x84\xB0\x19n\x14a\x04\xB2W\x80c\x93Y\xC4\xD1\x14a\x04\xCDW\x80c\x95\xAA\xB5\xF0\x14a\x04\xE0W__\xFD[\x80cv\xFA\x0B\x8A\x14a\x04AW\x80cxg\x10\xBE\x14a\x04jW\x80c~\xCE\xBE\0\x14a\x04}W__\xFD[\x80cS\xD5\\\xC0\x11a\x01=W\x80ca\xE7\x1C\xD7\x11a\x01\x18W\x80ca\xE7\x1C\xD7\x14a\x03\xEBW\x80cj\x93\x85g\x14a\x03\xFEW\x80cq\x19\xC1\x18\x14a\x04!W__\xFD[\x80cS\xD5\\\xC0\x14a\x03\x86W\x80cT\xFDMP\x14a\x03\x99W\x80c^\x06\xD5J\x14a\x03\xD8W__\xFD[\x80c!6\x81\xCD\x11a\x01mW\x80c!6\x81\xCD\x14a\x01\xC1W\x80c\"\xF8\x88\xE7\x14a\x03EW\x80cM\x000p\x14a\x03ZW__\xFD[\x80c\x13\xE9\xEC\x07\x14a\x01\x88W\x80c\x1FjM\xE8\x14a\x01\xAEW[__\xFD[a\x01\x9Ba\x01\x966`\x04a!\xBAV[a\x06-V[`@Q\x90\x81R` \x01[`@Q\x80\x91\x03\x90\xF3[a\x01\x9Ba\x01\xBC6`\x04a\")V[a\x06hV[a\x02\xDEa\x01\xCF6`\x04a\"lV[`@\x80Q`\xA0\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x82\x90R`\x80\x81\x01\x91\x90\x91RP_\x90\x81R`\x03` \x90\x81R`@\x91\x82\x90 \x82Q`\xA0\x81\x01\x84R\x90Ts\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x82Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFt\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x04\x16\x92\x82\x01\x92\x90\x92R`\xFF|\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83\x04\x81\x16\x15\x15\x93\x82\x01\x93\x90\x93R}\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x04\x83\x16\x15\x15``\x82\x01R~\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x04\x90\x91\x16\x15\x15`\x80\x82\x01R\x90V[`@Qa\x01\xA5\x91\x90_`\xA0\x82\x01\x90Ps\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83Q\x16\x82Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF` \x84\x01Q\x16` \x83\x01R`@\x83\x01Q\x15\x15`@\x83\x01R``\x83\x01Q\x15\x15``\x83\x01R`\x80\x83\x01Q\x15\x15`\x80\x83\x01R\x92\x91PPV[a\x03Xa\x03S6`\x04a\"lV[a\x06\x82V[\0[a\x03ma\x03h6`\x04a\"lV[a\x07.V[`@Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x01\xA5V[a\x01\x9Ba\x03\x946`\x04a\"\xD8V[a\x08LV[`@\x80Q\x80\x82\x01\x82R`\x05\x81R\x7F1.0.0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0` \x82\x01R\x90Qa\x01\xA5\x91\x90a#\x87V[a\x01\x9Ba\x03\xE66`\x04a#\x99V[a\n\x19V[a\x03Xa\x03\xF96`\x04a#\xCBV[a\n;V[a\x04\x11a\x04\x0C6`\x04a\"lV[a\n\xDFV[`@Q\x90\x15\x15\x81R` \x01a\x01\xA5V[a\x044a\x04/6`\x04a$<V[a\n\xFBV[`@Qa\x01\xA5\x91\x90a$\x9DV[a\x03ma\x04O6`\x04a\"lV[_\x90\x81R`\x06` R`@\x90 Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90V[a\x01\x9Ba\x04x6`\x04a$\xDFV[a\x0B\xE9V[a\x01\x9Ba\x04\x8B6`\x04a%*V[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16_\x90\x81R`\x05` R`@\x90 T\x90V[a\x04\xBAa\x0B\xF4V[`@Qa\x01\xA5\x97\x96\x95\x94\x93\x92\x91\x90a%CV[a\x01\x9Ba\x04\xDB6`\x04a&\x02V[a\x0CRV[a\x01\x9Ba\x04\xEE6`\x04a&\x1BV[a\rHV[a\x01\x9Ba\x05\x016`\x04a&\x02V[a\r`V[a\x01\x9Ba\x05\x146`\x04a&tV[a\r\x9AV[a\x05\xB8a\x05'6`\x04a\"lV[`@\x80Q``\x80\x82\x01\x83R_\x80\x83R` \x80\x84\x01\x82\x90R\x92\x84\x01\x81\x90R\x93\x84R`\x02\x82R\x92\x82\x90 \x82Q\x93\x84\x01\x83RTs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x84R`\xFFt\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x04\x81\x16\x15\x15\x92\x85\x01\x92\x90\x92Ru\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04\x16\x15\x15\x90\x82\x01R\x90V[`@\x80Q\x82Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x80\x84\x01Q\x15\x15\x90\x82\x01R\x91\x81\x01Q\x15\x15\x90\x82\x01R``\x01a\x01\xA5V[a\x03Xa\x06\x026`\x04a&\xF8V[a\r\xDCV[a\x04\x11a\x06\x156`\x04a&\x02V[a\r\xF8V[a\x03Xa\x06(6`\x04a'\x18V[a\x0F\x08V[_a\x066a\x0FRV[a\x06@3\x83a\x0F\x89V[\x90Pa\x06N3\x85\x85\x84a\x10\x8AV[a\x06X3\x83a\x14\nV[Pa\x06aa\x19uV[\x93\x92PPPV[_a\x06v\x86\x86\x86\x86\x86a\x19\x9FV[\x90P[\x95\x94PPPPPV[3_\x90\x81R`\x05` R`@\x90 T\x80\x82\x11a\x06\xDFW`@Q\x7FQ\xEB\\4\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R3`\x04\x82\x01R`$\x81\x01\x82\x90R`D\x81\x01\x83\x90R`d\x01[`@Q\x80\x91\x03\x90\xFD[3_\x81\x81R`\x05` R`@\x90\x81\x90 \x84\x90UQ\x7F\xAE\xFD\xCB\xE4M\x08 [\\xmF}?\xCA%te\x8AN\xAE\xC5&\x0BP\x8EJ\x9A\x81\x91\xC9\xEE\x90a\x07\"\x90\x85\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA2PPV[_\x81a\x07fW`@Q\x7F_4\xEE\x90\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_\x82\x81R`\x06` R`@\x90 Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x80\x15a\x07\xC9W`@Q\x7F\xD32:k\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`$\x82\x01R`D\x01a\x06\xD6V[_\x83\x81R`\x06` \x90\x81R`@\x91\x82\x90 \x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x16Bg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x91\x82\x17\x90\x92U\x92Q\x92\x83R\x93P3\x91\x85\x91\x7FS\x08\xB0^7\xF1A-AR\xACjX\xEE\"}z\xD2\xC6|\x04\r\xF0\x1F\xB6\xFF\xCE\x17\x07\xA59\xDC\x91\x01`@Q\x80\x91\x03\x90\xA3P\x91\x90PV[_\x84\x84\x84\x84`@Q` \x01a\x08d\x94\x93\x92\x91\x90a'\x84V[`@\x80Q\x80\x83\x03\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x01\x81R\x91\x81R\x81Q` \x92\x83\x01 _\x81\x81R`\x02\x90\x93R\x91 T\x90\x91Pu\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04`\xFF\x16\x15a\x08\xFFW`@Q\x7F\x84\x91}\xDC\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x82\x90R`$\x01a\x06\xD6V[`@\x80Q``\x81\x01\x82Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80\x86\x16\x82R\x84\x15\x15` \x80\x84\x01\x91\x82R`\x01\x84\x86\x01\x90\x81R_\x87\x81R`\x02\x90\x92R\x90\x85\x90 \x93Q\x84T\x92Q\x91Q\x15\x15u\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x15\x15t\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x94\x16\x91\x90\x94\x16\x17\x91\x90\x91\x17\x16\x17\x90UQ3\x90\x82\x90\x7FP\xAF\x01\xCF3\xC8\xFB\xB5\xE7}\xB5\xFF\x8C+i^\xD8\xE6\xD0\xB6\x0F\xBE\x1A\x12E\xF7\x80\xD6A<}\r\x90a\n\t\x90\x87\x90\x87\x90\x8B\x90\x8B\x90a(\x11V[`@Q\x80\x91\x03\x90\xA3\x94\x93PPPPV[_a\n\"a\x0FRV[a\n,3\x83a\x14\nV[\x90Pa\n6a\x19uV[\x91\x90PV[a\nCa\x0FRV[_\x81\x90\x03a\n}W`@Q\x7Fe_\xCC\xBE\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_[\x81\x81\x10\x15a\n\xD2Wa\n\xCA3\x84\x84\x84\x81\x81\x10a\n\x9DWa\n\x9Da(HV[\x90P`@\x02\x01_\x015\x85\x85\x85\x81\x81\x10a\n\xB8Wa\n\xB8a(HV[\x90P`@\x02\x01` \x015__\x1Ba\x10\x8AV[`\x01\x01a\n\x7FV[Pa\n\xDBa\x19uV[PPV[_\x81\x81R`\x03` R`@\x81 a\n\xF5\x90a\x1A(V[\x92\x91PPV[``a\x0B\x05a\x0FRV[_\x82\x90\x03a\x0B?W`@Q\x7Fe_\xCC\xBE\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x81g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x0BXWa\x0BXa(uV[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a\x0B\x81W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P\x90P_[\x82\x81\x10\x15a\x0B\xE0Wa\x0B\xBB3\x85\x85\x84\x81\x81\x10a\x0B\xA4Wa\x0B\xA4a(HV[\x90P` \x02\x81\x01\x90a\x0B\xB6\x91\x90a(\xA2V[a\x14\nV[\x82\x82\x81Q\x81\x10a\x0B\xCDWa\x0B\xCDa(HV[` \x90\x81\x02\x91\x90\x91\x01\x01R`\x01\x01a\x0B\x86V[Pa\n\xF5a\x19uV[_a\x06a\x83\x83a\x0F\x89V[_``\x80___``a\x0C\x05a\x1A\xC3V[a\x0C\ra\x1A\xF3V[`@\x80Q_\x80\x82R` \x82\x01\x90\x92R\x7F\x0F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x9B\x93\x9AP\x91\x98PF\x97P0\x96P\x94P\x92P\x90PV[_a\n\xF5\x825a\x0Ch`@\x85\x01` \x86\x01a%*V[a\x0Cx``\x86\x01`@\x87\x01a%*V[a\x0C\x88`\x80\x87\x01``\x88\x01a(\xF5V[a\x0C\x98`\xA0\x88\x01`\x80\x89\x01a)\x0EV[\x87`\xA0\x015\x88`\xC0\x015`@\x80Q\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0` \x80\x83\x01\x91\x90\x91R0\x82\x84\x01R``\x82\x01\x99\x90\x99Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x97\x88\x16`\x80\x82\x01R\x95\x90\x96\x16`\xA0\x86\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x93\x90\x93\x16`\xC0\x85\x01R\x90\x15\x15`\xE0\x84\x01Ra\x01\0\x83\x01Ra\x01 \x80\x83\x01\x91\x90\x91R\x82Q\x80\x83\x03\x90\x91\x01\x81Ra\x01@\x90\x91\x01\x90\x91R\x80Q\x91\x01 \x90V[_a\rU\x85\x85\x85\x85a\x1B\x1EV[\x90P[\x94\x93PPPPV[_a\rv\x825a\x0Ch`@\x85\x01` \x86\x01a%*V[_\x81\x81R`\x03` R`@\x90 \x90\x91Pa\r\x8F\x90a\x1A(V[a\n6WP_\x91\x90PV[_a\r\xA3a\x0FRV[_a\r\xAD\x86a\x1C\x15V[\x90Pa\r\xC7\x86a\r\xBF\x89\x89\x85\x8Aa\x1B\x1EV[\x87\x87\x87a\x1CPV[a\r\xD1\x86\x88a\x14\nV[\x91PPa\x06ya\x19uV[a\r\xE4a\x0FRV[a\r\xF03\x83\x83_a\x10\x8AV[a\n\xDBa\x19uV[_\x80a\x0E\xEF\x835a\x0E\x0F`@\x86\x01` \x87\x01a%*V[a\x0E\x1F``\x87\x01`@\x88\x01a%*V[a\x0E/`\x80\x88\x01``\x89\x01a(\xF5V[a\x0E?`\xA0\x89\x01`\x80\x8A\x01a)\x0EV[\x88`\xA0\x015\x89`\xC0\x015`@\x80Q\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0` \x80\x83\x01\x91\x90\x91R0\x82\x84\x01R``\x82\x01\x99\x90\x99Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x97\x88\x16`\x80\x82\x01R\x95\x90\x96\x16`\xA0\x86\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x93\x90\x93\x16`\xC0\x85\x01R\x90\x15\x15`\xE0\x84\x01Ra\x01\0\x83\x01Ra\x01 \x80\x83\x01\x91\x90\x91R\x82Q\x80\x83\x03\x90\x91\x01\x81Ra\x01@\x90\x91\x01\x90\x91R\x80Q\x91\x01 \x90V[_\x81\x81R`\x03` R`@\x90 \x90\x91Pa\x06a\x90a\x1A(V[a\x0F\x10a\x0FRV[_a\x0F\x1A\x85a\x1C\x15V[\x90Pa\x0F5\x85a\x0F-\x89\x89\x89\x86\x8Aa\x19\x9FV[\x86\x86\x86a\x1CPV[a\x0FA\x85\x88\x88_a\x10\x8AV[Pa\x0FJa\x19uV[PPPPPPV[a\x0FZa\x1C\xF4V[a\x0F\x87`\x01\x7F\x9Bw\x9B\x17B-\r\xF9\"#\x01\x8B2\xB4\xD1\xFAF\xE0qr=h\x17\xE2Hm\0;\xEC\xC5_\0[\x90a\x1DMV[V[_a\x06a\x825\x84a\x0F\xA0`@\x86\x01` \x87\x01a%*V[a\x0F\xB0``\x87\x01`@\x88\x01a(\xF5V[a\x0F\xC0`\x80\x88\x01``\x89\x01a)\x0EV[`\x80\x88\x015a\x0F\xD2`\xA0\x8A\x01\x8Aa))V[`@Qa\x0F\xE0\x92\x91\x90a)\x8AV[`@\x80Q\x91\x82\x90\x03\x82 \x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0` \x80\x85\x01\x91\x90\x91R0\x84\x84\x01R``\x84\x01\x99\x90\x99Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x97\x88\x16`\x80\x84\x01R\x95\x90\x96\x16`\xA0\x82\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x93\x90\x93\x16`\xC0\x84\x01R\x90\x15\x15`\xE0\x83\x01Ra\x01\0\x82\x01Ra\x01 \x80\x82\x01\x92\x90\x92R\x82Q\x80\x82\x03\x90\x92\x01\x82Ra\x01@\x01\x90\x91R\x80Q\x91\x01 \x90V[_\x83\x81R`\x03` R`@\x90 \x80Ts\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x80a\x10\xE9W`@Q\x7F5b\x8Dj\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x86\x90R`$\x01a\x06\xD6V[\x85s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14a\x11uW`@Q\x7F.m\x85l\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x86\x90Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80\x88\x16`$\x83\x01R\x82\x16`D\x82\x01R`d\x01a\x06\xD6V[\x81T|\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04`\xFF\x16a\x11\xD3W`@Q\x7F\xDA\xAB\x02j\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x86\x90R`$\x01a\x06\xD6V[\x81T}\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04`\xFF\x16\x15a\x123W`@Q\x7F\xD8$n\xDE\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x86\x90R`$\x01a\x06\xD6V[\x81T\x7F\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16}\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x17\x82U`@\x80Q\x85\x81R` \x81\x01\x85\x90Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x88\x16\x91\x87\x91\x7F/\0,\xAC\x8FTN~\xB2\t\x8F\xA2q\x10q\x84$\x1F:\x84\xB5\xB7>=c5\x80\xB9E\xC0\xA7\xEB\x91\x01`@Q\x80\x91\x03\x90\xA3\x81T~\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04`\xFF\x16\x15a\x0FJW_\x85\x81R`\x04` \x81\x81R`@\x80\x84 T\x84R`\x02\x90\x91R\x91\x82\x90 T\x91Q\x7FX)\xCF*\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R\x90\x81\x01\x87\x90Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x88\x81\x16`$\x83\x01R\x90\x91\x16\x90\x81\x90cX)\xCF*\x90`D\x01` `@Q\x80\x83\x03\x81_\x87Z\xF1\x15\x80\x15a\x13\x88W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x13\xAC\x91\x90a)\x99V[a\x14\x01W`@Q\x7F\xDF\xE6\x1A0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`\x04\x82\x01R`$\x81\x01\x87\x90R`D\x01a\x06\xD6V[PPPPPPPV[\x805_\x90\x81R`\x02` \x90\x81R`@\x80\x83 \x81Q``\x81\x01\x83R\x90Ts\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x82R`\xFFt\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x04\x81\x16\x15\x15\x94\x83\x01\x94\x90\x94Ru\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04\x90\x92\x16\x15\x15\x90\x82\x01\x81\x90Ra\x14\xC1W`@Q\x7F\xB9\xCEO\r\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R\x835`\x04\x82\x01R`$\x01a\x06\xD6V[a\x14\xD1`\x80\x84\x01``\x85\x01a)\x0EV[\x80\x15a\x14\xDFWP\x80` \x01Q\x15[\x15a\x15\x19W`@Q\x7F\x89\xAC\x1Fm\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R\x835`\x04\x82\x01R`$\x01a\x06\xD6V[_a\x15*``\x85\x01`@\x86\x01a(\xF5V[\x90Pg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x15\x80\x15\x90a\x15OWPB\x81g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11\x15[\x15a\x15\x98W`@Q\x7F )\xC4s\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`\x04\x82\x01RB`$\x82\x01R`D\x01a\x06\xD6V[a\x15\xA2\x85\x85a\x0F\x89V[_\x81\x81R`\x03` R`@\x90 \x80T\x91\x94P\x90s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x15a\x16\x05W`@Q\x7Fz\x1A\x9B\xE9\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x85\x90R`$\x01a\x06\xD6V[\x82Q`@\x80Q`\xA0\x81\x01\x82Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x89\x81\x16\x82Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x86\x16` \x83\x01R\x90\x92\x16\x15\x15\x91\x90\x81\x01a\x16T`\x80\x89\x01``\x8A\x01a)\x0EV[\x15\x15\x81R_` \x80\x83\x01\x82\x90R\x84\x15\x15`@\x93\x84\x01R\x88\x82R`\x03\x81R\x90\x82\x90 \x83Q\x81T\x85\x84\x01Q\x86\x86\x01Q``\x88\x01Q`\x80\x90\x98\x01Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x94\x16\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x93\x16\x92\x90\x92\x17t\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x92\x16\x91\x90\x91\x02\x17\x7F\xFF\xFF\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16|\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x91\x15\x15\x91\x90\x91\x02\x7F\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x17}\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x95\x15\x15\x95\x90\x95\x02\x94\x90\x94\x17\x7F\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16~\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x94\x15\x15\x94\x90\x94\x02\x93\x90\x93\x17\x90\x92Ua\x17\xE6\x91\x90\x88\x01\x90\x88\x01a%*V[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16\x90\x88\x16\x875\x7F\xE1\xC1Y\x8EY>\xB4\xE5\x9B\xCA\xD3\x95\xE1:\x16\x8C4\xBA\\OQ\xEA4V6\xA6/F\xF4\x85i\xAE\x88`\x80\x8B\x01\x805\x90\x89\x90a\x18;\x90``\x8F\x01a)\x0EV[a\x18H`\xA0\x8F\x01\x8Fa))V[`@Qa\x18Z\x96\x95\x94\x93\x92\x91\x90a)\xB4V[`@Q\x80\x91\x03\x90\xA4\x80\x15a\x19kW_\x85\x81R`\x04` \x81\x90R`@\x91\x82\x90 \x885\x90U\x85Q\x91Q\x7Fa\x97!\xF8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x92\x16\x91ca\x97!\xF8\x91a\x18\xD3\x91\x89\x91\x8C\x91\x8C\x91\x01a)\xF7V[` `@Q\x80\x83\x03\x81_\x87Z\xF1\x15\x80\x15a\x18\xEFW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x19\x13\x91\x90a)\x99V[a\x19kW\x83Q`@Q\x7F\xDF\xE6\x1A0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16`\x04\x82\x01R`$\x81\x01\x86\x90R`D\x01a\x06\xD6V[PPPP\x92\x91PPV[a\x0F\x87_\x7F\x9Bw\x9B\x17B-\r\xF9\"#\x01\x8B2\xB4\xD1\xFAF\xE0qr=h\x17\xE2Hm\0;\xEC\xC5_\0a\x0F\x81V[`@\x80Q\x7F!\xD4\x04\xC8\x85\x85jDng\xA3\x07^\x0E\xDD\xC6x\xE1\x9F'\x8A\xA1\xD2\xD8\x1F\x87\x92$\x80_\x114` \x82\x01Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16\x91\x81\x01\x91\x90\x91R``\x81\x01\x86\x90R`\x80\x81\x01\x85\x90R`\xA0\x81\x01\x83\x90R`\xC0\x81\x01\x82\x90R_\x90a\x06v\x90`\xE0\x01[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 a\x1DTV[\x80T_\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFt\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x04\x16\x90s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x15\x80\x15\x90a\x1A\x96WP\x82T}\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04`\xFF\x16\x15[\x80\x15a\x06aWPg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x15\x80a\x06aWPB\x81g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11\x93\x92PPPV[``a\x1A\xEE\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\x1D\x9BV[\x90P\x90V[``a\x1A\xEE\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\x1D\x9BV[_a\rU\x7F\xDB\xAB\xDC9b4\x80\xD3D;Ur\xAB\xCCA\xF4\xE0\x88m)\xD3\xBDx\xD1\xFE\xF0\xE8\x88\xA9sU\r\x85\x875a\x1BV`@\x8A\x01` \x8B\x01a%*V[a\x1Bf``\x8B\x01`@\x8C\x01a(\xF5V[a\x1Bv`\x80\x8C\x01``\x8D\x01a)\x0EV[`\x80\x8C\x015a\x1B\x88`\xA0\x8E\x01\x8Ea))V[`@Qa\x1B\x96\x92\x91\x90a)\x8AV[`@\x80Q\x91\x82\x90\x03\x82 ` \x83\x01\x99\x90\x99Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x97\x88\x16\x90\x82\x01R``\x81\x01\x95\x90\x95R\x94\x90\x92\x16`\x80\x84\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\xA0\x83\x01R\x15\x15`\xC0\x82\x01R`\xE0\x81\x01\x91\x90\x91Ra\x01\0\x81\x01\x91\x90\x91Ra\x01 \x81\x01\x85\x90Ra\x01@\x81\x01\x84\x90Ra\x01`\x01a\x1A\rV[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16_\x90\x81R`\x05` R`@\x81 \x80T\x90\x82a\x1CF\x83a+\x0CV[\x90\x91UP\x92\x91PPV[\x82B\x11\x15a\x1C\x93W`@Q\x7F\x1C^\x07f\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90RB`$\x82\x01R`D\x01a\x06\xD6V[a\x1C\x9F\x85\x85\x84\x84a\x1D\xD8V[a\x1C\xEDW`@Q\x7F\x94r\x80O\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x86\x16`\x04\x82\x01R`$\x01a\x06\xD6V[PPPPPV[\x7F\x9Bw\x9B\x17B-\r\xF9\"#\x01\x8B2\xB4\xD1\xFAF\xE0qr=h\x17\xE2Hm\0;\xEC\xC5_\0\\\x15a\x0F\x87W`@Q\x7F>\xE5\xAE\xB5\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x80\x82]PPV[_a\n\xF5a\x1D`a\x1EqV[\x83`@Q\x7F\x19\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x02\x81\x01\x92\x90\x92R`\"\x82\x01R`B\x90 \x90V[``_a\x1D\xA7\x83a\x1F\xA7V[`@\x80Q` \x80\x82R\x81\x83\x01\x90\x92R\x91\x92P_\x91\x90` \x82\x01\x81\x806\x837PPP\x91\x82RP` \x81\x01\x92\x90\x92RP\x90V[_\x84s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16;_\x03a\x1E^W__a\x1E\x04\x86\x86\x86a\x1F\xE7V[P\x90\x92P\x90P_\x81`\x03\x81\x11\x15a\x1E\x1DWa\x1E\x1Da+hV[\x14\x80\x15a\x1EUWP\x86s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x82s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14[\x92PPPa\rXV[a\x1Ej\x85\x85\x85\x85a .V[\x90Pa\rXV[_0s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x14\x80\x15a\x1E\xD6WP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0F\x14[\x15a\x1F\0WP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90V[a\x1A\xEE`@\x80Q\x7F\x8Bs\xC3\xC6\x9B\xB8\xFE=Q.\xCCL\xF7Y\xCCy#\x9F{\x17\x9B\x0F\xFA\xCA\xA9\xA7]R+9@\x0F` \x82\x01R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x91\x81\x01\x91\x90\x91R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0``\x82\x01RF`\x80\x82\x01R0`\xA0\x82\x01R_\x90`\xC0\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x90V[_`\xFF\x82\x16`\x1F\x81\x11\x15a\n\xF5W`@Q\x7F\xB3Q+\x0C\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_\x80\x80`A\x84\x90\x03a \x1BW\x845` \x86\x015`@\x87\x015_\x1Aa \r\x89\x82\x85\x85a \xB1V[\x95P\x95P\x95PPPPa %V[P_\x91P`\x02\x90P\x82[\x93P\x93P\x93\x90PV[`@\x80Q\x7F\x16&\xBA~\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x80\x82R`\x04\x82\x01\x86\x90R`$\x82\x01\x92\x90\x92R`D\x81\x01\x83\x90R_\x91\x90\x83\x90\x81\x86`d\x83\x017_\x82`d\x83\x01\x01R`\x1F\x82\x01`\x05\x1C`\x05\x1B\x91P` _`d\x84\x01\x83\x8BZ\xFA\x90P\x82_Q\x14`\x1F=\x11\x16\x81\x16\x93PPPP\x94\x93PPPPV[_\x80\x80\x7F\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF]WnsW\xA4P\x1D\xDF\xE9/Fh\x1B \xA0\x84\x11\x15a \xEAWP_\x91P`\x03\x90P\x82a!\x9AV[`@\x80Q_\x80\x82R` \x82\x01\x80\x84R\x8A\x90R`\xFF\x89\x16\x92\x82\x01\x92\x90\x92R``\x81\x01\x87\x90R`\x80\x81\x01\x86\x90R`\x01\x90`\xA0\x01` `@Q` \x81\x03\x90\x80\x84\x03\x90\x85Z\xFA\x15\x80\x15a!;W=__>=_\xFD[PP`@Q\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x01Q\x91PPs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16a!\x91WP_\x92P`\x01\x91P\x82\x90Pa!\x9AV[\x92P_\x91P\x81\x90P[\x94P\x94P\x94\x91PPV[_`\xC0\x82\x84\x03\x12\x15a!\xB4W__\xFD[P\x91\x90PV[___``\x84\x86\x03\x12\x15a!\xCCW__\xFD[\x835\x92P` \x84\x015\x91P`@\x84\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a!\xF0W__\xFD[a!\xFC\x86\x82\x87\x01a!\xA4V[\x91PP\x92P\x92P\x92V[\x805s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\n6W__\xFD[_____`\xA0\x86\x88\x03\x12\x15a\"=W__\xFD[\x855\x94P` \x86\x015\x93Pa\"T`@\x87\x01a\"\x06V[\x94\x97\x93\x96P\x93\x94``\x81\x015\x94P`\x80\x015\x92\x91PPV[_` \x82\x84\x03\x12\x15a\"|W__\xFD[P5\x91\x90PV[__\x83`\x1F\x84\x01\x12a\"\x93W__\xFD[P\x815g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\"\xAAW__\xFD[` \x83\x01\x91P\x83` \x82\x85\x01\x01\x11\x15a\"\xC1W__\xFD[\x92P\x92\x90PV[\x80\x15\x15\x81\x14a\"\xD5W__\xFD[PV[____``\x85\x87\x03\x12\x15a\"\xEBW__\xFD[\x845g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a#\x01W__\xFD[a#\r\x87\x82\x88\x01a\"\x83V[\x90\x95P\x93Pa# \x90P` \x86\x01a\"\x06V[\x91P`@\x85\x015a#0\x81a\"\xC8V[\x93\x96\x92\x95P\x90\x93PPV[_\x81Q\x80\x84R\x80` \x84\x01` \x86\x01^_` \x82\x86\x01\x01R` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0`\x1F\x83\x01\x16\x85\x01\x01\x91PP\x92\x91PPV[` \x81R_a\x06a` \x83\x01\x84a#;V[_` \x82\x84\x03\x12\x15a#\xA9W__\xFD[\x815g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a#\xBFW__\xFD[a\rX\x84\x82\x85\x01a!\xA4V[__` \x83\x85\x03\x12\x15a#\xDCW__\xFD[\x825g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a#\xF2W__\xFD[\x83\x01`\x1F\x81\x01\x85\x13a$\x02W__\xFD[\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a$\x18W__\xFD[\x85` \x82`\x06\x1B\x84\x01\x01\x11\x15a$,W__\xFD[` \x91\x90\x91\x01\x95\x90\x94P\x92PPPV[__` \x83\x85\x03\x12\x15a$MW__\xFD[\x825g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a$cW__\xFD[\x83\x01`\x1F\x81\x01\x85\x13a$sW__\xFD[\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a$\x89W__\xFD[\x85` \x82`\x05\x1B\x84\x01\x01\x11\x15a$,W__\xFD[` \x80\x82R\x82Q\x82\x82\x01\x81\x90R_\x91\x84\x01\x90`@\x84\x01\x90\x83[\x81\x81\x10\x15a$\xD4W\x83Q\x83R` \x93\x84\x01\x93\x90\x92\x01\x91`\x01\x01a$\xB6V[P\x90\x95\x94PPPPPV[__`@\x83\x85\x03\x12\x15a$\xF0W__\xFD[a$\xF9\x83a\"\x06V[\x91P` \x83\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a%\x14W__\xFD[a% \x85\x82\x86\x01a!\xA4V[\x91PP\x92P\x92\x90PV[_` \x82\x84\x03\x12\x15a%:W__\xFD[a\x06a\x82a\"\x06V[\x7F\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x88\x16\x81R`\xE0` \x82\x01R_a%}`\xE0\x83\x01\x89a#;V[\x82\x81\x03`@\x84\x01Ra%\x8F\x81\x89a#;V[``\x84\x01\x88\x90Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x87\x16`\x80\x85\x01R`\xA0\x84\x01\x86\x90R\x83\x81\x03`\xC0\x85\x01R\x84Q\x80\x82R` \x80\x87\x01\x93P\x90\x91\x01\x90_[\x81\x81\x10\x15a%\xF1W\x83Q\x83R` \x93\x84\x01\x93\x90\x92\x01\x91`\x01\x01a%\xD3V[P\x90\x9B\x9APPPPPPPPPPPV[_`\xE0\x82\x84\x03\x12\x80\x15a&\x13W__\xFD[P\x90\x92\x91PPV[____`\x80\x85\x87\x03\x12\x15a&.W__\xFD[\x845g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a&DW__\xFD[a&P\x87\x82\x88\x01a!\xA4V[\x94PPa&_` \x86\x01a\"\x06V[\x93\x96\x93\x95PPPP`@\x82\x015\x91``\x015\x90V[_____`\x80\x86\x88\x03\x12\x15a&\x88W__\xFD[\x855g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a&\x9EW__\xFD[a&\xAA\x88\x82\x89\x01a!\xA4V[\x95PPa&\xB9` \x87\x01a\"\x06V[\x93P`@\x86\x015\x92P``\x86\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a&\xDBW__\xFD[a&\xE7\x88\x82\x89\x01a\"\x83V[\x96\x99\x95\x98P\x93\x96P\x92\x94\x93\x92PPPV[__`@\x83\x85\x03\x12\x15a'\tW__\xFD[PP\x805\x92` \x90\x91\x015\x91PV[______`\xA0\x87\x89\x03\x12\x15a'-W__\xFD[\x865\x95P` \x87\x015\x94Pa'D`@\x88\x01a\"\x06V[\x93P``\x87\x015\x92P`\x80\x87\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a'fW__\xFD[a'r\x89\x82\x8A\x01a\"\x83V[\x97\x9A\x96\x99P\x94\x97P\x92\x95\x93\x94\x92PPPV[\x83\x85\x827``\x92\x90\x92\x1B\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\x16\x91\x90\x92\x01\x90\x81R\x90\x15\x15`\xF8\x1B`\x14\x82\x01R`\x15\x01\x91\x90PV[\x81\x83R\x81\x81` \x85\x017P_` \x82\x84\x01\x01R_` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0`\x1F\x84\x01\x16\x84\x01\x01\x90P\x92\x91PPV[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16\x81R\x83\x15\x15` \x82\x01R```@\x82\x01R_a\x06v``\x83\x01\x84\x86a'\xCAV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`2`\x04R`$_\xFD[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`A`\x04R`$_\xFD[_\x825\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFA\x836\x03\x01\x81\x12a(\xD4W__\xFD[\x91\x90\x91\x01\x92\x91PPV[\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\n6W__\xFD[_` \x82\x84\x03\x12\x15a)\x05W__\xFD[a\x06a\x82a(\xDEV[_` \x82\x84\x03\x12\x15a)\x1EW__\xFD[\x815a\x06a\x81a\"\xC8V[__\x835\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE1\x846\x03\x01\x81\x12a)\\W__\xFD[\x83\x01\x805\x91Pg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11\x15a)vW__\xFD[` \x01\x91P6\x81\x90\x03\x82\x13\x15a\"\xC1W__\xFD[\x81\x83\x827_\x91\x01\x90\x81R\x91\x90PV[_` \x82\x84\x03\x12\x15a)\xA9W__\xFD[\x81Qa\x06a\x81a\"\xC8V[\x86\x81R\x85` \x82\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16`@\x82\x01R\x83\x15\x15``\x82\x01R`\xA0`\x80\x82\x01R_a)\xEB`\xA0\x83\x01\x84\x86a'\xCAV[\x98\x97PPPPPPPPV[\x83\x81Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16` \x82\x01R```@\x82\x01R__\x835\x90P\x80``\x84\x01RPs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFa*K` \x85\x01a\"\x06V[\x16`\x80\x83\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFa*f`@\x85\x01a(\xDEV[\x16`\xA0\x83\x01R``\x83\x015a*z\x81a\"\xC8V[\x15\x15`\xC0\x83\x01R`\x80\x83\x015`\xE0\x83\x01R`\xA0\x83\x0156\x84\x90\x03\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE1\x01\x81\x12a*\xC0W__\xFD[\x83\x01` \x81\x01\x905g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a*\xDCW__\xFD[\x806\x03\x82\x13\x15a*\xEAW__\xFD[`\xC0a\x01\0\x85\x01Ra+\x01a\x01 \x85\x01\x82\x84a'\xCAV[\x97\x96PPPPPPPV[_\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x03a+aW\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x11`\x04R`$_\xFD[P`\x01\x01\x90V[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`!`\x04R`$_\xFD",
    );
    /// The runtime bytecode of the contract, as deployed on the network.
    ///
    /// ```text
    ///0x608060405234801561000f575f5ffd5b5060043610610184575f3560e01c806376fa0b8a116100dd57806398610a2111610088578063c266461011610063578063c2664610146105f4578063d2fac81314610607578063e3afd92b1461061a575f5ffd5b806398610a21146104f35780639ad464b414610506578063a2ea7c6e14610519575f5ffd5b806384b0196e116100b857806384b0196e146104b25780639359c4d1146104cd57806395aab5f0146104e0575f5ffd5b806376fa0b8a14610441578063786710be1461046a5780637ecebe001461047d575f5ffd5b806353d55cc01161013d57806361e71cd71161011857806361e71cd7146103eb5780636a938567146103fe5780637119c11814610421575f5ffd5b806353d55cc01461038657806354fd4d50146103995780635e06d54a146103d8575f5ffd5b8063213681cd1161016d578063213681cd146101c157806322f888e7146103455780634d0030701461035a575f5ffd5b806313e9ec07146101885780631f6a4de8146101ae575b5f5ffd5b61019b6101963660046121ba565b61062d565b6040519081526020015b60405180910390f35b61019b6101bc366004612229565b610668565b6102de6101cf36600461226c565b6040805160a0810182525f80825260208201819052918101829052606081018290526080810191909152505f90815260036020908152604091829020825160a081018452905473ffffffffffffffffffffffffffffffffffffffff8116825267ffffffffffffffff740100000000000000000000000000000000000000008204169282019290925260ff7c0100000000000000000000000000000000000000000000000000000000830481161515938201939093527d01000000000000000000000000000000000000000000000000000000000082048316151560608201527e010000000000000000000000000000000000000000000000000000000000009091049091161515608082015290565b6040516101a591905f60a08201905073ffffffffffffffffffffffffffffffffffffffff835116825267ffffffffffffffff602084015116602083015260408301511515604083015260608301511515606083015260808301511515608083015292915050565b61035861035336600461226c565b610682565b005b61036d61036836600461226c565b61072e565b60405167ffffffffffffffff90911681526020016101a5565b61019b6103943660046122d8565b61084c565b604080518082018252600581527f312e302e30000000000000000000000000000000000000000000000000000000602082015290516101a59190612387565b61019b6103e6366004612399565b610a19565b6103586103f93660046123cb565b610a3b565b61041161040c36600461226c565b610adf565b60405190151581526020016101a5565b61043461042f36600461243c565b610afb565b6040516101a5919061249d565b61036d61044f36600461226c565b5f9081526006602052604090205467ffffffffffffffff1690565b61019b6104783660046124df565b610be9565b61019b61048b36600461252a565b73ffffffffffffffffffffffffffffffffffffffff165f9081526005602052604090205490565b6104ba610bf4565b6040516101a59796959493929190612543565b61019b6104db366004612602565b610c52565b61019b6104ee36600461261b565b610d48565b61019b610501366004612602565b610d60565b61019b610514366004612674565b610d9a565b6105b861052736600461226c565b60408051606080820183525f80835260208084018290529284018190529384526002825292829020825193840183525473ffffffffffffffffffffffffffffffffffffffff8116845260ff7401000000000000000000000000000000000000000082048116151592850192909252750100000000000000000000000000000000000000000090041615159082015290565b60408051825173ffffffffffffffffffffffffffffffffffffffff168152602080840151151590820152918101511515908201526060016101a5565b6103586106023660046126f8565b610ddc565b610411610615366004612602565b610df8565b610358610628366004612718565b610f08565b5f610636610f52565b6106403383610f89565b905061064e3385858461108a565b610658338361140a565b50610661611975565b9392505050565b5f610676868686868661199f565b90505b95945050505050565b335f908152600560205260409020548082116106df576040517f51eb5c3400000000000000000000000000000000000000000000000000000000815233600482015260248101829052604481018390526064015b60405180910390fd5b335f8181526005602052604090819020849055517faefdcbe44d08205b5c786d467d3fca2574658a4eaec5260b508e4a9a8191c9ee906107229085815260200190565b60405180910390a25050565b5f81610766576040517f5f34ee9000000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f8281526006602052604090205467ffffffffffffffff1680156107c9576040517fd3323a6b0000000000000000000000000000000000000000000000000000000081526004810184905267ffffffffffffffff821660248201526044016106d6565b5f8381526006602090815260409182902080547fffffffffffffffffffffffffffffffffffffffffffffffff0000000000000000164267ffffffffffffffff811691821790925592519283529350339185917f5308b05e37f1412d4152ac6a58ee227d7ad2c67c040df01fb6ffce1707a539dc910160405180910390a350919050565b5f848484846040516020016108649493929190612784565b604080518083037fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe001815291815281516020928301205f81815260029093529120549091507501000000000000000000000000000000000000000000900460ff16156108ff576040517f84917ddc000000000000000000000000000000000000000000000000000000008152600481018290526024016106d6565b6040805160608101825273ffffffffffffffffffffffffffffffffffffffff8086168252841515602080840191825260018486019081525f878152600290925290859020935184549251915115157501000000000000000000000000000000000000000000027fffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffffff92151574010000000000000000000000000000000000000000027fffffffffffffffffffffff0000000000000000000000000000000000000000009094169190941617919091171617905551339082907f50af01cf33c8fbb5e77db5ff8c2b695ed8e6d0b60fbe1a1245f780d6413c7d0d90610a0990879087908b908b90612811565b60405180910390a3949350505050565b5f610a22610f52565b610a2c338361140a565b9050610a36611975565b919050565b610a43610f52565b5f819003610a7d576040517f655fccbe00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f5b81811015610ad257610aca33848484818110610a9d57610a9d612848565b9050604002015f0135858585818110610ab857610ab8612848565b905060400201602001355f5f1b61108a565b600101610a7f565b50610adb611975565b5050565b5f818152600360205260408120610af590611a28565b92915050565b6060610b05610f52565b5f829003610b3f576040517f655fccbe00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b8167ffffffffffffffff811115610b5857610b58612875565b604051908082528060200260200182016040528015610b81578160200160208202803683370190505b5090505f5b82811015610be057610bbb33858584818110610ba457610ba4612848565b9050602002810190610bb691906128a2565b61140a565b828281518110610bcd57610bcd612848565b6020908102919091010152600101610b86565b50610af5611975565b5f6106618383610f89565b5f6060805f5f5f6060610c05611ac3565b610c0d611af3565b604080515f808252602082019092527f0f000000000000000000000000000000000000000000000000000000000000009b939a50919850469750309650945092509050565b5f610af58235610c68604085016020860161252a565b610c78606086016040870161252a565b610c8860808701606088016128f5565b610c9860a088016080890161290e565b8760a001358860c00135604080517f00000000000000000000000000000000000000000000000000000000000000006020808301919091523082840152606082019990995273ffffffffffffffffffffffffffffffffffffffff97881660808201529590961660a086015267ffffffffffffffff9390931660c085015290151560e08401526101008301526101208083019190915282518083039091018152610140909101909152805191012090565b5f610d5585858585611b1e565b90505b949350505050565b5f610d768235610c68604085016020860161252a565b5f818152600360205260409020909150610d8f90611a28565b610a3657505f919050565b5f610da3610f52565b5f610dad86611c15565b9050610dc786610dbf8989858a611b1e565b878787611c50565b610dd1868861140a565b915050610679611975565b610de4610f52565b610df03383835f61108a565b610adb611975565b5f80610eef8335610e0f604086016020870161252a565b610e1f606087016040880161252a565b610e2f60808801606089016128f5565b610e3f60a0890160808a0161290e565b8860a001358960c00135604080517f00000000000000000000000000000000000000000000000000000000000000006020808301919091523082840152606082019990995273ffffffffffffffffffffffffffffffffffffffff97881660808201529590961660a086015267ffffffffffffffff9390931660c085015290151560e08401526101008301526101208083019190915282518083039091018152610140909101909152805191012090565b5f81815260036020526040902090915061066190611a28565b610f10610f52565b5f610f1a85611c15565b9050610f3585610f2d898989868a61199f565b868686611c50565b610f418588885f61108a565b50610f4a611975565b505050505050565b610f5a611cf4565b610f8760017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90611d4d565b565b5f610661823584610fa0604086016020870161252a565b610fb060608701604088016128f5565b610fc0608088016060890161290e565b6080880135610fd260a08a018a612929565b604051610fe092919061298a565b604080519182900382207f00000000000000000000000000000000000000000000000000000000000000006020808501919091523084840152606084019990995273ffffffffffffffffffffffffffffffffffffffff97881660808401529590961660a082015267ffffffffffffffff9390931660c084015290151560e0830152610100820152610120808201929092528251808203909201825261014001909152805191012090565b5f838152600360205260409020805473ffffffffffffffffffffffffffffffffffffffff16806110e9576040517f35628d6a000000000000000000000000000000000000000000000000000000008152600481018690526024016106d6565b8573ffffffffffffffffffffffffffffffffffffffff168173ffffffffffffffffffffffffffffffffffffffff1614611175576040517f2e6d856c0000000000000000000000000000000000000000000000000000000081526004810186905273ffffffffffffffffffffffffffffffffffffffff8088166024830152821660448201526064016106d6565b81547c0100000000000000000000000000000000000000000000000000000000900460ff166111d3576040517fdaab026a000000000000000000000000000000000000000000000000000000008152600481018690526024016106d6565b81547d010000000000000000000000000000000000000000000000000000000000900460ff1615611233576040517fd8246ede000000000000000000000000000000000000000000000000000000008152600481018690526024016106d6565b81547fffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffff167d010000000000000000000000000000000000000000000000000000000000178255604080518581526020810185905273ffffffffffffffffffffffffffffffffffffffff88169187917f2f002cac8f544e7eb2098fa271107184241f3a84b5b73e3d633580b945c0a7eb910160405180910390a381547e01000000000000000000000000000000000000000000000000000000000000900460ff1615610f4a575f8581526004602081815260408084205484526002909152918290205491517f5829cf2a00000000000000000000000000000000000000000000000000000000815290810187905273ffffffffffffffffffffffffffffffffffffffff8881166024830152909116908190635829cf2a906044016020604051808303815f875af1158015611388573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906113ac9190612999565b611401576040517fdfe61a3000000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff82166004820152602481018790526044016106d6565b50505050505050565b80355f9081526002602090815260408083208151606081018352905473ffffffffffffffffffffffffffffffffffffffff8116825260ff74010000000000000000000000000000000000000000820481161515948301949094527501000000000000000000000000000000000000000000900490921615159082018190526114c1576040517fb9ce4f0d000000000000000000000000000000000000000000000000000000008152833560048201526024016106d6565b6114d1608084016060850161290e565b80156114df57508060200151155b15611519576040517f89ac1f6d000000000000000000000000000000000000000000000000000000008152833560048201526024016106d6565b5f61152a60608501604086016128f5565b905067ffffffffffffffff81161580159061154f5750428167ffffffffffffffff1611155b15611598576040517f2029c47300000000000000000000000000000000000000000000000000000000815267ffffffffffffffff821660048201524260248201526044016106d6565b6115a28585610f89565b5f81815260036020526040902080549194509073ffffffffffffffffffffffffffffffffffffffff1615611605576040517f7a1a9be9000000000000000000000000000000000000000000000000000000008152600481018590526024016106d6565b82516040805160a08101825273ffffffffffffffffffffffffffffffffffffffff898116825267ffffffffffffffff861660208301529092161515919081016116546080890160608a0161290e565b151581525f60208083018290528415156040938401528882526003815290829020835181548584015186860151606088015160809098015173ffffffffffffffffffffffffffffffffffffffff9094167fffffffff00000000000000000000000000000000000000000000000000000000909316929092177401000000000000000000000000000000000000000067ffffffffffffffff90921691909102177fffff0000ffffffffffffffffffffffffffffffffffffffffffffffffffffffff167c0100000000000000000000000000000000000000000000000000000000911515919091027fffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffff16177d01000000000000000000000000000000000000000000000000000000000095151595909502949094177fff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff167e0100000000000000000000000000000000000000000000000000000000000094151594909402939093179092556117e69190880190880161252a565b73ffffffffffffffffffffffffffffffffffffffff90811690881687357fe1c1598e593eb4e59bcad395e13a168c34ba5c4f51ea345636a62f46f48569ae8860808b01803590899061183b9060608f0161290e565b61184860a08f018f612929565b60405161185a969594939291906129b4565b60405180910390a4801561196b575f8581526004602081905260409182902088359055855191517f619721f800000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff9092169163619721f8916118d39189918c918c91016129f7565b6020604051808303815f875af11580156118ef573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906119139190612999565b61196b5783516040517fdfe61a3000000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff9091166004820152602481018690526044016106d6565b5050505092915050565b610f875f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00610f81565b604080517f21d404c885856a446e67a3075e0eddc678e19f278aa1d2d81f879224805f1134602082015273ffffffffffffffffffffffffffffffffffffffff851691810191909152606081018690526080810185905260a0810183905260c081018290525f906106769060e0015b60405160208183030381529060405280519060200120611d54565b80545f9067ffffffffffffffff740100000000000000000000000000000000000000008204169073ffffffffffffffffffffffffffffffffffffffff1615801590611a96575082547d010000000000000000000000000000000000000000000000000000000000900460ff16155b8015610661575067ffffffffffffffff811615806106615750428167ffffffffffffffff16119392505050565b6060611aee7f0000000000000000000000000000000000000000000000000000000000000000611d9b565b905090565b6060611aee7f0000000000000000000000000000000000000000000000000000000000000000611d9b565b5f610d557fdbabdc39623480d3443b5572abcc41f4e0886d29d3bd78d1fef0e888a973550d858735611b5660408a0160208b0161252a565b611b6660608b0160408c016128f5565b611b7660808c0160608d0161290e565b60808c0135611b8860a08e018e612929565b604051611b9692919061298a565b60408051918290038220602083019990995273ffffffffffffffffffffffffffffffffffffffff97881690820152606081019590955294909216608084015267ffffffffffffffff1660a0830152151560c082015260e08101919091526101008101919091526101208101859052610140810184905261016001611a0d565b73ffffffffffffffffffffffffffffffffffffffff81165f90815260056020526040812080549082611c4683612b0c565b9091555092915050565b82421115611c93576040517f1c5e0766000000000000000000000000000000000000000000000000000000008152600481018490524260248201526044016106d6565b611c9f85858484611dd8565b611ced576040517f9472804f00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff861660048201526024016106d6565b5050505050565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c15610f87576040517f3ee5aeb500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b80825d5050565b5f610af5611d60611e71565b836040517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b60605f611da783611fa7565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f8473ffffffffffffffffffffffffffffffffffffffff163b5f03611e5e575f5f611e04868686611fe7565b5090925090505f816003811115611e1d57611e1d612b68565b148015611e5557508673ffffffffffffffffffffffffffffffffffffffff168273ffffffffffffffffffffffffffffffffffffffff16145b92505050610d58565b611e6a8585858561202e565b9050610d58565b5f3073ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016148015611ed657507f000000000000000000000000000000000000000000000000000000000000000046145b15611f0057507f000000000000000000000000000000000000000000000000000000000000000090565b611aee604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f60ff8216601f811115610af5576040517fb3512b0c00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f8080604184900361201b578435602086013560408701355f1a61200d898285856120b1565b955095509550505050612025565b505f915060029050825b93509350939050565b604080517f1626ba7e00000000000000000000000000000000000000000000000000000000808252600482018690526024820192909252604481018390525f91908390818660648301375f82606483010152601f820160051c60051b915060205f60648401838b5afa9050825f5114601f3d111681169350505050949350505050565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411156120ea57505f9150600390508261219a565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa15801561213b573d5f5f3e3d5ffd5b50506040517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0015191505073ffffffffffffffffffffffffffffffffffffffff811661219157505f92506001915082905061219a565b92505f91508190505b9450945094915050565b5f60c082840312156121b4575f5ffd5b50919050565b5f5f5f606084860312156121cc575f5ffd5b8335925060208401359150604084013567ffffffffffffffff8111156121f0575f5ffd5b6121fc868287016121a4565b9150509250925092565b803573ffffffffffffffffffffffffffffffffffffffff81168114610a36575f5ffd5b5f5f5f5f5f60a0868803121561223d575f5ffd5b853594506020860135935061225460408701612206565b94979396509394606081013594506080013592915050565b5f6020828403121561227c575f5ffd5b5035919050565b5f5f83601f840112612293575f5ffd5b50813567ffffffffffffffff8111156122aa575f5ffd5b6020830191508360208285010111156122c1575f5ffd5b9250929050565b80151581146122d5575f5ffd5b50565b5f5f5f5f606085870312156122eb575f5ffd5b843567ffffffffffffffff811115612301575f5ffd5b61230d87828801612283565b9095509350612320905060208601612206565b91506040850135612330816122c8565b939692955090935050565b5f81518084528060208401602086015e5f6020828601015260207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011685010191505092915050565b602081525f610661602083018461233b565b5f602082840312156123a9575f5ffd5b813567ffffffffffffffff8111156123bf575f5ffd5b610d58848285016121a4565b5f5f602083850312156123dc575f5ffd5b823567ffffffffffffffff8111156123f2575f5ffd5b8301601f81018513612402575f5ffd5b803567ffffffffffffffff811115612418575f5ffd5b8560208260061b840101111561242c575f5ffd5b6020919091019590945092505050565b5f5f6020838503121561244d575f5ffd5b823567ffffffffffffffff811115612463575f5ffd5b8301601f81018513612473575f5ffd5b803567ffffffffffffffff811115612489575f5ffd5b8560208260051b840101111561242c575f5ffd5b602080825282518282018190525f918401906040840190835b818110156124d45783518352602093840193909201916001016124b6565b509095945050505050565b5f5f604083850312156124f0575f5ffd5b6124f983612206565b9150602083013567ffffffffffffffff811115612514575f5ffd5b612520858286016121a4565b9150509250929050565b5f6020828403121561253a575f5ffd5b61066182612206565b7fff000000000000000000000000000000000000000000000000000000000000008816815260e060208201525f61257d60e083018961233b565b828103604084015261258f818961233b565b6060840188905273ffffffffffffffffffffffffffffffffffffffff8716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b818110156125f15783518352602093840193909201916001016125d3565b50909b9a5050505050505050505050565b5f60e0828403128015612613575f5ffd5b509092915050565b5f5f5f5f6080858703121561262e575f5ffd5b843567ffffffffffffffff811115612644575f5ffd5b612650878288016121a4565b94505061265f60208601612206565b93969395505050506040820135916060013590565b5f5f5f5f5f60808688031215612688575f5ffd5b853567ffffffffffffffff81111561269e575f5ffd5b6126aa888289016121a4565b9550506126b960208701612206565b935060408601359250606086013567ffffffffffffffff8111156126db575f5ffd5b6126e788828901612283565b969995985093965092949392505050565b5f5f60408385031215612709575f5ffd5b50508035926020909101359150565b5f5f5f5f5f5f60a0878903121561272d575f5ffd5b863595506020870135945061274460408801612206565b935060608701359250608087013567ffffffffffffffff811115612766575f5ffd5b61277289828a01612283565b979a9699509497509295939492505050565b8385823760609290921b7fffffffffffffffffffffffffffffffffffffffff000000000000000000000000169190920190815290151560f81b6014820152601501919050565b81835281816020850137505f602082840101525f60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f840116840101905092915050565b73ffffffffffffffffffffffffffffffffffffffff851681528315156020820152606060408201525f6106766060830184866127ca565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b5f82357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff418336030181126128d4575f5ffd5b9190910192915050565b803567ffffffffffffffff81168114610a36575f5ffd5b5f60208284031215612905575f5ffd5b610661826128de565b5f6020828403121561291e575f5ffd5b8135610661816122c8565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe184360301811261295c575f5ffd5b83018035915067ffffffffffffffff821115612976575f5ffd5b6020019150368190038213156122c1575f5ffd5b818382375f9101908152919050565b5f602082840312156129a9575f5ffd5b8151610661816122c8565b86815285602082015267ffffffffffffffff85166040820152831515606082015260a060808201525f6129eb60a0830184866127ca565b98975050505050505050565b83815273ffffffffffffffffffffffffffffffffffffffff83166020820152606060408201525f5f833590508060608401525073ffffffffffffffffffffffffffffffffffffffff612a4b60208501612206565b16608083015267ffffffffffffffff612a66604085016128de565b1660a08301526060830135612a7a816122c8565b151560c0830152608083013560e083015260a0830135368490037fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1018112612ac0575f5ffd5b830160208101903567ffffffffffffffff811115612adc575f5ffd5b803603821315612aea575f5ffd5b60c0610100850152612b01610120850182846127ca565b979650505050505050565b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8203612b61577f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b5060010190565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static DEPLOYED_BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"`\x80`@R4\x80\x15a\0\x0FW__\xFD[P`\x046\x10a\x01\x84W_5`\xE0\x1C\x80cv\xFA\x0B\x8A\x11a\0\xDDW\x80c\x98a\n!\x11a\0\x88W\x80c\xC2fF\x10\x11a\0cW\x80c\xC2fF\x10\x14a\x05\xF4W\x80c\xD2\xFA\xC8\x13\x14a\x06\x07W\x80c\xE3\xAF\xD9+\x14a\x06\x1AW__\xFD[\x80c\x98a\n!\x14a\x04\xF3W\x80c\x9A\xD4d\xB4\x14a\x05\x06W\x80c\xA2\xEA|n\x14a\x05\x19W__\xFD[\x80c\x84\xB0\x19n\x11a\0\xB8W\x80c\x84\xB0\x19n\x14a\x04\xB2W\x80c\x93Y\xC4\xD1\x14a\x04\xCDW\x80c\x95\xAA\xB5\xF0\x14a\x04\xE0W__\xFD[\x80cv\xFA\x0B\x8A\x14a\x04AW\x80cxg\x10\xBE\x14a\x04jW\x80c~\xCE\xBE\0\x14a\x04}W__\xFD[\x80cS\xD5\\\xC0\x11a\x01=W\x80ca\xE7\x1C\xD7\x11a\x01\x18W\x80ca\xE7\x1C\xD7\x14a\x03\xEBW\x80cj\x93\x85g\x14a\x03\xFEW\x80cq\x19\xC1\x18\x14a\x04!W__\xFD[\x80cS\xD5\\\xC0\x14a\x03\x86W\x80cT\xFDMP\x14a\x03\x99W\x80c^\x06\xD5J\x14a\x03\xD8W__\xFD[\x80c!6\x81\xCD\x11a\x01mW\x80c!6\x81\xCD\x14a\x01\xC1W\x80c\"\xF8\x88\xE7\x14a\x03EW\x80cM\x000p\x14a\x03ZW__\xFD[\x80c\x13\xE9\xEC\x07\x14a\x01\x88W\x80c\x1FjM\xE8\x14a\x01\xAEW[__\xFD[a\x01\x9Ba\x01\x966`\x04a!\xBAV[a\x06-V[`@Q\x90\x81R` \x01[`@Q\x80\x91\x03\x90\xF3[a\x01\x9Ba\x01\xBC6`\x04a\")V[a\x06hV[a\x02\xDEa\x01\xCF6`\x04a\"lV[`@\x80Q`\xA0\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x82\x90R`\x80\x81\x01\x91\x90\x91RP_\x90\x81R`\x03` \x90\x81R`@\x91\x82\x90 \x82Q`\xA0\x81\x01\x84R\x90Ts\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x82Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFt\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x04\x16\x92\x82\x01\x92\x90\x92R`\xFF|\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83\x04\x81\x16\x15\x15\x93\x82\x01\x93\x90\x93R}\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x04\x83\x16\x15\x15``\x82\x01R~\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x04\x90\x91\x16\x15\x15`\x80\x82\x01R\x90V[`@Qa\x01\xA5\x91\x90_`\xA0\x82\x01\x90Ps\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83Q\x16\x82Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF` \x84\x01Q\x16` \x83\x01R`@\x83\x01Q\x15\x15`@\x83\x01R``\x83\x01Q\x15\x15``\x83\x01R`\x80\x83\x01Q\x15\x15`\x80\x83\x01R\x92\x91PPV[a\x03Xa\x03S6`\x04a\"lV[a\x06\x82V[\0[a\x03ma\x03h6`\x04a\"lV[a\x07.V[`@Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x01\xA5V[a\x01\x9Ba\x03\x946`\x04a\"\xD8V[a\x08LV[`@\x80Q\x80\x82\x01\x82R`\x05\x81R\x7F1.0.0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0` \x82\x01R\x90Qa\x01\xA5\x91\x90a#\x87V[a\x01\x9Ba\x03\xE66`\x04a#\x99V[a\n\x19V[a\x03Xa\x03\xF96`\x04a#\xCBV[a\n;V[a\x04\x11a\x04\x0C6`\x04a\"lV[a\n\xDFV[`@Q\x90\x15\x15\x81R` \x01a\x01\xA5V[a\x044a\x04/6`\x04a$<V[a\n\xFBV[`@Qa\x01\xA5\x91\x90a$\x9DV[a\x03ma\x04O6`\x04a\"lV[_\x90\x81R`\x06` R`@\x90 Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90V[a\x01\x9Ba\x04x6`\x04a$\xDFV[a\x0B\xE9V[a\x01\x9Ba\x04\x8B6`\x04a%*V[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16_\x90\x81R`\x05` R`@\x90 T\x90V[a\x04\xBAa\x0B\xF4V[`@Qa\x01\xA5\x97\x96\x95\x94\x93\x92\x91\x90a%CV[a\x01\x9Ba\x04\xDB6`\x04a&\x02V[a\x0CRV[a\x01\x9Ba\x04\xEE6`\x04a&\x1BV[a\rHV[a\x01\x9Ba\x05\x016`\x04a&\x02V[a\r`V[a\x01\x9Ba\x05\x146`\x04a&tV[a\r\x9AV[a\x05\xB8a\x05'6`\x04a\"lV[`@\x80Q``\x80\x82\x01\x83R_\x80\x83R` \x80\x84\x01\x82\x90R\x92\x84\x01\x81\x90R\x93\x84R`\x02\x82R\x92\x82\x90 \x82Q\x93\x84\x01\x83RTs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x84R`\xFFt\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x04\x81\x16\x15\x15\x92\x85\x01\x92\x90\x92Ru\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04\x16\x15\x15\x90\x82\x01R\x90V[`@\x80Q\x82Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x80\x84\x01Q\x15\x15\x90\x82\x01R\x91\x81\x01Q\x15\x15\x90\x82\x01R``\x01a\x01\xA5V[a\x03Xa\x06\x026`\x04a&\xF8V[a\r\xDCV[a\x04\x11a\x06\x156`\x04a&\x02V[a\r\xF8V[a\x03Xa\x06(6`\x04a'\x18V[a\x0F\x08V[_a\x066a\x0FRV[a\x06@3\x83a\x0F\x89V[\x90Pa\x06N3\x85\x85\x84a\x10\x8AV[a\x06X3\x83a\x14\nV[Pa\x06aa\x19uV[\x93\x92PPPV[_a\x06v\x86\x86\x86\x86\x86a\x19\x9FV[\x90P[\x95\x94PPPPPV[3_\x90\x81R`\x05` R`@\x90 T\x80\x82\x11a\x06\xDFW`@Q\x7FQ\xEB\\4\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R3`\x04\x82\x01R`$\x81\x01\x82\x90R`D\x81\x01\x83\x90R`d\x01[`@Q\x80\x91\x03\x90\xFD[3_\x81\x81R`\x05` R`@\x90\x81\x90 \x84\x90UQ\x7F\xAE\xFD\xCB\xE4M\x08 [\\xmF}?\xCA%te\x8AN\xAE\xC5&\x0BP\x8EJ\x9A\x81\x91\xC9\xEE\x90a\x07\"\x90\x85\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA2PPV[_\x81a\x07fW`@Q\x7F_4\xEE\x90\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_\x82\x81R`\x06` R`@\x90 Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x80\x15a\x07\xC9W`@Q\x7F\xD32:k\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`$\x82\x01R`D\x01a\x06\xD6V[_\x83\x81R`\x06` \x90\x81R`@\x91\x82\x90 \x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x16Bg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x91\x82\x17\x90\x92U\x92Q\x92\x83R\x93P3\x91\x85\x91\x7FS\x08\xB0^7\xF1A-AR\xACjX\xEE\"}z\xD2\xC6|\x04\r\xF0\x1F\xB6\xFF\xCE\x17\x07\xA59\xDC\x91\x01`@Q\x80\x91\x03\x90\xA3P\x91\x90PV[_\x84\x84\x84\x84`@Q` \x01a\x08d\x94\x93\x92\x91\x90a'\x84V[`@\x80Q\x80\x83\x03\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x01\x81R\x91\x81R\x81Q` \x92\x83\x01 _\x81\x81R`\x02\x90\x93R\x91 T\x90\x91Pu\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04`\xFF\x16\x15a\x08\xFFW`@Q\x7F\x84\x91}\xDC\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x82\x90R`$\x01a\x06\xD6V[`@\x80Q``\x81\x01\x82Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80\x86\x16\x82R\x84\x15\x15` \x80\x84\x01\x91\x82R`\x01\x84\x86\x01\x90\x81R_\x87\x81R`\x02\x90\x92R\x90\x85\x90 \x93Q\x84T\x92Q\x91Q\x15\x15u\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x15\x15t\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x94\x16\x91\x90\x94\x16\x17\x91\x90\x91\x17\x16\x17\x90UQ3\x90\x82\x90\x7FP\xAF\x01\xCF3\xC8\xFB\xB5\xE7}\xB5\xFF\x8C+i^\xD8\xE6\xD0\xB6\x0F\xBE\x1A\x12E\xF7\x80\xD6A<}\r\x90a\n\t\x90\x87\x90\x87\x90\x8B\x90\x8B\x90a(\x11V[`@Q\x80\x91\x03\x90\xA3\x94\x93PPPPV[_a\n\"a\x0FRV[a\n,3\x83a\x14\nV[\x90Pa\n6a\x19uV[\x91\x90PV[a\nCa\x0FRV[_\x81\x90\x03a\n}W`@Q\x7Fe_\xCC\xBE\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_[\x81\x81\x10\x15a\n\xD2Wa\n\xCA3\x84\x84\x84\x81\x81\x10a\n\x9DWa\n\x9Da(HV[\x90P`@\x02\x01_\x015\x85\x85\x85\x81\x81\x10a\n\xB8Wa\n\xB8a(HV[\x90P`@\x02\x01` \x015__\x1Ba\x10\x8AV[`\x01\x01a\n\x7FV[Pa\n\xDBa\x19uV[PPV[_\x81\x81R`\x03` R`@\x81 a\n\xF5\x90a\x1A(V[\x92\x91PPV[``a\x0B\x05a\x0FRV[_\x82\x90\x03a\x0B?W`@Q\x7Fe_\xCC\xBE\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x81g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x0BXWa\x0BXa(uV[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a\x0B\x81W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P\x90P_[\x82\x81\x10\x15a\x0B\xE0Wa\x0B\xBB3\x85\x85\x84\x81\x81\x10a\x0B\xA4Wa\x0B\xA4a(HV[\x90P` \x02\x81\x01\x90a\x0B\xB6\x91\x90a(\xA2V[a\x14\nV[\x82\x82\x81Q\x81\x10a\x0B\xCDWa\x0B\xCDa(HV[` \x90\x81\x02\x91\x90\x91\x01\x01R`\x01\x01a\x0B\x86V[Pa\n\xF5a\x19uV[_a\x06a\x83\x83a\x0F\x89V[_``\x80___``a\x0C\x05a\x1A\xC3V[a\x0C\ra\x1A\xF3V[`@\x80Q_\x80\x82R` \x82\x01\x90\x92R\x7F\x0F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x9B\x93\x9AP\x91\x98PF\x97P0\x96P\x94P\x92P\x90PV[_a\n\xF5\x825a\x0Ch`@\x85\x01` \x86\x01a%*V[a\x0Cx``\x86\x01`@\x87\x01a%*V[a\x0C\x88`\x80\x87\x01``\x88\x01a(\xF5V[a\x0C\x98`\xA0\x88\x01`\x80\x89\x01a)\x0EV[\x87`\xA0\x015\x88`\xC0\x015`@\x80Q\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0` \x80\x83\x01\x91\x90\x91R0\x82\x84\x01R``\x82\x01\x99\x90\x99Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x97\x88\x16`\x80\x82\x01R\x95\x90\x96\x16`\xA0\x86\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x93\x90\x93\x16`\xC0\x85\x01R\x90\x15\x15`\xE0\x84\x01Ra\x01\0\x83\x01Ra\x01 \x80\x83\x01\x91\x90\x91R\x82Q\x80\x83\x03\x90\x91\x01\x81Ra\x01@\x90\x91\x01\x90\x91R\x80Q\x91\x01 \x90V[_a\rU\x85\x85\x85\x85a\x1B\x1EV[\x90P[\x94\x93PPPPV[_a\rv\x825a\x0Ch`@\x85\x01` \x86\x01a%*V[_\x81\x81R`\x03` R`@\x90 \x90\x91Pa\r\x8F\x90a\x1A(V[a\n6WP_\x91\x90PV[_a\r\xA3a\x0FRV[_a\r\xAD\x86a\x1C\x15V[\x90Pa\r\xC7\x86a\r\xBF\x89\x89\x85\x8Aa\x1B\x1EV[\x87\x87\x87a\x1CPV[a\r\xD1\x86\x88a\x14\nV[\x91PPa\x06ya\x19uV[a\r\xE4a\x0FRV[a\r\xF03\x83\x83_a\x10\x8AV[a\n\xDBa\x19uV[_\x80a\x0E\xEF\x835a\x0E\x0F`@\x86\x01` \x87\x01a%*V[a\x0E\x1F``\x87\x01`@\x88\x01a%*V[a\x0E/`\x80\x88\x01``\x89\x01a(\xF5V[a\x0E?`\xA0\x89\x01`\x80\x8A\x01a)\x0EV[\x88`\xA0\x015\x89`\xC0\x015`@\x80Q\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0` \x80\x83\x01\x91\x90\x91R0\x82\x84\x01R``\x82\x01\x99\x90\x99Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x97\x88\x16`\x80\x82\x01R\x95\x90\x96\x16`\xA0\x86\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x93\x90\x93\x16`\xC0\x85\x01R\x90\x15\x15`\xE0\x84\x01Ra\x01\0\x83\x01Ra\x01 \x80\x83\x01\x91\x90\x91R\x82Q\x80\x83\x03\x90\x91\x01\x81Ra\x01@\x90\x91\x01\x90\x91R\x80Q\x91\x01 \x90V[_\x81\x81R`\x03` R`@\x90 \x90\x91Pa\x06a\x90a\x1A(V[a\x0F\x10a\x0FRV[_a\x0F\x1A\x85a\x1C\x15V[\x90Pa\x0F5\x85a\x0F-\x89\x89\x89\x86\x8Aa\x19\x9FV[\x86\x86\x86a\x1CPV[a\x0FA\x85\x88\x88_a\x10\x8AV[Pa\x0FJa\x19uV[PPPPPPV[a\x0FZa\x1C\xF4V[a\x0F\x87`\x01\x7F\x9Bw\x9B\x17B-\r\xF9\"#\x01\x8B2\xB4\xD1\xFAF\xE0qr=h\x17\xE2Hm\0;\xEC\xC5_\0[\x90a\x1DMV[V[_a\x06a\x825\x84a\x0F\xA0`@\x86\x01` \x87\x01a%*V[a\x0F\xB0``\x87\x01`@\x88\x01a(\xF5V[a\x0F\xC0`\x80\x88\x01``\x89\x01a)\x0EV[`\x80\x88\x015a\x0F\xD2`\xA0\x8A\x01\x8Aa))V[`@Qa\x0F\xE0\x92\x91\x90a)\x8AV[`@\x80Q\x91\x82\x90\x03\x82 \x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0` \x80\x85\x01\x91\x90\x91R0\x84\x84\x01R``\x84\x01\x99\x90\x99Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x97\x88\x16`\x80\x84\x01R\x95\x90\x96\x16`\xA0\x82\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x93\x90\x93\x16`\xC0\x84\x01R\x90\x15\x15`\xE0\x83\x01Ra\x01\0\x82\x01Ra\x01 \x80\x82\x01\x92\x90\x92R\x82Q\x80\x82\x03\x90\x92\x01\x82Ra\x01@\x01\x90\x91R\x80Q\x91\x01 \x90V[_\x83\x81R`\x03` R`@\x90 \x80Ts\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x80a\x10\xE9W`@Q\x7F5b\x8Dj\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x86\x90R`$\x01a\x06\xD6V[\x85s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14a\x11uW`@Q\x7F.m\x85l\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x86\x90Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80\x88\x16`$\x83\x01R\x82\x16`D\x82\x01R`d\x01a\x06\xD6V[\x81T|\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04`\xFF\x16a\x11\xD3W`@Q\x7F\xDA\xAB\x02j\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x86\x90R`$\x01a\x06\xD6V[\x81T}\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04`\xFF\x16\x15a\x123W`@Q\x7F\xD8$n\xDE\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x86\x90R`$\x01a\x06\xD6V[\x81T\x7F\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16}\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x17\x82U`@\x80Q\x85\x81R` \x81\x01\x85\x90Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x88\x16\x91\x87\x91\x7F/\0,\xAC\x8FTN~\xB2\t\x8F\xA2q\x10q\x84$\x1F:\x84\xB5\xB7>=c5\x80\xB9E\xC0\xA7\xEB\x91\x01`@Q\x80\x91\x03\x90\xA3\x81T~\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04`\xFF\x16\x15a\x0FJW_\x85\x81R`\x04` \x81\x81R`@\x80\x84 T\x84R`\x02\x90\x91R\x91\x82\x90 T\x91Q\x7FX)\xCF*\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R\x90\x81\x01\x87\x90Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x88\x81\x16`$\x83\x01R\x90\x91\x16\x90\x81\x90cX)\xCF*\x90`D\x01` `@Q\x80\x83\x03\x81_\x87Z\xF1\x15\x80\x15a\x13\x88W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x13\xAC\x91\x90a)\x99V[a\x14\x01W`@Q\x7F\xDF\xE6\x1A0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`\x04\x82\x01R`$\x81\x01\x87\x90R`D\x01a\x06\xD6V[PPPPPPPV[\x805_\x90\x81R`\x02` \x90\x81R`@\x80\x83 \x81Q``\x81\x01\x83R\x90Ts\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x82R`\xFFt\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x04\x81\x16\x15\x15\x94\x83\x01\x94\x90\x94Ru\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04\x90\x92\x16\x15\x15\x90\x82\x01\x81\x90Ra\x14\xC1W`@Q\x7F\xB9\xCEO\r\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R\x835`\x04\x82\x01R`$\x01a\x06\xD6V[a\x14\xD1`\x80\x84\x01``\x85\x01a)\x0EV[\x80\x15a\x14\xDFWP\x80` \x01Q\x15[\x15a\x15\x19W`@Q\x7F\x89\xAC\x1Fm\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R\x835`\x04\x82\x01R`$\x01a\x06\xD6V[_a\x15*``\x85\x01`@\x86\x01a(\xF5V[\x90Pg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x15\x80\x15\x90a\x15OWPB\x81g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11\x15[\x15a\x15\x98W`@Q\x7F )\xC4s\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`\x04\x82\x01RB`$\x82\x01R`D\x01a\x06\xD6V[a\x15\xA2\x85\x85a\x0F\x89V[_\x81\x81R`\x03` R`@\x90 \x80T\x91\x94P\x90s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x15a\x16\x05W`@Q\x7Fz\x1A\x9B\xE9\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x85\x90R`$\x01a\x06\xD6V[\x82Q`@\x80Q`\xA0\x81\x01\x82Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x89\x81\x16\x82Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x86\x16` \x83\x01R\x90\x92\x16\x15\x15\x91\x90\x81\x01a\x16T`\x80\x89\x01``\x8A\x01a)\x0EV[\x15\x15\x81R_` \x80\x83\x01\x82\x90R\x84\x15\x15`@\x93\x84\x01R\x88\x82R`\x03\x81R\x90\x82\x90 \x83Q\x81T\x85\x84\x01Q\x86\x86\x01Q``\x88\x01Q`\x80\x90\x98\x01Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x94\x16\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x93\x16\x92\x90\x92\x17t\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x92\x16\x91\x90\x91\x02\x17\x7F\xFF\xFF\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16|\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x91\x15\x15\x91\x90\x91\x02\x7F\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x17}\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x95\x15\x15\x95\x90\x95\x02\x94\x90\x94\x17\x7F\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16~\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x94\x15\x15\x94\x90\x94\x02\x93\x90\x93\x17\x90\x92Ua\x17\xE6\x91\x90\x88\x01\x90\x88\x01a%*V[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16\x90\x88\x16\x875\x7F\xE1\xC1Y\x8EY>\xB4\xE5\x9B\xCA\xD3\x95\xE1:\x16\x8C4\xBA\\OQ\xEA4V6\xA6/F\xF4\x85i\xAE\x88`\x80\x8B\x01\x805\x90\x89\x90a\x18;\x90``\x8F\x01a)\x0EV[a\x18H`\xA0\x8F\x01\x8Fa))V[`@Qa\x18Z\x96\x95\x94\x93\x92\x91\x90a)\xB4V[`@Q\x80\x91\x03\x90\xA4\x80\x15a\x19kW_\x85\x81R`\x04` \x81\x90R`@\x91\x82\x90 \x885\x90U\x85Q\x91Q\x7Fa\x97!\xF8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x92\x16\x91ca\x97!\xF8\x91a\x18\xD3\x91\x89\x91\x8C\x91\x8C\x91\x01a)\xF7V[` `@Q\x80\x83\x03\x81_\x87Z\xF1\x15\x80\x15a\x18\xEFW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x19\x13\x91\x90a)\x99V[a\x19kW\x83Q`@Q\x7F\xDF\xE6\x1A0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16`\x04\x82\x01R`$\x81\x01\x86\x90R`D\x01a\x06\xD6V[PPPP\x92\x91PPV[a\x0F\x87_\x7F\x9Bw\x9B\x17B-\r\xF9\"#\x01\x8B2\xB4\xD1\xFAF\xE0qr=h\x17\xE2Hm\0;\xEC\xC5_\0a\x0F\x81V[`@\x80Q\x7F!\xD4\x04\xC8\x85\x85jDng\xA3\x07^\x0E\xDD\xC6x\xE1\x9F'\x8A\xA1\xD2\xD8\x1F\x87\x92$\x80_\x114` \x82\x01Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16\x91\x81\x01\x91\x90\x91R``\x81\x01\x86\x90R`\x80\x81\x01\x85\x90R`\xA0\x81\x01\x83\x90R`\xC0\x81\x01\x82\x90R_\x90a\x06v\x90`\xE0\x01[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 a\x1DTV[\x80T_\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFt\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x04\x16\x90s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x15\x80\x15\x90a\x1A\x96WP\x82T}\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04`\xFF\x16\x15[\x80\x15a\x06aWPg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x15\x80a\x06aWPB\x81g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11\x93\x92PPPV[``a\x1A\xEE\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\x1D\x9BV[\x90P\x90V[``a\x1A\xEE\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\x1D\x9BV[_a\rU\x7F\xDB\xAB\xDC9b4\x80\xD3D;Ur\xAB\xCCA\xF4\xE0\x88m)\xD3\xBDx\xD1\xFE\xF0\xE8\x88\xA9sU\r\x85\x875a\x1BV`@\x8A\x01` \x8B\x01a%*V[a\x1Bf``\x8B\x01`@\x8C\x01a(\xF5V[a\x1Bv`\x80\x8C\x01``\x8D\x01a)\x0EV[`\x80\x8C\x015a\x1B\x88`\xA0\x8E\x01\x8Ea))V[`@Qa\x1B\x96\x92\x91\x90a)\x8AV[`@\x80Q\x91\x82\x90\x03\x82 ` \x83\x01\x99\x90\x99Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x97\x88\x16\x90\x82\x01R``\x81\x01\x95\x90\x95R\x94\x90\x92\x16`\x80\x84\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\xA0\x83\x01R\x15\x15`\xC0\x82\x01R`\xE0\x81\x01\x91\x90\x91Ra\x01\0\x81\x01\x91\x90\x91Ra\x01 \x81\x01\x85\x90Ra\x01@\x81\x01\x84\x90Ra\x01`\x01a\x1A\rV[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16_\x90\x81R`\x05` R`@\x81 \x80T\x90\x82a\x1CF\x83a+\x0CV[\x90\x91UP\x92\x91PPV[\x82B\x11\x15a\x1C\x93W`@Q\x7F\x1C^\x07f\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90RB`$\x82\x01R`D\x01a\x06\xD6V[a\x1C\x9F\x85\x85\x84\x84a\x1D\xD8V[a\x1C\xEDW`@Q\x7F\x94r\x80O\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x86\x16`\x04\x82\x01R`$\x01a\x06\xD6V[PPPPPV[\x7F\x9Bw\x9B\x17B-\r\xF9\"#\x01\x8B2\xB4\xD1\xFAF\xE0qr=h\x17\xE2Hm\0;\xEC\xC5_\0\\\x15a\x0F\x87W`@Q\x7F>\xE5\xAE\xB5\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x80\x82]PPV[_a\n\xF5a\x1D`a\x1EqV[\x83`@Q\x7F\x19\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x02\x81\x01\x92\x90\x92R`\"\x82\x01R`B\x90 \x90V[``_a\x1D\xA7\x83a\x1F\xA7V[`@\x80Q` \x80\x82R\x81\x83\x01\x90\x92R\x91\x92P_\x91\x90` \x82\x01\x81\x806\x837PPP\x91\x82RP` \x81\x01\x92\x90\x92RP\x90V[_\x84s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16;_\x03a\x1E^W__a\x1E\x04\x86\x86\x86a\x1F\xE7V[P\x90\x92P\x90P_\x81`\x03\x81\x11\x15a\x1E\x1DWa\x1E\x1Da+hV[\x14\x80\x15a\x1EUWP\x86s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x82s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14[\x92PPPa\rXV[a\x1Ej\x85\x85\x85\x85a .V[\x90Pa\rXV[_0s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x14\x80\x15a\x1E\xD6WP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0F\x14[\x15a\x1F\0WP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90V[a\x1A\xEE`@\x80Q\x7F\x8Bs\xC3\xC6\x9B\xB8\xFE=Q.\xCCL\xF7Y\xCCy#\x9F{\x17\x9B\x0F\xFA\xCA\xA9\xA7]R+9@\x0F` \x82\x01R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x91\x81\x01\x91\x90\x91R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0``\x82\x01RF`\x80\x82\x01R0`\xA0\x82\x01R_\x90`\xC0\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x90V[_`\xFF\x82\x16`\x1F\x81\x11\x15a\n\xF5W`@Q\x7F\xB3Q+\x0C\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_\x80\x80`A\x84\x90\x03a \x1BW\x845` \x86\x015`@\x87\x015_\x1Aa \r\x89\x82\x85\x85a \xB1V[\x95P\x95P\x95PPPPa %V[P_\x91P`\x02\x90P\x82[\x93P\x93P\x93\x90PV[`@\x80Q\x7F\x16&\xBA~\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x80\x82R`\x04\x82\x01\x86\x90R`$\x82\x01\x92\x90\x92R`D\x81\x01\x83\x90R_\x91\x90\x83\x90\x81\x86`d\x83\x017_\x82`d\x83\x01\x01R`\x1F\x82\x01`\x05\x1C`\x05\x1B\x91P` _`d\x84\x01\x83\x8BZ\xFA\x90P\x82_Q\x14`\x1F=\x11\x16\x81\x16\x93PPPP\x94\x93PPPPV[_\x80\x80\x7F\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF]WnsW\xA4P\x1D\xDF\xE9/Fh\x1B \xA0\x84\x11\x15a \xEAWP_\x91P`\x03\x90P\x82a!\x9AV[`@\x80Q_\x80\x82R` \x82\x01\x80\x84R\x8A\x90R`\xFF\x89\x16\x92\x82\x01\x92\x90\x92R``\x81\x01\x87\x90R`\x80\x81\x01\x86\x90R`\x01\x90`\xA0\x01` `@Q` \x81\x03\x90\x80\x84\x03\x90\x85Z\xFA\x15\x80\x15a!;W=__>=_\xFD[PP`@Q\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x01Q\x91PPs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16a!\x91WP_\x92P`\x01\x91P\x82\x90Pa!\x9AV[\x92P_\x91P\x81\x90P[\x94P\x94P\x94\x91PPV[_`\xC0\x82\x84\x03\x12\x15a!\xB4W__\xFD[P\x91\x90PV[___``\x84\x86\x03\x12\x15a!\xCCW__\xFD[\x835\x92P` \x84\x015\x91P`@\x84\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a!\xF0W__\xFD[a!\xFC\x86\x82\x87\x01a!\xA4V[\x91PP\x92P\x92P\x92V[\x805s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\n6W__\xFD[_____`\xA0\x86\x88\x03\x12\x15a\"=W__\xFD[\x855\x94P` \x86\x015\x93Pa\"T`@\x87\x01a\"\x06V[\x94\x97\x93\x96P\x93\x94``\x81\x015\x94P`\x80\x015\x92\x91PPV[_` \x82\x84\x03\x12\x15a\"|W__\xFD[P5\x91\x90PV[__\x83`\x1F\x84\x01\x12a\"\x93W__\xFD[P\x815g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\"\xAAW__\xFD[` \x83\x01\x91P\x83` \x82\x85\x01\x01\x11\x15a\"\xC1W__\xFD[\x92P\x92\x90PV[\x80\x15\x15\x81\x14a\"\xD5W__\xFD[PV[____``\x85\x87\x03\x12\x15a\"\xEBW__\xFD[\x845g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a#\x01W__\xFD[a#\r\x87\x82\x88\x01a\"\x83V[\x90\x95P\x93Pa# \x90P` \x86\x01a\"\x06V[\x91P`@\x85\x015a#0\x81a\"\xC8V[\x93\x96\x92\x95P\x90\x93PPV[_\x81Q\x80\x84R\x80` \x84\x01` \x86\x01^_` \x82\x86\x01\x01R` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0`\x1F\x83\x01\x16\x85\x01\x01\x91PP\x92\x91PPV[` \x81R_a\x06a` \x83\x01\x84a#;V[_` \x82\x84\x03\x12\x15a#\xA9W__\xFD[\x815g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a#\xBFW__\xFD[a\rX\x84\x82\x85\x01a!\xA4V[__` \x83\x85\x03\x12\x15a#\xDCW__\xFD[\x825g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a#\xF2W__\xFD[\x83\x01`\x1F\x81\x01\x85\x13a$\x02W__\xFD[\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a$\x18W__\xFD[\x85` \x82`\x06\x1B\x84\x01\x01\x11\x15a$,W__\xFD[` \x91\x90\x91\x01\x95\x90\x94P\x92PPPV[__` \x83\x85\x03\x12\x15a$MW__\xFD[\x825g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a$cW__\xFD[\x83\x01`\x1F\x81\x01\x85\x13a$sW__\xFD[\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a$\x89W__\xFD[\x85` \x82`\x05\x1B\x84\x01\x01\x11\x15a$,W__\xFD[` \x80\x82R\x82Q\x82\x82\x01\x81\x90R_\x91\x84\x01\x90`@\x84\x01\x90\x83[\x81\x81\x10\x15a$\xD4W\x83Q\x83R` \x93\x84\x01\x93\x90\x92\x01\x91`\x01\x01a$\xB6V[P\x90\x95\x94PPPPPV[__`@\x83\x85\x03\x12\x15a$\xF0W__\xFD[a$\xF9\x83a\"\x06V[\x91P` \x83\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a%\x14W__\xFD[a% \x85\x82\x86\x01a!\xA4V[\x91PP\x92P\x92\x90PV[_` \x82\x84\x03\x12\x15a%:W__\xFD[a\x06a\x82a\"\x06V[\x7F\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x88\x16\x81R`\xE0` \x82\x01R_a%}`\xE0\x83\x01\x89a#;V[\x82\x81\x03`@\x84\x01Ra%\x8F\x81\x89a#;V[``\x84\x01\x88\x90Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x87\x16`\x80\x85\x01R`\xA0\x84\x01\x86\x90R\x83\x81\x03`\xC0\x85\x01R\x84Q\x80\x82R` \x80\x87\x01\x93P\x90\x91\x01\x90_[\x81\x81\x10\x15a%\xF1W\x83Q\x83R` \x93\x84\x01\x93\x90\x92\x01\x91`\x01\x01a%\xD3V[P\x90\x9B\x9APPPPPPPPPPPV[_`\xE0\x82\x84\x03\x12\x80\x15a&\x13W__\xFD[P\x90\x92\x91PPV[____`\x80\x85\x87\x03\x12\x15a&.W__\xFD[\x845g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a&DW__\xFD[a&P\x87\x82\x88\x01a!\xA4V[\x94PPa&_` \x86\x01a\"\x06V[\x93\x96\x93\x95PPPP`@\x82\x015\x91``\x015\x90V[_____`\x80\x86\x88\x03\x12\x15a&\x88W__\xFD[\x855g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a&\x9EW__\xFD[a&\xAA\x88\x82\x89\x01a!\xA4V[\x95PPa&\xB9` \x87\x01a\"\x06V[\x93P`@\x86\x015\x92P``\x86\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a&\xDBW__\xFD[a&\xE7\x88\x82\x89\x01a\"\x83V[\x96\x99\x95\x98P\x93\x96P\x92\x94\x93\x92PPPV[__`@\x83\x85\x03\x12\x15a'\tW__\xFD[PP\x805\x92` \x90\x91\x015\x91PV[______`\xA0\x87\x89\x03\x12\x15a'-W__\xFD[\x865\x95P` \x87\x015\x94Pa'D`@\x88\x01a\"\x06V[\x93P``\x87\x015\x92P`\x80\x87\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a'fW__\xFD[a'r\x89\x82\x8A\x01a\"\x83V[\x97\x9A\x96\x99P\x94\x97P\x92\x95\x93\x94\x92PPPV[\x83\x85\x827``\x92\x90\x92\x1B\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\x16\x91\x90\x92\x01\x90\x81R\x90\x15\x15`\xF8\x1B`\x14\x82\x01R`\x15\x01\x91\x90PV[\x81\x83R\x81\x81` \x85\x017P_` \x82\x84\x01\x01R_` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0`\x1F\x84\x01\x16\x84\x01\x01\x90P\x92\x91PPV[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16\x81R\x83\x15\x15` \x82\x01R```@\x82\x01R_a\x06v``\x83\x01\x84\x86a'\xCAV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`2`\x04R`$_\xFD[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`A`\x04R`$_\xFD[_\x825\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFA\x836\x03\x01\x81\x12a(\xD4W__\xFD[\x91\x90\x91\x01\x92\x91PPV[\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\n6W__\xFD[_` \x82\x84\x03\x12\x15a)\x05W__\xFD[a\x06a\x82a(\xDEV[_` \x82\x84\x03\x12\x15a)\x1EW__\xFD[\x815a\x06a\x81a\"\xC8V[__\x835\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE1\x846\x03\x01\x81\x12a)\\W__\xFD[\x83\x01\x805\x91Pg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11\x15a)vW__\xFD[` \x01\x91P6\x81\x90\x03\x82\x13\x15a\"\xC1W__\xFD[\x81\x83\x827_\x91\x01\x90\x81R\x91\x90PV[_` \x82\x84\x03\x12\x15a)\xA9W__\xFD[\x81Qa\x06a\x81a\"\xC8V[\x86\x81R\x85` \x82\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16`@\x82\x01R\x83\x15\x15``\x82\x01R`\xA0`\x80\x82\x01R_a)\xEB`\xA0\x83\x01\x84\x86a'\xCAV[\x98\x97PPPPPPPPV[\x83\x81Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16` \x82\x01R```@\x82\x01R__\x835\x90P\x80``\x84\x01RPs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFa*K` \x85\x01a\"\x06V[\x16`\x80\x83\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFa*f`@\x85\x01a(\xDEV[\x16`\xA0\x83\x01R``\x83\x015a*z\x81a\"\xC8V[\x15\x15`\xC0\x83\x01R`\x80\x83\x015`\xE0\x83\x01R`\xA0\x83\x0156\x84\x90\x03\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE1\x01\x81\x12a*\xC0W__\xFD[\x83\x01` \x81\x01\x905g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a*\xDCW__\xFD[\x806\x03\x82\x13\x15a*\xEAW__\xFD[`\xC0a\x01\0\x85\x01Ra+\x01a\x01 \x85\x01\x82\x84a'\xCAV[\x97\x96PPPPPPPV[_\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x03a+aW\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x11`\x04R`$_\xFD[P`\x01\x01\x90V[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`!`\x04R`$_\xFD",
    );
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `AttestationRegistryAlreadyAttested(bytes32)` and selector `0x7a1a9be9`.
    ```solidity
    error AttestationRegistryAlreadyAttested(bytes32 uid);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct AttestationRegistryAlreadyAttested {
        #[allow(missing_docs)]
        pub uid: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<<UnderlyingSolTuple as alloy_sol_types::SolType>::RustType>(
                    _,
                ) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<AttestationRegistryAlreadyAttested> for UnderlyingRustTuple<'_> {
            fn from(value: AttestationRegistryAlreadyAttested) -> Self {
                (value.uid,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for AttestationRegistryAlreadyAttested {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { uid: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for AttestationRegistryAlreadyAttested {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "AttestationRegistryAlreadyAttested(bytes32)";
            const SELECTOR: [u8; 4] = [122u8, 26u8, 155u8, 233u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(&self.uid),)
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `AttestationRegistryAlreadyRevoked(bytes32)` and selector `0xd8246ede`.
    ```solidity
    error AttestationRegistryAlreadyRevoked(bytes32 uid);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct AttestationRegistryAlreadyRevoked {
        #[allow(missing_docs)]
        pub uid: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<<UnderlyingSolTuple as alloy_sol_types::SolType>::RustType>(
                    _,
                ) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<AttestationRegistryAlreadyRevoked> for UnderlyingRustTuple<'_> {
            fn from(value: AttestationRegistryAlreadyRevoked) -> Self {
                (value.uid,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for AttestationRegistryAlreadyRevoked {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { uid: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for AttestationRegistryAlreadyRevoked {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "AttestationRegistryAlreadyRevoked(bytes32)";
            const SELECTOR: [u8; 4] = [216u8, 36u8, 110u8, 222u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(&self.uid),)
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `AttestationRegistryAlreadyTimestamped(bytes32,uint64)` and selector `0xd3323a6b`.
    ```solidity
    error AttestationRegistryAlreadyTimestamped(bytes32 dataHash, uint64 timestamp);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct AttestationRegistryAlreadyTimestamped {
        #[allow(missing_docs)]
        pub dataHash: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub timestamp: u64,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> =
            (alloy::sol_types::sol_data::FixedBytes<32>, alloy::sol_types::sol_data::Uint<64>);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>, u64);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<<UnderlyingSolTuple as alloy_sol_types::SolType>::RustType>(
                    _,
                ) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<AttestationRegistryAlreadyTimestamped> for UnderlyingRustTuple<'_> {
            fn from(value: AttestationRegistryAlreadyTimestamped) -> Self {
                (value.dataHash, value.timestamp)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for AttestationRegistryAlreadyTimestamped {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { dataHash: tuple.0, timestamp: tuple.1 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for AttestationRegistryAlreadyTimestamped {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "AttestationRegistryAlreadyTimestamped(bytes32,uint64)";
            const SELECTOR: [u8; 4] = [211u8, 50u8, 58u8, 107u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(&self.dataHash),
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(&self.timestamp),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `AttestationRegistryEmptyBatch()` and selector `0x655fccbe`.
    ```solidity
    error AttestationRegistryEmptyBatch();
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct AttestationRegistryEmptyBatch;
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<<UnderlyingSolTuple as alloy_sol_types::SolType>::RustType>(
                    _,
                ) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<AttestationRegistryEmptyBatch> for UnderlyingRustTuple<'_> {
            fn from(value: AttestationRegistryEmptyBatch) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for AttestationRegistryEmptyBatch {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for AttestationRegistryEmptyBatch {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "AttestationRegistryEmptyBatch()";
            const SELECTOR: [u8; 4] = [101u8, 95u8, 204u8, 190u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `AttestationRegistryInvalidExpiration(uint64,uint256)` and selector `0x2029c473`.
    ```solidity
    error AttestationRegistryInvalidExpiration(uint64 expirationTime, uint256 now);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct AttestationRegistryInvalidExpiration {
        #[allow(missing_docs)]
        pub expirationTime: u64,
        #[allow(missing_docs)]
        pub now: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<64>, alloy::sol_types::sol_data::Uint<256>);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (u64, alloy::sol_types::private::primitives::aliases::U256);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<<UnderlyingSolTuple as alloy_sol_types::SolType>::RustType>(
                    _,
                ) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<AttestationRegistryInvalidExpiration> for UnderlyingRustTuple<'_> {
            fn from(value: AttestationRegistryInvalidExpiration) -> Self {
                (value.expirationTime, value.now)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for AttestationRegistryInvalidExpiration {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { expirationTime: tuple.0, now: tuple.1 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for AttestationRegistryInvalidExpiration {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "AttestationRegistryInvalidExpiration(uint64,uint256)";
            const SELECTOR: [u8; 4] = [32u8, 41u8, 196u8, 115u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(&self.expirationTime),
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(&self.now),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `AttestationRegistryInvalidSignature(address)` and selector `0x9472804f`.
    ```solidity
    error AttestationRegistryInvalidSignature(address signer);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct AttestationRegistryInvalidSignature {
        #[allow(missing_docs)]
        pub signer: alloy::sol_types::private::Address,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<<UnderlyingSolTuple as alloy_sol_types::SolType>::RustType>(
                    _,
                ) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<AttestationRegistryInvalidSignature> for UnderlyingRustTuple<'_> {
            fn from(value: AttestationRegistryInvalidSignature) -> Self {
                (value.signer,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for AttestationRegistryInvalidSignature {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { signer: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for AttestationRegistryInvalidSignature {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "AttestationRegistryInvalidSignature(address)";
            const SELECTOR: [u8; 4] = [148u8, 114u8, 128u8, 79u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(&self.signer),)
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `AttestationRegistryIrrevocable(bytes32)` and selector `0xdaab026a`.
    ```solidity
    error AttestationRegistryIrrevocable(bytes32 uid);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct AttestationRegistryIrrevocable {
        #[allow(missing_docs)]
        pub uid: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<<UnderlyingSolTuple as alloy_sol_types::SolType>::RustType>(
                    _,
                ) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<AttestationRegistryIrrevocable> for UnderlyingRustTuple<'_> {
            fn from(value: AttestationRegistryIrrevocable) -> Self {
                (value.uid,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for AttestationRegistryIrrevocable {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { uid: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for AttestationRegistryIrrevocable {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "AttestationRegistryIrrevocable(bytes32)";
            const SELECTOR: [u8; 4] = [218u8, 171u8, 2u8, 106u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(&self.uid),)
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `AttestationRegistryIrrevocableSchema(bytes32)` and selector `0x89ac1f6d`.
    ```solidity
    error AttestationRegistryIrrevocableSchema(bytes32 schema);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct AttestationRegistryIrrevocableSchema {
        #[allow(missing_docs)]
        pub schema: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<<UnderlyingSolTuple as alloy_sol_types::SolType>::RustType>(
                    _,
                ) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<AttestationRegistryIrrevocableSchema> for UnderlyingRustTuple<'_> {
            fn from(value: AttestationRegistryIrrevocableSchema) -> Self {
                (value.schema,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for AttestationRegistryIrrevocableSchema {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { schema: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for AttestationRegistryIrrevocableSchema {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "AttestationRegistryIrrevocableSchema(bytes32)";
            const SELECTOR: [u8; 4] = [137u8, 172u8, 31u8, 109u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(&self.schema),)
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `AttestationRegistryNonceTooLow(address,uint256,uint256)` and selector `0x51eb5c34`.
    ```solidity
    error AttestationRegistryNonceTooLow(address attester, uint256 current, uint256 requested);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct AttestationRegistryNonceTooLow {
        #[allow(missing_docs)]
        pub attester: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub current: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub requested: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Address,
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::Address,
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<<UnderlyingSolTuple as alloy_sol_types::SolType>::RustType>(
                    _,
                ) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<AttestationRegistryNonceTooLow> for UnderlyingRustTuple<'_> {
            fn from(value: AttestationRegistryNonceTooLow) -> Self {
                (value.attester, value.current, value.requested)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for AttestationRegistryNonceTooLow {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { attester: tuple.0, current: tuple.1, requested: tuple.2 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for AttestationRegistryNonceTooLow {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "AttestationRegistryNonceTooLow(address,uint256,uint256)";
            const SELECTOR: [u8; 4] = [81u8, 235u8, 92u8, 52u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(&self.attester),
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(&self.current),
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(&self.requested),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `AttestationRegistryNotAttester(bytes32,address,address)` and selector `0x2e6d856c`.
    ```solidity
    error AttestationRegistryNotAttester(bytes32 uid, address caller, address attester);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct AttestationRegistryNotAttester {
        #[allow(missing_docs)]
        pub uid: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub caller: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub attester: alloy::sol_types::private::Address,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::FixedBytes<32>,
            alloy::sol_types::sol_data::Address,
            alloy::sol_types::sol_data::Address,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::FixedBytes<32>,
            alloy::sol_types::private::Address,
            alloy::sol_types::private::Address,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<<UnderlyingSolTuple as alloy_sol_types::SolType>::RustType>(
                    _,
                ) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<AttestationRegistryNotAttester> for UnderlyingRustTuple<'_> {
            fn from(value: AttestationRegistryNotAttester) -> Self {
                (value.uid, value.caller, value.attester)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for AttestationRegistryNotAttester {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { uid: tuple.0, caller: tuple.1, attester: tuple.2 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for AttestationRegistryNotAttester {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "AttestationRegistryNotAttester(bytes32,address,address)";
            const SELECTOR: [u8; 4] = [46u8, 109u8, 133u8, 108u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(&self.uid),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(&self.caller),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(&self.attester),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `AttestationRegistryResolverVeto(address,bytes32)` and selector `0xdfe61a30`.
    ```solidity
    error AttestationRegistryResolverVeto(address resolver, bytes32 uid);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct AttestationRegistryResolverVeto {
        #[allow(missing_docs)]
        pub resolver: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub uid: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address, alloy::sol_types::sol_data::FixedBytes<32>);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address, alloy::sol_types::private::FixedBytes<32>);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<<UnderlyingSolTuple as alloy_sol_types::SolType>::RustType>(
                    _,
                ) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<AttestationRegistryResolverVeto> for UnderlyingRustTuple<'_> {
            fn from(value: AttestationRegistryResolverVeto) -> Self {
                (value.resolver, value.uid)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for AttestationRegistryResolverVeto {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { resolver: tuple.0, uid: tuple.1 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for AttestationRegistryResolverVeto {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "AttestationRegistryResolverVeto(address,bytes32)";
            const SELECTOR: [u8; 4] = [223u8, 230u8, 26u8, 48u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(&self.resolver),
                    <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(&self.uid),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `AttestationRegistrySchemaExists(bytes32)` and selector `0x84917ddc`.
    ```solidity
    error AttestationRegistrySchemaExists(bytes32 schema);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct AttestationRegistrySchemaExists {
        #[allow(missing_docs)]
        pub schema: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<<UnderlyingSolTuple as alloy_sol_types::SolType>::RustType>(
                    _,
                ) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<AttestationRegistrySchemaExists> for UnderlyingRustTuple<'_> {
            fn from(value: AttestationRegistrySchemaExists) -> Self {
                (value.schema,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for AttestationRegistrySchemaExists {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { schema: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for AttestationRegistrySchemaExists {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "AttestationRegistrySchemaExists(bytes32)";
            const SELECTOR: [u8; 4] = [132u8, 145u8, 125u8, 220u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(&self.schema),)
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `AttestationRegistrySignatureExpired(uint256,uint256)` and selector `0x1c5e0766`.
    ```solidity
    error AttestationRegistrySignatureExpired(uint256 deadline, uint256 now);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct AttestationRegistrySignatureExpired {
        #[allow(missing_docs)]
        pub deadline: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub now: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>, alloy::sol_types::sol_data::Uint<256>);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<<UnderlyingSolTuple as alloy_sol_types::SolType>::RustType>(
                    _,
                ) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<AttestationRegistrySignatureExpired> for UnderlyingRustTuple<'_> {
            fn from(value: AttestationRegistrySignatureExpired) -> Self {
                (value.deadline, value.now)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for AttestationRegistrySignatureExpired {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { deadline: tuple.0, now: tuple.1 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for AttestationRegistrySignatureExpired {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "AttestationRegistrySignatureExpired(uint256,uint256)";
            const SELECTOR: [u8; 4] = [28u8, 94u8, 7u8, 102u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(&self.deadline),
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(&self.now),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `AttestationRegistryUnknownAttestation(bytes32)` and selector `0x35628d6a`.
    ```solidity
    error AttestationRegistryUnknownAttestation(bytes32 uid);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct AttestationRegistryUnknownAttestation {
        #[allow(missing_docs)]
        pub uid: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<<UnderlyingSolTuple as alloy_sol_types::SolType>::RustType>(
                    _,
                ) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<AttestationRegistryUnknownAttestation> for UnderlyingRustTuple<'_> {
            fn from(value: AttestationRegistryUnknownAttestation) -> Self {
                (value.uid,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for AttestationRegistryUnknownAttestation {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { uid: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for AttestationRegistryUnknownAttestation {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "AttestationRegistryUnknownAttestation(bytes32)";
            const SELECTOR: [u8; 4] = [53u8, 98u8, 141u8, 106u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(&self.uid),)
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `AttestationRegistryUnknownSchema(bytes32)` and selector `0xb9ce4f0d`.
    ```solidity
    error AttestationRegistryUnknownSchema(bytes32 schema);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct AttestationRegistryUnknownSchema {
        #[allow(missing_docs)]
        pub schema: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<<UnderlyingSolTuple as alloy_sol_types::SolType>::RustType>(
                    _,
                ) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<AttestationRegistryUnknownSchema> for UnderlyingRustTuple<'_> {
            fn from(value: AttestationRegistryUnknownSchema) -> Self {
                (value.schema,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for AttestationRegistryUnknownSchema {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { schema: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for AttestationRegistryUnknownSchema {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "AttestationRegistryUnknownSchema(bytes32)";
            const SELECTOR: [u8; 4] = [185u8, 206u8, 79u8, 13u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(&self.schema),)
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `AttestationRegistryZeroHash()` and selector `0x5f34ee90`.
    ```solidity
    error AttestationRegistryZeroHash();
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct AttestationRegistryZeroHash;
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<<UnderlyingSolTuple as alloy_sol_types::SolType>::RustType>(
                    _,
                ) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<AttestationRegistryZeroHash> for UnderlyingRustTuple<'_> {
            fn from(value: AttestationRegistryZeroHash) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for AttestationRegistryZeroHash {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for AttestationRegistryZeroHash {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "AttestationRegistryZeroHash()";
            const SELECTOR: [u8; 4] = [95u8, 52u8, 238u8, 144u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `InvalidShortString()` and selector `0xb3512b0c`.
    ```solidity
    error InvalidShortString();
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct InvalidShortString;
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<<UnderlyingSolTuple as alloy_sol_types::SolType>::RustType>(
                    _,
                ) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<InvalidShortString> for UnderlyingRustTuple<'_> {
            fn from(value: InvalidShortString) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for InvalidShortString {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for InvalidShortString {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "InvalidShortString()";
            const SELECTOR: [u8; 4] = [179u8, 81u8, 43u8, 12u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ReentrancyGuardReentrantCall()` and selector `0x3ee5aeb5`.
    ```solidity
    error ReentrancyGuardReentrantCall();
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ReentrancyGuardReentrantCall;
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<<UnderlyingSolTuple as alloy_sol_types::SolType>::RustType>(
                    _,
                ) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ReentrancyGuardReentrantCall> for UnderlyingRustTuple<'_> {
            fn from(value: ReentrancyGuardReentrantCall) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for ReentrancyGuardReentrantCall {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ReentrancyGuardReentrantCall {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ReentrancyGuardReentrantCall()";
            const SELECTOR: [u8; 4] = [62u8, 229u8, 174u8, 181u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `StringTooLong(string)` and selector `0x305a27a9`.
    ```solidity
    error StringTooLong(string str);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct StringTooLong {
        #[allow(missing_docs)]
        pub str: alloy::sol_types::private::String,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::String,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::String,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<<UnderlyingSolTuple as alloy_sol_types::SolType>::RustType>(
                    _,
                ) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<StringTooLong> for UnderlyingRustTuple<'_> {
            fn from(value: StringTooLong) -> Self {
                (value.str,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for StringTooLong {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { str: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for StringTooLong {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "StringTooLong(string)";
            const SELECTOR: [u8; 4] = [48u8, 90u8, 39u8, 169u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(&self.str),)
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `Attested(bytes32,address,address,bytes32,bytes32,uint64,bool,bytes)` and selector `0xe1c1598e593eb4e59bcad395e13a168c34ba5c4f51ea345636a62f46f48569ae`.
    ```solidity
    event Attested(bytes32 indexed schema, address indexed attester, address indexed recipient, bytes32 uid, bytes32 refUID, uint64 expirationTime, bool revocable, bytes data);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct Attested {
        #[allow(missing_docs)]
        pub schema: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub attester: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub recipient: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub uid: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub refUID: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub expirationTime: u64,
        #[allow(missing_docs)]
        pub revocable: bool,
        #[allow(missing_docs)]
        pub data: alloy::sol_types::private::Bytes,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for Attested {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::Bool,
                alloy::sol_types::sol_data::Bytes,
            );
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "Attested(bytes32,address,address,bytes32,bytes32,uint64,bool,bytes)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                225u8, 193u8, 89u8, 142u8, 89u8, 62u8, 180u8, 229u8, 155u8, 202u8, 211u8, 149u8, 225u8, 58u8, 22u8,
                140u8, 52u8, 186u8, 92u8, 79u8, 81u8, 234u8, 52u8, 86u8, 54u8, 166u8, 47u8, 70u8, 244u8, 133u8, 105u8,
                174u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    schema: topics.1,
                    attester: topics.2,
                    recipient: topics.3,
                    uid: data.0,
                    refUID: data.1,
                    expirationTime: data.2,
                    revocable: data.3,
                    data: data.4,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(alloy_sol_types::Error::invalid_event_signature_hash(
                        Self::SIGNATURE,
                        topics.0,
                        Self::SIGNATURE_HASH,
                    ));
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(&self.uid),
                    <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(&self.refUID),
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(&self.expirationTime),
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(&self.revocable),
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(&self.data),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.schema.clone(), self.attester.clone(), self.recipient.clone())
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(Self::SIGNATURE_HASH);
                out[1usize] = <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::EventTopic>::encode_topic(
                    &self.schema,
                );
                out[2usize] =
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(&self.attester);
                out[3usize] =
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(&self.recipient);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for Attested {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&Attested> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &Attested) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `EIP712DomainChanged()` and selector `0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31`.
    ```solidity
    event EIP712DomainChanged();
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct EIP712DomainChanged;
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for EIP712DomainChanged {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (alloy_sol_types::sol_data::FixedBytes<32>,);
            const SIGNATURE: &'static str = "EIP712DomainChanged()";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                10u8, 99u8, 135u8, 201u8, 234u8, 54u8, 40u8, 184u8, 138u8, 99u8, 59u8, 180u8, 243u8, 177u8, 81u8,
                119u8, 15u8, 112u8, 8u8, 81u8, 23u8, 161u8, 95u8, 155u8, 243u8, 120u8, 124u8, 218u8, 83u8, 241u8, 61u8,
                49u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {}
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(alloy_sol_types::Error::invalid_event_signature_hash(
                        Self::SIGNATURE,
                        topics.0,
                        Self::SIGNATURE_HASH,
                    ));
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                ()
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(),)
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(Self::SIGNATURE_HASH);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for EIP712DomainChanged {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&EIP712DomainChanged> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &EIP712DomainChanged) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `NoncesInvalidated(address,uint256)` and selector `0xaefdcbe44d08205b5c786d467d3fca2574658a4eaec5260b508e4a9a8191c9ee`.
    ```solidity
    event NoncesInvalidated(address indexed attester, uint256 nonce);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct NoncesInvalidated {
        #[allow(missing_docs)]
        pub attester: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub nonce: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for NoncesInvalidated {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (alloy_sol_types::sol_data::FixedBytes<32>, alloy::sol_types::sol_data::Address);
            const SIGNATURE: &'static str = "NoncesInvalidated(address,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                174u8, 253u8, 203u8, 228u8, 77u8, 8u8, 32u8, 91u8, 92u8, 120u8, 109u8, 70u8, 125u8, 63u8, 202u8, 37u8,
                116u8, 101u8, 138u8, 78u8, 174u8, 197u8, 38u8, 11u8, 80u8, 142u8, 74u8, 154u8, 129u8, 145u8, 201u8,
                238u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { attester: topics.1, nonce: data.0 }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(alloy_sol_types::Error::invalid_event_signature_hash(
                        Self::SIGNATURE,
                        topics.0,
                        Self::SIGNATURE_HASH,
                    ));
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (<alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(&self.nonce),)
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.attester.clone())
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(Self::SIGNATURE_HASH);
                out[1usize] =
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(&self.attester);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for NoncesInvalidated {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&NoncesInvalidated> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &NoncesInvalidated) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `Revoked(bytes32,address,bytes32,bytes32)` and selector `0x2f002cac8f544e7eb2098fa271107184241f3a84b5b73e3d633580b945c0a7eb`.
    ```solidity
    event Revoked(bytes32 indexed uid, address indexed attester, bytes32 reason, bytes32 replacement);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct Revoked {
        #[allow(missing_docs)]
        pub uid: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub attester: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub reason: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub replacement: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for Revoked {
            type DataTuple<'a> =
                (alloy::sol_types::sol_data::FixedBytes<32>, alloy::sol_types::sol_data::FixedBytes<32>);
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "Revoked(bytes32,address,bytes32,bytes32)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                47u8, 0u8, 44u8, 172u8, 143u8, 84u8, 78u8, 126u8, 178u8, 9u8, 143u8, 162u8, 113u8, 16u8, 113u8, 132u8,
                36u8, 31u8, 58u8, 132u8, 181u8, 183u8, 62u8, 61u8, 99u8, 53u8, 128u8, 185u8, 69u8, 192u8, 167u8, 235u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { uid: topics.1, attester: topics.2, reason: data.0, replacement: data.1 }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(alloy_sol_types::Error::invalid_event_signature_hash(
                        Self::SIGNATURE,
                        topics.0,
                        Self::SIGNATURE_HASH,
                    ));
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(&self.reason),
                    <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(
                        &self.replacement,
                    ),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.uid.clone(), self.attester.clone())
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(Self::SIGNATURE_HASH);
                out[1usize] = <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::EventTopic>::encode_topic(
                    &self.uid,
                );
                out[2usize] =
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(&self.attester);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for Revoked {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&Revoked> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &Revoked) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `SchemaRegistered(bytes32,address,address,bool,string)` and selector `0x50af01cf33c8fbb5e77db5ff8c2b695ed8e6d0b60fbe1a1245f780d6413c7d0d`.
    ```solidity
    event SchemaRegistered(bytes32 indexed schema, address indexed registerer, address resolver, bool revocable, string definition);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct SchemaRegistered {
        #[allow(missing_docs)]
        pub schema: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub registerer: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub resolver: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub revocable: bool,
        #[allow(missing_docs)]
        pub definition: alloy::sol_types::private::String,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for SchemaRegistered {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Bool,
                alloy::sol_types::sol_data::String,
            );
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "SchemaRegistered(bytes32,address,address,bool,string)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                80u8, 175u8, 1u8, 207u8, 51u8, 200u8, 251u8, 181u8, 231u8, 125u8, 181u8, 255u8, 140u8, 43u8, 105u8,
                94u8, 216u8, 230u8, 208u8, 182u8, 15u8, 190u8, 26u8, 18u8, 69u8, 247u8, 128u8, 214u8, 65u8, 60u8,
                125u8, 13u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { schema: topics.1, registerer: topics.2, resolver: data.0, revocable: data.1, definition: data.2 }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(alloy_sol_types::Error::invalid_event_signature_hash(
                        Self::SIGNATURE,
                        topics.0,
                        Self::SIGNATURE_HASH,
                    ));
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(&self.resolver),
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(&self.revocable),
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(&self.definition),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.schema.clone(), self.registerer.clone())
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(Self::SIGNATURE_HASH);
                out[1usize] = <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::EventTopic>::encode_topic(
                    &self.schema,
                );
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.registerer,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for SchemaRegistered {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&SchemaRegistered> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &SchemaRegistered) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `Timestamped(bytes32,address,uint64)` and selector `0x5308b05e37f1412d4152ac6a58ee227d7ad2c67c040df01fb6ffce1707a539dc`.
    ```solidity
    event Timestamped(bytes32 indexed dataHash, address indexed submitter, uint64 timestamp);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct Timestamped {
        #[allow(missing_docs)]
        pub dataHash: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub submitter: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub timestamp: u64,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for Timestamped {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "Timestamped(bytes32,address,uint64)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                83u8, 8u8, 176u8, 94u8, 55u8, 241u8, 65u8, 45u8, 65u8, 82u8, 172u8, 106u8, 88u8, 238u8, 34u8, 125u8,
                122u8, 210u8, 198u8, 124u8, 4u8, 13u8, 240u8, 31u8, 182u8, 255u8, 206u8, 23u8, 7u8, 165u8, 57u8, 220u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { dataHash: topics.1, submitter: topics.2, timestamp: data.0 }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(alloy_sol_types::Error::invalid_event_signature_hash(
                        Self::SIGNATURE,
                        topics.0,
                        Self::SIGNATURE_HASH,
                    ));
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (<alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(&self.timestamp),)
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.dataHash.clone(), self.submitter.clone())
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(Self::SIGNATURE_HASH);
                out[1usize] = <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::EventTopic>::encode_topic(
                    &self.dataHash,
                );
                out[2usize] =
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(&self.submitter);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for Timestamped {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&Timestamped> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &Timestamped) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    /**Constructor`.
    ```solidity
    constructor();
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct constructorCall {}
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<constructorCall> for UnderlyingRustTuple<'_> {
                fn from(value: constructorCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for constructorCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolConstructor for constructorCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `attest((bytes32,address,uint64,bool,bytes32,bytes))` and selector `0x5e06d54a`.
    ```solidity
    function attest(IAttestationRegistry.AttestationRequest memory request) external returns (bytes32 uid);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct attestCall {
        #[allow(missing_docs)]
        pub request: <IAttestationRegistry::AttestationRequest as alloy::sol_types::SolType>::RustType,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`attest((bytes32,address,uint64,bool,bytes32,bytes))`](attestCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct attestReturn {
        #[allow(missing_docs)]
        pub uid: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (IAttestationRegistry::AttestationRequest,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> =
                (<IAttestationRegistry::AttestationRequest as alloy::sol_types::SolType>::RustType,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<attestCall> for UnderlyingRustTuple<'_> {
                fn from(value: attestCall) -> Self {
                    (value.request,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for attestCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { request: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<attestReturn> for UnderlyingRustTuple<'_> {
                fn from(value: attestReturn) -> Self {
                    (value.uid,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for attestReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { uid: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for attestCall {
            type Parameters<'a> = (IAttestationRegistry::AttestationRequest,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "attest((bytes32,address,uint64,bool,bytes32,bytes))";
            const SELECTOR: [u8; 4] = [94u8, 6u8, 213u8, 74u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<IAttestationRegistry::AttestationRequest as alloy_sol_types::SolType>::tokenize(&self.request),)
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(|r| {
                    let r: attestReturn = r.into();
                    r.uid
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(|r| {
                    let r: attestReturn = r.into();
                    r.uid
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `attestBatch((bytes32,address,uint64,bool,bytes32,bytes)[])` and selector `0x7119c118`.
    ```solidity
    function attestBatch(IAttestationRegistry.AttestationRequest[] memory requests) external returns (bytes32[] memory uids);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct attestBatchCall {
        #[allow(missing_docs)]
        pub requests: alloy::sol_types::private::Vec<
            <IAttestationRegistry::AttestationRequest as alloy::sol_types::SolType>::RustType,
        >,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`attestBatch((bytes32,address,uint64,bool,bytes32,bytes)[])`](attestBatchCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct attestBatchReturn {
        #[allow(missing_docs)]
        pub uids: alloy::sol_types::private::Vec<alloy::sol_types::private::FixedBytes<32>>,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> =
                (alloy::sol_types::sol_data::Array<IAttestationRegistry::AttestationRequest>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Vec<
                    <IAttestationRegistry::AttestationRequest as alloy::sol_types::SolType>::RustType,
                >,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<attestBatchCall> for UnderlyingRustTuple<'_> {
                fn from(value: attestBatchCall) -> Self {
                    (value.requests,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for attestBatchCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { requests: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> =
                (alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::FixedBytes<32>>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Vec<alloy::sol_types::private::FixedBytes<32>>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<attestBatchReturn> for UnderlyingRustTuple<'_> {
                fn from(value: attestBatchReturn) -> Self {
                    (value.uids,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for attestBatchReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { uids: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for attestBatchCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Array<IAttestationRegistry::AttestationRequest>,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Vec<alloy::sol_types::private::FixedBytes<32>>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::FixedBytes<32>>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "attestBatch((bytes32,address,uint64,bool,bytes32,bytes)[])";
            const SELECTOR: [u8; 4] = [113u8, 25u8, 193u8, 24u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Array<
                        IAttestationRegistry::AttestationRequest,
                    > as alloy_sol_types::SolType>::tokenize(&self.requests),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::FixedBytes<32>,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(|r| {
                    let r: attestBatchReturn = r.into();
                    r.uids
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(|r| {
                    let r: attestBatchReturn = r.into();
                    r.uids
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `attestBySig((bytes32,address,uint64,bool,bytes32,bytes),address,uint256,bytes)` and selector `0x9ad464b4`.
    ```solidity
    function attestBySig(IAttestationRegistry.AttestationRequest memory request, address attester, uint256 deadline, bytes memory signature) external returns (bytes32 uid);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct attestBySigCall {
        #[allow(missing_docs)]
        pub request: <IAttestationRegistry::AttestationRequest as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub attester: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub deadline: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub signature: alloy::sol_types::private::Bytes,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`attestBySig((bytes32,address,uint64,bool,bytes32,bytes),address,uint256,bytes)`](attestBySigCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct attestBySigReturn {
        #[allow(missing_docs)]
        pub uid: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                IAttestationRegistry::AttestationRequest,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Bytes,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <IAttestationRegistry::AttestationRequest as alloy::sol_types::SolType>::RustType,
                alloy::sol_types::private::Address,
                alloy::sol_types::private::primitives::aliases::U256,
                alloy::sol_types::private::Bytes,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<attestBySigCall> for UnderlyingRustTuple<'_> {
                fn from(value: attestBySigCall) -> Self {
                    (value.request, value.attester, value.deadline, value.signature)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for attestBySigCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { request: tuple.0, attester: tuple.1, deadline: tuple.2, signature: tuple.3 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<attestBySigReturn> for UnderlyingRustTuple<'_> {
                fn from(value: attestBySigReturn) -> Self {
                    (value.uid,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for attestBySigReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { uid: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for attestBySigCall {
            type Parameters<'a> = (
                IAttestationRegistry::AttestationRequest,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Bytes,
            );
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str =
                "attestBySig((bytes32,address,uint64,bool,bytes32,bytes),address,uint256,bytes)";
            const SELECTOR: [u8; 4] = [154u8, 212u8, 100u8, 180u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <IAttestationRegistry::AttestationRequest as alloy_sol_types::SolType>::tokenize(&self.request),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(&self.attester),
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(&self.deadline),
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(&self.signature),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(|r| {
                    let r: attestBySigReturn = r.into();
                    r.uid
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(|r| {
                    let r: attestBySigReturn = r.into();
                    r.uid
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `attestDigest((bytes32,address,uint64,bool,bytes32,bytes),address,uint256,uint256)` and selector `0x95aab5f0`.
    ```solidity
    function attestDigest(IAttestationRegistry.AttestationRequest memory request, address attester, uint256 nonce, uint256 deadline) external view returns (bytes32);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct attestDigestCall {
        #[allow(missing_docs)]
        pub request: <IAttestationRegistry::AttestationRequest as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub attester: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub nonce: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub deadline: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`attestDigest((bytes32,address,uint64,bool,bytes32,bytes),address,uint256,uint256)`](attestDigestCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct attestDigestReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                IAttestationRegistry::AttestationRequest,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <IAttestationRegistry::AttestationRequest as alloy::sol_types::SolType>::RustType,
                alloy::sol_types::private::Address,
                alloy::sol_types::private::primitives::aliases::U256,
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<attestDigestCall> for UnderlyingRustTuple<'_> {
                fn from(value: attestDigestCall) -> Self {
                    (value.request, value.attester, value.nonce, value.deadline)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for attestDigestCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { request: tuple.0, attester: tuple.1, nonce: tuple.2, deadline: tuple.3 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<attestDigestReturn> for UnderlyingRustTuple<'_> {
                fn from(value: attestDigestReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for attestDigestReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for attestDigestCall {
            type Parameters<'a> = (
                IAttestationRegistry::AttestationRequest,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str =
                "attestDigest((bytes32,address,uint64,bool,bytes32,bytes),address,uint256,uint256)";
            const SELECTOR: [u8; 4] = [149u8, 170u8, 181u8, 240u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <IAttestationRegistry::AttestationRequest as alloy_sol_types::SolType>::tokenize(&self.request),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(&self.attester),
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(&self.nonce),
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(&self.deadline),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(|r| {
                    let r: attestDigestReturn = r.into();
                    r._0
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(|r| {
                    let r: attestDigestReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `eip712Domain()` and selector `0x84b0196e`.
    ```solidity
    function eip712Domain() external view returns (bytes1 fields, string memory name, string memory version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] memory extensions);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct eip712DomainCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`eip712Domain()`](eip712DomainCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct eip712DomainReturn {
        #[allow(missing_docs)]
        pub fields: alloy::sol_types::private::FixedBytes<1>,
        #[allow(missing_docs)]
        pub name: alloy::sol_types::private::String,
        #[allow(missing_docs)]
        pub version: alloy::sol_types::private::String,
        #[allow(missing_docs)]
        pub chainId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub verifyingContract: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub salt: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub extensions: alloy::sol_types::private::Vec<alloy::sol_types::private::primitives::aliases::U256>,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<eip712DomainCall> for UnderlyingRustTuple<'_> {
                fn from(value: eip712DomainCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for eip712DomainCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<1>,
                alloy::sol_types::sol_data::String,
                alloy::sol_types::sol_data::String,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Uint<256>>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::FixedBytes<1>,
                alloy::sol_types::private::String,
                alloy::sol_types::private::String,
                alloy::sol_types::private::primitives::aliases::U256,
                alloy::sol_types::private::Address,
                alloy::sol_types::private::FixedBytes<32>,
                alloy::sol_types::private::Vec<alloy::sol_types::private::primitives::aliases::U256>,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<eip712DomainReturn> for UnderlyingRustTuple<'_> {
                fn from(value: eip712DomainReturn) -> Self {
                    (
                        value.fields,
                        value.name,
                        value.version,
                        value.chainId,
                        value.verifyingContract,
                        value.salt,
                        value.extensions,
                    )
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for eip712DomainReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        fields: tuple.0,
                        name: tuple.1,
                        version: tuple.2,
                        chainId: tuple.3,
                        verifyingContract: tuple.4,
                        salt: tuple.5,
                        extensions: tuple.6,
                    }
                }
            }
        }
        impl eip712DomainReturn {
            fn _tokenize(&self) -> <eip712DomainCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        1,
                    > as alloy_sol_types::SolType>::tokenize(&self.fields),
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                        &self.name,
                    ),
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                        &self.version,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.chainId),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.verifyingContract,
                    ),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.salt),
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Uint<256>,
                    > as alloy_sol_types::SolType>::tokenize(&self.extensions),
                )
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for eip712DomainCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = eip712DomainReturn;
            type ReturnTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<1>,
                alloy::sol_types::sol_data::String,
                alloy::sol_types::sol_data::String,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Uint<256>>,
            );
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "eip712Domain()";
            const SELECTOR: [u8; 4] = [132u8, 176u8, 25u8, 110u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                eip712DomainReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `getRecord(bytes32)` and selector `0x213681cd`.
    ```solidity
    function getRecord(bytes32 uid) external view returns (IAttestationRegistry.Record memory);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getRecordCall {
        #[allow(missing_docs)]
        pub uid: alloy::sol_types::private::FixedBytes<32>,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`getRecord(bytes32)`](getRecordCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getRecordReturn {
        #[allow(missing_docs)]
        pub _0: <IAttestationRegistry::Record as alloy::sol_types::SolType>::RustType,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<getRecordCall> for UnderlyingRustTuple<'_> {
                fn from(value: getRecordCall) -> Self {
                    (value.uid,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for getRecordCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { uid: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (IAttestationRegistry::Record,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (<IAttestationRegistry::Record as alloy::sol_types::SolType>::RustType,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<getRecordReturn> for UnderlyingRustTuple<'_> {
                fn from(value: getRecordReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for getRecordReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for getRecordCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = <IAttestationRegistry::Record as alloy::sol_types::SolType>::RustType;
            type ReturnTuple<'a> = (IAttestationRegistry::Record,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "getRecord(bytes32)";
            const SELECTOR: [u8; 4] = [33u8, 54u8, 129u8, 205u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(&self.uid),)
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<IAttestationRegistry::Record as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(|r| {
                    let r: getRecordReturn = r.into();
                    r._0
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(|r| {
                    let r: getRecordReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `getSchema(bytes32)` and selector `0xa2ea7c6e`.
    ```solidity
    function getSchema(bytes32 schema) external view returns (IAttestationRegistry.Schema memory);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getSchemaCall {
        #[allow(missing_docs)]
        pub schema: alloy::sol_types::private::FixedBytes<32>,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`getSchema(bytes32)`](getSchemaCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getSchemaReturn {
        #[allow(missing_docs)]
        pub _0: <IAttestationRegistry::Schema as alloy::sol_types::SolType>::RustType,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<getSchemaCall> for UnderlyingRustTuple<'_> {
                fn from(value: getSchemaCall) -> Self {
                    (value.schema,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for getSchemaCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { schema: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (IAttestationRegistry::Schema,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (<IAttestationRegistry::Schema as alloy::sol_types::SolType>::RustType,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<getSchemaReturn> for UnderlyingRustTuple<'_> {
                fn from(value: getSchemaReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for getSchemaReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for getSchemaCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = <IAttestationRegistry::Schema as alloy::sol_types::SolType>::RustType;
            type ReturnTuple<'a> = (IAttestationRegistry::Schema,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "getSchema(bytes32)";
            const SELECTOR: [u8; 4] = [162u8, 234u8, 124u8, 110u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(&self.schema),)
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<IAttestationRegistry::Schema as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(|r| {
                    let r: getSchemaReturn = r.into();
                    r._0
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(|r| {
                    let r: getSchemaReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `invalidateNonces(uint256)` and selector `0x22f888e7`.
    ```solidity
    function invalidateNonces(uint256 newNonce) external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct invalidateNoncesCall {
        #[allow(missing_docs)]
        pub newNonce: alloy::sol_types::private::primitives::aliases::U256,
    }
    ///Container type for the return parameters of the [`invalidateNonces(uint256)`](invalidateNoncesCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct invalidateNoncesReturn {}
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::primitives::aliases::U256,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<invalidateNoncesCall> for UnderlyingRustTuple<'_> {
                fn from(value: invalidateNoncesCall) -> Self {
                    (value.newNonce,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for invalidateNoncesCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { newNonce: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<invalidateNoncesReturn> for UnderlyingRustTuple<'_> {
                fn from(value: invalidateNoncesReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for invalidateNoncesReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl invalidateNoncesReturn {
            fn _tokenize(&self) -> <invalidateNoncesCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for invalidateNoncesCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = invalidateNoncesReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "invalidateNonces(uint256)";
            const SELECTOR: [u8; 4] = [34u8, 248u8, 136u8, 231u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(&self.newNonce),)
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                invalidateNoncesReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `isValid(bytes32)` and selector `0x6a938567`.
    ```solidity
    function isValid(bytes32 uid) external view returns (bool);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct isValidCall {
        #[allow(missing_docs)]
        pub uid: alloy::sol_types::private::FixedBytes<32>,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`isValid(bytes32)`](isValidCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct isValidReturn {
        #[allow(missing_docs)]
        pub _0: bool,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<isValidCall> for UnderlyingRustTuple<'_> {
                fn from(value: isValidCall) -> Self {
                    (value.uid,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for isValidCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { uid: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (bool,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<isValidReturn> for UnderlyingRustTuple<'_> {
                fn from(value: isValidReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for isValidReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for isValidCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = bool;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "isValid(bytes32)";
            const SELECTOR: [u8; 4] = [106u8, 147u8, 133u8, 103u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(&self.uid),)
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(|r| {
                    let r: isValidReturn = r.into();
                    r._0
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(|r| {
                    let r: isValidReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `isValidContent((bytes32,address,address,uint64,bool,bytes32,bytes32))` and selector `0xd2fac813`.
    ```solidity
    function isValidContent(IAttestationRegistry.AttestationContent memory c) external view returns (bool);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct isValidContentCall {
        #[allow(missing_docs)]
        pub c: <IAttestationRegistry::AttestationContent as alloy::sol_types::SolType>::RustType,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`isValidContent((bytes32,address,address,uint64,bool,bytes32,bytes32))`](isValidContentCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct isValidContentReturn {
        #[allow(missing_docs)]
        pub _0: bool,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (IAttestationRegistry::AttestationContent,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> =
                (<IAttestationRegistry::AttestationContent as alloy::sol_types::SolType>::RustType,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<isValidContentCall> for UnderlyingRustTuple<'_> {
                fn from(value: isValidContentCall) -> Self {
                    (value.c,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for isValidContentCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { c: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (bool,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<isValidContentReturn> for UnderlyingRustTuple<'_> {
                fn from(value: isValidContentReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for isValidContentReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for isValidContentCall {
            type Parameters<'a> = (IAttestationRegistry::AttestationContent,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = bool;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "isValidContent((bytes32,address,address,uint64,bool,bytes32,bytes32))";
            const SELECTOR: [u8; 4] = [210u8, 250u8, 200u8, 19u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<IAttestationRegistry::AttestationContent as alloy_sol_types::SolType>::tokenize(&self.c),)
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(|r| {
                    let r: isValidContentReturn = r.into();
                    r._0
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(|r| {
                    let r: isValidContentReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `nonces(address)` and selector `0x7ecebe00`.
    ```solidity
    function nonces(address attester) external view returns (uint256);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct noncesCall {
        #[allow(missing_docs)]
        pub attester: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`nonces(address)`](noncesCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct noncesReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<noncesCall> for UnderlyingRustTuple<'_> {
                fn from(value: noncesCall) -> Self {
                    (value.attester,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for noncesCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { attester: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::primitives::aliases::U256,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<noncesReturn> for UnderlyingRustTuple<'_> {
                fn from(value: noncesReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for noncesReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for noncesCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "nonces(address)";
            const SELECTOR: [u8; 4] = [126u8, 206u8, 190u8, 0u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(&self.attester),)
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(|r| {
                    let r: noncesReturn = r.into();
                    r._0
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(|r| {
                    let r: noncesReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `registerSchema(string,address,bool)` and selector `0x53d55cc0`.
    ```solidity
    function registerSchema(string memory definition, address resolver, bool revocable) external returns (bytes32 schema);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct registerSchemaCall {
        #[allow(missing_docs)]
        pub definition: alloy::sol_types::private::String,
        #[allow(missing_docs)]
        pub resolver: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub revocable: bool,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`registerSchema(string,address,bool)`](registerSchemaCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct registerSchemaReturn {
        #[allow(missing_docs)]
        pub schema: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::String,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Bool,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> =
                (alloy::sol_types::private::String, alloy::sol_types::private::Address, bool);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<registerSchemaCall> for UnderlyingRustTuple<'_> {
                fn from(value: registerSchemaCall) -> Self {
                    (value.definition, value.resolver, value.revocable)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for registerSchemaCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { definition: tuple.0, resolver: tuple.1, revocable: tuple.2 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<registerSchemaReturn> for UnderlyingRustTuple<'_> {
                fn from(value: registerSchemaReturn) -> Self {
                    (value.schema,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for registerSchemaReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { schema: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for registerSchemaCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::String,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Bool,
            );
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "registerSchema(string,address,bool)";
            const SELECTOR: [u8; 4] = [83u8, 213u8, 92u8, 192u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(&self.definition),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(&self.resolver),
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(&self.revocable),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(|r| {
                    let r: registerSchemaReturn = r.into();
                    r.schema
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(|r| {
                    let r: registerSchemaReturn = r.into();
                    r.schema
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `revoke(bytes32,bytes32)` and selector `0xc2664610`.
    ```solidity
    function revoke(bytes32 uid, bytes32 reason) external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct revokeCall {
        #[allow(missing_docs)]
        pub uid: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub reason: alloy::sol_types::private::FixedBytes<32>,
    }
    ///Container type for the return parameters of the [`revoke(bytes32,bytes32)`](revokeCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct revokeReturn {}
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> =
                (alloy::sol_types::sol_data::FixedBytes<32>, alloy::sol_types::sol_data::FixedBytes<32>);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> =
                (alloy::sol_types::private::FixedBytes<32>, alloy::sol_types::private::FixedBytes<32>);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<revokeCall> for UnderlyingRustTuple<'_> {
                fn from(value: revokeCall) -> Self {
                    (value.uid, value.reason)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for revokeCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { uid: tuple.0, reason: tuple.1 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<revokeReturn> for UnderlyingRustTuple<'_> {
                fn from(value: revokeReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for revokeReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl revokeReturn {
            fn _tokenize(&self) -> <revokeCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for revokeCall {
            type Parameters<'a> =
                (alloy::sol_types::sol_data::FixedBytes<32>, alloy::sol_types::sol_data::FixedBytes<32>);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = revokeReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "revoke(bytes32,bytes32)";
            const SELECTOR: [u8; 4] = [194u8, 102u8, 70u8, 16u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(&self.uid),
                    <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(&self.reason),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                revokeReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `revokeBatch((bytes32,bytes32)[])` and selector `0x61e71cd7`.
    ```solidity
    function revokeBatch(IAttestationRegistry.RevocationRequest[] memory requests) external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct revokeBatchCall {
        #[allow(missing_docs)]
        pub requests: alloy::sol_types::private::Vec<
            <IAttestationRegistry::RevocationRequest as alloy::sol_types::SolType>::RustType,
        >,
    }
    ///Container type for the return parameters of the [`revokeBatch((bytes32,bytes32)[])`](revokeBatchCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct revokeBatchReturn {}
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Array<IAttestationRegistry::RevocationRequest>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Vec<
                    <IAttestationRegistry::RevocationRequest as alloy::sol_types::SolType>::RustType,
                >,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<revokeBatchCall> for UnderlyingRustTuple<'_> {
                fn from(value: revokeBatchCall) -> Self {
                    (value.requests,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for revokeBatchCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { requests: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<revokeBatchReturn> for UnderlyingRustTuple<'_> {
                fn from(value: revokeBatchReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for revokeBatchReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl revokeBatchReturn {
            fn _tokenize(&self) -> <revokeBatchCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for revokeBatchCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Array<IAttestationRegistry::RevocationRequest>,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = revokeBatchReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "revokeBatch((bytes32,bytes32)[])";
            const SELECTOR: [u8; 4] = [97u8, 231u8, 28u8, 215u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Array<
                        IAttestationRegistry::RevocationRequest,
                    > as alloy_sol_types::SolType>::tokenize(&self.requests),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                revokeBatchReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `revokeBySig(bytes32,bytes32,address,uint256,bytes)` and selector `0xe3afd92b`.
    ```solidity
    function revokeBySig(bytes32 uid, bytes32 reason, address attester, uint256 deadline, bytes memory signature) external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct revokeBySigCall {
        #[allow(missing_docs)]
        pub uid: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub reason: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub attester: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub deadline: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub signature: alloy::sol_types::private::Bytes,
    }
    ///Container type for the return parameters of the [`revokeBySig(bytes32,bytes32,address,uint256,bytes)`](revokeBySigCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct revokeBySigReturn {}
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Bytes,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::FixedBytes<32>,
                alloy::sol_types::private::FixedBytes<32>,
                alloy::sol_types::private::Address,
                alloy::sol_types::private::primitives::aliases::U256,
                alloy::sol_types::private::Bytes,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<revokeBySigCall> for UnderlyingRustTuple<'_> {
                fn from(value: revokeBySigCall) -> Self {
                    (value.uid, value.reason, value.attester, value.deadline, value.signature)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for revokeBySigCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { uid: tuple.0, reason: tuple.1, attester: tuple.2, deadline: tuple.3, signature: tuple.4 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<revokeBySigReturn> for UnderlyingRustTuple<'_> {
                fn from(value: revokeBySigReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for revokeBySigReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl revokeBySigReturn {
            fn _tokenize(&self) -> <revokeBySigCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for revokeBySigCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Bytes,
            );
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = revokeBySigReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "revokeBySig(bytes32,bytes32,address,uint256,bytes)";
            const SELECTOR: [u8; 4] = [227u8, 175u8, 217u8, 43u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(&self.uid),
                    <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(&self.reason),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(&self.attester),
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(&self.deadline),
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(&self.signature),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                revokeBySigReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `revokeDigest(bytes32,bytes32,address,uint256,uint256)` and selector `0x1f6a4de8`.
    ```solidity
    function revokeDigest(bytes32 uid, bytes32 reason, address attester, uint256 nonce, uint256 deadline) external view returns (bytes32);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct revokeDigestCall {
        #[allow(missing_docs)]
        pub uid: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub reason: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub attester: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub nonce: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub deadline: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`revokeDigest(bytes32,bytes32,address,uint256,uint256)`](revokeDigestCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct revokeDigestReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::FixedBytes<32>,
                alloy::sol_types::private::FixedBytes<32>,
                alloy::sol_types::private::Address,
                alloy::sol_types::private::primitives::aliases::U256,
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<revokeDigestCall> for UnderlyingRustTuple<'_> {
                fn from(value: revokeDigestCall) -> Self {
                    (value.uid, value.reason, value.attester, value.nonce, value.deadline)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for revokeDigestCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { uid: tuple.0, reason: tuple.1, attester: tuple.2, nonce: tuple.3, deadline: tuple.4 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<revokeDigestReturn> for UnderlyingRustTuple<'_> {
                fn from(value: revokeDigestReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for revokeDigestReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for revokeDigestCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "revokeDigest(bytes32,bytes32,address,uint256,uint256)";
            const SELECTOR: [u8; 4] = [31u8, 106u8, 77u8, 232u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(&self.uid),
                    <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(&self.reason),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(&self.attester),
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(&self.nonce),
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(&self.deadline),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(|r| {
                    let r: revokeDigestReturn = r.into();
                    r._0
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(|r| {
                    let r: revokeDigestReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `supersede(bytes32,bytes32,(bytes32,address,uint64,bool,bytes32,bytes))` and selector `0x13e9ec07`.
    ```solidity
    function supersede(bytes32 uid, bytes32 reason, IAttestationRegistry.AttestationRequest memory request) external returns (bytes32 newUid);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct supersedeCall {
        #[allow(missing_docs)]
        pub uid: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub reason: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub request: <IAttestationRegistry::AttestationRequest as alloy::sol_types::SolType>::RustType,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`supersede(bytes32,bytes32,(bytes32,address,uint64,bool,bytes32,bytes))`](supersedeCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct supersedeReturn {
        #[allow(missing_docs)]
        pub newUid: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                IAttestationRegistry::AttestationRequest,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::FixedBytes<32>,
                alloy::sol_types::private::FixedBytes<32>,
                <IAttestationRegistry::AttestationRequest as alloy::sol_types::SolType>::RustType,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<supersedeCall> for UnderlyingRustTuple<'_> {
                fn from(value: supersedeCall) -> Self {
                    (value.uid, value.reason, value.request)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for supersedeCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { uid: tuple.0, reason: tuple.1, request: tuple.2 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<supersedeReturn> for UnderlyingRustTuple<'_> {
                fn from(value: supersedeReturn) -> Self {
                    (value.newUid,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for supersedeReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { newUid: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for supersedeCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                IAttestationRegistry::AttestationRequest,
            );
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "supersede(bytes32,bytes32,(bytes32,address,uint64,bool,bytes32,bytes))";
            const SELECTOR: [u8; 4] = [19u8, 233u8, 236u8, 7u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(&self.uid),
                    <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(&self.reason),
                    <IAttestationRegistry::AttestationRequest as alloy_sol_types::SolType>::tokenize(&self.request),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(|r| {
                    let r: supersedeReturn = r.into();
                    r.newUid
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(|r| {
                    let r: supersedeReturn = r.into();
                    r.newUid
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `timestamp(bytes32)` and selector `0x4d003070`.
    ```solidity
    function timestamp(bytes32 dataHash) external returns (uint64 time);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct timestampCall {
        #[allow(missing_docs)]
        pub dataHash: alloy::sol_types::private::FixedBytes<32>,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`timestamp(bytes32)`](timestampCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct timestampReturn {
        #[allow(missing_docs)]
        pub time: u64,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<timestampCall> for UnderlyingRustTuple<'_> {
                fn from(value: timestampCall) -> Self {
                    (value.dataHash,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for timestampCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { dataHash: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u64,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<timestampReturn> for UnderlyingRustTuple<'_> {
                fn from(value: timestampReturn) -> Self {
                    (value.time,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for timestampReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { time: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for timestampCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = u64;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "timestamp(bytes32)";
            const SELECTOR: [u8; 4] = [77u8, 0u8, 48u8, 112u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(&self.dataHash),)
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(|r| {
                    let r: timestampReturn = r.into();
                    r.time
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(|r| {
                    let r: timestampReturn = r.into();
                    r.time
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `timestampOf(bytes32)` and selector `0x76fa0b8a`.
    ```solidity
    function timestampOf(bytes32 dataHash) external view returns (uint64);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct timestampOfCall {
        #[allow(missing_docs)]
        pub dataHash: alloy::sol_types::private::FixedBytes<32>,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`timestampOf(bytes32)`](timestampOfCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct timestampOfReturn {
        #[allow(missing_docs)]
        pub _0: u64,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<timestampOfCall> for UnderlyingRustTuple<'_> {
                fn from(value: timestampOfCall) -> Self {
                    (value.dataHash,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for timestampOfCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { dataHash: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u64,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<timestampOfReturn> for UnderlyingRustTuple<'_> {
                fn from(value: timestampOfReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for timestampOfReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for timestampOfCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = u64;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "timestampOf(bytes32)";
            const SELECTOR: [u8; 4] = [118u8, 250u8, 11u8, 138u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(&self.dataHash),)
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(|r| {
                    let r: timestampOfReturn = r.into();
                    r._0
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(|r| {
                    let r: timestampOfReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `uidOf((bytes32,address,address,uint64,bool,bytes32,bytes32))` and selector `0x9359c4d1`.
    ```solidity
    function uidOf(IAttestationRegistry.AttestationContent memory c) external view returns (bytes32);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct uidOfCall {
        #[allow(missing_docs)]
        pub c: <IAttestationRegistry::AttestationContent as alloy::sol_types::SolType>::RustType,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`uidOf((bytes32,address,address,uint64,bool,bytes32,bytes32))`](uidOfCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct uidOfReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (IAttestationRegistry::AttestationContent,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> =
                (<IAttestationRegistry::AttestationContent as alloy::sol_types::SolType>::RustType,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<uidOfCall> for UnderlyingRustTuple<'_> {
                fn from(value: uidOfCall) -> Self {
                    (value.c,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for uidOfCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { c: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<uidOfReturn> for UnderlyingRustTuple<'_> {
                fn from(value: uidOfReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for uidOfReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for uidOfCall {
            type Parameters<'a> = (IAttestationRegistry::AttestationContent,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "uidOf((bytes32,address,address,uint64,bool,bytes32,bytes32))";
            const SELECTOR: [u8; 4] = [147u8, 89u8, 196u8, 209u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<IAttestationRegistry::AttestationContent as alloy_sol_types::SolType>::tokenize(&self.c),)
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(|r| {
                    let r: uidOfReturn = r.into();
                    r._0
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(|r| {
                    let r: uidOfReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `uidOfRequest(address,(bytes32,address,uint64,bool,bytes32,bytes))` and selector `0x786710be`.
    ```solidity
    function uidOfRequest(address attester, IAttestationRegistry.AttestationRequest memory request) external view returns (bytes32);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct uidOfRequestCall {
        #[allow(missing_docs)]
        pub attester: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub request: <IAttestationRegistry::AttestationRequest as alloy::sol_types::SolType>::RustType,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`uidOfRequest(address,(bytes32,address,uint64,bool,bytes32,bytes))`](uidOfRequestCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct uidOfRequestReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> =
                (alloy::sol_types::sol_data::Address, IAttestationRegistry::AttestationRequest);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                <IAttestationRegistry::AttestationRequest as alloy::sol_types::SolType>::RustType,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<uidOfRequestCall> for UnderlyingRustTuple<'_> {
                fn from(value: uidOfRequestCall) -> Self {
                    (value.attester, value.request)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for uidOfRequestCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { attester: tuple.0, request: tuple.1 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<uidOfRequestReturn> for UnderlyingRustTuple<'_> {
                fn from(value: uidOfRequestReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for uidOfRequestReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for uidOfRequestCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address, IAttestationRegistry::AttestationRequest);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "uidOfRequest(address,(bytes32,address,uint64,bool,bytes32,bytes))";
            const SELECTOR: [u8; 4] = [120u8, 103u8, 16u8, 190u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(&self.attester),
                    <IAttestationRegistry::AttestationRequest as alloy_sol_types::SolType>::tokenize(&self.request),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(|r| {
                    let r: uidOfRequestReturn = r.into();
                    r._0
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(|r| {
                    let r: uidOfRequestReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `validUidOf((bytes32,address,address,uint64,bool,bytes32,bytes32))` and selector `0x98610a21`.
    ```solidity
    function validUidOf(IAttestationRegistry.AttestationContent memory c) external view returns (bytes32 uid);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct validUidOfCall {
        #[allow(missing_docs)]
        pub c: <IAttestationRegistry::AttestationContent as alloy::sol_types::SolType>::RustType,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`validUidOf((bytes32,address,address,uint64,bool,bytes32,bytes32))`](validUidOfCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct validUidOfReturn {
        #[allow(missing_docs)]
        pub uid: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (IAttestationRegistry::AttestationContent,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> =
                (<IAttestationRegistry::AttestationContent as alloy::sol_types::SolType>::RustType,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<validUidOfCall> for UnderlyingRustTuple<'_> {
                fn from(value: validUidOfCall) -> Self {
                    (value.c,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for validUidOfCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { c: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<validUidOfReturn> for UnderlyingRustTuple<'_> {
                fn from(value: validUidOfReturn) -> Self {
                    (value.uid,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for validUidOfReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { uid: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for validUidOfCall {
            type Parameters<'a> = (IAttestationRegistry::AttestationContent,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "validUidOf((bytes32,address,address,uint64,bool,bytes32,bytes32))";
            const SELECTOR: [u8; 4] = [152u8, 97u8, 10u8, 33u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<IAttestationRegistry::AttestationContent as alloy_sol_types::SolType>::tokenize(&self.c),)
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(|r| {
                    let r: validUidOfReturn = r.into();
                    r.uid
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(|r| {
                    let r: validUidOfReturn = r.into();
                    r.uid
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `version()` and selector `0x54fd4d50`.
    ```solidity
    function version() external pure returns (string memory);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct versionCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`version()`](versionCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct versionReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::String,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<versionCall> for UnderlyingRustTuple<'_> {
                fn from(value: versionCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for versionCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::String,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::String,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<versionReturn> for UnderlyingRustTuple<'_> {
                fn from(value: versionReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for versionReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for versionCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::String;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::String,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "version()";
            const SELECTOR: [u8; 4] = [84u8, 253u8, 77u8, 80u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(|r| {
                    let r: versionReturn = r.into();
                    r._0
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(|r| {
                    let r: versionReturn = r.into();
                    r._0
                })
            }
        }
    };
    ///Container for all the [`AttestationRegistry`](self) function calls.
    #[derive(Clone, serde::Serialize, serde::Deserialize)]
    pub enum AttestationRegistryCalls {
        #[allow(missing_docs)]
        attest(attestCall),
        #[allow(missing_docs)]
        attestBatch(attestBatchCall),
        #[allow(missing_docs)]
        attestBySig(attestBySigCall),
        #[allow(missing_docs)]
        attestDigest(attestDigestCall),
        #[allow(missing_docs)]
        eip712Domain(eip712DomainCall),
        #[allow(missing_docs)]
        getRecord(getRecordCall),
        #[allow(missing_docs)]
        getSchema(getSchemaCall),
        #[allow(missing_docs)]
        invalidateNonces(invalidateNoncesCall),
        #[allow(missing_docs)]
        isValid(isValidCall),
        #[allow(missing_docs)]
        isValidContent(isValidContentCall),
        #[allow(missing_docs)]
        nonces(noncesCall),
        #[allow(missing_docs)]
        registerSchema(registerSchemaCall),
        #[allow(missing_docs)]
        revoke(revokeCall),
        #[allow(missing_docs)]
        revokeBatch(revokeBatchCall),
        #[allow(missing_docs)]
        revokeBySig(revokeBySigCall),
        #[allow(missing_docs)]
        revokeDigest(revokeDigestCall),
        #[allow(missing_docs)]
        supersede(supersedeCall),
        #[allow(missing_docs)]
        timestamp(timestampCall),
        #[allow(missing_docs)]
        timestampOf(timestampOfCall),
        #[allow(missing_docs)]
        uidOf(uidOfCall),
        #[allow(missing_docs)]
        uidOfRequest(uidOfRequestCall),
        #[allow(missing_docs)]
        validUidOf(validUidOfCall),
        #[allow(missing_docs)]
        version(versionCall),
    }
    impl AttestationRegistryCalls {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 4usize]] = &[
            [19u8, 233u8, 236u8, 7u8],
            [31u8, 106u8, 77u8, 232u8],
            [33u8, 54u8, 129u8, 205u8],
            [34u8, 248u8, 136u8, 231u8],
            [77u8, 0u8, 48u8, 112u8],
            [83u8, 213u8, 92u8, 192u8],
            [84u8, 253u8, 77u8, 80u8],
            [94u8, 6u8, 213u8, 74u8],
            [97u8, 231u8, 28u8, 215u8],
            [106u8, 147u8, 133u8, 103u8],
            [113u8, 25u8, 193u8, 24u8],
            [118u8, 250u8, 11u8, 138u8],
            [120u8, 103u8, 16u8, 190u8],
            [126u8, 206u8, 190u8, 0u8],
            [132u8, 176u8, 25u8, 110u8],
            [147u8, 89u8, 196u8, 209u8],
            [149u8, 170u8, 181u8, 240u8],
            [152u8, 97u8, 10u8, 33u8],
            [154u8, 212u8, 100u8, 180u8],
            [162u8, 234u8, 124u8, 110u8],
            [194u8, 102u8, 70u8, 16u8],
            [210u8, 250u8, 200u8, 19u8],
            [227u8, 175u8, 217u8, 43u8],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(supersede),
            ::core::stringify!(revokeDigest),
            ::core::stringify!(getRecord),
            ::core::stringify!(invalidateNonces),
            ::core::stringify!(timestamp),
            ::core::stringify!(registerSchema),
            ::core::stringify!(version),
            ::core::stringify!(attest),
            ::core::stringify!(revokeBatch),
            ::core::stringify!(isValid),
            ::core::stringify!(attestBatch),
            ::core::stringify!(timestampOf),
            ::core::stringify!(uidOfRequest),
            ::core::stringify!(nonces),
            ::core::stringify!(eip712Domain),
            ::core::stringify!(uidOf),
            ::core::stringify!(attestDigest),
            ::core::stringify!(validUidOf),
            ::core::stringify!(attestBySig),
            ::core::stringify!(getSchema),
            ::core::stringify!(revoke),
            ::core::stringify!(isValidContent),
            ::core::stringify!(revokeBySig),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <supersedeCall as alloy_sol_types::SolCall>::SIGNATURE,
            <revokeDigestCall as alloy_sol_types::SolCall>::SIGNATURE,
            <getRecordCall as alloy_sol_types::SolCall>::SIGNATURE,
            <invalidateNoncesCall as alloy_sol_types::SolCall>::SIGNATURE,
            <timestampCall as alloy_sol_types::SolCall>::SIGNATURE,
            <registerSchemaCall as alloy_sol_types::SolCall>::SIGNATURE,
            <versionCall as alloy_sol_types::SolCall>::SIGNATURE,
            <attestCall as alloy_sol_types::SolCall>::SIGNATURE,
            <revokeBatchCall as alloy_sol_types::SolCall>::SIGNATURE,
            <isValidCall as alloy_sol_types::SolCall>::SIGNATURE,
            <attestBatchCall as alloy_sol_types::SolCall>::SIGNATURE,
            <timestampOfCall as alloy_sol_types::SolCall>::SIGNATURE,
            <uidOfRequestCall as alloy_sol_types::SolCall>::SIGNATURE,
            <noncesCall as alloy_sol_types::SolCall>::SIGNATURE,
            <eip712DomainCall as alloy_sol_types::SolCall>::SIGNATURE,
            <uidOfCall as alloy_sol_types::SolCall>::SIGNATURE,
            <attestDigestCall as alloy_sol_types::SolCall>::SIGNATURE,
            <validUidOfCall as alloy_sol_types::SolCall>::SIGNATURE,
            <attestBySigCall as alloy_sol_types::SolCall>::SIGNATURE,
            <getSchemaCall as alloy_sol_types::SolCall>::SIGNATURE,
            <revokeCall as alloy_sol_types::SolCall>::SIGNATURE,
            <isValidContentCall as alloy_sol_types::SolCall>::SIGNATURE,
            <revokeBySigCall as alloy_sol_types::SolCall>::SIGNATURE,
        ];
        /// Returns the signature for the given selector, if known.
        #[inline]
        pub fn signature_by_selector(selector: [u8; 4usize]) -> ::core::option::Option<&'static str> {
            match Self::SELECTORS.binary_search(&selector) {
                ::core::result::Result::Ok(idx) => ::core::option::Option::Some(Self::SIGNATURES[idx]),
                ::core::result::Result::Err(_) => ::core::option::Option::None,
            }
        }
        /// Returns the enum variant name for the given selector, if known.
        #[inline]
        pub fn name_by_selector(selector: [u8; 4usize]) -> ::core::option::Option<&'static str> {
            let sig = Self::signature_by_selector(selector)?;
            sig.split_once('(').map(|(name, _)| name)
        }
    }
    #[automatically_derived]
    impl alloy_sol_types::SolInterface for AttestationRegistryCalls {
        const NAME: &'static str = "AttestationRegistryCalls";
        const MIN_DATA_LENGTH: usize = 0usize;
        const COUNT: usize = 23usize;
        #[inline]
        fn selector(&self) -> [u8; 4] {
            match self {
                Self::attest(_) => <attestCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::attestBatch(_) => <attestBatchCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::attestBySig(_) => <attestBySigCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::attestDigest(_) => <attestDigestCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::eip712Domain(_) => <eip712DomainCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::getRecord(_) => <getRecordCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::getSchema(_) => <getSchemaCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::invalidateNonces(_) => <invalidateNoncesCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::isValid(_) => <isValidCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::isValidContent(_) => <isValidContentCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::nonces(_) => <noncesCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::registerSchema(_) => <registerSchemaCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::revoke(_) => <revokeCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::revokeBatch(_) => <revokeBatchCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::revokeBySig(_) => <revokeBySigCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::revokeDigest(_) => <revokeDigestCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::supersede(_) => <supersedeCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::timestamp(_) => <timestampCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::timestampOf(_) => <timestampOfCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::uidOf(_) => <uidOfCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::uidOfRequest(_) => <uidOfRequestCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::validUidOf(_) => <validUidOfCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::version(_) => <versionCall as alloy_sol_types::SolCall>::SELECTOR,
            }
        }
        #[inline]
        fn selector_at(i: usize) -> ::core::option::Option<[u8; 4]> {
            Self::SELECTORS.get(i).copied()
        }
        #[inline]
        fn valid_selector(selector: [u8; 4]) -> bool {
            Self::SELECTORS.binary_search(&selector).is_ok()
        }
        #[inline]
        #[allow(non_snake_case)]
        fn abi_decode_raw(selector: [u8; 4], data: &[u8]) -> alloy_sol_types::Result<Self> {
            static DECODE_SHIMS: &[fn(&[u8]) -> alloy_sol_types::Result<AttestationRegistryCalls>] = &[
                {
                    fn supersede(data: &[u8]) -> alloy_sol_types::Result<AttestationRegistryCalls> {
                        <supersedeCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(AttestationRegistryCalls::supersede)
                    }
                    supersede
                },
                {
                    fn revokeDigest(data: &[u8]) -> alloy_sol_types::Result<AttestationRegistryCalls> {
                        <revokeDigestCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(AttestationRegistryCalls::revokeDigest)
                    }
                    revokeDigest
                },
                {
                    fn getRecord(data: &[u8]) -> alloy_sol_types::Result<AttestationRegistryCalls> {
                        <getRecordCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(AttestationRegistryCalls::getRecord)
                    }
                    getRecord
                },
                {
                    fn invalidateNonces(data: &[u8]) -> alloy_sol_types::Result<AttestationRegistryCalls> {
                        <invalidateNoncesCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(AttestationRegistryCalls::invalidateNonces)
                    }
                    invalidateNonces
                },
                {
                    fn timestamp(data: &[u8]) -> alloy_sol_types::Result<AttestationRegistryCalls> {
                        <timestampCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(AttestationRegistryCalls::timestamp)
                    }
                    timestamp
                },
                {
                    fn registerSchema(data: &[u8]) -> alloy_sol_types::Result<AttestationRegistryCalls> {
                        <registerSchemaCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(AttestationRegistryCalls::registerSchema)
                    }
                    registerSchema
                },
                {
                    fn version(data: &[u8]) -> alloy_sol_types::Result<AttestationRegistryCalls> {
                        <versionCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(AttestationRegistryCalls::version)
                    }
                    version
                },
                {
                    fn attest(data: &[u8]) -> alloy_sol_types::Result<AttestationRegistryCalls> {
                        <attestCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(AttestationRegistryCalls::attest)
                    }
                    attest
                },
                {
                    fn revokeBatch(data: &[u8]) -> alloy_sol_types::Result<AttestationRegistryCalls> {
                        <revokeBatchCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(AttestationRegistryCalls::revokeBatch)
                    }
                    revokeBatch
                },
                {
                    fn isValid(data: &[u8]) -> alloy_sol_types::Result<AttestationRegistryCalls> {
                        <isValidCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(AttestationRegistryCalls::isValid)
                    }
                    isValid
                },
                {
                    fn attestBatch(data: &[u8]) -> alloy_sol_types::Result<AttestationRegistryCalls> {
                        <attestBatchCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(AttestationRegistryCalls::attestBatch)
                    }
                    attestBatch
                },
                {
                    fn timestampOf(data: &[u8]) -> alloy_sol_types::Result<AttestationRegistryCalls> {
                        <timestampOfCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(AttestationRegistryCalls::timestampOf)
                    }
                    timestampOf
                },
                {
                    fn uidOfRequest(data: &[u8]) -> alloy_sol_types::Result<AttestationRegistryCalls> {
                        <uidOfRequestCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(AttestationRegistryCalls::uidOfRequest)
                    }
                    uidOfRequest
                },
                {
                    fn nonces(data: &[u8]) -> alloy_sol_types::Result<AttestationRegistryCalls> {
                        <noncesCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(AttestationRegistryCalls::nonces)
                    }
                    nonces
                },
                {
                    fn eip712Domain(data: &[u8]) -> alloy_sol_types::Result<AttestationRegistryCalls> {
                        <eip712DomainCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(AttestationRegistryCalls::eip712Domain)
                    }
                    eip712Domain
                },
                {
                    fn uidOf(data: &[u8]) -> alloy_sol_types::Result<AttestationRegistryCalls> {
                        <uidOfCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(AttestationRegistryCalls::uidOf)
                    }
                    uidOf
                },
                {
                    fn attestDigest(data: &[u8]) -> alloy_sol_types::Result<AttestationRegistryCalls> {
                        <attestDigestCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(AttestationRegistryCalls::attestDigest)
                    }
                    attestDigest
                },
                {
                    fn validUidOf(data: &[u8]) -> alloy_sol_types::Result<AttestationRegistryCalls> {
                        <validUidOfCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(AttestationRegistryCalls::validUidOf)
                    }
                    validUidOf
                },
                {
                    fn attestBySig(data: &[u8]) -> alloy_sol_types::Result<AttestationRegistryCalls> {
                        <attestBySigCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(AttestationRegistryCalls::attestBySig)
                    }
                    attestBySig
                },
                {
                    fn getSchema(data: &[u8]) -> alloy_sol_types::Result<AttestationRegistryCalls> {
                        <getSchemaCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(AttestationRegistryCalls::getSchema)
                    }
                    getSchema
                },
                {
                    fn revoke(data: &[u8]) -> alloy_sol_types::Result<AttestationRegistryCalls> {
                        <revokeCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(AttestationRegistryCalls::revoke)
                    }
                    revoke
                },
                {
                    fn isValidContent(data: &[u8]) -> alloy_sol_types::Result<AttestationRegistryCalls> {
                        <isValidContentCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(AttestationRegistryCalls::isValidContent)
                    }
                    isValidContent
                },
                {
                    fn revokeBySig(data: &[u8]) -> alloy_sol_types::Result<AttestationRegistryCalls> {
                        <revokeBySigCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(AttestationRegistryCalls::revokeBySig)
                    }
                    revokeBySig
                },
            ];
            let Ok(idx) = Self::SELECTORS.binary_search(&selector) else {
                return Err(alloy_sol_types::Error::unknown_selector(
                    <Self as alloy_sol_types::SolInterface>::NAME,
                    selector,
                ));
            };
            DECODE_SHIMS[idx](data)
        }
        #[inline]
        #[allow(non_snake_case)]
        fn abi_decode_raw_validate(selector: [u8; 4], data: &[u8]) -> alloy_sol_types::Result<Self> {
            static DECODE_VALIDATE_SHIMS: &[fn(&[u8]) -> alloy_sol_types::Result<AttestationRegistryCalls>] = &[
                {
                    fn supersede(data: &[u8]) -> alloy_sol_types::Result<AttestationRegistryCalls> {
                        <supersedeCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(AttestationRegistryCalls::supersede)
                    }
                    supersede
                },
                {
                    fn revokeDigest(data: &[u8]) -> alloy_sol_types::Result<AttestationRegistryCalls> {
                        <revokeDigestCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(AttestationRegistryCalls::revokeDigest)
                    }
                    revokeDigest
                },
                {
                    fn getRecord(data: &[u8]) -> alloy_sol_types::Result<AttestationRegistryCalls> {
                        <getRecordCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(AttestationRegistryCalls::getRecord)
                    }
                    getRecord
                },
                {
                    fn invalidateNonces(data: &[u8]) -> alloy_sol_types::Result<AttestationRegistryCalls> {
                        <invalidateNoncesCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(AttestationRegistryCalls::invalidateNonces)
                    }
                    invalidateNonces
                },
                {
                    fn timestamp(data: &[u8]) -> alloy_sol_types::Result<AttestationRegistryCalls> {
                        <timestampCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(AttestationRegistryCalls::timestamp)
                    }
                    timestamp
                },
                {
                    fn registerSchema(data: &[u8]) -> alloy_sol_types::Result<AttestationRegistryCalls> {
                        <registerSchemaCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(AttestationRegistryCalls::registerSchema)
                    }
                    registerSchema
                },
                {
                    fn version(data: &[u8]) -> alloy_sol_types::Result<AttestationRegistryCalls> {
                        <versionCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(AttestationRegistryCalls::version)
                    }
                    version
                },
                {
                    fn attest(data: &[u8]) -> alloy_sol_types::Result<AttestationRegistryCalls> {
                        <attestCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(AttestationRegistryCalls::attest)
                    }
                    attest
                },
                {
                    fn revokeBatch(data: &[u8]) -> alloy_sol_types::Result<AttestationRegistryCalls> {
                        <revokeBatchCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(AttestationRegistryCalls::revokeBatch)
                    }
                    revokeBatch
                },
                {
                    fn isValid(data: &[u8]) -> alloy_sol_types::Result<AttestationRegistryCalls> {
                        <isValidCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(AttestationRegistryCalls::isValid)
                    }
                    isValid
                },
                {
                    fn attestBatch(data: &[u8]) -> alloy_sol_types::Result<AttestationRegistryCalls> {
                        <attestBatchCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(AttestationRegistryCalls::attestBatch)
                    }
                    attestBatch
                },
                {
                    fn timestampOf(data: &[u8]) -> alloy_sol_types::Result<AttestationRegistryCalls> {
                        <timestampOfCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(AttestationRegistryCalls::timestampOf)
                    }
                    timestampOf
                },
                {
                    fn uidOfRequest(data: &[u8]) -> alloy_sol_types::Result<AttestationRegistryCalls> {
                        <uidOfRequestCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(AttestationRegistryCalls::uidOfRequest)
                    }
                    uidOfRequest
                },
                {
                    fn nonces(data: &[u8]) -> alloy_sol_types::Result<AttestationRegistryCalls> {
                        <noncesCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(AttestationRegistryCalls::nonces)
                    }
                    nonces
                },
                {
                    fn eip712Domain(data: &[u8]) -> alloy_sol_types::Result<AttestationRegistryCalls> {
                        <eip712DomainCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(AttestationRegistryCalls::eip712Domain)
                    }
                    eip712Domain
                },
                {
                    fn uidOf(data: &[u8]) -> alloy_sol_types::Result<AttestationRegistryCalls> {
                        <uidOfCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(AttestationRegistryCalls::uidOf)
                    }
                    uidOf
                },
                {
                    fn attestDigest(data: &[u8]) -> alloy_sol_types::Result<AttestationRegistryCalls> {
                        <attestDigestCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(AttestationRegistryCalls::attestDigest)
                    }
                    attestDigest
                },
                {
                    fn validUidOf(data: &[u8]) -> alloy_sol_types::Result<AttestationRegistryCalls> {
                        <validUidOfCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(AttestationRegistryCalls::validUidOf)
                    }
                    validUidOf
                },
                {
                    fn attestBySig(data: &[u8]) -> alloy_sol_types::Result<AttestationRegistryCalls> {
                        <attestBySigCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(AttestationRegistryCalls::attestBySig)
                    }
                    attestBySig
                },
                {
                    fn getSchema(data: &[u8]) -> alloy_sol_types::Result<AttestationRegistryCalls> {
                        <getSchemaCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(AttestationRegistryCalls::getSchema)
                    }
                    getSchema
                },
                {
                    fn revoke(data: &[u8]) -> alloy_sol_types::Result<AttestationRegistryCalls> {
                        <revokeCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(AttestationRegistryCalls::revoke)
                    }
                    revoke
                },
                {
                    fn isValidContent(data: &[u8]) -> alloy_sol_types::Result<AttestationRegistryCalls> {
                        <isValidContentCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(AttestationRegistryCalls::isValidContent)
                    }
                    isValidContent
                },
                {
                    fn revokeBySig(data: &[u8]) -> alloy_sol_types::Result<AttestationRegistryCalls> {
                        <revokeBySigCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(AttestationRegistryCalls::revokeBySig)
                    }
                    revokeBySig
                },
            ];
            let Ok(idx) = Self::SELECTORS.binary_search(&selector) else {
                return Err(alloy_sol_types::Error::unknown_selector(
                    <Self as alloy_sol_types::SolInterface>::NAME,
                    selector,
                ));
            };
            DECODE_VALIDATE_SHIMS[idx](data)
        }
        #[inline]
        fn abi_encoded_size(&self) -> usize {
            match self {
                Self::attest(inner) => <attestCall as alloy_sol_types::SolCall>::abi_encoded_size(inner),
                Self::attestBatch(inner) => <attestBatchCall as alloy_sol_types::SolCall>::abi_encoded_size(inner),
                Self::attestBySig(inner) => <attestBySigCall as alloy_sol_types::SolCall>::abi_encoded_size(inner),
                Self::attestDigest(inner) => <attestDigestCall as alloy_sol_types::SolCall>::abi_encoded_size(inner),
                Self::eip712Domain(inner) => <eip712DomainCall as alloy_sol_types::SolCall>::abi_encoded_size(inner),
                Self::getRecord(inner) => <getRecordCall as alloy_sol_types::SolCall>::abi_encoded_size(inner),
                Self::getSchema(inner) => <getSchemaCall as alloy_sol_types::SolCall>::abi_encoded_size(inner),
                Self::invalidateNonces(inner) => {
                    <invalidateNoncesCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::isValid(inner) => <isValidCall as alloy_sol_types::SolCall>::abi_encoded_size(inner),
                Self::isValidContent(inner) => {
                    <isValidContentCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::nonces(inner) => <noncesCall as alloy_sol_types::SolCall>::abi_encoded_size(inner),
                Self::registerSchema(inner) => {
                    <registerSchemaCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::revoke(inner) => <revokeCall as alloy_sol_types::SolCall>::abi_encoded_size(inner),
                Self::revokeBatch(inner) => <revokeBatchCall as alloy_sol_types::SolCall>::abi_encoded_size(inner),
                Self::revokeBySig(inner) => <revokeBySigCall as alloy_sol_types::SolCall>::abi_encoded_size(inner),
                Self::revokeDigest(inner) => <revokeDigestCall as alloy_sol_types::SolCall>::abi_encoded_size(inner),
                Self::supersede(inner) => <supersedeCall as alloy_sol_types::SolCall>::abi_encoded_size(inner),
                Self::timestamp(inner) => <timestampCall as alloy_sol_types::SolCall>::abi_encoded_size(inner),
                Self::timestampOf(inner) => <timestampOfCall as alloy_sol_types::SolCall>::abi_encoded_size(inner),
                Self::uidOf(inner) => <uidOfCall as alloy_sol_types::SolCall>::abi_encoded_size(inner),
                Self::uidOfRequest(inner) => <uidOfRequestCall as alloy_sol_types::SolCall>::abi_encoded_size(inner),
                Self::validUidOf(inner) => <validUidOfCall as alloy_sol_types::SolCall>::abi_encoded_size(inner),
                Self::version(inner) => <versionCall as alloy_sol_types::SolCall>::abi_encoded_size(inner),
            }
        }
        #[inline]
        fn abi_encode_raw(&self, out: &mut alloy_sol_types::private::Vec<u8>) {
            match self {
                Self::attest(inner) => <attestCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out),
                Self::attestBatch(inner) => <attestBatchCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out),
                Self::attestBySig(inner) => <attestBySigCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out),
                Self::attestDigest(inner) => <attestDigestCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out),
                Self::eip712Domain(inner) => <eip712DomainCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out),
                Self::getRecord(inner) => <getRecordCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out),
                Self::getSchema(inner) => <getSchemaCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out),
                Self::invalidateNonces(inner) => {
                    <invalidateNoncesCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::isValid(inner) => <isValidCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out),
                Self::isValidContent(inner) => {
                    <isValidContentCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::nonces(inner) => <noncesCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out),
                Self::registerSchema(inner) => {
                    <registerSchemaCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::revoke(inner) => <revokeCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out),
                Self::revokeBatch(inner) => <revokeBatchCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out),
                Self::revokeBySig(inner) => <revokeBySigCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out),
                Self::revokeDigest(inner) => <revokeDigestCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out),
                Self::supersede(inner) => <supersedeCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out),
                Self::timestamp(inner) => <timestampCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out),
                Self::timestampOf(inner) => <timestampOfCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out),
                Self::uidOf(inner) => <uidOfCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out),
                Self::uidOfRequest(inner) => <uidOfRequestCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out),
                Self::validUidOf(inner) => <validUidOfCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out),
                Self::version(inner) => <versionCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out),
            }
        }
    }
    ///Container for all the [`AttestationRegistry`](self) custom errors.
    #[derive(Clone, serde::Serialize, serde::Deserialize, Debug, PartialEq, Eq, Hash)]
    pub enum AttestationRegistryErrors {
        #[allow(missing_docs)]
        AttestationRegistryAlreadyAttested(AttestationRegistryAlreadyAttested),
        #[allow(missing_docs)]
        AttestationRegistryAlreadyRevoked(AttestationRegistryAlreadyRevoked),
        #[allow(missing_docs)]
        AttestationRegistryAlreadyTimestamped(AttestationRegistryAlreadyTimestamped),
        #[allow(missing_docs)]
        AttestationRegistryEmptyBatch(AttestationRegistryEmptyBatch),
        #[allow(missing_docs)]
        AttestationRegistryInvalidExpiration(AttestationRegistryInvalidExpiration),
        #[allow(missing_docs)]
        AttestationRegistryInvalidSignature(AttestationRegistryInvalidSignature),
        #[allow(missing_docs)]
        AttestationRegistryIrrevocable(AttestationRegistryIrrevocable),
        #[allow(missing_docs)]
        AttestationRegistryIrrevocableSchema(AttestationRegistryIrrevocableSchema),
        #[allow(missing_docs)]
        AttestationRegistryNonceTooLow(AttestationRegistryNonceTooLow),
        #[allow(missing_docs)]
        AttestationRegistryNotAttester(AttestationRegistryNotAttester),
        #[allow(missing_docs)]
        AttestationRegistryResolverVeto(AttestationRegistryResolverVeto),
        #[allow(missing_docs)]
        AttestationRegistrySchemaExists(AttestationRegistrySchemaExists),
        #[allow(missing_docs)]
        AttestationRegistrySignatureExpired(AttestationRegistrySignatureExpired),
        #[allow(missing_docs)]
        AttestationRegistryUnknownAttestation(AttestationRegistryUnknownAttestation),
        #[allow(missing_docs)]
        AttestationRegistryUnknownSchema(AttestationRegistryUnknownSchema),
        #[allow(missing_docs)]
        AttestationRegistryZeroHash(AttestationRegistryZeroHash),
        #[allow(missing_docs)]
        InvalidShortString(InvalidShortString),
        #[allow(missing_docs)]
        ReentrancyGuardReentrantCall(ReentrancyGuardReentrantCall),
        #[allow(missing_docs)]
        StringTooLong(StringTooLong),
    }
    impl AttestationRegistryErrors {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 4usize]] = &[
            [28u8, 94u8, 7u8, 102u8],
            [32u8, 41u8, 196u8, 115u8],
            [46u8, 109u8, 133u8, 108u8],
            [48u8, 90u8, 39u8, 169u8],
            [53u8, 98u8, 141u8, 106u8],
            [62u8, 229u8, 174u8, 181u8],
            [81u8, 235u8, 92u8, 52u8],
            [95u8, 52u8, 238u8, 144u8],
            [101u8, 95u8, 204u8, 190u8],
            [122u8, 26u8, 155u8, 233u8],
            [132u8, 145u8, 125u8, 220u8],
            [137u8, 172u8, 31u8, 109u8],
            [148u8, 114u8, 128u8, 79u8],
            [179u8, 81u8, 43u8, 12u8],
            [185u8, 206u8, 79u8, 13u8],
            [211u8, 50u8, 58u8, 107u8],
            [216u8, 36u8, 110u8, 222u8],
            [218u8, 171u8, 2u8, 106u8],
            [223u8, 230u8, 26u8, 48u8],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(AttestationRegistrySignatureExpired),
            ::core::stringify!(AttestationRegistryInvalidExpiration),
            ::core::stringify!(AttestationRegistryNotAttester),
            ::core::stringify!(StringTooLong),
            ::core::stringify!(AttestationRegistryUnknownAttestation),
            ::core::stringify!(ReentrancyGuardReentrantCall),
            ::core::stringify!(AttestationRegistryNonceTooLow),
            ::core::stringify!(AttestationRegistryZeroHash),
            ::core::stringify!(AttestationRegistryEmptyBatch),
            ::core::stringify!(AttestationRegistryAlreadyAttested),
            ::core::stringify!(AttestationRegistrySchemaExists),
            ::core::stringify!(AttestationRegistryIrrevocableSchema),
            ::core::stringify!(AttestationRegistryInvalidSignature),
            ::core::stringify!(InvalidShortString),
            ::core::stringify!(AttestationRegistryUnknownSchema),
            ::core::stringify!(AttestationRegistryAlreadyTimestamped),
            ::core::stringify!(AttestationRegistryAlreadyRevoked),
            ::core::stringify!(AttestationRegistryIrrevocable),
            ::core::stringify!(AttestationRegistryResolverVeto),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <AttestationRegistrySignatureExpired as alloy_sol_types::SolError>::SIGNATURE,
            <AttestationRegistryInvalidExpiration as alloy_sol_types::SolError>::SIGNATURE,
            <AttestationRegistryNotAttester as alloy_sol_types::SolError>::SIGNATURE,
            <StringTooLong as alloy_sol_types::SolError>::SIGNATURE,
            <AttestationRegistryUnknownAttestation as alloy_sol_types::SolError>::SIGNATURE,
            <ReentrancyGuardReentrantCall as alloy_sol_types::SolError>::SIGNATURE,
            <AttestationRegistryNonceTooLow as alloy_sol_types::SolError>::SIGNATURE,
            <AttestationRegistryZeroHash as alloy_sol_types::SolError>::SIGNATURE,
            <AttestationRegistryEmptyBatch as alloy_sol_types::SolError>::SIGNATURE,
            <AttestationRegistryAlreadyAttested as alloy_sol_types::SolError>::SIGNATURE,
            <AttestationRegistrySchemaExists as alloy_sol_types::SolError>::SIGNATURE,
            <AttestationRegistryIrrevocableSchema as alloy_sol_types::SolError>::SIGNATURE,
            <AttestationRegistryInvalidSignature as alloy_sol_types::SolError>::SIGNATURE,
            <InvalidShortString as alloy_sol_types::SolError>::SIGNATURE,
            <AttestationRegistryUnknownSchema as alloy_sol_types::SolError>::SIGNATURE,
            <AttestationRegistryAlreadyTimestamped as alloy_sol_types::SolError>::SIGNATURE,
            <AttestationRegistryAlreadyRevoked as alloy_sol_types::SolError>::SIGNATURE,
            <AttestationRegistryIrrevocable as alloy_sol_types::SolError>::SIGNATURE,
            <AttestationRegistryResolverVeto as alloy_sol_types::SolError>::SIGNATURE,
        ];
        /// Returns the signature for the given selector, if known.
        #[inline]
        pub fn signature_by_selector(selector: [u8; 4usize]) -> ::core::option::Option<&'static str> {
            match Self::SELECTORS.binary_search(&selector) {
                ::core::result::Result::Ok(idx) => ::core::option::Option::Some(Self::SIGNATURES[idx]),
                ::core::result::Result::Err(_) => ::core::option::Option::None,
            }
        }
        /// Returns the enum variant name for the given selector, if known.
        #[inline]
        pub fn name_by_selector(selector: [u8; 4usize]) -> ::core::option::Option<&'static str> {
            let sig = Self::signature_by_selector(selector)?;
            sig.split_once('(').map(|(name, _)| name)
        }
    }
    #[automatically_derived]
    impl alloy_sol_types::SolInterface for AttestationRegistryErrors {
        const NAME: &'static str = "AttestationRegistryErrors";
        const MIN_DATA_LENGTH: usize = 0usize;
        const COUNT: usize = 19usize;
        #[inline]
        fn selector(&self) -> [u8; 4] {
            match self {
                Self::AttestationRegistryAlreadyAttested(_) => {
                    <AttestationRegistryAlreadyAttested as alloy_sol_types::SolError>::SELECTOR
                }
                Self::AttestationRegistryAlreadyRevoked(_) => {
                    <AttestationRegistryAlreadyRevoked as alloy_sol_types::SolError>::SELECTOR
                }
                Self::AttestationRegistryAlreadyTimestamped(_) => {
                    <AttestationRegistryAlreadyTimestamped as alloy_sol_types::SolError>::SELECTOR
                }
                Self::AttestationRegistryEmptyBatch(_) => {
                    <AttestationRegistryEmptyBatch as alloy_sol_types::SolError>::SELECTOR
                }
                Self::AttestationRegistryInvalidExpiration(_) => {
                    <AttestationRegistryInvalidExpiration as alloy_sol_types::SolError>::SELECTOR
                }
                Self::AttestationRegistryInvalidSignature(_) => {
                    <AttestationRegistryInvalidSignature as alloy_sol_types::SolError>::SELECTOR
                }
                Self::AttestationRegistryIrrevocable(_) => {
                    <AttestationRegistryIrrevocable as alloy_sol_types::SolError>::SELECTOR
                }
                Self::AttestationRegistryIrrevocableSchema(_) => {
                    <AttestationRegistryIrrevocableSchema as alloy_sol_types::SolError>::SELECTOR
                }
                Self::AttestationRegistryNonceTooLow(_) => {
                    <AttestationRegistryNonceTooLow as alloy_sol_types::SolError>::SELECTOR
                }
                Self::AttestationRegistryNotAttester(_) => {
                    <AttestationRegistryNotAttester as alloy_sol_types::SolError>::SELECTOR
                }
                Self::AttestationRegistryResolverVeto(_) => {
                    <AttestationRegistryResolverVeto as alloy_sol_types::SolError>::SELECTOR
                }
                Self::AttestationRegistrySchemaExists(_) => {
                    <AttestationRegistrySchemaExists as alloy_sol_types::SolError>::SELECTOR
                }
                Self::AttestationRegistrySignatureExpired(_) => {
                    <AttestationRegistrySignatureExpired as alloy_sol_types::SolError>::SELECTOR
                }
                Self::AttestationRegistryUnknownAttestation(_) => {
                    <AttestationRegistryUnknownAttestation as alloy_sol_types::SolError>::SELECTOR
                }
                Self::AttestationRegistryUnknownSchema(_) => {
                    <AttestationRegistryUnknownSchema as alloy_sol_types::SolError>::SELECTOR
                }
                Self::AttestationRegistryZeroHash(_) => {
                    <AttestationRegistryZeroHash as alloy_sol_types::SolError>::SELECTOR
                }
                Self::InvalidShortString(_) => <InvalidShortString as alloy_sol_types::SolError>::SELECTOR,
                Self::ReentrancyGuardReentrantCall(_) => {
                    <ReentrancyGuardReentrantCall as alloy_sol_types::SolError>::SELECTOR
                }
                Self::StringTooLong(_) => <StringTooLong as alloy_sol_types::SolError>::SELECTOR,
            }
        }
        #[inline]
        fn selector_at(i: usize) -> ::core::option::Option<[u8; 4]> {
            Self::SELECTORS.get(i).copied()
        }
        #[inline]
        fn valid_selector(selector: [u8; 4]) -> bool {
            Self::SELECTORS.binary_search(&selector).is_ok()
        }
        #[inline]
        #[allow(non_snake_case)]
        fn abi_decode_raw(selector: [u8; 4], data: &[u8]) -> alloy_sol_types::Result<Self> {
            static DECODE_SHIMS: &[fn(&[u8]) -> alloy_sol_types::Result<AttestationRegistryErrors>] = &[
                {
                    fn AttestationRegistrySignatureExpired(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AttestationRegistryErrors> {
                        <AttestationRegistrySignatureExpired as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(AttestationRegistryErrors::AttestationRegistrySignatureExpired)
                    }
                    AttestationRegistrySignatureExpired
                },
                {
                    fn AttestationRegistryInvalidExpiration(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AttestationRegistryErrors> {
                        <AttestationRegistryInvalidExpiration as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(AttestationRegistryErrors::AttestationRegistryInvalidExpiration)
                    }
                    AttestationRegistryInvalidExpiration
                },
                {
                    fn AttestationRegistryNotAttester(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AttestationRegistryErrors> {
                        <AttestationRegistryNotAttester as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(AttestationRegistryErrors::AttestationRegistryNotAttester)
                    }
                    AttestationRegistryNotAttester
                },
                {
                    fn StringTooLong(data: &[u8]) -> alloy_sol_types::Result<AttestationRegistryErrors> {
                        <StringTooLong as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(AttestationRegistryErrors::StringTooLong)
                    }
                    StringTooLong
                },
                {
                    fn AttestationRegistryUnknownAttestation(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AttestationRegistryErrors> {
                        <AttestationRegistryUnknownAttestation as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(AttestationRegistryErrors::AttestationRegistryUnknownAttestation)
                    }
                    AttestationRegistryUnknownAttestation
                },
                {
                    fn ReentrancyGuardReentrantCall(data: &[u8]) -> alloy_sol_types::Result<AttestationRegistryErrors> {
                        <ReentrancyGuardReentrantCall as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(AttestationRegistryErrors::ReentrancyGuardReentrantCall)
                    }
                    ReentrancyGuardReentrantCall
                },
                {
                    fn AttestationRegistryNonceTooLow(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AttestationRegistryErrors> {
                        <AttestationRegistryNonceTooLow as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(AttestationRegistryErrors::AttestationRegistryNonceTooLow)
                    }
                    AttestationRegistryNonceTooLow
                },
                {
                    fn AttestationRegistryZeroHash(data: &[u8]) -> alloy_sol_types::Result<AttestationRegistryErrors> {
                        <AttestationRegistryZeroHash as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(AttestationRegistryErrors::AttestationRegistryZeroHash)
                    }
                    AttestationRegistryZeroHash
                },
                {
                    fn AttestationRegistryEmptyBatch(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AttestationRegistryErrors> {
                        <AttestationRegistryEmptyBatch as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(AttestationRegistryErrors::AttestationRegistryEmptyBatch)
                    }
                    AttestationRegistryEmptyBatch
                },
                {
                    fn AttestationRegistryAlreadyAttested(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AttestationRegistryErrors> {
                        <AttestationRegistryAlreadyAttested as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(AttestationRegistryErrors::AttestationRegistryAlreadyAttested)
                    }
                    AttestationRegistryAlreadyAttested
                },
                {
                    fn AttestationRegistrySchemaExists(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AttestationRegistryErrors> {
                        <AttestationRegistrySchemaExists as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(AttestationRegistryErrors::AttestationRegistrySchemaExists)
                    }
                    AttestationRegistrySchemaExists
                },
                {
                    fn AttestationRegistryIrrevocableSchema(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AttestationRegistryErrors> {
                        <AttestationRegistryIrrevocableSchema as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(AttestationRegistryErrors::AttestationRegistryIrrevocableSchema)
                    }
                    AttestationRegistryIrrevocableSchema
                },
                {
                    fn AttestationRegistryInvalidSignature(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AttestationRegistryErrors> {
                        <AttestationRegistryInvalidSignature as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(AttestationRegistryErrors::AttestationRegistryInvalidSignature)
                    }
                    AttestationRegistryInvalidSignature
                },
                {
                    fn InvalidShortString(data: &[u8]) -> alloy_sol_types::Result<AttestationRegistryErrors> {
                        <InvalidShortString as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(AttestationRegistryErrors::InvalidShortString)
                    }
                    InvalidShortString
                },
                {
                    fn AttestationRegistryUnknownSchema(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AttestationRegistryErrors> {
                        <AttestationRegistryUnknownSchema as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(AttestationRegistryErrors::AttestationRegistryUnknownSchema)
                    }
                    AttestationRegistryUnknownSchema
                },
                {
                    fn AttestationRegistryAlreadyTimestamped(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AttestationRegistryErrors> {
                        <AttestationRegistryAlreadyTimestamped as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(AttestationRegistryErrors::AttestationRegistryAlreadyTimestamped)
                    }
                    AttestationRegistryAlreadyTimestamped
                },
                {
                    fn AttestationRegistryAlreadyRevoked(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AttestationRegistryErrors> {
                        <AttestationRegistryAlreadyRevoked as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(AttestationRegistryErrors::AttestationRegistryAlreadyRevoked)
                    }
                    AttestationRegistryAlreadyRevoked
                },
                {
                    fn AttestationRegistryIrrevocable(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AttestationRegistryErrors> {
                        <AttestationRegistryIrrevocable as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(AttestationRegistryErrors::AttestationRegistryIrrevocable)
                    }
                    AttestationRegistryIrrevocable
                },
                {
                    fn AttestationRegistryResolverVeto(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AttestationRegistryErrors> {
                        <AttestationRegistryResolverVeto as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(AttestationRegistryErrors::AttestationRegistryResolverVeto)
                    }
                    AttestationRegistryResolverVeto
                },
            ];
            let Ok(idx) = Self::SELECTORS.binary_search(&selector) else {
                return Err(alloy_sol_types::Error::unknown_selector(
                    <Self as alloy_sol_types::SolInterface>::NAME,
                    selector,
                ));
            };
            DECODE_SHIMS[idx](data)
        }
        #[inline]
        #[allow(non_snake_case)]
        fn abi_decode_raw_validate(selector: [u8; 4], data: &[u8]) -> alloy_sol_types::Result<Self> {
            static DECODE_VALIDATE_SHIMS: &[fn(&[u8]) -> alloy_sol_types::Result<AttestationRegistryErrors>] = &[
                {
                    fn AttestationRegistrySignatureExpired(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AttestationRegistryErrors> {
                        <AttestationRegistrySignatureExpired as alloy_sol_types::SolError>::abi_decode_raw_validate(
                            data,
                        )
                        .map(AttestationRegistryErrors::AttestationRegistrySignatureExpired)
                    }
                    AttestationRegistrySignatureExpired
                },
                {
                    fn AttestationRegistryInvalidExpiration(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AttestationRegistryErrors> {
                        <AttestationRegistryInvalidExpiration as alloy_sol_types::SolError>::abi_decode_raw_validate(
                            data,
                        )
                        .map(AttestationRegistryErrors::AttestationRegistryInvalidExpiration)
                    }
                    AttestationRegistryInvalidExpiration
                },
                {
                    fn AttestationRegistryNotAttester(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AttestationRegistryErrors> {
                        <AttestationRegistryNotAttester as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(AttestationRegistryErrors::AttestationRegistryNotAttester)
                    }
                    AttestationRegistryNotAttester
                },
                {
                    fn StringTooLong(data: &[u8]) -> alloy_sol_types::Result<AttestationRegistryErrors> {
                        <StringTooLong as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(AttestationRegistryErrors::StringTooLong)
                    }
                    StringTooLong
                },
                {
                    fn AttestationRegistryUnknownAttestation(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AttestationRegistryErrors> {
                        <AttestationRegistryUnknownAttestation as alloy_sol_types::SolError>::abi_decode_raw_validate(
                            data,
                        )
                        .map(AttestationRegistryErrors::AttestationRegistryUnknownAttestation)
                    }
                    AttestationRegistryUnknownAttestation
                },
                {
                    fn ReentrancyGuardReentrantCall(data: &[u8]) -> alloy_sol_types::Result<AttestationRegistryErrors> {
                        <ReentrancyGuardReentrantCall as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(AttestationRegistryErrors::ReentrancyGuardReentrantCall)
                    }
                    ReentrancyGuardReentrantCall
                },
                {
                    fn AttestationRegistryNonceTooLow(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AttestationRegistryErrors> {
                        <AttestationRegistryNonceTooLow as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(AttestationRegistryErrors::AttestationRegistryNonceTooLow)
                    }
                    AttestationRegistryNonceTooLow
                },
                {
                    fn AttestationRegistryZeroHash(data: &[u8]) -> alloy_sol_types::Result<AttestationRegistryErrors> {
                        <AttestationRegistryZeroHash as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(AttestationRegistryErrors::AttestationRegistryZeroHash)
                    }
                    AttestationRegistryZeroHash
                },
                {
                    fn AttestationRegistryEmptyBatch(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AttestationRegistryErrors> {
                        <AttestationRegistryEmptyBatch as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(AttestationRegistryErrors::AttestationRegistryEmptyBatch)
                    }
                    AttestationRegistryEmptyBatch
                },
                {
                    fn AttestationRegistryAlreadyAttested(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AttestationRegistryErrors> {
                        <AttestationRegistryAlreadyAttested as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(AttestationRegistryErrors::AttestationRegistryAlreadyAttested)
                    }
                    AttestationRegistryAlreadyAttested
                },
                {
                    fn AttestationRegistrySchemaExists(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AttestationRegistryErrors> {
                        <AttestationRegistrySchemaExists as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(AttestationRegistryErrors::AttestationRegistrySchemaExists)
                    }
                    AttestationRegistrySchemaExists
                },
                {
                    fn AttestationRegistryIrrevocableSchema(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AttestationRegistryErrors> {
                        <AttestationRegistryIrrevocableSchema as alloy_sol_types::SolError>::abi_decode_raw_validate(
                            data,
                        )
                        .map(AttestationRegistryErrors::AttestationRegistryIrrevocableSchema)
                    }
                    AttestationRegistryIrrevocableSchema
                },
                {
                    fn AttestationRegistryInvalidSignature(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AttestationRegistryErrors> {
                        <AttestationRegistryInvalidSignature as alloy_sol_types::SolError>::abi_decode_raw_validate(
                            data,
                        )
                        .map(AttestationRegistryErrors::AttestationRegistryInvalidSignature)
                    }
                    AttestationRegistryInvalidSignature
                },
                {
                    fn InvalidShortString(data: &[u8]) -> alloy_sol_types::Result<AttestationRegistryErrors> {
                        <InvalidShortString as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(AttestationRegistryErrors::InvalidShortString)
                    }
                    InvalidShortString
                },
                {
                    fn AttestationRegistryUnknownSchema(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AttestationRegistryErrors> {
                        <AttestationRegistryUnknownSchema as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(AttestationRegistryErrors::AttestationRegistryUnknownSchema)
                    }
                    AttestationRegistryUnknownSchema
                },
                {
                    fn AttestationRegistryAlreadyTimestamped(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AttestationRegistryErrors> {
                        <AttestationRegistryAlreadyTimestamped as alloy_sol_types::SolError>::abi_decode_raw_validate(
                            data,
                        )
                        .map(AttestationRegistryErrors::AttestationRegistryAlreadyTimestamped)
                    }
                    AttestationRegistryAlreadyTimestamped
                },
                {
                    fn AttestationRegistryAlreadyRevoked(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AttestationRegistryErrors> {
                        <AttestationRegistryAlreadyRevoked as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(AttestationRegistryErrors::AttestationRegistryAlreadyRevoked)
                    }
                    AttestationRegistryAlreadyRevoked
                },
                {
                    fn AttestationRegistryIrrevocable(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AttestationRegistryErrors> {
                        <AttestationRegistryIrrevocable as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(AttestationRegistryErrors::AttestationRegistryIrrevocable)
                    }
                    AttestationRegistryIrrevocable
                },
                {
                    fn AttestationRegistryResolverVeto(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<AttestationRegistryErrors> {
                        <AttestationRegistryResolverVeto as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(AttestationRegistryErrors::AttestationRegistryResolverVeto)
                    }
                    AttestationRegistryResolverVeto
                },
            ];
            let Ok(idx) = Self::SELECTORS.binary_search(&selector) else {
                return Err(alloy_sol_types::Error::unknown_selector(
                    <Self as alloy_sol_types::SolInterface>::NAME,
                    selector,
                ));
            };
            DECODE_VALIDATE_SHIMS[idx](data)
        }
        #[inline]
        fn abi_encoded_size(&self) -> usize {
            match self {
                Self::AttestationRegistryAlreadyAttested(inner) => {
                    <AttestationRegistryAlreadyAttested as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::AttestationRegistryAlreadyRevoked(inner) => {
                    <AttestationRegistryAlreadyRevoked as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::AttestationRegistryAlreadyTimestamped(inner) => {
                    <AttestationRegistryAlreadyTimestamped as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::AttestationRegistryEmptyBatch(inner) => {
                    <AttestationRegistryEmptyBatch as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::AttestationRegistryInvalidExpiration(inner) => {
                    <AttestationRegistryInvalidExpiration as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::AttestationRegistryInvalidSignature(inner) => {
                    <AttestationRegistryInvalidSignature as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::AttestationRegistryIrrevocable(inner) => {
                    <AttestationRegistryIrrevocable as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::AttestationRegistryIrrevocableSchema(inner) => {
                    <AttestationRegistryIrrevocableSchema as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::AttestationRegistryNonceTooLow(inner) => {
                    <AttestationRegistryNonceTooLow as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::AttestationRegistryNotAttester(inner) => {
                    <AttestationRegistryNotAttester as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::AttestationRegistryResolverVeto(inner) => {
                    <AttestationRegistryResolverVeto as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::AttestationRegistrySchemaExists(inner) => {
                    <AttestationRegistrySchemaExists as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::AttestationRegistrySignatureExpired(inner) => {
                    <AttestationRegistrySignatureExpired as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::AttestationRegistryUnknownAttestation(inner) => {
                    <AttestationRegistryUnknownAttestation as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::AttestationRegistryUnknownSchema(inner) => {
                    <AttestationRegistryUnknownSchema as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::AttestationRegistryZeroHash(inner) => {
                    <AttestationRegistryZeroHash as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::InvalidShortString(inner) => {
                    <InvalidShortString as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::ReentrancyGuardReentrantCall(inner) => {
                    <ReentrancyGuardReentrantCall as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::StringTooLong(inner) => <StringTooLong as alloy_sol_types::SolError>::abi_encoded_size(inner),
            }
        }
        #[inline]
        fn abi_encode_raw(&self, out: &mut alloy_sol_types::private::Vec<u8>) {
            match self {
                Self::AttestationRegistryAlreadyAttested(inner) => {
                    <AttestationRegistryAlreadyAttested as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::AttestationRegistryAlreadyRevoked(inner) => {
                    <AttestationRegistryAlreadyRevoked as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::AttestationRegistryAlreadyTimestamped(inner) => {
                    <AttestationRegistryAlreadyTimestamped as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::AttestationRegistryEmptyBatch(inner) => {
                    <AttestationRegistryEmptyBatch as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::AttestationRegistryInvalidExpiration(inner) => {
                    <AttestationRegistryInvalidExpiration as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::AttestationRegistryInvalidSignature(inner) => {
                    <AttestationRegistryInvalidSignature as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::AttestationRegistryIrrevocable(inner) => {
                    <AttestationRegistryIrrevocable as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::AttestationRegistryIrrevocableSchema(inner) => {
                    <AttestationRegistryIrrevocableSchema as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::AttestationRegistryNonceTooLow(inner) => {
                    <AttestationRegistryNonceTooLow as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::AttestationRegistryNotAttester(inner) => {
                    <AttestationRegistryNotAttester as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::AttestationRegistryResolverVeto(inner) => {
                    <AttestationRegistryResolverVeto as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::AttestationRegistrySchemaExists(inner) => {
                    <AttestationRegistrySchemaExists as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::AttestationRegistrySignatureExpired(inner) => {
                    <AttestationRegistrySignatureExpired as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::AttestationRegistryUnknownAttestation(inner) => {
                    <AttestationRegistryUnknownAttestation as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::AttestationRegistryUnknownSchema(inner) => {
                    <AttestationRegistryUnknownSchema as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::AttestationRegistryZeroHash(inner) => {
                    <AttestationRegistryZeroHash as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::InvalidShortString(inner) => {
                    <InvalidShortString as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::ReentrancyGuardReentrantCall(inner) => {
                    <ReentrancyGuardReentrantCall as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::StringTooLong(inner) => <StringTooLong as alloy_sol_types::SolError>::abi_encode_raw(inner, out),
            }
        }
    }
    ///Container for all the [`AttestationRegistry`](self) events.
    #[derive(Clone, serde::Serialize, serde::Deserialize, Debug, PartialEq, Eq, Hash)]
    pub enum AttestationRegistryEvents {
        #[allow(missing_docs)]
        Attested(Attested),
        #[allow(missing_docs)]
        EIP712DomainChanged(EIP712DomainChanged),
        #[allow(missing_docs)]
        NoncesInvalidated(NoncesInvalidated),
        #[allow(missing_docs)]
        Revoked(Revoked),
        #[allow(missing_docs)]
        SchemaRegistered(SchemaRegistered),
        #[allow(missing_docs)]
        Timestamped(Timestamped),
    }
    impl AttestationRegistryEvents {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 32usize]] = &[
            [
                10u8, 99u8, 135u8, 201u8, 234u8, 54u8, 40u8, 184u8, 138u8, 99u8, 59u8, 180u8, 243u8, 177u8, 81u8,
                119u8, 15u8, 112u8, 8u8, 81u8, 23u8, 161u8, 95u8, 155u8, 243u8, 120u8, 124u8, 218u8, 83u8, 241u8, 61u8,
                49u8,
            ],
            [
                47u8, 0u8, 44u8, 172u8, 143u8, 84u8, 78u8, 126u8, 178u8, 9u8, 143u8, 162u8, 113u8, 16u8, 113u8, 132u8,
                36u8, 31u8, 58u8, 132u8, 181u8, 183u8, 62u8, 61u8, 99u8, 53u8, 128u8, 185u8, 69u8, 192u8, 167u8, 235u8,
            ],
            [
                80u8, 175u8, 1u8, 207u8, 51u8, 200u8, 251u8, 181u8, 231u8, 125u8, 181u8, 255u8, 140u8, 43u8, 105u8,
                94u8, 216u8, 230u8, 208u8, 182u8, 15u8, 190u8, 26u8, 18u8, 69u8, 247u8, 128u8, 214u8, 65u8, 60u8,
                125u8, 13u8,
            ],
            [
                83u8, 8u8, 176u8, 94u8, 55u8, 241u8, 65u8, 45u8, 65u8, 82u8, 172u8, 106u8, 88u8, 238u8, 34u8, 125u8,
                122u8, 210u8, 198u8, 124u8, 4u8, 13u8, 240u8, 31u8, 182u8, 255u8, 206u8, 23u8, 7u8, 165u8, 57u8, 220u8,
            ],
            [
                174u8, 253u8, 203u8, 228u8, 77u8, 8u8, 32u8, 91u8, 92u8, 120u8, 109u8, 70u8, 125u8, 63u8, 202u8, 37u8,
                116u8, 101u8, 138u8, 78u8, 174u8, 197u8, 38u8, 11u8, 80u8, 142u8, 74u8, 154u8, 129u8, 145u8, 201u8,
                238u8,
            ],
            [
                225u8, 193u8, 89u8, 142u8, 89u8, 62u8, 180u8, 229u8, 155u8, 202u8, 211u8, 149u8, 225u8, 58u8, 22u8,
                140u8, 52u8, 186u8, 92u8, 79u8, 81u8, 234u8, 52u8, 86u8, 54u8, 166u8, 47u8, 70u8, 244u8, 133u8, 105u8,
                174u8,
            ],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(EIP712DomainChanged),
            ::core::stringify!(Revoked),
            ::core::stringify!(SchemaRegistered),
            ::core::stringify!(Timestamped),
            ::core::stringify!(NoncesInvalidated),
            ::core::stringify!(Attested),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <EIP712DomainChanged as alloy_sol_types::SolEvent>::SIGNATURE,
            <Revoked as alloy_sol_types::SolEvent>::SIGNATURE,
            <SchemaRegistered as alloy_sol_types::SolEvent>::SIGNATURE,
            <Timestamped as alloy_sol_types::SolEvent>::SIGNATURE,
            <NoncesInvalidated as alloy_sol_types::SolEvent>::SIGNATURE,
            <Attested as alloy_sol_types::SolEvent>::SIGNATURE,
        ];
        /// Returns the signature for the given selector, if known.
        #[inline]
        pub fn signature_by_selector(selector: [u8; 32usize]) -> ::core::option::Option<&'static str> {
            match Self::SELECTORS.binary_search(&selector) {
                ::core::result::Result::Ok(idx) => ::core::option::Option::Some(Self::SIGNATURES[idx]),
                ::core::result::Result::Err(_) => ::core::option::Option::None,
            }
        }
        /// Returns the enum variant name for the given selector, if known.
        #[inline]
        pub fn name_by_selector(selector: [u8; 32usize]) -> ::core::option::Option<&'static str> {
            let sig = Self::signature_by_selector(selector)?;
            sig.split_once('(').map(|(name, _)| name)
        }
    }
    #[automatically_derived]
    impl alloy_sol_types::SolEventInterface for AttestationRegistryEvents {
        const NAME: &'static str = "AttestationRegistryEvents";
        const COUNT: usize = 6usize;
        fn decode_raw_log(topics: &[alloy_sol_types::Word], data: &[u8]) -> alloy_sol_types::Result<Self> {
            match topics.first().copied() {
                Some(<Attested as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <Attested as alloy_sol_types::SolEvent>::decode_raw_log(topics, data).map(Self::Attested)
                }
                Some(<EIP712DomainChanged as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <EIP712DomainChanged as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::EIP712DomainChanged)
                }
                Some(<NoncesInvalidated as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <NoncesInvalidated as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::NoncesInvalidated)
                }
                Some(<Revoked as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <Revoked as alloy_sol_types::SolEvent>::decode_raw_log(topics, data).map(Self::Revoked)
                }
                Some(<SchemaRegistered as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <SchemaRegistered as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::SchemaRegistered)
                }
                Some(<Timestamped as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <Timestamped as alloy_sol_types::SolEvent>::decode_raw_log(topics, data).map(Self::Timestamped)
                }
                _ => alloy_sol_types::private::Err(alloy_sol_types::Error::InvalidLog {
                    name: <Self as alloy_sol_types::SolEventInterface>::NAME,
                    log: alloy_sol_types::private::Box::new(alloy_sol_types::private::LogData::new_unchecked(
                        topics.to_vec(),
                        data.to_vec().into(),
                    )),
                }),
            }
        }
    }
    #[automatically_derived]
    impl alloy_sol_types::private::IntoLogData for AttestationRegistryEvents {
        fn to_log_data(&self) -> alloy_sol_types::private::LogData {
            match self {
                Self::Attested(inner) => alloy_sol_types::private::IntoLogData::to_log_data(inner),
                Self::EIP712DomainChanged(inner) => alloy_sol_types::private::IntoLogData::to_log_data(inner),
                Self::NoncesInvalidated(inner) => alloy_sol_types::private::IntoLogData::to_log_data(inner),
                Self::Revoked(inner) => alloy_sol_types::private::IntoLogData::to_log_data(inner),
                Self::SchemaRegistered(inner) => alloy_sol_types::private::IntoLogData::to_log_data(inner),
                Self::Timestamped(inner) => alloy_sol_types::private::IntoLogData::to_log_data(inner),
            }
        }
        fn into_log_data(self) -> alloy_sol_types::private::LogData {
            match self {
                Self::Attested(inner) => alloy_sol_types::private::IntoLogData::into_log_data(inner),
                Self::EIP712DomainChanged(inner) => alloy_sol_types::private::IntoLogData::into_log_data(inner),
                Self::NoncesInvalidated(inner) => alloy_sol_types::private::IntoLogData::into_log_data(inner),
                Self::Revoked(inner) => alloy_sol_types::private::IntoLogData::into_log_data(inner),
                Self::SchemaRegistered(inner) => alloy_sol_types::private::IntoLogData::into_log_data(inner),
                Self::Timestamped(inner) => alloy_sol_types::private::IntoLogData::into_log_data(inner),
            }
        }
    }
    use alloy::contract as alloy_contract;
    /**Creates a new wrapper around an on-chain [`AttestationRegistry`](self) contract instance.

    See the [wrapper's documentation](`AttestationRegistryInstance`) for more details.*/
    #[inline]
    pub const fn new<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network>(
        address: alloy_sol_types::private::Address,
        __provider: P,
    ) -> AttestationRegistryInstance<P, N> {
        AttestationRegistryInstance::<P, N>::new(address, __provider)
    }
    /**Deploys this contract using the given `provider` and constructor arguments, if any.

    Returns a new instance of the contract, if the deployment was successful.

    For more fine-grained control over the deployment process, use [`deploy_builder`] instead.*/
    #[inline]
    pub fn deploy<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network>(
        __provider: P,
    ) -> impl ::core::future::Future<Output = alloy_contract::Result<AttestationRegistryInstance<P, N>>> {
        AttestationRegistryInstance::<P, N>::deploy(__provider)
    }
    /**Creates a `RawCallBuilder` for deploying this contract using the given `provider`
    and constructor arguments, if any.

    This is a simple wrapper around creating a `RawCallBuilder` with the data set to
    the bytecode concatenated with the constructor's ABI-encoded arguments.*/
    #[inline]
    pub fn deploy_builder<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network>(
        __provider: P,
    ) -> alloy_contract::RawCallBuilder<P, N> {
        AttestationRegistryInstance::<P, N>::deploy_builder(__provider)
    }
    /**A [`AttestationRegistry`](self) instance.

    Contains type-safe methods for interacting with an on-chain instance of the
    [`AttestationRegistry`](self) contract located at a given `address`, using a given
    provider `P`.

    If the contract bytecode is available (see the [`sol!`](alloy_sol_types::sol!)
    documentation on how to provide it), the `deploy` and `deploy_builder` methods can
    be used to deploy a new instance of the contract.

    See the [module-level documentation](self) for all the available methods.*/
    #[derive(Clone)]
    pub struct AttestationRegistryInstance<P, N = alloy_contract::private::Ethereum> {
        address: alloy_sol_types::private::Address,
        provider: P,
        _network: ::core::marker::PhantomData<N>,
    }
    #[automatically_derived]
    impl<P, N> ::core::fmt::Debug for AttestationRegistryInstance<P, N> {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_tuple("AttestationRegistryInstance").field(&self.address).finish()
        }
    }
    /// Instantiation and getters/setters.
    impl<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network> AttestationRegistryInstance<P, N> {
        /**Creates a new wrapper around an on-chain [`AttestationRegistry`](self) contract instance.

        See the [wrapper's documentation](`AttestationRegistryInstance`) for more details.*/
        #[inline]
        pub const fn new(address: alloy_sol_types::private::Address, __provider: P) -> Self {
            Self { address, provider: __provider, _network: ::core::marker::PhantomData }
        }
        /**Deploys this contract using the given `provider` and constructor arguments, if any.

        Returns a new instance of the contract, if the deployment was successful.

        For more fine-grained control over the deployment process, use [`deploy_builder`] instead.*/
        #[inline]
        pub async fn deploy(__provider: P) -> alloy_contract::Result<AttestationRegistryInstance<P, N>> {
            let call_builder = Self::deploy_builder(__provider);
            let contract_address = call_builder.deploy().await?;
            Ok(Self::new(contract_address, call_builder.provider))
        }
        /**Creates a `RawCallBuilder` for deploying this contract using the given `provider`
        and constructor arguments, if any.

        This is a simple wrapper around creating a `RawCallBuilder` with the data set to
        the bytecode concatenated with the constructor's ABI-encoded arguments.*/
        #[inline]
        pub fn deploy_builder(__provider: P) -> alloy_contract::RawCallBuilder<P, N> {
            alloy_contract::RawCallBuilder::new_raw_deploy(__provider, ::core::clone::Clone::clone(&BYTECODE))
        }
        /// Returns a reference to the address.
        #[inline]
        pub const fn address(&self) -> &alloy_sol_types::private::Address {
            &self.address
        }
        /// Sets the address.
        #[inline]
        pub fn set_address(&mut self, address: alloy_sol_types::private::Address) {
            self.address = address;
        }
        /// Sets the address and returns `self`.
        pub fn at(mut self, address: alloy_sol_types::private::Address) -> Self {
            self.set_address(address);
            self
        }
        /// Returns a reference to the provider.
        #[inline]
        pub const fn provider(&self) -> &P {
            &self.provider
        }
    }
    impl<P: ::core::clone::Clone, N> AttestationRegistryInstance<&P, N> {
        /// Clones the provider and returns a new instance with the cloned provider.
        #[inline]
        pub fn with_cloned_provider(self) -> AttestationRegistryInstance<P, N> {
            AttestationRegistryInstance {
                address: self.address,
                provider: ::core::clone::Clone::clone(&self.provider),
                _network: ::core::marker::PhantomData,
            }
        }
    }
    /// Function calls.
    impl<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network> AttestationRegistryInstance<P, N> {
        /// Creates a new call builder using this contract instance's provider and address.
        ///
        /// Note that the call can be any function call, not just those defined in this
        /// contract. Prefer using the other methods for building type-safe contract calls.
        pub fn call_builder<C: alloy_sol_types::SolCall>(&self, call: &C) -> alloy_contract::SolCallBuilder<&P, C, N> {
            alloy_contract::SolCallBuilder::new_sol(&self.provider, &self.address, call)
        }
        ///Creates a new call builder for the [`attest`] function.
        pub fn attest(
            &self,
            request: <IAttestationRegistry::AttestationRequest as alloy::sol_types::SolType>::RustType,
        ) -> alloy_contract::SolCallBuilder<&P, attestCall, N> {
            self.call_builder(&attestCall { request })
        }
        ///Creates a new call builder for the [`attestBatch`] function.
        pub fn attestBatch(
            &self,
            requests: alloy::sol_types::private::Vec<
                <IAttestationRegistry::AttestationRequest as alloy::sol_types::SolType>::RustType,
            >,
        ) -> alloy_contract::SolCallBuilder<&P, attestBatchCall, N> {
            self.call_builder(&attestBatchCall { requests })
        }
        ///Creates a new call builder for the [`attestBySig`] function.
        pub fn attestBySig(
            &self,
            request: <IAttestationRegistry::AttestationRequest as alloy::sol_types::SolType>::RustType,
            attester: alloy::sol_types::private::Address,
            deadline: alloy::sol_types::private::primitives::aliases::U256,
            signature: alloy::sol_types::private::Bytes,
        ) -> alloy_contract::SolCallBuilder<&P, attestBySigCall, N> {
            self.call_builder(&attestBySigCall { request, attester, deadline, signature })
        }
        ///Creates a new call builder for the [`attestDigest`] function.
        pub fn attestDigest(
            &self,
            request: <IAttestationRegistry::AttestationRequest as alloy::sol_types::SolType>::RustType,
            attester: alloy::sol_types::private::Address,
            nonce: alloy::sol_types::private::primitives::aliases::U256,
            deadline: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, attestDigestCall, N> {
            self.call_builder(&attestDigestCall { request, attester, nonce, deadline })
        }
        ///Creates a new call builder for the [`eip712Domain`] function.
        pub fn eip712Domain(&self) -> alloy_contract::SolCallBuilder<&P, eip712DomainCall, N> {
            self.call_builder(&eip712DomainCall)
        }
        ///Creates a new call builder for the [`getRecord`] function.
        pub fn getRecord(
            &self,
            uid: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, getRecordCall, N> {
            self.call_builder(&getRecordCall { uid })
        }
        ///Creates a new call builder for the [`getSchema`] function.
        pub fn getSchema(
            &self,
            schema: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, getSchemaCall, N> {
            self.call_builder(&getSchemaCall { schema })
        }
        ///Creates a new call builder for the [`invalidateNonces`] function.
        pub fn invalidateNonces(
            &self,
            newNonce: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, invalidateNoncesCall, N> {
            self.call_builder(&invalidateNoncesCall { newNonce })
        }
        ///Creates a new call builder for the [`isValid`] function.
        pub fn isValid(
            &self,
            uid: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, isValidCall, N> {
            self.call_builder(&isValidCall { uid })
        }
        ///Creates a new call builder for the [`isValidContent`] function.
        pub fn isValidContent(
            &self,
            c: <IAttestationRegistry::AttestationContent as alloy::sol_types::SolType>::RustType,
        ) -> alloy_contract::SolCallBuilder<&P, isValidContentCall, N> {
            self.call_builder(&isValidContentCall { c })
        }
        ///Creates a new call builder for the [`nonces`] function.
        pub fn nonces(
            &self,
            attester: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, noncesCall, N> {
            self.call_builder(&noncesCall { attester })
        }
        ///Creates a new call builder for the [`registerSchema`] function.
        pub fn registerSchema(
            &self,
            definition: alloy::sol_types::private::String,
            resolver: alloy::sol_types::private::Address,
            revocable: bool,
        ) -> alloy_contract::SolCallBuilder<&P, registerSchemaCall, N> {
            self.call_builder(&registerSchemaCall { definition, resolver, revocable })
        }
        ///Creates a new call builder for the [`revoke`] function.
        pub fn revoke(
            &self,
            uid: alloy::sol_types::private::FixedBytes<32>,
            reason: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, revokeCall, N> {
            self.call_builder(&revokeCall { uid, reason })
        }
        ///Creates a new call builder for the [`revokeBatch`] function.
        pub fn revokeBatch(
            &self,
            requests: alloy::sol_types::private::Vec<
                <IAttestationRegistry::RevocationRequest as alloy::sol_types::SolType>::RustType,
            >,
        ) -> alloy_contract::SolCallBuilder<&P, revokeBatchCall, N> {
            self.call_builder(&revokeBatchCall { requests })
        }
        ///Creates a new call builder for the [`revokeBySig`] function.
        pub fn revokeBySig(
            &self,
            uid: alloy::sol_types::private::FixedBytes<32>,
            reason: alloy::sol_types::private::FixedBytes<32>,
            attester: alloy::sol_types::private::Address,
            deadline: alloy::sol_types::private::primitives::aliases::U256,
            signature: alloy::sol_types::private::Bytes,
        ) -> alloy_contract::SolCallBuilder<&P, revokeBySigCall, N> {
            self.call_builder(&revokeBySigCall { uid, reason, attester, deadline, signature })
        }
        ///Creates a new call builder for the [`revokeDigest`] function.
        pub fn revokeDigest(
            &self,
            uid: alloy::sol_types::private::FixedBytes<32>,
            reason: alloy::sol_types::private::FixedBytes<32>,
            attester: alloy::sol_types::private::Address,
            nonce: alloy::sol_types::private::primitives::aliases::U256,
            deadline: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, revokeDigestCall, N> {
            self.call_builder(&revokeDigestCall { uid, reason, attester, nonce, deadline })
        }
        ///Creates a new call builder for the [`supersede`] function.
        pub fn supersede(
            &self,
            uid: alloy::sol_types::private::FixedBytes<32>,
            reason: alloy::sol_types::private::FixedBytes<32>,
            request: <IAttestationRegistry::AttestationRequest as alloy::sol_types::SolType>::RustType,
        ) -> alloy_contract::SolCallBuilder<&P, supersedeCall, N> {
            self.call_builder(&supersedeCall { uid, reason, request })
        }
        ///Creates a new call builder for the [`timestamp`] function.
        pub fn timestamp(
            &self,
            dataHash: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, timestampCall, N> {
            self.call_builder(&timestampCall { dataHash })
        }
        ///Creates a new call builder for the [`timestampOf`] function.
        pub fn timestampOf(
            &self,
            dataHash: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, timestampOfCall, N> {
            self.call_builder(&timestampOfCall { dataHash })
        }
        ///Creates a new call builder for the [`uidOf`] function.
        pub fn uidOf(
            &self,
            c: <IAttestationRegistry::AttestationContent as alloy::sol_types::SolType>::RustType,
        ) -> alloy_contract::SolCallBuilder<&P, uidOfCall, N> {
            self.call_builder(&uidOfCall { c })
        }
        ///Creates a new call builder for the [`uidOfRequest`] function.
        pub fn uidOfRequest(
            &self,
            attester: alloy::sol_types::private::Address,
            request: <IAttestationRegistry::AttestationRequest as alloy::sol_types::SolType>::RustType,
        ) -> alloy_contract::SolCallBuilder<&P, uidOfRequestCall, N> {
            self.call_builder(&uidOfRequestCall { attester, request })
        }
        ///Creates a new call builder for the [`validUidOf`] function.
        pub fn validUidOf(
            &self,
            c: <IAttestationRegistry::AttestationContent as alloy::sol_types::SolType>::RustType,
        ) -> alloy_contract::SolCallBuilder<&P, validUidOfCall, N> {
            self.call_builder(&validUidOfCall { c })
        }
        ///Creates a new call builder for the [`version`] function.
        pub fn version(&self) -> alloy_contract::SolCallBuilder<&P, versionCall, N> {
            self.call_builder(&versionCall)
        }
    }
    /// Event filters.
    impl<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network> AttestationRegistryInstance<P, N> {
        /// Creates a new event filter using this contract instance's provider and address.
        ///
        /// Note that the type can be any event, not just those defined in this contract.
        /// Prefer using the other methods for building type-safe event filters.
        pub fn event_filter<E: alloy_sol_types::SolEvent>(&self) -> alloy_contract::Event<&P, E, N> {
            alloy_contract::Event::new_sol(&self.provider, &self.address)
        }
        ///Creates a new event filter for the [`Attested`] event.
        pub fn Attested_filter(&self) -> alloy_contract::Event<&P, Attested, N> {
            self.event_filter::<Attested>()
        }
        ///Creates a new event filter for the [`EIP712DomainChanged`] event.
        pub fn EIP712DomainChanged_filter(&self) -> alloy_contract::Event<&P, EIP712DomainChanged, N> {
            self.event_filter::<EIP712DomainChanged>()
        }
        ///Creates a new event filter for the [`NoncesInvalidated`] event.
        pub fn NoncesInvalidated_filter(&self) -> alloy_contract::Event<&P, NoncesInvalidated, N> {
            self.event_filter::<NoncesInvalidated>()
        }
        ///Creates a new event filter for the [`Revoked`] event.
        pub fn Revoked_filter(&self) -> alloy_contract::Event<&P, Revoked, N> {
            self.event_filter::<Revoked>()
        }
        ///Creates a new event filter for the [`SchemaRegistered`] event.
        pub fn SchemaRegistered_filter(&self) -> alloy_contract::Event<&P, SchemaRegistered, N> {
            self.event_filter::<SchemaRegistered>()
        }
        ///Creates a new event filter for the [`Timestamped`] event.
        pub fn Timestamped_filter(&self) -> alloy_contract::Event<&P, Timestamped, N> {
            self.event_filter::<Timestamped>()
        }
    }
}
