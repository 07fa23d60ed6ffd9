//! Benchmarks of every call at its worst case, and of the access decision itself: for the
//! patient (`check_access_as_patient`), against the consents a practitioner's decision reads
//! (`check_access`, what callers are charged), and against the number of consents the patient
//! has stored (`check_access_with_grants`, expected flat; not used for weights).
//!
//! The patient signs with the whitelisted caller: fees already read and write its account.

use super::*;
use alloc::vec::Vec;
use frame_benchmarking::v2::*;
use frame_support::{
	traits::{fungible::Mutate, Get},
	BoundedVec,
};
use frame_system::RawOrigin;
use medledger_primitives::{
	ClassScope, ConsentAction, ConsentKind, Grantee, IdentityBenchmarkHelper, IdentityProvider,
	OrganisationKind, PatientId, PractitionerRole, RecordId, RepresentativeScope, Tag,
	EMERGENCY_PURPOSE,
};
use polkadot_sdk::{
	frame_benchmarking,
	sp_runtime::{traits::Bounded, Saturating},
};

type Helper<T> = <T as Config>::BenchmarkHelper;

fn fund<T: Config>(who: &T::AccountId) {
	let _ = T::Currency::set_balance(who, BalanceOf::<T>::max_value() / 4u32.into());
}

/// `n` distinct tags of one kind (`kind`, never zero), in descending order: the most sorting.
fn tags(n: usize, kind: u8) -> Vec<Tag> {
	(1..=n).rev().map(|i| [kind, i as u8, 0, 0, 0, 0, 0, 0]).collect()
}

/// A class the full lists hold.
const ALLERGIES: Tag = [1, 1, 0, 0, 0, 0, 0, 0];
/// A purpose the full lists hold.
const TREATMENT: Tag = [2, 1, 0, 0, 0, 0, 0, 0];
/// A purpose no full list holds.
const RESEARCH: Tag = [9, 9, 9, 9, 9, 9, 9, 9];

/// Every purpose a consent may list.
fn all_purposes() -> Vec<Tag> {
	tags(Purposes::bound(), 2)
}

/// The widest terms: as many classes as a consent lists, every action, `purposes`, a period,
/// full record list.
fn full_terms<T: Config>(purposes: Vec<Tag>) -> ConsentTerms<T> {
	let records: Vec<RecordId> =
		(0..T::MaxRecordsPerConsent::get()).map(|i| [i as u8; 32]).rev().collect();
	ConsentTerms {
		classes: ClassScope::Only(BoundedVec::truncate_from(tags(Classes::bound(), 1))),
		actions: BoundedVec::truncate_from(alloc::vec![
			ConsentAction::Amend,
			ConsentAction::Append,
			ConsentAction::Read
		]),
		purposes: BoundedVec::truncate_from(purposes),
		starts_at: None,
		expires_at: Some(u32::MAX.into()),
		records: BoundedVec::truncate_from(records),
	}
}

/// A representative's scope over consents only.
const CONSENTS: RepresentativeScope = RepresentativeScope {
	consents: true,
	records: false,
	encryption_key: false,
	deactivation: false,
};

/// A commitment to an organisation's note of why it broke the glass.
const REASON: ReasonHash = [0x5e; 32];

/// A patient (funded) and its account.
fn patient<T: Config>() -> Result<(PatientId, T::AccountId), BenchmarkError> {
	let who: T::AccountId = whitelisted_caller();
	fund::<T>(&who);
	let id = Helper::<T>::register_patient(&who)?;
	Ok((id, who))
}

/// A funded physician at a new hospital.
fn physician<T: Config>(name: &'static str) -> Result<T::AccountId, BenchmarkError> {
	let who: T::AccountId = account(name, 0, 0);
	fund::<T>(&who);
	Helper::<T>::register_practitioner(
		&who,
		OrganisationKind::Hospital,
		PractitionerRole::Physician,
	)?;
	Ok(who)
}

/// Fills `grantee`'s index for `patient` with `n` consents that never match a treatment read
/// (research only), each with full lists so that matching scans them all.
fn fill<T: Config>(
	who: &T::AccountId,
	patient: PatientId,
	grantee: &Grantee<T::AccountId>,
	n: u32,
) -> Result<(), BenchmarkError> {
	for _ in 0..n {
		Pallet::<T>::do_grant(
			who.clone(),
			patient,
			grantee.clone(),
			full_terms::<T>(alloc::vec![RESEARCH]),
			ConsentKind::Permit,
		)?;
	}
	Ok(())
}

