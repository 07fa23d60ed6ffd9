// Auto-generated via `yarn polkadot-types-from-chain`, do not edit
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/api-base/types/storage';

import type { ApiTypes, AugmentedQuery, QueryableStorageEntry } from '@polkadot/api-base/types';
import type { Bytes, Null, Option, U8aFixed, Vec, bool, u128, u32, u64, u8 } from '@polkadot/types-codec';
import type { AnyNumber, ITuple } from '@polkadot/types-codec/types';
import type { AccountId32, Call, H256, Perbill } from '@polkadot/types/interfaces/runtime';
import type { FrameSupportDispatchPerDispatchClassWeight, FrameSupportTokensFungibleImbalance, FrameSupportTokensMiscIdAmountRuntimeFreezeReason, FrameSupportTokensMiscIdAmountRuntimeHoldReason, FrameSystemAccountInfo, FrameSystemCodeUpgradeAuthorization, FrameSystemEventRecord, FrameSystemLastRuntimeUpgradeInfo, FrameSystemPhase, MedledgerPrimitivesConsentGrantee, MedledgerPrimitivesIdentityPractitionerRole, MedledgerPrimitivesTimelineTimelineEntry, MedledgerRuntimeOpaqueSessionKeys, PalletBalancesAccountData, PalletBalancesBalanceLock, PalletBalancesReserveData, PalletCollectiveVotes, PalletConsentRegistryConsent, PalletConsentRegistryConsentRequest, PalletConsentRegistryEmergencyAccess, PalletConsentRegistryEmergencySession, PalletConsentRegistryEmergencyTally, PalletConsentRegistryEmergencyUsage, PalletConsortiumScheduledUpgrade, PalletGrandpaStoredPendingChange, PalletGrandpaStoredState, PalletMigrationsMigrationCursor, PalletMultisigMultisig, PalletPatientIdentityActiveRecovery, PalletPatientIdentityOrganisation, PalletPatientIdentityPatient, PalletPatientIdentityPractitioner, PalletPatientIdentityRecoveryConfig, PalletPatientIdentityRepresentative, PalletProxyAnnouncement, PalletProxyProxyDefinition, PalletRecordAnchorAccessLogRoot, PalletRecordAnchorAnchoredMerkleRoot, PalletRecordAnchorLogBounds, PalletRecordAnchorLogEntry, PalletRecordAnchorRecord, PalletRecordAnchorVersion, PalletSponsorshipSponsor, PalletSponsorshipSponsorship, PalletTransactionPaymentReleases, SpConsensusAuraSr25519AppSr25519Public, SpConsensusGrandpaAppPublic, SpCoreCryptoKeyTypeId, SpRuntimeDigest, SpWeightsWeightV2Weight } from '@polkadot/types/lookup';
import type { Observable } from '@polkadot/types/types';

export type __AugmentedQuery<ApiType extends ApiTypes> = AugmentedQuery<ApiType, () => unknown>;
export type __QueryableStorageEntry<ApiType extends ApiTypes> = QueryableStorageEntry<ApiType>;

