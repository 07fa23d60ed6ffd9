//! Unit tests against the real identity and consent pallets: every call's success and errors,
//! consent enforcement, versions, erasure, Merkle proofs, the access log and its pagination.
//! Every test ends with all three pallets' `try_state` invariants.

use crate::{functions::*, mock::*, pallet::*, types::*, Error, Event};
use codec::{Decode, Encode};
use medledger_primitives::{
	AccessBasis, AccessLogLeaf, AccessOutcome, ClassScope, ConsentAction, ConsentChecker,
	DenyReason, Grantee, HashAlgorithm, OrganisationKind, PatientId, PatientTimeline, RecordId,
	Verification,
};
use medledger_test_utils::wallet::{Category, Purpose};
use pallet_consent_registry::ConsentTerms;
use polkadot_sdk::{
	binary_merkle_tree,
	frame_support::{
		assert_noop, assert_ok, dispatch::GetDispatchInfo, traits::fungible::Inspect,
		weights::Weight, BoundedVec,
	},
	sp_runtime::traits::BlakeTwo256,
};

fn request(hash: u8) -> AnchorRequest<Test> {
	AnchorRequest {
		patient: ALICE_ID,
		content_hash: [hash; 32],
		algorithm: HashAlgorithm::Sha2_256,
		location: BoundedVec::truncate_from(b"https://store.example/r/1".to_vec()),
		class: Category::Laboratory.tag(),
		key_manifest: Some([9; 32]),
		emergency_commitment: openable(),
		purpose: Purpose::Treatment.tag(),
		custodian: STORE,
	}
}

/// The key the tests' authors give custodians for records that may be opened in an emergency.
const EMERGENCY_KEY: [u8; 32] = [0xe5; 32];

/// The emergency commitment [`EMERGENCY_KEY`] opens.
fn openable() -> EmergencyCommitment {
	polkadot_sdk::sp_io::hashing::blake2_256(&EMERGENCY_KEY)
}

/// A batch of laboratory observations at `https://store.example/r/<hash>`, an entry per
/// (patient, hash).
fn batch(entries: &[(PatientId, u8)]) -> AnchorBatch<Test> {
	let entries = entries
		.iter()
		.map(|&(patient, hash)| BatchEntry {
			patient,
			content_hash: [hash; 32],
			path: BoundedVec::truncate_from(hash.to_string().into_bytes()),
			key_manifest: Some([hash; 32]),
		})
		.collect();
	AnchorBatch {
		class: Category::Laboratory.tag(),
		algorithm: HashAlgorithm::Sha2_256,
		purpose: Purpose::Treatment.tag(),
		emergency_commitment: openable(),
		custodian: STORE,
		base: BoundedVec::truncate_from(b"https://store.example/r/".to_vec()),
		entries: BoundedVec::truncate_from(entries),
	}
}

fn amendment(hash: u8) -> Amendment<Test> {
	Amendment {
		content_hash: [hash; 32],
		algorithm: HashAlgorithm::Blake2_256,
		location: BoundedVec::truncate_from(b"ipfs://bafy-new".to_vec()),
		key_manifest: None,
		purpose: Purpose::Treatment.tag(),
		custodian: None,
	}
}

fn anchor(who: AccountId, r: AnchorRequest<Test>) -> RecordId {
	let id = RecordAnchor::record_id(r.patient, r.algorithm, &r.content_hash);
	assert_ok!(RecordAnchor::anchor_record(RuntimeOrigin::signed(who), r));
	id
}

/// Alice permits the hospital `actions` on laboratory data for treatment; returns the consent.
fn consent(actions: &[ConsentAction]) -> u64 {
	let id = pallet_consent_registry::NextConsentId::<Test>::get();
	assert_ok!(ConsentRegistry::grant_consent(
		RuntimeOrigin::signed(ALICE),
		ALICE_ID,
		Grantee::Organisation(HOSPITAL),
		ConsentTerms {
			classes: ClassScope::Only(BoundedVec::truncate_from(vec![Category::Laboratory.tag()])),
			actions: BoundedVec::truncate_from(actions.to_vec()),
			purposes: BoundedVec::truncate_from(vec![Purpose::Treatment.tag()]),
			starts_at: None,
			expires_at: None,
			records: BoundedVec::new(),
		},
	));
	id
}

fn last_event() -> RuntimeEvent {
	System::events().pop().expect("an event").event
}

// ---------------------------------------------------------------- the pallets' clock

#[test]
fn the_pallets_keep_time_by_their_clock() {
	build_and_execute(|| {
		// The clock runs 1,000 ms ahead of the system block number (1).
		ClockOffset::set(&1_000);
		let now = 1_001;
		let terms = |starts_at, expires_at| ConsentTerms {
			classes: ClassScope::Only(BoundedVec::truncate_from(vec![Category::Laboratory.tag()])),
			actions: BoundedVec::truncate_from(vec![ConsentAction::Append]),
			purposes: BoundedVec::truncate_from(vec![Purpose::Treatment.tag()]),
			starts_at,
			expires_at,
			records: BoundedVec::new(),
		};
		// Moment 500 is in the system's future but in the clock's past.
		assert_noop!(
			ConsentRegistry::grant_consent(
				RuntimeOrigin::signed(ALICE),
				ALICE_ID,
				Grantee::Organisation(HOSPITAL),
				terms(Some(500), None),
			),
			pallet_consent_registry::Error::<Test>::InvalidPeriod
		);
		let consent = pallet_consent_registry::NextConsentId::<Test>::get();
		assert_ok!(ConsentRegistry::grant_consent(
			RuntimeOrigin::signed(ALICE),
			ALICE_ID,
			Grantee::Organisation(HOSPITAL),
			terms(None, Some(now + 4)),
		));
		let granted = pallet_consent_registry::Consents::<Test>::get((ALICE_ID, consent)).unwrap();
		assert_eq!(granted.granted_at, now);
		let id = anchor(DOCTOR, request(1));
		assert_eq!(RecordAnchor::record(&id).unwrap().1.current.anchored_at, now);

		// Four system blocks later the consent has ended by the provider's count.
		System::set_block_number(5);
		assert_noop!(
			RecordAnchor::anchor_record(RuntimeOrigin::signed(DOCTOR), request(2)),
			Error::<Test>::WriteNotPermitted
		);
		assert_ok!(PatientIdentity::register_patient(RuntimeOrigin::signed(5), [9; 32], None));
		let patient = pallet_patient_identity::PatientByAccount::<Test>::get(5).unwrap();
		let registered = pallet_patient_identity::Patients::<Test>::get(patient).unwrap();
		assert_eq!(registered.registered_at, now + 4);
	});
}

// ---------------------------------------------------------------- anchor_record

#[test]
fn patient_anchors_a_record_with_a_deterministic_id() {
	build_and_execute(|| {
		let id = anchor(ALICE, request(1));
		assert_eq!(id, RecordAnchor::record_id(ALICE_ID, HashAlgorithm::Sha2_256, &[1; 32]));
		// The id starts with the patient id; the record is stored under the patient.
		assert_eq!(id[..8], ALICE_ID.to_le_bytes());
		assert_eq!(RecordAnchor::split_id(&id), (ALICE_ID, id[8..].try_into().unwrap()));
		let (patient, record) = RecordAnchor::record(&id).unwrap();
		assert_eq!((patient, record.author, record.current_version), (ALICE_ID, ALICE, 1));
		assert_eq!(record.erased_at, None);
		let v1 = record.current;
		assert_eq!((v1.content_hash, v1.key_manifest), ([1; 32], Some([9; 32])));
		assert_eq!(Records::<Test>::iter_prefix(ALICE_ID).count(), 1);
		// Version 1 is the current one: nothing is superseded yet.
		assert_eq!(Versions::<Test>::iter_prefix(id).count(), 0);
		assert_eq!(RecordAnchor::held(&ALICE), 4);
		assert_eq!(
			last_event(),
			Event::RecordAnchored {
				patient: ALICE_ID,
				record: id,
				class: Category::Laboratory.tag(),
				author: ALICE,
			}
			.into()
		);
	});
}

#[test]
fn representative_and_consented_practitioner_anchor() {
	build_and_execute(|| {
		anchor(REPRESENTATIVE, request(1));
		assert_eq!(RecordAnchor::held(&REPRESENTATIVE), 4);
		consent(&[ConsentAction::Append]);
		let id = anchor(DOCTOR, request(2));
		assert_eq!(RecordAnchor::record(&id).unwrap().1.author, DOCTOR);
	});
}

