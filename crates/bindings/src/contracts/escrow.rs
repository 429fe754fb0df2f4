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
library IEscrow {
    type Funding is uint8;
    type Status is uint8;
    struct State { uint128 remaining; uint64 disputedAt; Status status; }
    struct Terms { address payer; address payee; address token; uint256 amount; uint64 deadline; address arbiter; uint16 arbiterFeeBps; bytes32 conditionSchema; address conditionAttester; bytes32 salt; }
}
```*/
#[allow(
    non_camel_case_types,
    non_snake_case,
    clippy::pub_underscore_fields,
    clippy::style,
    clippy::empty_structs_with_brackets
)]
pub mod IEscrow {
    use super::*;
    use alloy::sol_types as alloy_sol_types;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct Funding(u8);
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Funding> for u8 {
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
        impl Funding {
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
        impl From<u8> for Funding {
            fn from(value: u8) -> Self {
                Self::from_underlying(value)
            }
        }
        #[automatically_derived]
        impl From<Funding> for u8 {
            fn from(value: Funding) -> Self {
                value.into_underlying()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolType for Funding {
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
        impl alloy_sol_types::EventTopic for Funding {
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
    struct State { uint128 remaining; uint64 disputedAt; Status status; }
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct State {
        #[allow(missing_docs)]
        pub remaining: u128,
        #[allow(missing_docs)]
        pub disputedAt: u64,
        #[allow(missing_docs)]
        pub status: <Status as alloy::sol_types::SolType>::RustType,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> =
            (alloy::sol_types::sol_data::Uint<128>, alloy::sol_types::sol_data::Uint<64>, Status);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (u128, u64, <Status as alloy::sol_types::SolType>::RustType);
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
                (value.remaining, value.disputedAt, value.status)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for State {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { remaining: tuple.0, disputedAt: tuple.1, status: tuple.2 }
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
                    <alloy::sol_types::sol_data::Uint<128> as alloy_sol_types::SolType>::tokenize(&self.remaining),
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(&self.disputedAt),
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
                alloy_sol_types::private::Cow::Borrowed("State(uint128 remaining,uint64 disputedAt,uint8 status)")
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
                    <alloy::sol_types::sol_data::Uint<128> as alloy_sol_types::SolType>::eip712_data_word(
                        &self.remaining,
                    )
                    .0,
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::eip712_data_word(
                        &self.disputedAt,
                    )
                    .0,
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
                    + <alloy::sol_types::sol_data::Uint<128> as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.remaining,
                    )
                    + <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.disputedAt,
                    )
                    + <Status as alloy_sol_types::EventTopic>::topic_preimage_length(&rust.status)
            }
            #[inline]
            fn encode_topic_preimage(rust: &Self::RustType, out: &mut alloy_sol_types::private::Vec<u8>) {
                out.reserve(<Self as alloy_sol_types::EventTopic>::topic_preimage_length(rust));
                <alloy::sol_types::sol_data::Uint<128> as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.remaining,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.disputedAt,
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
    struct Terms { address payer; address payee; address token; uint256 amount; uint64 deadline; address arbiter; uint16 arbiterFeeBps; bytes32 conditionSchema; address conditionAttester; bytes32 salt; }
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct Terms {
        #[allow(missing_docs)]
        pub payer: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub payee: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub token: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub deadline: u64,
        #[allow(missing_docs)]
        pub arbiter: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub arbiterFeeBps: u16,
        #[allow(missing_docs)]
        pub conditionSchema: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub conditionAttester: alloy::sol_types::private::Address,
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
            alloy::sol_types::sol_data::Address,
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<64>,
            alloy::sol_types::sol_data::Address,
            alloy::sol_types::sol_data::Uint<16>,
            alloy::sol_types::sol_data::FixedBytes<32>,
            alloy::sol_types::sol_data::Address,
            alloy::sol_types::sol_data::FixedBytes<32>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::Address,
            alloy::sol_types::private::Address,
            alloy::sol_types::private::Address,
            alloy::sol_types::private::primitives::aliases::U256,
            u64,
            alloy::sol_types::private::Address,
            u16,
            alloy::sol_types::private::FixedBytes<32>,
            alloy::sol_types::private::Address,
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
        impl ::core::convert::From<Terms> for UnderlyingRustTuple<'_> {
            fn from(value: Terms) -> Self {
                (
                    value.payer,
                    value.payee,
                    value.token,
                    value.amount,
                    value.deadline,
                    value.arbiter,
                    value.arbiterFeeBps,
                    value.conditionSchema,
                    value.conditionAttester,
                    value.salt,
                )
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for Terms {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    payer: tuple.0,
                    payee: tuple.1,
                    token: tuple.2,
                    amount: tuple.3,
                    deadline: tuple.4,
                    arbiter: tuple.5,
                    arbiterFeeBps: tuple.6,
                    conditionSchema: tuple.7,
                    conditionAttester: tuple.8,
                    salt: tuple.9,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolValue for Terms {
            type SolType = Self;
        }
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Self> for Terms {
            #[inline]
            fn stv_to_tokens(&self) -> <Self as alloy_sol_types::SolType>::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(&self.payer),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(&self.payee),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(&self.token),
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(&self.amount),
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(&self.deadline),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(&self.arbiter),
                    <alloy::sol_types::sol_data::Uint<16> as alloy_sol_types::SolType>::tokenize(&self.arbiterFeeBps),
                    <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(
                        &self.conditionSchema,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.conditionAttester,
                    ),
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
        impl alloy_sol_types::SolType for Terms {
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
        impl alloy_sol_types::SolStruct for Terms {
            const NAME: &'static str = "Terms";
            #[inline]
            fn eip712_root_type() -> alloy_sol_types::private::Cow<'static, str> {
                alloy_sol_types::private::Cow::Borrowed(
                    "Terms(address payer,address payee,address token,uint256 amount,uint64 deadline,address arbiter,uint16 arbiterFeeBps,bytes32 conditionSchema,address conditionAttester,bytes32 salt)",
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
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::eip712_data_word(&self.payer).0,
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::eip712_data_word(&self.payee).0,
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::eip712_data_word(&self.token).0,
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::eip712_data_word(&self.amount)
                        .0,
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::eip712_data_word(
                        &self.deadline,
                    )
                    .0,
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::eip712_data_word(&self.arbiter)
                        .0,
                    <alloy::sol_types::sol_data::Uint<16> as alloy_sol_types::SolType>::eip712_data_word(
                        &self.arbiterFeeBps,
                    )
                    .0,
                    <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::eip712_data_word(
                        &self.conditionSchema,
                    )
                    .0,
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::eip712_data_word(
                        &self.conditionAttester,
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
        impl alloy_sol_types::EventTopic for Terms {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                0usize
                    + <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.payer,
                    )
                    + <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.payee,
                    )
                    + <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.token,
                    )
                    + <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.amount,
                    )
                    + <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.deadline,
                    )
                    + <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.arbiter,
                    )
                    + <alloy::sol_types::sol_data::Uint<16> as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.arbiterFeeBps,
                    )
                    + <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.conditionSchema,
                    )
                    + <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.conditionAttester,
                    )
                    + <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.salt,
                    )
            }
            #[inline]
            fn encode_topic_preimage(rust: &Self::RustType, out: &mut alloy_sol_types::private::Vec<u8>) {
                out.reserve(<Self as alloy_sol_types::EventTopic>::topic_preimage_length(rust));
                <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.payer,
                    out,
                );
                <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.payee,
                    out,
                );
                <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.token,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.amount,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.deadline,
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
                    &rust.conditionSchema,
                    out,
                );
                <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.conditionAttester,
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
    /**Creates a new wrapper around an on-chain [`IEscrow`](self) contract instance.

    See the [wrapper's documentation](`IEscrowInstance`) for more details.*/
    #[inline]
    pub const fn new<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network>(
        address: alloy_sol_types::private::Address,
        __provider: P,
    ) -> IEscrowInstance<P, N> {
        IEscrowInstance::<P, N>::new(address, __provider)
    }
    /**A [`IEscrow`](self) instance.

    Contains type-safe methods for interacting with an on-chain instance of the
    [`IEscrow`](self) contract located at a given `address`, using a given
    provider `P`.

    If the contract bytecode is available (see the [`sol!`](alloy_sol_types::sol!)
    documentation on how to provide it), the `deploy` and `deploy_builder` methods can
    be used to deploy a new instance of the contract.

    See the [module-level documentation](self) for all the available methods.*/
    #[derive(Clone)]
    pub struct IEscrowInstance<P, N = alloy_contract::private::Ethereum> {
        address: alloy_sol_types::private::Address,
        provider: P,
        _network: ::core::marker::PhantomData<N>,
    }
    #[automatically_derived]
    impl<P, N> ::core::fmt::Debug for IEscrowInstance<P, N> {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_tuple("IEscrowInstance").field(&self.address).finish()
        }
    }
    /// Instantiation and getters/setters.
    impl<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network> IEscrowInstance<P, N> {
        /**Creates a new wrapper around an on-chain [`IEscrow`](self) contract instance.

        See the [wrapper's documentation](`IEscrowInstance`) for more details.*/
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
    impl<P: ::core::clone::Clone, N> IEscrowInstance<&P, N> {
        /// Clones the provider and returns a new instance with the cloned provider.
        #[inline]
        pub fn with_cloned_provider(self) -> IEscrowInstance<P, N> {
            IEscrowInstance {
                address: self.address,
                provider: ::core::clone::Clone::clone(&self.provider),
                _network: ::core::marker::PhantomData,
            }
        }
    }
    /// Function calls.
    impl<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network> IEscrowInstance<P, N> {
        /// Creates a new call builder using this contract instance's provider and address.
        ///
        /// Note that the call can be any function call, not just those defined in this
        /// contract. Prefer using the other methods for building type-safe contract calls.
        pub fn call_builder<C: alloy_sol_types::SolCall>(&self, call: &C) -> alloy_contract::SolCallBuilder<&P, C, N> {
            alloy_contract::SolCallBuilder::new_sol(&self.provider, &self.address, call)
        }
    }
    /// Event filters.
    impl<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network> IEscrowInstance<P, N> {
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

library IEscrow {
    type Funding is uint8;
    type Status is uint8;
    struct State {
        uint128 remaining;
        uint64 disputedAt;
        Status status;
    }
    struct Terms {
        address payer;
        address payee;
        address token;
        uint256 amount;
        uint64 deadline;
        address arbiter;
        uint16 arbiterFeeBps;
        bytes32 conditionSchema;
        address conditionAttester;
        bytes32 salt;
    }
}

interface Escrow {
    error EscrowArbitrationLapsed(bytes32 id, uint256 lapsedAt, uint256 now);
    error EscrowDeadlinePassed(bytes32 id, uint64 deadline, uint256 now);
    error EscrowExists(bytes32 id);
    error EscrowInvalidAmount(bytes32 id, uint256 amount, uint256 remaining);
    error EscrowInvalidTerms(string reason);
    error EscrowNoArbiter(bytes32 id);
    error EscrowNoCondition(bytes32 id);
    error EscrowNotRefundable(bytes32 id, uint256 refundableAt, uint256 now);
    error EscrowProofRejected(bytes32 id);
    error EscrowUnauthorized(bytes32 id, address caller);
    error EscrowUnknown(bytes32 id);
    error EscrowWrongStatus(bytes32 id, IEscrow.Status status);
    error PayoutsFeeOnTransfer(address token, uint256 expected, uint256 received);
    error PayoutsNothingOwed(address token, address account);
    error PayoutsWithdrawFailed(address token, address account, uint256 amount);
    error PayoutsWrongValue(uint256 expected, uint256 sent);
    error ReentrancyGuardReentrantCall();
    error SafeERC20FailedOperation(address token);

    event EscrowDisputed(bytes32 indexed id, address indexed by);
    event EscrowOpened(bytes32 indexed id, address indexed payer, address indexed payee, IEscrow.Terms terms, IEscrow.Funding funding, address funder);
    event EscrowRefunded(bytes32 indexed id, address indexed by, uint256 amount);
    event EscrowReleased(bytes32 indexed id, address indexed by, uint256 amount, uint256 remaining, bytes32 proof);
    event EscrowResolved(bytes32 indexed id, address indexed arbiter, uint256 toPayee, uint256 toPayer, uint256 fee);
    event EscrowReturned(bytes32 indexed id, uint256 amount, uint256 remaining);
    event PaymentDeferred(bytes32 indexed id, address indexed token, address indexed account, uint256 amount);
    event Withdrawn(address indexed token, address indexed account, uint256 amount);

    constructor(address registry_);

    function ARBITRATION_PERIOD() external view returns (uint256);
    function dispute(IEscrow.Terms memory terms) external;
    function escrowId(IEscrow.Terms memory terms) external view returns (bytes32);
    function getState(bytes32 id) external view returns (IEscrow.State memory);
    function open(IEscrow.Terms memory terms) external payable returns (bytes32 id);
    function openWithAuthorization(IEscrow.Terms memory terms, uint256 validAfter, uint256 validBefore, uint8 v, bytes32 r, bytes32 s) external returns (bytes32 id);
    function openWithPermit(IEscrow.Terms memory terms, uint256 permitDeadline, uint8 v, bytes32 r, bytes32 s) external returns (bytes32 id);
    function owed(address token, address account) external view returns (uint256);
    function refund(IEscrow.Terms memory terms) external;
    function registry() external view returns (address);
    function release(IEscrow.Terms memory terms, uint256 amount) external;
    function releaseOnProof(IEscrow.Terms memory terms, IAttestationRegistry.AttestationContent memory proof) external;
    function resolve(IEscrow.Terms memory terms, uint256 toPayee) external;
    function returnFunds(IEscrow.Terms memory terms, uint256 amount) external;
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
    "name": "dispute",
    "inputs": [
      {
        "name": "terms",
        "type": "tuple",
        "internalType": "struct IEscrow.Terms",
        "components": [
          {
            "name": "payer",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "payee",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "token",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "amount",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "deadline",
            "type": "uint64",
            "internalType": "uint64"
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
            "name": "conditionSchema",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "conditionAttester",
            "type": "address",
            "internalType": "address"
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
    "name": "escrowId",
    "inputs": [
      {
        "name": "terms",
        "type": "tuple",
        "internalType": "struct IEscrow.Terms",
        "components": [
          {
            "name": "payer",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "payee",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "token",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "amount",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "deadline",
            "type": "uint64",
            "internalType": "uint64"
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
            "name": "conditionSchema",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "conditionAttester",
            "type": "address",
            "internalType": "address"
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
        "internalType": "struct IEscrow.State",
        "components": [
          {
            "name": "remaining",
            "type": "uint128",
            "internalType": "uint128"
          },
          {
            "name": "disputedAt",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "status",
            "type": "uint8",
            "internalType": "enum IEscrow.Status"
          }
        ]
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "open",
    "inputs": [
      {
        "name": "terms",
        "type": "tuple",
        "internalType": "struct IEscrow.Terms",
        "components": [
          {
            "name": "payer",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "payee",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "token",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "amount",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "deadline",
            "type": "uint64",
            "internalType": "uint64"
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
            "name": "conditionSchema",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "conditionAttester",
            "type": "address",
            "internalType": "address"
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
        "name": "id",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "payable"
  },
  {
    "type": "function",
    "name": "openWithAuthorization",
    "inputs": [
      {
        "name": "terms",
        "type": "tuple",
        "internalType": "struct IEscrow.Terms",
        "components": [
          {
            "name": "payer",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "payee",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "token",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "amount",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "deadline",
            "type": "uint64",
            "internalType": "uint64"
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
            "name": "conditionSchema",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "conditionAttester",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "salt",
            "type": "bytes32",
            "internalType": "bytes32"
          }
        ]
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
    "name": "openWithPermit",
    "inputs": [
      {
        "name": "terms",
        "type": "tuple",
        "internalType": "struct IEscrow.Terms",
        "components": [
          {
            "name": "payer",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "payee",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "token",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "amount",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "deadline",
            "type": "uint64",
            "internalType": "uint64"
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
            "name": "conditionSchema",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "conditionAttester",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "salt",
            "type": "bytes32",
            "internalType": "bytes32"
          }
        ]
      },
      {
        "name": "permitDeadline",
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
    "name": "refund",
    "inputs": [
      {
        "name": "terms",
        "type": "tuple",
        "internalType": "struct IEscrow.Terms",
        "components": [
          {
            "name": "payer",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "payee",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "token",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "amount",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "deadline",
            "type": "uint64",
            "internalType": "uint64"
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
            "name": "conditionSchema",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "conditionAttester",
            "type": "address",
            "internalType": "address"
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
    "name": "release",
    "inputs": [
      {
        "name": "terms",
        "type": "tuple",
        "internalType": "struct IEscrow.Terms",
        "components": [
          {
            "name": "payer",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "payee",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "token",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "amount",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "deadline",
            "type": "uint64",
            "internalType": "uint64"
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
            "name": "conditionSchema",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "conditionAttester",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "salt",
            "type": "bytes32",
            "internalType": "bytes32"
          }
        ]
      },
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "releaseOnProof",
    "inputs": [
      {
        "name": "terms",
        "type": "tuple",
        "internalType": "struct IEscrow.Terms",
        "components": [
          {
            "name": "payer",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "payee",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "token",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "amount",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "deadline",
            "type": "uint64",
            "internalType": "uint64"
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
            "name": "conditionSchema",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "conditionAttester",
            "type": "address",
            "internalType": "address"
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
    "name": "resolve",
    "inputs": [
      {
        "name": "terms",
        "type": "tuple",
        "internalType": "struct IEscrow.Terms",
        "components": [
          {
            "name": "payer",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "payee",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "token",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "amount",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "deadline",
            "type": "uint64",
            "internalType": "uint64"
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
            "name": "conditionSchema",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "conditionAttester",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "salt",
            "type": "bytes32",
            "internalType": "bytes32"
          }
        ]
      },
      {
        "name": "toPayee",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "returnFunds",
    "inputs": [
      {
        "name": "terms",
        "type": "tuple",
        "internalType": "struct IEscrow.Terms",
        "components": [
          {
            "name": "payer",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "payee",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "token",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "amount",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "deadline",
            "type": "uint64",
            "internalType": "uint64"
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
            "name": "conditionSchema",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "conditionAttester",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "salt",
            "type": "bytes32",
            "internalType": "bytes32"
          }
        ]
      },
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
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
    "name": "EscrowDisputed",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
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
    "name": "EscrowOpened",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "payer",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "payee",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "terms",
        "type": "tuple",
        "indexed": false,
        "internalType": "struct IEscrow.Terms",
        "components": [
          {
            "name": "payer",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "payee",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "token",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "amount",
            "type": "uint256",
            "internalType": "uint256"
          },
          {
            "name": "deadline",
            "type": "uint64",
            "internalType": "uint64"
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
            "name": "conditionSchema",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "conditionAttester",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "salt",
            "type": "bytes32",
            "internalType": "bytes32"
          }
        ]
      },
      {
        "name": "funding",
        "type": "uint8",
        "indexed": false,
        "internalType": "enum IEscrow.Funding"
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
    "name": "EscrowRefunded",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "by",
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
    "name": "EscrowReleased",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "by",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "remaining",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
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
    "name": "EscrowResolved",
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
        "name": "toPayee",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "toPayer",
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
    "name": "EscrowReturned",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "remaining",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
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
    "name": "EscrowArbitrationLapsed",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "lapsedAt",
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
    "name": "EscrowDeadlinePassed",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "deadline",
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
    "name": "EscrowExists",
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
    "name": "EscrowInvalidAmount",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "remaining",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "EscrowInvalidTerms",
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
    "name": "EscrowNoArbiter",
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
    "name": "EscrowNoCondition",
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
    "name": "EscrowNotRefundable",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "refundableAt",
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
    "name": "EscrowProofRejected",
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
    "name": "EscrowUnauthorized",
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
    "name": "EscrowUnknown",
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
    "name": "EscrowWrongStatus",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "status",
        "type": "uint8",
        "internalType": "enum IEscrow.Status"
      }
    ]
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
pub mod Escrow {
    use super::*;
    use alloy::sol_types as alloy_sol_types;
    /// The creation / init bytecode of the contract.
    ///
    /// ```text
    ///0x60c0604052466080523480156012575f5ffd5b50604051612a3e380380612a3e833981016040819052602f91603f565b6001600160a01b031660a052606a565b5f60208284031215604e575f5ffd5b81516001600160a01b03811681146063575f5ffd5b9392505050565b60805160a0516129ac6100925f395f8181610236015261077701525f61151601526129ac5ff3fe6080604052600436106100e4575f3560e01c806371c28bcf116100875780639d8a8666116100575780639d8a86661461028f578063c7ce65cc146102a5578063e552d077146102b8578063f232f4db146102d7575f5ffd5b806371c28bcf146101e757806374b7f72e146102065780637b103999146102255780639aba223114610270575f5ffd5b8063431d67be116100c2578063431d67be1461016b57806351cff8d91461018a57806359539516146101a95780635a8fed2e146101c8575f5ffd5b806309648a9d146100e857806323c818431461011d57806328079e4a1461013e575b5f5ffd5b3480156100f3575f5ffd5b50610107610102366004612445565b6102f6565b604051610114919061249d565b60405180910390f35b348015610128575f5ffd5b5061013c6101373660046124fe565b6103bc565b005b348015610149575f5ffd5b5061015d61015836600461252f565b6105eb565b604051908152602001610114565b348015610176575f5ffd5b5061013c610185366004612560565b610615565b348015610195575f5ffd5b5061013c6101a43660046125bd565b6108fc565b3480156101b4575f5ffd5b5061015d6101c33660046125e6565b610a94565b3480156101d3575f5ffd5b5061015d6101e2366004612641565b610c4f565b3480156101f2575f5ffd5b5061013c610201366004612691565b610dd4565b348015610211575f5ffd5b5061013c610220366004612691565b610ef2565b348015610230575f5ffd5b506102587f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610114565b34801561027b575f5ffd5b5061015d61028a3660046124fe565b6111c2565b34801561029a575f5ffd5b5061015d62278d0081565b61015d6102b33660046124fe565b6111cc565b3480156102c3575f5ffd5b5061013c6102d23660046124fe565b61120c565b3480156102e2575f5ffd5b5061013c6102f1366004612691565b6113c6565b610316604080516060810182525f80825260208201819052909182015290565b5f82815260016020908152604091829020825160608101845281546fffffffffffffffffffffffffffffffff81168252700100000000000000000000000000000000810467ffffffffffffffff1693820193909352929091908301907801000000000000000000000000000000000000000000000000900460ff1660038111156103a2576103a261245c565b60038111156103b3576103b361245c565b90525092915050565b6103c46114dc565b5f6103ce82611513565b5f8181526001602090815260409091209192506103ed908401846125bd565b6001600160a01b0316336001600160a01b03161415801561042f575061041960408401602085016125bd565b6001600160a01b0316336001600160a01b031614155b15610474576040517fa8f55930000000000000000000000000000000000000000000000000000000008152600481018390523360248201526044015b60405180910390fd5b61048082826001611566565b5f61049160c0850160a086016125bd565b6001600160a01b0316036104d4576040517f5d6f26e10000000000000000000000000000000000000000000000000000000081526004810183905260240161046b565b6104e460a08401608085016126d3565b67ffffffffffffffff164210610550578161050560a08501608086016126d3565b6040517f86feedee000000000000000000000000000000000000000000000000000000008152600481019290925267ffffffffffffffff16602482015242604482015260640161046b565b805467ffffffffffffffff4216700100000000000000000000000000000000027fffffffffffffff000000000000000000ffffffffffffffffffffffffffffffff909116177802000000000000000000000000000000000000000000000000178155604051339083907fccaaba882d50ea23faa59a43ea26f9a73da17d2148dec254bc998b1bd5f94db8905f90a350506105e8611639565b50565b6001600160a01b038083165f90815260208181526040808320938516835292905220545b92915050565b61061d6114dc565b5f61062783611513565b5f8181526001602081905260409091209192506106479083908390611566565b61065760a08501608086016126d3565b67ffffffffffffffff164210610678578161050560a08601608087016126d3565b60e08401356106b6576040517fc6bb958f0000000000000000000000000000000000000000000000000000000081526004810183905260240161046b565b823560e08501351415806106fc57506106d7610120850161010086016125bd565b6001600160a01b03166106f060408501602086016125bd565b6001600160a01b031614155b8061070b5750818360a0013514155b15610745576040517f2c7745710000000000000000000000000000000000000000000000000000000081526004810183905260240161046b565b6040517f98610a210000000000000000000000000000000000000000000000000000000081525f906001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016906398610a21906107ac9087906004016126ec565b602060405180830381865afa1580156107c7573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906107eb9190612777565b905080610827576040517f2c7745710000000000000000000000000000000000000000000000000000000081526004810184905260240161046b565b815478030000000000000000000000000000000000000000000000007fffffffffffffff00ffffffffffffffff000000000000000000000000000000008216178355604080516fffffffffffffffffffffffffffffffff9092168083525f602084015290820183905290339085907fa80079ce47f6ac34c6a59b7df68386691602bff2297850fbbcd61d2b799b1cc59060600160405180910390a36108ec846108d66060890160408a016125bd565b6108e660408a0160208b016125bd565b84611663565b505050506108f8611639565b5050565b6109046114dc565b6001600160a01b0381165f9081526020818152604080832033845290915281205490819003610970576040517f77d262700000000000000000000000000000000000000000000000000000000081526001600160a01b038316600482015233602482015260440161046b565b6001600160a01b0382165f818152602081815260408083203380855290835281842093909355518481529192917fd1c19fbcd4551a5edfb66d43d2e337c04837afda3482b42bdf569a8fccdae5fb910160405180910390a35f6001600160a01b038316610a2457604051339083905f81818185875af1925050503d805f8114610a14576040519150601f19603f3d011682016040523d82523d5f602084013e610a19565b606091505b505080915050610a3b565b610a386001600160a01b0384163384611736565b90505b80610a8a576040517fa4f6ed840000000000000000000000000000000000000000000000000000000081526001600160a01b03841660048201523360248201526044810183905260640161046b565b50506105e8611639565b5f610a9d6114dc565b610aa68761174d565b610ab18760026117ce565b90505f610ac46060890160408a016125bd565b6040517f70a082310000000000000000000000000000000000000000000000000000000081523060048201526001600160a01b0391909116906370a0823190602401602060405180830381865afa158015610b21573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610b459190612777565b9050610b576060890160408a016125bd565b6001600160a01b031663ef55bec6610b7260208b018b6125bd565b6040517fffffffff0000000000000000000000000000000000000000000000000000000060e084901b1681526001600160a01b03909116600482015230602482015260608b01356044820152606481018a90526084810189905260a4810185905260ff881660c482015260e481018790526101048101869052610124015f604051808303815f87803b158015610c06575f5ffd5b505af1158015610c18573d5f5f3e3d5ffd5b50610c3c9250610c3191505060608a0160408b016125bd565b896060013583611e73565b50610c45611639565b9695505050505050565b5f610c586114dc565b610c6560208701876125bd565b6001600160a01b0316336001600160a01b031614610cc257610c8686611513565b6040517fa8f55930000000000000000000000000000000000000000000000000000000008152600481019190915233602482015260440161046b565b610ccb8661174d565b610cd68660016117ce565b9050610ce860608701604088016125bd565b6001600160a01b031663d505accf610d0360208901896125bd565b6040517fffffffff0000000000000000000000000000000000000000000000000000000060e084901b1681526001600160a01b039091166004820152306024820152606089013560448201526064810188905260ff8716608482015260a4810186905260c4810185905260e4015f604051808303815f87803b158015610d87575f5ffd5b505af1925050508015610d98575060015b50610dc3610dac60608801604089016125bd565b610db960208901896125bd565b8860600135611f54565b610dcb611639565b95945050505050565b610ddc6114dc565b5f610de683611513565b5f81815260016020908152604091829020929350610e089186019086016125bd565b6001600160a01b0316336001600160a01b031614610e5b576040517fa8f559300000000000000000000000000000000000000000000000000000000081526004810183905233602482015260440161046b565b610e658282612098565b5f610e71838386612177565b604080518681526fffffffffffffffffffffffffffffffff8316602082015291925084917f240263254b4881615015b148b77c7e6fc13507d04d0ee967512d7d7162e009dc910160405180910390a2610ee783610ed460608801604089016125bd565b610ee160208901896125bd565b87611663565b5050506108f8611639565b610efa6114dc565b5f610f0483611513565b5f818152600160205260409020909150610f2460c0850160a086016125bd565b6001600160a01b0316336001600160a01b031614610f77576040517fa8f559300000000000000000000000000000000000000000000000000000000081526004810183905233602482015260440161046b565b610f8382826002611566565b80545f90610fb39062278d0090700100000000000000000000000000000000900467ffffffffffffffff166127bb565b9050804210610ffe576040517f8c3358b1000000000000000000000000000000000000000000000000000000008152600481018490526024810182905242604482015260640161046b565b81546fffffffffffffffffffffffffffffffff165f61271061102660e0890160c08a016127df565b6110349061ffff16846127f8565b61103e919061280f565b905061104a8183612847565b8611156110a057848661105d8385612847565b6040517f93c3182000000000000000000000000000000000000000000000000000000000815260048101939093526024830191909152604482015260640161046b565b5f866110ac8385612847565b6110b69190612847565b85547fffffffffffffff00ffffffffffffffff0000000000000000000000000000000016780300000000000000000000000000000000000000000000000017865560408051898152602081018390528082018590529051919250339188917f19f31661a82fdc6090ff0c62753edccc6f5b36870c4ab069819ab140dbbc72fd919081900360600190a36111698661115360608b0160408c016125bd565b61116360408c0160208d016125bd565b8a611663565b61118a8661117d60608b0160408c016125bd565b6108e660208c018c6125bd565b6111b48661119e60608b0160408c016125bd565b6111ae60c08c0160a08d016125bd565b85611663565b5050505050506108f8611639565b5f61060f82611513565b5f6111d56114dc565b6111df825f6117ce565b90506111ff6111f460608401604085016125bd565b338460600135611f54565b611207611639565b919050565b6112146114dc565b5f61121e82611513565b5f8181526001602052604090209091506112388282612098565b5f600282547801000000000000000000000000000000000000000000000000900460ff16600381111561126d5761126d61245c565b146112915761128260a08501608086016126d3565b67ffffffffffffffff166112bf565b81546112bf9062278d0090700100000000000000000000000000000000900467ffffffffffffffff166127bb565b90508042101561130b576040517fb9749db5000000000000000000000000000000000000000000000000000000008152600481018490526024810182905242604482015260640161046b565b815478030000000000000000000000000000000000000000000000007fffffffffffffff00ffffffffffffffff0000000000000000000000000000000082161783556040516fffffffffffffffffffffffffffffffff90911680825290339085907ffc31a7ddbe933aa6e67f3c98c183fbc87addd2b602fcfb10238d2f85cf0266179060200160405180910390a36113ba846113ad60608801604089016125bd565b6108e660208901896125bd565b505050506105e8611639565b6113ce6114dc565b5f6113d883611513565b5f8181526001602090815260409091209192506113f7908501856125bd565b6001600160a01b0316336001600160a01b03161461144a576040517fa8f559300000000000000000000000000000000000000000000000000000000081526004810183905233602482015260440161046b565b6114548282612098565b5f611460838386612177565b604080518681526fffffffffffffffffffffffffffffffff831660208201525f818301529051919250339185917fa80079ce47f6ac34c6a59b7df68386691602bff2297850fbbcd61d2b799b1cc5919081900360600190a3610ee7836114cc60608801604089016125bd565b610ee16040890160208a016125bd565b6114e4612295565b61151160017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b906122ee565b565b5f7f000000000000000000000000000000000000000000000000000000000000000030836040516020016115499392919061292e565b604051602081830303815290604052805190602001209050919050565b81547801000000000000000000000000000000000000000000000000900460ff168160038111156115995761159961245c565b8160038111156115ab576115ab61245c565b14611633575f8160038111156115c3576115c361245c565b036115fd576040517f9da4051c0000000000000000000000000000000000000000000000000000000081526004810185905260240161046b565b83816040517fe12e10b600000000000000000000000000000000000000000000000000000000815260040161046b92919061295a565b50505050565b6115115f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0061150b565b8015611633575f6001600160a01b038416611689575f5f5f5f858761c350f190506116a0565b61169d6001600160a01b0385168484611736565b90505b8061172f576001600160a01b038085165f90815260208181526040808320938716835292905290812080548492906116d99084906127bb565b92505081905550826001600160a01b0316846001600160a01b0316867f3e27973a3d5da24445a3b2a778656ab40f6fa042baaad258ac672295348ff56e8560405161172691815260200190565b60405180910390a45b5050505050565b5f6117438484845f6122f5565b90505b9392505050565b5f61175e60608301604084016125bd565b6001600160a01b0316036105e8576040517f91f4da6200000000000000000000000000000000000000000000000000000000815260206004820152601f60248201527f7369676e61747572652066756e64696e67206e65656473206120746f6b656e00604482015260640161046b565b5f806117dd60208501856125bd565b6001600160a01b0316148061180957505f6117fe60408501602086016125bd565b6001600160a01b0316145b15611870576040517f91f4da6200000000000000000000000000000000000000000000000000000000815260206004820152600a60248201527f7a65726f20706172747900000000000000000000000000000000000000000000604482015260640161046b565b61188060408401602085016125bd565b6001600160a01b031661189660208501856125bd565b6001600160a01b031603611906576040517f91f4da6200000000000000000000000000000000000000000000000000000000815260206004820152600e60248201527f7061796572206973207061796565000000000000000000000000000000000000604482015260640161046b565b6060830135158061192a57506fffffffffffffffffffffffffffffffff6060840135115b15611991576040517f91f4da6200000000000000000000000000000000000000000000000000000000815260206004820152600660248201527f616d6f756e740000000000000000000000000000000000000000000000000000604482015260640161046b565b426119a260a08501608086016126d3565b67ffffffffffffffff1611611a13576040517f91f4da6200000000000000000000000000000000000000000000000000000000815260206004820152601a60248201527f646561646c696e65206e6f7420696e2074686520667574757265000000000000604482015260640161046b565b611a2060208401846125bd565b6001600160a01b0316611a3960c0850160a086016125bd565b6001600160a01b03161480611a7d5750611a5960408401602085016125bd565b6001600160a01b0316611a7260c0850160a086016125bd565b6001600160a01b0316145b15611ae4576040517f91f4da6200000000000000000000000000000000000000000000000000000000815260206004820152601260248201527f6172626974657220697320612070617274790000000000000000000000000000604482015260640161046b565b30611af560408501602086016125bd565b6001600160a01b03161480611b21575030611b1660c0850160a086016125bd565b6001600160a01b0316145b15611b88576040517f91f4da6200000000000000000000000000000000000000000000000000000000815260206004820152601160248201527f657363726f772061732061207061727479000000000000000000000000000000604482015260640161046b565b612710611b9b60e0850160c086016127df565b61ffff161180611bdf5750611bb660e0840160c085016127df565b61ffff1615801590611bdf57505f611bd460c0850160a086016125bd565b6001600160a01b0316145b15611c46576040517f91f4da6200000000000000000000000000000000000000000000000000000000815260206004820152600b60248201527f6172626974657220666565000000000000000000000000000000000000000000604482015260640161046b565b5f611c59610120850161010086016125bd565b6001600160a01b03161460e08401351514611cf6576040517f91f4da6200000000000000000000000000000000000000000000000000000000815260206004820152602860248201527f636f6e646974696f6e206e6565647320626f746820736368656d6120616e642060448201527f6174746573746572000000000000000000000000000000000000000000000000606482015260840161046b565b611cff83611513565b5f81815260016020526040812091925081547801000000000000000000000000000000000000000000000000900460ff166003811115611d4157611d4161245c565b14611d7b576040517f54f964fb0000000000000000000000000000000000000000000000000000000081526004810183905260240161046b565b805478010000000000000000000000000000000000000000000000007fffffffffffffff00ffffffffffffffff0000000000000000000000000000000090911660608601356fffffffffffffffffffffffffffffffff1617178155611de660408501602086016125bd565b6001600160a01b0316611dfc60208601866125bd565b6001600160a01b0316837f0b08e322041864dbf7b4f5b0d6e81a78c7a564e09aadd0970b4bb288f85bb11787875f896002811115611e3c57611e3c61245c565b14611e5357611e4e60208b018b6125bd565b611e55565b335b604051611e649392919061296e565b60405180910390a45092915050565b6040517f70a082310000000000000000000000000000000000000000000000000000000081523060048201525f9082906001600160a01b038616906370a0823190602401602060405180830381865afa158015611ed2573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611ef69190612777565b611f009190612847565b9050828114611633576040517f96981e640000000000000000000000000000000000000000000000000000000081526001600160a01b0385166004820152602481018490526044810182905260640161046b565b6001600160a01b038316611fa957803414611fa4576040517f2846292e0000000000000000000000000000000000000000000000000000000081526004810182905234602482015260440161046b565b505050565b3415611fe9576040517f2846292e0000000000000000000000000000000000000000000000000000000081525f600482015234602482015260440161046b565b805f03611ff557505050565b6040517f70a082310000000000000000000000000000000000000000000000000000000081523060048201525f906001600160a01b038516906370a0823190602401602060405180830381865afa158015612052573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906120769190612777565b905061208d6001600160a01b038516843085612370565b611633848383611e73565b80547801000000000000000000000000000000000000000000000000900460ff1660018160038111156120cd576120cd61245c565b14806120ea575060028160038111156120e8576120e861245c565b145b156120f457505050565b5f8160038111156121075761210761245c565b03612141576040517f9da4051c0000000000000000000000000000000000000000000000000000000081526004810184905260240161046b565b82816040517fe12e10b600000000000000000000000000000000000000000000000000000000815260040161046b92919061295a565b81545f906fffffffffffffffffffffffffffffffff168215806121ab5750806fffffffffffffffffffffffffffffffff1683115b15612204576040517f93c3182000000000000000000000000000000000000000000000000000000000815260048101869052602481018490526fffffffffffffffffffffffffffffffff8216604482015260640161046b565b83547fffffffffffffffffffffffffffffffff00000000000000000000000000000000168382036fffffffffffffffffffffffffffffffff8116918217865592505f0361228d5783547fffffffffffffff00ffffffffffffffffffffffffffffffffffffffffffffffff1678030000000000000000000000000000000000000000000000001784555b509392505050565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c15611511576040517f3ee5aeb500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b80825d5050565b6040517fa9059cbb000000000000000000000000000000000000000000000000000000005f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316612364578383151615612358573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b61237e8484848460016123bf565b611633576040517f5274afe70000000000000000000000000000000000000000000000000000000081526001600160a01b038516600482015260240161046b565b6040517f23b872dd000000000000000000000000000000000000000000000000000000005f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f51148316612434578383151615612428573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b5f60208284031215612455575f5ffd5b5035919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b600481106124995761249961245c565b9052565b5f6060820190506fffffffffffffffffffffffffffffffff835116825267ffffffffffffffff602084015116602083015260408301516124e06040840182612489565b5092915050565b5f61014082840312156124f8575f5ffd5b50919050565b5f610140828403121561250f575f5ffd5b61174683836124e7565b80356001600160a01b0381168114611207575f5ffd5b5f5f60408385031215612540575f5ffd5b61254983612519565b915061255760208401612519565b90509250929050565b5f5f828403610220811215612573575f5ffd5b61257d85856124e7565b925060e07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffec0820112156125ae575f5ffd5b50610140830190509250929050565b5f602082840312156125cd575f5ffd5b61174682612519565b803560ff81168114611207575f5ffd5b5f5f5f5f5f5f6101e087890312156125fc575f5ffd5b61260688886124e7565b95506101408701359450610160870135935061262561018088016125d6565b959894975092956101a0810135946101c0909101359350915050565b5f5f5f5f5f6101c08688031215612656575f5ffd5b61266087876124e7565b9450610140860135935061267761016087016125d6565b9497939650939461018081013594506101a0013592915050565b5f5f61016083850312156126a3575f5ffd5b6126ad84846124e7565b94610140939093013593505050565b803567ffffffffffffffff81168114611207575f5ffd5b5f602082840312156126e3575f5ffd5b611746826126bc565b8135815260e081016001600160a01b0361270860208501612519565b1660208301526001600160a01b0361272260408501612519565b16604083015267ffffffffffffffff61273d606085016126bc565b16606083015260808301358015158114612755575f5ffd5b1515608083015260a0838101359083015260c092830135929091019190915290565b5f60208284031215612787575f5ffd5b5051919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b8082018082111561060f5761060f61278e565b803561ffff81168114611207575f5ffd5b5f602082840312156127ef575f5ffd5b611746826127ce565b808202811582820484141761060f5761060f61278e565b5f82612842577f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b500490565b8181038181111561060f5761060f61278e565b6128748261286783612519565b6001600160a01b03169052565b61288060208201612519565b6001600160a01b0316602083015261289a60408201612519565b6001600160a01b03166040830152606081810135908301526128be608082016126bc565b67ffffffffffffffff1660808301526128d960a08201612519565b6001600160a01b031660a08301526128f360c082016127ce565b61ffff1660c083015260e081810135908301526129136101008201612519565b6001600160a01b031661010083015261012090810135910152565b8381526001600160a01b03831660208201526101808101612952604083018461285a565b949350505050565b828152604081016117466020830184612489565b610180810161297d828661285a565b6003841061298d5761298d61245c565b836101408301526001600160a01b03831661016083015294935050505056
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"`\xC0`@RF`\x80R4\x80\x15`\x12W__\xFD[P`@Qa*>8\x03\x80a*>\x839\x81\x01`@\x81\x90R`/\x91`?V[`\x01`\x01`\xA0\x1B\x03\x16`\xA0R`jV[_` \x82\x84\x03\x12\x15`NW__\xFD[\x81Q`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14`cW__\xFD[\x93\x92PPPV[`\x80Q`\xA0Qa)\xACa\0\x92_9_\x81\x81a\x026\x01Ra\x07w\x01R_a\x15\x16\x01Ra)\xAC_\xF3\xFE`\x80`@R`\x046\x10a\0\xE4W_5`\xE0\x1C\x80cq\xC2\x8B\xCF\x11a\0\x87W\x80c\x9D\x8A\x86f\x11a\0WW\x80c\x9D\x8A\x86f\x14a\x02\x8FW\x80c\xC7\xCEe\xCC\x14a\x02\xA5W\x80c\xE5R\xD0w\x14a\x02\xB8W\x80c\xF22\xF4\xDB\x14a\x02\xD7W__\xFD[\x80cq\xC2\x8B\xCF\x14a\x01\xE7W\x80ct\xB7\xF7.\x14a\x02\x06W\x80c{\x109\x99\x14a\x02%W\x80c\x9A\xBA\"1\x14a\x02pW__\xFD[\x80cC\x1Dg\xBE\x11a\0\xC2W\x80cC\x1Dg\xBE\x14a\x01kW\x80cQ\xCF\xF8\xD9\x14a\x01\x8AW\x80cYS\x95\x16\x14a\x01\xA9W\x80cZ\x8F\xED.\x14a\x01\xC8W__\xFD[\x80c\td\x8A\x9D\x14a\0\xE8W\x80c#\xC8\x18C\x14a\x01\x1DW\x80c(\x07\x9EJ\x14a\x01>W[__\xFD[4\x80\x15a\0\xF3W__\xFD[Pa\x01\x07a\x01\x026`\x04a$EV[a\x02\xF6V[`@Qa\x01\x14\x91\x90a$\x9DV[`@Q\x80\x91\x03\x90\xF3[4\x80\x15a\x01(W__\xFD[Pa\x01<a\x0176`\x04a$\xFEV[a\x03\xBCV[\0[4\x80\x15a\x01IW__\xFD[Pa\x01]a\x01X6`\x04a%/V[a\x05\xEBV[`@Q\x90\x81R` \x01a\x01\x14V[4\x80\x15a\x01vW__\xFD[Pa\x01<a\x01\x856`\x04a%`V[a\x06\x15V[4\x80\x15a\x01\x95W__\xFD[Pa\x01<a\x01\xA46`\x04a%\xBDV[a\x08\xFCV[4\x80\x15a\x01\xB4W__\xFD[Pa\x01]a\x01\xC36`\x04a%\xE6V[a\n\x94V[4\x80\x15a\x01\xD3W__\xFD[Pa\x01]a\x01\xE26`\x04a&AV[a\x0COV[4\x80\x15a\x01\xF2W__\xFD[Pa\x01<a\x02\x016`\x04a&\x91V[a\r\xD4V[4\x80\x15a\x02\x11W__\xFD[Pa\x01<a\x02 6`\x04a&\x91V[a\x0E\xF2V[4\x80\x15a\x020W__\xFD[Pa\x02X\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[`@Q`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x81R` \x01a\x01\x14V[4\x80\x15a\x02{W__\xFD[Pa\x01]a\x02\x8A6`\x04a$\xFEV[a\x11\xC2V[4\x80\x15a\x02\x9AW__\xFD[Pa\x01]b'\x8D\0\x81V[a\x01]a\x02\xB36`\x04a$\xFEV[a\x11\xCCV[4\x80\x15a\x02\xC3W__\xFD[Pa\x01<a\x02\xD26`\x04a$\xFEV[a\x12\x0CV[4\x80\x15a\x02\xE2W__\xFD[Pa\x01<a\x02\xF16`\x04a&\x91V[a\x13\xC6V[a\x03\x16`@\x80Q``\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x90\x91\x82\x01R\x90V[_\x82\x81R`\x01` \x90\x81R`@\x91\x82\x90 \x82Q``\x81\x01\x84R\x81To\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x82Rp\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x93\x82\x01\x93\x90\x93R\x92\x90\x91\x90\x83\x01\x90x\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04`\xFF\x16`\x03\x81\x11\x15a\x03\xA2Wa\x03\xA2a$\\V[`\x03\x81\x11\x15a\x03\xB3Wa\x03\xB3a$\\V[\x90RP\x92\x91PPV[a\x03\xC4a\x14\xDCV[_a\x03\xCE\x82a\x15\x13V[_\x81\x81R`\x01` \x90\x81R`@\x90\x91 \x91\x92Pa\x03\xED\x90\x84\x01\x84a%\xBDV[`\x01`\x01`\xA0\x1B\x03\x163`\x01`\x01`\xA0\x1B\x03\x16\x14\x15\x80\x15a\x04/WPa\x04\x19`@\x84\x01` \x85\x01a%\xBDV[`\x01`\x01`\xA0\x1B\x03\x163`\x01`\x01`\xA0\x1B\x03\x16\x14\x15[\x15a\x04tW`@Q\x7F\xA8\xF5Y0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R3`$\x82\x01R`D\x01[`@Q\x80\x91\x03\x90\xFD[a\x04\x80\x82\x82`\x01a\x15fV[_a\x04\x91`\xC0\x85\x01`\xA0\x86\x01a%\xBDV[`\x01`\x01`\xA0\x1B\x03\x16\x03a\x04\xD4W`@Q\x7F]o&\xE1\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R`$\x01a\x04kV[a\x04\xE4`\xA0\x84\x01`\x80\x85\x01a&\xD3V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16B\x10a\x05PW\x81a\x05\x05`\xA0\x85\x01`\x80\x86\x01a&\xD3V[`@Q\x7F\x86\xFE\xED\xEE\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x92\x90\x92Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`$\x82\x01RB`D\x82\x01R`d\x01a\x04kV[\x80Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFB\x16p\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x17x\x02\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x17\x81U`@Q3\x90\x83\x90\x7F\xCC\xAA\xBA\x88-P\xEA#\xFA\xA5\x9AC\xEA&\xF9\xA7=\xA1}!H\xDE\xC2T\xBC\x99\x8B\x1B\xD5\xF9M\xB8\x90_\x90\xA3PPa\x05\xE8a\x169V[PV[`\x01`\x01`\xA0\x1B\x03\x80\x83\x16_\x90\x81R` \x81\x81R`@\x80\x83 \x93\x85\x16\x83R\x92\x90R T[\x92\x91PPV[a\x06\x1Da\x14\xDCV[_a\x06'\x83a\x15\x13V[_\x81\x81R`\x01` \x81\x90R`@\x90\x91 \x91\x92Pa\x06G\x90\x83\x90\x83\x90a\x15fV[a\x06W`\xA0\x85\x01`\x80\x86\x01a&\xD3V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16B\x10a\x06xW\x81a\x05\x05`\xA0\x86\x01`\x80\x87\x01a&\xD3V[`\xE0\x84\x015a\x06\xB6W`@Q\x7F\xC6\xBB\x95\x8F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R`$\x01a\x04kV[\x825`\xE0\x85\x015\x14\x15\x80a\x06\xFCWPa\x06\xD7a\x01 \x85\x01a\x01\0\x86\x01a%\xBDV[`\x01`\x01`\xA0\x1B\x03\x16a\x06\xF0`@\x85\x01` \x86\x01a%\xBDV[`\x01`\x01`\xA0\x1B\x03\x16\x14\x15[\x80a\x07\x0BWP\x81\x83`\xA0\x015\x14\x15[\x15a\x07EW`@Q\x7F,wEq\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R`$\x01a\x04kV[`@Q\x7F\x98a\n!\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R_\x90`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90c\x98a\n!\x90a\x07\xAC\x90\x87\x90`\x04\x01a&\xECV[` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x07\xC7W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x07\xEB\x91\x90a'wV[\x90P\x80a\x08'W`@Q\x7F,wEq\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90R`$\x01a\x04kV[\x81Tx\x03\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x16\x17\x83U`@\x80Qo\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x92\x16\x80\x83R_` \x84\x01R\x90\x82\x01\x83\x90R\x903\x90\x85\x90\x7F\xA8\0y\xCEG\xF6\xAC4\xC6\xA5\x9B}\xF6\x83\x86i\x16\x02\xBF\xF2)xP\xFB\xBC\xD6\x1D+y\x9B\x1C\xC5\x90``\x01`@Q\x80\x91\x03\x90\xA3a\x08\xEC\x84a\x08\xD6``\x89\x01`@\x8A\x01a%\xBDV[a\x08\xE6`@\x8A\x01` \x8B\x01a%\xBDV[\x84a\x16cV[PPPPa\x08\xF8a\x169V[PPV[a\t\x04a\x14\xDCV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R` \x81\x81R`@\x80\x83 3\x84R\x90\x91R\x81 T\x90\x81\x90\x03a\tpW`@Q\x7Fw\xD2bp\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x83\x16`\x04\x82\x01R3`$\x82\x01R`D\x01a\x04kV[`\x01`\x01`\xA0\x1B\x03\x82\x16_\x81\x81R` \x81\x81R`@\x80\x83 3\x80\x85R\x90\x83R\x81\x84 \x93\x90\x93UQ\x84\x81R\x91\x92\x91\x7F\xD1\xC1\x9F\xBC\xD4U\x1A^\xDF\xB6mC\xD2\xE37\xC0H7\xAF\xDA4\x82\xB4+\xDFV\x9A\x8F\xCC\xDA\xE5\xFB\x91\x01`@Q\x80\x91\x03\x90\xA3_`\x01`\x01`\xA0\x1B\x03\x83\x16a\n$W`@Q3\x90\x83\x90_\x81\x81\x81\x85\x87Z\xF1\x92PPP=\x80_\x81\x14a\n\x14W`@Q\x91P`\x1F\x19`?=\x01\x16\x82\x01`@R=\x82R=_` \x84\x01>a\n\x19V[``\x91P[PP\x80\x91PPa\n;V[a\n8`\x01`\x01`\xA0\x1B\x03\x84\x163\x84a\x176V[\x90P[\x80a\n\x8AW`@Q\x7F\xA4\xF6\xED\x84\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x84\x16`\x04\x82\x01R3`$\x82\x01R`D\x81\x01\x83\x90R`d\x01a\x04kV[PPa\x05\xE8a\x169V[_a\n\x9Da\x14\xDCV[a\n\xA6\x87a\x17MV[a\n\xB1\x87`\x02a\x17\xCEV[\x90P_a\n\xC4``\x89\x01`@\x8A\x01a%\xBDV[`@Q\x7Fp\xA0\x821\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R0`\x04\x82\x01R`\x01`\x01`\xA0\x1B\x03\x91\x90\x91\x16\x90cp\xA0\x821\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x0B!W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x0BE\x91\x90a'wV[\x90Pa\x0BW``\x89\x01`@\x8A\x01a%\xBDV[`\x01`\x01`\xA0\x1B\x03\x16c\xEFU\xBE\xC6a\x0Br` \x8B\x01\x8Ba%\xBDV[`@Q\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\xE0\x84\x90\x1B\x16\x81R`\x01`\x01`\xA0\x1B\x03\x90\x91\x16`\x04\x82\x01R0`$\x82\x01R``\x8B\x015`D\x82\x01R`d\x81\x01\x8A\x90R`\x84\x81\x01\x89\x90R`\xA4\x81\x01\x85\x90R`\xFF\x88\x16`\xC4\x82\x01R`\xE4\x81\x01\x87\x90Ra\x01\x04\x81\x01\x86\x90Ra\x01$\x01_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a\x0C\x06W__\xFD[PZ\xF1\x15\x80\x15a\x0C\x18W=__>=_\xFD[Pa\x0C<\x92Pa\x0C1\x91PP``\x8A\x01`@\x8B\x01a%\xBDV[\x89``\x015\x83a\x1EsV[Pa\x0CEa\x169V[\x96\x95PPPPPPV[_a\x0CXa\x14\xDCV[a\x0Ce` \x87\x01\x87a%\xBDV[`\x01`\x01`\xA0\x1B\x03\x163`\x01`\x01`\xA0\x1B\x03\x16\x14a\x0C\xC2Wa\x0C\x86\x86a\x15\x13V[`@Q\x7F\xA8\xF5Y0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x91\x90\x91R3`$\x82\x01R`D\x01a\x04kV[a\x0C\xCB\x86a\x17MV[a\x0C\xD6\x86`\x01a\x17\xCEV[\x90Pa\x0C\xE8``\x87\x01`@\x88\x01a%\xBDV[`\x01`\x01`\xA0\x1B\x03\x16c\xD5\x05\xAC\xCFa\r\x03` \x89\x01\x89a%\xBDV[`@Q\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\xE0\x84\x90\x1B\x16\x81R`\x01`\x01`\xA0\x1B\x03\x90\x91\x16`\x04\x82\x01R0`$\x82\x01R``\x89\x015`D\x82\x01R`d\x81\x01\x88\x90R`\xFF\x87\x16`\x84\x82\x01R`\xA4\x81\x01\x86\x90R`\xC4\x81\x01\x85\x90R`\xE4\x01_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a\r\x87W__\xFD[PZ\xF1\x92PPP\x80\x15a\r\x98WP`\x01[Pa\r\xC3a\r\xAC``\x88\x01`@\x89\x01a%\xBDV[a\r\xB9` \x89\x01\x89a%\xBDV[\x88``\x015a\x1FTV[a\r\xCBa\x169V[\x95\x94PPPPPV[a\r\xDCa\x14\xDCV[_a\r\xE6\x83a\x15\x13V[_\x81\x81R`\x01` \x90\x81R`@\x91\x82\x90 \x92\x93Pa\x0E\x08\x91\x86\x01\x90\x86\x01a%\xBDV[`\x01`\x01`\xA0\x1B\x03\x163`\x01`\x01`\xA0\x1B\x03\x16\x14a\x0E[W`@Q\x7F\xA8\xF5Y0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R3`$\x82\x01R`D\x01a\x04kV[a\x0Ee\x82\x82a \x98V[_a\x0Eq\x83\x83\x86a!wV[`@\x80Q\x86\x81Ro\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16` \x82\x01R\x91\x92P\x84\x91\x7F$\x02c%KH\x81aP\x15\xB1H\xB7|~o\xC15\x07\xD0M\x0E\xE9gQ-}qb\xE0\t\xDC\x91\x01`@Q\x80\x91\x03\x90\xA2a\x0E\xE7\x83a\x0E\xD4``\x88\x01`@\x89\x01a%\xBDV[a\x0E\xE1` \x89\x01\x89a%\xBDV[\x87a\x16cV[PPPa\x08\xF8a\x169V[a\x0E\xFAa\x14\xDCV[_a\x0F\x04\x83a\x15\x13V[_\x81\x81R`\x01` R`@\x90 \x90\x91Pa\x0F$`\xC0\x85\x01`\xA0\x86\x01a%\xBDV[`\x01`\x01`\xA0\x1B\x03\x163`\x01`\x01`\xA0\x1B\x03\x16\x14a\x0FwW`@Q\x7F\xA8\xF5Y0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R3`$\x82\x01R`D\x01a\x04kV[a\x0F\x83\x82\x82`\x02a\x15fV[\x80T_\x90a\x0F\xB3\x90b'\x8D\0\x90p\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a'\xBBV[\x90P\x80B\x10a\x0F\xFEW`@Q\x7F\x8C3X\xB1\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90R`$\x81\x01\x82\x90RB`D\x82\x01R`d\x01a\x04kV[\x81To\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16_a'\x10a\x10&`\xE0\x89\x01`\xC0\x8A\x01a'\xDFV[a\x104\x90a\xFF\xFF\x16\x84a'\xF8V[a\x10>\x91\x90a(\x0FV[\x90Pa\x10J\x81\x83a(GV[\x86\x11\x15a\x10\xA0W\x84\x86a\x10]\x83\x85a(GV[`@Q\x7F\x93\xC3\x18 \0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x93\x90\x93R`$\x83\x01\x91\x90\x91R`D\x82\x01R`d\x01a\x04kV[_\x86a\x10\xAC\x83\x85a(GV[a\x10\xB6\x91\x90a(GV[\x85T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16x\x03\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x17\x86U`@\x80Q\x89\x81R` \x81\x01\x83\x90R\x80\x82\x01\x85\x90R\x90Q\x91\x92P3\x91\x88\x91\x7F\x19\xF3\x16a\xA8/\xDC`\x90\xFF\x0Cbu>\xDC\xCCo[6\x87\x0CJ\xB0i\x81\x9A\xB1@\xDB\xBCr\xFD\x91\x90\x81\x90\x03``\x01\x90\xA3a\x11i\x86a\x11S``\x8B\x01`@\x8C\x01a%\xBDV[a\x11c`@\x8C\x01` \x8D\x01a%\xBDV[\x8Aa\x16cV[a\x11\x8A\x86a\x11}``\x8B\x01`@\x8C\x01a%\xBDV[a\x08\xE6` \x8C\x01\x8Ca%\xBDV[a\x11\xB4\x86a\x11\x9E``\x8B\x01`@\x8C\x01a%\xBDV[a\x11\xAE`\xC0\x8C\x01`\xA0\x8D\x01a%\xBDV[\x85a\x16cV[PPPPPPa\x08\xF8a\x169V[_a\x06\x0F\x82a\x15\x13V[_a\x11\xD5a\x14\xDCV[a\x11\xDF\x82_a\x17\xCEV[\x90Pa\x11\xFFa\x11\xF4``\x84\x01`@\x85\x01a%\xBDV[3\x84``\x015a\x1FTV[a\x12\x07a\x169V[\x91\x90PV[a\x12\x14a\x14\xDCV[_a\x12\x1E\x82a\x15\x13V[_\x81\x81R`\x01` R`@\x90 \x90\x91Pa\x128\x82\x82a \x98V[_`\x02\x82Tx\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04`\xFF\x16`\x03\x81\x11\x15a\x12mWa\x12ma$\\V[\x14a\x12\x91Wa\x12\x82`\xA0\x85\x01`\x80\x86\x01a&\xD3V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x12\xBFV[\x81Ta\x12\xBF\x90b'\x8D\0\x90p\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a'\xBBV[\x90P\x80B\x10\x15a\x13\x0BW`@Q\x7F\xB9t\x9D\xB5\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90R`$\x81\x01\x82\x90RB`D\x82\x01R`d\x01a\x04kV[\x81Tx\x03\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x16\x17\x83U`@Qo\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x80\x82R\x903\x90\x85\x90\x7F\xFC1\xA7\xDD\xBE\x93:\xA6\xE6\x7F<\x98\xC1\x83\xFB\xC8z\xDD\xD2\xB6\x02\xFC\xFB\x10#\x8D/\x85\xCF\x02f\x17\x90` \x01`@Q\x80\x91\x03\x90\xA3a\x13\xBA\x84a\x13\xAD``\x88\x01`@\x89\x01a%\xBDV[a\x08\xE6` \x89\x01\x89a%\xBDV[PPPPa\x05\xE8a\x169V[a\x13\xCEa\x14\xDCV[_a\x13\xD8\x83a\x15\x13V[_\x81\x81R`\x01` \x90\x81R`@\x90\x91 \x91\x92Pa\x13\xF7\x90\x85\x01\x85a%\xBDV[`\x01`\x01`\xA0\x1B\x03\x163`\x01`\x01`\xA0\x1B\x03\x16\x14a\x14JW`@Q\x7F\xA8\xF5Y0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R3`$\x82\x01R`D\x01a\x04kV[a\x14T\x82\x82a \x98V[_a\x14`\x83\x83\x86a!wV[`@\x80Q\x86\x81Ro\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16` \x82\x01R_\x81\x83\x01R\x90Q\x91\x92P3\x91\x85\x91\x7F\xA8\0y\xCEG\xF6\xAC4\xC6\xA5\x9B}\xF6\x83\x86i\x16\x02\xBF\xF2)xP\xFB\xBC\xD6\x1D+y\x9B\x1C\xC5\x91\x90\x81\x90\x03``\x01\x90\xA3a\x0E\xE7\x83a\x14\xCC``\x88\x01`@\x89\x01a%\xBDV[a\x0E\xE1`@\x89\x01` \x8A\x01a%\xBDV[a\x14\xE4a\"\x95V[a\x15\x11`\x01\x7F\x9Bw\x9B\x17B-\r\xF9\"#\x01\x8B2\xB4\xD1\xFAF\xE0qr=h\x17\xE2Hm\0;\xEC\xC5_\0[\x90a\"\xEEV[V[_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x000\x83`@Q` \x01a\x15I\x93\x92\x91\x90a).V[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x91\x90PV[\x81Tx\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04`\xFF\x16\x81`\x03\x81\x11\x15a\x15\x99Wa\x15\x99a$\\V[\x81`\x03\x81\x11\x15a\x15\xABWa\x15\xABa$\\V[\x14a\x163W_\x81`\x03\x81\x11\x15a\x15\xC3Wa\x15\xC3a$\\V[\x03a\x15\xFDW`@Q\x7F\x9D\xA4\x05\x1C\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x85\x90R`$\x01a\x04kV[\x83\x81`@Q\x7F\xE1.\x10\xB6\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01a\x04k\x92\x91\x90a)ZV[PPPPV[a\x15\x11_\x7F\x9Bw\x9B\x17B-\r\xF9\"#\x01\x8B2\xB4\xD1\xFAF\xE0qr=h\x17\xE2Hm\0;\xEC\xC5_\0a\x15\x0BV[\x80\x15a\x163W_`\x01`\x01`\xA0\x1B\x03\x84\x16a\x16\x89W____\x85\x87a\xC3P\xF1\x90Pa\x16\xA0V[a\x16\x9D`\x01`\x01`\xA0\x1B\x03\x85\x16\x84\x84a\x176V[\x90P[\x80a\x17/W`\x01`\x01`\xA0\x1B\x03\x80\x85\x16_\x90\x81R` \x81\x81R`@\x80\x83 \x93\x87\x16\x83R\x92\x90R\x90\x81 \x80T\x84\x92\x90a\x16\xD9\x90\x84\x90a'\xBBV[\x92PP\x81\x90UP\x82`\x01`\x01`\xA0\x1B\x03\x16\x84`\x01`\x01`\xA0\x1B\x03\x16\x86\x7F>'\x97:=]\xA2DE\xA3\xB2\xA7xej\xB4\x0Fo\xA0B\xBA\xAA\xD2X\xACg\"\x954\x8F\xF5n\x85`@Qa\x17&\x91\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA4[PPPPPV[_a\x17C\x84\x84\x84_a\"\xF5V[\x90P[\x93\x92PPPV[_a\x17^``\x83\x01`@\x84\x01a%\xBDV[`\x01`\x01`\xA0\x1B\x03\x16\x03a\x05\xE8W`@Q\x7F\x91\xF4\xDAb\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`\x1F`$\x82\x01R\x7Fsignature funding needs a token\0`D\x82\x01R`d\x01a\x04kV[_\x80a\x17\xDD` \x85\x01\x85a%\xBDV[`\x01`\x01`\xA0\x1B\x03\x16\x14\x80a\x18\tWP_a\x17\xFE`@\x85\x01` \x86\x01a%\xBDV[`\x01`\x01`\xA0\x1B\x03\x16\x14[\x15a\x18pW`@Q\x7F\x91\xF4\xDAb\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`\n`$\x82\x01R\x7Fzero party\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`D\x82\x01R`d\x01a\x04kV[a\x18\x80`@\x84\x01` \x85\x01a%\xBDV[`\x01`\x01`\xA0\x1B\x03\x16a\x18\x96` \x85\x01\x85a%\xBDV[`\x01`\x01`\xA0\x1B\x03\x16\x03a\x19\x06W`@Q\x7F\x91\xF4\xDAb\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`\x0E`$\x82\x01R\x7Fpayer is payee\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`D\x82\x01R`d\x01a\x04kV[``\x83\x015\x15\x80a\x19*WPo\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF``\x84\x015\x11[\x15a\x19\x91W`@Q\x7F\x91\xF4\xDAb\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`\x06`$\x82\x01R\x7Famount\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`D\x82\x01R`d\x01a\x04kV[Ba\x19\xA2`\xA0\x85\x01`\x80\x86\x01a&\xD3V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11a\x1A\x13W`@Q\x7F\x91\xF4\xDAb\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`\x1A`$\x82\x01R\x7Fdeadline not in the future\0\0\0\0\0\0`D\x82\x01R`d\x01a\x04kV[a\x1A ` \x84\x01\x84a%\xBDV[`\x01`\x01`\xA0\x1B\x03\x16a\x1A9`\xC0\x85\x01`\xA0\x86\x01a%\xBDV[`\x01`\x01`\xA0\x1B\x03\x16\x14\x80a\x1A}WPa\x1AY`@\x84\x01` \x85\x01a%\xBDV[`\x01`\x01`\xA0\x1B\x03\x16a\x1Ar`\xC0\x85\x01`\xA0\x86\x01a%\xBDV[`\x01`\x01`\xA0\x1B\x03\x16\x14[\x15a\x1A\xE4W`@Q\x7F\x91\xF4\xDAb\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`\x12`$\x82\x01R\x7Farbiter is a party\0\0\0\0\0\0\0\0\0\0\0\0\0\0`D\x82\x01R`d\x01a\x04kV[0a\x1A\xF5`@\x85\x01` \x86\x01a%\xBDV[`\x01`\x01`\xA0\x1B\x03\x16\x14\x80a\x1B!WP0a\x1B\x16`\xC0\x85\x01`\xA0\x86\x01a%\xBDV[`\x01`\x01`\xA0\x1B\x03\x16\x14[\x15a\x1B\x88W`@Q\x7F\x91\xF4\xDAb\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`\x11`$\x82\x01R\x7Fescrow as a party\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`D\x82\x01R`d\x01a\x04kV[a'\x10a\x1B\x9B`\xE0\x85\x01`\xC0\x86\x01a'\xDFV[a\xFF\xFF\x16\x11\x80a\x1B\xDFWPa\x1B\xB6`\xE0\x84\x01`\xC0\x85\x01a'\xDFV[a\xFF\xFF\x16\x15\x80\x15\x90a\x1B\xDFWP_a\x1B\xD4`\xC0\x85\x01`\xA0\x86\x01a%\xBDV[`\x01`\x01`\xA0\x1B\x03\x16\x14[\x15a\x1CFW`@Q\x7F\x91\xF4\xDAb\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`\x0B`$\x82\x01R\x7Farbiter fee\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`D\x82\x01R`d\x01a\x04kV[_a\x1CYa\x01 \x85\x01a\x01\0\x86\x01a%\xBDV[`\x01`\x01`\xA0\x1B\x03\x16\x14`\xE0\x84\x015\x15\x14a\x1C\xF6W`@Q\x7F\x91\xF4\xDAb\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`(`$\x82\x01R\x7Fcondition needs both schema and `D\x82\x01R\x7Fattester\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`d\x82\x01R`\x84\x01a\x04kV[a\x1C\xFF\x83a\x15\x13V[_\x81\x81R`\x01` R`@\x81 \x91\x92P\x81Tx\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04`\xFF\x16`\x03\x81\x11\x15a\x1DAWa\x1DAa$\\V[\x14a\x1D{W`@Q\x7FT\xF9d\xFB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R`$\x01a\x04kV[\x80Tx\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x16``\x86\x015o\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x17\x17\x81Ua\x1D\xE6`@\x85\x01` \x86\x01a%\xBDV[`\x01`\x01`\xA0\x1B\x03\x16a\x1D\xFC` \x86\x01\x86a%\xBDV[`\x01`\x01`\xA0\x1B\x03\x16\x83\x7F\x0B\x08\xE3\"\x04\x18d\xDB\xF7\xB4\xF5\xB0\xD6\xE8\x1Ax\xC7\xA5d\xE0\x9A\xAD\xD0\x97\x0BK\xB2\x88\xF8[\xB1\x17\x87\x87_\x89`\x02\x81\x11\x15a\x1E<Wa\x1E<a$\\V[\x14a\x1ESWa\x1EN` \x8B\x01\x8Ba%\xBDV[a\x1EUV[3[`@Qa\x1Ed\x93\x92\x91\x90a)nV[`@Q\x80\x91\x03\x90\xA4P\x92\x91PPV[`@Q\x7Fp\xA0\x821\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R0`\x04\x82\x01R_\x90\x82\x90`\x01`\x01`\xA0\x1B\x03\x86\x16\x90cp\xA0\x821\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x1E\xD2W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x1E\xF6\x91\x90a'wV[a\x1F\0\x91\x90a(GV[\x90P\x82\x81\x14a\x163W`@Q\x7F\x96\x98\x1Ed\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x85\x16`\x04\x82\x01R`$\x81\x01\x84\x90R`D\x81\x01\x82\x90R`d\x01a\x04kV[`\x01`\x01`\xA0\x1B\x03\x83\x16a\x1F\xA9W\x804\x14a\x1F\xA4W`@Q\x7F(F).\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x82\x90R4`$\x82\x01R`D\x01a\x04kV[PPPV[4\x15a\x1F\xE9W`@Q\x7F(F).\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R_`\x04\x82\x01R4`$\x82\x01R`D\x01a\x04kV[\x80_\x03a\x1F\xF5WPPPV[`@Q\x7Fp\xA0\x821\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R0`\x04\x82\x01R_\x90`\x01`\x01`\xA0\x1B\x03\x85\x16\x90cp\xA0\x821\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a RW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a v\x91\x90a'wV[\x90Pa \x8D`\x01`\x01`\xA0\x1B\x03\x85\x16\x840\x85a#pV[a\x163\x84\x83\x83a\x1EsV[\x80Tx\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04`\xFF\x16`\x01\x81`\x03\x81\x11\x15a \xCDWa \xCDa$\\V[\x14\x80a \xEAWP`\x02\x81`\x03\x81\x11\x15a \xE8Wa \xE8a$\\V[\x14[\x15a \xF4WPPPV[_\x81`\x03\x81\x11\x15a!\x07Wa!\x07a$\\V[\x03a!AW`@Q\x7F\x9D\xA4\x05\x1C\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90R`$\x01a\x04kV[\x82\x81`@Q\x7F\xE1.\x10\xB6\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01a\x04k\x92\x91\x90a)ZV[\x81T_\x90o\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x82\x15\x80a!\xABWP\x80o\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x83\x11[\x15a\"\x04W`@Q\x7F\x93\xC3\x18 \0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x86\x90R`$\x81\x01\x84\x90Ro\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`D\x82\x01R`d\x01a\x04kV[\x83T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x83\x82\x03o\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x91\x82\x17\x86U\x92P_\x03a\"\x8DW\x83T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16x\x03\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x17\x84U[P\x93\x92PPPV[\x7F\x9Bw\x9B\x17B-\r\xF9\"#\x01\x8B2\xB4\xD1\xFAF\xE0qr=h\x17\xE2Hm\0;\xEC\xC5_\0\\\x15a\x15\x11W`@Q\x7F>\xE5\xAE\xB5\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x80\x82]PPV[`@Q\x7F\xA9\x05\x9C\xBB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_\x81\x81R`\x01`\x01`\xA0\x1B\x03\x86\x16`\x04R`$\x85\x90R\x91` \x83`D\x81\x80\x8BZ\xF1\x92P`\x01_Q\x14\x83\x16a#dW\x83\x83\x15\x16\x15a#XW=_\x82>=\x81\xFD[_\x87;\x11=\x15\x16\x83\x16\x92P[`@RP\x94\x93PPPPV[a#~\x84\x84\x84\x84`\x01a#\xBFV[a\x163W`@Q\x7FRt\xAF\xE7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x85\x16`\x04\x82\x01R`$\x01a\x04kV[`@Q\x7F#\xB8r\xDD\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_\x81\x81R`\x01`\x01`\xA0\x1B\x03\x87\x81\x16`\x04R\x86\x16`$R`D\x85\x90R\x91` \x83`d\x81\x80\x8CZ\xF1\x92P`\x01_Q\x14\x83\x16a$4W\x83\x83\x15\x16\x15a$(W=_\x82>=\x81\xFD[_\x88;\x11=\x15\x16\x83\x16\x92P[`@RP_``R\x95\x94PPPPPV[_` \x82\x84\x03\x12\x15a$UW__\xFD[P5\x91\x90PV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`!`\x04R`$_\xFD[`\x04\x81\x10a$\x99Wa$\x99a$\\V[\x90RV[_``\x82\x01\x90Po\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83Q\x16\x82Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF` \x84\x01Q\x16` \x83\x01R`@\x83\x01Qa$\xE0`@\x84\x01\x82a$\x89V[P\x92\x91PPV[_a\x01@\x82\x84\x03\x12\x15a$\xF8W__\xFD[P\x91\x90PV[_a\x01@\x82\x84\x03\x12\x15a%\x0FW__\xFD[a\x17F\x83\x83a$\xE7V[\x805`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a\x12\x07W__\xFD[__`@\x83\x85\x03\x12\x15a%@W__\xFD[a%I\x83a%\x19V[\x91Pa%W` \x84\x01a%\x19V[\x90P\x92P\x92\x90PV[__\x82\x84\x03a\x02 \x81\x12\x15a%sW__\xFD[a%}\x85\x85a$\xE7V[\x92P`\xE0\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFE\xC0\x82\x01\x12\x15a%\xAEW__\xFD[Pa\x01@\x83\x01\x90P\x92P\x92\x90PV[_` \x82\x84\x03\x12\x15a%\xCDW__\xFD[a\x17F\x82a%\x19V[\x805`\xFF\x81\x16\x81\x14a\x12\x07W__\xFD[______a\x01\xE0\x87\x89\x03\x12\x15a%\xFCW__\xFD[a&\x06\x88\x88a$\xE7V[\x95Pa\x01@\x87\x015\x94Pa\x01`\x87\x015\x93Pa&%a\x01\x80\x88\x01a%\xD6V[\x95\x98\x94\x97P\x92\x95a\x01\xA0\x81\x015\x94a\x01\xC0\x90\x91\x015\x93P\x91PPV[_____a\x01\xC0\x86\x88\x03\x12\x15a&VW__\xFD[a&`\x87\x87a$\xE7V[\x94Pa\x01@\x86\x015\x93Pa&wa\x01`\x87\x01a%\xD6V[\x94\x97\x93\x96P\x93\x94a\x01\x80\x81\x015\x94Pa\x01\xA0\x015\x92\x91PPV[__a\x01`\x83\x85\x03\x12\x15a&\xA3W__\xFD[a&\xAD\x84\x84a$\xE7V[\x94a\x01@\x93\x90\x93\x015\x93PPPV[\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x12\x07W__\xFD[_` \x82\x84\x03\x12\x15a&\xE3W__\xFD[a\x17F\x82a&\xBCV[\x815\x81R`\xE0\x81\x01`\x01`\x01`\xA0\x1B\x03a'\x08` \x85\x01a%\x19V[\x16` \x83\x01R`\x01`\x01`\xA0\x1B\x03a'\"`@\x85\x01a%\x19V[\x16`@\x83\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFa'=``\x85\x01a&\xBCV[\x16``\x83\x01R`\x80\x83\x015\x80\x15\x15\x81\x14a'UW__\xFD[\x15\x15`\x80\x83\x01R`\xA0\x83\x81\x015\x90\x83\x01R`\xC0\x92\x83\x015\x92\x90\x91\x01\x91\x90\x91R\x90V[_` \x82\x84\x03\x12\x15a'\x87W__\xFD[PQ\x91\x90PV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x11`\x04R`$_\xFD[\x80\x82\x01\x80\x82\x11\x15a\x06\x0FWa\x06\x0Fa'\x8EV[\x805a\xFF\xFF\x81\x16\x81\x14a\x12\x07W__\xFD[_` \x82\x84\x03\x12\x15a'\xEFW__\xFD[a\x17F\x82a'\xCEV[\x80\x82\x02\x81\x15\x82\x82\x04\x84\x14\x17a\x06\x0FWa\x06\x0Fa'\x8EV[_\x82a(BW\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x12`\x04R`$_\xFD[P\x04\x90V[\x81\x81\x03\x81\x81\x11\x15a\x06\x0FWa\x06\x0Fa'\x8EV[a(t\x82a(g\x83a%\x19V[`\x01`\x01`\xA0\x1B\x03\x16\x90RV[a(\x80` \x82\x01a%\x19V[`\x01`\x01`\xA0\x1B\x03\x16` \x83\x01Ra(\x9A`@\x82\x01a%\x19V[`\x01`\x01`\xA0\x1B\x03\x16`@\x83\x01R``\x81\x81\x015\x90\x83\x01Ra(\xBE`\x80\x82\x01a&\xBCV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\x80\x83\x01Ra(\xD9`\xA0\x82\x01a%\x19V[`\x01`\x01`\xA0\x1B\x03\x16`\xA0\x83\x01Ra(\xF3`\xC0\x82\x01a'\xCEV[a\xFF\xFF\x16`\xC0\x83\x01R`\xE0\x81\x81\x015\x90\x83\x01Ra)\x13a\x01\0\x82\x01a%\x19V[`\x01`\x01`\xA0\x1B\x03\x16a\x01\0\x83\x01Ra\x01 \x90\x81\x015\x91\x01RV[\x83\x81R`\x01`\x01`\xA0\x1B\x03\x83\x16` \x82\x01Ra\x01\x80\x81\x01a)R`@\x83\x01\x84a(ZV[\x94\x93PPPPV[\x82\x81R`@\x81\x01a\x17F` \x83\x01\x84a$\x89V[a\x01\x80\x81\x01a)}\x82\x86a(ZV[`\x03\x84\x10a)\x8DWa)\x8Da$\\V[\x83a\x01@\x83\x01R`\x01`\x01`\xA0\x1B\x03\x83\x16a\x01`\x83\x01R\x94\x93PPPPV",
    );
    /// The runtime bytecode of the contract, as deployed on the network.
    ///
    /// ```text
    ///0x6080604052600436106100e4575f3560e01c806371c28bcf116100875780639d8a8666116100575780639d8a86661461028f578063c7ce65cc146102a5578063e552d077146102b8578063f232f4db146102d7575f5ffd5b806371c28bcf146101e757806374b7f72e146102065780637b103999146102255780639aba223114610270575f5ffd5b8063431d67be116100c2578063431d67be1461016b57806351cff8d91461018a57806359539516146101a95780635a8fed2e146101c8575f5ffd5b806309648a9d146100e857806323c818431461011d57806328079e4a1461013e575b5f5ffd5b3480156100f3575f5ffd5b50610107610102366004612445565b6102f6565b604051610114919061249d565b60405180910390f35b348015610128575f5ffd5b5061013c6101373660046124fe565b6103bc565b005b348015610149575f5ffd5b5061015d61015836600461252f565b6105eb565b604051908152602001610114565b348015610176575f5ffd5b5061013c610185366004612560565b610615565b348015610195575f5ffd5b5061013c6101a43660046125bd565b6108fc565b3480156101b4575f5ffd5b5061015d6101c33660046125e6565b610a94565b3480156101d3575f5ffd5b5061015d6101e2366004612641565b610c4f565b3480156101f2575f5ffd5b5061013c610201366004612691565b610dd4565b348015610211575f5ffd5b5061013c610220366004612691565b610ef2565b348015610230575f5ffd5b506102587f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610114565b34801561027b575f5ffd5b5061015d61028a3660046124fe565b6111c2565b34801561029a575f5ffd5b5061015d62278d0081565b61015d6102b33660046124fe565b6111cc565b3480156102c3575f5ffd5b5061013c6102d23660046124fe565b61120c565b3480156102e2575f5ffd5b5061013c6102f1366004612691565b6113c6565b610316604080516060810182525f80825260208201819052909182015290565b5f82815260016020908152604091829020825160608101845281546fffffffffffffffffffffffffffffffff81168252700100000000000000000000000000000000810467ffffffffffffffff1693820193909352929091908301907801000000000000000000000000000000000000000000000000900460ff1660038111156103a2576103a261245c565b60038111156103b3576103b361245c565b90525092915050565b6103c46114dc565b5f6103ce82611513565b5f8181526001602090815260409091209192506103ed908401846125bd565b6001600160a01b0316336001600160a01b03161415801561042f575061041960408401602085016125bd565b6001600160a01b0316336001600160a01b031614155b15610474576040517fa8f55930000000000000000000000000000000000000000000000000000000008152600481018390523360248201526044015b60405180910390fd5b61048082826001611566565b5f61049160c0850160a086016125bd565b6001600160a01b0316036104d4576040517f5d6f26e10000000000000000000000000000000000000000000000000000000081526004810183905260240161046b565b6104e460a08401608085016126d3565b67ffffffffffffffff164210610550578161050560a08501608086016126d3565b6040517f86feedee000000000000000000000000000000000000000000000000000000008152600481019290925267ffffffffffffffff16602482015242604482015260640161046b565b805467ffffffffffffffff4216700100000000000000000000000000000000027fffffffffffffff000000000000000000ffffffffffffffffffffffffffffffff909116177802000000000000000000000000000000000000000000000000178155604051339083907fccaaba882d50ea23faa59a43ea26f9a73da17d2148dec254bc998b1bd5f94db8905f90a350506105e8611639565b50565b6001600160a01b038083165f90815260208181526040808320938516835292905220545b92915050565b61061d6114dc565b5f61062783611513565b5f8181526001602081905260409091209192506106479083908390611566565b61065760a08501608086016126d3565b67ffffffffffffffff164210610678578161050560a08601608087016126d3565b60e08401356106b6576040517fc6bb958f0000000000000000000000000000000000000000000000000000000081526004810183905260240161046b565b823560e08501351415806106fc57506106d7610120850161010086016125bd565b6001600160a01b03166106f060408501602086016125bd565b6001600160a01b031614155b8061070b5750818360a0013514155b15610745576040517f2c7745710000000000000000000000000000000000000000000000000000000081526004810183905260240161046b565b6040517f98610a210000000000000000000000000000000000000000000000000000000081525f906001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016906398610a21906107ac9087906004016126ec565b602060405180830381865afa1580156107c7573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906107eb9190612777565b905080610827576040517f2c7745710000000000000000000000000000000000000000000000000000000081526004810184905260240161046b565b815478030000000000000000000000000000000000000000000000007fffffffffffffff00ffffffffffffffff000000000000000000000000000000008216178355604080516fffffffffffffffffffffffffffffffff9092168083525f602084015290820183905290339085907fa80079ce47f6ac34c6a59b7df68386691602bff2297850fbbcd61d2b799b1cc59060600160405180910390a36108ec846108d66060890160408a016125bd565b6108e660408a0160208b016125bd565b84611663565b505050506108f8611639565b5050565b6109046114dc565b6001600160a01b0381165f9081526020818152604080832033845290915281205490819003610970576040517f77d262700000000000000000000000000000000000000000000000000000000081526001600160a01b038316600482015233602482015260440161046b565b6001600160a01b0382165f818152602081815260408083203380855290835281842093909355518481529192917fd1c19fbcd4551a5edfb66d43d2e337c04837afda3482b42bdf569a8fccdae5fb910160405180910390a35f6001600160a01b038316610a2457604051339083905f81818185875af1925050503d805f8114610a14576040519150601f19603f3d011682016040523d82523d5f602084013e610a19565b606091505b505080915050610a3b565b610a386001600160a01b0384163384611736565b90505b80610a8a576040517fa4f6ed840000000000000000000000000000000000000000000000000000000081526001600160a01b03841660048201523360248201526044810183905260640161046b565b50506105e8611639565b5f610a9d6114dc565b610aa68761174d565b610ab18760026117ce565b90505f610ac46060890160408a016125bd565b6040517f70a082310000000000000000000000000000000000000000000000000000000081523060048201526001600160a01b0391909116906370a0823190602401602060405180830381865afa158015610b21573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610b459190612777565b9050610b576060890160408a016125bd565b6001600160a01b031663ef55bec6610b7260208b018b6125bd565b6040517fffffffff0000000000000000000000000000000000000000000000000000000060e084901b1681526001600160a01b03909116600482015230602482015260608b01356044820152606481018a90526084810189905260a4810185905260ff881660c482015260e481018790526101048101869052610124015f604051808303815f87803b158015610c06575f5ffd5b505af1158015610c18573d5f5f3e3d5ffd5b50610c3c9250610c3191505060608a0160408b016125bd565b896060013583611e73565b50610c45611639565b9695505050505050565b5f610c586114dc565b610c6560208701876125bd565b6001600160a01b0316336001600160a01b031614610cc257610c8686611513565b6040517fa8f55930000000000000000000000000000000000000000000000000000000008152600481019190915233602482015260440161046b565b610ccb8661174d565b610cd68660016117ce565b9050610ce860608701604088016125bd565b6001600160a01b031663d505accf610d0360208901896125bd565b6040517fffffffff0000000000000000000000000000000000000000000000000000000060e084901b1681526001600160a01b039091166004820152306024820152606089013560448201526064810188905260ff8716608482015260a4810186905260c4810185905260e4015f604051808303815f87803b158015610d87575f5ffd5b505af1925050508015610d98575060015b50610dc3610dac60608801604089016125bd565b610db960208901896125bd565b8860600135611f54565b610dcb611639565b95945050505050565b610ddc6114dc565b5f610de683611513565b5f81815260016020908152604091829020929350610e089186019086016125bd565b6001600160a01b0316336001600160a01b031614610e5b576040517fa8f559300000000000000000000000000000000000000000000000000000000081526004810183905233602482015260440161046b565b610e658282612098565b5f610e71838386612177565b604080518681526fffffffffffffffffffffffffffffffff8316602082015291925084917f240263254b4881615015b148b77c7e6fc13507d04d0ee967512d7d7162e009dc910160405180910390a2610ee783610ed460608801604089016125bd565b610ee160208901896125bd565b87611663565b5050506108f8611639565b610efa6114dc565b5f610f0483611513565b5f818152600160205260409020909150610f2460c0850160a086016125bd565b6001600160a01b0316336001600160a01b031614610f77576040517fa8f559300000000000000000000000000000000000000000000000000000000081526004810183905233602482015260440161046b565b610f8382826002611566565b80545f90610fb39062278d0090700100000000000000000000000000000000900467ffffffffffffffff166127bb565b9050804210610ffe576040517f8c3358b1000000000000000000000000000000000000000000000000000000008152600481018490526024810182905242604482015260640161046b565b81546fffffffffffffffffffffffffffffffff165f61271061102660e0890160c08a016127df565b6110349061ffff16846127f8565b61103e919061280f565b905061104a8183612847565b8611156110a057848661105d8385612847565b6040517f93c3182000000000000000000000000000000000000000000000000000000000815260048101939093526024830191909152604482015260640161046b565b5f866110ac8385612847565b6110b69190612847565b85547fffffffffffffff00ffffffffffffffff0000000000000000000000000000000016780300000000000000000000000000000000000000000000000017865560408051898152602081018390528082018590529051919250339188917f19f31661a82fdc6090ff0c62753edccc6f5b36870c4ab069819ab140dbbc72fd919081900360600190a36111698661115360608b0160408c016125bd565b61116360408c0160208d016125bd565b8a611663565b61118a8661117d60608b0160408c016125bd565b6108e660208c018c6125bd565b6111b48661119e60608b0160408c016125bd565b6111ae60c08c0160a08d016125bd565b85611663565b5050505050506108f8611639565b5f61060f82611513565b5f6111d56114dc565b6111df825f6117ce565b90506111ff6111f460608401604085016125bd565b338460600135611f54565b611207611639565b919050565b6112146114dc565b5f61121e82611513565b5f8181526001602052604090209091506112388282612098565b5f600282547801000000000000000000000000000000000000000000000000900460ff16600381111561126d5761126d61245c565b146112915761128260a08501608086016126d3565b67ffffffffffffffff166112bf565b81546112bf9062278d0090700100000000000000000000000000000000900467ffffffffffffffff166127bb565b90508042101561130b576040517fb9749db5000000000000000000000000000000000000000000000000000000008152600481018490526024810182905242604482015260640161046b565b815478030000000000000000000000000000000000000000000000007fffffffffffffff00ffffffffffffffff0000000000000000000000000000000082161783556040516fffffffffffffffffffffffffffffffff90911680825290339085907ffc31a7ddbe933aa6e67f3c98c183fbc87addd2b602fcfb10238d2f85cf0266179060200160405180910390a36113ba846113ad60608801604089016125bd565b6108e660208901896125bd565b505050506105e8611639565b6113ce6114dc565b5f6113d883611513565b5f8181526001602090815260409091209192506113f7908501856125bd565b6001600160a01b0316336001600160a01b03161461144a576040517fa8f559300000000000000000000000000000000000000000000000000000000081526004810183905233602482015260440161046b565b6114548282612098565b5f611460838386612177565b604080518681526fffffffffffffffffffffffffffffffff831660208201525f818301529051919250339185917fa80079ce47f6ac34c6a59b7df68386691602bff2297850fbbcd61d2b799b1cc5919081900360600190a3610ee7836114cc60608801604089016125bd565b610ee16040890160208a016125bd565b6114e4612295565b61151160017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b906122ee565b565b5f7f000000000000000000000000000000000000000000000000000000000000000030836040516020016115499392919061292e565b604051602081830303815290604052805190602001209050919050565b81547801000000000000000000000000000000000000000000000000900460ff168160038111156115995761159961245c565b8160038111156115ab576115ab61245c565b14611633575f8160038111156115c3576115c361245c565b036115fd576040517f9da4051c0000000000000000000000000000000000000000000000000000000081526004810185905260240161046b565b83816040517fe12e10b600000000000000000000000000000000000000000000000000000000815260040161046b92919061295a565b50505050565b6115115f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0061150b565b8015611633575f6001600160a01b038416611689575f5f5f5f858761c350f190506116a0565b61169d6001600160a01b0385168484611736565b90505b8061172f576001600160a01b038085165f90815260208181526040808320938716835292905290812080548492906116d99084906127bb565b92505081905550826001600160a01b0316846001600160a01b0316867f3e27973a3d5da24445a3b2a778656ab40f6fa042baaad258ac672295348ff56e8560405161172691815260200190565b60405180910390a45b5050505050565b5f6117438484845f6122f5565b90505b9392505050565b5f61175e60608301604084016125bd565b6001600160a01b0316036105e8576040517f91f4da6200000000000000000000000000000000000000000000000000000000815260206004820152601f60248201527f7369676e61747572652066756e64696e67206e65656473206120746f6b656e00604482015260640161046b565b5f806117dd60208501856125bd565b6001600160a01b0316148061180957505f6117fe60408501602086016125bd565b6001600160a01b0316145b15611870576040517f91f4da6200000000000000000000000000000000000000000000000000000000815260206004820152600a60248201527f7a65726f20706172747900000000000000000000000000000000000000000000604482015260640161046b565b61188060408401602085016125bd565b6001600160a01b031661189660208501856125bd565b6001600160a01b031603611906576040517f91f4da6200000000000000000000000000000000000000000000000000000000815260206004820152600e60248201527f7061796572206973207061796565000000000000000000000000000000000000604482015260640161046b565b6060830135158061192a57506fffffffffffffffffffffffffffffffff6060840135115b15611991576040517f91f4da6200000000000000000000000000000000000000000000000000000000815260206004820152600660248201527f616d6f756e740000000000000000000000000000000000000000000000000000604482015260640161046b565b426119a260a08501608086016126d3565b67ffffffffffffffff1611611a13576040517f91f4da6200000000000000000000000000000000000000000000000000000000815260206004820152601a60248201527f646561646c696e65206e6f7420696e2074686520667574757265000000000000604482015260640161046b565b611a2060208401846125bd565b6001600160a01b0316611a3960c0850160a086016125bd565b6001600160a01b03161480611a7d5750611a5960408401602085016125bd565b6001600160a01b0316611a7260c0850160a086016125bd565b6001600160a01b0316145b15611ae4576040517f91f4da6200000000000000000000000000000000000000000000000000000000815260206004820152601260248201527f6172626974657220697320612070617274790000000000000000000000000000604482015260640161046b565b30611af560408501602086016125bd565b6001600160a01b03161480611b21575030611b1660c0850160a086016125bd565b6001600160a01b0316145b15611b88576040517f91f4da6200000000000000000000000000000000000000000000000000000000815260206004820152601160248201527f657363726f772061732061207061727479000000000000000000000000000000604482015260640161046b565b612710611b9b60e0850160c086016127df565b61ffff161180611bdf5750611bb660e0840160c085016127df565b61ffff1615801590611bdf57505f611bd460c0850160a086016125bd565b6001600160a01b0316145b15611c46576040517f91f4da6200000000000000000000000000000000000000000000000000000000815260206004820152600b60248201527f6172626974657220666565000000000000000000000000000000000000000000604482015260640161046b565b5f611c59610120850161010086016125bd565b6001600160a01b03161460e08401351514611cf6576040517f91f4da6200000000000000000000000000000000000000000000000000000000815260206004820152602860248201527f636f6e646974696f6e206e6565647320626f746820736368656d6120616e642060448201527f6174746573746572000000000000000000000000000000000000000000000000606482015260840161046b565b611cff83611513565b5f81815260016020526040812091925081547801000000000000000000000000000000000000000000000000900460ff166003811115611d4157611d4161245c565b14611d7b576040517f54f964fb0000000000000000000000000000000000000000000000000000000081526004810183905260240161046b565b805478010000000000000000000000000000000000000000000000007fffffffffffffff00ffffffffffffffff0000000000000000000000000000000090911660608601356fffffffffffffffffffffffffffffffff1617178155611de660408501602086016125bd565b6001600160a01b0316611dfc60208601866125bd565b6001600160a01b0316837f0b08e322041864dbf7b4f5b0d6e81a78c7a564e09aadd0970b4bb288f85bb11787875f896002811115611e3c57611e3c61245c565b14611e5357611e4e60208b018b6125bd565b611e55565b335b604051611e649392919061296e565b60405180910390a45092915050565b6040517f70a082310000000000000000000000000000000000000000000000000000000081523060048201525f9082906001600160a01b038616906370a0823190602401602060405180830381865afa158015611ed2573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611ef69190612777565b611f009190612847565b9050828114611633576040517f96981e640000000000000000000000000000000000000000000000000000000081526001600160a01b0385166004820152602481018490526044810182905260640161046b565b6001600160a01b038316611fa957803414611fa4576040517f2846292e0000000000000000000000000000000000000000000000000000000081526004810182905234602482015260440161046b565b505050565b3415611fe9576040517f2846292e0000000000000000000000000000000000000000000000000000000081525f600482015234602482015260440161046b565b805f03611ff557505050565b6040517f70a082310000000000000000000000000000000000000000000000000000000081523060048201525f906001600160a01b038516906370a0823190602401602060405180830381865afa158015612052573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906120769190612777565b905061208d6001600160a01b038516843085612370565b611633848383611e73565b80547801000000000000000000000000000000000000000000000000900460ff1660018160038111156120cd576120cd61245c565b14806120ea575060028160038111156120e8576120e861245c565b145b156120f457505050565b5f8160038111156121075761210761245c565b03612141576040517f9da4051c0000000000000000000000000000000000000000000000000000000081526004810184905260240161046b565b82816040517fe12e10b600000000000000000000000000000000000000000000000000000000815260040161046b92919061295a565b81545f906fffffffffffffffffffffffffffffffff168215806121ab5750806fffffffffffffffffffffffffffffffff1683115b15612204576040517f93c3182000000000000000000000000000000000000000000000000000000000815260048101869052602481018490526fffffffffffffffffffffffffffffffff8216604482015260640161046b565b83547fffffffffffffffffffffffffffffffff00000000000000000000000000000000168382036fffffffffffffffffffffffffffffffff8116918217865592505f0361228d5783547fffffffffffffff00ffffffffffffffffffffffffffffffffffffffffffffffff1678030000000000000000000000000000000000000000000000001784555b509392505050565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c15611511576040517f3ee5aeb500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b80825d5050565b6040517fa9059cbb000000000000000000000000000000000000000000000000000000005f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316612364578383151615612358573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b61237e8484848460016123bf565b611633576040517f5274afe70000000000000000000000000000000000000000000000000000000081526001600160a01b038516600482015260240161046b565b6040517f23b872dd000000000000000000000000000000000000000000000000000000005f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f51148316612434578383151615612428573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b5f60208284031215612455575f5ffd5b5035919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b600481106124995761249961245c565b9052565b5f6060820190506fffffffffffffffffffffffffffffffff835116825267ffffffffffffffff602084015116602083015260408301516124e06040840182612489565b5092915050565b5f61014082840312156124f8575f5ffd5b50919050565b5f610140828403121561250f575f5ffd5b61174683836124e7565b80356001600160a01b0381168114611207575f5ffd5b5f5f60408385031215612540575f5ffd5b61254983612519565b915061255760208401612519565b90509250929050565b5f5f828403610220811215612573575f5ffd5b61257d85856124e7565b925060e07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffec0820112156125ae575f5ffd5b50610140830190509250929050565b5f602082840312156125cd575f5ffd5b61174682612519565b803560ff81168114611207575f5ffd5b5f5f5f5f5f5f6101e087890312156125fc575f5ffd5b61260688886124e7565b95506101408701359450610160870135935061262561018088016125d6565b959894975092956101a0810135946101c0909101359350915050565b5f5f5f5f5f6101c08688031215612656575f5ffd5b61266087876124e7565b9450610140860135935061267761016087016125d6565b9497939650939461018081013594506101a0013592915050565b5f5f61016083850312156126a3575f5ffd5b6126ad84846124e7565b94610140939093013593505050565b803567ffffffffffffffff81168114611207575f5ffd5b5f602082840312156126e3575f5ffd5b611746826126bc565b8135815260e081016001600160a01b0361270860208501612519565b1660208301526001600160a01b0361272260408501612519565b16604083015267ffffffffffffffff61273d606085016126bc565b16606083015260808301358015158114612755575f5ffd5b1515608083015260a0838101359083015260c092830135929091019190915290565b5f60208284031215612787575f5ffd5b5051919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b8082018082111561060f5761060f61278e565b803561ffff81168114611207575f5ffd5b5f602082840312156127ef575f5ffd5b611746826127ce565b808202811582820484141761060f5761060f61278e565b5f82612842577f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b500490565b8181038181111561060f5761060f61278e565b6128748261286783612519565b6001600160a01b03169052565b61288060208201612519565b6001600160a01b0316602083015261289a60408201612519565b6001600160a01b03166040830152606081810135908301526128be608082016126bc565b67ffffffffffffffff1660808301526128d960a08201612519565b6001600160a01b031660a08301526128f360c082016127ce565b61ffff1660c083015260e081810135908301526129136101008201612519565b6001600160a01b031661010083015261012090810135910152565b8381526001600160a01b03831660208201526101808101612952604083018461285a565b949350505050565b828152604081016117466020830184612489565b610180810161297d828661285a565b6003841061298d5761298d61245c565b836101408301526001600160a01b03831661016083015294935050505056
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static DEPLOYED_BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"`\x80`@R`\x046\x10a\0\xE4W_5`\xE0\x1C\x80cq\xC2\x8B\xCF\x11a\0\x87W\x80c\x9D\x8A\x86f\x11a\0WW\x80c\x9D\x8A\x86f\x14a\x02\x8FW\x80c\xC7\xCEe\xCC\x14a\x02\xA5W\x80c\xE5R\xD0w\x14a\x02\xB8W\x80c\xF22\xF4\xDB\x14a\x02\xD7W__\xFD[\x80cq\xC2\x8B\xCF\x14a\x01\xE7W\x80ct\xB7\xF7.\x14a\x02\x06W\x80c{\x109\x99\x14a\x02%W\x80c\x9A\xBA\"1\x14a\x02pW__\xFD[\x80cC\x1Dg\xBE\x11a\0\xC2W\x80cC\x1Dg\xBE\x14a\x01kW\x80cQ\xCF\xF8\xD9\x14a\x01\x8AW\x80cYS\x95\x16\x14a\x01\xA9W\x80cZ\x8F\xED.\x14a\x01\xC8W__\xFD[\x80c\td\x8A\x9D\x14a\0\xE8W\x80c#\xC8\x18C\x14a\x01\x1DW\x80c(\x07\x9EJ\x14a\x01>W[__\xFD[4\x80\x15a\0\xF3W__\xFD[Pa\x01\x07a\x01\x026`\x04a$EV[a\x02\xF6V[`@Qa\x01\x14\x91\x90a$\x9DV[`@Q\x80\x91\x03\x90\xF3[4\x80\x15a\x01(W__\xFD[Pa\x01<a\x0176`\x04a$\xFEV[a\x03\xBCV[\0[4\x80\x15a\x01IW__\xFD[Pa\x01]a\x01X6`\x04a%/V[a\x05\xEBV[`@Q\x90\x81R` \x01a\x01\x14V[4\x80\x15a\x01vW__\xFD[Pa\x01<a\x01\x856`\x04a%`V[a\x06\x15V[4\x80\x15a\x01\x95W__\xFD[Pa\x01<a\x01\xA46`\x04a%\xBDV[a\x08\xFCV[4\x80\x15a\x01\xB4W__\xFD[Pa\x01]a\x01\xC36`\x04a%\xE6V[a\n\x94V[4\x80\x15a\x01\xD3W__\xFD[Pa\x01]a\x01\xE26`\x04a&AV[a\x0COV[4\x80\x15a\x01\xF2W__\xFD[Pa\x01<a\x02\x016`\x04a&\x91V[a\r\xD4V[4\x80\x15a\x02\x11W__\xFD[Pa\x01<a\x02 6`\x04a&\x91V[a\x0E\xF2V[4\x80\x15a\x020W__\xFD[Pa\x02X\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[`@Q`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x81R` \x01a\x01\x14V[4\x80\x15a\x02{W__\xFD[Pa\x01]a\x02\x8A6`\x04a$\xFEV[a\x11\xC2V[4\x80\x15a\x02\x9AW__\xFD[Pa\x01]b'\x8D\0\x81V[a\x01]a\x02\xB36`\x04a$\xFEV[a\x11\xCCV[4\x80\x15a\x02\xC3W__\xFD[Pa\x01<a\x02\xD26`\x04a$\xFEV[a\x12\x0CV[4\x80\x15a\x02\xE2W__\xFD[Pa\x01<a\x02\xF16`\x04a&\x91V[a\x13\xC6V[a\x03\x16`@\x80Q``\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x90\x91\x82\x01R\x90V[_\x82\x81R`\x01` \x90\x81R`@\x91\x82\x90 \x82Q``\x81\x01\x84R\x81To\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x82Rp\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x93\x82\x01\x93\x90\x93R\x92\x90\x91\x90\x83\x01\x90x\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04`\xFF\x16`\x03\x81\x11\x15a\x03\xA2Wa\x03\xA2a$\\V[`\x03\x81\x11\x15a\x03\xB3Wa\x03\xB3a$\\V[\x90RP\x92\x91PPV[a\x03\xC4a\x14\xDCV[_a\x03\xCE\x82a\x15\x13V[_\x81\x81R`\x01` \x90\x81R`@\x90\x91 \x91\x92Pa\x03\xED\x90\x84\x01\x84a%\xBDV[`\x01`\x01`\xA0\x1B\x03\x163`\x01`\x01`\xA0\x1B\x03\x16\x14\x15\x80\x15a\x04/WPa\x04\x19`@\x84\x01` \x85\x01a%\xBDV[`\x01`\x01`\xA0\x1B\x03\x163`\x01`\x01`\xA0\x1B\x03\x16\x14\x15[\x15a\x04tW`@Q\x7F\xA8\xF5Y0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R3`$\x82\x01R`D\x01[`@Q\x80\x91\x03\x90\xFD[a\x04\x80\x82\x82`\x01a\x15fV[_a\x04\x91`\xC0\x85\x01`\xA0\x86\x01a%\xBDV[`\x01`\x01`\xA0\x1B\x03\x16\x03a\x04\xD4W`@Q\x7F]o&\xE1\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R`$\x01a\x04kV[a\x04\xE4`\xA0\x84\x01`\x80\x85\x01a&\xD3V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16B\x10a\x05PW\x81a\x05\x05`\xA0\x85\x01`\x80\x86\x01a&\xD3V[`@Q\x7F\x86\xFE\xED\xEE\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x92\x90\x92Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`$\x82\x01RB`D\x82\x01R`d\x01a\x04kV[\x80Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFB\x16p\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x17x\x02\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x17\x81U`@Q3\x90\x83\x90\x7F\xCC\xAA\xBA\x88-P\xEA#\xFA\xA5\x9AC\xEA&\xF9\xA7=\xA1}!H\xDE\xC2T\xBC\x99\x8B\x1B\xD5\xF9M\xB8\x90_\x90\xA3PPa\x05\xE8a\x169V[PV[`\x01`\x01`\xA0\x1B\x03\x80\x83\x16_\x90\x81R` \x81\x81R`@\x80\x83 \x93\x85\x16\x83R\x92\x90R T[\x92\x91PPV[a\x06\x1Da\x14\xDCV[_a\x06'\x83a\x15\x13V[_\x81\x81R`\x01` \x81\x90R`@\x90\x91 \x91\x92Pa\x06G\x90\x83\x90\x83\x90a\x15fV[a\x06W`\xA0\x85\x01`\x80\x86\x01a&\xD3V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16B\x10a\x06xW\x81a\x05\x05`\xA0\x86\x01`\x80\x87\x01a&\xD3V[`\xE0\x84\x015a\x06\xB6W`@Q\x7F\xC6\xBB\x95\x8F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R`$\x01a\x04kV[\x825`\xE0\x85\x015\x14\x15\x80a\x06\xFCWPa\x06\xD7a\x01 \x85\x01a\x01\0\x86\x01a%\xBDV[`\x01`\x01`\xA0\x1B\x03\x16a\x06\xF0`@\x85\x01` \x86\x01a%\xBDV[`\x01`\x01`\xA0\x1B\x03\x16\x14\x15[\x80a\x07\x0BWP\x81\x83`\xA0\x015\x14\x15[\x15a\x07EW`@Q\x7F,wEq\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R`$\x01a\x04kV[`@Q\x7F\x98a\n!\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R_\x90`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90c\x98a\n!\x90a\x07\xAC\x90\x87\x90`\x04\x01a&\xECV[` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x07\xC7W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x07\xEB\x91\x90a'wV[\x90P\x80a\x08'W`@Q\x7F,wEq\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90R`$\x01a\x04kV[\x81Tx\x03\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x16\x17\x83U`@\x80Qo\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x92\x16\x80\x83R_` \x84\x01R\x90\x82\x01\x83\x90R\x903\x90\x85\x90\x7F\xA8\0y\xCEG\xF6\xAC4\xC6\xA5\x9B}\xF6\x83\x86i\x16\x02\xBF\xF2)xP\xFB\xBC\xD6\x1D+y\x9B\x1C\xC5\x90``\x01`@Q\x80\x91\x03\x90\xA3a\x08\xEC\x84a\x08\xD6``\x89\x01`@\x8A\x01a%\xBDV[a\x08\xE6`@\x8A\x01` \x8B\x01a%\xBDV[\x84a\x16cV[PPPPa\x08\xF8a\x169V[PPV[a\t\x04a\x14\xDCV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R` \x81\x81R`@\x80\x83 3\x84R\x90\x91R\x81 T\x90\x81\x90\x03a\tpW`@Q\x7Fw\xD2bp\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x83\x16`\x04\x82\x01R3`$\x82\x01R`D\x01a\x04kV[`\x01`\x01`\xA0\x1B\x03\x82\x16_\x81\x81R` \x81\x81R`@\x80\x83 3\x80\x85R\x90\x83R\x81\x84 \x93\x90\x93UQ\x84\x81R\x91\x92\x91\x7F\xD1\xC1\x9F\xBC\xD4U\x1A^\xDF\xB6mC\xD2\xE37\xC0H7\xAF\xDA4\x82\xB4+\xDFV\x9A\x8F\xCC\xDA\xE5\xFB\x91\x01`@Q\x80\x91\x03\x90\xA3_`\x01`\x01`\xA0\x1B\x03\x83\x16a\n$W`@Q3\x90\x83\x90_\x81\x81\x81\x85\x87Z\xF1\x92PPP=\x80_\x81\x14a\n\x14W`@Q\x91P`\x1F\x19`?=\x01\x16\x82\x01`@R=\x82R=_` \x84\x01>a\n\x19V[``\x91P[PP\x80\x91PPa\n;V[a\n8`\x01`\x01`\xA0\x1B\x03\x84\x163\x84a\x176V[\x90P[\x80a\n\x8AW`@Q\x7F\xA4\xF6\xED\x84\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x84\x16`\x04\x82\x01R3`$\x82\x01R`D\x81\x01\x83\x90R`d\x01a\x04kV[PPa\x05\xE8a\x169V[_a\n\x9Da\x14\xDCV[a\n\xA6\x87a\x17MV[a\n\xB1\x87`\x02a\x17\xCEV[\x90P_a\n\xC4``\x89\x01`@\x8A\x01a%\xBDV[`@Q\x7Fp\xA0\x821\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R0`\x04\x82\x01R`\x01`\x01`\xA0\x1B\x03\x91\x90\x91\x16\x90cp\xA0\x821\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x0B!W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x0BE\x91\x90a'wV[\x90Pa\x0BW``\x89\x01`@\x8A\x01a%\xBDV[`\x01`\x01`\xA0\x1B\x03\x16c\xEFU\xBE\xC6a\x0Br` \x8B\x01\x8Ba%\xBDV[`@Q\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\xE0\x84\x90\x1B\x16\x81R`\x01`\x01`\xA0\x1B\x03\x90\x91\x16`\x04\x82\x01R0`$\x82\x01R``\x8B\x015`D\x82\x01R`d\x81\x01\x8A\x90R`\x84\x81\x01\x89\x90R`\xA4\x81\x01\x85\x90R`\xFF\x88\x16`\xC4\x82\x01R`\xE4\x81\x01\x87\x90Ra\x01\x04\x81\x01\x86\x90Ra\x01$\x01_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a\x0C\x06W__\xFD[PZ\xF1\x15\x80\x15a\x0C\x18W=__>=_\xFD[Pa\x0C<\x92Pa\x0C1\x91PP``\x8A\x01`@\x8B\x01a%\xBDV[\x89``\x015\x83a\x1EsV[Pa\x0CEa\x169V[\x96\x95PPPPPPV[_a\x0CXa\x14\xDCV[a\x0Ce` \x87\x01\x87a%\xBDV[`\x01`\x01`\xA0\x1B\x03\x163`\x01`\x01`\xA0\x1B\x03\x16\x14a\x0C\xC2Wa\x0C\x86\x86a\x15\x13V[`@Q\x7F\xA8\xF5Y0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x91\x90\x91R3`$\x82\x01R`D\x01a\x04kV[a\x0C\xCB\x86a\x17MV[a\x0C\xD6\x86`\x01a\x17\xCEV[\x90Pa\x0C\xE8``\x87\x01`@\x88\x01a%\xBDV[`\x01`\x01`\xA0\x1B\x03\x16c\xD5\x05\xAC\xCFa\r\x03` \x89\x01\x89a%\xBDV[`@Q\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\xE0\x84\x90\x1B\x16\x81R`\x01`\x01`\xA0\x1B\x03\x90\x91\x16`\x04\x82\x01R0`$\x82\x01R``\x89\x015`D\x82\x01R`d\x81\x01\x88\x90R`\xFF\x87\x16`\x84\x82\x01R`\xA4\x81\x01\x86\x90R`\xC4\x81\x01\x85\x90R`\xE4\x01_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a\r\x87W__\xFD[PZ\xF1\x92PPP\x80\x15a\r\x98WP`\x01[Pa\r\xC3a\r\xAC``\x88\x01`@\x89\x01a%\xBDV[a\r\xB9` \x89\x01\x89a%\xBDV[\x88``\x015a\x1FTV[a\r\xCBa\x169V[\x95\x94PPPPPV[a\r\xDCa\x14\xDCV[_a\r\xE6\x83a\x15\x13V[_\x81\x81R`\x01` \x90\x81R`@\x91\x82\x90 \x92\x93Pa\x0E\x08\x91\x86\x01\x90\x86\x01a%\xBDV[`\x01`\x01`\xA0\x1B\x03\x163`\x01`\x01`\xA0\x1B\x03\x16\x14a\x0E[W`@Q\x7F\xA8\xF5Y0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R3`$\x82\x01R`D\x01a\x04kV[a\x0Ee\x82\x82a \x98V[_a\x0Eq\x83\x83\x86a!wV[`@\x80Q\x86\x81Ro\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16` \x82\x01R\x91\x92P\x84\x91\x7F$\x02c%KH\x81aP\x15\xB1H\xB7|~o\xC15\x07\xD0M\x0E\xE9gQ-}qb\xE0\t\xDC\x91\x01`@Q\x80\x91\x03\x90\xA2a\x0E\xE7\x83a\x0E\xD4``\x88\x01`@\x89\x01a%\xBDV[a\x0E\xE1` \x89\x01\x89a%\xBDV[\x87a\x16cV[PPPa\x08\xF8a\x169V[a\x0E\xFAa\x14\xDCV[_a\x0F\x04\x83a\x15\x13V[_\x81\x81R`\x01` R`@\x90 \x90\x91Pa\x0F$`\xC0\x85\x01`\xA0\x86\x01a%\xBDV[`\x01`\x01`\xA0\x1B\x03\x163`\x01`\x01`\xA0\x1B\x03\x16\x14a\x0FwW`@Q\x7F\xA8\xF5Y0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R3`$\x82\x01R`D\x01a\x04kV[a\x0F\x83\x82\x82`\x02a\x15fV[\x80T_\x90a\x0F\xB3\x90b'\x8D\0\x90p\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a'\xBBV[\x90P\x80B\x10a\x0F\xFEW`@Q\x7F\x8C3X\xB1\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90R`$\x81\x01\x82\x90RB`D\x82\x01R`d\x01a\x04kV[\x81To\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16_a'\x10a\x10&`\xE0\x89\x01`\xC0\x8A\x01a'\xDFV[a\x104\x90a\xFF\xFF\x16\x84a'\xF8V[a\x10>\x91\x90a(\x0FV[\x90Pa\x10J\x81\x83a(GV[\x86\x11\x15a\x10\xA0W\x84\x86a\x10]\x83\x85a(GV[`@Q\x7F\x93\xC3\x18 \0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x93\x90\x93R`$\x83\x01\x91\x90\x91R`D\x82\x01R`d\x01a\x04kV[_\x86a\x10\xAC\x83\x85a(GV[a\x10\xB6\x91\x90a(GV[\x85T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16x\x03\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x17\x86U`@\x80Q\x89\x81R` \x81\x01\x83\x90R\x80\x82\x01\x85\x90R\x90Q\x91\x92P3\x91\x88\x91\x7F\x19\xF3\x16a\xA8/\xDC`\x90\xFF\x0Cbu>\xDC\xCCo[6\x87\x0CJ\xB0i\x81\x9A\xB1@\xDB\xBCr\xFD\x91\x90\x81\x90\x03``\x01\x90\xA3a\x11i\x86a\x11S``\x8B\x01`@\x8C\x01a%\xBDV[a\x11c`@\x8C\x01` \x8D\x01a%\xBDV[\x8Aa\x16cV[a\x11\x8A\x86a\x11}``\x8B\x01`@\x8C\x01a%\xBDV[a\x08\xE6` \x8C\x01\x8Ca%\xBDV[a\x11\xB4\x86a\x11\x9E``\x8B\x01`@\x8C\x01a%\xBDV[a\x11\xAE`\xC0\x8C\x01`\xA0\x8D\x01a%\xBDV[\x85a\x16cV[PPPPPPa\x08\xF8a\x169V[_a\x06\x0F\x82a\x15\x13V[_a\x11\xD5a\x14\xDCV[a\x11\xDF\x82_a\x17\xCEV[\x90Pa\x11\xFFa\x11\xF4``\x84\x01`@\x85\x01a%\xBDV[3\x84``\x015a\x1FTV[a\x12\x07a\x169V[\x91\x90PV[a\x12\x14a\x14\xDCV[_a\x12\x1E\x82a\x15\x13V[_\x81\x81R`\x01` R`@\x90 \x90\x91Pa\x128\x82\x82a \x98V[_`\x02\x82Tx\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04`\xFF\x16`\x03\x81\x11\x15a\x12mWa\x12ma$\\V[\x14a\x12\x91Wa\x12\x82`\xA0\x85\x01`\x80\x86\x01a&\xD3V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x12\xBFV[\x81Ta\x12\xBF\x90b'\x8D\0\x90p\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a'\xBBV[\x90P\x80B\x10\x15a\x13\x0BW`@Q\x7F\xB9t\x9D\xB5\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90R`$\x81\x01\x82\x90RB`D\x82\x01R`d\x01a\x04kV[\x81Tx\x03\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x16\x17\x83U`@Qo\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x80\x82R\x903\x90\x85\x90\x7F\xFC1\xA7\xDD\xBE\x93:\xA6\xE6\x7F<\x98\xC1\x83\xFB\xC8z\xDD\xD2\xB6\x02\xFC\xFB\x10#\x8D/\x85\xCF\x02f\x17\x90` \x01`@Q\x80\x91\x03\x90\xA3a\x13\xBA\x84a\x13\xAD``\x88\x01`@\x89\x01a%\xBDV[a\x08\xE6` \x89\x01\x89a%\xBDV[PPPPa\x05\xE8a\x169V[a\x13\xCEa\x14\xDCV[_a\x13\xD8\x83a\x15\x13V[_\x81\x81R`\x01` \x90\x81R`@\x90\x91 \x91\x92Pa\x13\xF7\x90\x85\x01\x85a%\xBDV[`\x01`\x01`\xA0\x1B\x03\x163`\x01`\x01`\xA0\x1B\x03\x16\x14a\x14JW`@Q\x7F\xA8\xF5Y0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R3`$\x82\x01R`D\x01a\x04kV[a\x14T\x82\x82a \x98V[_a\x14`\x83\x83\x86a!wV[`@\x80Q\x86\x81Ro\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16` \x82\x01R_\x81\x83\x01R\x90Q\x91\x92P3\x91\x85\x91\x7F\xA8\0y\xCEG\xF6\xAC4\xC6\xA5\x9B}\xF6\x83\x86i\x16\x02\xBF\xF2)xP\xFB\xBC\xD6\x1D+y\x9B\x1C\xC5\x91\x90\x81\x90\x03``\x01\x90\xA3a\x0E\xE7\x83a\x14\xCC``\x88\x01`@\x89\x01a%\xBDV[a\x0E\xE1`@\x89\x01` \x8A\x01a%\xBDV[a\x14\xE4a\"\x95V[a\x15\x11`\x01\x7F\x9Bw\x9B\x17B-\r\xF9\"#\x01\x8B2\xB4\xD1\xFAF\xE0qr=h\x17\xE2Hm\0;\xEC\xC5_\0[\x90a\"\xEEV[V[_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x000\x83`@Q` \x01a\x15I\x93\x92\x91\x90a).V[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x91\x90PV[\x81Tx\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04`\xFF\x16\x81`\x03\x81\x11\x15a\x15\x99Wa\x15\x99a$\\V[\x81`\x03\x81\x11\x15a\x15\xABWa\x15\xABa$\\V[\x14a\x163W_\x81`\x03\x81\x11\x15a\x15\xC3Wa\x15\xC3a$\\V[\x03a\x15\xFDW`@Q\x7F\x9D\xA4\x05\x1C\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x85\x90R`$\x01a\x04kV[\x83\x81`@Q\x7F\xE1.\x10\xB6\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01a\x04k\x92\x91\x90a)ZV[PPPPV[a\x15\x11_\x7F\x9Bw\x9B\x17B-\r\xF9\"#\x01\x8B2\xB4\xD1\xFAF\xE0qr=h\x17\xE2Hm\0;\xEC\xC5_\0a\x15\x0BV[\x80\x15a\x163W_`\x01`\x01`\xA0\x1B\x03\x84\x16a\x16\x89W____\x85\x87a\xC3P\xF1\x90Pa\x16\xA0V[a\x16\x9D`\x01`\x01`\xA0\x1B\x03\x85\x16\x84\x84a\x176V[\x90P[\x80a\x17/W`\x01`\x01`\xA0\x1B\x03\x80\x85\x16_\x90\x81R` \x81\x81R`@\x80\x83 \x93\x87\x16\x83R\x92\x90R\x90\x81 \x80T\x84\x92\x90a\x16\xD9\x90\x84\x90a'\xBBV[\x92PP\x81\x90UP\x82`\x01`\x01`\xA0\x1B\x03\x16\x84`\x01`\x01`\xA0\x1B\x03\x16\x86\x7F>'\x97:=]\xA2DE\xA3\xB2\xA7xej\xB4\x0Fo\xA0B\xBA\xAA\xD2X\xACg\"\x954\x8F\xF5n\x85`@Qa\x17&\x91\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA4[PPPPPV[_a\x17C\x84\x84\x84_a\"\xF5V[\x90P[\x93\x92PPPV[_a\x17^``\x83\x01`@\x84\x01a%\xBDV[`\x01`\x01`\xA0\x1B\x03\x16\x03a\x05\xE8W`@Q\x7F\x91\xF4\xDAb\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`\x1F`$\x82\x01R\x7Fsignature funding needs a token\0`D\x82\x01R`d\x01a\x04kV[_\x80a\x17\xDD` \x85\x01\x85a%\xBDV[`\x01`\x01`\xA0\x1B\x03\x16\x14\x80a\x18\tWP_a\x17\xFE`@\x85\x01` \x86\x01a%\xBDV[`\x01`\x01`\xA0\x1B\x03\x16\x14[\x15a\x18pW`@Q\x7F\x91\xF4\xDAb\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`\n`$\x82\x01R\x7Fzero party\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`D\x82\x01R`d\x01a\x04kV[a\x18\x80`@\x84\x01` \x85\x01a%\xBDV[`\x01`\x01`\xA0\x1B\x03\x16a\x18\x96` \x85\x01\x85a%\xBDV[`\x01`\x01`\xA0\x1B\x03\x16\x03a\x19\x06W`@Q\x7F\x91\xF4\xDAb\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`\x0E`$\x82\x01R\x7Fpayer is payee\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`D\x82\x01R`d\x01a\x04kV[``\x83\x015\x15\x80a\x19*WPo\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF``\x84\x015\x11[\x15a\x19\x91W`@Q\x7F\x91\xF4\xDAb\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`\x06`$\x82\x01R\x7Famount\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`D\x82\x01R`d\x01a\x04kV[Ba\x19\xA2`\xA0\x85\x01`\x80\x86\x01a&\xD3V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11a\x1A\x13W`@Q\x7F\x91\xF4\xDAb\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`\x1A`$\x82\x01R\x7Fdeadline not in the future\0\0\0\0\0\0`D\x82\x01R`d\x01a\x04kV[a\x1A ` \x84\x01\x84a%\xBDV[`\x01`\x01`\xA0\x1B\x03\x16a\x1A9`\xC0\x85\x01`\xA0\x86\x01a%\xBDV[`\x01`\x01`\xA0\x1B\x03\x16\x14\x80a\x1A}WPa\x1AY`@\x84\x01` \x85\x01a%\xBDV[`\x01`\x01`\xA0\x1B\x03\x16a\x1Ar`\xC0\x85\x01`\xA0\x86\x01a%\xBDV[`\x01`\x01`\xA0\x1B\x03\x16\x14[\x15a\x1A\xE4W`@Q\x7F\x91\xF4\xDAb\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`\x12`$\x82\x01R\x7Farbiter is a party\0\0\0\0\0\0\0\0\0\0\0\0\0\0`D\x82\x01R`d\x01a\x04kV[0a\x1A\xF5`@\x85\x01` \x86\x01a%\xBDV[`\x01`\x01`\xA0\x1B\x03\x16\x14\x80a\x1B!WP0a\x1B\x16`\xC0\x85\x01`\xA0\x86\x01a%\xBDV[`\x01`\x01`\xA0\x1B\x03\x16\x14[\x15a\x1B\x88W`@Q\x7F\x91\xF4\xDAb\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`\x11`$\x82\x01R\x7Fescrow as a party\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`D\x82\x01R`d\x01a\x04kV[a'\x10a\x1B\x9B`\xE0\x85\x01`\xC0\x86\x01a'\xDFV[a\xFF\xFF\x16\x11\x80a\x1B\xDFWPa\x1B\xB6`\xE0\x84\x01`\xC0\x85\x01a'\xDFV[a\xFF\xFF\x16\x15\x80\x15\x90a\x1B\xDFWP_a\x1B\xD4`\xC0\x85\x01`\xA0\x86\x01a%\xBDV[`\x01`\x01`\xA0\x1B\x03\x16\x14[\x15a\x1CFW`@Q\x7F\x91\xF4\xDAb\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`\x0B`$\x82\x01R\x7Farbiter fee\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`D\x82\x01R`d\x01a\x04kV[_a\x1CYa\x01 \x85\x01a\x01\0\x86\x01a%\xBDV[`\x01`\x01`\xA0\x1B\x03\x16\x14`\xE0\x84\x015\x15\x14a\x1C\xF6W`@Q\x7F\x91\xF4\xDAb\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`(`$\x82\x01R\x7Fcondition needs both schema and `D\x82\x01R\x7Fattester\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`d\x82\x01R`\x84\x01a\x04kV[a\x1C\xFF\x83a\x15\x13V[_\x81\x81R`\x01` R`@\x81 \x91\x92P\x81Tx\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04`\xFF\x16`\x03\x81\x11\x15a\x1DAWa\x1DAa$\\V[\x14a\x1D{W`@Q\x7FT\xF9d\xFB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R`$\x01a\x04kV[\x80Tx\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x16``\x86\x015o\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x17\x17\x81Ua\x1D\xE6`@\x85\x01` \x86\x01a%\xBDV[`\x01`\x01`\xA0\x1B\x03\x16a\x1D\xFC` \x86\x01\x86a%\xBDV[`\x01`\x01`\xA0\x1B\x03\x16\x83\x7F\x0B\x08\xE3\"\x04\x18d\xDB\xF7\xB4\xF5\xB0\xD6\xE8\x1Ax\xC7\xA5d\xE0\x9A\xAD\xD0\x97\x0BK\xB2\x88\xF8[\xB1\x17\x87\x87_\x89`\x02\x81\x11\x15a\x1E<Wa\x1E<a$\\V[\x14a\x1ESWa\x1EN` \x8B\x01\x8Ba%\xBDV[a\x1EUV[3[`@Qa\x1Ed\x93\x92\x91\x90a)nV[`@Q\x80\x91\x03\x90\xA4P\x92\x91PPV[`@Q\x7Fp\xA0\x821\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R0`\x04\x82\x01R_\x90\x82\x90`\x01`\x01`\xA0\x1B\x03\x86\x16\x90cp\xA0\x821\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x1E\xD2W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x1E\xF6\x91\x90a'wV[a\x1F\0\x91\x90a(GV[\x90P\x82\x81\x14a\x163W`@Q\x7F\x96\x98\x1Ed\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x85\x16`\x04\x82\x01R`$\x81\x01\x84\x90R`D\x81\x01\x82\x90R`d\x01a\x04kV[`\x01`\x01`\xA0\x1B\x03\x83\x16a\x1F\xA9W\x804\x14a\x1F\xA4W`@Q\x7F(F).\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x82\x90R4`$\x82\x01R`D\x01a\x04kV[PPPV[4\x15a\x1F\xE9W`@Q\x7F(F).\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R_`\x04\x82\x01R4`$\x82\x01R`D\x01a\x04kV[\x80_\x03a\x1F\xF5WPPPV[`@Q\x7Fp\xA0\x821\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R0`\x04\x82\x01R_\x90`\x01`\x01`\xA0\x1B\x03\x85\x16\x90cp\xA0\x821\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a RW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a v\x91\x90a'wV[\x90Pa \x8D`\x01`\x01`\xA0\x1B\x03\x85\x16\x840\x85a#pV[a\x163\x84\x83\x83a\x1EsV[\x80Tx\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04`\xFF\x16`\x01\x81`\x03\x81\x11\x15a \xCDWa \xCDa$\\V[\x14\x80a \xEAWP`\x02\x81`\x03\x81\x11\x15a \xE8Wa \xE8a$\\V[\x14[\x15a \xF4WPPPV[_\x81`\x03\x81\x11\x15a!\x07Wa!\x07a$\\V[\x03a!AW`@Q\x7F\x9D\xA4\x05\x1C\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90R`$\x01a\x04kV[\x82\x81`@Q\x7F\xE1.\x10\xB6\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01a\x04k\x92\x91\x90a)ZV[\x81T_\x90o\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x82\x15\x80a!\xABWP\x80o\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x83\x11[\x15a\"\x04W`@Q\x7F\x93\xC3\x18 \0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x86\x90R`$\x81\x01\x84\x90Ro\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`D\x82\x01R`d\x01a\x04kV[\x83T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x83\x82\x03o\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x91\x82\x17\x86U\x92P_\x03a\"\x8DW\x83T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16x\x03\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x17\x84U[P\x93\x92PPPV[\x7F\x9Bw\x9B\x17B-\r\xF9\"#\x01\x8B2\xB4\xD1\xFAF\xE0qr=h\x17\xE2Hm\0;\xEC\xC5_\0\\\x15a\x15\x11W`@Q\x7F>\xE5\xAE\xB5\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x80\x82]PPV[`@Q\x7F\xA9\x05\x9C\xBB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_\x81\x81R`\x01`\x01`\xA0\x1B\x03\x86\x16`\x04R`$\x85\x90R\x91` \x83`D\x81\x80\x8BZ\xF1\x92P`\x01_Q\x14\x83\x16a#dW\x83\x83\x15\x16\x15a#XW=_\x82>=\x81\xFD[_\x87;\x11=\x15\x16\x83\x16\x92P[`@RP\x94\x93PPPPV[a#~\x84\x84\x84\x84`\x01a#\xBFV[a\x163W`@Q\x7FRt\xAF\xE7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x85\x16`\x04\x82\x01R`$\x01a\x04kV[`@Q\x7F#\xB8r\xDD\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_\x81\x81R`\x01`\x01`\xA0\x1B\x03\x87\x81\x16`\x04R\x86\x16`$R`D\x85\x90R\x91` \x83`d\x81\x80\x8CZ\xF1\x92P`\x01_Q\x14\x83\x16a$4W\x83\x83\x15\x16\x15a$(W=_\x82>=\x81\xFD[_\x88;\x11=\x15\x16\x83\x16\x92P[`@RP_``R\x95\x94PPPPPV[_` \x82\x84\x03\x12\x15a$UW__\xFD[P5\x91\x90PV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`!`\x04R`$_\xFD[`\x04\x81\x10a$\x99Wa$\x99a$\\V[\x90RV[_``\x82\x01\x90Po\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83Q\x16\x82Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF` \x84\x01Q\x16` \x83\x01R`@\x83\x01Qa$\xE0`@\x84\x01\x82a$\x89V[P\x92\x91PPV[_a\x01@\x82\x84\x03\x12\x15a$\xF8W__\xFD[P\x91\x90PV[_a\x01@\x82\x84\x03\x12\x15a%\x0FW__\xFD[a\x17F\x83\x83a$\xE7V[\x805`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a\x12\x07W__\xFD[__`@\x83\x85\x03\x12\x15a%@W__\xFD[a%I\x83a%\x19V[\x91Pa%W` \x84\x01a%\x19V[\x90P\x92P\x92\x90PV[__\x82\x84\x03a\x02 \x81\x12\x15a%sW__\xFD[a%}\x85\x85a$\xE7V[\x92P`\xE0\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFE\xC0\x82\x01\x12\x15a%\xAEW__\xFD[Pa\x01@\x83\x01\x90P\x92P\x92\x90PV[_` \x82\x84\x03\x12\x15a%\xCDW__\xFD[a\x17F\x82a%\x19V[\x805`\xFF\x81\x16\x81\x14a\x12\x07W__\xFD[______a\x01\xE0\x87\x89\x03\x12\x15a%\xFCW__\xFD[a&\x06\x88\x88a$\xE7V[\x95Pa\x01@\x87\x015\x94Pa\x01`\x87\x015\x93Pa&%a\x01\x80\x88\x01a%\xD6V[\x95\x98\x94\x97P\x92\x95a\x01\xA0\x81\x015\x94a\x01\xC0\x90\x91\x015\x93P\x91PPV[_____a\x01\xC0\x86\x88\x03\x12\x15a&VW__\xFD[a&`\x87\x87a$\xE7V[\x94Pa\x01@\x86\x015\x93Pa&wa\x01`\x87\x01a%\xD6V[\x94\x97\x93\x96P\x93\x94a\x01\x80\x81\x015\x94Pa\x01\xA0\x015\x92\x91PPV[__a\x01`\x83\x85\x03\x12\x15a&\xA3W__\xFD[a&\xAD\x84\x84a$\xE7V[\x94a\x01@\x93\x90\x93\x015\x93PPPV[\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x12\x07W__\xFD[_` \x82\x84\x03\x12\x15a&\xE3W__\xFD[a\x17F\x82a&\xBCV[\x815\x81R`\xE0\x81\x01`\x01`\x01`\xA0\x1B\x03a'\x08` \x85\x01a%\x19V[\x16` \x83\x01R`\x01`\x01`\xA0\x1B\x03a'\"`@\x85\x01a%\x19V[\x16`@\x83\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFa'=``\x85\x01a&\xBCV[\x16``\x83\x01R`\x80\x83\x015\x80\x15\x15\x81\x14a'UW__\xFD[\x15\x15`\x80\x83\x01R`\xA0\x83\x81\x015\x90\x83\x01R`\xC0\x92\x83\x015\x92\x90\x91\x01\x91\x90\x91R\x90V[_` \x82\x84\x03\x12\x15a'\x87W__\xFD[PQ\x91\x90PV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x11`\x04R`$_\xFD[\x80\x82\x01\x80\x82\x11\x15a\x06\x0FWa\x06\x0Fa'\x8EV[\x805a\xFF\xFF\x81\x16\x81\x14a\x12\x07W__\xFD[_` \x82\x84\x03\x12\x15a'\xEFW__\xFD[a\x17F\x82a'\xCEV[\x80\x82\x02\x81\x15\x82\x82\x04\x84\x14\x17a\x06\x0FWa\x06\x0Fa'\x8EV[_\x82a(BW\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x12`\x04R`$_\xFD[P\x04\x90V[\x81\x81\x03\x81\x81\x11\x15a\x06\x0FWa\x06\x0Fa'\x8EV[a(t\x82a(g\x83a%\x19V[`\x01`\x01`\xA0\x1B\x03\x16\x90RV[a(\x80` \x82\x01a%\x19V[`\x01`\x01`\xA0\x1B\x03\x16` \x83\x01Ra(\x9A`@\x82\x01a%\x19V[`\x01`\x01`\xA0\x1B\x03\x16`@\x83\x01R``\x81\x81\x015\x90\x83\x01Ra(\xBE`\x80\x82\x01a&\xBCV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\x80\x83\x01Ra(\xD9`\xA0\x82\x01a%\x19V[`\x01`\x01`\xA0\x1B\x03\x16`\xA0\x83\x01Ra(\xF3`\xC0\x82\x01a'\xCEV[a\xFF\xFF\x16`\xC0\x83\x01R`\xE0\x81\x81\x015\x90\x83\x01Ra)\x13a\x01\0\x82\x01a%\x19V[`\x01`\x01`\xA0\x1B\x03\x16a\x01\0\x83\x01Ra\x01 \x90\x81\x015\x91\x01RV[\x83\x81R`\x01`\x01`\xA0\x1B\x03\x83\x16` \x82\x01Ra\x01\x80\x81\x01a)R`@\x83\x01\x84a(ZV[\x94\x93PPPPV[\x82\x81R`@\x81\x01a\x17F` \x83\x01\x84a$\x89V[a\x01\x80\x81\x01a)}\x82\x86a(ZV[`\x03\x84\x10a)\x8DWa)\x8Da$\\V[\x83a\x01@\x83\x01R`\x01`\x01`\xA0\x1B\x03\x83\x16a\x01`\x83\x01R\x94\x93PPPPV",
    );
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `EscrowArbitrationLapsed(bytes32,uint256,uint256)` and selector `0x8c3358b1`.
    ```solidity
    error EscrowArbitrationLapsed(bytes32 id, uint256 lapsedAt, uint256 now);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct EscrowArbitrationLapsed {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub lapsedAt: alloy::sol_types::private::primitives::aliases::U256,
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
        impl ::core::convert::From<EscrowArbitrationLapsed> for UnderlyingRustTuple<'_> {
            fn from(value: EscrowArbitrationLapsed) -> Self {
                (value.id, value.lapsedAt, value.now)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for EscrowArbitrationLapsed {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { id: tuple.0, lapsedAt: tuple.1, now: tuple.2 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for EscrowArbitrationLapsed {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "EscrowArbitrationLapsed(bytes32,uint256,uint256)";
            const SELECTOR: [u8; 4] = [140u8, 51u8, 88u8, 177u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(&self.id),
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(&self.lapsedAt),
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
    /**Custom error with signature `EscrowDeadlinePassed(bytes32,uint64,uint256)` and selector `0x86feedee`.
    ```solidity
    error EscrowDeadlinePassed(bytes32 id, uint64 deadline, uint256 now);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct EscrowDeadlinePassed {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub deadline: u64,
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
            alloy::sol_types::sol_data::Uint<64>,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> =
            (alloy::sol_types::private::FixedBytes<32>, u64, alloy::sol_types::private::primitives::aliases::U256);
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
        impl ::core::convert::From<EscrowDeadlinePassed> for UnderlyingRustTuple<'_> {
            fn from(value: EscrowDeadlinePassed) -> Self {
                (value.id, value.deadline, value.now)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for EscrowDeadlinePassed {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { id: tuple.0, deadline: tuple.1, now: tuple.2 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for EscrowDeadlinePassed {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "EscrowDeadlinePassed(bytes32,uint64,uint256)";
            const SELECTOR: [u8; 4] = [134u8, 254u8, 237u8, 238u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(&self.id),
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(&self.deadline),
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
    /**Custom error with signature `EscrowExists(bytes32)` and selector `0x54f964fb`.
    ```solidity
    error EscrowExists(bytes32 id);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct EscrowExists {
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
        impl ::core::convert::From<EscrowExists> for UnderlyingRustTuple<'_> {
            fn from(value: EscrowExists) -> Self {
                (value.id,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for EscrowExists {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { id: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for EscrowExists {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "EscrowExists(bytes32)";
            const SELECTOR: [u8; 4] = [84u8, 249u8, 100u8, 251u8];
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
    /**Custom error with signature `EscrowInvalidAmount(bytes32,uint256,uint256)` and selector `0x93c31820`.
    ```solidity
    error EscrowInvalidAmount(bytes32 id, uint256 amount, uint256 remaining);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct EscrowInvalidAmount {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub remaining: alloy::sol_types::private::primitives::aliases::U256,
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
        impl ::core::convert::From<EscrowInvalidAmount> for UnderlyingRustTuple<'_> {
            fn from(value: EscrowInvalidAmount) -> Self {
                (value.id, value.amount, value.remaining)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for EscrowInvalidAmount {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { id: tuple.0, amount: tuple.1, remaining: tuple.2 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for EscrowInvalidAmount {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "EscrowInvalidAmount(bytes32,uint256,uint256)";
            const SELECTOR: [u8; 4] = [147u8, 195u8, 24u8, 32u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(&self.id),
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(&self.amount),
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(&self.remaining),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `EscrowInvalidTerms(string)` and selector `0x91f4da62`.
    ```solidity
    error EscrowInvalidTerms(string reason);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct EscrowInvalidTerms {
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
        impl ::core::convert::From<EscrowInvalidTerms> for UnderlyingRustTuple<'_> {
            fn from(value: EscrowInvalidTerms) -> Self {
                (value.reason,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for EscrowInvalidTerms {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { reason: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for EscrowInvalidTerms {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "EscrowInvalidTerms(string)";
            const SELECTOR: [u8; 4] = [145u8, 244u8, 218u8, 98u8];
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
    /**Custom error with signature `EscrowNoArbiter(bytes32)` and selector `0x5d6f26e1`.
    ```solidity
    error EscrowNoArbiter(bytes32 id);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct EscrowNoArbiter {
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
        impl ::core::convert::From<EscrowNoArbiter> for UnderlyingRustTuple<'_> {
            fn from(value: EscrowNoArbiter) -> Self {
                (value.id,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for EscrowNoArbiter {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { id: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for EscrowNoArbiter {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "EscrowNoArbiter(bytes32)";
            const SELECTOR: [u8; 4] = [93u8, 111u8, 38u8, 225u8];
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
    /**Custom error with signature `EscrowNoCondition(bytes32)` and selector `0xc6bb958f`.
    ```solidity
    error EscrowNoCondition(bytes32 id);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct EscrowNoCondition {
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
        impl ::core::convert::From<EscrowNoCondition> for UnderlyingRustTuple<'_> {
            fn from(value: EscrowNoCondition) -> Self {
                (value.id,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for EscrowNoCondition {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { id: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for EscrowNoCondition {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "EscrowNoCondition(bytes32)";
            const SELECTOR: [u8; 4] = [198u8, 187u8, 149u8, 143u8];
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
    /**Custom error with signature `EscrowNotRefundable(bytes32,uint256,uint256)` and selector `0xb9749db5`.
    ```solidity
    error EscrowNotRefundable(bytes32 id, uint256 refundableAt, uint256 now);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct EscrowNotRefundable {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub refundableAt: alloy::sol_types::private::primitives::aliases::U256,
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
        impl ::core::convert::From<EscrowNotRefundable> for UnderlyingRustTuple<'_> {
            fn from(value: EscrowNotRefundable) -> Self {
                (value.id, value.refundableAt, value.now)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for EscrowNotRefundable {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { id: tuple.0, refundableAt: tuple.1, now: tuple.2 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for EscrowNotRefundable {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "EscrowNotRefundable(bytes32,uint256,uint256)";
            const SELECTOR: [u8; 4] = [185u8, 116u8, 157u8, 181u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(&self.id),
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(&self.refundableAt),
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
    /**Custom error with signature `EscrowProofRejected(bytes32)` and selector `0x2c774571`.
    ```solidity
    error EscrowProofRejected(bytes32 id);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct EscrowProofRejected {
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
        impl ::core::convert::From<EscrowProofRejected> for UnderlyingRustTuple<'_> {
            fn from(value: EscrowProofRejected) -> Self {
                (value.id,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for EscrowProofRejected {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { id: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for EscrowProofRejected {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "EscrowProofRejected(bytes32)";
            const SELECTOR: [u8; 4] = [44u8, 119u8, 69u8, 113u8];
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
    /**Custom error with signature `EscrowUnauthorized(bytes32,address)` and selector `0xa8f55930`.
    ```solidity
    error EscrowUnauthorized(bytes32 id, address caller);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct EscrowUnauthorized {
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
        impl ::core::convert::From<EscrowUnauthorized> for UnderlyingRustTuple<'_> {
            fn from(value: EscrowUnauthorized) -> Self {
                (value.id, value.caller)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for EscrowUnauthorized {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { id: tuple.0, caller: tuple.1 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for EscrowUnauthorized {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "EscrowUnauthorized(bytes32,address)";
            const SELECTOR: [u8; 4] = [168u8, 245u8, 89u8, 48u8];
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
    /**Custom error with signature `EscrowUnknown(bytes32)` and selector `0x9da4051c`.
    ```solidity
    error EscrowUnknown(bytes32 id);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct EscrowUnknown {
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
        impl ::core::convert::From<EscrowUnknown> for UnderlyingRustTuple<'_> {
            fn from(value: EscrowUnknown) -> Self {
                (value.id,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for EscrowUnknown {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { id: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for EscrowUnknown {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "EscrowUnknown(bytes32)";
            const SELECTOR: [u8; 4] = [157u8, 164u8, 5u8, 28u8];
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
    /**Custom error with signature `EscrowWrongStatus(bytes32,uint8)` and selector `0xe12e10b6`.
    ```solidity
    error EscrowWrongStatus(bytes32 id, IEscrow.Status status);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct EscrowWrongStatus {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub status: <IEscrow::Status as alloy::sol_types::SolType>::RustType,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>, IEscrow::Status);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> =
            (alloy::sol_types::private::FixedBytes<32>, <IEscrow::Status as alloy::sol_types::SolType>::RustType);
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
        impl ::core::convert::From<EscrowWrongStatus> for UnderlyingRustTuple<'_> {
            fn from(value: EscrowWrongStatus) -> Self {
                (value.id, value.status)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for EscrowWrongStatus {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { id: tuple.0, status: tuple.1 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for EscrowWrongStatus {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "EscrowWrongStatus(bytes32,uint8)";
            const SELECTOR: [u8; 4] = [225u8, 46u8, 16u8, 182u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(&self.id),
                    <IEscrow::Status as alloy_sol_types::SolType>::tokenize(&self.status),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(Self::new)
            }
        }
    };
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
    /**Event with signature `EscrowDisputed(bytes32,address)` and selector `0xccaaba882d50ea23faa59a43ea26f9a73da17d2148dec254bc998b1bd5f94db8`.
    ```solidity
    event EscrowDisputed(bytes32 indexed id, address indexed by);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct EscrowDisputed {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub by: alloy::sol_types::private::Address,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for EscrowDisputed {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "EscrowDisputed(bytes32,address)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                204u8, 170u8, 186u8, 136u8, 45u8, 80u8, 234u8, 35u8, 250u8, 165u8, 154u8, 67u8, 234u8, 38u8, 249u8,
                167u8, 61u8, 161u8, 125u8, 33u8, 72u8, 222u8, 194u8, 84u8, 188u8, 153u8, 139u8, 27u8, 213u8, 249u8,
                77u8, 184u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { id: topics.1, by: topics.2 }
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
                (Self::SIGNATURE_HASH.into(), self.id.clone(), self.by.clone())
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
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(&self.by);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for EscrowDisputed {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&EscrowDisputed> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &EscrowDisputed) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `EscrowOpened(bytes32,address,address,(address,address,address,uint256,uint64,address,uint16,bytes32,address,bytes32),uint8,address)` and selector `0x0b08e322041864dbf7b4f5b0d6e81a78c7a564e09aadd0970b4bb288f85bb117`.
    ```solidity
    event EscrowOpened(bytes32 indexed id, address indexed payer, address indexed payee, IEscrow.Terms terms, IEscrow.Funding funding, address funder);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct EscrowOpened {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub payer: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub payee: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub terms: <IEscrow::Terms as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub funding: <IEscrow::Funding as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub funder: alloy::sol_types::private::Address,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for EscrowOpened {
            type DataTuple<'a> = (IEscrow::Terms, IEscrow::Funding, alloy::sol_types::sol_data::Address);
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "EscrowOpened(bytes32,address,address,(address,address,address,uint256,uint64,address,uint16,bytes32,address,bytes32),uint8,address)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                11u8, 8u8, 227u8, 34u8, 4u8, 24u8, 100u8, 219u8, 247u8, 180u8, 245u8, 176u8, 214u8, 232u8, 26u8, 120u8,
                199u8, 165u8, 100u8, 224u8, 154u8, 173u8, 208u8, 151u8, 11u8, 75u8, 178u8, 136u8, 248u8, 91u8, 177u8,
                23u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { id: topics.1, payer: topics.2, payee: topics.3, terms: data.0, funding: data.1, funder: data.2 }
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
                    <IEscrow::Terms as alloy_sol_types::SolType>::tokenize(&self.terms),
                    <IEscrow::Funding as alloy_sol_types::SolType>::tokenize(&self.funding),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(&self.funder),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.id.clone(), self.payer.clone(), self.payee.clone())
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
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(&self.payer);
                out[3usize] =
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(&self.payee);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for EscrowOpened {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&EscrowOpened> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &EscrowOpened) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `EscrowRefunded(bytes32,address,uint256)` and selector `0xfc31a7ddbe933aa6e67f3c98c183fbc87addd2b602fcfb10238d2f85cf026617`.
    ```solidity
    event EscrowRefunded(bytes32 indexed id, address indexed by, uint256 amount);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct EscrowRefunded {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub by: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for EscrowRefunded {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "EscrowRefunded(bytes32,address,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                252u8, 49u8, 167u8, 221u8, 190u8, 147u8, 58u8, 166u8, 230u8, 127u8, 60u8, 152u8, 193u8, 131u8, 251u8,
                200u8, 122u8, 221u8, 210u8, 182u8, 2u8, 252u8, 251u8, 16u8, 35u8, 141u8, 47u8, 133u8, 207u8, 2u8,
                102u8, 23u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { id: topics.1, by: topics.2, amount: data.0 }
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
                (Self::SIGNATURE_HASH.into(), self.id.clone(), self.by.clone())
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
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(&self.by);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for EscrowRefunded {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&EscrowRefunded> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &EscrowRefunded) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `EscrowReleased(bytes32,address,uint256,uint256,bytes32)` and selector `0xa80079ce47f6ac34c6a59b7df68386691602bff2297850fbbcd61d2b799b1cc5`.
    ```solidity
    event EscrowReleased(bytes32 indexed id, address indexed by, uint256 amount, uint256 remaining, bytes32 proof);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct EscrowReleased {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub by: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub remaining: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub proof: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for EscrowReleased {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "EscrowReleased(bytes32,address,uint256,uint256,bytes32)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                168u8, 0u8, 121u8, 206u8, 71u8, 246u8, 172u8, 52u8, 198u8, 165u8, 155u8, 125u8, 246u8, 131u8, 134u8,
                105u8, 22u8, 2u8, 191u8, 242u8, 41u8, 120u8, 80u8, 251u8, 188u8, 214u8, 29u8, 43u8, 121u8, 155u8, 28u8,
                197u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { id: topics.1, by: topics.2, amount: data.0, remaining: data.1, proof: data.2 }
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
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(&self.amount),
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(&self.remaining),
                    <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(&self.proof),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.id.clone(), self.by.clone())
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
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(&self.by);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for EscrowReleased {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&EscrowReleased> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &EscrowReleased) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `EscrowResolved(bytes32,address,uint256,uint256,uint256)` and selector `0x19f31661a82fdc6090ff0c62753edccc6f5b36870c4ab069819ab140dbbc72fd`.
    ```solidity
    event EscrowResolved(bytes32 indexed id, address indexed arbiter, uint256 toPayee, uint256 toPayer, uint256 fee);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct EscrowResolved {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub arbiter: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub toPayee: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub toPayer: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub fee: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for EscrowResolved {
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
            const SIGNATURE: &'static str = "EscrowResolved(bytes32,address,uint256,uint256,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                25u8, 243u8, 22u8, 97u8, 168u8, 47u8, 220u8, 96u8, 144u8, 255u8, 12u8, 98u8, 117u8, 62u8, 220u8, 204u8,
                111u8, 91u8, 54u8, 135u8, 12u8, 74u8, 176u8, 105u8, 129u8, 154u8, 177u8, 64u8, 219u8, 188u8, 114u8,
                253u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { id: topics.1, arbiter: topics.2, toPayee: data.0, toPayer: data.1, fee: data.2 }
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
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(&self.toPayee),
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(&self.toPayer),
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
        impl alloy_sol_types::private::IntoLogData for EscrowResolved {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&EscrowResolved> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &EscrowResolved) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `EscrowReturned(bytes32,uint256,uint256)` and selector `0x240263254b4881615015b148b77c7e6fc13507d04d0ee967512d7d7162e009dc`.
    ```solidity
    event EscrowReturned(bytes32 indexed id, uint256 amount, uint256 remaining);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct EscrowReturned {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub remaining: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for EscrowReturned {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Uint<256>, alloy::sol_types::sol_data::Uint<256>);
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (alloy_sol_types::sol_data::FixedBytes<32>, alloy::sol_types::sol_data::FixedBytes<32>);
            const SIGNATURE: &'static str = "EscrowReturned(bytes32,uint256,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                36u8, 2u8, 99u8, 37u8, 75u8, 72u8, 129u8, 97u8, 80u8, 21u8, 177u8, 72u8, 183u8, 124u8, 126u8, 111u8,
                193u8, 53u8, 7u8, 208u8, 77u8, 14u8, 233u8, 103u8, 81u8, 45u8, 125u8, 113u8, 98u8, 224u8, 9u8, 220u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { id: topics.1, amount: data.0, remaining: data.1 }
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
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(&self.amount),
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(&self.remaining),
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
        impl alloy_sol_types::private::IntoLogData for EscrowReturned {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&EscrowReturned> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &EscrowReturned) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
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
    /**Function with signature `dispute((address,address,address,uint256,uint64,address,uint16,bytes32,address,bytes32))` and selector `0x23c81843`.
    ```solidity
    function dispute(IEscrow.Terms memory terms) external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct disputeCall {
        #[allow(missing_docs)]
        pub terms: <IEscrow::Terms as alloy::sol_types::SolType>::RustType,
    }
    ///Container type for the return parameters of the [`dispute((address,address,address,uint256,uint64,address,uint16,bytes32,address,bytes32))`](disputeCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct disputeReturn {}
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (IEscrow::Terms,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (<IEscrow::Terms as alloy::sol_types::SolType>::RustType,);
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
                    (value.terms,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for disputeCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { terms: tuple.0 }
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
            type Parameters<'a> = (IEscrow::Terms,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = disputeReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str =
                "dispute((address,address,address,uint256,uint64,address,uint16,bytes32,address,bytes32))";
            const SELECTOR: [u8; 4] = [35u8, 200u8, 24u8, 67u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<IEscrow::Terms as alloy_sol_types::SolType>::tokenize(&self.terms),)
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
    /**Function with signature `escrowId((address,address,address,uint256,uint64,address,uint16,bytes32,address,bytes32))` and selector `0x9aba2231`.
    ```solidity
    function escrowId(IEscrow.Terms memory terms) external view returns (bytes32);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct escrowIdCall {
        #[allow(missing_docs)]
        pub terms: <IEscrow::Terms as alloy::sol_types::SolType>::RustType,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`escrowId((address,address,address,uint256,uint64,address,uint16,bytes32,address,bytes32))`](escrowIdCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct escrowIdReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (IEscrow::Terms,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (<IEscrow::Terms as alloy::sol_types::SolType>::RustType,);
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
            impl ::core::convert::From<escrowIdCall> for UnderlyingRustTuple<'_> {
                fn from(value: escrowIdCall) -> Self {
                    (value.terms,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for escrowIdCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { terms: tuple.0 }
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
            impl ::core::convert::From<escrowIdReturn> for UnderlyingRustTuple<'_> {
                fn from(value: escrowIdReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for escrowIdReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for escrowIdCall {
            type Parameters<'a> = (IEscrow::Terms,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str =
                "escrowId((address,address,address,uint256,uint64,address,uint16,bytes32,address,bytes32))";
            const SELECTOR: [u8; 4] = [154u8, 186u8, 34u8, 49u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<IEscrow::Terms as alloy_sol_types::SolType>::tokenize(&self.terms),)
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(|r| {
                    let r: escrowIdReturn = r.into();
                    r._0
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(|r| {
                    let r: escrowIdReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `getState(bytes32)` and selector `0x09648a9d`.
    ```solidity
    function getState(bytes32 id) external view returns (IEscrow.State memory);
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
        pub _0: <IEscrow::State as alloy::sol_types::SolType>::RustType,
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
            type UnderlyingSolTuple<'a> = (IEscrow::State,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (<IEscrow::State as alloy::sol_types::SolType>::RustType,);
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
            type Return = <IEscrow::State as alloy::sol_types::SolType>::RustType;
            type ReturnTuple<'a> = (IEscrow::State,);
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
                (<IEscrow::State as alloy_sol_types::SolType>::tokenize(ret),)
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
    /**Function with signature `open((address,address,address,uint256,uint64,address,uint16,bytes32,address,bytes32))` and selector `0xc7ce65cc`.
    ```solidity
    function open(IEscrow.Terms memory terms) external payable returns (bytes32 id);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct openCall {
        #[allow(missing_docs)]
        pub terms: <IEscrow::Terms as alloy::sol_types::SolType>::RustType,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`open((address,address,address,uint256,uint64,address,uint16,bytes32,address,bytes32))`](openCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct openReturn {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (IEscrow::Terms,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (<IEscrow::Terms as alloy::sol_types::SolType>::RustType,);
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
            impl ::core::convert::From<openCall> for UnderlyingRustTuple<'_> {
                fn from(value: openCall) -> Self {
                    (value.terms,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for openCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { terms: tuple.0 }
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
            impl ::core::convert::From<openReturn> for UnderlyingRustTuple<'_> {
                fn from(value: openReturn) -> Self {
                    (value.id,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for openReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { id: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for openCall {
            type Parameters<'a> = (IEscrow::Terms,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str =
                "open((address,address,address,uint256,uint64,address,uint16,bytes32,address,bytes32))";
            const SELECTOR: [u8; 4] = [199u8, 206u8, 101u8, 204u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<IEscrow::Terms as alloy_sol_types::SolType>::tokenize(&self.terms),)
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(|r| {
                    let r: openReturn = r.into();
                    r.id
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(|r| {
                    let r: openReturn = r.into();
                    r.id
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `openWithAuthorization((address,address,address,uint256,uint64,address,uint16,bytes32,address,bytes32),uint256,uint256,uint8,bytes32,bytes32)` and selector `0x59539516`.
    ```solidity
    function openWithAuthorization(IEscrow.Terms memory terms, uint256 validAfter, uint256 validBefore, uint8 v, bytes32 r, bytes32 s) external returns (bytes32 id);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct openWithAuthorizationCall {
        #[allow(missing_docs)]
        pub terms: <IEscrow::Terms as alloy::sol_types::SolType>::RustType,
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
    ///Container type for the return parameters of the [`openWithAuthorization((address,address,address,uint256,uint64,address,uint16,bytes32,address,bytes32),uint256,uint256,uint8,bytes32,bytes32)`](openWithAuthorizationCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct openWithAuthorizationReturn {
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
                IEscrow::Terms,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <IEscrow::Terms as alloy::sol_types::SolType>::RustType,
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
            impl ::core::convert::From<openWithAuthorizationCall> for UnderlyingRustTuple<'_> {
                fn from(value: openWithAuthorizationCall) -> Self {
                    (value.terms, value.validAfter, value.validBefore, value.v, value.r, value.s)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for openWithAuthorizationCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        terms: tuple.0,
                        validAfter: tuple.1,
                        validBefore: tuple.2,
                        v: tuple.3,
                        r: tuple.4,
                        s: tuple.5,
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
            impl ::core::convert::From<openWithAuthorizationReturn> for UnderlyingRustTuple<'_> {
                fn from(value: openWithAuthorizationReturn) -> Self {
                    (value.id,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for openWithAuthorizationReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { id: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for openWithAuthorizationCall {
            type Parameters<'a> = (
                IEscrow::Terms,
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
            const SIGNATURE: &'static str = "openWithAuthorization((address,address,address,uint256,uint64,address,uint16,bytes32,address,bytes32),uint256,uint256,uint8,bytes32,bytes32)";
            const SELECTOR: [u8; 4] = [89u8, 83u8, 149u8, 22u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <IEscrow::Terms as alloy_sol_types::SolType>::tokenize(&self.terms),
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
                    let r: openWithAuthorizationReturn = r.into();
                    r.id
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(|r| {
                    let r: openWithAuthorizationReturn = r.into();
                    r.id
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `openWithPermit((address,address,address,uint256,uint64,address,uint16,bytes32,address,bytes32),uint256,uint8,bytes32,bytes32)` and selector `0x5a8fed2e`.
    ```solidity
    function openWithPermit(IEscrow.Terms memory terms, uint256 permitDeadline, uint8 v, bytes32 r, bytes32 s) external returns (bytes32 id);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct openWithPermitCall {
        #[allow(missing_docs)]
        pub terms: <IEscrow::Terms as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub permitDeadline: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub v: u8,
        #[allow(missing_docs)]
        pub r: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub s: alloy::sol_types::private::FixedBytes<32>,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`openWithPermit((address,address,address,uint256,uint64,address,uint16,bytes32,address,bytes32),uint256,uint8,bytes32,bytes32)`](openWithPermitCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct openWithPermitReturn {
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
                IEscrow::Terms,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <IEscrow::Terms as alloy::sol_types::SolType>::RustType,
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
            impl ::core::convert::From<openWithPermitCall> for UnderlyingRustTuple<'_> {
                fn from(value: openWithPermitCall) -> Self {
                    (value.terms, value.permitDeadline, value.v, value.r, value.s)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for openWithPermitCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { terms: tuple.0, permitDeadline: tuple.1, v: tuple.2, r: tuple.3, s: tuple.4 }
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
            impl ::core::convert::From<openWithPermitReturn> for UnderlyingRustTuple<'_> {
                fn from(value: openWithPermitReturn) -> Self {
                    (value.id,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for openWithPermitReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { id: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for openWithPermitCall {
            type Parameters<'a> = (
                IEscrow::Terms,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "openWithPermit((address,address,address,uint256,uint64,address,uint16,bytes32,address,bytes32),uint256,uint8,bytes32,bytes32)";
            const SELECTOR: [u8; 4] = [90u8, 143u8, 237u8, 46u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <IEscrow::Terms as alloy_sol_types::SolType>::tokenize(&self.terms),
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(&self.permitDeadline),
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
                    let r: openWithPermitReturn = r.into();
                    r.id
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(|r| {
                    let r: openWithPermitReturn = r.into();
                    r.id
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
    /**Function with signature `refund((address,address,address,uint256,uint64,address,uint16,bytes32,address,bytes32))` and selector `0xe552d077`.
    ```solidity
    function refund(IEscrow.Terms memory terms) external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct refundCall {
        #[allow(missing_docs)]
        pub terms: <IEscrow::Terms as alloy::sol_types::SolType>::RustType,
    }
    ///Container type for the return parameters of the [`refund((address,address,address,uint256,uint64,address,uint16,bytes32,address,bytes32))`](refundCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct refundReturn {}
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (IEscrow::Terms,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (<IEscrow::Terms as alloy::sol_types::SolType>::RustType,);
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
            impl ::core::convert::From<refundCall> for UnderlyingRustTuple<'_> {
                fn from(value: refundCall) -> Self {
                    (value.terms,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for refundCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { terms: tuple.0 }
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
            impl ::core::convert::From<refundReturn> for UnderlyingRustTuple<'_> {
                fn from(value: refundReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for refundReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl refundReturn {
            fn _tokenize(&self) -> <refundCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for refundCall {
            type Parameters<'a> = (IEscrow::Terms,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = refundReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str =
                "refund((address,address,address,uint256,uint64,address,uint16,bytes32,address,bytes32))";
            const SELECTOR: [u8; 4] = [229u8, 82u8, 208u8, 119u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<IEscrow::Terms as alloy_sol_types::SolType>::tokenize(&self.terms),)
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                refundReturn::_tokenize(ret)
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
    /**Function with signature `release((address,address,address,uint256,uint64,address,uint16,bytes32,address,bytes32),uint256)` and selector `0xf232f4db`.
    ```solidity
    function release(IEscrow.Terms memory terms, uint256 amount) external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct releaseCall {
        #[allow(missing_docs)]
        pub terms: <IEscrow::Terms as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
    }
    ///Container type for the return parameters of the [`release((address,address,address,uint256,uint64,address,uint16,bytes32,address,bytes32),uint256)`](releaseCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct releaseReturn {}
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (IEscrow::Terms, alloy::sol_types::sol_data::Uint<256>);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <IEscrow::Terms as alloy::sol_types::SolType>::RustType,
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
            impl ::core::convert::From<releaseCall> for UnderlyingRustTuple<'_> {
                fn from(value: releaseCall) -> Self {
                    (value.terms, value.amount)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for releaseCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { terms: tuple.0, amount: tuple.1 }
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
            impl ::core::convert::From<releaseReturn> for UnderlyingRustTuple<'_> {
                fn from(value: releaseReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for releaseReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl releaseReturn {
            fn _tokenize(&self) -> <releaseCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for releaseCall {
            type Parameters<'a> = (IEscrow::Terms, alloy::sol_types::sol_data::Uint<256>);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = releaseReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str =
                "release((address,address,address,uint256,uint64,address,uint16,bytes32,address,bytes32),uint256)";
            const SELECTOR: [u8; 4] = [242u8, 50u8, 244u8, 219u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <IEscrow::Terms as alloy_sol_types::SolType>::tokenize(&self.terms),
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(&self.amount),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                releaseReturn::_tokenize(ret)
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
    /**Function with signature `releaseOnProof((address,address,address,uint256,uint64,address,uint16,bytes32,address,bytes32),(bytes32,address,address,uint64,bool,bytes32,bytes32))` and selector `0x431d67be`.
    ```solidity
    function releaseOnProof(IEscrow.Terms memory terms, IAttestationRegistry.AttestationContent memory proof) external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct releaseOnProofCall {
        #[allow(missing_docs)]
        pub terms: <IEscrow::Terms as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub proof: <IAttestationRegistry::AttestationContent as alloy::sol_types::SolType>::RustType,
    }
    ///Container type for the return parameters of the [`releaseOnProof((address,address,address,uint256,uint64,address,uint16,bytes32,address,bytes32),(bytes32,address,address,uint64,bool,bytes32,bytes32))`](releaseOnProofCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct releaseOnProofReturn {}
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (IEscrow::Terms, IAttestationRegistry::AttestationContent);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <IEscrow::Terms as alloy::sol_types::SolType>::RustType,
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
            impl ::core::convert::From<releaseOnProofCall> for UnderlyingRustTuple<'_> {
                fn from(value: releaseOnProofCall) -> Self {
                    (value.terms, value.proof)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for releaseOnProofCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { terms: tuple.0, proof: tuple.1 }
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
            impl ::core::convert::From<releaseOnProofReturn> for UnderlyingRustTuple<'_> {
                fn from(value: releaseOnProofReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for releaseOnProofReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl releaseOnProofReturn {
            fn _tokenize(&self) -> <releaseOnProofCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for releaseOnProofCall {
            type Parameters<'a> = (IEscrow::Terms, IAttestationRegistry::AttestationContent);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = releaseOnProofReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "releaseOnProof((address,address,address,uint256,uint64,address,uint16,bytes32,address,bytes32),(bytes32,address,address,uint64,bool,bytes32,bytes32))";
            const SELECTOR: [u8; 4] = [67u8, 29u8, 103u8, 190u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <IEscrow::Terms as alloy_sol_types::SolType>::tokenize(&self.terms),
                    <IAttestationRegistry::AttestationContent as alloy_sol_types::SolType>::tokenize(&self.proof),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                releaseOnProofReturn::_tokenize(ret)
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
    /**Function with signature `resolve((address,address,address,uint256,uint64,address,uint16,bytes32,address,bytes32),uint256)` and selector `0x74b7f72e`.
    ```solidity
    function resolve(IEscrow.Terms memory terms, uint256 toPayee) external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct resolveCall {
        #[allow(missing_docs)]
        pub terms: <IEscrow::Terms as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub toPayee: alloy::sol_types::private::primitives::aliases::U256,
    }
    ///Container type for the return parameters of the [`resolve((address,address,address,uint256,uint64,address,uint16,bytes32,address,bytes32),uint256)`](resolveCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct resolveReturn {}
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (IEscrow::Terms, alloy::sol_types::sol_data::Uint<256>);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <IEscrow::Terms as alloy::sol_types::SolType>::RustType,
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
                    (value.terms, value.toPayee)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for resolveCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { terms: tuple.0, toPayee: tuple.1 }
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
            type Parameters<'a> = (IEscrow::Terms, alloy::sol_types::sol_data::Uint<256>);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = resolveReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str =
                "resolve((address,address,address,uint256,uint64,address,uint16,bytes32,address,bytes32),uint256)";
            const SELECTOR: [u8; 4] = [116u8, 183u8, 247u8, 46u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <IEscrow::Terms as alloy_sol_types::SolType>::tokenize(&self.terms),
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(&self.toPayee),
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
    /**Function with signature `returnFunds((address,address,address,uint256,uint64,address,uint16,bytes32,address,bytes32),uint256)` and selector `0x71c28bcf`.
    ```solidity
    function returnFunds(IEscrow.Terms memory terms, uint256 amount) external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct returnFundsCall {
        #[allow(missing_docs)]
        pub terms: <IEscrow::Terms as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
    }
    ///Container type for the return parameters of the [`returnFunds((address,address,address,uint256,uint64,address,uint16,bytes32,address,bytes32),uint256)`](returnFundsCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct returnFundsReturn {}
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (IEscrow::Terms, alloy::sol_types::sol_data::Uint<256>);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <IEscrow::Terms as alloy::sol_types::SolType>::RustType,
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
            impl ::core::convert::From<returnFundsCall> for UnderlyingRustTuple<'_> {
                fn from(value: returnFundsCall) -> Self {
                    (value.terms, value.amount)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for returnFundsCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { terms: tuple.0, amount: tuple.1 }
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
            impl ::core::convert::From<returnFundsReturn> for UnderlyingRustTuple<'_> {
                fn from(value: returnFundsReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for returnFundsReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl returnFundsReturn {
            fn _tokenize(&self) -> <returnFundsCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for returnFundsCall {
            type Parameters<'a> = (IEscrow::Terms, alloy::sol_types::sol_data::Uint<256>);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = returnFundsReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str =
                "returnFunds((address,address,address,uint256,uint64,address,uint16,bytes32,address,bytes32),uint256)";
            const SELECTOR: [u8; 4] = [113u8, 194u8, 139u8, 207u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <IEscrow::Terms as alloy_sol_types::SolType>::tokenize(&self.terms),
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(&self.amount),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                returnFundsReturn::_tokenize(ret)
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
    ///Container for all the [`Escrow`](self) function calls.
    #[derive(Clone, serde::Serialize, serde::Deserialize)]
    pub enum EscrowCalls {
        #[allow(missing_docs)]
        ARBITRATION_PERIOD(ARBITRATION_PERIODCall),
        #[allow(missing_docs)]
        dispute(disputeCall),
        #[allow(missing_docs)]
        escrowId(escrowIdCall),
        #[allow(missing_docs)]
        getState(getStateCall),
        #[allow(missing_docs)]
        open(openCall),
        #[allow(missing_docs)]
        openWithAuthorization(openWithAuthorizationCall),
        #[allow(missing_docs)]
        openWithPermit(openWithPermitCall),
        #[allow(missing_docs)]
        owed(owedCall),
        #[allow(missing_docs)]
        refund(refundCall),
        #[allow(missing_docs)]
        registry(registryCall),
        #[allow(missing_docs)]
        release(releaseCall),
        #[allow(missing_docs)]
        releaseOnProof(releaseOnProofCall),
        #[allow(missing_docs)]
        resolve(resolveCall),
        #[allow(missing_docs)]
        returnFunds(returnFundsCall),
        #[allow(missing_docs)]
        withdraw(withdrawCall),
    }
    impl EscrowCalls {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 4usize]] = &[
            [9u8, 100u8, 138u8, 157u8],
            [35u8, 200u8, 24u8, 67u8],
            [40u8, 7u8, 158u8, 74u8],
            [67u8, 29u8, 103u8, 190u8],
            [81u8, 207u8, 248u8, 217u8],
            [89u8, 83u8, 149u8, 22u8],
            [90u8, 143u8, 237u8, 46u8],
            [113u8, 194u8, 139u8, 207u8],
            [116u8, 183u8, 247u8, 46u8],
            [123u8, 16u8, 57u8, 153u8],
            [154u8, 186u8, 34u8, 49u8],
            [157u8, 138u8, 134u8, 102u8],
            [199u8, 206u8, 101u8, 204u8],
            [229u8, 82u8, 208u8, 119u8],
            [242u8, 50u8, 244u8, 219u8],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(getState),
            ::core::stringify!(dispute),
            ::core::stringify!(owed),
            ::core::stringify!(releaseOnProof),
            ::core::stringify!(withdraw),
            ::core::stringify!(openWithAuthorization),
            ::core::stringify!(openWithPermit),
            ::core::stringify!(returnFunds),
            ::core::stringify!(resolve),
            ::core::stringify!(registry),
            ::core::stringify!(escrowId),
            ::core::stringify!(ARBITRATION_PERIOD),
            ::core::stringify!(open),
            ::core::stringify!(refund),
            ::core::stringify!(release),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <getStateCall as alloy_sol_types::SolCall>::SIGNATURE,
            <disputeCall as alloy_sol_types::SolCall>::SIGNATURE,
            <owedCall as alloy_sol_types::SolCall>::SIGNATURE,
            <releaseOnProofCall as alloy_sol_types::SolCall>::SIGNATURE,
            <withdrawCall as alloy_sol_types::SolCall>::SIGNATURE,
            <openWithAuthorizationCall as alloy_sol_types::SolCall>::SIGNATURE,
            <openWithPermitCall as alloy_sol_types::SolCall>::SIGNATURE,
            <returnFundsCall as alloy_sol_types::SolCall>::SIGNATURE,
            <resolveCall as alloy_sol_types::SolCall>::SIGNATURE,
            <registryCall as alloy_sol_types::SolCall>::SIGNATURE,
            <escrowIdCall as alloy_sol_types::SolCall>::SIGNATURE,
            <ARBITRATION_PERIODCall as alloy_sol_types::SolCall>::SIGNATURE,
            <openCall as alloy_sol_types::SolCall>::SIGNATURE,
            <refundCall as alloy_sol_types::SolCall>::SIGNATURE,
            <releaseCall as alloy_sol_types::SolCall>::SIGNATURE,
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
    impl alloy_sol_types::SolInterface for EscrowCalls {
        const NAME: &'static str = "EscrowCalls";
        const MIN_DATA_LENGTH: usize = 0usize;
        const COUNT: usize = 15usize;
        #[inline]
        fn selector(&self) -> [u8; 4] {
            match self {
                Self::ARBITRATION_PERIOD(_) => <ARBITRATION_PERIODCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::dispute(_) => <disputeCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::escrowId(_) => <escrowIdCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::getState(_) => <getStateCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::open(_) => <openCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::openWithAuthorization(_) => <openWithAuthorizationCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::openWithPermit(_) => <openWithPermitCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::owed(_) => <owedCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::refund(_) => <refundCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::registry(_) => <registryCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::release(_) => <releaseCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::releaseOnProof(_) => <releaseOnProofCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::resolve(_) => <resolveCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::returnFunds(_) => <returnFundsCall as alloy_sol_types::SolCall>::SELECTOR,
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
            static DECODE_SHIMS: &[fn(&[u8]) -> alloy_sol_types::Result<EscrowCalls>] = &[
                {
                    fn getState(data: &[u8]) -> alloy_sol_types::Result<EscrowCalls> {
                        <getStateCall as alloy_sol_types::SolCall>::abi_decode_raw(data).map(EscrowCalls::getState)
                    }
                    getState
                },
                {
                    fn dispute(data: &[u8]) -> alloy_sol_types::Result<EscrowCalls> {
                        <disputeCall as alloy_sol_types::SolCall>::abi_decode_raw(data).map(EscrowCalls::dispute)
                    }
                    dispute
                },
                {
                    fn owed(data: &[u8]) -> alloy_sol_types::Result<EscrowCalls> {
                        <owedCall as alloy_sol_types::SolCall>::abi_decode_raw(data).map(EscrowCalls::owed)
                    }
                    owed
                },
                {
                    fn releaseOnProof(data: &[u8]) -> alloy_sol_types::Result<EscrowCalls> {
                        <releaseOnProofCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(EscrowCalls::releaseOnProof)
                    }
                    releaseOnProof
                },
                {
                    fn withdraw(data: &[u8]) -> alloy_sol_types::Result<EscrowCalls> {
                        <withdrawCall as alloy_sol_types::SolCall>::abi_decode_raw(data).map(EscrowCalls::withdraw)
                    }
                    withdraw
                },
                {
                    fn openWithAuthorization(data: &[u8]) -> alloy_sol_types::Result<EscrowCalls> {
                        <openWithAuthorizationCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(EscrowCalls::openWithAuthorization)
                    }
                    openWithAuthorization
                },
                {
                    fn openWithPermit(data: &[u8]) -> alloy_sol_types::Result<EscrowCalls> {
                        <openWithPermitCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(EscrowCalls::openWithPermit)
                    }
                    openWithPermit
                },
                {
                    fn returnFunds(data: &[u8]) -> alloy_sol_types::Result<EscrowCalls> {
                        <returnFundsCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(EscrowCalls::returnFunds)
                    }
                    returnFunds
                },
                {
                    fn resolve(data: &[u8]) -> alloy_sol_types::Result<EscrowCalls> {
                        <resolveCall as alloy_sol_types::SolCall>::abi_decode_raw(data).map(EscrowCalls::resolve)
                    }
                    resolve
                },
                {
                    fn registry(data: &[u8]) -> alloy_sol_types::Result<EscrowCalls> {
                        <registryCall as alloy_sol_types::SolCall>::abi_decode_raw(data).map(EscrowCalls::registry)
                    }
                    registry
                },
                {
                    fn escrowId(data: &[u8]) -> alloy_sol_types::Result<EscrowCalls> {
                        <escrowIdCall as alloy_sol_types::SolCall>::abi_decode_raw(data).map(EscrowCalls::escrowId)
                    }
                    escrowId
                },
                {
                    fn ARBITRATION_PERIOD(data: &[u8]) -> alloy_sol_types::Result<EscrowCalls> {
                        <ARBITRATION_PERIODCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(EscrowCalls::ARBITRATION_PERIOD)
                    }
                    ARBITRATION_PERIOD
                },
                {
                    fn open(data: &[u8]) -> alloy_sol_types::Result<EscrowCalls> {
                        <openCall as alloy_sol_types::SolCall>::abi_decode_raw(data).map(EscrowCalls::open)
                    }
                    open
                },
                {
                    fn refund(data: &[u8]) -> alloy_sol_types::Result<EscrowCalls> {
                        <refundCall as alloy_sol_types::SolCall>::abi_decode_raw(data).map(EscrowCalls::refund)
                    }
                    refund
                },
                {
                    fn release(data: &[u8]) -> alloy_sol_types::Result<EscrowCalls> {
                        <releaseCall as alloy_sol_types::SolCall>::abi_decode_raw(data).map(EscrowCalls::release)
                    }
                    release
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
            static DECODE_VALIDATE_SHIMS: &[fn(&[u8]) -> alloy_sol_types::Result<EscrowCalls>] = &[
                {
                    fn getState(data: &[u8]) -> alloy_sol_types::Result<EscrowCalls> {
                        <getStateCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(EscrowCalls::getState)
                    }
                    getState
                },
                {
                    fn dispute(data: &[u8]) -> alloy_sol_types::Result<EscrowCalls> {
                        <disputeCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(EscrowCalls::dispute)
                    }
                    dispute
                },
                {
                    fn owed(data: &[u8]) -> alloy_sol_types::Result<EscrowCalls> {
                        <owedCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data).map(EscrowCalls::owed)
                    }
                    owed
                },
                {
                    fn releaseOnProof(data: &[u8]) -> alloy_sol_types::Result<EscrowCalls> {
                        <releaseOnProofCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(EscrowCalls::releaseOnProof)
                    }
                    releaseOnProof
                },
                {
                    fn withdraw(data: &[u8]) -> alloy_sol_types::Result<EscrowCalls> {
                        <withdrawCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(EscrowCalls::withdraw)
                    }
                    withdraw
                },
                {
                    fn openWithAuthorization(data: &[u8]) -> alloy_sol_types::Result<EscrowCalls> {
                        <openWithAuthorizationCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(EscrowCalls::openWithAuthorization)
                    }
                    openWithAuthorization
                },
                {
                    fn openWithPermit(data: &[u8]) -> alloy_sol_types::Result<EscrowCalls> {
                        <openWithPermitCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(EscrowCalls::openWithPermit)
                    }
                    openWithPermit
                },
                {
                    fn returnFunds(data: &[u8]) -> alloy_sol_types::Result<EscrowCalls> {
                        <returnFundsCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(EscrowCalls::returnFunds)
                    }
                    returnFunds
                },
                {
                    fn resolve(data: &[u8]) -> alloy_sol_types::Result<EscrowCalls> {
                        <resolveCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(EscrowCalls::resolve)
                    }
                    resolve
                },
                {
                    fn registry(data: &[u8]) -> alloy_sol_types::Result<EscrowCalls> {
                        <registryCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(EscrowCalls::registry)
                    }
                    registry
                },
                {
                    fn escrowId(data: &[u8]) -> alloy_sol_types::Result<EscrowCalls> {
                        <escrowIdCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(EscrowCalls::escrowId)
                    }
                    escrowId
                },
                {
                    fn ARBITRATION_PERIOD(data: &[u8]) -> alloy_sol_types::Result<EscrowCalls> {
                        <ARBITRATION_PERIODCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(EscrowCalls::ARBITRATION_PERIOD)
                    }
                    ARBITRATION_PERIOD
                },
                {
                    fn open(data: &[u8]) -> alloy_sol_types::Result<EscrowCalls> {
                        <openCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data).map(EscrowCalls::open)
                    }
                    open
                },
                {
                    fn refund(data: &[u8]) -> alloy_sol_types::Result<EscrowCalls> {
                        <refundCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data).map(EscrowCalls::refund)
                    }
                    refund
                },
                {
                    fn release(data: &[u8]) -> alloy_sol_types::Result<EscrowCalls> {
                        <releaseCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(EscrowCalls::release)
                    }
                    release
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
                Self::dispute(inner) => <disputeCall as alloy_sol_types::SolCall>::abi_encoded_size(inner),
                Self::escrowId(inner) => <escrowIdCall as alloy_sol_types::SolCall>::abi_encoded_size(inner),
                Self::getState(inner) => <getStateCall as alloy_sol_types::SolCall>::abi_encoded_size(inner),
                Self::open(inner) => <openCall as alloy_sol_types::SolCall>::abi_encoded_size(inner),
                Self::openWithAuthorization(inner) => {
                    <openWithAuthorizationCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::openWithPermit(inner) => {
                    <openWithPermitCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::owed(inner) => <owedCall as alloy_sol_types::SolCall>::abi_encoded_size(inner),
                Self::refund(inner) => <refundCall as alloy_sol_types::SolCall>::abi_encoded_size(inner),
                Self::registry(inner) => <registryCall as alloy_sol_types::SolCall>::abi_encoded_size(inner),
                Self::release(inner) => <releaseCall as alloy_sol_types::SolCall>::abi_encoded_size(inner),
                Self::releaseOnProof(inner) => {
                    <releaseOnProofCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::resolve(inner) => <resolveCall as alloy_sol_types::SolCall>::abi_encoded_size(inner),
                Self::returnFunds(inner) => <returnFundsCall as alloy_sol_types::SolCall>::abi_encoded_size(inner),
                Self::withdraw(inner) => <withdrawCall as alloy_sol_types::SolCall>::abi_encoded_size(inner),
            }
        }
        #[inline]
        fn abi_encode_raw(&self, out: &mut alloy_sol_types::private::Vec<u8>) {
            match self {
                Self::ARBITRATION_PERIOD(inner) => {
                    <ARBITRATION_PERIODCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::dispute(inner) => <disputeCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out),
                Self::escrowId(inner) => <escrowIdCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out),
                Self::getState(inner) => <getStateCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out),
                Self::open(inner) => <openCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out),
                Self::openWithAuthorization(inner) => {
                    <openWithAuthorizationCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::openWithPermit(inner) => {
                    <openWithPermitCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::owed(inner) => <owedCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out),
                Self::refund(inner) => <refundCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out),
                Self::registry(inner) => <registryCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out),
                Self::release(inner) => <releaseCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out),
                Self::releaseOnProof(inner) => {
                    <releaseOnProofCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::resolve(inner) => <resolveCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out),
                Self::returnFunds(inner) => <returnFundsCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out),
                Self::withdraw(inner) => <withdrawCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out),
            }
        }
    }
    ///Container for all the [`Escrow`](self) custom errors.
    #[derive(Clone, serde::Serialize, serde::Deserialize, Debug, PartialEq, Eq, Hash)]
    pub enum EscrowErrors {
        #[allow(missing_docs)]
        EscrowArbitrationLapsed(EscrowArbitrationLapsed),
        #[allow(missing_docs)]
        EscrowDeadlinePassed(EscrowDeadlinePassed),
        #[allow(missing_docs)]
        EscrowExists(EscrowExists),
        #[allow(missing_docs)]
        EscrowInvalidAmount(EscrowInvalidAmount),
        #[allow(missing_docs)]
        EscrowInvalidTerms(EscrowInvalidTerms),
        #[allow(missing_docs)]
        EscrowNoArbiter(EscrowNoArbiter),
        #[allow(missing_docs)]
        EscrowNoCondition(EscrowNoCondition),
        #[allow(missing_docs)]
        EscrowNotRefundable(EscrowNotRefundable),
        #[allow(missing_docs)]
        EscrowProofRejected(EscrowProofRejected),
        #[allow(missing_docs)]
        EscrowUnauthorized(EscrowUnauthorized),
        #[allow(missing_docs)]
        EscrowUnknown(EscrowUnknown),
        #[allow(missing_docs)]
        EscrowWrongStatus(EscrowWrongStatus),
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
    }
    impl EscrowErrors {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 4usize]] = &[
            [40u8, 70u8, 41u8, 46u8],
            [44u8, 119u8, 69u8, 113u8],
            [62u8, 229u8, 174u8, 181u8],
            [82u8, 116u8, 175u8, 231u8],
            [84u8, 249u8, 100u8, 251u8],
            [93u8, 111u8, 38u8, 225u8],
            [119u8, 210u8, 98u8, 112u8],
            [134u8, 254u8, 237u8, 238u8],
            [140u8, 51u8, 88u8, 177u8],
            [145u8, 244u8, 218u8, 98u8],
            [147u8, 195u8, 24u8, 32u8],
            [150u8, 152u8, 30u8, 100u8],
            [157u8, 164u8, 5u8, 28u8],
            [164u8, 246u8, 237u8, 132u8],
            [168u8, 245u8, 89u8, 48u8],
            [185u8, 116u8, 157u8, 181u8],
            [198u8, 187u8, 149u8, 143u8],
            [225u8, 46u8, 16u8, 182u8],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(PayoutsWrongValue),
            ::core::stringify!(EscrowProofRejected),
            ::core::stringify!(ReentrancyGuardReentrantCall),
            ::core::stringify!(SafeERC20FailedOperation),
            ::core::stringify!(EscrowExists),
            ::core::stringify!(EscrowNoArbiter),
            ::core::stringify!(PayoutsNothingOwed),
            ::core::stringify!(EscrowDeadlinePassed),
            ::core::stringify!(EscrowArbitrationLapsed),
            ::core::stringify!(EscrowInvalidTerms),
            ::core::stringify!(EscrowInvalidAmount),
            ::core::stringify!(PayoutsFeeOnTransfer),
            ::core::stringify!(EscrowUnknown),
            ::core::stringify!(PayoutsWithdrawFailed),
            ::core::stringify!(EscrowUnauthorized),
            ::core::stringify!(EscrowNotRefundable),
            ::core::stringify!(EscrowNoCondition),
            ::core::stringify!(EscrowWrongStatus),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <PayoutsWrongValue as alloy_sol_types::SolError>::SIGNATURE,
            <EscrowProofRejected as alloy_sol_types::SolError>::SIGNATURE,
            <ReentrancyGuardReentrantCall as alloy_sol_types::SolError>::SIGNATURE,
            <SafeERC20FailedOperation as alloy_sol_types::SolError>::SIGNATURE,
            <EscrowExists as alloy_sol_types::SolError>::SIGNATURE,
            <EscrowNoArbiter as alloy_sol_types::SolError>::SIGNATURE,
            <PayoutsNothingOwed as alloy_sol_types::SolError>::SIGNATURE,
            <EscrowDeadlinePassed as alloy_sol_types::SolError>::SIGNATURE,
            <EscrowArbitrationLapsed as alloy_sol_types::SolError>::SIGNATURE,
            <EscrowInvalidTerms as alloy_sol_types::SolError>::SIGNATURE,
            <EscrowInvalidAmount as alloy_sol_types::SolError>::SIGNATURE,
            <PayoutsFeeOnTransfer as alloy_sol_types::SolError>::SIGNATURE,
            <EscrowUnknown as alloy_sol_types::SolError>::SIGNATURE,
            <PayoutsWithdrawFailed as alloy_sol_types::SolError>::SIGNATURE,
            <EscrowUnauthorized as alloy_sol_types::SolError>::SIGNATURE,
            <EscrowNotRefundable as alloy_sol_types::SolError>::SIGNATURE,
            <EscrowNoCondition as alloy_sol_types::SolError>::SIGNATURE,
            <EscrowWrongStatus as alloy_sol_types::SolError>::SIGNATURE,
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
    impl alloy_sol_types::SolInterface for EscrowErrors {
        const NAME: &'static str = "EscrowErrors";
        const MIN_DATA_LENGTH: usize = 0usize;
        const COUNT: usize = 18usize;
        #[inline]
        fn selector(&self) -> [u8; 4] {
            match self {
                Self::EscrowArbitrationLapsed(_) => <EscrowArbitrationLapsed as alloy_sol_types::SolError>::SELECTOR,
                Self::EscrowDeadlinePassed(_) => <EscrowDeadlinePassed as alloy_sol_types::SolError>::SELECTOR,
                Self::EscrowExists(_) => <EscrowExists as alloy_sol_types::SolError>::SELECTOR,
                Self::EscrowInvalidAmount(_) => <EscrowInvalidAmount as alloy_sol_types::SolError>::SELECTOR,
                Self::EscrowInvalidTerms(_) => <EscrowInvalidTerms as alloy_sol_types::SolError>::SELECTOR,
                Self::EscrowNoArbiter(_) => <EscrowNoArbiter as alloy_sol_types::SolError>::SELECTOR,
                Self::EscrowNoCondition(_) => <EscrowNoCondition as alloy_sol_types::SolError>::SELECTOR,
                Self::EscrowNotRefundable(_) => <EscrowNotRefundable as alloy_sol_types::SolError>::SELECTOR,
                Self::EscrowProofRejected(_) => <EscrowProofRejected as alloy_sol_types::SolError>::SELECTOR,
                Self::EscrowUnauthorized(_) => <EscrowUnauthorized as alloy_sol_types::SolError>::SELECTOR,
                Self::EscrowUnknown(_) => <EscrowUnknown as alloy_sol_types::SolError>::SELECTOR,
                Self::EscrowWrongStatus(_) => <EscrowWrongStatus as alloy_sol_types::SolError>::SELECTOR,
                Self::PayoutsFeeOnTransfer(_) => <PayoutsFeeOnTransfer as alloy_sol_types::SolError>::SELECTOR,
                Self::PayoutsNothingOwed(_) => <PayoutsNothingOwed as alloy_sol_types::SolError>::SELECTOR,
                Self::PayoutsWithdrawFailed(_) => <PayoutsWithdrawFailed as alloy_sol_types::SolError>::SELECTOR,
                Self::PayoutsWrongValue(_) => <PayoutsWrongValue as alloy_sol_types::SolError>::SELECTOR,
                Self::ReentrancyGuardReentrantCall(_) => {
                    <ReentrancyGuardReentrantCall as alloy_sol_types::SolError>::SELECTOR
                }
                Self::SafeERC20FailedOperation(_) => <SafeERC20FailedOperation as alloy_sol_types::SolError>::SELECTOR,
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
            static DECODE_SHIMS: &[fn(&[u8]) -> alloy_sol_types::Result<EscrowErrors>] = &[
                {
                    fn PayoutsWrongValue(data: &[u8]) -> alloy_sol_types::Result<EscrowErrors> {
                        <PayoutsWrongValue as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(EscrowErrors::PayoutsWrongValue)
                    }
                    PayoutsWrongValue
                },
                {
                    fn EscrowProofRejected(data: &[u8]) -> alloy_sol_types::Result<EscrowErrors> {
                        <EscrowProofRejected as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(EscrowErrors::EscrowProofRejected)
                    }
                    EscrowProofRejected
                },
                {
                    fn ReentrancyGuardReentrantCall(data: &[u8]) -> alloy_sol_types::Result<EscrowErrors> {
                        <ReentrancyGuardReentrantCall as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(EscrowErrors::ReentrancyGuardReentrantCall)
                    }
                    ReentrancyGuardReentrantCall
                },
                {
                    fn SafeERC20FailedOperation(data: &[u8]) -> alloy_sol_types::Result<EscrowErrors> {
                        <SafeERC20FailedOperation as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(EscrowErrors::SafeERC20FailedOperation)
                    }
                    SafeERC20FailedOperation
                },
                {
                    fn EscrowExists(data: &[u8]) -> alloy_sol_types::Result<EscrowErrors> {
                        <EscrowExists as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(EscrowErrors::EscrowExists)
                    }
                    EscrowExists
                },
                {
                    fn EscrowNoArbiter(data: &[u8]) -> alloy_sol_types::Result<EscrowErrors> {
                        <EscrowNoArbiter as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(EscrowErrors::EscrowNoArbiter)
                    }
                    EscrowNoArbiter
                },
                {
                    fn PayoutsNothingOwed(data: &[u8]) -> alloy_sol_types::Result<EscrowErrors> {
                        <PayoutsNothingOwed as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(EscrowErrors::PayoutsNothingOwed)
                    }
                    PayoutsNothingOwed
                },
                {
                    fn EscrowDeadlinePassed(data: &[u8]) -> alloy_sol_types::Result<EscrowErrors> {
                        <EscrowDeadlinePassed as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(EscrowErrors::EscrowDeadlinePassed)
                    }
                    EscrowDeadlinePassed
                },
                {
                    fn EscrowArbitrationLapsed(data: &[u8]) -> alloy_sol_types::Result<EscrowErrors> {
                        <EscrowArbitrationLapsed as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(EscrowErrors::EscrowArbitrationLapsed)
                    }
                    EscrowArbitrationLapsed
                },
                {
                    fn EscrowInvalidTerms(data: &[u8]) -> alloy_sol_types::Result<EscrowErrors> {
                        <EscrowInvalidTerms as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(EscrowErrors::EscrowInvalidTerms)
                    }
                    EscrowInvalidTerms
                },
                {
                    fn EscrowInvalidAmount(data: &[u8]) -> alloy_sol_types::Result<EscrowErrors> {
                        <EscrowInvalidAmount as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(EscrowErrors::EscrowInvalidAmount)
                    }
                    EscrowInvalidAmount
                },
                {
                    fn PayoutsFeeOnTransfer(data: &[u8]) -> alloy_sol_types::Result<EscrowErrors> {
                        <PayoutsFeeOnTransfer as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(EscrowErrors::PayoutsFeeOnTransfer)
                    }
                    PayoutsFeeOnTransfer
                },
                {
                    fn EscrowUnknown(data: &[u8]) -> alloy_sol_types::Result<EscrowErrors> {
                        <EscrowUnknown as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(EscrowErrors::EscrowUnknown)
                    }
                    EscrowUnknown
                },
                {
                    fn PayoutsWithdrawFailed(data: &[u8]) -> alloy_sol_types::Result<EscrowErrors> {
                        <PayoutsWithdrawFailed as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(EscrowErrors::PayoutsWithdrawFailed)
                    }
                    PayoutsWithdrawFailed
                },
                {
                    fn EscrowUnauthorized(data: &[u8]) -> alloy_sol_types::Result<EscrowErrors> {
                        <EscrowUnauthorized as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(EscrowErrors::EscrowUnauthorized)
                    }
                    EscrowUnauthorized
                },
                {
                    fn EscrowNotRefundable(data: &[u8]) -> alloy_sol_types::Result<EscrowErrors> {
                        <EscrowNotRefundable as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(EscrowErrors::EscrowNotRefundable)
                    }
                    EscrowNotRefundable
                },
                {
                    fn EscrowNoCondition(data: &[u8]) -> alloy_sol_types::Result<EscrowErrors> {
                        <EscrowNoCondition as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(EscrowErrors::EscrowNoCondition)
                    }
                    EscrowNoCondition
                },
                {
                    fn EscrowWrongStatus(data: &[u8]) -> alloy_sol_types::Result<EscrowErrors> {
                        <EscrowWrongStatus as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(EscrowErrors::EscrowWrongStatus)
                    }
                    EscrowWrongStatus
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
            static DECODE_VALIDATE_SHIMS: &[fn(&[u8]) -> alloy_sol_types::Result<EscrowErrors>] = &[
                {
                    fn PayoutsWrongValue(data: &[u8]) -> alloy_sol_types::Result<EscrowErrors> {
                        <PayoutsWrongValue as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(EscrowErrors::PayoutsWrongValue)
                    }
                    PayoutsWrongValue
                },
                {
                    fn EscrowProofRejected(data: &[u8]) -> alloy_sol_types::Result<EscrowErrors> {
                        <EscrowProofRejected as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(EscrowErrors::EscrowProofRejected)
                    }
                    EscrowProofRejected
                },
                {
                    fn ReentrancyGuardReentrantCall(data: &[u8]) -> alloy_sol_types::Result<EscrowErrors> {
                        <ReentrancyGuardReentrantCall as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(EscrowErrors::ReentrancyGuardReentrantCall)
                    }
                    ReentrancyGuardReentrantCall
                },
                {
                    fn SafeERC20FailedOperation(data: &[u8]) -> alloy_sol_types::Result<EscrowErrors> {
                        <SafeERC20FailedOperation as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(EscrowErrors::SafeERC20FailedOperation)
                    }
                    SafeERC20FailedOperation
                },
                {
                    fn EscrowExists(data: &[u8]) -> alloy_sol_types::Result<EscrowErrors> {
                        <EscrowExists as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(EscrowErrors::EscrowExists)
                    }
                    EscrowExists
                },
                {
                    fn EscrowNoArbiter(data: &[u8]) -> alloy_sol_types::Result<EscrowErrors> {
                        <EscrowNoArbiter as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(EscrowErrors::EscrowNoArbiter)
                    }
                    EscrowNoArbiter
                },
                {
                    fn PayoutsNothingOwed(data: &[u8]) -> alloy_sol_types::Result<EscrowErrors> {
                        <PayoutsNothingOwed as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(EscrowErrors::PayoutsNothingOwed)
                    }
                    PayoutsNothingOwed
                },
                {
                    fn EscrowDeadlinePassed(data: &[u8]) -> alloy_sol_types::Result<EscrowErrors> {
                        <EscrowDeadlinePassed as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(EscrowErrors::EscrowDeadlinePassed)
                    }
                    EscrowDeadlinePassed
                },
                {
                    fn EscrowArbitrationLapsed(data: &[u8]) -> alloy_sol_types::Result<EscrowErrors> {
                        <EscrowArbitrationLapsed as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(EscrowErrors::EscrowArbitrationLapsed)
                    }
                    EscrowArbitrationLapsed
                },
                {
                    fn EscrowInvalidTerms(data: &[u8]) -> alloy_sol_types::Result<EscrowErrors> {
                        <EscrowInvalidTerms as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(EscrowErrors::EscrowInvalidTerms)
                    }
                    EscrowInvalidTerms
                },
                {
                    fn EscrowInvalidAmount(data: &[u8]) -> alloy_sol_types::Result<EscrowErrors> {
                        <EscrowInvalidAmount as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(EscrowErrors::EscrowInvalidAmount)
                    }
                    EscrowInvalidAmount
                },
                {
                    fn PayoutsFeeOnTransfer(data: &[u8]) -> alloy_sol_types::Result<EscrowErrors> {
                        <PayoutsFeeOnTransfer as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(EscrowErrors::PayoutsFeeOnTransfer)
                    }
                    PayoutsFeeOnTransfer
                },
                {
                    fn EscrowUnknown(data: &[u8]) -> alloy_sol_types::Result<EscrowErrors> {
                        <EscrowUnknown as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(EscrowErrors::EscrowUnknown)
                    }
                    EscrowUnknown
                },
                {
                    fn PayoutsWithdrawFailed(data: &[u8]) -> alloy_sol_types::Result<EscrowErrors> {
                        <PayoutsWithdrawFailed as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(EscrowErrors::PayoutsWithdrawFailed)
                    }
                    PayoutsWithdrawFailed
                },
                {
                    fn EscrowUnauthorized(data: &[u8]) -> alloy_sol_types::Result<EscrowErrors> {
                        <EscrowUnauthorized as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(EscrowErrors::EscrowUnauthorized)
                    }
                    EscrowUnauthorized
                },
                {
                    fn EscrowNotRefundable(data: &[u8]) -> alloy_sol_types::Result<EscrowErrors> {
                        <EscrowNotRefundable as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(EscrowErrors::EscrowNotRefundable)
                    }
                    EscrowNotRefundable
                },
                {
                    fn EscrowNoCondition(data: &[u8]) -> alloy_sol_types::Result<EscrowErrors> {
                        <EscrowNoCondition as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(EscrowErrors::EscrowNoCondition)
                    }
                    EscrowNoCondition
                },
                {
                    fn EscrowWrongStatus(data: &[u8]) -> alloy_sol_types::Result<EscrowErrors> {
                        <EscrowWrongStatus as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(EscrowErrors::EscrowWrongStatus)
                    }
                    EscrowWrongStatus
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
                Self::EscrowArbitrationLapsed(inner) => {
                    <EscrowArbitrationLapsed as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::EscrowDeadlinePassed(inner) => {
                    <EscrowDeadlinePassed as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::EscrowExists(inner) => <EscrowExists as alloy_sol_types::SolError>::abi_encoded_size(inner),
                Self::EscrowInvalidAmount(inner) => {
                    <EscrowInvalidAmount as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::EscrowInvalidTerms(inner) => {
                    <EscrowInvalidTerms as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::EscrowNoArbiter(inner) => <EscrowNoArbiter as alloy_sol_types::SolError>::abi_encoded_size(inner),
                Self::EscrowNoCondition(inner) => {
                    <EscrowNoCondition as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::EscrowNotRefundable(inner) => {
                    <EscrowNotRefundable as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::EscrowProofRejected(inner) => {
                    <EscrowProofRejected as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::EscrowUnauthorized(inner) => {
                    <EscrowUnauthorized as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::EscrowUnknown(inner) => <EscrowUnknown as alloy_sol_types::SolError>::abi_encoded_size(inner),
                Self::EscrowWrongStatus(inner) => {
                    <EscrowWrongStatus as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
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
            }
        }
        #[inline]
        fn abi_encode_raw(&self, out: &mut alloy_sol_types::private::Vec<u8>) {
            match self {
                Self::EscrowArbitrationLapsed(inner) => {
                    <EscrowArbitrationLapsed as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::EscrowDeadlinePassed(inner) => {
                    <EscrowDeadlinePassed as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::EscrowExists(inner) => <EscrowExists as alloy_sol_types::SolError>::abi_encode_raw(inner, out),
                Self::EscrowInvalidAmount(inner) => {
                    <EscrowInvalidAmount as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::EscrowInvalidTerms(inner) => {
                    <EscrowInvalidTerms as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::EscrowNoArbiter(inner) => {
                    <EscrowNoArbiter as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::EscrowNoCondition(inner) => {
                    <EscrowNoCondition as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::EscrowNotRefundable(inner) => {
                    <EscrowNotRefundable as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::EscrowProofRejected(inner) => {
                    <EscrowProofRejected as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::EscrowUnauthorized(inner) => {
                    <EscrowUnauthorized as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::EscrowUnknown(inner) => <EscrowUnknown as alloy_sol_types::SolError>::abi_encode_raw(inner, out),
                Self::EscrowWrongStatus(inner) => {
                    <EscrowWrongStatus as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
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
            }
        }
    }
    ///Container for all the [`Escrow`](self) events.
    #[derive(Clone, serde::Serialize, serde::Deserialize, Debug, PartialEq, Eq, Hash)]
    pub enum EscrowEvents {
        #[allow(missing_docs)]
        EscrowDisputed(EscrowDisputed),
        #[allow(missing_docs)]
        EscrowOpened(EscrowOpened),
        #[allow(missing_docs)]
        EscrowRefunded(EscrowRefunded),
        #[allow(missing_docs)]
        EscrowReleased(EscrowReleased),
        #[allow(missing_docs)]
        EscrowResolved(EscrowResolved),
        #[allow(missing_docs)]
        EscrowReturned(EscrowReturned),
        #[allow(missing_docs)]
        PaymentDeferred(PaymentDeferred),
        #[allow(missing_docs)]
        Withdrawn(Withdrawn),
    }
    impl EscrowEvents {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 32usize]] = &[
            [
                11u8, 8u8, 227u8, 34u8, 4u8, 24u8, 100u8, 219u8, 247u8, 180u8, 245u8, 176u8, 214u8, 232u8, 26u8, 120u8,
                199u8, 165u8, 100u8, 224u8, 154u8, 173u8, 208u8, 151u8, 11u8, 75u8, 178u8, 136u8, 248u8, 91u8, 177u8,
                23u8,
            ],
            [
                25u8, 243u8, 22u8, 97u8, 168u8, 47u8, 220u8, 96u8, 144u8, 255u8, 12u8, 98u8, 117u8, 62u8, 220u8, 204u8,
                111u8, 91u8, 54u8, 135u8, 12u8, 74u8, 176u8, 105u8, 129u8, 154u8, 177u8, 64u8, 219u8, 188u8, 114u8,
                253u8,
            ],
            [
                36u8, 2u8, 99u8, 37u8, 75u8, 72u8, 129u8, 97u8, 80u8, 21u8, 177u8, 72u8, 183u8, 124u8, 126u8, 111u8,
                193u8, 53u8, 7u8, 208u8, 77u8, 14u8, 233u8, 103u8, 81u8, 45u8, 125u8, 113u8, 98u8, 224u8, 9u8, 220u8,
            ],
            [
                62u8, 39u8, 151u8, 58u8, 61u8, 93u8, 162u8, 68u8, 69u8, 163u8, 178u8, 167u8, 120u8, 101u8, 106u8,
                180u8, 15u8, 111u8, 160u8, 66u8, 186u8, 170u8, 210u8, 88u8, 172u8, 103u8, 34u8, 149u8, 52u8, 143u8,
                245u8, 110u8,
            ],
            [
                168u8, 0u8, 121u8, 206u8, 71u8, 246u8, 172u8, 52u8, 198u8, 165u8, 155u8, 125u8, 246u8, 131u8, 134u8,
                105u8, 22u8, 2u8, 191u8, 242u8, 41u8, 120u8, 80u8, 251u8, 188u8, 214u8, 29u8, 43u8, 121u8, 155u8, 28u8,
                197u8,
            ],
            [
                204u8, 170u8, 186u8, 136u8, 45u8, 80u8, 234u8, 35u8, 250u8, 165u8, 154u8, 67u8, 234u8, 38u8, 249u8,
                167u8, 61u8, 161u8, 125u8, 33u8, 72u8, 222u8, 194u8, 84u8, 188u8, 153u8, 139u8, 27u8, 213u8, 249u8,
                77u8, 184u8,
            ],
            [
                209u8, 193u8, 159u8, 188u8, 212u8, 85u8, 26u8, 94u8, 223u8, 182u8, 109u8, 67u8, 210u8, 227u8, 55u8,
                192u8, 72u8, 55u8, 175u8, 218u8, 52u8, 130u8, 180u8, 43u8, 223u8, 86u8, 154u8, 143u8, 204u8, 218u8,
                229u8, 251u8,
            ],
            [
                252u8, 49u8, 167u8, 221u8, 190u8, 147u8, 58u8, 166u8, 230u8, 127u8, 60u8, 152u8, 193u8, 131u8, 251u8,
                200u8, 122u8, 221u8, 210u8, 182u8, 2u8, 252u8, 251u8, 16u8, 35u8, 141u8, 47u8, 133u8, 207u8, 2u8,
                102u8, 23u8,
            ],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(EscrowOpened),
            ::core::stringify!(EscrowResolved),
            ::core::stringify!(EscrowReturned),
            ::core::stringify!(PaymentDeferred),
            ::core::stringify!(EscrowReleased),
            ::core::stringify!(EscrowDisputed),
            ::core::stringify!(Withdrawn),
            ::core::stringify!(EscrowRefunded),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <EscrowOpened as alloy_sol_types::SolEvent>::SIGNATURE,
            <EscrowResolved as alloy_sol_types::SolEvent>::SIGNATURE,
            <EscrowReturned as alloy_sol_types::SolEvent>::SIGNATURE,
            <PaymentDeferred as alloy_sol_types::SolEvent>::SIGNATURE,
            <EscrowReleased as alloy_sol_types::SolEvent>::SIGNATURE,
            <EscrowDisputed as alloy_sol_types::SolEvent>::SIGNATURE,
            <Withdrawn as alloy_sol_types::SolEvent>::SIGNATURE,
            <EscrowRefunded as alloy_sol_types::SolEvent>::SIGNATURE,
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
    impl alloy_sol_types::SolEventInterface for EscrowEvents {
        const NAME: &'static str = "EscrowEvents";
        const COUNT: usize = 8usize;
        fn decode_raw_log(topics: &[alloy_sol_types::Word], data: &[u8]) -> alloy_sol_types::Result<Self> {
            match topics.first().copied() {
                Some(<EscrowDisputed as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <EscrowDisputed as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::EscrowDisputed)
                }
                Some(<EscrowOpened as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <EscrowOpened as alloy_sol_types::SolEvent>::decode_raw_log(topics, data).map(Self::EscrowOpened)
                }
                Some(<EscrowRefunded as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <EscrowRefunded as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::EscrowRefunded)
                }
                Some(<EscrowReleased as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <EscrowReleased as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::EscrowReleased)
                }
                Some(<EscrowResolved as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <EscrowResolved as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::EscrowResolved)
                }
                Some(<EscrowReturned as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <EscrowReturned as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::EscrowReturned)
                }
                Some(<PaymentDeferred as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <PaymentDeferred as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::PaymentDeferred)
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
    impl alloy_sol_types::private::IntoLogData for EscrowEvents {
        fn to_log_data(&self) -> alloy_sol_types::private::LogData {
            match self {
                Self::EscrowDisputed(inner) => alloy_sol_types::private::IntoLogData::to_log_data(inner),
                Self::EscrowOpened(inner) => alloy_sol_types::private::IntoLogData::to_log_data(inner),
                Self::EscrowRefunded(inner) => alloy_sol_types::private::IntoLogData::to_log_data(inner),
                Self::EscrowReleased(inner) => alloy_sol_types::private::IntoLogData::to_log_data(inner),
                Self::EscrowResolved(inner) => alloy_sol_types::private::IntoLogData::to_log_data(inner),
                Self::EscrowReturned(inner) => alloy_sol_types::private::IntoLogData::to_log_data(inner),
                Self::PaymentDeferred(inner) => alloy_sol_types::private::IntoLogData::to_log_data(inner),
                Self::Withdrawn(inner) => alloy_sol_types::private::IntoLogData::to_log_data(inner),
            }
        }
        fn into_log_data(self) -> alloy_sol_types::private::LogData {
            match self {
                Self::EscrowDisputed(inner) => alloy_sol_types::private::IntoLogData::into_log_data(inner),
                Self::EscrowOpened(inner) => alloy_sol_types::private::IntoLogData::into_log_data(inner),
                Self::EscrowRefunded(inner) => alloy_sol_types::private::IntoLogData::into_log_data(inner),
                Self::EscrowReleased(inner) => alloy_sol_types::private::IntoLogData::into_log_data(inner),
                Self::EscrowResolved(inner) => alloy_sol_types::private::IntoLogData::into_log_data(inner),
                Self::EscrowReturned(inner) => alloy_sol_types::private::IntoLogData::into_log_data(inner),
                Self::PaymentDeferred(inner) => alloy_sol_types::private::IntoLogData::into_log_data(inner),
                Self::Withdrawn(inner) => alloy_sol_types::private::IntoLogData::into_log_data(inner),
            }
        }
    }
    use alloy::contract as alloy_contract;
    /**Creates a new wrapper around an on-chain [`Escrow`](self) contract instance.

    See the [wrapper's documentation](`EscrowInstance`) for more details.*/
    #[inline]
    pub const fn new<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network>(
        address: alloy_sol_types::private::Address,
        __provider: P,
    ) -> EscrowInstance<P, N> {
        EscrowInstance::<P, N>::new(address, __provider)
    }
    /**Deploys this contract using the given `provider` and constructor arguments, if any.

    Returns a new instance of the contract, if the deployment was successful.

    For more fine-grained control over the deployment process, use [`deploy_builder`] instead.*/
    #[inline]
    pub fn deploy<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network>(
        __provider: P,
        registry_: alloy::sol_types::private::Address,
    ) -> impl ::core::future::Future<Output = alloy_contract::Result<EscrowInstance<P, N>>> {
        EscrowInstance::<P, N>::deploy(__provider, registry_)
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
        EscrowInstance::<P, N>::deploy_builder(__provider, registry_)
    }
    /**A [`Escrow`](self) instance.

    Contains type-safe methods for interacting with an on-chain instance of the
    [`Escrow`](self) contract located at a given `address`, using a given
    provider `P`.

    If the contract bytecode is available (see the [`sol!`](alloy_sol_types::sol!)
    documentation on how to provide it), the `deploy` and `deploy_builder` methods can
    be used to deploy a new instance of the contract.

    See the [module-level documentation](self) for all the available methods.*/
    #[derive(Clone)]
    pub struct EscrowInstance<P, N = alloy_contract::private::Ethereum> {
        address: alloy_sol_types::private::Address,
        provider: P,
        _network: ::core::marker::PhantomData<N>,
    }
    #[automatically_derived]
    impl<P, N> ::core::fmt::Debug for EscrowInstance<P, N> {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_tuple("EscrowInstance").field(&self.address).finish()
        }
    }
    /// Instantiation and getters/setters.
    impl<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network> EscrowInstance<P, N> {
        /**Creates a new wrapper around an on-chain [`Escrow`](self) contract instance.

        See the [wrapper's documentation](`EscrowInstance`) for more details.*/
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
        ) -> alloy_contract::Result<EscrowInstance<P, N>> {
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
    impl<P: ::core::clone::Clone, N> EscrowInstance<&P, N> {
        /// Clones the provider and returns a new instance with the cloned provider.
        #[inline]
        pub fn with_cloned_provider(self) -> EscrowInstance<P, N> {
            EscrowInstance {
                address: self.address,
                provider: ::core::clone::Clone::clone(&self.provider),
                _network: ::core::marker::PhantomData,
            }
        }
    }
    /// Function calls.
    impl<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network> EscrowInstance<P, N> {
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
        ///Creates a new call builder for the [`dispute`] function.
        pub fn dispute(
            &self,
            terms: <IEscrow::Terms as alloy::sol_types::SolType>::RustType,
        ) -> alloy_contract::SolCallBuilder<&P, disputeCall, N> {
            self.call_builder(&disputeCall { terms })
        }
        ///Creates a new call builder for the [`escrowId`] function.
        pub fn escrowId(
            &self,
            terms: <IEscrow::Terms as alloy::sol_types::SolType>::RustType,
        ) -> alloy_contract::SolCallBuilder<&P, escrowIdCall, N> {
            self.call_builder(&escrowIdCall { terms })
        }
        ///Creates a new call builder for the [`getState`] function.
        pub fn getState(
            &self,
            id: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, getStateCall, N> {
            self.call_builder(&getStateCall { id })
        }
        ///Creates a new call builder for the [`open`] function.
        pub fn open(
            &self,
            terms: <IEscrow::Terms as alloy::sol_types::SolType>::RustType,
        ) -> alloy_contract::SolCallBuilder<&P, openCall, N> {
            self.call_builder(&openCall { terms })
        }
        ///Creates a new call builder for the [`openWithAuthorization`] function.
        pub fn openWithAuthorization(
            &self,
            terms: <IEscrow::Terms as alloy::sol_types::SolType>::RustType,
            validAfter: alloy::sol_types::private::primitives::aliases::U256,
            validBefore: alloy::sol_types::private::primitives::aliases::U256,
            v: u8,
            r: alloy::sol_types::private::FixedBytes<32>,
            s: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, openWithAuthorizationCall, N> {
            self.call_builder(&openWithAuthorizationCall { terms, validAfter, validBefore, v, r, s })
        }
        ///Creates a new call builder for the [`openWithPermit`] function.
        pub fn openWithPermit(
            &self,
            terms: <IEscrow::Terms as alloy::sol_types::SolType>::RustType,
            permitDeadline: alloy::sol_types::private::primitives::aliases::U256,
            v: u8,
            r: alloy::sol_types::private::FixedBytes<32>,
            s: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, openWithPermitCall, N> {
            self.call_builder(&openWithPermitCall { terms, permitDeadline, v, r, s })
        }
        ///Creates a new call builder for the [`owed`] function.
        pub fn owed(
            &self,
            token: alloy::sol_types::private::Address,
            account: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, owedCall, N> {
            self.call_builder(&owedCall { token, account })
        }
        ///Creates a new call builder for the [`refund`] function.
        pub fn refund(
            &self,
            terms: <IEscrow::Terms as alloy::sol_types::SolType>::RustType,
        ) -> alloy_contract::SolCallBuilder<&P, refundCall, N> {
            self.call_builder(&refundCall { terms })
        }
        ///Creates a new call builder for the [`registry`] function.
        pub fn registry(&self) -> alloy_contract::SolCallBuilder<&P, registryCall, N> {
            self.call_builder(&registryCall)
        }
        ///Creates a new call builder for the [`release`] function.
        pub fn release(
            &self,
            terms: <IEscrow::Terms as alloy::sol_types::SolType>::RustType,
            amount: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, releaseCall, N> {
            self.call_builder(&releaseCall { terms, amount })
        }
        ///Creates a new call builder for the [`releaseOnProof`] function.
        pub fn releaseOnProof(
            &self,
            terms: <IEscrow::Terms as alloy::sol_types::SolType>::RustType,
            proof: <IAttestationRegistry::AttestationContent as alloy::sol_types::SolType>::RustType,
        ) -> alloy_contract::SolCallBuilder<&P, releaseOnProofCall, N> {
            self.call_builder(&releaseOnProofCall { terms, proof })
        }
        ///Creates a new call builder for the [`resolve`] function.
        pub fn resolve(
            &self,
            terms: <IEscrow::Terms as alloy::sol_types::SolType>::RustType,
            toPayee: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, resolveCall, N> {
            self.call_builder(&resolveCall { terms, toPayee })
        }
        ///Creates a new call builder for the [`returnFunds`] function.
        pub fn returnFunds(
            &self,
            terms: <IEscrow::Terms as alloy::sol_types::SolType>::RustType,
            amount: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, returnFundsCall, N> {
            self.call_builder(&returnFundsCall { terms, amount })
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
    impl<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network> EscrowInstance<P, N> {
        /// Creates a new event filter using this contract instance's provider and address.
        ///
        /// Note that the type can be any event, not just those defined in this contract.
        /// Prefer using the other methods for building type-safe event filters.
        pub fn event_filter<E: alloy_sol_types::SolEvent>(&self) -> alloy_contract::Event<&P, E, N> {
            alloy_contract::Event::new_sol(&self.provider, &self.address)
        }
        ///Creates a new event filter for the [`EscrowDisputed`] event.
        pub fn EscrowDisputed_filter(&self) -> alloy_contract::Event<&P, EscrowDisputed, N> {
            self.event_filter::<EscrowDisputed>()
        }
        ///Creates a new event filter for the [`EscrowOpened`] event.
        pub fn EscrowOpened_filter(&self) -> alloy_contract::Event<&P, EscrowOpened, N> {
            self.event_filter::<EscrowOpened>()
        }
        ///Creates a new event filter for the [`EscrowRefunded`] event.
        pub fn EscrowRefunded_filter(&self) -> alloy_contract::Event<&P, EscrowRefunded, N> {
            self.event_filter::<EscrowRefunded>()
        }
        ///Creates a new event filter for the [`EscrowReleased`] event.
        pub fn EscrowReleased_filter(&self) -> alloy_contract::Event<&P, EscrowReleased, N> {
            self.event_filter::<EscrowReleased>()
        }
        ///Creates a new event filter for the [`EscrowResolved`] event.
        pub fn EscrowResolved_filter(&self) -> alloy_contract::Event<&P, EscrowResolved, N> {
            self.event_filter::<EscrowResolved>()
        }
        ///Creates a new event filter for the [`EscrowReturned`] event.
        pub fn EscrowReturned_filter(&self) -> alloy_contract::Event<&P, EscrowReturned, N> {
            self.event_filter::<EscrowReturned>()
        }
        ///Creates a new event filter for the [`PaymentDeferred`] event.
        pub fn PaymentDeferred_filter(&self) -> alloy_contract::Event<&P, PaymentDeferred, N> {
            self.event_filter::<PaymentDeferred>()
        }
        ///Creates a new event filter for the [`Withdrawn`] event.
        pub fn Withdrawn_filter(&self) -> alloy_contract::Event<&P, Withdrawn, N> {
            self.event_filter::<Withdrawn>()
        }
    }
}
