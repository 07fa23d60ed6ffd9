// Auto-generated via `yarn polkadot-types-from-chain`, do not edit
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/api-base/types/events';

import type { ApiTypes, AugmentedEvent } from '@polkadot/api-base/types';
import type { Bytes, Null, Option, Result, U8aFixed, Vec, bool, u128, u16, u32, u64 } from '@polkadot/types-codec';
import type { ITuple } from '@polkadot/types-codec/types';
import type { AccountId32, H256 } from '@polkadot/types/interfaces/runtime';
import type { FrameSupportDispatchPostDispatchInfo, FrameSupportTokensMiscBalanceStatus, FrameSystemDispatchEventInfo, MedledgerPrimitivesConsentAccessBasis, MedledgerPrimitivesConsentConsentKind, MedledgerPrimitivesConsentDenyReason, MedledgerPrimitivesConsentGrantee, MedledgerPrimitivesConsentRequestOutcome, MedledgerPrimitivesIdentityOrganisationKind, MedledgerPrimitivesIdentityPractitionerRole, MedledgerPrimitivesIdentityRepresentativeScope, MedledgerRuntimeCommonAccountsProxyType, MedledgerRuntimeRuntimeHoldReason, PalletBalancesUnexpectedKind, PalletMultisigTimepoint, PalletPatientIdentityAppointedBy, PalletProxyDepositKind, SpConsensusGrandpaAppPublic, SpRuntimeDispatchError, SpRuntimeDispatchErrorWithPostInfo } from '@polkadot/types/lookup';

export type __AugmentedEvent<ApiType extends ApiTypes> = AugmentedEvent<ApiType>;

