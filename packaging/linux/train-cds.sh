#!/usr/bin/env bash
# train-cds.sh IMAGE INSTALL_DIR PDF WORK — one training run of the app image for its CDS archive. JDK 17 accepts an
# archive only at the class path it was made with, so the image is bind-mounted at its install path (over a private
# tmpfs on the parent folder, in a private mount namespace: nothing on the machine changes). The run opens the
# window under Xvfb with PDF as its "Open with" file, waits until the file is indexed, and ends the JVM with SIGTERM;
# the JVM writes INSTALL_DIR/lib/app/intelliclaim.jsa (-XX:ArchiveClassesAtExit) as it exits. Needs root.
set -euo pipefail
image=$(cd "$1" && pwd); install_dir=$2; pdf=$(cd "$(dirname "$3")" && pwd)/$(basename "$3"); work=$4
mkdir -p "$work"; work=$(cd "$work" && pwd)

exec unshare --mount --propagation private bash -s "$image" "$install_dir" "$pdf" "$work" <<'INNER'
set -euo pipefail
image=$1; install_dir=$2; pdf=$3; work=$4
mount -t tmpfs tmpfs "$(dirname "$install_dir")"
mkdir -p "$install_dir"
mount --bind "$image" "$install_dir"

export HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_STATE_HOME="$work/state" XDG_DATA_HOME="$work/share"
mkdir -p "$HOME"
log="$XDG_STATE_HOME/IntelliClaim/logs/intelliclaim.log"
display=91
while [ -e "/tmp/.X11-unix/X$display" ] || [ -e "/tmp/.X$display-lock" ]; do display=$((display + 1)); done
Xvfb ":$display" -screen 0 1280x800x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb=$!
trap 'kill "$xvfb" 2>/dev/null || true' EXIT
sleep 1
DISPLAY=":$display" JAVA_TOOL_OPTIONS="-XX:ArchiveClassesAtExit=$install_dir/lib/app/intelliclaim.jsa" \
  "$install_dir/bin/IntelliClaim" "$pdf" >"$work/app.out" 2>&1 &
app=$!
for _ in $(seq 1 180); do
  if grep -q "Indexed document" "$log" 2>/dev/null; then break; fi
  if ! kill -0 "$app" 2>/dev/null; then echo "train-cds.sh: the app ended early:" >&2; cat "$work/app.out" >&2; exit 1; fi
  sleep 1
done
grep -q "Indexed document" "$log" || { echo "train-cds.sh: the file was not indexed in 180 s" >&2; tail -20 "$log" >&2; exit 1; }
sleep 2
kill -TERM "$app"
wait "$app" || true
grep -h "Main window shown" "$log" | sed 's/^/   training run: /'
INNER
