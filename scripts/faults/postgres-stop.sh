#!/usr/bin/env bash
# Fault: PostgreSQL stopped (immediate shutdown) for 10 s under load. Mutations must fail fast with
# a clear, typed error (no hang, no half-write) and the cluster must recover by itself; every
# journey ends as the model says.
# Usage: bash scripts/faults/postgres-stop.sh [JOURNEYS=400] [RATE=10] [DOWN_SECONDS=10] [FAIL_FAST_MS=10000]
source "$(dirname "$0")/lib.sh"
journeys=${1:-400}; rate=${2:-10}; down=${3:-10}; fail_fast_ms=${4:-10000}
cluster start
start_load "$journeys" "$rate" --journey-timeout 180
sleep 12
note "stop postgres (immediate)"; fault_now; cluster stop-postgres
sleep "$down"
note "start postgres"; cluster start-postgres
rc=0; wait_load || rc=$?
recovery
# Fail fast: the slowest failed mutation must have failed within FAIL_FAST_MS.
slowest=$(awk -F, 'NR > 1 && $2 == "False" { if ($3 > m) m = $3 } END { printf "%d", m }' "$out/faults-timeline.csv")
codes=$(awk -F, 'NR > 1 && $2 == "False" { c[$4]++ } END { for (k in c) printf "%s x%d; ", k, c[k] }' "$out/faults-timeline.csv")
echo "Slowest failed mutation: ${slowest} ms (limit ${fail_fast_ms} ms). Error codes: ${codes:-none}"
[ "$slowest" -le "$fail_fast_ms" ] || { echo "VERDICT: FAIL (a mutation took ${slowest} ms to fail)"; rc=1; }
exit $rc
