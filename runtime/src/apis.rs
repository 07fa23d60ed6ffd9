//! The runtime APIs: what the node and clients (polkadot.js `api.call`) may ask the runtime. Those
//! both runtimes offer, MedLedger's own among them, come from
//! `medledger_runtime_common::impl_medledger_runtime_apis!`; GRANDPA's is the solo chain's own.

use crate::{
	Aura, Block, ConsentRegistry, Executive, Grandpa, PatientIdentity, RecordAnchor, Runtime,
	RuntimeCall, RuntimeGenesisConfig, System, Timeline, TransactionPayment, VERSION,
};
use polkadot_sdk::{pallet_grandpa::AuthorityId as GrandpaId, sp_runtime::traits::NumberFor, *};

medledger_runtime_common::impl_medledger_runtime_apis! {
	impl sp_consensus_grandpa::GrandpaApi<Block> for Runtime {
		fn grandpa_authorities() -> sp_consensus_grandpa::AuthorityList {
			Grandpa::grandpa_authorities()
		}

		fn current_set_id() -> sp_consensus_grandpa::SetId {
			Grandpa::current_set_id()
		}

		fn submit_report_equivocation_unsigned_extrinsic(
			_equivocation_proof: sp_consensus_grandpa::EquivocationProof<
				<Block as sp_runtime::traits::Block>::Hash,
				NumberFor<Block>,
			>,
			_key_owner_proof: sp_consensus_grandpa::OpaqueKeyOwnershipProof,
		) -> Option<()> {
			// No session/offences pallet: equivocations cannot be proven on chain yet.
			None
		}

		fn generate_key_ownership_proof(
			_set_id: sp_consensus_grandpa::SetId,
			_authority_id: GrandpaId,
		) -> Option<sp_consensus_grandpa::OpaqueKeyOwnershipProof> {
			None
		}
	}
}
