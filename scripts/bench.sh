#!/bin/sh
# Builds and runs Inlet's performance benchmark and prints one table: metric | Inlet | floor/peer |
# ratio | budget | pass/fail (docs/performance.md explains every row). Exits 1 when a budget fails,
# 2 when something could not be measured.
#
# Runs in a throw-away HOME with a private D-Bus session and an unlocked throw-away gnome-keyring (the
# returning-user start stores a profile secret there), under Xvfb when xvfb-run is installed (adds the
# xcb start-up rows). Cold starts drop the page cache, which needs root; without it the table says so.
# Extra arguments go to inlet-bench (e.g. --runs 31, --only catalog, --help).
# Build directory: $INLET_BENCH_BUILD_DIR, default ./build-bench (RelWithDebInfo, the product's build type).
set -eu
cd "$(dirname "$0")/.."

if ! command -v curl >/dev/null 2>&1; then
    if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
    echo "Installing curl (the peer of the create round trip)" >&2
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends curl >&2
fi

build_dir=${INLET_BENCH_BUILD_DIR:-$(pwd)/build-bench}
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build_dir" --target inlet-bench >&2
# Start-ups are timed on the programs as users get them: stripped, as the package installs inlet
# (CPACK_STRIP_FILES). A cold start of the unstripped build would also read megabytes of debug
# information that readahead pulls in after the code. The copies stay beside the build, on its disk.
product="$build_dir/bench-product"
rm -rf "$product"
cmake --install "$build_dir" --prefix "$product" --strip >/dev/null
strip -o "$product/bin/inlet-bench-floor" "$build_dir/tests/bench/inlet-bench-floor"

sandbox=$(mktemp -d /tmp/inlet-bench.XXXXXX)
mkdir -m 700 "$sandbox/run"
trap 'rm -rf "$sandbox"' EXIT INT TERM

xvfb=""
xcb=""
if command -v xvfb-run >/dev/null 2>&1; then
    xvfb="xvfb-run -a" # its default screen: 1280x1024x24
    xcb="--xcb"
fi

rc=0
# shellcheck disable=SC2086 # $xvfb is a command prefix
env -u DISPLAY -u WAYLAND_DISPLAY -u DBUS_SESSION_BUS_ADDRESS \
    HOME="$sandbox" XDG_DATA_HOME="$sandbox/data" XDG_CONFIG_HOME="$sandbox/config" \
    XDG_CACHE_HOME="$sandbox/cache" XDG_RUNTIME_DIR="$sandbox/run" QT_QPA_PLATFORM=offscreen \
    $xvfb dbus-run-session -- sh -c '
        printf %s inlet-bench-keyring | gnome-keyring-daemon --unlock --components=secrets >/dev/null
        exe=$1; shift
        "$exe" --strict --returning-user "$@" 2>"$HOME/bench-stderr.log"
    ' sh "$build_dir/tests/bench/inlet-bench" $xcb --inlet "$product/bin/inlet" \
    --floor "$product/bin/inlet-bench-floor" "$@" || rc=$?
if [ "$rc" -ge 2 ]; then
    echo "inlet-bench could not measure everything (exit $rc); its stderr:" >&2
    tail -n 30 "$sandbox/bench-stderr.log" >&2 || true
fi
exit $rc
