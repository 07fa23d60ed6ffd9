//! The council and every decision it gates, in the real runtime: each passes with its threshold
//! of approvals, fails with one fewer, and cannot be proposed by a non-member or called by a plain
//! signed account. The council here has five members, so that a majority (3) and two thirds (4)
//! differ.

use super::preset_ext;
use crate::{
	configs::governance::{CouncilInstance, COUNCIL_MOTION_DAYS},
	opaque::SessionKeys,
	AccountId, Council, CouncilMembership, Runtime, RuntimeCall, RuntimeEvent, RuntimeOrigin,
	Session, System,
};
use codec::Encode;
use medledger_primitives::{OrganisationKind, OrganisationStatus};
use polkadot_sdk::{
	frame_support::{assert_noop, assert_ok, dispatch::GetDispatchInfo, BoundedVec},
	pallet_collective, pallet_session,
	sp_core::H256,
	sp_genesis_builder::DEV_RUNTIME_PRESET,
	sp_io::TestExternalities,
	sp_keyring::Sr25519Keyring,
	sp_keystore::{testing::MemoryKeystore, KeystoreExt},
	sp_runtime::{
		traits::{Dispatchable, Hash as _},
		DispatchError, DispatchResult,
	},
	*,
};
use std::sync::Arc;

/// The council of these tests: five member organisations.
const MEMBERS: [Sr25519Keyring; 5] = [
	Sr25519Keyring::Alice,
	Sr25519Keyring::Bob,
	Sr25519Keyring::Charlie,
	Sr25519Keyring::Dave,
	Sr25519Keyring::Eve,
];
/// Not a member.
const OUTSIDER: Sr25519Keyring = Sr25519Keyring::Ferdie;
/// More than half of five.
const MAJORITY: u32 = 3;
/// At least two thirds of five.
const TWO_THIRDS: u32 = 4;

fn account(k: Sr25519Keyring) -> AccountId {
	k.to_account_id()
}

fn signed(k: Sr25519Keyring) -> RuntimeOrigin {
	RuntimeOrigin::signed(account(k))
}

/// The development chain with the five-member council, and a keystore for session keys.
fn council_of_five() -> TestExternalities {
	let mut ext = preset_ext(DEV_RUNTIME_PRESET);
	ext.register_extension(KeystoreExt(Arc::new(MemoryKeystore::new())));
	ext.execute_with(|| {
		System::set_block_number(1);
		assert_ok!(CouncilMembership::reset_members(
			RuntimeOrigin::root(),
			MEMBERS.iter().copied().map(account).collect()
		));
	});
	ext
}

/// The council decides `call`: Alice proposes it needing `ayes` approvals, the first `ayes`
/// members approve, and the motion is closed. The result of the dispatched call, or `None` if
/// the motion did not pass.
fn decide(call: RuntimeCall, ayes: u32) -> Option<DispatchResult> {
	let len = call.encoded_size() as u32;
	let weight = call.get_dispatch_info().call_weight;
	let hash = <Runtime as frame_system::Config>::Hashing::hash_of(&call);
	let index = pallet_collective::ProposalCount::<Runtime, CouncilInstance>::get();
	System::reset_events();
	assert_ok!(Council::propose(signed(MEMBERS[0]), ayes, Box::new(call), len));
	if ayes >= 2 {
		for k in &MEMBERS[..ayes as usize] {
			assert_ok!(Council::vote(signed(*k), hash, index, true));
		}
		assert_ok!(Council::close(signed(MEMBERS[0]), hash, index, weight, len));
	}
	executed(hash)
}

/// The result the council's `Executed` event reports for `hash`, if any.
fn executed(hash: H256) -> Option<DispatchResult> {
	System::events().into_iter().find_map(|r| match r.event {
		RuntimeEvent::Council(pallet_collective::Event::Executed { proposal_hash, result })
			if proposal_hash == hash =>
			Some(result),
		_ => None,
	})
}

/// A decision the council gates: the approvals it needs, the state it needs first, the call, and
/// whether its effect is there.
struct Gated {
	name: &'static str,
	needs: u32,
	setup: fn(),
	call: fn() -> RuntimeCall,
	done: fn() -> bool,
}

fn admit_call() -> RuntimeCall {
	RuntimeCall::PatientIdentity(pallet_patient_identity::Call::admit_organisation {
		name: BoundedVec::truncate_from(b"Council Hospital".to_vec()),
		kind: OrganisationKind::Hospital,
		jurisdiction: BoundedVec::truncate_from(b"DE".to_vec()),
		licence_hash: H256::repeat_byte(1),
		admin: account(Sr25519Keyring::Dave),
	})
}

