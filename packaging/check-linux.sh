#!/usr/bin/env bash
# Release check of the Linux installer, as root on Debian: builds the .deb (build-linux.sh; SKIP_BUILD=1 reuses
# packaging/target), installs it with dpkg (on this machine as it is: with or without a desktop menu system), runs
# the installed launcher's CLI with no network (--version against the package's version, ingest and search on a
# PDF made here, ingest of a scanned PDF through Tesseract with a PATH that lacks it), opens the window under Xvfb with that PDF as its "Open with" file, waits until it is
# indexed, saves a screenshot (packaging/target/check/window.png), uninstalls, and checks that the user's data
# survived. Exits non-zero on any failure. Prints the sizes and start times it measured.
# MEASURE_STARTS=N also starts the window N times each with the app's CDS archive, with the JDK's archive only, and
# with no CDS, and prints the times (for the README's budgets).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out="$root/packaging/target"
check="$out/check"
launcher=/opt/intelliclaim/bin/IntelliClaim
cfg=/opt/intelliclaim/lib/app/IntelliClaim.cfg
started=$(date +%s)
say() { printf "== [%3d s] %s\n" "$(( $(date +%s) - started ))" "$*"; }
fail() { echo "check-linux.sh: FAILED: $*" >&2; exit 1; }

[ "$(id -u)" -eq 0 ] || fail "run as root (dpkg -i)"
export DEBIAN_FRONTEND=noninteractive
need=()
for p in xvfb imagemagick libgtk-3-0 fakeroot zip; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || need+=("$p")
done
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}"
fi

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  say "building the packages"
  SKIP_RPM=${SKIP_RPM:-1} "$root/packaging/build-linux.sh"
