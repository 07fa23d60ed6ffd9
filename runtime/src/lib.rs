//! # MedLedger runtime
//!
//! The state transition function of the MedLedger consortium chain: Aura block production and
//! GRANDPA finality by the validators the consortium's council chooses, balances for fees and
//! storage deposits, the council and its decisions, and the patient identity, consent registry and
//! record anchoring pallets.
//!
//! The runtime is small on purpose: pallet configuration lives in [`configs`] (the council's
//! thresholds in [`configs::governance`]), the runtime APIs in [`apis`], the genesis presets in
//! [`genesis_config_presets`], and the storage migrations of the next upgrade in [`Migrations`].

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
pub mod weights;

use alloc::vec::Vec;
use polkadot_sdk::{
	sp_runtime::{
		generic, impl_opaque_keys,
		traits::{BlakeTwo256, IdentifyAccount, Verify},
		MultiAddress, MultiSignature,
	},
	*,
};

pub use polkadot_sdk::{
	pallet_balances::Call as BalancesCall,
	pallet_timestamp::Call as TimestampCall,
	sp_runtime::{Perbill, Permill},
};

use polkadot_sdk::sp_version::{runtime_version, RuntimeVersion};

/// Opaque types: what the node needs to know about the runtime without knowing the runtime.
pub mod opaque {
	use super::*;
	use polkadot_sdk::sp_runtime::{
		generic,
		traits::{BlakeTwo256, Hash as HashT},
	};

	pub use polkadot_sdk::sp_runtime::OpaqueExtrinsic as UncheckedExtrinsic;

	/// Opaque block header type.
	pub type Header = generic::Header<BlockNumber, BlakeTwo256>;
	/// Opaque block type.
	pub type Block = generic::Block<Header, UncheckedExtrinsic>;
	/// Opaque block identifier type.
	pub type BlockId = generic::BlockId<Block>;
	/// Opaque block hash type.
	pub type Hash = <BlakeTwo256 as HashT>::Output;

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

/// Time, in the runtime's units.
pub mod time {
	use super::BlockNumber;

	/// Target block time. Aura slots have the same length, so this is also the slot duration.
	pub const MILLI_SECS_PER_BLOCK: u64 = 6000;
	/// Aura slot duration, equal to the block time.
	pub const SLOT_DURATION: u64 = MILLI_SECS_PER_BLOCK;

	/// Blocks per minute.
	pub const MINUTES: BlockNumber = 60_000 / (MILLI_SECS_PER_BLOCK as BlockNumber);
	/// Blocks per hour.
	pub const HOURS: BlockNumber = MINUTES * 60;
	/// Blocks per day.
	pub const DAYS: BlockNumber = HOURS * 24;

	/// An hour of the chain's timestamp (milliseconds), for periods that are dates, not blocks.
	pub const HOUR_MS: u64 = 3_600_000;
	/// A day of the chain's timestamp (milliseconds).
	pub const DAY_MS: u64 = 24 * HOUR_MS;
}

/// Currency units. The chain's token pays fees and storage deposits; it is not a public currency.
pub mod currency {
	use super::Balance;

