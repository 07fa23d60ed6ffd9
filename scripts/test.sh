#!/usr/bin/env bash
# Sets up the machine and runs every test: Rust unit tests (release profile, so the node's
# dependencies compile once) and the end-to-end tests that drive the real node with polkadot.js.
set -euo pipefail
cd "$(dirname "$0")/.."
t_all=$SECONDS
bash scripts/setup.sh --test-tools
# promtool (ops/prometheus) from scripts/setup.sh.
export PATH="$HOME/.cache/medledger/bin:$PATH"
source scripts/lib.sh
say "cargo target dir: $CARGO_TARGET_DIR"

# The node and `BUILD_PACKAGES` (scripts/lib.sh), as `scripts/dev.sh` builds them.
bash scripts/build.sh "${BUILD_PACKAGES[@]}"
# The arguments of this and the next cargo run are in scripts/lib.sh.
mapfile -t args < <(workspace_test_args)
step "cargo test (workspace)" cargo test "${args[@]}"
# In one cargo run, so that the FRAME crates compile once for both features (no Wasm needed):
# - the upgrade to v2 as try-runtime runs it (migrations with pre/post checks, then every
#   pallet's storage version and invariants) on a populated chain, and the migration's own checks;
# - benchmarks run as tests (impl_benchmark_test_suite!) in every pallet (patient identity's
#   with the v2 deposit of the upgrade fixture; its unit tests above run with v1's).
mapfile -t args < <(feature_test_args)
SKIP_WASM_BUILD=1 step "runtime upgrade checks (try-runtime, v2) and benchmarks as tests" \
	cargo test "${args[@]}"

# The release Wasm of both runtimes (`metadata-hash`), built from this checkout and from a copy at
# another path: the hashes must be equal (docs/governance.md, "Check the code before you vote").
# e2e 20-release runs what it leaves in release/.
step "reproducible release Wasm (two checkouts compared)" bash scripts/release-runtime.sh --check

# One npm workspace: the e2e tests run the examples (09-examples) and the load benchmark (10-load).
step "npm ci (scripts/)" npm_install
cd scripts
step "JavaScript format and lint (biome check)" npx biome check .
step "e2e tests (polkadot.js against a real node; the web console in headless Chromium)" npm test
say "all tests passed in $((SECONDS - t_all)) s"
