//! Unit tests: every call's success and errors, the decision's rules and edges. Every test ends
//! with both pallets' `try_state` invariants (see `build_and_execute`).

use crate::{mock::*, pallet::*, types::*, Error, Event};
use medledger_primitives::{
	AccessBasis, AccessDecision, ClassScope, ConsentAction, ConsentAction::*, ConsentChecker,
	ConsentKind, DenyReason, Grantee, PatientId, RecordId,
};
use medledger_test_utils::wallet::{self, Category, Category::*, Purpose, Purpose::*};
use polkadot_sdk::{
	frame_support::{assert_noop, assert_ok, traits::fungible::Inspect, BoundedVec},
	sp_runtime::DispatchResult,
};

type Decision = AccessDecision<u64>;

fn terms(
	categories: &[Category],
	actions: &[ConsentAction],
	purposes: &[Purpose],
) -> ConsentTerms<Test> {
	ConsentTerms {
		classes: ClassScope::Only(BoundedVec::truncate_from(wallet::classes(categories))),
		actions: BoundedVec::truncate_from(actions.to_vec()),
		purposes: BoundedVec::truncate_from(wallet::purposes(purposes)),
		starts_at: None,
		expires_at: None,
		records: BoundedVec::new(),
	}
}

/// Read + append of every unlabelled class for treatment: a broad grant, as the wallet writes it.
fn broad() -> ConsentTerms<Test> {
	terms(&Category::STANDARD, &[Read, Append], &[Treatment])
}

fn org(id: u32) -> Grantee<AccountId> {
	Grantee::Organisation(id)
}

fn grant(grantee: Grantee<AccountId>, t: ConsentTerms<Test>) -> u64 {
	let id = NextConsentId::<Test>::get();
	assert_ok!(ConsentRegistry::grant_consent(RuntimeOrigin::signed(ALICE), ALICE_ID, grantee, t));
	id
}

fn deny(grantee: Grantee<AccountId>, t: ConsentTerms<Test>) -> u64 {
	let id = NextConsentId::<Test>::get();
	assert_ok!(ConsentRegistry::deny_access(RuntimeOrigin::signed(ALICE), ALICE_ID, grantee, t));
	id
}

/// The decision on `who` doing `action` on Alice's records of `category` for `purpose`. An
/// emergency read is asked as the record's keeper asks it: with the emergency key opened for an
/// unlabelled class (its author gave it a key), not for a labelled one.
fn check(who: AccountId, category: Category, action: ConsentAction, purpose: Purpose) -> Decision {
	let opened = purpose == EmergencyTreatment && !category.is_labelled();
	ConsentRegistry::check_access(
		ALICE_ID,
		&who,
		category.tag(),
		action,
		purpose.tag(),
		None,
		opened,
	)
}

fn permit(id: u64, expires_at: Option<u64>) -> Decision {
	AccessDecision::Permit { basis: AccessBasis::Consent(id), expires_at }
}

const NO_CONSENT: Decision = AccessDecision::Deny { reason: DenyReason::NoConsent };

fn last_event() -> RuntimeEvent {
	System::events().pop().expect("an event").event
}

fn free(who: AccountId) -> Balance {
	Balances::balance(&who)
}

// ---------------------------------------------------------------- grant_consent / deny_access

#[test]
fn grant_stores_indexes_holds_and_emits() {
	build_and_execute(|| {
		let id = grant(org(HOSPITAL), broad());
		let c = Consents::<Test>::get((ALICE_ID, id)).unwrap();
		assert_eq!(c.kind, ConsentKind::Permit);
		assert_eq!((c.starts_at, c.expires_at, c.revoked_at), (1, None, None));
		assert_eq!((c.granted_by, c.depositor, c.deposit), (ALICE, ALICE, 5));
		// The index holds the consent's id and a copy of it: all a decision reads.
		assert_eq!(
			GranteeConsents::<Test>::get((ALICE_ID, org(HOSPITAL))).into_inner(),
			vec![(id, Consents::<Test>::get((ALICE_ID, id)).unwrap())]
		);
		assert!(PatientConsents::<Test>::contains_key(ALICE_ID, id));
		assert_eq!(ConsentCount::<Test>::get(ALICE_ID), 1);
		assert_eq!(ConsentRegistry::held(HoldReason::ConsentDeposit, &ALICE), 5);
		assert_eq!(
			last_event(),
			Event::ConsentRecorded {
				patient: ALICE_ID,
				consent: id,
				kind: ConsentKind::Permit,
				grantee: org(HOSPITAL),
				starts_at: 1,
				expires_at: None,
				by: ALICE,
			}
			.into()
		);
	});
}

#[test]
fn grant_normalises_lists() {
	build_and_execute(|| {
		let mut t = terms(
			&[Laboratory, Allergies, Laboratory],
			&[Amend, Read, Read],
			&[Research, Treatment],
		);
		t.records = BoundedVec::truncate_from(vec![[2; 32], [1; 32]]);
		let id = grant(org(HOSPITAL), t);
		let c = Consents::<Test>::get((ALICE_ID, id)).unwrap();
		assert_eq!(
			c.classes,
			ClassScope::Only(BoundedVec::truncate_from(wallet::sorted(wallet::classes(&[
				Allergies, Laboratory
			]))))
		);
		assert_eq!(c.actions.into_inner(), vec![Read, Amend]);
		assert_eq!(
			c.purposes.into_inner(),
			wallet::sorted(wallet::purposes(&[Treatment, Research]))
		);
		assert_eq!(c.records.into_inner(), vec![[1; 32], [2; 32]]);
	});
}

#[test]
fn representative_grants_and_is_recorded() {
	build_and_execute(|| {
		assert_ok!(ConsentRegistry::grant_consent(
			RuntimeOrigin::signed(REPRESENTATIVE),
			ALICE_ID,
			Grantee::Practitioner(DOCTOR),
			broad()
		));
		let c = Consents::<Test>::get((ALICE_ID, 0)).unwrap();
		assert_eq!((c.granted_by, c.depositor), (REPRESENTATIVE, REPRESENTATIVE));
		assert_eq!(ConsentRegistry::held(HoldReason::ConsentDeposit, &REPRESENTATIVE), 5);
		assert!(matches!(
			last_event(),
			RuntimeEvent::ConsentRegistry(Event::ConsentRecorded { by: REPRESENTATIVE, .. })
		));
		assert_eq!(check(DOCTOR, Allergies, Read, Treatment), permit(0, None));
		// The representative also revokes.
		assert_ok!(ConsentRegistry::revoke_consent(
			RuntimeOrigin::signed(REPRESENTATIVE),
			ALICE_ID,
			0
		));
		assert_eq!(
			last_event(),
			Event::ConsentRevoked { patient: ALICE_ID, consent: 0, by: REPRESENTATIVE }.into()
		);
		assert_eq!(check(DOCTOR, Allergies, Read, Treatment), NO_CONSENT);
	});
}

/// Grants the broad terms to `grantee` as `who` for Alice.
fn grant_as(who: AccountId, grantee: Grantee<AccountId>) -> u64 {
	let id = NextConsentId::<Test>::get();
	assert_ok!(ConsentRegistry::grant_consent(
		RuntimeOrigin::signed(who),
		ALICE_ID,
		grantee,
		broad()
	));
	id
}

#[test]
fn a_removed_representatives_permits_lapse_unless_the_patient_confirmed_them() {
	build_and_execute(|| {
		// A hostile representative permits its own practitioner account and a clinic.
		let own = grant_as(REPRESENTATIVE, Grantee::Practitioner(DOCTOR));
		let confirmed = grant_as(REPRESENTATIVE, org(CLINIC));
		assert!(!Consents::<Test>::get((ALICE_ID, own)).unwrap().confirmed);
		assert_ok!(ConsentRegistry::confirm_consent(
			RuntimeOrigin::signed(ALICE),
			ALICE_ID,
			confirmed
		));
		assert_eq!(
			last_event(),
			Event::ConsentConfirmed { patient: ALICE_ID, consent: confirmed }.into()
		);
		// The patient removes the representative: what it granted alone stops permitting.
		assert_ok!(PatientIdentity::remove_representative(
			RuntimeOrigin::signed(ALICE),
			ALICE_ID,
			REPRESENTATIVE
		));
		assert_eq!(check(DOCTOR, Allergies, Read, Treatment), NO_CONSENT);
		assert_eq!(check(OTHER_DOCTOR, Allergies, Read, Treatment), permit(confirmed, None));
		// Clients see it as no longer in force.
		let page = ConsentRegistry::api_consents(ALICE_ID, None, 10);
		let info = page.consents.iter().find(|c| c.id == own).unwrap();
		assert!(!info.in_force && !info.confirmed);
	});
}

#[test]
fn a_representatives_deny_stays_when_it_goes() {
	build_and_execute(|| {
		let permit_id = grant(org(HOSPITAL), broad());
		let deny_id = NextConsentId::<Test>::get();
		assert_ok!(ConsentRegistry::deny_access(
			RuntimeOrigin::signed(REPRESENTATIVE),
			ALICE_ID,
			Grantee::Practitioner(DOCTOR),
			broad()
		));
		assert_ok!(PatientIdentity::remove_representative(
			RuntimeOrigin::signed(ALICE),
			ALICE_ID,
			REPRESENTATIVE
		));
		let _ = permit_id;
		assert_eq!(
			check(DOCTOR, Allergies, Read, Treatment),
			Decision::Deny { reason: DenyReason::DeniedByConsent(deny_id) }
		);
	});
}

#[test]
fn a_representative_without_the_consents_scope_grants_nothing() {
	build_and_execute(|| {
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
			ConsentRegistry::grant_consent(
				RuntimeOrigin::signed(STRANGER),
				ALICE_ID,
				Grantee::Practitioner(STRANGER),
				broad()
			),
			Error::<Test>::NotPatientOrRepresentative
		);
		// Nor does it read the patient's records.
		assert_eq!(check(STRANGER, Allergies, Read, Treatment), NO_CONSENT);
	});
}

