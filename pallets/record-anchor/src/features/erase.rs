//! Erasure: a record's locations cleared, by its author or, for a deactivated patient, in
//! `on_idle` in bounded steps.

use crate::{pallet::*, types::*, weights::WeightInfo};
use frame_support::{ensure, pallet_prelude::*, weights::Weight};
use medledger_primitives::{
	IdentityProvider, PatientPower, PatientTimeline, RecordId, TimelineEvent,
};
use polkadot_sdk::{frame_support, sp_runtime::DispatchError};

impl<T: Config> Pallet<T> {
	/// Returns how many versions were cleared.
	pub(crate) fn do_erase(who: T::AccountId, id: RecordId) -> Result<u32, DispatchError> {
		let (patient, mut record) = Self::record(&id).ok_or(Error::<T>::RecordNotFound)?;
		ensure!(record.erased_at.is_none(), Error::<T>::Erased);
		// The patient, or a representative with the records scope, always; the author only while
		// it practises, in good standing, at the organisation it anchored for.
		let authored_in_standing = who == record.author &&
			record.author_organisation.is_some_and(|org| {
				T::Identities::practitioner_standing(&who).is_some_and(|s| s.organisation == org)
			});
		ensure!(
			authored_in_standing || T::Identities::may(&who, patient, PatientPower::Records),
			Error::<T>::MayNotErase
		);
		Self::clear_locations(&id, &mut record);
		record.erased_at = Some(Self::now());
		let versions = record.current_version;
		let (_, key) = Self::split_id(&id);
		Records::<T>::insert(patient, key, record);
		T::Timeline::note(patient, TimelineEvent::RecordErased { record: id });
		Self::deposit_event(Event::RecordErased { patient, record: id, by: who });
		Ok(versions)
	}

	/// Forgets every location of a record's versions. Bounded by `MaxVersions`.
	pub(crate) fn clear_locations(id: &RecordId, record: &mut Record<T>) {
		record.current.location = Default::default();
		// Bounded by MaxVersions.
		for v in 1..record.current_version {
			Versions::<T>::mutate(id, v, |version| {
				if let Some(version) = version {
					version.location = Default::default();
				}
			});
		}
	}

	/// Erases the records of deactivated patients while `remaining` allows, one patient at a
	/// time, and returns the weight used.
	pub(crate) fn erase_deactivated(remaining: Weight) -> Weight {
		let base = T::WeightInfo::erase_deactivated_records(0);
		let per_record = T::WeightInfo::erase_deactivated_records(1).saturating_sub(base);
		if !remaining.all_gte(base.saturating_add(per_record)) {
			return Weight::zero();
		}
		let Some((patient, cursor)) = PendingErasures::<T>::iter().next() else {
			return T::DbWeight::get().reads(1);
		};
		let mut used = base;
		let mut erased = 0u32;
		let mut last = cursor.clone();
		let mut done = true;
		let iter = if cursor.is_empty() {
			Records::<T>::iter_prefix(patient)
		} else {
			Records::<T>::iter_prefix_from(patient, cursor.into_inner())
		};
		let now = Self::now();
		for (key, mut record) in iter {
			if !remaining.all_gte(used.saturating_add(per_record)) {
				done = false;
				break;
			}
			used = used.saturating_add(per_record);
			last = BoundedVec::truncate_from(Records::<T>::hashed_key_for(patient, key));
			if record.erased_at.is_some() {
				continue;
			}
			let id = Self::join_id(patient, &key);
			Self::clear_locations(&id, &mut record);
			record.erased_at = Some(now);
			Records::<T>::insert(patient, key, record);
			erased = erased.saturating_add(1);
		}
		if done {
			PendingErasures::<T>::remove(patient);
		} else {
			PendingErasures::<T>::insert(patient, last);
		}
		Self::deposit_event(Event::DeactivatedRecordsErased { patient, records: erased, done });
		used
	}
}
