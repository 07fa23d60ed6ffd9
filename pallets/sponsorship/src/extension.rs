//! The transaction extensions of sponsorship: [`SponsoredUse`] and [`CheckMortalEra`] inside
//! every meta transaction, [`RelayedBySponsor`] on every ordinary one.

use crate::{pallet::*, types::*, weights::WeightInfo};
use codec::{Decode, DecodeWithMemTracking, Encode};
use frame_support::{
	dispatch::{DispatchInfo, GetDispatchInfo, PostDispatchInfo},
	pallet_prelude::*,
	traits::{Contains, IsSubType},
	DebugNoBound,
};
use frame_system::RawOrigin;
use medledger_primitives::OrganisationId;
use polkadot_sdk::{
	frame_support, frame_system, pallet_meta_tx,
	sp_runtime::{
		generic::ExtensionVersion,
		impl_tx_ext_default,
		traits::{
			AsSystemOriginSigner, DispatchInfoOf, DispatchTransaction, Dispatchable, Implication,
			PostDispatchInfoOf, TransactionExtension, ValidateResult,
		},
		transaction_validity::{
			InvalidTransaction, TransactionSource, TransactionValidityError, ValidTransaction,
		},
		DispatchResult, SaturatedConversion, Saturating,
	},
};

/// Why the chain refuses a sponsored call: the code of `InvalidTransaction::Custom`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u8)]
pub enum SponsorshipInvalid {
	/// The signer of the meta transaction is not sponsored.
	NotSponsored = 1,
	/// The sponsoring organisation is suspended or removed, or named no relayer.
	SponsorNotActive = 2,
	/// The patient made [`Config::MaxCallsPerDay`] sponsored calls today.
	DailyCallsUsed = 3,
	/// The call's fee exceeds what is left of the sponsor's budget today.
	BudgetExhausted = 4,
	/// A `metaTx.dispatch` not submitted by the relayer of the signer's sponsor.
	NotRelayedBySponsor = 5,
	/// A meta transaction signed as immortal ([`CheckMortalEra`]).
	ImmortalMetaTx = 6,
}

impl From<SponsorshipInvalid> for TransactionValidityError {
	fn from(reason: SponsorshipInvalid) -> Self {
		InvalidTransaction::Custom(reason as u8).into()
	}
}

/// The sponsorship rules, part of every meta transaction (after the signature and nonce
/// checks). It refuses a call of a signer no active organisation sponsors, a call outside
/// [`Config::SponsoredCalls`], a patient's call past [`Config::MaxCallsPerDay`], and a call
/// whose fee exceeds what is left of the sponsor's daily budget. While the call runs, the
/// relayer pays its deposits.
#[derive(Encode, Decode, DecodeWithMemTracking, Clone, Eq, PartialEq, TypeInfo, DebugNoBound)]
#[scale_info(skip_type_params(T))]
pub struct SponsoredUse<T>(core::marker::PhantomData<T>);

impl<T> SponsoredUse<T> {
	/// The extension (it carries no data).
	pub fn new() -> Self {
		Self(Default::default())
	}
}

impl<T> Default for SponsoredUse<T> {
	fn default() -> Self {
		Self::new()
	}
}

/// What [`SponsoredUse`] found valid, to count on dispatch.
#[derive(DebugNoBound)]
pub struct Admitted<T: Config> {
	patient: T::AccountId,
	organisation: OrganisationId,
	relayer: T::AccountId,
	fee: BalanceOf<T>,
	day: Day,
}

