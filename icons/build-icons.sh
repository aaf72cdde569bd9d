#!/usr/bin/env bash
# Renders the application icon from its SVG sources:
#   icons/generated/png/intelliclaim-N.png  N = 16 24 32 48 64 128 256 512 1024
#   icons/generated/intelliclaim.ico        (Windows: 16–256)   icons/generated/intelliclaim.icns (macOS: 16–1024)
# and refreshes the window icons the app loads at run time (app/src/main/resources/com/intelliclaim/app/icons/).
# The results are committed: the Maven build, CI and the Windows and macOS installer builds need no image tools.
# Run it after changing an SVG. 16 and 24 px come from intelliclaim-small.svg, a
# simplified drawing that stays legible at that size; the rest from intelliclaim.svg.
# Needs rsvg-convert (librsvg2-bin), icotool (icoutils) and png2icns (icnsutils); installs them with apt-get when
# missing and run as root on Debian.
set -euo pipefail
cd "$(dirname "$0")"

need=()
command -v rsvg-convert >/dev/null || need+=(librsvg2-bin)
command -v icotool >/dev/null || need+=(icoutils)
command -v png2icns >/dev/null || need+=(icnsutils)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
    echo "build-icons.sh needs: ${need[*]} (Debian packages); install them and run again." >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}"
fi

out=generated
rm -rf "$out"
mkdir -p "$out/png"
for size in 16 24 32 48 64 128 256 512 1024; do
  src=intelliclaim.svg
  [ "$size" -le 24 ] && src=intelliclaim-small.svg
  rsvg-convert -w "$size" -h "$size" "$src" -o "$out/png/intelliclaim-$size.png"
done

icotool -c -o "$out/intelliclaim.ico" "$out"/png/intelliclaim-{16,24,32,48,64,128,256}.png
# png2icns takes the sizes macOS defines (16 32 48 128 256 512 1024) and skips the others.
png2icns "$out/intelliclaim.icns" "$out"/png/intelliclaim-{16,32,48,128,256,512,1024}.png >/dev/null

res=../app/src/main/resources/com/intelliclaim/app/icons
mkdir -p "$res"
for size in 16 24 32 48 64 128 256; do
  cp "$out/png/intelliclaim-$size.png" "$res/intelliclaim-$size.png"
done

for f in "$out"/png/*.png "$out/intelliclaim.ico" "$out/intelliclaim.icns"; do
  [ -s "$f" ] || { echo "build-icons.sh: $f was not made" >&2; exit 1; }
done
echo "icons: $(ls "$out/png" | wc -l) PNG sizes, $out/intelliclaim.ico, $out/intelliclaim.icns, window icons in $res"
