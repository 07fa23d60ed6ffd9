#!/usr/bin/env bash
# Sets up the machine, builds the node and runs a development chain whose data persists across
# restarts (base path: $MEDLEDGER_DATA, default ~/.local/share/medledger/dev).
# Extra arguments go to the node, e.g. `scripts/dev.sh --rpc-external`.
# Start over with: medledger-node purge-chain --dev --base-path <same path>
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source scripts/lib.sh
# The same build as the tests' (scripts/test.sh), so that neither command compiles the other's.
bash scripts/build.sh "${BUILD_PACKAGES[@]}"
data="${MEDLEDGER_DATA:-$HOME/.local/share/medledger/dev}"
mkdir -p "$data"
say "starting a dev chain; data in $data; RPC on ws://127.0.0.1:9944"
exec "$MEDLEDGER_NODE" --dev --base-path "$data" --rpc-port 9944 "$@"
