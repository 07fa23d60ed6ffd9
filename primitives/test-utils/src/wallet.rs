//! What a patient's wallet computes, for tests: the [`Tag`]s of classes and purposes. Clients
//! have the same in the SDK (`scripts/sdk/src/privacy.ts`); `tags_are_the_sdks` here and the
//! SDK's own test hold both to the same vectors.
//!
//! A tag is the 8-byte BLAKE2b hash of the patient's tag key, `medledger/`, a domain (`class` or
//! `purpose`), `:` and a code. A class's code is its category's, then each of its sensitivity
//! labels, sorted, after a `+` (`laboratory+HIV`); a purpose's is its HL7 v3 PurposeOfUse code.

use medledger_primitives::{Tag, EMERGENCY_CLASS, EMERGENCY_PURPOSE};
use polkadot_sdk::sp_crypto_hashing::blake2_64;

/// The test patients' tag key.
pub const TAG_KEY: [u8; 32] = [0x7a; 32];

/// The tag of `code` in `domain` under `key`.
pub fn tag(key: &[u8; 32], domain: &str, code: &str) -> Tag {
	let mut data = key.to_vec();
	data.extend_from_slice(b"medledger/");
	data.extend_from_slice(domain.as_bytes());
	data.push(b':');
	data.extend_from_slice(code.as_bytes());
	blake2_64(&data)
}

/// The tag of the class of records of `category` with `labels`.
pub fn class_tag(key: &[u8; 32], category: &str, labels: &[&str]) -> Tag {
	let mut labels = labels.to_vec();
	labels.sort();
	let code = labels.iter().fold(category.to_string(), |code, label| code + "+" + label);
	tag(key, "class", &code)
}

/// The tag of an HL7 v3 PurposeOfUse code.
pub fn purpose_tag(key: &[u8; 32], code: &str) -> Tag {
	tag(key, "purpose", code)
}

/// The classes the tests use, by the category (and, for three, the sensitivity label of a
/// clinical note) they stand for.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Category {
	Allergies,
	Conditions,
	Medications,
	Laboratory,
	Imaging,
	Immunizations,
	Procedures,
	ClinicalNotes,
	Encounters,
	VitalSigns,
	Genomics,
	/// A clinical note labelled mental health (HL7 `MH`).
	MentalHealth,
	/// A clinical note labelled substance use (HL7 `ETH`).
	SubstanceUse,
	/// A clinical note labelled sexual and reproductive health (HL7 `SEX`).
	SexualReproductiveHealth,
	/// The record of emergency care written under an emergency session: the public
	/// [`EMERGENCY_CLASS`], not a tag of the patient's.
	EmergencyCare,
}

impl Category {
	/// Every class the patient's tag key makes (all but [`Self::EmergencyCare`]).
	pub const ALL: [Category; 14] = [
		Self::Allergies,
		Self::Conditions,
		Self::Medications,
		Self::Laboratory,
		Self::Imaging,
		Self::Immunizations,
		Self::Procedures,
		Self::ClinicalNotes,
		Self::Encounters,
		Self::VitalSigns,
		Self::Genomics,
		Self::MentalHealth,
		Self::SubstanceUse,
		Self::SexualReproductiveHealth,
	];

	/// The categories without a sensitivity label: what a broad grant lists.
	pub const STANDARD: [Category; 11] = [
		Self::Allergies,
		Self::Conditions,
		Self::Medications,
		Self::Laboratory,
		Self::Imaging,
		Self::Immunizations,
		Self::Procedures,
		Self::ClinicalNotes,
		Self::Encounters,
		Self::VitalSigns,
		Self::Genomics,
	];

	/// Whether the class carries a sensitivity label: its author gives it an emergency
	/// commitment no key opens.
	pub fn is_labelled(self) -> bool {
		matches!(self, Self::MentalHealth | Self::SubstanceUse | Self::SexualReproductiveHealth)
	}

	/// The test patients' tag of this class.
	pub fn tag(self) -> Tag {
		let (category, labels): (&str, &[&str]) = match self {
			Self::EmergencyCare => return EMERGENCY_CLASS,
			Self::Allergies => ("allergies", &[]),
			Self::Conditions => ("conditions", &[]),
			Self::Medications => ("medications", &[]),
			Self::Laboratory => ("laboratory", &[]),
			Self::Imaging => ("imaging", &[]),
			Self::Immunizations => ("immunizations", &[]),
			Self::Procedures => ("procedures", &[]),
			Self::ClinicalNotes => ("clinical-notes", &[]),
			Self::Encounters => ("encounters", &[]),
			Self::VitalSigns => ("vital-signs", &[]),
			Self::Genomics => ("genomics", &[]),
			Self::MentalHealth => ("clinical-notes", &["MH"]),
			Self::SubstanceUse => ("clinical-notes", &["ETH"]),
			Self::SexualReproductiveHealth => ("clinical-notes", &["SEX"]),
		};
		class_tag(&TAG_KEY, category, labels)
	}
}

/// The purposes the tests use.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Purpose {
	/// `TREAT`.
	Treatment,
	/// Break-glass access: the public [`EMERGENCY_PURPOSE`], not a tag of the patient's.
	EmergencyTreatment,
	/// `HPAYMT`.
	Payment,
	/// `HOPERAT`.
	Operations,
	/// `HRESCH`.
	Research,
	/// `PUBHLTH`.
	PublicHealth,
	/// `PATRQT`.
	PatientRequest,
}

impl Purpose {
	/// The test patients' tag of this purpose.
	pub fn tag(self) -> Tag {
		let code = match self {
			Self::Treatment => "TREAT",
			Self::EmergencyTreatment => return EMERGENCY_PURPOSE,
			Self::Payment => "HPAYMT",
			Self::Operations => "HOPERAT",
			Self::Research => "HRESCH",
			Self::PublicHealth => "PUBHLTH",
			Self::PatientRequest => "PATRQT",
		};
		purpose_tag(&TAG_KEY, code)
	}
}

/// The tags of `categories`.
pub fn classes(categories: &[Category]) -> Vec<Tag> {
	categories.iter().map(|c| c.tag()).collect()
}

/// The tags of `purposes`.
pub fn purposes(purposes: &[Purpose]) -> Vec<Tag> {
	purposes.iter().map(|p| p.tag()).collect()
}

/// `tags`, sorted and de-duplicated, as the chain stores a consent's lists.
pub fn sorted(mut tags: Vec<Tag>) -> Vec<Tag> {
	tags.sort();
	tags.dedup();
	tags
}

#[cfg(test)]
mod tests {
	use super::*;

	/// The vectors `scripts/sdk/src/privacy.test.ts` checks too.
	#[test]
	fn tags_are_the_sdks() {
		let key = [0x7a; 32];
		let hex = |t: Tag| t.iter().map(|b| format!("{b:02x}")).collect::<String>();
		assert_eq!(hex(class_tag(&key, "laboratory", &[])), VECTOR_LABORATORY);
		assert_eq!(hex(class_tag(&key, "laboratory", &["V", "HIV"])), VECTOR_LABORATORY_HIV_V);
		assert_eq!(hex(purpose_tag(&key, "TREAT")), VECTOR_TREAT);
	}

	const VECTOR_LABORATORY: &str = "4aa002f4b7b379da";
	const VECTOR_LABORATORY_HIV_V: &str = "aa5982645047eb70";
	const VECTOR_TREAT: &str = "12b3ba67243cb96e";
}
