//! [`ConsentChecker`] for other pallets, and the answers of the `ConsentApi` runtime API.

use crate::{pallet::*, types::*};
use alloc::vec::Vec;
use frame_support::traits::Get;
use medledger_primitives::{
	runtime_api::{ConsentInfo, ConsentPage, ConsentRequestInfo},
	AccessDecision, ClassScope, ConsentAction, ConsentChecker, ConsentId, ConsentKind, PatientId,
	RecordId, Tag,
};
use polkadot_sdk::{frame_support, sp_weights::Weight};

impl<T: Config> ConsentChecker<T::AccountId, MomentOf<T>> for Pallet<T> {
	fn check_access(
		patient: PatientId,
		accessor: &T::AccountId,
		class: Tag,
		action: ConsentAction,
		purpose: Tag,
		record: Option<RecordId>,
		emergency_opened: bool,
	) -> (AccessDecision<MomentOf<T>>, Weight) {
		let (decision, cost) = Pallet::<T>::decide(
			patient,
			accessor,
			class,
			action,
			purpose,
			record,
			emergency_opened,
		);
		(decision, Pallet::<T>::decision_weight(cost))
	}

	fn check_access_weight() -> Weight {
		Pallet::<T>::decision_weight(Pallet::<T>::max_decision_cost())
	}

	fn check_access_min_weight() -> Weight {
		Pallet::<T>::decision_weight(DecisionCost::Patient)
	}
}

impl<T: Config> Pallet<T> {
	/// A stored consent as clients see it.
	fn info(
		patient: PatientId,
		id: ConsentId,
		c: Consent<T>,
		now: MomentOf<T>,
	) -> ConsentInfo<T::AccountId, MomentOf<T>> {
		// A permit whose representative is gone has lapsed; a deny stays.
		let lapsed = c.kind == ConsentKind::Permit && !Pallet::<T>::stands_behind(&c, patient);
		ConsentInfo {
			id,
			kind: c.kind,
			in_force: c.in_force(now) && !lapsed,
			grantee: c.grantee,
			classes: match c.classes {
				ClassScope::Only(list) => ClassScope::Only(list.into_inner()),
				ClassScope::All => ClassScope::All,
			},
			actions: c.actions.into_inner(),
			purposes: c.purposes.into_inner(),
			starts_at: c.starts_at,
			expires_at: c.expires_at,
			records: c.records.into_inner(),
			organisation: c.organisation,
			granted_by: c.granted_by,
			confirmed: c.confirmed,
			granted_at: c.granted_at,
			revoked_at: c.revoked_at,
		}
	}

	/// One page of `patient`'s consents in storage order (stable between calls): at most
	/// `limit` (capped at [`Config::MaxPageSize`]) after `start_after`.
	pub fn api_consents(
		patient: PatientId,
		start_after: Option<ConsentId>,
		limit: u32,
	) -> ConsentPage<T::AccountId, MomentOf<T>> {
		let limit = limit.min(T::MaxPageSize::get()) as usize;
		let now = Self::now();
		let mut ids = match start_after {
			Some(after) => PatientConsents::<T>::iter_key_prefix_from(
				patient,
				PatientConsents::<T>::hashed_key_for(patient, after),
			),
			None => PatientConsents::<T>::iter_key_prefix(patient),
		};
		let mut consents = Vec::with_capacity(limit);
		for id in ids.by_ref().take(limit) {
			if let Some(consent) = Consents::<T>::get((patient, id)) {
				consents.push(Self::info(patient, id, consent, now));
			}
		}
		let next = match (consents.last(), ids.next()) {
			(Some(last), Some(_)) => Some(last.id),
			_ => None,
		};
		ConsentPage { consents, next }
	}

	/// `patient`'s open consent requests, oldest first (at most [`Config::MaxOpenRequests`]).
	pub fn api_open_requests(
		patient: PatientId,
	) -> Vec<ConsentRequestInfo<T::AccountId, MomentOf<T>>> {
		Self::open_requests(patient)
			.into_iter()
			.map(|(id, request)| ConsentRequestInfo {
				id,
				requester: request.requester,
				grantee: request.grantee,
				sealed_terms: request.sealed_terms.into_inner(),
				key_version: request.key_version,
				requested_at: request.requested_at,
				expires_at: request.expires_at,
			})
			.collect()
	}
}
