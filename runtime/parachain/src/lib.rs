//! # MedLedger parachain runtime
//!
//! MedLedger as a parachain: the same chain as `medledger-runtime` (the MedLedger pallets, the
//! consortium's council, balances for fees and deposits, the same runtime APIs, all written once
//! in `medledger-runtime-common`), with cumulus in place of the solo chain's consensus. The
//! consortium's members run the collators (`polkadot-omni-node`); the relay chain's validators
//! check and finalise the blocks.
//!
//! What is the parachain's own, as the polkadot-sdk parachain template and the fellowship's system
//! parachains do it:
//!
//! - `ParachainSystem` with `ParachainSetCode` (runtime upgrades wait for the relay chain's
//!   go-ahead) and `register_validate_block!`, `ParachainInfo` (the para id, set at genesis);
//! - Aura with its cumulus extension (`AuraExt`) and an unincluded segment of three blocks
//!   (asynchronous backing, one block per 6-second relay chain slot); the collators are the
//!   consortium's set (`Consortium`, the session manager, changed by two thirds of the council), no
//!   candidacy or staking;
//! - block weights with a proof-size limit of the relay chain's PoV size;
//! - the message queue and the XCMP queue, and a minimal XCM configuration ([`configs::xcm`]): the
//!   relay chain is the parent and the only location trusted; no assets move, no teleports or
//!   reserve transfers;
//! - `StorageWeightReclaim`, which charges what a transaction's storage proof actually used.

#![cfg_attr(not(feature = "std"), no_std)]
// `construct_runtime`/`impl_runtime_apis` need a higher recursion limit.
#![recursion_limit = "512"]

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
use polkadot_sdk::{sp_runtime::generic, staging_parachain_info as parachain_info, *};

pub use medledger_runtime_common::{
	currency, AccountId, Address, Balance, BlockNumber, Hash, Header, Moment, Nonce, Signature,
};
pub use polkadot_sdk::{
	pallet_balances::Call as BalancesCall,
	pallet_timestamp::Call as TimestampCall,
	sp_runtime::{Perbill, Permill},
};

use polkadot_sdk::sp_version::{runtime_version, RuntimeVersion};

/// Opaque types: what the node needs to know about the runtime without knowing the runtime.
pub mod opaque {
	use super::Aura;
	use alloc::vec::Vec;
	use polkadot_sdk::sp_runtime::impl_opaque_keys;

	pub use medledger_runtime_common::opaque::*;

	impl_opaque_keys! {
		/// The session keys of a collator: Aura, for block production.
		pub struct SessionKeys {
			pub aura: Aura,
		}
	}
}

/// The runtime version. Bump `spec_version` on every change of the runtime logic, and
/// `transaction_version` when the encoding of calls or transaction extensions changes.
#[cfg(not(feature = "upgrade-fixture"))]
#[runtime_version]
pub const VERSION: RuntimeVersion = RuntimeVersion {
	spec_name: alloc::borrow::Cow::Borrowed("medledger-parachain"),
	impl_name: alloc::borrow::Cow::Borrowed("medledger-parachain"),
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
	spec_name: alloc::borrow::Cow::Borrowed("medledger-parachain"),
	impl_name: alloc::borrow::Cow::Borrowed("medledger-parachain"),
	authoring_version: 1,
	spec_version: 101,
	impl_version: 1,
	apis: apis::RUNTIME_API_VERSIONS,
	transaction_version: 1,
	system_version: 1,
};

medledger_runtime_common::block_time! {
	/// Target block time: the relay chain's 6-second slot, one parachain block per relay chain
	/// block (asynchronous backing).
	const MILLI_SECS_PER_BLOCK: u64 = crate::configs::RELAY_CHAIN_SLOT_DURATION_MILLIS as u64;
}

/// Block type.
pub type Block = generic::Block<Header, UncheckedExtrinsic>;
/// A block with a justification.
pub type SignedBlock = generic::SignedBlock<Block>;
/// Block identifier.
pub type BlockId = generic::BlockId<Block>;

/// The transaction extensions, checked in this order for every signed transaction.
/// `CheckMetadataHash` lets a hardware wallet clear-sign (see `medledger-runtime`).
/// `StorageWeightReclaim` wraps them to refund what a transaction's storage proof did not use (it
/// takes the place of the solo chain's `WeightReclaim`).
pub type TxExtension = cumulus_pallet_weight_reclaim::StorageWeightReclaim<
	Runtime,
	(
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
	),
>;

/// An extrinsic as it travels in a block.
pub type UncheckedExtrinsic =
	generic::UncheckedExtrinsic<Address, RuntimeCall, Signature, TxExtension>;
/// The payload a signer signs.
pub type SignedPayload = generic::SignedPayload<RuntimeCall, TxExtension>;

/// Storage migrations to run on the next runtime upgrade, in order (see `medledger-runtime`).
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
	before_timestamp {
		// First: its inherent brings the relay chain's data every other pallet may read.
		#[runtime::pallet_index(30)]
		pub type ParachainSystem = cumulus_pallet_parachain_system;

		#[runtime::pallet_index(31)]
		pub type ParachainInfo = parachain_info;

		#[runtime::pallet_index(32)]
		pub type WeightReclaim = cumulus_pallet_weight_reclaim;
	}
	consensus {
		#[runtime::pallet_index(2)]
		pub type Aura = pallet_aura;

		#[runtime::pallet_index(3)]
		pub type AuraExt = cumulus_pallet_aura_ext;
	}
	more {
		#[runtime::pallet_index(40)]
		pub type MessageQueue = pallet_message_queue;

		#[runtime::pallet_index(41)]
		pub type XcmpQueue = cumulus_pallet_xcmp_queue;

		#[runtime::pallet_index(42)]
		pub type PolkadotXcm = pallet_xcm;
	}
}

cumulus_pallet_parachain_system::register_validate_block! {
	Runtime = Runtime,
	BlockExecutor = cumulus_pallet_aura_ext::BlockExecutor::<Runtime, Executive>,
}
