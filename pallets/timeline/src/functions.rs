//! Noting entries, paging them, removing a timeline, and the invariants.

use crate::{frame_support, frame_system, pallet::*, weights::WeightInfo};
use alloc::vec::Vec;
use frame_support::{pallet_prelude::*, traits::Time};
use medledger_primitives::{
	IdentityProvider, OnPatientDeactivated, PatientId, PatientTimeline, TimelineEntry,
	TimelineEvent, TimelinePage,
};
use polkadot_sdk::sp_runtime::{traits::SaturatedConversion, Saturating};

impl<T: Config> Pallet<T> {
	fn per_page() -> u64 {
		u64::from(T::EntriesPerPage::get().max(1))
	}

	/// The oldest position kept of a timeline of `length` entries.
	pub fn oldest(length: u64) -> u64 {
		let Some(last) = length.checked_sub(1) else { return 0 };
		let last_page = last / Self::per_page();
		last_page
			.saturating_sub(u64::from(T::KeptPages::get().saturating_sub(1)))
			.saturating_mul(Self::per_page())
	}

	/// At most `limit` (capped by [`Config::MaxPageSize`]) of `patient`'s entries, from position
	/// `from` (or the oldest kept, if later).
	pub fn page(patient: PatientId, from: u64, limit: u32) -> TimelinePage<MomentOf<T>> {
		let length = TimelineLengths::<T>::get(patient);
		let oldest = Self::oldest(length);
		let first = from.max(oldest).min(length);
		let end = first.saturating_add(u64::from(limit.min(T::MaxPageSize::get()))).min(length);
		let per_page = Self::per_page();
		let mut items = Vec::new();
		let mut position = first;
		while position < end {
			let page_number = position / per_page;
			let page = TimelinePages::<T>::get(patient, page_number);
			let page_end = end.min(page_number.saturating_add(1).saturating_mul(per_page));
			let skipped = (position % per_page) as usize;
			items.extend(
				page.into_iter().skip(skipped).take(page_end.saturating_sub(position) as usize),
			);
			position = page_end;
		}
		TimelinePage { first, items, next: (end < length).then_some(end), oldest }
	}

	/// Grows `patient`'s last entry, if it is an [`TimelineEvent::AccessLogged`] that ends just
	/// before `first`. Returns whether it did.
	fn grow_access_entry(patient: PatientId, length: u64, first: u64, last: u64) -> bool {
		let Some(previous) = length.checked_sub(1) else { return false };
		TimelinePages::<T>::try_mutate(patient, previous / Self::per_page(), |page| {
			match page.last_mut() {
				Some(TimelineEntry {
					event: TimelineEvent::AccessLogged { last: ends, .. },
					..
				}) if ends.checked_add(1) == Some(first) => {
					*ends = last;
					Ok(())
				},
				_ => Err(()),
			}
		})
		.is_ok()
	}

	pub fn do_try_state() -> Result<(), polkadot_sdk::sp_runtime::TryRuntimeError> {
		let per_page = Self::per_page();
		for (patient, length) in TimelineLengths::<T>::iter() {
			ensure!(length > 0, "a timeline length entry without entries");
			ensure!(
				T::Identities::is_active_patient(patient),
				"the timeline of a patient who is not active was kept"
			);
			let last_page = (length - 1) / per_page;
			let oldest_page = Self::oldest(length) / per_page;
			for page_number in oldest_page..=last_page {
				let page = TimelinePages::<T>::get(patient, page_number);
				let expected =
					if page_number == last_page { length - last_page * per_page } else { per_page };
				ensure!(
					page.len() as u64 == expected,
					"a timeline page is not as full as its place says"
				);
				for entry in page.iter() {
					match entry.event {
						TimelineEvent::AccessLogged { first, last } =>
							ensure!(first <= last, "an access entry ends before it starts"),
						TimelineEvent::RecordsAnchored { count, .. } =>
							ensure!(count >= 2, "a run of anchored records of fewer than two"),
						_ => {},
					}
				}
			}
		}
		for (patient, page_number, _) in TimelinePages::<T>::iter() {
			let length = TimelineLengths::<T>::get(patient);
			ensure!(
				page_number >= Self::oldest(length) / per_page &&
					page_number.saturating_mul(per_page) < length,
				"a timeline page outside the kept ones"
			);
		}
		Ok(())
	}
}

impl<T: Config> PatientTimeline for Pallet<T> {
	fn note(patient: PatientId, event: TimelineEvent) {
		if !T::Identities::is_active_patient(patient) {
			return;
		}
		let length = TimelineLengths::<T>::get(patient);
		if let TimelineEvent::AccessLogged { first, last } = event {
			if Self::grow_access_entry(patient, length, first, last) {
				return;
			}
		}
		let Some(next_length) = length.checked_add(1) else { return };
		let per_page = Self::per_page();
		let page_number = length / per_page;
		if length % per_page == 0 {
			if let Some(dropped) = page_number.checked_sub(u64::from(T::KeptPages::get())) {
				TimelinePages::<T>::remove(patient, dropped);
			}
		}
		let entry = TimelineEntry {
			at: T::Time::now(),
			block: frame_system::Pallet::<T>::block_number().saturated_into(),
			event,
		};
		// The page has room: it holds `length % per_page` entries.
		if TimelinePages::<T>::try_append(patient, page_number, entry).is_err() {
			frame_support::defensive!("a timeline page is full before its last position");
			return;
		}
		TimelineLengths::<T>::insert(patient, next_length);
	}

	fn note_weight() -> Weight {
		T::WeightInfo::note_on_a_new_page().max(T::WeightInfo::note_on_a_page())
	}
}

impl<T: Config> OnPatientDeactivated for Pallet<T> {
	/// Removes the patient's timeline: its kept pages and its length.
	fn on_patient_deactivated(patient: PatientId) -> Weight {
		let length = TimelineLengths::<T>::take(patient);
		let pages = length.div_ceil(Self::per_page());
		let mut page_number = Self::oldest(length) / Self::per_page();
		while page_number < pages {
			TimelinePages::<T>::remove(patient, page_number);
			page_number.saturating_inc();
		}
		Self::weight()
	}

	fn weight() -> Weight {
		T::WeightInfo::remove_timeline()
	}
}
