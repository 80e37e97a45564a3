#!/usr/bin/env bash
# Where a Daybrief command's CPU goes, by thread and by phase: runs `./daybrief ARGS...` (in the current folder),
# reads every thread's CPU time from /proc twice a second while it runs, and prints the CPU seconds of each kind of
# thread (summarize workers, digest builders, the JIT's compilers, the garbage collector, main...) before the first
# summarize worker starts, while documents are summarised, and from the first digest builder on. Linux only.
# The JVM's own threads (C1/C2 compilers, GC) are not visible to Java profilers' samples; this shows them.
# Times count from the JVM's start; a launcher that first builds the jar or records its class archive says so apart.
#
#   scripts/cpu-by-thread.sh summarize --out /tmp/s ARCHIVE
#   scripts/cpu-by-thread.sh backfill --job JOB --from 2025-06-01 --to 2025-06-06
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
(( $# > 0 )) || { echo "usage: scripts/cpu-by-thread.sh DAYBRIEF_ARGS..." >&2; exit 2; }
samples="$(mktemp)"
trap 'rm -f "$samples"' EXIT
"$here/daybrief" "$@" >/dev/null &
launcher=$!
launched=$(date +%s%N)
start=""   # when the JVM was first seen: times count from there, not from the launcher's build or class archive
while kill -0 "$launcher" 2>/dev/null; do
  # The launcher execs java, so its pid is the JVM's once the build (if any) is done.
  comm=""
  read -r comm < "/proc/$launcher/comm" 2>/dev/null || true
  if [[ "$comm" == java ]]; then
    [[ -n "$start" ]] || start=$(date +%s%N)
    t=$(( ($(date +%s%N) - start) / 1000000 ))
    for f in /proc/"$launcher"/task/*/stat; do
      # fields after the name: 12 and 13 are utime and stime in clock ticks. Read with the shell's own `read`, not a
      # process per thread, so that the sampling adds next to nothing to the CPU it measures.
      read -r line < "$f" 2>/dev/null || continue
      name="${line#*(}"; name="${name%)*}"; rest="${line##*) }"
      read -r -a x <<< "$rest"
      tid="${f#/proc/*/task/}"; tid="${tid%/stat}"
      echo "$t ${name// /_} $tid $(( x[11] + x[12] ))"
    done >> "$samples"
  fi
  sleep 0.5
done
wait "$launcher" && rc=0 || rc=$?
ended=$(date +%s%N)
wall=$(( (ended - ${start:-$ended}) / 1000000 ))
before_jvm=$(( (${start:-$ended} - launched) / 1000000 ))
if (( before_jvm >= 1000 )); then
  echo "the launcher took $(( before_jvm / 1000 )) s before the JVM started (a build, or recording the class archive)"
fi
awk -v tck="$(getconf CLK_TCK)" -v wall="$wall" -v rc="$rc" '
  function kind(n) {
    if (n ~ /^daybrief-worker|^pool-[0-9]+-thread/) return "summarize workers"
    if (n ~ /^daybrief-digest-reader/) return "digest reader"
    if (n ~ /^daybrief-digest/) return "digest builders"
    if (n ~ /^C2_/) return "JIT C2"
    if (n ~ /^C1_/) return "JIT C1"
    if (n ~ /^GC_|^VM_Thread/) return "GC and VM"
    if (n == "java") return "main"
    return "other"
  }
  {
    k = kind($2); last[$3] = $4; kindOf[$3] = k
    if (k == "summarize workers" && !tw) tw = $1
    if (k == "digest builders" && !td) td = $1
    # each thread'"'"'s ticks at the start of each phase: the last value seen before it
    if (!tw || $1 < tw) atW[$3] = $4
    if (!td || $1 < td) atD[$3] = $4
    seen[k] = 1
  }
  END {
    if (!tw) tw = wall; if (!td) td = wall
    printf "JVM %.1f s (exit %d): before the workers %.1f s, summarising %.1f s, digests %.1f s\n",
      wall / 1000, rc, tw / 1000, (td - tw) / 1000, (wall - td) / 1000
    printf "%-18s %8s %8s %8s %8s   (CPU seconds)\n", "threads", "before", "summary", "digests", "all"
    for (t in last) {
      k = kindOf[t]
      pre[k] += atW[t]; mid[k] += atD[t] - atW[t]; post[k] += last[t] - atD[t]
    }
    n = split("summarize workers,digest builders,digest reader,main,JIT C2,JIT C1,GC and VM,other", order, ",")
    for (i = 1; i <= n; i++) {
      k = order[i]; if (!(k in seen)) continue
      all = pre[k] + mid[k] + post[k]; total += all; tp += pre[k]; tm += mid[k]; tq += post[k]
      printf "%-18s %8.1f %8.1f %8.1f %8.1f\n", k, pre[k] / tck, mid[k] / tck, post[k] / tck, all / tck
    }
    printf "%-18s %8.1f %8.1f %8.1f %8.1f\n", "total", tp / tck, tm / tck, tq / tck, total / tck
  }' "$samples"
exit "$rc"
