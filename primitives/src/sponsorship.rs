//! Who pays a deposit: the signer, or the sponsor paying for a patient's call.

use polkadot_sdk::sp_weights::Weight;

/// Decides from which account a call's deposit is held. A patient without tokens signs; the
/// organisation that sponsors them pays the fees and, through this trait, the deposits, which
/// go back to it when the state they pay for is removed (pallets record the depositor).
pub trait DepositPayer<AccountId> {
	/// The account to hold a deposit from for a call `signer` signed: its sponsor while a
	/// sponsored call of `signer` is being dispatched, otherwise `signer`.
	fn deposit_payer(signer: &AccountId) -> AccountId;

	/// The weight of [`Self::deposit_payer`].
	fn deposit_payer_weight() -> Weight;
}

/// Every signer pays its own deposits (a chain without sponsorship, and the pallets' mocks).
impl<AccountId: Clone> DepositPayer<AccountId> for () {
	fn deposit_payer(signer: &AccountId) -> AccountId {
		signer.clone()
	}

	fn deposit_payer_weight() -> Weight {
		Weight::zero()
	}
}
