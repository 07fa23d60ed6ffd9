//! Deposits: held per item, or taken from what the writer prepaid, and returned.

use crate::{pallet::*, types::*, weights::WeightInfo};
use frame_support::{
	ensure,
	pallet_prelude::*,
	traits::{
		fungible::{InspectHold, MutateHold},
		tokens::Precision,
	},
	weights::Weight,
};
use medledger_primitives::{ConsentChecker, PatientTimeline};
use polkadot_sdk::{
	frame_support,
	sp_runtime::{traits::Zero, DispatchError, Saturating},
};

impl<T: Config> Pallet<T> {
	pub(crate) fn hold(who: &T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
		T::Currency::hold(&HoldReason::StorageDeposit.into(), who, amount)
			.map_err(|_| Error::<T>::InsufficientBalance.into())
	}

	/// Takes `amount` as a deposit from `who`: out of its prepaid deposits when they cover it
	/// (one read, one write), else by holding it now. Returns whether it was held.
	pub(crate) fn take_deposit(
		who: &T::AccountId,
		amount: BalanceOf<T>,
	) -> Result<bool, DispatchError> {
		let prepaid = Prepaid::<T>::get(who);
		if prepaid >= amount {
			Self::set_prepaid(who, prepaid.saturating_sub(amount));
			return Ok(false);
		}
		Self::hold(who, amount)?;
		Ok(true)
	}

	/// Stores what `who` has prepaid; nothing is kept for zero.
	pub(crate) fn set_prepaid(who: &T::AccountId, amount: BalanceOf<T>) {
		if amount.is_zero() {
			Prepaid::<T>::remove(who);
		} else {
			Prepaid::<T>::insert(who, amount);
		}
	}

	/// The weight of what a write did beyond what its own benchmark measured (one decision for
	/// the patient, a prepaid deposit): the rest of its decisions, and a held deposit.
	pub fn extra(cost: WriteCost) -> Weight {
		let decisions = cost.decisions.saturating_sub(T::Consents::check_access_min_weight());
		if cost.held {
			decisions.saturating_add(T::WeightInfo::hold_deposit())
		} else {
			decisions
		}
	}

	/// `weight` and that of `notes` timeline entries.
	pub fn noted(weight: Weight, notes: u32) -> Weight {
		weight.saturating_add(T::Timeline::note_weight().saturating_mul(u64::from(notes)))
	}

	pub(crate) fn do_prepay(who: T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		Self::hold(&who, amount)?;
		let total = Prepaid::<T>::get(&who).saturating_add(amount);
		Prepaid::<T>::insert(&who, total);
		Self::deposit_event(Event::DepositsPrepaid { who, amount, total });
		Ok(())
	}

	pub(crate) fn do_withdraw_prepaid(who: T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		let prepaid = Prepaid::<T>::get(&who);
		ensure!(amount <= prepaid, Error::<T>::InsufficientPrepaid);
		let left = prepaid.saturating_sub(amount);
		// What is prepaid is held (an invariant), so exactly `amount` is released.
		T::Currency::release(&HoldReason::StorageDeposit.into(), &who, amount, Precision::Exact)?;
		Self::set_prepaid(&who, left);
		Self::deposit_event(Event::PrepaidWithdrawn { who, amount, left });
		Ok(())
	}

	pub(crate) fn release(who: &T::AccountId, amount: BalanceOf<T>) {
		// Best effort: the hold was taken for exactly this item.
		let _ = T::Currency::release(
			&HoldReason::StorageDeposit.into(),
			who,
			amount,
			Precision::BestEffort,
		);
	}

	/// Total held by this pallet from `who`.
	pub fn held(who: &T::AccountId) -> BalanceOf<T> {
		T::Currency::balance_on_hold(&HoldReason::StorageDeposit.into(), who)
	}
}
