#!/bin/sh
# Configures (once) and builds Inlet into ./build. Warnings are errors, as in CI.
set -eu
cd "$(dirname "$0")/.."
if [ ! -f build/build.ninja ]; then
    cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DINLET_WARNINGS_AS_ERRORS=ON
fi
cmake --build build
