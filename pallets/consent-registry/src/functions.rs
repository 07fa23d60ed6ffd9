//! The pallet's logic: calls are thin wrappers around these.

use crate::{pallet::*, types::*, weights::WeightInfo};
use alloc::vec::Vec;
use frame_support::{
	ensure,
	pallet_prelude::*,
	traits::{
		fungible::{InspectHold, MutateHold},
		tokens::Precision,
	},
	weights::Weight,
};
use medledger_primitives::{
	AccessBasis, AccessDecision, CategoryScope, ConsentAction, ConsentId, ConsentKind,
	DataCategory, DenyReason, Grantee, IdentityProvider, PatientId, PatientRelation, Purpose,
	RecordId,
};
use polkadot_sdk::{
	frame_support,
	frame_system::pallet_prelude::BlockNumberFor,
	sp_runtime::{
		traits::{BlockNumberProvider, Zero},
		DispatchError, Saturating,
	},
};

/// Sorts and de-duplicates a bounded list in place.
fn normalise<V: Ord, S: Get<u32>>(list: &mut BoundedVec<V, S>) {
	let mut items = core::mem::take(list).into_inner();
	items.sort();
	items.dedup();
	// Never longer than before, so nothing is truncated.
	*list = BoundedVec::truncate_from(items);
}

impl<T: Config> Pallet<T> {
	pub(crate) fn now() -> BlockNumberFor<T> {
		T::BlockNumberProvider::current_block_number()
	}

	/// `who` must be the patient (registered) or one of their guardians.
	fn ensure_may_act(who: &T::AccountId, patient: PatientId) -> DispatchResult {
		match T::Identities::relation(who, patient) {
			PatientRelation::ActsFor => Ok(()),
			PatientRelation::Unknown => Err(Error::<T>::PatientNotFound.into()),
			PatientRelation::Other => Err(Error::<T>::NotAuthorized.into()),
		}
	}

	/// Whether `grantee` exists now. A deny may name any account as practitioner: blocking
	/// someone in advance only restricts.
	fn grantee_exists(grantee: &Grantee<T::AccountId>, kind: ConsentKind) -> bool {
		match grantee {
			Grantee::Organisation(org) => T::Identities::organisation_status(*org).is_some(),
			Grantee::Practitioner(who) =>
				kind == ConsentKind::Deny || T::Identities::practitioner_standing(who).is_some(),
			Grantee::Individual(patient) => T::Identities::is_active_patient(*patient),
		}
	}

	pub(crate) fn do_grant(
		who: T::AccountId,
		patient: PatientId,
		grantee: Grantee<T::AccountId>,
		mut terms: ConsentTerms<T>,
		kind: ConsentKind,
	) -> DispatchResult {
		Self::ensure_may_act(&who, patient)?;
		ensure!(grantee != Grantee::Individual(patient), Error::<T>::SelfGrant);
		ensure!(Self::grantee_exists(&grantee, kind), Error::<T>::GranteeNotFound);
		if let CategoryScope::Only(list) = &mut terms.categories {
			ensure!(!list.is_empty(), Error::<T>::EmptyCategories);
			normalise(list);
		}
		ensure!(!terms.actions.is_empty(), Error::<T>::EmptyActions);
		ensure!(!terms.purposes.is_empty(), Error::<T>::EmptyPurposes);
		normalise(&mut terms.actions);
		normalise(&mut terms.purposes);
		normalise(&mut terms.records);

		let now = Self::now();
		let starts_at = terms.starts_at.unwrap_or(now);
		ensure!(starts_at >= now, Error::<T>::InvalidPeriod);
		ensure!(terms.expires_at.is_none_or(|end| end > starts_at), Error::<T>::InvalidPeriod);

		let count = ConsentCount::<T>::get(patient);
		ensure!(count < T::MaxConsentsPerPatient::get(), Error::<T>::TooManyConsents);
		let mut index = GranteeConsents::<T>::get((patient, &grantee));
		let id = NextConsentId::<T>::get();
		let next = id.checked_add(1).ok_or(Error::<T>::Overflow)?;
		index.try_push(id).map_err(|_| Error::<T>::TooManyGrantConsents)?;

		let deposit = T::ConsentDeposit::get();
		T::Currency::hold(&HoldReason::ConsentDeposit.into(), &who, deposit)
			.map_err(|_| Error::<T>::InsufficientBalance)?;

		NextConsentId::<T>::put(next);
		ConsentCount::<T>::insert(patient, count.saturating_add(1));
		GranteeConsents::<T>::insert((patient, &grantee), index);
		PatientConsents::<T>::insert(patient, id, ());
		Consents::<T>::insert(
			(patient, id),
			Consent {
				kind,
				grantee: grantee.clone(),
				categories: terms.categories,
				actions: terms.actions,
				purposes: terms.purposes,
				starts_at,
				expires_at: terms.expires_at,
				records: terms.records,
				granted_by: who.clone(),
				granted_at: now,
				revoked_at: None,
				depositor: who.clone(),
				deposit,
			},
		);
		Self::deposit_event(Event::ConsentGranted {
			patient,
			consent: id,
			kind,
			grantee,
			starts_at,
			expires_at: terms.expires_at,
			by: who,
		});
		Ok(())
	}