#[test]
fn anchoring_without_consent_fails_and_changes_nothing() {
	build_and_execute(|| {
		let anchor_as = |who| RecordAnchor::anchor_record(RuntimeOrigin::signed(who), request(1));
		assert_noop!(anchor_as(DOCTOR), Error::<Test>::WriteNotPermitted);
		// Read consent is not append consent.
		consent(&[ConsentAction::Read]);
		assert_noop!(anchor_as(DOCTOR), Error::<Test>::WriteNotPermitted);
		// Wrong purpose.
		let c = consent(&[ConsentAction::Append]);
		let mut research = request(1);
		research.purpose = Purpose::Research.tag();
		assert_noop!(
			RecordAnchor::anchor_record(RuntimeOrigin::signed(DOCTOR), research),
			Error::<Test>::WriteNotPermitted
		);
		// Revocation stops new anchors at once.
		assert_ok!(anchor_as(DOCTOR));
		assert_ok!(ConsentRegistry::revoke_consent(RuntimeOrigin::signed(ALICE), ALICE_ID, c));
		assert_noop!(
			RecordAnchor::anchor_record(RuntimeOrigin::signed(DOCTOR), request(2)),
			Error::<Test>::WriteNotPermitted
		);
	});
}

fn open_emergency(who: AccountId) {
	assert_ok!(ConsentRegistry::open_emergency_access(
		RuntimeOrigin::signed(who),
		ALICE_ID,
		[0x5e; 32]
	));
}

/// A request to anchor Alice's record `n` of emergency care, under an emergency session.
fn emergency_request(n: u8) -> AnchorRequest<Test> {
	AnchorRequest {
		class: Category::EmergencyCare.tag(),
		purpose: Purpose::EmergencyTreatment.tag(),
		..request(n)
	}
}

/// Alice denies `grantee` `actions` on laboratory records for `purposes`.
fn deny(grantee: Grantee<AccountId>, actions: &[ConsentAction], purposes: &[Purpose]) -> u64 {
	deny_classes(grantee, &[Category::Laboratory], actions, purposes)
}

fn deny_classes(
	grantee: Grantee<AccountId>,
	categories: &[Category],
	actions: &[ConsentAction],
	purposes: &[Purpose],
) -> u64 {
	let id = pallet_consent_registry::NextConsentId::<Test>::get();
	assert_ok!(ConsentRegistry::deny_access(
		RuntimeOrigin::signed(ALICE),
		ALICE_ID,
		grantee,
		ConsentTerms {
			classes: ClassScope::Only(BoundedVec::truncate_from(
				medledger_test_utils::wallet::classes(categories),
			)),
			actions: BoundedVec::truncate_from(actions.to_vec()),
			purposes: BoundedVec::truncate_from(medledger_test_utils::wallet::purposes(purposes)),
			starts_at: None,
			expires_at: None,
			records: BoundedVec::new(),
		},
	));
	id
}

#[test]
fn an_emergency_session_allows_appending_the_record_of_emergency_care_only() {
	build_and_execute(|| {
		open_emergency(DOCTOR);
		anchor(DOCTOR, emergency_request(1));
		// Only for emergency treatment: a session is not a consent.
		assert_noop!(
			RecordAnchor::anchor_record(RuntimeOrigin::signed(DOCTOR), request(2)),
			Error::<Test>::WriteNotPermitted
		);
		// Only in the emergency class, never in one of the patient's (labelled or not).
		for category in [Category::Laboratory, Category::MentalHealth] {
			let mut classified = emergency_request(2);
			classified.class = category.tag();
			assert_noop!(
				RecordAnchor::anchor_record(RuntimeOrigin::signed(DOCTOR), classified),
				Error::<Test>::WriteNotPermitted
			);
		}
	});
}

#[test]
fn a_denied_practitioner_cannot_anchor_through_an_emergency_session() {
	build_and_execute(|| {
		// The session is open first; then the patient denies the doctor appends for treatment.
		open_emergency(DOCTOR);
		deny(Grantee::Practitioner(DOCTOR), &[ConsentAction::Append], &[Purpose::Treatment]);
		// The anchor the deny covers fails, and changes nothing.
		assert_noop!(
			RecordAnchor::anchor_record(RuntimeOrigin::signed(DOCTOR), request(1)),
			Error::<Test>::WriteNotPermitted
		);
		// A deny naming the doctor ends the session's permits altogether, emergency appends too.
		assert_noop!(
			RecordAnchor::anchor_record(RuntimeOrigin::signed(DOCTOR), emergency_request(1)),
			Error::<Test>::WriteNotPermitted
		);
		// The nurse's session is unaffected, until a deny covers her emergency appends.
		open_emergency(NURSE);
		anchor(NURSE, emergency_request(2));
		deny_classes(
			Grantee::Organisation(HOSPITAL),
			&[Category::EmergencyCare],
			&[ConsentAction::Append],
			&[Purpose::EmergencyTreatment],
		);
		assert_noop!(
			RecordAnchor::anchor_record(RuntimeOrigin::signed(NURSE), emergency_request(3)),
			Error::<Test>::WriteNotPermitted
		);
	});
}

#[test]
fn anchor_input_errors() {
	build_and_execute(|| {
		let try_anchor = |r| RecordAnchor::anchor_record(RuntimeOrigin::signed(ALICE), r);
		let mut r = request(1);
		r.patient = 9;
		assert_noop!(try_anchor(r), Error::<Test>::PatientNotFound);
		assert_noop!(try_anchor(request(0)), Error::<Test>::InvalidHash);
		for bad in [
			&b"http://insecure.example/x"[..],
			b"https://",
			b"ipfs://",
			b"https://has space",
			b"observation/1",
			// A relative FHIR reference names the resource type.
			b"DocumentReference/abc-123.v2",
			b"ftp://x",
		] {
			let mut r = request(1);
			r.location = BoundedVec::truncate_from(bad.to_vec());
			assert_noop!(try_anchor(r), Error::<Test>::InvalidLocation);
		}
		anchor(ALICE, request(1));
		assert_noop!(try_anchor(request(1)), Error::<Test>::AlreadyExists);
		represent(ALICE, POOR);
		assert_noop!(
			RecordAnchor::anchor_record(RuntimeOrigin::signed(POOR), request(2)),
			Error::<Test>::InsufficientBalance
		);
	});
}

#[test]
fn valid_locations() {
	for ok in [
		&b"https://store.example.org/r/5f3a9c"[..],
		b"ipfs://bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi",
	] {
		assert!(is_valid_location(ok), "{}", String::from_utf8_lossy(ok));
	}
}

// ---------------------------------------------------------------- weights

type RecordWeights = <Test as crate::Config>::WeightInfo;
type ConsentWeights = <Test as pallet_consent_registry::Config>::WeightInfo;

fn charged(result: polkadot_sdk::frame_support::dispatch::DispatchResultWithPostInfo) -> Weight {
	result.expect("dispatched").actual_weight.expect("an actual weight")
}

#[test]
fn writes_are_charged_for_what_they_did_not_the_worst_case() {
	use crate::weights::WeightInfo;
	use pallet_consent_registry::WeightInfo as _;
	build_and_execute(|| {
		// Each call's benchmark writes as the patient (one cheap decision) with prepaid deposits;
		// what else a write does is added: further decisions, and a deposit held now.
		let patient = ConsentWeights::check_access_as_patient();
		let beyond = |decisions: Weight| decisions - patient;
		let hold = RecordWeights::hold_deposit();
		// Each write notes one entry on the patient's timeline.
		let note = <Test as Config>::Timeline::note_weight();
		let declared = RecordWeights::anchor_record() +
			hold + <ConsentRegistry as ConsentChecker<_, _>>::check_access_weight() +
			note;

		// The patient, paying as it goes: the deposit is held.
		let w = charged(RecordAnchor::anchor_record(RuntimeOrigin::signed(ALICE), request(1)));
		assert_eq!(w, RecordWeights::anchor_record() + hold + note);
		assert!(w.all_lt(declared));
		// With prepaid deposits: what the benchmark measured, nothing more.
		assert_ok!(RecordAnchor::prepay_deposits(RuntimeOrigin::signed(ALICE), 100));
		let w = charged(RecordAnchor::anchor_record(RuntimeOrigin::signed(ALICE), request(10)));
		assert_eq!(w, RecordWeights::anchor_record() + note);

		// A practitioner permitted by the one consent in the organisation's index.
		consent(&[ConsentAction::Append, ConsentAction::Amend, ConsentAction::Read]);
		let w = charged(RecordAnchor::anchor_record(RuntimeOrigin::signed(DOCTOR), request(2)));
		assert_eq!(
			w,
			RecordWeights::anchor_record() + beyond(ConsentWeights::check_access(1)) + hold + note
		);

		// Amending and logging: one decision each.
		let id = RecordAnchor::record_id(ALICE_ID, HashAlgorithm::Sha2_256, &[2; 32]);
		let w =
			charged(RecordAnchor::amend_record(RuntimeOrigin::signed(DOCTOR), id, amendment(3)));
		assert_eq!(
			w,
			RecordWeights::amend_record() + beyond(ConsentWeights::check_access(1)) + hold + note
		);
		let w = charged(RecordAnchor::log_access(
			RuntimeOrigin::signed(CUSTODIAN),
			id,
			DOCTOR,
			Purpose::Treatment.tag(),
			None,
		));
		assert_eq!(
			w,
			RecordWeights::log_access() + beyond(ConsentWeights::check_access(1)) + hold + note
		);

		// A batch decides once per run of one patient's entries, notes one timeline entry per
		// run and takes its deposits at once; it declares one worst-case decision and one entry
		// per run.
		let one_patient = batch(&[(ALICE_ID, 4), (ALICE_ID, 5), (ALICE_ID, 6)]);
		let info =
			crate::Call::<Test>::anchor_batch { batch: one_patient.clone() }.get_dispatch_info();
		let worst = <ConsentRegistry as ConsentChecker<_, _>>::check_access_weight();
		assert_eq!(info.call_weight, RecordWeights::anchor_batch(3) + hold + worst + note);
		let w = charged(RecordAnchor::anchor_batch(RuntimeOrigin::signed(ALICE), one_patient));
		assert_eq!(w, RecordWeights::anchor_batch(3) + note);
		// A representative of both patients, entries in three runs: three decisions and three
		// entries, a held deposit.
		represent(BOB, REPRESENTATIVE);
		let three_runs = batch(&[(ALICE_ID, 7), (BOB_ID, 8), (ALICE_ID, 9)]);
		let info =
			crate::Call::<Test>::anchor_batch { batch: three_runs.clone() }.get_dispatch_info();
		assert_eq!(info.call_weight, RecordWeights::anchor_batch(3) + hold + (worst + note) * 3);
		let w =
			charged(RecordAnchor::anchor_batch(RuntimeOrigin::signed(REPRESENTATIVE), three_runs));
		assert_eq!(w, RecordWeights::anchor_batch(3) + patient * 2 + hold + note * 3);
		// Deposits: 4 for each of the five records Alice anchored; 100 - 4 × 4 still prepaid.
		assert_eq!(RecordAnchor::held(&ALICE), 4 * 5 + 84);
		assert_eq!(Prepaid::<Test>::get(ALICE), 84);
		assert_eq!(RecordAnchor::held(&REPRESENTATIVE), 4 * 3);
	});
}

