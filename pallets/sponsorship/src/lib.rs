//! # Sponsorship pallet
//!
//! Patients hold no tokens. An organisation that onboards them pays, through a relayer account
//! of its own, the fees and deposits of their patient-side calls:
//!
//! 1. An admin of an active organisation names its relayer and a daily budget
//!    ([`Pallet::set_sponsor`]); it can raise or lower the budget at any time.
//! 2. The relayer sponsors a patient's account ([`Pallet::sponsor_patient`]), holding
//!    [`Config::SponsorshipDeposit`]. The account becomes able to sign (a sufficient reference: it
//!    may hold nothing at all).
//! 3. The patient's wallet signs a meta transaction (`pallet-meta-tx`'s `MetaTx`: the call, its
//!    nonce and mortality, the patient's signature) and hands it to the relayer, which submits
//!    `metaTx.dispatch` and pays its fee. The call runs with the patient as its signed origin.
//!
//! Three transaction extensions enforce the rules:
//!
//! - [`SponsoredUse`] is part of every meta transaction: the signer must be sponsored by an active
//!   organisation, the call must be one [`Config::SponsoredCalls`] allows, the patient must be
//!   under [`Config::MaxCallsPerDay`] today and the call's fee within what is left of the sponsor's
//!   daily budget. While the call runs, the sponsor's relayer pays its deposits
//!   ([`medledger_primitives::DepositPayer`]); each pallet records who paid, and the deposit goes
//!   back there when the state it pays for is removed.
//! - [`RelayedBySponsor`] is part of every ordinary transaction: a `metaTx.dispatch` must come from
//!   the relayer of the patient's sponsor, and its meta transaction must be valid, checked when the
//!   pool receives it, so that a relayer never pays the fee of a meta transaction the chain would
//!   refuse (a leaked patient key cannot make it pay for refusals).
//! - [`CheckMortalEra`] takes `frame_system::CheckMortality`'s place in every meta transaction and
//!   refuses the immortal era: a patient's nonce starts again when a reaped account is sponsored
//!   again, and an immortal meta transaction could then be replayed.
//!
//! A leaked patient key can therefore cost a sponsor at most `MaxCallsPerDay` calls a day, each
//! within the budget, and deposits that come back when the state they pay for goes.
//!
//! ## Built on
//! `pallet-meta-tx` (the patient signs, anyone relays, the relayer pays) rather than a
//! signature scheme of our own, and rather than `pallet-skip-feeless-payment`, which would make
//! the calls free for anyone and so make spam free.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use extension::{CheckMortalEra, RelayedBySponsor, SponsoredUse, SponsorshipInvalid};
pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod extension;
mod functions;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
mod types;
pub mod weights;

