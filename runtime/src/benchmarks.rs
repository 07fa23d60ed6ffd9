//! The pallets `medledger-node benchmark pallet` measures (feature `runtime-benchmarks`), and the
//! `Benchmark` runtime API behind it.

use crate::*;
use alloc::{string::String, vec::Vec};
use polkadot_sdk::{
	cumulus_pallet_session_benchmarking::Pallet as SessionBench,
	frame_benchmarking::{self, BenchmarkBatch, BenchmarkConfig, BenchmarkList},
	frame_support::traits::{StorageInfo, StorageInfoTrait, WhitelistedStorageKeys},
	frame_system_benchmarking::{
		extensions::Pallet as SystemExtensionsBench, Pallet as SystemBench,
	},
	*,
};

frame_benchmarking::define_benchmarks!(
	[frame_system, SystemBench::<Runtime>]
	[frame_system_extensions, SystemExtensionsBench::<Runtime>]
	[pallet_balances, Balances]
	[pallet_timestamp, Timestamp]
	[pallet_transaction_payment, TransactionPayment]
	[pallet_sudo, Sudo]
	[pallet_grandpa, Grandpa]
	[pallet_session, SessionBench::<Runtime>]
	[pallet_collective, Council]
	[pallet_membership, CouncilMembership]
	[pallet_meta_tx, MetaTx]
	[pallet_migrations, MultiBlockMigrations]
	[pallet_verify_signature, VerifySignature]
	[pallet_utility, Utility]
	[pallet_multisig, Multisig]
	[pallet_proxy, Proxy]
	[pallet_patient_identity, PatientIdentity]
	[pallet_consent_registry, ConsentRegistry]
	[pallet_consortium, Consortium]
	[pallet_record_anchor, RecordAnchor]
	[pallet_sponsorship, Sponsorship]
	[pallet_timeline, Timeline]
);

impl frame_system_benchmarking::Config for Runtime {}

// `set_keys` with new keys (Aura's and GRANDPA's) and the proof that the caller holds them,
// generated in the benchmark's keystore.
impl cumulus_pallet_session_benchmarking::Config for Runtime {
	fn generate_session_keys_and_proof(owner: AccountId) -> (opaque::SessionKeys, Vec<u8>) {
		use codec::Encode;
		let generated = opaque::SessionKeys::generate(&owner.encode(), None);
		(generated.keys, generated.proof.encode())
	}
}

// Fees go to no one (they are burnt), so the fee benchmark needs no set-up.
impl pallet_transaction_payment::BenchmarkConfig for Runtime {}

/// The benchmarks and storage items the CLI may ask for.
pub fn metadata(extra: bool) -> (Vec<BenchmarkList>, Vec<StorageInfo>) {
	let mut list = Vec::<BenchmarkList>::new();
	list_benchmarks!(list, extra);
	(list, AllPalletsWithSystem::storage_info())
}

/// Runs the benchmarks `config` selects.
pub fn dispatch(config: BenchmarkConfig) -> Result<Vec<BenchmarkBatch>, String> {
	let whitelist = AllPalletsWithSystem::whitelisted_storage_keys();
	let mut batches = Vec::<BenchmarkBatch>::new();
	let params = (&config, &whitelist);
	add_benchmarks!(params, batches);
	Ok(batches)
}
