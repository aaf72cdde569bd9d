#!/usr/bin/env bash
# Builds the macOS packages of IntelliClaim Desktop (packaging/target/IntelliClaim-VERSION.dmg and .pkg). Runs on
# macOS only (jpackage makes each OS's installers on that OS); not built or tried on the Linux development machine.
# Needs: JDK 17 (jpackage, jlink, jdeps) and Maven; Xcode command-line tools for the .dmg/.pkg.
#   bash packaging/build-macos.sh
# Bundle id com.intelliclaim.desktop, the app icon (icons/generated/intelliclaim.icns), PDF "Open with" registered.
# Signing and notarisation: set MAC_SIGNING_KEY_USER_NAME (a "Developer ID Application" identity in the keychain) to
# sign; notarise the .dmg with `xcrun notarytool submit … --wait` and `xcrun stapler staple`. Unsigned packages open
# only after the user allows them in System Settings › Privacy & Security.
# Data in ~/Library/Application Support/IntelliClaim, logs in ~/Library/Logs/IntelliClaim; removing the app from
# /Applications leaves both. No app CDS archive (it is tied to the class path it was made with, and a user may move
# the .app); the runtime carries the JDK's own CDS archive.
# OCR of scanned pages needs Tesseract, which the .dmg/.pkg do not carry: `brew install tesseract` (English data
# included). An app started from the Finder gets no shell PATH, so the app looks in Homebrew's folders itself
# (/opt/homebrew/bin, /usr/local/bin, MacPorts' /opt/local/bin); -Dintelliclaim.tesseract=PATH names another.
# "Open with" and double-clicked PDFs arrive as Apple events, which the app takes through AWT's open-file handler
# (OpenFileEvents); not tried here.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out="$root/packaging/target"
jar="$root/app/target/intelliclaim.jar"
pom_version=$(sed -n 's#^  <version>\(.*\)</version>#\1#p' "$root/pom.xml" | head -1)
# The version is the pom's without -SNAPSHOT, as on Linux and Windows. macOS (jpackage) refuses a bundle version
# that starts with 0: while the pom is 0.x, MAC_VERSION must name the version explicitly.
version=${MAC_VERSION:-${pom_version%-SNAPSHOT}}
case "$version" in
  0|0.*) echo "build-macos.sh: macOS refuses version $version (the first number must not be 0): set MAC_VERSION" >&2
         exit 1 ;;
esac
echo "building version $version (pom: $pom_version)"

[ "${SKIP_MAVEN:-0}" = 1 ] || (cd "$root" && mvn -B -q -DskipTests package)
rm -rf "$out"; mkdir -p "$out/input" "$out/work"

case "$(uname -m)" in
  arm64) ort=osx-aarch64; djl=osx-aarch64; jna=darwin-aarch64 ;;
  *) ort=osx-x64; djl=osx-x86_64; jna=darwin-x86-64 ;;
esac
cp "$jar" "$out/input/intelliclaim.jar"
unzip -Z1 "$jar" | grep -v '/$' | while read -r entry; do
  case "$entry" in
    ai/onnxruntime/native/"$ort"/*.dSYM/*) echo "$entry" ;;
    ai/onnxruntime/native/"$ort"/*|native/lib/"$djl"/*|com/sun/jna/"$jna"/*) ;;
    ai/onnxruntime/native/?*/*|native/lib/?*/*|com/sun/jna/*/*) echo "$entry" ;;
  esac
done | zip -q -d "$out/input/intelliclaim.jar" -@ >/dev/null
cp "$root/app/src/main/resources/THIRD-PARTY-NOTICES.txt" "$out/input/"

found=$(jdeps --multi-release 17 --ignore-missing-deps --print-module-deps "$out/input/intelliclaim.jar")
jlink --add-modules "$found,jdk.incubator.vector,jdk.crypto.ec,jdk.localedata,jdk.zipfs,jdk.charsets,jdk.management,jdk.random" \
  --strip-debug --no-header-files --no-man-pages --compress=2 --include-locales=en,en-IN,hi-IN \
  --generate-cds-archive --output "$out/work/runtime"

sign=()
[ -n "${MAC_SIGNING_KEY_USER_NAME:-}" ] && sign=(--mac-sign --mac-signing-key-user-name "$MAC_SIGNING_KEY_USER_NAME")
jpackage --type app-image --dest "$out/work" --name IntelliClaim --app-version "$version" --vendor IntelliClaim \
  --input "$out/input" --main-jar intelliclaim.jar --main-class com.intelliclaim.app.Launcher \
  --runtime-image "$out/work/runtime" --icon "$root/icons/generated/intelliclaim.icns" \
  --mac-package-identifier com.intelliclaim.desktop --mac-package-name IntelliClaim \
  --java-options "--add-modules jdk.incubator.vector" --java-options -XX:+UseSerialGC \
  --java-options -Dintelliclaim.logs=platform --java-options -Dai.djl.offline=true "${sign[@]}"
for type in dmg pkg; do
  jpackage --type "$type" --app-image "$out/work/IntelliClaim.app" --dest "$out" --name IntelliClaim \
    --app-version "$version" --mac-package-identifier com.intelliclaim.desktop \
    --file-associations "$root/packaging/macos/pdf.properties" "${sign[@]}"
done
rm -rf "$out/work" "$out/input"
ls -la "$out"
