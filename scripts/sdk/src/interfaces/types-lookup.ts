// Auto-generated via `yarn polkadot-types-from-defs`, do not edit
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/types/lookup';

import type { BTreeMap, Bytes, Compact, Enum, Null, Option, Result, Struct, Text, U8aFixed, Vec, bool, u128, u16, u32, u64, u8 } from '@polkadot/types-codec';
import type { ITuple } from '@polkadot/types-codec/types';
import type { Era } from '@polkadot/types/interfaces/extrinsics';
import type { AccountId32, Call, H256, MultiAddress } from '@polkadot/types/interfaces/runtime';
import type { Event } from '@polkadot/types/interfaces/system';

declare module '@polkadot/types/lookup' {
  /** @name FrameSystemCall (9) */
  interface FrameSystemCall extends Enum {
    readonly isRemark: boolean;
    readonly asRemark: {
      readonly remark: Bytes;
    } & Struct;
    readonly isSetHeapPages: boolean;
    readonly asSetHeapPages: {
      readonly pages: u64;
    } & Struct;
    readonly isSetCode: boolean;
    readonly asSetCode: {
      readonly code: Bytes;
    } & Struct;
    readonly isSetCodeWithoutChecks: boolean;
    readonly asSetCodeWithoutChecks: {
      readonly code: Bytes;
    } & Struct;
    readonly isSetStorage: boolean;
    readonly asSetStorage: {
      readonly items: Vec<ITuple<[Bytes, Bytes]>>;
    } & Struct;
    readonly isKillStorage: boolean;
    readonly asKillStorage: {
      readonly keys_: Vec<Bytes>;
    } & Struct;
    readonly isKillPrefix: boolean;
    readonly asKillPrefix: {
      readonly prefix: Bytes;
      readonly subkeys: u32;
    } & Struct;
    readonly isRemarkWithEvent: boolean;
    readonly asRemarkWithEvent: {
      readonly remark: Bytes;
    } & Struct;
    readonly isAuthorizeUpgrade: boolean;
    readonly asAuthorizeUpgrade: {
      readonly codeHash: H256;
    } & Struct;
    readonly isAuthorizeUpgradeWithoutChecks: boolean;
    readonly asAuthorizeUpgradeWithoutChecks: {
      readonly codeHash: H256;
    } & Struct;
    readonly isApplyAuthorizedUpgrade: boolean;
    readonly asApplyAuthorizedUpgrade: {
      readonly code: Bytes;
    } & Struct;
    readonly type: 'Remark' | 'SetHeapPages' | 'SetCode' | 'SetCodeWithoutChecks' | 'SetStorage' | 'KillStorage' | 'KillPrefix' | 'RemarkWithEvent' | 'AuthorizeUpgrade' | 'AuthorizeUpgradeWithoutChecks' | 'ApplyAuthorizedUpgrade';
  }

  /** @name PalletTimestampCall (16) */
  interface PalletTimestampCall extends Enum {
    readonly isSet: boolean;
    readonly asSet: {
      readonly now: Compact<u64>;
    } & Struct;
    readonly type: 'Set';
  }

  /** @name PalletGrandpaCall (18) */
  interface PalletGrandpaCall extends Enum {
    readonly isReportEquivocation: boolean;
    readonly asReportEquivocation: {
      readonly equivocationProof: SpConsensusGrandpaEquivocationProof;
      readonly keyOwnerProof: SpCoreVoid;
    } & Struct;
    readonly isReportEquivocationUnsigned: boolean;
    readonly asReportEquivocationUnsigned: {
      readonly equivocationProof: SpConsensusGrandpaEquivocationProof;
      readonly keyOwnerProof: SpCoreVoid;
    } & Struct;
    readonly isNoteStalled: boolean;
    readonly asNoteStalled: {
      readonly delay: u32;
      readonly bestFinalizedBlockNumber: u32;
    } & Struct;
    readonly type: 'ReportEquivocation' | 'ReportEquivocationUnsigned' | 'NoteStalled';
  }

  /** @name SpConsensusGrandpaEquivocationProof (19) */
  interface SpConsensusGrandpaEquivocationProof extends Struct {
    readonly setId: u64;
    readonly equivocation: SpConsensusGrandpaEquivocation;
  }

  /** @name SpConsensusGrandpaEquivocation (20) */
  interface SpConsensusGrandpaEquivocation extends Enum {
    readonly isPrevote: boolean;
    readonly asPrevote: FinalityGrandpaEquivocationPrevote;
    readonly isPrecommit: boolean;
    readonly asPrecommit: FinalityGrandpaEquivocationPrecommit;
    readonly type: 'Prevote' | 'Precommit';
  }

  /** @name FinalityGrandpaEquivocationPrevote (21) */
  interface FinalityGrandpaEquivocationPrevote extends Struct {
    readonly roundNumber: u64;
    readonly identity: SpConsensusGrandpaAppPublic;
    readonly first: ITuple<[FinalityGrandpaPrevote, SpConsensusGrandpaAppSignature]>;
    readonly second: ITuple<[FinalityGrandpaPrevote, SpConsensusGrandpaAppSignature]>;
  }

  /** @name SpConsensusGrandpaAppPublic (22) */
  interface SpConsensusGrandpaAppPublic extends U8aFixed {}

  /** @name FinalityGrandpaPrevote (23) */
  interface FinalityGrandpaPrevote extends Struct {
    readonly targetHash: H256;
    readonly targetNumber: u32;
  }

  /** @name SpConsensusGrandpaAppSignature (24) */
  interface SpConsensusGrandpaAppSignature extends U8aFixed {}

  /** @name FinalityGrandpaEquivocationPrecommit (27) */
  interface FinalityGrandpaEquivocationPrecommit extends Struct {
    readonly roundNumber: u64;
    readonly identity: SpConsensusGrandpaAppPublic;
    readonly first: ITuple<[FinalityGrandpaPrecommit, SpConsensusGrandpaAppSignature]>;
    readonly second: ITuple<[FinalityGrandpaPrecommit, SpConsensusGrandpaAppSignature]>;
  }

  /** @name FinalityGrandpaPrecommit (28) */
  interface FinalityGrandpaPrecommit extends Struct {
    readonly targetHash: H256;
    readonly targetNumber: u32;
  }

  /** @name SpCoreVoid (30) */
  type SpCoreVoid = Null;

  /** @name PalletBalancesCall (31) */
  interface PalletBalancesCall extends Enum {
    readonly isTransferAllowDeath: boolean;
    readonly asTransferAllowDeath: {
      readonly dest: MultiAddress;
      readonly value: Compact<u128>;
    } & Struct;
    readonly isForceTransfer: boolean;
    readonly asForceTransfer: {
      readonly source: MultiAddress;
      readonly dest: MultiAddress;
      readonly value: Compact<u128>;
    } & Struct;
    readonly isTransferKeepAlive: boolean;
    readonly asTransferKeepAlive: {
      readonly dest: MultiAddress;
      readonly value: Compact<u128>;
    } & Struct;
    readonly isTransferAll: boolean;
    readonly asTransferAll: {
      readonly dest: MultiAddress;
      readonly keepAlive: bool;
    } & Struct;
    readonly isForceUnreserve: boolean;
    readonly asForceUnreserve: {
      readonly who: MultiAddress;
      readonly amount: u128;
    } & Struct;
    readonly isUpgradeAccounts: boolean;
    readonly asUpgradeAccounts: {
      readonly who: Vec<AccountId32>;
    } & Struct;
    readonly isForceSetBalance: boolean;
    readonly asForceSetBalance: {
      readonly who: MultiAddress;
      readonly newFree: Compact<u128>;
    } & Struct;
    readonly isForceAdjustTotalIssuance: boolean;
    readonly asForceAdjustTotalIssuance: {
      readonly direction: PalletBalancesAdjustmentDirection;
      readonly delta: Compact<u128>;
    } & Struct;
    readonly isBurn: boolean;
    readonly asBurn: {
      readonly value: Compact<u128>;
      readonly keepAlive: bool;
    } & Struct;
    readonly type: 'TransferAllowDeath' | 'ForceTransfer' | 'TransferKeepAlive' | 'TransferAll' | 'ForceUnreserve' | 'UpgradeAccounts' | 'ForceSetBalance' | 'ForceAdjustTotalIssuance' | 'Burn';
  }

  /** @name PalletBalancesAdjustmentDirection (36) */
  interface PalletBalancesAdjustmentDirection extends Enum {
    readonly isIncrease: boolean;
    readonly isDecrease: boolean;
    readonly type: 'Increase' | 'Decrease';
  }

  /** @name PalletSudoCall (37) */
  interface PalletSudoCall extends Enum {
    readonly isSudo: boolean;
    readonly asSudo: {
      readonly call: Call;
    } & Struct;
    readonly isSudoUncheckedWeight: boolean;
    readonly asSudoUncheckedWeight: {
      readonly call: Call;
      readonly weight: SpWeightsWeightV2Weight;
    } & Struct;
    readonly isSetKey: boolean;
    readonly asSetKey: {
      readonly new_: MultiAddress;
    } & Struct;
    readonly isSudoAs: boolean;
    readonly asSudoAs: {
      readonly who: MultiAddress;
      readonly call: Call;
    } & Struct;
    readonly isRemoveKey: boolean;
    readonly type: 'Sudo' | 'SudoUncheckedWeight' | 'SetKey' | 'SudoAs' | 'RemoveKey';
  }

  /** @name SpWeightsWeightV2Weight (38) */
  interface SpWeightsWeightV2Weight extends Struct {
    readonly refTime: Compact<u64>;
    readonly proofSize: Compact<u64>;
  }

  /** @name PalletConsortiumCall (39) */
  interface PalletConsortiumCall extends Enum {
    readonly isAddValidator: boolean;
    readonly asAddValidator: {
      readonly validator: AccountId32;
    } & Struct;
    readonly isRemoveValidator: boolean;
    readonly asRemoveValidator: {
      readonly validator: AccountId32;
    } & Struct;
    readonly isAuthorizeUpgrade: boolean;
    readonly asAuthorizeUpgrade: {
      readonly codeHash: H256;
    } & Struct;
    readonly isCancelUpgrade: boolean;
    readonly type: 'AddValidator' | 'RemoveValidator' | 'AuthorizeUpgrade' | 'CancelUpgrade';
  }

  /** @name PalletSessionCall (40) */
  interface PalletSessionCall extends Enum {
    readonly isSetKeys: boolean;
    readonly asSetKeys: {
      readonly keys_: MedledgerRuntimeOpaqueSessionKeys;
      readonly proof: Bytes;
    } & Struct;
    readonly isPurgeKeys: boolean;
    readonly type: 'SetKeys' | 'PurgeKeys';
  }

  /** @name MedledgerRuntimeOpaqueSessionKeys (41) */
  interface MedledgerRuntimeOpaqueSessionKeys extends Struct {
    readonly aura: SpConsensusAuraSr25519AppSr25519Public;
    readonly grandpa: SpConsensusGrandpaAppPublic;
  }

  /** @name SpConsensusAuraSr25519AppSr25519Public (42) */
  interface SpConsensusAuraSr25519AppSr25519Public extends U8aFixed {}

  /** @name PalletMigrationsCall (43) */
  interface PalletMigrationsCall extends Enum {
    readonly isForceSetCursor: boolean;
    readonly asForceSetCursor: {
      readonly cursor: Option<PalletMigrationsMigrationCursor>;
    } & Struct;
    readonly isForceSetActiveCursor: boolean;
    readonly asForceSetActiveCursor: {
      readonly index: u32;
      readonly innerCursor: Option<Bytes>;
      readonly startedAt: Option<u32>;
    } & Struct;
    readonly isForceOnboardMbms: boolean;
    readonly isClearHistoric: boolean;
    readonly asClearHistoric: {
      readonly selector: PalletMigrationsHistoricCleanupSelector;
    } & Struct;
    readonly type: 'ForceSetCursor' | 'ForceSetActiveCursor' | 'ForceOnboardMbms' | 'ClearHistoric';
  }

  /** @name PalletMigrationsMigrationCursor (45) */
  interface PalletMigrationsMigrationCursor extends Enum {
    readonly isActive: boolean;
    readonly asActive: PalletMigrationsActiveCursor;
    readonly isStuck: boolean;
    readonly type: 'Active' | 'Stuck';
  }

  /** @name PalletMigrationsActiveCursor (47) */
  interface PalletMigrationsActiveCursor extends Struct {
    readonly index: u32;
    readonly innerCursor: Option<Bytes>;
    readonly startedAt: u32;
  }

  /** @name PalletMigrationsHistoricCleanupSelector (50) */
  interface PalletMigrationsHistoricCleanupSelector extends Enum {
    readonly isSpecific: boolean;
    readonly asSpecific: Vec<Bytes>;
    readonly isWildcard: boolean;
    readonly asWildcard: {
      readonly limit: Option<u32>;
      readonly previousCursor: Option<Bytes>;
    } & Struct;
    readonly type: 'Specific' | 'Wildcard';
  }

  /** @name PalletCollectiveCall (53) */
  interface PalletCollectiveCall extends Enum {
    readonly isSetMembers: boolean;
    readonly asSetMembers: {
      readonly newMembers: Vec<AccountId32>;
      readonly prime: Option<AccountId32>;
      readonly oldCount: u32;
    } & Struct;
    readonly isExecute: boolean;
    readonly asExecute: {
      readonly proposal: Call;
      readonly lengthBound: Compact<u32>;
    } & Struct;
    readonly isPropose: boolean;
    readonly asPropose: {
      readonly threshold: Compact<u32>;
      readonly proposal: Call;
      readonly lengthBound: Compact<u32>;
    } & Struct;
    readonly isVote: boolean;
    readonly asVote: {
      readonly proposal: H256;
      readonly index: Compact<u32>;
      readonly approve: bool;
    } & Struct;
    readonly isDisapproveProposal: boolean;
    readonly asDisapproveProposal: {
      readonly proposalHash: H256;
    } & Struct;
    readonly isClose: boolean;
    readonly asClose: {
      readonly proposalHash: H256;
      readonly index: Compact<u32>;
      readonly proposalWeightBound: SpWeightsWeightV2Weight;
      readonly lengthBound: Compact<u32>;
    } & Struct;
    readonly isKill: boolean;
    readonly asKill: {
      readonly proposalHash: H256;
    } & Struct;
    readonly isReleaseProposalCost: boolean;
    readonly asReleaseProposalCost: {
      readonly proposalHash: H256;
    } & Struct;
    readonly type: 'SetMembers' | 'Execute' | 'Propose' | 'Vote' | 'DisapproveProposal' | 'Close' | 'Kill' | 'ReleaseProposalCost';
  }

  /** @name PalletMembershipCall (56) */
  interface PalletMembershipCall extends Enum {
    readonly isAddMember: boolean;
    readonly asAddMember: {
      readonly who: MultiAddress;
    } & Struct;
    readonly isRemoveMember: boolean;
    readonly asRemoveMember: {
      readonly who: MultiAddress;
    } & Struct;
    readonly isSwapMember: boolean;
    readonly asSwapMember: {
      readonly remove: MultiAddress;
      readonly add: MultiAddress;
    } & Struct;
    readonly isResetMembers: boolean;
    readonly asResetMembers: {
      readonly members: Vec<AccountId32>;
    } & Struct;
    readonly isChangeKey: boolean;
    readonly asChangeKey: {
      readonly new_: MultiAddress;
    } & Struct;
    readonly isSetPrime: boolean;
    readonly asSetPrime: {
      readonly who: MultiAddress;
    } & Struct;
    readonly isClearPrime: boolean;
    readonly type: 'AddMember' | 'RemoveMember' | 'SwapMember' | 'ResetMembers' | 'ChangeKey' | 'SetPrime' | 'ClearPrime';
  }

  /** @name PalletMetaTxCall (57) */
  interface PalletMetaTxCall extends Enum {
    readonly isDispatch: boolean;
    readonly asDispatch: {
      readonly metaTx: PalletMetaTxMetaTx;
      readonly metaTxEncodedLen: u32;
    } & Struct;
    readonly type: 'Dispatch';
  }

  /** @name PalletMetaTxMetaTx (58) */
  interface PalletMetaTxMetaTx extends Struct {
    readonly call: Call;
    readonly extensionVersion: u8;
    readonly extension: ITuple<[PalletVerifySignatureExtensionVerifySignature, PalletMetaTxExtensionMetaTxMarker, FrameSystemExtensionsCheckNonZeroSender, FrameSystemExtensionsCheckSpecVersion, FrameSystemExtensionsCheckTxVersion, FrameSystemExtensionsCheckGenesis, Era, FrameSystemExtensionsCheckNonce, PalletSponsorshipExtensionSponsoredUse]>;
  }

  /** @name PalletVerifySignatureExtensionVerifySignature (60) */
  interface PalletVerifySignatureExtensionVerifySignature extends Enum {
    readonly isDisabled: boolean;
    readonly isSigned: boolean;
    readonly asSigned: {
      readonly signature: SpRuntimeMultiSignature;
      readonly account: AccountId32;
    } & Struct;
    readonly type: 'Disabled' | 'Signed';
  }

