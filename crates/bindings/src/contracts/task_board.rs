///Module containing a contract's types and functions.
/**

```solidity
library IAttestationRegistry {
    struct AttestationContent { bytes32 schema; address attester; address recipient; uint64 expirationTime; bool revocable; bytes32 refUID; bytes32 dataHash; }
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
///Module containing a contract's types and functions.
/**

```solidity
library ITaskBoard {
    type Acceptance is uint8;
    type Status is uint8;
    struct State { address worker; uint40 since; Status status; }
    struct Task { address poster; address token; uint256 reward; uint256 stake; uint64 deadline; uint32 claimDuration; uint32 reviewWindow; uint32 disputeWindow; address arbiter; uint16 arbiterFeeBps; bytes32 validationSchema; address validator; bytes32 specHash; bytes32 salt; }
}
```*/
#[allow(
    non_camel_case_types,
    non_snake_case,
    clippy::pub_underscore_fields,
    clippy::style,
    clippy::empty_structs_with_brackets
)]
pub mod ITaskBoard {
    use super::*;
    use alloy::sol_types as alloy_sol_types;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct Acceptance(u8);
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Acceptance> for u8 {
            #[inline]
            fn stv_to_tokens(&self) -> <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::SolType>::Token<'_> {
                alloy_sol_types::private::SolTypeValue::<alloy::sol_types::sol_data::Uint<8>>::stv_to_tokens(self)
            }
            #[inline]
            fn stv_eip712_data_word(&self) -> alloy_sol_types::Word {
                <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::SolType>::tokenize(self).0
            }
            #[inline]
            fn stv_abi_encode_packed_to(&self, out: &mut alloy_sol_types::private::Vec<u8>) {
                <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::SolType>::abi_encode_packed_to(self, out)
            }
            #[inline]
            fn stv_abi_packed_encoded_size(&self) -> usize {
                <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::SolType>::abi_encoded_size(self)
            }
        }
        impl Acceptance {
            /// The Solidity type name.
            pub const NAME: &'static str = stringify!(@ name);
            /// Convert from the underlying value type.
            #[inline]
            pub const fn from_underlying(value: u8) -> Self {
                Self(value)
            }
            /// Return the underlying value.
            #[inline]
            pub const fn into_underlying(self) -> u8 {
                self.0
            }
            /// Return the single encoding of this value, delegating to the
            /// underlying type.
            #[inline]
            pub fn abi_encode(&self) -> alloy_sol_types::private::Vec<u8> {
                <Self as alloy_sol_types::SolType>::abi_encode(&self.0)
            }
            /// Return the packed encoding of this value, delegating to the
            /// underlying type.
            #[inline]
            pub fn abi_encode_packed(&self) -> alloy_sol_types::private::Vec<u8> {
                <Self as alloy_sol_types::SolType>::abi_encode_packed(&self.0)
            }
        }
        #[automatically_derived]
        impl From<u8> for Acceptance {
            fn from(value: u8) -> Self {
                Self::from_underlying(value)
            }
        }
        #[automatically_derived]
        impl From<Acceptance> for u8 {
            fn from(value: Acceptance) -> Self {
                value.into_underlying()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolType for Acceptance {
            type RustType = u8;
            type Token<'a> = <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::SolType>::Token<'a>;
            const SOL_NAME: &'static str = Self::NAME;
            const ENCODED_SIZE: Option<usize> =
                <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::SolType>::ENCODED_SIZE;
            const PACKED_ENCODED_SIZE: Option<usize> =
                <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE;
            #[inline]
            fn valid_token(token: &Self::Token<'_>) -> bool {
                Self::type_check(token).is_ok()
            }
            #[inline]
            fn type_check(token: &Self::Token<'_>) -> alloy_sol_types::Result<()> {
                <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::SolType>::type_check(token)
            }
            #[inline]
            fn detokenize(token: Self::Token<'_>) -> Self::RustType {
                <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::SolType>::detokenize(token)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for Acceptance {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::EventTopic>::topic_preimage_length(rust)
            }
            #[inline]
            fn encode_topic_preimage(rust: &Self::RustType, out: &mut alloy_sol_types::private::Vec<u8>) {
                <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::EventTopic>::encode_topic_preimage(rust, out)
            }
            #[inline]
            fn encode_topic(rust: &Self::RustType) -> alloy_sol_types::abi::token::WordToken {
                <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::EventTopic>::encode_topic(rust)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct Status(u8);
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Status> for u8 {
            #[inline]
            fn stv_to_tokens(&self) -> <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::SolType>::Token<'_> {
                alloy_sol_types::private::SolTypeValue::<alloy::sol_types::sol_data::Uint<8>>::stv_to_tokens(self)
            }
            #[inline]
            fn stv_eip712_data_word(&self) -> alloy_sol_types::Word {
                <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::SolType>::tokenize(self).0
            }
            #[inline]
            fn stv_abi_encode_packed_to(&self, out: &mut alloy_sol_types::private::Vec<u8>) {
                <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::SolType>::abi_encode_packed_to(self, out)
            }
            #[inline]
            fn stv_abi_packed_encoded_size(&self) -> usize {
                <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::SolType>::abi_encoded_size(self)
            }
        }
        impl Status {
            /// The Solidity type name.
            pub const NAME: &'static str = stringify!(@ name);
            /// Convert from the underlying value type.
            #[inline]
            pub const fn from_underlying(value: u8) -> Self {
                Self(value)
            }
            /// Return the underlying value.
            #[inline]
            pub const fn into_underlying(self) -> u8 {
                self.0
            }
            /// Return the single encoding of this value, delegating to the
            /// underlying type.
            #[inline]
            pub fn abi_encode(&self) -> alloy_sol_types::private::Vec<u8> {
                <Self as alloy_sol_types::SolType>::abi_encode(&self.0)
            }
            /// Return the packed encoding of this value, delegating to the
            /// underlying type.
            #[inline]
            pub fn abi_encode_packed(&self) -> alloy_sol_types::private::Vec<u8> {
                <Self as alloy_sol_types::SolType>::abi_encode_packed(&self.0)
            }
        }
        #[automatically_derived]
        impl From<u8> for Status {
            fn from(value: u8) -> Self {
                Self::from_underlying(value)
            }
        }
        #[automatically_derived]
        impl From<Status> for u8 {
            fn from(value: Status) -> Self {
                value.into_underlying()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolType for Status {
            type RustType = u8;
            type Token<'a> = <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::SolType>::Token<'a>;
            const SOL_NAME: &'static str = Self::NAME;
            const ENCODED_SIZE: Option<usize> =
                <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::SolType>::ENCODED_SIZE;
            const PACKED_ENCODED_SIZE: Option<usize> =
                <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE;
            #[inline]
            fn valid_token(token: &Self::Token<'_>) -> bool {
                Self::type_check(token).is_ok()
            }
            #[inline]
            fn type_check(token: &Self::Token<'_>) -> alloy_sol_types::Result<()> {
                <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::SolType>::type_check(token)
            }
            #[inline]
            fn detokenize(token: Self::Token<'_>) -> Self::RustType {
                <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::SolType>::detokenize(token)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for Status {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::EventTopic>::topic_preimage_length(rust)
            }
            #[inline]
            fn encode_topic_preimage(rust: &Self::RustType, out: &mut alloy_sol_types::private::Vec<u8>) {
                <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::EventTopic>::encode_topic_preimage(rust, out)
            }
            #[inline]
            fn encode_topic(rust: &Self::RustType) -> alloy_sol_types::abi::token::WordToken {
                <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::EventTopic>::encode_topic(rust)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**```solidity
    struct State { address worker; uint40 since; Status status; }
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct State {
        #[allow(missing_docs)]
        pub worker: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub since: alloy::sol_types::private::primitives::aliases::U40,
        #[allow(missing_docs)]
        pub status: <Status as alloy::sol_types::SolType>::RustType,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> =
            (alloy::sol_types::sol_data::Address, alloy::sol_types::sol_data::Uint<40>, Status);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::Address,
            alloy::sol_types::private::primitives::aliases::U40,
            <Status as alloy::sol_types::SolType>::RustType,
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
        impl ::core::convert::From<State> for UnderlyingRustTuple<'_> {
            fn from(value: State) -> Self {
                (value.worker, value.since, value.status)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for State {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { worker: tuple.0, since: tuple.1, status: tuple.2 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolValue for State {
            type SolType = Self;
        }
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Self> for State {
            #[inline]
            fn stv_to_tokens(&self) -> <Self as alloy_sol_types::SolType>::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(&self.worker),
                    <alloy::sol_types::sol_data::Uint<40> as alloy_sol_types::SolType>::tokenize(&self.since),
                    <Status as alloy_sol_types::SolType>::tokenize(&self.status),
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
        impl alloy_sol_types::SolType for State {
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
        impl alloy_sol_types::SolStruct for State {
            const NAME: &'static str = "State";
            #[inline]
            fn eip712_root_type() -> alloy_sol_types::private::Cow<'static, str> {
                alloy_sol_types::private::Cow::Borrowed("State(address worker,uint40 since,uint8 status)")
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
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::eip712_data_word(&self.worker).0,
                    <alloy::sol_types::sol_data::Uint<40> as alloy_sol_types::SolType>::eip712_data_word(&self.since).0,
                    <Status as alloy_sol_types::SolType>::eip712_data_word(&self.status).0,
                ]
                .concat()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for State {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                0usize
                    + <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.worker,
                    )
                    + <alloy::sol_types::sol_data::Uint<40> as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.since,
                    )
                    + <Status as alloy_sol_types::EventTopic>::topic_preimage_length(&rust.status)
            }
            #[inline]
            fn encode_topic_preimage(rust: &Self::RustType, out: &mut alloy_sol_types::private::Vec<u8>) {
                out.reserve(<Self as alloy_sol_types::EventTopic>::topic_preimage_length(rust));
                <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.worker,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<40> as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.since,
                    out,
                );
                <Status as alloy_sol_types::EventTopic>::encode_topic_preimage(&rust.status, out);
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
    struct Task { address poster; address token; uint256 reward; uint256 stake; uint64 deadline; uint32 claimDuration; uint32 reviewWindow; uint32 disputeWindow; address arbiter; uint16 arbiterFeeBps; bytes32 validationSchema; address validator; bytes32 specHash; bytes32 salt; }
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct Task {
        #[allow(missing_docs)]
        pub poster: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub token: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub reward: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub stake: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub deadline: u64,
        #[allow(missing_docs)]
        pub claimDuration: u32,
        #[allow(missing_docs)]
        pub reviewWindow: u32,
        #[allow(missing_docs)]
        pub disputeWindow: u32,
        #[allow(missing_docs)]
        pub arbiter: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub arbiterFeeBps: u16,
        #[allow(missing_docs)]
        pub validationSchema: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub validator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub specHash: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub salt: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Address,
            alloy::sol_types::sol_data::Address,
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<64>,
            alloy::sol_types::sol_data::Uint<32>,
            alloy::sol_types::sol_data::Uint<32>,
            alloy::sol_types::sol_data::Uint<32>,
            alloy::sol_types::sol_data::Address,
            alloy::sol_types::sol_data::Uint<16>,
            alloy::sol_types::sol_data::FixedBytes<32>,
            alloy::sol_types::sol_data::Address,
            alloy::sol_types::sol_data::FixedBytes<32>,
            alloy::sol_types::sol_data::FixedBytes<32>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::Address,
            alloy::sol_types::private::Address,
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
            u64,
            u32,
            u32,
            u32,
            alloy::sol_types::private::Address,
            u16,
            alloy::sol_types::private::FixedBytes<32>,
            alloy::sol_types::private::Address,
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
        impl ::core::convert::From<Task> for UnderlyingRustTuple<'_> {
            fn from(value: Task) -> Self {
                (
                    value.poster,
                    value.token,
                    value.reward,
                    value.stake,
                    value.deadline,
                    value.claimDuration,
                    value.reviewWindow,
                    value.disputeWindow,
                    value.arbiter,
                    value.arbiterFeeBps,
                    value.validationSchema,
                    value.validator,
                    value.specHash,
                    value.salt,
                )
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for Task {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    poster: tuple.0,
                    token: tuple.1,
                    reward: tuple.2,
                    stake: tuple.3,
                    deadline: tuple.4,
                    claimDuration: tuple.5,
                    reviewWindow: tuple.6,
                    disputeWindow: tuple.7,
                    arbiter: tuple.8,
                    arbiterFeeBps: tuple.9,
                    validationSchema: tuple.10,
                    validator: tuple.11,
                    specHash: tuple.12,
                    salt: tuple.13,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolValue for Task {
            type SolType = Self;
        }
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Self> for Task {
            #[inline]
            fn stv_to_tokens(&self) -> <Self as alloy_sol_types::SolType>::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(&self.poster),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(&self.token),
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(&self.reward),
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(&self.stake),
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(&self.deadline),
                    <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::SolType>::tokenize(&self.claimDuration),
                    <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::SolType>::tokenize(&self.reviewWindow),
                    <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::SolType>::tokenize(&self.disputeWindow),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(&self.arbiter),
                    <alloy::sol_types::sol_data::Uint<16> as alloy_sol_types::SolType>::tokenize(&self.arbiterFeeBps),
                    <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(
                        &self.validationSchema,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(&self.validator),
                    <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(&self.specHash),
                    <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(&self.salt),
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
        impl alloy_sol_types::SolType for Task {
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
        impl alloy_sol_types::SolStruct for Task {
            const NAME: &'static str = "Task";
            #[inline]
            fn eip712_root_type() -> alloy_sol_types::private::Cow<'static, str> {
                alloy_sol_types::private::Cow::Borrowed(
                    "Task(address poster,address token,uint256 reward,uint256 stake,uint64 deadline,uint32 claimDuration,uint32 reviewWindow,uint32 disputeWindow,address arbiter,uint16 arbiterFeeBps,bytes32 validationSchema,address validator,bytes32 specHash,bytes32 salt)",
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
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::eip712_data_word(&self.poster).0,
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::eip712_data_word(&self.token).0,
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::eip712_data_word(&self.reward)
                        .0,
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::eip712_data_word(&self.stake)
                        .0,
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::eip712_data_word(
                        &self.deadline,
                    )
                    .0,
                    <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::SolType>::eip712_data_word(
                        &self.claimDuration,
                    )
                    .0,
                    <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::SolType>::eip712_data_word(
                        &self.reviewWindow,
                    )
                    .0,
                    <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::SolType>::eip712_data_word(
                        &self.disputeWindow,
                    )
                    .0,
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::eip712_data_word(&self.arbiter)
                        .0,
                    <alloy::sol_types::sol_data::Uint<16> as alloy_sol_types::SolType>::eip712_data_word(
                        &self.arbiterFeeBps,
                    )
                    .0,
                    <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::eip712_data_word(
                        &self.validationSchema,
                    )
                    .0,
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::eip712_data_word(
                        &self.validator,
                    )
                    .0,
                    <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::eip712_data_word(
                        &self.specHash,
                    )
                    .0,
                    <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::eip712_data_word(
                        &self.salt,
                    )
                    .0,
                ]
                .concat()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for Task {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                0usize
                    + <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.poster,
                    )
                    + <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.token,
                    )
                    + <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.reward,
                    )
                    + <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.stake,
                    )
                    + <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.deadline,
                    )
                    + <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.claimDuration,
                    )
                    + <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.reviewWindow,
                    )
                    + <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.disputeWindow,
                    )
                    + <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.arbiter,
                    )
                    + <alloy::sol_types::sol_data::Uint<16> as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.arbiterFeeBps,
                    )
                    + <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.validationSchema,
                    )
                    + <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.validator,
                    )
                    + <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.specHash,
                    )
                    + <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.salt,
                    )
            }
            #[inline]
            fn encode_topic_preimage(rust: &Self::RustType, out: &mut alloy_sol_types::private::Vec<u8>) {
                out.reserve(<Self as alloy_sol_types::EventTopic>::topic_preimage_length(rust));
                <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.poster,
                    out,
                );
                <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.token,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.reward,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.stake,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.deadline,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.claimDuration,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.reviewWindow,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.disputeWindow,
                    out,
                );
                <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.arbiter,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<16> as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.arbiterFeeBps,
                    out,
                );
                <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.validationSchema,
                    out,
                );
                <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.validator,
                    out,
                );
                <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.specHash,
                    out,
                );
                <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.salt, out,
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
    /**Creates a new wrapper around an on-chain [`ITaskBoard`](self) contract instance.

    See the [wrapper's documentation](`ITaskBoardInstance`) for more details.*/
    #[inline]
    pub const fn new<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network>(
        address: alloy_sol_types::private::Address,
        __provider: P,
    ) -> ITaskBoardInstance<P, N> {
        ITaskBoardInstance::<P, N>::new(address, __provider)
    }
    /**A [`ITaskBoard`](self) instance.

    Contains type-safe methods for interacting with an on-chain instance of the
    [`ITaskBoard`](self) contract located at a given `address`, using a given
    provider `P`.

    If the contract bytecode is available (see the [`sol!`](alloy_sol_types::sol!)
    documentation on how to provide it), the `deploy` and `deploy_builder` methods can
    be used to deploy a new instance of the contract.

    See the [module-level documentation](self) for all the available methods.*/
    #[derive(Clone)]
    pub struct ITaskBoardInstance<P, N = alloy_contract::private::Ethereum> {
        address: alloy_sol_types::private::Address,
        provider: P,
        _network: ::core::marker::PhantomData<N>,
    }
    #[automatically_derived]
    impl<P, N> ::core::fmt::Debug for ITaskBoardInstance<P, N> {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_tuple("ITaskBoardInstance").field(&self.address).finish()
        }
    }
    /// Instantiation and getters/setters.
    impl<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network> ITaskBoardInstance<P, N> {
        /**Creates a new wrapper around an on-chain [`ITaskBoard`](self) contract instance.

        See the [wrapper's documentation](`ITaskBoardInstance`) for more details.*/
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
    impl<P: ::core::clone::Clone, N> ITaskBoardInstance<&P, N> {
        /// Clones the provider and returns a new instance with the cloned provider.
        #[inline]
        pub fn with_cloned_provider(self) -> ITaskBoardInstance<P, N> {
            ITaskBoardInstance {
                address: self.address,
                provider: ::core::clone::Clone::clone(&self.provider),
                _network: ::core::marker::PhantomData,
            }
        }
    }
    /// Function calls.
    impl<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network> ITaskBoardInstance<P, N> {
        /// Creates a new call builder using this contract instance's provider and address.
        ///
        /// Note that the call can be any function call, not just those defined in this
        /// contract. Prefer using the other methods for building type-safe contract calls.
        pub fn call_builder<C: alloy_sol_types::SolCall>(&self, call: &C) -> alloy_contract::SolCallBuilder<&P, C, N> {
            alloy_contract::SolCallBuilder::new_sol(&self.provider, &self.address, call)
        }
    }
    /// Event filters.
    impl<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network> ITaskBoardInstance<P, N> {
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
}

library ITaskBoard {
    type Acceptance is uint8;
    type Status is uint8;
    struct State {
        address worker;
        uint40 since;
        Status status;
    }
    struct Task {
        address poster;
        address token;
        uint256 reward;
        uint256 stake;
        uint64 deadline;
        uint32 claimDuration;
        uint32 reviewWindow;
        uint32 disputeWindow;
        address arbiter;
        uint16 arbiterFeeBps;
        bytes32 validationSchema;
        address validator;
        bytes32 specHash;
        bytes32 salt;
    }
}

interface TaskBoard {
    error PayoutsFeeOnTransfer(address token, uint256 expected, uint256 received);
    error PayoutsNothingOwed(address token, address account);
    error PayoutsWithdrawFailed(address token, address account, uint256 amount);
    error PayoutsWrongValue(uint256 expected, uint256 sent);
    error ReentrancyGuardReentrantCall();
    error SafeERC20FailedOperation(address token);
    error TaskBoardInvalidSplit(bytes32 id, uint256 toWorker, uint256 available);
    error TaskBoardInvalidTerms(string reason);
    error TaskBoardNoArbiter(bytes32 id);
    error TaskBoardNoValidation(bytes32 id);
    error TaskBoardProofRejected(bytes32 id);
    error TaskBoardTaskExists(bytes32 id);
    error TaskBoardTooEarly(bytes32 id, uint256 allowedAt, uint256 now);
    error TaskBoardTooLate(bytes32 id, uint256 endedAt, uint256 now);
    error TaskBoardUnauthorized(bytes32 id, address caller);
    error TaskBoardWrongStatus(bytes32 id, ITaskBoard.Status status);

    event PaymentDeferred(bytes32 indexed id, address indexed token, address indexed account, uint256 amount);
    event TaskAccepted(bytes32 indexed id, address indexed worker, address indexed by, ITaskBoard.Acceptance how, bytes32 proof);
    event TaskClaimed(bytes32 indexed id, address indexed worker, uint64 dueAt);
    event TaskClosed(bytes32 indexed id, ITaskBoard.Status status, uint256 toPoster, uint256 toWorker);
    event TaskDisputed(bytes32 indexed id, address indexed worker);
    event TaskPosted(bytes32 indexed id, address indexed poster, address indexed token, ITaskBoard.Task task, string specURI, bool authorized, address funder);
    event TaskRejected(bytes32 indexed id, address indexed worker, bytes32 reason, uint64 disputeEndsAt);
    event TaskReopened(bytes32 indexed id, address indexed worker, address indexed by);
    event TaskResolved(bytes32 indexed id, address indexed arbiter, uint256 toWorker, uint256 toPoster, uint256 fee);
    event TaskSubmitted(bytes32 indexed id, address indexed worker, bytes32 resultHash, string resultURI, uint64 reviewEndsAt);
    event TaskUnclaimed(bytes32 indexed id, address indexed worker);
    event Withdrawn(address indexed token, address indexed account, uint256 amount);

    constructor(address registry_);

    function ARBITRATION_PERIOD() external view returns (uint256);
    function accept(ITaskBoard.Task memory task) external;
    function acceptByValidation(ITaskBoard.Task memory task, IAttestationRegistry.AttestationContent memory proof) external;
    function cancel(ITaskBoard.Task memory task) external;
    function claim(ITaskBoard.Task memory task) external payable;
    function close(ITaskBoard.Task memory task) external;
    function dispute(ITaskBoard.Task memory task) external;
    function finalize(ITaskBoard.Task memory task) external;
    function getState(bytes32 id) external view returns (ITaskBoard.State memory);
    function owed(address token, address account) external view returns (uint256);
    function post(ITaskBoard.Task memory task, string memory specURI) external payable returns (bytes32 id);
    function postWithAuthorization(ITaskBoard.Task memory task, string memory specURI, uint256 validAfter, uint256 validBefore, uint8 v, bytes32 r, bytes32 s) external returns (bytes32 id);
    function registry() external view returns (address);
    function reject(ITaskBoard.Task memory task, bytes32 reason) external;
    function reopen(ITaskBoard.Task memory task) external;
    function resolve(ITaskBoard.Task memory task, uint256 toWorker) external;
    function submit(ITaskBoard.Task memory task, bytes32 resultHash, string memory resultURI) external;
    function taskId(ITaskBoard.Task memory task) external view returns (bytes32);
    function unclaim(ITaskBoard.Task memory task) external;
    function withdraw(address token) external;
}
```

...which was generated by the following JSON ABI:
```json
[
  {
    "type": "constructor",
    "inputs": [
      {
        "name": "registry_",
        "type": "address",
        "internalType": "contract IAttestationRegistry"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "ARBITRATION_PERIOD",
    "inputs": [],
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
    "name": "accept",
    "inputs": [
      {
        "name": "task",
        "type": "tuple",
        "internalType": "struct ITaskBoard.Task",
        "components": [
          {
            "name": "poster",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "token",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "reward",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "stake",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "deadline",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "claimDuration",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "reviewWindow",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "disputeWindow",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "arbiter",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "arbiterFeeBps",
            "type": "uint16",
            "internalType": "uint16"
          },
          {
            "name": "validationSchema",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "validator",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "specHash",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "salt",
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
    "name": "acceptByValidation",
    "inputs": [
      {
        "name": "task",
        "type": "tuple",
        "internalType": "struct ITaskBoard.Task",
        "components": [
          {
            "name": "poster",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "token",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "reward",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "stake",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "deadline",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "claimDuration",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "reviewWindow",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "disputeWindow",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "arbiter",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "arbiterFeeBps",
            "type": "uint16",
            "internalType": "uint16"
          },
          {
            "name": "validationSchema",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "validator",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "specHash",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "salt",
            "type": "bytes32",
            "internalType": "bytes32"
          }
        ]
      },
      {
        "name": "proof",
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
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "cancel",
    "inputs": [
      {
        "name": "task",
        "type": "tuple",
        "internalType": "struct ITaskBoard.Task",
        "components": [
          {
            "name": "poster",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "token",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "reward",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "stake",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "deadline",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "claimDuration",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "reviewWindow",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "disputeWindow",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "arbiter",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "arbiterFeeBps",
            "type": "uint16",
            "internalType": "uint16"
          },
          {
            "name": "validationSchema",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "validator",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "specHash",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "salt",
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
    "name": "claim",
    "inputs": [
      {
        "name": "task",
        "type": "tuple",
        "internalType": "struct ITaskBoard.Task",
        "components": [
          {
            "name": "poster",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "token",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "reward",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "stake",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "deadline",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "claimDuration",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "reviewWindow",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "disputeWindow",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "arbiter",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "arbiterFeeBps",
            "type": "uint16",
            "internalType": "uint16"
          },
          {
            "name": "validationSchema",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "validator",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "specHash",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "salt",
            "type": "bytes32",
            "internalType": "bytes32"
          }
        ]
      }
    ],
    "outputs": [],
    "stateMutability": "payable"
  },
  {
    "type": "function",
    "name": "close",
    "inputs": [
      {
        "name": "task",
        "type": "tuple",
        "internalType": "struct ITaskBoard.Task",
        "components": [
          {
            "name": "poster",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "token",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "reward",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "stake",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "deadline",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "claimDuration",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "reviewWindow",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "disputeWindow",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "arbiter",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "arbiterFeeBps",
            "type": "uint16",
            "internalType": "uint16"
          },
          {
            "name": "validationSchema",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "validator",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "specHash",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "salt",
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
    "name": "dispute",
    "inputs": [
      {
        "name": "task",
        "type": "tuple",
        "internalType": "struct ITaskBoard.Task",
        "components": [
          {
            "name": "poster",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "token",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "reward",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "stake",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "deadline",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "claimDuration",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "reviewWindow",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "disputeWindow",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "arbiter",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "arbiterFeeBps",
            "type": "uint16",
            "internalType": "uint16"
          },
          {
            "name": "validationSchema",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "validator",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "specHash",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "salt",
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
    "name": "finalize",
    "inputs": [
      {
        "name": "task",
        "type": "tuple",
        "internalType": "struct ITaskBoard.Task",
        "components": [
          {
            "name": "poster",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "token",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "reward",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "stake",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "deadline",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "claimDuration",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "reviewWindow",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "disputeWindow",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "arbiter",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "arbiterFeeBps",
            "type": "uint16",
            "internalType": "uint16"
          },
          {
            "name": "validationSchema",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "validator",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "specHash",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "salt",
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
    "name": "getState",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "tuple",
        "internalType": "struct ITaskBoard.State",
        "components": [
          {
            "name": "worker",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "since",
            "type": "uint40",
            "internalType": "uint40"
          },
          {
            "name": "status",
            "type": "uint8",
            "internalType": "enum ITaskBoard.Status"
          }
        ]
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "owed",
    "inputs": [
      {
        "name": "token",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "account",
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
    "name": "post",
    "inputs": [
      {
        "name": "task",
        "type": "tuple",
        "internalType": "struct ITaskBoard.Task",
        "components": [
          {
            "name": "poster",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "token",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "reward",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "stake",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "deadline",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "claimDuration",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "reviewWindow",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "disputeWindow",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "arbiter",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "arbiterFeeBps",
            "type": "uint16",
            "internalType": "uint16"
          },
          {
            "name": "validationSchema",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "validator",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "specHash",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "salt",
            "type": "bytes32",
            "internalType": "bytes32"
          }
        ]
      },
      {
        "name": "specURI",
        "type": "string",
        "internalType": "string"
      }
    ],
    "outputs": [
      {
        "name": "id",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "payable"
  },
  {
    "type": "function",
    "name": "postWithAuthorization",
    "inputs": [
      {
        "name": "task",
        "type": "tuple",
        "internalType": "struct ITaskBoard.Task",
        "components": [
          {
            "name": "poster",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "token",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "reward",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "stake",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "deadline",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "claimDuration",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "reviewWindow",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "disputeWindow",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "arbiter",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "arbiterFeeBps",
            "type": "uint16",
            "internalType": "uint16"
          },
          {
            "name": "validationSchema",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "validator",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "specHash",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "salt",
            "type": "bytes32",
            "internalType": "bytes32"
          }
        ]
      },
      {
        "name": "specURI",
        "type": "string",
        "internalType": "string"
      },
      {
        "name": "validAfter",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "validBefore",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "v",
        "type": "uint8",
        "internalType": "uint8"
      },
      {
        "name": "r",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "s",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "id",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "registry",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "contract IAttestationRegistry"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "reject",
    "inputs": [
      {
        "name": "task",
        "type": "tuple",
        "internalType": "struct ITaskBoard.Task",
        "components": [
          {
            "name": "poster",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "token",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "reward",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "stake",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "deadline",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "claimDuration",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "reviewWindow",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "disputeWindow",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "arbiter",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "arbiterFeeBps",
            "type": "uint16",
            "internalType": "uint16"
          },
          {
            "name": "validationSchema",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "validator",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "specHash",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "salt",
            "type": "bytes32",
            "internalType": "bytes32"
          }
        ]
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
    "name": "reopen",
    "inputs": [
      {
        "name": "task",
        "type": "tuple",
        "internalType": "struct ITaskBoard.Task",
        "components": [
          {
            "name": "poster",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "token",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "reward",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "stake",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "deadline",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "claimDuration",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "reviewWindow",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "disputeWindow",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "arbiter",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "arbiterFeeBps",
            "type": "uint16",
            "internalType": "uint16"
          },
          {
            "name": "validationSchema",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "validator",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "specHash",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "salt",
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
    "name": "resolve",
    "inputs": [
      {
        "name": "task",
        "type": "tuple",
        "internalType": "struct ITaskBoard.Task",
        "components": [
          {
            "name": "poster",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "token",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "reward",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "stake",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "deadline",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "claimDuration",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "reviewWindow",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "disputeWindow",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "arbiter",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "arbiterFeeBps",
            "type": "uint16",
            "internalType": "uint16"
          },
          {
            "name": "validationSchema",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "validator",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "specHash",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "salt",
            "type": "bytes32",
            "internalType": "bytes32"
          }
        ]
      },
      {
        "name": "toWorker",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "submit",
    "inputs": [
      {
        "name": "task",
        "type": "tuple",
        "internalType": "struct ITaskBoard.Task",
        "components": [
          {
            "name": "poster",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "token",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "reward",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "stake",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "deadline",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "claimDuration",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "reviewWindow",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "disputeWindow",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "arbiter",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "arbiterFeeBps",
            "type": "uint16",
            "internalType": "uint16"
          },
          {
            "name": "validationSchema",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "validator",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "specHash",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "salt",
            "type": "bytes32",
            "internalType": "bytes32"
          }
        ]
      },
      {
        "name": "resultHash",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "resultURI",
        "type": "string",
        "internalType": "string"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "taskId",
    "inputs": [
      {
        "name": "task",
        "type": "tuple",
        "internalType": "struct ITaskBoard.Task",
        "components": [
          {
            "name": "poster",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "token",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "reward",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "stake",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "deadline",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "claimDuration",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "reviewWindow",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "disputeWindow",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "arbiter",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "arbiterFeeBps",
            "type": "uint16",
            "internalType": "uint16"
          },
          {
            "name": "validationSchema",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "validator",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "specHash",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "salt",
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
    "name": "unclaim",
    "inputs": [
      {
        "name": "task",
        "type": "tuple",
        "internalType": "struct ITaskBoard.Task",
        "components": [
          {
            "name": "poster",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "token",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "reward",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "stake",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "deadline",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "claimDuration",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "reviewWindow",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "disputeWindow",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "arbiter",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "arbiterFeeBps",
            "type": "uint16",
            "internalType": "uint16"
          },
          {
            "name": "validationSchema",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "validator",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "specHash",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "salt",
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
    "name": "withdraw",
    "inputs": [
      {
        "name": "token",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "event",
    "name": "PaymentDeferred",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "token",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "account",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "TaskAccepted",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "worker",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "by",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "how",
        "type": "uint8",
        "indexed": false,
        "internalType": "enum ITaskBoard.Acceptance"
      },
      {
        "name": "proof",
        "type": "bytes32",
        "indexed": false,
        "internalType": "bytes32"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "TaskClaimed",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "worker",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "dueAt",
        "type": "uint64",
        "indexed": false,
        "internalType": "uint64"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "TaskClosed",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "status",
        "type": "uint8",
        "indexed": false,
        "internalType": "enum ITaskBoard.Status"
      },
      {
        "name": "toPoster",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "toWorker",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "TaskDisputed",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "worker",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "TaskPosted",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "poster",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "token",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "task",
        "type": "tuple",
        "indexed": false,
        "internalType": "struct ITaskBoard.Task",
        "components": [
          {
            "name": "poster",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "token",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "reward",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "stake",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "deadline",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "claimDuration",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "reviewWindow",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "disputeWindow",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "arbiter",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "arbiterFeeBps",
            "type": "uint16",
            "internalType": "uint16"
          },
          {
            "name": "validationSchema",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "validator",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "specHash",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "salt",
            "type": "bytes32",
            "internalType": "bytes32"
          }
        ]
      },
      {
        "name": "specURI",
        "type": "string",
        "indexed": false,
        "internalType": "string"
      },
      {
        "name": "authorized",
        "type": "bool",
        "indexed": false,
        "internalType": "bool"
      },
      {
        "name": "funder",
        "type": "address",
        "indexed": false,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "TaskRejected",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "worker",
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
        "name": "disputeEndsAt",
        "type": "uint64",
        "indexed": false,
        "internalType": "uint64"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "TaskReopened",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "worker",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "by",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "TaskResolved",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "arbiter",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "toWorker",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "toPoster",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "fee",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "TaskSubmitted",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "worker",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "resultHash",
        "type": "bytes32",
        "indexed": false,
        "internalType": "bytes32"
      },
      {
        "name": "resultURI",
        "type": "string",
        "indexed": false,
        "internalType": "string"
      },
      {
        "name": "reviewEndsAt",
        "type": "uint64",
        "indexed": false,
        "internalType": "uint64"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "TaskUnclaimed",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "worker",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "Withdrawn",
    "inputs": [
      {
        "name": "token",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "account",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "error",
    "name": "PayoutsFeeOnTransfer",
    "inputs": [
      {
        "name": "token",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "expected",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "received",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "PayoutsNothingOwed",
    "inputs": [
      {
        "name": "token",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "PayoutsWithdrawFailed",
    "inputs": [
      {
        "name": "token",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "PayoutsWrongValue",
    "inputs": [
      {
        "name": "expected",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "sent",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "ReentrancyGuardReentrantCall",
    "inputs": []
  },
  {
    "type": "error",
    "name": "SafeERC20FailedOperation",
    "inputs": [
      {
        "name": "token",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "TaskBoardInvalidSplit",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "toWorker",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "available",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "TaskBoardInvalidTerms",
    "inputs": [
      {
        "name": "reason",
        "type": "string",
        "internalType": "string"
      }
    ]
  },
  {
    "type": "error",
    "name": "TaskBoardNoArbiter",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "TaskBoardNoValidation",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "TaskBoardProofRejected",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "TaskBoardTaskExists",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "TaskBoardTooEarly",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "allowedAt",
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
    "name": "TaskBoardTooLate",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "endedAt",
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
    "name": "TaskBoardUnauthorized",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "caller",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "TaskBoardWrongStatus",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "status",
        "type": "uint8",
        "internalType": "enum ITaskBoard.Status"
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
pub mod TaskBoard {
    use super::*;
    use alloy::sol_types as alloy_sol_types;
    /// The creation / init bytecode of the contract.
    ///
    /// ```text
    ///0x60c0604052466080523480156012575f5ffd5b50604051613626380380613626833981016040819052602f91603f565b6001600160a01b031660a052606a565b5f60208284031215604e575f5ffd5b81516001600160a01b03811681146063575f5ffd5b9392505050565b60805160a0516135946100925f395f81816102e70152610e5701525f61293a01526135945ff3fe608060405260043610610157575f3560e01c8063668f263b116100bb578063bb2342d311610071578063cc9d0e2e11610057578063cc9d0e2e146103a7578063cfe8a18f146103ba578063f180422c146103d9575f5ffd5b8063bb2342d314610375578063c9d8ef8d14610388575f5ffd5b80638e9b9aeb116100a15780638e9b9aeb1461032157806390edf4dc146103405780639d8a86661461035f575f5ffd5b8063668f263b146102b75780637b103999146102d6575f5ffd5b806328079e4a1161011057806342d23276116100f657806342d232761461025a57806351cff8d91461027957806360f5bcfb14610298575f5ffd5b806328079e4a1461021c578063380a041a1461023b575f5ffd5b80630a4352dd116101405780630a4352dd146101b157806312546fe3146101d057806316bae047146101fd575f5ffd5b80630905fa161461015b57806309648a9d1461017c575b5f5ffd5b348015610166575f5ffd5b5061017a610175366004612e5a565b6103f8565b005b348015610187575f5ffd5b5061019b610196366004612e75565b610607565b6040516101a89190612ecd565b60405180910390f35b3480156101bc575f5ffd5b5061017a6101cb366004612f50565b6106c6565b3480156101db575f5ffd5b506101ef6101ea366004612faa565b6108a4565b6040519081526020016101a8565b348015610208575f5ffd5b5061017a61021736600461303d565b610ada565b348015610227575f5ffd5b506101ef610236366004613083565b610ce5565b348015610246575f5ffd5b5061017a6102553660046130b4565b610d0f565b348015610265575f5ffd5b5061017a610274366004612e5a565b610f20565b348015610284575f5ffd5b5061017a610293366004613111565b610fb1565b3480156102a3575f5ffd5b5061017a6102b2366004612e5a565b61113f565b3480156102c2575f5ffd5b506101ef6102d1366004612e5a565b611313565b3480156102e1575f5ffd5b506103097f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016101a8565b34801561032c575f5ffd5b5061017a61033b366004612e5a565b61131d565b34801561034b575f5ffd5b5061017a61035a366004612e5a565b61149d565b34801561036a575f5ffd5b506101ef62278d0081565b6101ef61038336600461312a565b611750565b348015610393575f5ffd5b5061017a6103a2366004612e5a565b611794565b61017a6103b5366004612e5a565b611885565b3480156103c5575f5ffd5b5061017a6103d4366004612e5a565b611aa5565b3480156103e4575f5ffd5b5061017a6103f336600461303d565b611b66565b610400611dec565b5f5f61040d836004611e23565b805491935091506001600160a01b03163314610463576040517f5c93793d000000000000000000000000000000000000000000000000000000008152600481018390523360248201526044015b60405180910390fd5b5f61047661012085016101008601613111565b6001600160a01b0316036104b9576040517f43211dc20000000000000000000000000000000000000000000000000000000081526004810183905260240161045a565b5f6104cb610100850160e0860161318f565b82546104fc9163ffffffff169074010000000000000000000000000000000000000000900464ffffffffff166131d5565b9050804210610547576040517faad9dfe4000000000000000000000000000000000000000000000000000000008152600481018490526024810182905242604482015260640161045a565b81547905000000000000000000000000000000000000000000000000007fffffffffffff000000000000ffffffffffffffffffffffffffffffffffffffff9091167fffffffffffff00ffffffffffffffffffffffffffffffffffffffffffffffffff740100000000000000000000000000000000000000004264ffffffffff16021617178255604051339084907f1d8cbd4296db81bac563255b4fc6b24eb172f06c1098ed8acb493914a95b5261905f90a3505050610604611ec9565b50565b610627604080516060810182525f80825260208201819052909182015290565b5f82815260016020908152604091829020825160608101845281546001600160a01b038116825274010000000000000000000000000000000000000000810464ffffffffff169382019390935292909190830190790100000000000000000000000000000000000000000000000000900460ff16600a8111156106ac576106ac612e8c565b600a8111156106bd576106bd612e8c565b90525092915050565b6106ce611dec565b5f5f6106db866002611e23565b805491935091506001600160a01b0316331461072c576040517f5c93793d0000000000000000000000000000000000000000000000000000000081526004810183905233602482015260440161045a565b80545f9061075a90889074010000000000000000000000000000000000000000900464ffffffffff16611ef3565b67ffffffffffffffff1690508042106107af576040517faad9dfe4000000000000000000000000000000000000000000000000000000008152600481018490526024810182905242604482015260640161045a565b81547903000000000000000000000000000000000000000000000000007fffffffffffff000000000000ffffffffffffffffffffffffffffffffffffffff9091167fffffffffffff00ffffffffffffffffffffffffffffffffffffffffffffffffff740100000000000000000000000000000000000000004264ffffffffff1602161717825533837f2324345647cbe465644d8d5e96253723bcc1afac3f8c040ce04dfd468f457b4788888861086b60e08e0160c08f0161318f565b61087b9063ffffffff16426131e8565b60405161088b949392919061324f565b60405180910390a350505061089e611ec9565b50505050565b5f6108ad611dec565b5f6108be60408b0160208c01613111565b6001600160a01b03160361092e576040517fc064311900000000000000000000000000000000000000000000000000000000815260206004820152601f60248201527f7369676e61747572652066756e64696e67206e65656473206120746f6b656e00604482015260640161045a565b61093b8989896001611f60565b90505f61094e60408b0160208c01613111565b6040517f70a082310000000000000000000000000000000000000000000000000000000081523060048201526001600160a01b0391909116906370a0823190602401602060405180830381865afa1580156109ab573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906109cf9190613283565b90506109e160408b0160208c01613111565b6001600160a01b031663ef55bec66109fc60208d018d613111565b604080517fffffffff0000000000000000000000000000000000000000000000000000000060e085901b1681526001600160a01b0390921660048301523060248301528d01356044820152606481018a90526084810189905260a4810185905260ff881660c482015260e481018790526101048101869052610124015f604051808303815f87803b158015610a8f575f5ffd5b505af1158015610aa1573d5f5f3e3d5ffd5b50610ac59250610aba91505060408c0160208d01613111565b8b60400135836126de565b50610ace611ec9565b98975050505050505050565b610ae2611dec565b5f5f610aef846003611e23565b9092509050610b016020850185613111565b6001600160a01b0316336001600160a01b031614610b54576040517f5c93793d0000000000000000000000000000000000000000000000000000000081526004810183905233602482015260440161045a565b5f610b6560e0860160c0870161318f565b8254610b969163ffffffff169074010000000000000000000000000000000000000000900464ffffffffff166131d5565b9050804210610be1576040517faad9dfe4000000000000000000000000000000000000000000000000000000008152600481018490526024810182905242604482015260640161045a565b81547904000000000000000000000000000000000000000000000000007fffffffffffff000000000000ffffffffffffffffffffffffffffffffffffffff9091167fffffffffffff00ffffffffffffffffffffffffffffffffffffffffffffffffff740100000000000000000000000000000000000000004264ffffffffff16021617178083556001600160a01b0316837ff91e24b0fa589391c7962a8ba62e9d1d6cb261d78cc748ad8d5ab28d2b2ec4b686610ca56101008a0160e08b0161318f565b610cb59063ffffffff16426131e8565b6040805192835267ffffffffffffffff90911660208301520160405180910390a3505050610ce1611ec9565b5050565b6001600160a01b038083165f90815260208181526040808320938516835292905220545b92915050565b610d17611dec565b5f5f610d24846003611e23565b9092509050610140840135610d68576040517fe4d1464a0000000000000000000000000000000000000000000000000000000081526004810183905260240161045a565b8235610140850135141580610daf5750610d8a61018085016101608601613111565b6001600160a01b0316610da36040850160208601613111565b6001600160a01b031614155b80610dbe5750818360a0013514155b80610deb575080546001600160a01b0316610ddf6060850160408601613111565b6001600160a01b031614155b15610e25576040517f8dc84efe0000000000000000000000000000000000000000000000000000000081526004810183905260240161045a565b6040517f98610a210000000000000000000000000000000000000000000000000000000081525f906001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016906398610a2190610e8c9087906004016132b1565b602060405180830381865afa158015610ea7573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610ecb9190613283565b905080610f07576040517f8dc84efe0000000000000000000000000000000000000000000000000000000081526004810184905260240161045a565b610f158386846002856127bf565b505050610ce1611ec9565b610f28611dec565b5f5f610f35836003611e23565b9092509050610f476020840184613111565b6001600160a01b0316336001600160a01b031614610f9a576040517f5c93793d0000000000000000000000000000000000000000000000000000000081526004810183905233602482015260440161045a565b610fa78284835f806127bf565b5050610604611ec9565b610fb9611dec565b6001600160a01b0381165f9081526020818152604080832033845290915281205490819003611025576040517f77d262700000000000000000000000000000000000000000000000000000000081526001600160a01b038316600482015233602482015260440161045a565b6001600160a01b0382165f818152602081815260408083203380855290835281842093909355518481529192917fd1c19fbcd4551a5edfb66d43d2e337c04837afda3482b42bdf569a8fccdae5fb910160405180910390a35f6001600160a01b0383166110d957604051339083905f81818185875af1925050503d805f81146110c9576040519150601f19603f3d011682016040523d82523d5f602084013e6110ce565b606091505b5050809150506110f0565b6110ed6001600160a01b0384163384612857565b90505b80610fa7576040517fa4f6ed840000000000000000000000000000000000000000000000000000000081526001600160a01b03841660048201523360248201526044810183905260640161045a565b611147611dec565b5f5f611154836002611e23565b805491935091505f9061118790859074010000000000000000000000000000000000000000900464ffffffffff16611ef3565b67ffffffffffffffff169050804210156111dd576040517f5e9ac8d8000000000000000000000000000000000000000000000000000000008152600481018490526024810182905242604482015260640161045a565b6111ed60a085016080860161333c565b67ffffffffffffffff164210611259578261120e60a086016080870161333c565b6040517faad9dfe4000000000000000000000000000000000000000000000000000000008152600481019290925267ffffffffffffffff16602482015242604482015260640161045a565b81547fffffffffffff000000000000000000000000000000000000000000000000000081167901000000000000000000000000000000000000000000000000001783556001600160a01b031660405133906001600160a01b0383169086907fa663a6978e25dc690a650ab8aeb3a36eb8d4aa2e2a57ccbedafd4185384b5ae1905f90a4611307846112f06040880160208901613111565b6112fd6020890189613111565b8860600135612864565b50505050610604611ec9565b5f610d0982612937565b611325611dec565b5f5f611332836002611e23565b805491935091506001600160a01b0316338114611384576040517f5c93793d0000000000000000000000000000000000000000000000000000000081526004810184905233602482015260440161045a565b81545f906113b290869074010000000000000000000000000000000000000000900464ffffffffff16611ef3565b67ffffffffffffffff169050804210611407576040517faad9dfe4000000000000000000000000000000000000000000000000000000008152600481018590526024810182905242604482015260640161045a565b82547fffffffffffff0000000000000000000000000000000000000000000000000000167901000000000000000000000000000000000000000000000000001783556040516001600160a01b0383169085907f2ccb5b17381e6365f77962a20706a5fafcbfd01b5bc82b68b2d7cdf8dad8c8fa905f90a3611307846114926040880160208901613111565b848860600135612864565b6114a5611dec565b5f6114af82612937565b5f818152600160208190526040822080549394509260ff790100000000000000000000000000000000000000000000000000820416926001600160a01b03909116918190819085600a81111561150757611507612e8c565b14806115245750600285600a81111561152257611522612e8c565b145b1561154e5761153960a0890160808a0161333c565b67ffffffffffffffff16925060089150611638565b600485600a81111561156257611562612e8c565b036115ba57611578610100890160e08a0161318f565b86546115a99163ffffffff169074010000000000000000000000000000000000000000900464ffffffffff166131d5565b925060099150506060870135611638565b600585600a8111156115ce576115ce612e8c565b036116025785546115a99062278d009074010000000000000000000000000000000000000000900464ffffffffff166131d5565b86856040517faa038d2f00000000000000000000000000000000000000000000000000000000815260040161045a929190613355565b82421015611682576040517f5e9ac8d8000000000000000000000000000000000000000000000000000000008152600481018890526024810184905242604482015260640161045a565b5f600286600a81111561169757611697612e8c565b146116a2575f6116a8565b88606001355b6116b69060408b01356131d5565b90506116c2878461298a565b877f418c86af534b832eeca0913ba8d1e0866cd9ea3099e36eb9c59002341f3b5c738483856040516116f693929190613369565b60405180910390a26117258861171260408c0160208d01613111565b61171f60208d018d613111565b84612864565b6117408861173960408c0160208d01613111565b8785612864565b5050505050505050610604611ec9565b5f611759611dec565b6117658484845f611f60565b905061178561177a6040860160208701613111565b338660400135612a53565b61178d611ec9565b9392505050565b61179c611dec565b5f5f6117a9836001611e23565b90925090506117bb6020840184613111565b6001600160a01b0316336001600160a01b03161461180e576040517f5c93793d0000000000000000000000000000000000000000000000000000000081526004810183905233602482015260440161045a565b61181981600761298a565b817f418c86af534b832eeca0913ba8d1e0866cd9ea3099e36eb9c59002341f3b5c73600785604001355f60405161185293929190613369565b60405180910390a2610fa78261186e6040860160208701613111565b61187b6020870187613111565b8660400135612864565b61188d611dec565b5f5f61189a836001611e23565b90925090506118ac6020840184613111565b6001600160a01b0316336001600160a01b031614806118ed57506118d861012084016101008501613111565b6001600160a01b0316336001600160a01b0316145b8061191a575061190561018084016101608501613111565b6001600160a01b0316336001600160a01b0316145b1561195a576040517f5c93793d0000000000000000000000000000000000000000000000000000000081526004810183905233602482015260440161045a565b61196a60a084016080850161333c565b67ffffffffffffffff16421061198b578161120e60a085016080860161333c565b80547fffffffffffffff0000000000000000000000000000000000000000000000000016337fffffffffffffff0000000000ffffffffffffffffffffffffffffffffffffffff1617740100000000000000000000000000000000000000004264ffffffffff16021780825560029082907fffffffffffff00ffffffffffffffffffffffffffffffffffffffffffffffffff1679010000000000000000000000000000000000000000000000000083021790555033827f4cd81264a1b69d0ba51d9137eb345f182c95f74cebf5d72da472abad4692b461611a6b8642611ef3565b60405167ffffffffffffffff909116815260200160405180910390a3610fa7611a9a6040850160208601613111565b338560600135612a53565b611aad611dec565b5f5f611aba836003611e23565b90925090505f611ad060e0850160c0860161318f565b8254611b019163ffffffff169074010000000000000000000000000000000000000000900464ffffffffff166131d5565b905080421015611b4d576040517f5e9ac8d8000000000000000000000000000000000000000000000000000000008152600481018490526024810182905242604482015260640161045a565b611b5b83858460015f6127bf565b505050610604611ec9565b611b6e611dec565b5f5f611b7b846005611e23565b9092509050611b9261012085016101008601613111565b6001600160a01b0316336001600160a01b031614611be5576040517f5c93793d0000000000000000000000000000000000000000000000000000000081526004810183905233602482015260440161045a565b80545f90611c169062278d009074010000000000000000000000000000000000000000900464ffffffffff166131d5565b9050804210611c61576040517faad9dfe4000000000000000000000000000000000000000000000000000000008152600481018490526024810182905242604482015260640161045a565b5f611c74606087013560408801356131d5565b90505f611c9982611c8d6101408a016101208b01613399565b61ffff16612710612b97565b9050611ca581836133b2565b861115611cfb578486611cb883856133b2565b6040517f5d75d8c500000000000000000000000000000000000000000000000000000000815260048101939093526024830191909152604482015260640161045a565b5f86611d0783856133b2565b611d1191906133b2565b85549091506001600160a01b0316611d2a86600a61298a565b6040805189815260208101849052908101849052339088907f6979f1c8188fb3e73a2045f870b716b8b9ec83b3cd7ae449cc5892ed4b5792429060600160405180910390a3611d8a87611d8360408c0160208d01613111565b838b612864565b611db187611d9e60408c0160208d01613111565b611dab60208d018d613111565b85612864565b611ddd87611dc560408c0160208d01613111565b611dd76101208d016101008e01613111565b86612864565b50505050505050610ce1611ec9565b611df4612c47565b611e2160017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90612ca0565b565b5f5f611e2e84612937565b5f81815260016020526040902080549193509150790100000000000000000000000000000000000000000000000000900460ff1683600a811115611e7457611e74612e8c565b81600a811115611e8657611e86612e8c565b14611ec15782816040517faa038d2f00000000000000000000000000000000000000000000000000000000815260040161045a929190613355565b509250929050565b611e215f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00611e1b565b5f80611f0560c0850160a0860161318f565b611f159063ffffffff16846131d5565b9050611f2760a085016080860161333c565b67ffffffffffffffff168110611f5657611f4760a085016080860161333c565b67ffffffffffffffff16611f58565b805b949350505050565b5f80611f6f6020870187613111565b6001600160a01b031603611fdf576040517fc064311900000000000000000000000000000000000000000000000000000000815260206004820152600b60248201527f7a65726f20706f73746572000000000000000000000000000000000000000000604482015260640161045a565b84604001355f0361204c576040517fc064311900000000000000000000000000000000000000000000000000000000815260206004820152600b60248201527f7a65726f20726577617264000000000000000000000000000000000000000000604482015260640161045a565b61207a60408601357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff6133b2565b856060013511156120e7576040517fc064311900000000000000000000000000000000000000000000000000000000815260206004820152601b60248201527f72657761726420706c7573207374616b65206f766572666c6f77730000000000604482015260640161045a565b426120f860a087016080880161333c565b67ffffffffffffffff1611612169576040517fc064311900000000000000000000000000000000000000000000000000000000815260206004820152601a60248201527f646561646c696e65206e6f7420696e2074686520667574757265000000000000604482015260640161045a565b61217960c0860160a0870161318f565b63ffffffff165f036121e7576040517fc064311900000000000000000000000000000000000000000000000000000000815260206004820152601360248201527f7a65726f20636c61696d206475726174696f6e00000000000000000000000000604482015260640161045a565b6121f760e0860160c0870161318f565b63ffffffff165f03612265576040517fc064311900000000000000000000000000000000000000000000000000000000815260206004820152601260248201527f7a65726f207265766965772077696e646f770000000000000000000000000000604482015260640161045a565b5f61227861012087016101008801613111565b6001600160a01b0316141580156122e057506122976020860186613111565b6001600160a01b03166122b261012087016101008801613111565b6001600160a01b031614806122e05750306122d561012087016101008801613111565b6001600160a01b0316145b1561236d576040517fc064311900000000000000000000000000000000000000000000000000000000815260206004820152602260248201527f617262697465722069732074686520706f73746572206f722074686520626f6160448201527f7264000000000000000000000000000000000000000000000000000000000000606482015260840161045a565b5f61238061012087016101008801613111565b6001600160a01b0316141580156123ab57506123a3610100860160e0870161318f565b63ffffffff16155b15612412576040517fc064311900000000000000000000000000000000000000000000000000000000815260206004820181905260248201527f6172626974657220776974686f7574206120646973707574652077696e646f77604482015260640161045a565b61271061242761014087016101208801613399565b61ffff16118061246f575061244461014086016101208701613399565b61ffff161580159061246f57505f61246461012087016101008801613111565b6001600160a01b0316145b156124d6576040517fc064311900000000000000000000000000000000000000000000000000000000815260206004820152600b60248201527f6172626974657220666565000000000000000000000000000000000000000000604482015260640161045a565b5f6124e961018087016101608801613111565b6001600160a01b0316146101408601351514612587576040517fc064311900000000000000000000000000000000000000000000000000000000815260206004820152602a60248201527f76616c69646174696f6e206e6565647320626f746820736368656d6120616e6460448201527f2076616c696461746f7200000000000000000000000000000000000000000000606482015260840161045a565b61259085612937565b5f8181526001602052604081209192508154790100000000000000000000000000000000000000000000000000900460ff16600a8111156125d3576125d3612e8c565b1461260d576040517f343442320000000000000000000000000000000000000000000000000000000081526004810183905260240161045a565b80547fffffffffffff00ffffffffffffffffffffffffffffffffffffffffffffffffff1679010000000000000000000000000000000000000000000000000017815561265f6040870160208801613111565b6001600160a01b03166126756020880188613111565b6001600160a01b0316837f4fd4272e49913c479b1a38d559b0fd7960a7a3bea421276cb10ae2c726b78fce898989898a6126af57336126bc565b6126bc60208f018f613111565b6040516126cd9594939291906134de565b60405180910390a450949350505050565b6040517f70a082310000000000000000000000000000000000000000000000000000000081523060048201525f9082906001600160a01b038616906370a0823190602401602060405180830381865afa15801561273d573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906127619190613283565b61276b91906133b2565b905082811461089e576040517f96981e640000000000000000000000000000000000000000000000000000000081526001600160a01b0385166004820152602481018490526044810182905260640161045a565b82546001600160a01b03166127d584600661298a565b336001600160a01b0316816001600160a01b0316877fc011fd5113b69a6500f0e0e5e18a6300f93fe3c642cd527d769bad1b32457d12868660405161281b929190613525565b60405180910390a461284f866128376040880160208901613111565b8361284a60608a013560408b01356131d5565b612864565b505050505050565b5f611f588484845f612ca7565b801561089e575f6001600160a01b03841661288a575f5f5f5f858761c350f190506128a1565b61289e6001600160a01b0385168484612857565b90505b80612930576001600160a01b038085165f90815260208181526040808320938716835292905290812080548492906128da9084906131d5565b92505081905550826001600160a01b0316846001600160a01b0316867f3e27973a3d5da24445a3b2a778656ab40f6fa042baaad258ac672295348ff56e8560405161292791815260200190565b60405180910390a45b5050505050565b5f7f0000000000000000000000000000000000000000000000000000000000000000308360405160200161296d93929190613543565b604051602081830303815290604052805190602001209050919050565b815464ffffffffff421674010000000000000000000000000000000000000000027fffffffffffffff0000000000ffffffffffffffffffffffffffffffffffffffff821681178455829184917fffffffffffff00ffffffffffffffffffffffffffffffffffffffffffffffffff167fffffffffffff000000000000ffffffffffffffffffffffffffffffffffffffff9091161779010000000000000000000000000000000000000000000000000083600a811115612a4a57612a4a612e8c565b02179055505050565b6001600160a01b038316612aa857803414612aa3576040517f2846292e0000000000000000000000000000000000000000000000000000000081526004810182905234602482015260440161045a565b505050565b3415612ae8576040517f2846292e0000000000000000000000000000000000000000000000000000000081525f600482015234602482015260440161045a565b805f03612af457505050565b6040517f70a082310000000000000000000000000000000000000000000000000000000081523060048201525f906001600160a01b038516906370a0823190602401602060405180830381865afa158015612b51573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612b759190613283565b9050612b8c6001600160a01b038516843085612d22565b61089e8483836126de565b5f5f5f612ba48686612d71565b91509150815f03612bc857838181612bbe57612bbe613567565b049250505061178d565b818411612bdf57612bdf6003851502601118612dac565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c15611e21576040517f3ee5aeb500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b80825d5050565b6040517fa9059cbb000000000000000000000000000000000000000000000000000000005f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316612d16578383151615612d0a573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b612d30848484846001612dbd565b61089e576040517f5274afe70000000000000000000000000000000000000000000000000000000081526001600160a01b038516600482015260240161045a565b5f807fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff83850993909202808410938190039390930393915050565b634e487b715f52806020526024601cfd5b6040517f23b872dd000000000000000000000000000000000000000000000000000000005f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f51148316612e32578383151615612e26573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b5f6101c08284031215612e54575f5ffd5b50919050565b5f6101c08284031215612e6b575f5ffd5b61178d8383612e43565b5f60208284031215612e85575f5ffd5b5035919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b600b8110612ec957612ec9612e8c565b9052565b5f6060820190506001600160a01b03835116825264ffffffffff60208401511660208301526040830151612f046040840182612eb9565b5092915050565b5f5f83601f840112612f1b575f5ffd5b50813567ffffffffffffffff811115612f32575f5ffd5b602083019150836020828501011115612f49575f5ffd5b9250929050565b5f5f5f5f6102008587031215612f64575f5ffd5b612f6e8686612e43565b93506101c085013592506101e085013567ffffffffffffffff811115612f92575f5ffd5b612f9e87828801612f0b565b95989497509550505050565b5f5f5f5f5f5f5f5f610280898b031215612fc2575f5ffd5b612fcc8a8a612e43565b97506101c089013567ffffffffffffffff811115612fe8575f5ffd5b612ff48b828c01612f0b565b9098509650506101e08901359450610200890135935061022089013560ff8116811461301e575f5ffd5b979a969950949793969295929450505061024082013591610260013590565b5f5f6101e0838503121561304f575f5ffd5b6130598484612e43565b946101c0939093013593505050565b80356001600160a01b038116811461307e575f5ffd5b919050565b5f5f60408385031215613094575f5ffd5b61309d83613068565b91506130ab60208401613068565b90509250929050565b5f5f8284036102a08112156130c7575f5ffd5b6130d18585612e43565b925060e07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe4082011215613102575f5ffd5b506101c0830190509250929050565b5f60208284031215613121575f5ffd5b61178d82613068565b5f5f5f6101e0848603121561313d575f5ffd5b6131478585612e43565b92506101c084013567ffffffffffffffff811115613163575f5ffd5b61316f86828701612f0b565b9497909650939450505050565b803563ffffffff8116811461307e575f5ffd5b5f6020828403121561319f575f5ffd5b61178d8261317c565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b80820180821115610d0957610d096131a8565b67ffffffffffffffff8181168382160190811115610d0957610d096131a8565b81835281816020850137505f602082840101525f60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f840116840101905092915050565b848152606060208201525f613268606083018587613208565b905067ffffffffffffffff8316604083015295945050505050565b5f60208284031215613293575f5ffd5b5051919050565b803567ffffffffffffffff8116811461307e575f5ffd5b8135815260e081016001600160a01b036132cd60208501613068565b1660208301526001600160a01b036132e760408501613068565b16604083015267ffffffffffffffff6133026060850161329a565b1660608301526080830135801515811461331a575f5ffd5b1515608083015260a0838101359083015260c092830135929091019190915290565b5f6020828403121561334c575f5ffd5b61178d8261329a565b8281526040810161178d6020830184612eb9565b606081016133778286612eb9565b602082019390935260400152919050565b803561ffff8116811461307e575f5ffd5b5f602082840312156133a9575f5ffd5b61178d82613388565b81810381811115610d0957610d096131a8565b6133df826133d283613068565b6001600160a01b03169052565b6133eb60208201613068565b6001600160a01b0316602083015260408181013590830152606080820135908301526134196080820161329a565b67ffffffffffffffff16608083015261343460a0820161317c565b63ffffffff1660a083015261344b60c0820161317c565b63ffffffff1660c083015261346260e0820161317c565b63ffffffff1660e083015261347a6101008201613068565b6001600160a01b03166101008301526134966101208201613388565b61ffff1661012083015261014081810135908301526134b86101608201613068565b6001600160a01b031661016083015261018081810135908301526101a090810135910152565b6134e881876133c5565b6102206101c08201525f61350161022083018688613208565b9315156101e0830152506001600160a01b0391909116610200909101529392505050565b604081016003841061353957613539612e8c565b9281526020015290565b8381526001600160a01b03831660208201526102008101611f5860408301846133c5565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"`\xC0`@RF`\x80R4\x80\x15`\x12W__\xFD[P`@Qa6&8\x03\x80a6&\x839\x81\x01`@\x81\x90R`/\x91`?V[`\x01`\x01`\xA0\x1B\x03\x16`\xA0R`jV[_` \x82\x84\x03\x12\x15`NW__\xFD[\x81Q`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14`cW__\xFD[\x93\x92PPPV[`\x80Q`\xA0Qa5\x94a\0\x92_9_\x81\x81a\x02\xE7\x01Ra\x0EW\x01R_a):\x01Ra5\x94_\xF3\xFE`\x80`@R`\x046\x10a\x01WW_5`\xE0\x1C\x80cf\x8F&;\x11a\0\xBBW\x80c\xBB#B\xD3\x11a\0qW\x80c\xCC\x9D\x0E.\x11a\0WW\x80c\xCC\x9D\x0E.\x14a\x03\xA7W\x80c\xCF\xE8\xA1\x8F\x14a\x03\xBAW\x80c\xF1\x80B,\x14a\x03\xD9W__\xFD[\x80c\xBB#B\xD3\x14a\x03uW\x80c\xC9\xD8\xEF\x8D\x14a\x03\x88W__\xFD[\x80c\x8E\x9B\x9A\xEB\x11a\0\xA1W\x80c\x8E\x9B\x9A\xEB\x14a\x03!W\x80c\x90\xED\xF4\xDC\x14a\x03@W\x80c\x9D\x8A\x86f\x14a\x03_W__\xFD[\x80cf\x8F&;\x14a\x02\xB7W\x80c{\x109\x99\x14a\x02\xD6W__\xFD[\x80c(\x07\x9EJ\x11a\x01\x10W\x80cB\xD22v\x11a\0\xF6W\x80cB\xD22v\x14a\x02ZW\x80cQ\xCF\xF8\xD9\x14a\x02yW\x80c`\xF5\xBC\xFB\x14a\x02\x98W__\xFD[\x80c(\x07\x9EJ\x14a\x02\x1CW\x80c8\n\x04\x1A\x14a\x02;W__\xFD[\x80c\nCR\xDD\x11a\x01@W\x80c\nCR\xDD\x14a\x01\xB1W\x80c\x12To\xE3\x14a\x01\xD0W\x80c\x16\xBA\xE0G\x14a\x01\xFDW__\xFD[\x80c\t\x05\xFA\x16\x14a\x01[W\x80c\td\x8A\x9D\x14a\x01|W[__\xFD[4\x80\x15a\x01fW__\xFD[Pa\x01za\x01u6`\x04a.ZV[a\x03\xF8V[\0[4\x80\x15a\x01\x87W__\xFD[Pa\x01\x9Ba\x01\x966`\x04a.uV[a\x06\x07V[`@Qa\x01\xA8\x91\x90a.\xCDV[`@Q\x80\x91\x03\x90\xF3[4\x80\x15a\x01\xBCW__\xFD[Pa\x01za\x01\xCB6`\x04a/PV[a\x06\xC6V[4\x80\x15a\x01\xDBW__\xFD[Pa\x01\xEFa\x01\xEA6`\x04a/\xAAV[a\x08\xA4V[`@Q\x90\x81R` \x01a\x01\xA8V[4\x80\x15a\x02\x08W__\xFD[Pa\x01za\x02\x176`\x04a0=V[a\n\xDAV[4\x80\x15a\x02'W__\xFD[Pa\x01\xEFa\x0266`\x04a0\x83V[a\x0C\xE5V[4\x80\x15a\x02FW__\xFD[Pa\x01za\x02U6`\x04a0\xB4V[a\r\x0FV[4\x80\x15a\x02eW__\xFD[Pa\x01za\x02t6`\x04a.ZV[a\x0F V[4\x80\x15a\x02\x84W__\xFD[Pa\x01za\x02\x936`\x04a1\x11V[a\x0F\xB1V[4\x80\x15a\x02\xA3W__\xFD[Pa\x01za\x02\xB26`\x04a.ZV[a\x11?V[4\x80\x15a\x02\xC2W__\xFD[Pa\x01\xEFa\x02\xD16`\x04a.ZV[a\x13\x13V[4\x80\x15a\x02\xE1W__\xFD[Pa\x03\t\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[`@Q`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x81R` \x01a\x01\xA8V[4\x80\x15a\x03,W__\xFD[Pa\x01za\x03;6`\x04a.ZV[a\x13\x1DV[4\x80\x15a\x03KW__\xFD[Pa\x01za\x03Z6`\x04a.ZV[a\x14\x9DV[4\x80\x15a\x03jW__\xFD[Pa\x01\xEFb'\x8D\0\x81V[a\x01\xEFa\x03\x836`\x04a1*V[a\x17PV[4\x80\x15a\x03\x93W__\xFD[Pa\x01za\x03\xA26`\x04a.ZV[a\x17\x94V[a\x01za\x03\xB56`\x04a.ZV[a\x18\x85V[4\x80\x15a\x03\xC5W__\xFD[Pa\x01za\x03\xD46`\x04a.ZV[a\x1A\xA5V[4\x80\x15a\x03\xE4W__\xFD[Pa\x01za\x03\xF36`\x04a0=V[a\x1BfV[a\x04\0a\x1D\xECV[__a\x04\r\x83`\x04a\x1E#V[\x80T\x91\x93P\x91P`\x01`\x01`\xA0\x1B\x03\x163\x14a\x04cW`@Q\x7F\\\x93y=\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R3`$\x82\x01R`D\x01[`@Q\x80\x91\x03\x90\xFD[_a\x04va\x01 \x85\x01a\x01\0\x86\x01a1\x11V[`\x01`\x01`\xA0\x1B\x03\x16\x03a\x04\xB9W`@Q\x7FC!\x1D\xC2\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R`$\x01a\x04ZV[_a\x04\xCBa\x01\0\x85\x01`\xE0\x86\x01a1\x8FV[\x82Ta\x04\xFC\x91c\xFF\xFF\xFF\xFF\x16\x90t\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04d\xFF\xFF\xFF\xFF\xFF\x16a1\xD5V[\x90P\x80B\x10a\x05GW`@Q\x7F\xAA\xD9\xDF\xE4\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90R`$\x81\x01\x82\x90RB`D\x82\x01R`d\x01a\x04ZV[\x81Ty\x05\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x7F\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x7F\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFt\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0Bd\xFF\xFF\xFF\xFF\xFF\x16\x02\x16\x17\x17\x82U`@Q3\x90\x84\x90\x7F\x1D\x8C\xBDB\x96\xDB\x81\xBA\xC5c%[O\xC6\xB2N\xB1r\xF0l\x10\x98\xED\x8A\xCBI9\x14\xA9[Ra\x90_\x90\xA3PPPa\x06\x04a\x1E\xC9V[PV[a\x06'`@\x80Q``\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x90\x91\x82\x01R\x90V[_\x82\x81R`\x01` \x90\x81R`@\x91\x82\x90 \x82Q``\x81\x01\x84R\x81T`\x01`\x01`\xA0\x1B\x03\x81\x16\x82Rt\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x04d\xFF\xFF\xFF\xFF\xFF\x16\x93\x82\x01\x93\x90\x93R\x92\x90\x91\x90\x83\x01\x90y\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04`\xFF\x16`\n\x81\x11\x15a\x06\xACWa\x06\xACa.\x8CV[`\n\x81\x11\x15a\x06\xBDWa\x06\xBDa.\x8CV[\x90RP\x92\x91PPV[a\x06\xCEa\x1D\xECV[__a\x06\xDB\x86`\x02a\x1E#V[\x80T\x91\x93P\x91P`\x01`\x01`\xA0\x1B\x03\x163\x14a\x07,W`@Q\x7F\\\x93y=\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R3`$\x82\x01R`D\x01a\x04ZV[\x80T_\x90a\x07Z\x90\x88\x90t\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04d\xFF\xFF\xFF\xFF\xFF\x16a\x1E\xF3V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90P\x80B\x10a\x07\xAFW`@Q\x7F\xAA\xD9\xDF\xE4\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90R`$\x81\x01\x82\x90RB`D\x82\x01R`d\x01a\x04ZV[\x81Ty\x03\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x7F\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x7F\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFt\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0Bd\xFF\xFF\xFF\xFF\xFF\x16\x02\x16\x17\x17\x82U3\x83\x7F#$4VG\xCB\xE4edM\x8D^\x96%7#\xBC\xC1\xAF\xAC?\x8C\x04\x0C\xE0M\xFDF\x8FE{G\x88\x88\x88a\x08k`\xE0\x8E\x01`\xC0\x8F\x01a1\x8FV[a\x08{\x90c\xFF\xFF\xFF\xFF\x16Ba1\xE8V[`@Qa\x08\x8B\x94\x93\x92\x91\x90a2OV[`@Q\x80\x91\x03\x90\xA3PPPa\x08\x9Ea\x1E\xC9V[PPPPV[_a\x08\xADa\x1D\xECV[_a\x08\xBE`@\x8B\x01` \x8C\x01a1\x11V[`\x01`\x01`\xA0\x1B\x03\x16\x03a\t.W`@Q\x7F\xC0d1\x19\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`\x1F`$\x82\x01R\x7Fsignature funding needs a token\0`D\x82\x01R`d\x01a\x04ZV[a\t;\x89\x89\x89`\x01a\x1F`V[\x90P_a\tN`@\x8B\x01` \x8C\x01a1\x11V[`@Q\x7Fp\xA0\x821\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R0`\x04\x82\x01R`\x01`\x01`\xA0\x1B\x03\x91\x90\x91\x16\x90cp\xA0\x821\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\t\xABW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\t\xCF\x91\x90a2\x83V[\x90Pa\t\xE1`@\x8B\x01` \x8C\x01a1\x11V[`\x01`\x01`\xA0\x1B\x03\x16c\xEFU\xBE\xC6a\t\xFC` \x8D\x01\x8Da1\x11V[`@\x80Q\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\xE0\x85\x90\x1B\x16\x81R`\x01`\x01`\xA0\x1B\x03\x90\x92\x16`\x04\x83\x01R0`$\x83\x01R\x8D\x015`D\x82\x01R`d\x81\x01\x8A\x90R`\x84\x81\x01\x89\x90R`\xA4\x81\x01\x85\x90R`\xFF\x88\x16`\xC4\x82\x01R`\xE4\x81\x01\x87\x90Ra\x01\x04\x81\x01\x86\x90Ra\x01$\x01_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a\n\x8FW__\xFD[PZ\xF1\x15\x80\x15a\n\xA1W=__>=_\xFD[Pa\n\xC5\x92Pa\n\xBA\x91PP`@\x8C\x01` \x8D\x01a1\x11V[\x8B`@\x015\x83a&\xDEV[Pa\n\xCEa\x1E\xC9V[\x98\x97PPPPPPPPV[a\n\xE2a\x1D\xECV[__a\n\xEF\x84`\x03a\x1E#V[\x90\x92P\x90Pa\x0B\x01` \x85\x01\x85a1\x11V[`\x01`\x01`\xA0\x1B\x03\x163`\x01`\x01`\xA0\x1B\x03\x16\x14a\x0BTW`@Q\x7F\\\x93y=\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R3`$\x82\x01R`D\x01a\x04ZV[_a\x0Be`\xE0\x86\x01`\xC0\x87\x01a1\x8FV[\x82Ta\x0B\x96\x91c\xFF\xFF\xFF\xFF\x16\x90t\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04d\xFF\xFF\xFF\xFF\xFF\x16a1\xD5V[\x90P\x80B\x10a\x0B\xE1W`@Q\x7F\xAA\xD9\xDF\xE4\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90R`$\x81\x01\x82\x90RB`D\x82\x01R`d\x01a\x04ZV[\x81Ty\x04\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x7F\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x7F\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFt\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0Bd\xFF\xFF\xFF\xFF\xFF\x16\x02\x16\x17\x17\x80\x83U`\x01`\x01`\xA0\x1B\x03\x16\x83\x7F\xF9\x1E$\xB0\xFAX\x93\x91\xC7\x96*\x8B\xA6.\x9D\x1Dl\xB2a\xD7\x8C\xC7H\xAD\x8DZ\xB2\x8D+.\xC4\xB6\x86a\x0C\xA5a\x01\0\x8A\x01`\xE0\x8B\x01a1\x8FV[a\x0C\xB5\x90c\xFF\xFF\xFF\xFF\x16Ba1\xE8V[`@\x80Q\x92\x83Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16` \x83\x01R\x01`@Q\x80\x91\x03\x90\xA3PPPa\x0C\xE1a\x1E\xC9V[PPV[`\x01`\x01`\xA0\x1B\x03\x80\x83\x16_\x90\x81R` \x81\x81R`@\x80\x83 \x93\x85\x16\x83R\x92\x90R T[\x92\x91PPV[a\r\x17a\x1D\xECV[__a\r$\x84`\x03a\x1E#V[\x90\x92P\x90Pa\x01@\x84\x015a\rhW`@Q\x7F\xE4\xD1FJ\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R`$\x01a\x04ZV[\x825a\x01@\x85\x015\x14\x15\x80a\r\xAFWPa\r\x8Aa\x01\x80\x85\x01a\x01`\x86\x01a1\x11V[`\x01`\x01`\xA0\x1B\x03\x16a\r\xA3`@\x85\x01` \x86\x01a1\x11V[`\x01`\x01`\xA0\x1B\x03\x16\x14\x15[\x80a\r\xBEWP\x81\x83`\xA0\x015\x14\x15[\x80a\r\xEBWP\x80T`\x01`\x01`\xA0\x1B\x03\x16a\r\xDF``\x85\x01`@\x86\x01a1\x11V[`\x01`\x01`\xA0\x1B\x03\x16\x14\x15[\x15a\x0E%W`@Q\x7F\x8D\xC8N\xFE\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R`$\x01a\x04ZV[`@Q\x7F\x98a\n!\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R_\x90`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90c\x98a\n!\x90a\x0E\x8C\x90\x87\x90`\x04\x01a2\xB1V[` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x0E\xA7W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x0E\xCB\x91\x90a2\x83V[\x90P\x80a\x0F\x07W`@Q\x7F\x8D\xC8N\xFE\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90R`$\x01a\x04ZV[a\x0F\x15\x83\x86\x84`\x02\x85a'\xBFV[PPPa\x0C\xE1a\x1E\xC9V[a\x0F(a\x1D\xECV[__a\x0F5\x83`\x03a\x1E#V[\x90\x92P\x90Pa\x0FG` \x84\x01\x84a1\x11V[`\x01`\x01`\xA0\x1B\x03\x163`\x01`\x01`\xA0\x1B\x03\x16\x14a\x0F\x9AW`@Q\x7F\\\x93y=\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R3`$\x82\x01R`D\x01a\x04ZV[a\x0F\xA7\x82\x84\x83_\x80a'\xBFV[PPa\x06\x04a\x1E\xC9V[a\x0F\xB9a\x1D\xECV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R` \x81\x81R`@\x80\x83 3\x84R\x90\x91R\x81 T\x90\x81\x90\x03a\x10%W`@Q\x7Fw\xD2bp\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x83\x16`\x04\x82\x01R3`$\x82\x01R`D\x01a\x04ZV[`\x01`\x01`\xA0\x1B\x03\x82\x16_\x81\x81R` \x81\x81R`@\x80\x83 3\x80\x85R\x90\x83R\x81\x84 \x93\x90\x93UQ\x84\x81R\x91\x92\x91\x7F\xD1\xC1\x9F\xBC\xD4U\x1A^\xDF\xB6mC\xD2\xE37\xC0H7\xAF\xDA4\x82\xB4+\xDFV\x9A\x8F\xCC\xDA\xE5\xFB\x91\x01`@Q\x80\x91\x03\x90\xA3_`\x01`\x01`\xA0\x1B\x03\x83\x16a\x10\xD9W`@Q3\x90\x83\x90_\x81\x81\x81\x85\x87Z\xF1\x92PPP=\x80_\x81\x14a\x10\xC9W`@Q\x91P`\x1F\x19`?=\x01\x16\x82\x01`@R=\x82R=_` \x84\x01>a\x10\xCEV[``\x91P[PP\x80\x91PPa\x10\xF0V[a\x10\xED`\x01`\x01`\xA0\x1B\x03\x84\x163\x84a(WV[\x90P[\x80a\x0F\xA7W`@Q\x7F\xA4\xF6\xED\x84\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x84\x16`\x04\x82\x01R3`$\x82\x01R`D\x81\x01\x83\x90R`d\x01a\x04ZV[a\x11Ga\x1D\xECV[__a\x11T\x83`\x02a\x1E#V[\x80T\x91\x93P\x91P_\x90a\x11\x87\x90\x85\x90t\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04d\xFF\xFF\xFF\xFF\xFF\x16a\x1E\xF3V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90P\x80B\x10\x15a\x11\xDDW`@Q\x7F^\x9A\xC8\xD8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90R`$\x81\x01\x82\x90RB`D\x82\x01R`d\x01a\x04ZV[a\x11\xED`\xA0\x85\x01`\x80\x86\x01a3<V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16B\x10a\x12YW\x82a\x12\x0E`\xA0\x86\x01`\x80\x87\x01a3<V[`@Q\x7F\xAA\xD9\xDF\xE4\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x92\x90\x92Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`$\x82\x01RB`D\x82\x01R`d\x01a\x04ZV[\x81T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x16y\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x17\x83U`\x01`\x01`\xA0\x1B\x03\x16`@Q3\x90`\x01`\x01`\xA0\x1B\x03\x83\x16\x90\x86\x90\x7F\xA6c\xA6\x97\x8E%\xDCi\ne\n\xB8\xAE\xB3\xA3n\xB8\xD4\xAA.*W\xCC\xBE\xDA\xFDA\x858KZ\xE1\x90_\x90\xA4a\x13\x07\x84a\x12\xF0`@\x88\x01` \x89\x01a1\x11V[a\x12\xFD` \x89\x01\x89a1\x11V[\x88``\x015a(dV[PPPPa\x06\x04a\x1E\xC9V[_a\r\t\x82a)7V[a\x13%a\x1D\xECV[__a\x132\x83`\x02a\x1E#V[\x80T\x91\x93P\x91P`\x01`\x01`\xA0\x1B\x03\x163\x81\x14a\x13\x84W`@Q\x7F\\\x93y=\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90R3`$\x82\x01R`D\x01a\x04ZV[\x81T_\x90a\x13\xB2\x90\x86\x90t\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04d\xFF\xFF\xFF\xFF\xFF\x16a\x1E\xF3V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90P\x80B\x10a\x14\x07W`@Q\x7F\xAA\xD9\xDF\xE4\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x85\x90R`$\x81\x01\x82\x90RB`D\x82\x01R`d\x01a\x04ZV[\x82T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16y\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x17\x83U`@Q`\x01`\x01`\xA0\x1B\x03\x83\x16\x90\x85\x90\x7F,\xCB[\x178\x1Ece\xF7yb\xA2\x07\x06\xA5\xFA\xFC\xBF\xD0\x1B[\xC8+h\xB2\xD7\xCD\xF8\xDA\xD8\xC8\xFA\x90_\x90\xA3a\x13\x07\x84a\x14\x92`@\x88\x01` \x89\x01a1\x11V[\x84\x88``\x015a(dV[a\x14\xA5a\x1D\xECV[_a\x14\xAF\x82a)7V[_\x81\x81R`\x01` \x81\x90R`@\x82 \x80T\x93\x94P\x92`\xFFy\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x04\x16\x92`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x91\x81\x90\x81\x90\x85`\n\x81\x11\x15a\x15\x07Wa\x15\x07a.\x8CV[\x14\x80a\x15$WP`\x02\x85`\n\x81\x11\x15a\x15\"Wa\x15\"a.\x8CV[\x14[\x15a\x15NWa\x159`\xA0\x89\x01`\x80\x8A\x01a3<V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x92P`\x08\x91Pa\x168V[`\x04\x85`\n\x81\x11\x15a\x15bWa\x15ba.\x8CV[\x03a\x15\xBAWa\x15xa\x01\0\x89\x01`\xE0\x8A\x01a1\x8FV[\x86Ta\x15\xA9\x91c\xFF\xFF\xFF\xFF\x16\x90t\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04d\xFF\xFF\xFF\xFF\xFF\x16a1\xD5V[\x92P`\t\x91PP``\x87\x015a\x168V[`\x05\x85`\n\x81\x11\x15a\x15\xCEWa\x15\xCEa.\x8CV[\x03a\x16\x02W\x85Ta\x15\xA9\x90b'\x8D\0\x90t\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04d\xFF\xFF\xFF\xFF\xFF\x16a1\xD5V[\x86\x85`@Q\x7F\xAA\x03\x8D/\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01a\x04Z\x92\x91\x90a3UV[\x82B\x10\x15a\x16\x82W`@Q\x7F^\x9A\xC8\xD8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x88\x90R`$\x81\x01\x84\x90RB`D\x82\x01R`d\x01a\x04ZV[_`\x02\x86`\n\x81\x11\x15a\x16\x97Wa\x16\x97a.\x8CV[\x14a\x16\xA2W_a\x16\xA8V[\x88``\x015[a\x16\xB6\x90`@\x8B\x015a1\xD5V[\x90Pa\x16\xC2\x87\x84a)\x8AV[\x87\x7FA\x8C\x86\xAFSK\x83.\xEC\xA0\x91;\xA8\xD1\xE0\x86l\xD9\xEA0\x99\xE3n\xB9\xC5\x90\x024\x1F;\\s\x84\x83\x85`@Qa\x16\xF6\x93\x92\x91\x90a3iV[`@Q\x80\x91\x03\x90\xA2a\x17%\x88a\x17\x12`@\x8C\x01` \x8D\x01a1\x11V[a\x17\x1F` \x8D\x01\x8Da1\x11V[\x84a(dV[a\x17@\x88a\x179`@\x8C\x01` \x8D\x01a1\x11V[\x87\x85a(dV[PPPPPPPPa\x06\x04a\x1E\xC9V[_a\x17Ya\x1D\xECV[a\x17e\x84\x84\x84_a\x1F`V[\x90Pa\x17\x85a\x17z`@\x86\x01` \x87\x01a1\x11V[3\x86`@\x015a*SV[a\x17\x8Da\x1E\xC9V[\x93\x92PPPV[a\x17\x9Ca\x1D\xECV[__a\x17\xA9\x83`\x01a\x1E#V[\x90\x92P\x90Pa\x17\xBB` \x84\x01\x84a1\x11V[`\x01`\x01`\xA0\x1B\x03\x163`\x01`\x01`\xA0\x1B\x03\x16\x14a\x18\x0EW`@Q\x7F\\\x93y=\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R3`$\x82\x01R`D\x01a\x04ZV[a\x18\x19\x81`\x07a)\x8AV[\x81\x7FA\x8C\x86\xAFSK\x83.\xEC\xA0\x91;\xA8\xD1\xE0\x86l\xD9\xEA0\x99\xE3n\xB9\xC5\x90\x024\x1F;\\s`\x07\x85`@\x015_`@Qa\x18R\x93\x92\x91\x90a3iV[`@Q\x80\x91\x03\x90\xA2a\x0F\xA7\x82a\x18n`@\x86\x01` \x87\x01a1\x11V[a\x18{` \x87\x01\x87a1\x11V[\x86`@\x015a(dV[a\x18\x8Da\x1D\xECV[__a\x18\x9A\x83`\x01a\x1E#V[\x90\x92P\x90Pa\x18\xAC` \x84\x01\x84a1\x11V[`\x01`\x01`\xA0\x1B\x03\x163`\x01`\x01`\xA0\x1B\x03\x16\x14\x80a\x18\xEDWPa\x18\xD8a\x01 \x84\x01a\x01\0\x85\x01a1\x11V[`\x01`\x01`\xA0\x1B\x03\x163`\x01`\x01`\xA0\x1B\x03\x16\x14[\x80a\x19\x1AWPa\x19\x05a\x01\x80\x84\x01a\x01`\x85\x01a1\x11V[`\x01`\x01`\xA0\x1B\x03\x163`\x01`\x01`\xA0\x1B\x03\x16\x14[\x15a\x19ZW`@Q\x7F\\\x93y=\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R3`$\x82\x01R`D\x01a\x04ZV[a\x19j`\xA0\x84\x01`\x80\x85\x01a3<V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16B\x10a\x19\x8BW\x81a\x12\x0E`\xA0\x85\x01`\x80\x86\x01a3<V[\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x163\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x17t\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0Bd\xFF\xFF\xFF\xFF\xFF\x16\x02\x17\x80\x82U`\x02\x90\x82\x90\x7F\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16y\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83\x02\x17\x90UP3\x82\x7FL\xD8\x12d\xA1\xB6\x9D\x0B\xA5\x1D\x917\xEB4_\x18,\x95\xF7L\xEB\xF5\xD7-\xA4r\xAB\xADF\x92\xB4aa\x1Ak\x86Ba\x1E\xF3V[`@Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01`@Q\x80\x91\x03\x90\xA3a\x0F\xA7a\x1A\x9A`@\x85\x01` \x86\x01a1\x11V[3\x85``\x015a*SV[a\x1A\xADa\x1D\xECV[__a\x1A\xBA\x83`\x03a\x1E#V[\x90\x92P\x90P_a\x1A\xD0`\xE0\x85\x01`\xC0\x86\x01a1\x8FV[\x82Ta\x1B\x01\x91c\xFF\xFF\xFF\xFF\x16\x90t\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04d\xFF\xFF\xFF\xFF\xFF\x16a1\xD5V[\x90P\x80B\x10\x15a\x1BMW`@Q\x7F^\x9A\xC8\xD8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90R`$\x81\x01\x82\x90RB`D\x82\x01R`d\x01a\x04ZV[a\x1B[\x83\x85\x84`\x01_a'\xBFV[PPPa\x06\x04a\x1E\xC9V[a\x1Bna\x1D\xECV[__a\x1B{\x84`\x05a\x1E#V[\x90\x92P\x90Pa\x1B\x92a\x01 \x85\x01a\x01\0\x86\x01a1\x11V[`\x01`\x01`\xA0\x1B\x03\x163`\x01`\x01`\xA0\x1B\x03\x16\x14a\x1B\xE5W`@Q\x7F\\\x93y=\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R3`$\x82\x01R`D\x01a\x04ZV[\x80T_\x90a\x1C\x16\x90b'\x8D\0\x90t\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04d\xFF\xFF\xFF\xFF\xFF\x16a1\xD5V[\x90P\x80B\x10a\x1CaW`@Q\x7F\xAA\xD9\xDF\xE4\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90R`$\x81\x01\x82\x90RB`D\x82\x01R`d\x01a\x04ZV[_a\x1Ct``\x87\x015`@\x88\x015a1\xD5V[\x90P_a\x1C\x99\x82a\x1C\x8Da\x01@\x8A\x01a\x01 \x8B\x01a3\x99V[a\xFF\xFF\x16a'\x10a+\x97V[\x90Pa\x1C\xA5\x81\x83a3\xB2V[\x86\x11\x15a\x1C\xFBW\x84\x86a\x1C\xB8\x83\x85a3\xB2V[`@Q\x7F]u\xD8\xC5\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x93\x90\x93R`$\x83\x01\x91\x90\x91R`D\x82\x01R`d\x01a\x04ZV[_\x86a\x1D\x07\x83\x85a3\xB2V[a\x1D\x11\x91\x90a3\xB2V[\x85T\x90\x91P`\x01`\x01`\xA0\x1B\x03\x16a\x1D*\x86`\na)\x8AV[`@\x80Q\x89\x81R` \x81\x01\x84\x90R\x90\x81\x01\x84\x90R3\x90\x88\x90\x7Fiy\xF1\xC8\x18\x8F\xB3\xE7: E\xF8p\xB7\x16\xB8\xB9\xEC\x83\xB3\xCDz\xE4I\xCCX\x92\xEDKW\x92B\x90``\x01`@Q\x80\x91\x03\x90\xA3a\x1D\x8A\x87a\x1D\x83`@\x8C\x01` \x8D\x01a1\x11V[\x83\x8Ba(dV[a\x1D\xB1\x87a\x1D\x9E`@\x8C\x01` \x8D\x01a1\x11V[a\x1D\xAB` \x8D\x01\x8Da1\x11V[\x85a(dV[a\x1D\xDD\x87a\x1D\xC5`@\x8C\x01` \x8D\x01a1\x11V[a\x1D\xD7a\x01 \x8D\x01a\x01\0\x8E\x01a1\x11V[\x86a(dV[PPPPPPPa\x0C\xE1a\x1E\xC9V[a\x1D\xF4a,GV[a\x1E!`\x01\x7F\x9Bw\x9B\x17B-\r\xF9\"#\x01\x8B2\xB4\xD1\xFAF\xE0qr=h\x17\xE2Hm\0;\xEC\xC5_\0[\x90a,\xA0V[V[__a\x1E.\x84a)7V[_\x81\x81R`\x01` R`@\x90 \x80T\x91\x93P\x91Py\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04`\xFF\x16\x83`\n\x81\x11\x15a\x1EtWa\x1Eta.\x8CV[\x81`\n\x81\x11\x15a\x1E\x86Wa\x1E\x86a.\x8CV[\x14a\x1E\xC1W\x82\x81`@Q\x7F\xAA\x03\x8D/\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01a\x04Z\x92\x91\x90a3UV[P\x92P\x92\x90PV[a\x1E!_\x7F\x9Bw\x9B\x17B-\r\xF9\"#\x01\x8B2\xB4\xD1\xFAF\xE0qr=h\x17\xE2Hm\0;\xEC\xC5_\0a\x1E\x1BV[_\x80a\x1F\x05`\xC0\x85\x01`\xA0\x86\x01a1\x8FV[a\x1F\x15\x90c\xFF\xFF\xFF\xFF\x16\x84a1\xD5V[\x90Pa\x1F'`\xA0\x85\x01`\x80\x86\x01a3<V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81\x10a\x1FVWa\x1FG`\xA0\x85\x01`\x80\x86\x01a3<V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x1FXV[\x80[\x94\x93PPPPV[_\x80a\x1Fo` \x87\x01\x87a1\x11V[`\x01`\x01`\xA0\x1B\x03\x16\x03a\x1F\xDFW`@Q\x7F\xC0d1\x19\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`\x0B`$\x82\x01R\x7Fzero poster\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`D\x82\x01R`d\x01a\x04ZV[\x84`@\x015_\x03a LW`@Q\x7F\xC0d1\x19\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`\x0B`$\x82\x01R\x7Fzero reward\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`D\x82\x01R`d\x01a\x04ZV[a z`@\x86\x015\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFa3\xB2V[\x85``\x015\x11\x15a \xE7W`@Q\x7F\xC0d1\x19\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`\x1B`$\x82\x01R\x7Freward plus stake overflows\0\0\0\0\0`D\x82\x01R`d\x01a\x04ZV[Ba \xF8`\xA0\x87\x01`\x80\x88\x01a3<V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11a!iW`@Q\x7F\xC0d1\x19\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`\x1A`$\x82\x01R\x7Fdeadline not in the future\0\0\0\0\0\0`D\x82\x01R`d\x01a\x04ZV[a!y`\xC0\x86\x01`\xA0\x87\x01a1\x8FV[c\xFF\xFF\xFF\xFF\x16_\x03a!\xE7W`@Q\x7F\xC0d1\x19\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`\x13`$\x82\x01R\x7Fzero claim duration\0\0\0\0\0\0\0\0\0\0\0\0\0`D\x82\x01R`d\x01a\x04ZV[a!\xF7`\xE0\x86\x01`\xC0\x87\x01a1\x8FV[c\xFF\xFF\xFF\xFF\x16_\x03a\"eW`@Q\x7F\xC0d1\x19\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`\x12`$\x82\x01R\x7Fzero review window\0\0\0\0\0\0\0\0\0\0\0\0\0\0`D\x82\x01R`d\x01a\x04ZV[_a\"xa\x01 \x87\x01a\x01\0\x88\x01a1\x11V[`\x01`\x01`\xA0\x1B\x03\x16\x14\x15\x80\x15a\"\xE0WPa\"\x97` \x86\x01\x86a1\x11V[`\x01`\x01`\xA0\x1B\x03\x16a\"\xB2a\x01 \x87\x01a\x01\0\x88\x01a1\x11V[`\x01`\x01`\xA0\x1B\x03\x16\x14\x80a\"\xE0WP0a\"\xD5a\x01 \x87\x01a\x01\0\x88\x01a1\x11V[`\x01`\x01`\xA0\x1B\x03\x16\x14[\x15a#mW`@Q\x7F\xC0d1\x19\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`\"`$\x82\x01R\x7Farbiter is the poster or the boa`D\x82\x01R\x7Frd\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`d\x82\x01R`\x84\x01a\x04ZV[_a#\x80a\x01 \x87\x01a\x01\0\x88\x01a1\x11V[`\x01`\x01`\xA0\x1B\x03\x16\x14\x15\x80\x15a#\xABWPa#\xA3a\x01\0\x86\x01`\xE0\x87\x01a1\x8FV[c\xFF\xFF\xFF\xFF\x16\x15[\x15a$\x12W`@Q\x7F\xC0d1\x19\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01\x81\x90R`$\x82\x01R\x7Farbiter without a dispute window`D\x82\x01R`d\x01a\x04ZV[a'\x10a$'a\x01@\x87\x01a\x01 \x88\x01a3\x99V[a\xFF\xFF\x16\x11\x80a$oWPa$Da\x01@\x86\x01a\x01 \x87\x01a3\x99V[a\xFF\xFF\x16\x15\x80\x15\x90a$oWP_a$da\x01 \x87\x01a\x01\0\x88\x01a1\x11V[`\x01`\x01`\xA0\x1B\x03\x16\x14[\x15a$\xD6W`@Q\x7F\xC0d1\x19\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`\x0B`$\x82\x01R\x7Farbiter fee\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`D\x82\x01R`d\x01a\x04ZV[_a$\xE9a\x01\x80\x87\x01a\x01`\x88\x01a1\x11V[`\x01`\x01`\xA0\x1B\x03\x16\x14a\x01@\x86\x015\x15\x14a%\x87W`@Q\x7F\xC0d1\x19\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`*`$\x82\x01R\x7Fvalidation needs both schema and`D\x82\x01R\x7F validator\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`d\x82\x01R`\x84\x01a\x04ZV[a%\x90\x85a)7V[_\x81\x81R`\x01` R`@\x81 \x91\x92P\x81Ty\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04`\xFF\x16`\n\x81\x11\x15a%\xD3Wa%\xD3a.\x8CV[\x14a&\rW`@Q\x7F44B2\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R`$\x01a\x04ZV[\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16y\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x17\x81Ua&_`@\x87\x01` \x88\x01a1\x11V[`\x01`\x01`\xA0\x1B\x03\x16a&u` \x88\x01\x88a1\x11V[`\x01`\x01`\xA0\x1B\x03\x16\x83\x7FO\xD4'.I\x91<G\x9B\x1A8\xD5Y\xB0\xFDy`\xA7\xA3\xBE\xA4!'l\xB1\n\xE2\xC7&\xB7\x8F\xCE\x89\x89\x89\x89\x8Aa&\xAFW3a&\xBCV[a&\xBC` \x8F\x01\x8Fa1\x11V[`@Qa&\xCD\x95\x94\x93\x92\x91\x90a4\xDEV[`@Q\x80\x91\x03\x90\xA4P\x94\x93PPPPV[`@Q\x7Fp\xA0\x821\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R0`\x04\x82\x01R_\x90\x82\x90`\x01`\x01`\xA0\x1B\x03\x86\x16\x90cp\xA0\x821\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a'=W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a'a\x91\x90a2\x83V[a'k\x91\x90a3\xB2V[\x90P\x82\x81\x14a\x08\x9EW`@Q\x7F\x96\x98\x1Ed\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x85\x16`\x04\x82\x01R`$\x81\x01\x84\x90R`D\x81\x01\x82\x90R`d\x01a\x04ZV[\x82T`\x01`\x01`\xA0\x1B\x03\x16a'\xD5\x84`\x06a)\x8AV[3`\x01`\x01`\xA0\x1B\x03\x16\x81`\x01`\x01`\xA0\x1B\x03\x16\x87\x7F\xC0\x11\xFDQ\x13\xB6\x9Ae\0\xF0\xE0\xE5\xE1\x8Ac\0\xF9?\xE3\xC6B\xCDR}v\x9B\xAD\x1B2E}\x12\x86\x86`@Qa(\x1B\x92\x91\x90a5%V[`@Q\x80\x91\x03\x90\xA4a(O\x86a(7`@\x88\x01` \x89\x01a1\x11V[\x83a(J``\x8A\x015`@\x8B\x015a1\xD5V[a(dV[PPPPPPV[_a\x1FX\x84\x84\x84_a,\xA7V[\x80\x15a\x08\x9EW_`\x01`\x01`\xA0\x1B\x03\x84\x16a(\x8AW____\x85\x87a\xC3P\xF1\x90Pa(\xA1V[a(\x9E`\x01`\x01`\xA0\x1B\x03\x85\x16\x84\x84a(WV[\x90P[\x80a)0W`\x01`\x01`\xA0\x1B\x03\x80\x85\x16_\x90\x81R` \x81\x81R`@\x80\x83 \x93\x87\x16\x83R\x92\x90R\x90\x81 \x80T\x84\x92\x90a(\xDA\x90\x84\x90a1\xD5V[\x92PP\x81\x90UP\x82`\x01`\x01`\xA0\x1B\x03\x16\x84`\x01`\x01`\xA0\x1B\x03\x16\x86\x7F>'\x97:=]\xA2DE\xA3\xB2\xA7xej\xB4\x0Fo\xA0B\xBA\xAA\xD2X\xACg\"\x954\x8F\xF5n\x85`@Qa)'\x91\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA4[PPPPPV[_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x000\x83`@Q` \x01a)m\x93\x92\x91\x90a5CV[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x91\x90PV[\x81Td\xFF\xFF\xFF\xFF\xFFB\x16t\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x81\x17\x84U\x82\x91\x84\x91\x7F\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x7F\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x17y\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83`\n\x81\x11\x15a*JWa*Ja.\x8CV[\x02\x17\x90UPPPV[`\x01`\x01`\xA0\x1B\x03\x83\x16a*\xA8W\x804\x14a*\xA3W`@Q\x7F(F).\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x82\x90R4`$\x82\x01R`D\x01a\x04ZV[PPPV[4\x15a*\xE8W`@Q\x7F(F).\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R_`\x04\x82\x01R4`$\x82\x01R`D\x01a\x04ZV[\x80_\x03a*\xF4WPPPV[`@Q\x7Fp\xA0\x821\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R0`\x04\x82\x01R_\x90`\x01`\x01`\xA0\x1B\x03\x85\x16\x90cp\xA0\x821\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a+QW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a+u\x91\x90a2\x83V[\x90Pa+\x8C`\x01`\x01`\xA0\x1B\x03\x85\x16\x840\x85a-\"V[a\x08\x9E\x84\x83\x83a&\xDEV[___a+\xA4\x86\x86a-qV[\x91P\x91P\x81_\x03a+\xC8W\x83\x81\x81a+\xBEWa+\xBEa5gV[\x04\x92PPPa\x17\x8DV[\x81\x84\x11a+\xDFWa+\xDF`\x03\x85\x15\x02`\x11\x18a-\xACV[_\x84\x86\x88\t_\x86\x81\x03\x87\x16\x96\x87\x90\x04\x96`\x02`\x03\x89\x02\x81\x18\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x90\x91\x03\x02\x91\x81\x90\x03\x81\x90\x04`\x01\x01\x85\x84\x11\x90\x96\x03\x95\x90\x95\x02\x91\x90\x93\x03\x93\x90\x93\x04\x92\x90\x92\x17\x02\x91PP\x93\x92PPPV[\x7F\x9Bw\x9B\x17B-\r\xF9\"#\x01\x8B2\xB4\xD1\xFAF\xE0qr=h\x17\xE2Hm\0;\xEC\xC5_\0\\\x15a\x1E!W`@Q\x7F>\xE5\xAE\xB5\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x80\x82]PPV[`@Q\x7F\xA9\x05\x9C\xBB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_\x81\x81R`\x01`\x01`\xA0\x1B\x03\x86\x16`\x04R`$\x85\x90R\x91` \x83`D\x81\x80\x8BZ\xF1\x92P`\x01_Q\x14\x83\x16a-\x16W\x83\x83\x15\x16\x15a-\nW=_\x82>=\x81\xFD[_\x87;\x11=\x15\x16\x83\x16\x92P[`@RP\x94\x93PPPPV[a-0\x84\x84\x84\x84`\x01a-\xBDV[a\x08\x9EW`@Q\x7FRt\xAF\xE7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x85\x16`\x04\x82\x01R`$\x01a\x04ZV[_\x80\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x85\t\x93\x90\x92\x02\x80\x84\x10\x93\x81\x90\x03\x93\x90\x93\x03\x93\x91PPV[cNH{q_R\x80` R`$`\x1C\xFD[`@Q\x7F#\xB8r\xDD\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_\x81\x81R`\x01`\x01`\xA0\x1B\x03\x87\x81\x16`\x04R\x86\x16`$R`D\x85\x90R\x91` \x83`d\x81\x80\x8CZ\xF1\x92P`\x01_Q\x14\x83\x16a.2W\x83\x83\x15\x16\x15a.&W=_\x82>=\x81\xFD[_\x88;\x11=\x15\x16\x83\x16\x92P[`@RP_``R\x95\x94PPPPPV[_a\x01\xC0\x82\x84\x03\x12\x15a.TW__\xFD[P\x91\x90PV[_a\x01\xC0\x82\x84\x03\x12\x15a.kW__\xFD[a\x17\x8D\x83\x83a.CV[_` \x82\x84\x03\x12\x15a.\x85W__\xFD[P5\x91\x90PV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`!`\x04R`$_\xFD[`\x0B\x81\x10a.\xC9Wa.\xC9a.\x8CV[\x90RV[_``\x82\x01\x90P`\x01`\x01`\xA0\x1B\x03\x83Q\x16\x82Rd\xFF\xFF\xFF\xFF\xFF` \x84\x01Q\x16` \x83\x01R`@\x83\x01Qa/\x04`@\x84\x01\x82a.\xB9V[P\x92\x91PPV[__\x83`\x1F\x84\x01\x12a/\x1BW__\xFD[P\x815g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a/2W__\xFD[` \x83\x01\x91P\x83` \x82\x85\x01\x01\x11\x15a/IW__\xFD[\x92P\x92\x90PV[____a\x02\0\x85\x87\x03\x12\x15a/dW__\xFD[a/n\x86\x86a.CV[\x93Pa\x01\xC0\x85\x015\x92Pa\x01\xE0\x85\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a/\x92W__\xFD[a/\x9E\x87\x82\x88\x01a/\x0BV[\x95\x98\x94\x97P\x95PPPPV[________a\x02\x80\x89\x8B\x03\x12\x15a/\xC2W__\xFD[a/\xCC\x8A\x8Aa.CV[\x97Pa\x01\xC0\x89\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a/\xE8W__\xFD[a/\xF4\x8B\x82\x8C\x01a/\x0BV[\x90\x98P\x96PPa\x01\xE0\x89\x015\x94Pa\x02\0\x89\x015\x93Pa\x02 \x89\x015`\xFF\x81\x16\x81\x14a0\x1EW__\xFD[\x97\x9A\x96\x99P\x94\x97\x93\x96\x92\x95\x92\x94PPPa\x02@\x82\x015\x91a\x02`\x015\x90V[__a\x01\xE0\x83\x85\x03\x12\x15a0OW__\xFD[a0Y\x84\x84a.CV[\x94a\x01\xC0\x93\x90\x93\x015\x93PPPV[\x805`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a0~W__\xFD[\x91\x90PV[__`@\x83\x85\x03\x12\x15a0\x94W__\xFD[a0\x9D\x83a0hV[\x91Pa0\xAB` \x84\x01a0hV[\x90P\x92P\x92\x90PV[__\x82\x84\x03a\x02\xA0\x81\x12\x15a0\xC7W__\xFD[a0\xD1\x85\x85a.CV[\x92P`\xE0\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFE@\x82\x01\x12\x15a1\x02W__\xFD[Pa\x01\xC0\x83\x01\x90P\x92P\x92\x90PV[_` \x82\x84\x03\x12\x15a1!W__\xFD[a\x17\x8D\x82a0hV[___a\x01\xE0\x84\x86\x03\x12\x15a1=W__\xFD[a1G\x85\x85a.CV[\x92Pa\x01\xC0\x84\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a1cW__\xFD[a1o\x86\x82\x87\x01a/\x0BV[\x94\x97\x90\x96P\x93\x94PPPPV[\x805c\xFF\xFF\xFF\xFF\x81\x16\x81\x14a0~W__\xFD[_` \x82\x84\x03\x12\x15a1\x9FW__\xFD[a\x17\x8D\x82a1|V[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x11`\x04R`$_\xFD[\x80\x82\x01\x80\x82\x11\x15a\r\tWa\r\ta1\xA8V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\r\tWa\r\ta1\xA8V[\x81\x83R\x81\x81` \x85\x017P_` \x82\x84\x01\x01R_` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0`\x1F\x84\x01\x16\x84\x01\x01\x90P\x92\x91PPV[\x84\x81R``` \x82\x01R_a2h``\x83\x01\x85\x87a2\x08V[\x90Pg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16`@\x83\x01R\x95\x94PPPPPV[_` \x82\x84\x03\x12\x15a2\x93W__\xFD[PQ\x91\x90PV[\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a0~W__\xFD[\x815\x81R`\xE0\x81\x01`\x01`\x01`\xA0\x1B\x03a2\xCD` \x85\x01a0hV[\x16` \x83\x01R`\x01`\x01`\xA0\x1B\x03a2\xE7`@\x85\x01a0hV[\x16`@\x83\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFa3\x02``\x85\x01a2\x9AV[\x16``\x83\x01R`\x80\x83\x015\x80\x15\x15\x81\x14a3\x1AW__\xFD[\x15\x15`\x80\x83\x01R`\xA0\x83\x81\x015\x90\x83\x01R`\xC0\x92\x83\x015\x92\x90\x91\x01\x91\x90\x91R\x90V[_` \x82\x84\x03\x12\x15a3LW__\xFD[a\x17\x8D\x82a2\x9AV[\x82\x81R`@\x81\x01a\x17\x8D` \x83\x01\x84a.\xB9V[``\x81\x01a3w\x82\x86a.\xB9V[` \x82\x01\x93\x90\x93R`@\x01R\x91\x90PV[\x805a\xFF\xFF\x81\x16\x81\x14a0~W__\xFD[_` \x82\x84\x03\x12\x15a3\xA9W__\xFD[a\x17\x8D\x82a3\x88V[\x81\x81\x03\x81\x81\x11\x15a\r\tWa\r\ta1\xA8V[a3\xDF\x82a3\xD2\x83a0hV[`\x01`\x01`\xA0\x1B\x03\x16\x90RV[a3\xEB` \x82\x01a0hV[`\x01`\x01`\xA0\x1B\x03\x16` \x83\x01R`@\x81\x81\x015\x90\x83\x01R``\x80\x82\x015\x90\x83\x01Ra4\x19`\x80\x82\x01a2\x9AV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\x80\x83\x01Ra44`\xA0\x82\x01a1|V[c\xFF\xFF\xFF\xFF\x16`\xA0\x83\x01Ra4K`\xC0\x82\x01a1|V[c\xFF\xFF\xFF\xFF\x16`\xC0\x83\x01Ra4b`\xE0\x82\x01a1|V[c\xFF\xFF\xFF\xFF\x16`\xE0\x83\x01Ra4za\x01\0\x82\x01a0hV[`\x01`\x01`\xA0\x1B\x03\x16a\x01\0\x83\x01Ra4\x96a\x01 \x82\x01a3\x88V[a\xFF\xFF\x16a\x01 \x83\x01Ra\x01@\x81\x81\x015\x90\x83\x01Ra4\xB8a\x01`\x82\x01a0hV[`\x01`\x01`\xA0\x1B\x03\x16a\x01`\x83\x01Ra\x01\x80\x81\x81\x015\x90\x83\x01Ra\x01\xA0\x90\x81\x015\x91\x01RV[a4\xE8\x81\x87a3\xC5V[a\x02 a\x01\xC0\x82\x01R_a5\x01a\x02 \x83\x01\x86\x88a2\x08V[\x93\x15\x15a\x01\xE0\x83\x01RP`\x01`\x01`\xA0\x1B\x03\x91\x90\x91\x16a\x02\0\x90\x91\x01R\x93\x92PPPV[`@\x81\x01`\x03\x84\x10a59Wa59a.\x8CV[\x92\x81R` \x01R\x90V[\x83\x81R`\x01`\x01`\xA0\x1B\x03\x83\x16` \x82\x01Ra\x02\0\x81\x01a\x1FX`@\x83\x01\x84a3\xC5V[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x12`\x04R`$_\xFD",
    );
    /// The runtime bytecode of the contract, as deployed on the network.
    ///
    /// ```text
    ///0x608060405260043610610157575f3560e01c8063668f263b116100bb578063bb2342d311610071578063cc9d0e2e11610057578063cc9d0e2e146103a7578063cfe8a18f146103ba578063f180422c146103d9575f5ffd5b8063bb2342d314610375578063c9d8ef8d14610388575f5ffd5b80638e9b9aeb116100a15780638e9b9aeb1461032157806390edf4dc146103405780639d8a86661461035f575f5ffd5b8063668f263b146102b75780637b103999146102d6575f5ffd5b806328079e4a1161011057806342d23276116100f657806342d232761461025a57806351cff8d91461027957806360f5bcfb14610298575f5ffd5b806328079e4a1461021c578063380a041a1461023b575f5ffd5b80630a4352dd116101405780630a4352dd146101b157806312546fe3146101d057806316bae047146101fd575f5ffd5b80630905fa161461015b57806309648a9d1461017c575b5f5ffd5b348015610166575f5ffd5b5061017a610175366004612e5a565b6103f8565b005b348015610187575f5ffd5b5061019b610196366004612e75565b610607565b6040516101a89190612ecd565b60405180910390f35b3480156101bc575f5ffd5b5061017a6101cb366004612f50565b6106c6565b3480156101db575f5ffd5b506101ef6101ea366004612faa565b6108a4565b6040519081526020016101a8565b348015610208575f5ffd5b5061017a61021736600461303d565b610ada565b348015610227575f5ffd5b506101ef610236366004613083565b610ce5565b348015610246575f5ffd5b5061017a6102553660046130b4565b610d0f565b348015610265575f5ffd5b5061017a610274366004612e5a565b610f20565b348015610284575f5ffd5b5061017a610293366004613111565b610fb1565b3480156102a3575f5ffd5b5061017a6102b2366004612e5a565b61113f565b3480156102c2575f5ffd5b506101ef6102d1366004612e5a565b611313565b3480156102e1575f5ffd5b506103097f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016101a8565b34801561032c575f5ffd5b5061017a61033b366004612e5a565b61131d565b34801561034b575f5ffd5b5061017a61035a366004612e5a565b61149d565b34801561036a575f5ffd5b506101ef62278d0081565b6101ef61038336600461312a565b611750565b348015610393575f5ffd5b5061017a6103a2366004612e5a565b611794565b61017a6103b5366004612e5a565b611885565b3480156103c5575f5ffd5b5061017a6103d4366004612e5a565b611aa5565b3480156103e4575f5ffd5b5061017a6103f336600461303d565b611b66565b610400611dec565b5f5f61040d836004611e23565b805491935091506001600160a01b03163314610463576040517f5c93793d000000000000000000000000000000000000000000000000000000008152600481018390523360248201526044015b60405180910390fd5b5f61047661012085016101008601613111565b6001600160a01b0316036104b9576040517f43211dc20000000000000000000000000000000000000000000000000000000081526004810183905260240161045a565b5f6104cb610100850160e0860161318f565b82546104fc9163ffffffff169074010000000000000000000000000000000000000000900464ffffffffff166131d5565b9050804210610547576040517faad9dfe4000000000000000000000000000000000000000000000000000000008152600481018490526024810182905242604482015260640161045a565b81547905000000000000000000000000000000000000000000000000007fffffffffffff000000000000ffffffffffffffffffffffffffffffffffffffff9091167fffffffffffff00ffffffffffffffffffffffffffffffffffffffffffffffffff740100000000000000000000000000000000000000004264ffffffffff16021617178255604051339084907f1d8cbd4296db81bac563255b4fc6b24eb172f06c1098ed8acb493914a95b5261905f90a3505050610604611ec9565b50565b610627604080516060810182525f80825260208201819052909182015290565b5f82815260016020908152604091829020825160608101845281546001600160a01b038116825274010000000000000000000000000000000000000000810464ffffffffff169382019390935292909190830190790100000000000000000000000000000000000000000000000000900460ff16600a8111156106ac576106ac612e8c565b600a8111156106bd576106bd612e8c565b90525092915050565b6106ce611dec565b5f5f6106db866002611e23565b805491935091506001600160a01b0316331461072c576040517f5c93793d0000000000000000000000000000000000000000000000000000000081526004810183905233602482015260440161045a565b80545f9061075a90889074010000000000000000000000000000000000000000900464ffffffffff16611ef3565b67ffffffffffffffff1690508042106107af576040517faad9dfe4000000000000000000000000000000000000000000000000000000008152600481018490526024810182905242604482015260640161045a565b81547903000000000000000000000000000000000000000000000000007fffffffffffff000000000000ffffffffffffffffffffffffffffffffffffffff9091167fffffffffffff00ffffffffffffffffffffffffffffffffffffffffffffffffff740100000000000000000000000000000000000000004264ffffffffff1602161717825533837f2324345647cbe465644d8d5e96253723bcc1afac3f8c040ce04dfd468f457b4788888861086b60e08e0160c08f0161318f565b61087b9063ffffffff16426131e8565b60405161088b949392919061324f565b60405180910390a350505061089e611ec9565b50505050565b5f6108ad611dec565b5f6108be60408b0160208c01613111565b6001600160a01b03160361092e576040517fc064311900000000000000000000000000000000000000000000000000000000815260206004820152601f60248201527f7369676e61747572652066756e64696e67206e65656473206120746f6b656e00604482015260640161045a565b61093b8989896001611f60565b90505f61094e60408b0160208c01613111565b6040517f70a082310000000000000000000000000000000000000000000000000000000081523060048201526001600160a01b0391909116906370a0823190602401602060405180830381865afa1580156109ab573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906109cf9190613283565b90506109e160408b0160208c01613111565b6001600160a01b031663ef55bec66109fc60208d018d613111565b604080517fffffffff0000000000000000000000000000000000000000000000000000000060e085901b1681526001600160a01b0390921660048301523060248301528d01356044820152606481018a90526084810189905260a4810185905260ff881660c482015260e481018790526101048101869052610124015f604051808303815f87803b158015610a8f575f5ffd5b505af1158015610aa1573d5f5f3e3d5ffd5b50610ac59250610aba91505060408c0160208d01613111565b8b60400135836126de565b50610ace611ec9565b98975050505050505050565b610ae2611dec565b5f5f610aef846003611e23565b9092509050610b016020850185613111565b6001600160a01b0316336001600160a01b031614610b54576040517f5c93793d0000000000000000000000000000000000000000000000000000000081526004810183905233602482015260440161045a565b5f610b6560e0860160c0870161318f565b8254610b969163ffffffff169074010000000000000000000000000000000000000000900464ffffffffff166131d5565b9050804210610be1576040517faad9dfe4000000000000000000000000000000000000000000000000000000008152600481018490526024810182905242604482015260640161045a565b81547904000000000000000000000000000000000000000000000000007fffffffffffff000000000000ffffffffffffffffffffffffffffffffffffffff9091167fffffffffffff00ffffffffffffffffffffffffffffffffffffffffffffffffff740100000000000000000000000000000000000000004264ffffffffff16021617178083556001600160a01b0316837ff91e24b0fa589391c7962a8ba62e9d1d6cb261d78cc748ad8d5ab28d2b2ec4b686610ca56101008a0160e08b0161318f565b610cb59063ffffffff16426131e8565b6040805192835267ffffffffffffffff90911660208301520160405180910390a3505050610ce1611ec9565b5050565b6001600160a01b038083165f90815260208181526040808320938516835292905220545b92915050565b610d17611dec565b5f5f610d24846003611e23565b9092509050610140840135610d68576040517fe4d1464a0000000000000000000000000000000000000000000000000000000081526004810183905260240161045a565b8235610140850135141580610daf5750610d8a61018085016101608601613111565b6001600160a01b0316610da36040850160208601613111565b6001600160a01b031614155b80610dbe5750818360a0013514155b80610deb575080546001600160a01b0316610ddf6060850160408601613111565b6001600160a01b031614155b15610e25576040517f8dc84efe0000000000000000000000000000000000000000000000000000000081526004810183905260240161045a565b6040517f98610a210000000000000000000000000000000000000000000000000000000081525f906001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016906398610a2190610e8c9087906004016132b1565b602060405180830381865afa158015610ea7573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610ecb9190613283565b905080610f07576040517f8dc84efe0000000000000000000000000000000000000000000000000000000081526004810184905260240161045a565b610f158386846002856127bf565b505050610ce1611ec9565b610f28611dec565b5f5f610f35836003611e23565b9092509050610f476020840184613111565b6001600160a01b0316336001600160a01b031614610f9a576040517f5c93793d0000000000000000000000000000000000000000000000000000000081526004810183905233602482015260440161045a565b610fa78284835f806127bf565b5050610604611ec9565b610fb9611dec565b6001600160a01b0381165f9081526020818152604080832033845290915281205490819003611025576040517f77d262700000000000000000000000000000000000000000000000000000000081526001600160a01b038316600482015233602482015260440161045a565b6001600160a01b0382165f818152602081815260408083203380855290835281842093909355518481529192917fd1c19fbcd4551a5edfb66d43d2e337c04837afda3482b42bdf569a8fccdae5fb910160405180910390a35f6001600160a01b0383166110d957604051339083905f81818185875af1925050503d805f81146110c9576040519150601f19603f3d011682016040523d82523d5f602084013e6110ce565b606091505b5050809150506110f0565b6110ed6001600160a01b0384163384612857565b90505b80610fa7576040517fa4f6ed840000000000000000000000000000000000000000000000000000000081526001600160a01b03841660048201523360248201526044810183905260640161045a565b611147611dec565b5f5f611154836002611e23565b805491935091505f9061118790859074010000000000000000000000000000000000000000900464ffffffffff16611ef3565b67ffffffffffffffff169050804210156111dd576040517f5e9ac8d8000000000000000000000000000000000000000000000000000000008152600481018490526024810182905242604482015260640161045a565b6111ed60a085016080860161333c565b67ffffffffffffffff164210611259578261120e60a086016080870161333c565b6040517faad9dfe4000000000000000000000000000000000000000000000000000000008152600481019290925267ffffffffffffffff16602482015242604482015260640161045a565b81547fffffffffffff000000000000000000000000000000000000000000000000000081167901000000000000000000000000000000000000000000000000001783556001600160a01b031660405133906001600160a01b0383169086907fa663a6978e25dc690a650ab8aeb3a36eb8d4aa2e2a57ccbedafd4185384b5ae1905f90a4611307846112f06040880160208901613111565b6112fd6020890189613111565b8860600135612864565b50505050610604611ec9565b5f610d0982612937565b611325611dec565b5f5f611332836002611e23565b805491935091506001600160a01b0316338114611384576040517f5c93793d0000000000000000000000000000000000000000000000000000000081526004810184905233602482015260440161045a565b81545f906113b290869074010000000000000000000000000000000000000000900464ffffffffff16611ef3565b67ffffffffffffffff169050804210611407576040517faad9dfe4000000000000000000000000000000000000000000000000000000008152600481018590526024810182905242604482015260640161045a565b82547fffffffffffff0000000000000000000000000000000000000000000000000000167901000000000000000000000000000000000000000000000000001783556040516001600160a01b0383169085907f2ccb5b17381e6365f77962a20706a5fafcbfd01b5bc82b68b2d7cdf8dad8c8fa905f90a3611307846114926040880160208901613111565b848860600135612864565b6114a5611dec565b5f6114af82612937565b5f818152600160208190526040822080549394509260ff790100000000000000000000000000000000000000000000000000820416926001600160a01b03909116918190819085600a81111561150757611507612e8c565b14806115245750600285600a81111561152257611522612e8c565b145b1561154e5761153960a0890160808a0161333c565b67ffffffffffffffff16925060089150611638565b600485600a81111561156257611562612e8c565b036115ba57611578610100890160e08a0161318f565b86546115a99163ffffffff169074010000000000000000000000000000000000000000900464ffffffffff166131d5565b925060099150506060870135611638565b600585600a8111156115ce576115ce612e8c565b036116025785546115a99062278d009074010000000000000000000000000000000000000000900464ffffffffff166131d5565b86856040517faa038d2f00000000000000000000000000000000000000000000000000000000815260040161045a929190613355565b82421015611682576040517f5e9ac8d8000000000000000000000000000000000000000000000000000000008152600481018890526024810184905242604482015260640161045a565b5f600286600a81111561169757611697612e8c565b146116a2575f6116a8565b88606001355b6116b69060408b01356131d5565b90506116c2878461298a565b877f418c86af534b832eeca0913ba8d1e0866cd9ea3099e36eb9c59002341f3b5c738483856040516116f693929190613369565b60405180910390a26117258861171260408c0160208d01613111565b61171f60208d018d613111565b84612864565b6117408861173960408c0160208d01613111565b8785612864565b5050505050505050610604611ec9565b5f611759611dec565b6117658484845f611f60565b905061178561177a6040860160208701613111565b338660400135612a53565b61178d611ec9565b9392505050565b61179c611dec565b5f5f6117a9836001611e23565b90925090506117bb6020840184613111565b6001600160a01b0316336001600160a01b03161461180e576040517f5c93793d0000000000000000000000000000000000000000000000000000000081526004810183905233602482015260440161045a565b61181981600761298a565b817f418c86af534b832eeca0913ba8d1e0866cd9ea3099e36eb9c59002341f3b5c73600785604001355f60405161185293929190613369565b60405180910390a2610fa78261186e6040860160208701613111565b61187b6020870187613111565b8660400135612864565b61188d611dec565b5f5f61189a836001611e23565b90925090506118ac6020840184613111565b6001600160a01b0316336001600160a01b031614806118ed57506118d861012084016101008501613111565b6001600160a01b0316336001600160a01b0316145b8061191a575061190561018084016101608501613111565b6001600160a01b0316336001600160a01b0316145b1561195a576040517f5c93793d0000000000000000000000000000000000000000000000000000000081526004810183905233602482015260440161045a565b61196a60a084016080850161333c565b67ffffffffffffffff16421061198b578161120e60a085016080860161333c565b80547fffffffffffffff0000000000000000000000000000000000000000000000000016337fffffffffffffff0000000000ffffffffffffffffffffffffffffffffffffffff1617740100000000000000000000000000000000000000004264ffffffffff16021780825560029082907fffffffffffff00ffffffffffffffffffffffffffffffffffffffffffffffffff1679010000000000000000000000000000000000000000000000000083021790555033827f4cd81264a1b69d0ba51d9137eb345f182c95f74cebf5d72da472abad4692b461611a6b8642611ef3565b60405167ffffffffffffffff909116815260200160405180910390a3610fa7611a9a6040850160208601613111565b338560600135612a53565b611aad611dec565b5f5f611aba836003611e23565b90925090505f611ad060e0850160c0860161318f565b8254611b019163ffffffff169074010000000000000000000000000000000000000000900464ffffffffff166131d5565b905080421015611b4d576040517f5e9ac8d8000000000000000000000000000000000000000000000000000000008152600481018490526024810182905242604482015260640161045a565b611b5b83858460015f6127bf565b505050610604611ec9565b611b6e611dec565b5f5f611b7b846005611e23565b9092509050611b9261012085016101008601613111565b6001600160a01b0316336001600160a01b031614611be5576040517f5c93793d0000000000000000000000000000000000000000000000000000000081526004810183905233602482015260440161045a565b80545f90611c169062278d009074010000000000000000000000000000000000000000900464ffffffffff166131d5565b9050804210611c61576040517faad9dfe4000000000000000000000000000000000000000000000000000000008152600481018490526024810182905242604482015260640161045a565b5f611c74606087013560408801356131d5565b90505f611c9982611c8d6101408a016101208b01613399565b61ffff16612710612b97565b9050611ca581836133b2565b861115611cfb578486611cb883856133b2565b6040517f5d75d8c500000000000000000000000000000000000000000000000000000000815260048101939093526024830191909152604482015260640161045a565b5f86611d0783856133b2565b611d1191906133b2565b85549091506001600160a01b0316611d2a86600a61298a565b6040805189815260208101849052908101849052339088907f6979f1c8188fb3e73a2045f870b716b8b9ec83b3cd7ae449cc5892ed4b5792429060600160405180910390a3611d8a87611d8360408c0160208d01613111565b838b612864565b611db187611d9e60408c0160208d01613111565b611dab60208d018d613111565b85612864565b611ddd87611dc560408c0160208d01613111565b611dd76101208d016101008e01613111565b86612864565b50505050505050610ce1611ec9565b611df4612c47565b611e2160017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90612ca0565b565b5f5f611e2e84612937565b5f81815260016020526040902080549193509150790100000000000000000000000000000000000000000000000000900460ff1683600a811115611e7457611e74612e8c565b81600a811115611e8657611e86612e8c565b14611ec15782816040517faa038d2f00000000000000000000000000000000000000000000000000000000815260040161045a929190613355565b509250929050565b611e215f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00611e1b565b5f80611f0560c0850160a0860161318f565b611f159063ffffffff16846131d5565b9050611f2760a085016080860161333c565b67ffffffffffffffff168110611f5657611f4760a085016080860161333c565b67ffffffffffffffff16611f58565b805b949350505050565b5f80611f6f6020870187613111565b6001600160a01b031603611fdf576040517fc064311900000000000000000000000000000000000000000000000000000000815260206004820152600b60248201527f7a65726f20706f73746572000000000000000000000000000000000000000000604482015260640161045a565b84604001355f0361204c576040517fc064311900000000000000000000000000000000000000000000000000000000815260206004820152600b60248201527f7a65726f20726577617264000000000000000000000000000000000000000000604482015260640161045a565b61207a60408601357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff6133b2565b856060013511156120e7576040517fc064311900000000000000000000000000000000000000000000000000000000815260206004820152601b60248201527f72657761726420706c7573207374616b65206f766572666c6f77730000000000604482015260640161045a565b426120f860a087016080880161333c565b67ffffffffffffffff1611612169576040517fc064311900000000000000000000000000000000000000000000000000000000815260206004820152601a60248201527f646561646c696e65206e6f7420696e2074686520667574757265000000000000604482015260640161045a565b61217960c0860160a0870161318f565b63ffffffff165f036121e7576040517fc064311900000000000000000000000000000000000000000000000000000000815260206004820152601360248201527f7a65726f20636c61696d206475726174696f6e00000000000000000000000000604482015260640161045a565b6121f760e0860160c0870161318f565b63ffffffff165f03612265576040517fc064311900000000000000000000000000000000000000000000000000000000815260206004820152601260248201527f7a65726f207265766965772077696e646f770000000000000000000000000000604482015260640161045a565b5f61227861012087016101008801613111565b6001600160a01b0316141580156122e057506122976020860186613111565b6001600160a01b03166122b261012087016101008801613111565b6001600160a01b031614806122e05750306122d561012087016101008801613111565b6001600160a01b0316145b1561236d576040517fc064311900000000000000000000000000000000000000000000000000000000815260206004820152602260248201527f617262697465722069732074686520706f73746572206f722074686520626f6160448201527f7264000000000000000000000000000000000000000000000000000000000000606482015260840161045a565b5f61238061012087016101008801613111565b6001600160a01b0316141580156123ab57506123a3610100860160e0870161318f565b63ffffffff16155b15612412576040517fc064311900000000000000000000000000000000000000000000000000000000815260206004820181905260248201527f6172626974657220776974686f7574206120646973707574652077696e646f77604482015260640161045a565b61271061242761014087016101208801613399565b61ffff16118061246f575061244461014086016101208701613399565b61ffff161580159061246f57505f61246461012087016101008801613111565b6001600160a01b0316145b156124d6576040517fc064311900000000000000000000000000000000000000000000000000000000815260206004820152600b60248201527f6172626974657220666565000000000000000000000000000000000000000000604482015260640161045a565b5f6124e961018087016101608801613111565b6001600160a01b0316146101408601351514612587576040517fc064311900000000000000000000000000000000000000000000000000000000815260206004820152602a60248201527f76616c69646174696f6e206e6565647320626f746820736368656d6120616e6460448201527f2076616c696461746f7200000000000000000000000000000000000000000000606482015260840161045a565b61259085612937565b5f8181526001602052604081209192508154790100000000000000000000000000000000000000000000000000900460ff16600a8111156125d3576125d3612e8c565b1461260d576040517f343442320000000000000000000000000000000000000000000000000000000081526004810183905260240161045a565b80547fffffffffffff00ffffffffffffffffffffffffffffffffffffffffffffffffff1679010000000000000000000000000000000000000000000000000017815561265f6040870160208801613111565b6001600160a01b03166126756020880188613111565b6001600160a01b0316837f4fd4272e49913c479b1a38d559b0fd7960a7a3bea421276cb10ae2c726b78fce898989898a6126af57336126bc565b6126bc60208f018f613111565b6040516126cd9594939291906134de565b60405180910390a450949350505050565b6040517f70a082310000000000000000000000000000000000000000000000000000000081523060048201525f9082906001600160a01b038616906370a0823190602401602060405180830381865afa15801561273d573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906127619190613283565b61276b91906133b2565b905082811461089e576040517f96981e640000000000000000000000000000000000000000000000000000000081526001600160a01b0385166004820152602481018490526044810182905260640161045a565b82546001600160a01b03166127d584600661298a565b336001600160a01b0316816001600160a01b0316877fc011fd5113b69a6500f0e0e5e18a6300f93fe3c642cd527d769bad1b32457d12868660405161281b929190613525565b60405180910390a461284f866128376040880160208901613111565b8361284a60608a013560408b01356131d5565b612864565b505050505050565b5f611f588484845f612ca7565b801561089e575f6001600160a01b03841661288a575f5f5f5f858761c350f190506128a1565b61289e6001600160a01b0385168484612857565b90505b80612930576001600160a01b038085165f90815260208181526040808320938716835292905290812080548492906128da9084906131d5565b92505081905550826001600160a01b0316846001600160a01b0316867f3e27973a3d5da24445a3b2a778656ab40f6fa042baaad258ac672295348ff56e8560405161292791815260200190565b60405180910390a45b5050505050565b5f7f0000000000000000000000000000000000000000000000000000000000000000308360405160200161296d93929190613543565b604051602081830303815290604052805190602001209050919050565b815464ffffffffff421674010000000000000000000000000000000000000000027fffffffffffffff0000000000ffffffffffffffffffffffffffffffffffffffff821681178455829184917fffffffffffff00ffffffffffffffffffffffffffffffffffffffffffffffffff167fffffffffffff000000000000ffffffffffffffffffffffffffffffffffffffff9091161779010000000000000000000000000000000000000000000000000083600a811115612a4a57612a4a612e8c565b02179055505050565b6001600160a01b038316612aa857803414612aa3576040517f2846292e0000000000000000000000000000000000000000000000000000000081526004810182905234602482015260440161045a565b505050565b3415612ae8576040517f2846292e0000000000000000000000000000000000000000000000000000000081525f600482015234602482015260440161045a565b805f03612af457505050565b6040517f70a082310000000000000000000000000000000000000000000000000000000081523060048201525f906001600160a01b038516906370a0823190602401602060405180830381865afa158015612b51573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612b759190613283565b9050612b8c6001600160a01b038516843085612d22565b61089e8483836126de565b5f5f5f612ba48686612d71565b91509150815f03612bc857838181612bbe57612bbe613567565b049250505061178d565b818411612bdf57612bdf6003851502601118612dac565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c15611e21576040517f3ee5aeb500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b80825d5050565b6040517fa9059cbb000000000000000000000000000000000000000000000000000000005f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316612d16578383151615612d0a573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b612d30848484846001612dbd565b61089e576040517f5274afe70000000000000000000000000000000000000000000000000000000081526001600160a01b038516600482015260240161045a565b5f807fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff83850993909202808410938190039390930393915050565b634e487b715f52806020526024601cfd5b6040517f23b872dd000000000000000000000000000000000000000000000000000000005f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f51148316612e32578383151615612e26573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b5f6101c08284031215612e54575f5ffd5b50919050565b5f6101c08284031215612e6b575f5ffd5b61178d8383612e43565b5f60208284031215612e85575f5ffd5b5035919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b600b8110612ec957612ec9612e8c565b9052565b5f6060820190506001600160a01b03835116825264ffffffffff60208401511660208301526040830151612f046040840182612eb9565b5092915050565b5f5f83601f840112612f1b575f5ffd5b50813567ffffffffffffffff811115612f32575f5ffd5b602083019150836020828501011115612f49575f5ffd5b9250929050565b5f5f5f5f6102008587031215612f64575f5ffd5b612f6e8686612e43565b93506101c085013592506101e085013567ffffffffffffffff811115612f92575f5ffd5b612f9e87828801612f0b565b95989497509550505050565b5f5f5f5f5f5f5f5f610280898b031215612fc2575f5ffd5b612fcc8a8a612e43565b97506101c089013567ffffffffffffffff811115612fe8575f5ffd5b612ff48b828c01612f0b565b9098509650506101e08901359450610200890135935061022089013560ff8116811461301e575f5ffd5b979a969950949793969295929450505061024082013591610260013590565b5f5f6101e0838503121561304f575f5ffd5b6130598484612e43565b946101c0939093013593505050565b80356001600160a01b038116811461307e575f5ffd5b919050565b5f5f60408385031215613094575f5ffd5b61309d83613068565b91506130ab60208401613068565b90509250929050565b5f5f8284036102a08112156130c7575f5ffd5b6130d18585612e43565b925060e07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe4082011215613102575f5ffd5b506101c0830190509250929050565b5f60208284031215613121575f5ffd5b61178d82613068565b5f5f5f6101e0848603121561313d575f5ffd5b6131478585612e43565b92506101c084013567ffffffffffffffff811115613163575f5ffd5b61316f86828701612f0b565b9497909650939450505050565b803563ffffffff8116811461307e575f5ffd5b5f6020828403121561319f575f5ffd5b61178d8261317c565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b80820180821115610d0957610d096131a8565b67ffffffffffffffff8181168382160190811115610d0957610d096131a8565b81835281816020850137505f602082840101525f60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f840116840101905092915050565b848152606060208201525f613268606083018587613208565b905067ffffffffffffffff8316604083015295945050505050565b5f60208284031215613293575f5ffd5b5051919050565b803567ffffffffffffffff8116811461307e575f5ffd5b8135815260e081016001600160a01b036132cd60208501613068565b1660208301526001600160a01b036132e760408501613068565b16604083015267ffffffffffffffff6133026060850161329a565b1660608301526080830135801515811461331a575f5ffd5b1515608083015260a0838101359083015260c092830135929091019190915290565b5f6020828403121561334c575f5ffd5b61178d8261329a565b8281526040810161178d6020830184612eb9565b606081016133778286612eb9565b602082019390935260400152919050565b803561ffff8116811461307e575f5ffd5b5f602082840312156133a9575f5ffd5b61178d82613388565b81810381811115610d0957610d096131a8565b6133df826133d283613068565b6001600160a01b03169052565b6133eb60208201613068565b6001600160a01b0316602083015260408181013590830152606080820135908301526134196080820161329a565b67ffffffffffffffff16608083015261343460a0820161317c565b63ffffffff1660a083015261344b60c0820161317c565b63ffffffff1660c083015261346260e0820161317c565b63ffffffff1660e083015261347a6101008201613068565b6001600160a01b03166101008301526134966101208201613388565b61ffff1661012083015261014081810135908301526134b86101608201613068565b6001600160a01b031661016083015261018081810135908301526101a090810135910152565b6134e881876133c5565b6102206101c08201525f61350161022083018688613208565b9315156101e0830152506001600160a01b0391909116610200909101529392505050565b604081016003841061353957613539612e8c565b9281526020015290565b8381526001600160a01b03831660208201526102008101611f5860408301846133c5565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static DEPLOYED_BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"`\x80`@R`\x046\x10a\x01WW_5`\xE0\x1C\x80cf\x8F&;\x11a\0\xBBW\x80c\xBB#B\xD3\x11a\0qW\x80c\xCC\x9D\x0E.\x11a\0WW\x80c\xCC\x9D\x0E.\x14a\x03\xA7W\x80c\xCF\xE8\xA1\x8F\x14a\x03\xBAW\x80c\xF1\x80B,\x14a\x03\xD9W__\xFD[\x80c\xBB#B\xD3\x14a\x03uW\x80c\xC9\xD8\xEF\x8D\x14a\x03\x88W__\xFD[\x80c\x8E\x9B\x9A\xEB\x11a\0\xA1W\x80c\x8E\x9B\x9A\xEB\x14a\x03!W\x80c\x90\xED\xF4\xDC\x14a\x03@W\x80c\x9D\x8A\x86f\x14a\x03_W__\xFD[\x80cf\x8F&;\x14a\x02\xB7W\x80c{\x109\x99\x14a\x02\xD6W__\xFD[\x80c(\x07\x9EJ\x11a\x01\x10W\x80cB\xD22v\x11a\0\xF6W\x80cB\xD22v\x14a\x02ZW\x80cQ\xCF\xF8\xD9\x14a\x02yW\x80c`\xF5\xBC\xFB\x14a\x02\x98W__\xFD[\x80c(\x07\x9EJ\x14a\x02\x1CW\x80c8\n\x04\x1A\x14a\x02;W__\xFD[\x80c\nCR\xDD\x11a\x01@W\x80c\nCR\xDD\x14a\x01\xB1W\x80c\x12To\xE3\x14a\x01\xD0W\x80c\x16\xBA\xE0G\x14a\x01\xFDW__\xFD[\x80c\t\x05\xFA\x16\x14a\x01[W\x80c\td\x8A\x9D\x14a\x01|W[__\xFD[4\x80\x15a\x01fW__\xFD[Pa\x01za\x01u6`\x04a.ZV[a\x03\xF8V[\0[4\x80\x15a\x01\x87W__\xFD[Pa\x01\x9Ba\x01\x966`\x04a.uV[a\x06\x07V[`@Qa\x01\xA8\x91\x90a.\xCDV[`@Q\x80\x91\x03\x90\xF3[4\x80\x15a\x01\xBCW__\xFD[Pa\x01za\x01\xCB6`\x04a/PV[a\x06\xC6V[4\x80\x15a\x01\xDBW__\xFD[Pa\x01\xEFa\x01\xEA6`\x04a/\xAAV[a\x08\xA4V[`@Q\x90\x81R` \x01a\x01\xA8V[4\x80\x15a\x02\x08W__\xFD[Pa\x01za\x02\x176`\x04a0=V[a\n\xDAV[4\x80\x15a\x02'W__\xFD[Pa\x01\xEFa\x0266`\x04a0\x83V[a\x0C\xE5V[4\x80\x15a\x02FW__\xFD[Pa\x01za\x02U6`\x04a0\xB4V[a\r\x0FV[4\x80\x15a\x02eW__\xFD[Pa\x01za\x02t6`\x04a.ZV[a\x0F V[4\x80\x15a\x02\x84W__\xFD[Pa\x01za\x02\x936`\x04a1\x11V[a\x0F\xB1V[4\x80\x15a\x02\xA3W__\xFD[Pa\x01za\x02\xB26`\x04a.ZV[a\x11?V[4\x80\x15a\x02\xC2W__\xFD[Pa\x01\xEFa\x02\xD16`\x04a.ZV[a\x13\x13V[4\x80\x15a\x02\xE1W__\xFD[Pa\x03\t\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[`@Q`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x81R` \x01a\x01\xA8V[4\x80\x15a\x03,W__\xFD[Pa\x01za\x03;6`\x04a.ZV[a\x13\x1DV[4\x80\x15a\x03KW__\xFD[Pa\x01za\x03Z6`\x04a.ZV[a\x14\x9DV[4\x80\x15a\x03jW__\xFD[Pa\x01\xEFb'\x8D\0\x81V[a\x01\xEFa\x03\x836`\x04a1*V[a\x17PV[4\x80\x15a\x03\x93W__\xFD[Pa\x01za\x03\xA26`\x04a.ZV[a\x17\x94V[a\x01za\x03\xB56`\x04a.ZV[a\x18\x85V[4\x80\x15a\x03\xC5W__\xFD[Pa\x01za\x03\xD46`\x04a.ZV[a\x1A\xA5V[4\x80\x15a\x03\xE4W__\xFD[Pa\x01za\x03\xF36`\x04a0=V[a\x1BfV[a\x04\0a\x1D\xECV[__a\x04\r\x83`\x04a\x1E#V[\x80T\x91\x93P\x91P`\x01`\x01`\xA0\x1B\x03\x163\x14a\x04cW`@Q\x7F\\\x93y=\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R3`$\x82\x01R`D\x01[`@Q\x80\x91\x03\x90\xFD[_a\x04va\x01 \x85\x01a\x01\0\x86\x01a1\x11V[`\x01`\x01`\xA0\x1B\x03\x16\x03a\x04\xB9W`@Q\x7FC!\x1D\xC2\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R`$\x01a\x04ZV[_a\x04\xCBa\x01\0\x85\x01`\xE0\x86\x01a1\x8FV[\x82Ta\x04\xFC\x91c\xFF\xFF\xFF\xFF\x16\x90t\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04d\xFF\xFF\xFF\xFF\xFF\x16a1\xD5V[\x90P\x80B\x10a\x05GW`@Q\x7F\xAA\xD9\xDF\xE4\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90R`$\x81\x01\x82\x90RB`D\x82\x01R`d\x01a\x04ZV[\x81Ty\x05\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x7F\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x7F\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFt\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0Bd\xFF\xFF\xFF\xFF\xFF\x16\x02\x16\x17\x17\x82U`@Q3\x90\x84\x90\x7F\x1D\x8C\xBDB\x96\xDB\x81\xBA\xC5c%[O\xC6\xB2N\xB1r\xF0l\x10\x98\xED\x8A\xCBI9\x14\xA9[Ra\x90_\x90\xA3PPPa\x06\x04a\x1E\xC9V[PV[a\x06'`@\x80Q``\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x90\x91\x82\x01R\x90V[_\x82\x81R`\x01` \x90\x81R`@\x91\x82\x90 \x82Q``\x81\x01\x84R\x81T`\x01`\x01`\xA0\x1B\x03\x81\x16\x82Rt\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x04d\xFF\xFF\xFF\xFF\xFF\x16\x93\x82\x01\x93\x90\x93R\x92\x90\x91\x90\x83\x01\x90y\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04`\xFF\x16`\n\x81\x11\x15a\x06\xACWa\x06\xACa.\x8CV[`\n\x81\x11\x15a\x06\xBDWa\x06\xBDa.\x8CV[\x90RP\x92\x91PPV[a\x06\xCEa\x1D\xECV[__a\x06\xDB\x86`\x02a\x1E#V[\x80T\x91\x93P\x91P`\x01`\x01`\xA0\x1B\x03\x163\x14a\x07,W`@Q\x7F\\\x93y=\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R3`$\x82\x01R`D\x01a\x04ZV[\x80T_\x90a\x07Z\x90\x88\x90t\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04d\xFF\xFF\xFF\xFF\xFF\x16a\x1E\xF3V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90P\x80B\x10a\x07\xAFW`@Q\x7F\xAA\xD9\xDF\xE4\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90R`$\x81\x01\x82\x90RB`D\x82\x01R`d\x01a\x04ZV[\x81Ty\x03\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x7F\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x7F\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFt\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0Bd\xFF\xFF\xFF\xFF\xFF\x16\x02\x16\x17\x17\x82U3\x83\x7F#$4VG\xCB\xE4edM\x8D^\x96%7#\xBC\xC1\xAF\xAC?\x8C\x04\x0C\xE0M\xFDF\x8FE{G\x88\x88\x88a\x08k`\xE0\x8E\x01`\xC0\x8F\x01a1\x8FV[a\x08{\x90c\xFF\xFF\xFF\xFF\x16Ba1\xE8V[`@Qa\x08\x8B\x94\x93\x92\x91\x90a2OV[`@Q\x80\x91\x03\x90\xA3PPPa\x08\x9Ea\x1E\xC9V[PPPPV[_a\x08\xADa\x1D\xECV[_a\x08\xBE`@\x8B\x01` \x8C\x01a1\x11V[`\x01`\x01`\xA0\x1B\x03\x16\x03a\t.W`@Q\x7F\xC0d1\x19\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`\x1F`$\x82\x01R\x7Fsignature funding needs a token\0`D\x82\x01R`d\x01a\x04ZV[a\t;\x89\x89\x89`\x01a\x1F`V[\x90P_a\tN`@\x8B\x01` \x8C\x01a1\x11V[`@Q\x7Fp\xA0\x821\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R0`\x04\x82\x01R`\x01`\x01`\xA0\x1B\x03\x91\x90\x91\x16\x90cp\xA0\x821\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\t\xABW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\t\xCF\x91\x90a2\x83V[\x90Pa\t\xE1`@\x8B\x01` \x8C\x01a1\x11V[`\x01`\x01`\xA0\x1B\x03\x16c\xEFU\xBE\xC6a\t\xFC` \x8D\x01\x8Da1\x11V[`@\x80Q\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\xE0\x85\x90\x1B\x16\x81R`\x01`\x01`\xA0\x1B\x03\x90\x92\x16`\x04\x83\x01R0`$\x83\x01R\x8D\x015`D\x82\x01R`d\x81\x01\x8A\x90R`\x84\x81\x01\x89\x90R`\xA4\x81\x01\x85\x90R`\xFF\x88\x16`\xC4\x82\x01R`\xE4\x81\x01\x87\x90Ra\x01\x04\x81\x01\x86\x90Ra\x01$\x01_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a\n\x8FW__\xFD[PZ\xF1\x15\x80\x15a\n\xA1W=__>=_\xFD[Pa\n\xC5\x92Pa\n\xBA\x91PP`@\x8C\x01` \x8D\x01a1\x11V[\x8B`@\x015\x83a&\xDEV[Pa\n\xCEa\x1E\xC9V[\x98\x97PPPPPPPPV[a\n\xE2a\x1D\xECV[__a\n\xEF\x84`\x03a\x1E#V[\x90\x92P\x90Pa\x0B\x01` \x85\x01\x85a1\x11V[`\x01`\x01`\xA0\x1B\x03\x163`\x01`\x01`\xA0\x1B\x03\x16\x14a\x0BTW`@Q\x7F\\\x93y=\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R3`$\x82\x01R`D\x01a\x04ZV[_a\x0Be`\xE0\x86\x01`\xC0\x87\x01a1\x8FV[\x82Ta\x0B\x96\x91c\xFF\xFF\xFF\xFF\x16\x90t\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04d\xFF\xFF\xFF\xFF\xFF\x16a1\xD5V[\x90P\x80B\x10a\x0B\xE1W`@Q\x7F\xAA\xD9\xDF\xE4\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90R`$\x81\x01\x82\x90RB`D\x82\x01R`d\x01a\x04ZV[\x81Ty\x04\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x7F\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x7F\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFt\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0Bd\xFF\xFF\xFF\xFF\xFF\x16\x02\x16\x17\x17\x80\x83U`\x01`\x01`\xA0\x1B\x03\x16\x83\x7F\xF9\x1E$\xB0\xFAX\x93\x91\xC7\x96*\x8B\xA6.\x9D\x1Dl\xB2a\xD7\x8C\xC7H\xAD\x8DZ\xB2\x8D+.\xC4\xB6\x86a\x0C\xA5a\x01\0\x8A\x01`\xE0\x8B\x01a1\x8FV[a\x0C\xB5\x90c\xFF\xFF\xFF\xFF\x16Ba1\xE8V[`@\x80Q\x92\x83Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16` \x83\x01R\x01`@Q\x80\x91\x03\x90\xA3PPPa\x0C\xE1a\x1E\xC9V[PPV[`\x01`\x01`\xA0\x1B\x03\x80\x83\x16_\x90\x81R` \x81\x81R`@\x80\x83 \x93\x85\x16\x83R\x92\x90R T[\x92\x91PPV[a\r\x17a\x1D\xECV[__a\r$\x84`\x03a\x1E#V[\x90\x92P\x90Pa\x01@\x84\x015a\rhW`@Q\x7F\xE4\xD1FJ\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R`$\x01a\x04ZV[\x825a\x01@\x85\x015\x14\x15\x80a\r\xAFWPa\r\x8Aa\x01\x80\x85\x01a\x01`\x86\x01a1\x11V[`\x01`\x01`\xA0\x1B\x03\x16a\r\xA3`@\x85\x01` \x86\x01a1\x11V[`\x01`\x01`\xA0\x1B\x03\x16\x14\x15[\x80a\r\xBEWP\x81\x83`\xA0\x015\x14\x15[\x80a\r\xEBWP\x80T`\x01`\x01`\xA0\x1B\x03\x16a\r\xDF``\x85\x01`@\x86\x01a1\x11V[`\x01`\x01`\xA0\x1B\x03\x16\x14\x15[\x15a\x0E%W`@Q\x7F\x8D\xC8N\xFE\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R`$\x01a\x04ZV[`@Q\x7F\x98a\n!\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R_\x90`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90c\x98a\n!\x90a\x0E\x8C\x90\x87\x90`\x04\x01a2\xB1V[` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x0E\xA7W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x0E\xCB\x91\x90a2\x83V[\x90P\x80a\x0F\x07W`@Q\x7F\x8D\xC8N\xFE\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90R`$\x01a\x04ZV[a\x0F\x15\x83\x86\x84`\x02\x85a'\xBFV[PPPa\x0C\xE1a\x1E\xC9V[a\x0F(a\x1D\xECV[__a\x0F5\x83`\x03a\x1E#V[\x90\x92P\x90Pa\x0FG` \x84\x01\x84a1\x11V[`\x01`\x01`\xA0\x1B\x03\x163`\x01`\x01`\xA0\x1B\x03\x16\x14a\x0F\x9AW`@Q\x7F\\\x93y=\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R3`$\x82\x01R`D\x01a\x04ZV[a\x0F\xA7\x82\x84\x83_\x80a'\xBFV[PPa\x06\x04a\x1E\xC9V[a\x0F\xB9a\x1D\xECV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R` \x81\x81R`@\x80\x83 3\x84R\x90\x91R\x81 T\x90\x81\x90\x03a\x10%W`@Q\x7Fw\xD2bp\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x83\x16`\x04\x82\x01R3`$\x82\x01R`D\x01a\x04ZV[`\x01`\x01`\xA0\x1B\x03\x82\x16_\x81\x81R` \x81\x81R`@\x80\x83 3\x80\x85R\x90\x83R\x81\x84 \x93\x90\x93UQ\x84\x81R\x91\x92\x91\x7F\xD1\xC1\x9F\xBC\xD4U\x1A^\xDF\xB6mC\xD2\xE37\xC0H7\xAF\xDA4\x82\xB4+\xDFV\x9A\x8F\xCC\xDA\xE5\xFB\x91\x01`@Q\x80\x91\x03\x90\xA3_`\x01`\x01`\xA0\x1B\x03\x83\x16a\x10\xD9W`@Q3\x90\x83\x90_\x81\x81\x81\x85\x87Z\xF1\x92PPP=\x80_\x81\x14a\x10\xC9W`@Q\x91P`\x1F\x19`?=\x01\x16\x82\x01`@R=\x82R=_` \x84\x01>a\x10\xCEV[``\x91P[PP\x80\x91PPa\x10\xF0V[a\x10\xED`\x01`\x01`\xA0\x1B\x03\x84\x163\x84a(WV[\x90P[\x80a\x0F\xA7W`@Q\x7F\xA4\xF6\xED\x84\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x84\x16`\x04\x82\x01R3`$\x82\x01R`D\x81\x01\x83\x90R`d\x01a\x04ZV[a\x11Ga\x1D\xECV[__a\x11T\x83`\x02a\x1E#V[\x80T\x91\x93P\x91P_\x90a\x11\x87\x90\x85\x90t\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04d\xFF\xFF\xFF\xFF\xFF\x16a\x1E\xF3V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90P\x80B\x10\x15a\x11\xDDW`@Q\x7F^\x9A\xC8\xD8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90R`$\x81\x01\x82\x90RB`D\x82\x01R`d\x01a\x04ZV[a\x11\xED`\xA0\x85\x01`\x80\x86\x01a3<V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16B\x10a\x12YW\x82a\x12\x0E`\xA0\x86\x01`\x80\x87\x01a3<V[`@Q\x7F\xAA\xD9\xDF\xE4\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x92\x90\x92Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`$\x82\x01RB`D\x82\x01R`d\x01a\x04ZV[\x81T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x16y\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x17\x83U`\x01`\x01`\xA0\x1B\x03\x16`@Q3\x90`\x01`\x01`\xA0\x1B\x03\x83\x16\x90\x86\x90\x7F\xA6c\xA6\x97\x8E%\xDCi\ne\n\xB8\xAE\xB3\xA3n\xB8\xD4\xAA.*W\xCC\xBE\xDA\xFDA\x858KZ\xE1\x90_\x90\xA4a\x13\x07\x84a\x12\xF0`@\x88\x01` \x89\x01a1\x11V[a\x12\xFD` \x89\x01\x89a1\x11V[\x88``\x015a(dV[PPPPa\x06\x04a\x1E\xC9V[_a\r\t\x82a)7V[a\x13%a\x1D\xECV[__a\x132\x83`\x02a\x1E#V[\x80T\x91\x93P\x91P`\x01`\x01`\xA0\x1B\x03\x163\x81\x14a\x13\x84W`@Q\x7F\\\x93y=\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90R3`$\x82\x01R`D\x01a\x04ZV[\x81T_\x90a\x13\xB2\x90\x86\x90t\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04d\xFF\xFF\xFF\xFF\xFF\x16a\x1E\xF3V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90P\x80B\x10a\x14\x07W`@Q\x7F\xAA\xD9\xDF\xE4\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x85\x90R`$\x81\x01\x82\x90RB`D\x82\x01R`d\x01a\x04ZV[\x82T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16y\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x17\x83U`@Q`\x01`\x01`\xA0\x1B\x03\x83\x16\x90\x85\x90\x7F,\xCB[\x178\x1Ece\xF7yb\xA2\x07\x06\xA5\xFA\xFC\xBF\xD0\x1B[\xC8+h\xB2\xD7\xCD\xF8\xDA\xD8\xC8\xFA\x90_\x90\xA3a\x13\x07\x84a\x14\x92`@\x88\x01` \x89\x01a1\x11V[\x84\x88``\x015a(dV[a\x14\xA5a\x1D\xECV[_a\x14\xAF\x82a)7V[_\x81\x81R`\x01` \x81\x90R`@\x82 \x80T\x93\x94P\x92`\xFFy\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x04\x16\x92`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x91\x81\x90\x81\x90\x85`\n\x81\x11\x15a\x15\x07Wa\x15\x07a.\x8CV[\x14\x80a\x15$WP`\x02\x85`\n\x81\x11\x15a\x15\"Wa\x15\"a.\x8CV[\x14[\x15a\x15NWa\x159`\xA0\x89\x01`\x80\x8A\x01a3<V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x92P`\x08\x91Pa\x168V[`\x04\x85`\n\x81\x11\x15a\x15bWa\x15ba.\x8CV[\x03a\x15\xBAWa\x15xa\x01\0\x89\x01`\xE0\x8A\x01a1\x8FV[\x86Ta\x15\xA9\x91c\xFF\xFF\xFF\xFF\x16\x90t\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04d\xFF\xFF\xFF\xFF\xFF\x16a1\xD5V[\x92P`\t\x91PP``\x87\x015a\x168V[`\x05\x85`\n\x81\x11\x15a\x15\xCEWa\x15\xCEa.\x8CV[\x03a\x16\x02W\x85Ta\x15\xA9\x90b'\x8D\0\x90t\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04d\xFF\xFF\xFF\xFF\xFF\x16a1\xD5V[\x86\x85`@Q\x7F\xAA\x03\x8D/\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01a\x04Z\x92\x91\x90a3UV[\x82B\x10\x15a\x16\x82W`@Q\x7F^\x9A\xC8\xD8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x88\x90R`$\x81\x01\x84\x90RB`D\x82\x01R`d\x01a\x04ZV[_`\x02\x86`\n\x81\x11\x15a\x16\x97Wa\x16\x97a.\x8CV[\x14a\x16\xA2W_a\x16\xA8V[\x88``\x015[a\x16\xB6\x90`@\x8B\x015a1\xD5V[\x90Pa\x16\xC2\x87\x84a)\x8AV[\x87\x7FA\x8C\x86\xAFSK\x83.\xEC\xA0\x91;\xA8\xD1\xE0\x86l\xD9\xEA0\x99\xE3n\xB9\xC5\x90\x024\x1F;\\s\x84\x83\x85`@Qa\x16\xF6\x93\x92\x91\x90a3iV[`@Q\x80\x91\x03\x90\xA2a\x17%\x88a\x17\x12`@\x8C\x01` \x8D\x01a1\x11V[a\x17\x1F` \x8D\x01\x8Da1\x11V[\x84a(dV[a\x17@\x88a\x179`@\x8C\x01` \x8D\x01a1\x11V[\x87\x85a(dV[PPPPPPPPa\x06\x04a\x1E\xC9V[_a\x17Ya\x1D\xECV[a\x17e\x84\x84\x84_a\x1F`V[\x90Pa\x17\x85a\x17z`@\x86\x01` \x87\x01a1\x11V[3\x86`@\x015a*SV[a\x17\x8Da\x1E\xC9V[\x93\x92PPPV[a\x17\x9Ca\x1D\xECV[__a\x17\xA9\x83`\x01a\x1E#V[\x90\x92P\x90Pa\x17\xBB` \x84\x01\x84a1\x11V[`\x01`\x01`\xA0\x1B\x03\x163`\x01`\x01`\xA0\x1B\x03\x16\x14a\x18\x0EW`@Q\x7F\\\x93y=\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R3`$\x82\x01R`D\x01a\x04ZV[a\x18\x19\x81`\x07a)\x8AV[\x81\x7FA\x8C\x86\xAFSK\x83.\xEC\xA0\x91;\xA8\xD1\xE0\x86l\xD9\xEA0\x99\xE3n\xB9\xC5\x90\x024\x1F;\\s`\x07\x85`@\x015_`@Qa\x18R\x93\x92\x91\x90a3iV[`@Q\x80\x91\x03\x90\xA2a\x0F\xA7\x82a\x18n`@\x86\x01` \x87\x01a1\x11V[a\x18{` \x87\x01\x87a1\x11V[\x86`@\x015a(dV[a\x18\x8Da\x1D\xECV[__a\x18\x9A\x83`\x01a\x1E#V[\x90\x92P\x90Pa\x18\xAC` \x84\x01\x84a1\x11V[`\x01`\x01`\xA0\x1B\x03\x163`\x01`\x01`\xA0\x1B\x03\x16\x14\x80a\x18\xEDWPa\x18\xD8a\x01 \x84\x01a\x01\0\x85\x01a1\x11V[`\x01`\x01`\xA0\x1B\x03\x163`\x01`\x01`\xA0\x1B\x03\x16\x14[\x80a\x19\x1AWPa\x19\x05a\x01\x80\x84\x01a\x01`\x85\x01a1\x11V[`\x01`\x01`\xA0\x1B\x03\x163`\x01`\x01`\xA0\x1B\x03\x16\x14[\x15a\x19ZW`@Q\x7F\\\x93y=\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R3`$\x82\x01R`D\x01a\x04ZV[a\x19j`\xA0\x84\x01`\x80\x85\x01a3<V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16B\x10a\x19\x8BW\x81a\x12\x0E`\xA0\x85\x01`\x80\x86\x01a3<V[\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x163\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x17t\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0Bd\xFF\xFF\xFF\xFF\xFF\x16\x02\x17\x80\x82U`\x02\x90\x82\x90\x7F\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16y\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83\x02\x17\x90UP3\x82\x7FL\xD8\x12d\xA1\xB6\x9D\x0B\xA5\x1D\x917\xEB4_\x18,\x95\xF7L\xEB\xF5\xD7-\xA4r\xAB\xADF\x92\xB4aa\x1Ak\x86Ba\x1E\xF3V[`@Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01`@Q\x80\x91\x03\x90\xA3a\x0F\xA7a\x1A\x9A`@\x85\x01` \x86\x01a1\x11V[3\x85``\x015a*SV[a\x1A\xADa\x1D\xECV[__a\x1A\xBA\x83`\x03a\x1E#V[\x90\x92P\x90P_a\x1A\xD0`\xE0\x85\x01`\xC0\x86\x01a1\x8FV[\x82Ta\x1B\x01\x91c\xFF\xFF\xFF\xFF\x16\x90t\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04d\xFF\xFF\xFF\xFF\xFF\x16a1\xD5V[\x90P\x80B\x10\x15a\x1BMW`@Q\x7F^\x9A\xC8\xD8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90R`$\x81\x01\x82\x90RB`D\x82\x01R`d\x01a\x04ZV[a\x1B[\x83\x85\x84`\x01_a'\xBFV[PPPa\x06\x04a\x1E\xC9V[a\x1Bna\x1D\xECV[__a\x1B{\x84`\x05a\x1E#V[\x90\x92P\x90Pa\x1B\x92a\x01 \x85\x01a\x01\0\x86\x01a1\x11V[`\x01`\x01`\xA0\x1B\x03\x163`\x01`\x01`\xA0\x1B\x03\x16\x14a\x1B\xE5W`@Q\x7F\\\x93y=\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R3`$\x82\x01R`D\x01a\x04ZV[\x80T_\x90a\x1C\x16\x90b'\x8D\0\x90t\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04d\xFF\xFF\xFF\xFF\xFF\x16a1\xD5V[\x90P\x80B\x10a\x1CaW`@Q\x7F\xAA\xD9\xDF\xE4\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90R`$\x81\x01\x82\x90RB`D\x82\x01R`d\x01a\x04ZV[_a\x1Ct``\x87\x015`@\x88\x015a1\xD5V[\x90P_a\x1C\x99\x82a\x1C\x8Da\x01@\x8A\x01a\x01 \x8B\x01a3\x99V[a\xFF\xFF\x16a'\x10a+\x97V[\x90Pa\x1C\xA5\x81\x83a3\xB2V[\x86\x11\x15a\x1C\xFBW\x84\x86a\x1C\xB8\x83\x85a3\xB2V[`@Q\x7F]u\xD8\xC5\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x93\x90\x93R`$\x83\x01\x91\x90\x91R`D\x82\x01R`d\x01a\x04ZV[_\x86a\x1D\x07\x83\x85a3\xB2V[a\x1D\x11\x91\x90a3\xB2V[\x85T\x90\x91P`\x01`\x01`\xA0\x1B\x03\x16a\x1D*\x86`\na)\x8AV[`@\x80Q\x89\x81R` \x81\x01\x84\x90R\x90\x81\x01\x84\x90R3\x90\x88\x90\x7Fiy\xF1\xC8\x18\x8F\xB3\xE7: E\xF8p\xB7\x16\xB8\xB9\xEC\x83\xB3\xCDz\xE4I\xCCX\x92\xEDKW\x92B\x90``\x01`@Q\x80\x91\x03\x90\xA3a\x1D\x8A\x87a\x1D\x83`@\x8C\x01` \x8D\x01a1\x11V[\x83\x8Ba(dV[a\x1D\xB1\x87a\x1D\x9E`@\x8C\x01` \x8D\x01a1\x11V[a\x1D\xAB` \x8D\x01\x8Da1\x11V[\x85a(dV[a\x1D\xDD\x87a\x1D\xC5`@\x8C\x01` \x8D\x01a1\x11V[a\x1D\xD7a\x01 \x8D\x01a\x01\0\x8E\x01a1\x11V[\x86a(dV[PPPPPPPa\x0C\xE1a\x1E\xC9V[a\x1D\xF4a,GV[a\x1E!`\x01\x7F\x9Bw\x9B\x17B-\r\xF9\"#\x01\x8B2\xB4\xD1\xFAF\xE0qr=h\x17\xE2Hm\0;\xEC\xC5_\0[\x90a,\xA0V[V[__a\x1E.\x84a)7V[_\x81\x81R`\x01` R`@\x90 \x80T\x91\x93P\x91Py\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04`\xFF\x16\x83`\n\x81\x11\x15a\x1EtWa\x1Eta.\x8CV[\x81`\n\x81\x11\x15a\x1E\x86Wa\x1E\x86a.\x8CV[\x14a\x1E\xC1W\x82\x81`@Q\x7F\xAA\x03\x8D/\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01a\x04Z\x92\x91\x90a3UV[P\x92P\x92\x90PV[a\x1E!_\x7F\x9Bw\x9B\x17B-\r\xF9\"#\x01\x8B2\xB4\xD1\xFAF\xE0qr=h\x17\xE2Hm\0;\xEC\xC5_\0a\x1E\x1BV[_\x80a\x1F\x05`\xC0\x85\x01`\xA0\x86\x01a1\x8FV[a\x1F\x15\x90c\xFF\xFF\xFF\xFF\x16\x84a1\xD5V[\x90Pa\x1F'`\xA0\x85\x01`\x80\x86\x01a3<V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81\x10a\x1FVWa\x1FG`\xA0\x85\x01`\x80\x86\x01a3<V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x1FXV[\x80[\x94\x93PPPPV[_\x80a\x1Fo` \x87\x01\x87a1\x11V[`\x01`\x01`\xA0\x1B\x03\x16\x03a\x1F\xDFW`@Q\x7F\xC0d1\x19\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`\x0B`$\x82\x01R\x7Fzero poster\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`D\x82\x01R`d\x01a\x04ZV[\x84`@\x015_\x03a LW`@Q\x7F\xC0d1\x19\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`\x0B`$\x82\x01R\x7Fzero reward\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`D\x82\x01R`d\x01a\x04ZV[a z`@\x86\x015\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFa3\xB2V[\x85``\x015\x11\x15a \xE7W`@Q\x7F\xC0d1\x19\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`\x1B`$\x82\x01R\x7Freward plus stake overflows\0\0\0\0\0`D\x82\x01R`d\x01a\x04ZV[Ba \xF8`\xA0\x87\x01`\x80\x88\x01a3<V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11a!iW`@Q\x7F\xC0d1\x19\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`\x1A`$\x82\x01R\x7Fdeadline not in the future\0\0\0\0\0\0`D\x82\x01R`d\x01a\x04ZV[a!y`\xC0\x86\x01`\xA0\x87\x01a1\x8FV[c\xFF\xFF\xFF\xFF\x16_\x03a!\xE7W`@Q\x7F\xC0d1\x19\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`\x13`$\x82\x01R\x7Fzero claim duration\0\0\0\0\0\0\0\0\0\0\0\0\0`D\x82\x01R`d\x01a\x04ZV[a!\xF7`\xE0\x86\x01`\xC0\x87\x01a1\x8FV[c\xFF\xFF\xFF\xFF\x16_\x03a\"eW`@Q\x7F\xC0d1\x19\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`\x12`$\x82\x01R\x7Fzero review window\0\0\0\0\0\0\0\0\0\0\0\0\0\0`D\x82\x01R`d\x01a\x04ZV[_a\"xa\x01 \x87\x01a\x01\0\x88\x01a1\x11V[`\x01`\x01`\xA0\x1B\x03\x16\x14\x15\x80\x15a\"\xE0WPa\"\x97` \x86\x01\x86a1\x11V[`\x01`\x01`\xA0\x1B\x03\x16a\"\xB2a\x01 \x87\x01a\x01\0\x88\x01a1\x11V[`\x01`\x01`\xA0\x1B\x03\x16\x14\x80a\"\xE0WP0a\"\xD5a\x01 \x87\x01a\x01\0\x88\x01a1\x11V[`\x01`\x01`\xA0\x1B\x03\x16\x14[\x15a#mW`@Q\x7F\xC0d1\x19\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`\"`$\x82\x01R\x7Farbiter is the poster or the boa`D\x82\x01R\x7Frd\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`d\x82\x01R`\x84\x01a\x04ZV[_a#\x80a\x01 \x87\x01a\x01\0\x88\x01a1\x11V[`\x01`\x01`\xA0\x1B\x03\x16\x14\x15\x80\x15a#\xABWPa#\xA3a\x01\0\x86\x01`\xE0\x87\x01a1\x8FV[c\xFF\xFF\xFF\xFF\x16\x15[\x15a$\x12W`@Q\x7F\xC0d1\x19\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01\x81\x90R`$\x82\x01R\x7Farbiter without a dispute window`D\x82\x01R`d\x01a\x04ZV[a'\x10a$'a\x01@\x87\x01a\x01 \x88\x01a3\x99V[a\xFF\xFF\x16\x11\x80a$oWPa$Da\x01@\x86\x01a\x01 \x87\x01a3\x99V[a\xFF\xFF\x16\x15\x80\x15\x90a$oWP_a$da\x01 \x87\x01a\x01\0\x88\x01a1\x11V[`\x01`\x01`\xA0\x1B\x03\x16\x14[\x15a$\xD6W`@Q\x7F\xC0d1\x19\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`\x0B`$\x82\x01R\x7Farbiter fee\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`D\x82\x01R`d\x01a\x04ZV[_a$\xE9a\x01\x80\x87\x01a\x01`\x88\x01a1\x11V[`\x01`\x01`\xA0\x1B\x03\x16\x14a\x01@\x86\x015\x15\x14a%\x87W`@Q\x7F\xC0d1\x19\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`*`$\x82\x01R\x7Fvalidation needs both schema and`D\x82\x01R\x7F validator\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`d\x82\x01R`\x84\x01a\x04ZV[a%\x90\x85a)7V[_\x81\x81R`\x01` R`@\x81 \x91\x92P\x81Ty\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04`\xFF\x16`\n\x81\x11\x15a%\xD3Wa%\xD3a.\x8CV[\x14a&\rW`@Q\x7F44B2\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R`$\x01a\x04ZV[\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16y\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x17\x81Ua&_`@\x87\x01` \x88\x01a1\x11V[`\x01`\x01`\xA0\x1B\x03\x16a&u` \x88\x01\x88a1\x11V[`\x01`\x01`\xA0\x1B\x03\x16\x83\x7FO\xD4'.I\x91<G\x9B\x1A8\xD5Y\xB0\xFDy`\xA7\xA3\xBE\xA4!'l\xB1\n\xE2\xC7&\xB7\x8F\xCE\x89\x89\x89\x89\x8Aa&\xAFW3a&\xBCV[a&\xBC` \x8F\x01\x8Fa1\x11V[`@Qa&\xCD\x95\x94\x93\x92\x91\x90a4\xDEV[`@Q\x80\x91\x03\x90\xA4P\x94\x93PPPPV[`@Q\x7Fp\xA0\x821\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R0`\x04\x82\x01R_\x90\x82\x90`\x01`\x01`\xA0\x1B\x03\x86\x16\x90cp\xA0\x821\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a'=W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a'a\x91\x90a2\x83V[a'k\x91\x90a3\xB2V[\x90P\x82\x81\x14a\x08\x9EW`@Q\x7F\x96\x98\x1Ed\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x85\x16`\x04\x82\x01R`$\x81\x01\x84\x90R`D\x81\x01\x82\x90R`d\x01a\x04ZV[\x82T`\x01`\x01`\xA0\x1B\x03\x16a'\xD5\x84`\x06a)\x8AV[3`\x01`\x01`\xA0\x1B\x03\x16\x81`\x01`\x01`\xA0\x1B\x03\x16\x87\x7F\xC0\x11\xFDQ\x13\xB6\x9Ae\0\xF0\xE0\xE5\xE1\x8Ac\0\xF9?\xE3\xC6B\xCDR}v\x9B\xAD\x1B2E}\x12\x86\x86`@Qa(\x1B\x92\x91\x90a5%V[`@Q\x80\x91\x03\x90\xA4a(O\x86a(7`@\x88\x01` \x89\x01a1\x11V[\x83a(J``\x8A\x015`@\x8B\x015a1\xD5V[a(dV[PPPPPPV[_a\x1FX\x84\x84\x84_a,\xA7V[\x80\x15a\x08\x9EW_`\x01`\x01`\xA0\x1B\x03\x84\x16a(\x8AW____\x85\x87a\xC3P\xF1\x90Pa(\xA1V[a(\x9E`\x01`\x01`\xA0\x1B\x03\x85\x16\x84\x84a(WV[\x90P[\x80a)0W`\x01`\x01`\xA0\x1B\x03\x80\x85\x16_\x90\x81R` \x81\x81R`@\x80\x83 \x93\x87\x16\x83R\x92\x90R\x90\x81 \x80T\x84\x92\x90a(\xDA\x90\x84\x90a1\xD5V[\x92PP\x81\x90UP\x82`\x01`\x01`\xA0\x1B\x03\x16\x84`\x01`\x01`\xA0\x1B\x03\x16\x86\x7F>'\x97:=]\xA2DE\xA3\xB2\xA7xej\xB4\x0Fo\xA0B\xBA\xAA\xD2X\xACg\"\x954\x8F\xF5n\x85`@Qa)'\x91\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA4[PPPPPV[_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x000\x83`@Q` \x01a)m\x93\x92\x91\x90a5CV[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x91\x90PV[\x81Td\xFF\xFF\xFF\xFF\xFFB\x16t\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x81\x17\x84U\x82\x91\x84\x91\x7F\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x7F\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x17y\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83`\n\x81\x11\x15a*JWa*Ja.\x8CV[\x02\x17\x90UPPPV[`\x01`\x01`\xA0\x1B\x03\x83\x16a*\xA8W\x804\x14a*\xA3W`@Q\x7F(F).\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x82\x90R4`$\x82\x01R`D\x01a\x04ZV[PPPV[4\x15a*\xE8W`@Q\x7F(F).\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R_`\x04\x82\x01R4`$\x82\x01R`D\x01a\x04ZV[\x80_\x03a*\xF4WPPPV[`@Q\x7Fp\xA0\x821\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R0`\x04\x82\x01R_\x90`\x01`\x01`\xA0\x1B\x03\x85\x16\x90cp\xA0\x821\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a+QW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a+u\x91\x90a2\x83V[\x90Pa+\x8C`\x01`\x01`\xA0\x1B\x03\x85\x16\x840\x85a-\"V[a\x08\x9E\x84\x83\x83a&\xDEV[___a+\xA4\x86\x86a-qV[\x91P\x91P\x81_\x03a+\xC8W\x83\x81\x81a+\xBEWa+\xBEa5gV[\x04\x92PPPa\x17\x8DV[\x81\x84\x11a+\xDFWa+\xDF`\x03\x85\x15\x02`\x11\x18a-\xACV[_\x84\x86\x88\t_\x86\x81\x03\x87\x16\x96\x87\x90\x04\x96`\x02`\x03\x89\x02\x81\x18\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x82\x03\x02\x80\x8A\x02\x90\x91\x03\x02\x91\x81\x90\x03\x81\x90\x04`\x01\x01\x85\x84\x11\x90\x96\x03\x95\x90\x95\x02\x91\x90\x93\x03\x93\x90\x93\x04\x92\x90\x92\x17\x02\x91PP\x93\x92PPPV[\x7F\x9Bw\x9B\x17B-\r\xF9\"#\x01\x8B2\xB4\xD1\xFAF\xE0qr=h\x17\xE2Hm\0;\xEC\xC5_\0\\\x15a\x1E!W`@Q\x7F>\xE5\xAE\xB5\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x80\x82]PPV[`@Q\x7F\xA9\x05\x9C\xBB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_\x81\x81R`\x01`\x01`\xA0\x1B\x03\x86\x16`\x04R`$\x85\x90R\x91` \x83`D\x81\x80\x8BZ\xF1\x92P`\x01_Q\x14\x83\x16a-\x16W\x83\x83\x15\x16\x15a-\nW=_\x82>=\x81\xFD[_\x87;\x11=\x15\x16\x83\x16\x92P[`@RP\x94\x93PPPPV[a-0\x84\x84\x84\x84`\x01a-\xBDV[a\x08\x9EW`@Q\x7FRt\xAF\xE7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x85\x16`\x04\x82\x01R`$\x01a\x04ZV[_\x80\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x85\t\x93\x90\x92\x02\x80\x84\x10\x93\x81\x90\x03\x93\x90\x93\x03\x93\x91PPV[cNH{q_R\x80` R`$`\x1C\xFD[`@Q\x7F#\xB8r\xDD\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_\x81\x81R`\x01`\x01`\xA0\x1B\x03\x87\x81\x16`\x04R\x86\x16`$R`D\x85\x90R\x91` \x83`d\x81\x80\x8CZ\xF1\x92P`\x01_Q\x14\x83\x16a.2W\x83\x83\x15\x16\x15a.&W=_\x82>=\x81\xFD[_\x88;\x11=\x15\x16\x83\x16\x92P[`@RP_``R\x95\x94PPPPPV[_a\x01\xC0\x82\x84\x03\x12\x15a.TW__\xFD[P\x91\x90PV[_a\x01\xC0\x82\x84\x03\x12\x15a.kW__\xFD[a\x17\x8D\x83\x83a.CV[_` \x82\x84\x03\x12\x15a.\x85W__\xFD[P5\x91\x90PV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`!`\x04R`$_\xFD[`\x0B\x81\x10a.\xC9Wa.\xC9a.\x8CV[\x90RV[_``\x82\x01\x90P`\x01`\x01`\xA0\x1B\x03\x83Q\x16\x82Rd\xFF\xFF\xFF\xFF\xFF` \x84\x01Q\x16` \x83\x01R`@\x83\x01Qa/\x04`@\x84\x01\x82a.\xB9V[P\x92\x91PPV[__\x83`\x1F\x84\x01\x12a/\x1BW__\xFD[P\x815g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a/2W__\xFD[` \x83\x01\x91P\x83` \x82\x85\x01\x01\x11\x15a/IW__\xFD[\x92P\x92\x90PV[____a\x02\0\x85\x87\x03\x12\x15a/dW__\xFD[a/n\x86\x86a.CV[\x93Pa\x01\xC0\x85\x015\x92Pa\x01\xE0\x85\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a/\x92W__\xFD[a/\x9E\x87\x82\x88\x01a/\x0BV[\x95\x98\x94\x97P\x95PPPPV[________a\x02\x80\x89\x8B\x03\x12\x15a/\xC2W__\xFD[a/\xCC\x8A\x8Aa.CV[\x97Pa\x01\xC0\x89\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a/\xE8W__\xFD[a/\xF4\x8B\x82\x8C\x01a/\x0BV[\x90\x98P\x96PPa\x01\xE0\x89\x015\x94Pa\x02\0\x89\x015\x93Pa\x02 \x89\x015`\xFF\x81\x16\x81\x14a0\x1EW__\xFD[\x97\x9A\x96\x99P\x94\x97\x93\x96\x92\x95\x92\x94PPPa\x02@\x82\x015\x91a\x02`\x015\x90V[__a\x01\xE0\x83\x85\x03\x12\x15a0OW__\xFD[a0Y\x84\x84a.CV[\x94a\x01\xC0\x93\x90\x93\x015\x93PPPV[\x805`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a0~W__\xFD[\x91\x90PV[__`@\x83\x85\x03\x12\x15a0\x94W__\xFD[a0\x9D\x83a0hV[\x91Pa0\xAB` \x84\x01a0hV[\x90P\x92P\x92\x90PV[__\x82\x84\x03a\x02\xA0\x81\x12\x15a0\xC7W__\xFD[a0\xD1\x85\x85a.CV[\x92P`\xE0\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFE@\x82\x01\x12\x15a1\x02W__\xFD[Pa\x01\xC0\x83\x01\x90P\x92P\x92\x90PV[_` \x82\x84\x03\x12\x15a1!W__\xFD[a\x17\x8D\x82a0hV[___a\x01\xE0\x84\x86\x03\x12\x15a1=W__\xFD[a1G\x85\x85a.CV[\x92Pa\x01\xC0\x84\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a1cW__\xFD[a1o\x86\x82\x87\x01a/\x0BV[\x94\x97\x90\x96P\x93\x94PPPPV[\x805c\xFF\xFF\xFF\xFF\x81\x16\x81\x14a0~W__\xFD[_` \x82\x84\x03\x12\x15a1\x9FW__\xFD[a\x17\x8D\x82a1|V[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x11`\x04R`$_\xFD[\x80\x82\x01\x80\x82\x11\x15a\r\tWa\r\ta1\xA8V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\r\tWa\r\ta1\xA8V[\x81\x83R\x81\x81` \x85\x017P_` \x82\x84\x01\x01R_` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0`\x1F\x84\x01\x16\x84\x01\x01\x90P\x92\x91PPV[\x84\x81R``` \x82\x01R_a2h``\x83\x01\x85\x87a2\x08V[\x90Pg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16`@\x83\x01R\x95\x94PPPPPV[_` \x82\x84\x03\x12\x15a2\x93W__\xFD[PQ\x91\x90PV[\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a0~W__\xFD[\x815\x81R`\xE0\x81\x01`\x01`\x01`\xA0\x1B\x03a2\xCD` \x85\x01a0hV[\x16` \x83\x01R`\x01`\x01`\xA0\x1B\x03a2\xE7`@\x85\x01a0hV[\x16`@\x83\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFa3\x02``\x85\x01a2\x9AV[\x16``\x83\x01R`\x80\x83\x015\x80\x15\x15\x81\x14a3\x1AW__\xFD[\x15\x15`\x80\x83\x01R`\xA0\x83\x81\x015\x90\x83\x01R`\xC0\x92\x83\x015\x92\x90\x91\x01\x91\x90\x91R\x90V[_` \x82\x84\x03\x12\x15a3LW__\xFD[a\x17\x8D\x82a2\x9AV[\x82\x81R`@\x81\x01a\x17\x8D` \x83\x01\x84a.\xB9V[``\x81\x01a3w\x82\x86a.\xB9V[` \x82\x01\x93\x90\x93R`@\x01R\x91\x90PV[\x805a\xFF\xFF\x81\x16\x81\x14a0~W__\xFD[_` \x82\x84\x03\x12\x15a3\xA9W__\xFD[a\x17\x8D\x82a3\x88V[\x81\x81\x03\x81\x81\x11\x15a\r\tWa\r\ta1\xA8V[a3\xDF\x82a3\xD2\x83a0hV[`\x01`\x01`\xA0\x1B\x03\x16\x90RV[a3\xEB` \x82\x01a0hV[`\x01`\x01`\xA0\x1B\x03\x16` \x83\x01R`@\x81\x81\x015\x90\x83\x01R``\x80\x82\x015\x90\x83\x01Ra4\x19`\x80\x82\x01a2\x9AV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\x80\x83\x01Ra44`\xA0\x82\x01a1|V[c\xFF\xFF\xFF\xFF\x16`\xA0\x83\x01Ra4K`\xC0\x82\x01a1|V[c\xFF\xFF\xFF\xFF\x16`\xC0\x83\x01Ra4b`\xE0\x82\x01a1|V[c\xFF\xFF\xFF\xFF\x16`\xE0\x83\x01Ra4za\x01\0\x82\x01a0hV[`\x01`\x01`\xA0\x1B\x03\x16a\x01\0\x83\x01Ra4\x96a\x01 \x82\x01a3\x88V[a\xFF\xFF\x16a\x01 \x83\x01Ra\x01@\x81\x81\x015\x90\x83\x01Ra4\xB8a\x01`\x82\x01a0hV[`\x01`\x01`\xA0\x1B\x03\x16a\x01`\x83\x01Ra\x01\x80\x81\x81\x015\x90\x83\x01Ra\x01\xA0\x90\x81\x015\x91\x01RV[a4\xE8\x81\x87a3\xC5V[a\x02 a\x01\xC0\x82\x01R_a5\x01a\x02 \x83\x01\x86\x88a2\x08V[\x93\x15\x15a\x01\xE0\x83\x01RP`\x01`\x01`\xA0\x1B\x03\x91\x90\x91\x16a\x02\0\x90\x91\x01R\x93\x92PPPV[`@\x81\x01`\x03\x84\x10a59Wa59a.\x8CV[\x92\x81R` \x01R\x90V[\x83\x81R`\x01`\x01`\xA0\x1B\x03\x83\x16` \x82\x01Ra\x02\0\x81\x01a\x1FX`@\x83\x01\x84a3\xC5V[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x12`\x04R`$_\xFD",
    );
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `PayoutsFeeOnTransfer(address,uint256,uint256)` and selector `0x96981e64`.
    ```solidity
    error PayoutsFeeOnTransfer(address token, uint256 expected, uint256 received);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct PayoutsFeeOnTransfer {
        #[allow(missing_docs)]
        pub token: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub expected: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub received: alloy::sol_types::private::primitives::aliases::U256,
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
        impl ::core::convert::From<PayoutsFeeOnTransfer> for UnderlyingRustTuple<'_> {
            fn from(value: PayoutsFeeOnTransfer) -> Self {
                (value.token, value.expected, value.received)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for PayoutsFeeOnTransfer {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { token: tuple.0, expected: tuple.1, received: tuple.2 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for PayoutsFeeOnTransfer {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "PayoutsFeeOnTransfer(address,uint256,uint256)";
            const SELECTOR: [u8; 4] = [150u8, 152u8, 30u8, 100u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(&self.token),
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(&self.expected),
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(&self.received),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `PayoutsNothingOwed(address,address)` and selector `0x77d26270`.
    ```solidity
    error PayoutsNothingOwed(address token, address account);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct PayoutsNothingOwed {
        #[allow(missing_docs)]
        pub token: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address, alloy::sol_types::sol_data::Address);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address, alloy::sol_types::private::Address);
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
        impl ::core::convert::From<PayoutsNothingOwed> for UnderlyingRustTuple<'_> {
            fn from(value: PayoutsNothingOwed) -> Self {
                (value.token, value.account)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for PayoutsNothingOwed {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { token: tuple.0, account: tuple.1 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for PayoutsNothingOwed {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "PayoutsNothingOwed(address,address)";
            const SELECTOR: [u8; 4] = [119u8, 210u8, 98u8, 112u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(&self.token),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(&self.account),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `PayoutsWithdrawFailed(address,address,uint256)` and selector `0xa4f6ed84`.
    ```solidity
    error PayoutsWithdrawFailed(address token, address account, uint256 amount);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct PayoutsWithdrawFailed {
        #[allow(missing_docs)]
        pub token: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Address,
            alloy::sol_types::sol_data::Address,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::Address,
            alloy::sol_types::private::Address,
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
        impl ::core::convert::From<PayoutsWithdrawFailed> for UnderlyingRustTuple<'_> {
            fn from(value: PayoutsWithdrawFailed) -> Self {
                (value.token, value.account, value.amount)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for PayoutsWithdrawFailed {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { token: tuple.0, account: tuple.1, amount: tuple.2 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for PayoutsWithdrawFailed {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "PayoutsWithdrawFailed(address,address,uint256)";
            const SELECTOR: [u8; 4] = [164u8, 246u8, 237u8, 132u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(&self.token),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(&self.account),
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(&self.amount),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `PayoutsWrongValue(uint256,uint256)` and selector `0x2846292e`.
    ```solidity
    error PayoutsWrongValue(uint256 expected, uint256 sent);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct PayoutsWrongValue {
        #[allow(missing_docs)]
        pub expected: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub sent: alloy::sol_types::private::primitives::aliases::U256,
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
        impl ::core::convert::From<PayoutsWrongValue> for UnderlyingRustTuple<'_> {
            fn from(value: PayoutsWrongValue) -> Self {
                (value.expected, value.sent)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for PayoutsWrongValue {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { expected: tuple.0, sent: tuple.1 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for PayoutsWrongValue {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "PayoutsWrongValue(uint256,uint256)";
            const SELECTOR: [u8; 4] = [40u8, 70u8, 41u8, 46u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(&self.expected),
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(&self.sent),
                )
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
    /**Custom error with signature `SafeERC20FailedOperation(address)` and selector `0x5274afe7`.
    ```solidity
    error SafeERC20FailedOperation(address token);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct SafeERC20FailedOperation {
        #[allow(missing_docs)]
        pub token: alloy::sol_types::private::Address,
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
        impl ::core::convert::From<SafeERC20FailedOperation> for UnderlyingRustTuple<'_> {
            fn from(value: SafeERC20FailedOperation) -> Self {
                (value.token,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for SafeERC20FailedOperation {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { token: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for SafeERC20FailedOperation {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "SafeERC20FailedOperation(address)";
            const SELECTOR: [u8; 4] = [82u8, 116u8, 175u8, 231u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(&self.token),)
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `TaskBoardInvalidSplit(bytes32,uint256,uint256)` and selector `0x5d75d8c5`.
    ```solidity
    error TaskBoardInvalidSplit(bytes32 id, uint256 toWorker, uint256 available);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct TaskBoardInvalidSplit {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub toWorker: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub available: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::FixedBytes<32>,
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::FixedBytes<32>,
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
        impl ::core::convert::From<TaskBoardInvalidSplit> for UnderlyingRustTuple<'_> {
            fn from(value: TaskBoardInvalidSplit) -> Self {
                (value.id, value.toWorker, value.available)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for TaskBoardInvalidSplit {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { id: tuple.0, toWorker: tuple.1, available: tuple.2 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for TaskBoardInvalidSplit {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "TaskBoardInvalidSplit(bytes32,uint256,uint256)";
            const SELECTOR: [u8; 4] = [93u8, 117u8, 216u8, 197u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(&self.id),
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(&self.toWorker),
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(&self.available),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `TaskBoardInvalidTerms(string)` and selector `0xc0643119`.
    ```solidity
    error TaskBoardInvalidTerms(string reason);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct TaskBoardInvalidTerms {
        #[allow(missing_docs)]
        pub reason: alloy::sol_types::private::String,
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
        impl ::core::convert::From<TaskBoardInvalidTerms> for UnderlyingRustTuple<'_> {
            fn from(value: TaskBoardInvalidTerms) -> Self {
                (value.reason,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for TaskBoardInvalidTerms {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { reason: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for TaskBoardInvalidTerms {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "TaskBoardInvalidTerms(string)";
            const SELECTOR: [u8; 4] = [192u8, 100u8, 49u8, 25u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(&self.reason),)
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `TaskBoardNoArbiter(bytes32)` and selector `0x43211dc2`.
    ```solidity
    error TaskBoardNoArbiter(bytes32 id);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct TaskBoardNoArbiter {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
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
        impl ::core::convert::From<TaskBoardNoArbiter> for UnderlyingRustTuple<'_> {
            fn from(value: TaskBoardNoArbiter) -> Self {
                (value.id,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for TaskBoardNoArbiter {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { id: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for TaskBoardNoArbiter {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "TaskBoardNoArbiter(bytes32)";
            const SELECTOR: [u8; 4] = [67u8, 33u8, 29u8, 194u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(&self.id),)
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `TaskBoardNoValidation(bytes32)` and selector `0xe4d1464a`.
    ```solidity
    error TaskBoardNoValidation(bytes32 id);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct TaskBoardNoValidation {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
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
        impl ::core::convert::From<TaskBoardNoValidation> for UnderlyingRustTuple<'_> {
            fn from(value: TaskBoardNoValidation) -> Self {
                (value.id,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for TaskBoardNoValidation {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { id: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for TaskBoardNoValidation {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "TaskBoardNoValidation(bytes32)";
            const SELECTOR: [u8; 4] = [228u8, 209u8, 70u8, 74u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(&self.id),)
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `TaskBoardProofRejected(bytes32)` and selector `0x8dc84efe`.
    ```solidity
    error TaskBoardProofRejected(bytes32 id);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct TaskBoardProofRejected {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
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
        impl ::core::convert::From<TaskBoardProofRejected> for UnderlyingRustTuple<'_> {
            fn from(value: TaskBoardProofRejected) -> Self {
                (value.id,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for TaskBoardProofRejected {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { id: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for TaskBoardProofRejected {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "TaskBoardProofRejected(bytes32)";
            const SELECTOR: [u8; 4] = [141u8, 200u8, 78u8, 254u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(&self.id),)
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `TaskBoardTaskExists(bytes32)` and selector `0x34344232`.
    ```solidity
    error TaskBoardTaskExists(bytes32 id);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct TaskBoardTaskExists {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
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
        impl ::core::convert::From<TaskBoardTaskExists> for UnderlyingRustTuple<'_> {
            fn from(value: TaskBoardTaskExists) -> Self {
                (value.id,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for TaskBoardTaskExists {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { id: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for TaskBoardTaskExists {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "TaskBoardTaskExists(bytes32)";
            const SELECTOR: [u8; 4] = [52u8, 52u8, 66u8, 50u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(&self.id),)
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `TaskBoardTooEarly(bytes32,uint256,uint256)` and selector `0x5e9ac8d8`.
    ```solidity
    error TaskBoardTooEarly(bytes32 id, uint256 allowedAt, uint256 now);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct TaskBoardTooEarly {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub allowedAt: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub now: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::FixedBytes<32>,
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::FixedBytes<32>,
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
        impl ::core::convert::From<TaskBoardTooEarly> for UnderlyingRustTuple<'_> {
            fn from(value: TaskBoardTooEarly) -> Self {
                (value.id, value.allowedAt, value.now)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for TaskBoardTooEarly {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { id: tuple.0, allowedAt: tuple.1, now: tuple.2 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for TaskBoardTooEarly {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "TaskBoardTooEarly(bytes32,uint256,uint256)";
            const SELECTOR: [u8; 4] = [94u8, 154u8, 200u8, 216u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(&self.id),
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(&self.allowedAt),
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
    /**Custom error with signature `TaskBoardTooLate(bytes32,uint256,uint256)` and selector `0xaad9dfe4`.
    ```solidity
    error TaskBoardTooLate(bytes32 id, uint256 endedAt, uint256 now);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct TaskBoardTooLate {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub endedAt: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub now: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::FixedBytes<32>,
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::FixedBytes<32>,
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
        impl ::core::convert::From<TaskBoardTooLate> for UnderlyingRustTuple<'_> {
            fn from(value: TaskBoardTooLate) -> Self {
                (value.id, value.endedAt, value.now)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for TaskBoardTooLate {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { id: tuple.0, endedAt: tuple.1, now: tuple.2 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for TaskBoardTooLate {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "TaskBoardTooLate(bytes32,uint256,uint256)";
            const SELECTOR: [u8; 4] = [170u8, 217u8, 223u8, 228u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(&self.id),
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(&self.endedAt),
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
    /**Custom error with signature `TaskBoardUnauthorized(bytes32,address)` and selector `0x5c93793d`.
    ```solidity
    error TaskBoardUnauthorized(bytes32 id, address caller);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct TaskBoardUnauthorized {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub caller: alloy::sol_types::private::Address,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>, alloy::sol_types::sol_data::Address);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>, alloy::sol_types::private::Address);
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
        impl ::core::convert::From<TaskBoardUnauthorized> for UnderlyingRustTuple<'_> {
            fn from(value: TaskBoardUnauthorized) -> Self {
                (value.id, value.caller)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for TaskBoardUnauthorized {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { id: tuple.0, caller: tuple.1 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for TaskBoardUnauthorized {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "TaskBoardUnauthorized(bytes32,address)";
            const SELECTOR: [u8; 4] = [92u8, 147u8, 121u8, 61u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(&self.id),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(&self.caller),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `TaskBoardWrongStatus(bytes32,uint8)` and selector `0xaa038d2f`.
    ```solidity
    error TaskBoardWrongStatus(bytes32 id, ITaskBoard.Status status);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct TaskBoardWrongStatus {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub status: <ITaskBoard::Status as alloy::sol_types::SolType>::RustType,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>, ITaskBoard::Status);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> =
            (alloy::sol_types::private::FixedBytes<32>, <ITaskBoard::Status as alloy::sol_types::SolType>::RustType);
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
        impl ::core::convert::From<TaskBoardWrongStatus> for UnderlyingRustTuple<'_> {
            fn from(value: TaskBoardWrongStatus) -> Self {
                (value.id, value.status)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for TaskBoardWrongStatus {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { id: tuple.0, status: tuple.1 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for TaskBoardWrongStatus {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "TaskBoardWrongStatus(bytes32,uint8)";
            const SELECTOR: [u8; 4] = [170u8, 3u8, 141u8, 47u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(&self.id),
                    <ITaskBoard::Status as alloy_sol_types::SolType>::tokenize(&self.status),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `PaymentDeferred(bytes32,address,address,uint256)` and selector `0x3e27973a3d5da24445a3b2a778656ab40f6fa042baaad258ac672295348ff56e`.
    ```solidity
    event PaymentDeferred(bytes32 indexed id, address indexed token, address indexed account, uint256 amount);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct PaymentDeferred {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub token: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for PaymentDeferred {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "PaymentDeferred(bytes32,address,address,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                62u8, 39u8, 151u8, 58u8, 61u8, 93u8, 162u8, 68u8, 69u8, 163u8, 178u8, 167u8, 120u8, 101u8, 106u8,
                180u8, 15u8, 111u8, 160u8, 66u8, 186u8, 170u8, 210u8, 88u8, 172u8, 103u8, 34u8, 149u8, 52u8, 143u8,
                245u8, 110u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { id: topics.1, token: topics.2, account: topics.3, amount: data.0 }
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
                (<alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(&self.amount),)
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.id.clone(), self.token.clone(), self.account.clone())
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
                    <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::EventTopic>::encode_topic(&self.id);
                out[2usize] =
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(&self.token);
                out[3usize] =
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(&self.account);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for PaymentDeferred {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&PaymentDeferred> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &PaymentDeferred) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `TaskAccepted(bytes32,address,address,uint8,bytes32)` and selector `0xc011fd5113b69a6500f0e0e5e18a6300f93fe3c642cd527d769bad1b32457d12`.
    ```solidity
    event TaskAccepted(bytes32 indexed id, address indexed worker, address indexed by, ITaskBoard.Acceptance how, bytes32 proof);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct TaskAccepted {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub worker: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub by: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub how: <ITaskBoard::Acceptance as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub proof: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for TaskAccepted {
            type DataTuple<'a> = (ITaskBoard::Acceptance, alloy::sol_types::sol_data::FixedBytes<32>);
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "TaskAccepted(bytes32,address,address,uint8,bytes32)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                192u8, 17u8, 253u8, 81u8, 19u8, 182u8, 154u8, 101u8, 0u8, 240u8, 224u8, 229u8, 225u8, 138u8, 99u8, 0u8,
                249u8, 63u8, 227u8, 198u8, 66u8, 205u8, 82u8, 125u8, 118u8, 155u8, 173u8, 27u8, 50u8, 69u8, 125u8,
                18u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { id: topics.1, worker: topics.2, by: topics.3, how: data.0, proof: data.1 }
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
                    <ITaskBoard::Acceptance as alloy_sol_types::SolType>::tokenize(&self.how),
                    <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(&self.proof),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.id.clone(), self.worker.clone(), self.by.clone())
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
                    <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::EventTopic>::encode_topic(&self.id);
                out[2usize] =
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(&self.worker);
                out[3usize] =
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(&self.by);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for TaskAccepted {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&TaskAccepted> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &TaskAccepted) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `TaskClaimed(bytes32,address,uint64)` and selector `0x4cd81264a1b69d0ba51d9137eb345f182c95f74cebf5d72da472abad4692b461`.
    ```solidity
    event TaskClaimed(bytes32 indexed id, address indexed worker, uint64 dueAt);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct TaskClaimed {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub worker: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub dueAt: u64,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for TaskClaimed {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "TaskClaimed(bytes32,address,uint64)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                76u8, 216u8, 18u8, 100u8, 161u8, 182u8, 157u8, 11u8, 165u8, 29u8, 145u8, 55u8, 235u8, 52u8, 95u8, 24u8,
                44u8, 149u8, 247u8, 76u8, 235u8, 245u8, 215u8, 45u8, 164u8, 114u8, 171u8, 173u8, 70u8, 146u8, 180u8,
                97u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { id: topics.1, worker: topics.2, dueAt: data.0 }
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
                (<alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(&self.dueAt),)
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.id.clone(), self.worker.clone())
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
                    <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::EventTopic>::encode_topic(&self.id);
                out[2usize] =
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(&self.worker);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for TaskClaimed {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&TaskClaimed> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &TaskClaimed) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `TaskClosed(bytes32,uint8,uint256,uint256)` and selector `0x418c86af534b832eeca0913ba8d1e0866cd9ea3099e36eb9c59002341f3b5c73`.
    ```solidity
    event TaskClosed(bytes32 indexed id, ITaskBoard.Status status, uint256 toPoster, uint256 toWorker);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct TaskClosed {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub status: <ITaskBoard::Status as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub toPoster: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub toWorker: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for TaskClosed {
            type DataTuple<'a> =
                (ITaskBoard::Status, alloy::sol_types::sol_data::Uint<256>, alloy::sol_types::sol_data::Uint<256>);
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (alloy_sol_types::sol_data::FixedBytes<32>, alloy::sol_types::sol_data::FixedBytes<32>);
            const SIGNATURE: &'static str = "TaskClosed(bytes32,uint8,uint256,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                65u8, 140u8, 134u8, 175u8, 83u8, 75u8, 131u8, 46u8, 236u8, 160u8, 145u8, 59u8, 168u8, 209u8, 224u8,
                134u8, 108u8, 217u8, 234u8, 48u8, 153u8, 227u8, 110u8, 185u8, 197u8, 144u8, 2u8, 52u8, 31u8, 59u8,
                92u8, 115u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { id: topics.1, status: data.0, toPoster: data.1, toWorker: data.2 }
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
                    <ITaskBoard::Status as alloy_sol_types::SolType>::tokenize(&self.status),
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(&self.toPoster),
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(&self.toWorker),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.id.clone())
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
                    <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::EventTopic>::encode_topic(&self.id);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for TaskClosed {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&TaskClosed> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &TaskClosed) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `TaskDisputed(bytes32,address)` and selector `0x1d8cbd4296db81bac563255b4fc6b24eb172f06c1098ed8acb493914a95b5261`.
    ```solidity
    event TaskDisputed(bytes32 indexed id, address indexed worker);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct TaskDisputed {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub worker: alloy::sol_types::private::Address,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for TaskDisputed {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "TaskDisputed(bytes32,address)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                29u8, 140u8, 189u8, 66u8, 150u8, 219u8, 129u8, 186u8, 197u8, 99u8, 37u8, 91u8, 79u8, 198u8, 178u8,
                78u8, 177u8, 114u8, 240u8, 108u8, 16u8, 152u8, 237u8, 138u8, 203u8, 73u8, 57u8, 20u8, 169u8, 91u8,
                82u8, 97u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { id: topics.1, worker: topics.2 }
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
                (Self::SIGNATURE_HASH.into(), self.id.clone(), self.worker.clone())
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
                    <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::EventTopic>::encode_topic(&self.id);
                out[2usize] =
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(&self.worker);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for TaskDisputed {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&TaskDisputed> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &TaskDisputed) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `TaskPosted(bytes32,address,address,(address,address,uint256,uint256,uint64,uint32,uint32,uint32,address,uint16,bytes32,address,bytes32,bytes32),string,bool,address)` and selector `0x4fd4272e49913c479b1a38d559b0fd7960a7a3bea421276cb10ae2c726b78fce`.
    ```solidity
    event TaskPosted(bytes32 indexed id, address indexed poster, address indexed token, ITaskBoard.Task task, string specURI, bool authorized, address funder);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct TaskPosted {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub poster: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub token: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub task: <ITaskBoard::Task as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub specURI: alloy::sol_types::private::String,
        #[allow(missing_docs)]
        pub authorized: bool,
        #[allow(missing_docs)]
        pub funder: alloy::sol_types::private::Address,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for TaskPosted {
            type DataTuple<'a> = (
                ITaskBoard::Task,
                alloy::sol_types::sol_data::String,
                alloy::sol_types::sol_data::Bool,
                alloy::sol_types::sol_data::Address,
            );
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "TaskPosted(bytes32,address,address,(address,address,uint256,uint256,uint64,uint32,uint32,uint32,address,uint16,bytes32,address,bytes32,bytes32),string,bool,address)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                79u8, 212u8, 39u8, 46u8, 73u8, 145u8, 60u8, 71u8, 155u8, 26u8, 56u8, 213u8, 89u8, 176u8, 253u8, 121u8,
                96u8, 167u8, 163u8, 190u8, 164u8, 33u8, 39u8, 108u8, 177u8, 10u8, 226u8, 199u8, 38u8, 183u8, 143u8,
                206u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    id: topics.1,
                    poster: topics.2,
                    token: topics.3,
                    task: data.0,
                    specURI: data.1,
                    authorized: data.2,
                    funder: data.3,
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
                    <ITaskBoard::Task as alloy_sol_types::SolType>::tokenize(&self.task),
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(&self.specURI),
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(&self.authorized),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(&self.funder),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.id.clone(), self.poster.clone(), self.token.clone())
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
                    <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::EventTopic>::encode_topic(&self.id);
                out[2usize] =
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(&self.poster);
                out[3usize] =
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(&self.token);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for TaskPosted {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&TaskPosted> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &TaskPosted) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `TaskRejected(bytes32,address,bytes32,uint64)` and selector `0xf91e24b0fa589391c7962a8ba62e9d1d6cb261d78cc748ad8d5ab28d2b2ec4b6`.
    ```solidity
    event TaskRejected(bytes32 indexed id, address indexed worker, bytes32 reason, uint64 disputeEndsAt);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct TaskRejected {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub worker: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub reason: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub disputeEndsAt: u64,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for TaskRejected {
            type DataTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>, alloy::sol_types::sol_data::Uint<64>);
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "TaskRejected(bytes32,address,bytes32,uint64)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                249u8, 30u8, 36u8, 176u8, 250u8, 88u8, 147u8, 145u8, 199u8, 150u8, 42u8, 139u8, 166u8, 46u8, 157u8,
                29u8, 108u8, 178u8, 97u8, 215u8, 140u8, 199u8, 72u8, 173u8, 141u8, 90u8, 178u8, 141u8, 43u8, 46u8,
                196u8, 182u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { id: topics.1, worker: topics.2, reason: data.0, disputeEndsAt: data.1 }
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
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(&self.disputeEndsAt),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.id.clone(), self.worker.clone())
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
                    <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::EventTopic>::encode_topic(&self.id);
                out[2usize] =
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(&self.worker);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for TaskRejected {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&TaskRejected> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &TaskRejected) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `TaskReopened(bytes32,address,address)` and selector `0xa663a6978e25dc690a650ab8aeb3a36eb8d4aa2e2a57ccbedafd4185384b5ae1`.
    ```solidity
    event TaskReopened(bytes32 indexed id, address indexed worker, address indexed by);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct TaskReopened {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub worker: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub by: alloy::sol_types::private::Address,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for TaskReopened {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "TaskReopened(bytes32,address,address)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                166u8, 99u8, 166u8, 151u8, 142u8, 37u8, 220u8, 105u8, 10u8, 101u8, 10u8, 184u8, 174u8, 179u8, 163u8,
                110u8, 184u8, 212u8, 170u8, 46u8, 42u8, 87u8, 204u8, 190u8, 218u8, 253u8, 65u8, 133u8, 56u8, 75u8,
                90u8, 225u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { id: topics.1, worker: topics.2, by: topics.3 }
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
                (Self::SIGNATURE_HASH.into(), self.id.clone(), self.worker.clone(), self.by.clone())
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
                    <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::EventTopic>::encode_topic(&self.id);
                out[2usize] =
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(&self.worker);
                out[3usize] =
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(&self.by);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for TaskReopened {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&TaskReopened> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &TaskReopened) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `TaskResolved(bytes32,address,uint256,uint256,uint256)` and selector `0x6979f1c8188fb3e73a2045f870b716b8b9ec83b3cd7ae449cc5892ed4b579242`.
    ```solidity
    event TaskResolved(bytes32 indexed id, address indexed arbiter, uint256 toWorker, uint256 toPoster, uint256 fee);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct TaskResolved {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub arbiter: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub toWorker: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub toPoster: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub fee: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for TaskResolved {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "TaskResolved(bytes32,address,uint256,uint256,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                105u8, 121u8, 241u8, 200u8, 24u8, 143u8, 179u8, 231u8, 58u8, 32u8, 69u8, 248u8, 112u8, 183u8, 22u8,
                184u8, 185u8, 236u8, 131u8, 179u8, 205u8, 122u8, 228u8, 73u8, 204u8, 88u8, 146u8, 237u8, 75u8, 87u8,
                146u8, 66u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { id: topics.1, arbiter: topics.2, toWorker: data.0, toPoster: data.1, fee: data.2 }
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
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(&self.toWorker),
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(&self.toPoster),
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(&self.fee),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.id.clone(), self.arbiter.clone())
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
                    <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::EventTopic>::encode_topic(&self.id);
                out[2usize] =
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(&self.arbiter);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for TaskResolved {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&TaskResolved> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &TaskResolved) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `TaskSubmitted(bytes32,address,bytes32,string,uint64)` and selector `0x2324345647cbe465644d8d5e96253723bcc1afac3f8c040ce04dfd468f457b47`.
    ```solidity
    event TaskSubmitted(bytes32 indexed id, address indexed worker, bytes32 resultHash, string resultURI, uint64 reviewEndsAt);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct TaskSubmitted {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub worker: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub resultHash: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub resultURI: alloy::sol_types::private::String,
        #[allow(missing_docs)]
        pub reviewEndsAt: u64,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for TaskSubmitted {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::String,
                alloy::sol_types::sol_data::Uint<64>,
            );
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "TaskSubmitted(bytes32,address,bytes32,string,uint64)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                35u8, 36u8, 52u8, 86u8, 71u8, 203u8, 228u8, 101u8, 100u8, 77u8, 141u8, 94u8, 150u8, 37u8, 55u8, 35u8,
                188u8, 193u8, 175u8, 172u8, 63u8, 140u8, 4u8, 12u8, 224u8, 77u8, 253u8, 70u8, 143u8, 69u8, 123u8, 71u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { id: topics.1, worker: topics.2, resultHash: data.0, resultURI: data.1, reviewEndsAt: data.2 }
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
                    <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(
                        &self.resultHash,
                    ),
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(&self.resultURI),
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(&self.reviewEndsAt),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.id.clone(), self.worker.clone())
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
                    <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::EventTopic>::encode_topic(&self.id);
                out[2usize] =
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(&self.worker);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for TaskSubmitted {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&TaskSubmitted> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &TaskSubmitted) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `TaskUnclaimed(bytes32,address)` and selector `0x2ccb5b17381e6365f77962a20706a5fafcbfd01b5bc82b68b2d7cdf8dad8c8fa`.
    ```solidity
    event TaskUnclaimed(bytes32 indexed id, address indexed worker);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct TaskUnclaimed {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub worker: alloy::sol_types::private::Address,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for TaskUnclaimed {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "TaskUnclaimed(bytes32,address)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                44u8, 203u8, 91u8, 23u8, 56u8, 30u8, 99u8, 101u8, 247u8, 121u8, 98u8, 162u8, 7u8, 6u8, 165u8, 250u8,
                252u8, 191u8, 208u8, 27u8, 91u8, 200u8, 43u8, 104u8, 178u8, 215u8, 205u8, 248u8, 218u8, 216u8, 200u8,
                250u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { id: topics.1, worker: topics.2 }
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
                (Self::SIGNATURE_HASH.into(), self.id.clone(), self.worker.clone())
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
                    <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::EventTopic>::encode_topic(&self.id);
                out[2usize] =
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(&self.worker);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for TaskUnclaimed {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&TaskUnclaimed> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &TaskUnclaimed) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `Withdrawn(address,address,uint256)` and selector `0xd1c19fbcd4551a5edfb66d43d2e337c04837afda3482b42bdf569a8fccdae5fb`.
    ```solidity
    event Withdrawn(address indexed token, address indexed account, uint256 amount);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct Withdrawn {
        #[allow(missing_docs)]
        pub token: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for Withdrawn {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "Withdrawn(address,address,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                209u8, 193u8, 159u8, 188u8, 212u8, 85u8, 26u8, 94u8, 223u8, 182u8, 109u8, 67u8, 210u8, 227u8, 55u8,
                192u8, 72u8, 55u8, 175u8, 218u8, 52u8, 130u8, 180u8, 43u8, 223u8, 86u8, 154u8, 143u8, 204u8, 218u8,
                229u8, 251u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { token: topics.1, account: topics.2, amount: data.0 }
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
                (<alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(&self.amount),)
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.token.clone(), self.account.clone())
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
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(&self.token);
                out[2usize] =
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(&self.account);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for Withdrawn {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&Withdrawn> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &Withdrawn) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    /**Constructor`.
    ```solidity
    constructor(address registry_);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct constructorCall {
        #[allow(missing_docs)]
        pub registry_: alloy::sol_types::private::Address,
    }
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
            impl ::core::convert::From<constructorCall> for UnderlyingRustTuple<'_> {
                fn from(value: constructorCall) -> Self {
                    (value.registry_,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for constructorCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { registry_: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolConstructor for constructorCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(&self.registry_),)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `ARBITRATION_PERIOD()` and selector `0x9d8a8666`.
    ```solidity
    function ARBITRATION_PERIOD() external view returns (uint256);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ARBITRATION_PERIODCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`ARBITRATION_PERIOD()`](ARBITRATION_PERIODCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ARBITRATION_PERIODReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
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
            impl ::core::convert::From<ARBITRATION_PERIODCall> for UnderlyingRustTuple<'_> {
                fn from(value: ARBITRATION_PERIODCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for ARBITRATION_PERIODCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
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
            impl ::core::convert::From<ARBITRATION_PERIODReturn> for UnderlyingRustTuple<'_> {
                fn from(value: ARBITRATION_PERIODReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for ARBITRATION_PERIODReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for ARBITRATION_PERIODCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ARBITRATION_PERIOD()";
            const SELECTOR: [u8; 4] = [157u8, 138u8, 134u8, 102u8];
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
                (<alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(|r| {
                    let r: ARBITRATION_PERIODReturn = r.into();
                    r._0
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(|r| {
                    let r: ARBITRATION_PERIODReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `accept((address,address,uint256,uint256,uint64,uint32,uint32,uint32,address,uint16,bytes32,address,bytes32,bytes32))` and selector `0x42d23276`.
    ```solidity
    function accept(ITaskBoard.Task memory task) external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct acceptCall {
        #[allow(missing_docs)]
        pub task: <ITaskBoard::Task as alloy::sol_types::SolType>::RustType,
    }
    ///Container type for the return parameters of the [`accept((address,address,uint256,uint256,uint64,uint32,uint32,uint32,address,uint16,bytes32,address,bytes32,bytes32))`](acceptCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct acceptReturn {}
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (ITaskBoard::Task,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (<ITaskBoard::Task as alloy::sol_types::SolType>::RustType,);
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
            impl ::core::convert::From<acceptCall> for UnderlyingRustTuple<'_> {
                fn from(value: acceptCall) -> Self {
                    (value.task,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for acceptCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { task: tuple.0 }
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
            impl ::core::convert::From<acceptReturn> for UnderlyingRustTuple<'_> {
                fn from(value: acceptReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for acceptReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl acceptReturn {
            fn _tokenize(&self) -> <acceptCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for acceptCall {
            type Parameters<'a> = (ITaskBoard::Task,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = acceptReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "accept((address,address,uint256,uint256,uint64,uint32,uint32,uint32,address,uint16,bytes32,address,bytes32,bytes32))";
            const SELECTOR: [u8; 4] = [66u8, 210u8, 50u8, 118u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<ITaskBoard::Task as alloy_sol_types::SolType>::tokenize(&self.task),)
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                acceptReturn::_tokenize(ret)
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
    /**Function with signature `acceptByValidation((address,address,uint256,uint256,uint64,uint32,uint32,uint32,address,uint16,bytes32,address,bytes32,bytes32),(bytes32,address,address,uint64,bool,bytes32,bytes32))` and selector `0x380a041a`.
    ```solidity
    function acceptByValidation(ITaskBoard.Task memory task, IAttestationRegistry.AttestationContent memory proof) external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct acceptByValidationCall {
        #[allow(missing_docs)]
        pub task: <ITaskBoard::Task as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub proof: <IAttestationRegistry::AttestationContent as alloy::sol_types::SolType>::RustType,
    }
    ///Container type for the return parameters of the [`acceptByValidation((address,address,uint256,uint256,uint64,uint32,uint32,uint32,address,uint16,bytes32,address,bytes32,bytes32),(bytes32,address,address,uint64,bool,bytes32,bytes32))`](acceptByValidationCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct acceptByValidationReturn {}
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (ITaskBoard::Task, IAttestationRegistry::AttestationContent);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <ITaskBoard::Task as alloy::sol_types::SolType>::RustType,
                <IAttestationRegistry::AttestationContent as alloy::sol_types::SolType>::RustType,
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
            impl ::core::convert::From<acceptByValidationCall> for UnderlyingRustTuple<'_> {
                fn from(value: acceptByValidationCall) -> Self {
                    (value.task, value.proof)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for acceptByValidationCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { task: tuple.0, proof: tuple.1 }
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
            impl ::core::convert::From<acceptByValidationReturn> for UnderlyingRustTuple<'_> {
                fn from(value: acceptByValidationReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for acceptByValidationReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl acceptByValidationReturn {
            fn _tokenize(&self) -> <acceptByValidationCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for acceptByValidationCall {
            type Parameters<'a> = (ITaskBoard::Task, IAttestationRegistry::AttestationContent);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = acceptByValidationReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "acceptByValidation((address,address,uint256,uint256,uint64,uint32,uint32,uint32,address,uint16,bytes32,address,bytes32,bytes32),(bytes32,address,address,uint64,bool,bytes32,bytes32))";
            const SELECTOR: [u8; 4] = [56u8, 10u8, 4u8, 26u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <ITaskBoard::Task as alloy_sol_types::SolType>::tokenize(&self.task),
                    <IAttestationRegistry::AttestationContent as alloy_sol_types::SolType>::tokenize(&self.proof),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                acceptByValidationReturn::_tokenize(ret)
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
    /**Function with signature `cancel((address,address,uint256,uint256,uint64,uint32,uint32,uint32,address,uint16,bytes32,address,bytes32,bytes32))` and selector `0xc9d8ef8d`.
    ```solidity
    function cancel(ITaskBoard.Task memory task) external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct cancelCall {
        #[allow(missing_docs)]
        pub task: <ITaskBoard::Task as alloy::sol_types::SolType>::RustType,
    }
    ///Container type for the return parameters of the [`cancel((address,address,uint256,uint256,uint64,uint32,uint32,uint32,address,uint16,bytes32,address,bytes32,bytes32))`](cancelCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct cancelReturn {}
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (ITaskBoard::Task,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (<ITaskBoard::Task as alloy::sol_types::SolType>::RustType,);
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
            impl ::core::convert::From<cancelCall> for UnderlyingRustTuple<'_> {
                fn from(value: cancelCall) -> Self {
                    (value.task,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for cancelCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { task: tuple.0 }
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
            impl ::core::convert::From<cancelReturn> for UnderlyingRustTuple<'_> {
                fn from(value: cancelReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for cancelReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl cancelReturn {
            fn _tokenize(&self) -> <cancelCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for cancelCall {
            type Parameters<'a> = (ITaskBoard::Task,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = cancelReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "cancel((address,address,uint256,uint256,uint64,uint32,uint32,uint32,address,uint16,bytes32,address,bytes32,bytes32))";
            const SELECTOR: [u8; 4] = [201u8, 216u8, 239u8, 141u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<ITaskBoard::Task as alloy_sol_types::SolType>::tokenize(&self.task),)
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                cancelReturn::_tokenize(ret)
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
    /**Function with signature `claim((address,address,uint256,uint256,uint64,uint32,uint32,uint32,address,uint16,bytes32,address,bytes32,bytes32))` and selector `0xcc9d0e2e`.
    ```solidity
    function claim(ITaskBoard.Task memory task) external payable;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct claimCall {
        #[allow(missing_docs)]
        pub task: <ITaskBoard::Task as alloy::sol_types::SolType>::RustType,
    }
    ///Container type for the return parameters of the [`claim((address,address,uint256,uint256,uint64,uint32,uint32,uint32,address,uint16,bytes32,address,bytes32,bytes32))`](claimCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct claimReturn {}
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (ITaskBoard::Task,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (<ITaskBoard::Task as alloy::sol_types::SolType>::RustType,);
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
            impl ::core::convert::From<claimCall> for UnderlyingRustTuple<'_> {
                fn from(value: claimCall) -> Self {
                    (value.task,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for claimCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { task: tuple.0 }
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
            impl ::core::convert::From<claimReturn> for UnderlyingRustTuple<'_> {
                fn from(value: claimReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for claimReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl claimReturn {
            fn _tokenize(&self) -> <claimCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for claimCall {
            type Parameters<'a> = (ITaskBoard::Task,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = claimReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "claim((address,address,uint256,uint256,uint64,uint32,uint32,uint32,address,uint16,bytes32,address,bytes32,bytes32))";
            const SELECTOR: [u8; 4] = [204u8, 157u8, 14u8, 46u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<ITaskBoard::Task as alloy_sol_types::SolType>::tokenize(&self.task),)
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                claimReturn::_tokenize(ret)
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
    /**Function with signature `close((address,address,uint256,uint256,uint64,uint32,uint32,uint32,address,uint16,bytes32,address,bytes32,bytes32))` and selector `0x90edf4dc`.
    ```solidity
    function close(ITaskBoard.Task memory task) external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct closeCall {
        #[allow(missing_docs)]
        pub task: <ITaskBoard::Task as alloy::sol_types::SolType>::RustType,
    }
    ///Container type for the return parameters of the [`close((address,address,uint256,uint256,uint64,uint32,uint32,uint32,address,uint16,bytes32,address,bytes32,bytes32))`](closeCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct closeReturn {}
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (ITaskBoard::Task,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (<ITaskBoard::Task as alloy::sol_types::SolType>::RustType,);
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
            impl ::core::convert::From<closeCall> for UnderlyingRustTuple<'_> {
                fn from(value: closeCall) -> Self {
                    (value.task,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for closeCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { task: tuple.0 }
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
            impl ::core::convert::From<closeReturn> for UnderlyingRustTuple<'_> {
                fn from(value: closeReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for closeReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl closeReturn {
            fn _tokenize(&self) -> <closeCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for closeCall {
            type Parameters<'a> = (ITaskBoard::Task,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = closeReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "close((address,address,uint256,uint256,uint64,uint32,uint32,uint32,address,uint16,bytes32,address,bytes32,bytes32))";
            const SELECTOR: [u8; 4] = [144u8, 237u8, 244u8, 220u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<ITaskBoard::Task as alloy_sol_types::SolType>::tokenize(&self.task),)
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                closeReturn::_tokenize(ret)
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
    /**Function with signature `dispute((address,address,uint256,uint256,uint64,uint32,uint32,uint32,address,uint16,bytes32,address,bytes32,bytes32))` and selector `0x0905fa16`.
    ```solidity
    function dispute(ITaskBoard.Task memory task) external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct disputeCall {
        #[allow(missing_docs)]
        pub task: <ITaskBoard::Task as alloy::sol_types::SolType>::RustType,
    }
    ///Container type for the return parameters of the [`dispute((address,address,uint256,uint256,uint64,uint32,uint32,uint32,address,uint16,bytes32,address,bytes32,bytes32))`](disputeCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct disputeReturn {}
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (ITaskBoard::Task,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (<ITaskBoard::Task as alloy::sol_types::SolType>::RustType,);
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
            impl ::core::convert::From<disputeCall> for UnderlyingRustTuple<'_> {
                fn from(value: disputeCall) -> Self {
                    (value.task,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for disputeCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { task: tuple.0 }
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
            impl ::core::convert::From<disputeReturn> for UnderlyingRustTuple<'_> {
                fn from(value: disputeReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for disputeReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl disputeReturn {
            fn _tokenize(&self) -> <disputeCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for disputeCall {
            type Parameters<'a> = (ITaskBoard::Task,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = disputeReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "dispute((address,address,uint256,uint256,uint64,uint32,uint32,uint32,address,uint16,bytes32,address,bytes32,bytes32))";
            const SELECTOR: [u8; 4] = [9u8, 5u8, 250u8, 22u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<ITaskBoard::Task as alloy_sol_types::SolType>::tokenize(&self.task),)
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                disputeReturn::_tokenize(ret)
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
    /**Function with signature `finalize((address,address,uint256,uint256,uint64,uint32,uint32,uint32,address,uint16,bytes32,address,bytes32,bytes32))` and selector `0xcfe8a18f`.
    ```solidity
    function finalize(ITaskBoard.Task memory task) external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct finalizeCall {
        #[allow(missing_docs)]
        pub task: <ITaskBoard::Task as alloy::sol_types::SolType>::RustType,
    }
    ///Container type for the return parameters of the [`finalize((address,address,uint256,uint256,uint64,uint32,uint32,uint32,address,uint16,bytes32,address,bytes32,bytes32))`](finalizeCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct finalizeReturn {}
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (ITaskBoard::Task,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (<ITaskBoard::Task as alloy::sol_types::SolType>::RustType,);
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
            impl ::core::convert::From<finalizeCall> for UnderlyingRustTuple<'_> {
                fn from(value: finalizeCall) -> Self {
                    (value.task,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for finalizeCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { task: tuple.0 }
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
            impl ::core::convert::From<finalizeReturn> for UnderlyingRustTuple<'_> {
                fn from(value: finalizeReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for finalizeReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl finalizeReturn {
            fn _tokenize(&self) -> <finalizeCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for finalizeCall {
            type Parameters<'a> = (ITaskBoard::Task,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = finalizeReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "finalize((address,address,uint256,uint256,uint64,uint32,uint32,uint32,address,uint16,bytes32,address,bytes32,bytes32))";
            const SELECTOR: [u8; 4] = [207u8, 232u8, 161u8, 143u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<ITaskBoard::Task as alloy_sol_types::SolType>::tokenize(&self.task),)
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                finalizeReturn::_tokenize(ret)
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
    /**Function with signature `getState(bytes32)` and selector `0x09648a9d`.
    ```solidity
    function getState(bytes32 id) external view returns (ITaskBoard.State memory);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getStateCall {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    ///Container type for the return parameters of the [`getState(bytes32)`](getStateCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getStateReturn {
        #[allow(missing_docs)]
        pub _0: <ITaskBoard::State as alloy::sol_types::SolType>::RustType,
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
            impl ::core::convert::From<getStateCall> for UnderlyingRustTuple<'_> {
                fn from(value: getStateCall) -> Self {
                    (value.id,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for getStateCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { id: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (ITaskBoard::State,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (<ITaskBoard::State as alloy::sol_types::SolType>::RustType,);
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
            impl ::core::convert::From<getStateReturn> for UnderlyingRustTuple<'_> {
                fn from(value: getStateReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for getStateReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for getStateCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = <ITaskBoard::State as alloy::sol_types::SolType>::RustType;
            type ReturnTuple<'a> = (ITaskBoard::State,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "getState(bytes32)";
            const SELECTOR: [u8; 4] = [9u8, 100u8, 138u8, 157u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(&self.id),)
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<ITaskBoard::State as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(|r| {
                    let r: getStateReturn = r.into();
                    r._0
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(|r| {
                    let r: getStateReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `owed(address,address)` and selector `0x28079e4a`.
    ```solidity
    function owed(address token, address account) external view returns (uint256);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct owedCall {
        #[allow(missing_docs)]
        pub token: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`owed(address,address)`](owedCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct owedReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address, alloy::sol_types::sol_data::Address);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address, alloy::sol_types::private::Address);
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
            impl ::core::convert::From<owedCall> for UnderlyingRustTuple<'_> {
                fn from(value: owedCall) -> Self {
                    (value.token, value.account)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for owedCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { token: tuple.0, account: tuple.1 }
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
            impl ::core::convert::From<owedReturn> for UnderlyingRustTuple<'_> {
                fn from(value: owedReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for owedReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for owedCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address, alloy::sol_types::sol_data::Address);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "owed(address,address)";
            const SELECTOR: [u8; 4] = [40u8, 7u8, 158u8, 74u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(&self.token),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(&self.account),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(|r| {
                    let r: owedReturn = r.into();
                    r._0
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(|r| {
                    let r: owedReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `post((address,address,uint256,uint256,uint64,uint32,uint32,uint32,address,uint16,bytes32,address,bytes32,bytes32),string)` and selector `0xbb2342d3`.
    ```solidity
    function post(ITaskBoard.Task memory task, string memory specURI) external payable returns (bytes32 id);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct postCall {
        #[allow(missing_docs)]
        pub task: <ITaskBoard::Task as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub specURI: alloy::sol_types::private::String,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`post((address,address,uint256,uint256,uint64,uint32,uint32,uint32,address,uint16,bytes32,address,bytes32,bytes32),string)`](postCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct postReturn {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (ITaskBoard::Task, alloy::sol_types::sol_data::String);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> =
                (<ITaskBoard::Task as alloy::sol_types::SolType>::RustType, alloy::sol_types::private::String);
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
            impl ::core::convert::From<postCall> for UnderlyingRustTuple<'_> {
                fn from(value: postCall) -> Self {
                    (value.task, value.specURI)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for postCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { task: tuple.0, specURI: tuple.1 }
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
            impl ::core::convert::From<postReturn> for UnderlyingRustTuple<'_> {
                fn from(value: postReturn) -> Self {
                    (value.id,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for postReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { id: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for postCall {
            type Parameters<'a> = (ITaskBoard::Task, alloy::sol_types::sol_data::String);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "post((address,address,uint256,uint256,uint64,uint32,uint32,uint32,address,uint16,bytes32,address,bytes32,bytes32),string)";
            const SELECTOR: [u8; 4] = [187u8, 35u8, 66u8, 211u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <ITaskBoard::Task as alloy_sol_types::SolType>::tokenize(&self.task),
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(&self.specURI),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(|r| {
                    let r: postReturn = r.into();
                    r.id
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(|r| {
                    let r: postReturn = r.into();
                    r.id
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `postWithAuthorization((address,address,uint256,uint256,uint64,uint32,uint32,uint32,address,uint16,bytes32,address,bytes32,bytes32),string,uint256,uint256,uint8,bytes32,bytes32)` and selector `0x12546fe3`.
    ```solidity
    function postWithAuthorization(ITaskBoard.Task memory task, string memory specURI, uint256 validAfter, uint256 validBefore, uint8 v, bytes32 r, bytes32 s) external returns (bytes32 id);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct postWithAuthorizationCall {
        #[allow(missing_docs)]
        pub task: <ITaskBoard::Task as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub specURI: alloy::sol_types::private::String,
        #[allow(missing_docs)]
        pub validAfter: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub validBefore: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub v: u8,
        #[allow(missing_docs)]
        pub r: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub s: alloy::sol_types::private::FixedBytes<32>,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`postWithAuthorization((address,address,uint256,uint256,uint64,uint32,uint32,uint32,address,uint16,bytes32,address,bytes32,bytes32),string,uint256,uint256,uint8,bytes32,bytes32)`](postWithAuthorizationCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct postWithAuthorizationReturn {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                ITaskBoard::Task,
                alloy::sol_types::sol_data::String,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <ITaskBoard::Task as alloy::sol_types::SolType>::RustType,
                alloy::sol_types::private::String,
                alloy::sol_types::private::primitives::aliases::U256,
                alloy::sol_types::private::primitives::aliases::U256,
                u8,
                alloy::sol_types::private::FixedBytes<32>,
                alloy::sol_types::private::FixedBytes<32>,
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
            impl ::core::convert::From<postWithAuthorizationCall> for UnderlyingRustTuple<'_> {
                fn from(value: postWithAuthorizationCall) -> Self {
                    (value.task, value.specURI, value.validAfter, value.validBefore, value.v, value.r, value.s)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for postWithAuthorizationCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        task: tuple.0,
                        specURI: tuple.1,
                        validAfter: tuple.2,
                        validBefore: tuple.3,
                        v: tuple.4,
                        r: tuple.5,
                        s: tuple.6,
                    }
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
            impl ::core::convert::From<postWithAuthorizationReturn> for UnderlyingRustTuple<'_> {
                fn from(value: postWithAuthorizationReturn) -> Self {
                    (value.id,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for postWithAuthorizationReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { id: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for postWithAuthorizationCall {
            type Parameters<'a> = (
                ITaskBoard::Task,
                alloy::sol_types::sol_data::String,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "postWithAuthorization((address,address,uint256,uint256,uint64,uint32,uint32,uint32,address,uint16,bytes32,address,bytes32,bytes32),string,uint256,uint256,uint8,bytes32,bytes32)";
            const SELECTOR: [u8; 4] = [18u8, 84u8, 111u8, 227u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <ITaskBoard::Task as alloy_sol_types::SolType>::tokenize(&self.task),
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(&self.specURI),
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(&self.validAfter),
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(&self.validBefore),
                    <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::SolType>::tokenize(&self.v),
                    <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(&self.r),
                    <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(&self.s),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(|r| {
                    let r: postWithAuthorizationReturn = r.into();
                    r.id
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(|r| {
                    let r: postWithAuthorizationReturn = r.into();
                    r.id
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `registry()` and selector `0x7b103999`.
    ```solidity
    function registry() external view returns (address);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct registryCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`registry()`](registryCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct registryReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::Address,
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
            impl ::core::convert::From<registryCall> for UnderlyingRustTuple<'_> {
                fn from(value: registryCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for registryCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
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
            impl ::core::convert::From<registryReturn> for UnderlyingRustTuple<'_> {
                fn from(value: registryReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for registryReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for registryCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Address;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "registry()";
            const SELECTOR: [u8; 4] = [123u8, 16u8, 57u8, 153u8];
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
                (<alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(|r| {
                    let r: registryReturn = r.into();
                    r._0
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(|r| {
                    let r: registryReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `reject((address,address,uint256,uint256,uint64,uint32,uint32,uint32,address,uint16,bytes32,address,bytes32,bytes32),bytes32)` and selector `0x16bae047`.
    ```solidity
    function reject(ITaskBoard.Task memory task, bytes32 reason) external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct rejectCall {
        #[allow(missing_docs)]
        pub task: <ITaskBoard::Task as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub reason: alloy::sol_types::private::FixedBytes<32>,
    }
    ///Container type for the return parameters of the [`reject((address,address,uint256,uint256,uint64,uint32,uint32,uint32,address,uint16,bytes32,address,bytes32,bytes32),bytes32)`](rejectCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct rejectReturn {}
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (ITaskBoard::Task, alloy::sol_types::sol_data::FixedBytes<32>);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> =
                (<ITaskBoard::Task as alloy::sol_types::SolType>::RustType, alloy::sol_types::private::FixedBytes<32>);
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
            impl ::core::convert::From<rejectCall> for UnderlyingRustTuple<'_> {
                fn from(value: rejectCall) -> Self {
                    (value.task, value.reason)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for rejectCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { task: tuple.0, reason: tuple.1 }
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
            impl ::core::convert::From<rejectReturn> for UnderlyingRustTuple<'_> {
                fn from(value: rejectReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for rejectReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl rejectReturn {
            fn _tokenize(&self) -> <rejectCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for rejectCall {
            type Parameters<'a> = (ITaskBoard::Task, alloy::sol_types::sol_data::FixedBytes<32>);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = rejectReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "reject((address,address,uint256,uint256,uint64,uint32,uint32,uint32,address,uint16,bytes32,address,bytes32,bytes32),bytes32)";
            const SELECTOR: [u8; 4] = [22u8, 186u8, 224u8, 71u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <ITaskBoard::Task as alloy_sol_types::SolType>::tokenize(&self.task),
                    <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(&self.reason),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                rejectReturn::_tokenize(ret)
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
    /**Function with signature `reopen((address,address,uint256,uint256,uint64,uint32,uint32,uint32,address,uint16,bytes32,address,bytes32,bytes32))` and selector `0x60f5bcfb`.
    ```solidity
    function reopen(ITaskBoard.Task memory task) external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct reopenCall {
        #[allow(missing_docs)]
        pub task: <ITaskBoard::Task as alloy::sol_types::SolType>::RustType,
    }
    ///Container type for the return parameters of the [`reopen((address,address,uint256,uint256,uint64,uint32,uint32,uint32,address,uint16,bytes32,address,bytes32,bytes32))`](reopenCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct reopenReturn {}
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (ITaskBoard::Task,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (<ITaskBoard::Task as alloy::sol_types::SolType>::RustType,);
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
            impl ::core::convert::From<reopenCall> for UnderlyingRustTuple<'_> {
                fn from(value: reopenCall) -> Self {
                    (value.task,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for reopenCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { task: tuple.0 }
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
            impl ::core::convert::From<reopenReturn> for UnderlyingRustTuple<'_> {
                fn from(value: reopenReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for reopenReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl reopenReturn {
            fn _tokenize(&self) -> <reopenCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for reopenCall {
            type Parameters<'a> = (ITaskBoard::Task,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = reopenReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "reopen((address,address,uint256,uint256,uint64,uint32,uint32,uint32,address,uint16,bytes32,address,bytes32,bytes32))";
            const SELECTOR: [u8; 4] = [96u8, 245u8, 188u8, 251u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<ITaskBoard::Task as alloy_sol_types::SolType>::tokenize(&self.task),)
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                reopenReturn::_tokenize(ret)
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
    /**Function with signature `resolve((address,address,uint256,uint256,uint64,uint32,uint32,uint32,address,uint16,bytes32,address,bytes32,bytes32),uint256)` and selector `0xf180422c`.
    ```solidity
    function resolve(ITaskBoard.Task memory task, uint256 toWorker) external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct resolveCall {
        #[allow(missing_docs)]
        pub task: <ITaskBoard::Task as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub toWorker: alloy::sol_types::private::primitives::aliases::U256,
    }
    ///Container type for the return parameters of the [`resolve((address,address,uint256,uint256,uint64,uint32,uint32,uint32,address,uint16,bytes32,address,bytes32,bytes32),uint256)`](resolveCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct resolveReturn {}
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (ITaskBoard::Task, alloy::sol_types::sol_data::Uint<256>);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <ITaskBoard::Task as alloy::sol_types::SolType>::RustType,
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
            impl ::core::convert::From<resolveCall> for UnderlyingRustTuple<'_> {
                fn from(value: resolveCall) -> Self {
                    (value.task, value.toWorker)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for resolveCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { task: tuple.0, toWorker: tuple.1 }
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
            impl ::core::convert::From<resolveReturn> for UnderlyingRustTuple<'_> {
                fn from(value: resolveReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for resolveReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl resolveReturn {
            fn _tokenize(&self) -> <resolveCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for resolveCall {
            type Parameters<'a> = (ITaskBoard::Task, alloy::sol_types::sol_data::Uint<256>);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = resolveReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "resolve((address,address,uint256,uint256,uint64,uint32,uint32,uint32,address,uint16,bytes32,address,bytes32,bytes32),uint256)";
            const SELECTOR: [u8; 4] = [241u8, 128u8, 66u8, 44u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <ITaskBoard::Task as alloy_sol_types::SolType>::tokenize(&self.task),
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(&self.toWorker),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                resolveReturn::_tokenize(ret)
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
    /**Function with signature `submit((address,address,uint256,uint256,uint64,uint32,uint32,uint32,address,uint16,bytes32,address,bytes32,bytes32),bytes32,string)` and selector `0x0a4352dd`.
    ```solidity
    function submit(ITaskBoard.Task memory task, bytes32 resultHash, string memory resultURI) external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct submitCall {
        #[allow(missing_docs)]
        pub task: <ITaskBoard::Task as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub resultHash: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub resultURI: alloy::sol_types::private::String,
    }
    ///Container type for the return parameters of the [`submit((address,address,uint256,uint256,uint64,uint32,uint32,uint32,address,uint16,bytes32,address,bytes32,bytes32),bytes32,string)`](submitCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct submitReturn {}
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> =
                (ITaskBoard::Task, alloy::sol_types::sol_data::FixedBytes<32>, alloy::sol_types::sol_data::String);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <ITaskBoard::Task as alloy::sol_types::SolType>::RustType,
                alloy::sol_types::private::FixedBytes<32>,
                alloy::sol_types::private::String,
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
            impl ::core::convert::From<submitCall> for UnderlyingRustTuple<'_> {
                fn from(value: submitCall) -> Self {
                    (value.task, value.resultHash, value.resultURI)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for submitCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { task: tuple.0, resultHash: tuple.1, resultURI: tuple.2 }
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
            impl ::core::convert::From<submitReturn> for UnderlyingRustTuple<'_> {
                fn from(value: submitReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for submitReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl submitReturn {
            fn _tokenize(&self) -> <submitCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for submitCall {
            type Parameters<'a> =
                (ITaskBoard::Task, alloy::sol_types::sol_data::FixedBytes<32>, alloy::sol_types::sol_data::String);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = submitReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "submit((address,address,uint256,uint256,uint64,uint32,uint32,uint32,address,uint16,bytes32,address,bytes32,bytes32),bytes32,string)";
            const SELECTOR: [u8; 4] = [10u8, 67u8, 82u8, 221u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <ITaskBoard::Task as alloy_sol_types::SolType>::tokenize(&self.task),
                    <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(
                        &self.resultHash,
                    ),
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(&self.resultURI),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                submitReturn::_tokenize(ret)
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
    /**Function with signature `taskId((address,address,uint256,uint256,uint64,uint32,uint32,uint32,address,uint16,bytes32,address,bytes32,bytes32))` and selector `0x668f263b`.
    ```solidity
    function taskId(ITaskBoard.Task memory task) external view returns (bytes32);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct taskIdCall {
        #[allow(missing_docs)]
        pub task: <ITaskBoard::Task as alloy::sol_types::SolType>::RustType,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`taskId((address,address,uint256,uint256,uint64,uint32,uint32,uint32,address,uint16,bytes32,address,bytes32,bytes32))`](taskIdCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct taskIdReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (ITaskBoard::Task,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (<ITaskBoard::Task as alloy::sol_types::SolType>::RustType,);
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
            impl ::core::convert::From<taskIdCall> for UnderlyingRustTuple<'_> {
                fn from(value: taskIdCall) -> Self {
                    (value.task,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for taskIdCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { task: tuple.0 }
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
            impl ::core::convert::From<taskIdReturn> for UnderlyingRustTuple<'_> {
                fn from(value: taskIdReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for taskIdReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for taskIdCall {
            type Parameters<'a> = (ITaskBoard::Task,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "taskId((address,address,uint256,uint256,uint64,uint32,uint32,uint32,address,uint16,bytes32,address,bytes32,bytes32))";
            const SELECTOR: [u8; 4] = [102u8, 143u8, 38u8, 59u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<ITaskBoard::Task as alloy_sol_types::SolType>::tokenize(&self.task),)
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(|r| {
                    let r: taskIdReturn = r.into();
                    r._0
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(|r| {
                    let r: taskIdReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `unclaim((address,address,uint256,uint256,uint64,uint32,uint32,uint32,address,uint16,bytes32,address,bytes32,bytes32))` and selector `0x8e9b9aeb`.
    ```solidity
    function unclaim(ITaskBoard.Task memory task) external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct unclaimCall {
        #[allow(missing_docs)]
        pub task: <ITaskBoard::Task as alloy::sol_types::SolType>::RustType,
    }
    ///Container type for the return parameters of the [`unclaim((address,address,uint256,uint256,uint64,uint32,uint32,uint32,address,uint16,bytes32,address,bytes32,bytes32))`](unclaimCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct unclaimReturn {}
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (ITaskBoard::Task,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (<ITaskBoard::Task as alloy::sol_types::SolType>::RustType,);
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
            impl ::core::convert::From<unclaimCall> for UnderlyingRustTuple<'_> {
                fn from(value: unclaimCall) -> Self {
                    (value.task,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for unclaimCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { task: tuple.0 }
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
            impl ::core::convert::From<unclaimReturn> for UnderlyingRustTuple<'_> {
                fn from(value: unclaimReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for unclaimReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl unclaimReturn {
            fn _tokenize(&self) -> <unclaimCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for unclaimCall {
            type Parameters<'a> = (ITaskBoard::Task,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = unclaimReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "unclaim((address,address,uint256,uint256,uint64,uint32,uint32,uint32,address,uint16,bytes32,address,bytes32,bytes32))";
            const SELECTOR: [u8; 4] = [142u8, 155u8, 154u8, 235u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<ITaskBoard::Task as alloy_sol_types::SolType>::tokenize(&self.task),)
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                unclaimReturn::_tokenize(ret)
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
    /**Function with signature `withdraw(address)` and selector `0x51cff8d9`.
    ```solidity
    function withdraw(address token) external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct withdrawCall {
        #[allow(missing_docs)]
        pub token: alloy::sol_types::private::Address,
    }
    ///Container type for the return parameters of the [`withdraw(address)`](withdrawCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct withdrawReturn {}
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
            impl ::core::convert::From<withdrawCall> for UnderlyingRustTuple<'_> {
                fn from(value: withdrawCall) -> Self {
                    (value.token,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for withdrawCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { token: tuple.0 }
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
            impl ::core::convert::From<withdrawReturn> for UnderlyingRustTuple<'_> {
                fn from(value: withdrawReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for withdrawReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl withdrawReturn {
            fn _tokenize(&self) -> <withdrawCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for withdrawCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = withdrawReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "withdraw(address)";
            const SELECTOR: [u8; 4] = [81u8, 207u8, 248u8, 217u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(&self.token),)
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                withdrawReturn::_tokenize(ret)
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
    ///Container for all the [`TaskBoard`](self) function calls.
    #[derive(Clone, serde::Serialize, serde::Deserialize)]
    pub enum TaskBoardCalls {
        #[allow(missing_docs)]
        ARBITRATION_PERIOD(ARBITRATION_PERIODCall),
        #[allow(missing_docs)]
        accept(acceptCall),
        #[allow(missing_docs)]
        acceptByValidation(acceptByValidationCall),
        #[allow(missing_docs)]
        cancel(cancelCall),
        #[allow(missing_docs)]
        claim(claimCall),
        #[allow(missing_docs)]
        close(closeCall),
        #[allow(missing_docs)]
        dispute(disputeCall),
        #[allow(missing_docs)]
        finalize(finalizeCall),
        #[allow(missing_docs)]
        getState(getStateCall),
        #[allow(missing_docs)]
        owed(owedCall),
        #[allow(missing_docs)]
        post(postCall),
        #[allow(missing_docs)]
        postWithAuthorization(postWithAuthorizationCall),
        #[allow(missing_docs)]
        registry(registryCall),
        #[allow(missing_docs)]
        reject(rejectCall),
        #[allow(missing_docs)]
        reopen(reopenCall),
        #[allow(missing_docs)]
        resolve(resolveCall),
        #[allow(missing_docs)]
        submit(submitCall),
        #[allow(missing_docs)]
        taskId(taskIdCall),
        #[allow(missing_docs)]
        unclaim(unclaimCall),
        #[allow(missing_docs)]
        withdraw(withdrawCall),
    }
    impl TaskBoardCalls {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 4usize]] = &[
            [9u8, 5u8, 250u8, 22u8],
            [9u8, 100u8, 138u8, 157u8],
            [10u8, 67u8, 82u8, 221u8],
            [18u8, 84u8, 111u8, 227u8],
            [22u8, 186u8, 224u8, 71u8],
            [40u8, 7u8, 158u8, 74u8],
            [56u8, 10u8, 4u8, 26u8],
            [66u8, 210u8, 50u8, 118u8],
            [81u8, 207u8, 248u8, 217u8],
            [96u8, 245u8, 188u8, 251u8],
            [102u8, 143u8, 38u8, 59u8],
            [123u8, 16u8, 57u8, 153u8],
            [142u8, 155u8, 154u8, 235u8],
            [144u8, 237u8, 244u8, 220u8],
            [157u8, 138u8, 134u8, 102u8],
            [187u8, 35u8, 66u8, 211u8],
            [201u8, 216u8, 239u8, 141u8],
            [204u8, 157u8, 14u8, 46u8],
            [207u8, 232u8, 161u8, 143u8],
            [241u8, 128u8, 66u8, 44u8],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(dispute),
            ::core::stringify!(getState),
            ::core::stringify!(submit),
            ::core::stringify!(postWithAuthorization),
            ::core::stringify!(reject),
            ::core::stringify!(owed),
            ::core::stringify!(acceptByValidation),
            ::core::stringify!(accept),
            ::core::stringify!(withdraw),
            ::core::stringify!(reopen),
            ::core::stringify!(taskId),
            ::core::stringify!(registry),
            ::core::stringify!(unclaim),
            ::core::stringify!(close),
            ::core::stringify!(ARBITRATION_PERIOD),
            ::core::stringify!(post),
            ::core::stringify!(cancel),
            ::core::stringify!(claim),
            ::core::stringify!(finalize),
            ::core::stringify!(resolve),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <disputeCall as alloy_sol_types::SolCall>::SIGNATURE,
            <getStateCall as alloy_sol_types::SolCall>::SIGNATURE,
            <submitCall as alloy_sol_types::SolCall>::SIGNATURE,
            <postWithAuthorizationCall as alloy_sol_types::SolCall>::SIGNATURE,
            <rejectCall as alloy_sol_types::SolCall>::SIGNATURE,
            <owedCall as alloy_sol_types::SolCall>::SIGNATURE,
            <acceptByValidationCall as alloy_sol_types::SolCall>::SIGNATURE,
            <acceptCall as alloy_sol_types::SolCall>::SIGNATURE,
            <withdrawCall as alloy_sol_types::SolCall>::SIGNATURE,
            <reopenCall as alloy_sol_types::SolCall>::SIGNATURE,
            <taskIdCall as alloy_sol_types::SolCall>::SIGNATURE,
            <registryCall as alloy_sol_types::SolCall>::SIGNATURE,
            <unclaimCall as alloy_sol_types::SolCall>::SIGNATURE,
            <closeCall as alloy_sol_types::SolCall>::SIGNATURE,
            <ARBITRATION_PERIODCall as alloy_sol_types::SolCall>::SIGNATURE,
            <postCall as alloy_sol_types::SolCall>::SIGNATURE,
            <cancelCall as alloy_sol_types::SolCall>::SIGNATURE,
            <claimCall as alloy_sol_types::SolCall>::SIGNATURE,
            <finalizeCall as alloy_sol_types::SolCall>::SIGNATURE,
            <resolveCall as alloy_sol_types::SolCall>::SIGNATURE,
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
    impl alloy_sol_types::SolInterface for TaskBoardCalls {
        const NAME: &'static str = "TaskBoardCalls";
        const MIN_DATA_LENGTH: usize = 0usize;
        const COUNT: usize = 20usize;
        #[inline]
        fn selector(&self) -> [u8; 4] {
            match self {
                Self::ARBITRATION_PERIOD(_) => <ARBITRATION_PERIODCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::accept(_) => <acceptCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::acceptByValidation(_) => <acceptByValidationCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::cancel(_) => <cancelCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::claim(_) => <claimCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::close(_) => <closeCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::dispute(_) => <disputeCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::finalize(_) => <finalizeCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::getState(_) => <getStateCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::owed(_) => <owedCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::post(_) => <postCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::postWithAuthorization(_) => <postWithAuthorizationCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::registry(_) => <registryCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::reject(_) => <rejectCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::reopen(_) => <reopenCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::resolve(_) => <resolveCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::submit(_) => <submitCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::taskId(_) => <taskIdCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::unclaim(_) => <unclaimCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::withdraw(_) => <withdrawCall as alloy_sol_types::SolCall>::SELECTOR,
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
            static DECODE_SHIMS: &[fn(&[u8]) -> alloy_sol_types::Result<TaskBoardCalls>] = &[
                {
                    fn dispute(data: &[u8]) -> alloy_sol_types::Result<TaskBoardCalls> {
                        <disputeCall as alloy_sol_types::SolCall>::abi_decode_raw(data).map(TaskBoardCalls::dispute)
                    }
                    dispute
                },
                {
                    fn getState(data: &[u8]) -> alloy_sol_types::Result<TaskBoardCalls> {
                        <getStateCall as alloy_sol_types::SolCall>::abi_decode_raw(data).map(TaskBoardCalls::getState)
                    }
                    getState
                },
                {
                    fn submit(data: &[u8]) -> alloy_sol_types::Result<TaskBoardCalls> {
                        <submitCall as alloy_sol_types::SolCall>::abi_decode_raw(data).map(TaskBoardCalls::submit)
                    }
                    submit
                },
                {
                    fn postWithAuthorization(data: &[u8]) -> alloy_sol_types::Result<TaskBoardCalls> {
                        <postWithAuthorizationCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(TaskBoardCalls::postWithAuthorization)
                    }
                    postWithAuthorization
                },
                {
                    fn reject(data: &[u8]) -> alloy_sol_types::Result<TaskBoardCalls> {
                        <rejectCall as alloy_sol_types::SolCall>::abi_decode_raw(data).map(TaskBoardCalls::reject)
                    }
                    reject
                },
                {
                    fn owed(data: &[u8]) -> alloy_sol_types::Result<TaskBoardCalls> {
                        <owedCall as alloy_sol_types::SolCall>::abi_decode_raw(data).map(TaskBoardCalls::owed)
                    }
                    owed
                },
                {
                    fn acceptByValidation(data: &[u8]) -> alloy_sol_types::Result<TaskBoardCalls> {
                        <acceptByValidationCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(TaskBoardCalls::acceptByValidation)
                    }
                    acceptByValidation
                },
                {
                    fn accept(data: &[u8]) -> alloy_sol_types::Result<TaskBoardCalls> {
                        <acceptCall as alloy_sol_types::SolCall>::abi_decode_raw(data).map(TaskBoardCalls::accept)
                    }
                    accept
                },
                {
                    fn withdraw(data: &[u8]) -> alloy_sol_types::Result<TaskBoardCalls> {
                        <withdrawCall as alloy_sol_types::SolCall>::abi_decode_raw(data).map(TaskBoardCalls::withdraw)
                    }
                    withdraw
                },
                {
                    fn reopen(data: &[u8]) -> alloy_sol_types::Result<TaskBoardCalls> {
                        <reopenCall as alloy_sol_types::SolCall>::abi_decode_raw(data).map(TaskBoardCalls::reopen)
                    }
                    reopen
                },
                {
                    fn taskId(data: &[u8]) -> alloy_sol_types::Result<TaskBoardCalls> {
                        <taskIdCall as alloy_sol_types::SolCall>::abi_decode_raw(data).map(TaskBoardCalls::taskId)
                    }
                    taskId
                },
                {
                    fn registry(data: &[u8]) -> alloy_sol_types::Result<TaskBoardCalls> {
                        <registryCall as alloy_sol_types::SolCall>::abi_decode_raw(data).map(TaskBoardCalls::registry)
                    }
                    registry
                },
                {
                    fn unclaim(data: &[u8]) -> alloy_sol_types::Result<TaskBoardCalls> {
                        <unclaimCall as alloy_sol_types::SolCall>::abi_decode_raw(data).map(TaskBoardCalls::unclaim)
                    }
                    unclaim
                },
                {
                    fn close(data: &[u8]) -> alloy_sol_types::Result<TaskBoardCalls> {
                        <closeCall as alloy_sol_types::SolCall>::abi_decode_raw(data).map(TaskBoardCalls::close)
                    }
                    close
                },
                {
                    fn ARBITRATION_PERIOD(data: &[u8]) -> alloy_sol_types::Result<TaskBoardCalls> {
                        <ARBITRATION_PERIODCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(TaskBoardCalls::ARBITRATION_PERIOD)
                    }
                    ARBITRATION_PERIOD
                },
                {
                    fn post(data: &[u8]) -> alloy_sol_types::Result<TaskBoardCalls> {
                        <postCall as alloy_sol_types::SolCall>::abi_decode_raw(data).map(TaskBoardCalls::post)
                    }
                    post
                },
                {
                    fn cancel(data: &[u8]) -> alloy_sol_types::Result<TaskBoardCalls> {
                        <cancelCall as alloy_sol_types::SolCall>::abi_decode_raw(data).map(TaskBoardCalls::cancel)
                    }
                    cancel
                },
                {
                    fn claim(data: &[u8]) -> alloy_sol_types::Result<TaskBoardCalls> {
                        <claimCall as alloy_sol_types::SolCall>::abi_decode_raw(data).map(TaskBoardCalls::claim)
                    }
                    claim
                },
                {
                    fn finalize(data: &[u8]) -> alloy_sol_types::Result<TaskBoardCalls> {
                        <finalizeCall as alloy_sol_types::SolCall>::abi_decode_raw(data).map(TaskBoardCalls::finalize)
                    }
                    finalize
                },
                {
                    fn resolve(data: &[u8]) -> alloy_sol_types::Result<TaskBoardCalls> {
                        <resolveCall as alloy_sol_types::SolCall>::abi_decode_raw(data).map(TaskBoardCalls::resolve)
                    }
                    resolve
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
            static DECODE_VALIDATE_SHIMS: &[fn(&[u8]) -> alloy_sol_types::Result<TaskBoardCalls>] = &[
                {
                    fn dispute(data: &[u8]) -> alloy_sol_types::Result<TaskBoardCalls> {
                        <disputeCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(TaskBoardCalls::dispute)
                    }
                    dispute
                },
                {
                    fn getState(data: &[u8]) -> alloy_sol_types::Result<TaskBoardCalls> {
                        <getStateCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(TaskBoardCalls::getState)
                    }
                    getState
                },
                {
                    fn submit(data: &[u8]) -> alloy_sol_types::Result<TaskBoardCalls> {
                        <submitCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(TaskBoardCalls::submit)
                    }
                    submit
                },
                {
                    fn postWithAuthorization(data: &[u8]) -> alloy_sol_types::Result<TaskBoardCalls> {
                        <postWithAuthorizationCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(TaskBoardCalls::postWithAuthorization)
                    }
                    postWithAuthorization
                },
                {
                    fn reject(data: &[u8]) -> alloy_sol_types::Result<TaskBoardCalls> {
                        <rejectCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(TaskBoardCalls::reject)
                    }
                    reject
                },
                {
                    fn owed(data: &[u8]) -> alloy_sol_types::Result<TaskBoardCalls> {
                        <owedCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data).map(TaskBoardCalls::owed)
                    }
                    owed
                },
                {
                    fn acceptByValidation(data: &[u8]) -> alloy_sol_types::Result<TaskBoardCalls> {
                        <acceptByValidationCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(TaskBoardCalls::acceptByValidation)
                    }
                    acceptByValidation
                },
                {
                    fn accept(data: &[u8]) -> alloy_sol_types::Result<TaskBoardCalls> {
                        <acceptCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(TaskBoardCalls::accept)
                    }
                    accept
                },
                {
                    fn withdraw(data: &[u8]) -> alloy_sol_types::Result<TaskBoardCalls> {
                        <withdrawCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(TaskBoardCalls::withdraw)
                    }
                    withdraw
                },
                {
                    fn reopen(data: &[u8]) -> alloy_sol_types::Result<TaskBoardCalls> {
                        <reopenCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(TaskBoardCalls::reopen)
                    }
                    reopen
                },
                {
                    fn taskId(data: &[u8]) -> alloy_sol_types::Result<TaskBoardCalls> {
                        <taskIdCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(TaskBoardCalls::taskId)
                    }
                    taskId
                },
                {
                    fn registry(data: &[u8]) -> alloy_sol_types::Result<TaskBoardCalls> {
                        <registryCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(TaskBoardCalls::registry)
                    }
                    registry
                },
                {
                    fn unclaim(data: &[u8]) -> alloy_sol_types::Result<TaskBoardCalls> {
                        <unclaimCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(TaskBoardCalls::unclaim)
                    }
                    unclaim
                },
                {
                    fn close(data: &[u8]) -> alloy_sol_types::Result<TaskBoardCalls> {
                        <closeCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(TaskBoardCalls::close)
                    }
                    close
                },
                {
                    fn ARBITRATION_PERIOD(data: &[u8]) -> alloy_sol_types::Result<TaskBoardCalls> {
                        <ARBITRATION_PERIODCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(TaskBoardCalls::ARBITRATION_PERIOD)
                    }
                    ARBITRATION_PERIOD
                },
                {
                    fn post(data: &[u8]) -> alloy_sol_types::Result<TaskBoardCalls> {
                        <postCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data).map(TaskBoardCalls::post)
                    }
                    post
                },
                {
                    fn cancel(data: &[u8]) -> alloy_sol_types::Result<TaskBoardCalls> {
                        <cancelCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(TaskBoardCalls::cancel)
                    }
                    cancel
                },
                {
                    fn claim(data: &[u8]) -> alloy_sol_types::Result<TaskBoardCalls> {
                        <claimCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(TaskBoardCalls::claim)
                    }
                    claim
                },
                {
                    fn finalize(data: &[u8]) -> alloy_sol_types::Result<TaskBoardCalls> {
                        <finalizeCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(TaskBoardCalls::finalize)
                    }
                    finalize
                },
                {
                    fn resolve(data: &[u8]) -> alloy_sol_types::Result<TaskBoardCalls> {
                        <resolveCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(TaskBoardCalls::resolve)
                    }
                    resolve
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
                Self::ARBITRATION_PERIOD(inner) => {
                    <ARBITRATION_PERIODCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::accept(inner) => <acceptCall as alloy_sol_types::SolCall>::abi_encoded_size(inner),
                Self::acceptByValidation(inner) => {
                    <acceptByValidationCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::cancel(inner) => <cancelCall as alloy_sol_types::SolCall>::abi_encoded_size(inner),
                Self::claim(inner) => <claimCall as alloy_sol_types::SolCall>::abi_encoded_size(inner),
                Self::close(inner) => <closeCall as alloy_sol_types::SolCall>::abi_encoded_size(inner),
                Self::dispute(inner) => <disputeCall as alloy_sol_types::SolCall>::abi_encoded_size(inner),
                Self::finalize(inner) => <finalizeCall as alloy_sol_types::SolCall>::abi_encoded_size(inner),
                Self::getState(inner) => <getStateCall as alloy_sol_types::SolCall>::abi_encoded_size(inner),
                Self::owed(inner) => <owedCall as alloy_sol_types::SolCall>::abi_encoded_size(inner),
                Self::post(inner) => <postCall as alloy_sol_types::SolCall>::abi_encoded_size(inner),
                Self::postWithAuthorization(inner) => {
                    <postWithAuthorizationCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::registry(inner) => <registryCall as alloy_sol_types::SolCall>::abi_encoded_size(inner),
                Self::reject(inner) => <rejectCall as alloy_sol_types::SolCall>::abi_encoded_size(inner),
                Self::reopen(inner) => <reopenCall as alloy_sol_types::SolCall>::abi_encoded_size(inner),
                Self::resolve(inner) => <resolveCall as alloy_sol_types::SolCall>::abi_encoded_size(inner),
                Self::submit(inner) => <submitCall as alloy_sol_types::SolCall>::abi_encoded_size(inner),
                Self::taskId(inner) => <taskIdCall as alloy_sol_types::SolCall>::abi_encoded_size(inner),
                Self::unclaim(inner) => <unclaimCall as alloy_sol_types::SolCall>::abi_encoded_size(inner),
                Self::withdraw(inner) => <withdrawCall as alloy_sol_types::SolCall>::abi_encoded_size(inner),
            }
        }
        #[inline]
        fn abi_encode_raw(&self, out: &mut alloy_sol_types::private::Vec<u8>) {
            match self {
                Self::ARBITRATION_PERIOD(inner) => {
                    <ARBITRATION_PERIODCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::accept(inner) => <acceptCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out),
                Self::acceptByValidation(inner) => {
                    <acceptByValidationCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::cancel(inner) => <cancelCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out),
                Self::claim(inner) => <claimCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out),
                Self::close(inner) => <closeCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out),
                Self::dispute(inner) => <disputeCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out),
                Self::finalize(inner) => <finalizeCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out),
                Self::getState(inner) => <getStateCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out),
                Self::owed(inner) => <owedCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out),
                Self::post(inner) => <postCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out),
                Self::postWithAuthorization(inner) => {
                    <postWithAuthorizationCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::registry(inner) => <registryCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out),
                Self::reject(inner) => <rejectCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out),
                Self::reopen(inner) => <reopenCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out),
                Self::resolve(inner) => <resolveCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out),
                Self::submit(inner) => <submitCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out),
                Self::taskId(inner) => <taskIdCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out),
                Self::unclaim(inner) => <unclaimCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out),
                Self::withdraw(inner) => <withdrawCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out),
            }
        }
    }
    ///Container for all the [`TaskBoard`](self) custom errors.
    #[derive(Clone, serde::Serialize, serde::Deserialize, Debug, PartialEq, Eq, Hash)]
    pub enum TaskBoardErrors {
        #[allow(missing_docs)]
        PayoutsFeeOnTransfer(PayoutsFeeOnTransfer),
        #[allow(missing_docs)]
        PayoutsNothingOwed(PayoutsNothingOwed),
        #[allow(missing_docs)]
        PayoutsWithdrawFailed(PayoutsWithdrawFailed),
        #[allow(missing_docs)]
        PayoutsWrongValue(PayoutsWrongValue),
        #[allow(missing_docs)]
        ReentrancyGuardReentrantCall(ReentrancyGuardReentrantCall),
        #[allow(missing_docs)]
        SafeERC20FailedOperation(SafeERC20FailedOperation),
        #[allow(missing_docs)]
        TaskBoardInvalidSplit(TaskBoardInvalidSplit),
        #[allow(missing_docs)]
        TaskBoardInvalidTerms(TaskBoardInvalidTerms),
        #[allow(missing_docs)]
        TaskBoardNoArbiter(TaskBoardNoArbiter),
        #[allow(missing_docs)]
        TaskBoardNoValidation(TaskBoardNoValidation),
        #[allow(missing_docs)]
        TaskBoardProofRejected(TaskBoardProofRejected),
        #[allow(missing_docs)]
        TaskBoardTaskExists(TaskBoardTaskExists),
        #[allow(missing_docs)]
        TaskBoardTooEarly(TaskBoardTooEarly),
        #[allow(missing_docs)]
        TaskBoardTooLate(TaskBoardTooLate),
        #[allow(missing_docs)]
        TaskBoardUnauthorized(TaskBoardUnauthorized),
        #[allow(missing_docs)]
        TaskBoardWrongStatus(TaskBoardWrongStatus),
    }
    impl TaskBoardErrors {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 4usize]] = &[
            [40u8, 70u8, 41u8, 46u8],
            [52u8, 52u8, 66u8, 50u8],
            [62u8, 229u8, 174u8, 181u8],
            [67u8, 33u8, 29u8, 194u8],
            [82u8, 116u8, 175u8, 231u8],
            [92u8, 147u8, 121u8, 61u8],
            [93u8, 117u8, 216u8, 197u8],
            [94u8, 154u8, 200u8, 216u8],
            [119u8, 210u8, 98u8, 112u8],
            [141u8, 200u8, 78u8, 254u8],
            [150u8, 152u8, 30u8, 100u8],
            [164u8, 246u8, 237u8, 132u8],
            [170u8, 3u8, 141u8, 47u8],
            [170u8, 217u8, 223u8, 228u8],
            [192u8, 100u8, 49u8, 25u8],
            [228u8, 209u8, 70u8, 74u8],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(PayoutsWrongValue),
            ::core::stringify!(TaskBoardTaskExists),
            ::core::stringify!(ReentrancyGuardReentrantCall),
            ::core::stringify!(TaskBoardNoArbiter),
            ::core::stringify!(SafeERC20FailedOperation),
            ::core::stringify!(TaskBoardUnauthorized),
            ::core::stringify!(TaskBoardInvalidSplit),
            ::core::stringify!(TaskBoardTooEarly),
            ::core::stringify!(PayoutsNothingOwed),
            ::core::stringify!(TaskBoardProofRejected),
            ::core::stringify!(PayoutsFeeOnTransfer),
            ::core::stringify!(PayoutsWithdrawFailed),
            ::core::stringify!(TaskBoardWrongStatus),
            ::core::stringify!(TaskBoardTooLate),
            ::core::stringify!(TaskBoardInvalidTerms),
            ::core::stringify!(TaskBoardNoValidation),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <PayoutsWrongValue as alloy_sol_types::SolError>::SIGNATURE,
            <TaskBoardTaskExists as alloy_sol_types::SolError>::SIGNATURE,
            <ReentrancyGuardReentrantCall as alloy_sol_types::SolError>::SIGNATURE,
            <TaskBoardNoArbiter as alloy_sol_types::SolError>::SIGNATURE,
            <SafeERC20FailedOperation as alloy_sol_types::SolError>::SIGNATURE,
            <TaskBoardUnauthorized as alloy_sol_types::SolError>::SIGNATURE,
            <TaskBoardInvalidSplit as alloy_sol_types::SolError>::SIGNATURE,
            <TaskBoardTooEarly as alloy_sol_types::SolError>::SIGNATURE,
            <PayoutsNothingOwed as alloy_sol_types::SolError>::SIGNATURE,
            <TaskBoardProofRejected as alloy_sol_types::SolError>::SIGNATURE,
            <PayoutsFeeOnTransfer as alloy_sol_types::SolError>::SIGNATURE,
            <PayoutsWithdrawFailed as alloy_sol_types::SolError>::SIGNATURE,
            <TaskBoardWrongStatus as alloy_sol_types::SolError>::SIGNATURE,
            <TaskBoardTooLate as alloy_sol_types::SolError>::SIGNATURE,
            <TaskBoardInvalidTerms as alloy_sol_types::SolError>::SIGNATURE,
            <TaskBoardNoValidation as alloy_sol_types::SolError>::SIGNATURE,
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
    impl alloy_sol_types::SolInterface for TaskBoardErrors {
        const NAME: &'static str = "TaskBoardErrors";
        const MIN_DATA_LENGTH: usize = 0usize;
        const COUNT: usize = 16usize;
        #[inline]
        fn selector(&self) -> [u8; 4] {
            match self {
                Self::PayoutsFeeOnTransfer(_) => <PayoutsFeeOnTransfer as alloy_sol_types::SolError>::SELECTOR,
                Self::PayoutsNothingOwed(_) => <PayoutsNothingOwed as alloy_sol_types::SolError>::SELECTOR,
                Self::PayoutsWithdrawFailed(_) => <PayoutsWithdrawFailed as alloy_sol_types::SolError>::SELECTOR,
                Self::PayoutsWrongValue(_) => <PayoutsWrongValue as alloy_sol_types::SolError>::SELECTOR,
                Self::ReentrancyGuardReentrantCall(_) => {
                    <ReentrancyGuardReentrantCall as alloy_sol_types::SolError>::SELECTOR
                }
                Self::SafeERC20FailedOperation(_) => <SafeERC20FailedOperation as alloy_sol_types::SolError>::SELECTOR,
                Self::TaskBoardInvalidSplit(_) => <TaskBoardInvalidSplit as alloy_sol_types::SolError>::SELECTOR,
                Self::TaskBoardInvalidTerms(_) => <TaskBoardInvalidTerms as alloy_sol_types::SolError>::SELECTOR,
                Self::TaskBoardNoArbiter(_) => <TaskBoardNoArbiter as alloy_sol_types::SolError>::SELECTOR,
                Self::TaskBoardNoValidation(_) => <TaskBoardNoValidation as alloy_sol_types::SolError>::SELECTOR,
                Self::TaskBoardProofRejected(_) => <TaskBoardProofRejected as alloy_sol_types::SolError>::SELECTOR,
                Self::TaskBoardTaskExists(_) => <TaskBoardTaskExists as alloy_sol_types::SolError>::SELECTOR,
                Self::TaskBoardTooEarly(_) => <TaskBoardTooEarly as alloy_sol_types::SolError>::SELECTOR,
                Self::TaskBoardTooLate(_) => <TaskBoardTooLate as alloy_sol_types::SolError>::SELECTOR,
                Self::TaskBoardUnauthorized(_) => <TaskBoardUnauthorized as alloy_sol_types::SolError>::SELECTOR,
                Self::TaskBoardWrongStatus(_) => <TaskBoardWrongStatus as alloy_sol_types::SolError>::SELECTOR,
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
            static DECODE_SHIMS: &[fn(&[u8]) -> alloy_sol_types::Result<TaskBoardErrors>] = &[
                {
                    fn PayoutsWrongValue(data: &[u8]) -> alloy_sol_types::Result<TaskBoardErrors> {
                        <PayoutsWrongValue as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(TaskBoardErrors::PayoutsWrongValue)
                    }
                    PayoutsWrongValue
                },
                {
                    fn TaskBoardTaskExists(data: &[u8]) -> alloy_sol_types::Result<TaskBoardErrors> {
                        <TaskBoardTaskExists as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(TaskBoardErrors::TaskBoardTaskExists)
                    }
                    TaskBoardTaskExists
                },
                {
                    fn ReentrancyGuardReentrantCall(data: &[u8]) -> alloy_sol_types::Result<TaskBoardErrors> {
                        <ReentrancyGuardReentrantCall as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(TaskBoardErrors::ReentrancyGuardReentrantCall)
                    }
                    ReentrancyGuardReentrantCall
                },
                {
                    fn TaskBoardNoArbiter(data: &[u8]) -> alloy_sol_types::Result<TaskBoardErrors> {
                        <TaskBoardNoArbiter as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(TaskBoardErrors::TaskBoardNoArbiter)
                    }
                    TaskBoardNoArbiter
                },
                {
                    fn SafeERC20FailedOperation(data: &[u8]) -> alloy_sol_types::Result<TaskBoardErrors> {
                        <SafeERC20FailedOperation as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(TaskBoardErrors::SafeERC20FailedOperation)
                    }
                    SafeERC20FailedOperation
                },
                {
                    fn TaskBoardUnauthorized(data: &[u8]) -> alloy_sol_types::Result<TaskBoardErrors> {
                        <TaskBoardUnauthorized as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(TaskBoardErrors::TaskBoardUnauthorized)
                    }
                    TaskBoardUnauthorized
                },
                {
                    fn TaskBoardInvalidSplit(data: &[u8]) -> alloy_sol_types::Result<TaskBoardErrors> {
                        <TaskBoardInvalidSplit as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(TaskBoardErrors::TaskBoardInvalidSplit)
                    }
                    TaskBoardInvalidSplit
                },
                {
                    fn TaskBoardTooEarly(data: &[u8]) -> alloy_sol_types::Result<TaskBoardErrors> {
                        <TaskBoardTooEarly as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(TaskBoardErrors::TaskBoardTooEarly)
                    }
                    TaskBoardTooEarly
                },
                {
                    fn PayoutsNothingOwed(data: &[u8]) -> alloy_sol_types::Result<TaskBoardErrors> {
                        <PayoutsNothingOwed as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(TaskBoardErrors::PayoutsNothingOwed)
                    }
                    PayoutsNothingOwed
                },
                {
                    fn TaskBoardProofRejected(data: &[u8]) -> alloy_sol_types::Result<TaskBoardErrors> {
                        <TaskBoardProofRejected as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(TaskBoardErrors::TaskBoardProofRejected)
                    }
                    TaskBoardProofRejected
                },
                {
                    fn PayoutsFeeOnTransfer(data: &[u8]) -> alloy_sol_types::Result<TaskBoardErrors> {
                        <PayoutsFeeOnTransfer as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(TaskBoardErrors::PayoutsFeeOnTransfer)
                    }
                    PayoutsFeeOnTransfer
                },
                {
                    fn PayoutsWithdrawFailed(data: &[u8]) -> alloy_sol_types::Result<TaskBoardErrors> {
                        <PayoutsWithdrawFailed as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(TaskBoardErrors::PayoutsWithdrawFailed)
                    }
                    PayoutsWithdrawFailed
                },
                {
                    fn TaskBoardWrongStatus(data: &[u8]) -> alloy_sol_types::Result<TaskBoardErrors> {
                        <TaskBoardWrongStatus as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(TaskBoardErrors::TaskBoardWrongStatus)
                    }
                    TaskBoardWrongStatus
                },
                {
                    fn TaskBoardTooLate(data: &[u8]) -> alloy_sol_types::Result<TaskBoardErrors> {
                        <TaskBoardTooLate as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(TaskBoardErrors::TaskBoardTooLate)
                    }
                    TaskBoardTooLate
                },
                {
                    fn TaskBoardInvalidTerms(data: &[u8]) -> alloy_sol_types::Result<TaskBoardErrors> {
                        <TaskBoardInvalidTerms as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(TaskBoardErrors::TaskBoardInvalidTerms)
                    }
                    TaskBoardInvalidTerms
                },
                {
                    fn TaskBoardNoValidation(data: &[u8]) -> alloy_sol_types::Result<TaskBoardErrors> {
                        <TaskBoardNoValidation as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(TaskBoardErrors::TaskBoardNoValidation)
                    }
                    TaskBoardNoValidation
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
            static DECODE_VALIDATE_SHIMS: &[fn(&[u8]) -> alloy_sol_types::Result<TaskBoardErrors>] = &[
                {
                    fn PayoutsWrongValue(data: &[u8]) -> alloy_sol_types::Result<TaskBoardErrors> {
                        <PayoutsWrongValue as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(TaskBoardErrors::PayoutsWrongValue)
                    }
                    PayoutsWrongValue
                },
                {
                    fn TaskBoardTaskExists(data: &[u8]) -> alloy_sol_types::Result<TaskBoardErrors> {
                        <TaskBoardTaskExists as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(TaskBoardErrors::TaskBoardTaskExists)
                    }
                    TaskBoardTaskExists
                },
                {
                    fn ReentrancyGuardReentrantCall(data: &[u8]) -> alloy_sol_types::Result<TaskBoardErrors> {
                        <ReentrancyGuardReentrantCall as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(TaskBoardErrors::ReentrancyGuardReentrantCall)
                    }
                    ReentrancyGuardReentrantCall
                },
                {
                    fn TaskBoardNoArbiter(data: &[u8]) -> alloy_sol_types::Result<TaskBoardErrors> {
                        <TaskBoardNoArbiter as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(TaskBoardErrors::TaskBoardNoArbiter)
                    }
                    TaskBoardNoArbiter
                },
                {
                    fn SafeERC20FailedOperation(data: &[u8]) -> alloy_sol_types::Result<TaskBoardErrors> {
                        <SafeERC20FailedOperation as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(TaskBoardErrors::SafeERC20FailedOperation)
                    }
                    SafeERC20FailedOperation
                },
                {
                    fn TaskBoardUnauthorized(data: &[u8]) -> alloy_sol_types::Result<TaskBoardErrors> {
                        <TaskBoardUnauthorized as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(TaskBoardErrors::TaskBoardUnauthorized)
                    }
                    TaskBoardUnauthorized
                },
                {
                    fn TaskBoardInvalidSplit(data: &[u8]) -> alloy_sol_types::Result<TaskBoardErrors> {
                        <TaskBoardInvalidSplit as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(TaskBoardErrors::TaskBoardInvalidSplit)
                    }
                    TaskBoardInvalidSplit
                },
                {
                    fn TaskBoardTooEarly(data: &[u8]) -> alloy_sol_types::Result<TaskBoardErrors> {
                        <TaskBoardTooEarly as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(TaskBoardErrors::TaskBoardTooEarly)
                    }
                    TaskBoardTooEarly
                },
                {
                    fn PayoutsNothingOwed(data: &[u8]) -> alloy_sol_types::Result<TaskBoardErrors> {
                        <PayoutsNothingOwed as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(TaskBoardErrors::PayoutsNothingOwed)
                    }
                    PayoutsNothingOwed
                },
                {
                    fn TaskBoardProofRejected(data: &[u8]) -> alloy_sol_types::Result<TaskBoardErrors> {
                        <TaskBoardProofRejected as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(TaskBoardErrors::TaskBoardProofRejected)
                    }
                    TaskBoardProofRejected
                },
                {
                    fn PayoutsFeeOnTransfer(data: &[u8]) -> alloy_sol_types::Result<TaskBoardErrors> {
                        <PayoutsFeeOnTransfer as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(TaskBoardErrors::PayoutsFeeOnTransfer)
                    }
                    PayoutsFeeOnTransfer
                },
                {
                    fn PayoutsWithdrawFailed(data: &[u8]) -> alloy_sol_types::Result<TaskBoardErrors> {
                        <PayoutsWithdrawFailed as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(TaskBoardErrors::PayoutsWithdrawFailed)
                    }
                    PayoutsWithdrawFailed
                },
                {
                    fn TaskBoardWrongStatus(data: &[u8]) -> alloy_sol_types::Result<TaskBoardErrors> {
                        <TaskBoardWrongStatus as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(TaskBoardErrors::TaskBoardWrongStatus)
                    }
                    TaskBoardWrongStatus
                },
                {
                    fn TaskBoardTooLate(data: &[u8]) -> alloy_sol_types::Result<TaskBoardErrors> {
                        <TaskBoardTooLate as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(TaskBoardErrors::TaskBoardTooLate)
                    }
                    TaskBoardTooLate
                },
                {
                    fn TaskBoardInvalidTerms(data: &[u8]) -> alloy_sol_types::Result<TaskBoardErrors> {
                        <TaskBoardInvalidTerms as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(TaskBoardErrors::TaskBoardInvalidTerms)
                    }
                    TaskBoardInvalidTerms
                },
                {
                    fn TaskBoardNoValidation(data: &[u8]) -> alloy_sol_types::Result<TaskBoardErrors> {
                        <TaskBoardNoValidation as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(TaskBoardErrors::TaskBoardNoValidation)
                    }
                    TaskBoardNoValidation
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
                Self::PayoutsFeeOnTransfer(inner) => {
                    <PayoutsFeeOnTransfer as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::PayoutsNothingOwed(inner) => {
                    <PayoutsNothingOwed as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::PayoutsWithdrawFailed(inner) => {
                    <PayoutsWithdrawFailed as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::PayoutsWrongValue(inner) => {
                    <PayoutsWrongValue as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::ReentrancyGuardReentrantCall(inner) => {
                    <ReentrancyGuardReentrantCall as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::SafeERC20FailedOperation(inner) => {
                    <SafeERC20FailedOperation as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::TaskBoardInvalidSplit(inner) => {
                    <TaskBoardInvalidSplit as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::TaskBoardInvalidTerms(inner) => {
                    <TaskBoardInvalidTerms as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::TaskBoardNoArbiter(inner) => {
                    <TaskBoardNoArbiter as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::TaskBoardNoValidation(inner) => {
                    <TaskBoardNoValidation as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::TaskBoardProofRejected(inner) => {
                    <TaskBoardProofRejected as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::TaskBoardTaskExists(inner) => {
                    <TaskBoardTaskExists as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::TaskBoardTooEarly(inner) => {
                    <TaskBoardTooEarly as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::TaskBoardTooLate(inner) => {
                    <TaskBoardTooLate as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::TaskBoardUnauthorized(inner) => {
                    <TaskBoardUnauthorized as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::TaskBoardWrongStatus(inner) => {
                    <TaskBoardWrongStatus as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
            }
        }
        #[inline]
        fn abi_encode_raw(&self, out: &mut alloy_sol_types::private::Vec<u8>) {
            match self {
                Self::PayoutsFeeOnTransfer(inner) => {
                    <PayoutsFeeOnTransfer as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::PayoutsNothingOwed(inner) => {
                    <PayoutsNothingOwed as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::PayoutsWithdrawFailed(inner) => {
                    <PayoutsWithdrawFailed as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::PayoutsWrongValue(inner) => {
                    <PayoutsWrongValue as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::ReentrancyGuardReentrantCall(inner) => {
                    <ReentrancyGuardReentrantCall as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::SafeERC20FailedOperation(inner) => {
                    <SafeERC20FailedOperation as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::TaskBoardInvalidSplit(inner) => {
                    <TaskBoardInvalidSplit as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::TaskBoardInvalidTerms(inner) => {
                    <TaskBoardInvalidTerms as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::TaskBoardNoArbiter(inner) => {
                    <TaskBoardNoArbiter as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::TaskBoardNoValidation(inner) => {
                    <TaskBoardNoValidation as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::TaskBoardProofRejected(inner) => {
                    <TaskBoardProofRejected as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::TaskBoardTaskExists(inner) => {
                    <TaskBoardTaskExists as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::TaskBoardTooEarly(inner) => {
                    <TaskBoardTooEarly as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::TaskBoardTooLate(inner) => {
                    <TaskBoardTooLate as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::TaskBoardUnauthorized(inner) => {
                    <TaskBoardUnauthorized as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::TaskBoardWrongStatus(inner) => {
                    <TaskBoardWrongStatus as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
            }
        }
    }
    ///Container for all the [`TaskBoard`](self) events.
    #[derive(Clone, serde::Serialize, serde::Deserialize, Debug, PartialEq, Eq, Hash)]
    pub enum TaskBoardEvents {
        #[allow(missing_docs)]
        PaymentDeferred(PaymentDeferred),
        #[allow(missing_docs)]
        TaskAccepted(TaskAccepted),
        #[allow(missing_docs)]
        TaskClaimed(TaskClaimed),
        #[allow(missing_docs)]
        TaskClosed(TaskClosed),
        #[allow(missing_docs)]
        TaskDisputed(TaskDisputed),
        #[allow(missing_docs)]
        TaskPosted(TaskPosted),
        #[allow(missing_docs)]
        TaskRejected(TaskRejected),
        #[allow(missing_docs)]
        TaskReopened(TaskReopened),
        #[allow(missing_docs)]
        TaskResolved(TaskResolved),
        #[allow(missing_docs)]
        TaskSubmitted(TaskSubmitted),
        #[allow(missing_docs)]
        TaskUnclaimed(TaskUnclaimed),
        #[allow(missing_docs)]
        Withdrawn(Withdrawn),
    }
    impl TaskBoardEvents {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 32usize]] = &[
            [
                29u8, 140u8, 189u8, 66u8, 150u8, 219u8, 129u8, 186u8, 197u8, 99u8, 37u8, 91u8, 79u8, 198u8, 178u8,
                78u8, 177u8, 114u8, 240u8, 108u8, 16u8, 152u8, 237u8, 138u8, 203u8, 73u8, 57u8, 20u8, 169u8, 91u8,
                82u8, 97u8,
            ],
            [
                35u8, 36u8, 52u8, 86u8, 71u8, 203u8, 228u8, 101u8, 100u8, 77u8, 141u8, 94u8, 150u8, 37u8, 55u8, 35u8,
                188u8, 193u8, 175u8, 172u8, 63u8, 140u8, 4u8, 12u8, 224u8, 77u8, 253u8, 70u8, 143u8, 69u8, 123u8, 71u8,
            ],
            [
                44u8, 203u8, 91u8, 23u8, 56u8, 30u8, 99u8, 101u8, 247u8, 121u8, 98u8, 162u8, 7u8, 6u8, 165u8, 250u8,
                252u8, 191u8, 208u8, 27u8, 91u8, 200u8, 43u8, 104u8, 178u8, 215u8, 205u8, 248u8, 218u8, 216u8, 200u8,
                250u8,
            ],
            [
                62u8, 39u8, 151u8, 58u8, 61u8, 93u8, 162u8, 68u8, 69u8, 163u8, 178u8, 167u8, 120u8, 101u8, 106u8,
                180u8, 15u8, 111u8, 160u8, 66u8, 186u8, 170u8, 210u8, 88u8, 172u8, 103u8, 34u8, 149u8, 52u8, 143u8,
                245u8, 110u8,
            ],
            [
                65u8, 140u8, 134u8, 175u8, 83u8, 75u8, 131u8, 46u8, 236u8, 160u8, 145u8, 59u8, 168u8, 209u8, 224u8,
                134u8, 108u8, 217u8, 234u8, 48u8, 153u8, 227u8, 110u8, 185u8, 197u8, 144u8, 2u8, 52u8, 31u8, 59u8,
                92u8, 115u8,
            ],
            [
                76u8, 216u8, 18u8, 100u8, 161u8, 182u8, 157u8, 11u8, 165u8, 29u8, 145u8, 55u8, 235u8, 52u8, 95u8, 24u8,
                44u8, 149u8, 247u8, 76u8, 235u8, 245u8, 215u8, 45u8, 164u8, 114u8, 171u8, 173u8, 70u8, 146u8, 180u8,
                97u8,
            ],
            [
                79u8, 212u8, 39u8, 46u8, 73u8, 145u8, 60u8, 71u8, 155u8, 26u8, 56u8, 213u8, 89u8, 176u8, 253u8, 121u8,
                96u8, 167u8, 163u8, 190u8, 164u8, 33u8, 39u8, 108u8, 177u8, 10u8, 226u8, 199u8, 38u8, 183u8, 143u8,
                206u8,
            ],
            [
                105u8, 121u8, 241u8, 200u8, 24u8, 143u8, 179u8, 231u8, 58u8, 32u8, 69u8, 248u8, 112u8, 183u8, 22u8,
                184u8, 185u8, 236u8, 131u8, 179u8, 205u8, 122u8, 228u8, 73u8, 204u8, 88u8, 146u8, 237u8, 75u8, 87u8,
                146u8, 66u8,
            ],
            [
                166u8, 99u8, 166u8, 151u8, 142u8, 37u8, 220u8, 105u8, 10u8, 101u8, 10u8, 184u8, 174u8, 179u8, 163u8,
                110u8, 184u8, 212u8, 170u8, 46u8, 42u8, 87u8, 204u8, 190u8, 218u8, 253u8, 65u8, 133u8, 56u8, 75u8,
                90u8, 225u8,
            ],
            [
                192u8, 17u8, 253u8, 81u8, 19u8, 182u8, 154u8, 101u8, 0u8, 240u8, 224u8, 229u8, 225u8, 138u8, 99u8, 0u8,
                249u8, 63u8, 227u8, 198u8, 66u8, 205u8, 82u8, 125u8, 118u8, 155u8, 173u8, 27u8, 50u8, 69u8, 125u8,
                18u8,
            ],
            [
                209u8, 193u8, 159u8, 188u8, 212u8, 85u8, 26u8, 94u8, 223u8, 182u8, 109u8, 67u8, 210u8, 227u8, 55u8,
                192u8, 72u8, 55u8, 175u8, 218u8, 52u8, 130u8, 180u8, 43u8, 223u8, 86u8, 154u8, 143u8, 204u8, 218u8,
                229u8, 251u8,
            ],
            [
                249u8, 30u8, 36u8, 176u8, 250u8, 88u8, 147u8, 145u8, 199u8, 150u8, 42u8, 139u8, 166u8, 46u8, 157u8,
                29u8, 108u8, 178u8, 97u8, 215u8, 140u8, 199u8, 72u8, 173u8, 141u8, 90u8, 178u8, 141u8, 43u8, 46u8,
                196u8, 182u8,
            ],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(TaskDisputed),
            ::core::stringify!(TaskSubmitted),
            ::core::stringify!(TaskUnclaimed),
            ::core::stringify!(PaymentDeferred),
            ::core::stringify!(TaskClosed),
            ::core::stringify!(TaskClaimed),
            ::core::stringify!(TaskPosted),
            ::core::stringify!(TaskResolved),
            ::core::stringify!(TaskReopened),
            ::core::stringify!(TaskAccepted),
            ::core::stringify!(Withdrawn),
            ::core::stringify!(TaskRejected),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <TaskDisputed as alloy_sol_types::SolEvent>::SIGNATURE,
            <TaskSubmitted as alloy_sol_types::SolEvent>::SIGNATURE,
            <TaskUnclaimed as alloy_sol_types::SolEvent>::SIGNATURE,
            <PaymentDeferred as alloy_sol_types::SolEvent>::SIGNATURE,
            <TaskClosed as alloy_sol_types::SolEvent>::SIGNATURE,
            <TaskClaimed as alloy_sol_types::SolEvent>::SIGNATURE,
            <TaskPosted as alloy_sol_types::SolEvent>::SIGNATURE,
            <TaskResolved as alloy_sol_types::SolEvent>::SIGNATURE,
            <TaskReopened as alloy_sol_types::SolEvent>::SIGNATURE,
            <TaskAccepted as alloy_sol_types::SolEvent>::SIGNATURE,
            <Withdrawn as alloy_sol_types::SolEvent>::SIGNATURE,
            <TaskRejected as alloy_sol_types::SolEvent>::SIGNATURE,
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
    impl alloy_sol_types::SolEventInterface for TaskBoardEvents {
        const NAME: &'static str = "TaskBoardEvents";
        const COUNT: usize = 12usize;
        fn decode_raw_log(topics: &[alloy_sol_types::Word], data: &[u8]) -> alloy_sol_types::Result<Self> {
            match topics.first().copied() {
                Some(<PaymentDeferred as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <PaymentDeferred as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::PaymentDeferred)
                }
                Some(<TaskAccepted as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <TaskAccepted as alloy_sol_types::SolEvent>::decode_raw_log(topics, data).map(Self::TaskAccepted)
                }
                Some(<TaskClaimed as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <TaskClaimed as alloy_sol_types::SolEvent>::decode_raw_log(topics, data).map(Self::TaskClaimed)
                }
                Some(<TaskClosed as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <TaskClosed as alloy_sol_types::SolEvent>::decode_raw_log(topics, data).map(Self::TaskClosed)
                }
                Some(<TaskDisputed as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <TaskDisputed as alloy_sol_types::SolEvent>::decode_raw_log(topics, data).map(Self::TaskDisputed)
                }
                Some(<TaskPosted as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <TaskPosted as alloy_sol_types::SolEvent>::decode_raw_log(topics, data).map(Self::TaskPosted)
                }
                Some(<TaskRejected as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <TaskRejected as alloy_sol_types::SolEvent>::decode_raw_log(topics, data).map(Self::TaskRejected)
                }
                Some(<TaskReopened as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <TaskReopened as alloy_sol_types::SolEvent>::decode_raw_log(topics, data).map(Self::TaskReopened)
                }
                Some(<TaskResolved as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <TaskResolved as alloy_sol_types::SolEvent>::decode_raw_log(topics, data).map(Self::TaskResolved)
                }
                Some(<TaskSubmitted as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <TaskSubmitted as alloy_sol_types::SolEvent>::decode_raw_log(topics, data).map(Self::TaskSubmitted)
                }
                Some(<TaskUnclaimed as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <TaskUnclaimed as alloy_sol_types::SolEvent>::decode_raw_log(topics, data).map(Self::TaskUnclaimed)
                }
                Some(<Withdrawn as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <Withdrawn as alloy_sol_types::SolEvent>::decode_raw_log(topics, data).map(Self::Withdrawn)
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
    impl alloy_sol_types::private::IntoLogData for TaskBoardEvents {
        fn to_log_data(&self) -> alloy_sol_types::private::LogData {
            match self {
                Self::PaymentDeferred(inner) => alloy_sol_types::private::IntoLogData::to_log_data(inner),
                Self::TaskAccepted(inner) => alloy_sol_types::private::IntoLogData::to_log_data(inner),
                Self::TaskClaimed(inner) => alloy_sol_types::private::IntoLogData::to_log_data(inner),
                Self::TaskClosed(inner) => alloy_sol_types::private::IntoLogData::to_log_data(inner),
                Self::TaskDisputed(inner) => alloy_sol_types::private::IntoLogData::to_log_data(inner),
                Self::TaskPosted(inner) => alloy_sol_types::private::IntoLogData::to_log_data(inner),
                Self::TaskRejected(inner) => alloy_sol_types::private::IntoLogData::to_log_data(inner),
                Self::TaskReopened(inner) => alloy_sol_types::private::IntoLogData::to_log_data(inner),
                Self::TaskResolved(inner) => alloy_sol_types::private::IntoLogData::to_log_data(inner),
                Self::TaskSubmitted(inner) => alloy_sol_types::private::IntoLogData::to_log_data(inner),
                Self::TaskUnclaimed(inner) => alloy_sol_types::private::IntoLogData::to_log_data(inner),
                Self::Withdrawn(inner) => alloy_sol_types::private::IntoLogData::to_log_data(inner),
            }
        }
        fn into_log_data(self) -> alloy_sol_types::private::LogData {
            match self {
                Self::PaymentDeferred(inner) => alloy_sol_types::private::IntoLogData::into_log_data(inner),
                Self::TaskAccepted(inner) => alloy_sol_types::private::IntoLogData::into_log_data(inner),
                Self::TaskClaimed(inner) => alloy_sol_types::private::IntoLogData::into_log_data(inner),
                Self::TaskClosed(inner) => alloy_sol_types::private::IntoLogData::into_log_data(inner),
                Self::TaskDisputed(inner) => alloy_sol_types::private::IntoLogData::into_log_data(inner),
                Self::TaskPosted(inner) => alloy_sol_types::private::IntoLogData::into_log_data(inner),
                Self::TaskRejected(inner) => alloy_sol_types::private::IntoLogData::into_log_data(inner),
                Self::TaskReopened(inner) => alloy_sol_types::private::IntoLogData::into_log_data(inner),
                Self::TaskResolved(inner) => alloy_sol_types::private::IntoLogData::into_log_data(inner),
                Self::TaskSubmitted(inner) => alloy_sol_types::private::IntoLogData::into_log_data(inner),
                Self::TaskUnclaimed(inner) => alloy_sol_types::private::IntoLogData::into_log_data(inner),
                Self::Withdrawn(inner) => alloy_sol_types::private::IntoLogData::into_log_data(inner),
            }
        }
    }
    use alloy::contract as alloy_contract;
    /**Creates a new wrapper around an on-chain [`TaskBoard`](self) contract instance.

    See the [wrapper's documentation](`TaskBoardInstance`) for more details.*/
    #[inline]
    pub const fn new<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network>(
        address: alloy_sol_types::private::Address,
        __provider: P,
    ) -> TaskBoardInstance<P, N> {
        TaskBoardInstance::<P, N>::new(address, __provider)
    }
    /**Deploys this contract using the given `provider` and constructor arguments, if any.

    Returns a new instance of the contract, if the deployment was successful.

    For more fine-grained control over the deployment process, use [`deploy_builder`] instead.*/
    #[inline]
    pub fn deploy<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network>(
        __provider: P,
        registry_: alloy::sol_types::private::Address,
    ) -> impl ::core::future::Future<Output = alloy_contract::Result<TaskBoardInstance<P, N>>> {
        TaskBoardInstance::<P, N>::deploy(__provider, registry_)
    }
    /**Creates a `RawCallBuilder` for deploying this contract using the given `provider`
    and constructor arguments, if any.

    This is a simple wrapper around creating a `RawCallBuilder` with the data set to
    the bytecode concatenated with the constructor's ABI-encoded arguments.*/
    #[inline]
    pub fn deploy_builder<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network>(
        __provider: P,
        registry_: alloy::sol_types::private::Address,
    ) -> alloy_contract::RawCallBuilder<P, N> {
        TaskBoardInstance::<P, N>::deploy_builder(__provider, registry_)
    }
    /**A [`TaskBoard`](self) instance.

    Contains type-safe methods for interacting with an on-chain instance of the
    [`TaskBoard`](self) contract located at a given `address`, using a given
    provider `P`.

    If the contract bytecode is available (see the [`sol!`](alloy_sol_types::sol!)
    documentation on how to provide it), the `deploy` and `deploy_builder` methods can
    be used to deploy a new instance of the contract.

    See the [module-level documentation](self) for all the available methods.*/
    #[derive(Clone)]
    pub struct TaskBoardInstance<P, N = alloy_contract::private::Ethereum> {
        address: alloy_sol_types::private::Address,
        provider: P,
        _network: ::core::marker::PhantomData<N>,
    }
    #[automatically_derived]
    impl<P, N> ::core::fmt::Debug for TaskBoardInstance<P, N> {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_tuple("TaskBoardInstance").field(&self.address).finish()
        }
    }
    /// Instantiation and getters/setters.
    impl<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network> TaskBoardInstance<P, N> {
        /**Creates a new wrapper around an on-chain [`TaskBoard`](self) contract instance.

        See the [wrapper's documentation](`TaskBoardInstance`) for more details.*/
        #[inline]
        pub const fn new(address: alloy_sol_types::private::Address, __provider: P) -> Self {
            Self { address, provider: __provider, _network: ::core::marker::PhantomData }
        }
        /**Deploys this contract using the given `provider` and constructor arguments, if any.

        Returns a new instance of the contract, if the deployment was successful.

        For more fine-grained control over the deployment process, use [`deploy_builder`] instead.*/
        #[inline]
        pub async fn deploy(
            __provider: P,
            registry_: alloy::sol_types::private::Address,
        ) -> alloy_contract::Result<TaskBoardInstance<P, N>> {
            let call_builder = Self::deploy_builder(__provider, registry_);
            let contract_address = call_builder.deploy().await?;
            Ok(Self::new(contract_address, call_builder.provider))
        }
        /**Creates a `RawCallBuilder` for deploying this contract using the given `provider`
        and constructor arguments, if any.

        This is a simple wrapper around creating a `RawCallBuilder` with the data set to
        the bytecode concatenated with the constructor's ABI-encoded arguments.*/
        #[inline]
        pub fn deploy_builder(
            __provider: P,
            registry_: alloy::sol_types::private::Address,
        ) -> alloy_contract::RawCallBuilder<P, N> {
            alloy_contract::RawCallBuilder::new_raw_deploy(
                __provider,
                [&BYTECODE[..], &alloy_sol_types::SolConstructor::abi_encode(&constructorCall { registry_ })[..]]
                    .concat()
                    .into(),
            )
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
    impl<P: ::core::clone::Clone, N> TaskBoardInstance<&P, N> {
        /// Clones the provider and returns a new instance with the cloned provider.
        #[inline]
        pub fn with_cloned_provider(self) -> TaskBoardInstance<P, N> {
            TaskBoardInstance {
                address: self.address,
                provider: ::core::clone::Clone::clone(&self.provider),
                _network: ::core::marker::PhantomData,
            }
        }
    }
    /// Function calls.
    impl<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network> TaskBoardInstance<P, N> {
        /// Creates a new call builder using this contract instance's provider and address.
        ///
        /// Note that the call can be any function call, not just those defined in this
        /// contract. Prefer using the other methods for building type-safe contract calls.
        pub fn call_builder<C: alloy_sol_types::SolCall>(&self, call: &C) -> alloy_contract::SolCallBuilder<&P, C, N> {
            alloy_contract::SolCallBuilder::new_sol(&self.provider, &self.address, call)
        }
        ///Creates a new call builder for the [`ARBITRATION_PERIOD`] function.
        pub fn ARBITRATION_PERIOD(&self) -> alloy_contract::SolCallBuilder<&P, ARBITRATION_PERIODCall, N> {
            self.call_builder(&ARBITRATION_PERIODCall)
        }
        ///Creates a new call builder for the [`accept`] function.
        pub fn accept(
            &self,
            task: <ITaskBoard::Task as alloy::sol_types::SolType>::RustType,
        ) -> alloy_contract::SolCallBuilder<&P, acceptCall, N> {
            self.call_builder(&acceptCall { task })
        }
        ///Creates a new call builder for the [`acceptByValidation`] function.
        pub fn acceptByValidation(
            &self,
            task: <ITaskBoard::Task as alloy::sol_types::SolType>::RustType,
            proof: <IAttestationRegistry::AttestationContent as alloy::sol_types::SolType>::RustType,
        ) -> alloy_contract::SolCallBuilder<&P, acceptByValidationCall, N> {
            self.call_builder(&acceptByValidationCall { task, proof })
        }
        ///Creates a new call builder for the [`cancel`] function.
        pub fn cancel(
            &self,
            task: <ITaskBoard::Task as alloy::sol_types::SolType>::RustType,
        ) -> alloy_contract::SolCallBuilder<&P, cancelCall, N> {
            self.call_builder(&cancelCall { task })
        }
        ///Creates a new call builder for the [`claim`] function.
        pub fn claim(
            &self,
            task: <ITaskBoard::Task as alloy::sol_types::SolType>::RustType,
        ) -> alloy_contract::SolCallBuilder<&P, claimCall, N> {
            self.call_builder(&claimCall { task })
        }
        ///Creates a new call builder for the [`close`] function.
        pub fn close(
            &self,
            task: <ITaskBoard::Task as alloy::sol_types::SolType>::RustType,
        ) -> alloy_contract::SolCallBuilder<&P, closeCall, N> {
            self.call_builder(&closeCall { task })
        }
        ///Creates a new call builder for the [`dispute`] function.
        pub fn dispute(
            &self,
            task: <ITaskBoard::Task as alloy::sol_types::SolType>::RustType,
        ) -> alloy_contract::SolCallBuilder<&P, disputeCall, N> {
            self.call_builder(&disputeCall { task })
        }
        ///Creates a new call builder for the [`finalize`] function.
        pub fn finalize(
            &self,
            task: <ITaskBoard::Task as alloy::sol_types::SolType>::RustType,
        ) -> alloy_contract::SolCallBuilder<&P, finalizeCall, N> {
            self.call_builder(&finalizeCall { task })
        }
        ///Creates a new call builder for the [`getState`] function.
        pub fn getState(
            &self,
            id: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, getStateCall, N> {
            self.call_builder(&getStateCall { id })
        }
        ///Creates a new call builder for the [`owed`] function.
        pub fn owed(
            &self,
            token: alloy::sol_types::private::Address,
            account: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, owedCall, N> {
            self.call_builder(&owedCall { token, account })
        }
        ///Creates a new call builder for the [`post`] function.
        pub fn post(
            &self,
            task: <ITaskBoard::Task as alloy::sol_types::SolType>::RustType,
            specURI: alloy::sol_types::private::String,
        ) -> alloy_contract::SolCallBuilder<&P, postCall, N> {
            self.call_builder(&postCall { task, specURI })
        }
        ///Creates a new call builder for the [`postWithAuthorization`] function.
        pub fn postWithAuthorization(
            &self,
            task: <ITaskBoard::Task as alloy::sol_types::SolType>::RustType,
            specURI: alloy::sol_types::private::String,
            validAfter: alloy::sol_types::private::primitives::aliases::U256,
            validBefore: alloy::sol_types::private::primitives::aliases::U256,
            v: u8,
            r: alloy::sol_types::private::FixedBytes<32>,
            s: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, postWithAuthorizationCall, N> {
            self.call_builder(&postWithAuthorizationCall { task, specURI, validAfter, validBefore, v, r, s })
        }
        ///Creates a new call builder for the [`registry`] function.
        pub fn registry(&self) -> alloy_contract::SolCallBuilder<&P, registryCall, N> {
            self.call_builder(&registryCall)
        }
        ///Creates a new call builder for the [`reject`] function.
        pub fn reject(
            &self,
            task: <ITaskBoard::Task as alloy::sol_types::SolType>::RustType,
            reason: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, rejectCall, N> {
            self.call_builder(&rejectCall { task, reason })
        }
        ///Creates a new call builder for the [`reopen`] function.
        pub fn reopen(
            &self,
            task: <ITaskBoard::Task as alloy::sol_types::SolType>::RustType,
        ) -> alloy_contract::SolCallBuilder<&P, reopenCall, N> {
            self.call_builder(&reopenCall { task })
        }
        ///Creates a new call builder for the [`resolve`] function.
        pub fn resolve(
            &self,
            task: <ITaskBoard::Task as alloy::sol_types::SolType>::RustType,
            toWorker: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, resolveCall, N> {
            self.call_builder(&resolveCall { task, toWorker })
        }
        ///Creates a new call builder for the [`submit`] function.
        pub fn submit(
            &self,
            task: <ITaskBoard::Task as alloy::sol_types::SolType>::RustType,
            resultHash: alloy::sol_types::private::FixedBytes<32>,
            resultURI: alloy::sol_types::private::String,
        ) -> alloy_contract::SolCallBuilder<&P, submitCall, N> {
            self.call_builder(&submitCall { task, resultHash, resultURI })
        }
        ///Creates a new call builder for the [`taskId`] function.
        pub fn taskId(
            &self,
            task: <ITaskBoard::Task as alloy::sol_types::SolType>::RustType,
        ) -> alloy_contract::SolCallBuilder<&P, taskIdCall, N> {
            self.call_builder(&taskIdCall { task })
        }
        ///Creates a new call builder for the [`unclaim`] function.
        pub fn unclaim(
            &self,
            task: <ITaskBoard::Task as alloy::sol_types::SolType>::RustType,
        ) -> alloy_contract::SolCallBuilder<&P, unclaimCall, N> {
            self.call_builder(&unclaimCall { task })
        }
        ///Creates a new call builder for the [`withdraw`] function.
        pub fn withdraw(
            &self,
            token: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, withdrawCall, N> {
            self.call_builder(&withdrawCall { token })
        }
    }
    /// Event filters.
    impl<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network> TaskBoardInstance<P, N> {
        /// Creates a new event filter using this contract instance's provider and address.
        ///
        /// Note that the type can be any event, not just those defined in this contract.
        /// Prefer using the other methods for building type-safe event filters.
        pub fn event_filter<E: alloy_sol_types::SolEvent>(&self) -> alloy_contract::Event<&P, E, N> {
            alloy_contract::Event::new_sol(&self.provider, &self.address)
        }
        ///Creates a new event filter for the [`PaymentDeferred`] event.
        pub fn PaymentDeferred_filter(&self) -> alloy_contract::Event<&P, PaymentDeferred, N> {
            self.event_filter::<PaymentDeferred>()
        }
        ///Creates a new event filter for the [`TaskAccepted`] event.
        pub fn TaskAccepted_filter(&self) -> alloy_contract::Event<&P, TaskAccepted, N> {
            self.event_filter::<TaskAccepted>()
        }
        ///Creates a new event filter for the [`TaskClaimed`] event.
        pub fn TaskClaimed_filter(&self) -> alloy_contract::Event<&P, TaskClaimed, N> {
            self.event_filter::<TaskClaimed>()
        }
        ///Creates a new event filter for the [`TaskClosed`] event.
        pub fn TaskClosed_filter(&self) -> alloy_contract::Event<&P, TaskClosed, N> {
            self.event_filter::<TaskClosed>()
        }
        ///Creates a new event filter for the [`TaskDisputed`] event.
        pub fn TaskDisputed_filter(&self) -> alloy_contract::Event<&P, TaskDisputed, N> {
            self.event_filter::<TaskDisputed>()
        }
        ///Creates a new event filter for the [`TaskPosted`] event.
        pub fn TaskPosted_filter(&self) -> alloy_contract::Event<&P, TaskPosted, N> {
            self.event_filter::<TaskPosted>()
        }
        ///Creates a new event filter for the [`TaskRejected`] event.
        pub fn TaskRejected_filter(&self) -> alloy_contract::Event<&P, TaskRejected, N> {
            self.event_filter::<TaskRejected>()
        }
        ///Creates a new event filter for the [`TaskReopened`] event.
        pub fn TaskReopened_filter(&self) -> alloy_contract::Event<&P, TaskReopened, N> {
            self.event_filter::<TaskReopened>()
        }
        ///Creates a new event filter for the [`TaskResolved`] event.
        pub fn TaskResolved_filter(&self) -> alloy_contract::Event<&P, TaskResolved, N> {
            self.event_filter::<TaskResolved>()
        }
        ///Creates a new event filter for the [`TaskSubmitted`] event.
        pub fn TaskSubmitted_filter(&self) -> alloy_contract::Event<&P, TaskSubmitted, N> {
            self.event_filter::<TaskSubmitted>()
        }
        ///Creates a new event filter for the [`TaskUnclaimed`] event.
        pub fn TaskUnclaimed_filter(&self) -> alloy_contract::Event<&P, TaskUnclaimed, N> {
            self.event_filter::<TaskUnclaimed>()
        }
        ///Creates a new event filter for the [`Withdrawn`] event.
        pub fn Withdrawn_filter(&self) -> alloy_contract::Event<&P, Withdrawn, N> {
            self.event_filter::<Withdrawn>()
        }
    }
}
