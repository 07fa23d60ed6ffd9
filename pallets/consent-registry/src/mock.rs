//! Test runtime: system, balances, the real identity pallet, and this pallet.

use crate as pallet_consent_registry;
use medledger_primitives::{OrganisationId, OrganisationKind, PatientId, PractitionerRole};
use polkadot_sdk::{
	frame_support::{assert_ok, derive_impl, parameter_types, traits::ConstU32, BoundedVec},
	frame_system::{self, EnsureRoot},
	pallet_balances,
	sp_core::H256,
	sp_io,
	sp_runtime::BuildStorage,
};

type Block = frame_system::mocking::MockBlock<Test>;
pub type AccountId = u64;
pub type Balance = u64;

#[polkadot_sdk::frame_support::runtime]
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
	pub struct Test;

	#[runtime::pallet_index(0)]
	pub type System = frame_system;
	#[runtime::pallet_index(1)]
	pub type Balances = pallet_balances;
	#[runtime::pallet_index(2)]
	pub type PatientIdentity = pallet_patient_identity;
	#[runtime::pallet_index(3)]
	pub type ConsentRegistry = pallet_consent_registry;
}

parameter_types! {
	/// Reads and writes that `SubstrateWeight<Test>` weights can be decoded back into
	/// (`tests::weights`).
	pub const CountingDbWeight: polkadot_sdk::sp_weights::RuntimeDbWeight =
		medledger_test_utils::COUNTING_DB_WEIGHT;
}

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountData = pallet_balances::AccountData<Balance>;
	type DbWeight = CountingDbWeight;
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type AccountStore = System;
	type RuntimeHoldReason = RuntimeHoldReason;
}

parameter_types! {
	pub const PatientDeposit: Balance = 10;
	pub const ConsentDeposit: Balance = 5;
	pub const EmergencyDeposit: Balance = 7;
}

impl pallet_patient_identity::Config for Test {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type BlockNumberProvider = System;
	type OrganisationOrigin = EnsureRoot<AccountId>;
	type PatientDeposit = PatientDeposit;
	type MaxNameLength = ConstU32<32>;
	type MaxAdmins = ConstU32<3>;
	type MaxPractitioners = ConstU32<10>;
	type MaxRepresentatives = ConstU32<3>;
	type MaxRecoveryContacts = ConstU32<3>;
	type MinRecoveryDelay = ConstU64<10>;
	type ApprovalPeriod = ConstU64<20>;
	type RecoveryDeposit = ConstU64<5>;
	type DeactivationDelay = ConstU64<7>;
	type OnPatientDeactivated = ();
	type WeightInfo = ();
}

/// The test clock: the block number, as milliseconds since the Unix epoch. Tests move time
/// with `System::set_block_number`.
pub struct BlockTime;
impl polkadot_sdk::frame_support::traits::Time for BlockTime {
	type Moment = u64;
	fn now() -> u64 {
		System::block_number()
	}
}

/// Small bounds so that tests reach them.
pub const MAX_PER_PATIENT: u32 = 10;
pub const MAX_PER_GRANTEE: u32 = 3;
pub const MAX_RECORDS: u32 = 2;
/// How long an emergency session lasts, in milliseconds (blocks of the test clock).
pub const EMERGENCY_MS: u64 = 10;
/// The cool-down after the patient's side closes a session.
pub const COOLDOWN_MS: u64 = 25;
pub const MAX_OPEN_SESSIONS: u32 = 2;
pub const MAX_OPENINGS_PER_DAY: u32 = 3;
/// Milliseconds in a day.
pub const DAY: u64 = 86_400_000;

impl pallet_consent_registry::Config for Test {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Time = BlockTime;
	type Identities = PatientIdentity;
	type ConsentDeposit = ConsentDeposit;
	type EmergencyDeposit = EmergencyDeposit;
	type EmergencyDuration = ConstU64<EMERGENCY_MS>;
	type EmergencyCooldown = ConstU64<COOLDOWN_MS>;
	type MaxOpenEmergencySessions = ConstU32<MAX_OPEN_SESSIONS>;
	type MaxEmergencyOpeningsPerDay = ConstU32<MAX_OPENINGS_PER_DAY>;
	type MaxConsentsPerPatient = ConstU32<MAX_PER_PATIENT>;
	type MaxConsentsPerGrantee = ConstU32<MAX_PER_GRANTEE>;
	type MaxRecordsPerConsent = ConstU32<MAX_RECORDS>;
	type MaxPageSize = ConstU32<4>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = PatientIdentity;
}