fn admitted() {
	assert_ok!(admit_call().dispatch(RuntimeOrigin::root()));
}

fn organisation_status() -> Option<OrganisationStatus> {
	pallet_patient_identity::Organisations::<Runtime>::get(0).map(|o| o.status)
}

/// Dave sets session keys, as a new validator does with `session.set_keys`.
fn dave_has_keys() {
	let owner = account(Sr25519Keyring::Dave).encode();
	let generated = SessionKeys::generate(&owner, None);
	assert_ok!(Session::set_keys(
		signed(Sr25519Keyring::Dave),
		generated.keys,
		generated.proof.encode()
	));
}

fn dave_validates() {
	dave_has_keys();
	assert_ok!(pallet_consortium::Pallet::<Runtime>::add_validator(
		RuntimeOrigin::root(),
		account(Sr25519Keyring::Dave)
	));
}

fn is_validator(k: Sr25519Keyring) -> bool {
	pallet_consortium::Validators::<Runtime>::get().contains(&account(k))
}

fn members() -> Vec<AccountId> {
	pallet_collective::Members::<Runtime, CouncilInstance>::get()
}

/// A member organisation joining the council.
fn newcomer() -> AccountId {
	AccountId::from([9u8; 32])
}

fn remark() -> RuntimeCall {
	RuntimeCall::System(frame_system::Call::remark { remark: b"pending".to_vec() })
}

/// Bob proposes a motion that stays open (it needs every member).
fn open_motion() {
	let call = remark();
	assert_ok!(Council::propose(
		signed(Sr25519Keyring::Bob),
		5,
		Box::new(call.clone()),
		call.encoded_size() as u32
	));
}

fn remark_hash() -> H256 {
	<Runtime as frame_system::Config>::Hashing::hash_of(&remark())
}

fn motion_gone() -> bool {
	pallet_collective::ProposalOf::<Runtime, CouncilInstance>::get(remark_hash()).is_none()
}

fn nothing() {}

fn upgrade_pending() {
	assert_ok!(pallet_consortium::Pallet::<Runtime>::authorize_upgrade(
		RuntimeOrigin::root(),
		H256::repeat_byte(42)
	));
}

