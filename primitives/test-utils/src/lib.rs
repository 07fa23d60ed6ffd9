//! What MedLedger's pallet and runtime tests share. A dev-dependency only: never in a runtime or
//! the node.
//!
//! [`cast`] is the consent registry's and the record anchor's test cast; [`wallet`] computes
//! the tags a patient's wallet would.
//!
//! [`preset_ext`] builds a runtime's genesis storage from one of its presets, as
//! `chain-spec-builder` does for a chain spec.
//!
//! [`count_accesses`] runs a call and counts the distinct storage keys it reads and writes, as
//! the benchmark CLI counts them, so that a test can hold every call's worst case against the
//! reads and writes its weight declares ([`declared_accesses`]). polkadot-sdk's benchmarks
//! measure one path per call; these tests cover the paths a benchmark does not take.
//!
//! [`RecordingTimeline`] is the patients' timeline of a pallet's mock: it remembers what the
//! pallet told it, for the test to compare.

pub mod cast;
pub mod wallet;

/// A patient timeline that remembers, per test thread, every entry it was told.
pub struct RecordingTimeline;

std::thread_local! {
	static NOTED: std::cell::RefCell<Vec<(medledger_primitives::PatientId, medledger_primitives::TimelineEvent)>> =
		const { std::cell::RefCell::new(Vec::new()) };
}

impl RecordingTimeline {
	/// What it was told since the last call, oldest first.
	pub fn take() -> Vec<(medledger_primitives::PatientId, medledger_primitives::TimelineEvent)> {
		NOTED.with(|noted| noted.take())
	}
}

impl medledger_primitives::PatientTimeline for RecordingTimeline {
	fn note(patient: medledger_primitives::PatientId, event: medledger_primitives::TimelineEvent) {
		NOTED.with(|noted| noted.borrow_mut().push((patient, event)));
	}

	/// Not zero, so that a test sees whether a call counts its entries.
	fn note_weight() -> Weight {
		Weight::from_parts(7_000, 70)
	}
}

use polkadot_sdk::{
	sp_core::storage::{ChildInfo, StateVersion, TrackedStorageKey},
	sp_externalities::{
		set_and_run_with_externalities, with_externalities, Error, Extension, ExtensionStore,
		Externalities, MultiRemovalResults,
	},
	sp_io::hashing::twox_128,
	sp_weights::{RuntimeDbWeight, Weight},
};
use std::{
	any::{Any, TypeId},
	collections::BTreeSet,
};

/// The storage a call read and wrote: distinct keys, as the benchmark CLI counts them (a key
/// read after the call wrote it is not a read; a key written twice is one write).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Accesses {
	/// Keys read from storage.
	pub read: BTreeSet<Vec<u8>>,
	/// Keys written (set, changed, appended to or removed).
	pub written: BTreeSet<Vec<u8>>,
}

impl Accesses {
	/// How many keys were read and written, leaving out `ignored` (what the benchmarks
	/// whitelist: see [`whitelisted`]).
	pub fn counts(&self, ignored: &[Vec<u8>]) -> (u64, u64) {
		let count = |keys: &BTreeSet<Vec<u8>>| {
			keys.iter().filter(|k| !ignored.iter().any(|i| k.starts_with(i))).count() as u64
		};
		(count(&self.read), count(&self.written))
	}
}

/// The keys that the benchmark CLI does not count: `frame_system`'s whitelisted items (block
/// number, execution phase, event count, block weight and size, extrinsic count), its events,
/// the extrinsic index and the transaction level; plus each of `accounts` (whitelisted callers:
/// the full `System::Account` key of each).
pub fn whitelisted(accounts: &[Vec<u8>]) -> Vec<Vec<u8>> {
	let system = twox_128(b"System");
	let mut keys: Vec<Vec<u8>> = [
		&b"Number"[..],
		b"ExecutionPhase",
		b"EventCount",
		b"Events",
		b"BlockWeight",
		b"BlockSize",
		b"ExtrinsicCount",
		b"InherentsApplied",
		b"ExtrinsicWeightReclaimed",
	]
	.iter()
	.map(|item| [&system[..], &twox_128(item)[..]].concat())
	.collect();
	keys.push(b":transaction_level:".to_vec());
	keys.push(b":extrinsic_index".to_vec());
	keys.push(b":intrablock_entropy".to_vec());
	keys.extend(accounts.iter().cloned());
	keys
}

