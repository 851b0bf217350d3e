#!/bin/sh
# Sets everything up and runs the whole test suite headless: offscreen Qt, a private D-Bus session
# and a freshly created, unlocked gnome-keyring in a throw-away HOME. Never touches the user's keyring.
# Extra arguments go to ctest (e.g. -L unit, -R keychain).
set -eu
cd "$(dirname "$0")/.."
scripts/setup-debian.sh
scripts/build.sh
# The package test installs the .deb with apt. ctest cannot ask for a password, so a sudo user
# authorises it here, once, before the suite starts.
if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1; then
    sudo -v
fi
exec scripts/run-headless.sh build "$@"
