//! The runtime APIs: what the node and clients (polkadot.js `api.call`) may ask the runtime.

use crate::{
	opaque::SessionKeys, AccountId, Aura, Balance, Block, ConsentRegistry, Executive, Grandpa,
	InherentDataExt, Moment, Nonce, PatientIdentity, RecordAnchor, Runtime, RuntimeCall,
	RuntimeGenesisConfig, System, TransactionPayment, VERSION,
};
use alloc::vec::Vec;
use polkadot_sdk::{
	frame_support::{
		genesis_builder_helper::{build_state, get_preset},
		view_functions::{ViewFunctionDispatchError, ViewFunctionId},
		weights::Weight,
	},
	pallet_grandpa::AuthorityId as GrandpaId,
	pallet_transaction_payment::{FeeDetails, RuntimeDispatchInfo},
	sp_api::impl_runtime_apis,
	sp_consensus_aura::sr25519::AuthorityId as AuraId,
	sp_core::{crypto::KeyTypeId, OpaqueMetadata},
	sp_runtime::{
		traits::{Block as BlockT, NumberFor},
		transaction_validity::{TransactionSource, TransactionValidity},
		ApplyExtrinsicResult,
	},
	sp_version::RuntimeVersion,
	*,
};

impl_runtime_apis! {
	impl sp_api::Core<Block> for Runtime {
		fn version() -> RuntimeVersion {
			VERSION
		}

		fn execute_block(block: <Block as BlockT>::LazyBlock) {
			Executive::execute_block(block);
		}

		fn initialize_block(header: &<Block as BlockT>::Header) -> sp_runtime::ExtrinsicInclusionMode {
			Executive::initialize_block(header)
		}
	}

	impl sp_api::Metadata<Block> for Runtime {
		fn metadata() -> OpaqueMetadata {
			OpaqueMetadata::new(Runtime::metadata().into())
		}

		fn metadata_at_version(version: u32) -> Option<OpaqueMetadata> {
			Runtime::metadata_at_version(version)
		}

		fn metadata_versions() -> Vec<u32> {
			Runtime::metadata_versions()
		}
	}

	impl frame_support::view_functions::runtime_api::RuntimeViewFunction<Block> for Runtime {
		fn execute_view_function(
			id: ViewFunctionId,
			input: Vec<u8>,
		) -> Result<Vec<u8>, ViewFunctionDispatchError> {
			Runtime::execute_view_function(id, input)
		}
	}

	impl sp_block_builder::BlockBuilder<Block> for Runtime {
		fn apply_extrinsic(extrinsic: <Block as BlockT>::Extrinsic) -> ApplyExtrinsicResult {
			Executive::apply_extrinsic(extrinsic)
		}

		fn finalize_block() -> <Block as BlockT>::Header {
			Executive::finalize_block()
		}

		fn inherent_extrinsics(data: sp_inherents::InherentData) -> Vec<<Block as BlockT>::Extrinsic> {
			data.create_extrinsics()
		}

		fn check_inherents(
			block: <Block as BlockT>::LazyBlock,
			data: sp_inherents::InherentData,
		) -> sp_inherents::CheckInherentsResult {
			data.check_extrinsics(&block)
		}
	}

	impl sp_transaction_pool::runtime_api::TaggedTransactionQueue<Block> for Runtime {
		fn validate_transaction(
			source: TransactionSource,
			tx: <Block as BlockT>::Extrinsic,
			block_hash: <Block as BlockT>::Hash,
		) -> TransactionValidity {
			Executive::validate_transaction(source, tx, block_hash)
		}
	}

	impl sp_offchain::OffchainWorkerApi<Block> for Runtime {
		fn offchain_worker(header: &<Block as BlockT>::Header) {
			Executive::offchain_worker(header)
		}
	}

	impl sp_consensus_aura::AuraApi<Block, AuraId> for Runtime {
		fn slot_duration() -> sp_consensus_aura::SlotDuration {
			sp_consensus_aura::SlotDuration::from_millis(Aura::slot_duration())
		}

		fn authorities() -> Vec<AuraId> {
			pallet_aura::Authorities::<Runtime>::get().into_inner()
		}
	}

	impl sp_session::SessionKeys<Block> for Runtime {
		fn generate_session_keys(
			owner: Vec<u8>,
			seed: Option<Vec<u8>>,
		) -> sp_session::OpaqueGeneratedSessionKeys {
			SessionKeys::generate(&owner, seed).into()
		}

		fn decode_session_keys(encoded: Vec<u8>) -> Option<Vec<(Vec<u8>, KeyTypeId)>> {
			SessionKeys::decode_into_raw_public_keys(&encoded)
		}
	}

	impl sp_consensus_grandpa::GrandpaApi<Block> for Runtime {
		fn grandpa_authorities() -> sp_consensus_grandpa::AuthorityList {
			Grandpa::grandpa_authorities()
		}

		fn current_set_id() -> sp_consensus_grandpa::SetId {
			Grandpa::current_set_id()
		}

		fn submit_report_equivocation_unsigned_extrinsic(
			_equivocation_proof: sp_consensus_grandpa::EquivocationProof<
				<Block as BlockT>::Hash,
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

	impl frame_system_rpc_runtime_api::AccountNonceApi<Block, AccountId, Nonce> for Runtime {
		fn account_nonce(account: AccountId) -> Nonce {
			System::account_nonce(account)
		}
	}

	impl pallet_transaction_payment_rpc_runtime_api::TransactionPaymentApi<Block, Balance> for Runtime {
		fn query_info(
			uxt: <Block as BlockT>::Extrinsic,
			len: u32,
		) -> RuntimeDispatchInfo<Balance> {
			TransactionPayment::query_info(uxt, len)
		}
		fn query_fee_details(
			uxt: <Block as BlockT>::Extrinsic,
			len: u32,
		) -> FeeDetails<Balance> {
			TransactionPayment::query_fee_details(uxt, len)
		}
		fn query_weight_to_fee(weight: Weight) -> Balance {
			TransactionPayment::weight_to_fee(weight)
		}
		fn query_length_to_fee(length: u32) -> Balance {
			TransactionPayment::length_to_fee(length)
		}
	}

	impl pallet_transaction_payment_rpc_runtime_api::TransactionPaymentCallApi<Block, Balance, RuntimeCall>
		for Runtime
	{
		fn query_call_info(call: RuntimeCall, len: u32) -> RuntimeDispatchInfo<Balance> {
			TransactionPayment::query_call_info(call, len)
		}
		fn query_call_fee_details(call: RuntimeCall, len: u32) -> FeeDetails<Balance> {
			TransactionPayment::query_call_fee_details(call, len)
		}
		fn query_weight_to_fee(weight: Weight) -> Balance {
			TransactionPayment::weight_to_fee(weight)
		}
		fn query_length_to_fee(length: u32) -> Balance {
			TransactionPayment::length_to_fee(length)
		}
	}

	impl medledger_primitives::runtime_api::IdentityApi<Block, AccountId> for Runtime {
		fn standing(account: AccountId) -> medledger_primitives::runtime_api::AccountStanding {
			PatientIdentity::api_standing(account)
		}

		fn organisation(
			organisation: medledger_primitives::OrganisationId,
		) -> Option<medledger_primitives::runtime_api::OrganisationInfo<AccountId>> {
			PatientIdentity::api_organisation(organisation)
		}

		fn patient(
			patient: medledger_primitives::PatientId,
		) -> Option<medledger_primitives::runtime_api::PatientInfo<AccountId>> {
			PatientIdentity::api_patient(patient)
		}

		fn encryption_key(
			patient: medledger_primitives::PatientId,
		) -> Option<medledger_primitives::EncryptionKey> {
			<PatientIdentity as medledger_primitives::IdentityProvider<AccountId>>::encryption_key(
				patient,
			)
		}
	}

	impl medledger_primitives::runtime_api::ConsentApi<Block, AccountId, Moment> for Runtime {
		fn check_access(
			patient: medledger_primitives::PatientId,
			accessor: AccountId,
			category: medledger_primitives::DataCategory,
			action: medledger_primitives::ConsentAction,
			purpose: medledger_primitives::Purpose,
			record: Option<medledger_primitives::RecordId>,
		) -> medledger_primitives::AccessDecision<Moment> {
			ConsentRegistry::check_access(patient, &accessor, category, action, purpose, record)
		}

		fn consents(
			patient: medledger_primitives::PatientId,
			start_after: Option<medledger_primitives::ConsentId>,
			limit: u32,
		) -> medledger_primitives::runtime_api::ConsentPage<AccountId, Moment> {
			ConsentRegistry::api_consents(patient, start_after, limit)
		}
	}

	impl medledger_primitives::runtime_api::RecordApi<Block, AccountId, Moment> for Runtime {
		fn verify(
			record: medledger_primitives::RecordId,
			content_hash: [u8; 32],
		) -> medledger_primitives::Verification<AccountId, Moment> {
			RecordAnchor::api_verify(record, content_hash)
		}

		fn record(
			record: medledger_primitives::RecordId,
		) -> Option<medledger_primitives::RecordInfo<AccountId, Moment>> {
			RecordAnchor::api_record(record)
		}

		fn records(
			patient: medledger_primitives::PatientId,
			start_after: Option<medledger_primitives::RecordId>,
			limit: u32,
		) -> medledger_primitives::RecordPage<AccountId, Moment> {
			RecordAnchor::api_records(patient, start_after, limit)
		}

		fn verify_in_batch(
			batch: medledger_primitives::BatchId,
			content_hash: [u8; 32],
			proof: Vec<[u8; 32]>,
			leaf_index: u32,
		) -> bool {
			RecordAnchor::api_verify_in_batch(batch, content_hash, proof, leaf_index)
		}

		fn access_log(
			patient: medledger_primitives::PatientId,
			from: u64,
			limit: u32,
		) -> medledger_primitives::AccessLogPage<AccountId, Moment> {
			RecordAnchor::api_access_log(patient, from, limit)
		}
	}

	impl sp_genesis_builder::GenesisBuilder<Block> for Runtime {
		fn build_state(config: Vec<u8>) -> sp_genesis_builder::Result {
			build_state::<RuntimeGenesisConfig>(config)
		}

		fn get_preset(id: &Option<sp_genesis_builder::PresetId>) -> Option<Vec<u8>> {
			get_preset::<RuntimeGenesisConfig>(id, crate::genesis_config_presets::get_preset)
		}

		fn preset_names() -> Vec<sp_genesis_builder::PresetId> {
			crate::genesis_config_presets::preset_names()
		}
	}

	#[cfg(feature = "try-runtime")]
	impl frame_try_runtime::TryRuntime<Block> for Runtime {
		fn on_runtime_upgrade(checks: frame_try_runtime::UpgradeCheckSelect) -> (Weight, Weight) {
			// try-runtime is an off-chain test tool: a failed check must abort loudly.
			let weight = Executive::try_runtime_upgrade(checks).expect("try_runtime_upgrade failed");
			(weight, crate::configs::RuntimeBlockWeights::get().max_block)
		}

		fn execute_block(
			block: <Block as BlockT>::LazyBlock,
			state_root_check: bool,
			signature_check: bool,
			select: frame_try_runtime::TryStateSelect,
		) -> Weight {
			Executive::try_execute_block(block, state_root_check, signature_check, select)
				.expect("try_execute_block failed")
		}
	}

	#[cfg(feature = "runtime-benchmarks")]
	impl frame_benchmarking::Benchmark<Block> for Runtime {
		fn benchmark_metadata(extra: bool) -> (
			Vec<frame_benchmarking::BenchmarkList>,
			Vec<frame_support::traits::StorageInfo>,
		) {
			crate::benchmarks::metadata(extra)
		}

		fn dispatch_benchmark(
			config: frame_benchmarking::BenchmarkConfig,
		) -> Result<Vec<frame_benchmarking::BenchmarkBatch>, alloc::string::String> {
			crate::benchmarks::dispatch(config)
		}
	}
}
