#[cfg(all(feature = "std", not(feature = "metadata-hash")))]
fn main() {
	substrate_wasm_builder::WasmBuilder::build_using_defaults();
}

/// A release build: the Wasm is built twice, the second time knowing the hash of its own metadata,
/// which `CheckMetadataHash` checks a hardware wallet's signature against. The token's symbol and
/// decimals are `medledger_runtime_common::currency`'s.
#[cfg(all(feature = "std", feature = "metadata-hash"))]
fn main() {
	substrate_wasm_builder::WasmBuilder::init_with_defaults()
		.enable_metadata_hash("MED", 12)
		.build();
}

#[cfg(not(feature = "std"))]
fn main() {}
