//! The logic behind the calls. Each `do_*` checks everything before it writes anything, so a
//! failing call changes nothing.

use crate::{pallet::*, types::*};
use frame_support::{
	ensure,
	pallet_prelude::*,
	traits::{
		fungible::{Inspect, MutateHold},
		tokens::{Fortitude, Precision, Restriction},
	},
};
use frame_system::pallet_prelude::*;
use medledger_primitives::{
	EncryptionKey, OrganisationId, OrganisationKind, OrganisationStatus, PatientId,
	PractitionerRole, X25519PublicKey,
};
use polkadot_sdk::{
	frame_support, frame_system,
	sp_core::H256,
	sp_runtime::traits::{BlockNumberProvider, Zero},
};

impl<T: Config> Pallet<T> {
	/// Passes for the organisation origin, or for a signed admin of `organisation`.
	pub(crate) fn ensure_organisation_authority(
		origin: OriginFor<T>,
		organisation: OrganisationId,
	) -> DispatchResult {
		ensure!(Organisations::<T>::contains_key(organisation), Error::<T>::OrganisationNotFound);
		if T::OrganisationOrigin::try_origin(origin.clone()).is_ok() {
			return Ok(());
		}
		let who = ensure_signed(origin)?;
		ensure!(
			OrganisationAdmins::<T>::get(&who) == Some(organisation),
			Error::<T>::NotAuthorized
		);
		Ok(())
	}

	pub(crate) fn do_admit_organisation(
		name: OrganisationName<T>,
		kind: OrganisationKind,
		jurisdiction: Jurisdiction,
		licence_hash: H256,
		admin: T::AccountId,
	) -> DispatchResult {
		ensure!(!name.is_empty() && core::str::from_utf8(&name).is_ok(), Error::<T>::InvalidName);
		ensure!(is_valid_jurisdiction(&jurisdiction), Error::<T>::InvalidJurisdiction);
		ensure!(!OrganisationAdmins::<T>::contains_key(&admin), Error::<T>::AlreadyAdmin);
		let organisation = NextOrganisationId::<T>::get();
		let next = organisation.checked_add(1).ok_or(Error::<T>::Overflow)?;
		let admins = BoundedVec::try_from(alloc::vec![admin.clone()])
			.map_err(|_| Error::<T>::TooManyAdmins)?;

		NextOrganisationId::<T>::put(next);
		OrganisationAdmins::<T>::insert(&admin, organisation);
		Organisations::<T>::insert(
			organisation,
			Organisation {
				name,
				kind,
				jurisdiction,
				licence_hash,
				status: OrganisationStatus::Active,
				admins,
				practitioners: 0,
			},
		);
		Self::deposit_event(Event::OrganisationAdmitted { organisation, kind, admin });
		Ok(())
	}

	/// Suspends (`suspend`) or reinstates an organisation.
	pub(crate) fn do_set_status(organisation: OrganisationId, suspend: bool) -> DispatchResult {
		Organisations::<T>::try_mutate(organisation, |org| {
			let org = org.as_mut().ok_or(Error::<T>::OrganisationNotFound)?;
			let (from, to, error, event) = if suspend {
				(
					OrganisationStatus::Active,
					OrganisationStatus::Suspended,
					Error::<T>::OrganisationNotActive,
					Event::OrganisationSuspended { organisation },
				)
			} else {
				(
					OrganisationStatus::Suspended,
					OrganisationStatus::Active,
					Error::<T>::OrganisationNotSuspended,
					Event::OrganisationReinstated { organisation },
				)
			};
			ensure!(org.status == from, error);
			org.status = to;
			Self::deposit_event(event);
			Ok(())
		})
	}

	pub(crate) fn do_remove_organisation(organisation: OrganisationId) -> DispatchResult {
		let org = Organisations::<T>::take(organisation).ok_or(Error::<T>::OrganisationNotFound)?;
		for admin in org.admins.iter() {
			OrganisationAdmins::<T>::remove(admin);
		}
		Self::deposit_event(Event::OrganisationRemoved { organisation });
		Ok(())
	}

	pub(crate) fn do_add_admin(
		organisation: OrganisationId,
		admin: T::AccountId,
	) -> DispatchResult {
		ensure!(!OrganisationAdmins::<T>::contains_key(&admin), Error::<T>::AlreadyAdmin);
		Organisations::<T>::try_mutate(organisation, |org| {
			let org = org.as_mut().ok_or(Error::<T>::OrganisationNotFound)?;
			org.admins.try_push(admin.clone()).map_err(|_| Error::<T>::TooManyAdmins)?;
			OrganisationAdmins::<T>::insert(&admin, organisation);
			Self::deposit_event(Event::AdminAdded { organisation, admin });
			Ok(())
		})
	}

