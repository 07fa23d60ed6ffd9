// Auto-generated via `yarn polkadot-types-from-chain`, do not edit
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/api-base/types/calls';

import type { ApiTypes, AugmentedCall, DecoratedCallBase } from '@polkadot/api-base/types';
import type { Bytes, Null, Option, Result, Text, U8aFixed, Vec, bool, u128, u32, u64 } from '@polkadot/types-codec';
import type { AnyNumber, IMethod, ITuple } from '@polkadot/types-codec/types';
import type { Extrinsic } from '@polkadot/types/interfaces/extrinsics';
import type { Call } from '@polkadot/types/interfaces/runtime';
import type { OpaqueMetadata } from '@polkadot/types/interfaces/metadata';
import type { AccountId32, H256, SlotDuration } from '@polkadot/types/interfaces/runtime';
import type { FrameSupportViewFunctionsViewFunctionDispatchError, FrameSupportViewFunctionsViewFunctionId, MedledgerPrimitivesConsentAccessDecision, MedledgerPrimitivesConsentConsentAction, MedledgerPrimitivesIdentityEncryptionKey, MedledgerPrimitivesRecordAccessLogLeaf, MedledgerPrimitivesRecordAccessLogPage, MedledgerPrimitivesRecordRecordInfo, MedledgerPrimitivesRecordRecordPage, MedledgerPrimitivesRecordVerification, MedledgerPrimitivesRuntimeApiAccountStanding, MedledgerPrimitivesRuntimeApiConsentPage, MedledgerPrimitivesRuntimeApiConsentRequestInfo, MedledgerPrimitivesRuntimeApiOrganisationInfo, MedledgerPrimitivesRuntimeApiPatientInfo, MedledgerPrimitivesTimelineTimelinePage, PalletTransactionPaymentFeeDetails, PalletTransactionPaymentRuntimeDispatchInfo, SpConsensusAuraSr25519AppSr25519Public, SpConsensusGrandpaAppPublic, SpConsensusGrandpaEquivocationProof, SpCoreCryptoKeyTypeId, SpInherentsCheckInherentsResult, SpInherentsInherentData, SpRuntimeBlockLazyBlock, SpRuntimeDispatchError, SpRuntimeExtrinsicInclusionMode, SpRuntimeHeader, SpRuntimeTransactionValidityTransactionSource, SpRuntimeTransactionValidityTransactionValidityError, SpRuntimeTransactionValidityValidTransaction, SpSessionRuntimeApiOpaqueGeneratedSessionKeys, SpVersionRuntimeVersion, SpWeightsWeightV2Weight } from '@polkadot/types/lookup';
import type { IExtrinsic, Observable } from '@polkadot/types/types';

export type __AugmentedCall<ApiType extends ApiTypes> = AugmentedCall<ApiType>;
export type __DecoratedCallBase<ApiType extends ApiTypes> = DecoratedCallBase<ApiType>;

