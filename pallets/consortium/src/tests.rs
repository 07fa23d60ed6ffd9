//! Unit tests: validator changes through the session-manager interface, origins, bounds, upgrade
//! authorisation.

use crate::{mock::*, *};
use polkadot_sdk::{
	frame_support::{assert_noop, assert_ok, BoundedVec},
	frame_system,
	pallet_session::SessionManager,
	sp_core::H256,
	sp_runtime::DispatchError,
};

#[test]
fn genesis_installs_the_first_validators() {
	build_and_execute(|| {
		assert_eq!(Consortium::new_session_genesis(0), Some(vec![1, 2, 3]));
		// Nothing changed: the session keeps its validators.
		assert_eq!(Consortium::new_session(1), None);
	});
}

#[test]
fn added_and_removed_validators_take_effect_at_the_next_session() {
	build_and_execute(|| {
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
	build_and_execute(|| {
		assert_noop!(
			Consortium::add_validator(RuntimeOrigin::signed(1), 4),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Consortium::add_validator(RuntimeOrigin::root(), 1),
			Error::<Test>::AlreadyValidator
		);
		assert_noop!(
			Consortium::add_validator(RuntimeOrigin::root(), NO_KEYS),
			Error::<Test>::NoSessionKeys
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
	build_and_execute(|| {
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

#[test]
fn genesis_below_the_minimum_is_refused() {
	use polkadot_sdk::sp_runtime::BuildStorage;
	let built = std::panic::catch_unwind(|| {
		crate::GenesisConfig::<Test> { validators: vec![1] }.build_storage()
	});
	assert!(built.is_err(), "one validator is below MinValidators = 2");
}

#[test]
fn invariants_catch_duplicates_and_a_short_set() {
	build_and_execute(|| {
		Validators::<Test>::put(BoundedVec::truncate_from(vec![1, 1]));
		assert!(Consortium::do_try_state().is_err());
		Validators::<Test>::put(BoundedVec::truncate_from(vec![1]));
		assert!(Consortium::do_try_state().is_err());
		Validators::<Test>::put(BoundedVec::truncate_from(vec![1, 2]));
	});
}
