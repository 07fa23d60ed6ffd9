//! Test runtime: system, balances, the real identity and consent pallets, and this pallet.

use crate as pallet_record_anchor;
use medledger_primitives::{OrganisationId, OrganisationKind, PractitionerRole};
use polkadot_sdk::{
	frame_support::{derive_impl, parameter_types, traits::ConstU32},
	frame_system, pallet_balances, sp_io,
	sp_runtime::{traits::BlockNumberProvider, BuildStorage},
};

type Block = frame_system::mocking::MockBlock<Test>;

#[polkadot_sdk::frame_support::runtime]
mod runtime {
	#[runtime::runtime]
	#[runtime::derive(
		RuntimeCall,
		RuntimeEvent,
		RuntimeError,
		RuntimeOrigin,
		RuntimeFreezeReason,
		RuntimeHoldReason,
		RuntimeSlashReason,
		RuntimeLockId,
		RuntimeTask,
		RuntimeViewFunction
	)]
	pub struct Test;

	#[runtime::pallet_index(0)]
	pub type System = frame_system;
	#[runtime::pallet_index(1)]
	pub type Balances = pallet_balances;
	#[runtime::pallet_index(2)]
	pub type PatientIdentity = pallet_patient_identity;
	#[runtime::pallet_index(3)]
	pub type ConsentRegistry = pallet_consent_registry;
	#[runtime::pallet_index(4)]
	pub type RecordAnchor = pallet_record_anchor;
}

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountData = pallet_balances::AccountData<Balance>;
	type DbWeight = CountingDbWeight;
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type AccountStore = System;
	type RuntimeHoldReason = RuntimeHoldReason;
}

parameter_types! {
	pub const ConsentDeposit: Balance = 5;
	pub const EmergencyDeposit: Balance = 7;
	pub const RecordDeposit: Balance = 4;
	pub const VersionDeposit: Balance = 3;
	pub const MerkleRootDeposit: Balance = 6;
	pub const LogDeposit: Balance = 2;
	pub const LogRootDeposit: Balance = 3;
	/// How far the pallets' clock runs ahead of the system block number (0 unless a test sets
	/// it), as a relay chain's block number would.
	pub storage ClockOffset: u64 = 0;
	/// Reads and writes that the generated weights can be decoded back into (`tests::weights`).
	pub const CountingDbWeight: polkadot_sdk::sp_weights::RuntimeDbWeight =
		medledger_test_utils::COUNTING_DB_WEIGHT;
}

/// The three pallets' clock: the system block number plus [`ClockOffset`], as milliseconds
/// since the Unix epoch for the consent registry and this pallet, as a block number for the
/// identity pallet.
pub struct Clock;

impl polkadot_sdk::frame_support::traits::Time for Clock {
	type Moment = u64;

