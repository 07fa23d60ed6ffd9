//! Unit tests: validator changes through the session-manager interface, origins, bounds, upgrade
//! authorisation.

use crate::{self as pallet_consortium, *};
use polkadot_sdk::{
	frame_support::{assert_noop, assert_ok, derive_impl, traits::ConstU32},
	frame_system::{self, EnsureRoot},
	pallet_session::SessionManager,
	sp_core::H256,
	sp_io,
	sp_runtime::{BuildStorage, DispatchError},
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

impl Config for Test {
	type ValidatorOrigin = EnsureRoot<u64>;
	type UpgradeOrigin = EnsureRoot<u64>;
	type MaxValidators = ConstU32<4>;
	type MinValidators = ConstU32<2>;
	type WeightInfo = ();
}

pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut t = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_consortium::GenesisConfig::<Test> { validators: vec![1, 2, 3] }
		.assimilate_storage(&mut t)
		.unwrap();
	let mut ext: sp_io::TestExternalities = t.into();
	ext.execute_with(|| System::set_block_number(1));
	ext
}

#[test]
fn genesis_installs_the_first_validators() {
	new_test_ext().execute_with(|| {
		assert_eq!(Consortium::new_session_genesis(0), Some(vec![1, 2, 3]));
		// Nothing changed: the session keeps its validators.
		assert_eq!(Consortium::new_session(1), None);
	});
}

#[test]
fn added_and_removed_validators_take_effect_at_the_next_session() {
	new_test_ext().execute_with(|| {
		assert_ok!(Consortium::add_validator(RuntimeOrigin::root(), 4));
		System::assert_last_event(Event::ValidatorAdded { validator: 4 }.into());
		assert_ok!(Consortium::remove_validator(RuntimeOrigin::root(), 1));
		System::assert_last_event(Event::ValidatorRemoved { validator: 1 }.into());
		assert_eq!(Consortium::new_session(1), Some(vec![2, 3, 4]));
		assert_eq!(Consortium::new_session(2), None);
	});
}

#[test]
fn validator_errors_change_nothing() {
	new_test_ext().execute_with(|| {
		assert_noop!(
			Consortium::add_validator(RuntimeOrigin::signed(1), 4),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Consortium::add_validator(RuntimeOrigin::root(), 1),
			Error::<Test>::AlreadyValidator
		);
		assert_ok!(Consortium::add_validator(RuntimeOrigin::root(), 4));
		assert_noop!(
			Consortium::add_validator(RuntimeOrigin::root(), 5),
			Error::<Test>::TooManyValidators
		);
		assert_noop!(
			Consortium::remove_validator(RuntimeOrigin::root(), 9),
			Error::<Test>::NotValidator
		);
		assert_ok!(Consortium::remove_validator(RuntimeOrigin::root(), 4));
		assert_ok!(Consortium::remove_validator(RuntimeOrigin::root(), 3));
		assert_noop!(
			Consortium::remove_validator(RuntimeOrigin::root(), 2),
			Error::<Test>::TooFewValidators
		);
		assert_noop!(
			Consortium::remove_validator(RuntimeOrigin::signed(1), 2),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn upgrades_are_authorised_by_the_upgrade_origin_only() {
	new_test_ext().execute_with(|| {
		let hash = H256::repeat_byte(7);
		assert_noop!(
			Consortium::authorize_upgrade(RuntimeOrigin::signed(1), hash),
			DispatchError::BadOrigin
		);
		assert_ok!(Consortium::authorize_upgrade(RuntimeOrigin::root(), hash));
		System::assert_last_event(Event::UpgradeAuthorized { code_hash: hash }.into());
		let system_event: RuntimeEvent =
			frame_system::Event::UpgradeAuthorized { code_hash: hash, check_version: true }.into();
		assert!(System::events().iter().any(|r| r.event == system_event));
	});
}
