//! Consent requests: a provider asks, the patient answers.
//!
//! A practitioner (for themselves or their organisation) or an organisation admin asks a patient
//! for a consent, with the terms sealed for the patient ([`SealedTerms`]): the requester has no
//! tag key, and the chain, which every member reads, must not carry the classes and purposes in
//! clear. The requester holds [`Config::RequestDeposit`] and the consent's
//! [`Config::ConsentDeposit`]; if the patient or a representative accepts, the permit comes into
//! force with the requester's consent deposit (returned to the requester when it is removed).
//!
//! Who can do what, and the worst of it:
//! - A requester can make one open request per patient and none for a grantee the patient denied;
//!   the patient's open requests are bounded ([`Config::MaxOpenRequests`]) and expire within
//!   [`Config::MaxRequestPeriod`]; each one costs its requester a deposit until closed. The worst a
//!   group of requesters can do is fill a patient's list until the patient declines their requests
//!   or they expire.
//! - Only the patient or a representative with the consents scope can accept, and they write the
//!   terms themselves: a request never becomes a consent the patient did not write.

use crate::{pallet::*, types::*};
use alloc::{collections::BTreeMap, vec::Vec};
use frame_support::{
	ensure,
	pallet_prelude::*,
	traits::{fungible::MutateHold, tokens::Precision},
};
use medledger_primitives::{
	ConsentKind, ConsentRequestId, Grantee, IdentityProvider, OrganisationStatus, PatientId,
	PatientPower, PatientTimeline, TimelineEvent,
};
use polkadot_sdk::{
	frame_support,
	sp_runtime::{DispatchError, Saturating},
};

impl<T: Config> Pallet<T> {
	/// Whether `who` may ask for a consent for `grantee`: a practitioner in good standing for
	/// themselves, a practitioner or an admin of an active organisation for it.
	fn may_request_for(who: &T::AccountId, grantee: &Grantee<T::AccountId>) -> bool {
		match grantee {
			Grantee::Practitioner(account) =>
				account == who && T::Identities::practitioner_standing(who).is_some(),
			Grantee::Organisation(org) =>
				T::Identities::practitioner_standing(who)
					.is_some_and(|standing| standing.organisation == *org) ||
					(T::Identities::admin_of(who) == Some(*org) &&
						T::Identities::organisation_status(*org) ==
							Some(OrganisationStatus::Active)),
			Grantee::Individual(_) => false,
		}
	}

	pub(crate) fn do_request(
		who: T::AccountId,
		patient: PatientId,
		grantee: Grantee<T::AccountId>,
		sealed_terms: SealedTerms,
		expires_at: MomentOf<T>,
	) -> DispatchResult {
		ensure!(Self::may_request_for(&who, &grantee), Error::<T>::MayNotRequest);
		ensure!(!sealed_terms.is_empty(), Error::<T>::TermsMissing);
		let now = Self::now();
		ensure!(
			expires_at > now && expires_at <= now.saturating_add(T::MaxRequestPeriod::get()),
			Error::<T>::InvalidRequestPeriod
		);
		// Only a registered patient has a key: this is also the check that the patient exists.
		let key = T::Identities::encryption_key(patient).ok_or(Error::<T>::PatientNotFound)?;
		ensure!(Self::deny_naming(patient, &grantee, now).is_none(), Error::<T>::DeniedByPatient);
		ensure!(
			!RequesterRequests::<T>::contains_key((patient, &who)),
			Error::<T>::RequestAlreadyOpen
		);
		let open = OpenRequestCount::<T>::get(patient);
		ensure!(open < T::MaxOpenRequests::get(), Error::<T>::TooManyRequests);
		let id = NextConsentRequestId::<T>::get();
		let next = id.checked_add(1).ok_or(Error::<T>::Overflow)?;

		let deposit = T::RequestDeposit::get().saturating_add(T::ConsentDeposit::get());
		T::Currency::hold(&HoldReason::RequestDeposit.into(), &who, deposit)
			.map_err(|_| Error::<T>::InsufficientBalance)?;

		NextConsentRequestId::<T>::put(next);
		OpenRequestCount::<T>::insert(patient, open.saturating_add(1));
		RequesterRequests::<T>::insert((patient, &who), id);
		ConsentRequests::<T>::insert(
			patient,
			id,
			ConsentRequest {
				requester: who.clone(),
				grantee: grantee.clone(),
				sealed_terms,
				key_version: key.version,
				requested_at: now,
				expires_at,
				deposit,
			},
		);
		T::Timeline::note(patient, TimelineEvent::ConsentRequested { request: id });
		Self::deposit_event(Event::ConsentRequested {
			patient,
			request: id,
			requester: who,
			grantee,
			expires_at,
		});
		Ok(())
	}

