//! The pallet's logic: calls are thin wrappers around these.

use crate::{pallet::*, types::*};
use frame_support::{
	ensure,
	pallet_prelude::*,
	traits::{fungible::MutateHold, tokens::Precision, Time},
	weights::Weight,
};
use medledger_primitives::{DepositPayer, IdentityProvider, OrganisationId, OrganisationStatus};
use polkadot_sdk::{
	frame_support, frame_system,
	sp_runtime::{traits::UniqueSaturatedInto, DispatchResult},
};

impl<T: Config> Pallet<T> {
	/// Today, as a UTC day of the chain's timestamp.
	pub fn today() -> Day {
		let now: u64 = T::Time::now().unique_saturated_into();
		(now / u64::from(medledger_primitives::DAY_MS)).unique_saturated_into()
	}

	/// Whether `organisation` is an active organisation.
	pub fn is_active(organisation: OrganisationId) -> bool {
		T::Identities::organisation_status(organisation) == Some(OrganisationStatus::Active)
	}

	/// The organisation `who` administers, if it is active.
	fn active_organisation_of(who: &T::AccountId) -> Option<OrganisationId> {
		T::Identities::admin_of(who).filter(|o| Self::is_active(*o))
	}

	pub(crate) fn do_set_sponsor(
		admin: T::AccountId,
		relayer: T::AccountId,
		daily_budget: BalanceOf<T>,
	) -> DispatchResult {
		let organisation =
			Self::active_organisation_of(&admin).ok_or(Error::<T>::NotOrganisationAdmin)?;
		Sponsors::<T>::mutate(organisation, |sponsor| match sponsor {
			Some(s) => {
				s.relayer = relayer.clone();
				s.daily_budget = daily_budget;
			},
			None =>
				*sponsor = Some(Sponsor {
					relayer: relayer.clone(),
					daily_budget,
					spent: Default::default(),
					day: Self::today(),
				}),
		});
		Self::deposit_event(Event::SponsorSet { organisation, relayer, daily_budget });
		Ok(())
	}

	pub(crate) fn do_sponsor_patient(
		relayer: T::AccountId,
		organisation: OrganisationId,
		patient: T::AccountId,
	) -> DispatchResult {
		let sponsor = Sponsors::<T>::get(organisation).ok_or(Error::<T>::NotSponsor)?;
		ensure!(sponsor.relayer == relayer, Error::<T>::NotRelayer);
		ensure!(Self::is_active(organisation), Error::<T>::OrganisationNotActive);
		let previous = Sponsorships::<T>::get(&patient);
		if let Some(previous) = &previous {
			ensure!(!Self::is_active(previous.organisation), Error::<T>::AlreadySponsored);
		}
		let deposit = T::SponsorshipDeposit::get();
		T::Currency::hold(&HoldReason::SponsorshipDeposit.into(), &relayer, deposit)
			.map_err(|_| Error::<T>::InsufficientBalance)?;
		match previous {
			// Taken over from an organisation no longer active: its deposit goes back, the
			// account's reference stays.
			Some(previous) => Self::release(&patient, previous, relayer.clone()),
			None => {
				frame_system::Pallet::<T>::inc_sufficients(&patient);
			},
		}
		Sponsorships::<T>::insert(
			&patient,
			Sponsorship {
				organisation,
				depositor: relayer.clone(),
				deposit,
				calls: 0,
				day: Self::today(),
			},
		);
		Self::deposit_event(Event::PatientSponsored {
			account: patient,
			organisation,
			depositor: relayer,
			deposit,
		});
		Ok(())
	}

	pub(crate) fn do_end_sponsorship(who: T::AccountId, patient: T::AccountId) -> DispatchResult {
		let sponsorship = Sponsorships::<T>::get(&patient).ok_or(Error::<T>::NotSponsored)?;
		let relayer = Sponsors::<T>::get(sponsorship.organisation).map(|s| s.relayer);
		ensure!(
			who == patient ||
				relayer.as_ref() == Some(&who) ||
				T::Identities::admin_of(&who) == Some(sponsorship.organisation),
			Error::<T>::MayNotEndSponsorship
		);
		Sponsorships::<T>::remove(&patient);
		// The account may go with its last reference, and its nonce with it: wallets sign mortal
		// meta transactions, which cannot return.
		let _ = frame_system::Pallet::<T>::dec_sufficients(&patient);
		Self::release(&patient, sponsorship, who);
		Ok(())
	}

	/// Releases an ending sponsorship's deposit to its depositor.
	fn release(patient: &T::AccountId, sponsorship: Sponsorship<T>, ended_by: T::AccountId) {
		// The deposit is held; `BestEffort` cannot release more than is.
		let _ = T::Currency::release(
			&HoldReason::SponsorshipDeposit.into(),
			&sponsorship.depositor,
			sponsorship.deposit,
			Precision::BestEffort,
		);
		Self::deposit_event(Event::SponsorshipEnded {
			account: patient.clone(),
			organisation: sponsorship.organisation,
			depositor: sponsorship.depositor,
			ended_by,
		});
	}

	/// Invariants: no sponsored call is left running between transactions; every sponsorship
	/// is by an organisation that named a relayer, and holds a reference on the patient's
	/// account; deposits held equal deposits recorded; no day's count exceeds its bound.
	#[cfg(any(feature = "try-runtime", test))]
	pub fn do_try_state() -> Result<(), polkadot_sdk::sp_runtime::TryRuntimeError> {
		use frame_support::traits::fungible::InspectHold;
		use polkadot_sdk::sp_runtime::Saturating;
		ensure!(
			SponsoredDispatch::<T>::get().is_none(),
			"a sponsored call outlived its transaction"
		);
		let mut held = alloc::collections::BTreeMap::<T::AccountId, BalanceOf<T>>::new();
		for (patient, s) in Sponsorships::<T>::iter() {
			ensure!(Sponsors::<T>::contains_key(s.organisation), "sponsorship without sponsor");
			ensure!(
				frame_system::Pallet::<T>::sufficients(&patient) >= 1,
				"sponsored account without a reference"
			);
			ensure!(s.calls <= T::MaxCallsPerDay::get(), "more calls than a day allows");
			let total = held.entry(s.depositor).or_default();
			*total = total.saturating_add(s.deposit);
		}
		for (who, total) in held {
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::SponsorshipDeposit.into(), &who) == total,
				"held sponsorship deposit differs from sponsorships"
			);
		}
		Ok(())
	}
}

/// While a sponsored call runs, the sponsor's relayer pays the deposits of its signer.
impl<T: Config> DepositPayer<T::AccountId> for Pallet<T> {
	fn deposit_payer(signer: &T::AccountId) -> T::AccountId {
		match SponsoredDispatch::<T>::get() {
			Some((patient, relayer)) if patient == *signer => relayer,
			_ => signer.clone(),
		}
	}

	fn deposit_payer_weight() -> Weight {
		T::DbWeight::get().reads(1)
	}
}
