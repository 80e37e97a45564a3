#!/usr/bin/env bash
# Opens a job's index page in headless Chromium, as a reader would, and checks what it shows.
# Backfills the seed documents (2025-09-22 to 2025-09-24) into a scratch folder, dumps the index page's DOM,
# checks it links every digest newest first, and saves a screenshot.
# Usage: scripts/check-index-in-browser.sh [SCREENSHOT.png]   (needs Debian's chromium: apt-get install chromium)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
shot="${1:-$here/output/browser-check/index.png}"
mkdir -p "$(dirname "$shot")"
browser="$(command -v chromium || command -v chromium-browser || true)"
[[ -n "$browser" ]] || { echo "check-index: chromium not found (apt-get install chromium)" >&2; exit 1; }

cat > "$work/seeds.yml" <<YAML
name: seeds
title: "Seed digest {date}"
sources: [$here/seeds/]
window: by-date
output: { dir: $work/out }
YAML
cd "$here"
DAYBRIEF_JAVA_OPTS="-Ddaybrief.state-dir=$work/state" ./daybrief backfill --job "$work/seeds.yml" \
  --from 2025-09-22 --to 2025-09-24 > "$work/report.txt"

flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
       --disable-component-update --disable-sync --user-data-dir="$work/profile")
index="file://$work/out/seeds/index.html"
timeout 120 "$browser" "${flags[@]}" --dump-dom "$index" > "$work/dom.html" 2>/dev/null
timeout 120 "$browser" "${flags[@]}" --window-size=900,1200 --screenshot="$shot" "$index" 2>/dev/null

fail() { echo "check-index: $1" >&2; exit 1; }
positions=()
for day in 2025-09-24 2025-09-23 2025-09-22; do
  grep -q "href=\"$day/digest.html\"" "$work/dom.html" || fail "index page has no link to $day/digest.html"
  positions+=("$(grep -bo "$day/digest.html" "$work/dom.html" | head -1 | cut -d: -f1)")
done
(( positions[0] < positions[1] && positions[1] < positions[2] )) || fail "digests are not newest first"
[[ -s "$shot" ]] || fail "no screenshot written"
echo "check-index: index page lists 3 digests newest first; screenshot $shot"
