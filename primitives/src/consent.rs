//! Consent: what a patient allows (or forbids), and the one decision every pallet and client uses
//! to ask "may this account do this with that patient's data, now, and on what basis?".
//!
//! The vocabulary follows FHIR R5 `Consent.provision`: a provision is a permit or a deny for an
//! actor (`actor`), a set of actions (`action`), purposes of use (`purpose`, HL7 v3
//! PurposeOfUse), classes of data with their sensitivity labels (`documentType` or
//! `resourceType`, `securityLabel`), a period (`period`) and optionally specific resources
//! (`data`, here record ids). Classes and purposes are [`Tag`]s: every member's node reads the
//! chain, so what would say something about a patient's health is opaque to all but those the
//! patient shares the tag key with.

use crate::identity::{OrganisationId, PatientId};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;

/// Opaque identifier of a consent entry, assigned by the chain and never reused.
pub type ConsentId = u64;

/// Opaque identifier of an emergency (break-glass) session, assigned by the chain.
pub type EmergencySessionId = u64;

/// Opaque identifier of a consent request, assigned by the chain and never reused.
pub type ConsentRequestId = u64;

/// Identifier of an anchored record (derived by the record pallet; 32 bytes).
pub type RecordId = [u8; 32];

/// An opaque tag standing for a health fact of one patient: a record's class or a purpose of use.
///
/// The patient's wallet derives it as the 8-byte BLAKE2b hash of the patient's tag key (32 random
/// bytes, never on chain, shared off chain with those the patient grants), a domain and a code
/// (`scripts/sdk/src/privacy.ts`, [docs/privacy.md](../../docs/privacy.md#tags)). The chain only
/// compares tags: equality is all a decision needs, and a member without the key learns nothing
/// from them. Eight bytes: a patient has at most a few hundred tags, so two codes colliding is
/// negligible, and every byte of a consent's list is paid for in its fee.
pub type Tag = [u8; 8];

/// The public class of a record written under an emergency session, before the patient classifies
/// it (the practitioner breaking the glass holds no tag key). No consent may list it.
pub const EMERGENCY_CLASS: Tag = [0; 8];

/// The public purpose of a read or write under an emergency session (HL7 `ETREAT`, the only
/// purpose break-glass access serves). No consent may list it.
pub const EMERGENCY_PURPOSE: Tag = [0; 8];

/// Whether `tag` is one of the public tags reserved for emergency access.
pub fn is_reserved_tag(tag: &Tag) -> bool {
	*tag == EMERGENCY_CLASS || *tag == EMERGENCY_PURPOSE
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

/// Which classes of records a consent covers. A record's class is one tag for its category and
/// its sensitivity labels together (FHIR R5 `Consent.provision.documentType` or `resourceType`
/// with `securityLabel`), so a record labelled, say, HIV or substance use is covered only by a
/// consent that lists its class: a broad grant, which the wallet writes as the classes of the
/// unlabelled categories, never reaches it.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub enum ClassScope<Classes> {
	/// Exactly these classes.
	Only(Classes),
	/// Every class, labelled ones and records written in an emergency included: "block this
	/// grantee from everything". Only a deny may have it.
	All,
}

impl<Classes> ClassScope<Classes> {
	/// Whether the scope covers `class`, given a test for membership in an `Only` list.
	pub fn covers(&self, listed: impl FnOnce(&Classes) -> bool) -> bool {
		match self {
			Self::Only(list) => listed(list),
			Self::All => true,
		}
	}
}

/// What an emergency (break-glass) session permits, and nothing more, for the emergency purpose
/// only ([`EMERGENCY_PURPOSE`]): reading a record its keeper has shown may be opened in an
/// emergency (`opened`: the record's emergency key was presented and matched, which the author
/// arranges only for records without a sensitivity label) or that was written in an emergency
/// ([`EMERGENCY_CLASS`]); and appending the record of the emergency care, in that class. It never
/// permits what a deny in force covers, and never a practitioner whom a deny in force names.
pub fn emergency_permits(class: &Tag, action: ConsentAction, purpose: &Tag, opened: bool) -> bool {
	*purpose == EMERGENCY_PURPOSE &&
		match action {
			ConsentAction::Read => opened || *class == EMERGENCY_CLASS,
			ConsentAction::Append => *class == EMERGENCY_CLASS,
			ConsentAction::Amend => false,
		}
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

/// The answer to "may `accessor` do `action` on `patient`'s records of `class` for `purpose`?".
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
	/// Decide whether `accessor` may do `action` on `patient`'s records of `class` for `purpose`
	/// now; with `record`, for that record in particular (`emergency_opened`: its keeper checked
	/// the record's emergency key, see [`emergency_permits`]). Also returns the weight the
	/// decision took (what it read), never more than [`Self::check_access_weight`], so that
	/// callers can charge what was done and refund the rest.
	fn check_access(
		patient: PatientId,
		accessor: &AccountId,
		class: Tag,
		action: ConsentAction,
		purpose: Tag,
		record: Option<RecordId>,
		emergency_opened: bool,
	) -> (AccessDecision<Moment>, polkadot_sdk::sp_weights::Weight);

	/// The most weight one [`Self::check_access`] may take (its benchmarked worst case), for
	/// callers to include in the weight they declare before dispatch.
	fn check_access_weight() -> polkadot_sdk::sp_weights::Weight;

	/// The weight of the cheapest decision (the patient or a representative asking, or an unknown
	/// patient). A caller whose own benchmark writes as the patient has measured one such
	/// decision already, and adds only what its decisions took beyond it.
	fn check_access_min_weight() -> polkadot_sdk::sp_weights::Weight;
}

/// How an open consent request ended.
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
pub enum RequestOutcome {
	/// The patient or a representative accepted it: a consent came into force.
	Accepted,
	/// The patient or a representative declined it.
	Declined,
	/// The requester withdrew it.
	Withdrawn,
	/// It expired unanswered and someone cleared it.
	Expired,
}
