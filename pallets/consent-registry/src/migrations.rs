//! Migrations of this pallet's data.
//!
//! - [`v1::CopyConsentsIntoGranteeIndex`] (storage version 0 to 1): the grantee index holds a copy
//!   of each consent next to its id, so a decision reads one storage item per grantee instead of
//!   one per consent. It touches every grantee index, so it is a multi-block migration
//!   (`pallet-migrations`' [`SteppedMigration`]): each block converts as many indices as its weight
//!   allows, transactions wait until it is done, and decisions asked meanwhile (the runtime API)
//!   read either layout ([`crate::Pallet::grantee_index`]).
//!
//! A runtime lists its multi-block migrations in `pallet_migrations::Config::Migrations`.

/// Storage version 0 to 1.
pub mod v1 {
	use crate::{weights::WeightInfo, Config, Consents, GranteeConsents, Pallet};
	use alloc::vec::Vec;
	use medledger_primitives::{ConsentId, Grantee, PatientId};
	use polkadot_sdk::frame_support::{
		migrations::{MigrationId, SteppedMigration, SteppedMigrationError},
		pallet_prelude::*,
		storage_alias,
		traits::{GetStorageVersion, StorageVersion},
		weights::WeightMeter,
	};
	#[cfg(feature = "try-runtime")]
	use {
		codec::{Decode, Encode},
		polkadot_sdk::sp_runtime::TryRuntimeError,
	};

	/// The prefix of this pallet's migration ids.
	const PALLET_MIGRATIONS_ID: &[u8; 23] = b"pallet-consent-registry";

	/// The layout before: the index holds ids only.
	pub mod v0 {
		use super::*;

		/// The grantee index of storage version 0: the ids of the consents not yet revoked.
		#[storage_alias]
		pub type GranteeConsents<T: Config> = StorageMap<
			Pallet<T>,
			Blake2_128Concat,
			(PatientId, Grantee<<T as polkadot_sdk::frame_system::Config>::AccountId>),
			BoundedVec<ConsentId, <T as Config>::MaxConsentsPerGrantee>,
			ValueQuery,
		>;
	}

	/// Where the migration stands: the last (patient, grantee) index converted.
	pub type Cursor<T> = (PatientId, Grantee<<T as polkadot_sdk::frame_system::Config>::AccountId>);

	/// Each of `patient`'s consents `ids` with its entry (an id without one is left out): what an
	/// index of version 0 lists, in the layout of version 1.
	pub(crate) fn with_consents<T: Config>(
		patient: PatientId,
		ids: impl IntoIterator<Item = ConsentId>,
	) -> Vec<(ConsentId, crate::Consent<T>)> {
		ids.into_iter()
			.filter_map(|id| Consents::<T>::get((patient, id)).map(|consent| (id, consent)))
			.collect()
	}

	/// Copies each consent not yet revoked into its grantee index, next to its id.
	pub struct CopyConsentsIntoGranteeIndex<T>(core::marker::PhantomData<T>);

	impl<T: Config> CopyConsentsIntoGranteeIndex<T> {
		/// Converts one index of version 0; an index whose consents are all gone is removed.
		pub(crate) fn convert(
			key: &Cursor<T>,
			ids: BoundedVec<ConsentId, T::MaxConsentsPerGrantee>,
		) {
			let copies = with_consents::<T>(key.0, ids);
			if copies.is_empty() {
				GranteeConsents::<T>::remove(key);
			} else {
				// As many as there were ids: within the same bound.
				GranteeConsents::<T>::insert(key, BoundedVec::truncate_from(copies));
			}
		}
	}

	impl<T: Config> SteppedMigration for CopyConsentsIntoGranteeIndex<T> {
		type Cursor = Cursor<T>;
		type Identifier = MigrationId<23>;

		fn id() -> Self::Identifier {
			MigrationId { pallet_id: *PALLET_MIGRATIONS_ID, version_from: 0, version_to: 1 }
		}

		fn step(
			cursor: Option<Self::Cursor>,
			meter: &mut WeightMeter,
		) -> Result<Option<Self::Cursor>, SteppedMigrationError> {
			// A chain that started at version 1 or later has nothing to convert.
			if Pallet::<T>::on_chain_storage_version() >= 1 {
				return Ok(None);
			}
			let per_index = T::WeightInfo::migrate_grantee_index();
			if meter.remaining().any_lt(per_index) {
				return Err(SteppedMigrationError::InsufficientWeight { required: per_index });
			}
			let mut indices = match &cursor {
				Some(last) => v0::GranteeConsents::<T>::iter_from(
					v0::GranteeConsents::<T>::hashed_key_for(last),
				),
				None => v0::GranteeConsents::<T>::iter(),
			};
			let mut last = cursor;
			loop {
				if meter.try_consume(per_index).is_err() {
					return Ok(last);
				}
				let Some((key, ids)) = indices.next() else { break };
				Self::convert(&key, ids);
				last = Some(key);
			}
			StorageVersion::new(1).put::<Pallet<T>>();
			Ok(None)
		}

		/// Records how many consents the indices list.
		#[cfg(feature = "try-runtime")]
		fn pre_upgrade() -> Result<Vec<u8>, TryRuntimeError> {
			let listed: u64 = if Pallet::<T>::on_chain_storage_version() >= 1 {
				GranteeConsents::<T>::iter_values().map(|list| list.len() as u64).sum()
			} else {
				v0::GranteeConsents::<T>::iter_values().map(|list| list.len() as u64).sum()
			};
			Ok(listed.encode())
		}

		/// The indices list as many consents as before, each a copy of its entry (the pallet's
		/// invariants), and the pallet is at version 1.
		#[cfg(feature = "try-runtime")]
		fn post_upgrade(state: Vec<u8>) -> Result<(), TryRuntimeError> {
			let before = u64::decode(&mut &state[..]).map_err(|_| "pre_upgrade state decodes")?;
			let after: u64 = GranteeConsents::<T>::iter_values().map(|l| l.len() as u64).sum();
			ensure!(before == after, "consents lost from the grantee index");
			ensure!(Pallet::<T>::on_chain_storage_version() >= 1, "storage version not 1");
			Pallet::<T>::do_try_state().map_err(Into::into)
		}
	}
}
