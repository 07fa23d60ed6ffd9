//! Unit tests: every call's success, every error (state unchanged), events, invariants.

use crate::{mock::*, pallet::*, types::*, Error, Event};
use medledger_primitives::{
	EncryptionKey, IdentityProvider, OrganisationKind, OrganisationStatus, PatientPower,
	PatientRelation, PractitionerRole, PractitionerStanding, RepresentativeScope,
};
use polkadot_sdk::{
	frame_support::{assert_noop, assert_ok, traits::fungible::Inspect, BoundedVec},
	sp_core::H256,
	sp_runtime::DispatchError,
};

const KEY1: [u8; 32] = [1; 32];
const KEY2: [u8; 32] = [2; 32];
const ADMIN: AccountId = 1;
const DOCTOR: AccountId = 2;
const PATIENT: AccountId = 3;
const REP: AccountId = 4;
const CONTACT_A: AccountId = 5;
const NEW_ACCOUNT: AccountId = 6;
const STRANGER: AccountId = 7;
const CONTACT_B: AccountId = 8;
const CONTACT_C: AccountId = 9;

const FULL: RepresentativeScope =
	RepresentativeScope { consents: true, records: true, encryption_key: true, deactivation: true };
const KEYS: RepresentativeScope = RepresentativeScope {
	consents: false,
	records: false,
	encryption_key: true,
	deactivation: false,
};
const CONSENTS_AND_RECORDS: RepresentativeScope = RepresentativeScope {
	consents: true,
	records: true,
	encryption_key: false,
	deactivation: false,
};

fn root() -> RuntimeOrigin {
	RuntimeOrigin::root()
}
fn signed(who: AccountId) -> RuntimeOrigin {
	RuntimeOrigin::signed(who)
}
fn name(n: &[u8]) -> OrganisationName<Test> {
	BoundedVec::try_from(n.to_vec()).unwrap()
}
fn jur(j: &[u8]) -> Jurisdiction {
	BoundedVec::try_from(j.to_vec()).unwrap()
}
fn admit(admin: AccountId) -> u32 {
	let id = NextOrganisationId::<Test>::get();
	assert_ok!(PatientIdentity::admit_organisation(
		root(),
		name(b"St Mary"),
		OrganisationKind::Hospital,
		jur(b"GB-ENG"),
		H256::repeat_byte(7),
		admin
	));
	id
}
fn register(who: AccountId) -> u64 {
	let id = NextPatientId::<Test>::get();
	assert_ok!(PatientIdentity::register_patient(signed(who), KEY1, None));
	id
}
/// `admin`'s organisation invites `who` with `role`, and `who` accepts.
fn hire(admin: AccountId, who: AccountId, role: PractitionerRole) {
	let org = OrganisationOfAdmin::<Test>::get(admin).unwrap();
	assert_ok!(PatientIdentity::invite_practitioner(signed(admin), who, role));
	assert_ok!(PatientIdentity::accept_invitation(signed(who), org));
}
/// The patient appoints `rep` with `scope`, without end.
fn appoint(patient: u64, rep: AccountId, scope: RepresentativeScope) {
	let account = PatientIdentity::patient_account(patient).unwrap();
	assert_ok!(PatientIdentity::appoint_representative(
		signed(account),
		patient,
		rep,
		scope,
		None,
		None
	));
}
/// The patient sets up recovery by `contacts`, `threshold` of them, the shortest delay.
fn configure_recovery(patient: u64, contacts: &[AccountId], threshold: u32) {
	let account = PatientIdentity::patient_account(patient).unwrap();
	assert_ok!(PatientIdentity::set_recovery_config(
		signed(account),
		BoundedVec::try_from(contacts.to_vec()).unwrap(),
		threshold,
		MIN_RECOVERY_DELAY
	));
}
fn event(e: Event<Test>) {
	System::assert_last_event(e.into());
}
fn free(who: AccountId) -> Balance {
	<Balances as Inspect<AccountId>>::balance(&who)
}

mod organisations {
	use super::*;

	#[test]
	fn admit_stores_organisation_and_admin() {
		build_and_execute(|| {
			let org = admit(ADMIN);
			let o = Organisations::<Test>::get(org).unwrap();
			assert_eq!(o.kind, OrganisationKind::Hospital);
			assert_eq!(o.status, OrganisationStatus::Active);
			assert_eq!(o.admins.to_vec(), vec![ADMIN]);
			assert_eq!(o.licence_hash, H256::repeat_byte(7));
			assert_eq!(OrganisationOfAdmin::<Test>::get(ADMIN), Some(org));
			assert_eq!(NextOrganisationId::<Test>::get(), org + 1);
			event(Event::OrganisationAdmitted {
				organisation: org,
				kind: OrganisationKind::Hospital,
				admin: ADMIN,
			});
		});
	}

	#[test]
	fn admit_errors() {
		build_and_execute(|| {
			let call = |origin, n: &[u8], j: &[u8], admin| {
				PatientIdentity::admit_organisation(
					origin,
					name(n),
					OrganisationKind::Clinic,
					jur(j),
					H256::zero(),
					admin,
				)
			};
			assert_noop!(call(signed(ADMIN), b"A", b"DE", ADMIN), DispatchError::BadOrigin);
			assert_noop!(call(root(), b"", b"DE", ADMIN), Error::<Test>::InvalidName);
			assert_noop!(call(root(), &[0xff, 0xfe], b"DE", ADMIN), Error::<Test>::InvalidName);
			for bad in [&b"de"[..], b"D", b"DEU", b"US-", b"USA-CA", b"US_CA", b"US-C_", b""] {
				assert_noop!(call(root(), b"A", bad, ADMIN), Error::<Test>::InvalidJurisdiction);
			}
			admit(ADMIN);
			assert_noop!(call(root(), b"B", b"US-CA", ADMIN), Error::<Test>::AlreadyAdmin);
			NextOrganisationId::<Test>::put(u32::MAX);
			assert_noop!(call(root(), b"B", b"US-CA", STRANGER), Error::<Test>::Overflow);
		});
	}

	#[test]
	fn jurisdiction_codes() {
		for ok in [&b"DE"[..], b"US-CA", b"GB-ENG", b"FR-75"] {
			assert!(is_valid_jurisdiction(ok), "{ok:?}");
		}
	}

	#[test]
	fn suspend_and_reinstate_toggle_standing() {
		build_and_execute(|| {
			let org = admit(ADMIN);
			hire(ADMIN, DOCTOR, PractitionerRole::Physician);
			assert!(PatientIdentity::practitioner_standing(&DOCTOR).is_some());

			assert_ok!(PatientIdentity::suspend_organisation(root(), org));
			event(Event::OrganisationSuspended { organisation: org });
			assert_eq!(PatientIdentity::practitioner_standing(&DOCTOR), None);
			assert_eq!(
				PatientIdentity::organisation_status(org),
				Some(OrganisationStatus::Suspended)
			);

			assert_ok!(PatientIdentity::reinstate_organisation(root(), org));
			event(Event::OrganisationReinstated { organisation: org });
			assert_eq!(
				PatientIdentity::practitioner_standing(&DOCTOR),
				Some(PractitionerStanding {
					organisation: org,
					kind: OrganisationKind::Hospital,
					role: PractitionerRole::Physician
				})
			);
		});
	}

