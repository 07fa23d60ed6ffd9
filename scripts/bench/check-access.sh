#!/usr/bin/env bash
# The cost of the access decision (what `ConsentApi::check_access` and every record write run)
# for a patient who has stored 1, 100 and 10,000 consents (MaxConsentsPerPatient), with the
# node's benchmark CLI: the `check_access_with_grants` benchmark of pallet-consent-registry, the
# Wasm runtime compiled, the same state size at every point. Prints a table with the ratio to
# the 1-consent case and writes results/check-access.json.
#
#   bash scripts/bench/check-access.sh              # 1, 100, 10000
#   GRANTS="1 1000 10000" REPEAT=50 bash scripts/bench/check-access.sh
#
# Builds the node with `--features runtime-benchmarks`, as scripts/bench/weights.sh does (the
# plain node is rebuilt by the next scripts/build.sh). Each point sets up 10,000 consents per
# repeat.
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/lib.sh

GRANTS="${GRANTS:-1 100 10000}"
REPEAT="${REPEAT:-50}"
build_bench_node
out=scripts/bench/results
mkdir -p "$out"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

for g in $GRANTS; do
	step "check_access with $g consents" "$node" benchmark pallet \
		--runtime "$wasm" \
		--genesis-builder runtime \
		--genesis-builder-preset development \
		--pallet pallet_consent_registry \
		--extrinsic check_access_with_grants \
		--low "$g" --high "$g" --steps 2 \
		--repeat "$REPEAT" \
		--wasm-execution compiled \
		--heap-pages 4096 \
		--no-storage-info --no-median-slopes --no-min-squares \
		--json-file "$tmp/$g.json" >/dev/null
done

node --input-type=module - "$tmp" "$out/check-access.json" $GRANTS <<'EOF'
import { readFileSync, writeFileSync } from 'node:fs';
const [dir, outFile, ...grants] = process.argv.slice(2);
const rows = grants.map((g) => {
  const [bench] = JSON.parse(readFileSync(`${dir}/${g}.json`, 'utf8'));
  // Timed runs (without the storage tracking of `db_results`), nanoseconds.
  const times = bench.time_results
    .filter((r) => r.components.some(([, v]) => v === Number(g)))
    .map((r) => r.extrinsic_time / 1000);
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  const mean = times.reduce((s, t) => s + t, 0) / times.length;
  const sd = Math.sqrt(times.reduce((s, t) => s + (t - mean) ** 2, 0) / times.length);
  const reads = bench.db_results[0].reads;
  return { grants: Number(g), samples: times.length, medianUs: median, meanUs: mean, sdUs: sd, reads };
});
const base = rows[0].medianUs;
for (const r of rows) r.ratio = r.medianUs / base;
console.log('\ncheck_access: a practitioner permitted by one consent, the patient holding g consents');
console.table(rows.map((r) => ({
  'consents (g)': r.grants.toLocaleString('en'),
  'median µs': r.medianUs.toFixed(1),
  'mean ± sd µs': `${r.meanUs.toFixed(1)} ± ${r.sdUs.toFixed(1)}`,
  'storage reads': r.reads,
  samples: r.samples,
  '× g = 1': r.ratio.toFixed(2),
})));
writeFileSync(outFile, JSON.stringify({ date: new Date().toISOString(), rows }, null, 2));
console.log(`wrote ${outFile}`);
EOF
