//! The pallet's logic: calls are thin wrappers around these.

use crate::{pallet::*, types::*, weights::WeightInfo};
use alloc::vec::Vec;
use codec::Encode;
use frame_support::{
	ensure,
	pallet_prelude::*,
	traits::{
		fungible::{InspectHold, MutateHold},
		tokens::Precision,
		Time,
	},
	weights::Weight,
};
use medledger_primitives::{
	AccessDecision, AccessOutcome, ConsentAction, ConsentChecker, DataCategory, DenyReason,
	HashAlgorithm, IdentityProvider, OrganisationId, OrganisationStatus, PatientId, PatientPower,
	Purpose, RecordId,
};
use polkadot_sdk::{
	frame_support,
	sp_io::hashing::blake2_256,
	sp_runtime::{traits::Zero, DispatchError, Saturating},
};

/// `https://…`, `ipfs://…` or a relative FHIR reference (`Type/id`), printable ASCII only.
pub fn is_valid_location(location: &[u8]) -> bool {
	if !location.iter().all(|b| (0x21..=0x7e).contains(b)) {
		return false;
	}
	for scheme in [&b"https://"[..], &b"ipfs://"[..]] {
		if let Some(rest) = location.strip_prefix(scheme) {
			return !rest.is_empty();
		}
	}
	match location.iter().position(|b| *b == b'/') {
		Some(slash) => {
			let (kind, id) = (&location[..slash], &location[slash + 1..]);
			is_valid_resource_type(kind) &&
				(1..=64).contains(&id.len()) &&
				id.iter().all(|b| b.is_ascii_alphanumeric() || *b == b'-' || *b == b'.')
		},
		None => false,
	}
}

/// A capitalised ASCII name such as `Observation`.
pub fn is_valid_resource_type(name: &[u8]) -> bool {
	name.first().is_some_and(u8::is_ascii_uppercase) && name.iter().all(u8::is_ascii_alphabetic)
}

impl<T: Config> Pallet<T> {
	fn now() -> MomentOf<T> {
		T::Time::now()
	}

	/// The id of `patient`'s record whose first version has this content hash: the patient id
	/// (little-endian), then the first 24 bytes of BLAKE2-256 over the three.
	pub fn record_id(patient: PatientId, algorithm: HashAlgorithm, hash: &[u8; 32]) -> RecordId {
		Self::join_id(patient, &Self::record_key(patient, algorithm, hash))
	}

	/// The storage key of that record (the last 24 bytes of its id).
	fn record_key(patient: PatientId, algorithm: HashAlgorithm, hash: &[u8; 32]) -> RecordKey {
		let digest = blake2_256(&(b"medledger/record", patient, algorithm, hash).encode());
		let mut key = [0u8; 24];
		key.copy_from_slice(&digest[..24]);
		key
	}

	/// The patient and the storage key of a record id.
	pub fn split_id(id: &RecordId) -> (PatientId, RecordKey) {
		let mut patient = [0u8; 8];
		patient.copy_from_slice(&id[..8]);
		let mut key = [0u8; 24];
		key.copy_from_slice(&id[8..]);
		(PatientId::from_le_bytes(patient), key)
	}

	/// The record id of a patient and a storage key.
	pub fn join_id(patient: PatientId, key: &RecordKey) -> RecordId {
		let mut id = [0u8; 32];
		id[..8].copy_from_slice(&patient.to_le_bytes());
		id[8..].copy_from_slice(key);
		id
	}

	/// A record and its patient, by id.
	pub fn record(id: &RecordId) -> Option<(PatientId, Record<T>)> {
		let (patient, key) = Self::split_id(id);
		Records::<T>::get(patient, key).map(|record| (patient, record))
	}

	fn hold(who: &T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
		T::Currency::hold(&HoldReason::StorageDeposit.into(), who, amount)
			.map_err(|_| Error::<T>::InsufficientBalance.into())
	}

	/// Takes `amount` as a deposit from `who`: out of its prepaid deposits when they cover it
	/// (one read, one write), else by holding it now. Returns whether it was held.
	pub(crate) fn take_deposit(
		who: &T::AccountId,
		amount: BalanceOf<T>,
	) -> Result<bool, DispatchError> {
		let prepaid = Prepaid::<T>::get(who);
		if prepaid >= amount {
			Self::set_prepaid(who, prepaid.saturating_sub(amount));
			return Ok(false);
		}
		Self::hold(who, amount)?;
		Ok(true)
	}

