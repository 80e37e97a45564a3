#!/usr/bin/env bash
# Backfill against summarize: how much a backfill's digests add to the summaries of the same documents.
#
#   scripts/bench-backfill.sh DOCUMENTS DAYS RUNS CORPUS_DIR...
#   scripts/bench-backfill.sh 20000 6 3 /work/shared/eval/*/docs /work/shared/eval/multinews-dev/clusters
#
# Builds an archive of DOCUMENTS dated articles spread evenly over DAYS days of June 2025 from the .txt files found
# (recursively) under each CORPUS_DIR, taken in turn: each starts with a ` date 2025-06-DD` line, as
# seeds/000_c7ff4c6390ec91c1.txt does, and ends with a line naming its copy, so that an article used again is a
# new document. Then, RUNS times, it runs `./daybrief summarize` and `./daybrief backfill` over the same archive
# (whole process, JVM start included, each with a new output folder and a new job state) and prints per run and
# as the median: summarize seconds, backfill seconds, their ratio and the digest step's share of the backfill
# (its render and write stages, from the run report), and the same ratio in CPU seconds (user + system).
# DAYBRIEF_JAVA_OPTS applies to both commands. The archive and all output are written under a temporary folder,
# removed at the end (not between runs: deleting thousands of files just before a run slows the files it creates,
# see scripts/bench.sh).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
usage="usage: scripts/bench-backfill.sh DOCUMENTS DAYS RUNS CORPUS_DIR..."
docs="${1:?$usage}"
days="${2:?$usage}"
runs="${3:?$usage}"
shift 3
(( $# > 0 )) || { echo "$usage" >&2; exit 2; }
(( days >= 1 && days <= 30 )) || { echo "bench-backfill.sh: DAYS must be 1 to 30 (days of June 2025)" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

mapfile -t files < <(find "$@" -name '*.txt' -type f | sort)
(( ${#files[@]} > 0 )) || { echo "bench-backfill.sh: no .txt files under $*" >&2; exit 2; }
for ((d = 1; d <= days; d++)); do mkdir -p "$work/in/$(printf '%02d' "$d")"; done
# One awk process writes every document; article i goes to day i % DAYS + 1, so the copies of one article fall on
# different days (a later copy is an update of an earlier day's story, as in a real archive).
OUT="$work/in" awk -v docs="$docs" -v days="$days" '
  BEGIN {
    n = ARGC - 1
    for (k = 1; k <= n; k++) {
      text[k] = ""
      while ((getline line < ARGV[k]) > 0) text[k] = text[k] line "\n"
      close(ARGV[k])
    }
    for (i = 0; i < docs; i++) {
      day = i % days + 1
      file = sprintf("%s/%02d/d%06d.txt", ENVIRON["OUT"], day, i)
      printf " date 2025-06-%02d\n\n%s\nCopy %d of the archive.\n", day, text[i % n + 1], i > file
      close(file)
    }
    exit
  }' "${files[@]}"
cat > "$work/job.yml" <<EOF
name: bench
title: "Bench – {date}"
sources: [$work/in/]
window: by-date
schedule: { cron: "0 0 7 * * *", zone: UTC }
summary: { sentences: 3, method: default }
output: { dir: out, formats: [html, md, txt, json] }
EOF
echo "archive: $docs documents from ${#files[@]} articles over $days days, $(du -sm "$work/in" | cut -f1) MB;" \
  "$(nproc) cores; $runs runs; DAYBRIEF_JAVA_OPTS=${DAYBRIEF_JAVA_OPTS:-}"

"$here/scripts/warm-launcher.sh" "$work/in/01" "$work"   # the build and the class archive, outside the timings

now() { date +%s.%N; }
# CPU seconds (user + system) of every command this script has waited for so far, from bash's own `times`: a
# second figure beside the wall times, less swayed by what else the machine runs than they are.
# `times` runs in this shell (in a $(...) subshell it would count only that subshell's children), into a file.
cpu_now() {
  times > "$work/times"
  cpu=$(awk 'NR == 2 { for (i = 1; i <= 2; i++) { split($i, t, "m"); s += t[1] * 60 + t[2] } print s }' "$work/times")
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
summarize_times=() backfill_times=() ratios=() shares=() cpu_ratios=()
for ((r = 1; r <= runs; r++)); do
  start=$(now); cpu_now; cpu_start=$cpu
  "$here/daybrief" summarize --out "$work/summaries$r" "$work/in" >/dev/null 2>"$work/summarize.err"
  s=$(echo "$(now) - $start" | bc -l); cpu_now; s_cpu=$(echo "$cpu - $cpu_start" | bc -l)
  mkdir -p "$work/run$r"
  start=$(now); cpu_now; cpu_start=$cpu
  (cd "$work/run$r" && "$here/daybrief" backfill --job "$work/job.yml" --from 2025-06-01 \
    --to "2025-06-$(printf '%02d' "$days")" >"$work/report$r" 2>&1)
  b=$(echo "$(now) - $start" | bc -l); cpu_now; b_cpu=$(echo "$cpu - $cpu_start" | bc -l)
  grep -q 'COMPLETED' "$work/report$r" || { cat "$work/report$r" >&2; echo "bench-backfill.sh: backfill failed" >&2; exit 1; }
  # The digest step is the report's render (building the digests) and write (writing their files) stages.
  digest=$(grep -o 'render [0-9.]* s\|write [0-9.]* s' "$work/report$r" | awk '{t += $2} END {print t + 0}')
  ratio=$(echo "$b / $s" | bc -l)
  share=$(echo "$digest / $b" | bc -l)
  cpu_ratio=$(echo "$b_cpu / $s_cpu" | bc -l)
  summarize_times+=("$s") backfill_times+=("$b") ratios+=("$ratio") shares+=("$share") cpu_ratios+=("$cpu_ratio")
  printf 'run %d: summarize %.1f s, backfill %.1f s, ratio %.2f, digest step %.1f s (%.0f%% of the backfill);' \
    "$r" "$s" "$b" "$ratio" "$digest" "$(echo "100 * $share" | bc -l)"
  printf ' CPU: summarize %.1f s, backfill %.1f s, ratio %.2f\n' "$s_cpu" "$b_cpu" "$cpu_ratio"
  grep '^  time:' "$work/report$r" || true
done
printf 'median of %d runs: summarize %.1f s, backfill %.1f s, ratio %.2f, digest share %.0f%%, CPU ratio %.2f\n' \
  "$runs" "$(printf '%s\n' "${summarize_times[@]}" | median)" "$(printf '%s\n' "${backfill_times[@]}" | median)" \
  "$(printf '%s\n' "${ratios[@]}" | median)" "$(echo "100 * $(printf '%s\n' "${shares[@]}" | median)" | bc -l)" \
  "$(printf '%s\n' "${cpu_ratios[@]}" | median)"
