//! Benchmarks of every call at its worst case: full bounded vectors, the longest searches.

use super::*;
use frame_benchmarking::v2::*;
use frame_support::{
	traits::{fungible::Mutate, EnsureOrigin, Get},
	BoundedVec,
};
use frame_system::RawOrigin;
use medledger_primitives::{OrganisationKind, PractitionerRole, RepresentativeScope};
use polkadot_sdk::{
	frame_benchmarking,
	sp_runtime::traits::{BlockNumberProvider, Bounded, Saturating},
};
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

/// Every power a representative can hold.
const FULL_SCOPE: RepresentativeScope =
	RepresentativeScope { consents: true, records: true, encryption_key: true, deactivation: true };

/// A patient with `representatives` representatives (the last with every power); returns id and
/// account.
fn patient<T: Config>(representatives: u32) -> Result<(u64, T::AccountId), BenchmarkError> {
	let who: T::AccountId = account("patient", 0, 0);
	fund::<T>(&who);
	let id = NextPatientId::<T>::get();
	Pallet::<T>::do_register_patient(who.clone(), KEY, Some(H256::repeat_byte(2)))?;
	for i in 0..representatives {
		Pallet::<T>::do_appoint_representative(
			who.clone(),
			id,
			account("representative", i, 0),
			FULL_SCOPE,
			None,
			None,
		)?;
	}
	Ok((id, who))
}

/// A representative with every power.
fn representative<T: Config>() -> T::AccountId {
	account("representative", 0, 0)
}

/// `patient`'s recovery set up with `c` contacts, all needed, and the shortest delay.
fn recovery_config<T: Config>(who: &T::AccountId, c: u32) -> Result<(), BenchmarkError> {
	let contacts = BoundedVec::try_from((0..c).map(contact::<T>).collect::<alloc::vec::Vec<_>>())
		.map_err(|_| BenchmarkError::Stop("contacts"))?;
	Pallet::<T>::do_set_recovery_config(who.clone(), contacts, c, T::MinRecoveryDelay::get())?;
	Ok(())
}

fn contact<T: Config>(i: u32) -> T::AccountId {
	account("contact", i, 0)
}

/// A recovery of `id` started by a funded new account; returns it.
fn started_recovery<T: Config>(id: u64) -> Result<T::AccountId, BenchmarkError> {
	let new: T::AccountId = account("new", 0, 0);
	fund::<T>(&new);
	Pallet::<T>::do_start_recovery(new.clone(), id)?;
	Ok(new)
}

