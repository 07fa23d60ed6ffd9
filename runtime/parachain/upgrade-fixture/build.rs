//! Builds the fixture's Wasm,
//! `medledger_parachain_runtime_upgrade_fixture.compact.compressed.wasm`, in the cargo target dir's
//! `release/wbuild/medledger-parachain-runtime-upgrade-fixture/`.

#[cfg(feature = "std")]
fn main() {
	substrate_wasm_builder::WasmBuilder::build_using_defaults();
}

#[cfg(not(feature = "std"))]
fn main() {}
