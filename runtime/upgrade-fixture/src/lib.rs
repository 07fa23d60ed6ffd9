//! # MedLedger runtime upgrade fixture
//!
//! The runtime the end-to-end upgrade test (`scripts/e2e/tests/07-upgrade.test.mjs`) upgrades a
//! running chain to: `medledger-runtime` built with its `upgrade-fixture` feature (spec version +
//! 1, the patient deposit halved, and the storage migration that re-prices existing patients'
//! deposits). Only its Wasm matters; it is built here, in a crate of its own, so that neither the
//! node nor the runtime's own Wasm ever carries the feature.
//!
//! Natively this crate offers [`WASM_BINARY`]; the file lies beside it ([`WASM_BINARY_PATH`]).

#![cfg_attr(not(feature = "std"), no_std)]

// In the Wasm build: link the v2 runtime, whose runtime API functions the Wasm exports.
#[cfg(target_arch = "wasm32")]
pub use medledger_runtime as runtime;

#[cfg(feature = "std")]
include!(concat!(env!("OUT_DIR"), "/wasm_binary.rs"));
