//! What every feature uses: record ids, validation, the time. The calls' logic is in
//! `features/*.rs`, one file per feature, as in `pallet-nfts`.

use crate::{pallet::*, types::*};
use codec::Encode;
use frame_support::traits::Time;
use medledger_primitives::{HashAlgorithm, PatientId, RecordId};
use polkadot_sdk::{frame_support, sp_io::hashing::blake2_256};

/// `https://…` or `ipfs://…`, printable ASCII only. A relative FHIR reference (`Type/id`) is not
/// accepted: it would tell every member the resource type.
pub fn is_valid_location(location: &[u8]) -> bool {
	location.iter().all(|b| (0x21..=0x7e).contains(b)) &&
		[&b"https://"[..], &b"ipfs://"[..]]
			.iter()
			.any(|scheme| location.strip_prefix(*scheme).is_some_and(|rest| !rest.is_empty()))
}

impl<T: Config> Pallet<T> {
	pub(crate) fn now() -> MomentOf<T> {
		T::Time::now()
	}

	/// The id of `patient`'s record whose first version has this content hash: the patient id
	/// (little-endian), then the first 24 bytes of BLAKE2-256 over the three.
	pub fn record_id(patient: PatientId, algorithm: HashAlgorithm, hash: &[u8; 32]) -> RecordId {
		Self::join_id(patient, &Self::record_key(patient, algorithm, hash))
	}

	/// The storage key of that record (the last 24 bytes of its id).
	pub(crate) fn record_key(
		patient: PatientId,
		algorithm: HashAlgorithm,
		hash: &[u8; 32],
	) -> RecordKey {
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

	/// Whether `key` opens `record`'s emergency commitment (its BLAKE2-256 is the commitment).
	pub fn emergency_key_opens(record: &Record<T>, key: &[u8; 32]) -> bool {
		blake2_256(key) == record.emergency_commitment
	}

	/// A record and its patient, by id.
	pub fn record(id: &RecordId) -> Option<(PatientId, Record<T>)> {
		let (patient, key) = Self::split_id(id);
		Records::<T>::get(patient, key).map(|record| (patient, record))
	}
}
