//! The MedLedger pallets' parameters: limits, periods and deposits. Every figure is stated here
//! once; [`impl_medledger_configs!`](crate::impl_medledger_configs) wires them into both runtimes.

use crate::{
	currency::{deposit, MICRO_UNIT},
	time::{DAY_MS, HOUR_MS},
	Balance, BlockNumber,
};
use polkadot_sdk::frame_support::parameter_types;

/// Upper bound of what a patient's identity may store, in bytes (checked by a runtime test): the
/// patient record and its index entry, its representatives, its recovery set-up and a pending
/// deactivation. One deposit covers all of it, so that appointing or setting up recovery never
/// needs another.
pub const PATIENT_FOOTPRINT_MAX_BYTES: u32 = 2048;

/// Upper bound of a consent with its keys, listing entry and index entry (its id and a copy of
/// it), in bytes (runtime test).
pub const CONSENT_MAX_BYTES: u32 = 2304;

/// Upper bound of a record with its current version and key: one storage item (runtime test).
pub const RECORD_MAX_BYTES: u32 = 640;
/// Upper bound of one superseded version and its key, in bytes (runtime test): amending keeps
/// the previous version as one more item.
pub const VERSION_MAX_BYTES: u32 = 512;
/// Upper bound of one access-log entry, in bytes (runtime test).
pub const LOG_ENTRY_MAX_BYTES: u32 = 192;
/// Upper bound of one custodian's access-log root with its key, in bytes (runtime test).
pub const LOG_ROOT_MAX_BYTES: u32 = 160;

/// Entries on one page of a patient's timeline.
pub const TIMELINE_ENTRIES_PER_PAGE: u32 = 32;
/// Pages of a patient's timeline kept: the latest 128 entries. Reads in a row share an entry,
/// so these are years of an ordinary patient's records, consents, requests and emergencies; what
/// an entry points to stays on chain after the entry goes (docs/api.md, "The patient's
/// timeline").
pub const TIMELINE_KEPT_PAGES: u32 = 4;
/// Upper bound of one timeline page with its key, in bytes (runtime test).
pub const TIMELINE_PAGE_MAX_BYTES: u32 = 1696;
/// Upper bound of a timeline's length entry with its key, in bytes (runtime test).
pub const TIMELINE_LENGTH_MAX_BYTES: u32 = 64;

/// A patient record: the record and the account index, at their largest encoded size.
#[cfg(not(feature = "upgrade-fixture"))]
pub const PATIENT_DEPOSIT: Balance = PATIENT_FOOTPRINT_DEPOSIT;
#[cfg(feature = "upgrade-fixture")]
pub const PATIENT_DEPOSIT: Balance = crate::upgrade_fixture::PATIENT_DEPOSIT;
/// What a patient's footprint costs at [`deposit`]'s prices: the identity and the timeline's
/// kept pages and length.
pub const PATIENT_FOOTPRINT_DEPOSIT: Balance =
	deposit(2 + MAX_REPRESENTATIVES + 2, PATIENT_FOOTPRINT_MAX_BYTES) +
		deposit(
			TIMELINE_KEPT_PAGES + 1,
			TIMELINE_KEPT_PAGES * TIMELINE_PAGE_MAX_BYTES + TIMELINE_LENGTH_MAX_BYTES,
		);

/// Longest organisation name, in bytes.
pub const MAX_NAME_LENGTH: u32 = 128;
/// Most admins of one organisation.
pub const MAX_ADMINS: u32 = 8;
/// Most practitioners of one organisation.
pub const MAX_PRACTITIONERS: u32 = 10_000;
/// Most representatives of one patient: parents, a guardian, a proxy or two.
pub const MAX_REPRESENTATIVES: u32 = 8;
/// Most recovery contacts of one patient (pallet-recovery's `MaxFriends` is 9 on Polkadot).
pub const MAX_RECOVERY_CONTACTS: u32 = 8;
/// The shortest delay between the start of a recovery and its claim, in days: a day for the
/// patient, who still holds the key, to notice and cancel.
pub const MIN_RECOVERY_DELAY_DAYS: BlockNumber = 1;
/// A contact's approval counts for a week (in days): long enough to gather the others, short
/// enough that an approval given by mistake does not linger.
pub const APPROVAL_PERIOD_DAYS: BlockNumber = 7;
/// Between a representative's request to deactivate a patient and the deactivation, in days: a
/// week for the patient to stop it.
pub const DEACTIVATION_DELAY_DAYS: BlockNumber = 7;

/// Validator (collator) set changes take effect at session boundaries: every 10 minutes.
pub const SESSION_MINUTES: BlockNumber = 10;

