//! Stored types and call arguments of the pallet.

use crate::Config;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{pallet_prelude::*, traits::fungible::Inspect, DefaultNoBound};
use medledger_primitives::{
	ClassScope, ConsentAction, ConsentKind, EmergencySessionId, Grantee, OrganisationId, PatientId,
	RecordId, Tag,
};
use polkadot_sdk::{frame_support, frame_support::traits::Time, frame_system};
use scale_info::TypeInfo;

pub use medledger_primitives::RequestOutcome;

/// A moment in time: milliseconds since the Unix epoch, from [`Config::Time`].
pub type MomentOf<T> = <<T as Config>::Time as Time>::Moment;

/// Balance type of the configured currency.
pub type BalanceOf<T> =
	<<T as Config>::Currency as Inspect<<T as frame_system::Config>::AccountId>>::Balance;

/// The classes a consent lists: room for every unlabelled category (what a broad grant lists)
/// and as many labelled classes again.
pub type Classes = BoundedVec<Tag, ConstU32<32>>;
/// At most every action once.
pub type Actions = BoundedVec<ConsentAction, ConstU32<3>>;
/// The purposes a consent lists: a purpose and its specialisations (HL7 v3 PurposeOfUse), which
/// the wallet lists for it.
pub type Purposes = BoundedVec<Tag, ConstU32<16>>;
/// The records a consent is restricted to (empty: every record of its classes).
pub type Records<T> = BoundedVec<RecordId, <T as Config>::MaxRecordsPerConsent>;

/// What a consent covers: the argument of `grant_consent` and `deny_access`.
///
/// Lists are sorted and de-duplicated when stored. Maps to FHIR R5 `Consent.provision`:
/// `documentType`/`resourceType` with `securityLabel` (`classes`), `action`, `purpose`, `period`
/// (`starts_at`, `expires_at`) and `data` (`records`). Classes and purposes are the patient's
/// [`Tag`]s; only a deny may list the public emergency tag (zero), to refuse break-glass access.
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
pub struct ConsentTerms<T: Config> {
	/// Classes covered; `All` (denies only) is every class.
	pub classes: ClassScope<Classes>,
	/// Actions covered; not empty.
	pub actions: Actions,
	/// Purposes of use covered; not empty.
	pub purposes: Purposes,
	/// First moment in force (milliseconds since the Unix epoch); `None`: when granted. Not in
	/// the past.
	pub starts_at: Option<MomentOf<T>>,
	/// First moment no longer in force; `None`: until revoked. After `starts_at`.
	pub expires_at: Option<MomentOf<T>>,
	/// Only these records (empty: all records of the classes).
	pub records: Records<T>,
}

/// A consent entry, kept after revocation (as provable history) until removed.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[codec(mel_bound())]
#[scale_info(skip_type_params(T))]
pub struct Consent<T: Config> {
	/// Permit or deny.
	pub kind: ConsentKind,
	/// Who it is for.
	pub grantee: Grantee<T::AccountId>,
	/// Classes covered, sorted.
	pub classes: ClassScope<Classes>,
	/// Actions covered, sorted.
	pub actions: Actions,
	/// Purposes covered, sorted.
	pub purposes: Purposes,
	/// First moment in force.
	pub starts_at: MomentOf<T>,
	/// First moment no longer in force.
	pub expires_at: Option<MomentOf<T>>,
	/// Records it is restricted to, sorted (empty: all).
	pub records: Records<T>,
	/// For a permit to one practitioner: the organisation they acted for when it was granted.
	/// The permit decides only while they still act for it (it does not follow them elsewhere).
	pub organisation: Option<OrganisationId>,
	/// The patient or representative who granted it.
	pub granted_by: T::AccountId,
	/// Whether the patient granted or confirmed it. A permit a representative granted and the
	/// patient did not confirm decides only while that representative holds the consents scope.
	pub confirmed: bool,
	/// When it was granted.
	pub granted_at: MomentOf<T>,
	/// When it was revoked, if revoked.
	pub revoked_at: Option<MomentOf<T>>,
	/// Who paid the deposit (and gets it back on removal).
	pub depositor: T::AccountId,
	/// The deposit held.
	pub deposit: BalanceOf<T>,
}

impl<T: Config> Consent<T> {
	/// In force at `now`: not revoked, started and not yet expired.
	pub fn in_force(&self, now: MomentOf<T>) -> bool {
		self.revoked_at.is_none() &&
			self.starts_at <= now &&
			self.expires_at.is_none_or(|end| now < end)
	}

	/// Ended for good: revoked or expired. Anyone may then remove it.
	pub fn ended(&self, now: MomentOf<T>) -> bool {
		self.revoked_at.is_some() || self.expires_at.is_some_and(|end| now >= end)
	}

	/// Not revoked and not yet started: it will come into force at `starts_at`.
	pub fn scheduled(&self, now: MomentOf<T>) -> bool {
		self.revoked_at.is_none() && now < self.starts_at
	}

	/// Whether the consent speaks about this request (ignoring time and grantee).
	///
	/// A permit restricted to records covers only a request for one of them; a deny restricted
	/// to records also covers a request for the whole class, since that request includes them
	/// (deny is read broadly, permit narrowly).
	pub fn covers(
		&self,
		class: &Tag,
		action: ConsentAction,
		purpose: &Tag,
		record: Option<&RecordId>,
	) -> bool {
		let class_ok = self.classes.covers(|list| list.binary_search(class).is_ok());
		let records_ok = self.records.is_empty() ||
			match record {
				Some(r) => self.records.binary_search(r).is_ok(),
				None => self.kind == ConsentKind::Deny,
			};
		class_ok &&
			records_ok &&
			self.actions.binary_search(&action).is_ok() &&
			self.purposes.binary_search(purpose).is_ok()
	}
}

