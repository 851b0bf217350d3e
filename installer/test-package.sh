#!/bin/sh
# test-package.sh BUILD_DIR VERSION
# Builds the .deb from BUILD_DIR with CPack, installs it with apt, checks what a user gets (the binary
# runs, exactly the expected files, desktop entry and AppStream metainfo valid as installed), then
# removes the package and checks it is gone. Installing needs root or passwordless sudo; without either
# the test fails, it never skips. CTest runs it as the `package` test (label package).
set -eu

build_dir=$(cd "${1:?usage: test-package.sh BUILD_DIR VERSION}" && pwd)
version=${2:?usage: test-package.sh BUILD_DIR VERSION}
app_id=io.inlet.Inlet

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

if [ "$(id -u)" -eq 0 ]; then
    as_root=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    as_root="sudo -n"
else
    fail "the package test installs the .deb with apt and needs root or passwordless sudo.
Run ./scripts/test.sh as root (CI does), or leave this test out with: ./scripts/test.sh -LE package"
fi
for tool in cpack apt-get dpkg dpkg-deb flock desktop-file-validate appstreamcli; do
    command -v "$tool" >/dev/null 2>&1 || fail "$tool is missing; ./scripts/setup-debian.sh installs it"
done
apt_get() {
    # Waits for another apt or dpkg run instead of failing on its lock.
    $as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=120 "$@"
}

# One package test at a time on this machine: other checkouts install and remove the same package.
lock=/tmp/inlet-package-test.lock
if [ -e "$lock" ]; then exec 9<"$lock"; else exec 9>"$lock"; fi
flock -w 300 9 || fail "another package test has held $lock for 5 minutes"

