//! Genesis presets: named starting states the node turns into chain specs.
//!
//! - `development`: one authority (Alice), Alice as sudo, the well-known dev accounts endowed,
//!   Alice, Bob and Charlie on the council.
//! - `local_testnet`: three validators (Alice, Bob, Charlie), Alice as sudo, dev accounts endowed.
//!
//! A consortium builds its own chain spec from a preset and its own keys; see `docs/`.

use crate::{
	currency::UNIT, AccountId, Balance, BalancesConfig, CouncilMembershipConfig,
	RuntimeGenesisConfig, SudoConfig,
};
use alloc::{vec, vec::Vec};
use polkadot_sdk::{
	frame_support::build_struct_json_patch,
	pallet_grandpa::AuthorityId as GrandpaId,
	sp_consensus_aura::sr25519::AuthorityId as AuraId,
	sp_genesis_builder::{self, PresetId},
	sp_keyring::{Ed25519Keyring, Sr25519Keyring},
	*,
};
use serde_json::Value;

/// What each endowed development account starts with.
pub const ENDOWMENT: Balance = 1_000_000 * UNIT;

/// A validator: its account and its consensus keys, Aura (block production) and GRANDPA
/// (finality).
pub type AuthorityKeys = (AccountId, AuraId, GrandpaId);

/// Builds a genesis patch from validators, a sudo key and endowed accounts.
pub fn genesis(authorities: Vec<AuthorityKeys>, sudo: AccountId, endowed: Vec<AccountId>) -> Value {
	build_struct_json_patch!(RuntimeGenesisConfig {
		balances: BalancesConfig {
			balances: endowed.iter().cloned().map(|a| (a, ENDOWMENT)).collect::<Vec<_>>(),
		},
		// Aura and GRANDPA authorities come from the session keys of the consortium's validators.
		session: pallet_session::GenesisConfig {
			keys: authorities
				.iter()
				.map(|(account, aura, gran)| {
					(
						account.clone(),
						account.clone(),
						crate::opaque::SessionKeys { aura: aura.clone(), grandpa: gran.clone() },
					)
				})
				.collect::<Vec<_>>(),
		},
		consortium: pallet_consortium::GenesisConfig {
			validators: authorities
				.iter()
				.map(|(account, _, _)| account.clone())
				.collect::<Vec<_>>(),
		},
		sudo: SudoConfig { key: Some(sudo) },
		council_membership: CouncilMembershipConfig {
			members: council_members()
				.try_into()
				.expect("the development council is smaller than CouncilMaxMembers"),
		},
	})
}

fn dev_authority(sr: Sr25519Keyring, ed: Ed25519Keyring) -> AuthorityKeys {
	(sr.to_account_id(), sr.public().into(), ed.public().into())
}

/// The development council: Alice, Bob and Charlie stand for three member organisations.
fn council_members() -> Vec<AccountId> {
	[Sr25519Keyring::Alice, Sr25519Keyring::Bob, Sr25519Keyring::Charlie]
		.iter()
		.map(|k| k.to_account_id())
		.collect()
}

fn dev_accounts() -> Vec<AccountId> {
	Sr25519Keyring::well_known().map(|k| k.to_account_id()).collect()
}

/// The `development` preset: a single authority, for `--dev`.
pub fn development_config_genesis() -> Value {
	genesis(
		vec![dev_authority(Sr25519Keyring::Alice, Ed25519Keyring::Alice)],
		Sr25519Keyring::Alice.to_account_id(),
		dev_accounts(),
	)
}

/// The `local_testnet` preset: Alice, Bob and Charlie validate.
pub fn local_testnet_genesis() -> Value {
	genesis(
		vec![
			dev_authority(Sr25519Keyring::Alice, Ed25519Keyring::Alice),
			dev_authority(Sr25519Keyring::Bob, Ed25519Keyring::Bob),
			dev_authority(Sr25519Keyring::Charlie, Ed25519Keyring::Charlie),
		],
		Sr25519Keyring::Alice.to_account_id(),
		dev_accounts(),
	)
}

/// The JSON patch of a preset, or `None` for an unknown name.
pub fn get_preset(id: &PresetId) -> Option<Vec<u8>> {
	let patch = match id.as_ref() {
		sp_genesis_builder::DEV_RUNTIME_PRESET => development_config_genesis(),
		sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET => local_testnet_genesis(),
		_ => return None,
	};
	serde_json::to_vec(&patch).ok()
}

/// The names of the presets this runtime offers.
pub fn preset_names() -> Vec<PresetId> {
	vec![
		PresetId::from(sp_genesis_builder::DEV_RUNTIME_PRESET),
		PresetId::from(sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET),
	]
}
