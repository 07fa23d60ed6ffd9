//! # MedLedger primitives
//!
//! Types and traits that MedLedger's pallets share. Pallets never depend on each other's `Config`:
//! a pallet that needs to know who someone is asks through a trait defined here
//! (e.g. [`IdentityProvider`]), and the runtime wires the implementing pallet in.
//!
//! Nothing here describes a person: identifiers are opaque numbers, keys are public keys.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub mod consent;
pub mod identity;
pub mod record;
pub mod runtime_api;
pub mod sponsorship;
pub mod timeline;

/// Milliseconds in a day of the chain's timestamp (milliseconds since the Unix epoch): what is
/// counted per UTC day (emergency openings, sponsored calls) starts again at each multiple.
pub const DAY_MS: u32 = 86_400_000;

pub use consent::*;
pub use identity::*;
pub use record::*;
pub use sponsorship::*;
pub use timeline::*;