/// Why an emergency session was opened, as a commitment: the BLAKE2-256 hash of the
/// organisation's own note (its reason code, such as HL7 `ETREAT` or `BTG`, and any text),
/// prefixed with 32 random bytes the organisation keeps with the note. The note stays in the
/// organisation's records, where its review compares it with this hash; the chain, which every
/// member reads, learns only that a reason was committed to (the random prefix stops anyone
/// confirming a guessed note).
pub type ReasonHash = [u8; 32];

/// An emergency (break-glass) session, kept until the practitioner's organisation has reviewed
/// it: what [`emergency_permits`](medledger_primitives::emergency_permits) allows, for one
/// practitioner and one patient, from `opened_at` until `expires_at` or until closed.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[codec(mel_bound())]
#[scale_info(skip_type_params(T))]
pub struct EmergencySession<T: Config> {
	/// The patient.
	pub patient: PatientId,
	/// The practitioner who opened it.
	pub practitioner: T::AccountId,
	/// The organisation the practitioner acted for when opening it (who reviews it).
	pub organisation: OrganisationId,
	/// Why it was opened: a commitment to the organisation's note (see [`ReasonHash`]).
	pub reason_hash: ReasonHash,
	/// When it was opened.
	pub opened_at: MomentOf<T>,
	/// First moment it no longer permits access (set to the closing moment when closed early).
	pub expires_at: MomentOf<T>,
	/// Who closed it, if anyone has.
	pub closed_by: Option<T::AccountId>,
	/// Deposit held from the practitioner until the organisation has reviewed the session.
	pub deposit: BalanceOf<T>,
}

/// A practitioner's emergency access to one patient, as decisions read it: the latest session,
/// until it ends, and the earliest moment the practitioner may open another.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[codec(mel_bound())]
#[scale_info(skip_type_params(T))]
pub struct EmergencyAccess<T: Config> {
	/// The latest session.
	pub session: EmergencySessionId,
	/// The organisation it was opened for.
	pub organisation: OrganisationId,
	/// First moment it no longer permits access.
	pub expires_at: MomentOf<T>,
	/// First moment the practitioner may open another session for this patient: the expiry, or,
	/// after the patient, a representative or an organisation admin closed it, the close plus
	/// [`Config::EmergencyCooldown`].
	pub reopen_after: MomentOf<T>,
}

/// A practitioner's use of emergency access, against [`Config::MaxOpenEmergencySessions`] and
/// [`Config::MaxEmergencyOpeningsPerDay`].
#[derive(
	Encode,
	Decode,
	MaxEncodedLen,
	TypeInfo,
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
	DefaultNoBound,
)]
#[codec(mel_bound())]
#[scale_info(skip_type_params(T))]
pub struct EmergencyUsage<T: Config> {
	/// Sessions opened and not yet closed (an expired session counts until someone closes it).
	pub open: u32,
	/// The day of the latest opening (days since the Unix epoch, UTC).
	pub day: MomentOf<T>,
	/// Sessions opened on that day.
	pub opened_that_day: u32,
	/// Sessions opened in all.
	pub opened: u32,
}

/// An organisation's emergency sessions, for its after-the-fact review.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct EmergencyTally {
	/// Sessions its practitioners have opened in all.
	pub opened: u32,
	/// Sessions not yet reviewed by one of its admins.
	pub unreviewed: u32,
}

/// What an access decision read, so that callers are charged what it cost.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum DecisionCost {
	/// Only the patient's entry: the patient is unknown, or the patient or a representative asks.
	Patient,
	/// The accessor's standing, their grantee indices, `consents` consents from those indices,
	/// and possibly their emergency access.
	Scan {
		/// How many consents were read.
		consents: u32,
	},
}

/// What a consent request asks for, sealed for the patient: the requester has no tag key, so it
/// writes the terms in codes (classes, actions, purposes, period) and encrypts them to the
/// patient's X25519 key (`scripts/toolkit`); only the patient's wallet reads them, and writes the
/// consent, in tags, if it accepts. Room for a terms object and a short note.
pub type SealedTerms = BoundedVec<u8, ConstU32<512>>;

/// A provider's request for a consent, open until the patient or a representative accepts or
/// declines it, the requester withdraws it, or it expires.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[codec(mel_bound())]
#[scale_info(skip_type_params(T))]
pub struct ConsentRequest<T: Config> {
	/// Who asked: a practitioner in good standing or an admin of the grantee organisation.
	pub requester: T::AccountId,
	/// Whom the consent would permit: the requesting practitioner or their organisation.
	pub grantee: Grantee<T::AccountId>,
	/// The terms asked for, sealed for the patient ([`SealedTerms`]).
	pub sealed_terms: SealedTerms,
	/// The version of the patient's encryption key they are sealed for.
	pub key_version: u32,
	/// When it was made.
	pub requested_at: MomentOf<T>,
	/// First moment it can no longer be accepted.
	pub expires_at: MomentOf<T>,
	/// Held from the requester: [`Config::RequestDeposit`] and the consent's
	/// [`Config::ConsentDeposit`], which becomes the consent's deposit if accepted.
	pub deposit: BalanceOf<T>,
}