/// The database weight to give `frame_system::Config::DbWeight` in a mock whose weights are
/// decoded with [`declared_accesses`]: a read and a write are far apart in `ref_time`, and far
/// above any benchmarked computation.
pub const COUNTING_DB_WEIGHT: RuntimeDbWeight =
	RuntimeDbWeight { read: READ_UNIT, write: WRITE_UNIT };
const READ_UNIT: u64 = 1_000_000_000_000;
const WRITE_UNIT: u64 = 1_000_000_000_000_000;

/// The reads and writes a weight declares, when the weight was computed with
/// [`COUNTING_DB_WEIGHT`] (its computation stays below 1,000 s, its reads below 1,000).
pub fn declared_accesses(weight: Weight) -> (u64, u64) {
	let time = weight.ref_time();
	((time % WRITE_UNIT) / READ_UNIT, time / WRITE_UNIT)
}

/// Asserts that `accesses`, leaving out what the benchmarks whitelist and the signer's account
/// (`signer_account`: its full `System::Account` key; the transaction fee reads and writes it,
/// and the fee's weight counts that), are within the reads and writes `declared` counts.
pub fn assert_within(name: &str, accesses: &Accesses, declared: Weight, signer_account: Vec<u8>) {
	let (reads, writes) = accesses.counts(&whitelisted(&[signer_account]));
	let (declared_reads, declared_writes) = declared_accesses(declared);
	assert!(
		reads <= declared_reads && writes <= declared_writes,
		"{name}: read {reads} and wrote {writes} keys, its weight declares {declared_reads} reads \
		 and {declared_writes} writes"
	);
}

/// Runs `f` in the current externalities and returns its result with the storage it accessed.
/// Must be called inside `TestExternalities::execute_with`.
pub fn count_accesses<R>(f: impl FnOnce() -> R) -> (R, Accesses) {
	let mut f = Some(f);
	let mut out = None;
	with_externalities(|inner| {
		let mut counting = Counting { inner, accesses: Accesses::default() };
		let f = f.take().expect("runs once");
		let result = set_and_run_with_externalities(&mut counting, f);
		out = Some((result, counting.accesses));
	})
	.expect("count_accesses runs inside externalities");
	out.expect("the closure ran")
}

/// Externalities that pass every call on and note the keys touched.
struct Counting<'a> {
	inner: &'a mut dyn Externalities,
	accesses: Accesses,
}

impl Counting<'_> {
	fn read(&mut self, key: &[u8]) {
		if !self.accesses.written.contains(key) {
			self.accesses.read.insert(key.to_vec());
		}
	}

	fn write(&mut self, key: &[u8]) {
		self.accesses.written.insert(key.to_vec());
	}
}

impl ExtensionStore for Counting<'_> {
	fn extension_by_type_id(&mut self, type_id: TypeId) -> Option<&mut dyn Any> {
		self.inner.extension_by_type_id(type_id)
	}

	fn register_extension_with_type_id(
		&mut self,
		type_id: TypeId,
		extension: Box<dyn Extension>,
	) -> Result<(), Error> {
		self.inner.register_extension_with_type_id(type_id, extension)
	}

	fn deregister_extension_by_type_id(&mut self, type_id: TypeId) -> Result<(), Error> {
		self.inner.deregister_extension_by_type_id(type_id)
	}
}

