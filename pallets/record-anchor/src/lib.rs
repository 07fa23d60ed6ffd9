//! # Record anchor pallet
//!
//! Records stay off chain, encrypted; the chain proves what was written, by whom, when, and who
//! read it.
//!
//! ## Terms
//! - **Record**: a pointer to an encrypted record kept off chain: the content hash (SHA-256 or
//!   BLAKE2-256) of the *encrypted* content, its location (an opaque `https://` or `ipfs://`
//!   URL), its class (the patient's [`Tag`](medledger_primitives::Tag) for its category and
//!   sensitivity labels), its emergency commitment ([`EmergencyCommitment`]), and optionally the
//!   hash of the key-envelope manifest (the data key wrapped for each authorised reader). The
//!   FHIR resource type is inside the encrypted content. Its id is the
//!   patient id (8 bytes, little-endian) followed by 24 bytes of BLAKE2-256 over the patient,
//!   algorithm and first content hash; it is returned in `RecordAnchored`.
//! - **Version**: amending adds version `n + 1`, which points back to `n` by number; all versions
//!   stay verifiable. The current one is stored with the record (one entry per anchored record),
//!   the superseded ones beside it.
//! - **Erasure** (crypto-shredding): the off-chain data key is destroyed and the chain forgets
//!   every location; it keeps the hashes, who wrote them and when, and when the record was erased.
//! - **Merkle root**: a root over many content hashes, for custodians that anchor in bulk;
//!   `RecordApi::verify_in_merkle_root` checks one hash against it with a proof.
//! - **Access log**: an entry per read of a record, with the accessor, the purpose and the consent
//!   decision that permitted it (or the reason it was denied). The writer pays a deposit; entries
//!   older than [`Config::LogRetention`] (6 years, HIPAA) may be pruned by anyone, which returns
//!   it.
//! - **Access-log root**: a Merkle root a custodian's record gateway anchors over many reads and
//!   refusals it decided off chain (by the chain's decision at a block it names), instead of an
//!   entry per read; the patient checks their leaves against it. Pruned like the access log.
//!
//! ## Who may write
//! Every write is one decision of the consent registry: anchoring needs `Append` on the class
//! for the given purpose, amending `Amend` on that record. The patient and a representative with
//! the records scope may always; others need a permit in force, or, to append the record of
//! emergency care (class and purpose the public emergency tag), an emergency session.
//! A deny in force that covers the write refuses it, whatever else would permit it. Every
//! access-log entry carries the decision taken on chain at that moment, so a log entry without a
//! permitting decision is impossible.
//!
//! ## Assumptions
//! Identities and consents come through [`Config::Identities`] and [`Config::Consents`] (traits in
//! `medledger-primitives`). Every call that asks for a decision declares the consent registry's
//! benchmarked worst case (`ConsentChecker::check_access_weight`) before dispatch and is charged
//! afterwards for the decisions it actually took (what `ConsentChecker::check_access` reports);
//! the rest is refunded, to the payer and to the block.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod features;
mod functions;
mod impls;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
mod try_state;
pub mod types;
pub mod weights;

