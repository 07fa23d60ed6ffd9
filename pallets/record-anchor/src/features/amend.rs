//! Amending a record: a new current version, the old one kept.

use crate::{functions::is_valid_location, pallet::*, types::*};
use frame_support::{ensure, pallet_prelude::*};
use medledger_primitives::{ConsentAction, PatientTimeline, RecordId, TimelineEvent};
use polkadot_sdk::{frame_support, sp_runtime::DispatchError};

impl<T: Config> Pallet<T> {
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
			record.class,
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
		T::Timeline::note(patient, TimelineEvent::RecordAmended { record: id, version });
		Self::deposit_event(Event::RecordAmended { patient, record: id, version, author: who });
		Ok(cost)
	}
}
