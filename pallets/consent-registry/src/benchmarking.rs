//! Benchmarks of every call at its worst case, and of the access decision itself: at its worst
//! case (`check_access`) and against the number of the patient's other consents
//! (`check_access_with_grants`, expected flat).

use super::*;
use alloc::vec::Vec;
use frame_benchmarking::v2::*;
use frame_support::{
	traits::{fungible::Mutate, Get},
	BoundedVec,
};
use frame_system::RawOrigin;
use medledger_primitives::{
	CategoryScope, ConsentAction, ConsentKind, DataCategory, Grantee, IdentityBenchmarkHelper,
	IdentityProvider, OrganisationKind, PatientId, PractitionerRole, Purpose, RecordId,
};
use polkadot_sdk::{frame_benchmarking, sp_runtime::traits::Bounded};

type Helper<T> = <T as Config>::BenchmarkHelper;

fn fund<T: Config>(who: &T::AccountId) {
	let _ = T::Currency::set_balance(who, BalanceOf::<T>::max_value() / 4u32.into());
}

/// The widest terms: every category, action and purpose, a period, full record list.
fn full_terms<T: Config>(purposes: &[Purpose]) -> ConsentTerms<T> {
	let records: Vec<RecordId> =
		(0..T::MaxRecordsPerConsent::get()).map(|i| [i as u8; 32]).rev().collect();
	ConsentTerms {
		categories: CategoryScope::Only(BoundedVec::truncate_from(
			DataCategory::ALL.iter().rev().copied().collect(),
		)),
		actions: BoundedVec::truncate_from(alloc::vec![
			ConsentAction::Amend,
			ConsentAction::Append,
			ConsentAction::Read
		]),
		purposes: BoundedVec::truncate_from(purposes.to_vec()),
		starts_at: None,
		expires_at: Some(1_000_000u32.into()),
		records: BoundedVec::truncate_from(records),
	}
}

const ALL_PURPOSES: [Purpose; 7] = [
	Purpose::PatientRequest,
	Purpose::PublicHealth,
	Purpose::Research,
	Purpose::Operations,
	Purpose::Payment,
	Purpose::EmergencyTreatment,
	Purpose::Treatment,
];

/// How many consents `check_access_with_grants` keeps in state.
fn max_other_grants<T: Config>() -> u32 {
	T::MaxConsentsPerPatient::get().saturating_sub(1).min(1_000)
}