#[test]
fn confirm_errors_change_nothing() {
	build_and_execute(|| {
		let by_rep = grant_as(REPRESENTATIVE, org(HOSPITAL));
		let by_patient = grant(org(CLINIC), broad());
		let confirm =
			|who, id| ConsentRegistry::confirm_consent(RuntimeOrigin::signed(who), ALICE_ID, id);
		assert_noop!(confirm(REPRESENTATIVE, by_rep), Error::<Test>::NotPatient);
		assert_noop!(confirm(STRANGER, by_rep), Error::<Test>::NotPatientOrRepresentative);
		assert_noop!(confirm(ALICE, 99), Error::<Test>::ConsentNotFound);
		assert_noop!(confirm(ALICE, by_patient), Error::<Test>::AlreadyConfirmed);
		assert_ok!(ConsentRegistry::revoke_consent(RuntimeOrigin::signed(ALICE), ALICE_ID, by_rep));
		assert_noop!(confirm(ALICE, by_rep), Error::<Test>::AlreadyRevoked);
	});
}

#[test]
fn deny_access_stores_a_deny() {
	build_and_execute(|| {
		let id = deny(Grantee::Practitioner(NURSE), broad());
		assert_eq!(Consents::<Test>::get((ALICE_ID, id)).unwrap().kind, ConsentKind::Deny);
		assert!(matches!(
			last_event(),
			RuntimeEvent::ConsentRegistry(Event::ConsentRecorded { kind: ConsentKind::Deny, .. })
		));
		// A deny may name an account that has no standing (blocking in advance).
		deny(Grantee::Practitioner(STRANGER), broad());
	});
}

#[test]
fn grant_errors_change_nothing() {
	build_and_execute(|| {
		let signed = RuntimeOrigin::signed;
		let g = |who, patient, grantee, t| {
			ConsentRegistry::grant_consent(signed(who), patient, grantee, t)
		};
		assert_noop!(g(ALICE, 7, org(HOSPITAL), broad()), Error::<Test>::PatientNotFound);
		assert_noop!(
			g(STRANGER, ALICE_ID, org(HOSPITAL), broad()),
			Error::<Test>::NotPatientOrRepresentative
		);
		assert_noop!(
			g(BOB, ALICE_ID, org(HOSPITAL), broad()),
			Error::<Test>::NotPatientOrRepresentative
		);
		assert_noop!(g(ALICE, ALICE_ID, org(9), broad()), Error::<Test>::GranteeNotFound);
		assert_noop!(
			g(ALICE, ALICE_ID, Grantee::Practitioner(STRANGER), broad()),
			Error::<Test>::GranteeNotFound
		);
		assert_noop!(
			g(ALICE, ALICE_ID, Grantee::Individual(7), broad()),
			Error::<Test>::GranteeNotFound
		);
		assert_noop!(
			g(ALICE, ALICE_ID, Grantee::Individual(ALICE_ID), broad()),
			Error::<Test>::SelfGrant
		);
		assert_noop!(
			g(ALICE, ALICE_ID, org(HOSPITAL), terms(&[], &[Read], &[Treatment])),
			Error::<Test>::EmptyClasses
		);
		assert_noop!(
			g(ALICE, ALICE_ID, org(HOSPITAL), terms(&[Allergies], &[], &[Treatment])),
			Error::<Test>::EmptyActions
		);
		assert_noop!(
			g(ALICE, ALICE_ID, org(HOSPITAL), terms(&[Allergies], &[Read], &[])),
			Error::<Test>::EmptyPurposes
		);
		System::set_block_number(5);
		let mut t = broad();
		t.starts_at = Some(4);
		assert_noop!(g(ALICE, ALICE_ID, org(HOSPITAL), t.clone()), Error::<Test>::InvalidPeriod);
		t.starts_at = Some(8);
		t.expires_at = Some(8);
		assert_noop!(g(ALICE, ALICE_ID, org(HOSPITAL), t.clone()), Error::<Test>::InvalidPeriod);
		t.starts_at = None;
		t.expires_at = Some(5);
		assert_noop!(g(ALICE, ALICE_ID, org(HOSPITAL), t), Error::<Test>::InvalidPeriod);
	});
}

#[test]
fn grant_needs_the_deposit() {
	build_and_execute(|| {
		// A representative without funds cannot pay the deposit.
		represent(ALICE, POOR);
		assert_noop!(
			ConsentRegistry::grant_consent(
				RuntimeOrigin::signed(POOR),
				ALICE_ID,
				org(HOSPITAL),
				broad()
			),
			Error::<Test>::InsufficientBalance
		);
	});
}

#[test]
fn grant_bounds_per_grantee_and_per_patient() {
	build_and_execute(|| {
		for _ in 0..MAX_PER_GRANTEE {
			grant(org(HOSPITAL), broad());
		}
		assert_noop!(
			ConsentRegistry::grant_consent(
				RuntimeOrigin::signed(ALICE),
				ALICE_ID,
				org(HOSPITAL),
				broad()
			),
			Error::<Test>::TooManyGrantConsents
		);
		// Revoking frees a place in the grantee's index (not in the patient's count).
		assert_ok!(ConsentRegistry::revoke_consent(RuntimeOrigin::signed(ALICE), ALICE_ID, 0));
		grant(org(HOSPITAL), broad());
		let others = [org(CLINIC), org(INSTITUTE), Grantee::Practitioner(DOCTOR)];
		for i in ConsentCount::<Test>::get(ALICE_ID)..MAX_PER_PATIENT {
			grant(others[i as usize % others.len()].clone(), broad());
		}
		assert_noop!(
			ConsentRegistry::grant_consent(
				RuntimeOrigin::signed(ALICE),
				ALICE_ID,
				Grantee::Individual(BOB_ID),
				broad()
			),
			Error::<Test>::TooManyConsents
		);
	});
}

#[test]
fn grant_overflow_is_an_error() {
	build_and_execute(|| {
		NextConsentId::<Test>::put(u64::MAX);
		assert_noop!(
			ConsentRegistry::grant_consent(
				RuntimeOrigin::signed(ALICE),
				ALICE_ID,
				org(HOSPITAL),
				broad()
			),
			Error::<Test>::Overflow
		);
	});
}

// ---------------------------------------------------------------- revoke_consent

#[test]
fn revoke_ends_the_consent_at_once_and_keeps_history() {
	build_and_execute(|| {
		let id = grant(org(HOSPITAL), broad());
		assert_eq!(check(DOCTOR, Allergies, Read, Treatment), permit(id, None));
		System::set_block_number(3);
		assert_ok!(ConsentRegistry::revoke_consent(RuntimeOrigin::signed(ALICE), ALICE_ID, id));
		assert_eq!(check(DOCTOR, Allergies, Read, Treatment), NO_CONSENT);
		let c = Consents::<Test>::get((ALICE_ID, id)).unwrap();
		assert_eq!(c.revoked_at, Some(3));
		assert!(!GranteeConsents::<Test>::contains_key((ALICE_ID, org(HOSPITAL))));
		assert_eq!(ConsentRegistry::held(HoldReason::ConsentDeposit, &ALICE), 5);
		assert_eq!(
			last_event(),
			Event::ConsentRevoked { patient: ALICE_ID, consent: id, by: ALICE }.into()
		);
	});
}

#[test]
fn revoke_errors_change_nothing() {
	build_and_execute(|| {
		let id = grant(org(HOSPITAL), broad());
		let revoke =
			|who, id| ConsentRegistry::revoke_consent(RuntimeOrigin::signed(who), ALICE_ID, id);
		assert_noop!(revoke(ALICE, 9), Error::<Test>::ConsentNotFound);
		assert_noop!(revoke(DOCTOR, id), Error::<Test>::NotPatientOrRepresentative);
		assert_ok!(revoke(ALICE, id));
		assert_noop!(revoke(ALICE, id), Error::<Test>::AlreadyRevoked);
		// Once the patient deactivates, there is no one to revoke for.
		let other = grant(org(CLINIC), broad());
		assert_ok!(PatientIdentity::deactivate_patient(RuntimeOrigin::signed(ALICE), ALICE_ID));
		assert_noop!(revoke(ALICE, other), Error::<Test>::PatientNotFound);
	});
}

// ---------------------------------------------------------------- remove_consent

#[test]
fn remove_returns_the_deposit_to_the_depositor() {
	build_and_execute(|| {
		assert_ok!(ConsentRegistry::grant_consent(
			RuntimeOrigin::signed(REPRESENTATIVE),
			ALICE_ID,
			org(HOSPITAL),
			broad()
		));
		let before = free(REPRESENTATIVE);
		// The patient may remove a consent in force: it ends and goes.
		assert_ok!(ConsentRegistry::remove_consent(RuntimeOrigin::signed(ALICE), ALICE_ID, 0));
		assert_eq!(free(REPRESENTATIVE), before + 5);
		assert_eq!(ConsentRegistry::held(HoldReason::ConsentDeposit, &REPRESENTATIVE), 0);
		assert!(!Consents::<Test>::contains_key((ALICE_ID, 0)));
		assert!(!PatientConsents::<Test>::contains_key(ALICE_ID, 0));
		assert!(!GranteeConsents::<Test>::contains_key((ALICE_ID, org(HOSPITAL))));
		assert!(!ConsentCount::<Test>::contains_key(ALICE_ID));
		assert_eq!(check(DOCTOR, Allergies, Read, Treatment), NO_CONSENT);
		assert_eq!(
			last_event(),
			Event::ConsentRemoved {
				patient: ALICE_ID,
				consent: 0,
				depositor: REPRESENTATIVE,
				by: ALICE
			}
			.into()
		);
	});
}

#[test]
fn anyone_removes_ended_consents() {
	build_and_execute(|| {
		let revoked = grant(org(HOSPITAL), broad());
		assert_ok!(ConsentRegistry::revoke_consent(
			RuntimeOrigin::signed(ALICE),
			ALICE_ID,
			revoked
		));
		let mut t = broad();
		t.expires_at = Some(4);
		let expiring = grant(org(CLINIC), t);
		let remove =
			|who, id| ConsentRegistry::remove_consent(RuntimeOrigin::signed(who), ALICE_ID, id);
		assert_noop!(remove(STRANGER, 9), Error::<Test>::ConsentNotFound);
		assert_noop!(remove(STRANGER, expiring), Error::<Test>::ConsentInForce);
		assert_ok!(remove(STRANGER, revoked));
		System::set_block_number(3);
		assert_noop!(remove(STRANGER, expiring), Error::<Test>::ConsentInForce);
		System::set_block_number(4);
		let before = free(ALICE);
		assert_ok!(remove(STRANGER, expiring));
		assert_eq!(free(ALICE), before + 5);
		assert_eq!(ConsentCount::<Test>::get(ALICE_ID), 0);
	});
}

