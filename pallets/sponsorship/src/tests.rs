//! Unit tests: who may sponsor, the meta transaction journey of a patient with no tokens, and
//! every way the rules refuse a sponsored call (each leaving the state as it was).

use crate::{mock::*, pallet::*, Error, Event, SponsorshipInvalid};
use codec::Encode;
use medledger_primitives::IdentityProvider;
use polkadot_sdk::{
	frame_support::{
		assert_noop, assert_ok,
		dispatch::{DispatchResultWithPostInfo, GetDispatchInfo},
		traits::fungible::{Inspect, InspectHold},
	},
	frame_system, pallet_meta_tx,
	sp_runtime::{
		generic::Era,
		traits::DispatchTransaction,
		transaction_validity::{InvalidTransaction, TransactionSource, TransactionValidityError},
	},
};

fn signed(who: AccountId) -> RuntimeOrigin {
	RuntimeOrigin::signed(who)
}

fn event(e: Event<Test>) {
	System::assert_last_event(e.into());
}

fn free(who: AccountId) -> Balance {
	<Balances as Inspect<AccountId>>::balance(&who)
}

fn held(who: AccountId) -> Balance {
	<Balances as InspectHold<AccountId>>::balance_on_hold(
		&crate::HoldReason::SponsorshipDeposit.into(),
		&who,
	)
}

/// The hospital names its relayer with `budget` a day and sponsors the phone.
fn sponsor_phone(budget: Balance) {
	assert_ok!(Sponsorship::set_sponsor(signed(HOSPITAL_ADMIN), HOSPITAL_RELAYER, budget));
	assert_ok!(Sponsorship::sponsor_patient(signed(HOSPITAL_RELAYER), HOSPITAL, PHONE));
}

fn register_call() -> RuntimeCall {
	RuntimeCall::PatientIdentity(pallet_patient_identity::Call::register_patient {
		encryption_key: [9; 32],
		commitment: None,
	})
}

/// The relayer's `metaTx.dispatch` of `meta`, as the pool and then the block run it: the
/// ordinary transaction's `RelayedBySponsor` check first, then the dispatch. Returns the meta
/// transaction's own result.
fn relay(
	relayer: AccountId,
	meta: pallet_meta_tx::MetaTxFor<Test>,
) -> Result<DispatchResultWithPostInfo, TransactionValidityError> {
	let len = meta.encoded_size() as u32;
	let call = RuntimeCall::MetaTx(pallet_meta_tx::Call::dispatch {
		meta_tx: Box::new(meta.clone()),
		meta_tx_encoded_len: len,
	});
	crate::RelayedBySponsor::<Test>::new().validate_only(
		signed(relayer),
		&call,
		&call.get_dispatch_info(),
		call.encoded_size(),
		TransactionSource::External,
		0,
	)?;
	assert_ok!(MetaTx::dispatch(signed(relayer), Box::new(meta), len));
	let result = System::events()
		.into_iter()
		.rev()
		.find_map(|r| match r.event {
			RuntimeEvent::MetaTx(pallet_meta_tx::Event::Dispatched { result }) => Some(result),
			_ => None,
		})
		.expect("the meta transaction was dispatched");
	Ok(result)
}

fn custom(reason: SponsorshipInvalid) -> TransactionValidityError {
	reason.into()
}

mod sponsors {
	use super::*;

	#[test]
	fn an_admin_names_the_relayer_and_its_budget_and_can_lower_it() {
		build_and_execute(|| {
			assert_ok!(Sponsorship::set_sponsor(signed(HOSPITAL_ADMIN), HOSPITAL_RELAYER, 500));
			event(Event::SponsorSet {
				organisation: HOSPITAL,
				relayer: HOSPITAL_RELAYER,
				daily_budget: 500,
			});
			assert_ok!(Sponsorship::set_sponsor(signed(HOSPITAL_ADMIN), HOSPITAL_RELAYER, 20));
			let sponsor = Sponsors::<Test>::get(HOSPITAL).unwrap();
			assert_eq!((sponsor.relayer, sponsor.daily_budget), (HOSPITAL_RELAYER, 20));
		});
	}

