//! # Consortium pallet
//!
//! What the consortium council decides about the chain itself:
//!
//! - **Validators**: the set of accounts that produce (Aura) and finalise (GRANDPA) blocks. The
//!   council adds and removes validators with [`Config::ValidatorOrigin`]; this pallet is the
//!   `pallet-session` session manager, so a change takes effect at a session boundary. Each
//!   validator first sets its own session keys with `session.set_keys`; an account without keys
//!   cannot be added, since it could neither produce nor finalise blocks.
//! - **Runtime upgrades**: the council authorises a code hash with [`Config::UpgradeOrigin`]. The
//!   authorisation is pending for [`UpgradeDelay`] blocks, during which [`Config::VetoOrigin`] can
//!   cancel it; then it is handed to `frame_system` (`system.UpgradeAuthorized`), and anyone
//!   applies the code with `system.apply_authorized_upgrade`. Members, organisations and patients
//!   thus see what will run before it can: the code hash is public from the authorisation on.
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
use polkadot_sdk::{frame_support, frame_system, pallet_session, sp_runtime::Saturating};

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
		/// Cancels an authorised upgrade before it is enacted.
		type VetoOrigin: EnsureOrigin<Self::RuntimeOrigin>;
		/// The delay between an upgrade's authorisation and its enactment, on a chain whose genesis
		/// did not set one (a chain upgraded to this version of the pallet).
		#[pallet::constant]
		type DefaultUpgradeDelay: Get<BlockNumberFor<Self>>;
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

	#[pallet::type_value]
	pub fn DefaultDelay<T: Config>() -> BlockNumberFor<T> {
		T::DefaultUpgradeDelay::get()
	}

	/// Blocks between an upgrade's authorisation and its enactment: the time the council has to
	/// cancel it. Set at genesis; `Config::DefaultUpgradeDelay` on a chain whose genesis did not.
	#[pallet::storage]
	pub type UpgradeDelay<T: Config> =
		StorageValue<_, BlockNumberFor<T>, ValueQuery, DefaultDelay<T>>;

	/// The upgrade authorised and not yet enacted, if any.
	#[pallet::storage]
	pub type PendingUpgrade<T: Config> = StorageValue<_, ScheduledUpgrade<T>, OptionQuery>;

	/// A chain spec lists at least `MinValidators`; the empty default exists for tooling.
	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// The first validators.
		pub validators: Vec<T::AccountId>,
		/// Blocks between an upgrade's authorisation and its enactment; `None`:
		/// `Config::DefaultUpgradeDelay`.
		pub upgrade_delay: Option<BlockNumberFor<T>>,
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
			if let Some(delay) = self.upgrade_delay {
				UpgradeDelay::<T>::put(delay);
			}
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A validator was added; it validates from the session after next.
		ValidatorAdded { validator: T::AccountId },
		/// A validator was removed; it stops at the session after next.
		ValidatorRemoved { validator: T::AccountId },
		/// A runtime upgrade with this code hash was authorised; it is enacted at block
		/// `enactable_at` unless cancelled before.
		UpgradeAuthorized { code_hash: T::Hash, enactable_at: BlockNumberFor<T> },
		/// The pending upgrade was cancelled: it will not be enacted.
		UpgradeCancelled { code_hash: T::Hash },
		/// The pending upgrade's delay is over: anyone may now apply the code
		/// (`system.apply_authorized_upgrade`).
		UpgradeEnacted { code_hash: T::Hash },
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
		/// An upgrade is already pending: cancel it first.
		UpgradePending,
		/// No upgrade is pending.
		NoPendingUpgrade,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		/// Enacts the pending upgrade once its delay is over: from then on anyone may apply it.
		fn on_initialize(now: BlockNumberFor<T>) -> Weight {
			match PendingUpgrade::<T>::get() {
				Some(pending) if now >= pending.enactable_at => {
					PendingUpgrade::<T>::kill();
					frame_system::Pallet::<T>::do_authorize_upgrade(pending.code_hash, true);
					Self::deposit_event(Event::UpgradeEnacted { code_hash: pending.code_hash });
					T::WeightInfo::on_initialize_enact()
				},
				_ => T::WeightInfo::on_initialize_idle(),
			}
		}

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

		/// Authorise a runtime upgrade to the code with BLAKE2-256 hash `code_hash`. It is
		/// enacted [`UpgradeDelay`] blocks later, unless cancelled before (`cancel_upgrade`); from
		/// then on anyone may apply it with `system.apply_authorized_upgrade(code)`, which checks
		/// that the spec name stays and the spec version grows.
		///
		/// Origin: [`Config::UpgradeOrigin`]. Errors: `UpgradePending` (one upgrade at a time).
		/// Event: `UpgradeAuthorized { code_hash, enactable_at }`.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::authorize_upgrade())]
		pub fn authorize_upgrade(origin: OriginFor<T>, code_hash: T::Hash) -> DispatchResult {
			T::UpgradeOrigin::ensure_origin(origin)?;
			ensure!(!PendingUpgrade::<T>::exists(), Error::<T>::UpgradePending);
			let now = frame_system::Pallet::<T>::block_number();
			let enactable_at = now.saturating_add(UpgradeDelay::<T>::get());
			PendingUpgrade::<T>::put(ScheduledUpgrade {
				code_hash,
				authorized_at: now,
				enactable_at,
			});
			Self::deposit_event(Event::UpgradeAuthorized { code_hash, enactable_at });
			Ok(())
		}

		/// Cancel the pending upgrade before it is enacted.
		///
		/// Origin: [`Config::VetoOrigin`]. Errors: `NoPendingUpgrade`. Event: `UpgradeCancelled`.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::cancel_upgrade())]
		pub fn cancel_upgrade(origin: OriginFor<T>) -> DispatchResult {
			T::VetoOrigin::ensure_origin(origin)?;
			let pending = PendingUpgrade::<T>::take().ok_or(Error::<T>::NoPendingUpgrade)?;
			Self::deposit_event(Event::UpgradeCancelled { code_hash: pending.code_hash });
			Ok(())
		}
	}
}

