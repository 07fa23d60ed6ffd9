//! A runtime upgrade on a chain with data in every pallet: `Executive::try_runtime_upgrade` runs
//! the runtime's single-block migrations with their pre- and post-upgrade checks, checks every
//! pallet's invariants (`try_state`), as `try-runtime` does against a live chain, and starts the
//! multi-block migrations; then the chain produces blocks (through `Executive`, with Aura's slot
//! and the timestamp inherent) until `pallet-migrations` has run them all, each with its own
//! pre- and post-upgrade checks.
//!
//! Built with `upgrade-fixture` (the v2 runtime), the state is first brought to what the v1
//! runtime leaves behind: patients holding v1's deposit, twice v2's. CI runs these tests with
//! `--features try-runtime,upgrade-fixture`; the re-pricing is also run on 100,000 patients.

use super::preset_ext;
use crate::{
	configs::RuntimeBlockWeights, AccountId, Aura, ConsentRegistry, Executive, Header,
	PatientIdentity, RecordAnchor, Runtime, RuntimeCall, RuntimeEvent, RuntimeOrigin, System,
	UncheckedExtrinsic,
};
use codec::Encode;
use medledger_primitives::{
	AccessDecision, ClassScope, ConsentAction, Grantee, HashAlgorithm, OrganisationKind,
	PractitionerRole, RecordId,
};
use medledger_test_utils::wallet::{Category, Purpose};
use polkadot_sdk::{
	frame_support::{
		assert_ok,
		migrations::MultiStepMigrator,
		traits::{GetStorageVersion, Hooks, TryDecodeEntireStorage, TryState, TryStateSelect},
		BoundedVec,
	},
	frame_try_runtime::UpgradeCheckSelect,
	sp_consensus_aura::{Slot, AURA_ENGINE_ID},
	sp_core::H256,
	sp_genesis_builder::DEV_RUNTIME_PRESET,
	sp_io::TestExternalities,
	sp_keyring::Sr25519Keyring,
	sp_runtime::{traits::Header as _, Digest, DigestItem, ExtrinsicInclusionMode},
};

const ADMIN: Sr25519Keyring = Sr25519Keyring::Bob;
const PHYSICIAN: Sr25519Keyring = Sr25519Keyring::Charlie;
const PATIENT: Sr25519Keyring = Sr25519Keyring::Dave;

fn account(k: Sr25519Keyring) -> AccountId {
	k.to_account_id()
}

fn signed(k: Sr25519Keyring) -> RuntimeOrigin {
	RuntimeOrigin::signed(account(k))
}

/// The development chain with a hospital, its physician, a patient who consents to the physician
/// reading and adding laboratory results, a record the physician anchored and a logged read.
fn populated() -> (TestExternalities, u64, RecordId) {
	let mut ext = preset_ext(DEV_RUNTIME_PRESET);
	let (patient, record) = ext.execute_with(|| {
		System::set_block_number(1);
		assert_ok!(PatientIdentity::admit_organisation(
			RuntimeOrigin::root(),
			BoundedVec::truncate_from(b"Upgrade Hospital".to_vec()),
			OrganisationKind::Hospital,
			BoundedVec::truncate_from(b"NL".to_vec()),
			H256::repeat_byte(1),
			account(ADMIN),
		));
		assert_ok!(PatientIdentity::invite_practitioner(
			signed(ADMIN),
			account(PHYSICIAN),
			PractitionerRole::Physician
		));
		assert_ok!(PatientIdentity::accept_invitation(signed(PHYSICIAN), 0));
		assert_ok!(PatientIdentity::register_patient(signed(PATIENT), [3u8; 32], None));
		let patient = pallet_patient_identity::PatientByAccount::<Runtime>::get(account(PATIENT))
			.expect("registered");
		assert_ok!(ConsentRegistry::grant_consent(
			signed(PATIENT),
			patient,
			Grantee::Practitioner(account(PHYSICIAN)),
			pallet_consent_registry::ConsentTerms {
				classes: ClassScope::Only(BoundedVec::truncate_from(vec![
					Category::Laboratory.tag()
				])),
				actions: BoundedVec::truncate_from(vec![
					ConsentAction::Read,
					ConsentAction::Append
				]),
				purposes: BoundedVec::truncate_from(vec![Purpose::Treatment.tag()]),
				starts_at: None,
				expires_at: None,
				records: BoundedVec::new(),
			},
		));
		assert_ok!(RecordAnchor::anchor_record(
			signed(PHYSICIAN),
			pallet_record_anchor::AnchorRequest {
				patient,
				custodian: 0,
				content_hash: [7u8; 32],
				algorithm: HashAlgorithm::Sha2_256,
				location: BoundedVec::truncate_from(b"https://store.example/r/1".to_vec()),
				class: Category::Laboratory.tag(),
				key_manifest: None,
				emergency_commitment: [1u8; 32],
				purpose: Purpose::Treatment.tag(),
			},
		));
		let key = pallet_record_anchor::Records::<Runtime>::iter_key_prefix(patient)
			.next()
			.expect("anchored");
		let record = RecordAnchor::join_id(patient, &key);
		assert_ok!(RecordAnchor::log_access(
			signed(PHYSICIAN),
			record,
			account(PHYSICIAN),
			Purpose::Treatment.tag(),
			None
		));
		(patient, record)
	});
	(ext, patient, record)
}

