//! The XCM configuration's promises (`configs::xcm`): the relay chain's root may `Transact` as
//! root; a sibling may execute nothing, paid or not; no one teleports or reserve-transfers assets
//! or executes XCM locally; only root sends.

use super::{account, preset_ext};
use crate::{configs::xcm::XcmConfig, PolkadotXcm, Runtime, RuntimeCall, RuntimeOrigin, System};
use codec::Encode;
use polkadot_sdk::{
	frame_support::{assert_noop, dispatch::GetDispatchInfo},
	sp_genesis_builder::DEV_RUNTIME_PRESET,
	sp_keyring::Sr25519Keyring,
	sp_runtime::DispatchError,
	staging_xcm::{latest::prelude::*, VersionedAssets, VersionedLocation, VersionedXcm},
	staging_xcm_executor::XcmExecutor,
	*,
};

/// A storage key only root can write (`system.set_storage`).
const KEY: &[u8] = b":medledger:xcm-test";

/// A call only root may make.
fn root_only_call() -> RuntimeCall {
	RuntimeCall::System(frame_system::Call::set_storage {
		items: vec![(KEY.to_vec(), b"written by root".to_vec())],
	})
}

/// A `Transact` of [`root_only_call`] as root, asking for unpaid execution.
fn transact_as_root() -> Xcm<RuntimeCall> {
	let call = root_only_call();
	Xcm(vec![
		UnpaidExecution { weight_limit: Unlimited, check_origin: None },
		Transact {
			origin_kind: OriginKind::Superuser,
			fallback_max_weight: Some(call.get_dispatch_info().call_weight),
			call: call.encode().into(),
		},
	])
}

fn execute(origin: Location, message: Xcm<RuntimeCall>) -> Outcome {
	let mut hash = message.using_encoded(polkadot_sdk::sp_io::hashing::blake2_256);
	XcmExecutor::<XcmConfig>::prepare_and_execute(
		origin,
		message,
		&mut hash,
		Weight::from_parts(10_000_000_000, 1024 * 1024),
		Weight::zero(),
	)
}

fn written() -> bool {
	polkadot_sdk::sp_io::storage::get(KEY).is_some()
}

/// The barrier stopped the message before its first instruction.
fn stopped_at_the_barrier(outcome: &Outcome) -> bool {
	match outcome {
		Outcome::Error(e) | Outcome::Incomplete { error: e, .. } =>
			e.error == XcmError::Barrier && e.index == 0,
		Outcome::Complete { .. } => false,
	}
}

#[test]
fn the_relay_chains_root_transacts_as_root() {
	preset_ext(DEV_RUNTIME_PRESET).execute_with(|| {
		System::set_block_number(1);
		let outcome = execute(Location::parent(), transact_as_root());
		assert!(matches!(outcome, Outcome::Complete { .. }), "{outcome:?}");
		assert!(written());
	});
}

#[test]
fn a_sibling_executes_nothing() {
	preset_ext(DEV_RUNTIME_PRESET).execute_with(|| {
		System::set_block_number(1);
		let sibling = Location::new(1, [Parachain(2001)]);
		let outcome = execute(sibling.clone(), transact_as_root());
		assert!(stopped_at_the_barrier(&outcome), "{outcome:?}");
		// Not even a message that offers to pay: this chain sells no block space.
		let paid = Xcm(vec![
			WithdrawAsset((Here, 1_000_000_000u128).into()),
			BuyExecution { fees: (Here, 1_000_000_000u128).into(), weight_limit: Unlimited },
		]);
		let outcome = execute(sibling, paid);
		assert!(stopped_at_the_barrier(&outcome), "{outcome:?}");
		assert!(!written());
	});
}

#[test]
fn no_one_teleports_reserve_transfers_or_executes_locally() {
	preset_ext(DEV_RUNTIME_PRESET).execute_with(|| {
		System::set_block_number(1);
		let alice = RuntimeOrigin::signed(account(Sr25519Keyring::Alice));
		let dest = Box::new(VersionedLocation::from(Location::parent()));
		let beneficiary = Box::new(VersionedLocation::from(Location::new(
			0,
			[AccountId32 { network: None, id: [1; 32] }],
		)));
		let assets = Box::new(VersionedAssets::from(Assets::from(vec![(Here, 1_000u128).into()])));
		// A signed account may not move assets at all; not even root may teleport or
		// reserve-transfer.
		for (origin, expected) in [
			(alice.clone(), DispatchError::BadOrigin),
			(RuntimeOrigin::root(), pallet_xcm::Error::<Runtime>::Filtered.into()),
		] {
			assert_noop!(
				PolkadotXcm::limited_teleport_assets(
					origin.clone(),
					dest.clone(),
					beneficiary.clone(),
					assets.clone(),
					0,
					Unlimited
				),
				expected
			);
			assert_noop!(
				PolkadotXcm::limited_reserve_transfer_assets(
					origin,
					dest.clone(),
					beneficiary.clone(),
					assets.clone(),
					0,
					Unlimited
				),
				expected
			);
		}
		let message = Box::new(VersionedXcm::from(Xcm::<RuntimeCall>(vec![ClearOrigin])));
		assert_noop!(
			PolkadotXcm::execute(alice.clone(), message, Weight::from_parts(1_000_000, 1_000))
				.map_err(|e| e.error),
			DispatchError::BadOrigin
		);
		let message = Box::new(VersionedXcm::from(Xcm::<()>(vec![ClearOrigin])));
		assert_noop!(
			PolkadotXcm::send(
				alice,
				Box::new(VersionedLocation::from(Location::parent())),
				message
			),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn roots_messages_fit_a_block_and_the_refused_calls_fit_none() {
	use polkadot_sdk::frame_support::weights::Weight;
	let block = <Runtime as frame_system::Config>::BlockWeights::get().max_block;
	let dest = Box::new(VersionedLocation::from(Location::parent()));
	let weight = |call: pallet_xcm::Call<Runtime>| call.get_dispatch_info().call_weight;
	// Root's message to the relay chain and its version subscription: measured, and small.
	let send = weight(pallet_xcm::Call::send {
		dest: dest.clone(),
		message: Box::new(VersionedXcm::from(Xcm::<()>(vec![ClearOrigin]))),
	});
	let subscribe =
		weight(pallet_xcm::Call::force_subscribe_version_notify { location: dest.clone() });
	for measured in [send, subscribe] {
		assert!(measured.all_lt(block / 100), "{measured:?} is not a small part of {block:?}");
	}
	// What this chain filters out or refuses to signed origins weighs more than any block.
	let assets = Box::new(VersionedAssets::from(Assets::from(vec![(Here, 1_000u128).into()])));
	let refused = [
		weight(pallet_xcm::Call::limited_teleport_assets {
			dest: dest.clone(),
			beneficiary: dest.clone(),
			assets: assets.clone(),
			fee_asset_item: 0,
			weight_limit: Unlimited,
		}),
		weight(pallet_xcm::Call::claim_assets { assets, beneficiary: dest }),
	];
	for weight in refused {
		assert!(weight.any_gt(block), "{weight:?} fits a block");
		assert!(weight.ref_time() >= Weight::MAX.ref_time() / 2);
	}
}
