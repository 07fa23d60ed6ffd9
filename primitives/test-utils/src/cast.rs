//! The cast of the consent registry's and the record anchor's tests, set up through the real
//! identity pallet: a hospital, a research institute and a clinic with their practitioners, two
//! patients, and a representative of the first. Each pallet's mock implements the identity
//! pallet's `Config` with [`impl_identity_config!`](crate::impl_identity_config) and calls
//! [`populate`] in its `new_test_ext`.

use medledger_primitives::{
	OrganisationId, OrganisationKind, PatientId, PractitionerRole, RepresentativeScope,
};
use pallet_patient_identity::{Config, OrganisationOfAdmin, Pallet as Identity, PatientByAccount};
use polkadot_sdk::{
	frame_support::{assert_ok, BoundedVec},
	frame_system::RawOrigin,
	sp_core::H256,
};

pub type AccountId = u64;
pub type Balance = u64;

// Accounts 1..=30 are funded with `ENDOWMENT`; `POOR` has nothing.
/// Patient account (patient id `ALICE_ID`).
pub const ALICE: AccountId = 1;
/// Alice's representative, with the consents and records scopes.
pub const REPRESENTATIVE: AccountId = 2;
/// Another patient (id `BOB_ID`), e.g. a relative.
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
/// The research institute's admin.
pub const INSTITUTE_ADMIN: AccountId = 22;
/// The clinic's admin.
pub const CLINIC_ADMIN: AccountId = 23;
/// An account with no funds.
pub const POOR: AccountId = 99;
pub const ENDOWMENT: Balance = 1_000;

pub const ALICE_ID: PatientId = 0;
pub const BOB_ID: PatientId = 1;
pub const HOSPITAL: OrganisationId = 0;
pub const INSTITUTE: OrganisationId = 1;
pub const CLINIC: OrganisationId = 2;

/// The balances' genesis: accounts 1..=30 with `ENDOWMENT` each.
pub fn endowed() -> Vec<(AccountId, Balance)> {
	(1..=30).map(|a| (a, ENDOWMENT)).collect()
}

/// The root admits an organisation of `kind` with `admin`.
pub fn admit<T: Config<AccountId = AccountId>>(kind: OrganisationKind, admin: AccountId) {
	assert_ok!(Identity::<T>::admit_organisation(
		RawOrigin::Root.into(),
		BoundedVec::try_from(b"Org".to_vec()).expect("a short name"),
		kind,
		BoundedVec::try_from(b"DE".to_vec()).expect("a jurisdiction"),
		H256::repeat_byte(1),
		admin,
	));
}

/// `admin` invites `who` to its organisation with `role`, and `who` accepts.
pub fn practitioner<T: Config<AccountId = AccountId>>(
	admin: AccountId,
	who: AccountId,
	role: PractitionerRole,
) {
	let org = OrganisationOfAdmin::<T>::get(admin).expect("an admin");
	assert_ok!(Identity::<T>::invite_practitioner(RawOrigin::Signed(admin).into(), who, role));
	assert_ok!(Identity::<T>::accept_invitation(RawOrigin::Signed(who).into(), org));
}

/// The patient held by `patient_account` appoints `representative` for consents and records.
pub fn represent<T: Config<AccountId = AccountId>>(
	patient_account: AccountId,
	representative: AccountId,
) {
	let patient = PatientByAccount::<T>::get(patient_account).expect("a patient");
	let scope = RepresentativeScope {
		consents: true,
		records: true,
		encryption_key: false,
		deactivation: false,
	};
	assert_ok!(Identity::<T>::appoint_representative(
		RawOrigin::Signed(patient_account).into(),
		patient,
		representative,
		scope,
		None,
		None
	));
}

/// The cast: `HOSPITAL` (admin 21) with `DOCTOR`, `NURSE` and `CLERK`, `INSTITUTE` (22) with
/// `RESEARCHER`, `CLINIC` (23) with `OTHER_DOCTOR`; patients `ALICE` and `BOB`; `REPRESENTATIVE`
/// acts for Alice.
pub fn populate<T: Config<AccountId = AccountId>>() {
	admit::<T>(OrganisationKind::Hospital, HOSPITAL_ADMIN);
	admit::<T>(OrganisationKind::ResearchInstitution, INSTITUTE_ADMIN);
	admit::<T>(OrganisationKind::Clinic, CLINIC_ADMIN);
	practitioner::<T>(HOSPITAL_ADMIN, DOCTOR, PractitionerRole::Physician);
	practitioner::<T>(HOSPITAL_ADMIN, NURSE, PractitionerRole::Nurse);
	practitioner::<T>(HOSPITAL_ADMIN, CLERK, PractitionerRole::Clerk);
	practitioner::<T>(INSTITUTE_ADMIN, RESEARCHER, PractitionerRole::Researcher);
	practitioner::<T>(CLINIC_ADMIN, OTHER_DOCTOR, PractitionerRole::Physician);
	for who in [ALICE, BOB] {
		assert_ok!(Identity::<T>::register_patient(RawOrigin::Signed(who).into(), [9; 32], None));
	}
	represent::<T>(ALICE, REPRESENTATIVE);
}

/// Implements `pallet_patient_identity::Config` for a test runtime `$runtime` with
/// `Balances`, `RuntimeHoldReason` and the block number provider `$clock`, with small bounds;
/// optionally who pays deposits and who is told of deactivations.
#[macro_export]
macro_rules! impl_identity_config {
	($runtime:ty, $clock:ty) => {
		$crate::impl_identity_config!($runtime, $clock, ());
	};
	($runtime:ty, $clock:ty, $deposit_payer:ty) => {
		$crate::impl_identity_config!($runtime, $clock, $deposit_payer, ());
	};
	($runtime:ty, $clock:ty, $deposit_payer:ty, $on_deactivated:ty) => {
		impl pallet_patient_identity::Config for $runtime {
			type Currency = Balances;
			type RuntimeHoldReason = RuntimeHoldReason;
			type BlockNumberProvider = $clock;
			type OrganisationOrigin = polkadot_sdk::frame_system::EnsureRoot<u64>;
			type PatientDeposit = polkadot_sdk::frame_support::traits::ConstU64<10>;
			type MaxNameLength = polkadot_sdk::frame_support::traits::ConstU32<32>;
			type MaxAdmins = polkadot_sdk::frame_support::traits::ConstU32<3>;
			type MaxPractitioners = polkadot_sdk::frame_support::traits::ConstU32<10>;
			type MaxRepresentatives = polkadot_sdk::frame_support::traits::ConstU32<3>;
			type MaxRecoveryContacts = polkadot_sdk::frame_support::traits::ConstU32<3>;
			type MinRecoveryDelay = polkadot_sdk::frame_support::traits::ConstU64<10>;
			type ApprovalPeriod = polkadot_sdk::frame_support::traits::ConstU64<20>;
			type RecoveryDeposit = polkadot_sdk::frame_support::traits::ConstU64<5>;
			type DeactivationDelay = polkadot_sdk::frame_support::traits::ConstU64<7>;
			type OnPatientDeactivated = $on_deactivated;
			type DepositPayer = $deposit_payer;
			type WeightInfo = ();
		}
	};
}
