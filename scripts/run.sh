#!/bin/sh
# Sets everything up, builds, starts the bundled local Platform simulator and launches Inlet against
# it, so the whole wizard works without an Adobe account. Extra arguments go to inlet.
set -eu
cd "$(dirname "$0")/.."
scripts/setup-debian.sh
scripts/build.sh

log=$(mktemp /tmp/inlet-sim.XXXXXX)
build/tests/simulator/inlet-platform-sim --port 0 >"$log" 2>&1 &
sim=$!
trap 'kill "$sim" 2>/dev/null; rm -f "$log"' EXIT INT TERM

url=""
for _ in $(seq 1 100); do
    url=$(sed -n 's/^listening on //p' "$log" | head -n 1)
    [ -n "$url" ] && break
    kill -0 "$sim" 2>/dev/null || break
    sleep 0.1
done
if [ -z "$url" ]; then
    echo "The Platform simulator did not start:" >&2
    cat "$log" >&2
    exit 1
fi

echo "Platform simulator at $url: it accepts any organization ID ending in @AdobeOrg, any client ID and secret."
build/app/inlet --profile "Local simulator" --platform-url "$url" --ims-url "$url" "$@"
