//! Accounts in cold storage (`medledger_runtime_common::accounts`), in the real runtime: each proxy
//! type does what it is for and is refused everything else, inside batches too; a restricted proxy
//! cannot add a wider one; a multisig council seat votes only with its threshold of approvals;
//! deposits are held while the proxy or the pending call exists and returned after.

use super::preset_ext;
use crate::{
	configs::{
		governance::CouncilInstance, MultisigDepositBase, MultisigDepositFactor, ProxyDepositBase,
		ProxyDepositFactor,
	},
	currency::UNIT,
	AccountId, Balances, Council, Multisig, Proxy, Runtime, RuntimeCall, RuntimeEvent,
	RuntimeOrigin, System,
};
use medledger_primitives::{OrganisationKind, PractitionerRole};
use medledger_runtime_common::accounts::ProxyType;
use polkadot_sdk::{
	frame_support::{
		assert_noop, assert_ok, dispatch::GetDispatchInfo, traits::fungible::Inspect,
		weights::Weight, BoundedVec,
	},
	pallet_collective, pallet_multisig, pallet_proxy,
	sp_core::H256,
	sp_genesis_builder::DEV_RUNTIME_PRESET,
	sp_keyring::Sr25519Keyring::{self, Alice, Bob, Charlie, Dave, Eve, Ferdie},
	sp_runtime::{traits::Hash as _, DispatchResult},
	*,
};

fn account(k: Sr25519Keyring) -> AccountId {
	k.to_account_id()
}

fn signed(k: Sr25519Keyring) -> RuntimeOrigin {
	RuntimeOrigin::signed(account(k))
}

/// Runs `test` on the development chain (Alice, Bob and Charlie on the council), then checks
/// every pallet's invariants (with `try-runtime`).
fn build_and_execute(test: impl FnOnce()) {
	preset_ext(DEV_RUNTIME_PRESET).execute_with(|| {
		System::set_block_number(1);
		test();
		#[cfg(feature = "try-runtime")]
		{
			use polkadot_sdk::frame_support::traits::{TryState, TryStateSelect};
			assert_ok!(<crate::AllPalletsWithSystem as TryState<u32>>::try_state(
				System::block_number(),
				TryStateSelect::All
			));
		}
	});
}

/// `delegate` makes `call` as `real`'s proxy: the result of the call itself (the proxy call
/// succeeds whenever the proxy exists).
fn as_proxy(delegate: Sr25519Keyring, real: Sr25519Keyring, call: RuntimeCall) -> DispatchResult {
	System::reset_events();
	assert_ok!(Proxy::proxy(signed(delegate), account(real).into(), None, Box::new(call)));
	System::events()
		.into_iter()
		.find_map(|r| match r.event {
			RuntimeEvent::Proxy(pallet_proxy::Event::ProxyExecuted { result }) => Some(result),
			_ => None,
		})
		.expect("the proxy call ran")
}

fn filtered() -> DispatchResult {
	Err(frame_system::Error::<Runtime>::CallFiltered.into())
}

fn transfer(to: Sr25519Keyring) -> RuntimeCall {
	RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
		dest: account(to).into(),
		value: UNIT,
	})
}

fn batch_all(calls: Vec<RuntimeCall>) -> RuntimeCall {
	RuntimeCall::Utility(pallet_utility::Call::batch_all { calls })
}

fn add_proxy_call(delegate: Sr25519Keyring, proxy_type: ProxyType) -> RuntimeCall {
	RuntimeCall::Proxy(pallet_proxy::Call::add_proxy {
		delegate: account(delegate).into(),
		proxy_type,
		delay: 0,
	})
}

fn remark() -> RuntimeCall {
	RuntimeCall::System(frame_system::Call::remark { remark: b"cold".to_vec() })
}

fn proxies_of(k: Sr25519Keyring) -> Vec<(AccountId, ProxyType)> {
	pallet_proxy::Proxies::<Runtime>::get(account(k))
		.0
		.into_iter()
		.map(|p| (p.delegate, p.proxy_type))
		.collect()
}

