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

/// What a representative may do for a patient: FHIR's RelatedPerson acting within a scope that
/// the patient (or an organisation, on a legal document) sets. Nothing outside it.
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
	Default,
)]
pub struct RepresentativeScope {
	/// Grant, change and revoke consents in the patient's name.
	pub consents: bool,
	/// Read, amend and erase the patient's records.
	pub records: bool,
	/// Rotate the patient's encryption key and set the identity commitment.
	pub encryption_key: bool,
	/// Ask for the patient's deactivation, which happens after a delay the patient can stop.
	pub deactivation: bool,
}

impl RepresentativeScope {
	/// Whether the scope grants nothing at all.
	pub fn is_empty(&self) -> bool {
		!(self.consents || self.records || self.encryption_key || self.deactivation)
	}
}

/// A power over a patient's data, as asked of [`PatientRelation::may`].
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum PatientPower {
	/// Consents in the patient's name.
	Consents,
	/// The patient's records.
	Records,
	/// The patient's encryption key and identity commitment.
	Keys,
	/// The patient's deactivation.
	Deactivation,
}

/// How an account stands to a patient, as the patient's registration says.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum PatientRelation {
	/// There is no such patient (never registered, or deactivated).
	Unknown,
	/// The account holds the patient's identity.
	Patient,
	/// The account represents the patient, within this scope, until the representation ends.
	Representative(RepresentativeScope),
	/// Any other account: recovery contacts included, who hold no power over the patient's data.
	Other,
}

impl PatientRelation {
	/// Whether the account may use `power` for the patient: the patient always, a representative
	/// within its scope.
	pub fn may(&self, power: PatientPower) -> bool {
		match self {
			PatientRelation::Patient => true,
			PatientRelation::Representative(scope) => match power {
				PatientPower::Consents => scope.consents,
				PatientPower::Records => scope.records,
				PatientPower::Keys => scope.encryption_key,
				PatientPower::Deactivation => scope.deactivation,
			},
			PatientRelation::Unknown | PatientRelation::Other => false,
		}
	}
}

/// The X25519 public keys of small order, whatever bit 255 says (X25519 ignores it): 0, 1, the
/// two points of order 8, and the non-canonical encodings of -1, 0 and 1 (p - 1, p, p + 1), as
/// libsodium rejects them. A key among them makes every shared secret predictable.
const X25519_LOW_ORDER_POINTS: [[u8; 32]; 7] = {
	let mut points = [[0u8; 32]; 7];
	points[1][0] = 1;
	points[2] = [
		0xe0, 0xeb, 0x7a, 0x7c, 0x3b, 0x41, 0xb8, 0xae, 0x16, 0x56, 0xe3, 0xfa, 0xf1, 0x9f, 0xc4,
		0x6a, 0xda, 0x09, 0x8d, 0xeb, 0x9c, 0x32, 0xb1, 0xfd, 0x86, 0x62, 0x05, 0x16, 0x5f, 0x49,
		0xb8, 0x00,
	];
	points[3] = [
		0x5f, 0x9c, 0x95, 0xbc, 0xa3, 0x50, 0x8c, 0x24, 0xb1, 0xd0, 0xb1, 0x55, 0x9c, 0x83, 0xef,
		0x5b, 0x04, 0x44, 0x5c, 0xc4, 0x58, 0x1c, 0x8e, 0x86, 0xd8, 0x22, 0x4e, 0xdd, 0xd0, 0x9f,
		0x11, 0x57,
	];
	let mut i = 4;
	while i < 7 {
		let mut point = [0xffu8; 32];
		// p - 1, p, p + 1: 0xec, 0xed, 0xee, then 30 bytes of 0xff, then 0x7f.
		point[0] = 0xec + (i as u8 - 4);
		point[31] = 0x7f;
		points[i] = point;
		i += 1;
	}
	points
};

/// Whether `key` is an X25519 public key of small order (see [`X25519_LOW_ORDER_POINTS`]).
pub fn is_low_order_x25519(key: &X25519PublicKey) -> bool {
	let mut canonical = *key;
	canonical[31] &= 0x7f;
	X25519_LOW_ORDER_POINTS.contains(&canonical)
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

	/// Whether `actor` may use `power` for `patient`: the patient's own account, or a
	/// representative whose scope holds it and whose representation has not ended.
	fn may(actor: &AccountId, patient: PatientId, power: PatientPower) -> bool {
		Self::relation(actor, patient).may(power)
	}

	/// Whether `patient` is registered and how `actor` stands to them (at most two reads: the
	/// patient, and the representation if `actor` is not the patient): what every access decision
	/// asks first.
	fn relation(actor: &AccountId, patient: PatientId) -> PatientRelation;

	/// Whether `representative` still represents `patient` with the consents scope: what a consent
	/// granted in the patient's name by a representative, and not confirmed by the patient, rests
	/// on (the consent lapses when the representation ends).
	fn represents_for_consents(representative: &AccountId, patient: PatientId) -> bool {
		matches!(
			Self::relation(representative, patient),
			PatientRelation::Representative(scope) if scope.consents
		)
	}

	/// The patient's current encryption key.
	fn encryption_key(patient: PatientId) -> Option<EncryptionKey>;
}