	pub(crate) fn do_remove_admin(
		organisation: OrganisationId,
		admin: T::AccountId,
	) -> DispatchResult {
		Organisations::<T>::try_mutate(organisation, |org| {
			let org = org.as_mut().ok_or(Error::<T>::OrganisationNotFound)?;
			let pos = org.admins.iter().position(|a| *a == admin).ok_or(Error::<T>::NotAdmin)?;
			ensure!(org.admins.len() > 1, Error::<T>::LastAdmin);
			org.admins.remove(pos);
			OrganisationAdmins::<T>::remove(&admin);
			Self::deposit_event(Event::AdminRemoved { organisation, admin });
			Ok(())
		})
	}

	pub(crate) fn do_register_practitioner(
		admin: T::AccountId,
		practitioner: T::AccountId,
		role: PractitionerRole,
	) -> DispatchResult {
		let organisation = OrganisationAdmins::<T>::get(&admin).ok_or(Error::<T>::NotAuthorized)?;
		// A registration whose organisation was removed is stale and may be replaced.
		if let Some(existing) = Practitioners::<T>::get(&practitioner) {
			ensure!(
				!Organisations::<T>::contains_key(existing.organisation),
				Error::<T>::AlreadyPractitioner
			);
		}
		Organisations::<T>::try_mutate(organisation, |org| {
			let org = org.as_mut().ok_or(Error::<T>::OrganisationNotFound)?;
			ensure!(org.status == OrganisationStatus::Active, Error::<T>::OrganisationNotActive);
			ensure!(
				org.practitioners < T::MaxPractitioners::get(),
				Error::<T>::TooManyPractitioners
			);
			org.practitioners = org.practitioners.saturating_add(1);
			Practitioners::<T>::insert(&practitioner, Practitioner { organisation, role });
			Self::deposit_event(Event::PractitionerRegistered { organisation, practitioner, role });
			Ok(())
		})
	}

	pub(crate) fn do_remove_practitioner(
		admin: T::AccountId,
		practitioner: T::AccountId,
	) -> DispatchResult {
		let entry =
			Practitioners::<T>::get(&practitioner).ok_or(Error::<T>::PractitionerNotFound)?;
		let organisation = entry.organisation;
		ensure!(
			OrganisationAdmins::<T>::get(&admin) == Some(organisation),
			Error::<T>::NotAuthorized
		);
		Organisations::<T>::try_mutate(organisation, |org| {
			let org = org.as_mut().ok_or(Error::<T>::OrganisationNotFound)?;
			org.practitioners = org.practitioners.saturating_sub(1);
			Practitioners::<T>::remove(&practitioner);
			Self::deposit_event(Event::PractitionerRemoved { organisation, practitioner });
			Ok(())
		})
	}

	pub(crate) fn do_register_patient(
		who: T::AccountId,
		key: X25519PublicKey,
		commitment: Option<H256>,
	) -> DispatchResult {
		ensure!(!PatientByAccount::<T>::contains_key(&who), Error::<T>::AlreadyPatient);
		ensure!(key != [0u8; 32], Error::<T>::InvalidKey);
		let patient = NextPatientId::<T>::get();
		let next = patient.checked_add(1).ok_or(Error::<T>::Overflow)?;
		let deposit = T::PatientDeposit::get();
		T::Currency::hold(&HoldReason::PatientDeposit.into(), &who, deposit)
			.map_err(|_| Error::<T>::InsufficientBalance)?;

		NextPatientId::<T>::put(next);
		PatientByAccount::<T>::insert(&who, patient);
		Patients::<T>::insert(
			patient,
			Patient {
				account: who.clone(),
				encryption_key: EncryptionKey { key, version: 1 },
				commitment,
				guardians: BoundedVec::new(),
				recovery_threshold: 0,
				deposit,
				registered_at: T::BlockNumberProvider::current_block_number(),
			},
		);
		Self::deposit_event(Event::PatientRegistered { patient, account: who, deposit });
		Ok(())
	}

	/// The record of `patient`, if `actor` may act for it (the patient or a guardian).
	fn acting_for(actor: &T::AccountId, patient: PatientId) -> Result<Patient<T>, DispatchError> {
		let record = Patients::<T>::get(patient).ok_or(Error::<T>::PatientNotFound)?;
		ensure!(
			record.account == *actor || record.guardians.contains(actor),
			Error::<T>::NotAuthorized
		);
		Ok(record)
	}

	/// The caller's own patient id and record.
	fn own_patient(who: &T::AccountId) -> Result<(PatientId, Patient<T>), DispatchError> {
		let patient = PatientByAccount::<T>::get(who).ok_or(Error::<T>::PatientNotFound)?;
		let record = Patients::<T>::get(patient).ok_or(Error::<T>::PatientNotFound)?;
		Ok((patient, record))
	}

