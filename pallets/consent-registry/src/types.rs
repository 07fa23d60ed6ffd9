//! Stored types and call arguments of the pallet.

use crate::Config;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{pallet_prelude::*, traits::fungible::Inspect};
use medledger_primitives::{
	CategoryScope, ConsentAction, ConsentKind, DataCategory, EmergencySessionId, Grantee,
	OrganisationId, Purpose, RecordId,
};
use polkadot_sdk::{frame_support, frame_system, frame_system::pallet_prelude::BlockNumberFor};
use scale_info::TypeInfo;

/// Balance type of the configured currency.
pub type BalanceOf<T> =
	<<T as Config>::Currency as Inspect<<T as frame_system::Config>::AccountId>>::Balance;

/// At most every category once.
pub type Categories = BoundedVec<DataCategory, ConstU32<14>>;
/// At most every action once.
pub type Actions = BoundedVec<ConsentAction, ConstU32<3>>;
/// At most every purpose once.
pub type Purposes = BoundedVec<Purpose, ConstU32<7>>;
/// The records a consent is restricted to (empty: every record of its categories).
pub type Records<T> = BoundedVec<RecordId, <T as Config>::MaxRecordsPerConsent>;

/// What a consent covers: the argument of `grant_consent` and `deny_access`.
///
/// Lists are sorted and de-duplicated when stored. Maps to FHIR `Consent.provision`: `class`
/// (`categories`), `action`, `purpose`, `period` (`starts_at`, `expires_at`) and `data`
/// (`records`).
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
	/// Categories covered; `AllStandard` never includes sensitive ones.
	pub categories: CategoryScope<Categories>,
	/// Actions covered; not empty.
	pub actions: Actions,
	/// Purposes of use covered; not empty.
	pub purposes: Purposes,
	/// First block in force; `None`: the block the consent is granted in. Not in the past.
	pub starts_at: Option<BlockNumberFor<T>>,
	/// First block no longer in force; `None`: until revoked. After `starts_at`.
	pub expires_at: Option<BlockNumberFor<T>>,
	/// Only these records (empty: all records of the categories).
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
	/// Categories covered.
	pub categories: CategoryScope<Categories>,
	/// Actions covered, sorted.
	pub actions: Actions,
	/// Purposes covered, sorted.
	pub purposes: Purposes,
	/// First block in force.
	pub starts_at: BlockNumberFor<T>,
	/// First block no longer in force.
	pub expires_at: Option<BlockNumberFor<T>>,
	/// Records it is restricted to, sorted (empty: all).
	pub records: Records<T>,
	/// The patient or guardian who granted it.
	pub granted_by: T::AccountId,
	/// Block of the grant.
	pub granted_at: BlockNumberFor<T>,
	/// Block of the revocation, if revoked.
	pub revoked_at: Option<BlockNumberFor<T>>,
	/// Who paid the deposit (and gets it back on removal).
	pub depositor: T::AccountId,
	/// The deposit held.
	pub deposit: BalanceOf<T>,
}

impl<T: Config> Consent<T> {
	/// In force at `now`: not revoked, started and not yet expired.
	pub fn in_force(&self, now: BlockNumberFor<T>) -> bool {
		self.revoked_at.is_none() &&
			self.starts_at <= now &&
			self.expires_at.is_none_or(|end| now < end)
	}

	/// Ended for good: revoked or expired. Anyone may then remove it.
	pub fn ended(&self, now: BlockNumberFor<T>) -> bool {
		self.revoked_at.is_some() || self.expires_at.is_some_and(|end| now >= end)
	}

	/// Whether the consent speaks about this request (ignoring time and grantee).
	///
	/// A permit restricted to records covers only a request for one of them; a deny restricted
	/// to records also covers a request for the whole category, since that request includes
	/// them (deny is read broadly, permit narrowly).
	pub fn covers(
		&self,
		category: DataCategory,
		action: ConsentAction,
		purpose: Purpose,
		record: Option<&RecordId>,
	) -> bool {
		let category_ok = match &self.categories {
			CategoryScope::AllStandard => !category.is_sensitive(),
			CategoryScope::Only(list) => list.binary_search(&category).is_ok(),
		};
		let records_ok = self.records.is_empty() ||
			match record {
				Some(r) => self.records.binary_search(r).is_ok(),
				None => self.kind == ConsentKind::Deny,
			};
		category_ok &&
			records_ok &&
			self.actions.binary_search(&action).is_ok() &&
			self.purposes.binary_search(&purpose).is_ok()
	}
}

/// Why a practitioner opened emergency access (recorded and shown to the patient).
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
pub enum EmergencyReason {
	/// The patient is unconscious or otherwise unable to consent.
	PatientUnableToConsent,
	/// A life-threatening condition needs the record now.
	LifeThreatening,
	/// Urgent care where waiting for consent would harm the patient.
	UrgentCare,
	/// A mass-casualty or disaster situation.
	Disaster,
}

/// An emergency (break-glass) session: read access to a patient's non-sensitive categories for
/// one practitioner, until `expires_at`.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[codec(mel_bound())]
#[scale_info(skip_type_params(T))]
pub struct EmergencySession<T: Config> {
	/// The session's id.
	pub id: EmergencySessionId,
	/// The organisation the practitioner acted for when opening it.
	pub organisation: OrganisationId,
	/// Why it was opened.
	pub reason: EmergencyReason,
	/// Block it was opened in.
	pub opened_at: BlockNumberFor<T>,
	/// First block it no longer permits access.
	pub expires_at: BlockNumberFor<T>,
	/// Deposit held from the practitioner until the session is closed.
	pub deposit: BalanceOf<T>,
}

/// What an access decision read, so that callers are charged what it cost.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum DecisionCost {
	/// Only the patient's entry: the patient is unknown, or the patient or a guardian asks.
	Patient,
	/// The accessor's standing, their grantee indices, `consents` consents from those indices,
	/// and possibly an emergency session.
	Scan {
		/// How many consents were read.
		consents: u32,
	},
}
