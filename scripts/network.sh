#!/usr/bin/env bash
# A local consortium network of 4 validators on loopback, in one command.
#
#   ./scripts/network.sh up       set up, build, generate keys and chain spec (first time), start
#   ./scripts/network.sh status   each validator: RPC address, peers, best and finalised block
#   ./scripts/network.sh down     stop the validators (their data stays)
#   ./scripts/network.sh reset    stop them and delete the network (keys, chain, logs)
#
# The network lives in $MEDLEDGER_NETWORK (default ~/.local/share/medledger/consortium) and is
# generated from $MEDLEDGER_CONSORTIUM_CONFIG (default scripts/network/consortium.example.json).
# See docs/operations.md.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
dir="${MEDLEDGER_NETWORK:-$HOME/.local/share/medledger/consortium}"
config="${MEDLEDGER_CONSORTIUM_CONFIG:-scripts/network/consortium.example.json}"
tool=(node scripts/network/consortium.mjs)
case "${1:-}" in
up)
	bash scripts/setup.sh
	bash scripts/build.sh "${BUILD_PACKAGES[@]}"
	if [ ! -f "$dir/network.json" ]; then
		"${tool[@]}" generate --config "$config" --dir "$dir"
	fi
	"${tool[@]}" start --dir "$dir"
	say "waiting for the validators to peer and finalise ..."
	sleep 20
	"${tool[@]}" status --dir "$dir"
	say "logs: $dir/logs; stop with: $0 down"
	;;
status | down)
	cmd=$1
	[ "$cmd" = down ] && cmd=stop
	"${tool[@]}" "$cmd" --dir "$dir"
	;;
reset)
	if [ -f "$dir/network.json" ]; then "${tool[@]}" stop --dir "$dir"; fi
	rm -rf "$dir"
	say "removed $dir"
	;;
*)
	echo "usage: $0 up|status|down|reset" >&2
	exit 2
	;;
esac
