//! Runtime APIs that clients (polkadot.js `api.call.*`) use to read MedLedger state in one call,
//! with every type described in the metadata.

use crate::identity::*;
use alloc::vec::Vec;
use codec::{Decode, Encode};
use scale_info::TypeInfo;

/// What an account is on the chain.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug, Default)]
pub struct AccountStanding {
	/// The patient identity the account holds.
	pub patient: Option<PatientId>,
	/// Its standing as a practitioner (only while the organisation is active).
	pub practitioner: Option<PractitionerStanding>,
	/// The organisation it administers.
	pub admin_of: Option<OrganisationId>,
}

/// An organisation as clients see it.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct OrganisationInfo<AccountId> {
	/// Public name (UTF-8).
	pub name: Vec<u8>,
	/// Kind of organisation.
	pub kind: OrganisationKind,
	/// ISO 3166 code (ASCII).
	pub jurisdiction: Vec<u8>,
	/// Hash of the licence credential.
	pub licence_hash: [u8; 32],
	/// Active or suspended.
	pub status: OrganisationStatus,
	/// Admin accounts.
	pub admins: Vec<AccountId>,
	/// Number of registered practitioners.
	pub practitioners: u32,
}

/// A patient as clients see it: keys and guardians, never personal data.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct PatientInfo<AccountId> {
	/// The account holding the identity.
	pub account: AccountId,
	/// Current encryption key and version.
	pub encryption_key: EncryptionKey,
	/// Whether a commitment to off-chain identifiers is set.
	pub has_commitment: bool,
	/// Guardians.
	pub guardians: Vec<AccountId>,
	/// Guardian approvals needed for recovery (0: disabled).
	pub recovery_threshold: u32,
}

polkadot_sdk::sp_api::decl_runtime_apis! {
	/// Reads identities: standing of an account, organisations, patients and their keys.
	pub trait IdentityApi<AccountId> where AccountId: codec::Codec {
		/// What `account` is: patient, practitioner in good standing, organisation admin.
		fn standing(account: AccountId) -> AccountStanding;
		/// An organisation, if admitted and not removed.
		fn organisation(organisation: OrganisationId) -> Option<OrganisationInfo<AccountId>>;
		/// A registered patient.
		fn patient(patient: PatientId) -> Option<PatientInfo<AccountId>>;
		/// A patient's current encryption key, to wrap data keys for them.
		fn encryption_key(patient: PatientId) -> Option<EncryptionKey>;
	}
}