	#[test]
	fn status_errors() {
		build_and_execute(|| {
			let org = admit(ADMIN);
			assert_noop!(
				PatientIdentity::suspend_organisation(signed(ADMIN), org),
				DispatchError::BadOrigin
			);
			assert_noop!(
				PatientIdentity::suspend_organisation(root(), 9),
				Error::<Test>::OrganisationNotFound
			);
			assert_noop!(
				PatientIdentity::reinstate_organisation(root(), org),
				Error::<Test>::OrganisationNotSuspended
			);
			assert_ok!(PatientIdentity::suspend_organisation(root(), org));
			assert_noop!(
				PatientIdentity::suspend_organisation(root(), org),
				Error::<Test>::OrganisationNotActive
			);
			assert_noop!(
				PatientIdentity::reinstate_organisation(root(), 9),
				Error::<Test>::OrganisationNotFound
			);
			assert_noop!(
				PatientIdentity::reinstate_organisation(signed(ADMIN), org),
				DispatchError::BadOrigin
			);
		});
	}

	#[test]
	fn remove_clears_admins_and_standing_and_frees_practitioners() {
		build_and_execute(|| {
			let org = admit(ADMIN);
			assert_ok!(PatientIdentity::add_admin(root(), org, STRANGER));
			hire(ADMIN, DOCTOR, PractitionerRole::Nurse);
			assert_ok!(PatientIdentity::remove_organisation(root(), org));
			event(Event::OrganisationRemoved { organisation: org });
			assert!(Organisations::<Test>::get(org).is_none());
			assert_eq!(OrganisationOfAdmin::<Test>::get(ADMIN), None);
			assert_eq!(OrganisationOfAdmin::<Test>::get(STRANGER), None);
			assert_eq!(PatientIdentity::practitioner_standing(&DOCTOR), None);
			assert_eq!(PatientIdentity::organisation_status(org), None);

			// The stale registration can be replaced by another organisation; ids are not reused.
			let other = admit(REP);
			assert_ne!(other, org);
			hire(REP, DOCTOR, PractitionerRole::Physician);
			assert_eq!(
				PatientIdentity::practitioner_standing(&DOCTOR).unwrap().organisation,
				other
			);
		});
	}

	#[test]
	fn remove_errors() {
		build_and_execute(|| {
			let org = admit(ADMIN);
			assert_noop!(
				PatientIdentity::remove_organisation(signed(ADMIN), org),
				DispatchError::BadOrigin
			);
			assert_noop!(
				PatientIdentity::remove_organisation(root(), 9),
				Error::<Test>::OrganisationNotFound
			);
		});
	}

	#[test]
	fn admins_added_and_removed_by_root_or_admin() {
		build_and_execute(|| {
			let org = admit(ADMIN);
			assert_ok!(PatientIdentity::add_admin(signed(ADMIN), org, REP));
			event(Event::AdminAdded { organisation: org, admin: REP });
			assert_ok!(PatientIdentity::add_admin(root(), org, CONTACT_A));
			assert_eq!(Organisations::<Test>::get(org).unwrap().admins.len(), 3);
			assert_ok!(PatientIdentity::remove_admin(signed(REP), org, ADMIN));
			event(Event::AdminRemoved { organisation: org, admin: ADMIN });
			assert_ok!(PatientIdentity::remove_admin(root(), org, CONTACT_A));
			assert_eq!(Organisations::<Test>::get(org).unwrap().admins.to_vec(), vec![REP]);
			assert_eq!(OrganisationOfAdmin::<Test>::get(ADMIN), None);
		});
	}

	#[test]
	fn admin_errors() {
		build_and_execute(|| {
			let org = admit(ADMIN);
			let other = admit(DOCTOR);
			assert_noop!(
				PatientIdentity::add_admin(root(), 9, STRANGER),
				Error::<Test>::OrganisationNotFound
			);
			assert_noop!(
				PatientIdentity::add_admin(signed(STRANGER), org, STRANGER),
				Error::<Test>::NotOrganisationAuthority
			);
			assert_noop!(
				PatientIdentity::add_admin(signed(DOCTOR), org, STRANGER),
				Error::<Test>::NotOrganisationAuthority
			);
			assert_noop!(
				PatientIdentity::add_admin(root(), org, DOCTOR),
				Error::<Test>::AlreadyAdmin
			);
			assert_ok!(PatientIdentity::add_admin(root(), org, 10));
			assert_ok!(PatientIdentity::add_admin(root(), org, 11));
			assert_noop!(PatientIdentity::add_admin(root(), org, 12), Error::<Test>::TooManyAdmins);

			assert_noop!(
				PatientIdentity::remove_admin(root(), 9, ADMIN),
				Error::<Test>::OrganisationNotFound
			);
			assert_noop!(
				PatientIdentity::remove_admin(signed(STRANGER), org, ADMIN),
				Error::<Test>::NotOrganisationAuthority
			);
			assert_noop!(
				PatientIdentity::remove_admin(root(), org, DOCTOR),
				Error::<Test>::NotAdmin
			);
			assert_noop!(
				PatientIdentity::remove_admin(root(), other, DOCTOR),
				Error::<Test>::LastAdmin
			);
		});
	}
}

mod practitioners {
	use super::*;

	#[test]
	fn invited_accepted_removed_and_resigned() {
		build_and_execute(|| {
			let org = admit(ADMIN);
			assert_ok!(PatientIdentity::invite_practitioner(
				signed(ADMIN),
				DOCTOR,
				PractitionerRole::Pharmacist
			));
			event(Event::PractitionerInvited {
				organisation: org,
				practitioner: DOCTOR,
				role: PractitionerRole::Pharmacist,
			});
			// No standing before the practitioner says yes.
			assert_eq!(PatientIdentity::practitioner_standing(&DOCTOR), None);
			assert_eq!(Organisations::<Test>::get(org).unwrap().invitations, 1);
			assert_ok!(PatientIdentity::accept_invitation(signed(DOCTOR), org));
			event(Event::PractitionerRegistered {
				organisation: org,
				practitioner: DOCTOR,
				role: PractitionerRole::Pharmacist,
			});
			let o = Organisations::<Test>::get(org).unwrap();
			assert_eq!((o.practitioners, o.invitations), (1, 0));
			assert_ok!(PatientIdentity::remove_practitioner(signed(ADMIN), DOCTOR));
			event(Event::PractitionerRemoved { organisation: org, practitioner: DOCTOR });
			assert_eq!(Organisations::<Test>::get(org).unwrap().practitioners, 0);
			assert_eq!(Practitioners::<Test>::get(DOCTOR), None);

			hire(ADMIN, DOCTOR, PractitionerRole::Physician);
			assert_ok!(PatientIdentity::resign(signed(DOCTOR)));
			event(Event::PractitionerResigned { organisation: org, practitioner: DOCTOR });
			assert_eq!(PatientIdentity::practitioner_standing(&DOCTOR), None);
			assert_eq!(Organisations::<Test>::get(org).unwrap().practitioners, 0);
		});
	}

	#[test]
	fn an_account_is_not_made_a_practitioner_without_its_consent() {
		build_and_execute(|| {
			let org = admit(ADMIN);
			assert_ok!(PatientIdentity::invite_practitioner(
				signed(ADMIN),
				DOCTOR,
				PractitionerRole::Physician
			));
			// It declines.
			assert_ok!(PatientIdentity::withdraw_invitation(signed(DOCTOR), org, DOCTOR));
			event(Event::InvitationWithdrawn { organisation: org, practitioner: DOCTOR });
			assert_noop!(
				PatientIdentity::accept_invitation(signed(DOCTOR), org),
				Error::<Test>::InvitationNotFound
			);
			assert_eq!(PatientIdentity::practitioner_standing(&DOCTOR), None);
			assert_eq!(Organisations::<Test>::get(org).unwrap().invitations, 0);
		});
	}

