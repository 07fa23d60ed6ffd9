//! Genesis presets: named starting states the node turns into chain specs.
//!
//! - `development`: one authority (Alice), Alice as sudo, the well-known dev accounts endowed,
//!   Alice, Bob and Charlie on the council, upgrades enacted ten blocks (a minute) after their
//!   authorisation.
//! - `local_testnet`: three validators (Alice, Bob, Charlie), the same council, dev accounts
//!   endowed, and **no sudo key**: as on a consortium's own chain, only the council governs.
//!
//! Only the development preset has a sudo key. A consortium builds its own chain spec with
//! [`genesis`] (or by editing an exported spec): its validators, its council, no sudo.

use crate::{
	AccountId, BalancesConfig, BlockNumber, CouncilMembershipConfig, RuntimeGenesisConfig,
	SudoConfig,
};
use alloc::{vec, vec::Vec};
use medledger_runtime_common::presets::{
	self, council_members, dev_accounts, DEV_UPGRADE_DELAY_MINUTES,
};
pub use medledger_runtime_common::presets::{preset_names, ENDOWMENT};
use polkadot_sdk::{
	frame_support::build_struct_json_patch,
	pallet_grandpa::AuthorityId as GrandpaId,
	sp_consensus_aura::sr25519::AuthorityId as AuraId,
	sp_genesis_builder::PresetId,
	sp_keyring::{Ed25519Keyring, Sr25519Keyring},
	*,
};
use serde_json::Value;

/// A validator: its account and its consensus keys, Aura (block production) and GRANDPA
/// (finality).
pub type AuthorityKeys = (AccountId, AuraId, GrandpaId);

/// Builds a genesis patch from the validators, the council's members, the endowed accounts, an
/// optional sudo key (development only: a consortium chain has none, and then nothing can act as
/// root) and the upgrade delay in blocks (`None`: `governance::UPGRADE_DELAY_DAYS`, a day).
pub fn genesis(
	authorities: Vec<AuthorityKeys>,
	council: Vec<AccountId>,
	endowed: Vec<AccountId>,
	sudo: Option<AccountId>,
	upgrade_delay: Option<BlockNumber>,
) -> Value {
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
			upgrade_delay,
		},
		// `null` in a chain spec: no key, nothing can act as root.
		sudo: SudoConfig { key: sudo },
		council_membership: CouncilMembershipConfig {
			members: council.try_into().expect("the council is smaller than CouncilMaxMembers"),
		},
	})
}

fn dev_authority(sr: Sr25519Keyring, ed: Ed25519Keyring) -> AuthorityKeys {
	(sr.to_account_id(), sr.public().into(), ed.public().into())
}

/// The `development` preset: a single authority, for `--dev`.
pub fn development_config_genesis() -> Value {
	genesis(
		vec![dev_authority(Sr25519Keyring::Alice, Ed25519Keyring::Alice)],
		council_members(),
		dev_accounts(),
		Some(Sr25519Keyring::Alice.to_account_id()),
		Some(DEV_UPGRADE_DELAY_MINUTES * crate::time::MINUTES),
	)
}

/// The `local_testnet` preset: Alice, Bob and Charlie validate; no sudo key.
pub fn local_testnet_genesis() -> Value {
	genesis(
		vec![
			dev_authority(Sr25519Keyring::Alice, Ed25519Keyring::Alice),
			dev_authority(Sr25519Keyring::Bob, Ed25519Keyring::Bob),
			dev_authority(Sr25519Keyring::Charlie, Ed25519Keyring::Charlie),
		],
		council_members(),
		dev_accounts(),
		None,
		None,
	)
}

/// The JSON patch of a preset, or `None` for an unknown name.
pub fn get_preset(id: &PresetId) -> Option<Vec<u8>> {
	presets::preset(id, development_config_genesis, local_testnet_genesis)
}
