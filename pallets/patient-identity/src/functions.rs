//! The logic behind the calls. Each `do_*` checks everything before it writes anything, so a
//! failing call changes nothing.

use crate::{pallet::*, types::*};
use frame_support::{
	ensure,
	pallet_prelude::*,
	traits::{
		fungible::MutateHold,
		tokens::{Fortitude, Precision, Restriction},
	},
};
use frame_system::pallet_prelude::*;
use medledger_primitives::{
	is_low_order_x25519, DepositPayer, EncryptionKey, OnPatientDeactivated, OrganisationId,
	OrganisationKind, OrganisationStatus, PatientId, PatientPower, PatientRelation,
	PractitionerRole, RepresentativeScope, X25519PublicKey,
};
use polkadot_sdk::{
	frame_support, frame_system,
	sp_core::H256,
	sp_runtime::{
		traits::{BlockNumberProvider, Saturating},
		DispatchError,
	},
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
			OrganisationOfAdmin::<T>::get(&who) == Some(organisation),
			Error::<T>::NotOrganisationAuthority
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
		ensure!(!OrganisationOfAdmin::<T>::contains_key(&admin), Error::<T>::AlreadyAdmin);
		let organisation = NextOrganisationId::<T>::get();
		let next = organisation.checked_add(1).ok_or(Error::<T>::Overflow)?;
		let admins = BoundedVec::try_from(alloc::vec![admin.clone()])
			.map_err(|_| Error::<T>::TooManyAdmins)?;

		NextOrganisationId::<T>::put(next);
		OrganisationOfAdmin::<T>::insert(&admin, organisation);
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
				invitations: 0,
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
			OrganisationOfAdmin::<T>::remove(admin);
		}
		Self::deposit_event(Event::OrganisationRemoved { organisation });
		Ok(())
	}

	pub(crate) fn do_add_admin(
		organisation: OrganisationId,
		admin: T::AccountId,
	) -> DispatchResult {
		ensure!(!OrganisationOfAdmin::<T>::contains_key(&admin), Error::<T>::AlreadyAdmin);
		Organisations::<T>::try_mutate(organisation, |org| {
			let org = org.as_mut().ok_or(Error::<T>::OrganisationNotFound)?;
			org.admins.try_push(admin.clone()).map_err(|_| Error::<T>::TooManyAdmins)?;
			OrganisationOfAdmin::<T>::insert(&admin, organisation);
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
			OrganisationOfAdmin::<T>::remove(&admin);
			Self::deposit_event(Event::AdminRemoved { organisation, admin });
			Ok(())
		})
	}

	pub(crate) fn do_invite_practitioner(
		admin: T::AccountId,
		practitioner: T::AccountId,
		role: PractitionerRole,
	) -> DispatchResult {
		let organisation =
			OrganisationOfAdmin::<T>::get(&admin).ok_or(Error::<T>::NotOrganisationAuthority)?;
		Self::ensure_not_practising(&practitioner)?;
		ensure!(
			!PractitionerInvitations::<T>::contains_key(&practitioner, organisation),
			Error::<T>::AlreadyInvited
		);
		Organisations::<T>::try_mutate(organisation, |org| {
			let org = org.as_mut().ok_or(Error::<T>::OrganisationNotFound)?;
			ensure!(org.status == OrganisationStatus::Active, Error::<T>::OrganisationNotActive);
			ensure!(
				org.practitioners.saturating_add(org.invitations) < T::MaxPractitioners::get(),
				Error::<T>::TooManyPractitioners
			);
			org.invitations = org.invitations.saturating_add(1);
			PractitionerInvitations::<T>::insert(&practitioner, organisation, role);
			Self::deposit_event(Event::PractitionerInvited { organisation, practitioner, role });
			Ok(())
		})
	}

	/// Fails if `practitioner` practises at an organisation that still exists. A registration
	/// whose organisation was removed is stale and may be replaced.
	fn ensure_not_practising(practitioner: &T::AccountId) -> DispatchResult {
		if let Some(existing) = Practitioners::<T>::get(practitioner) {
			ensure!(
				!Organisations::<T>::contains_key(existing.organisation),
				Error::<T>::AlreadyPractitioner
			);
		}
		Ok(())
	}

	pub(crate) fn do_accept_invitation(
		practitioner: T::AccountId,
		organisation: OrganisationId,
	) -> DispatchResult {
		let role = PractitionerInvitations::<T>::get(&practitioner, organisation)
			.ok_or(Error::<T>::InvitationNotFound)?;
		Self::ensure_not_practising(&practitioner)?;
		Organisations::<T>::try_mutate(organisation, |org| {
			let org = org.as_mut().ok_or(Error::<T>::OrganisationNotFound)?;
			ensure!(org.status == OrganisationStatus::Active, Error::<T>::OrganisationNotActive);
			// The invitation's place becomes the practitioner's: the sum stays within the bound.
			org.invitations = org.invitations.saturating_sub(1);
			org.practitioners = org.practitioners.saturating_add(1);
			PractitionerInvitations::<T>::remove(&practitioner, organisation);
			Practitioners::<T>::insert(&practitioner, Practitioner { organisation, role });
			Self::deposit_event(Event::PractitionerRegistered { organisation, practitioner, role });
			Ok(())
		})
	}

	pub(crate) fn do_withdraw_invitation(
		who: T::AccountId,
		organisation: OrganisationId,
		practitioner: T::AccountId,
	) -> DispatchResult {
		ensure!(
			PractitionerInvitations::<T>::contains_key(&practitioner, organisation),
			Error::<T>::InvitationNotFound
		);
		ensure!(
			who == practitioner || OrganisationOfAdmin::<T>::get(&who) == Some(organisation),
			Error::<T>::NotOrganisationAuthority
		);
		PractitionerInvitations::<T>::remove(&practitioner, organisation);
		// The organisation may have been removed since; its count then went with it.
		Organisations::<T>::mutate(organisation, |org| {
			if let Some(org) = org {
				org.invitations = org.invitations.saturating_sub(1);
			}
		});
		Self::deposit_event(Event::InvitationWithdrawn { organisation, practitioner });
		Ok(())
	}

	pub(crate) fn do_remove_practitioner(
		admin: T::AccountId,
		practitioner: T::AccountId,
	) -> DispatchResult {
		let entry =
			Practitioners::<T>::get(&practitioner).ok_or(Error::<T>::PractitionerNotFound)?;
		let organisation = entry.organisation;
		ensure!(
			OrganisationOfAdmin::<T>::get(&admin) == Some(organisation),
			Error::<T>::NotPractitionerOfOrganisation
		);
		Self::leave_organisation(&practitioner, organisation);
		Self::deposit_event(Event::PractitionerRemoved { organisation, practitioner });
		Ok(())
	}

	pub(crate) fn do_resign(practitioner: T::AccountId) -> DispatchResult {
		let entry =
			Practitioners::<T>::get(&practitioner).ok_or(Error::<T>::PractitionerNotFound)?;
		let organisation = entry.organisation;
		Self::leave_organisation(&practitioner, organisation);
		Self::deposit_event(Event::PractitionerResigned { organisation, practitioner });
		Ok(())
	}

	/// Removes `practitioner`'s registration at `organisation` and counts it out.
	fn leave_organisation(practitioner: &T::AccountId, organisation: OrganisationId) {
		Practitioners::<T>::remove(practitioner);
		Organisations::<T>::mutate(organisation, |org| {
			if let Some(org) = org {
				org.practitioners = org.practitioners.saturating_sub(1);
			}
		});
	}

	/// Refuses keys of small order (all zeroes among them): a secret agreed with such a key is
	/// predictable, so data wrapped for it would be readable by anyone.
	fn ensure_valid_key(key: &X25519PublicKey) -> DispatchResult {
		ensure!(!is_low_order_x25519(key), Error::<T>::LowOrderKey);
		Ok(())
	}

	pub(crate) fn do_register_patient(
		who: T::AccountId,
		key: X25519PublicKey,
		commitment: Option<H256>,
	) -> DispatchResult {
		ensure!(!PatientByAccount::<T>::contains_key(&who), Error::<T>::AlreadyPatient);
		Self::ensure_valid_key(&key)?;
		let patient = NextPatientId::<T>::get();
		let next = patient.checked_add(1).ok_or(Error::<T>::Overflow)?;
		let deposit = T::PatientDeposit::get();
		let depositor = T::DepositPayer::deposit_payer(&who);
		T::Currency::hold(&HoldReason::PatientDeposit.into(), &depositor, deposit)
			.map_err(|_| Error::<T>::InsufficientBalance)?;

		if depositor != who {
			PatientDepositors::<T>::insert(patient, depositor);
		}
		NextPatientId::<T>::put(next);
		PatientByAccount::<T>::insert(&who, patient);
		Patients::<T>::insert(
			patient,
			Patient {
				account: who.clone(),
				encryption_key: EncryptionKey { key, version: 1 },
				commitment,
				representatives: 0,
				deposit,
				registered_at: Self::now(),
			},
		);
		Self::deposit_event(Event::PatientRegistered { patient, account: who, deposit });
		Ok(())
	}

	/// The current block, as the configured provider counts it.
	pub(crate) fn now() -> BlockNumberFor<T> {
		T::BlockNumberProvider::current_block_number()
	}

	/// Whether a representation is in force at `now` (its end not reached).
	pub(crate) fn in_force(representative: &Representative<T>, now: BlockNumberFor<T>) -> bool {
		representative.until.is_none_or(|until| now < until)
	}

	/// The record of `patient`, if `actor` may use `power` for it: the patient, or a
	/// representative in force whose scope holds the power.
	fn acting_for(
		actor: &T::AccountId,
		patient: PatientId,
		power: PatientPower,
	) -> Result<Patient<T>, DispatchError> {
		let record = Patients::<T>::get(patient).ok_or(Error::<T>::PatientNotFound)?;
		if record.account == *actor {
			return Ok(record);
		}
		let representative = Representatives::<T>::get(patient, actor)
			.filter(|r| Self::in_force(r, Self::now()))
			.ok_or(Error::<T>::NotPatientOrRepresentative)?;
		ensure!(
			PatientRelation::Representative(representative.scope).may(power),
			Error::<T>::NotPatientOrRepresentative
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
		let mut record = Self::acting_for(&actor, patient, PatientPower::Keys)?;
		Self::ensure_valid_key(&key)?;
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
		let mut record = Self::acting_for(&actor, patient, PatientPower::Keys)?;
		let present = commitment.is_some();
		record.commitment = commitment;
		Patients::<T>::insert(patient, record);
		Self::deposit_event(Event::CommitmentSet { patient, present, actor });
		Ok(())
	}

	pub(crate) fn do_request_deactivation(
		representative: T::AccountId,
		patient: PatientId,
	) -> DispatchResult {
		let record = Self::acting_for(&representative, patient, PatientPower::Deactivation)?;
		// The patient deactivates at once; asking is a representative's way.
		ensure!(record.account != representative, Error::<T>::NotPatientOrRepresentative);
		ensure!(!PendingDeactivations::<T>::contains_key(patient), Error::<T>::DeactivationPending);
		let due = Self::now().saturating_add(T::DeactivationDelay::get());
		PendingDeactivations::<T>::insert(patient, (representative.clone(), due));
		Self::deposit_event(Event::DeactivationRequested { patient, representative, due });
		Ok(())
	}

	pub(crate) fn do_cancel_deactivation(who: T::AccountId) -> DispatchResult {
		let (patient, _) = Self::own_patient(&who)?;
		PendingDeactivations::<T>::take(patient).ok_or(Error::<T>::NoPendingDeactivation)?;
		Self::deposit_event(Event::DeactivationCancelled { patient });
		Ok(())
	}

	pub(crate) fn do_deactivate_patient(actor: T::AccountId, patient: PatientId) -> DispatchResult {
		let record = Self::acting_for(&actor, patient, PatientPower::Deactivation)?;
		if record.account != actor {
			// A representative: only the one that asked, once the patient had time to stop it.
			let (requester, due) =
				PendingDeactivations::<T>::get(patient).ok_or(Error::<T>::DeactivationNotDue)?;
			ensure!(requester == actor && Self::now() >= due, Error::<T>::DeactivationNotDue);
		}
		T::Currency::release(
			&HoldReason::PatientDeposit.into(),
			&Self::depositor(patient, &record),
			record.deposit,
			Precision::BestEffort,
		)?;
		PatientDepositors::<T>::remove(patient);
		if let Some(recovery) = ActiveRecoveries::<T>::take(patient) {
			Self::forfeit_recovery_deposit(&recovery, &record.account);
		}
		Patients::<T>::remove(patient);
		PatientByAccount::<T>::remove(&record.account);
		// Bounded: the patient's count of representatives never exceeds MaxRepresentatives.
		let _ = Representatives::<T>::clear_prefix(patient, T::MaxRepresentatives::get(), None);
		RecoveryConfigs::<T>::remove(patient);
		PendingDeactivations::<T>::remove(patient);
		T::OnPatientDeactivated::on_patient_deactivated(patient);
		Self::deposit_event(Event::PatientDeactivated {
			patient,
			account: record.account,
			deposit: record.deposit,
			actor,
		});
		Ok(())
	}

	pub(crate) fn do_appoint_representative(
		who: T::AccountId,
		patient: PatientId,
		representative: T::AccountId,
		scope: RepresentativeScope,
		until: Option<BlockNumberFor<T>>,
		document_hash: Option<H256>,
	) -> DispatchResult {
		let mut record = Patients::<T>::get(patient).ok_or(Error::<T>::PatientNotFound)?;
		let appointed_by = if record.account == who {
			AppointedBy::Patient
		} else {
			let organisation = OrganisationOfAdmin::<T>::get(&who).ok_or(Error::<T>::NotPatient)?;
			ensure!(
				Organisations::<T>::get(organisation)
					.is_some_and(|o| o.status == OrganisationStatus::Active),
				Error::<T>::OrganisationNotActive
			);
			ensure!(document_hash.is_some(), Error::<T>::DocumentRequired);
			AppointedBy::Organisation(organisation)
		};
		ensure!(representative != record.account, Error::<T>::SelfAppointment);
		ensure!(!scope.is_empty(), Error::<T>::EmptyScope);
		ensure!(until.is_none_or(|until| until > Self::now()), Error::<T>::EndInPast);
		let replacing = Representatives::<T>::contains_key(patient, &representative);
		if !replacing {
			ensure!(
				record.representatives < T::MaxRepresentatives::get(),
				Error::<T>::TooManyRepresentatives
			);
			record.representatives = record.representatives.saturating_add(1);
			Patients::<T>::insert(patient, record);
		}
		Representatives::<T>::insert(
			patient,
			&representative,
			Representative { scope, until, appointed_by, document_hash },
		);
		Self::deposit_event(Event::RepresentativeAppointed {
			patient,
			representative,
			scope,
			until,
			appointed_by,
		});
		Ok(())
	}

	pub(crate) fn do_remove_representative(
		actor: T::AccountId,
		patient: PatientId,
		representative: T::AccountId,
	) -> DispatchResult {
		let mut record = Patients::<T>::get(patient).ok_or(Error::<T>::PatientNotFound)?;
		let entry = Representatives::<T>::get(patient, &representative)
			.ok_or(Error::<T>::RepresentativeNotFound)?;
		let may_remove = actor == record.account ||
			actor == representative ||
			matches!(entry.appointed_by, AppointedBy::Organisation(org)
				if OrganisationOfAdmin::<T>::get(&actor) == Some(org));
		ensure!(may_remove, Error::<T>::MayNotRemoveRepresentative);
		Representatives::<T>::remove(patient, &representative);
		record.representatives = record.representatives.saturating_sub(1);
		Patients::<T>::insert(patient, record);
		// A deactivation this representative asked for goes with it.
		PendingDeactivations::<T>::mutate_exists(patient, |pending| {
			if pending.as_ref().is_some_and(|(requester, _)| *requester == representative) {
				*pending = None;
			}
		});
		Self::deposit_event(Event::RepresentativeRemoved { patient, representative, actor });
		Ok(())
	}

	pub(crate) fn do_set_recovery_config(
		who: T::AccountId,
		contacts: BoundedVec<T::AccountId, T::MaxRecoveryContacts>,
		threshold: u32,
		delay: BlockNumberFor<T>,
	) -> DispatchResult {
		let (patient, _) = Self::own_patient(&who)?;
		ensure!(!ActiveRecoveries::<T>::contains_key(patient), Error::<T>::RecoveryInProgress);
		ensure!(!contacts.is_empty(), Error::<T>::InvalidContacts);
		let mut sorted = contacts.clone().into_inner();
		sorted.sort();
		sorted.dedup();
		ensure!(sorted.len() == contacts.len(), Error::<T>::InvalidContacts);
		ensure!(!contacts.contains(&who), Error::<T>::SelfAppointment);
		ensure!(threshold >= 1 && threshold <= contacts.len() as u32, Error::<T>::InvalidThreshold);
		ensure!(delay >= T::MinRecoveryDelay::get(), Error::<T>::DelayTooShort);
		RecoveryConfigs::<T>::insert(patient, RecoveryConfig { contacts, threshold, delay });
		Self::deposit_event(Event::RecoveryConfigured { patient, threshold, delay });
		Ok(())
	}

	pub(crate) fn do_remove_recovery_config(who: T::AccountId) -> DispatchResult {
		let (patient, _) = Self::own_patient(&who)?;
		ensure!(RecoveryConfigs::<T>::contains_key(patient), Error::<T>::RecoveryNotConfigured);
		ensure!(!ActiveRecoveries::<T>::contains_key(patient), Error::<T>::RecoveryInProgress);
		RecoveryConfigs::<T>::remove(patient);
		Self::deposit_event(Event::RecoveryConfigRemoved { patient });
		Ok(())
	}

	pub(crate) fn do_start_recovery(
		new_account: T::AccountId,
		patient: PatientId,
	) -> DispatchResult {
		ensure!(Patients::<T>::contains_key(patient), Error::<T>::PatientNotFound);
		let config = RecoveryConfigs::<T>::get(patient).ok_or(Error::<T>::RecoveryNotConfigured)?;
		let now = Self::now();
		// A recovery left unclaimed past its delay and an approval period is stale: a new one
		// replaces it, so that a recovery nobody completes cannot block the patient's for good.
		let stale = ActiveRecoveries::<T>::get(patient).filter(|r| {
			now >= r
				.started_at
				.saturating_add(config.delay)
				.saturating_add(T::ApprovalPeriod::get())
		});
		ensure!(
			stale.is_some() || !ActiveRecoveries::<T>::contains_key(patient),
			Error::<T>::RecoveryInProgress
		);
		ensure!(!config.contacts.contains(&new_account), Error::<T>::ContactCannotRecover);
		ensure!(!PatientByAccount::<T>::contains_key(&new_account), Error::<T>::AlreadyPatient);
		let deposit = T::RecoveryDeposit::get();
		T::Currency::hold(&HoldReason::RecoveryDeposit.into(), &new_account, deposit)
			.map_err(|_| Error::<T>::InsufficientBalance)?;
		if let Some(stale) = stale {
			let patient_account = Patients::<T>::get(patient)
				.map(|p| p.account)
				.ok_or(Error::<T>::PatientNotFound)?;
			Self::forfeit_recovery_deposit(&stale, &patient_account);
			Self::deposit_event(Event::RecoveryCancelled {
				patient,
				new_account: stale.new_account,
			});
		}
		ActiveRecoveries::<T>::insert(
			patient,
			ActiveRecovery {
				new_account: new_account.clone(),
				started_at: now,
				deposit,
				approvals: BoundedVec::new(),
				cancellations: BoundedVec::new(),
			},
		);
		Self::deposit_event(Event::RecoveryStarted { patient, new_account, deposit });
		Ok(())
	}

	/// The recovery in progress and the patient's recovery set-up, if `contact` is a contact.
	fn recovery_for_contact(
		contact: &T::AccountId,
		patient: PatientId,
	) -> Result<(ActiveRecovery<T>, RecoveryConfig<T>), DispatchError> {
		let recovery = ActiveRecoveries::<T>::get(patient).ok_or(Error::<T>::NoRecovery)?;
		// A recovery exists only while its set-up does (it cannot change or go meanwhile).
		let config = RecoveryConfigs::<T>::get(patient).ok_or(Error::<T>::NoRecovery)?;
		ensure!(config.contacts.contains(contact), Error::<T>::NotRecoveryContact);
		Ok((recovery, config))
	}

	pub(crate) fn do_approve_recovery(
		contact: T::AccountId,
		patient: PatientId,
		new_account: T::AccountId,
	) -> DispatchResult {
		let (mut recovery, _) = Self::recovery_for_contact(&contact, patient)?;
		ensure!(recovery.new_account == new_account, Error::<T>::NotRecoveryStarter);
		let now = Self::now();
		// An approval that has expired may be given again.
		recovery
			.approvals
			.retain(|(c, at)| *c != contact || Self::approval_counts(*at, now));
		ensure!(!recovery.approvals.iter().any(|(c, _)| *c == contact), Error::<T>::AlreadyVoted);
		// Cannot fail: approvals are by distinct contacts, bounded alike.
		recovery
			.approvals
			.try_push((contact.clone(), now))
			.map_err(|_| Error::<T>::InvalidContacts)?;
		ActiveRecoveries::<T>::insert(patient, recovery);
		Self::deposit_event(Event::RecoveryApproved { patient, contact });
		Ok(())
	}

	/// Whether an approval given at `at` still counts at `now`.
	fn approval_counts(at: BlockNumberFor<T>, now: BlockNumberFor<T>) -> bool {
		now < at.saturating_add(T::ApprovalPeriod::get())
	}

	pub(crate) fn do_withdraw_recovery_approval(
		contact: T::AccountId,
		patient: PatientId,
	) -> DispatchResult {
		let mut recovery = ActiveRecoveries::<T>::get(patient).ok_or(Error::<T>::NoRecovery)?;
		let pos = recovery
			.approvals
			.iter()
			.position(|(c, _)| *c == contact)
			.ok_or(Error::<T>::NoApproval)?;
		recovery.approvals.remove(pos);
		ActiveRecoveries::<T>::insert(patient, recovery);
		Self::deposit_event(Event::RecoveryApprovalWithdrawn { patient, contact });
		Ok(())
	}

	/// Gives a cancelled recovery's deposit to the patient's account (the recovery it paid for
	/// was one nobody with the key wanted).
	fn forfeit_recovery_deposit(recovery: &ActiveRecovery<T>, patient_account: &T::AccountId) {
		let _ = T::Currency::transfer_on_hold(
			&HoldReason::RecoveryDeposit.into(),
			&recovery.new_account,
			patient_account,
			recovery.deposit,
			Precision::BestEffort,
			Restriction::Free,
			Fortitude::Force,
		);
	}

	pub(crate) fn do_cancel_recovery(who: T::AccountId, patient: PatientId) -> DispatchResult {
		let record = Patients::<T>::get(patient).ok_or(Error::<T>::PatientNotFound)?;
		let cancel = if record.account == who {
			ActiveRecoveries::<T>::get(patient).ok_or(Error::<T>::NoRecovery)?
		} else {
			let (mut recovery, config) = Self::recovery_for_contact(&who, patient)?;
			ensure!(!recovery.cancellations.contains(&who), Error::<T>::AlreadyVoted);
			recovery
				.cancellations
				.try_push(who.clone())
				.map_err(|_| Error::<T>::InvalidContacts)?;
			let votes = recovery.cancellations.len() as u32;
			Self::deposit_event(Event::RecoveryCancellationVoted { patient, contact: who, votes });
			// A majority of the contacts.
			if votes.saturating_mul(2) <= config.contacts.len() as u32 {
				ActiveRecoveries::<T>::insert(patient, recovery);
				return Ok(());
			}
			recovery
		};
		ActiveRecoveries::<T>::remove(patient);
		Self::forfeit_recovery_deposit(&cancel, &record.account);
		Self::deposit_event(Event::RecoveryCancelled { patient, new_account: cancel.new_account });
		Ok(())
	}

	pub(crate) fn do_claim_recovery(
		new_account: T::AccountId,
		patient: PatientId,
	) -> DispatchResult {
		let mut record = Patients::<T>::get(patient).ok_or(Error::<T>::PatientNotFound)?;
		let recovery = ActiveRecoveries::<T>::get(patient).ok_or(Error::<T>::NoRecovery)?;
		ensure!(recovery.new_account == new_account, Error::<T>::NotRecoveryStarter);
		let config = RecoveryConfigs::<T>::get(patient).ok_or(Error::<T>::NoRecovery)?;
		let now = Self::now();
		ensure!(
			now >= recovery.started_at.saturating_add(config.delay),
			Error::<T>::RecoveryDelayNotOver
		);
		let counted = recovery
			.approvals
			.iter()
			.filter(|(c, at)| config.contacts.contains(c) && Self::approval_counts(*at, now))
			.count() as u32;
		ensure!(counted >= config.threshold, Error::<T>::NotEnoughApprovals);
		ensure!(!PatientByAccount::<T>::contains_key(&new_account), Error::<T>::AlreadyPatient);

		let old_account = record.account.clone();
		// The patient's own deposit follows the identity: moved to the new account's free
		// balance and held there again. The new account exists: it holds the recovery deposit.
		// A sponsor's stays with the sponsor.
		if !PatientDepositors::<T>::contains_key(patient) {
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
		}
		T::Currency::release(
			&HoldReason::RecoveryDeposit.into(),
			&new_account,
			recovery.deposit,
			Precision::BestEffort,
		)?;
		record.account = new_account.clone();
		Patients::<T>::insert(patient, record);
		PatientByAccount::<T>::remove(&old_account);
		PatientByAccount::<T>::insert(&new_account, patient);
		ActiveRecoveries::<T>::remove(patient);
		// A representative's request to deactivate does not survive a change of hands.
		PendingDeactivations::<T>::remove(patient);
		Self::deposit_event(Event::IdentityRecovered { patient, old_account, new_account });
		Ok(())
	}

	/// The account `patient`'s deposit is held from: its sponsor's or its own.
	pub fn depositor(patient: PatientId, record: &Patient<T>) -> T::AccountId {
		PatientDepositors::<T>::get(patient).unwrap_or_else(|| record.account.clone())
	}

	/// Deposits held for patients, summed per account they are held from, equal what the
	/// patient records say.
	pub(crate) fn ensure_deposits_held() -> Result<(), polkadot_sdk::sp_runtime::TryRuntimeError> {
		let mut held = alloc::collections::BTreeMap::<T::AccountId, BalanceOf<T>>::new();
		for (id, p) in Patients::<T>::iter() {
			let total = held.entry(Self::depositor(id, &p)).or_default();
			*total = total.saturating_add(p.deposit);
		}
		for (id, _) in PatientDepositors::<T>::iter() {
			ensure!(Patients::<T>::contains_key(id), "depositor of a missing patient");
		}
		for (who, total) in held {
			ensure!(Self::held_deposit(&who) == total, "held deposit differs from records");
		}
		Ok(())
	}

	/// The deposit currently held for patients from `who`.
	pub fn held_deposit(who: &T::AccountId) -> BalanceOf<T> {
		use frame_support::traits::fungible::InspectHold;
		T::Currency::balance_on_hold(&HoldReason::PatientDeposit.into(), who)
	}

	/// Invariants: indices agree with records, counts match, deposits held equal deposits
	/// recorded, recoveries are consistent with their set-ups.
	pub fn do_try_state() -> Result<(), polkadot_sdk::sp_runtime::TryRuntimeError> {
		use frame_support::traits::fungible::InspectHold;
		let next_org = NextOrganisationId::<T>::get();
		for (id, org) in Organisations::<T>::iter() {
			ensure!(id < next_org, "organisation id at or above the next id");
			ensure!(!org.admins.is_empty(), "organisation without admins");
			for admin in org.admins.iter() {
				ensure!(
					OrganisationOfAdmin::<T>::get(admin) == Some(id),
					"admin index out of sync"
				);
			}
			let counted =
				Practitioners::<T>::iter_values().filter(|p| p.organisation == id).count();
			ensure!(counted as u32 == org.practitioners, "practitioner count out of sync");
			let invited =
				PractitionerInvitations::<T>::iter_keys().filter(|(_, o)| *o == id).count();
			ensure!(invited as u32 == org.invitations, "invitation count out of sync");
			ensure!(
				org.practitioners.saturating_add(org.invitations) <= T::MaxPractitioners::get(),
				"too many practitioners and invitations"
			);
		}
		for (admin, id) in OrganisationOfAdmin::<T>::iter() {
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
			ensure!(!is_low_order_x25519(&p.encryption_key.key), "low-order key stored");
			let representatives = Representatives::<T>::iter_prefix(id).count() as u32;
			ensure!(representatives == p.representatives, "representative count out of sync");
			ensure!(p.representatives <= T::MaxRepresentatives::get(), "too many representatives");
			ensure!(
				!Representatives::<T>::contains_key(id, &p.account),
				"patient represents itself"
			);
		}
		Self::ensure_deposits_held()?;
		ensure!(PatientByAccount::<T>::iter().count() == patients, "stale patient index entries");
		for (id, _) in Representatives::<T>::iter_keys() {
			ensure!(Patients::<T>::contains_key(id), "representative of a missing patient");
		}
		for (id, config) in RecoveryConfigs::<T>::iter() {
			let p = Patients::<T>::get(id).ok_or("recovery set-up of a missing patient")?;
			ensure!(
				config.threshold >= 1 && config.threshold <= config.contacts.len() as u32,
				"recovery threshold out of range"
			);
			ensure!(!config.contacts.contains(&p.account), "patient is its own contact");
		}
		let mut recovery_deposits = alloc::collections::BTreeMap::new();
		for (id, r) in ActiveRecoveries::<T>::iter() {
			ensure!(Patients::<T>::contains_key(id), "recovery for a missing patient");
			let config = RecoveryConfigs::<T>::get(id).ok_or("recovery without set-up")?;
			ensure!(
				r.approvals.iter().all(|(a, _)| config.contacts.contains(a)),
				"approval by a non-contact"
			);
			ensure!(
				r.cancellations.iter().all(|a| config.contacts.contains(a)),
				"cancellation vote by a non-contact"
			);
			ensure!(
				(r.cancellations.len() as u32).saturating_mul(2) <= config.contacts.len() as u32,
				"recovery cancelled by a majority still active"
			);
			ensure!(!config.contacts.contains(&r.new_account), "recovery to a contact");
			let total: &mut BalanceOf<T> = recovery_deposits.entry(r.new_account).or_default();
			*total = total.saturating_add(r.deposit);
		}
		for (account, total) in recovery_deposits {
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::RecoveryDeposit.into(), &account) ==
					total,
				"held recovery deposit differs from recoveries"
			);
		}
		for (id, (requester, _)) in PendingDeactivations::<T>::iter() {
			ensure!(
				Representatives::<T>::contains_key(id, &requester),
				"deactivation asked by a removed representative"
			);
		}
		Ok(())
	}
}
