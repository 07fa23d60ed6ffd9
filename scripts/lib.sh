# Shared by the project's scripts: where builds go and how cargo is called.
# The cargo target dir lives outside the clone so that fresh clones (CI) reuse earlier builds.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/medledger/target}"
export MEDLEDGER_NODE="${MEDLEDGER_NODE:-$CARGO_TARGET_DIR/release/medledger-node}"
say() { printf '[%s] %s\n' "$(basename "$0" .sh)" "$*"; }
# Runs a step and prints how long it took.
step() {
	local name=$1
	shift
	local t0=$SECONDS
	say "$name ..."
	"$@"
	say "$name took $((SECONDS - t0)) s"
}

# Builds the node with `--features runtime-benchmarks` (the `benchmark` subcommands) and sets
# `node` and `wasm` to it and to the runtime it was built with. The next scripts/build.sh
# rebuilds the plain node in the same place.
build_bench_node() {
	step "build the node with runtime-benchmarks" \
		cargo build --release --locked -p medledger-node --features runtime-benchmarks
	node="$CARGO_TARGET_DIR/release/medledger-node"
	wasm="$CARGO_TARGET_DIR/release/wbuild/medledger-runtime/medledger_runtime.compact.compressed.wasm"
}
