//! The pallet's types.

use crate::Config;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use medledger_primitives::OrganisationId;
use polkadot_sdk::{
	frame_support::{dispatch::DispatchInfo, traits::fungible::Inspect, DebugNoBound},
	frame_system,
};
use scale_info::TypeInfo;

/// The balance of the currency deposits are held in.
pub type BalanceOf<T> =
	<<T as Config>::Currency as Inspect<<T as frame_system::Config>::AccountId>>::Balance;

/// A UTC day of the chain's timestamp, counted from the Unix epoch.
pub type Day = u32;

/// What a call would cost as an ordinary transaction (in the runtime:
/// `pallet-transaction-payment`'s fee, no tip).
pub trait CallFee<Balance> {
	/// The fee of a call of `len` bytes with `info`.
	fn call_fee(len: u32, info: &DispatchInfo) -> Balance;
}

/// An organisation's sponsoring: who relays, and what it may spend a day.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	PartialEq,
	Eq,
	DebugNoBound,
)]
#[codec(mel_bound())]
#[scale_info(skip_type_params(T))]
pub struct Sponsor<T: Config> {
	/// The account that submits the patients' meta transactions and pays for them.
	pub relayer: T::AccountId,
	/// Fees the organisation's sponsored calls may cost in a day.
	pub daily_budget: BalanceOf<T>,
	/// Fees counted on `day`.
	pub spent: BalanceOf<T>,
	/// The day `spent` counts.
	pub day: Day,
}

/// A sponsored patient account.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	PartialEq,
	Eq,
	DebugNoBound,
)]
#[codec(mel_bound())]
#[scale_info(skip_type_params(T))]
pub struct Sponsorship<T: Config> {
	/// The organisation that pays.
	pub organisation: OrganisationId,
	/// The account the deposit is held from (the relayer when the sponsorship began).
	pub depositor: T::AccountId,
	/// The deposit held.
	pub deposit: BalanceOf<T>,
	/// Sponsored calls made on `day`.
	pub calls: u32,
	/// The day `calls` counts.
	pub day: Day,
}
