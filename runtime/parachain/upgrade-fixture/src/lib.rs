//! # MedLedger parachain runtime upgrade fixture
//!
//! The runtime the parachain's end-to-end upgrade test (`scripts/e2e/tests/12-parachain.test.mjs`)
//! upgrades a running parachain to: `medledger-parachain-runtime` built with its `upgrade-fixture`
//! feature (spec version + 1, the patient deposit halved, and the storage migration that re-prices
//! existing patients' deposits), as `runtime/upgrade-fixture` is for the solo runtime.
//!
//! Natively this crate offers [`WASM_BINARY`]; the file lies beside it ([`WASM_BINARY_PATH`]).

#![cfg_attr(not(feature = "std"), no_std)]

// In the Wasm build: link the v2 runtime, whose runtime API functions the Wasm exports.
#[cfg(target_arch = "wasm32")]
pub use medledger_parachain_runtime as runtime;

#[cfg(feature = "std")]
include!(concat!(env!("OUT_DIR"), "/wasm_binary.rs"));
