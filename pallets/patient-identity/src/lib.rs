//! # Patient identity pallet
//!
//! Who is who on MedLedger, with no personal data on chain.
//!
//! ## Terms
//! - **Organisation**: a member of the healthcare network (hospital, clinic, laboratory, pharmacy,
//!   payer, research institution, data custodian, regulator). Admitted, suspended, reinstated and
//!   removed only by [`Config::OrganisationOrigin`] (the consortium). It has a public name, a kind,
//!   a jurisdiction code, the hash of its licence credential and one or more admin accounts.
//! - **Practitioner**: an account an organisation's admin invites with a role and that accepts the
//!   invitation. A practitioner has standing only while the organisation is active, and can resign.
//! - **Patient**: any account may register itself as a patient, holding [`Config::PatientDeposit`].
//!   A patient gets an opaque [`PatientId`] that never changes, an X25519 encryption key
//!   (versioned: every rotation increments the version; keys of small order are refused) and,
//!   optionally, a 32-byte commitment to off-chain identifiers (a salted hash, never the identifier
//!   itself).
//! - **Representative** (FHIR RelatedPerson): an account that acts for a patient (a parent, a legal
//!   guardian, a proxy) within a [`RepresentativeScope`] (consents, records, encryption key,
//!   deactivation) and until an end block, appointed by the patient or by an organisation's admin
//!   on a legal document. Events of calls made by a representative name the acting account.
//! - **Recovery contact**: an account that can only help move a patient's identity to a new
//!   account, as `pallet-recovery` does it: the new account starts a recovery, `threshold` contacts
//!   approve it (approvals expire and can be withdrawn), and after a delay in which the patient or
//!   a majority of the contacts can cancel, the new account claims the identity (same
//!   [`PatientId`], same deposit). A contact has no access to data and grants no consent.
//! - **Deactivation** is the patient's own act, or a representative's with that scope after
//!   [`Config::DeactivationDelay`], which the patient can stop.

//! ## Assumptions
//! - Account ids are pseudonymous public keys; linking one to a person happens off chain.
//! - An account is admin of at most one organisation and practitioner of at most one.
//! - Other pallets use this one only through [`medledger_primitives::IdentityProvider`].

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
#[cfg(test)]
mod tests;
pub mod types;
pub mod weights;

