//! What both runtimes' genesis presets share: their names, the development council and the
//! endowed development accounts. Each runtime's `genesis_config_presets` builds the patches.

use crate::{currency::UNIT, AccountId, Balance, BlockNumber};
use alloc::{vec, vec::Vec};
use polkadot_sdk::{
	sp_genesis_builder::{self, PresetId},
	sp_keyring::Sr25519Keyring,
};
use serde_json::Value;

/// What each endowed development account starts with.
pub const ENDOWMENT: Balance = 1_000_000 * UNIT;

/// Between an upgrade's authorisation and its enactment on the `development` preset's chain, in
/// minutes (of the runtime's blocks): time enough for a council motion to cancel it. Other chains
/// wait `governance::UPGRADE_DELAY_DAYS` unless their chain spec sets `consortium.upgradeDelay`.
pub const DEV_UPGRADE_DELAY_MINUTES: BlockNumber = 1;

/// The development council: Alice, Bob and Charlie stand for three member organisations.
pub fn council_members() -> Vec<AccountId> {
	[Sr25519Keyring::Alice, Sr25519Keyring::Bob, Sr25519Keyring::Charlie]
		.iter()
		.map(|k| k.to_account_id())
		.collect()
}

/// The well-known development accounts, each endowed with [`ENDOWMENT`].
pub fn dev_accounts() -> Vec<AccountId> {
	Sr25519Keyring::well_known().map(|k| k.to_account_id()).collect()
}

/// The presets both runtimes offer: `development` and `local_testnet`.
pub fn preset_names() -> Vec<PresetId> {
	vec![
		PresetId::from(sp_genesis_builder::DEV_RUNTIME_PRESET),
		PresetId::from(sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET),
	]
}

/// The JSON patch of the preset `id`, from the runtime's `development` and `local_testnet`
/// builders, or `None` for an unknown name.
pub fn preset(
	id: &PresetId,
	development: fn() -> Value,
	local_testnet: fn() -> Value,
) -> Option<Vec<u8>> {
	let patch = match id.as_ref() {
		sp_genesis_builder::DEV_RUNTIME_PRESET => development(),
		sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET => local_testnet(),
		_ => return None,
	};
	serde_json::to_vec(&patch).ok()
}