#[test]
fn consents_of_a_deactivated_patient_can_be_removed() {
	build_and_execute(|| {
		let id = grant(org(HOSPITAL), broad());
		assert_ok!(PatientIdentity::deactivate_patient(RuntimeOrigin::signed(ALICE), ALICE_ID));
		assert_eq!(
			check(DOCTOR, Allergies, Read, Treatment),
			AccessDecision::Deny { reason: DenyReason::UnknownPatient }
		);
		assert_ok!(ConsentRegistry::remove_consent(RuntimeOrigin::signed(STRANGER), ALICE_ID, id));
		assert_eq!(ConsentRegistry::held(HoldReason::ConsentDeposit, &ALICE), 0);
	});
}

// ---------------------------------------------------------------- the decision

#[test]
fn patient_and_representative_always_have_access() {
	build_and_execute(|| {
		let own = AccessDecision::Permit {
			basis: AccessBasis::PatientOrRepresentative,
			expires_at: None,
		};
		assert_eq!(check(ALICE, MentalHealth, Amend, Research), own);
		assert_eq!(check(REPRESENTATIVE, SubstanceUse, Read, Treatment), own);
		assert_eq!(check(BOB, Allergies, Read, Treatment), NO_CONSENT);
	});
}

#[test]
fn organisation_grant_covers_its_practitioners_only() {
	build_and_execute(|| {
		let id = grant(org(HOSPITAL), broad());
		assert_eq!(check(DOCTOR, Allergies, Read, Treatment), permit(id, None));
		assert_eq!(check(NURSE, VitalSigns, Append, Treatment), permit(id, None));
		assert_eq!(check(OTHER_DOCTOR, Allergies, Read, Treatment), NO_CONSENT);
		assert_eq!(check(STRANGER, Allergies, Read, Treatment), NO_CONSENT);
		// Not the actions or purposes it does not name.
		assert_eq!(check(DOCTOR, Allergies, Amend, Treatment), NO_CONSENT);
		assert_eq!(check(DOCTOR, Allergies, Read, Research), NO_CONSENT);
	});
}

#[test]
fn practitioner_and_individual_grants() {
	build_and_execute(|| {
		let p = grant(
			Grantee::Practitioner(OTHER_DOCTOR),
			terms(&[Medications], &[Read], &[Treatment]),
		);
		assert_eq!(check(OTHER_DOCTOR, Medications, Read, Treatment), permit(p, None));
		assert_eq!(check(OTHER_DOCTOR, Allergies, Read, Treatment), NO_CONSENT);
		let i =
			grant(Grantee::Individual(BOB_ID), terms(&[Immunizations], &[Read], &[PatientRequest]));
		assert_eq!(check(BOB, Immunizations, Read, PatientRequest), permit(i, None));
		assert_eq!(check(BOB, Immunizations, Read, Treatment), NO_CONSENT);
	});
}

#[test]
fn labelled_classes_are_never_implied() {
	build_and_execute(|| {
		let all = grant(org(HOSPITAL), broad());
		for c in Category::ALL {
			let expected = if c.is_labelled() { NO_CONSENT } else { permit(all, None) };
			assert_eq!(check(DOCTOR, c, Read, Treatment), expected, "{c:?}");
		}
		// Named explicitly, a sensitive category is covered.
		let named = grant(org(HOSPITAL), terms(&[MentalHealth], &[Read], &[Treatment]));
		assert_eq!(check(DOCTOR, MentalHealth, Read, Treatment), permit(named, None));
		assert_eq!(check(DOCTOR, SubstanceUse, Read, Treatment), NO_CONSENT);
	});
}

#[test]
fn deny_overrides_permit() {
	build_and_execute(|| {
		let all = grant(org(HOSPITAL), broad());
		let blocked = deny(
			Grantee::Practitioner(NURSE),
			terms(&[Allergies, VitalSigns], &[Read], &[Treatment]),
		);
		let denied = AccessDecision::Deny { reason: DenyReason::DeniedByConsent(blocked) };
		assert_eq!(check(NURSE, Allergies, Read, Treatment), denied);
		// Only what the deny covers.
		assert_eq!(check(NURSE, Medications, Read, Treatment), permit(all, None));
		assert_eq!(check(NURSE, Allergies, Append, Treatment), permit(all, None));
		assert_eq!(check(DOCTOR, Allergies, Read, Treatment), permit(all, None));
		// A deny for the organisation blocks every practitioner, whatever permits them.
		grant(Grantee::Practitioner(DOCTOR), broad());
		let org_deny = deny(org(HOSPITAL), terms(&[Conditions], &[Read, Append], &[Treatment]));
		assert_eq!(
			check(DOCTOR, Conditions, Read, Treatment),
			AccessDecision::Deny { reason: DenyReason::DeniedByConsent(org_deny) }
		);
		// Revoking the deny restores the permit.
		assert_ok!(ConsentRegistry::revoke_consent(
			RuntimeOrigin::signed(ALICE),
			ALICE_ID,
			blocked
		));
		assert_eq!(check(NURSE, Allergies, Read, Treatment), permit(all, None));
	});
}

#[test]
fn expiry_edges() {
	build_and_execute(|| {
		let mut t = broad();
		t.starts_at = Some(5);
		t.expires_at = Some(10);
		let id = grant(org(HOSPITAL), t);
		for (block, expected) in [
			(4, NO_CONSENT),
			(5, permit(id, Some(10))),
			(9, permit(id, Some(10))),
			(10, NO_CONSENT),
		] {
			System::set_block_number(block);
			assert_eq!(check(DOCTOR, Allergies, Read, Treatment), expected, "block {block}");
		}
		// An expired deny decides nothing either.
		System::set_block_number(10);
		let open = grant(org(CLINIC), broad());
		let mut d = broad();
		d.expires_at = Some(12);
		deny(org(CLINIC), d);
		System::set_block_number(11);
		assert!(!check(OTHER_DOCTOR, Allergies, Read, Treatment).is_permit());
		System::set_block_number(12);
		assert_eq!(check(OTHER_DOCTOR, Allergies, Read, Treatment), permit(open, None));
	});
}

#[test]
fn the_longest_permit_is_reported() {
	build_and_execute(|| {
		let mut short = broad();
		short.expires_at = Some(20);
		grant(org(HOSPITAL), short);
		let mut long = broad();
		long.expires_at = Some(50);
		let l = grant(Grantee::Practitioner(DOCTOR), long);
		assert_eq!(check(DOCTOR, Allergies, Read, Treatment), permit(l, Some(50)));
		let forever = grant(org(HOSPITAL), broad());
		assert_eq!(check(DOCTOR, Allergies, Read, Treatment), permit(forever, None));
	});
}

#[test]
fn record_restrictions() {
	build_and_execute(|| {
		let r1: RecordId = [1; 32];
		let r2: RecordId = [2; 32];
		let mut t = terms(&[Laboratory], &[Read], &[Research]);
		t.records = BoundedVec::truncate_from(vec![r1]);
		let id = grant(Grantee::Practitioner(RESEARCHER), t);
		let ask = |record| {
			ConsentRegistry::check_access(
				ALICE_ID,
				&RESEARCHER,
				Laboratory.tag(),
				Read,
				Research.tag(),
				record,
				false,
			)
		};
		assert_eq!(ask(Some(r1)), permit(id, None));
		assert_eq!(ask(Some(r2)), NO_CONSENT);
		// A permit for some records says nothing about the whole class.
		assert_eq!(ask(None), NO_CONSENT);

		// A deny for one record blocks that record and the class question, not other records.
		let all = grant(org(HOSPITAL), broad());
		let mut d = terms(&[Laboratory], &[Read], &[Treatment]);
		d.records = BoundedVec::truncate_from(vec![r2]);
		let denied = deny(org(HOSPITAL), d);
		let doctor = |record| {
			ConsentRegistry::check_access(
				ALICE_ID,
				&DOCTOR,
				Laboratory.tag(),
				Read,
				Treatment.tag(),
				record,
				false,
			)
		};
		assert_eq!(doctor(Some(r1)), permit(all, None));
		let no = AccessDecision::Deny { reason: DenyReason::DeniedByConsent(denied) };
		assert_eq!(doctor(Some(r2)), no);
		assert_eq!(doctor(None), no);
	});
}

#[test]
fn suspended_organisation_loses_access_at_once() {
	build_and_execute(|| {
		let all = grant(org(HOSPITAL), broad());
		let own = grant(Grantee::Practitioner(DOCTOR), broad());
		assert!(check(DOCTOR, Allergies, Read, Treatment).is_permit());
		assert_ok!(PatientIdentity::suspend_organisation(RuntimeOrigin::root(), HOSPITAL));
		assert_eq!(check(DOCTOR, Allergies, Read, Treatment), NO_CONSENT);
		assert_eq!(check(NURSE, Allergies, Read, Treatment), NO_CONSENT);
		assert_ok!(PatientIdentity::reinstate_organisation(RuntimeOrigin::root(), HOSPITAL));
		let d = check(DOCTOR, Allergies, Read, Treatment);
		assert!(d == permit(all, None) || d == permit(own, None));
	});
}

#[test]
fn decisions_follow_identity_recovery() {
	build_and_execute(|| {
		// Bob's identity moves to a new account; a grant to Individual(BOB_ID) follows it.
		let id =
			grant(Grantee::Individual(BOB_ID), terms(&[Allergies], &[Read], &[PatientRequest]));
		assert_ok!(PatientIdentity::set_recovery_config(
			RuntimeOrigin::signed(BOB),
			BoundedVec::truncate_from(vec![25]),
			1,
			10
		));
		assert_ok!(PatientIdentity::start_recovery(RuntimeOrigin::signed(26), BOB_ID));
		assert_ok!(PatientIdentity::approve_recovery(RuntimeOrigin::signed(25), BOB_ID, 26));
		System::set_block_number(System::block_number() + 10);
		assert_ok!(PatientIdentity::claim_recovery(RuntimeOrigin::signed(26), BOB_ID));
		assert_eq!(check(BOB, Allergies, Read, PatientRequest), NO_CONSENT);
		assert_eq!(check(26, Allergies, Read, PatientRequest), permit(id, None));
	});
}