  /** @name SpRuntimeMultiSignature (61) */
  interface SpRuntimeMultiSignature extends Enum {
    readonly isEd25519: boolean;
    readonly asEd25519: U8aFixed;
    readonly isSr25519: boolean;
    readonly asSr25519: U8aFixed;
    readonly isEcdsa: boolean;
    readonly asEcdsa: U8aFixed;
    readonly isEth: boolean;
    readonly asEth: U8aFixed;
    readonly type: 'Ed25519' | 'Sr25519' | 'Ecdsa' | 'Eth';
  }

  /** @name PalletMetaTxExtensionMetaTxMarker (63) */
  type PalletMetaTxExtensionMetaTxMarker = Null;

  /** @name FrameSystemExtensionsCheckNonZeroSender (64) */
  type FrameSystemExtensionsCheckNonZeroSender = Null;

  /** @name FrameSystemExtensionsCheckSpecVersion (65) */
  type FrameSystemExtensionsCheckSpecVersion = Null;

  /** @name FrameSystemExtensionsCheckTxVersion (66) */
  type FrameSystemExtensionsCheckTxVersion = Null;

  /** @name FrameSystemExtensionsCheckGenesis (67) */
  type FrameSystemExtensionsCheckGenesis = Null;

  /** @name FrameSystemExtensionsCheckNonce (71) */
  interface FrameSystemExtensionsCheckNonce extends Compact<u32> {}

  /** @name PalletSponsorshipExtensionSponsoredUse (72) */
  type PalletSponsorshipExtensionSponsoredUse = Null;

  /** @name PalletUtilityCall (73) */
  interface PalletUtilityCall extends Enum {
    readonly isBatch: boolean;
    readonly asBatch: {
      readonly calls: Vec<Call>;
    } & Struct;
    readonly isAsDerivative: boolean;
    readonly asAsDerivative: {
      readonly index: u16;
      readonly call: Call;
    } & Struct;
    readonly isBatchAll: boolean;
    readonly asBatchAll: {
      readonly calls: Vec<Call>;
    } & Struct;
    readonly isDispatchAs: boolean;
    readonly asDispatchAs: {
      readonly asOrigin: MedledgerRuntimeOriginCaller;
      readonly call: Call;
    } & Struct;
    readonly isForceBatch: boolean;
    readonly asForceBatch: {
      readonly calls: Vec<Call>;
    } & Struct;
    readonly isWithWeight: boolean;
    readonly asWithWeight: {
      readonly call: Call;
      readonly weight: SpWeightsWeightV2Weight;
    } & Struct;
    readonly isIfElse: boolean;
    readonly asIfElse: {
      readonly main: Call;
      readonly fallback: Call;
    } & Struct;
    readonly isDispatchAsFallible: boolean;
    readonly asDispatchAsFallible: {
      readonly asOrigin: MedledgerRuntimeOriginCaller;
      readonly call: Call;
    } & Struct;
    readonly type: 'Batch' | 'AsDerivative' | 'BatchAll' | 'DispatchAs' | 'ForceBatch' | 'WithWeight' | 'IfElse' | 'DispatchAsFallible';
  }

  /** @name MedledgerRuntimeOriginCaller (76) */
  interface MedledgerRuntimeOriginCaller extends Enum {
    readonly isSystem: boolean;
    readonly asSystem: FrameSupportDispatchRawOrigin;
    readonly isCouncil: boolean;
    readonly asCouncil: PalletCollectiveRawOrigin;
    readonly type: 'System' | 'Council';
  }

  /** @name FrameSupportDispatchRawOrigin (77) */
  interface FrameSupportDispatchRawOrigin extends Enum {
    readonly isRoot: boolean;
    readonly isSigned: boolean;
    readonly asSigned: AccountId32;
    readonly isNone: boolean;
    readonly isAuthorized: boolean;
    readonly type: 'Root' | 'Signed' | 'None' | 'Authorized';
  }

  /** @name PalletCollectiveRawOrigin (78) */
  interface PalletCollectiveRawOrigin extends Enum {
    readonly isMembers: boolean;
    readonly asMembers: ITuple<[u32, u32]>;
    readonly isMember: boolean;
    readonly asMember: AccountId32;
    readonly isPhantom: boolean;
    readonly type: 'Members' | 'Member' | 'Phantom';
  }

  /** @name PalletMultisigCall (79) */
  interface PalletMultisigCall extends Enum {
    readonly isAsMultiThreshold1: boolean;
    readonly asAsMultiThreshold1: {
      readonly otherSignatories: Vec<AccountId32>;
      readonly call: Call;
    } & Struct;
    readonly isAsMulti: boolean;
    readonly asAsMulti: {
      readonly threshold: u16;
      readonly otherSignatories: Vec<AccountId32>;
      readonly maybeTimepoint: Option<PalletMultisigTimepoint>;
      readonly call: Call;
      readonly maxWeight: SpWeightsWeightV2Weight;
    } & Struct;
    readonly isApproveAsMulti: boolean;
    readonly asApproveAsMulti: {
      readonly threshold: u16;
      readonly otherSignatories: Vec<AccountId32>;
      readonly maybeTimepoint: Option<PalletMultisigTimepoint>;
      readonly callHash: U8aFixed;
      readonly maxWeight: SpWeightsWeightV2Weight;
    } & Struct;
    readonly isCancelAsMulti: boolean;
    readonly asCancelAsMulti: {
      readonly threshold: u16;
      readonly otherSignatories: Vec<AccountId32>;
      readonly timepoint: PalletMultisigTimepoint;
      readonly callHash: U8aFixed;
    } & Struct;
    readonly isPokeDeposit: boolean;
    readonly asPokeDeposit: {
      readonly threshold: u16;
      readonly otherSignatories: Vec<AccountId32>;
      readonly callHash: U8aFixed;
    } & Struct;
    readonly type: 'AsMultiThreshold1' | 'AsMulti' | 'ApproveAsMulti' | 'CancelAsMulti' | 'PokeDeposit';
  }

  /** @name PalletMultisigTimepoint (81) */
  interface PalletMultisigTimepoint extends Struct {
    readonly height: u32;
    readonly index: u32;
  }

  /** @name PalletProxyCall (82) */
  interface PalletProxyCall extends Enum {
    readonly isProxy: boolean;
    readonly asProxy: {
      readonly real: MultiAddress;
      readonly forceProxyType: Option<MedledgerRuntimeCommonAccountsProxyType>;
      readonly call: Call;
    } & Struct;
    readonly isAddProxy: boolean;
    readonly asAddProxy: {
      readonly delegate: MultiAddress;
      readonly proxyType: MedledgerRuntimeCommonAccountsProxyType;
      readonly delay: u32;
    } & Struct;
    readonly isRemoveProxy: boolean;
    readonly asRemoveProxy: {
      readonly delegate: MultiAddress;
      readonly proxyType: MedledgerRuntimeCommonAccountsProxyType;
      readonly delay: u32;
    } & Struct;
    readonly isRemoveProxies: boolean;
    readonly isCreatePure: boolean;
    readonly asCreatePure: {
      readonly proxyType: MedledgerRuntimeCommonAccountsProxyType;
      readonly delay: u32;
      readonly index: u16;
    } & Struct;
    readonly isKillPure: boolean;
    readonly asKillPure: {
      readonly spawner: MultiAddress;
      readonly proxyType: MedledgerRuntimeCommonAccountsProxyType;
      readonly index: u16;
      readonly height: Compact<u32>;
      readonly extIndex: Compact<u32>;
    } & Struct;
    readonly isAnnounce: boolean;
    readonly asAnnounce: {
      readonly real: MultiAddress;
      readonly callHash: H256;
    } & Struct;
    readonly isRemoveAnnouncement: boolean;
    readonly asRemoveAnnouncement: {
      readonly real: MultiAddress;
      readonly callHash: H256;
    } & Struct;
    readonly isRejectAnnouncement: boolean;
    readonly asRejectAnnouncement: {
      readonly delegate: MultiAddress;
      readonly callHash: H256;
    } & Struct;
    readonly isProxyAnnounced: boolean;
    readonly asProxyAnnounced: {
      readonly delegate: MultiAddress;
      readonly real: MultiAddress;
      readonly forceProxyType: Option<MedledgerRuntimeCommonAccountsProxyType>;
      readonly call: Call;
    } & Struct;
    readonly isPokeDeposit: boolean;
    readonly type: 'Proxy' | 'AddProxy' | 'RemoveProxy' | 'RemoveProxies' | 'CreatePure' | 'KillPure' | 'Announce' | 'RemoveAnnouncement' | 'RejectAnnouncement' | 'ProxyAnnounced' | 'PokeDeposit';
  }

  /** @name MedledgerRuntimeCommonAccountsProxyType (84) */
  interface MedledgerRuntimeCommonAccountsProxyType extends Enum {
    readonly isAny: boolean;
    readonly isNonTransfer: boolean;
    readonly isGovernance: boolean;
    readonly isOrganisationAdmin: boolean;
    readonly type: 'Any' | 'NonTransfer' | 'Governance' | 'OrganisationAdmin';
  }

  /** @name PalletPatientIdentityCall (85) */
  interface PalletPatientIdentityCall extends Enum {
    readonly isAdmitOrganisation: boolean;
    readonly asAdmitOrganisation: {
      readonly name: Bytes;
      readonly kind: MedledgerPrimitivesIdentityOrganisationKind;
      readonly jurisdiction: Bytes;
      readonly licenceHash: H256;
      readonly admin: AccountId32;
    } & Struct;
    readonly isSuspendOrganisation: boolean;
    readonly asSuspendOrganisation: {
      readonly organisation: u32;
    } & Struct;
    readonly isReinstateOrganisation: boolean;
    readonly asReinstateOrganisation: {
      readonly organisation: u32;
    } & Struct;
    readonly isRemoveOrganisation: boolean;
    readonly asRemoveOrganisation: {
      readonly organisation: u32;
    } & Struct;
    readonly isAddAdmin: boolean;
    readonly asAddAdmin: {
      readonly organisation: u32;
      readonly admin: AccountId32;
    } & Struct;
    readonly isRemoveAdmin: boolean;
    readonly asRemoveAdmin: {
      readonly organisation: u32;
      readonly admin: AccountId32;
    } & Struct;
    readonly isInvitePractitioner: boolean;
    readonly asInvitePractitioner: {
      readonly practitioner: AccountId32;
      readonly role: MedledgerPrimitivesIdentityPractitionerRole;
    } & Struct;
    readonly isRemovePractitioner: boolean;
    readonly asRemovePractitioner: {
      readonly practitioner: AccountId32;
    } & Struct;
    readonly isRegisterPatient: boolean;
    readonly asRegisterPatient: {
      readonly encryptionKey: U8aFixed;
      readonly commitment: Option<H256>;
    } & Struct;
    readonly isRotateEncryptionKey: boolean;
    readonly asRotateEncryptionKey: {
      readonly patient: u64;
      readonly encryptionKey: U8aFixed;
    } & Struct;
    readonly isSetCommitment: boolean;
    readonly asSetCommitment: {
      readonly patient: u64;
      readonly commitment: Option<H256>;
    } & Struct;
    readonly isDeactivatePatient: boolean;
    readonly asDeactivatePatient: {
      readonly patient: u64;
    } & Struct;
    readonly isAppointRepresentative: boolean;
    readonly asAppointRepresentative: {
      readonly patient: u64;
      readonly representative: AccountId32;
      readonly scope: MedledgerPrimitivesIdentityRepresentativeScope;
      readonly until: Option<u32>;
      readonly documentHash: Option<H256>;
    } & Struct;
    readonly isRemoveRepresentative: boolean;
    readonly asRemoveRepresentative: {
      readonly patient: u64;
      readonly representative: AccountId32;
    } & Struct;
    readonly isSetRecoveryConfig: boolean;
    readonly asSetRecoveryConfig: {
      readonly contacts: Vec<AccountId32>;
      readonly threshold: u32;
      readonly delay: u32;
    } & Struct;
    readonly isRemoveRecoveryConfig: boolean;
    readonly isStartRecovery: boolean;
    readonly asStartRecovery: {
      readonly patient: u64;
    } & Struct;
    readonly isApproveRecovery: boolean;
    readonly asApproveRecovery: {
      readonly patient: u64;
      readonly newAccount: AccountId32;
    } & Struct;
    readonly isWithdrawRecoveryApproval: boolean;
    readonly asWithdrawRecoveryApproval: {
      readonly patient: u64;
    } & Struct;
    readonly isCancelRecovery: boolean;
    readonly asCancelRecovery: {
      readonly patient: u64;
    } & Struct;
    readonly isClaimRecovery: boolean;
    readonly asClaimRecovery: {
      readonly patient: u64;
    } & Struct;
    readonly isAcceptInvitation: boolean;
    readonly asAcceptInvitation: {
      readonly organisation: u32;
    } & Struct;
    readonly isWithdrawInvitation: boolean;
    readonly asWithdrawInvitation: {
      readonly organisation: u32;
      readonly practitioner: AccountId32;
    } & Struct;
    readonly isResign: boolean;
    readonly isRequestDeactivation: boolean;
    readonly asRequestDeactivation: {
      readonly patient: u64;
    } & Struct;
    readonly isCancelDeactivation: boolean;
    readonly type: 'AdmitOrganisation' | 'SuspendOrganisation' | 'ReinstateOrganisation' | 'RemoveOrganisation' | 'AddAdmin' | 'RemoveAdmin' | 'InvitePractitioner' | 'RemovePractitioner' | 'RegisterPatient' | 'RotateEncryptionKey' | 'SetCommitment' | 'DeactivatePatient' | 'AppointRepresentative' | 'RemoveRepresentative' | 'SetRecoveryConfig' | 'RemoveRecoveryConfig' | 'StartRecovery' | 'ApproveRecovery' | 'WithdrawRecoveryApproval' | 'CancelRecovery' | 'ClaimRecovery' | 'AcceptInvitation' | 'WithdrawInvitation' | 'Resign' | 'RequestDeactivation' | 'CancelDeactivation';
  }

  /** @name MedledgerPrimitivesIdentityOrganisationKind (87) */
  interface MedledgerPrimitivesIdentityOrganisationKind extends Enum {
    readonly isHospital: boolean;
    readonly isClinic: boolean;
    readonly isLaboratory: boolean;
    readonly isPharmacy: boolean;
    readonly isPayer: boolean;
    readonly isResearchInstitution: boolean;
    readonly isDataCustodian: boolean;
    readonly isRegulator: boolean;
    readonly type: 'Hospital' | 'Clinic' | 'Laboratory' | 'Pharmacy' | 'Payer' | 'ResearchInstitution' | 'DataCustodian' | 'Regulator';
  }

  /** @name MedledgerPrimitivesIdentityPractitionerRole (89) */
  interface MedledgerPrimitivesIdentityPractitionerRole extends Enum {
    readonly isPhysician: boolean;
    readonly isNurse: boolean;
    readonly isPharmacist: boolean;
    readonly isLaboratoryScientist: boolean;
    readonly isResearcher: boolean;
    readonly isClerk: boolean;
    readonly type: 'Physician' | 'Nurse' | 'Pharmacist' | 'LaboratoryScientist' | 'Researcher' | 'Clerk';
  }

  /** @name MedledgerPrimitivesIdentityRepresentativeScope (91) */
  interface MedledgerPrimitivesIdentityRepresentativeScope extends Struct {
    readonly consents: bool;
    readonly records: bool;
    readonly encryptionKey: bool;
    readonly deactivation: bool;
  }

  /** @name PalletConsentRegistryCall (93) */
  interface PalletConsentRegistryCall extends Enum {
    readonly isGrantConsent: boolean;
    readonly asGrantConsent: {
      readonly patient: u64;
      readonly grantee: MedledgerPrimitivesConsentGrantee;
      readonly terms: PalletConsentRegistryConsentTerms;
    } & Struct;
    readonly isDenyAccess: boolean;
    readonly asDenyAccess: {
      readonly patient: u64;
      readonly grantee: MedledgerPrimitivesConsentGrantee;
      readonly terms: PalletConsentRegistryConsentTerms;
    } & Struct;
    readonly isRevokeConsent: boolean;
    readonly asRevokeConsent: {
      readonly patient: u64;
      readonly consent: u64;
    } & Struct;
    readonly isRemoveConsent: boolean;
    readonly asRemoveConsent: {
      readonly patient: u64;
      readonly consent: u64;
    } & Struct;
    readonly isOpenEmergencyAccess: boolean;
    readonly asOpenEmergencyAccess: {
      readonly patient: u64;
      readonly reasonHash: U8aFixed;
    } & Struct;
    readonly isCloseEmergencyAccess: boolean;
    readonly asCloseEmergencyAccess: {
      readonly patient: u64;
      readonly practitioner: AccountId32;
    } & Struct;
    readonly isReviewEmergencyAccess: boolean;
    readonly asReviewEmergencyAccess: {
      readonly session: u64;
    } & Struct;
    readonly isConfirmConsent: boolean;
    readonly asConfirmConsent: {
      readonly patient: u64;
      readonly consent: u64;
    } & Struct;
    readonly isRequestConsent: boolean;
    readonly asRequestConsent: {
      readonly patient: u64;
      readonly grantee: MedledgerPrimitivesConsentGrantee;
      readonly sealedTerms: Bytes;
      readonly expiresAt: u64;
    } & Struct;
    readonly isAcceptRequest: boolean;
    readonly asAcceptRequest: {
      readonly patient: u64;
      readonly request: u64;
      readonly terms: PalletConsentRegistryConsentTerms;
    } & Struct;
    readonly isCloseRequest: boolean;
    readonly asCloseRequest: {
      readonly patient: u64;
      readonly request: u64;
    } & Struct;
    readonly type: 'GrantConsent' | 'DenyAccess' | 'RevokeConsent' | 'RemoveConsent' | 'OpenEmergencyAccess' | 'CloseEmergencyAccess' | 'ReviewEmergencyAccess' | 'ConfirmConsent' | 'RequestConsent' | 'AcceptRequest' | 'CloseRequest';
  }