	#[test]
	fn only_an_admin_of_an_active_organisation_sets_a_sponsor() {
		build_and_execute(|| {
			for who in [STRANGER, DOCTOR, HOSPITAL_RELAYER] {
				assert_noop!(
					Sponsorship::set_sponsor(signed(who), who, 500),
					Error::<Test>::NotOrganisationAdmin
				);
			}
			assert_ok!(PatientIdentity::suspend_organisation(RuntimeOrigin::root(), HOSPITAL));
			assert_noop!(
				Sponsorship::set_sponsor(signed(HOSPITAL_ADMIN), HOSPITAL_RELAYER, 500),
				Error::<Test>::NotOrganisationAdmin
			);
		});
	}
}

mod sponsorships {
	use super::*;

	#[test]
	fn the_relayer_sponsors_an_empty_account_which_can_then_sign() {
		build_and_execute(|| {
			sponsor_phone(500);
			event(Event::PatientSponsored {
				account: PHONE,
				organisation: HOSPITAL,
				depositor: HOSPITAL_RELAYER,
				deposit: SPONSORSHIP_DEPOSIT,
			});
			assert_eq!(held(HOSPITAL_RELAYER), SPONSORSHIP_DEPOSIT);
			assert_eq!(free(PHONE), 0);
			assert_eq!(System::sufficients(&PHONE), 1);
		});
	}

	#[test]
	fn sponsoring_errors() {
		build_and_execute(|| {
			// The clinic named no relayer.
			assert_noop!(
				Sponsorship::sponsor_patient(signed(CLINIC_RELAYER), CLINIC, PHONE),
				Error::<Test>::NotSponsor
			);
			assert_ok!(Sponsorship::set_sponsor(signed(HOSPITAL_ADMIN), HOSPITAL_RELAYER, 500));
			// Only the relayer, not even an admin, sponsors: the relayer pays.
			for who in [STRANGER, HOSPITAL_ADMIN] {
				assert_noop!(
					Sponsorship::sponsor_patient(signed(who), HOSPITAL, PHONE),
					Error::<Test>::NotRelayer
				);
			}
			assert_ok!(Sponsorship::set_sponsor(signed(CLINIC_ADMIN), POOR, 500));
			assert_noop!(
				Sponsorship::sponsor_patient(signed(POOR), CLINIC, PHONE),
				Error::<Test>::InsufficientBalance
			);
			assert_ok!(PatientIdentity::suspend_organisation(RuntimeOrigin::root(), CLINIC));
			assert_noop!(
				Sponsorship::sponsor_patient(signed(POOR), CLINIC, PHONE),
				Error::<Test>::OrganisationNotActive
			);
		});
	}

	#[test]
	fn another_organisation_cannot_take_a_patient_from_an_active_sponsor() {
		build_and_execute(|| {
			sponsor_phone(500);
			assert_ok!(Sponsorship::set_sponsor(signed(CLINIC_ADMIN), CLINIC_RELAYER, 500));
			assert_noop!(
				Sponsorship::sponsor_patient(signed(CLINIC_RELAYER), CLINIC, PHONE),
				Error::<Test>::AlreadySponsored
			);
		});
	}

	#[test]
	fn a_patient_of_a_suspended_sponsor_can_be_taken_over_and_its_deposit_goes_back() {
		build_and_execute(|| {
			sponsor_phone(500);
			assert_ok!(Sponsorship::set_sponsor(signed(CLINIC_ADMIN), CLINIC_RELAYER, 500));
			assert_ok!(PatientIdentity::suspend_organisation(RuntimeOrigin::root(), HOSPITAL));
			assert_ok!(Sponsorship::sponsor_patient(signed(CLINIC_RELAYER), CLINIC, PHONE));
			assert_eq!(held(HOSPITAL_RELAYER), 0);
			assert_eq!(held(CLINIC_RELAYER), SPONSORSHIP_DEPOSIT);
			assert_eq!(System::sufficients(&PHONE), 1);
			assert_eq!(Sponsorships::<Test>::get(PHONE).unwrap().organisation, CLINIC);
		});
	}

	#[test]
	fn the_patient_the_relayer_or_an_admin_ends_it_and_the_deposit_goes_back() {
		for who in [PHONE, HOSPITAL_RELAYER, HOSPITAL_ADMIN] {
			build_and_execute(|| {
				sponsor_phone(500);
				assert_ok!(Sponsorship::end_sponsorship(signed(who), PHONE));
				event(Event::SponsorshipEnded {
					account: PHONE,
					organisation: HOSPITAL,
					depositor: HOSPITAL_RELAYER,
					ended_by: who,
				});
				assert_eq!(free(HOSPITAL_RELAYER), ENDOWMENT);
				assert!(!Sponsorships::<Test>::contains_key(PHONE));
				assert_eq!(System::sufficients(&PHONE), 0);
			});
		}
	}