	#[test]
	fn invite_errors() {
		build_and_execute(|| {
			let org = admit(ADMIN);
			let _other = admit(REP);
			let invite = |admin, who| {
				PatientIdentity::invite_practitioner(signed(admin), who, PractitionerRole::Clerk)
			};
			assert_noop!(invite(STRANGER, DOCTOR), Error::<Test>::NotOrganisationAuthority);
			assert_ok!(invite(ADMIN, DOCTOR));
			assert_noop!(invite(ADMIN, DOCTOR), Error::<Test>::AlreadyInvited);
			assert_ok!(PatientIdentity::accept_invitation(signed(DOCTOR), org));
			assert_noop!(invite(REP, DOCTOR), Error::<Test>::AlreadyPractitioner);
			assert_ok!(invite(ADMIN, 10));
			// Practitioners and open invitations together stay within the bound.
			assert_ok!(invite(ADMIN, 11));
			assert_noop!(invite(ADMIN, 12), Error::<Test>::TooManyPractitioners);
			assert_ok!(PatientIdentity::suspend_organisation(root(), org));
			assert_ok!(PatientIdentity::withdraw_invitation(signed(ADMIN), org, 11));
			assert_noop!(invite(ADMIN, 13), Error::<Test>::OrganisationNotActive);
			// An invitation cannot be accepted while the organisation is suspended.
			assert_noop!(
				PatientIdentity::accept_invitation(signed(10), org),
				Error::<Test>::OrganisationNotActive
			);
		});
	}

	#[test]
	fn accept_and_withdraw_errors() {
		build_and_execute(|| {
			let org = admit(ADMIN);
			let other = admit(REP);
			assert_noop!(
				PatientIdentity::accept_invitation(signed(DOCTOR), org),
				Error::<Test>::InvitationNotFound
			);
			assert_ok!(PatientIdentity::invite_practitioner(
				signed(ADMIN),
				DOCTOR,
				PractitionerRole::Nurse
			));
			assert_ok!(PatientIdentity::invite_practitioner(
				signed(REP),
				DOCTOR,
				PractitionerRole::Nurse
			));
			assert_ok!(PatientIdentity::accept_invitation(signed(DOCTOR), org));
			// One organisation at a time.
			assert_noop!(
				PatientIdentity::accept_invitation(signed(DOCTOR), other),
				Error::<Test>::AlreadyPractitioner
			);
			// Another organisation's admin cannot withdraw this one's invitation.
			assert_noop!(
				PatientIdentity::withdraw_invitation(signed(ADMIN), other, DOCTOR),
				Error::<Test>::NotOrganisationAuthority
			);
			assert_noop!(
				PatientIdentity::withdraw_invitation(signed(ADMIN), org, STRANGER),
				Error::<Test>::InvitationNotFound
			);
		});
	}

	#[test]
	fn remove_and_resign_errors() {
		build_and_execute(|| {
			admit(ADMIN);
			admit(REP);
			assert_noop!(
				PatientIdentity::remove_practitioner(signed(ADMIN), DOCTOR),
				Error::<Test>::PractitionerNotFound
			);
			assert_noop!(
				PatientIdentity::resign(signed(DOCTOR)),
				Error::<Test>::PractitionerNotFound
			);
			hire(ADMIN, DOCTOR, PractitionerRole::Physician);
			assert_noop!(
				PatientIdentity::remove_practitioner(signed(REP), DOCTOR),
				Error::<Test>::NotPractitionerOfOrganisation
			);
			assert_noop!(
				PatientIdentity::remove_practitioner(signed(STRANGER), DOCTOR),
				Error::<Test>::NotPractitionerOfOrganisation
			);
		});
	}
}

mod patients {
	use super::*;

	#[test]
	fn register_holds_deposit_and_indexes() {
		build_and_execute(|| {
			let id = register(PATIENT);
			let p = Patients::<Test>::get(id).unwrap();
			assert_eq!(p.account, PATIENT);
			assert_eq!(p.encryption_key, EncryptionKey { key: KEY1, version: 1 });
			assert_eq!(p.deposit, PatientDeposit::get());
			assert_eq!(PatientIdentity::held_deposit(&PATIENT), PatientDeposit::get());
			assert_eq!(free(PATIENT), ENDOWMENT - PatientDeposit::get());
			assert_eq!(PatientIdentity::patient_of(&PATIENT), Some(id));
			assert_eq!(PatientIdentity::patient_account(id), Some(PATIENT));
			assert!(PatientIdentity::is_active_patient(id));
			event(Event::PatientRegistered {
				patient: id,
				account: PATIENT,
				deposit: PatientDeposit::get(),
			});
			assert_ok!(PatientIdentity::register_patient(
				signed(STRANGER),
				KEY2,
				Some(H256::repeat_byte(9))
			));
			assert_eq!(
				Patients::<Test>::get(id + 1).unwrap().commitment,
				Some(H256::repeat_byte(9))
			);
		});
	}

	#[test]
	fn register_errors() {
		build_and_execute(|| {
			assert_noop!(
				PatientIdentity::register_patient(signed(PATIENT), [0; 32], None),
				Error::<Test>::LowOrderKey
			);
			assert_noop!(
				PatientIdentity::register_patient(signed(POOR), KEY1, None),
				Error::<Test>::InsufficientBalance
			);
			register(PATIENT);
			assert_noop!(
				PatientIdentity::register_patient(signed(PATIENT), KEY2, None),
				Error::<Test>::AlreadyPatient
			);
			NextPatientId::<Test>::put(u64::MAX);
			assert_noop!(
				PatientIdentity::register_patient(signed(STRANGER), KEY1, None),
				Error::<Test>::Overflow
			);
		});
	}

	#[test]
	fn keys_of_small_order_are_refused() {
		build_and_execute(|| {
			let id = register(PATIENT);
			let mut one = [0u8; 32];
			one[0] = 1;
			let mut minus_one = [0xffu8; 32];
			minus_one[0] = 0xec;
			minus_one[31] = 0x7f;
			// A point of order 8.
			let mut order_eight: [u8; 32] = [
				0xe0, 0xeb, 0x7a, 0x7c, 0x3b, 0x41, 0xb8, 0xae, 0x16, 0x56, 0xe3, 0xfa, 0xf1, 0x9f,
				0xc4, 0x6a, 0xda, 0x09, 0x8d, 0xeb, 0x9c, 0x32, 0xb1, 0xfd, 0x86, 0x62, 0x05, 0x16,
				0x5f, 0x49, 0xb8, 0x00,
			];
			for key in [[0u8; 32], one, minus_one, order_eight] {
				assert_noop!(
					PatientIdentity::rotate_encryption_key(signed(PATIENT), id, key),
					Error::<Test>::LowOrderKey
				);
				assert_noop!(
					PatientIdentity::register_patient(signed(STRANGER), key, None),
					Error::<Test>::LowOrderKey
				);
			}
			// X25519 ignores bit 255: setting it does not make a low-order key acceptable.
			order_eight[31] |= 0x80;
			assert_noop!(
				PatientIdentity::rotate_encryption_key(signed(PATIENT), id, order_eight),
				Error::<Test>::LowOrderKey
			);
		});
	}

	#[test]
	fn rotate_key_by_patient_and_representative_with_the_keys_scope() {
		build_and_execute(|| {
			let id = register(PATIENT);
			assert_ok!(PatientIdentity::rotate_encryption_key(signed(PATIENT), id, KEY2));
			event(Event::EncryptionKeyRotated { patient: id, version: 2, actor: PATIENT });
			appoint(id, REP, KEYS);
			assert_ok!(PatientIdentity::rotate_encryption_key(signed(REP), id, KEY1));
			event(Event::EncryptionKeyRotated { patient: id, version: 3, actor: REP });
			assert_eq!(
				PatientIdentity::encryption_key(id),
				Some(EncryptionKey { key: KEY1, version: 3 })
			);
		});
	}