fn gated() -> Vec<Gated> {
	use pallet_consortium::Call as Consortium;
	use pallet_membership::Call as Membership;
	use pallet_patient_identity::Call as Identity;
	vec![
		Gated {
			name: "admit an organisation",
			needs: MAJORITY,
			setup: nothing,
			call: admit_call,
			done: || organisation_status() == Some(OrganisationStatus::Active),
		},
		Gated {
			name: "suspend an organisation",
			needs: MAJORITY,
			setup: admitted,
			call: || {
				RuntimeCall::PatientIdentity(Identity::suspend_organisation { organisation: 0 })
			},
			done: || organisation_status() == Some(OrganisationStatus::Suspended),
		},
		Gated {
			name: "reinstate an organisation",
			needs: MAJORITY,
			setup: || {
				admitted();
				assert_ok!(RuntimeCall::PatientIdentity(Identity::suspend_organisation {
					organisation: 0
				})
				.dispatch(RuntimeOrigin::root()));
			},
			call: || {
				RuntimeCall::PatientIdentity(Identity::reinstate_organisation { organisation: 0 })
			},
			done: || organisation_status() == Some(OrganisationStatus::Active),
		},
		Gated {
			name: "remove an organisation",
			needs: MAJORITY,
			setup: admitted,
			call: || {
				RuntimeCall::PatientIdentity(Identity::remove_organisation { organisation: 0 })
			},
			done: || organisation_status().is_none(),
		},
		Gated {
			name: "add a validator",
			needs: TWO_THIRDS,
			setup: dave_has_keys,
			call: || {
				RuntimeCall::Consortium(Consortium::add_validator {
					validator: account(Sr25519Keyring::Dave),
				})
			},
			done: || is_validator(Sr25519Keyring::Dave),
		},
		Gated {
			name: "remove a validator",
			needs: TWO_THIRDS,
			setup: dave_validates,
			call: || {
				RuntimeCall::Consortium(Consortium::remove_validator {
					validator: account(Sr25519Keyring::Dave),
				})
			},
			done: || !is_validator(Sr25519Keyring::Dave),
		},
		Gated {
			name: "authorise a runtime upgrade",
			needs: TWO_THIRDS,
			setup: nothing,
			call: || {
				RuntimeCall::Consortium(Consortium::authorize_upgrade {
					code_hash: H256::repeat_byte(42),
				})
			},
			// Pending for the delay; `system` has nothing anyone could apply yet.
			done: || {
				pallet_consortium::PendingUpgrade::<Runtime>::exists() &&
					System::authorized_upgrade().is_none()
			},
		},
		Gated {
			name: "cancel a pending runtime upgrade",
			needs: MAJORITY,
			setup: upgrade_pending,
			call: || RuntimeCall::Consortium(Consortium::cancel_upgrade {}),
			done: || !pallet_consortium::PendingUpgrade::<Runtime>::exists(),
		},
		Gated {
			name: "add a council member",
			needs: TWO_THIRDS,
			setup: nothing,
			call: || {
				RuntimeCall::CouncilMembership(Membership::add_member { who: newcomer().into() })
			},
			done: || members().contains(&newcomer()),
		},
		Gated {
			name: "remove a council member",
			needs: TWO_THIRDS,
			setup: nothing,
			call: || {
				RuntimeCall::CouncilMembership(Membership::remove_member {
					who: account(Sr25519Keyring::Eve).into(),
				})
			},
			done: || !members().contains(&account(Sr25519Keyring::Eve)),
		},
		Gated {
			name: "swap a council member",
			needs: TWO_THIRDS,
			setup: nothing,
			call: || {
				RuntimeCall::CouncilMembership(Membership::swap_member {
					remove: account(Sr25519Keyring::Eve).into(),
					add: newcomer().into(),
				})
			},
			done: || {
				members().contains(&newcomer()) &&
					!members().contains(&account(Sr25519Keyring::Eve))
			},
		},
		Gated {
			name: "reset the council",
			needs: TWO_THIRDS,
			setup: nothing,
			call: || {
				RuntimeCall::CouncilMembership(Membership::reset_members {
					members: vec![
						account(Sr25519Keyring::Alice),
						account(Sr25519Keyring::Bob),
						newcomer(),
					],
				})
			},
			done: || members().contains(&newcomer()) && members().len() == 3,
		},
		Gated {
			name: "set a prime member",
			needs: TWO_THIRDS,
			setup: nothing,
			call: || {
				RuntimeCall::CouncilMembership(Membership::set_prime {
					who: account(Sr25519Keyring::Bob).into(),
				})
			},
			done: || {
				pallet_collective::Prime::<Runtime, CouncilInstance>::get() ==
					Some(account(Sr25519Keyring::Bob))
			},
		},
		Gated {
			name: "disapprove a motion",
			needs: TWO_THIRDS,
			setup: open_motion,
			call: || {
				RuntimeCall::Council(pallet_collective::Call::disapprove_proposal {
					proposal_hash: remark_hash(),
				})
			},
			done: motion_gone,
		},
		Gated {
			name: "kill a motion",
			needs: TWO_THIRDS,
			setup: open_motion,
			call: || {
				RuntimeCall::Council(pallet_collective::Call::kill { proposal_hash: remark_hash() })
			},
			done: motion_gone,
		},
	]
}

#[test]
fn each_decision_passes_with_its_threshold_and_fails_below_it() {
	for g in gated() {
		council_of_five().execute_with(|| {
			(g.setup)();
			assert!(!(g.done)(), "{}: already done before the motion", g.name);

			// One approval short: the motion executes, the decision refuses the origin.
			assert_eq!(
				decide((g.call)(), g.needs - 1),
				Some(Err(DispatchError::BadOrigin)),
				"{}: with {} approvals",
				g.name,
				g.needs - 1
			);
			assert!(!(g.done)(), "{}: done with too few approvals", g.name);

			assert_eq!(decide((g.call)(), g.needs), Some(Ok(())), "{}", g.name);
			assert!((g.done)(), "{}: not done with {} approvals", g.name, g.needs);
		});
	}
}

#[test]
fn non_members_cannot_propose_and_signed_accounts_cannot_decide() {
	for g in gated() {
		council_of_five().execute_with(|| {
			(g.setup)();
			let call = (g.call)();
			let len = call.encoded_size() as u32;
			assert_noop!(
				Council::propose(signed(OUTSIDER), g.needs, Box::new(call.clone()), len),
				pallet_collective::Error::<Runtime, CouncilInstance>::NotMember
			);
			// Not even a member can decide alone, outside a motion.
			for who in [OUTSIDER, MEMBERS[0]] {
				assert_eq!(
					call.clone().dispatch(signed(who)).map_err(|e| e.error),
					Err(DispatchError::BadOrigin),
					"{}: called directly by {who:?}",
					g.name
				);
			}
			assert!(!(g.done)(), "{}", g.name);
		});
	}
}

