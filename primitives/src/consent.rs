//! Consent: what a patient allows (or forbids), and the one decision every pallet and client uses
//! to ask "may this account do this with that patient's data, now, and on what basis?".
//!
//! The vocabulary follows FHIR R4 `Consent.provision`: a provision is a permit or a deny
//! (`type`) for an actor (`actor`), a set of actions (`action`), purposes of use (`purpose`,
//! HL7 PurposeOfUse), data classes (`class`, here [`DataCategory`]), a period (`period`) and
//! optionally specific resources (`data`, here record ids).

use crate::identity::{OrganisationId, PatientId};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;

/// Opaque identifier of a consent entry, assigned by the chain and never reused.
pub type ConsentId = u64;

/// Opaque identifier of an emergency (break-glass) session, assigned by the chain.
pub type EmergencySessionId = u64;

/// Identifier of an anchored record (derived by the record pallet; 32 bytes).
pub type RecordId = [u8; 32];

/// A class of health data, modelled on the FHIR / US Core resource classes.
///
/// The last three are *sensitive*: special protection in law (e.g. 42 CFR Part 2 for substance
/// use disorder records). A broad grant ([`CategoryScope::AllStandard`]) never includes them, and
/// emergency access never opens them; only a grant that names them does. A deny with
/// [`CategoryScope::All`] covers them too.
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
	PartialOrd,
	Ord,
	Debug,
)]
pub enum DataCategory {
	/// AllergyIntolerance.
	Allergies,
	/// Condition (problems, diagnoses).
	Conditions,
	/// MedicationRequest, MedicationStatement, MedicationDispense.
	Medications,
	/// Laboratory Observations and DiagnosticReports.
	Laboratory,
	/// ImagingStudy and imaging reports.
	Imaging,
	/// Immunization.
	Immunizations,
	/// Procedure.
	Procedures,
	/// DocumentReference clinical notes.
	ClinicalNotes,
	/// Encounter.
	Encounters,
	/// Vital-sign Observations.
	VitalSigns,
	/// Genomic Observations and reports.
	Genomics,
	/// Sensitive: mental health.
	MentalHealth,
	/// Sensitive: substance use.
	SubstanceUse,
	/// Sensitive: sexual and reproductive health.
	SexualReproductiveHealth,
}

impl DataCategory {
	/// Every category, in declaration order.
	pub const ALL: [DataCategory; 14] = [
		Self::Allergies,
		Self::Conditions,
		Self::Medications,
		Self::Laboratory,
		Self::Imaging,
		Self::Immunizations,
		Self::Procedures,
		Self::ClinicalNotes,
		Self::Encounters,
		Self::VitalSigns,
		Self::Genomics,
		Self::MentalHealth,
		Self::SubstanceUse,
		Self::SexualReproductiveHealth,
	];

	/// Whether the category is sensitive: never implied by a broad grant or by emergency access.
	pub fn is_sensitive(&self) -> bool {
		matches!(self, Self::MentalHealth | Self::SubstanceUse | Self::SexualReproductiveHealth)
	}
}

/// What may be done with a record (FHIR `Consent.provision.action`).
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
	PartialOrd,
	Ord,
	Debug,
)]
pub enum ConsentAction {
	/// Read existing records.
	Read,
	/// Add new records.
	Append,
	/// Amend existing records (a new version).
	Amend,
}

/// Why data is used: HL7 v3 PurposeOfUse codes (FHIR `Consent.provision.purpose`).
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
	PartialOrd,
	Ord,
	Debug,
)]
pub enum Purpose {
	/// `TREAT`: treatment.
	Treatment,
	/// `ETREAT`: emergency treatment.
	EmergencyTreatment,
	/// `HPAYMT`: payment.
	Payment,
	/// `HOPERAT`: healthcare operations.
	Operations,
	/// `HRESCH`: research.
	Research,
	/// `PUBHLTH`: public health.
	PublicHealth,
	/// `PATRQT`: at the patient's request.
	PatientRequest,
}

/// Permit or deny (FHIR `Consent.provision.type`). A matching deny overrides every permit.
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
pub enum ConsentKind {
	/// Allows what it covers.
	Permit,
	/// Forbids what it covers, whatever else allows it.
	Deny,
}

