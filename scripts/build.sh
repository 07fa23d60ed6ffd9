#!/usr/bin/env bash
# Builds the node (and with it the runtime Wasm) in release mode. Prints the Wasm blob's path.
# Further packages to build in the same cargo run (so that shared dependencies are built once with
# the same features) are arguments: `scripts/build.sh medledger-runtime-upgrade-fixture`.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
mapfile -t args < <(node_build_args "$@")
share_wasm_target
step "cargo build ${args[*]}" cargo build "${args[@]}"
wasm=$(ls "$CARGO_TARGET_DIR"/release/wbuild/medledger-runtime/medledger_runtime.compact.compressed.wasm 2>/dev/null || true)
say "node:  $MEDLEDGER_NODE"
[ -n "$wasm" ] && say "wasm:  $wasm ($(stat -c %s "$wasm") bytes)"