	#[test]
	fn a_representative_without_the_keys_scope_cannot_swap_the_patients_key() {
		build_and_execute(|| {
			let id = register(PATIENT);
			appoint(id, REP, CONSENTS_AND_RECORDS);
			assert_noop!(
				PatientIdentity::rotate_encryption_key(signed(REP), id, KEY2),
				Error::<Test>::NotPatientOrRepresentative
			);
			assert_noop!(
				PatientIdentity::set_commitment(signed(REP), id, None),
				Error::<Test>::NotPatientOrRepresentative
			);
		});
	}

	#[test]
	fn rotate_key_errors() {
		build_and_execute(|| {
			let id = register(PATIENT);
			assert_noop!(
				PatientIdentity::rotate_encryption_key(signed(PATIENT), 9, KEY2),
				Error::<Test>::PatientNotFound
			);
			assert_noop!(
				PatientIdentity::rotate_encryption_key(signed(STRANGER), id, KEY2),
				Error::<Test>::NotPatientOrRepresentative
			);
			assert_noop!(
				PatientIdentity::rotate_encryption_key(signed(PATIENT), id, KEY1),
				Error::<Test>::KeyUnchanged
			);
			Patients::<Test>::mutate(id, |p| p.as_mut().unwrap().encryption_key.version = u32::MAX);
			assert_noop!(
				PatientIdentity::rotate_encryption_key(signed(PATIENT), id, KEY2),
				Error::<Test>::Overflow
			);
		});
	}

	#[test]
	fn commitment_set_and_cleared() {
		build_and_execute(|| {
			let id = register(PATIENT);
			assert_ok!(PatientIdentity::set_commitment(
				signed(PATIENT),
				id,
				Some(H256::repeat_byte(1))
			));
			event(Event::CommitmentSet { patient: id, present: true, actor: PATIENT });
			assert_eq!(Patients::<Test>::get(id).unwrap().commitment, Some(H256::repeat_byte(1)));
			appoint(id, REP, KEYS);
			assert_ok!(PatientIdentity::set_commitment(signed(REP), id, None));
			event(Event::CommitmentSet { patient: id, present: false, actor: REP });
			assert_eq!(Patients::<Test>::get(id).unwrap().commitment, None);
			assert_noop!(
				PatientIdentity::set_commitment(signed(PATIENT), 9, None),
				Error::<Test>::PatientNotFound
			);
			assert_noop!(
				PatientIdentity::set_commitment(signed(STRANGER), id, None),
				Error::<Test>::NotPatientOrRepresentative
			);
		});
	}
}

mod deactivation {
	use super::*;

	#[test]
	fn the_patient_deactivates_at_once_and_everything_goes() {
		build_and_execute(|| {
			let id = register(PATIENT);
			appoint(id, REP, FULL);
			configure_recovery(id, &[CONTACT_A, CONTACT_B], 1);
			assert_ok!(PatientIdentity::start_recovery(signed(NEW_ACCOUNT), id));
			assert_ok!(PatientIdentity::deactivate_patient(signed(PATIENT), id));
			event(Event::PatientDeactivated {
				patient: id,
				account: PATIENT,
				deposit: PatientDeposit::get(),
				actor: PATIENT,
			});
			// The deposit back, and the unwanted recovery's deposit with it.
			assert_eq!(free(PATIENT), ENDOWMENT + RECOVERY_DEPOSIT);
			assert_eq!(PatientIdentity::held_deposit(&PATIENT), 0);
			assert!(!PatientIdentity::is_active_patient(id));
			assert_eq!(PatientIdentity::patient_of(&PATIENT), None);
			assert!(!Representatives::<Test>::contains_key(id, REP));
			assert!(!RecoveryConfigs::<Test>::contains_key(id));
			assert!(!ActiveRecoveries::<Test>::contains_key(id));
			// The record pallet was told, so that it erases the records' locations.
			assert_eq!(Deactivated::get(), vec![id]);
			assert_eq!(register(PATIENT), id + 1);
		});
	}

	#[test]
	fn a_representative_deactivates_only_after_a_delay_the_patient_can_stop() {
		build_and_execute(|| {
			let id = register(PATIENT);
			appoint(id, REP, FULL);
			assert_noop!(
				PatientIdentity::deactivate_patient(signed(REP), id),
				Error::<Test>::DeactivationNotDue
			);
			assert_ok!(PatientIdentity::request_deactivation(signed(REP), id));
			let due = System::block_number() + DEACTIVATION_DELAY;
			event(Event::DeactivationRequested { patient: id, representative: REP, due });
			System::set_block_number(due - 1);
			assert_noop!(
				PatientIdentity::deactivate_patient(signed(REP), id),
				Error::<Test>::DeactivationNotDue
			);
			// The patient stops it.
			assert_ok!(PatientIdentity::cancel_deactivation(signed(PATIENT)));
			event(Event::DeactivationCancelled { patient: id });
			System::set_block_number(due);
			assert_noop!(
				PatientIdentity::deactivate_patient(signed(REP), id),
				Error::<Test>::DeactivationNotDue
			);
			assert!(PatientIdentity::is_active_patient(id));
			// Asked again and not stopped, it happens once due.
			assert_ok!(PatientIdentity::request_deactivation(signed(REP), id));
			System::set_block_number(due + DEACTIVATION_DELAY);
			assert_ok!(PatientIdentity::deactivate_patient(signed(REP), id));
			event(Event::PatientDeactivated {
				patient: id,
				account: PATIENT,
				deposit: PatientDeposit::get(),
				actor: REP,
			});
		});
	}

	#[test]
	fn a_representative_without_the_deactivation_scope_cannot_deactivate() {
		build_and_execute(|| {
			let id = register(PATIENT);
			appoint(id, REP, CONSENTS_AND_RECORDS);
			assert_noop!(
				PatientIdentity::request_deactivation(signed(REP), id),
				Error::<Test>::NotPatientOrRepresentative
			);
			assert_noop!(
				PatientIdentity::deactivate_patient(signed(REP), id),
				Error::<Test>::NotPatientOrRepresentative
			);
		});
	}

	#[test]
	fn deactivation_errors() {
		build_and_execute(|| {
			let id = register(PATIENT);
			appoint(id, REP, FULL);
			appoint(id, CONTACT_A, FULL);
			assert_noop!(
				PatientIdentity::deactivate_patient(signed(PATIENT), 9),
				Error::<Test>::PatientNotFound
			);
			assert_noop!(
				PatientIdentity::deactivate_patient(signed(STRANGER), id),
				Error::<Test>::NotPatientOrRepresentative
			);
			assert_noop!(
				PatientIdentity::cancel_deactivation(signed(PATIENT)),
				Error::<Test>::NoPendingDeactivation
			);
			assert_noop!(
				PatientIdentity::request_deactivation(signed(PATIENT), id),
				Error::<Test>::NotPatientOrRepresentative
			);
			assert_ok!(PatientIdentity::request_deactivation(signed(REP), id));
			assert_noop!(
				PatientIdentity::request_deactivation(signed(CONTACT_A), id),
				Error::<Test>::DeactivationPending
			);
			// Only the representative that asked may complete it.
			System::set_block_number(1 + DEACTIVATION_DELAY);
			assert_noop!(
				PatientIdentity::deactivate_patient(signed(CONTACT_A), id),
				Error::<Test>::DeactivationNotDue
			);
			// A removed representative's request goes with it.
			assert_ok!(PatientIdentity::remove_representative(signed(PATIENT), id, REP));
			assert!(!PendingDeactivations::<Test>::contains_key(id));
		});
	}
}

/// A sponsor's relayer submits the registration of a patient without tokens.
mod sponsored_deposits {
	use super::*;

