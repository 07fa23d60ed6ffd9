//! Stored types of the pallet.

use crate::Config;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{pallet_prelude::*, traits::fungible::Inspect};
use medledger_primitives::{
	EncryptionKey, OrganisationId, OrganisationKind, OrganisationStatus, PractitionerRole,
	RepresentativeScope,
};
use polkadot_sdk::{
	frame_support, frame_system, frame_system::pallet_prelude::BlockNumberFor, sp_core::H256,
};
use scale_info::TypeInfo;

/// Balance type of the configured currency.
pub type BalanceOf<T> =
	<<T as Config>::Currency as Inspect<<T as frame_system::Config>::AccountId>>::Balance;

/// Jurisdiction code: ISO 3166-1 alpha-2 (`DE`), optionally with an ISO 3166-2 subdivision
/// (`US-CA`, `GB-ENG`). At most 6 ASCII bytes.
pub type Jurisdiction = BoundedVec<u8, ConstU32<6>>;

/// An organisation in a chain spec's genesis: `(name, kind, jurisdiction, licence_hash, admin)`,
/// with the kind by its variant name (`"Hospital"`).
pub type GenesisOrganisation<AccountId> =
	(alloc::string::String, alloc::string::String, alloc::string::String, H256, AccountId);

/// Public name of an organisation (UTF-8). Organisations are not persons: their names are public.
pub type OrganisationName<T> = BoundedVec<u8, <T as Config>::MaxNameLength>;

/// An admitted organisation.
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
pub struct Organisation<T: Config> {
	/// Public name.
	pub name: OrganisationName<T>,
	/// What the organisation is.
	pub kind: OrganisationKind,
	/// Where it is licensed.
	pub jurisdiction: Jurisdiction,
	/// Hash of its licence credential (the credential itself stays off chain).
	pub licence_hash: H256,
	/// Active or suspended.
	pub status: OrganisationStatus,
	/// Accounts that manage the organisation's practitioners and admins; never empty.
	pub admins: BoundedVec<T::AccountId, T::MaxAdmins>,
	/// How many practitioners it has registered.
	pub practitioners: u32,
	/// How many of its invitations are waiting for the practitioner's answer. Practitioners and
	/// invitations together stay within `MaxPractitioners`.
	pub invitations: u32,
}

/// A practitioner registration.
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
pub struct Practitioner {
	/// The registering organisation.
	pub organisation: medledger_primitives::OrganisationId,
	/// The role there.
	pub role: PractitionerRole,
}

/// A registered patient. Holds keys, never personal data.
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
pub struct Patient<T: Config> {
	/// The account that holds the identity (signs for the patient).
	pub account: T::AccountId,
	/// Current X25519 encryption key and its version.
	pub encryption_key: EncryptionKey,
	/// Optional commitment to off-chain identifiers: a salted hash, never the identifier.
	pub commitment: Option<H256>,
	/// How many representatives the patient has (entries of `Representatives`).
	pub representatives: u32,
	/// Deposit held from `account` for this record.
	pub deposit: BalanceOf<T>,
	/// Block of registration.
	pub registered_at: BlockNumberFor<T>,
}

/// Who appointed a representative.
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
pub enum AppointedBy {
	/// The patient.
	Patient,
	/// An admin of this organisation, on a legal document (a parent's or a court's appointment).
	Organisation(OrganisationId),
}

/// A representative of a patient (FHIR RelatedPerson): acts within `scope` until `until`.
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
pub struct Representative<T: Config> {
	/// What the representative may do.
	pub scope: RepresentativeScope,
	/// The first block at which it no longer represents the patient (`None`: until removed).
	pub until: Option<BlockNumberFor<T>>,
	/// Who appointed it.
	pub appointed_by: AppointedBy,
	/// Hash of the legal document behind the appointment (required of an organisation).
	pub document_hash: Option<H256>,
}

/// How a patient's identity can be recovered (pallet-recovery's `RecoveryConfig`): `threshold`
/// of `contacts` approve a new account, which may claim the identity `delay` blocks after it
/// started the recovery. Contacts have no power over the patient's data.
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
pub struct RecoveryConfig<T: Config> {
	/// The accounts that may approve a recovery.
	pub contacts: BoundedVec<T::AccountId, T::MaxRecoveryContacts>,
	/// Approvals a recovery needs, at least 1 and at most the number of contacts.
	pub threshold: u32,
	/// Blocks between the start of a recovery and its claim, in which the patient or a majority
	/// of the contacts can cancel it.
	pub delay: BlockNumberFor<T>,
}

/// A recovery in progress: a new account asking for the patient's identity.
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
pub struct ActiveRecovery<T: Config> {
	/// The account the identity would move to; it started the recovery.
	pub new_account: T::AccountId,
	/// When it started.
	pub started_at: BlockNumberFor<T>,
	/// Held from `new_account` until the claim, or given to the patient's account when the
	/// recovery is cancelled.
	pub deposit: BalanceOf<T>,
	/// Contacts who approved, with the block of their approval: an approval counts for
	/// `ApprovalPeriod` blocks, and can be withdrawn.
	pub approvals: BoundedVec<(T::AccountId, BlockNumberFor<T>), T::MaxRecoveryContacts>,
	/// Contacts who voted to cancel; a majority of the contacts cancels.
	pub cancellations: BoundedVec<T::AccountId, T::MaxRecoveryContacts>,
}

/// Whether `code` is a valid jurisdiction: two upper-case letters, optionally `-` and one to three
/// upper-case letters or digits.
pub fn is_valid_jurisdiction(code: &[u8]) -> bool {
	let (country, rest) = code.split_at(code.len().min(2));
	if country.len() != 2 || !country.iter().all(u8::is_ascii_uppercase) {
		return false;
	}
	match rest {
		[] => true,
		[b'-', sub @ ..] =>
			(1..=3).contains(&sub.len()) &&
				sub.iter().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit()),
		_ => false,
	}
}