	#[test]
	fn strangers_and_other_organisations_cannot_end_it() {
		build_and_execute(|| {
			assert_noop!(
				Sponsorship::end_sponsorship(signed(PHONE), PHONE),
				Error::<Test>::NotSponsored
			);
			sponsor_phone(500);
			for who in [STRANGER, CLINIC_ADMIN, DOCTOR] {
				assert_noop!(
					Sponsorship::end_sponsorship(signed(who), PHONE),
					Error::<Test>::MayNotEndSponsorship
				);
			}
		});
	}
}

mod meta_transactions {
	use super::*;

	#[test]
	fn a_patient_without_tokens_registers_and_the_relayer_pays_the_deposit() {
		build_and_execute(|| {
			sponsor_phone(500);
			let meta = meta_tx(PHONE, PHONE, 0, register_call());
			let fee = meta.encoded_size() as Balance + 10;
			assert_ok!(relay(HOSPITAL_RELAYER, meta).unwrap());
			let patient = PatientIdentity::patient_of(&PHONE).expect("registered");
			assert_eq!(
				pallet_patient_identity::PatientDepositors::<Test>::get(patient),
				Some(HOSPITAL_RELAYER)
			);
			assert_eq!(free(PHONE), 0);
			assert_eq!(free(HOSPITAL_RELAYER), ENDOWMENT - SPONSORSHIP_DEPOSIT - PATIENT_DEPOSIT);
			assert_eq!(frame_system::Pallet::<Test>::account_nonce(PHONE), 1);
			let sponsorship = Sponsorships::<Test>::get(PHONE).unwrap();
			assert_eq!(sponsorship.calls, 1);
			assert_eq!(Sponsors::<Test>::get(HOSPITAL).unwrap().spent, fee);
			assert!(SponsoredDispatch::<Test>::get().is_none());

			// Leaving: the registration's deposit goes back to the relayer that paid it.
			let leave =
				RuntimeCall::PatientIdentity(pallet_patient_identity::Call::deactivate_patient {
					patient,
				});
			assert_ok!(relay(HOSPITAL_RELAYER, meta_tx(PHONE, PHONE, 1, leave)).unwrap());
			assert_eq!(free(HOSPITAL_RELAYER), ENDOWMENT - SPONSORSHIP_DEPOSIT);
		});
	}

	#[test]
	fn a_forged_signature_is_refused_before_the_relayer_pays() {
		build_and_execute(|| {
			sponsor_phone(500);
			assert_eq!(
				relay(HOSPITAL_RELAYER, meta_tx(PHONE, STRANGER, 0, register_call())),
				Err(InvalidTransaction::BadProof.into())
			);
			assert_eq!(PatientIdentity::patient_of(&PHONE), None);
		});
	}

	#[test]
	fn a_replayed_meta_transaction_is_stale() {
		build_and_execute(|| {
			sponsor_phone(500);
			let meta = meta_tx(PHONE, PHONE, 0, register_call());
			assert_ok!(relay(HOSPITAL_RELAYER, meta.clone()).unwrap());
			assert_eq!(relay(HOSPITAL_RELAYER, meta), Err(InvalidTransaction::Stale.into()));
		});
	}

	#[test]
	fn an_immortal_meta_transaction_is_refused_before_the_relayer_pays() {
		build_and_execute(|| {
			sponsor_phone(500);
			let immortal = meta_tx_for_era(PHONE, PHONE, 0, register_call(), Era::Immortal);
			assert_eq!(
				relay(HOSPITAL_RELAYER, immortal),
				Err(custom(SponsorshipInvalid::ImmortalMetaTx))
			);
			assert_eq!(PatientIdentity::patient_of(&PHONE), None);
			assert_eq!(Sponsorships::<Test>::get(PHONE).unwrap().calls, 0);
			assert_eq!(frame_system::Pallet::<Test>::account_nonce(PHONE), 0);
		});
	}

	#[test]
	fn a_meta_transaction_past_its_era_no_longer_verifies() {
		build_and_execute(|| {
			sponsor_phone(500);
			let meta = meta_tx(PHONE, PHONE, 0, register_call());
			// 64 blocks on, the era's birth is a later block: the signature was not over its hash.
			let later = System::block_number() + 64;
			System::set_block_number(later);
			know_block(Era::mortal(64, 0).birth(later));
			assert_eq!(relay(HOSPITAL_RELAYER, meta), Err(InvalidTransaction::BadProof.into()));
			assert_eq!(PatientIdentity::patient_of(&PHONE), None);
			assert_eq!(Sponsorships::<Test>::get(PHONE).unwrap().calls, 0);
		});
	}

