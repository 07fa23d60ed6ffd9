//! Configuration of the solo chain's own pallets: `frame_system` with the block's limits,
//! timestamp, Aura, GRANDPA and the session. The pallets it shares with the parachain runtime are
//! configured by `medledger_runtime_common::impl_medledger_configs!`, at the end of this module.

pub use medledger_runtime_common::{governance, parameters::*, MAX_AUTHORITIES};

use crate::{
	time::{BLOCK_REF_TIME, MINUTES, SLOT_DURATION},
	AccountId, Aura, Balance, Balances, Block, BlockNumber, ConsentRegistry, Council, Hash, Nonce,
	PalletInfo, PatientIdentity, Runtime, RuntimeCall, RuntimeEvent, RuntimeFreezeReason,
	RuntimeHoldReason, RuntimeOrigin, RuntimeTask, Sponsorship, System, Timeline, Timestamp,
	VERSION,
};
use medledger_runtime_common::weights;
use polkadot_sdk::{
	frame_support::{
		derive_impl,
		traits::{ConstBool, ConstU32, ConstU64},
		weights::Weight,
	},
	frame_system::limits::{BlockLength, BlockWeights},
	sp_consensus_aura::sr25519::AuthorityId as AuraId,
	*,
};

frame_support::parameter_types! {
	pub const BlockHashCount: BlockNumber = 2400;
	pub const Version: sp_version::RuntimeVersion = VERSION;

	/// A third of the 2-second block in compute (no proof-size limit: a solo chain's blocks are
	/// not validated by anyone else); the base costs of a block and of an extrinsic as measured on
	/// the reference machine.
	pub RuntimeBlockWeights: BlockWeights = medledger_runtime_common::block_weights(
		Weight::from_parts(BLOCK_REF_TIME, u64::MAX),
	);
	/// 5 MiB blocks, of which normal transactions may fill 75%.
	pub RuntimeBlockLength: BlockLength = medledger_runtime_common::block_length();
	pub const SS58Prefix: u16 = crate::currency::SS58_PREFIX;
	/// Validator (collator) set changes take effect at session boundaries.
	pub const SessionPeriod: BlockNumber = SESSION_MINUTES * MINUTES;
}

#[derive_impl(frame_system::config_preludes::SolochainDefaultConfig)]
impl frame_system::Config for Runtime {
	type Block = Block;
	type BlockWeights = RuntimeBlockWeights;
	type BlockLength = RuntimeBlockLength;
	type AccountId = AccountId;
	type Nonce = Nonce;
	type Hash = Hash;
	type BlockHashCount = BlockHashCount;
	/// The node stores state in ParityDB only; measured on the reference machine.
	type DbWeight = weights::ParityDbWeight;
	type SystemWeightInfo = weights::frame_system::WeightInfo<Runtime>;
	type ExtensionsWeightInfo = weights::frame_system_extensions::WeightInfo<Runtime>;
	type Version = Version;
	type AccountData = pallet_balances::AccountData<Balance>;
	type SS58Prefix = SS58Prefix;
	type MaxConsumers = ConstU32<16>;
	/// `pallet-migrations` runs the multi-block migrations (`SteppedMigrationList`).
	type MultiBlockMigrator = crate::MultiBlockMigrations;
}

impl pallet_aura::Config for Runtime {
	type AuthorityId = AuraId;
	type DisabledValidators = ();
	type MaxAuthorities = ConstU32<MAX_AUTHORITIES>;
	type AllowMultipleBlocksPerSlot = ConstBool<false>;
	type SlotDuration = pallet_aura::MinimumPeriodTimesTwo<Runtime>;
}

impl pallet_grandpa::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type WeightInfo = weights::pallet_grandpa::WeightInfo<Runtime>;
	type MaxAuthorities = ConstU32<MAX_AUTHORITIES>;
	type MaxNominators = ConstU32<0>;
	type MaxSetIdSessionEntries = ConstU64<0>;
	// No historical-session or offences pallet: equivocation reports are not accepted; the council
	// removes a misbehaving validator instead.
	type KeyOwnerProof = sp_core::Void;
	type EquivocationReportSystem = ();
}

impl pallet_timestamp::Config for Runtime {
	type Moment = crate::Moment;
	type OnTimestampSet = Aura;
	type MinimumPeriod = ConstU64<{ SLOT_DURATION / 2 }>;
	type WeightInfo = weights::pallet_timestamp::WeightInfo<Runtime>;
}

impl pallet_session::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type ValidatorId = AccountId;
	type ValidatorIdOf = sp_runtime::traits::ConvertInto;
	type ShouldEndSession = pallet_session::PeriodicSessions<SessionPeriod, ConstU32<0>>;
	type NextSessionRotation = pallet_session::PeriodicSessions<SessionPeriod, ConstU32<0>>;
	type SessionManager = crate::Consortium;
	type SessionHandler =
		<crate::opaque::SessionKeys as sp_runtime::traits::OpaqueKeys>::KeyTypeIdProviders;
	type Keys = crate::opaque::SessionKeys;
	type DisablingStrategy = ();
	type WeightInfo = weights::pallet_session::WeightInfo<Runtime>;
	type Currency = Balances;
	type KeyDeposit = SessionKeyDeposit;
}

medledger_runtime_common::impl_medledger_configs!();