#[test]
fn a_deny_of_all_classes_blocks_the_labelled_ones_too() {
	build_and_execute(|| {
		let named = grant(org(HOSPITAL), terms(&[MentalHealth, Allergies], &[Read], &[Treatment]));
		assert_eq!(check(DOCTOR, MentalHealth, Read, Treatment), permit(named, None));
		// A broad deny leaves the labelled classes open...
		let standard = deny(org(HOSPITAL), broad());
		assert_eq!(check(DOCTOR, MentalHealth, Read, Treatment), permit(named, None));
		assert_ok!(ConsentRegistry::revoke_consent(
			RuntimeOrigin::signed(ALICE),
			ALICE_ID,
			standard
		));
		// ...`All` closes every class, in one consent.
		let everything = ConsentTerms {
			classes: ClassScope::All,
			..terms(&[], &[Read, Append, Amend], &ALL_PURPOSES)
		};
		let d = deny(org(HOSPITAL), everything);
		let denied = AccessDecision::Deny { reason: DenyReason::DeniedByConsent(d) };
		for c in Category::ALL {
			for a in [Read, Append, Amend] {
				assert_eq!(check(DOCTOR, c, a, Treatment), denied, "{c:?} {a:?}");
			}
		}
		assert_eq!(check(NURSE, MentalHealth, Read, Research), denied);
	});
}

#[test]
fn a_permit_of_all_classes_is_refused() {
	build_and_execute(|| {
		let t = ConsentTerms { classes: ClassScope::All, ..broad() };
		assert_noop!(
			ConsentRegistry::grant_consent(
				RuntimeOrigin::signed(ALICE),
				ALICE_ID,
				org(HOSPITAL),
				t
			),
			Error::<Test>::PermitOfAllClasses
		);
	});
}

#[test]
fn only_a_deny_lists_the_emergency_tag() {
	build_and_execute(|| {
		let permit = |t| {
			ConsentRegistry::grant_consent(RuntimeOrigin::signed(ALICE), ALICE_ID, org(HOSPITAL), t)
		};
		// A permit cannot reach records written in an emergency, or pose as break-glass access.
		assert_noop!(
			permit(terms(&[Allergies, EmergencyCare], &[Read], &[Treatment])),
			Error::<Test>::ReservedTag
		);
		assert_noop!(
			permit(terms(&[Allergies], &[Read], &[Treatment, EmergencyTreatment])),
			Error::<Test>::ReservedTag
		);
		// A deny may: it refuses break-glass access to what it covers.
		let d = deny(org(HOSPITAL), terms(&[EmergencyCare], &[Read], &[EmergencyTreatment]));
		assert!(Consents::<Test>::contains_key((ALICE_ID, d)));
	});
}

#[test]
fn a_permit_to_a_practitioner_does_not_follow_them_to_another_organisation() {
	build_and_execute(|| {
		let id = grant(Grantee::Practitioner(DOCTOR), broad());
		assert_eq!(Consents::<Test>::get((ALICE_ID, id)).unwrap().organisation, Some(HOSPITAL));
		assert_eq!(check(DOCTOR, Allergies, Read, Treatment), permit(id, None));
		// The doctor leaves the hospital and joins a payer.
		assert_ok!(PatientIdentity::remove_practitioner(
			RuntimeOrigin::signed(HOSPITAL_ADMIN),
			DOCTOR
		));
		admit(medledger_primitives::OrganisationKind::Payer, PAYER_ADMIN);
		practitioner(PAYER_ADMIN, DOCTOR, medledger_primitives::PractitionerRole::Physician);
		assert_eq!(check(DOCTOR, Allergies, Read, Treatment), NO_CONSENT);
		// A deny naming them still follows them everywhere.
		let d = deny(Grantee::Practitioner(DOCTOR), terms(&[Allergies], &[Read], &[Payment]));
		assert_eq!(
			check(DOCTOR, Allergies, Read, Payment),
			AccessDecision::Deny { reason: DenyReason::DeniedByConsent(d) }
		);
	});
}

#[test]
fn a_deny_starting_later_shortens_the_reported_expiry() {
	build_and_execute(|| {
		let mut until = broad();
		until.expires_at = Some(100);
		let id = grant(org(HOSPITAL), until);
		let mut later = terms(&[Allergies], &[Read], &[Treatment]);
		later.starts_at = Some(50);
		deny(Grantee::Practitioner(DOCTOR), later);
		assert_eq!(check(DOCTOR, Allergies, Read, Treatment), permit(id, Some(50)));
		// Not for what the deny does not cover.
		assert_eq!(check(DOCTOR, Conditions, Read, Treatment), permit(id, Some(100)));
		// A permit without end ends when the deny starts.
		let forever = grant(org(HOSPITAL), broad());
		assert_eq!(check(NURSE, Allergies, Read, Treatment), permit(forever, None));
		let mut org_later = terms(&[Allergies], &[Read], &[Treatment]);
		org_later.starts_at = Some(70);
		deny(org(HOSPITAL), org_later);
		assert_eq!(check(NURSE, Allergies, Read, Treatment), permit(forever, Some(70)));
		System::set_block_number(70);
		assert!(!check(NURSE, Allergies, Read, Treatment).is_permit());
	});
}

#[test]
fn periods_are_dates() {
	build_and_execute(|| {
		// 2027-01-01T00:00:00Z and 2027-06-30T00:00:00Z, in milliseconds.
		let (new_year, end_of_june) = (1_798_761_600_000u64, 1_814_313_600_000u64);
		System::set_block_number(new_year);
		let mut t = broad();
		t.expires_at = Some(end_of_june);
		let id = grant(org(HOSPITAL), t);
		let c = Consents::<Test>::get((ALICE_ID, id)).unwrap();
		assert_eq!((c.starts_at, c.granted_at), (new_year, new_year));
		System::set_block_number(end_of_june - 1);
		assert_eq!(check(DOCTOR, Allergies, Read, Treatment), permit(id, Some(end_of_june)));
		System::set_block_number(end_of_june);
		assert_eq!(check(DOCTOR, Allergies, Read, Treatment), NO_CONSENT);
	});
}

const ALL_PURPOSES: [Purpose; 7] =
	[Treatment, EmergencyTreatment, Payment, Operations, Research, PublicHealth, PatientRequest];

fn via_trait(
	who: AccountId,
	category: Category,
) -> (AccessDecision<u64>, polkadot_sdk::frame_support::weights::Weight) {
	<ConsentRegistry as ConsentChecker<AccountId, u64>>::check_access(
		ALICE_ID,
		&who,
		category.tag(),
		Read,
		Treatment.tag(),
		None,
		false,
	)
}

#[test]
fn consent_checker_trait_gives_the_same_answer() {
	build_and_execute(|| {
		let id = grant(org(HOSPITAL), broad());
		let (decision, _) = via_trait(DOCTOR, Allergies);
		assert_eq!(decision, permit(id, None));
		assert_eq!(decision.basis(), Some(AccessBasis::Consent(id)));
	});
}

#[test]
fn a_decision_is_charged_for_what_it_read_never_above_the_worst_case() {
	use crate::{weights::WeightInfo, DecisionCost};
	build_and_execute(|| {
		let worst = <ConsentRegistry as ConsentChecker<AccountId, u64>>::check_access_weight();
		assert_eq!(worst, <() as WeightInfo>::check_access(3 * MAX_PER_GRANTEE));

		// The patient asking reads only the patient's entry.
		let (decision, used) = via_trait(ALICE, Allergies);
		assert_eq!(decision.basis(), Some(AccessBasis::PatientOrRepresentative));
		assert_eq!(used, <() as WeightInfo>::check_access_as_patient());
		assert_eq!(
			ConsentRegistry::decide(
				ALICE_ID,
				&ALICE,
				Allergies.tag(),
				Read,
				Treatment.tag(),
				None,
				false
			)
			.1,
			DecisionCost::Patient
		);

		// A practitioner: as many consents as their indices hold, here the organisation's two.
		grant(org(HOSPITAL), terms(&[Laboratory], &[Read], &[Research]));
		let id = grant(org(HOSPITAL), broad());
		let (decision, used) = via_trait(DOCTOR, Allergies);
		assert_eq!(decision, permit(id, None));
		assert_eq!(used, <() as WeightInfo>::check_access(2));
		assert!(used.all_lte(worst));
		assert_eq!(
			ConsentRegistry::decide(
				ALICE_ID,
				&DOCTOR,
				Allergies.tag(),
				Read,
				Treatment.tag(),
				None,
				false
			)
			.1,
			DecisionCost::Scan { consents: 2 }
		);

		// A deny stops the scan where it is found.
		let deny = deny(Grantee::Practitioner(DOCTOR), broad());
		let (decision, _) = via_trait(DOCTOR, Allergies);
		assert_eq!(decision, AccessDecision::Deny { reason: DenyReason::DeniedByConsent(deny) });
		assert_eq!(
			ConsentRegistry::decide(
				ALICE_ID,
				&DOCTOR,
				Allergies.tag(),
				Read,
				Treatment.tag(),
				None,
				false
			)
			.1,
			DecisionCost::Scan { consents: 1 }
		);
	});
}

// ---------------------------------------------------------------- emergency access

/// The commitment to an organisation's note of why it broke the glass.
const REASON: ReasonHash = [0x5e; 32];

fn open_for(who: AccountId, patient: PatientId) -> DispatchResult {
	ConsentRegistry::open_emergency_access(RuntimeOrigin::signed(who), patient, REASON)
}

fn open(who: AccountId) -> DispatchResult {
	open_for(who, ALICE_ID)
}

fn close(who: AccountId, practitioner: AccountId) -> DispatchResult {
	ConsentRegistry::close_emergency_access(RuntimeOrigin::signed(who), ALICE_ID, practitioner)
}

fn review(who: AccountId, session: u64) -> DispatchResult {
	ConsentRegistry::review_emergency_access(RuntimeOrigin::signed(who), session)
}

/// The id of `practitioner`'s latest session for Alice.
fn session_of(practitioner: AccountId) -> u64 {
	EmergencyAccesses::<Test>::get(ALICE_ID, practitioner)
		.expect("a session")
		.session
}

fn emergency(session: u64, expires_at: u64) -> Decision {
	AccessDecision::Permit { basis: AccessBasis::Emergency(session), expires_at: Some(expires_at) }
}

/// Registers more patients (accounts 4, 5, ...): their ids.
fn more_patients(n: u64) -> Vec<PatientId> {
	(0..n)
		.map(|i| {
			let who = 4 + i;
			assert_ok!(PatientIdentity::register_patient(
				RuntimeOrigin::signed(who),
				[9; 32],
				None
			));
			pallet_patient_identity::PatientByAccount::<Test>::get(who).expect("registered")
		})
		.collect()
}

