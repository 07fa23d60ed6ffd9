//! # Consortium pallet
//!
//! What the consortium council decides about the chain itself:
//!
//! - **Validators**: the set of accounts that produce (Aura) and finalise (GRANDPA) blocks. The
//!   council adds and removes validators with [`Config::ValidatorOrigin`]; this pallet is the
//!   `pallet-session` session manager, so a change takes effect at a session boundary. Each
//!   validator first sets its own session keys with `session.set_keys`; an account without keys
//!   cannot be added, since it could neither produce nor finalise blocks.
//! - **Runtime upgrades**: the council authorises a code hash with [`Config::UpgradeOrigin`];
//!   anyone then applies the code with `system.apply_authorized_upgrade`.
//!
//! ## Assumptions
//! Validator ids are account ids. The set never shrinks below [`Config::MinValidators`].
//! Session keys are `pallet-session`'s; this pallet only asks [`Config::ValidatorKeys`] whether an
//! account has them.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;
pub use weights::WeightInfo;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
pub mod weights;

use alloc::vec::Vec;
use polkadot_sdk::{frame_support, frame_system, pallet_session};

/// Whether an account has registered session keys (in the runtime: `pallet-session`'s
/// `NextKeys`).
pub trait ValidatorKeys<AccountId> {
	/// `who` has session keys for the next session.
	fn has_keys(who: &AccountId) -> bool;

