//! The macros that write what both runtimes share into each of them. They expand in the calling
//! runtime crate and resolve names there, as `construct_runtime` does.

/// Declares the runtime (`#[frame_support::runtime]`) with the pallets both runtimes have, at
/// the same indices, and the caller's consensus pallets in between:
///
/// | index | pallet | |
/// |---|---|---|
/// | 0 | `System` | |
/// | 1 | `Timestamp` | |
/// | 4, 5 | `Balances`, `TransactionPayment` | |
/// | 6 | `Sudo` | a key only in the development presets |
/// | 7 | `Consortium` | before `Session`: its genesis set is what the first session installs |
/// | 8 | `Session` | its keys are the runtime's (`crate::opaque::SessionKeys`) |
/// | 9 | `MultiBlockMigrations` | `pallet-migrations`: migrations that take many blocks |
/// | 10, 11 | `Council`, `CouncilMembership` | |
/// | 12, 13 | `MetaTx`, `VerifySignature` | meta transactions: a patient signs, a relayer pays |
/// | 14, 15, 16 | `Utility`, `Multisig`, `Proxy` | accounts in cold storage ([`crate::accounts`]) |
/// | 20 | `PatientIdentity` | |
/// | 21 | `ConsentRegistry` | |
/// | 22 | `RecordAnchor` | |
/// | 23 | `Sponsorship` | who relays and pays for which patient |
/// | 24 | `Timeline` | each patient's timeline |
///
/// `before_timestamp` comes right after `System` (a parachain's `ParachainSystem`, whose inherent
/// comes first), `consensus` after `Timestamp` (Aura and GRANDPA, or Aura and its cumulus
/// extension), `more` after the MedLedger pallets. The caller's crate root must have
/// `polkadot_sdk::*` and the pallet crates in scope.
#[macro_export]
macro_rules! construct_medledger_runtime {
	(
		before_timestamp { $($before_timestamp:tt)* }
		consensus { $($consensus:tt)* }
		more { $($more:tt)* }
	) => {
		#[frame_support::runtime]
		mod runtime {
			#[runtime::runtime]
			#[runtime::derive(
				RuntimeCall,
				RuntimeEvent,
				RuntimeError,
				RuntimeOrigin,
				RuntimeFreezeReason,
				RuntimeHoldReason,
				RuntimeSlashReason,
				RuntimeLockId,
				RuntimeTask,
				RuntimeViewFunction
			)]
			pub struct Runtime;

			#[runtime::pallet_index(0)]
			pub type System = frame_system;

			$($before_timestamp)*

			#[runtime::pallet_index(1)]
			pub type Timestamp = pallet_timestamp;

			$($consensus)*

			#[runtime::pallet_index(4)]
			pub type Balances = pallet_balances;

			#[runtime::pallet_index(5)]
			pub type TransactionPayment = pallet_transaction_payment;

			#[runtime::pallet_index(6)]
			pub type Sudo = pallet_sudo;

			#[runtime::pallet_index(7)]
			pub type Consortium = pallet_consortium;

			#[runtime::pallet_index(8)]
			pub type Session = pallet_session;

			#[runtime::pallet_index(9)]
			pub type MultiBlockMigrations = pallet_migrations;

			#[runtime::pallet_index(10)]
			pub type Council = pallet_collective<Instance1>;

			#[runtime::pallet_index(11)]
			pub type CouncilMembership = pallet_membership<Instance1>;

			#[runtime::pallet_index(12)]
			pub type MetaTx = pallet_meta_tx;

			#[runtime::pallet_index(13)]
			pub type VerifySignature = pallet_verify_signature;

			#[runtime::pallet_index(14)]
			pub type Utility = pallet_utility;

			#[runtime::pallet_index(15)]
			pub type Multisig = pallet_multisig;

			#[runtime::pallet_index(16)]
			pub type Proxy = pallet_proxy;

			// MedLedger's own pallets start at 20.
			#[runtime::pallet_index(20)]
			pub type PatientIdentity = pallet_patient_identity;

			#[runtime::pallet_index(21)]
			pub type ConsentRegistry = pallet_consent_registry;

			#[runtime::pallet_index(22)]
			pub type RecordAnchor = pallet_record_anchor;

			#[runtime::pallet_index(23)]
			pub type Sponsorship = pallet_sponsorship;

			#[runtime::pallet_index(24)]
			pub type Timeline = pallet_timeline;

			$($more)*
		}
	};
}