impl Externalities for Counting<'_> {
	fn set_offchain_storage(&mut self, key: &[u8], value: Option<&[u8]>) {
		self.inner.set_offchain_storage(key, value)
	}

	fn storage(&mut self, key: &[u8]) -> Option<Vec<u8>> {
		self.read(key);
		self.inner.storage(key)
	}

	fn storage_hash(&mut self, key: &[u8]) -> Option<Vec<u8>> {
		self.read(key);
		self.inner.storage_hash(key)
	}

	fn child_storage_hash(&mut self, child_info: &ChildInfo, key: &[u8]) -> Option<Vec<u8>> {
		self.inner.child_storage_hash(child_info, key)
	}

	fn child_storage(&mut self, child_info: &ChildInfo, key: &[u8]) -> Option<Vec<u8>> {
		self.inner.child_storage(child_info, key)
	}

	fn next_storage_key(&mut self, key: &[u8]) -> Option<Vec<u8>> {
		let next = self.inner.next_storage_key(key);
		if let Some(next) = &next {
			self.read(next);
		}
		next
	}

	fn next_child_storage_key(&mut self, child_info: &ChildInfo, key: &[u8]) -> Option<Vec<u8>> {
		self.inner.next_child_storage_key(child_info, key)
	}

	fn kill_child_storage(
		&mut self,
		child_info: &ChildInfo,
		maybe_limit: Option<u32>,
		maybe_cursor: Option<&[u8]>,
	) -> MultiRemovalResults {
		self.inner.kill_child_storage(child_info, maybe_limit, maybe_cursor)
	}

	fn clear_prefix(
		&mut self,
		prefix: &[u8],
		maybe_limit: Option<u32>,
		maybe_cursor: Option<&[u8]>,
	) -> MultiRemovalResults {
		self.write(prefix);
		self.inner.clear_prefix(prefix, maybe_limit, maybe_cursor)
	}

	fn clear_child_prefix(
		&mut self,
		child_info: &ChildInfo,
		prefix: &[u8],
		maybe_limit: Option<u32>,
		maybe_cursor: Option<&[u8]>,
	) -> MultiRemovalResults {
		self.inner.clear_child_prefix(child_info, prefix, maybe_limit, maybe_cursor)
	}

	fn place_storage(&mut self, key: Vec<u8>, value: Option<Vec<u8>>) {
		self.write(&key);
		self.inner.place_storage(key, value)
	}

	fn place_child_storage(
		&mut self,
		child_info: &ChildInfo,
		key: Vec<u8>,
		value: Option<Vec<u8>>,
	) {
		self.inner.place_child_storage(child_info, key, value)
	}

	fn storage_root(&mut self, state_version: StateVersion) -> Vec<u8> {
		self.inner.storage_root(state_version)
	}

	fn child_storage_root(
		&mut self,
		child_info: &ChildInfo,
		state_version: StateVersion,
	) -> Vec<u8> {
		self.inner.child_storage_root(child_info, state_version)
	}

	fn storage_append(&mut self, key: Vec<u8>, value: Vec<u8>) {
		self.write(&key);
		self.inner.storage_append(key, value)
	}

	fn storage_start_transaction(&mut self) {
		self.inner.storage_start_transaction()
	}

	fn storage_rollback_transaction(&mut self) -> Result<(), ()> {
		self.inner.storage_rollback_transaction()
	}

	fn storage_commit_transaction(&mut self) -> Result<(), ()> {
		self.inner.storage_commit_transaction()
	}

	fn wipe(&mut self) {
		self.inner.wipe()
	}

	fn commit(&mut self) {
		self.inner.commit()
	}

	fn read_write_count(&self) -> (u32, u32, u32, u32) {
		self.inner.read_write_count()
	}

	fn reset_read_write_count(&mut self) {
		self.inner.reset_read_write_count()
	}

	fn get_whitelist(&self) -> Vec<TrackedStorageKey> {
		self.inner.get_whitelist()
	}

	fn set_whitelist(&mut self, new: Vec<TrackedStorageKey>) {
		self.inner.set_whitelist(new)
	}

	fn get_read_and_written_keys(&self) -> Vec<(Vec<u8>, u32, u32, bool)> {
		self.inner.get_read_and_written_keys()
	}
}

/// Applies a JSON patch over a base the way `chain-spec-builder` does (RFC 7386).
fn merge(base: &mut serde_json::Value, patch: serde_json::Value) {
	use serde_json::Value;
	match (base, patch) {
		(Value::Object(base), Value::Object(patch)) =>
			for (k, v) in patch {
				if v.is_null() {
					base.remove(&k);
				} else {
					merge(base.entry(k).or_insert(Value::Null), v);
				}
			},
		(base, patch) => *base = patch,
	}
}

/// The genesis storage of a runtime's preset: the preset's JSON patch (`GenesisBuilder`'s
/// `get_preset`) over the default `RuntimeGenesisConfig` `G`, built as the node builds a chain
/// spec's genesis.
pub fn preset_ext<G>(patch: &[u8]) -> polkadot_sdk::sp_io::TestExternalities
where
	G: polkadot_sdk::frame_support::traits::BuildGenesisConfig + Default,
{
	let patch: serde_json::Value = serde_json::from_slice(patch).expect("a preset is valid JSON");
	let mut config = serde_json::to_value(G::default()).expect("serializes");
	merge(&mut config, patch);
	let mut ext = polkadot_sdk::sp_io::TestExternalities::new(Default::default());
	ext.execute_with(|| {
		polkadot_sdk::frame_support::genesis_builder_helper::build_state::<G>(
			serde_json::to_vec(&config).expect("serializes"),
		)
		.expect("the preset builds a genesis state")
	});
	ext
}
