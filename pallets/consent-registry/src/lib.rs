//! # Consent registry pallet
//!
//! A patient decides who may do what with which part of their record; everyone can check that
//! decision on chain, with one function.
//!
//! ## Terms
//! - **Consent**: a permit or a deny from a patient (or a guardian acting for them) for a
//!   [`Grantee`] (an organisation, one practitioner, or another registered identity), covering data
//!   categories, actions and purposes of use, from `starts_at` until `expires_at`, optionally only
//!   for specific records. It holds [`Config::ConsentDeposit`] from whoever grants it. A revoked or
//!   expired consent decides nothing; it stays in state (provable history) until removed, which
//!   returns the deposit.
//! - **Deny**: a consent of kind deny. A matching deny in force overrides every permit and
//!   emergency access (e.g. one practitioner of an otherwise permitted organisation).
//! - **Sensitive categories** (mental health, substance use, sexual and reproductive health) are
//!   covered only by a consent that names them: never by `AllStandard`, never by emergency access.
//! - **Emergency access** (break-glass): a practitioner with a clinical role at an active provider
//!   organisation opens read access to a patient's non-sensitive categories, for the purpose of
//!   emergency treatment, for [`Config::EmergencyDuration`] blocks, with a reason. It is always
//!   recorded (event, per-practitioner count) and the patient or a guardian can close it early.
//! - **Decision**: [`Pallet::check_access`] (also `ConsentChecker` for other pallets and the
//!   `ConsentApi` runtime API): permit with its basis (patient or guardian, consent, emergency
//!   session) and expiry, or deny with the reason.
//!
//! ## Cost of a decision
//! Consents are indexed by (patient, grantee). An accessor can match at most three grantees (the
//! practitioner themselves, their organisation, the identity they hold), so a decision reads at
//! most `3 × MaxConsentsPerGrantee` consents, however many patients there are and however many
//! consents the patient has given to others. What a decision reads is keyed by a hash of the
//! whole key, not under a per-patient prefix, so that even the trie depth of those reads does
//! not grow with the patient's number of consents. [`Pallet::decide`] also reports what it read
//! ([`DecisionCost`]), and `ConsentChecker::check_access` turns that into the weight of the
//! benchmarks `check_access_as_patient` or `check_access(c)`, so that callers declare the worst
//! case and are charged for what was read.
//!
//! ## Assumptions
//! - Identities come from [`Config::Identities`] (`IdentityProvider`); standing is read at decision
//!   time, so a suspended organisation loses access at once.
//! - Time is block numbers, from [`Config::BlockNumberProvider`]. Wallets convert dates to blocks
//!   when granting.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod functions;
mod impls;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
pub mod types;
pub mod weights;