	pub(crate) fn do_rotate_key(
		actor: T::AccountId,
		patient: PatientId,
		key: X25519PublicKey,
	) -> DispatchResult {
		let mut record = Self::acting_for(&actor, patient)?;
		ensure!(key != [0u8; 32], Error::<T>::InvalidKey);
		ensure!(key != record.encryption_key.key, Error::<T>::KeyUnchanged);
		let version = record.encryption_key.version.checked_add(1).ok_or(Error::<T>::Overflow)?;
		record.encryption_key = EncryptionKey { key, version };
		Patients::<T>::insert(patient, record);
		Self::deposit_event(Event::EncryptionKeyRotated { patient, version, actor });
		Ok(())
	}

	pub(crate) fn do_set_commitment(
		actor: T::AccountId,
		patient: PatientId,
		commitment: Option<H256>,
	) -> DispatchResult {
		let mut record = Self::acting_for(&actor, patient)?;
		let present = commitment.is_some();
		record.commitment = commitment;
		Patients::<T>::insert(patient, record);
		Self::deposit_event(Event::CommitmentSet { patient, present, actor });
		Ok(())
	}

	pub(crate) fn do_deactivate_patient(actor: T::AccountId, patient: PatientId) -> DispatchResult {
		let record = Self::acting_for(&actor, patient)?;
		T::Currency::release(
			&HoldReason::PatientDeposit.into(),
			&record.account,
			record.deposit,
			Precision::BestEffort,
		)?;
		Patients::<T>::remove(patient);
		PatientByAccount::<T>::remove(&record.account);
		Recoveries::<T>::remove(patient);
		Self::deposit_event(Event::PatientDeactivated {
			patient,
			account: record.account,
			deposit: record.deposit,
			actor,
		});
		Ok(())
	}

	pub(crate) fn do_add_guardian(who: T::AccountId, guardian: T::AccountId) -> DispatchResult {
		let (patient, mut record) = Self::own_patient(&who)?;
		ensure!(guardian != who, Error::<T>::SelfGuardian);
		ensure!(!record.guardians.contains(&guardian), Error::<T>::AlreadyGuardian);
		record
			.guardians
			.try_push(guardian.clone())
			.map_err(|_| Error::<T>::TooManyGuardians)?;
		Patients::<T>::insert(patient, record);
		Self::deposit_event(Event::GuardianAdded { patient, guardian });
		Ok(())
	}

	pub(crate) fn do_remove_guardian(who: T::AccountId, guardian: T::AccountId) -> DispatchResult {
		let (patient, mut record) = Self::own_patient(&who)?;
		let pos = record
			.guardians
			.iter()
			.position(|g| *g == guardian)
			.ok_or(Error::<T>::GuardianNotFound)?;
		ensure!(
			(record.guardians.len() as u32).saturating_sub(1) >= record.recovery_threshold,
			Error::<T>::ThresholdUnreachable
		);
		record.guardians.remove(pos);
		Patients::<T>::insert(patient, record);
		Recoveries::<T>::mutate_exists(patient, |recovery| {
			if let Some(r) = recovery {
				r.approvals.retain(|a| *a != guardian);
				if r.approvals.is_empty() {
					*recovery = None;
				}
			}
		});
		Self::deposit_event(Event::GuardianRemoved { patient, guardian });
		Ok(())
	}

	pub(crate) fn do_set_recovery_threshold(who: T::AccountId, threshold: u32) -> DispatchResult {
		let (patient, mut record) = Self::own_patient(&who)?;
		ensure!(threshold <= record.guardians.len() as u32, Error::<T>::InvalidThreshold);
		record.recovery_threshold = threshold;
		Patients::<T>::insert(patient, record);
		if threshold.is_zero() {
			Recoveries::<T>::remove(patient);
		}
		Self::deposit_event(Event::RecoveryThresholdSet { patient, threshold });
		Ok(())
	}

