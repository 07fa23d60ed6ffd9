// Auto-generated via `yarn polkadot-types-from-chain`, do not edit
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/api-base/types/consts';

import type { ApiTypes, AugmentedConst } from '@polkadot/api-base/types';
import type { u128, u16, u32, u64, u8 } from '@polkadot/types-codec';
import type { FrameSystemLimitsBlockLength, FrameSystemLimitsBlockWeights, SpVersionRuntimeVersion, SpWeightsRuntimeDbWeight, SpWeightsWeightV2Weight } from '@polkadot/types/lookup';

export type __AugmentedConst<ApiType extends ApiTypes> = AugmentedConst<ApiType>;

declare module '@polkadot/api-base/types/consts' {
  interface AugmentedConsts<ApiType extends ApiTypes> {
    aura: {
      /**
       * The slot duration Aura should run with, expressed in milliseconds.
       * 
       * The effective value of this type can be changed with a runtime upgrade.
       * 
       * For backwards compatibility either use [`MinimumPeriodTimesTwo`] or a const.
       **/
      slotDuration: u64 & AugmentedConst<ApiType>;
    };
    balances: {
      /**
       * The minimum amount required to keep an account open. MUST BE GREATER THAN ZERO!
       * 
       * If you *really* need it to be zero, you can enable the feature `insecure_zero_ed` for
       * this pallet. However, you do so at your own risk: this will open up a major DoS vector.
       * In case you have multiple sources of provider references, you may also get unexpected
       * behaviour if you set this to zero.
       * 
       * Bottom line: Do yourself a favour and make it at least one!
       **/
      existentialDeposit: u128 & AugmentedConst<ApiType>;
      /**
       * The maximum number of individual freeze locks that can exist on an account at any time.
       **/
      maxFreezes: u32 & AugmentedConst<ApiType>;
      /**
       * The maximum number of locks that should exist on an account.
       * Not strictly enforced, but used for weight estimation.
       * 
       * Use of locks is deprecated in favour of freezes. See `https://github.com/paritytech/substrate/pull/12951/`
       **/
      maxLocks: u32 & AugmentedConst<ApiType>;
      /**
       * The maximum number of named reserves that can exist on an account.
       * 
       * Use of reserves is deprecated in favour of holds. See `https://github.com/paritytech/substrate/pull/12951/`
       **/
      maxReserves: u32 & AugmentedConst<ApiType>;
    };
    consentRegistry: {
      /**
       * Held from the granting account for each consent, until it is removed.
       **/
      consentDeposit: u128 & AugmentedConst<ApiType>;
      /**
       * After the patient, a representative or an organisation admin closes a session, how long
       * (in milliseconds) before the practitioner may open another for that patient.
       **/
      emergencyCooldown: u64 & AugmentedConst<ApiType>;
      /**
       * Held from a practitioner for each emergency session, until its organisation has
       * reviewed it.
       **/
      emergencyDeposit: u128 & AugmentedConst<ApiType>;
      /**
       * How long an emergency session lasts, in milliseconds.
       **/
      emergencyDuration: u64 & AugmentedConst<ApiType>;
      /**
       * Most consents not yet revoked per (patient, grantee): bounds the cost of a decision.
       **/
      maxConsentsPerGrantee: u32 & AugmentedConst<ApiType>;
      /**
       * Most consents (of any state) a patient may have stored.
       **/
      maxConsentsPerPatient: u32 & AugmentedConst<ApiType>;
      /**
       * Most sessions a practitioner may open in one day (UTC).
       **/
      maxEmergencyOpeningsPerDay: u32 & AugmentedConst<ApiType>;
      /**
       * Most sessions a practitioner may hold open (opened and not yet closed).
       **/
      maxOpenEmergencySessions: u32 & AugmentedConst<ApiType>;
      /**
       * Most open consent requests a patient may have, expired ones included until cleared.
       **/
      maxOpenRequests: u32 & AugmentedConst<ApiType>;
      /**
       * Most consents one page of the `ConsentApi` listing returns.
       **/
      maxPageSize: u32 & AugmentedConst<ApiType>;
      /**
       * Most records a consent may be restricted to.
       **/
      maxRecordsPerConsent: u32 & AugmentedConst<ApiType>;
      /**
       * Longest a consent request may stay open, in milliseconds.
       **/
      maxRequestPeriod: u64 & AugmentedConst<ApiType>;
      /**
       * Held from a requester for each open consent request, with [`Config::ConsentDeposit`]
       * (which becomes the consent's deposit if the request is accepted).
       **/
      requestDeposit: u128 & AugmentedConst<ApiType>;
    };
    consortium: {
      /**
       * The delay between an upgrade's authorisation and its enactment, on a chain whose genesis
       * did not set one (a chain upgraded to this version of the pallet).
       **/
      defaultUpgradeDelay: u32 & AugmentedConst<ApiType>;
      /**
       * Most validators.
       **/
      maxValidators: u32 & AugmentedConst<ApiType>;
      /**
       * Fewest validators.
       **/
      minValidators: u32 & AugmentedConst<ApiType>;
    };
    council: {
      /**
       * The maximum weight of a dispatch call that can be proposed and executed.
       **/
      maxProposalWeight: SpWeightsWeightV2Weight & AugmentedConst<ApiType>;
    };
    grandpa: {
      /**
       * Max Authorities in use
       **/
      maxAuthorities: u32 & AugmentedConst<ApiType>;
      /**
       * The maximum number of nominators for each validator.
       **/
      maxNominators: u32 & AugmentedConst<ApiType>;
      /**
       * The maximum number of entries to keep in the set id to session index mapping.
       * 
       * Since the `SetIdSession` map is only used for validating equivocations this
       * value should relate to the bonding duration of whatever staking system is
       * being used (if any). If equivocation handling is not enabled then this value
       * can be zero.
       **/
      maxSetIdSessionEntries: u64 & AugmentedConst<ApiType>;
    };
    multiBlockMigrations: {
      /**
       * The maximal length of an encoded cursor.
       * 
       * A good default needs to selected such that no migration will ever have a cursor with MEL
       * above this limit. This is statically checked in `integrity_test`.
       **/
      cursorMaxLen: u32 & AugmentedConst<ApiType>;
      /**
       * The maximal length of an encoded identifier.
       * 
       * A good default needs to selected such that no migration will ever have an identifier
       * with MEL above this limit. This is statically checked in `integrity_test`.
       **/
      identifierMaxLen: u32 & AugmentedConst<ApiType>;
    };
    multisig: {
      /**
       * The base amount of currency needed to reserve for creating a multisig execution or to
       * store a dispatch call for later.
       * 
       * This is held for an additional storage item whose value size is
       * `4 + sizeof((BlockNumber, Balance, AccountId))` bytes and whose key size is
       * `32 + sizeof(AccountId)` bytes.
       **/
      depositBase: u128 & AugmentedConst<ApiType>;
      /**
       * The amount of currency needed per unit threshold when creating a multisig execution.
       * 
       * This is held for adding 32 bytes more into a pre-existing storage value.
       **/
      depositFactor: u128 & AugmentedConst<ApiType>;
      /**
       * The maximum amount of signatories allowed in the multisig.
       **/
      maxSignatories: u32 & AugmentedConst<ApiType>;
    };
    patientIdentity: {
      /**
       * How long a contact's approval of a recovery counts, in blocks.
       **/
      approvalPeriod: u32 & AugmentedConst<ApiType>;
      /**
       * Blocks between a representative's request to deactivate a patient and the earliest
       * deactivation, in which the patient can cancel it.
       **/
      deactivationDelay: u32 & AugmentedConst<ApiType>;
      /**
       * Most admin accounts per organisation.
       **/
      maxAdmins: u32 & AugmentedConst<ApiType>;
      /**
       * Longest organisation name, in bytes.
       **/
      maxNameLength: u32 & AugmentedConst<ApiType>;
      /**
       * Most practitioners per organisation.
       **/
      maxPractitioners: u32 & AugmentedConst<ApiType>;
      /**
       * Most recovery contacts per patient.
       **/
      maxRecoveryContacts: u32 & AugmentedConst<ApiType>;
      /**
       * Most representatives per patient.
       **/
      maxRepresentatives: u32 & AugmentedConst<ApiType>;
      /**
       * The shortest delay a patient may set between the start of a recovery and its claim.
       **/
      minRecoveryDelay: u32 & AugmentedConst<ApiType>;
      /**
       * Held from a patient's account for the patient record, released on deactivation.
       **/
      patientDeposit: u128 & AugmentedConst<ApiType>;
      /**
       * Held from the account that starts a recovery; given to the patient's account if the
       * recovery is cancelled (a recovery nobody asked for costs its starter).
       **/
      recoveryDeposit: u128 & AugmentedConst<ApiType>;
    };
    proxy: {
      /**
       * The base amount of currency needed to reserve for creating an announcement.
       * 
       * This is held when a new storage item holding a `Balance` is created (typically 16
       * bytes).
       **/
      announcementDepositBase: u128 & AugmentedConst<ApiType>;
      /**
       * The amount of currency needed per announcement made.
       * 
       * This is held for adding an `AccountId`, `Hash` and `BlockNumber` (typically 68 bytes)
       * into a pre-existing storage value.
       **/
      announcementDepositFactor: u128 & AugmentedConst<ApiType>;
      /**
       * The maximum amount of time-delayed announcements that are allowed to be pending.
       **/
      maxPending: u32 & AugmentedConst<ApiType>;
      /**
       * The maximum amount of proxies allowed for a single account.
       **/
      maxProxies: u32 & AugmentedConst<ApiType>;
      /**
       * The base amount of currency needed to reserve for creating a proxy.
       * 
       * This is held for an additional storage item whose value size is
       * `sizeof(Balance)` bytes and whose key size is `sizeof(AccountId)` bytes.
       **/
      proxyDepositBase: u128 & AugmentedConst<ApiType>;
      /**
       * The amount of currency needed per proxy added.
       * 
       * This is held for adding 32 bytes plus an instance of `ProxyType` more into a
       * pre-existing storage value. Thus, when configuring `ProxyDepositFactor` one should take
       * into account `32 + proxy_type.encode().len()` bytes of data.
       **/
      proxyDepositFactor: u128 & AugmentedConst<ApiType>;
    };
    recordAnchor: {
      /**
       * Held for an access-log entry from whoever writes it, until it is pruned.
       **/
      logDeposit: u128 & AugmentedConst<ApiType>;
      /**
       * How long access-log entries are kept before anyone may prune them, in milliseconds.
       **/
      logRetention: u64 & AugmentedConst<ApiType>;
      /**
       * Held for an access-log root from the custodian's practitioner who anchors it, until
       * it is pruned.
       **/
      logRootDeposit: u128 & AugmentedConst<ApiType>;
      /**
       * Most records one `anchor_batch` may anchor.
       **/
      maxBatchSize: u32 & AugmentedConst<ApiType>;
      /**
       * Longest location, in bytes.
       **/
      maxLocationLength: u32 & AugmentedConst<ApiType>;
      /**
       * Most entries one page of a runtime API listing returns.
       **/
      maxPageSize: u32 & AugmentedConst<ApiType>;
      /**
       * Most access-log entries one `prune_access_log` removes.
       **/
      maxPrune: u32 & AugmentedConst<ApiType>;
      /**
       * Most versions a record may have.
       **/
      maxVersions: u32 & AugmentedConst<ApiType>;
      /**
       * Held for a Merkle root.
       **/
      merkleRootDeposit: u128 & AugmentedConst<ApiType>;
      /**
       * Held for a record and its first version, from whoever anchors it.
       **/
      recordDeposit: u128 & AugmentedConst<ApiType>;
      /**
       * Held for each further version, from whoever amends.
       **/
      versionDeposit: u128 & AugmentedConst<ApiType>;
    };
    session: {
      /**
       * The amount to be held when setting keys.
       **/
      keyDeposit: u128 & AugmentedConst<ApiType>;
    };
    sponsorship: {
      /**
       * Sponsored calls one patient may make in a UTC day.
       **/
      maxCallsPerDay: u32 & AugmentedConst<ApiType>;
      /**
       * Held from the relayer for each sponsored patient: the sponsorship and the patient's
       * account.
       **/
      sponsorshipDeposit: u128 & AugmentedConst<ApiType>;
    };
    system: {
      /**
       * Maximum number of block number to block hash mappings to keep (oldest pruned first).
       **/
      blockHashCount: u32 & AugmentedConst<ApiType>;
      /**
       * The maximum length of a block (in bytes).
       **/
      blockLength: FrameSystemLimitsBlockLength & AugmentedConst<ApiType>;
      /**
       * Block & extrinsics weights: base values and limits.
       **/
      blockWeights: FrameSystemLimitsBlockWeights & AugmentedConst<ApiType>;
      /**
       * The weight of runtime database operations the runtime can invoke.
       **/
      dbWeight: SpWeightsRuntimeDbWeight & AugmentedConst<ApiType>;
      /**
       * The designated SS58 prefix of this chain.
       * 
       * This replaces the "ss58Format" property declared in the chain spec. Reason is
       * that the runtime should know about the prefix in order to make use of it as
       * an identifier of the chain.
       **/
      ss58Prefix: u16 & AugmentedConst<ApiType>;
      /**
       * Get the chain's in-code version.
       **/
      version: SpVersionRuntimeVersion & AugmentedConst<ApiType>;
    };
    timeline: {
      /**
       * Entries on one page of a timeline.
       **/
      entriesPerPage: u32 & AugmentedConst<ApiType>;
      /**
       * Pages of each patient's timeline kept: the latest ones.
       **/
      keptPages: u32 & AugmentedConst<ApiType>;
      /**
       * The most entries one `TimelineApi::timeline` answer holds.
       **/
      maxPageSize: u32 & AugmentedConst<ApiType>;
    };
    timestamp: {
      /**
       * The minimum period between blocks.
       * 
       * Be aware that this is different to the *expected* period that the block production
       * apparatus provides. Your chosen consensus system will generally work with this to
       * determine a sensible block time. For example, in the Aura pallet it will be double this
       * period on default settings.
       **/
      minimumPeriod: u64 & AugmentedConst<ApiType>;
    };
    transactionPayment: {
      /**
       * A fee multiplier for `Operational` extrinsics to compute "virtual tip" to boost their
       * `priority`
       * 
       * This value is multiplied by the `final_fee` to obtain a "virtual tip" that is later
       * added to a tip component in regular `priority` calculations.
       * It means that a `Normal` transaction can front-run a similarly-sized `Operational`
       * extrinsic (with no tip), by including a tip value greater than the virtual tip.
       * 
       * ```rust,ignore
       * // For `Normal`
       * let priority = priority_calc(tip);
       * 
       * // For `Operational`
       * let virtual_tip = (inclusion_fee + tip) * OperationalFeeMultiplier;
       * let priority = priority_calc(tip + virtual_tip);
       * ```
       * 
       * Note that since we use `final_fee` the multiplier applies also to the regular `tip`
       * sent with the transaction. So, not only does the transaction get a priority bump based
       * on the `inclusion_fee`, but we also amplify the impact of tips applied to `Operational`
       * transactions.
       **/
      operationalFeeMultiplier: u8 & AugmentedConst<ApiType>;
    };
    utility: {
      /**
       * The limit on the number of batched calls.
       **/
      batchedCallsLimit: u32 & AugmentedConst<ApiType>;
    };
  } // AugmentedConsts
} // declare module
