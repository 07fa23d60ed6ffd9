//! Stored types and call arguments of the pallet.

use crate::Config;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{pallet_prelude::*, traits::fungible::Inspect, weights::Weight};
use medledger_primitives::{
	AccessOutcome, HashAlgorithm, OrganisationId, PatientId, RecordId, Tag,
};
use polkadot_sdk::{frame_support, frame_support::traits::Time, frame_system};
use scale_info::TypeInfo;

/// A moment in time: milliseconds since the Unix epoch, from [`Config::Time`].
pub type MomentOf<T> = <<T as Config>::Time as Time>::Moment;

/// Balance type of the configured currency.
pub type BalanceOf<T> =
	<<T as Config>::Currency as Inspect<<T as frame_system::Config>::AccountId>>::Balance;

/// Where the encrypted content is: `https://…`, `ipfs://…` or a relative FHIR reference
/// (`DocumentReference/abc-123`). Printable ASCII, no spaces.
pub type Location<T> = BoundedVec<u8, <T as Config>::MaxLocationLength>;

/// A record's emergency commitment: the BLAKE2-256 hash of its emergency key. The author makes
/// the key from the patient's tag key and the record (`emergencyKey` in
/// `scripts/sdk/src/privacy.ts`) for a record that may be read in an emergency, one without a
/// sensitivity label, and gives it to the custodian with the content; for any other record the
/// commitment is the hash of random bytes, which no key opens. Every member sees only a hash,
/// so which records are sensitive does not show; a custodian logging an emergency read presents
/// the key, and only that record (or its batch) is then known to have been openable.
pub type EmergencyCommitment = [u8; 32];

/// A new record: the argument of `anchor_record` (`anchor_batch` builds one per entry).
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
)]
#[codec(mel_bound())]
#[scale_info(skip_type_params(T))]
pub struct AnchorRequest<T: Config> {
	/// Whose record it is.
	pub patient: PatientId,
	/// Hash of the encrypted content.
	pub content_hash: [u8; 32],
	/// How `content_hash` was computed.
	pub algorithm: HashAlgorithm,
	/// Where the encrypted content is kept.
	pub location: Location<T>,
	/// Its class: the patient's tag for its category and sensitivity labels (decides which
	/// consents apply); [`EMERGENCY_CLASS`](medledger_primitives::EMERGENCY_CLASS) for the record
	/// of emergency care written under an emergency session.
	pub class: Tag,
	/// Hash of the key-envelope manifest (the data key wrapped for each authorised reader).
	pub key_manifest: Option<[u8; 32]>,
	/// Whether, and by which key, it may be opened in an emergency.
	pub emergency_commitment: EmergencyCommitment,
	/// Why it is written: the purpose tag the author's append consent must cover.
	pub purpose: Tag,
	/// The organisation that keeps the encrypted content: its practitioners, and only they, log
	/// reads of the record.
	pub custodian: OrganisationId,
}

/// Many records of one kind by one author, in one transaction: the argument of `anchor_batch`.
/// What the records share (class, hash algorithm, purpose, emergency commitment, the start of
/// their locations) is given once; each entry adds what is its own, so that a batch costs little
/// more than its content hashes in block space and fees.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
)]
#[codec(mel_bound())]
#[scale_info(skip_type_params(T))]
pub struct AnchorBatch<T: Config> {
	/// The records' class (see [`AnchorRequest::class`]).
	pub class: Tag,
	/// How their content hashes were computed.
	pub algorithm: HashAlgorithm,
	/// Why they are written: the purpose tag the author's append consents must cover.
	pub purpose: Tag,
	/// The emergency commitment of every record of the batch (they share their class, so they
	/// may be opened in an emergency alike).
	pub emergency_commitment: EmergencyCommitment,
	/// The organisation that keeps their encrypted content (see [`AnchorRequest::custodian`]).
	pub custodian: OrganisationId,
	/// The start every entry's location shares (`https://store.example/fhir/Observation/`), or
	/// nothing: an entry's location is `base` followed by the entry's `path`.
	pub base: Location<T>,
	/// The records, each anchored as `anchor_record` would.
	pub entries: BoundedVec<BatchEntry<T>, <T as Config>::MaxBatchSize>,
}

impl<T: Config> AnchorBatch<T> {
	/// How many runs of consecutive entries of one patient the batch has: the most consent
	/// decisions it may need (one per run).
	pub fn patient_runs(&self) -> u32 {
		let mut runs = 0u32;
		let mut last = None;
		for entry in &self.entries {
			if last != Some(entry.patient) {
				runs = runs.saturating_add(1);
				last = Some(entry.patient);
			}
		}
		runs
	}
}

/// One record of an [`AnchorBatch`].
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
)]
#[codec(mel_bound())]
#[scale_info(skip_type_params(T))]
pub struct BatchEntry<T: Config> {
	/// Whose record it is (compact: patient ids are small numbers).
	#[codec(compact)]
	pub patient: PatientId,
	/// Hash of the encrypted content.
	pub content_hash: [u8; 32],
	/// The rest of its location, after the batch's `base`.
	pub path: Location<T>,
	/// Hash of its key-envelope manifest.
	pub key_manifest: Option<[u8; 32]>,
}

