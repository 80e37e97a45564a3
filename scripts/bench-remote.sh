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
cat > "$work/job.yml" <<JOB
name: archive
title: "Archive – {date}"
sources: [in/]
window: by-date
schedule: { cron: "0 0 7 * * *", zone: UTC }
output: { dir: out, formats: [html, md, txt, json] }
JOB
psql -q -h 127.0.0.1 -U postgres -d test -c "CREATE DATABASE $name"
rabbitmqctl -q add_vhost "$name" >/dev/null
rabbitmqctl -q set_permissions -p "$name" guest '.*' '.*' '.*' >/dev/null
export SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$name" SPRING_DATASOURCE_USERNAME=postgres \
  SPRING_DATASOURCE_PASSWORD= SPRING_RABBITMQ_HOST=127.0.0.1 SPRING_RABBITMQ_VIRTUAL_HOST="$name"
opts="-Ddaybrief.progress-seconds=3600${partition_kb:+ -Ddaybrief.remote.partition-kb=$partition_kb}"
echo "archive: $docs documents over $days days, $(du -sm "$work/in" | cut -f1) MB; $workers workers; $(nproc) cores"
cd "$work"
for ((w = 1; w <= workers; w++)); do
  DAYBRIEF_JAVA_OPTS="$opts" "$here/daybrief" worker > "$work/worker$w.log" 2>&1 &
  pids+=($!)
  until grep -q 'worker: ready' "$work/worker$w.log"; do   # one at a time: the first makes the schema
    sleep 1
    kill -0 "${pids[-1]}" 2>/dev/null || { cat "$work/worker$w.log" >&2; exit 1; }
  done
done
wal_before=$(psql -qtA -h 127.0.0.1 -U postgres -d "$name" -c "SELECT pg_current_wal_lsn()")
start=$(date +%s.%N)
DAYBRIEF_JAVA_OPTS="$opts" "$here/daybrief" backfill --job job.yml --from 2025-06-01 \
  --to "2025-06-$(printf '%02d' "$days")" --remote 2>&1 | grep -v '^\s*$' | tail -8
end=$(date +%s.%N)
for p in "${pids[@]}"; do kill -TERM "$p"; done
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
