//! The next release, as the upgrade tests build it: everything the `upgrade-fixture` feature
//! changes, in one place. Each runtime's fixture crate (`runtime/upgrade-fixture`,
//! `runtime/parachain/upgrade-fixture`) builds that runtime's Wasm with the feature; it never
//! reaches a node or a chain spec.
//!
//! - `spec_version` + 1: each runtime's `VERSION` (in its `lib.rs`; `#[runtime_version]` reads
//!   literals only, so the fixture's constant is written out there, next to the release's).
//! - [`PATIENT_DEPOSIT`]: half the release's.
//! - [`SteppedMigrations`]: the release's own (a chain that skipped the release still needs them),
//!   then the re-pricing that brings existing patients to it.

use crate::{parameters::PATIENT_FOOTPRINT_DEPOSIT, Balance};

/// The next release's patient deposit: half the current one.
pub const PATIENT_DEPOSIT: Balance = PATIENT_FOOTPRINT_DEPOSIT / 2;

/// The next release's multi-block migrations.
pub type SteppedMigrations<Runtime> = (
	pallet_consent_registry::migrations::v1::CopyConsentsIntoGranteeIndex<Runtime>,
	pallet_patient_identity::migrations::RepricePatientDeposits<Runtime>,
);