#[test]
fn anchoring_in_an_emergency_is_charged_for_its_one_decision() {
	use crate::weights::WeightInfo;
	use pallet_consent_registry::WeightInfo as _;
	build_and_execute(|| {
		open_emergency(DOCTOR);
		let w = charged(RecordAnchor::anchor_record(
			RuntimeOrigin::signed(DOCTOR),
			emergency_request(1),
		));
		let decision = ConsentWeights::check_access(0) - ConsentWeights::check_access_as_patient();
		let note = <Test as Config>::Timeline::note_weight();
		assert_eq!(
			w,
			RecordWeights::anchor_record() + decision + RecordWeights::hold_deposit() + note
		);
	});
}

// ---------------------------------------------------------------- prepaid deposits

#[test]
fn prepaid_deposits_are_taken_first_then_each_deposit_is_held() {
	build_and_execute(|| {
		assert_ok!(RecordAnchor::prepay_deposits(RuntimeOrigin::signed(ALICE), 9));
		assert_eq!(last_event(), Event::DepositsPrepaid { who: ALICE, amount: 9, total: 9 }.into());
		assert_eq!((RecordAnchor::held(&ALICE), Prepaid::<Test>::get(ALICE)), (9, 9));
		let free = Balances::balance(&ALICE);
		let holds = || {
			System::events()
				.iter()
				.filter(|e| {
					matches!(
						e.event,
						RuntimeEvent::Balances(polkadot_sdk::pallet_balances::Event::Held { .. })
					)
				})
				.count()
		};
		let before = holds();

		// Two records come out of the prepaid 9, without holding anything more.
		anchor(ALICE, request(1));
		anchor(ALICE, request(2));
		assert_eq!((RecordAnchor::held(&ALICE), Prepaid::<Test>::get(ALICE)), (9, 1));
		assert_eq!(Balances::balance(&ALICE), free);
		assert_eq!(holds(), before);

		// 1 left does not cover 4: the next deposit is held, the 1 stays prepaid.
		anchor(ALICE, request(3));
		assert_eq!((RecordAnchor::held(&ALICE), Prepaid::<Test>::get(ALICE)), (13, 1));
		assert_eq!(Balances::balance(&ALICE), free - 4);

		// Amendments and log entries take prepaid deposits too.
		assert_ok!(RecordAnchor::prepay_deposits(RuntimeOrigin::signed(ALICE), 5));
		let id = RecordAnchor::record_id(ALICE_ID, HashAlgorithm::Sha2_256, &[1; 32]);
		assert_ok!(RecordAnchor::amend_record(RuntimeOrigin::signed(ALICE), id, amendment(4)));
		assert_eq!(Prepaid::<Test>::get(ALICE), 3);
		// Held: 3 prepaid + three records (12) + a version (3).
		assert_eq!(RecordAnchor::held(&ALICE), 18);
		assert_ok!(RecordAnchor::prepay_deposits(RuntimeOrigin::signed(CUSTODIAN), 2));
		assert_ok!(RecordAnchor::log_access(
			RuntimeOrigin::signed(CUSTODIAN),
			id,
			ALICE,
			Purpose::PatientRequest.tag(),
			None
		));
		assert_eq!(Prepaid::<Test>::get(CUSTODIAN), 0);
		assert_eq!(RecordAnchor::held(&CUSTODIAN), 2);
	});
}

#[test]
fn unused_prepaid_deposits_can_be_withdrawn() {
	build_and_execute(|| {
		assert_ok!(RecordAnchor::prepay_deposits(RuntimeOrigin::signed(ALICE), 10));
		anchor(ALICE, request(1));
		let free = Balances::balance(&ALICE);
		assert_noop!(
			RecordAnchor::withdraw_prepaid(RuntimeOrigin::signed(ALICE), 7),
			Error::<Test>::InsufficientPrepaid
		);
		assert_ok!(RecordAnchor::withdraw_prepaid(RuntimeOrigin::signed(ALICE), 2));
		assert_eq!(last_event(), Event::PrepaidWithdrawn { who: ALICE, amount: 2, left: 4 }.into());
		assert_eq!(Balances::balance(&ALICE), free + 2);
		assert_ok!(RecordAnchor::withdraw_prepaid(RuntimeOrigin::signed(ALICE), 4));
		// Nothing prepaid is nothing stored; the record's deposit stays held.
		assert!(!Prepaid::<Test>::contains_key(ALICE));
		assert_eq!(RecordAnchor::held(&ALICE), 4);
		assert_noop!(
			RecordAnchor::withdraw_prepaid(RuntimeOrigin::signed(ALICE), 1),
			Error::<Test>::InsufficientPrepaid
		);
		// Someone else's prepaid deposits are not yours.
		assert_ok!(RecordAnchor::prepay_deposits(RuntimeOrigin::signed(BOB), 5));
		assert_noop!(
			RecordAnchor::withdraw_prepaid(RuntimeOrigin::signed(ALICE), 5),
			Error::<Test>::InsufficientPrepaid
		);
	});
}

#[test]
fn prepay_errors_change_nothing() {
	build_and_execute(|| {
		assert_noop!(
			RecordAnchor::prepay_deposits(RuntimeOrigin::signed(ALICE), 0),
			Error::<Test>::ZeroAmount
		);
		assert_noop!(
			RecordAnchor::withdraw_prepaid(RuntimeOrigin::signed(ALICE), 0),
			Error::<Test>::ZeroAmount
		);
		assert_noop!(
			RecordAnchor::prepay_deposits(RuntimeOrigin::signed(POOR), 5),
			Error::<Test>::InsufficientBalance
		);
		assert_noop!(
			RecordAnchor::prepay_deposits(RuntimeOrigin::signed(ALICE), ENDOWMENT * 2),
			Error::<Test>::InsufficientBalance
		);
	});
}

// ---------------------------------------------------------------- amend_record

#[test]
fn amendments_chain_versions_and_keep_every_one_verifiable() {
	build_and_execute(|| {
		let id = anchor(ALICE, request(1));
		consent(&[ConsentAction::Amend]);
		System::set_block_number(5);
		assert_ok!(RecordAnchor::amend_record(RuntimeOrigin::signed(DOCTOR), id, amendment(2)));
		assert_eq!(
			last_event(),
			Event::RecordAmended { patient: ALICE_ID, record: id, version: 2, author: DOCTOR }
				.into()
		);
		assert_ok!(RecordAnchor::amend_record(RuntimeOrigin::signed(ALICE), id, amendment(3)));
		assert_eq!(RecordAnchor::record(&id).unwrap().1.current_version, 3);
		// Versions 1 and 2 are superseded and kept.
		assert_eq!(Versions::<Test>::iter_prefix(id).count(), 2);
		assert_eq!(RecordAnchor::held(&DOCTOR), 3);
		assert_eq!(
			RecordAnchor::api_verify(id, [1; 32]),
			Verification::Valid { version: 1, current: false, author: ALICE, anchored_at: 1 }
		);
		assert_eq!(
			RecordAnchor::api_verify(id, [2; 32]),
			Verification::Valid { version: 2, current: false, author: DOCTOR, anchored_at: 5 }
		);
		assert!(matches!(
			RecordAnchor::api_verify(id, [3; 32]),
			Verification::Valid { version: 3, current: true, .. }
		));
		assert_eq!(RecordAnchor::api_verify(id, [4; 32]), Verification::Mismatch);
		assert_eq!(RecordAnchor::api_verify([7; 32], [1; 32]), Verification::Unknown);
		let info = RecordAnchor::api_record(id).unwrap();
		assert_eq!((info.current_version, info.content_hash), (3, [3; 32]));
		assert_eq!(info.location, b"ipfs://bafy-new".to_vec());
	});
}

