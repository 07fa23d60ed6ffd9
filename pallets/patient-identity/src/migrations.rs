//! Storage migrations, one module per storage version, each a [`VersionedMigration`] so that it
//! runs exactly once: when the on-chain version is its `FROM`, after which the version is `TO`.
//!
//! - [`v1`] (0 → 1): every patient's deposit follows the current [`Config::PatientDeposit`].
//!
//! A runtime lists the migrations it needs in its `Executive`'s migrations tuple. These are
//! single-block migrations: their weight must fit in one block, which `try-runtime` reports
//! before an upgrade is proposed (see `docs/governance.md`).

use crate::{Config, Event, HoldReason, Pallet, Patients};
use core::marker::PhantomData;
use polkadot_sdk::{
	frame_support::{
		migrations::VersionedMigration,
		traits::{fungible::MutateHold, tokens::Precision, Get, UncheckedOnRuntimeUpgrade},
		weights::Weight,
	},
	frame_system,
	sp_runtime::Saturating,
};
#[cfg(feature = "try-runtime")]
use {crate::BalanceOf, alloc::vec::Vec, polkadot_sdk::sp_runtime::TryRuntimeError};

/// Version 1: patient deposits are re-priced to [`Config::PatientDeposit`].
///
/// Patients pay the deposit in force when they register; when the consortium changes it, this
/// migration brings every existing patient to the new amount. A lower deposit releases the
/// difference to the patient's account; a higher one holds the difference, and where the account
/// cannot pay it the patient keeps the old deposit (counted as `kept` in the event): nobody loses
/// their identity over a price change.
pub mod v1 {
	use super::*;

	/// The migration, without the version check: use [`MigrateV0ToV1`].
	pub struct RepricePatientDeposits<T>(PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for RepricePatientDeposits<T> {
		fn on_runtime_upgrade() -> Weight {
			let price = T::PatientDeposit::get();
			let reason = HoldReason::PatientDeposit.into();
			let (mut patients, mut repriced, mut kept) = (0u64, 0u32, 0u32);
			Patients::<T>::translate_values::<crate::Patient<T>, _>(|mut patient| {
				patients = patients.saturating_add(1);
				let moved = if price < patient.deposit {
					T::Currency::release(
						&reason,
						&patient.account,
						patient.deposit.saturating_sub(price),
						Precision::Exact,
					)
					.is_ok()
				} else if price > patient.deposit {
					T::Currency::hold(
						&reason,
						&patient.account,
						price.saturating_sub(patient.deposit),
					)
					.is_ok()
				} else {
					false
				};
				if moved {
					patient.deposit = price;
					repriced = repriced.saturating_add(1);
				} else if patient.deposit != price {
					kept = kept.saturating_add(1);
				}
				Some(patient)
			});
			Pallet::<T>::deposit_event(Event::PatientDepositsRepriced {
				deposit: price,
				repriced,
				kept,
			});
			// Per patient: the record read and written, and the hold and the account each read
			// and written; plus the event.
			T::DbWeight::get().reads_writes(
				patients.saturating_mul(3).saturating_add(1),
				patients.saturating_mul(3).saturating_add(1),
			)
		}

		/// Records each patient's account, deposit and total balance.
		#[cfg(feature = "try-runtime")]
		fn pre_upgrade() -> Result<Vec<u8>, TryRuntimeError> {
			use codec::Encode;
			use polkadot_sdk::frame_support::traits::fungible::Inspect;
			let before: Vec<(T::AccountId, BalanceOf<T>, BalanceOf<T>)> =
				Patients::<T>::iter_values()
					.map(|p| {
						let total = T::Currency::total_balance(&p.account);
						(p.account, p.deposit, total)
					})
					.collect();
			Ok(before.encode())
		}

		/// Every patient is still there, with the new deposit (or the old one where a higher
		/// deposit could not be held), the deposit held matches it, and no balance was created or
		/// destroyed.
		#[cfg(feature = "try-runtime")]
		fn post_upgrade(state: Vec<u8>) -> Result<(), TryRuntimeError> {
			use codec::Decode;
			use polkadot_sdk::frame_support::{ensure, traits::fungible::Inspect};
			let before: Vec<(T::AccountId, BalanceOf<T>, BalanceOf<T>)> =
				Decode::decode(&mut &state[..]).map_err(|_| "pre_upgrade state decodes")?;
			let price = T::PatientDeposit::get();
			ensure!(Patients::<T>::iter().count() == before.len(), "patients were added or lost");
			for (account, old, total) in before {
				let id = crate::PatientByAccount::<T>::get(&account).ok_or("patient lost")?;
				let patient = Patients::<T>::get(id).ok_or("patient record lost")?;
				ensure!(
					patient.deposit == price || (patient.deposit == old && price > old),
					"deposit neither re-priced nor kept for want of funds"
				);
				ensure!(Pallet::<T>::held_deposit(&account) == patient.deposit, "held differs");
				ensure!(T::Currency::total_balance(&account) == total, "balance changed");
			}
			Ok(())
		}
	}

	/// Storage version 0 → 1: [`RepricePatientDeposits`].
	pub type MigrateV0ToV1<T> = VersionedMigration<
		0,
		1,
		RepricePatientDeposits<T>,
		Pallet<T>,
		<T as frame_system::Config>::DbWeight,
	>;
}
