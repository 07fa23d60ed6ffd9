//! Benchmarks of every call at its worst case: full bounded vectors, the longest searches.

use super::*;
use frame_benchmarking::v2::*;
use frame_support::{
	traits::{
		fungible::{Inspect, Mutate},
		EnsureOrigin, Get,
	},
	BoundedVec,
};
use frame_system::RawOrigin;
use medledger_primitives::{OrganisationKind, PractitionerRole};
use polkadot_sdk::{frame_benchmarking, sp_runtime::traits::Bounded};
use sp_core::H256;

const KEY: [u8; 32] = [7; 32];

fn fund<T: Config>(who: &T::AccountId) {
	let _ = T::Currency::set_balance(who, BalanceOf::<T>::max_value() / 4u32.into());
}

fn org_origin<T: Config>() -> Result<T::RuntimeOrigin, BenchmarkError> {
	T::OrganisationOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)
}

/// An organisation with a full-length name and `admins` admins; returns its id and first admin.
fn organisation<T: Config>(admins: u32) -> Result<(u32, T::AccountId), BenchmarkError> {
	let admin: T::AccountId = account("admin", 0, 0);
	let name = BoundedVec::try_from(alloc::vec![b'n'; T::MaxNameLength::get() as usize])
		.map_err(|_| BenchmarkError::Stop("name"))?;
	let jurisdiction =
		BoundedVec::try_from(b"US-CA".to_vec()).map_err(|_| BenchmarkError::Stop("j"))?;
	let org = NextOrganisationId::<T>::get();
	Pallet::<T>::do_admit_organisation(
		name,
		OrganisationKind::Hospital,
		jurisdiction,
		H256::repeat_byte(1),
		admin.clone(),
	)?;
	for i in 1..admins {
		Pallet::<T>::do_add_admin(org, account("admin", i, 0))?;
	}
	Ok((org, admin))
}

/// A patient with `guardians` guardians; returns id and account.
fn patient<T: Config>(guardians: u32) -> Result<(u64, T::AccountId), BenchmarkError> {
	let who: T::AccountId = account("patient", 0, 0);
	fund::<T>(&who);
	let id = NextPatientId::<T>::get();
	Pallet::<T>::do_register_patient(who.clone(), KEY, Some(H256::repeat_byte(2)))?;
	for i in 0..guardians {
		Pallet::<T>::do_add_guardian(who.clone(), account("guardian", i, 0))?;
	}
	Ok((id, who))
}

