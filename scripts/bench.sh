#!/usr/bin/env bash
# Throughput benchmark: Daybrief's `summarize` beside Open Text Summarizer and sumy on the same documents.
#
#   scripts/bench.sh CORPUS_DIR [COPIES] [RUNS]     (PEER_RUNS=N runs the peers a different number of times)
#
# Builds a corpus of COPIES copies (default 10) of every .txt file in CORPUS_DIR (e.g. ../shared/eval/cnndm-dev/docs,
# 987 articles, so 9,870 documents), then runs each summariser RUNS times (default 3) over all of it, whole process,
# JVM start included, and prints the median wall time, documents/s and MB/s, Daybrief's time per stage and peak
# heap, and the speed ratio to each peer found: OTS (Debian's `ots`), one process per document as it is used, and
# sumy's LexRank (scripts/peers/sumy_lexrank.py, when SUMY_PYTHON, default python3, can import sumy), first in one
# Python process, then in one per core.
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

# A peer's runs, whole process: prints each run and the median, and the ratio to Daybrief's median. The command
# gets a new output folder each run (see above on deleting files), and must fill it with one file per document
# when it makes one at all.
peer() {
  local name="$1" command="$2" times=() r start end med out made
  for ((r = 1; r <= ${PEER_RUNS:-$runs}; r++)); do
    out="$work/peer-out-$((++peer_outputs))"
    start=$(now)
    "$command" "$out"
    end=$(now)
    times+=("$(echo "$end - $start" | bc -l)")
    echo "$name run $r: $(printf %.2f "${times[-1]}") s"
    if [[ -d "$out" ]]; then
      made=$(find "$out" -type f | wc -l)
      ((made == docs)) || { echo "$name wrote $made summaries for $docs documents" >&2; exit 1; }
    fi
  done
  med=$(printf '%s\n' "${times[@]}" | median)
  printf '%s: median %.2f s = %.0f documents/s\n' "$name" "$med" "$(echo "$docs / $med" | bc -l)"
  printf 'daybrief is %.1fx the speed of %s on these documents\n' "$(echo "$med / $d_med" | bc -l)" "$name"
}
peer_outputs=0

# OTS as it is used: one process per document, on every core (its summaries go to standard output).
ots_run() { find "$work/in" -type f -print0 | xargs -0 -P "$cores" -n 1 ots --ratio=20 >/dev/null 2>&1; }
# sumy's LexRank: one Python process per share of the documents (start-up amortised), the shares made beforehand.
sumy_shares() {
  rm -f "$work"/share.*
  find "$work/in" -type f | sort | split -n "r/$1" - "$work/share."
}
sumy_run() {
  local pids=() pid share failed=0
  for share in "$work"/share.*; do
    "$sumy_python" "$here/scripts/peers/sumy_lexrank.py" "$1" < "$share" &
    pids+=($!)
  done
  for pid in "${pids[@]}"; do wait "$pid" || failed=1; done   # all finish; then a failure fails the benchmark
  ((failed == 0)) || { echo "a sumy process failed" >&2; exit 1; }
}

if command -v ots >/dev/null 2>&1; then
  peer ots ots_run
else
  echo "ots not installed (apt-get install ots): no comparison with it"
fi
sumy_python="${SUMY_PYTHON:-python3}"
if "$sumy_python" -c 'import sumy.summarizers.lex_rank' 2>/dev/null; then
  # One process, as sumy's own command line runs, then one per core, as Daybrief runs.
  sumy_shares 1
  peer "sumy-lexrank (1 process)" sumy_run
  if ((cores > 1)); then
    sumy_shares "$cores"
    peer "sumy-lexrank ($cores processes)" sumy_run
  fi
else
  echo "sumy not importable by $sumy_python (pip install sumy; SUMY_PYTHON=... names another python): not compared"
fi
