//! Configuration of the parachain's own pallets: `frame_system` with the block's limits (a
//! proof-size limit within the relay chain's PoV), timestamp, Aura and its cumulus extension, the
//! session, `ParachainSystem`, the message queues ([`xcm`] for XCM). The pallets it shares with the
//! solo runtime are configured by `medledger_runtime_common::impl_medledger_configs!`, at the end
//! of this module.

pub mod xcm;

pub use medledger_runtime_common::{governance, parameters::*, MAX_AUTHORITIES};

use crate::{
	time::{BLOCK_REF_TIME, MINUTES, SLOT_DURATION},
	weights, AccountId, Aura, Balance, Balances, Block, BlockNumber, ConsentRegistry, Council,
	Hash, MessageQueue, Nonce, PalletInfo, ParachainSystem, PatientIdentity, Runtime, RuntimeCall,
	RuntimeEvent, RuntimeFreezeReason, RuntimeHoldReason, RuntimeOrigin, RuntimeTask, Sponsorship,
	System, Timeline, Timestamp, XcmpQueue, VERSION,
};
use core::marker::PhantomData;
use cumulus_primitives_core::{AggregateMessageOrigin, ParaId};
use polkadot_sdk::{
	frame_support::{
		derive_impl,
		traits::{
			ConstBool, ConstU32, ConstU64, EnqueueWithOrigin, QueueFootprint, QueuePausedQuery,
			TransformOrigin,
		},
		weights::Weight,
	},
	frame_system::{
		limits::{BlockLength, BlockWeights},
		EnsureRoot,
	},
	pallet_message_queue::OnQueueChanged,
	polkadot_runtime_common::xcm_sender::NoPriceForMessageDelivery,
	sp_consensus_aura::sr25519::AuthorityId as AuraId,
	sp_runtime::{traits::Convert, Perbill},
	staging_parachain_info as parachain_info, *,
};

/// Asynchronous backing: the relay chain's slot, in milliseconds.
pub const RELAY_CHAIN_SLOT_DURATION_MILLIS: u32 = 6000;
/// Parachain blocks per relay chain slot (one: 6-second blocks).
pub const BLOCK_PROCESSING_VELOCITY: u32 = 1;
/// Blocks a collator may build before the relay chain has included their parent.
pub const UNINCLUDED_SEGMENT_CAPACITY: u32 = 3;

/// Checks the unincluded segment and the blocks per relay chain slot.
pub type ConsensusHook = cumulus_pallet_aura_ext::FixedVelocityConsensusHook<
	Runtime,
	RELAY_CHAIN_SLOT_DURATION_MILLIS,
	BLOCK_PROCESSING_VELOCITY,
	UNINCLUDED_SEGMENT_CAPACITY,
>;

frame_support::parameter_types! {
	pub const BlockHashCount: BlockNumber = 4096;
	pub const Version: sp_version::RuntimeVersion = VERSION;

	/// A third of the 6-second block in compute (two seconds), and at most the relay chain's PoV
	/// size of storage proof: what a relay chain validator can check in time.
	pub RuntimeBlockWeights: BlockWeights = medledger_runtime_common::block_weights(
		Weight::from_parts(
			BLOCK_REF_TIME,
			cumulus_primitives_core::relay_chain::MAX_POV_SIZE as u64,
		),
	);
	/// 5 MiB blocks, of which normal transactions may fill 75%.
	pub RuntimeBlockLength: BlockLength = medledger_runtime_common::block_length();
	pub const SS58Prefix: u16 = crate::currency::SS58_PREFIX;
	/// Validator (collator) set changes take effect at session boundaries.
	pub const SessionPeriod: BlockNumber = SESSION_MINUTES * MINUTES;
}

