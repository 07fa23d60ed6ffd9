//! # Patient identity pallet
//!
//! Who is who on MedLedger, with no personal data on chain.
//!
//! ## Terms
//! - **Organisation**: a member of the healthcare network (hospital, clinic, laboratory, pharmacy,
//!   payer, research institution, data custodian, regulator). Admitted, suspended, reinstated and
//!   removed only by [`Config::OrganisationOrigin`] (the consortium). It has a public name, a kind,
//!   a jurisdiction code, the hash of its licence credential and one or more admin accounts.
//! - **Practitioner**: an account registered by an organisation's admin with a role. A practitioner
//!   has standing only while the organisation is active.
//! - **Patient**: any account may register itself as a patient, holding [`Config::PatientDeposit`].
//!   A patient gets an opaque [`PatientId`] that never changes, an X25519 encryption key
//!   (versioned: every rotation increments the version) and, optionally, a 32-byte commitment to
//!   off-chain identifiers (a salted hash, never the identifier itself).
//! - **Guardian**: an account a patient appoints to act for them (minors, caregivers). Events of
//!   calls made by a guardian name the acting account.
//! - **Recovery**: when a patient loses their key, guardians approve moving the identity (same
//!   [`PatientId`], same deposit) to a new account; the patient sets how many approvals are needed.
//!
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
		OrganisationId, OrganisationKind, PatientId, PractitionerRole, X25519PublicKey,
	};
	use polkadot_sdk::sp_runtime::traits::BlockNumberProvider;
	use sp_core::H256;

	/// The in-code storage version. Version 1 ([`migrations::v1`]: deposits re-priced) is built
	/// only with the `upgrade-fixture` feature, into the runtime that the end-to-end upgrade test
	/// upgrades to; a release that changes `PatientDeposit` moves to it for good.
	#[cfg(not(feature = "upgrade-fixture"))]
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);
	/// The in-code storage version: 1, patient deposits re-priced by [`migrations::v1`].
	#[cfg(feature = "upgrade-fixture")]
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(1);

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

		/// Longest organisation name, in bytes.
		#[pallet::constant]
		type MaxNameLength: Get<u32>;

		/// Most admin accounts per organisation.
		#[pallet::constant]
		type MaxAdmins: Get<u32>;

		/// Most practitioners per organisation.
		#[pallet::constant]
		type MaxPractitioners: Get<u32>;

		/// Most guardians per patient.
		#[pallet::constant]
		type MaxGuardians: Get<u32>;

		/// Weights of this pallet's calls.
		type WeightInfo: WeightInfo;
	}

	/// Why this pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// The deposit behind a patient record.
		#[codec(index = 0)]
		PatientDeposit,
	}

	/// The id the next admitted organisation gets.
	#[pallet::storage]
	pub type NextOrganisationId<T> = StorageValue<_, OrganisationId, ValueQuery>;

	/// Admitted organisations. `Twox64Concat`: ids are assigned by the chain, not chosen by users.
	#[pallet::storage]
	pub type Organisations<T: Config> =
		StorageMap<_, Twox64Concat, OrganisationId, Organisation<T>, OptionQuery>;

	/// The organisation an account administers. `Blake2_128Concat`: accounts are user-chosen.
	#[pallet::storage]
	pub type OrganisationAdmins<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, OrganisationId, OptionQuery>;

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

	/// The patient identity an account holds.
	#[pallet::storage]
	pub type PatientByAccount<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, PatientId, OptionQuery>;

	/// Recoveries in progress, at most one per patient.
	#[pallet::storage]
	pub type Recoveries<T: Config> =
		StorageMap<_, Twox64Concat, PatientId, Recovery<T>, OptionQuery>;

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
		/// A practitioner was registered.
		PractitionerRegistered {
			organisation: OrganisationId,
			practitioner: T::AccountId,
			role: PractitionerRole,
		},
		/// A practitioner was removed.
		PractitionerRemoved { organisation: OrganisationId, practitioner: T::AccountId },
		/// A patient registered.
		PatientRegistered { patient: PatientId, account: T::AccountId, deposit: BalanceOf<T> },
		/// A patient's encryption key was rotated to `version`.
		EncryptionKeyRotated { patient: PatientId, version: u32, actor: T::AccountId },
		/// A patient's identity commitment was set (`present`) or cleared.
		CommitmentSet { patient: PatientId, present: bool, actor: T::AccountId },
		/// A patient deactivated; the deposit went back to `account`.
		PatientDeactivated {
			patient: PatientId,
			account: T::AccountId,
			deposit: BalanceOf<T>,
			actor: T::AccountId,
		},
		/// A guardian was appointed.
		GuardianAdded { patient: PatientId, guardian: T::AccountId },
		/// A guardian was removed.
		GuardianRemoved { patient: PatientId, guardian: T::AccountId },
		/// The number of guardian approvals a recovery needs was set (0: recovery disabled).
		RecoveryThresholdSet { patient: PatientId, threshold: u32 },
		/// A guardian approved moving the identity to `new_account`.
		RecoveryApproved {
			patient: PatientId,
			guardian: T::AccountId,
			new_account: T::AccountId,
			approvals: u32,
		},
		/// The identity moved to a new account, deposit included.
		IdentityRecovered {
			patient: PatientId,
			old_account: T::AccountId,
			new_account: T::AccountId,
		},
		/// The patient cancelled a recovery in progress.
		RecoveryCancelled { patient: PatientId },
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
		/// The caller may not do this.
		NotAuthorized,
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
		/// An encryption key of all zeroes is not a key.
		InvalidKey,
		/// The new key equals the current one.
		KeyUnchanged,
		/// The deposit could not be held (too little free balance).
		InsufficientBalance,
		/// The account is already a guardian of this patient.
		AlreadyGuardian,
		/// The account is not a guardian of this patient.
		GuardianNotFound,
		/// A patient cannot be their own guardian.
		SelfGuardian,
		/// The patient has the most guardians allowed.
		TooManyGuardians,
		/// The threshold is above the number of guardians.
		InvalidThreshold,
		/// Removing the guardian would leave fewer guardians than the recovery threshold.
		ThresholdUnreachable,
		/// The patient has not enabled recovery (threshold 0).
		RecoveryDisabled,
		/// A recovery to a different account is in progress.
		RecoveryMismatch,
		/// This guardian already approved the recovery.
		AlreadyApproved,
		/// No recovery is in progress.
		NoRecovery,
		/// The new account does not exist: it needs at least the existential deposit first.
		NewAccountUnfunded,
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
		/// Errors: `OrganisationNotFound`, `NotAuthorized`, `AlreadyAdmin`, `TooManyAdmins`.
		/// Event: `AdminAdded`.
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
		/// Errors: `OrganisationNotFound`, `NotAuthorized`, `NotAdmin`, `LastAdmin`.
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

		/// Register `practitioner` with `role` at the caller's organisation.
		///
		/// Origin: signed admin of an active organisation. Errors: `NotAuthorized`,
		/// `OrganisationNotActive`, `AlreadyPractitioner`, `TooManyPractitioners`.
		/// Event: `PractitionerRegistered`.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::register_practitioner())]
		pub fn register_practitioner(
			origin: OriginFor<T>,
			practitioner: T::AccountId,
			role: PractitionerRole,
		) -> DispatchResult {
			let admin = ensure_signed(origin)?;
			Self::do_register_practitioner(admin, practitioner, role)
		}

		/// Remove a practitioner of the caller's organisation.
		///
		/// Origin: signed admin of the practitioner's organisation. Errors:
		/// `PractitionerNotFound`, `NotAuthorized`. Event: `PractitionerRemoved`.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::remove_practitioner())]
		pub fn remove_practitioner(
			origin: OriginFor<T>,
			practitioner: T::AccountId,
		) -> DispatchResult {
			let admin = ensure_signed(origin)?;
			Self::do_remove_practitioner(admin, practitioner)
		}

		/// Register the caller as a patient, holding [`Config::PatientDeposit`].
		///
		/// Origin: signed. `encryption_key` is an X25519 public key (version 1); `commitment` an
		/// optional salted hash of off-chain identifiers. Errors: `AlreadyPatient`, `InvalidKey`,
		/// `InsufficientBalance`, `Overflow`. Event: `PatientRegistered`.
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::register_patient())]
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
		/// Origin: signed, the patient or a guardian. Errors: `PatientNotFound`,
		/// `NotAuthorized`, `InvalidKey`, `KeyUnchanged`, `Overflow`.
		/// Event: `EncryptionKeyRotated`.
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::rotate_encryption_key(T::MaxGuardians::get()))]
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
		/// Origin: signed, the patient or a guardian. Errors: `PatientNotFound`,
		/// `NotAuthorized`. Event: `CommitmentSet`.
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::set_commitment(T::MaxGuardians::get()))]
		pub fn set_commitment(
			origin: OriginFor<T>,
			patient: PatientId,
			commitment: Option<H256>,
		) -> DispatchResult {
			let actor = ensure_signed(origin)?;
			Self::do_set_commitment(actor, patient, commitment)
		}

		/// Deactivate a patient: the record (and any recovery) is removed and the deposit
		/// released to the patient's account. The id is not reused.
		///
		/// Origin: signed, the patient or a guardian. Errors: `PatientNotFound`,
		/// `NotAuthorized`. Event: `PatientDeactivated`.
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::deactivate_patient(T::MaxGuardians::get()))]
		pub fn deactivate_patient(origin: OriginFor<T>, patient: PatientId) -> DispatchResult {
			let actor = ensure_signed(origin)?;
			Self::do_deactivate_patient(actor, patient)
		}

		/// Appoint a guardian for the caller's patient identity.
		///
		/// Origin: signed, the patient's own account (a guardian cannot appoint guardians, so
		/// guardians alone can never reach a recovery threshold). Errors: `PatientNotFound`,
		/// `SelfGuardian`, `AlreadyGuardian`, `TooManyGuardians`. Event: `GuardianAdded`.
		#[pallet::call_index(12)]
		#[pallet::weight(T::WeightInfo::add_guardian(T::MaxGuardians::get()))]
		pub fn add_guardian(origin: OriginFor<T>, guardian: T::AccountId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_add_guardian(who, guardian)
		}

		/// Remove a guardian of the caller's patient identity, and its approval of any recovery.
		///
		/// Origin: signed, the patient's own account. Errors: `PatientNotFound`,
		/// `GuardianNotFound`, `ThresholdUnreachable`. Event: `GuardianRemoved`.
		#[pallet::call_index(13)]
		#[pallet::weight(T::WeightInfo::remove_guardian(T::MaxGuardians::get()))]
		pub fn remove_guardian(origin: OriginFor<T>, guardian: T::AccountId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_remove_guardian(who, guardian)
		}

		/// Set how many guardian approvals move the identity to a new account (0 disables it).
		///
		/// Origin: signed, the patient's own account. Errors: `PatientNotFound`,
		/// `InvalidThreshold` (above the number of guardians). Event: `RecoveryThresholdSet`.
		#[pallet::call_index(14)]
		#[pallet::weight(T::WeightInfo::set_recovery_threshold())]
		pub fn set_recovery_threshold(origin: OriginFor<T>, threshold: u32) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_set_recovery_threshold(who, threshold)
		}

		/// Approve moving a patient's identity to `new_account`. When the approvals reach the
		/// patient's threshold, the identity (same id, same deposit, held) moves at once.
		///
		/// Origin: signed guardian of the patient. Errors: `PatientNotFound`, `NotAuthorized`
		/// (not a guardian), `RecoveryDisabled`, `RecoveryMismatch`, `AlreadyApproved`,
		/// `AlreadyPatient` (the new account holds a patient identity), `NewAccountUnfunded` (the
		/// new account holds less than the existential deposit), `InsufficientBalance` (the deposit
		/// cannot move). Events: `RecoveryApproved`, then `IdentityRecovered`.
		#[pallet::call_index(15)]
		#[pallet::weight(T::WeightInfo::approve_recovery(T::MaxGuardians::get()))]
		pub fn approve_recovery(
			origin: OriginFor<T>,
			patient: PatientId,
			new_account: T::AccountId,
		) -> DispatchResult {
			let guardian = ensure_signed(origin)?;
			Self::do_approve_recovery(guardian, patient, new_account)
		}

		/// Cancel a recovery in progress: the patient still holds the key.
		///
		/// Origin: signed, the patient's own account. Errors: `PatientNotFound`, `NoRecovery`.
		/// Event: `RecoveryCancelled`.
		#[pallet::call_index(16)]
		#[pallet::weight(T::WeightInfo::cancel_recovery())]
		pub fn cancel_recovery(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_cancel_recovery(who)
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
