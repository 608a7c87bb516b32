# Shared by the benchmark scripts: a throw-away PostgreSQL 15 with full durability (fsync and
# synchronous_commit on) on loopback, and one Innomed process (silo + gateway) on it with the tuned
# Npgsql pool of FACTS.md, rate limits off and a benchmark JWT key. Source it from the repo root.
PGBIN=/usr/lib/postgresql/15/bin
[ -x "$PGBIN/initdb" ] || { echo "Install postgresql (apt-get install postgresql)"; exit 1; }

work=$(mktemp -d /tmp/innomed-bench.XXXXXX)
pgport=${PGPORT_BENCH:-55439}
port=${PORT_BENCH:-5090}
key=$(head -c 32 /dev/urandom | base64)
silo=""
as_pg=(); if [ "$(id -u)" -eq 0 ]; then chown -R postgres "$work"; as_pg=(runuser -u postgres --); fi
bench_cleanup() {
  ! declare -F stop_silo >/dev/null || stop_silo # before PostgreSQL: a silo shutting down updates its membership row
  mkdir -p artifacts/bench && cp "$work/silo.log" artifacts/bench/silo.log 2>/dev/null || true # warnings and errors only
  "${as_pg[@]}" "$PGBIN/pg_ctl" -D "$work/data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap bench_cleanup EXIT

"${as_pg[@]}" "$PGBIN/initdb" -D "$work/data" -U postgres --auth=trust --encoding=UTF8 --no-locale >/dev/null
"${as_pg[@]}" "$PGBIN/pg_ctl" -D "$work/data" -l "$work/pg.log" -w \
  -o "-p $pgport -h 127.0.0.1 -k $work -c max_connections=300 -c shared_buffers=256MB" start >/dev/null
"$PGBIN/psql" -h 127.0.0.1 -p "$pgport" -U postgres -q -c "CREATE DATABASE innomed" >/dev/null
conn="Host=127.0.0.1;Port=$pgport;Username=postgres;Database=innomed;Maximum Pool Size=8;Max Auto Prepare=10;No Reset On Close=true"
pgbench_url="postgresql://postgres@127.0.0.1:$pgport/innomed"
# Bulk loading only (never measured): a bigger pool and no wait for each commit's flush.
load_conn="Host=127.0.0.1;Port=$pgport;Username=postgres;Database=innomed;Maximum Pool Size=32;Options=-c synchronous_commit=off"

ulimit -n 65536 2>/dev/null || true
for p in silo/Innomed.Silo tests/Innomed.LoadGenerator; do dotnet build "$p" -c Release -nologo -v q >/dev/null; done

# start_silo [extra VAR=value ...]: starts the process (SILO_DLL: another build of it, e.g. a published one) in the background (pid in $silo) and waits until it is ready.
start_silo() {
  env ConnectionStrings__Innomed="${silo_conn:-$conn}" \
    Innomed__SeedDemo=true \
    Innomed__Demo__OpeningHours="00:00-00:00" \
    Innomed__RateLimit__Enabled=false \
    Innomed__Auth__Issuer="https://bench.innomed.local" \
    Innomed__Auth__Audience="innomed-api" \
    Innomed__Auth__SigningKeys__0="$key" \
    Logging__LogLevel__Default=Warning \
    "$@" \
    dotnet "${SILO_DLL:-silo/Innomed.Silo/bin/Release/net10.0/Innomed.Silo.dll}" --urls "http://127.0.0.1:$port" >>"$work/silo.log" 2>&1 &
  silo=$!
  for _ in $(seq 1 120); do
    curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && break
    kill -0 "$silo" 2>/dev/null || { cat "$work/silo.log"; exit 1; }
    sleep 1
  done
  sleep 3 # demo seeding runs after start-up
}

stop_silo() {
  [ -n "$silo" ] || return 0
  kill "$silo" 2>/dev/null || true
  for _ in $(seq 1 30); do kill -0 "$silo" 2>/dev/null || break; sleep 1; done
  kill -9 "$silo" 2>/dev/null || true
  wait "$silo" 2>/dev/null || true
  silo=""
}

# generator ARGS...: the load generator against the running process.
generator() {
  dotnet tests/Innomed.LoadGenerator/bin/Release/net10.0/Innomed.LoadGenerator.dll \
    --target "http://127.0.0.1:$port" --signing-key "$key" "$@"
}
