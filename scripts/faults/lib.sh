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
  # Warm-up, not counted: a freshly formed cluster stalls its first calls for several seconds while
  # membership and the grain directory settle (seen as 10-20 s latencies in the first seconds).
  dotnet "$root/tests/Innomed.LoadGenerator/bin/Release/net10.0/Innomed.LoadGenerator.dll" \
    --target "$(cluster front)" --signing-key "$(cluster key)" --phases faults \
    --journeys 40 --rate 20 --users 32 --output "$out/warmup" >"$out/warmup.txt" 2>&1 || true
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

fault_now() { fault_at=$(date +%s.%N); }

# recovery: from the fault (fault_now) and the generator's timeline (start_unix, ms, ok):
# time to the first failed response; recovery = fault -> completion of the first successful
# mutation sent after the last failing one was sent (first failure -> first success again).
recovery() {
  awk -F, -v f="$fault_at" 'NR > 1 {
      start = $5; end = $5 + $3 / 1000
      if ($2 == "False") { nf++; if (ff == "" || end < ff) ff = end; if (start > lf) lf = start }
      else { s[NR] = start; e[NR] = end }
    }
    END {
      if (nf == 0) { print "no failed mutation"; exit }
      for (k in s) if (s[k] >= lf && (r == "" || e[k] < r)) r = e[k]
      printf "failed mutations: %d; first failed response %.1f s after the fault; first success again (a mutation sent after the last failing one) %.1f s after the fault; client-visible outage %.1f s\n", nf, ff - f, r - f, r - ff
    }' "$out/faults-timeline.csv" | tee -a "$out/events.txt"
}