fi
deb=$(ls "$out"/intelliclaim_*.deb 2>/dev/null | head -1)
[ -f "$deb" ] || fail "no .deb in $out"
rm -rf "$check"
mkdir -p "$check"
tmp=$(mktemp -d)
xvfb=""
cleanup() {
  [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null || true
  if dpkg-query -W -f='${Status}' intelliclaim 2>/dev/null | grep -q " installed\| unpacked\| half"; then
    dpkg -r intelliclaim >/dev/null 2>&1 || true
  fi
  rm -rf "$tmp"
}
trap cleanup EXIT

# A user of our own: home, data, config and logs all under $tmp.
export HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/config" XDG_STATE_HOME="$tmp/state" XDG_DATA_HOME="$tmp/share"
mkdir -p "$HOME"
logs="$XDG_STATE_HOME/IntelliClaim/logs"
data="$XDG_DATA_HOME/IntelliClaim"

say "installing $(basename "$deb") ($(du -m "$deb" | cut -f1) MB)"
# dpkg -i does not fetch dependencies: install the missing ones (xdg-utils, libgtk-3-0, …) from the archive first.
missing=()
for p in $(dpkg-deb -f "$deb" Depends | tr ',' '\n' | sed 's/(.*)//; s/|.*//; s/ //g'); do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "   installing its dependencies: ${missing[*]}"
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >"$check/apt.log" 2>&1 \
    || { cat "$check/apt.log" >&2; fail "apt-get install ${missing[*]}"; }
fi
for p in libgtk-3-0 tesseract-ocr tesseract-ocr-eng xdg-utils; do
  dpkg-deb -f "$deb" Depends | tr ',' '\n' | grep -q "^ *$p\b" || fail "the .deb does not depend on $p"
done
if [ -d /etc/xdg/menus ] && [ -d /usr/share/desktop-directories ]; then
  echo "   this machine has a desktop menu system: the postinst uses xdg-desktop-menu"
else
  echo "   this machine has no desktop menu system: the postinst puts the entry in /usr/share/applications itself"
fi
dpkg -i "$deb" >"$check/dpkg-install.log" 2>&1 || { cat "$check/dpkg-install.log" >&2; fail "dpkg -i"; }
[ -x "$launcher" ] || fail "$launcher is not installed"
desktop=$(ls /usr/share/applications/*intelliclaim*.desktop 2>/dev/null | head -1)
[ -n "$desktop" ] || fail "no desktop entry in /usr/share/applications"
grep -q '^Exec=.*IntelliClaim %F$' "$desktop" || fail "the desktop entry does not pass files (%F): $(grep Exec "$desktop")"
grep -q '^MimeType=.*application/pdf' "$desktop" || fail "the desktop entry does not open PDF files"
grep -q '^Categories=Office' "$desktop" || fail "the desktop entry is not in the Office menu"
installed_mb=$(du -sm /opt/intelliclaim | cut -f1)
echo "   installed: /opt/intelliclaim $installed_mb MB; desktop entry $desktop"

say "CLI with no network: --version, ingest, search"
pdf="$check/sample-policy.pdf"
java -cp /opt/intelliclaim/lib/app/intelliclaim.jar "$root/packaging/tools/SamplePdf.java" "$pdf"
offline() { unshare --net "$@"; }
offline "$launcher" --version >"$check/version.txt" 2>&1 || { cat "$check/version.txt" >&2; fail "--version"; }
package_version=$(dpkg-deb -f "$deb" Version | sed 's/-[0-9]*$//')
grep -q "^IntelliClaim $package_version\( \|$\)" "$check/version.txt" \
  || fail "--version printed $(head -1 "$check/version.txt"), not the package's version $package_version"
grep "^IntelliClaim \|^Java " "$check/version.txt" | sed "s/^/   /"
if grep -q SharedArchiveFile "$cfg"; then
  JAVA_TOOL_OPTIONS=-Xlog:class+load=info "$launcher" --version >"$check/class-load.txt" 2>&1 || true
  archived=$(grep -c "source: shared objects file (top)" "$check/class-load.txt" || true)
  [ "$archived" -gt 100 ] || fail "the app's CDS archive is not used (the class path or the jar changed since it was made)"
  echo "   $archived classes of --version came from the app's CDS archive"
fi
offline "$launcher" ingest "$pdf" >"$check/ingest.txt" 2>&1 || { cat "$check/ingest.txt" >&2; fail "ingest"; }
grep -q "1 indexed" "$check/ingest.txt" || { cat "$check/ingest.txt" >&2; fail "ingest did not index the PDF"; }
offline "$launcher" search --json "cataract waiting period" >"$check/search.json" 2>"$check/search.err" \
  || { cat "$check/search.err" >&2; fail "search"; }
grep -q "24 months" "$check/search.json" || { cat "$check/search.json" >&2; fail "search did not find the clause"; }
scan="$check/scanned-policy.pdf"
java -Djava.awt.headless=true -cp /opt/intelliclaim/lib/app/intelliclaim.jar "$root/packaging/tools/SamplePdf.java" \
  "$scan" --scan
# A PATH without /usr/bin, as a bare desktop session may give: the app still finds the installed Tesseract.
offline env PATH=/usr/sbin:/sbin "$launcher" ingest --data "$tmp/scan-data" "$scan" >"$check/ingest-scan.txt" 2>&1 \
  || { cat "$check/ingest-scan.txt" >&2; fail "ingest of a scanned PDF"; }
grep -q "1 indexed" "$check/ingest-scan.txt" || { cat "$check/ingest-scan.txt" >&2; fail "the scanned PDF was not indexed"; }
offline "$launcher" search --data "$tmp/scan-data" --json "co-payment for insured persons aged 60" \
  >"$check/search-scan.json" 2>"$check/search.err" || { cat "$check/search.err" >&2; fail "search (scan)"; }
grep -q "60 years" "$check/search-scan.json" \
  || { cat "$check/search-scan.json" >&2; fail "search did not find the scanned PDF's text (OCR)"; }
[ -s "$logs/intelliclaim.log" ] || fail "no log file in the platform's log location $logs"
[ -d "$data/store" ] || fail "no data in the user's data folder $data"
echo "   ingest and search fine, the scanned PDF read through OCR; data in $data, logs in $logs"

display=92
while [ -e "/tmp/.X11-unix/X$display" ] || [ -e "/tmp/.X$display-lock" ]; do display=$((display + 1)); done
Xvfb ":$display" -screen 0 1440x900x24 -nolisten tcp >"$check/xvfb.log" 2>&1 &
xvfb=$!
sleep 1
export DISPLAY=":$display"

# start_window LABEL [FILE…]: opens the window on a fresh data folder, waits for "Main window shown", prints the ms.
start_window() {
  local label=$1; shift
  local run="$tmp/run-$label-$RANDOM"
  mkdir -p "$run"
  XDG_STATE_HOME="$run/state" XDG_DATA_HOME="$run/share" "$launcher" "$@" >"$run/out.txt" 2>&1 &
  local app=$! ms=""
  for _ in $(seq 1 120); do
    ms=$(grep -ho "Main window shown [0-9]* ms" "$run/state/IntelliClaim/logs/intelliclaim.log" 2>/dev/null \
      | grep -o "[0-9]*" || true)
    [ -n "$ms" ] && break
    kill -0 "$app" 2>/dev/null || { cat "$run/out.txt" >&2; fail "the window ($label) ended early"; }
    sleep 0.5
  done
  [ -n "$ms" ] || fail "the window ($label) did not show in 60 s"
  if [ $# -gt 0 ]; then
    for _ in $(seq 1 120); do
      grep -q "Indexed document" "$run/state/IntelliClaim/logs/intelliclaim.log" && break
      sleep 0.5
    done
    grep -q "Indexed document" "$run/state/IntelliClaim/logs/intelliclaim.log" \
      || fail "the window did not index the file it was opened with"
    sleep 2
    import -window root "$check/window.png"
  fi
  kill -TERM "$app"; wait "$app" 2>/dev/null || true
  if grep -qi "shared archive\|sharing" "$run/out.txt"; then
    grep -i "shared archive\|sharing" "$run/out.txt" >&2; fail "the JVM complained about the CDS archive"
  fi
  echo "$ms"
}

sync; echo 3 >/proc/sys/vm/drop_caches 2>/dev/null || true
say "window under Xvfb, opened with the PDF (\"Open with\")"
first=$(start_window open-with "$pdf")
[ -s "$check/window.png" ] || fail "no screenshot"
colours=$(identify -format '%k' "$check/window.png")
[ "$colours" -gt 50 ] || fail "the screenshot is blank ($colours colours)"
echo "   first start: window shown $first ms after the JVM started; screenshot $check/window.png ($colours colours)"

if [ "${MEASURE_STARTS:-0}" -gt 0 ]; then
  # The modes take turns, so a change in the machine's load during the runs falls on all of them alike.
  cp "$cfg" "$tmp/cfg"
  grep -q SharedArchiveFile "$tmp/cfg" && modes=(app-cds jdk-cds no-cds) || modes=(jdk-cds no-cds)
  declare -A times=()
  for round in $(seq 1 "$MEASURE_STARTS"); do
    for mode in "${modes[@]}"; do
      cp "$tmp/cfg" "$cfg"
      case $mode in
        jdk-cds) sed -i '/SharedArchiveFile/d; /-Xshare:auto/d' "$cfg" ;;
        no-cds) sed -i '/SharedArchiveFile/d; /-Xshare:auto/d' "$cfg"; echo "java-options=-Xshare:off" >>"$cfg" ;;
      esac
      times[$mode]="${times[$mode]:-}$(start_window "$mode") "
    done
    echo "   round $round, load average $(cut -d' ' -f1-3 /proc/loadavg)"
  done
  for mode in "${modes[@]}"; do echo "   $mode: ${times[$mode]}ms"; done
  cp "$tmp/cfg" "$cfg"
fi
kill "$xvfb" 2>/dev/null || true; xvfb=""

say "uninstalling"
dpkg -r intelliclaim >"$check/dpkg-remove.log" 2>&1 || { cat "$check/dpkg-remove.log" >&2; fail "dpkg -r"; }
[ ! -e "$launcher" ] || fail "$launcher is still there after dpkg -r"
[ -z "$(ls /usr/share/applications/*intelliclaim*.desktop 2>/dev/null)" ] || fail "the desktop entry is still there"
[ -f "$data/store/intelliclaim.mv.db" ] || fail "uninstalling removed the user's data"
[ -s "$logs/intelliclaim.log" ] || fail "uninstalling removed the user's logs"
echo "   removed; the user's data and logs stay"

say "passed: .deb $(du -m "$deb" | cut -f1) MB, installed $installed_mb MB, window shown $first ms after the JVM started"
