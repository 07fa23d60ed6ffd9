// Auto-generated via `yarn polkadot-types-from-chain`, do not edit
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/api-base/types/errors';

import type { ApiTypes, AugmentedError } from '@polkadot/api-base/types';

export type __AugmentedError<ApiType extends ApiTypes> = AugmentedError<ApiType>;

declare module '@polkadot/api-base/types/errors' {
  interface AugmentedErrors<ApiType extends ApiTypes> {
    balances: {
      /**
       * Beneficiary account must pre-exist.
       **/
      DeadAccount: AugmentedError<ApiType>;
      /**
       * The delta cannot be zero.
       **/
      DeltaZero: AugmentedError<ApiType>;
      /**
       * Value too low to create account due to existential deposit.
       **/
      ExistentialDeposit: AugmentedError<ApiType>;
      /**
       * A vesting schedule already exists for this account.
       **/
      ExistingVestingSchedule: AugmentedError<ApiType>;
      /**
       * Transfer/payment would kill account.
       **/
      Expendability: AugmentedError<ApiType>;
      /**
       * Balance too low to send value.
       **/
      InsufficientBalance: AugmentedError<ApiType>;
      /**
       * The issuance cannot be modified since it is already deactivated.
       **/
      IssuanceDeactivated: AugmentedError<ApiType>;
      /**
       * Account liquidity restrictions prevent withdrawal.
       **/
      LiquidityRestrictions: AugmentedError<ApiType>;
      /**
       * Number of freezes exceed `MaxFreezes`.
       **/
      TooManyFreezes: AugmentedError<ApiType>;
      /**
       * Number of holds exceed `VariantCountOf<T::RuntimeHoldReason>`.
       **/
      TooManyHolds: AugmentedError<ApiType>;
      /**
       * Number of named reserves exceed `MaxReserves`.
       **/
      TooManyReserves: AugmentedError<ApiType>;
      /**
       * Vesting balance too high to send value.
       **/
      VestingBalance: AugmentedError<ApiType>;
    };
    consentRegistry: {
      /**
       * The consent was granted or confirmed by the patient already.
       **/
      AlreadyConfirmed: AugmentedError<ApiType>;
      /**
       * The consent is already revoked.
       **/
      AlreadyRevoked: AugmentedError<ApiType>;
      /**
       * Only the patient or a representative with the consents scope may remove a consent that
       * is still in force.
       **/
      ConsentInForce: AugmentedError<ApiType>;
      /**
       * No consent with this id for this patient.
       **/
      ConsentNotFound: AugmentedError<ApiType>;
      /**
       * A deny in force names this practitioner (no emergency access to this patient) or this
       * grantee (no consent requests for it).
       **/
      DeniedByPatient: AugmentedError<ApiType>;
      /**
       * No action.
       **/
      EmptyActions: AugmentedError<ApiType>;
      /**
       * `Only` with no class.
       **/
      EmptyClasses: AugmentedError<ApiType>;
      /**
       * No purpose.
       **/
      EmptyPurposes: AugmentedError<ApiType>;
      /**
       * The grantee is not a registered organisation, practitioner in good standing or
       * patient identity.
       **/
      GranteeNotFound: AugmentedError<ApiType>;
      /**
       * The deposit could not be held (too little free balance).
       **/
      InsufficientBalance: AugmentedError<ApiType>;
      /**
       * The start is in the past, or the expiry is not after the start.
       **/
      InvalidPeriod: AugmentedError<ApiType>;
      /**
       * The request's expiry is not in the future, or further than
       * [`Config::MaxRequestPeriod`] ahead.
       **/
      InvalidRequestPeriod: AugmentedError<ApiType>;
      /**
       * Only the patient, a representative with the consents scope or the requester may close
       * a request before it expires.
       **/
      MayNotCloseRequest: AugmentedError<ApiType>;
      /**
       * The caller may not close this session (not the patient, a representative with the
       * consents scope, an admin of the session's organisation, or the practitioner).
       **/
      MayNotCloseSession: AugmentedError<ApiType>;
      /**
       * The caller may not ask for a consent for this grantee: only a practitioner in good
       * standing for themselves, or a practitioner or admin of an organisation for it.
       **/
      MayNotRequest: AugmentedError<ApiType>;
      /**
       * The practitioner's role does not deliver care.
       **/
      NotClinical: AugmentedError<ApiType>;
      /**
       * The caller is not an admin of the session's organisation.
       **/
      NotOrganisationAdmin: AugmentedError<ApiType>;
      /**
       * Only the patient's own account may confirm a consent.
       **/
      NotPatient: AugmentedError<ApiType>;
      /**
       * The caller is neither the patient nor a representative with the consents scope.
       **/
      NotPatientOrRepresentative: AugmentedError<ApiType>;
      /**
       * The caller is not a practitioner in good standing.
       **/
      NotPractitioner: AugmentedError<ApiType>;
      /**
       * The practitioner's organisation does not deliver care.
       **/
      NotProvider: AugmentedError<ApiType>;
      /**
       * An id counter is exhausted.
       **/
      Overflow: AugmentedError<ApiType>;
      /**
       * No registered patient with this id.
       **/
      PatientNotFound: AugmentedError<ApiType>;
      /**
       * A permit with `All` classes: a permit lists its classes, labelled ones one by one.
       **/
      PermitOfAllClasses: AugmentedError<ApiType>;
      /**
       * The emergency's reason hash is all zeros: commit to the organisation's note of why.
       **/
      ReasonMissing: AugmentedError<ApiType>;
      /**
       * The patient, a representative or an admin closed this practitioner's last session for
       * the patient less than [`Config::EmergencyCooldown`] ago.
       **/
      ReopenTooSoon: AugmentedError<ApiType>;
      /**
       * The caller already has an open request to this patient; withdraw it first.
       **/
      RequestAlreadyOpen: AugmentedError<ApiType>;
      /**
       * The request has expired: it can only be cleared.
       **/
      RequestExpired: AugmentedError<ApiType>;
      /**
       * No open request with this id for this patient.
       **/
      RequestNotFound: AugmentedError<ApiType>;
      /**
       * A permit lists the public emergency tag (zero) as a class or purpose: only denies may.
       **/
      ReservedTag: AugmentedError<ApiType>;
      /**
       * A patient cannot grant to their own identity.
       **/
      SelfGrant: AugmentedError<ApiType>;
      /**
       * The practitioner already has an emergency session open for this patient.
       **/
      SessionAlreadyOpen: AugmentedError<ApiType>;
      /**
       * The emergency session is already closed.
       **/
      SessionClosed: AugmentedError<ApiType>;
      /**
       * No such emergency session (for this patient and practitioner, or with this id).
       **/
      SessionNotFound: AugmentedError<ApiType>;
      /**
       * The request's sealed terms are empty.
       **/
      TermsMissing: AugmentedError<ApiType>;
      /**
       * The patient has the most consents allowed; remove ended ones.
       **/
      TooManyConsents: AugmentedError<ApiType>;
      /**
       * The patient has the most consents allowed for this grantee; revoke or remove some.
       **/
      TooManyGrantConsents: AugmentedError<ApiType>;
      /**
       * The practitioner opened [`Config::MaxEmergencyOpeningsPerDay`] sessions today (UTC).
       **/
      TooManyOpeningsToday: AugmentedError<ApiType>;
      /**
       * The practitioner holds [`Config::MaxOpenEmergencySessions`] open sessions; close some.
       **/
      TooManyOpenSessions: AugmentedError<ApiType>;
      /**
       * The patient has [`Config::MaxOpenRequests`] open requests.
       **/
      TooManyRequests: AugmentedError<ApiType>;
    };
    consortium: {
      /**
       * The account is already a validator.
       **/
      AlreadyValidator: AugmentedError<ApiType>;
      /**
       * No upgrade is pending.
       **/
      NoPendingUpgrade: AugmentedError<ApiType>;
      /**
       * The account has not set session keys (`session.set_keys`) yet.
       **/
      NoSessionKeys: AugmentedError<ApiType>;
      /**
       * The account is not a validator.
       **/
      NotValidator: AugmentedError<ApiType>;
      /**
       * Removing would leave fewer than the minimum.
       **/
      TooFewValidators: AugmentedError<ApiType>;
      /**
       * The set has the most validators allowed.
       **/
      TooManyValidators: AugmentedError<ApiType>;
      /**
       * An upgrade is already pending: cancel it first.
       **/
      UpgradePending: AugmentedError<ApiType>;
    };
    council: {
      /**
       * Members are already initialized!
       **/
      AlreadyInitialized: AugmentedError<ApiType>;
      /**
       * Duplicate proposals not allowed
       **/
      DuplicateProposal: AugmentedError<ApiType>;
      /**
       * Duplicate vote ignored
       **/
      DuplicateVote: AugmentedError<ApiType>;
      /**
       * Account is not a member
       **/
      NotMember: AugmentedError<ApiType>;
      /**
       * Prime account is not a member
       **/
      PrimeAccountNotMember: AugmentedError<ApiType>;
      /**
       * Proposal is still active.
       **/
      ProposalActive: AugmentedError<ApiType>;
      /**
       * Proposal must exist
       **/
      ProposalMissing: AugmentedError<ApiType>;
      /**
       * The close call was made too early, before the end of the voting.
       **/
      TooEarly: AugmentedError<ApiType>;
      /**
       * There can only be a maximum of `MaxProposals` active proposals.
       **/
      TooManyProposals: AugmentedError<ApiType>;
      /**
       * Mismatched index
       **/
      WrongIndex: AugmentedError<ApiType>;
      /**
       * The given length bound for the proposal was too low.
       **/
      WrongProposalLength: AugmentedError<ApiType>;
      /**
       * The given weight bound for the proposal was too low.
       **/
      WrongProposalWeight: AugmentedError<ApiType>;
    };
    councilMembership: {
      /**
       * Already a member.
       **/
      AlreadyMember: AugmentedError<ApiType>;
      /**
       * Not a member.
       **/
      NotMember: AugmentedError<ApiType>;
      /**
       * Too many members.
       **/
      TooManyMembers: AugmentedError<ApiType>;
    };
    grandpa: {
      /**
       * Attempt to signal GRANDPA change with one already pending.
       **/
      ChangePending: AugmentedError<ApiType>;
      /**
       * A given equivocation report is valid but already previously reported.
       **/
      DuplicateOffenceReport: AugmentedError<ApiType>;
      /**
       * An equivocation proof provided as part of an equivocation report is invalid.
       **/
      InvalidEquivocationProof: AugmentedError<ApiType>;
      /**
       * A key ownership proof provided as part of an equivocation report is invalid.
       **/
      InvalidKeyOwnershipProof: AugmentedError<ApiType>;
      /**
       * Attempt to signal GRANDPA pause when the authority set isn't live
       * (either paused or already pending pause).
       **/
      PauseFailed: AugmentedError<ApiType>;
      /**
       * Attempt to signal GRANDPA resume when the authority set isn't paused
       * (either live or already pending resume).
       **/
      ResumeFailed: AugmentedError<ApiType>;
      /**
       * Cannot signal forced change so soon after last.
       **/
      TooSoon: AugmentedError<ApiType>;
    };
    metaTx: {
      /**
       * The meta transactions's birth block is ancient.
       **/
      AncientBirthBlock: AugmentedError<ApiType>;
      /**
       * Invalid proof (e.g. signature).
       **/
      BadProof: AugmentedError<ApiType>;
      /**
       * The meta transaction is not yet valid (e.g. nonce too high).
       **/
      Future: AugmentedError<ApiType>;
      /**
       * The meta transaction is invalid.
       **/
      Invalid: AugmentedError<ApiType>;
      /**
       * The meta transaction length is invalid.
       **/
      InvalidLength: AugmentedError<ApiType>;
      /**
       * The meta transaction is outdated (e.g. nonce too low).
       **/
      Stale: AugmentedError<ApiType>;
      /**
       * The transaction extension did not authorize any origin.
       **/
      UnknownOrigin: AugmentedError<ApiType>;
    };
    multiBlockMigrations: {
      /**
       * The operation cannot complete since some MBMs are ongoing.
       **/
      Ongoing: AugmentedError<ApiType>;
    };
    multisig: {
      /**
       * Call is already approved by this signatory.
       **/
      AlreadyApproved: AugmentedError<ApiType>;
      /**
       * The data to be stored is already stored.
       **/
      AlreadyStored: AugmentedError<ApiType>;
      /**
       * The maximum weight information provided was too low.
       **/
      MaxWeightTooLow: AugmentedError<ApiType>;
      /**
       * Threshold must be 2 or greater.
       **/
      MinimumThreshold: AugmentedError<ApiType>;
      /**
       * Call doesn't need any (more) approvals.
       **/
      NoApprovalsNeeded: AugmentedError<ApiType>;
      /**
       * Multisig operation not found in storage.
       **/
      NotFound: AugmentedError<ApiType>;
      /**
       * No timepoint was given, yet the multisig operation is already underway.
       **/
      NoTimepoint: AugmentedError<ApiType>;
      /**
       * Only the account that originally created the multisig is able to cancel it or update
       * its deposits.
       **/
      NotOwner: AugmentedError<ApiType>;
      /**
       * The sender was contained in the other signatories; it shouldn't be.
       **/
      SenderInSignatories: AugmentedError<ApiType>;
      /**
       * The signatories were provided out of order; they should be ordered.
       **/
      SignatoriesOutOfOrder: AugmentedError<ApiType>;
      /**
       * There are too few signatories in the list.
       **/
      TooFewSignatories: AugmentedError<ApiType>;
      /**
       * There are too many signatories in the list.
       **/
      TooManySignatories: AugmentedError<ApiType>;
      /**
       * A timepoint was given, yet no multisig operation is underway.
       **/
      UnexpectedTimepoint: AugmentedError<ApiType>;
      /**
       * A different timepoint was given to the multisig operation that is underway.
       **/
      WrongTimepoint: AugmentedError<ApiType>;
    };
    patientIdentity: {
      /**
       * The account already administers an organisation.
       **/
      AlreadyAdmin: AugmentedError<ApiType>;
      /**
       * The organisation already invited this account.
       **/
      AlreadyInvited: AugmentedError<ApiType>;
      /**
       * The account already holds a patient identity.
       **/
      AlreadyPatient: AugmentedError<ApiType>;
      /**
       * The account is already a practitioner of an existing organisation.
       **/
      AlreadyPractitioner: AugmentedError<ApiType>;
      /**
       * This contact already approved (or voted to cancel) the recovery.
       **/
      AlreadyVoted: AugmentedError<ApiType>;
      /**
       * A recovery contact cannot recover the identity to itself, nor to another contact.
       **/
      ContactCannotRecover: AugmentedError<ApiType>;
      /**
       * The deactivation's delay has not passed, or another representative asked for it.
       **/
      DeactivationNotDue: AugmentedError<ApiType>;
      /**
       * A deactivation is already pending.
       **/
      DeactivationPending: AugmentedError<ApiType>;
      /**
       * The delay is below `MinRecoveryDelay`.
       **/
      DelayTooShort: AugmentedError<ApiType>;
      /**
       * An organisation appoints a representative only on a legal document's hash.
       **/
      DocumentRequired: AugmentedError<ApiType>;
      /**
       * A representative's scope must grant something.
       **/
      EmptyScope: AugmentedError<ApiType>;
      /**
       * A representation's end lies in the past.
       **/
      EndInPast: AugmentedError<ApiType>;
      /**
       * The deposit could not be held (too little free balance).
       **/
      InsufficientBalance: AugmentedError<ApiType>;
      /**
       * Recovery contacts must be distinct, at least one, and within `MaxRecoveryContacts`.
       **/
      InvalidContacts: AugmentedError<ApiType>;
      /**
       * The jurisdiction is not an ISO 3166 code such as `DE` or `US-CA`.
       **/
      InvalidJurisdiction: AugmentedError<ApiType>;
      /**
       * The organisation name is empty or not UTF-8.
       **/
      InvalidName: AugmentedError<ApiType>;
      /**
       * The threshold must be at least 1 and at most the number of contacts.
       **/
      InvalidThreshold: AugmentedError<ApiType>;
      /**
       * No invitation from this organisation to this account.
       **/
      InvitationNotFound: AugmentedError<ApiType>;
      /**
       * The new key equals the current one.
       **/
      KeyUnchanged: AugmentedError<ApiType>;
      /**
       * An organisation must keep at least one admin.
       **/
      LastAdmin: AugmentedError<ApiType>;
      /**
       * An encryption key of small order (all zeroes among them) is not a key: every secret
       * agreed with it would be predictable.
       **/
      LowOrderKey: AugmentedError<ApiType>;
      /**
       * The caller may not remove this representative (not the patient, its appointer or
       * itself).
       **/
      MayNotRemoveRepresentative: AugmentedError<ApiType>;
      /**
       * This contact has no approval to withdraw.
       **/
      NoApproval: AugmentedError<ApiType>;
      /**
       * No deactivation is pending.
       **/
      NoPendingDeactivation: AugmentedError<ApiType>;
      /**
       * No recovery is in progress.
       **/
      NoRecovery: AugmentedError<ApiType>;
      /**
       * The account is not an admin of this organisation.
       **/
      NotAdmin: AugmentedError<ApiType>;
      /**
       * The recovery lacks approvals still in their `ApprovalPeriod`.
       **/
      NotEnoughApprovals: AugmentedError<ApiType>;
      /**
       * The caller is neither the consortium nor an admin of this organisation.
       **/
      NotOrganisationAuthority: AugmentedError<ApiType>;
      /**
       * Only the patient's own account may do this.
       **/
      NotPatient: AugmentedError<ApiType>;
      /**
       * The caller is neither the patient nor a representative whose scope allows this.
       **/
      NotPatientOrRepresentative: AugmentedError<ApiType>;
      /**
       * The practitioner registration belongs to no active organisation the caller may manage.
       **/
      NotPractitionerOfOrganisation: AugmentedError<ApiType>;
      /**
       * The caller is not one of the patient's recovery contacts.
       **/
      NotRecoveryContact: AugmentedError<ApiType>;
      /**
       * The caller did not start this recovery.
       **/
      NotRecoveryStarter: AugmentedError<ApiType>;
      /**
       * The organisation is not active.
       **/
      OrganisationNotActive: AugmentedError<ApiType>;
      /**
       * No organisation with this id.
       **/
      OrganisationNotFound: AugmentedError<ApiType>;
      /**
       * The organisation is not suspended.
       **/
      OrganisationNotSuspended: AugmentedError<ApiType>;
      /**
       * An id counter is exhausted.
       **/
      Overflow: AugmentedError<ApiType>;
      /**
       * No patient with this id, or the caller holds no patient identity.
       **/
      PatientNotFound: AugmentedError<ApiType>;
      /**
       * The account is not a practitioner.
       **/
      PractitionerNotFound: AugmentedError<ApiType>;
      /**
       * The recovery's delay has not passed.
       **/
      RecoveryDelayNotOver: AugmentedError<ApiType>;
      /**
       * A recovery is in progress: it must be claimed or cancelled first.
       **/
      RecoveryInProgress: AugmentedError<ApiType>;
      /**
       * The patient has not set up recovery.
       **/
      RecoveryNotConfigured: AugmentedError<ApiType>;
      /**
       * The account is not a representative of this patient.
       **/
      RepresentativeNotFound: AugmentedError<ApiType>;
      /**
       * A patient cannot represent themselves or be their own recovery contact.
       **/
      SelfAppointment: AugmentedError<ApiType>;
      /**
       * The organisation has the most admins allowed.
       **/
      TooManyAdmins: AugmentedError<ApiType>;
      /**
       * The organisation has the most practitioners allowed.
       **/
      TooManyPractitioners: AugmentedError<ApiType>;
      /**
       * The patient has the most representatives allowed.
       **/
      TooManyRepresentatives: AugmentedError<ApiType>;
    };
    proxy: {
      /**
       * Account is already a proxy.
       **/
      Duplicate: AugmentedError<ApiType>;
      /**
       * Call may not be made by proxy because it may escalate its privileges.
       **/
      NoPermission: AugmentedError<ApiType>;
      /**
       * Cannot add self as proxy.
       **/
      NoSelfProxy: AugmentedError<ApiType>;
      /**
       * Proxy registration not found.
       **/
      NotFound: AugmentedError<ApiType>;
      /**
       * Sender is not a proxy of the account to be proxied.
       **/
      NotProxy: AugmentedError<ApiType>;
      /**
       * There are too many proxies registered or too many announcements pending.
       **/
      TooMany: AugmentedError<ApiType>;
      /**
       * Announcement, if made at all, was made too recently.
       **/
      Unannounced: AugmentedError<ApiType>;
      /**
       * A call which is incompatible with the proxy type's filter was attempted.
       **/
      Unproxyable: AugmentedError<ApiType>;
    };
    recordAnchor: {
      /**
       * A record with this id (same patient, algorithm and content hash) exists.
       **/
      AlreadyExists: AugmentedError<ApiType>;
      /**
       * The custodian named is not an active organisation.
       **/
      CustodianNotActive: AugmentedError<ApiType>;
      /**
       * The emergency key does not open the record's emergency commitment.
       **/
      EmergencyKeyMismatch: AugmentedError<ApiType>;
      /**
       * A batch with no records.
       **/
      EmptyBatch: AugmentedError<ApiType>;
      /**
       * The record was erased.
       **/
      Erased: AugmentedError<ApiType>;
      /**
       * The deposit could not be held (too little free balance).
       **/
      InsufficientBalance: AugmentedError<ApiType>;
      /**
       * More than the unused prepaid deposits was asked back.
       **/
      InsufficientPrepaid: AugmentedError<ApiType>;
      /**
       * An all-zero hash is not a hash.
       **/
      InvalidHash: AugmentedError<ApiType>;
      /**
       * The location is not `https://…` or `ipfs://…` in printable ASCII.
       **/
      InvalidLocation: AugmentedError<ApiType>;
      /**
       * Only the patient, a representative with the records scope, or the author while it
       * practises at the organisation it anchored for, may erase a record.
       **/
      MayNotErase: AugmentedError<ApiType>;
      /**
       * A Merkle tree with no leaves.
       **/
      NoLeaves: AugmentedError<ApiType>;
      /**
       * Only practitioners in good standing of the record's custodian log reads of it.
       **/
      NotCustodian: AugmentedError<ApiType>;
      /**
       * No entry of this patient's access log (or root of this custodian's) is past the
       * retention period.
       **/
      NothingToPrune: AugmentedError<ApiType>;
      /**
       * Only practitioners in good standing anchor Merkle roots.
       **/
      NotPractitioner: AugmentedError<ApiType>;
      /**
       * A counter is exhausted.
       **/
      Overflow: AugmentedError<ApiType>;
      /**
       * No registered patient with this id.
       **/
      PatientNotFound: AugmentedError<ApiType>;
      /**
       * The chain permits this read: it cannot be logged as a refused one.
       **/
      ReadNotDenied: AugmentedError<ApiType>;
      /**
       * The chain does not permit this read: it cannot be logged as a permitted read.
       **/
      ReadNotPermitted: AugmentedError<ApiType>;
      /**
       * No record with this id.
       **/
      RecordNotFound: AugmentedError<ApiType>;
      /**
       * The record has the most versions allowed.
       **/
      TooManyVersions: AugmentedError<ApiType>;
      /**
       * The caller may not write this record: no permitting consent or emergency session.
       **/
      WriteNotPermitted: AugmentedError<ApiType>;
      /**
       * An amount of zero.
       **/
      ZeroAmount: AugmentedError<ApiType>;
    };
    session: {
      /**
       * Registered duplicate key.
       **/
      DuplicatedKey: AugmentedError<ApiType>;
      /**
       * Invalid ownership proof.
       **/
      InvalidProof: AugmentedError<ApiType>;
      /**
       * Key setting account is not live, so it's impossible to associate keys.
       **/
      NoAccount: AugmentedError<ApiType>;
      /**
       * No associated validator ID for account.
       **/
      NoAssociatedValidatorId: AugmentedError<ApiType>;
      /**
       * No keys are associated with this account.
       **/
      NoKeys: AugmentedError<ApiType>;
    };
    sponsorship: {
      /**
       * The account is already sponsored by an active organisation.
       **/
      AlreadySponsored: AugmentedError<ApiType>;
      /**
       * The relayer cannot pay the deposit.
       **/
      InsufficientBalance: AugmentedError<ApiType>;
      /**
       * Only the patient, the sponsor's relayer or an admin of the sponsor ends a sponsorship.
       **/
      MayNotEndSponsorship: AugmentedError<ApiType>;
      /**
       * The caller is not an admin of an active organisation.
       **/
      NotOrganisationAdmin: AugmentedError<ApiType>;
      /**
       * The caller is not the organisation's relayer.
       **/
      NotRelayer: AugmentedError<ApiType>;
      /**
       * The organisation has named no relayer.
       **/
      NotSponsor: AugmentedError<ApiType>;
      /**
       * The account is not sponsored.
       **/
      NotSponsored: AugmentedError<ApiType>;
      /**
       * The organisation is suspended or removed.
       **/
      OrganisationNotActive: AugmentedError<ApiType>;
    };
    sudo: {
      /**
       * Sender must be the Sudo account.
       **/
      RequireSudo: AugmentedError<ApiType>;
    };
    system: {
      /**
       * The origin filter prevent the call to be dispatched.
       **/
      CallFiltered: AugmentedError<ApiType>;
      /**
       * Failed to extract the runtime version from the new runtime.
       * 
       * Either calling `Core_version` or decoding `RuntimeVersion` failed.
       **/
      FailedToExtractRuntimeVersion: AugmentedError<ApiType>;
      /**
       * The name of specification does not match between the current runtime
       * and the new runtime.
       **/
      InvalidSpecName: AugmentedError<ApiType>;
      /**
       * A multi-block migration is ongoing and prevents the current code from being replaced.
       **/
      MultiBlockMigrationsOngoing: AugmentedError<ApiType>;
      /**
       * Suicide called when the account has non-default composite data.
       **/
      NonDefaultComposite: AugmentedError<ApiType>;
      /**
       * There is a non-zero reference count preventing the account from being purged.
       **/
      NonZeroRefCount: AugmentedError<ApiType>;
      /**
       * No upgrade authorized.
       **/
      NothingAuthorized: AugmentedError<ApiType>;
      /**
       * The specification version is not allowed to decrease between the current runtime
       * and the new runtime.
       **/
      SpecVersionNeedsToIncrease: AugmentedError<ApiType>;
      /**
       * The submitted code is not authorized.
       **/
      Unauthorized: AugmentedError<ApiType>;
    };
    utility: {
      /**
       * Too many calls batched.
       **/
      TooManyCalls: AugmentedError<ApiType>;
    };
  } // AugmentedErrors
} // declare module
