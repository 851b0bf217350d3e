#!/bin/sh
# Runs ctest on an already built tree, headless: offscreen Qt, a private D-Bus session and a freshly
# created, unlocked gnome-keyring in a throw-away HOME. Never touches the user's keyring.
#   scripts/run-headless.sh <build-dir> [ctest args]
# Used by scripts/test.sh (./build) and scripts/test-sanitizers.sh (./build-asan).
set -eu
build_dir=$(cd "$1" && pwd)
shift
sandbox=$(mktemp -d /tmp/inlet-test.XXXXXX)
mkdir -m 700 "$sandbox/run"
trap 'rm -rf "$sandbox"' EXIT INT TERM

# No DISPLAY without a session bus: libdbus would autolaunch one whose keyring prompt hangs forever.
rc=0
env -u DISPLAY -u WAYLAND_DISPLAY -u DBUS_SESSION_BUS_ADDRESS \
    HOME="$sandbox" XDG_DATA_HOME="$sandbox/data" XDG_CONFIG_HOME="$sandbox/config" \
    XDG_CACHE_HOME="$sandbox/cache" XDG_RUNTIME_DIR="$sandbox/run" QT_QPA_PLATFORM=offscreen \
    dbus-run-session -- sh -c '
        printf %s inlet-test-keyring | gnome-keyring-daemon --unlock --components=secrets >/dev/null
        build_dir=$1; shift
        ctest --test-dir "$build_dir" --output-on-failure "$@"
    ' sh "$build_dir" "$@" || rc=$?
exit $rc
