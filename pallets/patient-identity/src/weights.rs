//! Weights for `pallet_patient_identity`.
//!
//! PROVISIONAL: these are estimates from storage access counts, pending generation with
//! `medledger-node benchmark pallet` (feature `runtime-benchmarks`) on the reference machine.
//! The benchmarks in `benchmarking.rs` already run as tests; the generated file replaces this one.

#![allow(unused_parens, unused_imports, missing_docs)]

use core::marker::PhantomData;
use polkadot_sdk::{
	frame_support::{
		traits::Get,
		weights::{constants::RocksDbWeight, Weight},
	},
	frame_system,
};

/// Weight functions needed for `pallet_patient_identity`.
pub trait WeightInfo {
	fn admit_organisation() -> Weight;
	fn suspend_organisation() -> Weight;
	fn reinstate_organisation() -> Weight;
	fn remove_organisation(a: u32) -> Weight;
	fn add_admin() -> Weight;
	fn remove_admin() -> Weight;
	fn register_practitioner() -> Weight;
	fn remove_practitioner() -> Weight;
	fn register_patient() -> Weight;
	fn rotate_encryption_key(g: u32) -> Weight;
	fn set_commitment(g: u32) -> Weight;
	fn deactivate_patient(g: u32) -> Weight;
	fn add_guardian(g: u32) -> Weight;
	fn remove_guardian(g: u32) -> Weight;
	fn set_recovery_threshold() -> Weight;
	fn approve_recovery(g: u32) -> Weight;
	fn cancel_recovery() -> Weight;
}

/// Provisional weights in terms of the runtime's database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);

fn base(
	reads: u64,
	writes: u64,
	db: polkadot_sdk::frame_support::weights::RuntimeDbWeight,
) -> Weight {
	Weight::from_parts(40_000_000, 4_000).saturating_add(db.reads_writes(reads, writes))
}

fn per_item(n: u32) -> Weight {
	Weight::from_parts(200_000, 32).saturating_mul(n as u64)
}

macro_rules! weights {
	($db:expr) => {
		fn admit_organisation() -> Weight {
			base(2, 3, $db)
		}
		fn suspend_organisation() -> Weight {
			base(1, 1, $db)
		}
		fn reinstate_organisation() -> Weight {
			base(1, 1, $db)
		}
		fn remove_organisation(a: u32) -> Weight {
			base(1, 1, $db).saturating_add($db.writes(a as u64)).saturating_add(per_item(a))
		}
		fn add_admin() -> Weight {
			base(3, 2, $db)
		}
		fn remove_admin() -> Weight {
			base(3, 2, $db)
		}
		fn register_practitioner() -> Weight {
			base(4, 2, $db)
		}
		fn remove_practitioner() -> Weight {
			base(3, 2, $db)
		}
		fn register_patient() -> Weight {
			base(4, 5, $db)
		}
		fn rotate_encryption_key(g: u32) -> Weight {
			base(1, 1, $db).saturating_add(per_item(g))
		}
		fn set_commitment(g: u32) -> Weight {
			base(1, 1, $db).saturating_add(per_item(g))
		}
		fn deactivate_patient(g: u32) -> Weight {
			base(3, 5, $db).saturating_add(per_item(g))
		}
		fn add_guardian(g: u32) -> Weight {
			base(2, 1, $db).saturating_add(per_item(g))
		}
		fn remove_guardian(g: u32) -> Weight {
			base(3, 2, $db).saturating_add(per_item(g))
		}
		fn set_recovery_threshold() -> Weight {
			base(2, 2, $db)
		}
		fn approve_recovery(g: u32) -> Weight {
			base(6, 7, $db).saturating_add(per_item(g))
		}
		fn cancel_recovery() -> Weight {
			base(2, 1, $db)
		}
	};
}

impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	weights!(T::DbWeight::get());
}

// For tests.
impl WeightInfo for () {
	weights!(RocksDbWeight::get());
}