  /** @name MedledgerPrimitivesConsentGrantee (94) */
  interface MedledgerPrimitivesConsentGrantee extends Enum {
    readonly isOrganisation: boolean;
    readonly asOrganisation: u32;
    readonly isPractitioner: boolean;
    readonly asPractitioner: AccountId32;
    readonly isIndividual: boolean;
    readonly asIndividual: u64;
    readonly type: 'Organisation' | 'Practitioner' | 'Individual';
  }

  /** @name PalletConsentRegistryConsentTerms (95) */
  interface PalletConsentRegistryConsentTerms extends Struct {
    readonly classes: {
      readonly isOnly: boolean;
      readonly asOnly: Vec<U8aFixed>;
      readonly isAll: boolean;
      readonly type: 'Only' | 'All';
    } & Enum;
    readonly actions: Vec<MedledgerPrimitivesConsentConsentAction>;
    readonly purposes: Vec<U8aFixed>;
    readonly startsAt: Option<u64>;
    readonly expiresAt: Option<u64>;
    readonly records: Vec<U8aFixed>;
  }

  /** @name MedledgerPrimitivesConsentConsentAction (101) */
  interface MedledgerPrimitivesConsentConsentAction extends Enum {
    readonly isRead: boolean;
    readonly isAppend: boolean;
    readonly isAmend: boolean;
    readonly type: 'Read' | 'Append' | 'Amend';
  }

  /** @name PalletRecordAnchorCall (108) */
  interface PalletRecordAnchorCall extends Enum {
    readonly isAnchorRecord: boolean;
    readonly asAnchorRecord: {
      readonly request: PalletRecordAnchorAnchorRequest;
    } & Struct;
    readonly isAmendRecord: boolean;
    readonly asAmendRecord: {
      readonly record: U8aFixed;
      readonly amendment: PalletRecordAnchorAmendment;
    } & Struct;
    readonly isEraseRecord: boolean;
    readonly asEraseRecord: {
      readonly record: U8aFixed;
    } & Struct;
    readonly isAnchorBatch: boolean;
    readonly asAnchorBatch: {
      readonly batch: PalletRecordAnchorAnchorBatch;
    } & Struct;
    readonly isAnchorMerkleRoot: boolean;
    readonly asAnchorMerkleRoot: {
      readonly root: U8aFixed;
      readonly leaves: u32;
    } & Struct;
    readonly isLogAccess: boolean;
    readonly asLogAccess: {
      readonly record: U8aFixed;
      readonly accessor: AccountId32;
      readonly purpose: U8aFixed;
      readonly emergencyKey: Option<U8aFixed>;
    } & Struct;
    readonly isLogDeniedAccess: boolean;
    readonly asLogDeniedAccess: {
      readonly record: U8aFixed;
      readonly accessor: AccountId32;
      readonly purpose: U8aFixed;
    } & Struct;
    readonly isPruneAccessLog: boolean;
    readonly asPruneAccessLog: {
      readonly patient: u64;
      readonly max: u32;
    } & Struct;
    readonly isPrepayDeposits: boolean;
    readonly asPrepayDeposits: {
      readonly amount: u128;
    } & Struct;
    readonly isWithdrawPrepaid: boolean;
    readonly asWithdrawPrepaid: {
      readonly amount: u128;
    } & Struct;
    readonly isLogAccessRoot: boolean;
    readonly asLogAccessRoot: {
      readonly root: U8aFixed;
      readonly leaves: u32;
    } & Struct;
    readonly isPruneAccessLogRoots: boolean;
    readonly asPruneAccessLogRoots: {
      readonly custodian: u32;
      readonly max: u32;
    } & Struct;
    readonly type: 'AnchorRecord' | 'AmendRecord' | 'EraseRecord' | 'AnchorBatch' | 'AnchorMerkleRoot' | 'LogAccess' | 'LogDeniedAccess' | 'PruneAccessLog' | 'PrepayDeposits' | 'WithdrawPrepaid' | 'LogAccessRoot' | 'PruneAccessLogRoots';
  }

  /** @name PalletRecordAnchorAnchorRequest (109) */
  interface PalletRecordAnchorAnchorRequest extends Struct {
    readonly patient: u64;
    readonly contentHash: U8aFixed;
    readonly algorithm: MedledgerPrimitivesRecordHashAlgorithm;
    readonly location: Bytes;
    readonly class: U8aFixed;
    readonly keyManifest: Option<U8aFixed>;
    readonly emergencyCommitment: U8aFixed;
    readonly purpose: U8aFixed;
    readonly custodian: u32;
  }

  /** @name MedledgerPrimitivesRecordHashAlgorithm (110) */
  interface MedledgerPrimitivesRecordHashAlgorithm extends Enum {
    readonly isSha2256: boolean;
    readonly isBlake2256: boolean;
    readonly type: 'Sha2256' | 'Blake2256';
  }

  /** @name PalletRecordAnchorAmendment (112) */
  interface PalletRecordAnchorAmendment extends Struct {
    readonly contentHash: U8aFixed;
    readonly algorithm: MedledgerPrimitivesRecordHashAlgorithm;
    readonly location: Bytes;
    readonly keyManifest: Option<U8aFixed>;
    readonly purpose: U8aFixed;
    readonly custodian: Option<u32>;
  }

  /** @name PalletRecordAnchorAnchorBatch (113) */
  interface PalletRecordAnchorAnchorBatch extends Struct {
    readonly class: U8aFixed;
    readonly algorithm: MedledgerPrimitivesRecordHashAlgorithm;
    readonly purpose: U8aFixed;
    readonly emergencyCommitment: U8aFixed;
    readonly custodian: u32;
    readonly base: Bytes;
    readonly entries_: Vec<PalletRecordAnchorBatchEntry>;
  }

  /** @name PalletRecordAnchorBatchEntry (115) */
  interface PalletRecordAnchorBatchEntry extends Struct {
    readonly patient: Compact<u64>;
    readonly contentHash: U8aFixed;
    readonly path: Bytes;
    readonly keyManifest: Option<U8aFixed>;
  }

  /** @name PalletSponsorshipCall (117) */
  interface PalletSponsorshipCall extends Enum {
    readonly isSetSponsor: boolean;
    readonly asSetSponsor: {
      readonly relayer: AccountId32;
      readonly dailyBudget: u128;
    } & Struct;
    readonly isSponsorPatient: boolean;
    readonly asSponsorPatient: {
      readonly organisation: u32;
      readonly account: AccountId32;
    } & Struct;
    readonly isEndSponsorship: boolean;
    readonly asEndSponsorship: {
      readonly account: AccountId32;
    } & Struct;
    readonly type: 'SetSponsor' | 'SponsorPatient' | 'EndSponsorship';
  }

  /** @name FrameSystemExtensionsAuthorizeCall (118) */
  type FrameSystemExtensionsAuthorizeCall = Null;

  /** @name PalletSponsorshipExtensionRelayedBySponsor (119) */
  type PalletSponsorshipExtensionRelayedBySponsor = Null;

  /** @name FrameSystemExtensionsCheckWeight (120) */
  type FrameSystemExtensionsCheckWeight = Null;

  /** @name PalletTransactionPaymentChargeTransactionPayment (121) */
  interface PalletTransactionPaymentChargeTransactionPayment extends Compact<u128> {}

  /** @name FrameMetadataHashExtensionCheckMetadataHash (122) */
  interface FrameMetadataHashExtensionCheckMetadataHash extends Struct {
    readonly mode: FrameMetadataHashExtensionMode;
  }

  /** @name FrameMetadataHashExtensionMode (123) */
  interface FrameMetadataHashExtensionMode extends Enum {
    readonly isDisabled: boolean;
    readonly isEnabled: boolean;
    readonly type: 'Disabled' | 'Enabled';
  }

  /** @name FrameSystemExtensionsWeightReclaim (124) */
  type FrameSystemExtensionsWeightReclaim = Null;

  /** @name FrameSystemAccountInfo (126) */
  interface FrameSystemAccountInfo extends Struct {
    readonly nonce: u32;
    readonly consumers: u32;
    readonly providers: u32;
    readonly sufficients: u32;
    readonly data: PalletBalancesAccountData;
  }

  /** @name PalletBalancesAccountData (127) */
  interface PalletBalancesAccountData extends Struct {
    readonly free: u128;
    readonly reserved: u128;
    readonly frozen: u128;
    readonly flags: u128;
  }

  /** @name FrameSupportDispatchPerDispatchClassWeight (129) */
  interface FrameSupportDispatchPerDispatchClassWeight extends Struct {
    readonly normal: SpWeightsWeightV2Weight;
    readonly operational: SpWeightsWeightV2Weight;
    readonly mandatory: SpWeightsWeightV2Weight;
  }

  /** @name SpRuntimeDigest (130) */
  interface SpRuntimeDigest extends Struct {
    readonly logs: Vec<SpRuntimeDigestDigestItem>;
  }

  /** @name SpRuntimeDigestDigestItem (132) */
  interface SpRuntimeDigestDigestItem extends Enum {
    readonly isOther: boolean;
    readonly asOther: Bytes;
    readonly isConsensus: boolean;
    readonly asConsensus: ITuple<[U8aFixed, Bytes]>;
    readonly isSeal: boolean;
    readonly asSeal: ITuple<[U8aFixed, Bytes]>;
    readonly isPreRuntime: boolean;
    readonly asPreRuntime: ITuple<[U8aFixed, Bytes]>;
    readonly isRuntimeEnvironmentUpdated: boolean;
    readonly type: 'Other' | 'Consensus' | 'Seal' | 'PreRuntime' | 'RuntimeEnvironmentUpdated';
  }

  /** @name FrameSystemEventRecord (135) */
  interface FrameSystemEventRecord extends Struct {
    readonly phase: FrameSystemPhase;
    readonly event: Event;
    readonly topics: Vec<H256>;
  }

  /** @name FrameSystemEvent (137) */
  interface FrameSystemEvent extends Enum {
    readonly isExtrinsicSuccess: boolean;
    readonly asExtrinsicSuccess: {
      readonly dispatchInfo: FrameSystemDispatchEventInfo;
    } & Struct;
    readonly isExtrinsicFailed: boolean;
    readonly asExtrinsicFailed: {
      readonly dispatchError: SpRuntimeDispatchError;
      readonly dispatchInfo: FrameSystemDispatchEventInfo;
    } & Struct;
    readonly isCodeUpdated: boolean;
    readonly asCodeUpdated: {
      readonly hash_: H256;
    } & Struct;
    readonly isNewAccount: boolean;
    readonly asNewAccount: {
      readonly account: AccountId32;
    } & Struct;
    readonly isKilledAccount: boolean;
    readonly asKilledAccount: {
      readonly account: AccountId32;
    } & Struct;
    readonly isRemarked: boolean;
    readonly asRemarked: {
      readonly sender: AccountId32;
      readonly hash_: H256;
    } & Struct;
    readonly isUpgradeAuthorized: boolean;
    readonly asUpgradeAuthorized: {
      readonly codeHash: H256;
      readonly checkVersion: bool;
    } & Struct;
    readonly isRejectedInvalidAuthorizedUpgrade: boolean;
    readonly asRejectedInvalidAuthorizedUpgrade: {
      readonly codeHash: H256;
      readonly error: SpRuntimeDispatchError;
    } & Struct;
    readonly type: 'ExtrinsicSuccess' | 'ExtrinsicFailed' | 'CodeUpdated' | 'NewAccount' | 'KilledAccount' | 'Remarked' | 'UpgradeAuthorized' | 'RejectedInvalidAuthorizedUpgrade';
  }

  /** @name FrameSystemDispatchEventInfo (138) */
  interface FrameSystemDispatchEventInfo extends Struct {
    readonly weight: SpWeightsWeightV2Weight;
    readonly class: FrameSupportDispatchDispatchClass;
    readonly paysFee: FrameSupportDispatchPays;
  }

  /** @name FrameSupportDispatchDispatchClass (139) */
  interface FrameSupportDispatchDispatchClass extends Enum {
    readonly isNormal: boolean;
    readonly isOperational: boolean;
    readonly isMandatory: boolean;
    readonly type: 'Normal' | 'Operational' | 'Mandatory';
  }

  /** @name FrameSupportDispatchPays (140) */
  interface FrameSupportDispatchPays extends Enum {
    readonly isYes: boolean;
    readonly isNo: boolean;
    readonly type: 'Yes' | 'No';
  }

  /** @name SpRuntimeDispatchError (141) */
  interface SpRuntimeDispatchError extends Enum {
    readonly isOther: boolean;
    readonly isCannotLookup: boolean;
    readonly isBadOrigin: boolean;
    readonly isModule: boolean;
    readonly asModule: SpRuntimeModuleError;
    readonly isConsumerRemaining: boolean;
    readonly isNoProviders: boolean;
    readonly isTooManyConsumers: boolean;
    readonly isToken: boolean;
    readonly asToken: SpRuntimeTokenError;
    readonly isArithmetic: boolean;
    readonly asArithmetic: SpArithmeticArithmeticError;
    readonly isTransactional: boolean;
    readonly asTransactional: SpRuntimeTransactionalError;
    readonly isExhausted: boolean;
    readonly isCorruption: boolean;
    readonly isUnavailable: boolean;
    readonly isRootNotAllowed: boolean;
    readonly isTrie: boolean;
    readonly asTrie: SpRuntimeProvingTrieTrieError;
    readonly type: 'Other' | 'CannotLookup' | 'BadOrigin' | 'Module' | 'ConsumerRemaining' | 'NoProviders' | 'TooManyConsumers' | 'Token' | 'Arithmetic' | 'Transactional' | 'Exhausted' | 'Corruption' | 'Unavailable' | 'RootNotAllowed' | 'Trie';
  }

  /** @name SpRuntimeModuleError (142) */
  interface SpRuntimeModuleError extends Struct {
    readonly index: u8;
    readonly error: U8aFixed;
  }

  /** @name SpRuntimeTokenError (143) */
  interface SpRuntimeTokenError extends Enum {
    readonly isFundsUnavailable: boolean;
    readonly isOnlyProvider: boolean;
    readonly isBelowMinimum: boolean;
    readonly isCannotCreate: boolean;
    readonly isUnknownAsset: boolean;
    readonly isFrozen: boolean;
    readonly isUnsupported: boolean;
    readonly isCannotCreateHold: boolean;
    readonly isNotExpendable: boolean;
    readonly isBlocked: boolean;
    readonly type: 'FundsUnavailable' | 'OnlyProvider' | 'BelowMinimum' | 'CannotCreate' | 'UnknownAsset' | 'Frozen' | 'Unsupported' | 'CannotCreateHold' | 'NotExpendable' | 'Blocked';
  }

  /** @name SpArithmeticArithmeticError (144) */
  interface SpArithmeticArithmeticError extends Enum {
    readonly isUnderflow: boolean;
    readonly isOverflow: boolean;
    readonly isDivisionByZero: boolean;
    readonly type: 'Underflow' | 'Overflow' | 'DivisionByZero';
  }

  /** @name SpRuntimeTransactionalError (145) */
  interface SpRuntimeTransactionalError extends Enum {
    readonly isLimitReached: boolean;
    readonly isNoLayer: boolean;
    readonly type: 'LimitReached' | 'NoLayer';
  }

  /** @name SpRuntimeProvingTrieTrieError (146) */
  interface SpRuntimeProvingTrieTrieError extends Enum {
    readonly isInvalidStateRoot: boolean;
    readonly isIncompleteDatabase: boolean;
    readonly isValueAtIncompleteKey: boolean;
    readonly isDecoderError: boolean;
    readonly isInvalidHash: boolean;
    readonly isDuplicateKey: boolean;
    readonly isExtraneousNode: boolean;
    readonly isExtraneousValue: boolean;
    readonly isExtraneousHashReference: boolean;
    readonly isInvalidChildReference: boolean;
    readonly isValueMismatch: boolean;
    readonly isIncompleteProof: boolean;
    readonly isRootMismatch: boolean;
    readonly isDecodeError: boolean;
    readonly type: 'InvalidStateRoot' | 'IncompleteDatabase' | 'ValueAtIncompleteKey' | 'DecoderError' | 'InvalidHash' | 'DuplicateKey' | 'ExtraneousNode' | 'ExtraneousValue' | 'ExtraneousHashReference' | 'InvalidChildReference' | 'ValueMismatch' | 'IncompleteProof' | 'RootMismatch' | 'DecodeError';
  }

  /** @name PalletGrandpaEvent (147) */
  interface PalletGrandpaEvent extends Enum {
    readonly isNewAuthorities: boolean;
    readonly asNewAuthorities: {
      readonly authoritySet: Vec<ITuple<[SpConsensusGrandpaAppPublic, u64]>>;
    } & Struct;
    readonly isPaused: boolean;
    readonly isResumed: boolean;
    readonly type: 'NewAuthorities' | 'Paused' | 'Resumed';
  }