#[cfg(feature = "try-runtime")]
use polkadot_sdk::sp_runtime;
use polkadot_sdk::{frame_support, frame_system};

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::{
		pallet_prelude::*,
		traits::fungible::{Mutate, MutateHold},
	};
	use frame_system::pallet_prelude::*;
	use medledger_primitives::{
		ConsentId, ConsentKind, EmergencySessionId, Grantee, IdentityProvider, OrganisationId,
		PatientId,
	};
	use polkadot_sdk::sp_runtime::traits::BlockNumberProvider;

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: polkadot_sdk::frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// Currency for deposits, held with this pallet's [`HoldReason`]s.
		type Currency: MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>
			+ Mutate<Self::AccountId>;

		/// The overarching hold reason.
		type RuntimeHoldReason: From<HoldReason>;

		/// Where "now" comes from: the block number that dates validity periods, revocations and
		/// emergency sessions. `frame_system::Pallet` on a solo chain. A chain started as a
		/// parachain may count in relay-chain blocks (6 seconds, whatever its own block rate); a
		/// live chain keeps the provider it started with, or migrates every stored block number.
		type BlockNumberProvider: BlockNumberProvider<BlockNumber = BlockNumberFor<Self>>;

		/// Who is who: patients, guardians, practitioners and organisations.
		type Identities: IdentityProvider<Self::AccountId>;

		/// Held from the granting account for each consent, until it is removed.
		#[pallet::constant]
		type ConsentDeposit: Get<BalanceOf<Self>>;

		/// Held from a practitioner for each open emergency session, until it is closed.
		#[pallet::constant]
		type EmergencyDeposit: Get<BalanceOf<Self>>;

		/// How long an emergency session lasts, in blocks.
		#[pallet::constant]
		type EmergencyDuration: Get<BlockNumberFor<Self>>;

		/// Most consents (of any state) a patient may have stored.
		#[pallet::constant]
		type MaxConsentsPerPatient: Get<u32>;

		/// Most consents not yet revoked per (patient, grantee): bounds the cost of a decision.
		#[pallet::constant]
		type MaxConsentsPerGrantee: Get<u32>;

		/// Most records a consent may be restricted to.
		#[pallet::constant]
		type MaxRecordsPerConsent: Get<u32>;

		/// Most consents one page of the `ConsentApi` listing returns.
		#[pallet::constant]
		type MaxPageSize: Get<u32>;

		/// Weights of this pallet's calls.
		type WeightInfo: WeightInfo;

		/// Sets up identities for this pallet's benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: medledger_primitives::IdentityBenchmarkHelper<Self::AccountId>;
	}

	/// Why this pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// The deposit behind a stored consent.
		#[codec(index = 0)]
		ConsentDeposit,
		/// The deposit behind an open emergency session.
		#[codec(index = 1)]
		EmergencyDeposit,
	}

	/// The id the next consent gets.
	#[pallet::storage]
	pub type NextConsentId<T> = StorageValue<_, ConsentId, ValueQuery>;

	/// Consents by (patient, id), revoked and expired ones included until removed. Decisions
	/// read these. `Blake2_128Concat` over the pair, not a prefix per patient: a patient's
	/// consents spread over the trie, so reading one costs the same however many consents the
	/// patient has.
	#[pallet::storage]
	pub type Consents<T: Config> =
		StorageMap<_, Blake2_128Concat, (PatientId, ConsentId), Consent<T>, OptionQuery>;

	/// The ids of each patient's stored consents, for listing them (`ConsentApi::consents`).
	/// `Twox64Concat`: both ids are assigned by the chain, not chosen by users.
	#[pallet::storage]
	pub type PatientConsents<T: Config> =
		StorageDoubleMap<_, Twox64Concat, PatientId, Twox64Concat, ConsentId, (), OptionQuery>;

	/// The consents not yet revoked of a patient for a grantee: what a decision reads first.
	/// `Blake2_128Concat` over the pair: it may contain a user-chosen account, and, as for
	/// [`Consents`], a patient's entries do not share a prefix, so their number does not make
	/// a decision's reads deeper.
	#[pallet::storage]
	pub type GranteeConsents<T: Config> = StorageMap<
		_,
		Blake2_128Concat,
		(PatientId, Grantee<T::AccountId>),
		BoundedVec<ConsentId, T::MaxConsentsPerGrantee>,
		ValueQuery,
	>;

	/// How many consents a patient has stored.
	#[pallet::storage]
	pub type ConsentCount<T: Config> = StorageMap<_, Twox64Concat, PatientId, u32, ValueQuery>;

	/// The id the next emergency session gets.
	#[pallet::storage]
	pub type NextEmergencySessionId<T> = StorageValue<_, EmergencySessionId, ValueQuery>;

	/// Emergency sessions by patient and practitioner, until closed (expired ones included).
	/// `Blake2_128Concat` on the account: user-chosen.
	#[pallet::storage]
	pub type EmergencySessions<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		PatientId,
		Blake2_128Concat,
		T::AccountId,
		EmergencySession<T>,
		OptionQuery,
	>;

	/// How many emergency sessions each practitioner has ever opened (for review).
	#[pallet::storage]
	pub type EmergencyAccessCount<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, u32, ValueQuery>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A consent (permit or deny) was given by `by` (the patient or a guardian).
		ConsentGranted {
			patient: PatientId,
			consent: ConsentId,
			kind: ConsentKind,
			grantee: Grantee<T::AccountId>,
			starts_at: BlockNumberFor<T>,
			expires_at: Option<BlockNumberFor<T>>,
			by: T::AccountId,
		},
		/// A consent was revoked; it decides nothing from this block on.
		ConsentRevoked { patient: PatientId, consent: ConsentId, by: T::AccountId },
		/// A consent was removed from state; its deposit went back to `depositor`.
		ConsentRemoved {
			patient: PatientId,
			consent: ConsentId,
			depositor: T::AccountId,
			by: T::AccountId,
		},
		/// A practitioner opened emergency access to a patient's non-sensitive data.
		EmergencyAccessOpened {
			patient: PatientId,
			practitioner: T::AccountId,
			organisation: OrganisationId,
			session: EmergencySessionId,
			reason: EmergencyReason,
			expires_at: BlockNumberFor<T>,
		},
		/// An emergency session was closed by `by` (`expired`: it had already run out).
		EmergencyAccessClosed {
			patient: PatientId,
			practitioner: T::AccountId,
			session: EmergencySessionId,
			by: T::AccountId,
			expired: bool,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// No registered patient with this id.
		PatientNotFound,
		/// The caller may not do this (not the patient, a guardian, or the practitioner).
		NotAuthorized,
		/// The grantee is not a registered organisation, practitioner in good standing or
		/// patient identity.
		GranteeNotFound,
		/// A patient cannot grant to their own identity.
		SelfGrant,
		/// `Only` with no category.
		EmptyCategories,
		/// No action.
		EmptyActions,
		/// No purpose.
		EmptyPurposes,
		/// The start is in the past, or the expiry is not after the start.
		InvalidPeriod,
		/// The patient has the most consents allowed; remove ended ones.
		TooManyConsents,
		/// The patient has the most consents allowed for this grantee; revoke or remove some.
		TooManyGrantConsents,
		/// No consent with this id for this patient.
		ConsentNotFound,
		/// The consent is already revoked.
		AlreadyRevoked,
		/// Only the patient or a guardian may remove a consent that is still in force.
		ConsentInForce,
		/// The caller is not a practitioner in good standing.
		NotPractitioner,
		/// The practitioner's organisation does not deliver care.
		NotProvider,
		/// The practitioner's role does not deliver care.
		NotClinical,
		/// The practitioner already has an emergency session open for this patient.
		SessionAlreadyOpen,
		/// No emergency session for this patient and practitioner.
		SessionNotFound,
		/// The deposit could not be held (too little free balance).
		InsufficientBalance,
		/// An id counter is exhausted.
		Overflow,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(T::MaxConsentsPerGrantee::get() > 0, "a grantee needs room for one consent");
			assert!(
				T::MaxConsentsPerPatient::get() >= T::MaxConsentsPerGrantee::get(),
				"a patient must fit a grantee's consents"
			);
			assert!(T::MaxPageSize::get() > 0, "pages must hold at least one consent");
			assert!(!T::EmergencyDuration::get().is_zero(), "emergency sessions must last");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Permit `grantee` what `terms` cover of `patient`'s data.
		///
		/// Origin: signed by the patient or a guardian, who pays [`Config::ConsentDeposit`].
		/// Errors: `PatientNotFound`, `NotAuthorized`, `GranteeNotFound`, `SelfGrant`,
		/// `EmptyCategories`, `EmptyActions`, `EmptyPurposes`, `InvalidPeriod`,
		/// `TooManyConsents`, `TooManyGrantConsents`, `InsufficientBalance`, `Overflow`.
		/// Event: `ConsentGranted` (kind `Permit`).
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::grant_consent())]
		pub fn grant_consent(
			origin: OriginFor<T>,
			patient: PatientId,
			grantee: Grantee<T::AccountId>,
			terms: ConsentTerms<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_grant(who, patient, grantee, terms, ConsentKind::Permit)
		}

		/// Forbid `grantee` what `terms` cover, overriding every permit and emergency access.
		///
		/// Origin, deposit, errors: as `grant_consent`. Event: `ConsentGranted` (kind `Deny`).
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::deny_access())]
		pub fn deny_access(
			origin: OriginFor<T>,
			patient: PatientId,
			grantee: Grantee<T::AccountId>,
			terms: ConsentTerms<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_grant(who, patient, grantee, terms, ConsentKind::Deny)
		}

		/// Revoke a consent at once. It stays stored, as history, until removed.
		///
		/// Origin: signed by the patient or a guardian. Errors: `ConsentNotFound`,
		/// `NotAuthorized`, `AlreadyRevoked`. Event: `ConsentRevoked`.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::revoke_consent())]
		pub fn revoke_consent(
			origin: OriginFor<T>,
			patient: PatientId,
			consent: ConsentId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_revoke(who, patient, consent)
		}

		/// Remove a consent from state and return its deposit to whoever paid it.
		///
		/// Origin: signed; the patient or a guardian at any time (which also ends the consent),
		/// anyone once it is revoked or expired or the patient is no longer registered.
		/// Errors: `ConsentNotFound`, `ConsentInForce`. Event: `ConsentRemoved`.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::remove_consent())]
		pub fn remove_consent(
			origin: OriginFor<T>,
			patient: PatientId,
			consent: ConsentId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_remove(who, patient, consent)
		}

		/// Open emergency read access to `patient`'s non-sensitive categories for
		/// [`Config::EmergencyDuration`] blocks.
		///
		/// Origin: signed by a practitioner with a clinical role at an active provider
		/// organisation, who pays [`Config::EmergencyDeposit`]. An expired session of the same
		/// practitioner for the patient is closed first. Errors: `NotPractitioner`, `NotProvider`,
		/// `NotClinical`, `PatientNotFound`, `SessionAlreadyOpen`, `InsufficientBalance`,
		/// `Overflow`. Event: `EmergencyAccessOpened` (and `EmergencyAccessClosed` for a replaced
		/// expired session).
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::open_emergency_access())]
		pub fn open_emergency_access(
			origin: OriginFor<T>,
			patient: PatientId,
			reason: EmergencyReason,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_open_emergency(who, patient, reason)
		}

		/// Close an emergency session and return the practitioner's deposit.
		///
		/// Origin: signed by the patient, a guardian or the practitioner at any time; anyone once
		/// the session has expired. Errors: `SessionNotFound`, `NotAuthorized`.
		/// Event: `EmergencyAccessClosed`.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::close_emergency_access())]
		pub fn close_emergency_access(
			origin: OriginFor<T>,
			patient: PatientId,
			practitioner: T::AccountId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_close_emergency(who, patient, practitioner)
		}
	}
}
