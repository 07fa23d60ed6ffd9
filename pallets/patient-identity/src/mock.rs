//! Test runtime: system, balances and this pallet; root is the organisation origin.

use crate as pallet_patient_identity;
use polkadot_sdk::{
	frame_support::{
		derive_impl, parameter_types,
		traits::{ConstU32, ConstU64},
	},
	frame_system::{self, EnsureRoot},
	pallet_balances, sp_io,
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
}

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountData = pallet_balances::AccountData<Balance>;
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type AccountStore = System;
	type RuntimeHoldReason = RuntimeHoldReason;
}

parameter_types! {
	/// A `static` so that migration tests can change the price.
	pub static PatientDeposit: Balance = 10;
}

/// Small bounds so that tests reach them.
pub const MAX_ADMINS: u32 = 3;
pub const MAX_PRACTITIONERS: u32 = 3;
pub const MAX_REPRESENTATIVES: u32 = 3;
pub const MAX_RECOVERY_CONTACTS: u32 = 3;
pub const MIN_RECOVERY_DELAY: u64 = 10;
pub const APPROVAL_PERIOD: u64 = 20;
pub const RECOVERY_DEPOSIT: Balance = 5;
pub const DEACTIVATION_DELAY: u64 = 7;

parameter_types! {
	/// Patients the record pallet was told about, in order.
	pub static Deactivated: alloc::vec::Vec<medledger_primitives::PatientId> = alloc::vec::Vec::new();
}

/// Records what the identity pallet tells the record pallet.
pub struct RecordDeactivations;
impl medledger_primitives::OnPatientDeactivated for RecordDeactivations {
	fn on_patient_deactivated(
		patient: medledger_primitives::PatientId,
	) -> polkadot_sdk::sp_weights::Weight {
		Deactivated::mutate(|d| d.push(patient));
		Self::weight()
	}

	fn weight() -> polkadot_sdk::sp_weights::Weight {
		polkadot_sdk::sp_weights::Weight::from_parts(1_000, 0)
	}
}

impl pallet_patient_identity::Config for Test {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type BlockNumberProvider = System;
	type OrganisationOrigin = EnsureRoot<AccountId>;
	type PatientDeposit = PatientDeposit;
	type MaxNameLength = ConstU32<32>;
	type MaxAdmins = ConstU32<MAX_ADMINS>;
	type MaxPractitioners = ConstU32<MAX_PRACTITIONERS>;
	type MaxRepresentatives = ConstU32<MAX_REPRESENTATIVES>;
	type MaxRecoveryContacts = ConstU32<MAX_RECOVERY_CONTACTS>;
	type MinRecoveryDelay = ConstU64<MIN_RECOVERY_DELAY>;
	type ApprovalPeriod = ConstU64<APPROVAL_PERIOD>;
	type RecoveryDeposit = ConstU64<RECOVERY_DEPOSIT>;
	type DeactivationDelay = ConstU64<DEACTIVATION_DELAY>;
	type OnPatientDeactivated = RecordDeactivations;
	type DepositPayer = SponsorPays;
	type WeightInfo = ();
}

parameter_types! {
	/// `(patient, sponsor)`: while set, `sponsor` pays the deposits of `patient`'s calls, as the
	/// runtime's sponsorship pallet has it during a sponsored call.
	pub static SponsoredCall: Option<(AccountId, AccountId)> = None;
}

/// The deposit payer of the tests: [`SponsoredCall`]'s sponsor, or the signer.
pub struct SponsorPays;
impl medledger_primitives::DepositPayer<AccountId> for SponsorPays {
	fn deposit_payer(signer: &AccountId) -> AccountId {
		match SponsoredCall::get() {
			Some((patient, sponsor)) if patient == *signer => sponsor,
			_ => *signer,
		}
	}

	fn deposit_payer_weight() -> polkadot_sdk::sp_weights::Weight {
		polkadot_sdk::sp_weights::Weight::zero()
	}
}

/// Accounts 1..=20 start with this much; account 99 starts with nothing.
pub const ENDOWMENT: Balance = 1_000;
pub const POOR: AccountId = 99;

pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut t = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_balances::GenesisConfig::<Test> {
		balances: (1..=20).map(|a| (a, ENDOWMENT)).collect(),
		..Default::default()
	}
	.assimilate_storage(&mut t)
	.unwrap();
	let mut ext: sp_io::TestExternalities = t.into();
	ext.execute_with(|| System::set_block_number(1));
	ext
}

/// Runs a test and then checks the pallet's invariants.
pub fn build_and_execute(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		test();
		PatientIdentity::do_try_state().expect("invariants hold after the test");
	});
}
