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
