//! Unit tests: validator changes through the session-manager interface, origins, bounds, upgrade
//! authorisation, its delay and its veto.

use crate::{mock::*, *};
use polkadot_sdk::{
	frame_support::{assert_noop, assert_ok, BoundedVec},
	frame_system,
	pallet_session::SessionManager,
	sp_core::H256,
	sp_io,
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

/// Runs the hooks of blocks up to `n`, as block import does.
fn run_to(n: u64) {
	use polkadot_sdk::frame_support::traits::Hooks;
	while System::block_number() < n {
		System::set_block_number(System::block_number() + 1);
		Consortium::on_initialize(System::block_number());
	}
}

fn system_authorized() -> Option<H256> {
	System::authorized_upgrade().map(|a| *a.code_hash())
}

#[test]
fn an_upgrade_is_enacted_only_after_the_delay() {
	build_and_execute(|| {
		let hash = H256::repeat_byte(7);
		assert_noop!(
			Consortium::authorize_upgrade(RuntimeOrigin::signed(1), hash),
			DispatchError::BadOrigin
		);
		assert_ok!(Consortium::authorize_upgrade(RuntimeOrigin::root(), hash));
		let enactable_at = 1 + DEFAULT_DELAY;
		System::assert_last_event(
			Event::UpgradeAuthorized { code_hash: hash, enactable_at }.into(),
		);
		assert_eq!(
			PendingUpgrade::<Test>::get(),
			Some(ScheduledUpgrade { code_hash: hash, authorized_at: 1, enactable_at })
		);
		// Nothing anyone could apply before the delay is over.
		run_to(enactable_at - 1);
		assert_eq!(system_authorized(), None);
		run_to(enactable_at);
		assert_eq!(system_authorized(), Some(hash));
		assert_eq!(PendingUpgrade::<Test>::get(), None);
		System::assert_last_event(Event::UpgradeEnacted { code_hash: hash }.into());
		let system_event: RuntimeEvent =
			frame_system::Event::UpgradeAuthorized { code_hash: hash, check_version: true }.into();
		assert!(System::events().iter().any(|r| r.event == system_event));
	});
}

#[test]
fn the_veto_origin_cancels_a_pending_upgrade_and_nothing_is_enacted() {
	build_and_execute(|| {
		let hash = H256::repeat_byte(7);
		assert_ok!(Consortium::authorize_upgrade(RuntimeOrigin::root(), hash));
		run_to(5);
		// The upgrade origin is not the veto origin, nor is anyone else.
		for origin in [RuntimeOrigin::root(), RuntimeOrigin::signed(1)] {
			assert_noop!(Consortium::cancel_upgrade(origin), DispatchError::BadOrigin);
		}
		assert_ok!(Consortium::cancel_upgrade(RuntimeOrigin::signed(VETOER)));
		System::assert_last_event(Event::UpgradeCancelled { code_hash: hash }.into());
		run_to(1 + DEFAULT_DELAY + 5);
		assert_eq!(system_authorized(), None);
		assert_noop!(
			Consortium::cancel_upgrade(RuntimeOrigin::signed(VETOER)),
			Error::<Test>::NoPendingUpgrade
		);
	});
}

#[test]
fn adversary_cannot_swap_the_pending_code_or_restart_its_clock() {
	build_and_execute(|| {
		let (hash, other) = (H256::repeat_byte(7), H256::repeat_byte(8));
		assert_ok!(Consortium::authorize_upgrade(RuntimeOrigin::root(), hash));
		run_to(DEFAULT_DELAY);
		// A second authorisation near the end of the delay would replace the code the members
		// reviewed: refused, the pending one unchanged.
		let pending = PendingUpgrade::<Test>::get();
		assert_noop!(
			Consortium::authorize_upgrade(RuntimeOrigin::root(), other),
			Error::<Test>::UpgradePending
		);
		assert_eq!(PendingUpgrade::<Test>::get(), pending);
		run_to(1 + DEFAULT_DELAY);
		assert_eq!(system_authorized(), Some(hash));
	});
}

#[test]
fn genesis_sets_the_delay_and_an_upgraded_chain_gets_the_default() {
	build_and_execute(|| assert_eq!(UpgradeDelay::<Test>::get(), DEFAULT_DELAY));
	use polkadot_sdk::sp_runtime::BuildStorage;
	let storage =
		crate::GenesisConfig::<Test> { validators: vec![1, 2, 3], upgrade_delay: Some(3) }
			.build_storage()
			.unwrap();
	sp_io::TestExternalities::from(storage).execute_with(|| {
		System::set_block_number(1);
		assert_eq!(UpgradeDelay::<Test>::get(), 3);
		assert_ok!(Consortium::authorize_upgrade(RuntimeOrigin::root(), H256::zero()));
		assert_eq!(PendingUpgrade::<Test>::get().map(|p| p.enactable_at), Some(4));
	});
}

#[test]
fn invariants_catch_an_upgrade_waiting_longer_than_the_delay() {
	build_and_execute(|| {
		let code_hash = H256::zero();
		let late =
			ScheduledUpgrade { code_hash, authorized_at: 1, enactable_at: 2 + DEFAULT_DELAY };
		PendingUpgrade::<Test>::put(late);
		assert!(Consortium::do_try_state().is_err());
		let early = ScheduledUpgrade { code_hash, authorized_at: 5, enactable_at: 4 };
		PendingUpgrade::<Test>::put(early);
		assert!(Consortium::do_try_state().is_err());
		PendingUpgrade::<Test>::kill();
	});
}

#[test]
fn genesis_below_the_minimum_is_refused() {
	use polkadot_sdk::sp_runtime::BuildStorage;
	let built = std::panic::catch_unwind(|| {
		crate::GenesisConfig::<Test> { validators: vec![1], upgrade_delay: None }.build_storage()
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
