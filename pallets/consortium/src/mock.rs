//! Test runtime: system and this pallet; root is the validator and upgrade origin, [`VETOER`] the
//! veto origin. Every account but [`NO_KEYS`] has session keys. Upgrades wait [`DEFAULT_DELAY`].

use crate::{self as pallet_consortium, Config, ValidatorKeys};
use polkadot_sdk::{
	frame_support::{
		derive_impl, ord_parameter_types,
		traits::{ConstU32, ConstU64},
	},
	frame_system::{self, EnsureRoot, EnsureSignedBy},
	sp_io,
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
		RuntimeTask,
		RuntimeViewFunction
	)]
	pub struct Test;

	#[runtime::pallet_index(0)]
	pub type System = frame_system;
	#[runtime::pallet_index(1)]
	pub type Consortium = pallet_consortium;
}

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
}

/// The one account without session keys.
pub const NO_KEYS: u64 = 99;

/// The one account that may cancel a pending upgrade.
pub const VETOER: u64 = 7;

/// Blocks between an upgrade's authorisation and its enactment.
pub const DEFAULT_DELAY: u64 = 10;

ord_parameter_types! {
	pub const Vetoer: u64 = VETOER;
}

pub struct MockKeys;
impl ValidatorKeys<u64> for MockKeys {
	fn has_keys(who: &u64) -> bool {
		*who != NO_KEYS
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn set_keys_for_benchmark(_who: &u64) {}
}

impl Config for Test {
	type ValidatorOrigin = EnsureRoot<u64>;
	type UpgradeOrigin = EnsureRoot<u64>;
	type VetoOrigin = EnsureSignedBy<Vetoer, u64>;
	type DefaultUpgradeDelay = ConstU64<DEFAULT_DELAY>;
	type ValidatorKeys = MockKeys;
	type MaxValidators = ConstU32<4>;
	type MinValidators = ConstU32<2>;
	type WeightInfo = ();
}

/// Genesis: validators 1, 2 and 3.
pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut t = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_consortium::GenesisConfig::<Test> { validators: vec![1, 2, 3], upgrade_delay: None }
		.assimilate_storage(&mut t)
		.unwrap();
	let mut ext: sp_io::TestExternalities = t.into();
	ext.execute_with(|| System::set_block_number(1));
	ext
}

/// Runs a test and then checks the pallet's invariants.
pub fn build_and_execute(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		test();
		Consortium::do_try_state().expect("invariants hold after the test");
	});
}