/// The last guardian: the one found last in a search.
fn last_guardian<T: Config>(g: u32) -> T::AccountId {
	account("guardian", g.saturating_sub(1), 0)
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn admit_organisation() -> Result<(), BenchmarkError> {
		let origin = org_origin::<T>()?;
		let name = BoundedVec::try_from(alloc::vec![b'n'; T::MaxNameLength::get() as usize])
			.map_err(|_| BenchmarkError::Stop("name"))?;
		let jurisdiction =
			BoundedVec::try_from(b"GB-ENG".to_vec()).map_err(|_| BenchmarkError::Stop("j"))?;
		let admin: T::AccountId = account("admin", 0, 0);
		#[extrinsic_call]
		_(
			origin as T::RuntimeOrigin,
			name,
			OrganisationKind::Clinic,
			jurisdiction,
			H256::zero(),
			admin.clone(),
		);
		assert!(OrganisationAdmins::<T>::contains_key(&admin));
		Ok(())
	}

	#[benchmark]
	fn suspend_organisation() -> Result<(), BenchmarkError> {
		let origin = org_origin::<T>()?;
		let (org, _) = organisation::<T>(1)?;
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, org);
		Ok(())
	}

	#[benchmark]
	fn reinstate_organisation() -> Result<(), BenchmarkError> {
		let origin = org_origin::<T>()?;
		let (org, _) = organisation::<T>(1)?;
		Pallet::<T>::do_set_status(org, true)?;
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, org);
		Ok(())
	}

	#[benchmark]
	fn remove_organisation(a: Linear<1, { T::MaxAdmins::get() }>) -> Result<(), BenchmarkError> {
		let origin = org_origin::<T>()?;
		let (org, _) = organisation::<T>(a)?;
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, org);
		assert!(!Organisations::<T>::contains_key(org));
		Ok(())
	}

	#[benchmark]
	fn add_admin() -> Result<(), BenchmarkError> {
		let (org, admin) = organisation::<T>(T::MaxAdmins::get().saturating_sub(1))?;
		let new: T::AccountId = account("new-admin", 0, 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(admin), org, new.clone());
		assert_eq!(OrganisationAdmins::<T>::get(&new), Some(org));
		Ok(())
	}

	#[benchmark]
	fn remove_admin() -> Result<(), BenchmarkError> {
		let max = T::MaxAdmins::get().max(2);
		let (org, admin) = organisation::<T>(max)?;
		let last: T::AccountId = account("admin", max - 1, 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(admin), org, last.clone());
		assert!(!OrganisationAdmins::<T>::contains_key(&last));
		Ok(())
	}

	#[benchmark]
	fn register_practitioner() -> Result<(), BenchmarkError> {
		let (org, admin) = organisation::<T>(1)?;
		// Worst case: replaces a stale registration from a removed organisation.
		let who: T::AccountId = account("practitioner", 0, 0);
		Practitioners::<T>::insert(
			&who,
			Practitioner { organisation: org + 1000, role: PractitionerRole::Clerk },
		);
		#[extrinsic_call]
		_(RawOrigin::Signed(admin), who.clone(), PractitionerRole::Physician);
		assert_eq!(Practitioners::<T>::get(&who).map(|p| p.organisation), Some(org));
		Ok(())
	}

	#[benchmark]
	fn remove_practitioner() -> Result<(), BenchmarkError> {
		let (_, admin) = organisation::<T>(1)?;
		let who: T::AccountId = account("practitioner", 0, 0);
		Pallet::<T>::do_register_practitioner(admin.clone(), who.clone(), PractitionerRole::Nurse)?;
		#[extrinsic_call]
		_(RawOrigin::Signed(admin), who.clone());
		assert!(!Practitioners::<T>::contains_key(&who));
		Ok(())
	}

	#[benchmark]
	fn register_patient() -> Result<(), BenchmarkError> {
		let who: T::AccountId = account("patient", 0, 0);
		fund::<T>(&who);
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), KEY, Some(H256::repeat_byte(3)));
		assert!(PatientByAccount::<T>::contains_key(&who));
		Ok(())
	}

	#[benchmark]
	fn rotate_encryption_key(
		g: Linear<1, { T::MaxGuardians::get() }>,
	) -> Result<(), BenchmarkError> {
		let (id, _) = patient::<T>(g)?;
		// Worst case: the last guardian acts.
		#[extrinsic_call]
		_(RawOrigin::Signed(last_guardian::<T>(g)), id, [9u8; 32]);
		Ok(())
	}

	#[benchmark]
	fn set_commitment(g: Linear<1, { T::MaxGuardians::get() }>) -> Result<(), BenchmarkError> {
		let (id, _) = patient::<T>(g)?;
		#[extrinsic_call]
		_(RawOrigin::Signed(last_guardian::<T>(g)), id, Some(H256::repeat_byte(5)));
		Ok(())
	}

	#[benchmark]
	fn deactivate_patient(g: Linear<1, { T::MaxGuardians::get() }>) -> Result<(), BenchmarkError> {
		let (id, _) = patient::<T>(g)?;
		#[extrinsic_call]
		_(RawOrigin::Signed(last_guardian::<T>(g)), id);
		assert!(!Patients::<T>::contains_key(id));
		Ok(())
	}

	#[benchmark]
	fn add_guardian(
		g: Linear<0, { T::MaxGuardians::get().saturating_sub(1) }>,
	) -> Result<(), BenchmarkError> {
		let (_, who) = patient::<T>(g)?;
		let new: T::AccountId = account("new-guardian", 0, 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(who), new);
		Ok(())
	}

	#[benchmark]
	fn remove_guardian(g: Linear<1, { T::MaxGuardians::get() }>) -> Result<(), BenchmarkError> {
		let (id, who) = patient::<T>(g)?;
		// Worst case: a recovery in progress whose approval is dropped.
		Recoveries::<T>::insert(
			id,
			Recovery {
				new_account: account("new", 0, 0),
				approvals: BoundedVec::try_from(alloc::vec![last_guardian::<T>(g)])
					.map_err(|_| BenchmarkError::Stop("approvals"))?,
			},
		);
		#[extrinsic_call]
		_(RawOrigin::Signed(who), last_guardian::<T>(g));
		Ok(())
	}

	#[benchmark]
	fn set_recovery_threshold() -> Result<(), BenchmarkError> {
		let (_, who) = patient::<T>(T::MaxGuardians::get())?;
		#[extrinsic_call]
		_(RawOrigin::Signed(who), T::MaxGuardians::get());
		Ok(())
	}

	#[benchmark]
	fn approve_recovery(g: Linear<1, { T::MaxGuardians::get() }>) -> Result<(), BenchmarkError> {
		// Worst case: the final approval, which moves the identity and its deposit.
		let (id, who) = patient::<T>(g)?;
		Pallet::<T>::do_set_recovery_threshold(who, g)?;
		let new: T::AccountId = account("new", 0, 0);
		T::Currency::set_balance(&new, T::Currency::minimum_balance());
		for i in 0..g.saturating_sub(1) {
			Pallet::<T>::do_approve_recovery(account("guardian", i, 0), id, new.clone())?;
		}
		#[extrinsic_call]
		_(RawOrigin::Signed(last_guardian::<T>(g)), id, new.clone());
		assert_eq!(PatientByAccount::<T>::get(&new), Some(id));
		Ok(())
	}

	#[benchmark]
	fn cancel_recovery() -> Result<(), BenchmarkError> {
		let (id, who) = patient::<T>(2)?;
		Pallet::<T>::do_set_recovery_threshold(who.clone(), 2)?;
		let new: T::AccountId = account("new", 0, 0);
		T::Currency::set_balance(&new, T::Currency::minimum_balance());
		Pallet::<T>::do_approve_recovery(account("guardian", 0, 0), id, new)?;
		#[extrinsic_call]
		_(RawOrigin::Signed(who));
		assert!(!Recoveries::<T>::contains_key(id));
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