/// Configures the pallets both runtimes share, in a module `medledger` of the calling module:
/// balances, transaction payment, sudo, the consortium, the council (collective and membership),
/// utility, multisig and proxy with the [`crate::accounts::ProxyType`] filters, and the MedLedger
/// pallets, with the parameters of [`crate::parameters`] and the council's
/// origins of [`crate::governance`].
///
/// The calling module must have in scope `polkadot_sdk::*` and the runtime's items: `Runtime`,
/// `RuntimeCall`, `RuntimeEvent`, `RuntimeOrigin`, `RuntimeHoldReason`, `RuntimeFreezeReason`,
/// `Balances`, `System`, `Timestamp`, `Council`, `PatientIdentity`, `ConsentRegistry`,
/// `Sponsorship`, `RuntimeBlockWeights`; the crate must have `opaque::SessionKeys` (the session
/// keys), and the features `upgrade-fixture` and `runtime-benchmarks`. It also declares the
/// multi-block migrations (`SteppedMigrationList`) and configures `pallet-migrations` to run them:
/// the runtime's `frame_system::Config::MultiBlockMigrator` must be `MultiBlockMigrations`.
// `crate::` is the calling runtime's crate on purpose: its session keys.
#[allow(clippy::crate_in_macro_def)]
#[macro_export]
macro_rules! impl_medledger_configs {
	() => {
		/// The configuration both runtimes share
		/// (`medledger_runtime_common::impl_medledger_configs`).
		mod medledger {
			use super::*;
			use frame_support::traits::{ConstU128, ConstU32, ConstU64, ConstU8, VariantCountOf};
			use pallet_transaction_payment::{ConstFeeMultiplier, FungibleAdapter, Multiplier};
			use sp_runtime::traits::One;
			use $crate::{
				accounts::ProxyType, currency::EXISTENTIAL_DEPOSIT, governance, parameters as p,
				weights, AccountId, Balance, MAX_AUTHORITIES,
			};

			impl pallet_balances::Config for Runtime {
				type MaxLocks = ConstU32<50>;
				type MaxReserves = ();
				type ReserveIdentifier = [u8; 8];
				type Balance = Balance;
				type RuntimeEvent = RuntimeEvent;
				type DustRemoval = ();
				type ExistentialDeposit = ConstU128<EXISTENTIAL_DEPOSIT>;
				type AccountStore = System;
				type WeightInfo = weights::pallet_balances::WeightInfo<Runtime>;
				type FreezeIdentifier = RuntimeFreezeReason;
				type MaxFreezes = VariantCountOf<RuntimeFreezeReason>;
				type RuntimeHoldReason = RuntimeHoldReason;
				type RuntimeFreezeReason = RuntimeFreezeReason;
				type DoneSlashHandler = ();
			}

			frame_support::parameter_types! {
				pub FeeMultiplier: Multiplier = Multiplier::one();
			}

			impl pallet_transaction_payment::Config for Runtime {
				type RuntimeEvent = RuntimeEvent;
				type OnChargeTransaction = FungibleAdapter<Balances, ()>;
				type OperationalFeeMultiplier = ConstU8<5>;
				type WeightToFee = frame_support::weights::IdentityFee<Balance>;
				type LengthToFee =
					frame_support::weights::ConstantMultiplier<Balance, p::TransactionByteFee>;
				type FeeMultiplierUpdate = ConstFeeMultiplier<FeeMultiplier>;
				type WeightInfo = weights::pallet_transaction_payment::WeightInfo<Runtime>;
			}

			impl pallet_sudo::Config for Runtime {
				type RuntimeEvent = RuntimeEvent;
				type RuntimeCall = RuntimeCall;
				type WeightInfo = weights::pallet_sudo::WeightInfo<Runtime>;
			}

			impl pallet_collective::Config<governance::CouncilInstance> for Runtime {
				type RuntimeOrigin = RuntimeOrigin;
				type Proposal = RuntimeCall;
				type RuntimeEvent = RuntimeEvent;
				type MotionDuration =
					ConstU32<{ governance::COUNCIL_MOTION_DAYS * crate::time::DAYS }>;
				type MaxProposals = governance::CouncilMaxProposals;
				type MaxMembers = governance::CouncilMaxMembers;
				type DefaultVote = governance::AbstentionsCountAsNays;
				type WeightInfo = weights::pallet_collective::WeightInfo<Runtime>;
				// Membership changes go through `CouncilMembership`, never directly.
				type SetMembersOrigin = frame_system::EnsureRoot<AccountId>;
				type MaxProposalWeight = governance::MaxProposalWeight<RuntimeBlockWeights>;
				type DisapproveOrigin = governance::MembershipOrigin;
				type KillOrigin = governance::MembershipOrigin;
				type Consideration = ();
			}

			impl pallet_membership::Config<governance::CouncilInstance> for Runtime {
				type RuntimeEvent = RuntimeEvent;
				type AddOrigin = governance::MembershipOrigin;
				type RemoveOrigin = governance::MembershipOrigin;
				type SwapOrigin = governance::MembershipOrigin;
				type ResetOrigin = governance::MembershipOrigin;
				type PrimeOrigin = governance::MembershipOrigin;
				type MembershipInitialized = Council;
				type MembershipChanged = Council;
				type MaxMembers = governance::CouncilMaxMembers;
				type WeightInfo = weights::pallet_membership::WeightInfo<Runtime>;
			}

			impl pallet_utility::Config for Runtime {
				type RuntimeEvent = RuntimeEvent;
				type RuntimeCall = RuntimeCall;
				type PalletsOrigin = crate::OriginCaller;
				type WeightInfo = weights::pallet_utility::WeightInfo<Runtime>;
			}

			impl pallet_multisig::Config for Runtime {
				type RuntimeEvent = RuntimeEvent;
				type RuntimeCall = RuntimeCall;
				type Currency = Balances;
				type DepositBase = p::MultisigDepositBase;
				type DepositFactor = p::MultisigDepositFactor;
				type MaxSignatories = ConstU32<{ p::MAX_SIGNATORIES }>;
				type WeightInfo = weights::pallet_multisig::WeightInfo<Runtime>;
				type BlockNumberProvider = System;
			}

			impl pallet_proxy::Config for Runtime {
				type RuntimeEvent = RuntimeEvent;
				type RuntimeCall = RuntimeCall;
				type Currency = Balances;
				type ProxyType = ProxyType;
				type ProxyDepositBase = p::ProxyDepositBase;
				type ProxyDepositFactor = p::ProxyDepositFactor;
				type MaxProxies = ConstU32<{ p::MAX_PROXIES }>;
				type WeightInfo = weights::pallet_proxy::WeightInfo<Runtime>;
				type MaxPending = ConstU32<{ p::MAX_PENDING_ANNOUNCEMENTS }>;
				// Announcements name a call by its BLAKE2-256 hash, the chain's hash.
				type CallHasher = sp_runtime::traits::BlakeTwo256;
				type AnnouncementDepositBase = p::AnnouncementDepositBase;
				type AnnouncementDepositFactor = p::AnnouncementDepositFactor;
				type BlockNumberProvider = System;
			}

			impl frame_support::traits::InstanceFilter<RuntimeCall> for ProxyType {
				fn filter(&self, call: &RuntimeCall) -> bool {
					use pallet_consent_registry::Call as Consent;
					use pallet_patient_identity::Call as Identity;
					match self {
						ProxyType::Any => true,
						// `proxy.proxy` dispatches as another account with that account's own
						// filter, so a NonTransfer proxy could move value through the proxies its
						// account holds; managing proxies stays allowed.
						ProxyType::NonTransfer => !matches!(
							call,
							RuntimeCall::Balances(..) |
								RuntimeCall::Multisig(..) |
								RuntimeCall::Sudo(..) |
								RuntimeCall::Proxy(
									pallet_proxy::Call::proxy { .. } |
										pallet_proxy::Call::proxy_announced { .. }
								)
						),
						ProxyType::Governance => {
							matches!(call, RuntimeCall::Council(..) | RuntimeCall::Utility(..))
						},
						ProxyType::OrganisationAdmin => matches!(
							call,
							RuntimeCall::PatientIdentity(
								Identity::invite_practitioner { .. } |
									Identity::withdraw_invitation { .. } |
									Identity::remove_practitioner { .. }
							) | RuntimeCall::ConsentRegistry(
								Consent::review_emergency_access { .. }
							) | RuntimeCall::Utility(..)
						),
					}
				}

				fn is_superset(&self, other: &Self) -> bool {
					ProxyType::is_superset(self, other)
				}
			}

			/// Who has session keys: `pallet-session`'s keys for the next session.
			pub struct SessionKeysOf;

			impl pallet_consortium::ValidatorKeys<AccountId> for SessionKeysOf {
				fn has_keys(who: &AccountId) -> bool {
					pallet_session::NextKeys::<Runtime>::contains_key(who)
				}

				#[cfg(feature = "runtime-benchmarks")]
				fn set_keys_for_benchmark(who: &AccountId) {
					use codec::Decode;
					let keys = crate::opaque::SessionKeys::decode(
						&mut sp_runtime::traits::TrailingZeroInput::zeroes(),
					)
					.expect("zero keys decode");
					pallet_session::NextKeys::<Runtime>::insert(who, keys);
				}
			}

			impl pallet_consortium::Config for Runtime {
				type ValidatorOrigin = governance::ValidatorOrigin;
				type UpgradeOrigin = governance::UpgradeOrigin;
				type VetoOrigin = governance::UpgradeVetoOrigin;
				type DefaultUpgradeDelay =
					ConstU32<{ governance::UPGRADE_DELAY_DAYS * crate::time::DAYS }>;
				type ValidatorKeys = SessionKeysOf;
				type MaxValidators = ConstU32<MAX_AUTHORITIES>;
				type MinValidators = ConstU32<1>;
				type WeightInfo = pallet_consortium::weights::SubstrateWeight<Runtime>;
			}

			impl pallet_patient_identity::Config for Runtime {
				type Currency = Balances;
				type RuntimeHoldReason = RuntimeHoldReason;
				type BlockNumberProvider = System;
				type OrganisationOrigin = governance::OrganisationOrigin;
				type PatientDeposit = p::PatientDeposit;
				type MaxNameLength = ConstU32<{ p::MAX_NAME_LENGTH }>;
				type MaxAdmins = ConstU32<{ p::MAX_ADMINS }>;
				type MaxPractitioners = ConstU32<{ p::MAX_PRACTITIONERS }>;
				type MaxRepresentatives = ConstU32<{ p::MAX_REPRESENTATIVES }>;
				type MaxRecoveryContacts = ConstU32<{ p::MAX_RECOVERY_CONTACTS }>;
				type MinRecoveryDelay =
					ConstU32<{ p::MIN_RECOVERY_DELAY_DAYS * crate::time::DAYS }>;
				type ApprovalPeriod = ConstU32<{ p::APPROVAL_PERIOD_DAYS * crate::time::DAYS }>;
				type RecoveryDeposit = p::RecoveryDeposit;
				type DeactivationDelay =
					ConstU32<{ p::DEACTIVATION_DELAY_DAYS * crate::time::DAYS }>;
				// Deactivation erases the locations of the patient's records and removes the
				// patient's timeline.
				type OnPatientDeactivated = (crate::RecordAnchor, crate::Timeline);
				type DepositPayer = Sponsorship;
				type WeightInfo = pallet_patient_identity::weights::SubstrateWeight<Runtime>;
			}

			impl pallet_consent_registry::Config for Runtime {
				type Currency = Balances;
				type RuntimeHoldReason = RuntimeHoldReason;
				// One clock, the block's timestamp, for consents and records: record writes are
				// decided on consents' periods, and periods are dates.
				type Time = Timestamp;
				type Identities = PatientIdentity;
				type DepositPayer = Sponsorship;
				type Timeline = $crate::TimelineOutsideBenchmarks<Timeline>;
				type ConsentDeposit = p::ConsentDeposit;
				type EmergencyDeposit = p::EmergencyDeposit;
				type EmergencyDuration = ConstU64<{ p::EMERGENCY_DURATION_MS }>;
				type EmergencyCooldown = ConstU64<{ p::EMERGENCY_COOLDOWN_MS }>;
				type MaxOpenEmergencySessions = ConstU32<{ p::MAX_OPEN_EMERGENCY_SESSIONS }>;
				type MaxEmergencyOpeningsPerDay = ConstU32<{ p::MAX_EMERGENCY_OPENINGS_PER_DAY }>;
				type MaxConsentsPerPatient = ConstU32<{ p::MAX_CONSENTS_PER_PATIENT }>;
				type MaxConsentsPerGrantee = ConstU32<{ p::MAX_CONSENTS_PER_GRANTEE }>;
				type MaxRecordsPerConsent = ConstU32<{ p::MAX_RECORDS_PER_CONSENT }>;
				type MaxPageSize = ConstU32<{ p::MAX_PAGE_SIZE }>;
				type RequestDeposit = p::RequestDeposit;
				type MaxOpenRequests = ConstU32<{ p::MAX_OPEN_REQUESTS }>;
				type MaxRequestPeriod = ConstU64<{ p::MAX_REQUEST_PERIOD_MS }>;
				type WeightInfo = pallet_consent_registry::weights::SubstrateWeight<Runtime>;
				#[cfg(feature = "runtime-benchmarks")]
				type BenchmarkHelper = PatientIdentity;
			}

			impl pallet_record_anchor::Config for Runtime {
				type Currency = Balances;
				type RuntimeHoldReason = RuntimeHoldReason;
				type Time = Timestamp;
				type Identities = PatientIdentity;
				type Consents = ConsentRegistry;
				type Timeline = $crate::TimelineOutsideBenchmarks<Timeline>;
				type RecordDeposit = p::RecordDeposit;
				type VersionDeposit = p::VersionDeposit;
				type MerkleRootDeposit = p::MerkleRootDeposit;
				type LogDeposit = p::LogDeposit;
				type LogRootDeposit = p::LogRootDeposit;
				type MaxLocationLength = ConstU32<{ p::MAX_LOCATION_LENGTH }>;
				type MaxVersions = ConstU32<{ p::MAX_VERSIONS }>;
				type MaxBatchSize = ConstU32<{ p::MAX_BATCH_SIZE }>;
				type LogRetention = ConstU64<{ p::LOG_RETENTION_MS }>;
				type MaxPrune = ConstU32<{ p::MAX_PRUNE }>;
				type MaxPageSize = ConstU32<{ p::MAX_PAGE_SIZE }>;
				type WeightInfo = pallet_record_anchor::weights::SubstrateWeight<Runtime>;
				#[cfg(feature = "runtime-benchmarks")]
				type BenchmarkHelper = PatientIdentity;
				#[cfg(feature = "runtime-benchmarks")]
				type BenchmarkClock = $crate::TimestampClock<Runtime>;
			}

			/// The extensions of a meta transaction, checked when its relayer's `metaTx.dispatch`
			/// runs it (and, through `RelayedBySponsor`, when the pool receives it): the
			/// patient's signature over the rest, the marker that keeps it from being replayed as
			/// an ordinary transaction, the chain and era it was signed for (a mortal era: an
			/// immortal one could be replayed once a reaped account is sponsored again), the
			/// patient's nonce, and the sponsorship rules.
			#[cfg(not(feature = "runtime-benchmarks"))]
			pub type MetaTxExtension = (
				pallet_verify_signature::VerifySignature<Runtime>,
				pallet_meta_tx::MetaTxMarker<Runtime>,
				frame_system::CheckNonZeroSender<Runtime>,
				frame_system::CheckSpecVersion<Runtime>,
				frame_system::CheckTxVersion<Runtime>,
				frame_system::CheckGenesis<Runtime>,
				pallet_sponsorship::CheckMortalEra<Runtime>,
				frame_system::CheckNonce<Runtime>,
				pallet_sponsorship::SponsoredUse<Runtime>,
			);
			/// `pallet-meta-tx`'s benchmarks need an extension without weight.
			#[cfg(feature = "runtime-benchmarks")]
			pub type MetaTxExtension = pallet_meta_tx::WeightlessExtension<Runtime>;

			impl pallet_meta_tx::Config for Runtime {
				type WeightInfo = weights::pallet_meta_tx::WeightInfo<Runtime>;
				type RuntimeEvent = RuntimeEvent;
				type Extension = MetaTxExtension;
			}

			impl pallet_verify_signature::Config for Runtime {
				type Signature = $crate::Signature;
				type AccountIdentifier = <$crate::Signature as sp_runtime::traits::Verify>::Signer;
				type WeightInfo = weights::pallet_verify_signature::WeightInfo<Runtime>;
				#[cfg(feature = "runtime-benchmarks")]
				type BenchmarkHelper = ();
			}

			/// The patient side of the journey, which sponsors pay for: registering and
			/// keeping an identity, consents and requests, emergency closing and review,
			/// erasure, and leaving a sponsorship.
			pub struct PatientCalls;
			impl frame_support::traits::Contains<RuntimeCall> for PatientCalls {
				fn contains(call: &RuntimeCall) -> bool {
					use pallet_consent_registry::Call as Consent;
					use pallet_patient_identity::Call as Identity;
					matches!(
						call,
						RuntimeCall::PatientIdentity(
							Identity::register_patient { .. } |
								Identity::rotate_encryption_key { .. } |
								Identity::set_commitment { .. } |
								Identity::deactivate_patient { .. } |
								Identity::appoint_representative { .. } |
								Identity::remove_representative { .. } |
								Identity::set_recovery_config { .. } |
								Identity::remove_recovery_config { .. } |
								Identity::cancel_recovery { .. } |
								Identity::cancel_deactivation { .. }
						) | RuntimeCall::ConsentRegistry(
							Consent::grant_consent { .. } |
								Consent::deny_access { .. } |
								Consent::revoke_consent { .. } |
								Consent::remove_consent { .. } |
								Consent::confirm_consent { .. } |
								Consent::close_emergency_access { .. } |
								Consent::review_emergency_access { .. } |
								Consent::accept_request { .. } |
								Consent::close_request { .. }
						) | RuntimeCall::RecordAnchor(
							pallet_record_anchor::Call::erase_record { .. }
						) | RuntimeCall::Sponsorship(
							pallet_sponsorship::Call::end_sponsorship { .. }
						)
					)
				}
			}

			/// A sponsored call counts against its sponsor's budget at the fee it would cost
			/// as an ordinary transaction.
			pub struct TransactionFee;
			impl pallet_sponsorship::CallFee<Balance> for TransactionFee {
				fn call_fee(len: u32, info: &frame_support::dispatch::DispatchInfo) -> Balance {
					pallet_transaction_payment::Pallet::<Runtime>::compute_fee(len, info, 0)
				}
			}

			impl pallet_timeline::Config for Runtime {
				type Time = Timestamp;
				type Identities = PatientIdentity;
				type EntriesPerPage = ConstU32<{ p::TIMELINE_ENTRIES_PER_PAGE }>;
				type KeptPages = ConstU32<{ p::TIMELINE_KEPT_PAGES }>;
				type MaxPageSize = ConstU32<{ p::MAX_PAGE_SIZE }>;
				type WeightInfo = pallet_timeline::weights::SubstrateWeight<Runtime>;
				#[cfg(feature = "runtime-benchmarks")]
				type BenchmarkHelper = PatientIdentity;
			}

			impl pallet_sponsorship::Config for Runtime {
				type Currency = Balances;
				type RuntimeHoldReason = RuntimeHoldReason;
				type Time = Timestamp;
				type Identities = PatientIdentity;
				type SponsoredCalls = PatientCalls;
				type CallFee = TransactionFee;
				type MaxCallsPerDay = ConstU32<{ p::MAX_SPONSORED_CALLS_PER_DAY }>;
				type SponsorshipDeposit = p::SponsorshipDeposit;
				type WeightInfo = pallet_sponsorship::weights::SubstrateWeight<Runtime>;
				#[cfg(feature = "runtime-benchmarks")]
				type BenchmarkHelper = PatientIdentity;
			}

			/// The multi-block migrations of the next upgrade, in order (`SteppedMigration`s, run
			/// by `pallet-migrations` over as many blocks as they need; transactions wait
			/// meanwhile). Keep one here until every chain has upgraded past it.
			#[cfg(not(feature = "upgrade-fixture"))]
			pub type SteppedMigrationList =
				(pallet_consent_registry::migrations::v1::CopyConsentsIntoGranteeIndex<Runtime>,);
			#[cfg(feature = "upgrade-fixture")]
			pub type SteppedMigrationList = $crate::upgrade_fixture::SteppedMigrations<Runtime>;

			frame_support::parameter_types! {
				/// What multi-block migrations may use of a block: most of it, as transactions
				/// wait while they run.
				pub MigrationServiceWeight: frame_support::weights::Weight =
					sp_runtime::Perbill::from_percent(80) *
						RuntimeBlockWeights::get().max_block;
			}

			impl pallet_migrations::Config for Runtime {
				type RuntimeEvent = RuntimeEvent;
				type Migrations = $crate::migrations::MockableInBenchmarks<SteppedMigrationList>;
				// Our cursors are a patient id and two counts; identifiers are 32 bytes or less.
				type CursorMaxLen = ConstU32<256>;
				type IdentifierMaxLen = ConstU32<256>;
				type MigrationStatusHandler = ();
				// A consortium's chain has no root key: a chain frozen on a failed migration
				// could not even take the council's fixed upgrade. So transactions resume, and
				// every MedLedger migration leaves consistent state after each of its steps.
				type FailedMigrationHandler =
					frame_support::migrations::ForceUnstuckOnFailedMigration;
				type MaxServiceWeight = MigrationServiceWeight;
				type WeightInfo = weights::pallet_migrations::WeightInfo<Runtime>;
			}
		}
		pub use medledger::{MetaTxExtension, PatientCalls, SessionKeysOf, SteppedMigrationList};
	};
}