/// What v1 leaves behind for the identity pallet: every patient holding v1's deposit (twice the
/// fixture's).
#[cfg(feature = "upgrade-fixture")]
fn as_left_by_v1() {
	use polkadot_sdk::frame_support::traits::fungible::MutateHold;
	let reason = pallet_patient_identity::HoldReason::PatientDeposit.into();
	let v1_deposit = crate::configs::PATIENT_DEPOSIT * 2;
	for (id, mut p) in pallet_patient_identity::Patients::<Runtime>::iter() {
		assert_ok!(<crate::Balances as MutateHold<_>>::hold(
			&reason,
			&p.account,
			v1_deposit - p.deposit
		));
		p.deposit = v1_deposit;
		pallet_patient_identity::Patients::<Runtime>::insert(id, p);
	}
}

/// What the release before leaves behind for the consent pallet: grantee indices of ids only, at
/// storage version 0 (both migration lists convert them).
fn consents_as_left_by_v0() {
	use pallet_consent_registry::{migrations::v1::v0, GranteeConsents};
	use polkadot_sdk::frame_support::traits::StorageVersion;
	let indices: Vec<_> = GranteeConsents::<Runtime>::iter().collect();
	assert!(!indices.is_empty(), "the populated chain has a consent");
	for (key, copies) in indices {
		let ids: Vec<_> = copies.into_iter().map(|(id, _)| id).collect();
		v0::GranteeConsents::<Runtime>::insert(&key, BoundedVec::truncate_from(ids));
	}
	StorageVersion::new(0).put::<ConsentRegistry>();
}

/// Produces the next block as a node would: Aura's slot in the header, the timestamp inherent,
/// then (`Executive::finalize_block`) a step of the multi-block migrations or `on_idle`. Returns
/// whether the block could take transactions.
fn produce_block() -> ExtrinsicInclusionMode {
	let slot_duration = Aura::slot_duration();
	let now = polkadot_sdk::pallet_timestamp::Now::<Runtime>::get() + slot_duration;
	let slot = Slot::from(now / slot_duration);
	let header = Header::new(
		System::block_number() + 1,
		H256::zero(),
		H256::zero(),
		System::parent_hash(),
		Digest { logs: vec![DigestItem::PreRuntime(AURA_ENGINE_ID, slot.encode())] },
	);
	let mode = Executive::initialize_block(&header);
	let timestamp = RuntimeCall::Timestamp(polkadot_sdk::pallet_timestamp::Call::set { now });
	assert_ok!(Executive::apply_extrinsic(UncheckedExtrinsic::new_bare(timestamp))
		.expect("the timestamp inherent applies"));
	Executive::finalize_block();
	mode
}

/// The events of the block now ending.
fn migration_events() -> Vec<RuntimeEvent> {
	System::events().into_iter().map(|record| record.event).collect()
}

