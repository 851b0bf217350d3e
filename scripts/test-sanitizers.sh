#!/bin/sh
# The whole test suite under AddressSanitizer (+ LeakSanitizer) and UndefinedBehaviorSanitizer, in the
# same headless recipe as scripts/test.sh. Any report fails the run. Builds into ./build-asan (Debug).
# The `package` label is left out: it builds and installs the release .deb, which tests packaging,
# not code, and would install an instrumented binary. So is `style`: scripts/test.sh has checked the
# same sources. So is `allocator` (tst_memoryscrub): it checks that glibc's malloc scrubs freed memory,
# and AddressSanitizer brings an allocator of its own. Extra arguments go to ctest.
# Environment: SANITIZER_BUILD_DIR (default build-asan).
set -eu
cd "$(dirname "$0")/.."
scripts/setup-debian.sh
build_dir=${SANITIZER_BUILD_DIR:-build-asan}
flags="-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined"
if [ ! -f "$build_dir/build.ninja" ]; then
    cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DINLET_WARNINGS_AS_ERRORS=ON \
        -DCMAKE_CXX_FLAGS="$flags" -DCMAKE_EXE_LINKER_FLAGS="$flags" -DCMAKE_SHARED_LINKER_FLAGS="$flags"
fi
cmake --build "$build_dir"

# abort_on_error: a report kills the test, so ctest sees it fail. detect_leaks: LeakSanitizer at exit.
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1"
export LSAN_OPTIONS="suppressions=$(pwd)/tests/sanitizers/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
exec scripts/run-headless.sh "$build_dir" -LE 'package|style|allocator' "$@"
