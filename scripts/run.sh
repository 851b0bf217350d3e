#!/bin/sh
# Sets everything up, builds and launches Inlet.
set -eu
cd "$(dirname "$0")/.."
scripts/setup-debian.sh
scripts/build.sh
exec build/app/inlet "$@"