	/// Stores what `who` has prepaid; nothing is kept for zero.
	fn set_prepaid(who: &T::AccountId, amount: BalanceOf<T>) {
		if amount.is_zero() {
			Prepaid::<T>::remove(who);
		} else {
			Prepaid::<T>::insert(who, amount);
		}
	}

	/// The weight of what a write did beyond what its own benchmark measured (one decision for
	/// the patient, a prepaid deposit): the rest of its decisions, and a held deposit.
	pub fn extra(cost: WriteCost) -> Weight {
		let decisions = cost.decisions.saturating_sub(T::Consents::check_access_min_weight());
		if cost.held {
			decisions.saturating_add(T::WeightInfo::hold_deposit())
		} else {
			decisions
		}
	}

	pub(crate) fn do_prepay(who: T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		Self::hold(&who, amount)?;
		let total = Prepaid::<T>::get(&who).saturating_add(amount);
		Prepaid::<T>::insert(&who, total);
		Self::deposit_event(Event::DepositsPrepaid { who, amount, total });
		Ok(())
	}

	pub(crate) fn do_withdraw_prepaid(who: T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		let prepaid = Prepaid::<T>::get(&who);
		ensure!(amount <= prepaid, Error::<T>::InsufficientPrepaid);
		let left = prepaid.saturating_sub(amount);
		// What is prepaid is held (an invariant), so exactly `amount` is released.
		T::Currency::release(&HoldReason::StorageDeposit.into(), &who, amount, Precision::Exact)?;
		Self::set_prepaid(&who, left);
		Self::deposit_event(Event::PrepaidWithdrawn { who, amount, left });
		Ok(())
	}

	fn release(who: &T::AccountId, amount: BalanceOf<T>) {
		// Best effort: the hold was taken for exactly this item.
		let _ = T::Currency::release(
			&HoldReason::StorageDeposit.into(),
			who,
			amount,
			Precision::BestEffort,
		);
	}

	/// Allows `who` to write `action` on `patient`'s `category` (for `record`) for `purpose`,
	/// as the consent registry decides: the patient or a representative, a permitting consent, or
	/// an emergency session (which permits appending for emergency treatment, never what a deny
	/// covers). `PatientNotFound` if the patient is not registered, else `WriteNotPermitted`. Adds
	/// the weight of the decision to `used`.
	fn authorise_write(
		who: &T::AccountId,
		patient: PatientId,
		category: DataCategory,
		action: ConsentAction,
		purpose: Purpose,
		record: Option<RecordId>,
		used: &mut Weight,
	) -> Result<(), Error<T>> {
		let (decision, weight) =
			T::Consents::check_access(patient, who, category, action, purpose, record);
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
		let (patient, category) = (request.patient, request.category);
		let id = Self::anchor_one(&who, request, &mut None, &mut cost.decisions)?;
		cost.held = Self::take_deposit(&who, T::RecordDeposit::get())?;
		Self::anchored(&who, patient, id, category);
		Ok((id, cost))
	}

