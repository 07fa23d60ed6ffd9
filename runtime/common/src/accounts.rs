//! Accounts that live in cold storage: multisig accounts, proxies and batches.
//!
//! A council seat or an organisation's admin account can be a multisig of the organisation's
//! officers (`pallet-multisig`), and an account kept cold can let a hot key make a restricted set
//! of its calls (`pallet-proxy`) with one of the [`ProxyType`]s below. `pallet-utility` batches
//! calls, so a proxy or a multisig approves several in one signature. docs/governance.md, "Seats
//! and admin accounts in cold storage", shows each with polkadot.js Apps.
//!
//! Who can do what, and the worst they can do with it:
//!
//! | power | who | worst case |
//! |---|---|---|
//! | `multisig.as_multi`, `approve_as_multi` | a signatory | approve a call the other signatories must still approve: nothing runs below the threshold; it holds the first approver's deposit until executed or cancelled |
//! | `multisig.cancel_as_multi` | the first approver only | cancel a pending call (`NotOwner` for anyone else) |
//! | `proxy.add_proxy`, `remove_proxy`, `remove_proxies` | the delegating account | delegate within its own powers |
//! | `proxy.proxy` with `Any` | its proxy | everything the delegating account can do |
//! | `proxy.proxy` with `NonTransfer` | its proxy | everything but moving value: no balance transfer, no multisig approval, no sudo, no acting through the account's own proxies |
//! | `proxy.proxy` with `Governance` | its proxy | propose, vote and close council motions in the seat's name; not change the seat's key |
//! | `proxy.proxy` with `OrganisationAdmin` | its proxy | invite, withdraw invitations to, and remove practitioners; review emergency sessions; not change the organisation's admins |
//! | `proxy.create_pure`, `kill_pure` | anyone, for a pure account it spawned | lose the pure account's funds by killing it |
//! | `utility.batch`, `batch_all`, `force_batch`, `as_derivative` | anyone | only what the caller could do call by call: each call keeps the caller's origin and its filters |
//! | `utility.dispatch_as`, `with_weight` | root only | |
//!
//! A proxy's filter holds for calls nested in batches too (`pallet-proxy` filters the origin it
//! dispatches with), and a proxy can add only proxies it is itself a superset of
//! ([`ProxyType::is_superset`]).

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;

/// What a proxy may do for the account that added it. Each variant is a filter over the runtime's
/// calls (`InstanceFilter<RuntimeCall>`, implemented by each runtime through
/// [`impl_medledger_configs!`](crate::impl_medledger_configs)).
#[derive(
	Copy,
	Clone,
	Eq,
	PartialEq,
	Ord,
	PartialOrd,
	Encode,
	Decode,
	DecodeWithMemTracking,
	Debug,
	MaxEncodedLen,
	TypeInfo,
	Default,
)]
pub enum ProxyType {
	/// Every call.
	#[default]
	Any,
	/// Every call that cannot move value: not `Balances`, not `Multisig` (approving a multisig's
	/// call may move the multisig's funds), not `Sudo`, and not `Proxy.proxy` or
	/// `Proxy.proxy_announced` (acting for another account, with that account's filter, could move
	/// its funds).
	NonTransfer,
	/// The council's business in a seat's name: `Council` (propose, vote, close) and `Utility`
	/// (batches of those). Not `CouncilMembership.change_key`: moving the seat stays with the
	/// seat's own key.
	Governance,
	/// An organisation admin's day-to-day business: inviting practitioners, withdrawing
	/// invitations, removing practitioners, reviewing emergency sessions, and `Utility` batches
	/// of those. Not adding or removing admins: that stays with the admin's own key.
	OrganisationAdmin,
}

impl ProxyType {
	/// Whether a proxy of this type may add a proxy of type `other`: whether everything `other`
	/// allows, this allows too.
	pub fn is_superset(&self, other: &Self) -> bool {
		match (self, other) {
			(x, y) if x == y => true,
			(ProxyType::Any, _) => true,
			(_, ProxyType::Any) => false,
			(ProxyType::NonTransfer, _) => true,
			_ => false,
		}
	}
}
