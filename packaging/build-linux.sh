#!/usr/bin/env bash
# Builds the Linux app image, .deb and .rpm of IntelliClaim Desktop into packaging/target/:
#   1. the app's jar (Maven, offline; skip with SKIP_MAVEN=1 when app/target/intelliclaim.jar is fresh)
#   2. the icons from icons/generated (committed; icons/build-icons.sh makes them)
#   3. the jar without other platforms' native libraries (ONNX Runtime, tokenizers, JNA for Windows/macOS/other CPUs)
#   4. a Java runtime with jlink: the modules jdeps finds, plus those loaded by name or as services; no debug data,
#      header files or man pages; compressed; with the JDK's CDS archive
#   5. the app image with jpackage (launcher options: SIMD module, Serial GC, logs in the platform's log location)
#   6. a CDS archive of the app's own start-up classes, made by one training run of the image at its install path
#      (/opt/intelliclaim, bind-mounted in a private mount namespace): JDK 17 only uses an archive at the class path
#      it was made with. It pays: 50 MB installed (13 MB packed) for windows shown in 1.20-1.26 s instead of
#      1.78-1.99 s with the JDK's archive only (3 starts each, taking turns, idle 2-core machine; check-linux.sh
#      MEASURE_STARTS)
#   7. the .deb and .rpm from that image: menu entry (Office), icon, PDF "Open with", dependencies on GTK and on
#      Tesseract with its English data (OCR of scanned pages); the .deb's postinst/prerm (linux/resources) install
#      the desktop entry with or without a menu system on the machine
# The version is the pom's without -SNAPSHOT (jpackage takes numbers only); the app's --version shows the same.
# Needs JDK 17 (jpackage, jlink, jdeps), Maven, fakeroot, dpkg-deb; rpmbuild for the .rpm (apt-get install rpm;
# skipped with a note when missing); xvfb-run and unshare (root) for the CDS training run (skipped with a note).
# Options (environment): SKIP_MAVEN=1, SKIP_RPM=1, NO_APP_CDS=1 (for measuring),
# DEB_COMPRESSION=gzip|xz|zstd and DEB_LEVEL=N (the .deb's compressor and level; default gzip at dpkg's level 9).
# Most of the package is compressed already (the jar, the jlink runtime), so xz gains little for its time: measured
# on the 307 MB tree at load 16-28 on 2 cores: gzip 226 MB in 99 s, xz 217 MB in 1241 s, zstd -3 225 MB in 4 s (but
# zstd .debs need dpkg 1.21.18+ on the installing machine: Debian 12, Ubuntu 21.10 or later).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
pkg="$root/packaging"
out="$pkg/target"
name=IntelliClaim
package=intelliclaim
install_dir=/opt/$package
jar="$root/app/target/intelliclaim.jar"
say() { printf "== [%3d s] %s\n" "$(( $(date +%s) - started ))" "$*"; }
started=$(date +%s)

pom_version=$(sed -n 's#^  <version>\(.*\)</version>#\1#p' "$root/pom.xml" | head -1)
version=${pom_version%-SNAPSHOT}
[[ "$version" =~ ^[0-9]+(\.[0-9]+){0,2}$ ]] \
  || { echo "build-linux.sh: the pom's version $pom_version is not numbers (1.2.3), which jpackage needs" >&2; exit 1; }

if [ "${SKIP_MAVEN:-0}" != 1 ]; then
  say "building the app jar"
  (cd "$root" && mvn -B -q -o -DskipTests package)
fi
[ -f "$jar" ] || { echo "build-linux.sh: $jar is missing (build it: mvn -B -o -DskipTests package)" >&2; exit 1; }

say "icons: icons/generated (made by icons/build-icons.sh)"
[ -f "$root/icons/generated/png/intelliclaim-256.png" ] || { echo "run icons/build-icons.sh first" >&2; exit 1; }
icon="$root/icons/generated/png/intelliclaim-256.png"

rm -rf "$out"
mkdir -p "$out/input" "$out/work"