/// Told when a patient deactivates, so that what other pallets keep about the patient goes too.
/// The record pallet marks the patient's records for erasure of their locations, which then
/// happens in bounded steps; the timeline pallet removes the patient's timeline.
pub trait OnPatientDeactivated {
	/// `patient` deactivated. Returns the weight it used, at most [`Self::weight`].
	fn on_patient_deactivated(patient: PatientId) -> polkadot_sdk::sp_weights::Weight;

	/// The most weight [`Self::on_patient_deactivated`] may use.
	fn weight() -> polkadot_sdk::sp_weights::Weight;
}

impl OnPatientDeactivated for () {
	fn on_patient_deactivated(_patient: PatientId) -> polkadot_sdk::sp_weights::Weight {
		polkadot_sdk::sp_weights::Weight::zero()
	}

	fn weight() -> polkadot_sdk::sp_weights::Weight {
		polkadot_sdk::sp_weights::Weight::zero()
	}
}

/// Both are told, in order.
impl<A: OnPatientDeactivated, B: OnPatientDeactivated> OnPatientDeactivated for (A, B) {
	fn on_patient_deactivated(patient: PatientId) -> polkadot_sdk::sp_weights::Weight {
		A::on_patient_deactivated(patient).saturating_add(B::on_patient_deactivated(patient))
	}

	fn weight() -> polkadot_sdk::sp_weights::Weight {
		A::weight().saturating_add(B::weight())
	}
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

	/// Registers `who` with `role` at an existing `organisation` (invited and accepted).
	fn add_practitioner(
		organisation: OrganisationId,
		who: &AccountId,
		role: PractitionerRole,
	) -> Result<(), polkadot_sdk::sp_runtime::DispatchError>;

	/// An admin of `organisation` (as admitted by [`Self::register_practitioner`]).
	fn organisation_admin(organisation: OrganisationId) -> AccountId;

	/// Suspends `organisation`, as the council would.
	fn suspend_organisation(
		organisation: OrganisationId,
	) -> Result<(), polkadot_sdk::sp_runtime::DispatchError>;

	/// Appoints `representative` with `scope`, without end, for the patient held by
	/// `patient_account`.
	fn appoint_representative(
		patient_account: &AccountId,
		representative: &AccountId,
		scope: RepresentativeScope,
	) -> Result<(), polkadot_sdk::sp_runtime::DispatchError>;

	/// The patient held by `patient_account` removes `representative`.
	fn remove_representative(
		patient_account: &AccountId,
		representative: &AccountId,
	) -> Result<(), polkadot_sdk::sp_runtime::DispatchError>;
}

/// Sets "now" for benchmarks that need time to pass (a retention period, an expiry): the
/// runtime writes its timestamp, a test mock its clock.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkClock<Moment> {
	/// Makes `now` the current moment.
	fn set_now(now: Moment);
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn low_order_x25519_keys_are_recognised_whatever_bit_255_says() {
		for point in X25519_LOW_ORDER_POINTS {
			assert!(is_low_order_x25519(&point));
			let mut high = point;
			high[31] |= 0x80;
			assert!(is_low_order_x25519(&high));
		}
		// p - 1 ends in 0x7f after 0xec and thirty 0xff bytes.
		let mut minus_one = [0xffu8; 32];
		minus_one[0] = 0xec;
		minus_one[31] = 0x7f;
		assert!(is_low_order_x25519(&minus_one));
		// A key of full order (RFC 7748's Alice public key) is accepted.
		let alice = [
			0x85, 0x20, 0xf0, 0x09, 0x89, 0x30, 0xa7, 0x54, 0x74, 0x8b, 0x7d, 0xdc, 0xb4, 0x3e,
			0xf7, 0x5a, 0x0d, 0xbf, 0x3a, 0x0d, 0x26, 0x38, 0x1a, 0xf4, 0xeb, 0xa4, 0xa9, 0x8e,
			0xaa, 0x9b, 0x4e, 0x6a,
		];
		assert!(!is_low_order_x25519(&alice));
	}

	#[test]
	fn a_representative_may_only_what_its_scope_holds() {
		let scope = RepresentativeScope { consents: true, ..Default::default() };
		let relation = PatientRelation::Representative(scope);
		assert!(relation.may(PatientPower::Consents));
		assert!(!relation.may(PatientPower::Records));
		assert!(!relation.may(PatientPower::Keys));
		assert!(!relation.may(PatientPower::Deactivation));
		assert!(PatientRelation::Patient.may(PatientPower::Deactivation));
		assert!(!PatientRelation::Other.may(PatientPower::Records));
		assert!(!PatientRelation::Unknown.may(PatientPower::Records));
	}
}