	/// Anchors every entry of `batch`, or none (dispatch is transactional), and takes their
	/// deposits at once. The consent decision is taken once per run of entries of one patient.
	/// Returns what it cost.
	pub(crate) fn do_anchor_batch(
		who: T::AccountId,
		batch: AnchorBatch<T>,
	) -> Result<WriteCost, DispatchError> {
		let AnchorBatch { category, resource_type, algorithm, purpose, custodian, base, entries } =
			batch;
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
				category,
				resource_type: resource_type.clone(),
				key_manifest,
				purpose,
				custodian,
			};
			anchored.push((
				patient,
				Self::anchor_one(&who, request, &mut permitted, &mut cost.decisions)?,
			));
		}
		cost.held = Self::take_deposit(&who, deposit)?;
		for (patient, id) in anchored {
			Self::anchored(&who, patient, id, category);
		}
		Ok(cost)
	}

	/// Says a record was anchored, once its deposit is taken.
	fn anchored(who: &T::AccountId, patient: PatientId, record: RecordId, category: DataCategory) {
		Self::deposit_event(Event::RecordAnchored {
			patient,
			record,
			category,
			author: who.clone(),
		});
	}

	/// Checks and stores one record (its deposit is recorded, not yet taken; its event not yet
	/// emitted). `permitted` is the patient `who` was last permitted to append to in this call, for
	/// this category and purpose; the decision is not taken again for them. Returns the record's
	/// id.
	fn anchor_one(
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
			category,
			resource_type,
			key_manifest,
			purpose,
			custodian,
		} = request;
		ensure!(content_hash != [0; 32], Error::<T>::InvalidHash);
		Self::ensure_active_custodian(custodian)?;
		ensure!(is_valid_location(&location), Error::<T>::InvalidLocation);
		ensure!(is_valid_resource_type(&resource_type), Error::<T>::InvalidResourceType);
		if *permitted != Some(patient) {
			Self::authorise_write(
				who,
				patient,
				category,
				ConsentAction::Append,
				purpose,
				None,
				used,
			)?;
			*permitted = Some(patient);
		}
		let key = Self::record_key(patient, algorithm, &content_hash);
		ensure!(!Records::<T>::contains_key(patient, key), Error::<T>::AlreadyExists);

		let now = Self::now();
		Records::<T>::insert(
			patient,
			key,
			Record {
				category,
				resource_type,
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

	/// Returns what it cost.
	pub(crate) fn do_amend(
		who: T::AccountId,
		id: RecordId,
		amendment: Amendment<T>,
	) -> Result<WriteCost, DispatchError> {
		let (patient, mut record) = Self::record(&id).ok_or(Error::<T>::RecordNotFound)?;
		ensure!(record.erased_at.is_none(), Error::<T>::Erased);
		ensure!(amendment.content_hash != [0; 32], Error::<T>::InvalidHash);
		ensure!(is_valid_location(&amendment.location), Error::<T>::InvalidLocation);
		ensure!(record.current_version < T::MaxVersions::get(), Error::<T>::TooManyVersions);
		if let Some(custodian) = amendment.custodian {
			Self::ensure_active_custodian(custodian)?;
			record.custodian = custodian;
		}
		let mut cost = WriteCost::default();
		Self::authorise_write(
			&who,
			patient,
			record.category,
			ConsentAction::Amend,
			amendment.purpose,
			Some(id),
			&mut cost.decisions,
		)?;
		let deposit = T::VersionDeposit::get();
		cost.held = Self::take_deposit(&who, deposit)?;

		let superseded = core::mem::replace(
			&mut record.current,
			Version {
				content_hash: amendment.content_hash,
				algorithm: amendment.algorithm,
				location: amendment.location,
				key_manifest: amendment.key_manifest,
				author: who.clone(),
				anchored_at: Self::now(),
				depositor: who.clone(),
				deposit,
			},
		);
		Versions::<T>::insert(id, record.current_version, superseded);
		let version = record.current_version.saturating_add(1);
		record.current_version = version;
		let (_, key) = Self::split_id(&id);
		Records::<T>::insert(patient, key, record);
		Self::deposit_event(Event::RecordAmended { record: id, version, author: who });
		Ok(cost)
	}

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

	/// Fails unless `custodian` is an active organisation.
	fn ensure_active_custodian(custodian: OrganisationId) -> DispatchResult {
		ensure!(
			T::Identities::organisation_status(custodian) == Some(OrganisationStatus::Active),
			Error::<T>::CustodianNotActive
		);
		Ok(())
	}

	pub(crate) fn do_anchor_root(
		who: T::AccountId,
		root: [u8; 32],
		leaves: u32,
	) -> Result<WriteCost, DispatchError> {
		let standing =
			T::Identities::practitioner_standing(&who).ok_or(Error::<T>::NotPractitioner)?;
		ensure!(leaves > 0, Error::<T>::EmptyBatch);
		ensure!(root != [0; 32], Error::<T>::InvalidHash);
		let batch = NextBatchId::<T>::get();
		let next = batch.checked_add(1).ok_or(Error::<T>::Overflow)?;
		let deposit = T::BatchDeposit::get();
		let held = Self::take_deposit(&who, deposit)?;
		NextBatchId::<T>::put(next);
		Batches::<T>::insert(
			batch,
			Batch {
				root,
				leaves,
				author: who.clone(),
				organisation: standing.organisation,
				anchored_at: Self::now(),
				deposit,
			},
		);
		Self::deposit_event(Event::BatchAnchored { batch, root, leaves, author: who });
		Ok(WriteCost { decisions: Weight::zero(), held })
	}

	/// Whether `who` may log reads of a record kept by `custodian`: a practitioner of that
	/// organisation in good standing, and no one else (an accessor does not log itself: the
	/// custodian serving the read does).
	fn may_log(who: &T::AccountId, custodian: OrganisationId) -> bool {
		T::Identities::practitioner_standing(who).is_some_and(|s| s.organisation == custodian)
	}

	pub(crate) fn do_log(
		who: T::AccountId,
		record: RecordId,
		accessor: T::AccountId,
		purpose: Purpose,
		permitted: bool,
	) -> Result<WriteCost, DispatchError> {
		let (patient, info) = Self::record(&record).ok_or(Error::<T>::RecordNotFound)?;
		ensure!(Self::may_log(&who, info.custodian), Error::<T>::NotCustodian);
		let (decision, decisions) = T::Consents::check_access(
			patient,
			&accessor,
			info.category,
			ConsentAction::Read,
			purpose,
			Some(record),
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

	/// Total held by this pallet from `who`.
	pub fn held(who: &T::AccountId) -> BalanceOf<T> {
		T::Currency::balance_on_hold(&HoldReason::StorageDeposit.into(), who)
	}

	/// Invariants: records have their current version and versions `1..current` (and no
	/// others), erased ones have no locations; access logs occupy exactly `oldest..next`;
	/// deposits held equal deposits recorded plus deposits prepaid and not yet taken.
	pub fn do_try_state() -> Result<(), DispatchError> {
		use alloc::collections::btree_map::BTreeMap;
		let mut held: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		let mut add = |who: &T::AccountId, amount: BalanceOf<T>| {
			let d = held.entry(who.clone()).or_default();
			*d = d.saturating_add(amount);
		};
		let mut superseded = 0u64;
		for (patient, key, record) in Records::<T>::iter() {
			let id = Self::join_id(patient, &key);
			ensure!(record.current_version >= 1, "record without a version");
			ensure!(record.current_version <= T::MaxVersions::get(), "too many versions");
			let erased = record.erased_at.is_some();
			ensure!(
				!erased || record.current.location.is_empty(),
				"erased record keeps a location"
			);
			add(&record.current.depositor, record.current.deposit);
			for v in 1..record.current_version {
				let version = Versions::<T>::get(id, v).ok_or("missing version")?;
				ensure!(!erased || version.location.is_empty(), "erased record keeps a location");
				add(&version.depositor, version.deposit);
			}
			superseded = superseded.saturating_add(record.current_version.saturating_sub(1) as u64);
		}
		ensure!(Versions::<T>::iter_keys().count() as u64 == superseded, "stray versions");
		for (batch, info) in Batches::<T>::iter() {
			ensure!(batch < NextBatchId::<T>::get(), "batch id too high");
			add(&info.author, info.deposit);
		}
		let mut entries: BTreeMap<PatientId, u64> = BTreeMap::new();
		for (patient, seq, entry) in AccessLog::<T>::iter() {
			let bounds = AccessLogBounds::<T>::get(patient);
			ensure!(bounds.oldest <= seq && seq < bounds.next, "log entry out of bounds");
			let n = entries.entry(patient).or_default();
			*n = n.saturating_add(1);
			add(&entry.logged_by, entry.deposit);
		}
		for (patient, bounds) in AccessLogBounds::<T>::iter() {
			ensure!(bounds.oldest <= bounds.next, "log bounds inverted");
			let stored = entries.get(&patient).copied().unwrap_or(0);
			ensure!(stored == bounds.next.saturating_sub(bounds.oldest), "log has gaps");
		}
		for (who, amount) in Prepaid::<T>::iter() {
			ensure!(!amount.is_zero(), "empty prepaid entry kept");
			add(&who, amount);
		}
		for (who, amount) in held {
			ensure!(Self::held(&who) == amount, "deposits held differ from recorded");
		}
		Ok(())
	}
}
