//! Invariants checked by `try_state` after every test and on `try-runtime`.

use crate::{pallet::*, types::*};
use frame_support::{ensure, pallet_prelude::*};
use medledger_primitives::{OrganisationId, PatientId};
use polkadot_sdk::{
	frame_support,
	sp_runtime::{traits::Zero, DispatchError, Saturating},
};

impl<T: Config> Pallet<T> {
	/// Invariants: records have their current version and versions `1..current` (and no
	/// others), erased ones have no locations; access logs and custodians' access-log roots
	/// occupy exactly `oldest..next`;
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
		for (id, info) in MerkleRoots::<T>::iter() {
			ensure!(id < NextMerkleRootId::<T>::get(), "Merkle root id too high");
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
		let mut roots: BTreeMap<OrganisationId, u64> = BTreeMap::new();
		for (custodian, seq, root) in AccessLogRoots::<T>::iter() {
			let bounds = AccessLogRootBounds::<T>::get(custodian);
			ensure!(bounds.oldest <= seq && seq < bounds.next, "log root out of bounds");
			ensure!(root.leaves > 0, "log root without leaves");
			let n = roots.entry(custodian).or_default();
			*n = n.saturating_add(1);
			add(&root.logged_by, root.deposit);
		}
		for (custodian, bounds) in AccessLogRootBounds::<T>::iter() {
			ensure!(bounds.oldest <= bounds.next, "log root bounds inverted");
			let stored = roots.get(&custodian).copied().unwrap_or(0);
			ensure!(stored == bounds.next.saturating_sub(bounds.oldest), "log roots have gaps");
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