#[test]
fn amend_errors_change_nothing() {
	build_and_execute(|| {
		let id = anchor(ALICE, request(1));
		let amend = |who, id, a| RecordAnchor::amend_record(RuntimeOrigin::signed(who), id, a);
		assert_noop!(amend(ALICE, [7; 32], amendment(2)), Error::<Test>::RecordNotFound);
		assert_noop!(amend(ALICE, id, amendment(0)), Error::<Test>::InvalidHash);
		let mut bad = amendment(2);
		bad.location = BoundedVec::truncate_from(b"nowhere".to_vec());
		assert_noop!(amend(ALICE, id, bad), Error::<Test>::InvalidLocation);
		// Append consent does not allow amending.
		consent(&[ConsentAction::Append]);
		assert_noop!(amend(DOCTOR, id, amendment(2)), Error::<Test>::WriteNotPermitted);
		for v in 2..=MAX_VERSIONS {
			assert_ok!(amend(ALICE, id, amendment(v as u8)));
		}
		assert_noop!(amend(ALICE, id, amendment(9)), Error::<Test>::TooManyVersions);
		assert_ok!(RecordAnchor::erase_record(RuntimeOrigin::signed(ALICE), id));
		assert_noop!(amend(ALICE, id, amendment(9)), Error::<Test>::Erased);
		represent(ALICE, POOR);
		let other = anchor(ALICE, request(5));
		assert_noop!(amend(POOR, other, amendment(6)), Error::<Test>::InsufficientBalance);
	});
}

// ---------------------------------------------------------------- erase_record

#[test]
fn erasure_forgets_locations_and_keeps_the_proof() {
	build_and_execute(|| {
		let id = anchor(ALICE, request(1));
		assert_ok!(RecordAnchor::amend_record(RuntimeOrigin::signed(ALICE), id, amendment(2)));
		System::set_block_number(8);
		assert_ok!(RecordAnchor::erase_record(RuntimeOrigin::signed(REPRESENTATIVE), id));
		assert_eq!(
			last_event(),
			Event::RecordErased { patient: ALICE_ID, record: id, by: REPRESENTATIVE }.into()
		);
		let version = Versions::<Test>::get(id, 1).unwrap();
		assert!(version.location.is_empty());
		assert_eq!(version.content_hash, [1; 32]);
		let current = RecordAnchor::record(&id).unwrap().1.current;
		assert!(current.location.is_empty());
		assert_eq!(current.content_hash, [2; 32]);
		assert_eq!(RecordAnchor::api_verify(id, [1; 32]), Verification::Erased { erased_at: 8 });
		assert!(RecordAnchor::api_record(id).unwrap().location.is_empty());
	});
}

#[test]
fn author_may_erase_others_may_not() {
	build_and_execute(|| {
		consent(&[ConsentAction::Append]);
		let id = anchor(DOCTOR, request(1));
		let erase = |who| RecordAnchor::erase_record(RuntimeOrigin::signed(who), id);
		assert_noop!(
			RecordAnchor::erase_record(RuntimeOrigin::signed(ALICE), [7; 32]),
			Error::<Test>::RecordNotFound
		);
		assert_noop!(erase(NURSE), Error::<Test>::MayNotErase);
		assert_ok!(erase(DOCTOR));
		assert_noop!(erase(ALICE), Error::<Test>::Erased);
	});
}

#[test]
fn an_author_erases_only_while_in_standing_at_its_organisation() {
	build_and_execute(|| {
		consent(&[ConsentAction::Append]);
		let id = anchor(DOCTOR, request(1));
		let other = anchor(DOCTOR, request(2));
		// The doctor resigns: its own records are no longer its to erase.
		assert_ok!(PatientIdentity::resign(RuntimeOrigin::signed(DOCTOR)));
		assert_noop!(
			RecordAnchor::erase_record(RuntimeOrigin::signed(DOCTOR), id),
			Error::<Test>::MayNotErase
		);
		// The patient always may.
		assert_ok!(RecordAnchor::erase_record(RuntimeOrigin::signed(ALICE), id));
		// Suspending the hospital suspends the right too.
		practitioner(21, DOCTOR, medledger_primitives::PractitionerRole::Physician);
		assert_ok!(PatientIdentity::suspend_organisation(RuntimeOrigin::root(), HOSPITAL));
		assert_noop!(
			RecordAnchor::erase_record(RuntimeOrigin::signed(DOCTOR), other),
			Error::<Test>::MayNotErase
		);
	});
}

#[test]
fn a_representative_without_the_records_scope_cannot_erase() {
	build_and_execute(|| {
		let id = anchor(ALICE, request(1));
		assert_ok!(PatientIdentity::appoint_representative(
			RuntimeOrigin::signed(ALICE),
			ALICE_ID,
			STRANGER,
			medledger_primitives::RepresentativeScope {
				encryption_key: true,
				..Default::default()
			},
			None,
			None
		));
		assert_noop!(
			RecordAnchor::erase_record(RuntimeOrigin::signed(STRANGER), id),
			Error::<Test>::MayNotErase
		);
	});
}

#[test]
fn a_deactivated_patients_records_are_erased_in_bounded_steps() {
	build_and_execute(|| {
		let ids: Vec<RecordId> = (1..=5u8).map(|i| anchor(ALICE, request(i))).collect();
		<RecordAnchor as medledger_primitives::OnPatientDeactivated>::on_patient_deactivated(
			ALICE_ID,
		);
		// Room for two records in the first block.
		let two =
			<<Test as crate::Config>::WeightInfo as crate::weights::WeightInfo>::erase_deactivated_records(2);
		RecordAnchor::erase_deactivated(two);
		assert_eq!(
			last_event(),
			Event::DeactivatedRecordsErased { patient: ALICE_ID, records: 2, done: false }.into()
		);
		assert!(PendingErasures::<Test>::contains_key(ALICE_ID));
		// Then the rest, with room to spare.
		RecordAnchor::erase_deactivated(Weight::MAX);
		assert!(!PendingErasures::<Test>::contains_key(ALICE_ID));
		for id in ids {
			let record = RecordAnchor::record(&id).unwrap().1;
			assert!(record.erased_at.is_some() && record.current.location.is_empty());
		}
		// Nothing to do afterwards, and no room, no work.
		assert_eq!(RecordAnchor::erase_deactivated(Weight::zero()), Weight::zero());
	});
}

// ---------------------------------------------------------------- anchor_batch

#[test]
fn batch_anchors_all_or_nothing() {
	build_and_execute(|| {
		assert_ok!(RecordAnchor::anchor_batch(
			RuntimeOrigin::signed(ALICE),
			batch(&[(ALICE_ID, 1), (ALICE_ID, 2), (ALICE_ID, 3)])
		));
		assert_eq!(Records::<Test>::iter_prefix(ALICE_ID).count(), 3);
		assert_eq!(RecordAnchor::held(&ALICE), 12);
		// Each entry is a whole record: the batch's shared fields, its own location and keys.
		let id = RecordAnchor::record_id(ALICE_ID, HashAlgorithm::Sha2_256, &[2; 32]);
		let (_, record) = RecordAnchor::record(&id).unwrap();
		assert_eq!(
			(record.class, record.emergency_commitment, record.author),
			(Category::Laboratory.tag(), openable(), ALICE)
		);
		assert_eq!(&record.current.location[..], b"https://store.example/r/2");
		assert_eq!(record.current.key_manifest, Some([2; 32]));
		// One event per record, in the batch's order.
		let anchored: Vec<_> = System::events()
			.into_iter()
			.filter_map(|e| match e.event {
				RuntimeEvent::RecordAnchor(Event::RecordAnchored { record, .. }) => Some(record),
				_ => None,
			})
			.collect();
		let ids: Vec<_> = (1..=3)
			.map(|h| RecordAnchor::record_id(ALICE_ID, HashAlgorithm::Sha2_256, &[h; 32]))
			.collect();
		assert_eq!(anchored, ids);
	});
}