/// Who a consent is for (FHIR `Consent.provision.actor`).
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub enum Grantee<AccountId> {
	/// Every practitioner in good standing at this organisation (none while it is suspended).
	Organisation(OrganisationId),
	/// One practitioner, while in good standing at an active organisation.
	Practitioner(AccountId),
	/// Another registered identity (a relative, an independent researcher): whoever holds that
	/// patient identity, so the grant follows the identity through key recovery.
	Individual(PatientId),
}

/// Which categories a consent covers (FHIR `Consent.provision.class`).
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub enum CategoryScope<Categories> {
	/// Every category that is not sensitive. Sensitive categories are never implied.
	AllStandard,
	/// Exactly these categories (sensitive ones included only if named here).
	Only(Categories),
	/// Every category, the sensitive ones included: "block this grantee from everything". Only
	/// a deny may have it; a permit names sensitive categories one by one.
	All,
}

impl<Categories> CategoryScope<Categories> {
	/// Whether the scope covers `category`, given a test for membership in an `Only` list.
	pub fn covers(&self, category: DataCategory, listed: impl FnOnce(&Categories) -> bool) -> bool {
		match self {
			Self::AllStandard => !category.is_sensitive(),
			Self::Only(list) => listed(list),
			Self::All => true,
		}
	}
}

/// What an emergency (break-glass) session permits, and nothing more: reading, and appending the
/// record of the emergency care given (`Append`), for emergency treatment, in categories that are
/// not sensitive. It never permits what a deny in force covers, and never a practitioner whom a
/// deny in force names (whatever that deny covers).
pub fn emergency_permits(category: DataCategory, action: ConsentAction, purpose: Purpose) -> bool {
	matches!(action, ConsentAction::Read | ConsentAction::Append) &&
		purpose == Purpose::EmergencyTreatment &&
		!category.is_sensitive()
}

/// Why access is permitted.
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
pub enum AccessBasis {
	/// The accessor is the patient, or a representative whose scope holds the patient's records.
	PatientOrRepresentative,
	/// A permit consent that is in force.
	Consent(ConsentId),
	/// An open emergency (break-glass) session.
	Emergency(EmergencySessionId),
}

/// Why access is denied.
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
pub enum DenyReason {
	/// The patient is not registered (or deactivated).
	UnknownPatient,
	/// No permit consent in force covers the request, and no emergency session does.
	NoConsent,
	/// A deny consent in force covers the request.
	DeniedByConsent(ConsentId),
}

/// The answer to "may `accessor` do `action` on `patient`'s `category` for `purpose`?".
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
pub enum AccessDecision<Moment> {
	/// Allowed, on `basis`, until `expires_at` (exclusive; `None`: until revoked). `expires_at`
	/// is the earlier of the basis's own end and the start of a deny already given that will
	/// then cover the request.
	Permit { basis: AccessBasis, expires_at: Option<Moment> },
	/// Not allowed, for `reason`.
	Deny { reason: DenyReason },
}

impl<Moment> AccessDecision<Moment> {
	/// Whether the decision permits access.
	pub fn is_permit(&self) -> bool {
		matches!(self, Self::Permit { .. })
	}

	/// The basis of a permit.
	pub fn basis(&self) -> Option<AccessBasis> {
		match self {
			Self::Permit { basis, .. } => Some(*basis),
			Self::Deny { .. } => None,
		}
	}
}

/// How other pallets (records, audit) ask for a consent decision. Implemented by
/// `pallet-consent-registry`; the answer is the same as the `ConsentApi` runtime API's.
pub trait ConsentChecker<AccountId, Moment> {
	/// Decide whether `accessor` may do `action` on `patient`'s data of `category` for `purpose`
	/// now; with `record`, for that record in particular. Also returns the weight the decision
	/// took (what it read), never more than [`Self::check_access_weight`], so that callers can
	/// charge what was done and refund the rest.
	fn check_access(
		patient: PatientId,
		accessor: &AccountId,
		category: DataCategory,
		action: ConsentAction,
		purpose: Purpose,
		record: Option<RecordId>,
	) -> (AccessDecision<Moment>, polkadot_sdk::sp_weights::Weight);

	/// The most weight one [`Self::check_access`] may take (its benchmarked worst case), for
	/// callers to include in the weight they declare before dispatch.
	fn check_access_weight() -> polkadot_sdk::sp_weights::Weight;

	/// The weight of the cheapest decision (the patient or a representative asking, or an unknown
	/// patient). A caller whose own benchmark writes as the patient has measured one such
	/// decision already, and adds only what its decisions took beyond it.
	fn check_access_min_weight() -> polkadot_sdk::sp_weights::Weight;
}