	/// Takes `id` out of the grantee index (a revoked consent is never read by decisions).
	fn unindex(patient: PatientId, grantee: &Grantee<T::AccountId>, id: ConsentId) {
		GranteeConsents::<T>::mutate_exists((patient, grantee), |entry| {
			if let Some(list) = entry {
				list.retain(|c| *c != id);
				if list.is_empty() {
					*entry = None;
				}
			}
		});
	}

	pub(crate) fn do_revoke(
		who: T::AccountId,
		patient: PatientId,
		id: ConsentId,
	) -> DispatchResult {
		let mut consent = Consents::<T>::get((patient, id)).ok_or(Error::<T>::ConsentNotFound)?;
		Self::ensure_may_act(&who, patient)?;
		ensure!(consent.revoked_at.is_none(), Error::<T>::AlreadyRevoked);
		consent.revoked_at = Some(Self::now());
		Self::unindex(patient, &consent.grantee, id);
		Consents::<T>::insert((patient, id), consent);
		Self::deposit_event(Event::ConsentRevoked { patient, consent: id, by: who });
		Ok(())
	}

	pub(crate) fn do_remove(
		who: T::AccountId,
		patient: PatientId,
		id: ConsentId,
	) -> DispatchResult {
		let consent = Consents::<T>::get((patient, id)).ok_or(Error::<T>::ConsentNotFound)?;
		// The patient or a guardian, or anyone once the patient is gone or the consent ended.
		let may_remove = T::Identities::relation(&who, patient) != PatientRelation::Other;
		ensure!(may_remove || consent.ended(Self::now()), Error::<T>::ConsentInForce);

		if consent.revoked_at.is_none() {
			Self::unindex(patient, &consent.grantee, id);
		}
		Consents::<T>::remove((patient, id));
		PatientConsents::<T>::remove(patient, id);
		ConsentCount::<T>::mutate_exists(patient, |count| {
			let left = count.unwrap_or(0).saturating_sub(1);
			*count = (!left.is_zero()).then_some(left);
		});
		// Best effort: the hold was taken for this consent, so it is there to release.
		let _ = T::Currency::release(
			&HoldReason::ConsentDeposit.into(),
			&consent.depositor,
			consent.deposit,
			Precision::BestEffort,
		);
		Self::deposit_event(Event::ConsentRemoved {
			patient,
			consent: id,
			depositor: consent.depositor,
			by: who,
		});
		Ok(())
	}

	pub(crate) fn do_open_emergency(
		who: T::AccountId,
		patient: PatientId,
		reason: EmergencyReason,
	) -> DispatchResult {
		let standing =
			T::Identities::practitioner_standing(&who).ok_or(Error::<T>::NotPractitioner)?;
		ensure!(standing.kind.is_provider(), Error::<T>::NotProvider);
		ensure!(standing.role.is_clinical(), Error::<T>::NotClinical);
		ensure!(T::Identities::is_active_patient(patient), Error::<T>::PatientNotFound);
		let now = Self::now();
		let previous = EmergencySessions::<T>::get(patient, &who);
		if let Some(previous) = &previous {
			ensure!(now >= previous.expires_at, Error::<T>::SessionAlreadyOpen);
		}

		let id = NextEmergencySessionId::<T>::get();
		let next = id.checked_add(1).ok_or(Error::<T>::Overflow)?;
		let deposit = T::EmergencyDeposit::get();
		// The expired session's deposit comes back before the new one is held.
		if let Some(previous) = previous {
			Self::release_emergency(&who, previous.deposit);
			Self::deposit_event(Event::EmergencyAccessClosed {
				patient,
				practitioner: who.clone(),
				session: previous.id,
				by: who.clone(),
				expired: true,
			});
		}
		T::Currency::hold(&HoldReason::EmergencyDeposit.into(), &who, deposit)
			.map_err(|_| Error::<T>::InsufficientBalance)?;

		let expires_at = now.saturating_add(T::EmergencyDuration::get());
		NextEmergencySessionId::<T>::put(next);
		EmergencyAccessCount::<T>::mutate(&who, |n| *n = n.saturating_add(1));
		EmergencySessions::<T>::insert(
			patient,
			&who,
			EmergencySession {
				id,
				organisation: standing.organisation,
				reason,
				opened_at: now,
				expires_at,
				deposit,
			},
		);
		Self::deposit_event(Event::EmergencyAccessOpened {
			patient,
			practitioner: who,
			organisation: standing.organisation,
			session: id,
			reason,
			expires_at,
		});
		Ok(())
	}