#[test]
fn batch_errors_change_nothing() {
	build_and_execute(|| {
		let try_batch = |b| RecordAnchor::anchor_batch(RuntimeOrigin::signed(ALICE), b);
		assert_ok!(try_batch(batch(&[(ALICE_ID, 1)])));
		// One bad entry, wherever it is, and nothing is anchored.
		assert_noop!(
			try_batch(batch(&[(ALICE_ID, 4), (ALICE_ID, 1)])),
			Error::<Test>::AlreadyExists
		);
		assert_noop!(
			try_batch(batch(&[(ALICE_ID, 5), (ALICE_ID, 5)])),
			Error::<Test>::AlreadyExists
		);
		assert_noop!(try_batch(batch(&[(ALICE_ID, 6), (ALICE_ID, 0)])), Error::<Test>::InvalidHash);
		assert_noop!(try_batch(batch(&[(ALICE_ID, 7), (9, 8)])), Error::<Test>::PatientNotFound);
		assert_noop!(try_batch(batch(&[])), Error::<Test>::EmptyBatch);
		// Alice may not write Bob's records.
		assert_noop!(
			try_batch(batch(&[(ALICE_ID, 9), (BOB_ID, 9)])),
			Error::<Test>::WriteNotPermitted
		);
		assert_noop!(
			RecordAnchor::anchor_batch(RuntimeOrigin::signed(DOCTOR), batch(&[(ALICE_ID, 9)])),
			Error::<Test>::WriteNotPermitted
		);
		// The shared fields are checked as a single record's are.
		let mut b = batch(&[(ALICE_ID, 10)]);
		b.base = BoundedVec::truncate_from(b"ftp://store.example/".to_vec());
		assert_noop!(try_batch(b), Error::<Test>::InvalidLocation);
		// An entry's location is the base and its path, within MaxLocationLength (64 here).
		let mut b = batch(&[(ALICE_ID, 10)]);
		b.entries[0].path = BoundedVec::truncate_from(vec![b'a'; 41]);
		assert_noop!(try_batch(b), Error::<Test>::InvalidLocation);
		let mut b = batch(&[(ALICE_ID, 10)]);
		b.entries[0].path = BoundedVec::truncate_from(vec![b'a'; 40]);
		assert_ok!(try_batch(b));
		// With no base, each path is a whole location.
		let mut b = batch(&[(ALICE_ID, 11)]);
		b.base = BoundedVec::new();
		assert_noop!(try_batch(b.clone()), Error::<Test>::InvalidLocation);
		b.entries[0].path = BoundedVec::truncate_from(b"ipfs://bafy-11".to_vec());
		assert_ok!(try_batch(b));
		represent(ALICE, POOR);
		assert_noop!(
			RecordAnchor::anchor_batch(RuntimeOrigin::signed(POOR), batch(&[(ALICE_ID, 12)])),
			Error::<Test>::InsufficientBalance
		);
	});
}

#[test]
fn batch_declares_a_decision_per_run_of_one_patient() {
	assert_eq!(batch(&[]).patient_runs(), 0);
	assert_eq!(batch(&[(ALICE_ID, 1), (ALICE_ID, 2), (BOB_ID, 3)]).patient_runs(), 2);
	assert_eq!(batch(&[(ALICE_ID, 1), (BOB_ID, 2), (ALICE_ID, 3)]).patient_runs(), 3);
}

// ---------------------------------------------------------------- Merkle roots

#[test]
fn merkle_root_proofs() {
	build_and_execute(|| {
		// Five leaves: an odd count exercises promotion of the last node.
		let hashes: Vec<[u8; 32]> = (1..=5u8).map(|i| [i; 32]).collect();
		let root = binary_merkle_tree::merkle_root::<BlakeTwo256, _>(hashes.iter()).0;
		assert_ok!(RecordAnchor::anchor_merkle_root(RuntimeOrigin::signed(CUSTODIAN), root, 5));
		assert_eq!(
			last_event(),
			Event::MerkleRootAnchored { id: 0, root, leaves: 5, author: CUSTODIAN }.into()
		);
		let anchored = MerkleRoots::<Test>::get(0).unwrap();
		assert_eq!(anchored.organisation, STORE);
		for (i, hash) in hashes.iter().enumerate() {
			let proof =
				binary_merkle_tree::merkle_proof::<BlakeTwo256, _, _>(hashes.iter(), i as u32);
			let proof: Vec<[u8; 32]> = proof.proof.into_iter().map(|h| h.0).collect();
			assert!(
				RecordAnchor::api_verify_in_merkle_root(0, *hash, proof.clone(), i as u32),
				"leaf {i}"
			);
			// Wrong leaf, wrong position, wrong root.
			assert!(!RecordAnchor::api_verify_in_merkle_root(0, [9; 32], proof.clone(), i as u32));
			assert!(!RecordAnchor::api_verify_in_merkle_root(
				0,
				*hash,
				proof.clone(),
				(i as u32 + 1) % 5
			));
			assert!(!RecordAnchor::api_verify_in_merkle_root(1, *hash, proof, i as u32));
		}
		// Wrong root: a second root over other leaves does not verify the first one's leaves.
		let other =
			binary_merkle_tree::merkle_root::<BlakeTwo256, _>([[8u8; 32], [9; 32]].iter()).0;
		assert_ok!(RecordAnchor::anchor_merkle_root(RuntimeOrigin::signed(DOCTOR), other, 2));
		let proof = binary_merkle_tree::merkle_proof::<BlakeTwo256, _, _>(hashes.iter(), 0);
		let proof: Vec<[u8; 32]> = proof.proof.into_iter().map(|h| h.0).collect();
		assert!(!RecordAnchor::api_verify_in_merkle_root(1, hashes[0], proof, 0));
	});
}

#[test]
fn merkle_root_errors() {
	build_and_execute(|| {
		let root = [5; 32];
		let anchor_root =
			|who, root, n| RecordAnchor::anchor_merkle_root(RuntimeOrigin::signed(who), root, n);
		assert_noop!(anchor_root(ALICE, root, 3), Error::<Test>::NotPractitioner);
		assert_noop!(anchor_root(CUSTODIAN, root, 0), Error::<Test>::NoLeaves);
		assert_noop!(anchor_root(CUSTODIAN, [0; 32], 3), Error::<Test>::InvalidHash);
		NextMerkleRootId::<Test>::put(u64::MAX);
		assert_noop!(anchor_root(CUSTODIAN, root, 3), Error::<Test>::Overflow);
		NextMerkleRootId::<Test>::put(0);
		practitioner(24, POOR, medledger_primitives::PractitionerRole::Clerk);
		assert_noop!(anchor_root(POOR, root, 3), Error::<Test>::InsufficientBalance);
	});
}

// ---------------------------------------------------------------- access-log roots

/// A leaf of an access-log root: `accessor` read (or was refused) ALICE's record 1.
fn leaf(accessor: AccountId, outcome: AccessOutcome) -> AccessLogLeaf<AccountId, u64> {
	AccessLogLeaf {
		patient: ALICE_ID,
		record: RecordAnchor::record_id(ALICE_ID, HashAlgorithm::Sha2_256, &[1; 32]),
		accessor,
		purpose: Purpose::Treatment.tag(),
		outcome,
		at: 1_000,
		decided_at: [7; 32],
	}
}

#[test]
fn access_log_roots_verify_the_leaves_the_gateway_keeps() {
	build_and_execute(|| {
		// Five answers of the store's gateway (an odd count promotes the last node).
		let leaves: Vec<_> = [DOCTOR, NURSE, STRANGER, DOCTOR, RESEARCHER]
			.into_iter()
			.enumerate()
			.map(|(i, who)| {
				let outcome = if i % 2 == 0 {
					AccessOutcome::Permitted(AccessBasis::Consent(i as u64))
				} else {
					AccessOutcome::Denied(DenyReason::NoConsent)
				};
				leaf(who, outcome).encode()
			})
			.collect();
		let root = binary_merkle_tree::merkle_root::<BlakeTwo256, _>(leaves.iter()).0;
		assert_ok!(RecordAnchor::log_access_root(RuntimeOrigin::signed(CUSTODIAN), root, 5));
		assert_eq!(
			last_event(),
			Event::AccessLogRootAnchored {
				custodian: STORE,
				seq: 0,
				root,
				leaves: 5,
				by: CUSTODIAN
			}
			.into()
		);
		assert_eq!(RecordAnchor::held(&CUSTODIAN), 3);
		assert_eq!(AccessLogRootBounds::<Test>::get(STORE), LogBounds { oldest: 0, next: 1 });
		let decode =
			|bytes: &Vec<u8>| AccessLogLeaf::<AccountId, u64>::decode(&mut &bytes[..]).unwrap();
		for (i, bytes) in leaves.iter().enumerate() {
			let proof =
				binary_merkle_tree::merkle_proof::<BlakeTwo256, _, _>(leaves.iter(), i as u32);
			let proof: Vec<[u8; 32]> = proof.proof.into_iter().map(|h| h.0).collect();
			let verify = |org, seq, leaf, index| {
				RecordAnchor::api_verify_in_access_log_root(org, seq, leaf, proof.clone(), index)
			};
			assert!(verify(STORE, 0, decode(bytes), i as u32), "leaf {i}");
			// An answer changed, moved, or claimed for another root or custodian.
			let mut changed = decode(bytes);
			changed.outcome = AccessOutcome::Permitted(AccessBasis::PatientOrRepresentative);
			assert!(!verify(STORE, 0, changed, i as u32));
			assert!(!verify(STORE, 0, decode(bytes), (i as u32 + 1) % 5));
			assert!(!verify(STORE, 1, decode(bytes), i as u32));
			assert!(!verify(STORE + 1, 0, decode(bytes), i as u32));
		}
	});
}

