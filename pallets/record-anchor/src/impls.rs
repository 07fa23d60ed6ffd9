//! Answers of the `RecordApi` runtime API.

use crate::pallet::*;
use alloc::vec::Vec;
use frame_support::traits::Get;
use medledger_primitives::{
	AccessLogEntry, AccessLogPage, BatchId, PatientId, RecordId, RecordInfo, RecordPage,
	Verification,
};
use polkadot_sdk::{
	binary_merkle_tree, frame_support, frame_system::pallet_prelude::BlockNumberFor, sp_core::H256,
	sp_runtime::traits::BlakeTwo256,
};

impl<T: Config> Pallet<T> {
	/// Whether `hash` is the content hash of a version of `record`.
	pub fn api_verify(
		record: RecordId,
		hash: [u8; 32],
	) -> Verification<T::AccountId, BlockNumberFor<T>> {
		let Some(info) = Records::<T>::get(record) else { return Verification::Unknown };
		if let Some(erased_at) = info.erased_at {
			return Verification::Erased { erased_at };
		}
		// Bounded by MaxVersions.
		for v in (1..=info.current_version).rev() {
			if let Some(version) = Versions::<T>::get(record, v) {
				if version.content_hash == hash {
					return Verification::Valid {
						version: v,
						current: v == info.current_version,
						author: version.author,
						anchored_at: version.anchored_at,
					};
				}
			}
		}
		Verification::Mismatch
	}

	/// A record with its current version.
	pub fn api_record(record: RecordId) -> Option<RecordInfo<T::AccountId, BlockNumberFor<T>>> {
		let info = Records::<T>::get(record)?;
		let current = Versions::<T>::get(record, info.current_version)?;
		Some(RecordInfo {
			id: record,
			patient: info.patient,
			category: info.category,
			resource_type: info.resource_type.into_inner(),
			author: info.author,
			created_at: info.created_at,
			current_version: info.current_version,
			content_hash: current.content_hash,
			algorithm: current.algorithm,
			location: current.location.into_inner(),
			key_manifest: current.key_manifest,
			erased_at: info.erased_at,
		})
	}

	/// One page of `patient`'s records, in storage order (stable between calls).
	pub fn api_records(
		patient: PatientId,
		start_after: Option<RecordId>,
		limit: u32,
	) -> RecordPage<T::AccountId, BlockNumberFor<T>> {
		let limit = limit.min(T::MaxPageSize::get()) as usize;
		let mut keys = match start_after {
			Some(after) => PatientRecords::<T>::iter_key_prefix_from(
				patient,
				PatientRecords::<T>::hashed_key_for(patient, after),
			),
			None => PatientRecords::<T>::iter_key_prefix(patient),
		};
		let mut records = Vec::with_capacity(limit);
		let mut last = None;
		for id in keys.by_ref().take(limit) {
			last = Some(id);
			if let Some(info) = Self::api_record(id) {
				records.push(info);
			}
		}
		let next = if keys.next().is_some() { last } else { None };
		RecordPage { records, next }
	}

	/// Whether `hash` is leaf `leaf_index` of batch `batch`, by `proof`.
	pub fn api_verify_in_batch(
		batch: BatchId,
		hash: [u8; 32],
		proof: Vec<[u8; 32]>,
		leaf_index: u32,
	) -> bool {
		let Some(info) = Batches::<T>::get(batch) else { return false };
		binary_merkle_tree::verify_proof::<BlakeTwo256, _, _>(
			&H256(info.root),
			proof.into_iter().map(H256),
			info.leaves,
			leaf_index,
			&hash,
		)
	}

	/// `patient`'s access log from position `from`, oldest first.
	pub fn api_access_log(
		patient: PatientId,
		from: u64,
		limit: u32,
	) -> AccessLogPage<T::AccountId, BlockNumberFor<T>> {
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
