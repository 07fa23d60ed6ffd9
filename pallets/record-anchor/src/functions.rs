//! The pallet's logic: calls are thin wrappers around these.

use crate::{pallet::*, types::*};
use codec::Encode;
use frame_support::{
	ensure,
	pallet_prelude::*,
	traits::{
		fungible::{InspectHold, MutateHold},
		tokens::Precision,
	},
};
use medledger_primitives::{
	AccessBasis, AccessDecision, AccessOutcome, ConsentAction, ConsentChecker, HashAlgorithm,
	IdentityProvider, OrganisationKind, PatientId, Purpose, RecordId,
};
use polkadot_sdk::{
	frame_support, frame_system,
	frame_system::pallet_prelude::BlockNumberFor,
	sp_io::hashing::blake2_256,
	sp_runtime::{DispatchError, Saturating},
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
	fn now() -> BlockNumberFor<T> {
		frame_system::Pallet::<T>::block_number()
	}

	/// The id of the record whose first version has this content hash.
	pub fn record_id(patient: PatientId, algorithm: HashAlgorithm, hash: &[u8; 32]) -> RecordId {
		blake2_256(&(b"medledger/record", patient, algorithm, hash).encode())
	}

	fn hold(who: &T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
		T::Currency::hold(&HoldReason::StorageDeposit.into(), who, amount)
			.map_err(|_| Error::<T>::InsufficientBalance.into())
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

	/// Whether `who` may write `action` on `patient`'s `category` (for `record`) for `purpose`:
	/// the patient or a guardian, a permitting consent, or (to append) an emergency session.
	fn may_write(
		who: &T::AccountId,
		patient: PatientId,
		category: medledger_primitives::DataCategory,
		action: ConsentAction,
		purpose: Purpose,
		record: Option<RecordId>,
	) -> bool {
		if T::Consents::check_access(patient, who, category, action, purpose, record).is_permit() {
			return true;
		}
		// Emergency sessions open reads; the clinician treating in an emergency also writes
		// what they did.
		action == ConsentAction::Append &&
			matches!(
				T::Consents::check_access(
					patient,
					who,
					category,
					ConsentAction::Read,
					Purpose::EmergencyTreatment,
					None,
				),
				AccessDecision::Permit { basis: AccessBasis::Emergency(_), .. }
			)
	}

	pub(crate) fn do_anchor(
		who: T::AccountId,
		request: AnchorRequest<T>,
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
		} = request;
		ensure!(T::Identities::is_active_patient(patient), Error::<T>::PatientNotFound);
		ensure!(content_hash != [0; 32], Error::<T>::InvalidHash);
		ensure!(is_valid_location(&location), Error::<T>::InvalidLocation);
		ensure!(is_valid_resource_type(&resource_type), Error::<T>::InvalidResourceType);
		let id = Self::record_id(patient, algorithm, &content_hash);
		ensure!(!Records::<T>::contains_key(id), Error::<T>::AlreadyExists);
		ensure!(
			Self::may_write(&who, patient, category, ConsentAction::Append, purpose, None),
			Error::<T>::NotPermitted
		);
		let deposit = T::RecordDeposit::get();
		Self::hold(&who, deposit)?;

		let now = Self::now();
		Records::<T>::insert(
			id,
			Record {
				patient,
				category,
				resource_type,
				author: who.clone(),
				created_at: now,
				current_version: 1,
				erased_at: None,
			},
		);
		Versions::<T>::insert(
			id,
			1,
			Version {
				content_hash,
				algorithm,
				location,
				key_manifest,
				author: who.clone(),
				anchored_at: now,
				depositor: who.clone(),
				deposit,
			},
		);
		PatientRecords::<T>::insert(patient, id, ());
		Self::deposit_event(Event::RecordAnchored { patient, record: id, category, author: who });
		Ok(id)
	}

	pub(crate) fn do_amend(
		who: T::AccountId,
		id: RecordId,
		amendment: Amendment<T>,
	) -> DispatchResult {
		let mut record = Records::<T>::get(id).ok_or(Error::<T>::RecordNotFound)?;
		ensure!(record.erased_at.is_none(), Error::<T>::Erased);
		ensure!(amendment.content_hash != [0; 32], Error::<T>::InvalidHash);
		ensure!(is_valid_location(&amendment.location), Error::<T>::InvalidLocation);
		ensure!(record.current_version < T::MaxVersions::get(), Error::<T>::TooManyVersions);
		ensure!(
			Self::may_write(
				&who,
				record.patient,
				record.category,
				ConsentAction::Amend,
				amendment.purpose,
				Some(id),
			),
			Error::<T>::NotPermitted
		);
		let deposit = T::VersionDeposit::get();
		Self::hold(&who, deposit)?;

		let version = record.current_version.saturating_add(1);
		record.current_version = version;
		Records::<T>::insert(id, record);
		Versions::<T>::insert(
			id,
			version,
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
		Self::deposit_event(Event::RecordAmended { record: id, version, author: who });
		Ok(())
	}

	/// Returns how many versions were cleared.
	pub(crate) fn do_erase(who: T::AccountId, id: RecordId) -> Result<u32, DispatchError> {
		let mut record = Records::<T>::get(id).ok_or(Error::<T>::RecordNotFound)?;
		ensure!(record.erased_at.is_none(), Error::<T>::Erased);
		ensure!(
			who == record.author || T::Identities::may_act_for(&who, record.patient),
			Error::<T>::NotAuthorized
		);
		// Bounded by MaxVersions.
		for v in 1..=record.current_version {
			Versions::<T>::mutate(id, v, |version| {
				if let Some(version) = version {
					version.location = Default::default();
				}
			});
		}
		record.erased_at = Some(Self::now());
		let (patient, versions) = (record.patient, record.current_version);
		Records::<T>::insert(id, record);
		Self::deposit_event(Event::RecordErased { patient, record: id, by: who });
		Ok(versions)
	}

	pub(crate) fn do_anchor_root(who: T::AccountId, root: [u8; 32], leaves: u32) -> DispatchResult {
		let standing =
			T::Identities::practitioner_standing(&who).ok_or(Error::<T>::NotPractitioner)?;
		ensure!(leaves > 0, Error::<T>::EmptyBatch);
		ensure!(root != [0; 32], Error::<T>::InvalidHash);
		let batch = NextBatchId::<T>::get();
		let next = batch.checked_add(1).ok_or(Error::<T>::Overflow)?;
		let deposit = T::BatchDeposit::get();
		Self::hold(&who, deposit)?;
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
		Ok(())
	}

	/// Whether `who` may write log entries about `accessor`: itself, or a custodian.
	fn may_log_for(who: &T::AccountId, accessor: &T::AccountId) -> bool {
		who == accessor ||
			T::Identities::practitioner_standing(who)
				.is_some_and(|s| s.kind == OrganisationKind::DataCustodian)
	}

	pub(crate) fn do_log(
		who: T::AccountId,
		record: RecordId,
		accessor: T::AccountId,
		purpose: Purpose,
		permitted: bool,
	) -> DispatchResult {
		let info = Records::<T>::get(record).ok_or(Error::<T>::RecordNotFound)?;
		ensure!(Self::may_log_for(&who, &accessor), Error::<T>::NotAuthorized);
		let decision = T::Consents::check_access(
			info.patient,
			&accessor,
			info.category,
			ConsentAction::Read,
			purpose,
			Some(record),
		);
		let outcome = match (decision, permitted) {
			(AccessDecision::Permit { basis, .. }, true) => AccessOutcome::Permitted(basis),
			(AccessDecision::Deny { reason }, false) => AccessOutcome::Denied(reason),
			(AccessDecision::Deny { .. }, true) => Err(Error::<T>::AccessNotPermitted)?,
			(AccessDecision::Permit { .. }, false) => Err(Error::<T>::AccessNotDenied)?,
		};
		let patient = info.patient;
		let mut bounds = AccessLogBounds::<T>::get(patient);
		let seq = bounds.next;
		bounds.next = seq.checked_add(1).ok_or(Error::<T>::Overflow)?;
		let deposit = T::LogDeposit::get();
		Self::hold(&who, deposit)?;
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
		Ok(())
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

	/// Total held by this pallet from `who`.
	pub fn held(who: &T::AccountId) -> BalanceOf<T> {
		T::Currency::balance_on_hold(&HoldReason::StorageDeposit.into(), who)
	}

	/// Invariants: records have versions `1..=current` (and no others), are listed under their
	/// patient, erased ones have no locations; access logs occupy exactly `oldest..next`;
	/// deposits held equal deposits recorded.
	pub fn do_try_state() -> Result<(), DispatchError> {
		use alloc::collections::btree_map::BTreeMap;
		let mut held: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		let mut add = |who: &T::AccountId, amount: BalanceOf<T>| {
			let d = held.entry(who.clone()).or_default();
			*d = d.saturating_add(amount);
		};
		let mut versions = 0u64;
		for (id, record) in Records::<T>::iter() {
			ensure!(record.current_version >= 1, "record without a version");
			ensure!(record.current_version <= T::MaxVersions::get(), "too many versions");
			ensure!(PatientRecords::<T>::contains_key(record.patient, id), "record not listed");
			for v in 1..=record.current_version {
				let version = Versions::<T>::get(id, v).ok_or("missing version")?;
				if record.erased_at.is_some() {
					ensure!(version.location.is_empty(), "erased record keeps a location");
				}
				add(&version.depositor, version.deposit);
			}
			versions = versions.saturating_add(record.current_version as u64);
		}
		ensure!(Versions::<T>::iter_keys().count() as u64 == versions, "stray versions");
		for (patient, id) in PatientRecords::<T>::iter_keys() {
			ensure!(
				Records::<T>::get(id).is_some_and(|r| r.patient == patient),
				"listing without record"
			);
		}
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
		for (who, amount) in held {
			ensure!(Self::held(&who) == amount, "deposits held differ from recorded");
		}
		Ok(())
	}
}