#[test]
fn try_runtime_upgrade_passes_on_a_chain_with_data_in_every_pallet() {
	let (mut ext, patient, record) = populated();
	ext.execute_with(|| {
		#[cfg(feature = "upgrade-fixture")]
		as_left_by_v1();
		consents_as_left_by_v0();
		let free_before = crate::Balances::free_balance(account(PATIENT));
		System::reset_events();

		// The single-block migrations run here, the multi-block ones in the blocks that follow,
		// each with its pre- and post-upgrade checks (`pallet-migrations` runs those). The state
		// decodes, and every pallet's invariants and storage version hold, only once the
		// multi-block ones are done (the consent pallet's grantee index changes layout), so
		// `try_runtime_upgrade`'s own checks, made before them, are made below instead.
		let weight =
			Executive::try_runtime_upgrade(UpgradeCheckSelect::None).expect("the migrations start");
		assert!(
			weight.all_lte(RuntimeBlockWeights::get().max_block),
			"the upgrade fits in one block: {weight:?}"
		);

		// The multi-block migrations run in the blocks that follow.
		let mut repriced_events = Vec::new();
		while <Runtime as polkadot_sdk::frame_system::Config>::MultiBlockMigrator::ongoing() {
			assert_eq!(produce_block(), ExtrinsicInclusionMode::OnlyInherents);
			repriced_events.extend(migration_events().into_iter().filter(|e| {
				matches!(
					e,
					RuntimeEvent::PatientIdentity(
						pallet_patient_identity::Event::PatientDepositsRepriced { .. }
					)
				)
			}));
		}
		assert_eq!(produce_block(), ExtrinsicInclusionMode::AllExtrinsics);

		// The state decodes, every pallet is at its in-code storage version, and its invariants
		// hold.
		assert!(
			<crate::AllPalletsWithSystem as TryDecodeEntireStorage>::try_decode_entire_state()
				.is_ok(),
			"the state decodes"
		);
		assert_eq!(
			PatientIdentity::on_chain_storage_version(),
			PatientIdentity::in_code_storage_version()
		);
		assert_eq!(
			ConsentRegistry::on_chain_storage_version(),
			ConsentRegistry::in_code_storage_version()
		);
		assert_eq!(
			RecordAnchor::on_chain_storage_version(),
			RecordAnchor::in_code_storage_version()
		);
		assert_ok!(<crate::AllPalletsWithSystem as TryState<u32>>::try_state(
			System::block_number(),
			TryStateSelect::All
		));

		#[cfg(feature = "upgrade-fixture")]
		{
			let deposit = crate::configs::PATIENT_DEPOSIT;
			let p = pallet_patient_identity::Patients::<Runtime>::get(patient).expect("kept");
			assert_eq!(p.deposit, deposit);
			assert_eq!(PatientIdentity::held_deposit(&account(PATIENT)), deposit);
			assert_eq!(crate::Balances::free_balance(account(PATIENT)), free_before + deposit);
			assert_eq!(
				repriced_events,
				vec![RuntimeEvent::PatientIdentity(
					pallet_patient_identity::Event::PatientDepositsRepriced {
						deposit,
						repriced: 1,
						kept: 0,
					},
				)]
			);
		}
		#[cfg(not(feature = "upgrade-fixture"))]
		{
			assert_eq!(crate::Balances::free_balance(account(PATIENT)), free_before);
			assert!(repriced_events.is_empty());
		}

		// The rest of the chain's data is as before.
		assert!(pallet_patient_identity::Organisations::<Runtime>::get(0).is_some());
		assert!(matches!(
			ConsentRegistry::check_access(
				patient,
				&account(PHYSICIAN),
				Category::Laboratory.tag(),
				ConsentAction::Read,
				Purpose::Treatment.tag(),
				Some(record),
				false,
			),
			AccessDecision::Permit { .. }
		));
		let (_, r) = RecordAnchor::record(&record).expect("kept");
		assert_eq!(r.current_version, 1);
		assert_eq!(pallet_record_anchor::AccessLogBounds::<Runtime>::get(patient).next, 1);
		assert_eq!(
			pallet_consortium::Validators::<Runtime>::get().into_inner(),
			vec![account(Sr25519Keyring::Alice)]
		);
	});
}