/// The council's motion to remark, proposed by `proposer` with three approvals needed: its hash
/// and index.
fn open_motion(proposer: Sr25519Keyring) -> (H256, u32) {
	let call = remark();
	let len = codec::Encode::encoded_size(&call) as u32;
	let hash = <Runtime as frame_system::Config>::Hashing::hash_of(&call);
	let index = pallet_collective::ProposalCount::<Runtime, CouncilInstance>::get();
	assert_ok!(Council::propose(signed(proposer), 3, Box::new(call), len));
	(hash, index)
}

fn vote(hash: H256, index: u32) -> RuntimeCall {
	RuntimeCall::Council(pallet_collective::Call::vote { proposal: hash, index, approve: true })
}

/// Who has approved motion `hash` (`Votes` keeps its fields private: read through its encoding,
/// index, threshold, ayes, nays, end).
fn ayes(hash: H256) -> Vec<AccountId> {
	use codec::{Decode, Encode};
	pallet_collective::Voting::<Runtime, CouncilInstance>::get(hash)
		.map(|v| {
			<(u32, u32, Vec<AccountId>)>::decode(&mut &v.encode()[..])
				.expect("Votes' encoding")
				.2
		})
		.unwrap_or_default()
}

/// Admits an organisation with Bob as its admin: its id.
fn bobs_hospital() -> u32 {
	assert_ok!(pallet_patient_identity::Pallet::<Runtime>::admit_organisation(
		RuntimeOrigin::root(),
		BoundedVec::truncate_from(b"Cold Hospital".to_vec()),
		OrganisationKind::Hospital,
		BoundedVec::truncate_from(b"DE".to_vec()),
		H256::repeat_byte(1),
		account(Bob),
	));
	pallet_patient_identity::NextOrganisationId::<Runtime>::get() - 1
}

#[test]
fn a_non_transfer_proxy_cannot_move_value_in_a_batch_or_through_other_proxies() {
	build_and_execute(|| {
		assert_ok!(Proxy::add_proxy(
			signed(Alice),
			account(Dave).into(),
			ProxyType::NonTransfer,
			0
		));
		let eve = Balances::balance(&account(Eve));
		let alice = Balances::balance(&account(Alice));

		assert_eq!(as_proxy(Dave, Alice, transfer(Eve)), filtered());
		assert_eq!(as_proxy(Dave, Alice, batch_all(vec![remark(), transfer(Eve)])), filtered());
		let multisig_transfer =
			RuntimeCall::Multisig(pallet_multisig::Call::as_multi_threshold_1 {
				other_signatories: vec![account(Ferdie)],
				call: Box::new(transfer(Eve)),
			});
		assert_eq!(as_proxy(Dave, Alice, multisig_transfer), filtered());
		let sudo_transfer =
			RuntimeCall::Sudo(pallet_sudo::Call::sudo { call: Box::new(transfer(Eve)) });
		assert_eq!(as_proxy(Dave, Alice, sudo_transfer), filtered());

		// Nor through the proxies Alice holds: she is Charlie's `Any` proxy.
		assert_ok!(Proxy::add_proxy(signed(Charlie), account(Alice).into(), ProxyType::Any, 0));
		let charlie = Balances::balance(&account(Charlie));
		let through_charlie = RuntimeCall::Proxy(pallet_proxy::Call::proxy {
			real: account(Charlie).into(),
			force_proxy_type: None,
			call: Box::new(transfer(Eve)),
		});
		assert_eq!(as_proxy(Dave, Alice, through_charlie), filtered());

		assert_eq!(Balances::balance(&account(Eve)), eve);
		assert_eq!(Balances::balance(&account(Alice)), alice);
		assert_eq!(Balances::balance(&account(Charlie)), charlie);
		// What does not move value goes through.
		assert_eq!(as_proxy(Dave, Alice, batch_all(vec![remark()])), Ok(()));
	});
}

#[test]
fn a_governance_proxy_votes_in_the_seats_name_but_cannot_move_the_seat() {
	build_and_execute(|| {
		assert_ok!(Proxy::add_proxy(signed(Alice), account(Dave).into(), ProxyType::Governance, 0));
		let (hash, index) = open_motion(Bob);

		assert_eq!(as_proxy(Dave, Alice, vote(hash, index)), Ok(()));
		assert!(ayes(hash).contains(&account(Alice)));

		let move_seat = RuntimeCall::CouncilMembership(pallet_membership::Call::change_key {
			new: account(Dave).into(),
		});
		let members = pallet_collective::Members::<Runtime, CouncilInstance>::get();
		assert_eq!(as_proxy(Dave, Alice, move_seat), filtered());
		assert_eq!(as_proxy(Dave, Alice, transfer(Dave)), filtered());
		assert_eq!(as_proxy(Dave, Alice, remark()), filtered());
		assert_eq!(pallet_collective::Members::<Runtime, CouncilInstance>::get(), members);
	});
}

