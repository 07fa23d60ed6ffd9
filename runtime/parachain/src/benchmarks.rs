//! The pallets `benchmark pallet` measures on the parachain runtime (feature `runtime-benchmarks`),
//! and the `Benchmark` runtime API behind it.

use crate::*;
use alloc::{string::String, vec::Vec};
use polkadot_sdk::{
	frame_benchmarking::{self, BenchmarkBatch, BenchmarkConfig, BenchmarkList},
	frame_support::traits::{StorageInfo, StorageInfoTrait, WhitelistedStorageKeys},
	frame_system_benchmarking::{
		extensions::Pallet as SystemExtensionsBench, Pallet as SystemBench,
	},
	staging_xcm::latest::{Asset, AssetId, Assets, Fungibility, Location, SendXcm},
	staging_xcm_builder::EnsureDelivery,
	staging_xcm_executor::{traits::FeeReason, FeesMode},
	*,
};

frame_benchmarking::define_benchmarks!(
	[frame_system, SystemBench::<Runtime>]
	[frame_system_extensions, SystemExtensionsBench::<Runtime>]
	[pallet_balances, Balances]
	[pallet_timestamp, Timestamp]
	[cumulus_pallet_parachain_system, ParachainSystem]
	[cumulus_pallet_weight_reclaim, WeightReclaim]
	[pallet_message_queue, MessageQueue]
	[cumulus_pallet_xcmp_queue, XcmpQueue]
	[pallet_xcm, pallet_xcm::benchmarking::Pallet::<Runtime>]
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

/// Readies the upward channel for the benchmarks that send to the relay chain, and notes the
/// relay chain's XCM version as version discovery would: this chain's messages carry no fee and
/// no assets, so there is nothing else to set up.
pub struct ToRelayChain;

impl EnsureDelivery for ToRelayChain {
	fn ensure_successful_delivery(
		_origin: &Location,
		destination: &Location,
		_reason: FeeReason,
	) -> (Option<FeesMode>, Option<Assets>) {
		if *destination == Location::parent() {
			<configs::xcm::XcmRouter as SendXcm>::ensure_successful_delivery(Some(
				Location::parent(),
			));
			let _ = PolkadotXcm::force_xcm_version(
				RuntimeOrigin::root(),
				alloc::boxed::Box::new(Location::parent()),
				staging_xcm::latest::VERSION,
			);
		}
		(None, None)
	}
}

/// Every call of `pallet-xcm` this chain allows is root's, to the relay chain. The transfers,
/// local execution, asset claims and aliases it filters out or keeps from signed origins
/// (`configs::xcm`) come out as `Weight::MAX`: their benchmarks' own answer when the
/// configuration refuses them.
impl pallet_xcm::benchmarking::Config for Runtime {
	type DeliveryHelper = ToRelayChain;

	fn reachable_dest() -> Option<Location> {
		Some(Location::parent())
	}

	fn get_asset() -> Asset {
		Asset {
			id: AssetId(Location::here()),
			fun: Fungibility::Fungible(medledger_runtime_common::currency::EXISTENTIAL_DEPOSIT),
		}
	}
}

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
