//! A deliberate, minimal XCM configuration. The relay chain is the parent and the only location
//! trusted; siblings are not trusted with anything.
//!
//! - **Executed:** only what the relay chain sends, without payment (it asks with
//!   `UnpaidExecution`), version subscriptions from it, and responses to this chain's own queries.
//!   Every other message (a sibling's, one that offers to pay) is refused at the barrier: this
//!   chain sells no block space over XCM (no `Trader`).
//! - **As whom:** a `Transact` from the relay chain's root runs as root here (`ParentAsSuperuser`),
//!   as on the fellowship's system parachains. The relay chain can replace this chain's code in any
//!   case; this is the consortium's way back if its own governance cannot act.
//! - **Assets:** none move. No asset transactor, no reserves, no teleporters; `pallet-xcm`'s
//!   execute, teleport and reserve-transfer calls are filtered out. The chain's token pays fees and
//!   deposits here and nowhere else.
//! - **Sent:** only to the relay chain (UMP) and only by root (`pallet_xcm::send`); no XCMP to
//!   siblings.

use crate::{
	AccountId, AllPalletsWithSystem, Balances, ParachainInfo, ParachainSystem, PolkadotXcm,
	Runtime, RuntimeCall, RuntimeEvent, RuntimeOrigin,
};
use polkadot_sdk::{
	frame_support::{
		parameter_types,
		traits::{ConstU32, Contains, Equals, Everything, Nothing},
		weights::Weight,
	},
	frame_system::{EnsureRoot, EnsureRootWithSuccess},
	staging_xcm::latest::prelude::*,
	staging_xcm_builder::{
		AllowExplicitUnpaidExecutionFrom, AllowKnownQueryResponses, AllowSubscriptionsFrom,
		FixedWeightBounds, FrameTransactionalProcessor, ParentAsSuperuser, ParentIsPreset,
		SiblingParachainConvertsVia, TakeWeightCredit, TrailingSetTopicAsId, WithUniqueTopic,
	},
	staging_xcm_executor::XcmExecutor,
	*,
};

parameter_types! {
	/// The relay chain.
	pub const RelayLocation: Location = Location::parent();
	/// This chain, as the rest of the consensus system sees it.
	pub UniversalLocation: InteriorLocation = Parachain(ParachainInfo::parachain_id().into()).into();
	/// This chain itself, as the origin of what root sends.
	pub const HereLocation: Location = Location::here();
	/// polkadot-sdk's reference cost of one XCM instruction (1 ms and 64 KiB of proof).
	pub const UnitWeightCost: Weight = Weight::from_parts(1_000_000_000, 64 * 1024);
	pub const MaxInstructions: u32 = 100;
	pub const MaxAssetsIntoHolding: u32 = 64;
}

/// The accounts that represent other locations here: the relay chain's and siblings' sovereign
/// accounts (for HRMP channel deposits and the like; none of them is trusted with anything).
pub type LocationToAccountId = (
	ParentIsPreset<AccountId>,
	SiblingParachainConvertsVia<polkadot_parachain_primitives::primitives::Sibling, AccountId>,
);

/// What a `Transact` runs as: the relay chain's root as root; nothing else converts.
pub type XcmOriginToTransactDispatchOrigin = (ParentAsSuperuser<RuntimeOrigin>,);

/// The relay chain, and nothing else.
pub type ParentOnly = Equals<RelayLocation>;

/// What may execute here at all (see the module's documentation).
pub type Barrier = TrailingSetTopicAsId<(
	TakeWeightCredit,
	AllowKnownQueryResponses<PolkadotXcm>,
	AllowExplicitUnpaidExecutionFrom<ParentOnly>,
	AllowSubscriptionsFrom<ParentOnly>,
)>;

/// Messages go up to the relay chain only.
pub type XcmRouter =
	WithUniqueTopic<(cumulus_primitives_utility::ParentAsUmp<ParachainSystem, PolkadotXcm, ()>,)>;

/// A call a `Transact` may dispatch: anything (the only one who may `Transact` is the relay
/// chain's root, and it is root here).
pub type SafeCallFilter = Everything;

pub struct XcmConfig;

impl staging_xcm_executor::Config for XcmConfig {
	type RuntimeCall = RuntimeCall;
	type XcmSender = XcmRouter;
	type XcmEventEmitter = PolkadotXcm;
	type AssetTransactor = ();
	type OriginConverter = XcmOriginToTransactDispatchOrigin;
	type IsReserve = ();
	type IsTeleporter = ();
	type Aliasers = Nothing;
	type UniversalLocation = UniversalLocation;
	type Barrier = Barrier;
	type Weigher = FixedWeightBounds<UnitWeightCost, RuntimeCall, MaxInstructions>;
	type Trader = ();
	type ResponseHandler = PolkadotXcm;
	type AssetTrap = PolkadotXcm;
	type AssetLocker = ();
	type AssetExchanger = ();
	type SubscriptionService = PolkadotXcm;
	type PalletInstancesInfo = AllPalletsWithSystem;
	type MaxAssetsIntoHolding = MaxAssetsIntoHolding;
	type FeeManager = ();
	type MessageExporter = ();
	type UniversalAliases = Nothing;
	type CallDispatcher = RuntimeCall;
	type SafeCallFilter = SafeCallFilter;
	type TransactionalProcessor = FrameTransactionalProcessor;
	type HrmpNewChannelOpenRequestHandler = ();
	type HrmpChannelAcceptedHandler = ();
	type HrmpChannelClosingHandler = ();
	type XcmRecorder = PolkadotXcm;
}

/// No (location, message) pair passes: nobody executes XCM locally through `pallet-xcm`.
pub struct NoLocalExecution;

impl Contains<(Location, Xcm<RuntimeCall>)> for NoLocalExecution {
	fn contains(_: &(Location, Xcm<RuntimeCall>)) -> bool {
		false
	}
}

impl pallet_xcm::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	type CurrencyMatcher = ();
	type AuthorizedAliasConsideration = ();
	// Only root sends, as this chain.
	type SendXcmOrigin = EnsureRootWithSuccess<AccountId, HereLocation>;
	type XcmRouter = XcmRouter;
	type ExecuteXcmOrigin = EnsureRootWithSuccess<AccountId, HereLocation>;
	type XcmExecuteFilter = NoLocalExecution;
	type XcmExecutor = XcmExecutor<XcmConfig>;
	type XcmTeleportFilter = Nothing;
	type XcmReserveTransferFilter = Nothing;
	type Weigher = FixedWeightBounds<UnitWeightCost, RuntimeCall, MaxInstructions>;
	type UniversalLocation = UniversalLocation;
	type RuntimeOrigin = RuntimeOrigin;
	type RuntimeCall = RuntimeCall;
	const VERSION_DISCOVERY_QUEUE_SIZE: u32 = 100;
	type AdvertisedXcmVersion = pallet_xcm::CurrentXcmVersion;
	type AdminOrigin = EnsureRoot<AccountId>;
	type TrustedLockers = ();
	type SovereignAccountOf = LocationToAccountId;
	type MaxLockers = ConstU32<0>;
	type MaxRemoteLockConsumers = ConstU32<0>;
	type RemoteLockConsumerIdentifier = ();
	// Measured on this runtime (`weights.sh parachain`): root's calls to the relay chain; what is
	// filtered out above, or refused to signed origins, weighs `Weight::MAX`.
	type WeightInfo = crate::weights::pallet_xcm::WeightInfo<Runtime>;
}