	/// One whole token (12 decimals).
	pub const UNIT: Balance = 1_000_000_000_000;
	/// A thousandth of a token.
	pub const MILLI_UNIT: Balance = 1_000_000_000;
	/// A millionth of a token.
	pub const MICRO_UNIT: Balance = 1_000_000;
	/// The minimum balance an account must keep to exist.
	pub const EXISTENTIAL_DEPOSIT: Balance = MILLI_UNIT;
	/// Token symbol, shown by wallets through the chain spec properties.
	pub const TOKEN_SYMBOL: &str = "MED";
	/// Token decimals.
	pub const TOKEN_DECIMALS: u8 = 12;
	/// SS58 address prefix (the generic Substrate prefix).
	pub const SS58_PREFIX: u16 = 42;
}

/// Signature type of the chain (sr25519, ed25519 or ecdsa).
pub type Signature = MultiSignature;
/// Account id: the public key behind the signature.
pub type AccountId = <<Signature as Verify>::Signer as IdentifyAccount>::AccountId;
/// Balance of an account.
pub type Balance = u128;
/// Transaction index of an account.
pub type Nonce = u32;
/// Hash of a block or an extrinsic.
pub type Hash = polkadot_sdk::sp_core::H256;
/// Block number.
pub type BlockNumber = u32;

/// A moment of the chain's timestamp: milliseconds since the Unix epoch. Consents, emergency
/// sessions, records and the access log are dated in it.
pub type Moment = u64;
/// The address format for describing accounts.
pub type Address = MultiAddress<AccountId, ()>;
/// Block header type.
pub type Header = generic::Header<BlockNumber, BlakeTwo256>;
/// Block type.
pub type Block = generic::Block<Header, UncheckedExtrinsic>;
/// A block with a justification.
pub type SignedBlock = generic::SignedBlock<Block>;
/// Block identifier.
pub type BlockId = generic::BlockId<Block>;

/// The transaction extensions, checked in this order for every signed transaction.
pub type TxExtension = (
	frame_system::AuthorizeCall<Runtime>,
	frame_system::CheckNonZeroSender<Runtime>,
	frame_system::CheckSpecVersion<Runtime>,
	frame_system::CheckTxVersion<Runtime>,
	frame_system::CheckGenesis<Runtime>,
	frame_system::CheckEra<Runtime>,
	frame_system::CheckNonce<Runtime>,
	frame_system::CheckWeight<Runtime>,
	pallet_transaction_payment::ChargeTransactionPayment<Runtime>,
	frame_system::WeightReclaim<Runtime>,
);

/// An extrinsic as it travels in a block.
pub type UncheckedExtrinsic =
	generic::UncheckedExtrinsic<Address, RuntimeCall, Signature, TxExtension>;
/// The payload a signer signs.
pub type SignedPayload = generic::SignedPayload<RuntimeCall, TxExtension>;

/// Storage migrations to run on the next runtime upgrade, in order. Each is a
/// `VersionedMigration`: it runs only while its pallet's on-chain storage version is its `FROM`.
/// Keep a migration here until every chain has upgraded past it.
#[cfg(not(feature = "upgrade-fixture"))]
pub type Migrations = ();
/// The upgrade fixture re-prices patient deposits (it halves `PatientDeposit`).
#[cfg(feature = "upgrade-fixture")]
pub type Migrations = (pallet_patient_identity::migrations::v1::MigrateV0ToV1<Runtime>,);

/// Dispatches incoming extrinsics to the pallets.
pub type Executive = frame_executive::Executive<
	Runtime,
	Block,
	frame_system::ChainContext<Runtime>,
	Runtime,
	AllPalletsWithSystem,
	Migrations,
>;

#[frame_support::runtime]
mod runtime {
	#[runtime::runtime]
	#[runtime::derive(
		RuntimeCall,
		RuntimeEvent,
		RuntimeError,
		RuntimeOrigin,
		RuntimeFreezeReason,
		RuntimeHoldReason,
		RuntimeSlashReason,
		RuntimeLockId,
		RuntimeTask,
		RuntimeViewFunction
	)]
	pub struct Runtime;

	#[runtime::pallet_index(0)]
	pub type System = frame_system;

	#[runtime::pallet_index(1)]
	pub type Timestamp = pallet_timestamp;

	#[runtime::pallet_index(2)]
	pub type Aura = pallet_aura;

	#[runtime::pallet_index(3)]
	pub type Grandpa = pallet_grandpa;

	#[runtime::pallet_index(4)]
	pub type Balances = pallet_balances;

	#[runtime::pallet_index(5)]
	pub type TransactionPayment = pallet_transaction_payment;

	#[runtime::pallet_index(6)]
	pub type Sudo = pallet_sudo;

	// MedLedger's own pallets start at 20.
	// Before Session: its genesis validators are what the first session installs.
	#[runtime::pallet_index(7)]
	pub type Consortium = pallet_consortium;

	#[runtime::pallet_index(8)]
	pub type Session = pallet_session;

	#[runtime::pallet_index(10)]
	pub type Council = pallet_collective<Instance1>;

	#[runtime::pallet_index(11)]
	pub type CouncilMembership = pallet_membership<Instance1>;

	#[runtime::pallet_index(20)]
	pub type PatientIdentity = pallet_patient_identity;

	#[runtime::pallet_index(21)]
	pub type ConsentRegistry = pallet_consent_registry;

	#[runtime::pallet_index(22)]
	pub type RecordAnchor = pallet_record_anchor;
}