	#[test]
	fn an_unsponsored_signer_is_refused() {
		build_and_execute(|| {
			assert_ok!(Sponsorship::set_sponsor(signed(HOSPITAL_ADMIN), HOSPITAL_RELAYER, 500));
			// Alice has funds and a nonce of her own, but no sponsor.
			assert_eq!(
				relay(HOSPITAL_RELAYER, meta_tx(ALICE, ALICE, 0, register_call())),
				Err(custom(SponsorshipInvalid::NotSponsored))
			);
		});
	}

	#[test]
	fn only_the_sponsors_relayer_may_submit() {
		build_and_execute(|| {
			sponsor_phone(500);
			assert_ok!(Sponsorship::set_sponsor(signed(CLINIC_ADMIN), CLINIC_RELAYER, 500));
			for relayer in [CLINIC_RELAYER, STRANGER] {
				assert_eq!(
					relay(relayer, meta_tx(PHONE, PHONE, 0, register_call())),
					Err(custom(SponsorshipInvalid::NotRelayedBySponsor))
				);
			}
			assert_eq!(Sponsorships::<Test>::get(PHONE).unwrap().calls, 0);
		});
	}

	#[test]
	fn a_sponsor_pays_only_for_patient_calls() {
		build_and_execute(|| {
			sponsor_phone(500);
			let transfer =
				RuntimeCall::Balances(polkadot_sdk::pallet_balances::Call::transfer_allow_death {
					dest: PHONE,
					value: 1,
				});
			assert_eq!(
				relay(HOSPITAL_RELAYER, meta_tx(PHONE, PHONE, 0, transfer)),
				Err(InvalidTransaction::Call.into())
			);
		});
	}

	#[test]
	fn a_leaked_key_gets_a_few_calls_a_day_and_no_more() {
		build_and_execute(|| {
			sponsor_phone(500);
			let end = || {
				RuntimeCall::PatientIdentity(pallet_patient_identity::Call::deactivate_patient {
					patient: 77,
				})
			};
			// Calls that fail inside still count: they cost the relayer a fee.
			for nonce in 0..MAX_CALLS_PER_DAY {
				assert!(relay(HOSPITAL_RELAYER, meta_tx(PHONE, PHONE, nonce, end()))
					.unwrap()
					.is_err());
			}
			let spent = Sponsors::<Test>::get(HOSPITAL).unwrap().spent;
			let next = MAX_CALLS_PER_DAY;
			assert_eq!(
				relay(HOSPITAL_RELAYER, meta_tx(PHONE, PHONE, next, end())),
				Err(custom(SponsorshipInvalid::DailyCallsUsed))
			);
			assert_eq!(Sponsors::<Test>::get(HOSPITAL).unwrap().spent, spent);
			// The next day, the patient may again.
			System::set_block_number(1 + DAY);
			assert_ok!(
				relay(HOSPITAL_RELAYER, meta_tx(PHONE, PHONE, next, register_call())).unwrap()
			);
			assert_eq!(Sponsorships::<Test>::get(PHONE).unwrap().calls, 1);
		});
	}

	#[test]
	fn a_lowered_budget_stops_calls_at_once() {
		build_and_execute(|| {
			sponsor_phone(500);
			let meta = meta_tx(PHONE, PHONE, 0, register_call());
			let fee = meta.encoded_size() as Balance + 10;
			assert_ok!(Sponsorship::set_sponsor(signed(HOSPITAL_ADMIN), HOSPITAL_RELAYER, fee - 1));
			assert_eq!(
				relay(HOSPITAL_RELAYER, meta.clone()),
				Err(custom(SponsorshipInvalid::BudgetExhausted))
			);
			assert_ok!(Sponsorship::set_sponsor(signed(HOSPITAL_ADMIN), HOSPITAL_RELAYER, fee));
			assert_ok!(relay(HOSPITAL_RELAYER, meta).unwrap());
			assert_eq!(Sponsors::<Test>::get(HOSPITAL).unwrap().spent, fee);
		});
	}

