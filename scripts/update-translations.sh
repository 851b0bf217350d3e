#!/bin/sh
# For maintainers: runs lupdate over src/, ui/ and app/ into translations/inlet_*.ts (the
# update_translations target, with the options in translations/CMakeLists.txt), then prints how many
# strings each language still lacks. Translate those (Qt Linguist: linguist translations/inlet_de.ts)
# until tests/unit/tst_translations passes. BUILD_DIR picks another configured build (default: build).
set -eu
cd "$(dirname "$0")/.."
build=${BUILD_DIR:-build}
if [ ! -f "$build/build.ninja" ] && [ ! -f "$build/Makefile" ]; then
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DINLET_WARNINGS_AS_ERRORS=ON
fi
cmake --build "$build" --target update_translations

status=0
for ts in translations/inlet_*.ts; do
    language=$(basename "$ts" .ts)
    language=${language#inlet_}
    total=$(grep -c '<source>' "$ts" || true)
    unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
    printf '%-3s %4s of %4s strings unfinished\n' "$language" "$unfinished" "$total"
    [ "$unfinished" -eq 0 ] || status=1
done
[ "$status" -eq 0 ] || echo "Translate the unfinished strings, then run: ./scripts/test.sh -R tst_translations"
exit "$status"
