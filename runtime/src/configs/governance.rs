//! The consortium council and what it decides, with every threshold stated here, in one place.
//!
//! Members are the governance accounts of the member organisations (`CouncilMembership`); the
//! council (`Council`, `pallet-collective`) votes on motions. A motion carries the number of
//! approvals it needs; the decision it dispatches then checks the proportion of the whole council
//! that approved, so a motion proposed with too low a threshold fails at dispatch. Members who do
//! not vote count as voting no. Root (sudo, present only in the development preset) can do
//! everything the council can, for development.

use crate::{
	configs::RuntimeBlockWeights, time::DAYS, AccountId, BlockNumber, Council, Runtime,
	RuntimeCall, RuntimeEvent, RuntimeOrigin,
};
use polkadot_sdk::{
	frame_support::{parameter_types, traits::EitherOfDiverse, weights::Weight},
	frame_system::EnsureRoot,
	pallet_collective::{DefaultVote, MemberCount},
	sp_runtime::Perbill,
	*,
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

/// Adds and removes validators: two thirds.
pub type ValidatorOrigin = EitherOfDiverse<EnsureRoot<AccountId>, CouncilTwoThirds>;

/// Authorises runtime upgrades: two thirds.
pub type UpgradeOrigin = EitherOfDiverse<EnsureRoot<AccountId>, CouncilTwoThirds>;

/// Changes the council's membership: two thirds.
pub type MembershipOrigin = EitherOfDiverse<EnsureRoot<AccountId>, CouncilTwoThirds>;

parameter_types! {
	/// How long a motion stays open; it closes earlier once its threshold is met.
	pub const CouncilMotionDuration: BlockNumber = 7 * DAYS;
	pub const CouncilMaxProposals: u32 = 100;
	pub const CouncilMaxMembers: u32 = 32;
	/// A motion may dispatch at most half a block.
	pub MaxProposalWeight: Weight = Perbill::from_percent(50) * RuntimeBlockWeights::get().max_block;
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

impl pallet_collective::Config<CouncilInstance> for Runtime {
	type RuntimeOrigin = RuntimeOrigin;
	type Proposal = RuntimeCall;
	type RuntimeEvent = RuntimeEvent;
	type MotionDuration = CouncilMotionDuration;
	type MaxProposals = CouncilMaxProposals;
	type MaxMembers = CouncilMaxMembers;
	type DefaultVote = AbstentionsCountAsNays;
	type WeightInfo = pallet_collective::weights::SubstrateWeight<Runtime>;
	// Membership changes go through `CouncilMembership`, never directly.
	type SetMembersOrigin = EnsureRoot<AccountId>;
	type MaxProposalWeight = MaxProposalWeight;
	type DisapproveOrigin = MembershipOrigin;
	type KillOrigin = MembershipOrigin;
	type Consideration = ();
}

impl pallet_membership::Config<CouncilInstance> for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type AddOrigin = MembershipOrigin;
	type RemoveOrigin = MembershipOrigin;
	type SwapOrigin = MembershipOrigin;
	type ResetOrigin = MembershipOrigin;
	type PrimeOrigin = MembershipOrigin;
	type MembershipInitialized = Council;
	type MembershipChanged = Council;
	type MaxMembers = CouncilMaxMembers;
	type WeightInfo = pallet_membership::weights::SubstrateWeight<Runtime>;
}