	fn release_emergency(who: &T::AccountId, amount: BalanceOf<T>) {
		// Best effort: the hold was taken when the session opened.
		let _ = T::Currency::release(
			&HoldReason::EmergencyDeposit.into(),
			who,
			amount,
			Precision::BestEffort,
		);
	}

	pub(crate) fn do_close_emergency(
		who: T::AccountId,
		patient: PatientId,
		practitioner: T::AccountId,
	) -> DispatchResult {
		let session = EmergencySessions::<T>::get(patient, &practitioner)
			.ok_or(Error::<T>::SessionNotFound)?;
		let expired = Self::now() >= session.expires_at;
		ensure!(
			expired || who == practitioner || T::Identities::may_act_for(&who, patient),
			Error::<T>::NotAuthorized
		);
		EmergencySessions::<T>::remove(patient, &practitioner);
		Self::release_emergency(&practitioner, session.deposit);
		Self::deposit_event(Event::EmergencyAccessClosed {
			patient,
			practitioner,
			session: session.id,
			by: who,
			expired,
		});
		Ok(())
	}

	/// The access decision. Reads at most three grantee indices and their consents, then one
	/// emergency session: independent of the number of patients and of the patient's consents
	/// for other grantees.
	pub fn check_access(
		patient: PatientId,
		accessor: &T::AccountId,
		category: DataCategory,
		action: ConsentAction,
		purpose: Purpose,
		record: Option<RecordId>,
	) -> AccessDecision<BlockNumberFor<T>> {
		Self::decide(patient, accessor, category, action, purpose, record).0
	}

	/// The weight a decision that read `cost` took, from this pallet's benchmarks.
	pub fn decision_weight(cost: DecisionCost) -> Weight {
		match cost {
			DecisionCost::Patient => T::WeightInfo::check_access_as_patient(),
			DecisionCost::Scan { consents } => T::WeightInfo::check_access(consents),
		}
	}

	/// The most a decision can read: every grantee index full.
	pub fn max_decision_cost() -> DecisionCost {
		DecisionCost::Scan { consents: T::MaxConsentsPerGrantee::get().saturating_mul(3) }
	}

	/// [`Self::check_access`], and what it read.
	pub fn decide(
		patient: PatientId,
		accessor: &T::AccountId,
		category: DataCategory,
		action: ConsentAction,
		purpose: Purpose,
		record: Option<RecordId>,
	) -> (AccessDecision<BlockNumberFor<T>>, DecisionCost) {
		match T::Identities::relation(accessor, patient) {
			PatientRelation::Unknown =>
				return (
					AccessDecision::Deny { reason: DenyReason::UnknownPatient },
					DecisionCost::Patient,
				),
			PatientRelation::ActsFor =>
				return (
					AccessDecision::Permit {
						basis: AccessBasis::PatientOrGuardian,
						expires_at: None,
					},
					DecisionCost::Patient,
				),
			PatientRelation::Other => {},
		}
		let now = Self::now();
		let standing = T::Identities::practitioner_standing(accessor);

		// A practitioner without standing is only ever matched by denies naming them.
		let mut grantees = Vec::with_capacity(3);
		grantees.push((Grantee::Practitioner(accessor.clone()), standing.is_some()));
		if let Some(s) = &standing {
			grantees.push((Grantee::Organisation(s.organisation), true));
		}
		if let Some(own) = T::Identities::patient_of(accessor) {
			grantees.push((Grantee::Individual(own), true));
		}

		let mut consents = 0u32;
		let mut permit: Option<(ConsentId, Option<BlockNumberFor<T>>)> = None;
		for (grantee, may_permit) in grantees {
			for id in GranteeConsents::<T>::get((patient, &grantee)) {
				consents = consents.saturating_add(1);
				let Some(consent) = Consents::<T>::get((patient, id)) else { continue };
				if !consent.in_force(now) ||
					!consent.covers(category, action, purpose, record.as_ref())
				{
					continue
				}
				match consent.kind {
					ConsentKind::Deny =>
						return (
							AccessDecision::Deny { reason: DenyReason::DeniedByConsent(id) },
							DecisionCost::Scan { consents },
						),
					// Of several permits, the one lasting longest is reported.
					ConsentKind::Permit if may_permit => {
						let longer = match permit {
							None => true,
							Some((_, best)) => match (best, consent.expires_at) {
								(None, _) => false,
								(Some(_), None) => true,
								(Some(a), Some(b)) => b > a,
							},
						};
						if longer {
							permit = Some((id, consent.expires_at));
						}
					},
					ConsentKind::Permit => {},
				}
			}
		}
		let cost = DecisionCost::Scan { consents };
		if let Some((id, expires_at)) = permit {
			return (AccessDecision::Permit { basis: AccessBasis::Consent(id), expires_at }, cost);
		}

		let emergency_fits = action == ConsentAction::Read &&
			purpose == Purpose::EmergencyTreatment &&
			!category.is_sensitive();
		if let (true, Some(standing)) = (emergency_fits, standing) {
			if let Some(session) = EmergencySessions::<T>::get(patient, accessor) {
				if now < session.expires_at && session.organisation == standing.organisation {
					return (
						AccessDecision::Permit {
							basis: AccessBasis::Emergency(session.id),
							expires_at: Some(session.expires_at),
						},
						cost,
					);
				}
			}
		}
		(AccessDecision::Deny { reason: DenyReason::NoConsent }, cost)
	}

