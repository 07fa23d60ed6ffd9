//! # MedLedger runtime
//!
//! The state transition function of the MedLedger consortium chain: Aura block production and
//! GRANDPA finality by the validators the consortium's council chooses, balances for fees and
//! storage deposits, the council and its decisions, and the patient identity, consent registry and
//! record anchoring pallets.
//!
//! Everything but consensus it shares with MedLedger's parachain runtime, written once in
//! `medledger-runtime-common`: the pallets and their indices, their configuration, the council's
//! thresholds, the runtime APIs and the weights. What is the solo chain's own lives here: Aura and
//! GRANDPA and their session keys, `frame_system` and the block weights ([`configs`]), GRANDPA's
//! runtime API ([`apis`]), the genesis presets ([`genesis_config_presets`]) and the storage
//! migrations of the next upgrade ([`Migrations`], and the multi-block ones in
//! `configs::SteppedMigrationList`).

#![cfg_attr(not(feature = "std"), no_std)]
// `construct_runtime`/`impl_runtime_apis` need a higher recursion limit.
#![recursion_limit = "256"]

#[cfg(feature = "std")]
include!(concat!(env!("OUT_DIR"), "/wasm_binary.rs"));

extern crate alloc;

pub mod apis;
#[cfg(feature = "runtime-benchmarks")]
mod benchmarks;
pub mod configs;
pub mod genesis_config_presets;
#[cfg(test)]
mod tests;
pub use medledger_runtime_common::weights;

use alloc::vec::Vec;
use polkadot_sdk::{sp_runtime::generic, *};

pub use polkadot_sdk::{
	pallet_balances::Call as BalancesCall,
	pallet_timestamp::Call as TimestampCall,
	sp_runtime::{Perbill, Permill},
};

use polkadot_sdk::sp_version::{runtime_version, RuntimeVersion};

/// Opaque types: what the node needs to know about the runtime without knowing the runtime.
pub mod opaque {
	use super::{Aura, Grandpa};
	use alloc::vec::Vec;
	use polkadot_sdk::sp_runtime::impl_opaque_keys;

	pub use medledger_runtime_common::opaque::*;

	impl_opaque_keys! {
		/// The session keys of a validator: Aura for block production, GRANDPA for finality.
		pub struct SessionKeys {
			pub aura: Aura,
			pub grandpa: Grandpa,
		}
	}
}

/// The runtime version. Bump `spec_version` on every change of the runtime logic, and
/// `transaction_version` when the encoding of calls or transaction extensions changes.
#[cfg(not(feature = "upgrade-fixture"))]
#[runtime_version]
pub const VERSION: RuntimeVersion = RuntimeVersion {
	spec_name: alloc::borrow::Cow::Borrowed("medledger"),
	impl_name: alloc::borrow::Cow::Borrowed("medledger-node"),
	authoring_version: 1,
	spec_version: 100,
	impl_version: 1,
	apis: apis::RUNTIME_API_VERSIONS,
	transaction_version: 1,
	system_version: 1,
};

/// The upgrade fixture is the next release: the same version but `spec_version` + 1.
/// (`#[runtime_version]` reads literals only, so the whole constant is repeated.)
#[cfg(feature = "upgrade-fixture")]
#[runtime_version]
pub const VERSION: RuntimeVersion = RuntimeVersion {
	spec_name: alloc::borrow::Cow::Borrowed("medledger"),
	impl_name: alloc::borrow::Cow::Borrowed("medledger-node"),
	authoring_version: 1,
	spec_version: 101,
	impl_version: 1,
	apis: apis::RUNTIME_API_VERSIONS,
	transaction_version: 1,
	system_version: 1,
};

pub use medledger_runtime_common::{
	currency, AccountId, Address, Balance, BlockNumber, Hash, Header, Moment, Nonce, Signature,
};

medledger_runtime_common::block_time! {
	/// Target block time: 2 seconds, so that a revoked consent is refused on every validator's
	/// best block within about a block (docs/performance.md, "Revocation").
	const MILLI_SECS_PER_BLOCK: u64 = 2000;
}

/// Block type.
pub type Block = generic::Block<Header, UncheckedExtrinsic>;
/// A block with a justification.
pub type SignedBlock = generic::SignedBlock<Block>;
/// Block identifier.
pub type BlockId = generic::BlockId<Block>;

/// The transaction extensions, checked in this order for every signed transaction.
/// `CheckMetadataHash` lets a hardware wallet clear-sign: the signer commits to the hash of the
/// runtime's metadata, which a release build (`metadata-hash` feature) knows.
pub type TxExtension = (
	frame_system::AuthorizeCall<Runtime>,
	frame_system::CheckNonZeroSender<Runtime>,
	frame_system::CheckSpecVersion<Runtime>,
	frame_system::CheckTxVersion<Runtime>,
	frame_system::CheckGenesis<Runtime>,
	frame_system::CheckEra<Runtime>,
	frame_system::CheckNonce<Runtime>,
	pallet_sponsorship::RelayedBySponsor<Runtime>,
	frame_system::CheckWeight<Runtime>,
	pallet_transaction_payment::ChargeTransactionPayment<Runtime>,
	frame_metadata_hash_extension::CheckMetadataHash<Runtime>,
	frame_system::WeightReclaim<Runtime>,
);

/// An extrinsic as it travels in a block.
pub type UncheckedExtrinsic =
	generic::UncheckedExtrinsic<Address, RuntimeCall, Signature, TxExtension>;
/// The payload a signer signs.
pub type SignedPayload = generic::SignedPayload<RuntimeCall, TxExtension>;

/// Single-block storage migrations to run on the next runtime upgrade, in order. Each is a
/// `VersionedMigration`: it runs only while its pallet's on-chain storage version is its `FROM`.
/// Keep a migration here until every chain has upgraded past it. A migration that touches
/// per-patient (or otherwise unbounded) storage is a multi-block one instead: see
/// `configs::SteppedMigrationList`.
pub type Migrations = ();

/// Dispatches incoming extrinsics to the pallets.
pub type Executive = frame_executive::Executive<
	Runtime,
	Block,
	frame_system::ChainContext<Runtime>,
	Runtime,
	AllPalletsWithSystem,
	Migrations,
>;

medledger_runtime_common::construct_medledger_runtime! {
	before_timestamp {}
	consensus {
		#[runtime::pallet_index(2)]
		pub type Aura = pallet_aura;

		#[runtime::pallet_index(3)]
		pub type Grandpa = pallet_grandpa;
	}
	more {}
}
