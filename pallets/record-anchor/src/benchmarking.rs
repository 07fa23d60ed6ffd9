//! Benchmarks of every call at its worst case: longest locations and names, full version lists,
//! full batches, full prunes. Two parts are charged separately, as `Pallet::extra` adds them:
//! consent decisions (declared at the consent registry's worst case,
//! `ConsentChecker::check_access_weight`, charged at what each took), so the writer here is the
//! patient, whose decision is the cheapest; and holding a deposit (`hold_deposit`), so the
//! writer here has prepaid its deposits. A batch's entries are one patient's: decisions for
//! further patients are charged as they are taken.

use super::*;
use alloc::vec::Vec;
use frame_benchmarking::v2::*;
use frame_support::{
	traits::{fungible::Mutate, Get, Time},
	weights::Weight,
	BoundedVec,
};
use frame_system::RawOrigin;
use medledger_primitives::{
	BenchmarkClock, HashAlgorithm, IdentityBenchmarkHelper, IdentityProvider, OrganisationId,
	OrganisationKind, PatientId, PractitionerRole, RecordId, Tag,
};
use polkadot_sdk::{
	frame_benchmarking,
	sp_io::hashing::blake2_256,
	sp_runtime::{
		traits::{Bounded, Zero},
		Saturating,
	},
};

type Helper<T> = <T as Config>::BenchmarkHelper;

fn fund<T: Config>(who: &T::AccountId) {
	let _ = T::Currency::set_balance(who, BalanceOf::<T>::max_value() / 4u32.into());
}

/// A funded patient, signing with the whitelisted caller (fees already touch its account).
fn patient<T: Config>() -> Result<(PatientId, T::AccountId), BenchmarkError> {
	patient_as::<T>(whitelisted_caller())
}

/// A funded patient with account `who`, who has prepaid deposits.
fn patient_as<T: Config>(who: T::AccountId) -> Result<(PatientId, T::AccountId), BenchmarkError> {
	fund::<T>(&who);
	let id = Helper::<T>::register_patient(&who)?;
	prepay::<T>(&who)?;
	Ok((id, who))
}

/// Prepays deposits for far more items than a benchmark writes.
fn prepay<T: Config>(who: &T::AccountId) -> Result<(), BenchmarkError> {
	let amount = T::RecordDeposit::get()
		.max(T::VersionDeposit::get())
		.max(T::MerkleRootDeposit::get())
		.max(T::LogDeposit::get())
		.max(T::LogRootDeposit::get())
		.saturating_mul(1_000u32.into());
	Pallet::<T>::do_prepay(who.clone(), amount)?;
	Ok(())
}

/// The longest valid location.
fn location<T: Config>() -> Location<T> {
	let mut bytes = b"https://".to_vec();
	bytes.resize(T::MaxLocationLength::get() as usize, b'a');
	BoundedVec::truncate_from(bytes)
}

/// The data custodian that keeps the benchmarks' records, and its first practitioner (funded,
/// prepaid): the organisation is admitted on first use.
fn custodian<T: Config>() -> Result<(OrganisationId, T::AccountId), BenchmarkError> {
	let who: T::AccountId = account("custodian", 0, 0);
	if let Some(standing) = T::Identities::practitioner_standing(&who) {
		return Ok((standing.organisation, who));
	}
	fund::<T>(&who);
	let org = Helper::<T>::register_practitioner(
		&who,
		OrganisationKind::DataCustodian,
		PractitionerRole::Clerk,
	)?;
	prepay::<T>(&who)?;
	Ok((org, who))
}

/// A class of records.
const LABORATORY: Tag = [1; 8];
/// Purposes of use.
const TREATMENT: Tag = [2; 8];
const PATIENT_REQUEST: Tag = [3; 8];
const RESEARCH: Tag = [4; 8];
/// The emergency key of the benchmarks' records.
const EMERGENCY_KEY: [u8; 32] = [5; 32];

