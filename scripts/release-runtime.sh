#!/usr/bin/env bash
# Builds the release Wasm of both runtimes, the code a council authorises, reproducibly, and
# prints each one's code hash (BLAKE2b-256 of the file, what `consortium.authorizeUpgrade` takes):
#
#   bash scripts/release-runtime.sh            # medledger-runtime and medledger-parachain-runtime
#   bash scripts/release-runtime.sh --check    # builds it twice, from this checkout and from a
#                                              # copy of it in another directory, and fails unless
#                                              # the hashes are equal (scripts/test.sh runs this)
#
# Release builds have the `metadata-hash` feature (`CheckMetadataHash` knows the hash of the
# runtime's metadata, for hardware wallets). The result does not depend on where the checkout is,
# on the user or on the time of the build:
# - the compiler is the one rust-toolchain.toml pins, for `wasm32v1-none`, whose core and alloc
#   come prebuilt; every dependency is pinned by Cargo.lock;
# - the checkout's files (tracked, and untracked but not ignored) are copied to one fixed
#   directory, $RELEASE_SOURCE, and built there, as srtool mounts the source at /build: cargo
#   hashes the path of a path dependency into its crate's symbols (`-C metadata`), so the same
#   source built in two places gives two different Wasm files;
# - the paths that would still show in the Wasm (panic locations in the cargo home and the target
#   dir) are remapped to fixed ones (scripts/release/rustc-remap).
# It builds in a target dir of its own ($HOME/.cache/medledger/release-target), so that the
# development build (no `metadata-hash`) stays as it is. The files are copied to release/ in the
# checkout, each with its hash in a `.blake2-256` file beside it. docs/governance.md: "Check the
# code before you vote".
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

RUNTIMES=(medledger-runtime medledger-parachain-runtime)
RELEASE_SOURCE=/tmp/medledger-release/medledger
export MEDLEDGER_RELEASE_TARGET="${MEDLEDGER_RELEASE_TARGET:-$HOME/.cache/medledger/release-target}"
export CARGO_HOME="${CARGO_HOME:-$HOME/.cargo}"

# A tar stream of the source files at $1: in a git checkout those git tracks, or that are untracked
# but not ignored; elsewhere (a copy made by --check) all of them.
source_files() {
	if git -C "$1" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
		(cd "$1" && git ls-files -z --cached --others --exclude-standard | tar --null --files-from=- -cf -)
	else
		tar -C "$1" --exclude=./release -cf - .
	fi
}

# Builds the release Wasm of every runtime from the checkout at $1 (copied to $RELEASE_SOURCE)
# into $1/release; prints "<crate> <hash>" lines.
build_release() {
	local from
	from=$(cd "$1" && pwd -P)
	rm -rf "$RELEASE_SOURCE" 2>/dev/null || {
		say "cannot remove $RELEASE_SOURCE (another user's?): the release build needs that path"
		exit 1
	}
	mkdir -p "$RELEASE_SOURCE" "$MEDLEDGER_RELEASE_TARGET"
	# `-m`: the files get the time of the copy, so that cargo rebuilds every MedLedger crate.
	source_files "$from" | tar -xmf - -C "$RELEASE_SOURCE"
	# One copy of the wrapper at a fixed path, whichever checkout builds.
	install -m 0755 "$RELEASE_SOURCE/scripts/release/rustc-remap" "$MEDLEDGER_RELEASE_TARGET/rustc-remap"
	(
		cd "$RELEASE_SOURCE"
		export CARGO_TARGET_DIR="$MEDLEDGER_RELEASE_TARGET" MEDLEDGER_SOURCE_ROOT="$RELEASE_SOURCE"
		export RUSTC_WRAPPER="$MEDLEDGER_RELEASE_TARGET/rustc-remap"
		MEDLEDGER_RUSTC_SYSROOT=$(rustc --print sysroot)
		export MEDLEDGER_RUSTC_SYSROOT
		share_wasm_target
		local args=(--release --locked) crate
		for crate in "${RUNTIMES[@]}"; do args+=(-p "$crate" --features "$crate/metadata-hash"); done
		# `check`: the runtimes' build scripts build the Wasm; the native libraries are not needed.
		step "release Wasm of ${RUNTIMES[*]} from $from" cargo check "${args[@]}" >&2
	)
	mkdir -p "$from/release"
	local crate
	for crate in "${RUNTIMES[@]}"; do
		local name="${crate//-/_}.compact.compressed.wasm" hash
		cp "$MEDLEDGER_RELEASE_TARGET/release/wbuild/$crate/$name" "$from/release/$name"
		hash="0x$(b2sum -l 256 "$from/release/$name" | cut -d' ' -f1)"
		echo "$hash" >"$from/release/$name.blake2-256"
		echo "$crate $hash"
	done
}

case "${1:-}" in
"")
	build_release .
	say "Wasm in release/; compare each hash with the one the council is asked to authorise"
	;;
--check)
	first=$(build_release .)
	echo "$first"
	# The same files in another directory, built again: the hashes must not change.
	other="$HOME/.cache/medledger/release-check/medledger"
	rm -rf "$other"
	mkdir -p "$other"
	source_files . | tar -xf - -C "$other"
	second=$(build_release "$other")
	echo "$second"
	if [ "$first" != "$second" ]; then
		say "the release Wasm built from $(pwd -P) and from $other differs: not reproducible"
		diff <(echo "$first") <(echo "$second") >&2 || true
		exit 1
	fi
	say "reproducible: the same hashes from two checkouts"
	;;
*)
	say "unknown argument: $1"
	exit 1
	;;
esac