say "trimming the jar to this platform's native libraries"
case "$(uname -m)" in
  x86_64) ort=linux-x64; djl=linux-x86_64; jna=linux-x86-64 ;;
  aarch64) ort=linux-aarch64; djl=linux-aarch64; jna=linux-aarch64 ;;
  *) echo "build-linux.sh: unsupported CPU $(uname -m)" >&2; exit 1 ;;
esac
cp "$jar" "$out/input/intelliclaim.jar"
drop=()
while read -r entry; do
  case "$entry" in
    ai/onnxruntime/native/"$ort"/*|native/lib/"$djl"/*|com/sun/jna/"$jna"/*) ;;
    ai/onnxruntime/native/?*/*|native/lib/?*/*|com/sun/jna/*/*) drop+=("$entry") ;;
  esac
done < <(unzip -Z1 "$jar" | grep -v '/$')
if [ ${#drop[@]} -gt 0 ]; then
  printf '%s\n' "${drop[@]}" | zip -q -d "$out/input/intelliclaim.jar" -@ >/dev/null
fi
cp "$root/app/src/main/resources/THIRD-PARTY-NOTICES.txt" "$out/input/"
echo "   removed ${#drop[@]} entries: $(du -m "$jar" | cut -f1) MB -> $(du -m "$out/input/intelliclaim.jar" | cut -f1) MB"

say "computing the modules (jdeps)"
found=$(jdeps --multi-release 17 --ignore-missing-deps --print-module-deps "$out/input/intelliclaim.jar")
# Loaded by name or as services, which jdeps cannot see: the SIMD kernel, TLS for LLM servers, locale data for
# Indian formats, the zip file system, extra charsets, JMX for the start-time log line and the random-number
# algorithms of java.util.random (RandomGenerator.getDefault() fails without them).
extra=jdk.incubator.vector,jdk.crypto.ec,jdk.localedata,jdk.zipfs,jdk.charsets,jdk.management,jdk.random
modules="$found,$extra"
echo "   $modules"

say "linking the runtime (jlink)"
jlink --add-modules "$modules" --strip-debug --no-header-files --no-man-pages \
  --compress=2 --include-locales=en,en-IN,hi-IN --generate-cds-archive --output "$out/work/runtime"
echo "   $(du -sm "$out/work/runtime" | cut -f1) MB"

say "making the app image (jpackage)"
java_options=(--add-modules jdk.incubator.vector -XX:+UseSerialGC -Dintelliclaim.logs=platform -Dai.djl.offline=true)
if [ "${NO_APP_CDS:-0}" != 1 ]; then
  java_options+=("-XX:SharedArchiveFile=\$APPDIR/intelliclaim.jsa" -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off)
fi
common=(--name "$name" --app-version "$version" --vendor "IntelliClaim" --copyright "IntelliClaim contributors"
  --description "Claims analysts' workbench: policy search and claim decisions with citations, offline")
opts=()
for o in "${java_options[@]}"; do opts+=(--java-options "$o"); done
jpackage --type app-image --dest "$out/work" "${common[@]}" --input "$out/input" --main-jar intelliclaim.jar \
  --main-class com.intelliclaim.app.Launcher --runtime-image "$out/work/runtime" --icon "$icon" "${opts[@]}"
image="$out/work/$name"

if [ "${NO_APP_CDS:-0}" = 1 ]; then
  say "no app CDS archive (NO_APP_CDS=1)"
elif [ "$(id -u)" -ne 0 ] || ! command -v unshare >/dev/null || ! command -v xvfb-run >/dev/null; then
  say "no app CDS archive: the training run needs root (for a private mount namespace), unshare and xvfb-run"
  sed -i '/SharedArchiveFile/d; /-Xshare:auto/d; /-Xlog:cds/d' "$image/lib/app/$name.cfg"
else
  say "training run for the app CDS archive (window + one ingest, under Xvfb, at $install_dir)"
  java -cp "$out/input/intelliclaim.jar" "$pkg/tools/SamplePdf.java" "$out/work/training.pdf"
  cfg="$image/lib/app/$name.cfg"
  cp "$cfg" "$out/work/cfg.saved"
  sed -i '/SharedArchiveFile/d; /-Xshare:auto/d; /-Xlog:cds/d' "$cfg"
  "$pkg/linux/train-cds.sh" "$image" "$install_dir" "$out/work/training.pdf" "$out/work/training"
  cp "$out/work/cfg.saved" "$cfg"
  [ -s "$image/lib/app/intelliclaim.jsa" ] || { echo "build-linux.sh: the CDS archive was not written" >&2; exit 1; }
  echo "   $(du -m "$image/lib/app/intelliclaim.jsa" | cut -f1) MB archive"
fi
echo "   app image: $(du -sm "$image" | cut -f1) MB"

# The app's CDS archive is valid only for the jar's exact modification time (seconds): the packages must keep it.
# jpackage copies the image (new times); dpkg-deb and rpmbuild then clamp every time to SOURCE_DATE_EPOCH.
export SOURCE_DATE_EPOCH
SOURCE_DATE_EPOCH=$(stat -c %Y "$image/lib/app/intelliclaim.jar")
mkdir -p "$out/work/rpmhome"
printf '%%clamp_mtime_to_source_date_epoch 1\n%%use_source_date_epoch_as_buildtime 1\n' >"$out/work/rpmhome/.rpmmacros"
jar_time() { # the jar's time in a package, in seconds
  case "$1" in
    *.deb) dpkg-deb --fsys-tarfile "$1" | tar -tv --full-time 2>/dev/null | grep ' ./opt/intelliclaim/lib/app/intelliclaim.jar$' \
             | awk '{print $4" "$5}' | xargs -I{} date -d {} +%s ;;
    *.rpm) rpm -qp --dump "$1" 2>/dev/null | awk '$1 == "/opt/intelliclaim/lib/app/intelliclaim.jar" {print $3}' ;;
  esac
}
check_time() {
  local t; t=$(jar_time "$1")
  [ "$t" = "$SOURCE_DATE_EPOCH" ] || { echo "build-linux.sh: the jar's time in $1 ($t) is not the image's ($SOURCE_DATE_EPOCH): the CDS archive would not be used" >&2; exit 1; }
}