#[cfg(feature = "try-runtime")]
use polkadot_sdk::sp_runtime;
use polkadot_sdk::{frame_support, frame_system};

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::{
		pallet_prelude::*,
		traits::fungible::{Mutate, MutateHold},
	};
	use frame_system::pallet_prelude::*;
	use medledger_primitives::{
		AccessBasis, ConsentChecker, DenyReason, IdentityProvider, MerkleRootId, OrganisationId,
		PatientId, PatientTimeline, RecordId, Tag,
	};
	use polkadot_sdk::frame_support::traits::Time;

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: polkadot_sdk::frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// Currency for storage deposits, held with [`HoldReason::StorageDeposit`].
		type Currency: MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>
			+ Mutate<Self::AccountId>;

		/// The overarching hold reason.
		type RuntimeHoldReason: From<HoldReason>;

		/// Where "now" comes from: the chain's timestamp (`pallet_timestamp`), in milliseconds
		/// since the Unix epoch. It dates records, versions and access-log entries, and counts
		/// the log's retention. The same clock as the consent registry's.
		type Time: Time;

		/// Who is who.
		type Identities: IdentityProvider<Self::AccountId>;

		/// Who may do what: the consent registry's decision.
		type Consents: ConsentChecker<Self::AccountId, MomentOf<Self>>;

		/// The patients' timelines: told of every record anchored, amended and erased and every
		/// read and refusal logged.
		type Timeline: PatientTimeline;

		/// Held for a record and its first version, from whoever anchors it.
		#[pallet::constant]
		type RecordDeposit: Get<BalanceOf<Self>>;

		/// Held for each further version, from whoever amends.
		#[pallet::constant]
		type VersionDeposit: Get<BalanceOf<Self>>;

		/// Held for a Merkle root.
		#[pallet::constant]
		type MerkleRootDeposit: Get<BalanceOf<Self>>;

		/// Held for an access-log entry from whoever writes it, until it is pruned.
		#[pallet::constant]
		type LogDeposit: Get<BalanceOf<Self>>;

		/// Held for an access-log root from the custodian's practitioner who anchors it, until
		/// it is pruned.
		#[pallet::constant]
		type LogRootDeposit: Get<BalanceOf<Self>>;

		/// Longest location, in bytes.
		#[pallet::constant]
		type MaxLocationLength: Get<u32>;

		/// Most versions a record may have.
		#[pallet::constant]
		type MaxVersions: Get<u32>;

		/// Most records one `anchor_batch` may anchor.
		#[pallet::constant]
		type MaxBatchSize: Get<u32>;

		/// How long access-log entries are kept before anyone may prune them, in milliseconds.
		#[pallet::constant]
		type LogRetention: Get<MomentOf<Self>>;

		/// Most access-log entries one `prune_access_log` removes.
		#[pallet::constant]
		type MaxPrune: Get<u32>;

		/// Most entries one page of a runtime API listing returns.
		#[pallet::constant]
		type MaxPageSize: Get<u32>;

		/// Weights of this pallet's calls.
		type WeightInfo: WeightInfo;

		/// Sets up identities for this pallet's benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: medledger_primitives::IdentityBenchmarkHelper<Self::AccountId>;

		/// Moves time on in this pallet's benchmarks (past the log's retention).
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkClock: medledger_primitives::BenchmarkClock<MomentOf<Self>>;
	}

	/// Why this pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// Deposits behind records, versions, Merkle roots and access-log entries.
		#[codec(index = 0)]
		StorageDeposit,
	}

	/// Records with their current version, by patient and the rest of the record id, so that
	/// anchoring writes one entry and a patient's records list by prefix. `Twox64Concat`:
	/// patient ids are set by the chain; `Identity`: the key is already part of a BLAKE2-256
	/// hash.
	#[pallet::storage]
	pub type Records<T: Config> =
		StorageDoubleMap<_, Twox64Concat, PatientId, Identity, RecordKey, Record<T>, OptionQuery>;

	/// The superseded versions of each record, `1..current_version`. `Identity`: record ids
	/// are hashes; `Twox64Concat`: version numbers are set by the chain.
	#[pallet::storage]
	pub type Versions<T: Config> =
		StorageDoubleMap<_, Identity, RecordId, Twox64Concat, u32, Version<T>, OptionQuery>;

	/// Deposits an account has prepaid for its future records, versions, Merkle roots and log
	/// entries (held with [`HoldReason::StorageDeposit`], not yet taken). `Blake2_128Concat`:
	/// accounts are user-chosen.
	#[pallet::storage]
	pub type Prepaid<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, BalanceOf<T>, ValueQuery>;

	/// The id the next Merkle root gets.
	#[pallet::storage]
	pub type NextMerkleRootId<T> = StorageValue<_, MerkleRootId, ValueQuery>;

	/// Merkle roots.
	#[pallet::storage]
	pub type MerkleRoots<T: Config> =
		StorageMap<_, Twox64Concat, MerkleRootId, AnchoredMerkleRoot<T>, OptionQuery>;

	/// Each patient's access log, by position.
	#[pallet::storage]
	pub type AccessLog<T: Config> =
		StorageDoubleMap<_, Twox64Concat, PatientId, Twox64Concat, u64, LogEntry<T>, OptionQuery>;

	/// Patients who deactivated and whose records' locations are still being erased, with the
	/// raw storage key of the last record erased (empty: none yet). `on_idle` works through them
	/// in bounded steps.
	#[pallet::storage]
	pub type PendingErasures<T: Config> =
		StorageMap<_, Twox64Concat, PatientId, ErasureCursor, OptionQuery>;

	/// Which positions of each patient's access log are stored.
	#[pallet::storage]
	pub type AccessLogBounds<T: Config> =
		StorageMap<_, Twox64Concat, PatientId, LogBounds, ValueQuery>;

	/// Each custodian's access-log roots, by position: the reads and refusals its record gateway
	/// decided and answered off chain, a Merkle root per batch (docs/gateway.md).
	/// `Twox64Concat`: organisation ids and positions are set by the chain.
	#[pallet::storage]
	pub type AccessLogRoots<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		OrganisationId,
		Twox64Concat,
		u64,
		AccessLogRoot<T>,
		OptionQuery,
	>;

	/// Which positions of each custodian's access-log roots are stored.
	#[pallet::storage]
	pub type AccessLogRootBounds<T: Config> =
		StorageMap<_, Twox64Concat, OrganisationId, LogBounds, ValueQuery>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A record was anchored (version 1).
		RecordAnchored { patient: PatientId, record: RecordId, class: Tag, author: T::AccountId },
		/// A record got a new version.
		RecordAmended { patient: PatientId, record: RecordId, version: u32, author: T::AccountId },
		/// A record was erased: every location is gone, the hashes stay.
		RecordErased { patient: PatientId, record: RecordId, by: T::AccountId },
		/// A Merkle root over `leaves` content hashes was anchored.
		MerkleRootAnchored { id: MerkleRootId, root: [u8; 32], leaves: u32, author: T::AccountId },
		/// A permitted access was logged.
		AccessLogged {
			patient: PatientId,
			seq: u64,
			record: RecordId,
			accessor: T::AccountId,
			purpose: Tag,
			basis: AccessBasis,
		},
		/// A denied access attempt was logged.
		AccessDenialLogged {
			patient: PatientId,
			seq: u64,
			record: RecordId,
			accessor: T::AccountId,
			purpose: Tag,
			reason: DenyReason,
		},
		/// `records` more records of a deactivated patient were erased; `done`: all of them are.
		DeactivatedRecordsErased { patient: PatientId, records: u32, done: bool },
		/// Access-log entries older than the retention period were removed.
		AccessLogPruned { patient: PatientId, removed: u32, oldest: u64 },
		/// A custodian's gateway anchored the root of `leaves` reads and refusals it answered.
		AccessLogRootAnchored {
			custodian: OrganisationId,
			seq: u64,
			root: [u8; 32],
			leaves: u32,
			by: T::AccountId,
		},
		/// A custodian's access-log roots older than the retention period were removed.
		AccessLogRootsPruned { custodian: OrganisationId, removed: u32, oldest: u64 },
		/// `who` prepaid `amount` of deposits; `total` is prepaid now.
		DepositsPrepaid { who: T::AccountId, amount: BalanceOf<T>, total: BalanceOf<T> },
		/// `who` took back `amount` of unused prepaid deposits; `left` is still prepaid.
		PrepaidWithdrawn { who: T::AccountId, amount: BalanceOf<T>, left: BalanceOf<T> },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// No registered patient with this id.
		PatientNotFound,
		/// The caller may not write this record: no permitting consent or emergency session.
		WriteNotPermitted,
		/// Only the patient, a representative with the records scope, or the author while it
		/// practises at the organisation it anchored for, may erase a record.
		MayNotErase,
		/// Only practitioners in good standing of the record's custodian log reads of it.
		NotCustodian,
		/// The custodian named is not an active organisation.
		CustodianNotActive,
		/// A record with this id (same patient, algorithm and content hash) exists.
		AlreadyExists,
		/// No record with this id.
		RecordNotFound,
		/// The record was erased.
		Erased,
		/// The record has the most versions allowed.
		TooManyVersions,
		/// The location is not `https://…` or `ipfs://…` in printable ASCII.
		InvalidLocation,
		/// The emergency key does not open the record's emergency commitment.
		EmergencyKeyMismatch,
		/// An all-zero hash is not a hash.
		InvalidHash,
		/// A batch with no records.
		EmptyBatch,
		/// A Merkle tree with no leaves.
		NoLeaves,
		/// Only practitioners in good standing anchor Merkle roots.
		NotPractitioner,
		/// The chain does not permit this read: it cannot be logged as a permitted read.
		ReadNotPermitted,
		/// The chain permits this read: it cannot be logged as a refused one.
		ReadNotDenied,
		/// No entry of this patient's access log (or root of this custodian's) is past the
		/// retention period.
		NothingToPrune,
		/// The deposit could not be held (too little free balance).
		InsufficientBalance,
		/// A counter is exhausted.
		Overflow,
		/// An amount of zero.
		ZeroAmount,
		/// More than the unused prepaid deposits was asked back.
		InsufficientPrepaid,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(T::MaxVersions::get() > 0, "a record has at least one version");
			assert!(T::MaxBatchSize::get() > 0, "a batch holds at least one record");
			assert!(T::MaxPrune::get() > 0, "pruning removes at least one entry");
			assert!(T::MaxPageSize::get() > 0, "pages hold at least one entry");
			assert!(T::MaxLocationLength::get() >= 16, "locations need room for a scheme");
		}

		/// Erases the locations of deactivated patients' records, as many as the block's spare
		/// weight allows.
		fn on_idle(_n: BlockNumberFor<T>, remaining: Weight) -> Weight {
			Self::erase_deactivated(remaining)
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Anchor a new record (version 1) for a patient.
		///
		/// Origin: signed by the patient, a representative with the records scope, or an account
		/// the consent registry
		/// permits to `Append` the class for `purpose` (a permit, or an emergency session for the
		/// record of emergency care; never against a deny in force); it pays
		/// [`Config::RecordDeposit`], from its prepaid deposits if they cover it.
		/// Errors: `PatientNotFound`, `WriteNotPermitted`, `InvalidHash`, `InvalidLocation`,
		/// `AlreadyExists`, `InsufficientBalance`. Event:
		/// `RecordAnchored` (with the record id).
		///
		/// Declared weight: a held deposit and the consent registry's worst-case decision;
		/// charged: what was done.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::anchor_record()
			.saturating_add(T::WeightInfo::hold_deposit())
			.saturating_add(T::Consents::check_access_weight())
			.saturating_add(T::Timeline::note_weight()))]
		pub fn anchor_record(
			origin: OriginFor<T>,
			request: AnchorRequest<T>,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let (_, cost) = Self::do_anchor(who, request)?;
			Ok(Some(Self::noted(
				T::WeightInfo::anchor_record().saturating_add(Self::extra(cost)),
				1,
			))
			.into())
		}

		/// Add a version to a record.
		///
		/// Origin: signed by the patient, a representative with the records scope, or an account
		/// permitted to `Amend` this
		/// record for `purpose`; it pays [`Config::VersionDeposit`] (prepaid first). Errors:
		/// `RecordNotFound`, `Erased`, `PatientNotFound` (the patient was deactivated),
		/// `WriteNotPermitted`, `InvalidHash`, `InvalidLocation`, `TooManyVersions`,
		/// `InsufficientBalance`. Event: `RecordAmended`.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::amend_record()
			.saturating_add(T::WeightInfo::hold_deposit())
			.saturating_add(T::Consents::check_access_weight())
			.saturating_add(T::Timeline::note_weight()))]
		pub fn amend_record(
			origin: OriginFor<T>,
			record: RecordId,
			amendment: Amendment<T>,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let cost = Self::do_amend(who, record, amendment)?;
			Ok(Some(Self::noted(
				T::WeightInfo::amend_record().saturating_add(Self::extra(cost)),
				1,
			))
			.into())
		}

		/// Erase a record: forget every location, keep the hashes and the fact and time of
		/// erasure. Whoever erases has destroyed (or will destroy) the off-chain data key.
		///
		/// Origin: signed by the patient or a representative with the records scope, at any time;
		/// or the record's author while it practises, in good standing, at the organisation it
		/// anchored for. Errors: `RecordNotFound`, `Erased`, `MayNotErase`. Event: `RecordErased`.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::erase_record(T::MaxVersions::get())
			.saturating_add(T::Timeline::note_weight()))]
		pub fn erase_record(origin: OriginFor<T>, record: RecordId) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let versions = Self::do_erase(who, record)?;
			Ok(Some(Self::noted(T::WeightInfo::erase_record(versions), 1)).into())
		}

		/// Anchor many records of one kind at once, each under the rules of `anchor_record`; all
		/// or none. What the records share is given once (`batch`'s class, hash algorithm, purpose,
		/// emergency commitment and the start of their locations); the consent decision is taken
		/// once per run of consecutive entries of one patient, and the deposits at once.
		///
		/// Origin, deposits, errors: as `anchor_record` (`InvalidLocation` also when `base` and
		/// a `path` together are too long), plus `EmptyBatch`. Events: `RecordAnchored` for
		/// each entry, in order. The patient's timeline gets one entry per run:
		/// `RecordsAnchored { first, count }`, or `RecordAnchored` for a run of one.
		///
		/// Declared weight: the consent registry's worst-case decision and a timeline entry once
		/// per run of entries of one patient (group entries by patient to declare, and pay before
		/// refunds, less).
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::anchor_batch(batch.entries.len() as u32)
			.saturating_add(T::WeightInfo::hold_deposit())
			.saturating_add(
				T::Consents::check_access_weight()
					.saturating_add(T::Timeline::note_weight())
					.saturating_mul(batch.patient_runs() as u64)
			))]
		pub fn anchor_batch(
			origin: OriginFor<T>,
			batch: AnchorBatch<T>,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let (n, runs) = (batch.entries.len() as u32, batch.patient_runs());
			let cost = Self::do_anchor_batch(who, batch)?;
			Ok(Some(Self::noted(
				T::WeightInfo::anchor_batch(n).saturating_add(Self::extra(cost)),
				runs,
			))
			.into())
		}

		/// Anchor a Merkle root over `leaves` content hashes (leaves are BLAKE2-256 of the
		/// content hashes; the tree is `binary-merkle-tree`'s).
		///
		/// Origin: signed by a practitioner in good standing, who pays
		/// [`Config::MerkleRootDeposit`] (prepaid first). Errors: `NotPractitioner`, `NoLeaves`,
		/// `InvalidHash`, `InsufficientBalance`, `Overflow`. Event: `MerkleRootAnchored`.
		#[pallet::call_index(4)]
		#[pallet::weight(
			T::WeightInfo::anchor_merkle_root().saturating_add(T::WeightInfo::hold_deposit())
		)]
		pub fn anchor_merkle_root(
			origin: OriginFor<T>,
			root: [u8; 32],
			leaves: u32,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let cost = Self::do_anchor_root(who, root, leaves)?;
			Ok(Some(T::WeightInfo::anchor_merkle_root().saturating_add(Self::extra(cost))).into())
		}

		/// Log that `accessor` read `record` for `purpose`. The consent decision is taken now,
		/// on chain, and stored with the entry.
		///
		/// Origin: signed by a practitioner in good standing of the record's custodian (the
		/// organisation serving the read); it pays [`Config::LogDeposit`] (prepaid first).
		/// An emergency read (purpose the public emergency tag) of a record not written in an
		/// emergency needs `emergency_key`, which the custodian has from the author; it must open
		/// the record's [`EmergencyCommitment`].
		/// Errors: `RecordNotFound`, `NotCustodian`, `EmergencyKeyMismatch`, `ReadNotPermitted`,
		/// `InsufficientBalance`. Event: `AccessLogged`.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::log_access()
			.saturating_add(T::WeightInfo::hold_deposit())
			.saturating_add(T::Consents::check_access_weight())
			.saturating_add(T::Timeline::note_weight()))]
		pub fn log_access(
			origin: OriginFor<T>,
			record: RecordId,
			accessor: T::AccountId,
			purpose: Tag,
			emergency_key: Option<[u8; 32]>,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let cost = Self::do_log(who, record, accessor, purpose, emergency_key, true)?;
			Ok(Some(Self::noted(T::WeightInfo::log_access().saturating_add(Self::extra(cost)), 1))
				.into())
		}

		/// Log that `accessor` tried to read `record` for `purpose` and was refused. The decision
		/// is taken now and must be a deny.
		///
		/// Origin, deposit: as `log_access`. Errors: `RecordNotFound`, `NotCustodian`,
		/// `ReadNotDenied`, `InsufficientBalance`. Event: `AccessDenialLogged`.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::log_denied_access()
			.saturating_add(T::WeightInfo::hold_deposit())
			.saturating_add(T::Consents::check_access_weight())
			.saturating_add(T::Timeline::note_weight()))]
		pub fn log_denied_access(
			origin: OriginFor<T>,
			record: RecordId,
			accessor: T::AccountId,
			purpose: Tag,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let cost = Self::do_log(who, record, accessor, purpose, None, false)?;
			Ok(Some(Self::noted(
				T::WeightInfo::log_denied_access().saturating_add(Self::extra(cost)),
				1,
			))
			.into())
		}

		/// Remove up to `max` (at most [`Config::MaxPrune`]) of a patient's oldest access-log
		/// entries that are past [`Config::LogRetention`], returning their deposits.
		///
		/// Origin: any signed account. Errors: `NothingToPrune`. Event: `AccessLogPruned`.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::prune_access_log((*max).min(T::MaxPrune::get())))]
		pub fn prune_access_log(
			origin: OriginFor<T>,
			patient: PatientId,
			max: u32,
		) -> DispatchResultWithPostInfo {
			ensure_signed(origin)?;
			let removed = Self::do_prune(patient, max.min(T::MaxPrune::get()))?;
			Ok(Some(T::WeightInfo::prune_access_log(removed)).into())
		}

		/// Prepay `amount` of deposits for future records, versions, Merkle roots and log entries:
		/// held at once, then taken as each item is written, without a hold per item. Authors
		/// who anchor often prepay; anyone else pays each deposit as it comes.
		///
		/// Origin: any signed account. Errors: `ZeroAmount`, `InsufficientBalance`. Event:
		/// `DepositsPrepaid`.
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::prepay_deposits())]
		pub fn prepay_deposits(origin: OriginFor<T>, amount: BalanceOf<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_prepay(who, amount)
		}

		/// Take back `amount` of the deposits prepaid and not yet taken.
		///
		/// Origin: the account that prepaid. Errors: `ZeroAmount`, `InsufficientPrepaid`.
		/// Event: `PrepaidWithdrawn`.
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::withdraw_prepaid())]
		pub fn withdraw_prepaid(origin: OriginFor<T>, amount: BalanceOf<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_withdraw_prepaid(who, amount)
		}

		/// Anchor the Merkle root of `leaves` reads and refusals the caller's organisation's
		/// record gateway decided (by `ConsentApi::check_access`) and answered off chain, so that
		/// a busy custodian logs every read without a transaction per read. The gateway keeps
		/// the leaves ([`medledger_primitives::AccessLogLeaf`]) and gives each patient theirs with
		/// proofs; `RecordApi::verify_in_access_log_root` checks them.
		///
		/// Origin: signed by a practitioner in good standing, for the organisation it practises
		/// at; it pays [`Config::LogRootDeposit`] (prepaid first). Errors: `NotPractitioner`,
		/// `NoLeaves`, `InvalidHash`, `InsufficientBalance`, `Overflow`. Event:
		/// `AccessLogRootAnchored`.
		#[pallet::call_index(10)]
		#[pallet::weight(
			T::WeightInfo::log_access_root().saturating_add(T::WeightInfo::hold_deposit())
		)]
		pub fn log_access_root(
			origin: OriginFor<T>,
			root: [u8; 32],
			leaves: u32,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let cost = Self::do_log_root(who, root, leaves)?;
			Ok(Some(T::WeightInfo::log_access_root().saturating_add(Self::extra(cost))).into())
		}

		/// Remove up to `max` (at most [`Config::MaxPrune`]) of a custodian's oldest access-log
		/// roots that are past [`Config::LogRetention`], returning their deposits.
		///
		/// Origin: any signed account. Errors: `NothingToPrune`. Event: `AccessLogRootsPruned`.
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::prune_access_log_roots((*max).min(T::MaxPrune::get())))]
		pub fn prune_access_log_roots(
			origin: OriginFor<T>,
			custodian: OrganisationId,
			max: u32,
		) -> DispatchResultWithPostInfo {
			ensure_signed(origin)?;
			let removed = Self::do_prune_roots(custodian, max.min(T::MaxPrune::get()))?;
			Ok(Some(T::WeightInfo::prune_access_log_roots(removed)).into())
		}
	}
}
