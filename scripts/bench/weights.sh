#!/usr/bin/env bash
# Regenerates every weight the runtime uses, with the node's benchmark CLI, on this machine:
#
#   bash scripts/bench/weights.sh                 # everything below
#   bash scripts/bench/weights.sh pallets         # MedLedger's pallets: pallets/*/src/weights.rs
#   bash scripts/bench/weights.sh runtime         # polkadot-sdk pallets both runtimes use:
#                                                 # runtime/common/src/weights/<pallet>.rs
#   bash scripts/bench/weights.sh parachain       # the parachain's own polkadot-sdk pallets:
#                                                 # runtime/parachain/src/weights/<pallet>.rs
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
# (timestamp), the two baselines of the load benchmark (remark, transfer), the signature check and
# dispatch of a sponsored patient's meta transaction, the session keys of validators, the council
# and its membership, the development chains' sudo, multi-block migrations, and the batches,
# multisig accounts and proxies of accounts kept in cold storage. `pallet_session` runs cumulus'
# benchmark of `set_keys`/`purge_keys` (polkadot-sdk's own needs staking and historical sessions).
# GRANDPA's `note_stalled` is the solo chain's alone (the parachain has no GRANDPA); its
# equivocation reports are off (`grandpa_report_equivocation`).
RUNTIME=(frame_system frame_system_extensions pallet_balances pallet_timestamp
	pallet_transaction_payment pallet_verify_signature pallet_meta_tx pallet_session
	pallet_collective pallet_membership pallet_sudo pallet_migrations pallet_utility
	pallet_multisig pallet_proxy pallet_grandpa)

# The parachain's own pallets (its messages with the relay chain, XCM, and the proof-size refund
# of its transactions), measured on the parachain runtime: runtime/parachain/src/weights/<pallet>.rs.
PARACHAIN=(cumulus_pallet_parachain_system cumulus_pallet_weight_reclaim pallet_message_queue pallet_xcm
	cumulus_pallet_xcmp_queue)

# Whether `$1` is one of the other arguments.
one_of() {
	local item=$1
	shift
	case " $* " in *" $item "*) return 0 ;; esac
	return 1
}