fn request<T: Config>(patient: PatientId, i: u32) -> AnchorRequest<T> {
	let mut hash = [1u8; 32];
	hash[..4].copy_from_slice(&i.to_le_bytes());
	AnchorRequest {
		patient,
		content_hash: hash,
		algorithm: HashAlgorithm::Sha2_256,
		location: location::<T>(),
		class: LABORATORY,
		key_manifest: Some([2; 32]),
		emergency_commitment: blake2_256(&EMERGENCY_KEY),
		purpose: TREATMENT,
		custodian: custodian::<T>().map(|(org, _)| org).unwrap_or_default(),
	}
}

fn amendment<T: Config>(i: u32) -> Amendment<T> {
	let mut hash = [3u8; 32];
	hash[..4].copy_from_slice(&i.to_le_bytes());
	Amendment {
		content_hash: hash,
		algorithm: HashAlgorithm::Blake2_256,
		location: location::<T>(),
		key_manifest: Some([4; 32]),
		purpose: TREATMENT,
		// Worst case: the custodian changes (and is checked).
		custodian: custodian::<T>().map(|(org, _)| org).ok(),
	}
}

/// A record of `who`'s with `versions` versions.
fn record<T: Config>(
	patient: PatientId,
	who: &T::AccountId,
	versions: u32,
) -> Result<RecordId, BenchmarkError> {
	let (id, _) = Pallet::<T>::do_anchor(who.clone(), request::<T>(patient, 0))?;
	for v in 2..=versions {
		Pallet::<T>::do_amend(who.clone(), id, amendment::<T>(v))?;
	}
	Ok(id)
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn anchor_record() -> Result<(), BenchmarkError> {
		let (id, who) = patient::<T>()?;
		let request = request::<T>(id, 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(who), request);

		assert_eq!(Records::<T>::iter_prefix(id).count(), 1);
		Ok(())
	}

	#[benchmark]
	fn amend_record() -> Result<(), BenchmarkError> {
		let (id, who) = patient::<T>()?;
		let rec = record::<T>(id, &who, T::MaxVersions::get().saturating_sub(1))?;
		let amendment = amendment::<T>(T::MaxVersions::get());

		#[extrinsic_call]
		_(RawOrigin::Signed(who), rec, amendment);

		let current = Pallet::<T>::record(&rec).map(|(_, r)| r.current_version);
		assert_eq!(current, Some(T::MaxVersions::get()));
		Ok(())
	}

	#[benchmark]
	fn erase_record(v: Linear<1, { T::MaxVersions::get() }>) -> Result<(), BenchmarkError> {
		// The worst case: the author erases, and its standing at the organisation it anchored
		// for is read (the patient's right to erase reads only the patient's entry).
		let (id, who) = patient::<T>()?;
		let author: T::AccountId = account("author", 0, 0);
		fund::<T>(&author);
		prepay::<T>(&author)?;
		Helper::<T>::register_practitioner(
			&author,
			OrganisationKind::Hospital,
			PractitionerRole::Physician,
		)?;
		Helper::<T>::appoint_representative(
			&who,
			&author,
			medledger_primitives::RepresentativeScope { records: true, ..Default::default() },
		)?;
		let rec = record::<T>(id, &author, v)?;
		// It no longer represents the patient: its right is its standing as author alone.
		let _ = Helper::<T>::remove_representative(&who, &author);

		#[extrinsic_call]
		_(RawOrigin::Signed(author), rec);

		assert!(Pallet::<T>::record(&rec).is_some_and(|(_, r)| r.erased_at.is_some()));
		Ok(())
	}

	#[benchmark]
	fn anchor_batch(n: Linear<1, { T::MaxBatchSize::get() }>) -> Result<(), BenchmarkError> {
		let (id, who) = patient::<T>()?;
		// The shortest base, so that each entry brings the longest path of its own.
		let base = BoundedVec::truncate_from(b"https://".to_vec());
		let path_len = T::MaxLocationLength::get().saturating_sub(base.len() as u32);
		let entries: Vec<_> = (0..n)
			.map(|i| {
				let request = request::<T>(id, i);
				BatchEntry {
					patient: id,
					content_hash: request.content_hash,
					path: BoundedVec::truncate_from(alloc::vec![b'a'; path_len as usize]),
					key_manifest: request.key_manifest,
				}
			})
			.collect();
		let first = request::<T>(id, 0);
		let batch = AnchorBatch {
			class: first.class,
			algorithm: first.algorithm,
			purpose: first.purpose,
			emergency_commitment: first.emergency_commitment,
			custodian: first.custodian,
			base,
			entries: BoundedVec::truncate_from(entries),
		};

		#[extrinsic_call]
		_(RawOrigin::Signed(who), batch);

		assert_eq!(Records::<T>::iter_prefix(id).count() as u32, n);
		Ok(())
	}

	#[benchmark]
	fn anchor_merkle_root() -> Result<(), BenchmarkError> {
		let who: T::AccountId = whitelisted_caller();
		fund::<T>(&who);
		Helper::<T>::register_practitioner(
			&who,
			OrganisationKind::DataCustodian,
			PractitionerRole::Clerk,
		)?;
		prepay::<T>(&who)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(who), [5; 32], u32::MAX);

		assert!(MerkleRoots::<T>::contains_key(0));
		Ok(())
	}

	/// A practitioner of the record's custodian logs a permitted read by the patient, with the
	/// record's emergency key (checked against its commitment).
	#[benchmark]
	fn log_access() -> Result<(), BenchmarkError> {
		let (id, who) = patient::<T>()?;
		let rec = record::<T>(id, &who, 1)?;
		let (_, clerk) = custodian::<T>()?;

		#[extrinsic_call]
		_(RawOrigin::Signed(clerk), rec, who.clone(), PATIENT_REQUEST, Some(EMERGENCY_KEY));

		assert_eq!(AccessLogBounds::<T>::get(id).next, 1);
		Ok(())
	}

	#[benchmark]
	fn log_denied_access() -> Result<(), BenchmarkError> {
		let (id, who) = patient::<T>()?;
		let rec = record::<T>(id, &who, 1)?;
		// The custodian logs for a reader the consent registry refuses.
		let (_, clerk) = custodian::<T>()?;
		let reader: T::AccountId = account("reader", 0, 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(clerk), rec, reader, RESEARCH);

		assert_eq!(AccessLogBounds::<T>::get(id).next, 1);
		Ok(())
	}

	#[benchmark]
	fn prune_access_log(n: Linear<1, { T::MaxPrune::get() }>) -> Result<(), BenchmarkError> {
		// Each entry's deposit goes back to a logger of its own (a balances read and write
		// each), none of them the caller: clerks of the custodian who logged refused reads.
		let (id, who) = patient_as::<T>(account("patient", 0, 0))?;
		let rec = record::<T>(id, &who, 1)?;
		let (org, _) = custodian::<T>()?;
		for i in 0..n {
			let logger: T::AccountId = account("logger", i, 0);
			// Enough for its deposit (`fund` for every logger would overflow the issuance).
			let _ = T::Currency::set_balance(
				&logger,
				T::LogDeposit::get().saturating_mul(100u32.into()),
			);
			Helper::<T>::add_practitioner(org, &logger, PractitionerRole::Clerk)?;
			Pallet::<T>::do_log(
				logger.clone(),
				rec,
				account("reader", i, 0),
				RESEARCH,
				None,
				false,
			)?;
		}
		let later = T::Time::now().saturating_add(T::LogRetention::get());
		T::BenchmarkClock::set_now(later);
		let caller: T::AccountId = whitelisted_caller();

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), id, n);

		assert_eq!(AccessLogBounds::<T>::get(id).oldest, n as u64);
		Ok(())
	}

	/// A custodian's gateway (its practitioner, prepaid) anchors an access-log root.
	#[benchmark]
	fn log_access_root() -> Result<(), BenchmarkError> {
		let (org, clerk) = custodian::<T>()?;

		#[extrinsic_call]
		_(RawOrigin::Signed(clerk), [5; 32], u32::MAX);

		assert!(AccessLogRoots::<T>::contains_key(org, 0));
		Ok(())
	}

	#[benchmark]
	fn prune_access_log_roots(n: Linear<1, { T::MaxPrune::get() }>) -> Result<(), BenchmarkError> {
		// Each root's deposit goes back to a practitioner of its own, none of them the caller.
		let (org, _) = custodian::<T>()?;
		for i in 0..n {
			let logger: T::AccountId = account("logger", i, 0);
			let _ = T::Currency::set_balance(
				&logger,
				T::LogRootDeposit::get().saturating_mul(100u32.into()),
			);
			Helper::<T>::add_practitioner(org, &logger, PractitionerRole::Clerk)?;
			Pallet::<T>::do_log_root(logger, [6; 32], 1)?;
		}
		let later = T::Time::now().saturating_add(T::LogRetention::get());
		T::BenchmarkClock::set_now(later);
		let caller: T::AccountId = whitelisted_caller();

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), org, n);

		assert_eq!(AccessLogRootBounds::<T>::get(org).oldest, n as u64);
		Ok(())
	}

	/// What the identity pallet's deactivation costs this pallet: the patient is marked.
	#[benchmark]
	fn mark_deactivated() -> Result<(), BenchmarkError> {
		#[block]
		{
			<Pallet<T> as medledger_primitives::OnPatientDeactivated>::on_patient_deactivated(7);
		}

		assert!(PendingErasures::<T>::contains_key(7));
		Ok(())
	}

	/// One step of erasing a deactivated patient's records: `r` records with every version,
	/// after a cursor (the worst case reads the cursor's position again).
	#[benchmark]
	fn erase_deactivated_records(
		r: Linear<0, { T::MaxBatchSize::get() }>,
	) -> Result<(), BenchmarkError> {
		let (id, who) = patient::<T>()?;
		for i in 0..r {
			let (rec, _) = Pallet::<T>::do_anchor(who.clone(), request::<T>(id, i))?;
			for v in 2..=T::MaxVersions::get() {
				Pallet::<T>::do_amend(
					who.clone(),
					rec,
					amendment::<T>(v.saturating_add(i * 1000)),
				)?;
			}
		}
		PendingErasures::<T>::insert(id, ErasureCursor::default());
		let used;

		#[block]
		{
			used = Pallet::<T>::erase_deactivated(Weight::MAX);
		}

		assert!(!PendingErasures::<T>::contains_key(id));
		assert!(!used.is_zero());
		Ok(())
	}

	#[benchmark]
	fn prepay_deposits() -> Result<(), BenchmarkError> {
		let who: T::AccountId = whitelisted_caller();
		fund::<T>(&who);
		// Worst case: the account holds deposits already and has prepaid before.
		Helper::<T>::register_patient(&who)?;
		prepay::<T>(&who)?;
		let amount = T::RecordDeposit::get();

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), amount);

		assert!(Prepaid::<T>::get(&who) > amount);
		Ok(())
	}

	#[benchmark]
	fn withdraw_prepaid() -> Result<(), BenchmarkError> {
		let (_, who) = patient::<T>()?;
		let amount = T::RecordDeposit::get();

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), amount);

		assert!(!Prepaid::<T>::get(&who).is_zero());
		Ok(())
	}

	/// Taking a deposit by holding it, when nothing is prepaid: what a write costs beyond its
	/// own benchmark (which prepays) when the writer has not prepaid.
	#[benchmark]
	fn hold_deposit() -> Result<(), BenchmarkError> {
		let who: T::AccountId = whitelisted_caller();
		fund::<T>(&who);
		// The account holds a deposit already (its patient entry), as writers do.
		Helper::<T>::register_patient(&who)?;
		let held;

		#[block]
		{
			held = Pallet::<T>::take_deposit(&who, T::RecordDeposit::get())?;
		}

		assert!(held);
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
