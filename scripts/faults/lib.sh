#!/usr/bin/env bash
# Shared by scripts/faults/*.sh: a fresh local cluster (scripts/cluster.sh) and the load generator's
# fault mode (tests/Innomed.LoadGenerator --phases faults) in the background, while the script
# injects its fault. Results: artifacts/faults/<scenario>/ (faults.md, faults-timeline.csv, logs).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
root=$(pwd)
scenario=$(basename "$0" .sh)
out="$root/artifacts/faults/$scenario"
export CLUSTER_DIR=${CLUSTER_DIR:-/tmp/innomed-fault-$scenario}
export CLUSTER_BASE_PORT=${CLUSTER_BASE_PORT:-7200}
cluster() { bash "$root/scripts/cluster.sh" "$@"; }
rm -rf "$out"; mkdir -p "$out"
ulimit -n 65536 2>/dev/null || true

finish() {
  local rc=$?
  [ -n "${gen:-}" ] && kill "$gen" 2>/dev/null || true
  for f in "$CLUSTER_DIR"/*.log; do [ -f "$f" ] && cp "$f" "$out/" 2>/dev/null; done
  cluster stop >/dev/null 2>&1 || true
  exit $rc
}
trap finish EXIT
trap 'exit 130' INT TERM

# start_load JOURNEYS RATE [generator options...]: starts the generator against the front port.
start_load() {
  local journeys=$1 rate=$2; shift 2
  dotnet "$root/tests/Innomed.LoadGenerator/bin/Release/net10.0/Innomed.LoadGenerator.dll" \
    --target "$(cluster front)" --signing-key "$(cluster key)" --phases faults \
    --journeys "$journeys" --rate "$rate" --users 64 --output "$out" "$@" >"$out/generator.txt" 2>"$out/generator.err" &
  gen=$!
  t0=$(date +%s.%N)
}
since() { awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }'; }
note() { echo "[$scenario +$(since)s] $*" | tee -a "$out/events.txt"; }

# wait_load: waits for the generator, prints its figures, returns its exit code.
wait_load() {
  local rc=0
  wait "$gen" || rc=$?
  gen=
  cat "$out/generator.txt"
  return $rc
}