#[test]
fn a_practitioner_logs_roots_only_for_its_own_organisation() {
	use medledger_primitives::IdentityProvider;
	build_and_execute(|| {
		// The doctor's root is filed under the doctor's organisation, never the store's: no one
		// writes another custodian's log.
		assert_ok!(RecordAnchor::log_access_root(RuntimeOrigin::signed(DOCTOR), [4; 32], 2));
		let own = PatientIdentity::practitioner_standing(&DOCTOR).unwrap().organisation;
		assert_ne!(own, STORE);
		assert!(AccessLogRoots::<Test>::contains_key(own, 0));
		assert_eq!(AccessLogRootBounds::<Test>::get(STORE), LogBounds::default());
	});
}

#[test]
fn access_log_root_errors() {
	build_and_execute(|| {
		let log_root =
			|who, root, n| RecordAnchor::log_access_root(RuntimeOrigin::signed(who), root, n);
		assert_noop!(log_root(ALICE, [5; 32], 3), Error::<Test>::NotPractitioner);
		assert_noop!(log_root(CUSTODIAN, [5; 32], 0), Error::<Test>::NoLeaves);
		assert_noop!(log_root(CUSTODIAN, [0; 32], 3), Error::<Test>::InvalidHash);
		AccessLogRootBounds::<Test>::insert(STORE, LogBounds { oldest: u64::MAX, next: u64::MAX });
		assert_noop!(log_root(CUSTODIAN, [5; 32], 3), Error::<Test>::Overflow);
		AccessLogRootBounds::<Test>::remove(STORE);
		practitioner(STORE_ADMIN, POOR, medledger_primitives::PractitionerRole::Clerk);
		assert_noop!(log_root(POOR, [5; 32], 3), Error::<Test>::InsufficientBalance);
	});
}

#[test]
fn access_log_roots_are_pruned_after_the_retention_period() {
	build_and_execute(|| {
		let prune =
			|max| RecordAnchor::prune_access_log_roots(RuntimeOrigin::signed(STRANGER), STORE, max);
		assert_noop!(prune(10), Error::<Test>::NothingToPrune);
		assert_ok!(RecordAnchor::log_access_root(RuntimeOrigin::signed(CUSTODIAN), [5; 32], 3));
		assert_ok!(RecordAnchor::log_access_root(
			RuntimeOrigin::signed(SECOND_CUSTODIAN),
			[6; 32],
			1
		));
		// Not before the retention period has passed.
		assert_noop!(prune(10), Error::<Test>::NothingToPrune);
		System::set_block_number(1 + RETENTION);
		assert_ok!(prune(1));
		assert_eq!(
			last_event(),
			Event::AccessLogRootsPruned { custodian: STORE, removed: 1, oldest: 1 }.into()
		);
		assert_eq!(RecordAnchor::held(&CUSTODIAN), 0);
		assert_eq!(RecordAnchor::held(&SECOND_CUSTODIAN), 3);
		assert_ok!(prune(10));
		assert_eq!(RecordAnchor::held(&SECOND_CUSTODIAN), 0);
		assert_eq!(AccessLogRootBounds::<Test>::get(STORE), LogBounds { oldest: 2, next: 2 });
		assert_noop!(prune(1), Error::<Test>::NothingToPrune);
	});
}

// ---------------------------------------------------------------- access log

#[test]
fn permitted_reads_are_logged_with_their_basis() {
	build_and_execute(|| {
		let id = anchor(ALICE, request(1));
		let c = consent(&[ConsentAction::Read]);
		assert_ok!(RecordAnchor::log_access(
			RuntimeOrigin::signed(CUSTODIAN),
			id,
			DOCTOR,
			Purpose::Treatment.tag(),
			None
		));
		assert_eq!(
			last_event(),
			Event::AccessLogged {
				patient: ALICE_ID,
				seq: 0,
				record: id,
				accessor: DOCTOR,
				purpose: Purpose::Treatment.tag(),
				basis: AccessBasis::Consent(c),
			}
			.into()
		);
		// The custodian serving the record logs for each reader, and pays.
		assert_ok!(RecordAnchor::log_access(
			RuntimeOrigin::signed(CUSTODIAN),
			id,
			NURSE,
			Purpose::Treatment.tag(),
			None
		));
		assert_eq!(RecordAnchor::held(&CUSTODIAN), 4);
		let page = RecordAnchor::api_access_log(ALICE_ID, 0, 10);
		assert_eq!(page.items.len(), 2);
		assert_eq!(page.items[1].accessor, NURSE);
		assert_eq!(page.items[1].logged_by, CUSTODIAN);
		assert_eq!(page.items[1].outcome, AccessOutcome::Permitted(AccessBasis::Consent(c)));
	});
}

#[test]
fn an_emergency_read_is_logged_with_the_records_emergency_key() {
	build_and_execute(|| {
		let id = anchor(ALICE, request(1));
		// A labelled record: its author gave it a commitment no key opens.
		let sealed =
			anchor(ALICE, AnchorRequest { emergency_commitment: [0x11; 32], ..request(2) });
		let care = anchor(ALICE, emergency_request(3));
		open_emergency(DOCTOR);
		let log = |record, key| {
			RecordAnchor::log_access(
				RuntimeOrigin::signed(CUSTODIAN),
				record,
				DOCTOR,
				Purpose::EmergencyTreatment.tag(),
				key,
			)
		};
		// Without the key, or with a wrong one, nothing is logged.
		assert_noop!(log(id, None), Error::<Test>::ReadNotPermitted);
		assert_noop!(log(id, Some([0xe6; 32])), Error::<Test>::EmergencyKeyMismatch);
		assert_noop!(log(sealed, Some(EMERGENCY_KEY)), Error::<Test>::EmergencyKeyMismatch);
		// With it, the read is logged on the session.
		assert_ok!(log(id, Some(EMERGENCY_KEY)));
		assert_eq!(
			AccessLog::<Test>::get(ALICE_ID, 0).map(|e| e.outcome),
			Some(AccessOutcome::Permitted(AccessBasis::Emergency(0)))
		);
		// The record of emergency care needs no key.
		assert_ok!(log(care, None));
		// The key opens an emergency read only: a treatment read still needs a consent.
		assert_noop!(
			RecordAnchor::log_access(
				RuntimeOrigin::signed(CUSTODIAN),
				id,
				DOCTOR,
				Purpose::Treatment.tag(),
				Some(EMERGENCY_KEY)
			),
			Error::<Test>::ReadNotPermitted
		);
		// The runtime API answers as the log does.
		let api = |key: Option<[u8; 32]>| {
			let opened = key.is_some_and(|k| RecordAnchor::api_emergency_key_opens(id, &k));
			<ConsentRegistry as ConsentChecker<_, _>>::check_access(
				ALICE_ID,
				&DOCTOR,
				Category::Laboratory.tag(),
				ConsentAction::Read,
				Purpose::EmergencyTreatment.tag(),
				Some(id),
				opened,
			)
			.0
			.is_permit()
		};
		assert!(api(Some(EMERGENCY_KEY)));
		assert!(!api(Some([0xe6; 32])));
		assert!(!api(None));
	});
}

#[test]
fn a_log_entry_needs_a_permitting_decision() {
	build_and_execute(|| {
		let id = anchor(ALICE, request(1));
		let log = |who, accessor| {
			RecordAnchor::log_access(
				RuntimeOrigin::signed(who),
				id,
				accessor,
				Purpose::Treatment.tag(),
				None,
			)
		};
		assert_noop!(log(CUSTODIAN, DOCTOR), Error::<Test>::ReadNotPermitted);
		let c = consent(&[ConsentAction::Read]);
		assert_ok!(log(CUSTODIAN, DOCTOR));
		// Revocation stops further logs at once.
		assert_ok!(ConsentRegistry::revoke_consent(RuntimeOrigin::signed(ALICE), ALICE_ID, c));
		assert_noop!(log(CUSTODIAN, DOCTOR), Error::<Test>::ReadNotPermitted);
		assert_noop!(
			RecordAnchor::log_access(
				RuntimeOrigin::signed(ALICE),
				[7; 32],
				ALICE,
				Purpose::Treatment.tag(),
				None
			),
			Error::<Test>::RecordNotFound
		);
		practitioner(24, POOR, medledger_primitives::PractitionerRole::Clerk);
		assert_noop!(log(POOR, ALICE), Error::<Test>::InsufficientBalance);
	});
}

