#!/usr/bin/env bash
# How Innomed behaves as stored journeys grow (issue 7): archives closed journeys through the grain
# storage in steps (default 10k, 100k, 1M in all), and after each step restarts the process and
# measures new journeys' mutations and cold reads of archived journeys (each read activates a
# grain), then the process's memory with those grains active. Not part of the test command; about
# 20 minutes on 2 cores. Usage: bash scripts/bench-archive.sh [sizes, e.g. 10000 100000 1000000]
# [-- generator options]. Results: artifacts/bench-archive/<size>/bench.{md,json} and summary.md.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=(); while [ $# -gt 0 ] && [ "$1" != "--" ]; do sizes+=("$1"); shift; done; [ "${1:-}" = "--" ] && shift
[ ${#sizes[@]} -gt 0 ] || sizes=(10000 100000 1000000)
source scripts/lib/bench-env.sh
out=artifacts/bench-archive; rm -rf "$out"; mkdir -p "$out"
summary="$out/summary.md"
echo "| stored journeys | archive write /s | table size | mutations /s | mutation p50 / p99 ms (slowest op) | cold reads | cold read p50 / p99 ms | process RSS after the reads |" >"$summary"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|" >>"$summary"
stored=0
for size in "${sizes[@]}"; do
  grow=$((size - stored))
  rm -f "$work/archived"
  silo_conn="$load_conn" start_silo Innomed__Bench__ArchiveJourneys="$grow" Innomed__Bench__ArchiveFrom="$stored" Innomed__Bench__ArchiveDoneFile="$work/archived" Innomed__Bench__ArchiveParallelism=32
  echo "archiving $grow journeys ($stored → $size)" >&2
  while [ ! -f "$work/archived" ]; do kill -0 "$silo" 2>/dev/null || { tail -50 "$work/silo.log"; exit 1; }; sleep 2; done
  rate=$(awk '{ printf "%.0f", $1 / $2 }' "$work/archived")
  stored=$size
  stop_silo
  start_silo # fresh process at full durability: nothing archived is active
  reads=$(( size < 100000 ? size : 100000 ))
  generator --phases journeys,archive --archive "$size" --archive-reads "$reads" --duration 15 --output "$out/$size" "$@" >/dev/null
  rss=$(awk '/VmRSS/ { printf "%.0f MiB", $2 / 1024 }' "/proc/$silo/status")
  table=$("$PGBIN/psql" -h 127.0.0.1 -p "$pgport" -U postgres -d innomed -tA -c "select pg_size_pretty(pg_total_relation_size('orleansstorage'))")
  python3 - "$out/$size/bench.json" "$size" "$rate" "$table" "$rss" >>"$summary" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
muts = [j for j in r["Journeys"] if j["Operation"] not in ("query journey(id)", "journey(id)")]
p50 = max(j["P50"] for j in muts); p99 = max(j["P99"] for j in muts)
a = r["Archive"][0]
print(f"| {int(sys.argv[2]):,} | {sys.argv[3]} | {sys.argv[4]} | {r['TransitionsPerSecond']:.0f} | {p50:.0f} / {p99:.0f} | {a['Count']:,} ({a['Errors']} errors) | {a['P50']:.1f} / {a['P99']:.1f} | {sys.argv[5]} |")
PY
  stop_silo
done
cat "$summary"