#[test]
fn emergency_permits_opened_reads_and_emergency_care_only() {
	build_and_execute(|| {
		assert_eq!(check(DOCTOR, Allergies, Read, EmergencyTreatment), NO_CONSENT);
		assert_ok!(open(DOCTOR));
		let expires_at = 1 + EMERGENCY_MS;
		assert_eq!(
			last_event(),
			Event::EmergencyAccessOpened {
				patient: ALICE_ID,
				practitioner: DOCTOR,
				organisation: HOSPITAL,
				session: 0,
				reason_hash: REASON,
				expires_at,
			}
			.into()
		);
		assert_eq!(ConsentRegistry::held(HoldReason::EmergencyDeposit, &DOCTOR), 7);
		let session = emergency(0, expires_at);
		assert_eq!(check(DOCTOR, Allergies, Read, EmergencyTreatment), session);
		// Documenting the emergency care: an append in the emergency class, which it may read.
		assert_eq!(check(DOCTOR, EmergencyCare, Append, EmergencyTreatment), session);
		assert_eq!(check(DOCTOR, EmergencyCare, Read, EmergencyTreatment), session);
		// A record its keeper did not open (no key given, or a labelled one): nothing.
		let unopened = ConsentRegistry::check_access(
			ALICE_ID,
			&DOCTOR,
			Allergies.tag(),
			Read,
			EmergencyTreatment.tag(),
			None,
			false,
		);
		assert_eq!(unopened, NO_CONSENT);
		// Never an append in the patient's classes, an amendment, another purpose, a labelled
		// class, or another practitioner.
		assert_eq!(check(DOCTOR, VitalSigns, Append, EmergencyTreatment), NO_CONSENT);
		assert_eq!(check(DOCTOR, Allergies, Amend, EmergencyTreatment), NO_CONSENT);
		assert_eq!(check(DOCTOR, Allergies, Read, Treatment), NO_CONSENT);
		assert_eq!(check(DOCTOR, Allergies, Append, Treatment), NO_CONSENT);
		assert_eq!(check(DOCTOR, MentalHealth, Read, EmergencyTreatment), NO_CONSENT);
		assert_eq!(check(NURSE, Allergies, Read, EmergencyTreatment), NO_CONSENT);
	});
}

#[test]
fn a_deny_covering_a_write_holds_against_an_emergency_session() {
	build_and_execute(|| {
		// The patient denies the hospital's emergency appends; the doctor breaks the glass.
		let d = deny(org(HOSPITAL), terms(&[EmergencyCare], &[Append], &[EmergencyTreatment]));
		assert_ok!(open(DOCTOR));
		let denied = AccessDecision::Deny { reason: DenyReason::DeniedByConsent(d) };
		assert_eq!(check(DOCTOR, EmergencyCare, Append, EmergencyTreatment), denied);
		// What the deny does not cover, the session still permits.
		assert_eq!(check(DOCTOR, Allergies, Read, EmergencyTreatment), emergency(0, 11));
		assert_eq!(check(DOCTOR, EmergencyCare, Read, EmergencyTreatment), emergency(0, 11));
	});
}

#[test]
fn a_deny_naming_the_practitioner_stops_their_break_glass() {
	build_and_execute(|| {
		// A deny naming the doctor, however narrow, before a session: no session.
		let d = deny(Grantee::Practitioner(DOCTOR), terms(&[Genomics], &[Read], &[Research]));
		assert_noop!(open(DOCTOR), Error::<Test>::DeniedByPatient);
		// The nurse is not named.
		assert_ok!(open(NURSE));
		// A deny given while a session is open ends what the session permits at once.
		let n = deny(Grantee::Practitioner(NURSE), terms(&[Genomics], &[Read], &[Research]));
		let denied = AccessDecision::Deny { reason: DenyReason::DeniedByConsent(n) };
		assert_eq!(check(NURSE, Allergies, Read, EmergencyTreatment), denied);
		assert_eq!(check(NURSE, EmergencyCare, Append, EmergencyTreatment), denied);
		// Revoked, the deny stops nothing any more.
		assert_ok!(ConsentRegistry::revoke_consent(RuntimeOrigin::signed(ALICE), ALICE_ID, d));
		assert_ok!(open(DOCTOR));
		// A deny scheduled for later ends the session's permit when it starts.
		let mut later = terms(&[Genomics], &[Read], &[Research]);
		later.starts_at = Some(5);
		deny(Grantee::Practitioner(DOCTOR), later);
		assert_eq!(
			check(DOCTOR, Allergies, Read, EmergencyTreatment),
			emergency(session_of(DOCTOR), 5)
		);
		System::set_block_number(5);
		assert!(!check(DOCTOR, Allergies, Read, EmergencyTreatment).is_permit());
	});
}

#[test]
fn emergency_expires_and_can_be_reopened_by_the_practitioner() {
	build_and_execute(|| {
		assert_ok!(open(NURSE));
		let end = 1 + EMERGENCY_MS;
		System::set_block_number(end - 1);
		assert!(check(NURSE, Allergies, Read, EmergencyTreatment).is_permit());
		assert_noop!(open(NURSE), Error::<Test>::SessionAlreadyOpen);
		System::set_block_number(end);
		assert_eq!(check(NURSE, Allergies, Read, EmergencyTreatment), NO_CONSENT);
		// Reopening closes the expired session (kept for review) and opens a new one.
		assert_ok!(open(NURSE));
		assert_eq!(ConsentRegistry::held(HoldReason::EmergencyDeposit, &NURSE), 14);
		let usage = EmergencyUsages::<Test>::get(NURSE);
		assert_eq!((usage.open, usage.opened), (1, 2));
		assert_eq!(session_of(NURSE), 1);
		assert_eq!(EmergencySessions::<Test>::get(0).unwrap().closed_by, Some(NURSE));
		assert!(System::events().iter().any(|r| r.event ==
			Event::EmergencyAccessClosed {
				patient: ALICE_ID,
				practitioner: NURSE,
				session: 0,
				by: NURSE,
				expired: true,
				reopen_after: end,
			}
			.into()));
	});
}

#[test]
fn emergency_stops_when_the_organisation_is_suspended() {
	build_and_execute(|| {
		assert_ok!(open(DOCTOR));
		assert_ok!(PatientIdentity::suspend_organisation(RuntimeOrigin::root(), HOSPITAL));
		assert_eq!(check(DOCTOR, Allergies, Read, EmergencyTreatment), NO_CONSENT);
	});
}

#[test]
fn emergency_close_by_patient_representative_practitioner_admin_or_anyone_after_expiry() {
	build_and_execute(|| {
		for closer in [ALICE, REPRESENTATIVE, DOCTOR, HOSPITAL_ADMIN] {
			assert_ok!(open(DOCTOR));
			let session = session_of(DOCTOR);
			assert_ok!(close(closer, DOCTOR));
			assert!(matches!(
				last_event(),
				RuntimeEvent::ConsentRegistry(Event::EmergencyAccessClosed { by, expired: false, .. }) if by == closer
			));
			assert_eq!(EmergencySessions::<Test>::get(session).unwrap().closed_by, Some(closer));
			assert_eq!(check(DOCTOR, Allergies, Read, EmergencyTreatment), NO_CONSENT);
			assert_noop!(close(closer, DOCTOR), Error::<Test>::SessionClosed);
			// Past the cool-down, and a new day for the openings' count.
			System::set_block_number(System::block_number() + DAY);
		}
		assert_ok!(open(DOCTOR));
		assert_noop!(close(STRANGER, DOCTOR), Error::<Test>::MayNotCloseSession);
		// Another organisation's admin is a stranger here.
		assert_noop!(close(CLINIC_ADMIN, DOCTOR), Error::<Test>::MayNotCloseSession);
		assert_noop!(close(ALICE, NURSE), Error::<Test>::SessionNotFound);
		System::set_block_number(System::block_number() + EMERGENCY_MS);
		assert_ok!(close(STRANGER, DOCTOR));
		assert!(matches!(
			last_event(),
			RuntimeEvent::ConsentRegistry(Event::EmergencyAccessClosed {
				expired: true,
				by: STRANGER,
				..
			})
		));
		let usage = EmergencyUsages::<Test>::get(DOCTOR);
		assert_eq!((usage.open, usage.opened), (0, 5));
		// Every session stays, with its deposit, until reviewed.
		assert_eq!(ConsentRegistry::held(HoldReason::EmergencyDeposit, &DOCTOR), 5 * 7);
	});
}

#[test]
fn reopening_after_the_patient_closes_waits_for_the_cooldown() {
	build_and_execute(|| {
		assert_ok!(open(DOCTOR));
		System::set_block_number(3);
		assert_ok!(close(ALICE, DOCTOR));
		let reopen_after = 3 + COOLDOWN_MS;
		assert!(matches!(
			last_event(),
			RuntimeEvent::ConsentRegistry(Event::EmergencyAccessClosed { reopen_after: r, .. }) if r == reopen_after
		));
		// Still within the cool-down, long after the session would have expired.
		System::set_block_number(reopen_after - 1);
		assert_noop!(open(DOCTOR), Error::<Test>::ReopenTooSoon);
		System::set_block_number(reopen_after);
		assert_ok!(open(DOCTOR));
		// The practitioner's own close sets no cool-down.
		assert_ok!(close(DOCTOR, DOCTOR));
		assert_ok!(open(DOCTOR));
	});
}

#[test]
fn a_practitioner_cannot_flood_sessions() {
	build_and_execute(|| {
		let patients = more_patients(4);
		let all = [ALICE_ID, BOB_ID, patients[0], patients[1], patients[2], patients[3]];
		for p in &all[..MAX_OPEN_SESSIONS as usize] {
			assert_ok!(open_for(DOCTOR, *p));
		}
		assert_noop!(open_for(DOCTOR, all[2]), Error::<Test>::TooManyOpenSessions);
		// Closing one makes room; the day's openings still count.
		assert_ok!(close(DOCTOR, DOCTOR));
		assert_ok!(open_for(DOCTOR, all[2]));
		assert_ok!(ConsentRegistry::close_emergency_access(
			RuntimeOrigin::signed(DOCTOR),
			all[1],
			DOCTOR
		));
		assert_eq!(EmergencyUsages::<Test>::get(DOCTOR).opened_that_day, MAX_OPENINGS_PER_DAY);
		assert_noop!(open_for(DOCTOR, all[3]), Error::<Test>::TooManyOpeningsToday);
		// A new day (UTC).
		System::set_block_number(DAY);
		assert_ok!(open_for(DOCTOR, all[3]));
		let usage = EmergencyUsages::<Test>::get(DOCTOR);
		assert_eq!((usage.day, usage.opened_that_day, usage.opened), (1, 1, 4));
	});
}

