//! Built-in chain specs. Each one names a genesis preset of the runtime; a consortium exports one
//! (`export-chain-spec --chain local`), edits keys and members, and starts its nodes from the file.

use medledger_runtime::{currency, WASM_BINARY};
use polkadot_sdk::{
	sc_service::{ChainType, Properties},
	sp_genesis_builder::{DEV_RUNTIME_PRESET, LOCAL_TESTNET_RUNTIME_PRESET},
	*,
};

/// The chain spec of a MedLedger chain (no extensions).
pub type ChainSpec = sc_service::GenericChainSpec;

fn wasm() -> Result<&'static [u8], String> {
	WASM_BINARY.ok_or_else(|| {
		"The runtime Wasm is not available: build without SKIP_WASM_BUILD".to_string()
	})
}

fn properties() -> Properties {
	let mut p = Properties::new();
	p.insert("tokenSymbol".into(), currency::TOKEN_SYMBOL.into());
	p.insert("tokenDecimals".into(), currency::TOKEN_DECIMALS.into());
	p.insert("ss58Format".into(), currency::SS58_PREFIX.into());
	p
}

/// `--dev`: one validator (Alice), blocks produced and finalised by one node.
pub fn development_chain_spec() -> Result<ChainSpec, String> {
	Ok(ChainSpec::builder(wasm()?, None)
		.with_name("MedLedger Development")
		.with_id("medledger_dev")
		.with_chain_type(ChainType::Development)
		.with_genesis_config_preset_name(DEV_RUNTIME_PRESET)
		.with_properties(properties())
		.build())
}

/// `--chain local`: three validators (Alice, Bob, Charlie) on one machine or a LAN.
pub fn local_chain_spec() -> Result<ChainSpec, String> {
	Ok(ChainSpec::builder(wasm()?, None)
		.with_name("MedLedger Local Testnet")
		.with_id("medledger_local")
		.with_chain_type(ChainType::Local)
		.with_genesis_config_preset_name(LOCAL_TESTNET_RUNTIME_PRESET)
		.with_properties(properties())
		.build())
}