#[derive_impl(frame_system::config_preludes::ParaChainDefaultConfig)]
impl frame_system::Config for Runtime {
	type Block = Block;
	type BlockWeights = RuntimeBlockWeights;
	type BlockLength = RuntimeBlockLength;
	type AccountId = AccountId;
	type Nonce = Nonce;
	type Hash = Hash;
	type BlockHashCount = BlockHashCount;
	/// The collators store state in ParityDB (`--database paritydb`); measured on the reference
	/// machine.
	type DbWeight = weights::ParityDbWeight;
	type SystemWeightInfo = weights::frame_system::WeightInfo<Runtime>;
	type ExtensionsWeightInfo = weights::frame_system_extensions::WeightInfo<Runtime>;
	type Version = Version;
	type AccountData = pallet_balances::AccountData<Balance>;
	type SS58Prefix = SS58Prefix;
	type MaxConsumers = ConstU32<16>;
	/// `pallet-migrations` runs the multi-block migrations (`SteppedMigrationList`).
	type MultiBlockMigrator = crate::MultiBlockMigrations;
	/// A runtime upgrade is scheduled with the relay chain and applied at its go-ahead.
	type OnSetCode = cumulus_pallet_parachain_system::ParachainSetCode<Self>;
}

impl cumulus_pallet_weight_reclaim::Config for Runtime {
	type WeightInfo = weights::cumulus_pallet_weight_reclaim::WeightInfo<Runtime>;
}

impl pallet_timestamp::Config for Runtime {
	type Moment = crate::Moment;
	type OnTimestampSet = Aura;
	// The relay chain's slot paces the blocks; Aura checks the slot.
	type MinimumPeriod = ConstU64<0>;
	type WeightInfo = weights::pallet_timestamp::WeightInfo<Runtime>;
}

impl pallet_aura::Config for Runtime {
	type AuthorityId = AuraId;
	type DisabledValidators = ();
	type MaxAuthorities = ConstU32<MAX_AUTHORITIES>;
	// Asynchronous backing may build more than one block in a slot; `ConsensusHook` bounds them.
	type AllowMultipleBlocksPerSlot = ConstBool<true>;
	type SlotDuration = ConstU64<SLOT_DURATION>;
}

impl cumulus_pallet_aura_ext::Config for Runtime {}

impl pallet_session::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type ValidatorId = AccountId;
	type ValidatorIdOf = sp_runtime::traits::ConvertInto;
	type ShouldEndSession = pallet_session::PeriodicSessions<SessionPeriod, ConstU32<0>>;
	type NextSessionRotation = pallet_session::PeriodicSessions<SessionPeriod, ConstU32<0>>;
	// The consortium's collators, changed by two thirds of the council.
	type SessionManager = crate::Consortium;
	type SessionHandler =
		<crate::opaque::SessionKeys as sp_runtime::traits::OpaqueKeys>::KeyTypeIdProviders;
	type Keys = crate::opaque::SessionKeys;
	type DisablingStrategy = ();
	type WeightInfo = weights::pallet_session::WeightInfo<Runtime>;
	type Currency = Balances;
	type KeyDeposit = SessionKeyDeposit;
}

frame_support::parameter_types! {
	/// A quarter of a block for messages from the relay chain, and a quarter for those of
	/// siblings, as the parachain template has it.
	pub ReservedXcmpWeight: Weight = RuntimeBlockWeights::get().max_block.saturating_div(4);
	pub ReservedDmpWeight: Weight = RuntimeBlockWeights::get().max_block.saturating_div(4);
	pub const RelayOrigin: AggregateMessageOrigin = AggregateMessageOrigin::Parent;
}

impl cumulus_pallet_parachain_system::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type OnSystemEvent = ();
	type SelfParaId = parachain_info::Pallet<Runtime>;
	type OutboundXcmpMessageSource = XcmpQueue;
	type DmpQueue = EnqueueWithOrigin<MessageQueue, RelayOrigin>;
	type ReservedDmpWeight = ReservedDmpWeight;
	type XcmpMessageHandler = XcmpQueue;
	type ReservedXcmpWeight = ReservedXcmpWeight;
	type CheckAssociatedRelayNumber =
		cumulus_pallet_parachain_system::RelayNumberMonotonicallyIncreases;
	type ConsensusHook = ConsensusHook;
	type WeightInfo = weights::cumulus_pallet_parachain_system::WeightInfo<Runtime>;
	// Build on the relay chain's latest block.
	type RelayParentOffset = ConstU32<0>;
	// V2 scheduling, as the relay chains of today run it.
	type SchedulingSignatureVerifier = ();
}

