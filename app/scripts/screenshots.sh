#!/usr/bin/env bash
# Starts the desktop app under Xvfb on a throw-away data folder with sample documents and saves a screenshot of
# each screen (and of the dark theme) in app/target/screenshots/ (not committed). Needs: xvfb (xvfb-run), imagemagick
# (import), and app/target/intelliclaim.jar (mvn -B -o package -DskipTests).
# Usage: app/scripts/screenshots.sh [SAMPLE_FILE_OR_FOLDER...]   (default: the policy PDFs in ../shared/evaldata)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
jar="$here/target/intelliclaim.jar"
out="$here/target/screenshots"
[[ -f "$jar" ]] || { echo "Build the jar first: mvn -B -o package -DskipTests" >&2; exit 1; }
command -v xvfb-run >/dev/null && command -v import >/dev/null \
    || { echo "Needs xvfb-run and ImageMagick's import (apt-get install xvfb imagemagick)" >&2; exit 1; }
work="$(mktemp -d)"
trap '[[ -n "${KEEP:-}" ]] || rm -rf "$work"' EXIT
mkdir -p "$out"
samples=("$@")
if [[ ${#samples[@]} -eq 0 ]]; then
    shared="$here/../../shared/evaldata/policies"
    [[ -d "$shared" ]] || shared="$here/../shared/evaldata/policies"
    samples=("$shared/CHOTGDP23004V012223.pdf" "$shared/Arogya_Sanjeevani_Policy_CIN_U10200WB1906GOI001713.pdf")
fi
java=(java --add-modules jdk.incubator.vector)

echo "Indexing sample documents into $work/data …"
(cd "$work" && "${java[@]}" -jar "$jar" ingest --data "$work/data" "${samples[@]}") || true

echo "Creating a sample case with its documents and one decision …"
first=$(basename "${samples[0]}")
(cd "$work" && "${java[@]}" -jar "$jar" case create --data "$work/data" --claim-number CLM-2025-000123 \
    --claimant "Meera Iyer" --policy-number POL-55 \
    && "${java[@]}" -jar "$jar" case attach --data "$work/data" CLM-2025-000123 "$first" \
    && "${java[@]}" -jar "$jar" ask --data "$work/data" --case CLM-2025-000123 \
        "60-year-old woman, cataract surgery in Pune, policy 30 months old" > /dev/null) || true

# One run per screen: the app opens on the screen it showed last (window.properties), with a saved theme.
shoot() { # name screen theme
    local name=$1 screen=$2 theme=$3 cfg="$work/config-$1"
    mkdir -p "$cfg"
    printf 'screen=%s\nwindow.x=0\nwindow.y=0\nwindow.width=1280\nwindow.height=800\n' "$screen" > "$cfg/window.properties"
    printf 'theme=%s\nanalyst.name=Screenshot Analyst\n' "$theme" > "$cfg/settings.properties"
    local log="$work/data/logs/intelliclaim.log" before
    before=$(grep -c "Embedding model .* loaded" "$log" 2>/dev/null || true)
    (cd "$work" && xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
        "$@" & app=$!
        # ready when the engine has opened and loaded its model (a line in the log), at most 90 s
        for _ in $(seq 1 180); do
            [[ $(grep -c "Embedding model .* loaded" "'"$log"'" 2>/dev/null || true) -gt '"${before:-0}"' ]] && break
            sleep 0.5
        done
        sleep 1
        import -window root "'"$out/$name"'.png"
        kill $app; wait $app 2>/dev/null || true' _ "${java[@]}" -Dintelliclaim.config="$cfg" -jar "$jar" --data "$work/data")
    echo "saved $out/$name.png"
}
shoot cases cases LIGHT
shoot documents documents LIGHT
shoot settings settings LIGHT
shoot documents-dark documents DARK
shoot settings-dark settings DARK
