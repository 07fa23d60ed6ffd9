//! Runtime APIs that clients (polkadot.js `api.call.*`) use to read MedLedger state in one call,
//! with every type described in the metadata.

use crate::{consent::*, identity::*, record::*, timeline::*};
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

/// A patient as clients see it: keys, representatives and recovery contacts, never personal data.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct PatientInfo<AccountId> {
	/// The account holding the identity.
	pub account: AccountId,
	/// Current encryption key and version.
	pub encryption_key: EncryptionKey,
	/// Whether a commitment to off-chain identifiers is set.
	pub has_commitment: bool,
	/// Representatives, whose scopes and ends are in `PatientIdentity::Representatives`.
	pub representatives: Vec<AccountId>,
	/// Recovery contacts (empty: recovery not set up).
	pub recovery_contacts: Vec<AccountId>,
	/// Contact approvals a recovery needs.
	pub recovery_threshold: u32,
}

/// A consent entry as clients see it.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct ConsentInfo<AccountId, Moment> {
	/// The consent's id.
	pub id: ConsentId,
	/// Permit or deny.
	pub kind: ConsentKind,
	/// Who it is for.
	pub grantee: Grantee<AccountId>,
	/// Classes covered.
	pub classes: ClassScope<Vec<Tag>>,
	/// Actions covered.
	pub actions: Vec<ConsentAction>,
	/// Purposes of use covered (tags).
	pub purposes: Vec<Tag>,
	/// First moment in force (milliseconds since the Unix epoch, as every date here).
	pub starts_at: Moment,
	/// First moment no longer in force (`None`: until revoked).
	pub expires_at: Option<Moment>,
	/// The records it is restricted to (empty: all records of the classes).
	pub records: Vec<RecordId>,
	/// The account that granted it (the patient or a representative).
	pub granted_by: AccountId,
	/// Whether the patient granted or confirmed it. One a representative granted and the patient
	/// did not confirm is in force only while that representative holds the consents scope.
	pub confirmed: bool,
	/// For a permit to one practitioner: the organisation they acted for when it was granted.
	/// It permits only while they still act for that organisation.
	pub organisation: Option<OrganisationId>,
	/// When it was granted.
	pub granted_at: Moment,
	/// When it was revoked, if revoked.
	pub revoked_at: Option<Moment>,
	/// Whether it is in force at the moment (the block's timestamp) the answer was computed at.
	pub in_force: bool,
}

/// One page of a patient's consents, in storage order.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct ConsentPage<AccountId, Moment> {
	/// The consents on this page.
	pub consents: Vec<ConsentInfo<AccountId, Moment>>,
	/// Pass as `start_after` to get the next page; `None` on the last page.
	pub next: Option<ConsentId>,
}

/// An open consent request as the patient's wallet sees it.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct ConsentRequestInfo<AccountId, Moment> {
	/// The request's id, to accept or close it.
	pub id: ConsentRequestId,
	/// Who asked.
	pub requester: AccountId,
	/// Whom the consent would permit.
	pub grantee: Grantee<AccountId>,
	/// The terms asked for, sealed for the patient's encryption key of `key_version`.
	pub sealed_terms: Vec<u8>,
	/// The version of the patient's encryption key they are sealed for.
	pub key_version: u32,
	/// When it was made.
	pub requested_at: Moment,
	/// First moment it can no longer be accepted (until then, expired requests are listed).
	pub expires_at: Moment,
}

// `check_access` takes the parts of an access question as separate arguments, as the decision is
// specified; the generated client code adds the block hash and more.
#[allow(clippy::too_many_arguments)]
mod apis {
	use super::*;

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

			/// Consent decisions and a patient's consents.
			pub trait ConsentApi<AccountId, Moment> where AccountId: codec::Codec, Moment: codec::Codec {
				/// May `accessor` do `action` on `patient`'s records of `class` for `purpose` now (for
				/// `record`, if given)? Permit with its basis and expiry, or deny with the reason.
				/// `emergency_key`: for an emergency read of `record`, the key its keeper holds (the
				/// record's emergency commitment is its BLAKE2-256).
				fn check_access(
					patient: PatientId,
					accessor: AccountId,
					class: Tag,
					action: ConsentAction,
					purpose: Tag,
					record: Option<RecordId>,
					emergency_key: Option<[u8; 32]>,
				) -> AccessDecision<Moment>;
				/// `patient`'s consents (revoked and expired ones included until removed), in storage order:
				/// at most `limit` (capped by the runtime) after `start_after`.
				fn consents(
					patient: PatientId,
					start_after: Option<ConsentId>,
					limit: u32,
				) -> ConsentPage<AccountId, Moment>;
				/// `patient`'s open consent requests, oldest first (expired ones until cleared).
				fn open_requests(patient: PatientId) -> Vec<ConsentRequestInfo<AccountId, Moment>>;
			}

		/// Records: verification against the chain, listings, Merkle roots and the access log.
		pub trait RecordApi<AccountId, Moment> where AccountId: codec::Codec, Moment: codec::Codec {
			/// Whether `content_hash` is the hash of a version of `record`.
			fn verify(record: RecordId, content_hash: [u8; 32]) -> Verification<AccountId, Moment>;
			/// A record with its current version.
			fn record(record: RecordId) -> Option<RecordInfo<AccountId, Moment>>;
			/// `patient`'s records in storage order: at most `limit` (capped) after `start_after`.
			fn records(
				patient: PatientId,
				start_after: Option<RecordId>,
				limit: u32,
			) -> RecordPage<AccountId, Moment>;
			/// Whether `content_hash` is leaf `leaf_index` of the Merkle root `merkle_root`, by
			/// `proof` (sibling hashes from the leaf up; leaves are BLAKE2-256 of the content hashes).
			fn verify_in_merkle_root(
				merkle_root: MerkleRootId,
				content_hash: [u8; 32],
				proof: Vec<[u8; 32]>,
				leaf_index: u32,
			) -> bool;
			/// `patient`'s access log, oldest first, from position `from`: at most `limit` (capped).
			fn access_log(patient: PatientId, from: u64, limit: u32) -> AccessLogPage<AccountId, Moment>;
			/// Whether `leaf` is leaf `leaf_index` of `custodian`'s access-log root at position
			/// `seq`, by `proof` (sibling hashes from the leaf up).
			fn verify_in_access_log_root(
				custodian: OrganisationId,
				seq: u64,
				leaf: AccessLogLeaf<AccountId, Moment>,
				proof: Vec<[u8; 32]>,
				leaf_index: u32,
			) -> bool;
		}

		/// The patient's timeline: what happened to their data, oldest first.
		pub trait TimelineApi<Moment> where Moment: codec::Codec {
			/// `patient`'s timeline from position `from` (or the oldest kept, if later): at most
			/// `limit` (capped) entries.
			fn timeline(patient: PatientId, from: u64, limit: u32) -> TimelinePage<Moment>;
		}
	}
}
pub use apis::*;
