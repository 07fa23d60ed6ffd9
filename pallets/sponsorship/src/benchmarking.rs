//! Benchmarks of every call at its worst case, and of the two extensions' own work.

use super::*;
use frame_benchmarking::v2::*;
use frame_support::{
	dispatch::{DispatchInfo, GetDispatchInfo},
	traits::fungible::Mutate,
};
use frame_system::RawOrigin;
use medledger_primitives::{
	IdentityBenchmarkHelper, OrganisationId, OrganisationKind, PractitionerRole,
};
use polkadot_sdk::{frame_benchmarking, sp_runtime::traits::Bounded};

type Helper<T> = <T as Config>::BenchmarkHelper;

fn fund<T: Config>(who: &T::AccountId) {
	let _ = T::Currency::set_balance(who, BalanceOf::<T>::max_value() / 4u32.into());
}

/// An active organisation with an admin, and its relayer, funded, with a large budget.
fn sponsor<T: Config>(seed: u32) -> (OrganisationId, T::AccountId, T::AccountId) {
	let practitioner: T::AccountId = account("practitioner", seed, 0);
	let organisation = Helper::<T>::register_practitioner(
		&practitioner,
		OrganisationKind::Hospital,
		PractitionerRole::Physician,
	)
	.expect("organisation admitted");
	let admin = Helper::<T>::organisation_admin(organisation);
	let relayer: T::AccountId = account("relayer", seed, 0);
	fund::<T>(&relayer);
	Pallet::<T>::do_set_sponsor(
		admin.clone(),
		relayer.clone(),
		BalanceOf::<T>::max_value() / 8u32.into(),
	)
	.expect("sponsor set");
	(organisation, admin, relayer)
}

#[benchmarks(where <T as frame_system::Config>::RuntimeCall: From<Call<T>>)]
mod benchmarks {
	use super::*;

	/// Replacing an existing sponsor entry.
	#[benchmark]
	fn set_sponsor() {
		let (_, admin, _) = sponsor::<T>(0);
		let relayer: T::AccountId = account("new-relayer", 0, 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(admin), relayer.clone(), 1u32.into());
		assert!(Sponsors::<T>::iter_values().any(|s| s.relayer == relayer));
	}

	/// The worst case: taking over a patient from an organisation that was suspended, whose
	/// deposit goes back.
	#[benchmark]
	fn sponsor_patient() {
		let (old, _, old_relayer) = sponsor::<T>(0);
		let (organisation, _, relayer) = sponsor::<T>(1);
		let patient: T::AccountId = account("patient", 0, 0);
		Pallet::<T>::do_sponsor_patient(old_relayer, old, patient.clone()).expect("sponsored");
		Helper::<T>::suspend_organisation(old).expect("suspended");
		#[extrinsic_call]
		_(RawOrigin::Signed(relayer), organisation, patient.clone());
		assert_eq!(Sponsorships::<T>::get(&patient).map(|s| s.organisation), Some(organisation));
	}

	/// Ended by an admin of the sponsor (the check that reads the most).
	#[benchmark]
	fn end_sponsorship() {
		let (organisation, admin, relayer) = sponsor::<T>(0);
		let patient: T::AccountId = account("patient", 0, 0);
		Pallet::<T>::do_sponsor_patient(relayer, organisation, patient.clone()).expect("sponsored");
		#[extrinsic_call]
		_(RawOrigin::Signed(admin), patient.clone());
		assert!(!Sponsorships::<T>::contains_key(&patient));
	}

	/// `SponsoredUse` admitting a call (validate) and counting it (prepare), then clearing
	/// after dispatch, on a new day for both counters.
	#[benchmark]
	fn sponsored_use() -> Result<(), BenchmarkError> {
		let (organisation, _, relayer) = sponsor::<T>(0);
		let patient: T::AccountId = account("patient", 0, 0);
		Pallet::<T>::do_sponsor_patient(relayer, organisation, patient.clone()).expect("sponsored");
		let call: <T as frame_system::Config>::RuntimeCall =
			Call::<T>::end_sponsorship { account: patient.clone() }.into();
		let info: DispatchInfo = call.get_dispatch_info();
		#[block]
		{
			let admitted = Pallet::<T>::admit(&patient, &call, &info, 100)
				.map_err(|_| BenchmarkError::Stop("call not admitted"))?;
			Pallet::<T>::count(admitted);
			SponsoredDispatch::<T>::kill();
		}
		assert_eq!(Sponsorships::<T>::get(&patient).map(|s| s.calls), Some(1));
		Ok(())
	}

	/// `RelayedBySponsor`'s own reads for a meta transaction: the signer's sponsorship and its
	/// sponsor (the meta transaction's extensions are charged at their own weights).
	#[benchmark]
	fn relayed_by_sponsor() {
		let (organisation, _, relayer) = sponsor::<T>(0);
		let patient: T::AccountId = account("patient", 0, 0);
		Pallet::<T>::do_sponsor_patient(relayer.clone(), organisation, patient.clone())
			.expect("sponsored");
		let found;
		#[block]
		{
			found = Sponsorships::<T>::get(&patient)
				.and_then(|s| Sponsors::<T>::get(s.organisation))
				.map(|s| s.relayer);
		}
		assert_eq!(found, Some(relayer));
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
