//! Nothing to build: the build-dependencies unify features of the crates that build scripts and
//! procedural macros use (see `Cargo.toml`).

fn main() {}