	/// `POOR` (no balance) registers in a call `ADMIN` sponsors.
	fn register_sponsored() -> u64 {
		SponsoredCall::set(Some((POOR, ADMIN)));
		let id = NextPatientId::<Test>::get();
		assert_ok!(PatientIdentity::register_patient(signed(POOR), KEY1, None));
		SponsoredCall::set(None);
		id
	}

	#[test]
	fn the_sponsor_holds_the_deposit_and_gets_it_back_on_deactivation() {
		build_and_execute(|| {
			let id = register_sponsored();
			assert_eq!(PatientDepositors::<Test>::get(id), Some(ADMIN));
			assert_eq!(PatientIdentity::held_deposit(&ADMIN), PatientDeposit::get());
			assert_eq!(PatientIdentity::held_deposit(&POOR), 0);
			assert_ok!(PatientIdentity::deactivate_patient(signed(POOR), id));
			assert_eq!(free(ADMIN), ENDOWMENT);
			assert_eq!(free(POOR), 0);
			assert!(!PatientDepositors::<Test>::contains_key(id));
		});
	}

	#[test]
	fn a_recovered_identity_leaves_the_sponsors_deposit_where_it_is() {
		build_and_execute(|| {
			let id = register_sponsored();
			configure_recovery(id, &[CONTACT_A, CONTACT_B], 1);
			assert_ok!(PatientIdentity::start_recovery(signed(NEW_ACCOUNT), id));
			assert_ok!(PatientIdentity::approve_recovery(signed(CONTACT_A), id, NEW_ACCOUNT));
			System::set_block_number(1 + MIN_RECOVERY_DELAY);
			assert_ok!(PatientIdentity::claim_recovery(signed(NEW_ACCOUNT), id));
			assert_eq!(PatientIdentity::held_deposit(&ADMIN), PatientDeposit::get());
			assert_eq!(PatientIdentity::held_deposit(&NEW_ACCOUNT), 0);
			assert_eq!(free(NEW_ACCOUNT), ENDOWMENT);
			assert_ok!(PatientIdentity::deactivate_patient(signed(NEW_ACCOUNT), id));
			assert_eq!(free(ADMIN), ENDOWMENT);
		});
	}

	#[test]
	fn a_sponsor_without_funds_cannot_pay_and_nothing_is_registered() {
		build_and_execute(|| {
			SponsoredCall::set(Some((PATIENT, POOR)));
			assert_noop!(
				PatientIdentity::register_patient(signed(PATIENT), KEY1, None),
				Error::<Test>::InsufficientBalance
			);
			SponsoredCall::set(None);
		});
	}

	#[test]
	fn one_sponsor_pays_for_many_patients() {
		build_and_execute(|| {
			let first = register_sponsored();
			SponsoredCall::set(Some((PATIENT, ADMIN)));
			let second = register(PATIENT);
			SponsoredCall::set(None);
			assert_eq!(PatientIdentity::held_deposit(&ADMIN), 2 * PatientDeposit::get());
			assert_ok!(PatientIdentity::deactivate_patient(signed(PATIENT), second));
			assert_eq!(PatientIdentity::held_deposit(&ADMIN), PatientDeposit::get());
			assert!(PatientDepositors::<Test>::contains_key(first));
		});
	}
}

mod representatives {
	use super::*;

	#[test]
	fn the_patient_appoints_and_removes_within_a_scope() {
		build_and_execute(|| {
			let id = register(PATIENT);
			assert_ok!(PatientIdentity::appoint_representative(
				signed(PATIENT),
				id,
				REP,
				CONSENTS_AND_RECORDS,
				Some(50),
				None
			));
			event(Event::RepresentativeAppointed {
				patient: id,
				representative: REP,
				scope: CONSENTS_AND_RECORDS,
				until: Some(50),
				appointed_by: AppointedBy::Patient,
			});
			assert_eq!(
				PatientIdentity::relation(&REP, id),
				PatientRelation::Representative(CONSENTS_AND_RECORDS)
			);
			assert!(PatientIdentity::may(&REP, id, PatientPower::Records));
			assert!(!PatientIdentity::may(&REP, id, PatientPower::Keys));
			assert_eq!(PatientIdentity::relation(&PATIENT, id), PatientRelation::Patient);
			assert_eq!(PatientIdentity::relation(&STRANGER, id), PatientRelation::Other);
			assert_eq!(PatientIdentity::relation(&STRANGER, 9), PatientRelation::Unknown);
			// Re-appointing replaces the scope and the end, and counts once.
			appoint(id, REP, KEYS);
			assert_eq!(Patients::<Test>::get(id).unwrap().representatives, 1);
			assert_eq!(PatientIdentity::relation(&REP, id), PatientRelation::Representative(KEYS));
			assert_ok!(PatientIdentity::remove_representative(signed(PATIENT), id, REP));
			event(Event::RepresentativeRemoved {
				patient: id,
				representative: REP,
				actor: PATIENT,
			});
			assert_eq!(PatientIdentity::relation(&REP, id), PatientRelation::Other);
			assert_eq!(Patients::<Test>::get(id).unwrap().representatives, 0);
		});
	}

	#[test]
	fn a_representation_ends_at_its_end_block() {
		build_and_execute(|| {
			let id = register(PATIENT);
			assert_ok!(PatientIdentity::appoint_representative(
				signed(PATIENT),
				id,
				REP,
				FULL,
				Some(5),
				None
			));
			System::set_block_number(4);
			assert!(PatientIdentity::may(&REP, id, PatientPower::Keys));
			System::set_block_number(5);
			assert_eq!(PatientIdentity::relation(&REP, id), PatientRelation::Other);
			assert_noop!(
				PatientIdentity::rotate_encryption_key(signed(REP), id, KEY2),
				Error::<Test>::NotPatientOrRepresentative
			);
		});
	}

	#[test]
	fn an_organisation_appoints_only_on_a_legal_document() {
		build_and_execute(|| {
			let org = admit(ADMIN);
			let id = register(PATIENT);
			assert_noop!(
				PatientIdentity::appoint_representative(signed(ADMIN), id, REP, FULL, None, None),
				Error::<Test>::DocumentRequired
			);
			let document = Some(H256::repeat_byte(0xd0));
			assert_ok!(PatientIdentity::appoint_representative(
				signed(ADMIN),
				id,
				REP,
				FULL,
				None,
				document
			));
			event(Event::RepresentativeAppointed {
				patient: id,
				representative: REP,
				scope: FULL,
				until: None,
				appointed_by: AppointedBy::Organisation(org),
			});
			assert_eq!(Representatives::<Test>::get(id, REP).unwrap().document_hash, document);
			// The appointing organisation can end it; so can the patient.
			assert_ok!(PatientIdentity::remove_representative(signed(ADMIN), id, REP));
			// A suspended organisation appoints no one.
			assert_ok!(PatientIdentity::suspend_organisation(root(), org));
			assert_noop!(
				PatientIdentity::appoint_representative(
					signed(ADMIN),
					id,
					REP,
					FULL,
					None,
					document
				),
				Error::<Test>::OrganisationNotActive
			);
		});
	}

	#[test]
	fn a_representative_may_resign_but_not_remove_others() {
		build_and_execute(|| {
			let id = register(PATIENT);
			appoint(id, REP, FULL);
			appoint(id, CONTACT_A, FULL);
			assert_noop!(
				PatientIdentity::remove_representative(signed(REP), id, CONTACT_A),
				Error::<Test>::MayNotRemoveRepresentative
			);
			assert_ok!(PatientIdentity::remove_representative(signed(REP), id, REP));
			event(Event::RepresentativeRemoved { patient: id, representative: REP, actor: REP });
		});
	}