	fn now() -> u64 {
		Clock::current_block_number()
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl medledger_primitives::BenchmarkClock<u64> for Clock {
	fn set_now(now: u64) {
		System::set_block_number(now.saturating_sub(ClockOffset::get()));
	}
}

impl BlockNumberProvider for Clock {
	type BlockNumber = u64;

	fn current_block_number() -> u64 {
		System::block_number().saturating_add(ClockOffset::get())
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn set_block_number(n: u64) {
		System::set_block_number(n.saturating_sub(ClockOffset::get()));
	}
}

medledger_test_utils::impl_identity_config!(Test, Clock);

pub const EMERGENCY_MS: u64 = 10;
/// Small bounds so that tests reach them.
pub const MAX_VERSIONS: u32 = 3;
pub const MAX_BATCH: u32 = 3;
pub const RETENTION: u64 = 100;
pub const MAX_PRUNE: u32 = 2;

impl pallet_consent_registry::Config for Test {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Time = Clock;
	type Identities = PatientIdentity;
	type DepositPayer = ();
	type Timeline = ();
	type ConsentDeposit = ConsentDeposit;
	type EmergencyDeposit = EmergencyDeposit;
	type EmergencyDuration = ConstU64<EMERGENCY_MS>;
	type EmergencyCooldown = ConstU64<20>;
	type MaxOpenEmergencySessions = ConstU32<4>;
	type MaxEmergencyOpeningsPerDay = ConstU32<8>;
	type MaxConsentsPerPatient = ConstU32<20>;
	type MaxConsentsPerGrantee = ConstU32<4>;
	type MaxRecordsPerConsent = ConstU32<4>;
	type MaxPageSize = ConstU32<4>;
	type RequestDeposit = ConsentDeposit;
	type MaxOpenRequests = ConstU32<2>;
	type MaxRequestPeriod = ConstU64<50>;
	type WeightInfo = pallet_consent_registry::weights::SubstrateWeight<Test>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = PatientIdentity;
}

impl pallet_record_anchor::Config for Test {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Time = Clock;
	type Identities = PatientIdentity;
	type Consents = ConsentRegistry;
	type Timeline = medledger_test_utils::RecordingTimeline;
	type RecordDeposit = RecordDeposit;
	type VersionDeposit = VersionDeposit;
	type MerkleRootDeposit = MerkleRootDeposit;
	type LogDeposit = LogDeposit;
	type LogRootDeposit = LogRootDeposit;
	type MaxLocationLength = ConstU32<64>;
	type MaxVersions = ConstU32<MAX_VERSIONS>;
	type MaxBatchSize = ConstU32<MAX_BATCH>;
	type LogRetention = ConstU64<RETENTION>;
	type MaxPrune = ConstU32<MAX_PRUNE>;
	type MaxPageSize = ConstU32<2>;
	// The generated weights, so that tests hold calls to what they declare (`tests::weights`).
	type WeightInfo = crate::weights::SubstrateWeight<Test>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = PatientIdentity;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkClock = Clock;
}

use polkadot_sdk::frame_support::traits::ConstU64;

pub use medledger_test_utils::cast::*;
/// Practitioner at the data custodian (serves records).
pub const CUSTODIAN: AccountId = 15;
/// A second practitioner at the data custodian.
pub const SECOND_CUSTODIAN: AccountId = 16;
/// The data custodian's admin.
pub const STORE_ADMIN: AccountId = 24;
/// The data custodian that serves the records.
pub const STORE: OrganisationId = 3;

pub fn admit(kind: OrganisationKind, admin: AccountId) {
	medledger_test_utils::cast::admit::<Test>(kind, admin)
}

pub fn practitioner(admin: AccountId, who: AccountId, role: PractitionerRole) {
	medledger_test_utils::cast::practitioner::<Test>(admin, who, role)
}

pub fn represent(patient_account: AccountId, representative: AccountId) {
	medledger_test_utils::cast::represent::<Test>(patient_account, representative)
}

pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut t = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_balances::GenesisConfig::<Test> { balances: endowed(), ..Default::default() }
		.assimilate_storage(&mut t)
		.unwrap();
	let mut ext: sp_io::TestExternalities = t.into();
	ext.execute_with(|| {
		System::set_block_number(1);
		populate::<Test>();
		// The data custodian, with two practitioners.
		admit(OrganisationKind::DataCustodian, STORE_ADMIN);
		practitioner(STORE_ADMIN, CUSTODIAN, PractitionerRole::Clerk);
		practitioner(STORE_ADMIN, SECOND_CUSTODIAN, PractitionerRole::Clerk);
		System::reset_events();
	});
	ext
}

/// Runs a test and then checks all three pallets' invariants.
pub fn build_and_execute(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		test();
		RecordAnchor::do_try_state().expect("record invariants hold after the test");
		ConsentRegistry::do_try_state().expect("consent invariants hold after the test");
		PatientIdentity::do_try_state().expect("identity invariants hold after the test");
	});
}
