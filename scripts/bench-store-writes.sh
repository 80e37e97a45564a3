#!/usr/bin/env bash
# How many documents a second the PostgreSQL on 127.0.0.1 can store, written as Daybrief's workers write them: a
# transaction per chunk of 50 documents, each document three rows (its summary and metadata, its text of about
# 3.5 KB, its seen-ledger row), from CLIENTS sessions at once (default 4), for SECONDS (default 30). The ceiling of
# remote mode: divide it by one worker's documents a second for the number of workers past which PostgreSQL limits.
# Uses pgbench (package postgresql-contrib, or postgresql's own) in a database of its own, dropped at the end.
#
#   scripts/bench-store-writes.sh [CLIENTS] [SECONDS]
set -euo pipefail
clients="${1:-4}"
seconds="${2:-30}"
name="daybrief_store_bench_$$"
work="$(mktemp -d)"
psql() { command psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -U postgres "$@"; }
trap 'psql -d test -c "DROP DATABASE IF EXISTS $name WITH (FORCE)" >/dev/null; rm -rf "$work"' EXIT
psql -d test -c "CREATE DATABASE $name"
psql -d "$name" <<'SQL'
CREATE TABLE d (job varchar(100), run_date date, doc_id varchar(200), path varchar(4000), summary varchar(1000000),
  PRIMARY KEY (job, run_date, doc_id));
CREATE TABLE t (job varchar(100), run_date date, doc_id varchar(200), body varchar(1000000),
  PRIMARY KEY (job, run_date, doc_id));
CREATE TABLE seen (job varchar(100), doc_id varchar(200), first date, PRIMARY KEY (job, doc_id));
-- Texts that do not compress (hex digits), as article text compresses little in TOAST.
CREATE TABLE pool AS SELECT k,
  (SELECT string_agg(md5(random()::text || k || x), '') FROM generate_series(1, 110) x) AS body,
  (SELECT string_agg(md5(random()::text || k || x), '') FROM generate_series(1, 19) x) AS summary
  FROM generate_series(1, 50) k;
SQL
cat > "$work/chunk.sql" <<'SQL'
\set id random(1, 1000000000)
BEGIN;
INSERT INTO d SELECT 'archive', DATE '2025-06-01', :id || '-' || :client_id || '-' || k, 'in/a' || :id || '-' || k,
  summary FROM pool;
INSERT INTO t SELECT 'archive', DATE '2025-06-01', :id || '-' || :client_id || '-' || k, body FROM pool;
INSERT INTO seen SELECT 'archive', :id || '-' || :client_id || '-' || k, DATE '2025-06-01' FROM pool;
END;
SQL
wal=$(psql -tA -d "$name" -c "SELECT pg_current_wal_lsn()")
tps=$(pgbench -h 127.0.0.1 -U postgres -n -f "$work/chunk.sql" -c "$clients" -j "$clients" -T "$seconds" "$name" \
  2>&1 | sed -n 's/^tps = \([0-9.]*\).*/\1/p')
psql -tA -d "$name" -v tps="$tps" -v wal="$wal" -v clients="$clients" <<'SQL'
SELECT format('%s documents/s stored by %s sessions (%s chunks of 50/s); %s MB of write-ahead log per 1,000 '
  || 'documents; %s load average', round(:tps * 50), :clients, round(:tps, 1),
  round(pg_wal_lsn_diff(pg_current_wal_lsn(), :'wal') / 1048576.0 / (SELECT count(*) FROM d) * 1000, 1),
  (SELECT split_part(pg_read_file('/proc/loadavg'), ' ', 1)));
SQL
