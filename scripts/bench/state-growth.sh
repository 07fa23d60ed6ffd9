#!/usr/bin/env bash
# State growth: anchor_record, log_access and grant_consent, each with the patient's timeline entry
# it notes (the timeline's `note_on_a_new_page`, measured apart as it is charged apart), and
# check_access (every grantee index full) with 10^4, 10^5 and 10^6 records in state, and proportional patients, consents and
# access-log entries, each against its cost at 10^4 (target: at most 1.25 ×); and two controls in
# the same run, `frame_system::remark` (no storage: the machine's own drift) and `pallet_sudo::
# set_key` (one read and one write of a value whose path the added state does not lengthen: the
# benchmark's state store itself). The state is built
# by state-growth.mjs into the development chain's raw chain spec; the node's benchmark CLI then
# runs the pallets' own benchmarks on that genesis (the Wasm runtime compiled, no trie cache, so
# every read walks the trie), and `benchmark storage` on the same genesis in a ParityDB (KEYS
# random keys read and written; 20000 unless set), and a node on the same genesis
# (state-growth-node.mjs: the calls as a node applies them, its ParityDB and trie cache underneath).
# Prints the tables and writes
# results/state-growth.{json,png}.
#
#   bash scripts/bench/state-growth.sh                       # 10000 100000 1000000
#   RECORDS="10000 100000" REPEAT=20 bash scripts/bench/state-growth.sh
#
# Builds the node with `--features runtime-benchmarks`, as weights.sh does (the plain node is
# rebuilt by the next scripts/build.sh). The 10^6 chain spec is about 1 GB, in a temporary
# directory removed at the end; the largest point takes a few minutes to load.
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/lib.sh

RECORDS="${RECORDS:-10000 100000 1000000}"
REPEAT="${REPEAT:-20}"
build_bench_node
out=scripts/bench/results
mkdir -p "$out"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

"$node" build-spec --chain dev --raw >"$tmp/base.json" 2>/dev/null
for n in $RECORDS; do
	node scripts/bench/state-growth.mjs spec "$tmp/base.json" "$n" "$tmp/spec-$n.json"
	step "benchmarks with $n records in state" "$node" benchmark pallet \
		--chain "$tmp/spec-$n.json" \
		--pallet pallet_record_anchor,pallet_consent_registry,pallet_timeline,frame_system,pallet_sudo \
		--extrinsic anchor_record,log_access,grant_consent,check_access,note_on_a_new_page,remark,set_key \
		--steps 2 \
		--repeat "$REPEAT" \
		--wasm-execution compiled \
		--heap-pages 4096 \
		--no-storage-info --no-median-slopes --no-min-squares \
		--json-file "$out/state-growth-$n.json" >/dev/null
	# The database itself at this size: the same genesis in a ParityDB, random keys read and
	# written as weights.sh's `storage` measures the committed database weights.
	step "database reads and writes with $n records in state" "$node" benchmark storage \
		--chain "$tmp/spec-$n.json" \
		--base-path "$tmp/db-$n" \
		--database paritydb \
		--state-version 1 \
		--warmups 1 \
		--batch-size 10000 \
		--keys-limit "${KEYS:-20000}" \
		--random-seed 1 \
		--weight-path "$tmp" \
		--json-read-path "$out/state-growth-read-$n.json" \
		--json-write-path "$out/state-growth-write-$n.json" >/dev/null
	# A node on the same genesis: the calls as it applies them, its database and trie cache
	# underneath (state-growth-node.mjs).
	step "a node with $n records in state" env MEDLEDGER_NODE="$node" \
		node scripts/bench/state-growth-node.mjs "$tmp/spec-$n.json" "$n" "$out/state-growth-node-$n.json"
	rm -rf "$tmp/spec-$n.json" "$tmp/db-$n"
done
node scripts/bench/state-growth.mjs report "$out" $RECORDS
