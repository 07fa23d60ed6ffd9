#!/usr/bin/env bash
# Installs what a fresh machine needs to build and test MedLedger. Idempotent: each step checks
# first and says what it does. Safe to run as often as you like.
set -euo pipefail

say() { printf '[setup] %s\n' "$*"; }
cd "$(dirname "$0")/.."

# System packages: protoc (litep2p's build script), clang/libclang (bindgen in some -sys crates),
# OpenSSL's headers and pkg-config (litep2p's WebRTC links the system's OpenSSL instead of
# compiling its own: OPENSSL_NO_VENDOR in .cargo/config.toml).
apt_packages=(protobuf-compiler clang libclang-dev libssl-dev pkg-config)
installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }
need_apt=()
for pkg in "${apt_packages[@]}"; do
	installed "$pkg" || need_apt+=("$pkg")
done
if [ ${#need_apt[@]} -gt 0 ]; then
	SUDO=""
	[ "$(id -u)" -ne 0 ] && SUDO="sudo"
	say "installing apt packages: ${need_apt[*]}"
	$SUDO apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
		"${need_apt[@]}" >/dev/null
else
	say "apt packages present: ${apt_packages[*]}"
fi

# Rust: the toolchain pinned in rust-toolchain.toml, with the Wasm target and components the
# runtime build needs. rustup reads the pin from the file, so these act on the pinned toolchain.
if ! command -v rustup >/dev/null 2>&1; then
	say "rustup not found: install Rust with rustup first (https://rustup.rs)" >&2
	exit 1
fi
toolchain=$(sed -n 's/^channel *= *"\(.*\)"/\1/p' rust-toolchain.toml)
if ! rustup toolchain list | grep -q "^${toolchain}"; then
	say "installing Rust toolchain ${toolchain}"
	rustup toolchain install "${toolchain}" --profile minimal
fi
# wasm32v1-none: the Wasm builder compiles runtimes for it, against its prebuilt core and alloc
# (for wasm32-unknown-unknown it would compile them from source, from paths that differ per user,
# and the release build would not be reproducible across machines).
for target in wasm32-unknown-unknown wasm32v1-none; do
	if ! rustup +"${toolchain}" target list --installed | grep -qx "${target}"; then
		say "adding target ${target} to ${toolchain}"
		rustup +"${toolchain}" target add "${target}"
	fi
done
installed=$(rustup +"${toolchain}" component list --installed)
for c in rust-src rustfmt clippy; do
	if ! grep -q "^${c}" <<<"${installed}"; then
		say "adding component ${c} to ${toolchain}"
		rustup +"${toolchain}" component add "${c}"
	fi
done
say "Rust ${toolchain} ready (wasm32-unknown-unknown, rust-src, rustfmt, clippy)"

# Node.js for the end-to-end tests (scripts/e2e). Only checked here; the test script installs
# the npm packages from the committed lockfile.
if command -v node >/dev/null 2>&1; then
	say "node $(node --version) present"
else
	say "node not found: installing nodejs and npm from apt"
	SUDO=""
	[ "$(id -u)" -ne 0 ] && SUDO="sudo"
	$SUDO apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq nodejs npm >/dev/null
fi
# Python with fhir.resources, whose R5 models validate the FHIR Consents of scripts/fhir: a
# virtual environment of its own under ~/.cache/medledger, the version pinned here.
fhir_venv="${HOME}/.cache/medledger/fhir-venv"
fhir_resources="8.3.0"
if "${fhir_venv}/bin/python" -c "import fhir.resources as f, sys; sys.exit(f.__version__ != '${fhir_resources}')" \
	2>/dev/null; then
	say "fhir.resources ${fhir_resources} present (${fhir_venv})"
else
	if ! python3 -c "import venv, ensurepip" 2>/dev/null; then
		say "installing python3-venv from apt"
		SUDO=""
		[ "$(id -u)" -ne 0 ] && SUDO="sudo"
		$SUDO apt-get update -qq
		DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq python3-venv >/dev/null
	fi
	say "installing fhir.resources ${fhir_resources} into ${fhir_venv}"
	python3 -m venv "${fhir_venv}"
	"${fhir_venv}/bin/pip" install -q "fhir.resources==${fhir_resources}"
fi
# With --test-tools (the test script): what the tests drive besides the node.
# - Debian's Chromium, which the web console's tests drive headless with playwright-core (no
#   browser download);
# - promtool, which checks the alert rules in ops/prometheus: taken out of Debian's prometheus
#   package into ~/.cache/medledger/bin, without installing (and starting) a Prometheus server;
# - systemd-analyze, which checks the units in ops/systemd.
if [[ " $* " == *" --test-tools "* ]]; then
	SUDO=""
	[ "$(id -u)" -ne 0 ] && SUDO="sudo"
	need=()
	installed chromium || need+=(chromium)
	command -v systemd-analyze >/dev/null 2>&1 || need+=(systemd)
	if [ ${#need[@]} -gt 0 ]; then
		say "installing from apt: ${need[*]} (the tests' browser and unit checker)"
		$SUDO apt-get update -qq
		DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
	else
		say "chromium and systemd-analyze present"
	fi
	promtool="${HOME}/.cache/medledger/bin/promtool"
	if [[ -x "$promtool" ]]; then
		say "promtool present ($promtool)"
	else
		say "taking promtool out of Debian's prometheus package"
		deb_dir=$(mktemp -d)
		(cd "$deb_dir" && apt-get download prometheus >/dev/null 2>&1 ||
			($SUDO apt-get update -qq && apt-get download prometheus >/dev/null))
		dpkg-deb -x "$deb_dir"/prometheus_*.deb "$deb_dir/x"
		mkdir -p "$(dirname "$promtool")"
		cp "$deb_dir/x/usr/bin/promtool" "$promtool"
		rm -rf "$deb_dir"
		say "promtool $("$promtool" --version 2>&1 | head -1 | awk '{print $3}') in $promtool"
	fi
fi
say "done"
