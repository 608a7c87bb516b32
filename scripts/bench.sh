#!/usr/bin/env bash
# The benchmark (issue 7; not part of the test command). Starts a throw-away PostgreSQL 15 with full
# durability on loopback, one Innomed process (silo + gateway) on it (scripts/lib/bench-env.sh), then
# the load generator (tests/Innomed.LoadGenerator), which also measures pgbench and bare Kestrel on
# the same machine.
# Usage: bash scripts/bench.sh [generator options, e.g. --users 64 --duration 30 --subscribers 10000]
# Results: artifacts/bench/bench.{md,json}; copy the Markdown into docs/BENCHMARKS.md with a note.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/bench-env.sh
start_silo
generator --pgbench "$pgbench_url" --output artifacts/bench --server-pid "$silo" "$@"