#[cfg(feature = "try-runtime")]
use polkadot_sdk::sp_runtime;
use polkadot_sdk::{frame_support, frame_system, sp_core};

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::{
		pallet_prelude::*,
		traits::fungible::{Mutate, MutateHold},
	};
	use frame_system::pallet_prelude::*;
	use medledger_primitives::{
		OrganisationId, OrganisationKind, PatientId, PractitionerRole, RepresentativeScope,
		X25519PublicKey,
	};
	use polkadot_sdk::sp_runtime::traits::BlockNumberProvider;
	use sp_core::H256;

	/// The in-code storage version: the layout as first released. (Re-pricing deposits,
	/// [`migrations::RepricePatientDeposits`], changes amounts, not the layout.)
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: polkadot_sdk::frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// Currency for patient deposits, held with [`HoldReason::PatientDeposit`].
		type Currency: MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>
			+ Mutate<Self::AccountId>;

		/// The overarching hold reason.
		type RuntimeHoldReason: From<HoldReason>;

		/// Where "now" comes from: the block number that dates when a patient registered.
		/// `frame_system::Pallet` on a solo chain. A chain started as a parachain may count in
		/// relay-chain blocks (6 seconds, whatever its own block rate); a live chain keeps the
		/// provider it started with, or migrates every stored block number.
		type BlockNumberProvider: BlockNumberProvider<BlockNumber = BlockNumberFor<Self>>;

		/// Who admits, suspends, reinstates and removes organisations (the consortium).
		type OrganisationOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Held from a patient's account for the patient record, released on deactivation.
		#[pallet::constant]
		type PatientDeposit: Get<BalanceOf<Self>>;

		/// Who pays a registration's deposit: the patient, or the sponsor of a sponsored
		/// registration, from whom it stays held until deactivation ([`PatientDepositors`]).
		type DepositPayer: medledger_primitives::DepositPayer<Self::AccountId>;

		/// Longest organisation name, in bytes.
		#[pallet::constant]
		type MaxNameLength: Get<u32>;

		/// Most admin accounts per organisation.
		#[pallet::constant]
		type MaxAdmins: Get<u32>;

		/// Most practitioners per organisation.
		#[pallet::constant]
		type MaxPractitioners: Get<u32>;

		/// Most representatives per patient.
		#[pallet::constant]
		type MaxRepresentatives: Get<u32>;

		/// Most recovery contacts per patient.
		#[pallet::constant]
		type MaxRecoveryContacts: Get<u32>;

		/// The shortest delay a patient may set between the start of a recovery and its claim.
		#[pallet::constant]
		type MinRecoveryDelay: Get<BlockNumberFor<Self>>;

		/// How long a contact's approval of a recovery counts, in blocks.
		#[pallet::constant]
		type ApprovalPeriod: Get<BlockNumberFor<Self>>;

		/// Held from the account that starts a recovery; given to the patient's account if the
		/// recovery is cancelled (a recovery nobody asked for costs its starter).
		#[pallet::constant]
		type RecoveryDeposit: Get<BalanceOf<Self>>;

		/// Blocks between a representative's request to deactivate a patient and the earliest
		/// deactivation, in which the patient can cancel it.
		#[pallet::constant]
		type DeactivationDelay: Get<BlockNumberFor<Self>>;

		/// What happens to the patient's data elsewhere when the patient deactivates (the record
		/// pallet erases the records' locations, in bounded steps).
		type OnPatientDeactivated: medledger_primitives::OnPatientDeactivated;

		/// Weights of this pallet's calls.
		type WeightInfo: WeightInfo;
	}

	/// Why this pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// The deposit behind a patient record.
		#[codec(index = 0)]
		PatientDeposit,
		/// The deposit of the account that started a recovery.
		#[codec(index = 1)]
		RecoveryDeposit,
	}

	/// The id the next admitted organisation gets.
	#[pallet::storage]
	pub type NextOrganisationId<T> = StorageValue<_, OrganisationId, ValueQuery>;

	/// Admitted organisations. `Twox64Concat`: ids are assigned by the chain, not chosen by users.
	#[pallet::storage]
	pub type Organisations<T: Config> =
		StorageMap<_, Twox64Concat, OrganisationId, Organisation<T>, OptionQuery>;

	/// The organisation each admin account administers. `Blake2_128Concat`: accounts are
	/// user-chosen.
	#[pallet::storage]
	pub type OrganisationOfAdmin<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, OrganisationId, OptionQuery>;

	/// Invitations to practise at an organisation, waiting for the practitioner's answer: the role
	/// offered. `Blake2_128Concat` for the account (user-chosen), `Twox64Concat` for the id.
	#[pallet::storage]
	pub type PractitionerInvitations<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		Twox64Concat,
		OrganisationId,
		PractitionerRole,
		OptionQuery,
	>;

	/// Practitioner registrations by account. An entry whose organisation was removed has no
	/// standing and may be replaced by a new registration.
	#[pallet::storage]
	pub type Practitioners<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, Practitioner, OptionQuery>;

	/// The id the next registered patient gets.
	#[pallet::storage]
	pub type NextPatientId<T> = StorageValue<_, PatientId, ValueQuery>;

	/// Registered patients. `Twox64Concat`: ids are assigned by the chain.
	#[pallet::storage]
	pub type Patients<T: Config> = StorageMap<_, Twox64Concat, PatientId, Patient<T>, OptionQuery>;

	/// Where a patient's deposit is held from when that is not the patient's account: the
	/// sponsor that paid for the registration. It stays there through a recovery and goes back
	/// to it on deactivation. `Twox64Concat`: ids are assigned by the chain.
	#[pallet::storage]
	pub type PatientDepositors<T: Config> =
		StorageMap<_, Twox64Concat, PatientId, T::AccountId, OptionQuery>;

	/// The patient identity an account holds.
	#[pallet::storage]
	pub type PatientByAccount<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, PatientId, OptionQuery>;

	/// Each patient's representatives. `Twox64Concat` for the chain-assigned patient id, so that
	/// a patient's representatives share a prefix and go with the patient; `Blake2_128Concat`
	/// for the user-chosen account.
	#[pallet::storage]
	pub type Representatives<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		PatientId,
		Blake2_128Concat,
		T::AccountId,
		Representative<T>,
		OptionQuery,
	>;

	/// How each patient's identity can be recovered, if the patient set it up.
	#[pallet::storage]
	pub type RecoveryConfigs<T: Config> =
		StorageMap<_, Twox64Concat, PatientId, RecoveryConfig<T>, OptionQuery>;

	/// Recoveries in progress, at most one per patient.
	#[pallet::storage]
	pub type ActiveRecoveries<T: Config> =
		StorageMap<_, Twox64Concat, PatientId, ActiveRecovery<T>, OptionQuery>;

	/// Deactivations a representative asked for: the representative and the first block at
	/// which it may deactivate the patient.
	#[pallet::storage]
	pub type PendingDeactivations<T: Config> =
		StorageMap<_, Twox64Concat, PatientId, (T::AccountId, BlockNumberFor<T>), OptionQuery>;

	/// The organisations a chain starts with, admitted at genesis as if by the consortium.
	///
	/// Each entry is `(name, kind, jurisdiction, licence_hash, admin)`: the name in UTF-8, the kind
	/// by its variant name (`"Hospital"`), an ISO 3166 jurisdiction code (`"GB-ENG"`), the hash of
	/// the licence credential and the first admin account. Ids are given in order, from 0.
	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// `(name, kind, jurisdiction, licence_hash, admin)` of each organisation.
		pub organisations: alloc::vec::Vec<GenesisOrganisation<T::AccountId>>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			// A chain spec that names an invalid organisation must not start a chain.
			for (name, kind, jurisdiction, licence_hash, admin) in &self.organisations {
				let kind = OrganisationKind::from_name(kind)
					.unwrap_or_else(|| panic!("genesis organisation {name}: unknown kind {kind}"));
				let bounded_name = OrganisationName::<T>::try_from(name.as_bytes().to_vec())
					.unwrap_or_else(|_| panic!("genesis organisation {name}: name too long"));
				let bounded_jurisdiction = Jurisdiction::try_from(jurisdiction.as_bytes().to_vec())
					.unwrap_or_else(|_| panic!("genesis organisation {name}: bad jurisdiction"));
				Pallet::<T>::do_admit_organisation(
					bounded_name,
					kind,
					bounded_jurisdiction,
					*licence_hash,
					admin.clone(),
				)
				.unwrap_or_else(|e| panic!("genesis organisation {name}: {e:?}"));
			}
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// An organisation was admitted with its first admin.
		OrganisationAdmitted {
			organisation: OrganisationId,
			kind: OrganisationKind,
			admin: T::AccountId,
		},
		/// An organisation was suspended; its practitioners lost standing.
		OrganisationSuspended { organisation: OrganisationId },
		/// A suspended organisation was reinstated.
		OrganisationReinstated { organisation: OrganisationId },
		/// An organisation was removed.
		OrganisationRemoved { organisation: OrganisationId },
		/// An admin was added to an organisation.
		AdminAdded { organisation: OrganisationId, admin: T::AccountId },
		/// An admin was removed from an organisation.
		AdminRemoved { organisation: OrganisationId, admin: T::AccountId },
		/// An organisation invited `practitioner` to practise there with `role`.
		PractitionerInvited {
			organisation: OrganisationId,
			practitioner: T::AccountId,
			role: PractitionerRole,
		},
		/// An invitation was withdrawn by the organisation or declined by the practitioner.
		InvitationWithdrawn { organisation: OrganisationId, practitioner: T::AccountId },
		/// A practitioner accepted an invitation and practises at the organisation.
		PractitionerRegistered {
			organisation: OrganisationId,
			practitioner: T::AccountId,
			role: PractitionerRole,
		},
		/// An organisation's admin removed a practitioner.
		PractitionerRemoved { organisation: OrganisationId, practitioner: T::AccountId },
		/// A practitioner left the organisation.
		PractitionerResigned { organisation: OrganisationId, practitioner: T::AccountId },
		/// A patient registered.
		PatientRegistered { patient: PatientId, account: T::AccountId, deposit: BalanceOf<T> },
		/// A patient's encryption key was rotated to `version`.
		EncryptionKeyRotated { patient: PatientId, version: u32, actor: T::AccountId },
		/// A patient's identity commitment was set (`present`) or cleared.
		CommitmentSet { patient: PatientId, present: bool, actor: T::AccountId },
		/// A representative asked for the patient's deactivation, possible from block `due`.
		DeactivationRequested {
			patient: PatientId,
			representative: T::AccountId,
			due: BlockNumberFor<T>,
		},
		/// The patient stopped a deactivation a representative asked for.
		DeactivationCancelled { patient: PatientId },
		/// A patient deactivated; the deposit went back to `account`.
		PatientDeactivated {
			patient: PatientId,
			account: T::AccountId,
			deposit: BalanceOf<T>,
			actor: T::AccountId,
		},
		/// A representative was appointed (or its appointment replaced).
		RepresentativeAppointed {
			patient: PatientId,
			representative: T::AccountId,
			scope: RepresentativeScope,
			until: Option<BlockNumberFor<T>>,
			appointed_by: AppointedBy,
		},
		/// A representative was removed (by the patient, its appointer or itself).
		RepresentativeRemoved {
			patient: PatientId,
			representative: T::AccountId,
			actor: T::AccountId,
		},
		/// The patient set up recovery: `threshold` of the contacts, after `delay` blocks.
		RecoveryConfigured { patient: PatientId, threshold: u32, delay: BlockNumberFor<T> },
		/// The patient removed its recovery set-up.
		RecoveryConfigRemoved { patient: PatientId },
		/// `new_account` started a recovery of the patient's identity, holding `deposit`.
		RecoveryStarted { patient: PatientId, new_account: T::AccountId, deposit: BalanceOf<T> },
		/// A contact approved the recovery in progress.
		RecoveryApproved { patient: PatientId, contact: T::AccountId },
		/// A contact withdrew its approval.
		RecoveryApprovalWithdrawn { patient: PatientId, contact: T::AccountId },
		/// A contact voted to cancel the recovery in progress.
		RecoveryCancellationVoted { patient: PatientId, contact: T::AccountId, votes: u32 },
		/// The recovery in progress was cancelled by the patient or a majority of the contacts;
		/// its starter's deposit went to the patient's account.
		RecoveryCancelled { patient: PatientId, new_account: T::AccountId },
		/// The identity moved to a new account, deposit included.
		IdentityRecovered {
			patient: PatientId,
			old_account: T::AccountId,
			new_account: T::AccountId,
		},
		/// A runtime upgrade re-priced patient deposits to `deposit` ([`migrations::v1`]):
		/// `repriced` patients now hold it; `kept` could not pay a higher one and keep theirs.
		PatientDepositsRepriced { deposit: BalanceOf<T>, repriced: u32, kept: u32 },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The organisation name is empty or not UTF-8.
		InvalidName,
		/// The jurisdiction is not an ISO 3166 code such as `DE` or `US-CA`.
		InvalidJurisdiction,
		/// No organisation with this id.
		OrganisationNotFound,
		/// The organisation is not active.
		OrganisationNotActive,
		/// The organisation is not suspended.
		OrganisationNotSuspended,
		/// The caller is neither the consortium nor an admin of this organisation.
		NotOrganisationAuthority,
		/// The account already administers an organisation.
		AlreadyAdmin,
		/// The account is not an admin of this organisation.
		NotAdmin,
		/// An organisation must keep at least one admin.
		LastAdmin,
		/// The organisation has the most admins allowed.
		TooManyAdmins,
		/// The account is already a practitioner of an existing organisation.
		AlreadyPractitioner,
		/// The account is not a practitioner.
		PractitionerNotFound,
		/// The organisation has the most practitioners allowed.
		TooManyPractitioners,
		/// The account already holds a patient identity.
		AlreadyPatient,
		/// No patient with this id, or the caller holds no patient identity.
		PatientNotFound,
		/// An encryption key of small order (all zeroes among them) is not a key: every secret
		/// agreed with it would be predictable.
		LowOrderKey,
		/// The new key equals the current one.
		KeyUnchanged,
		/// The deposit could not be held (too little free balance).
		InsufficientBalance,
		/// The caller is neither the patient nor a representative whose scope allows this.
		NotPatientOrRepresentative,
		/// Only the patient's own account may do this.
		NotPatient,
		/// A patient cannot represent themselves or be their own recovery contact.
		SelfAppointment,
		/// The patient has the most representatives allowed.
		TooManyRepresentatives,
		/// The account is not a representative of this patient.
		RepresentativeNotFound,
		/// A representative's scope must grant something.
		EmptyScope,
		/// A representation's end lies in the past.
		EndInPast,
		/// An organisation appoints a representative only on a legal document's hash.
		DocumentRequired,
		/// The caller may not remove this representative (not the patient, its appointer or
		/// itself).
		MayNotRemoveRepresentative,
		/// No invitation from this organisation to this account.
		InvitationNotFound,
		/// The organisation already invited this account.
		AlreadyInvited,
		/// The practitioner registration belongs to no active organisation the caller may manage.
		NotPractitionerOfOrganisation,
		/// Recovery contacts must be distinct, at least one, and within `MaxRecoveryContacts`.
		InvalidContacts,
		/// The threshold must be at least 1 and at most the number of contacts.
		InvalidThreshold,
		/// The delay is below `MinRecoveryDelay`.
		DelayTooShort,
		/// The patient has not set up recovery.
		RecoveryNotConfigured,
		/// A recovery is in progress: it must be claimed or cancelled first.
		RecoveryInProgress,
		/// No recovery is in progress.
		NoRecovery,
		/// A recovery contact cannot recover the identity to itself, nor to another contact.
		ContactCannotRecover,
		/// The caller is not one of the patient's recovery contacts.
		NotRecoveryContact,
		/// This contact already approved (or voted to cancel) the recovery.
		AlreadyVoted,
		/// This contact has no approval to withdraw.
		NoApproval,
		/// The recovery lacks approvals still in their `ApprovalPeriod`.
		NotEnoughApprovals,
		/// The recovery's delay has not passed.
		RecoveryDelayNotOver,
		/// The caller did not start this recovery.
		NotRecoveryStarter,
		/// A deactivation is already pending.
		DeactivationPending,
		/// No deactivation is pending.
		NoPendingDeactivation,
		/// The deactivation's delay has not passed, or another representative asked for it.
		DeactivationNotDue,
		/// An id counter is exhausted.
		Overflow,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(T::MaxAdmins::get() > 0, "an organisation needs room for one admin");
			assert!(T::MaxNameLength::get() > 0, "names must fit at least one byte");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Admit an organisation with its first admin.
		///
		/// Origin: [`Config::OrganisationOrigin`]. `name` is the public, UTF-8 name;
		/// `jurisdiction` an ISO 3166 code (`DE`, `US-CA`); `licence_hash` the hash of the licence
		/// credential. The organisation starts active.
		///
		/// Errors: `InvalidName`, `InvalidJurisdiction`, `AlreadyAdmin` (the admin administers
		/// another organisation), `Overflow`. Event: `OrganisationAdmitted`.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::admit_organisation())]
		pub fn admit_organisation(
			origin: OriginFor<T>,
			name: OrganisationName<T>,
			kind: OrganisationKind,
			jurisdiction: Jurisdiction,
			licence_hash: H256,
			admin: T::AccountId,
		) -> DispatchResult {
			T::OrganisationOrigin::ensure_origin(origin)?;
			Self::do_admit_organisation(name, kind, jurisdiction, licence_hash, admin)
		}

		/// Suspend an active organisation: its practitioners lose standing at once.
		///
		/// Origin: [`Config::OrganisationOrigin`]. Errors: `OrganisationNotFound`,
		/// `OrganisationNotActive`. Event: `OrganisationSuspended`.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::suspend_organisation())]
		pub fn suspend_organisation(
			origin: OriginFor<T>,
			organisation: OrganisationId,
		) -> DispatchResult {
			T::OrganisationOrigin::ensure_origin(origin)?;
			Self::do_set_status(organisation, true)
		}

		/// Reinstate a suspended organisation.
		///
		/// Origin: [`Config::OrganisationOrigin`]. Errors: `OrganisationNotFound`,
		/// `OrganisationNotSuspended`. Event: `OrganisationReinstated`.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::reinstate_organisation())]
		pub fn reinstate_organisation(
			origin: OriginFor<T>,
			organisation: OrganisationId,
		) -> DispatchResult {
			T::OrganisationOrigin::ensure_origin(origin)?;
			Self::do_set_status(organisation, false)
		}

		/// Remove an organisation and its admin entries. Its practitioners lose standing; their
		/// entries may be replaced by another organisation's registration. The id is not reused.
		///
		/// Origin: [`Config::OrganisationOrigin`]. Errors: `OrganisationNotFound`.
		/// Event: `OrganisationRemoved`.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::remove_organisation(T::MaxAdmins::get()))]
		pub fn remove_organisation(
			origin: OriginFor<T>,
			organisation: OrganisationId,
		) -> DispatchResult {
			T::OrganisationOrigin::ensure_origin(origin)?;
			Self::do_remove_organisation(organisation)
		}

		/// Add an admin to an organisation.
		///
		/// Origin: [`Config::OrganisationOrigin`] or a signed admin of the organisation.
		/// Errors: `OrganisationNotFound`, `NotOrganisationAuthority`, `AlreadyAdmin`,
		/// `TooManyAdmins`. Event: `AdminAdded`.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::add_admin())]
		pub fn add_admin(
			origin: OriginFor<T>,
			organisation: OrganisationId,
			admin: T::AccountId,
		) -> DispatchResult {
			Self::ensure_organisation_authority(origin, organisation)?;
			Self::do_add_admin(organisation, admin)
		}

		/// Remove an admin from an organisation; at least one admin remains.
		///
		/// Origin: [`Config::OrganisationOrigin`] or a signed admin of the organisation.
		/// Errors: `OrganisationNotFound`, `NotOrganisationAuthority`, `NotAdmin`, `LastAdmin`.
		/// Event: `AdminRemoved`.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::remove_admin())]
		pub fn remove_admin(
			origin: OriginFor<T>,
			organisation: OrganisationId,
			admin: T::AccountId,
		) -> DispatchResult {
			Self::ensure_organisation_authority(origin, organisation)?;
			Self::do_remove_admin(organisation, admin)
		}

		/// Invite `practitioner` to practise with `role` at the caller's organisation. The
		/// practitioner has no standing until it accepts ([`Pallet::accept_invitation`]).
		///
		/// Origin: signed admin of an active organisation. Errors: `NotOrganisationAuthority`,
		/// `OrganisationNotActive`, `AlreadyPractitioner`, `AlreadyInvited`,
		/// `TooManyPractitioners` (practitioners and open invitations together).
		/// Event: `PractitionerInvited`.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::invite_practitioner())]
		pub fn invite_practitioner(
			origin: OriginFor<T>,
			practitioner: T::AccountId,
			role: PractitionerRole,
		) -> DispatchResult {
			let admin = ensure_signed(origin)?;
			Self::do_invite_practitioner(admin, practitioner, role)
		}

		/// Remove a practitioner of the caller's organisation.
		///
		/// Origin: signed admin of the practitioner's organisation. Errors:
		/// `PractitionerNotFound`, `NotPractitionerOfOrganisation`. Event: `PractitionerRemoved`.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::remove_practitioner())]
		pub fn remove_practitioner(
			origin: OriginFor<T>,
			practitioner: T::AccountId,
		) -> DispatchResult {
			let admin = ensure_signed(origin)?;
			Self::do_remove_practitioner(admin, practitioner)
		}

		/// Register the caller as a patient, holding [`Config::PatientDeposit`] (from the
		/// sponsor, for a sponsored registration: [`Config::DepositPayer`]).
		///
		/// Origin: signed. `encryption_key` is an X25519 public key (version 1), not of small
		/// order; `commitment` an optional salted hash of off-chain identifiers. Errors:
		/// `AlreadyPatient`, `LowOrderKey`, `InsufficientBalance`, `Overflow`.
		/// Event: `PatientRegistered`.
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::register_patient().saturating_add(
			<T::DepositPayer as medledger_primitives::DepositPayer<_>>::deposit_payer_weight(),
		))]
		pub fn register_patient(
			origin: OriginFor<T>,
			encryption_key: X25519PublicKey,
			commitment: Option<H256>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_register_patient(who, encryption_key, commitment)
		}

		/// Rotate a patient's encryption key; the version increments.
		///
		/// Origin: signed, the patient or a representative with the keys scope. Errors:
		/// `PatientNotFound`, `NotPatientOrRepresentative`, `LowOrderKey`, `KeyUnchanged`,
		/// `Overflow`. Event: `EncryptionKeyRotated`.
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::rotate_encryption_key())]
		pub fn rotate_encryption_key(
			origin: OriginFor<T>,
			patient: PatientId,
			encryption_key: X25519PublicKey,
		) -> DispatchResult {
			let actor = ensure_signed(origin)?;
			Self::do_rotate_key(actor, patient, encryption_key)
		}

		/// Set or clear a patient's commitment to off-chain identifiers.
		///
		/// Origin: signed, the patient or a representative with the keys scope. Errors:
		/// `PatientNotFound`, `NotPatientOrRepresentative`. Event: `CommitmentSet`.
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::set_commitment())]
		pub fn set_commitment(
			origin: OriginFor<T>,
			patient: PatientId,
			commitment: Option<H256>,
		) -> DispatchResult {
			let actor = ensure_signed(origin)?;
			Self::do_set_commitment(actor, patient, commitment)
		}

		/// Deactivate a patient: the patient record, its representatives, its recovery set-up
		/// and any recovery go, the deposit is released to the patient's account, and the
		/// record pallet erases the locations of the patient's records. The id is not reused.
		///
		/// Origin: signed, the patient at once; or the representative that asked for it
		/// ([`Pallet::request_deactivation`]), once its delay has passed. Errors:
		/// `PatientNotFound`, `NotPatientOrRepresentative`, `DeactivationNotDue`.
		/// Event: `PatientDeactivated`.
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::deactivate_patient()
			.saturating_add(<T::OnPatientDeactivated as medledger_primitives::OnPatientDeactivated>::weight()))]
		pub fn deactivate_patient(origin: OriginFor<T>, patient: PatientId) -> DispatchResult {
			let actor = ensure_signed(origin)?;
			Self::do_deactivate_patient(actor, patient)
		}

		/// Appoint `representative` for `patient` with `scope`, until block `until` (`None`:
		/// until removed). Appointing an existing representative replaces its scope and end.
		///
		/// Origin: signed, the patient (`document_hash` optional); or an admin of an active
		/// organisation, on the hash of the legal document behind the appointment (a parent's
		/// registration, a court's order), which the patient sees in the event and can undo.
		/// Errors: `PatientNotFound`, `NotPatient`, `OrganisationNotActive`, `DocumentRequired`,
		/// `SelfAppointment`, `EmptyScope`, `EndInPast`, `TooManyRepresentatives`.
		/// Event: `RepresentativeAppointed`.
		#[pallet::call_index(12)]
		#[pallet::weight(T::WeightInfo::appoint_representative())]
		pub fn appoint_representative(
			origin: OriginFor<T>,
			patient: PatientId,
			representative: T::AccountId,
			scope: RepresentativeScope,
			until: Option<BlockNumberFor<T>>,
			document_hash: Option<H256>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_appoint_representative(
				who,
				patient,
				representative,
				scope,
				until,
				document_hash,
			)
		}

		/// Remove a representative. Consents it granted in the patient's name and the patient
		/// did not confirm stop permitting at once (the consent registry asks at every decision).
		///
		/// Origin: signed, the patient, an admin of the organisation that appointed it, or the
		/// representative itself. Errors: `PatientNotFound`, `RepresentativeNotFound`,
		/// `MayNotRemoveRepresentative`. Event: `RepresentativeRemoved`.
		#[pallet::call_index(13)]
		#[pallet::weight(T::WeightInfo::remove_representative())]
		pub fn remove_representative(
			origin: OriginFor<T>,
			patient: PatientId,
			representative: T::AccountId,
		) -> DispatchResult {
			let actor = ensure_signed(origin)?;
			Self::do_remove_representative(actor, patient, representative)
		}

		/// Set up (or change) how the caller's identity can be recovered: `threshold` of
		/// `contacts` approve a new account, which claims the identity `delay` blocks after it
		/// started the recovery. Not while a recovery is in progress, so that no recovery runs
		/// under rules that changed halfway.
		///
		/// Origin: signed, the patient's own account. Errors: `PatientNotFound`,
		/// `InvalidContacts`, `SelfAppointment`, `InvalidThreshold`, `DelayTooShort`,
		/// `RecoveryInProgress`. Event: `RecoveryConfigured`.
		#[pallet::call_index(14)]
		#[pallet::weight(T::WeightInfo::set_recovery_config(T::MaxRecoveryContacts::get()))]
		pub fn set_recovery_config(
			origin: OriginFor<T>,
			contacts: BoundedVec<T::AccountId, T::MaxRecoveryContacts>,
			threshold: u32,
			delay: BlockNumberFor<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_set_recovery_config(who, contacts, threshold, delay)
		}

		/// Remove the caller's recovery set-up. Not while a recovery is in progress.
		///
		/// Origin: signed, the patient's own account. Errors: `PatientNotFound`,
		/// `RecoveryNotConfigured`, `RecoveryInProgress`. Event: `RecoveryConfigRemoved`.
		#[pallet::call_index(15)]
		#[pallet::weight(T::WeightInfo::remove_recovery_config())]
		pub fn remove_recovery_config(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_remove_recovery_config(who)
		}

		/// Start recovering `patient`'s identity to the caller's account, holding
		/// [`Config::RecoveryDeposit`].
		///
		/// Origin: signed, the new account (not a contact, not a patient). Errors:
		/// `PatientNotFound`, `RecoveryNotConfigured`, `RecoveryInProgress`,
		/// `ContactCannotRecover`, `AlreadyPatient`, `InsufficientBalance`.
		/// Event: `RecoveryStarted`.
		#[pallet::call_index(16)]
		#[pallet::weight(T::WeightInfo::start_recovery())]
		pub fn start_recovery(origin: OriginFor<T>, patient: PatientId) -> DispatchResult {
			let new_account = ensure_signed(origin)?;
			Self::do_start_recovery(new_account, patient)
		}

		/// Approve the recovery in progress of `patient` to `new_account` (named, so that an
		/// approval cannot land on a recovery the contact did not see).
		///
		/// Origin: signed recovery contact of the patient. Errors: `NoRecovery`,
		/// `NotRecoveryContact`, `NotRecoveryStarter` (another new account), `AlreadyVoted`.
		/// Event: `RecoveryApproved`.
		#[pallet::call_index(17)]
		#[pallet::weight(T::WeightInfo::approve_recovery(T::MaxRecoveryContacts::get()))]
		pub fn approve_recovery(
			origin: OriginFor<T>,
			patient: PatientId,
			new_account: T::AccountId,
		) -> DispatchResult {
			let contact = ensure_signed(origin)?;
			Self::do_approve_recovery(contact, patient, new_account)
		}

		/// Withdraw the caller's approval of the recovery in progress.
		///
		/// Origin: signed recovery contact that approved. Errors: `NoRecovery`, `NoApproval`.
		/// Event: `RecoveryApprovalWithdrawn`.
		#[pallet::call_index(18)]
		#[pallet::weight(T::WeightInfo::withdraw_recovery_approval(T::MaxRecoveryContacts::get()))]
		pub fn withdraw_recovery_approval(
			origin: OriginFor<T>,
			patient: PatientId,
		) -> DispatchResult {
			let contact = ensure_signed(origin)?;
			Self::do_withdraw_recovery_approval(contact, patient)
		}

		/// Cancel the recovery in progress. The patient's own account cancels at once; a
		/// contact's call is a vote, and a majority of the contacts cancels. The starter's
		/// deposit goes to the patient's account.
		///
		/// Origin: signed, the patient's account or a recovery contact. Errors: `NoRecovery`,
		/// `NotRecoveryContact`, `AlreadyVoted`. Events: `RecoveryCancellationVoted`,
		/// `RecoveryCancelled`.
		#[pallet::call_index(19)]
		#[pallet::weight(T::WeightInfo::cancel_recovery(T::MaxRecoveryContacts::get()))]
		pub fn cancel_recovery(origin: OriginFor<T>, patient: PatientId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_cancel_recovery(who, patient)
		}

		/// Claim the identity: once the delay has passed and `threshold` approvals are still
		/// within their `ApprovalPeriod`, the identity (same id, its deposit held again) moves to
		/// the caller, and the recovery deposit is released.
		///
		/// Origin: signed, the account that started the recovery. Errors: `NoRecovery`,
		/// `NotRecoveryStarter`, `RecoveryDelayNotOver`, `NotEnoughApprovals`, `AlreadyPatient`,
		/// `InsufficientBalance`. Event: `IdentityRecovered`.
		#[pallet::call_index(20)]
		#[pallet::weight(T::WeightInfo::claim_recovery(T::MaxRecoveryContacts::get()))]
		pub fn claim_recovery(origin: OriginFor<T>, patient: PatientId) -> DispatchResult {
			let new_account = ensure_signed(origin)?;
			Self::do_claim_recovery(new_account, patient)
		}

		/// Accept an organisation's invitation: the caller practises there with the role offered.
		///
		/// Origin: signed, the invited account. Errors: `InvitationNotFound`,
		/// `OrganisationNotActive`, `AlreadyPractitioner`. Event: `PractitionerRegistered`.
		#[pallet::call_index(21)]
		#[pallet::weight(T::WeightInfo::accept_invitation())]
		pub fn accept_invitation(
			origin: OriginFor<T>,
			organisation: OrganisationId,
		) -> DispatchResult {
			let practitioner = ensure_signed(origin)?;
			Self::do_accept_invitation(practitioner, organisation)
		}

		/// Withdraw an invitation (an admin of the organisation) or decline it (the invited
		/// account).
		///
		/// Origin: signed, an admin of `organisation` or `practitioner`. Errors:
		/// `InvitationNotFound`, `NotOrganisationAuthority`. Event: `InvitationWithdrawn`.
		#[pallet::call_index(22)]
		#[pallet::weight(T::WeightInfo::withdraw_invitation())]
		pub fn withdraw_invitation(
			origin: OriginFor<T>,
			organisation: OrganisationId,
			practitioner: T::AccountId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_withdraw_invitation(who, organisation, practitioner)
		}

		/// Leave the organisation the caller practises at.
		///
		/// Origin: signed practitioner. Errors: `PractitionerNotFound`.
		/// Event: `PractitionerResigned`.
		#[pallet::call_index(23)]
		#[pallet::weight(T::WeightInfo::resign())]
		pub fn resign(origin: OriginFor<T>) -> DispatchResult {
			let practitioner = ensure_signed(origin)?;
			Self::do_resign(practitioner)
		}

		/// Ask for `patient`'s deactivation, possible after [`Config::DeactivationDelay`]
		/// blocks, in which the patient can stop it ([`Pallet::cancel_deactivation`]).
		///
		/// Origin: signed representative with the deactivation scope. Errors: `PatientNotFound`,
		/// `NotPatientOrRepresentative`, `DeactivationPending`. Event: `DeactivationRequested`.
		#[pallet::call_index(24)]
		#[pallet::weight(T::WeightInfo::request_deactivation())]
		pub fn request_deactivation(origin: OriginFor<T>, patient: PatientId) -> DispatchResult {
			let representative = ensure_signed(origin)?;
			Self::do_request_deactivation(representative, patient)
		}

		/// Stop a deactivation a representative asked for.
		///
		/// Origin: signed, the patient's own account. Errors: `PatientNotFound`,
		/// `NoPendingDeactivation`. Event: `DeactivationCancelled`.
		#[pallet::call_index(25)]
		#[pallet::weight(T::WeightInfo::cancel_deactivation())]
		pub fn cancel_deactivation(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_cancel_deactivation(who)
		}
	}

	#[pallet::view_functions]
	impl<T: Config> Pallet<T> {
		/// The patient identity an account holds.
		pub fn account_patient(account: T::AccountId) -> Option<PatientId> {
			PatientByAccount::<T>::get(account)
		}

		/// A patient's current encryption key and version.
		pub fn patient_key(patient: PatientId) -> Option<medledger_primitives::EncryptionKey> {
			Patients::<T>::get(patient).map(|p| p.encryption_key)
		}

		/// An account's standing as a practitioner (organisation active).
		pub fn practitioner(
			account: T::AccountId,
		) -> Option<medledger_primitives::PractitionerStanding> {
			<Self as medledger_primitives::IdentityProvider<T::AccountId>>::practitioner_standing(
				&account,
			)
		}
	}
}