#[test]
fn openings_are_counted_for_the_patient_and_the_organisation() {
	build_and_execute(|| {
		assert_ok!(open(DOCTOR));
		assert_ok!(open(NURSE));
		assert_ok!(open_for(OTHER_DOCTOR, BOB_ID));
		assert_eq!(EmergencyOpenings::<Test>::get(ALICE_ID), 2);
		assert_eq!(EmergencyOpenings::<Test>::get(BOB_ID), 1);
		assert_eq!(
			OrganisationEmergencies::<Test>::get(HOSPITAL),
			EmergencyTally { opened: 2, unreviewed: 2 }
		);
		assert_eq!(
			OrganisationEmergencies::<Test>::get(CLINIC),
			EmergencyTally { opened: 1, unreviewed: 1 }
		);
	});
}

#[test]
fn an_admin_reviews_sessions_after_the_fact() {
	build_and_execute(|| {
		assert_ok!(open(DOCTOR));
		let session = session_of(DOCTOR);
		// Only an admin of the session's organisation.
		assert_noop!(review(CLINIC_ADMIN, session), Error::<Test>::NotOrganisationAdmin);
		assert_noop!(review(DOCTOR, session), Error::<Test>::NotOrganisationAdmin);
		assert_noop!(review(ALICE, session), Error::<Test>::NotOrganisationAdmin);
		assert_noop!(review(HOSPITAL_ADMIN, 9), Error::<Test>::SessionNotFound);
		// Reviewing a running session closes it, with the cool-down.
		System::set_block_number(4);
		let before = free(DOCTOR);
		assert_ok!(review(HOSPITAL_ADMIN, session));
		assert_eq!(
			last_event(),
			Event::EmergencyAccessReviewed {
				patient: ALICE_ID,
				practitioner: DOCTOR,
				organisation: HOSPITAL,
				session,
				by: HOSPITAL_ADMIN,
			}
			.into()
		);
		assert!(EmergencySessions::<Test>::get(session).is_none());
		assert_eq!(free(DOCTOR), before + 7);
		assert_eq!(check(DOCTOR, Allergies, Read, EmergencyTreatment), NO_CONSENT);
		assert_eq!(
			OrganisationEmergencies::<Test>::get(HOSPITAL),
			EmergencyTally { opened: 1, unreviewed: 0 }
		);
		assert_noop!(open(DOCTOR), Error::<Test>::ReopenTooSoon);
		assert_noop!(review(HOSPITAL_ADMIN, session), Error::<Test>::SessionNotFound);
		// A session that ran out is reviewed without a cool-down, and its entry goes.
		assert_ok!(open(NURSE));
		System::set_block_number(4 + EMERGENCY_MS);
		assert_ok!(review(HOSPITAL_ADMIN, session_of(NURSE)));
		assert!(EmergencyAccesses::<Test>::get(ALICE_ID, NURSE).is_none());
		assert_ok!(open(NURSE));
	});
}

#[test]
fn emergency_open_errors_change_nothing() {
	build_and_execute(|| {
		assert_noop!(open(STRANGER), Error::<Test>::NotPractitioner);
		assert_noop!(open(RESEARCHER), Error::<Test>::NotProvider);
		assert_noop!(open(CLERK), Error::<Test>::NotClinical);
		assert_noop!(
			ConsentRegistry::open_emergency_access(RuntimeOrigin::signed(DOCTOR), 7, REASON),
			Error::<Test>::PatientNotFound
		);
		// No commitment to a reason: nothing for the organisation's review to check.
		assert_noop!(
			ConsentRegistry::open_emergency_access(
				RuntimeOrigin::signed(DOCTOR),
				ALICE_ID,
				ReasonHash::default()
			),
			Error::<Test>::ReasonMissing
		);
		NextEmergencySessionId::<Test>::put(u64::MAX);
		assert_noop!(open(DOCTOR), Error::<Test>::Overflow);
		NextEmergencySessionId::<Test>::put(0);
		// A practitioner with no funds for the deposit.
		practitioner(HOSPITAL_ADMIN, POOR, medledger_primitives::PractitionerRole::Nurse);
		assert_noop!(open(POOR), Error::<Test>::InsufficientBalance);
	});
}

// ---------------------------------------------------------------- listing

#[test]
fn consents_page_through_every_entry_once() {
	build_and_execute(|| {
		for _ in 0..3 {
			grant(org(HOSPITAL), broad());
		}
		for _ in 0..2 {
			grant(org(CLINIC), broad());
		}
		assert_ok!(ConsentRegistry::revoke_consent(RuntimeOrigin::signed(ALICE), ALICE_ID, 1));
		grant(Grantee::Individual(BOB_ID), broad());
		let first = ConsentRegistry::api_consents(ALICE_ID, None, 100);
		// Capped at MaxPageSize (4).
		assert_eq!(first.consents.len(), 4);
		let next = first.next.expect("a second page");
		let second = ConsentRegistry::api_consents(ALICE_ID, Some(next), 4);
		assert_eq!(second.consents.len(), 2);
		assert_eq!(second.next, None);
		let mut ids: Vec<u64> =
			first.consents.iter().chain(&second.consents).map(|c| c.id).collect();
		ids.sort();
		assert_eq!(ids, vec![0, 1, 2, 3, 4, 5]);
		let revoked = first.consents.iter().chain(&second.consents).find(|c| c.id == 1).unwrap();
		assert_eq!((revoked.in_force, revoked.revoked_at), (false, Some(1)));
		// Exactly a page: no next. Empty: nothing.
		assert_eq!(ConsentRegistry::api_consents(ALICE_ID, Some(next), 2).next, None);
		let none = ConsentRegistry::api_consents(BOB_ID, None, 4);
		assert!(none.consents.is_empty() && none.next.is_none());
		assert!(ConsentRegistry::api_consents(ALICE_ID, None, 0).consents.is_empty());
	});
}

// ---------------------------------------------------------------- charged weight covers the work

/// Each call's worst case, as an attacker or an unlucky caller meets it, against the reads and
/// writes its weight declares (the generated `SubstrateWeight`, decoded with the mock's
/// counting database weight). Keys the benchmarks whitelist are left out: `frame_system`'s own,
/// and the signer's account, which the transaction fee reads and writes (and its weight counts)
/// before the call.
mod migrations {
	use super::*;
	use crate::{
		migrations::v1::{v0, CopyConsentsIntoGranteeIndex},
		weights::WeightInfo,
	};
	use codec::Encode;
	use polkadot_sdk::{
		frame_support::{
			migrations::{SteppedMigration, SteppedMigrationError},
			traits::{GetStorageVersion, StorageVersion},
			weights::WeightMeter,
		},
		sp_weights::Weight,
	};

	/// Rewrites every grantee index as storage version 0 left it: ids only.
	fn as_left_by_v0() {
		let indices: Vec<_> = GranteeConsents::<Test>::iter().collect();
		for (key, copies) in indices {
			let ids = copies.into_iter().map(|(id, _)| id).collect::<Vec<_>>();
			v0::GranteeConsents::<Test>::insert(&key, BoundedVec::truncate_from(ids));
		}
		StorageVersion::new(0).put::<ConsentRegistry>();
	}

	/// Runs the migration to its end with room for one index a step; returns the steps taken.
	fn migrate() -> u32 {
		let per_index = <Test as Config>::WeightInfo::migrate_grantee_index();
		let mut cursor = None;
		for step in 1..=100 {
			let mut meter = WeightMeter::with_limit(per_index);
			cursor = CopyConsentsIntoGranteeIndex::<Test>::step(cursor, &mut meter).unwrap();
			if cursor.is_none() {
				return step;
			}
		}
		panic!("the migration did not end");
	}

	#[test]
	fn the_migration_copies_every_consent_into_its_grantee_index() {
		build_and_execute(|| {
			let permit = grant(org(HOSPITAL), broad());
			let denied = deny(Grantee::Practitioner(DOCTOR), broad());
			let revoked = grant(org(HOSPITAL), terms(&[Allergies], &[Read], &[Research]));
			assert_ok!(ConsentRegistry::revoke_consent(
				RuntimeOrigin::signed(ALICE),
				ALICE_ID,
				revoked
			));
			let after: Vec<_> = GranteeConsents::<Test>::iter().collect();
			as_left_by_v0();
			assert!(GranteeConsents::<Test>::iter_values().next().is_none(), "v0 does not decode");

			// Two indices, one a step; the last step finds no more and ends.
			assert_eq!(migrate(), 3);
			assert_eq!(ConsentRegistry::on_chain_storage_version(), 1);
			let mut migrated: Vec<_> = GranteeConsents::<Test>::iter().collect();
			let mut expected = after;
			migrated.sort_by_key(|(k, _)| k.encode());
			expected.sort_by_key(|(k, _)| k.encode());
			assert_eq!(migrated, expected);
			let ids = |g| -> Vec<_> {
				GranteeConsents::<Test>::get((ALICE_ID, g)).iter().map(|(id, _)| *id).collect()
			};
			assert_eq!(
				(ids(org(HOSPITAL)), ids(Grantee::Practitioner(DOCTOR))),
				(vec![permit], vec![denied])
			);
		});
	}

	#[test]
	fn a_decision_during_the_migration_reads_either_layout() {
		build_and_execute(|| {
			let permitted = grant(org(HOSPITAL), broad());
			let denied =
				deny(Grantee::Practitioner(DOCTOR), terms(&[Allergies], &[Read], &[Treatment]));
			as_left_by_v0();
			// Transactions wait while the migration runs; decisions asked meanwhile still see
			// every deny and permit.
			let no = Decision::Deny { reason: DenyReason::DeniedByConsent(denied) };
			assert_eq!(check(DOCTOR, Allergies, Read, Treatment), no);
			assert_eq!(check(DOCTOR, Immunizations, Read, Treatment), permit(permitted, None));
			migrate();
			assert_eq!(check(DOCTOR, Allergies, Read, Treatment), no);
			assert_eq!(check(DOCTOR, Immunizations, Read, Treatment), permit(permitted, None));
		});
	}

