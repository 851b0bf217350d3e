#!/bin/sh
# Renders the committed raster icons from io.inlet.Inlet.svg. Run it by hand after changing the SVG and
# commit the results; the build only copies them, so building Inlet needs none of these tools.
# Needs (Debian): librsvg2-bin (rsvg-convert), icoutils (icotool), icnsutils (png2icns), netpbm (pngtopam).
set -eu
cd "$(dirname "$0")"
svg=io.inlet.Inlet.svg
for tool in rsvg-convert icotool png2icns pngtopam; do
    command -v "$tool" >/dev/null 2>&1 || {
        echo "render-icons.sh: $tool is missing; apt-get install librsvg2-bin icoutils icnsutils netpbm" >&2
        exit 1
    }
done

# Freedesktop hicolor theme: the sizes desktops look up for launchers, task bars and software centres.
for size in 16 24 32 48 64 128 256; do
    mkdir -p "hicolor/${size}x${size}/apps"
    rsvg-convert --width "$size" --height "$size" --output "hicolor/${size}x${size}/apps/io.inlet.Inlet.png" "$svg"
done

# Compiled into Inlet (resources/CMakeLists.txt): the same renderings as uncompressed RGBA (Netpbm PAM),
# which Inlet reads straight into images. A PNG would need a decoder, and the first image decoded loads
# the metadata of every Qt image-format plugin, before the first frame.
mkdir -p pam
for size in 16 24 32 48 64 128; do
    pngtopam -alphapam "hicolor/${size}x${size}/apps/io.inlet.Inlet.png" >"pam/io.inlet.Inlet-$size.pam"
done

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
for size in 512 1024; do
    rsvg-convert --width "$size" --height "$size" --output "$scratch/$size.png" "$svg"
done

# Windows: one .ico with the sizes Explorer and the task bar use; 256 is stored as PNG, as Windows expects.
icotool --create --output io.inlet.Inlet.ico \
    hicolor/16x16/apps/io.inlet.Inlet.png hicolor/24x24/apps/io.inlet.Inlet.png \
    hicolor/32x32/apps/io.inlet.Inlet.png hicolor/48x48/apps/io.inlet.Inlet.png \
    hicolor/64x64/apps/io.inlet.Inlet.png hicolor/128x128/apps/io.inlet.Inlet.png \
    --raw=hicolor/256x256/apps/io.inlet.Inlet.png

# macOS: the bundle icon, up to 1024 px for Retina Finder views.
png2icns io.inlet.Inlet.icns \
    hicolor/16x16/apps/io.inlet.Inlet.png hicolor/32x32/apps/io.inlet.Inlet.png \
    hicolor/48x48/apps/io.inlet.Inlet.png hicolor/128x128/apps/io.inlet.Inlet.png \
    hicolor/256x256/apps/io.inlet.Inlet.png "$scratch/512.png" "$scratch/1024.png" >/dev/null