#[test]
fn an_organisation_admin_proxy_manages_practitioners_but_not_admins() {
	build_and_execute(|| {
		let hospital = bobs_hospital();
		assert_ok!(Proxy::add_proxy(
			signed(Bob),
			account(Dave).into(),
			ProxyType::OrganisationAdmin,
			0
		));
		let invite =
			RuntimeCall::PatientIdentity(pallet_patient_identity::Call::invite_practitioner {
				practitioner: account(Ferdie),
				role: PractitionerRole::Physician,
			});
		assert_eq!(as_proxy(Dave, Bob, batch_all(vec![invite])), Ok(()));
		assert!(pallet_patient_identity::PractitionerInvitations::<Runtime>::contains_key(
			account(Ferdie),
			hospital
		));

		let add_admin = RuntimeCall::PatientIdentity(pallet_patient_identity::Call::add_admin {
			organisation: hospital,
			admin: account(Dave),
		});
		let remove_admin =
			RuntimeCall::PatientIdentity(pallet_patient_identity::Call::remove_admin {
				organisation: hospital,
				admin: account(Bob),
			});
		assert_eq!(as_proxy(Dave, Bob, add_admin), filtered());
		assert_eq!(as_proxy(Dave, Bob, remove_admin), filtered());
		assert_eq!(as_proxy(Dave, Bob, transfer(Dave)), filtered());
		let (hash, index) = open_motion(Charlie);
		assert_eq!(as_proxy(Dave, Bob, vote(hash, index)), filtered());
		assert!(ayes(hash).is_empty());
		assert_eq!(
			pallet_patient_identity::OrganisationOfAdmin::<Runtime>::get(account(Bob)),
			Some(hospital)
		);
		assert_eq!(
			pallet_patient_identity::OrganisationOfAdmin::<Runtime>::get(account(Dave)),
			None
		);
	});
}

#[test]
fn a_restricted_proxy_cannot_add_a_wider_one() {
	build_and_execute(|| {
		assert_ok!(Proxy::add_proxy(signed(Alice), account(Dave).into(), ProxyType::Governance, 0));
		assert_ok!(Proxy::add_proxy(signed(Alice), account(Eve).into(), ProxyType::NonTransfer, 0));

		assert_eq!(as_proxy(Dave, Alice, add_proxy_call(Ferdie, ProxyType::Any)), filtered());
		assert_eq!(
			as_proxy(Dave, Alice, add_proxy_call(Ferdie, ProxyType::Governance)),
			filtered()
		);
		assert_eq!(as_proxy(Eve, Alice, add_proxy_call(Ferdie, ProxyType::Any)), filtered());
		assert_eq!(
			proxies_of(Alice),
			vec![(account(Dave), ProxyType::Governance), (account(Eve), ProxyType::NonTransfer)]
		);
		// A narrower one, it may.
		assert_eq!(as_proxy(Eve, Alice, add_proxy_call(Ferdie, ProxyType::Governance)), Ok(()));
		assert!(proxies_of(Alice).contains(&(account(Ferdie), ProxyType::Governance)));
	});
}

#[test]
fn a_proxy_acts_only_for_the_account_that_added_it() {
	build_and_execute(|| {
		assert_ok!(Proxy::add_proxy(signed(Alice), account(Dave).into(), ProxyType::Any, 0));
		let charlie = Balances::balance(&account(Charlie));
		assert_noop!(
			Proxy::proxy(signed(Dave), account(Charlie).into(), None, Box::new(transfer(Dave))),
			pallet_proxy::Error::<Runtime>::NotProxy
		);
		assert_noop!(
			Proxy::proxy(
				signed(Dave),
				account(Alice).into(),
				Some(ProxyType::Governance),
				Box::new(remark())
			),
			pallet_proxy::Error::<Runtime>::NotProxy
		);
		assert_eq!(Balances::balance(&account(Charlie)), charlie);
	});
}