work=$(mktemp -d /tmp/inlet-package.XXXXXX)
# apt reads local .debs as the _apt user.
chmod 755 "$work"
installed=no
cleanup() {
    rc=$?
    state=$(dpkg-query -W -f='${db:Status-Status}' inlet 2>/dev/null || true)
    if [ "$installed" = yes ] && [ -n "$state" ] && [ "$state" != not-installed ]; then
        echo "== apt-get remove inlet"
        apt_get remove -y -qq inlet >/dev/null || { echo "FAIL: apt-get remove inlet failed" >&2; rc=1; }
        for path in /usr/bin/inlet /usr/libexec/inlet/inlet /usr/share/applications/$app_id.desktop /usr/share/metainfo/$app_id.metainfo.xml; do
            [ ! -e "$path" ] || { echo "FAIL: $path is still there after removing the package" >&2; rc=1; }
        done
        state=$(dpkg-query -W -f='${db:Status-Status}' inlet 2>/dev/null || true)
        [ "$state" != installed ] || { echo "FAIL: dpkg still lists inlet as installed" >&2; rc=1; }
    fi
    rm -rf "$work"
    exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

echo "== cpack"
cpack -G DEB --config "$build_dir/CPackConfig.cmake" -B "$work/cpack" >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log" >&2; fail "cpack could not build the .deb"; }
deb="$work/cpack/inlet_${version}_$(dpkg --print-architecture).deb"
[ -f "$deb" ] || fail "cpack made no $deb"
cp "$deb" "$work/" && deb="$work/$(basename "$deb")" && chmod 644 "$deb"

echo "== control fields"
dpkg-deb -f "$deb" Package Version Depends Recommends
depends=$(dpkg-deb -f "$deb" Depends)
for needed in qt6-qpa-plugins libsecret-1-0 libqt6svg6 libqt6keychain1 libqt6widgets6; do
    echo "$depends" | grep -Eq "(^|, )$needed( |,|$)" || fail "Depends lacks $needed: $depends"
done
[ "$(dpkg-deb -f "$deb" Recommends)" = "gnome-keyring | kwalletmanager, qt6-translations-l10n" ] ||
    fail "Recommends is not the keyring and Qt's translations"

# The package is replaced, so a copy left by an earlier run (or installed by hand) never hides this one.
if [ "$(dpkg-query -W -f='${db:Status-Status}' inlet 2>/dev/null || true)" = installed ]; then
    echo "note: replacing the inlet package already installed; it is removed at the end"
fi
echo "== apt-get install $(basename "$deb")"
installed=yes
apt_get install -y -qq --reinstall --no-install-recommends "$deb" >"$work/apt.log" 2>&1 ||
    { cat "$work/apt.log" >&2; fail "apt-get could not install the package"; }
[ "$(dpkg-query -W -f='${Version}' inlet)" = "$version" ] || fail "the installed inlet is not version $version"

echo "== installed files"
dpkg -L inlet | while read -r path; do [ -d "$path" ] || echo "$path"; done | sort >"$work/files"
{
    echo /usr/bin/inlet
    # The launcher above execs the application from here (app/CMakeLists.txt).
    echo /usr/libexec/inlet/inlet
    echo /usr/share/applications/$app_id.desktop
    echo /usr/share/metainfo/$app_id.metainfo.xml
    echo /usr/share/icons/hicolor/scalable/apps/$app_id.svg
    for size in 16 24 32 48 64 128 256; do echo /usr/share/icons/hicolor/${size}x$size/apps/$app_id.png; done
} | sort >"$work/expected"
diff -u "$work/expected" "$work/files" || fail "the package holds other files than the application's (see the diff)"
for size in 16 24 32 48 64 128 256; do
    png=/usr/share/icons/hicolor/${size}x$size/apps/$app_id.png
    # A PNG's width and height are the big-endian words at bytes 16 and 20.
    dims=$(od -An -tu1 -j16 -N8 "$png" | awk '{ print $1*16777216+$2*65536+$3*256+$4 "x" $5*16777216+$6*65536+$7*256+$8 }')
    [ "$dims" = "${size}x$size" ] || fail "$png is $dims, not ${size}x$size"
done

echo "== inlet --version"
[ "$(command -v inlet)" = /usr/bin/inlet ] || fail "inlet on PATH is $(command -v inlet), not /usr/bin/inlet"
home=$(mktemp -d "$work/home.XXXXXX")
mkdir -m 700 "$home/run"
output=$(env -u DISPLAY -u WAYLAND_DISPLAY HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_RUNTIME_DIR="$home/run" \
    QT_QPA_PLATFORM=offscreen /usr/bin/inlet --version) || fail "inlet --version failed"
echo "$output"
[ "$output" = "Inlet $version" ] || fail "inlet --version printed '$output', not 'Inlet $version'"

echo "== desktop entry"
desktop=/usr/share/applications/$app_id.desktop
report=$(desktop-file-validate "$desktop" 2>&1) || { echo "$report" >&2; fail "desktop-file-validate rejects $desktop"; }
[ -z "$report" ] || { echo "$report" >&2; fail "desktop-file-validate warns about $desktop"; }
# Qt names the X11 window class after the application name, which --version prints first.
grep -qx "StartupWMClass=${output%% *}" "$desktop" || fail "StartupWMClass in $desktop is not '${output%% *}'"
grep -qx "Icon=$app_id" "$desktop" || fail "Icon in $desktop is not $app_id"

echo "== AppStream metainfo"
metainfo=/usr/share/metainfo/$app_id.metainfo.xml
# --strict: warnings fail too. Pedantic notes are allowed (the id's capitals are one).
appstreamcli validate --no-net --strict "$metainfo" || fail "appstreamcli rejects $metainfo"
grep -q "<release version=\"$version\"" "$metainfo" || fail "$metainfo has no release $version"
grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" ||
    fail "$metainfo does not launch $app_id.desktop"
# The package as one tree: metainfo, the desktop entry it names and the icon.
mkdir "$work/root" && dpkg-deb -x "$deb" "$work/root"
appstreamcli validate-tree --no-net --strict "$work/root" || fail "appstreamcli validate-tree rejects the package"

echo "PASS: inlet $version packaged, installed, checked"
