//! Migrations of this pallet's data.
//!
//! - [`RepricePatientDeposits`]: every patient's deposit follows the current
//!   [`Config::PatientDeposit`]. It touches every patient, so it is a multi-block migration
//!   (`pallet-migrations`' [`SteppedMigration`]): each block re-prices as many patients as its
//!   weight allows, and the chain goes on producing blocks meanwhile (transactions wait until it is
//!   done, as `pallet-migrations` suspends them). It changes amounts, not the storage layout, so it
//!   is identified by the price it re-prices to ([`RepricingId`]), not by a storage version:
//!   `pallet-migrations` runs each price's re-pricing once, and a release that changes the deposit
//!   again lists it again.
//!
//! A runtime lists its multi-block migrations in `pallet_migrations::Config::Migrations`.

use crate::{weights::WeightInfo, BalanceOf, Config, Event, HoldReason, Pallet, Patients};
use codec::{Decode, Encode, MaxEncodedLen};
use medledger_primitives::PatientId;
use polkadot_sdk::{
	frame_support::{
		migrations::{SteppedMigration, SteppedMigrationError},
		traits::{fungible::MutateHold, tokens::Precision, Get},
		weights::WeightMeter,
	},
	sp_runtime::Saturating,
};
use scale_info::TypeInfo;
#[cfg(feature = "try-runtime")]
use {alloc::vec::Vec, polkadot_sdk::sp_runtime::TryRuntimeError};

/// The prefix of this pallet's migration ids.
const PALLET_MIGRATIONS_ID: &[u8; 23] = b"pallet-patient-identity";

/// What identifies one re-pricing to `pallet-migrations`: this pallet, and the deposit it
/// re-prices to.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, Copy, PartialEq, Eq, Debug)]
pub struct RepricingId<Balance> {
	/// `pallet-patient-identity`.
	pub pallet: [u8; 23],
	/// The deposit every patient holds afterwards (where the account can pay it).
	pub deposit: Balance,
}

/// Where the re-pricing stands: the last patient re-priced, and the counts so far.
#[derive(Encode, Decode, MaxEncodedLen, Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct Progress {
	/// The last patient handled (`None`: none yet).
	pub last: Option<PatientId>,
	/// Patients now holding the new deposit.
	pub repriced: u32,
	/// Patients who could not pay a higher deposit and keep theirs.
	pub kept: u32,
}

/// Patient deposits are re-priced to [`Config::PatientDeposit`], in steps.
///
/// Patients pay the deposit in force when they register; when the consortium changes it,
/// this migration brings every existing patient to the new amount. A lower deposit releases
/// the difference to the patient's account; a higher one holds the difference, and where the
/// account cannot pay it the patient keeps the old deposit (counted as `kept` in the event):
/// nobody loses their identity over a price change.
pub struct RepricePatientDeposits<T>(core::marker::PhantomData<T>);

impl<T: Config> RepricePatientDeposits<T> {
	/// Re-prices one patient; returns whether it now holds `price` and whether it kept an
	/// old deposit.
	fn reprice(id: PatientId, price: BalanceOf<T>) -> (bool, bool) {
		let reason = HoldReason::PatientDeposit.into();
		let mut outcome = (false, false);
		Patients::<T>::mutate(id, |patient| {
			let Some(patient) = patient else { return };
			let depositor = Pallet::<T>::depositor(id, patient);
			let moved = if price < patient.deposit {
				T::Currency::release(
					&reason,
					&depositor,
					patient.deposit.saturating_sub(price),
					Precision::Exact,
				)
				.is_ok()
			} else if price > patient.deposit {
				T::Currency::hold(&reason, &depositor, price.saturating_sub(patient.deposit))
					.is_ok()
			} else {
				false
			};
			if moved {
				patient.deposit = price;
			}
			outcome = (moved, !moved && patient.deposit != price);
		});
		outcome
	}
}

impl<T: Config> SteppedMigration for RepricePatientDeposits<T> {
	type Cursor = Progress;
	type Identifier = RepricingId<BalanceOf<T>>;

	fn id() -> Self::Identifier {
		RepricingId { pallet: *PALLET_MIGRATIONS_ID, deposit: T::PatientDeposit::get() }
	}

	fn step(
		cursor: Option<Self::Cursor>,
		meter: &mut WeightMeter,
	) -> Result<Option<Self::Cursor>, SteppedMigrationError> {
		let per_patient = T::WeightInfo::reprice_patient_deposit();
		if meter.remaining().any_lt(per_patient) {
			return Err(SteppedMigrationError::InsufficientWeight { required: per_patient });
		}
		let price = T::PatientDeposit::get();
		let mut progress = cursor.unwrap_or_default();
		let mut ids = match progress.last {
			Some(last) => Patients::<T>::iter_keys_from(Patients::<T>::hashed_key_for(last)),
			None => Patients::<T>::iter_keys(),
		};
		loop {
			if meter.try_consume(per_patient).is_err() {
				return Ok(Some(progress));
			}
			let Some(id) = ids.next() else { break };
			let (repriced, kept) = Self::reprice(id, price);
			progress.last = Some(id);
			progress.repriced = progress.repriced.saturating_add(repriced as u32);
			progress.kept = progress.kept.saturating_add(kept as u32);
		}
		Pallet::<T>::deposit_event(Event::PatientDepositsRepriced {
			deposit: price,
			repriced: progress.repriced,
			kept: progress.kept,
		});
		Ok(None)
	}

	/// Records each patient's account, deposit and its depositor's total balance.
	#[cfg(feature = "try-runtime")]
	fn pre_upgrade() -> Result<Vec<u8>, TryRuntimeError> {
		use polkadot_sdk::frame_support::traits::fungible::Inspect;
		let before: Vec<(T::AccountId, BalanceOf<T>, BalanceOf<T>)> = Patients::<T>::iter()
			.map(|(id, p)| {
				let total = T::Currency::total_balance(&Pallet::<T>::depositor(id, &p));
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
			let depositor = Pallet::<T>::depositor(id, &patient);
			ensure!(T::Currency::total_balance(&depositor) == total, "balance changed");
		}
		Pallet::<T>::ensure_deposits_held()
	}
}
