//! The calls' logic, one module per feature; the calls in `lib.rs` are thin wrappers.

pub mod access_log;
pub mod access_log_roots;
pub mod amend;
pub mod anchor;
pub mod deposits;
pub mod erase;
pub mod merkle_root;