impl<T: Config> Pallet<T> {
	/// Checks a sponsored call of `patient`: whom it is paid by, and that the day's calls and
	/// budget allow it.
	pub(crate) fn admit(
		patient: &T::AccountId,
		call: &<T as frame_system::Config>::RuntimeCall,
		info: &DispatchInfo,
		len: usize,
	) -> Result<Admitted<T>, TransactionValidityError> {
		let sponsorship =
			Sponsorships::<T>::get(patient).ok_or(SponsorshipInvalid::NotSponsored)?;
		if !T::SponsoredCalls::contains(call) {
			return Err(InvalidTransaction::Call.into());
		}
		let organisation = sponsorship.organisation;
		let sponsor = Sponsors::<T>::get(organisation)
			.filter(|_| Self::is_active(organisation))
			.ok_or(SponsorshipInvalid::SponsorNotActive)?;
		let day = Self::today();
		let calls = if sponsorship.day == day { sponsorship.calls } else { 0 };
		if calls >= T::MaxCallsPerDay::get() {
			return Err(SponsorshipInvalid::DailyCallsUsed.into());
		}
		let fee = T::CallFee::call_fee(len.saturated_into(), info);
		let spent = if sponsor.day == day { sponsor.spent } else { Default::default() };
		if spent.saturating_add(fee) > sponsor.daily_budget {
			return Err(SponsorshipInvalid::BudgetExhausted.into());
		}
		Ok(Admitted { patient: patient.clone(), organisation, relayer: sponsor.relayer, fee, day })
	}

	/// Counts an admitted call against the patient's day and the sponsor's budget, and lets
	/// the relayer pay the call's deposits.
	pub(crate) fn count(admitted: Admitted<T>) {
		let Admitted { patient, organisation, relayer, fee, day } = admitted;
		let mut calls_today = 0;
		Sponsorships::<T>::mutate(&patient, |s| {
			if let Some(s) = s {
				s.calls = if s.day == day { s.calls.saturating_add(1) } else { 1 };
				s.day = day;
				calls_today = s.calls;
			}
		});
		Sponsors::<T>::mutate(organisation, |s| {
			if let Some(s) = s {
				s.spent = if s.day == day { s.spent.saturating_add(fee) } else { fee };
				s.day = day;
			}
		});
		SponsoredDispatch::<T>::put((patient.clone(), relayer));
		Self::deposit_event(Event::SponsoredCallAdmitted {
			account: patient,
			organisation,
			fee,
			calls_today,
		});
	}
}

impl<T: Config + Send + Sync> TransactionExtension<<T as frame_system::Config>::RuntimeCall>
	for SponsoredUse<T>
where
	<T as frame_system::Config>::RuntimeCall: Dispatchable<Info = DispatchInfo>,
	<<T as frame_system::Config>::RuntimeCall as Dispatchable>::RuntimeOrigin:
		AsSystemOriginSigner<T::AccountId> + Clone,
{
	const IDENTIFIER: &'static str = "SponsoredUse";
	type Implicit = ();
	type Val = Admitted<T>;
	type Pre = ();

	fn weight(&self, _: &<T as frame_system::Config>::RuntimeCall) -> Weight {
		<T as Config>::WeightInfo::sponsored_use()
	}

	fn validate(
		&self,
		origin: <<T as frame_system::Config>::RuntimeCall as Dispatchable>::RuntimeOrigin,
		call: &<T as frame_system::Config>::RuntimeCall,
		info: &DispatchInfoOf<<T as frame_system::Config>::RuntimeCall>,
		len: usize,
		_self_implicit: Self::Implicit,
		_inherited_implication: &impl Encode,
		_source: TransactionSource,
	) -> ValidateResult<Self::Val, <T as frame_system::Config>::RuntimeCall> {
		// Meta transactions are signed: the signature check comes first.
		let patient = origin.as_system_origin_signer().ok_or(InvalidTransaction::BadSigner)?;
		let admitted = Pallet::<T>::admit(patient, call, info, len)?;
		Ok((ValidTransaction::default(), admitted, origin))
	}

	fn prepare(
		self,
		val: Self::Val,
		_origin: &<<T as frame_system::Config>::RuntimeCall as Dispatchable>::RuntimeOrigin,
		_call: &<T as frame_system::Config>::RuntimeCall,
		_info: &DispatchInfoOf<<T as frame_system::Config>::RuntimeCall>,
		_len: usize,
	) -> Result<Self::Pre, TransactionValidityError> {
		Pallet::<T>::count(val);
		Ok(())
	}

	fn post_dispatch_details(
		_pre: Self::Pre,
		_info: &DispatchInfoOf<<T as frame_system::Config>::RuntimeCall>,
		_post_info: &PostDispatchInfoOf<<T as frame_system::Config>::RuntimeCall>,
		_len: usize,
		_result: &DispatchResult,
	) -> Result<Weight, TransactionValidityError> {
		SponsoredDispatch::<T>::kill();
		Ok(Weight::zero())
	}
}

