//! Generated for MedLedger by `scripts/bench/weights.sh`; do not edit by hand.

//! THIS FILE WAS AUTO-GENERATED USING THE SUBSTRATE BENCHMARK CLI VERSION 64.0.0
//! DATE: 2026-12-01 (Y/M/D)
//! HOSTNAME: `vm`, CPU: `AMD EPYC`
//!
//! SHORT-NAME: `block`, LONG-NAME: `BlockExecution`, RUNTIME: `medledger`
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
	/// Weight of executing an empty block.
	/// Calculated by multiplying the *Average* with `1.0` and adding `0`.
	///
	/// Stats nanoseconds:
	///   Min, Max: 263_475, 2_820_261
	///   Average:  385_089
	///   Median:   383_028
	///   Std-Dev:  257041.75
	///
	/// Percentiles nanoseconds:
	///   99th: 689_673
	///   95th: 463_810
	///   75th: 419_106
	pub const BlockExecutionWeight: Weight =
		Weight::from_parts(WEIGHT_REF_TIME_PER_NANOS.saturating_mul(385_089), 0);
}

#[cfg(test)]
mod test_weights {
	use polkadot_sdk::sp_weights::constants;

	/// Checks that the weight exists and is sane.
	// NOTE: If this test fails but you are sure that the generated values are fine,
	// you can delete it.
	#[test]
	fn sane() {
		let w = super::BlockExecutionWeight::get();

		// At least 100 µs.
		assert!(
			w.ref_time() >= 100u64 * constants::WEIGHT_REF_TIME_PER_MICROS,
			"Weight should be at least 100 µs."
		);
		// At most 50 ms.
		assert!(
			w.ref_time() <= 50u64 * constants::WEIGHT_REF_TIME_PER_MILLIS,
			"Weight should be at most 50 ms."
		);
	}
}
