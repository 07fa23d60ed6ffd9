//! Generated for MedLedger by `scripts/bench/weights.sh`; do not edit by hand.

//! THIS FILE WAS AUTO-GENERATED USING THE SUBSTRATE BENCHMARK CLI VERSION 64.0.0
//! DATE: 2026-12-01 (Y/M/D)
//! HOSTNAME: `vm`, CPU: `AMD EPYC`
//!
//! DATABASE: `ParityDb`, RUNTIME: `MedLedger Development`
//! BLOCK-NUM: `Number(132)`
//! SKIP-WRITE: `false`, SKIP-READ: `false`, WARMUPS: `1`
//! STATE-VERSION: `V1`, STATE-CACHE-SIZE: ``
//! WEIGHT-PATH: `runtime/src/weights`
//! METRIC: `Average`, WEIGHT-MUL: `1.0`, WEIGHT-ADD: `0`

// Executed Command:
//   /root/.cache/medledger/target/release/medledger-node
//   benchmark
//   storage
//   --chain
//   /root/.cache/medledger/load-db/load-spec.raw.json
//   --base-path
//   /root/.cache/medledger/load-db
//   --database
//   paritydb
//   --state-version
//   1
//   --warmups
//   1
//   --batch-size
//   10000
//   --header
//   scripts/bench/weights-header.txt
//   --template-path
//   scripts/bench/storage-weights-template.hbs
//   --weight-path
//   runtime/src/weights

/// Storage DB weights for the `MedLedger Development` runtime and `ParityDb`.
pub mod constants {
	use polkadot_sdk::{
		frame_support::weights::constants, sp_core::parameter_types, sp_weights::RuntimeDbWeight,
	};

	parameter_types! {
		/// One storage read and one write on the node's database (MedLedger nodes use ParityDB
		/// only), measured on a database the load benchmark filled (`scripts/bench/weights.sh
		/// storage`). Writes are amortised over `--batch-size` keys committed at once, as a
		/// block commits its changes.
		pub const ParityDbWeight: RuntimeDbWeight = RuntimeDbWeight {
			// Time to read one storage item.
			// Calculated by multiplying the *Average* of all values with `1.0` and adding `0`.
			//
			// Stats nanoseconds:
			//   Min, Max: 1_453, 4_659_831
			//   Average:  18_905
			//   Median:   15_920
			//   Std-Dev:  60001.81
			//
			// Percentiles nanoseconds:
			//   99th: 47_178
			//   95th: 27_331
			//   75th: 18_855
			read: 18_905 * constants::WEIGHT_REF_TIME_PER_NANOS,

			// Time to write one storage item.
			// Calculated by multiplying the *Average* of all values with `1.0` and adding `0`.
			//
			// Stats nanoseconds:
			//   Min, Max: 30_476, 67_233
			//   Average:  51_425
			//   Median:   50_705
			//   Std-Dev:  9527.54
			//
			// Percentiles nanoseconds:
			//   99th: 67_233
			//   95th: 65_161
			//   75th: 59_159
			write: 51_425 * constants::WEIGHT_REF_TIME_PER_NANOS,
		};
	}

	#[cfg(test)]
	mod test_db_weights {
		use super::constants::ParityDbWeight as W;
		use polkadot_sdk::sp_weights::constants;

		/// Checks that all weights exist and have sane values.
		// NOTE: If this test fails but you are sure that the generated values are fine,
		// you can delete it.
		#[test]
		fn bound() {
			// At least 1 µs.
			assert!(
				W::get().reads(1).ref_time() >= constants::WEIGHT_REF_TIME_PER_MICROS,
				"Read weight should be at least 1 µs."
			);
			assert!(
				W::get().writes(1).ref_time() >= constants::WEIGHT_REF_TIME_PER_MICROS,
				"Write weight should be at least 1 µs."
			);
			// At most 1 ms.
			assert!(
				W::get().reads(1).ref_time() <= constants::WEIGHT_REF_TIME_PER_MILLIS,
				"Read weight should be at most 1 ms."
			);
			assert!(
				W::get().writes(1).ref_time() <= constants::WEIGHT_REF_TIME_PER_MILLIS,
				"Write weight should be at most 1 ms."
			);
		}
	}
}
