//! Noting, grouping, paging, dropping and removing timeline entries.

use crate::{mock::*, pallet::*};
use medledger_primitives::{
	ConsentKind, PatientTimeline, RequestOutcome, TimelineEntry, TimelineEvent, TimelinePage,
};
use polkadot_sdk::{frame_support::assert_ok, frame_system};

fn signed(who: AccountId) -> RuntimeOrigin {
	RuntimeOrigin::signed(who)
}

fn note(event: TimelineEvent) {
	<Timeline as PatientTimeline>::note(ALICE_ID, event);
}

/// A distinct event for position `n`.
fn anchored(n: u8) -> TimelineEvent {
	TimelineEvent::RecordAnchored { record: [n; 32] }
}

fn reads(first: u64, last: u64) -> TimelineEvent {
	TimelineEvent::AccessLogged { first, last }
}

fn events(page: &TimelinePage<u64>) -> Vec<TimelineEvent> {
	page.items.iter().map(|entry| entry.event.clone()).collect()
}

fn note_anchors(count: u8) {
	for n in 0..count {
		note(anchored(n));
	}
}

#[test]
fn entries_are_paged_oldest_first_with_their_positions() {
	build_and_execute(|| {
		note_anchors(7);
		let page = Timeline::page(ALICE_ID, 0, 3);
		assert_eq!(page.first, 0);
		assert_eq!(events(&page), vec![anchored(0), anchored(1), anchored(2)]);
		assert_eq!(page.next, Some(3));
		assert_eq!(page.oldest, 0);
		// Across a page boundary (4 entries a page).
		let page = Timeline::page(ALICE_ID, 3, 3);
		assert_eq!((page.first, page.next), (3, Some(6)));
		assert_eq!(events(&page), vec![anchored(3), anchored(4), anchored(5)]);
		let page = Timeline::page(ALICE_ID, 6, 3);
		assert_eq!((page.first, page.next), (6, None));
		assert_eq!(events(&page), vec![anchored(6)]);
	});
}

#[test]
fn an_answer_holds_at_most_the_largest_page() {
	build_and_execute(|| {
		note_anchors(9);
		let page = Timeline::page(ALICE_ID, 0, u32::MAX);
		assert_eq!(page.items.len(), MAX_PAGE_SIZE as usize);
		assert_eq!(page.next, Some(u64::from(MAX_PAGE_SIZE)));
	});
}

#[test]
fn paging_past_the_end_or_of_a_patient_without_entries_is_empty() {
	build_and_execute(|| {
		note_anchors(2);
		let past = Timeline::page(ALICE_ID, 10, 5);
		assert_eq!((past.first, past.items.len(), past.next), (2, 0, None));
		let none = Timeline::page(BOB_ID, 0, 5);
		assert_eq!(none, TimelinePage { first: 0, items: vec![], next: None, oldest: 0 });
		assert_eq!(Timeline::page(ALICE_ID, 0, 0).items.len(), 0);
	});
}

#[test]
fn a_new_page_past_the_kept_ones_drops_the_oldest() {
	build_and_execute(|| {
		let kept = (KEPT_PAGES * ENTRIES_PER_PAGE) as u8;
		note_anchors(kept);
		assert_eq!(Timeline::page(ALICE_ID, 0, 1).oldest, 0);
		// The next entry opens a fourth page: the first goes.
		note(anchored(kept));
		assert!(!TimelinePages::<Test>::contains_key(ALICE_ID, 0));
		assert_eq!(TimelinePages::<Test>::iter_prefix(ALICE_ID).count() as u64, KEPT_PAGES);
		let page = Timeline::page(ALICE_ID, 0, 2);
		assert_eq!(page.oldest, ENTRIES_PER_PAGE);
		// Asking for what is gone starts at the oldest kept.
		assert_eq!(page.first, ENTRIES_PER_PAGE);
		assert_eq!(events(&page), vec![anchored(4), anchored(5)]);
		assert_eq!(TimelineLengths::<Test>::get(ALICE_ID), u64::from(kept) + 1);
	});
}

#[test]
fn consecutive_reads_share_one_entry_that_grows() {
	build_and_execute(|| {
		note(anchored(0));
		note(reads(0, 0));
		note(reads(1, 1));
		note(reads(2, 4));
		assert_eq!(events(&Timeline::page(ALICE_ID, 0, 5)), vec![anchored(0), reads(0, 4)]);
		// Something else in between: the next reads get an entry of their own.
		note(anchored(1));
		note(reads(5, 5));
		assert_eq!(
			events(&Timeline::page(ALICE_ID, 0, 5)),
			vec![anchored(0), reads(0, 4), anchored(1), reads(5, 5)]
		);
	});
}

#[test]
fn reads_that_do_not_continue_the_last_entry_get_their_own() {
	build_and_execute(|| {
		note(reads(0, 1));
		// Another patient's log positions never mix, but a gap (pruned, or a refused call in
		// between) starts a new entry.
		note(reads(3, 3));
		assert_eq!(events(&Timeline::page(ALICE_ID, 0, 5)), vec![reads(0, 1), reads(3, 3)]);
	});
}

