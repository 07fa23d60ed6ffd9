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

# Installs the JavaScript of scripts/ (one npm workspace: the toolkit, the gateway, e2e, examples,
# bench and network packages) from its one lockfile. `--prefer-offline`: packages already in npm's
# cache are not checked against the registry again (the lockfile pins them); `--ignore-scripts`:
# no install script runs (sqlite3's is for chopsticks' optional `--db`, which nothing here uses)
# but better-sqlite3's, the record gateway's SQLite, run on its own: it compiles its native addon
# from source against Node's own headers (about a minute on 2 cores), kept per version and Node
# ABI in ~/.cache/medledger/npm so that it compiles once.
npm_install() {
	(
		cd scripts
		npm ci --prefer-offline --no-audit --no-fund --loglevel=error --ignore-scripts
		local version abi cache addon=node_modules/better-sqlite3/build/Release/better_sqlite3.node
		version=$(node -p "require('./node_modules/better-sqlite3/package.json').version")
		abi=$(node -p 'process.versions.modules')
		cache="$HOME/.cache/medledger/npm/better-sqlite3-$version-abi$abi.node"
		if [[ -f "$cache" ]]; then
			mkdir -p "$(dirname "$addon")" && cp "$cache" "$addon"
		else
			npm rebuild better-sqlite3 --loglevel=error
			mkdir -p "$(dirname "$cache")" && cp "$addon" "$cache"
		fi
		# The SDK is TypeScript: every other package imports its build (sdk/dist).
		npm run build --workspace @medledger/sdk --silent
	)
}

# What `scripts/build.sh` builds beside the node, for the tests, the dev chain, a consortium's
# network and the parachain's chain spec alike: the parachain runtime and the next releases of
# both runtimes (their upgrade fixtures, which the end-to-end upgrade tests upgrade running chains
# to). One list, so that every script runs the same cargo build: cargo unifies features per
# build, so a node built alone would compile again after the tests' build, and the other way
# round.
BUILD_PACKAGES=(medledger-runtime-upgrade-fixture medledger-parachain-runtime
	medledger-parachain-runtime-upgrade-fixture)

# The arguments of CI's three cargo runs, one per line (scripts/build.sh, scripts/test.sh).
# The node, with further packages built in the same run (so that shared dependencies are built
# once with the same features).
node_build_args() {
	printf '%s\n' --release --locked -p medledger-node
	for p in "$@"; do printf '%s\n' -p "$p"; done
}
# The workspace's tests. Release profile on purpose: they reuse the node build's dependencies
# instead of a debug set.
workspace_test_args() {
	printf '%s\n' --release --locked --workspace
}
# The runtime's and every pallet's tests with the try-runtime upgrade checks and the benchmarks
# (no Wasm needed: run with SKIP_WASM_BUILD=1).
feature_test_args() {
	printf '%s\n' --release --locked -p medledger-runtime
	local pallet
	for pallet in pallets/*/; do
		printf '%s\n' -p "$(sed -n 's/^name = "\(.*\)"/\1/p' "$pallet/Cargo.toml" | head -n1)"
	done
	printf '%s\n' --features \
		medledger-runtime/try-runtime,medledger-runtime/upgrade-fixture,medledger-runtime/runtime-benchmarks
}

# The runtime Wasm builds: substrate-wasm-builder gives each runtime crate a cargo project and a
# target dir of its own (wbuild/<crate>/target), so each of the four blobs (the solo and the
# parachain runtime, and their upgrade fixtures) would compile the whole of FRAME for Wasm again.
# Pointing the four target dirs at one (wbuild/target) lets them share what they have in common;
# Cargo's lock on it makes the builds take turns.
WASM_PROJECTS=(medledger-runtime medledger-runtime-upgrade-fixture medledger-parachain-runtime
	medledger-parachain-runtime-upgrade-fixture)
share_wasm_target() {
	local wbuild="$CARGO_TARGET_DIR/release/wbuild" project
	mkdir -p "$wbuild"
	# A target dir from before the sharing becomes the shared one, so a warm cache stays warm.
	if [ ! -d "$wbuild/target" ] && [ -d "$wbuild/medledger-runtime/target" ] &&
		[ ! -L "$wbuild/medledger-runtime/target" ]; then
		mv "$wbuild/medledger-runtime/target" "$wbuild/target"
	fi
	mkdir -p "$wbuild/target"
	for project in "${WASM_PROJECTS[@]}"; do
		mkdir -p "$wbuild/$project"
		if [ ! -L "$wbuild/$project/target" ]; then
			rm -rf "$wbuild/$project/target"
			ln -s ../target "$wbuild/$project/target"
		fi
	done
}

# Builds the node with `--features runtime-benchmarks` (the `benchmark` subcommands) and sets
# `node` and `wasm` to it and to the runtime it was built with; `build_bench_node parachain` also
# builds the parachain runtime with its benchmarks, in the same cargo run, and sets
# `parachain_wasm`. The next scripts/build.sh rebuilds the plain node in the same place. What the
# build needs and a new machine lacks (protoc, clang, the Wasm targets), scripts/setup.sh installs.
build_bench_node() {
	bash scripts/setup.sh
	share_wasm_target
	local packages=(-p medledger-node)
	[ "${1:-}" = parachain ] && packages+=(-p medledger-parachain-runtime)
	step "build the node with runtime-benchmarks${1:+ (and the $1 runtime)}" \
		cargo build --release --locked "${packages[@]}" --features runtime-benchmarks
	node="$CARGO_TARGET_DIR/release/medledger-node"
	parachain_wasm="$CARGO_TARGET_DIR/release/wbuild/medledger-parachain-runtime/medledger_parachain_runtime.compact.compressed.wasm"
	wasm="$CARGO_TARGET_DIR/release/wbuild/medledger-runtime/medledger_runtime.compact.compressed.wasm"
}
