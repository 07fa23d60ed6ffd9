//! # Consent registry pallet
//!
//! A patient decides who may do what with which part of their record; everyone can check that
//! decision on chain, with one function.
//!
//! ## Terms
//! - **Consent**: a permit or a deny from a patient (or a representative acting for them) for a
//!   [`Grantee`] (an organisation, one practitioner, or another registered identity), covering
//!   classes of records, actions and purposes of use, from `starts_at` until `expires_at`,
//!   optionally only for specific records. It holds [`Config::ConsentDeposit`] from whoever grants
//!   it. A revoked or expired consent decides nothing; it stays in state (provable history) until
//!   removed, which returns the deposit.
//! - **Deny**: a consent of kind deny. A matching deny in force overrides every permit and
//!   emergency access, for reads and writes alike (e.g. one practitioner of an otherwise permitted
//!   organisation). [`ClassScope::All`](medledger_primitives::ClassScope::All) blocks a grantee
//!   from every class, labelled ones included, in one consent.
//! - **Classes and purposes are tags** ([`Tag`](medledger_primitives::Tag)): opaque per-patient
//!   values the patient's wallet derives from a key it shares only with those it grants. A record's
//!   class stands for its category and its sensitivity labels together, so a labelled record
//!   (mental health, substance use, HIV, ...) is covered only by a consent that lists its class (or
//!   a deny with `All`): never by a broad grant, never by emergency access unless its keeper opens
//!   it. The pallet compares tags and knows nothing else about them; only a deny may list the
//!   public emergency tag (zero), to refuse break-glass access.
//! - **A permit follows the organisation it was made in**: a permit to one practitioner records the
//!   organisation they acted for when it was granted, and permits only while they still act for it.
//! - **Emergency access** (break-glass): a practitioner with a clinical role at an active provider
//!   organisation opens a session for a patient, committing to its reason, for
//!   [`Config::EmergencyDuration`]. It permits what
//!   [`emergency_permits`](medledger_primitives::emergency_permits) says and no more, for the
//!   public emergency purpose: reading records their keeper opens (those without a sensitivity
//!   label) or that were written in an emergency, and appending the record of the emergency care in
//!   the public emergency class; never what a deny in force covers, and nothing at all to a
//!   practitioner whom a deny in force names. Controls: at most
//!   [`Config::MaxOpenEmergencySessions`] open sessions and [`Config::MaxEmergencyOpeningsPerDay`]
//!   openings a day (UTC) per practitioner; after the patient, a representative or an organisation
//!   admin closes a session, no new one for that patient before [`Config::EmergencyCooldown`] has
//!   passed. Every opening is counted for the patient ([`EmergencyOpenings`]) and the organisation
//!   ([`OrganisationEmergencies`]), and every session is kept, with the practitioner's deposit,
//!   until an admin of the organisation has reviewed it (`review_emergency_access`, HIPAA §
//!   164.312(a)(2)(ii)).
//! - **Decision**: [`Pallet::check_access`] (also `ConsentChecker` for other pallets and the
//!   `ConsentApi` runtime API): permit with its basis (patient or representative, consent,
//!   emergency session) and expiry, or deny with the reason. The expiry is the earlier of the
//!   basis's own end and the start of a deny already given that will then cover the request.

