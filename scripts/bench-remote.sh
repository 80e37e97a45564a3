#!/usr/bin/env bash
# Remote partitioning figures: a backfill with --remote over WORKERS local `./daybrief worker` processes, on the
# PostgreSQL and RabbitMQ of this machine (127.0.0.1, as the tests use them), in a database and virtual host of
# its own that are removed at the end.
#
#   scripts/bench-remote.sh CORPUS_DIR [DOCUMENTS] [DAYS] [WORKERS] [PARTITION_KB]
#
# The archive: DOCUMENTS (default 3000) dated documents over DAYS days (default 6) made from the .txt articles of
# CORPUS_DIR (e.g. ../shared/eval/bbc-dev/docs), each made distinct by a closing line. Prints the run report, then
# per 1,000 documents: worker-seconds in summarize partitions, broker messages (partition requests), rows the
# JobRepository (BATCH_*) and Daybrief's store (DAYBRIEF_*) inserted or updated, and the bytes they hold.
# KILL_DURING=summarize (or digest) kills the first worker with kill -9 once every worker is running a partition of
# that step (a worker lost mid-run, whatever the machine's speed); KILL_AFTER=SECONDS kills it that long after the
# run starts instead, and says so when the run had ended by then. COMPARE_LOCAL=1 then also backfills the same
# archive locally (H2, one process) and compares every file written, and counts each document shown once, on its
# own date. ARCHIVE=tgz packs the documents into one in.tar.gz as the job's only source (every worker then reads
# its members out of the one archive) instead of leaving them as a folder tree.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="${1:?usage: scripts/bench-remote.sh CORPUS_DIR [DOCUMENTS] [DAYS] [WORKERS] [PARTITION_KB]}"
docs="${2:-3000}"
days="${3:-6}"
workers="${4:-2}"
partition_kb="${5:-}"
name="daybrief_bench_$$"
work="$(mktemp -d)"
pids=()
cleanup() {
  touch "$work/ended" 2>/dev/null || true   # a KILL_DURING watcher stops waiting for a run that failed
  for p in "${pids[@]}"; do kill -TERM "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rabbitmqctl -q delete_vhost "$name" >/dev/null 2>&1 || true
  psql -q -h 127.0.0.1 -U postgres -d test -c "DROP DATABASE IF EXISTS $name WITH (FORCE)" >/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
psql() { command psql -X -v ON_ERROR_STOP=1 "$@"; }

mapfile -t files < <(find "$corpus" -maxdepth 1 -name '*.txt' | sort)
(( ${#files[@]} > 0 )) || { echo "no .txt files in $corpus" >&2; exit 2; }
for ((i = 0; i < docs; i++)); do
  d=$(( i % days + 1 ))
  mkdir -p "$work/in/$d"
  printf 'date 2025-06-%02d\n\n%s\n\nArchive copy %d.\n' "$d" "$(<"${files[i % ${#files[@]}]}")" "$i" > "$work/in/$d/a$i.txt"
done
sources="in/"
size_mb=$(du -sm "$work/in" | cut -f1)
case "${ARCHIVE:-}" in
  "") ;;
  tgz) tar czf "$work/in.tar.gz" -C "$work" in && rm -rf "$work/in" && sources="in.tar.gz" ;;
  *) echo "bench-remote.sh: ARCHIVE must be tgz (or unset, for a folder tree)" >&2; exit 2 ;;
esac
max_stories=50
if [[ -n "${COMPARE_LOCAL:-}" ]]; then max_stories=10000; fi   # every document shown, to count them
cat > "$work/job.yml" <<JOB
name: archive
title: "Archive – {date}"
sources: [$sources]
window: by-date
schedule: { cron: "0 0 7 * * *", zone: UTC }
digest: { max-stories: $max_stories }
output: { dir: out, formats: [html, md, txt, json] }
JOB
psql -q -h 127.0.0.1 -U postgres -d test -c "CREATE DATABASE $name"
rabbitmqctl -q add_vhost "$name" >/dev/null
rabbitmqctl -q set_permissions -p "$name" guest '.*' '.*' '.*' >/dev/null
export SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$name" SPRING_DATASOURCE_USERNAME=postgres \
  SPRING_DATASOURCE_PASSWORD= SPRING_RABBITMQ_HOST=127.0.0.1 SPRING_RABBITMQ_VIRTUAL_HOST="$name"
opts="-Ddaybrief.progress-seconds=3600${partition_kb:+ -Ddaybrief.remote.partition-kb=$partition_kb}"
echo "archive: $docs documents over $days days, $size_mb MB${ARCHIVE:+ as $sources}; $workers workers; $(nproc) cores"
cd "$work"
for ((w = 1; w <= workers; w++)); do
  DAYBRIEF_JAVA_OPTS="$opts" "$here/daybrief" worker > "$work/worker$w.log" 2>&1 &
  pids+=($!)
  until grep -qs 'worker: ready' "$work/worker$w.log"; do   # ready, one after the other
    sleep 1
    kill -0 "${pids[-1]}" 2>/dev/null || { cat "$work/worker$w.log" >&2; exit 1; }
  done
done
wal_before=$(psql -qtA -h 127.0.0.1 -U postgres -d "$name" -c "SELECT pg_current_wal_lsn()")
start=$(date +%s.%N)
case "${KILL_DURING:-}" in
  "" | summarize | digest) ;;
  *) echo "bench-remote.sh: KILL_DURING must be summarize or digest" >&2; exit 2 ;;
esac
# The launcher execs java: its pid is the worker's. The run's end is marked by a file, so that a kill that comes
# later says it lost nothing mid-run.
if [[ -n "${KILL_DURING:-}" ]]; then
  (
    # Every worker is inside a partition of that step once as many of its executions are STARTED, and have
    # committed a chunk (a summarize partition) or begun (a digest, one chunk), as there are workers.
    until (( $(psql -qtA -h 127.0.0.1 -U postgres -d "$name" -c "SELECT count(*) FROM batch_step_execution
             WHERE step_name LIKE '${KILL_DURING}Partition:%' AND status = 'STARTED'
               AND (commit_count > 0 OR step_name LIKE 'digest%')" 2>/dev/null || echo 0)
             >= workers )) || [[ -e "$work/ended" ]]; do
      sleep 0.5
    done
    if [[ -e "$work/ended" ]]; then
      echo "worker 1 not killed: the run ended before every worker was in the $KILL_DURING step"
    else
      kill -KILL "${pids[0]}" && printf 'killed worker 1 (kill -9) %.0f s after the start, in the %s step\n' \
        "$(echo "$(date +%s.%N) - $start" | bc -l)" "$KILL_DURING"
    fi
  ) &
elif [[ -n "${KILL_AFTER:-}" ]]; then
  (
    sleep "$KILL_AFTER"
    if [[ -e "$work/ended" ]]; then
      echo "worker 1 not killed: the run had ended before ${KILL_AFTER} s (KILL_DURING=summarize picks the moment)"
    else
      kill -KILL "${pids[0]}" && echo "killed worker 1 (kill -9) after ${KILL_AFTER} s"
    fi
  ) &
fi
DAYBRIEF_JAVA_OPTS="$opts" "$here/daybrief" backfill --job job.yml --from 2025-06-01 \
  --to "2025-06-$(printf '%02d' "$days")" --remote 2>&1 | grep -v '^\s*$' | tail -8
touch "$work/ended"
end=$(date +%s.%N)
if [[ -n "${COMPARE_LOCAL:-}" ]]; then
  sed 's/dir: out,/dir: local,/' job.yml > local.yml
  env -u SPRING_DATASOURCE_URL -u SPRING_RABBITMQ_HOST DAYBRIEF_JAVA_OPTS="-Ddaybrief.state-dir=$work/h2" \
    "$here/daybrief" backfill --job local.yml --from 2025-06-01 --to "2025-06-$(printf '%02d' "$days")" \
    2>&1 | grep -E 'COMPLETED|FAILED|documents:'
  differ=$( (cd out && find . -type f | sort) | while read -r f; do cmp -s "out/$f" "local/$f" || echo "$f"; done)
  files=$(cd out && find . -type f | wc -l)
  if [[ -z "$differ" && "$files" == "$(cd local && find . -type f | wc -l)" ]]; then
    echo "compared with a local backfill: all $files files byte-identical"
  else
    echo "compared with a local backfill: DIFFERENT: ${differ:-the lists of files}"
  fi
  python3 - "$docs" "$days" <<'PY'
import json, sys, glob, collections, re
docs, days = int(sys.argv[1]), int(sys.argv[2])
seen = collections.Counter(); wrong = 0
for f in glob.glob('out/archive/*/digest.json'):
    d = json.load(open(f))
    for story in d['stories']:
        for doc in story['documents']:
            seen[doc['path']] += 1
            day = int(re.search(r'in/(\d+)/a\d+\.txt$', doc['path']).group(1))   # [in.tar.gz!/]in/<day>/a<i>.txt
            wrong += d['date'] != '2025-06-%02d' % day
print('documents shown: %d of %d, %d more than once, %d on another date' % (
    len(seen), docs, sum(1 for n in seen.values() if n > 1), wrong))
PY
fi
for p in "${pids[@]}"; do kill -TERM "$p" 2>/dev/null || true; done
wait "${pids[@]}" 2>/dev/null || true
pids=()
sleep 5   # PostgreSQL's statistics are flushed shortly after its sessions end
printf 'wall (manager start to end): %.0f s\n' "$(echo "$end - $start" | bc -l)"
psql -qtA -F ' ' -h 127.0.0.1 -U postgres -d "$name" -v docs="$docs" -v wal="$wal_before" <<'SQL'
SELECT format('per 1,000 documents: %s s of summarize partition time (worker-seconds; %s partitions, %s documents '
    || 'read, %s s each on average); %s broker messages (partition requests: %s summarize, %s digest)',
  round(sum(extract(epoch FROM end_time - start_time)) FILTER (WHERE step_name LIKE 'summarizePartition:%')
        * 1000 / :docs, 2),
  count(*) FILTER (WHERE step_name LIKE 'summarizePartition:%'),
  sum(read_count) FILTER (WHERE step_name LIKE 'summarizePartition:%'),
  round(avg(extract(epoch FROM end_time - start_time)) FILTER (WHERE step_name LIKE 'summarizePartition:%'), 1),
  round(count(*) FILTER (WHERE step_name LIKE '%Partition:%') * 1000.0 / :docs, 2),
  count(*) FILTER (WHERE step_name LIKE 'summarizePartition:%'),
  count(*) FILTER (WHERE step_name LIKE 'digestPartition:%'))
FROM batch_step_execution;
SELECT format('per 1,000 documents: %s s of digest partition time (worker-seconds; %s days, %s s each on average)',
  round(sum(extract(epoch FROM end_time - start_time)) * 1000 / :docs, 2), count(*),
  round(avg(extract(epoch FROM end_time - start_time)), 1))
FROM batch_step_execution WHERE step_name LIKE 'digestPartition:%';
-- Rows held are counted; updates come from the statistics (the store only inserts).
SELECT format('per 1,000 documents: %s %s rows inserted, %s updates, %s kB held',
  CASE WHEN relname LIKE 'batch%' THEN 'JobRepository (BATCH_*):' ELSE 'store (DAYBRIEF_*):' END,
  round(sum((xpath('/row/c/text()', query_to_xml(format('SELECT count(*) AS c FROM %I', relname), false, true,
    '')))[1]::text::bigint) * 1000.0 / :docs),
  round(sum(n_tup_upd) * 1000.0 / :docs),
  round(sum(pg_total_relation_size(relid)) / 1024.0 * 1000 / :docs))
FROM pg_stat_user_tables GROUP BY relname LIKE 'batch%' ORDER BY 1;
SELECT format('per 1,000 documents: %s MB of write-ahead log (the whole server''s, so other clients count too)',
  round(pg_wal_lsn_diff(pg_current_wal_lsn(), :'wal') / 1048576.0 * 1000 / :docs, 1));
SQL