/// `frame_system::CheckMortality` for meta transactions, refusing the immortal era
/// ([`SponsorshipInvalid::ImmortalMetaTx`]). A sponsored patient's account goes when nothing
/// is left on it (its sponsorship ended), and its nonce with it: sponsored again, the patient
/// signs from nonce zero again. An immortal meta transaction would then be valid again, and a
/// relayer that kept one could replay the patient's call; a mortal one dies with its era.
/// Encoded as `CheckMortality` is (the era), so wallets sign it the same way.
#[derive(Encode, Decode, DecodeWithMemTracking, Clone, Eq, PartialEq, TypeInfo, DebugNoBound)]
#[scale_info(skip_type_params(T))]
pub struct CheckMortalEra<T: frame_system::Config + Send + Sync>(
	pub frame_system::CheckMortality<T>,
);

impl<T: frame_system::Config + Send + Sync> CheckMortalEra<T> {
	/// The extension for a meta transaction signed for `era`.
	pub fn from(era: polkadot_sdk::sp_runtime::generic::Era) -> Self {
		Self(frame_system::CheckMortality::from(era))
	}
}

impl<T: frame_system::Config + Send + Sync>
	TransactionExtension<<T as frame_system::Config>::RuntimeCall> for CheckMortalEra<T>
{
	const IDENTIFIER: &'static str = "CheckMortality";
	type Implicit = <frame_system::CheckMortality<T> as TransactionExtension<
		<T as frame_system::Config>::RuntimeCall,
	>>::Implicit;
	type Val = ();
	type Pre = ();

	fn implicit(&self) -> Result<Self::Implicit, TransactionValidityError> {
		self.0.implicit()
	}

	fn weight(&self, call: &<T as frame_system::Config>::RuntimeCall) -> Weight {
		self.0.weight(call)
	}

	fn validate(
		&self,
		origin: <T as frame_system::Config>::RuntimeOrigin,
		call: &<T as frame_system::Config>::RuntimeCall,
		info: &DispatchInfoOf<<T as frame_system::Config>::RuntimeCall>,
		len: usize,
		self_implicit: Self::Implicit,
		inherited_implication: &impl Implication,
		source: TransactionSource,
	) -> ValidateResult<Self::Val, <T as frame_system::Config>::RuntimeCall> {
		ensure!(!self.0 .0.is_immortal(), SponsorshipInvalid::ImmortalMetaTx);
		self.0
			.validate(origin, call, info, len, self_implicit, inherited_implication, source)
	}

	impl_tx_ext_default!(<T as frame_system::Config>::RuntimeCall; prepare);
}

/// `pallet-meta-tx`'s `MetaTx`, field by field, in its encoding: the meta transaction's call,
/// extension version and extensions, which `MetaTx` does not expose.
#[derive(Decode)]
struct MetaTxParts<Call, Extension> {
	call: Call,
	extension_version: ExtensionVersion,
	extension: Extension,
}

type MetaTxPartsOf<T> =
	MetaTxParts<<T as frame_system::Config>::RuntimeCall, <T as pallet_meta_tx::Config>::Extension>;

/// Part of every ordinary transaction: a `metaTx.dispatch` must be submitted by the relayer
/// of the meta transaction's signer's sponsor, and its meta transaction must be valid. Both
/// are checked when the transaction pool receives it, so that a relayer is never charged for
/// a meta transaction the chain refuses. Other transactions pass untouched.
#[derive(Encode, Decode, DecodeWithMemTracking, Clone, Eq, PartialEq, TypeInfo, DebugNoBound)]
#[scale_info(skip_type_params(T))]
pub struct RelayedBySponsor<T>(core::marker::PhantomData<T>);

impl<T> RelayedBySponsor<T> {
	/// The extension (it carries no data).
	pub fn new() -> Self {
		Self(Default::default())
	}
}

impl<T> Default for RelayedBySponsor<T> {
	fn default() -> Self {
		Self::new()
	}
}

