//! Unit tests: every call's success, every error (state unchanged), events, invariants.

use crate::{mock::*, pallet::*, types::*, Error, Event};
use medledger_primitives::{
	EncryptionKey, IdentityProvider, OrganisationKind, OrganisationStatus, PractitionerRole,
	PractitionerStanding,
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
const GUARDIAN_A: AccountId = 4;
const GUARDIAN_B: AccountId = 5;
const NEW_ACCOUNT: AccountId = 6;
const STRANGER: AccountId = 7;

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
			assert_eq!(OrganisationAdmins::<Test>::get(ADMIN), Some(org));
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
			assert_ok!(PatientIdentity::register_practitioner(
				signed(ADMIN),
				DOCTOR,
				PractitionerRole::Physician
			));
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
			assert_ok!(PatientIdentity::register_practitioner(
				signed(ADMIN),
				DOCTOR,
				PractitionerRole::Nurse
			));
			assert_ok!(PatientIdentity::remove_organisation(root(), org));
			event(Event::OrganisationRemoved { organisation: org });
			assert!(Organisations::<Test>::get(org).is_none());
			assert_eq!(OrganisationAdmins::<Test>::get(ADMIN), None);
			assert_eq!(OrganisationAdmins::<Test>::get(STRANGER), None);
			assert_eq!(PatientIdentity::practitioner_standing(&DOCTOR), None);
			assert_eq!(PatientIdentity::organisation_status(org), None);

			// The stale registration can be replaced by another organisation; ids are not reused.
			let other = admit(GUARDIAN_A);
			assert_ne!(other, org);
			assert_ok!(PatientIdentity::register_practitioner(
				signed(GUARDIAN_A),
				DOCTOR,
				PractitionerRole::Physician
			));
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
			assert_ok!(PatientIdentity::add_admin(signed(ADMIN), org, GUARDIAN_A));
			event(Event::AdminAdded { organisation: org, admin: GUARDIAN_A });
			assert_ok!(PatientIdentity::add_admin(root(), org, GUARDIAN_B));
			assert_eq!(Organisations::<Test>::get(org).unwrap().admins.len(), 3);
			assert_ok!(PatientIdentity::remove_admin(signed(GUARDIAN_A), org, ADMIN));
			event(Event::AdminRemoved { organisation: org, admin: ADMIN });
			assert_ok!(PatientIdentity::remove_admin(root(), org, GUARDIAN_B));
			assert_eq!(Organisations::<Test>::get(org).unwrap().admins.to_vec(), vec![GUARDIAN_A]);
			assert_eq!(OrganisationAdmins::<Test>::get(ADMIN), None);
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
				Error::<Test>::NotAuthorized
			);
			assert_noop!(
				PatientIdentity::add_admin(signed(DOCTOR), org, STRANGER),
				Error::<Test>::NotAuthorized
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
				Error::<Test>::NotAuthorized
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
	fn register_and_remove() {
		build_and_execute(|| {
			let org = admit(ADMIN);
			assert_ok!(PatientIdentity::register_practitioner(
				signed(ADMIN),
				DOCTOR,
				PractitionerRole::Pharmacist
			));
			event(Event::PractitionerRegistered {
				organisation: org,
				practitioner: DOCTOR,
				role: PractitionerRole::Pharmacist,
			});
			assert_eq!(Organisations::<Test>::get(org).unwrap().practitioners, 1);
			assert_ok!(PatientIdentity::remove_practitioner(signed(ADMIN), DOCTOR));
			event(Event::PractitionerRemoved { organisation: org, practitioner: DOCTOR });
			assert_eq!(Organisations::<Test>::get(org).unwrap().practitioners, 0);
			assert_eq!(Practitioners::<Test>::get(DOCTOR), None);
		});
	}

	#[test]
	fn register_errors() {
		build_and_execute(|| {
			let org = admit(ADMIN);
			let _other = admit(GUARDIAN_A);
			let reg = |admin, who| {
				PatientIdentity::register_practitioner(signed(admin), who, PractitionerRole::Clerk)
			};
			assert_noop!(reg(STRANGER, DOCTOR), Error::<Test>::NotAuthorized);
			assert_ok!(reg(ADMIN, DOCTOR));
			assert_noop!(reg(ADMIN, DOCTOR), Error::<Test>::AlreadyPractitioner);
			assert_noop!(reg(GUARDIAN_A, DOCTOR), Error::<Test>::AlreadyPractitioner);
			assert_ok!(reg(ADMIN, 10));
			assert_ok!(reg(ADMIN, 11));
			assert_noop!(reg(ADMIN, 12), Error::<Test>::TooManyPractitioners);
			assert_ok!(PatientIdentity::suspend_organisation(root(), org));
			assert_noop!(
				PatientIdentity::register_practitioner(
					signed(ADMIN),
					13,
					PractitionerRole::Researcher
				),
				Error::<Test>::OrganisationNotActive
			);
		});
	}

	#[test]
	fn remove_errors() {
		build_and_execute(|| {
			admit(ADMIN);
			admit(GUARDIAN_A);
			assert_noop!(
				PatientIdentity::remove_practitioner(signed(ADMIN), DOCTOR),
				Error::<Test>::PractitionerNotFound
			);
			assert_ok!(PatientIdentity::register_practitioner(
				signed(ADMIN),
				DOCTOR,
				PractitionerRole::Physician
			));
			assert_noop!(
				PatientIdentity::remove_practitioner(signed(GUARDIAN_A), DOCTOR),
				Error::<Test>::NotAuthorized
			);
			assert_noop!(
				PatientIdentity::remove_practitioner(signed(STRANGER), DOCTOR),
				Error::<Test>::NotAuthorized
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
			// With a commitment.
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
				Error::<Test>::InvalidKey
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
	fn rotate_key_by_patient_and_guardian_counts_versions() {
		build_and_execute(|| {
			let id = register(PATIENT);
			assert_ok!(PatientIdentity::rotate_encryption_key(signed(PATIENT), id, KEY2));
			event(Event::EncryptionKeyRotated { patient: id, version: 2, actor: PATIENT });
			assert_ok!(PatientIdentity::add_guardian(signed(PATIENT), GUARDIAN_A));
			assert_ok!(PatientIdentity::rotate_encryption_key(signed(GUARDIAN_A), id, KEY1));
			event(Event::EncryptionKeyRotated { patient: id, version: 3, actor: GUARDIAN_A });
			assert_eq!(
				PatientIdentity::encryption_key(id),
				Some(EncryptionKey { key: KEY1, version: 3 })
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
				Error::<Test>::NotAuthorized
			);
			assert_noop!(
				PatientIdentity::rotate_encryption_key(signed(PATIENT), id, [0; 32]),
				Error::<Test>::InvalidKey
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
			assert_ok!(PatientIdentity::add_guardian(signed(PATIENT), GUARDIAN_A));
			assert_ok!(PatientIdentity::set_commitment(signed(GUARDIAN_A), id, None));
			event(Event::CommitmentSet { patient: id, present: false, actor: GUARDIAN_A });
			assert_eq!(Patients::<Test>::get(id).unwrap().commitment, None);
			assert_noop!(
				PatientIdentity::set_commitment(signed(PATIENT), 9, None),
				Error::<Test>::PatientNotFound
			);
			assert_noop!(
				PatientIdentity::set_commitment(signed(STRANGER), id, None),
				Error::<Test>::NotAuthorized
			);
		});
	}

	#[test]
	fn deactivate_releases_deposit_and_forgets_patient() {
		build_and_execute(|| {
			let id = register(PATIENT);
			assert_ok!(PatientIdentity::add_guardian(signed(PATIENT), GUARDIAN_A));
			assert_ok!(PatientIdentity::deactivate_patient(signed(GUARDIAN_A), id));
			event(Event::PatientDeactivated {
				patient: id,
				account: PATIENT,
				deposit: PatientDeposit::get(),
				actor: GUARDIAN_A,
			});
			assert_eq!(free(PATIENT), ENDOWMENT);
			assert_eq!(PatientIdentity::held_deposit(&PATIENT), 0);
			assert!(!PatientIdentity::is_active_patient(id));
			assert_eq!(PatientIdentity::patient_of(&PATIENT), None);
			// Registering again gives a new id.
			assert_eq!(register(PATIENT), id + 1);
		});
	}

	#[test]
	fn deactivate_errors() {
		build_and_execute(|| {
			let id = register(PATIENT);
			assert_noop!(
				PatientIdentity::deactivate_patient(signed(PATIENT), 9),
				Error::<Test>::PatientNotFound
			);
			assert_noop!(
				PatientIdentity::deactivate_patient(signed(STRANGER), id),
				Error::<Test>::NotAuthorized
			);
		});
	}
}

mod guardians {
	use super::*;

	#[test]
	fn add_and_remove() {
		build_and_execute(|| {
			let id = register(PATIENT);
			assert_ok!(PatientIdentity::add_guardian(signed(PATIENT), GUARDIAN_A));
			event(Event::GuardianAdded { patient: id, guardian: GUARDIAN_A });
			assert!(PatientIdentity::may_act_for(&GUARDIAN_A, id));
			assert!(PatientIdentity::may_act_for(&PATIENT, id));
			assert!(!PatientIdentity::may_act_for(&STRANGER, id));
			assert_ok!(PatientIdentity::remove_guardian(signed(PATIENT), GUARDIAN_A));
			event(Event::GuardianRemoved { patient: id, guardian: GUARDIAN_A });
			assert!(!PatientIdentity::may_act_for(&GUARDIAN_A, id));
		});
	}

	#[test]
	fn add_errors() {
		build_and_execute(|| {
			assert_noop!(
				PatientIdentity::add_guardian(signed(PATIENT), GUARDIAN_A),
				Error::<Test>::PatientNotFound
			);
			let _ = register(PATIENT);
			assert_noop!(
				PatientIdentity::add_guardian(signed(PATIENT), PATIENT),
				Error::<Test>::SelfGuardian
			);
			assert_ok!(PatientIdentity::add_guardian(signed(PATIENT), GUARDIAN_A));
			assert_noop!(
				PatientIdentity::add_guardian(signed(PATIENT), GUARDIAN_A),
				Error::<Test>::AlreadyGuardian
			);
			assert_ok!(PatientIdentity::add_guardian(signed(PATIENT), 10));
			assert_ok!(PatientIdentity::add_guardian(signed(PATIENT), 11));
			assert_noop!(
				PatientIdentity::add_guardian(signed(PATIENT), 12),
				Error::<Test>::TooManyGuardians
			);
			// A guardian acts for the patient but cannot appoint guardians.
			assert_noop!(
				PatientIdentity::add_guardian(signed(GUARDIAN_A), 12),
				Error::<Test>::PatientNotFound
			);
		});
	}

	#[test]
	fn remove_errors() {
		build_and_execute(|| {
			assert_noop!(
				PatientIdentity::remove_guardian(signed(PATIENT), GUARDIAN_A),
				Error::<Test>::PatientNotFound
			);
			let _ = register(PATIENT);
			assert_noop!(
				PatientIdentity::remove_guardian(signed(PATIENT), GUARDIAN_A),
				Error::<Test>::GuardianNotFound
			);
			assert_ok!(PatientIdentity::add_guardian(signed(PATIENT), GUARDIAN_A));
			assert_ok!(PatientIdentity::set_recovery_threshold(signed(PATIENT), 1));
			assert_noop!(
				PatientIdentity::remove_guardian(signed(PATIENT), GUARDIAN_A),
				Error::<Test>::ThresholdUnreachable
			);
		});
	}
}

mod recovery {
	use super::*;

	fn setup() -> u64 {
		let id = register(PATIENT);
		assert_ok!(PatientIdentity::add_guardian(signed(PATIENT), GUARDIAN_A));
		assert_ok!(PatientIdentity::add_guardian(signed(PATIENT), GUARDIAN_B));
		assert_ok!(PatientIdentity::set_recovery_threshold(signed(PATIENT), 2));
		event(Event::RecoveryThresholdSet { patient: id, threshold: 2 });
		id
	}

	#[test]
	fn threshold_errors() {
		build_and_execute(|| {
			assert_noop!(
				PatientIdentity::set_recovery_threshold(signed(PATIENT), 0),
				Error::<Test>::PatientNotFound
			);
			let _ = register(PATIENT);
			assert_noop!(
				PatientIdentity::set_recovery_threshold(signed(PATIENT), 1),
				Error::<Test>::InvalidThreshold
			);
		});
	}

	#[test]
	fn guardians_move_identity_and_deposit_to_new_account() {
		build_and_execute(|| {
			let id = setup();
			assert_ok!(PatientIdentity::approve_recovery(signed(GUARDIAN_A), id, NEW_ACCOUNT));
			event(Event::RecoveryApproved {
				patient: id,
				guardian: GUARDIAN_A,
				new_account: NEW_ACCOUNT,
				approvals: 1,
			});
			assert_eq!(PatientIdentity::patient_account(id), Some(PATIENT));
			assert_ok!(PatientIdentity::approve_recovery(signed(GUARDIAN_B), id, NEW_ACCOUNT));
			event(Event::IdentityRecovered {
				patient: id,
				old_account: PATIENT,
				new_account: NEW_ACCOUNT,
			});
			assert_eq!(PatientIdentity::patient_account(id), Some(NEW_ACCOUNT));
			assert_eq!(PatientIdentity::patient_of(&NEW_ACCOUNT), Some(id));
			assert_eq!(PatientIdentity::patient_of(&PATIENT), None);
			assert_eq!(PatientIdentity::held_deposit(&NEW_ACCOUNT), PatientDeposit::get());
			assert_eq!(PatientIdentity::held_deposit(&PATIENT), 0);
			assert_eq!(Recoveries::<Test>::get(id), None);
			// The deposit's value moved with the identity: the old account lost it.
			assert_eq!(free(PATIENT), ENDOWMENT - PatientDeposit::get());
			assert_eq!(free(NEW_ACCOUNT), ENDOWMENT);
			// Keys and guardians come along.
			assert_eq!(PatientIdentity::encryption_key(id).unwrap().key, KEY1);
			assert!(PatientIdentity::may_act_for(&GUARDIAN_A, id));
		});
	}

	#[test]
	fn approve_errors() {
		build_and_execute(|| {
			let id = register(PATIENT);
			assert_ok!(PatientIdentity::add_guardian(signed(PATIENT), GUARDIAN_A));
			assert_noop!(
				PatientIdentity::approve_recovery(signed(GUARDIAN_A), 9, NEW_ACCOUNT),
				Error::<Test>::PatientNotFound
			);
			assert_noop!(
				PatientIdentity::approve_recovery(signed(STRANGER), id, NEW_ACCOUNT),
				Error::<Test>::NotAuthorized
			);
			assert_noop!(
				PatientIdentity::approve_recovery(signed(GUARDIAN_A), id, NEW_ACCOUNT),
				Error::<Test>::RecoveryDisabled
			);
			assert_ok!(PatientIdentity::add_guardian(signed(PATIENT), GUARDIAN_B));
			assert_ok!(PatientIdentity::set_recovery_threshold(signed(PATIENT), 2));
			let _other = register(STRANGER);
			assert_noop!(
				PatientIdentity::approve_recovery(signed(GUARDIAN_A), id, STRANGER),
				Error::<Test>::AlreadyPatient
			);
			assert_noop!(
				PatientIdentity::approve_recovery(signed(GUARDIAN_A), id, 50),
				Error::<Test>::NewAccountUnfunded
			);
			assert_ok!(PatientIdentity::approve_recovery(signed(GUARDIAN_A), id, NEW_ACCOUNT));
			assert_noop!(
				PatientIdentity::approve_recovery(signed(GUARDIAN_A), id, NEW_ACCOUNT),
				Error::<Test>::AlreadyApproved
			);
			assert_noop!(
				PatientIdentity::approve_recovery(signed(GUARDIAN_B), id, 12),
				Error::<Test>::RecoveryMismatch
			);
		});
	}

	#[test]
	fn patient_cancels_and_removal_of_guardian_drops_approval() {
		build_and_execute(|| {
			let id = setup();
			assert_ok!(PatientIdentity::approve_recovery(signed(GUARDIAN_A), id, NEW_ACCOUNT));
			assert_ok!(PatientIdentity::cancel_recovery(signed(PATIENT)));
			event(Event::RecoveryCancelled { patient: id });
			assert_eq!(Recoveries::<Test>::get(id), None);
			assert_noop!(
				PatientIdentity::cancel_recovery(signed(PATIENT)),
				Error::<Test>::NoRecovery
			);
			assert_noop!(
				PatientIdentity::cancel_recovery(signed(STRANGER)),
				Error::<Test>::PatientNotFound
			);

			assert_ok!(PatientIdentity::approve_recovery(signed(GUARDIAN_A), id, NEW_ACCOUNT));
			assert_ok!(PatientIdentity::add_guardian(signed(PATIENT), 10));
			assert_ok!(PatientIdentity::remove_guardian(signed(PATIENT), GUARDIAN_A));
			assert_eq!(Recoveries::<Test>::get(id), None);
		});
	}

	#[test]
	fn threshold_zero_disables_and_clears_recovery() {
		build_and_execute(|| {
			let id = setup();
			assert_ok!(PatientIdentity::approve_recovery(signed(GUARDIAN_A), id, NEW_ACCOUNT));
			assert_ok!(PatientIdentity::set_recovery_threshold(signed(PATIENT), 0));
			assert_eq!(Recoveries::<Test>::get(id), None);
		});
	}
}

mod runtime_api {
	use super::*;

	#[test]
	fn api_reads_back_what_calls_wrote() {
		build_and_execute(|| {
			let org = admit(ADMIN);
			assert_ok!(PatientIdentity::register_practitioner(
				signed(ADMIN),
				DOCTOR,
				PractitionerRole::Physician
			));
			let id = register(PATIENT);
			assert_ok!(PatientIdentity::add_guardian(signed(PATIENT), GUARDIAN_A));

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
				(p.account, p.guardians, p.has_commitment),
				(PATIENT, vec![GUARDIAN_A], false)
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
	use crate::migrations::v1::MigrateV0ToV1;
	use polkadot_sdk::frame_support::traits::{
		GetStorageVersion, OnRuntimeUpgrade, StorageVersion,
	};

	fn deposit_of(id: u64) -> Balance {
		Patients::<Test>::get(id).unwrap().deposit
	}

	#[test]
	fn a_lower_deposit_is_released_to_every_patient() {
		build_and_execute(|| {
			let a = register(PATIENT);
			let b = register(STRANGER);
			PatientDeposit::set(4);
			MigrateV0ToV1::<Test>::on_runtime_upgrade();
			for (who, id) in [(PATIENT, a), (STRANGER, b)] {
				assert_eq!(deposit_of(id), 4);
				assert_eq!(PatientIdentity::held_deposit(&who), 4);
				assert_eq!(free(who), ENDOWMENT - 4);
			}
			assert_eq!(PatientIdentity::on_chain_storage_version(), StorageVersion::new(1));
			event(Event::PatientDepositsRepriced { deposit: 4, repriced: 2, kept: 0 });
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
			MigrateV0ToV1::<Test>::on_runtime_upgrade();
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
	fn it_runs_only_from_version_0() {
		build_and_execute(|| {
			let a = register(PATIENT);
			StorageVersion::new(1).put::<PatientIdentity>();
			PatientDeposit::set(4);
			MigrateV0ToV1::<Test>::on_runtime_upgrade();
			assert_eq!(deposit_of(a), 10, "no re-pricing at version 1");
			assert!(System::events().iter().all(|r| !matches!(
				r.event,
				RuntimeEvent::PatientIdentity(Event::PatientDepositsRepriced { .. })
			)));
		});
	}

	#[test]
	fn an_unchanged_deposit_changes_nothing() {
		build_and_execute(|| {
			let a = register(PATIENT);
			MigrateV0ToV1::<Test>::on_runtime_upgrade();
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
			MigrateV0ToV1::<Test>::try_on_runtime_upgrade(true).expect("checks pass");
			assert_eq!(PatientIdentity::on_chain_storage_version(), StorageVersion::new(1));
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
			assert_eq!(OrganisationAdmins::<Test>::get(2), Some(1));
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