use polkadot_sdk::frame_support::traits::ConstU64;

// The cast: accounts 1..=30 are funded; 99 has nothing.
/// Patient account (patient id 0).
pub const ALICE: AccountId = 1;
/// Alice's representative, with the consents and records scopes.
pub const REPRESENTATIVE: AccountId = 2;
/// Another patient (id 1), e.g. a relative.
pub const BOB: AccountId = 3;
/// Physician at the hospital.
pub const DOCTOR: AccountId = 10;
/// Nurse at the hospital.
pub const NURSE: AccountId = 11;
/// Clerk at the hospital (not clinical).
pub const CLERK: AccountId = 12;
/// Researcher at the research institute (not a provider).
pub const RESEARCHER: AccountId = 13;
/// Physician at the clinic.
pub const OTHER_DOCTOR: AccountId = 14;
/// Nobody in particular.
pub const STRANGER: AccountId = 20;
/// The hospital's admin.
pub const HOSPITAL_ADMIN: AccountId = 21;
/// The clinic's admin.
pub const CLINIC_ADMIN: AccountId = 23;
/// The admin of a payer that a test admits.
pub const PAYER_ADMIN: AccountId = 24;
/// An account with no funds.
pub const POOR: AccountId = 99;
pub const ENDOWMENT: Balance = 1_000;

pub const ALICE_ID: PatientId = 0;
pub const BOB_ID: PatientId = 1;
pub const HOSPITAL: OrganisationId = 0;
pub const INSTITUTE: OrganisationId = 1;
pub const CLINIC: OrganisationId = 2;

pub fn admit(kind: OrganisationKind, admin: AccountId) {
	assert_ok!(PatientIdentity::admit_organisation(
		RuntimeOrigin::root(),
		BoundedVec::try_from(b"Org".to_vec()).unwrap(),
		kind,
		BoundedVec::try_from(b"DE".to_vec()).unwrap(),
		H256::repeat_byte(1),
		admin,
	));
}

pub fn practitioner(admin: AccountId, who: AccountId, role: PractitionerRole) {
	let org = pallet_patient_identity::OrganisationOfAdmin::<Test>::get(admin).unwrap();
	assert_ok!(PatientIdentity::invite_practitioner(RuntimeOrigin::signed(admin), who, role));
	assert_ok!(PatientIdentity::accept_invitation(RuntimeOrigin::signed(who), org));
}

/// The patient held by `patient_account` appoints `representative` for consents and records.
pub fn represent(patient_account: AccountId, representative: AccountId) {
	let patient = pallet_patient_identity::PatientByAccount::<Test>::get(patient_account).unwrap();
	assert_ok!(PatientIdentity::appoint_representative(
		RuntimeOrigin::signed(patient_account),
		patient,
		representative,
		medledger_primitives::RepresentativeScope {
			consents: true,
			records: true,
			encryption_key: false,
			deactivation: false,
		},
		None,
		None
	));
}

pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut t = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_balances::GenesisConfig::<Test> {
		balances: (1..=30).map(|a| (a, ENDOWMENT)).collect(),
		..Default::default()
	}
	.assimilate_storage(&mut t)
	.unwrap();
	let mut ext: sp_io::TestExternalities = t.into();
	ext.execute_with(|| {
		System::set_block_number(1);
		// Real identities: hospital (admin 21), research institute (22), clinic (23).
		admit(OrganisationKind::Hospital, 21);
		admit(OrganisationKind::ResearchInstitution, 22);
		admit(OrganisationKind::Clinic, 23);
		practitioner(21, DOCTOR, PractitionerRole::Physician);
		practitioner(21, NURSE, PractitionerRole::Nurse);
		practitioner(21, CLERK, PractitionerRole::Clerk);
		practitioner(22, RESEARCHER, PractitionerRole::Researcher);
		practitioner(23, OTHER_DOCTOR, PractitionerRole::Physician);
		for who in [ALICE, BOB] {
			assert_ok!(PatientIdentity::register_patient(
				RuntimeOrigin::signed(who),
				[9; 32],
				None
			));
		}
		represent(ALICE, REPRESENTATIVE);
		System::reset_events();
	});
	ext
}

/// Runs a test and then checks both pallets' invariants.
pub fn build_and_execute(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		test();
		ConsentRegistry::do_try_state().expect("consent invariants hold after the test");
		PatientIdentity::do_try_state().expect("identity invariants hold after the test");
	});
}
