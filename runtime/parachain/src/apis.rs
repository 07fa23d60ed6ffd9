//! The runtime APIs: what the collator (`polkadot-omni-node`) and clients (polkadot.js
//! `api.call`) may ask the runtime. Those both runtimes offer, MedLedger's own among them, come
//! from `medledger_runtime_common::impl_medledger_runtime_apis!`; the cumulus ones are the
//! parachain's own: everything `polkadot-omni-node` 0.24.0 asks of a parachain runtime with Aura,
//! except `TransactionStorageApi` (for chains that store transaction data: the node asks whether
//! it is there, and without it keeps bodies by its own pruning setting) and
//! `AuthorityDiscoveryApi` (the collators' discovery of each other, which the node runs only when
//! the runtime offers it; a consortium's collators know each other's addresses).

use crate::{
	configs::ConsensusHook, Aura, Block, ConsentRegistry, Executive, ParachainInfo,
	ParachainSystem, PatientIdentity, RecordAnchor, Runtime, RuntimeCall, RuntimeGenesisConfig,
	System, Timeline, TransactionPayment, VERSION,
};
use polkadot_sdk::{frame_support::traits::Get, *};

medledger_runtime_common::impl_medledger_runtime_apis! {
	impl cumulus_primitives_aura::AuraUnincludedSegmentApi<Block> for Runtime {
		fn can_build_upon(
			included_hash: <Block as sp_runtime::traits::Block>::Hash,
			slot: cumulus_primitives_aura::Slot,
		) -> bool {
			ConsensusHook::can_build_upon(included_hash, slot)
		}
	}

	impl cumulus_primitives_core::CollectCollationInfo<Block> for Runtime {
		fn collect_collation_info(
			header: &<Block as sp_runtime::traits::Block>::Header,
		) -> cumulus_primitives_core::CollationInfo {
			ParachainSystem::collect_collation_info(header)
		}
	}

	impl cumulus_primitives_core::GetParachainInfo<Block> for Runtime {
		fn parachain_id() -> cumulus_primitives_core::ParaId {
			ParachainInfo::parachain_id()
		}
	}

	impl cumulus_primitives_core::RelayParentOffsetApi<Block> for Runtime {
		fn relay_parent_offset() -> u32 {
			<Runtime as cumulus_pallet_parachain_system::Config>::RelayParentOffset::get()
		}

		fn max_claim_queue_offset() -> u8 {
			ParachainSystem::max_claim_queue_offset()
		}
	}

	impl cumulus_primitives_core::SchedulingV3EnabledApi<Block> for Runtime {
		fn scheduling_v3_enabled() -> bool {
			<<Runtime as cumulus_pallet_parachain_system::Config>::SchedulingSignatureVerifier as
				cumulus_primitives_core::VerifySchedulingSignature>::V3_SCHEDULING_ENABLED
		}
	}

	impl cumulus_primitives_core::TargetBlockRate<Block> for Runtime {
		fn target_block_rate() -> u32 {
			crate::configs::BLOCK_PROCESSING_VELOCITY
		}
	}

	impl cumulus_primitives_core::KeyToIncludeInRelayProof<Block> for Runtime {
		fn keys_to_prove() -> cumulus_primitives_core::RelayProofRequest {
			// Nothing beyond what `ParachainSystem` always asks for.
			Default::default()
		}
	}
}
