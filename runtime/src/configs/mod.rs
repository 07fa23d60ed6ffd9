//! Configuration of every pallet in the runtime.

pub mod governance;

use crate::{
	currency::{EXISTENTIAL_DEPOSIT, MICRO_UNIT, MILLI_UNIT},
	time::{DAY_MS, HOUR_MS, SLOT_DURATION},
	weights, AccountId, Aura, Balance, Balances, Block, BlockNumber, ConsentRegistry, Hash, Nonce,
	PalletInfo, PatientIdentity, Runtime, RuntimeCall, RuntimeEvent, RuntimeFreezeReason,
	RuntimeHoldReason, RuntimeOrigin, RuntimeTask, System, Timestamp, VERSION,
};
use polkadot_sdk::{
	frame_support::{
		derive_impl,
		dispatch::DispatchClass,
		parameter_types,
		traits::{ConstBool, ConstU128, ConstU32, ConstU64, ConstU8, VariantCountOf},
		weights::{constants::WEIGHT_REF_TIME_PER_SECOND, IdentityFee, Weight},
	},
	frame_system::limits::{BlockLength, BlockWeights},
	pallet_transaction_payment::{ConstFeeMultiplier, FungibleAdapter, Multiplier},
	sp_consensus_aura::sr25519::AuthorityId as AuraId,
	sp_runtime::{traits::One, Perbill},
	*,
};

/// At most this many validators; bounds the Aura and GRANDPA authority sets.
pub const MAX_AUTHORITIES: u32 = 32;

/// Normal (non-operational) transactions may use up to 75% of a block.
const NORMAL_DISPATCH_RATIO: Perbill = Perbill::from_percent(75);

/// Two seconds of compute per 6-second block, the usual margin for import and propagation.
const MAXIMUM_BLOCK_WEIGHT: Weight =
	Weight::from_parts(2u64 * WEIGHT_REF_TIME_PER_SECOND, u64::MAX);

/// polkadot-sdk's `BlockWeights::with_sensible_defaults`, with the measured base weights: normal
/// transactions get 75% of the block, operational ones the rest, and on-initialize work is
/// expected to take a tenth.
fn block_weights() -> BlockWeights {
	let normal = NORMAL_DISPATCH_RATIO * MAXIMUM_BLOCK_WEIGHT;
	BlockWeights::builder()
		.base_block(weights::BlockExecutionWeight::get())
		.for_class(DispatchClass::all(), |class| {
			class.base_extrinsic = weights::ExtrinsicBaseWeight::get();
		})
		.for_class(DispatchClass::Normal, |class| class.max_total = Some(normal))
		.for_class(DispatchClass::Operational, |class| {
			class.max_total = Some(MAXIMUM_BLOCK_WEIGHT);
			class.reserved = Some(MAXIMUM_BLOCK_WEIGHT.saturating_sub(normal));
		})
		.avg_block_initialization(Perbill::from_percent(10))
		.build_or_panic()
}

parameter_types! {
	pub const BlockHashCount: BlockNumber = 2400;
	pub const Version: sp_version::RuntimeVersion = VERSION;

	/// Two seconds of compute per 6-second block, the usual margin for import and propagation;
	/// the base costs of a block and of an extrinsic as measured on the reference machine.
	pub RuntimeBlockWeights: BlockWeights = block_weights();
	/// 5 MiB blocks, of which normal transactions may fill 75%.
	pub RuntimeBlockLength: BlockLength = BlockLength::builder()
		.max_length(5 * 1024 * 1024)
		.modify_max_length_for_class(frame_support::dispatch::DispatchClass::Normal, |m| {
			*m = NORMAL_DISPATCH_RATIO * *m
		})
		.build();
	pub const SS58Prefix: u16 = crate::currency::SS58_PREFIX;
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
	type WeightInfo = ();
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

impl pallet_balances::Config for Runtime {
	type MaxLocks = ConstU32<50>;
	type MaxReserves = ();
	type ReserveIdentifier = [u8; 8];
	type Balance = Balance;
	type RuntimeEvent = RuntimeEvent;
	type DustRemoval = ();
	type ExistentialDeposit = ConstU128<EXISTENTIAL_DEPOSIT>;
	type AccountStore = System;
	type WeightInfo = weights::pallet_balances::WeightInfo<Runtime>;
	type FreezeIdentifier = RuntimeFreezeReason;
	type MaxFreezes = VariantCountOf<RuntimeFreezeReason>;
	type RuntimeHoldReason = RuntimeHoldReason;
	type RuntimeFreezeReason = RuntimeFreezeReason;
	type DoneSlashHandler = ();
}

parameter_types! {
	pub FeeMultiplier: Multiplier = Multiplier::one();
	/// One micro-unit per byte keeps large payloads (the usual bloat vector) paying their way.
	pub const TransactionByteFee: Balance = MICRO_UNIT;
}

impl pallet_transaction_payment::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type OnChargeTransaction = FungibleAdapter<Balances, ()>;
	type OperationalFeeMultiplier = ConstU8<5>;
	type WeightToFee = IdentityFee<Balance>;
	type LengthToFee = frame_support::weights::ConstantMultiplier<Balance, TransactionByteFee>;
	type FeeMultiplierUpdate = ConstFeeMultiplier<FeeMultiplier>;
	type WeightInfo = weights::pallet_transaction_payment::WeightInfo<Runtime>;
}