impl parachain_info::Config for Runtime {}

frame_support::parameter_types! {
	/// The message queue may use 35% of a block, as the parachain template has it.
	pub MessageQueueServiceWeight: Weight =
		Perbill::from_percent(35) * RuntimeBlockWeights::get().max_block;
}

impl pallet_message_queue::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type WeightInfo = weights::pallet_message_queue::WeightInfo<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type MessageProcessor =
		pallet_message_queue::mock_helpers::NoopMessageProcessor<AggregateMessageOrigin>;
	#[cfg(not(feature = "runtime-benchmarks"))]
	type MessageProcessor = staging_xcm_builder::ProcessXcmMessage<
		AggregateMessageOrigin,
		staging_xcm_executor::XcmExecutor<xcm::XcmConfig>,
		RuntimeCall,
	>;
	type Size = u32;
	type QueueChangeHandler = NarrowOriginToSibling<XcmpQueue>;
	type QueuePausedQuery = NarrowOriginToSibling<XcmpQueue>;
	type HeapSize = ConstU32<{ 103 * 1024 }>;
	type MaxStale = ConstU32<8>;
	type ServiceWeight = MessageQueueServiceWeight;
	type IdleMaxServiceWeight = ();
}

/// Passes a sibling's queue events and pause queries to the XCMP queue (which suspends and resumes
/// that sibling's channel); the relay chain's queue is never paused.
pub struct NarrowOriginToSibling<Inner>(PhantomData<Inner>);

impl<Inner: QueuePausedQuery<ParaId>> QueuePausedQuery<AggregateMessageOrigin>
	for NarrowOriginToSibling<Inner>
{
	fn is_paused(origin: &AggregateMessageOrigin) -> bool {
		match origin {
			AggregateMessageOrigin::Sibling(id) => Inner::is_paused(id),
			_ => false,
		}
	}
}

impl<Inner: OnQueueChanged<ParaId>> OnQueueChanged<AggregateMessageOrigin>
	for NarrowOriginToSibling<Inner>
{
	fn on_queue_changed(origin: AggregateMessageOrigin, footprint: QueueFootprint) {
		if let AggregateMessageOrigin::Sibling(id) = origin {
			Inner::on_queue_changed(id, footprint)
		}
	}
}

/// The message queue's origin of a sibling's messages.
pub struct ParaIdToSibling;

impl Convert<ParaId, AggregateMessageOrigin> for ParaIdToSibling {
	fn convert(para_id: ParaId) -> AggregateMessageOrigin {
		AggregateMessageOrigin::Sibling(para_id)
	}
}

impl cumulus_pallet_xcmp_queue::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type ChannelInfo = ParachainSystem;
	type VersionWrapper = crate::PolkadotXcm;
	type XcmpQueue = TransformOrigin<MessageQueue, AggregateMessageOrigin, ParaId, ParaIdToSibling>;
	type MaxInboundSuspended = ConstU32<1_000>;
	type MaxActiveOutboundChannels = ConstU32<128>;
	type MaxPageSize = ConstU32<{ 1 << 16 }>;
	type ControllerOrigin = EnsureRoot<AccountId>;
	type ControllerOriginConverter = xcm::XcmOriginToTransactDispatchOrigin;
	type WeightInfo = weights::cumulus_pallet_xcmp_queue::WeightInfo<Runtime>;
	type PriceForSiblingDelivery = NoPriceForMessageDelivery<ParaId>;
}

medledger_runtime_common::impl_medledger_configs!();
