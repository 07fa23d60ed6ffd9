//! Test runtime: system, balances, the real identity pallet (who is an active patient), and this
//! pallet with small pages: 4 entries a page, 3 pages kept, answers of at most 5 entries.

use crate as pallet_timeline;
use polkadot_sdk::{
	frame_support::{derive_impl, parameter_types, traits::ConstU32},
	frame_system, pallet_balances, sp_io,
	sp_runtime::BuildStorage,
};

pub use medledger_test_utils::cast::*;

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
	pub type Timeline = pallet_timeline;
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

// Deactivation removes the patient's timeline, as in the runtime.
medledger_test_utils::impl_identity_config!(Test, System, (), Timeline);

/// The test clock: ten times the block number, as milliseconds since the Unix epoch.
pub struct BlockTime;
impl polkadot_sdk::frame_support::traits::Time for BlockTime {
	type Moment = u64;
	fn now() -> u64 {
		System::block_number() * 10
	}
}

pub const ENTRIES_PER_PAGE: u64 = 4;
pub const KEPT_PAGES: u64 = 3;
pub const MAX_PAGE_SIZE: u32 = 5;

impl pallet_timeline::Config for Test {
	type Time = BlockTime;
	type Identities = PatientIdentity;
	type EntriesPerPage = ConstU32<{ ENTRIES_PER_PAGE as u32 }>;
	type KeptPages = ConstU32<{ KEPT_PAGES as u32 }>;
	type MaxPageSize = ConstU32<MAX_PAGE_SIZE>;
	type WeightInfo = crate::weights::SubstrateWeight<Test>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = PatientIdentity;
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
	});
	ext
}

/// Runs `test`, then checks this pallet's and the identity pallet's invariants.
pub fn build_and_execute(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		test();
		Timeline::do_try_state().expect("timeline invariants hold after the test");
		PatientIdentity::do_try_state().expect("identity invariants hold after the test");
	});
}