	/// Total held with `reason` from `who`.
	pub fn held(reason: HoldReason, who: &T::AccountId) -> BalanceOf<T> {
		T::Currency::balance_on_hold(&reason.into(), who)
	}

	/// Invariants: counts match stored consents; the grantee index holds exactly the consents
	/// not revoked, under their own grantee, within bounds; deposits held cover those recorded.
	pub fn do_try_state() -> Result<(), DispatchError> {
		use alloc::collections::btree_map::BTreeMap;
		let mut counts: BTreeMap<PatientId, u32> = BTreeMap::new();
		let mut held: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		let mut unrevoked = 0u64;
		let next = NextConsentId::<T>::get();
		for ((patient, id), consent) in Consents::<T>::iter() {
			ensure!(PatientConsents::<T>::contains_key(patient, id), "consent not listed");
			ensure!(id < next, "consent id not below NextConsentId");
			let n = counts.entry(patient).or_default();
			*n = n.saturating_add(1);
			let d = held.entry(consent.depositor.clone()).or_default();
			*d = d.saturating_add(consent.deposit);
			let indexed = GranteeConsents::<T>::get((patient, &consent.grantee)).contains(&id);
			ensure!(indexed == consent.revoked_at.is_none(), "index disagrees with revocation");
			if consent.revoked_at.is_none() {
				unrevoked = unrevoked.saturating_add(1);
			}
		}
		let mut indexed_total = 0u64;
		for (_, list) in GranteeConsents::<T>::iter() {
			ensure!(!list.is_empty(), "empty grantee index kept");
			indexed_total = indexed_total.saturating_add(list.len() as u64);
		}
		ensure!(indexed_total == unrevoked, "grantee index holds unknown consents");
		for (patient, id) in PatientConsents::<T>::iter_keys() {
			ensure!(Consents::<T>::contains_key((patient, id)), "listed consent missing");
		}
		for (patient, count) in ConsentCount::<T>::iter() {
			ensure!(counts.get(&patient) == Some(&count), "consent count mismatch");
			ensure!(count <= T::MaxConsentsPerPatient::get(), "consent count above bound");
		}
		ensure!(
			counts.len() == ConsentCount::<T>::iter().count(),
			"patient with consents but no count"
		);
		for (who, amount) in held {
			ensure!(
				Self::held(HoldReason::ConsentDeposit, &who) == amount,
				"consent deposits held differ from recorded"
			);
		}
		let mut emergency: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		for (_, who, session) in EmergencySessions::<T>::iter() {
			ensure!(session.id < NextEmergencySessionId::<T>::get(), "session id too high");
			let d = emergency.entry(who).or_default();
			*d = d.saturating_add(session.deposit);
		}
		for (who, amount) in emergency {
			ensure!(
				Self::held(HoldReason::EmergencyDeposit, &who) == amount,
				"emergency deposits held differ from recorded"
			);
		}
		Ok(())
	}
}
