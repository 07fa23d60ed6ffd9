//! Benchmarks of noting an entry at its worst case and of removing a full timeline.

use super::*;
use frame_benchmarking::v2::*;
use medledger_primitives::{
	IdentityBenchmarkHelper, OnPatientDeactivated, PatientId, PatientTimeline, TimelineEntry,
	TimelineEvent,
};
use polkadot_sdk::{
	frame_benchmarking,
	frame_support::{traits::Get, BoundedVec},
	sp_runtime::traits::Bounded,
};

/// An active patient whose timeline has had `length` entries, every kept one as large as an
/// entry gets, the last one a group of reads that the benchmarked one does not continue.
fn patient_with_timeline<T: Config>(length: u64) -> PatientId {
	let who: T::AccountId = account("patient", 0, 0);
	let patient = T::BenchmarkHelper::register_patient(&who).expect("patient registered");
	let per_page = u64::from(T::EntriesPerPage::get());
	let largest = TimelineEntry {
		at: MomentOf::<T>::max_value(),
		block: u32::MAX,
		event: TimelineEvent::RecordAmended { record: [0xff; 32], version: u32::MAX },
	};
	let last_page = (length - 1) / per_page;
	for page_number in Pallet::<T>::oldest(length) / per_page..=last_page {
		let count = if page_number == last_page { length - last_page * per_page } else { per_page };
		let mut entries: alloc::vec::Vec<_> = (0..count).map(|_| largest.clone()).collect();
		if page_number == last_page {
			if let Some(entry) = entries.last_mut() {
				entry.event = TimelineEvent::AccessLogged { first: 0, last: 0 };
			}
		}
		let page: PageOf<T> = BoundedVec::truncate_from(entries);
		TimelinePages::<T>::insert(patient, page_number, page);
	}
	TimelineLengths::<T>::insert(patient, length);
	patient
}

/// Reads logged at positions that do not continue the timeline's last entry.
const READS: TimelineEvent = TimelineEvent::AccessLogged { first: 7, last: 9 };

#[benchmarks]
mod benchmarks {
	use super::*;

	/// The last free place of the last kept page: the previous entry is read (and not grown),
	/// then the page with all its other entries.
	#[benchmark]
	fn note_on_a_page() {
		let length = u64::from(T::KeptPages::get()) * u64::from(T::EntriesPerPage::get()) - 1;
		let patient = patient_with_timeline::<T>(length);
		#[block]
		{
			<Pallet<T> as PatientTimeline>::note(patient, READS);
		}
		assert_eq!(TimelineLengths::<T>::get(patient), length + 1);
	}

	/// Every kept page full: the previous entry is read (and not grown), a new page opens and
	/// the oldest is dropped.
	#[benchmark]
	fn note_on_a_new_page() {
		let length = u64::from(T::KeptPages::get()) * u64::from(T::EntriesPerPage::get());
		let patient = patient_with_timeline::<T>(length);
		#[block]
		{
			<Pallet<T> as PatientTimeline>::note(patient, READS);
		}
		assert_eq!(TimelineLengths::<T>::get(patient), length + 1);
		assert!(!TimelinePages::<T>::contains_key(patient, 0));
	}

	/// Deactivation removes every kept page.
	#[benchmark]
	fn remove_timeline() {
		let length = u64::from(T::KeptPages::get()) * u64::from(T::EntriesPerPage::get());
		let patient = patient_with_timeline::<T>(length);
		#[block]
		{
			<Pallet<T> as OnPatientDeactivated>::on_patient_deactivated(patient);
		}
		assert!(!TimelineLengths::<T>::contains_key(patient));
		assert_eq!(TimelinePages::<T>::iter_prefix(patient).count(), 0);
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
