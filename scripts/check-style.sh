#!/bin/sh
# Fails on any clang-format difference in the tracked C++ files (.clang-format) and on any clang-tidy
# finding (.clang-tidy) in the sources of src/, ui/, app/ and tests/ that the build compiles. Needs a
# built tree: clang-tidy reads its compile_commands.json and the headers uic generated.
#   scripts/check-style.sh [build-dir]     (default: build)
# Run as the `style` test of scripts/test.sh, hence in CI. Environment: STYLE_JOBS (default 2).
set -eu
cd "$(dirname "$0")/.."
build_dir=$(cd "${1:-build}" && pwd)
jobs=${STYLE_JOBS:-2}
for tool in clang-format clang-tidy; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "check-style: $tool is missing (scripts/setup-debian.sh installs it)" >&2
        exit 2
    fi
done
if [ ! -f "$build_dir/compile_commands.json" ]; then
    echo "check-style: no $build_dir/compile_commands.json; build first (scripts/build.sh)" >&2
    exit 2
fi

status=0
echo "clang-format: $(git ls-files '*.cpp' '*.h' | wc -l) files"
git ls-files -z '*.cpp' '*.h' | xargs -0 clang-format --dry-run --Werror || status=1

# Our tracked sources the build compiles; generated moc, uic and rcc files are not among them.
root=$(pwd -P) # CMake writes resolved paths
sources=$(mktemp)
trap 'rm -f "$sources"' EXIT INT TERM
for file in $(git ls-files 'src/*.cpp' 'ui/*.cpp' 'app/*.cpp' 'tests/*.cpp'); do
    if grep -qF "\"file\": \"$root/$file\"" "$build_dir/compile_commands.json"; then
        echo "$file" >>"$sources"
    fi
done
echo "clang-tidy: $(wc -l <"$sources") files, $jobs at a time"
# Each file's findings are printed together, and only when there are any (without clang's count of
# the warnings it suppressed in Qt's headers).
# shellcheck disable=SC2016 # $0 and $1 belong to the inner shell
xargs -P "$jobs" -n 1 sh -c '
    out=$(clang-tidy -p "$0" --quiet "$1" 2>&1) && exit 0
    printf "%s\n" "$out" | grep -v "^[0-9]* warnings* generated\.$"
    exit 1' "$build_dir" <"$sources" || status=1

if [ "$status" -ne 0 ]; then
    echo "check-style: fix the findings above (clang-format -i <file> fixes the formatting)" >&2
fi
exit "$status"