declare module '@polkadot/api-base/types/storage' {
  interface AugmentedQueries<ApiType extends ApiTypes> {
    aura: {
      /**
       * The current authority set.
       **/
      authorities: AugmentedQuery<ApiType, () => Observable<Vec<SpConsensusAuraSr25519AppSr25519Public>>, []>;
      /**
       * The current slot of this block.
       * 
       * This will be set in `on_initialize`.
       **/
      currentSlot: AugmentedQuery<ApiType, () => Observable<u64>, []>;
    };
    balances: {
      /**
       * The Balances pallet example of storing the balance of an account.
       * 
       * # Example
       * 
       * ```nocompile
       * impl pallet_balances::Config for Runtime {
       * type AccountStore = StorageMapShim<Self::Account<Runtime>, frame_system::Provider<Runtime>, AccountId, Self::AccountData<Balance>>
       * }
       * ```
       * 
       * You can also store the balance of an account in the `System` pallet.
       * 
       * # Example
       * 
       * ```nocompile
       * impl pallet_balances::Config for Runtime {
       * type AccountStore = System
       * }
       * ```
       * 
       * But this comes with tradeoffs, storing account balances in the system pallet stores
       * `frame_system` data alongside the account data contrary to storing account balances in the
       * `Balances` pallet, which uses a `StorageMap` to store balances data only.
       * NOTE: This is only used in the case that this pallet is used to store balances.
       **/
      account: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<PalletBalancesAccountData>, [AccountId32]>;
      /**
       * Freeze locks on account balances.
       **/
      freezes: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Vec<FrameSupportTokensMiscIdAmountRuntimeFreezeReason>>, [AccountId32]>;
      /**
       * Holds on account balances.
       **/
      holds: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Vec<FrameSupportTokensMiscIdAmountRuntimeHoldReason>>, [AccountId32]>;
      /**
       * The total units of outstanding deactivated balance in the system.
       * 
       * This is not guaranteed to be less than or equal to [`TotalIssuance`]. Total issuance may be
       * reduced independently of this value, including while a reversible imbalance is outstanding.
       * Active issuance is therefore derived using saturating subtraction.
       **/
      inactiveIssuance: AugmentedQuery<ApiType, () => Observable<u128>, []>;
      /**
       * Any liquidity locks on some account balances.
       * NOTE: Should only be accessed when setting, changing and freeing a lock.
       * 
       * Use of locks is deprecated in favour of freezes. See `https://github.com/paritytech/substrate/pull/12951/`
       **/
      locks: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Vec<PalletBalancesBalanceLock>>, [AccountId32]>;
      /**
       * Named reserves on some account balances.
       * 
       * Use of reserves is deprecated in favour of holds. See `https://github.com/paritytech/substrate/pull/12951/`
       **/
      reserves: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Vec<PalletBalancesReserveData>>, [AccountId32]>;
      /**
       * The total units issued in the system.
       **/
      totalIssuance: AugmentedQuery<ApiType, () => Observable<u128>, []>;
    };
    consentRegistry: {
      /**
       * How many consents a patient has stored.
       **/
      consentCount: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<u32>, [u64]>;
      /**
       * Open consent requests by patient and id (at most [`Config::MaxOpenRequests`] a patient).
       * `Twox64Concat`: both ids are assigned by the chain.
       **/
      consentRequests: AugmentedQuery<ApiType, (arg1: u64 | AnyNumber | Uint8Array, arg2: u64 | AnyNumber | Uint8Array) => Observable<Option<PalletConsentRegistryConsentRequest>>, [u64, u64]>;
      /**
       * Consents by (patient, id), revoked and expired ones included until removed. Decisions
       * read these. `Blake2_128Concat` over the pair, not a prefix per patient: a patient's
       * consents spread over the trie, so reading one costs the same however many consents the
       * patient has.
       **/
      consents: AugmentedQuery<ApiType, (arg: ITuple<[u64, u64]> | [u64 | AnyNumber | Uint8Array, u64 | AnyNumber | Uint8Array]) => Observable<Option<PalletConsentRegistryConsent>>, [ITuple<[u64, u64]>]>;
      /**
       * A practitioner's latest emergency access to a patient: what decisions read, and when the
       * practitioner may open the next session. `Blake2_128Concat` on the account: user-chosen.
       **/
      emergencyAccesses: AugmentedQuery<ApiType, (arg1: u64 | AnyNumber | Uint8Array, arg2: AccountId32 | string | Uint8Array) => Observable<Option<PalletConsentRegistryEmergencyAccess>>, [u64, AccountId32]>;
      /**
       * How many emergency sessions have been opened for each patient, for the patient to read.
       **/
      emergencyOpenings: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<u32>, [u64]>;
      /**
       * Emergency sessions by id, open and closed, until the practitioner's organisation has
       * reviewed them. `Twox64Concat`: ids are assigned by the chain.
       **/
      emergencySessions: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<Option<PalletConsentRegistryEmergencySession>>, [u64]>;
      /**
       * Each practitioner's use of emergency access (open sessions, openings per day and in all).
       * `Blake2_128Concat` on the account: user-chosen.
       **/
      emergencyUsages: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<PalletConsentRegistryEmergencyUsage>, [AccountId32]>;
      /**
       * The consents not yet revoked of a patient for a grantee, each with its id and a copy of
       * its entry in [`Consents`]: all a decision reads of them, one storage item per grantee.
       * `Blake2_128Concat` over the pair: it may contain a user-chosen account, and, as for
       * [`Consents`], a patient's entries do not share a prefix, so their number does not make
       * a decision's reads deeper.
       **/
      granteeConsents: AugmentedQuery<ApiType, (arg: ITuple<[u64, MedledgerPrimitivesConsentGrantee]> | [u64 | AnyNumber | Uint8Array, MedledgerPrimitivesConsentGrantee | { Organisation: any } | { Practitioner: any } | { Individual: any } | string | Uint8Array]) => Observable<Vec<ITuple<[u64, PalletConsentRegistryConsent]>>>, [ITuple<[u64, MedledgerPrimitivesConsentGrantee]>]>;
      /**
       * The id the next consent gets.
       **/
      nextConsentId: AugmentedQuery<ApiType, () => Observable<u64>, []>;
      /**
       * The id the next consent request gets.
       **/
      nextConsentRequestId: AugmentedQuery<ApiType, () => Observable<u64>, []>;
      /**
       * The id the next emergency session gets.
       **/
      nextEmergencySessionId: AugmentedQuery<ApiType, () => Observable<u64>, []>;
      /**
       * How many open requests each patient has.
       **/
      openRequestCount: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<u32>, [u64]>;
      /**
       * Each organisation's emergency sessions: opened, and not yet reviewed.
       **/
      organisationEmergencies: AugmentedQuery<ApiType, (arg: u32 | AnyNumber | Uint8Array) => Observable<PalletConsentRegistryEmergencyTally>, [u32]>;
      /**
       * The ids of each patient's stored consents, for listing them (`ConsentApi::consents`).
       * `Twox64Concat`: both ids are assigned by the chain, not chosen by users.
       **/
      patientConsents: AugmentedQuery<ApiType, (arg1: u64 | AnyNumber | Uint8Array, arg2: u64 | AnyNumber | Uint8Array) => Observable<Option<Null>>, [u64, u64]>;
      /**
       * A requester's open request to a patient: one at a time. `Blake2_128Concat` over the pair:
       * it contains a user-chosen account.
       **/
      requesterRequests: AugmentedQuery<ApiType, (arg: ITuple<[u64, AccountId32]> | [u64 | AnyNumber | Uint8Array, AccountId32 | string | Uint8Array]) => Observable<Option<u64>>, [ITuple<[u64, AccountId32]>]>;
    };
    consortium: {
      /**
       * The upgrade authorised and not yet enacted, if any.
       **/
      pendingUpgrade: AugmentedQuery<ApiType, () => Observable<Option<PalletConsortiumScheduledUpgrade>>, []>;
      /**
       * Blocks between an upgrade's authorisation and its enactment: the time the council has to
       * cancel it. Set at genesis; `Config::DefaultUpgradeDelay` on a chain whose genesis did not.
       **/
      upgradeDelay: AugmentedQuery<ApiType, () => Observable<u32>, []>;
      /**
       * The validator set the next session change installs.
       **/
      validators: AugmentedQuery<ApiType, () => Observable<Vec<AccountId32>>, []>;
      /**
       * Whether `Validators` changed since the last session change.
       **/
      validatorsChanged: AugmentedQuery<ApiType, () => Observable<bool>, []>;
    };
    council: {
      /**
       * Consideration cost created for publishing and storing a proposal.
       * 
       * Determined by [Config::Consideration] and may be not present for certain proposals (e.g. if
       * the proposal count at the time of creation was below threshold N).
       **/
      costOf: AugmentedQuery<ApiType, (arg: H256 | string | Uint8Array) => Observable<Option<ITuple<[AccountId32, Null]>>>, [H256]>;
      /**
       * The current members of the collective. This is stored sorted (just by value).
       **/
      members: AugmentedQuery<ApiType, () => Observable<Vec<AccountId32>>, []>;
      /**
       * The prime member that helps determine the default vote behavior in case of abstentions.
       **/
      prime: AugmentedQuery<ApiType, () => Observable<Option<AccountId32>>, []>;
      /**
       * Proposals so far.
       **/
      proposalCount: AugmentedQuery<ApiType, () => Observable<u32>, []>;
      /**
       * Actual proposal for a given hash, if it's current.
       **/
      proposalOf: AugmentedQuery<ApiType, (arg: H256 | string | Uint8Array) => Observable<Option<Call>>, [H256]>;
      /**
       * The hashes of the active proposals.
       **/
      proposals: AugmentedQuery<ApiType, () => Observable<Vec<H256>>, []>;
      /**
       * Votes on a given proposal, if it is ongoing.
       **/
      voting: AugmentedQuery<ApiType, (arg: H256 | string | Uint8Array) => Observable<Option<PalletCollectiveVotes>>, [H256]>;
    };
    councilMembership: {
      /**
       * The current membership, stored as an ordered Vec.
       **/
      members: AugmentedQuery<ApiType, () => Observable<Vec<AccountId32>>, []>;
      /**
       * The current prime member, if one exists.
       **/
      prime: AugmentedQuery<ApiType, () => Observable<Option<AccountId32>>, []>;
    };
    grandpa: {
      /**
       * The current list of authorities.
       **/
      authorities: AugmentedQuery<ApiType, () => Observable<Vec<ITuple<[SpConsensusGrandpaAppPublic, u64]>>>, []>;
      /**
       * The number of changes (both in terms of keys and underlying economic responsibilities)
       * in the "set" of Grandpa validators from genesis.
       **/
      currentSetId: AugmentedQuery<ApiType, () => Observable<u64>, []>;
      /**
       * next block number where we can force a change.
       **/
      nextForced: AugmentedQuery<ApiType, () => Observable<Option<u32>>, []>;
      /**
       * Pending change: (signaled at, scheduled change).
       **/
      pendingChange: AugmentedQuery<ApiType, () => Observable<Option<PalletGrandpaStoredPendingChange>>, []>;
      /**
       * A mapping from grandpa set ID to the index of the *most recent* session for which its
       * members were responsible.
       * 
       * This is only used for validating equivocation proofs. An equivocation proof must
       * contains a key-ownership proof for a given session, therefore we need a way to tie
       * together sessions and GRANDPA set ids, i.e. we need to validate that a validator
       * was the owner of a given key on a given session, and what the active set ID was
       * during that session.
       * 
       * TWOX-NOTE: `SetId` is not under user control.
       **/
      setIdSession: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<Option<u32>>, [u64]>;
      /**
       * `true` if we are currently stalled.
       **/
      stalled: AugmentedQuery<ApiType, () => Observable<Option<ITuple<[u32, u32]>>>, []>;
      /**
       * State of the current authority set.
       **/
      state: AugmentedQuery<ApiType, () => Observable<PalletGrandpaStoredState>, []>;
    };
    multiBlockMigrations: {
      /**
       * The currently active migration to run and its cursor.
       * 
       * `None` indicates that no migration is running.
       **/
      cursor: AugmentedQuery<ApiType, () => Observable<Option<PalletMigrationsMigrationCursor>>, []>;
      /**
       * Set of all successfully executed migrations.
       * 
       * This is used as blacklist, to not re-execute migrations that have not been removed from the
       * codebase yet. Governance can regularly clear this out via `clear_historic`.
       **/
      historic: AugmentedQuery<ApiType, (arg: Bytes | string | Uint8Array) => Observable<Option<Null>>, [Bytes]>;
    };
    multisig: {
      /**
       * The set of open multisig operations.
       **/
      multisigs: AugmentedQuery<ApiType, (arg1: AccountId32 | string | Uint8Array, arg2: U8aFixed | string | Uint8Array) => Observable<Option<PalletMultisigMultisig>>, [AccountId32, U8aFixed]>;
    };
    patientIdentity: {
      /**
       * Recoveries in progress, at most one per patient.
       **/
      activeRecoveries: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<Option<PalletPatientIdentityActiveRecovery>>, [u64]>;
      /**
       * The id the next admitted organisation gets.
       **/
      nextOrganisationId: AugmentedQuery<ApiType, () => Observable<u32>, []>;
      /**
       * The id the next registered patient gets.
       **/
      nextPatientId: AugmentedQuery<ApiType, () => Observable<u64>, []>;
      /**
       * The organisation each admin account administers. `Blake2_128Concat`: accounts are
       * user-chosen.
       **/
      organisationOfAdmin: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Option<u32>>, [AccountId32]>;
      /**
       * Admitted organisations. `Twox64Concat`: ids are assigned by the chain, not chosen by users.
       **/
      organisations: AugmentedQuery<ApiType, (arg: u32 | AnyNumber | Uint8Array) => Observable<Option<PalletPatientIdentityOrganisation>>, [u32]>;
      /**
       * The patient identity an account holds.
       **/
      patientByAccount: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Option<u64>>, [AccountId32]>;
      /**
       * Where a patient's deposit is held from when that is not the patient's account: the
       * sponsor that paid for the registration. It stays there through a recovery and goes back
       * to it on deactivation. `Twox64Concat`: ids are assigned by the chain.
       **/
      patientDepositors: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<Option<AccountId32>>, [u64]>;
      /**
       * Registered patients. `Twox64Concat`: ids are assigned by the chain.
       **/
      patients: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<Option<PalletPatientIdentityPatient>>, [u64]>;
      /**
       * Deactivations a representative asked for: the representative and the first block at
       * which it may deactivate the patient.
       **/
      pendingDeactivations: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<Option<ITuple<[AccountId32, u32]>>>, [u64]>;
      /**
       * Invitations to practise at an organisation, waiting for the practitioner's answer: the role
       * offered. `Blake2_128Concat` for the account (user-chosen), `Twox64Concat` for the id.
       **/
      practitionerInvitations: AugmentedQuery<ApiType, (arg1: AccountId32 | string | Uint8Array, arg2: u32 | AnyNumber | Uint8Array) => Observable<Option<MedledgerPrimitivesIdentityPractitionerRole>>, [AccountId32, u32]>;
      /**
       * Practitioner registrations by account. An entry whose organisation was removed has no
       * standing and may be replaced by a new registration.
       **/
      practitioners: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Option<PalletPatientIdentityPractitioner>>, [AccountId32]>;
      /**
       * How each patient's identity can be recovered, if the patient set it up.
       **/
      recoveryConfigs: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<Option<PalletPatientIdentityRecoveryConfig>>, [u64]>;
      /**
       * Each patient's representatives. `Twox64Concat` for the chain-assigned patient id, so that
       * a patient's representatives share a prefix and go with the patient; `Blake2_128Concat`
       * for the user-chosen account.
       **/
      representatives: AugmentedQuery<ApiType, (arg1: u64 | AnyNumber | Uint8Array, arg2: AccountId32 | string | Uint8Array) => Observable<Option<PalletPatientIdentityRepresentative>>, [u64, AccountId32]>;
    };
    proxy: {
      /**
       * The announcements made by the proxy (key).
       **/
      announcements: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<ITuple<[Vec<PalletProxyAnnouncement>, u128]>>, [AccountId32]>;
      /**
       * The set of account proxies. Maps the account which has delegated to the accounts
       * which are being delegated to, together with the amount held on deposit.
       **/
      proxies: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<ITuple<[Vec<PalletProxyProxyDefinition>, u128]>>, [AccountId32]>;
    };
    recordAnchor: {
      /**
       * Each patient's access log, by position.
       **/
      accessLog: AugmentedQuery<ApiType, (arg1: u64 | AnyNumber | Uint8Array, arg2: u64 | AnyNumber | Uint8Array) => Observable<Option<PalletRecordAnchorLogEntry>>, [u64, u64]>;
      /**
       * Which positions of each patient's access log are stored.
       **/
      accessLogBounds: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<PalletRecordAnchorLogBounds>, [u64]>;
      /**
       * Which positions of each custodian's access-log roots are stored.
       **/
      accessLogRootBounds: AugmentedQuery<ApiType, (arg: u32 | AnyNumber | Uint8Array) => Observable<PalletRecordAnchorLogBounds>, [u32]>;
      /**
       * Each custodian's access-log roots, by position: the reads and refusals its record gateway
       * decided and answered off chain, a Merkle root per batch (docs/gateway.md).
       * `Twox64Concat`: organisation ids and positions are set by the chain.
       **/
      accessLogRoots: AugmentedQuery<ApiType, (arg1: u32 | AnyNumber | Uint8Array, arg2: u64 | AnyNumber | Uint8Array) => Observable<Option<PalletRecordAnchorAccessLogRoot>>, [u32, u64]>;
      /**
       * Merkle roots.
       **/
      merkleRoots: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<Option<PalletRecordAnchorAnchoredMerkleRoot>>, [u64]>;
      /**
       * The id the next Merkle root gets.
       **/
      nextMerkleRootId: AugmentedQuery<ApiType, () => Observable<u64>, []>;
      /**
       * Patients who deactivated and whose records' locations are still being erased, with the
       * raw storage key of the last record erased (empty: none yet). `on_idle` works through them
       * in bounded steps.
       **/
      pendingErasures: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<Option<Bytes>>, [u64]>;
      /**
       * Deposits an account has prepaid for its future records, versions, Merkle roots and log
       * entries (held with [`HoldReason::StorageDeposit`], not yet taken). `Blake2_128Concat`:
       * accounts are user-chosen.
       **/
      prepaid: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<u128>, [AccountId32]>;
      /**
       * Records with their current version, by patient and the rest of the record id, so that
       * anchoring writes one entry and a patient's records list by prefix. `Twox64Concat`:
       * patient ids are set by the chain; `Identity`: the key is already part of a BLAKE2-256
       * hash.
       **/
      records: AugmentedQuery<ApiType, (arg1: u64 | AnyNumber | Uint8Array, arg2: U8aFixed | string | Uint8Array) => Observable<Option<PalletRecordAnchorRecord>>, [u64, U8aFixed]>;
      /**
       * The superseded versions of each record, `1..current_version`. `Identity`: record ids
       * are hashes; `Twox64Concat`: version numbers are set by the chain.
       **/
      versions: AugmentedQuery<ApiType, (arg1: U8aFixed | string | Uint8Array, arg2: u32 | AnyNumber | Uint8Array) => Observable<Option<PalletRecordAnchorVersion>>, [U8aFixed, u32]>;
    };
    session: {
      /**
       * Current index of the session.
       **/
      currentIndex: AugmentedQuery<ApiType, () => Observable<u32>, []>;
      /**
       * Indices of disabled validators.
       * 
       * The vec is always kept sorted so that we can find whether a given validator is
       * disabled using binary search. It gets cleared when `on_session_ending` returns
       * a new set of identities.
       **/
      disabledValidators: AugmentedQuery<ApiType, () => Observable<Vec<ITuple<[u32, Perbill]>>>, []>;
      /**
       * Accounts whose keys were set via `SessionInterface` (external path) without
       * incrementing the consumer reference or placing a key deposit. `do_purge_keys`
       * only decrements consumers for accounts that were registered through the local
       * session pallet.
       **/
      externallySetKeys: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Option<Null>>, [AccountId32]>;
      /**
       * The owner of a key. The key is the `KeyTypeId` + the encoded key.
       **/
      keyOwner: AugmentedQuery<ApiType, (arg: ITuple<[SpCoreCryptoKeyTypeId, Bytes]> | [SpCoreCryptoKeyTypeId | string | Uint8Array, Bytes | string | Uint8Array]) => Observable<Option<AccountId32>>, [ITuple<[SpCoreCryptoKeyTypeId, Bytes]>]>;
      /**
       * The next session keys for a validator.
       **/
      nextKeys: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Option<MedledgerRuntimeOpaqueSessionKeys>>, [AccountId32]>;
      /**
       * True if the underlying economic identities or weighting behind the validators
       * has changed in the queued validator set.
       **/
      queuedChanged: AugmentedQuery<ApiType, () => Observable<bool>, []>;
      /**
       * The queued keys for the next session. When the next session begins, these keys
       * will be used to determine the validator's session keys.
       **/
      queuedKeys: AugmentedQuery<ApiType, () => Observable<Vec<ITuple<[AccountId32, MedledgerRuntimeOpaqueSessionKeys]>>>, []>;
      /**
       * The current set of validators.
       **/
      validators: AugmentedQuery<ApiType, () => Observable<Vec<AccountId32>>, []>;
    };
    sponsorship: {
      /**
       * The patient and the relayer paying for it while a sponsored call runs; empty between
       * transactions.
       **/
      sponsoredDispatch: AugmentedQuery<ApiType, () => Observable<Option<ITuple<[AccountId32, AccountId32]>>>, []>;
      /**
       * Each sponsoring organisation's relayer and budget. Bounded by the organisations the
       * council admitted. `Twox64Concat`: ids are assigned by the chain.
       **/
      sponsors: AugmentedQuery<ApiType, (arg: u32 | AnyNumber | Uint8Array) => Observable<Option<PalletSponsorshipSponsor>>, [u32]>;
      /**
       * Sponsored patient accounts. `Blake2_128Concat`: accounts are chosen by their holders.
       **/
      sponsorships: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Option<PalletSponsorshipSponsorship>>, [AccountId32]>;
    };
    sudo: {
      /**
       * The `AccountId` of the sudo key.
       **/
      key: AugmentedQuery<ApiType, () => Observable<Option<AccountId32>>, []>;
    };
    system: {
      /**
       * The full account information for a particular account ID.
       **/
      account: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<FrameSystemAccountInfo>, [AccountId32]>;
      /**
       * `Some` if a code upgrade has been authorized.
       **/
      authorizedUpgrade: AugmentedQuery<ApiType, () => Observable<Option<FrameSystemCodeUpgradeAuthorization>>, []>;
      /**
       * Map of block numbers to block hashes.
       **/
      blockHash: AugmentedQuery<ApiType, (arg: u32 | AnyNumber | Uint8Array) => Observable<H256>, [u32]>;
      /**
       * Total size (in bytes) of the current block.
       * 
       * Tracks the size of the header and all extrinsics.
       **/
      blockSize: AugmentedQuery<ApiType, () => Observable<Option<u32>>, []>;
      /**
       * Number of blocks till the pending code upgrade is applied.
       **/
      blocksTillUpgrade: AugmentedQuery<ApiType, () => Observable<Option<u8>>, []>;
      /**
       * The current weight for the block.
       **/
      blockWeight: AugmentedQuery<ApiType, () => Observable<FrameSupportDispatchPerDispatchClassWeight>, []>;
      /**
       * Digest of the current block, also part of the block header.
       **/
      digest: AugmentedQuery<ApiType, () => Observable<SpRuntimeDigest>, []>;
      /**
       * The number of events in the `Events<T>` list.
       **/
      eventCount: AugmentedQuery<ApiType, () => Observable<u32>, []>;
      /**
       * Events deposited for the current block.
       * 
       * NOTE: The item is unbound and should therefore never be read on chain.
       * It could otherwise inflate the PoV size of a block.
       * 
       * Events have a large in-memory size. Box the events to not go out-of-memory
       * just in case someone still reads them from within the runtime.
       **/
      events: AugmentedQuery<ApiType, () => Observable<Vec<FrameSystemEventRecord>>, []>;
      /**
       * Mapping between a topic (represented by T::Hash) and a vector of indexes
       * of events in the `<Events<T>>` list.
       * 
       * All topic vectors have deterministic storage locations depending on the topic. This
       * allows light-clients to leverage the changes trie storage tracking mechanism and
       * in case of changes fetch the list of events of interest.
       * 
       * The value has the type `(BlockNumberFor<T>, EventIndex)` because if we used only just
       * the `EventIndex` then in case if the topic has the same contents on the next block
       * no notification will be triggered thus the event might be lost.
       **/
      eventTopics: AugmentedQuery<ApiType, (arg: H256 | string | Uint8Array) => Observable<Vec<ITuple<[u32, u32]>>>, [H256]>;
      /**
       * The execution phase of the block.
       **/
      executionPhase: AugmentedQuery<ApiType, () => Observable<Option<FrameSystemPhase>>, []>;
      /**
       * Total extrinsics count for the current block.
       **/
      extrinsicCount: AugmentedQuery<ApiType, () => Observable<Option<u32>>, []>;
      /**
       * Extrinsics data for the current block (maps an extrinsic's index to its data).
       **/
      extrinsicData: AugmentedQuery<ApiType, (arg: u32 | AnyNumber | Uint8Array) => Observable<Bytes>, [u32]>;
      /**
       * The weight reclaimed for the extrinsic.
       * 
       * This information is available until the end of the extrinsic execution.
       * More precisely this information is removed in `note_applied_extrinsic`.
       * 
       * Logic doing some post dispatch weight reduction must update this storage to avoid duplicate
       * reduction.
       **/
      extrinsicWeightReclaimed: AugmentedQuery<ApiType, () => Observable<SpWeightsWeightV2Weight>, []>;
      /**
       * Whether all inherents have been applied.
       **/
      inherentsApplied: AugmentedQuery<ApiType, () => Observable<bool>, []>;
      /**
       * Stores the `spec_version` and `spec_name` of when the last runtime upgrade happened.
       **/
      lastRuntimeUpgrade: AugmentedQuery<ApiType, () => Observable<Option<FrameSystemLastRuntimeUpgradeInfo>>, []>;
      /**
       * The current block number being processed. Set by `execute_block`.
       **/
      number: AugmentedQuery<ApiType, () => Observable<u32>, []>;
      /**
       * Hash of the previous block.
       **/
      parentHash: AugmentedQuery<ApiType, () => Observable<H256>, []>;
      /**
       * True if we have upgraded so that AccountInfo contains three types of `RefCount`. False
       * (default) if not.
       **/
      upgradedToTripleRefCount: AugmentedQuery<ApiType, () => Observable<bool>, []>;
      /**
       * True if we have upgraded so that `type RefCount` is `u32`. False (default) if not.
       **/
      upgradedToU32RefCount: AugmentedQuery<ApiType, () => Observable<bool>, []>;
    };
    timeline: {
      /**
       * How many entries each patient's timeline has had, kept or not: the position of the next.
       * `Twox64Concat`: patient ids are set by the chain.
       **/
      timelineLengths: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<u64>, [u64]>;
      /**
       * Each patient's timeline pages, by page number (an entry's position divided by
       * [`Config::EntriesPerPage`]). `Twox64Concat`: patient ids and page numbers are set by the
       * chain.
       **/
      timelinePages: AugmentedQuery<ApiType, (arg1: u64 | AnyNumber | Uint8Array, arg2: u64 | AnyNumber | Uint8Array) => Observable<Vec<MedledgerPrimitivesTimelineTimelineEntry>>, [u64, u64]>;
    };
    timestamp: {
      /**
       * Whether the timestamp has been updated in this block.
       * 
       * This value is updated to `true` upon successful submission of a timestamp by a node.
       * It is then checked at the end of each block execution in the `on_finalize` hook.
       **/
      didUpdate: AugmentedQuery<ApiType, () => Observable<bool>, []>;
      /**
       * The current time for the current block.
       **/
      now: AugmentedQuery<ApiType, () => Observable<u64>, []>;
    };
    transactionPayment: {
      nextFeeMultiplier: AugmentedQuery<ApiType, () => Observable<u128>, []>;
      storageVersion: AugmentedQuery<ApiType, () => Observable<PalletTransactionPaymentReleases>, []>;
      /**
       * The `OnChargeTransaction` stores the withdrawn tx fee here.
       * 
       * Use `withdraw_txfee` and `remaining_txfee` to access from outside the crate.
       **/
      txPaymentCredit: AugmentedQuery<ApiType, () => Observable<Option<FrameSupportTokensFungibleImbalance>>, []>;
    };
  } // AugmentedQueries
} // declare module