/// A patient (funded) and its account.
fn patient<T: Config>() -> Result<(PatientId, T::AccountId), BenchmarkError> {
	let who: T::AccountId = account("patient", 0, 0);
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
			full_terms::<T>(&[Purpose::Research]),
			ConsentKind::Permit,
		)?;
	}
	Ok(())
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
		let terms = full_terms::<T>(&ALL_PURPOSES);

		#[extrinsic_call]
		_(RawOrigin::Signed(who), id, grantee.clone(), terms);

		assert_eq!(
			GranteeConsents::<T>::get(id, &grantee).len() as u32,
			T::MaxConsentsPerGrantee::get()
		);
		Ok(())
	}

	#[benchmark]
	fn deny_access() -> Result<(), BenchmarkError> {
		let (id, who, grantee) =
			with_consents::<T>(T::MaxConsentsPerGrantee::get().saturating_sub(1))?;
		let terms = full_terms::<T>(&ALL_PURPOSES);

		#[extrinsic_call]
		_(RawOrigin::Signed(who), id, grantee.clone(), terms);

		let last = NextConsentId::<T>::get().saturating_sub(1);
		assert_eq!(Consents::<T>::get(id, last).map(|c| c.kind), Some(ConsentKind::Deny));
		Ok(())
	}

	#[benchmark]
	fn revoke_consent() -> Result<(), BenchmarkError> {
		let (id, who, _) = with_consents::<T>(T::MaxConsentsPerGrantee::get())?;
		let guardian: T::AccountId = account("guardian", 0, 0);
		Helper::<T>::add_guardian(&who, &guardian)?;
		let consent = NextConsentId::<T>::get().saturating_sub(1);

		#[extrinsic_call]
		_(RawOrigin::Signed(guardian), id, consent);

		assert!(Consents::<T>::get(id, consent).is_some_and(|c| c.revoked_at.is_some()));
		Ok(())
	}

	#[benchmark]
	fn remove_consent() -> Result<(), BenchmarkError> {
		let (id, who, _) = with_consents::<T>(T::MaxConsentsPerGrantee::get())?;
		let consent = NextConsentId::<T>::get().saturating_sub(1);

		#[extrinsic_call]
		_(RawOrigin::Signed(who), id, consent);

		assert!(Consents::<T>::get(id, consent).is_none());
		Ok(())
	}

	#[benchmark]
	fn open_emergency_access() -> Result<(), BenchmarkError> {
		let (id, _) = patient::<T>()?;
		let doctor = physician::<T>("doctor")?;
		// Worst case: an expired session is closed first.
		Pallet::<T>::do_open_emergency(doctor.clone(), id, EmergencyReason::LifeThreatening)?;
		let later = frame_system::Pallet::<T>::block_number() + T::EmergencyDuration::get();
		frame_system::Pallet::<T>::set_block_number(later);

		#[extrinsic_call]
		_(RawOrigin::Signed(doctor.clone()), id, EmergencyReason::PatientUnableToConsent);

		assert_eq!(EmergencyAccessCount::<T>::get(&doctor), 2);
		Ok(())
	}

	#[benchmark]
	fn close_emergency_access() -> Result<(), BenchmarkError> {
		let (id, who) = patient::<T>()?;
		let doctor = physician::<T>("doctor")?;
		Pallet::<T>::do_open_emergency(doctor.clone(), id, EmergencyReason::LifeThreatening)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(who), id, doctor.clone());

		assert!(EmergencySessions::<T>::get(id, &doctor).is_none());
		Ok(())
	}

	/// The decision at its worst: the accessor matches all three grantee kinds, each with a full
	/// index of consents that must be scanned and do not match, and is then permitted by an
	/// emergency session.
	#[benchmark]
	fn check_access() -> Result<(), BenchmarkError> {
		let (id, who) = patient::<T>()?;
		let doctor = physician::<T>("doctor")?;
		let doctor_as_patient = Helper::<T>::register_patient(&doctor)?;
		let standing = T::Identities::practitioner_standing(&doctor)
			.ok_or(BenchmarkError::Stop("the doctor has standing"))?;
		let full = T::MaxConsentsPerGrantee::get();
		fill::<T>(&who, id, &Grantee::Practitioner(doctor.clone()), full)?;
		fill::<T>(&who, id, &Grantee::Organisation(standing.organisation), full)?;
		fill::<T>(&who, id, &Grantee::Individual(doctor_as_patient), full)?;
		Pallet::<T>::do_open_emergency(doctor.clone(), id, EmergencyReason::LifeThreatening)?;
		let decision;

		#[block]
		{
			decision = Pallet::<T>::check_access(
				id,
				&doctor,
				DataCategory::Allergies,
				ConsentAction::Read,
				Purpose::EmergencyTreatment,
				Some([0; 32]),
			);
		}

		assert!(matches!(decision.basis(), Some(medledger_primitives::AccessBasis::Emergency(_))));
		Ok(())
	}

	/// The decision against `g` consents the patient gave to others: the cost must not grow.
	/// State always holds `MAX` such consents (the rest belong to another patient), so that the
	/// trie is the same size at every `g` and only the patient's share changes.
	#[benchmark]
	fn check_access_with_grants(
		g: Linear<1, { max_other_grants::<T>() }>,
	) -> Result<(), BenchmarkError> {
		let (id, who) = patient::<T>()?;
		let neighbour: T::AccountId = account("neighbour", 0, 0);
		fund::<T>(&neighbour);
		let neighbour_id = Helper::<T>::register_patient(&neighbour)?;
		let doctor = physician::<T>("doctor")?;
		for i in 0..max_other_grants::<T>() {
			let (owner, patient) = if i < g { (&who, id) } else { (&neighbour, neighbour_id) };
			Pallet::<T>::do_grant(
				owner.clone(),
				patient,
				Grantee::Practitioner(account("other", i, 0)),
				full_terms::<T>(&ALL_PURPOSES),
				ConsentKind::Deny,
			)?;
		}
		Pallet::<T>::do_grant(
			who.clone(),
			id,
			Grantee::Practitioner(doctor.clone()),
			full_terms::<T>(&ALL_PURPOSES),
			ConsentKind::Permit,
		)?;
		let decision;

		#[block]
		{
			decision = Pallet::<T>::check_access(
				id,
				&doctor,
				DataCategory::Allergies,
				ConsentAction::Read,
				Purpose::Treatment,
				Some([0; 32]),
			);
		}

		assert!(decision.is_permit());
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