#[test]
fn only_the_records_custodian_logs_reads_of_it() {
	build_and_execute(|| {
		let id = anchor(ALICE, request(1));
		consent(&[ConsentAction::Read]);
		let log = |who, accessor| {
			RecordAnchor::log_access(
				RuntimeOrigin::signed(who),
				id,
				accessor,
				Purpose::Treatment.tag(),
				None,
			)
		};
		// Another organisation's practitioner, even a data custodian's, cannot write the log of
		// a record it does not keep; nor can the reader itself, nor the patient.
		admit(OrganisationKind::DataCustodian, 25);
		practitioner(25, 26, medledger_primitives::PractitionerRole::Clerk);
		assert_noop!(log(26, DOCTOR), Error::<Test>::NotCustodian);
		assert_noop!(log(DOCTOR, DOCTOR), Error::<Test>::NotCustodian);
		assert_noop!(log(ALICE, DOCTOR), Error::<Test>::NotCustodian);
		// A suspended custodian loses the right with its standing.
		assert_ok!(PatientIdentity::suspend_organisation(RuntimeOrigin::root(), STORE));
		assert_noop!(log(CUSTODIAN, DOCTOR), Error::<Test>::NotCustodian);
		assert_ok!(PatientIdentity::reinstate_organisation(RuntimeOrigin::root(), STORE));
		assert_ok!(log(SECOND_CUSTODIAN, DOCTOR));
	});
}

#[test]
fn an_account_without_standing_cannot_flood_a_patients_log_with_denials() {
	build_and_execute(|| {
		let id = anchor(ALICE, request(1));
		for who in [STRANGER, BOB, RESEARCHER] {
			assert_noop!(
				RecordAnchor::log_denied_access(
					RuntimeOrigin::signed(who),
					id,
					who,
					Purpose::Research.tag()
				),
				Error::<Test>::NotCustodian
			);
		}
		assert_eq!(AccessLogBounds::<Test>::get(ALICE_ID).next, 0);
	});
}

#[test]
fn amending_may_move_the_record_to_another_custodian() {
	build_and_execute(|| {
		let id = anchor(ALICE, request(1));
		admit(OrganisationKind::DataCustodian, 25);
		let mut moved = amendment(2);
		moved.custodian = Some(4);
		assert_ok!(RecordAnchor::amend_record(RuntimeOrigin::signed(ALICE), id, moved));
		assert_eq!(RecordAnchor::record(&id).unwrap().1.custodian, 4);
		let mut nowhere = amendment(3);
		nowhere.custodian = Some(9);
		assert_noop!(
			RecordAnchor::amend_record(RuntimeOrigin::signed(ALICE), id, nowhere),
			Error::<Test>::CustodianNotActive
		);
		let mut unknown = request(5);
		unknown.custodian = 9;
		assert_noop!(
			RecordAnchor::anchor_record(RuntimeOrigin::signed(ALICE), unknown),
			Error::<Test>::CustodianNotActive
		);
	});
}

#[test]
fn denied_attempts_are_logged_as_denied() {
	build_and_execute(|| {
		let id = anchor(ALICE, request(1));
		let deny = |who, accessor| {
			RecordAnchor::log_denied_access(
				RuntimeOrigin::signed(who),
				id,
				accessor,
				Purpose::Research.tag(),
			)
		};
		assert_ok!(deny(CUSTODIAN, RESEARCHER));
		assert_eq!(
			last_event(),
			Event::AccessDenialLogged {
				patient: ALICE_ID,
				seq: 0,
				record: id,
				accessor: RESEARCHER,
				purpose: Purpose::Research.tag(),
				reason: DenyReason::NoConsent,
			}
			.into()
		);
		// A permitted access cannot be logged as denied.
		assert_noop!(deny(CUSTODIAN, ALICE), Error::<Test>::ReadNotDenied);
		assert_noop!(deny(NURSE, RESEARCHER), Error::<Test>::NotCustodian);
	});
}

#[test]
fn access_log_pages_oldest_first() {
	build_and_execute(|| {
		let id = anchor(ALICE, request(1));
		for _ in 0..5 {
			assert_ok!(RecordAnchor::log_access(
				RuntimeOrigin::signed(CUSTODIAN),
				id,
				ALICE,
				Purpose::PatientRequest.tag(),
				None
			));
		}
		// Page size capped at 2.
		let p1 = RecordAnchor::api_access_log(ALICE_ID, 0, 10);
		assert_eq!(p1.items.iter().map(|e| e.seq).collect::<Vec<_>>(), vec![0, 1]);
		let p2 = RecordAnchor::api_access_log(ALICE_ID, p1.next.unwrap(), 2);
		assert_eq!(p2.items.iter().map(|e| e.seq).collect::<Vec<_>>(), vec![2, 3]);
		let p3 = RecordAnchor::api_access_log(ALICE_ID, p2.next.unwrap(), 2);
		assert_eq!(p3.items.iter().map(|e| e.seq).collect::<Vec<_>>(), vec![4]);
		assert_eq!(p3.next, None);
		assert!(RecordAnchor::api_access_log(ALICE_ID, 5, 2).items.is_empty());
		assert!(RecordAnchor::api_access_log(BOB_ID, 0, 2).items.is_empty());
		assert!(RecordAnchor::api_access_log(ALICE_ID, 0, 0).items.is_empty());
	});
}

#[test]
fn pruning_after_retention_returns_deposits() {
	build_and_execute(|| {
		let id = anchor(ALICE, request(1));
		consent(&[ConsentAction::Read]);
		for who in [CUSTODIAN, CUSTODIAN, SECOND_CUSTODIAN] {
			assert_ok!(RecordAnchor::log_access(
				RuntimeOrigin::signed(who),
				id,
				DOCTOR,
				Purpose::Treatment.tag(),
				None
			));
		}
		let prune =
			|max| RecordAnchor::prune_access_log(RuntimeOrigin::signed(STRANGER), ALICE_ID, max);
		System::set_block_number(RETENTION);
		assert_noop!(prune(10), Error::<Test>::NothingToPrune);
		System::set_block_number(1 + RETENTION);
		let before = Balances::balance(&CUSTODIAN);
		// At most MaxPrune (2) per call.
		assert_ok!(prune(10));
		assert_eq!(
			last_event(),
			Event::AccessLogPruned { patient: ALICE_ID, removed: 2, oldest: 2 }.into()
		);
		assert_eq!(Balances::balance(&CUSTODIAN), before + 4);
		assert_ok!(prune(1));
		assert_eq!(RecordAnchor::held(&SECOND_CUSTODIAN), 0);
		assert_noop!(prune(1), Error::<Test>::NothingToPrune);
		// Positions are never reused.
		assert_ok!(RecordAnchor::log_access(
			RuntimeOrigin::signed(CUSTODIAN),
			id,
			DOCTOR,
			Purpose::Treatment.tag(),
			None
		));
		let page = RecordAnchor::api_access_log(ALICE_ID, 0, 2);
		assert_eq!(page.items.iter().map(|e| e.seq).collect::<Vec<_>>(), vec![3]);
	});
}

// ---------------------------------------------------------------- listing

#[test]
fn records_page_through_every_record_once() {
	build_and_execute(|| {
		let ids: Vec<RecordId> = (1..=5u8).map(|i| anchor(ALICE, request(i))).collect();
		let mut seen = Vec::new();
		let mut page = RecordAnchor::api_records(ALICE_ID, None, 10);
		loop {
			assert!(page.records.len() <= 2);
			seen.extend(page.records.iter().map(|r| r.id));
			match page.next {
				Some(after) => page = RecordAnchor::api_records(ALICE_ID, Some(after), 2),
				None => break,
			}
		}
		seen.sort();
		let mut expected = ids.clone();
		expected.sort();
		assert_eq!(seen, expected);
		assert!(RecordAnchor::api_records(BOB_ID, None, 2).records.is_empty());
		assert!(RecordAnchor::api_records(ALICE_ID, None, 0).records.is_empty());
	});
}

// ---------------------------------------------------------------- charged weight covers the work

/// Each call's worst case against the reads and writes its declared weight counts (the
/// generated weights, decoded with the mock's counting database weight). Keys the benchmarks
/// whitelist are left out: `frame_system`'s own, and the signer's account, which the transaction
/// fee reads and writes (and its weight counts) before the call.
mod weights {
	use super::*;
	use medledger_test_utils::{assert_within, count_accesses};
	use polkadot_sdk::{frame_support::dispatch::DispatchResultWithPostInfo, frame_system};

