//! # What MedLedger's two runtimes share
//!
//! A consortium runs MedLedger either as a solo chain with its own validators (`medledger-runtime`:
//! Aura and GRANDPA) or as a parachain with its members' nodes as collators
//! (`medledger-parachain-runtime`: cumulus, Aura with an unincluded segment, finality from the
//! relay chain). Everything but consensus is the same chain, and is written once, here:
//!
//! - the types ([`AccountId`], [`Balance`], [`Moment`], ...), [`time`] and [`currency`];
//! - the council and every threshold it decides by ([`governance`]);
//! - multisig accounts, proxies and batches, for seats and admin accounts kept in cold storage
//!   ([`accounts`]);
//! - the MedLedger pallets' parameters and deposits ([`parameters`]);
//! - the pallets both runtimes contain, with their indices ([`construct_medledger_runtime!`]), and
//!   their configuration ([`impl_medledger_configs!`]): balances, fees, sudo, the consortium, the
//!   council, utility, multisig and proxy, patient identity, consent registry, record anchor;
//! - the runtime APIs both runtimes offer, MedLedger's own among them
//!   ([`impl_medledger_runtime_apis!`]);
//! - how multi-block migrations reach `pallet-migrations` ([`migrations`]);
//! - the weights measured on the reference machine ([`weights`]).
//!
//! The macros expand in the runtime crate that calls them and name its items (`Runtime`,
//! `RuntimeEvent`, `Balances`, `crate::opaque::SessionKeys`, ...), as `construct_runtime` and
//! `impl_runtime_apis` do: each macro's documentation lists what it expects.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub mod accounts;
pub mod governance;
mod macros;
pub mod migrations;
pub mod parameters;
pub mod presets;
#[cfg(feature = "upgrade-fixture")]
pub mod upgrade_fixture;
pub mod weights;

use polkadot_sdk::{
	frame_support::{dispatch::DispatchClass, weights::Weight},
	frame_system::limits::{BlockLength, BlockWeights},
	sp_runtime::{
		generic,
		traits::{BlakeTwo256, IdentifyAccount, Verify},
		MultiAddress, MultiSignature, Perbill,
	},
};

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

/// Opaque types: what a node needs to know about either runtime without knowing it. Each
/// runtime's `opaque` module adds its session keys.
pub mod opaque {
	use super::BlockNumber;
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
}

/// Moves the chain's timestamp for benchmarks that need time to pass (either runtime).
#[cfg(feature = "runtime-benchmarks")]
pub struct TimestampClock<T>(core::marker::PhantomData<T>);

#[cfg(feature = "runtime-benchmarks")]
impl<T: polkadot_sdk::pallet_timestamp::Config<Moment = Moment>>
	medledger_primitives::BenchmarkClock<Moment> for TimestampClock<T>
{
	fn set_now(now: Moment) {
		polkadot_sdk::pallet_timestamp::Now::<T>::put(now);
	}
}

/// The patient's timeline as the consent and record pallets see it: `T`, except while the node's
/// benchmark CLI measures pallets.
///
/// Each call of those pallets that notes an entry charges it as `T::note_weight()` (the timeline
/// pallet's own benchmark, a note that starts a page and drops the oldest) on top of its own
/// benchmarked weight. So their benchmarks measure them without the timeline: inside
/// `dispatch_benchmark` (a runtime call of its own, which [`measuring_pallet_weights`] marks) they
/// note nothing. Everywhere else, tests with `runtime-benchmarks` included, `T` notes.
pub struct TimelineOutsideBenchmarks<T>(core::marker::PhantomData<T>);

/// Set for the rest of the runtime call once `dispatch_benchmark` starts.
#[cfg(feature = "runtime-benchmarks")]
static MEASURING_PALLET_WEIGHTS: core::sync::atomic::AtomicBool =
	core::sync::atomic::AtomicBool::new(false);

/// Marks the runtime call as the benchmark CLI's: [`TimelineOutsideBenchmarks`] notes nothing.
#[cfg(feature = "runtime-benchmarks")]
pub fn measuring_pallet_weights() {
	MEASURING_PALLET_WEIGHTS.store(true, core::sync::atomic::Ordering::Relaxed);
}

impl<T: medledger_primitives::PatientTimeline> medledger_primitives::PatientTimeline
	for TimelineOutsideBenchmarks<T>
{
	fn note(patient: medledger_primitives::PatientId, event: medledger_primitives::TimelineEvent) {
		#[cfg(feature = "runtime-benchmarks")]
		if MEASURING_PALLET_WEIGHTS.load(core::sync::atomic::Ordering::Relaxed) {
			return;
		}
		T::note(patient, event)
	}

	fn note_weight() -> Weight {
		T::note_weight()
	}
}