	pub(crate) fn do_approve_recovery(
		guardian: T::AccountId,
		patient: PatientId,
		new_account: T::AccountId,
	) -> DispatchResult {
		let mut record = Patients::<T>::get(patient).ok_or(Error::<T>::PatientNotFound)?;
		ensure!(record.guardians.contains(&guardian), Error::<T>::NotAuthorized);
		ensure!(!record.recovery_threshold.is_zero(), Error::<T>::RecoveryDisabled);
		ensure!(!PatientByAccount::<T>::contains_key(&new_account), Error::<T>::AlreadyPatient);
		ensure!(
			T::Currency::balance(&new_account) >= T::Currency::minimum_balance(),
			Error::<T>::NewAccountUnfunded
		);
		let mut recovery = match Recoveries::<T>::get(patient) {
			Some(r) => {
				ensure!(r.new_account == new_account, Error::<T>::RecoveryMismatch);
				ensure!(!r.approvals.contains(&guardian), Error::<T>::AlreadyApproved);
				r
			},
			None => Recovery { new_account: new_account.clone(), approvals: BoundedVec::new() },
		};
		// Cannot fail: approvals are distinct guardians, and guardians are bounded alike.
		recovery
			.approvals
			.try_push(guardian.clone())
			.map_err(|_| Error::<T>::TooManyGuardians)?;
		let approvals = recovery.approvals.len() as u32;

		if approvals >= record.recovery_threshold {
			let old_account = record.account.clone();
			// The deposit follows the identity: moved to the new account's free balance and held
			// there again. The new account must exist (hold at least the existential deposit).
			let reason = HoldReason::PatientDeposit.into();
			T::Currency::transfer_on_hold(
				&reason,
				&old_account,
				&new_account,
				record.deposit,
				Precision::Exact,
				Restriction::Free,
				Fortitude::Polite,
			)
			.map_err(|_| Error::<T>::InsufficientBalance)?;
			T::Currency::hold(&reason, &new_account, record.deposit)
				.map_err(|_| Error::<T>::InsufficientBalance)?;
			record.account = new_account.clone();
			Patients::<T>::insert(patient, record);
			PatientByAccount::<T>::remove(&old_account);
			PatientByAccount::<T>::insert(&new_account, patient);
			Recoveries::<T>::remove(patient);
			Self::deposit_event(Event::RecoveryApproved {
				patient,
				guardian,
				new_account: new_account.clone(),
				approvals,
			});
			Self::deposit_event(Event::IdentityRecovered { patient, old_account, new_account });
		} else {
			Recoveries::<T>::insert(patient, recovery);
			Self::deposit_event(Event::RecoveryApproved {
				patient,
				guardian,
				new_account,
				approvals,
			});
		}
		Ok(())
	}

	pub(crate) fn do_cancel_recovery(who: T::AccountId) -> DispatchResult {
		let (patient, _) = Self::own_patient(&who)?;
		Recoveries::<T>::take(patient).ok_or(Error::<T>::NoRecovery)?;
		Self::deposit_event(Event::RecoveryCancelled { patient });
		Ok(())
	}

	/// The deposit currently held for patients from `who`.
	pub fn held_deposit(who: &T::AccountId) -> BalanceOf<T> {
		use frame_support::traits::fungible::InspectHold;
		T::Currency::balance_on_hold(&HoldReason::PatientDeposit.into(), who)
	}

	/// Invariants: indices agree with records, counts match, deposits held equal deposits
	/// recorded, recoveries are consistent with guardians and thresholds.
	pub fn do_try_state() -> Result<(), polkadot_sdk::sp_runtime::TryRuntimeError> {
		let next_org = NextOrganisationId::<T>::get();
		for (id, org) in Organisations::<T>::iter() {
			ensure!(id < next_org, "organisation id at or above the next id");
			ensure!(!org.admins.is_empty(), "organisation without admins");
			for admin in org.admins.iter() {
				ensure!(OrganisationAdmins::<T>::get(admin) == Some(id), "admin index out of sync");
			}
			let counted =
				Practitioners::<T>::iter_values().filter(|p| p.organisation == id).count();
			ensure!(counted as u32 == org.practitioners, "practitioner count out of sync");
			ensure!(org.practitioners <= T::MaxPractitioners::get(), "too many practitioners");
		}
		for (admin, id) in OrganisationAdmins::<T>::iter() {
			let org = Organisations::<T>::get(id).ok_or("admin of a missing organisation")?;
			ensure!(org.admins.contains(&admin), "admin index without admin entry");
		}
		let next_patient = NextPatientId::<T>::get();
		let mut patients = 0usize;
		for (id, p) in Patients::<T>::iter() {
			patients += 1;
			ensure!(id < next_patient, "patient id at or above the next id");
			ensure!(
				PatientByAccount::<T>::get(&p.account) == Some(id),
				"patient index out of sync"
			);
			ensure!(p.encryption_key.version >= 1, "key version below 1");
			ensure!(
				p.recovery_threshold <= p.guardians.len() as u32,
				"recovery threshold above guardian count"
			);
			ensure!(
				Self::held_deposit(&p.account) == p.deposit,
				"held deposit differs from record"
			);
		}
		ensure!(PatientByAccount::<T>::iter().count() == patients, "stale patient index entries");
		for (id, r) in Recoveries::<T>::iter() {
			let p = Patients::<T>::get(id).ok_or("recovery for a missing patient")?;
			ensure!(!r.approvals.is_empty(), "recovery without approvals");
			ensure!(
				r.approvals.iter().all(|a| p.guardians.contains(a)),
				"approval by non-guardian"
			);
			ensure!(
				(r.approvals.len() as u32) < p.recovery_threshold,
				"recovery at threshold not executed"
			);
		}
		Ok(())
	}
}
