#!/usr/bin/env bash
# Regenerates the weights.rs of MedLedger's pallets with the node's benchmark CLI.
#
#   bash scripts/bench/weights.sh                     # every pallet under pallets/
#   bash scripts/bench/weights.sh pallet_consent_registry
#   STEPS=50 REPEAT=20 bash scripts/bench/weights.sh  # the defaults
#
# Builds the node with `--features runtime-benchmarks` (a separate, heavier build than the one
# tests use), runs `benchmark pallet` against the development chain spec with the compiled Wasm
# executor, and writes each pallet's src/weights.rs from scripts/bench/frame-weight-template.hbs.
# Run it on the reference machine (see docs/performance.md), alone: timings suffer from load.
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/lib.sh

STEPS="${STEPS:-50}"
REPEAT="${REPEAT:-20}"

step "build the node with runtime-benchmarks" \
	cargo build --release --locked -p medledger-node --features runtime-benchmarks
node="$CARGO_TARGET_DIR/release/medledger-node"

if [ $# -gt 0 ]; then
	pallets=("$@")
else
	pallets=()
	for dir in pallets/*/; do
		pallets+=("$(sed -n 's/^name = "\(.*\)"/\1/p' "$dir/Cargo.toml" | head -n1 | tr - _)")
	done
fi

for pallet in "${pallets[@]}"; do
	dir="pallets/${pallet#pallet_}"
	dir="${dir//_/-}"
	[ -d "$dir" ] || { say "no directory $dir for $pallet"; exit 1; }
	step "benchmark $pallet" "$node" benchmark pallet \
		--chain dev \
		--pallet "$pallet" \
		--extrinsic '*' \
		--steps "$STEPS" \
		--repeat "$REPEAT" \
		--wasm-execution compiled \
		--template scripts/bench/frame-weight-template.hbs \
		--output "$dir/src/weights.rs"
done
say "regenerated: ${pallets[*]}; review the diff, then run the tests"
