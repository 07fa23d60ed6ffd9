//! What every feature uses: record ids, validation, the time. The calls' logic is in
//! `features/*.rs`, one file per feature, as in `pallet-nfts`.

use crate::{pallet::*, types::*};
use codec::Encode;
use frame_support::traits::Time;
use medledger_primitives::{HashAlgorithm, PatientId, RecordId};
use polkadot_sdk::{frame_support, sp_io::hashing::blake2_256};

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

	/// A record and its patient, by id.
	pub fn record(id: &RecordId) -> Option<(PatientId, Record<T>)> {
		let (patient, key) = Self::split_id(id);
		Records::<T>::get(patient, key).map(|record| (patient, record))
	}
}