/// The re-pricing of the upgrade fixture on 100,000 patients: `pallet-migrations` spreads it over
/// several blocks, the chain produces a block each time (taking no transactions until it is done),
/// each block stays within its weight, and every patient ends holding the new deposit.
#[cfg(feature = "upgrade-fixture")]
#[test]
fn repricing_a_hundred_thousand_patients_runs_over_several_blocks() {
	use polkadot_sdk::{frame_support::traits::fungible::Mutate, sp_runtime::AccountId32};
	const PATIENTS: u32 = 100_000;
	let mut ext = preset_ext(DEV_RUNTIME_PRESET);
	ext.execute_with(|| {
		System::set_block_number(1);
		let endowment = crate::configs::PATIENT_DEPOSIT * 10;
		for i in 0..PATIENTS {
			let mut raw = [0u8; 32];
			raw[..4].copy_from_slice(&i.to_le_bytes());
			raw[31] = 0xAA;
			let who = AccountId32::from(raw);
			assert_ok!(<crate::Balances as Mutate<_>>::mint_into(&who, endowment));
			// Any key that is not one of X25519's low-order points.
			let mut key = [0x42u8; 32];
			key[..4].copy_from_slice(&i.to_le_bytes());
			assert_ok!(PatientIdentity::register_patient(RuntimeOrigin::signed(who), key, None));
		}
		as_left_by_v1();
	});
	ext.commit_all().expect("the patients are stored");
	ext.execute_with(|| {
		// What an upgrade does in the first block of the new runtime.
		let onboard = <crate::MultiBlockMigrations as Hooks<u32>>::on_runtime_upgrade();
		assert!(onboard.all_lte(RuntimeBlockWeights::get().max_block));
		System::reset_events();
		let mut blocks = 0u32;
		let mut repriced = None;
		while <Runtime as polkadot_sdk::frame_system::Config>::MultiBlockMigrator::ongoing() {
			assert_eq!(produce_block(), ExtrinsicInclusionMode::OnlyInherents);
			blocks += 1;
			assert!(
				polkadot_sdk::frame_system::Pallet::<Runtime>::block_weight()
					.total()
					.all_lte(RuntimeBlockWeights::get().max_block),
				"block {blocks} stays within the block weight"
			);
			repriced = repriced.or(migration_events().into_iter().find_map(|e| match e {
				RuntimeEvent::PatientIdentity(
					pallet_patient_identity::Event::PatientDepositsRepriced {
						repriced, kept, ..
					},
				) => Some((repriced, kept)),
				_ => None,
			}));
			assert!(blocks < 1_000, "the migration ends");
		}
		assert!(blocks > 1, "one block cannot re-price 100,000 patients: took {blocks}");
		assert_eq!(repriced, Some((PATIENTS, 0)));
		assert_eq!(produce_block(), ExtrinsicInclusionMode::AllExtrinsics);
		assert_eq!(
			PatientIdentity::on_chain_storage_version(),
			PatientIdentity::in_code_storage_version()
		);
		let deposit = crate::configs::PATIENT_DEPOSIT;
		assert!(pallet_patient_identity::Patients::<Runtime>::iter_values()
			.all(|p| p.deposit == deposit && PatientIdentity::held_deposit(&p.account) == deposit));
		println!("re-priced {PATIENTS} patients in {blocks} blocks");
	});
}

/// `pallet-migrations` runs the runtime's migrations in every build that has them, also with
/// `runtime-benchmarks` (as here): the mocked migrations of its benchmarks replace them only in a
/// state where a benchmark set them up.
#[cfg(all(feature = "upgrade-fixture", feature = "runtime-benchmarks"))]
#[test]
fn the_real_migrations_run_unless_a_benchmark_mocks_them() {
	use polkadot_sdk::{
		frame_support::migrations::SteppedMigrations,
		pallet_migrations::{mock_helpers, MockedMigrations},
	};
	type Migrations = <Runtime as polkadot_sdk::pallet_migrations::Config>::Migrations;
	type Real = crate::configs::SteppedMigrationList;
	preset_ext(DEV_RUNTIME_PRESET).execute_with(|| {
		assert!(Real::len() > 0, "the v2 fixture has a migration");
		assert_eq!(Migrations::len(), Real::len());
		assert_eq!(Migrations::nth_id(0), Real::nth_id(0));

		Migrations::set_success_after(2);
		assert_eq!(Migrations::len(), 1);
		assert_eq!(
			Migrations::nth_id(0),
			Some(
				mock_helpers::mocked_id(mock_helpers::MockedMigrationKind::SucceedAfter, 2)
					.into_inner()
			)
		);
		// The bounds `pallet-migrations` checks stay the real migrations'.
		assert_eq!(Migrations::cursor_max_encoded_len(), Real::cursor_max_encoded_len());
	});
	preset_ext(DEV_RUNTIME_PRESET).execute_with(|| {
		assert_eq!(Migrations::nth_id(0), Real::nth_id(0), "a new state has no mocks");
	});
}