#[test]
fn reads_grow_an_entry_on_a_full_page_without_opening_another() {
	build_and_execute(|| {
		note_anchors(3);
		note(reads(0, 0));
		assert_eq!(TimelineLengths::<Test>::get(ALICE_ID), ENTRIES_PER_PAGE);
		note(reads(1, 1));
		assert_eq!(TimelineLengths::<Test>::get(ALICE_ID), ENTRIES_PER_PAGE);
		assert!(!TimelinePages::<Test>::contains_key(ALICE_ID, 1));
		assert_eq!(Timeline::page(ALICE_ID, 3, 1).items[0].event, reads(0, 1));
	});
}

#[test]
fn an_entry_names_its_block_and_moment() {
	build_and_execute(|| {
		frame_system::Pallet::<Test>::set_block_number(42);
		let closed = TimelineEvent::ConsentRequestClosed {
			request: 3,
			outcome: RequestOutcome::Accepted,
			consent: Some(8),
		};
		note(closed.clone());
		assert_eq!(
			Timeline::page(ALICE_ID, 0, 1).items,
			vec![TimelineEntry { at: 420, block: 42, event: closed }]
		);
		// A group of reads keeps the block and moment of its first.
		note(reads(0, 0));
		frame_system::Pallet::<Test>::set_block_number(50);
		note(reads(1, 1));
		let grown = &Timeline::page(ALICE_ID, 1, 1).items[0];
		assert_eq!((grown.at, grown.block, grown.event.clone()), (420, 42, reads(0, 1)));
	});
}

#[test]
fn nothing_is_kept_for_an_unknown_or_deactivated_patient() {
	build_and_execute(|| {
		<Timeline as PatientTimeline>::note(77, anchored(0));
		assert!(!TimelineLengths::<Test>::contains_key(77));
		assert_ok!(PatientIdentity::deactivate_patient(signed(BOB), BOB_ID));
		<Timeline as PatientTimeline>::note(
			BOB_ID,
			TimelineEvent::ConsentRecorded { consent: 0, kind: ConsentKind::Deny },
		);
		assert!(!TimelineLengths::<Test>::contains_key(BOB_ID));
		assert_eq!(TimelinePages::<Test>::iter_prefix(BOB_ID).count(), 0);
	});
}

#[test]
fn deactivation_removes_the_timeline() {
	build_and_execute(|| {
		// Pages dropped and kept: only kept ones are left to remove.
		note_anchors((KEPT_PAGES * ENTRIES_PER_PAGE + 2) as u8);
		assert_ok!(PatientIdentity::deactivate_patient(signed(ALICE), ALICE_ID));
		assert!(!TimelineLengths::<Test>::contains_key(ALICE_ID));
		assert_eq!(TimelinePages::<Test>::iter_prefix(ALICE_ID).count(), 0);
		assert_eq!(Timeline::page(ALICE_ID, 0, 5).items.len(), 0);
	});
}

/// Noting and removing read and write no more than their weights declare.
mod weights {
	use super::*;
	use crate::weights::{SubstrateWeight, WeightInfo};
	use medledger_primitives::OnPatientDeactivated;
	use medledger_test_utils::{assert_within, count_accesses};

	type W = SubstrateWeight<Test>;

	fn within(name: &str, weight: polkadot_sdk::sp_weights::Weight, f: impl FnOnce()) {
		let ((), accesses) = count_accesses(f);
		assert_within(name, &accesses, weight, vec![]);
	}

	#[test]
	fn noting_on_the_last_free_place_of_a_page_is_within_its_weight() {
		build_and_execute(|| {
			note_anchors(ENTRIES_PER_PAGE as u8 - 2);
			note(reads(0, 0));
			within("note_on_a_page", W::note_on_a_page(), || note(reads(5, 5)));
			assert_eq!(TimelineLengths::<Test>::get(ALICE_ID), ENTRIES_PER_PAGE);
		});
	}

	#[test]
	fn noting_on_a_new_page_that_drops_the_oldest_is_within_its_weight() {
		build_and_execute(|| {
			note_anchors((KEPT_PAGES * ENTRIES_PER_PAGE) as u8 - 1);
			note(reads(0, 0));
			within("note_on_a_new_page", W::note_on_a_new_page(), || note(reads(5, 5)));
			assert!(!TimelinePages::<Test>::contains_key(ALICE_ID, 0));
		});
	}

	#[test]
	fn removing_a_full_timeline_is_within_its_weight() {
		build_and_execute(|| {
			note_anchors((KEPT_PAGES * ENTRIES_PER_PAGE + 1) as u8);
			within("remove_timeline", W::remove_timeline(), || {
				<Timeline as OnPatientDeactivated>::on_patient_deactivated(ALICE_ID);
			});
			assert_eq!(TimelinePages::<Test>::iter_prefix(ALICE_ID).count(), 0);
		});
	}
}