/// A new version of an existing record: the argument of `amend_record`.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
)]
#[codec(mel_bound())]
#[scale_info(skip_type_params(T))]
pub struct Amendment<T: Config> {
	/// Hash of the new encrypted content.
	pub content_hash: [u8; 32],
	/// How it was computed.
	pub algorithm: HashAlgorithm,
	/// Where the new content is kept.
	pub location: Location<T>,
	/// Hash of the new key-envelope manifest.
	pub key_manifest: Option<[u8; 32]>,
	/// Why it is amended: the purpose tag the author's amend consent must cover.
	pub purpose: Tag,
	/// The organisation that keeps the new content, if it moved (`None`: the same custodian).
	pub custodian: Option<OrganisationId>,
}

/// Where the erasure of a deactivated patient's records stands: the raw storage key of the last
/// record erased (a `Records` key: 32 + 8 + 8 + 24 bytes), empty before the first.
pub type ErasureCursor = BoundedVec<u8, ConstU32<80>>;

/// The part of a [`RecordId`] after the patient id: 24 bytes of a BLAKE2-256 hash.
pub type RecordKey = [u8; 24];

/// A record: what stays the same across versions, and its current version. Earlier versions
/// are kept in `Versions`.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[codec(mel_bound())]
#[scale_info(skip_type_params(T))]
pub struct Record<T: Config> {
	/// Its class (see [`AnchorRequest::class`]).
	pub class: Tag,
	/// Whether, and by which key, it may be opened in an emergency.
	pub emergency_commitment: EmergencyCommitment,
	/// Who anchored the first version.
	pub author: T::AccountId,
	/// The organisation the author practised at when anchoring (`None`: the patient or a
	/// representative anchored). The author may erase the record only while practising there.
	pub author_organisation: Option<OrganisationId>,
	/// The organisation that keeps the encrypted content; only its practitioners in good
	/// standing log reads of the record.
	pub custodian: OrganisationId,
	/// When the first version was anchored.
	pub created_at: MomentOf<T>,
	/// The number of the current version: versions `1..current_version` are in `Versions`.
	pub current_version: u32,
	/// When it was erased; then no version has a location.
	pub erased_at: Option<MomentOf<T>>,
	/// The current version.
	pub current: Version<T>,
}

/// One version of a record. Never changed once superseded, except that erasure clears
/// `location`.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[codec(mel_bound())]
#[scale_info(skip_type_params(T))]
pub struct Version<T: Config> {
	/// Hash of the encrypted content.
	pub content_hash: [u8; 32],
	/// How it was computed.
	pub algorithm: HashAlgorithm,
	/// Where the content is (empty after erasure).
	pub location: Location<T>,
	/// Hash of the key-envelope manifest.
	pub key_manifest: Option<[u8; 32]>,
	/// Who anchored this version.
	pub author: T::AccountId,
	/// When.
	pub anchored_at: MomentOf<T>,
	/// Who paid the deposit for this version (and the record, for version 1).
	pub depositor: T::AccountId,
	/// The deposit held.
	pub deposit: BalanceOf<T>,
}

/// A Merkle root over many content hashes, anchored at once.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[codec(mel_bound())]
#[scale_info(skip_type_params(T))]
pub struct AnchoredMerkleRoot<T: Config> {
	/// The root (binary Merkle tree, BLAKE2-256; leaves are BLAKE2-256 of content hashes).
	pub root: [u8; 32],
	/// How many leaves the tree has.
	pub leaves: u32,
	/// Who anchored it.
	pub author: T::AccountId,
	/// The organisation the author acted for.
	pub organisation: OrganisationId,
	/// When.
	pub anchored_at: MomentOf<T>,
	/// The deposit held from the author.
	pub deposit: BalanceOf<T>,
}

/// One access-log entry; the writer (`logged_by`) pays its deposit until it is pruned.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[codec(mel_bound())]
#[scale_info(skip_type_params(T))]
pub struct LogEntry<T: Config> {
	/// The record accessed.
	pub record: RecordId,
	/// Who accessed it.
	pub accessor: T::AccountId,
	/// Who wrote the entry.
	pub logged_by: T::AccountId,
	/// Why: the purpose tag the decision was asked for.
	pub purpose: Tag,
	/// Permitted (on which basis) or denied (why).
	pub outcome: AccessOutcome,
	/// When.
	pub at: MomentOf<T>,
	/// The deposit held from `logged_by`.
	pub deposit: BalanceOf<T>,
}

/// A Merkle root over the reads and refusals a custodian's record gateway decided and answered
/// off chain ([`medledger_primitives::AccessLogLeaf`] leaves), anchored at once.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[codec(mel_bound())]
#[scale_info(skip_type_params(T))]
pub struct AccessLogRoot<T: Config> {
	/// The root (binary Merkle tree, BLAKE2-256; a leaf's hash is BLAKE2-256 of its SCALE
	/// encoding).
	pub root: [u8; 32],
	/// How many leaves the tree has (`leaves`, not `entries`: polkadot.js structs are maps).
	pub leaves: u32,
	/// The custodian's practitioner (its gateway's account) who anchored it.
	pub logged_by: T::AccountId,
	/// When.
	pub at: MomentOf<T>,
	/// The deposit held from `logged_by`.
	pub deposit: BalanceOf<T>,
}

/// A patient's access log, or a custodian's access-log roots, occupy positions `oldest..next`.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct LogBounds {
	/// The oldest entry still stored (entries before it were pruned).
	pub oldest: u64,
	/// The position the next entry gets.
	pub next: u64,
}

/// What a write did beyond what its own benchmark measures: the weight of its consent decisions
/// (the benchmark includes one for the patient) and whether its deposit was held rather than
/// taken from prepaid deposits (the benchmark prepays).
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct WriteCost {
	/// The weight of the consent decisions taken.
	pub decisions: Weight,
	/// Whether the deposit was held now.
	pub held: bool,
}