	fn within(name: &str, call: crate::Call<Test>, signer: AccountId) {
		let declared = call.get_dispatch_info().call_weight;
		let (result, accesses) = count_accesses(|| {
			use polkadot_sdk::frame_support::traits::UnfilteredDispatchable;
			call.dispatch_bypass_filter(RuntimeOrigin::signed(signer))
		});
		let result: DispatchResultWithPostInfo = result;
		assert_ok!(result);
		assert_within(
			name,
			&accesses,
			declared,
			frame_system::Account::<Test>::hashed_key_for(signer),
		);
	}

	/// Gives the doctor the longest decision there is: each of its three grantee indices (its
	/// own, its organisation's, its patient identity's) full, the permit last.
	fn longest_decision_for_doctor() {
		assert_ok!(PatientIdentity::register_patient(RuntimeOrigin::signed(DOCTOR), [9; 32], None));
		let own = pallet_patient_identity::PatientByAccount::<Test>::get(DOCTOR).unwrap();
		let unrelated = ConsentTerms {
			classes: ClassScope::Only(BoundedVec::truncate_from(vec![Category::Genomics.tag()])),
			actions: BoundedVec::truncate_from(vec![ConsentAction::Read]),
			purposes: BoundedVec::truncate_from(vec![Purpose::Research.tag()]),
			starts_at: None,
			expires_at: None,
			records: BoundedVec::new(),
		};
		let per = <Test as pallet_consent_registry::Config>::MaxConsentsPerGrantee::get();
		for grantee in [
			Grantee::Practitioner(DOCTOR),
			Grantee::Organisation(HOSPITAL),
			Grantee::Individual(own),
		] {
			for _ in 1..per {
				assert_ok!(ConsentRegistry::grant_consent(
					RuntimeOrigin::signed(ALICE),
					ALICE_ID,
					grantee.clone(),
					unrelated.clone()
				));
			}
		}
		consent(&[ConsentAction::Append, ConsentAction::Amend, ConsentAction::Read]);
	}

	use polkadot_sdk::frame_support::traits::Get;

	#[test]
	fn writes_worst_cases_are_within_their_weights() {
		build_and_execute(|| {
			longest_decision_for_doctor();
			within("anchor_record", crate::Call::anchor_record { request: request(1) }, DOCTOR);
			let id = RecordAnchor::record_id(ALICE_ID, HashAlgorithm::Sha2_256, &[1; 32]);
			within(
				"amend_record",
				crate::Call::amend_record { record: id, amendment: amendment(2) },
				DOCTOR,
			);
			// Batches: one decision per run of one patient's entries.
			represent(BOB, REPRESENTATIVE);
			let runs = batch(&[(ALICE_ID, 3), (BOB_ID, 4), (ALICE_ID, 5)]);
			within("anchor_batch", crate::Call::anchor_batch { batch: runs }, REPRESENTATIVE);
			within(
				"anchor_merkle_root",
				crate::Call::anchor_merkle_root { root: [7; 32], leaves: 9 },
				DOCTOR,
			);
			// Erasing the most versions.
			for n in 3..(1 + MAX_VERSIONS as u8) {
				assert_ok!(RecordAnchor::amend_record(
					RuntimeOrigin::signed(ALICE),
					id,
					amendment(n + 10)
				));
			}
			within("erase_record", crate::Call::erase_record { record: id }, ALICE);
		});
	}

	#[test]
	fn log_worst_cases_are_within_their_weights() {
		build_and_execute(|| {
			longest_decision_for_doctor();
			let id = anchor(ALICE, request(1));
			// The oldest entries, pruned below: their deposits go back to as many accounts.
			for logger in [CUSTODIAN, SECOND_CUSTODIAN] {
				assert_ok!(RecordAnchor::log_denied_access(
					RuntimeOrigin::signed(logger),
					id,
					RESEARCHER,
					Purpose::Research.tag()
				));
			}
			within(
				"log_access",
				crate::Call::log_access {
					record: id,
					accessor: DOCTOR,
					purpose: Purpose::Treatment.tag(),
					emergency_key: None,
				},
				CUSTODIAN,
			);
			within(
				"log_denied_access",
				crate::Call::log_denied_access {
					record: id,
					accessor: DOCTOR,
					purpose: Purpose::Research.tag(),
				},
				CUSTODIAN,
			);
			within(
				"log_access_root",
				crate::Call::log_access_root { root: [5; 32], leaves: 9 },
				CUSTODIAN,
			);
			assert_ok!(RecordAnchor::log_access_root(
				RuntimeOrigin::signed(SECOND_CUSTODIAN),
				[6; 32],
				1
			));
			System::set_block_number(1 + RETENTION);
			within(
				"prune_access_log",
				crate::Call::prune_access_log { patient: ALICE_ID, max: MAX_PRUNE },
				STRANGER,
			);
			within(
				"prune_access_log_roots",
				crate::Call::prune_access_log_roots { custodian: STORE, max: MAX_PRUNE },
				STRANGER,
			);
		});
	}

	#[test]
	fn prepaid_deposit_calls_are_within_their_weights() {
		build_and_execute(|| {
			within("prepay_deposits", crate::Call::prepay_deposits { amount: 50 }, ALICE);
			within("withdraw_prepaid", crate::Call::withdraw_prepaid { amount: 50 }, ALICE);
		});
	}
}

// ---------------------------------------------------------------- the patient's timeline

#[test]
fn the_patients_timeline_is_told_of_records_and_reads() {
	use medledger_primitives::TimelineEvent as Entry;
	use medledger_test_utils::RecordingTimeline;
	build_and_execute(|| {
		let signed = RuntimeOrigin::signed;
		let id = anchor(ALICE, request(1));
		consent(&[ConsentAction::Read]);
		for accessor in [DOCTOR, NURSE] {
			assert_ok!(RecordAnchor::log_access(
				signed(CUSTODIAN),
				id,
				accessor,
				Purpose::Treatment.tag(),
				None
			));
		}
		assert_ok!(RecordAnchor::log_denied_access(
			signed(CUSTODIAN),
			id,
			STRANGER,
			Purpose::Treatment.tag()
		));
		assert_ok!(RecordAnchor::amend_record(signed(ALICE), id, amendment(2)));
		assert_ok!(RecordAnchor::anchor_batch(
			signed(ALICE),
			batch(&[(ALICE_ID, 5), (ALICE_ID, 6)])
		));
		assert_ok!(RecordAnchor::erase_record(signed(ALICE), id));
		// A refused write tells it nothing.
		assert_noop!(
			RecordAnchor::anchor_record(signed(DOCTOR), request(7)),
			Error::<Test>::WriteNotPermitted
		);
		let batched = |h: u8| RecordAnchor::record_id(ALICE_ID, HashAlgorithm::Sha2_256, &[h; 32]);
		assert_eq!(
			RecordingTimeline::take(),
			[
				Entry::RecordAnchored { record: id },
				Entry::AccessLogged { first: 0, last: 0 },
				Entry::AccessLogged { first: 1, last: 1 },
				Entry::AccessLogged { first: 2, last: 2 },
				Entry::RecordAmended { record: id, version: 2 },
				Entry::RecordsAnchored { first: batched(5), count: 2 },
				Entry::RecordErased { record: id },
			]
			.map(|entry| (ALICE_ID, entry))
			.to_vec()
		);
	});
}

#[test]
fn a_batch_tells_the_timeline_once_per_run_of_one_patients_records() {
	use medledger_primitives::TimelineEvent as Entry;
	use medledger_test_utils::RecordingTimeline;
	build_and_execute(|| {
		represent(BOB, REPRESENTATIVE);
		RecordingTimeline::take();
		// As many entries as a batch may hold (3 in the mock).
		let entries = [(ALICE_ID, 1), (ALICE_ID, 2), (BOB_ID, 3)];
		assert_eq!(entries.len() as u32, MAX_BATCH);
		assert_ok!(RecordAnchor::anchor_batch(
			RuntimeOrigin::signed(REPRESENTATIVE),
			batch(&entries)
		));
		let id = |(patient, h): (PatientId, u8)| {
			RecordAnchor::record_id(patient, HashAlgorithm::Sha2_256, &[h; 32])
		};
		assert_eq!(
			RecordingTimeline::take(),
			[
				(ALICE_ID, Entry::RecordsAnchored { first: id(entries[0]), count: 2 }),
				(BOB_ID, Entry::RecordAnchored { record: id(entries[2]) }),
			]
		);
		// Every record still has its own event, in the entries' order: a run's entry names the
		// first, the events the rest.
		let anchored: Vec<_> = System::events()
			.into_iter()
			.filter_map(|r| match r.event {
				RuntimeEvent::RecordAnchor(Event::RecordAnchored { patient, record, .. }) =>
					Some((patient, record)),
				_ => None,
			})
			.collect();
		assert_eq!(anchored, entries.map(|e| (e.0, id(e))));
	});
}