  /** @name PalletBalancesEvent (150) */
  interface PalletBalancesEvent extends Enum {
    readonly isEndowed: boolean;
    readonly asEndowed: {
      readonly account: AccountId32;
      readonly freeBalance: u128;
    } & Struct;
    readonly isDustLost: boolean;
    readonly asDustLost: {
      readonly account: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isTransfer: boolean;
    readonly asTransfer: {
      readonly from: AccountId32;
      readonly to: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isBalanceSet: boolean;
    readonly asBalanceSet: {
      readonly who: AccountId32;
      readonly free: u128;
    } & Struct;
    readonly isReserved: boolean;
    readonly asReserved: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isUnreserved: boolean;
    readonly asUnreserved: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isReserveRepatriated: boolean;
    readonly asReserveRepatriated: {
      readonly from: AccountId32;
      readonly to: AccountId32;
      readonly amount: u128;
      readonly destinationStatus: FrameSupportTokensMiscBalanceStatus;
    } & Struct;
    readonly isDeposit: boolean;
    readonly asDeposit: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isWithdraw: boolean;
    readonly asWithdraw: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isSlashed: boolean;
    readonly asSlashed: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isMinted: boolean;
    readonly asMinted: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isMintedCredit: boolean;
    readonly asMintedCredit: {
      readonly amount: u128;
    } & Struct;
    readonly isBurned: boolean;
    readonly asBurned: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isBurnedDebt: boolean;
    readonly asBurnedDebt: {
      readonly amount: u128;
    } & Struct;
    readonly isSuspended: boolean;
    readonly asSuspended: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isRestored: boolean;
    readonly asRestored: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isUpgraded: boolean;
    readonly asUpgraded: {
      readonly who: AccountId32;
    } & Struct;
    readonly isIssued: boolean;
    readonly asIssued: {
      readonly amount: u128;
    } & Struct;
    readonly isRescinded: boolean;
    readonly asRescinded: {
      readonly amount: u128;
    } & Struct;
    readonly isLocked: boolean;
    readonly asLocked: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isUnlocked: boolean;
    readonly asUnlocked: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isFrozen: boolean;
    readonly asFrozen: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isThawed: boolean;
    readonly asThawed: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isTotalIssuanceForced: boolean;
    readonly asTotalIssuanceForced: {
      readonly old: u128;
      readonly new_: u128;
    } & Struct;
    readonly isHeld: boolean;
    readonly asHeld: {
      readonly reason: MedledgerRuntimeRuntimeHoldReason;
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isBurnedHeld: boolean;
    readonly asBurnedHeld: {
      readonly reason: MedledgerRuntimeRuntimeHoldReason;
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isTransferOnHold: boolean;
    readonly asTransferOnHold: {
      readonly reason: MedledgerRuntimeRuntimeHoldReason;
      readonly source: AccountId32;
      readonly dest: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isTransferAndHold: boolean;
    readonly asTransferAndHold: {
      readonly reason: MedledgerRuntimeRuntimeHoldReason;
      readonly source: AccountId32;
      readonly dest: AccountId32;
      readonly transferred: u128;
    } & Struct;
    readonly isReleased: boolean;
    readonly asReleased: {
      readonly reason: MedledgerRuntimeRuntimeHoldReason;
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isUnexpected: boolean;
    readonly asUnexpected: PalletBalancesUnexpectedKind;
    readonly type: 'Endowed' | 'DustLost' | 'Transfer' | 'BalanceSet' | 'Reserved' | 'Unreserved' | 'ReserveRepatriated' | 'Deposit' | 'Withdraw' | 'Slashed' | 'Minted' | 'MintedCredit' | 'Burned' | 'BurnedDebt' | 'Suspended' | 'Restored' | 'Upgraded' | 'Issued' | 'Rescinded' | 'Locked' | 'Unlocked' | 'Frozen' | 'Thawed' | 'TotalIssuanceForced' | 'Held' | 'BurnedHeld' | 'TransferOnHold' | 'TransferAndHold' | 'Released' | 'Unexpected';
  }

  /** @name FrameSupportTokensMiscBalanceStatus (151) */
  interface FrameSupportTokensMiscBalanceStatus extends Enum {
    readonly isFree: boolean;
    readonly isReserved: boolean;
    readonly type: 'Free' | 'Reserved';
  }

  /** @name MedledgerRuntimeRuntimeHoldReason (152) */
  interface MedledgerRuntimeRuntimeHoldReason extends Enum {
    readonly isSession: boolean;
    readonly asSession: PalletSessionHoldReason;
    readonly isCouncil: boolean;
    readonly asCouncil: PalletCollectiveHoldReason;
    readonly isPatientIdentity: boolean;
    readonly asPatientIdentity: PalletPatientIdentityHoldReason;
    readonly isConsentRegistry: boolean;
    readonly asConsentRegistry: PalletConsentRegistryHoldReason;
    readonly isRecordAnchor: boolean;
    readonly asRecordAnchor: PalletRecordAnchorHoldReason;
    readonly isSponsorship: boolean;
    readonly asSponsorship: PalletSponsorshipHoldReason;
    readonly type: 'Session' | 'Council' | 'PatientIdentity' | 'ConsentRegistry' | 'RecordAnchor' | 'Sponsorship';
  }

  /** @name PalletSessionHoldReason (153) */
  interface PalletSessionHoldReason extends Enum {
    readonly isKeys: boolean;
    readonly type: 'Keys';
  }

  /** @name PalletCollectiveHoldReason (154) */
  interface PalletCollectiveHoldReason extends Enum {
    readonly isProposalSubmission: boolean;
    readonly type: 'ProposalSubmission';
  }

  /** @name PalletPatientIdentityHoldReason (155) */
  interface PalletPatientIdentityHoldReason extends Enum {
    readonly isPatientDeposit: boolean;
    readonly isRecoveryDeposit: boolean;
    readonly type: 'PatientDeposit' | 'RecoveryDeposit';
  }

  /** @name PalletConsentRegistryHoldReason (156) */
  interface PalletConsentRegistryHoldReason extends Enum {
    readonly isConsentDeposit: boolean;
    readonly isEmergencyDeposit: boolean;
    readonly isRequestDeposit: boolean;
    readonly type: 'ConsentDeposit' | 'EmergencyDeposit' | 'RequestDeposit';
  }

  /** @name PalletRecordAnchorHoldReason (157) */
  interface PalletRecordAnchorHoldReason extends Enum {
    readonly isStorageDeposit: boolean;
    readonly type: 'StorageDeposit';
  }

  /** @name PalletSponsorshipHoldReason (158) */
  interface PalletSponsorshipHoldReason extends Enum {
    readonly isSponsorshipDeposit: boolean;
    readonly type: 'SponsorshipDeposit';
  }

  /** @name PalletBalancesUnexpectedKind (159) */
  interface PalletBalancesUnexpectedKind extends Enum {
    readonly isBalanceUpdated: boolean;
    readonly isFailedToMutateAccount: boolean;
    readonly type: 'BalanceUpdated' | 'FailedToMutateAccount';
  }

  /** @name PalletTransactionPaymentEvent (160) */
  interface PalletTransactionPaymentEvent extends Enum {
    readonly isTransactionFeePaid: boolean;
    readonly asTransactionFeePaid: {
      readonly who: AccountId32;
      readonly actualFee: u128;
      readonly tip: u128;
    } & Struct;
    readonly type: 'TransactionFeePaid';
  }

  /** @name PalletSudoEvent (161) */
  interface PalletSudoEvent extends Enum {
    readonly isSudid: boolean;
    readonly asSudid: {
      readonly sudoResult: Result<Null, SpRuntimeDispatchError>;
    } & Struct;
    readonly isKeyChanged: boolean;
    readonly asKeyChanged: {
      readonly old: Option<AccountId32>;
      readonly new_: AccountId32;
    } & Struct;
    readonly isKeyRemoved: boolean;
    readonly isSudoAsDone: boolean;
    readonly asSudoAsDone: {
      readonly sudoResult: Result<Null, SpRuntimeDispatchError>;
    } & Struct;
    readonly type: 'Sudid' | 'KeyChanged' | 'KeyRemoved' | 'SudoAsDone';
  }

  /** @name PalletConsortiumEvent (163) */
  interface PalletConsortiumEvent extends Enum {
    readonly isValidatorAdded: boolean;
    readonly asValidatorAdded: {
      readonly validator: AccountId32;
    } & Struct;
    readonly isValidatorRemoved: boolean;
    readonly asValidatorRemoved: {
      readonly validator: AccountId32;
    } & Struct;
    readonly isUpgradeAuthorized: boolean;
    readonly asUpgradeAuthorized: {
      readonly codeHash: H256;
      readonly enactableAt: u32;
    } & Struct;
    readonly isUpgradeCancelled: boolean;
    readonly asUpgradeCancelled: {
      readonly codeHash: H256;
    } & Struct;
    readonly isUpgradeEnacted: boolean;
    readonly asUpgradeEnacted: {
      readonly codeHash: H256;
    } & Struct;
    readonly type: 'ValidatorAdded' | 'ValidatorRemoved' | 'UpgradeAuthorized' | 'UpgradeCancelled' | 'UpgradeEnacted';
  }

  /** @name PalletSessionEvent (164) */
  interface PalletSessionEvent extends Enum {
    readonly isNewSession: boolean;
    readonly asNewSession: {
      readonly sessionIndex: u32;
    } & Struct;
    readonly isNewQueued: boolean;
    readonly isValidatorDisabled: boolean;
    readonly asValidatorDisabled: {
      readonly validator: AccountId32;
    } & Struct;
    readonly isValidatorReenabled: boolean;
    readonly asValidatorReenabled: {
      readonly validator: AccountId32;
    } & Struct;
    readonly type: 'NewSession' | 'NewQueued' | 'ValidatorDisabled' | 'ValidatorReenabled';
  }

  /** @name PalletMigrationsEvent (165) */
  interface PalletMigrationsEvent extends Enum {
    readonly isUpgradeStarted: boolean;
    readonly asUpgradeStarted: {
      readonly migrations: u32;
    } & Struct;
    readonly isUpgradeCompleted: boolean;
    readonly isUpgradeFailed: boolean;
    readonly isMigrationSkipped: boolean;
    readonly asMigrationSkipped: {
      readonly index: u32;
    } & Struct;
    readonly isMigrationAdvanced: boolean;
    readonly asMigrationAdvanced: {
      readonly index: u32;
      readonly took: u32;
    } & Struct;
    readonly isMigrationCompleted: boolean;
    readonly asMigrationCompleted: {
      readonly index: u32;
      readonly took: u32;
    } & Struct;
    readonly isMigrationFailed: boolean;
    readonly asMigrationFailed: {
      readonly index: u32;
      readonly took: u32;
    } & Struct;
    readonly isHistoricCleared: boolean;
    readonly asHistoricCleared: {
      readonly nextCursor: Option<Bytes>;
    } & Struct;
    readonly type: 'UpgradeStarted' | 'UpgradeCompleted' | 'UpgradeFailed' | 'MigrationSkipped' | 'MigrationAdvanced' | 'MigrationCompleted' | 'MigrationFailed' | 'HistoricCleared';
  }

  /** @name PalletCollectiveEvent (166) */
  interface PalletCollectiveEvent extends Enum {
    readonly isProposed: boolean;
    readonly asProposed: {
      readonly account: AccountId32;
      readonly proposalIndex: u32;
      readonly proposalHash: H256;
      readonly threshold: u32;
    } & Struct;
    readonly isVoted: boolean;
    readonly asVoted: {
      readonly account: AccountId32;
      readonly proposalHash: H256;
      readonly voted: bool;
      readonly yes: u32;
      readonly no: u32;
    } & Struct;
    readonly isApproved: boolean;
    readonly asApproved: {
      readonly proposalHash: H256;
    } & Struct;
    readonly isDisapproved: boolean;
    readonly asDisapproved: {
      readonly proposalHash: H256;
    } & Struct;
    readonly isExecuted: boolean;
    readonly asExecuted: {
      readonly proposalHash: H256;
      readonly result: Result<Null, SpRuntimeDispatchError>;
    } & Struct;
    readonly isMemberExecuted: boolean;
    readonly asMemberExecuted: {
      readonly proposalHash: H256;
      readonly result: Result<Null, SpRuntimeDispatchError>;
    } & Struct;
    readonly isClosed: boolean;
    readonly asClosed: {
      readonly proposalHash: H256;
      readonly yes: u32;
      readonly no: u32;
    } & Struct;
    readonly isKilled: boolean;
    readonly asKilled: {
      readonly proposalHash: H256;
    } & Struct;
    readonly isProposalCostBurned: boolean;
    readonly asProposalCostBurned: {
      readonly proposalHash: H256;
      readonly who: AccountId32;
    } & Struct;
    readonly isProposalCostReleased: boolean;
    readonly asProposalCostReleased: {
      readonly proposalHash: H256;
      readonly who: AccountId32;
    } & Struct;
    readonly type: 'Proposed' | 'Voted' | 'Approved' | 'Disapproved' | 'Executed' | 'MemberExecuted' | 'Closed' | 'Killed' | 'ProposalCostBurned' | 'ProposalCostReleased';
  }

  /** @name PalletMembershipEvent (167) */
  interface PalletMembershipEvent extends Enum {
    readonly isMemberAdded: boolean;
    readonly isMemberRemoved: boolean;
    readonly isMembersSwapped: boolean;
    readonly isMembersReset: boolean;
    readonly isKeyChanged: boolean;
    readonly isDummy: boolean;
    readonly type: 'MemberAdded' | 'MemberRemoved' | 'MembersSwapped' | 'MembersReset' | 'KeyChanged' | 'Dummy';
  }

  /** @name PalletMetaTxEvent (168) */
  interface PalletMetaTxEvent extends Enum {
    readonly isDispatched: boolean;
    readonly asDispatched: {
      readonly result: Result<FrameSupportDispatchPostDispatchInfo, SpRuntimeDispatchErrorWithPostInfo>;
    } & Struct;
    readonly type: 'Dispatched';
  }

  /** @name FrameSupportDispatchPostDispatchInfo (170) */
  interface FrameSupportDispatchPostDispatchInfo extends Struct {
    readonly actualWeight: Option<SpWeightsWeightV2Weight>;
    readonly paysFee: FrameSupportDispatchPays;
  }

  /** @name SpRuntimeDispatchErrorWithPostInfo (172) */
  interface SpRuntimeDispatchErrorWithPostInfo extends Struct {
    readonly postInfo: FrameSupportDispatchPostDispatchInfo;
    readonly error: SpRuntimeDispatchError;
  }

  /** @name PalletUtilityEvent (173) */
  interface PalletUtilityEvent extends Enum {
    readonly isBatchInterrupted: boolean;
    readonly asBatchInterrupted: {
      readonly index: u32;
      readonly error: SpRuntimeDispatchError;
    } & Struct;
    readonly isBatchCompleted: boolean;
    readonly isBatchCompletedWithErrors: boolean;
    readonly isItemCompleted: boolean;
    readonly isItemFailed: boolean;
    readonly asItemFailed: {
      readonly error: SpRuntimeDispatchError;
    } & Struct;
    readonly isDispatchedAs: boolean;
    readonly asDispatchedAs: {
      readonly result: Result<Null, SpRuntimeDispatchError>;
    } & Struct;
    readonly isIfElseMainSuccess: boolean;
    readonly isIfElseFallbackCalled: boolean;
    readonly asIfElseFallbackCalled: {
      readonly mainError: SpRuntimeDispatchError;
    } & Struct;
    readonly type: 'BatchInterrupted' | 'BatchCompleted' | 'BatchCompletedWithErrors' | 'ItemCompleted' | 'ItemFailed' | 'DispatchedAs' | 'IfElseMainSuccess' | 'IfElseFallbackCalled';
  }

  /** @name PalletMultisigEvent (174) */
  interface PalletMultisigEvent extends Enum {
    readonly isNewMultisig: boolean;
    readonly asNewMultisig: {
      readonly approving: AccountId32;
      readonly multisig: AccountId32;
      readonly callHash: U8aFixed;
    } & Struct;
    readonly isMultisigApproval: boolean;
    readonly asMultisigApproval: {
      readonly approving: AccountId32;
      readonly timepoint: PalletMultisigTimepoint;
      readonly multisig: AccountId32;
      readonly callHash: U8aFixed;
    } & Struct;
    readonly isMultisigExecuted: boolean;
    readonly asMultisigExecuted: {
      readonly approving: AccountId32;
      readonly timepoint: PalletMultisigTimepoint;
      readonly multisig: AccountId32;
      readonly callHash: U8aFixed;
      readonly result: Result<Null, SpRuntimeDispatchError>;
    } & Struct;
    readonly isMultisigCancelled: boolean;
    readonly asMultisigCancelled: {
      readonly cancelling: AccountId32;
      readonly timepoint: PalletMultisigTimepoint;
      readonly multisig: AccountId32;
      readonly callHash: U8aFixed;
    } & Struct;
    readonly isDepositPoked: boolean;
    readonly asDepositPoked: {
      readonly who: AccountId32;
      readonly callHash: U8aFixed;
      readonly oldDeposit: u128;
      readonly newDeposit: u128;
    } & Struct;
    readonly type: 'NewMultisig' | 'MultisigApproval' | 'MultisigExecuted' | 'MultisigCancelled' | 'DepositPoked';
  }

  /** @name PalletProxyEvent (175) */
  interface PalletProxyEvent extends Enum {
    readonly isProxyExecuted: boolean;
    readonly asProxyExecuted: {
      readonly result: Result<Null, SpRuntimeDispatchError>;
    } & Struct;
    readonly isPureCreated: boolean;
    readonly asPureCreated: {
      readonly pure: AccountId32;
      readonly who: AccountId32;
      readonly proxyType: MedledgerRuntimeCommonAccountsProxyType;
      readonly disambiguationIndex: u16;
      readonly at: u32;
      readonly extrinsicIndex: u32;
    } & Struct;
    readonly isPureKilled: boolean;
    readonly asPureKilled: {
      readonly pure: AccountId32;
      readonly spawner: AccountId32;
      readonly proxyType: MedledgerRuntimeCommonAccountsProxyType;
      readonly disambiguationIndex: u16;
    } & Struct;
    readonly isAnnounced: boolean;
    readonly asAnnounced: {
      readonly real: AccountId32;
      readonly proxy: AccountId32;
      readonly callHash: H256;
    } & Struct;
    readonly isProxyAdded: boolean;
    readonly asProxyAdded: {
      readonly delegator: AccountId32;
      readonly delegatee: AccountId32;
      readonly proxyType: MedledgerRuntimeCommonAccountsProxyType;
      readonly delay: u32;
    } & Struct;
    readonly isProxyRemoved: boolean;
    readonly asProxyRemoved: {
      readonly delegator: AccountId32;
      readonly delegatee: AccountId32;
      readonly proxyType: MedledgerRuntimeCommonAccountsProxyType;
      readonly delay: u32;
    } & Struct;
    readonly isDepositPoked: boolean;
    readonly asDepositPoked: {
      readonly who: AccountId32;
      readonly kind: PalletProxyDepositKind;
      readonly oldDeposit: u128;
      readonly newDeposit: u128;
    } & Struct;
    readonly type: 'ProxyExecuted' | 'PureCreated' | 'PureKilled' | 'Announced' | 'ProxyAdded' | 'ProxyRemoved' | 'DepositPoked';
  }

  /** @name PalletProxyDepositKind (176) */
  interface PalletProxyDepositKind extends Enum {
    readonly isProxies: boolean;
    readonly isAnnouncements: boolean;
    readonly type: 'Proxies' | 'Announcements';
  }

  /** @name PalletPatientIdentityEvent (177) */
  interface PalletPatientIdentityEvent extends Enum {
    readonly isOrganisationAdmitted: boolean;
    readonly asOrganisationAdmitted: {
      readonly organisation: u32;
      readonly kind: MedledgerPrimitivesIdentityOrganisationKind;
      readonly admin: AccountId32;
    } & Struct;
    readonly isOrganisationSuspended: boolean;
    readonly asOrganisationSuspended: {
      readonly organisation: u32;
    } & Struct;
    readonly isOrganisationReinstated: boolean;
    readonly asOrganisationReinstated: {
      readonly organisation: u32;
    } & Struct;
    readonly isOrganisationRemoved: boolean;
    readonly asOrganisationRemoved: {
      readonly organisation: u32;
    } & Struct;
    readonly isAdminAdded: boolean;
    readonly asAdminAdded: {
      readonly organisation: u32;
      readonly admin: AccountId32;
    } & Struct;
    readonly isAdminRemoved: boolean;
    readonly asAdminRemoved: {
      readonly organisation: u32;
      readonly admin: AccountId32;
    } & Struct;
    readonly isPractitionerInvited: boolean;
    readonly asPractitionerInvited: {
      readonly organisation: u32;
      readonly practitioner: AccountId32;
      readonly role: MedledgerPrimitivesIdentityPractitionerRole;
    } & Struct;
    readonly isInvitationWithdrawn: boolean;
    readonly asInvitationWithdrawn: {
      readonly organisation: u32;
      readonly practitioner: AccountId32;
    } & Struct;
    readonly isPractitionerRegistered: boolean;
    readonly asPractitionerRegistered: {
      readonly organisation: u32;
      readonly practitioner: AccountId32;
      readonly role: MedledgerPrimitivesIdentityPractitionerRole;
    } & Struct;
    readonly isPractitionerRemoved: boolean;
    readonly asPractitionerRemoved: {
      readonly organisation: u32;
      readonly practitioner: AccountId32;
    } & Struct;
    readonly isPractitionerResigned: boolean;
    readonly asPractitionerResigned: {
      readonly organisation: u32;
      readonly practitioner: AccountId32;
    } & Struct;
    readonly isPatientRegistered: boolean;
    readonly asPatientRegistered: {
      readonly patient: u64;
      readonly account: AccountId32;
      readonly deposit: u128;
    } & Struct;
    readonly isEncryptionKeyRotated: boolean;
    readonly asEncryptionKeyRotated: {
      readonly patient: u64;
      readonly version: u32;
      readonly actor: AccountId32;
    } & Struct;
    readonly isCommitmentSet: boolean;
    readonly asCommitmentSet: {
      readonly patient: u64;
      readonly present: bool;
      readonly actor: AccountId32;
    } & Struct;
    readonly isDeactivationRequested: boolean;
    readonly asDeactivationRequested: {
      readonly patient: u64;
      readonly representative: AccountId32;
      readonly due: u32;
    } & Struct;
    readonly isDeactivationCancelled: boolean;
    readonly asDeactivationCancelled: {
      readonly patient: u64;
    } & Struct;
    readonly isPatientDeactivated: boolean;
    readonly asPatientDeactivated: {
      readonly patient: u64;
      readonly account: AccountId32;
      readonly deposit: u128;
      readonly actor: AccountId32;
    } & Struct;
    readonly isRepresentativeAppointed: boolean;
    readonly asRepresentativeAppointed: {
      readonly patient: u64;
      readonly representative: AccountId32;
      readonly scope: MedledgerPrimitivesIdentityRepresentativeScope;
      readonly until: Option<u32>;
      readonly appointedBy: PalletPatientIdentityAppointedBy;
    } & Struct;
    readonly isRepresentativeRemoved: boolean;
    readonly asRepresentativeRemoved: {
      readonly patient: u64;
      readonly representative: AccountId32;
      readonly actor: AccountId32;
    } & Struct;
    readonly isRecoveryConfigured: boolean;
    readonly asRecoveryConfigured: {
      readonly patient: u64;
      readonly threshold: u32;
      readonly delay: u32;
    } & Struct;
    readonly isRecoveryConfigRemoved: boolean;
    readonly asRecoveryConfigRemoved: {
      readonly patient: u64;
    } & Struct;
    readonly isRecoveryStarted: boolean;
    readonly asRecoveryStarted: {
      readonly patient: u64;
      readonly newAccount: AccountId32;
      readonly deposit: u128;
    } & Struct;
    readonly isRecoveryApproved: boolean;
    readonly asRecoveryApproved: {
      readonly patient: u64;
      readonly contact: AccountId32;
    } & Struct;
    readonly isRecoveryApprovalWithdrawn: boolean;
    readonly asRecoveryApprovalWithdrawn: {
      readonly patient: u64;
      readonly contact: AccountId32;
    } & Struct;
    readonly isRecoveryCancellationVoted: boolean;
    readonly asRecoveryCancellationVoted: {
      readonly patient: u64;
      readonly contact: AccountId32;
      readonly votes: u32;
    } & Struct;
    readonly isRecoveryCancelled: boolean;
    readonly asRecoveryCancelled: {
      readonly patient: u64;
      readonly newAccount: AccountId32;
    } & Struct;
    readonly isIdentityRecovered: boolean;
    readonly asIdentityRecovered: {
      readonly patient: u64;
      readonly oldAccount: AccountId32;
      readonly newAccount: AccountId32;
    } & Struct;
    readonly isPatientDepositsRepriced: boolean;
    readonly asPatientDepositsRepriced: {
      readonly deposit: u128;
      readonly repriced: u32;
      readonly kept: u32;
    } & Struct;
    readonly type: 'OrganisationAdmitted' | 'OrganisationSuspended' | 'OrganisationReinstated' | 'OrganisationRemoved' | 'AdminAdded' | 'AdminRemoved' | 'PractitionerInvited' | 'InvitationWithdrawn' | 'PractitionerRegistered' | 'PractitionerRemoved' | 'PractitionerResigned' | 'PatientRegistered' | 'EncryptionKeyRotated' | 'CommitmentSet' | 'DeactivationRequested' | 'DeactivationCancelled' | 'PatientDeactivated' | 'RepresentativeAppointed' | 'RepresentativeRemoved' | 'RecoveryConfigured' | 'RecoveryConfigRemoved' | 'RecoveryStarted' | 'RecoveryApproved' | 'RecoveryApprovalWithdrawn' | 'RecoveryCancellationVoted' | 'RecoveryCancelled' | 'IdentityRecovered' | 'PatientDepositsRepriced';
  }

  /** @name PalletPatientIdentityAppointedBy (178) */
  interface PalletPatientIdentityAppointedBy extends Enum {
    readonly isPatient: boolean;
    readonly isOrganisation: boolean;
    readonly asOrganisation: u32;
    readonly type: 'Patient' | 'Organisation';
  }

  /** @name PalletConsentRegistryEvent (179) */
  interface PalletConsentRegistryEvent extends Enum {
    readonly isConsentRecorded: boolean;
    readonly asConsentRecorded: {
      readonly patient: u64;
      readonly consent: u64;
      readonly kind: MedledgerPrimitivesConsentConsentKind;
      readonly grantee: MedledgerPrimitivesConsentGrantee;
      readonly startsAt: u64;
      readonly expiresAt: Option<u64>;
      readonly by: AccountId32;
    } & Struct;
    readonly isConsentConfirmed: boolean;
    readonly asConsentConfirmed: {
      readonly patient: u64;
      readonly consent: u64;
    } & Struct;
    readonly isConsentRevoked: boolean;
    readonly asConsentRevoked: {
      readonly patient: u64;
      readonly consent: u64;
      readonly by: AccountId32;
    } & Struct;
    readonly isConsentRemoved: boolean;
    readonly asConsentRemoved: {
      readonly patient: u64;
      readonly consent: u64;
      readonly depositor: AccountId32;
      readonly by: AccountId32;
    } & Struct;
    readonly isEmergencyAccessOpened: boolean;
    readonly asEmergencyAccessOpened: {
      readonly patient: u64;
      readonly practitioner: AccountId32;
      readonly organisation: u32;
      readonly session: u64;
      readonly reasonHash: U8aFixed;
      readonly expiresAt: u64;
    } & Struct;
    readonly isEmergencyAccessClosed: boolean;
    readonly asEmergencyAccessClosed: {
      readonly patient: u64;
      readonly practitioner: AccountId32;
      readonly session: u64;
      readonly by: AccountId32;
      readonly expired: bool;
      readonly reopenAfter: u64;
    } & Struct;
    readonly isEmergencyAccessReviewed: boolean;
    readonly asEmergencyAccessReviewed: {
      readonly patient: u64;
      readonly practitioner: AccountId32;
      readonly organisation: u32;
      readonly session: u64;
      readonly by: AccountId32;
    } & Struct;
    readonly isConsentRequested: boolean;
    readonly asConsentRequested: {
      readonly patient: u64;
      readonly request: u64;
      readonly requester: AccountId32;
      readonly grantee: MedledgerPrimitivesConsentGrantee;
      readonly expiresAt: u64;
    } & Struct;
    readonly isConsentRequestClosed: boolean;
    readonly asConsentRequestClosed: {
      readonly patient: u64;
      readonly request: u64;
      readonly requester: AccountId32;
      readonly outcome: MedledgerPrimitivesConsentRequestOutcome;
      readonly consent: Option<u64>;
      readonly by: AccountId32;
    } & Struct;
    readonly type: 'ConsentRecorded' | 'ConsentConfirmed' | 'ConsentRevoked' | 'ConsentRemoved' | 'EmergencyAccessOpened' | 'EmergencyAccessClosed' | 'EmergencyAccessReviewed' | 'ConsentRequested' | 'ConsentRequestClosed';
  }

  /** @name MedledgerPrimitivesConsentConsentKind (180) */
  interface MedledgerPrimitivesConsentConsentKind extends Enum {
    readonly isPermit: boolean;
    readonly isDeny: boolean;
    readonly type: 'Permit' | 'Deny';
  }

  /** @name MedledgerPrimitivesConsentRequestOutcome (181) */
  interface MedledgerPrimitivesConsentRequestOutcome extends Enum {
    readonly isAccepted: boolean;
    readonly isDeclined: boolean;
    readonly isWithdrawn: boolean;
    readonly isExpired: boolean;
    readonly type: 'Accepted' | 'Declined' | 'Withdrawn' | 'Expired';
  }

  /** @name PalletRecordAnchorEvent (182) */
  interface PalletRecordAnchorEvent extends Enum {
    readonly isRecordAnchored: boolean;
    readonly asRecordAnchored: {
      readonly patient: u64;
      readonly record: U8aFixed;
      readonly class: U8aFixed;
      readonly author: AccountId32;
    } & Struct;
    readonly isRecordAmended: boolean;
    readonly asRecordAmended: {
      readonly patient: u64;
      readonly record: U8aFixed;
      readonly version: u32;
      readonly author: AccountId32;
    } & Struct;
    readonly isRecordErased: boolean;
    readonly asRecordErased: {
      readonly patient: u64;
      readonly record: U8aFixed;
      readonly by: AccountId32;
    } & Struct;
    readonly isMerkleRootAnchored: boolean;
    readonly asMerkleRootAnchored: {
      readonly id: u64;
      readonly root: U8aFixed;
      readonly leaves: u32;
      readonly author: AccountId32;
    } & Struct;
    readonly isAccessLogged: boolean;
    readonly asAccessLogged: {
      readonly patient: u64;
      readonly seq: u64;
      readonly record: U8aFixed;
      readonly accessor: AccountId32;
      readonly purpose: U8aFixed;
      readonly basis: MedledgerPrimitivesConsentAccessBasis;
    } & Struct;
    readonly isAccessDenialLogged: boolean;
    readonly asAccessDenialLogged: {
      readonly patient: u64;
      readonly seq: u64;
      readonly record: U8aFixed;
      readonly accessor: AccountId32;
      readonly purpose: U8aFixed;
      readonly reason: MedledgerPrimitivesConsentDenyReason;
    } & Struct;
    readonly isDeactivatedRecordsErased: boolean;
    readonly asDeactivatedRecordsErased: {
      readonly patient: u64;
      readonly records: u32;
      readonly done: bool;
    } & Struct;
    readonly isAccessLogPruned: boolean;
    readonly asAccessLogPruned: {
      readonly patient: u64;
      readonly removed: u32;
      readonly oldest: u64;
    } & Struct;
    readonly isAccessLogRootAnchored: boolean;
    readonly asAccessLogRootAnchored: {
      readonly custodian: u32;
      readonly seq: u64;
      readonly root: U8aFixed;
      readonly leaves: u32;
      readonly by: AccountId32;
    } & Struct;
    readonly isAccessLogRootsPruned: boolean;
    readonly asAccessLogRootsPruned: {
      readonly custodian: u32;
      readonly removed: u32;
      readonly oldest: u64;
    } & Struct;
    readonly isDepositsPrepaid: boolean;
    readonly asDepositsPrepaid: {
      readonly who: AccountId32;
      readonly amount: u128;
      readonly total: u128;
    } & Struct;
    readonly isPrepaidWithdrawn: boolean;
    readonly asPrepaidWithdrawn: {
      readonly who: AccountId32;
      readonly amount: u128;
      readonly left: u128;
    } & Struct;
    readonly type: 'RecordAnchored' | 'RecordAmended' | 'RecordErased' | 'MerkleRootAnchored' | 'AccessLogged' | 'AccessDenialLogged' | 'DeactivatedRecordsErased' | 'AccessLogPruned' | 'AccessLogRootAnchored' | 'AccessLogRootsPruned' | 'DepositsPrepaid' | 'PrepaidWithdrawn';
  }

  /** @name MedledgerPrimitivesConsentAccessBasis (183) */
  interface MedledgerPrimitivesConsentAccessBasis extends Enum {
    readonly isPatientOrRepresentative: boolean;
    readonly isConsent: boolean;
    readonly asConsent: u64;
    readonly isEmergency: boolean;
    readonly asEmergency: u64;
    readonly type: 'PatientOrRepresentative' | 'Consent' | 'Emergency';
  }

  /** @name MedledgerPrimitivesConsentDenyReason (184) */
  interface MedledgerPrimitivesConsentDenyReason extends Enum {
    readonly isUnknownPatient: boolean;
    readonly isNoConsent: boolean;
    readonly isDeniedByConsent: boolean;
    readonly asDeniedByConsent: u64;
    readonly type: 'UnknownPatient' | 'NoConsent' | 'DeniedByConsent';
  }

  /** @name PalletSponsorshipEvent (185) */
  interface PalletSponsorshipEvent extends Enum {
    readonly isSponsorSet: boolean;
    readonly asSponsorSet: {
      readonly organisation: u32;
      readonly relayer: AccountId32;
      readonly dailyBudget: u128;
    } & Struct;
    readonly isPatientSponsored: boolean;
    readonly asPatientSponsored: {
      readonly account: AccountId32;
      readonly organisation: u32;
      readonly depositor: AccountId32;
      readonly deposit: u128;
    } & Struct;
    readonly isSponsorshipEnded: boolean;
    readonly asSponsorshipEnded: {
      readonly account: AccountId32;
      readonly organisation: u32;
      readonly depositor: AccountId32;
      readonly endedBy: AccountId32;
    } & Struct;
    readonly isSponsoredCallAdmitted: boolean;
    readonly asSponsoredCallAdmitted: {
      readonly account: AccountId32;
      readonly organisation: u32;
      readonly fee: u128;
      readonly callsToday: u32;
    } & Struct;
    readonly type: 'SponsorSet' | 'PatientSponsored' | 'SponsorshipEnded' | 'SponsoredCallAdmitted';
  }

  /** @name FrameSystemPhase (186) */
  interface FrameSystemPhase extends Enum {
    readonly isApplyExtrinsic: boolean;
    readonly asApplyExtrinsic: u32;
    readonly isFinalization: boolean;
    readonly isInitialization: boolean;
    readonly type: 'ApplyExtrinsic' | 'Finalization' | 'Initialization';
  }

  /** @name FrameSystemLastRuntimeUpgradeInfo (190) */
  interface FrameSystemLastRuntimeUpgradeInfo extends Struct {
    readonly specVersion: Compact<u32>;
    readonly specName: Text;
  }

  /** @name FrameSystemCodeUpgradeAuthorization (193) */
  interface FrameSystemCodeUpgradeAuthorization extends Struct {
    readonly codeHash: H256;
    readonly checkVersion: bool;
  }

  /** @name FrameSystemLimitsBlockWeights (194) */
  interface FrameSystemLimitsBlockWeights extends Struct {
    readonly baseBlock: SpWeightsWeightV2Weight;
    readonly maxBlock: SpWeightsWeightV2Weight;
    readonly perClass: FrameSupportDispatchPerDispatchClassWeightsPerClass;
  }

  /** @name FrameSupportDispatchPerDispatchClassWeightsPerClass (195) */
  interface FrameSupportDispatchPerDispatchClassWeightsPerClass extends Struct {
    readonly normal: FrameSystemLimitsWeightsPerClass;
    readonly operational: FrameSystemLimitsWeightsPerClass;
    readonly mandatory: FrameSystemLimitsWeightsPerClass;
  }

  /** @name FrameSystemLimitsWeightsPerClass (196) */
  interface FrameSystemLimitsWeightsPerClass extends Struct {
    readonly baseExtrinsic: SpWeightsWeightV2Weight;
    readonly maxExtrinsic: Option<SpWeightsWeightV2Weight>;
    readonly maxTotal: Option<SpWeightsWeightV2Weight>;
    readonly reserved: Option<SpWeightsWeightV2Weight>;
  }

  /** @name FrameSystemLimitsBlockLength (197) */
  interface FrameSystemLimitsBlockLength extends Struct {
    readonly max: FrameSupportDispatchPerDispatchClassU32;
    readonly maxHeaderSize: Option<u32>;
  }

  /** @name FrameSupportDispatchPerDispatchClassU32 (198) */
  interface FrameSupportDispatchPerDispatchClassU32 extends Struct {
    readonly normal: u32;
    readonly operational: u32;
    readonly mandatory: u32;
  }

  /** @name SpWeightsRuntimeDbWeight (199) */
  interface SpWeightsRuntimeDbWeight extends Struct {
    readonly read: u64;
    readonly write: u64;
  }

  /** @name SpVersionRuntimeVersion (200) */
  interface SpVersionRuntimeVersion extends Struct {
    readonly specName: Text;
    readonly implName: Text;
    readonly authoringVersion: u32;
    readonly specVersion: u32;
    readonly implVersion: u32;
    readonly apis: Vec<ITuple<[U8aFixed, u32]>>;
    readonly transactionVersion: u32;
    readonly systemVersion: u8;
  }

  /** @name FrameSystemError (204) */
  interface FrameSystemError extends Enum {
    readonly isInvalidSpecName: boolean;
    readonly isSpecVersionNeedsToIncrease: boolean;
    readonly isFailedToExtractRuntimeVersion: boolean;
    readonly isNonDefaultComposite: boolean;
    readonly isNonZeroRefCount: boolean;
    readonly isCallFiltered: boolean;
    readonly isMultiBlockMigrationsOngoing: boolean;
    readonly isNothingAuthorized: boolean;
    readonly isUnauthorized: boolean;
    readonly type: 'InvalidSpecName' | 'SpecVersionNeedsToIncrease' | 'FailedToExtractRuntimeVersion' | 'NonDefaultComposite' | 'NonZeroRefCount' | 'CallFiltered' | 'MultiBlockMigrationsOngoing' | 'NothingAuthorized' | 'Unauthorized';
  }

  /** @name PalletGrandpaStoredState (208) */
  interface PalletGrandpaStoredState extends Enum {
    readonly isLive: boolean;
    readonly isPendingPause: boolean;
    readonly asPendingPause: {
      readonly scheduledAt: u32;
      readonly delay: u32;
    } & Struct;
    readonly isPaused: boolean;
    readonly isPendingResume: boolean;
    readonly asPendingResume: {
      readonly scheduledAt: u32;
      readonly delay: u32;
    } & Struct;
    readonly type: 'Live' | 'PendingPause' | 'Paused' | 'PendingResume';
  }

  /** @name PalletGrandpaStoredPendingChange (209) */
  interface PalletGrandpaStoredPendingChange extends Struct {
    readonly scheduledAt: u32;
    readonly delay: u32;
    readonly nextAuthorities: Vec<ITuple<[SpConsensusGrandpaAppPublic, u64]>>;
    readonly forced: Option<u32>;
  }

  /** @name PalletGrandpaError (211) */
  interface PalletGrandpaError extends Enum {
    readonly isPauseFailed: boolean;
    readonly isResumeFailed: boolean;
    readonly isChangePending: boolean;
    readonly isTooSoon: boolean;
    readonly isInvalidKeyOwnershipProof: boolean;
    readonly isInvalidEquivocationProof: boolean;
    readonly isDuplicateOffenceReport: boolean;
    readonly type: 'PauseFailed' | 'ResumeFailed' | 'ChangePending' | 'TooSoon' | 'InvalidKeyOwnershipProof' | 'InvalidEquivocationProof' | 'DuplicateOffenceReport';
  }

  /** @name PalletBalancesBalanceLock (213) */
  interface PalletBalancesBalanceLock extends Struct {
    readonly id: U8aFixed;
    readonly amount: u128;
    readonly reasons: PalletBalancesReasons;
  }

  /** @name PalletBalancesReasons (214) */
  interface PalletBalancesReasons extends Enum {
    readonly isFee: boolean;
    readonly isMisc: boolean;
    readonly isAll: boolean;
    readonly type: 'Fee' | 'Misc' | 'All';
  }

  /** @name PalletBalancesReserveData (217) */
  interface PalletBalancesReserveData extends Struct {
    readonly id: U8aFixed;
    readonly amount: u128;
  }

  /** @name FrameSupportTokensMiscIdAmountRuntimeHoldReason (220) */
  interface FrameSupportTokensMiscIdAmountRuntimeHoldReason extends Struct {
    readonly id: MedledgerRuntimeRuntimeHoldReason;
    readonly amount: u128;
  }

  /** @name FrameSupportTokensMiscIdAmountRuntimeFreezeReason (223) */
  interface FrameSupportTokensMiscIdAmountRuntimeFreezeReason extends Struct {
    readonly id: MedledgerRuntimeRuntimeFreezeReason;
    readonly amount: u128;
  }

  /** @name MedledgerRuntimeRuntimeFreezeReason (224) */
  type MedledgerRuntimeRuntimeFreezeReason = Null;

  /** @name PalletBalancesError (226) */
  interface PalletBalancesError extends Enum {
    readonly isVestingBalance: boolean;
    readonly isLiquidityRestrictions: boolean;
    readonly isInsufficientBalance: boolean;
    readonly isExistentialDeposit: boolean;
    readonly isExpendability: boolean;
    readonly isExistingVestingSchedule: boolean;
    readonly isDeadAccount: boolean;
    readonly isTooManyReserves: boolean;
    readonly isTooManyHolds: boolean;
    readonly isTooManyFreezes: boolean;
    readonly isIssuanceDeactivated: boolean;
    readonly isDeltaZero: boolean;
    readonly type: 'VestingBalance' | 'LiquidityRestrictions' | 'InsufficientBalance' | 'ExistentialDeposit' | 'Expendability' | 'ExistingVestingSchedule' | 'DeadAccount' | 'TooManyReserves' | 'TooManyHolds' | 'TooManyFreezes' | 'IssuanceDeactivated' | 'DeltaZero';
  }

  /** @name PalletTransactionPaymentReleases (228) */
  interface PalletTransactionPaymentReleases extends Enum {
    readonly isV1Ancient: boolean;
    readonly isV2: boolean;
    readonly type: 'V1Ancient' | 'V2';
  }

  /** @name FrameSupportStorageNoDrop (229) */
  interface FrameSupportStorageNoDrop extends FrameSupportTokensFungibleImbalance {}

  /** @name FrameSupportTokensFungibleImbalance (230) */
  interface FrameSupportTokensFungibleImbalance extends Struct {
    readonly amount: u128;
  }

  /** @name PalletSudoError (231) */
  interface PalletSudoError extends Enum {
    readonly isRequireSudo: boolean;
    readonly type: 'RequireSudo';
  }

  /** @name PalletConsortiumScheduledUpgrade (233) */
  interface PalletConsortiumScheduledUpgrade extends Struct {
    readonly codeHash: H256;
    readonly authorizedAt: u32;
    readonly enactableAt: u32;
  }

  /** @name PalletConsortiumError (234) */
  interface PalletConsortiumError extends Enum {
    readonly isAlreadyValidator: boolean;
    readonly isNotValidator: boolean;
    readonly isTooManyValidators: boolean;
    readonly isTooFewValidators: boolean;
    readonly isNoSessionKeys: boolean;
    readonly isUpgradePending: boolean;
    readonly isNoPendingUpgrade: boolean;
    readonly type: 'AlreadyValidator' | 'NotValidator' | 'TooManyValidators' | 'TooFewValidators' | 'NoSessionKeys' | 'UpgradePending' | 'NoPendingUpgrade';
  }

  /** @name SpCoreCryptoKeyTypeId (242) */
  interface SpCoreCryptoKeyTypeId extends U8aFixed {}

  /** @name PalletSessionError (243) */
  interface PalletSessionError extends Enum {
    readonly isInvalidProof: boolean;
    readonly isNoAssociatedValidatorId: boolean;
    readonly isDuplicatedKey: boolean;
    readonly isNoKeys: boolean;
    readonly isNoAccount: boolean;
    readonly type: 'InvalidProof' | 'NoAssociatedValidatorId' | 'DuplicatedKey' | 'NoKeys' | 'NoAccount';
  }

  /** @name PalletMigrationsError (244) */
  interface PalletMigrationsError extends Enum {
    readonly isOngoing: boolean;
    readonly type: 'Ongoing';
  }

  /** @name PalletCollectiveVotes (247) */
  interface PalletCollectiveVotes extends Struct {
    readonly index: u32;
    readonly threshold: u32;
    readonly ayes: Vec<AccountId32>;
    readonly nays: Vec<AccountId32>;
    readonly end: u32;
  }

  /** @name PalletCollectiveError (248) */
  interface PalletCollectiveError extends Enum {
    readonly isNotMember: boolean;
    readonly isDuplicateProposal: boolean;
    readonly isProposalMissing: boolean;
    readonly isWrongIndex: boolean;
    readonly isDuplicateVote: boolean;
    readonly isAlreadyInitialized: boolean;
    readonly isTooEarly: boolean;
    readonly isTooManyProposals: boolean;
    readonly isWrongProposalWeight: boolean;
    readonly isWrongProposalLength: boolean;
    readonly isPrimeAccountNotMember: boolean;
    readonly isProposalActive: boolean;
    readonly type: 'NotMember' | 'DuplicateProposal' | 'ProposalMissing' | 'WrongIndex' | 'DuplicateVote' | 'AlreadyInitialized' | 'TooEarly' | 'TooManyProposals' | 'WrongProposalWeight' | 'WrongProposalLength' | 'PrimeAccountNotMember' | 'ProposalActive';
  }

  /** @name PalletMembershipError (250) */
  interface PalletMembershipError extends Enum {
    readonly isAlreadyMember: boolean;
    readonly isNotMember: boolean;
    readonly isTooManyMembers: boolean;
    readonly type: 'AlreadyMember' | 'NotMember' | 'TooManyMembers';
  }

  /** @name PalletMetaTxError (251) */
  interface PalletMetaTxError extends Enum {
    readonly isBadProof: boolean;
    readonly isFuture: boolean;
    readonly isStale: boolean;
    readonly isAncientBirthBlock: boolean;
    readonly isUnknownOrigin: boolean;
    readonly isInvalid: boolean;
    readonly isInvalidLength: boolean;
    readonly type: 'BadProof' | 'Future' | 'Stale' | 'AncientBirthBlock' | 'UnknownOrigin' | 'Invalid' | 'InvalidLength';
  }

  /** @name PalletUtilityError (252) */
  interface PalletUtilityError extends Enum {
    readonly isTooManyCalls: boolean;
    readonly type: 'TooManyCalls';
  }

  /** @name PalletMultisigMultisig (254) */
  interface PalletMultisigMultisig extends Struct {
    readonly when: PalletMultisigTimepoint;
    readonly deposit: u128;
    readonly depositor: AccountId32;
    readonly approvals: Vec<AccountId32>;
  }

  /** @name PalletMultisigError (256) */
  interface PalletMultisigError extends Enum {
    readonly isMinimumThreshold: boolean;
    readonly isAlreadyApproved: boolean;
    readonly isNoApprovalsNeeded: boolean;
    readonly isTooFewSignatories: boolean;
    readonly isTooManySignatories: boolean;
    readonly isSignatoriesOutOfOrder: boolean;
    readonly isSenderInSignatories: boolean;
    readonly isNotFound: boolean;
    readonly isNotOwner: boolean;
    readonly isNoTimepoint: boolean;
    readonly isWrongTimepoint: boolean;
    readonly isUnexpectedTimepoint: boolean;
    readonly isMaxWeightTooLow: boolean;
    readonly isAlreadyStored: boolean;
    readonly type: 'MinimumThreshold' | 'AlreadyApproved' | 'NoApprovalsNeeded' | 'TooFewSignatories' | 'TooManySignatories' | 'SignatoriesOutOfOrder' | 'SenderInSignatories' | 'NotFound' | 'NotOwner' | 'NoTimepoint' | 'WrongTimepoint' | 'UnexpectedTimepoint' | 'MaxWeightTooLow' | 'AlreadyStored';
  }

  /** @name PalletProxyProxyDefinition (259) */
  interface PalletProxyProxyDefinition extends Struct {
    readonly delegate: AccountId32;
    readonly proxyType: MedledgerRuntimeCommonAccountsProxyType;
    readonly delay: u32;
  }

  /** @name PalletProxyAnnouncement (263) */
  interface PalletProxyAnnouncement extends Struct {
    readonly real: AccountId32;
    readonly callHash: H256;
    readonly height: u32;
  }

  /** @name PalletProxyError (265) */
  interface PalletProxyError extends Enum {
    readonly isTooMany: boolean;
    readonly isNotFound: boolean;
    readonly isNotProxy: boolean;
    readonly isUnproxyable: boolean;
    readonly isDuplicate: boolean;
    readonly isNoPermission: boolean;
    readonly isUnannounced: boolean;
    readonly isNoSelfProxy: boolean;
    readonly type: 'TooMany' | 'NotFound' | 'NotProxy' | 'Unproxyable' | 'Duplicate' | 'NoPermission' | 'Unannounced' | 'NoSelfProxy';
  }

  /** @name PalletPatientIdentityOrganisation (266) */
  interface PalletPatientIdentityOrganisation extends Struct {
    readonly name: Bytes;
    readonly kind: MedledgerPrimitivesIdentityOrganisationKind;
    readonly jurisdiction: Bytes;
    readonly licenceHash: H256;
    readonly status: MedledgerPrimitivesIdentityOrganisationStatus;
    readonly admins: Vec<AccountId32>;
    readonly practitioners: u32;
    readonly invitations: u32;
  }

  /** @name MedledgerPrimitivesIdentityOrganisationStatus (267) */
  interface MedledgerPrimitivesIdentityOrganisationStatus extends Enum {
    readonly isActive: boolean;
    readonly isSuspended: boolean;
    readonly type: 'Active' | 'Suspended';
  }

  /** @name PalletPatientIdentityPractitioner (269) */
  interface PalletPatientIdentityPractitioner extends Struct {
    readonly organisation: u32;
    readonly role: MedledgerPrimitivesIdentityPractitionerRole;
  }

  /** @name PalletPatientIdentityPatient (270) */
  interface PalletPatientIdentityPatient extends Struct {
    readonly account: AccountId32;
    readonly encryptionKey: MedledgerPrimitivesIdentityEncryptionKey;
    readonly commitment: Option<H256>;
    readonly representatives: u32;
    readonly deposit: u128;
    readonly registeredAt: u32;
  }

  /** @name MedledgerPrimitivesIdentityEncryptionKey (271) */
  interface MedledgerPrimitivesIdentityEncryptionKey extends Struct {
    readonly key: U8aFixed;
    readonly version: u32;
  }

  /** @name PalletPatientIdentityRepresentative (273) */
  interface PalletPatientIdentityRepresentative extends Struct {
    readonly scope: MedledgerPrimitivesIdentityRepresentativeScope;
    readonly until: Option<u32>;
    readonly appointedBy: PalletPatientIdentityAppointedBy;
    readonly documentHash: Option<H256>;
  }

  /** @name PalletPatientIdentityRecoveryConfig (274) */
  interface PalletPatientIdentityRecoveryConfig extends Struct {
    readonly contacts: Vec<AccountId32>;
    readonly threshold: u32;
    readonly delay: u32;
  }

  /** @name PalletPatientIdentityActiveRecovery (275) */
  interface PalletPatientIdentityActiveRecovery extends Struct {
    readonly newAccount: AccountId32;
    readonly startedAt: u32;
    readonly deposit: u128;
    readonly approvals: Vec<ITuple<[AccountId32, u32]>>;
    readonly cancellations: Vec<AccountId32>;
  }

  /** @name PalletPatientIdentityError (278) */
  interface PalletPatientIdentityError extends Enum {
    readonly isInvalidName: boolean;
    readonly isInvalidJurisdiction: boolean;
    readonly isOrganisationNotFound: boolean;
    readonly isOrganisationNotActive: boolean;
    readonly isOrganisationNotSuspended: boolean;
    readonly isNotOrganisationAuthority: boolean;
    readonly isAlreadyAdmin: boolean;
    readonly isNotAdmin: boolean;
    readonly isLastAdmin: boolean;
    readonly isTooManyAdmins: boolean;
    readonly isAlreadyPractitioner: boolean;
    readonly isPractitionerNotFound: boolean;
    readonly isTooManyPractitioners: boolean;
    readonly isAlreadyPatient: boolean;
    readonly isPatientNotFound: boolean;
    readonly isLowOrderKey: boolean;
    readonly isKeyUnchanged: boolean;
    readonly isInsufficientBalance: boolean;
    readonly isNotPatientOrRepresentative: boolean;
    readonly isNotPatient: boolean;
    readonly isSelfAppointment: boolean;
    readonly isTooManyRepresentatives: boolean;
    readonly isRepresentativeNotFound: boolean;
    readonly isEmptyScope: boolean;
    readonly isEndInPast: boolean;
    readonly isDocumentRequired: boolean;
    readonly isMayNotRemoveRepresentative: boolean;
    readonly isInvitationNotFound: boolean;
    readonly isAlreadyInvited: boolean;
    readonly isNotPractitionerOfOrganisation: boolean;
    readonly isInvalidContacts: boolean;
    readonly isInvalidThreshold: boolean;
    readonly isDelayTooShort: boolean;
    readonly isRecoveryNotConfigured: boolean;
    readonly isRecoveryInProgress: boolean;
    readonly isNoRecovery: boolean;
    readonly isContactCannotRecover: boolean;
    readonly isNotRecoveryContact: boolean;
    readonly isAlreadyVoted: boolean;
    readonly isNoApproval: boolean;
    readonly isNotEnoughApprovals: boolean;
    readonly isRecoveryDelayNotOver: boolean;
    readonly isNotRecoveryStarter: boolean;
    readonly isDeactivationPending: boolean;
    readonly isNoPendingDeactivation: boolean;
    readonly isDeactivationNotDue: boolean;
    readonly isOverflow: boolean;
    readonly type: 'InvalidName' | 'InvalidJurisdiction' | 'OrganisationNotFound' | 'OrganisationNotActive' | 'OrganisationNotSuspended' | 'NotOrganisationAuthority' | 'AlreadyAdmin' | 'NotAdmin' | 'LastAdmin' | 'TooManyAdmins' | 'AlreadyPractitioner' | 'PractitionerNotFound' | 'TooManyPractitioners' | 'AlreadyPatient' | 'PatientNotFound' | 'LowOrderKey' | 'KeyUnchanged' | 'InsufficientBalance' | 'NotPatientOrRepresentative' | 'NotPatient' | 'SelfAppointment' | 'TooManyRepresentatives' | 'RepresentativeNotFound' | 'EmptyScope' | 'EndInPast' | 'DocumentRequired' | 'MayNotRemoveRepresentative' | 'InvitationNotFound' | 'AlreadyInvited' | 'NotPractitionerOfOrganisation' | 'InvalidContacts' | 'InvalidThreshold' | 'DelayTooShort' | 'RecoveryNotConfigured' | 'RecoveryInProgress' | 'NoRecovery' | 'ContactCannotRecover' | 'NotRecoveryContact' | 'AlreadyVoted' | 'NoApproval' | 'NotEnoughApprovals' | 'RecoveryDelayNotOver' | 'NotRecoveryStarter' | 'DeactivationPending' | 'NoPendingDeactivation' | 'DeactivationNotDue' | 'Overflow';
  }

  /** @name PalletConsentRegistryConsent (280) */
  interface PalletConsentRegistryConsent extends Struct {
    readonly kind: MedledgerPrimitivesConsentConsentKind;
    readonly grantee: MedledgerPrimitivesConsentGrantee;
    readonly classes: {
      readonly isOnly: boolean;
      readonly asOnly: Vec<U8aFixed>;
      readonly isAll: boolean;
      readonly type: 'Only' | 'All';
    } & Enum;
    readonly actions: Vec<MedledgerPrimitivesConsentConsentAction>;
    readonly purposes: Vec<U8aFixed>;
    readonly startsAt: u64;
    readonly expiresAt: Option<u64>;
    readonly records: Vec<U8aFixed>;
    readonly organisation: Option<u32>;
    readonly grantedBy: AccountId32;
    readonly confirmed: bool;
    readonly grantedAt: u64;
    readonly revokedAt: Option<u64>;
    readonly depositor: AccountId32;
    readonly deposit: u128;
  }

  /** @name PalletConsentRegistryEmergencySession (285) */
  interface PalletConsentRegistryEmergencySession extends Struct {
    readonly patient: u64;
    readonly practitioner: AccountId32;
    readonly organisation: u32;
    readonly reasonHash: U8aFixed;
    readonly openedAt: u64;
    readonly expiresAt: u64;
    readonly closedBy: Option<AccountId32>;
    readonly deposit: u128;
  }

  /** @name PalletConsentRegistryEmergencyAccess (286) */
  interface PalletConsentRegistryEmergencyAccess extends Struct {
    readonly session: u64;
    readonly organisation: u32;
    readonly expiresAt: u64;
    readonly reopenAfter: u64;
  }

  /** @name PalletConsentRegistryEmergencyUsage (287) */
  interface PalletConsentRegistryEmergencyUsage extends Struct {
    readonly open: u32;
    readonly day: u64;
    readonly openedThatDay: u32;
    readonly opened: u32;
  }

  /** @name PalletConsentRegistryEmergencyTally (288) */
  interface PalletConsentRegistryEmergencyTally extends Struct {
    readonly opened: u32;
    readonly unreviewed: u32;
  }

  /** @name PalletConsentRegistryConsentRequest (289) */
  interface PalletConsentRegistryConsentRequest extends Struct {
    readonly requester: AccountId32;
    readonly grantee: MedledgerPrimitivesConsentGrantee;
    readonly sealedTerms: Bytes;
    readonly keyVersion: u32;
    readonly requestedAt: u64;
    readonly expiresAt: u64;
    readonly deposit: u128;
  }

  /** @name PalletConsentRegistryError (290) */
  interface PalletConsentRegistryError extends Enum {
    readonly isPatientNotFound: boolean;
    readonly isMayNotCloseSession: boolean;
    readonly isNotPatientOrRepresentative: boolean;
    readonly isNotPatient: boolean;
    readonly isAlreadyConfirmed: boolean;
    readonly isGranteeNotFound: boolean;
    readonly isSelfGrant: boolean;
    readonly isEmptyClasses: boolean;
    readonly isPermitOfAllClasses: boolean;
    readonly isReservedTag: boolean;
    readonly isEmptyActions: boolean;
    readonly isEmptyPurposes: boolean;
    readonly isInvalidPeriod: boolean;
    readonly isTooManyConsents: boolean;
    readonly isTooManyGrantConsents: boolean;
    readonly isConsentNotFound: boolean;
    readonly isAlreadyRevoked: boolean;
    readonly isConsentInForce: boolean;
    readonly isNotPractitioner: boolean;
    readonly isNotProvider: boolean;
    readonly isNotClinical: boolean;
    readonly isSessionAlreadyOpen: boolean;
    readonly isSessionNotFound: boolean;
    readonly isSessionClosed: boolean;
    readonly isDeniedByPatient: boolean;
    readonly isReasonMissing: boolean;
    readonly isReopenTooSoon: boolean;
    readonly isTooManyOpenSessions: boolean;
    readonly isTooManyOpeningsToday: boolean;
    readonly isNotOrganisationAdmin: boolean;
    readonly isInsufficientBalance: boolean;
    readonly isMayNotRequest: boolean;
    readonly isTermsMissing: boolean;
    readonly isInvalidRequestPeriod: boolean;
    readonly isRequestAlreadyOpen: boolean;
    readonly isTooManyRequests: boolean;
    readonly isRequestNotFound: boolean;
    readonly isRequestExpired: boolean;
    readonly isMayNotCloseRequest: boolean;
    readonly isOverflow: boolean;
    readonly type: 'PatientNotFound' | 'MayNotCloseSession' | 'NotPatientOrRepresentative' | 'NotPatient' | 'AlreadyConfirmed' | 'GranteeNotFound' | 'SelfGrant' | 'EmptyClasses' | 'PermitOfAllClasses' | 'ReservedTag' | 'EmptyActions' | 'EmptyPurposes' | 'InvalidPeriod' | 'TooManyConsents' | 'TooManyGrantConsents' | 'ConsentNotFound' | 'AlreadyRevoked' | 'ConsentInForce' | 'NotPractitioner' | 'NotProvider' | 'NotClinical' | 'SessionAlreadyOpen' | 'SessionNotFound' | 'SessionClosed' | 'DeniedByPatient' | 'ReasonMissing' | 'ReopenTooSoon' | 'TooManyOpenSessions' | 'TooManyOpeningsToday' | 'NotOrganisationAdmin' | 'InsufficientBalance' | 'MayNotRequest' | 'TermsMissing' | 'InvalidRequestPeriod' | 'RequestAlreadyOpen' | 'TooManyRequests' | 'RequestNotFound' | 'RequestExpired' | 'MayNotCloseRequest' | 'Overflow';
  }

  /** @name PalletRecordAnchorRecord (293) */
  interface PalletRecordAnchorRecord extends Struct {
    readonly class: U8aFixed;
    readonly emergencyCommitment: U8aFixed;
    readonly author: AccountId32;
    readonly authorOrganisation: Option<u32>;
    readonly custodian: u32;
    readonly createdAt: u64;
    readonly currentVersion: u32;
    readonly erasedAt: Option<u64>;
    readonly current: PalletRecordAnchorVersion;
  }

  /** @name PalletRecordAnchorVersion (294) */
  interface PalletRecordAnchorVersion extends Struct {
    readonly contentHash: U8aFixed;
    readonly algorithm: MedledgerPrimitivesRecordHashAlgorithm;
    readonly location: Bytes;
    readonly keyManifest: Option<U8aFixed>;
    readonly author: AccountId32;
    readonly anchoredAt: u64;
    readonly depositor: AccountId32;
    readonly deposit: u128;
  }

  /** @name PalletRecordAnchorAnchoredMerkleRoot (296) */
  interface PalletRecordAnchorAnchoredMerkleRoot extends Struct {
    readonly root: U8aFixed;
    readonly leaves: u32;
    readonly author: AccountId32;
    readonly organisation: u32;
    readonly anchoredAt: u64;
    readonly deposit: u128;
  }

  /** @name PalletRecordAnchorLogEntry (297) */
  interface PalletRecordAnchorLogEntry extends Struct {
    readonly record: U8aFixed;
    readonly accessor: AccountId32;
    readonly loggedBy: AccountId32;
    readonly purpose: U8aFixed;
    readonly outcome: MedledgerPrimitivesRecordAccessOutcome;
    readonly at: u64;
    readonly deposit: u128;
  }

  /** @name MedledgerPrimitivesRecordAccessOutcome (298) */
  interface MedledgerPrimitivesRecordAccessOutcome extends Enum {
    readonly isPermitted: boolean;
    readonly asPermitted: MedledgerPrimitivesConsentAccessBasis;
    readonly isDenied: boolean;
    readonly asDenied: MedledgerPrimitivesConsentDenyReason;
    readonly type: 'Permitted' | 'Denied';
  }

  /** @name PalletRecordAnchorLogBounds (300) */
  interface PalletRecordAnchorLogBounds extends Struct {
    readonly oldest: u64;
    readonly next: u64;
  }

  /** @name PalletRecordAnchorAccessLogRoot (302) */
  interface PalletRecordAnchorAccessLogRoot extends Struct {
    readonly root: U8aFixed;
    readonly leaves: u32;
    readonly loggedBy: AccountId32;
    readonly at: u64;
    readonly deposit: u128;
  }

  /** @name PalletRecordAnchorError (303) */
  interface PalletRecordAnchorError extends Enum {
    readonly isPatientNotFound: boolean;
    readonly isWriteNotPermitted: boolean;
    readonly isMayNotErase: boolean;
    readonly isNotCustodian: boolean;
    readonly isCustodianNotActive: boolean;
    readonly isAlreadyExists: boolean;
    readonly isRecordNotFound: boolean;
    readonly isErased: boolean;
    readonly isTooManyVersions: boolean;
    readonly isInvalidLocation: boolean;
    readonly isEmergencyKeyMismatch: boolean;
    readonly isInvalidHash: boolean;
    readonly isEmptyBatch: boolean;
    readonly isNoLeaves: boolean;
    readonly isNotPractitioner: boolean;
    readonly isReadNotPermitted: boolean;
    readonly isReadNotDenied: boolean;
    readonly isNothingToPrune: boolean;
    readonly isInsufficientBalance: boolean;
    readonly isOverflow: boolean;
    readonly isZeroAmount: boolean;
    readonly isInsufficientPrepaid: boolean;
    readonly type: 'PatientNotFound' | 'WriteNotPermitted' | 'MayNotErase' | 'NotCustodian' | 'CustodianNotActive' | 'AlreadyExists' | 'RecordNotFound' | 'Erased' | 'TooManyVersions' | 'InvalidLocation' | 'EmergencyKeyMismatch' | 'InvalidHash' | 'EmptyBatch' | 'NoLeaves' | 'NotPractitioner' | 'ReadNotPermitted' | 'ReadNotDenied' | 'NothingToPrune' | 'InsufficientBalance' | 'Overflow' | 'ZeroAmount' | 'InsufficientPrepaid';
  }

  /** @name PalletSponsorshipSponsor (304) */
  interface PalletSponsorshipSponsor extends Struct {
    readonly relayer: AccountId32;
    readonly dailyBudget: u128;
    readonly spent: u128;
    readonly day: u32;
  }

  /** @name PalletSponsorshipSponsorship (305) */
  interface PalletSponsorshipSponsorship extends Struct {
    readonly organisation: u32;
    readonly depositor: AccountId32;
    readonly deposit: u128;
    readonly calls: u32;
    readonly day: u32;
  }

  /** @name PalletSponsorshipError (307) */
  interface PalletSponsorshipError extends Enum {
    readonly isNotOrganisationAdmin: boolean;
    readonly isNotSponsor: boolean;
    readonly isNotRelayer: boolean;
    readonly isOrganisationNotActive: boolean;
    readonly isAlreadySponsored: boolean;
    readonly isNotSponsored: boolean;
    readonly isMayNotEndSponsorship: boolean;
    readonly isInsufficientBalance: boolean;
    readonly type: 'NotOrganisationAdmin' | 'NotSponsor' | 'NotRelayer' | 'OrganisationNotActive' | 'AlreadySponsored' | 'NotSponsored' | 'MayNotEndSponsorship' | 'InsufficientBalance';
  }

  /** @name MedledgerPrimitivesTimelineTimelineEntry (309) */
  interface MedledgerPrimitivesTimelineTimelineEntry extends Struct {
    readonly at: u64;
    readonly block: u32;
    readonly event: MedledgerPrimitivesTimelineTimelineEvent;
  }

  /** @name MedledgerPrimitivesTimelineTimelineEvent (310) */
  interface MedledgerPrimitivesTimelineTimelineEvent extends Enum {
    readonly isRecordAnchored: boolean;
    readonly asRecordAnchored: {
      readonly record: U8aFixed;
    } & Struct;
    readonly isRecordAmended: boolean;
    readonly asRecordAmended: {
      readonly record: U8aFixed;
      readonly version: u32;
    } & Struct;
    readonly isRecordErased: boolean;
    readonly asRecordErased: {
      readonly record: U8aFixed;
    } & Struct;
    readonly isConsentRecorded: boolean;
    readonly asConsentRecorded: {
      readonly consent: u64;
      readonly kind: MedledgerPrimitivesConsentConsentKind;
    } & Struct;
    readonly isConsentConfirmed: boolean;
    readonly asConsentConfirmed: {
      readonly consent: u64;
    } & Struct;
    readonly isConsentRevoked: boolean;
    readonly asConsentRevoked: {
      readonly consent: u64;
    } & Struct;
    readonly isConsentRemoved: boolean;
    readonly asConsentRemoved: {
      readonly consent: u64;
    } & Struct;
    readonly isConsentRequested: boolean;
    readonly asConsentRequested: {
      readonly request: u64;
    } & Struct;
    readonly isConsentRequestClosed: boolean;
    readonly asConsentRequestClosed: {
      readonly request: u64;
      readonly outcome: MedledgerPrimitivesConsentRequestOutcome;
      readonly consent: Option<u64>;
    } & Struct;
    readonly isEmergencyAccessOpened: boolean;
    readonly asEmergencyAccessOpened: {
      readonly session: u64;
    } & Struct;
    readonly isEmergencyAccessClosed: boolean;
    readonly asEmergencyAccessClosed: {
      readonly session: u64;
    } & Struct;
    readonly isEmergencyAccessReviewed: boolean;
    readonly asEmergencyAccessReviewed: {
      readonly session: u64;
    } & Struct;
    readonly isAccessLogged: boolean;
    readonly asAccessLogged: {
      readonly first: u64;
      readonly last: u64;
    } & Struct;
    readonly isRecordsAnchored: boolean;
    readonly asRecordsAnchored: {
      readonly first: U8aFixed;
      readonly count: u32;
    } & Struct;
    readonly type: 'RecordAnchored' | 'RecordAmended' | 'RecordErased' | 'ConsentRecorded' | 'ConsentConfirmed' | 'ConsentRevoked' | 'ConsentRemoved' | 'ConsentRequested' | 'ConsentRequestClosed' | 'EmergencyAccessOpened' | 'EmergencyAccessClosed' | 'EmergencyAccessReviewed' | 'AccessLogged' | 'RecordsAnchored';
  }

  /** @name MedledgerRuntimeRuntime (312) */
  type MedledgerRuntimeRuntime = Null;

  /** @name SpRuntimeBlockLazyBlock (313) */
  interface SpRuntimeBlockLazyBlock extends Struct {
    readonly header: SpRuntimeHeader;
    readonly extrinsics: Vec<Bytes>;
  }

  /** @name SpRuntimeHeader (314) */
  interface SpRuntimeHeader extends Struct {
    readonly parentHash: H256;
    readonly number: Compact<u32>;
    readonly stateRoot: H256;
    readonly extrinsicsRoot: H256;
    readonly digest: SpRuntimeDigest;
  }

  /** @name SpRuntimeExtrinsicInclusionMode (318) */
  interface SpRuntimeExtrinsicInclusionMode extends Enum {
    readonly isAllExtrinsics: boolean;
    readonly isOnlyInherents: boolean;
    readonly type: 'AllExtrinsics' | 'OnlyInherents';
  }

  /** @name FrameSupportViewFunctionsViewFunctionId (322) */
  interface FrameSupportViewFunctionsViewFunctionId extends Struct {
    readonly prefix: U8aFixed;
    readonly suffix: U8aFixed;
  }

  /** @name FrameSupportViewFunctionsViewFunctionDispatchError (325) */
  interface FrameSupportViewFunctionsViewFunctionDispatchError extends Enum {
    readonly isNotImplemented: boolean;
    readonly isNotFound: boolean;
    readonly asNotFound: FrameSupportViewFunctionsViewFunctionId;
    readonly isCodec: boolean;
    readonly type: 'NotImplemented' | 'NotFound' | 'Codec';
  }

  /** @name SpRuntimeTransactionValidityTransactionValidityError (327) */
  interface SpRuntimeTransactionValidityTransactionValidityError extends Enum {
    readonly isInvalid: boolean;
    readonly asInvalid: SpRuntimeTransactionValidityInvalidTransaction;
    readonly isUnknown: boolean;
    readonly asUnknown: SpRuntimeTransactionValidityUnknownTransaction;
    readonly type: 'Invalid' | 'Unknown';
  }

  /** @name SpRuntimeTransactionValidityInvalidTransaction (328) */
  interface SpRuntimeTransactionValidityInvalidTransaction extends Enum {
    readonly isCall: boolean;
    readonly isPayment: boolean;
    readonly isFuture: boolean;
    readonly isStale: boolean;
    readonly isBadProof: boolean;
    readonly isAncientBirthBlock: boolean;
    readonly isExhaustsResources: boolean;
    readonly isCustom: boolean;
    readonly asCustom: u8;
    readonly isBadMandatory: boolean;
    readonly isMandatoryValidation: boolean;
    readonly isBadSigner: boolean;
    readonly isIndeterminateImplicit: boolean;
    readonly isUnknownOrigin: boolean;
    readonly type: 'Call' | 'Payment' | 'Future' | 'Stale' | 'BadProof' | 'AncientBirthBlock' | 'ExhaustsResources' | 'Custom' | 'BadMandatory' | 'MandatoryValidation' | 'BadSigner' | 'IndeterminateImplicit' | 'UnknownOrigin';
  }

  /** @name SpRuntimeTransactionValidityUnknownTransaction (329) */
  interface SpRuntimeTransactionValidityUnknownTransaction extends Enum {
    readonly isCannotLookup: boolean;
    readonly isNoUnsignedValidator: boolean;
    readonly isCustom: boolean;
    readonly asCustom: u8;
    readonly type: 'CannotLookup' | 'NoUnsignedValidator' | 'Custom';
  }

  /** @name SpInherentsInherentData (330) */
  interface SpInherentsInherentData extends Struct {
    readonly data: BTreeMap<U8aFixed, Bytes>;
  }

  /** @name SpInherentsCheckInherentsResult (335) */
  interface SpInherentsCheckInherentsResult extends Struct {
    readonly okay: bool;
    readonly fatalError: bool;
    readonly errors: SpInherentsInherentData;
  }

  /** @name SpRuntimeTransactionValidityTransactionSource (336) */
  interface SpRuntimeTransactionValidityTransactionSource extends Enum {
    readonly isInBlock: boolean;
    readonly isLocal: boolean;
    readonly isExternal: boolean;
    readonly type: 'InBlock' | 'Local' | 'External';
  }

  /** @name SpRuntimeTransactionValidityValidTransaction (338) */
  interface SpRuntimeTransactionValidityValidTransaction extends Struct {
    readonly priority: u64;
    readonly requires: Vec<Bytes>;
    readonly provides: Vec<Bytes>;
    readonly longevity: u64;
    readonly propagate: bool;
  }

  /** @name SpSessionRuntimeApiOpaqueGeneratedSessionKeys (340) */
  interface SpSessionRuntimeApiOpaqueGeneratedSessionKeys extends Struct {
    readonly keys_: Bytes;
    readonly proof: Bytes;
  }

  /** @name PalletTransactionPaymentRuntimeDispatchInfo (344) */
  interface PalletTransactionPaymentRuntimeDispatchInfo extends Struct {
    readonly weight: SpWeightsWeightV2Weight;
    readonly class: FrameSupportDispatchDispatchClass;
    readonly partialFee: u128;
  }

  /** @name PalletTransactionPaymentFeeDetails (345) */
  interface PalletTransactionPaymentFeeDetails extends Struct {
    readonly inclusionFee: Option<PalletTransactionPaymentInclusionFee>;
    readonly tip: u128;
  }

  /** @name PalletTransactionPaymentInclusionFee (347) */
  interface PalletTransactionPaymentInclusionFee extends Struct {
    readonly baseFee: u128;
    readonly lenFee: u128;
    readonly adjustedWeightFee: u128;
  }

  /** @name MedledgerPrimitivesRuntimeApiAccountStanding (348) */
  interface MedledgerPrimitivesRuntimeApiAccountStanding extends Struct {
    readonly patient: Option<u64>;
    readonly practitioner: Option<MedledgerPrimitivesIdentityPractitionerStanding>;
    readonly adminOf: Option<u32>;
  }

  /** @name MedledgerPrimitivesIdentityPractitionerStanding (350) */
  interface MedledgerPrimitivesIdentityPractitionerStanding extends Struct {
    readonly organisation: u32;
    readonly kind: MedledgerPrimitivesIdentityOrganisationKind;
    readonly role: MedledgerPrimitivesIdentityPractitionerRole;
  }

  /** @name MedledgerPrimitivesRuntimeApiOrganisationInfo (352) */
  interface MedledgerPrimitivesRuntimeApiOrganisationInfo extends Struct {
    readonly name: Bytes;
    readonly kind: MedledgerPrimitivesIdentityOrganisationKind;
    readonly jurisdiction: Bytes;
    readonly licenceHash: U8aFixed;
    readonly status: MedledgerPrimitivesIdentityOrganisationStatus;
    readonly admins: Vec<AccountId32>;
    readonly practitioners: u32;
  }

  /** @name MedledgerPrimitivesRuntimeApiPatientInfo (354) */
  interface MedledgerPrimitivesRuntimeApiPatientInfo extends Struct {
    readonly account: AccountId32;
    readonly encryptionKey: MedledgerPrimitivesIdentityEncryptionKey;
    readonly hasCommitment: bool;
    readonly representatives: Vec<AccountId32>;
    readonly recoveryContacts: Vec<AccountId32>;
    readonly recoveryThreshold: u32;
  }

  /** @name MedledgerPrimitivesConsentAccessDecision (356) */
  interface MedledgerPrimitivesConsentAccessDecision extends Enum {
    readonly isPermit: boolean;
    readonly asPermit: {
      readonly basis: MedledgerPrimitivesConsentAccessBasis;
      readonly expiresAt: Option<u64>;
    } & Struct;
    readonly isDeny: boolean;
    readonly asDeny: {
      readonly reason: MedledgerPrimitivesConsentDenyReason;
    } & Struct;
    readonly type: 'Permit' | 'Deny';
  }

  /** @name MedledgerPrimitivesRuntimeApiConsentPage (357) */
  interface MedledgerPrimitivesRuntimeApiConsentPage extends Struct {
    readonly consents: Vec<MedledgerPrimitivesRuntimeApiConsentInfo>;
    readonly next: Option<u64>;
  }

  /** @name MedledgerPrimitivesRuntimeApiConsentInfo (359) */
  interface MedledgerPrimitivesRuntimeApiConsentInfo extends Struct {
    readonly id: u64;
    readonly kind: MedledgerPrimitivesConsentConsentKind;
    readonly grantee: MedledgerPrimitivesConsentGrantee;
    readonly classes: MedledgerPrimitivesConsentClassScope;
    readonly actions: Vec<MedledgerPrimitivesConsentConsentAction>;
    readonly purposes: Vec<U8aFixed>;
    readonly startsAt: u64;
    readonly expiresAt: Option<u64>;
    readonly records: Vec<U8aFixed>;
    readonly grantedBy: AccountId32;
    readonly confirmed: bool;
    readonly organisation: Option<u32>;
    readonly grantedAt: u64;
    readonly revokedAt: Option<u64>;
    readonly inForce: bool;
  }

  /** @name MedledgerPrimitivesConsentClassScope (360) */
  interface MedledgerPrimitivesConsentClassScope extends Enum {
    readonly isOnly: boolean;
    readonly asOnly: Vec<U8aFixed>;
    readonly isAll: boolean;
    readonly type: 'Only' | 'All';
  }

  /** @name MedledgerPrimitivesRuntimeApiConsentRequestInfo (362) */
  interface MedledgerPrimitivesRuntimeApiConsentRequestInfo extends Struct {
    readonly id: u64;
    readonly requester: AccountId32;
    readonly grantee: MedledgerPrimitivesConsentGrantee;
    readonly sealedTerms: Bytes;
    readonly keyVersion: u32;
    readonly requestedAt: u64;
    readonly expiresAt: u64;
  }

  /** @name MedledgerPrimitivesRecordVerification (363) */
  interface MedledgerPrimitivesRecordVerification extends Enum {
    readonly isValid: boolean;
    readonly asValid: {
      readonly version: u32;
      readonly current: bool;
      readonly author: AccountId32;
      readonly anchoredAt: u64;
    } & Struct;
    readonly isMismatch: boolean;
    readonly isErased: boolean;
    readonly asErased: {
      readonly erasedAt: u64;
    } & Struct;
    readonly isUnknown: boolean;
    readonly type: 'Valid' | 'Mismatch' | 'Erased' | 'Unknown';
  }

  /** @name MedledgerPrimitivesRecordRecordInfo (365) */
  interface MedledgerPrimitivesRecordRecordInfo extends Struct {
    readonly id: U8aFixed;
    readonly patient: u64;
    readonly class: U8aFixed;
    readonly emergencyCommitment: U8aFixed;
    readonly author: AccountId32;
    readonly custodian: u32;
    readonly createdAt: u64;
    readonly currentVersion: u32;
    readonly contentHash: U8aFixed;
    readonly algorithm: MedledgerPrimitivesRecordHashAlgorithm;
    readonly location: Bytes;
    readonly keyManifest: Option<U8aFixed>;
    readonly erasedAt: Option<u64>;
  }

  /** @name MedledgerPrimitivesRecordRecordPage (366) */
  interface MedledgerPrimitivesRecordRecordPage extends Struct {
    readonly records: Vec<MedledgerPrimitivesRecordRecordInfo>;
    readonly next: Option<U8aFixed>;
  }

  /** @name MedledgerPrimitivesRecordAccessLogPage (368) */
  interface MedledgerPrimitivesRecordAccessLogPage extends Struct {
    readonly items: Vec<MedledgerPrimitivesRecordAccessLogEntry>;
    readonly next: Option<u64>;
  }

  /** @name MedledgerPrimitivesRecordAccessLogEntry (370) */
  interface MedledgerPrimitivesRecordAccessLogEntry extends Struct {
    readonly seq: u64;
    readonly record: U8aFixed;
    readonly accessor: AccountId32;
    readonly loggedBy: AccountId32;
    readonly purpose: U8aFixed;
    readonly outcome: MedledgerPrimitivesRecordAccessOutcome;
    readonly at: u64;
  }

  /** @name MedledgerPrimitivesRecordAccessLogLeaf (371) */
  interface MedledgerPrimitivesRecordAccessLogLeaf extends Struct {
    readonly patient: u64;
    readonly record: U8aFixed;
    readonly accessor: AccountId32;
    readonly purpose: U8aFixed;
    readonly outcome: MedledgerPrimitivesRecordAccessOutcome;
    readonly at: u64;
    readonly decidedAt: U8aFixed;
  }

  /** @name MedledgerPrimitivesTimelineTimelinePage (372) */
  interface MedledgerPrimitivesTimelineTimelinePage extends Struct {
    readonly first: u64;
    readonly items: Vec<MedledgerPrimitivesTimelineTimelineEntry>;
    readonly next: Option<u64>;
    readonly oldest: u64;
  }

  /** @name MedledgerRuntimeRuntimeError (379) */
  interface MedledgerRuntimeRuntimeError extends Enum {
    readonly isSystem: boolean;
    readonly asSystem: FrameSystemError;
    readonly isGrandpa: boolean;
    readonly asGrandpa: PalletGrandpaError;
    readonly isBalances: boolean;
    readonly asBalances: PalletBalancesError;
    readonly isSudo: boolean;
    readonly asSudo: PalletSudoError;
    readonly isConsortium: boolean;
    readonly asConsortium: PalletConsortiumError;
    readonly isSession: boolean;
    readonly asSession: PalletSessionError;
    readonly isMultiBlockMigrations: boolean;
    readonly asMultiBlockMigrations: PalletMigrationsError;
    readonly isCouncil: boolean;
    readonly asCouncil: PalletCollectiveError;
    readonly isCouncilMembership: boolean;
    readonly asCouncilMembership: PalletMembershipError;
    readonly isMetaTx: boolean;
    readonly asMetaTx: PalletMetaTxError;
    readonly isUtility: boolean;
    readonly asUtility: PalletUtilityError;
    readonly isMultisig: boolean;
    readonly asMultisig: PalletMultisigError;
    readonly isProxy: boolean;
    readonly asProxy: PalletProxyError;
    readonly isPatientIdentity: boolean;
    readonly asPatientIdentity: PalletPatientIdentityError;
    readonly isConsentRegistry: boolean;
    readonly asConsentRegistry: PalletConsentRegistryError;
    readonly isRecordAnchor: boolean;
    readonly asRecordAnchor: PalletRecordAnchorError;
    readonly isSponsorship: boolean;
    readonly asSponsorship: PalletSponsorshipError;
    readonly type: 'System' | 'Grandpa' | 'Balances' | 'Sudo' | 'Consortium' | 'Session' | 'MultiBlockMigrations' | 'Council' | 'CouncilMembership' | 'MetaTx' | 'Utility' | 'Multisig' | 'Proxy' | 'PatientIdentity' | 'ConsentRegistry' | 'RecordAnchor' | 'Sponsorship';
  }

} // declare module
