//! No code: this crate exists for its dependency lists (see its `Cargo.toml`).
//!
//! CI's last cargo run tests the runtime and the pallets with `try-runtime` and
//! `runtime-benchmarks`. It selects fewer packages than the node build and the workspace tests
//! before it, so Cargo would unify fewer features on the crates below FRAME and compile them
//! again. As a dev-dependency of the runtime, this crate asks for the features those runs built,
//! and the last run compiles only what its own features change.