	#[test]
	fn a_chain_that_started_at_version_1_has_nothing_to_migrate() {
		build_and_execute(|| {
			grant(org(HOSPITAL), broad());
			// As a chain's genesis writes it (the mock's genesis writes no storage versions).
			StorageVersion::new(1).put::<ConsentRegistry>();
			let before: Vec<_> = GranteeConsents::<Test>::iter().collect();
			let mut meter = WeightMeter::new();
			assert_eq!(CopyConsentsIntoGranteeIndex::<Test>::step(None, &mut meter), Ok(None));
			assert_eq!(GranteeConsents::<Test>::iter().collect::<Vec<_>>(), before);
			assert_eq!(meter.consumed(), Weight::zero());
		});
	}

	#[test]
	fn a_step_without_room_for_one_index_asks_for_it() {
		build_and_execute(|| {
			grant(org(HOSPITAL), broad());
			as_left_by_v0();
			let required = <Test as Config>::WeightInfo::migrate_grantee_index();
			let mut meter =
				WeightMeter::with_limit(required.saturating_sub(Weight::from_parts(1, 0)));
			assert_eq!(
				CopyConsentsIntoGranteeIndex::<Test>::step(None, &mut meter),
				Err(SteppedMigrationError::InsufficientWeight { required })
			);
			assert_eq!(ConsentRegistry::on_chain_storage_version(), 0);
			migrate();
		});
	}
}

mod weights {
	use super::*;
	use crate::weights::{SubstrateWeight, WeightInfo};
	use medledger_test_utils::{assert_within, count_accesses};
	use polkadot_sdk::{frame_system, sp_weights::Weight};

	fn within(
		name: &str,
		weight: Weight,
		signer: AccountId,
		call: impl FnOnce() -> DispatchResult,
	) {
		let (result, accesses) = count_accesses(call);
		assert_ok!(result);
		assert_within(
			name,
			&accesses,
			weight,
			frame_system::Account::<Test>::hashed_key_for(signer),
		);
	}

	type W = SubstrateWeight<Test>;

	/// Fills `grantee`'s index for Alice with consents that match nothing asked here.
	fn fill(grantee: Grantee<AccountId>, n: u32) {
		for _ in 0..n {
			grant(grantee.clone(), terms(&[Genomics], &[Read], &[Research]));
		}
	}

	#[test]
	fn grant_consent_worst_case_is_within_its_weight() {
		build_and_execute(|| {
			fill(Grantee::Practitioner(DOCTOR), MAX_PER_GRANTEE - 1);
			within("grant_consent (practitioner)", W::grant_consent(), ALICE, || {
				ConsentRegistry::grant_consent(
					RuntimeOrigin::signed(ALICE),
					ALICE_ID,
					Grantee::Practitioner(DOCTOR),
					broad(),
				)
			});
			within("grant_consent (organisation)", W::grant_consent(), ALICE, || {
				ConsentRegistry::grant_consent(
					RuntimeOrigin::signed(ALICE),
					ALICE_ID,
					org(CLINIC),
					broad(),
				)
			});
		});
	}

	#[test]
	fn deny_access_worst_case_is_within_its_weight() {
		build_and_execute(|| {
			fill(org(HOSPITAL), MAX_PER_GRANTEE - 1);
			for grantee in
				[org(HOSPITAL), Grantee::Individual(BOB_ID), Grantee::Practitioner(STRANGER)]
			{
				within("deny_access", W::deny_access(), ALICE, || {
					ConsentRegistry::deny_access(
						RuntimeOrigin::signed(ALICE),
						ALICE_ID,
						grantee,
						broad(),
					)
				});
			}
		});
	}

	#[test]
	fn revoke_and_remove_worst_cases_are_within_their_weights() {
		build_and_execute(|| {
			fill(org(HOSPITAL), MAX_PER_GRANTEE);
			within("revoke_consent", W::revoke_consent(), REPRESENTATIVE, || {
				ConsentRegistry::revoke_consent(RuntimeOrigin::signed(REPRESENTATIVE), ALICE_ID, 2)
			});
			within("remove_consent (in force)", W::remove_consent(), ALICE, || {
				ConsentRegistry::remove_consent(RuntimeOrigin::signed(ALICE), ALICE_ID, 1)
			});
			within("remove_consent (ended, by anyone)", W::remove_consent(), STRANGER, || {
				ConsentRegistry::remove_consent(RuntimeOrigin::signed(STRANGER), ALICE_ID, 2)
			});
		});
	}

	#[test]
	fn emergency_worst_cases_are_within_their_weights() {
		build_and_execute(|| {
			fill(Grantee::Practitioner(DOCTOR), MAX_PER_GRANTEE);
			assert_ok!(open(DOCTOR));
			System::set_block_number(1 + EMERGENCY_MS);
			// Reopening after expiry: the old session is closed first.
			within("open_emergency_access", W::open_emergency_access(), DOCTOR, || open(DOCTOR));
			for closer in [HOSPITAL_ADMIN, ALICE] {
				assert_ok!(open(NURSE));
				within("close_emergency_access", W::close_emergency_access(), closer, || {
					close(closer, NURSE)
				});
				System::set_block_number(System::block_number() + COOLDOWN_MS);
			}
			// Reviewing a running session closes it first.
			let session = session_of(DOCTOR);
			within("review_emergency_access", W::review_emergency_access(), HOSPITAL_ADMIN, || {
				review(HOSPITAL_ADMIN, session)
			});
		});
	}

	#[test]
	fn request_worst_cases_are_within_their_weights() {
		build_and_execute(|| {
			// The deny check scans a full index; an admin's standing is the longer check.
			fill(org(HOSPITAL), MAX_PER_GRANTEE);
			within("request_consent (admin)", W::request_consent(), HOSPITAL_ADMIN, || {
				request(HOSPITAL_ADMIN, org(HOSPITAL), 40)
			});
			within("request_consent (practitioner)", W::request_consent(), NURSE, || {
				request(NURSE, Grantee::Practitioner(NURSE), 40)
			});
			fill(Grantee::Practitioner(NURSE), MAX_PER_GRANTEE - 1);
			let nurses = RequesterRequests::<Test>::get((ALICE_ID, NURSE)).unwrap();
			within("accept_request (representative)", W::accept_request(), REPRESENTATIVE, || {
				ConsentRegistry::accept_request(
					RuntimeOrigin::signed(REPRESENTATIVE),
					ALICE_ID,
					nurses,
					broad(),
				)
			});
			let admins = RequesterRequests::<Test>::get((ALICE_ID, HOSPITAL_ADMIN)).unwrap();
			within("close_request (withdrawn)", W::close_request(), HOSPITAL_ADMIN, || {
				ConsentRegistry::close_request(
					RuntimeOrigin::signed(HOSPITAL_ADMIN),
					ALICE_ID,
					admins,
				)
			});
		});
	}
}

// ---------------------------------------------------------------- consent requests

/// Sealed terms, as a requester's client writes them (opaque to the chain).
fn sealed() -> SealedTerms {
	BoundedVec::truncate_from(vec![0xa5; 48])
}

fn request(who: AccountId, grantee: Grantee<AccountId>, expires_at: u64) -> DispatchResult {
	ConsentRegistry::request_consent(
		RuntimeOrigin::signed(who),
		ALICE_ID,
		grantee,
		sealed(),
		expires_at,
	)
}

/// The hospital's doctor asks Alice for a consent for the hospital, open until block 40.
fn doctor_asks() -> u64 {
	let id = NextConsentRequestId::<Test>::get();
	assert_ok!(request(DOCTOR, org(HOSPITAL), 40));
	id
}

const REQUEST_HELD: Balance = 3 + 5;

#[test]
fn a_request_holds_both_deposits_and_is_listed() {
	build_and_execute(|| {
		let before = free(DOCTOR);
		let id = doctor_asks();
		let r = ConsentRequests::<Test>::get(ALICE_ID, id).unwrap();
		assert_eq!(
			(r.requester, r.grantee.clone(), r.expires_at, r.deposit),
			(DOCTOR, org(HOSPITAL), 40, REQUEST_HELD)
		);
		assert_eq!(r.sealed_terms, sealed());
		assert_eq!(ConsentRegistry::held(HoldReason::RequestDeposit, &DOCTOR), REQUEST_HELD);
		assert_eq!(free(DOCTOR), before - REQUEST_HELD);
		assert_eq!(OpenRequestCount::<Test>::get(ALICE_ID), 1);
		assert_eq!(RequesterRequests::<Test>::get((ALICE_ID, DOCTOR)), Some(id));
		assert_eq!(
			last_event(),
			Event::ConsentRequested {
				patient: ALICE_ID,
				request: id,
				requester: DOCTOR,
				grantee: org(HOSPITAL),
				expires_at: 40,
			}
			.into()
		);
		assert_ok!(request(HOSPITAL_ADMIN, org(HOSPITAL), 40));
		let listed: Vec<_> = ConsentRegistry::open_requests(ALICE_ID)
			.into_iter()
			.map(|(id, r)| (id, r.requester))
			.collect();
		assert_eq!(listed, vec![(id, DOCTOR), (id + 1, HOSPITAL_ADMIN)]);
	});
}

#[test]
fn only_a_practitioner_for_itself_or_its_organisation_or_its_admin_may_ask() {
	build_and_execute(|| {
		for (who, grantee) in [
			(STRANGER, org(HOSPITAL)),
			(DOCTOR, org(CLINIC)),
			(DOCTOR, Grantee::Practitioner(NURSE)),
			(HOSPITAL_ADMIN, org(CLINIC)),
			(DOCTOR, Grantee::Individual(BOB_ID)),
			(ALICE, Grantee::Practitioner(ALICE)),
		] {
			assert_noop!(request(who, grantee, 40), Error::<Test>::MayNotRequest);
		}
		assert_ok!(request(NURSE, Grantee::Practitioner(NURSE), 40));
	});
}

#[test]
fn a_request_needs_sealed_terms_a_near_expiry_and_a_patient() {
	build_and_execute(|| {
		let empty = BoundedVec::new();
		assert_noop!(
			ConsentRegistry::request_consent(
				RuntimeOrigin::signed(DOCTOR),
				ALICE_ID,
				org(HOSPITAL),
				empty,
				40
			),
			Error::<Test>::TermsMissing
		);
		// Now is block 1; the longest period is MAX_REQUEST_MS.
		for expires_at in [0, 1, 2 + MAX_REQUEST_MS] {
			assert_noop!(
				request(DOCTOR, org(HOSPITAL), expires_at),
				Error::<Test>::InvalidRequestPeriod
			);
		}
		assert_ok!(request(DOCTOR, org(HOSPITAL), 1 + MAX_REQUEST_MS));
		assert_noop!(
			ConsentRegistry::request_consent(
				RuntimeOrigin::signed(NURSE),
				77,
				org(HOSPITAL),
				sealed(),
				40
			),
			Error::<Test>::PatientNotFound
		);
	});
}