declare module '@polkadot/api-base/types/events' {
  interface AugmentedEvents<ApiType extends ApiTypes> {
    balances: {
      /**
       * A balance was set by root.
       **/
      BalanceSet: AugmentedEvent<ApiType, [who: AccountId32, free: u128], { who: AccountId32, free: u128 }>;
      /**
       * Some amount was burned from an account.
       **/
      Burned: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some debt has been dropped from the Total Issuance.
       **/
      BurnedDebt: AugmentedEvent<ApiType, [amount: u128], { amount: u128 }>;
      /**
       * Held balance was burned from an account.
       **/
      BurnedHeld: AugmentedEvent<ApiType, [reason: MedledgerRuntimeRuntimeHoldReason, who: AccountId32, amount: u128], { reason: MedledgerRuntimeRuntimeHoldReason, who: AccountId32, amount: u128 }>;
      /**
       * Some amount was deposited (e.g. for transaction fees).
       **/
      Deposit: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * An account was removed whose balance was non-zero but below ExistentialDeposit,
       * resulting in an outright loss.
       **/
      DustLost: AugmentedEvent<ApiType, [account: AccountId32, amount: u128], { account: AccountId32, amount: u128 }>;
      /**
       * An account was created with some free balance.
       **/
      Endowed: AugmentedEvent<ApiType, [account: AccountId32, freeBalance: u128], { account: AccountId32, freeBalance: u128 }>;
      /**
       * Some balance was frozen.
       **/
      Frozen: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some balance was placed on hold.
       **/
      Held: AugmentedEvent<ApiType, [reason: MedledgerRuntimeRuntimeHoldReason, who: AccountId32, amount: u128], { reason: MedledgerRuntimeRuntimeHoldReason, who: AccountId32, amount: u128 }>;
      /**
       * Total issuance was increased by `amount`, creating a credit to be balanced.
       **/
      Issued: AugmentedEvent<ApiType, [amount: u128], { amount: u128 }>;
      /**
       * Some balance was locked.
       **/
      Locked: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some amount was minted into an account.
       **/
      Minted: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some credit was balanced and added to the TotalIssuance.
       **/
      MintedCredit: AugmentedEvent<ApiType, [amount: u128], { amount: u128 }>;
      /**
       * Some balance was released from hold.
       **/
      Released: AugmentedEvent<ApiType, [reason: MedledgerRuntimeRuntimeHoldReason, who: AccountId32, amount: u128], { reason: MedledgerRuntimeRuntimeHoldReason, who: AccountId32, amount: u128 }>;
      /**
       * Total issuance was decreased by `amount`, creating a debt to be balanced.
       **/
      Rescinded: AugmentedEvent<ApiType, [amount: u128], { amount: u128 }>;
      /**
       * Some balance was reserved (moved from free to reserved).
       **/
      Reserved: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some balance was moved from the reserve of the first account to the second account.
       * Final argument indicates the destination balance type.
       **/
      ReserveRepatriated: AugmentedEvent<ApiType, [from: AccountId32, to: AccountId32, amount: u128, destinationStatus: FrameSupportTokensMiscBalanceStatus], { from: AccountId32, to: AccountId32, amount: u128, destinationStatus: FrameSupportTokensMiscBalanceStatus }>;
      /**
       * Some amount was restored into an account.
       **/
      Restored: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some amount was removed from the account (e.g. for misbehavior).
       **/
      Slashed: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some amount was suspended from an account (it can be restored later).
       **/
      Suspended: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some balance was thawed.
       **/
      Thawed: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * The `TotalIssuance` was forcefully changed.
       **/
      TotalIssuanceForced: AugmentedEvent<ApiType, [old: u128, new_: u128], { old: u128, new_: u128 }>;
      /**
       * Transfer succeeded.
       **/
      Transfer: AugmentedEvent<ApiType, [from: AccountId32, to: AccountId32, amount: u128], { from: AccountId32, to: AccountId32, amount: u128 }>;
      /**
       * The `transferred` balance is placed on hold at the `dest` account.
       **/
      TransferAndHold: AugmentedEvent<ApiType, [reason: MedledgerRuntimeRuntimeHoldReason, source: AccountId32, dest: AccountId32, transferred: u128], { reason: MedledgerRuntimeRuntimeHoldReason, source: AccountId32, dest: AccountId32, transferred: u128 }>;
      /**
       * A transfer of `amount` on hold from `source` to `dest` was initiated.
       **/
      TransferOnHold: AugmentedEvent<ApiType, [reason: MedledgerRuntimeRuntimeHoldReason, source: AccountId32, dest: AccountId32, amount: u128], { reason: MedledgerRuntimeRuntimeHoldReason, source: AccountId32, dest: AccountId32, amount: u128 }>;
      /**
       * An unexpected/defensive event was triggered.
       **/
      Unexpected: AugmentedEvent<ApiType, [PalletBalancesUnexpectedKind]>;
      /**
       * Some balance was unlocked.
       **/
      Unlocked: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some balance was unreserved (moved from reserved to free).
       **/
      Unreserved: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * An account was upgraded.
       **/
      Upgraded: AugmentedEvent<ApiType, [who: AccountId32], { who: AccountId32 }>;
      /**
       * Some amount was withdrawn from the account (e.g. for transaction fees).
       **/
      Withdraw: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
    };
    consentRegistry: {
      /**
       * The patient confirmed a consent a representative granted in their name: it no longer
       * lapses with the representation.
       **/
      ConsentConfirmed: AugmentedEvent<ApiType, [patient: u64, consent: u64], { patient: u64, consent: u64 }>;
      /**
       * A consent, a permit or a deny (`kind`), was recorded: given by `by` (the patient or a
       * representative).
       **/
      ConsentRecorded: AugmentedEvent<ApiType, [patient: u64, consent: u64, kind: MedledgerPrimitivesConsentConsentKind, grantee: MedledgerPrimitivesConsentGrantee, startsAt: u64, expiresAt: Option<u64>, by: AccountId32], { patient: u64, consent: u64, kind: MedledgerPrimitivesConsentConsentKind, grantee: MedledgerPrimitivesConsentGrantee, startsAt: u64, expiresAt: Option<u64>, by: AccountId32 }>;
      /**
       * A consent was removed from state; its deposit went back to `depositor`.
       **/
      ConsentRemoved: AugmentedEvent<ApiType, [patient: u64, consent: u64, depositor: AccountId32, by: AccountId32], { patient: u64, consent: u64, depositor: AccountId32, by: AccountId32 }>;
      /**
       * A consent request was closed (`outcome`) by `by`; if accepted, `consent` is the consent
       * that came into force with the requester's deposit. The rest of the requester's deposit
       * went back to them.
       **/
      ConsentRequestClosed: AugmentedEvent<ApiType, [patient: u64, request: u64, requester: AccountId32, outcome: MedledgerPrimitivesConsentRequestOutcome, consent: Option<u64>, by: AccountId32], { patient: u64, request: u64, requester: AccountId32, outcome: MedledgerPrimitivesConsentRequestOutcome, consent: Option<u64>, by: AccountId32 }>;
      /**
       * A provider asked the patient for a consent for `grantee`; the terms are sealed for
       * the patient, who can answer until `expires_at`.
       **/
      ConsentRequested: AugmentedEvent<ApiType, [patient: u64, request: u64, requester: AccountId32, grantee: MedledgerPrimitivesConsentGrantee, expiresAt: u64], { patient: u64, request: u64, requester: AccountId32, grantee: MedledgerPrimitivesConsentGrantee, expiresAt: u64 }>;
      /**
       * A consent was revoked; it decides nothing from this moment on.
       **/
      ConsentRevoked: AugmentedEvent<ApiType, [patient: u64, consent: u64, by: AccountId32], { patient: u64, consent: u64, by: AccountId32 }>;
      /**
       * An emergency session was closed by `by` (`expired`: it had already run out). The
       * practitioner may open another for the patient from `reopen_after` on.
       **/
      EmergencyAccessClosed: AugmentedEvent<ApiType, [patient: u64, practitioner: AccountId32, session: u64, by: AccountId32, expired: bool, reopenAfter: u64], { patient: u64, practitioner: AccountId32, session: u64, by: AccountId32, expired: bool, reopenAfter: u64 }>;
      /**
       * A practitioner opened emergency access to a patient's records.
       **/
      EmergencyAccessOpened: AugmentedEvent<ApiType, [patient: u64, practitioner: AccountId32, organisation: u32, session: u64, reasonHash: U8aFixed, expiresAt: u64], { patient: u64, practitioner: AccountId32, organisation: u32, session: u64, reasonHash: U8aFixed, expiresAt: u64 }>;
      /**
       * An admin of the practitioner's organisation reviewed a closed session; it was removed
       * and the practitioner's deposit returned.
       **/
      EmergencyAccessReviewed: AugmentedEvent<ApiType, [patient: u64, practitioner: AccountId32, organisation: u32, session: u64, by: AccountId32], { patient: u64, practitioner: AccountId32, organisation: u32, session: u64, by: AccountId32 }>;
    };
    consortium: {
      /**
       * A runtime upgrade with this code hash was authorised; it is enacted at block
       * `enactable_at` unless cancelled before.
       **/
      UpgradeAuthorized: AugmentedEvent<ApiType, [codeHash: H256, enactableAt: u32], { codeHash: H256, enactableAt: u32 }>;
      /**
       * The pending upgrade was cancelled: it will not be enacted.
       **/
      UpgradeCancelled: AugmentedEvent<ApiType, [codeHash: H256], { codeHash: H256 }>;
      /**
       * The pending upgrade's delay is over: anyone may now apply the code
       * (`system.apply_authorized_upgrade`).
       **/
      UpgradeEnacted: AugmentedEvent<ApiType, [codeHash: H256], { codeHash: H256 }>;
      /**
       * A validator was added; it validates from the session after next.
       **/
      ValidatorAdded: AugmentedEvent<ApiType, [validator: AccountId32], { validator: AccountId32 }>;
      /**
       * A validator was removed; it stops at the session after next.
       **/
      ValidatorRemoved: AugmentedEvent<ApiType, [validator: AccountId32], { validator: AccountId32 }>;
    };
    council: {
      /**
       * A motion was approved by the required threshold.
       **/
      Approved: AugmentedEvent<ApiType, [proposalHash: H256], { proposalHash: H256 }>;
      /**
       * A proposal was closed because its threshold was reached or after its duration was up.
       **/
      Closed: AugmentedEvent<ApiType, [proposalHash: H256, yes: u32, no: u32], { proposalHash: H256, yes: u32, no: u32 }>;
      /**
       * A motion was not approved by the required threshold.
       **/
      Disapproved: AugmentedEvent<ApiType, [proposalHash: H256], { proposalHash: H256 }>;
      /**
       * A motion was executed; result will be `Ok` if it returned without error.
       **/
      Executed: AugmentedEvent<ApiType, [proposalHash: H256, result: Result<Null, SpRuntimeDispatchError>], { proposalHash: H256, result: Result<Null, SpRuntimeDispatchError> }>;
      /**
       * A proposal was killed.
       **/
      Killed: AugmentedEvent<ApiType, [proposalHash: H256], { proposalHash: H256 }>;
      /**
       * A single member did some action; result will be `Ok` if it returned without error.
       **/
      MemberExecuted: AugmentedEvent<ApiType, [proposalHash: H256, result: Result<Null, SpRuntimeDispatchError>], { proposalHash: H256, result: Result<Null, SpRuntimeDispatchError> }>;
      /**
       * Some cost for storing a proposal was burned.
       **/
      ProposalCostBurned: AugmentedEvent<ApiType, [proposalHash: H256, who: AccountId32], { proposalHash: H256, who: AccountId32 }>;
      /**
       * Some cost for storing a proposal was released.
       **/
      ProposalCostReleased: AugmentedEvent<ApiType, [proposalHash: H256, who: AccountId32], { proposalHash: H256, who: AccountId32 }>;
      /**
       * A motion (given hash) has been proposed (by given account) with a threshold (given
       * `MemberCount`).
       **/
      Proposed: AugmentedEvent<ApiType, [account: AccountId32, proposalIndex: u32, proposalHash: H256, threshold: u32], { account: AccountId32, proposalIndex: u32, proposalHash: H256, threshold: u32 }>;
      /**
       * A motion (given hash) has been voted on by given account, leaving
       * a tally (yes votes and no votes given respectively as `MemberCount`).
       **/
      Voted: AugmentedEvent<ApiType, [account: AccountId32, proposalHash: H256, voted: bool, yes: u32, no: u32], { account: AccountId32, proposalHash: H256, voted: bool, yes: u32, no: u32 }>;
    };
    councilMembership: {
      /**
       * Phantom member, never used.
       **/
      Dummy: AugmentedEvent<ApiType, []>;
      /**
       * One of the members' keys changed.
       **/
      KeyChanged: AugmentedEvent<ApiType, []>;
      /**
       * The given member was added; see the transaction for who.
       **/
      MemberAdded: AugmentedEvent<ApiType, []>;
      /**
       * The given member was removed; see the transaction for who.
       **/
      MemberRemoved: AugmentedEvent<ApiType, []>;
      /**
       * The membership was reset; see the transaction for who the new set is.
       **/
      MembersReset: AugmentedEvent<ApiType, []>;
      /**
       * Two members were swapped; see the transaction for who.
       **/
      MembersSwapped: AugmentedEvent<ApiType, []>;
    };
    grandpa: {
      /**
       * New authority set has been applied.
       **/
      NewAuthorities: AugmentedEvent<ApiType, [authoritySet: Vec<ITuple<[SpConsensusGrandpaAppPublic, u64]>>], { authoritySet: Vec<ITuple<[SpConsensusGrandpaAppPublic, u64]>> }>;
      /**
       * Current authority set has been paused.
       **/
      Paused: AugmentedEvent<ApiType, []>;
      /**
       * Current authority set has been resumed.
       **/
      Resumed: AugmentedEvent<ApiType, []>;
    };
    metaTx: {
      /**
       * A meta transaction has been dispatched.
       * 
       * Contains the dispatch result of the meta transaction along with post-dispatch
       * information.
       **/
      Dispatched: AugmentedEvent<ApiType, [result: Result<FrameSupportDispatchPostDispatchInfo, SpRuntimeDispatchErrorWithPostInfo>], { result: Result<FrameSupportDispatchPostDispatchInfo, SpRuntimeDispatchErrorWithPostInfo> }>;
    };
    multiBlockMigrations: {
      /**
       * The set of historical migrations has been cleared.
       **/
      HistoricCleared: AugmentedEvent<ApiType, [nextCursor: Option<Bytes>], { nextCursor: Option<Bytes> }>;
      /**
       * A migration progressed.
       **/
      MigrationAdvanced: AugmentedEvent<ApiType, [index: u32, took: u32], { index: u32, took: u32 }>;
      /**
       * A Migration completed.
       **/
      MigrationCompleted: AugmentedEvent<ApiType, [index: u32, took: u32], { index: u32, took: u32 }>;
      /**
       * A Migration failed.
       * 
       * This implies that the whole upgrade failed and governance intervention is required.
       **/
      MigrationFailed: AugmentedEvent<ApiType, [index: u32, took: u32], { index: u32, took: u32 }>;
      /**
       * A migration was skipped since it was already executed in the past.
       **/
      MigrationSkipped: AugmentedEvent<ApiType, [index: u32], { index: u32 }>;
      /**
       * The current runtime upgrade completed.
       * 
       * This implies that all of its migrations completed successfully as well.
       **/
      UpgradeCompleted: AugmentedEvent<ApiType, []>;
      /**
       * Runtime upgrade failed.
       * 
       * This is very bad and will require governance intervention.
       **/
      UpgradeFailed: AugmentedEvent<ApiType, []>;
      /**
       * A Runtime upgrade started.
       * 
       * Its end is indicated by `UpgradeCompleted` or `UpgradeFailed`.
       **/
      UpgradeStarted: AugmentedEvent<ApiType, [migrations: u32], { migrations: u32 }>;
    };
    multisig: {
      /**
       * The deposit for a multisig operation has been updated/poked.
       **/
      DepositPoked: AugmentedEvent<ApiType, [who: AccountId32, callHash: U8aFixed, oldDeposit: u128, newDeposit: u128], { who: AccountId32, callHash: U8aFixed, oldDeposit: u128, newDeposit: u128 }>;
      /**
       * A multisig operation has been approved by someone.
       **/
      MultisigApproval: AugmentedEvent<ApiType, [approving: AccountId32, timepoint: PalletMultisigTimepoint, multisig: AccountId32, callHash: U8aFixed], { approving: AccountId32, timepoint: PalletMultisigTimepoint, multisig: AccountId32, callHash: U8aFixed }>;
      /**
       * A multisig operation has been cancelled.
       **/
      MultisigCancelled: AugmentedEvent<ApiType, [cancelling: AccountId32, timepoint: PalletMultisigTimepoint, multisig: AccountId32, callHash: U8aFixed], { cancelling: AccountId32, timepoint: PalletMultisigTimepoint, multisig: AccountId32, callHash: U8aFixed }>;
      /**
       * A multisig operation has been executed.
       **/
      MultisigExecuted: AugmentedEvent<ApiType, [approving: AccountId32, timepoint: PalletMultisigTimepoint, multisig: AccountId32, callHash: U8aFixed, result: Result<Null, SpRuntimeDispatchError>], { approving: AccountId32, timepoint: PalletMultisigTimepoint, multisig: AccountId32, callHash: U8aFixed, result: Result<Null, SpRuntimeDispatchError> }>;
      /**
       * A new multisig operation has begun.
       **/
      NewMultisig: AugmentedEvent<ApiType, [approving: AccountId32, multisig: AccountId32, callHash: U8aFixed], { approving: AccountId32, multisig: AccountId32, callHash: U8aFixed }>;
    };
    patientIdentity: {
      /**
       * An admin was added to an organisation.
       **/
      AdminAdded: AugmentedEvent<ApiType, [organisation: u32, admin: AccountId32], { organisation: u32, admin: AccountId32 }>;
      /**
       * An admin was removed from an organisation.
       **/
      AdminRemoved: AugmentedEvent<ApiType, [organisation: u32, admin: AccountId32], { organisation: u32, admin: AccountId32 }>;
      /**
       * A patient's identity commitment was set (`present`) or cleared.
       **/
      CommitmentSet: AugmentedEvent<ApiType, [patient: u64, present: bool, actor: AccountId32], { patient: u64, present: bool, actor: AccountId32 }>;
      /**
       * The patient stopped a deactivation a representative asked for.
       **/
      DeactivationCancelled: AugmentedEvent<ApiType, [patient: u64], { patient: u64 }>;
      /**
       * A representative asked for the patient's deactivation, possible from block `due`.
       **/
      DeactivationRequested: AugmentedEvent<ApiType, [patient: u64, representative: AccountId32, due: u32], { patient: u64, representative: AccountId32, due: u32 }>;
      /**
       * A patient's encryption key was rotated to `version`.
       **/
      EncryptionKeyRotated: AugmentedEvent<ApiType, [patient: u64, version: u32, actor: AccountId32], { patient: u64, version: u32, actor: AccountId32 }>;
      /**
       * The identity moved to a new account, deposit included.
       **/
      IdentityRecovered: AugmentedEvent<ApiType, [patient: u64, oldAccount: AccountId32, newAccount: AccountId32], { patient: u64, oldAccount: AccountId32, newAccount: AccountId32 }>;
      /**
       * An invitation was withdrawn by the organisation or declined by the practitioner.
       **/
      InvitationWithdrawn: AugmentedEvent<ApiType, [organisation: u32, practitioner: AccountId32], { organisation: u32, practitioner: AccountId32 }>;
      /**
       * An organisation was admitted with its first admin.
       **/
      OrganisationAdmitted: AugmentedEvent<ApiType, [organisation: u32, kind: MedledgerPrimitivesIdentityOrganisationKind, admin: AccountId32], { organisation: u32, kind: MedledgerPrimitivesIdentityOrganisationKind, admin: AccountId32 }>;
      /**
       * A suspended organisation was reinstated.
       **/
      OrganisationReinstated: AugmentedEvent<ApiType, [organisation: u32], { organisation: u32 }>;
      /**
       * An organisation was removed.
       **/
      OrganisationRemoved: AugmentedEvent<ApiType, [organisation: u32], { organisation: u32 }>;
      /**
       * An organisation was suspended; its practitioners lost standing.
       **/
      OrganisationSuspended: AugmentedEvent<ApiType, [organisation: u32], { organisation: u32 }>;
      /**
       * A patient deactivated; the deposit went back to `account`.
       **/
      PatientDeactivated: AugmentedEvent<ApiType, [patient: u64, account: AccountId32, deposit: u128, actor: AccountId32], { patient: u64, account: AccountId32, deposit: u128, actor: AccountId32 }>;
      /**
       * A runtime upgrade re-priced patient deposits to `deposit` ([`migrations::v1`]):
       * `repriced` patients now hold it; `kept` could not pay a higher one and keep theirs.
       **/
      PatientDepositsRepriced: AugmentedEvent<ApiType, [deposit: u128, repriced: u32, kept: u32], { deposit: u128, repriced: u32, kept: u32 }>;
      /**
       * A patient registered.
       **/
      PatientRegistered: AugmentedEvent<ApiType, [patient: u64, account: AccountId32, deposit: u128], { patient: u64, account: AccountId32, deposit: u128 }>;
      /**
       * An organisation invited `practitioner` to practise there with `role`.
       **/
      PractitionerInvited: AugmentedEvent<ApiType, [organisation: u32, practitioner: AccountId32, role: MedledgerPrimitivesIdentityPractitionerRole], { organisation: u32, practitioner: AccountId32, role: MedledgerPrimitivesIdentityPractitionerRole }>;
      /**
       * A practitioner accepted an invitation and practises at the organisation.
       **/
      PractitionerRegistered: AugmentedEvent<ApiType, [organisation: u32, practitioner: AccountId32, role: MedledgerPrimitivesIdentityPractitionerRole], { organisation: u32, practitioner: AccountId32, role: MedledgerPrimitivesIdentityPractitionerRole }>;
      /**
       * An organisation's admin removed a practitioner.
       **/
      PractitionerRemoved: AugmentedEvent<ApiType, [organisation: u32, practitioner: AccountId32], { organisation: u32, practitioner: AccountId32 }>;
      /**
       * A practitioner left the organisation.
       **/
      PractitionerResigned: AugmentedEvent<ApiType, [organisation: u32, practitioner: AccountId32], { organisation: u32, practitioner: AccountId32 }>;
      /**
       * A contact withdrew its approval.
       **/
      RecoveryApprovalWithdrawn: AugmentedEvent<ApiType, [patient: u64, contact: AccountId32], { patient: u64, contact: AccountId32 }>;
      /**
       * A contact approved the recovery in progress.
       **/
      RecoveryApproved: AugmentedEvent<ApiType, [patient: u64, contact: AccountId32], { patient: u64, contact: AccountId32 }>;
      /**
       * A contact voted to cancel the recovery in progress.
       **/
      RecoveryCancellationVoted: AugmentedEvent<ApiType, [patient: u64, contact: AccountId32, votes: u32], { patient: u64, contact: AccountId32, votes: u32 }>;
      /**
       * The recovery in progress was cancelled by the patient or a majority of the contacts;
       * its starter's deposit went to the patient's account.
       **/
      RecoveryCancelled: AugmentedEvent<ApiType, [patient: u64, newAccount: AccountId32], { patient: u64, newAccount: AccountId32 }>;
      /**
       * The patient removed its recovery set-up.
       **/
      RecoveryConfigRemoved: AugmentedEvent<ApiType, [patient: u64], { patient: u64 }>;
      /**
       * The patient set up recovery: `threshold` of the contacts, after `delay` blocks.
       **/
      RecoveryConfigured: AugmentedEvent<ApiType, [patient: u64, threshold: u32, delay: u32], { patient: u64, threshold: u32, delay: u32 }>;
      /**
       * `new_account` started a recovery of the patient's identity, holding `deposit`.
       **/
      RecoveryStarted: AugmentedEvent<ApiType, [patient: u64, newAccount: AccountId32, deposit: u128], { patient: u64, newAccount: AccountId32, deposit: u128 }>;
      /**
       * A representative was appointed (or its appointment replaced).
       **/
      RepresentativeAppointed: AugmentedEvent<ApiType, [patient: u64, representative: AccountId32, scope: MedledgerPrimitivesIdentityRepresentativeScope, until: Option<u32>, appointedBy: PalletPatientIdentityAppointedBy], { patient: u64, representative: AccountId32, scope: MedledgerPrimitivesIdentityRepresentativeScope, until: Option<u32>, appointedBy: PalletPatientIdentityAppointedBy }>;
      /**
       * A representative was removed (by the patient, its appointer or itself).
       **/
      RepresentativeRemoved: AugmentedEvent<ApiType, [patient: u64, representative: AccountId32, actor: AccountId32], { patient: u64, representative: AccountId32, actor: AccountId32 }>;
    };
    proxy: {
      /**
       * An announcement was placed to make a call in the future.
       **/
      Announced: AugmentedEvent<ApiType, [real: AccountId32, proxy: AccountId32, callHash: H256], { real: AccountId32, proxy: AccountId32, callHash: H256 }>;
      /**
       * A deposit stored for proxies or announcements was poked / updated.
       **/
      DepositPoked: AugmentedEvent<ApiType, [who: AccountId32, kind: PalletProxyDepositKind, oldDeposit: u128, newDeposit: u128], { who: AccountId32, kind: PalletProxyDepositKind, oldDeposit: u128, newDeposit: u128 }>;
      /**
       * A proxy was added.
       **/
      ProxyAdded: AugmentedEvent<ApiType, [delegator: AccountId32, delegatee: AccountId32, proxyType: MedledgerRuntimeCommonAccountsProxyType, delay: u32], { delegator: AccountId32, delegatee: AccountId32, proxyType: MedledgerRuntimeCommonAccountsProxyType, delay: u32 }>;
      /**
       * A proxy was executed correctly, with the given.
       **/
      ProxyExecuted: AugmentedEvent<ApiType, [result: Result<Null, SpRuntimeDispatchError>], { result: Result<Null, SpRuntimeDispatchError> }>;
      /**
       * A proxy was removed.
       **/
      ProxyRemoved: AugmentedEvent<ApiType, [delegator: AccountId32, delegatee: AccountId32, proxyType: MedledgerRuntimeCommonAccountsProxyType, delay: u32], { delegator: AccountId32, delegatee: AccountId32, proxyType: MedledgerRuntimeCommonAccountsProxyType, delay: u32 }>;
      /**
       * A pure account has been created by new proxy with given
       * disambiguation index and proxy type.
       **/
      PureCreated: AugmentedEvent<ApiType, [pure: AccountId32, who: AccountId32, proxyType: MedledgerRuntimeCommonAccountsProxyType, disambiguationIndex: u16, at: u32, extrinsicIndex: u32], { pure: AccountId32, who: AccountId32, proxyType: MedledgerRuntimeCommonAccountsProxyType, disambiguationIndex: u16, at: u32, extrinsicIndex: u32 }>;
      /**
       * A pure proxy was killed by its spawner.
       **/
      PureKilled: AugmentedEvent<ApiType, [pure: AccountId32, spawner: AccountId32, proxyType: MedledgerRuntimeCommonAccountsProxyType, disambiguationIndex: u16], { pure: AccountId32, spawner: AccountId32, proxyType: MedledgerRuntimeCommonAccountsProxyType, disambiguationIndex: u16 }>;
    };
    recordAnchor: {
      /**
       * A denied access attempt was logged.
       **/
      AccessDenialLogged: AugmentedEvent<ApiType, [patient: u64, seq: u64, record: U8aFixed, accessor: AccountId32, purpose: U8aFixed, reason: MedledgerPrimitivesConsentDenyReason], { patient: u64, seq: u64, record: U8aFixed, accessor: AccountId32, purpose: U8aFixed, reason: MedledgerPrimitivesConsentDenyReason }>;
      /**
       * A permitted access was logged.
       **/
      AccessLogged: AugmentedEvent<ApiType, [patient: u64, seq: u64, record: U8aFixed, accessor: AccountId32, purpose: U8aFixed, basis: MedledgerPrimitivesConsentAccessBasis], { patient: u64, seq: u64, record: U8aFixed, accessor: AccountId32, purpose: U8aFixed, basis: MedledgerPrimitivesConsentAccessBasis }>;
      /**
       * Access-log entries older than the retention period were removed.
       **/
      AccessLogPruned: AugmentedEvent<ApiType, [patient: u64, removed: u32, oldest: u64], { patient: u64, removed: u32, oldest: u64 }>;
      /**
       * A custodian's gateway anchored the root of `leaves` reads and refusals it answered.
       **/
      AccessLogRootAnchored: AugmentedEvent<ApiType, [custodian: u32, seq: u64, root: U8aFixed, leaves: u32, by: AccountId32], { custodian: u32, seq: u64, root: U8aFixed, leaves: u32, by: AccountId32 }>;
      /**
       * A custodian's access-log roots older than the retention period were removed.
       **/
      AccessLogRootsPruned: AugmentedEvent<ApiType, [custodian: u32, removed: u32, oldest: u64], { custodian: u32, removed: u32, oldest: u64 }>;
      /**
       * `records` more records of a deactivated patient were erased; `done`: all of them are.
       **/
      DeactivatedRecordsErased: AugmentedEvent<ApiType, [patient: u64, records: u32, done: bool], { patient: u64, records: u32, done: bool }>;
      /**
       * `who` prepaid `amount` of deposits; `total` is prepaid now.
       **/
      DepositsPrepaid: AugmentedEvent<ApiType, [who: AccountId32, amount: u128, total: u128], { who: AccountId32, amount: u128, total: u128 }>;
      /**
       * A Merkle root over `leaves` content hashes was anchored.
       **/
      MerkleRootAnchored: AugmentedEvent<ApiType, [id: u64, root: U8aFixed, leaves: u32, author: AccountId32], { id: u64, root: U8aFixed, leaves: u32, author: AccountId32 }>;
      /**
       * `who` took back `amount` of unused prepaid deposits; `left` is still prepaid.
       **/
      PrepaidWithdrawn: AugmentedEvent<ApiType, [who: AccountId32, amount: u128, left: u128], { who: AccountId32, amount: u128, left: u128 }>;
      /**
       * A record got a new version.
       **/
      RecordAmended: AugmentedEvent<ApiType, [patient: u64, record: U8aFixed, version: u32, author: AccountId32], { patient: u64, record: U8aFixed, version: u32, author: AccountId32 }>;
      /**
       * A record was anchored (version 1).
       **/
      RecordAnchored: AugmentedEvent<ApiType, [patient: u64, record: U8aFixed, class_: U8aFixed, author: AccountId32], { patient: u64, record: U8aFixed, class: U8aFixed, author: AccountId32 }>;
      /**
       * A record was erased: every location is gone, the hashes stay.
       **/
      RecordErased: AugmentedEvent<ApiType, [patient: u64, record: U8aFixed, by: AccountId32], { patient: u64, record: U8aFixed, by: AccountId32 }>;
    };
    session: {
      /**
       * The `NewSession` event in the current block also implies a new validator set to be
       * queued.
       **/
      NewQueued: AugmentedEvent<ApiType, []>;
      /**
       * New session has happened. Note that the argument is the session index, not the
       * block number as the type might suggest.
       **/
      NewSession: AugmentedEvent<ApiType, [sessionIndex: u32], { sessionIndex: u32 }>;
      /**
       * Validator has been disabled.
       **/
      ValidatorDisabled: AugmentedEvent<ApiType, [validator: AccountId32], { validator: AccountId32 }>;
      /**
       * Validator has been re-enabled.
       **/
      ValidatorReenabled: AugmentedEvent<ApiType, [validator: AccountId32], { validator: AccountId32 }>;
    };
    sponsorship: {
      /**
       * `organisation` sponsors the patient's `account`; `deposit` is held from `depositor`.
       **/
      PatientSponsored: AugmentedEvent<ApiType, [account: AccountId32, organisation: u32, depositor: AccountId32, deposit: u128], { account: AccountId32, organisation: u32, depositor: AccountId32, deposit: u128 }>;
      /**
       * A sponsored call signed by `account`, paid by `organisation`: `fee` counted against
       * its budget; `calls_today` is the account's count for the day, this one included.
       **/
      SponsoredCallAdmitted: AugmentedEvent<ApiType, [account: AccountId32, organisation: u32, fee: u128, callsToday: u32], { account: AccountId32, organisation: u32, fee: u128, callsToday: u32 }>;
      /**
       * `organisation` sponsors through `relayer`, within `daily_budget` a day.
       **/
      SponsorSet: AugmentedEvent<ApiType, [organisation: u32, relayer: AccountId32, dailyBudget: u128], { organisation: u32, relayer: AccountId32, dailyBudget: u128 }>;
      /**
       * The sponsorship of `account` ended; its deposit went back to `depositor`.
       **/
      SponsorshipEnded: AugmentedEvent<ApiType, [account: AccountId32, organisation: u32, depositor: AccountId32, endedBy: AccountId32], { account: AccountId32, organisation: u32, depositor: AccountId32, endedBy: AccountId32 }>;
    };
    sudo: {
      /**
       * The sudo key has been updated.
       **/
      KeyChanged: AugmentedEvent<ApiType, [old: Option<AccountId32>, new_: AccountId32], { old: Option<AccountId32>, new_: AccountId32 }>;
      /**
       * The key was permanently removed.
       **/
      KeyRemoved: AugmentedEvent<ApiType, []>;
      /**
       * A sudo call just took place.
       **/
      Sudid: AugmentedEvent<ApiType, [sudoResult: Result<Null, SpRuntimeDispatchError>], { sudoResult: Result<Null, SpRuntimeDispatchError> }>;
      /**
       * A [sudo_as](Pallet::sudo_as) call just took place.
       **/
      SudoAsDone: AugmentedEvent<ApiType, [sudoResult: Result<Null, SpRuntimeDispatchError>], { sudoResult: Result<Null, SpRuntimeDispatchError> }>;
    };
    system: {
      /**
       * `:code` was updated to the code with the given hash.
       **/
      CodeUpdated: AugmentedEvent<ApiType, [hash_: H256], { hash_: H256 }>;
      /**
       * An extrinsic failed.
       **/
      ExtrinsicFailed: AugmentedEvent<ApiType, [dispatchError: SpRuntimeDispatchError, dispatchInfo: FrameSystemDispatchEventInfo], { dispatchError: SpRuntimeDispatchError, dispatchInfo: FrameSystemDispatchEventInfo }>;
      /**
       * An extrinsic completed successfully.
       **/
      ExtrinsicSuccess: AugmentedEvent<ApiType, [dispatchInfo: FrameSystemDispatchEventInfo], { dispatchInfo: FrameSystemDispatchEventInfo }>;
      /**
       * An account was reaped.
       **/
      KilledAccount: AugmentedEvent<ApiType, [account: AccountId32], { account: AccountId32 }>;
      /**
       * A new account was created.
       **/
      NewAccount: AugmentedEvent<ApiType, [account: AccountId32], { account: AccountId32 }>;
      /**
       * An invalid authorized upgrade was rejected while trying to apply it.
       **/
      RejectedInvalidAuthorizedUpgrade: AugmentedEvent<ApiType, [codeHash: H256, error: SpRuntimeDispatchError], { codeHash: H256, error: SpRuntimeDispatchError }>;
      /**
       * On on-chain remark happened.
       **/
      Remarked: AugmentedEvent<ApiType, [sender: AccountId32, hash_: H256], { sender: AccountId32, hash_: H256 }>;
      /**
       * An upgrade was authorized.
       **/
      UpgradeAuthorized: AugmentedEvent<ApiType, [codeHash: H256, checkVersion: bool], { codeHash: H256, checkVersion: bool }>;
    };
    transactionPayment: {
      /**
       * A transaction fee `actual_fee`, of which `tip` was added to the minimum inclusion fee,
       * has been paid by `who`.
       **/
      TransactionFeePaid: AugmentedEvent<ApiType, [who: AccountId32, actualFee: u128, tip: u128], { who: AccountId32, actualFee: u128, tip: u128 }>;
    };
    utility: {
      /**
       * Batch of dispatches completed fully with no error.
       **/
      BatchCompleted: AugmentedEvent<ApiType, []>;
      /**
       * Batch of dispatches completed but has errors.
       **/
      BatchCompletedWithErrors: AugmentedEvent<ApiType, []>;
      /**
       * Batch of dispatches did not complete fully. Index of first failing dispatch given, as
       * well as the error.
       **/
      BatchInterrupted: AugmentedEvent<ApiType, [index: u32, error: SpRuntimeDispatchError], { index: u32, error: SpRuntimeDispatchError }>;
      /**
       * A call was dispatched.
       **/
      DispatchedAs: AugmentedEvent<ApiType, [result: Result<Null, SpRuntimeDispatchError>], { result: Result<Null, SpRuntimeDispatchError> }>;
      /**
       * The fallback call was dispatched.
       **/
      IfElseFallbackCalled: AugmentedEvent<ApiType, [mainError: SpRuntimeDispatchError], { mainError: SpRuntimeDispatchError }>;
      /**
       * Main call was dispatched.
       **/
      IfElseMainSuccess: AugmentedEvent<ApiType, []>;
      /**
       * A single item within a Batch of dispatches has completed with no error.
       **/
      ItemCompleted: AugmentedEvent<ApiType, []>;
      /**
       * A single item within a Batch of dispatches has completed with error.
       **/
      ItemFailed: AugmentedEvent<ApiType, [error: SpRuntimeDispatchError], { error: SpRuntimeDispatchError }>;
    };
  } // AugmentedEvents
} // declare module
