#!/usr/bin/env bash
# Builds the node (and with it the runtime Wasm) in release mode. Prints the Wasm blob's path.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
step "cargo build --release -p medledger-node" cargo build --release --locked -p medledger-node
wasm=$(ls "$CARGO_TARGET_DIR"/release/wbuild/medledger-runtime/medledger_runtime.compact.compressed.wasm 2>/dev/null || true)
say "node:  $MEDLEDGER_NODE"
[ -n "$wasm" ] && say "wasm:  $wasm ($(stat -c %s "$wasm") bytes)"