#[test]
fn a_grantee_the_patient_denied_cannot_ask_again() {
	build_and_execute(|| {
		deny(org(HOSPITAL), terms(&[Allergies], &[Read], &[Treatment]));
		assert_noop!(request(DOCTOR, org(HOSPITAL), 40), Error::<Test>::DeniedByPatient);
		deny(Grantee::Practitioner(NURSE), terms(&[Allergies], &[Read], &[Treatment]));
		assert_noop!(
			request(NURSE, Grantee::Practitioner(NURSE), 40),
			Error::<Test>::DeniedByPatient
		);
		// A permit does not stop a request for more.
		grant(org(CLINIC), broad());
		assert_ok!(request(OTHER_DOCTOR, org(CLINIC), 40));
	});
}

#[test]
fn one_open_request_per_requester_and_a_bounded_list_per_patient() {
	build_and_execute(|| {
		doctor_asks();
		assert_noop!(
			request(DOCTOR, Grantee::Practitioner(DOCTOR), 40),
			Error::<Test>::RequestAlreadyOpen
		);
		assert_ok!(request(NURSE, org(HOSPITAL), 40));
		assert_eq!(MAX_OPEN_REQUESTS, 2);
		assert_noop!(request(OTHER_DOCTOR, org(CLINIC), 40), Error::<Test>::TooManyRequests);
	});
}

#[test]
fn a_request_is_refused_without_the_deposits() {
	build_and_execute(|| {
		admit(medledger_primitives::OrganisationKind::Payer, PAYER_ADMIN);
		practitioner(PAYER_ADMIN, POOR, medledger_primitives::PractitionerRole::Clerk);
		assert_noop!(
			request(POOR, Grantee::Practitioner(POOR), 40),
			Error::<Test>::InsufficientBalance
		);
	});
}

#[test]
fn accepting_puts_the_patients_terms_in_force_on_the_requesters_deposit() {
	build_and_execute(|| {
		let before = free(DOCTOR);
		let id = doctor_asks();
		let consent = NextConsentId::<Test>::get();
		let t = terms(&[Laboratory], &[Read], &[Treatment]);
		assert_ok!(ConsentRegistry::accept_request(RuntimeOrigin::signed(ALICE), ALICE_ID, id, t));
		let c = Consents::<Test>::get((ALICE_ID, consent)).unwrap();
		assert_eq!(
			(c.kind, c.grantee.clone(), c.granted_by, c.confirmed),
			(ConsentKind::Permit, org(HOSPITAL), ALICE, true)
		);
		assert_eq!((c.depositor, c.deposit), (DOCTOR, 5));
		assert_eq!(ConsentRegistry::held(HoldReason::ConsentDeposit, &DOCTOR), 5);
		assert_eq!(ConsentRegistry::held(HoldReason::RequestDeposit, &DOCTOR), 0);
		assert_eq!(free(DOCTOR), before - 5);
		assert_eq!(ConsentRegistry::held(HoldReason::ConsentDeposit, &ALICE), 0);
		assert!(ConsentRequests::<Test>::get(ALICE_ID, id).is_none());
		assert_eq!(OpenRequestCount::<Test>::get(ALICE_ID), 0);
		assert_eq!(
			last_event(),
			Event::ConsentRequestClosed {
				patient: ALICE_ID,
				request: id,
				requester: DOCTOR,
				outcome: RequestOutcome::Accepted,
				consent: Some(consent),
				by: ALICE,
			}
			.into()
		);
		assert_eq!(check(NURSE, Laboratory, Read, Treatment), permit(consent, None));
		// Removing the consent returns the deposit to whoever paid it: the requester.
		assert_ok!(ConsentRegistry::remove_consent(
			RuntimeOrigin::signed(ALICE),
			ALICE_ID,
			consent
		));
		assert_eq!(free(DOCTOR), before);
	});
}

#[test]
fn a_representative_may_accept_and_the_consent_rests_on_them() {
	build_and_execute(|| {
		let id = doctor_asks();
		let consent = NextConsentId::<Test>::get();
		assert_ok!(ConsentRegistry::accept_request(
			RuntimeOrigin::signed(REPRESENTATIVE),
			ALICE_ID,
			id,
			broad()
		));
		let c = Consents::<Test>::get((ALICE_ID, consent)).unwrap();
		assert_eq!((c.granted_by, c.confirmed, c.depositor), (REPRESENTATIVE, false, DOCTOR));
	});
}

#[test]
fn no_one_but_the_patients_side_accepts_and_bad_terms_change_nothing() {
	build_and_execute(|| {
		let id = doctor_asks();
		for who in [DOCTOR, HOSPITAL_ADMIN, STRANGER, BOB] {
			assert_noop!(
				ConsentRegistry::accept_request(RuntimeOrigin::signed(who), ALICE_ID, id, broad()),
				Error::<Test>::NotPatientOrRepresentative
			);
		}
		let mut t = broad();
		t.actions = BoundedVec::new();
		assert_noop!(
			ConsentRegistry::accept_request(RuntimeOrigin::signed(ALICE), ALICE_ID, id, t),
			Error::<Test>::EmptyActions
		);
		assert_noop!(
			ConsentRegistry::accept_request(
				RuntimeOrigin::signed(ALICE),
				ALICE_ID,
				id + 1,
				broad()
			),
			Error::<Test>::RequestNotFound
		);
		System::set_block_number(40);
		assert_noop!(
			ConsentRegistry::accept_request(RuntimeOrigin::signed(ALICE), ALICE_ID, id, broad()),
			Error::<Test>::RequestExpired
		);
	});
}

#[test]
fn the_patient_declines_the_requester_withdraws_anyone_clears_an_expired_request() {
	build_and_execute(|| {
		let before = free(DOCTOR);
		for (who, outcome, at) in [
			(ALICE, RequestOutcome::Declined, 1),
			(REPRESENTATIVE, RequestOutcome::Declined, 1),
			(DOCTOR, RequestOutcome::Withdrawn, 1),
			(STRANGER, RequestOutcome::Expired, 40),
		] {
			System::set_block_number(1);
			let id = doctor_asks();
			System::set_block_number(at);
			assert_ok!(ConsentRegistry::close_request(RuntimeOrigin::signed(who), ALICE_ID, id));
			assert_eq!(
				last_event(),
				Event::ConsentRequestClosed {
					patient: ALICE_ID,
					request: id,
					requester: DOCTOR,
					outcome,
					consent: None,
					by: who,
				}
				.into()
			);
			assert_eq!(free(DOCTOR), before);
			assert_eq!(OpenRequestCount::<Test>::get(ALICE_ID), 0);
			assert!(!RequesterRequests::<Test>::contains_key((ALICE_ID, DOCTOR)));
		}
	});
}

#[test]
fn no_one_else_closes_an_open_request() {
	build_and_execute(|| {
		let id = doctor_asks();
		for who in [NURSE, HOSPITAL_ADMIN, STRANGER, BOB] {
			assert_noop!(
				ConsentRegistry::close_request(RuntimeOrigin::signed(who), ALICE_ID, id),
				Error::<Test>::MayNotCloseRequest
			);
		}
		assert_noop!(
			ConsentRegistry::close_request(RuntimeOrigin::signed(ALICE), ALICE_ID, id + 1),
			Error::<Test>::RequestNotFound
		);
	});
}

// ---------------------------------------------------------------- the patient's timeline

#[test]
fn the_patients_timeline_is_told_of_consents_requests_and_emergencies() {
	use medledger_primitives::{RequestOutcome, TimelineEvent as Entry};
	use medledger_test_utils::RecordingTimeline;
	build_and_execute(|| {
		let signed = RuntimeOrigin::signed;
		let permit = grant(org(HOSPITAL), broad());
		let denied = deny(org(CLINIC), broad());
		assert_ok!(ConsentRegistry::revoke_consent(signed(ALICE), ALICE_ID, permit));
		assert_ok!(ConsentRegistry::remove_consent(signed(ALICE), ALICE_ID, permit));
		let asked = doctor_asks();
		assert_ok!(ConsentRegistry::accept_request(signed(ALICE), ALICE_ID, asked, broad()));
		let accepted = denied + 1;
		let declined = NextConsentRequestId::<Test>::get();
		assert_ok!(request(NURSE, Grantee::Practitioner(NURSE), 40));
		assert_ok!(ConsentRegistry::close_request(signed(ALICE), ALICE_ID, declined));
		assert_ok!(open(DOCTOR));
		let session = session_of(DOCTOR);
		assert_ok!(close(ALICE, DOCTOR));
		assert_ok!(review(HOSPITAL_ADMIN, session));
		// A refused call tells it nothing.
		assert_noop!(
			ConsentRegistry::revoke_consent(signed(DOCTOR), ALICE_ID, accepted),
			Error::<Test>::NotPatientOrRepresentative
		);
		let told: Vec<_> = RecordingTimeline::take()
			.into_iter()
			.inspect(|(patient, _)| assert_eq!(*patient, ALICE_ID))
			.map(|(_, entry)| entry)
			.collect();
		assert_eq!(
			told,
			vec![
				Entry::ConsentRecorded { consent: permit, kind: ConsentKind::Permit },
				Entry::ConsentRecorded { consent: denied, kind: ConsentKind::Deny },
				Entry::ConsentRevoked { consent: permit },
				Entry::ConsentRemoved { consent: permit },
				Entry::ConsentRequested { request: asked },
				Entry::ConsentRecorded { consent: accepted, kind: ConsentKind::Permit },
				Entry::ConsentRequestClosed {
					request: asked,
					outcome: RequestOutcome::Accepted,
					consent: Some(accepted),
				},
				Entry::ConsentRequested { request: declined },
				Entry::ConsentRequestClosed {
					request: declined,
					outcome: RequestOutcome::Declined,
					consent: None,
				},
				Entry::EmergencyAccessOpened { session },
				Entry::EmergencyAccessClosed { session },
				Entry::EmergencyAccessReviewed { session },
			]
		);
	});
}
