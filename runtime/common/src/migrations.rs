//! How the runtimes hand their multi-block migrations to `pallet-migrations`.

use alloc::vec::Vec;
use core::marker::PhantomData;
use polkadot_sdk::frame_support::{
	migrations::{SteppedMigrationError, SteppedMigrations},
	weights::WeightMeter,
};

/// The runtime's multi-block migrations `M`, in every build.
///
/// With `runtime-benchmarks`, `pallet_migrations::Config::Migrations` must also be
/// `pallet_migrations::MockedMigrations`, for the pallet's own benchmarks, and polkadot-sdk's
/// runtimes swap in the mocked list there. MedLedger builds its try-runtime and upgrade tests with
/// `runtime-benchmarks` on (one compilation of FRAME for both, see `scripts/lib.sh`), and those
/// tests must run the real migrations. So this wrapper runs `M` always; the mocking hooks do
/// nothing, and `pallet-migrations` is not benchmarked here (the runtime uses polkadot-sdk's
/// reference weights for it).
pub struct Unmocked<M>(PhantomData<M>);

impl<M: SteppedMigrations> SteppedMigrations for Unmocked<M> {
	fn len() -> u32 {
		M::len()
	}

	fn nth_id(n: u32) -> Option<Vec<u8>> {
		M::nth_id(n)
	}

	fn nth_max_steps(n: u32) -> Option<Option<u32>> {
		M::nth_max_steps(n)
	}

	fn nth_step(
		n: u32,
		cursor: Option<Vec<u8>>,
		meter: &mut WeightMeter,
	) -> Option<Result<Option<Vec<u8>>, SteppedMigrationError>> {
		M::nth_step(n, cursor, meter)
	}

	fn nth_transactional_step(
		n: u32,
		cursor: Option<Vec<u8>>,
		meter: &mut WeightMeter,
	) -> Option<Result<Option<Vec<u8>>, SteppedMigrationError>> {
		M::nth_transactional_step(n, cursor, meter)
	}

	fn nth_migrating_prefixes(n: u32) -> Option<Option<Vec<Vec<u8>>>> {
		M::nth_migrating_prefixes(n)
	}

	#[cfg(feature = "try-runtime")]
	fn nth_pre_upgrade(
		n: u32,
	) -> Option<Result<Vec<u8>, polkadot_sdk::sp_runtime::TryRuntimeError>> {
		M::nth_pre_upgrade(n)
	}

	#[cfg(feature = "try-runtime")]
	fn nth_post_upgrade(
		n: u32,
		state: Vec<u8>,
	) -> Option<Result<(), polkadot_sdk::sp_runtime::TryRuntimeError>> {
		M::nth_post_upgrade(n, state)
	}

	fn cursor_max_encoded_len() -> usize {
		M::cursor_max_encoded_len()
	}

	fn identifier_max_encoded_len() -> usize {
		M::identifier_max_encoded_len()
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl<M: SteppedMigrations> polkadot_sdk::pallet_migrations::MockedMigrations for Unmocked<M> {
	fn set_fail_after(_steps: u32) {}
	fn set_success_after(_steps: u32) {}
}