declare module '@polkadot/api-base/types/calls' {
  interface AugmentedCalls<ApiType extends ApiTypes> {
    /** 0xbc9d89904f5b923f/ */
    accountNonceApi: {
      /**
       * Get current account nonce of given `AccountId`.
       **/
      accountNonce: AugmentedCall<ApiType, (account: AccountId32 | string | Uint8Array) => Observable<u32>>;
    };
    /** 0xdd718d5cc53262d4/ */
    auraApi: {
      /**
       * Return the current set of authorities.
       **/
      authorities: AugmentedCall<ApiType, () => Observable<Vec<SpConsensusAuraSr25519AppSr25519Public>>>;
      /**
       * Returns the slot duration for Aura.,, Currently, only the value provided by this type at genesis will be used.
       **/
      slotDuration: AugmentedCall<ApiType, () => Observable<SlotDuration>>;
    };
    /** 0x40fe3ad401f8959a/ */
    blockBuilder: {
      /**
       * Apply the given extrinsic.,, Returns an inclusion outcome which specifies if this extrinsic is included in, this block or not.
       **/
      applyExtrinsic: AugmentedCall<ApiType, (extrinsic: Extrinsic | IExtrinsic | string | Uint8Array) => Observable<Result<Result<Null, SpRuntimeDispatchError>, SpRuntimeTransactionValidityTransactionValidityError>>>;
      /**
       * Check that the inherents are valid. The inherent data will vary from chain to chain.
       **/
      checkInherents: AugmentedCall<ApiType, (block: SpRuntimeBlockLazyBlock | { header?: any; extrinsics?: any } | string | Uint8Array, data: SpInherentsInherentData | { data?: any } | string | Uint8Array) => Observable<SpInherentsCheckInherentsResult>>;
      /**
       * Finish the current block.
       **/
      finalizeBlock: AugmentedCall<ApiType, () => Observable<SpRuntimeHeader>>;
      /**
       * Generate inherent extrinsics. The inherent data will vary from chain to chain.
       **/
      inherentExtrinsics: AugmentedCall<ApiType, (inherent: SpInherentsInherentData | { data?: any } | string | Uint8Array) => Observable<Vec<Bytes>>>;
    };
    /** 0xc5ef2a0399e7295e/ */
    consentApi: {
      /**
       * May `accessor` do `action` on `patient`'s records of `class` for `purpose` now (for, `record`, if given)? Permit with its basis and expiry, or deny with the reason., `emergency_key`: for an emergency read of `record`, the key its keeper holds (the, record's emergency commitment is its BLAKE2-256).
       **/
      checkAccess: AugmentedCall<ApiType, (patient: u64 | AnyNumber | Uint8Array, accessor: AccountId32 | string | Uint8Array, class_: U8aFixed | string | Uint8Array, action: MedledgerPrimitivesConsentConsentAction | 'Read' | 'Append' | 'Amend' | number | Uint8Array, purpose: U8aFixed | string | Uint8Array, record: Option<U8aFixed> | null | Uint8Array | U8aFixed | string, emergency_key: Option<U8aFixed> | null | Uint8Array | U8aFixed | string) => Observable<MedledgerPrimitivesConsentAccessDecision>>;
      /**
       * `patient`'s consents (revoked and expired ones included until removed), in storage order:, at most `limit` (capped by the runtime) after `start_after`.
       **/
      consents: AugmentedCall<ApiType, (patient: u64 | AnyNumber | Uint8Array, start_after: Option<u64> | null | Uint8Array | u64 | AnyNumber, limit: u32 | AnyNumber | Uint8Array) => Observable<MedledgerPrimitivesRuntimeApiConsentPage>>;
      /**
       * `patient`'s open consent requests, oldest first (expired ones until cleared).
       **/
      openRequests: AugmentedCall<ApiType, (patient: u64 | AnyNumber | Uint8Array) => Observable<Vec<MedledgerPrimitivesRuntimeApiConsentRequestInfo>>>;
    };
    /** 0xdf6acb689907609b/ */
    core: {
      /**
       * Execute the given block.
       **/
      executeBlock: AugmentedCall<ApiType, (block: SpRuntimeBlockLazyBlock | { header?: any; extrinsics?: any } | string | Uint8Array) => Observable<Null>>;
      /**
       * Initialize a block with the given header and return the runtime executive mode.
       **/
      initializeBlock: AugmentedCall<ApiType, (header: SpRuntimeHeader | { parentHash?: any; number?: any; stateRoot?: any; extrinsicsRoot?: any; digest?: any } | string | Uint8Array) => Observable<SpRuntimeExtrinsicInclusionMode>>;
      /**
       * Returns the version of the runtime.
       **/
      version: AugmentedCall<ApiType, () => Observable<SpVersionRuntimeVersion>>;
    };
    /** 0xfbc577b9d747efd6/ */
    genesisBuilder: {
      /**
       * Build `RuntimeGenesisConfig` from a JSON blob not using any defaults and store it in the, storage.,, In the case of a FRAME-based runtime, this function deserializes the full, `RuntimeGenesisConfig` from the given JSON blob and puts it into the storage. If the, provided JSON blob is incorrect or incomplete or the deserialization fails, an error, is returned.,, Please note that provided JSON blob must contain all `RuntimeGenesisConfig` fields, no, defaults will be used.
       **/
      buildState: AugmentedCall<ApiType, (json: Bytes | string | Uint8Array) => Observable<Result<Null, Text>>>;
      /**
       * Returns a JSON blob representation of the built-in `RuntimeGenesisConfig` identified by, `id`.,, If `id` is `None` the function should return JSON blob representation of the default, `RuntimeGenesisConfig` struct of the runtime. Implementation must provide default, `RuntimeGenesisConfig`.,, Otherwise function returns a JSON representation of the built-in, named, `RuntimeGenesisConfig` preset identified by `id`, or `None` if such preset does not, exist. Returned `Vec<u8>` contains bytes of JSON blob (patch) which comprises a list of, (potentially nested) key-value pairs that are intended for customizing the default, runtime genesis config. The patch shall be merged (rfc7386) with the JSON representation, of the default `RuntimeGenesisConfig` to create a comprehensive genesis config that can, be used in `build_state` method.
       **/
      getPreset: AugmentedCall<ApiType, (id: Option<Text> | null | Uint8Array | Text | string) => Observable<Option<Bytes>>>;
      /**
       * Returns a list of identifiers for available builtin `RuntimeGenesisConfig` presets.,, The presets from the list can be queried with [`GenesisBuilder::get_preset`] method. If, no named presets are provided by the runtime the list is empty.
       **/
      presetNames: AugmentedCall<ApiType, () => Observable<Vec<Text>>>;
    };
    /** 0xed99c5acb25eedf5/ */
    grandpaApi: {
      /**
       * Get current GRANDPA authority set id.
       **/
      currentSetId: AugmentedCall<ApiType, () => Observable<u64>>;
      /**
       * Generates a proof of key ownership for the given authority in the, given set. An example usage of this module is coupled with the, session historical module to prove that a given authority key is, tied to a given staking identity during a specific session. Proofs, of key ownership are necessary for submitting equivocation reports., NOTE: even though the API takes a `set_id` as parameter the current, implementations ignore this parameter and instead rely on this, method being called at the correct block height, i.e. any point at, which the given set id is live on-chain. Future implementations will, instead use indexed data through an offchain worker, not requiring, older states to be available.
       **/
      generateKeyOwnershipProof: AugmentedCall<ApiType, (set_id: u64 | AnyNumber | Uint8Array, authority_id: SpConsensusGrandpaAppPublic | string | Uint8Array) => Observable<Option<Bytes>>>;
      /**
       * Get the current GRANDPA authorities and weights. This should not change except, for when changes are scheduled and the corresponding delay has passed.,, When called at block B, it will return the set of authorities that should be, used to finalize descendants of this block (B+1, B+2, ...). The block B itself, is finalized by the authorities from block B-1.
       **/
      grandpaAuthorities: AugmentedCall<ApiType, () => Observable<Vec<ITuple<[SpConsensusGrandpaAppPublic, u64]>>>>;
      /**
       * Submits an unsigned extrinsic to report an equivocation. The caller, must provide the equivocation proof and a key ownership proof, (should be obtained using `generate_key_ownership_proof`). The, extrinsic will be unsigned and should only be accepted for local, authorship (not to be broadcast to the network). This method returns, `None` when creation of the extrinsic fails, e.g. if equivocation, reporting is disabled for the given runtime (i.e. this method is, hardcoded to return `None`). Only useful in an offchain context.
       **/
      submitReportEquivocationUnsignedExtrinsic: AugmentedCall<ApiType, (equivocation_proof: SpConsensusGrandpaEquivocationProof | { setId?: any; equivocation?: any } | string | Uint8Array, key_owner_proof: Bytes | string | Uint8Array) => Observable<Option<Null>>>;
    };
    /** 0xf28e8080b6e2dfd0/ */
    identityApi: {
      /**
       * A patient's current encryption key, to wrap data keys for them.
       **/
      encryptionKey: AugmentedCall<ApiType, (patient: u64 | AnyNumber | Uint8Array) => Observable<Option<MedledgerPrimitivesIdentityEncryptionKey>>>;
      /**
       * An organisation, if admitted and not removed.
       **/
      organisation: AugmentedCall<ApiType, (organisation: u32 | AnyNumber | Uint8Array) => Observable<Option<MedledgerPrimitivesRuntimeApiOrganisationInfo>>>;
      /**
       * A registered patient.
       **/
      patient: AugmentedCall<ApiType, (patient: u64 | AnyNumber | Uint8Array) => Observable<Option<MedledgerPrimitivesRuntimeApiPatientInfo>>>;
      /**
       * What `account` is: patient, practitioner in good standing, organisation admin.
       **/
      standing: AugmentedCall<ApiType, (account: AccountId32 | string | Uint8Array) => Observable<MedledgerPrimitivesRuntimeApiAccountStanding>>;
    };
    /** 0x37e397fc7c91f5e4/ */
    metadata: {
      /**
       * Returns the metadata of a runtime.
       **/
      metadata: AugmentedCall<ApiType, () => Observable<OpaqueMetadata>>;
      /**
       * Returns the metadata at a given version.,, If the given `version` isn't supported, this will return `None`., Use [`Self::metadata_versions`] to find out about supported metadata version of the runtime.
       **/
      metadataAtVersion: AugmentedCall<ApiType, (version: u32 | AnyNumber | Uint8Array) => Observable<Option<OpaqueMetadata>>>;
      /**
       * Returns the supported metadata versions.,, This can be used to call `metadata_at_version`.
       **/
      metadataVersions: AugmentedCall<ApiType, () => Observable<Vec<u32>>>;
    };
    /** 0xf78b278be53f454c/ */
    offchainWorkerApi: {
      /**
       * Starts the off-chain task for given block header.
       **/
      offchainWorker: AugmentedCall<ApiType, (header: SpRuntimeHeader | { parentHash?: any; number?: any; stateRoot?: any; extrinsicsRoot?: any; digest?: any } | string | Uint8Array) => Observable<Null>>;
    };
    /** 0x38436442a5fe9719/ */
    recordApi: {
      /**
       * `patient`'s access log, oldest first, from position `from`: at most `limit` (capped).
       **/
      accessLog: AugmentedCall<ApiType, (patient: u64 | AnyNumber | Uint8Array, from: u64 | AnyNumber | Uint8Array, limit: u32 | AnyNumber | Uint8Array) => Observable<MedledgerPrimitivesRecordAccessLogPage>>;
      /**
       * A record with its current version.
       **/
      record: AugmentedCall<ApiType, (record: U8aFixed | string | Uint8Array) => Observable<Option<MedledgerPrimitivesRecordRecordInfo>>>;
      /**
       * `patient`'s records in storage order: at most `limit` (capped) after `start_after`.
       **/
      records: AugmentedCall<ApiType, (patient: u64 | AnyNumber | Uint8Array, start_after: Option<U8aFixed> | null | Uint8Array | U8aFixed | string, limit: u32 | AnyNumber | Uint8Array) => Observable<MedledgerPrimitivesRecordRecordPage>>;
      /**
       * Whether `content_hash` is the hash of a version of `record`.
       **/
      verify: AugmentedCall<ApiType, (record: U8aFixed | string | Uint8Array, content_hash: U8aFixed | string | Uint8Array) => Observable<MedledgerPrimitivesRecordVerification>>;
      /**
       * Whether `leaf` is leaf `leaf_index` of `custodian`'s access-log root at position, `seq`, by `proof` (sibling hashes from the leaf up).
       **/
      verifyInAccessLogRoot: AugmentedCall<ApiType, (custodian: u32 | AnyNumber | Uint8Array, seq: u64 | AnyNumber | Uint8Array, leaf: MedledgerPrimitivesRecordAccessLogLeaf | { patient?: any; record?: any; accessor?: any; purpose?: any; outcome?: any; at?: any; decidedAt?: any } | string | Uint8Array, proof: Vec<U8aFixed>, leaf_index: u32 | AnyNumber | Uint8Array) => Observable<bool>>;
      /**
       * Whether `content_hash` is leaf `leaf_index` of the Merkle root `merkle_root`, by, `proof` (sibling hashes from the leaf up; leaves are BLAKE2-256 of the content hashes).
       **/
      verifyInMerkleRoot: AugmentedCall<ApiType, (merkle_root: u64 | AnyNumber | Uint8Array, content_hash: U8aFixed | string | Uint8Array, proof: Vec<U8aFixed>, leaf_index: u32 | AnyNumber | Uint8Array) => Observable<bool>>;
    };
    /** 0xccd9de6396c899ca/ */
    runtimeViewFunction: {
      /**
       * Execute a view function query.
       **/
      executeViewFunction: AugmentedCall<ApiType, (query_id: FrameSupportViewFunctionsViewFunctionId | { prefix?: any; suffix?: any } | string | Uint8Array, input: Bytes | string | Uint8Array) => Observable<Result<Bytes, FrameSupportViewFunctionsViewFunctionDispatchError>>>;
    };
    /** 0xab3c0572291feb8b/ */
    sessionKeys: {
      /**
       * Decode the given public session keys.,, Returns the list of public raw public keys + key type.
       **/
      decodeSessionKeys: AugmentedCall<ApiType, (encoded: Bytes | string | Uint8Array) => Observable<Option<Vec<ITuple<[Bytes, SpCoreCryptoKeyTypeId]>>>>>;
      /**
       * Generate a set of session keys with optionally using the given seed., The keys should be stored within the keystore exposed via runtime, externalities.,, The seed needs to be a valid `utf8` string.,, Returns the concatenated SCALE encoded public keys.
       **/
      generateSessionKeys: AugmentedCall<ApiType, (owner: Bytes | string | Uint8Array, seed: Option<Bytes> | null | Uint8Array | Bytes | string) => Observable<SpSessionRuntimeApiOpaqueGeneratedSessionKeys>>;
    };
    /** 0xd2bc9897eed08f15/ */
    taggedTransactionQueue: {
      /**
       * Validate the transaction.,, This method is invoked by the transaction pool to learn details about given transaction., The implementation should make sure to verify the correctness of the transaction, against current state. The given `block_hash` corresponds to the hash of the block, that is used as current state.,, Note that this call may be performed by the pool multiple times and transactions, might be verified in any possible order.
       **/
      validateTransaction: AugmentedCall<ApiType, (source: SpRuntimeTransactionValidityTransactionSource | 'InBlock' | 'Local' | 'External' | number | Uint8Array, tx: Extrinsic | IExtrinsic | string | Uint8Array, block_hash: H256 | string | Uint8Array) => Observable<Result<SpRuntimeTransactionValidityValidTransaction, SpRuntimeTransactionValidityTransactionValidityError>>>;
    };
    /** 0x5bddece1fc8417da/ */
    timelineApi: {
      /**
       * `patient`'s timeline from position `from` (or the oldest kept, if later): at most, `limit` (capped) entries.
       **/
      timeline: AugmentedCall<ApiType, (patient: u64 | AnyNumber | Uint8Array, from: u64 | AnyNumber | Uint8Array, limit: u32 | AnyNumber | Uint8Array) => Observable<MedledgerPrimitivesTimelineTimelinePage>>;
    };
    /** 0x37c8bb1350a9a2a8/ */
    transactionPaymentApi: {
      /**
       * 
       **/
      queryFeeDetails: AugmentedCall<ApiType, (uxt: Extrinsic | IExtrinsic | string | Uint8Array, len: u32 | AnyNumber | Uint8Array) => Observable<PalletTransactionPaymentFeeDetails>>;
      /**
       * 
       **/
      queryInfo: AugmentedCall<ApiType, (uxt: Extrinsic | IExtrinsic | string | Uint8Array, len: u32 | AnyNumber | Uint8Array) => Observable<PalletTransactionPaymentRuntimeDispatchInfo>>;
      /**
       * 
       **/
      queryLengthToFee: AugmentedCall<ApiType, (length: u32 | AnyNumber | Uint8Array) => Observable<u128>>;
      /**
       * 
       **/
      queryWeightToFee: AugmentedCall<ApiType, (weight: SpWeightsWeightV2Weight | { refTime?: any; proofSize?: any } | string | Uint8Array) => Observable<u128>>;
    };
    /** 0xf3ff14d5ab527059/ */
    transactionPaymentCallApi: {
      /**
       * Query fee details of a given encoded `Call`.
       **/
      queryCallFeeDetails: AugmentedCall<ApiType, (call: Call | IMethod | string | Uint8Array, len: u32 | AnyNumber | Uint8Array) => Observable<PalletTransactionPaymentFeeDetails>>;
      /**
       * Query information of a dispatch class, weight, and fee of a given encoded `Call`.
       **/
      queryCallInfo: AugmentedCall<ApiType, (call: Call | IMethod | string | Uint8Array, len: u32 | AnyNumber | Uint8Array) => Observable<PalletTransactionPaymentRuntimeDispatchInfo>>;
      /**
       * Query the output of the current `LengthToFee` given some input.
       **/
      queryLengthToFee: AugmentedCall<ApiType, (length: u32 | AnyNumber | Uint8Array) => Observable<u128>>;
      /**
       * Query the output of the current `WeightToFee` given some input.
       **/
      queryWeightToFee: AugmentedCall<ApiType, (weight: SpWeightsWeightV2Weight | { refTime?: any; proofSize?: any } | string | Uint8Array) => Observable<u128>>;
    };
  } // AugmentedCalls
} // declare module
