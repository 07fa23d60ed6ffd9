//! [`IdentityProvider`]: how the other pallets ask this one.

use crate::pallet::*;
use medledger_primitives::{
	EncryptionKey, IdentityProvider, OrganisationId, OrganisationStatus, PatientId,
	PatientRelation, PractitionerStanding,
};
use polkadot_sdk::sp_runtime::traits::BlockNumberProvider;

impl<T: Config> IdentityProvider<T::AccountId> for Pallet<T> {
	fn patient_of(who: &T::AccountId) -> Option<PatientId> {
		PatientByAccount::<T>::get(who)
	}

	fn patient_account(patient: PatientId) -> Option<T::AccountId> {
		Patients::<T>::get(patient).map(|p| p.account)
	}

	fn practitioner_standing(who: &T::AccountId) -> Option<PractitionerStanding> {
		let entry = Practitioners::<T>::get(who)?;
		let org = Organisations::<T>::get(entry.organisation)?;
		(org.status == OrganisationStatus::Active).then_some(PractitionerStanding {
			organisation: entry.organisation,
			kind: org.kind,
			role: entry.role,
		})
	}

	fn admin_of(who: &T::AccountId) -> Option<OrganisationId> {
		OrganisationOfAdmin::<T>::get(who)
	}

	fn organisation_status(organisation: OrganisationId) -> Option<OrganisationStatus> {
		Organisations::<T>::get(organisation).map(|o| o.status)
	}

	fn relation(actor: &T::AccountId, patient: PatientId) -> PatientRelation {
		match Patients::<T>::get(patient) {
			None => PatientRelation::Unknown,
			Some(p) if p.account == *actor => PatientRelation::Patient,
			Some(p) if p.representatives == 0 => PatientRelation::Other,
			Some(_) => match Representatives::<T>::get(patient, actor) {
				Some(r) if Self::in_force(&r, T::BlockNumberProvider::current_block_number()) =>
					PatientRelation::Representative(r.scope),
				_ => PatientRelation::Other,
			},
		}
	}

	fn encryption_key(patient: PatientId) -> Option<EncryptionKey> {
		Patients::<T>::get(patient).map(|p| p.encryption_key)
	}
}

/// Answers of the `IdentityApi` runtime API.
impl<T: Config> Pallet<T> {
	/// What `account` is on the chain.
	pub fn api_standing(
		account: T::AccountId,
	) -> medledger_primitives::runtime_api::AccountStanding {
		medledger_primitives::runtime_api::AccountStanding {
			patient: PatientByAccount::<T>::get(&account),
			practitioner: Self::practitioner_standing(&account),
			admin_of: OrganisationOfAdmin::<T>::get(&account),
		}
	}

	/// An organisation, for clients.
	pub fn api_organisation(
		organisation: OrganisationId,
	) -> Option<medledger_primitives::runtime_api::OrganisationInfo<T::AccountId>> {
		Organisations::<T>::get(organisation).map(|o| {
			medledger_primitives::runtime_api::OrganisationInfo {
				name: o.name.into_inner(),
				kind: o.kind,
				jurisdiction: o.jurisdiction.into_inner(),
				licence_hash: o.licence_hash.0,
				status: o.status,
				admins: o.admins.into_inner(),
				practitioners: o.practitioners,
			}
		})
	}

	/// A patient, for clients.
	pub fn api_patient(
		patient: PatientId,
	) -> Option<medledger_primitives::runtime_api::PatientInfo<T::AccountId>> {
		Patients::<T>::get(patient).map(|p| medledger_primitives::runtime_api::PatientInfo {
			account: p.account,
			encryption_key: p.encryption_key,
			has_commitment: p.commitment.is_some(),
			representatives: Representatives::<T>::iter_key_prefix(patient).collect(),
			recovery_contacts: RecoveryConfigs::<T>::get(patient)
				.map(|c| c.contacts.into_inner())
				.unwrap_or_default(),
			recovery_threshold: RecoveryConfigs::<T>::get(patient)
				.map(|c| c.threshold)
				.unwrap_or_default(),
		})
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl<T: Config> medledger_primitives::IdentityBenchmarkHelper<T::AccountId> for Pallet<T> {
	fn register_patient(
		who: &T::AccountId,
	) -> Result<PatientId, polkadot_sdk::sp_runtime::DispatchError> {
		use polkadot_sdk::{
			frame_support::traits::{
				fungible::{Inspect, Mutate},
				Get,
			},
			sp_runtime::Saturating,
		};
		let patient = NextPatientId::<T>::get();
		let funds = T::PatientDeposit::get().saturating_mul(10u32.into());
		T::Currency::set_balance(who, T::Currency::balance(who).saturating_add(funds));
		Self::do_register_patient(who.clone(), [7; 32], None)?;
		Ok(patient)
	}

	fn register_practitioner(
		who: &T::AccountId,
		kind: medledger_primitives::OrganisationKind,
		role: medledger_primitives::PractitionerRole,
	) -> Result<OrganisationId, polkadot_sdk::sp_runtime::DispatchError> {
		use polkadot_sdk::frame_support::BoundedVec;
		let organisation = NextOrganisationId::<T>::get();
		let admin = Self::organisation_admin(organisation);
		let name = BoundedVec::try_from(b"Benchmark Hospital".to_vec())
			.map_err(|_| polkadot_sdk::sp_runtime::DispatchError::Other("name too long"))?;
		let jurisdiction = BoundedVec::try_from(b"DE".to_vec())
			.map_err(|_| polkadot_sdk::sp_runtime::DispatchError::Other("jurisdiction"))?;
		Self::do_admit_organisation(
			name,
			kind,
			jurisdiction,
			polkadot_sdk::sp_core::H256::repeat_byte(1),
			admin.clone(),
		)?;
		Self::do_invite_practitioner(admin, who.clone(), role)?;
		Self::do_accept_invitation(who.clone(), organisation)?;
		Ok(organisation)
	}

	fn add_practitioner(
		organisation: OrganisationId,
		who: &T::AccountId,
		role: medledger_primitives::PractitionerRole,
	) -> Result<(), polkadot_sdk::sp_runtime::DispatchError> {
		Self::do_invite_practitioner(Self::organisation_admin(organisation), who.clone(), role)?;
		Self::do_accept_invitation(who.clone(), organisation)
	}

	fn organisation_admin(organisation: OrganisationId) -> T::AccountId {
		polkadot_sdk::frame_benchmarking::account("helper-admin", organisation, 0)
	}

	fn suspend_organisation(
		organisation: OrganisationId,
	) -> Result<(), polkadot_sdk::sp_runtime::DispatchError> {
		Self::do_set_status(organisation, true)
	}

	fn appoint_representative(
		patient_account: &T::AccountId,
		representative: &T::AccountId,
		scope: medledger_primitives::RepresentativeScope,
	) -> Result<(), polkadot_sdk::sp_runtime::DispatchError> {
		let patient =
			PatientByAccount::<T>::get(patient_account).ok_or(Error::<T>::PatientNotFound)?;
		Self::do_appoint_representative(
			patient_account.clone(),
			patient,
			representative.clone(),
			scope,
			None,
			None,
		)
	}

	fn remove_representative(
		patient_account: &T::AccountId,
		representative: &T::AccountId,
	) -> Result<(), polkadot_sdk::sp_runtime::DispatchError> {
		let patient =
			PatientByAccount::<T>::get(patient_account).ok_or(Error::<T>::PatientNotFound)?;
		Self::do_remove_representative(patient_account.clone(), patient, representative.clone())
	}
}