/// An authorised upgrade waiting for its delay to pass.
#[derive(
	codec::Encode,
	codec::Decode,
	codec::DecodeWithMemTracking,
	codec::MaxEncodedLen,
	scale_info::TypeInfo,
	frame_support::CloneNoBound,
	frame_support::PartialEqNoBound,
	frame_support::EqNoBound,
	frame_support::DebugNoBound,
)]
#[scale_info(skip_type_params(T))]
pub struct ScheduledUpgrade<T: Config> {
	/// BLAKE2-256 of the code.
	pub code_hash: T::Hash,
	/// The block it was authorised in.
	pub authorized_at: frame_system::pallet_prelude::BlockNumberFor<T>,
	/// The first block it is enacted in.
	pub enactable_at: frame_system::pallet_prelude::BlockNumberFor<T>,
}

impl<T: Config> Pallet<T> {
	/// The invariants: the set holds between `MinValidators` and `MaxValidators` distinct
	/// accounts; a pending upgrade waits the delay set when it was authorised, at most.
	pub fn do_try_state() -> Result<(), polkadot_sdk::sp_runtime::TryRuntimeError> {
		use frame_support::{ensure, traits::Get};
		let set = Validators::<T>::get();
		ensure!(set.len() as u32 >= T::MinValidators::get(), "fewer validators than the minimum");
		for (i, v) in set.iter().enumerate() {
			ensure!(!set.iter().skip(i + 1).any(|w| w == v), "a validator is listed twice");
		}
		if let Some(p) = PendingUpgrade::<T>::get() {
			ensure!(
				p.enactable_at >= p.authorized_at,
				"an upgrade enactable before its authorisation"
			);
			ensure!(
				p.enactable_at <= p.authorized_at.saturating_add(UpgradeDelay::<T>::get()),
				"an upgrade waits longer than the delay"
			);
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