//! ## Cost of a decision
//! Consents are indexed by (patient, grantee), each index holding a copy of its consents. An
//! accessor can match at most three grantees (the practitioner themselves, their organisation, the
//! identity they hold), so a decision reads three index entries and matches at most
//! `3 × MaxConsentsPerGrantee` consents, however many patients there are and however many
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
//! - Time is the chain's timestamp, from [`Config::Time`]: milliseconds since the Unix epoch.
//!   "Until 30 June" means 30 June, whatever the block rate and however many slots are missed.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod functions;
mod impls;
pub mod migrations;
#[cfg(test)]
mod mock;
mod requests;
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
		ConsentId, ConsentKind, ConsentRequestId, DepositPayer, EmergencySessionId, Grantee,
		IdentityProvider, OrganisationId, PatientId, PatientTimeline,
	};
	use polkadot_sdk::frame_support::traits::Time;

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(1);

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

		/// Where "now" comes from: the chain's timestamp (`pallet_timestamp`), in milliseconds
		/// since the Unix epoch. It dates validity periods, revocations and emergency sessions.
		type Time: Time;

		/// Who is who: patients, representatives, practitioners and organisations.
		type Identities: IdentityProvider<Self::AccountId>;

		/// Who pays a consent's deposit: the signer, or the sponsor of a patient's sponsored
		/// call. The consent records the depositor, and its deposit goes back to it.
		type DepositPayer: DepositPayer<Self::AccountId>;

		/// The patients' timelines: told of every consent recorded, confirmed, revoked and
		/// removed, every request made and closed, every emergency session opened, closed and
		/// reviewed.
		type Timeline: PatientTimeline;

		/// Held from the granting account for each consent, until it is removed.
		#[pallet::constant]
		type ConsentDeposit: Get<BalanceOf<Self>>;

		/// Held from a practitioner for each emergency session, until its organisation has
		/// reviewed it.
		#[pallet::constant]
		type EmergencyDeposit: Get<BalanceOf<Self>>;

		/// How long an emergency session lasts, in milliseconds.
		#[pallet::constant]
		type EmergencyDuration: Get<MomentOf<Self>>;

		/// After the patient, a representative or an organisation admin closes a session, how long
		/// (in milliseconds) before the practitioner may open another for that patient.
		#[pallet::constant]
		type EmergencyCooldown: Get<MomentOf<Self>>;

		/// Most sessions a practitioner may hold open (opened and not yet closed).
		#[pallet::constant]
		type MaxOpenEmergencySessions: Get<u32>;

		/// Most sessions a practitioner may open in one day (UTC).
		#[pallet::constant]
		type MaxEmergencyOpeningsPerDay: Get<u32>;

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

		/// Held from a requester for each open consent request, with [`Config::ConsentDeposit`]
		/// (which becomes the consent's deposit if the request is accepted).
		#[pallet::constant]
		type RequestDeposit: Get<BalanceOf<Self>>;

		/// Most open consent requests a patient may have, expired ones included until cleared.
		#[pallet::constant]
		type MaxOpenRequests: Get<u32>;

		/// Longest a consent request may stay open, in milliseconds.
		#[pallet::constant]
		type MaxRequestPeriod: Get<MomentOf<Self>>;

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
		/// The deposits behind an open consent request: the request's and the consent's.
		#[codec(index = 2)]
		RequestDeposit,
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

	/// The consents not yet revoked of a patient for a grantee, each with its id and a copy of
	/// its entry in [`Consents`]: all a decision reads of them, one storage item per grantee.
	/// `Blake2_128Concat` over the pair: it may contain a user-chosen account, and, as for
	/// [`Consents`], a patient's entries do not share a prefix, so their number does not make
	/// a decision's reads deeper.
	#[pallet::storage]
	pub type GranteeConsents<T: Config> = StorageMap<
		_,
		Blake2_128Concat,
		(PatientId, Grantee<T::AccountId>),
		BoundedVec<(ConsentId, Consent<T>), T::MaxConsentsPerGrantee>,
		ValueQuery,
	>;

	/// How many consents a patient has stored.
	#[pallet::storage]
	pub type ConsentCount<T: Config> = StorageMap<_, Twox64Concat, PatientId, u32, ValueQuery>;

	/// The id the next emergency session gets.
	#[pallet::storage]
	pub type NextEmergencySessionId<T> = StorageValue<_, EmergencySessionId, ValueQuery>;

	/// Emergency sessions by id, open and closed, until the practitioner's organisation has
	/// reviewed them. `Twox64Concat`: ids are assigned by the chain.
	#[pallet::storage]
	pub type EmergencySessions<T: Config> =
		StorageMap<_, Twox64Concat, EmergencySessionId, EmergencySession<T>, OptionQuery>;

	/// A practitioner's latest emergency access to a patient: what decisions read, and when the
	/// practitioner may open the next session. `Blake2_128Concat` on the account: user-chosen.
	#[pallet::storage]
	pub type EmergencyAccesses<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		PatientId,
		Blake2_128Concat,
		T::AccountId,
		EmergencyAccess<T>,
		OptionQuery,
	>;

	/// Each practitioner's use of emergency access (open sessions, openings per day and in all).
	/// `Blake2_128Concat` on the account: user-chosen.
	#[pallet::storage]
	pub type EmergencyUsages<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, EmergencyUsage<T>, ValueQuery>;

	/// How many emergency sessions have been opened for each patient, for the patient to read.
	#[pallet::storage]
	pub type EmergencyOpenings<T: Config> = StorageMap<_, Twox64Concat, PatientId, u32, ValueQuery>;

	/// Each organisation's emergency sessions: opened, and not yet reviewed.
	#[pallet::storage]
	pub type OrganisationEmergencies<T: Config> =
		StorageMap<_, Twox64Concat, OrganisationId, EmergencyTally, ValueQuery>;

	/// The id the next consent request gets.
	#[pallet::storage]
	pub type NextConsentRequestId<T> = StorageValue<_, ConsentRequestId, ValueQuery>;

	/// Open consent requests by patient and id (at most [`Config::MaxOpenRequests`] a patient).
	/// `Twox64Concat`: both ids are assigned by the chain.
	#[pallet::storage]
	pub type ConsentRequests<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		PatientId,
		Twox64Concat,
		ConsentRequestId,
		ConsentRequest<T>,
		OptionQuery,
	>;

	/// How many open requests each patient has.
	#[pallet::storage]
	pub type OpenRequestCount<T: Config> = StorageMap<_, Twox64Concat, PatientId, u32, ValueQuery>;

	/// A requester's open request to a patient: one at a time. `Blake2_128Concat` over the pair:
	/// it contains a user-chosen account.
	#[pallet::storage]
	pub type RequesterRequests<T: Config> =
		StorageMap<_, Blake2_128Concat, (PatientId, T::AccountId), ConsentRequestId, OptionQuery>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A consent, a permit or a deny (`kind`), was recorded: given by `by` (the patient or a
		/// representative).
		ConsentRecorded {
			patient: PatientId,
			consent: ConsentId,
			kind: ConsentKind,
			grantee: Grantee<T::AccountId>,
			starts_at: MomentOf<T>,
			expires_at: Option<MomentOf<T>>,
			by: T::AccountId,
		},
		/// The patient confirmed a consent a representative granted in their name: it no longer
		/// lapses with the representation.
		ConsentConfirmed { patient: PatientId, consent: ConsentId },
		/// A consent was revoked; it decides nothing from this moment on.
		ConsentRevoked { patient: PatientId, consent: ConsentId, by: T::AccountId },
		/// A consent was removed from state; its deposit went back to `depositor`.
		ConsentRemoved {
			patient: PatientId,
			consent: ConsentId,
			depositor: T::AccountId,
			by: T::AccountId,
		},
		/// A practitioner opened emergency access to a patient's records.
		EmergencyAccessOpened {
			patient: PatientId,
			practitioner: T::AccountId,
			organisation: OrganisationId,
			session: EmergencySessionId,
			reason_hash: ReasonHash,
			expires_at: MomentOf<T>,
		},
		/// An emergency session was closed by `by` (`expired`: it had already run out). The
		/// practitioner may open another for the patient from `reopen_after` on.
		EmergencyAccessClosed {
			patient: PatientId,
			practitioner: T::AccountId,
			session: EmergencySessionId,
			by: T::AccountId,
			expired: bool,
			reopen_after: MomentOf<T>,
		},
		/// An admin of the practitioner's organisation reviewed a closed session; it was removed
		/// and the practitioner's deposit returned.
		EmergencyAccessReviewed {
			patient: PatientId,
			practitioner: T::AccountId,
			organisation: OrganisationId,
			session: EmergencySessionId,
			by: T::AccountId,
		},
		/// A provider asked the patient for a consent for `grantee`; the terms are sealed for
		/// the patient, who can answer until `expires_at`.
		ConsentRequested {
			patient: PatientId,
			request: ConsentRequestId,
			requester: T::AccountId,
			grantee: Grantee<T::AccountId>,
			expires_at: MomentOf<T>,
		},
		/// A consent request was closed (`outcome`) by `by`; if accepted, `consent` is the consent
		/// that came into force with the requester's deposit. The rest of the requester's deposit
		/// went back to them.
		ConsentRequestClosed {
			patient: PatientId,
			request: ConsentRequestId,
			requester: T::AccountId,
			outcome: RequestOutcome,
			consent: Option<ConsentId>,
			by: T::AccountId,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// No registered patient with this id.
		PatientNotFound,
		/// The caller may not close this session (not the patient, a representative with the
		/// consents scope, an admin of the session's organisation, or the practitioner).
		MayNotCloseSession,
		/// The caller is neither the patient nor a representative with the consents scope.
		NotPatientOrRepresentative,
		/// Only the patient's own account may confirm a consent.
		NotPatient,
		/// The consent was granted or confirmed by the patient already.
		AlreadyConfirmed,
		/// The grantee is not a registered organisation, practitioner in good standing or
		/// patient identity.
		GranteeNotFound,
		/// A patient cannot grant to their own identity.
		SelfGrant,
		/// `Only` with no class.
		EmptyClasses,
		/// A permit with `All` classes: a permit lists its classes, labelled ones one by one.
		PermitOfAllClasses,
		/// A permit lists the public emergency tag (zero) as a class or purpose: only denies may.
		ReservedTag,
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
		/// Only the patient or a representative with the consents scope may remove a consent that
		/// is still in force.
		ConsentInForce,
		/// The caller is not a practitioner in good standing.
		NotPractitioner,
		/// The practitioner's organisation does not deliver care.
		NotProvider,
		/// The practitioner's role does not deliver care.
		NotClinical,
		/// The practitioner already has an emergency session open for this patient.
		SessionAlreadyOpen,
		/// No such emergency session (for this patient and practitioner, or with this id).
		SessionNotFound,
		/// The emergency session is already closed.
		SessionClosed,
		/// A deny in force names this practitioner (no emergency access to this patient) or this
		/// grantee (no consent requests for it).
		DeniedByPatient,
		/// The emergency's reason hash is all zeros: commit to the organisation's note of why.
		ReasonMissing,
		/// The patient, a representative or an admin closed this practitioner's last session for
		/// the patient less than [`Config::EmergencyCooldown`] ago.
		ReopenTooSoon,
		/// The practitioner holds [`Config::MaxOpenEmergencySessions`] open sessions; close some.
		TooManyOpenSessions,
		/// The practitioner opened [`Config::MaxEmergencyOpeningsPerDay`] sessions today (UTC).
		TooManyOpeningsToday,
		/// The caller is not an admin of the session's organisation.
		NotOrganisationAdmin,
		/// The deposit could not be held (too little free balance).
		InsufficientBalance,
		/// The caller may not ask for a consent for this grantee: only a practitioner in good
		/// standing for themselves, or a practitioner or admin of an organisation for it.
		MayNotRequest,
		/// The request's sealed terms are empty.
		TermsMissing,
		/// The request's expiry is not in the future, or further than
		/// [`Config::MaxRequestPeriod`] ahead.
		InvalidRequestPeriod,
		/// The caller already has an open request to this patient; withdraw it first.
		RequestAlreadyOpen,
		/// The patient has [`Config::MaxOpenRequests`] open requests.
		TooManyRequests,
		/// No open request with this id for this patient.
		RequestNotFound,
		/// The request has expired: it can only be cleared.
		RequestExpired,
		/// Only the patient, a representative with the consents scope or the requester may close
		/// a request before it expires.
		MayNotCloseRequest,
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
			assert!(T::MaxOpenEmergencySessions::get() > 0, "a practitioner may open a session");
			assert!(
				T::MaxEmergencyOpeningsPerDay::get() >= T::MaxOpenEmergencySessions::get(),
				"a practitioner may open as many sessions a day as they may hold"
			);
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
		/// Origin: signed by the patient or a representative, who pays [`Config::ConsentDeposit`]
		/// (their sponsor does, for a sponsored call: [`Config::DepositPayer`]).
		/// A permit to one practitioner is bound to the organisation they act for now.
		/// Errors: `PatientNotFound`, `NotPatientOrRepresentative`, `GranteeNotFound`, `SelfGrant`,
		/// `EmptyClasses`, `PermitOfAllClasses`, `ReservedTag`, `EmptyActions`, `EmptyPurposes`,
		/// `InvalidPeriod`, `TooManyConsents`, `TooManyGrantConsents`, `InsufficientBalance`,
		/// `Overflow`. Event: `ConsentRecorded` (kind `Permit`).
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::grant_consent()
			.saturating_add(T::DepositPayer::deposit_payer_weight())
			.saturating_add(T::Timeline::note_weight()))]
		pub fn grant_consent(
			origin: OriginFor<T>,
			patient: PatientId,
			grantee: Grantee<T::AccountId>,
			terms: ConsentTerms<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_grant(who, patient, grantee, terms, ConsentKind::Permit)
		}

		/// Forbid `grantee` what `terms` cover, overriding every permit and emergency access;
		/// with classes `All`, every class, labelled ones included. A deny naming a
		/// practitioner also stops that practitioner's emergency access to the patient.
		///
		/// Origin, deposit, errors: as `grant_consent`. Event: `ConsentRecorded` (kind `Deny`).
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::deny_access()
			.saturating_add(T::DepositPayer::deposit_payer_weight())
			.saturating_add(T::Timeline::note_weight()))]
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
		/// Origin: signed by the patient or a representative. Errors: `ConsentNotFound`,
		/// `NotPatientOrRepresentative`, `AlreadyRevoked`. Event: `ConsentRevoked`.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::revoke_consent()
			.saturating_add(T::Timeline::note_weight()))]
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
		/// Origin: signed; the patient or a representative at any time (which also ends the
		/// consent), anyone once it is revoked or expired or the patient is no longer registered.
		/// Errors: `ConsentNotFound`, `ConsentInForce`. Event: `ConsentRemoved`.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::remove_consent()
			.saturating_add(T::Timeline::note_weight()))]
		pub fn remove_consent(
			origin: OriginFor<T>,
			patient: PatientId,
			consent: ConsentId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_remove(who, patient, consent)
		}

		/// Open an emergency session for `patient` for [`Config::EmergencyDuration`]: it permits
		/// what [`emergency_permits`](medledger_primitives::emergency_permits) says (reading the
		/// records their keeper opens, and appending the record of the emergency care, for the
		/// emergency purpose), never what a deny in force covers.
		///
		/// Origin: signed by a practitioner with a clinical role at an active provider
		/// organisation, whom no deny in force of the patient names, who pays
		/// [`Config::EmergencyDeposit`] (returned when the organisation has reviewed the session).
		/// `reason_hash` commits to the organisation's own note of why ([`ReasonHash`]); the note
		/// stays off chain. The practitioner's previous session for the patient, if expired and
		/// not closed, is closed first. Errors: `ReasonMissing`, `NotPractitioner`, `NotProvider`,
		/// `NotClinical`, `PatientNotFound`, `DeniedByPatient`, `SessionAlreadyOpen`,
		/// `ReopenTooSoon`, `TooManyOpenSessions`, `TooManyOpeningsToday`, `InsufficientBalance`,
		/// `Overflow`. Event: `EmergencyAccessOpened` (and `EmergencyAccessClosed` for a previous
		/// expired session).
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::open_emergency_access()
			.saturating_add(T::Timeline::note_weight().saturating_mul(2)))]
		pub fn open_emergency_access(
			origin: OriginFor<T>,
			patient: PatientId,
			reason_hash: ReasonHash,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_open_emergency(who, patient, reason_hash)
		}

		/// Close `practitioner`'s emergency session for `patient`. After the patient, a
		/// representative or an organisation admin closes it, the practitioner cannot open
		/// another for the patient for [`Config::EmergencyCooldown`]. The session stays stored
		/// until reviewed.
		///
		/// Origin: signed by the patient, a representative, the practitioner or an admin of the
		/// session's organisation at any time; anyone once the session has expired.
		/// Errors: `SessionNotFound`, `SessionClosed`, `MayNotCloseSession`.
		/// Event: `EmergencyAccessClosed`.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::close_emergency_access()
			.saturating_add(T::Timeline::note_weight()))]
		pub fn close_emergency_access(
			origin: OriginFor<T>,
			patient: PatientId,
			practitioner: T::AccountId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_close_emergency(who, patient, practitioner)
		}

		/// Mark emergency session `session` reviewed, after the fact (HIPAA
		/// § 164.312(a)(2)(ii)): an open session is closed first (with the cool-down); the session
		/// is then removed and the practitioner's deposit returned.
		///
		/// Origin: signed by an admin of the organisation the session was opened for.
		/// Errors: `SessionNotFound`, `NotOrganisationAdmin`. Events: `EmergencyAccessClosed`
		/// (if it was open), `EmergencyAccessReviewed`.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::review_emergency_access()
			.saturating_add(T::Timeline::note_weight().saturating_mul(2)))]
		pub fn review_emergency_access(
			origin: OriginFor<T>,
			session: EmergencySessionId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_review_emergency(who, session)
		}

		/// Confirm a consent a representative granted in the patient's name, so that it stays
		/// in force when the representation ends.
		///
		/// Origin: signed, the patient's own account. Errors: `PatientNotFound`,
		/// `NotPatientOrRepresentative`, `NotPatient` (a representative), `ConsentNotFound`,
		/// `AlreadyRevoked`, `AlreadyConfirmed`. Event: `ConsentConfirmed`.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::confirm_consent()
			.saturating_add(T::Timeline::note_weight()))]
		pub fn confirm_consent(
			origin: OriginFor<T>,
			patient: PatientId,
			consent: ConsentId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_confirm(who, patient, consent)
		}

		/// Ask `patient` for a consent for `grantee`, with the terms sealed for the patient
		/// ([`SealedTerms`]), answerable until `expires_at`.
		///
		/// Origin: signed by a practitioner in good standing (grantee: themselves or their
		/// organisation) or an admin of the grantee organisation, who pays
		/// [`Config::RequestDeposit`] and [`Config::ConsentDeposit`] (returned unless the consent
		/// comes into force, which then keeps the consent's). One open request per requester and
		/// patient. Errors: `MayNotRequest`, `TermsMissing`, `InvalidRequestPeriod`,
		/// `PatientNotFound`, `DeniedByPatient` (a deny in force names the grantee),
		/// `RequestAlreadyOpen`, `TooManyRequests`, `InsufficientBalance`, `Overflow`.
		/// Event: `ConsentRequested`.
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::request_consent()
			.saturating_add(T::Timeline::note_weight()))]
		pub fn request_consent(
			origin: OriginFor<T>,
			patient: PatientId,
			grantee: Grantee<T::AccountId>,
			sealed_terms: SealedTerms,
			expires_at: MomentOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_request(who, patient, grantee, sealed_terms, expires_at)
		}

		/// Accept request `request`: a permit for its grantee on `terms` (the patient's tags, as
		/// the patient's wallet read the sealed terms, or narrower) comes into force, its deposit
		/// paid by the requester.
		///
		/// Origin: signed by the patient or a representative with the consents scope. Errors:
		/// `RequestNotFound`, `RequestExpired`, `NotPatientOrRepresentative`, and those of
		/// `grant_consent`. Events: `ConsentRecorded`, `ConsentRequestClosed` (`Accepted`).
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::accept_request()
			.saturating_add(T::Timeline::note_weight().saturating_mul(2)))]
		pub fn accept_request(
			origin: OriginFor<T>,
			patient: PatientId,
			request: ConsentRequestId,
			terms: ConsentTerms<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_accept_request(who, patient, request, terms)
		}

		/// Close request `request` without a consent and return the requester's deposit: the
		/// patient or a representative declines it, the requester withdraws it, or, once
		/// expired, anyone clears it.
		///
		/// Origin: signed. Errors: `RequestNotFound`, `MayNotCloseRequest`.
		/// Event: `ConsentRequestClosed` (`Declined`, `Withdrawn` or `Expired`).
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::close_request()
			.saturating_add(T::Timeline::note_weight()))]
		pub fn close_request(
			origin: OriginFor<T>,
			patient: PatientId,
			request: ConsentRequestId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_close_request(who, patient, request)
		}
	}
}