/// Turns every consent of `patient` into a permit that covers any read of its classes for any
/// purpose, the emergency one included (no call lists it in a permit; storage may), but was
/// granted by a representative since removed: a decision reads it, asks
/// whether its representative still stands behind it, and passes over it. The most a consent
/// costs a decision.
fn lapse_all<T: Config>(patient: PatientId) {
	let former: T::AccountId = account("former-representative", 0, 0);
	let ids: Vec<_> = PatientConsents::<T>::iter_key_prefix(patient).collect();
	for id in ids {
		let Some(mut consent) = Consents::<T>::get((patient, id)) else { continue };
		let mut purposes = tags(Purposes::bound() - 1, 2);
		purposes.push(EMERGENCY_PURPOSE);
		purposes.sort();
		consent.purposes = BoundedVec::truncate_from(purposes);
		consent.confirmed = false;
		consent.granted_by = former.clone();
		GranteeConsents::<T>::mutate((patient, &consent.grantee), |list| {
			if let Some((_, copy)) = list.iter_mut().find(|(c, _)| *c == id) {
				*copy = consent.clone();
			}
		});
		Consents::<T>::insert((patient, id), consent);
	}
}

/// Lets `practitioner`'s session for `patient` run out (as if its time had passed), without
/// closing it.
fn expire<T: Config>(
	patient: PatientId,
	practitioner: &T::AccountId,
) -> Result<(), BenchmarkError> {
	let now = Pallet::<T>::now();
	let mut access = EmergencyAccesses::<T>::get(patient, practitioner)
		.ok_or(BenchmarkError::Stop("a session is open"))?;
	EmergencySessions::<T>::mutate(access.session, |session| {
		if let Some(session) = session {
			session.expires_at = now;
		}
	});
	access.expires_at = now;
	access.reopen_after = now;
	EmergencyAccesses::<T>::insert(patient, practitioner, access);
	Ok(())
}

/// An admin of `practitioner`'s organisation.
fn admin_of<T: Config>(practitioner: &T::AccountId) -> Result<T::AccountId, BenchmarkError> {
	let standing = T::Identities::practitioner_standing(practitioner)
		.ok_or(BenchmarkError::Stop("the practitioner has standing"))?;
	Ok(Helper::<T>::organisation_admin(standing.organisation))
}

/// Sealed terms as long as they may be.
fn sealed_terms() -> SealedTerms {
	BoundedVec::truncate_from(alloc::vec![0x5e; SealedTerms::bound()])
}

/// A patient, its account and a grantee.
type Setup<T> = (
	PatientId,
	<T as frame_system::Config>::AccountId,
	Grantee<<T as frame_system::Config>::AccountId>,
);

