//! Genesis presets: named starting states that `chain-spec-builder` (or `polkadot-omni-node
//! chain-spec-builder`) turns into chain specs, each with its para id.
//!
//! - `development`: one collator (Alice), Alice as sudo, the well-known dev accounts endowed,
//!   Alice, Bob and Charlie on the council, upgrades enacted ten blocks after their authorisation;
//!   para id [`PARACHAIN_ID`].
//! - `local_testnet`: two collators (Alice, Bob), the same council, dev accounts endowed, and **no
//!   sudo key**: as on a consortium's own chain, only the council governs.
//!
//! A consortium builds its own chain spec with [`genesis`] (or by editing an exported spec): its
//! para id (the one the relay chain registered), its collators, its council, no sudo.

use crate::{
	AccountId, BalancesConfig, BlockNumber, CouncilMembershipConfig, ParachainInfoConfig,
	PolkadotXcmConfig, RuntimeGenesisConfig, SudoConfig,
};
use alloc::{vec, vec::Vec};
use medledger_runtime_common::presets::{
	self, council_members, dev_accounts, DEV_UPGRADE_DELAY_MINUTES,
};
pub use medledger_runtime_common::presets::{preset_names, ENDOWMENT};
use polkadot_sdk::{
	frame_support::build_struct_json_patch, sp_consensus_aura::sr25519::AuthorityId as AuraId,
	sp_genesis_builder::PresetId, sp_keyring::Sr25519Keyring, staging_xcm as xcm, *,
};
use serde_json::Value;

/// The para id of the presets: the first id a relay chain hands out to a parachain that is not a
/// system chain. A consortium's chain spec carries the id its relay chain registered.
pub const PARACHAIN_ID: u32 = 2000;

/// A collator: its account and its Aura key.
pub type CollatorKeys = (AccountId, AuraId);

/// Builds a genesis patch from the para id, the collators, the council's members, the endowed
/// accounts, an optional sudo key (development only: a consortium chain has none) and the upgrade
/// delay in blocks (`None`: `governance::UPGRADE_DELAY_DAYS`, a day).
pub fn genesis(
	para_id: u32,
	collators: Vec<CollatorKeys>,
	council: Vec<AccountId>,
	endowed: Vec<AccountId>,
	sudo: Option<AccountId>,
	upgrade_delay: Option<BlockNumber>,
) -> Value {
	build_struct_json_patch!(RuntimeGenesisConfig {
		parachain_info: ParachainInfoConfig { parachain_id: para_id.into() },
		balances: BalancesConfig {
			balances: endowed.iter().cloned().map(|a| (a, ENDOWMENT)).collect::<Vec<_>>(),
		},
		// Aura authorities come from the session keys of the consortium's collators.
		session: pallet_session::GenesisConfig {
			keys: collators
				.iter()
				.map(|(account, aura)| {
					(
						account.clone(),
						account.clone(),
						crate::opaque::SessionKeys { aura: aura.clone() },
					)
				})
				.collect::<Vec<_>>(),
		},
		consortium: pallet_consortium::GenesisConfig {
			validators: collators.iter().map(|(account, _)| account.clone()).collect::<Vec<_>>(),
			upgrade_delay,
		},
		polkadot_xcm: PolkadotXcmConfig { safe_xcm_version: Some(xcm::prelude::XCM_VERSION) },
		// `null` in a chain spec: no key, nothing can act as root.
		sudo: SudoConfig { key: sudo },
		council_membership: CouncilMembershipConfig {
			members: council.try_into().expect("the council is smaller than CouncilMaxMembers"),
		},
	})
}

fn dev_collator(key: Sr25519Keyring) -> CollatorKeys {
	(key.to_account_id(), key.public().into())
}

/// The `development` preset: a single collator, for `polkadot-omni-node --dev`.
pub fn development_config_genesis() -> Value {
	genesis(
		PARACHAIN_ID,
		vec![dev_collator(Sr25519Keyring::Alice)],
		council_members(),
		dev_accounts(),
		Some(Sr25519Keyring::Alice.to_account_id()),
		Some(DEV_UPGRADE_DELAY_MINUTES * crate::time::MINUTES),
	)
}

/// The `local_testnet` preset: Alice and Bob collate; no sudo key.
pub fn local_testnet_genesis() -> Value {
	genesis(
		PARACHAIN_ID,
		vec![dev_collator(Sr25519Keyring::Alice), dev_collator(Sr25519Keyring::Bob)],
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
