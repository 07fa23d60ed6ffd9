// Auto-generated via `yarn polkadot-types-from-chain`, do not edit
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/api-base/types/submittable';

import type { ApiTypes, AugmentedSubmittable, SubmittableExtrinsic, SubmittableExtrinsicFunction } from '@polkadot/api-base/types';
import type { Bytes, Compact, Option, U8aFixed, Vec, bool, u128, u16, u32, u64 } from '@polkadot/types-codec';
import type { AnyNumber, IMethod, ITuple } from '@polkadot/types-codec/types';
import type { AccountId32, Call, H256, MultiAddress } from '@polkadot/types/interfaces/runtime';
import type { MedledgerPrimitivesConsentGrantee, MedledgerPrimitivesIdentityOrganisationKind, MedledgerPrimitivesIdentityPractitionerRole, MedledgerPrimitivesIdentityRepresentativeScope, MedledgerRuntimeCommonAccountsProxyType, MedledgerRuntimeOpaqueSessionKeys, MedledgerRuntimeOriginCaller, PalletBalancesAdjustmentDirection, PalletConsentRegistryConsentTerms, PalletMetaTxMetaTx, PalletMigrationsHistoricCleanupSelector, PalletMigrationsMigrationCursor, PalletMultisigTimepoint, PalletRecordAnchorAmendment, PalletRecordAnchorAnchorBatch, PalletRecordAnchorAnchorRequest, SpConsensusGrandpaEquivocationProof, SpCoreVoid, SpWeightsWeightV2Weight } from '@polkadot/types/lookup';

export type __AugmentedSubmittable = AugmentedSubmittable<() => unknown>;
export type __SubmittableExtrinsic<ApiType extends ApiTypes> = SubmittableExtrinsic<ApiType>;
export type __SubmittableExtrinsicFunction<ApiType extends ApiTypes> = SubmittableExtrinsicFunction<ApiType>;

