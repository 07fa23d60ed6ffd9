//! # Timeline pallet
//!
//! Each patient's timeline: what happened to their data, in order. The record, consent and
//! request pallets tell it as things happen ([`medledger_primitives::PatientTimeline`]): records
//! anchored, amended and erased; consents recorded, confirmed, revoked and removed; consent
//! requests made and closed; emergency sessions opened, closed and reviewed; reads and refused
//! reads logged. The patient's wallet pages it with `TimelineApi::timeline`.
//!
//! - **Entries point, they do not copy.** An entry names what happened, the id of what it happened
//!   to and the block and moment. The details are where they always were (the record, the consent,
//!   the access log), and the block's events show the entry's event, so a wallet can check every
//!   entry against the chain. Entries reveal nothing the events of those blocks do not already
//!   show.
//! - **Reads are grouped.** Consecutive access-log entries share one timeline entry, which names
//!   their positions in the access log (`RecordApi::access_log` pages them), so a busy stay in
//!   hospital does not push the rest of the timeline out.
//! - **Bounded, and paid for.** Entries are kept on pages of [`Config::EntriesPerPage`]; of a
//!   patient's pages, the latest [`Config::KeptPages`] are kept, and opening a new page drops the
//!   oldest. The patient's registration deposit covers them (the runtime sizes it), and
//!   deactivation removes them.
//! - **No calls.** Nothing writes a timeline but the pallets' own calls, which declare its weight
//!   ([`medledger_primitives::PatientTimeline::note_weight`]).

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;
pub use weights::WeightInfo;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod functions;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
pub mod weights;

use polkadot_sdk::{frame_support, frame_system};

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::{pallet_prelude::*, traits::Time};
	use frame_system::pallet_prelude::*;
	use medledger_primitives::{IdentityProvider, PatientId, TimelineEntry};

	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	/// The moment type of [`Config::Time`].
	pub type MomentOf<T> = <<T as Config>::Time as Time>::Moment;

	/// One page of a patient's timeline.
	pub type PageOf<T> = BoundedVec<TimelineEntry<MomentOf<T>>, <T as Config>::EntriesPerPage>;

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: polkadot_sdk::frame_system::Config {
		/// Where entries' moments come from: the chain's timestamp.
		type Time: Time;

		/// Whether a patient is active: only active patients' timelines are kept.
		type Identities: IdentityProvider<Self::AccountId>;

		/// Entries on one page of a timeline.
		#[pallet::constant]
		type EntriesPerPage: Get<u32>;

		/// Pages of each patient's timeline kept: the latest ones.
		#[pallet::constant]
		type KeptPages: Get<u32>;

		/// The most entries one `TimelineApi::timeline` answer holds.
		#[pallet::constant]
		type MaxPageSize: Get<u32>;

		/// Weights of noting an entry and of removing a timeline.
		type WeightInfo: WeightInfo;

		/// Registers patients for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: medledger_primitives::IdentityBenchmarkHelper<Self::AccountId>;
	}

	/// Each patient's timeline pages, by page number (an entry's position divided by
	/// [`Config::EntriesPerPage`]). `Twox64Concat`: patient ids and page numbers are set by the
	/// chain.
	#[pallet::storage]
	pub type TimelinePages<T: Config> =
		StorageDoubleMap<_, Twox64Concat, PatientId, Twox64Concat, u64, PageOf<T>, ValueQuery>;

	/// How many entries each patient's timeline has had, kept or not: the position of the next.
	/// `Twox64Concat`: patient ids are set by the chain.
	#[pallet::storage]
	pub type TimelineLengths<T: Config> = StorageMap<_, Twox64Concat, PatientId, u64, ValueQuery>;

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(T::EntriesPerPage::get() > 0, "a timeline page holds at least one entry");
			assert!(T::KeptPages::get() > 0, "a timeline keeps at least one page");
			assert!(T::MaxPageSize::get() > 0, "the timeline API answers at least one entry");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(
			_: BlockNumberFor<T>,
		) -> Result<(), polkadot_sdk::sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}
}
