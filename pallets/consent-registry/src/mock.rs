//! Test runtime: system, balances, the real identity pallet, and this pallet.

use crate as pallet_consent_registry;
use medledger_primitives::{OrganisationKind, PractitionerRole};
use polkadot_sdk::{
	frame_support::{derive_impl, parameter_types, traits::ConstU32},
	frame_system, pallet_balances, sp_io,
	sp_runtime::BuildStorage,
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
}

parameter_types! {
	/// Reads and writes that `SubstrateWeight<Test>` weights can be decoded back into
	/// (`tests::weights`).
	pub const CountingDbWeight: polkadot_sdk::sp_weights::RuntimeDbWeight =
		medledger_test_utils::COUNTING_DB_WEIGHT;
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
	pub const RequestDeposit: Balance = 3;
}

medledger_test_utils::impl_identity_config!(Test, System);

/// The test clock: the block number, as milliseconds since the Unix epoch. Tests move time
/// with `System::set_block_number`.
pub struct BlockTime;
impl polkadot_sdk::frame_support::traits::Time for BlockTime {
	type Moment = u64;
	fn now() -> u64 {
		System::block_number()
	}
}

/// Small bounds so that tests reach them.
pub const MAX_PER_PATIENT: u32 = 10;
pub const MAX_PER_GRANTEE: u32 = 3;
pub const MAX_RECORDS: u32 = 2;
/// How long an emergency session lasts, in milliseconds (blocks of the test clock).
pub const EMERGENCY_MS: u64 = 10;
/// The cool-down after the patient's side closes a session.
pub const COOLDOWN_MS: u64 = 25;
pub const MAX_OPEN_SESSIONS: u32 = 2;
pub const MAX_OPENINGS_PER_DAY: u32 = 3;
pub const MAX_OPEN_REQUESTS: u32 = 2;
/// Longest a request may stay open (blocks of the test clock).
pub const MAX_REQUEST_MS: u64 = 50;
/// Milliseconds in a day.
pub const DAY: u64 = 86_400_000;

impl pallet_consent_registry::Config for Test {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Time = BlockTime;
	type Identities = PatientIdentity;
	type DepositPayer = ();
	type Timeline = medledger_test_utils::RecordingTimeline;
	type ConsentDeposit = ConsentDeposit;
	type EmergencyDeposit = EmergencyDeposit;
	type EmergencyDuration = ConstU64<EMERGENCY_MS>;
	type EmergencyCooldown = ConstU64<COOLDOWN_MS>;
	type MaxOpenEmergencySessions = ConstU32<MAX_OPEN_SESSIONS>;
	type MaxEmergencyOpeningsPerDay = ConstU32<MAX_OPENINGS_PER_DAY>;
	type MaxConsentsPerPatient = ConstU32<MAX_PER_PATIENT>;
	type MaxConsentsPerGrantee = ConstU32<MAX_PER_GRANTEE>;
	type MaxRecordsPerConsent = ConstU32<MAX_RECORDS>;
	type MaxPageSize = ConstU32<4>;
	type RequestDeposit = RequestDeposit;
	type MaxOpenRequests = ConstU32<MAX_OPEN_REQUESTS>;
	type MaxRequestPeriod = ConstU64<MAX_REQUEST_MS>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = PatientIdentity;
}

use polkadot_sdk::frame_support::traits::ConstU64;

pub use medledger_test_utils::cast::*;
/// The admin of a payer that a test admits.
pub const PAYER_ADMIN: AccountId = 24;

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
		System::reset_events();
	});
	ext
}

/// Runs a test and then checks both pallets' invariants.
pub fn build_and_execute(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		test();
		ConsentRegistry::do_try_state().expect("consent invariants hold after the test");
		PatientIdentity::do_try_state().expect("identity invariants hold after the test");
	});
}