	/// Gives `who` session keys, for benchmarks.
	#[cfg(feature = "runtime-benchmarks")]
	fn set_keys_for_benchmark(who: &AccountId);
}

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::pallet_prelude::*;
	use frame_system::pallet_prelude::*;

	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: polkadot_sdk::frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// Adds and removes validators.
		type ValidatorOrigin: EnsureOrigin<Self::RuntimeOrigin>;
		/// Authorises runtime upgrades.
		type UpgradeOrigin: EnsureOrigin<Self::RuntimeOrigin>;
		/// Who has session keys: only they can be added as validators.
		type ValidatorKeys: ValidatorKeys<Self::AccountId>;
		/// Most validators.
		#[pallet::constant]
		type MaxValidators: Get<u32>;
		/// Fewest validators.
		#[pallet::constant]
		type MinValidators: Get<u32>;
		/// Weights of this pallet's calls.
		type WeightInfo: WeightInfo;
	}

	/// The validator set the next session change installs.
	#[pallet::storage]
	pub type Validators<T: Config> =
		StorageValue<_, BoundedVec<T::AccountId, T::MaxValidators>, ValueQuery>;

	/// Whether `Validators` changed since the last session change.
	#[pallet::storage]
	pub type ValidatorsChanged<T> = StorageValue<_, bool, ValueQuery>;

	/// A chain spec lists at least `MinValidators`; the empty default exists for tooling.
	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// The first validators.
		pub validators: Vec<T::AccountId>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			// The empty default exists for tooling; a real chain spec lists enough validators.
			assert!(
				self.validators.is_empty() ||
					self.validators.len() as u32 >= T::MinValidators::get(),
				"a chain spec lists at least MinValidators validators"
			);
			let set: BoundedVec<_, T::MaxValidators> = self
				.validators
				.clone()
				.try_into()
				.expect("genesis validators fit MaxValidators");
			Validators::<T>::put(set);
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A validator was added; it validates from the session after next.
		ValidatorAdded { validator: T::AccountId },
		/// A validator was removed; it stops at the session after next.
		ValidatorRemoved { validator: T::AccountId },
		/// A runtime upgrade with this code hash was authorised.
		UpgradeAuthorized { code_hash: T::Hash },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The account is already a validator.
		AlreadyValidator,
		/// The account is not a validator.
		NotValidator,
		/// The set has the most validators allowed.
		TooManyValidators,
		/// Removing would leave fewer than the minimum.
		TooFewValidators,
		/// The account has not set session keys (`session.set_keys`) yet.
		NoSessionKeys,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(T::MinValidators::get() >= 1, "a chain needs a validator");
			assert!(
				T::MinValidators::get() <= T::MaxValidators::get(),
				"MinValidators is at most MaxValidators"
			);
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(
			_n: BlockNumberFor<T>,
		) -> Result<(), polkadot_sdk::sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Add a validator; it validates from the session after next.
		///
		/// Origin: [`Config::ValidatorOrigin`]. The account must have set its session keys.
		/// Errors: `NoSessionKeys`, `AlreadyValidator`, `TooManyValidators`.
		/// Event: `ValidatorAdded`.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::add_validator())]
		pub fn add_validator(origin: OriginFor<T>, validator: T::AccountId) -> DispatchResult {
			T::ValidatorOrigin::ensure_origin(origin)?;
			ensure!(T::ValidatorKeys::has_keys(&validator), Error::<T>::NoSessionKeys);
			Validators::<T>::try_mutate(|set| {
				ensure!(!set.contains(&validator), Error::<T>::AlreadyValidator);
				set.try_push(validator.clone()).map_err(|_| Error::<T>::TooManyValidators)
			})?;
			ValidatorsChanged::<T>::put(true);
			Self::deposit_event(Event::ValidatorAdded { validator });
			Ok(())
		}

		/// Remove a validator; it stops at the session after next.
		///
		/// Origin: [`Config::ValidatorOrigin`]. Errors: `NotValidator`, `TooFewValidators`.
		/// Event: `ValidatorRemoved`.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::remove_validator())]
		pub fn remove_validator(origin: OriginFor<T>, validator: T::AccountId) -> DispatchResult {
			T::ValidatorOrigin::ensure_origin(origin)?;
			Validators::<T>::try_mutate(|set| {
				let pos =
					set.iter().position(|v| *v == validator).ok_or(Error::<T>::NotValidator)?;
				ensure!(set.len() as u32 > T::MinValidators::get(), Error::<T>::TooFewValidators);
				set.remove(pos);
				Ok::<_, Error<T>>(())
			})?;
			ValidatorsChanged::<T>::put(true);
			Self::deposit_event(Event::ValidatorRemoved { validator });
			Ok(())
		}

		/// Authorise a runtime upgrade to the code with BLAKE2-256 hash `code_hash`; anyone may
		/// then apply it with `system.apply_authorized_upgrade(code)`, which checks that the spec
		/// name stays and the spec version grows. A later authorisation replaces this one.
		///
		/// Origin: [`Config::UpgradeOrigin`]. Event: `UpgradeAuthorized` (and
		/// `system.UpgradeAuthorized`).
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::authorize_upgrade())]
		pub fn authorize_upgrade(origin: OriginFor<T>, code_hash: T::Hash) -> DispatchResult {
			T::UpgradeOrigin::ensure_origin(origin)?;
			frame_system::Pallet::<T>::do_authorize_upgrade(code_hash, true);
			Self::deposit_event(Event::UpgradeAuthorized { code_hash });
			Ok(())
		}
	}
}

impl<T: Config> Pallet<T> {
	/// The invariants: the set holds between `MinValidators` and `MaxValidators` distinct accounts.
	pub fn do_try_state() -> Result<(), polkadot_sdk::sp_runtime::TryRuntimeError> {
		use frame_support::{ensure, traits::Get};
		let set = Validators::<T>::get();
		ensure!(set.len() as u32 >= T::MinValidators::get(), "fewer validators than the minimum");
		for (i, v) in set.iter().enumerate() {
			ensure!(!set.iter().skip(i + 1).any(|w| w == v), "a validator is listed twice");
		}
		Ok(())
	}
}

impl<T: Config> pallet_session::SessionManager<T::AccountId> for Pallet<T> {
	fn new_session(_index: u32) -> Option<Vec<T::AccountId>> {
		ValidatorsChanged::<T>::take().then(|| Validators::<T>::get().into_inner())
	}

	fn new_session_genesis(_index: u32) -> Option<Vec<T::AccountId>> {
		Some(Validators::<T>::get().into_inner())
	}

	fn end_session(_index: u32) {}

	fn start_session(_index: u32) {}
}