	pub(crate) fn do_accept_request(
		who: T::AccountId,
		patient: PatientId,
		id: ConsentRequestId,
		terms: ConsentTerms<T>,
	) -> DispatchResult {
		let request = ConsentRequests::<T>::get(patient, id).ok_or(Error::<T>::RequestNotFound)?;
		let by_patient = Self::ensure_may_consent(&who, patient)?;
		ensure!(Self::now() < request.expires_at, Error::<T>::RequestExpired);
		// The request's deposits are released, and the consent's held again from the same
		// funds: a call is one transaction, so a failure below undoes the release too.
		Self::forget_request(patient, id, &request);
		let consent = Self::record_consent(
			patient,
			request.grantee,
			terms,
			ConsentKind::Permit,
			who.clone(),
			by_patient,
			request.requester.clone(),
		)?;
		T::Timeline::note(
			patient,
			TimelineEvent::ConsentRequestClosed {
				request: id,
				outcome: RequestOutcome::Accepted,
				consent: Some(consent),
			},
		);
		Self::deposit_event(Event::ConsentRequestClosed {
			patient,
			request: id,
			requester: request.requester,
			outcome: RequestOutcome::Accepted,
			consent: Some(consent),
			by: who,
		});
		Ok(())
	}

	pub(crate) fn do_close_request(
		who: T::AccountId,
		patient: PatientId,
		id: ConsentRequestId,
	) -> DispatchResult {
		let request = ConsentRequests::<T>::get(patient, id).ok_or(Error::<T>::RequestNotFound)?;
		let outcome = if Self::now() >= request.expires_at {
			RequestOutcome::Expired
		} else if T::Identities::relation(&who, patient).may(PatientPower::Consents) {
			RequestOutcome::Declined
		} else if who == request.requester {
			RequestOutcome::Withdrawn
		} else {
			return Err(Error::<T>::MayNotCloseRequest.into());
		};
		Self::forget_request(patient, id, &request);
		T::Timeline::note(
			patient,
			TimelineEvent::ConsentRequestClosed { request: id, outcome, consent: None },
		);
		Self::deposit_event(Event::ConsentRequestClosed {
			patient,
			request: id,
			requester: request.requester,
			outcome,
			consent: None,
			by: who,
		});
		Ok(())
	}

	/// Removes an open request and releases its requester's deposits.
	fn forget_request(patient: PatientId, id: ConsentRequestId, request: &ConsentRequest<T>) {
		ConsentRequests::<T>::remove(patient, id);
		RequesterRequests::<T>::remove((patient, &request.requester));
		OpenRequestCount::<T>::mutate_exists(patient, |count| {
			let left = count.unwrap_or(0).saturating_sub(1);
			*count = (left > 0).then_some(left);
		});
		// Best effort: the hold was taken for this request, so it is there to release.
		let _ = T::Currency::release(
			&HoldReason::RequestDeposit.into(),
			&request.requester,
			request.deposit,
			Precision::BestEffort,
		);
	}

	/// The patient's open requests, expired ones included until cleared, oldest first (at most
	/// [`Config::MaxOpenRequests`]).
	pub fn open_requests(patient: PatientId) -> Vec<(ConsentRequestId, ConsentRequest<T>)> {
		let mut requests: Vec<_> = ConsentRequests::<T>::iter_prefix(patient)
			.take(T::MaxOpenRequests::get() as usize)
			.collect();
		requests.sort_by_key(|(id, _)| *id);
		requests
	}

	/// Checks the requests' bookkeeping (part of `try_state`).
	pub(crate) fn requests_try_state() -> Result<(), DispatchError> {
		let mut counts = BTreeMap::<PatientId, u32>::new();
		let mut held = BTreeMap::<T::AccountId, BalanceOf<T>>::new();
		for (patient, id, request) in ConsentRequests::<T>::iter() {
			let amount = held.entry(request.requester.clone()).or_default();
			*amount = amount.saturating_add(request.deposit);
			ensure!(id < NextConsentRequestId::<T>::get(), "a request id was never assigned");
			ensure!(
				RequesterRequests::<T>::get((patient, &request.requester)) == Some(id),
				"an open request is not its requester's"
			);
			ensure!(!request.sealed_terms.is_empty(), "a request without terms");
			let count = counts.entry(patient).or_default();
			*count = count.saturating_add(1);
		}
		for (patient, count) in OpenRequestCount::<T>::iter() {
			ensure!(counts.remove(&patient) == Some(count), "an open request count is wrong");
			ensure!(count <= T::MaxOpenRequests::get(), "too many open requests");
		}
		ensure!(counts.is_empty(), "open requests without a count");
		for (who, amount) in held {
			ensure!(
				Self::held(HoldReason::RequestDeposit, &who) == amount,
				"request deposits held differ from recorded"
			);
		}
		ensure!(
			RequesterRequests::<T>::iter()
				.all(|((patient, _), id)| ConsentRequests::<T>::contains_key(patient, id)),
			"a requester's request is not open"
		);
		Ok(())
	}
}
