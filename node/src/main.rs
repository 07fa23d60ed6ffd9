//! MedLedger node: a Substrate node with Aura block production, GRANDPA finality and ParityDB.

mod chain_spec;
mod cli;
mod command;
mod rpc;
mod service;

fn main() -> polkadot_sdk::sc_cli::Result<()> {
	command::run()
}
