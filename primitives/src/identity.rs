//! Identity: organisations, practitioners and patients, and the trait other pallets use to ask
//! about them.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;

/// Opaque identifier of an organisation, assigned in admission order and never reused.
pub type OrganisationId = u32;

/// Opaque identifier of a patient, assigned at registration and never reused. It stays the same
/// when the patient's identity moves to a new account, so consents and records keyed by it
/// survive key loss.
pub type PatientId = u64;

/// An X25519 public key (32 bytes), used to wrap data keys for a reader.
pub type X25519PublicKey = [u8; 32];

/// What an organisation is. Providers (hospital, clinic, laboratory, pharmacy) may open
/// emergency access; the others take part in data sharing under consent.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub enum OrganisationKind {
	/// An acute-care hospital.
	Hospital,
	/// An outpatient clinic or practice.
	Clinic,
	/// A diagnostic laboratory.
	Laboratory,
	/// A pharmacy.
	Pharmacy,
	/// An insurer or other payer.
	Payer,
	/// A university or other research institution.
	ResearchInstitution,
	/// A custodian that stores encrypted records for others.
	DataCustodian,
	/// A regulator or public health authority.
	Regulator,
}

impl OrganisationKind {
	/// The kind named by its variant name (`"Hospital"`, `"DataCustodian"`), as chain specs and
	/// polkadot.js spell it.
	pub fn from_name(name: &str) -> Option<Self> {
		Some(match name {
			"Hospital" => Self::Hospital,
			"Clinic" => Self::Clinic,
			"Laboratory" => Self::Laboratory,
			"Pharmacy" => Self::Pharmacy,
			"Payer" => Self::Payer,
			"ResearchInstitution" => Self::ResearchInstitution,
			"DataCustodian" => Self::DataCustodian,
			"Regulator" => Self::Regulator,
			_ => return None,
		})
	}

	/// Whether the organisation delivers care (and so may open emergency access).
	pub fn is_provider(&self) -> bool {
		matches!(self, Self::Hospital | Self::Clinic | Self::Laboratory | Self::Pharmacy)
	}
}

/// The standing of an organisation in the consortium.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub enum OrganisationStatus {
	/// Admitted and in good standing: its practitioners have standing.
	Active,
	/// Suspended by the consortium: its practitioners have no standing until reinstated.
	Suspended,
}

/// What a practitioner does at their organisation.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub enum PractitionerRole {
	/// A physician.
	Physician,
	/// A nurse.
	Nurse,
	/// A pharmacist.
	Pharmacist,
	/// A laboratory scientist or technician.
	LaboratoryScientist,
	/// A researcher.
	Researcher,
	/// Administrative staff (registration, billing).
	Clerk,
}

impl PractitionerRole {
	/// Whether the role delivers care (and so may open emergency access).
	pub fn is_clinical(&self) -> bool {
		matches!(self, Self::Physician | Self::Nurse | Self::Pharmacist | Self::LaboratoryScientist)
	}
}

/// A patient's current encryption key and its version. The version counts rotations, so a key
/// envelope made for an older key can be told apart from one for the current key.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub struct EncryptionKey {
	/// The X25519 public key.
	pub key: X25519PublicKey,
	/// 1 for the key given at registration, incremented by each rotation.
	pub version: u32,
}

/// A practitioner in good standing: registered by an organisation that is active.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub struct PractitionerStanding {
	/// The organisation the practitioner acts for.
	pub organisation: OrganisationId,
	/// What kind of organisation that is.
	pub kind: OrganisationKind,
	/// The practitioner's role there.
	pub role: PractitionerRole,
}

/// How an account stands to a patient, as the patient's registration says.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum PatientRelation {
	/// There is no such patient (never registered, or deactivated).
	Unknown,
	/// The account holds the patient's identity or is one of its guardians.
	ActsFor,
	/// Any other account.
	Other,
}

/// What other pallets may ask about identities. Implemented by `pallet-patient-identity`.
pub trait IdentityProvider<AccountId> {
	/// The patient whose identity `who` currently holds, if any.
	fn patient_of(who: &AccountId) -> Option<PatientId>;

	/// The account that currently holds `patient`'s identity, if the patient is registered.
	fn patient_account(patient: PatientId) -> Option<AccountId>;

	/// Whether `patient` is registered (and not deactivated).
	fn is_active_patient(patient: PatientId) -> bool {
		Self::patient_account(patient).is_some()
	}

	/// `who`'s standing as a practitioner: `None` unless registered by an organisation that is
	/// currently active.
	fn practitioner_standing(who: &AccountId) -> Option<PractitionerStanding>;

	/// The organisation `who` administers, if any.
	fn admin_of(who: &AccountId) -> Option<OrganisationId>;

	/// The status of an organisation, `None` if it was never admitted or has been removed.
	fn organisation_status(organisation: OrganisationId) -> Option<OrganisationStatus>;

	/// Whether `actor` may act for `patient`: the patient's own account or one of its guardians.
	fn may_act_for(actor: &AccountId, patient: PatientId) -> bool {
		Self::relation(actor, patient) == PatientRelation::ActsFor
	}

	/// Whether `patient` is registered and whether `actor` may act for them, in one read: what
	/// every access decision asks first.
	fn relation(actor: &AccountId, patient: PatientId) -> PatientRelation;

	/// The patient's current encryption key.
	fn encryption_key(patient: PatientId) -> Option<EncryptionKey>;
}

/// Sets up identities for other pallets' benchmarks, which cannot reach this pallet's `Config`.
/// Implemented by `pallet-patient-identity`; the runtime passes it to the pallets that need it.
#[cfg(feature = "runtime-benchmarks")]
pub trait IdentityBenchmarkHelper<AccountId> {
	/// Registers `who` (funded as needed) as a patient.
	fn register_patient(
		who: &AccountId,
	) -> Result<PatientId, polkadot_sdk::sp_runtime::DispatchError>;

	/// Admits a new organisation of `kind` and registers `who` there with `role`.
	fn register_practitioner(
		who: &AccountId,
		kind: OrganisationKind,
		role: PractitionerRole,
	) -> Result<OrganisationId, polkadot_sdk::sp_runtime::DispatchError>;

	/// An admin of `organisation` (as admitted by [`Self::register_practitioner`]).
	fn organisation_admin(organisation: OrganisationId) -> AccountId;

	/// Appoints `guardian` for the patient held by `patient_account`.
	fn add_guardian(
		patient_account: &AccountId,
		guardian: &AccountId,
	) -> Result<(), polkadot_sdk::sp_runtime::DispatchError>;
}

/// Sets "now" for benchmarks that need time to pass (a retention period, an expiry): the
/// runtime writes its timestamp, a test mock its clock.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkClock<Moment> {
	/// Makes `now` the current moment.
	fn set_now(now: Moment);
}