	#[test]
	fn a_suspended_sponsor_pays_for_nothing() {
		build_and_execute(|| {
			sponsor_phone(500);
			assert_ok!(PatientIdentity::suspend_organisation(RuntimeOrigin::root(), HOSPITAL));
			assert_eq!(
				relay(HOSPITAL_RELAYER, meta_tx(PHONE, PHONE, 0, register_call())),
				Err(custom(SponsorshipInvalid::SponsorNotActive))
			);
		});
	}

	#[test]
	fn ordinary_transactions_pass_the_relay_check_untouched() {
		build_and_execute(|| {
			let call =
				RuntimeCall::PatientIdentity(pallet_patient_identity::Call::register_patient {
					encryption_key: [9; 32],
					commitment: None,
				});
			let ext = crate::RelayedBySponsor::<Test>::new();
			assert_ok!(ext.validate_only(
				signed(STRANGER),
				&call,
				&call.get_dispatch_info(),
				10,
				TransactionSource::External,
				0,
			));
			assert_eq!(
				polkadot_sdk::sp_runtime::traits::TransactionExtension::weight(&ext, &call),
				polkadot_sdk::frame_support::weights::Weight::zero()
			);
		});
	}

	#[test]
	fn a_deposit_a_sponsored_call_pays_is_the_relayers_only_during_that_call() {
		build_and_execute(|| {
			use medledger_primitives::DepositPayer;
			sponsor_phone(500);
			assert_eq!(Sponsorship::deposit_payer(&PHONE), PHONE);
			SponsoredDispatch::<Test>::put((PHONE, HOSPITAL_RELAYER));
			assert_eq!(Sponsorship::deposit_payer(&PHONE), HOSPITAL_RELAYER);
			// Another signer in the same block pays its own.
			assert_eq!(Sponsorship::deposit_payer(&ALICE), ALICE);
			SponsoredDispatch::<Test>::kill();
		});
	}
}

/// Each call's and extension's worst case reads and writes no more than its weight declares.
mod weights {
	use super::*;
	use crate::weights::{SubstrateWeight, WeightInfo};
	use medledger_test_utils::{assert_within, count_accesses};
	use polkadot_sdk::sp_runtime::DispatchResult;

	type W = SubstrateWeight<Test>;

	fn within(
		name: &str,
		weight: polkadot_sdk::sp_weights::Weight,
		signer: AccountId,
		call: impl FnOnce() -> DispatchResult,
	) {
		let (result, accesses) = count_accesses(call);
		assert_ok!(result);
		assert_within(
			name,
			&accesses,
			weight,
			frame_system::Account::<Test>::hashed_key_for(signer),
		);
	}

	#[test]
	fn set_sponsor_is_within_its_weight() {
		build_and_execute(|| {
			within("set_sponsor", W::set_sponsor(), HOSPITAL_ADMIN, || {
				Sponsorship::set_sponsor(signed(HOSPITAL_ADMIN), HOSPITAL_RELAYER, 500)
			});
		});
	}

	#[test]
	fn sponsor_patient_taking_over_is_within_its_weight() {
		build_and_execute(|| {
			sponsor_phone(500);
			assert_ok!(Sponsorship::set_sponsor(signed(CLINIC_ADMIN), CLINIC_RELAYER, 500));
			assert_ok!(PatientIdentity::suspend_organisation(RuntimeOrigin::root(), HOSPITAL));
			within("sponsor_patient", W::sponsor_patient(), CLINIC_RELAYER, || {
				Sponsorship::sponsor_patient(signed(CLINIC_RELAYER), CLINIC, PHONE)
			});
		});
	}

	#[test]
	fn end_sponsorship_by_an_admin_is_within_its_weight() {
		build_and_execute(|| {
			sponsor_phone(500);
			within("end_sponsorship", W::end_sponsorship(), HOSPITAL_ADMIN, || {
				Sponsorship::end_sponsorship(signed(HOSPITAL_ADMIN), PHONE)
			});
		});
	}

	#[test]
	fn sponsored_use_is_within_its_weight() {
		build_and_execute(|| {
			sponsor_phone(500);
			let call = register_call();
			let info = call.get_dispatch_info();
			within("sponsored_use", W::sponsored_use(), PHONE, || {
				let admitted = Sponsorship::admit(&PHONE, &call, &info, 100)
					.map_err(|_| polkadot_sdk::sp_runtime::DispatchError::Other("refused"))?;
				Sponsorship::count(admitted);
				SponsoredDispatch::<Test>::kill();
				Ok(())
			});
		});
	}
}
