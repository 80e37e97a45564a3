#!/usr/bin/env bash
# Hostile-corpus benchmark: the wall time of `./daybrief run` over the hostile corpus the tests use.
#
#   scripts/bench-hostile.sh [RUNS]
#
# Generates the corpus of HostileDigestEndToEndTest (org.daybrief.hostile.HostileCorpus, from the test classes:
# broken files, zip bombs, deep nesting, odd encodings, script injection) into a temporary folder, then runs
# `./daybrief run` over it RUNS times (default 3) as a user would, whole process, JVM start included, each run
# with new state and output folders, and prints each run's time and report line and the median. The test asserts
# what the run gives; this script times it (a test that asserted a time failed on a busy machine). The launcher
# runs without the test class path, so the corpus's "never returns" file, which only a test-only parser loops
# on, is read here as the plain text it is.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The generator lives in the test classes: compile them and ask Maven for the test class path.
mvn -q -B -f "$here/pom.xml" test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$work/classpath" > "$work/log" 2>&1 || { cat "$work/log" >&2; exit 1; }
java -cp "$here/target/test-classes:$here/target/classes:$(cat "$work/classpath")" \
  org.daybrief.hostile.HostileCorpus "$work/corpus" "$work/limits" > "$work/log" 2>&1 \
  || { cat "$work/log" >&2; exit 1; }
echo "corpus: $(find "$work/corpus" -type f | wc -l) files, $(du -sm "$work/corpus" | cut -f1) MB; $(nproc) cores;" \
  "$runs runs"

"$here/scripts/warm-launcher.sh" "$here/seeds" "$work"   # the build and the class archive, outside the timings

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
times=()
for ((r = 1; r <= runs; r++)); do
  mkdir -p "$work/run$r"
  cat > "$work/run$r/job.yml" <<JOB
name: hostile
title: "Hostile {date}"
sources: ["$work/corpus/"]
window: new
summary: { sentences: 2 }
digest: { max-stories: 1000 }
output: { dir: "$work/run$r/out" }
$(cat "$work/limits")
JOB
  start=$(date +%s.%N)
  # From the run's folder: the job state (output/.state) goes there, new for each run, not into this checkout.
  (cd "$work/run$r" && "$here/daybrief" run --job job.yml --date 2025-09-23 > report 2>&1) \
    || { cat "$work/run$r/report" >&2; echo "run $r failed" >&2; exit 1; }
  end=$(date +%s.%N)
  times+=("$(echo "$end - $start" | bc -l)")
  echo "run $r: $(printf %.2f "${times[-1]}") s; $(grep -m1 -o '[0-9]* read, .*' "$work/run$r/report" || true)"
done
printf 'hostile corpus: median %.2f s over %d runs\n' "$(printf '%s\n' "${times[@]}" | median)" "$runs"
