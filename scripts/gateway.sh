#!/usr/bin/env bash
# Runs the record gateway against the dev chain of `scripts/dev.sh` (docs/gateway.md): installs
# the JavaScript if it is not yet (and builds the SDK), makes the custodian account of the development configuration
# (//Ferdie) a practitioner of a development hospital if it is not yet (`gateway/dev-setup.mjs`),
# builds the web console (scripts/web), and starts `medledger-gateway` with
# scripts/gateway/gateway.dev.json: HTTP on 127.0.0.1:8787 (the console at /), relaying for
# sponsored patients, SQLite in ~/.local/share/medledger/gateway/dev.sqlite.
#
# With a configuration file of your own, `scripts/gateway.sh <config.json>` starts the gateway
# with it and changes nothing on chain.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
if [[ ! -f scripts/node_modules/better-sqlite3/build/Release/better_sqlite3.node ||
	scripts/package-lock.json -nt scripts/node_modules/.package-lock.json ]]; then
	step "npm ci (scripts/)" npm_install
else
	# The SDK's build (scripts/sdk/dist) follows its sources: incremental, a second when unchanged.
	npm --prefix scripts run build --workspace @medledger/sdk --silent
fi
# The web console the development configuration serves at / (scripts/web/dist; a few seconds).
npm --prefix scripts run build --workspace medledger-web --silent >/dev/null
config="${1:-}"
if [[ -z "$config" ]]; then
	config=scripts/gateway/gateway.dev.json
	node scripts/gateway/dev-setup.mjs ws://127.0.0.1:9944
fi
say "starting the record gateway with $config"
exec node scripts/gateway/bin/medledger-gateway.mjs --config "$config"
