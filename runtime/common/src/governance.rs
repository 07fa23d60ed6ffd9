//! The consortium council and what it decides, with every threshold stated here, in one place.
//!
//! Members are the governance accounts of the member organisations (`CouncilMembership`); the
//! council (`Council`, `pallet-collective`) votes on motions. A motion carries the number of
//! approvals it needs; the decision it dispatches then checks the proportion of the whole council
//! that approved, so a motion proposed with too low a threshold fails at dispatch. Members who do
//! not vote count as voting no. Root (sudo, present only in the development presets) can do
//! everything the council can, for development.
//!
//! The same council governs both runtimes; on a parachain, its validators are the collators.

use crate::{AccountId, BlockNumber};
use core::marker::PhantomData;
use polkadot_sdk::{
	frame_support::{
		parameter_types,
		traits::{EitherOfDiverse, Get},
		weights::Weight,
	},
	frame_system::{limits::BlockWeights, EnsureRoot},
	pallet_collective::{self, DefaultVote, MemberCount},
	sp_runtime::Perbill,
};

/// The council's instance of `pallet-collective` (and of `pallet-membership`).
pub type CouncilInstance = pallet_collective::Instance1;

/// More than half of the council.
pub type CouncilMajority =
	pallet_collective::EnsureProportionMoreThan<AccountId, CouncilInstance, 1, 2>;

/// At least two thirds of the council.
pub type CouncilTwoThirds =
	pallet_collective::EnsureProportionAtLeast<AccountId, CouncilInstance, 2, 3>;

/// Admits, suspends, reinstates and removes organisations: a council majority.
pub type OrganisationOrigin = EitherOfDiverse<EnsureRoot<AccountId>, CouncilMajority>;

/// Adds and removes validators (collators on a parachain): two thirds.
pub type ValidatorOrigin = EitherOfDiverse<EnsureRoot<AccountId>, CouncilTwoThirds>;

/// Authorises runtime upgrades: two thirds.
pub type UpgradeOrigin = EitherOfDiverse<EnsureRoot<AccountId>, CouncilTwoThirds>;

/// Cancels an authorised upgrade during its delay: a majority. Members who no longer want what
/// two thirds authorised (a flaw found in review, a rebuild that does not match the hash) stop it
/// before it can run; the worst a majority can do with it is delay upgrades it does not want.
pub type UpgradeVetoOrigin = EitherOfDiverse<EnsureRoot<AccountId>, CouncilMajority>;

/// Changes the council's membership: two thirds.
pub type MembershipOrigin = EitherOfDiverse<EnsureRoot<AccountId>, CouncilTwoThirds>;

/// How long a motion stays open, in days (of the runtime's blocks); it closes earlier once its
/// threshold is met.
pub const COUNCIL_MOTION_DAYS: BlockNumber = 7;
/// Between an upgrade's authorisation and its enactment, where the genesis set none, in days: a
/// day to rebuild the code, compare its hash and cancel (`consortium.cancel_upgrade`).
pub const UPGRADE_DELAY_DAYS: BlockNumber = 1;

parameter_types! {
	pub const CouncilMaxProposals: u32 = 100;
	pub const CouncilMaxMembers: u32 = 32;
}

/// A motion may dispatch at most half a block (of the runtime's `BlockWeights`).
pub struct MaxProposalWeight<W>(PhantomData<W>);

impl<W: Get<BlockWeights>> Get<Weight> for MaxProposalWeight<W> {
	fn get() -> Weight {
		Perbill::from_percent(50) * W::get().max_block
	}
}

/// Members who did not vote by the end of a motion count as voting no, whatever the others or a
/// prime member voted: a decision needs its approvals given explicitly. (`pallet-collective`'s
/// `MoreThanMajorityThenPrimeDefaultVote` would count them as ayes once a simple majority approved,
/// letting a majority pass a two-thirds decision by waiting out the motion.)
pub struct AbstentionsCountAsNays;

impl DefaultVote for AbstentionsCountAsNays {
	fn default_vote(
		_prime: Option<bool>,
		_ayes: MemberCount,
		_nays: MemberCount,
		_seats: MemberCount,
	) -> bool {
		false
	}
}
