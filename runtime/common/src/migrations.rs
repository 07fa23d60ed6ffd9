//! How the runtimes hand their multi-block migrations to `pallet-migrations`.

use alloc::vec::Vec;
use core::marker::PhantomData;
use polkadot_sdk::frame_support::{
	migrations::{SteppedMigrationError, SteppedMigrations},
	weights::WeightMeter,
};

/// The runtime's multi-block migrations `M`, or, inside a benchmark of `pallet-migrations`, the
/// mocked migrations that benchmark set up.
///
/// With `runtime-benchmarks`, `pallet_migrations::Config::Migrations` must be
/// `pallet_migrations::MockedMigrations`, for the pallet's own benchmarks, and polkadot-sdk's
/// runtimes swap in the mocked list for the whole build. MedLedger builds its try-runtime and
/// upgrade tests with `runtime-benchmarks` on too (one compilation of FRAME for both, see
/// `scripts/lib.sh`), and those tests must run the real migrations. So this list is `M` until
/// mocked migrations are set (`set_fail_after`, `set_success_after`: only the pallet's benchmarks
/// call them), and `pallet_migrations::mock_helpers::MockedMigrations` from then on, in that
/// benchmark's state. Without `runtime-benchmarks` it is `M`, always.
pub struct MockableInBenchmarks<M>(PhantomData<M>);

#[cfg(feature = "runtime-benchmarks")]
use polkadot_sdk::pallet_migrations::mock_helpers::MockedMigrations as Mocked;

/// Whether a benchmark has set mocked migrations in this state.
#[cfg(feature = "runtime-benchmarks")]
fn mocked() -> bool {
	Mocked::len() > 0
}

/// `$mocked` when a benchmark has set mocked migrations, else `$real`.
macro_rules! real_or_mocked {
	($real:expr, $mocked:expr) => {{
		#[cfg(feature = "runtime-benchmarks")]
		if mocked() {
			return $mocked;
		}
		$real
	}};
}

impl<M: SteppedMigrations> SteppedMigrations for MockableInBenchmarks<M> {
	fn len() -> u32 {
		real_or_mocked!(M::len(), Mocked::len())
	}

	fn nth_id(n: u32) -> Option<Vec<u8>> {
		real_or_mocked!(M::nth_id(n), Mocked::nth_id(n))
	}

	fn nth_max_steps(n: u32) -> Option<Option<u32>> {
		real_or_mocked!(M::nth_max_steps(n), Mocked::nth_max_steps(n))
	}

	fn nth_step(
		n: u32,
		cursor: Option<Vec<u8>>,
		meter: &mut WeightMeter,
	) -> Option<Result<Option<Vec<u8>>, SteppedMigrationError>> {
		real_or_mocked!(M::nth_step(n, cursor, meter), Mocked::nth_step(n, cursor, meter))
	}

	fn nth_transactional_step(
		n: u32,
		cursor: Option<Vec<u8>>,
		meter: &mut WeightMeter,
	) -> Option<Result<Option<Vec<u8>>, SteppedMigrationError>> {
		real_or_mocked!(
			M::nth_transactional_step(n, cursor, meter),
			Mocked::nth_transactional_step(n, cursor, meter)
		)
	}

	fn nth_migrating_prefixes(n: u32) -> Option<Option<Vec<Vec<u8>>>> {
		real_or_mocked!(M::nth_migrating_prefixes(n), Mocked::nth_migrating_prefixes(n))
	}

	#[cfg(feature = "try-runtime")]
	fn nth_pre_upgrade(
		n: u32,
	) -> Option<Result<Vec<u8>, polkadot_sdk::sp_runtime::TryRuntimeError>> {
		real_or_mocked!(M::nth_pre_upgrade(n), Mocked::nth_pre_upgrade(n))
	}

	#[cfg(feature = "try-runtime")]
	fn nth_post_upgrade(
		n: u32,
		state: Vec<u8>,
	) -> Option<Result<(), polkadot_sdk::sp_runtime::TryRuntimeError>> {
		real_or_mocked!(M::nth_post_upgrade(n, state), Mocked::nth_post_upgrade(n, state))
	}

	// The bounds `pallet-migrations` checks against `CursorMaxLen` and `IdentifierMaxLen`: the
	// real migrations'. (A mocked cursor is a `u32`, its identifier under 32 bytes.)
	fn cursor_max_encoded_len() -> usize {
		M::cursor_max_encoded_len()
	}

	fn identifier_max_encoded_len() -> usize {
		M::identifier_max_encoded_len()
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl<M: SteppedMigrations> polkadot_sdk::pallet_migrations::MockedMigrations
	for MockableInBenchmarks<M>
{
	fn set_fail_after(steps: u32) {
		<Mocked as polkadot_sdk::pallet_migrations::MockedMigrations>::set_fail_after(steps)
	}

	fn set_success_after(steps: u32) {
		<Mocked as polkadot_sdk::pallet_migrations::MockedMigrations>::set_success_after(steps)
	}
}