impl pallet_sudo::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type WeightInfo = pallet_sudo::weights::SubstrateWeight<Runtime>;
}

/// A deposit covering `items` storage items of `bytes` bytes in total (1 unit per item plus
/// 1 milli-unit per byte), the usual shape of deposits against state bloat.
pub const fn deposit(items: u32, bytes: u32) -> Balance {
	items as Balance * crate::currency::UNIT + bytes as Balance * MILLI_UNIT
}

/// A patient record: the record and the account index, at their largest encoded size.
#[cfg(not(feature = "upgrade-fixture"))]
pub const PATIENT_DEPOSIT: Balance = deposit(2, PATIENT_RECORD_MAX_BYTES);
/// The upgrade fixture halves the patient deposit; its migration re-prices existing patients.
#[cfg(feature = "upgrade-fixture")]
pub const PATIENT_DEPOSIT: Balance = deposit(2, PATIENT_RECORD_MAX_BYTES) / 2;

parameter_types! {
	pub const PatientDeposit: Balance = PATIENT_DEPOSIT;
}

/// Upper bound of a patient record and its index entry, in bytes (checked by a runtime test).
pub const PATIENT_RECORD_MAX_BYTES: u32 = 512;

/// Upper bound of a consent with its keys, listing entry and index entry, in bytes (runtime test).
pub const CONSENT_MAX_BYTES: u32 = 1024;

parameter_types! {
	/// A consent: the entry, its listing entry and its place in the grantee index, at their
	/// largest.
	pub const ConsentDeposit: Balance = deposit(3, CONSENT_MAX_BYTES);
	/// An emergency session, kept until reviewed, and the practitioner's access entry for the
	/// patient.
	pub const EmergencyDeposit: Balance = deposit(2, 256);
}

impl pallet_patient_identity::Config for Runtime {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type BlockNumberProvider = System;
	type OrganisationOrigin = governance::OrganisationOrigin;
	type PatientDeposit = PatientDeposit;
	type MaxNameLength = ConstU32<128>;
	type MaxAdmins = ConstU32<8>;
	type MaxPractitioners = ConstU32<10_000>;
	type MaxGuardians = ConstU32<8>;
	type WeightInfo = pallet_patient_identity::weights::SubstrateWeight<Runtime>;
}

impl pallet_consent_registry::Config for Runtime {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	// One clock, the block's timestamp, for consents and records: record writes are decided on
	// consents' periods, and periods are dates.
	type Time = Timestamp;
	type Identities = PatientIdentity;
	type ConsentDeposit = ConsentDeposit;
	type EmergencyDeposit = EmergencyDeposit;
	// Long enough to stabilise a patient; a new session needs a new, recorded decision.
	type EmergencyDuration = ConstU64<{ 4 * HOUR_MS }>;
	// After the patient's side closes a session, that practitioner waits a day for another.
	type EmergencyCooldown = ConstU64<DAY_MS>;
	// An emergency clinician treats a handful of patients at once; a mass-casualty shift more
	// in a day. Past these, a leaked or misused key cannot open the records of a ward.
	type MaxOpenEmergencySessions = ConstU32<8>;
	type MaxEmergencyOpeningsPerDay = ConstU32<24>;
	// Room for the load benchmarks' 10,000 grants of one patient; deposits bound real use.
	type MaxConsentsPerPatient = ConstU32<10_000>;
	// Bounds what one access decision reads: 3 grantee kinds x 16 consents.
	type MaxConsentsPerGrantee = ConstU32<16>;
	type MaxRecordsPerConsent = ConstU32<16>;
	type MaxPageSize = ConstU32<100>;
	type WeightInfo = pallet_consent_registry::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = PatientIdentity;
}

