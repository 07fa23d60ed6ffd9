//! Stored types of the pallet.

use crate::Config;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{pallet_prelude::*, traits::fungible::Inspect};
use medledger_primitives::{EncryptionKey, OrganisationKind, OrganisationStatus, PractitionerRole};
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

/// A registered patient. Holds keys and guardians, never personal data.
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
	/// Accounts that may act for the patient (and approve a recovery).
	pub guardians: BoundedVec<T::AccountId, T::MaxGuardians>,
	/// Guardian approvals needed to move the identity to a new account; 0 disables recovery.
	pub recovery_threshold: u32,
	/// Deposit held from `account` for this record.
	pub deposit: BalanceOf<T>,
	/// Block of registration.
	pub registered_at: BlockNumberFor<T>,
}

/// A recovery in progress: guardians approving a move of the identity to `new_account`.
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
pub struct Recovery<T: Config> {
	/// The account the identity moves to.
	pub new_account: T::AccountId,
	/// Guardians who approved so far.
	pub approvals: BoundedVec<T::AccountId, T::MaxGuardians>,
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
