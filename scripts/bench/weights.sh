#!/usr/bin/env bash
# Regenerates every weight the runtime uses, with the node's benchmark CLI, on this machine:
#
#   bash scripts/bench/weights.sh                 # everything below
#   bash scripts/bench/weights.sh pallets         # MedLedger's pallets: pallets/*/src/weights.rs
#   bash scripts/bench/weights.sh runtime         # polkadot-sdk pallets every transaction or a
#                                                 # baseline uses: runtime/common/src/weights/<pallet>.rs
#   bash scripts/bench/weights.sh overhead        # block and extrinsic base weights
#   bash scripts/bench/weights.sh storage         # ParityDB read/write weights (see below)
#   bash scripts/bench/weights.sh pallet_consent_registry   # one pallet
#   STEPS=50 REPEAT=20 bash scripts/bench/weights.sh        # the defaults
#
# Builds the node with `--features runtime-benchmarks` (a separate, heavier build than the one
# tests use) and runs it against the runtime's `development` genesis preset, Wasm compiled.
# Pallet weights use scripts/bench/frame-weight-template.hbs (pallets) and
# scripts/bench/runtime-weight-template.hbs (runtime), the storage weights
# scripts/bench/storage-weights-template.hbs; the overhead files use the CLI's own template,
# with its `sp_core`/`sp_weights` paths pointed at the umbrella crate.
#
# `storage` measures reads and writes on a real ParityDB database: STORAGE_DB names a node
# base path and STORAGE_CHAIN its chain spec. By default they are the ones a load run keeps
# (`node scripts/bench/load.mjs --keep ~/.cache/medledger/load-db`): thousands of accounts,
# patients, consents, records and log entries, closer to a working chain than a new dev chain.
#
# Run it alone on the reference machine (see docs/performance.md): timings suffer from load.
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/lib.sh

STEPS="${STEPS:-50}"
REPEAT="${REPEAT:-20}"
STORAGE_DB="${STORAGE_DB:-$HOME/.cache/medledger/load-db}"
STORAGE_CHAIN="${STORAGE_CHAIN:-$STORAGE_DB/load-spec.raw.json}"
OWN=(pallet_patient_identity pallet_consent_registry pallet_record_anchor pallet_consortium
	pallet_sponsorship pallet_timeline)
# What every signed transaction pays for (extensions, fees), the inherent every block carries
# (timestamp), the two baselines of the load benchmark (remark, transfer), the signature check of
# a sponsored patient's meta transaction, the council's membership, the development chains'
# sudo, and the batches, multisig accounts and proxies of accounts kept in cold storage. Not here, with polkadot-sdk's reference weights in the runtime: `pallet_meta_tx` (its
# benchmark runs the node out of 24 GiB of memory at its default components) and
# `pallet_collective` (its `close_approved` benchmark expects the prime's vote to be the default
# one; the council counts abstentions as nays, so the motion it closes is disapproved).
RUNTIME=(frame_system frame_system_extensions pallet_balances pallet_timestamp
	pallet_transaction_payment pallet_verify_signature pallet_sudo pallet_membership pallet_utility
	pallet_multisig pallet_proxy)

build_bench_node
weights=runtime/common/src/weights
mkdir -p "$weights"

# The generated overhead files name `sp_core`/`sp_weights` as crates; the runtime reaches them
# through the umbrella crate.
umbrella_paths() {
	sed -i -e 's/^\(\s*\)use sp_core::/\1use polkadot_sdk::sp_core::/' \
		-e 's/^\(\s*\)use sp_weights::/\1use polkadot_sdk::sp_weights::/' "$@"
}

bench_pallet() { # <pallet> <output> <template>
	step "benchmark $1" "$node" benchmark pallet \
		--runtime "$wasm" \
		--genesis-builder runtime \
		--genesis-builder-preset development \
		--pallet "$1" \
		--extrinsic '*' \
		--exclude-extrinsics pallet_consent_registry::check_access_with_grants \
		--steps "$STEPS" \
		--repeat "$REPEAT" \
		--wasm-execution compiled \
		--heap-pages 4096 \
		--template "$3" \
		--output "$2"
}

own() {
	local dir="pallets/${1#pallet_}"
	dir="${dir//_/-}"
	[ -d "$dir" ] || { say "no directory $dir for $1"; exit 1; }
	bench_pallet "$1" "$dir/src/weights.rs" scripts/bench/frame-weight-template.hbs
}

runtime_pallet() {
	bench_pallet "$1" "$weights/$1.rs" scripts/bench/runtime-weight-template.hbs
	# The extension weights are frame_system's `ExtensionsWeightInfo`, not a pallet's WeightInfo.
	if [ "$1" = frame_system_extensions ]; then
		sed -i 's/frame_system_extensions::WeightInfo for/frame_system::ExtensionsWeightInfo for/' \
			"$weights/$1.rs"
	fi
}

overhead() {
	step "benchmark overhead" "$node" benchmark overhead \
		--runtime "$wasm" \
		--genesis-builder runtime \
		--genesis-builder-preset development \
		--wasm-execution compiled \
		--warmup 10 \
		--repeat 100 \
		--header scripts/bench/weights-header.txt \
		--weight-path "$weights"
	umbrella_paths "$weights/block_weights.rs" "$weights/extrinsic_weights.rs"
	fmt "$weights/block_weights.rs" "$weights/extrinsic_weights.rs"
}

# Generated files are not formatted as the repository is (rustfmt.toml; its comment
# options need a nightly rustfmt, used when the machine has one).
fmt() {
	if rustfmt +nightly --version >/dev/null 2>&1; then
		rustfmt +nightly --edition 2021 "$@"
	else
		rustfmt --edition 2021 "$@" 2>/dev/null || true
	fi
}

storage() {
	[ -d "$STORAGE_DB" ] && [ -f "$STORAGE_CHAIN" ] || {
		say "no database at $STORAGE_DB (or no chain spec $STORAGE_CHAIN):"
		say "  run: (cd scripts/bench && node load.mjs --keep $STORAGE_DB)"
		exit 1
	}
	step "benchmark storage" "$node" benchmark storage \
		--chain "$STORAGE_CHAIN" \
		--base-path "$STORAGE_DB" \
		--database paritydb \
		--state-version 1 \
		--warmups 1 \
		--batch-size "${STORAGE_BATCH:-10000}" \
		--header scripts/bench/weights-header.txt \
		--template-path scripts/bench/storage-weights-template.hbs \
		--weight-path "$weights"
	fmt "$weights/paritydb_weights.rs"
}

if [ $# -eq 0 ]; then set -- pallets runtime overhead storage; fi
for what in "$@"; do
	case "$what" in
	pallets) for p in "${OWN[@]}"; do own "$p"; done ;;
	runtime) for p in "${RUNTIME[@]}"; do runtime_pallet "$p"; done ;;
	overhead) overhead ;;
	storage) storage ;;
	pallet_patient_identity | pallet_consent_registry | pallet_record_anchor | pallet_consortium | \
		pallet_sponsorship | pallet_timeline) own "$what" ;;
	frame_system | frame_system_extensions | pallet_balances | pallet_timestamp | \
		pallet_transaction_payment | pallet_verify_signature | pallet_sudo | pallet_membership | \
		pallet_utility | pallet_multisig | pallet_proxy)
		runtime_pallet "$what" ;;
	*) say "unknown: $what"; exit 1 ;;
	esac
done
say "regenerated: $*; review the diff, then run the tests"
