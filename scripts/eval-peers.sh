#!/usr/bin/env bash
# ROUGE of other summarisers' story summaries on the Multi-News clusters, scored by Daybrief's own ROUGE.
#
#   scripts/eval-peers.sh CLUSTERS REFS [WORDS]
#
# e.g. scripts/eval-peers.sh ../shared/eval/multinews-dev/clusters ../shared/eval/multinews-dev/refs
# Each peer found (OTS: Debian's `ots`; sumy's LexRank and TextRank: when SUMY_PYTHON, default python3, can import
# sumy) summarises every cluster folder of CLUSTERS within WORDS words (default 220, as `eval --clusters`), by
# scripts/peers/cluster_summaries.py, into a temporary folder; then `./daybrief eval --summaries` scores them
# against REFS and prints one row per peer: the same ROUGE, references and budget as Daybrief's own rows
# (`./daybrief eval --clusters --docs CLUSTERS --refs REFS --method all`).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
clusters="${1:?usage: scripts/eval-peers.sh CLUSTERS REFS [WORDS]}"
refs="${2:?usage: scripts/eval-peers.sh CLUSTERS REFS [WORDS]}"
words="${3:-220}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"${SUMY_PYTHON:-python3}" "$here/scripts/peers/cluster_summaries.py" "$clusters" "$work" "$words"
args=()
for dir in "$work"/*/; do args+=(--summaries "${dir%/}"); done
((${#args[@]} > 0)) || { echo "no peer found: apt-get install ots, or pip install sumy" >&2; exit 1; }
"$here/daybrief" eval "${args[@]}" --refs "$refs"
