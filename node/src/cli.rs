//! Command line of the node: `sc-cli`'s run command plus the usual maintenance subcommands.

#[cfg(feature = "runtime-benchmarks")]
use polkadot_sdk::frame_benchmarking_cli;
use polkadot_sdk::sc_cli;

#[derive(Debug, clap::Parser)]
pub struct Cli {
	#[command(subcommand)]
	pub subcommand: Option<Subcommand>,

	#[clap(flatten)]
	pub run: sc_cli::RunCmd,
}

#[derive(Debug, clap::Subcommand)]
#[allow(clippy::large_enum_variant)]
pub enum Subcommand {
	/// Key management: generate, inspect and insert keys, node keys.
	#[command(subcommand)]
	Key(sc_cli::KeySubcommand),

	/// Build a chain specification (deprecated upstream: prefer `export-chain-spec`).
	BuildSpec(sc_cli::BuildSpecCmd),

	/// Export a chain specification (plain or raw) to stdout or a file.
	ExportChainSpec(sc_cli::ExportChainSpecCmd),

	/// Make a chain spec from a runtime's Wasm and one of its genesis presets, patch, convert to
	/// raw or verify one: the `chain-spec-builder` tool, bundled as `polkadot-omni-node` bundles
	/// it. For the parachain runtime (`--para-id`, `--relay-chain`) as for the solo one.
	ChainSpecBuilder(polkadot_sdk::staging_chain_spec_builder::ChainSpecBuilder),

	/// Validate blocks.
	CheckBlock(sc_cli::CheckBlockCmd),

	/// Export blocks.
	ExportBlocks(sc_cli::ExportBlocksCmd),

	/// Export the state of a given block into a chain spec.
	ExportState(sc_cli::ExportStateCmd),

	/// Import blocks.
	ImportBlocks(sc_cli::ImportBlocksCmd),

	/// Remove the whole chain.
	PurgeChain(sc_cli::PurgeChainCmd),

	/// Revert the chain to a previous state.
	Revert(sc_cli::RevertCmd),

	/// Database metadata: best and finalised blocks.
	ChainInfo(sc_cli::ChainInfoCmd),

	/// Runtime and node benchmarks (only in builds with `--features runtime-benchmarks`).
	#[cfg(feature = "runtime-benchmarks")]
	#[command(subcommand)]
	Benchmark(frame_benchmarking_cli::BenchmarkCmd),
}