/// Time, in the runtime's units. Periods that are dates (emergency sessions, consent expiry) count
/// in the chain's timestamp; periods that are blocks (motions, delays, sessions) are stated in
/// minutes and days ([`parameters`], [`governance`]) and converted with the calling runtime's block
/// time ([`block_time!`]).
pub mod time {
	/// An hour of the chain's timestamp (milliseconds), for periods that are dates, not blocks.
	pub const HOUR_MS: u64 = 3_600_000;
	/// A day of the chain's timestamp (milliseconds).
	pub const DAY_MS: u64 = medledger_primitives::DAY_MS as u64;
}

/// Declares the calling runtime's `time` module: its block time (`$milli_secs_per_block`, also
/// the Aura slot), and `MINUTES`, `HOURS` and `DAYS` in its blocks, with [`time`]'s other items.
/// The solo chain picks its own block time; a parachain's is the relay chain's slot.
#[macro_export]
macro_rules! block_time {
	($(#[$doc:meta])* const MILLI_SECS_PER_BLOCK: u64 = $milli_secs_per_block:expr;) => {
		/// Time in this runtime's blocks (`medledger_runtime_common::block_time!`).
		pub mod time {
			pub use $crate::time::*;
			use $crate::{
				reexports::polkadot_sdk::frame_support::weights::constants::WEIGHT_REF_TIME_PER_MILLIS,
				BlockNumber,
			};

			$(#[$doc])*
			pub const MILLI_SECS_PER_BLOCK: u64 = $milli_secs_per_block;
			/// Aura slot duration, equal to the block time.
			pub const SLOT_DURATION: u64 = MILLI_SECS_PER_BLOCK;
			/// Blocks per minute.
			pub const MINUTES: BlockNumber = (60_000 / MILLI_SECS_PER_BLOCK) as BlockNumber;
			/// Blocks per hour.
			pub const HOURS: BlockNumber = MINUTES * 60;
			/// Blocks per day.
			pub const DAYS: BlockNumber = HOURS * 24;
			/// Block weight: a third of the block time in compute, the rest left for the
			/// block's import and propagation on every other node (as Polkadot: 2 s of 6 s).
			pub const BLOCK_REF_TIME: u64 = MILLI_SECS_PER_BLOCK * WEIGHT_REF_TIME_PER_MILLIS / 3;
		}
	};
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

	/// A deposit covering `items` storage items of `bytes` bytes in total (1 unit per item plus
	/// 1 milli-unit per byte), the usual shape of deposits against state bloat.
	pub const fn deposit(items: u32, bytes: u32) -> Balance {
		items as Balance * UNIT + bytes as Balance * MILLI_UNIT
	}
}

/// At most this many block authors (validators of the solo chain, collators of the parachain);
/// bounds the Aura (and GRANDPA) authority sets and the consortium's set.
pub const MAX_AUTHORITIES: u32 = 32;

/// Normal (non-operational) transactions may use up to 75% of a block.
pub const NORMAL_DISPATCH_RATIO: Perbill = Perbill::from_percent(75);

/// polkadot-sdk's `BlockWeights::with_sensible_defaults`, with the measured base weights: normal
/// transactions get 75% of `maximum`, operational ones the rest, and on-initialize work is
/// expected to take a tenth. `maximum`'s proof size is the runtime's: unlimited on the solo chain,
/// the relay chain's PoV limit on a parachain.
pub fn block_weights(maximum: Weight) -> BlockWeights {
	let normal = NORMAL_DISPATCH_RATIO * maximum;
	BlockWeights::builder()
		.base_block(weights::BlockExecutionWeight::get())
		.for_class(DispatchClass::all(), |class| {
			class.base_extrinsic = weights::ExtrinsicBaseWeight::get();
		})
		.for_class(DispatchClass::Normal, |class| class.max_total = Some(normal))
		.for_class(DispatchClass::Operational, |class| {
			class.max_total = Some(maximum);
			class.reserved = Some(maximum.saturating_sub(normal));
		})
		.avg_block_initialization(Perbill::from_percent(10))
		.build_or_panic()
}

/// 5 MiB blocks, of which normal transactions may fill 75%.
pub fn block_length() -> BlockLength {
	BlockLength::builder()
		.max_length(5 * 1024 * 1024)
		.modify_max_length_for_class(DispatchClass::Normal, |m| *m = NORMAL_DISPATCH_RATIO * *m)
		.build()
}

#[doc(hidden)]
pub mod reexports {
	pub use polkadot_sdk;
}