linux=(--app-image "$image" --dest "$out" "${common[@]}" --linux-package-name "$package" --install-dir /opt
  --linux-menu-group "Office" --linux-shortcut --file-associations "$pkg/linux/pdf.properties" --icon "$icon"
  --resource-dir "$pkg/linux/resources")

export DPKG_DEB_COMPRESSOR_TYPE=${DEB_COMPRESSION:-gzip}
[ -n "${DEB_LEVEL:-}" ] && export DPKG_DEB_COMPRESSOR_LEVEL=$DEB_LEVEL
say "building the .deb ($DPKG_DEB_COMPRESSOR_TYPE${DEB_LEVEL:+ level $DEB_LEVEL})"
deb_started=$(date +%s)
jpackage --type deb "${linux[@]}" --linux-deb-maintainer "support@intelliclaim.example" \
  --linux-app-category misc --linux-package-deps "libgtk-3-0, tesseract-ocr, tesseract-ocr-eng"
deb=$(ls "$out"/*.deb)
check_time "$deb"
echo "   $deb: $(du -m "$deb" | cut -f1) MB in $(( $(date +%s) - deb_started )) s"

if [ "${SKIP_RPM:-0}" = 1 ]; then
  say "no .rpm (SKIP_RPM=1)"
elif ! command -v rpmbuild >/dev/null; then
  say "no .rpm: rpmbuild is missing (apt-get install rpm)"
else
  say "building the .rpm"
  HOME="$out/work/rpmhome" jpackage --type rpm "${linux[@]}" --linux-rpm-license-type "Proprietary" \
    --linux-app-category Office --linux-package-deps "gtk3, tesseract, tesseract-langpack-eng"
  rpm=$(ls "$out"/*.rpm)
  check_time "$rpm"
  echo "   $rpm: $(du -m "$rpm" | cut -f1) MB"
fi

mv "$image" "$out/$name"
rm -rf "$out/work" "$out/input"
say "done in $(( $(date +%s) - started )) s"
du -sh "$out"/*