/// Implements the runtime APIs (`impl_runtime_apis!`) both runtimes offer, followed by the
/// caller's own (`$($more)*`: GRANDPA's, or the cumulus ones). Shared: core, metadata, view
/// functions, block builder, transaction pool, offchain worker, Aura, session keys, nonces, fees,
/// MedLedger's `IdentityApi`, `ConsentApi`, `RecordApi` and `TimelineApi`, genesis presets, and
/// with their features try-runtime and benchmarks.
///
/// The calling module must have in scope `polkadot_sdk::*` and the runtime's items: `Runtime`,
/// `Block`, `Executive`, `RuntimeCall`, `RuntimeGenesisConfig`, `VERSION`, `Aura`, `System`,
/// `TransactionPayment`, `PatientIdentity`, `ConsentRegistry`, `RecordAnchor`, `Timeline`; the
/// crate must have `InherentDataExt`, `opaque::SessionKeys`, `genesis_config_presets::{get_preset,
/// preset_names}`, `configs::RuntimeBlockWeights` and, with `runtime-benchmarks`,
/// `benchmarks::{metadata, dispatch}`.
// `crate::` is the calling runtime's crate on purpose: its inherents, keys, presets, benchmarks.
#[allow(clippy::crate_in_macro_def)]
#[macro_export]
macro_rules! impl_medledger_runtime_apis {
	($($more:tt)*) => {
		sp_api::impl_runtime_apis! {
			impl sp_api::Core<Block> for Runtime {
				fn version() -> sp_version::RuntimeVersion {
					VERSION
				}

				fn execute_block(block: <Block as sp_runtime::traits::Block>::LazyBlock) {
					Executive::execute_block(block);
				}

				fn initialize_block(
					header: &<Block as sp_runtime::traits::Block>::Header,
				) -> sp_runtime::ExtrinsicInclusionMode {
					Executive::initialize_block(header)
				}
			}

			impl sp_api::Metadata<Block> for Runtime {
				fn metadata() -> sp_core::OpaqueMetadata {
					sp_core::OpaqueMetadata::new(Runtime::metadata().into())
				}

				fn metadata_at_version(version: u32) -> Option<sp_core::OpaqueMetadata> {
					Runtime::metadata_at_version(version)
				}

				fn metadata_versions() -> alloc::vec::Vec<u32> {
					Runtime::metadata_versions()
				}
			}

			impl frame_support::view_functions::runtime_api::RuntimeViewFunction<Block> for Runtime {
				fn execute_view_function(
					id: frame_support::view_functions::ViewFunctionId,
					input: alloc::vec::Vec<u8>,
				) -> Result<alloc::vec::Vec<u8>, frame_support::view_functions::ViewFunctionDispatchError> {
					Runtime::execute_view_function(id, input)
				}
			}

			impl sp_block_builder::BlockBuilder<Block> for Runtime {
				fn apply_extrinsic(
					extrinsic: <Block as sp_runtime::traits::Block>::Extrinsic,
				) -> sp_runtime::ApplyExtrinsicResult {
					Executive::apply_extrinsic(extrinsic)
				}

				fn finalize_block() -> <Block as sp_runtime::traits::Block>::Header {
					Executive::finalize_block()
				}

				fn inherent_extrinsics(
					data: sp_inherents::InherentData,
				) -> alloc::vec::Vec<<Block as sp_runtime::traits::Block>::Extrinsic> {
					crate::InherentDataExt::create_extrinsics(&data)
				}

				fn check_inherents(
					block: <Block as sp_runtime::traits::Block>::LazyBlock,
					data: sp_inherents::InherentData,
				) -> sp_inherents::CheckInherentsResult {
					crate::InherentDataExt::check_extrinsics(&data, &block)
				}
			}

			impl sp_transaction_pool::runtime_api::TaggedTransactionQueue<Block> for Runtime {
				fn validate_transaction(
					source: sp_runtime::transaction_validity::TransactionSource,
					tx: <Block as sp_runtime::traits::Block>::Extrinsic,
					block_hash: <Block as sp_runtime::traits::Block>::Hash,
				) -> sp_runtime::transaction_validity::TransactionValidity {
					Executive::validate_transaction(source, tx, block_hash)
				}
			}

			impl sp_offchain::OffchainWorkerApi<Block> for Runtime {
				fn offchain_worker(header: &<Block as sp_runtime::traits::Block>::Header) {
					Executive::offchain_worker(header)
				}
			}

			impl sp_consensus_aura::AuraApi<Block, sp_consensus_aura::sr25519::AuthorityId> for Runtime {
				fn slot_duration() -> sp_consensus_aura::SlotDuration {
					sp_consensus_aura::SlotDuration::from_millis(Aura::slot_duration())
				}

				fn authorities() -> alloc::vec::Vec<sp_consensus_aura::sr25519::AuthorityId> {
					pallet_aura::Authorities::<Runtime>::get().into_inner()
				}
			}

			impl sp_session::SessionKeys<Block> for Runtime {
				fn generate_session_keys(
					owner: alloc::vec::Vec<u8>,
					seed: Option<alloc::vec::Vec<u8>>,
				) -> sp_session::OpaqueGeneratedSessionKeys {
					crate::opaque::SessionKeys::generate(&owner, seed).into()
				}

				fn decode_session_keys(
					encoded: alloc::vec::Vec<u8>,
				) -> Option<alloc::vec::Vec<(alloc::vec::Vec<u8>, sp_core::crypto::KeyTypeId)>> {
					crate::opaque::SessionKeys::decode_into_raw_public_keys(&encoded)
				}
			}

			impl frame_system_rpc_runtime_api::AccountNonceApi<
				Block,
				$crate::AccountId,
				$crate::Nonce,
			> for Runtime {
				fn account_nonce(account: $crate::AccountId) -> $crate::Nonce {
					System::account_nonce(account)
				}
			}

			impl pallet_transaction_payment_rpc_runtime_api::TransactionPaymentApi<
				Block,
				$crate::Balance,
			> for Runtime {
				fn query_info(
					uxt: <Block as sp_runtime::traits::Block>::Extrinsic,
					len: u32,
				) -> pallet_transaction_payment::RuntimeDispatchInfo<$crate::Balance> {
					TransactionPayment::query_info(uxt, len)
				}
				fn query_fee_details(
					uxt: <Block as sp_runtime::traits::Block>::Extrinsic,
					len: u32,
				) -> pallet_transaction_payment::FeeDetails<$crate::Balance> {
					TransactionPayment::query_fee_details(uxt, len)
				}
				fn query_weight_to_fee(weight: frame_support::weights::Weight) -> $crate::Balance {
					TransactionPayment::weight_to_fee(weight)
				}
				fn query_length_to_fee(length: u32) -> $crate::Balance {
					TransactionPayment::length_to_fee(length)
				}
			}

			impl pallet_transaction_payment_rpc_runtime_api::TransactionPaymentCallApi<
				Block,
				$crate::Balance,
				RuntimeCall,
			> for Runtime {
				fn query_call_info(
					call: RuntimeCall,
					len: u32,
				) -> pallet_transaction_payment::RuntimeDispatchInfo<$crate::Balance> {
					TransactionPayment::query_call_info(call, len)
				}
				fn query_call_fee_details(
					call: RuntimeCall,
					len: u32,
				) -> pallet_transaction_payment::FeeDetails<$crate::Balance> {
					TransactionPayment::query_call_fee_details(call, len)
				}
				fn query_weight_to_fee(weight: frame_support::weights::Weight) -> $crate::Balance {
					TransactionPayment::weight_to_fee(weight)
				}
				fn query_length_to_fee(length: u32) -> $crate::Balance {
					TransactionPayment::length_to_fee(length)
				}
			}

			impl medledger_primitives::runtime_api::IdentityApi<Block, $crate::AccountId> for Runtime {
				fn standing(
					account: $crate::AccountId,
				) -> medledger_primitives::runtime_api::AccountStanding {
					PatientIdentity::api_standing(account)
				}

				fn organisation(
					organisation: medledger_primitives::OrganisationId,
				) -> Option<medledger_primitives::runtime_api::OrganisationInfo<$crate::AccountId>> {
					PatientIdentity::api_organisation(organisation)
				}

				fn patient(
					patient: medledger_primitives::PatientId,
				) -> Option<medledger_primitives::runtime_api::PatientInfo<$crate::AccountId>> {
					PatientIdentity::api_patient(patient)
				}

				fn encryption_key(
					patient: medledger_primitives::PatientId,
				) -> Option<medledger_primitives::EncryptionKey> {
					<PatientIdentity as medledger_primitives::IdentityProvider<$crate::AccountId>>::encryption_key(
						patient,
					)
				}
			}

			impl medledger_primitives::runtime_api::ConsentApi<
				Block,
				$crate::AccountId,
				$crate::Moment,
			> for Runtime {
				fn check_access(
					patient: medledger_primitives::PatientId,
					accessor: $crate::AccountId,
					class: medledger_primitives::Tag,
					action: medledger_primitives::ConsentAction,
					purpose: medledger_primitives::Tag,
					record: Option<medledger_primitives::RecordId>,
					emergency_key: Option<[u8; 32]>,
				) -> medledger_primitives::AccessDecision<$crate::Moment> {
					// A key that does not open the record's commitment opens nothing: the
					// decision is then taken as without one.
					let opened = match (record, emergency_key) {
						(Some(record), Some(key)) => RecordAnchor::api_emergency_key_opens(record, &key),
						_ => false,
					};
					ConsentRegistry::check_access(
						patient, &accessor, class, action, purpose, record, opened,
					)
				}

				fn consents(
					patient: medledger_primitives::PatientId,
					start_after: Option<medledger_primitives::ConsentId>,
					limit: u32,
				) -> medledger_primitives::runtime_api::ConsentPage<$crate::AccountId, $crate::Moment> {
					ConsentRegistry::api_consents(patient, start_after, limit)
				}

				fn open_requests(
					patient: medledger_primitives::PatientId,
				) -> alloc::vec::Vec<
					medledger_primitives::runtime_api::ConsentRequestInfo<$crate::AccountId, $crate::Moment>,
				> {
					ConsentRegistry::api_open_requests(patient)
				}
			}

			impl medledger_primitives::runtime_api::RecordApi<
				Block,
				$crate::AccountId,
				$crate::Moment,
			> for Runtime {
				fn verify(
					record: medledger_primitives::RecordId,
					content_hash: [u8; 32],
				) -> medledger_primitives::Verification<$crate::AccountId, $crate::Moment> {
					RecordAnchor::api_verify(record, content_hash)
				}

				fn record(
					record: medledger_primitives::RecordId,
				) -> Option<medledger_primitives::RecordInfo<$crate::AccountId, $crate::Moment>> {
					RecordAnchor::api_record(record)
				}

				fn records(
					patient: medledger_primitives::PatientId,
					start_after: Option<medledger_primitives::RecordId>,
					limit: u32,
				) -> medledger_primitives::RecordPage<$crate::AccountId, $crate::Moment> {
					RecordAnchor::api_records(patient, start_after, limit)
				}

				fn verify_in_merkle_root(
					merkle_root: medledger_primitives::MerkleRootId,
					content_hash: [u8; 32],
					proof: alloc::vec::Vec<[u8; 32]>,
					leaf_index: u32,
				) -> bool {
					RecordAnchor::api_verify_in_merkle_root(merkle_root, content_hash, proof, leaf_index)
				}

				fn access_log(
					patient: medledger_primitives::PatientId,
					from: u64,
					limit: u32,
				) -> medledger_primitives::AccessLogPage<$crate::AccountId, $crate::Moment> {
					RecordAnchor::api_access_log(patient, from, limit)
				}

				fn verify_in_access_log_root(
					custodian: medledger_primitives::OrganisationId,
					seq: u64,
					leaf: medledger_primitives::AccessLogLeaf<$crate::AccountId, $crate::Moment>,
					proof: alloc::vec::Vec<[u8; 32]>,
					leaf_index: u32,
				) -> bool {
					RecordAnchor::api_verify_in_access_log_root(custodian, seq, leaf, proof, leaf_index)
				}
			}

			impl medledger_primitives::runtime_api::TimelineApi<Block, $crate::Moment> for Runtime {
				fn timeline(
					patient: medledger_primitives::PatientId,
					from: u64,
					limit: u32,
				) -> medledger_primitives::TimelinePage<$crate::Moment> {
					Timeline::page(patient, from, limit)
				}
			}

			impl sp_genesis_builder::GenesisBuilder<Block> for Runtime {
				fn build_state(config: alloc::vec::Vec<u8>) -> sp_genesis_builder::Result {
					frame_support::genesis_builder_helper::build_state::<RuntimeGenesisConfig>(config)
				}

				fn get_preset(
					id: &Option<sp_genesis_builder::PresetId>,
				) -> Option<alloc::vec::Vec<u8>> {
					frame_support::genesis_builder_helper::get_preset::<RuntimeGenesisConfig>(
						id,
						crate::genesis_config_presets::get_preset,
					)
				}

				fn preset_names() -> alloc::vec::Vec<sp_genesis_builder::PresetId> {
					crate::genesis_config_presets::preset_names()
				}
			}

			#[cfg(feature = "try-runtime")]
			impl frame_try_runtime::TryRuntime<Block> for Runtime {
				fn on_runtime_upgrade(
					checks: frame_try_runtime::UpgradeCheckSelect,
				) -> (frame_support::weights::Weight, frame_support::weights::Weight) {
					// try-runtime is an off-chain test tool: a failed check must abort loudly.
					let weight =
						Executive::try_runtime_upgrade(checks).expect("try_runtime_upgrade failed");
					(weight, crate::configs::RuntimeBlockWeights::get().max_block)
				}

				fn execute_block(
					block: <Block as sp_runtime::traits::Block>::LazyBlock,
					state_root_check: bool,
					signature_check: bool,
					select: frame_try_runtime::TryStateSelect,
				) -> frame_support::weights::Weight {
					Executive::try_execute_block(block, state_root_check, signature_check, select)
						.expect("try_execute_block failed")
				}
			}

			#[cfg(feature = "runtime-benchmarks")]
			impl frame_benchmarking::Benchmark<Block> for Runtime {
				fn benchmark_metadata(extra: bool) -> (
					alloc::vec::Vec<frame_benchmarking::BenchmarkList>,
					alloc::vec::Vec<frame_support::traits::StorageInfo>,
				) {
					crate::benchmarks::metadata(extra)
				}

				fn dispatch_benchmark(
					config: frame_benchmarking::BenchmarkConfig,
				) -> Result<alloc::vec::Vec<frame_benchmarking::BenchmarkBatch>, alloc::string::String> {
					// The pallets' weights leave out the patient's timeline, charged apart.
					$crate::measuring_pallet_weights();
					crate::benchmarks::dispatch(config)
				}
			}

			$($more)*
		}
	};
}