impl<T: Config + pallet_meta_tx::Config> RelayedBySponsor<T>
where
	<T as frame_system::Config>::RuntimeCall: IsSubType<pallet_meta_tx::Call<T>>
		+ GetDispatchInfo
		+ Dispatchable<Info = DispatchInfo, PostInfo = PostDispatchInfo>,
{
	/// The meta transaction of a `metaTx.dispatch`, with its encoded length.
	fn meta_tx_of(
		call: &<T as frame_system::Config>::RuntimeCall,
	) -> Option<(MetaTxPartsOf<T>, usize)> {
		let pallet_meta_tx::Call::dispatch { meta_tx, .. } = call.is_sub_type()? else {
			return None;
		};
		let encoded = meta_tx.encode();
		let parts = MetaTxPartsOf::<T>::decode(&mut &encoded[..]).ok()?;
		Some((parts, encoded.len()))
	}
}

impl<T: Config + pallet_meta_tx::Config + Send + Sync>
	TransactionExtension<<T as frame_system::Config>::RuntimeCall> for RelayedBySponsor<T>
where
	<T as frame_system::Config>::RuntimeCall: IsSubType<pallet_meta_tx::Call<T>>
		+ GetDispatchInfo
		+ Dispatchable<Info = DispatchInfo, PostInfo = PostDispatchInfo>,
	<<T as frame_system::Config>::RuntimeCall as Dispatchable>::RuntimeOrigin:
		AsSystemOriginSigner<T::AccountId> + From<RawOrigin<T::AccountId>> + Clone,
{
	const IDENTIFIER: &'static str = "RelayedBySponsor";
	type Implicit = ();
	type Val = ();
	type Pre = ();

	/// Checking a meta transaction here costs what its extensions cost (its signature above
	/// all) and finding the sponsor's relayer; other calls cost nothing.
	fn weight(&self, call: &<T as frame_system::Config>::RuntimeCall) -> Weight {
		match Self::meta_tx_of(call) {
			Some((parts, _)) => <T as Config>::WeightInfo::relayed_by_sponsor()
				.saturating_add(parts.extension.weight(&parts.call)),
			None => Weight::zero(),
		}
	}

	fn validate(
		&self,
		origin: <<T as frame_system::Config>::RuntimeCall as Dispatchable>::RuntimeOrigin,
		call: &<T as frame_system::Config>::RuntimeCall,
		_info: &DispatchInfoOf<<T as frame_system::Config>::RuntimeCall>,
		_len: usize,
		_self_implicit: Self::Implicit,
		_inherited_implication: &impl Encode,
		source: TransactionSource,
	) -> ValidateResult<Self::Val, <T as frame_system::Config>::RuntimeCall> {
		if call.is_sub_type().is_none() {
			return Ok((ValidTransaction::default(), (), origin));
		}
		let (parts, len) = Self::meta_tx_of(call).ok_or(InvalidTransaction::Call)?;
		let relayer = origin.as_system_origin_signer().ok_or(InvalidTransaction::BadSigner)?;
		let mut info = parts.call.get_dispatch_info();
		info.extension_weight = parts.extension.weight(&parts.call);
		// The meta transaction's own checks, as its dispatch will run them: signature, era,
		// nonce, and the sponsorship rules.
		let (valid, _, signed) = parts.extension.validate_only(
			RawOrigin::None.into(),
			&parts.call,
			&info,
			len,
			source,
			parts.extension_version,
		)?;
		let patient = signed.as_system_origin_signer().ok_or(InvalidTransaction::BadSigner)?;
		let sponsorship =
			Sponsorships::<T>::get(patient).ok_or(SponsorshipInvalid::NotSponsored)?;
		let sponsor = Sponsors::<T>::get(sponsorship.organisation)
			.ok_or(SponsorshipInvalid::SponsorNotActive)?;
		if sponsor.relayer != *relayer {
			return Err(SponsorshipInvalid::NotRelayedBySponsor.into());
		}
		// The meta transaction's nonce orders the patient's meta transactions in the pool.
		Ok((valid, (), origin))
	}

	fn prepare(
		self,
		_val: Self::Val,
		_origin: &<<T as frame_system::Config>::RuntimeCall as Dispatchable>::RuntimeOrigin,
		_call: &<T as frame_system::Config>::RuntimeCall,
		_info: &DispatchInfoOf<<T as frame_system::Config>::RuntimeCall>,
		_len: usize,
	) -> Result<Self::Pre, TransactionValidityError> {
		Ok(())
	}
}
