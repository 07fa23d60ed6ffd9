//! MedLedger node: a Substrate node with Aura block production, GRANDPA finality and ParityDB.

// `sc_cli::Result` is the CLI API of polkadot-sdk; its large error type is not ours to box.
#![allow(clippy::result_large_err)]

mod chain_spec;
mod cli;
mod command;
mod rpc;
mod service;

fn main() -> polkadot_sdk::sc_cli::Result<()> {
	command::run()
}
