//! The pallet's logic: calls are thin wrappers around these.

use crate::{pallet::*, types::*, weights::WeightInfo};
use alloc::vec::Vec;
use codec::DecodeAll;
use frame_support::{
	ensure,
	pallet_prelude::*,
	traits::{
		fungible::{InspectHold, MutateHold},
		tokens::Precision,
		Time,
	},
	weights::Weight,
};
use medledger_primitives::{
	emergency_permits, is_reserved_tag, AccessBasis, AccessDecision, ClassScope, ConsentAction,
	ConsentId, ConsentKind, DenyReason, DepositPayer, EmergencySessionId, Grantee,
	IdentityProvider, OrganisationId, PatientId, PatientPower, PatientRelation, PatientTimeline,
	PractitionerStanding, RecordId, Tag, TimelineEvent,
};
use polkadot_sdk::{
	frame_support,
	sp_runtime::{
		traits::{CheckedDiv, Zero},
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

/// The earlier of two ends, `None` being "never".
fn earliest<M: Ord>(a: Option<M>, b: Option<M>) -> Option<M> {
	match (a, b) {
		(Some(a), Some(b)) => Some(a.min(b)),
		(a, None) => a,
		(None, b) => b,
	}
}

impl<T: Config> Pallet<T> {
	pub(crate) fn now() -> MomentOf<T> {
		T::Time::now()
	}

	/// `who` must be the patient (registered) or a representative with the consents scope.
	/// Returns whether `who` is the patient.
	pub(crate) fn ensure_may_consent(
		who: &T::AccountId,
		patient: PatientId,
	) -> Result<bool, DispatchError> {
		match T::Identities::relation(who, patient) {
			PatientRelation::Patient => Ok(true),
			relation @ PatientRelation::Representative(_)
				if relation.may(PatientPower::Consents) =>
				Ok(false),
			PatientRelation::Unknown => Err(Error::<T>::PatientNotFound.into()),
			_ => Err(Error::<T>::NotPatientOrRepresentative.into()),
		}
	}

	/// Checks that `grantee` exists now, and returns the organisation a permit to a practitioner
	/// is bound to (the one they act for now). A deny may name any account as practitioner:
	/// blocking someone in advance only restricts.
	fn grantee_binding(
		grantee: &Grantee<T::AccountId>,
		kind: ConsentKind,
	) -> Result<Option<OrganisationId>, Error<T>> {
		let exists = match grantee {
			Grantee::Organisation(org) => T::Identities::organisation_status(*org).is_some(),
			Grantee::Practitioner(_) if kind == ConsentKind::Deny => true,
			Grantee::Practitioner(who) =>
				return T::Identities::practitioner_standing(who)
					.map(|standing| Some(standing.organisation))
					.ok_or(Error::<T>::GranteeNotFound),
			Grantee::Individual(patient) => T::Identities::is_active_patient(*patient),
		};
		ensure!(exists, Error::<T>::GranteeNotFound);
		Ok(None)
	}

	pub(crate) fn do_grant(
		who: T::AccountId,
		patient: PatientId,
		grantee: Grantee<T::AccountId>,
		terms: ConsentTerms<T>,
		kind: ConsentKind,
	) -> DispatchResult {
		let by_patient = Self::ensure_may_consent(&who, patient)?;
		let depositor = T::DepositPayer::deposit_payer(&who);
		Self::record_consent(patient, grantee, terms, kind, who, by_patient, depositor)?;
		Ok(())
	}

	/// Stores a consent `granted_by` gave (`confirmed`: the patient themselves), holding
	/// [`Config::ConsentDeposit`] from `depositor`, after checking its grantee and terms.
	pub(crate) fn record_consent(
		patient: PatientId,
		grantee: Grantee<T::AccountId>,
		mut terms: ConsentTerms<T>,
		kind: ConsentKind,
		granted_by: T::AccountId,
		confirmed: bool,
		depositor: T::AccountId,
	) -> Result<ConsentId, DispatchError> {
		ensure!(grantee != Grantee::Individual(patient), Error::<T>::SelfGrant);
		let organisation = Self::grantee_binding(&grantee, kind)?;
		let permit = kind == ConsentKind::Permit;
		match &mut terms.classes {
			ClassScope::Only(list) => {
				ensure!(!list.is_empty(), Error::<T>::EmptyClasses);
				ensure!(!permit || !list.iter().any(is_reserved_tag), Error::<T>::ReservedTag);
				normalise(list);
			},
			ClassScope::All => ensure!(!permit, Error::<T>::PermitOfAllClasses),
		}
		ensure!(!terms.actions.is_empty(), Error::<T>::EmptyActions);
		ensure!(!terms.purposes.is_empty(), Error::<T>::EmptyPurposes);
		ensure!(!permit || !terms.purposes.iter().any(is_reserved_tag), Error::<T>::ReservedTag);
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
		let consent = Consent {
			kind,
			grantee: grantee.clone(),
			classes: terms.classes,
			actions: terms.actions,
			purposes: terms.purposes,
			starts_at,
			expires_at: terms.expires_at,
			records: terms.records,
			organisation,
			granted_by: granted_by.clone(),
			confirmed,
			granted_at: now,
			revoked_at: None,
			depositor,
			deposit: T::ConsentDeposit::get(),
		};
		index
			.try_push((id, consent.clone()))
			.map_err(|_| Error::<T>::TooManyGrantConsents)?;

		T::Currency::hold(&HoldReason::ConsentDeposit.into(), &consent.depositor, consent.deposit)
			.map_err(|_| Error::<T>::InsufficientBalance)?;

		NextConsentId::<T>::put(next);
		ConsentCount::<T>::insert(patient, count.saturating_add(1));
		GranteeConsents::<T>::insert((patient, &grantee), index);
		PatientConsents::<T>::insert(patient, id, ());
		Consents::<T>::insert((patient, id), consent);
		T::Timeline::note(patient, TimelineEvent::ConsentRecorded { consent: id, kind });
		Self::deposit_event(Event::ConsentRecorded {
			patient,
			consent: id,
			kind,
			grantee,
			starts_at,
			expires_at: terms.expires_at,
			by: granted_by,
		});
		Ok(id)
	}

	/// Takes `id` out of the grantee index (a revoked consent is never read by decisions).
	fn unindex(patient: PatientId, grantee: &Grantee<T::AccountId>, id: ConsentId) {
		GranteeConsents::<T>::mutate_exists((patient, grantee), |entry| {
			if let Some(list) = entry {
				list.retain(|(c, _)| *c != id);
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
		Self::ensure_may_consent(&who, patient)?;
		ensure!(consent.revoked_at.is_none(), Error::<T>::AlreadyRevoked);
		consent.revoked_at = Some(Self::now());
		Self::unindex(patient, &consent.grantee, id);
		Consents::<T>::insert((patient, id), consent);
		T::Timeline::note(patient, TimelineEvent::ConsentRevoked { consent: id });
		Self::deposit_event(Event::ConsentRevoked { patient, consent: id, by: who });
		Ok(())
	}

	pub(crate) fn do_remove(
		who: T::AccountId,
		patient: PatientId,
		id: ConsentId,
	) -> DispatchResult {
		let consent = Consents::<T>::get((patient, id)).ok_or(Error::<T>::ConsentNotFound)?;
		// The patient or a representative with the consents scope, or anyone once the patient is
		// gone or the consent ended.
		let relation = T::Identities::relation(&who, patient);
		let may_remove =
			relation == PatientRelation::Unknown || relation.may(PatientPower::Consents);
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
		T::Timeline::note(patient, TimelineEvent::ConsentRemoved { consent: id });
		Self::deposit_event(Event::ConsentRemoved {
			patient,
			consent: id,
			depositor: consent.depositor,
			by: who,
		});
		Ok(())
	}

	/// The first deny in force of `patient`'s that names `grantee` (whatever it covers): a
	/// practitioner so named gets no emergency access to the patient, and no one may ask the
	/// patient for a consent for a grantee so named.
	pub(crate) fn deny_naming(
		patient: PatientId,
		grantee: &Grantee<T::AccountId>,
		now: MomentOf<T>,
	) -> Option<ConsentId> {
		Self::grantee_index(patient, grantee)
			.into_iter()
			.find(|(_, c)| c.kind == ConsentKind::Deny && c.in_force(now))
			.map(|(id, _)| id)
	}

	/// The consents not yet revoked of `patient` for `grantee`, each with its id: what decisions
	/// read. While [`crate::migrations::v1`] runs, an index it has not reached yet holds ids only
	/// and their consents are read one by one; remove that with the migration.
	pub(crate) fn grantee_index(
		patient: PatientId,
		grantee: &Grantee<T::AccountId>,
	) -> Vec<(ConsentId, Consent<T>)> {
		let key = GranteeConsents::<T>::hashed_key_for((patient, grantee));
		let Some(raw) = frame_support::storage::unhashed::get_raw(&key) else { return Vec::new() };
		if let Ok(copies) =
			<BoundedVec<(ConsentId, Consent<T>), T::MaxConsentsPerGrantee>>::decode_all(
				&mut &raw[..],
			) {
			return copies.into_inner();
		}
		let ids = <BoundedVec<ConsentId, T::MaxConsentsPerGrantee>>::decode_all(&mut &raw[..]);
		crate::migrations::v1::with_consents::<T>(patient, ids.unwrap_or_default())
	}

	/// The day (since the Unix epoch, UTC) `moment` falls on.
	fn day_of(moment: MomentOf<T>) -> MomentOf<T> {
		moment.checked_div(&medledger_primitives::DAY_MS.into()).unwrap_or_default()
	}

	pub(crate) fn do_open_emergency(
		who: T::AccountId,
		patient: PatientId,
		reason_hash: ReasonHash,
	) -> DispatchResult {
		ensure!(reason_hash != ReasonHash::default(), Error::<T>::ReasonMissing);
		let standing =
			T::Identities::practitioner_standing(&who).ok_or(Error::<T>::NotPractitioner)?;
		ensure!(standing.kind.is_provider(), Error::<T>::NotProvider);
		ensure!(standing.role.is_clinical(), Error::<T>::NotClinical);
		ensure!(T::Identities::is_active_patient(patient), Error::<T>::PatientNotFound);
		let now = Self::now();
		ensure!(
			Self::deny_naming(patient, &Grantee::Practitioner(who.clone()), now).is_none(),
			Error::<T>::DeniedByPatient
		);
		let previous = EmergencyAccesses::<T>::get(patient, &who);
		// The previous session, if it ran out without being closed: closed now.
		let mut stale = None;
		if let Some(previous) = &previous {
			ensure!(now >= previous.expires_at, Error::<T>::SessionAlreadyOpen);
			ensure!(now >= previous.reopen_after, Error::<T>::ReopenTooSoon);
			stale = EmergencySessions::<T>::get(previous.session)
				.filter(|session| session.closed_by.is_none())
				.map(|session| (previous.session, session));
		}
		let mut usage = EmergencyUsages::<T>::get(&who);
		let open = usage.open.saturating_sub(stale.is_some() as u32);
		ensure!(open < T::MaxOpenEmergencySessions::get(), Error::<T>::TooManyOpenSessions);
		let day = Self::day_of(now);
		let today = if usage.day == day { usage.opened_that_day } else { 0 };
		ensure!(today < T::MaxEmergencyOpeningsPerDay::get(), Error::<T>::TooManyOpeningsToday);

		let id = NextEmergencySessionId::<T>::get();
		let next = id.checked_add(1).ok_or(Error::<T>::Overflow)?;
		let deposit = T::EmergencyDeposit::get();
		T::Currency::hold(&HoldReason::EmergencyDeposit.into(), &who, deposit)
			.map_err(|_| Error::<T>::InsufficientBalance)?;

		if let Some((stale_id, mut session)) = stale {
			Self::end_session(stale_id, &mut session, who.clone(), now, false);
			EmergencySessions::<T>::insert(stale_id, session);
		}
		let expires_at = now.saturating_add(T::EmergencyDuration::get());
		NextEmergencySessionId::<T>::put(next);
		usage.open = open.saturating_add(1);
		usage.day = day;
		usage.opened_that_day = today.saturating_add(1);
		usage.opened = usage.opened.saturating_add(1);
		EmergencyUsages::<T>::insert(&who, usage);
		EmergencyOpenings::<T>::mutate(patient, |n| *n = n.saturating_add(1));
		OrganisationEmergencies::<T>::mutate(standing.organisation, |tally| {
			tally.opened = tally.opened.saturating_add(1);
			tally.unreviewed = tally.unreviewed.saturating_add(1);
		});
		EmergencySessions::<T>::insert(
			id,
			EmergencySession {
				patient,
				practitioner: who.clone(),
				organisation: standing.organisation,
				reason_hash,
				opened_at: now,
				expires_at,
				closed_by: None,
				deposit,
			},
		);
		EmergencyAccesses::<T>::insert(
			patient,
			&who,
			EmergencyAccess {
				session: id,
				organisation: standing.organisation,
				expires_at,
				reopen_after: expires_at,
			},
		);
		T::Timeline::note(patient, TimelineEvent::EmergencyAccessOpened { session: id });
		Self::deposit_event(Event::EmergencyAccessOpened {
			patient,
			practitioner: who,
			organisation: standing.organisation,
			session: id,
			reason_hash,
			expires_at,
		});
		Ok(())
	}

	/// Closes `session` (stored under `id`; the caller stores it back) at `now`, by `by`. With
	/// `cooldown`, the practitioner may open no other session for the patient before
	/// [`Config::EmergencyCooldown`] has passed. Updates the practitioner's access entry and
	/// open-session count.
	fn end_session(
		id: EmergencySessionId,
		session: &mut EmergencySession<T>,
		by: T::AccountId,
		now: MomentOf<T>,
		cooldown: bool,
	) {
		let expired = now >= session.expires_at;
		session.expires_at = session.expires_at.min(now);
		session.closed_by = Some(by.clone());
		let reopen_after = if cooldown {
			now.saturating_add(T::EmergencyCooldown::get())
		} else {
			session.expires_at
		};
		EmergencyAccesses::<T>::mutate(session.patient, &session.practitioner, |entry| {
			if let Some(entry) = entry.as_mut().filter(|entry| entry.session == id) {
				entry.expires_at = session.expires_at;
				entry.reopen_after = reopen_after;
			}
		});
		EmergencyUsages::<T>::mutate(&session.practitioner, |usage| {
			usage.open = usage.open.saturating_sub(1)
		});
		T::Timeline::note(session.patient, TimelineEvent::EmergencyAccessClosed { session: id });
		Self::deposit_event(Event::EmergencyAccessClosed {
			patient: session.patient,
			practitioner: session.practitioner.clone(),
			session: id,
			by,
			expired,
			reopen_after,
		});
	}

	pub(crate) fn do_close_emergency(
		who: T::AccountId,
		patient: PatientId,
		practitioner: T::AccountId,
	) -> DispatchResult {
		let access = EmergencyAccesses::<T>::get(patient, &practitioner)
			.ok_or(Error::<T>::SessionNotFound)?;
		let mut session =
			EmergencySessions::<T>::get(access.session).ok_or(Error::<T>::SessionNotFound)?;
		ensure!(session.closed_by.is_none(), Error::<T>::SessionClosed);
		let now = Self::now();
		// The patient's side closes with a cool-down: the patient, a representative with the
		// consents scope, an admin.
		let protects = T::Identities::may(&who, patient, PatientPower::Consents) ||
			T::Identities::admin_of(&who) == Some(session.organisation);
		ensure!(
			protects || who == practitioner || now >= session.expires_at,
			Error::<T>::MayNotCloseSession
		);
		Self::end_session(access.session, &mut session, who, now, protects);
		EmergencySessions::<T>::insert(access.session, session);
		Ok(())
	}

	pub(crate) fn do_review_emergency(who: T::AccountId, id: EmergencySessionId) -> DispatchResult {
		let mut session = EmergencySessions::<T>::get(id).ok_or(Error::<T>::SessionNotFound)?;
		ensure!(
			T::Identities::admin_of(&who) == Some(session.organisation),
			Error::<T>::NotOrganisationAdmin
		);
		let now = Self::now();
		if session.closed_by.is_none() {
			// Reviewing a session still running stops it, as an admin's close does.
			let running = now < session.expires_at;
			Self::end_session(id, &mut session, who.clone(), now, running);
		}
		EmergencySessions::<T>::remove(id);
		// Best effort: the hold was taken when the session opened.
		let _ = T::Currency::release(
			&HoldReason::EmergencyDeposit.into(),
			&session.practitioner,
			session.deposit,
			Precision::BestEffort,
		);
		OrganisationEmergencies::<T>::mutate(session.organisation, |tally| {
			tally.unreviewed = tally.unreviewed.saturating_sub(1)
		});
		// The access entry goes too, unless it still holds a cool-down (then the next opening
		// replaces it).
		EmergencyAccesses::<T>::mutate_exists(session.patient, &session.practitioner, |entry| {
			if entry.as_ref().is_some_and(|e| e.session == id && now >= e.reopen_after) {
				*entry = None;
			}
		});
		T::Timeline::note(session.patient, TimelineEvent::EmergencyAccessReviewed { session: id });
		Self::deposit_event(Event::EmergencyAccessReviewed {
			patient: session.patient,
			practitioner: session.practitioner,
			organisation: session.organisation,
			session: id,
			by: who,
		});
		Ok(())
	}

	/// The access decision. Reads at most three grantee indices, which hold their consents, then
	/// one emergency access entry: independent of the number of patients and of the patient's
	/// consents for other grantees.
	pub fn check_access(
		patient: PatientId,
		accessor: &T::AccountId,
		class: Tag,
		action: ConsentAction,
		purpose: Tag,
		record: Option<RecordId>,
		emergency_opened: bool,
	) -> AccessDecision<MomentOf<T>> {
		Self::decide(patient, accessor, class, action, purpose, record, emergency_opened).0
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

	/// Whether a permit `consent` of `grantee` may permit an accessor of `standing`: a permit
	/// to one practitioner only while they act for the organisation it was granted in.
	fn permits(
		grantee: &Grantee<T::AccountId>,
		consent: &Consent<T>,
		standing: Option<&PractitionerStanding>,
	) -> bool {
		match grantee {
			Grantee::Practitioner(_) =>
				consent.organisation.is_some() &&
					standing.map(|s| s.organisation) == consent.organisation,
			Grantee::Organisation(_) | Grantee::Individual(_) => true,
		}
	}

	/// Whether a permit still has someone behind it: the patient granted or confirmed it, or the
	/// representative that granted it still holds the consents scope. A permit a representative
	/// gave lapses with the representation; a deny never does (it only restricts).
	pub(crate) fn stands_behind(consent: &Consent<T>, patient: PatientId) -> bool {
		consent.confirmed || T::Identities::represents_for_consents(&consent.granted_by, patient)
	}

	pub(crate) fn do_confirm(
		who: T::AccountId,
		patient: PatientId,
		id: ConsentId,
	) -> DispatchResult {
		ensure!(Self::ensure_may_consent(&who, patient)?, Error::<T>::NotPatient);
		let grantee = Consents::<T>::try_mutate((patient, id), |consent| {
			let consent = consent.as_mut().ok_or(Error::<T>::ConsentNotFound)?;
			ensure!(consent.revoked_at.is_none(), Error::<T>::AlreadyRevoked);
			ensure!(!consent.confirmed, Error::<T>::AlreadyConfirmed);
			consent.confirmed = true;
			Ok::<_, DispatchError>(consent.grantee.clone())
		})?;
		// Not revoked, so in its grantee's index (`do_try_state`): the copy decisions read.
		GranteeConsents::<T>::mutate((patient, grantee), |list| {
			if let Some((_, copy)) = list.iter_mut().find(|(c, _)| *c == id) {
				copy.confirmed = true;
			}
		});
		T::Timeline::note(patient, TimelineEvent::ConsentConfirmed { consent: id });
		Self::deposit_event(Event::ConsentConfirmed { patient, consent: id });
		Ok(())
	}

	/// [`Self::check_access`], and what it read.
	pub fn decide(
		patient: PatientId,
		accessor: &T::AccountId,
		class: Tag,
		action: ConsentAction,
		purpose: Tag,
		record: Option<RecordId>,
		emergency_opened: bool,
	) -> (AccessDecision<MomentOf<T>>, DecisionCost) {
		match T::Identities::relation(accessor, patient) {
			PatientRelation::Unknown =>
				return (
					AccessDecision::Deny { reason: DenyReason::UnknownPatient },
					DecisionCost::Patient,
				),
			relation @ (PatientRelation::Patient | PatientRelation::Representative(_))
				if relation.may(PatientPower::Records) =>
				return (
					AccessDecision::Permit {
						basis: AccessBasis::PatientOrRepresentative,
						expires_at: None,
					},
					DecisionCost::Patient,
				),
			_ => {},
		}
		let now = Self::now();
		let standing = T::Identities::practitioner_standing(accessor);

		// Denies naming the accessor count whatever their standing; permits need standing.
		let mut grantees = Vec::with_capacity(3);
		grantees.push(Grantee::Practitioner(accessor.clone()));
		if let Some(s) = &standing {
			grantees.push(Grantee::Organisation(s.organisation));
		}
		if let Some(own) = T::Identities::patient_of(accessor) {
			grantees.push(Grantee::Individual(own));
		}

		let mut consents = 0u32;
		let mut permit: Option<(ConsentId, Option<MomentOf<T>>)> = None;
		// A deny in force naming the accessor as practitioner: no emergency access.
		let mut named = None;
		// When a deny given but not yet in force starts: one covering the request ends every
		// permit then; one naming the accessor ends emergency access then.
		let mut covering_from = None;
		let mut naming_from = None;
		for grantee in grantees {
			let personal = matches!(grantee, Grantee::Practitioner(_));
			for (id, consent) in Self::grantee_index(patient, &grantee) {
				consents = consents.saturating_add(1);
				let covers = consent.covers(&class, action, &purpose, record.as_ref());
				match consent.kind {
					ConsentKind::Deny if consent.in_force(now) => {
						if covers {
							return (
								AccessDecision::Deny { reason: DenyReason::DeniedByConsent(id) },
								DecisionCost::Scan { consents },
							);
						}
						if personal {
							named = named.or(Some(id));
						}
					},
					ConsentKind::Deny if consent.scheduled(now) => {
						if covers {
							covering_from = earliest(covering_from, Some(consent.starts_at));
						}
						if personal {
							naming_from = earliest(naming_from, Some(consent.starts_at));
						}
					},
					ConsentKind::Permit
						if covers &&
							consent.in_force(now) && Self::permits(
							&grantee,
							&consent,
							standing.as_ref(),
						) && Self::stands_behind(&consent, patient) =>
					{
						// Of several permits, the one lasting longest is reported.
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
					_ => {},
				}
			}
		}
		let cost = DecisionCost::Scan { consents };
		if let Some((id, expires_at)) = permit {
			let expires_at = earliest(expires_at, covering_from);
			return (AccessDecision::Permit { basis: AccessBasis::Consent(id), expires_at }, cost);
		}

		let emergency = emergency_permits(&class, action, &purpose, emergency_opened);
		if let (true, Some(standing)) = (emergency, standing) {
			if let Some(access) = EmergencyAccesses::<T>::get(patient, accessor) {
				if now < access.expires_at && access.organisation == standing.organisation {
					if let Some(id) = named {
						let reason = DenyReason::DeniedByConsent(id);
						return (AccessDecision::Deny { reason }, cost);
					}
					let expires_at =
						earliest(Some(access.expires_at), earliest(covering_from, naming_from));
					return (
						AccessDecision::Permit {
							basis: AccessBasis::Emergency(access.session),
							expires_at,
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
			// Decisions binary-search the lists; only denies may name the emergency tag.
			let strictly_sorted = |tags: &[Tag]| tags.windows(2).all(|w| w[0] < w[1]);
			if let ClassScope::Only(classes) = &consent.classes {
				ensure!(strictly_sorted(classes), "classes not sorted and unique");
			}
			ensure!(strictly_sorted(&consent.purposes), "purposes not sorted and unique");
			let reserved = consent.purposes.iter().any(is_reserved_tag) ||
				matches!(&consent.classes, ClassScope::Only(c) if c.iter().any(is_reserved_tag));
			ensure!(
				consent.kind == ConsentKind::Deny || !reserved,
				"a permit lists the emergency tag"
			);
			let index = GranteeConsents::<T>::get((patient, &consent.grantee));
			let indexed = index.iter().find(|(c, _)| *c == id);
			ensure!(
				indexed.is_some() == consent.revoked_at.is_none(),
				"index disagrees with revocation"
			);
			ensure!(
				indexed.is_none_or(|(_, copy)| *copy == consent),
				"index copy differs from consent"
			);
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
		let mut open: BTreeMap<T::AccountId, u32> = BTreeMap::new();
		let mut unreviewed: BTreeMap<OrganisationId, u32> = BTreeMap::new();
		for (id, session) in EmergencySessions::<T>::iter() {
			ensure!(id < NextEmergencySessionId::<T>::get(), "session id too high");
			let d = emergency.entry(session.practitioner.clone()).or_default();
			*d = d.saturating_add(session.deposit);
			if session.closed_by.is_none() {
				let n = open.entry(session.practitioner.clone()).or_default();
				*n = n.saturating_add(1);
			}
			let n = unreviewed.entry(session.organisation).or_default();
			*n = n.saturating_add(1);
		}
		for (who, amount) in emergency {
			ensure!(
				Self::held(HoldReason::EmergencyDeposit, &who) == amount,
				"emergency deposits held differ from recorded"
			);
		}
		for (who, usage) in EmergencyUsages::<T>::iter() {
			ensure!(open.get(&who).copied().unwrap_or(0) == usage.open, "open sessions miscounted");
			ensure!(usage.open <= T::MaxOpenEmergencySessions::get(), "too many open sessions");
			ensure!(usage.open <= usage.opened, "more sessions open than opened");
		}
		ensure!(open.keys().all(EmergencyUsages::<T>::contains_key), "open session without usage");
		for (organisation, tally) in OrganisationEmergencies::<T>::iter() {
			let stored = unreviewed.get(&organisation).copied().unwrap_or(0);
			ensure!(stored == tally.unreviewed, "unreviewed sessions miscounted");
			ensure!(tally.unreviewed <= tally.opened, "more sessions unreviewed than opened");
		}
		for (patient, who, access) in EmergencyAccesses::<T>::iter() {
			ensure!(access.expires_at <= access.reopen_after, "reopening before the end");
			if let Some(session) = EmergencySessions::<T>::get(access.session) {
				ensure!(
					session.patient == patient && session.practitioner == who,
					"access entry names another session"
				);
				ensure!(session.expires_at == access.expires_at, "access and session end apart");
			}
		}
		Self::requests_try_state()
	}
}