/// How long an emergency (break-glass) session lasts: long enough to stabilise a patient; a new
/// session needs a new, recorded decision.
pub const EMERGENCY_DURATION_MS: u64 = 4 * HOUR_MS;
/// After the patient's side closes a session, that practitioner waits a day for another.
pub const EMERGENCY_COOLDOWN_MS: u64 = DAY_MS;
/// An emergency clinician treats a handful of patients at once; a mass-casualty shift more in a
/// day. Past these, a leaked or misused key cannot open the records of a ward.
pub const MAX_OPEN_EMERGENCY_SESSIONS: u32 = 8;
/// Emergency sessions one practitioner may open in a UTC day.
pub const MAX_EMERGENCY_OPENINGS_PER_DAY: u32 = 24;
/// Room for the load benchmarks' 10,000 grants of one patient; deposits bound real use.
pub const MAX_CONSENTS_PER_PATIENT: u32 = 10_000;
/// Bounds what one access decision reads: 3 grantee kinds x 16 consents.
pub const MAX_CONSENTS_PER_GRANTEE: u32 = 16;
/// Most records one consent may name.
pub const MAX_RECORDS_PER_CONSENT: u32 = 16;
/// Largest page a runtime API answers.
pub const MAX_PAGE_SIZE: u32 = 100;
/// A patient's open consent requests: room for every provider treating them at once, too few
/// to bury the patient's wallet in them.
pub const MAX_OPEN_REQUESTS: u32 = 16;
/// A request no one answered lapses after 30 days.
pub const MAX_REQUEST_PERIOD_MS: u64 = 30 * DAY_MS;

/// Sponsored calls one patient may make in a UTC day: a busy day of an ordinary patient (a
/// registration, a handful of consents and answers to requests) with room to spare, and what a
/// leaked patient key can cost its sponsor in a day (see docs/identity.md for the fee model).
pub const MAX_SPONSORED_CALLS_PER_DAY: u32 = 20;

/// Longest off-chain location of a record, in bytes.
pub const MAX_LOCATION_LENGTH: u32 = 256;
/// Most versions kept of one record.
pub const MAX_VERSIONS: u32 = 32;
/// Bulk anchoring amortises the per-transaction work over many records; 256 entries stay a small
/// part of a block by weight and by length.
pub const MAX_BATCH_SIZE: u32 = 256;
/// HIPAA 164.316(b)(2)(i): keep documentation of access six years.
pub const LOG_RETENTION_MS: u64 = 6 * 365 * DAY_MS;
/// Most expired log entries one prune removes.
pub const MAX_PRUNE: u32 = 100;

/// Most signatories of a multisig account: an organisation's officers, or a council seat's.
pub const MAX_SIGNATORIES: u32 = 20;
/// Most proxies one account may have.
pub const MAX_PROXIES: u32 = 32;
/// Most announcements of a time-delayed proxy pending at once.
pub const MAX_PENDING_ANNOUNCEMENTS: u32 = 32;

parameter_types! {
	pub const PatientDeposit: Balance = PATIENT_DEPOSIT;
	/// A recovery in progress: its entry, held from the account that started it.
	pub const RecoveryDeposit: Balance = deposit(1, 512);
	/// A consent: the entry, its listing entry and its copy in the grantee index, at their
	/// largest.
	pub const ConsentDeposit: Balance = deposit(3, CONSENT_MAX_BYTES);
	/// An emergency session, kept until reviewed, and the practitioner's access entry for the
	/// patient.
	pub const EmergencyDeposit: Balance = deposit(2, 256);
	/// An open consent request: its entry (the sealed terms at their longest) and the
	/// requester's index entry.
	pub const RequestDeposit: Balance = deposit(2, 640);
	/// A sponsorship: its entry and the patient's account it keeps in existence.
	pub const SponsorshipDeposit: Balance = deposit(2, 320);
	pub const RecordDeposit: Balance = deposit(1, RECORD_MAX_BYTES);
	pub const VersionDeposit: Balance = deposit(1, VERSION_MAX_BYTES);
	pub const MerkleRootDeposit: Balance = deposit(1, 128);
	pub const LogDeposit: Balance = deposit(1, LOG_ENTRY_MAX_BYTES);
	pub const LogRootDeposit: Balance = deposit(1, LOG_ROOT_MAX_BYTES);

	/// A multisig call waiting for approvals: its entry (the call's hash, the deposit's owner and
	/// its timepoint), held from the first approver until it runs or is cancelled.
	pub const MultisigDepositBase: Balance = deposit(1, 88);
	/// And each approval in it (an account id).
	pub const MultisigDepositFactor: Balance = deposit(0, 32);
	/// An account's proxy list, held from the delegating account while it has a proxy.
	pub const ProxyDepositBase: Balance = deposit(1, 8);
	/// And each proxy in it: an account id, a proxy type and a delay.
	pub const ProxyDepositFactor: Balance = deposit(0, 37);
	/// A time-delayed proxy's list of announcements, held from the proxy.
	pub const AnnouncementDepositBase: Balance = deposit(1, 8);
	/// And each announcement: the account, the call's hash and the block it was made in.
	pub const AnnouncementDepositFactor: Balance = deposit(0, 68);

	/// One micro-unit per byte keeps large payloads (the usual bloat vector) paying their way.
	pub const TransactionByteFee: Balance = MICRO_UNIT;

	/// Held while a validator's (collator's) session keys are registered.
	pub const SessionKeyDeposit: Balance = deposit(1, 128);
}
