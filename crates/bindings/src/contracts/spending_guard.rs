///Module containing a contract's types and functions.
/**

```solidity
library IEscrow {
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
///Module containing a contract's types and functions.
/**

```solidity
library ISpendingGuard {
    type Trip is uint8;
    struct Policy { uint128 budget; uint128 maxPayment; uint128 breakerThreshold; uint40 start; uint40 end; uint32 period; uint16 maxNewRecipients; address guardian; uint32 breakerWindow; uint32 loosenDelay; bool allowlistOnly; }
    struct PolicyKey { address operator; address agent; address token; bytes32 salt; }
    struct State { uint128 spent; uint128 breakerLevel; uint40 periodIndex; uint40 levelAt; uint40 recipientsWindowAt; uint16 newRecipients; uint8 flags; uint40 unpauseAt; uint40 changeAt; }
}
```*/
#[allow(
    non_camel_case_types,
    non_snake_case,
    clippy::pub_underscore_fields,
    clippy::style,
    clippy::empty_structs_with_brackets
)]
pub mod ISpendingGuard {
    use super::*;
    use alloy::sol_types as alloy_sol_types;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct Trip(u8);
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Trip> for u8 {
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
        impl Trip {
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
        impl From<u8> for Trip {
            fn from(value: u8) -> Self {
                Self::from_underlying(value)
            }
        }
        #[automatically_derived]
        impl From<Trip> for u8 {
            fn from(value: Trip) -> Self {
                value.into_underlying()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolType for Trip {
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
        impl alloy_sol_types::EventTopic for Trip {
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
    struct Policy { uint128 budget; uint128 maxPayment; uint128 breakerThreshold; uint40 start; uint40 end; uint32 period; uint16 maxNewRecipients; address guardian; uint32 breakerWindow; uint32 loosenDelay; bool allowlistOnly; }
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct Policy {
        #[allow(missing_docs)]
        pub budget: u128,
        #[allow(missing_docs)]
        pub maxPayment: u128,
        #[allow(missing_docs)]
        pub breakerThreshold: u128,
        #[allow(missing_docs)]
        pub start: alloy::sol_types::private::primitives::aliases::U40,
        #[allow(missing_docs)]
        pub end: alloy::sol_types::private::primitives::aliases::U40,
        #[allow(missing_docs)]
        pub period: u32,
        #[allow(missing_docs)]
        pub maxNewRecipients: u16,
        #[allow(missing_docs)]
        pub guardian: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub breakerWindow: u32,
        #[allow(missing_docs)]
        pub loosenDelay: u32,
        #[allow(missing_docs)]
        pub allowlistOnly: bool,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<128>,
            alloy::sol_types::sol_data::Uint<128>,
            alloy::sol_types::sol_data::Uint<128>,
            alloy::sol_types::sol_data::Uint<40>,
            alloy::sol_types::sol_data::Uint<40>,
            alloy::sol_types::sol_data::Uint<32>,
            alloy::sol_types::sol_data::Uint<16>,
            alloy::sol_types::sol_data::Address,
            alloy::sol_types::sol_data::Uint<32>,
            alloy::sol_types::sol_data::Uint<32>,
            alloy::sol_types::sol_data::Bool,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            u128,
            u128,
            u128,
            alloy::sol_types::private::primitives::aliases::U40,
            alloy::sol_types::private::primitives::aliases::U40,
            u32,
            u16,
            alloy::sol_types::private::Address,
            u32,
            u32,
            bool,
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
        impl ::core::convert::From<Policy> for UnderlyingRustTuple<'_> {
            fn from(value: Policy) -> Self {
                (
                    value.budget,
                    value.maxPayment,
                    value.breakerThreshold,
                    value.start,
                    value.end,
                    value.period,
                    value.maxNewRecipients,
                    value.guardian,
                    value.breakerWindow,
                    value.loosenDelay,
                    value.allowlistOnly,
                )
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for Policy {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    budget: tuple.0,
                    maxPayment: tuple.1,
                    breakerThreshold: tuple.2,
                    start: tuple.3,
                    end: tuple.4,
                    period: tuple.5,
                    maxNewRecipients: tuple.6,
                    guardian: tuple.7,
                    breakerWindow: tuple.8,
                    loosenDelay: tuple.9,
                    allowlistOnly: tuple.10,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolValue for Policy {
            type SolType = Self;
        }
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Self> for Policy {
            #[inline]
            fn stv_to_tokens(&self) -> <Self as alloy_sol_types::SolType>::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<128> as alloy_sol_types::SolType>::tokenize(&self.budget),
                    <alloy::sol_types::sol_data::Uint<128> as alloy_sol_types::SolType>::tokenize(&self.maxPayment),
                    <alloy::sol_types::sol_data::Uint<128> as alloy_sol_types::SolType>::tokenize(
                        &self.breakerThreshold,
                    ),
                    <alloy::sol_types::sol_data::Uint<40> as alloy_sol_types::SolType>::tokenize(&self.start),
                    <alloy::sol_types::sol_data::Uint<40> as alloy_sol_types::SolType>::tokenize(&self.end),
                    <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::SolType>::tokenize(&self.period),
                    <alloy::sol_types::sol_data::Uint<16> as alloy_sol_types::SolType>::tokenize(
                        &self.maxNewRecipients,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(&self.guardian),
                    <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::SolType>::tokenize(&self.breakerWindow),
                    <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::SolType>::tokenize(&self.loosenDelay),
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(&self.allowlistOnly),
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
        impl alloy_sol_types::SolType for Policy {
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
        impl alloy_sol_types::SolStruct for Policy {
            const NAME: &'static str = "Policy";
            #[inline]
            fn eip712_root_type() -> alloy_sol_types::private::Cow<'static, str> {
                alloy_sol_types::private::Cow::Borrowed(
                    "Policy(uint128 budget,uint128 maxPayment,uint128 breakerThreshold,uint40 start,uint40 end,uint32 period,uint16 maxNewRecipients,address guardian,uint32 breakerWindow,uint32 loosenDelay,bool allowlistOnly)",
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
                    <alloy::sol_types::sol_data::Uint<128> as alloy_sol_types::SolType>::eip712_data_word(&self.budget)
                        .0,
                    <alloy::sol_types::sol_data::Uint<128> as alloy_sol_types::SolType>::eip712_data_word(
                        &self.maxPayment,
                    )
                    .0,
                    <alloy::sol_types::sol_data::Uint<128> as alloy_sol_types::SolType>::eip712_data_word(
                        &self.breakerThreshold,
                    )
                    .0,
                    <alloy::sol_types::sol_data::Uint<40> as alloy_sol_types::SolType>::eip712_data_word(&self.start).0,
                    <alloy::sol_types::sol_data::Uint<40> as alloy_sol_types::SolType>::eip712_data_word(&self.end).0,
                    <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::SolType>::eip712_data_word(&self.period)
                        .0,
                    <alloy::sol_types::sol_data::Uint<16> as alloy_sol_types::SolType>::eip712_data_word(
                        &self.maxNewRecipients,
                    )
                    .0,
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::eip712_data_word(&self.guardian)
                        .0,
                    <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::SolType>::eip712_data_word(
                        &self.breakerWindow,
                    )
                    .0,
                    <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::SolType>::eip712_data_word(
                        &self.loosenDelay,
                    )
                    .0,
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::eip712_data_word(
                        &self.allowlistOnly,
                    )
                    .0,
                ]
                .concat()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for Policy {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                0usize
                    + <alloy::sol_types::sol_data::Uint<128> as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.budget,
                    )
                    + <alloy::sol_types::sol_data::Uint<128> as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.maxPayment,
                    )
                    + <alloy::sol_types::sol_data::Uint<128> as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.breakerThreshold,
                    )
                    + <alloy::sol_types::sol_data::Uint<40> as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.start,
                    )
                    + <alloy::sol_types::sol_data::Uint<40> as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.end,
                    )
                    + <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.period,
                    )
                    + <alloy::sol_types::sol_data::Uint<16> as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.maxNewRecipients,
                    )
                    + <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.guardian,
                    )
                    + <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.breakerWindow,
                    )
                    + <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.loosenDelay,
                    )
                    + <alloy::sol_types::sol_data::Bool as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.allowlistOnly,
                    )
            }
            #[inline]
            fn encode_topic_preimage(rust: &Self::RustType, out: &mut alloy_sol_types::private::Vec<u8>) {
                out.reserve(<Self as alloy_sol_types::EventTopic>::topic_preimage_length(rust));
                <alloy::sol_types::sol_data::Uint<128> as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.budget,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<128> as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.maxPayment,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<128> as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.breakerThreshold,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<40> as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.start,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<40> as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.end, out,
                );
                <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.period,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<16> as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.maxNewRecipients,
                    out,
                );
                <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.guardian,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.breakerWindow,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.loosenDelay,
                    out,
                );
                <alloy::sol_types::sol_data::Bool as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.allowlistOnly,
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
    struct PolicyKey { address operator; address agent; address token; bytes32 salt; }
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct PolicyKey {
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub agent: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub token: alloy::sol_types::private::Address,
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
            alloy::sol_types::sol_data::FixedBytes<32>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::Address,
            alloy::sol_types::private::Address,
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
        impl ::core::convert::From<PolicyKey> for UnderlyingRustTuple<'_> {
            fn from(value: PolicyKey) -> Self {
                (value.operator, value.agent, value.token, value.salt)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for PolicyKey {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { operator: tuple.0, agent: tuple.1, token: tuple.2, salt: tuple.3 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolValue for PolicyKey {
            type SolType = Self;
        }
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Self> for PolicyKey {
            #[inline]
            fn stv_to_tokens(&self) -> <Self as alloy_sol_types::SolType>::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(&self.operator),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(&self.agent),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(&self.token),
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
        impl alloy_sol_types::SolType for PolicyKey {
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
        impl alloy_sol_types::SolStruct for PolicyKey {
            const NAME: &'static str = "PolicyKey";
            #[inline]
            fn eip712_root_type() -> alloy_sol_types::private::Cow<'static, str> {
                alloy_sol_types::private::Cow::Borrowed(
                    "PolicyKey(address operator,address agent,address token,bytes32 salt)",
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
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::eip712_data_word(&self.operator)
                        .0,
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::eip712_data_word(&self.agent).0,
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::eip712_data_word(&self.token).0,
                    <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::eip712_data_word(
                        &self.salt,
                    )
                    .0,
                ]
                .concat()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for PolicyKey {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                0usize
                    + <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.operator,
                    )
                    + <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.agent,
                    )
                    + <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.token,
                    )
                    + <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.salt,
                    )
            }
            #[inline]
            fn encode_topic_preimage(rust: &Self::RustType, out: &mut alloy_sol_types::private::Vec<u8>) {
                out.reserve(<Self as alloy_sol_types::EventTopic>::topic_preimage_length(rust));
                <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.operator,
                    out,
                );
                <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.agent,
                    out,
                );
                <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.token,
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
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**```solidity
    struct State { uint128 spent; uint128 breakerLevel; uint40 periodIndex; uint40 levelAt; uint40 recipientsWindowAt; uint16 newRecipients; uint8 flags; uint40 unpauseAt; uint40 changeAt; }
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct State {
        #[allow(missing_docs)]
        pub spent: u128,
        #[allow(missing_docs)]
        pub breakerLevel: u128,
        #[allow(missing_docs)]
        pub periodIndex: alloy::sol_types::private::primitives::aliases::U40,
        #[allow(missing_docs)]
        pub levelAt: alloy::sol_types::private::primitives::aliases::U40,
        #[allow(missing_docs)]
        pub recipientsWindowAt: alloy::sol_types::private::primitives::aliases::U40,
        #[allow(missing_docs)]
        pub newRecipients: u16,
        #[allow(missing_docs)]
        pub flags: u8,
        #[allow(missing_docs)]
        pub unpauseAt: alloy::sol_types::private::primitives::aliases::U40,
        #[allow(missing_docs)]
        pub changeAt: alloy::sol_types::private::primitives::aliases::U40,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<128>,
            alloy::sol_types::sol_data::Uint<128>,
            alloy::sol_types::sol_data::Uint<40>,
            alloy::sol_types::sol_data::Uint<40>,
            alloy::sol_types::sol_data::Uint<40>,
            alloy::sol_types::sol_data::Uint<16>,
            alloy::sol_types::sol_data::Uint<8>,
            alloy::sol_types::sol_data::Uint<40>,
            alloy::sol_types::sol_data::Uint<40>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            u128,
            u128,
            alloy::sol_types::private::primitives::aliases::U40,
            alloy::sol_types::private::primitives::aliases::U40,
            alloy::sol_types::private::primitives::aliases::U40,
            u16,
            u8,
            alloy::sol_types::private::primitives::aliases::U40,
            alloy::sol_types::private::primitives::aliases::U40,
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
                (
                    value.spent,
                    value.breakerLevel,
                    value.periodIndex,
                    value.levelAt,
                    value.recipientsWindowAt,
                    value.newRecipients,
                    value.flags,
                    value.unpauseAt,
                    value.changeAt,
                )
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for State {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    spent: tuple.0,
                    breakerLevel: tuple.1,
                    periodIndex: tuple.2,
                    levelAt: tuple.3,
                    recipientsWindowAt: tuple.4,
                    newRecipients: tuple.5,
                    flags: tuple.6,
                    unpauseAt: tuple.7,
                    changeAt: tuple.8,
                }
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
                    <alloy::sol_types::sol_data::Uint<128> as alloy_sol_types::SolType>::tokenize(&self.spent),
                    <alloy::sol_types::sol_data::Uint<128> as alloy_sol_types::SolType>::tokenize(&self.breakerLevel),
                    <alloy::sol_types::sol_data::Uint<40> as alloy_sol_types::SolType>::tokenize(&self.periodIndex),
                    <alloy::sol_types::sol_data::Uint<40> as alloy_sol_types::SolType>::tokenize(&self.levelAt),
                    <alloy::sol_types::sol_data::Uint<40> as alloy_sol_types::SolType>::tokenize(
                        &self.recipientsWindowAt,
                    ),
                    <alloy::sol_types::sol_data::Uint<16> as alloy_sol_types::SolType>::tokenize(&self.newRecipients),
                    <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::SolType>::tokenize(&self.flags),
                    <alloy::sol_types::sol_data::Uint<40> as alloy_sol_types::SolType>::tokenize(&self.unpauseAt),
                    <alloy::sol_types::sol_data::Uint<40> as alloy_sol_types::SolType>::tokenize(&self.changeAt),
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
                alloy_sol_types::private::Cow::Borrowed(
                    "State(uint128 spent,uint128 breakerLevel,uint40 periodIndex,uint40 levelAt,uint40 recipientsWindowAt,uint16 newRecipients,uint8 flags,uint40 unpauseAt,uint40 changeAt)",
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
                    <alloy::sol_types::sol_data::Uint<128> as alloy_sol_types::SolType>::eip712_data_word(&self.spent)
                        .0,
                    <alloy::sol_types::sol_data::Uint<128> as alloy_sol_types::SolType>::eip712_data_word(
                        &self.breakerLevel,
                    )
                    .0,
                    <alloy::sol_types::sol_data::Uint<40> as alloy_sol_types::SolType>::eip712_data_word(
                        &self.periodIndex,
                    )
                    .0,
                    <alloy::sol_types::sol_data::Uint<40> as alloy_sol_types::SolType>::eip712_data_word(&self.levelAt)
                        .0,
                    <alloy::sol_types::sol_data::Uint<40> as alloy_sol_types::SolType>::eip712_data_word(
                        &self.recipientsWindowAt,
                    )
                    .0,
                    <alloy::sol_types::sol_data::Uint<16> as alloy_sol_types::SolType>::eip712_data_word(
                        &self.newRecipients,
                    )
                    .0,
                    <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::SolType>::eip712_data_word(&self.flags).0,
                    <alloy::sol_types::sol_data::Uint<40> as alloy_sol_types::SolType>::eip712_data_word(
                        &self.unpauseAt,
                    )
                    .0,
                    <alloy::sol_types::sol_data::Uint<40> as alloy_sol_types::SolType>::eip712_data_word(
                        &self.changeAt,
                    )
                    .0,
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
                        &rust.spent,
                    )
                    + <alloy::sol_types::sol_data::Uint<128> as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.breakerLevel,
                    )
                    + <alloy::sol_types::sol_data::Uint<40> as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.periodIndex,
                    )
                    + <alloy::sol_types::sol_data::Uint<40> as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.levelAt,
                    )
                    + <alloy::sol_types::sol_data::Uint<40> as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.recipientsWindowAt,
                    )
                    + <alloy::sol_types::sol_data::Uint<16> as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.newRecipients,
                    )
                    + <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.flags,
                    )
                    + <alloy::sol_types::sol_data::Uint<40> as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.unpauseAt,
                    )
                    + <alloy::sol_types::sol_data::Uint<40> as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.changeAt,
                    )
            }
            #[inline]
            fn encode_topic_preimage(rust: &Self::RustType, out: &mut alloy_sol_types::private::Vec<u8>) {
                out.reserve(<Self as alloy_sol_types::EventTopic>::topic_preimage_length(rust));
                <alloy::sol_types::sol_data::Uint<128> as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.spent,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<128> as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.breakerLevel,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<40> as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.periodIndex,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<40> as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.levelAt,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<40> as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.recipientsWindowAt,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<16> as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.newRecipients,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.flags,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<40> as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.unpauseAt,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<40> as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.changeAt,
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
    /**Creates a new wrapper around an on-chain [`ISpendingGuard`](self) contract instance.

    See the [wrapper's documentation](`ISpendingGuardInstance`) for more details.*/
    #[inline]
    pub const fn new<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network>(
        address: alloy_sol_types::private::Address,
        __provider: P,
    ) -> ISpendingGuardInstance<P, N> {
        ISpendingGuardInstance::<P, N>::new(address, __provider)
    }
    /**A [`ISpendingGuard`](self) instance.

    Contains type-safe methods for interacting with an on-chain instance of the
    [`ISpendingGuard`](self) contract located at a given `address`, using a given
    provider `P`.

    If the contract bytecode is available (see the [`sol!`](alloy_sol_types::sol!)
    documentation on how to provide it), the `deploy` and `deploy_builder` methods can
    be used to deploy a new instance of the contract.

    See the [module-level documentation](self) for all the available methods.*/
    #[derive(Clone)]
    pub struct ISpendingGuardInstance<P, N = alloy_contract::private::Ethereum> {
        address: alloy_sol_types::private::Address,
        provider: P,
        _network: ::core::marker::PhantomData<N>,
    }
    #[automatically_derived]
    impl<P, N> ::core::fmt::Debug for ISpendingGuardInstance<P, N> {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_tuple("ISpendingGuardInstance").field(&self.address).finish()
        }
    }
    /// Instantiation and getters/setters.
    impl<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network> ISpendingGuardInstance<P, N> {
        /**Creates a new wrapper around an on-chain [`ISpendingGuard`](self) contract instance.

        See the [wrapper's documentation](`ISpendingGuardInstance`) for more details.*/
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
    impl<P: ::core::clone::Clone, N> ISpendingGuardInstance<&P, N> {
        /// Clones the provider and returns a new instance with the cloned provider.
        #[inline]
        pub fn with_cloned_provider(self) -> ISpendingGuardInstance<P, N> {
            ISpendingGuardInstance {
                address: self.address,
                provider: ::core::clone::Clone::clone(&self.provider),
                _network: ::core::marker::PhantomData,
            }
        }
    }
    /// Function calls.
    impl<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network> ISpendingGuardInstance<P, N> {
        /// Creates a new call builder using this contract instance's provider and address.
        ///
        /// Note that the call can be any function call, not just those defined in this
        /// contract. Prefer using the other methods for building type-safe contract calls.
        pub fn call_builder<C: alloy_sol_types::SolCall>(&self, call: &C) -> alloy_contract::SolCallBuilder<&P, C, N> {
            alloy_contract::SolCallBuilder::new_sol(&self.provider, &self.address, call)
        }
    }
    /// Event filters.
    impl<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network> ISpendingGuardInstance<P, N> {
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
library IEscrow {
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

library ISpendingGuard {
    type Trip is uint8;
    struct Policy {
        uint128 budget;
        uint128 maxPayment;
        uint128 breakerThreshold;
        uint40 start;
        uint40 end;
        uint32 period;
        uint16 maxNewRecipients;
        address guardian;
        uint32 breakerWindow;
        uint32 loosenDelay;
        bool allowlistOnly;
    }
    struct PolicyKey {
        address operator;
        address agent;
        address token;
        bytes32 salt;
    }
    struct State {
        uint128 spent;
        uint128 breakerLevel;
        uint40 periodIndex;
        uint40 levelAt;
        uint40 recipientsWindowAt;
        uint16 newRecipients;
        uint8 flags;
        uint40 unpauseAt;
        uint40 changeAt;
    }
}

library ITaskBoard {
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

interface SpendingGuard {
    error GuardImmutable(bytes32 id);
    error GuardInactive(bytes32 id, uint8 flags);
    error GuardInvalidPolicy(string reason);
    error GuardInvalidRecipient(bytes32 id, address recipient);
    error GuardNotReady(bytes32 id, uint256 effectiveAt, uint256 now);
    error GuardNotTripped(bytes32 id);
    error GuardOutsideWindow(bytes32 id, uint40 start, uint40 end, uint256 now);
    error GuardOverBudget(bytes32 id, uint256 amount, uint256 remaining);
    error GuardOverCap(bytes32 id, uint256 amount, uint256 maxPayment);
    error GuardPolicyExists(bytes32 id);
    error GuardRecipientNotAllowed(bytes32 id, address recipient);
    error GuardUnauthorized(bytes32 id, address caller);
    error GuardUnknownPolicy(bytes32 id);
    error GuardWrongTerms(bytes32 id, string reason);
    error ReentrancyGuardReentrantCall();
    error SafeERC20FailedOperation(address token);

    event BreakerReset(bytes32 indexed id);
    event BreakerTripped(bytes32 indexed id, ISpendingGuard.Trip reason, address to, uint256 amount, uint256 observed);
    event ChangeCancelled(bytes32 indexed id, address indexed by);
    event ChangeQueued(bytes32 indexed id, ISpendingGuard.Policy policy, uint40 effectiveAt);
    event Paused(bytes32 indexed id, address indexed by);
    event PolicyChanged(bytes32 indexed id, ISpendingGuard.Policy policy);
    event PolicyGranted(bytes32 indexed id, address indexed operator, address indexed agent, address token, bytes32 salt, ISpendingGuard.Policy policy, address[] recipients);
    event RecipientsAllowed(bytes32 indexed id, address[] recipients, uint40 allowedFrom);
    event RecipientsRemoved(bytes32 indexed id, address[] recipients);
    event Revoked(bytes32 indexed id, address indexed by);
    event Spent(bytes32 indexed id, address indexed to, uint256 amount, uint40 periodIndex, uint256 spentInPeriod, bytes32 ref);
    event UnpauseQueued(bytes32 indexed id, uint40 effectiveAt);

    constructor(address escrow_, address taskBoard_);

    function FLAG_PAUSED() external view returns (uint8);
    function FLAG_REVOKED() external view returns (uint8);
    function FLAG_TRIPPED() external view returns (uint8);
    function allowRecipients(ISpendingGuard.PolicyKey memory key, address[] memory recipients) external;
    function allowedFrom(bytes32 id, address recipient) external view returns (uint40);
    function applyChange(ISpendingGuard.PolicyKey memory key) external;
    function cancelChange(ISpendingGuard.PolicyKey memory key) external;
    function change(ISpendingGuard.PolicyKey memory key, ISpendingGuard.Policy memory policy) external;
    function escrow() external view returns (address);
    function getPendingPolicy(bytes32 id) external view returns (ISpendingGuard.Policy memory);
    function getPolicy(bytes32 id) external view returns (ISpendingGuard.Policy memory);
    function getState(bytes32 id) external view returns (ISpendingGuard.State memory);
    function grant(ISpendingGuard.PolicyKey memory key, ISpendingGuard.Policy memory policy, address[] memory recipients) external returns (bytes32 id);
    function pause(ISpendingGuard.PolicyKey memory key) external;
    function policyId(ISpendingGuard.PolicyKey memory key) external view returns (bytes32);
    function remaining(bytes32 id) external view returns (uint256);
    function removeRecipients(ISpendingGuard.PolicyKey memory key, address[] memory recipients) external;
    function resetBreaker(ISpendingGuard.PolicyKey memory key) external;
    function revoke(ISpendingGuard.PolicyKey memory key) external;
    function spend(ISpendingGuard.PolicyKey memory key, address to, uint256 amount) external returns (bool paid);
    function spendToEscrow(ISpendingGuard.PolicyKey memory key, IEscrow.Terms memory terms) external returns (bytes32 escrowId);
    function spendToTask(ISpendingGuard.PolicyKey memory key, ITaskBoard.Task memory task, string memory specURI) external returns (bytes32 taskId);
    function taskBoard() external view returns (address);
    function unpause(ISpendingGuard.PolicyKey memory key) external;
}
```

...which was generated by the following JSON ABI:
```json
[
  {
    "type": "constructor",
    "inputs": [
      {
        "name": "escrow_",
        "type": "address",
        "internalType": "contract IEscrow"
      },
      {
        "name": "taskBoard_",
        "type": "address",
        "internalType": "contract ITaskBoard"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "FLAG_PAUSED",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint8",
        "internalType": "uint8"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "FLAG_REVOKED",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint8",
        "internalType": "uint8"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "FLAG_TRIPPED",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint8",
        "internalType": "uint8"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "allowRecipients",
    "inputs": [
      {
        "name": "key",
        "type": "tuple",
        "internalType": "struct ISpendingGuard.PolicyKey",
        "components": [
          {
            "name": "operator",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "agent",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "token",
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
        "name": "recipients",
        "type": "address[]",
        "internalType": "address[]"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "allowedFrom",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "recipient",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint40",
        "internalType": "uint40"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "applyChange",
    "inputs": [
      {
        "name": "key",
        "type": "tuple",
        "internalType": "struct ISpendingGuard.PolicyKey",
        "components": [
          {
            "name": "operator",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "agent",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "token",
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
    "name": "cancelChange",
    "inputs": [
      {
        "name": "key",
        "type": "tuple",
        "internalType": "struct ISpendingGuard.PolicyKey",
        "components": [
          {
            "name": "operator",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "agent",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "token",
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
    "name": "change",
    "inputs": [
      {
        "name": "key",
        "type": "tuple",
        "internalType": "struct ISpendingGuard.PolicyKey",
        "components": [
          {
            "name": "operator",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "agent",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "token",
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
        "name": "policy",
        "type": "tuple",
        "internalType": "struct ISpendingGuard.Policy",
        "components": [
          {
            "name": "budget",
            "type": "uint128",
            "internalType": "uint128"
          },
          {
            "name": "maxPayment",
            "type": "uint128",
            "internalType": "uint128"
          },
          {
            "name": "breakerThreshold",
            "type": "uint128",
            "internalType": "uint128"
          },
          {
            "name": "start",
            "type": "uint40",
            "internalType": "uint40"
          },
          {
            "name": "end",
            "type": "uint40",
            "internalType": "uint40"
          },
          {
            "name": "period",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "maxNewRecipients",
            "type": "uint16",
            "internalType": "uint16"
          },
          {
            "name": "guardian",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "breakerWindow",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "loosenDelay",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "allowlistOnly",
            "type": "bool",
            "internalType": "bool"
          }
        ]
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "escrow",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "contract IEscrow"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "getPendingPolicy",
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
        "internalType": "struct ISpendingGuard.Policy",
        "components": [
          {
            "name": "budget",
            "type": "uint128",
            "internalType": "uint128"
          },
          {
            "name": "maxPayment",
            "type": "uint128",
            "internalType": "uint128"
          },
          {
            "name": "breakerThreshold",
            "type": "uint128",
            "internalType": "uint128"
          },
          {
            "name": "start",
            "type": "uint40",
            "internalType": "uint40"
          },
          {
            "name": "end",
            "type": "uint40",
            "internalType": "uint40"
          },
          {
            "name": "period",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "maxNewRecipients",
            "type": "uint16",
            "internalType": "uint16"
          },
          {
            "name": "guardian",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "breakerWindow",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "loosenDelay",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "allowlistOnly",
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
    "name": "getPolicy",
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
        "internalType": "struct ISpendingGuard.Policy",
        "components": [
          {
            "name": "budget",
            "type": "uint128",
            "internalType": "uint128"
          },
          {
            "name": "maxPayment",
            "type": "uint128",
            "internalType": "uint128"
          },
          {
            "name": "breakerThreshold",
            "type": "uint128",
            "internalType": "uint128"
          },
          {
            "name": "start",
            "type": "uint40",
            "internalType": "uint40"
          },
          {
            "name": "end",
            "type": "uint40",
            "internalType": "uint40"
          },
          {
            "name": "period",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "maxNewRecipients",
            "type": "uint16",
            "internalType": "uint16"
          },
          {
            "name": "guardian",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "breakerWindow",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "loosenDelay",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "allowlistOnly",
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
        "internalType": "struct ISpendingGuard.State",
        "components": [
          {
            "name": "spent",
            "type": "uint128",
            "internalType": "uint128"
          },
          {
            "name": "breakerLevel",
            "type": "uint128",
            "internalType": "uint128"
          },
          {
            "name": "periodIndex",
            "type": "uint40",
            "internalType": "uint40"
          },
          {
            "name": "levelAt",
            "type": "uint40",
            "internalType": "uint40"
          },
          {
            "name": "recipientsWindowAt",
            "type": "uint40",
            "internalType": "uint40"
          },
          {
            "name": "newRecipients",
            "type": "uint16",
            "internalType": "uint16"
          },
          {
            "name": "flags",
            "type": "uint8",
            "internalType": "uint8"
          },
          {
            "name": "unpauseAt",
            "type": "uint40",
            "internalType": "uint40"
          },
          {
            "name": "changeAt",
            "type": "uint40",
            "internalType": "uint40"
          }
        ]
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "grant",
    "inputs": [
      {
        "name": "key",
        "type": "tuple",
        "internalType": "struct ISpendingGuard.PolicyKey",
        "components": [
          {
            "name": "operator",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "agent",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "token",
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
        "name": "policy",
        "type": "tuple",
        "internalType": "struct ISpendingGuard.Policy",
        "components": [
          {
            "name": "budget",
            "type": "uint128",
            "internalType": "uint128"
          },
          {
            "name": "maxPayment",
            "type": "uint128",
            "internalType": "uint128"
          },
          {
            "name": "breakerThreshold",
            "type": "uint128",
            "internalType": "uint128"
          },
          {
            "name": "start",
            "type": "uint40",
            "internalType": "uint40"
          },
          {
            "name": "end",
            "type": "uint40",
            "internalType": "uint40"
          },
          {
            "name": "period",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "maxNewRecipients",
            "type": "uint16",
            "internalType": "uint16"
          },
          {
            "name": "guardian",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "breakerWindow",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "loosenDelay",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "allowlistOnly",
            "type": "bool",
            "internalType": "bool"
          }
        ]
      },
      {
        "name": "recipients",
        "type": "address[]",
        "internalType": "address[]"
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
    "name": "pause",
    "inputs": [
      {
        "name": "key",
        "type": "tuple",
        "internalType": "struct ISpendingGuard.PolicyKey",
        "components": [
          {
            "name": "operator",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "agent",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "token",
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
    "name": "policyId",
    "inputs": [
      {
        "name": "key",
        "type": "tuple",
        "internalType": "struct ISpendingGuard.PolicyKey",
        "components": [
          {
            "name": "operator",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "agent",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "token",
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
    "name": "remaining",
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
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "removeRecipients",
    "inputs": [
      {
        "name": "key",
        "type": "tuple",
        "internalType": "struct ISpendingGuard.PolicyKey",
        "components": [
          {
            "name": "operator",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "agent",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "token",
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
        "name": "recipients",
        "type": "address[]",
        "internalType": "address[]"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "resetBreaker",
    "inputs": [
      {
        "name": "key",
        "type": "tuple",
        "internalType": "struct ISpendingGuard.PolicyKey",
        "components": [
          {
            "name": "operator",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "agent",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "token",
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
    "name": "revoke",
    "inputs": [
      {
        "name": "key",
        "type": "tuple",
        "internalType": "struct ISpendingGuard.PolicyKey",
        "components": [
          {
            "name": "operator",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "agent",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "token",
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
    "name": "spend",
    "inputs": [
      {
        "name": "key",
        "type": "tuple",
        "internalType": "struct ISpendingGuard.PolicyKey",
        "components": [
          {
            "name": "operator",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "agent",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "token",
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
        "name": "to",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "paid",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "spendToEscrow",
    "inputs": [
      {
        "name": "key",
        "type": "tuple",
        "internalType": "struct ISpendingGuard.PolicyKey",
        "components": [
          {
            "name": "operator",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "agent",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "token",
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
        "name": "escrowId",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "spendToTask",
    "inputs": [
      {
        "name": "key",
        "type": "tuple",
        "internalType": "struct ISpendingGuard.PolicyKey",
        "components": [
          {
            "name": "operator",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "agent",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "token",
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
        "name": "taskId",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "taskBoard",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "contract ITaskBoard"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "unpause",
    "inputs": [
      {
        "name": "key",
        "type": "tuple",
        "internalType": "struct ISpendingGuard.PolicyKey",
        "components": [
          {
            "name": "operator",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "agent",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "token",
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
    "type": "event",
    "name": "BreakerReset",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "BreakerTripped",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "reason",
        "type": "uint8",
        "indexed": false,
        "internalType": "enum ISpendingGuard.Trip"
      },
      {
        "name": "to",
        "type": "address",
        "indexed": false,
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "observed",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "ChangeCancelled",
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
    "name": "ChangeQueued",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "policy",
        "type": "tuple",
        "indexed": false,
        "internalType": "struct ISpendingGuard.Policy",
        "components": [
          {
            "name": "budget",
            "type": "uint128",
            "internalType": "uint128"
          },
          {
            "name": "maxPayment",
            "type": "uint128",
            "internalType": "uint128"
          },
          {
            "name": "breakerThreshold",
            "type": "uint128",
            "internalType": "uint128"
          },
          {
            "name": "start",
            "type": "uint40",
            "internalType": "uint40"
          },
          {
            "name": "end",
            "type": "uint40",
            "internalType": "uint40"
          },
          {
            "name": "period",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "maxNewRecipients",
            "type": "uint16",
            "internalType": "uint16"
          },
          {
            "name": "guardian",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "breakerWindow",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "loosenDelay",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "allowlistOnly",
            "type": "bool",
            "internalType": "bool"
          }
        ]
      },
      {
        "name": "effectiveAt",
        "type": "uint40",
        "indexed": false,
        "internalType": "uint40"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "Paused",
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
    "name": "PolicyChanged",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "policy",
        "type": "tuple",
        "indexed": false,
        "internalType": "struct ISpendingGuard.Policy",
        "components": [
          {
            "name": "budget",
            "type": "uint128",
            "internalType": "uint128"
          },
          {
            "name": "maxPayment",
            "type": "uint128",
            "internalType": "uint128"
          },
          {
            "name": "breakerThreshold",
            "type": "uint128",
            "internalType": "uint128"
          },
          {
            "name": "start",
            "type": "uint40",
            "internalType": "uint40"
          },
          {
            "name": "end",
            "type": "uint40",
            "internalType": "uint40"
          },
          {
            "name": "period",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "maxNewRecipients",
            "type": "uint16",
            "internalType": "uint16"
          },
          {
            "name": "guardian",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "breakerWindow",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "loosenDelay",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "allowlistOnly",
            "type": "bool",
            "internalType": "bool"
          }
        ]
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "PolicyGranted",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "operator",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "agent",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "token",
        "type": "address",
        "indexed": false,
        "internalType": "address"
      },
      {
        "name": "salt",
        "type": "bytes32",
        "indexed": false,
        "internalType": "bytes32"
      },
      {
        "name": "policy",
        "type": "tuple",
        "indexed": false,
        "internalType": "struct ISpendingGuard.Policy",
        "components": [
          {
            "name": "budget",
            "type": "uint128",
            "internalType": "uint128"
          },
          {
            "name": "maxPayment",
            "type": "uint128",
            "internalType": "uint128"
          },
          {
            "name": "breakerThreshold",
            "type": "uint128",
            "internalType": "uint128"
          },
          {
            "name": "start",
            "type": "uint40",
            "internalType": "uint40"
          },
          {
            "name": "end",
            "type": "uint40",
            "internalType": "uint40"
          },
          {
            "name": "period",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "maxNewRecipients",
            "type": "uint16",
            "internalType": "uint16"
          },
          {
            "name": "guardian",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "breakerWindow",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "loosenDelay",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "allowlistOnly",
            "type": "bool",
            "internalType": "bool"
          }
        ]
      },
      {
        "name": "recipients",
        "type": "address[]",
        "indexed": false,
        "internalType": "address[]"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RecipientsAllowed",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "recipients",
        "type": "address[]",
        "indexed": false,
        "internalType": "address[]"
      },
      {
        "name": "allowedFrom",
        "type": "uint40",
        "indexed": false,
        "internalType": "uint40"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RecipientsRemoved",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "recipients",
        "type": "address[]",
        "indexed": false,
        "internalType": "address[]"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "Revoked",
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
    "name": "Spent",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "to",
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
        "name": "periodIndex",
        "type": "uint40",
        "indexed": false,
        "internalType": "uint40"
      },
      {
        "name": "spentInPeriod",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "ref",
        "type": "bytes32",
        "indexed": false,
        "internalType": "bytes32"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "UnpauseQueued",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "effectiveAt",
        "type": "uint40",
        "indexed": false,
        "internalType": "uint40"
      }
    ],
    "anonymous": false
  },
  {
    "type": "error",
    "name": "GuardImmutable",
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
    "name": "GuardInactive",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "flags",
        "type": "uint8",
        "internalType": "uint8"
      }
    ]
  },
  {
    "type": "error",
    "name": "GuardInvalidPolicy",
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
    "name": "GuardInvalidRecipient",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "recipient",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "GuardNotReady",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "effectiveAt",
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
    "name": "GuardNotTripped",
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
    "name": "GuardOutsideWindow",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "start",
        "type": "uint40",
        "internalType": "uint40"
      },
      {
        "name": "end",
        "type": "uint40",
        "internalType": "uint40"
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
    "name": "GuardOverBudget",
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
    "name": "GuardOverCap",
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
        "name": "maxPayment",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "GuardPolicyExists",
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
    "name": "GuardRecipientNotAllowed",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "recipient",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "GuardUnauthorized",
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
    "name": "GuardUnknownPolicy",
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
    "name": "GuardWrongTerms",
    "inputs": [
      {
        "name": "id",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "reason",
        "type": "string",
        "internalType": "string"
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
pub mod SpendingGuard {
    use super::*;
    use alloy::sol_types as alloy_sol_types;
    /// The creation / init bytecode of the contract.
    ///
    /// ```text
    ///0x60e060405246608052348015610013575f5ffd5b5060405161519d38038061519d83398101604081905261003291610060565b6001600160a01b0391821660a0521660c052610098565b6001600160a01b038116811461005d575f5ffd5b50565b5f5f60408385031215610071575f5ffd5b825161007c81610049565b602084015190925061008d81610049565b809150509250929050565b60805160a05160c0516150cd6100d05f395f8181610360015261166001525f81816108690152610a0901525f61282001526150cd5ff3fe608060405234801561000f575f5ffd5b506004361061018f575f3560e01c806391d64312116100dd578063bc1ed74c11610088578063ecae617a11610063578063ecae617a1461088b578063f884b9d21461089e578063fb5bcf22146108a6575f5ffd5b8063bc1ed74c1461083e578063e12c553614610851578063e2fdcc1714610864575f5ffd5b8063a3f685f9116100b8578063a3f685f914610610578063a5dbcded146107d9578063aebd888b1461082b575f5ffd5b806391d64312146105c75780639203aa2b146105da578063a15d3646146105ed575f5ffd5b8063429fe1701161013d57806381d823b91161011857806381d823b9146105995780638b2ab213146105a15780638e02c4c6146105b4575f5ffd5b8063429fe1701461039a5780634a9ded92146103ad5780635a579570146103c0575f5ffd5b80632266aa161161016d5780632266aa161461032e57806327a5e108146103415780633712a4b71461035b575f5ffd5b806304da7f971461019357806309648a9d146101b957806314dfd89e14610319575b5f5ffd5b6101a66101a1366004613edc565b6108b9565b6040519081526020015b60405180910390f35b61030c6101c7366004613f39565b60408051610120810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052610100810191909152505f9081526002602090815260409182902082516101208101845281546001600160801b03808216835270010000000000000000000000000000000090910416928101929092526001015464ffffffffff80821693830193909352650100000000008104831660608301526a010000000000000000000081048316608083015261ffff6f0100000000000000000000000000000082041660a083015260ff7101000000000000000000000000000000000082041660c083015272010000000000000000000000000000000000008104831660e083015277010000000000000000000000000000000000000000000000900490911661010082015290565b6040516101b09190613f50565b61032c610327366004614028565b610b63565b005b61032c61033c366004614028565b610c92565b610349600181565b60405160ff90911681526020016101b0565b6103827f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016101b0565b61032c6103a8366004614028565b610d4d565b61032c6103bb36600461408a565b610de5565b61058c6103ce366004613f39565b60408051610160810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e0810182905261010081018290526101208101829052610140810191909152505f9081526001602081815260409283902083516101608101855281546001600160801b03808216835270010000000000000000000000000000000091829004811694830194909452938201549283169481019490945291810464ffffffffff9081166060850152750100000000000000000000000000000000000000000082041660808401527a010000000000000000000000000000000000000000000000000000810463ffffffff90811660a08501527e0100000000000000000000000000000000000000000000000000000000000090910461ffff1660c08401526002909101546001600160a01b03811660e08401527401000000000000000000000000000000000000000081048216610100840152780100000000000000000000000000000000000000000000000081049091166101208301527c0100000000000000000000000000000000000000000000000000000000900460ff16151561014082015290565b6040516101b091906141e1565b610349600481565b61032c6105af36600461408a565b610ec8565b61032c6105c2366004614028565b610f55565b6101a66105d5366004614028565b61150f565b6101a66105e83660046141f0565b611519565b6106006105fb3660046142c6565b6117b1565b60405190151581526020016101b0565b61058c61061e366004613f39565b60408051610160810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e0810182905261010081018290526101208101829052610140810191909152505f908152602081815260409182902082516101608101845281546001600160801b0380821683527001000000000000000000000000000000009182900481169483019490945260018301549384169482019490945292820464ffffffffff9081166060850152750100000000000000000000000000000000000000000083041660808401527a010000000000000000000000000000000000000000000000000000820463ffffffff90811660a08501527e0100000000000000000000000000000000000000000000000000000000000090920461ffff1660c0840152600201546001600160a01b03811660e08401527401000000000000000000000000000000000000000081048216610100840152780100000000000000000000000000000000000000000000000081049091166101208301527c0100000000000000000000000000000000000000000000000000000000900460ff16151561014082015290565b6108156107e7366004614303565b5f9182526003602090815260408084206001600160a01b0393909316845291905290205464ffffffffff1690565b60405164ffffffffff90911681526020016101b0565b61032c610839366004614028565b611828565b6101a661084c366004613f39565b61198b565b61032c61085f366004614342565b611dc2565b6103827f000000000000000000000000000000000000000000000000000000000000000081565b61032c610899366004614028565b61215c565b610349600281565b6101a66108b4366004614376565b6122f9565b5f6108c26127e6565b5f6108cc8461281d565b90506108de60608501604086016143d7565b6001600160a01b03166108f760608501604086016143d7565b6001600160a01b03161461094257806040517f0266dfaa00000000000000000000000000000000000000000000000000000000815260040161093991906143f2565b60405180910390fd5b61095260408501602086016143d7565b6001600160a01b031661096860208501856143d7565b6001600160a01b0316146109e157806040517f0266dfaa0000000000000000000000000000000000000000000000000000000081526004016109399181526040602082018190526005908201527f7061796572000000000000000000000000000000000000000000000000000000606082015260800190565b6040517f9aba22310000000000000000000000000000000000000000000000000000000081527f0000000000000000000000000000000000000000000000000000000000000000905f906001600160a01b03831690639aba223190610a4a908890600401614465565b602060405180830381865afa158015610a65573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610a899190614543565b9050610aab8387610aa06040890160208a016143d7565b886060013585612870565b610abb57505f9250610b55915050565b610aca86838760600135612c95565b6040517fc7ce65cc0000000000000000000000000000000000000000000000000000000081526001600160a01b0383169063c7ce65cc90610b0f908890600401614465565b6020604051808303815f875af1158015610b2b573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610b4f9190614543565b93505050505b610b5d612ce4565b92915050565b5f610b6d82612d0e565b9050610b7c60208301836143d7565b6001600160a01b0316336001600160a01b031614158015610bbe5750610ba860408301602084016143d7565b6001600160a01b0316336001600160a01b031614155b15610bfe576040517f1c245e2800000000000000000000000000000000000000000000000000000000815260048101829052336024820152604401610939565b5f818152600260205260409020610c158282612d91565b6001810180547fffffffffffffffffffffffffffff00ffffffffffffffffffffffffffffffffff81166004710100000000000000000000000000000000009283900460ff1617909102179055604051339083907f5bc2baf870c5baf189838b5e0b0e3b04a3263e2df5d305d1c15f3e6022f5dc45905f90a3505050565b5f610c9c82612df6565b5f81815260026020526040808220600180820180547fffffffffffffffffff000000000000ffffffffffffffffffffffffffffffffff8116710100000000000000000000000000000000009182900460ff16909317027fffffffffffffffffff0000000000ffffffffffffffffffffffffffffffffffff16919091179055905192935091339184917f3744e75c880ad028c816826c1d28654b9ac6656a7fd918d5057b186e145972849190a3505050565b5f610d5782612df6565b5f81815260026020526040812060018101549293509177010000000000000000000000000000000000000000000000900464ffffffffff169003610dd6576040517f64338d62000000000000000000000000000000000000000000000000000000008152600481018390525f6024820152426044820152606401610939565b610de08282612e89565b505050565b5f610def84612df6565b5f8181526003602052604081209192505b83811015610e86575f825f878785818110610e1d57610e1d61455a565b9050602002016020810190610e3291906143d7565b6001600160a01b0316815260208101919091526040015f2080547fffffffffffffffffffffffffffffffffffffffffffffffffffffff00000000001664ffffffffff92909216919091179055600101610e00565b50817ff4441267bee98003dfb2990eff9c9a930d60cdb11e520ee74bde58542b9338298585604051610eb99291906145cf565b60405180910390a25050505050565b5f610ed284612f24565b5f8181526020819052604081206002015491925090610f13907801000000000000000000000000000000000000000000000000900463ffffffff164261460f565b9050610f2182858584612fa8565b817f45b2af96b258094e7ca94945c23dbec506350535751389cccac65b96cc535ad7858584604051610eb99392919061462c565b5f610f5f82612d0e565b5f818152600260205260409020909150610f798282612d91565b600181015477010000000000000000000000000000000000000000000000900464ffffffffff16801580610fb357508064ffffffffff1642105b15611000576040517f64338d620000000000000000000000000000000000000000000000000000000081526004810184905264ffffffffff82166024820152426044820152606401610939565b5f8260010160176101000a81548164ffffffffff021916908364ffffffffff1602179055505f60015f8581526020019081526020015f20604051806101600160405290815f82015f9054906101000a90046001600160801b03166001600160801b03166001600160801b031681526020015f820160109054906101000a90046001600160801b03166001600160801b03166001600160801b03168152602001600182015f9054906101000a90046001600160801b03166001600160801b03166001600160801b031681526020016001820160109054906101000a900464ffffffffff1664ffffffffff1664ffffffffff1681526020016001820160159054906101000a900464ffffffffff1664ffffffffff1664ffffffffff16815260200160018201601a9054906101000a900463ffffffff1663ffffffff1663ffffffff16815260200160018201601e9054906101000a900461ffff1661ffff1661ffff168152602001600282015f9054906101000a90046001600160a01b03166001600160a01b03166001600160a01b031681526020016002820160149054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020016002820160189054906101000a900463ffffffff1663ffffffff1663ffffffff16815260200160028201601c9054906101000a900460ff1615151515815250509050805f5f8681526020019081526020015f205f820151815f015f6101000a8154816001600160801b0302191690836001600160801b031602179055506020820151815f0160106101000a8154816001600160801b0302191690836001600160801b031602179055506040820151816001015f6101000a8154816001600160801b0302191690836001600160801b0316021790555060608201518160010160106101000a81548164ffffffffff021916908364ffffffffff16021790555060808201518160010160156101000a81548164ffffffffff021916908364ffffffffff16021790555060a082015181600101601a6101000a81548163ffffffff021916908363ffffffff16021790555060c082015181600101601e6101000a81548161ffff021916908361ffff16021790555060e0820151816002015f6101000a8154816001600160a01b0302191690836001600160a01b031602179055506101008201518160020160146101000a81548163ffffffff021916908363ffffffff1602179055506101208201518160020160186101000a81548163ffffffff021916908363ffffffff16021790555061014082015181600201601c6101000a81548160ff02191690831515021790555090505060015f8581526020019081526020015f205f5f82015f6101000a8154906001600160801b0302191690555f820160106101000a8154906001600160801b030219169055600182015f6101000a8154906001600160801b0302191690556001820160106101000a81549064ffffffffff02191690556001820160156101000a81549064ffffffffff021916905560018201601a6101000a81549063ffffffff021916905560018201601e6101000a81549061ffff0219169055600282015f6101000a8154906001600160a01b0302191690556002820160146101000a81549063ffffffff02191690556002820160186101000a81549063ffffffff021916905560028201601c6101000a81549060ff02191690555050837fb5b975bf930db7852b9f2e749d562c280ef7f6c7a80307fe03cbdcd88dd4646682604051610eb991906141e1565b5f610b5d8261281d565b5f6115226127e6565b5f61152c8661281d565b905061153e60608701604088016143d7565b6001600160a01b031661155760408701602088016143d7565b6001600160a01b03161461159957806040517f0266dfaa00000000000000000000000000000000000000000000000000000000815260040161093991906143f2565b6115a960408701602088016143d7565b6001600160a01b03166115bf60208701876143d7565b6001600160a01b03161461163857806040517f0266dfaa0000000000000000000000000000000000000000000000000000000081526004016109399181526040602082018190526006908201527f706f737465720000000000000000000000000000000000000000000000000000606082015260800190565b6040517f668f263b0000000000000000000000000000000000000000000000000000000081527f0000000000000000000000000000000000000000000000000000000000000000905f906001600160a01b0383169063668f263b906116a1908a9060040161477e565b602060405180830381865afa1580156116bc573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906116e09190614543565b90506116f38389848a6040013585612870565b61170357505f92506117a1915050565b61171288838960400135612c95565b6040517fbb2342d30000000000000000000000000000000000000000000000000000000081526001600160a01b0383169063bb2342d39061175b908a908a908a9060040161478d565b6020604051808303815f875af1158015611777573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061179b9190614543565b93505050505b6117a9612ce4565b949350505050565b5f6117ba6127e6565b5f6117c48561281d565b90506117d3818686865f612870565b6117e0575f915050611819565b6118136117f060208701876143d7565b858561180260608a0160408b016143d7565b6001600160a01b03169291906130cd565b60019150505b611821612ce4565b9392505050565b5f61183282612f24565b5f818152600260208190526040822060018101549394509271010000000000000000000000000000000000900416900361189b576040517fe5352fd000000000000000000000000000000000000000000000000000000000815260048101839052602401610939565b60018101805482546001600160801b031683557fffffffffffffffffffffffffffff00ffffffffffffff0000000000ffffffffff8116710100000000000000000000000000000000009182900460fd169091027fffffffffffffffffffffffffffffffffffffffffffff0000000000ffffffffff1617650100000000004264ffffffffff16908102919091177fffffffffffffffffffffffffffffff00000000000000ffffffffffffffffffff166a01000000000000000000009190910217905560405182907fc906a7a39ad0e8e8c392f773221554827806cfdffe5c79cf1888786f82d3ab92905f90a2505050565b5f5f5f5f8481526020019081526020015f20604051806101600160405290815f82015f9054906101000a90046001600160801b03166001600160801b03166001600160801b031681526020015f820160109054906101000a90046001600160801b03166001600160801b03166001600160801b03168152602001600182015f9054906101000a90046001600160801b03166001600160801b03166001600160801b031681526020016001820160109054906101000a900464ffffffffff1664ffffffffff1664ffffffffff1681526020016001820160159054906101000a900464ffffffffff1664ffffffffff1664ffffffffff16815260200160018201601a9054906101000a900463ffffffff1663ffffffff1663ffffffff16815260200160018201601e9054906101000a900461ffff1661ffff1661ffff168152602001600282015f9054906101000a90046001600160a01b03166001600160a01b03166001600160a01b031681526020016002820160149054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020016002820160189054906101000a900463ffffffff1663ffffffff1663ffffffff16815260200160028201601c9054906101000a900460ff16151515158152505090505f60025f8581526020019081526020015f20604051806101200160405290815f82015f9054906101000a90046001600160801b03166001600160801b03166001600160801b031681526020015f820160109054906101000a90046001600160801b03166001600160801b03166001600160801b03168152602001600182015f9054906101000a900464ffffffffff1664ffffffffff1664ffffffffff1681526020016001820160059054906101000a900464ffffffffff1664ffffffffff1664ffffffffff16815260200160018201600a9054906101000a900464ffffffffff1664ffffffffff1664ffffffffff16815260200160018201600f9054906101000a900461ffff1661ffff1661ffff1681526020016001820160119054906101000a900460ff1660ff1660ff1681526020016001820160129054906101000a900464ffffffffff1664ffffffffff1664ffffffffff1681526020016001820160179054906101000a900464ffffffffff1664ffffffffff1664ffffffffff168152505090508160a0015163ffffffff165f1480611d075750611d018161311c565b60ff1615155b15611d1557505f9392505050565b816060015164ffffffffff16421080611d4e5750608082015164ffffffffff1615801590611d4e5750816080015164ffffffffff164210155b15611d5c57505f9392505050565b5f816040015164ffffffffff16611d7284613180565b64ffffffffff1614611d84575f611d87565b81515b83516001600160801b039182169250168110611da3575f611db9565b8251611db99082906001600160801b03166147ec565b95945050505050565b5f611dcc83612f24565b5f818152602081815260409182902082516101608101845281546001600160801b0380821683527001000000000000000000000000000000009182900481169483019490945260018301549384169482019490945292820464ffffffffff9081166060808601829052750100000000000000000000000000000000000000000085049092166080808701919091527a010000000000000000000000000000000000000000000000000000850463ffffffff90811660a08801527e0100000000000000000000000000000000000000000000000000000000000090950461ffff1660c08701526002909301546001600160a01b03811660e08701527401000000000000000000000000000000000000000081048516610100870152780100000000000000000000000000000000000000000000000081049094166101208601527c010000000000000000000000000000000000000000000000000000000090930460ff16151561014085015293945091929091611f4d9190860190860161481c565b64ffffffffff16141580611f8357508060a0015163ffffffff168360a0016020810190611f7a9190614837565b63ffffffff1614155b15611fbd576040517f1e4fdda500000000000000000000000000000000000000000000000000000000815260048101839052602401610939565b611fd4611fcf368590038501856148d8565b6131ad565b5f828152600260205260409020611feb828561344e565b1580612000575061012082015163ffffffff16155b1561209457600181015477010000000000000000000000000000000000000000000000900464ffffffffff161561203b5761203b8382612e89565b5f838152602081905260409020849061205482826149fd565b905050827fb5b975bf930db7852b9f2e749d562c280ef7f6c7a80307fe03cbdcd88dd46466856040516120879190614e75565b60405180910390a2612155565b5f82610120015163ffffffff16426120ac919061460f565b5f85815260016020526040902090915085906120c882826149fd565b50506001820180547fffffffff0000000000ffffffffffffffffffffffffffffffffffffffffffffff167701000000000000000000000000000000000000000000000064ffffffffff84160217905560405184907f3b318aada3f0de7702ac8c5c266649c901aacd4235fc58543c17fbbd8e70d7c49061214b9088908590614e84565b60405180910390a2505b5050505050565b5f61216682612f24565b5f81815260026020526040812060018082015493945090927101000000000000000000000000000000000090041690036121f25760018101546040517fc6bdde2b000000000000000000000000000000000000000000000000000000008152600481018490527101000000000000000000000000000000000090910460ff166024820152604401610939565b5f8281526020819052604081206002015461222f907801000000000000000000000000000000000000000000000000900463ffffffff164261460f565b60018301549091507201000000000000000000000000000000000000900464ffffffffff16801580159061227057508164ffffffffff168164ffffffffff16105b15612279578091505b6001830180547fffffffffffffffffff0000000000ffffffffffffffffffffffffffffffffffff16720100000000000000000000000000000000000064ffffffffff85169081029190911790915560405190815284907f4678f20771dbc33303ae2318a47d411125a7c5f0fa7591dc4494bb8d845c0be890602001610eb9565b5f6123038561281d565b905061231260208601866143d7565b6001600160a01b0316336001600160a01b031614612365576040517f1c245e2800000000000000000000000000000000000000000000000000000000815260048101829052336024820152604401610939565b5f61237660408701602088016143d7565b6001600160a01b0316036123e6576040517ff622fb0000000000000000000000000000000000000000000000000000000000815260206004820152600560248201527f6167656e740000000000000000000000000000000000000000000000000000006044820152606401610939565b5f6123f760608701604088016143d7565b6001600160a01b031603612437576040517ff622fb0000000000000000000000000000000000000000000000000000000000815260040161093990614ea8565b5f818152602081905260409020600101547a010000000000000000000000000000000000000000000000000000900463ffffffff16156124a6576040517f1f7b59c400000000000000000000000000000000000000000000000000000000815260048101829052602401610939565b5f6124b6368690038601866148d8565b9050806060015164ffffffffff165f036124d85764ffffffffff421660608201525b6124e1816131ad565b5f82815260208181526040918290208351918401516001600160801b03908116700100000000000000000000000000000000908102938216939093178255928401516001820180546060870151608088015160a089015160c08a015161ffff167e01000000000000000000000000000000000000000000000000000000000000027dffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff63ffffffff9283167a010000000000000000000000000000000000000000000000000000027fffff00000000ffffffffffffffffffffffffffffffffffffffffffffffffffff64ffffffffff958616750100000000000000000000000000000000000000000002167fffff000000000000000000ffffffffffffffffffffffffffffffffffffffffff95909616909a027fffffffffffffffffffffff00000000000000000000000000000000000000000090961697909a169690961793909317161794909417949094161790925560e08301516002909201805461010085015161012086015161014087015115157c0100000000000000000000000000000000000000000000000000000000027fffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffff918616780100000000000000000000000000000000000000000000000002919091167fffffff0000000000ffffffffffffffffffffffffffffffffffffffffffffffff9290951674010000000000000000000000000000000000000000027fffffffffffffffff0000000000000000000000000000000000000000000000009093166001600160a01b039096169590951791909117169190911791909117905561275b82858542612fa8565b61276b60408701602088016143d7565b6001600160a01b031661278160208801886143d7565b6001600160a01b0316837fc1186691fdde0525e652ad9d6dd12e531cb410ff794bbcbaf84b993c141f228c6127bc60608b0160408c016143d7565b8a60600135868a8a6040516127d5959493929190614ee4565b60405180910390a450949350505050565b6127ee613609565b61281b60017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90613662565b565b5f7f0000000000000000000000000000000000000000000000000000000000000000308360405160200161285393929190614f27565b604051602081830303815290604052805190602001209050919050565b5f61288160408601602087016143d7565b6001600160a01b0316336001600160a01b0316146128d4576040517f1c245e2800000000000000000000000000000000000000000000000000000000815260048101879052336024820152604401610939565b5f86815260208181526040808320600283529281902081516101208101835281546001600160801b03808216835270010000000000000000000000000000000090910416938101939093526001015464ffffffffff80821692840192909252650100000000008104821660608401526a010000000000000000000081048216608084015261ffff6f0100000000000000000000000000000082041660a084015260ff7101000000000000000000000000000000000082041660c084015272010000000000000000000000000000000000008104821660e0840152770100000000000000000000000000000000000000000000009004166101008201526129dd8883838989613669565b6129ea8883838989613a66565b612a51575050505f858152600260208190526040822060010180547fffffffffffffffffffffffffffff00ffffffffffffffffffffffffffffffffff8116710100000000000000000000000000000000009182900460ff1690931702919091179055611db9565b5f888152600260209081526040918290208351848301516001600160801b0391821670010000000000000000000000000000000092909116919091028117825584840151600190920180546060808801516080808a015160a08b015160c08c015160e08d01516101008e015164ffffffffff9b8c167fffffffffffffffffffffffffffffffffffffffffffff00000000000000000000909916891765010000000000978d1697909702969096177fffffffffffffffffffffffffffffff00000000000000ffffffffffffffffffff166a0100000000000000000000948c16949094027fffffffffffffffffffffffffffffff0000ffffffffffffffffffffffffffffff16939093176f0100000000000000000000000000000061ffff90931692909202919091177fffffffffffffffffff000000000000ffffffffffffffffffffffffffffffffff167101000000000000000000000000000000000060ff909216919091027fffffffffffffffffff0000000000ffffffffffffffffffffffffffffffffffff1617720100000000000000000000000000000000000091891691909102177fffffffff0000000000ffffffffffffffffffffffffffffffffffffffffffffff167701000000000000000000000000000000000000000000000097909216969096021790925585518b815294850152938301529181018690526001600160a01b038816918a917fdc03b5287d00f3a6125df01878e134a79bf4f06afb6b3be41eb7082b6b2024e9910160405180910390a3506001979650505050505050565b5f612ca660608501604086016143d7565b9050612cca612cb860208601866143d7565b6001600160a01b0383169030856130cd565b612cde6001600160a01b0382168484613d01565b50505050565b61281b5f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00612815565b5f612d188261281d565b5f818152602081905260408120600101549192507a01000000000000000000000000000000000000000000000000000090910463ffffffff169003612d8c576040517f1315dbf100000000000000000000000000000000000000000000000000000000815260048101829052602401610939565b919050565b600181015471010000000000000000000000000000000000900460ff81169060041615610de0576040517fc6bdde2b0000000000000000000000000000000000000000000000000000000081526004810184905260ff82166024820152604401610939565b5f612e0082612d0e565b9050612e0f60208301836143d7565b6001600160a01b0316336001600160a01b031614158015612e4957505f818152602081905260409020600201546001600160a01b03163314155b15612d8c576040517f1c245e2800000000000000000000000000000000000000000000000000000000815260048101829052336024820152604401610939565b600180820180547fffffffff0000000000ffffffffffffffffffffffffffffffffffffffffffffff1690555f83815260208290526040808220828155928301829055600290920180547fffffff00000000000000000000000000000000000000000000000000000000001690559051339184917f7a085c57876bc87bfd5039351f8ef885bd8e9d85c94c003685be4a64c308753f9190a35050565b5f612f2e82612d0e565b9050612f3d60208301836143d7565b6001600160a01b0316336001600160a01b031614612f90576040517f1c245e2800000000000000000000000000000000000000000000000000000000815260048101829052336024820152604401610939565b5f818152600260205260409020612d8c908290612d91565b5f848152600360205260408120905b838110156130c5575f858583818110612fd257612fd261455a565b9050602002016020810190612fe791906143d7565b90506001600160a01b038116158061300757506001600160a01b03811630145b15613050576040517fb6540697000000000000000000000000000000000000000000000000000000008152600481018890526001600160a01b0382166024820152604401610939565b6001600160a01b0381165f908152602084905260409020805464ffffffffff1615806130865750805464ffffffffff8087169116115b156130bb5780547fffffffffffffffffffffffffffffffffffffffffffffffffffffff00000000001664ffffffffff86161781555b5050600101612fb7565b505050505050565b6130db848484846001613dad565b612cde576040517f5274afe70000000000000000000000000000000000000000000000000000000081526001600160a01b0385166004820152602401610939565b60c0810151600181161580159061313d575060e082015164ffffffffff1615155b801561315457508160e0015164ffffffffff164210155b15612d8c577ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe16919050565b5f8160a0015163ffffffff16826060015164ffffffffff16426131a391906147ec565b610b5d9190614fce565b80516001600160801b03165f03613220576040517ff622fb0000000000000000000000000000000000000000000000000000000000815260206004820152600660248201527f62756467657400000000000000000000000000000000000000000000000000006044820152606401610939565b8060a0015163ffffffff165f03613293576040517ff622fb0000000000000000000000000000000000000000000000000000000000815260206004820152600660248201527f706572696f6400000000000000000000000000000000000000000000000000006044820152606401610939565b805f01516001600160801b031681602001516001600160801b03161115613316576040517ff622fb0000000000000000000000000000000000000000000000000000000000815260206004820152600a60248201527f6d61785061796d656e74000000000000000000000000000000000000000000006044820152606401610939565b608081015164ffffffffff16158015906133465750806060015164ffffffffff16816080015164ffffffffff1611155b156133ad576040517ff622fb0000000000000000000000000000000000000000000000000000000000815260206004820152600360248201527f656e6400000000000000000000000000000000000000000000000000000000006044820152606401610939565b60408101516001600160801b03161515806133cf575060c081015161ffff1615155b80156133e4575061010081015163ffffffff16155b1561344b576040517ff622fb0000000000000000000000000000000000000000000000000000000000815260206004820152600d60248201527f627265616b657257696e646f77000000000000000000000000000000000000006044820152606401610939565b50565b81515f906001600160801b03166134686020840184614fe1565b6001600160801b031611806134aa57506134aa83602001516001600160801b031683602001602081019061349c9190614fe1565b6001600160801b0316613e33565b806134d457506134d483604001516001600160801b031683604001602081019061349c9190614fe1565b806135085750613508836080015164ffffffffff168360800160208101906134fc919061481c565b64ffffffffff16613e33565b8061353657506135368360c0015161ffff168360c001602081019061352d9190614ffc565b61ffff16613e33565b80613564575082610100015163ffffffff168261010001602081019061355c9190614837565b63ffffffff16105b80613592575082610120015163ffffffff168261012001602081019061358a9190614837565b63ffffffff16105b806135b9575082610140015180156135b957506135b761016083016101408401615017565b155b80611821575060e08301516001600160a01b03161580159061182157508260e001516001600160a01b03168260e00160208101906135f791906143d7565b6001600160a01b031614159392505050565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c1561281b576040517f3ee5aeb500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b80825d5050565b60018401547a010000000000000000000000000000000000000000000000000000900463ffffffff165f8190036136cf576040517f1315dbf100000000000000000000000000000000000000000000000000000000815260048101879052602401610939565b5f6136d98561311c565b905060ff811615613722576040517fc6bdde2b0000000000000000000000000000000000000000000000000000000081526004810188905260ff82166024820152604401610939565b60c08501805160fe1690525f60e0860152600186015464ffffffffff7001000000000000000000000000000000008204811691750100000000000000000000000000000000000000000090041642821180613795575064ffffffffff81161580159061379557508064ffffffffff164210155b156137ea576040517fff62800c000000000000000000000000000000000000000000000000000000008152600481018a905264ffffffffff808416602483015282166044820152426064820152608401610939565b50865470010000000000000000000000000000000090046001600160801b03168415806138205750801580159061382057508085115b15613868576040517f2d3c9f7b000000000000000000000000000000000000000000000000000000008152600481018a90526024810186905260448101829052606401610939565b506001600160a01b038516158061388757506001600160a01b03851630145b156138d0576040517fb6540697000000000000000000000000000000000000000000000000000000008152600481018990526001600160a01b0386166024820152604401610939565b60028701547c0100000000000000000000000000000000000000000000000000000000900460ff1615613984575f8881526003602090815260408083206001600160a01b038916845290915290205464ffffffffff1680158061393957508064ffffffffff1642105b15613982576040517f2f93ac87000000000000000000000000000000000000000000000000000000008152600481018a90526001600160a01b0387166024820152604401610939565b505b5f8361399764ffffffffff8416426147ec565b6139a19190614fce565b9050866040015164ffffffffff168164ffffffffff16146139cd5764ffffffffff811660408801525f87525b875487516001600160801b0391821691165f8282106139ec575f6139f6565b6139f682846147ec565b905080881115613a43576040517fccb6eb58000000000000000000000000000000000000000000000000000000008152600481018d90526024810189905260448101829052606401610939565b613a4d8883615032565b6001600160801b03169099525050505050505050505050565b60018401545f906001600160801b038116907e01000000000000000000000000000000000000000000000000000000000000900461ffff1681158015613aaa575080155b15613aba57600192505050611db9565b600287015474010000000000000000000000000000000000000000900463ffffffff168215613be2575f876060015164ffffffffff1642613afb91906147ec565b613b059085615045565b90505f613b128383614fce565b60208a01519091506001600160801b03164282821115613b5e57613b3683836147ec565b915086613b43868661505c565b613b4d9190614fce565b613b5790826147ec565b9050613b62565b5f91505b613b6c8983615032565b915086821115613bc3578c7f73e090ca45690af405c980c080f91a7c5ecba2b87f6205bf4cea15eb39bafa155f8c8c86604051613bac949392919061506f565b60405180910390a25f975050505050505050611db9565b6001600160801b0390911660208b015264ffffffffff1660608a015250505b8115613cf2575f8981526003602090815260408083206001600160a01b038a1684529091529020805465010000000000900460ff16613cf05781886080015164ffffffffff16613c329190615032565b4210613c4c5764ffffffffff421660808901525f60a08901525b5f8860a0015161ffff166001613c629190615032565b905083811115613cb8578a7f73e090ca45690af405c980c080f91a7c5ecba2b87f6205bf4cea15eb39bafa1560018a8a85604051613ca3949392919061506f565b60405180910390a25f95505050505050611db9565b61ffff1660a089015280547fffffffffffffffffffffffffffffffffffffffffffffffffffff00ffffffffff16650100000000001781555b505b50600198975050505050505050565b613d0d8383835f613e4b565b610de057613d1e83835f6001613e4b565b613d5f576040517f5274afe70000000000000000000000000000000000000000000000000000000081526001600160a01b0384166004820152602401610939565b613d6c8383836001613e4b565b610de0576040517f5274afe70000000000000000000000000000000000000000000000000000000081526001600160a01b0384166004820152602401610939565b6040517f23b872dd000000000000000000000000000000000000000000000000000000005f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f51148316613e22578383151615613e16573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b5f821580159061182157508115806118215750501190565b6040517f095ea7b3000000000000000000000000000000000000000000000000000000005f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316613eba578383151615613eae573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b5f60808284031215613ed6575f5ffd5b50919050565b5f5f8284036101c0811215613eef575f5ffd5b613ef98585613ec6565b92506101407fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8082011215613f2b575f5ffd5b506080830190509250929050565b5f60208284031215613f49575f5ffd5b5035919050565b5f610120820190506001600160801b0383511682526001600160801b0360208401511660208301526040830151613f90604084018264ffffffffff169052565b506060830151613fa9606084018264ffffffffff169052565b506080830151613fc2608084018264ffffffffff169052565b5060a0830151613fd860a084018261ffff169052565b5060c0830151613fed60c084018260ff169052565b5060e083015161400660e084018264ffffffffff169052565b5061010083015161402161010084018264ffffffffff169052565b5092915050565b5f60808284031215614038575f5ffd5b6118218383613ec6565b5f5f83601f840112614052575f5ffd5b50813567ffffffffffffffff811115614069575f5ffd5b6020830191508360208260051b8501011115614083575f5ffd5b9250929050565b5f5f5f60a0848603121561409c575f5ffd5b6140a68585613ec6565b9250608084013567ffffffffffffffff8111156140c1575f5ffd5b6140cd86828701614042565b9497909650939450505050565b80516001600160801b03168252602081015161410160208401826001600160801b03169052565b50604081015161411c60408401826001600160801b03169052565b506060810151614135606084018264ffffffffff169052565b50608081015161414e608084018264ffffffffff169052565b5060a081015161416660a084018263ffffffff169052565b5060c081015161417c60c084018261ffff169052565b5060e081015161419760e08401826001600160a01b03169052565b506101008101516141b161010084018263ffffffff169052565b506101208101516141cb61012084018263ffffffff169052565b50610140810151610de061014084018215159052565b6101608101610b5d82846140da565b5f5f5f5f848603610260811215614205575f5ffd5b61420f8787613ec6565b94506101c07fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8082011215614241575f5ffd5b5060808501925061024085013567ffffffffffffffff811115614262575f5ffd5b8501601f81018713614272575f5ffd5b803567ffffffffffffffff811115614288575f5ffd5b876020828401011115614299575f5ffd5b949793965060200194505050565b6001600160a01b038116811461344b575f5ffd5b8035612d8c816142a7565b5f5f5f60c084860312156142d8575f5ffd5b6142e28585613ec6565b925060808401356142f2816142a7565b9295929450505060a0919091013590565b5f5f60408385031215614314575f5ffd5b823591506020830135614326816142a7565b809150509250929050565b5f6101608284031215613ed6575f5ffd5b5f5f6101e08385031215614354575f5ffd5b61435e8484613ec6565b915061436d8460808501614331565b90509250929050565b5f5f5f5f610200858703121561438a575f5ffd5b6143948686613ec6565b93506143a38660808701614331565b92506101e085013567ffffffffffffffff8111156143bf575f5ffd5b6143cb87828801614042565b95989497509550505050565b5f602082840312156143e7575f5ffd5b8135611821816142a7565b818152604060208201525f61182160408301600581527f746f6b656e000000000000000000000000000000000000000000000000000000602082015260400190565b803567ffffffffffffffff81168114612d8c575f5ffd5b61ffff8116811461344b575f5ffd5b8035612d8c8161444b565b610140810161448482614477856142bb565b6001600160a01b03169052565b614490602084016142bb565b6001600160a01b031660208301526144aa604084016142bb565b6001600160a01b03166040830152606083810135908301526144ce60808401614434565b67ffffffffffffffff1660808301526144e960a084016142bb565b6001600160a01b031660a083015261450360c0840161445a565b61ffff1660c083015260e0838101359083015261452361010084016142bb565b6001600160a01b0381166101008401525061012092830135919092015290565b5f60208284031215614553575f5ffd5b5051919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b8183526020830192505f815f5b848110156145c55781356145a7816142a7565b6001600160a01b031686526020958601959190910190600101614594565b5093949350505050565b602081525f6117a9602083018486614587565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b64ffffffffff8181168382160190811115610b5d57610b5d6145e2565b604081525f61463f604083018587614587565b905064ffffffffff83166020830152949350505050565b63ffffffff8116811461344b575f5ffd5b8035612d8c81614656565b61467f82614477836142bb565b61468b602082016142bb565b6001600160a01b0316602083015260408181013590830152606080820135908301526146b960808201614434565b67ffffffffffffffff1660808301526146d460a08201614667565b63ffffffff1660a08301526146eb60c08201614667565b63ffffffff1660c083015261470260e08201614667565b63ffffffff1660e083015261471a61010082016142bb565b6001600160a01b0316610100830152614736610120820161445a565b61ffff16610120830152610140818101359083015261475861016082016142bb565b6001600160a01b031661016083015261018081810135908301526101a090810135910152565b6101c08101610b5d8284614672565b6147978185614672565b6101e06101c0820152816101e082015281836102008301375f81830161020090810191909152601f9092017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe016010192915050565b81810381811115610b5d57610b5d6145e2565b64ffffffffff8116811461344b575f5ffd5b8035612d8c816147ff565b5f6020828403121561482c575f5ffd5b8135611821816147ff565b5f60208284031215614847575f5ffd5b813561182181614656565b604051610160810167ffffffffffffffff8111828210171561489b577f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b60405290565b6001600160801b038116811461344b575f5ffd5b8035612d8c816148a1565b801515811461344b575f5ffd5b8035612d8c816148c0565b5f6101608284031280156148ea575f5ffd5b506148f3614852565b6148fc836148b5565b815261490a602084016148b5565b602082015261491b604084016148b5565b604082015261492c60608401614811565b606082015261493d60808401614811565b608082015261494e60a08401614667565b60a082015261495f60c0840161445a565b60c082015261497060e084016142bb565b60e08201526149826101008401614667565b6101008201526149956101208401614667565b6101208201526149a861014084016148cd565b6101408201529392505050565b5f8135610b5d816148a1565b5f8135610b5d816147ff565b5f8135610b5d81614656565b5f8135610b5d8161444b565b5f8135610b5d816142a7565b5f8135610b5d816148c0565b614a3e614a09836149b5565b82547fffffffffffffffffffffffffffffffff00000000000000000000000000000000166001600160801b0391909116178255565b614a85614a4d602084016149b5565b82546001600160801b031660809190911b7fffffffffffffffffffffffffffffffff0000000000000000000000000000000016178255565b60018101614a98614a09604085016149b5565b614aed614aa7606085016149c1565b82547fffffffffffffffffffffff0000000000ffffffffffffffffffffffffffffffff1660809190911b74ffffffffff0000000000000000000000000000000016178255565b614b47614afc608085016149c1565b82547fffffffffffff0000000000ffffffffffffffffffffffffffffffffffffffffff1660a89190911b79ffffffffff00000000000000000000000000000000000000000016178255565b614ba5614b5660a085016149cd565b82547fffff00000000ffffffffffffffffffffffffffffffffffffffffffffffffffff1660d09190911b7dffffffff000000000000000000000000000000000000000000000000000016178255565b614c03614bb460c085016149d9565b82547dffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff1660f09190911b7fffff00000000000000000000000000000000000000000000000000000000000016178255565b5060028101614c4c614c1760e085016149e5565b82547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b0391909116178255565b614ca5614c5c61010085016149cd565b82547fffffffffffffffff00000000ffffffffffffffffffffffffffffffffffffffff1660a09190911b77ffffffff000000000000000000000000000000000000000016178255565b614d02614cb561012085016149cd565b82547fffffffff00000000ffffffffffffffffffffffffffffffffffffffffffffffff1660c09190911b7bffffffff00000000000000000000000000000000000000000000000016178255565b610de0614d1261014085016149f1565b8280547fffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffff1691151560e01b7cff0000000000000000000000000000000000000000000000000000000016919091179055565b614d7e82614d71836148b5565b6001600160801b03169052565b614d8a602082016148b5565b6001600160801b03166020830152614da4604082016148b5565b6001600160801b03166040830152614dbe60608201614811565b64ffffffffff166060830152614dd660808201614811565b64ffffffffff166080830152614dee60a08201614667565b63ffffffff1660a0830152614e0560c0820161445a565b61ffff1660c0830152614e1a60e082016142bb565b6001600160a01b031660e0830152614e356101008201614667565b63ffffffff16610100830152614e4e6101208201614667565b63ffffffff16610120830152614e6761014082016148cd565b801515610140840152505050565b6101608101610b5d8284614d64565b6101808101614e938285614d64565b64ffffffffff83166101608301529392505050565b602081525f610b5d60208301600581527f746f6b656e000000000000000000000000000000000000000000000000000000602082015260400190565b6001600160a01b0386168152846020820152614f0360408201856140da565b6101c06101a08201525f614f1c6101c083018486614587565b979650505050505050565b8381526001600160a01b038316602082015260c081018235614f48816142a7565b6001600160a01b031660408301526020830135614f64816142a7565b6001600160a01b031660608301526040830135614f80816142a7565b6001600160a01b031660808301526060929092013560a09091015292915050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b5f82614fdc57614fdc614fa1565b500490565b5f60208284031215614ff1575f5ffd5b8135611821816148a1565b5f6020828403121561500c575f5ffd5b81356118218161444b565b5f60208284031215615027575f5ffd5b8135611821816148c0565b80820180821115610b5d57610b5d6145e2565b8082028115828204841417610b5d57610b5d6145e2565b5f8261506a5761506a614fa1565b500690565b60808101600286106150a8577f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b9481526001600160a01b0393909316602084015260408301919091526060909101529056
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"`\xE0`@RF`\x80R4\x80\x15a\0\x13W__\xFD[P`@QaQ\x9D8\x03\x80aQ\x9D\x839\x81\x01`@\x81\x90Ra\x002\x91a\0`V[`\x01`\x01`\xA0\x1B\x03\x91\x82\x16`\xA0R\x16`\xC0Ra\0\x98V[`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a\0]W__\xFD[PV[__`@\x83\x85\x03\x12\x15a\0qW__\xFD[\x82Qa\0|\x81a\0IV[` \x84\x01Q\x90\x92Pa\0\x8D\x81a\0IV[\x80\x91PP\x92P\x92\x90PV[`\x80Q`\xA0Q`\xC0QaP\xCDa\0\xD0_9_\x81\x81a\x03`\x01Ra\x16`\x01R_\x81\x81a\x08i\x01Ra\n\t\x01R_a( \x01RaP\xCD_\xF3\xFE`\x80`@R4\x80\x15a\0\x0FW__\xFD[P`\x046\x10a\x01\x8FW_5`\xE0\x1C\x80c\x91\xD6C\x12\x11a\0\xDDW\x80c\xBC\x1E\xD7L\x11a\0\x88W\x80c\xEC\xAEaz\x11a\0cW\x80c\xEC\xAEaz\x14a\x08\x8BW\x80c\xF8\x84\xB9\xD2\x14a\x08\x9EW\x80c\xFB[\xCF\"\x14a\x08\xA6W__\xFD[\x80c\xBC\x1E\xD7L\x14a\x08>W\x80c\xE1,U6\x14a\x08QW\x80c\xE2\xFD\xCC\x17\x14a\x08dW__\xFD[\x80c\xA3\xF6\x85\xF9\x11a\0\xB8W\x80c\xA3\xF6\x85\xF9\x14a\x06\x10W\x80c\xA5\xDB\xCD\xED\x14a\x07\xD9W\x80c\xAE\xBD\x88\x8B\x14a\x08+W__\xFD[\x80c\x91\xD6C\x12\x14a\x05\xC7W\x80c\x92\x03\xAA+\x14a\x05\xDAW\x80c\xA1]6F\x14a\x05\xEDW__\xFD[\x80cB\x9F\xE1p\x11a\x01=W\x80c\x81\xD8#\xB9\x11a\x01\x18W\x80c\x81\xD8#\xB9\x14a\x05\x99W\x80c\x8B*\xB2\x13\x14a\x05\xA1W\x80c\x8E\x02\xC4\xC6\x14a\x05\xB4W__\xFD[\x80cB\x9F\xE1p\x14a\x03\x9AW\x80cJ\x9D\xED\x92\x14a\x03\xADW\x80cZW\x95p\x14a\x03\xC0W__\xFD[\x80c\"f\xAA\x16\x11a\x01mW\x80c\"f\xAA\x16\x14a\x03.W\x80c'\xA5\xE1\x08\x14a\x03AW\x80c7\x12\xA4\xB7\x14a\x03[W__\xFD[\x80c\x04\xDA\x7F\x97\x14a\x01\x93W\x80c\td\x8A\x9D\x14a\x01\xB9W\x80c\x14\xDF\xD8\x9E\x14a\x03\x19W[__\xFD[a\x01\xA6a\x01\xA16`\x04a>\xDCV[a\x08\xB9V[`@Q\x90\x81R` \x01[`@Q\x80\x91\x03\x90\xF3[a\x03\x0Ca\x01\xC76`\x04a?9V[`@\x80Qa\x01 \x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x82\x90R`\x80\x81\x01\x82\x90R`\xA0\x81\x01\x82\x90R`\xC0\x81\x01\x82\x90R`\xE0\x81\x01\x82\x90Ra\x01\0\x81\x01\x91\x90\x91RP_\x90\x81R`\x02` \x90\x81R`@\x91\x82\x90 \x82Qa\x01 \x81\x01\x84R\x81T`\x01`\x01`\x80\x1B\x03\x80\x82\x16\x83Rp\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x04\x16\x92\x81\x01\x92\x90\x92R`\x01\x01Td\xFF\xFF\xFF\xFF\xFF\x80\x82\x16\x93\x83\x01\x93\x90\x93Re\x01\0\0\0\0\0\x81\x04\x83\x16``\x83\x01Rj\x01\0\0\0\0\0\0\0\0\0\0\x81\x04\x83\x16`\x80\x83\x01Ra\xFF\xFFo\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x04\x16`\xA0\x83\x01R`\xFFq\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x04\x16`\xC0\x83\x01Rr\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x04\x83\x16`\xE0\x83\x01Rw\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04\x90\x91\x16a\x01\0\x82\x01R\x90V[`@Qa\x01\xB0\x91\x90a?PV[a\x03,a\x03'6`\x04a@(V[a\x0BcV[\0[a\x03,a\x03<6`\x04a@(V[a\x0C\x92V[a\x03I`\x01\x81V[`@Q`\xFF\x90\x91\x16\x81R` \x01a\x01\xB0V[a\x03\x82\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[`@Q`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x81R` \x01a\x01\xB0V[a\x03,a\x03\xA86`\x04a@(V[a\rMV[a\x03,a\x03\xBB6`\x04a@\x8AV[a\r\xE5V[a\x05\x8Ca\x03\xCE6`\x04a?9V[`@\x80Qa\x01`\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x82\x90R`\x80\x81\x01\x82\x90R`\xA0\x81\x01\x82\x90R`\xC0\x81\x01\x82\x90R`\xE0\x81\x01\x82\x90Ra\x01\0\x81\x01\x82\x90Ra\x01 \x81\x01\x82\x90Ra\x01@\x81\x01\x91\x90\x91RP_\x90\x81R`\x01` \x81\x81R`@\x92\x83\x90 \x83Qa\x01`\x81\x01\x85R\x81T`\x01`\x01`\x80\x1B\x03\x80\x82\x16\x83Rp\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x91\x82\x90\x04\x81\x16\x94\x83\x01\x94\x90\x94R\x93\x82\x01T\x92\x83\x16\x94\x81\x01\x94\x90\x94R\x91\x81\x04d\xFF\xFF\xFF\xFF\xFF\x90\x81\x16``\x85\x01Ru\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x04\x16`\x80\x84\x01Rz\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x04c\xFF\xFF\xFF\xFF\x90\x81\x16`\xA0\x85\x01R~\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x04a\xFF\xFF\x16`\xC0\x84\x01R`\x02\x90\x91\x01T`\x01`\x01`\xA0\x1B\x03\x81\x16`\xE0\x84\x01Rt\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x04\x82\x16a\x01\0\x84\x01Rx\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x04\x90\x91\x16a\x01 \x83\x01R|\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04`\xFF\x16\x15\x15a\x01@\x82\x01R\x90V[`@Qa\x01\xB0\x91\x90aA\xE1V[a\x03I`\x04\x81V[a\x03,a\x05\xAF6`\x04a@\x8AV[a\x0E\xC8V[a\x03,a\x05\xC26`\x04a@(V[a\x0FUV[a\x01\xA6a\x05\xD56`\x04a@(V[a\x15\x0FV[a\x01\xA6a\x05\xE86`\x04aA\xF0V[a\x15\x19V[a\x06\0a\x05\xFB6`\x04aB\xC6V[a\x17\xB1V[`@Q\x90\x15\x15\x81R` \x01a\x01\xB0V[a\x05\x8Ca\x06\x1E6`\x04a?9V[`@\x80Qa\x01`\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x82\x90R`\x80\x81\x01\x82\x90R`\xA0\x81\x01\x82\x90R`\xC0\x81\x01\x82\x90R`\xE0\x81\x01\x82\x90Ra\x01\0\x81\x01\x82\x90Ra\x01 \x81\x01\x82\x90Ra\x01@\x81\x01\x91\x90\x91RP_\x90\x81R` \x81\x81R`@\x91\x82\x90 \x82Qa\x01`\x81\x01\x84R\x81T`\x01`\x01`\x80\x1B\x03\x80\x82\x16\x83Rp\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x91\x82\x90\x04\x81\x16\x94\x83\x01\x94\x90\x94R`\x01\x83\x01T\x93\x84\x16\x94\x82\x01\x94\x90\x94R\x92\x82\x04d\xFF\xFF\xFF\xFF\xFF\x90\x81\x16``\x85\x01Ru\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83\x04\x16`\x80\x84\x01Rz\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x04c\xFF\xFF\xFF\xFF\x90\x81\x16`\xA0\x85\x01R~\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x92\x04a\xFF\xFF\x16`\xC0\x84\x01R`\x02\x01T`\x01`\x01`\xA0\x1B\x03\x81\x16`\xE0\x84\x01Rt\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x04\x82\x16a\x01\0\x84\x01Rx\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x04\x90\x91\x16a\x01 \x83\x01R|\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04`\xFF\x16\x15\x15a\x01@\x82\x01R\x90V[a\x08\x15a\x07\xE76`\x04aC\x03V[_\x91\x82R`\x03` \x90\x81R`@\x80\x84 `\x01`\x01`\xA0\x1B\x03\x93\x90\x93\x16\x84R\x91\x90R\x90 Td\xFF\xFF\xFF\xFF\xFF\x16\x90V[`@Qd\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x01\xB0V[a\x03,a\x0896`\x04a@(V[a\x18(V[a\x01\xA6a\x08L6`\x04a?9V[a\x19\x8BV[a\x03,a\x08_6`\x04aCBV[a\x1D\xC2V[a\x03\x82\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[a\x03,a\x08\x996`\x04a@(V[a!\\V[a\x03I`\x02\x81V[a\x01\xA6a\x08\xB46`\x04aCvV[a\"\xF9V[_a\x08\xC2a'\xE6V[_a\x08\xCC\x84a(\x1DV[\x90Pa\x08\xDE``\x85\x01`@\x86\x01aC\xD7V[`\x01`\x01`\xA0\x1B\x03\x16a\x08\xF7``\x85\x01`@\x86\x01aC\xD7V[`\x01`\x01`\xA0\x1B\x03\x16\x14a\tBW\x80`@Q\x7F\x02f\xDF\xAA\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01a\t9\x91\x90aC\xF2V[`@Q\x80\x91\x03\x90\xFD[a\tR`@\x85\x01` \x86\x01aC\xD7V[`\x01`\x01`\xA0\x1B\x03\x16a\th` \x85\x01\x85aC\xD7V[`\x01`\x01`\xA0\x1B\x03\x16\x14a\t\xE1W\x80`@Q\x7F\x02f\xDF\xAA\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01a\t9\x91\x81R`@` \x82\x01\x81\x90R`\x05\x90\x82\x01R\x7Fpayer\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0``\x82\x01R`\x80\x01\x90V[`@Q\x7F\x9A\xBA\"1\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90_\x90`\x01`\x01`\xA0\x1B\x03\x83\x16\x90c\x9A\xBA\"1\x90a\nJ\x90\x88\x90`\x04\x01aDeV[` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\neW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\n\x89\x91\x90aECV[\x90Pa\n\xAB\x83\x87a\n\xA0`@\x89\x01` \x8A\x01aC\xD7V[\x88``\x015\x85a(pV[a\n\xBBWP_\x92Pa\x0BU\x91PPV[a\n\xCA\x86\x83\x87``\x015a,\x95V[`@Q\x7F\xC7\xCEe\xCC\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x83\x16\x90c\xC7\xCEe\xCC\x90a\x0B\x0F\x90\x88\x90`\x04\x01aDeV[` `@Q\x80\x83\x03\x81_\x87Z\xF1\x15\x80\x15a\x0B+W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x0BO\x91\x90aECV[\x93PPPP[a\x0B]a,\xE4V[\x92\x91PPV[_a\x0Bm\x82a-\x0EV[\x90Pa\x0B|` \x83\x01\x83aC\xD7V[`\x01`\x01`\xA0\x1B\x03\x163`\x01`\x01`\xA0\x1B\x03\x16\x14\x15\x80\x15a\x0B\xBEWPa\x0B\xA8`@\x83\x01` \x84\x01aC\xD7V[`\x01`\x01`\xA0\x1B\x03\x163`\x01`\x01`\xA0\x1B\x03\x16\x14\x15[\x15a\x0B\xFEW`@Q\x7F\x1C$^(\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x82\x90R3`$\x82\x01R`D\x01a\t9V[_\x81\x81R`\x02` R`@\x90 a\x0C\x15\x82\x82a-\x91V[`\x01\x81\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16`\x04q\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x92\x83\x90\x04`\xFF\x16\x17\x90\x91\x02\x17\x90U`@Q3\x90\x83\x90\x7F[\xC2\xBA\xF8p\xC5\xBA\xF1\x89\x83\x8B^\x0B\x0E;\x04\xA3&>-\xF5\xD3\x05\xD1\xC1_>`\"\xF5\xDCE\x90_\x90\xA3PPPV[_a\x0C\x9C\x82a-\xF6V[_\x81\x81R`\x02` R`@\x80\x82 `\x01\x80\x82\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16q\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x91\x82\x90\x04`\xFF\x16\x90\x93\x17\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x91\x90\x91\x17\x90U\x90Q\x92\x93P\x913\x91\x84\x91\x7F7D\xE7\\\x88\n\xD0(\xC8\x16\x82l\x1D(eK\x9A\xC6ej\x7F\xD9\x18\xD5\x05{\x18n\x14Yr\x84\x91\x90\xA3PPPV[_a\rW\x82a-\xF6V[_\x81\x81R`\x02` R`@\x81 `\x01\x81\x01T\x92\x93P\x91w\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04d\xFF\xFF\xFF\xFF\xFF\x16\x90\x03a\r\xD6W`@Q\x7Fd3\x8Db\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R_`$\x82\x01RB`D\x82\x01R`d\x01a\t9V[a\r\xE0\x82\x82a.\x89V[PPPV[_a\r\xEF\x84a-\xF6V[_\x81\x81R`\x03` R`@\x81 \x91\x92P[\x83\x81\x10\x15a\x0E\x86W_\x82_\x87\x87\x85\x81\x81\x10a\x0E\x1DWa\x0E\x1DaEZV[\x90P` \x02\x01` \x81\x01\x90a\x0E2\x91\x90aC\xD7V[`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x81\x01\x91\x90\x91R`@\x01_ \x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\x16d\xFF\xFF\xFF\xFF\xFF\x92\x90\x92\x16\x91\x90\x91\x17\x90U`\x01\x01a\x0E\0V[P\x81\x7F\xF4D\x12g\xBE\xE9\x80\x03\xDF\xB2\x99\x0E\xFF\x9C\x9A\x93\r`\xCD\xB1\x1ER\x0E\xE7K\xDEXT+\x938)\x85\x85`@Qa\x0E\xB9\x92\x91\x90aE\xCFV[`@Q\x80\x91\x03\x90\xA2PPPPPV[_a\x0E\xD2\x84a/$V[_\x81\x81R` \x81\x90R`@\x81 `\x02\x01T\x91\x92P\x90a\x0F\x13\x90x\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04c\xFF\xFF\xFF\xFF\x16BaF\x0FV[\x90Pa\x0F!\x82\x85\x85\x84a/\xA8V[\x81\x7FE\xB2\xAF\x96\xB2X\tN|\xA9IE\xC2=\xBE\xC5\x065\x055u\x13\x89\xCC\xCA\xC6[\x96\xCCSZ\xD7\x85\x85\x84`@Qa\x0E\xB9\x93\x92\x91\x90aF,V[_a\x0F_\x82a-\x0EV[_\x81\x81R`\x02` R`@\x90 \x90\x91Pa\x0Fy\x82\x82a-\x91V[`\x01\x81\x01Tw\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04d\xFF\xFF\xFF\xFF\xFF\x16\x80\x15\x80a\x0F\xB3WP\x80d\xFF\xFF\xFF\xFF\xFF\x16B\x10[\x15a\x10\0W`@Q\x7Fd3\x8Db\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90Rd\xFF\xFF\xFF\xFF\xFF\x82\x16`$\x82\x01RB`D\x82\x01R`d\x01a\t9V[_\x82`\x01\x01`\x17a\x01\0\n\x81T\x81d\xFF\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83d\xFF\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP_`\x01_\x85\x81R` \x01\x90\x81R` \x01_ `@Q\x80a\x01`\x01`@R\x90\x81_\x82\x01_\x90T\x90a\x01\0\n\x90\x04`\x01`\x01`\x80\x1B\x03\x16`\x01`\x01`\x80\x1B\x03\x16`\x01`\x01`\x80\x1B\x03\x16\x81R` \x01_\x82\x01`\x10\x90T\x90a\x01\0\n\x90\x04`\x01`\x01`\x80\x1B\x03\x16`\x01`\x01`\x80\x1B\x03\x16`\x01`\x01`\x80\x1B\x03\x16\x81R` \x01`\x01\x82\x01_\x90T\x90a\x01\0\n\x90\x04`\x01`\x01`\x80\x1B\x03\x16`\x01`\x01`\x80\x1B\x03\x16`\x01`\x01`\x80\x1B\x03\x16\x81R` \x01`\x01\x82\x01`\x10\x90T\x90a\x01\0\n\x90\x04d\xFF\xFF\xFF\xFF\xFF\x16d\xFF\xFF\xFF\xFF\xFF\x16d\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x15\x90T\x90a\x01\0\n\x90\x04d\xFF\xFF\xFF\xFF\xFF\x16d\xFF\xFF\xFF\xFF\xFF\x16d\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x1A\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x1E\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x02\x82\x01_\x90T\x90a\x01\0\n\x90\x04`\x01`\x01`\xA0\x1B\x03\x16`\x01`\x01`\xA0\x1B\x03\x16`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x01`\x02\x82\x01`\x14\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x02\x82\x01`\x18\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x02\x82\x01`\x1C\x90T\x90a\x01\0\n\x90\x04`\xFF\x16\x15\x15\x15\x15\x81RPP\x90P\x80__\x86\x81R` \x01\x90\x81R` \x01_ _\x82\x01Q\x81_\x01_a\x01\0\n\x81T\x81`\x01`\x01`\x80\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01`\x80\x1B\x03\x16\x02\x17\x90UP` \x82\x01Q\x81_\x01`\x10a\x01\0\n\x81T\x81`\x01`\x01`\x80\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01`\x80\x1B\x03\x16\x02\x17\x90UP`@\x82\x01Q\x81`\x01\x01_a\x01\0\n\x81T\x81`\x01`\x01`\x80\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01`\x80\x1B\x03\x16\x02\x17\x90UP``\x82\x01Q\x81`\x01\x01`\x10a\x01\0\n\x81T\x81d\xFF\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83d\xFF\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP`\x80\x82\x01Q\x81`\x01\x01`\x15a\x01\0\n\x81T\x81d\xFF\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83d\xFF\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP`\xA0\x82\x01Q\x81`\x01\x01`\x1Aa\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP`\xC0\x82\x01Q\x81`\x01\x01`\x1Ea\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UP`\xE0\x82\x01Q\x81`\x02\x01_a\x01\0\n\x81T\x81`\x01`\x01`\xA0\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01`\xA0\x1B\x03\x16\x02\x17\x90UPa\x01\0\x82\x01Q\x81`\x02\x01`\x14a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UPa\x01 \x82\x01Q\x81`\x02\x01`\x18a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UPa\x01@\x82\x01Q\x81`\x02\x01`\x1Ca\x01\0\n\x81T\x81`\xFF\x02\x19\x16\x90\x83\x15\x15\x02\x17\x90UP\x90PP`\x01_\x85\x81R` \x01\x90\x81R` \x01_ __\x82\x01_a\x01\0\n\x81T\x90`\x01`\x01`\x80\x1B\x03\x02\x19\x16\x90U_\x82\x01`\x10a\x01\0\n\x81T\x90`\x01`\x01`\x80\x1B\x03\x02\x19\x16\x90U`\x01\x82\x01_a\x01\0\n\x81T\x90`\x01`\x01`\x80\x1B\x03\x02\x19\x16\x90U`\x01\x82\x01`\x10a\x01\0\n\x81T\x90d\xFF\xFF\xFF\xFF\xFF\x02\x19\x16\x90U`\x01\x82\x01`\x15a\x01\0\n\x81T\x90d\xFF\xFF\xFF\xFF\xFF\x02\x19\x16\x90U`\x01\x82\x01`\x1Aa\x01\0\n\x81T\x90c\xFF\xFF\xFF\xFF\x02\x19\x16\x90U`\x01\x82\x01`\x1Ea\x01\0\n\x81T\x90a\xFF\xFF\x02\x19\x16\x90U`\x02\x82\x01_a\x01\0\n\x81T\x90`\x01`\x01`\xA0\x1B\x03\x02\x19\x16\x90U`\x02\x82\x01`\x14a\x01\0\n\x81T\x90c\xFF\xFF\xFF\xFF\x02\x19\x16\x90U`\x02\x82\x01`\x18a\x01\0\n\x81T\x90c\xFF\xFF\xFF\xFF\x02\x19\x16\x90U`\x02\x82\x01`\x1Ca\x01\0\n\x81T\x90`\xFF\x02\x19\x16\x90UPP\x83\x7F\xB5\xB9u\xBF\x93\r\xB7\x85+\x9F.t\x9DV,(\x0E\xF7\xF6\xC7\xA8\x03\x07\xFE\x03\xCB\xDC\xD8\x8D\xD4df\x82`@Qa\x0E\xB9\x91\x90aA\xE1V[_a\x0B]\x82a(\x1DV[_a\x15\"a'\xE6V[_a\x15,\x86a(\x1DV[\x90Pa\x15>``\x87\x01`@\x88\x01aC\xD7V[`\x01`\x01`\xA0\x1B\x03\x16a\x15W`@\x87\x01` \x88\x01aC\xD7V[`\x01`\x01`\xA0\x1B\x03\x16\x14a\x15\x99W\x80`@Q\x7F\x02f\xDF\xAA\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01a\t9\x91\x90aC\xF2V[a\x15\xA9`@\x87\x01` \x88\x01aC\xD7V[`\x01`\x01`\xA0\x1B\x03\x16a\x15\xBF` \x87\x01\x87aC\xD7V[`\x01`\x01`\xA0\x1B\x03\x16\x14a\x168W\x80`@Q\x7F\x02f\xDF\xAA\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01a\t9\x91\x81R`@` \x82\x01\x81\x90R`\x06\x90\x82\x01R\x7Fposter\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0``\x82\x01R`\x80\x01\x90V[`@Q\x7Ff\x8F&;\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90_\x90`\x01`\x01`\xA0\x1B\x03\x83\x16\x90cf\x8F&;\x90a\x16\xA1\x90\x8A\x90`\x04\x01aG~V[` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x16\xBCW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x16\xE0\x91\x90aECV[\x90Pa\x16\xF3\x83\x89\x84\x8A`@\x015\x85a(pV[a\x17\x03WP_\x92Pa\x17\xA1\x91PPV[a\x17\x12\x88\x83\x89`@\x015a,\x95V[`@Q\x7F\xBB#B\xD3\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x83\x16\x90c\xBB#B\xD3\x90a\x17[\x90\x8A\x90\x8A\x90\x8A\x90`\x04\x01aG\x8DV[` `@Q\x80\x83\x03\x81_\x87Z\xF1\x15\x80\x15a\x17wW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x17\x9B\x91\x90aECV[\x93PPPP[a\x17\xA9a,\xE4V[\x94\x93PPPPV[_a\x17\xBAa'\xE6V[_a\x17\xC4\x85a(\x1DV[\x90Pa\x17\xD3\x81\x86\x86\x86_a(pV[a\x17\xE0W_\x91PPa\x18\x19V[a\x18\x13a\x17\xF0` \x87\x01\x87aC\xD7V[\x85\x85a\x18\x02``\x8A\x01`@\x8B\x01aC\xD7V[`\x01`\x01`\xA0\x1B\x03\x16\x92\x91\x90a0\xCDV[`\x01\x91PP[a\x18!a,\xE4V[\x93\x92PPPV[_a\x182\x82a/$V[_\x81\x81R`\x02` \x81\x90R`@\x82 `\x01\x81\x01T\x93\x94P\x92q\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04\x16\x90\x03a\x18\x9BW`@Q\x7F\xE55/\xD0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R`$\x01a\t9V[`\x01\x81\x01\x80T\x82T`\x01`\x01`\x80\x1B\x03\x16\x83U\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\x81\x16q\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x91\x82\x90\x04`\xFD\x16\x90\x91\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\x16\x17e\x01\0\0\0\0\0Bd\xFF\xFF\xFF\xFF\xFF\x16\x90\x81\x02\x91\x90\x91\x17\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16j\x01\0\0\0\0\0\0\0\0\0\0\x91\x90\x91\x02\x17\x90U`@Q\x82\x90\x7F\xC9\x06\xA7\xA3\x9A\xD0\xE8\xE8\xC3\x92\xF7s\"\x15T\x82x\x06\xCF\xDF\xFE\\y\xCF\x18\x88xo\x82\xD3\xAB\x92\x90_\x90\xA2PPPV[____\x84\x81R` \x01\x90\x81R` \x01_ `@Q\x80a\x01`\x01`@R\x90\x81_\x82\x01_\x90T\x90a\x01\0\n\x90\x04`\x01`\x01`\x80\x1B\x03\x16`\x01`\x01`\x80\x1B\x03\x16`\x01`\x01`\x80\x1B\x03\x16\x81R` \x01_\x82\x01`\x10\x90T\x90a\x01\0\n\x90\x04`\x01`\x01`\x80\x1B\x03\x16`\x01`\x01`\x80\x1B\x03\x16`\x01`\x01`\x80\x1B\x03\x16\x81R` \x01`\x01\x82\x01_\x90T\x90a\x01\0\n\x90\x04`\x01`\x01`\x80\x1B\x03\x16`\x01`\x01`\x80\x1B\x03\x16`\x01`\x01`\x80\x1B\x03\x16\x81R` \x01`\x01\x82\x01`\x10\x90T\x90a\x01\0\n\x90\x04d\xFF\xFF\xFF\xFF\xFF\x16d\xFF\xFF\xFF\xFF\xFF\x16d\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x15\x90T\x90a\x01\0\n\x90\x04d\xFF\xFF\xFF\xFF\xFF\x16d\xFF\xFF\xFF\xFF\xFF\x16d\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x1A\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x1E\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x02\x82\x01_\x90T\x90a\x01\0\n\x90\x04`\x01`\x01`\xA0\x1B\x03\x16`\x01`\x01`\xA0\x1B\x03\x16`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x01`\x02\x82\x01`\x14\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x02\x82\x01`\x18\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x02\x82\x01`\x1C\x90T\x90a\x01\0\n\x90\x04`\xFF\x16\x15\x15\x15\x15\x81RPP\x90P_`\x02_\x85\x81R` \x01\x90\x81R` \x01_ `@Q\x80a\x01 \x01`@R\x90\x81_\x82\x01_\x90T\x90a\x01\0\n\x90\x04`\x01`\x01`\x80\x1B\x03\x16`\x01`\x01`\x80\x1B\x03\x16`\x01`\x01`\x80\x1B\x03\x16\x81R` \x01_\x82\x01`\x10\x90T\x90a\x01\0\n\x90\x04`\x01`\x01`\x80\x1B\x03\x16`\x01`\x01`\x80\x1B\x03\x16`\x01`\x01`\x80\x1B\x03\x16\x81R` \x01`\x01\x82\x01_\x90T\x90a\x01\0\n\x90\x04d\xFF\xFF\xFF\xFF\xFF\x16d\xFF\xFF\xFF\xFF\xFF\x16d\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x05\x90T\x90a\x01\0\n\x90\x04d\xFF\xFF\xFF\xFF\xFF\x16d\xFF\xFF\xFF\xFF\xFF\x16d\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\n\x90T\x90a\x01\0\n\x90\x04d\xFF\xFF\xFF\xFF\xFF\x16d\xFF\xFF\xFF\xFF\xFF\x16d\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x0F\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x11\x90T\x90a\x01\0\n\x90\x04`\xFF\x16`\xFF\x16`\xFF\x16\x81R` \x01`\x01\x82\x01`\x12\x90T\x90a\x01\0\n\x90\x04d\xFF\xFF\xFF\xFF\xFF\x16d\xFF\xFF\xFF\xFF\xFF\x16d\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x17\x90T\x90a\x01\0\n\x90\x04d\xFF\xFF\xFF\xFF\xFF\x16d\xFF\xFF\xFF\xFF\xFF\x16d\xFF\xFF\xFF\xFF\xFF\x16\x81RPP\x90P\x81`\xA0\x01Qc\xFF\xFF\xFF\xFF\x16_\x14\x80a\x1D\x07WPa\x1D\x01\x81a1\x1CV[`\xFF\x16\x15\x15[\x15a\x1D\x15WP_\x93\x92PPPV[\x81``\x01Qd\xFF\xFF\xFF\xFF\xFF\x16B\x10\x80a\x1DNWP`\x80\x82\x01Qd\xFF\xFF\xFF\xFF\xFF\x16\x15\x80\x15\x90a\x1DNWP\x81`\x80\x01Qd\xFF\xFF\xFF\xFF\xFF\x16B\x10\x15[\x15a\x1D\\WP_\x93\x92PPPV[_\x81`@\x01Qd\xFF\xFF\xFF\xFF\xFF\x16a\x1Dr\x84a1\x80V[d\xFF\xFF\xFF\xFF\xFF\x16\x14a\x1D\x84W_a\x1D\x87V[\x81Q[\x83Q`\x01`\x01`\x80\x1B\x03\x91\x82\x16\x92P\x16\x81\x10a\x1D\xA3W_a\x1D\xB9V[\x82Qa\x1D\xB9\x90\x82\x90`\x01`\x01`\x80\x1B\x03\x16aG\xECV[\x95\x94PPPPPV[_a\x1D\xCC\x83a/$V[_\x81\x81R` \x81\x81R`@\x91\x82\x90 \x82Qa\x01`\x81\x01\x84R\x81T`\x01`\x01`\x80\x1B\x03\x80\x82\x16\x83Rp\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x91\x82\x90\x04\x81\x16\x94\x83\x01\x94\x90\x94R`\x01\x83\x01T\x93\x84\x16\x94\x82\x01\x94\x90\x94R\x92\x82\x04d\xFF\xFF\xFF\xFF\xFF\x90\x81\x16``\x80\x86\x01\x82\x90Ru\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x85\x04\x90\x92\x16`\x80\x80\x87\x01\x91\x90\x91Rz\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x85\x04c\xFF\xFF\xFF\xFF\x90\x81\x16`\xA0\x88\x01R~\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x95\x04a\xFF\xFF\x16`\xC0\x87\x01R`\x02\x90\x93\x01T`\x01`\x01`\xA0\x1B\x03\x81\x16`\xE0\x87\x01Rt\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x04\x85\x16a\x01\0\x87\x01Rx\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x04\x90\x94\x16a\x01 \x86\x01R|\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x93\x04`\xFF\x16\x15\x15a\x01@\x85\x01R\x93\x94P\x91\x92\x90\x91a\x1FM\x91\x90\x86\x01\x90\x86\x01aH\x1CV[d\xFF\xFF\xFF\xFF\xFF\x16\x14\x15\x80a\x1F\x83WP\x80`\xA0\x01Qc\xFF\xFF\xFF\xFF\x16\x83`\xA0\x01` \x81\x01\x90a\x1Fz\x91\x90aH7V[c\xFF\xFF\xFF\xFF\x16\x14\x15[\x15a\x1F\xBDW`@Q\x7F\x1EO\xDD\xA5\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R`$\x01a\t9V[a\x1F\xD4a\x1F\xCF6\x85\x90\x03\x85\x01\x85aH\xD8V[a1\xADV[_\x82\x81R`\x02` R`@\x90 a\x1F\xEB\x82\x85a4NV[\x15\x80a \0WPa\x01 \x82\x01Qc\xFF\xFF\xFF\xFF\x16\x15[\x15a \x94W`\x01\x81\x01Tw\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04d\xFF\xFF\xFF\xFF\xFF\x16\x15a ;Wa ;\x83\x82a.\x89V[_\x83\x81R` \x81\x90R`@\x90 \x84\x90a T\x82\x82aI\xFDV[\x90PP\x82\x7F\xB5\xB9u\xBF\x93\r\xB7\x85+\x9F.t\x9DV,(\x0E\xF7\xF6\xC7\xA8\x03\x07\xFE\x03\xCB\xDC\xD8\x8D\xD4df\x85`@Qa \x87\x91\x90aNuV[`@Q\x80\x91\x03\x90\xA2a!UV[_\x82a\x01 \x01Qc\xFF\xFF\xFF\xFF\x16Ba \xAC\x91\x90aF\x0FV[_\x85\x81R`\x01` R`@\x90 \x90\x91P\x85\x90a \xC8\x82\x82aI\xFDV[PP`\x01\x82\x01\x80T\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16w\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0d\xFF\xFF\xFF\xFF\xFF\x84\x16\x02\x17\x90U`@Q\x84\x90\x7F;1\x8A\xAD\xA3\xF0\xDEw\x02\xAC\x8C\\&fI\xC9\x01\xAA\xCDB5\xFCXT<\x17\xFB\xBD\x8Ep\xD7\xC4\x90a!K\x90\x88\x90\x85\x90aN\x84V[`@Q\x80\x91\x03\x90\xA2P[PPPPPV[_a!f\x82a/$V[_\x81\x81R`\x02` R`@\x81 `\x01\x80\x82\x01T\x93\x94P\x90\x92q\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04\x16\x90\x03a!\xF2W`\x01\x81\x01T`@Q\x7F\xC6\xBD\xDE+\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90Rq\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x04`\xFF\x16`$\x82\x01R`D\x01a\t9V[_\x82\x81R` \x81\x90R`@\x81 `\x02\x01Ta\"/\x90x\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04c\xFF\xFF\xFF\xFF\x16BaF\x0FV[`\x01\x83\x01T\x90\x91Pr\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04d\xFF\xFF\xFF\xFF\xFF\x16\x80\x15\x80\x15\x90a\"pWP\x81d\xFF\xFF\xFF\xFF\xFF\x16\x81d\xFF\xFF\xFF\xFF\xFF\x16\x10[\x15a\"yW\x80\x91P[`\x01\x83\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16r\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0d\xFF\xFF\xFF\xFF\xFF\x85\x16\x90\x81\x02\x91\x90\x91\x17\x90\x91U`@Q\x90\x81R\x84\x90\x7FFx\xF2\x07q\xDB\xC33\x03\xAE#\x18\xA4}A\x11%\xA7\xC5\xF0\xFAu\x91\xDCD\x94\xBB\x8D\x84\\\x0B\xE8\x90` \x01a\x0E\xB9V[_a#\x03\x85a(\x1DV[\x90Pa#\x12` \x86\x01\x86aC\xD7V[`\x01`\x01`\xA0\x1B\x03\x163`\x01`\x01`\xA0\x1B\x03\x16\x14a#eW`@Q\x7F\x1C$^(\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x82\x90R3`$\x82\x01R`D\x01a\t9V[_a#v`@\x87\x01` \x88\x01aC\xD7V[`\x01`\x01`\xA0\x1B\x03\x16\x03a#\xE6W`@Q\x7F\xF6\"\xFB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`\x05`$\x82\x01R\x7Fagent\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`D\x82\x01R`d\x01a\t9V[_a#\xF7``\x87\x01`@\x88\x01aC\xD7V[`\x01`\x01`\xA0\x1B\x03\x16\x03a$7W`@Q\x7F\xF6\"\xFB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01a\t9\x90aN\xA8V[_\x81\x81R` \x81\x90R`@\x90 `\x01\x01Tz\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04c\xFF\xFF\xFF\xFF\x16\x15a$\xA6W`@Q\x7F\x1F{Y\xC4\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x82\x90R`$\x01a\t9V[_a$\xB66\x86\x90\x03\x86\x01\x86aH\xD8V[\x90P\x80``\x01Qd\xFF\xFF\xFF\xFF\xFF\x16_\x03a$\xD8Wd\xFF\xFF\xFF\xFF\xFFB\x16``\x82\x01R[a$\xE1\x81a1\xADV[_\x82\x81R` \x81\x81R`@\x91\x82\x90 \x83Q\x91\x84\x01Q`\x01`\x01`\x80\x1B\x03\x90\x81\x16p\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x81\x02\x93\x82\x16\x93\x90\x93\x17\x82U\x92\x84\x01Q`\x01\x82\x01\x80T``\x87\x01Q`\x80\x88\x01Q`\xA0\x89\x01Q`\xC0\x8A\x01Qa\xFF\xFF\x16~\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02}\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFc\xFF\xFF\xFF\xFF\x92\x83\x16z\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFd\xFF\xFF\xFF\xFF\xFF\x95\x86\x16u\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02\x16\x7F\xFF\xFF\0\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x95\x90\x96\x16\x90\x9A\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x96\x16\x97\x90\x9A\x16\x96\x90\x96\x17\x93\x90\x93\x17\x16\x17\x94\x90\x94\x17\x94\x90\x94\x16\x17\x90\x92U`\xE0\x83\x01Q`\x02\x90\x92\x01\x80Ta\x01\0\x85\x01Qa\x01 \x86\x01Qa\x01@\x87\x01Q\x15\x15|\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x91\x86\x16x\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02\x91\x90\x91\x16\x7F\xFF\xFF\xFF\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x90\x95\x16t\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x93\x16`\x01`\x01`\xA0\x1B\x03\x90\x96\x16\x95\x90\x95\x17\x91\x90\x91\x17\x16\x91\x90\x91\x17\x91\x90\x91\x17\x90Ua'[\x82\x85\x85Ba/\xA8V[a'k`@\x87\x01` \x88\x01aC\xD7V[`\x01`\x01`\xA0\x1B\x03\x16a'\x81` \x88\x01\x88aC\xD7V[`\x01`\x01`\xA0\x1B\x03\x16\x83\x7F\xC1\x18f\x91\xFD\xDE\x05%\xE6R\xAD\x9Dm\xD1.S\x1C\xB4\x10\xFFyK\xBC\xBA\xF8K\x99<\x14\x1F\"\x8Ca'\xBC``\x8B\x01`@\x8C\x01aC\xD7V[\x8A``\x015\x86\x8A\x8A`@Qa'\xD5\x95\x94\x93\x92\x91\x90aN\xE4V[`@Q\x80\x91\x03\x90\xA4P\x94\x93PPPPV[a'\xEEa6\tV[a(\x1B`\x01\x7F\x9Bw\x9B\x17B-\r\xF9\"#\x01\x8B2\xB4\xD1\xFAF\xE0qr=h\x17\xE2Hm\0;\xEC\xC5_\0[\x90a6bV[V[_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x000\x83`@Q` \x01a(S\x93\x92\x91\x90aO'V[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x91\x90PV[_a(\x81`@\x86\x01` \x87\x01aC\xD7V[`\x01`\x01`\xA0\x1B\x03\x163`\x01`\x01`\xA0\x1B\x03\x16\x14a(\xD4W`@Q\x7F\x1C$^(\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x87\x90R3`$\x82\x01R`D\x01a\t9V[_\x86\x81R` \x81\x81R`@\x80\x83 `\x02\x83R\x92\x81\x90 \x81Qa\x01 \x81\x01\x83R\x81T`\x01`\x01`\x80\x1B\x03\x80\x82\x16\x83Rp\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x04\x16\x93\x81\x01\x93\x90\x93R`\x01\x01Td\xFF\xFF\xFF\xFF\xFF\x80\x82\x16\x92\x84\x01\x92\x90\x92Re\x01\0\0\0\0\0\x81\x04\x82\x16``\x84\x01Rj\x01\0\0\0\0\0\0\0\0\0\0\x81\x04\x82\x16`\x80\x84\x01Ra\xFF\xFFo\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x04\x16`\xA0\x84\x01R`\xFFq\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x04\x16`\xC0\x84\x01Rr\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x04\x82\x16`\xE0\x84\x01Rw\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04\x16a\x01\0\x82\x01Ra)\xDD\x88\x83\x83\x89\x89a6iV[a)\xEA\x88\x83\x83\x89\x89a:fV[a*QWPPP_\x85\x81R`\x02` \x81\x90R`@\x82 `\x01\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16q\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x91\x82\x90\x04`\xFF\x16\x90\x93\x17\x02\x91\x90\x91\x17\x90Ua\x1D\xB9V[_\x88\x81R`\x02` \x90\x81R`@\x91\x82\x90 \x83Q\x84\x83\x01Q`\x01`\x01`\x80\x1B\x03\x91\x82\x16p\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x92\x90\x91\x16\x91\x90\x91\x02\x81\x17\x82U\x84\x84\x01Q`\x01\x90\x92\x01\x80T``\x80\x88\x01Q`\x80\x80\x8A\x01Q`\xA0\x8B\x01Q`\xC0\x8C\x01Q`\xE0\x8D\x01Qa\x01\0\x8E\x01Qd\xFF\xFF\xFF\xFF\xFF\x9B\x8C\x16\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\x90\x99\x16\x89\x17e\x01\0\0\0\0\0\x97\x8D\x16\x97\x90\x97\x02\x96\x90\x96\x17\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16j\x01\0\0\0\0\0\0\0\0\0\0\x94\x8C\x16\x94\x90\x94\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x93\x90\x93\x17o\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\xFF\xFF\x90\x93\x16\x92\x90\x92\x02\x91\x90\x91\x17\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16q\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\xFF\x90\x92\x16\x91\x90\x91\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x17r\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x91\x89\x16\x91\x90\x91\x02\x17\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16w\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x97\x90\x92\x16\x96\x90\x96\x02\x17\x90\x92U\x85Q\x8B\x81R\x94\x85\x01R\x93\x83\x01R\x91\x81\x01\x86\x90R`\x01`\x01`\xA0\x1B\x03\x88\x16\x91\x8A\x91\x7F\xDC\x03\xB5(}\0\xF3\xA6\x12]\xF0\x18x\xE14\xA7\x9B\xF4\xF0j\xFBk;\xE4\x1E\xB7\x08+k $\xE9\x91\x01`@Q\x80\x91\x03\x90\xA3P`\x01\x97\x96PPPPPPPV[_a,\xA6``\x85\x01`@\x86\x01aC\xD7V[\x90Pa,\xCAa,\xB8` \x86\x01\x86aC\xD7V[`\x01`\x01`\xA0\x1B\x03\x83\x16\x900\x85a0\xCDV[a,\xDE`\x01`\x01`\xA0\x1B\x03\x82\x16\x84\x84a=\x01V[PPPPV[a(\x1B_\x7F\x9Bw\x9B\x17B-\r\xF9\"#\x01\x8B2\xB4\xD1\xFAF\xE0qr=h\x17\xE2Hm\0;\xEC\xC5_\0a(\x15V[_a-\x18\x82a(\x1DV[_\x81\x81R` \x81\x90R`@\x81 `\x01\x01T\x91\x92Pz\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x04c\xFF\xFF\xFF\xFF\x16\x90\x03a-\x8CW`@Q\x7F\x13\x15\xDB\xF1\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x82\x90R`$\x01a\t9V[\x91\x90PV[`\x01\x81\x01Tq\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04`\xFF\x81\x16\x90`\x04\x16\x15a\r\xE0W`@Q\x7F\xC6\xBD\xDE+\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90R`\xFF\x82\x16`$\x82\x01R`D\x01a\t9V[_a.\0\x82a-\x0EV[\x90Pa.\x0F` \x83\x01\x83aC\xD7V[`\x01`\x01`\xA0\x1B\x03\x163`\x01`\x01`\xA0\x1B\x03\x16\x14\x15\x80\x15a.IWP_\x81\x81R` \x81\x90R`@\x90 `\x02\x01T`\x01`\x01`\xA0\x1B\x03\x163\x14\x15[\x15a-\x8CW`@Q\x7F\x1C$^(\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x82\x90R3`$\x82\x01R`D\x01a\t9V[`\x01\x80\x82\x01\x80T\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90U_\x83\x81R` \x82\x90R`@\x80\x82 \x82\x81U\x92\x83\x01\x82\x90U`\x02\x90\x92\x01\x80T\x7F\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90U\x90Q3\x91\x84\x91\x7Fz\x08\\W\x87k\xC8{\xFDP95\x1F\x8E\xF8\x85\xBD\x8E\x9D\x85\xC9L\x006\x85\xBEJd\xC3\x08u?\x91\x90\xA3PPV[_a/.\x82a-\x0EV[\x90Pa/=` \x83\x01\x83aC\xD7V[`\x01`\x01`\xA0\x1B\x03\x163`\x01`\x01`\xA0\x1B\x03\x16\x14a/\x90W`@Q\x7F\x1C$^(\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x82\x90R3`$\x82\x01R`D\x01a\t9V[_\x81\x81R`\x02` R`@\x90 a-\x8C\x90\x82\x90a-\x91V[_\x84\x81R`\x03` R`@\x81 \x90[\x83\x81\x10\x15a0\xC5W_\x85\x85\x83\x81\x81\x10a/\xD2Wa/\xD2aEZV[\x90P` \x02\x01` \x81\x01\x90a/\xE7\x91\x90aC\xD7V[\x90P`\x01`\x01`\xA0\x1B\x03\x81\x16\x15\x80a0\x07WP`\x01`\x01`\xA0\x1B\x03\x81\x160\x14[\x15a0PW`@Q\x7F\xB6T\x06\x97\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x88\x90R`\x01`\x01`\xA0\x1B\x03\x82\x16`$\x82\x01R`D\x01a\t9V[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R` \x84\x90R`@\x90 \x80Td\xFF\xFF\xFF\xFF\xFF\x16\x15\x80a0\x86WP\x80Td\xFF\xFF\xFF\xFF\xFF\x80\x87\x16\x91\x16\x11[\x15a0\xBBW\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\x16d\xFF\xFF\xFF\xFF\xFF\x86\x16\x17\x81U[PP`\x01\x01a/\xB7V[PPPPPPV[a0\xDB\x84\x84\x84\x84`\x01a=\xADV[a,\xDEW`@Q\x7FRt\xAF\xE7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x85\x16`\x04\x82\x01R`$\x01a\t9V[`\xC0\x81\x01Q`\x01\x81\x16\x15\x80\x15\x90a1=WP`\xE0\x82\x01Qd\xFF\xFF\xFF\xFF\xFF\x16\x15\x15[\x80\x15a1TWP\x81`\xE0\x01Qd\xFF\xFF\xFF\xFF\xFF\x16B\x10\x15[\x15a-\x8CW\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFE\x16\x91\x90PV[_\x81`\xA0\x01Qc\xFF\xFF\xFF\xFF\x16\x82``\x01Qd\xFF\xFF\xFF\xFF\xFF\x16Ba1\xA3\x91\x90aG\xECV[a\x0B]\x91\x90aO\xCEV[\x80Q`\x01`\x01`\x80\x1B\x03\x16_\x03a2 W`@Q\x7F\xF6\"\xFB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`\x06`$\x82\x01R\x7Fbudget\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`D\x82\x01R`d\x01a\t9V[\x80`\xA0\x01Qc\xFF\xFF\xFF\xFF\x16_\x03a2\x93W`@Q\x7F\xF6\"\xFB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`\x06`$\x82\x01R\x7Fperiod\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`D\x82\x01R`d\x01a\t9V[\x80_\x01Q`\x01`\x01`\x80\x1B\x03\x16\x81` \x01Q`\x01`\x01`\x80\x1B\x03\x16\x11\x15a3\x16W`@Q\x7F\xF6\"\xFB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`\n`$\x82\x01R\x7FmaxPayment\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`D\x82\x01R`d\x01a\t9V[`\x80\x81\x01Qd\xFF\xFF\xFF\xFF\xFF\x16\x15\x80\x15\x90a3FWP\x80``\x01Qd\xFF\xFF\xFF\xFF\xFF\x16\x81`\x80\x01Qd\xFF\xFF\xFF\xFF\xFF\x16\x11\x15[\x15a3\xADW`@Q\x7F\xF6\"\xFB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`\x03`$\x82\x01R\x7Fend\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`D\x82\x01R`d\x01a\t9V[`@\x81\x01Q`\x01`\x01`\x80\x1B\x03\x16\x15\x15\x80a3\xCFWP`\xC0\x81\x01Qa\xFF\xFF\x16\x15\x15[\x80\x15a3\xE4WPa\x01\0\x81\x01Qc\xFF\xFF\xFF\xFF\x16\x15[\x15a4KW`@Q\x7F\xF6\"\xFB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`\r`$\x82\x01R\x7FbreakerWindow\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`D\x82\x01R`d\x01a\t9V[PV[\x81Q_\x90`\x01`\x01`\x80\x1B\x03\x16a4h` \x84\x01\x84aO\xE1V[`\x01`\x01`\x80\x1B\x03\x16\x11\x80a4\xAAWPa4\xAA\x83` \x01Q`\x01`\x01`\x80\x1B\x03\x16\x83` \x01` \x81\x01\x90a4\x9C\x91\x90aO\xE1V[`\x01`\x01`\x80\x1B\x03\x16a>3V[\x80a4\xD4WPa4\xD4\x83`@\x01Q`\x01`\x01`\x80\x1B\x03\x16\x83`@\x01` \x81\x01\x90a4\x9C\x91\x90aO\xE1V[\x80a5\x08WPa5\x08\x83`\x80\x01Qd\xFF\xFF\xFF\xFF\xFF\x16\x83`\x80\x01` \x81\x01\x90a4\xFC\x91\x90aH\x1CV[d\xFF\xFF\xFF\xFF\xFF\x16a>3V[\x80a56WPa56\x83`\xC0\x01Qa\xFF\xFF\x16\x83`\xC0\x01` \x81\x01\x90a5-\x91\x90aO\xFCV[a\xFF\xFF\x16a>3V[\x80a5dWP\x82a\x01\0\x01Qc\xFF\xFF\xFF\xFF\x16\x82a\x01\0\x01` \x81\x01\x90a5\\\x91\x90aH7V[c\xFF\xFF\xFF\xFF\x16\x10[\x80a5\x92WP\x82a\x01 \x01Qc\xFF\xFF\xFF\xFF\x16\x82a\x01 \x01` \x81\x01\x90a5\x8A\x91\x90aH7V[c\xFF\xFF\xFF\xFF\x16\x10[\x80a5\xB9WP\x82a\x01@\x01Q\x80\x15a5\xB9WPa5\xB7a\x01`\x83\x01a\x01@\x84\x01aP\x17V[\x15[\x80a\x18!WP`\xE0\x83\x01Q`\x01`\x01`\xA0\x1B\x03\x16\x15\x80\x15\x90a\x18!WP\x82`\xE0\x01Q`\x01`\x01`\xA0\x1B\x03\x16\x82`\xE0\x01` \x81\x01\x90a5\xF7\x91\x90aC\xD7V[`\x01`\x01`\xA0\x1B\x03\x16\x14\x15\x93\x92PPPV[\x7F\x9Bw\x9B\x17B-\r\xF9\"#\x01\x8B2\xB4\xD1\xFAF\xE0qr=h\x17\xE2Hm\0;\xEC\xC5_\0\\\x15a(\x1BW`@Q\x7F>\xE5\xAE\xB5\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x80\x82]PPV[`\x01\x84\x01Tz\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04c\xFF\xFF\xFF\xFF\x16_\x81\x90\x03a6\xCFW`@Q\x7F\x13\x15\xDB\xF1\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x87\x90R`$\x01a\t9V[_a6\xD9\x85a1\x1CV[\x90P`\xFF\x81\x16\x15a7\"W`@Q\x7F\xC6\xBD\xDE+\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x88\x90R`\xFF\x82\x16`$\x82\x01R`D\x01a\t9V[`\xC0\x85\x01\x80Q`\xFE\x16\x90R_`\xE0\x86\x01R`\x01\x86\x01Td\xFF\xFF\xFF\xFF\xFFp\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x04\x81\x16\x91u\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04\x16B\x82\x11\x80a7\x95WPd\xFF\xFF\xFF\xFF\xFF\x81\x16\x15\x80\x15\x90a7\x95WP\x80d\xFF\xFF\xFF\xFF\xFF\x16B\x10\x15[\x15a7\xEAW`@Q\x7F\xFFb\x80\x0C\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x8A\x90Rd\xFF\xFF\xFF\xFF\xFF\x80\x84\x16`$\x83\x01R\x82\x16`D\x82\x01RB`d\x82\x01R`\x84\x01a\t9V[P\x86Tp\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04`\x01`\x01`\x80\x1B\x03\x16\x84\x15\x80a8 WP\x80\x15\x80\x15\x90a8 WP\x80\x85\x11[\x15a8hW`@Q\x7F-<\x9F{\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x8A\x90R`$\x81\x01\x86\x90R`D\x81\x01\x82\x90R`d\x01a\t9V[P`\x01`\x01`\xA0\x1B\x03\x85\x16\x15\x80a8\x87WP`\x01`\x01`\xA0\x1B\x03\x85\x160\x14[\x15a8\xD0W`@Q\x7F\xB6T\x06\x97\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x89\x90R`\x01`\x01`\xA0\x1B\x03\x86\x16`$\x82\x01R`D\x01a\t9V[`\x02\x87\x01T|\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04`\xFF\x16\x15a9\x84W_\x88\x81R`\x03` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x89\x16\x84R\x90\x91R\x90 Td\xFF\xFF\xFF\xFF\xFF\x16\x80\x15\x80a99WP\x80d\xFF\xFF\xFF\xFF\xFF\x16B\x10[\x15a9\x82W`@Q\x7F/\x93\xAC\x87\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x8A\x90R`\x01`\x01`\xA0\x1B\x03\x87\x16`$\x82\x01R`D\x01a\t9V[P[_\x83a9\x97d\xFF\xFF\xFF\xFF\xFF\x84\x16BaG\xECV[a9\xA1\x91\x90aO\xCEV[\x90P\x86`@\x01Qd\xFF\xFF\xFF\xFF\xFF\x16\x81d\xFF\xFF\xFF\xFF\xFF\x16\x14a9\xCDWd\xFF\xFF\xFF\xFF\xFF\x81\x16`@\x88\x01R_\x87R[\x87T\x87Q`\x01`\x01`\x80\x1B\x03\x91\x82\x16\x91\x16_\x82\x82\x10a9\xECW_a9\xF6V[a9\xF6\x82\x84aG\xECV[\x90P\x80\x88\x11\x15a:CW`@Q\x7F\xCC\xB6\xEBX\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x8D\x90R`$\x81\x01\x89\x90R`D\x81\x01\x82\x90R`d\x01a\t9V[a:M\x88\x83aP2V[`\x01`\x01`\x80\x1B\x03\x16\x90\x99RPPPPPPPPPPPV[`\x01\x84\x01T_\x90`\x01`\x01`\x80\x1B\x03\x81\x16\x90~\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04a\xFF\xFF\x16\x81\x15\x80\x15a:\xAAWP\x80\x15[\x15a:\xBAW`\x01\x92PPPa\x1D\xB9V[`\x02\x87\x01Tt\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04c\xFF\xFF\xFF\xFF\x16\x82\x15a;\xE2W_\x87``\x01Qd\xFF\xFF\xFF\xFF\xFF\x16Ba:\xFB\x91\x90aG\xECV[a;\x05\x90\x85aPEV[\x90P_a;\x12\x83\x83aO\xCEV[` \x8A\x01Q\x90\x91P`\x01`\x01`\x80\x1B\x03\x16B\x82\x82\x11\x15a;^Wa;6\x83\x83aG\xECV[\x91P\x86a;C\x86\x86aP\\V[a;M\x91\x90aO\xCEV[a;W\x90\x82aG\xECV[\x90Pa;bV[_\x91P[a;l\x89\x83aP2V[\x91P\x86\x82\x11\x15a;\xC3W\x8C\x7Fs\xE0\x90\xCAEi\n\xF4\x05\xC9\x80\xC0\x80\xF9\x1A|^\xCB\xA2\xB8\x7Fb\x05\xBFL\xEA\x15\xEB9\xBA\xFA\x15_\x8C\x8C\x86`@Qa;\xAC\x94\x93\x92\x91\x90aPoV[`@Q\x80\x91\x03\x90\xA2_\x97PPPPPPPPa\x1D\xB9V[`\x01`\x01`\x80\x1B\x03\x90\x91\x16` \x8B\x01Rd\xFF\xFF\xFF\xFF\xFF\x16``\x8A\x01RPP[\x81\x15a<\xF2W_\x89\x81R`\x03` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x8A\x16\x84R\x90\x91R\x90 \x80Te\x01\0\0\0\0\0\x90\x04`\xFF\x16a<\xF0W\x81\x88`\x80\x01Qd\xFF\xFF\xFF\xFF\xFF\x16a<2\x91\x90aP2V[B\x10a<LWd\xFF\xFF\xFF\xFF\xFFB\x16`\x80\x89\x01R_`\xA0\x89\x01R[_\x88`\xA0\x01Qa\xFF\xFF\x16`\x01a<b\x91\x90aP2V[\x90P\x83\x81\x11\x15a<\xB8W\x8A\x7Fs\xE0\x90\xCAEi\n\xF4\x05\xC9\x80\xC0\x80\xF9\x1A|^\xCB\xA2\xB8\x7Fb\x05\xBFL\xEA\x15\xEB9\xBA\xFA\x15`\x01\x8A\x8A\x85`@Qa<\xA3\x94\x93\x92\x91\x90aPoV[`@Q\x80\x91\x03\x90\xA2_\x95PPPPPPa\x1D\xB9V[a\xFF\xFF\x16`\xA0\x89\x01R\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\x16e\x01\0\0\0\0\0\x17\x81U[P[P`\x01\x98\x97PPPPPPPPV[a=\r\x83\x83\x83_a>KV[a\r\xE0Wa=\x1E\x83\x83_`\x01a>KV[a=_W`@Q\x7FRt\xAF\xE7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x84\x16`\x04\x82\x01R`$\x01a\t9V[a=l\x83\x83\x83`\x01a>KV[a\r\xE0W`@Q\x7FRt\xAF\xE7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x84\x16`\x04\x82\x01R`$\x01a\t9V[`@Q\x7F#\xB8r\xDD\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_\x81\x81R`\x01`\x01`\xA0\x1B\x03\x87\x81\x16`\x04R\x86\x16`$R`D\x85\x90R\x91` \x83`d\x81\x80\x8CZ\xF1\x92P`\x01_Q\x14\x83\x16a>\"W\x83\x83\x15\x16\x15a>\x16W=_\x82>=\x81\xFD[_\x88;\x11=\x15\x16\x83\x16\x92P[`@RP_``R\x95\x94PPPPPV[_\x82\x15\x80\x15\x90a\x18!WP\x81\x15\x80a\x18!WPP\x11\x90V[`@Q\x7F\t^\xA7\xB3\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_\x81\x81R`\x01`\x01`\xA0\x1B\x03\x86\x16`\x04R`$\x85\x90R\x91` \x83`D\x81\x80\x8BZ\xF1\x92P`\x01_Q\x14\x83\x16a>\xBAW\x83\x83\x15\x16\x15a>\xAEW=_\x82>=\x81\xFD[_\x87;\x11=\x15\x16\x83\x16\x92P[`@RP\x94\x93PPPPV[_`\x80\x82\x84\x03\x12\x15a>\xD6W__\xFD[P\x91\x90PV[__\x82\x84\x03a\x01\xC0\x81\x12\x15a>\xEFW__\xFD[a>\xF9\x85\x85a>\xC6V[\x92Pa\x01@\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80\x82\x01\x12\x15a?+W__\xFD[P`\x80\x83\x01\x90P\x92P\x92\x90PV[_` \x82\x84\x03\x12\x15a?IW__\xFD[P5\x91\x90PV[_a\x01 \x82\x01\x90P`\x01`\x01`\x80\x1B\x03\x83Q\x16\x82R`\x01`\x01`\x80\x1B\x03` \x84\x01Q\x16` \x83\x01R`@\x83\x01Qa?\x90`@\x84\x01\x82d\xFF\xFF\xFF\xFF\xFF\x16\x90RV[P``\x83\x01Qa?\xA9``\x84\x01\x82d\xFF\xFF\xFF\xFF\xFF\x16\x90RV[P`\x80\x83\x01Qa?\xC2`\x80\x84\x01\x82d\xFF\xFF\xFF\xFF\xFF\x16\x90RV[P`\xA0\x83\x01Qa?\xD8`\xA0\x84\x01\x82a\xFF\xFF\x16\x90RV[P`\xC0\x83\x01Qa?\xED`\xC0\x84\x01\x82`\xFF\x16\x90RV[P`\xE0\x83\x01Qa@\x06`\xE0\x84\x01\x82d\xFF\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01\0\x83\x01Qa@!a\x01\0\x84\x01\x82d\xFF\xFF\xFF\xFF\xFF\x16\x90RV[P\x92\x91PPV[_`\x80\x82\x84\x03\x12\x15a@8W__\xFD[a\x18!\x83\x83a>\xC6V[__\x83`\x1F\x84\x01\x12a@RW__\xFD[P\x815g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a@iW__\xFD[` \x83\x01\x91P\x83` \x82`\x05\x1B\x85\x01\x01\x11\x15a@\x83W__\xFD[\x92P\x92\x90PV[___`\xA0\x84\x86\x03\x12\x15a@\x9CW__\xFD[a@\xA6\x85\x85a>\xC6V[\x92P`\x80\x84\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a@\xC1W__\xFD[a@\xCD\x86\x82\x87\x01a@BV[\x94\x97\x90\x96P\x93\x94PPPPV[\x80Q`\x01`\x01`\x80\x1B\x03\x16\x82R` \x81\x01QaA\x01` \x84\x01\x82`\x01`\x01`\x80\x1B\x03\x16\x90RV[P`@\x81\x01QaA\x1C`@\x84\x01\x82`\x01`\x01`\x80\x1B\x03\x16\x90RV[P``\x81\x01QaA5``\x84\x01\x82d\xFF\xFF\xFF\xFF\xFF\x16\x90RV[P`\x80\x81\x01QaAN`\x80\x84\x01\x82d\xFF\xFF\xFF\xFF\xFF\x16\x90RV[P`\xA0\x81\x01QaAf`\xA0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\xC0\x81\x01QaA|`\xC0\x84\x01\x82a\xFF\xFF\x16\x90RV[P`\xE0\x81\x01QaA\x97`\xE0\x84\x01\x82`\x01`\x01`\xA0\x1B\x03\x16\x90RV[Pa\x01\0\x81\x01QaA\xB1a\x01\0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01 \x81\x01QaA\xCBa\x01 \x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01@\x81\x01Qa\r\xE0a\x01@\x84\x01\x82\x15\x15\x90RV[a\x01`\x81\x01a\x0B]\x82\x84a@\xDAV[____\x84\x86\x03a\x02`\x81\x12\x15aB\x05W__\xFD[aB\x0F\x87\x87a>\xC6V[\x94Pa\x01\xC0\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80\x82\x01\x12\x15aBAW__\xFD[P`\x80\x85\x01\x92Pa\x02@\x85\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15aBbW__\xFD[\x85\x01`\x1F\x81\x01\x87\x13aBrW__\xFD[\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15aB\x88W__\xFD[\x87` \x82\x84\x01\x01\x11\x15aB\x99W__\xFD[\x94\x97\x93\x96P` \x01\x94PPPV[`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a4KW__\xFD[\x805a-\x8C\x81aB\xA7V[___`\xC0\x84\x86\x03\x12\x15aB\xD8W__\xFD[aB\xE2\x85\x85a>\xC6V[\x92P`\x80\x84\x015aB\xF2\x81aB\xA7V[\x92\x95\x92\x94PPP`\xA0\x91\x90\x91\x015\x90V[__`@\x83\x85\x03\x12\x15aC\x14W__\xFD[\x825\x91P` \x83\x015aC&\x81aB\xA7V[\x80\x91PP\x92P\x92\x90PV[_a\x01`\x82\x84\x03\x12\x15a>\xD6W__\xFD[__a\x01\xE0\x83\x85\x03\x12\x15aCTW__\xFD[aC^\x84\x84a>\xC6V[\x91PaCm\x84`\x80\x85\x01aC1V[\x90P\x92P\x92\x90PV[____a\x02\0\x85\x87\x03\x12\x15aC\x8AW__\xFD[aC\x94\x86\x86a>\xC6V[\x93PaC\xA3\x86`\x80\x87\x01aC1V[\x92Pa\x01\xE0\x85\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15aC\xBFW__\xFD[aC\xCB\x87\x82\x88\x01a@BV[\x95\x98\x94\x97P\x95PPPPV[_` \x82\x84\x03\x12\x15aC\xE7W__\xFD[\x815a\x18!\x81aB\xA7V[\x81\x81R`@` \x82\x01R_a\x18!`@\x83\x01`\x05\x81R\x7Ftoken\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0` \x82\x01R`@\x01\x90V[\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a-\x8CW__\xFD[a\xFF\xFF\x81\x16\x81\x14a4KW__\xFD[\x805a-\x8C\x81aDKV[a\x01@\x81\x01aD\x84\x82aDw\x85aB\xBBV[`\x01`\x01`\xA0\x1B\x03\x16\x90RV[aD\x90` \x84\x01aB\xBBV[`\x01`\x01`\xA0\x1B\x03\x16` \x83\x01RaD\xAA`@\x84\x01aB\xBBV[`\x01`\x01`\xA0\x1B\x03\x16`@\x83\x01R``\x83\x81\x015\x90\x83\x01RaD\xCE`\x80\x84\x01aD4V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\x80\x83\x01RaD\xE9`\xA0\x84\x01aB\xBBV[`\x01`\x01`\xA0\x1B\x03\x16`\xA0\x83\x01RaE\x03`\xC0\x84\x01aDZV[a\xFF\xFF\x16`\xC0\x83\x01R`\xE0\x83\x81\x015\x90\x83\x01RaE#a\x01\0\x84\x01aB\xBBV[`\x01`\x01`\xA0\x1B\x03\x81\x16a\x01\0\x84\x01RPa\x01 \x92\x83\x015\x91\x90\x92\x01R\x90V[_` \x82\x84\x03\x12\x15aESW__\xFD[PQ\x91\x90PV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`2`\x04R`$_\xFD[\x81\x83R` \x83\x01\x92P_\x81_[\x84\x81\x10\x15aE\xC5W\x815aE\xA7\x81aB\xA7V[`\x01`\x01`\xA0\x1B\x03\x16\x86R` \x95\x86\x01\x95\x91\x90\x91\x01\x90`\x01\x01aE\x94V[P\x93\x94\x93PPPPV[` \x81R_a\x17\xA9` \x83\x01\x84\x86aE\x87V[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x11`\x04R`$_\xFD[d\xFF\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x0B]Wa\x0B]aE\xE2V[`@\x81R_aF?`@\x83\x01\x85\x87aE\x87V[\x90Pd\xFF\xFF\xFF\xFF\xFF\x83\x16` \x83\x01R\x94\x93PPPPV[c\xFF\xFF\xFF\xFF\x81\x16\x81\x14a4KW__\xFD[\x805a-\x8C\x81aFVV[aF\x7F\x82aDw\x83aB\xBBV[aF\x8B` \x82\x01aB\xBBV[`\x01`\x01`\xA0\x1B\x03\x16` \x83\x01R`@\x81\x81\x015\x90\x83\x01R``\x80\x82\x015\x90\x83\x01RaF\xB9`\x80\x82\x01aD4V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\x80\x83\x01RaF\xD4`\xA0\x82\x01aFgV[c\xFF\xFF\xFF\xFF\x16`\xA0\x83\x01RaF\xEB`\xC0\x82\x01aFgV[c\xFF\xFF\xFF\xFF\x16`\xC0\x83\x01RaG\x02`\xE0\x82\x01aFgV[c\xFF\xFF\xFF\xFF\x16`\xE0\x83\x01RaG\x1Aa\x01\0\x82\x01aB\xBBV[`\x01`\x01`\xA0\x1B\x03\x16a\x01\0\x83\x01RaG6a\x01 \x82\x01aDZV[a\xFF\xFF\x16a\x01 \x83\x01Ra\x01@\x81\x81\x015\x90\x83\x01RaGXa\x01`\x82\x01aB\xBBV[`\x01`\x01`\xA0\x1B\x03\x16a\x01`\x83\x01Ra\x01\x80\x81\x81\x015\x90\x83\x01Ra\x01\xA0\x90\x81\x015\x91\x01RV[a\x01\xC0\x81\x01a\x0B]\x82\x84aFrV[aG\x97\x81\x85aFrV[a\x01\xE0a\x01\xC0\x82\x01R\x81a\x01\xE0\x82\x01R\x81\x83a\x02\0\x83\x017_\x81\x83\x01a\x02\0\x90\x81\x01\x91\x90\x91R`\x1F\x90\x92\x01\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x16\x01\x01\x92\x91PPV[\x81\x81\x03\x81\x81\x11\x15a\x0B]Wa\x0B]aE\xE2V[d\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a4KW__\xFD[\x805a-\x8C\x81aG\xFFV[_` \x82\x84\x03\x12\x15aH,W__\xFD[\x815a\x18!\x81aG\xFFV[_` \x82\x84\x03\x12\x15aHGW__\xFD[\x815a\x18!\x81aFVV[`@Qa\x01`\x81\x01g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x82\x82\x10\x17\x15aH\x9BW\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`A`\x04R`$_\xFD[`@R\x90V[`\x01`\x01`\x80\x1B\x03\x81\x16\x81\x14a4KW__\xFD[\x805a-\x8C\x81aH\xA1V[\x80\x15\x15\x81\x14a4KW__\xFD[\x805a-\x8C\x81aH\xC0V[_a\x01`\x82\x84\x03\x12\x80\x15aH\xEAW__\xFD[PaH\xF3aHRV[aH\xFC\x83aH\xB5V[\x81RaI\n` \x84\x01aH\xB5V[` \x82\x01RaI\x1B`@\x84\x01aH\xB5V[`@\x82\x01RaI,``\x84\x01aH\x11V[``\x82\x01RaI=`\x80\x84\x01aH\x11V[`\x80\x82\x01RaIN`\xA0\x84\x01aFgV[`\xA0\x82\x01RaI_`\xC0\x84\x01aDZV[`\xC0\x82\x01RaIp`\xE0\x84\x01aB\xBBV[`\xE0\x82\x01RaI\x82a\x01\0\x84\x01aFgV[a\x01\0\x82\x01RaI\x95a\x01 \x84\x01aFgV[a\x01 \x82\x01RaI\xA8a\x01@\x84\x01aH\xCDV[a\x01@\x82\x01R\x93\x92PPPV[_\x815a\x0B]\x81aH\xA1V[_\x815a\x0B]\x81aG\xFFV[_\x815a\x0B]\x81aFVV[_\x815a\x0B]\x81aDKV[_\x815a\x0B]\x81aB\xA7V[_\x815a\x0B]\x81aH\xC0V[aJ>aJ\t\x83aI\xB5V[\x82T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16`\x01`\x01`\x80\x1B\x03\x91\x90\x91\x16\x17\x82UV[aJ\x85aJM` \x84\x01aI\xB5V[\x82T`\x01`\x01`\x80\x1B\x03\x16`\x80\x91\x90\x91\x1B\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x17\x82UV[`\x01\x81\x01aJ\x98aJ\t`@\x85\x01aI\xB5V[aJ\xEDaJ\xA7``\x85\x01aI\xC1V[\x82T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\x80\x91\x90\x91\x1Bt\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x17\x82UV[aKGaJ\xFC`\x80\x85\x01aI\xC1V[\x82T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\xA8\x91\x90\x91\x1By\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x17\x82UV[aK\xA5aKV`\xA0\x85\x01aI\xCDV[\x82T\x7F\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\xD0\x91\x90\x91\x1B}\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x17\x82UV[aL\x03aK\xB4`\xC0\x85\x01aI\xD9V[\x82T}\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\xF0\x91\x90\x91\x1B\x7F\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x17\x82UV[P`\x02\x81\x01aLLaL\x17`\xE0\x85\x01aI\xE5V[\x82T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16`\x01`\x01`\xA0\x1B\x03\x91\x90\x91\x16\x17\x82UV[aL\xA5aL\\a\x01\0\x85\x01aI\xCDV[\x82T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\xA0\x91\x90\x91\x1Bw\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x17\x82UV[aM\x02aL\xB5a\x01 \x85\x01aI\xCDV[\x82T\x7F\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\xC0\x91\x90\x91\x1B{\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x17\x82UV[a\r\xE0aM\x12a\x01@\x85\x01aI\xF1V[\x82\x80T\x7F\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x91\x15\x15`\xE0\x1B|\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x91\x90\x91\x17\x90UV[aM~\x82aMq\x83aH\xB5V[`\x01`\x01`\x80\x1B\x03\x16\x90RV[aM\x8A` \x82\x01aH\xB5V[`\x01`\x01`\x80\x1B\x03\x16` \x83\x01RaM\xA4`@\x82\x01aH\xB5V[`\x01`\x01`\x80\x1B\x03\x16`@\x83\x01RaM\xBE``\x82\x01aH\x11V[d\xFF\xFF\xFF\xFF\xFF\x16``\x83\x01RaM\xD6`\x80\x82\x01aH\x11V[d\xFF\xFF\xFF\xFF\xFF\x16`\x80\x83\x01RaM\xEE`\xA0\x82\x01aFgV[c\xFF\xFF\xFF\xFF\x16`\xA0\x83\x01RaN\x05`\xC0\x82\x01aDZV[a\xFF\xFF\x16`\xC0\x83\x01RaN\x1A`\xE0\x82\x01aB\xBBV[`\x01`\x01`\xA0\x1B\x03\x16`\xE0\x83\x01RaN5a\x01\0\x82\x01aFgV[c\xFF\xFF\xFF\xFF\x16a\x01\0\x83\x01RaNNa\x01 \x82\x01aFgV[c\xFF\xFF\xFF\xFF\x16a\x01 \x83\x01RaNga\x01@\x82\x01aH\xCDV[\x80\x15\x15a\x01@\x84\x01RPPPV[a\x01`\x81\x01a\x0B]\x82\x84aMdV[a\x01\x80\x81\x01aN\x93\x82\x85aMdV[d\xFF\xFF\xFF\xFF\xFF\x83\x16a\x01`\x83\x01R\x93\x92PPPV[` \x81R_a\x0B]` \x83\x01`\x05\x81R\x7Ftoken\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0` \x82\x01R`@\x01\x90V[`\x01`\x01`\xA0\x1B\x03\x86\x16\x81R\x84` \x82\x01RaO\x03`@\x82\x01\x85a@\xDAV[a\x01\xC0a\x01\xA0\x82\x01R_aO\x1Ca\x01\xC0\x83\x01\x84\x86aE\x87V[\x97\x96PPPPPPPV[\x83\x81R`\x01`\x01`\xA0\x1B\x03\x83\x16` \x82\x01R`\xC0\x81\x01\x825aOH\x81aB\xA7V[`\x01`\x01`\xA0\x1B\x03\x16`@\x83\x01R` \x83\x015aOd\x81aB\xA7V[`\x01`\x01`\xA0\x1B\x03\x16``\x83\x01R`@\x83\x015aO\x80\x81aB\xA7V[`\x01`\x01`\xA0\x1B\x03\x16`\x80\x83\x01R``\x92\x90\x92\x015`\xA0\x90\x91\x01R\x92\x91PPV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x12`\x04R`$_\xFD[_\x82aO\xDCWaO\xDCaO\xA1V[P\x04\x90V[_` \x82\x84\x03\x12\x15aO\xF1W__\xFD[\x815a\x18!\x81aH\xA1V[_` \x82\x84\x03\x12\x15aP\x0CW__\xFD[\x815a\x18!\x81aDKV[_` \x82\x84\x03\x12\x15aP'W__\xFD[\x815a\x18!\x81aH\xC0V[\x80\x82\x01\x80\x82\x11\x15a\x0B]Wa\x0B]aE\xE2V[\x80\x82\x02\x81\x15\x82\x82\x04\x84\x14\x17a\x0B]Wa\x0B]aE\xE2V[_\x82aPjWaPjaO\xA1V[P\x06\x90V[`\x80\x81\x01`\x02\x86\x10aP\xA8W\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`!`\x04R`$_\xFD[\x94\x81R`\x01`\x01`\xA0\x1B\x03\x93\x90\x93\x16` \x84\x01R`@\x83\x01\x91\x90\x91R``\x90\x91\x01R\x90V",
    );
    /// The runtime bytecode of the contract, as deployed on the network.
    ///
    /// ```text
    ///0x608060405234801561000f575f5ffd5b506004361061018f575f3560e01c806391d64312116100dd578063bc1ed74c11610088578063ecae617a11610063578063ecae617a1461088b578063f884b9d21461089e578063fb5bcf22146108a6575f5ffd5b8063bc1ed74c1461083e578063e12c553614610851578063e2fdcc1714610864575f5ffd5b8063a3f685f9116100b8578063a3f685f914610610578063a5dbcded146107d9578063aebd888b1461082b575f5ffd5b806391d64312146105c75780639203aa2b146105da578063a15d3646146105ed575f5ffd5b8063429fe1701161013d57806381d823b91161011857806381d823b9146105995780638b2ab213146105a15780638e02c4c6146105b4575f5ffd5b8063429fe1701461039a5780634a9ded92146103ad5780635a579570146103c0575f5ffd5b80632266aa161161016d5780632266aa161461032e57806327a5e108146103415780633712a4b71461035b575f5ffd5b806304da7f971461019357806309648a9d146101b957806314dfd89e14610319575b5f5ffd5b6101a66101a1366004613edc565b6108b9565b6040519081526020015b60405180910390f35b61030c6101c7366004613f39565b60408051610120810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052610100810191909152505f9081526002602090815260409182902082516101208101845281546001600160801b03808216835270010000000000000000000000000000000090910416928101929092526001015464ffffffffff80821693830193909352650100000000008104831660608301526a010000000000000000000081048316608083015261ffff6f0100000000000000000000000000000082041660a083015260ff7101000000000000000000000000000000000082041660c083015272010000000000000000000000000000000000008104831660e083015277010000000000000000000000000000000000000000000000900490911661010082015290565b6040516101b09190613f50565b61032c610327366004614028565b610b63565b005b61032c61033c366004614028565b610c92565b610349600181565b60405160ff90911681526020016101b0565b6103827f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016101b0565b61032c6103a8366004614028565b610d4d565b61032c6103bb36600461408a565b610de5565b61058c6103ce366004613f39565b60408051610160810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e0810182905261010081018290526101208101829052610140810191909152505f9081526001602081815260409283902083516101608101855281546001600160801b03808216835270010000000000000000000000000000000091829004811694830194909452938201549283169481019490945291810464ffffffffff9081166060850152750100000000000000000000000000000000000000000082041660808401527a010000000000000000000000000000000000000000000000000000810463ffffffff90811660a08501527e0100000000000000000000000000000000000000000000000000000000000090910461ffff1660c08401526002909101546001600160a01b03811660e08401527401000000000000000000000000000000000000000081048216610100840152780100000000000000000000000000000000000000000000000081049091166101208301527c0100000000000000000000000000000000000000000000000000000000900460ff16151561014082015290565b6040516101b091906141e1565b610349600481565b61032c6105af36600461408a565b610ec8565b61032c6105c2366004614028565b610f55565b6101a66105d5366004614028565b61150f565b6101a66105e83660046141f0565b611519565b6106006105fb3660046142c6565b6117b1565b60405190151581526020016101b0565b61058c61061e366004613f39565b60408051610160810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e0810182905261010081018290526101208101829052610140810191909152505f908152602081815260409182902082516101608101845281546001600160801b0380821683527001000000000000000000000000000000009182900481169483019490945260018301549384169482019490945292820464ffffffffff9081166060850152750100000000000000000000000000000000000000000083041660808401527a010000000000000000000000000000000000000000000000000000820463ffffffff90811660a08501527e0100000000000000000000000000000000000000000000000000000000000090920461ffff1660c0840152600201546001600160a01b03811660e08401527401000000000000000000000000000000000000000081048216610100840152780100000000000000000000000000000000000000000000000081049091166101208301527c0100000000000000000000000000000000000000000000000000000000900460ff16151561014082015290565b6108156107e7366004614303565b5f9182526003602090815260408084206001600160a01b0393909316845291905290205464ffffffffff1690565b60405164ffffffffff90911681526020016101b0565b61032c610839366004614028565b611828565b6101a661084c366004613f39565b61198b565b61032c61085f366004614342565b611dc2565b6103827f000000000000000000000000000000000000000000000000000000000000000081565b61032c610899366004614028565b61215c565b610349600281565b6101a66108b4366004614376565b6122f9565b5f6108c26127e6565b5f6108cc8461281d565b90506108de60608501604086016143d7565b6001600160a01b03166108f760608501604086016143d7565b6001600160a01b03161461094257806040517f0266dfaa00000000000000000000000000000000000000000000000000000000815260040161093991906143f2565b60405180910390fd5b61095260408501602086016143d7565b6001600160a01b031661096860208501856143d7565b6001600160a01b0316146109e157806040517f0266dfaa0000000000000000000000000000000000000000000000000000000081526004016109399181526040602082018190526005908201527f7061796572000000000000000000000000000000000000000000000000000000606082015260800190565b6040517f9aba22310000000000000000000000000000000000000000000000000000000081527f0000000000000000000000000000000000000000000000000000000000000000905f906001600160a01b03831690639aba223190610a4a908890600401614465565b602060405180830381865afa158015610a65573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610a899190614543565b9050610aab8387610aa06040890160208a016143d7565b886060013585612870565b610abb57505f9250610b55915050565b610aca86838760600135612c95565b6040517fc7ce65cc0000000000000000000000000000000000000000000000000000000081526001600160a01b0383169063c7ce65cc90610b0f908890600401614465565b6020604051808303815f875af1158015610b2b573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610b4f9190614543565b93505050505b610b5d612ce4565b92915050565b5f610b6d82612d0e565b9050610b7c60208301836143d7565b6001600160a01b0316336001600160a01b031614158015610bbe5750610ba860408301602084016143d7565b6001600160a01b0316336001600160a01b031614155b15610bfe576040517f1c245e2800000000000000000000000000000000000000000000000000000000815260048101829052336024820152604401610939565b5f818152600260205260409020610c158282612d91565b6001810180547fffffffffffffffffffffffffffff00ffffffffffffffffffffffffffffffffff81166004710100000000000000000000000000000000009283900460ff1617909102179055604051339083907f5bc2baf870c5baf189838b5e0b0e3b04a3263e2df5d305d1c15f3e6022f5dc45905f90a3505050565b5f610c9c82612df6565b5f81815260026020526040808220600180820180547fffffffffffffffffff000000000000ffffffffffffffffffffffffffffffffff8116710100000000000000000000000000000000009182900460ff16909317027fffffffffffffffffff0000000000ffffffffffffffffffffffffffffffffffff16919091179055905192935091339184917f3744e75c880ad028c816826c1d28654b9ac6656a7fd918d5057b186e145972849190a3505050565b5f610d5782612df6565b5f81815260026020526040812060018101549293509177010000000000000000000000000000000000000000000000900464ffffffffff169003610dd6576040517f64338d62000000000000000000000000000000000000000000000000000000008152600481018390525f6024820152426044820152606401610939565b610de08282612e89565b505050565b5f610def84612df6565b5f8181526003602052604081209192505b83811015610e86575f825f878785818110610e1d57610e1d61455a565b9050602002016020810190610e3291906143d7565b6001600160a01b0316815260208101919091526040015f2080547fffffffffffffffffffffffffffffffffffffffffffffffffffffff00000000001664ffffffffff92909216919091179055600101610e00565b50817ff4441267bee98003dfb2990eff9c9a930d60cdb11e520ee74bde58542b9338298585604051610eb99291906145cf565b60405180910390a25050505050565b5f610ed284612f24565b5f8181526020819052604081206002015491925090610f13907801000000000000000000000000000000000000000000000000900463ffffffff164261460f565b9050610f2182858584612fa8565b817f45b2af96b258094e7ca94945c23dbec506350535751389cccac65b96cc535ad7858584604051610eb99392919061462c565b5f610f5f82612d0e565b5f818152600260205260409020909150610f798282612d91565b600181015477010000000000000000000000000000000000000000000000900464ffffffffff16801580610fb357508064ffffffffff1642105b15611000576040517f64338d620000000000000000000000000000000000000000000000000000000081526004810184905264ffffffffff82166024820152426044820152606401610939565b5f8260010160176101000a81548164ffffffffff021916908364ffffffffff1602179055505f60015f8581526020019081526020015f20604051806101600160405290815f82015f9054906101000a90046001600160801b03166001600160801b03166001600160801b031681526020015f820160109054906101000a90046001600160801b03166001600160801b03166001600160801b03168152602001600182015f9054906101000a90046001600160801b03166001600160801b03166001600160801b031681526020016001820160109054906101000a900464ffffffffff1664ffffffffff1664ffffffffff1681526020016001820160159054906101000a900464ffffffffff1664ffffffffff1664ffffffffff16815260200160018201601a9054906101000a900463ffffffff1663ffffffff1663ffffffff16815260200160018201601e9054906101000a900461ffff1661ffff1661ffff168152602001600282015f9054906101000a90046001600160a01b03166001600160a01b03166001600160a01b031681526020016002820160149054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020016002820160189054906101000a900463ffffffff1663ffffffff1663ffffffff16815260200160028201601c9054906101000a900460ff1615151515815250509050805f5f8681526020019081526020015f205f820151815f015f6101000a8154816001600160801b0302191690836001600160801b031602179055506020820151815f0160106101000a8154816001600160801b0302191690836001600160801b031602179055506040820151816001015f6101000a8154816001600160801b0302191690836001600160801b0316021790555060608201518160010160106101000a81548164ffffffffff021916908364ffffffffff16021790555060808201518160010160156101000a81548164ffffffffff021916908364ffffffffff16021790555060a082015181600101601a6101000a81548163ffffffff021916908363ffffffff16021790555060c082015181600101601e6101000a81548161ffff021916908361ffff16021790555060e0820151816002015f6101000a8154816001600160a01b0302191690836001600160a01b031602179055506101008201518160020160146101000a81548163ffffffff021916908363ffffffff1602179055506101208201518160020160186101000a81548163ffffffff021916908363ffffffff16021790555061014082015181600201601c6101000a81548160ff02191690831515021790555090505060015f8581526020019081526020015f205f5f82015f6101000a8154906001600160801b0302191690555f820160106101000a8154906001600160801b030219169055600182015f6101000a8154906001600160801b0302191690556001820160106101000a81549064ffffffffff02191690556001820160156101000a81549064ffffffffff021916905560018201601a6101000a81549063ffffffff021916905560018201601e6101000a81549061ffff0219169055600282015f6101000a8154906001600160a01b0302191690556002820160146101000a81549063ffffffff02191690556002820160186101000a81549063ffffffff021916905560028201601c6101000a81549060ff02191690555050837fb5b975bf930db7852b9f2e749d562c280ef7f6c7a80307fe03cbdcd88dd4646682604051610eb991906141e1565b5f610b5d8261281d565b5f6115226127e6565b5f61152c8661281d565b905061153e60608701604088016143d7565b6001600160a01b031661155760408701602088016143d7565b6001600160a01b03161461159957806040517f0266dfaa00000000000000000000000000000000000000000000000000000000815260040161093991906143f2565b6115a960408701602088016143d7565b6001600160a01b03166115bf60208701876143d7565b6001600160a01b03161461163857806040517f0266dfaa0000000000000000000000000000000000000000000000000000000081526004016109399181526040602082018190526006908201527f706f737465720000000000000000000000000000000000000000000000000000606082015260800190565b6040517f668f263b0000000000000000000000000000000000000000000000000000000081527f0000000000000000000000000000000000000000000000000000000000000000905f906001600160a01b0383169063668f263b906116a1908a9060040161477e565b602060405180830381865afa1580156116bc573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906116e09190614543565b90506116f38389848a6040013585612870565b61170357505f92506117a1915050565b61171288838960400135612c95565b6040517fbb2342d30000000000000000000000000000000000000000000000000000000081526001600160a01b0383169063bb2342d39061175b908a908a908a9060040161478d565b6020604051808303815f875af1158015611777573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061179b9190614543565b93505050505b6117a9612ce4565b949350505050565b5f6117ba6127e6565b5f6117c48561281d565b90506117d3818686865f612870565b6117e0575f915050611819565b6118136117f060208701876143d7565b858561180260608a0160408b016143d7565b6001600160a01b03169291906130cd565b60019150505b611821612ce4565b9392505050565b5f61183282612f24565b5f818152600260208190526040822060018101549394509271010000000000000000000000000000000000900416900361189b576040517fe5352fd000000000000000000000000000000000000000000000000000000000815260048101839052602401610939565b60018101805482546001600160801b031683557fffffffffffffffffffffffffffff00ffffffffffffff0000000000ffffffffff8116710100000000000000000000000000000000009182900460fd169091027fffffffffffffffffffffffffffffffffffffffffffff0000000000ffffffffff1617650100000000004264ffffffffff16908102919091177fffffffffffffffffffffffffffffff00000000000000ffffffffffffffffffff166a01000000000000000000009190910217905560405182907fc906a7a39ad0e8e8c392f773221554827806cfdffe5c79cf1888786f82d3ab92905f90a2505050565b5f5f5f5f8481526020019081526020015f20604051806101600160405290815f82015f9054906101000a90046001600160801b03166001600160801b03166001600160801b031681526020015f820160109054906101000a90046001600160801b03166001600160801b03166001600160801b03168152602001600182015f9054906101000a90046001600160801b03166001600160801b03166001600160801b031681526020016001820160109054906101000a900464ffffffffff1664ffffffffff1664ffffffffff1681526020016001820160159054906101000a900464ffffffffff1664ffffffffff1664ffffffffff16815260200160018201601a9054906101000a900463ffffffff1663ffffffff1663ffffffff16815260200160018201601e9054906101000a900461ffff1661ffff1661ffff168152602001600282015f9054906101000a90046001600160a01b03166001600160a01b03166001600160a01b031681526020016002820160149054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020016002820160189054906101000a900463ffffffff1663ffffffff1663ffffffff16815260200160028201601c9054906101000a900460ff16151515158152505090505f60025f8581526020019081526020015f20604051806101200160405290815f82015f9054906101000a90046001600160801b03166001600160801b03166001600160801b031681526020015f820160109054906101000a90046001600160801b03166001600160801b03166001600160801b03168152602001600182015f9054906101000a900464ffffffffff1664ffffffffff1664ffffffffff1681526020016001820160059054906101000a900464ffffffffff1664ffffffffff1664ffffffffff16815260200160018201600a9054906101000a900464ffffffffff1664ffffffffff1664ffffffffff16815260200160018201600f9054906101000a900461ffff1661ffff1661ffff1681526020016001820160119054906101000a900460ff1660ff1660ff1681526020016001820160129054906101000a900464ffffffffff1664ffffffffff1664ffffffffff1681526020016001820160179054906101000a900464ffffffffff1664ffffffffff1664ffffffffff168152505090508160a0015163ffffffff165f1480611d075750611d018161311c565b60ff1615155b15611d1557505f9392505050565b816060015164ffffffffff16421080611d4e5750608082015164ffffffffff1615801590611d4e5750816080015164ffffffffff164210155b15611d5c57505f9392505050565b5f816040015164ffffffffff16611d7284613180565b64ffffffffff1614611d84575f611d87565b81515b83516001600160801b039182169250168110611da3575f611db9565b8251611db99082906001600160801b03166147ec565b95945050505050565b5f611dcc83612f24565b5f818152602081815260409182902082516101608101845281546001600160801b0380821683527001000000000000000000000000000000009182900481169483019490945260018301549384169482019490945292820464ffffffffff9081166060808601829052750100000000000000000000000000000000000000000085049092166080808701919091527a010000000000000000000000000000000000000000000000000000850463ffffffff90811660a08801527e0100000000000000000000000000000000000000000000000000000000000090950461ffff1660c08701526002909301546001600160a01b03811660e08701527401000000000000000000000000000000000000000081048516610100870152780100000000000000000000000000000000000000000000000081049094166101208601527c010000000000000000000000000000000000000000000000000000000090930460ff16151561014085015293945091929091611f4d9190860190860161481c565b64ffffffffff16141580611f8357508060a0015163ffffffff168360a0016020810190611f7a9190614837565b63ffffffff1614155b15611fbd576040517f1e4fdda500000000000000000000000000000000000000000000000000000000815260048101839052602401610939565b611fd4611fcf368590038501856148d8565b6131ad565b5f828152600260205260409020611feb828561344e565b1580612000575061012082015163ffffffff16155b1561209457600181015477010000000000000000000000000000000000000000000000900464ffffffffff161561203b5761203b8382612e89565b5f838152602081905260409020849061205482826149fd565b905050827fb5b975bf930db7852b9f2e749d562c280ef7f6c7a80307fe03cbdcd88dd46466856040516120879190614e75565b60405180910390a2612155565b5f82610120015163ffffffff16426120ac919061460f565b5f85815260016020526040902090915085906120c882826149fd565b50506001820180547fffffffff0000000000ffffffffffffffffffffffffffffffffffffffffffffff167701000000000000000000000000000000000000000000000064ffffffffff84160217905560405184907f3b318aada3f0de7702ac8c5c266649c901aacd4235fc58543c17fbbd8e70d7c49061214b9088908590614e84565b60405180910390a2505b5050505050565b5f61216682612f24565b5f81815260026020526040812060018082015493945090927101000000000000000000000000000000000090041690036121f25760018101546040517fc6bdde2b000000000000000000000000000000000000000000000000000000008152600481018490527101000000000000000000000000000000000090910460ff166024820152604401610939565b5f8281526020819052604081206002015461222f907801000000000000000000000000000000000000000000000000900463ffffffff164261460f565b60018301549091507201000000000000000000000000000000000000900464ffffffffff16801580159061227057508164ffffffffff168164ffffffffff16105b15612279578091505b6001830180547fffffffffffffffffff0000000000ffffffffffffffffffffffffffffffffffff16720100000000000000000000000000000000000064ffffffffff85169081029190911790915560405190815284907f4678f20771dbc33303ae2318a47d411125a7c5f0fa7591dc4494bb8d845c0be890602001610eb9565b5f6123038561281d565b905061231260208601866143d7565b6001600160a01b0316336001600160a01b031614612365576040517f1c245e2800000000000000000000000000000000000000000000000000000000815260048101829052336024820152604401610939565b5f61237660408701602088016143d7565b6001600160a01b0316036123e6576040517ff622fb0000000000000000000000000000000000000000000000000000000000815260206004820152600560248201527f6167656e740000000000000000000000000000000000000000000000000000006044820152606401610939565b5f6123f760608701604088016143d7565b6001600160a01b031603612437576040517ff622fb0000000000000000000000000000000000000000000000000000000000815260040161093990614ea8565b5f818152602081905260409020600101547a010000000000000000000000000000000000000000000000000000900463ffffffff16156124a6576040517f1f7b59c400000000000000000000000000000000000000000000000000000000815260048101829052602401610939565b5f6124b6368690038601866148d8565b9050806060015164ffffffffff165f036124d85764ffffffffff421660608201525b6124e1816131ad565b5f82815260208181526040918290208351918401516001600160801b03908116700100000000000000000000000000000000908102938216939093178255928401516001820180546060870151608088015160a089015160c08a015161ffff167e01000000000000000000000000000000000000000000000000000000000000027dffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff63ffffffff9283167a010000000000000000000000000000000000000000000000000000027fffff00000000ffffffffffffffffffffffffffffffffffffffffffffffffffff64ffffffffff958616750100000000000000000000000000000000000000000002167fffff000000000000000000ffffffffffffffffffffffffffffffffffffffffff95909616909a027fffffffffffffffffffffff00000000000000000000000000000000000000000090961697909a169690961793909317161794909417949094161790925560e08301516002909201805461010085015161012086015161014087015115157c0100000000000000000000000000000000000000000000000000000000027fffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffff918616780100000000000000000000000000000000000000000000000002919091167fffffff0000000000ffffffffffffffffffffffffffffffffffffffffffffffff9290951674010000000000000000000000000000000000000000027fffffffffffffffff0000000000000000000000000000000000000000000000009093166001600160a01b039096169590951791909117169190911791909117905561275b82858542612fa8565b61276b60408701602088016143d7565b6001600160a01b031661278160208801886143d7565b6001600160a01b0316837fc1186691fdde0525e652ad9d6dd12e531cb410ff794bbcbaf84b993c141f228c6127bc60608b0160408c016143d7565b8a60600135868a8a6040516127d5959493929190614ee4565b60405180910390a450949350505050565b6127ee613609565b61281b60017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90613662565b565b5f7f0000000000000000000000000000000000000000000000000000000000000000308360405160200161285393929190614f27565b604051602081830303815290604052805190602001209050919050565b5f61288160408601602087016143d7565b6001600160a01b0316336001600160a01b0316146128d4576040517f1c245e2800000000000000000000000000000000000000000000000000000000815260048101879052336024820152604401610939565b5f86815260208181526040808320600283529281902081516101208101835281546001600160801b03808216835270010000000000000000000000000000000090910416938101939093526001015464ffffffffff80821692840192909252650100000000008104821660608401526a010000000000000000000081048216608084015261ffff6f0100000000000000000000000000000082041660a084015260ff7101000000000000000000000000000000000082041660c084015272010000000000000000000000000000000000008104821660e0840152770100000000000000000000000000000000000000000000009004166101008201526129dd8883838989613669565b6129ea8883838989613a66565b612a51575050505f858152600260208190526040822060010180547fffffffffffffffffffffffffffff00ffffffffffffffffffffffffffffffffff8116710100000000000000000000000000000000009182900460ff1690931702919091179055611db9565b5f888152600260209081526040918290208351848301516001600160801b0391821670010000000000000000000000000000000092909116919091028117825584840151600190920180546060808801516080808a015160a08b015160c08c015160e08d01516101008e015164ffffffffff9b8c167fffffffffffffffffffffffffffffffffffffffffffff00000000000000000000909916891765010000000000978d1697909702969096177fffffffffffffffffffffffffffffff00000000000000ffffffffffffffffffff166a0100000000000000000000948c16949094027fffffffffffffffffffffffffffffff0000ffffffffffffffffffffffffffffff16939093176f0100000000000000000000000000000061ffff90931692909202919091177fffffffffffffffffff000000000000ffffffffffffffffffffffffffffffffff167101000000000000000000000000000000000060ff909216919091027fffffffffffffffffff0000000000ffffffffffffffffffffffffffffffffffff1617720100000000000000000000000000000000000091891691909102177fffffffff0000000000ffffffffffffffffffffffffffffffffffffffffffffff167701000000000000000000000000000000000000000000000097909216969096021790925585518b815294850152938301529181018690526001600160a01b038816918a917fdc03b5287d00f3a6125df01878e134a79bf4f06afb6b3be41eb7082b6b2024e9910160405180910390a3506001979650505050505050565b5f612ca660608501604086016143d7565b9050612cca612cb860208601866143d7565b6001600160a01b0383169030856130cd565b612cde6001600160a01b0382168484613d01565b50505050565b61281b5f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00612815565b5f612d188261281d565b5f818152602081905260408120600101549192507a01000000000000000000000000000000000000000000000000000090910463ffffffff169003612d8c576040517f1315dbf100000000000000000000000000000000000000000000000000000000815260048101829052602401610939565b919050565b600181015471010000000000000000000000000000000000900460ff81169060041615610de0576040517fc6bdde2b0000000000000000000000000000000000000000000000000000000081526004810184905260ff82166024820152604401610939565b5f612e0082612d0e565b9050612e0f60208301836143d7565b6001600160a01b0316336001600160a01b031614158015612e4957505f818152602081905260409020600201546001600160a01b03163314155b15612d8c576040517f1c245e2800000000000000000000000000000000000000000000000000000000815260048101829052336024820152604401610939565b600180820180547fffffffff0000000000ffffffffffffffffffffffffffffffffffffffffffffff1690555f83815260208290526040808220828155928301829055600290920180547fffffff00000000000000000000000000000000000000000000000000000000001690559051339184917f7a085c57876bc87bfd5039351f8ef885bd8e9d85c94c003685be4a64c308753f9190a35050565b5f612f2e82612d0e565b9050612f3d60208301836143d7565b6001600160a01b0316336001600160a01b031614612f90576040517f1c245e2800000000000000000000000000000000000000000000000000000000815260048101829052336024820152604401610939565b5f818152600260205260409020612d8c908290612d91565b5f848152600360205260408120905b838110156130c5575f858583818110612fd257612fd261455a565b9050602002016020810190612fe791906143d7565b90506001600160a01b038116158061300757506001600160a01b03811630145b15613050576040517fb6540697000000000000000000000000000000000000000000000000000000008152600481018890526001600160a01b0382166024820152604401610939565b6001600160a01b0381165f908152602084905260409020805464ffffffffff1615806130865750805464ffffffffff8087169116115b156130bb5780547fffffffffffffffffffffffffffffffffffffffffffffffffffffff00000000001664ffffffffff86161781555b5050600101612fb7565b505050505050565b6130db848484846001613dad565b612cde576040517f5274afe70000000000000000000000000000000000000000000000000000000081526001600160a01b0385166004820152602401610939565b60c0810151600181161580159061313d575060e082015164ffffffffff1615155b801561315457508160e0015164ffffffffff164210155b15612d8c577ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe16919050565b5f8160a0015163ffffffff16826060015164ffffffffff16426131a391906147ec565b610b5d9190614fce565b80516001600160801b03165f03613220576040517ff622fb0000000000000000000000000000000000000000000000000000000000815260206004820152600660248201527f62756467657400000000000000000000000000000000000000000000000000006044820152606401610939565b8060a0015163ffffffff165f03613293576040517ff622fb0000000000000000000000000000000000000000000000000000000000815260206004820152600660248201527f706572696f6400000000000000000000000000000000000000000000000000006044820152606401610939565b805f01516001600160801b031681602001516001600160801b03161115613316576040517ff622fb0000000000000000000000000000000000000000000000000000000000815260206004820152600a60248201527f6d61785061796d656e74000000000000000000000000000000000000000000006044820152606401610939565b608081015164ffffffffff16158015906133465750806060015164ffffffffff16816080015164ffffffffff1611155b156133ad576040517ff622fb0000000000000000000000000000000000000000000000000000000000815260206004820152600360248201527f656e6400000000000000000000000000000000000000000000000000000000006044820152606401610939565b60408101516001600160801b03161515806133cf575060c081015161ffff1615155b80156133e4575061010081015163ffffffff16155b1561344b576040517ff622fb0000000000000000000000000000000000000000000000000000000000815260206004820152600d60248201527f627265616b657257696e646f77000000000000000000000000000000000000006044820152606401610939565b50565b81515f906001600160801b03166134686020840184614fe1565b6001600160801b031611806134aa57506134aa83602001516001600160801b031683602001602081019061349c9190614fe1565b6001600160801b0316613e33565b806134d457506134d483604001516001600160801b031683604001602081019061349c9190614fe1565b806135085750613508836080015164ffffffffff168360800160208101906134fc919061481c565b64ffffffffff16613e33565b8061353657506135368360c0015161ffff168360c001602081019061352d9190614ffc565b61ffff16613e33565b80613564575082610100015163ffffffff168261010001602081019061355c9190614837565b63ffffffff16105b80613592575082610120015163ffffffff168261012001602081019061358a9190614837565b63ffffffff16105b806135b9575082610140015180156135b957506135b761016083016101408401615017565b155b80611821575060e08301516001600160a01b03161580159061182157508260e001516001600160a01b03168260e00160208101906135f791906143d7565b6001600160a01b031614159392505050565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c1561281b576040517f3ee5aeb500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b80825d5050565b60018401547a010000000000000000000000000000000000000000000000000000900463ffffffff165f8190036136cf576040517f1315dbf100000000000000000000000000000000000000000000000000000000815260048101879052602401610939565b5f6136d98561311c565b905060ff811615613722576040517fc6bdde2b0000000000000000000000000000000000000000000000000000000081526004810188905260ff82166024820152604401610939565b60c08501805160fe1690525f60e0860152600186015464ffffffffff7001000000000000000000000000000000008204811691750100000000000000000000000000000000000000000090041642821180613795575064ffffffffff81161580159061379557508064ffffffffff164210155b156137ea576040517fff62800c000000000000000000000000000000000000000000000000000000008152600481018a905264ffffffffff808416602483015282166044820152426064820152608401610939565b50865470010000000000000000000000000000000090046001600160801b03168415806138205750801580159061382057508085115b15613868576040517f2d3c9f7b000000000000000000000000000000000000000000000000000000008152600481018a90526024810186905260448101829052606401610939565b506001600160a01b038516158061388757506001600160a01b03851630145b156138d0576040517fb6540697000000000000000000000000000000000000000000000000000000008152600481018990526001600160a01b0386166024820152604401610939565b60028701547c0100000000000000000000000000000000000000000000000000000000900460ff1615613984575f8881526003602090815260408083206001600160a01b038916845290915290205464ffffffffff1680158061393957508064ffffffffff1642105b15613982576040517f2f93ac87000000000000000000000000000000000000000000000000000000008152600481018a90526001600160a01b0387166024820152604401610939565b505b5f8361399764ffffffffff8416426147ec565b6139a19190614fce565b9050866040015164ffffffffff168164ffffffffff16146139cd5764ffffffffff811660408801525f87525b875487516001600160801b0391821691165f8282106139ec575f6139f6565b6139f682846147ec565b905080881115613a43576040517fccb6eb58000000000000000000000000000000000000000000000000000000008152600481018d90526024810189905260448101829052606401610939565b613a4d8883615032565b6001600160801b03169099525050505050505050505050565b60018401545f906001600160801b038116907e01000000000000000000000000000000000000000000000000000000000000900461ffff1681158015613aaa575080155b15613aba57600192505050611db9565b600287015474010000000000000000000000000000000000000000900463ffffffff168215613be2575f876060015164ffffffffff1642613afb91906147ec565b613b059085615045565b90505f613b128383614fce565b60208a01519091506001600160801b03164282821115613b5e57613b3683836147ec565b915086613b43868661505c565b613b4d9190614fce565b613b5790826147ec565b9050613b62565b5f91505b613b6c8983615032565b915086821115613bc3578c7f73e090ca45690af405c980c080f91a7c5ecba2b87f6205bf4cea15eb39bafa155f8c8c86604051613bac949392919061506f565b60405180910390a25f975050505050505050611db9565b6001600160801b0390911660208b015264ffffffffff1660608a015250505b8115613cf2575f8981526003602090815260408083206001600160a01b038a1684529091529020805465010000000000900460ff16613cf05781886080015164ffffffffff16613c329190615032565b4210613c4c5764ffffffffff421660808901525f60a08901525b5f8860a0015161ffff166001613c629190615032565b905083811115613cb8578a7f73e090ca45690af405c980c080f91a7c5ecba2b87f6205bf4cea15eb39bafa1560018a8a85604051613ca3949392919061506f565b60405180910390a25f95505050505050611db9565b61ffff1660a089015280547fffffffffffffffffffffffffffffffffffffffffffffffffffff00ffffffffff16650100000000001781555b505b50600198975050505050505050565b613d0d8383835f613e4b565b610de057613d1e83835f6001613e4b565b613d5f576040517f5274afe70000000000000000000000000000000000000000000000000000000081526001600160a01b0384166004820152602401610939565b613d6c8383836001613e4b565b610de0576040517f5274afe70000000000000000000000000000000000000000000000000000000081526001600160a01b0384166004820152602401610939565b6040517f23b872dd000000000000000000000000000000000000000000000000000000005f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f51148316613e22578383151615613e16573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b5f821580159061182157508115806118215750501190565b6040517f095ea7b3000000000000000000000000000000000000000000000000000000005f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316613eba578383151615613eae573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b5f60808284031215613ed6575f5ffd5b50919050565b5f5f8284036101c0811215613eef575f5ffd5b613ef98585613ec6565b92506101407fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8082011215613f2b575f5ffd5b506080830190509250929050565b5f60208284031215613f49575f5ffd5b5035919050565b5f610120820190506001600160801b0383511682526001600160801b0360208401511660208301526040830151613f90604084018264ffffffffff169052565b506060830151613fa9606084018264ffffffffff169052565b506080830151613fc2608084018264ffffffffff169052565b5060a0830151613fd860a084018261ffff169052565b5060c0830151613fed60c084018260ff169052565b5060e083015161400660e084018264ffffffffff169052565b5061010083015161402161010084018264ffffffffff169052565b5092915050565b5f60808284031215614038575f5ffd5b6118218383613ec6565b5f5f83601f840112614052575f5ffd5b50813567ffffffffffffffff811115614069575f5ffd5b6020830191508360208260051b8501011115614083575f5ffd5b9250929050565b5f5f5f60a0848603121561409c575f5ffd5b6140a68585613ec6565b9250608084013567ffffffffffffffff8111156140c1575f5ffd5b6140cd86828701614042565b9497909650939450505050565b80516001600160801b03168252602081015161410160208401826001600160801b03169052565b50604081015161411c60408401826001600160801b03169052565b506060810151614135606084018264ffffffffff169052565b50608081015161414e608084018264ffffffffff169052565b5060a081015161416660a084018263ffffffff169052565b5060c081015161417c60c084018261ffff169052565b5060e081015161419760e08401826001600160a01b03169052565b506101008101516141b161010084018263ffffffff169052565b506101208101516141cb61012084018263ffffffff169052565b50610140810151610de061014084018215159052565b6101608101610b5d82846140da565b5f5f5f5f848603610260811215614205575f5ffd5b61420f8787613ec6565b94506101c07fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8082011215614241575f5ffd5b5060808501925061024085013567ffffffffffffffff811115614262575f5ffd5b8501601f81018713614272575f5ffd5b803567ffffffffffffffff811115614288575f5ffd5b876020828401011115614299575f5ffd5b949793965060200194505050565b6001600160a01b038116811461344b575f5ffd5b8035612d8c816142a7565b5f5f5f60c084860312156142d8575f5ffd5b6142e28585613ec6565b925060808401356142f2816142a7565b9295929450505060a0919091013590565b5f5f60408385031215614314575f5ffd5b823591506020830135614326816142a7565b809150509250929050565b5f6101608284031215613ed6575f5ffd5b5f5f6101e08385031215614354575f5ffd5b61435e8484613ec6565b915061436d8460808501614331565b90509250929050565b5f5f5f5f610200858703121561438a575f5ffd5b6143948686613ec6565b93506143a38660808701614331565b92506101e085013567ffffffffffffffff8111156143bf575f5ffd5b6143cb87828801614042565b95989497509550505050565b5f602082840312156143e7575f5ffd5b8135611821816142a7565b818152604060208201525f61182160408301600581527f746f6b656e000000000000000000000000000000000000000000000000000000602082015260400190565b803567ffffffffffffffff81168114612d8c575f5ffd5b61ffff8116811461344b575f5ffd5b8035612d8c8161444b565b610140810161448482614477856142bb565b6001600160a01b03169052565b614490602084016142bb565b6001600160a01b031660208301526144aa604084016142bb565b6001600160a01b03166040830152606083810135908301526144ce60808401614434565b67ffffffffffffffff1660808301526144e960a084016142bb565b6001600160a01b031660a083015261450360c0840161445a565b61ffff1660c083015260e0838101359083015261452361010084016142bb565b6001600160a01b0381166101008401525061012092830135919092015290565b5f60208284031215614553575f5ffd5b5051919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b8183526020830192505f815f5b848110156145c55781356145a7816142a7565b6001600160a01b031686526020958601959190910190600101614594565b5093949350505050565b602081525f6117a9602083018486614587565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b64ffffffffff8181168382160190811115610b5d57610b5d6145e2565b604081525f61463f604083018587614587565b905064ffffffffff83166020830152949350505050565b63ffffffff8116811461344b575f5ffd5b8035612d8c81614656565b61467f82614477836142bb565b61468b602082016142bb565b6001600160a01b0316602083015260408181013590830152606080820135908301526146b960808201614434565b67ffffffffffffffff1660808301526146d460a08201614667565b63ffffffff1660a08301526146eb60c08201614667565b63ffffffff1660c083015261470260e08201614667565b63ffffffff1660e083015261471a61010082016142bb565b6001600160a01b0316610100830152614736610120820161445a565b61ffff16610120830152610140818101359083015261475861016082016142bb565b6001600160a01b031661016083015261018081810135908301526101a090810135910152565b6101c08101610b5d8284614672565b6147978185614672565b6101e06101c0820152816101e082015281836102008301375f81830161020090810191909152601f9092017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe016010192915050565b81810381811115610b5d57610b5d6145e2565b64ffffffffff8116811461344b575f5ffd5b8035612d8c816147ff565b5f6020828403121561482c575f5ffd5b8135611821816147ff565b5f60208284031215614847575f5ffd5b813561182181614656565b604051610160810167ffffffffffffffff8111828210171561489b577f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b60405290565b6001600160801b038116811461344b575f5ffd5b8035612d8c816148a1565b801515811461344b575f5ffd5b8035612d8c816148c0565b5f6101608284031280156148ea575f5ffd5b506148f3614852565b6148fc836148b5565b815261490a602084016148b5565b602082015261491b604084016148b5565b604082015261492c60608401614811565b606082015261493d60808401614811565b608082015261494e60a08401614667565b60a082015261495f60c0840161445a565b60c082015261497060e084016142bb565b60e08201526149826101008401614667565b6101008201526149956101208401614667565b6101208201526149a861014084016148cd565b6101408201529392505050565b5f8135610b5d816148a1565b5f8135610b5d816147ff565b5f8135610b5d81614656565b5f8135610b5d8161444b565b5f8135610b5d816142a7565b5f8135610b5d816148c0565b614a3e614a09836149b5565b82547fffffffffffffffffffffffffffffffff00000000000000000000000000000000166001600160801b0391909116178255565b614a85614a4d602084016149b5565b82546001600160801b031660809190911b7fffffffffffffffffffffffffffffffff0000000000000000000000000000000016178255565b60018101614a98614a09604085016149b5565b614aed614aa7606085016149c1565b82547fffffffffffffffffffffff0000000000ffffffffffffffffffffffffffffffff1660809190911b74ffffffffff0000000000000000000000000000000016178255565b614b47614afc608085016149c1565b82547fffffffffffff0000000000ffffffffffffffffffffffffffffffffffffffffff1660a89190911b79ffffffffff00000000000000000000000000000000000000000016178255565b614ba5614b5660a085016149cd565b82547fffff00000000ffffffffffffffffffffffffffffffffffffffffffffffffffff1660d09190911b7dffffffff000000000000000000000000000000000000000000000000000016178255565b614c03614bb460c085016149d9565b82547dffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff1660f09190911b7fffff00000000000000000000000000000000000000000000000000000000000016178255565b5060028101614c4c614c1760e085016149e5565b82547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b0391909116178255565b614ca5614c5c61010085016149cd565b82547fffffffffffffffff00000000ffffffffffffffffffffffffffffffffffffffff1660a09190911b77ffffffff000000000000000000000000000000000000000016178255565b614d02614cb561012085016149cd565b82547fffffffff00000000ffffffffffffffffffffffffffffffffffffffffffffffff1660c09190911b7bffffffff00000000000000000000000000000000000000000000000016178255565b610de0614d1261014085016149f1565b8280547fffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffff1691151560e01b7cff0000000000000000000000000000000000000000000000000000000016919091179055565b614d7e82614d71836148b5565b6001600160801b03169052565b614d8a602082016148b5565b6001600160801b03166020830152614da4604082016148b5565b6001600160801b03166040830152614dbe60608201614811565b64ffffffffff166060830152614dd660808201614811565b64ffffffffff166080830152614dee60a08201614667565b63ffffffff1660a0830152614e0560c0820161445a565b61ffff1660c0830152614e1a60e082016142bb565b6001600160a01b031660e0830152614e356101008201614667565b63ffffffff16610100830152614e4e6101208201614667565b63ffffffff16610120830152614e6761014082016148cd565b801515610140840152505050565b6101608101610b5d8284614d64565b6101808101614e938285614d64565b64ffffffffff83166101608301529392505050565b602081525f610b5d60208301600581527f746f6b656e000000000000000000000000000000000000000000000000000000602082015260400190565b6001600160a01b0386168152846020820152614f0360408201856140da565b6101c06101a08201525f614f1c6101c083018486614587565b979650505050505050565b8381526001600160a01b038316602082015260c081018235614f48816142a7565b6001600160a01b031660408301526020830135614f64816142a7565b6001600160a01b031660608301526040830135614f80816142a7565b6001600160a01b031660808301526060929092013560a09091015292915050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b5f82614fdc57614fdc614fa1565b500490565b5f60208284031215614ff1575f5ffd5b8135611821816148a1565b5f6020828403121561500c575f5ffd5b81356118218161444b565b5f60208284031215615027575f5ffd5b8135611821816148c0565b80820180821115610b5d57610b5d6145e2565b8082028115828204841417610b5d57610b5d6145e2565b5f8261506a5761506a614fa1565b500690565b60808101600286106150a8577f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b9481526001600160a01b0393909316602084015260408301919091526060909101529056
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static DEPLOYED_BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"`\x80`@R4\x80\x15a\0\x0FW__\xFD[P`\x046\x10a\x01\x8FW_5`\xE0\x1C\x80c\x91\xD6C\x12\x11a\0\xDDW\x80c\xBC\x1E\xD7L\x11a\0\x88W\x80c\xEC\xAEaz\x11a\0cW\x80c\xEC\xAEaz\x14a\x08\x8BW\x80c\xF8\x84\xB9\xD2\x14a\x08\x9EW\x80c\xFB[\xCF\"\x14a\x08\xA6W__\xFD[\x80c\xBC\x1E\xD7L\x14a\x08>W\x80c\xE1,U6\x14a\x08QW\x80c\xE2\xFD\xCC\x17\x14a\x08dW__\xFD[\x80c\xA3\xF6\x85\xF9\x11a\0\xB8W\x80c\xA3\xF6\x85\xF9\x14a\x06\x10W\x80c\xA5\xDB\xCD\xED\x14a\x07\xD9W\x80c\xAE\xBD\x88\x8B\x14a\x08+W__\xFD[\x80c\x91\xD6C\x12\x14a\x05\xC7W\x80c\x92\x03\xAA+\x14a\x05\xDAW\x80c\xA1]6F\x14a\x05\xEDW__\xFD[\x80cB\x9F\xE1p\x11a\x01=W\x80c\x81\xD8#\xB9\x11a\x01\x18W\x80c\x81\xD8#\xB9\x14a\x05\x99W\x80c\x8B*\xB2\x13\x14a\x05\xA1W\x80c\x8E\x02\xC4\xC6\x14a\x05\xB4W__\xFD[\x80cB\x9F\xE1p\x14a\x03\x9AW\x80cJ\x9D\xED\x92\x14a\x03\xADW\x80cZW\x95p\x14a\x03\xC0W__\xFD[\x80c\"f\xAA\x16\x11a\x01mW\x80c\"f\xAA\x16\x14a\x03.W\x80c'\xA5\xE1\x08\x14a\x03AW\x80c7\x12\xA4\xB7\x14a\x03[W__\xFD[\x80c\x04\xDA\x7F\x97\x14a\x01\x93W\x80c\td\x8A\x9D\x14a\x01\xB9W\x80c\x14\xDF\xD8\x9E\x14a\x03\x19W[__\xFD[a\x01\xA6a\x01\xA16`\x04a>\xDCV[a\x08\xB9V[`@Q\x90\x81R` \x01[`@Q\x80\x91\x03\x90\xF3[a\x03\x0Ca\x01\xC76`\x04a?9V[`@\x80Qa\x01 \x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x82\x90R`\x80\x81\x01\x82\x90R`\xA0\x81\x01\x82\x90R`\xC0\x81\x01\x82\x90R`\xE0\x81\x01\x82\x90Ra\x01\0\x81\x01\x91\x90\x91RP_\x90\x81R`\x02` \x90\x81R`@\x91\x82\x90 \x82Qa\x01 \x81\x01\x84R\x81T`\x01`\x01`\x80\x1B\x03\x80\x82\x16\x83Rp\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x04\x16\x92\x81\x01\x92\x90\x92R`\x01\x01Td\xFF\xFF\xFF\xFF\xFF\x80\x82\x16\x93\x83\x01\x93\x90\x93Re\x01\0\0\0\0\0\x81\x04\x83\x16``\x83\x01Rj\x01\0\0\0\0\0\0\0\0\0\0\x81\x04\x83\x16`\x80\x83\x01Ra\xFF\xFFo\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x04\x16`\xA0\x83\x01R`\xFFq\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x04\x16`\xC0\x83\x01Rr\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x04\x83\x16`\xE0\x83\x01Rw\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04\x90\x91\x16a\x01\0\x82\x01R\x90V[`@Qa\x01\xB0\x91\x90a?PV[a\x03,a\x03'6`\x04a@(V[a\x0BcV[\0[a\x03,a\x03<6`\x04a@(V[a\x0C\x92V[a\x03I`\x01\x81V[`@Q`\xFF\x90\x91\x16\x81R` \x01a\x01\xB0V[a\x03\x82\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[`@Q`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x81R` \x01a\x01\xB0V[a\x03,a\x03\xA86`\x04a@(V[a\rMV[a\x03,a\x03\xBB6`\x04a@\x8AV[a\r\xE5V[a\x05\x8Ca\x03\xCE6`\x04a?9V[`@\x80Qa\x01`\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x82\x90R`\x80\x81\x01\x82\x90R`\xA0\x81\x01\x82\x90R`\xC0\x81\x01\x82\x90R`\xE0\x81\x01\x82\x90Ra\x01\0\x81\x01\x82\x90Ra\x01 \x81\x01\x82\x90Ra\x01@\x81\x01\x91\x90\x91RP_\x90\x81R`\x01` \x81\x81R`@\x92\x83\x90 \x83Qa\x01`\x81\x01\x85R\x81T`\x01`\x01`\x80\x1B\x03\x80\x82\x16\x83Rp\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x91\x82\x90\x04\x81\x16\x94\x83\x01\x94\x90\x94R\x93\x82\x01T\x92\x83\x16\x94\x81\x01\x94\x90\x94R\x91\x81\x04d\xFF\xFF\xFF\xFF\xFF\x90\x81\x16``\x85\x01Ru\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x04\x16`\x80\x84\x01Rz\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x04c\xFF\xFF\xFF\xFF\x90\x81\x16`\xA0\x85\x01R~\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x04a\xFF\xFF\x16`\xC0\x84\x01R`\x02\x90\x91\x01T`\x01`\x01`\xA0\x1B\x03\x81\x16`\xE0\x84\x01Rt\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x04\x82\x16a\x01\0\x84\x01Rx\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x04\x90\x91\x16a\x01 \x83\x01R|\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04`\xFF\x16\x15\x15a\x01@\x82\x01R\x90V[`@Qa\x01\xB0\x91\x90aA\xE1V[a\x03I`\x04\x81V[a\x03,a\x05\xAF6`\x04a@\x8AV[a\x0E\xC8V[a\x03,a\x05\xC26`\x04a@(V[a\x0FUV[a\x01\xA6a\x05\xD56`\x04a@(V[a\x15\x0FV[a\x01\xA6a\x05\xE86`\x04aA\xF0V[a\x15\x19V[a\x06\0a\x05\xFB6`\x04aB\xC6V[a\x17\xB1V[`@Q\x90\x15\x15\x81R` \x01a\x01\xB0V[a\x05\x8Ca\x06\x1E6`\x04a?9V[`@\x80Qa\x01`\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x82\x90R`\x80\x81\x01\x82\x90R`\xA0\x81\x01\x82\x90R`\xC0\x81\x01\x82\x90R`\xE0\x81\x01\x82\x90Ra\x01\0\x81\x01\x82\x90Ra\x01 \x81\x01\x82\x90Ra\x01@\x81\x01\x91\x90\x91RP_\x90\x81R` \x81\x81R`@\x91\x82\x90 \x82Qa\x01`\x81\x01\x84R\x81T`\x01`\x01`\x80\x1B\x03\x80\x82\x16\x83Rp\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x91\x82\x90\x04\x81\x16\x94\x83\x01\x94\x90\x94R`\x01\x83\x01T\x93\x84\x16\x94\x82\x01\x94\x90\x94R\x92\x82\x04d\xFF\xFF\xFF\xFF\xFF\x90\x81\x16``\x85\x01Ru\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83\x04\x16`\x80\x84\x01Rz\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x04c\xFF\xFF\xFF\xFF\x90\x81\x16`\xA0\x85\x01R~\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x92\x04a\xFF\xFF\x16`\xC0\x84\x01R`\x02\x01T`\x01`\x01`\xA0\x1B\x03\x81\x16`\xE0\x84\x01Rt\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x04\x82\x16a\x01\0\x84\x01Rx\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x04\x90\x91\x16a\x01 \x83\x01R|\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04`\xFF\x16\x15\x15a\x01@\x82\x01R\x90V[a\x08\x15a\x07\xE76`\x04aC\x03V[_\x91\x82R`\x03` \x90\x81R`@\x80\x84 `\x01`\x01`\xA0\x1B\x03\x93\x90\x93\x16\x84R\x91\x90R\x90 Td\xFF\xFF\xFF\xFF\xFF\x16\x90V[`@Qd\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x01\xB0V[a\x03,a\x0896`\x04a@(V[a\x18(V[a\x01\xA6a\x08L6`\x04a?9V[a\x19\x8BV[a\x03,a\x08_6`\x04aCBV[a\x1D\xC2V[a\x03\x82\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[a\x03,a\x08\x996`\x04a@(V[a!\\V[a\x03I`\x02\x81V[a\x01\xA6a\x08\xB46`\x04aCvV[a\"\xF9V[_a\x08\xC2a'\xE6V[_a\x08\xCC\x84a(\x1DV[\x90Pa\x08\xDE``\x85\x01`@\x86\x01aC\xD7V[`\x01`\x01`\xA0\x1B\x03\x16a\x08\xF7``\x85\x01`@\x86\x01aC\xD7V[`\x01`\x01`\xA0\x1B\x03\x16\x14a\tBW\x80`@Q\x7F\x02f\xDF\xAA\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01a\t9\x91\x90aC\xF2V[`@Q\x80\x91\x03\x90\xFD[a\tR`@\x85\x01` \x86\x01aC\xD7V[`\x01`\x01`\xA0\x1B\x03\x16a\th` \x85\x01\x85aC\xD7V[`\x01`\x01`\xA0\x1B\x03\x16\x14a\t\xE1W\x80`@Q\x7F\x02f\xDF\xAA\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01a\t9\x91\x81R`@` \x82\x01\x81\x90R`\x05\x90\x82\x01R\x7Fpayer\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0``\x82\x01R`\x80\x01\x90V[`@Q\x7F\x9A\xBA\"1\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90_\x90`\x01`\x01`\xA0\x1B\x03\x83\x16\x90c\x9A\xBA\"1\x90a\nJ\x90\x88\x90`\x04\x01aDeV[` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\neW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\n\x89\x91\x90aECV[\x90Pa\n\xAB\x83\x87a\n\xA0`@\x89\x01` \x8A\x01aC\xD7V[\x88``\x015\x85a(pV[a\n\xBBWP_\x92Pa\x0BU\x91PPV[a\n\xCA\x86\x83\x87``\x015a,\x95V[`@Q\x7F\xC7\xCEe\xCC\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x83\x16\x90c\xC7\xCEe\xCC\x90a\x0B\x0F\x90\x88\x90`\x04\x01aDeV[` `@Q\x80\x83\x03\x81_\x87Z\xF1\x15\x80\x15a\x0B+W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x0BO\x91\x90aECV[\x93PPPP[a\x0B]a,\xE4V[\x92\x91PPV[_a\x0Bm\x82a-\x0EV[\x90Pa\x0B|` \x83\x01\x83aC\xD7V[`\x01`\x01`\xA0\x1B\x03\x163`\x01`\x01`\xA0\x1B\x03\x16\x14\x15\x80\x15a\x0B\xBEWPa\x0B\xA8`@\x83\x01` \x84\x01aC\xD7V[`\x01`\x01`\xA0\x1B\x03\x163`\x01`\x01`\xA0\x1B\x03\x16\x14\x15[\x15a\x0B\xFEW`@Q\x7F\x1C$^(\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x82\x90R3`$\x82\x01R`D\x01a\t9V[_\x81\x81R`\x02` R`@\x90 a\x0C\x15\x82\x82a-\x91V[`\x01\x81\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16`\x04q\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x92\x83\x90\x04`\xFF\x16\x17\x90\x91\x02\x17\x90U`@Q3\x90\x83\x90\x7F[\xC2\xBA\xF8p\xC5\xBA\xF1\x89\x83\x8B^\x0B\x0E;\x04\xA3&>-\xF5\xD3\x05\xD1\xC1_>`\"\xF5\xDCE\x90_\x90\xA3PPPV[_a\x0C\x9C\x82a-\xF6V[_\x81\x81R`\x02` R`@\x80\x82 `\x01\x80\x82\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16q\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x91\x82\x90\x04`\xFF\x16\x90\x93\x17\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x91\x90\x91\x17\x90U\x90Q\x92\x93P\x913\x91\x84\x91\x7F7D\xE7\\\x88\n\xD0(\xC8\x16\x82l\x1D(eK\x9A\xC6ej\x7F\xD9\x18\xD5\x05{\x18n\x14Yr\x84\x91\x90\xA3PPPV[_a\rW\x82a-\xF6V[_\x81\x81R`\x02` R`@\x81 `\x01\x81\x01T\x92\x93P\x91w\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04d\xFF\xFF\xFF\xFF\xFF\x16\x90\x03a\r\xD6W`@Q\x7Fd3\x8Db\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R_`$\x82\x01RB`D\x82\x01R`d\x01a\t9V[a\r\xE0\x82\x82a.\x89V[PPPV[_a\r\xEF\x84a-\xF6V[_\x81\x81R`\x03` R`@\x81 \x91\x92P[\x83\x81\x10\x15a\x0E\x86W_\x82_\x87\x87\x85\x81\x81\x10a\x0E\x1DWa\x0E\x1DaEZV[\x90P` \x02\x01` \x81\x01\x90a\x0E2\x91\x90aC\xD7V[`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x81\x01\x91\x90\x91R`@\x01_ \x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\x16d\xFF\xFF\xFF\xFF\xFF\x92\x90\x92\x16\x91\x90\x91\x17\x90U`\x01\x01a\x0E\0V[P\x81\x7F\xF4D\x12g\xBE\xE9\x80\x03\xDF\xB2\x99\x0E\xFF\x9C\x9A\x93\r`\xCD\xB1\x1ER\x0E\xE7K\xDEXT+\x938)\x85\x85`@Qa\x0E\xB9\x92\x91\x90aE\xCFV[`@Q\x80\x91\x03\x90\xA2PPPPPV[_a\x0E\xD2\x84a/$V[_\x81\x81R` \x81\x90R`@\x81 `\x02\x01T\x91\x92P\x90a\x0F\x13\x90x\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04c\xFF\xFF\xFF\xFF\x16BaF\x0FV[\x90Pa\x0F!\x82\x85\x85\x84a/\xA8V[\x81\x7FE\xB2\xAF\x96\xB2X\tN|\xA9IE\xC2=\xBE\xC5\x065\x055u\x13\x89\xCC\xCA\xC6[\x96\xCCSZ\xD7\x85\x85\x84`@Qa\x0E\xB9\x93\x92\x91\x90aF,V[_a\x0F_\x82a-\x0EV[_\x81\x81R`\x02` R`@\x90 \x90\x91Pa\x0Fy\x82\x82a-\x91V[`\x01\x81\x01Tw\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04d\xFF\xFF\xFF\xFF\xFF\x16\x80\x15\x80a\x0F\xB3WP\x80d\xFF\xFF\xFF\xFF\xFF\x16B\x10[\x15a\x10\0W`@Q\x7Fd3\x8Db\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90Rd\xFF\xFF\xFF\xFF\xFF\x82\x16`$\x82\x01RB`D\x82\x01R`d\x01a\t9V[_\x82`\x01\x01`\x17a\x01\0\n\x81T\x81d\xFF\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83d\xFF\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP_`\x01_\x85\x81R` \x01\x90\x81R` \x01_ `@Q\x80a\x01`\x01`@R\x90\x81_\x82\x01_\x90T\x90a\x01\0\n\x90\x04`\x01`\x01`\x80\x1B\x03\x16`\x01`\x01`\x80\x1B\x03\x16`\x01`\x01`\x80\x1B\x03\x16\x81R` \x01_\x82\x01`\x10\x90T\x90a\x01\0\n\x90\x04`\x01`\x01`\x80\x1B\x03\x16`\x01`\x01`\x80\x1B\x03\x16`\x01`\x01`\x80\x1B\x03\x16\x81R` \x01`\x01\x82\x01_\x90T\x90a\x01\0\n\x90\x04`\x01`\x01`\x80\x1B\x03\x16`\x01`\x01`\x80\x1B\x03\x16`\x01`\x01`\x80\x1B\x03\x16\x81R` \x01`\x01\x82\x01`\x10\x90T\x90a\x01\0\n\x90\x04d\xFF\xFF\xFF\xFF\xFF\x16d\xFF\xFF\xFF\xFF\xFF\x16d\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x15\x90T\x90a\x01\0\n\x90\x04d\xFF\xFF\xFF\xFF\xFF\x16d\xFF\xFF\xFF\xFF\xFF\x16d\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x1A\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x1E\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x02\x82\x01_\x90T\x90a\x01\0\n\x90\x04`\x01`\x01`\xA0\x1B\x03\x16`\x01`\x01`\xA0\x1B\x03\x16`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x01`\x02\x82\x01`\x14\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x02\x82\x01`\x18\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x02\x82\x01`\x1C\x90T\x90a\x01\0\n\x90\x04`\xFF\x16\x15\x15\x15\x15\x81RPP\x90P\x80__\x86\x81R` \x01\x90\x81R` \x01_ _\x82\x01Q\x81_\x01_a\x01\0\n\x81T\x81`\x01`\x01`\x80\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01`\x80\x1B\x03\x16\x02\x17\x90UP` \x82\x01Q\x81_\x01`\x10a\x01\0\n\x81T\x81`\x01`\x01`\x80\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01`\x80\x1B\x03\x16\x02\x17\x90UP`@\x82\x01Q\x81`\x01\x01_a\x01\0\n\x81T\x81`\x01`\x01`\x80\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01`\x80\x1B\x03\x16\x02\x17\x90UP``\x82\x01Q\x81`\x01\x01`\x10a\x01\0\n\x81T\x81d\xFF\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83d\xFF\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP`\x80\x82\x01Q\x81`\x01\x01`\x15a\x01\0\n\x81T\x81d\xFF\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83d\xFF\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP`\xA0\x82\x01Q\x81`\x01\x01`\x1Aa\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP`\xC0\x82\x01Q\x81`\x01\x01`\x1Ea\x01\0\n\x81T\x81a\xFF\xFF\x02\x19\x16\x90\x83a\xFF\xFF\x16\x02\x17\x90UP`\xE0\x82\x01Q\x81`\x02\x01_a\x01\0\n\x81T\x81`\x01`\x01`\xA0\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01`\xA0\x1B\x03\x16\x02\x17\x90UPa\x01\0\x82\x01Q\x81`\x02\x01`\x14a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UPa\x01 \x82\x01Q\x81`\x02\x01`\x18a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UPa\x01@\x82\x01Q\x81`\x02\x01`\x1Ca\x01\0\n\x81T\x81`\xFF\x02\x19\x16\x90\x83\x15\x15\x02\x17\x90UP\x90PP`\x01_\x85\x81R` \x01\x90\x81R` \x01_ __\x82\x01_a\x01\0\n\x81T\x90`\x01`\x01`\x80\x1B\x03\x02\x19\x16\x90U_\x82\x01`\x10a\x01\0\n\x81T\x90`\x01`\x01`\x80\x1B\x03\x02\x19\x16\x90U`\x01\x82\x01_a\x01\0\n\x81T\x90`\x01`\x01`\x80\x1B\x03\x02\x19\x16\x90U`\x01\x82\x01`\x10a\x01\0\n\x81T\x90d\xFF\xFF\xFF\xFF\xFF\x02\x19\x16\x90U`\x01\x82\x01`\x15a\x01\0\n\x81T\x90d\xFF\xFF\xFF\xFF\xFF\x02\x19\x16\x90U`\x01\x82\x01`\x1Aa\x01\0\n\x81T\x90c\xFF\xFF\xFF\xFF\x02\x19\x16\x90U`\x01\x82\x01`\x1Ea\x01\0\n\x81T\x90a\xFF\xFF\x02\x19\x16\x90U`\x02\x82\x01_a\x01\0\n\x81T\x90`\x01`\x01`\xA0\x1B\x03\x02\x19\x16\x90U`\x02\x82\x01`\x14a\x01\0\n\x81T\x90c\xFF\xFF\xFF\xFF\x02\x19\x16\x90U`\x02\x82\x01`\x18a\x01\0\n\x81T\x90c\xFF\xFF\xFF\xFF\x02\x19\x16\x90U`\x02\x82\x01`\x1Ca\x01\0\n\x81T\x90`\xFF\x02\x19\x16\x90UPP\x83\x7F\xB5\xB9u\xBF\x93\r\xB7\x85+\x9F.t\x9DV,(\x0E\xF7\xF6\xC7\xA8\x03\x07\xFE\x03\xCB\xDC\xD8\x8D\xD4df\x82`@Qa\x0E\xB9\x91\x90aA\xE1V[_a\x0B]\x82a(\x1DV[_a\x15\"a'\xE6V[_a\x15,\x86a(\x1DV[\x90Pa\x15>``\x87\x01`@\x88\x01aC\xD7V[`\x01`\x01`\xA0\x1B\x03\x16a\x15W`@\x87\x01` \x88\x01aC\xD7V[`\x01`\x01`\xA0\x1B\x03\x16\x14a\x15\x99W\x80`@Q\x7F\x02f\xDF\xAA\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01a\t9\x91\x90aC\xF2V[a\x15\xA9`@\x87\x01` \x88\x01aC\xD7V[`\x01`\x01`\xA0\x1B\x03\x16a\x15\xBF` \x87\x01\x87aC\xD7V[`\x01`\x01`\xA0\x1B\x03\x16\x14a\x168W\x80`@Q\x7F\x02f\xDF\xAA\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01a\t9\x91\x81R`@` \x82\x01\x81\x90R`\x06\x90\x82\x01R\x7Fposter\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0``\x82\x01R`\x80\x01\x90V[`@Q\x7Ff\x8F&;\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90_\x90`\x01`\x01`\xA0\x1B\x03\x83\x16\x90cf\x8F&;\x90a\x16\xA1\x90\x8A\x90`\x04\x01aG~V[` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x16\xBCW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x16\xE0\x91\x90aECV[\x90Pa\x16\xF3\x83\x89\x84\x8A`@\x015\x85a(pV[a\x17\x03WP_\x92Pa\x17\xA1\x91PPV[a\x17\x12\x88\x83\x89`@\x015a,\x95V[`@Q\x7F\xBB#B\xD3\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x83\x16\x90c\xBB#B\xD3\x90a\x17[\x90\x8A\x90\x8A\x90\x8A\x90`\x04\x01aG\x8DV[` `@Q\x80\x83\x03\x81_\x87Z\xF1\x15\x80\x15a\x17wW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x17\x9B\x91\x90aECV[\x93PPPP[a\x17\xA9a,\xE4V[\x94\x93PPPPV[_a\x17\xBAa'\xE6V[_a\x17\xC4\x85a(\x1DV[\x90Pa\x17\xD3\x81\x86\x86\x86_a(pV[a\x17\xE0W_\x91PPa\x18\x19V[a\x18\x13a\x17\xF0` \x87\x01\x87aC\xD7V[\x85\x85a\x18\x02``\x8A\x01`@\x8B\x01aC\xD7V[`\x01`\x01`\xA0\x1B\x03\x16\x92\x91\x90a0\xCDV[`\x01\x91PP[a\x18!a,\xE4V[\x93\x92PPPV[_a\x182\x82a/$V[_\x81\x81R`\x02` \x81\x90R`@\x82 `\x01\x81\x01T\x93\x94P\x92q\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04\x16\x90\x03a\x18\x9BW`@Q\x7F\xE55/\xD0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R`$\x01a\t9V[`\x01\x81\x01\x80T\x82T`\x01`\x01`\x80\x1B\x03\x16\x83U\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\x81\x16q\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x91\x82\x90\x04`\xFD\x16\x90\x91\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\x16\x17e\x01\0\0\0\0\0Bd\xFF\xFF\xFF\xFF\xFF\x16\x90\x81\x02\x91\x90\x91\x17\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16j\x01\0\0\0\0\0\0\0\0\0\0\x91\x90\x91\x02\x17\x90U`@Q\x82\x90\x7F\xC9\x06\xA7\xA3\x9A\xD0\xE8\xE8\xC3\x92\xF7s\"\x15T\x82x\x06\xCF\xDF\xFE\\y\xCF\x18\x88xo\x82\xD3\xAB\x92\x90_\x90\xA2PPPV[____\x84\x81R` \x01\x90\x81R` \x01_ `@Q\x80a\x01`\x01`@R\x90\x81_\x82\x01_\x90T\x90a\x01\0\n\x90\x04`\x01`\x01`\x80\x1B\x03\x16`\x01`\x01`\x80\x1B\x03\x16`\x01`\x01`\x80\x1B\x03\x16\x81R` \x01_\x82\x01`\x10\x90T\x90a\x01\0\n\x90\x04`\x01`\x01`\x80\x1B\x03\x16`\x01`\x01`\x80\x1B\x03\x16`\x01`\x01`\x80\x1B\x03\x16\x81R` \x01`\x01\x82\x01_\x90T\x90a\x01\0\n\x90\x04`\x01`\x01`\x80\x1B\x03\x16`\x01`\x01`\x80\x1B\x03\x16`\x01`\x01`\x80\x1B\x03\x16\x81R` \x01`\x01\x82\x01`\x10\x90T\x90a\x01\0\n\x90\x04d\xFF\xFF\xFF\xFF\xFF\x16d\xFF\xFF\xFF\xFF\xFF\x16d\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x15\x90T\x90a\x01\0\n\x90\x04d\xFF\xFF\xFF\xFF\xFF\x16d\xFF\xFF\xFF\xFF\xFF\x16d\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x1A\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x1E\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x02\x82\x01_\x90T\x90a\x01\0\n\x90\x04`\x01`\x01`\xA0\x1B\x03\x16`\x01`\x01`\xA0\x1B\x03\x16`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x01`\x02\x82\x01`\x14\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x02\x82\x01`\x18\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x02\x82\x01`\x1C\x90T\x90a\x01\0\n\x90\x04`\xFF\x16\x15\x15\x15\x15\x81RPP\x90P_`\x02_\x85\x81R` \x01\x90\x81R` \x01_ `@Q\x80a\x01 \x01`@R\x90\x81_\x82\x01_\x90T\x90a\x01\0\n\x90\x04`\x01`\x01`\x80\x1B\x03\x16`\x01`\x01`\x80\x1B\x03\x16`\x01`\x01`\x80\x1B\x03\x16\x81R` \x01_\x82\x01`\x10\x90T\x90a\x01\0\n\x90\x04`\x01`\x01`\x80\x1B\x03\x16`\x01`\x01`\x80\x1B\x03\x16`\x01`\x01`\x80\x1B\x03\x16\x81R` \x01`\x01\x82\x01_\x90T\x90a\x01\0\n\x90\x04d\xFF\xFF\xFF\xFF\xFF\x16d\xFF\xFF\xFF\xFF\xFF\x16d\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x05\x90T\x90a\x01\0\n\x90\x04d\xFF\xFF\xFF\xFF\xFF\x16d\xFF\xFF\xFF\xFF\xFF\x16d\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\n\x90T\x90a\x01\0\n\x90\x04d\xFF\xFF\xFF\xFF\xFF\x16d\xFF\xFF\xFF\xFF\xFF\x16d\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x0F\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16a\xFF\xFF\x16a\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x11\x90T\x90a\x01\0\n\x90\x04`\xFF\x16`\xFF\x16`\xFF\x16\x81R` \x01`\x01\x82\x01`\x12\x90T\x90a\x01\0\n\x90\x04d\xFF\xFF\xFF\xFF\xFF\x16d\xFF\xFF\xFF\xFF\xFF\x16d\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x01\x82\x01`\x17\x90T\x90a\x01\0\n\x90\x04d\xFF\xFF\xFF\xFF\xFF\x16d\xFF\xFF\xFF\xFF\xFF\x16d\xFF\xFF\xFF\xFF\xFF\x16\x81RPP\x90P\x81`\xA0\x01Qc\xFF\xFF\xFF\xFF\x16_\x14\x80a\x1D\x07WPa\x1D\x01\x81a1\x1CV[`\xFF\x16\x15\x15[\x15a\x1D\x15WP_\x93\x92PPPV[\x81``\x01Qd\xFF\xFF\xFF\xFF\xFF\x16B\x10\x80a\x1DNWP`\x80\x82\x01Qd\xFF\xFF\xFF\xFF\xFF\x16\x15\x80\x15\x90a\x1DNWP\x81`\x80\x01Qd\xFF\xFF\xFF\xFF\xFF\x16B\x10\x15[\x15a\x1D\\WP_\x93\x92PPPV[_\x81`@\x01Qd\xFF\xFF\xFF\xFF\xFF\x16a\x1Dr\x84a1\x80V[d\xFF\xFF\xFF\xFF\xFF\x16\x14a\x1D\x84W_a\x1D\x87V[\x81Q[\x83Q`\x01`\x01`\x80\x1B\x03\x91\x82\x16\x92P\x16\x81\x10a\x1D\xA3W_a\x1D\xB9V[\x82Qa\x1D\xB9\x90\x82\x90`\x01`\x01`\x80\x1B\x03\x16aG\xECV[\x95\x94PPPPPV[_a\x1D\xCC\x83a/$V[_\x81\x81R` \x81\x81R`@\x91\x82\x90 \x82Qa\x01`\x81\x01\x84R\x81T`\x01`\x01`\x80\x1B\x03\x80\x82\x16\x83Rp\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x91\x82\x90\x04\x81\x16\x94\x83\x01\x94\x90\x94R`\x01\x83\x01T\x93\x84\x16\x94\x82\x01\x94\x90\x94R\x92\x82\x04d\xFF\xFF\xFF\xFF\xFF\x90\x81\x16``\x80\x86\x01\x82\x90Ru\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x85\x04\x90\x92\x16`\x80\x80\x87\x01\x91\x90\x91Rz\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x85\x04c\xFF\xFF\xFF\xFF\x90\x81\x16`\xA0\x88\x01R~\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x95\x04a\xFF\xFF\x16`\xC0\x87\x01R`\x02\x90\x93\x01T`\x01`\x01`\xA0\x1B\x03\x81\x16`\xE0\x87\x01Rt\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x04\x85\x16a\x01\0\x87\x01Rx\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x04\x90\x94\x16a\x01 \x86\x01R|\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x93\x04`\xFF\x16\x15\x15a\x01@\x85\x01R\x93\x94P\x91\x92\x90\x91a\x1FM\x91\x90\x86\x01\x90\x86\x01aH\x1CV[d\xFF\xFF\xFF\xFF\xFF\x16\x14\x15\x80a\x1F\x83WP\x80`\xA0\x01Qc\xFF\xFF\xFF\xFF\x16\x83`\xA0\x01` \x81\x01\x90a\x1Fz\x91\x90aH7V[c\xFF\xFF\xFF\xFF\x16\x14\x15[\x15a\x1F\xBDW`@Q\x7F\x1EO\xDD\xA5\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R`$\x01a\t9V[a\x1F\xD4a\x1F\xCF6\x85\x90\x03\x85\x01\x85aH\xD8V[a1\xADV[_\x82\x81R`\x02` R`@\x90 a\x1F\xEB\x82\x85a4NV[\x15\x80a \0WPa\x01 \x82\x01Qc\xFF\xFF\xFF\xFF\x16\x15[\x15a \x94W`\x01\x81\x01Tw\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04d\xFF\xFF\xFF\xFF\xFF\x16\x15a ;Wa ;\x83\x82a.\x89V[_\x83\x81R` \x81\x90R`@\x90 \x84\x90a T\x82\x82aI\xFDV[\x90PP\x82\x7F\xB5\xB9u\xBF\x93\r\xB7\x85+\x9F.t\x9DV,(\x0E\xF7\xF6\xC7\xA8\x03\x07\xFE\x03\xCB\xDC\xD8\x8D\xD4df\x85`@Qa \x87\x91\x90aNuV[`@Q\x80\x91\x03\x90\xA2a!UV[_\x82a\x01 \x01Qc\xFF\xFF\xFF\xFF\x16Ba \xAC\x91\x90aF\x0FV[_\x85\x81R`\x01` R`@\x90 \x90\x91P\x85\x90a \xC8\x82\x82aI\xFDV[PP`\x01\x82\x01\x80T\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16w\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0d\xFF\xFF\xFF\xFF\xFF\x84\x16\x02\x17\x90U`@Q\x84\x90\x7F;1\x8A\xAD\xA3\xF0\xDEw\x02\xAC\x8C\\&fI\xC9\x01\xAA\xCDB5\xFCXT<\x17\xFB\xBD\x8Ep\xD7\xC4\x90a!K\x90\x88\x90\x85\x90aN\x84V[`@Q\x80\x91\x03\x90\xA2P[PPPPPV[_a!f\x82a/$V[_\x81\x81R`\x02` R`@\x81 `\x01\x80\x82\x01T\x93\x94P\x90\x92q\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04\x16\x90\x03a!\xF2W`\x01\x81\x01T`@Q\x7F\xC6\xBD\xDE+\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90Rq\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x04`\xFF\x16`$\x82\x01R`D\x01a\t9V[_\x82\x81R` \x81\x90R`@\x81 `\x02\x01Ta\"/\x90x\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04c\xFF\xFF\xFF\xFF\x16BaF\x0FV[`\x01\x83\x01T\x90\x91Pr\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04d\xFF\xFF\xFF\xFF\xFF\x16\x80\x15\x80\x15\x90a\"pWP\x81d\xFF\xFF\xFF\xFF\xFF\x16\x81d\xFF\xFF\xFF\xFF\xFF\x16\x10[\x15a\"yW\x80\x91P[`\x01\x83\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16r\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0d\xFF\xFF\xFF\xFF\xFF\x85\x16\x90\x81\x02\x91\x90\x91\x17\x90\x91U`@Q\x90\x81R\x84\x90\x7FFx\xF2\x07q\xDB\xC33\x03\xAE#\x18\xA4}A\x11%\xA7\xC5\xF0\xFAu\x91\xDCD\x94\xBB\x8D\x84\\\x0B\xE8\x90` \x01a\x0E\xB9V[_a#\x03\x85a(\x1DV[\x90Pa#\x12` \x86\x01\x86aC\xD7V[`\x01`\x01`\xA0\x1B\x03\x163`\x01`\x01`\xA0\x1B\x03\x16\x14a#eW`@Q\x7F\x1C$^(\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x82\x90R3`$\x82\x01R`D\x01a\t9V[_a#v`@\x87\x01` \x88\x01aC\xD7V[`\x01`\x01`\xA0\x1B\x03\x16\x03a#\xE6W`@Q\x7F\xF6\"\xFB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`\x05`$\x82\x01R\x7Fagent\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`D\x82\x01R`d\x01a\t9V[_a#\xF7``\x87\x01`@\x88\x01aC\xD7V[`\x01`\x01`\xA0\x1B\x03\x16\x03a$7W`@Q\x7F\xF6\"\xFB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01a\t9\x90aN\xA8V[_\x81\x81R` \x81\x90R`@\x90 `\x01\x01Tz\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04c\xFF\xFF\xFF\xFF\x16\x15a$\xA6W`@Q\x7F\x1F{Y\xC4\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x82\x90R`$\x01a\t9V[_a$\xB66\x86\x90\x03\x86\x01\x86aH\xD8V[\x90P\x80``\x01Qd\xFF\xFF\xFF\xFF\xFF\x16_\x03a$\xD8Wd\xFF\xFF\xFF\xFF\xFFB\x16``\x82\x01R[a$\xE1\x81a1\xADV[_\x82\x81R` \x81\x81R`@\x91\x82\x90 \x83Q\x91\x84\x01Q`\x01`\x01`\x80\x1B\x03\x90\x81\x16p\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x81\x02\x93\x82\x16\x93\x90\x93\x17\x82U\x92\x84\x01Q`\x01\x82\x01\x80T``\x87\x01Q`\x80\x88\x01Q`\xA0\x89\x01Q`\xC0\x8A\x01Qa\xFF\xFF\x16~\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02}\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFc\xFF\xFF\xFF\xFF\x92\x83\x16z\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFd\xFF\xFF\xFF\xFF\xFF\x95\x86\x16u\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02\x16\x7F\xFF\xFF\0\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x95\x90\x96\x16\x90\x9A\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x96\x16\x97\x90\x9A\x16\x96\x90\x96\x17\x93\x90\x93\x17\x16\x17\x94\x90\x94\x17\x94\x90\x94\x16\x17\x90\x92U`\xE0\x83\x01Q`\x02\x90\x92\x01\x80Ta\x01\0\x85\x01Qa\x01 \x86\x01Qa\x01@\x87\x01Q\x15\x15|\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x91\x86\x16x\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02\x91\x90\x91\x16\x7F\xFF\xFF\xFF\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x90\x95\x16t\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x93\x16`\x01`\x01`\xA0\x1B\x03\x90\x96\x16\x95\x90\x95\x17\x91\x90\x91\x17\x16\x91\x90\x91\x17\x91\x90\x91\x17\x90Ua'[\x82\x85\x85Ba/\xA8V[a'k`@\x87\x01` \x88\x01aC\xD7V[`\x01`\x01`\xA0\x1B\x03\x16a'\x81` \x88\x01\x88aC\xD7V[`\x01`\x01`\xA0\x1B\x03\x16\x83\x7F\xC1\x18f\x91\xFD\xDE\x05%\xE6R\xAD\x9Dm\xD1.S\x1C\xB4\x10\xFFyK\xBC\xBA\xF8K\x99<\x14\x1F\"\x8Ca'\xBC``\x8B\x01`@\x8C\x01aC\xD7V[\x8A``\x015\x86\x8A\x8A`@Qa'\xD5\x95\x94\x93\x92\x91\x90aN\xE4V[`@Q\x80\x91\x03\x90\xA4P\x94\x93PPPPV[a'\xEEa6\tV[a(\x1B`\x01\x7F\x9Bw\x9B\x17B-\r\xF9\"#\x01\x8B2\xB4\xD1\xFAF\xE0qr=h\x17\xE2Hm\0;\xEC\xC5_\0[\x90a6bV[V[_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x000\x83`@Q` \x01a(S\x93\x92\x91\x90aO'V[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x91\x90PV[_a(\x81`@\x86\x01` \x87\x01aC\xD7V[`\x01`\x01`\xA0\x1B\x03\x163`\x01`\x01`\xA0\x1B\x03\x16\x14a(\xD4W`@Q\x7F\x1C$^(\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x87\x90R3`$\x82\x01R`D\x01a\t9V[_\x86\x81R` \x81\x81R`@\x80\x83 `\x02\x83R\x92\x81\x90 \x81Qa\x01 \x81\x01\x83R\x81T`\x01`\x01`\x80\x1B\x03\x80\x82\x16\x83Rp\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x04\x16\x93\x81\x01\x93\x90\x93R`\x01\x01Td\xFF\xFF\xFF\xFF\xFF\x80\x82\x16\x92\x84\x01\x92\x90\x92Re\x01\0\0\0\0\0\x81\x04\x82\x16``\x84\x01Rj\x01\0\0\0\0\0\0\0\0\0\0\x81\x04\x82\x16`\x80\x84\x01Ra\xFF\xFFo\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x04\x16`\xA0\x84\x01R`\xFFq\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x04\x16`\xC0\x84\x01Rr\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x04\x82\x16`\xE0\x84\x01Rw\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04\x16a\x01\0\x82\x01Ra)\xDD\x88\x83\x83\x89\x89a6iV[a)\xEA\x88\x83\x83\x89\x89a:fV[a*QWPPP_\x85\x81R`\x02` \x81\x90R`@\x82 `\x01\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16q\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x91\x82\x90\x04`\xFF\x16\x90\x93\x17\x02\x91\x90\x91\x17\x90Ua\x1D\xB9V[_\x88\x81R`\x02` \x90\x81R`@\x91\x82\x90 \x83Q\x84\x83\x01Q`\x01`\x01`\x80\x1B\x03\x91\x82\x16p\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x92\x90\x91\x16\x91\x90\x91\x02\x81\x17\x82U\x84\x84\x01Q`\x01\x90\x92\x01\x80T``\x80\x88\x01Q`\x80\x80\x8A\x01Q`\xA0\x8B\x01Q`\xC0\x8C\x01Q`\xE0\x8D\x01Qa\x01\0\x8E\x01Qd\xFF\xFF\xFF\xFF\xFF\x9B\x8C\x16\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\x90\x99\x16\x89\x17e\x01\0\0\0\0\0\x97\x8D\x16\x97\x90\x97\x02\x96\x90\x96\x17\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16j\x01\0\0\0\0\0\0\0\0\0\0\x94\x8C\x16\x94\x90\x94\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x93\x90\x93\x17o\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\xFF\xFF\x90\x93\x16\x92\x90\x92\x02\x91\x90\x91\x17\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16q\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\xFF\x90\x92\x16\x91\x90\x91\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x17r\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x91\x89\x16\x91\x90\x91\x02\x17\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16w\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x97\x90\x92\x16\x96\x90\x96\x02\x17\x90\x92U\x85Q\x8B\x81R\x94\x85\x01R\x93\x83\x01R\x91\x81\x01\x86\x90R`\x01`\x01`\xA0\x1B\x03\x88\x16\x91\x8A\x91\x7F\xDC\x03\xB5(}\0\xF3\xA6\x12]\xF0\x18x\xE14\xA7\x9B\xF4\xF0j\xFBk;\xE4\x1E\xB7\x08+k $\xE9\x91\x01`@Q\x80\x91\x03\x90\xA3P`\x01\x97\x96PPPPPPPV[_a,\xA6``\x85\x01`@\x86\x01aC\xD7V[\x90Pa,\xCAa,\xB8` \x86\x01\x86aC\xD7V[`\x01`\x01`\xA0\x1B\x03\x83\x16\x900\x85a0\xCDV[a,\xDE`\x01`\x01`\xA0\x1B\x03\x82\x16\x84\x84a=\x01V[PPPPV[a(\x1B_\x7F\x9Bw\x9B\x17B-\r\xF9\"#\x01\x8B2\xB4\xD1\xFAF\xE0qr=h\x17\xE2Hm\0;\xEC\xC5_\0a(\x15V[_a-\x18\x82a(\x1DV[_\x81\x81R` \x81\x90R`@\x81 `\x01\x01T\x91\x92Pz\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x04c\xFF\xFF\xFF\xFF\x16\x90\x03a-\x8CW`@Q\x7F\x13\x15\xDB\xF1\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x82\x90R`$\x01a\t9V[\x91\x90PV[`\x01\x81\x01Tq\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04`\xFF\x81\x16\x90`\x04\x16\x15a\r\xE0W`@Q\x7F\xC6\xBD\xDE+\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90R`\xFF\x82\x16`$\x82\x01R`D\x01a\t9V[_a.\0\x82a-\x0EV[\x90Pa.\x0F` \x83\x01\x83aC\xD7V[`\x01`\x01`\xA0\x1B\x03\x163`\x01`\x01`\xA0\x1B\x03\x16\x14\x15\x80\x15a.IWP_\x81\x81R` \x81\x90R`@\x90 `\x02\x01T`\x01`\x01`\xA0\x1B\x03\x163\x14\x15[\x15a-\x8CW`@Q\x7F\x1C$^(\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x82\x90R3`$\x82\x01R`D\x01a\t9V[`\x01\x80\x82\x01\x80T\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90U_\x83\x81R` \x82\x90R`@\x80\x82 \x82\x81U\x92\x83\x01\x82\x90U`\x02\x90\x92\x01\x80T\x7F\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90U\x90Q3\x91\x84\x91\x7Fz\x08\\W\x87k\xC8{\xFDP95\x1F\x8E\xF8\x85\xBD\x8E\x9D\x85\xC9L\x006\x85\xBEJd\xC3\x08u?\x91\x90\xA3PPV[_a/.\x82a-\x0EV[\x90Pa/=` \x83\x01\x83aC\xD7V[`\x01`\x01`\xA0\x1B\x03\x163`\x01`\x01`\xA0\x1B\x03\x16\x14a/\x90W`@Q\x7F\x1C$^(\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x82\x90R3`$\x82\x01R`D\x01a\t9V[_\x81\x81R`\x02` R`@\x90 a-\x8C\x90\x82\x90a-\x91V[_\x84\x81R`\x03` R`@\x81 \x90[\x83\x81\x10\x15a0\xC5W_\x85\x85\x83\x81\x81\x10a/\xD2Wa/\xD2aEZV[\x90P` \x02\x01` \x81\x01\x90a/\xE7\x91\x90aC\xD7V[\x90P`\x01`\x01`\xA0\x1B\x03\x81\x16\x15\x80a0\x07WP`\x01`\x01`\xA0\x1B\x03\x81\x160\x14[\x15a0PW`@Q\x7F\xB6T\x06\x97\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x88\x90R`\x01`\x01`\xA0\x1B\x03\x82\x16`$\x82\x01R`D\x01a\t9V[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R` \x84\x90R`@\x90 \x80Td\xFF\xFF\xFF\xFF\xFF\x16\x15\x80a0\x86WP\x80Td\xFF\xFF\xFF\xFF\xFF\x80\x87\x16\x91\x16\x11[\x15a0\xBBW\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\x16d\xFF\xFF\xFF\xFF\xFF\x86\x16\x17\x81U[PP`\x01\x01a/\xB7V[PPPPPPV[a0\xDB\x84\x84\x84\x84`\x01a=\xADV[a,\xDEW`@Q\x7FRt\xAF\xE7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x85\x16`\x04\x82\x01R`$\x01a\t9V[`\xC0\x81\x01Q`\x01\x81\x16\x15\x80\x15\x90a1=WP`\xE0\x82\x01Qd\xFF\xFF\xFF\xFF\xFF\x16\x15\x15[\x80\x15a1TWP\x81`\xE0\x01Qd\xFF\xFF\xFF\xFF\xFF\x16B\x10\x15[\x15a-\x8CW\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFE\x16\x91\x90PV[_\x81`\xA0\x01Qc\xFF\xFF\xFF\xFF\x16\x82``\x01Qd\xFF\xFF\xFF\xFF\xFF\x16Ba1\xA3\x91\x90aG\xECV[a\x0B]\x91\x90aO\xCEV[\x80Q`\x01`\x01`\x80\x1B\x03\x16_\x03a2 W`@Q\x7F\xF6\"\xFB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`\x06`$\x82\x01R\x7Fbudget\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`D\x82\x01R`d\x01a\t9V[\x80`\xA0\x01Qc\xFF\xFF\xFF\xFF\x16_\x03a2\x93W`@Q\x7F\xF6\"\xFB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`\x06`$\x82\x01R\x7Fperiod\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`D\x82\x01R`d\x01a\t9V[\x80_\x01Q`\x01`\x01`\x80\x1B\x03\x16\x81` \x01Q`\x01`\x01`\x80\x1B\x03\x16\x11\x15a3\x16W`@Q\x7F\xF6\"\xFB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`\n`$\x82\x01R\x7FmaxPayment\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`D\x82\x01R`d\x01a\t9V[`\x80\x81\x01Qd\xFF\xFF\xFF\xFF\xFF\x16\x15\x80\x15\x90a3FWP\x80``\x01Qd\xFF\xFF\xFF\xFF\xFF\x16\x81`\x80\x01Qd\xFF\xFF\xFF\xFF\xFF\x16\x11\x15[\x15a3\xADW`@Q\x7F\xF6\"\xFB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`\x03`$\x82\x01R\x7Fend\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`D\x82\x01R`d\x01a\t9V[`@\x81\x01Q`\x01`\x01`\x80\x1B\x03\x16\x15\x15\x80a3\xCFWP`\xC0\x81\x01Qa\xFF\xFF\x16\x15\x15[\x80\x15a3\xE4WPa\x01\0\x81\x01Qc\xFF\xFF\xFF\xFF\x16\x15[\x15a4KW`@Q\x7F\xF6\"\xFB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`\r`$\x82\x01R\x7FbreakerWindow\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`D\x82\x01R`d\x01a\t9V[PV[\x81Q_\x90`\x01`\x01`\x80\x1B\x03\x16a4h` \x84\x01\x84aO\xE1V[`\x01`\x01`\x80\x1B\x03\x16\x11\x80a4\xAAWPa4\xAA\x83` \x01Q`\x01`\x01`\x80\x1B\x03\x16\x83` \x01` \x81\x01\x90a4\x9C\x91\x90aO\xE1V[`\x01`\x01`\x80\x1B\x03\x16a>3V[\x80a4\xD4WPa4\xD4\x83`@\x01Q`\x01`\x01`\x80\x1B\x03\x16\x83`@\x01` \x81\x01\x90a4\x9C\x91\x90aO\xE1V[\x80a5\x08WPa5\x08\x83`\x80\x01Qd\xFF\xFF\xFF\xFF\xFF\x16\x83`\x80\x01` \x81\x01\x90a4\xFC\x91\x90aH\x1CV[d\xFF\xFF\xFF\xFF\xFF\x16a>3V[\x80a56WPa56\x83`\xC0\x01Qa\xFF\xFF\x16\x83`\xC0\x01` \x81\x01\x90a5-\x91\x90aO\xFCV[a\xFF\xFF\x16a>3V[\x80a5dWP\x82a\x01\0\x01Qc\xFF\xFF\xFF\xFF\x16\x82a\x01\0\x01` \x81\x01\x90a5\\\x91\x90aH7V[c\xFF\xFF\xFF\xFF\x16\x10[\x80a5\x92WP\x82a\x01 \x01Qc\xFF\xFF\xFF\xFF\x16\x82a\x01 \x01` \x81\x01\x90a5\x8A\x91\x90aH7V[c\xFF\xFF\xFF\xFF\x16\x10[\x80a5\xB9WP\x82a\x01@\x01Q\x80\x15a5\xB9WPa5\xB7a\x01`\x83\x01a\x01@\x84\x01aP\x17V[\x15[\x80a\x18!WP`\xE0\x83\x01Q`\x01`\x01`\xA0\x1B\x03\x16\x15\x80\x15\x90a\x18!WP\x82`\xE0\x01Q`\x01`\x01`\xA0\x1B\x03\x16\x82`\xE0\x01` \x81\x01\x90a5\xF7\x91\x90aC\xD7V[`\x01`\x01`\xA0\x1B\x03\x16\x14\x15\x93\x92PPPV[\x7F\x9Bw\x9B\x17B-\r\xF9\"#\x01\x8B2\xB4\xD1\xFAF\xE0qr=h\x17\xE2Hm\0;\xEC\xC5_\0\\\x15a(\x1BW`@Q\x7F>\xE5\xAE\xB5\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x80\x82]PPV[`\x01\x84\x01Tz\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04c\xFF\xFF\xFF\xFF\x16_\x81\x90\x03a6\xCFW`@Q\x7F\x13\x15\xDB\xF1\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x87\x90R`$\x01a\t9V[_a6\xD9\x85a1\x1CV[\x90P`\xFF\x81\x16\x15a7\"W`@Q\x7F\xC6\xBD\xDE+\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x88\x90R`\xFF\x82\x16`$\x82\x01R`D\x01a\t9V[`\xC0\x85\x01\x80Q`\xFE\x16\x90R_`\xE0\x86\x01R`\x01\x86\x01Td\xFF\xFF\xFF\xFF\xFFp\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x04\x81\x16\x91u\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04\x16B\x82\x11\x80a7\x95WPd\xFF\xFF\xFF\xFF\xFF\x81\x16\x15\x80\x15\x90a7\x95WP\x80d\xFF\xFF\xFF\xFF\xFF\x16B\x10\x15[\x15a7\xEAW`@Q\x7F\xFFb\x80\x0C\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x8A\x90Rd\xFF\xFF\xFF\xFF\xFF\x80\x84\x16`$\x83\x01R\x82\x16`D\x82\x01RB`d\x82\x01R`\x84\x01a\t9V[P\x86Tp\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04`\x01`\x01`\x80\x1B\x03\x16\x84\x15\x80a8 WP\x80\x15\x80\x15\x90a8 WP\x80\x85\x11[\x15a8hW`@Q\x7F-<\x9F{\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x8A\x90R`$\x81\x01\x86\x90R`D\x81\x01\x82\x90R`d\x01a\t9V[P`\x01`\x01`\xA0\x1B\x03\x85\x16\x15\x80a8\x87WP`\x01`\x01`\xA0\x1B\x03\x85\x160\x14[\x15a8\xD0W`@Q\x7F\xB6T\x06\x97\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x89\x90R`\x01`\x01`\xA0\x1B\x03\x86\x16`$\x82\x01R`D\x01a\t9V[`\x02\x87\x01T|\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04`\xFF\x16\x15a9\x84W_\x88\x81R`\x03` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x89\x16\x84R\x90\x91R\x90 Td\xFF\xFF\xFF\xFF\xFF\x16\x80\x15\x80a99WP\x80d\xFF\xFF\xFF\xFF\xFF\x16B\x10[\x15a9\x82W`@Q\x7F/\x93\xAC\x87\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x8A\x90R`\x01`\x01`\xA0\x1B\x03\x87\x16`$\x82\x01R`D\x01a\t9V[P[_\x83a9\x97d\xFF\xFF\xFF\xFF\xFF\x84\x16BaG\xECV[a9\xA1\x91\x90aO\xCEV[\x90P\x86`@\x01Qd\xFF\xFF\xFF\xFF\xFF\x16\x81d\xFF\xFF\xFF\xFF\xFF\x16\x14a9\xCDWd\xFF\xFF\xFF\xFF\xFF\x81\x16`@\x88\x01R_\x87R[\x87T\x87Q`\x01`\x01`\x80\x1B\x03\x91\x82\x16\x91\x16_\x82\x82\x10a9\xECW_a9\xF6V[a9\xF6\x82\x84aG\xECV[\x90P\x80\x88\x11\x15a:CW`@Q\x7F\xCC\xB6\xEBX\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x8D\x90R`$\x81\x01\x89\x90R`D\x81\x01\x82\x90R`d\x01a\t9V[a:M\x88\x83aP2V[`\x01`\x01`\x80\x1B\x03\x16\x90\x99RPPPPPPPPPPPV[`\x01\x84\x01T_\x90`\x01`\x01`\x80\x1B\x03\x81\x16\x90~\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04a\xFF\xFF\x16\x81\x15\x80\x15a:\xAAWP\x80\x15[\x15a:\xBAW`\x01\x92PPPa\x1D\xB9V[`\x02\x87\x01Tt\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04c\xFF\xFF\xFF\xFF\x16\x82\x15a;\xE2W_\x87``\x01Qd\xFF\xFF\xFF\xFF\xFF\x16Ba:\xFB\x91\x90aG\xECV[a;\x05\x90\x85aPEV[\x90P_a;\x12\x83\x83aO\xCEV[` \x8A\x01Q\x90\x91P`\x01`\x01`\x80\x1B\x03\x16B\x82\x82\x11\x15a;^Wa;6\x83\x83aG\xECV[\x91P\x86a;C\x86\x86aP\\V[a;M\x91\x90aO\xCEV[a;W\x90\x82aG\xECV[\x90Pa;bV[_\x91P[a;l\x89\x83aP2V[\x91P\x86\x82\x11\x15a;\xC3W\x8C\x7Fs\xE0\x90\xCAEi\n\xF4\x05\xC9\x80\xC0\x80\xF9\x1A|^\xCB\xA2\xB8\x7Fb\x05\xBFL\xEA\x15\xEB9\xBA\xFA\x15_\x8C\x8C\x86`@Qa;\xAC\x94\x93\x92\x91\x90aPoV[`@Q\x80\x91\x03\x90\xA2_\x97PPPPPPPPa\x1D\xB9V[`\x01`\x01`\x80\x1B\x03\x90\x91\x16` \x8B\x01Rd\xFF\xFF\xFF\xFF\xFF\x16``\x8A\x01RPP[\x81\x15a<\xF2W_\x89\x81R`\x03` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x8A\x16\x84R\x90\x91R\x90 \x80Te\x01\0\0\0\0\0\x90\x04`\xFF\x16a<\xF0W\x81\x88`\x80\x01Qd\xFF\xFF\xFF\xFF\xFF\x16a<2\x91\x90aP2V[B\x10a<LWd\xFF\xFF\xFF\xFF\xFFB\x16`\x80\x89\x01R_`\xA0\x89\x01R[_\x88`\xA0\x01Qa\xFF\xFF\x16`\x01a<b\x91\x90aP2V[\x90P\x83\x81\x11\x15a<\xB8W\x8A\x7Fs\xE0\x90\xCAEi\n\xF4\x05\xC9\x80\xC0\x80\xF9\x1A|^\xCB\xA2\xB8\x7Fb\x05\xBFL\xEA\x15\xEB9\xBA\xFA\x15`\x01\x8A\x8A\x85`@Qa<\xA3\x94\x93\x92\x91\x90aPoV[`@Q\x80\x91\x03\x90\xA2_\x95PPPPPPa\x1D\xB9V[a\xFF\xFF\x16`\xA0\x89\x01R\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\x16e\x01\0\0\0\0\0\x17\x81U[P[P`\x01\x98\x97PPPPPPPPV[a=\r\x83\x83\x83_a>KV[a\r\xE0Wa=\x1E\x83\x83_`\x01a>KV[a=_W`@Q\x7FRt\xAF\xE7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x84\x16`\x04\x82\x01R`$\x01a\t9V[a=l\x83\x83\x83`\x01a>KV[a\r\xE0W`@Q\x7FRt\xAF\xE7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x84\x16`\x04\x82\x01R`$\x01a\t9V[`@Q\x7F#\xB8r\xDD\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_\x81\x81R`\x01`\x01`\xA0\x1B\x03\x87\x81\x16`\x04R\x86\x16`$R`D\x85\x90R\x91` \x83`d\x81\x80\x8CZ\xF1\x92P`\x01_Q\x14\x83\x16a>\"W\x83\x83\x15\x16\x15a>\x16W=_\x82>=\x81\xFD[_\x88;\x11=\x15\x16\x83\x16\x92P[`@RP_``R\x95\x94PPPPPV[_\x82\x15\x80\x15\x90a\x18!WP\x81\x15\x80a\x18!WPP\x11\x90V[`@Q\x7F\t^\xA7\xB3\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_\x81\x81R`\x01`\x01`\xA0\x1B\x03\x86\x16`\x04R`$\x85\x90R\x91` \x83`D\x81\x80\x8BZ\xF1\x92P`\x01_Q\x14\x83\x16a>\xBAW\x83\x83\x15\x16\x15a>\xAEW=_\x82>=\x81\xFD[_\x87;\x11=\x15\x16\x83\x16\x92P[`@RP\x94\x93PPPPV[_`\x80\x82\x84\x03\x12\x15a>\xD6W__\xFD[P\x91\x90PV[__\x82\x84\x03a\x01\xC0\x81\x12\x15a>\xEFW__\xFD[a>\xF9\x85\x85a>\xC6V[\x92Pa\x01@\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80\x82\x01\x12\x15a?+W__\xFD[P`\x80\x83\x01\x90P\x92P\x92\x90PV[_` \x82\x84\x03\x12\x15a?IW__\xFD[P5\x91\x90PV[_a\x01 \x82\x01\x90P`\x01`\x01`\x80\x1B\x03\x83Q\x16\x82R`\x01`\x01`\x80\x1B\x03` \x84\x01Q\x16` \x83\x01R`@\x83\x01Qa?\x90`@\x84\x01\x82d\xFF\xFF\xFF\xFF\xFF\x16\x90RV[P``\x83\x01Qa?\xA9``\x84\x01\x82d\xFF\xFF\xFF\xFF\xFF\x16\x90RV[P`\x80\x83\x01Qa?\xC2`\x80\x84\x01\x82d\xFF\xFF\xFF\xFF\xFF\x16\x90RV[P`\xA0\x83\x01Qa?\xD8`\xA0\x84\x01\x82a\xFF\xFF\x16\x90RV[P`\xC0\x83\x01Qa?\xED`\xC0\x84\x01\x82`\xFF\x16\x90RV[P`\xE0\x83\x01Qa@\x06`\xE0\x84\x01\x82d\xFF\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01\0\x83\x01Qa@!a\x01\0\x84\x01\x82d\xFF\xFF\xFF\xFF\xFF\x16\x90RV[P\x92\x91PPV[_`\x80\x82\x84\x03\x12\x15a@8W__\xFD[a\x18!\x83\x83a>\xC6V[__\x83`\x1F\x84\x01\x12a@RW__\xFD[P\x815g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a@iW__\xFD[` \x83\x01\x91P\x83` \x82`\x05\x1B\x85\x01\x01\x11\x15a@\x83W__\xFD[\x92P\x92\x90PV[___`\xA0\x84\x86\x03\x12\x15a@\x9CW__\xFD[a@\xA6\x85\x85a>\xC6V[\x92P`\x80\x84\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a@\xC1W__\xFD[a@\xCD\x86\x82\x87\x01a@BV[\x94\x97\x90\x96P\x93\x94PPPPV[\x80Q`\x01`\x01`\x80\x1B\x03\x16\x82R` \x81\x01QaA\x01` \x84\x01\x82`\x01`\x01`\x80\x1B\x03\x16\x90RV[P`@\x81\x01QaA\x1C`@\x84\x01\x82`\x01`\x01`\x80\x1B\x03\x16\x90RV[P``\x81\x01QaA5``\x84\x01\x82d\xFF\xFF\xFF\xFF\xFF\x16\x90RV[P`\x80\x81\x01QaAN`\x80\x84\x01\x82d\xFF\xFF\xFF\xFF\xFF\x16\x90RV[P`\xA0\x81\x01QaAf`\xA0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\xC0\x81\x01QaA|`\xC0\x84\x01\x82a\xFF\xFF\x16\x90RV[P`\xE0\x81\x01QaA\x97`\xE0\x84\x01\x82`\x01`\x01`\xA0\x1B\x03\x16\x90RV[Pa\x01\0\x81\x01QaA\xB1a\x01\0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01 \x81\x01QaA\xCBa\x01 \x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01@\x81\x01Qa\r\xE0a\x01@\x84\x01\x82\x15\x15\x90RV[a\x01`\x81\x01a\x0B]\x82\x84a@\xDAV[____\x84\x86\x03a\x02`\x81\x12\x15aB\x05W__\xFD[aB\x0F\x87\x87a>\xC6V[\x94Pa\x01\xC0\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80\x82\x01\x12\x15aBAW__\xFD[P`\x80\x85\x01\x92Pa\x02@\x85\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15aBbW__\xFD[\x85\x01`\x1F\x81\x01\x87\x13aBrW__\xFD[\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15aB\x88W__\xFD[\x87` \x82\x84\x01\x01\x11\x15aB\x99W__\xFD[\x94\x97\x93\x96P` \x01\x94PPPV[`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a4KW__\xFD[\x805a-\x8C\x81aB\xA7V[___`\xC0\x84\x86\x03\x12\x15aB\xD8W__\xFD[aB\xE2\x85\x85a>\xC6V[\x92P`\x80\x84\x015aB\xF2\x81aB\xA7V[\x92\x95\x92\x94PPP`\xA0\x91\x90\x91\x015\x90V[__`@\x83\x85\x03\x12\x15aC\x14W__\xFD[\x825\x91P` \x83\x015aC&\x81aB\xA7V[\x80\x91PP\x92P\x92\x90PV[_a\x01`\x82\x84\x03\x12\x15a>\xD6W__\xFD[__a\x01\xE0\x83\x85\x03\x12\x15aCTW__\xFD[aC^\x84\x84a>\xC6V[\x91PaCm\x84`\x80\x85\x01aC1V[\x90P\x92P\x92\x90PV[____a\x02\0\x85\x87\x03\x12\x15aC\x8AW__\xFD[aC\x94\x86\x86a>\xC6V[\x93PaC\xA3\x86`\x80\x87\x01aC1V[\x92Pa\x01\xE0\x85\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15aC\xBFW__\xFD[aC\xCB\x87\x82\x88\x01a@BV[\x95\x98\x94\x97P\x95PPPPV[_` \x82\x84\x03\x12\x15aC\xE7W__\xFD[\x815a\x18!\x81aB\xA7V[\x81\x81R`@` \x82\x01R_a\x18!`@\x83\x01`\x05\x81R\x7Ftoken\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0` \x82\x01R`@\x01\x90V[\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a-\x8CW__\xFD[a\xFF\xFF\x81\x16\x81\x14a4KW__\xFD[\x805a-\x8C\x81aDKV[a\x01@\x81\x01aD\x84\x82aDw\x85aB\xBBV[`\x01`\x01`\xA0\x1B\x03\x16\x90RV[aD\x90` \x84\x01aB\xBBV[`\x01`\x01`\xA0\x1B\x03\x16` \x83\x01RaD\xAA`@\x84\x01aB\xBBV[`\x01`\x01`\xA0\x1B\x03\x16`@\x83\x01R``\x83\x81\x015\x90\x83\x01RaD\xCE`\x80\x84\x01aD4V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\x80\x83\x01RaD\xE9`\xA0\x84\x01aB\xBBV[`\x01`\x01`\xA0\x1B\x03\x16`\xA0\x83\x01RaE\x03`\xC0\x84\x01aDZV[a\xFF\xFF\x16`\xC0\x83\x01R`\xE0\x83\x81\x015\x90\x83\x01RaE#a\x01\0\x84\x01aB\xBBV[`\x01`\x01`\xA0\x1B\x03\x81\x16a\x01\0\x84\x01RPa\x01 \x92\x83\x015\x91\x90\x92\x01R\x90V[_` \x82\x84\x03\x12\x15aESW__\xFD[PQ\x91\x90PV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`2`\x04R`$_\xFD[\x81\x83R` \x83\x01\x92P_\x81_[\x84\x81\x10\x15aE\xC5W\x815aE\xA7\x81aB\xA7V[`\x01`\x01`\xA0\x1B\x03\x16\x86R` \x95\x86\x01\x95\x91\x90\x91\x01\x90`\x01\x01aE\x94V[P\x93\x94\x93PPPPV[` \x81R_a\x17\xA9` \x83\x01\x84\x86aE\x87V[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x11`\x04R`$_\xFD[d\xFF\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x0B]Wa\x0B]aE\xE2V[`@\x81R_aF?`@\x83\x01\x85\x87aE\x87V[\x90Pd\xFF\xFF\xFF\xFF\xFF\x83\x16` \x83\x01R\x94\x93PPPPV[c\xFF\xFF\xFF\xFF\x81\x16\x81\x14a4KW__\xFD[\x805a-\x8C\x81aFVV[aF\x7F\x82aDw\x83aB\xBBV[aF\x8B` \x82\x01aB\xBBV[`\x01`\x01`\xA0\x1B\x03\x16` \x83\x01R`@\x81\x81\x015\x90\x83\x01R``\x80\x82\x015\x90\x83\x01RaF\xB9`\x80\x82\x01aD4V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\x80\x83\x01RaF\xD4`\xA0\x82\x01aFgV[c\xFF\xFF\xFF\xFF\x16`\xA0\x83\x01RaF\xEB`\xC0\x82\x01aFgV[c\xFF\xFF\xFF\xFF\x16`\xC0\x83\x01RaG\x02`\xE0\x82\x01aFgV[c\xFF\xFF\xFF\xFF\x16`\xE0\x83\x01RaG\x1Aa\x01\0\x82\x01aB\xBBV[`\x01`\x01`\xA0\x1B\x03\x16a\x01\0\x83\x01RaG6a\x01 \x82\x01aDZV[a\xFF\xFF\x16a\x01 \x83\x01Ra\x01@\x81\x81\x015\x90\x83\x01RaGXa\x01`\x82\x01aB\xBBV[`\x01`\x01`\xA0\x1B\x03\x16a\x01`\x83\x01Ra\x01\x80\x81\x81\x015\x90\x83\x01Ra\x01\xA0\x90\x81\x015\x91\x01RV[a\x01\xC0\x81\x01a\x0B]\x82\x84aFrV[aG\x97\x81\x85aFrV[a\x01\xE0a\x01\xC0\x82\x01R\x81a\x01\xE0\x82\x01R\x81\x83a\x02\0\x83\x017_\x81\x83\x01a\x02\0\x90\x81\x01\x91\x90\x91R`\x1F\x90\x92\x01\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x16\x01\x01\x92\x91PPV[\x81\x81\x03\x81\x81\x11\x15a\x0B]Wa\x0B]aE\xE2V[d\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a4KW__\xFD[\x805a-\x8C\x81aG\xFFV[_` \x82\x84\x03\x12\x15aH,W__\xFD[\x815a\x18!\x81aG\xFFV[_` \x82\x84\x03\x12\x15aHGW__\xFD[\x815a\x18!\x81aFVV[`@Qa\x01`\x81\x01g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x82\x82\x10\x17\x15aH\x9BW\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`A`\x04R`$_\xFD[`@R\x90V[`\x01`\x01`\x80\x1B\x03\x81\x16\x81\x14a4KW__\xFD[\x805a-\x8C\x81aH\xA1V[\x80\x15\x15\x81\x14a4KW__\xFD[\x805a-\x8C\x81aH\xC0V[_a\x01`\x82\x84\x03\x12\x80\x15aH\xEAW__\xFD[PaH\xF3aHRV[aH\xFC\x83aH\xB5V[\x81RaI\n` \x84\x01aH\xB5V[` \x82\x01RaI\x1B`@\x84\x01aH\xB5V[`@\x82\x01RaI,``\x84\x01aH\x11V[``\x82\x01RaI=`\x80\x84\x01aH\x11V[`\x80\x82\x01RaIN`\xA0\x84\x01aFgV[`\xA0\x82\x01RaI_`\xC0\x84\x01aDZV[`\xC0\x82\x01RaIp`\xE0\x84\x01aB\xBBV[`\xE0\x82\x01RaI\x82a\x01\0\x84\x01aFgV[a\x01\0\x82\x01RaI\x95a\x01 \x84\x01aFgV[a\x01 \x82\x01RaI\xA8a\x01@\x84\x01aH\xCDV[a\x01@\x82\x01R\x93\x92PPPV[_\x815a\x0B]\x81aH\xA1V[_\x815a\x0B]\x81aG\xFFV[_\x815a\x0B]\x81aFVV[_\x815a\x0B]\x81aDKV[_\x815a\x0B]\x81aB\xA7V[_\x815a\x0B]\x81aH\xC0V[aJ>aJ\t\x83aI\xB5V[\x82T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16`\x01`\x01`\x80\x1B\x03\x91\x90\x91\x16\x17\x82UV[aJ\x85aJM` \x84\x01aI\xB5V[\x82T`\x01`\x01`\x80\x1B\x03\x16`\x80\x91\x90\x91\x1B\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x17\x82UV[`\x01\x81\x01aJ\x98aJ\t`@\x85\x01aI\xB5V[aJ\xEDaJ\xA7``\x85\x01aI\xC1V[\x82T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\x80\x91\x90\x91\x1Bt\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x17\x82UV[aKGaJ\xFC`\x80\x85\x01aI\xC1V[\x82T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\xA8\x91\x90\x91\x1By\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x17\x82UV[aK\xA5aKV`\xA0\x85\x01aI\xCDV[\x82T\x7F\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\xD0\x91\x90\x91\x1B}\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x17\x82UV[aL\x03aK\xB4`\xC0\x85\x01aI\xD9V[\x82T}\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\xF0\x91\x90\x91\x1B\x7F\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x17\x82UV[P`\x02\x81\x01aLLaL\x17`\xE0\x85\x01aI\xE5V[\x82T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16`\x01`\x01`\xA0\x1B\x03\x91\x90\x91\x16\x17\x82UV[aL\xA5aL\\a\x01\0\x85\x01aI\xCDV[\x82T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\xA0\x91\x90\x91\x1Bw\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x17\x82UV[aM\x02aL\xB5a\x01 \x85\x01aI\xCDV[\x82T\x7F\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\xC0\x91\x90\x91\x1B{\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x17\x82UV[a\r\xE0aM\x12a\x01@\x85\x01aI\xF1V[\x82\x80T\x7F\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x91\x15\x15`\xE0\x1B|\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x91\x90\x91\x17\x90UV[aM~\x82aMq\x83aH\xB5V[`\x01`\x01`\x80\x1B\x03\x16\x90RV[aM\x8A` \x82\x01aH\xB5V[`\x01`\x01`\x80\x1B\x03\x16` \x83\x01RaM\xA4`@\x82\x01aH\xB5V[`\x01`\x01`\x80\x1B\x03\x16`@\x83\x01RaM\xBE``\x82\x01aH\x11V[d\xFF\xFF\xFF\xFF\xFF\x16``\x83\x01RaM\xD6`\x80\x82\x01aH\x11V[d\xFF\xFF\xFF\xFF\xFF\x16`\x80\x83\x01RaM\xEE`\xA0\x82\x01aFgV[c\xFF\xFF\xFF\xFF\x16`\xA0\x83\x01RaN\x05`\xC0\x82\x01aDZV[a\xFF\xFF\x16`\xC0\x83\x01RaN\x1A`\xE0\x82\x01aB\xBBV[`\x01`\x01`\xA0\x1B\x03\x16`\xE0\x83\x01RaN5a\x01\0\x82\x01aFgV[c\xFF\xFF\xFF\xFF\x16a\x01\0\x83\x01RaNNa\x01 \x82\x01aFgV[c\xFF\xFF\xFF\xFF\x16a\x01 \x83\x01RaNga\x01@\x82\x01aH\xCDV[\x80\x15\x15a\x01@\x84\x01RPPPV[a\x01`\x81\x01a\x0B]\x82\x84aMdV[a\x01\x80\x81\x01aN\x93\x82\x85aMdV[d\xFF\xFF\xFF\xFF\xFF\x83\x16a\x01`\x83\x01R\x93\x92PPPV[` \x81R_a\x0B]` \x83\x01`\x05\x81R\x7Ftoken\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0` \x82\x01R`@\x01\x90V[`\x01`\x01`\xA0\x1B\x03\x86\x16\x81R\x84` \x82\x01RaO\x03`@\x82\x01\x85a@\xDAV[a\x01\xC0a\x01\xA0\x82\x01R_aO\x1Ca\x01\xC0\x83\x01\x84\x86aE\x87V[\x97\x96PPPPPPPV[\x83\x81R`\x01`\x01`\xA0\x1B\x03\x83\x16` \x82\x01R`\xC0\x81\x01\x825aOH\x81aB\xA7V[`\x01`\x01`\xA0\x1B\x03\x16`@\x83\x01R` \x83\x015aOd\x81aB\xA7V[`\x01`\x01`\xA0\x1B\x03\x16``\x83\x01R`@\x83\x015aO\x80\x81aB\xA7V[`\x01`\x01`\xA0\x1B\x03\x16`\x80\x83\x01R``\x92\x90\x92\x015`\xA0\x90\x91\x01R\x92\x91PPV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x12`\x04R`$_\xFD[_\x82aO\xDCWaO\xDCaO\xA1V[P\x04\x90V[_` \x82\x84\x03\x12\x15aO\xF1W__\xFD[\x815a\x18!\x81aH\xA1V[_` \x82\x84\x03\x12\x15aP\x0CW__\xFD[\x815a\x18!\x81aDKV[_` \x82\x84\x03\x12\x15aP'W__\xFD[\x815a\x18!\x81aH\xC0V[\x80\x82\x01\x80\x82\x11\x15a\x0B]Wa\x0B]aE\xE2V[\x80\x82\x02\x81\x15\x82\x82\x04\x84\x14\x17a\x0B]Wa\x0B]aE\xE2V[_\x82aPjWaPjaO\xA1V[P\x06\x90V[`\x80\x81\x01`\x02\x86\x10aP\xA8W\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`!`\x04R`$_\xFD[\x94\x81R`\x01`\x01`\xA0\x1B\x03\x93\x90\x93\x16` \x84\x01R`@\x83\x01\x91\x90\x91R``\x90\x91\x01R\x90V",
    );
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `GuardImmutable(bytes32)` and selector `0x1e4fdda5`.
    ```solidity
    error GuardImmutable(bytes32 id);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct GuardImmutable {
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
        impl ::core::convert::From<GuardImmutable> for UnderlyingRustTuple<'_> {
            fn from(value: GuardImmutable) -> Self {
                (value.id,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for GuardImmutable {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { id: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for GuardImmutable {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "GuardImmutable(bytes32)";
            const SELECTOR: [u8; 4] = [30u8, 79u8, 221u8, 165u8];
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
    /**Custom error with signature `GuardInactive(bytes32,uint8)` and selector `0xc6bdde2b`.
    ```solidity
    error GuardInactive(bytes32 id, uint8 flags);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct GuardInactive {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub flags: u8,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>, alloy::sol_types::sol_data::Uint<8>);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>, u8);
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
        impl ::core::convert::From<GuardInactive> for UnderlyingRustTuple<'_> {
            fn from(value: GuardInactive) -> Self {
                (value.id, value.flags)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for GuardInactive {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { id: tuple.0, flags: tuple.1 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for GuardInactive {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "GuardInactive(bytes32,uint8)";
            const SELECTOR: [u8; 4] = [198u8, 189u8, 222u8, 43u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(&self.id),
                    <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::SolType>::tokenize(&self.flags),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `GuardInvalidPolicy(string)` and selector `0xf622fb00`.
    ```solidity
    error GuardInvalidPolicy(string reason);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct GuardInvalidPolicy {
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
        impl ::core::convert::From<GuardInvalidPolicy> for UnderlyingRustTuple<'_> {
            fn from(value: GuardInvalidPolicy) -> Self {
                (value.reason,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for GuardInvalidPolicy {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { reason: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for GuardInvalidPolicy {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "GuardInvalidPolicy(string)";
            const SELECTOR: [u8; 4] = [246u8, 34u8, 251u8, 0u8];
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
    /**Custom error with signature `GuardInvalidRecipient(bytes32,address)` and selector `0xb6540697`.
    ```solidity
    error GuardInvalidRecipient(bytes32 id, address recipient);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct GuardInvalidRecipient {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub recipient: alloy::sol_types::private::Address,
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
        impl ::core::convert::From<GuardInvalidRecipient> for UnderlyingRustTuple<'_> {
            fn from(value: GuardInvalidRecipient) -> Self {
                (value.id, value.recipient)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for GuardInvalidRecipient {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { id: tuple.0, recipient: tuple.1 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for GuardInvalidRecipient {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "GuardInvalidRecipient(bytes32,address)";
            const SELECTOR: [u8; 4] = [182u8, 84u8, 6u8, 151u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(&self.id),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(&self.recipient),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `GuardNotReady(bytes32,uint256,uint256)` and selector `0x64338d62`.
    ```solidity
    error GuardNotReady(bytes32 id, uint256 effectiveAt, uint256 now);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct GuardNotReady {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub effectiveAt: alloy::sol_types::private::primitives::aliases::U256,
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
        impl ::core::convert::From<GuardNotReady> for UnderlyingRustTuple<'_> {
            fn from(value: GuardNotReady) -> Self {
                (value.id, value.effectiveAt, value.now)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for GuardNotReady {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { id: tuple.0, effectiveAt: tuple.1, now: tuple.2 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for GuardNotReady {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "GuardNotReady(bytes32,uint256,uint256)";
            const SELECTOR: [u8; 4] = [100u8, 51u8, 141u8, 98u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(&self.id),
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(&self.effectiveAt),
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
    /**Custom error with signature `GuardNotTripped(bytes32)` and selector `0xe5352fd0`.
    ```solidity
    error GuardNotTripped(bytes32 id);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct GuardNotTripped {
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
        impl ::core::convert::From<GuardNotTripped> for UnderlyingRustTuple<'_> {
            fn from(value: GuardNotTripped) -> Self {
                (value.id,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for GuardNotTripped {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { id: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for GuardNotTripped {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "GuardNotTripped(bytes32)";
            const SELECTOR: [u8; 4] = [229u8, 53u8, 47u8, 208u8];
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
    /**Custom error with signature `GuardOutsideWindow(bytes32,uint40,uint40,uint256)` and selector `0xff62800c`.
    ```solidity
    error GuardOutsideWindow(bytes32 id, uint40 start, uint40 end, uint256 now);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct GuardOutsideWindow {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub start: alloy::sol_types::private::primitives::aliases::U40,
        #[allow(missing_docs)]
        pub end: alloy::sol_types::private::primitives::aliases::U40,
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
            alloy::sol_types::sol_data::Uint<40>,
            alloy::sol_types::sol_data::Uint<40>,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::FixedBytes<32>,
            alloy::sol_types::private::primitives::aliases::U40,
            alloy::sol_types::private::primitives::aliases::U40,
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
        impl ::core::convert::From<GuardOutsideWindow> for UnderlyingRustTuple<'_> {
            fn from(value: GuardOutsideWindow) -> Self {
                (value.id, value.start, value.end, value.now)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for GuardOutsideWindow {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { id: tuple.0, start: tuple.1, end: tuple.2, now: tuple.3 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for GuardOutsideWindow {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "GuardOutsideWindow(bytes32,uint40,uint40,uint256)";
            const SELECTOR: [u8; 4] = [255u8, 98u8, 128u8, 12u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(&self.id),
                    <alloy::sol_types::sol_data::Uint<40> as alloy_sol_types::SolType>::tokenize(&self.start),
                    <alloy::sol_types::sol_data::Uint<40> as alloy_sol_types::SolType>::tokenize(&self.end),
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
    /**Custom error with signature `GuardOverBudget(bytes32,uint256,uint256)` and selector `0xccb6eb58`.
    ```solidity
    error GuardOverBudget(bytes32 id, uint256 amount, uint256 remaining);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct GuardOverBudget {
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
        impl ::core::convert::From<GuardOverBudget> for UnderlyingRustTuple<'_> {
            fn from(value: GuardOverBudget) -> Self {
                (value.id, value.amount, value.remaining)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for GuardOverBudget {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { id: tuple.0, amount: tuple.1, remaining: tuple.2 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for GuardOverBudget {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "GuardOverBudget(bytes32,uint256,uint256)";
            const SELECTOR: [u8; 4] = [204u8, 182u8, 235u8, 88u8];
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
    /**Custom error with signature `GuardOverCap(bytes32,uint256,uint256)` and selector `0x2d3c9f7b`.
    ```solidity
    error GuardOverCap(bytes32 id, uint256 amount, uint256 maxPayment);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct GuardOverCap {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub maxPayment: alloy::sol_types::private::primitives::aliases::U256,
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
        impl ::core::convert::From<GuardOverCap> for UnderlyingRustTuple<'_> {
            fn from(value: GuardOverCap) -> Self {
                (value.id, value.amount, value.maxPayment)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for GuardOverCap {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { id: tuple.0, amount: tuple.1, maxPayment: tuple.2 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for GuardOverCap {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "GuardOverCap(bytes32,uint256,uint256)";
            const SELECTOR: [u8; 4] = [45u8, 60u8, 159u8, 123u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(&self.id),
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(&self.amount),
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(&self.maxPayment),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `GuardPolicyExists(bytes32)` and selector `0x1f7b59c4`.
    ```solidity
    error GuardPolicyExists(bytes32 id);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct GuardPolicyExists {
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
        impl ::core::convert::From<GuardPolicyExists> for UnderlyingRustTuple<'_> {
            fn from(value: GuardPolicyExists) -> Self {
                (value.id,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for GuardPolicyExists {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { id: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for GuardPolicyExists {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "GuardPolicyExists(bytes32)";
            const SELECTOR: [u8; 4] = [31u8, 123u8, 89u8, 196u8];
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
    /**Custom error with signature `GuardRecipientNotAllowed(bytes32,address)` and selector `0x2f93ac87`.
    ```solidity
    error GuardRecipientNotAllowed(bytes32 id, address recipient);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct GuardRecipientNotAllowed {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub recipient: alloy::sol_types::private::Address,
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
        impl ::core::convert::From<GuardRecipientNotAllowed> for UnderlyingRustTuple<'_> {
            fn from(value: GuardRecipientNotAllowed) -> Self {
                (value.id, value.recipient)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for GuardRecipientNotAllowed {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { id: tuple.0, recipient: tuple.1 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for GuardRecipientNotAllowed {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "GuardRecipientNotAllowed(bytes32,address)";
            const SELECTOR: [u8; 4] = [47u8, 147u8, 172u8, 135u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(&self.id),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(&self.recipient),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `GuardUnauthorized(bytes32,address)` and selector `0x1c245e28`.
    ```solidity
    error GuardUnauthorized(bytes32 id, address caller);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct GuardUnauthorized {
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
        impl ::core::convert::From<GuardUnauthorized> for UnderlyingRustTuple<'_> {
            fn from(value: GuardUnauthorized) -> Self {
                (value.id, value.caller)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for GuardUnauthorized {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { id: tuple.0, caller: tuple.1 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for GuardUnauthorized {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "GuardUnauthorized(bytes32,address)";
            const SELECTOR: [u8; 4] = [28u8, 36u8, 94u8, 40u8];
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
    /**Custom error with signature `GuardUnknownPolicy(bytes32)` and selector `0x1315dbf1`.
    ```solidity
    error GuardUnknownPolicy(bytes32 id);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct GuardUnknownPolicy {
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
        impl ::core::convert::From<GuardUnknownPolicy> for UnderlyingRustTuple<'_> {
            fn from(value: GuardUnknownPolicy) -> Self {
                (value.id,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for GuardUnknownPolicy {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { id: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for GuardUnknownPolicy {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "GuardUnknownPolicy(bytes32)";
            const SELECTOR: [u8; 4] = [19u8, 21u8, 219u8, 241u8];
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
    /**Custom error with signature `GuardWrongTerms(bytes32,string)` and selector `0x0266dfaa`.
    ```solidity
    error GuardWrongTerms(bytes32 id, string reason);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct GuardWrongTerms {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub reason: alloy::sol_types::private::String,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>, alloy::sol_types::sol_data::String);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>, alloy::sol_types::private::String);
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
        impl ::core::convert::From<GuardWrongTerms> for UnderlyingRustTuple<'_> {
            fn from(value: GuardWrongTerms) -> Self {
                (value.id, value.reason)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for GuardWrongTerms {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { id: tuple.0, reason: tuple.1 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for GuardWrongTerms {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "GuardWrongTerms(bytes32,string)";
            const SELECTOR: [u8; 4] = [2u8, 102u8, 223u8, 170u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(&self.id),
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(&self.reason),
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
    /**Event with signature `BreakerReset(bytes32)` and selector `0xc906a7a39ad0e8e8c392f773221554827806cfdffe5c79cf1888786f82d3ab92`.
    ```solidity
    event BreakerReset(bytes32 indexed id);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct BreakerReset {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for BreakerReset {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (alloy_sol_types::sol_data::FixedBytes<32>, alloy::sol_types::sol_data::FixedBytes<32>);
            const SIGNATURE: &'static str = "BreakerReset(bytes32)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                201u8, 6u8, 167u8, 163u8, 154u8, 208u8, 232u8, 232u8, 195u8, 146u8, 247u8, 115u8, 34u8, 21u8, 84u8,
                130u8, 120u8, 6u8, 207u8, 223u8, 254u8, 92u8, 121u8, 207u8, 24u8, 136u8, 120u8, 111u8, 130u8, 211u8,
                171u8, 146u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { id: topics.1 }
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
        impl alloy_sol_types::private::IntoLogData for BreakerReset {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&BreakerReset> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &BreakerReset) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `BreakerTripped(bytes32,uint8,address,uint256,uint256)` and selector `0x73e090ca45690af405c980c080f91a7c5ecba2b87f6205bf4cea15eb39bafa15`.
    ```solidity
    event BreakerTripped(bytes32 indexed id, ISpendingGuard.Trip reason, address to, uint256 amount, uint256 observed);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct BreakerTripped {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub reason: <ISpendingGuard::Trip as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub to: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub observed: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for BreakerTripped {
            type DataTuple<'a> = (
                ISpendingGuard::Trip,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (alloy_sol_types::sol_data::FixedBytes<32>, alloy::sol_types::sol_data::FixedBytes<32>);
            const SIGNATURE: &'static str = "BreakerTripped(bytes32,uint8,address,uint256,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                115u8, 224u8, 144u8, 202u8, 69u8, 105u8, 10u8, 244u8, 5u8, 201u8, 128u8, 192u8, 128u8, 249u8, 26u8,
                124u8, 94u8, 203u8, 162u8, 184u8, 127u8, 98u8, 5u8, 191u8, 76u8, 234u8, 21u8, 235u8, 57u8, 186u8,
                250u8, 21u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { id: topics.1, reason: data.0, to: data.1, amount: data.2, observed: data.3 }
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
                    <ISpendingGuard::Trip as alloy_sol_types::SolType>::tokenize(&self.reason),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(&self.to),
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(&self.amount),
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(&self.observed),
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
        impl alloy_sol_types::private::IntoLogData for BreakerTripped {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&BreakerTripped> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &BreakerTripped) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `ChangeCancelled(bytes32,address)` and selector `0x7a085c57876bc87bfd5039351f8ef885bd8e9d85c94c003685be4a64c308753f`.
    ```solidity
    event ChangeCancelled(bytes32 indexed id, address indexed by);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct ChangeCancelled {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub by: alloy::sol_types::private::Address,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for ChangeCancelled {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "ChangeCancelled(bytes32,address)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                122u8, 8u8, 92u8, 87u8, 135u8, 107u8, 200u8, 123u8, 253u8, 80u8, 57u8, 53u8, 31u8, 142u8, 248u8, 133u8,
                189u8, 142u8, 157u8, 133u8, 201u8, 76u8, 0u8, 54u8, 133u8, 190u8, 74u8, 100u8, 195u8, 8u8, 117u8, 63u8,
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
        impl alloy_sol_types::private::IntoLogData for ChangeCancelled {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&ChangeCancelled> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &ChangeCancelled) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `ChangeQueued(bytes32,(uint128,uint128,uint128,uint40,uint40,uint32,uint16,address,uint32,uint32,bool),uint40)` and selector `0x3b318aada3f0de7702ac8c5c266649c901aacd4235fc58543c17fbbd8e70d7c4`.
    ```solidity
    event ChangeQueued(bytes32 indexed id, ISpendingGuard.Policy policy, uint40 effectiveAt);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct ChangeQueued {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub policy: <ISpendingGuard::Policy as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub effectiveAt: alloy::sol_types::private::primitives::aliases::U40,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for ChangeQueued {
            type DataTuple<'a> = (ISpendingGuard::Policy, alloy::sol_types::sol_data::Uint<40>);
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (alloy_sol_types::sol_data::FixedBytes<32>, alloy::sol_types::sol_data::FixedBytes<32>);
            const SIGNATURE: &'static str = "ChangeQueued(bytes32,(uint128,uint128,uint128,uint40,uint40,uint32,uint16,address,uint32,uint32,bool),uint40)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                59u8, 49u8, 138u8, 173u8, 163u8, 240u8, 222u8, 119u8, 2u8, 172u8, 140u8, 92u8, 38u8, 102u8, 73u8,
                201u8, 1u8, 170u8, 205u8, 66u8, 53u8, 252u8, 88u8, 84u8, 60u8, 23u8, 251u8, 189u8, 142u8, 112u8, 215u8,
                196u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { id: topics.1, policy: data.0, effectiveAt: data.1 }
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
                    <ISpendingGuard::Policy as alloy_sol_types::SolType>::tokenize(&self.policy),
                    <alloy::sol_types::sol_data::Uint<40> as alloy_sol_types::SolType>::tokenize(&self.effectiveAt),
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
        impl alloy_sol_types::private::IntoLogData for ChangeQueued {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&ChangeQueued> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &ChangeQueued) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `Paused(bytes32,address)` and selector `0x3744e75c880ad028c816826c1d28654b9ac6656a7fd918d5057b186e14597284`.
    ```solidity
    event Paused(bytes32 indexed id, address indexed by);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct Paused {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub by: alloy::sol_types::private::Address,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for Paused {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "Paused(bytes32,address)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                55u8, 68u8, 231u8, 92u8, 136u8, 10u8, 208u8, 40u8, 200u8, 22u8, 130u8, 108u8, 29u8, 40u8, 101u8, 75u8,
                154u8, 198u8, 101u8, 106u8, 127u8, 217u8, 24u8, 213u8, 5u8, 123u8, 24u8, 110u8, 20u8, 89u8, 114u8,
                132u8,
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
        impl alloy_sol_types::private::IntoLogData for Paused {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&Paused> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &Paused) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `PolicyChanged(bytes32,(uint128,uint128,uint128,uint40,uint40,uint32,uint16,address,uint32,uint32,bool))` and selector `0xb5b975bf930db7852b9f2e749d562c280ef7f6c7a80307fe03cbdcd88dd46466`.
    ```solidity
    event PolicyChanged(bytes32 indexed id, ISpendingGuard.Policy policy);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct PolicyChanged {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub policy: <ISpendingGuard::Policy as alloy::sol_types::SolType>::RustType,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for PolicyChanged {
            type DataTuple<'a> = (ISpendingGuard::Policy,);
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (alloy_sol_types::sol_data::FixedBytes<32>, alloy::sol_types::sol_data::FixedBytes<32>);
            const SIGNATURE: &'static str = "PolicyChanged(bytes32,(uint128,uint128,uint128,uint40,uint40,uint32,uint16,address,uint32,uint32,bool))";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                181u8, 185u8, 117u8, 191u8, 147u8, 13u8, 183u8, 133u8, 43u8, 159u8, 46u8, 116u8, 157u8, 86u8, 44u8,
                40u8, 14u8, 247u8, 246u8, 199u8, 168u8, 3u8, 7u8, 254u8, 3u8, 203u8, 220u8, 216u8, 141u8, 212u8, 100u8,
                102u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { id: topics.1, policy: data.0 }
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
                (<ISpendingGuard::Policy as alloy_sol_types::SolType>::tokenize(&self.policy),)
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
        impl alloy_sol_types::private::IntoLogData for PolicyChanged {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&PolicyChanged> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &PolicyChanged) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `PolicyGranted(bytes32,address,address,address,bytes32,(uint128,uint128,uint128,uint40,uint40,uint32,uint16,address,uint32,uint32,bool),address[])` and selector `0xc1186691fdde0525e652ad9d6dd12e531cb410ff794bbcbaf84b993c141f228c`.
    ```solidity
    event PolicyGranted(bytes32 indexed id, address indexed operator, address indexed agent, address token, bytes32 salt, ISpendingGuard.Policy policy, address[] recipients);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct PolicyGranted {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub operator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub agent: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub token: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub salt: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub policy: <ISpendingGuard::Policy as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub recipients: alloy::sol_types::private::Vec<alloy::sol_types::private::Address>,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for PolicyGranted {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::FixedBytes<32>,
                ISpendingGuard::Policy,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Address>,
            );
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "PolicyGranted(bytes32,address,address,address,bytes32,(uint128,uint128,uint128,uint40,uint40,uint32,uint16,address,uint32,uint32,bool),address[])";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                193u8, 24u8, 102u8, 145u8, 253u8, 222u8, 5u8, 37u8, 230u8, 82u8, 173u8, 157u8, 109u8, 209u8, 46u8,
                83u8, 28u8, 180u8, 16u8, 255u8, 121u8, 75u8, 188u8, 186u8, 248u8, 75u8, 153u8, 60u8, 20u8, 31u8, 34u8,
                140u8,
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
                    operator: topics.2,
                    agent: topics.3,
                    token: data.0,
                    salt: data.1,
                    policy: data.2,
                    recipients: data.3,
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
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.token,
                    ),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.salt),
                    <ISpendingGuard::Policy as alloy_sol_types::SolType>::tokenize(
                        &self.policy,
                    ),
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Address,
                    > as alloy_sol_types::SolType>::tokenize(&self.recipients),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.id.clone(), self.operator.clone(), self.agent.clone())
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
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(&self.operator);
                out[3usize] =
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(&self.agent);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for PolicyGranted {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&PolicyGranted> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &PolicyGranted) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `RecipientsAllowed(bytes32,address[],uint40)` and selector `0x45b2af96b258094e7ca94945c23dbec506350535751389cccac65b96cc535ad7`.
    ```solidity
    event RecipientsAllowed(bytes32 indexed id, address[] recipients, uint40 allowedFrom);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct RecipientsAllowed {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub recipients: alloy::sol_types::private::Vec<alloy::sol_types::private::Address>,
        #[allow(missing_docs)]
        pub allowedFrom: alloy::sol_types::private::primitives::aliases::U40,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for RecipientsAllowed {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Address>,
                alloy::sol_types::sol_data::Uint<40>,
            );
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (alloy_sol_types::sol_data::FixedBytes<32>, alloy::sol_types::sol_data::FixedBytes<32>);
            const SIGNATURE: &'static str = "RecipientsAllowed(bytes32,address[],uint40)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                69u8, 178u8, 175u8, 150u8, 178u8, 88u8, 9u8, 78u8, 124u8, 169u8, 73u8, 69u8, 194u8, 61u8, 190u8, 197u8,
                6u8, 53u8, 5u8, 53u8, 117u8, 19u8, 137u8, 204u8, 202u8, 198u8, 91u8, 150u8, 204u8, 83u8, 90u8, 215u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { id: topics.1, recipients: data.0, allowedFrom: data.1 }
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
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Address,
                    > as alloy_sol_types::SolType>::tokenize(&self.recipients),
                    <alloy::sol_types::sol_data::Uint<
                        40,
                    > as alloy_sol_types::SolType>::tokenize(&self.allowedFrom),
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
        impl alloy_sol_types::private::IntoLogData for RecipientsAllowed {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&RecipientsAllowed> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &RecipientsAllowed) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `RecipientsRemoved(bytes32,address[])` and selector `0xf4441267bee98003dfb2990eff9c9a930d60cdb11e520ee74bde58542b933829`.
    ```solidity
    event RecipientsRemoved(bytes32 indexed id, address[] recipients);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct RecipientsRemoved {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub recipients: alloy::sol_types::private::Vec<alloy::sol_types::private::Address>,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for RecipientsRemoved {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Address>,);
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (alloy_sol_types::sol_data::FixedBytes<32>, alloy::sol_types::sol_data::FixedBytes<32>);
            const SIGNATURE: &'static str = "RecipientsRemoved(bytes32,address[])";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                244u8, 68u8, 18u8, 103u8, 190u8, 233u8, 128u8, 3u8, 223u8, 178u8, 153u8, 14u8, 255u8, 156u8, 154u8,
                147u8, 13u8, 96u8, 205u8, 177u8, 30u8, 82u8, 14u8, 231u8, 75u8, 222u8, 88u8, 84u8, 43u8, 147u8, 56u8,
                41u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { id: topics.1, recipients: data.0 }
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
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Address,
                    > as alloy_sol_types::SolType>::tokenize(&self.recipients),
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
        impl alloy_sol_types::private::IntoLogData for RecipientsRemoved {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&RecipientsRemoved> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &RecipientsRemoved) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `Revoked(bytes32,address)` and selector `0x5bc2baf870c5baf189838b5e0b0e3b04a3263e2df5d305d1c15f3e6022f5dc45`.
    ```solidity
    event Revoked(bytes32 indexed id, address indexed by);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct Revoked {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub by: alloy::sol_types::private::Address,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for Revoked {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "Revoked(bytes32,address)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                91u8, 194u8, 186u8, 248u8, 112u8, 197u8, 186u8, 241u8, 137u8, 131u8, 139u8, 94u8, 11u8, 14u8, 59u8,
                4u8, 163u8, 38u8, 62u8, 45u8, 245u8, 211u8, 5u8, 209u8, 193u8, 95u8, 62u8, 96u8, 34u8, 245u8, 220u8,
                69u8,
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
    /**Event with signature `Spent(bytes32,address,uint256,uint40,uint256,bytes32)` and selector `0xdc03b5287d00f3a6125df01878e134a79bf4f06afb6b3be41eb7082b6b2024e9`.
    ```solidity
    event Spent(bytes32 indexed id, address indexed to, uint256 amount, uint40 periodIndex, uint256 spentInPeriod, bytes32 r#ref);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct Spent {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub to: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub periodIndex: alloy::sol_types::private::primitives::aliases::U40,
        #[allow(missing_docs)]
        pub spentInPeriod: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub r#ref: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for Spent {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<40>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "Spent(bytes32,address,uint256,uint40,uint256,bytes32)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                220u8, 3u8, 181u8, 40u8, 125u8, 0u8, 243u8, 166u8, 18u8, 93u8, 240u8, 24u8, 120u8, 225u8, 52u8, 167u8,
                155u8, 244u8, 240u8, 106u8, 251u8, 107u8, 59u8, 228u8, 30u8, 183u8, 8u8, 43u8, 107u8, 32u8, 36u8,
                233u8,
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
                    to: topics.2,
                    amount: data.0,
                    periodIndex: data.1,
                    spentInPeriod: data.2,
                    r#ref: data.3,
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
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(&self.amount),
                    <alloy::sol_types::sol_data::Uint<40> as alloy_sol_types::SolType>::tokenize(&self.periodIndex),
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(&self.spentInPeriod),
                    <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(&self.r#ref),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.id.clone(), self.to.clone())
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
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(&self.to);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for Spent {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&Spent> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &Spent) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `UnpauseQueued(bytes32,uint40)` and selector `0x4678f20771dbc33303ae2318a47d411125a7c5f0fa7591dc4494bb8d845c0be8`.
    ```solidity
    event UnpauseQueued(bytes32 indexed id, uint40 effectiveAt);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct UnpauseQueued {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub effectiveAt: alloy::sol_types::private::primitives::aliases::U40,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for UnpauseQueued {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Uint<40>,);
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (alloy_sol_types::sol_data::FixedBytes<32>, alloy::sol_types::sol_data::FixedBytes<32>);
            const SIGNATURE: &'static str = "UnpauseQueued(bytes32,uint40)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                70u8, 120u8, 242u8, 7u8, 113u8, 219u8, 195u8, 51u8, 3u8, 174u8, 35u8, 24u8, 164u8, 125u8, 65u8, 17u8,
                37u8, 167u8, 197u8, 240u8, 250u8, 117u8, 145u8, 220u8, 68u8, 148u8, 187u8, 141u8, 132u8, 92u8, 11u8,
                232u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { id: topics.1, effectiveAt: data.0 }
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
                (<alloy::sol_types::sol_data::Uint<40> as alloy_sol_types::SolType>::tokenize(&self.effectiveAt),)
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
        impl alloy_sol_types::private::IntoLogData for UnpauseQueued {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&UnpauseQueued> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &UnpauseQueued) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    /**Constructor`.
    ```solidity
    constructor(address escrow_, address taskBoard_);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct constructorCall {
        #[allow(missing_docs)]
        pub escrow_: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub taskBoard_: alloy::sol_types::private::Address,
    }
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
            impl ::core::convert::From<constructorCall> for UnderlyingRustTuple<'_> {
                fn from(value: constructorCall) -> Self {
                    (value.escrow_, value.taskBoard_)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for constructorCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { escrow_: tuple.0, taskBoard_: tuple.1 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolConstructor for constructorCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address, alloy::sol_types::sol_data::Address);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(&self.escrow_),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(&self.taskBoard_),
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `FLAG_PAUSED()` and selector `0x27a5e108`.
    ```solidity
    function FLAG_PAUSED() external view returns (uint8);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct FLAG_PAUSEDCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`FLAG_PAUSED()`](FLAG_PAUSEDCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct FLAG_PAUSEDReturn {
        #[allow(missing_docs)]
        pub _0: u8,
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
            impl ::core::convert::From<FLAG_PAUSEDCall> for UnderlyingRustTuple<'_> {
                fn from(value: FLAG_PAUSEDCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for FLAG_PAUSEDCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<8>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u8,);
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
            impl ::core::convert::From<FLAG_PAUSEDReturn> for UnderlyingRustTuple<'_> {
                fn from(value: FLAG_PAUSEDReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for FLAG_PAUSEDReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for FLAG_PAUSEDCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = u8;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<8>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "FLAG_PAUSED()";
            const SELECTOR: [u8; 4] = [39u8, 165u8, 225u8, 8u8];
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
                (<alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(|r| {
                    let r: FLAG_PAUSEDReturn = r.into();
                    r._0
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(|r| {
                    let r: FLAG_PAUSEDReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `FLAG_REVOKED()` and selector `0x81d823b9`.
    ```solidity
    function FLAG_REVOKED() external view returns (uint8);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct FLAG_REVOKEDCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`FLAG_REVOKED()`](FLAG_REVOKEDCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct FLAG_REVOKEDReturn {
        #[allow(missing_docs)]
        pub _0: u8,
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
            impl ::core::convert::From<FLAG_REVOKEDCall> for UnderlyingRustTuple<'_> {
                fn from(value: FLAG_REVOKEDCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for FLAG_REVOKEDCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<8>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u8,);
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
            impl ::core::convert::From<FLAG_REVOKEDReturn> for UnderlyingRustTuple<'_> {
                fn from(value: FLAG_REVOKEDReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for FLAG_REVOKEDReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for FLAG_REVOKEDCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = u8;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<8>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "FLAG_REVOKED()";
            const SELECTOR: [u8; 4] = [129u8, 216u8, 35u8, 185u8];
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
                (<alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(|r| {
                    let r: FLAG_REVOKEDReturn = r.into();
                    r._0
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(|r| {
                    let r: FLAG_REVOKEDReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `FLAG_TRIPPED()` and selector `0xf884b9d2`.
    ```solidity
    function FLAG_TRIPPED() external view returns (uint8);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct FLAG_TRIPPEDCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`FLAG_TRIPPED()`](FLAG_TRIPPEDCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct FLAG_TRIPPEDReturn {
        #[allow(missing_docs)]
        pub _0: u8,
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
            impl ::core::convert::From<FLAG_TRIPPEDCall> for UnderlyingRustTuple<'_> {
                fn from(value: FLAG_TRIPPEDCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for FLAG_TRIPPEDCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<8>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u8,);
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
            impl ::core::convert::From<FLAG_TRIPPEDReturn> for UnderlyingRustTuple<'_> {
                fn from(value: FLAG_TRIPPEDReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for FLAG_TRIPPEDReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for FLAG_TRIPPEDCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = u8;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<8>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "FLAG_TRIPPED()";
            const SELECTOR: [u8; 4] = [248u8, 132u8, 185u8, 210u8];
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
                (<alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(|r| {
                    let r: FLAG_TRIPPEDReturn = r.into();
                    r._0
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(|r| {
                    let r: FLAG_TRIPPEDReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `allowRecipients((address,address,address,bytes32),address[])` and selector `0x8b2ab213`.
    ```solidity
    function allowRecipients(ISpendingGuard.PolicyKey memory key, address[] memory recipients) external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct allowRecipientsCall {
        #[allow(missing_docs)]
        pub key: <ISpendingGuard::PolicyKey as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub recipients: alloy::sol_types::private::Vec<alloy::sol_types::private::Address>,
    }
    ///Container type for the return parameters of the [`allowRecipients((address,address,address,bytes32),address[])`](allowRecipientsCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct allowRecipientsReturn {}
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> =
                (ISpendingGuard::PolicyKey, alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Address>);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <ISpendingGuard::PolicyKey as alloy::sol_types::SolType>::RustType,
                alloy::sol_types::private::Vec<alloy::sol_types::private::Address>,
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
            impl ::core::convert::From<allowRecipientsCall> for UnderlyingRustTuple<'_> {
                fn from(value: allowRecipientsCall) -> Self {
                    (value.key, value.recipients)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for allowRecipientsCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { key: tuple.0, recipients: tuple.1 }
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
            impl ::core::convert::From<allowRecipientsReturn> for UnderlyingRustTuple<'_> {
                fn from(value: allowRecipientsReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for allowRecipientsReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl allowRecipientsReturn {
            fn _tokenize(&self) -> <allowRecipientsCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for allowRecipientsCall {
            type Parameters<'a> =
                (ISpendingGuard::PolicyKey, alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Address>);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = allowRecipientsReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "allowRecipients((address,address,address,bytes32),address[])";
            const SELECTOR: [u8; 4] = [139u8, 42u8, 178u8, 19u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <ISpendingGuard::PolicyKey as alloy_sol_types::SolType>::tokenize(
                        &self.key,
                    ),
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Address,
                    > as alloy_sol_types::SolType>::tokenize(&self.recipients),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                allowRecipientsReturn::_tokenize(ret)
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
    /**Function with signature `allowedFrom(bytes32,address)` and selector `0xa5dbcded`.
    ```solidity
    function allowedFrom(bytes32 id, address recipient) external view returns (uint40);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct allowedFromCall {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub recipient: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`allowedFrom(bytes32,address)`](allowedFromCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct allowedFromReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U40,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> =
                (alloy::sol_types::sol_data::FixedBytes<32>, alloy::sol_types::sol_data::Address);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> =
                (alloy::sol_types::private::FixedBytes<32>, alloy::sol_types::private::Address);
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
            impl ::core::convert::From<allowedFromCall> for UnderlyingRustTuple<'_> {
                fn from(value: allowedFromCall) -> Self {
                    (value.id, value.recipient)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for allowedFromCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { id: tuple.0, recipient: tuple.1 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<40>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::primitives::aliases::U40,);
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
            impl ::core::convert::From<allowedFromReturn> for UnderlyingRustTuple<'_> {
                fn from(value: allowedFromReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for allowedFromReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for allowedFromCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::FixedBytes<32>, alloy::sol_types::sol_data::Address);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U40;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<40>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "allowedFrom(bytes32,address)";
            const SELECTOR: [u8; 4] = [165u8, 219u8, 205u8, 237u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(&self.id),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(&self.recipient),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<alloy::sol_types::sol_data::Uint<40> as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(|r| {
                    let r: allowedFromReturn = r.into();
                    r._0
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(|r| {
                    let r: allowedFromReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `applyChange((address,address,address,bytes32))` and selector `0x8e02c4c6`.
    ```solidity
    function applyChange(ISpendingGuard.PolicyKey memory key) external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct applyChangeCall {
        #[allow(missing_docs)]
        pub key: <ISpendingGuard::PolicyKey as alloy::sol_types::SolType>::RustType,
    }
    ///Container type for the return parameters of the [`applyChange((address,address,address,bytes32))`](applyChangeCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct applyChangeReturn {}
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (ISpendingGuard::PolicyKey,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (<ISpendingGuard::PolicyKey as alloy::sol_types::SolType>::RustType,);
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
            impl ::core::convert::From<applyChangeCall> for UnderlyingRustTuple<'_> {
                fn from(value: applyChangeCall) -> Self {
                    (value.key,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for applyChangeCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { key: tuple.0 }
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
            impl ::core::convert::From<applyChangeReturn> for UnderlyingRustTuple<'_> {
                fn from(value: applyChangeReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for applyChangeReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl applyChangeReturn {
            fn _tokenize(&self) -> <applyChangeCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for applyChangeCall {
            type Parameters<'a> = (ISpendingGuard::PolicyKey,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = applyChangeReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "applyChange((address,address,address,bytes32))";
            const SELECTOR: [u8; 4] = [142u8, 2u8, 196u8, 198u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<ISpendingGuard::PolicyKey as alloy_sol_types::SolType>::tokenize(&self.key),)
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                applyChangeReturn::_tokenize(ret)
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
    /**Function with signature `cancelChange((address,address,address,bytes32))` and selector `0x429fe170`.
    ```solidity
    function cancelChange(ISpendingGuard.PolicyKey memory key) external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct cancelChangeCall {
        #[allow(missing_docs)]
        pub key: <ISpendingGuard::PolicyKey as alloy::sol_types::SolType>::RustType,
    }
    ///Container type for the return parameters of the [`cancelChange((address,address,address,bytes32))`](cancelChangeCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct cancelChangeReturn {}
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (ISpendingGuard::PolicyKey,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (<ISpendingGuard::PolicyKey as alloy::sol_types::SolType>::RustType,);
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
            impl ::core::convert::From<cancelChangeCall> for UnderlyingRustTuple<'_> {
                fn from(value: cancelChangeCall) -> Self {
                    (value.key,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for cancelChangeCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { key: tuple.0 }
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
            impl ::core::convert::From<cancelChangeReturn> for UnderlyingRustTuple<'_> {
                fn from(value: cancelChangeReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for cancelChangeReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl cancelChangeReturn {
            fn _tokenize(&self) -> <cancelChangeCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for cancelChangeCall {
            type Parameters<'a> = (ISpendingGuard::PolicyKey,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = cancelChangeReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "cancelChange((address,address,address,bytes32))";
            const SELECTOR: [u8; 4] = [66u8, 159u8, 225u8, 112u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<ISpendingGuard::PolicyKey as alloy_sol_types::SolType>::tokenize(&self.key),)
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                cancelChangeReturn::_tokenize(ret)
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
    /**Function with signature `change((address,address,address,bytes32),(uint128,uint128,uint128,uint40,uint40,uint32,uint16,address,uint32,uint32,bool))` and selector `0xe12c5536`.
    ```solidity
    function change(ISpendingGuard.PolicyKey memory key, ISpendingGuard.Policy memory policy) external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct changeCall {
        #[allow(missing_docs)]
        pub key: <ISpendingGuard::PolicyKey as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub policy: <ISpendingGuard::Policy as alloy::sol_types::SolType>::RustType,
    }
    ///Container type for the return parameters of the [`change((address,address,address,bytes32),(uint128,uint128,uint128,uint40,uint40,uint32,uint16,address,uint32,uint32,bool))`](changeCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct changeReturn {}
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (ISpendingGuard::PolicyKey, ISpendingGuard::Policy);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <ISpendingGuard::PolicyKey as alloy::sol_types::SolType>::RustType,
                <ISpendingGuard::Policy as alloy::sol_types::SolType>::RustType,
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
            impl ::core::convert::From<changeCall> for UnderlyingRustTuple<'_> {
                fn from(value: changeCall) -> Self {
                    (value.key, value.policy)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for changeCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { key: tuple.0, policy: tuple.1 }
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
            impl ::core::convert::From<changeReturn> for UnderlyingRustTuple<'_> {
                fn from(value: changeReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for changeReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl changeReturn {
            fn _tokenize(&self) -> <changeCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for changeCall {
            type Parameters<'a> = (ISpendingGuard::PolicyKey, ISpendingGuard::Policy);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = changeReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "change((address,address,address,bytes32),(uint128,uint128,uint128,uint40,uint40,uint32,uint16,address,uint32,uint32,bool))";
            const SELECTOR: [u8; 4] = [225u8, 44u8, 85u8, 54u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <ISpendingGuard::PolicyKey as alloy_sol_types::SolType>::tokenize(&self.key),
                    <ISpendingGuard::Policy as alloy_sol_types::SolType>::tokenize(&self.policy),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                changeReturn::_tokenize(ret)
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
    /**Function with signature `escrow()` and selector `0xe2fdcc17`.
    ```solidity
    function escrow() external view returns (address);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct escrowCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`escrow()`](escrowCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct escrowReturn {
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
            impl ::core::convert::From<escrowCall> for UnderlyingRustTuple<'_> {
                fn from(value: escrowCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for escrowCall {
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
            impl ::core::convert::From<escrowReturn> for UnderlyingRustTuple<'_> {
                fn from(value: escrowReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for escrowReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for escrowCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Address;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "escrow()";
            const SELECTOR: [u8; 4] = [226u8, 253u8, 204u8, 23u8];
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
                    let r: escrowReturn = r.into();
                    r._0
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(|r| {
                    let r: escrowReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `getPendingPolicy(bytes32)` and selector `0x5a579570`.
    ```solidity
    function getPendingPolicy(bytes32 id) external view returns (ISpendingGuard.Policy memory);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getPendingPolicyCall {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`getPendingPolicy(bytes32)`](getPendingPolicyCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getPendingPolicyReturn {
        #[allow(missing_docs)]
        pub _0: <ISpendingGuard::Policy as alloy::sol_types::SolType>::RustType,
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
            impl ::core::convert::From<getPendingPolicyCall> for UnderlyingRustTuple<'_> {
                fn from(value: getPendingPolicyCall) -> Self {
                    (value.id,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for getPendingPolicyCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { id: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (ISpendingGuard::Policy,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (<ISpendingGuard::Policy as alloy::sol_types::SolType>::RustType,);
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
            impl ::core::convert::From<getPendingPolicyReturn> for UnderlyingRustTuple<'_> {
                fn from(value: getPendingPolicyReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for getPendingPolicyReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for getPendingPolicyCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = <ISpendingGuard::Policy as alloy::sol_types::SolType>::RustType;
            type ReturnTuple<'a> = (ISpendingGuard::Policy,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "getPendingPolicy(bytes32)";
            const SELECTOR: [u8; 4] = [90u8, 87u8, 149u8, 112u8];
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
                (<ISpendingGuard::Policy as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(|r| {
                    let r: getPendingPolicyReturn = r.into();
                    r._0
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(|r| {
                    let r: getPendingPolicyReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `getPolicy(bytes32)` and selector `0xa3f685f9`.
    ```solidity
    function getPolicy(bytes32 id) external view returns (ISpendingGuard.Policy memory);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getPolicyCall {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`getPolicy(bytes32)`](getPolicyCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getPolicyReturn {
        #[allow(missing_docs)]
        pub _0: <ISpendingGuard::Policy as alloy::sol_types::SolType>::RustType,
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
            impl ::core::convert::From<getPolicyCall> for UnderlyingRustTuple<'_> {
                fn from(value: getPolicyCall) -> Self {
                    (value.id,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for getPolicyCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { id: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (ISpendingGuard::Policy,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (<ISpendingGuard::Policy as alloy::sol_types::SolType>::RustType,);
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
            impl ::core::convert::From<getPolicyReturn> for UnderlyingRustTuple<'_> {
                fn from(value: getPolicyReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for getPolicyReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for getPolicyCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = <ISpendingGuard::Policy as alloy::sol_types::SolType>::RustType;
            type ReturnTuple<'a> = (ISpendingGuard::Policy,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "getPolicy(bytes32)";
            const SELECTOR: [u8; 4] = [163u8, 246u8, 133u8, 249u8];
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
                (<ISpendingGuard::Policy as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(|r| {
                    let r: getPolicyReturn = r.into();
                    r._0
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(|r| {
                    let r: getPolicyReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `getState(bytes32)` and selector `0x09648a9d`.
    ```solidity
    function getState(bytes32 id) external view returns (ISpendingGuard.State memory);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getStateCall {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`getState(bytes32)`](getStateCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getStateReturn {
        #[allow(missing_docs)]
        pub _0: <ISpendingGuard::State as alloy::sol_types::SolType>::RustType,
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
            type UnderlyingSolTuple<'a> = (ISpendingGuard::State,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (<ISpendingGuard::State as alloy::sol_types::SolType>::RustType,);
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
            type Return = <ISpendingGuard::State as alloy::sol_types::SolType>::RustType;
            type ReturnTuple<'a> = (ISpendingGuard::State,);
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
                (<ISpendingGuard::State as alloy_sol_types::SolType>::tokenize(ret),)
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
    /**Function with signature `grant((address,address,address,bytes32),(uint128,uint128,uint128,uint40,uint40,uint32,uint16,address,uint32,uint32,bool),address[])` and selector `0xfb5bcf22`.
    ```solidity
    function grant(ISpendingGuard.PolicyKey memory key, ISpendingGuard.Policy memory policy, address[] memory recipients) external returns (bytes32 id);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct grantCall {
        #[allow(missing_docs)]
        pub key: <ISpendingGuard::PolicyKey as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub policy: <ISpendingGuard::Policy as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub recipients: alloy::sol_types::private::Vec<alloy::sol_types::private::Address>,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`grant((address,address,address,bytes32),(uint128,uint128,uint128,uint40,uint40,uint32,uint16,address,uint32,uint32,bool),address[])`](grantCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct grantReturn {
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
                ISpendingGuard::PolicyKey,
                ISpendingGuard::Policy,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Address>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <ISpendingGuard::PolicyKey as alloy::sol_types::SolType>::RustType,
                <ISpendingGuard::Policy as alloy::sol_types::SolType>::RustType,
                alloy::sol_types::private::Vec<alloy::sol_types::private::Address>,
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
            impl ::core::convert::From<grantCall> for UnderlyingRustTuple<'_> {
                fn from(value: grantCall) -> Self {
                    (value.key, value.policy, value.recipients)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for grantCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { key: tuple.0, policy: tuple.1, recipients: tuple.2 }
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
            impl ::core::convert::From<grantReturn> for UnderlyingRustTuple<'_> {
                fn from(value: grantReturn) -> Self {
                    (value.id,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for grantReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { id: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for grantCall {
            type Parameters<'a> = (
                ISpendingGuard::PolicyKey,
                ISpendingGuard::Policy,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Address>,
            );
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "grant((address,address,address,bytes32),(uint128,uint128,uint128,uint40,uint40,uint32,uint16,address,uint32,uint32,bool),address[])";
            const SELECTOR: [u8; 4] = [251u8, 91u8, 207u8, 34u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <ISpendingGuard::PolicyKey as alloy_sol_types::SolType>::tokenize(
                        &self.key,
                    ),
                    <ISpendingGuard::Policy as alloy_sol_types::SolType>::tokenize(
                        &self.policy,
                    ),
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Address,
                    > as alloy_sol_types::SolType>::tokenize(&self.recipients),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(|r| {
                    let r: grantReturn = r.into();
                    r.id
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(|r| {
                    let r: grantReturn = r.into();
                    r.id
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `pause((address,address,address,bytes32))` and selector `0x2266aa16`.
    ```solidity
    function pause(ISpendingGuard.PolicyKey memory key) external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct pauseCall {
        #[allow(missing_docs)]
        pub key: <ISpendingGuard::PolicyKey as alloy::sol_types::SolType>::RustType,
    }
    ///Container type for the return parameters of the [`pause((address,address,address,bytes32))`](pauseCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct pauseReturn {}
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (ISpendingGuard::PolicyKey,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (<ISpendingGuard::PolicyKey as alloy::sol_types::SolType>::RustType,);
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
            impl ::core::convert::From<pauseCall> for UnderlyingRustTuple<'_> {
                fn from(value: pauseCall) -> Self {
                    (value.key,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for pauseCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { key: tuple.0 }
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
            impl ::core::convert::From<pauseReturn> for UnderlyingRustTuple<'_> {
                fn from(value: pauseReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for pauseReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl pauseReturn {
            fn _tokenize(&self) -> <pauseCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for pauseCall {
            type Parameters<'a> = (ISpendingGuard::PolicyKey,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = pauseReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "pause((address,address,address,bytes32))";
            const SELECTOR: [u8; 4] = [34u8, 102u8, 170u8, 22u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<ISpendingGuard::PolicyKey as alloy_sol_types::SolType>::tokenize(&self.key),)
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                pauseReturn::_tokenize(ret)
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
    /**Function with signature `policyId((address,address,address,bytes32))` and selector `0x91d64312`.
    ```solidity
    function policyId(ISpendingGuard.PolicyKey memory key) external view returns (bytes32);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct policyIdCall {
        #[allow(missing_docs)]
        pub key: <ISpendingGuard::PolicyKey as alloy::sol_types::SolType>::RustType,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`policyId((address,address,address,bytes32))`](policyIdCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct policyIdReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (ISpendingGuard::PolicyKey,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (<ISpendingGuard::PolicyKey as alloy::sol_types::SolType>::RustType,);
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
            impl ::core::convert::From<policyIdCall> for UnderlyingRustTuple<'_> {
                fn from(value: policyIdCall) -> Self {
                    (value.key,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for policyIdCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { key: tuple.0 }
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
            impl ::core::convert::From<policyIdReturn> for UnderlyingRustTuple<'_> {
                fn from(value: policyIdReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for policyIdReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for policyIdCall {
            type Parameters<'a> = (ISpendingGuard::PolicyKey,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "policyId((address,address,address,bytes32))";
            const SELECTOR: [u8; 4] = [145u8, 214u8, 67u8, 18u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<ISpendingGuard::PolicyKey as alloy_sol_types::SolType>::tokenize(&self.key),)
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(|r| {
                    let r: policyIdReturn = r.into();
                    r._0
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(|r| {
                    let r: policyIdReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `remaining(bytes32)` and selector `0xbc1ed74c`.
    ```solidity
    function remaining(bytes32 id) external view returns (uint256);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct remainingCall {
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`remaining(bytes32)`](remainingCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct remainingReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
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
            impl ::core::convert::From<remainingCall> for UnderlyingRustTuple<'_> {
                fn from(value: remainingCall) -> Self {
                    (value.id,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for remainingCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { id: tuple.0 }
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
            impl ::core::convert::From<remainingReturn> for UnderlyingRustTuple<'_> {
                fn from(value: remainingReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for remainingReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for remainingCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "remaining(bytes32)";
            const SELECTOR: [u8; 4] = [188u8, 30u8, 215u8, 76u8];
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
                (<alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(|r| {
                    let r: remainingReturn = r.into();
                    r._0
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(|r| {
                    let r: remainingReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `removeRecipients((address,address,address,bytes32),address[])` and selector `0x4a9ded92`.
    ```solidity
    function removeRecipients(ISpendingGuard.PolicyKey memory key, address[] memory recipients) external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct removeRecipientsCall {
        #[allow(missing_docs)]
        pub key: <ISpendingGuard::PolicyKey as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub recipients: alloy::sol_types::private::Vec<alloy::sol_types::private::Address>,
    }
    ///Container type for the return parameters of the [`removeRecipients((address,address,address,bytes32),address[])`](removeRecipientsCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct removeRecipientsReturn {}
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> =
                (ISpendingGuard::PolicyKey, alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Address>);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <ISpendingGuard::PolicyKey as alloy::sol_types::SolType>::RustType,
                alloy::sol_types::private::Vec<alloy::sol_types::private::Address>,
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
            impl ::core::convert::From<removeRecipientsCall> for UnderlyingRustTuple<'_> {
                fn from(value: removeRecipientsCall) -> Self {
                    (value.key, value.recipients)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for removeRecipientsCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { key: tuple.0, recipients: tuple.1 }
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
            impl ::core::convert::From<removeRecipientsReturn> for UnderlyingRustTuple<'_> {
                fn from(value: removeRecipientsReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for removeRecipientsReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl removeRecipientsReturn {
            fn _tokenize(&self) -> <removeRecipientsCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for removeRecipientsCall {
            type Parameters<'a> =
                (ISpendingGuard::PolicyKey, alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Address>);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = removeRecipientsReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "removeRecipients((address,address,address,bytes32),address[])";
            const SELECTOR: [u8; 4] = [74u8, 157u8, 237u8, 146u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <ISpendingGuard::PolicyKey as alloy_sol_types::SolType>::tokenize(
                        &self.key,
                    ),
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Address,
                    > as alloy_sol_types::SolType>::tokenize(&self.recipients),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                removeRecipientsReturn::_tokenize(ret)
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
    /**Function with signature `resetBreaker((address,address,address,bytes32))` and selector `0xaebd888b`.
    ```solidity
    function resetBreaker(ISpendingGuard.PolicyKey memory key) external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct resetBreakerCall {
        #[allow(missing_docs)]
        pub key: <ISpendingGuard::PolicyKey as alloy::sol_types::SolType>::RustType,
    }
    ///Container type for the return parameters of the [`resetBreaker((address,address,address,bytes32))`](resetBreakerCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct resetBreakerReturn {}
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (ISpendingGuard::PolicyKey,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (<ISpendingGuard::PolicyKey as alloy::sol_types::SolType>::RustType,);
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
            impl ::core::convert::From<resetBreakerCall> for UnderlyingRustTuple<'_> {
                fn from(value: resetBreakerCall) -> Self {
                    (value.key,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for resetBreakerCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { key: tuple.0 }
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
            impl ::core::convert::From<resetBreakerReturn> for UnderlyingRustTuple<'_> {
                fn from(value: resetBreakerReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for resetBreakerReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl resetBreakerReturn {
            fn _tokenize(&self) -> <resetBreakerCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for resetBreakerCall {
            type Parameters<'a> = (ISpendingGuard::PolicyKey,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = resetBreakerReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "resetBreaker((address,address,address,bytes32))";
            const SELECTOR: [u8; 4] = [174u8, 189u8, 136u8, 139u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<ISpendingGuard::PolicyKey as alloy_sol_types::SolType>::tokenize(&self.key),)
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                resetBreakerReturn::_tokenize(ret)
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
    /**Function with signature `revoke((address,address,address,bytes32))` and selector `0x14dfd89e`.
    ```solidity
    function revoke(ISpendingGuard.PolicyKey memory key) external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct revokeCall {
        #[allow(missing_docs)]
        pub key: <ISpendingGuard::PolicyKey as alloy::sol_types::SolType>::RustType,
    }
    ///Container type for the return parameters of the [`revoke((address,address,address,bytes32))`](revokeCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct revokeReturn {}
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (ISpendingGuard::PolicyKey,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (<ISpendingGuard::PolicyKey as alloy::sol_types::SolType>::RustType,);
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
                    (value.key,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for revokeCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { key: tuple.0 }
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
            type Parameters<'a> = (ISpendingGuard::PolicyKey,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = revokeReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "revoke((address,address,address,bytes32))";
            const SELECTOR: [u8; 4] = [20u8, 223u8, 216u8, 158u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<ISpendingGuard::PolicyKey as alloy_sol_types::SolType>::tokenize(&self.key),)
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
    /**Function with signature `spend((address,address,address,bytes32),address,uint256)` and selector `0xa15d3646`.
    ```solidity
    function spend(ISpendingGuard.PolicyKey memory key, address to, uint256 amount) external returns (bool paid);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct spendCall {
        #[allow(missing_docs)]
        pub key: <ISpendingGuard::PolicyKey as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub to: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`spend((address,address,address,bytes32),address,uint256)`](spendCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct spendReturn {
        #[allow(missing_docs)]
        pub paid: bool,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> =
                (ISpendingGuard::PolicyKey, alloy::sol_types::sol_data::Address, alloy::sol_types::sol_data::Uint<256>);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <ISpendingGuard::PolicyKey as alloy::sol_types::SolType>::RustType,
                alloy::sol_types::private::Address,
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
            impl ::core::convert::From<spendCall> for UnderlyingRustTuple<'_> {
                fn from(value: spendCall) -> Self {
                    (value.key, value.to, value.amount)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for spendCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { key: tuple.0, to: tuple.1, amount: tuple.2 }
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
            impl ::core::convert::From<spendReturn> for UnderlyingRustTuple<'_> {
                fn from(value: spendReturn) -> Self {
                    (value.paid,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for spendReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { paid: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for spendCall {
            type Parameters<'a> =
                (ISpendingGuard::PolicyKey, alloy::sol_types::sol_data::Address, alloy::sol_types::sol_data::Uint<256>);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = bool;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "spend((address,address,address,bytes32),address,uint256)";
            const SELECTOR: [u8; 4] = [161u8, 93u8, 54u8, 70u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <ISpendingGuard::PolicyKey as alloy_sol_types::SolType>::tokenize(&self.key),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(&self.to),
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(&self.amount),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(|r| {
                    let r: spendReturn = r.into();
                    r.paid
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(|r| {
                    let r: spendReturn = r.into();
                    r.paid
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `spendToEscrow((address,address,address,bytes32),(address,address,address,uint256,uint64,address,uint16,bytes32,address,bytes32))` and selector `0x04da7f97`.
    ```solidity
    function spendToEscrow(ISpendingGuard.PolicyKey memory key, IEscrow.Terms memory terms) external returns (bytes32 escrowId);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct spendToEscrowCall {
        #[allow(missing_docs)]
        pub key: <ISpendingGuard::PolicyKey as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub terms: <IEscrow::Terms as alloy::sol_types::SolType>::RustType,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`spendToEscrow((address,address,address,bytes32),(address,address,address,uint256,uint64,address,uint16,bytes32,address,bytes32))`](spendToEscrowCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct spendToEscrowReturn {
        #[allow(missing_docs)]
        pub escrowId: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (ISpendingGuard::PolicyKey, IEscrow::Terms);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <ISpendingGuard::PolicyKey as alloy::sol_types::SolType>::RustType,
                <IEscrow::Terms as alloy::sol_types::SolType>::RustType,
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
            impl ::core::convert::From<spendToEscrowCall> for UnderlyingRustTuple<'_> {
                fn from(value: spendToEscrowCall) -> Self {
                    (value.key, value.terms)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for spendToEscrowCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { key: tuple.0, terms: tuple.1 }
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
            impl ::core::convert::From<spendToEscrowReturn> for UnderlyingRustTuple<'_> {
                fn from(value: spendToEscrowReturn) -> Self {
                    (value.escrowId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for spendToEscrowReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { escrowId: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for spendToEscrowCall {
            type Parameters<'a> = (ISpendingGuard::PolicyKey, IEscrow::Terms);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "spendToEscrow((address,address,address,bytes32),(address,address,address,uint256,uint64,address,uint16,bytes32,address,bytes32))";
            const SELECTOR: [u8; 4] = [4u8, 218u8, 127u8, 151u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <ISpendingGuard::PolicyKey as alloy_sol_types::SolType>::tokenize(&self.key),
                    <IEscrow::Terms as alloy_sol_types::SolType>::tokenize(&self.terms),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(|r| {
                    let r: spendToEscrowReturn = r.into();
                    r.escrowId
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(|r| {
                    let r: spendToEscrowReturn = r.into();
                    r.escrowId
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `spendToTask((address,address,address,bytes32),(address,address,uint256,uint256,uint64,uint32,uint32,uint32,address,uint16,bytes32,address,bytes32,bytes32),string)` and selector `0x9203aa2b`.
    ```solidity
    function spendToTask(ISpendingGuard.PolicyKey memory key, ITaskBoard.Task memory task, string memory specURI) external returns (bytes32 taskId);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct spendToTaskCall {
        #[allow(missing_docs)]
        pub key: <ISpendingGuard::PolicyKey as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub task: <ITaskBoard::Task as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub specURI: alloy::sol_types::private::String,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`spendToTask((address,address,address,bytes32),(address,address,uint256,uint256,uint64,uint32,uint32,uint32,address,uint16,bytes32,address,bytes32,bytes32),string)`](spendToTaskCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct spendToTaskReturn {
        #[allow(missing_docs)]
        pub taskId: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> =
                (ISpendingGuard::PolicyKey, ITaskBoard::Task, alloy::sol_types::sol_data::String);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <ISpendingGuard::PolicyKey as alloy::sol_types::SolType>::RustType,
                <ITaskBoard::Task as alloy::sol_types::SolType>::RustType,
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
            impl ::core::convert::From<spendToTaskCall> for UnderlyingRustTuple<'_> {
                fn from(value: spendToTaskCall) -> Self {
                    (value.key, value.task, value.specURI)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for spendToTaskCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { key: tuple.0, task: tuple.1, specURI: tuple.2 }
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
            impl ::core::convert::From<spendToTaskReturn> for UnderlyingRustTuple<'_> {
                fn from(value: spendToTaskReturn) -> Self {
                    (value.taskId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for spendToTaskReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { taskId: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for spendToTaskCall {
            type Parameters<'a> = (ISpendingGuard::PolicyKey, ITaskBoard::Task, alloy::sol_types::sol_data::String);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "spendToTask((address,address,address,bytes32),(address,address,uint256,uint256,uint64,uint32,uint32,uint32,address,uint16,bytes32,address,bytes32,bytes32),string)";
            const SELECTOR: [u8; 4] = [146u8, 3u8, 170u8, 43u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <ISpendingGuard::PolicyKey as alloy_sol_types::SolType>::tokenize(&self.key),
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
                    let r: spendToTaskReturn = r.into();
                    r.taskId
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(|r| {
                    let r: spendToTaskReturn = r.into();
                    r.taskId
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `taskBoard()` and selector `0x3712a4b7`.
    ```solidity
    function taskBoard() external view returns (address);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct taskBoardCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`taskBoard()`](taskBoardCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct taskBoardReturn {
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
            impl ::core::convert::From<taskBoardCall> for UnderlyingRustTuple<'_> {
                fn from(value: taskBoardCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for taskBoardCall {
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
            impl ::core::convert::From<taskBoardReturn> for UnderlyingRustTuple<'_> {
                fn from(value: taskBoardReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for taskBoardReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for taskBoardCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Address;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "taskBoard()";
            const SELECTOR: [u8; 4] = [55u8, 18u8, 164u8, 183u8];
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
                    let r: taskBoardReturn = r.into();
                    r._0
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(|r| {
                    let r: taskBoardReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `unpause((address,address,address,bytes32))` and selector `0xecae617a`.
    ```solidity
    function unpause(ISpendingGuard.PolicyKey memory key) external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct unpauseCall {
        #[allow(missing_docs)]
        pub key: <ISpendingGuard::PolicyKey as alloy::sol_types::SolType>::RustType,
    }
    ///Container type for the return parameters of the [`unpause((address,address,address,bytes32))`](unpauseCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct unpauseReturn {}
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (ISpendingGuard::PolicyKey,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (<ISpendingGuard::PolicyKey as alloy::sol_types::SolType>::RustType,);
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
            impl ::core::convert::From<unpauseCall> for UnderlyingRustTuple<'_> {
                fn from(value: unpauseCall) -> Self {
                    (value.key,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for unpauseCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { key: tuple.0 }
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
            impl ::core::convert::From<unpauseReturn> for UnderlyingRustTuple<'_> {
                fn from(value: unpauseReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for unpauseReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl unpauseReturn {
            fn _tokenize(&self) -> <unpauseCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for unpauseCall {
            type Parameters<'a> = (ISpendingGuard::PolicyKey,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = unpauseReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "unpause((address,address,address,bytes32))";
            const SELECTOR: [u8; 4] = [236u8, 174u8, 97u8, 122u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<ISpendingGuard::PolicyKey as alloy_sol_types::SolType>::tokenize(&self.key),)
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                unpauseReturn::_tokenize(ret)
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
    ///Container for all the [`SpendingGuard`](self) function calls.
    #[derive(Clone, serde::Serialize, serde::Deserialize)]
    pub enum SpendingGuardCalls {
        #[allow(missing_docs)]
        FLAG_PAUSED(FLAG_PAUSEDCall),
        #[allow(missing_docs)]
        FLAG_REVOKED(FLAG_REVOKEDCall),
        #[allow(missing_docs)]
        FLAG_TRIPPED(FLAG_TRIPPEDCall),
        #[allow(missing_docs)]
        allowRecipients(allowRecipientsCall),
        #[allow(missing_docs)]
        allowedFrom(allowedFromCall),
        #[allow(missing_docs)]
        applyChange(applyChangeCall),
        #[allow(missing_docs)]
        cancelChange(cancelChangeCall),
        #[allow(missing_docs)]
        change(changeCall),
        #[allow(missing_docs)]
        escrow(escrowCall),
        #[allow(missing_docs)]
        getPendingPolicy(getPendingPolicyCall),
        #[allow(missing_docs)]
        getPolicy(getPolicyCall),
        #[allow(missing_docs)]
        getState(getStateCall),
        #[allow(missing_docs)]
        grant(grantCall),
        #[allow(missing_docs)]
        pause(pauseCall),
        #[allow(missing_docs)]
        policyId(policyIdCall),
        #[allow(missing_docs)]
        remaining(remainingCall),
        #[allow(missing_docs)]
        removeRecipients(removeRecipientsCall),
        #[allow(missing_docs)]
        resetBreaker(resetBreakerCall),
        #[allow(missing_docs)]
        revoke(revokeCall),
        #[allow(missing_docs)]
        spend(spendCall),
        #[allow(missing_docs)]
        spendToEscrow(spendToEscrowCall),
        #[allow(missing_docs)]
        spendToTask(spendToTaskCall),
        #[allow(missing_docs)]
        taskBoard(taskBoardCall),
        #[allow(missing_docs)]
        unpause(unpauseCall),
    }
    impl SpendingGuardCalls {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 4usize]] = &[
            [4u8, 218u8, 127u8, 151u8],
            [9u8, 100u8, 138u8, 157u8],
            [20u8, 223u8, 216u8, 158u8],
            [34u8, 102u8, 170u8, 22u8],
            [39u8, 165u8, 225u8, 8u8],
            [55u8, 18u8, 164u8, 183u8],
            [66u8, 159u8, 225u8, 112u8],
            [74u8, 157u8, 237u8, 146u8],
            [90u8, 87u8, 149u8, 112u8],
            [129u8, 216u8, 35u8, 185u8],
            [139u8, 42u8, 178u8, 19u8],
            [142u8, 2u8, 196u8, 198u8],
            [145u8, 214u8, 67u8, 18u8],
            [146u8, 3u8, 170u8, 43u8],
            [161u8, 93u8, 54u8, 70u8],
            [163u8, 246u8, 133u8, 249u8],
            [165u8, 219u8, 205u8, 237u8],
            [174u8, 189u8, 136u8, 139u8],
            [188u8, 30u8, 215u8, 76u8],
            [225u8, 44u8, 85u8, 54u8],
            [226u8, 253u8, 204u8, 23u8],
            [236u8, 174u8, 97u8, 122u8],
            [248u8, 132u8, 185u8, 210u8],
            [251u8, 91u8, 207u8, 34u8],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(spendToEscrow),
            ::core::stringify!(getState),
            ::core::stringify!(revoke),
            ::core::stringify!(pause),
            ::core::stringify!(FLAG_PAUSED),
            ::core::stringify!(taskBoard),
            ::core::stringify!(cancelChange),
            ::core::stringify!(removeRecipients),
            ::core::stringify!(getPendingPolicy),
            ::core::stringify!(FLAG_REVOKED),
            ::core::stringify!(allowRecipients),
            ::core::stringify!(applyChange),
            ::core::stringify!(policyId),
            ::core::stringify!(spendToTask),
            ::core::stringify!(spend),
            ::core::stringify!(getPolicy),
            ::core::stringify!(allowedFrom),
            ::core::stringify!(resetBreaker),
            ::core::stringify!(remaining),
            ::core::stringify!(change),
            ::core::stringify!(escrow),
            ::core::stringify!(unpause),
            ::core::stringify!(FLAG_TRIPPED),
            ::core::stringify!(grant),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <spendToEscrowCall as alloy_sol_types::SolCall>::SIGNATURE,
            <getStateCall as alloy_sol_types::SolCall>::SIGNATURE,
            <revokeCall as alloy_sol_types::SolCall>::SIGNATURE,
            <pauseCall as alloy_sol_types::SolCall>::SIGNATURE,
            <FLAG_PAUSEDCall as alloy_sol_types::SolCall>::SIGNATURE,
            <taskBoardCall as alloy_sol_types::SolCall>::SIGNATURE,
            <cancelChangeCall as alloy_sol_types::SolCall>::SIGNATURE,
            <removeRecipientsCall as alloy_sol_types::SolCall>::SIGNATURE,
            <getPendingPolicyCall as alloy_sol_types::SolCall>::SIGNATURE,
            <FLAG_REVOKEDCall as alloy_sol_types::SolCall>::SIGNATURE,
            <allowRecipientsCall as alloy_sol_types::SolCall>::SIGNATURE,
            <applyChangeCall as alloy_sol_types::SolCall>::SIGNATURE,
            <policyIdCall as alloy_sol_types::SolCall>::SIGNATURE,
            <spendToTaskCall as alloy_sol_types::SolCall>::SIGNATURE,
            <spendCall as alloy_sol_types::SolCall>::SIGNATURE,
            <getPolicyCall as alloy_sol_types::SolCall>::SIGNATURE,
            <allowedFromCall as alloy_sol_types::SolCall>::SIGNATURE,
            <resetBreakerCall as alloy_sol_types::SolCall>::SIGNATURE,
            <remainingCall as alloy_sol_types::SolCall>::SIGNATURE,
            <changeCall as alloy_sol_types::SolCall>::SIGNATURE,
            <escrowCall as alloy_sol_types::SolCall>::SIGNATURE,
            <unpauseCall as alloy_sol_types::SolCall>::SIGNATURE,
            <FLAG_TRIPPEDCall as alloy_sol_types::SolCall>::SIGNATURE,
            <grantCall as alloy_sol_types::SolCall>::SIGNATURE,
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
    impl alloy_sol_types::SolInterface for SpendingGuardCalls {
        const NAME: &'static str = "SpendingGuardCalls";
        const MIN_DATA_LENGTH: usize = 0usize;
        const COUNT: usize = 24usize;
        #[inline]
        fn selector(&self) -> [u8; 4] {
            match self {
                Self::FLAG_PAUSED(_) => <FLAG_PAUSEDCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::FLAG_REVOKED(_) => <FLAG_REVOKEDCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::FLAG_TRIPPED(_) => <FLAG_TRIPPEDCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::allowRecipients(_) => <allowRecipientsCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::allowedFrom(_) => <allowedFromCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::applyChange(_) => <applyChangeCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::cancelChange(_) => <cancelChangeCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::change(_) => <changeCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::escrow(_) => <escrowCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::getPendingPolicy(_) => <getPendingPolicyCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::getPolicy(_) => <getPolicyCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::getState(_) => <getStateCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::grant(_) => <grantCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::pause(_) => <pauseCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::policyId(_) => <policyIdCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::remaining(_) => <remainingCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::removeRecipients(_) => <removeRecipientsCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::resetBreaker(_) => <resetBreakerCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::revoke(_) => <revokeCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::spend(_) => <spendCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::spendToEscrow(_) => <spendToEscrowCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::spendToTask(_) => <spendToTaskCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::taskBoard(_) => <taskBoardCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::unpause(_) => <unpauseCall as alloy_sol_types::SolCall>::SELECTOR,
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
            static DECODE_SHIMS: &[fn(&[u8]) -> alloy_sol_types::Result<SpendingGuardCalls>] = &[
                {
                    fn spendToEscrow(data: &[u8]) -> alloy_sol_types::Result<SpendingGuardCalls> {
                        <spendToEscrowCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(SpendingGuardCalls::spendToEscrow)
                    }
                    spendToEscrow
                },
                {
                    fn getState(data: &[u8]) -> alloy_sol_types::Result<SpendingGuardCalls> {
                        <getStateCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(SpendingGuardCalls::getState)
                    }
                    getState
                },
                {
                    fn revoke(data: &[u8]) -> alloy_sol_types::Result<SpendingGuardCalls> {
                        <revokeCall as alloy_sol_types::SolCall>::abi_decode_raw(data).map(SpendingGuardCalls::revoke)
                    }
                    revoke
                },
                {
                    fn pause(data: &[u8]) -> alloy_sol_types::Result<SpendingGuardCalls> {
                        <pauseCall as alloy_sol_types::SolCall>::abi_decode_raw(data).map(SpendingGuardCalls::pause)
                    }
                    pause
                },
                {
                    fn FLAG_PAUSED(data: &[u8]) -> alloy_sol_types::Result<SpendingGuardCalls> {
                        <FLAG_PAUSEDCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(SpendingGuardCalls::FLAG_PAUSED)
                    }
                    FLAG_PAUSED
                },
                {
                    fn taskBoard(data: &[u8]) -> alloy_sol_types::Result<SpendingGuardCalls> {
                        <taskBoardCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(SpendingGuardCalls::taskBoard)
                    }
                    taskBoard
                },
                {
                    fn cancelChange(data: &[u8]) -> alloy_sol_types::Result<SpendingGuardCalls> {
                        <cancelChangeCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(SpendingGuardCalls::cancelChange)
                    }
                    cancelChange
                },
                {
                    fn removeRecipients(data: &[u8]) -> alloy_sol_types::Result<SpendingGuardCalls> {
                        <removeRecipientsCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(SpendingGuardCalls::removeRecipients)
                    }
                    removeRecipients
                },
                {
                    fn getPendingPolicy(data: &[u8]) -> alloy_sol_types::Result<SpendingGuardCalls> {
                        <getPendingPolicyCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(SpendingGuardCalls::getPendingPolicy)
                    }
                    getPendingPolicy
                },
                {
                    fn FLAG_REVOKED(data: &[u8]) -> alloy_sol_types::Result<SpendingGuardCalls> {
                        <FLAG_REVOKEDCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(SpendingGuardCalls::FLAG_REVOKED)
                    }
                    FLAG_REVOKED
                },
                {
                    fn allowRecipients(data: &[u8]) -> alloy_sol_types::Result<SpendingGuardCalls> {
                        <allowRecipientsCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(SpendingGuardCalls::allowRecipients)
                    }
                    allowRecipients
                },
                {
                    fn applyChange(data: &[u8]) -> alloy_sol_types::Result<SpendingGuardCalls> {
                        <applyChangeCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(SpendingGuardCalls::applyChange)
                    }
                    applyChange
                },
                {
                    fn policyId(data: &[u8]) -> alloy_sol_types::Result<SpendingGuardCalls> {
                        <policyIdCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(SpendingGuardCalls::policyId)
                    }
                    policyId
                },
                {
                    fn spendToTask(data: &[u8]) -> alloy_sol_types::Result<SpendingGuardCalls> {
                        <spendToTaskCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(SpendingGuardCalls::spendToTask)
                    }
                    spendToTask
                },
                {
                    fn spend(data: &[u8]) -> alloy_sol_types::Result<SpendingGuardCalls> {
                        <spendCall as alloy_sol_types::SolCall>::abi_decode_raw(data).map(SpendingGuardCalls::spend)
                    }
                    spend
                },
                {
                    fn getPolicy(data: &[u8]) -> alloy_sol_types::Result<SpendingGuardCalls> {
                        <getPolicyCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(SpendingGuardCalls::getPolicy)
                    }
                    getPolicy
                },
                {
                    fn allowedFrom(data: &[u8]) -> alloy_sol_types::Result<SpendingGuardCalls> {
                        <allowedFromCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(SpendingGuardCalls::allowedFrom)
                    }
                    allowedFrom
                },
                {
                    fn resetBreaker(data: &[u8]) -> alloy_sol_types::Result<SpendingGuardCalls> {
                        <resetBreakerCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(SpendingGuardCalls::resetBreaker)
                    }
                    resetBreaker
                },
                {
                    fn remaining(data: &[u8]) -> alloy_sol_types::Result<SpendingGuardCalls> {
                        <remainingCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(SpendingGuardCalls::remaining)
                    }
                    remaining
                },
                {
                    fn change(data: &[u8]) -> alloy_sol_types::Result<SpendingGuardCalls> {
                        <changeCall as alloy_sol_types::SolCall>::abi_decode_raw(data).map(SpendingGuardCalls::change)
                    }
                    change
                },
                {
                    fn escrow(data: &[u8]) -> alloy_sol_types::Result<SpendingGuardCalls> {
                        <escrowCall as alloy_sol_types::SolCall>::abi_decode_raw(data).map(SpendingGuardCalls::escrow)
                    }
                    escrow
                },
                {
                    fn unpause(data: &[u8]) -> alloy_sol_types::Result<SpendingGuardCalls> {
                        <unpauseCall as alloy_sol_types::SolCall>::abi_decode_raw(data).map(SpendingGuardCalls::unpause)
                    }
                    unpause
                },
                {
                    fn FLAG_TRIPPED(data: &[u8]) -> alloy_sol_types::Result<SpendingGuardCalls> {
                        <FLAG_TRIPPEDCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(SpendingGuardCalls::FLAG_TRIPPED)
                    }
                    FLAG_TRIPPED
                },
                {
                    fn grant(data: &[u8]) -> alloy_sol_types::Result<SpendingGuardCalls> {
                        <grantCall as alloy_sol_types::SolCall>::abi_decode_raw(data).map(SpendingGuardCalls::grant)
                    }
                    grant
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
            static DECODE_VALIDATE_SHIMS: &[fn(&[u8]) -> alloy_sol_types::Result<SpendingGuardCalls>] = &[
                {
                    fn spendToEscrow(data: &[u8]) -> alloy_sol_types::Result<SpendingGuardCalls> {
                        <spendToEscrowCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(SpendingGuardCalls::spendToEscrow)
                    }
                    spendToEscrow
                },
                {
                    fn getState(data: &[u8]) -> alloy_sol_types::Result<SpendingGuardCalls> {
                        <getStateCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(SpendingGuardCalls::getState)
                    }
                    getState
                },
                {
                    fn revoke(data: &[u8]) -> alloy_sol_types::Result<SpendingGuardCalls> {
                        <revokeCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(SpendingGuardCalls::revoke)
                    }
                    revoke
                },
                {
                    fn pause(data: &[u8]) -> alloy_sol_types::Result<SpendingGuardCalls> {
                        <pauseCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(SpendingGuardCalls::pause)
                    }
                    pause
                },
                {
                    fn FLAG_PAUSED(data: &[u8]) -> alloy_sol_types::Result<SpendingGuardCalls> {
                        <FLAG_PAUSEDCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(SpendingGuardCalls::FLAG_PAUSED)
                    }
                    FLAG_PAUSED
                },
                {
                    fn taskBoard(data: &[u8]) -> alloy_sol_types::Result<SpendingGuardCalls> {
                        <taskBoardCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(SpendingGuardCalls::taskBoard)
                    }
                    taskBoard
                },
                {
                    fn cancelChange(data: &[u8]) -> alloy_sol_types::Result<SpendingGuardCalls> {
                        <cancelChangeCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(SpendingGuardCalls::cancelChange)
                    }
                    cancelChange
                },
                {
                    fn removeRecipients(data: &[u8]) -> alloy_sol_types::Result<SpendingGuardCalls> {
                        <removeRecipientsCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(SpendingGuardCalls::removeRecipients)
                    }
                    removeRecipients
                },
                {
                    fn getPendingPolicy(data: &[u8]) -> alloy_sol_types::Result<SpendingGuardCalls> {
                        <getPendingPolicyCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(SpendingGuardCalls::getPendingPolicy)
                    }
                    getPendingPolicy
                },
                {
                    fn FLAG_REVOKED(data: &[u8]) -> alloy_sol_types::Result<SpendingGuardCalls> {
                        <FLAG_REVOKEDCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(SpendingGuardCalls::FLAG_REVOKED)
                    }
                    FLAG_REVOKED
                },
                {
                    fn allowRecipients(data: &[u8]) -> alloy_sol_types::Result<SpendingGuardCalls> {
                        <allowRecipientsCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(SpendingGuardCalls::allowRecipients)
                    }
                    allowRecipients
                },
                {
                    fn applyChange(data: &[u8]) -> alloy_sol_types::Result<SpendingGuardCalls> {
                        <applyChangeCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(SpendingGuardCalls::applyChange)
                    }
                    applyChange
                },
                {
                    fn policyId(data: &[u8]) -> alloy_sol_types::Result<SpendingGuardCalls> {
                        <policyIdCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(SpendingGuardCalls::policyId)
                    }
                    policyId
                },
                {
                    fn spendToTask(data: &[u8]) -> alloy_sol_types::Result<SpendingGuardCalls> {
                        <spendToTaskCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(SpendingGuardCalls::spendToTask)
                    }
                    spendToTask
                },
                {
                    fn spend(data: &[u8]) -> alloy_sol_types::Result<SpendingGuardCalls> {
                        <spendCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(SpendingGuardCalls::spend)
                    }
                    spend
                },
                {
                    fn getPolicy(data: &[u8]) -> alloy_sol_types::Result<SpendingGuardCalls> {
                        <getPolicyCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(SpendingGuardCalls::getPolicy)
                    }
                    getPolicy
                },
                {
                    fn allowedFrom(data: &[u8]) -> alloy_sol_types::Result<SpendingGuardCalls> {
                        <allowedFromCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(SpendingGuardCalls::allowedFrom)
                    }
                    allowedFrom
                },
                {
                    fn resetBreaker(data: &[u8]) -> alloy_sol_types::Result<SpendingGuardCalls> {
                        <resetBreakerCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(SpendingGuardCalls::resetBreaker)
                    }
                    resetBreaker
                },
                {
                    fn remaining(data: &[u8]) -> alloy_sol_types::Result<SpendingGuardCalls> {
                        <remainingCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(SpendingGuardCalls::remaining)
                    }
                    remaining
                },
                {
                    fn change(data: &[u8]) -> alloy_sol_types::Result<SpendingGuardCalls> {
                        <changeCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(SpendingGuardCalls::change)
                    }
                    change
                },
                {
                    fn escrow(data: &[u8]) -> alloy_sol_types::Result<SpendingGuardCalls> {
                        <escrowCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(SpendingGuardCalls::escrow)
                    }
                    escrow
                },
                {
                    fn unpause(data: &[u8]) -> alloy_sol_types::Result<SpendingGuardCalls> {
                        <unpauseCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(SpendingGuardCalls::unpause)
                    }
                    unpause
                },
                {
                    fn FLAG_TRIPPED(data: &[u8]) -> alloy_sol_types::Result<SpendingGuardCalls> {
                        <FLAG_TRIPPEDCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(SpendingGuardCalls::FLAG_TRIPPED)
                    }
                    FLAG_TRIPPED
                },
                {
                    fn grant(data: &[u8]) -> alloy_sol_types::Result<SpendingGuardCalls> {
                        <grantCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(SpendingGuardCalls::grant)
                    }
                    grant
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
                Self::FLAG_PAUSED(inner) => <FLAG_PAUSEDCall as alloy_sol_types::SolCall>::abi_encoded_size(inner),
                Self::FLAG_REVOKED(inner) => <FLAG_REVOKEDCall as alloy_sol_types::SolCall>::abi_encoded_size(inner),
                Self::FLAG_TRIPPED(inner) => <FLAG_TRIPPEDCall as alloy_sol_types::SolCall>::abi_encoded_size(inner),
                Self::allowRecipients(inner) => {
                    <allowRecipientsCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::allowedFrom(inner) => <allowedFromCall as alloy_sol_types::SolCall>::abi_encoded_size(inner),
                Self::applyChange(inner) => <applyChangeCall as alloy_sol_types::SolCall>::abi_encoded_size(inner),
                Self::cancelChange(inner) => <cancelChangeCall as alloy_sol_types::SolCall>::abi_encoded_size(inner),
                Self::change(inner) => <changeCall as alloy_sol_types::SolCall>::abi_encoded_size(inner),
                Self::escrow(inner) => <escrowCall as alloy_sol_types::SolCall>::abi_encoded_size(inner),
                Self::getPendingPolicy(inner) => {
                    <getPendingPolicyCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::getPolicy(inner) => <getPolicyCall as alloy_sol_types::SolCall>::abi_encoded_size(inner),
                Self::getState(inner) => <getStateCall as alloy_sol_types::SolCall>::abi_encoded_size(inner),
                Self::grant(inner) => <grantCall as alloy_sol_types::SolCall>::abi_encoded_size(inner),
                Self::pause(inner) => <pauseCall as alloy_sol_types::SolCall>::abi_encoded_size(inner),
                Self::policyId(inner) => <policyIdCall as alloy_sol_types::SolCall>::abi_encoded_size(inner),
                Self::remaining(inner) => <remainingCall as alloy_sol_types::SolCall>::abi_encoded_size(inner),
                Self::removeRecipients(inner) => {
                    <removeRecipientsCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::resetBreaker(inner) => <resetBreakerCall as alloy_sol_types::SolCall>::abi_encoded_size(inner),
                Self::revoke(inner) => <revokeCall as alloy_sol_types::SolCall>::abi_encoded_size(inner),
                Self::spend(inner) => <spendCall as alloy_sol_types::SolCall>::abi_encoded_size(inner),
                Self::spendToEscrow(inner) => <spendToEscrowCall as alloy_sol_types::SolCall>::abi_encoded_size(inner),
                Self::spendToTask(inner) => <spendToTaskCall as alloy_sol_types::SolCall>::abi_encoded_size(inner),
                Self::taskBoard(inner) => <taskBoardCall as alloy_sol_types::SolCall>::abi_encoded_size(inner),
                Self::unpause(inner) => <unpauseCall as alloy_sol_types::SolCall>::abi_encoded_size(inner),
            }
        }
        #[inline]
        fn abi_encode_raw(&self, out: &mut alloy_sol_types::private::Vec<u8>) {
            match self {
                Self::FLAG_PAUSED(inner) => <FLAG_PAUSEDCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out),
                Self::FLAG_REVOKED(inner) => <FLAG_REVOKEDCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out),
                Self::FLAG_TRIPPED(inner) => <FLAG_TRIPPEDCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out),
                Self::allowRecipients(inner) => {
                    <allowRecipientsCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::allowedFrom(inner) => <allowedFromCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out),
                Self::applyChange(inner) => <applyChangeCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out),
                Self::cancelChange(inner) => <cancelChangeCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out),
                Self::change(inner) => <changeCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out),
                Self::escrow(inner) => <escrowCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out),
                Self::getPendingPolicy(inner) => {
                    <getPendingPolicyCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::getPolicy(inner) => <getPolicyCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out),
                Self::getState(inner) => <getStateCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out),
                Self::grant(inner) => <grantCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out),
                Self::pause(inner) => <pauseCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out),
                Self::policyId(inner) => <policyIdCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out),
                Self::remaining(inner) => <remainingCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out),
                Self::removeRecipients(inner) => {
                    <removeRecipientsCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::resetBreaker(inner) => <resetBreakerCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out),
                Self::revoke(inner) => <revokeCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out),
                Self::spend(inner) => <spendCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out),
                Self::spendToEscrow(inner) => {
                    <spendToEscrowCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::spendToTask(inner) => <spendToTaskCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out),
                Self::taskBoard(inner) => <taskBoardCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out),
                Self::unpause(inner) => <unpauseCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out),
            }
        }
    }
    ///Container for all the [`SpendingGuard`](self) custom errors.
    #[derive(Clone, serde::Serialize, serde::Deserialize, Debug, PartialEq, Eq, Hash)]
    pub enum SpendingGuardErrors {
        #[allow(missing_docs)]
        GuardImmutable(GuardImmutable),
        #[allow(missing_docs)]
        GuardInactive(GuardInactive),
        #[allow(missing_docs)]
        GuardInvalidPolicy(GuardInvalidPolicy),
        #[allow(missing_docs)]
        GuardInvalidRecipient(GuardInvalidRecipient),
        #[allow(missing_docs)]
        GuardNotReady(GuardNotReady),
        #[allow(missing_docs)]
        GuardNotTripped(GuardNotTripped),
        #[allow(missing_docs)]
        GuardOutsideWindow(GuardOutsideWindow),
        #[allow(missing_docs)]
        GuardOverBudget(GuardOverBudget),
        #[allow(missing_docs)]
        GuardOverCap(GuardOverCap),
        #[allow(missing_docs)]
        GuardPolicyExists(GuardPolicyExists),
        #[allow(missing_docs)]
        GuardRecipientNotAllowed(GuardRecipientNotAllowed),
        #[allow(missing_docs)]
        GuardUnauthorized(GuardUnauthorized),
        #[allow(missing_docs)]
        GuardUnknownPolicy(GuardUnknownPolicy),
        #[allow(missing_docs)]
        GuardWrongTerms(GuardWrongTerms),
        #[allow(missing_docs)]
        ReentrancyGuardReentrantCall(ReentrancyGuardReentrantCall),
        #[allow(missing_docs)]
        SafeERC20FailedOperation(SafeERC20FailedOperation),
    }
    impl SpendingGuardErrors {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 4usize]] = &[
            [2u8, 102u8, 223u8, 170u8],
            [19u8, 21u8, 219u8, 241u8],
            [28u8, 36u8, 94u8, 40u8],
            [30u8, 79u8, 221u8, 165u8],
            [31u8, 123u8, 89u8, 196u8],
            [45u8, 60u8, 159u8, 123u8],
            [47u8, 147u8, 172u8, 135u8],
            [62u8, 229u8, 174u8, 181u8],
            [82u8, 116u8, 175u8, 231u8],
            [100u8, 51u8, 141u8, 98u8],
            [182u8, 84u8, 6u8, 151u8],
            [198u8, 189u8, 222u8, 43u8],
            [204u8, 182u8, 235u8, 88u8],
            [229u8, 53u8, 47u8, 208u8],
            [246u8, 34u8, 251u8, 0u8],
            [255u8, 98u8, 128u8, 12u8],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(GuardWrongTerms),
            ::core::stringify!(GuardUnknownPolicy),
            ::core::stringify!(GuardUnauthorized),
            ::core::stringify!(GuardImmutable),
            ::core::stringify!(GuardPolicyExists),
            ::core::stringify!(GuardOverCap),
            ::core::stringify!(GuardRecipientNotAllowed),
            ::core::stringify!(ReentrancyGuardReentrantCall),
            ::core::stringify!(SafeERC20FailedOperation),
            ::core::stringify!(GuardNotReady),
            ::core::stringify!(GuardInvalidRecipient),
            ::core::stringify!(GuardInactive),
            ::core::stringify!(GuardOverBudget),
            ::core::stringify!(GuardNotTripped),
            ::core::stringify!(GuardInvalidPolicy),
            ::core::stringify!(GuardOutsideWindow),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <GuardWrongTerms as alloy_sol_types::SolError>::SIGNATURE,
            <GuardUnknownPolicy as alloy_sol_types::SolError>::SIGNATURE,
            <GuardUnauthorized as alloy_sol_types::SolError>::SIGNATURE,
            <GuardImmutable as alloy_sol_types::SolError>::SIGNATURE,
            <GuardPolicyExists as alloy_sol_types::SolError>::SIGNATURE,
            <GuardOverCap as alloy_sol_types::SolError>::SIGNATURE,
            <GuardRecipientNotAllowed as alloy_sol_types::SolError>::SIGNATURE,
            <ReentrancyGuardReentrantCall as alloy_sol_types::SolError>::SIGNATURE,
            <SafeERC20FailedOperation as alloy_sol_types::SolError>::SIGNATURE,
            <GuardNotReady as alloy_sol_types::SolError>::SIGNATURE,
            <GuardInvalidRecipient as alloy_sol_types::SolError>::SIGNATURE,
            <GuardInactive as alloy_sol_types::SolError>::SIGNATURE,
            <GuardOverBudget as alloy_sol_types::SolError>::SIGNATURE,
            <GuardNotTripped as alloy_sol_types::SolError>::SIGNATURE,
            <GuardInvalidPolicy as alloy_sol_types::SolError>::SIGNATURE,
            <GuardOutsideWindow as alloy_sol_types::SolError>::SIGNATURE,
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
    impl alloy_sol_types::SolInterface for SpendingGuardErrors {
        const NAME: &'static str = "SpendingGuardErrors";
        const MIN_DATA_LENGTH: usize = 0usize;
        const COUNT: usize = 16usize;
        #[inline]
        fn selector(&self) -> [u8; 4] {
            match self {
                Self::GuardImmutable(_) => <GuardImmutable as alloy_sol_types::SolError>::SELECTOR,
                Self::GuardInactive(_) => <GuardInactive as alloy_sol_types::SolError>::SELECTOR,
                Self::GuardInvalidPolicy(_) => <GuardInvalidPolicy as alloy_sol_types::SolError>::SELECTOR,
                Self::GuardInvalidRecipient(_) => <GuardInvalidRecipient as alloy_sol_types::SolError>::SELECTOR,
                Self::GuardNotReady(_) => <GuardNotReady as alloy_sol_types::SolError>::SELECTOR,
                Self::GuardNotTripped(_) => <GuardNotTripped as alloy_sol_types::SolError>::SELECTOR,
                Self::GuardOutsideWindow(_) => <GuardOutsideWindow as alloy_sol_types::SolError>::SELECTOR,
                Self::GuardOverBudget(_) => <GuardOverBudget as alloy_sol_types::SolError>::SELECTOR,
                Self::GuardOverCap(_) => <GuardOverCap as alloy_sol_types::SolError>::SELECTOR,
                Self::GuardPolicyExists(_) => <GuardPolicyExists as alloy_sol_types::SolError>::SELECTOR,
                Self::GuardRecipientNotAllowed(_) => <GuardRecipientNotAllowed as alloy_sol_types::SolError>::SELECTOR,
                Self::GuardUnauthorized(_) => <GuardUnauthorized as alloy_sol_types::SolError>::SELECTOR,
                Self::GuardUnknownPolicy(_) => <GuardUnknownPolicy as alloy_sol_types::SolError>::SELECTOR,
                Self::GuardWrongTerms(_) => <GuardWrongTerms as alloy_sol_types::SolError>::SELECTOR,
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
            static DECODE_SHIMS: &[fn(&[u8]) -> alloy_sol_types::Result<SpendingGuardErrors>] = &[
                {
                    fn GuardWrongTerms(data: &[u8]) -> alloy_sol_types::Result<SpendingGuardErrors> {
                        <GuardWrongTerms as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(SpendingGuardErrors::GuardWrongTerms)
                    }
                    GuardWrongTerms
                },
                {
                    fn GuardUnknownPolicy(data: &[u8]) -> alloy_sol_types::Result<SpendingGuardErrors> {
                        <GuardUnknownPolicy as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(SpendingGuardErrors::GuardUnknownPolicy)
                    }
                    GuardUnknownPolicy
                },
                {
                    fn GuardUnauthorized(data: &[u8]) -> alloy_sol_types::Result<SpendingGuardErrors> {
                        <GuardUnauthorized as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(SpendingGuardErrors::GuardUnauthorized)
                    }
                    GuardUnauthorized
                },
                {
                    fn GuardImmutable(data: &[u8]) -> alloy_sol_types::Result<SpendingGuardErrors> {
                        <GuardImmutable as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(SpendingGuardErrors::GuardImmutable)
                    }
                    GuardImmutable
                },
                {
                    fn GuardPolicyExists(data: &[u8]) -> alloy_sol_types::Result<SpendingGuardErrors> {
                        <GuardPolicyExists as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(SpendingGuardErrors::GuardPolicyExists)
                    }
                    GuardPolicyExists
                },
                {
                    fn GuardOverCap(data: &[u8]) -> alloy_sol_types::Result<SpendingGuardErrors> {
                        <GuardOverCap as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(SpendingGuardErrors::GuardOverCap)
                    }
                    GuardOverCap
                },
                {
                    fn GuardRecipientNotAllowed(data: &[u8]) -> alloy_sol_types::Result<SpendingGuardErrors> {
                        <GuardRecipientNotAllowed as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(SpendingGuardErrors::GuardRecipientNotAllowed)
                    }
                    GuardRecipientNotAllowed
                },
                {
                    fn ReentrancyGuardReentrantCall(data: &[u8]) -> alloy_sol_types::Result<SpendingGuardErrors> {
                        <ReentrancyGuardReentrantCall as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(SpendingGuardErrors::ReentrancyGuardReentrantCall)
                    }
                    ReentrancyGuardReentrantCall
                },
                {
                    fn SafeERC20FailedOperation(data: &[u8]) -> alloy_sol_types::Result<SpendingGuardErrors> {
                        <SafeERC20FailedOperation as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(SpendingGuardErrors::SafeERC20FailedOperation)
                    }
                    SafeERC20FailedOperation
                },
                {
                    fn GuardNotReady(data: &[u8]) -> alloy_sol_types::Result<SpendingGuardErrors> {
                        <GuardNotReady as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(SpendingGuardErrors::GuardNotReady)
                    }
                    GuardNotReady
                },
                {
                    fn GuardInvalidRecipient(data: &[u8]) -> alloy_sol_types::Result<SpendingGuardErrors> {
                        <GuardInvalidRecipient as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(SpendingGuardErrors::GuardInvalidRecipient)
                    }
                    GuardInvalidRecipient
                },
                {
                    fn GuardInactive(data: &[u8]) -> alloy_sol_types::Result<SpendingGuardErrors> {
                        <GuardInactive as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(SpendingGuardErrors::GuardInactive)
                    }
                    GuardInactive
                },
                {
                    fn GuardOverBudget(data: &[u8]) -> alloy_sol_types::Result<SpendingGuardErrors> {
                        <GuardOverBudget as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(SpendingGuardErrors::GuardOverBudget)
                    }
                    GuardOverBudget
                },
                {
                    fn GuardNotTripped(data: &[u8]) -> alloy_sol_types::Result<SpendingGuardErrors> {
                        <GuardNotTripped as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(SpendingGuardErrors::GuardNotTripped)
                    }
                    GuardNotTripped
                },
                {
                    fn GuardInvalidPolicy(data: &[u8]) -> alloy_sol_types::Result<SpendingGuardErrors> {
                        <GuardInvalidPolicy as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(SpendingGuardErrors::GuardInvalidPolicy)
                    }
                    GuardInvalidPolicy
                },
                {
                    fn GuardOutsideWindow(data: &[u8]) -> alloy_sol_types::Result<SpendingGuardErrors> {
                        <GuardOutsideWindow as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(SpendingGuardErrors::GuardOutsideWindow)
                    }
                    GuardOutsideWindow
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
            static DECODE_VALIDATE_SHIMS: &[fn(&[u8]) -> alloy_sol_types::Result<SpendingGuardErrors>] = &[
                {
                    fn GuardWrongTerms(data: &[u8]) -> alloy_sol_types::Result<SpendingGuardErrors> {
                        <GuardWrongTerms as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(SpendingGuardErrors::GuardWrongTerms)
                    }
                    GuardWrongTerms
                },
                {
                    fn GuardUnknownPolicy(data: &[u8]) -> alloy_sol_types::Result<SpendingGuardErrors> {
                        <GuardUnknownPolicy as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(SpendingGuardErrors::GuardUnknownPolicy)
                    }
                    GuardUnknownPolicy
                },
                {
                    fn GuardUnauthorized(data: &[u8]) -> alloy_sol_types::Result<SpendingGuardErrors> {
                        <GuardUnauthorized as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(SpendingGuardErrors::GuardUnauthorized)
                    }
                    GuardUnauthorized
                },
                {
                    fn GuardImmutable(data: &[u8]) -> alloy_sol_types::Result<SpendingGuardErrors> {
                        <GuardImmutable as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(SpendingGuardErrors::GuardImmutable)
                    }
                    GuardImmutable
                },
                {
                    fn GuardPolicyExists(data: &[u8]) -> alloy_sol_types::Result<SpendingGuardErrors> {
                        <GuardPolicyExists as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(SpendingGuardErrors::GuardPolicyExists)
                    }
                    GuardPolicyExists
                },
                {
                    fn GuardOverCap(data: &[u8]) -> alloy_sol_types::Result<SpendingGuardErrors> {
                        <GuardOverCap as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(SpendingGuardErrors::GuardOverCap)
                    }
                    GuardOverCap
                },
                {
                    fn GuardRecipientNotAllowed(data: &[u8]) -> alloy_sol_types::Result<SpendingGuardErrors> {
                        <GuardRecipientNotAllowed as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(SpendingGuardErrors::GuardRecipientNotAllowed)
                    }
                    GuardRecipientNotAllowed
                },
                {
                    fn ReentrancyGuardReentrantCall(data: &[u8]) -> alloy_sol_types::Result<SpendingGuardErrors> {
                        <ReentrancyGuardReentrantCall as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(SpendingGuardErrors::ReentrancyGuardReentrantCall)
                    }
                    ReentrancyGuardReentrantCall
                },
                {
                    fn SafeERC20FailedOperation(data: &[u8]) -> alloy_sol_types::Result<SpendingGuardErrors> {
                        <SafeERC20FailedOperation as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(SpendingGuardErrors::SafeERC20FailedOperation)
                    }
                    SafeERC20FailedOperation
                },
                {
                    fn GuardNotReady(data: &[u8]) -> alloy_sol_types::Result<SpendingGuardErrors> {
                        <GuardNotReady as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(SpendingGuardErrors::GuardNotReady)
                    }
                    GuardNotReady
                },
                {
                    fn GuardInvalidRecipient(data: &[u8]) -> alloy_sol_types::Result<SpendingGuardErrors> {
                        <GuardInvalidRecipient as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(SpendingGuardErrors::GuardInvalidRecipient)
                    }
                    GuardInvalidRecipient
                },
                {
                    fn GuardInactive(data: &[u8]) -> alloy_sol_types::Result<SpendingGuardErrors> {
                        <GuardInactive as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(SpendingGuardErrors::GuardInactive)
                    }
                    GuardInactive
                },
                {
                    fn GuardOverBudget(data: &[u8]) -> alloy_sol_types::Result<SpendingGuardErrors> {
                        <GuardOverBudget as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(SpendingGuardErrors::GuardOverBudget)
                    }
                    GuardOverBudget
                },
                {
                    fn GuardNotTripped(data: &[u8]) -> alloy_sol_types::Result<SpendingGuardErrors> {
                        <GuardNotTripped as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(SpendingGuardErrors::GuardNotTripped)
                    }
                    GuardNotTripped
                },
                {
                    fn GuardInvalidPolicy(data: &[u8]) -> alloy_sol_types::Result<SpendingGuardErrors> {
                        <GuardInvalidPolicy as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(SpendingGuardErrors::GuardInvalidPolicy)
                    }
                    GuardInvalidPolicy
                },
                {
                    fn GuardOutsideWindow(data: &[u8]) -> alloy_sol_types::Result<SpendingGuardErrors> {
                        <GuardOutsideWindow as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(SpendingGuardErrors::GuardOutsideWindow)
                    }
                    GuardOutsideWindow
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
                Self::GuardImmutable(inner) => <GuardImmutable as alloy_sol_types::SolError>::abi_encoded_size(inner),
                Self::GuardInactive(inner) => <GuardInactive as alloy_sol_types::SolError>::abi_encoded_size(inner),
                Self::GuardInvalidPolicy(inner) => {
                    <GuardInvalidPolicy as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::GuardInvalidRecipient(inner) => {
                    <GuardInvalidRecipient as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::GuardNotReady(inner) => <GuardNotReady as alloy_sol_types::SolError>::abi_encoded_size(inner),
                Self::GuardNotTripped(inner) => <GuardNotTripped as alloy_sol_types::SolError>::abi_encoded_size(inner),
                Self::GuardOutsideWindow(inner) => {
                    <GuardOutsideWindow as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::GuardOverBudget(inner) => <GuardOverBudget as alloy_sol_types::SolError>::abi_encoded_size(inner),
                Self::GuardOverCap(inner) => <GuardOverCap as alloy_sol_types::SolError>::abi_encoded_size(inner),
                Self::GuardPolicyExists(inner) => {
                    <GuardPolicyExists as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::GuardRecipientNotAllowed(inner) => {
                    <GuardRecipientNotAllowed as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::GuardUnauthorized(inner) => {
                    <GuardUnauthorized as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::GuardUnknownPolicy(inner) => {
                    <GuardUnknownPolicy as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::GuardWrongTerms(inner) => <GuardWrongTerms as alloy_sol_types::SolError>::abi_encoded_size(inner),
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
                Self::GuardImmutable(inner) => {
                    <GuardImmutable as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::GuardInactive(inner) => <GuardInactive as alloy_sol_types::SolError>::abi_encode_raw(inner, out),
                Self::GuardInvalidPolicy(inner) => {
                    <GuardInvalidPolicy as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::GuardInvalidRecipient(inner) => {
                    <GuardInvalidRecipient as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::GuardNotReady(inner) => <GuardNotReady as alloy_sol_types::SolError>::abi_encode_raw(inner, out),
                Self::GuardNotTripped(inner) => {
                    <GuardNotTripped as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::GuardOutsideWindow(inner) => {
                    <GuardOutsideWindow as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::GuardOverBudget(inner) => {
                    <GuardOverBudget as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::GuardOverCap(inner) => <GuardOverCap as alloy_sol_types::SolError>::abi_encode_raw(inner, out),
                Self::GuardPolicyExists(inner) => {
                    <GuardPolicyExists as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::GuardRecipientNotAllowed(inner) => {
                    <GuardRecipientNotAllowed as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::GuardUnauthorized(inner) => {
                    <GuardUnauthorized as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::GuardUnknownPolicy(inner) => {
                    <GuardUnknownPolicy as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::GuardWrongTerms(inner) => {
                    <GuardWrongTerms as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
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
    ///Container for all the [`SpendingGuard`](self) events.
    #[derive(Clone, serde::Serialize, serde::Deserialize, Debug, PartialEq, Eq, Hash)]
    pub enum SpendingGuardEvents {
        #[allow(missing_docs)]
        BreakerReset(BreakerReset),
        #[allow(missing_docs)]
        BreakerTripped(BreakerTripped),
        #[allow(missing_docs)]
        ChangeCancelled(ChangeCancelled),
        #[allow(missing_docs)]
        ChangeQueued(ChangeQueued),
        #[allow(missing_docs)]
        Paused(Paused),
        #[allow(missing_docs)]
        PolicyChanged(PolicyChanged),
        #[allow(missing_docs)]
        PolicyGranted(PolicyGranted),
        #[allow(missing_docs)]
        RecipientsAllowed(RecipientsAllowed),
        #[allow(missing_docs)]
        RecipientsRemoved(RecipientsRemoved),
        #[allow(missing_docs)]
        Revoked(Revoked),
        #[allow(missing_docs)]
        Spent(Spent),
        #[allow(missing_docs)]
        UnpauseQueued(UnpauseQueued),
    }
    impl SpendingGuardEvents {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 32usize]] = &[
            [
                55u8, 68u8, 231u8, 92u8, 136u8, 10u8, 208u8, 40u8, 200u8, 22u8, 130u8, 108u8, 29u8, 40u8, 101u8, 75u8,
                154u8, 198u8, 101u8, 106u8, 127u8, 217u8, 24u8, 213u8, 5u8, 123u8, 24u8, 110u8, 20u8, 89u8, 114u8,
                132u8,
            ],
            [
                59u8, 49u8, 138u8, 173u8, 163u8, 240u8, 222u8, 119u8, 2u8, 172u8, 140u8, 92u8, 38u8, 102u8, 73u8,
                201u8, 1u8, 170u8, 205u8, 66u8, 53u8, 252u8, 88u8, 84u8, 60u8, 23u8, 251u8, 189u8, 142u8, 112u8, 215u8,
                196u8,
            ],
            [
                69u8, 178u8, 175u8, 150u8, 178u8, 88u8, 9u8, 78u8, 124u8, 169u8, 73u8, 69u8, 194u8, 61u8, 190u8, 197u8,
                6u8, 53u8, 5u8, 53u8, 117u8, 19u8, 137u8, 204u8, 202u8, 198u8, 91u8, 150u8, 204u8, 83u8, 90u8, 215u8,
            ],
            [
                70u8, 120u8, 242u8, 7u8, 113u8, 219u8, 195u8, 51u8, 3u8, 174u8, 35u8, 24u8, 164u8, 125u8, 65u8, 17u8,
                37u8, 167u8, 197u8, 240u8, 250u8, 117u8, 145u8, 220u8, 68u8, 148u8, 187u8, 141u8, 132u8, 92u8, 11u8,
                232u8,
            ],
            [
                91u8, 194u8, 186u8, 248u8, 112u8, 197u8, 186u8, 241u8, 137u8, 131u8, 139u8, 94u8, 11u8, 14u8, 59u8,
                4u8, 163u8, 38u8, 62u8, 45u8, 245u8, 211u8, 5u8, 209u8, 193u8, 95u8, 62u8, 96u8, 34u8, 245u8, 220u8,
                69u8,
            ],
            [
                115u8, 224u8, 144u8, 202u8, 69u8, 105u8, 10u8, 244u8, 5u8, 201u8, 128u8, 192u8, 128u8, 249u8, 26u8,
                124u8, 94u8, 203u8, 162u8, 184u8, 127u8, 98u8, 5u8, 191u8, 76u8, 234u8, 21u8, 235u8, 57u8, 186u8,
                250u8, 21u8,
            ],
            [
                122u8, 8u8, 92u8, 87u8, 135u8, 107u8, 200u8, 123u8, 253u8, 80u8, 57u8, 53u8, 31u8, 142u8, 248u8, 133u8,
                189u8, 142u8, 157u8, 133u8, 201u8, 76u8, 0u8, 54u8, 133u8, 190u8, 74u8, 100u8, 195u8, 8u8, 117u8, 63u8,
            ],
            [
                181u8, 185u8, 117u8, 191u8, 147u8, 13u8, 183u8, 133u8, 43u8, 159u8, 46u8, 116u8, 157u8, 86u8, 44u8,
                40u8, 14u8, 247u8, 246u8, 199u8, 168u8, 3u8, 7u8, 254u8, 3u8, 203u8, 220u8, 216u8, 141u8, 212u8, 100u8,
                102u8,
            ],
            [
                193u8, 24u8, 102u8, 145u8, 253u8, 222u8, 5u8, 37u8, 230u8, 82u8, 173u8, 157u8, 109u8, 209u8, 46u8,
                83u8, 28u8, 180u8, 16u8, 255u8, 121u8, 75u8, 188u8, 186u8, 248u8, 75u8, 153u8, 60u8, 20u8, 31u8, 34u8,
                140u8,
            ],
            [
                201u8, 6u8, 167u8, 163u8, 154u8, 208u8, 232u8, 232u8, 195u8, 146u8, 247u8, 115u8, 34u8, 21u8, 84u8,
                130u8, 120u8, 6u8, 207u8, 223u8, 254u8, 92u8, 121u8, 207u8, 24u8, 136u8, 120u8, 111u8, 130u8, 211u8,
                171u8, 146u8,
            ],
            [
                220u8, 3u8, 181u8, 40u8, 125u8, 0u8, 243u8, 166u8, 18u8, 93u8, 240u8, 24u8, 120u8, 225u8, 52u8, 167u8,
                155u8, 244u8, 240u8, 106u8, 251u8, 107u8, 59u8, 228u8, 30u8, 183u8, 8u8, 43u8, 107u8, 32u8, 36u8,
                233u8,
            ],
            [
                244u8, 68u8, 18u8, 103u8, 190u8, 233u8, 128u8, 3u8, 223u8, 178u8, 153u8, 14u8, 255u8, 156u8, 154u8,
                147u8, 13u8, 96u8, 205u8, 177u8, 30u8, 82u8, 14u8, 231u8, 75u8, 222u8, 88u8, 84u8, 43u8, 147u8, 56u8,
                41u8,
            ],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(Paused),
            ::core::stringify!(ChangeQueued),
            ::core::stringify!(RecipientsAllowed),
            ::core::stringify!(UnpauseQueued),
            ::core::stringify!(Revoked),
            ::core::stringify!(BreakerTripped),
            ::core::stringify!(ChangeCancelled),
            ::core::stringify!(PolicyChanged),
            ::core::stringify!(PolicyGranted),
            ::core::stringify!(BreakerReset),
            ::core::stringify!(Spent),
            ::core::stringify!(RecipientsRemoved),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <Paused as alloy_sol_types::SolEvent>::SIGNATURE,
            <ChangeQueued as alloy_sol_types::SolEvent>::SIGNATURE,
            <RecipientsAllowed as alloy_sol_types::SolEvent>::SIGNATURE,
            <UnpauseQueued as alloy_sol_types::SolEvent>::SIGNATURE,
            <Revoked as alloy_sol_types::SolEvent>::SIGNATURE,
            <BreakerTripped as alloy_sol_types::SolEvent>::SIGNATURE,
            <ChangeCancelled as alloy_sol_types::SolEvent>::SIGNATURE,
            <PolicyChanged as alloy_sol_types::SolEvent>::SIGNATURE,
            <PolicyGranted as alloy_sol_types::SolEvent>::SIGNATURE,
            <BreakerReset as alloy_sol_types::SolEvent>::SIGNATURE,
            <Spent as alloy_sol_types::SolEvent>::SIGNATURE,
            <RecipientsRemoved as alloy_sol_types::SolEvent>::SIGNATURE,
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
    impl alloy_sol_types::SolEventInterface for SpendingGuardEvents {
        const NAME: &'static str = "SpendingGuardEvents";
        const COUNT: usize = 12usize;
        fn decode_raw_log(topics: &[alloy_sol_types::Word], data: &[u8]) -> alloy_sol_types::Result<Self> {
            match topics.first().copied() {
                Some(<BreakerReset as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <BreakerReset as alloy_sol_types::SolEvent>::decode_raw_log(topics, data).map(Self::BreakerReset)
                }
                Some(<BreakerTripped as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <BreakerTripped as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::BreakerTripped)
                }
                Some(<ChangeCancelled as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <ChangeCancelled as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::ChangeCancelled)
                }
                Some(<ChangeQueued as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <ChangeQueued as alloy_sol_types::SolEvent>::decode_raw_log(topics, data).map(Self::ChangeQueued)
                }
                Some(<Paused as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <Paused as alloy_sol_types::SolEvent>::decode_raw_log(topics, data).map(Self::Paused)
                }
                Some(<PolicyChanged as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <PolicyChanged as alloy_sol_types::SolEvent>::decode_raw_log(topics, data).map(Self::PolicyChanged)
                }
                Some(<PolicyGranted as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <PolicyGranted as alloy_sol_types::SolEvent>::decode_raw_log(topics, data).map(Self::PolicyGranted)
                }
                Some(<RecipientsAllowed as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <RecipientsAllowed as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::RecipientsAllowed)
                }
                Some(<RecipientsRemoved as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <RecipientsRemoved as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::RecipientsRemoved)
                }
                Some(<Revoked as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <Revoked as alloy_sol_types::SolEvent>::decode_raw_log(topics, data).map(Self::Revoked)
                }
                Some(<Spent as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <Spent as alloy_sol_types::SolEvent>::decode_raw_log(topics, data).map(Self::Spent)
                }
                Some(<UnpauseQueued as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <UnpauseQueued as alloy_sol_types::SolEvent>::decode_raw_log(topics, data).map(Self::UnpauseQueued)
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
    impl alloy_sol_types::private::IntoLogData for SpendingGuardEvents {
        fn to_log_data(&self) -> alloy_sol_types::private::LogData {
            match self {
                Self::BreakerReset(inner) => alloy_sol_types::private::IntoLogData::to_log_data(inner),
                Self::BreakerTripped(inner) => alloy_sol_types::private::IntoLogData::to_log_data(inner),
                Self::ChangeCancelled(inner) => alloy_sol_types::private::IntoLogData::to_log_data(inner),
                Self::ChangeQueued(inner) => alloy_sol_types::private::IntoLogData::to_log_data(inner),
                Self::Paused(inner) => alloy_sol_types::private::IntoLogData::to_log_data(inner),
                Self::PolicyChanged(inner) => alloy_sol_types::private::IntoLogData::to_log_data(inner),
                Self::PolicyGranted(inner) => alloy_sol_types::private::IntoLogData::to_log_data(inner),
                Self::RecipientsAllowed(inner) => alloy_sol_types::private::IntoLogData::to_log_data(inner),
                Self::RecipientsRemoved(inner) => alloy_sol_types::private::IntoLogData::to_log_data(inner),
                Self::Revoked(inner) => alloy_sol_types::private::IntoLogData::to_log_data(inner),
                Self::Spent(inner) => alloy_sol_types::private::IntoLogData::to_log_data(inner),
                Self::UnpauseQueued(inner) => alloy_sol_types::private::IntoLogData::to_log_data(inner),
            }
        }
        fn into_log_data(self) -> alloy_sol_types::private::LogData {
            match self {
                Self::BreakerReset(inner) => alloy_sol_types::private::IntoLogData::into_log_data(inner),
                Self::BreakerTripped(inner) => alloy_sol_types::private::IntoLogData::into_log_data(inner),
                Self::ChangeCancelled(inner) => alloy_sol_types::private::IntoLogData::into_log_data(inner),
                Self::ChangeQueued(inner) => alloy_sol_types::private::IntoLogData::into_log_data(inner),
                Self::Paused(inner) => alloy_sol_types::private::IntoLogData::into_log_data(inner),
                Self::PolicyChanged(inner) => alloy_sol_types::private::IntoLogData::into_log_data(inner),
                Self::PolicyGranted(inner) => alloy_sol_types::private::IntoLogData::into_log_data(inner),
                Self::RecipientsAllowed(inner) => alloy_sol_types::private::IntoLogData::into_log_data(inner),
                Self::RecipientsRemoved(inner) => alloy_sol_types::private::IntoLogData::into_log_data(inner),
                Self::Revoked(inner) => alloy_sol_types::private::IntoLogData::into_log_data(inner),
                Self::Spent(inner) => alloy_sol_types::private::IntoLogData::into_log_data(inner),
                Self::UnpauseQueued(inner) => alloy_sol_types::private::IntoLogData::into_log_data(inner),
            }
        }
    }
    use alloy::contract as alloy_contract;
    /**Creates a new wrapper around an on-chain [`SpendingGuard`](self) contract instance.

    See the [wrapper's documentation](`SpendingGuardInstance`) for more details.*/
    #[inline]
    pub const fn new<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network>(
        address: alloy_sol_types::private::Address,
        __provider: P,
    ) -> SpendingGuardInstance<P, N> {
        SpendingGuardInstance::<P, N>::new(address, __provider)
    }
    /**Deploys this contract using the given `provider` and constructor arguments, if any.

    Returns a new instance of the contract, if the deployment was successful.

    For more fine-grained control over the deployment process, use [`deploy_builder`] instead.*/
    #[inline]
    pub fn deploy<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network>(
        __provider: P,
        escrow_: alloy::sol_types::private::Address,
        taskBoard_: alloy::sol_types::private::Address,
    ) -> impl ::core::future::Future<Output = alloy_contract::Result<SpendingGuardInstance<P, N>>> {
        SpendingGuardInstance::<P, N>::deploy(__provider, escrow_, taskBoard_)
    }
    /**Creates a `RawCallBuilder` for deploying this contract using the given `provider`
    and constructor arguments, if any.

    This is a simple wrapper around creating a `RawCallBuilder` with the data set to
    the bytecode concatenated with the constructor's ABI-encoded arguments.*/
    #[inline]
    pub fn deploy_builder<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network>(
        __provider: P,
        escrow_: alloy::sol_types::private::Address,
        taskBoard_: alloy::sol_types::private::Address,
    ) -> alloy_contract::RawCallBuilder<P, N> {
        SpendingGuardInstance::<P, N>::deploy_builder(__provider, escrow_, taskBoard_)
    }
    /**A [`SpendingGuard`](self) instance.

    Contains type-safe methods for interacting with an on-chain instance of the
    [`SpendingGuard`](self) contract located at a given `address`, using a given
    provider `P`.

    If the contract bytecode is available (see the [`sol!`](alloy_sol_types::sol!)
    documentation on how to provide it), the `deploy` and `deploy_builder` methods can
    be used to deploy a new instance of the contract.

    See the [module-level documentation](self) for all the available methods.*/
    #[derive(Clone)]
    pub struct SpendingGuardInstance<P, N = alloy_contract::private::Ethereum> {
        address: alloy_sol_types::private::Address,
        provider: P,
        _network: ::core::marker::PhantomData<N>,
    }
    #[automatically_derived]
    impl<P, N> ::core::fmt::Debug for SpendingGuardInstance<P, N> {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_tuple("SpendingGuardInstance").field(&self.address).finish()
        }
    }
    /// Instantiation and getters/setters.
    impl<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network> SpendingGuardInstance<P, N> {
        /**Creates a new wrapper around an on-chain [`SpendingGuard`](self) contract instance.

        See the [wrapper's documentation](`SpendingGuardInstance`) for more details.*/
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
            escrow_: alloy::sol_types::private::Address,
            taskBoard_: alloy::sol_types::private::Address,
        ) -> alloy_contract::Result<SpendingGuardInstance<P, N>> {
            let call_builder = Self::deploy_builder(__provider, escrow_, taskBoard_);
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
            escrow_: alloy::sol_types::private::Address,
            taskBoard_: alloy::sol_types::private::Address,
        ) -> alloy_contract::RawCallBuilder<P, N> {
            alloy_contract::RawCallBuilder::new_raw_deploy(
                __provider,
                [
                    &BYTECODE[..],
                    &alloy_sol_types::SolConstructor::abi_encode(&constructorCall { escrow_, taskBoard_ })[..],
                ]
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
    impl<P: ::core::clone::Clone, N> SpendingGuardInstance<&P, N> {
        /// Clones the provider and returns a new instance with the cloned provider.
        #[inline]
        pub fn with_cloned_provider(self) -> SpendingGuardInstance<P, N> {
            SpendingGuardInstance {
                address: self.address,
                provider: ::core::clone::Clone::clone(&self.provider),
                _network: ::core::marker::PhantomData,
            }
        }
    }
    /// Function calls.
    impl<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network> SpendingGuardInstance<P, N> {
        /// Creates a new call builder using this contract instance's provider and address.
        ///
        /// Note that the call can be any function call, not just those defined in this
        /// contract. Prefer using the other methods for building type-safe contract calls.
        pub fn call_builder<C: alloy_sol_types::SolCall>(&self, call: &C) -> alloy_contract::SolCallBuilder<&P, C, N> {
            alloy_contract::SolCallBuilder::new_sol(&self.provider, &self.address, call)
        }
        ///Creates a new call builder for the [`FLAG_PAUSED`] function.
        pub fn FLAG_PAUSED(&self) -> alloy_contract::SolCallBuilder<&P, FLAG_PAUSEDCall, N> {
            self.call_builder(&FLAG_PAUSEDCall)
        }
        ///Creates a new call builder for the [`FLAG_REVOKED`] function.
        pub fn FLAG_REVOKED(&self) -> alloy_contract::SolCallBuilder<&P, FLAG_REVOKEDCall, N> {
            self.call_builder(&FLAG_REVOKEDCall)
        }
        ///Creates a new call builder for the [`FLAG_TRIPPED`] function.
        pub fn FLAG_TRIPPED(&self) -> alloy_contract::SolCallBuilder<&P, FLAG_TRIPPEDCall, N> {
            self.call_builder(&FLAG_TRIPPEDCall)
        }
        ///Creates a new call builder for the [`allowRecipients`] function.
        pub fn allowRecipients(
            &self,
            key: <ISpendingGuard::PolicyKey as alloy::sol_types::SolType>::RustType,
            recipients: alloy::sol_types::private::Vec<alloy::sol_types::private::Address>,
        ) -> alloy_contract::SolCallBuilder<&P, allowRecipientsCall, N> {
            self.call_builder(&allowRecipientsCall { key, recipients })
        }
        ///Creates a new call builder for the [`allowedFrom`] function.
        pub fn allowedFrom(
            &self,
            id: alloy::sol_types::private::FixedBytes<32>,
            recipient: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, allowedFromCall, N> {
            self.call_builder(&allowedFromCall { id, recipient })
        }
        ///Creates a new call builder for the [`applyChange`] function.
        pub fn applyChange(
            &self,
            key: <ISpendingGuard::PolicyKey as alloy::sol_types::SolType>::RustType,
        ) -> alloy_contract::SolCallBuilder<&P, applyChangeCall, N> {
            self.call_builder(&applyChangeCall { key })
        }
        ///Creates a new call builder for the [`cancelChange`] function.
        pub fn cancelChange(
            &self,
            key: <ISpendingGuard::PolicyKey as alloy::sol_types::SolType>::RustType,
        ) -> alloy_contract::SolCallBuilder<&P, cancelChangeCall, N> {
            self.call_builder(&cancelChangeCall { key })
        }
        ///Creates a new call builder for the [`change`] function.
        pub fn change(
            &self,
            key: <ISpendingGuard::PolicyKey as alloy::sol_types::SolType>::RustType,
            policy: <ISpendingGuard::Policy as alloy::sol_types::SolType>::RustType,
        ) -> alloy_contract::SolCallBuilder<&P, changeCall, N> {
            self.call_builder(&changeCall { key, policy })
        }
        ///Creates a new call builder for the [`escrow`] function.
        pub fn escrow(&self) -> alloy_contract::SolCallBuilder<&P, escrowCall, N> {
            self.call_builder(&escrowCall)
        }
        ///Creates a new call builder for the [`getPendingPolicy`] function.
        pub fn getPendingPolicy(
            &self,
            id: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, getPendingPolicyCall, N> {
            self.call_builder(&getPendingPolicyCall { id })
        }
        ///Creates a new call builder for the [`getPolicy`] function.
        pub fn getPolicy(
            &self,
            id: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, getPolicyCall, N> {
            self.call_builder(&getPolicyCall { id })
        }
        ///Creates a new call builder for the [`getState`] function.
        pub fn getState(
            &self,
            id: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, getStateCall, N> {
            self.call_builder(&getStateCall { id })
        }
        ///Creates a new call builder for the [`grant`] function.
        pub fn grant(
            &self,
            key: <ISpendingGuard::PolicyKey as alloy::sol_types::SolType>::RustType,
            policy: <ISpendingGuard::Policy as alloy::sol_types::SolType>::RustType,
            recipients: alloy::sol_types::private::Vec<alloy::sol_types::private::Address>,
        ) -> alloy_contract::SolCallBuilder<&P, grantCall, N> {
            self.call_builder(&grantCall { key, policy, recipients })
        }
        ///Creates a new call builder for the [`pause`] function.
        pub fn pause(
            &self,
            key: <ISpendingGuard::PolicyKey as alloy::sol_types::SolType>::RustType,
        ) -> alloy_contract::SolCallBuilder<&P, pauseCall, N> {
            self.call_builder(&pauseCall { key })
        }
        ///Creates a new call builder for the [`policyId`] function.
        pub fn policyId(
            &self,
            key: <ISpendingGuard::PolicyKey as alloy::sol_types::SolType>::RustType,
        ) -> alloy_contract::SolCallBuilder<&P, policyIdCall, N> {
            self.call_builder(&policyIdCall { key })
        }
        ///Creates a new call builder for the [`remaining`] function.
        pub fn remaining(
            &self,
            id: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, remainingCall, N> {
            self.call_builder(&remainingCall { id })
        }
        ///Creates a new call builder for the [`removeRecipients`] function.
        pub fn removeRecipients(
            &self,
            key: <ISpendingGuard::PolicyKey as alloy::sol_types::SolType>::RustType,
            recipients: alloy::sol_types::private::Vec<alloy::sol_types::private::Address>,
        ) -> alloy_contract::SolCallBuilder<&P, removeRecipientsCall, N> {
            self.call_builder(&removeRecipientsCall { key, recipients })
        }
        ///Creates a new call builder for the [`resetBreaker`] function.
        pub fn resetBreaker(
            &self,
            key: <ISpendingGuard::PolicyKey as alloy::sol_types::SolType>::RustType,
        ) -> alloy_contract::SolCallBuilder<&P, resetBreakerCall, N> {
            self.call_builder(&resetBreakerCall { key })
        }
        ///Creates a new call builder for the [`revoke`] function.
        pub fn revoke(
            &self,
            key: <ISpendingGuard::PolicyKey as alloy::sol_types::SolType>::RustType,
        ) -> alloy_contract::SolCallBuilder<&P, revokeCall, N> {
            self.call_builder(&revokeCall { key })
        }
        ///Creates a new call builder for the [`spend`] function.
        pub fn spend(
            &self,
            key: <ISpendingGuard::PolicyKey as alloy::sol_types::SolType>::RustType,
            to: alloy::sol_types::private::Address,
            amount: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, spendCall, N> {
            self.call_builder(&spendCall { key, to, amount })
        }
        ///Creates a new call builder for the [`spendToEscrow`] function.
        pub fn spendToEscrow(
            &self,
            key: <ISpendingGuard::PolicyKey as alloy::sol_types::SolType>::RustType,
            terms: <IEscrow::Terms as alloy::sol_types::SolType>::RustType,
        ) -> alloy_contract::SolCallBuilder<&P, spendToEscrowCall, N> {
            self.call_builder(&spendToEscrowCall { key, terms })
        }
        ///Creates a new call builder for the [`spendToTask`] function.
        pub fn spendToTask(
            &self,
            key: <ISpendingGuard::PolicyKey as alloy::sol_types::SolType>::RustType,
            task: <ITaskBoard::Task as alloy::sol_types::SolType>::RustType,
            specURI: alloy::sol_types::private::String,
        ) -> alloy_contract::SolCallBuilder<&P, spendToTaskCall, N> {
            self.call_builder(&spendToTaskCall { key, task, specURI })
        }
        ///Creates a new call builder for the [`taskBoard`] function.
        pub fn taskBoard(&self) -> alloy_contract::SolCallBuilder<&P, taskBoardCall, N> {
            self.call_builder(&taskBoardCall)
        }
        ///Creates a new call builder for the [`unpause`] function.
        pub fn unpause(
            &self,
            key: <ISpendingGuard::PolicyKey as alloy::sol_types::SolType>::RustType,
        ) -> alloy_contract::SolCallBuilder<&P, unpauseCall, N> {
            self.call_builder(&unpauseCall { key })
        }
    }
    /// Event filters.
    impl<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network> SpendingGuardInstance<P, N> {
        /// Creates a new event filter using this contract instance's provider and address.
        ///
        /// Note that the type can be any event, not just those defined in this contract.
        /// Prefer using the other methods for building type-safe event filters.
        pub fn event_filter<E: alloy_sol_types::SolEvent>(&self) -> alloy_contract::Event<&P, E, N> {
            alloy_contract::Event::new_sol(&self.provider, &self.address)
        }
        ///Creates a new event filter for the [`BreakerReset`] event.
        pub fn BreakerReset_filter(&self) -> alloy_contract::Event<&P, BreakerReset, N> {
            self.event_filter::<BreakerReset>()
        }
        ///Creates a new event filter for the [`BreakerTripped`] event.
        pub fn BreakerTripped_filter(&self) -> alloy_contract::Event<&P, BreakerTripped, N> {
            self.event_filter::<BreakerTripped>()
        }
        ///Creates a new event filter for the [`ChangeCancelled`] event.
        pub fn ChangeCancelled_filter(&self) -> alloy_contract::Event<&P, ChangeCancelled, N> {
            self.event_filter::<ChangeCancelled>()
        }
        ///Creates a new event filter for the [`ChangeQueued`] event.
        pub fn ChangeQueued_filter(&self) -> alloy_contract::Event<&P, ChangeQueued, N> {
            self.event_filter::<ChangeQueued>()
        }
        ///Creates a new event filter for the [`Paused`] event.
        pub fn Paused_filter(&self) -> alloy_contract::Event<&P, Paused, N> {
            self.event_filter::<Paused>()
        }
        ///Creates a new event filter for the [`PolicyChanged`] event.
        pub fn PolicyChanged_filter(&self) -> alloy_contract::Event<&P, PolicyChanged, N> {
            self.event_filter::<PolicyChanged>()
        }
        ///Creates a new event filter for the [`PolicyGranted`] event.
        pub fn PolicyGranted_filter(&self) -> alloy_contract::Event<&P, PolicyGranted, N> {
            self.event_filter::<PolicyGranted>()
        }
        ///Creates a new event filter for the [`RecipientsAllowed`] event.
        pub fn RecipientsAllowed_filter(&self) -> alloy_contract::Event<&P, RecipientsAllowed, N> {
            self.event_filter::<RecipientsAllowed>()
        }
        ///Creates a new event filter for the [`RecipientsRemoved`] event.
        pub fn RecipientsRemoved_filter(&self) -> alloy_contract::Event<&P, RecipientsRemoved, N> {
            self.event_filter::<RecipientsRemoved>()
        }
        ///Creates a new event filter for the [`Revoked`] event.
        pub fn Revoked_filter(&self) -> alloy_contract::Event<&P, Revoked, N> {
            self.event_filter::<Revoked>()
        }
        ///Creates a new event filter for the [`Spent`] event.
        pub fn Spent_filter(&self) -> alloy_contract::Event<&P, Spent, N> {
            self.event_filter::<Spent>()
        }
        ///Creates a new event filter for the [`UnpauseQueued`] event.
        pub fn UnpauseQueued_filter(&self) -> alloy_contract::Event<&P, UnpauseQueued, N> {
            self.event_filter::<UnpauseQueued>()
        }
    }
}
