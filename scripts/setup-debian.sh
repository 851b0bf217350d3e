#!/bin/sh
# Installs what Inlet needs to build, run and test on Debian 12, and nothing when it is all there.
# Runs apt-get as root, or through sudo for a normal user.
set -eu

packages="cmake ninja-build g++ dpkg-dev pkg-config fonts-dejavu-core clang-format clang-tidy
qt6-base-dev qt6-tools-dev nlohmann-json3-dev qt6-l10n-tools qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev
qt6-translations-l10n libqt6svg6
desktop-file-utils appstream
libsecret-1-0 gnome-keyring dbus dbus-x11 libsecret-tools xvfb xauth openssl ca-certificates curl
xclip xfce4-settings gdb
nodejs npm"

missing=""
for package in $packages; do
    status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
    case "$status" in
        *"install ok installed"*) ;;
        *) missing="$missing $package" ;;
    esac
done
# A machine may carry its own Node.js outside apt; the contract test only needs node and npm on PATH.
if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then
    missing=$(echo "$missing" | sed 's/ nodejs//; s/ npm//')
fi
[ -z "$(echo "$missing" | tr -d ' ')" ] && exit 0

if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
echo "Installing:$missing"
$sudo apt-get update -qq
# shellcheck disable=SC2086 # word splitting of the package list is intended
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing
