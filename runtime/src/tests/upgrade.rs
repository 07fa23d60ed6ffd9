//! A runtime upgrade on a chain with data in every pallet: `Executive::try_runtime_upgrade` runs
//! the runtime's migrations with their pre- and post-upgrade checks, then checks every pallet's
//! storage version and invariants (`try_state`), as `try-runtime` does against a live chain.
//!
//! Built with `upgrade-fixture` (the v2 runtime), the state is first brought to what the v1
//! runtime leaves behind: the identity pallet at storage version 0 and patients holding v1's
//! deposit, twice v2's. CI runs this test with `--features try-runtime,upgrade-fixture`.

use super::preset_ext;
use crate::{
	configs::RuntimeBlockWeights, AccountId, ConsentRegistry, Executive, PatientIdentity,
	RecordAnchor, Runtime, RuntimeEvent, RuntimeOrigin, System,
};
use medledger_primitives::{
	AccessDecision, CategoryScope, ConsentAction, DataCategory, Grantee, HashAlgorithm,
	OrganisationKind, PractitionerRole, Purpose, RecordId,
};
use polkadot_sdk::{
	frame_support::{assert_ok, traits::GetStorageVersion, BoundedVec},
	frame_try_runtime::UpgradeCheckSelect,
	sp_core::H256,
	sp_genesis_builder::DEV_RUNTIME_PRESET,
	sp_io::TestExternalities,
	sp_keyring::Sr25519Keyring,
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
		assert_ok!(PatientIdentity::register_practitioner(
			signed(ADMIN),
			account(PHYSICIAN),
			PractitionerRole::Physician
		));
		assert_ok!(PatientIdentity::register_patient(signed(PATIENT), [3u8; 32], None));
		let patient = pallet_patient_identity::PatientByAccount::<Runtime>::get(account(PATIENT))
			.expect("registered");
		assert_ok!(ConsentRegistry::grant_consent(
			signed(PATIENT),
			patient,
			Grantee::Practitioner(account(PHYSICIAN)),
			pallet_consent_registry::ConsentTerms {
				categories: CategoryScope::Only(BoundedVec::truncate_from(vec![
					DataCategory::Laboratory
				])),
				actions: BoundedVec::truncate_from(vec![
					ConsentAction::Read,
					ConsentAction::Append
				]),
				purposes: BoundedVec::truncate_from(vec![Purpose::Treatment]),
				starts_at: None,
				expires_at: None,
				records: BoundedVec::new(),
			},
		));
		assert_ok!(RecordAnchor::anchor_record(
			signed(PHYSICIAN),
			pallet_record_anchor::AnchorRequest {
				patient,
				content_hash: [7u8; 32],
				algorithm: HashAlgorithm::Sha2_256,
				location: BoundedVec::truncate_from(
					b"https://store.example/fhir/Observation/1".to_vec()
				),
				category: DataCategory::Laboratory,
				resource_type: BoundedVec::truncate_from(b"Observation".to_vec()),
				key_manifest: None,
				purpose: Purpose::Treatment,
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
			Purpose::Treatment
		));
		(patient, record)
	});
	(ext, patient, record)
}

/// What v1 leaves behind for the identity pallet: storage version 0, and every patient holding
/// v1's deposit (twice the fixture's).
#[cfg(feature = "upgrade-fixture")]
fn as_left_by_v1() {
	use polkadot_sdk::frame_support::traits::{fungible::MutateHold, StorageVersion};
	StorageVersion::new(0).put::<PatientIdentity>();
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

#[test]
fn try_runtime_upgrade_passes_on_a_chain_with_data_in_every_pallet() {
	let (mut ext, patient, record) = populated();
	ext.execute_with(|| {
		#[cfg(feature = "upgrade-fixture")]
		as_left_by_v1();
		let free_before = crate::Balances::free_balance(account(PATIENT));
		System::reset_events();

		let weight = Executive::try_runtime_upgrade(UpgradeCheckSelect::All)
			.expect("migrations, their checks and every pallet's invariants pass");
		assert!(
			weight.all_lte(RuntimeBlockWeights::get().max_block),
			"the upgrade fits in one block: {weight:?}"
		);

		// Every pallet is at its in-code storage version.
		assert_eq!(
			PatientIdentity::on_chain_storage_version(),
			PatientIdentity::in_code_storage_version()
		);

		#[cfg(feature = "upgrade-fixture")]
		{
			let deposit = crate::configs::PATIENT_DEPOSIT;
			let p = pallet_patient_identity::Patients::<Runtime>::get(patient).expect("kept");
			assert_eq!(p.deposit, deposit);
			assert_eq!(PatientIdentity::held_deposit(&account(PATIENT)), deposit);
			assert_eq!(crate::Balances::free_balance(account(PATIENT)), free_before + deposit);
			System::assert_has_event(RuntimeEvent::PatientIdentity(
				pallet_patient_identity::Event::PatientDepositsRepriced {
					deposit,
					repriced: 1,
					kept: 0,
				},
			));
		}
		#[cfg(not(feature = "upgrade-fixture"))]
		assert_eq!(crate::Balances::free_balance(account(PATIENT)), free_before);

		// The rest of the chain's data is as before.
		assert!(pallet_patient_identity::Organisations::<Runtime>::get(0).is_some());
		assert!(matches!(
			ConsentRegistry::check_access(
				patient,
				&account(PHYSICIAN),
				DataCategory::Laboratory,
				ConsentAction::Read,
				Purpose::Treatment,
				Some(record),
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
