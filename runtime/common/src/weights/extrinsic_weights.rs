//! Generated for MedLedger by `scripts/bench/weights.sh`; do not edit by hand.

//! THIS FILE WAS AUTO-GENERATED USING THE SUBSTRATE BENCHMARK CLI VERSION 64.0.0
//! DATE: 2026-12-01 (Y/M/D)
//! HOSTNAME: `vm`, CPU: `AMD EPYC`
//!
//! SHORT-NAME: `extrinsic`, LONG-NAME: `ExtrinsicBase`, RUNTIME: `medledger`
//! WARMUPS: `10`, REPEAT: `100`
//! WEIGHT-PATH: `runtime/src/weights`
//! WEIGHT-METRIC: `Average`, WEIGHT-MUL: `1.0`, WEIGHT-ADD: `0`

// Executed Command:
//   /root/.cache/medledger/target/release/medledger-node
//   benchmark
//   overhead
//   --runtime
//   /root/.cache/medledger/target/release/wbuild/medledger-runtime/medledger_runtime.compact.
// compressed.wasm   --genesis-builder
//   runtime
//   --genesis-builder-preset
//   development
//   --wasm-execution
//   compiled
//   --warmup
//   10
//   --repeat
//   100
//   --header
//   scripts/bench/weights-header.txt
//   --weight-path
//   runtime/src/weights

use polkadot_sdk::{
	sp_core::parameter_types,
	sp_weights::{constants::WEIGHT_REF_TIME_PER_NANOS, Weight},
};

parameter_types! {
	/// Weight of executing a NO-OP extrinsic, for example `System::remark`.
	/// Calculated by multiplying the *Average* with `1.0` and adding `0`.
	///
	/// Stats nanoseconds:
	///   Min, Max: 153_950, 261_935
	///   Average:  218_488
	///   Median:   219_728
	///   Std-Dev:  26420.42
	///
	/// Percentiles nanoseconds:
	///   99th: 261_704
	///   95th: 253_424
	///   75th: 240_697
	pub const ExtrinsicBaseWeight: Weight =
		Weight::from_parts(WEIGHT_REF_TIME_PER_NANOS.saturating_mul(218_488), 0);
}

#[cfg(test)]
mod test_weights {
	use polkadot_sdk::sp_weights::constants;

	/// Checks that the weight exists and is sane.
	// NOTE: If this test fails but you are sure that the generated values are fine,
	// you can delete it.
	#[test]
	fn sane() {
		let w = super::ExtrinsicBaseWeight::get();

		// At least 10 µs.
		assert!(
			w.ref_time() >= 10u64 * constants::WEIGHT_REF_TIME_PER_MICROS,
			"Weight should be at least 10 µs."
		);
		// At most 1 ms.
		assert!(
			w.ref_time() <= constants::WEIGHT_REF_TIME_PER_MILLIS,
			"Weight should be at most 1 ms."
		);
	}
}
