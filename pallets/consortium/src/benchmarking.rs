//! Benchmarks of every call at its worst case (the validator set full, or one short of full), and
//! of the hook in a block where an upgrade waits and in the block it is enacted.

use super::*;
use frame_benchmarking::v2::*;
use frame_support::{
	traits::{EnsureOrigin, Get, Hooks},
	BoundedVec,
};
use polkadot_sdk::{frame_benchmarking, frame_system, sp_runtime::traits::One};

/// An upgrade pending until block `enactable_at`.
fn schedule<T: Config>(enactable_at: frame_system::pallet_prelude::BlockNumberFor<T>) {
	let authorized_at = frame_system::Pallet::<T>::block_number();
	PendingUpgrade::<T>::put(ScheduledUpgrade {
		code_hash: T::Hash::default(),
		authorized_at,
		enactable_at: enactable_at.max(authorized_at),
	});
}

fn fill<T: Config>(n: u32) {
	let set: Vec<T::AccountId> = (0..n).map(|i| account("validator", i, 0)).collect();
	Validators::<T>::put(BoundedVec::truncate_from(set));
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn add_validator() -> Result<(), BenchmarkError> {
		fill::<T>(T::MaxValidators::get().saturating_sub(1));
		let origin =
			T::ValidatorOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let new: T::AccountId = account("new", 0, 0);
		T::ValidatorKeys::set_keys_for_benchmark(&new);

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, new.clone());

		assert!(Validators::<T>::get().contains(&new));
		Ok(())
	}

	#[benchmark]
	fn remove_validator() -> Result<(), BenchmarkError> {
		let max = T::MaxValidators::get();
		fill::<T>(max);
		let origin =
			T::ValidatorOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let last: T::AccountId = account("validator", max.saturating_sub(1), 0);

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, last.clone());

		assert!(!Validators::<T>::get().contains(&last));
		Ok(())
	}

	#[benchmark]
	fn authorize_upgrade() -> Result<(), BenchmarkError> {
		let origin =
			T::UpgradeOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let hash = T::Hash::default();

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, hash);

		assert!(PendingUpgrade::<T>::exists());
		Ok(())
	}

	#[benchmark]
	fn cancel_upgrade() -> Result<(), BenchmarkError> {
		schedule::<T>(UpgradeDelay::<T>::get());
		let origin =
			T::VetoOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin);

		assert!(!PendingUpgrade::<T>::exists());
		Ok(())
	}

	/// A block while an upgrade waits: the pending upgrade is read and kept.
	#[benchmark]
	fn on_initialize_idle() {
		let now = frame_system::Pallet::<T>::block_number();
		schedule::<T>(now.saturating_add(One::one()));

		#[block]
		{
			Pallet::<T>::on_initialize(now);
		}

		assert!(PendingUpgrade::<T>::exists());
	}

	/// The block the delay ends in: the upgrade is handed to `frame_system`.
	#[benchmark]
	fn on_initialize_enact() {
		let now = frame_system::Pallet::<T>::block_number();
		schedule::<T>(now);

		#[block]
		{
			Pallet::<T>::on_initialize(now);
		}

		assert!(!PendingUpgrade::<T>::exists());
		assert!(frame_system::Pallet::<T>::authorized_upgrade().is_some());
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