	#[test]
	fn a_representative_cannot_appoint_representatives() {
		build_and_execute(|| {
			let id = register(PATIENT);
			appoint(id, REP, FULL);
			assert_noop!(
				PatientIdentity::appoint_representative(
					signed(REP),
					id,
					STRANGER,
					FULL,
					None,
					None
				),
				Error::<Test>::NotPatient
			);
		});
	}

	#[test]
	fn appoint_and_remove_errors() {
		build_and_execute(|| {
			assert_noop!(
				PatientIdentity::appoint_representative(signed(PATIENT), 9, REP, FULL, None, None),
				Error::<Test>::PatientNotFound
			);
			let id = register(PATIENT);
			let appoint_ = |rep, scope, until| {
				PatientIdentity::appoint_representative(
					signed(PATIENT),
					id,
					rep,
					scope,
					until,
					None,
				)
			};
			assert_noop!(appoint_(PATIENT, FULL, None), Error::<Test>::SelfAppointment);
			assert_noop!(
				appoint_(REP, RepresentativeScope::default(), None),
				Error::<Test>::EmptyScope
			);
			assert_noop!(appoint_(REP, FULL, Some(1)), Error::<Test>::EndInPast);
			assert_ok!(appoint_(REP, FULL, None));
			assert_ok!(appoint_(10, FULL, None));
			assert_ok!(appoint_(11, FULL, None));
			assert_noop!(appoint_(12, FULL, None), Error::<Test>::TooManyRepresentatives);
			assert_noop!(
				PatientIdentity::remove_representative(signed(PATIENT), id, STRANGER),
				Error::<Test>::RepresentativeNotFound
			);
			assert_noop!(
				PatientIdentity::remove_representative(signed(STRANGER), id, REP),
				Error::<Test>::MayNotRemoveRepresentative
			);
			assert_noop!(
				PatientIdentity::remove_representative(signed(PATIENT), 9, REP),
				Error::<Test>::PatientNotFound
			);
		});
	}
}

mod recovery {
	use super::*;

	/// The patient with contacts A, B and C, two approvals needed, the shortest delay.
	fn setup() -> u64 {
		let id = register(PATIENT);
		configure_recovery(id, &[CONTACT_A, CONTACT_B, CONTACT_C], 2);
		id
	}

	fn approve(id: u64, contact: AccountId) {
		assert_ok!(PatientIdentity::approve_recovery(signed(contact), id, NEW_ACCOUNT));
	}

	#[test]
	fn contacts_approve_and_the_new_account_claims_after_the_delay() {
		build_and_execute(|| {
			let id = setup();
			assert_ok!(PatientIdentity::start_recovery(signed(NEW_ACCOUNT), id));
			event(Event::RecoveryStarted {
				patient: id,
				new_account: NEW_ACCOUNT,
				deposit: RECOVERY_DEPOSIT,
			});
			approve(id, CONTACT_A);
			event(Event::RecoveryApproved { patient: id, contact: CONTACT_A });
			approve(id, CONTACT_B);
			// The threshold alone moves nothing: the delay gives the patient time to object.
			assert_noop!(
				PatientIdentity::claim_recovery(signed(NEW_ACCOUNT), id),
				Error::<Test>::RecoveryDelayNotOver
			);
			System::set_block_number(1 + MIN_RECOVERY_DELAY);
			assert_ok!(PatientIdentity::claim_recovery(signed(NEW_ACCOUNT), id));
			event(Event::IdentityRecovered {
				patient: id,
				old_account: PATIENT,
				new_account: NEW_ACCOUNT,
			});
			assert_eq!(PatientIdentity::patient_account(id), Some(NEW_ACCOUNT));
			assert_eq!(PatientIdentity::patient_of(&PATIENT), None);
			assert_eq!(PatientIdentity::held_deposit(&NEW_ACCOUNT), PatientDeposit::get());
			assert_eq!(PatientIdentity::held_deposit(&PATIENT), 0);
			// The recovery deposit came back; the patient deposit moved with the identity.
			assert_eq!(free(NEW_ACCOUNT), ENDOWMENT);
			assert_eq!(free(PATIENT), ENDOWMENT - PatientDeposit::get());
			assert!(!ActiveRecoveries::<Test>::contains_key(id));
		});
	}

	#[test]
	fn contacts_have_no_power_over_the_patients_data() {
		build_and_execute(|| {
			let id = setup();
			assert_eq!(PatientIdentity::relation(&CONTACT_A, id), PatientRelation::Other);
			assert_noop!(
				PatientIdentity::rotate_encryption_key(signed(CONTACT_A), id, KEY2),
				Error::<Test>::NotPatientOrRepresentative
			);
			assert_noop!(
				PatientIdentity::deactivate_patient(signed(CONTACT_A), id),
				Error::<Test>::NotPatientOrRepresentative
			);
		});
	}

	#[test]
	fn a_contact_cannot_recover_the_identity_to_itself() {
		build_and_execute(|| {
			let id = setup();
			assert_noop!(
				PatientIdentity::start_recovery(signed(CONTACT_A), id),
				Error::<Test>::ContactCannotRecover
			);
		});
	}

	#[test]
	fn a_wrong_approval_can_be_withdrawn_and_does_not_block_recovery() {
		build_and_execute(|| {
			let id = setup();
			// An impostor starts a recovery to its own account, and one contact is fooled.
			assert_ok!(PatientIdentity::start_recovery(signed(STRANGER), id));
			assert_ok!(PatientIdentity::approve_recovery(signed(CONTACT_A), id, STRANGER));
			assert_ok!(PatientIdentity::withdraw_recovery_approval(signed(CONTACT_A), id));
			event(Event::RecoveryApprovalWithdrawn { patient: id, contact: CONTACT_A });
			// A majority of the contacts cancels it; the impostor's deposit goes to the patient.
			assert_ok!(PatientIdentity::cancel_recovery(signed(CONTACT_A), id));
			event(Event::RecoveryCancellationVoted { patient: id, contact: CONTACT_A, votes: 1 });
			assert!(ActiveRecoveries::<Test>::contains_key(id));
			assert_ok!(PatientIdentity::cancel_recovery(signed(CONTACT_B), id));
			event(Event::RecoveryCancelled { patient: id, new_account: STRANGER });
			assert_eq!(free(STRANGER), ENDOWMENT - RECOVERY_DEPOSIT);
			assert_eq!(free(PATIENT), ENDOWMENT - PatientDeposit::get() + RECOVERY_DEPOSIT);
			// The real recovery goes ahead.
			assert_ok!(PatientIdentity::start_recovery(signed(NEW_ACCOUNT), id));
			approve(id, CONTACT_A);
			approve(id, CONTACT_C);
			System::set_block_number(1 + MIN_RECOVERY_DELAY);
			assert_ok!(PatientIdentity::claim_recovery(signed(NEW_ACCOUNT), id));
		});
	}

	#[test]
	fn the_patient_cancels_from_the_old_account() {
		build_and_execute(|| {
			let id = setup();
			assert_ok!(PatientIdentity::start_recovery(signed(STRANGER), id));
			assert_ok!(PatientIdentity::cancel_recovery(signed(PATIENT), id));
			event(Event::RecoveryCancelled { patient: id, new_account: STRANGER });
			assert!(!ActiveRecoveries::<Test>::contains_key(id));
		});
	}

	#[test]
	fn approvals_expire() {
		build_and_execute(|| {
			let id = setup();
			assert_ok!(PatientIdentity::start_recovery(signed(NEW_ACCOUNT), id));
			approve(id, CONTACT_A);
			System::set_block_number(1 + APPROVAL_PERIOD);
			approve(id, CONTACT_B);
			assert_noop!(
				PatientIdentity::claim_recovery(signed(NEW_ACCOUNT), id),
				Error::<Test>::NotEnoughApprovals
			);
			// An expired approval may be given again.
			approve(id, CONTACT_A);
			assert_ok!(PatientIdentity::claim_recovery(signed(NEW_ACCOUNT), id));
		});
	}

