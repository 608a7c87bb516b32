#!/usr/bin/env bash
# The test command (README): installs what the tests need on a fresh Debian 12 machine, builds,
# and runs every test suite. The tests start their own throw-away PostgreSQL and Redis on
# loopback (tests/Innomed.IntegrationTests/Infrastructure); nothing is left running.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
[ -x /usr/lib/postgresql/15/bin/initdb ] || need_apt+=(postgresql)
command -v redis-server >/dev/null || need_apt+=(redis-server)
command -v node >/dev/null || need_apt+=(nodejs npm)
command -v docker-compose >/dev/null || need_apt+=(docker-compose)
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || need_apt+=(nginx-light)   # the fault scenario's front port
[ -x /usr/bin/chromium ] || need_apt+=(chromium)   # the web app's end-to-end tests (never a Playwright download)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "Installing: ${need_apt[*]}"
  export DEBIAN_FRONTEND=noninteractive
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi
# Debian starts a cluster and a redis service on install; the tests use their own instances.
(service postgresql stop || true; service redis-server stop || true; service nginx stop || true) >/dev/null 2>&1

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 CI="${CI:-true}"
dotnet build Innomed.sln -c Release -nologo -v q

echo "== docker-compose.yml (validated; no Docker engine runs here)"
INNOMED_JWT_KEY=dGVzdC1rZXktb2YtYXQtbGVhc3QtdGhpcnR5LXR3by1ieXRlcw== docker-compose config -q || status_compose=1

echo "== Dockerfiles: each image's dotnet publish, as its build stage runs it"
for dockerfile in silo/Innomed.Silo/Dockerfile api/Innomed.Api/Dockerfile; do
  publish=$(sed -n 's|^RUN \(dotnet publish .*\) -o /app\(.*\)$|\1\2|p' "$dockerfile")
  out=$(mktemp -d)
  [ -n "$publish" ] && $publish -o "$out" -nologo -v q && [ -f "$out/$(basename "$(dirname "$dockerfile")").dll" ] \
    || { echo "$dockerfile: its publish step fails"; status_compose=1; }
  rm -rf "$out"
done

results="artifacts/test-results"
mkdir -p "$results"
status=${status_compose:-0}
for project in tests/Innomed.Grains.Tests tests/Innomed.Api.Tests tests/Innomed.IntegrationTests; do
  echo "== $project"
  dotnet test "$project" -c Release --no-build -nologo \
    --logger "trx;LogFileName=$(basename "$project").trx" --results-directory "$results" || status=1
done

echo "== fault: kill -9 one of 3 silos under load (scripts/faults/kill-silo.sh; the others: scripts/faults/all.sh)"
# A local cluster (scripts/cluster.sh: PostgreSQL, Redis, 3 silos, 2 gateways behind nginx), 150
# journeys at 10/s, silo 2 killed after 12 s: every journey must end as the generator's model says.
CLUSTER_NO_BUILD=1 CLUSTER_BASE_PORT=7600 CLUSTER_DIR=/tmp/innomed-test-kill-silo timeout 420 bash scripts/faults/kill-silo.sh 150 10 || status=1

echo "== tests/interop (graphql-ws and graphql-http reference clients)"
(cd tests/interop && npm ci --no-audit --no-fund --silent && INNOMED_CONFIGURATION=Release npm test) || status=1

echo "== frontend (codegen up to date, Vitest components, end-to-end in Chromium against the real silo)"
# dotnet build already ran npm install + npm run build (codegen, type check, vite build) through MSBuild.
(
  cd frontend
  [ -d node_modules ] || npm ci --no-audit --no-fund --silent
  npm run codegen --silent
  if command -v git >/dev/null && git rev-parse --git-dir >/dev/null 2>&1; then
    git diff --exit-code --stat -- src/gql || { echo "frontend/src/gql is stale: run npm run codegen in frontend/ and commit"; exit 1; }
  fi
  npx vitest run --reporter=dot
  # Starts silo/Innomed.Silo/bin/Release (fresh SQLite in a temp dir, free ports); screenshots in artifacts/screenshots/.
  INNOMED_CONFIGURATION=Release timeout 300 node --test --test-concurrency=1 --test-reporter=spec e2e/
) || status=1

exit $status
