#!/usr/bin/env bash
# Readies ./daybrief for timing: builds the jar if needed, then runs two summarize commands and two run commands
# (the Spring shell's, as backfill) over up to 200 of CORPUS's .txt files, as the launcher records its class
# archives (on Java 25+, its AOT caches), one for each kind of command, in the first commands after a build.
# The benchmarks call it so that no timed run pays for either.
#
#   scripts/warm-launcher.sh CORPUS_DIR WORK_DIR
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="${1:?usage: scripts/warm-launcher.sh CORPUS_DIR WORK_DIR}"
work="${2:?usage: scripts/warm-launcher.sh CORPUS_DIR WORK_DIR}"
"$here/daybrief" --version >/dev/null
mkdir -p "$work/warm"
# Not "| head -200": with pipefail, sort dies of SIGPIPE when head stops reading first, and so does the script.
mapfile -t files < <(find "$corpus" -maxdepth 1 -name '*.txt' | sort)
(( ${#files[@]} > 0 )) || { echo "warm-launcher.sh: no .txt files in $corpus" >&2; exit 2; }
cp -- "${files[@]:0:200}" "$work/warm/"
for w in 1 2; do "$here/daybrief" summarize --out "$work/warm-out$w" "$work/warm" >/dev/null 2>&1; done
# A job over the same files, run from a folder of its own (its digests and job database go there).
cat > "$work/warm-job.yml" <<YML
name: warm
title: "Warm – {date}"
sources: [$work/warm/]
window: new
YML
for w in 1 2; do
  mkdir -p "$work/warm-run$w"
  (cd "$work/warm-run$w" && "$here/daybrief" run --job "$work/warm-job.yml" --date 2025-06-01 >/dev/null 2>&1)
done