	#[test]
	fn a_stale_recovery_is_replaced() {
		build_and_execute(|| {
			let id = setup();
			assert_ok!(PatientIdentity::start_recovery(signed(STRANGER), id));
			assert_noop!(
				PatientIdentity::start_recovery(signed(NEW_ACCOUNT), id),
				Error::<Test>::RecoveryInProgress
			);
			System::set_block_number(1 + MIN_RECOVERY_DELAY + APPROVAL_PERIOD);
			assert_ok!(PatientIdentity::start_recovery(signed(NEW_ACCOUNT), id));
			assert_eq!(free(STRANGER), ENDOWMENT - RECOVERY_DEPOSIT);
		});
	}

	#[test]
	fn the_set_up_cannot_change_while_a_recovery_is_in_progress() {
		build_and_execute(|| {
			let id = setup();
			assert_ok!(PatientIdentity::start_recovery(signed(NEW_ACCOUNT), id));
			approve(id, CONTACT_A);
			let contacts = BoundedVec::try_from(vec![CONTACT_A]).unwrap();
			assert_noop!(
				PatientIdentity::set_recovery_config(
					signed(PATIENT),
					contacts,
					1,
					MIN_RECOVERY_DELAY
				),
				Error::<Test>::RecoveryInProgress
			);
			assert_noop!(
				PatientIdentity::remove_recovery_config(signed(PATIENT)),
				Error::<Test>::RecoveryInProgress
			);
		});
	}

	#[test]
	fn set_up_errors() {
		build_and_execute(|| {
			let contacts = |c: Vec<AccountId>| BoundedVec::try_from(c).unwrap();
			let set = |c, t, d| PatientIdentity::set_recovery_config(signed(PATIENT), c, t, d);
			assert_noop!(
				set(contacts(vec![CONTACT_A]), 1, MIN_RECOVERY_DELAY),
				Error::<Test>::PatientNotFound
			);
			let id = register(PATIENT);
			assert_noop!(
				set(contacts(vec![]), 1, MIN_RECOVERY_DELAY),
				Error::<Test>::InvalidContacts
			);
			assert_noop!(
				set(contacts(vec![CONTACT_A, CONTACT_A]), 1, MIN_RECOVERY_DELAY),
				Error::<Test>::InvalidContacts
			);
			assert_noop!(
				set(contacts(vec![PATIENT]), 1, MIN_RECOVERY_DELAY),
				Error::<Test>::SelfAppointment
			);
			assert_noop!(
				set(contacts(vec![CONTACT_A]), 0, MIN_RECOVERY_DELAY),
				Error::<Test>::InvalidThreshold
			);
			assert_noop!(
				set(contacts(vec![CONTACT_A]), 2, MIN_RECOVERY_DELAY),
				Error::<Test>::InvalidThreshold
			);
			assert_noop!(
				set(contacts(vec![CONTACT_A]), 1, MIN_RECOVERY_DELAY - 1),
				Error::<Test>::DelayTooShort
			);
			assert_noop!(
				PatientIdentity::remove_recovery_config(signed(PATIENT)),
				Error::<Test>::RecoveryNotConfigured
			);
			assert_ok!(set(contacts(vec![CONTACT_A]), 1, MIN_RECOVERY_DELAY));
			event(Event::RecoveryConfigured {
				patient: id,
				threshold: 1,
				delay: MIN_RECOVERY_DELAY,
			});
			assert_ok!(PatientIdentity::remove_recovery_config(signed(PATIENT)));
			event(Event::RecoveryConfigRemoved { patient: id });
		});
	}

	#[test]
	fn start_approve_and_claim_errors() {
		build_and_execute(|| {
			let plain = register(STRANGER);
			assert_noop!(
				PatientIdentity::start_recovery(signed(NEW_ACCOUNT), plain),
				Error::<Test>::RecoveryNotConfigured
			);
			assert_noop!(
				PatientIdentity::start_recovery(signed(NEW_ACCOUNT), 9),
				Error::<Test>::PatientNotFound
			);
			let id = setup();
			assert_noop!(
				PatientIdentity::start_recovery(signed(STRANGER), id),
				Error::<Test>::AlreadyPatient
			);
			assert_noop!(
				PatientIdentity::start_recovery(signed(POOR), id),
				Error::<Test>::InsufficientBalance
			);
			assert_noop!(
				PatientIdentity::approve_recovery(signed(CONTACT_A), id, NEW_ACCOUNT),
				Error::<Test>::NoRecovery
			);
			assert_ok!(PatientIdentity::start_recovery(signed(NEW_ACCOUNT), id));
			assert_noop!(
				PatientIdentity::approve_recovery(signed(STRANGER), id, NEW_ACCOUNT),
				Error::<Test>::NotRecoveryContact
			);
			assert_noop!(
				PatientIdentity::approve_recovery(signed(CONTACT_A), id, STRANGER),
				Error::<Test>::NotRecoveryStarter
			);
			approve(id, CONTACT_A);
			assert_noop!(
				PatientIdentity::approve_recovery(signed(CONTACT_A), id, NEW_ACCOUNT),
				Error::<Test>::AlreadyVoted
			);
			assert_noop!(
				PatientIdentity::withdraw_recovery_approval(signed(CONTACT_B), id),
				Error::<Test>::NoApproval
			);
			assert_noop!(
				PatientIdentity::claim_recovery(signed(STRANGER), id),
				Error::<Test>::NotRecoveryStarter
			);
			System::set_block_number(1 + MIN_RECOVERY_DELAY);
			assert_noop!(
				PatientIdentity::claim_recovery(signed(NEW_ACCOUNT), id),
				Error::<Test>::NotEnoughApprovals
			);
			assert_ok!(PatientIdentity::cancel_recovery(signed(CONTACT_B), id));
			assert_noop!(
				PatientIdentity::cancel_recovery(signed(CONTACT_B), id),
				Error::<Test>::AlreadyVoted
			);
			assert_noop!(
				PatientIdentity::cancel_recovery(signed(STRANGER), id),
				Error::<Test>::NotRecoveryContact
			);
		});
	}
}

mod runtime_api {
	use super::*;

	#[test]
	fn api_reads_back_what_calls_wrote() {
		build_and_execute(|| {
			let org = admit(ADMIN);
			hire(ADMIN, DOCTOR, PractitionerRole::Physician);
			let id = register(PATIENT);
			appoint(id, REP, FULL);
			configure_recovery(id, &[CONTACT_A], 1);

			let s = PatientIdentity::api_standing(ADMIN);
			assert_eq!((s.patient, s.practitioner, s.admin_of), (None, None, Some(org)));
			let s = PatientIdentity::api_standing(DOCTOR);
			assert_eq!(s.practitioner.map(|p| p.role), Some(PractitionerRole::Physician));
			assert_eq!(PatientIdentity::api_standing(PATIENT).patient, Some(id));
			assert_eq!(PatientIdentity::api_standing(STRANGER), Default::default());

			let o = PatientIdentity::api_organisation(org).unwrap();
			assert_eq!(
				(o.name, o.jurisdiction, o.practitioners),
				(b"St Mary".to_vec(), b"GB-ENG".to_vec(), 1)
			);
			assert_eq!(PatientIdentity::api_organisation(9), None);

			let p = PatientIdentity::api_patient(id).unwrap();
			assert_eq!(
				(p.account, p.representatives, p.recovery_contacts, p.recovery_threshold),
				(PATIENT, vec![REP], vec![CONTACT_A], 1)
			);
			assert_eq!(PatientIdentity::api_patient(9), None);

			// View functions.
			assert_eq!(PatientIdentity::account_patient(PATIENT), Some(id));
			assert_eq!(PatientIdentity::patient_key(id).unwrap().version, 1);
			assert_eq!(PatientIdentity::practitioner(DOCTOR).unwrap().organisation, org);
		});
	}
}