/// A patient who gave a physician `n` full consents; returns the patient, its account and the
/// grantee.
fn with_consents<T: Config>(n: u32) -> Result<Setup<T>, BenchmarkError> {
	let (id, who) = patient::<T>()?;
	let grantee = Grantee::Practitioner(physician::<T>("doctor")?);
	fill::<T>(&who, id, &grantee, n)?;
	Ok((id, who, grantee))
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn grant_consent() -> Result<(), BenchmarkError> {
		let (id, who, grantee) =
			with_consents::<T>(T::MaxConsentsPerGrantee::get().saturating_sub(1))?;
		let terms = full_terms::<T>(all_purposes());

		#[extrinsic_call]
		_(RawOrigin::Signed(who), id, grantee.clone(), terms);

		assert_eq!(
			GranteeConsents::<T>::get((id, &grantee)).len() as u32,
			T::MaxConsentsPerGrantee::get()
		);
		Ok(())
	}

	/// A deny to an organisation: checking that it exists reads its entry (a deny naming a
	/// practitioner reads nothing, one naming a patient a smaller entry).
	#[benchmark]
	fn deny_access() -> Result<(), BenchmarkError> {
		let (id, who) = patient::<T>()?;
		let doctor = physician::<T>("doctor")?;
		let standing = T::Identities::practitioner_standing(&doctor)
			.ok_or(BenchmarkError::Stop("the doctor has standing"))?;
		let grantee = Grantee::Organisation(standing.organisation);
		fill::<T>(&who, id, &grantee, T::MaxConsentsPerGrantee::get().saturating_sub(1))?;
		let mut terms = full_terms::<T>(all_purposes());
		terms.classes = ClassScope::All;

		#[extrinsic_call]
		_(RawOrigin::Signed(who), id, grantee, terms);

		let last = NextConsentId::<T>::get().saturating_sub(1);
		assert_eq!(Consents::<T>::get((id, last)).map(|c| c.kind), Some(ConsentKind::Deny));
		Ok(())
	}

	#[benchmark]
	fn revoke_consent() -> Result<(), BenchmarkError> {
		// Worst case: a representative revokes (its representation is read too).
		let (id, who, _) = with_consents::<T>(T::MaxConsentsPerGrantee::get())?;
		let representative: T::AccountId = account("representative", 0, 0);
		Helper::<T>::appoint_representative(&who, &representative, CONSENTS)?;
		let consent = NextConsentId::<T>::get().saturating_sub(1);

		#[extrinsic_call]
		_(RawOrigin::Signed(representative), id, consent);

		assert!(Consents::<T>::get((id, consent)).is_some_and(|c| c.revoked_at.is_some()));
		Ok(())
	}

	#[benchmark]
	fn confirm_consent() -> Result<(), BenchmarkError> {
		let (id, who) = patient::<T>()?;
		let representative: T::AccountId = account("representative", 0, 0);
		fund::<T>(&representative);
		Helper::<T>::appoint_representative(&who, &representative, CONSENTS)?;
		let grantee = Grantee::Practitioner(physician::<T>("doctor")?);
		let consent = NextConsentId::<T>::get();
		Pallet::<T>::do_grant(
			representative,
			id,
			grantee,
			full_terms::<T>(all_purposes()),
			ConsentKind::Permit,
		)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(who), id, consent);

		assert!(Consents::<T>::get((id, consent)).is_some_and(|c| c.confirmed));
		Ok(())
	}

	#[benchmark]
	fn remove_consent() -> Result<(), BenchmarkError> {
		// Worst case: a representative removes a consent in force (its representation is read,
		// and the consent taken out of a full grantee index).
		let (id, who, _) = with_consents::<T>(T::MaxConsentsPerGrantee::get())?;
		let representative: T::AccountId = account("representative", 0, 0);
		Helper::<T>::appoint_representative(&who, &representative, CONSENTS)?;
		let consent = NextConsentId::<T>::get().saturating_sub(1);

		#[extrinsic_call]
		_(RawOrigin::Signed(representative), id, consent);

		assert!(Consents::<T>::get((id, consent)).is_none());
		Ok(())
	}

	/// The worst case: the practitioner's own consent index is full (scanned for a deny naming
	/// them), and their previous session for the patient ran out unclosed and is closed first.
	#[benchmark]
	fn open_emergency_access() -> Result<(), BenchmarkError> {
		let (id, who) = patient::<T>()?;
		let doctor = physician::<T>("doctor")?;
		fill::<T>(
			&who,
			id,
			&Grantee::Practitioner(doctor.clone()),
			T::MaxConsentsPerGrantee::get(),
		)?;
		Pallet::<T>::do_open_emergency(doctor.clone(), id, REASON)?;
		expire::<T>(id, &doctor)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(doctor.clone()), id, REASON);

		assert_eq!(EmergencyUsages::<T>::get(&doctor).opened, 2);
		assert_eq!(EmergencyUsages::<T>::get(&doctor).open, 1);
		Ok(())
	}

	/// An admin of the organisation closes (the caller that reads the most to be recognised).
	#[benchmark]
	fn close_emergency_access() -> Result<(), BenchmarkError> {
		let (id, _) = patient::<T>()?;
		let doctor = physician::<T>("doctor")?;
		let admin = admin_of::<T>(&doctor)?;
		Pallet::<T>::do_open_emergency(doctor.clone(), id, REASON)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(admin), id, doctor.clone());

		let access = EmergencyAccesses::<T>::get(id, &doctor)
			.ok_or(BenchmarkError::Stop("the access entry stays"))?;
		assert!(EmergencySessions::<T>::get(access.session).is_some_and(|s| s.closed_by.is_some()));
		Ok(())
	}

	/// The worst case: the session is still open, so reviewing closes it first.
	#[benchmark]
	fn review_emergency_access() -> Result<(), BenchmarkError> {
		let (id, _) = patient::<T>()?;
		let doctor = physician::<T>("doctor")?;
		let admin = admin_of::<T>(&doctor)?;
		let session = NextEmergencySessionId::<T>::get();
		Pallet::<T>::do_open_emergency(doctor.clone(), id, REASON)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(admin), session);

		assert!(EmergencySessions::<T>::get(session).is_none());
		Ok(())
	}

	/// The decision for the patient (or a representative with the records scope) itself, and for an
	/// unknown patient: the patient's entry is all it reads.
	#[benchmark]
	fn check_access_as_patient() -> Result<(), BenchmarkError> {
		let (id, who) = patient::<T>()?;
		let decision;

		#[block]
		{
			decision = Pallet::<T>::check_access(
				id,
				&who,
				ALLERGIES,
				ConsentAction::Amend,
				TREATMENT,
				Some([0; 32]),
				false,
			);
		}

		assert_eq!(
			decision.basis(),
			Some(medledger_primitives::AccessBasis::PatientOrRepresentative)
		);
		Ok(())
	}

	/// The decision for a practitioner that reads `c` consents: the accessor matches all three
	/// grantee kinds, their indices hold `c` permits that cover the request but lapsed with the
	/// representative that granted them (each read, its representation asked after, and
	/// passed over), and an emergency session then permits. At `c = 3 × MaxConsentsPerGrantee` this
	/// is the worst case, what callers declare before dispatch.
	#[benchmark]
	fn check_access(
		c: Linear<0, { T::MaxConsentsPerGrantee::get().saturating_mul(3) }>,
	) -> Result<(), BenchmarkError> {
		let (id, who) = patient::<T>()?;
		let doctor = physician::<T>("doctor")?;
		let doctor_as_patient = Helper::<T>::register_patient(&doctor)?;
		let standing = T::Identities::practitioner_standing(&doctor)
			.ok_or(BenchmarkError::Stop("the doctor has standing"))?;
		let per = T::MaxConsentsPerGrantee::get();
		let grantees = [
			Grantee::Practitioner(doctor.clone()),
			Grantee::Organisation(standing.organisation),
			Grantee::Individual(doctor_as_patient),
		];
		let mut left = c;
		for grantee in &grantees {
			let n = left.min(per);
			fill::<T>(&who, id, grantee, n)?;
			left = left.saturating_sub(n);
		}
		lapse_all::<T>(id);
		Pallet::<T>::do_open_emergency(doctor.clone(), id, REASON)?;
		let decision;

		#[block]
		{
			decision = Pallet::<T>::decide(
				id,
				&doctor,
				ALLERGIES,
				ConsentAction::Read,
				EMERGENCY_PURPOSE,
				Some([0; 32]),
				true,
			);
		}

		assert!(matches!(
			decision.0.basis(),
			Some(medledger_primitives::AccessBasis::Emergency(_))
		));
		assert_eq!(decision.1, DecisionCost::Scan { consents: c });
		Ok(())
	}

	/// The decision for a practitioner permitted by one consent, against `g`, the number of
	/// consents the patient has stored (the permit and `g - 1` denies for others): the cost must
	/// not grow with `g`. State always holds `MaxConsentsPerPatient` consents (the rest belong
	/// to another patient), so that the trie is the same size at every `g` and only the
	/// patient's share changes.
	#[benchmark]
	fn check_access_with_grants(
		g: Linear<1, { T::MaxConsentsPerPatient::get() }>,
	) -> Result<(), BenchmarkError> {
		let (id, who) = patient::<T>()?;
		let neighbour: T::AccountId = account("neighbour", 0, 0);
		fund::<T>(&neighbour);
		let neighbour_id = Helper::<T>::register_patient(&neighbour)?;
		let doctor = physician::<T>("doctor")?;
		for i in 0..T::MaxConsentsPerPatient::get().saturating_sub(1) {
			let (owner, patient) = if i + 1 < g { (&who, id) } else { (&neighbour, neighbour_id) };
			Pallet::<T>::do_grant(
				owner.clone(),
				patient,
				Grantee::Practitioner(account("other", i, 0)),
				full_terms::<T>(all_purposes()),
				ConsentKind::Deny,
			)?;
		}
		Pallet::<T>::do_grant(
			who.clone(),
			id,
			Grantee::Practitioner(doctor.clone()),
			full_terms::<T>(all_purposes()),
			ConsentKind::Permit,
		)?;
		let decision;

		#[block]
		{
			decision = Pallet::<T>::check_access(
				id,
				&doctor,
				ALLERGIES,
				ConsentAction::Read,
				TREATMENT,
				Some([0; 32]),
				false,
			);
		}

		assert!(decision.is_permit());
		assert_eq!(ConsentCount::<T>::get(id), g);
		Ok(())
	}

	/// The longest sealed terms, for the organisation of a practitioner whose index the patient
	/// filled (the deny check scans it all), asked by an admin (the longer standing check).
	#[benchmark]
	fn request_consent() -> Result<(), BenchmarkError> {
		let (id, who) = patient::<T>()?;
		let doctor = physician::<T>("doctor")?;
		let admin = admin_of::<T>(&doctor)?;
		fund::<T>(&admin);
		let organisation = T::Identities::practitioner_standing(&doctor)
			.ok_or(BenchmarkError::Stop("the doctor has standing"))?
			.organisation;
		let grantee = Grantee::Organisation(organisation);
		fill::<T>(&who, id, &grantee, T::MaxConsentsPerGrantee::get())?;
		let sealed = sealed_terms();
		let expires_at = Pallet::<T>::now().saturating_add(T::MaxRequestPeriod::get());

		#[extrinsic_call]
		_(RawOrigin::Signed(admin.clone()), id, grantee, sealed, expires_at);

		assert!(RequesterRequests::<T>::contains_key((id, &admin)));
		Ok(())
	}

	/// A representative accepts, with the widest terms, into a grantee index one short of full.
	#[benchmark]
	fn accept_request() -> Result<(), BenchmarkError> {
		let (id, who, grantee) =
			with_consents::<T>(T::MaxConsentsPerGrantee::get().saturating_sub(1))?;
		let Grantee::Practitioner(doctor) = grantee.clone() else {
			return Err(BenchmarkError::Stop("the grantee is a practitioner"));
		};
		let representative: T::AccountId = account("representative", 0, 0);
		Helper::<T>::appoint_representative(&who, &representative, CONSENTS)?;
		let request = NextConsentRequestId::<T>::get();
		let expires_at = Pallet::<T>::now().saturating_add(T::MaxRequestPeriod::get());
		Pallet::<T>::do_request(doctor, id, grantee.clone(), sealed_terms(), expires_at)?;
		let terms = full_terms::<T>(all_purposes());

		#[extrinsic_call]
		_(RawOrigin::Signed(representative), id, request, terms);

		assert!(ConsentRequests::<T>::get(id, request).is_none());
		assert_eq!(
			GranteeConsents::<T>::get((id, &grantee)).len() as u32,
			T::MaxConsentsPerGrantee::get()
		);
		Ok(())
	}

	/// The requester withdraws (asked first whether it is the patient or a representative).
	#[benchmark]
	fn close_request() -> Result<(), BenchmarkError> {
		let (id, _) = patient::<T>()?;
		let doctor = physician::<T>("doctor")?;
		let request = NextConsentRequestId::<T>::get();
		let expires_at = Pallet::<T>::now().saturating_add(T::MaxRequestPeriod::get());
		Pallet::<T>::do_request(
			doctor.clone(),
			id,
			Grantee::Practitioner(doctor.clone()),
			sealed_terms(),
			expires_at,
		)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(doctor), id, request);

		assert!(ConsentRequests::<T>::get(id, request).is_none());
		Ok(())
	}

	/// A step of [`crate::migrations::v1::CopyConsentsIntoGranteeIndex`] over one full grantee
	/// index of storage version 0: its ids read, each consent read and copied into it, the index
	/// written, and the search for the next one, which ends the migration.
	#[benchmark]
	fn migrate_grantee_index() -> Result<(), BenchmarkError> {
		use crate::migrations::v1::{v0, CopyConsentsIntoGranteeIndex};
		use frame_support::{
			migrations::SteppedMigration, traits::StorageVersion, weights::WeightMeter,
		};
		let (id, who) = patient::<T>()?;
		let grantee = Grantee::Practitioner(physician::<T>("doctor")?);
		fill::<T>(&who, id, &grantee, T::MaxConsentsPerGrantee::get())?;
		let ids: Vec<_> =
			GranteeConsents::<T>::get((id, &grantee)).into_iter().map(|(c, _)| c).collect();
		v0::GranteeConsents::<T>::insert((id, &grantee), BoundedVec::truncate_from(ids));
		StorageVersion::new(0).put::<Pallet<T>>();
		let mut meter = WeightMeter::new();

		#[block]
		{
			CopyConsentsIntoGranteeIndex::<T>::step(None, &mut meter)
				.map_err(|_| BenchmarkError::Stop("a step of the migration"))?;
		}

		assert_eq!(
			GranteeConsents::<T>::get((id, &grantee)).len() as u32,
			T::MaxConsentsPerGrantee::get()
		);
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