/// Upper bound of a record with its current version and key: one storage item (runtime test).
pub const RECORD_MAX_BYTES: u32 = 640;
/// Upper bound of one superseded version and its key, in bytes (runtime test): amending keeps
/// the previous version as one more item.
pub const VERSION_MAX_BYTES: u32 = 512;
/// Upper bound of one access-log entry, in bytes (runtime test).
pub const LOG_ENTRY_MAX_BYTES: u32 = 192;

parameter_types! {
	pub const RecordDeposit: Balance = deposit(1, RECORD_MAX_BYTES);
	pub const VersionDeposit: Balance = deposit(1, VERSION_MAX_BYTES);
	pub const BatchDeposit: Balance = deposit(1, 128);
	pub const LogDeposit: Balance = deposit(1, LOG_ENTRY_MAX_BYTES);
}

impl pallet_record_anchor::Config for Runtime {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Time = Timestamp;
	type Identities = PatientIdentity;
	type Consents = ConsentRegistry;
	type RecordDeposit = RecordDeposit;
	type VersionDeposit = VersionDeposit;
	type BatchDeposit = BatchDeposit;
	type LogDeposit = LogDeposit;
	type MaxLocationLength = ConstU32<256>;
	type MaxVersions = ConstU32<32>;
	// Bulk anchoring amortises the per-transaction work over many records; 256 entries stay a
	// small part of a block by weight and by length.
	type MaxBatchSize = ConstU32<256>;
	// HIPAA 164.316(b)(2)(i): keep documentation of access six years.
	type LogRetention = ConstU64<{ 6 * 365 * DAY_MS }>;
	type MaxPrune = ConstU32<100>;
	type MaxPageSize = ConstU32<100>;
	type WeightInfo = pallet_record_anchor::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = PatientIdentity;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkClock = crate::benchmarks::TimestampClock;
}

parameter_types! {
	/// Validator-set changes take effect at session boundaries: every 10 minutes.
	pub const SessionPeriod: BlockNumber = 10 * crate::time::MINUTES;
	pub const SessionOffset: BlockNumber = 0;
	/// Held while a validator's session keys are registered.
	pub const SessionKeyDeposit: Balance = deposit(1, 128);
}

impl pallet_session::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type ValidatorId = AccountId;
	type ValidatorIdOf = sp_runtime::traits::ConvertInto;
	type ShouldEndSession = pallet_session::PeriodicSessions<SessionPeriod, SessionOffset>;
	type NextSessionRotation = pallet_session::PeriodicSessions<SessionPeriod, SessionOffset>;
	type SessionManager = crate::Consortium;
	type SessionHandler =
		<crate::opaque::SessionKeys as sp_runtime::traits::OpaqueKeys>::KeyTypeIdProviders;
	type Keys = crate::opaque::SessionKeys;
	type DisablingStrategy = ();
	type WeightInfo = pallet_session::weights::SubstrateWeight<Runtime>;
	type Currency = Balances;
	type KeyDeposit = SessionKeyDeposit;
}

/// Who has session keys: `pallet-session`'s keys for the next session.
pub struct SessionKeysOf;

impl pallet_consortium::ValidatorKeys<AccountId> for SessionKeysOf {
	fn has_keys(who: &AccountId) -> bool {
		pallet_session::NextKeys::<Runtime>::contains_key(who)
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn set_keys_for_benchmark(who: &AccountId) {
		use codec::Decode;
		let keys = crate::opaque::SessionKeys::decode(
			&mut sp_runtime::traits::TrailingZeroInput::zeroes(),
		)
		.expect("zero keys decode");
		pallet_session::NextKeys::<Runtime>::insert(who, keys);
	}
}

impl pallet_consortium::Config for Runtime {
	type ValidatorOrigin = governance::ValidatorOrigin;
	type UpgradeOrigin = governance::UpgradeOrigin;
	type ValidatorKeys = SessionKeysOf;
	type MaxValidators = ConstU32<MAX_AUTHORITIES>;
	type MinValidators = ConstU32<1>;
	type WeightInfo = pallet_consortium::weights::SubstrateWeight<Runtime>;
}
