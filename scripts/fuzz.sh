#!/bin/sh
# Builds the libFuzzer targets (clang 14, ASan + UBSan + libFuzzer) into ./build-fuzz and runs each
# for a set time, two at a time. Developer tool, not CI.
#   scripts/fuzz.sh [seconds-per-target] [target…]     (default: 600 s, every target)
# New inputs go to build-fuzz/corpus/<target>; the committed seeds in tests/fuzz/corpus/<target> are
# only read. A crash, leak or timeout leaves its input in build-fuzz/artifacts/<target>/ and makes the
# script fail; commit such an input to tests/fuzz/corpus/<target>/ once it is fixed.
# Environment: FUZZ_BUILD_DIR (default build-fuzz), FUZZ_PARALLEL (default 2), CC/CXX (clang-14).
set -eu
cd "$(dirname "$0")/.."
seconds=${1:-600}
[ $# -gt 0 ] && shift
build_dir=${FUZZ_BUILD_DIR:-build-fuzz}
parallel=${FUZZ_PARALLEL:-2}
targets=${*:-fuzz_catalog fuzz_authform fuzz_apierror fuzz_landingzone fuzz_flowservice fuzz_imstoken}

if [ ! -f "$build_dir/build.ninja" ]; then
    # No -Werror here: clang's -Wpedantic flags every `qCInfo(category) << …` of Qt 6.4 (the gcc builds
    # keep warnings as errors).
    flags="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer -g -O1"
    cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DINLET_FUZZ=ON -DINLET_WARNINGS_AS_ERRORS=OFF \
        -DCMAKE_C_COMPILER="${CC:-clang-14}" -DCMAKE_CXX_COMPILER="${CXX:-clang++-14}" \
        -DCMAKE_CXX_FLAGS="$flags" -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined"
fi
# shellcheck disable=SC2086 # one word per target
cmake --build "$build_dir" --target $targets

export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:${ASAN_OPTIONS:-}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:${UBSAN_OPTIONS:-}"
export QT_QPA_PLATFORM=offscreen

run_one() {
    target=$1
    mkdir -p "$build_dir/corpus/$target" "$build_dir/artifacts/$target" "$build_dir/logs"
    # -timeout: one input taking 10 s is a finding; -rss_limit_mb: so is a 2 GiB appetite.
    "$build_dir/tests/fuzz/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -max_len=65536 -print_final_stats=1 -artifact_prefix="$build_dir/artifacts/$target/" \
        "$build_dir/corpus/$target" "tests/fuzz/corpus/$target" >"$build_dir/logs/$target.log" 2>&1
}

status=0
pids=""
running=0
for target in $targets; do
    run_one "$target" &
    pids="$pids $!:$target"
    running=$((running + 1))
    if [ "$running" -ge "$parallel" ]; then
        for entry in $pids; do
            wait "${entry%%:*}" || { echo "FAILED: ${entry#*:} (see $build_dir/logs/${entry#*:}.log)"; status=1; }
        done
        pids=""
        running=0
    fi
done
for entry in $pids; do
    wait "${entry%%:*}" || { echo "FAILED: ${entry#*:} (see $build_dir/logs/${entry#*:}.log)"; status=1; }
done

printf '%-18s %12s %8s %8s %14s %8s\n' target execs exec/s cov corpus seconds
for target in $targets; do
    log="$build_dir/logs/$target.log"
    done_line=$(grep -E '^#[0-9]+[[:space:]]+DONE' "$log" | tail -n 1 || true)
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
    cov=$(echo "$done_line" | sed -n 's/.*cov: \([0-9]*\).*/\1/p')
    corp=$(echo "$done_line" | sed -n 's/.*corp: \([0-9]*\/[0-9a-zA-Z]*\).*/\1/p')
    printf '%-18s %12s %8s %8s %14s %8s\n' "$target" "${execs:-?}" "${speed:-?}" "${cov:-?}" "${corp:-?}" "$seconds"
done
exit $status