#[test]
fn non_members_cannot_vote() {
	council_of_five().execute_with(|| {
		let call = admit_call();
		let hash = <Runtime as frame_system::Config>::Hashing::hash_of(&call);
		let len = call.encoded_size() as u32;
		assert_ok!(Council::propose(signed(MEMBERS[0]), MAJORITY, Box::new(call), len));
		assert_noop!(
			Council::vote(signed(OUTSIDER), hash, 0, true),
			pallet_collective::Error::<Runtime, CouncilInstance>::NotMember
		);
	});
}

#[test]
fn abstentions_count_as_nays_when_a_motion_ends() {
	council_of_five().execute_with(|| {
		dave_has_keys();
		// A majority approves a two-thirds decision and the other two never vote.
		let call = RuntimeCall::Consortium(pallet_consortium::Call::add_validator {
			validator: account(Sr25519Keyring::Dave),
		});
		let len = call.encoded_size() as u32;
		let weight = call.get_dispatch_info().call_weight;
		let hash = <Runtime as frame_system::Config>::Hashing::hash_of(&call);
		assert_ok!(Council::propose(signed(MEMBERS[0]), TWO_THIRDS, Box::new(call), len));
		for k in &MEMBERS[..MAJORITY as usize] {
			assert_ok!(Council::vote(signed(*k), hash, 0, true));
		}
		// Before the motion ends it cannot be closed: it might still pass.
		assert_noop!(
			Council::close(signed(MEMBERS[0]), hash, 0, weight, len),
			pallet_collective::Error::<Runtime, CouncilInstance>::TooEarly
		);
		System::set_block_number(1 + COUNCIL_MOTION_DAYS * crate::time::DAYS);
		assert_ok!(Council::close(signed(MEMBERS[0]), hash, 0, weight, len));
		assert_eq!(executed(hash), None, "not executed");
		System::assert_has_event(
			pallet_collective::Event::<Runtime, CouncilInstance>::Disapproved {
				proposal_hash: hash,
			}
			.into(),
		);
		assert!(!is_validator(Sr25519Keyring::Dave));
	});
}

#[test]
fn a_voted_down_motion_closes_early_without_executing() {
	council_of_five().execute_with(|| {
		let call = admit_call();
		let len = call.encoded_size() as u32;
		let weight = call.get_dispatch_info().call_weight;
		let hash = <Runtime as frame_system::Config>::Hashing::hash_of(&call);
		assert_ok!(Council::propose(signed(MEMBERS[0]), MAJORITY, Box::new(call), len));
		// Three nays: a majority can no longer be reached.
		for k in &MEMBERS[2..] {
			assert_ok!(Council::vote(signed(*k), hash, 0, false));
		}
		assert_ok!(Council::close(signed(MEMBERS[0]), hash, 0, weight, len));
		assert_eq!(executed(hash), None);
		assert_eq!(organisation_status(), None);
	});
}

/// A validator added by the council produces and finalises blocks from the session after next:
/// Aura's authorities and GRANDPA's next set follow the session keys.
#[test]
fn a_validator_added_by_the_council_joins_aura_and_grandpa_at_the_session_after_next() {
	council_of_five().execute_with(|| {
		dave_has_keys();
		let dave_keys = pallet_session::NextKeys::<Runtime>::get(account(Sr25519Keyring::Dave))
			.expect("keys set");
		let call = RuntimeCall::Consortium(pallet_consortium::Call::add_validator {
			validator: account(Sr25519Keyring::Dave),
		});
		assert_eq!(decide(call, TWO_THIRDS), Some(Ok(())));

		let aura = || pallet_aura::Authorities::<Runtime>::get().into_inner();
		assert!(!aura().contains(&dave_keys.aura));
		// The next session queues the new set; the one after makes it active.
		Session::rotate_session();
		assert!(!aura().contains(&dave_keys.aura), "active only from the session after next");
		assert!(pallet_session::QueuedKeys::<Runtime>::get()
			.iter()
			.any(|(who, _)| *who == account(Sr25519Keyring::Dave)));
		Session::rotate_session();
		assert!(aura().contains(&dave_keys.aura));
		assert_eq!(aura().len(), 2);
		let grandpa_change = pallet_grandpa::PendingChange::<Runtime>::get().expect("scheduled");
		assert!(grandpa_change.next_authorities.iter().any(|(id, _)| *id == dave_keys.grandpa));
	});
}

#[test]
fn a_validator_without_session_keys_cannot_be_added() {
	council_of_five().execute_with(|| {
		let call = RuntimeCall::Consortium(pallet_consortium::Call::add_validator {
			validator: account(Sr25519Keyring::Dave),
		});
		assert_eq!(
			decide(call, TWO_THIRDS),
			Some(Err(pallet_consortium::Error::<Runtime>::NoSessionKeys.into()))
		);
	});
}