use polkadot_sdk::{frame_support, frame_system};

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::{
		pallet_prelude::*,
		traits::{
			fungible::{Mutate, MutateHold},
			Contains, Time,
		},
	};
	use frame_system::pallet_prelude::*;
	use medledger_primitives::{IdentityProvider, OrganisationId};

	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: polkadot_sdk::frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// Currency of the deposits, held with [`HoldReason::SponsorshipDeposit`].
		type Currency: Mutate<Self::AccountId>
			+ MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>;

		/// The overarching hold reason.
		type RuntimeHoldReason: From<HoldReason>;

		/// Days are counted on this clock (UTC days of the chain's timestamp).
		type Time: Time;

		/// Who administers which organisation, and whether it is active.
		type Identities: IdentityProvider<Self::AccountId>;

		/// The calls a sponsor pays for: the patient side of the journey.
		type SponsoredCalls: Contains<<Self as frame_system::Config>::RuntimeCall>;

		/// What a call would cost as an ordinary transaction: what the budget counts.
		type CallFee: CallFee<BalanceOf<Self>>;

		/// Sponsored calls one patient may make in a UTC day.
		#[pallet::constant]
		type MaxCallsPerDay: Get<u32>;

		/// Held from the relayer for each sponsored patient: the sponsorship and the patient's
		/// account.
		#[pallet::constant]
		type SponsorshipDeposit: Get<BalanceOf<Self>>;

		/// Weights of this pallet's calls and extensions.
		type WeightInfo: WeightInfo;

		/// Sets up organisations for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: medledger_primitives::IdentityBenchmarkHelper<Self::AccountId>;
	}

	/// The reasons this pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// The deposit behind a sponsorship.
		SponsorshipDeposit,
	}

	/// Each sponsoring organisation's relayer and budget. Bounded by the organisations the
	/// council admitted. `Twox64Concat`: ids are assigned by the chain.
	#[pallet::storage]
	pub type Sponsors<T: Config> =
		StorageMap<_, Twox64Concat, OrganisationId, Sponsor<T>, OptionQuery>;

	/// Sponsored patient accounts. `Blake2_128Concat`: accounts are chosen by their holders.
	#[pallet::storage]
	pub type Sponsorships<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, Sponsorship<T>, OptionQuery>;

	/// The patient and the relayer paying for it while a sponsored call runs; empty between
	/// transactions.
	#[pallet::storage]
	pub type SponsoredDispatch<T: Config> =
		StorageValue<_, (T::AccountId, T::AccountId), OptionQuery>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// `organisation` sponsors through `relayer`, within `daily_budget` a day.
		SponsorSet {
			organisation: OrganisationId,
			relayer: T::AccountId,
			daily_budget: BalanceOf<T>,
		},
		/// `organisation` sponsors the patient's `account`; `deposit` is held from `depositor`.
		PatientSponsored {
			account: T::AccountId,
			organisation: OrganisationId,
			depositor: T::AccountId,
			deposit: BalanceOf<T>,
		},
		/// The sponsorship of `account` ended; its deposit went back to `depositor`.
		SponsorshipEnded {
			account: T::AccountId,
			organisation: OrganisationId,
			depositor: T::AccountId,
			ended_by: T::AccountId,
		},
		/// A sponsored call signed by `account`, paid by `organisation`: `fee` counted against
		/// its budget; `calls_today` is the account's count for the day, this one included.
		SponsoredCallAdmitted {
			account: T::AccountId,
			organisation: OrganisationId,
			fee: BalanceOf<T>,
			calls_today: u32,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The caller is not an admin of an active organisation.
		NotOrganisationAdmin,
		/// The organisation has named no relayer.
		NotSponsor,
		/// The caller is not the organisation's relayer.
		NotRelayer,
		/// The organisation is suspended or removed.
		OrganisationNotActive,
		/// The account is already sponsored by an active organisation.
		AlreadySponsored,
		/// The account is not sponsored.
		NotSponsored,
		/// Only the patient, the sponsor's relayer or an admin of the sponsor ends a sponsorship.
		MayNotEndSponsorship,
		/// The relayer cannot pay the deposit.
		InsufficientBalance,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		#[cfg(feature = "try-runtime")]
		fn try_state(
			_: BlockNumberFor<T>,
		) -> Result<(), polkadot_sdk::sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Name the caller's organisation's relayer and its daily budget: what sponsored calls
		/// may cost in fees in a UTC day, all its patients together. Setting it again replaces
		/// both (a lower budget applies at once); the day's spending is kept.
		///
		/// Origin: signed, an admin of an active organisation. Errors: `NotOrganisationAdmin`.
		/// Event: `SponsorSet`.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::set_sponsor())]
		pub fn set_sponsor(
			origin: OriginFor<T>,
			relayer: T::AccountId,
			daily_budget: BalanceOf<T>,
		) -> DispatchResult {
			let admin = ensure_signed(origin)?;
			Self::do_set_sponsor(admin, relayer, daily_budget)
		}

		/// Sponsor a patient's `account`: the organisation pays its patient-side calls from now on.
		/// Holds [`Config::SponsorshipDeposit`] from the relayer. An account sponsored by an
		/// organisation that is no longer active may be taken over; the old deposit goes back.
		///
		/// Origin: signed, the organisation's relayer. Errors: `NotSponsor`, `NotRelayer`,
		/// `OrganisationNotActive`, `AlreadySponsored`, `InsufficientBalance`. Event:
		/// `PatientSponsored`.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::sponsor_patient())]
		pub fn sponsor_patient(
			origin: OriginFor<T>,
			organisation: OrganisationId,
			account: T::AccountId,
		) -> DispatchResult {
			let relayer = ensure_signed(origin)?;
			Self::do_sponsor_patient(relayer, organisation, account)
		}

		/// End the sponsorship of a patient's `account`; the deposit goes back to the account it
		/// was held from. Deposits the sponsor paid for the patient's state stay held until that
		/// state goes.
		///
		/// Origin: signed, the patient, the sponsor's relayer or an admin of the sponsor.
		/// Errors: `NotSponsored`, `MayNotEndSponsorship`. Event: `SponsorshipEnded`.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::end_sponsorship())]
		pub fn end_sponsorship(origin: OriginFor<T>, account: T::AccountId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_end_sponsorship(who, account)
		}
	}
}
