#!/usr/bin/env bash
# MedLedger as a parachain, on this machine (docs/parachain.md):
#
#   scripts/parachain.sh spec [PRESET]             build the parachain runtime and write its chain
#                                                  spec (plain and raw) from a genesis preset
#                                                  (development | local_testnet: para id 2000)
#   scripts/parachain.sh omni-node [ARGS...]       run the development chain under
#                                                  polkadot-omni-node's dev mode (no relay chain)
#   scripts/parachain.sh chopsticks [ARGS...]      run it under chopsticks instead (npm)
#   scripts/parachain.sh install-omni-node         cargo install polkadot-omni-node 0.24.0
#                                                  (--locked) into the cargo cache's bin dir
#
# Chain specs go to $MEDLEDGER_PARACHAIN_DATA (default ~/.local/share/medledger/parachain), with
# the omni-node's database beside them. RPC on ws://127.0.0.1:9944.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

OMNI_NODE_VERSION=0.24.0
data="${MEDLEDGER_PARACHAIN_DATA:-$HOME/.local/share/medledger/parachain}"
wasm="$CARGO_TARGET_DIR/release/wbuild/medledger-parachain-runtime/medledger_parachain_runtime.compact.compressed.wasm"

# The omni-node: $POLKADOT_OMNI_NODE, else the cargo cache's bin dir, else PATH.
omni_node() {
	local candidate
	for candidate in "${POLKADOT_OMNI_NODE:-}" "${CARGO_HOME:-$HOME/.cargo}/bin/polkadot-omni-node" \
		"$(command -v polkadot-omni-node || true)"; do
		[ -n "$candidate" ] && [ -x "$candidate" ] && { echo "$candidate"; return; }
	done
	return 1
}

# Writes $data/<preset>.json and $data/<preset>.raw.json with the node's chain-spec-builder (the
# same tool as `polkadot-omni-node chain-spec-builder`), as the tests make them
# (scripts/toolkit/parachain.mjs; the presets' para id is 2000, a consortium's own goes into its
# genesis patch: docs/operations.md).
spec() {
	local preset=${1:-development}
	bash scripts/setup.sh
	bash scripts/build.sh "${BUILD_PACKAGES[@]}"
	mkdir -p "$data"
	MEDLEDGER_NODE="$MEDLEDGER_NODE" node scripts/toolkit/parachain.mjs spec "$data" "$preset" >/dev/null
	say "chain spec: $data/$preset.json (raw: $data/$preset.raw.json), para id 2000"
}

case "${1:-}" in
spec)
	shift
	spec "$@"
	;;
install-omni-node)
	# The binary reports the polkadot-sdk release (1.25.1 for the crate's 0.24.0); cargo's own list
	# names the crate's version.
	if cargo install --list | grep -q "^polkadot-omni-node v$OMNI_NODE_VERSION:"; then
		say "polkadot-omni-node $OMNI_NODE_VERSION present: $(omni_node)"
		exit 0
	fi
	bash scripts/setup.sh
	# From outside the clone, so that the workspace's .cargo/config.toml (its Wasm workspace hint)
	# does not apply; in the shared target dir, so that what the omni-node's lock file has in common
	# with ours is built once. The system OpenSSL, as for the node (.cargo/config.toml).
	# The workspace's toolchain (rust-toolchain.toml), which outside the clone is not the default.
	toolchain=$(sed -n 's/^channel = "\(.*\)"/\1/p' rust-toolchain.toml)
	(cd "$HOME" && RUSTUP_TOOLCHAIN="$toolchain" OPENSSL_NO_VENDOR=1 \
		step "cargo install polkadot-omni-node $OMNI_NODE_VERSION" \
		cargo install polkadot-omni-node --version "$OMNI_NODE_VERSION" --locked \
		--target-dir "$CARGO_TARGET_DIR")
	;;
omni-node)
	shift
	bin=$(omni_node) || { say "polkadot-omni-node not found: scripts/parachain.sh install-omni-node" >&2; exit 1; }
	[ -f "$data/development.raw.json" ] || spec development
	say "starting the development parachain under $bin; RPC on ws://127.0.0.1:9944"
	# --dev: no relay chain, a block every --dev-block-time ms (the relay chain's 6-second slot).
	# ParityDB, as the weights were measured on it.
	exec "$bin" --chain "$data/development.raw.json" --dev --dev-block-time 6000 \
		--database paritydb --base-path "$data/omni-node" --rpc-port 9944 "$@"
	;;
chopsticks)
	shift
	[ -f "$data/development.raw.json" ] || spec development
	npm_install
	say "starting the development parachain under chopsticks; RPC on ws://127.0.0.1:9944"
	exec scripts/node_modules/.bin/chopsticks --genesis "$data/development.raw.json" \
		--port 9944 --build-block-mode Instant "$@"
	;;
*)
	sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'
	exit 2
	;;
esac
