//! Test runtime: system, balances, the real identity pallet (which holds registration deposits
//! from whom this pallet says), `pallet-meta-tx` with signatures that tests can forge on purpose
//! (`sp_runtime::testing::TestSignature`), and this pallet.

use crate as pallet_sponsorship;
use codec::Encode;
use polkadot_sdk::{
	frame_support::{
		derive_impl,
		dispatch::DispatchInfo,
		parameter_types,
		traits::{ConstU32, Contains},
	},
	frame_system, pallet_balances, pallet_meta_tx, pallet_verify_signature, sp_io,
	sp_runtime::{
		generic::Era,
		testing::{TestSignature, UintAuthorityId},
		traits::TransactionExtension,
		BuildStorage,
	},
};

pub use medledger_test_utils::cast::*;

type Block = frame_system::mocking::MockBlock<Test>;

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
	pub type MetaTx = pallet_meta_tx;
	#[runtime::pallet_index(4)]
	pub type VerifySignature = pallet_verify_signature;
	#[runtime::pallet_index(5)]
	pub type Sponsorship = pallet_sponsorship;
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

medledger_test_utils::impl_identity_config!(Test, System, Sponsorship);

/// The meta transaction's extensions: the signature, the marker, the era, the nonce, the rules.
pub type MetaTxExtension = (
	pallet_verify_signature::VerifySignature<Test>,
	pallet_meta_tx::MetaTxMarker<Test>,
	pallet_sponsorship::CheckMortalEra<Test>,
	frame_system::CheckNonce<Test>,
	pallet_sponsorship::SponsoredUse<Test>,
);

impl pallet_meta_tx::Config for Test {
	type WeightInfo = ();
	type RuntimeEvent = RuntimeEvent;
	type Extension = MetaTxExtension;
}

impl pallet_verify_signature::Config for Test {
	type Signature = TestSignature;
	type AccountIdentifier = UintAuthorityId;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = TestSigner;
}

/// Signs for `pallet-verify-signature`'s benchmark helper (never run here).
#[cfg(feature = "runtime-benchmarks")]
pub struct TestSigner;
#[cfg(feature = "runtime-benchmarks")]
impl pallet_verify_signature::BenchmarkHelper<TestSignature, AccountId> for TestSigner {
	fn create_signature(_entropy: &[u8], msg: &[u8]) -> (TestSignature, AccountId) {
		(TestSignature(1, msg.to_vec()), 1)
	}
}

/// The test clock: the block number, as milliseconds since the Unix epoch.
pub struct BlockTime;
impl polkadot_sdk::frame_support::traits::Time for BlockTime {
	type Moment = u64;
	fn now() -> u64 {
		System::block_number()
	}
}

/// A day on the test clock.
pub const DAY: u64 = 86_400_000;

/// Sponsors pay for the identity pallet's patient calls and for leaving a sponsorship; not for
/// anything else (an organisation's admission, a transfer).
pub struct PatientCalls;
impl Contains<RuntimeCall> for PatientCalls {
	fn contains(call: &RuntimeCall) -> bool {
		matches!(
			call,
			RuntimeCall::PatientIdentity(
				pallet_patient_identity::Call::register_patient { .. } |
					pallet_patient_identity::Call::deactivate_patient { .. }
			) | RuntimeCall::Sponsorship(crate::Call::end_sponsorship { .. })
		)
	}
}

/// Every call costs its length plus ten.
pub struct LengthFee;
impl crate::CallFee<Balance> for LengthFee {
	fn call_fee(len: u32, _: &DispatchInfo) -> Balance {
		len as Balance + 10
	}
}

pub const MAX_CALLS_PER_DAY: u32 = 3;
pub const SPONSORSHIP_DEPOSIT: Balance = 4;
/// The identity mock's patient deposit.
pub const PATIENT_DEPOSIT: Balance = 10;

parameter_types! {
	pub const SponsorshipDeposit: Balance = SPONSORSHIP_DEPOSIT;
}

impl pallet_sponsorship::Config for Test {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Time = BlockTime;
	type Identities = PatientIdentity;
	type SponsoredCalls = PatientCalls;
	type CallFee = LengthFee;
	type MaxCallsPerDay = ConstU32<MAX_CALLS_PER_DAY>;
	type SponsorshipDeposit = SponsorshipDeposit;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = PatientIdentity;
}

/// The hospital's relayer (funded).
pub const HOSPITAL_RELAYER: AccountId = 25;
/// The clinic's relayer (funded).
pub const CLINIC_RELAYER: AccountId = 26;
/// A patient's phone: an account with nothing on it.
pub const PHONE: AccountId = 98;

pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut t = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_balances::GenesisConfig::<Test> { balances: endowed(), ..Default::default() }
		.assimilate_storage(&mut t)
		.unwrap();
	let mut ext: sp_io::TestExternalities = t.into();
	ext.execute_with(|| {
		System::set_block_number(1);
		populate::<Test>();
	});
	ext
}

/// Runs `test`, then checks this pallet's and the identity pallet's invariants.
pub fn build_and_execute(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		test();
		Sponsorship::do_try_state().expect("sponsorship invariants hold after the test");
		PatientIdentity::do_try_state().expect("identity invariants hold after the test");
	});
}

/// `signer`'s meta transaction of `call` at `nonce`, signed by `signed_by` (a forger signs
/// for someone else), valid for 64 blocks from the current one.
pub fn meta_tx(
	signer: AccountId,
	signed_by: AccountId,
	nonce: u32,
	call: RuntimeCall,
) -> pallet_meta_tx::MetaTxFor<Test> {
	// Born at the block the wallet saw: the one before the block being built.
	let era = Era::mortal(64, System::block_number().saturating_sub(1));
	meta_tx_for_era(signer, signed_by, nonce, call, era)
}

/// Makes the chain know a hash for `block`, as it knows every recent block's (the tests do not
/// build blocks): the block a mortal meta transaction was born at.
pub fn know_block(block: u64) {
	if !frame_system::BlockHash::<Test>::contains_key(block) {
		frame_system::BlockHash::<Test>::insert(
			block,
			<Test as frame_system::Config>::Hash::default(),
		);
	}
}

/// [`meta_tx`] signed for `era`.
pub fn meta_tx_for_era(
	signer: AccountId,
	signed_by: AccountId,
	nonce: u32,
	call: RuntimeCall,
	era: Era,
) -> pallet_meta_tx::MetaTxFor<Test> {
	know_block(era.birth(System::block_number()));
	let rest = (
		pallet_meta_tx::MetaTxMarker::<Test>::new(),
		pallet_sponsorship::CheckMortalEra::<Test>::from(era),
		frame_system::CheckNonce::<Test>::from(nonce),
		pallet_sponsorship::SponsoredUse::<Test>::new(),
	);
	let implicit = rest.implicit().expect("implicit data");
	// What `VerifySignature` checks: the extension version, the call and the data of the
	// extensions after it.
	let payload = (0u8, &call, &rest, implicit).encode();
	let signature = TestSignature(signed_by, sp_io::hashing::blake2_256(&payload).to_vec());
	let ext = (
		pallet_verify_signature::VerifySignature::<Test>::new_with_signature(signature, signer),
		rest.0,
		rest.1,
		rest.2,
		rest.3,
	);
	pallet_meta_tx::MetaTx::new(call, 0, ext)
}