#[test]
fn a_proxy_holds_its_deposit_until_removed() {
	build_and_execute(|| {
		assert_eq!(Balances::reserved_balance(account(Alice)), 0);
		assert_ok!(Proxy::add_proxy(signed(Alice), account(Dave).into(), ProxyType::Governance, 0));
		assert_ok!(Proxy::add_proxy(signed(Alice), account(Eve).into(), ProxyType::NonTransfer, 0));
		assert_eq!(
			Balances::reserved_balance(account(Alice)),
			ProxyDepositBase::get() + 2 * ProxyDepositFactor::get()
		);
		assert_ok!(Proxy::remove_proxies(signed(Alice)));
		assert_eq!(Balances::reserved_balance(account(Alice)), 0);
		assert!(proxies_of(Alice).is_empty());
	});
}

#[test]
fn a_multisig_council_seat_votes_only_with_its_threshold_of_approvals() {
	build_and_execute(|| {
		// Alice's organisation keeps its seat as a 2-of-3 multisig of its officers.
		let mut officers = vec![account(Dave), account(Eve), account(Ferdie)];
		officers.sort();
		let seat = Multisig::multi_account_id(&officers, 2);
		assert_ok!(pallet_membership::Pallet::<Runtime, CouncilInstance>::swap_member(
			RuntimeOrigin::root(),
			account(Alice).into(),
			seat.clone().into()
		));
		let (hash, index) = open_motion(Bob);
		let call = vote(hash, index);
		let max_weight: Weight = call.get_dispatch_info().call_weight;
		let others = |me: Sr25519Keyring| {
			let mut v: Vec<_> = officers.iter().filter(|a| **a != account(me)).cloned().collect();
			v.sort();
			v
		};

		// One officer's approval: nothing is voted, the call waits with Dave's deposit held.
		assert_ok!(Multisig::as_multi(
			signed(Dave),
			2,
			others(Dave),
			None,
			Box::new(call.clone()),
			max_weight
		));
		assert!(!ayes(hash).contains(&seat));
		let call_hash = <Runtime as frame_system::Config>::Hashing::hash_of(&call).0;
		let pending = pallet_multisig::Multisigs::<Runtime>::get(&seat, call_hash).unwrap();
		assert_eq!(
			Balances::reserved_balance(account(Dave)),
			MultisigDepositBase::get() + 2 * MultisigDepositFactor::get()
		);

		// Only the first approver may cancel it.
		assert_noop!(
			Multisig::cancel_as_multi(signed(Eve), 2, others(Eve), pending.when, call_hash),
			pallet_multisig::Error::<Runtime>::NotOwner
		);
		// An outsider's approval is for another account altogether (a different signatory set).
		assert_ok!(Multisig::as_multi(
			signed(Charlie),
			2,
			{
				let mut v = vec![account(Dave), account(Eve)];
				v.sort();
				v
			},
			None,
			Box::new(call.clone()),
			max_weight
		));
		assert!(!ayes(hash).contains(&seat));

		// The second officer's approval votes, and Dave's deposit comes back.
		assert_ok!(Multisig::as_multi(
			signed(Eve),
			2,
			others(Eve),
			Some(pending.when),
			Box::new(call),
			max_weight
		));
		assert!(ayes(hash).contains(&seat));
		assert_eq!(Balances::reserved_balance(account(Dave)), 0);
		assert!(!pallet_multisig::Multisigs::<Runtime>::contains_key(&seat, call_hash));
	});
}

#[test]
fn proxy_types_encode_in_declaration_order() {
	use codec::Encode;
	// Wallets and the SDK name proxy types by index: Any 0, NonTransfer 1, Governance 2,
	// OrganisationAdmin 3. A reordering would silently change what existing proxies may do.
	assert_eq!(ProxyType::Any.encode(), vec![0]);
	assert_eq!(ProxyType::NonTransfer.encode(), vec![1]);
	assert_eq!(ProxyType::Governance.encode(), vec![2]);
	assert_eq!(ProxyType::OrganisationAdmin.encode(), vec![3]);
	assert_eq!(ProxyType::default(), ProxyType::Any);
}