declare module '@polkadot/api-base/types/submittable' {
  interface AugmentedSubmittables<ApiType extends ApiTypes> {
    balances: {
      /**
       * Burn the specified liquid free balance from the origin account.
       * 
       * If the origin's account ends up below the existential deposit as a result
       * of the burn and `keep_alive` is false, the account will be reaped.
       * 
       * Unlike sending funds to a _burn_ address, which merely makes the funds inaccessible,
       * this `burn` operation will reduce total issuance by the amount _burned_.
       **/
      burn: AugmentedSubmittable<(value: Compact<u128> | AnyNumber | Uint8Array, keepAlive: bool | boolean | Uint8Array) => SubmittableExtrinsic<ApiType>, [Compact<u128>, bool]>;
      /**
       * Adjust the total issuance in a saturating way.
       * 
       * Can only be called by root and always needs a positive `delta`.
       * 
       * # Example
       **/
      forceAdjustTotalIssuance: AugmentedSubmittable<(direction: PalletBalancesAdjustmentDirection | 'Increase' | 'Decrease' | number | Uint8Array, delta: Compact<u128> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [PalletBalancesAdjustmentDirection, Compact<u128>]>;
      /**
       * Set the regular balance of a given account.
       * 
       * The dispatch origin for this call is `root`.
       **/
      forceSetBalance: AugmentedSubmittable<(who: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, newFree: Compact<u128> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, Compact<u128>]>;
      /**
       * Exactly as `transfer_allow_death`, except the origin must be root and the source account
       * may be specified.
       **/
      forceTransfer: AugmentedSubmittable<(source: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, dest: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, value: Compact<u128> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, MultiAddress, Compact<u128>]>;
      /**
       * Unreserve some balance from a user by force.
       * 
       * Can only be called by ROOT.
       **/
      forceUnreserve: AugmentedSubmittable<(who: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, amount: u128 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, u128]>;
      /**
       * Transfer the entire transferable balance from the caller account.
       * 
       * NOTE: This function only attempts to transfer _transferable_ balances. This means that
       * any locked, reserved, or existential deposits (when `keep_alive` is `true`), will not be
       * transferred by this function. To ensure that this function results in a killed account,
       * you might need to prepare the account by removing any reference counters, storage
       * deposits, etc...
       * 
       * The dispatch origin of this call must be Signed.
       * 
       * - `dest`: The recipient of the transfer.
       * - `keep_alive`: A boolean to determine if the `transfer_all` operation should send all
       * of the funds the account has, causing the sender account to be killed (false), or
       * transfer everything except at least the existential deposit, which will guarantee to
       * keep the sender account alive (true).
       **/
      transferAll: AugmentedSubmittable<(dest: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, keepAlive: bool | boolean | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, bool]>;
      /**
       * Transfer some liquid free balance to another account.
       * 
       * `transfer_allow_death` will set the `FreeBalance` of the sender and receiver.
       * If the sender's account is below the existential deposit as a result
       * of the transfer, the account will be reaped.
       * 
       * The dispatch origin for this call must be `Signed` by the transactor.
       **/
      transferAllowDeath: AugmentedSubmittable<(dest: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, value: Compact<u128> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, Compact<u128>]>;
      /**
       * Same as the [`transfer_allow_death`] call, but with a check that the transfer will not
       * kill the origin account.
       * 
       * 99% of the time you want [`transfer_allow_death`] instead.
       * 
       * [`transfer_allow_death`]: struct.Pallet.html#method.transfer
       **/
      transferKeepAlive: AugmentedSubmittable<(dest: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, value: Compact<u128> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, Compact<u128>]>;
      /**
       * Upgrade a specified account.
       * 
       * - `origin`: Must be `Signed`.
       * - `who`: The account to be upgraded.
       * 
       * This will waive the transaction fee if at least all but 10% of the accounts needed to
       * be upgraded. (We let some not have to be upgraded just in order to allow for the
       * possibility of churn).
       **/
      upgradeAccounts: AugmentedSubmittable<(who: Vec<AccountId32> | (AccountId32 | string | Uint8Array)[]) => SubmittableExtrinsic<ApiType>, [Vec<AccountId32>]>;
    };
    consentRegistry: {
      /**
       * Accept request `request`: a permit for its grantee on `terms` (the patient's tags, as
       * the patient's wallet read the sealed terms, or narrower) comes into force, its deposit
       * paid by the requester.
       * 
       * Origin: signed by the patient or a representative with the consents scope. Errors:
       * `RequestNotFound`, `RequestExpired`, `NotPatientOrRepresentative`, and those of
       * `grant_consent`. Events: `ConsentRecorded`, `ConsentRequestClosed` (`Accepted`).
       **/
      acceptRequest: AugmentedSubmittable<(patient: u64 | AnyNumber | Uint8Array, request: u64 | AnyNumber | Uint8Array, terms: PalletConsentRegistryConsentTerms | { classes?: any; actions?: any; purposes?: any; startsAt?: any; expiresAt?: any; records?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, u64, PalletConsentRegistryConsentTerms]>;
      /**
       * Close `practitioner`'s emergency session for `patient`. After the patient, a
       * representative or an organisation admin closes it, the practitioner cannot open
       * another for the patient for [`Config::EmergencyCooldown`]. The session stays stored
       * until reviewed.
       * 
       * Origin: signed by the patient, a representative, the practitioner or an admin of the
       * session's organisation at any time; anyone once the session has expired.
       * Errors: `SessionNotFound`, `SessionClosed`, `MayNotCloseSession`.
       * Event: `EmergencyAccessClosed`.
       **/
      closeEmergencyAccess: AugmentedSubmittable<(patient: u64 | AnyNumber | Uint8Array, practitioner: AccountId32 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, AccountId32]>;
      /**
       * Close request `request` without a consent and return the requester's deposit: the
       * patient or a representative declines it, the requester withdraws it, or, once
       * expired, anyone clears it.
       * 
       * Origin: signed. Errors: `RequestNotFound`, `MayNotCloseRequest`.
       * Event: `ConsentRequestClosed` (`Declined`, `Withdrawn` or `Expired`).
       **/
      closeRequest: AugmentedSubmittable<(patient: u64 | AnyNumber | Uint8Array, request: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, u64]>;
      /**
       * Confirm a consent a representative granted in the patient's name, so that it stays
       * in force when the representation ends.
       * 
       * Origin: signed, the patient's own account. Errors: `PatientNotFound`,
       * `NotPatientOrRepresentative`, `NotPatient` (a representative), `ConsentNotFound`,
       * `AlreadyRevoked`, `AlreadyConfirmed`. Event: `ConsentConfirmed`.
       **/
      confirmConsent: AugmentedSubmittable<(patient: u64 | AnyNumber | Uint8Array, consent: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, u64]>;
      /**
       * Forbid `grantee` what `terms` cover, overriding every permit and emergency access;
       * with classes `All`, every class, labelled ones included. A deny naming a
       * practitioner also stops that practitioner's emergency access to the patient.
       * 
       * Origin, deposit, errors: as `grant_consent`. Event: `ConsentRecorded` (kind `Deny`).
       **/
      denyAccess: AugmentedSubmittable<(patient: u64 | AnyNumber | Uint8Array, grantee: MedledgerPrimitivesConsentGrantee | { Organisation: any } | { Practitioner: any } | { Individual: any } | string | Uint8Array, terms: PalletConsentRegistryConsentTerms | { classes?: any; actions?: any; purposes?: any; startsAt?: any; expiresAt?: any; records?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, MedledgerPrimitivesConsentGrantee, PalletConsentRegistryConsentTerms]>;
      /**
       * Permit `grantee` what `terms` cover of `patient`'s data.
       * 
       * Origin: signed by the patient or a representative, who pays [`Config::ConsentDeposit`]
       * (their sponsor does, for a sponsored call: [`Config::DepositPayer`]).
       * A permit to one practitioner is bound to the organisation they act for now.
       * Errors: `PatientNotFound`, `NotPatientOrRepresentative`, `GranteeNotFound`, `SelfGrant`,
       * `EmptyClasses`, `PermitOfAllClasses`, `ReservedTag`, `EmptyActions`, `EmptyPurposes`,
       * `InvalidPeriod`, `TooManyConsents`, `TooManyGrantConsents`, `InsufficientBalance`,
       * `Overflow`. Event: `ConsentRecorded` (kind `Permit`).
       **/
      grantConsent: AugmentedSubmittable<(patient: u64 | AnyNumber | Uint8Array, grantee: MedledgerPrimitivesConsentGrantee | { Organisation: any } | { Practitioner: any } | { Individual: any } | string | Uint8Array, terms: PalletConsentRegistryConsentTerms | { classes?: any; actions?: any; purposes?: any; startsAt?: any; expiresAt?: any; records?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, MedledgerPrimitivesConsentGrantee, PalletConsentRegistryConsentTerms]>;
      /**
       * Open an emergency session for `patient` for [`Config::EmergencyDuration`]: it permits
       * what [`emergency_permits`](medledger_primitives::emergency_permits) says (reading the
       * records their keeper opens, and appending the record of the emergency care, for the
       * emergency purpose), never what a deny in force covers.
       * 
       * Origin: signed by a practitioner with a clinical role at an active provider
       * organisation, whom no deny in force of the patient names, who pays
       * [`Config::EmergencyDeposit`] (returned when the organisation has reviewed the session).
       * `reason_hash` commits to the organisation's own note of why ([`ReasonHash`]); the note
       * stays off chain. The practitioner's previous session for the patient, if expired and
       * not closed, is closed first. Errors: `ReasonMissing`, `NotPractitioner`, `NotProvider`,
       * `NotClinical`, `PatientNotFound`, `DeniedByPatient`, `SessionAlreadyOpen`,
       * `ReopenTooSoon`, `TooManyOpenSessions`, `TooManyOpeningsToday`, `InsufficientBalance`,
       * `Overflow`. Event: `EmergencyAccessOpened` (and `EmergencyAccessClosed` for a previous
       * expired session).
       **/
      openEmergencyAccess: AugmentedSubmittable<(patient: u64 | AnyNumber | Uint8Array, reasonHash: U8aFixed | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, U8aFixed]>;
      /**
       * Remove a consent from state and return its deposit to whoever paid it.
       * 
       * Origin: signed; the patient or a representative at any time (which also ends the
       * consent), anyone once it is revoked or expired or the patient is no longer registered.
       * Errors: `ConsentNotFound`, `ConsentInForce`. Event: `ConsentRemoved`.
       **/
      removeConsent: AugmentedSubmittable<(patient: u64 | AnyNumber | Uint8Array, consent: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, u64]>;
      /**
       * Ask `patient` for a consent for `grantee`, with the terms sealed for the patient
       * ([`SealedTerms`]), answerable until `expires_at`.
       * 
       * Origin: signed by a practitioner in good standing (grantee: themselves or their
       * organisation) or an admin of the grantee organisation, who pays
       * [`Config::RequestDeposit`] and [`Config::ConsentDeposit`] (returned unless the consent
       * comes into force, which then keeps the consent's). One open request per requester and
       * patient. Errors: `MayNotRequest`, `TermsMissing`, `InvalidRequestPeriod`,
       * `PatientNotFound`, `DeniedByPatient` (a deny in force names the grantee),
       * `RequestAlreadyOpen`, `TooManyRequests`, `InsufficientBalance`, `Overflow`.
       * Event: `ConsentRequested`.
       **/
      requestConsent: AugmentedSubmittable<(patient: u64 | AnyNumber | Uint8Array, grantee: MedledgerPrimitivesConsentGrantee | { Organisation: any } | { Practitioner: any } | { Individual: any } | string | Uint8Array, sealedTerms: Bytes | string | Uint8Array, expiresAt: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, MedledgerPrimitivesConsentGrantee, Bytes, u64]>;
      /**
       * Mark emergency session `session` reviewed, after the fact (HIPAA
       * § 164.312(a)(2)(ii)): an open session is closed first (with the cool-down); the session
       * is then removed and the practitioner's deposit returned.
       * 
       * Origin: signed by an admin of the organisation the session was opened for.
       * Errors: `SessionNotFound`, `NotOrganisationAdmin`. Events: `EmergencyAccessClosed`
       * (if it was open), `EmergencyAccessReviewed`.
       **/
      reviewEmergencyAccess: AugmentedSubmittable<(session: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
      /**
       * Revoke a consent at once. It stays stored, as history, until removed.
       * 
       * Origin: signed by the patient or a representative. Errors: `ConsentNotFound`,
       * `NotPatientOrRepresentative`, `AlreadyRevoked`. Event: `ConsentRevoked`.
       **/
      revokeConsent: AugmentedSubmittable<(patient: u64 | AnyNumber | Uint8Array, consent: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, u64]>;
    };
    consortium: {
      /**
       * Add a validator; it validates from the session after next.
       * 
       * Origin: [`Config::ValidatorOrigin`]. The account must have set its session keys.
       * Errors: `NoSessionKeys`, `AlreadyValidator`, `TooManyValidators`.
       * Event: `ValidatorAdded`.
       **/
      addValidator: AugmentedSubmittable<(validator: AccountId32 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [AccountId32]>;
      /**
       * Authorise a runtime upgrade to the code with BLAKE2-256 hash `code_hash`. It is
       * enacted [`UpgradeDelay`] blocks later, unless cancelled before (`cancel_upgrade`); from
       * then on anyone may apply it with `system.apply_authorized_upgrade(code)`, which checks
       * that the spec name stays and the spec version grows.
       * 
       * Origin: [`Config::UpgradeOrigin`]. Errors: `UpgradePending` (one upgrade at a time).
       * Event: `UpgradeAuthorized { code_hash, enactable_at }`.
       **/
      authorizeUpgrade: AugmentedSubmittable<(codeHash: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256]>;
      /**
       * Cancel the pending upgrade before it is enacted.
       * 
       * Origin: [`Config::VetoOrigin`]. Errors: `NoPendingUpgrade`. Event: `UpgradeCancelled`.
       **/
      cancelUpgrade: AugmentedSubmittable<() => SubmittableExtrinsic<ApiType>, []>;
      /**
       * Remove a validator; it stops at the session after next.
       * 
       * Origin: [`Config::ValidatorOrigin`]. Errors: `NotValidator`, `TooFewValidators`.
       * Event: `ValidatorRemoved`.
       **/
      removeValidator: AugmentedSubmittable<(validator: AccountId32 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [AccountId32]>;
    };
    council: {
      /**
       * Close a vote that is either approved, disapproved or whose voting period has ended.
       * 
       * May be called by any signed account in order to finish voting and close the proposal.
       * 
       * If called before the end of the voting period it will only close the vote if it is
       * has enough votes to be approved or disapproved.
       * 
       * If called after the end of the voting period abstentions are counted as rejections
       * unless there is a prime member set and the prime member cast an approval.
       * 
       * If the close operation completes successfully with disapproval, the transaction fee will
       * be waived. Otherwise execution of the approved operation will be charged to the caller.
       * 
       * + `proposal_weight_bound`: The maximum amount of weight consumed by executing the closed
       * proposal.
       * + `length_bound`: The upper bound for the length of the proposal in storage. Checked via
       * `storage::read` so it is `size_of::<u32>() == 4` larger than the pure length.
       * 
       * ## Complexity
       * - `O(B + M + P1 + P2)` where:
       * - `B` is `proposal` size in bytes (length-fee-bounded)
       * - `M` is members-count (code- and governance-bounded)
       * - `P1` is the complexity of `proposal` preimage.
       * - `P2` is proposal-count (code-bounded)
       **/
      close: AugmentedSubmittable<(proposalHash: H256 | string | Uint8Array, index: Compact<u32> | AnyNumber | Uint8Array, proposalWeightBound: SpWeightsWeightV2Weight | { refTime?: any; proofSize?: any } | string | Uint8Array, lengthBound: Compact<u32> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256, Compact<u32>, SpWeightsWeightV2Weight, Compact<u32>]>;
      /**
       * Disapprove a proposal, close, and remove it from the system, regardless of its current
       * state.
       * 
       * Must be called by the Root origin.
       * 
       * Parameters:
       * * `proposal_hash`: The hash of the proposal that should be disapproved.
       * 
       * ## Complexity
       * O(P) where P is the number of max proposals
       **/
      disapproveProposal: AugmentedSubmittable<(proposalHash: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256]>;
      /**
       * Dispatch a proposal from a member using the `Member` origin.
       * 
       * Origin must be a member of the collective.
       * 
       * ## Complexity:
       * - `O(B + M + P)` where:
       * - `B` is `proposal` size in bytes (length-fee-bounded)
       * - `M` members-count (code-bounded)
       * - `P` complexity of dispatching `proposal`
       **/
      execute: AugmentedSubmittable<(proposal: Call | IMethod | string | Uint8Array, lengthBound: Compact<u32> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [Call, Compact<u32>]>;
      /**
       * Disapprove the proposal and burn the cost held for storing this proposal.
       * 
       * Parameters:
       * - `origin`: must be the `KillOrigin`.
       * - `proposal_hash`: The hash of the proposal that should be killed.
       * 
       * Emits `Killed` and `ProposalCostBurned` if any cost was held for a given proposal.
       **/
      kill: AugmentedSubmittable<(proposalHash: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256]>;
      /**
       * Add a new proposal to either be voted on or executed directly.
       * 
       * Requires the sender to be member.
       * 
       * `threshold` determines whether `proposal` is executed directly (`threshold < 2`)
       * or put up for voting.
       * 
       * ## Complexity
       * - `O(B + M + P1)` or `O(B + M + P2)` where:
       * - `B` is `proposal` size in bytes (length-fee-bounded)
       * - `M` is members-count (code- and governance-bounded)
       * - branching is influenced by `threshold` where:
       * - `P1` is proposal execution complexity (`threshold < 2`)
       * - `P2` is proposals-count (code-bounded) (`threshold >= 2`)
       **/
      propose: AugmentedSubmittable<(threshold: Compact<u32> | AnyNumber | Uint8Array, proposal: Call | IMethod | string | Uint8Array, lengthBound: Compact<u32> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [Compact<u32>, Call, Compact<u32>]>;
      /**
       * Release the cost held for storing a proposal once the given proposal is completed.
       * 
       * If there is no associated cost for the given proposal, this call will have no effect.
       * 
       * Parameters:
       * - `origin`: must be `Signed` or `Root`.
       * - `proposal_hash`: The hash of the proposal.
       * 
       * Emits `ProposalCostReleased` if any cost held for a given proposal.
       **/
      releaseProposalCost: AugmentedSubmittable<(proposalHash: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256]>;
      /**
       * Set the collective's membership.
       * 
       * - `new_members`: The new member list. Be nice to the chain and provide it sorted.
       * - `prime`: The prime member whose vote sets the default.
       * - `old_count`: The upper bound for the previous number of members in storage. Used for
       * weight estimation.
       * 
       * The dispatch of this call must be `SetMembersOrigin`.
       * 
       * NOTE: Does not enforce the expected `MaxMembers` limit on the amount of members, but
       * the weight estimations rely on it to estimate dispatchable weight.
       * 
       * # WARNING:
       * 
       * The `pallet-collective` can also be managed by logic outside of the pallet through the
       * implementation of the trait [`ChangeMembers`].
       * Any call to `set_members` must be careful that the member set doesn't get out of sync
       * with other logic managing the member set.
       * 
       * ## Complexity:
       * - `O(MP + N)` where:
       * - `M` old-members-count (code- and governance-bounded)
       * - `N` new-members-count (code- and governance-bounded)
       * - `P` proposals-count (code-bounded)
       **/
      setMembers: AugmentedSubmittable<(newMembers: Vec<AccountId32> | (AccountId32 | string | Uint8Array)[], prime: Option<AccountId32> | null | Uint8Array | AccountId32 | string, oldCount: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [Vec<AccountId32>, Option<AccountId32>, u32]>;
      /**
       * Add an aye or nay vote for the sender to the given proposal.
       * 
       * Requires the sender to be a member.
       * 
       * Transaction fees will be waived if the member is voting on any particular proposal
       * for the first time and the call is successful. Subsequent vote changes will charge a
       * fee.
       * ## Complexity
       * - `O(M)` where `M` is members-count (code- and governance-bounded)
       **/
      vote: AugmentedSubmittable<(proposal: H256 | string | Uint8Array, index: Compact<u32> | AnyNumber | Uint8Array, approve: bool | boolean | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256, Compact<u32>, bool]>;
    };
    councilMembership: {
      /**
       * Add a member `who` to the set.
       * 
       * May only be called from `T::AddOrigin`.
       **/
      addMember: AugmentedSubmittable<(who: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress]>;
      /**
       * Swap out the sending member for some other key `new`.
       * 
       * May only be called from `Signed` origin of a current member.
       * 
       * Prime membership is passed from the origin account to `new`, if extant.
       **/
      changeKey: AugmentedSubmittable<(updated: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress]>;
      /**
       * Remove the prime member if it exists.
       * 
       * May only be called from `T::PrimeOrigin`.
       **/
      clearPrime: AugmentedSubmittable<() => SubmittableExtrinsic<ApiType>, []>;
      /**
       * Remove a member `who` from the set.
       * 
       * May only be called from `T::RemoveOrigin`.
       **/
      removeMember: AugmentedSubmittable<(who: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress]>;
      /**
       * Change the membership to a new set, disregarding the existing membership. Be nice and
       * pass `members` pre-sorted.
       * 
       * May only be called from `T::ResetOrigin`.
       **/
      resetMembers: AugmentedSubmittable<(members: Vec<AccountId32> | (AccountId32 | string | Uint8Array)[]) => SubmittableExtrinsic<ApiType>, [Vec<AccountId32>]>;
      /**
       * Set the prime member. Must be a current member.
       * 
       * May only be called from `T::PrimeOrigin`.
       **/
      setPrime: AugmentedSubmittable<(who: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress]>;
      /**
       * Swap out one member `remove` for another `add`.
       * 
       * May only be called from `T::SwapOrigin`.
       * 
       * Prime membership is *not* passed from `remove` to `add`, if extant.
       **/
      swapMember: AugmentedSubmittable<(remove: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, add: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, MultiAddress]>;
    };
    grandpa: {
      /**
       * Note that the current authority set of the GRANDPA finality gadget has stalled.
       * 
       * This will trigger a forced authority set change at the beginning of the next session, to
       * be enacted `delay` blocks after that. The `delay` should be high enough to safely assume
       * that the block signalling the forced change will not be re-orged e.g. 1000 blocks.
       * The block production rate (which may be slowed down because of finality lagging) should
       * be taken into account when choosing the `delay`. The GRANDPA voters based on the new
       * authority will start voting on top of `best_finalized_block_number` for new finalized
       * blocks. `best_finalized_block_number` should be the highest of the latest finalized
       * block of all validators of the new authority set.
       * 
       * Only callable by root.
       **/
      noteStalled: AugmentedSubmittable<(delay: u32 | AnyNumber | Uint8Array, bestFinalizedBlockNumber: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32, u32]>;
      /**
       * Report voter equivocation/misbehavior. This method will verify the
       * equivocation proof and validate the given key ownership proof
       * against the extracted offender. If both are valid, the offence
       * will be reported.
       **/
      reportEquivocation: AugmentedSubmittable<(equivocationProof: SpConsensusGrandpaEquivocationProof | { setId?: any; equivocation?: any } | string | Uint8Array, keyOwnerProof: SpCoreVoid | null) => SubmittableExtrinsic<ApiType>, [SpConsensusGrandpaEquivocationProof, SpCoreVoid]>;
      /**
       * Report voter equivocation/misbehavior. This method will verify the
       * equivocation proof and validate the given key ownership proof
       * against the extracted offender. If both are valid, the offence
       * will be reported.
       * 
       * This extrinsic must be called unsigned and it is expected that only
       * block authors will call it (validated in `ValidateUnsigned`), as such
       * if the block author is defined it will be defined as the equivocation
       * reporter.
       **/
      reportEquivocationUnsigned: AugmentedSubmittable<(equivocationProof: SpConsensusGrandpaEquivocationProof | { setId?: any; equivocation?: any } | string | Uint8Array, keyOwnerProof: SpCoreVoid | null) => SubmittableExtrinsic<ApiType>, [SpConsensusGrandpaEquivocationProof, SpCoreVoid]>;
    };
    metaTx: {
      /**
       * Dispatch a given meta transaction.
       * 
       * - `_origin`: Can be any kind of origin.
       * - `meta_tx`: Meta Transaction with a target call to be dispatched.
       * - `meta_tx_encoded_len`: The size of the encoded meta transaction in bytes.
       **/
      dispatch: AugmentedSubmittable<(metaTx: PalletMetaTxMetaTx | { call?: any; extensionVersion?: any; extension?: any } | string | Uint8Array, metaTxEncodedLen: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [PalletMetaTxMetaTx, u32]>;
    };
    multiBlockMigrations: {
      /**
       * Clears the `Historic` set.
       * 
       * `map_cursor` must be set to the last value that was returned by the
       * `HistoricCleared` event. The first time `None` can be used. `limit` must be chosen in a
       * way that will result in a sensible weight.
       **/
      clearHistoric: AugmentedSubmittable<(selector: PalletMigrationsHistoricCleanupSelector | { Specific: any } | { Wildcard: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [PalletMigrationsHistoricCleanupSelector]>;
      /**
       * Forces the onboarding of the migrations.
       * 
       * This process happens automatically on a runtime upgrade. It is in place as an emergency
       * measurement. The cursor needs to be `None` for this to succeed.
       **/
      forceOnboardMbms: AugmentedSubmittable<() => SubmittableExtrinsic<ApiType>, []>;
      /**
       * Allows root to set an active cursor to forcefully start/forward the migration process.
       * 
       * This is an edge-case version of [`Self::force_set_cursor`] that allows to set the
       * `started_at` value to the next block number. Otherwise this would not be possible, since
       * `force_set_cursor` takes an absolute block number. Setting `started_at` to `None`
       * indicates that the current block number plus one should be used.
       **/
      forceSetActiveCursor: AugmentedSubmittable<(index: u32 | AnyNumber | Uint8Array, innerCursor: Option<Bytes> | null | Uint8Array | Bytes | string, startedAt: Option<u32> | null | Uint8Array | u32 | AnyNumber) => SubmittableExtrinsic<ApiType>, [u32, Option<Bytes>, Option<u32>]>;
      /**
       * Allows root to set a cursor to forcefully start, stop or forward the migration process.
       * 
       * Should normally not be needed and is only in place as emergency measure. Note that
       * restarting the migration process in this manner will not call the
       * [`MigrationStatusHandler::started`] hook or emit an `UpgradeStarted` event.
       **/
      forceSetCursor: AugmentedSubmittable<(cursor: Option<PalletMigrationsMigrationCursor> | null | Uint8Array | PalletMigrationsMigrationCursor | { Active: any } | { Stuck: any } | string) => SubmittableExtrinsic<ApiType>, [Option<PalletMigrationsMigrationCursor>]>;
    };
    multisig: {
      /**
       * Register approval for a dispatch to be made from a deterministic composite account if
       * approved by a total of `threshold - 1` of `other_signatories`.
       * 
       * **This function will NEVER execute the call, even if the approval threshold is
       * reached.** It only registers approval. To actually execute the call, `as_multi` must
       * be called with the full call data by any of the signatories.
       * 
       * This function is more efficient than `as_multi` for intermediate approvals since it
       * only requires the call hash, not the full call data.
       * 
       * Payment: `DepositBase` will be reserved if this is the first approval, plus
       * `threshold` times `DepositFactor`. It is returned once this dispatch happens or
       * is cancelled.
       * 
       * The dispatch origin for this call must be _Signed_.
       * 
       * - `threshold`: The total number of approvals for this dispatch before it is executed.
       * - `other_signatories`: The accounts (other than the sender) who can approve this
       * dispatch. May not be empty.
       * - `maybe_timepoint`: If this is the first approval, then this must be `None`. If it is
       * not the first approval, then it must be `Some`, with the timepoint (block number and
       * transaction index) of the first approval transaction.
       * - `call_hash`: The hash of the call to be executed.
       * 
       * NOTE: To execute the call after approvals are gathered, any signatory must call
       * `as_multi` with the full call data. This function cannot execute the call.
       * 
       * ## Complexity
       * - `O(S)`.
       * - Up to one balance-reserve or unreserve operation.
       * - One passthrough operation, one insert, both `O(S)` where `S` is the number of
       * signatories. `S` is capped by `MaxSignatories`, with weight being proportional.
       * - One encode & hash, both of complexity `O(S)`.
       * - Up to one binary search and insert (`O(logS + S)`).
       * - I/O: 1 read `O(S)`, up to 1 mutate `O(S)`. Up to one remove.
       * - One event.
       * - Storage: inserts one item, value size bounded by `MaxSignatories`, with a deposit
       * taken for its lifetime of `DepositBase + threshold * DepositFactor`.
       **/
      approveAsMulti: AugmentedSubmittable<(threshold: u16 | AnyNumber | Uint8Array, otherSignatories: Vec<AccountId32> | (AccountId32 | string | Uint8Array)[], maybeTimepoint: Option<PalletMultisigTimepoint> | null | Uint8Array | PalletMultisigTimepoint | { height?: any; index?: any } | string, callHash: U8aFixed | string | Uint8Array, maxWeight: SpWeightsWeightV2Weight | { refTime?: any; proofSize?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u16, Vec<AccountId32>, Option<PalletMultisigTimepoint>, U8aFixed, SpWeightsWeightV2Weight]>;
      /**
       * Register approval for a dispatch to be made from a deterministic composite account if
       * approved by a total of `threshold - 1` of `other_signatories`.
       * 
       * **If the approval threshold is met (including the sender's approval), this will
       * immediately execute the call.** This is the only way to execute a multisig call -
       * `approve_as_multi` will never trigger execution.
       * 
       * Payment: `DepositBase` will be reserved if this is the first approval, plus
       * `threshold` times `DepositFactor`. It is returned once this dispatch happens or
       * is cancelled.
       * 
       * The dispatch origin for this call must be _Signed_.
       * 
       * - `threshold`: The total number of approvals for this dispatch before it is executed.
       * - `other_signatories`: The accounts (other than the sender) who can approve this
       * dispatch. May not be empty.
       * - `maybe_timepoint`: If this is the first approval, then this must be `None`. If it is
       * not the first approval, then it must be `Some`, with the timepoint (block number and
       * transaction index) of the first approval transaction.
       * - `call`: The call to be executed.
       * 
       * NOTE: For intermediate approvals (not the final approval), you should generally use
       * `approve_as_multi` instead, since it only requires a hash of the call and is more
       * efficient.
       * 
       * Result is equivalent to the dispatched result if `threshold` is exactly `1`. Otherwise
       * on success, result is `Ok` and the result from the interior call, if it was executed,
       * may be found in the deposited `MultisigExecuted` event.
       * 
       * ## Complexity
       * - `O(S + Z + Call)`.
       * - Up to one balance-reserve or unreserve operation.
       * - One passthrough operation, one insert, both `O(S)` where `S` is the number of
       * signatories. `S` is capped by `MaxSignatories`, with weight being proportional.
       * - One call encode & hash, both of complexity `O(Z)` where `Z` is tx-len.
       * - One encode & hash, both of complexity `O(S)`.
       * - Up to one binary search and insert (`O(logS + S)`).
       * - I/O: 1 read `O(S)`, up to 1 mutate `O(S)`. Up to one remove.
       * - One event.
       * - The weight of the `call`.
       * - Storage: inserts one item, value size bounded by `MaxSignatories`, with a deposit
       * taken for its lifetime of `DepositBase + threshold * DepositFactor`.
       **/
      asMulti: AugmentedSubmittable<(threshold: u16 | AnyNumber | Uint8Array, otherSignatories: Vec<AccountId32> | (AccountId32 | string | Uint8Array)[], maybeTimepoint: Option<PalletMultisigTimepoint> | null | Uint8Array | PalletMultisigTimepoint | { height?: any; index?: any } | string, call: Call | IMethod | string | Uint8Array, maxWeight: SpWeightsWeightV2Weight | { refTime?: any; proofSize?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u16, Vec<AccountId32>, Option<PalletMultisigTimepoint>, Call, SpWeightsWeightV2Weight]>;
      /**
       * Immediately dispatch a multi-signature call using a single approval from the caller.
       * 
       * The dispatch origin for this call must be _Signed_.
       * 
       * - `other_signatories`: The accounts (other than the sender) who are part of the
       * multi-signature, but do not participate in the approval process.
       * - `call`: The call to be executed.
       * 
       * Result is equivalent to the dispatched result.
       * 
       * ## Complexity
       * O(Z + C) where Z is the length of the call and C its execution weight.
       **/
      asMultiThreshold1: AugmentedSubmittable<(otherSignatories: Vec<AccountId32> | (AccountId32 | string | Uint8Array)[], call: Call | IMethod | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Vec<AccountId32>, Call]>;
      /**
       * Cancel a pre-existing, on-going multisig transaction. Any deposit reserved previously
       * for this operation will be unreserved on success.
       * 
       * The dispatch origin for this call must be _Signed_.
       * 
       * - `threshold`: The total number of approvals for this dispatch before it is executed.
       * - `other_signatories`: The accounts (other than the sender) who can approve this
       * dispatch. May not be empty.
       * - `timepoint`: The timepoint (block number and transaction index) of the first approval
       * transaction for this dispatch.
       * - `call_hash`: The hash of the call to be executed.
       * 
       * ## Complexity
       * - `O(S)`.
       * - Up to one balance-reserve or unreserve operation.
       * - One passthrough operation, one insert, both `O(S)` where `S` is the number of
       * signatories. `S` is capped by `MaxSignatories`, with weight being proportional.
       * - One encode & hash, both of complexity `O(S)`.
       * - One event.
       * - I/O: 1 read `O(S)`, one remove.
       * - Storage: removes one item.
       **/
      cancelAsMulti: AugmentedSubmittable<(threshold: u16 | AnyNumber | Uint8Array, otherSignatories: Vec<AccountId32> | (AccountId32 | string | Uint8Array)[], timepoint: PalletMultisigTimepoint | { height?: any; index?: any } | string | Uint8Array, callHash: U8aFixed | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u16, Vec<AccountId32>, PalletMultisigTimepoint, U8aFixed]>;
      /**
       * Poke the deposit reserved for an existing multisig operation.
       * 
       * The dispatch origin for this call must be _Signed_ and must be the original depositor of
       * the multisig operation.
       * 
       * The transaction fee is waived if the deposit amount has changed.
       * 
       * - `threshold`: The total number of approvals needed for this multisig.
       * - `other_signatories`: The accounts (other than the sender) who are part of the
       * multisig.
       * - `call_hash`: The hash of the call this deposit is reserved for.
       * 
       * Emits `DepositPoked` if successful.
       **/
      pokeDeposit: AugmentedSubmittable<(threshold: u16 | AnyNumber | Uint8Array, otherSignatories: Vec<AccountId32> | (AccountId32 | string | Uint8Array)[], callHash: U8aFixed | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u16, Vec<AccountId32>, U8aFixed]>;
    };
    patientIdentity: {
      /**
       * Accept an organisation's invitation: the caller practises there with the role offered.
       * 
       * Origin: signed, the invited account. Errors: `InvitationNotFound`,
       * `OrganisationNotActive`, `AlreadyPractitioner`. Event: `PractitionerRegistered`.
       **/
      acceptInvitation: AugmentedSubmittable<(organisation: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32]>;
      /**
       * Add an admin to an organisation.
       * 
       * Origin: [`Config::OrganisationOrigin`] or a signed admin of the organisation.
       * Errors: `OrganisationNotFound`, `NotOrganisationAuthority`, `AlreadyAdmin`,
       * `TooManyAdmins`. Event: `AdminAdded`.
       **/
      addAdmin: AugmentedSubmittable<(organisation: u32 | AnyNumber | Uint8Array, admin: AccountId32 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32, AccountId32]>;
      /**
       * Admit an organisation with its first admin.
       * 
       * Origin: [`Config::OrganisationOrigin`]. `name` is the public, UTF-8 name;
       * `jurisdiction` an ISO 3166 code (`DE`, `US-CA`); `licence_hash` the hash of the licence
       * credential. The organisation starts active.
       * 
       * Errors: `InvalidName`, `InvalidJurisdiction`, `AlreadyAdmin` (the admin administers
       * another organisation), `Overflow`. Event: `OrganisationAdmitted`.
       **/
      admitOrganisation: AugmentedSubmittable<(name: Bytes | string | Uint8Array, kind: MedledgerPrimitivesIdentityOrganisationKind | 'Hospital' | 'Clinic' | 'Laboratory' | 'Pharmacy' | 'Payer' | 'ResearchInstitution' | 'DataCustodian' | 'Regulator' | number | Uint8Array, jurisdiction: Bytes | string | Uint8Array, licenceHash: H256 | string | Uint8Array, admin: AccountId32 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes, MedledgerPrimitivesIdentityOrganisationKind, Bytes, H256, AccountId32]>;
      /**
       * Appoint `representative` for `patient` with `scope`, until block `until` (`None`:
       * until removed). Appointing an existing representative replaces its scope and end.
       * 
       * Origin: signed, the patient (`document_hash` optional); or an admin of an active
       * organisation, on the hash of the legal document behind the appointment (a parent's
       * registration, a court's order), which the patient sees in the event and can undo.
       * Errors: `PatientNotFound`, `NotPatient`, `OrganisationNotActive`, `DocumentRequired`,
       * `SelfAppointment`, `EmptyScope`, `EndInPast`, `TooManyRepresentatives`.
       * Event: `RepresentativeAppointed`.
       **/
      appointRepresentative: AugmentedSubmittable<(patient: u64 | AnyNumber | Uint8Array, representative: AccountId32 | string | Uint8Array, scope: MedledgerPrimitivesIdentityRepresentativeScope | { consents?: any; records?: any; encryptionKey?: any; deactivation?: any } | string | Uint8Array, until: Option<u32> | null | Uint8Array | u32 | AnyNumber, documentHash: Option<H256> | null | Uint8Array | H256 | string) => SubmittableExtrinsic<ApiType>, [u64, AccountId32, MedledgerPrimitivesIdentityRepresentativeScope, Option<u32>, Option<H256>]>;
      /**
       * Approve the recovery in progress of `patient` to `new_account` (named, so that an
       * approval cannot land on a recovery the contact did not see).
       * 
       * Origin: signed recovery contact of the patient. Errors: `NoRecovery`,
       * `NotRecoveryContact`, `NotRecoveryStarter` (another new account), `AlreadyVoted`.
       * Event: `RecoveryApproved`.
       **/
      approveRecovery: AugmentedSubmittable<(patient: u64 | AnyNumber | Uint8Array, newAccount: AccountId32 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, AccountId32]>;
      /**
       * Stop a deactivation a representative asked for.
       * 
       * Origin: signed, the patient's own account. Errors: `PatientNotFound`,
       * `NoPendingDeactivation`. Event: `DeactivationCancelled`.
       **/
      cancelDeactivation: AugmentedSubmittable<() => SubmittableExtrinsic<ApiType>, []>;
      /**
       * Cancel the recovery in progress. The patient's own account cancels at once; a
       * contact's call is a vote, and a majority of the contacts cancels. The starter's
       * deposit goes to the patient's account.
       * 
       * Origin: signed, the patient's account or a recovery contact. Errors: `NoRecovery`,
       * `NotRecoveryContact`, `AlreadyVoted`. Events: `RecoveryCancellationVoted`,
       * `RecoveryCancelled`.
       **/
      cancelRecovery: AugmentedSubmittable<(patient: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
      /**
       * Claim the identity: once the delay has passed and `threshold` approvals are still
       * within their `ApprovalPeriod`, the identity (same id, its deposit held again) moves to
       * the caller, and the recovery deposit is released.
       * 
       * Origin: signed, the account that started the recovery. Errors: `NoRecovery`,
       * `NotRecoveryStarter`, `RecoveryDelayNotOver`, `NotEnoughApprovals`, `AlreadyPatient`,
       * `InsufficientBalance`. Event: `IdentityRecovered`.
       **/
      claimRecovery: AugmentedSubmittable<(patient: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
      /**
       * Deactivate a patient: the patient record, its representatives, its recovery set-up
       * and any recovery go, the deposit is released to the patient's account, and the
       * record pallet erases the locations of the patient's records. The id is not reused.
       * 
       * Origin: signed, the patient at once; or the representative that asked for it
       * ([`Pallet::request_deactivation`]), once its delay has passed. Errors:
       * `PatientNotFound`, `NotPatientOrRepresentative`, `DeactivationNotDue`.
       * Event: `PatientDeactivated`.
       **/
      deactivatePatient: AugmentedSubmittable<(patient: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
      /**
       * Invite `practitioner` to practise with `role` at the caller's organisation. The
       * practitioner has no standing until it accepts ([`Pallet::accept_invitation`]).
       * 
       * Origin: signed admin of an active organisation. Errors: `NotOrganisationAuthority`,
       * `OrganisationNotActive`, `AlreadyPractitioner`, `AlreadyInvited`,
       * `TooManyPractitioners` (practitioners and open invitations together).
       * Event: `PractitionerInvited`.
       **/
      invitePractitioner: AugmentedSubmittable<(practitioner: AccountId32 | string | Uint8Array, role: MedledgerPrimitivesIdentityPractitionerRole | 'Physician' | 'Nurse' | 'Pharmacist' | 'LaboratoryScientist' | 'Researcher' | 'Clerk' | number | Uint8Array) => SubmittableExtrinsic<ApiType>, [AccountId32, MedledgerPrimitivesIdentityPractitionerRole]>;
      /**
       * Register the caller as a patient, holding [`Config::PatientDeposit`] (from the
       * sponsor, for a sponsored registration: [`Config::DepositPayer`]).
       * 
       * Origin: signed. `encryption_key` is an X25519 public key (version 1), not of small
       * order; `commitment` an optional salted hash of off-chain identifiers. Errors:
       * `AlreadyPatient`, `LowOrderKey`, `InsufficientBalance`, `Overflow`.
       * Event: `PatientRegistered`.
       **/
      registerPatient: AugmentedSubmittable<(encryptionKey: U8aFixed | string | Uint8Array, commitment: Option<H256> | null | Uint8Array | H256 | string) => SubmittableExtrinsic<ApiType>, [U8aFixed, Option<H256>]>;
      /**
       * Reinstate a suspended organisation.
       * 
       * Origin: [`Config::OrganisationOrigin`]. Errors: `OrganisationNotFound`,
       * `OrganisationNotSuspended`. Event: `OrganisationReinstated`.
       **/
      reinstateOrganisation: AugmentedSubmittable<(organisation: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32]>;
      /**
       * Remove an admin from an organisation; at least one admin remains.
       * 
       * Origin: [`Config::OrganisationOrigin`] or a signed admin of the organisation.
       * Errors: `OrganisationNotFound`, `NotOrganisationAuthority`, `NotAdmin`, `LastAdmin`.
       * Event: `AdminRemoved`.
       **/
      removeAdmin: AugmentedSubmittable<(organisation: u32 | AnyNumber | Uint8Array, admin: AccountId32 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32, AccountId32]>;
      /**
       * Remove an organisation and its admin entries. Its practitioners lose standing; their
       * entries may be replaced by another organisation's registration. The id is not reused.
       * 
       * Origin: [`Config::OrganisationOrigin`]. Errors: `OrganisationNotFound`.
       * Event: `OrganisationRemoved`.
       **/
      removeOrganisation: AugmentedSubmittable<(organisation: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32]>;
      /**
       * Remove a practitioner of the caller's organisation.
       * 
       * Origin: signed admin of the practitioner's organisation. Errors:
       * `PractitionerNotFound`, `NotPractitionerOfOrganisation`. Event: `PractitionerRemoved`.
       **/
      removePractitioner: AugmentedSubmittable<(practitioner: AccountId32 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [AccountId32]>;
      /**
       * Remove the caller's recovery set-up. Not while a recovery is in progress.
       * 
       * Origin: signed, the patient's own account. Errors: `PatientNotFound`,
       * `RecoveryNotConfigured`, `RecoveryInProgress`. Event: `RecoveryConfigRemoved`.
       **/
      removeRecoveryConfig: AugmentedSubmittable<() => SubmittableExtrinsic<ApiType>, []>;
      /**
       * Remove a representative. Consents it granted in the patient's name and the patient
       * did not confirm stop permitting at once (the consent registry asks at every decision).
       * 
       * Origin: signed, the patient, an admin of the organisation that appointed it, or the
       * representative itself. Errors: `PatientNotFound`, `RepresentativeNotFound`,
       * `MayNotRemoveRepresentative`. Event: `RepresentativeRemoved`.
       **/
      removeRepresentative: AugmentedSubmittable<(patient: u64 | AnyNumber | Uint8Array, representative: AccountId32 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, AccountId32]>;
      /**
       * Ask for `patient`'s deactivation, possible after [`Config::DeactivationDelay`]
       * blocks, in which the patient can stop it ([`Pallet::cancel_deactivation`]).
       * 
       * Origin: signed representative with the deactivation scope. Errors: `PatientNotFound`,
       * `NotPatientOrRepresentative`, `DeactivationPending`. Event: `DeactivationRequested`.
       **/
      requestDeactivation: AugmentedSubmittable<(patient: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
      /**
       * Leave the organisation the caller practises at.
       * 
       * Origin: signed practitioner. Errors: `PractitionerNotFound`.
       * Event: `PractitionerResigned`.
       **/
      resign: AugmentedSubmittable<() => SubmittableExtrinsic<ApiType>, []>;
      /**
       * Rotate a patient's encryption key; the version increments.
       * 
       * Origin: signed, the patient or a representative with the keys scope. Errors:
       * `PatientNotFound`, `NotPatientOrRepresentative`, `LowOrderKey`, `KeyUnchanged`,
       * `Overflow`. Event: `EncryptionKeyRotated`.
       **/
      rotateEncryptionKey: AugmentedSubmittable<(patient: u64 | AnyNumber | Uint8Array, encryptionKey: U8aFixed | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, U8aFixed]>;
      /**
       * Set or clear a patient's commitment to off-chain identifiers.
       * 
       * Origin: signed, the patient or a representative with the keys scope. Errors:
       * `PatientNotFound`, `NotPatientOrRepresentative`. Event: `CommitmentSet`.
       **/
      setCommitment: AugmentedSubmittable<(patient: u64 | AnyNumber | Uint8Array, commitment: Option<H256> | null | Uint8Array | H256 | string) => SubmittableExtrinsic<ApiType>, [u64, Option<H256>]>;
      /**
       * Set up (or change) how the caller's identity can be recovered: `threshold` of
       * `contacts` approve a new account, which claims the identity `delay` blocks after it
       * started the recovery. Not while a recovery is in progress, so that no recovery runs
       * under rules that changed halfway.
       * 
       * Origin: signed, the patient's own account. Errors: `PatientNotFound`,
       * `InvalidContacts`, `SelfAppointment`, `InvalidThreshold`, `DelayTooShort`,
       * `RecoveryInProgress`. Event: `RecoveryConfigured`.
       **/
      setRecoveryConfig: AugmentedSubmittable<(contacts: Vec<AccountId32> | (AccountId32 | string | Uint8Array)[], threshold: u32 | AnyNumber | Uint8Array, delay: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [Vec<AccountId32>, u32, u32]>;
      /**
       * Start recovering `patient`'s identity to the caller's account, holding
       * [`Config::RecoveryDeposit`].
       * 
       * Origin: signed, the new account (not a contact, not a patient). Errors:
       * `PatientNotFound`, `RecoveryNotConfigured`, `RecoveryInProgress`,
       * `ContactCannotRecover`, `AlreadyPatient`, `InsufficientBalance`.
       * Event: `RecoveryStarted`.
       **/
      startRecovery: AugmentedSubmittable<(patient: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
      /**
       * Suspend an active organisation: its practitioners lose standing at once.
       * 
       * Origin: [`Config::OrganisationOrigin`]. Errors: `OrganisationNotFound`,
       * `OrganisationNotActive`. Event: `OrganisationSuspended`.
       **/
      suspendOrganisation: AugmentedSubmittable<(organisation: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32]>;
      /**
       * Withdraw an invitation (an admin of the organisation) or decline it (the invited
       * account).
       * 
       * Origin: signed, an admin of `organisation` or `practitioner`. Errors:
       * `InvitationNotFound`, `NotOrganisationAuthority`. Event: `InvitationWithdrawn`.
       **/
      withdrawInvitation: AugmentedSubmittable<(organisation: u32 | AnyNumber | Uint8Array, practitioner: AccountId32 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32, AccountId32]>;
      /**
       * Withdraw the caller's approval of the recovery in progress.
       * 
       * Origin: signed recovery contact that approved. Errors: `NoRecovery`, `NoApproval`.
       * Event: `RecoveryApprovalWithdrawn`.
       **/
      withdrawRecoveryApproval: AugmentedSubmittable<(patient: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
    };
    proxy: {
      /**
       * Register a proxy account for the sender that is able to make calls on its behalf.
       * 
       * The dispatch origin for this call must be _Signed_.
       * 
       * Parameters:
       * - `proxy`: The account that the `caller` would like to make a proxy.
       * - `proxy_type`: The permissions allowed for this proxy account.
       * - `delay`: The announcement period required of the initial proxy. Will generally be
       * zero.
       **/
      addProxy: AugmentedSubmittable<(delegate: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, proxyType: MedledgerRuntimeCommonAccountsProxyType | 'Any' | 'NonTransfer' | 'Governance' | 'OrganisationAdmin' | number | Uint8Array, delay: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, MedledgerRuntimeCommonAccountsProxyType, u32]>;
      /**
       * Publish the hash of a proxy-call that will be made in the future.
       * 
       * This must be called some number of blocks before the corresponding `proxy` is attempted
       * if the delay associated with the proxy relationship is greater than zero.
       * 
       * No more than `MaxPending` announcements may be made at any one time.
       * 
       * This will take a deposit of `AnnouncementDepositFactor` as well as
       * `AnnouncementDepositBase` if there are no other pending announcements.
       * 
       * The dispatch origin for this call must be _Signed_ and a proxy of `real`.
       * 
       * Parameters:
       * - `real`: The account that the proxy will make a call on behalf of.
       * - `call_hash`: The hash of the call to be made by the `real` account.
       **/
      announce: AugmentedSubmittable<(real: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, callHash: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, H256]>;
      /**
       * Spawn a fresh new account that is guaranteed to be otherwise inaccessible, and
       * initialize it with a proxy of `proxy_type` for `origin` sender.
       * 
       * Requires a `Signed` origin.
       * 
       * - `proxy_type`: The type of the proxy that the sender will be registered as over the
       * new account. This will almost always be the most permissive `ProxyType` possible to
       * allow for maximum flexibility.
       * - `index`: A disambiguation index, in case this is called multiple times in the same
       * transaction (e.g. with `utility::batch`). Unless you're using `batch` you probably just
       * want to use `0`.
       * - `delay`: The announcement period required of the initial proxy. Will generally be
       * zero.
       * 
       * Fails with `Duplicate` if this has already been called in this transaction, from the
       * same sender, with the same parameters.
       * 
       * Fails if there are insufficient funds to pay for deposit.
       **/
      createPure: AugmentedSubmittable<(proxyType: MedledgerRuntimeCommonAccountsProxyType | 'Any' | 'NonTransfer' | 'Governance' | 'OrganisationAdmin' | number | Uint8Array, delay: u32 | AnyNumber | Uint8Array, index: u16 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [MedledgerRuntimeCommonAccountsProxyType, u32, u16]>;
      /**
       * Removes a previously spawned pure proxy.
       * 
       * WARNING: **All access to this account will be lost.** Any funds held in it will be
       * inaccessible.
       * 
       * Requires a `Signed` origin, and the sender account must have been created by a call to
       * `create_pure` with corresponding parameters.
       * 
       * - `spawner`: The account that originally called `create_pure` to create this account.
       * - `index`: The disambiguation index originally passed to `create_pure`. Probably `0`.
       * - `proxy_type`: The proxy type originally passed to `create_pure`.
       * - `height`: The height of the chain when the call to `create_pure` was processed.
       * - `ext_index`: The extrinsic index in which the call to `create_pure` was processed.
       * 
       * Fails with `NoPermission` in case the caller is not a previously created pure
       * account whose `create_pure` call has corresponding parameters.
       **/
      killPure: AugmentedSubmittable<(spawner: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, proxyType: MedledgerRuntimeCommonAccountsProxyType | 'Any' | 'NonTransfer' | 'Governance' | 'OrganisationAdmin' | number | Uint8Array, index: u16 | AnyNumber | Uint8Array, height: Compact<u32> | AnyNumber | Uint8Array, extIndex: Compact<u32> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, MedledgerRuntimeCommonAccountsProxyType, u16, Compact<u32>, Compact<u32>]>;
      /**
       * Poke / Adjust deposits made for proxies and announcements based on current values.
       * This can be used by accounts to possibly lower their locked amount.
       * 
       * The dispatch origin for this call must be _Signed_.
       * 
       * The transaction fee is waived if the deposit amount has changed.
       * 
       * Emits `DepositPoked` if successful.
       **/
      pokeDeposit: AugmentedSubmittable<() => SubmittableExtrinsic<ApiType>, []>;
      /**
       * Dispatch the given `call` from an account that the sender is authorised for through
       * `add_proxy`.
       * 
       * The dispatch origin for this call must be _Signed_.
       * 
       * Parameters:
       * - `real`: The account that the proxy will make a call on behalf of.
       * - `force_proxy_type`: Specify the exact proxy type to be used and checked for this call.
       * - `call`: The call to be made by the `real` account.
       **/
      proxy: AugmentedSubmittable<(real: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, forceProxyType: Option<MedledgerRuntimeCommonAccountsProxyType> | null | Uint8Array | MedledgerRuntimeCommonAccountsProxyType | 'Any' | 'NonTransfer' | 'Governance' | 'OrganisationAdmin' | number, call: Call | IMethod | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, Option<MedledgerRuntimeCommonAccountsProxyType>, Call]>;
      /**
       * Dispatch the given `call` from an account that the sender is authorized for through
       * `add_proxy`.
       * 
       * Removes any corresponding announcement(s).
       * 
       * The dispatch origin for this call must be _Signed_.
       * 
       * Parameters:
       * - `real`: The account that the proxy will make a call on behalf of.
       * - `force_proxy_type`: Specify the exact proxy type to be used and checked for this call.
       * - `call`: The call to be made by the `real` account.
       **/
      proxyAnnounced: AugmentedSubmittable<(delegate: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, real: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, forceProxyType: Option<MedledgerRuntimeCommonAccountsProxyType> | null | Uint8Array | MedledgerRuntimeCommonAccountsProxyType | 'Any' | 'NonTransfer' | 'Governance' | 'OrganisationAdmin' | number, call: Call | IMethod | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, MultiAddress, Option<MedledgerRuntimeCommonAccountsProxyType>, Call]>;
      /**
       * Remove the given announcement of a delegate.
       * 
       * May be called by a target (proxied) account to remove a call that one of their delegates
       * (`delegate`) has announced they want to execute. The deposit is returned.
       * 
       * The dispatch origin for this call must be _Signed_.
       * 
       * Parameters:
       * - `delegate`: The account that previously announced the call.
       * - `call_hash`: The hash of the call to be made.
       **/
      rejectAnnouncement: AugmentedSubmittable<(delegate: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, callHash: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, H256]>;
      /**
       * Remove a given announcement.
       * 
       * May be called by a proxy account to remove a call they previously announced and return
       * the deposit.
       * 
       * The dispatch origin for this call must be _Signed_.
       * 
       * Parameters:
       * - `real`: The account that the proxy will make a call on behalf of.
       * - `call_hash`: The hash of the call to be made by the `real` account.
       **/
      removeAnnouncement: AugmentedSubmittable<(real: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, callHash: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, H256]>;
      /**
       * Unregister all proxy accounts for the sender.
       * 
       * The dispatch origin for this call must be _Signed_.
       * 
       * WARNING: This may be called on accounts created by `create_pure`, however if done, then
       * the unreserved fees will be inaccessible. **All access to this account will be lost.**
       **/
      removeProxies: AugmentedSubmittable<() => SubmittableExtrinsic<ApiType>, []>;
      /**
       * Unregister a proxy account for the sender.
       * 
       * The dispatch origin for this call must be _Signed_.
       * 
       * Parameters:
       * - `proxy`: The account that the `caller` would like to remove as a proxy.
       * - `proxy_type`: The permissions currently enabled for the removed proxy account.
       **/
      removeProxy: AugmentedSubmittable<(delegate: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, proxyType: MedledgerRuntimeCommonAccountsProxyType | 'Any' | 'NonTransfer' | 'Governance' | 'OrganisationAdmin' | number | Uint8Array, delay: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, MedledgerRuntimeCommonAccountsProxyType, u32]>;
    };
    recordAnchor: {
      /**
       * Add a version to a record.
       * 
       * Origin: signed by the patient, a representative with the records scope, or an account
       * permitted to `Amend` this
       * record for `purpose`; it pays [`Config::VersionDeposit`] (prepaid first). Errors:
       * `RecordNotFound`, `Erased`, `PatientNotFound` (the patient was deactivated),
       * `WriteNotPermitted`, `InvalidHash`, `InvalidLocation`, `TooManyVersions`,
       * `InsufficientBalance`. Event: `RecordAmended`.
       **/
      amendRecord: AugmentedSubmittable<(record: U8aFixed | string | Uint8Array, amendment: PalletRecordAnchorAmendment | { contentHash?: any; algorithm?: any; location?: any; keyManifest?: any; purpose?: any; custodian?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [U8aFixed, PalletRecordAnchorAmendment]>;
      /**
       * Anchor many records of one kind at once, each under the rules of `anchor_record`; all
       * or none. What the records share is given once (`batch`'s class, hash algorithm, purpose,
       * emergency commitment and the start of their locations); the consent decision is taken
       * once per run of consecutive entries of one patient, and the deposits at once.
       * 
       * Origin, deposits, errors: as `anchor_record` (`InvalidLocation` also when `base` and
       * a `path` together are too long), plus `EmptyBatch`. Events: `RecordAnchored` for
       * each entry, in order. The patient's timeline gets one entry per run:
       * `RecordsAnchored { first, count }`, or `RecordAnchored` for a run of one.
       * 
       * Declared weight: the consent registry's worst-case decision and a timeline entry once
       * per run of entries of one patient (group entries by patient to declare, and pay before
       * refunds, less).
       **/
      anchorBatch: AugmentedSubmittable<(batch: PalletRecordAnchorAnchorBatch | { class?: any; algorithm?: any; purpose?: any; emergencyCommitment?: any; custodian?: any; base?: any; entries_?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [PalletRecordAnchorAnchorBatch]>;
      /**
       * Anchor a Merkle root over `leaves` content hashes (leaves are BLAKE2-256 of the
       * content hashes; the tree is `binary-merkle-tree`'s).
       * 
       * Origin: signed by a practitioner in good standing, who pays
       * [`Config::MerkleRootDeposit`] (prepaid first). Errors: `NotPractitioner`, `NoLeaves`,
       * `InvalidHash`, `InsufficientBalance`, `Overflow`. Event: `MerkleRootAnchored`.
       **/
      anchorMerkleRoot: AugmentedSubmittable<(root: U8aFixed | string | Uint8Array, leaves: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [U8aFixed, u32]>;
      /**
       * Anchor a new record (version 1) for a patient.
       * 
       * Origin: signed by the patient, a representative with the records scope, or an account
       * the consent registry
       * permits to `Append` the class for `purpose` (a permit, or an emergency session for the
       * record of emergency care; never against a deny in force); it pays
       * [`Config::RecordDeposit`], from its prepaid deposits if they cover it.
       * Errors: `PatientNotFound`, `WriteNotPermitted`, `InvalidHash`, `InvalidLocation`,
       * `AlreadyExists`, `InsufficientBalance`. Event:
       * `RecordAnchored` (with the record id).
       * 
       * Declared weight: a held deposit and the consent registry's worst-case decision;
       * charged: what was done.
       **/
      anchorRecord: AugmentedSubmittable<(request: PalletRecordAnchorAnchorRequest | { patient?: any; contentHash?: any; algorithm?: any; location?: any; class?: any; keyManifest?: any; emergencyCommitment?: any; purpose?: any; custodian?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [PalletRecordAnchorAnchorRequest]>;
      /**
       * Erase a record: forget every location, keep the hashes and the fact and time of
       * erasure. Whoever erases has destroyed (or will destroy) the off-chain data key.
       * 
       * Origin: signed by the patient or a representative with the records scope, at any time;
       * or the record's author while it practises, in good standing, at the organisation it
       * anchored for. Errors: `RecordNotFound`, `Erased`, `MayNotErase`. Event: `RecordErased`.
       **/
      eraseRecord: AugmentedSubmittable<(record: U8aFixed | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [U8aFixed]>;
      /**
       * Log that `accessor` read `record` for `purpose`. The consent decision is taken now,
       * on chain, and stored with the entry.
       * 
       * Origin: signed by a practitioner in good standing of the record's custodian (the
       * organisation serving the read); it pays [`Config::LogDeposit`] (prepaid first).
       * An emergency read (purpose the public emergency tag) of a record not written in an
       * emergency needs `emergency_key`, which the custodian has from the author; it must open
       * the record's [`EmergencyCommitment`].
       * Errors: `RecordNotFound`, `NotCustodian`, `EmergencyKeyMismatch`, `ReadNotPermitted`,
       * `InsufficientBalance`. Event: `AccessLogged`.
       **/
      logAccess: AugmentedSubmittable<(record: U8aFixed | string | Uint8Array, accessor: AccountId32 | string | Uint8Array, purpose: U8aFixed | string | Uint8Array, emergencyKey: Option<U8aFixed> | null | Uint8Array | U8aFixed | string) => SubmittableExtrinsic<ApiType>, [U8aFixed, AccountId32, U8aFixed, Option<U8aFixed>]>;
      /**
       * Anchor the Merkle root of `leaves` reads and refusals the caller's organisation's
       * record gateway decided (by `ConsentApi::check_access`) and answered off chain, so that
       * a busy custodian logs every read without a transaction per read. The gateway keeps
       * the leaves ([`medledger_primitives::AccessLogLeaf`]) and gives each patient theirs with
       * proofs; `RecordApi::verify_in_access_log_root` checks them.
       * 
       * Origin: signed by a practitioner in good standing, for the organisation it practises
       * at; it pays [`Config::LogRootDeposit`] (prepaid first). Errors: `NotPractitioner`,
       * `NoLeaves`, `InvalidHash`, `InsufficientBalance`, `Overflow`. Event:
       * `AccessLogRootAnchored`.
       **/
      logAccessRoot: AugmentedSubmittable<(root: U8aFixed | string | Uint8Array, leaves: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [U8aFixed, u32]>;
      /**
       * Log that `accessor` tried to read `record` for `purpose` and was refused. The decision
       * is taken now and must be a deny.
       * 
       * Origin, deposit: as `log_access`. Errors: `RecordNotFound`, `NotCustodian`,
       * `ReadNotDenied`, `InsufficientBalance`. Event: `AccessDenialLogged`.
       **/
      logDeniedAccess: AugmentedSubmittable<(record: U8aFixed | string | Uint8Array, accessor: AccountId32 | string | Uint8Array, purpose: U8aFixed | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [U8aFixed, AccountId32, U8aFixed]>;
      /**
       * Prepay `amount` of deposits for future records, versions, Merkle roots and log entries:
       * held at once, then taken as each item is written, without a hold per item. Authors
       * who anchor often prepay; anyone else pays each deposit as it comes.
       * 
       * Origin: any signed account. Errors: `ZeroAmount`, `InsufficientBalance`. Event:
       * `DepositsPrepaid`.
       **/
      prepayDeposits: AugmentedSubmittable<(amount: u128 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u128]>;
      /**
       * Remove up to `max` (at most [`Config::MaxPrune`]) of a patient's oldest access-log
       * entries that are past [`Config::LogRetention`], returning their deposits.
       * 
       * Origin: any signed account. Errors: `NothingToPrune`. Event: `AccessLogPruned`.
       **/
      pruneAccessLog: AugmentedSubmittable<(patient: u64 | AnyNumber | Uint8Array, max: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, u32]>;
      /**
       * Remove up to `max` (at most [`Config::MaxPrune`]) of a custodian's oldest access-log
       * roots that are past [`Config::LogRetention`], returning their deposits.
       * 
       * Origin: any signed account. Errors: `NothingToPrune`. Event: `AccessLogRootsPruned`.
       **/
      pruneAccessLogRoots: AugmentedSubmittable<(custodian: u32 | AnyNumber | Uint8Array, max: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32, u32]>;
      /**
       * Take back `amount` of the deposits prepaid and not yet taken.
       * 
       * Origin: the account that prepaid. Errors: `ZeroAmount`, `InsufficientPrepaid`.
       * Event: `PrepaidWithdrawn`.
       **/
      withdrawPrepaid: AugmentedSubmittable<(amount: u128 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u128]>;
    };
    session: {
      /**
       * Removes any session key(s) of the function caller.
       * 
       * This doesn't take effect until the next session.
       * 
       * The dispatch origin of this function must be Signed and the account must be either be
       * convertible to a validator ID using the chain's typical addressing system (this usually
       * means being a controller account) or directly convertible into a validator ID (which
       * usually means being a stash account).
       **/
      purgeKeys: AugmentedSubmittable<() => SubmittableExtrinsic<ApiType>, []>;
      /**
       * Sets the session key(s) of the function caller to `keys`.
       * 
       * Allows an account to set its session key prior to becoming a validator.
       * This doesn't take effect until the next session.
       * 
       * - `origin`: The dispatch origin of this function must be signed.
       * - `keys`: The new session keys to set. These are the public keys of all sessions keys
       * setup in the runtime.
       * - `proof`: The proof that `origin` has access to the private keys of `keys`. See
       * [`impl_opaque_keys`](sp_runtime::impl_opaque_keys) for more information about the
       * proof format.
       **/
      setKeys: AugmentedSubmittable<(keys: MedledgerRuntimeOpaqueSessionKeys | { aura?: any; grandpa?: any } | string | Uint8Array, proof: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MedledgerRuntimeOpaqueSessionKeys, Bytes]>;
    };
    sponsorship: {
      /**
       * End the sponsorship of a patient's `account`; the deposit goes back to the account it
       * was held from. Deposits the sponsor paid for the patient's state stay held until that
       * state goes.
       * 
       * Origin: signed, the patient, the sponsor's relayer or an admin of the sponsor.
       * Errors: `NotSponsored`, `MayNotEndSponsorship`. Event: `SponsorshipEnded`.
       **/
      endSponsorship: AugmentedSubmittable<(account: AccountId32 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [AccountId32]>;
      /**
       * Name the caller's organisation's relayer and its daily budget: what sponsored calls
       * may cost in fees in a UTC day, all its patients together. Setting it again replaces
       * both (a lower budget applies at once); the day's spending is kept.
       * 
       * Origin: signed, an admin of an active organisation. Errors: `NotOrganisationAdmin`.
       * Event: `SponsorSet`.
       **/
      setSponsor: AugmentedSubmittable<(relayer: AccountId32 | string | Uint8Array, dailyBudget: u128 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [AccountId32, u128]>;
      /**
       * Sponsor a patient's `account`: the organisation pays its patient-side calls from now on.
       * Holds [`Config::SponsorshipDeposit`] from the relayer. An account sponsored by an
       * organisation that is no longer active may be taken over; the old deposit goes back.
       * 
       * Origin: signed, the organisation's relayer. Errors: `NotSponsor`, `NotRelayer`,
       * `OrganisationNotActive`, `AlreadySponsored`, `InsufficientBalance`. Event:
       * `PatientSponsored`.
       **/
      sponsorPatient: AugmentedSubmittable<(organisation: u32 | AnyNumber | Uint8Array, account: AccountId32 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32, AccountId32]>;
    };
    sudo: {
      /**
       * Permanently removes the sudo key.
       * 
       * **This cannot be un-done.**
       **/
      removeKey: AugmentedSubmittable<() => SubmittableExtrinsic<ApiType>, []>;
      /**
       * Authenticates the current sudo key and sets the given AccountId (`new`) as the new sudo
       * key.
       **/
      setKey: AugmentedSubmittable<(updated: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress]>;
      /**
       * Authenticates the sudo key and dispatches a function call with `Root` origin.
       **/
      sudo: AugmentedSubmittable<(call: Call | IMethod | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Call]>;
      /**
       * Authenticates the sudo key and dispatches a function call with `Signed` origin from
       * a given account.
       * 
       * The dispatch origin for this call must be _Signed_.
       **/
      sudoAs: AugmentedSubmittable<(who: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, call: Call | IMethod | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, Call]>;
      /**
       * Authenticates the sudo key and dispatches a function call with `Root` origin.
       * This function does not check the weight of the call, and instead allows the
       * Sudo user to specify the weight of the call.
       * 
       * The dispatch origin for this call must be _Signed_.
       **/
      sudoUncheckedWeight: AugmentedSubmittable<(call: Call | IMethod | string | Uint8Array, weight: SpWeightsWeightV2Weight | { refTime?: any; proofSize?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Call, SpWeightsWeightV2Weight]>;
    };
    system: {
      /**
       * Provide the preimage (runtime binary) `code` for an upgrade that has been authorized.
       * 
       * If the authorization required a version check, this call will ensure the spec name
       * remains unchanged and that the spec version has increased.
       * 
       * Depending on the runtime's `OnSetCode` configuration, this function may directly apply
       * the new `code` in the same block or attempt to schedule the upgrade.
       * 
       * All origins are allowed.
       **/
      applyAuthorizedUpgrade: AugmentedSubmittable<(code: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes]>;
      /**
       * Authorize an upgrade to a given `code_hash` for the runtime. The runtime can be supplied
       * later.
       * 
       * This call requires Root origin.
       **/
      authorizeUpgrade: AugmentedSubmittable<(codeHash: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256]>;
      /**
       * Authorize an upgrade to a given `code_hash` for the runtime. The runtime can be supplied
       * later.
       * 
       * WARNING: This authorizes an upgrade that will take place without any safety checks, for
       * example that the spec name remains the same and that the version number increases. Not
       * recommended for normal use. Use `authorize_upgrade` instead.
       * 
       * This call requires Root origin.
       **/
      authorizeUpgradeWithoutChecks: AugmentedSubmittable<(codeHash: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256]>;
      /**
       * Kill all storage items with a key that starts with the given prefix.
       * 
       * **NOTE:** We rely on the Root origin to provide us the number of subkeys under
       * the prefix we are removing to accurately calculate the weight of this function.
       **/
      killPrefix: AugmentedSubmittable<(prefix: Bytes | string | Uint8Array, subkeys: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes, u32]>;
      /**
       * Kill some items from storage.
       **/
      killStorage: AugmentedSubmittable<(keys: Vec<Bytes> | (Bytes | string | Uint8Array)[]) => SubmittableExtrinsic<ApiType>, [Vec<Bytes>]>;
      /**
       * Make some on-chain remark.
       * 
       * Can be executed by every `origin`.
       **/
      remark: AugmentedSubmittable<(remark: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes]>;
      /**
       * Make some on-chain remark and emit event.
       **/
      remarkWithEvent: AugmentedSubmittable<(remark: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes]>;
      /**
       * Set the new runtime code.
       **/
      setCode: AugmentedSubmittable<(code: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes]>;
      /**
       * Set the new runtime code without doing any checks of the given `code`.
       * 
       * Note that runtime upgrades will not run if this is called with a not-increasing spec
       * version!
       **/
      setCodeWithoutChecks: AugmentedSubmittable<(code: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes]>;
      /**
       * Set the number of pages in the WebAssembly environment's heap.
       **/
      setHeapPages: AugmentedSubmittable<(pages: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
      /**
       * Set some items of storage.
       **/
      setStorage: AugmentedSubmittable<(items: Vec<ITuple<[Bytes, Bytes]>> | ([Bytes | string | Uint8Array, Bytes | string | Uint8Array])[]) => SubmittableExtrinsic<ApiType>, [Vec<ITuple<[Bytes, Bytes]>>]>;
    };
    timestamp: {
      /**
       * Set the current time.
       * 
       * This call should be invoked exactly once per block. It will panic at the finalization
       * phase, if this call hasn't been invoked by that time.
       * 
       * The timestamp should be greater than the previous one by the amount specified by
       * [`Config::MinimumPeriod`].
       * 
       * The dispatch origin for this call must be _None_.
       * 
       * This dispatch class is _Mandatory_ to ensure it gets executed in the block. Be aware
       * that changing the complexity of this call could result exhausting the resources in a
       * block to execute any other calls.
       * 
       * ## Complexity
       * - `O(1)` (Note that implementations of `OnTimestampSet` must also be `O(1)`)
       * - 1 storage read and 1 storage mutation (codec `O(1)` because of `DidUpdate::take` in
       * `on_finalize`)
       * - 1 event handler `on_timestamp_set`. Must be `O(1)`.
       **/
      set: AugmentedSubmittable<(now: Compact<u64> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [Compact<u64>]>;
    };
    utility: {
      /**
       * Send a call through an indexed pseudonym of the sender.
       * 
       * Filter from origin are passed along. The call will be dispatched with an origin which
       * use the same filter as the origin of this call.
       * 
       * NOTE: If you need to ensure that any account-based filtering is not honored (i.e.
       * because you expect `proxy` to have been used prior in the call stack and you do not want
       * the call restrictions to apply to any sub-accounts), then use `as_multi_threshold_1`
       * in the Multisig pallet instead.
       * 
       * NOTE: Prior to version *12, this was called `as_limited_sub`.
       * 
       * The dispatch origin for this call must be _Signed_.
       **/
      asDerivative: AugmentedSubmittable<(index: u16 | AnyNumber | Uint8Array, call: Call | IMethod | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u16, Call]>;
      /**
       * Send a batch of dispatch calls.
       * 
       * May be called from any origin except `None`.
       * 
       * - `calls`: The calls to be dispatched from the same origin. The number of call must not
       * exceed the constant: `batched_calls_limit` (available in constant metadata).
       * 
       * If origin is root then the calls are dispatched without checking origin filter. (This
       * includes bypassing `frame_system::Config::BaseCallFilter`).
       * 
       * ## Complexity
       * - O(C) where C is the number of calls to be batched.
       * 
       * This will return `Ok` in all circumstances. To determine the success of the batch, an
       * event is deposited. If a call failed and the batch was interrupted, then the
       * `BatchInterrupted` event is deposited, along with the number of successful calls made
       * and the error of the failed call. If all were successful, then the `BatchCompleted`
       * event is deposited.
       **/
      batch: AugmentedSubmittable<(calls: Vec<Call> | (Call | IMethod | string | Uint8Array)[]) => SubmittableExtrinsic<ApiType>, [Vec<Call>]>;
      /**
       * Send a batch of dispatch calls and atomically execute them.
       * The whole transaction will rollback and fail if any of the calls failed.
       * 
       * May be called from any origin except `None`.
       * 
       * - `calls`: The calls to be dispatched from the same origin. The number of call must not
       * exceed the constant: `batched_calls_limit` (available in constant metadata).
       * 
       * If origin is root then the calls are dispatched without checking origin filter. (This
       * includes bypassing `frame_system::Config::BaseCallFilter`).
       * 
       * ## Complexity
       * - O(C) where C is the number of calls to be batched.
       **/
      batchAll: AugmentedSubmittable<(calls: Vec<Call> | (Call | IMethod | string | Uint8Array)[]) => SubmittableExtrinsic<ApiType>, [Vec<Call>]>;
      /**
       * Dispatches a function call with a provided origin.
       * 
       * The dispatch origin for this call must be _Root_.
       * 
       * ## Complexity
       * - O(1).
       **/
      dispatchAs: AugmentedSubmittable<(asOrigin: MedledgerRuntimeOriginCaller | { system: any } | { Council: any } | string | Uint8Array, call: Call | IMethod | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MedledgerRuntimeOriginCaller, Call]>;
      /**
       * Dispatches a function call with a provided origin.
       * 
       * Almost the same as [`Pallet::dispatch_as`] but forwards any error of the inner call.
       * 
       * The dispatch origin for this call must be _Root_.
       **/
      dispatchAsFallible: AugmentedSubmittable<(asOrigin: MedledgerRuntimeOriginCaller | { system: any } | { Council: any } | string | Uint8Array, call: Call | IMethod | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MedledgerRuntimeOriginCaller, Call]>;
      /**
       * Send a batch of dispatch calls.
       * Unlike `batch`, it allows errors and won't interrupt.
       * 
       * May be called from any origin except `None`.
       * 
       * - `calls`: The calls to be dispatched from the same origin. The number of call must not
       * exceed the constant: `batched_calls_limit` (available in constant metadata).
       * 
       * If origin is root then the calls are dispatch without checking origin filter. (This
       * includes bypassing `frame_system::Config::BaseCallFilter`).
       * 
       * ## Complexity
       * - O(C) where C is the number of calls to be batched.
       **/
      forceBatch: AugmentedSubmittable<(calls: Vec<Call> | (Call | IMethod | string | Uint8Array)[]) => SubmittableExtrinsic<ApiType>, [Vec<Call>]>;
      /**
       * Dispatch a fallback call in the event the main call fails to execute.
       * May be called from any origin except `None`.
       * 
       * This function first attempts to dispatch the `main` call.
       * If the `main` call fails, the `fallback` is attemted.
       * if the fallback is successfully dispatched, the weights of both calls
       * are accumulated and an event containing the main call error is deposited.
       * 
       * In the event of a fallback failure the whole call fails
       * with the weights returned.
       * 
       * - `main`: The main call to be dispatched. This is the primary action to execute.
       * - `fallback`: The fallback call to be dispatched in case the `main` call fails.
       * 
       * ## Dispatch Logic
       * - If the origin is `root`, both the main and fallback calls are executed without
       * applying any origin filters.
       * - If the origin is not `root`, the origin filter is applied to both the `main` and
       * `fallback` calls.
       * 
       * ## Use Case
       * - Some use cases might involve submitting a `batch` type call in either main, fallback
       * or both.
       **/
      ifElse: AugmentedSubmittable<(main: Call | IMethod | string | Uint8Array, fallback: Call | IMethod | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Call, Call]>;
      /**
       * Dispatch a function call with a specified weight.
       * 
       * This function does not check the weight of the call, and instead allows the
       * Root origin to specify the weight of the call.
       * 
       * The dispatch origin for this call must be _Root_.
       **/
      withWeight: AugmentedSubmittable<(call: Call | IMethod | string | Uint8Array, weight: SpWeightsWeightV2Weight | { refTime?: any; proofSize?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Call, SpWeightsWeightV2Weight]>;
    };
  } // AugmentedSubmittables
} // declare module
