//! Merkle roots over many content hashes.

use crate::{pallet::*, types::*};
use frame_support::{ensure, pallet_prelude::*, weights::Weight};
use medledger_primitives::IdentityProvider;
use polkadot_sdk::{frame_support, sp_runtime::DispatchError};

impl<T: Config> Pallet<T> {
	pub(crate) fn do_anchor_root(
		who: T::AccountId,
		root: [u8; 32],
		leaves: u32,
	) -> Result<WriteCost, DispatchError> {
		let standing =
			T::Identities::practitioner_standing(&who).ok_or(Error::<T>::NotPractitioner)?;
		ensure!(leaves > 0, Error::<T>::NoLeaves);
		ensure!(root != [0; 32], Error::<T>::InvalidHash);
		let id = NextMerkleRootId::<T>::get();
		let next = id.checked_add(1).ok_or(Error::<T>::Overflow)?;
		let deposit = T::MerkleRootDeposit::get();
		let held = Self::take_deposit(&who, deposit)?;
		NextMerkleRootId::<T>::put(next);
		MerkleRoots::<T>::insert(
			id,
			AnchoredMerkleRoot {
				root,
				leaves,
				author: who.clone(),
				organisation: standing.organisation,
				anchored_at: Self::now(),
				deposit,
			},
		);
		Self::deposit_event(Event::MerkleRootAnchored { id, root, leaves, author: who });
		Ok(WriteCost { decisions: Weight::zero(), held })
	}
}
