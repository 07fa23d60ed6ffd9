//! Anchoring records, one at a time or in a batch, after the consent decision.

use crate::{functions::is_valid_location, pallet::*, types::*};
use alloc::vec::Vec;
use frame_support::{ensure, pallet_prelude::*, weights::Weight};
use medledger_primitives::{
	AccessDecision, ConsentAction, ConsentChecker, DenyReason, IdentityProvider, OrganisationId,
	OrganisationStatus, PatientId, PatientTimeline, RecordId, Tag, TimelineEvent,
};
use polkadot_sdk::{
	frame_support,
	sp_runtime::{DispatchError, Saturating},
};

impl<T: Config> Pallet<T> {
	/// Allows `who` to write `action` on `patient`'s records of `class` (for `record`) for
	/// `purpose`, as the consent registry decides: the patient or a representative, a permitting
	/// consent, or an emergency session (which permits appending the record of emergency care in
	/// the emergency class, never what a deny covers). `PatientNotFound` if the patient is not
	/// registered, else `WriteNotPermitted`. Adds the weight of the decision to `used`.
	pub(crate) fn authorise_write(
		who: &T::AccountId,
		patient: PatientId,
		class: Tag,
		action: ConsentAction,
		purpose: Tag,
		record: Option<RecordId>,
		used: &mut Weight,
	) -> Result<(), Error<T>> {
		let (decision, weight) =
			T::Consents::check_access(patient, who, class, action, purpose, record, false);
		used.saturating_accrue(weight);
		match decision {
			AccessDecision::Permit { .. } => Ok(()),
			// The decision reads the patient first: this is the pallet's patient check.
			AccessDecision::Deny { reason: DenyReason::UnknownPatient } =>
				Err(Error::<T>::PatientNotFound),
			AccessDecision::Deny { .. } => Err(Error::<T>::WriteNotPermitted),
		}
	}

	/// Anchors one record and takes its deposit. Returns its id and what it cost.
	pub(crate) fn do_anchor(
		who: T::AccountId,
		request: AnchorRequest<T>,
	) -> Result<(RecordId, WriteCost), DispatchError> {
		let mut cost = WriteCost::default();
		let (patient, class) = (request.patient, request.class);
		let id = Self::anchor_one(&who, request, &mut None, &mut cost.decisions)?;
		cost.held = Self::take_deposit(&who, T::RecordDeposit::get())?;
		Self::anchored(&who, patient, id, class);
		Ok((id, cost))
	}

	/// Anchors every entry of `batch`, or none (dispatch is transactional), and takes their
	/// deposits at once. The consent decision is taken once per run of entries of one patient.
	/// Returns what it cost.
	pub(crate) fn do_anchor_batch(
		who: T::AccountId,
		batch: AnchorBatch<T>,
	) -> Result<WriteCost, DispatchError> {
		let AnchorBatch {
			class,
			algorithm,
			purpose,
			emergency_commitment,
			custodian,
			base,
			entries,
		} = batch;
		ensure!(!entries.is_empty(), Error::<T>::EmptyBatch);
		let deposit = T::RecordDeposit::get().saturating_mul((entries.len() as u32).into());
		let mut cost = WriteCost::default();
		let mut permitted = None;
		let mut anchored = Vec::with_capacity(entries.len());
		for BatchEntry { patient, content_hash, path, key_manifest } in entries {
			let mut location = base.clone();
			location.try_extend(path.into_iter()).map_err(|_| Error::<T>::InvalidLocation)?;
			let request = AnchorRequest {
				patient,
				content_hash,
				algorithm,
				location,
				class,
				key_manifest,
				emergency_commitment,
				purpose,
				custodian,
			};
			anchored.push((
				patient,
				Self::anchor_one(&who, request, &mut permitted, &mut cost.decisions)?,
			));
		}
		cost.held = Self::take_deposit(&who, deposit)?;
		// One timeline entry per run of one patient's records (as many as `patient_runs`).
		for run in anchored.chunk_by(|(one, _), (next, _)| one == next) {
			let Some(&(patient, first)) = run.first() else { continue };
			let event = match run.len() {
				1 => TimelineEvent::RecordAnchored { record: first },
				count => TimelineEvent::RecordsAnchored { first, count: count as u32 },
			};
			T::Timeline::note(patient, event);
			for &(patient, record) in run {
				Self::deposit_event(Event::RecordAnchored {
					patient,
					record,
					class,
					author: who.clone(),
				});
			}
		}
		Ok(cost)
	}

	/// Says a record was anchored, once its deposit is taken.
	pub(crate) fn anchored(who: &T::AccountId, patient: PatientId, record: RecordId, class: Tag) {
		T::Timeline::note(patient, TimelineEvent::RecordAnchored { record });
		Self::deposit_event(Event::RecordAnchored { patient, record, class, author: who.clone() });
	}

	/// Checks and stores one record (its deposit is recorded, not yet taken; its event not yet
	/// emitted). `permitted` is the patient `who` was last permitted to append to in this call, for
	/// this class and purpose; the decision is not taken again for them. Returns the record's
	/// id.
	pub(crate) fn anchor_one(
		who: &T::AccountId,
		request: AnchorRequest<T>,
		permitted: &mut Option<PatientId>,
		used: &mut Weight,
	) -> Result<RecordId, DispatchError> {
		let AnchorRequest {
			patient,
			content_hash,
			algorithm,
			location,
			class,
			key_manifest,
			emergency_commitment,
			purpose,
			custodian,
		} = request;
		ensure!(content_hash != [0; 32], Error::<T>::InvalidHash);
		Self::ensure_active_custodian(custodian)?;
		ensure!(is_valid_location(&location), Error::<T>::InvalidLocation);
		if *permitted != Some(patient) {
			Self::authorise_write(who, patient, class, ConsentAction::Append, purpose, None, used)?;
			*permitted = Some(patient);
		}
		let key = Self::record_key(patient, algorithm, &content_hash);
		ensure!(!Records::<T>::contains_key(patient, key), Error::<T>::AlreadyExists);

		let now = Self::now();
		Records::<T>::insert(
			patient,
			key,
			Record {
				class,
				emergency_commitment,
				author: who.clone(),
				author_organisation: T::Identities::practitioner_standing(who)
					.map(|s| s.organisation),
				custodian,
				created_at: now,
				current_version: 1,
				erased_at: None,
				current: Version {
					content_hash,
					algorithm,
					location,
					key_manifest,
					author: who.clone(),
					anchored_at: now,
					depositor: who.clone(),
					deposit: T::RecordDeposit::get(),
				},
			},
		);
		Ok(Self::join_id(patient, &key))
	}

	/// Fails unless `custodian` is an active organisation.
	pub(crate) fn ensure_active_custodian(custodian: OrganisationId) -> DispatchResult {
		ensure!(
			T::Identities::organisation_status(custodian) == Some(OrganisationStatus::Active),
			Error::<T>::CustodianNotActive
		);
		Ok(())
	}
}
