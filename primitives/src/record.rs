//! Records: pointers to encrypted records kept off chain, their versions, Merkle roots and the
//! access log, as clients and other pallets see them.

use crate::{
	consent::{AccessBasis, DenyReason, RecordId, Tag},
	identity::{OrganisationId, PatientId},
};
use alloc::vec::Vec;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;

/// Identifier of a Merkle root, assigned by the chain.
pub type MerkleRootId = u64;

/// The hash function a content hash was made with.
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
pub enum HashAlgorithm {
	/// SHA-256 (FIPS 180-4), what most FHIR servers and storage systems compute.
	Sha2_256,
	/// BLAKE2b-256, the chain's own hash.
	Blake2_256,
}

/// The answer of `RecordApi::verify`.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub enum Verification<AccountId, Moment> {
	/// The hash is the content hash of `version` of the record.
	Valid { version: u32, current: bool, author: AccountId, anchored_at: Moment },
	/// The record exists, but no version has this hash.
	Mismatch,
	/// The record was erased at `erased_at`; its hashes remain as proof that it existed.
	Erased { erased_at: Moment },
	/// No record with this id.
	Unknown,
}

/// A record as clients see it: pointers and hashes, never content.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct RecordInfo<AccountId, Moment> {
	/// The record's id.
	pub id: RecordId,
	/// The patient it belongs to.
	pub patient: PatientId,
	/// Its class: one tag for its category and sensitivity labels (see [`Tag`]).
	pub class: Tag,
	/// The hash of its emergency key: the key its custodian presents to log an emergency read.
	pub emergency_commitment: [u8; 32],
	/// Who anchored the first version.
	pub author: AccountId,
	/// The organisation that keeps the encrypted content: only its practitioners log reads.
	pub custodian: OrganisationId,
	/// When the first version was anchored.
	pub created_at: Moment,
	/// The current version (1 for the first).
	pub current_version: u32,
	/// Content hash of the current version.
	pub content_hash: [u8; 32],
	/// Its hash algorithm.
	pub algorithm: HashAlgorithm,
	/// Where the encrypted content of the current version is (empty once erased).
	pub location: Vec<u8>,
	/// Hash of the current version's key-envelope manifest, if any.
	pub key_manifest: Option<[u8; 32]>,
	/// When it was erased, if it was.
	pub erased_at: Option<Moment>,
}

/// One page of a patient's records.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct RecordPage<AccountId, Moment> {
	/// The records on this page.
	pub records: Vec<RecordInfo<AccountId, Moment>>,
	/// Pass as `start_after` for the next page; `None` on the last page.
	pub next: Option<RecordId>,
}

/// What happened when access was logged.
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
pub enum AccessOutcome {
	/// Access was permitted on this basis.
	Permitted(AccessBasis),
	/// Access was attempted and denied, for this reason.
	Denied(DenyReason),
}

/// One entry of a patient's access log, as clients see it.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct AccessLogEntry<AccountId, Moment> {
	/// Position in the patient's log (1, 2, ...; never reused).
	pub seq: u64,
	/// The record accessed.
	pub record: RecordId,
	/// Who read it.
	pub accessor: AccountId,
	/// Who wrote the entry (the accessor, or the custodian serving the record).
	pub logged_by: AccountId,
	/// Why: the purpose tag the decision was asked for.
	pub purpose: Tag,
	/// Permitted (and on which basis) or denied (and why).
	pub outcome: AccessOutcome,
	/// When.
	pub at: Moment,
}

/// One read (or refused read) a custodian's record gateway decided and answered off chain: a
/// leaf of one of the custodian's access-log roots (`RecordAnchor::AccessLogRoots`). The leaf's
/// hash is BLAKE2-256 of its SCALE encoding; the tree is `binary-merkle-tree`'s. The patient gets
/// their leaves with proofs from the gateway, checks them against the root on chain
/// (`RecordApi::verify_in_access_log_root`), and can re-run the decision at `decided_at`.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct AccessLogLeaf<AccountId, Moment> {
	/// The patient whose record was read.
	pub patient: PatientId,
	/// The record.
	pub record: RecordId,
	/// Who asked to read it.
	pub accessor: AccountId,
	/// Why: the purpose tag the decision was asked for.
	pub purpose: Tag,
	/// Served (on which basis) or refused (why).
	pub outcome: AccessOutcome,
	/// When the gateway answered (milliseconds since the Unix epoch, by the gateway's clock).
	pub at: Moment,
	/// The hash of the block whose state decided (`ConsentApi::check_access` at that block).
	pub decided_at: [u8; 32],
}

/// One page of a patient's access log, oldest first.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct AccessLogPage<AccountId, Moment> {
	/// The entries on this page (`items`, not `entries`: polkadot.js structs are maps, and
	/// `entries` would name the map method).
	pub items: Vec<AccessLogEntry<AccountId, Moment>>,
	/// Pass as `from` for the next page; `None` on the last page.
	pub next: Option<u64>,
}
