//! [`IdentityProvider`]: how the other pallets ask this one.

use crate::pallet::*;
use medledger_primitives::{
	EncryptionKey, IdentityProvider, OrganisationId, OrganisationStatus, PatientId,
	PatientRelation, PractitionerStanding,
};

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
		OrganisationAdmins::<T>::get(who)
	}

	fn organisation_status(organisation: OrganisationId) -> Option<OrganisationStatus> {
		Organisations::<T>::get(organisation).map(|o| o.status)
	}

	fn relation(actor: &T::AccountId, patient: PatientId) -> PatientRelation {
		match Patients::<T>::get(patient) {
			None => PatientRelation::Unknown,
			Some(p) if p.account == *actor || p.guardians.contains(actor) =>
				PatientRelation::ActsFor,
			Some(_) => PatientRelation::Other,
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
			admin_of: OrganisationAdmins::<T>::get(&account),
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
			guardians: p.guardians.into_inner(),
			recovery_threshold: p.recovery_threshold,
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
		Self::do_register_practitioner(admin, who.clone(), role)?;
		Ok(organisation)
	}

	fn organisation_admin(organisation: OrganisationId) -> T::AccountId {
		polkadot_sdk::frame_benchmarking::account("helper-admin", organisation, 0)
	}

	fn add_guardian(
		patient_account: &T::AccountId,
		guardian: &T::AccountId,
	) -> Result<(), polkadot_sdk::sp_runtime::DispatchError> {
		Self::do_add_guardian(patient_account.clone(), guardian.clone())
	}
}
