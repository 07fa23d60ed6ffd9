//! The access log: reads and refusals logged by the record's custodian, pruned after the
//! retention period.

use crate::{pallet::*, types::*};
use frame_support::{ensure, pallet_prelude::*};
use medledger_primitives::{
	AccessDecision, AccessOutcome, ConsentAction, ConsentChecker, IdentityProvider, OrganisationId,
	PatientId, PatientTimeline, RecordId, Tag, TimelineEvent,
};
use polkadot_sdk::{
	frame_support,
	sp_runtime::{DispatchError, Saturating},
};

impl<T: Config> Pallet<T> {
	/// Whether `who` may log reads of a record kept by `custodian`: a practitioner of that
	/// organisation in good standing, and no one else (an accessor does not log itself: the
	/// custodian serving the read does).
	pub(crate) fn may_log(who: &T::AccountId, custodian: OrganisationId) -> bool {
		T::Identities::practitioner_standing(who).is_some_and(|s| s.organisation == custodian)
	}

	pub(crate) fn do_log(
		who: T::AccountId,
		record: RecordId,
		accessor: T::AccountId,
		purpose: Tag,
		emergency_key: Option<[u8; 32]>,
		permitted: bool,
	) -> Result<WriteCost, DispatchError> {
		let (patient, info) = Self::record(&record).ok_or(Error::<T>::RecordNotFound)?;
		ensure!(Self::may_log(&who, info.custodian), Error::<T>::NotCustodian);
		let opened = emergency_key.is_some();
		ensure!(
			emergency_key.is_none_or(|key| Self::emergency_key_opens(&info, &key)),
			Error::<T>::EmergencyKeyMismatch
		);
		let (decision, decisions) = T::Consents::check_access(
			patient,
			&accessor,
			info.class,
			ConsentAction::Read,
			purpose,
			Some(record),
			opened,
		);
		let outcome = match (decision, permitted) {
			(AccessDecision::Permit { basis, .. }, true) => AccessOutcome::Permitted(basis),
			(AccessDecision::Deny { reason }, false) => AccessOutcome::Denied(reason),
			(AccessDecision::Deny { .. }, true) => Err(Error::<T>::ReadNotPermitted)?,
			(AccessDecision::Permit { .. }, false) => Err(Error::<T>::ReadNotDenied)?,
		};
		let mut bounds = AccessLogBounds::<T>::get(patient);
		let seq = bounds.next;
		bounds.next = seq.checked_add(1).ok_or(Error::<T>::Overflow)?;
		let deposit = T::LogDeposit::get();
		let held = Self::take_deposit(&who, deposit)?;
		AccessLogBounds::<T>::insert(patient, bounds);
		AccessLog::<T>::insert(
			patient,
			seq,
			LogEntry {
				record,
				accessor: accessor.clone(),
				logged_by: who,
				purpose,
				outcome,
				at: Self::now(),
				deposit,
			},
		);
		T::Timeline::note(patient, TimelineEvent::AccessLogged { first: seq, last: seq });
		Self::deposit_event(match outcome {
			AccessOutcome::Permitted(basis) =>
				Event::AccessLogged { patient, seq, record, accessor, purpose, basis },
			AccessOutcome::Denied(reason) =>
				Event::AccessDenialLogged { patient, seq, record, accessor, purpose, reason },
		});
		Ok(WriteCost { decisions, held })
	}

	/// Returns how many entries were removed.
	pub(crate) fn do_prune(patient: PatientId, max: u32) -> Result<u32, DispatchError> {
		let mut bounds = AccessLogBounds::<T>::get(patient);
		let now = Self::now();
		let mut removed = 0u32;
		while removed < max && bounds.oldest < bounds.next {
			let Some(entry) = AccessLog::<T>::get(patient, bounds.oldest) else { break };
			if entry.at.saturating_add(T::LogRetention::get()) > now {
				break;
			}
			AccessLog::<T>::remove(patient, bounds.oldest);
			Self::release(&entry.logged_by, entry.deposit);
			bounds.oldest = bounds.oldest.saturating_add(1);
			removed = removed.saturating_add(1);
		}
		ensure!(removed > 0, Error::<T>::NothingToPrune);
		AccessLogBounds::<T>::insert(patient, bounds);
		Self::deposit_event(Event::AccessLogPruned { patient, removed, oldest: bounds.oldest });
		Ok(removed)
	}
}
