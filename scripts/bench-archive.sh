#!/usr/bin/env bash
# Archive benchmark: a one-off `backfill` over a large generated archive under a small heap.
#
#   scripts/bench-archive.sh CORPUS_DIR [DOCUMENTS] [DAYS] [HEAP]
#
# Builds an archive of DOCUMENTS (default 100000) dated documents spread evenly over DAYS days (default 30) of
# June 2025 from the .txt articles of CORPUS_DIR (e.g. ../shared/eval/cnndm-dev/docs), each copy made distinct by
# a closing line (so it is a new document, not the same content twice), then runs
# `./daybrief backfill` over it with -Xmx HEAP (default 512m) and prints the wall time, the report, peak RSS and
# the largest heap before a collection and after a full one (from the GC log; GC_LOG=FILE keeps it): the
# largest heap after a full collection is what the job really holds. The archive, the digests and the job state
# are written under a temporary folder, removed at the end.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="${1:?usage: scripts/bench-archive.sh CORPUS_DIR [DOCUMENTS] [DAYS] [HEAP]}"
docs="${2:-100000}"
days="${3:-30}"
heap="${4:-512m}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

mapfile -t files < <(find "$corpus" -maxdepth 1 -name '*.txt' | sort)
(( ${#files[@]} > 0 )) || { echo "no .txt files in $corpus" >&2; exit 2; }
for ((d = 1; d <= days; d++)); do mkdir -p "$work/in/$(printf '%02d' "$d")"; done
# One awk process writes them all (a shell loop took about 17 minutes for 100,000). Each article's text loses
# its trailing newlines, as "$(<file)" would; an empty article stays in the rotation as an empty text.
ARCHIVE_DIR="$work/in" awk -v docs="$docs" -v days="$days" '
  BEGIN {
    n = ARGC - 1
    for (k = 1; k <= n; k++) {
      text[k] = ""
      for (first = 1; (getline line < ARGV[k]) > 0; first = 0) text[k] = first ? line : text[k] "\n" line
      close(ARGV[k])
      sub(/\n+$/, "", text[k])
    }
    for (i = 0; i < docs; i++) {
      day = i % days + 1
      file = sprintf("%s/%02d/a%d.txt", ENVIRON["ARCHIVE_DIR"], day, i)
      printf "date 2025-06-%02d\n\n%s\n\nArchive copy %d.\n", day, text[i % n + 1], i > file
      close(file)
    }
    exit
  }' "${files[@]}"
cat > "$work/job.yml" <<EOF
name: archive
title: "Archive – {date}"
sources: [$work/in/]
window: by-date
schedule: { cron: "0 0 7 * * *", zone: UTC }
summary: { sentences: 3, method: default }
output: { dir: $work/out, formats: [html, md, txt, json] }
EOF
echo "archive: $docs documents over $days days, $(du -sm "$work/in" | cut -f1) MB; heap -Xmx$heap; $(nproc) cores"

"$here/scripts/warm-launcher.sh" "$corpus" "$work"   # the build and the class archive, outside the timing
cd "$work"   # the job state (output/.state) goes with the archive, not into this checkout
start=$(date +%s.%N)
DAYBRIEF_JAVA_OPTS="-Xmx$heap -Xlog:gc:file=$work/gc.log ${DAYBRIEF_JAVA_OPTS:-}" \
  /usr/bin/time -f "%M" -o "$work/rss" \
  "$here/daybrief" backfill --job "$work/job.yml" --from 2025-06-01 --to "2025-06-$(printf '%02d' "$days")" \
  2>&1 | grep -v '^\s*$' | tail -25
end=$(date +%s.%N)
printf 'wall: %.0f s\n' "$(echo "$end - $start" | bc -l)"
echo "peak RSS: $(( $(cat "$work/rss") / 1024 )) MB"
# GC lines look like "... Pause Young (Allocation Failure) 301M->77M(512M) 5.123ms"; after a full collection
# only live objects remain, so the largest heap after one is what the job really holds at its peak.
awk 'match($0, /[0-9]+M->[0-9]+M/) { split(substr($0, RSTART, RLENGTH), a, /M->|M/);
       if (a[1] > before) before = a[1]; n++;
       if ($0 ~ /Pause Full/) { full++; if (a[2] > live) live = a[2] } }
     END { printf "heap: %d collections, %d full; largest before a collection %d MB; largest after a full one " \
             "(live data) %d MB\n", n, full, before, live }' "$work/gc.log"
if [[ -n "${GC_LOG:-}" ]]; then cp "$work/gc.log" "$GC_LOG"; fi   # GC_LOG=FILE keeps the log
