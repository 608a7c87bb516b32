#!/usr/bin/env bash
# Throughput with 1, 2 and 3 silos (issue 7): the same local cluster as scripts/cluster.sh (2
# gateways behind nginx, PostgreSQL membership, Redis) with CLUSTER_SILOS=1, 2, 3 in turn, each
# warmed up, then the load generator's journeys and queries phases through the front port. On one
# machine the point is no loss as silos are added (they share the same cores), not a speed-up.
# Not part of the test command; about 6 minutes. Usage: bash scripts/bench-silos.sh [generator
# options, e.g. --users 64 --duration 20]. Results: artifacts/bench-silos/<n>/bench.{md,json}, summary.md.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
export CLUSTER_DIR=${CLUSTER_DIR:-/tmp/innomed-bench-silos}
export CLUSTER_BASE_PORT=${CLUSTER_BASE_PORT:-7300}
cluster() { bash "$root/scripts/cluster.sh" "$@"; }
trap 'cluster stop >/dev/null 2>&1 || true' EXIT
out=artifacts/bench-silos; rm -rf "$out"; mkdir -p "$out"
summary="$out/summary.md"
echo "| silos | mutations /s | slowest mutation p50 / p99 ms | journey(id) /s | journey(id) p50 / p99 ms | model mismatches |" >"$summary"
echo "|---:|---:|---:|---:|---:|---:|" >>"$summary"
generator() { dotnet tests/Innomed.LoadGenerator/bin/Release/net10.0/Innomed.LoadGenerator.dll --target "$(cluster front)" --signing-key "$(cluster key)" "$@"; }
built=0
for n in 1 2 3; do
  CLUSTER_SILOS=$n CLUSTER_NO_BUILD=$built cluster start >/dev/null
  built=1
  generator --phases journeys --users 16 --duration 10 --output "$out/$n-warmup" >/dev/null 2>&1 || true # membership and directory settle
  generator --phases journeys,queries --output "$out/$n" "$@" >/dev/null
  python3 - "$out/$n/bench.json" "$n" >>"$summary" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
muts = [j for j in r["Journeys"] if "journey(id)" not in j["Operation"]]
q = next(x for x in r["Queries"] if x["Operation"] == "query journey(id)")
print(f"| {sys.argv[2]} | {r['TransitionsPerSecond']:.0f} | {max(j['P50'] for j in muts):.0f} / {max(j['P99'] for j in muts):.0f} | {q['PerSecond']:.0f} | {q['P50']:.1f} / {q['P99']:.1f} | {r['ModelMismatches']} |")
PY
  cluster stop >/dev/null
done
cat "$summary"
