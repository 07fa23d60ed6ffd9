// Auto-generated via `yarn polkadot-types-from-defs`, do not edit
/* eslint-disable */

/* eslint-disable sort-keys */

export default {
  /**
   * Lookup9: frame_system::pallet::Call<T>
   **/
  FrameSystemCall: {
    _enum: {
      remark: {
        remark: 'Bytes',
      },
      set_heap_pages: {
        pages: 'u64',
      },
      set_code: {
        code: 'Bytes',
      },
      set_code_without_checks: {
        code: 'Bytes',
      },
      set_storage: {
        items: 'Vec<(Bytes,Bytes)>',
      },
      kill_storage: {
        _alias: {
          keys_: 'keys',
        },
        keys_: 'Vec<Bytes>',
      },
      kill_prefix: {
        prefix: 'Bytes',
        subkeys: 'u32',
      },
      remark_with_event: {
        remark: 'Bytes',
      },
      __Unused8: 'Null',
      authorize_upgrade: {
        codeHash: 'H256',
      },
      authorize_upgrade_without_checks: {
        codeHash: 'H256',
      },
      apply_authorized_upgrade: {
        code: 'Bytes'
      }
    }
  },
  /**
   * Lookup16: pallet_timestamp::pallet::Call<T>
   **/
  PalletTimestampCall: {
    _enum: {
      set: {
        now: 'Compact<u64>'
      }
    }
  },
  /**
   * Lookup18: pallet_grandpa::pallet::Call<T>
   **/
  PalletGrandpaCall: {
    _enum: {
      report_equivocation: {
        equivocationProof: 'SpConsensusGrandpaEquivocationProof',
        keyOwnerProof: 'SpCoreVoid',
      },
      report_equivocation_unsigned: {
        equivocationProof: 'SpConsensusGrandpaEquivocationProof',
        keyOwnerProof: 'SpCoreVoid',
      },
      note_stalled: {
        delay: 'u32',
        bestFinalizedBlockNumber: 'u32'
      }
    }
  },
  /**
   * Lookup19: sp_consensus_grandpa::EquivocationProof<primitive_types::H256, N>
   **/
  SpConsensusGrandpaEquivocationProof: {
    setId: 'u64',
    equivocation: 'SpConsensusGrandpaEquivocation'
  },
  /**
   * Lookup20: sp_consensus_grandpa::Equivocation<primitive_types::H256, N>
   **/
  SpConsensusGrandpaEquivocation: {
    _enum: {
      Prevote: 'FinalityGrandpaEquivocationPrevote',
      Precommit: 'FinalityGrandpaEquivocationPrecommit'
    }
  },
  /**
   * Lookup21: finality_grandpa::Equivocation<sp_consensus_grandpa::app::Public, finality_grandpa::Prevote<primitive_types::H256, N>, sp_consensus_grandpa::app::Signature>
   **/
  FinalityGrandpaEquivocationPrevote: {
    roundNumber: 'u64',
    identity: 'SpConsensusGrandpaAppPublic',
    first: '(FinalityGrandpaPrevote,SpConsensusGrandpaAppSignature)',
    second: '(FinalityGrandpaPrevote,SpConsensusGrandpaAppSignature)'
  },
  /**
   * Lookup22: sp_consensus_grandpa::app::Public
   **/
  SpConsensusGrandpaAppPublic: '[u8;32]',
  /**
   * Lookup23: finality_grandpa::Prevote<primitive_types::H256, N>
   **/
  FinalityGrandpaPrevote: {
    targetHash: 'H256',
    targetNumber: 'u32'
  },
  /**
   * Lookup24: sp_consensus_grandpa::app::Signature
   **/
  SpConsensusGrandpaAppSignature: '[u8;64]',
  /**
   * Lookup27: finality_grandpa::Equivocation<sp_consensus_grandpa::app::Public, finality_grandpa::Precommit<primitive_types::H256, N>, sp_consensus_grandpa::app::Signature>
   **/
  FinalityGrandpaEquivocationPrecommit: {
    roundNumber: 'u64',
    identity: 'SpConsensusGrandpaAppPublic',
    first: '(FinalityGrandpaPrecommit,SpConsensusGrandpaAppSignature)',
    second: '(FinalityGrandpaPrecommit,SpConsensusGrandpaAppSignature)'
  },
  /**
   * Lookup28: finality_grandpa::Precommit<primitive_types::H256, N>
   **/
  FinalityGrandpaPrecommit: {
    targetHash: 'H256',
    targetNumber: 'u32'
  },
  /**
   * Lookup30: sp_core::Void
   **/
  SpCoreVoid: 'Null',
  /**
   * Lookup31: pallet_balances::pallet::Call<T, I>
   **/
  PalletBalancesCall: {
    _enum: {
      transfer_allow_death: {
        dest: 'MultiAddress',
        value: 'Compact<u128>',
      },
      __Unused1: 'Null',
      force_transfer: {
        source: 'MultiAddress',
        dest: 'MultiAddress',
        value: 'Compact<u128>',
      },
      transfer_keep_alive: {
        dest: 'MultiAddress',
        value: 'Compact<u128>',
      },
      transfer_all: {
        dest: 'MultiAddress',
        keepAlive: 'bool',
      },
      force_unreserve: {
        who: 'MultiAddress',
        amount: 'u128',
      },
      upgrade_accounts: {
        who: 'Vec<AccountId32>',
      },
      __Unused7: 'Null',
      force_set_balance: {
        who: 'MultiAddress',
        newFree: 'Compact<u128>',
      },
      force_adjust_total_issuance: {
        direction: 'PalletBalancesAdjustmentDirection',
        delta: 'Compact<u128>',
      },
      burn: {
        value: 'Compact<u128>',
        keepAlive: 'bool'
      }
    }
  },
  /**
   * Lookup36: pallet_balances::types::AdjustmentDirection
   **/
  PalletBalancesAdjustmentDirection: {
    _enum: ['Increase', 'Decrease']
  },
  /**
   * Lookup37: pallet_sudo::pallet::Call<T>
   **/
  PalletSudoCall: {
    _enum: {
      sudo: {
        call: 'Call',
      },
      sudo_unchecked_weight: {
        call: 'Call',
        weight: 'SpWeightsWeightV2Weight',
      },
      set_key: {
        _alias: {
          new_: 'new',
        },
        new_: 'MultiAddress',
      },
      sudo_as: {
        who: 'MultiAddress',
        call: 'Call',
      },
      remove_key: 'Null'
    }
  },
  /**
   * Lookup38: sp_weights::weight_v2::Weight
   **/
  SpWeightsWeightV2Weight: {
    refTime: 'Compact<u64>',
    proofSize: 'Compact<u64>'
  },
  /**
   * Lookup39: pallet_consortium::pallet::Call<T>
   **/
  PalletConsortiumCall: {
    _enum: {
      add_validator: {
        validator: 'AccountId32',
      },
      remove_validator: {
        validator: 'AccountId32',
      },
      authorize_upgrade: {
        codeHash: 'H256',
      },
      cancel_upgrade: 'Null'
    }
  },
  /**
   * Lookup40: pallet_session::pallet::Call<T>
   **/
  PalletSessionCall: {
    _enum: {
      set_keys: {
        _alias: {
          keys_: 'keys',
        },
        keys_: 'MedledgerRuntimeOpaqueSessionKeys',
        proof: 'Bytes',
      },
      purge_keys: 'Null'
    }
  },
  /**
   * Lookup41: medledger_runtime::opaque::SessionKeys
   **/
  MedledgerRuntimeOpaqueSessionKeys: {
    aura: 'SpConsensusAuraSr25519AppSr25519Public',
    grandpa: 'SpConsensusGrandpaAppPublic'
  },
  /**
   * Lookup42: sp_consensus_aura::sr25519::app_sr25519::Public
   **/
  SpConsensusAuraSr25519AppSr25519Public: '[u8;32]',
  /**
   * Lookup43: pallet_migrations::pallet::Call<T>
   **/
  PalletMigrationsCall: {
    _enum: {
      force_set_cursor: {
        cursor: 'Option<PalletMigrationsMigrationCursor>',
      },
      force_set_active_cursor: {
        index: 'u32',
        innerCursor: 'Option<Bytes>',
        startedAt: 'Option<u32>',
      },
      force_onboard_mbms: 'Null',
      clear_historic: {
        selector: 'PalletMigrationsHistoricCleanupSelector'
      }
    }
  },
  /**
   * Lookup45: pallet_migrations::MigrationCursor<bounded_collections::bounded_vec::BoundedVec<T, S>, BlockNumber>
   **/
  PalletMigrationsMigrationCursor: {
    _enum: {
      Active: 'PalletMigrationsActiveCursor',
      Stuck: 'Null'
    }
  },
  /**
   * Lookup47: pallet_migrations::ActiveCursor<bounded_collections::bounded_vec::BoundedVec<T, S>, BlockNumber>
   **/
  PalletMigrationsActiveCursor: {
    index: 'u32',
    innerCursor: 'Option<Bytes>',
    startedAt: 'u32'
  },
  /**
   * Lookup50: pallet_migrations::HistoricCleanupSelector<bounded_collections::bounded_vec::BoundedVec<T, S>>
   **/
  PalletMigrationsHistoricCleanupSelector: {
    _enum: {
      Specific: 'Vec<Bytes>',
      Wildcard: {
        limit: 'Option<u32>',
        previousCursor: 'Option<Bytes>'
      }
    }
  },
  /**
   * Lookup53: pallet_collective::pallet::Call<T, I>
   **/
  PalletCollectiveCall: {
    _enum: {
      set_members: {
        newMembers: 'Vec<AccountId32>',
        prime: 'Option<AccountId32>',
        oldCount: 'u32',
      },
      execute: {
        proposal: 'Call',
        lengthBound: 'Compact<u32>',
      },
      propose: {
        threshold: 'Compact<u32>',
        proposal: 'Call',
        lengthBound: 'Compact<u32>',
      },
      vote: {
        proposal: 'H256',
        index: 'Compact<u32>',
        approve: 'bool',
      },
      __Unused4: 'Null',
      disapprove_proposal: {
        proposalHash: 'H256',
      },
      close: {
        proposalHash: 'H256',
        index: 'Compact<u32>',
        proposalWeightBound: 'SpWeightsWeightV2Weight',
        lengthBound: 'Compact<u32>',
      },
      kill: {
        proposalHash: 'H256',
      },
      release_proposal_cost: {
        proposalHash: 'H256'
      }
    }
  },
  /**
   * Lookup56: pallet_membership::pallet::Call<T, I>
   **/
  PalletMembershipCall: {
    _enum: {
      add_member: {
        who: 'MultiAddress',
      },
      remove_member: {
        who: 'MultiAddress',
      },
      swap_member: {
        remove: 'MultiAddress',
        add: 'MultiAddress',
      },
      reset_members: {
        members: 'Vec<AccountId32>',
      },
      change_key: {
        _alias: {
          new_: 'new',
        },
        new_: 'MultiAddress',
      },
      set_prime: {
        who: 'MultiAddress',
      },
      clear_prime: 'Null'
    }
  },
  /**
   * Lookup57: pallet_meta_tx::pallet::Call<T>
   **/
  PalletMetaTxCall: {
    _enum: {
      dispatch: {
        metaTx: 'PalletMetaTxMetaTx',
        metaTxEncodedLen: 'u32'
      }
    }
  },
  /**
   * Lookup58: pallet_meta_tx::MetaTx<medledger_runtime::RuntimeCall, Extension>
   **/
  PalletMetaTxMetaTx: {
    call: 'Call',
    extensionVersion: 'u8',
    extension: '(PalletVerifySignatureExtensionVerifySignature,PalletMetaTxExtensionMetaTxMarker,FrameSystemExtensionsCheckNonZeroSender,FrameSystemExtensionsCheckSpecVersion,FrameSystemExtensionsCheckTxVersion,FrameSystemExtensionsCheckGenesis,Era,FrameSystemExtensionsCheckNonce,PalletSponsorshipExtensionSponsoredUse)'
  },
  /**
   * Lookup60: pallet_verify_signature::extension::VerifySignature<T>
   **/
  PalletVerifySignatureExtensionVerifySignature: {
    _enum: {
      Disabled: 'Null',
      Signed: {
        signature: 'SpRuntimeMultiSignature',
        account: 'AccountId32'
      }
    }
  },
  /**
   * Lookup61: sp_runtime::MultiSignature
   **/
  SpRuntimeMultiSignature: {
    _enum: {
      Ed25519: '[u8;64]',
      Sr25519: '[u8;64]',
      Ecdsa: '[u8;65]',
      Eth: '[u8;65]'
    }
  },
  /**
   * Lookup63: pallet_meta_tx::extension::MetaTxMarker<T>
   **/
  PalletMetaTxExtensionMetaTxMarker: 'Null',
  /**
   * Lookup64: frame_system::extensions::check_non_zero_sender::CheckNonZeroSender<T>
   **/
  FrameSystemExtensionsCheckNonZeroSender: 'Null',
  /**
   * Lookup65: frame_system::extensions::check_spec_version::CheckSpecVersion<T>
   **/
  FrameSystemExtensionsCheckSpecVersion: 'Null',
  /**
   * Lookup66: frame_system::extensions::check_tx_version::CheckTxVersion<T>
   **/
  FrameSystemExtensionsCheckTxVersion: 'Null',
  /**
   * Lookup67: frame_system::extensions::check_genesis::CheckGenesis<T>
   **/
  FrameSystemExtensionsCheckGenesis: 'Null',
  /**
   * Lookup71: frame_system::extensions::check_nonce::CheckNonce<T>
   **/
  FrameSystemExtensionsCheckNonce: 'Compact<u32>',
  /**
   * Lookup72: pallet_sponsorship::extension::SponsoredUse<T>
   **/
  PalletSponsorshipExtensionSponsoredUse: 'Null',
  /**
   * Lookup73: pallet_utility::pallet::Call<T>
   **/
  PalletUtilityCall: {
    _enum: {
      batch: {
        calls: 'Vec<Call>',
      },
      as_derivative: {
        index: 'u16',
        call: 'Call',
      },
      batch_all: {
        calls: 'Vec<Call>',
      },
      dispatch_as: {
        asOrigin: 'MedledgerRuntimeOriginCaller',
        call: 'Call',
      },
      force_batch: {
        calls: 'Vec<Call>',
      },
      with_weight: {
        call: 'Call',
        weight: 'SpWeightsWeightV2Weight',
      },
      if_else: {
        main: 'Call',
        fallback: 'Call',
      },
      dispatch_as_fallible: {
        asOrigin: 'MedledgerRuntimeOriginCaller',
        call: 'Call'
      }
    }
  },
  /**
   * Lookup76: medledger_runtime::OriginCaller
   **/
  MedledgerRuntimeOriginCaller: {
    _enum: {
      system: 'FrameSupportDispatchRawOrigin',
      __Unused1: 'Null',
      __Unused2: 'Null',
      __Unused3: 'Null',
      __Unused4: 'Null',
      __Unused5: 'Null',
      __Unused6: 'Null',
      __Unused7: 'Null',
      __Unused8: 'Null',
      __Unused9: 'Null',
      Council: 'PalletCollectiveRawOrigin'
    }
  },
  /**
   * Lookup77: frame_support::dispatch::RawOrigin<sp_core::crypto::AccountId32>
   **/
  FrameSupportDispatchRawOrigin: {
    _enum: {
      Root: 'Null',
      Signed: 'AccountId32',
      None: 'Null',
      Authorized: 'Null'
    }
  },
  /**
   * Lookup78: pallet_collective::RawOrigin<sp_core::crypto::AccountId32, I>
   **/
  PalletCollectiveRawOrigin: {
    _enum: {
      Members: '(u32,u32)',
      Member: 'AccountId32',
      _Phantom: 'Null'
    }
  },
  /**
   * Lookup79: pallet_multisig::pallet::Call<T>
   **/
  PalletMultisigCall: {
    _enum: {
      as_multi_threshold_1: {
        otherSignatories: 'Vec<AccountId32>',
        call: 'Call',
      },
      as_multi: {
        threshold: 'u16',
        otherSignatories: 'Vec<AccountId32>',
        maybeTimepoint: 'Option<PalletMultisigTimepoint>',
        call: 'Call',
        maxWeight: 'SpWeightsWeightV2Weight',
      },
      approve_as_multi: {
        threshold: 'u16',
        otherSignatories: 'Vec<AccountId32>',
        maybeTimepoint: 'Option<PalletMultisigTimepoint>',
        callHash: '[u8;32]',
        maxWeight: 'SpWeightsWeightV2Weight',
      },
      cancel_as_multi: {
        threshold: 'u16',
        otherSignatories: 'Vec<AccountId32>',
        timepoint: 'PalletMultisigTimepoint',
        callHash: '[u8;32]',
      },
      poke_deposit: {
        threshold: 'u16',
        otherSignatories: 'Vec<AccountId32>',
        callHash: '[u8;32]'
      }
    }
  },
  /**
   * Lookup81: pallet_multisig::Timepoint<BlockNumber>
   **/
  PalletMultisigTimepoint: {
    height: 'u32',
    index: 'u32'
  },
  /**
   * Lookup82: pallet_proxy::pallet::Call<T>
   **/
  PalletProxyCall: {
    _enum: {
      proxy: {
        real: 'MultiAddress',
        forceProxyType: 'Option<MedledgerRuntimeCommonAccountsProxyType>',
        call: 'Call',
      },
      add_proxy: {
        delegate: 'MultiAddress',
        proxyType: 'MedledgerRuntimeCommonAccountsProxyType',
        delay: 'u32',
      },
      remove_proxy: {
        delegate: 'MultiAddress',
        proxyType: 'MedledgerRuntimeCommonAccountsProxyType',
        delay: 'u32',
      },
      remove_proxies: 'Null',
      create_pure: {
        proxyType: 'MedledgerRuntimeCommonAccountsProxyType',
        delay: 'u32',
        index: 'u16',
      },
      kill_pure: {
        spawner: 'MultiAddress',
        proxyType: 'MedledgerRuntimeCommonAccountsProxyType',
        index: 'u16',
        height: 'Compact<u32>',
        extIndex: 'Compact<u32>',
      },
      announce: {
        real: 'MultiAddress',
        callHash: 'H256',
      },
      remove_announcement: {
        real: 'MultiAddress',
        callHash: 'H256',
      },
      reject_announcement: {
        delegate: 'MultiAddress',
        callHash: 'H256',
      },
      proxy_announced: {
        delegate: 'MultiAddress',
        real: 'MultiAddress',
        forceProxyType: 'Option<MedledgerRuntimeCommonAccountsProxyType>',
        call: 'Call',
      },
      poke_deposit: 'Null'
    }
  },
  /**
   * Lookup84: medledger_runtime_common::accounts::ProxyType
   **/
  MedledgerRuntimeCommonAccountsProxyType: {
    _enum: ['Any', 'NonTransfer', 'Governance', 'OrganisationAdmin']
  },
  /**
   * Lookup85: pallet_patient_identity::pallet::Call<T>
   **/
  PalletPatientIdentityCall: {
    _enum: {
      admit_organisation: {
        name: 'Bytes',
        kind: 'MedledgerPrimitivesIdentityOrganisationKind',
        jurisdiction: 'Bytes',
        licenceHash: 'H256',
        admin: 'AccountId32',
      },
      suspend_organisation: {
        organisation: 'u32',
      },
      reinstate_organisation: {
        organisation: 'u32',
      },
      remove_organisation: {
        organisation: 'u32',
      },
      add_admin: {
        organisation: 'u32',
        admin: 'AccountId32',
      },
      remove_admin: {
        organisation: 'u32',
        admin: 'AccountId32',
      },
      invite_practitioner: {
        practitioner: 'AccountId32',
        role: 'MedledgerPrimitivesIdentityPractitionerRole',
      },
      remove_practitioner: {
        practitioner: 'AccountId32',
      },
      register_patient: {
        encryptionKey: '[u8;32]',
        commitment: 'Option<H256>',
      },
      rotate_encryption_key: {
        patient: 'u64',
        encryptionKey: '[u8;32]',
      },
      set_commitment: {
        patient: 'u64',
        commitment: 'Option<H256>',
      },
      deactivate_patient: {
        patient: 'u64',
      },
      appoint_representative: {
        patient: 'u64',
        representative: 'AccountId32',
        scope: 'MedledgerPrimitivesIdentityRepresentativeScope',
        until: 'Option<u32>',
        documentHash: 'Option<H256>',
      },
      remove_representative: {
        patient: 'u64',
        representative: 'AccountId32',
      },
      set_recovery_config: {
        contacts: 'Vec<AccountId32>',
        threshold: 'u32',
        delay: 'u32',
      },
      remove_recovery_config: 'Null',
      start_recovery: {
        patient: 'u64',
      },
      approve_recovery: {
        patient: 'u64',
        newAccount: 'AccountId32',
      },
      withdraw_recovery_approval: {
        patient: 'u64',
      },
      cancel_recovery: {
        patient: 'u64',
      },
      claim_recovery: {
        patient: 'u64',
      },
      accept_invitation: {
        organisation: 'u32',
      },
      withdraw_invitation: {
        organisation: 'u32',
        practitioner: 'AccountId32',
      },
      resign: 'Null',
      request_deactivation: {
        patient: 'u64',
      },
      cancel_deactivation: 'Null'
    }
  },
  /**
   * Lookup87: medledger_primitives::identity::OrganisationKind
   **/
  MedledgerPrimitivesIdentityOrganisationKind: {
    _enum: ['Hospital', 'Clinic', 'Laboratory', 'Pharmacy', 'Payer', 'ResearchInstitution', 'DataCustodian', 'Regulator']
  },
  /**
   * Lookup89: medledger_primitives::identity::PractitionerRole
   **/
  MedledgerPrimitivesIdentityPractitionerRole: {
    _enum: ['Physician', 'Nurse', 'Pharmacist', 'LaboratoryScientist', 'Researcher', 'Clerk']
  },
  /**
   * Lookup91: medledger_primitives::identity::RepresentativeScope
   **/
  MedledgerPrimitivesIdentityRepresentativeScope: {
    consents: 'bool',
    records: 'bool',
    encryptionKey: 'bool',
    deactivation: 'bool'
  },
  /**
   * Lookup93: pallet_consent_registry::pallet::Call<T>
   **/
  PalletConsentRegistryCall: {
    _enum: {
      grant_consent: {
        patient: 'u64',
        grantee: 'MedledgerPrimitivesConsentGrantee',
        terms: 'PalletConsentRegistryConsentTerms',
      },
      deny_access: {
        patient: 'u64',
        grantee: 'MedledgerPrimitivesConsentGrantee',
        terms: 'PalletConsentRegistryConsentTerms',
      },
      revoke_consent: {
        patient: 'u64',
        consent: 'u64',
      },
      remove_consent: {
        patient: 'u64',
        consent: 'u64',
      },
      open_emergency_access: {
        patient: 'u64',
        reasonHash: '[u8;32]',
      },
      close_emergency_access: {
        patient: 'u64',
        practitioner: 'AccountId32',
      },
      review_emergency_access: {
        session: 'u64',
      },
      confirm_consent: {
        patient: 'u64',
        consent: 'u64',
      },
      request_consent: {
        patient: 'u64',
        grantee: 'MedledgerPrimitivesConsentGrantee',
        sealedTerms: 'Bytes',
        expiresAt: 'u64',
      },
      accept_request: {
        patient: 'u64',
        request: 'u64',
        terms: 'PalletConsentRegistryConsentTerms',
      },
      close_request: {
        patient: 'u64',
        request: 'u64'
      }
    }
  },
  /**
   * Lookup94: medledger_primitives::consent::Grantee<sp_core::crypto::AccountId32>
   **/
  MedledgerPrimitivesConsentGrantee: {
    _enum: {
      Organisation: 'u32',
      Practitioner: 'AccountId32',
      Individual: 'u64'
    }
  },
  /**
   * Lookup95: pallet_consent_registry::types::ConsentTerms<T>
   **/
  PalletConsentRegistryConsentTerms: {
    classes: {
      _enum: {
        Only: 'Vec<[u8;8]>',
        All: 'Null'
      }
    },
    actions: 'Vec<MedledgerPrimitivesConsentConsentAction>',
    purposes: 'Vec<[u8;8]>',
    startsAt: 'Option<u64>',
    expiresAt: 'Option<u64>',
    records: 'Vec<[u8;32]>'
  },
  /**
   * Lookup101: medledger_primitives::consent::ConsentAction
   **/
  MedledgerPrimitivesConsentConsentAction: {
    _enum: ['Read', 'Append', 'Amend']
  },
  /**
   * Lookup108: pallet_record_anchor::pallet::Call<T>
   **/
  PalletRecordAnchorCall: {
    _enum: {
      anchor_record: {
        request: 'PalletRecordAnchorAnchorRequest',
      },
      amend_record: {
        record: '[u8;32]',
        amendment: 'PalletRecordAnchorAmendment',
      },
      erase_record: {
        record: '[u8;32]',
      },
      anchor_batch: {
        batch: 'PalletRecordAnchorAnchorBatch',
      },
      anchor_merkle_root: {
        root: '[u8;32]',
        leaves: 'u32',
      },
      log_access: {
        record: '[u8;32]',
        accessor: 'AccountId32',
        purpose: '[u8;8]',
        emergencyKey: 'Option<[u8;32]>',
      },
      log_denied_access: {
        record: '[u8;32]',
        accessor: 'AccountId32',
        purpose: '[u8;8]',
      },
      prune_access_log: {
        patient: 'u64',
        max: 'u32',
      },
      prepay_deposits: {
        amount: 'u128',
      },
      withdraw_prepaid: {
        amount: 'u128',
      },
      log_access_root: {
        root: '[u8;32]',
        leaves: 'u32',
      },
      prune_access_log_roots: {
        custodian: 'u32',
        max: 'u32'
      }
    }
  },
  /**
   * Lookup109: pallet_record_anchor::types::AnchorRequest<T>
   **/
  PalletRecordAnchorAnchorRequest: {
    patient: 'u64',
    contentHash: '[u8;32]',
    algorithm: 'MedledgerPrimitivesRecordHashAlgorithm',
    location: 'Bytes',
    class: '[u8;8]',
    keyManifest: 'Option<[u8;32]>',
    emergencyCommitment: '[u8;32]',
    purpose: '[u8;8]',
    custodian: 'u32'
  },
  /**
   * Lookup110: medledger_primitives::record::HashAlgorithm
   **/
  MedledgerPrimitivesRecordHashAlgorithm: {
    _enum: ['Sha2_256', 'Blake2_256']
  },
  /**
   * Lookup112: pallet_record_anchor::types::Amendment<T>
   **/
  PalletRecordAnchorAmendment: {
    contentHash: '[u8;32]',
    algorithm: 'MedledgerPrimitivesRecordHashAlgorithm',
    location: 'Bytes',
    keyManifest: 'Option<[u8;32]>',
    purpose: '[u8;8]',
    custodian: 'Option<u32>'
  },
  /**
   * Lookup113: pallet_record_anchor::types::AnchorBatch<T>
   **/
  PalletRecordAnchorAnchorBatch: {
    _alias: {
      entries_: 'entries'
    },
    class: '[u8;8]',
    algorithm: 'MedledgerPrimitivesRecordHashAlgorithm',
    purpose: '[u8;8]',
    emergencyCommitment: '[u8;32]',
    custodian: 'u32',
    base: 'Bytes',
    entries_: 'Vec<PalletRecordAnchorBatchEntry>'
  },
  /**
   * Lookup115: pallet_record_anchor::types::BatchEntry<T>
   **/
  PalletRecordAnchorBatchEntry: {
    patient: 'Compact<u64>',
    contentHash: '[u8;32]',
    path: 'Bytes',
    keyManifest: 'Option<[u8;32]>'
  },
  /**
   * Lookup117: pallet_sponsorship::pallet::Call<T>
   **/
  PalletSponsorshipCall: {
    _enum: {
      set_sponsor: {
        relayer: 'AccountId32',
        dailyBudget: 'u128',
      },
      sponsor_patient: {
        organisation: 'u32',
        account: 'AccountId32',
      },
      end_sponsorship: {
        account: 'AccountId32'
      }
    }
  },
  /**
   * Lookup118: frame_system::extensions::authorize_call::AuthorizeCall<T>
   **/
  FrameSystemExtensionsAuthorizeCall: 'Null',
  /**
   * Lookup119: pallet_sponsorship::extension::RelayedBySponsor<T>
   **/
  PalletSponsorshipExtensionRelayedBySponsor: 'Null',
  /**
   * Lookup120: frame_system::extensions::check_weight::CheckWeight<T>
   **/
  FrameSystemExtensionsCheckWeight: 'Null',
  /**
   * Lookup121: pallet_transaction_payment::ChargeTransactionPayment<T>
   **/
  PalletTransactionPaymentChargeTransactionPayment: 'Compact<u128>',
  /**
   * Lookup122: frame_metadata_hash_extension::CheckMetadataHash<T>
   **/
  FrameMetadataHashExtensionCheckMetadataHash: {
    mode: 'FrameMetadataHashExtensionMode'
  },
  /**
   * Lookup123: frame_metadata_hash_extension::Mode
   **/
  FrameMetadataHashExtensionMode: {
    _enum: ['Disabled', 'Enabled']
  },
  /**
   * Lookup124: frame_system::extensions::weight_reclaim::WeightReclaim<T>
   **/
  FrameSystemExtensionsWeightReclaim: 'Null',
  /**
   * Lookup126: frame_system::AccountInfo<Nonce, pallet_balances::types::AccountData<Balance>>
   **/
  FrameSystemAccountInfo: {
    nonce: 'u32',
    consumers: 'u32',
    providers: 'u32',
    sufficients: 'u32',
    data: 'PalletBalancesAccountData'
  },
  /**
   * Lookup127: pallet_balances::types::AccountData<Balance>
   **/
  PalletBalancesAccountData: {
    free: 'u128',
    reserved: 'u128',
    frozen: 'u128',
    flags: 'u128'
  },
  /**
   * Lookup129: frame_support::dispatch::PerDispatchClass<sp_weights::weight_v2::Weight>
   **/
  FrameSupportDispatchPerDispatchClassWeight: {
    normal: 'SpWeightsWeightV2Weight',
    operational: 'SpWeightsWeightV2Weight',
    mandatory: 'SpWeightsWeightV2Weight'
  },
  /**
   * Lookup130: sp_runtime::generic::digest::Digest
   **/
  SpRuntimeDigest: {
    logs: 'Vec<SpRuntimeDigestDigestItem>'
  },
  /**
   * Lookup132: sp_runtime::generic::digest::DigestItem
   **/
  SpRuntimeDigestDigestItem: {
    _enum: {
      Other: 'Bytes',
      __Unused1: 'Null',
      __Unused2: 'Null',
      __Unused3: 'Null',
      Consensus: '([u8;4],Bytes)',
      Seal: '([u8;4],Bytes)',
      PreRuntime: '([u8;4],Bytes)',
      __Unused7: 'Null',
      RuntimeEnvironmentUpdated: 'Null'
    }
  },
  /**
   * Lookup135: frame_system::EventRecord<medledger_runtime::RuntimeEvent, primitive_types::H256>
   **/
  FrameSystemEventRecord: {
    phase: 'FrameSystemPhase',
    event: 'Event',
    topics: 'Vec<H256>'
  },
  /**
   * Lookup137: frame_system::pallet::Event<T>
   **/
  FrameSystemEvent: {
    _enum: {
      ExtrinsicSuccess: {
        dispatchInfo: 'FrameSystemDispatchEventInfo',
      },
      ExtrinsicFailed: {
        dispatchError: 'SpRuntimeDispatchError',
        dispatchInfo: 'FrameSystemDispatchEventInfo',
      },
      CodeUpdated: {
        _alias: {
          hash_: 'hash',
        },
        hash_: 'H256',
      },
      NewAccount: {
        account: 'AccountId32',
      },
      KilledAccount: {
        account: 'AccountId32',
      },
      Remarked: {
        _alias: {
          hash_: 'hash',
        },
        sender: 'AccountId32',
        hash_: 'H256',
      },
      UpgradeAuthorized: {
        codeHash: 'H256',
        checkVersion: 'bool',
      },
      RejectedInvalidAuthorizedUpgrade: {
        codeHash: 'H256',
        error: 'SpRuntimeDispatchError'
      }
    }
  },
  /**
   * Lookup138: frame_system::DispatchEventInfo
   **/
  FrameSystemDispatchEventInfo: {
    weight: 'SpWeightsWeightV2Weight',
    class: 'FrameSupportDispatchDispatchClass',
    paysFee: 'FrameSupportDispatchPays'
  },
  /**
   * Lookup139: frame_support::dispatch::DispatchClass
   **/
  FrameSupportDispatchDispatchClass: {
    _enum: ['Normal', 'Operational', 'Mandatory']
  },
  /**
   * Lookup140: frame_support::dispatch::Pays
   **/
  FrameSupportDispatchPays: {
    _enum: ['Yes', 'No']
  },
  /**
   * Lookup141: sp_runtime::DispatchError
   **/
  SpRuntimeDispatchError: {
    _enum: {
      Other: 'Null',
      CannotLookup: 'Null',
      BadOrigin: 'Null',
      Module: 'SpRuntimeModuleError',
      ConsumerRemaining: 'Null',
      NoProviders: 'Null',
      TooManyConsumers: 'Null',
      Token: 'SpRuntimeTokenError',
      Arithmetic: 'SpArithmeticArithmeticError',
      Transactional: 'SpRuntimeTransactionalError',
      Exhausted: 'Null',
      Corruption: 'Null',
      Unavailable: 'Null',
      RootNotAllowed: 'Null',
      Trie: 'SpRuntimeProvingTrieTrieError'
    }
  },
  /**
   * Lookup142: sp_runtime::ModuleError
   **/
  SpRuntimeModuleError: {
    index: 'u8',
    error: '[u8;4]'
  },
  /**
   * Lookup143: sp_runtime::TokenError
   **/
  SpRuntimeTokenError: {
    _enum: ['FundsUnavailable', 'OnlyProvider', 'BelowMinimum', 'CannotCreate', 'UnknownAsset', 'Frozen', 'Unsupported', 'CannotCreateHold', 'NotExpendable', 'Blocked']
  },
  /**
   * Lookup144: sp_arithmetic::ArithmeticError
   **/
  SpArithmeticArithmeticError: {
    _enum: ['Underflow', 'Overflow', 'DivisionByZero']
  },
  /**
   * Lookup145: sp_runtime::TransactionalError
   **/
  SpRuntimeTransactionalError: {
    _enum: ['LimitReached', 'NoLayer']
  },
  /**
   * Lookup146: sp_runtime::proving_trie::TrieError
   **/
  SpRuntimeProvingTrieTrieError: {
    _enum: ['InvalidStateRoot', 'IncompleteDatabase', 'ValueAtIncompleteKey', 'DecoderError', 'InvalidHash', 'DuplicateKey', 'ExtraneousNode', 'ExtraneousValue', 'ExtraneousHashReference', 'InvalidChildReference', 'ValueMismatch', 'IncompleteProof', 'RootMismatch', 'DecodeError']
  },
  /**
   * Lookup147: pallet_grandpa::pallet::Event
   **/
  PalletGrandpaEvent: {
    _enum: {
      NewAuthorities: {
        authoritySet: 'Vec<(SpConsensusGrandpaAppPublic,u64)>',
      },
      Paused: 'Null',
      Resumed: 'Null'
    }
  },
  /**
   * Lookup150: pallet_balances::pallet::Event<T, I>
   **/
  PalletBalancesEvent: {
    _enum: {
      Endowed: {
        account: 'AccountId32',
        freeBalance: 'u128',
      },
      DustLost: {
        account: 'AccountId32',
        amount: 'u128',
      },
      Transfer: {
        from: 'AccountId32',
        to: 'AccountId32',
        amount: 'u128',
      },
      BalanceSet: {
        who: 'AccountId32',
        free: 'u128',
      },
      Reserved: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Unreserved: {
        who: 'AccountId32',
        amount: 'u128',
      },
      ReserveRepatriated: {
        from: 'AccountId32',
        to: 'AccountId32',
        amount: 'u128',
        destinationStatus: 'FrameSupportTokensMiscBalanceStatus',
      },
      Deposit: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Withdraw: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Slashed: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Minted: {
        who: 'AccountId32',
        amount: 'u128',
      },
      MintedCredit: {
        amount: 'u128',
      },
      Burned: {
        who: 'AccountId32',
        amount: 'u128',
      },
      BurnedDebt: {
        amount: 'u128',
      },
      Suspended: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Restored: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Upgraded: {
        who: 'AccountId32',
      },
      Issued: {
        amount: 'u128',
      },
      Rescinded: {
        amount: 'u128',
      },
      Locked: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Unlocked: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Frozen: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Thawed: {
        who: 'AccountId32',
        amount: 'u128',
      },
      TotalIssuanceForced: {
        _alias: {
          new_: 'new',
        },
        old: 'u128',
        new_: 'u128',
      },
      Held: {
        reason: 'MedledgerRuntimeRuntimeHoldReason',
        who: 'AccountId32',
        amount: 'u128',
      },
      BurnedHeld: {
        reason: 'MedledgerRuntimeRuntimeHoldReason',
        who: 'AccountId32',
        amount: 'u128',
      },
      TransferOnHold: {
        reason: 'MedledgerRuntimeRuntimeHoldReason',
        source: 'AccountId32',
        dest: 'AccountId32',
        amount: 'u128',
      },
      TransferAndHold: {
        reason: 'MedledgerRuntimeRuntimeHoldReason',
        source: 'AccountId32',
        dest: 'AccountId32',
        transferred: 'u128',
      },
      Released: {
        reason: 'MedledgerRuntimeRuntimeHoldReason',
        who: 'AccountId32',
        amount: 'u128',
      },
      Unexpected: 'PalletBalancesUnexpectedKind'
    }
  },
  /**
   * Lookup151: frame_support::traits::tokens::misc::BalanceStatus
   **/
  FrameSupportTokensMiscBalanceStatus: {
    _enum: ['Free', 'Reserved']
  },
  /**
   * Lookup152: medledger_runtime::RuntimeHoldReason
   **/
  MedledgerRuntimeRuntimeHoldReason: {
    _enum: {
      __Unused0: 'Null',
      __Unused1: 'Null',
      __Unused2: 'Null',
      __Unused3: 'Null',
      __Unused4: 'Null',
      __Unused5: 'Null',
      __Unused6: 'Null',
      __Unused7: 'Null',
      Session: 'PalletSessionHoldReason',
      __Unused9: 'Null',
      Council: 'PalletCollectiveHoldReason',
      __Unused11: 'Null',
      __Unused12: 'Null',
      __Unused13: 'Null',
      __Unused14: 'Null',
      __Unused15: 'Null',
      __Unused16: 'Null',
      __Unused17: 'Null',
      __Unused18: 'Null',
      __Unused19: 'Null',
      PatientIdentity: 'PalletPatientIdentityHoldReason',
      ConsentRegistry: 'PalletConsentRegistryHoldReason',
      RecordAnchor: 'PalletRecordAnchorHoldReason',
      Sponsorship: 'PalletSponsorshipHoldReason'
    }
  },
  /**
   * Lookup153: pallet_session::pallet::HoldReason
   **/
  PalletSessionHoldReason: {
    _enum: ['Keys']
  },
  /**
   * Lookup154: pallet_collective::pallet::HoldReason<I>
   **/
  PalletCollectiveHoldReason: {
    _enum: ['ProposalSubmission']
  },
  /**
   * Lookup155: pallet_patient_identity::pallet::HoldReason
   **/
  PalletPatientIdentityHoldReason: {
    _enum: ['PatientDeposit', 'RecoveryDeposit']
  },
  /**
   * Lookup156: pallet_consent_registry::pallet::HoldReason
   **/
  PalletConsentRegistryHoldReason: {
    _enum: ['ConsentDeposit', 'EmergencyDeposit', 'RequestDeposit']
  },
  /**
   * Lookup157: pallet_record_anchor::pallet::HoldReason
   **/
  PalletRecordAnchorHoldReason: {
    _enum: ['StorageDeposit']
  },
  /**
   * Lookup158: pallet_sponsorship::pallet::HoldReason
   **/
  PalletSponsorshipHoldReason: {
    _enum: ['SponsorshipDeposit']
  },
  /**
   * Lookup159: pallet_balances::pallet::UnexpectedKind
   **/
  PalletBalancesUnexpectedKind: {
    _enum: ['BalanceUpdated', 'FailedToMutateAccount']
  },
  /**
   * Lookup160: pallet_transaction_payment::pallet::Event<T>
   **/
  PalletTransactionPaymentEvent: {
    _enum: {
      TransactionFeePaid: {
        who: 'AccountId32',
        actualFee: 'u128',
        tip: 'u128'
      }
    }
  },
  /**
   * Lookup161: pallet_sudo::pallet::Event<T>
   **/
  PalletSudoEvent: {
    _enum: {
      Sudid: {
        sudoResult: 'Result<Null, SpRuntimeDispatchError>',
      },
      KeyChanged: {
        _alias: {
          new_: 'new',
        },
        old: 'Option<AccountId32>',
        new_: 'AccountId32',
      },
      KeyRemoved: 'Null',
      SudoAsDone: {
        sudoResult: 'Result<Null, SpRuntimeDispatchError>'
      }
    }
  },
  /**
   * Lookup163: pallet_consortium::pallet::Event<T>
   **/
  PalletConsortiumEvent: {
    _enum: {
      ValidatorAdded: {
        validator: 'AccountId32',
      },
      ValidatorRemoved: {
        validator: 'AccountId32',
      },
      UpgradeAuthorized: {
        codeHash: 'H256',
        enactableAt: 'u32',
      },
      UpgradeCancelled: {
        codeHash: 'H256',
      },
      UpgradeEnacted: {
        codeHash: 'H256'
      }
    }
  },
  /**
   * Lookup164: pallet_session::pallet::Event<T>
   **/
  PalletSessionEvent: {
    _enum: {
      NewSession: {
        sessionIndex: 'u32',
      },
      NewQueued: 'Null',
      ValidatorDisabled: {
        validator: 'AccountId32',
      },
      ValidatorReenabled: {
        validator: 'AccountId32'
      }
    }
  },
  /**
   * Lookup165: pallet_migrations::pallet::Event<T>
   **/
  PalletMigrationsEvent: {
    _enum: {
      UpgradeStarted: {
        migrations: 'u32',
      },
      UpgradeCompleted: 'Null',
      UpgradeFailed: 'Null',
      MigrationSkipped: {
        index: 'u32',
      },
      MigrationAdvanced: {
        index: 'u32',
        took: 'u32',
      },
      MigrationCompleted: {
        index: 'u32',
        took: 'u32',
      },
      MigrationFailed: {
        index: 'u32',
        took: 'u32',
      },
      HistoricCleared: {
        nextCursor: 'Option<Bytes>'
      }
    }
  },
  /**
   * Lookup166: pallet_collective::pallet::Event<T, I>
   **/
  PalletCollectiveEvent: {
    _enum: {
      Proposed: {
        account: 'AccountId32',
        proposalIndex: 'u32',
        proposalHash: 'H256',
        threshold: 'u32',
      },
      Voted: {
        account: 'AccountId32',
        proposalHash: 'H256',
        voted: 'bool',
        yes: 'u32',
        no: 'u32',
      },
      Approved: {
        proposalHash: 'H256',
      },
      Disapproved: {
        proposalHash: 'H256',
      },
      Executed: {
        proposalHash: 'H256',
        result: 'Result<Null, SpRuntimeDispatchError>',
      },
      MemberExecuted: {
        proposalHash: 'H256',
        result: 'Result<Null, SpRuntimeDispatchError>',
      },
      Closed: {
        proposalHash: 'H256',
        yes: 'u32',
        no: 'u32',
      },
      Killed: {
        proposalHash: 'H256',
      },
      ProposalCostBurned: {
        proposalHash: 'H256',
        who: 'AccountId32',
      },
      ProposalCostReleased: {
        proposalHash: 'H256',
        who: 'AccountId32'
      }
    }
  },
  /**
   * Lookup167: pallet_membership::pallet::Event<T, I>
   **/
  PalletMembershipEvent: {
    _enum: ['MemberAdded', 'MemberRemoved', 'MembersSwapped', 'MembersReset', 'KeyChanged', 'Dummy']
  },
  /**
   * Lookup168: pallet_meta_tx::pallet::Event<T>
   **/
  PalletMetaTxEvent: {
    _enum: {
      Dispatched: {
        result: 'Result<FrameSupportDispatchPostDispatchInfo, SpRuntimeDispatchErrorWithPostInfo>'
      }
    }
  },
  /**
   * Lookup170: frame_support::dispatch::PostDispatchInfo
   **/
  FrameSupportDispatchPostDispatchInfo: {
    actualWeight: 'Option<SpWeightsWeightV2Weight>',
    paysFee: 'FrameSupportDispatchPays'
  },
  /**
   * Lookup172: sp_runtime::DispatchErrorWithPostInfo<frame_support::dispatch::PostDispatchInfo>
   **/
  SpRuntimeDispatchErrorWithPostInfo: {
    postInfo: 'FrameSupportDispatchPostDispatchInfo',
    error: 'SpRuntimeDispatchError'
  },
  /**
   * Lookup173: pallet_utility::pallet::Event
   **/
  PalletUtilityEvent: {
    _enum: {
      BatchInterrupted: {
        index: 'u32',
        error: 'SpRuntimeDispatchError',
      },
      BatchCompleted: 'Null',
      BatchCompletedWithErrors: 'Null',
      ItemCompleted: 'Null',
      ItemFailed: {
        error: 'SpRuntimeDispatchError',
      },
      DispatchedAs: {
        result: 'Result<Null, SpRuntimeDispatchError>',
      },
      IfElseMainSuccess: 'Null',
      IfElseFallbackCalled: {
        mainError: 'SpRuntimeDispatchError'
      }
    }
  },
  /**
   * Lookup174: pallet_multisig::pallet::Event<T>
   **/
  PalletMultisigEvent: {
    _enum: {
      NewMultisig: {
        approving: 'AccountId32',
        multisig: 'AccountId32',
        callHash: '[u8;32]',
      },
      MultisigApproval: {
        approving: 'AccountId32',
        timepoint: 'PalletMultisigTimepoint',
        multisig: 'AccountId32',
        callHash: '[u8;32]',
      },
      MultisigExecuted: {
        approving: 'AccountId32',
        timepoint: 'PalletMultisigTimepoint',
        multisig: 'AccountId32',
        callHash: '[u8;32]',
        result: 'Result<Null, SpRuntimeDispatchError>',
      },
      MultisigCancelled: {
        cancelling: 'AccountId32',
        timepoint: 'PalletMultisigTimepoint',
        multisig: 'AccountId32',
        callHash: '[u8;32]',
      },
      DepositPoked: {
        who: 'AccountId32',
        callHash: '[u8;32]',
        oldDeposit: 'u128',
        newDeposit: 'u128'
      }
    }
  },
  /**
   * Lookup175: pallet_proxy::pallet::Event<T>
   **/
  PalletProxyEvent: {
    _enum: {
      ProxyExecuted: {
        result: 'Result<Null, SpRuntimeDispatchError>',
      },
      PureCreated: {
        pure: 'AccountId32',
        who: 'AccountId32',
        proxyType: 'MedledgerRuntimeCommonAccountsProxyType',
        disambiguationIndex: 'u16',
        at: 'u32',
        extrinsicIndex: 'u32',
      },
      PureKilled: {
        pure: 'AccountId32',
        spawner: 'AccountId32',
        proxyType: 'MedledgerRuntimeCommonAccountsProxyType',
        disambiguationIndex: 'u16',
      },
      Announced: {
        real: 'AccountId32',
        proxy: 'AccountId32',
        callHash: 'H256',
      },
      ProxyAdded: {
        delegator: 'AccountId32',
        delegatee: 'AccountId32',
        proxyType: 'MedledgerRuntimeCommonAccountsProxyType',
        delay: 'u32',
      },
      ProxyRemoved: {
        delegator: 'AccountId32',
        delegatee: 'AccountId32',
        proxyType: 'MedledgerRuntimeCommonAccountsProxyType',
        delay: 'u32',
      },
      DepositPoked: {
        who: 'AccountId32',
        kind: 'PalletProxyDepositKind',
        oldDeposit: 'u128',
        newDeposit: 'u128'
      }
    }
  },
  /**
   * Lookup176: pallet_proxy::DepositKind
   **/
  PalletProxyDepositKind: {
    _enum: ['Proxies', 'Announcements']
  },
  /**
   * Lookup177: pallet_patient_identity::pallet::Event<T>
   **/
  PalletPatientIdentityEvent: {
    _enum: {
      OrganisationAdmitted: {
        organisation: 'u32',
        kind: 'MedledgerPrimitivesIdentityOrganisationKind',
        admin: 'AccountId32',
      },
      OrganisationSuspended: {
        organisation: 'u32',
      },
      OrganisationReinstated: {
        organisation: 'u32',
      },
      OrganisationRemoved: {
        organisation: 'u32',
      },
      AdminAdded: {
        organisation: 'u32',
        admin: 'AccountId32',
      },
      AdminRemoved: {
        organisation: 'u32',
        admin: 'AccountId32',
      },
      PractitionerInvited: {
        organisation: 'u32',
        practitioner: 'AccountId32',
        role: 'MedledgerPrimitivesIdentityPractitionerRole',
      },
      InvitationWithdrawn: {
        organisation: 'u32',
        practitioner: 'AccountId32',
      },
      PractitionerRegistered: {
        organisation: 'u32',
        practitioner: 'AccountId32',
        role: 'MedledgerPrimitivesIdentityPractitionerRole',
      },
      PractitionerRemoved: {
        organisation: 'u32',
        practitioner: 'AccountId32',
      },
      PractitionerResigned: {
        organisation: 'u32',
        practitioner: 'AccountId32',
      },
      PatientRegistered: {
        patient: 'u64',
        account: 'AccountId32',
        deposit: 'u128',
      },
      EncryptionKeyRotated: {
        patient: 'u64',
        version: 'u32',
        actor: 'AccountId32',
      },
      CommitmentSet: {
        patient: 'u64',
        present: 'bool',
        actor: 'AccountId32',
      },
      DeactivationRequested: {
        patient: 'u64',
        representative: 'AccountId32',
        due: 'u32',
      },
      DeactivationCancelled: {
        patient: 'u64',
      },
      PatientDeactivated: {
        patient: 'u64',
        account: 'AccountId32',
        deposit: 'u128',
        actor: 'AccountId32',
      },
      RepresentativeAppointed: {
        patient: 'u64',
        representative: 'AccountId32',
        scope: 'MedledgerPrimitivesIdentityRepresentativeScope',
        until: 'Option<u32>',
        appointedBy: 'PalletPatientIdentityAppointedBy',
      },
      RepresentativeRemoved: {
        patient: 'u64',
        representative: 'AccountId32',
        actor: 'AccountId32',
      },
      RecoveryConfigured: {
        patient: 'u64',
        threshold: 'u32',
        delay: 'u32',
      },
      RecoveryConfigRemoved: {
        patient: 'u64',
      },
      RecoveryStarted: {
        patient: 'u64',
        newAccount: 'AccountId32',
        deposit: 'u128',
      },
      RecoveryApproved: {
        patient: 'u64',
        contact: 'AccountId32',
      },
      RecoveryApprovalWithdrawn: {
        patient: 'u64',
        contact: 'AccountId32',
      },
      RecoveryCancellationVoted: {
        patient: 'u64',
        contact: 'AccountId32',
        votes: 'u32',
      },
      RecoveryCancelled: {
        patient: 'u64',
        newAccount: 'AccountId32',
      },
      IdentityRecovered: {
        patient: 'u64',
        oldAccount: 'AccountId32',
        newAccount: 'AccountId32',
      },
      PatientDepositsRepriced: {
        deposit: 'u128',
        repriced: 'u32',
        kept: 'u32'
      }
    }
  },
  /**
   * Lookup178: pallet_patient_identity::types::AppointedBy
   **/
  PalletPatientIdentityAppointedBy: {
    _enum: {
      Patient: 'Null',
      Organisation: 'u32'
    }
  },
  /**
   * Lookup179: pallet_consent_registry::pallet::Event<T>
   **/
  PalletConsentRegistryEvent: {
    _enum: {
      ConsentRecorded: {
        patient: 'u64',
        consent: 'u64',
        kind: 'MedledgerPrimitivesConsentConsentKind',
        grantee: 'MedledgerPrimitivesConsentGrantee',
        startsAt: 'u64',
        expiresAt: 'Option<u64>',
        by: 'AccountId32',
      },
      ConsentConfirmed: {
        patient: 'u64',
        consent: 'u64',
      },
      ConsentRevoked: {
        patient: 'u64',
        consent: 'u64',
        by: 'AccountId32',
      },
      ConsentRemoved: {
        patient: 'u64',
        consent: 'u64',
        depositor: 'AccountId32',
        by: 'AccountId32',
      },
      EmergencyAccessOpened: {
        patient: 'u64',
        practitioner: 'AccountId32',
        organisation: 'u32',
        session: 'u64',
        reasonHash: '[u8;32]',
        expiresAt: 'u64',
      },
      EmergencyAccessClosed: {
        patient: 'u64',
        practitioner: 'AccountId32',
        session: 'u64',
        by: 'AccountId32',
        expired: 'bool',
        reopenAfter: 'u64',
      },
      EmergencyAccessReviewed: {
        patient: 'u64',
        practitioner: 'AccountId32',
        organisation: 'u32',
        session: 'u64',
        by: 'AccountId32',
      },
      ConsentRequested: {
        patient: 'u64',
        request: 'u64',
        requester: 'AccountId32',
        grantee: 'MedledgerPrimitivesConsentGrantee',
        expiresAt: 'u64',
      },
      ConsentRequestClosed: {
        patient: 'u64',
        request: 'u64',
        requester: 'AccountId32',
        outcome: 'MedledgerPrimitivesConsentRequestOutcome',
        consent: 'Option<u64>',
        by: 'AccountId32'
      }
    }
  },
  /**
   * Lookup180: medledger_primitives::consent::ConsentKind
   **/
  MedledgerPrimitivesConsentConsentKind: {
    _enum: ['Permit', 'Deny']
  },
  /**
   * Lookup181: medledger_primitives::consent::RequestOutcome
   **/
  MedledgerPrimitivesConsentRequestOutcome: {
    _enum: ['Accepted', 'Declined', 'Withdrawn', 'Expired']
  },
  /**
   * Lookup182: pallet_record_anchor::pallet::Event<T>
   **/
  PalletRecordAnchorEvent: {
    _enum: {
      RecordAnchored: {
        patient: 'u64',
        record: '[u8;32]',
        class: '[u8;8]',
        author: 'AccountId32',
      },
      RecordAmended: {
        patient: 'u64',
        record: '[u8;32]',
        version: 'u32',
        author: 'AccountId32',
      },
      RecordErased: {
        patient: 'u64',
        record: '[u8;32]',
        by: 'AccountId32',
      },
      MerkleRootAnchored: {
        id: 'u64',
        root: '[u8;32]',
        leaves: 'u32',
        author: 'AccountId32',
      },
      AccessLogged: {
        patient: 'u64',
        seq: 'u64',
        record: '[u8;32]',
        accessor: 'AccountId32',
        purpose: '[u8;8]',
        basis: 'MedledgerPrimitivesConsentAccessBasis',
      },
      AccessDenialLogged: {
        patient: 'u64',
        seq: 'u64',
        record: '[u8;32]',
        accessor: 'AccountId32',
        purpose: '[u8;8]',
        reason: 'MedledgerPrimitivesConsentDenyReason',
      },
      DeactivatedRecordsErased: {
        patient: 'u64',
        records: 'u32',
        done: 'bool',
      },
      AccessLogPruned: {
        patient: 'u64',
        removed: 'u32',
        oldest: 'u64',
      },
      AccessLogRootAnchored: {
        custodian: 'u32',
        seq: 'u64',
        root: '[u8;32]',
        leaves: 'u32',
        by: 'AccountId32',
      },
      AccessLogRootsPruned: {
        custodian: 'u32',
        removed: 'u32',
        oldest: 'u64',
      },
      DepositsPrepaid: {
        who: 'AccountId32',
        amount: 'u128',
        total: 'u128',
      },
      PrepaidWithdrawn: {
        who: 'AccountId32',
        amount: 'u128',
        left: 'u128'
      }
    }
  },
  /**
   * Lookup183: medledger_primitives::consent::AccessBasis
   **/
  MedledgerPrimitivesConsentAccessBasis: {
    _enum: {
      PatientOrRepresentative: 'Null',
      Consent: 'u64',
      Emergency: 'u64'
    }
  },
  /**
   * Lookup184: medledger_primitives::consent::DenyReason
   **/
  MedledgerPrimitivesConsentDenyReason: {
    _enum: {
      UnknownPatient: 'Null',
      NoConsent: 'Null',
      DeniedByConsent: 'u64'
    }
  },
  /**
   * Lookup185: pallet_sponsorship::pallet::Event<T>
   **/
  PalletSponsorshipEvent: {
    _enum: {
      SponsorSet: {
        organisation: 'u32',
        relayer: 'AccountId32',
        dailyBudget: 'u128',
      },
      PatientSponsored: {
        account: 'AccountId32',
        organisation: 'u32',
        depositor: 'AccountId32',
        deposit: 'u128',
      },
      SponsorshipEnded: {
        account: 'AccountId32',
        organisation: 'u32',
        depositor: 'AccountId32',
        endedBy: 'AccountId32',
      },
      SponsoredCallAdmitted: {
        account: 'AccountId32',
        organisation: 'u32',
        fee: 'u128',
        callsToday: 'u32'
      }
    }
  },
  /**
   * Lookup186: frame_system::Phase
   **/
  FrameSystemPhase: {
    _enum: {
      ApplyExtrinsic: 'u32',
      Finalization: 'Null',
      Initialization: 'Null'
    }
  },
  /**
   * Lookup190: frame_system::LastRuntimeUpgradeInfo
   **/
  FrameSystemLastRuntimeUpgradeInfo: {
    specVersion: 'Compact<u32>',
    specName: 'Text'
  },
  /**
   * Lookup193: frame_system::CodeUpgradeAuthorization<T>
   **/
  FrameSystemCodeUpgradeAuthorization: {
    codeHash: 'H256',
    checkVersion: 'bool'
  },
  /**
   * Lookup194: frame_system::limits::BlockWeights
   **/
  FrameSystemLimitsBlockWeights: {
    baseBlock: 'SpWeightsWeightV2Weight',
    maxBlock: 'SpWeightsWeightV2Weight',
    perClass: 'FrameSupportDispatchPerDispatchClassWeightsPerClass'
  },
  /**
   * Lookup195: frame_support::dispatch::PerDispatchClass<frame_system::limits::WeightsPerClass>
   **/
  FrameSupportDispatchPerDispatchClassWeightsPerClass: {
    normal: 'FrameSystemLimitsWeightsPerClass',
    operational: 'FrameSystemLimitsWeightsPerClass',
    mandatory: 'FrameSystemLimitsWeightsPerClass'
  },
  /**
   * Lookup196: frame_system::limits::WeightsPerClass
   **/
  FrameSystemLimitsWeightsPerClass: {
    baseExtrinsic: 'SpWeightsWeightV2Weight',
    maxExtrinsic: 'Option<SpWeightsWeightV2Weight>',
    maxTotal: 'Option<SpWeightsWeightV2Weight>',
    reserved: 'Option<SpWeightsWeightV2Weight>'
  },
  /**
   * Lookup197: frame_system::limits::BlockLength
   **/
  FrameSystemLimitsBlockLength: {
    max: 'FrameSupportDispatchPerDispatchClassU32',
    maxHeaderSize: 'Option<u32>'
  },
  /**
   * Lookup198: frame_support::dispatch::PerDispatchClass<T>
   **/
  FrameSupportDispatchPerDispatchClassU32: {
    normal: 'u32',
    operational: 'u32',
    mandatory: 'u32'
  },
  /**
   * Lookup199: sp_weights::RuntimeDbWeight
   **/
  SpWeightsRuntimeDbWeight: {
    read: 'u64',
    write: 'u64'
  },
  /**
   * Lookup200: sp_version::RuntimeVersion
   **/
  SpVersionRuntimeVersion: {
    specName: 'Text',
    implName: 'Text',
    authoringVersion: 'u32',
    specVersion: 'u32',
    implVersion: 'u32',
    apis: 'Vec<([u8;8],u32)>',
    transactionVersion: 'u32',
    systemVersion: 'u8'
  },
  /**
   * Lookup204: frame_system::pallet::Error<T>
   **/
  FrameSystemError: {
    _enum: ['InvalidSpecName', 'SpecVersionNeedsToIncrease', 'FailedToExtractRuntimeVersion', 'NonDefaultComposite', 'NonZeroRefCount', 'CallFiltered', 'MultiBlockMigrationsOngoing', 'NothingAuthorized', 'Unauthorized']
  },
  /**
   * Lookup208: pallet_grandpa::StoredState<N>
   **/
  PalletGrandpaStoredState: {
    _enum: {
      Live: 'Null',
      PendingPause: {
        scheduledAt: 'u32',
        delay: 'u32',
      },
      Paused: 'Null',
      PendingResume: {
        scheduledAt: 'u32',
        delay: 'u32'
      }
    }
  },
  /**
   * Lookup209: pallet_grandpa::StoredPendingChange<N, Limit>
   **/
  PalletGrandpaStoredPendingChange: {
    scheduledAt: 'u32',
    delay: 'u32',
    nextAuthorities: 'Vec<(SpConsensusGrandpaAppPublic,u64)>',
    forced: 'Option<u32>'
  },
  /**
   * Lookup211: pallet_grandpa::pallet::Error<T>
   **/
  PalletGrandpaError: {
    _enum: ['PauseFailed', 'ResumeFailed', 'ChangePending', 'TooSoon', 'InvalidKeyOwnershipProof', 'InvalidEquivocationProof', 'DuplicateOffenceReport']
  },
  /**
   * Lookup213: pallet_balances::types::BalanceLock<Balance>
   **/
  PalletBalancesBalanceLock: {
    id: '[u8;8]',
    amount: 'u128',
    reasons: 'PalletBalancesReasons'
  },
  /**
   * Lookup214: pallet_balances::types::Reasons
   **/
  PalletBalancesReasons: {
    _enum: ['Fee', 'Misc', 'All']
  },
  /**
   * Lookup217: pallet_balances::types::ReserveData<ReserveIdentifier, Balance>
   **/
  PalletBalancesReserveData: {
    id: '[u8;8]',
    amount: 'u128'
  },
  /**
   * Lookup220: frame_support::traits::tokens::misc::IdAmount<medledger_runtime::RuntimeHoldReason, Balance>
   **/
  FrameSupportTokensMiscIdAmountRuntimeHoldReason: {
    id: 'MedledgerRuntimeRuntimeHoldReason',
    amount: 'u128'
  },
  /**
   * Lookup223: frame_support::traits::tokens::misc::IdAmount<medledger_runtime::RuntimeFreezeReason, Balance>
   **/
  FrameSupportTokensMiscIdAmountRuntimeFreezeReason: {
    id: 'MedledgerRuntimeRuntimeFreezeReason',
    amount: 'u128'
  },
  /**
   * Lookup224: medledger_runtime::RuntimeFreezeReason
   **/
  MedledgerRuntimeRuntimeFreezeReason: 'Null',
  /**
   * Lookup226: pallet_balances::pallet::Error<T, I>
   **/
  PalletBalancesError: {
    _enum: ['VestingBalance', 'LiquidityRestrictions', 'InsufficientBalance', 'ExistentialDeposit', 'Expendability', 'ExistingVestingSchedule', 'DeadAccount', 'TooManyReserves', 'TooManyHolds', 'TooManyFreezes', 'IssuanceDeactivated', 'DeltaZero']
  },
  /**
   * Lookup228: pallet_transaction_payment::Releases
   **/
  PalletTransactionPaymentReleases: {
    _enum: ['V1Ancient', 'V2']
  },
  /**
   * Lookup229: frame_support::traits::storage::NoDrop<frame_support::traits::tokens::fungible::imbalance::Imbalance<B, OnDrop, OppositeOnDrop>>
   **/
  FrameSupportStorageNoDrop: 'FrameSupportTokensFungibleImbalance',
  /**
   * Lookup230: frame_support::traits::tokens::fungible::imbalance::Imbalance<B, OnDrop, OppositeOnDrop>
   **/
  FrameSupportTokensFungibleImbalance: {
    amount: 'u128'
  },
  /**
   * Lookup231: pallet_sudo::pallet::Error<T>
   **/
  PalletSudoError: {
    _enum: ['RequireSudo']
  },
  /**
   * Lookup233: pallet_consortium::ScheduledUpgrade<T>
   **/
  PalletConsortiumScheduledUpgrade: {
    codeHash: 'H256',
    authorizedAt: 'u32',
    enactableAt: 'u32'
  },
  /**
   * Lookup234: pallet_consortium::pallet::Error<T>
   **/
  PalletConsortiumError: {
    _enum: ['AlreadyValidator', 'NotValidator', 'TooManyValidators', 'TooFewValidators', 'NoSessionKeys', 'UpgradePending', 'NoPendingUpgrade']
  },
  /**
   * Lookup242: sp_core::crypto::KeyTypeId
   **/
  SpCoreCryptoKeyTypeId: '[u8;4]',
  /**
   * Lookup243: pallet_session::pallet::Error<T>
   **/
  PalletSessionError: {
    _enum: ['InvalidProof', 'NoAssociatedValidatorId', 'DuplicatedKey', 'NoKeys', 'NoAccount']
  },
  /**
   * Lookup244: pallet_migrations::pallet::Error<T>
   **/
  PalletMigrationsError: {
    _enum: ['Ongoing']
  },
  /**
   * Lookup247: pallet_collective::Votes<sp_core::crypto::AccountId32, BlockNumber>
   **/
  PalletCollectiveVotes: {
    index: 'u32',
    threshold: 'u32',
    ayes: 'Vec<AccountId32>',
    nays: 'Vec<AccountId32>',
    end: 'u32'
  },
  /**
   * Lookup248: pallet_collective::pallet::Error<T, I>
   **/
  PalletCollectiveError: {
    _enum: ['NotMember', 'DuplicateProposal', 'ProposalMissing', 'WrongIndex', 'DuplicateVote', 'AlreadyInitialized', 'TooEarly', 'TooManyProposals', 'WrongProposalWeight', 'WrongProposalLength', 'PrimeAccountNotMember', 'ProposalActive']
  },
  /**
   * Lookup250: pallet_membership::pallet::Error<T, I>
   **/
  PalletMembershipError: {
    _enum: ['AlreadyMember', 'NotMember', 'TooManyMembers']
  },
  /**
   * Lookup251: pallet_meta_tx::pallet::Error<T>
   **/
  PalletMetaTxError: {
    _enum: ['BadProof', 'Future', 'Stale', 'AncientBirthBlock', 'UnknownOrigin', 'Invalid', 'InvalidLength']
  },
  /**
   * Lookup252: pallet_utility::pallet::Error<T>
   **/
  PalletUtilityError: {
    _enum: ['TooManyCalls']
  },
  /**
   * Lookup254: pallet_multisig::Multisig<BlockNumber, Balance, sp_core::crypto::AccountId32, MaxApprovals>
   **/
  PalletMultisigMultisig: {
    when: 'PalletMultisigTimepoint',
    deposit: 'u128',
    depositor: 'AccountId32',
    approvals: 'Vec<AccountId32>'
  },
  /**
   * Lookup256: pallet_multisig::pallet::Error<T>
   **/
  PalletMultisigError: {
    _enum: ['MinimumThreshold', 'AlreadyApproved', 'NoApprovalsNeeded', 'TooFewSignatories', 'TooManySignatories', 'SignatoriesOutOfOrder', 'SenderInSignatories', 'NotFound', 'NotOwner', 'NoTimepoint', 'WrongTimepoint', 'UnexpectedTimepoint', 'MaxWeightTooLow', 'AlreadyStored']
  },
  /**
   * Lookup259: pallet_proxy::ProxyDefinition<sp_core::crypto::AccountId32, medledger_runtime_common::accounts::ProxyType, BlockNumber>
   **/
  PalletProxyProxyDefinition: {
    delegate: 'AccountId32',
    proxyType: 'MedledgerRuntimeCommonAccountsProxyType',
    delay: 'u32'
  },
  /**
   * Lookup263: pallet_proxy::Announcement<sp_core::crypto::AccountId32, primitive_types::H256, BlockNumber>
   **/
  PalletProxyAnnouncement: {
    real: 'AccountId32',
    callHash: 'H256',
    height: 'u32'
  },
  /**
   * Lookup265: pallet_proxy::pallet::Error<T>
   **/
  PalletProxyError: {
    _enum: ['TooMany', 'NotFound', 'NotProxy', 'Unproxyable', 'Duplicate', 'NoPermission', 'Unannounced', 'NoSelfProxy']
  },
  /**
   * Lookup266: pallet_patient_identity::types::Organisation<T>
   **/
  PalletPatientIdentityOrganisation: {
    name: 'Bytes',
    kind: 'MedledgerPrimitivesIdentityOrganisationKind',
    jurisdiction: 'Bytes',
    licenceHash: 'H256',
    status: 'MedledgerPrimitivesIdentityOrganisationStatus',
    admins: 'Vec<AccountId32>',
    practitioners: 'u32',
    invitations: 'u32'
  },
  /**
   * Lookup267: medledger_primitives::identity::OrganisationStatus
   **/
  MedledgerPrimitivesIdentityOrganisationStatus: {
    _enum: ['Active', 'Suspended']
  },
  /**
   * Lookup269: pallet_patient_identity::types::Practitioner
   **/
  PalletPatientIdentityPractitioner: {
    organisation: 'u32',
    role: 'MedledgerPrimitivesIdentityPractitionerRole'
  },
  /**
   * Lookup270: pallet_patient_identity::types::Patient<T>
   **/
  PalletPatientIdentityPatient: {
    account: 'AccountId32',
    encryptionKey: 'MedledgerPrimitivesIdentityEncryptionKey',
    commitment: 'Option<H256>',
    representatives: 'u32',
    deposit: 'u128',
    registeredAt: 'u32'
  },
  /**
   * Lookup271: medledger_primitives::identity::EncryptionKey
   **/
  MedledgerPrimitivesIdentityEncryptionKey: {
    key: '[u8;32]',
    version: 'u32'
  },
  /**
   * Lookup273: pallet_patient_identity::types::Representative<T>
   **/
  PalletPatientIdentityRepresentative: {
    scope: 'MedledgerPrimitivesIdentityRepresentativeScope',
    until: 'Option<u32>',
    appointedBy: 'PalletPatientIdentityAppointedBy',
    documentHash: 'Option<H256>'
  },
  /**
   * Lookup274: pallet_patient_identity::types::RecoveryConfig<T>
   **/
  PalletPatientIdentityRecoveryConfig: {
    contacts: 'Vec<AccountId32>',
    threshold: 'u32',
    delay: 'u32'
  },
  /**
   * Lookup275: pallet_patient_identity::types::ActiveRecovery<T>
   **/
  PalletPatientIdentityActiveRecovery: {
    newAccount: 'AccountId32',
    startedAt: 'u32',
    deposit: 'u128',
    approvals: 'Vec<(AccountId32,u32)>',
    cancellations: 'Vec<AccountId32>'
  },
  /**
   * Lookup278: pallet_patient_identity::pallet::Error<T>
   **/
  PalletPatientIdentityError: {
    _enum: ['InvalidName', 'InvalidJurisdiction', 'OrganisationNotFound', 'OrganisationNotActive', 'OrganisationNotSuspended', 'NotOrganisationAuthority', 'AlreadyAdmin', 'NotAdmin', 'LastAdmin', 'TooManyAdmins', 'AlreadyPractitioner', 'PractitionerNotFound', 'TooManyPractitioners', 'AlreadyPatient', 'PatientNotFound', 'LowOrderKey', 'KeyUnchanged', 'InsufficientBalance', 'NotPatientOrRepresentative', 'NotPatient', 'SelfAppointment', 'TooManyRepresentatives', 'RepresentativeNotFound', 'EmptyScope', 'EndInPast', 'DocumentRequired', 'MayNotRemoveRepresentative', 'InvitationNotFound', 'AlreadyInvited', 'NotPractitionerOfOrganisation', 'InvalidContacts', 'InvalidThreshold', 'DelayTooShort', 'RecoveryNotConfigured', 'RecoveryInProgress', 'NoRecovery', 'ContactCannotRecover', 'NotRecoveryContact', 'AlreadyVoted', 'NoApproval', 'NotEnoughApprovals', 'RecoveryDelayNotOver', 'NotRecoveryStarter', 'DeactivationPending', 'NoPendingDeactivation', 'DeactivationNotDue', 'Overflow']
  },
  /**
   * Lookup280: pallet_consent_registry::types::Consent<T>
   **/
  PalletConsentRegistryConsent: {
    kind: 'MedledgerPrimitivesConsentConsentKind',
    grantee: 'MedledgerPrimitivesConsentGrantee',
    classes: {
      _enum: {
        Only: 'Vec<[u8;8]>',
        All: 'Null'
      }
    },
    actions: 'Vec<MedledgerPrimitivesConsentConsentAction>',
    purposes: 'Vec<[u8;8]>',
    startsAt: 'u64',
    expiresAt: 'Option<u64>',
    records: 'Vec<[u8;32]>',
    organisation: 'Option<u32>',
    grantedBy: 'AccountId32',
    confirmed: 'bool',
    grantedAt: 'u64',
    revokedAt: 'Option<u64>',
    depositor: 'AccountId32',
    deposit: 'u128'
  },
  /**
   * Lookup285: pallet_consent_registry::types::EmergencySession<T>
   **/
  PalletConsentRegistryEmergencySession: {
    patient: 'u64',
    practitioner: 'AccountId32',
    organisation: 'u32',
    reasonHash: '[u8;32]',
    openedAt: 'u64',
    expiresAt: 'u64',
    closedBy: 'Option<AccountId32>',
    deposit: 'u128'
  },
  /**
   * Lookup286: pallet_consent_registry::types::EmergencyAccess<T>
   **/
  PalletConsentRegistryEmergencyAccess: {
    session: 'u64',
    organisation: 'u32',
    expiresAt: 'u64',
    reopenAfter: 'u64'
  },
  /**
   * Lookup287: pallet_consent_registry::types::EmergencyUsage<T>
   **/
  PalletConsentRegistryEmergencyUsage: {
    open: 'u32',
    day: 'u64',
    openedThatDay: 'u32',
    opened: 'u32'
  },
  /**
   * Lookup288: pallet_consent_registry::types::EmergencyTally
   **/
  PalletConsentRegistryEmergencyTally: {
    opened: 'u32',
    unreviewed: 'u32'
  },
  /**
   * Lookup289: pallet_consent_registry::types::ConsentRequest<T>
   **/
  PalletConsentRegistryConsentRequest: {
    requester: 'AccountId32',
    grantee: 'MedledgerPrimitivesConsentGrantee',
    sealedTerms: 'Bytes',
    keyVersion: 'u32',
    requestedAt: 'u64',
    expiresAt: 'u64',
    deposit: 'u128'
  },
  /**
   * Lookup290: pallet_consent_registry::pallet::Error<T>
   **/
  PalletConsentRegistryError: {
    _enum: ['PatientNotFound', 'MayNotCloseSession', 'NotPatientOrRepresentative', 'NotPatient', 'AlreadyConfirmed', 'GranteeNotFound', 'SelfGrant', 'EmptyClasses', 'PermitOfAllClasses', 'ReservedTag', 'EmptyActions', 'EmptyPurposes', 'InvalidPeriod', 'TooManyConsents', 'TooManyGrantConsents', 'ConsentNotFound', 'AlreadyRevoked', 'ConsentInForce', 'NotPractitioner', 'NotProvider', 'NotClinical', 'SessionAlreadyOpen', 'SessionNotFound', 'SessionClosed', 'DeniedByPatient', 'ReasonMissing', 'ReopenTooSoon', 'TooManyOpenSessions', 'TooManyOpeningsToday', 'NotOrganisationAdmin', 'InsufficientBalance', 'MayNotRequest', 'TermsMissing', 'InvalidRequestPeriod', 'RequestAlreadyOpen', 'TooManyRequests', 'RequestNotFound', 'RequestExpired', 'MayNotCloseRequest', 'Overflow']
  },
  /**
   * Lookup293: pallet_record_anchor::types::Record<T>
   **/
  PalletRecordAnchorRecord: {
    class: '[u8;8]',
    emergencyCommitment: '[u8;32]',
    author: 'AccountId32',
    authorOrganisation: 'Option<u32>',
    custodian: 'u32',
    createdAt: 'u64',
    currentVersion: 'u32',
    erasedAt: 'Option<u64>',
    current: 'PalletRecordAnchorVersion'
  },
  /**
   * Lookup294: pallet_record_anchor::types::Version<T>
   **/
  PalletRecordAnchorVersion: {
    contentHash: '[u8;32]',
    algorithm: 'MedledgerPrimitivesRecordHashAlgorithm',
    location: 'Bytes',
    keyManifest: 'Option<[u8;32]>',
    author: 'AccountId32',
    anchoredAt: 'u64',
    depositor: 'AccountId32',
    deposit: 'u128'
  },
  /**
   * Lookup296: pallet_record_anchor::types::AnchoredMerkleRoot<T>
   **/
  PalletRecordAnchorAnchoredMerkleRoot: {
    root: '[u8;32]',
    leaves: 'u32',
    author: 'AccountId32',
    organisation: 'u32',
    anchoredAt: 'u64',
    deposit: 'u128'
  },
  /**
   * Lookup297: pallet_record_anchor::types::LogEntry<T>
   **/
  PalletRecordAnchorLogEntry: {
    record: '[u8;32]',
    accessor: 'AccountId32',
    loggedBy: 'AccountId32',
    purpose: '[u8;8]',
    outcome: 'MedledgerPrimitivesRecordAccessOutcome',
    at: 'u64',
    deposit: 'u128'
  },
  /**
   * Lookup298: medledger_primitives::record::AccessOutcome
   **/
  MedledgerPrimitivesRecordAccessOutcome: {
    _enum: {
      Permitted: 'MedledgerPrimitivesConsentAccessBasis',
      Denied: 'MedledgerPrimitivesConsentDenyReason'
    }
  },
  /**
   * Lookup300: pallet_record_anchor::types::LogBounds
   **/
  PalletRecordAnchorLogBounds: {
    oldest: 'u64',
    next: 'u64'
  },
  /**
   * Lookup302: pallet_record_anchor::types::AccessLogRoot<T>
   **/
  PalletRecordAnchorAccessLogRoot: {
    root: '[u8;32]',
    leaves: 'u32',
    loggedBy: 'AccountId32',
    at: 'u64',
    deposit: 'u128'
  },
  /**
   * Lookup303: pallet_record_anchor::pallet::Error<T>
   **/
  PalletRecordAnchorError: {
    _enum: ['PatientNotFound', 'WriteNotPermitted', 'MayNotErase', 'NotCustodian', 'CustodianNotActive', 'AlreadyExists', 'RecordNotFound', 'Erased', 'TooManyVersions', 'InvalidLocation', 'EmergencyKeyMismatch', 'InvalidHash', 'EmptyBatch', 'NoLeaves', 'NotPractitioner', 'ReadNotPermitted', 'ReadNotDenied', 'NothingToPrune', 'InsufficientBalance', 'Overflow', 'ZeroAmount', 'InsufficientPrepaid']
  },
  /**
   * Lookup304: pallet_sponsorship::types::Sponsor<T>
   **/
  PalletSponsorshipSponsor: {
    relayer: 'AccountId32',
    dailyBudget: 'u128',
    spent: 'u128',
    day: 'u32'
  },
  /**
   * Lookup305: pallet_sponsorship::types::Sponsorship<T>
   **/
  PalletSponsorshipSponsorship: {
    organisation: 'u32',
    depositor: 'AccountId32',
    deposit: 'u128',
    calls: 'u32',
    day: 'u32'
  },
  /**
   * Lookup307: pallet_sponsorship::pallet::Error<T>
   **/
  PalletSponsorshipError: {
    _enum: ['NotOrganisationAdmin', 'NotSponsor', 'NotRelayer', 'OrganisationNotActive', 'AlreadySponsored', 'NotSponsored', 'MayNotEndSponsorship', 'InsufficientBalance']
  },
  /**
   * Lookup309: medledger_primitives::timeline::TimelineEntry<Moment>
   **/
  MedledgerPrimitivesTimelineTimelineEntry: {
    at: 'u64',
    block: 'u32',
    event: 'MedledgerPrimitivesTimelineTimelineEvent'
  },
  /**
   * Lookup310: medledger_primitives::timeline::TimelineEvent
   **/
  MedledgerPrimitivesTimelineTimelineEvent: {
    _enum: {
      RecordAnchored: {
        record: '[u8;32]',
      },
      RecordAmended: {
        record: '[u8;32]',
        version: 'u32',
      },
      RecordErased: {
        record: '[u8;32]',
      },
      ConsentRecorded: {
        consent: 'u64',
        kind: 'MedledgerPrimitivesConsentConsentKind',
      },
      ConsentConfirmed: {
        consent: 'u64',
      },
      ConsentRevoked: {
        consent: 'u64',
      },
      ConsentRemoved: {
        consent: 'u64',
      },
      ConsentRequested: {
        request: 'u64',
      },
      ConsentRequestClosed: {
        request: 'u64',
        outcome: 'MedledgerPrimitivesConsentRequestOutcome',
        consent: 'Option<u64>',
      },
      EmergencyAccessOpened: {
        session: 'u64',
      },
      EmergencyAccessClosed: {
        session: 'u64',
      },
      EmergencyAccessReviewed: {
        session: 'u64',
      },
      AccessLogged: {
        first: 'u64',
        last: 'u64',
      },
      RecordsAnchored: {
        first: '[u8;32]',
        count: 'u32'
      }
    }
  },
  /**
   * Lookup312: medledger_runtime::Runtime
   **/
  MedledgerRuntimeRuntime: 'Null',
  /**
   * Lookup313: sp_runtime::generic::block::LazyBlock<sp_runtime::generic::header::Header<Number, Hash>, sp_runtime::generic::unchecked_extrinsic::UncheckedExtrinsic<sp_runtime::multiaddress::MultiAddress<sp_core::crypto::AccountId32, AccountIndex>, medledger_runtime::RuntimeCall, sp_runtime::MultiSignature, Extra>>
   **/
  SpRuntimeBlockLazyBlock: {
    header: 'SpRuntimeHeader',
    extrinsics: 'Vec<Bytes>'
  },
  /**
   * Lookup314: sp_runtime::generic::header::Header<Number, Hash>
   **/
  SpRuntimeHeader: {
    parentHash: 'H256',
    number: 'Compact<u32>',
    stateRoot: 'H256',
    extrinsicsRoot: 'H256',
    digest: 'SpRuntimeDigest'
  },
  /**
   * Lookup318: sp_runtime::ExtrinsicInclusionMode
   **/
  SpRuntimeExtrinsicInclusionMode: {
    _enum: ['AllExtrinsics', 'OnlyInherents']
  },
  /**
   * Lookup322: frame_support::view_functions::ViewFunctionId
   **/
  FrameSupportViewFunctionsViewFunctionId: {
    prefix: '[u8;16]',
    suffix: '[u8;16]'
  },
  /**
   * Lookup325: frame_support::view_functions::ViewFunctionDispatchError
   **/
  FrameSupportViewFunctionsViewFunctionDispatchError: {
    _enum: {
      NotImplemented: 'Null',
      NotFound: 'FrameSupportViewFunctionsViewFunctionId',
      Codec: 'Null'
    }
  },
  /**
   * Lookup327: sp_runtime::transaction_validity::TransactionValidityError
   **/
  SpRuntimeTransactionValidityTransactionValidityError: {
    _enum: {
      Invalid: 'SpRuntimeTransactionValidityInvalidTransaction',
      Unknown: 'SpRuntimeTransactionValidityUnknownTransaction'
    }
  },
  /**
   * Lookup328: sp_runtime::transaction_validity::InvalidTransaction
   **/
  SpRuntimeTransactionValidityInvalidTransaction: {
    _enum: {
      Call: 'Null',
      Payment: 'Null',
      Future: 'Null',
      Stale: 'Null',
      BadProof: 'Null',
      AncientBirthBlock: 'Null',
      ExhaustsResources: 'Null',
      Custom: 'u8',
      BadMandatory: 'Null',
      MandatoryValidation: 'Null',
      BadSigner: 'Null',
      IndeterminateImplicit: 'Null',
      UnknownOrigin: 'Null'
    }
  },
  /**
   * Lookup329: sp_runtime::transaction_validity::UnknownTransaction
   **/
  SpRuntimeTransactionValidityUnknownTransaction: {
    _enum: {
      CannotLookup: 'Null',
      NoUnsignedValidator: 'Null',
      Custom: 'u8'
    }
  },
  /**
   * Lookup330: sp_inherents::InherentData
   **/
  SpInherentsInherentData: {
    data: 'BTreeMap<[u8;8], Bytes>'
  },
  /**
   * Lookup335: sp_inherents::CheckInherentsResult
   **/
  SpInherentsCheckInherentsResult: {
    okay: 'bool',
    fatalError: 'bool',
    errors: 'SpInherentsInherentData'
  },
  /**
   * Lookup336: sp_runtime::transaction_validity::TransactionSource
   **/
  SpRuntimeTransactionValidityTransactionSource: {
    _enum: ['InBlock', 'Local', 'External']
  },
  /**
   * Lookup338: sp_runtime::transaction_validity::ValidTransaction
   **/
  SpRuntimeTransactionValidityValidTransaction: {
    priority: 'u64',
    requires: 'Vec<Bytes>',
    provides: 'Vec<Bytes>',
    longevity: 'u64',
    propagate: 'bool'
  },
  /**
   * Lookup340: sp_session::runtime_api::OpaqueGeneratedSessionKeys
   **/
  SpSessionRuntimeApiOpaqueGeneratedSessionKeys: {
    _alias: {
      keys_: 'keys'
    },
    keys_: 'Bytes',
    proof: 'Bytes'
  },
  /**
   * Lookup344: pallet_transaction_payment::types::RuntimeDispatchInfo<Balance, sp_weights::weight_v2::Weight>
   **/
  PalletTransactionPaymentRuntimeDispatchInfo: {
    weight: 'SpWeightsWeightV2Weight',
    class: 'FrameSupportDispatchDispatchClass',
    partialFee: 'u128'
  },
  /**
   * Lookup345: pallet_transaction_payment::types::FeeDetails<Balance>
   **/
  PalletTransactionPaymentFeeDetails: {
    inclusionFee: 'Option<PalletTransactionPaymentInclusionFee>',
    tip: 'u128'
  },
  /**
   * Lookup347: pallet_transaction_payment::types::InclusionFee<Balance>
   **/
  PalletTransactionPaymentInclusionFee: {
    baseFee: 'u128',
    lenFee: 'u128',
    adjustedWeightFee: 'u128'
  },
  /**
   * Lookup348: medledger_primitives::runtime_api::AccountStanding
   **/
  MedledgerPrimitivesRuntimeApiAccountStanding: {
    patient: 'Option<u64>',
    practitioner: 'Option<MedledgerPrimitivesIdentityPractitionerStanding>',
    adminOf: 'Option<u32>'
  },
  /**
   * Lookup350: medledger_primitives::identity::PractitionerStanding
   **/
  MedledgerPrimitivesIdentityPractitionerStanding: {
    organisation: 'u32',
    kind: 'MedledgerPrimitivesIdentityOrganisationKind',
    role: 'MedledgerPrimitivesIdentityPractitionerRole'
  },
  /**
   * Lookup352: medledger_primitives::runtime_api::OrganisationInfo<sp_core::crypto::AccountId32>
   **/
  MedledgerPrimitivesRuntimeApiOrganisationInfo: {
    name: 'Bytes',
    kind: 'MedledgerPrimitivesIdentityOrganisationKind',
    jurisdiction: 'Bytes',
    licenceHash: '[u8;32]',
    status: 'MedledgerPrimitivesIdentityOrganisationStatus',
    admins: 'Vec<AccountId32>',
    practitioners: 'u32'
  },
  /**
   * Lookup354: medledger_primitives::runtime_api::PatientInfo<sp_core::crypto::AccountId32>
   **/
  MedledgerPrimitivesRuntimeApiPatientInfo: {
    account: 'AccountId32',
    encryptionKey: 'MedledgerPrimitivesIdentityEncryptionKey',
    hasCommitment: 'bool',
    representatives: 'Vec<AccountId32>',
    recoveryContacts: 'Vec<AccountId32>',
    recoveryThreshold: 'u32'
  },
  /**
   * Lookup356: medledger_primitives::consent::AccessDecision<Moment>
   **/
  MedledgerPrimitivesConsentAccessDecision: {
    _enum: {
      Permit: {
        basis: 'MedledgerPrimitivesConsentAccessBasis',
        expiresAt: 'Option<u64>',
      },
      Deny: {
        reason: 'MedledgerPrimitivesConsentDenyReason'
      }
    }
  },
  /**
   * Lookup357: medledger_primitives::runtime_api::ConsentPage<sp_core::crypto::AccountId32, Moment>
   **/
  MedledgerPrimitivesRuntimeApiConsentPage: {
    consents: 'Vec<MedledgerPrimitivesRuntimeApiConsentInfo>',
    next: 'Option<u64>'
  },
  /**
   * Lookup359: medledger_primitives::runtime_api::ConsentInfo<sp_core::crypto::AccountId32, Moment>
   **/
  MedledgerPrimitivesRuntimeApiConsentInfo: {
    id: 'u64',
    kind: 'MedledgerPrimitivesConsentConsentKind',
    grantee: 'MedledgerPrimitivesConsentGrantee',
    classes: 'MedledgerPrimitivesConsentClassScope',
    actions: 'Vec<MedledgerPrimitivesConsentConsentAction>',
    purposes: 'Vec<[u8;8]>',
    startsAt: 'u64',
    expiresAt: 'Option<u64>',
    records: 'Vec<[u8;32]>',
    grantedBy: 'AccountId32',
    confirmed: 'bool',
    organisation: 'Option<u32>',
    grantedAt: 'u64',
    revokedAt: 'Option<u64>',
    inForce: 'bool'
  },
  /**
   * Lookup360: medledger_primitives::consent::ClassScope<Classes>
   **/
  MedledgerPrimitivesConsentClassScope: {
    _enum: {
      Only: 'Vec<[u8;8]>',
      All: 'Null'
    }
  },
  /**
   * Lookup362: medledger_primitives::runtime_api::ConsentRequestInfo<sp_core::crypto::AccountId32, Moment>
   **/
  MedledgerPrimitivesRuntimeApiConsentRequestInfo: {
    id: 'u64',
    requester: 'AccountId32',
    grantee: 'MedledgerPrimitivesConsentGrantee',
    sealedTerms: 'Bytes',
    keyVersion: 'u32',
    requestedAt: 'u64',
    expiresAt: 'u64'
  },
  /**
   * Lookup363: medledger_primitives::record::Verification<sp_core::crypto::AccountId32, Moment>
   **/
  MedledgerPrimitivesRecordVerification: {
    _enum: {
      Valid: {
        version: 'u32',
        current: 'bool',
        author: 'AccountId32',
        anchoredAt: 'u64',
      },
      Mismatch: 'Null',
      Erased: {
        erasedAt: 'u64',
      },
      Unknown: 'Null'
    }
  },
  /**
   * Lookup365: medledger_primitives::record::RecordInfo<sp_core::crypto::AccountId32, Moment>
   **/
  MedledgerPrimitivesRecordRecordInfo: {
    id: '[u8;32]',
    patient: 'u64',
    class: '[u8;8]',
    emergencyCommitment: '[u8;32]',
    author: 'AccountId32',
    custodian: 'u32',
    createdAt: 'u64',
    currentVersion: 'u32',
    contentHash: '[u8;32]',
    algorithm: 'MedledgerPrimitivesRecordHashAlgorithm',
    location: 'Bytes',
    keyManifest: 'Option<[u8;32]>',
    erasedAt: 'Option<u64>'
  },
  /**
   * Lookup366: medledger_primitives::record::RecordPage<sp_core::crypto::AccountId32, Moment>
   **/
  MedledgerPrimitivesRecordRecordPage: {
    records: 'Vec<MedledgerPrimitivesRecordRecordInfo>',
    next: 'Option<[u8;32]>'
  },
  /**
   * Lookup368: medledger_primitives::record::AccessLogPage<sp_core::crypto::AccountId32, Moment>
   **/
  MedledgerPrimitivesRecordAccessLogPage: {
    items: 'Vec<MedledgerPrimitivesRecordAccessLogEntry>',
    next: 'Option<u64>'
  },
  /**
   * Lookup370: medledger_primitives::record::AccessLogEntry<sp_core::crypto::AccountId32, Moment>
   **/
  MedledgerPrimitivesRecordAccessLogEntry: {
    seq: 'u64',
    record: '[u8;32]',
    accessor: 'AccountId32',
    loggedBy: 'AccountId32',
    purpose: '[u8;8]',
    outcome: 'MedledgerPrimitivesRecordAccessOutcome',
    at: 'u64'
  },
  /**
   * Lookup371: medledger_primitives::record::AccessLogLeaf<sp_core::crypto::AccountId32, Moment>
   **/
  MedledgerPrimitivesRecordAccessLogLeaf: {
    patient: 'u64',
    record: '[u8;32]',
    accessor: 'AccountId32',
    purpose: '[u8;8]',
    outcome: 'MedledgerPrimitivesRecordAccessOutcome',
    at: 'u64',
    decidedAt: '[u8;32]'
  },
  /**
   * Lookup372: medledger_primitives::timeline::TimelinePage<Moment>
   **/
  MedledgerPrimitivesTimelineTimelinePage: {
    first: 'u64',
    items: 'Vec<MedledgerPrimitivesTimelineTimelineEntry>',
    next: 'Option<u64>',
    oldest: 'u64'
  },
  /**
   * Lookup379: medledger_runtime::RuntimeError
   **/
  MedledgerRuntimeRuntimeError: {
    _enum: {
      System: 'FrameSystemError',
      __Unused1: 'Null',
      __Unused2: 'Null',
      Grandpa: 'PalletGrandpaError',
      Balances: 'PalletBalancesError',
      __Unused5: 'Null',
      Sudo: 'PalletSudoError',
      Consortium: 'PalletConsortiumError',
      Session: 'PalletSessionError',
      MultiBlockMigrations: 'PalletMigrationsError',
      Council: 'PalletCollectiveError',
      CouncilMembership: 'PalletMembershipError',
      MetaTx: 'PalletMetaTxError',
      __Unused13: 'Null',
      Utility: 'PalletUtilityError',
      Multisig: 'PalletMultisigError',
      Proxy: 'PalletProxyError',
      __Unused17: 'Null',
      __Unused18: 'Null',
      __Unused19: 'Null',
      PatientIdentity: 'PalletPatientIdentityError',
      ConsentRegistry: 'PalletConsentRegistryError',
      RecordAnchor: 'PalletRecordAnchorError',
      Sponsorship: 'PalletSponsorshipError'
    }
  }
};