/// Moves the configured block number provider `n` blocks on.
fn advance<T: Config>(n: frame_system::pallet_prelude::BlockNumberFor<T>) {
	let now = T::BlockNumberProvider::current_block_number();
	T::BlockNumberProvider::set_block_number(now.saturating_add(n));
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
		assert!(OrganisationOfAdmin::<T>::contains_key(&admin));
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
		assert_eq!(OrganisationOfAdmin::<T>::get(&new), Some(org));
		Ok(())
	}

	#[benchmark]
	fn remove_admin() -> Result<(), BenchmarkError> {
		let max = T::MaxAdmins::get().max(2);
		let (org, admin) = organisation::<T>(max)?;
		let last: T::AccountId = account("admin", max - 1, 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(admin), org, last.clone());
		assert!(!OrganisationOfAdmin::<T>::contains_key(&last));
		Ok(())
	}

	#[benchmark]
	fn invite_practitioner() -> Result<(), BenchmarkError> {
		let (org, admin) = organisation::<T>(1)?;
		// Worst case: a stale registration from a removed organisation is looked up.
		let who: T::AccountId = account("practitioner", 0, 0);
		Practitioners::<T>::insert(
			&who,
			Practitioner { organisation: org + 1000, role: PractitionerRole::Clerk },
		);
		#[extrinsic_call]
		_(RawOrigin::Signed(admin), who.clone(), PractitionerRole::Physician);
		assert!(PractitionerInvitations::<T>::contains_key(&who, org));
		Ok(())
	}

	#[benchmark]
	fn accept_invitation() -> Result<(), BenchmarkError> {
		let (org, admin) = organisation::<T>(1)?;
		let who: T::AccountId = account("practitioner", 0, 0);
		Practitioners::<T>::insert(
			&who,
			Practitioner { organisation: org + 1000, role: PractitionerRole::Clerk },
		);
		Pallet::<T>::do_invite_practitioner(admin, who.clone(), PractitionerRole::Physician)?;
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), org);
		assert_eq!(Practitioners::<T>::get(&who).map(|p| p.organisation), Some(org));
		Ok(())
	}

	#[benchmark]
	fn withdraw_invitation() -> Result<(), BenchmarkError> {
		let (org, admin) = organisation::<T>(1)?;
		let who: T::AccountId = account("practitioner", 0, 0);
		Pallet::<T>::do_invite_practitioner(admin.clone(), who.clone(), PractitionerRole::Nurse)?;
		#[extrinsic_call]
		_(RawOrigin::Signed(admin), org, who.clone());
		assert!(!PractitionerInvitations::<T>::contains_key(&who, org));
		Ok(())
	}

	#[benchmark]
	fn remove_practitioner() -> Result<(), BenchmarkError> {
		let (org, admin) = organisation::<T>(1)?;
		let who: T::AccountId = account("practitioner", 0, 0);
		Pallet::<T>::do_invite_practitioner(admin.clone(), who.clone(), PractitionerRole::Nurse)?;
		Pallet::<T>::do_accept_invitation(who.clone(), org)?;
		#[extrinsic_call]
		_(RawOrigin::Signed(admin), who.clone());
		assert!(!Practitioners::<T>::contains_key(&who));
		Ok(())
	}

	#[benchmark]
	fn resign() -> Result<(), BenchmarkError> {
		let (org, admin) = organisation::<T>(1)?;
		let who: T::AccountId = account("practitioner", 0, 0);
		Pallet::<T>::do_invite_practitioner(admin, who.clone(), PractitionerRole::Nurse)?;
		Pallet::<T>::do_accept_invitation(who.clone(), org)?;
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()));
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
	fn rotate_encryption_key() -> Result<(), BenchmarkError> {
		let (id, _) = patient::<T>(1)?;
		// Worst case: a representative acts (its entry is read too).
		#[extrinsic_call]
		_(RawOrigin::Signed(representative::<T>()), id, [9u8; 32]);
		Ok(())
	}

	#[benchmark]
	fn set_commitment() -> Result<(), BenchmarkError> {
		let (id, _) = patient::<T>(1)?;
		#[extrinsic_call]
		_(RawOrigin::Signed(representative::<T>()), id, Some(H256::repeat_byte(5)));
		Ok(())
	}

	#[benchmark]
	fn request_deactivation() -> Result<(), BenchmarkError> {
		let (id, _) = patient::<T>(1)?;
		#[extrinsic_call]
		_(RawOrigin::Signed(representative::<T>()), id);
		assert!(PendingDeactivations::<T>::contains_key(id));
		Ok(())
	}

	#[benchmark]
	fn cancel_deactivation() -> Result<(), BenchmarkError> {
		let (id, who) = patient::<T>(1)?;
		Pallet::<T>::do_request_deactivation(representative::<T>(), id)?;
		#[extrinsic_call]
		_(RawOrigin::Signed(who));
		assert!(!PendingDeactivations::<T>::contains_key(id));
		Ok(())
	}

	#[benchmark]
	fn deactivate_patient() -> Result<(), BenchmarkError> {
		// Worst case: every representative and a recovery in progress go, and a representative
		// deactivates after its delay. `OnPatientDeactivated` is charged on top.
		let (id, who) = patient::<T>(T::MaxRepresentatives::get())?;
		recovery_config::<T>(&who, T::MaxRecoveryContacts::get())?;
		started_recovery::<T>(id)?;
		Pallet::<T>::do_request_deactivation(representative::<T>(), id)?;
		advance::<T>(T::DeactivationDelay::get());
		#[extrinsic_call]
		_(RawOrigin::Signed(representative::<T>()), id);
		assert!(!Patients::<T>::contains_key(id));
		Ok(())
	}

	#[benchmark]
	fn appoint_representative() -> Result<(), BenchmarkError> {
		// Worst case: an organisation's admin appoints (its organisation is read).
		let (_, admin) = organisation::<T>(1)?;
		let (id, _) = patient::<T>(T::MaxRepresentatives::get().saturating_sub(1))?;
		let new: T::AccountId = account("new-representative", 0, 0);
		#[extrinsic_call]
		_(
			RawOrigin::Signed(admin),
			id,
			new.clone(),
			FULL_SCOPE,
			// An end far ahead of whatever block the benchmark runs in.
			Some(
				T::BlockNumberProvider::current_block_number().saturating_add(1_000_000u32.into()),
			),
			Some(H256::repeat_byte(4)),
		);
		assert!(Representatives::<T>::contains_key(id, &new));
		Ok(())
	}

	#[benchmark]
	fn remove_representative() -> Result<(), BenchmarkError> {
		let (id, _) = patient::<T>(1)?;
		// Worst case: it had asked for a deactivation, which goes too.
		Pallet::<T>::do_request_deactivation(representative::<T>(), id)?;
		#[extrinsic_call]
		_(RawOrigin::Signed(representative::<T>()), id, representative::<T>());
		assert!(!Representatives::<T>::contains_key(id, representative::<T>()));
		Ok(())
	}

	#[benchmark]
	fn set_recovery_config(
		c: Linear<1, { T::MaxRecoveryContacts::get() }>,
	) -> Result<(), BenchmarkError> {
		let (id, who) = patient::<T>(0)?;
		let contacts =
			BoundedVec::try_from((0..c).map(contact::<T>).collect::<alloc::vec::Vec<_>>())
				.map_err(|_| BenchmarkError::Stop("contacts"))?;
		#[extrinsic_call]
		_(RawOrigin::Signed(who), contacts, c, T::MinRecoveryDelay::get());
		assert!(RecoveryConfigs::<T>::contains_key(id));
		Ok(())
	}

	#[benchmark]
	fn remove_recovery_config() -> Result<(), BenchmarkError> {
		let (id, who) = patient::<T>(0)?;
		recovery_config::<T>(&who, T::MaxRecoveryContacts::get())?;
		#[extrinsic_call]
		_(RawOrigin::Signed(who));
		assert!(!RecoveryConfigs::<T>::contains_key(id));
		Ok(())
	}

	#[benchmark]
	fn start_recovery() -> Result<(), BenchmarkError> {
		// Worst case: a stale recovery is replaced, its deposit forfeited.
		let (id, who) = patient::<T>(0)?;
		recovery_config::<T>(&who, T::MaxRecoveryContacts::get())?;
		let stale: T::AccountId = account("stale", 0, 0);
		fund::<T>(&stale);
		Pallet::<T>::do_start_recovery(stale, id)?;
		advance::<T>(T::MinRecoveryDelay::get().saturating_add(T::ApprovalPeriod::get()));
		let new: T::AccountId = account("new", 0, 0);
		fund::<T>(&new);
		#[extrinsic_call]
		_(RawOrigin::Signed(new.clone()), id);
		assert_eq!(ActiveRecoveries::<T>::get(id).map(|r| r.new_account), Some(new));
		Ok(())
	}

	#[benchmark]
	fn approve_recovery(
		c: Linear<1, { T::MaxRecoveryContacts::get() }>,
	) -> Result<(), BenchmarkError> {
		// Worst case: the last contact approves, after every other.
		let (id, who) = patient::<T>(0)?;
		recovery_config::<T>(&who, c)?;
		let new = started_recovery::<T>(id)?;
		for i in 0..c.saturating_sub(1) {
			Pallet::<T>::do_approve_recovery(contact::<T>(i), id, new.clone())?;
		}
		#[extrinsic_call]
		_(RawOrigin::Signed(contact::<T>(c - 1)), id, new);
		Ok(())
	}

	#[benchmark]
	fn withdraw_recovery_approval(
		c: Linear<1, { T::MaxRecoveryContacts::get() }>,
	) -> Result<(), BenchmarkError> {
		let (id, who) = patient::<T>(0)?;
		recovery_config::<T>(&who, c)?;
		let new = started_recovery::<T>(id)?;
		for i in 0..c {
			Pallet::<T>::do_approve_recovery(contact::<T>(i), id, new.clone())?;
		}
		#[extrinsic_call]
		_(RawOrigin::Signed(contact::<T>(c - 1)), id);
		Ok(())
	}

	#[benchmark]
	fn cancel_recovery(
		c: Linear<1, { T::MaxRecoveryContacts::get() }>,
	) -> Result<(), BenchmarkError> {
		// Worst case: the vote that makes the majority, after every approval.
		let (id, who) = patient::<T>(0)?;
		recovery_config::<T>(&who, c)?;
		let new = started_recovery::<T>(id)?;
		for i in 0..c {
			Pallet::<T>::do_approve_recovery(contact::<T>(i), id, new.clone())?;
		}
		let majority = c / 2 + 1;
		for i in 0..majority - 1 {
			Pallet::<T>::do_cancel_recovery(contact::<T>(i), id)?;
		}
		#[extrinsic_call]
		_(RawOrigin::Signed(contact::<T>(majority - 1)), id);
		assert!(!ActiveRecoveries::<T>::contains_key(id));
		Ok(())
	}

	#[benchmark]
	fn claim_recovery(
		c: Linear<1, { T::MaxRecoveryContacts::get() }>,
	) -> Result<(), BenchmarkError> {
		let (id, who) = patient::<T>(0)?;
		recovery_config::<T>(&who, c)?;
		let new = started_recovery::<T>(id)?;
		for i in 0..c {
			Pallet::<T>::do_approve_recovery(contact::<T>(i), id, new.clone())?;
		}
		advance::<T>(T::MinRecoveryDelay::get());
		#[extrinsic_call]
		_(RawOrigin::Signed(new.clone()), id);
		assert_eq!(PatientByAccount::<T>::get(&new), Some(id));
		Ok(())
	}

	/// One patient re-priced by the deposit migration
	/// ([`crate::migrations::RepricePatientDeposits`]): the worst case holds more from the
	/// patient's account.
	#[benchmark]
	fn reprice_patient_deposit() -> Result<(), BenchmarkError> {
		use frame_support::{
			migrations::SteppedMigration, traits::fungible::MutateHold, weights::WeightMeter,
		};
		let (id, who) = patient::<T>(0)?;
		// The patient's deposit was lower than the current price.
		Patients::<T>::mutate(id, |p| {
			if let Some(p) = p {
				p.deposit /= 2u32.into();
			}
		});
		let _ = T::Currency::release(
			&HoldReason::PatientDeposit.into(),
			&who,
			T::PatientDeposit::get() - T::PatientDeposit::get() / 2u32.into(),
			frame_support::traits::tokens::Precision::Exact,
		);
		let mut meter = WeightMeter::new();

		#[block]
		{
			crate::migrations::RepricePatientDeposits::<T>::step(
				Some(crate::migrations::Progress::default()),
				&mut meter,
			)
			.map_err(|_| BenchmarkError::Stop("a step of the migration"))?;
		}

		assert_eq!(Patients::<T>::get(id).map(|p| p.deposit), Some(T::PatientDeposit::get()));
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