mod migrations {
	use super::*;
	use crate::{
		migrations::{RepricePatientDeposits, RepricingId},
		weights::WeightInfo,
	};
	use polkadot_sdk::frame_support::{
		migrations::SteppedMigration,
		traits::{GetStorageVersion, StorageVersion},
		weights::{Weight, WeightMeter},
	};

	fn deposit_of(id: u64) -> Balance {
		Patients::<Test>::get(id).unwrap().deposit
	}

	/// Runs the migration to its end with room for `per_step` patients a step; returns how many
	/// steps it took.
	fn migrate(per_step: u64) -> u32 {
		let per_patient = <() as WeightInfo>::reprice_patient_deposit();
		let mut cursor = None;
		let mut steps = 0;
		loop {
			steps += 1;
			let mut meter = WeightMeter::with_limit(per_patient.saturating_mul(per_step));
			cursor = RepricePatientDeposits::<Test>::step(cursor, &mut meter).expect("a step");
			if cursor.is_none() {
				return steps;
			}
		}
	}

	#[test]
	fn a_lower_deposit_is_released_to_every_patient() {
		build_and_execute(|| {
			let a = register(PATIENT);
			let b = register(STRANGER);
			PatientDeposit::set(4);
			migrate(10);
			for (who, id) in [(PATIENT, a), (STRANGER, b)] {
				assert_eq!(deposit_of(id), 4);
				assert_eq!(PatientIdentity::held_deposit(&who), 4);
				assert_eq!(free(who), ENDOWMENT - 4);
			}
			// Amounts changed, the storage layout did not.
			assert_eq!(PatientIdentity::on_chain_storage_version(), StorageVersion::new(0));
			event(Event::PatientDepositsRepriced { deposit: 4, repriced: 2, kept: 0 });
		});
	}

	#[test]
	fn it_goes_in_steps_as_the_weight_allows() {
		build_and_execute(|| {
			for who in [PATIENT, STRANGER, 10, 11, 12] {
				register(who);
			}
			PatientDeposit::set(4);
			// Room for two patients a step: three steps, the last one finding the end.
			assert_eq!(migrate(2), 3);
			assert!(Patients::<Test>::iter_values().all(|p| p.deposit == 4));
			event(Event::PatientDepositsRepriced { deposit: 4, repriced: 5, kept: 0 });
		});
	}

	#[test]
	fn a_step_without_room_for_one_patient_asks_for_more() {
		build_and_execute(|| {
			register(PATIENT);
			let mut meter = WeightMeter::with_limit(Weight::zero());
			assert!(RepricePatientDeposits::<Test>::step(None, &mut meter).is_err());
		});
	}

	#[test]
	fn a_higher_deposit_is_held_where_the_account_can_pay_it() {
		build_and_execute(|| {
			let a = register(PATIENT);
			let b = register(STRANGER);
			// STRANGER keeps 3 free: not enough for 5 more.
			assert_ok!(Balances::transfer_allow_death(signed(STRANGER), 9, ENDOWMENT - 10 - 3));
			PatientDeposit::set(15);
			migrate(1);
			assert_eq!(deposit_of(a), 15);
			assert_eq!(PatientIdentity::held_deposit(&PATIENT), 15);
			assert_eq!(free(PATIENT), ENDOWMENT - 15);
			assert_eq!(deposit_of(b), 10, "kept the old deposit");
			assert_eq!(PatientIdentity::held_deposit(&STRANGER), 10);
			assert_eq!(free(STRANGER), 3);
			event(Event::PatientDepositsRepriced { deposit: 15, repriced: 1, kept: 1 });
		});
	}

	#[test]
	fn each_price_is_a_migration_of_its_own() {
		build_and_execute(|| {
			// pallet-migrations runs an identifier once: a later change of the deposit is a new
			// re-pricing, the same deposit listed again is not.
			let at_10 = RepricePatientDeposits::<Test>::id();
			assert_eq!(at_10, RepricingId { pallet: *b"pallet-patient-identity", deposit: 10 });
			PatientDeposit::set(4);
			assert_ne!(RepricePatientDeposits::<Test>::id(), at_10);
		});
	}

	#[test]
	fn an_unchanged_deposit_changes_nothing() {
		build_and_execute(|| {
			let a = register(PATIENT);
			migrate(10);
			assert_eq!(deposit_of(a), 10);
			assert_eq!(free(PATIENT), ENDOWMENT - 10);
			event(Event::PatientDepositsRepriced { deposit: 10, repriced: 0, kept: 0 });
		});
	}

	#[cfg(feature = "try-runtime")]
	#[test]
	fn pre_and_post_upgrade_checks_pass() {
		build_and_execute(|| {
			register(PATIENT);
			register(STRANGER);
			assert_ok!(Balances::transfer_allow_death(signed(STRANGER), 9, ENDOWMENT - 10 - 3));
			PatientDeposit::set(15);
			let state = RepricePatientDeposits::<Test>::pre_upgrade().expect("pre-upgrade");
			migrate(1);
			RepricePatientDeposits::<Test>::post_upgrade(state).expect("post-upgrade");
		});
	}
}

mod genesis {
	use super::*;
	use polkadot_sdk::sp_runtime::BuildStorage;

	fn genesis_ext(
		organisations: Vec<(&str, &str, &str, AccountId)>,
	) -> polkadot_sdk::sp_io::TestExternalities {
		let config = crate::GenesisConfig::<Test> {
			organisations: organisations
				.into_iter()
				.map(|(n, k, j, admin)| (n.into(), k.into(), j.into(), H256::repeat_byte(9), admin))
				.collect(),
		};
		config.build_storage().unwrap().into()
	}

	#[test]
	fn admits_the_organisations_in_order() {
		genesis_ext(vec![
			("St Mary's Hospital", "Hospital", "GB-ENG", 1),
			("Northgate Lab", "Laboratory", "DE", 2),
		])
		.execute_with(|| {
			assert_eq!(NextOrganisationId::<Test>::get(), 2);
			let org = Organisations::<Test>::get(0).unwrap();
			assert_eq!(org.name.to_vec(), b"St Mary's Hospital".to_vec());
			assert_eq!(org.kind, OrganisationKind::Hospital);
			assert_eq!(org.jurisdiction.to_vec(), b"GB-ENG".to_vec());
			assert_eq!(org.status, OrganisationStatus::Active);
			assert_eq!(org.admins.to_vec(), vec![1]);
			assert_eq!(Organisations::<Test>::get(1).unwrap().kind, OrganisationKind::Laboratory);
			assert_eq!(OrganisationOfAdmin::<Test>::get(2), Some(1));
			PatientIdentity::do_try_state().unwrap();
		});
	}

	#[test]
	fn empty_by_default() {
		genesis_ext(vec![]).execute_with(|| {
			assert_eq!(NextOrganisationId::<Test>::get(), 0);
		});
	}

	#[test]
	#[should_panic(expected = "unknown kind")]
	fn refuses_an_unknown_kind() {
		genesis_ext(vec![("X", "Spa", "DE", 1)]);
	}

	#[test]
	#[should_panic(expected = "InvalidJurisdiction")]
	fn refuses_an_invalid_jurisdiction() {
		genesis_ext(vec![("X", "Clinic", "de", 1)]);
	}

	#[test]
	#[should_panic(expected = "AlreadyAdmin")]
	fn refuses_one_admin_for_two_organisations() {
		genesis_ext(vec![("X", "Clinic", "DE", 1), ("Y", "Clinic", "FR", 1)]);
	}
}
