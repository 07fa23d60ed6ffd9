//! Access-log roots: a custodian's record gateway logs many reads and refusals with one Merkle
//! root; pruned after the retention period.

use crate::{pallet::*, types::*};
use frame_support::{ensure, pallet_prelude::*, weights::Weight};
use medledger_primitives::{IdentityProvider, OrganisationId};
use polkadot_sdk::{
	frame_support,
	sp_runtime::{DispatchError, Saturating},
};

impl<T: Config> Pallet<T> {
	pub(crate) fn do_log_root(
		who: T::AccountId,
		root: [u8; 32],
		leaves: u32,
	) -> Result<WriteCost, DispatchError> {
		let custodian = T::Identities::practitioner_standing(&who)
			.ok_or(Error::<T>::NotPractitioner)?
			.organisation;
		ensure!(leaves > 0, Error::<T>::NoLeaves);
		ensure!(root != [0; 32], Error::<T>::InvalidHash);
		let mut bounds = AccessLogRootBounds::<T>::get(custodian);
		let seq = bounds.next;
		bounds.next = seq.checked_add(1).ok_or(Error::<T>::Overflow)?;
		let deposit = T::LogRootDeposit::get();
		let held = Self::take_deposit(&who, deposit)?;
		AccessLogRootBounds::<T>::insert(custodian, bounds);
		AccessLogRoots::<T>::insert(
			custodian,
			seq,
			AccessLogRoot { root, leaves, logged_by: who.clone(), at: Self::now(), deposit },
		);
		Self::deposit_event(Event::AccessLogRootAnchored { custodian, seq, root, leaves, by: who });
		Ok(WriteCost { decisions: Weight::zero(), held })
	}

	/// Returns how many roots were removed.
	pub(crate) fn do_prune_roots(
		custodian: OrganisationId,
		max: u32,
	) -> Result<u32, DispatchError> {
		let mut bounds = AccessLogRootBounds::<T>::get(custodian);
		let now = Self::now();
		let mut removed = 0u32;
		while removed < max && bounds.oldest < bounds.next {
			let Some(root) = AccessLogRoots::<T>::get(custodian, bounds.oldest) else { break };
			if root.at.saturating_add(T::LogRetention::get()) > now {
				break;
			}
			AccessLogRoots::<T>::remove(custodian, bounds.oldest);
			Self::release(&root.logged_by, root.deposit);
			bounds.oldest = bounds.oldest.saturating_add(1);
			removed = removed.saturating_add(1);
		}
		ensure!(removed > 0, Error::<T>::NothingToPrune);
		AccessLogRootBounds::<T>::insert(custodian, bounds);
		Self::deposit_event(Event::AccessLogRootsPruned {
			custodian,
			removed,
			oldest: bounds.oldest,
		});
		Ok(removed)
	}
}
