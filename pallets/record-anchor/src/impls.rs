//! Answers of the `RecordApi` runtime API.

use crate::{pallet::*, types::*, weights::WeightInfo};
use alloc::vec::Vec;
use codec::Encode;
use frame_support::traits::Get;
use medledger_primitives::{
	AccessLogEntry, AccessLogLeaf, AccessLogPage, MerkleRootId, OrganisationId, PatientId,
	RecordId, RecordInfo, RecordPage, Verification,
};
use polkadot_sdk::{
	binary_merkle_tree, frame_support, sp_core::H256, sp_runtime::traits::BlakeTwo256,
	sp_weights::Weight,
};

impl<T: Config> Pallet<T> {
	/// Whether `hash` is the content hash of a version of `record`.
	pub fn api_verify(record: RecordId, hash: [u8; 32]) -> Verification<T::AccountId, MomentOf<T>> {
		let Some((_, info)) = Self::record(&record) else { return Verification::Unknown };
		if let Some(erased_at) = info.erased_at {
			return Verification::Erased { erased_at };
		}
		let valid = |version: u32, v: Version<T>| Verification::Valid {
			version,
			current: version == info.current_version,
			author: v.author,
			anchored_at: v.anchored_at,
		};
		if info.current.content_hash == hash {
			return valid(info.current_version, info.current.clone());
		}
		// Bounded by MaxVersions.
		for v in (1..info.current_version).rev() {
			if let Some(version) = Versions::<T>::get(record, v) {
				if version.content_hash == hash {
					return valid(v, version);
				}
			}
		}
		Verification::Mismatch
	}

	/// A record with its current version, for clients.
	fn info(
		id: RecordId,
		patient: PatientId,
		record: Record<T>,
	) -> RecordInfo<T::AccountId, MomentOf<T>> {
		RecordInfo {
			id,
			patient,
			class: record.class,
			emergency_commitment: record.emergency_commitment,
			author: record.author,
			custodian: record.custodian,
			created_at: record.created_at,
			current_version: record.current_version,
			content_hash: record.current.content_hash,
			algorithm: record.current.algorithm,
			location: record.current.location.into_inner(),
			key_manifest: record.current.key_manifest,
			erased_at: record.erased_at,
		}
	}

	/// Whether `key` opens the emergency commitment of `record` (false for an unknown record).
	pub fn api_emergency_key_opens(record: RecordId, key: &[u8; 32]) -> bool {
		Self::record(&record).is_some_and(|(_, info)| Self::emergency_key_opens(&info, key))
	}

	/// A record with its current version.
	pub fn api_record(record: RecordId) -> Option<RecordInfo<T::AccountId, MomentOf<T>>> {
		let (patient, info) = Self::record(&record)?;
		Some(Self::info(record, patient, info))
	}

	/// One page of `patient`'s records, in storage order (stable between calls).
	pub fn api_records(
		patient: PatientId,
		start_after: Option<RecordId>,
		limit: u32,
	) -> RecordPage<T::AccountId, MomentOf<T>> {
		let limit = limit.min(T::MaxPageSize::get()) as usize;
		let mut iter = match start_after {
			Some(after) => Records::<T>::iter_prefix_from(
				patient,
				Records::<T>::hashed_key_for(patient, Self::split_id(&after).1),
			),
			None => Records::<T>::iter_prefix(patient),
		};
		let records: Vec<_> = iter
			.by_ref()
			.take(limit)
			.map(|(key, record)| Self::info(Self::join_id(patient, &key), patient, record))
			.collect();
		let next = match (records.last(), iter.next()) {
			(Some(last), Some(_)) => Some(last.id),
			_ => None,
		};
		RecordPage { records, next }
	}

	/// Whether `hash` is leaf `leaf_index` of the Merkle root `merkle_root`, by `proof`.
	pub fn api_verify_in_merkle_root(
		merkle_root: MerkleRootId,
		hash: [u8; 32],
		proof: Vec<[u8; 32]>,
		leaf_index: u32,
	) -> bool {
		let Some(info) = MerkleRoots::<T>::get(merkle_root) else { return false };
		binary_merkle_tree::verify_proof::<BlakeTwo256, _, _>(
			&H256(info.root),
			proof.into_iter().map(H256),
			info.leaves,
			leaf_index,
			&hash,
		)
	}

	/// Whether `leaf` is leaf `leaf_index` of `custodian`'s access-log root `seq`, by `proof`.
	pub fn api_verify_in_access_log_root(
		custodian: OrganisationId,
		seq: u64,
		leaf: AccessLogLeaf<T::AccountId, MomentOf<T>>,
		proof: Vec<[u8; 32]>,
		leaf_index: u32,
	) -> bool {
		let Some(info) = AccessLogRoots::<T>::get(custodian, seq) else { return false };
		binary_merkle_tree::verify_proof::<BlakeTwo256, _, _>(
			&H256(info.root),
			proof.into_iter().map(H256),
			info.leaves,
			leaf_index,
			&leaf.encode(),
		)
	}

	/// `patient`'s access log from position `from`, oldest first.
	pub fn api_access_log(
		patient: PatientId,
		from: u64,
		limit: u32,
	) -> AccessLogPage<T::AccountId, MomentOf<T>> {
		let bounds = AccessLogBounds::<T>::get(patient);
		let start = from.max(bounds.oldest);
		let end = start.saturating_add(limit.min(T::MaxPageSize::get()) as u64).min(bounds.next);
		let items = (start..end)
			.filter_map(|seq| {
				AccessLog::<T>::get(patient, seq).map(|e| AccessLogEntry {
					seq,
					record: e.record,
					accessor: e.accessor,
					logged_by: e.logged_by,
					purpose: e.purpose,
					outcome: e.outcome,
					at: e.at,
				})
			})
			.collect();
		AccessLogPage { items, next: (end < bounds.next).then_some(end) }
	}
}

/// A patient deactivated: the locations of their records are erased in bounded steps, in the
/// blocks' spare weight (`on_idle`).
impl<T: Config> medledger_primitives::OnPatientDeactivated for Pallet<T> {
	fn on_patient_deactivated(patient: medledger_primitives::PatientId) -> Weight {
		PendingErasures::<T>::insert(patient, ErasureCursor::default());
		Self::weight()
	}

	fn weight() -> Weight {
		T::WeightInfo::mark_deactivated()
	}
}
