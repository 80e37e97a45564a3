#!/usr/bin/env bash
# Throughput benchmark: Daybrief's `summarize` beside Open Text Summarizer (Debian's `ots`) on the same documents.
#
#   scripts/bench.sh CORPUS_DIR [COPIES] [RUNS]     (OTS_RUNS=N runs OTS a different number of times)
#
# Builds a corpus of COPIES copies (default 10) of every .txt file in CORPUS_DIR (e.g. ../shared/eval/cnndm-dev/docs,
# 987 articles, so 9,870 documents), then runs each summariser RUNS times (default 3) over all of it, whole process,
# JVM start included, and prints the median wall time, documents/s and MB/s, Daybrief's time per stage and peak
# heap, and the speed ratio. OTS runs on both cores too (xargs -P), one process per document as it is used.
# The machine may be shared: compare the ratio, not the absolute figures.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="${1:?usage: scripts/bench.sh CORPUS_DIR [COPIES] [RUNS]}"
copies="${2:-10}"
runs="${3:-3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

mkdir -p "$work/in"
for ((c = 0; c < copies; c++)); do
  for f in "$corpus"/*.txt; do cp "$f" "$work/in/c${c}_$(basename "$f")"; done
done
docs=$(find "$work/in" -type f | wc -l)
mb=$(du -sm "$work/in" | cut -f1)
cores=$(nproc)
echo "corpus: $docs documents, ${mb} MB, from $corpus x $copies; $cores cores; $runs runs each"

"$here/scripts/warm-launcher.sh" "$corpus" "$work"   # the build and the class archive, outside the timings

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
now() { date +%s.%N; }

daybrief_times=()
for ((r = 1; r <= runs; r++)); do
  # Each run writes a new folder; all are removed at the end. Deleting the previous run's 10,000 files just before
  # a run made every file it created cost a millisecond or more of kernel time on ext4 without a journal (the
  # inode allocator skips, one by one, inodes freed in the last seconds): the runs after the first measured that.
  start=$(now)
  /usr/bin/time -f "%M" -o "$work/rss" "$here/daybrief" summarize --stats --out "$work/out$r" "$work/in" \
    2> "$work/stats" >/dev/null
  end=$(now)
  t=$(echo "$end - $start" | bc -l)
  daybrief_times+=("$t")
  echo "daybrief run $r: $(printf %.2f "$t") s, peak RSS $(( $(cat "$work/rss") / 1024 )) MB; $(grep '^stats:' "$work/stats")"
done
d_med=$(printf '%s\n' "${daybrief_times[@]}" | median)
printf 'daybrief: median %.2f s = %.0f documents/s, %.2f MB/s\n' "$d_med" "$(echo "$docs / $d_med" | bc -l)" \
  "$(echo "$mb / $d_med" | bc -l)"

if command -v ots >/dev/null 2>&1; then
  ots_times=()
  for ((r = 1; r <= ${OTS_RUNS:-$runs}; r++)); do
    start=$(now)
    find "$work/in" -type f -print0 | xargs -0 -P "$cores" -n 1 ots --ratio=20 >/dev/null 2>&1
    end=$(now)
    ots_times+=("$(echo "$end - $start" | bc -l)")
    echo "ots run $r: $(printf %.2f "${ots_times[-1]}") s"
  done
  o_med=$(printf '%s\n' "${ots_times[@]}" | median)
  printf 'ots: median %.2f s = %.0f documents/s\n' "$o_med" "$(echo "$docs / $o_med" | bc -l)"
  printf 'daybrief is %.1fx the speed of ots on these documents\n' "$(echo "$o_med / $d_med" | bc -l)"
else
  echo "ots not installed (apt-get install ots): no comparison"
fi
