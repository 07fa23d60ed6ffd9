//! The patient's timeline: what happened to a patient's data, in order, for the patient's wallet
//! and whoever holds the patient's keys.
//!
//! Pallets tell [`PatientTimeline`] as things happen; the timeline pallet keeps each patient's
//! latest entries, and `TimelineApi::timeline` pages them. An entry names what happened and
//! where to look (a record, a consent, a request, an emergency session, positions in the access
//! log) and the block it happened in, so that a wallet can fetch the details and check the entry
//! against that block's events.

use crate::{
	consent::{
		ConsentId, ConsentKind, ConsentRequestId, EmergencySessionId, RecordId, RequestOutcome,
	},
	identity::PatientId,
};
use alloc::vec::Vec;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use polkadot_sdk::sp_weights::Weight;
use scale_info::TypeInfo;

/// What happened. Each kind is named after the event its pallet emits at the same time.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub enum TimelineEvent {
	/// A record was anchored (its version 1).
	RecordAnchored { record: RecordId },
	/// A record got a new version.
	RecordAmended { record: RecordId, version: u32 },
	/// A record's location was erased.
	RecordErased { record: RecordId },
	/// A consent, a permit or a deny (`kind`), was recorded.
	ConsentRecorded { consent: ConsentId, kind: ConsentKind },
	/// The patient confirmed a consent a representative granted.
	ConsentConfirmed { consent: ConsentId },
	/// A consent was revoked.
	ConsentRevoked { consent: ConsentId },
	/// An ended consent was removed from the chain.
	ConsentRemoved { consent: ConsentId },
	/// A practitioner or an organisation asked for a consent.
	ConsentRequested { request: ConsentRequestId },
	/// A consent request was closed; if accepted, `consent` came into force with it.
	ConsentRequestClosed {
		request: ConsentRequestId,
		outcome: RequestOutcome,
		consent: Option<ConsentId>,
	},
	/// A practitioner opened emergency (break-glass) access.
	EmergencyAccessOpened { session: EmergencySessionId },
	/// An emergency session was closed before its end.
	EmergencyAccessClosed { session: EmergencySessionId },
	/// The practitioner's organisation reviewed an emergency session.
	EmergencyAccessReviewed { session: EmergencySessionId },
	/// Reads and refused reads were logged at positions `first..=last` of the patient's access
	/// log (`RecordApi::access_log` has who, what, why and the decision). Consecutive log
	/// entries share one timeline entry, which grows while nothing else happens in between.
	AccessLogged { first: u64, last: u64 },
	/// `count` (two or more) records were anchored in one batch, one after another, `first`
	/// the first of them: the batch's `RecordAnchored` events about the patient, from `first`'s
	/// on, name them all. A batch's single records of a patient are [`Self::RecordAnchored`].
	RecordsAnchored { first: RecordId, count: u32 },
}

/// One entry of a patient's timeline.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct TimelineEntry<Moment> {
	/// When (the block's timestamp; for a grown [`TimelineEvent::AccessLogged`], its first log
	/// entry's).
	pub at: Moment,
	/// The block it happened in (its first log entry's, as `at`), whose events show it.
	pub block: u32,
	/// What happened.
	pub event: TimelineEvent,
}

/// One page of a patient's timeline, oldest first.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct TimelinePage<Moment> {
	/// The position of the first entry on this page (positions count every entry since the
	/// patient's first, also those no longer kept).
	pub first: u64,
	/// The entries, at positions `first`, `first + 1`, ...
	pub items: Vec<TimelineEntry<Moment>>,
	/// Pass as `from` to get the next page; `None` on the last page.
	pub next: Option<u64>,
	/// The oldest position still kept; older entries made room for newer ones.
	pub oldest: u64,
}

/// Told by the pallets as things happen to a patient's data, for the patient's timeline.
pub trait PatientTimeline {
	/// Appends `event` to `patient`'s timeline (nothing for a patient who is not active).
	fn note(patient: PatientId, event: TimelineEvent);

	/// The most weight [`Self::note`] uses.
	fn note_weight() -> Weight;
}

/// No timeline (the pallets' mocks).
impl PatientTimeline for () {
	fn note(_patient: PatientId, _event: TimelineEvent) {}

	fn note_weight() -> Weight {
		Weight::zero()
	}
}