if [ $# -eq 0 ]; then set -- pallets runtime parachain overhead storage; fi
with_parachain=
for what in "$@"; do
	if one_of "$what" parachain "${PARACHAIN[@]}"; then with_parachain=parachain; fi
done
build_bench_node $with_parachain
weights=runtime/common/src/weights
parachain_weights=runtime/parachain/src/weights
mkdir -p "$weights" "$parachain_weights"

# The generated overhead files name `sp_core`/`sp_weights` as crates; the runtime reaches them
# through the umbrella crate.
umbrella_paths() {
	sed -i -e 's/^\(\s*\)use sp_core::/\1use polkadot_sdk::sp_core::/' \
		-e 's/^\(\s*\)use sp_weights::/\1use polkadot_sdk::sp_weights::/' "$@"
}

# The weights are the least-squares fit (the CLI's default); the median-slopes analysis it also
# prints takes all the machine's memory on some benchmarks (`pallet_meta_tx`,
# `cumulus_pallet_xcmp_queue`), so it is not run.
bench_pallet() { # <pallet> <output> <template> [<runtime Wasm>]
	step "benchmark $1" "$node" benchmark pallet \
		--runtime "${4:-$wasm}" \
		--genesis-builder runtime \
		--genesis-builder-preset development \
		--pallet "$1" \
		--extrinsic '*' \
		--exclude-extrinsics "$EXCLUDED" \
		--steps "$STEPS" \
		--repeat "$REPEAT" \
		--wasm-execution compiled \
		--heap-pages 4096 \
		--no-median-slopes \
		--template "$3" \
		--output "$2"
}

# Benchmarks not run:
# - `check_access_with_grants`: an extra benchmark of the consent decision (docs/performance.md);
# - `pallet_collective::close_approved`: it closes a motion that the prime's aye, standing for
#   the abstentions, approves after its end. The council counts abstentions as nays
#   (`AbstentionsCountAsNays`), so after its end a motion is approved only with the ayes that
#   would have approved it before, and `close` approves it early: that path is the one measured,
#   `close_early_approved`, which `close_approved` is set to (`council_close_approved` below);
# - `pallet_grandpa::check_equivocation_proof`: a part of `report_equivocation`, which this chain
#   cannot take (`grandpa_report_equivocation` below).
EXCLUDED=pallet_consent_registry::check_access_with_grants,pallet_collective::close_approved
EXCLUDED+=,pallet_grandpa::check_equivocation_proof

# The council's `close_approved`, in the generated `pallet_collective` weights: see `EXCLUDED`.
council_close_approved() { # <file>
	append_to_impl "$1" close_approved <<'EOF'
	/// Not benchmarked (`scripts/bench/weights.sh`, `EXCLUDED`): with abstentions counted as nays,
	/// a motion approved after its end was approved before it, and `close` takes the early path.
	fn close_approved(b: u32, m: u32, p: u32) -> Weight {
		<Self as pallet_collective::WeightInfo>::close_early_approved(b, m, p)
	}
EOF
}

# Adds the function on standard input to the impl a generated weights file ends with, once.
append_to_impl() { # <file> <function>
	grep -q "fn $2(" "$1" && { say "$1 has a $2 already"; exit 1; }
	[ "$(tail -n1 "$1")" = "}" ] || { say "$1 does not end with its impl's brace"; exit 1; }
	sed -i '$ d' "$1"
	cat >>"$1"
	echo "}" >>"$1"
}

# GRANDPA's `report_equivocation` (and its unsigned twin), in the generated `pallet_grandpa`
# weights: the solo chain has no historical sessions or offences, so its key-owner proof is
# `sp_core::Void` (runtime/src/configs/mod.rs). No such call can be decoded, let alone included;
# its weight is `Weight::MAX`, as the benchmarks of calls a chain refuses answer.
grandpa_report_equivocation() { # <file>
	append_to_impl "$1" report_equivocation <<'EOF'
	/// Not benchmarked (`scripts/bench/weights.sh`, `EXCLUDED`): the key-owner proof is
	/// `sp_core::Void`, so no equivocation report can be decoded, and none fits a block.
	fn report_equivocation(_validator_count: u32, _max_nominators_per_validator: u32) -> Weight {
		Weight::MAX
	}
EOF
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
	if [ "$1" = pallet_collective ]; then
		council_close_approved "$weights/$1.rs"
		fmt "$weights/$1.rs"
	fi
	if [ "$1" = pallet_grandpa ]; then
		grandpa_report_equivocation "$weights/$1.rs"
		fmt "$weights/$1.rs"
	fi
}

parachain_pallet() {
	bench_pallet "$1" "$parachain_weights/$1.rs" scripts/bench/runtime-weight-template.hbs \
		"$parachain_wasm"
	[ "$1" = pallet_xcm ] && xcm_claim_assets "$parachain_weights/$1.rs"
	return 0
}

# `claim_assets(n)` of pallet-xcm: this chain refuses it to signed origins, so its benchmark
# answers `Weight::MAX` before it sets its component, and the CLI writes the function without
# `n`; the trait takes it.
xcm_claim_assets() { # <file>
	grep -q 'fn claim_assets() -> Weight {' "$1" || { say "$1: claim_assets changed shape"; exit 1; }
	sed -i 's/fn claim_assets() -> Weight {/fn claim_assets(_n: u32) -> Weight {/' "$1"
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

for what in "$@"; do
	case "$what" in
	pallets) for p in "${OWN[@]}"; do own "$p"; done ;;
	runtime) for p in "${RUNTIME[@]}"; do runtime_pallet "$p"; done ;;
	parachain) for p in "${PARACHAIN[@]}"; do parachain_pallet "$p"; done ;;
	overhead) overhead ;;
	storage) storage ;;
	*)
		if one_of "$what" "${OWN[@]}"; then own "$what"
		elif one_of "$what" "${RUNTIME[@]}"; then runtime_pallet "$what"
		elif one_of "$what" "${PARACHAIN[@]}"; then parachain_pallet "$what"
		else say "unknown: $what"; exit 1
		fi ;;
	esac
done
say "regenerated: $*; review the diff, then run the tests"
