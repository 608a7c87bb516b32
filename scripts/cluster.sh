#!/usr/bin/env bash
# The local cluster launcher (issue 7): the docker-compose.yml topology on loopback, without Docker.
# A throw-away PostgreSQL 15 (fsync and synchronous_commit on), Redis, the migration step, 3 silos
# (separate processes, PostgreSQL membership), 2 standalone gateways (Orleans clients) and nginx on
# one front port spreading HTTP and WebSocket across both gateways. JWT auth with a generated key
# (written to $CLUSTER_DIR/jwt.key for the load generator), rate limits off.
#
#   bash scripts/cluster.sh run            start, print the addresses, stop everything on Ctrl+C
#   bash scripts/cluster.sh start          start in the background (state in $CLUSTER_DIR)
#   bash scripts/cluster.sh stop           stop everything started by `start`
#   bash scripts/cluster.sh status         what runs
#   bash scripts/cluster.sh kill-silo N    kill -9 silo N (1..3)     start-silo N     start it again
#   bash scripts/cluster.sh restart-gateway N  (1..2)                stop-gateway N / start-gateway N
#   bash scripts/cluster.sh stop-redis | start-redis | stop-postgres | start-postgres
#
# Environment: CLUSTER_DIR (default /tmp/innomed-cluster), CLUSTER_BASE_PORT (default 7100: front
# port; gateways +1,+2; PostgreSQL +10; Redis +11; silos' HTTP +21..23, silo ports +31..33,
# Orleans gateway ports +41..43), CLUSTER_NO_BUILD=1 to skip the Release build, CLUSTER_SILOS (1..3,
# default 3) for fewer silos (scripts/bench-silos.sh compares 1, 2 and 3).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
PGBIN=/usr/lib/postgresql/15/bin
dir=${CLUSTER_DIR:-/tmp/innomed-cluster}
silos=${CLUSTER_SILOS:-3}
base=${CLUSTER_BASE_PORT:-7100}
front=$base
pgport=$((base + 10))
redisport=$((base + 11))
silo_dll=$root/silo/Innomed.Silo/bin/Release/net10.0/Innomed.Silo.dll
api_dll=$root/api/Innomed.Api/bin/Release/net10.0/Innomed.Api.dll
as_pg=(); [ "$(id -u)" -eq 0 ] && as_pg=(runuser -u postgres --)

log() { echo "[cluster $(date -u +%H:%M:%S)] $*" >&2; }

ensure_tools() {
  local need=()
  [ -x "$PGBIN/initdb" ] || need+=(postgresql)
  command -v redis-server >/dev/null || need+=(redis-server)
  command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || need+=(nginx-light)
  if [ ${#need[@]} -gt 0 ]; then
    log "installing ${need[*]}"
    local sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null 2>&1 \
      || { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null; }
    # Debian starts its own nginx/postgresql/redis on install; we run our own instances.
    (service nginx stop; service postgresql stop; service redis-server stop) >/dev/null 2>&1 || true
  fi
}

conn() { echo "Host=127.0.0.1;Port=$pgport;Username=postgres;Database=innomed;Maximum Pool Size=8;Max Auto Prepare=10;No Reset On Close=true;Timeout=5;Command Timeout=10"; }

common_env() {
  export ConnectionStrings__Innomed="$(conn)"
  export ConnectionStrings__Redis="127.0.0.1:$redisport"
  export Innomed__RateLimit__Enabled=false
  export Innomed__Auth__Issuer="https://bench.innomed.local"
  export Innomed__Auth__Audience="innomed-api"
  export Innomed__Auth__SigningKeys__0="$(cat "$dir/jwt.key")"
  export Innomed__MigrateOnStart=false
  export Innomed__Demo__OpeningHours="00:00-00:00"
  export Logging__LogLevel__Default=Warning
  export Logging__LogLevel__Innomed=Information
  export DOTNET_gcServer=0
}

pid_alive() { [ -f "$dir/$1.pid" ] && kill -0 "$(cat "$dir/$1.pid")" 2>/dev/null; }

start_postgres() {
  "${as_pg[@]}" "$PGBIN/pg_ctl" -D "$dir/pgdata" -l "$dir/pg.log" -w -t 60 \
    -o "-p $pgport -h 127.0.0.1 -k $dir -c max_connections=300 -c shared_buffers=128MB -c fsync=on -c synchronous_commit=on" start >/dev/null
}
stop_postgres() { "${as_pg[@]}" "$PGBIN/pg_ctl" -D "$dir/pgdata" -m fast -w stop >/dev/null 2>&1 || true; }

start_redis() {
  redis-server --port "$redisport" --bind 127.0.0.1 --save "" --appendonly no --daemonize yes \
    --pidfile "$dir/redis.pid" --logfile "$dir/redis.log" >/dev/null
  for _ in $(seq 1 50); do redis-cli -p "$redisport" ping >/dev/null 2>&1 && return 0; sleep 0.1; done
  log "redis did not start"; return 1
}
stop_redis() {
  redis-cli -p "$redisport" shutdown nosave >/dev/null 2>&1 || true
  for _ in $(seq 1 50); do redis-cli -p "$redisport" ping >/dev/null 2>&1 || return 0; sleep 0.1; done
}

start_silo() {
  local n=$1
  ( common_env
    # The first silo seeds the demo territory/unit the load generator uses (idempotent).
    export Innomed__Gateway=false Innomed__SeedDemo=$([ "$n" = 1 ] && echo true || echo false)
    export Orleans__SiloPort=$((base + 30 + n)) Orleans__GatewayPort=$((base + 40 + n))
    export OTEL_SERVICE_NAME="innomed-silo-$n"
    exec dotnet "$silo_dll" --urls "http://127.0.0.1:$((base + 20 + n))" >>"$dir/silo$n.log" 2>&1 ) &
  echo $! >"$dir/silo$n.pid"
}

start_gateway() {
  local n=$1
  ( common_env
    export OTEL_SERVICE_NAME="innomed-gateway-$n"
    exec dotnet "$api_dll" --urls "http://127.0.0.1:$((base + n))" >>"$dir/gateway$n.log" 2>&1 ) &
  echo $! >"$dir/gateway$n.pid"
}

stop_pid() {
  local name=$1 signal=${2:-TERM}
  if pid_alive "$name"; then
    local pid; pid=$(cat "$dir/$name.pid")
    kill -"$signal" "$pid" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$dir/$name.pid"
}

wait_ready() { # url seconds name
  for _ in $(seq 1 $(($2 * 2))); do
    curl -sf -m 2 "$1/health/ready" >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  log "$3 not ready at $1; last log lines:"; tail -20 "$dir/$3.log" >&2 || true; return 1
}

write_nginx_conf() {
  mkdir -p "$dir/nginx"
  cat >"$dir/nginx/nginx.conf" <<EOF
# Generated by scripts/cluster.sh; the compose topology uses deploy/nginx/nginx.conf.
worker_processes 1;
pid $dir/nginx.pid;
error_log $dir/nginx-error.log warn;
events { worker_connections 16384; }
http {
  access_log off;
  client_body_temp_path $dir/nginx/body; proxy_temp_path $dir/nginx/proxy;
  fastcgi_temp_path $dir/nginx/fastcgi; uwsgi_temp_path $dir/nginx/uwsgi; scgi_temp_path $dir/nginx/scgi;
  map \$http_upgrade \$connection_upgrade { default upgrade; '' ''; }
  upstream gateways {
    least_conn; # long-lived WebSockets: balance open connections, not requests
    server 127.0.0.1:$((base + 1)) max_fails=1 fail_timeout=2s;
    server 127.0.0.1:$((base + 2)) max_fails=1 fail_timeout=2s;
    keepalive 64;
  }
  server {
    listen 127.0.0.1:$front;
    location / {
      proxy_pass http://gateways;
      proxy_http_version 1.1;
      proxy_set_header Upgrade \$http_upgrade;
      proxy_set_header Connection \$connection_upgrade;
      proxy_set_header Host \$host;
      proxy_set_header X-Forwarded-For \$remote_addr;
      proxy_read_timeout 1h;
      proxy_connect_timeout 2s;
      # A gateway that refuses or drops the connection: try the other one. Mutations (POST) are
      # not retried by nginx (non_idempotent is off), so a half-sent mutation is never replayed.
      proxy_next_upstream error timeout http_502 http_503;
    }
  }
}
EOF
}

nginx_bin() { command -v nginx || echo /usr/sbin/nginx; }
start_nginx() { write_nginx_conf; "$(nginx_bin)" -c "$dir/nginx/nginx.conf" -p "$dir/nginx" 2>>"$dir/nginx-error.log"; }
stop_nginx() { [ -f "$dir/nginx.pid" ] && "$(nginx_bin)" -c "$dir/nginx/nginx.conf" -p "$dir/nginx" -s quit 2>/dev/null || true; rm -f "$dir/nginx.pid"; }

do_start() {
  ensure_tools
  if [ -f "$dir/jwt.key" ] && { pid_alive silo1 || pid_alive gateway1; }; then log "already running in $dir"; return 1; fi
  rm -rf "$dir"; mkdir -p "$dir"
  [ "$(id -u)" -eq 0 ] && chown postgres "$dir"
  head -c 32 /dev/urandom | base64 >"$dir/jwt.key"
  if [ "${CLUSTER_NO_BUILD:-0}" != 1 ]; then
    log "building (Release)"
    for p in silo/Innomed.Silo api/Innomed.Api tests/Innomed.LoadGenerator; do dotnet build "$p" -c Release -nologo -v q >/dev/null; done
  fi
  log "PostgreSQL on $pgport, Redis on $redisport"
  "${as_pg[@]}" "$PGBIN/initdb" -D "$dir/pgdata" -U postgres --auth=trust --encoding=UTF8 --no-locale >/dev/null
  start_postgres
  psql -h 127.0.0.1 -p "$pgport" -U postgres -q -c "CREATE DATABASE innomed" >/dev/null
  start_redis
  log "migrate"
  ( common_env; dotnet "$silo_dll" migrate >"$dir/migrate.log" 2>&1 ) || { cat "$dir/migrate.log"; return 1; }
  # Silo 1 first (it seeds), then the others join through the membership table.
  start_silo 1; wait_ready "http://127.0.0.1:$((base + 21))" 120 silo1
  for n in $(seq 2 "$silos"); do start_silo "$n"; done
  for n in $(seq 2 "$silos"); do wait_ready "http://127.0.0.1:$((base + 20 + n))" 120 "silo$n"; done
  start_gateway 1; start_gateway 2
  wait_ready "http://127.0.0.1:$((base + 1))" 120 gateway1; wait_ready "http://127.0.0.1:$((base + 2))" 120 gateway2
  start_nginx
  wait_ready "http://127.0.0.1:$front" 20 nginx-error
  sleep 2 # demo seeding runs after start-up
  cat <<EOF
Innomed cluster is running with $silos silo(s) (state and logs in $dir).
  Front (nginx over 2 gateways):  http://127.0.0.1:$front/graphql   (WebSocket graphql-transport-ws)
  Gateways:                       http://127.0.0.1:$((base + 1))  http://127.0.0.1:$((base + 2))
  Silos (health only):            http://127.0.0.1:$((base + 21))  :$((base + 22))  :$((base + 23))
  PostgreSQL:                     postgresql://postgres@127.0.0.1:$pgport/innomed
  Redis:                          127.0.0.1:$redisport
  JWT signing key (base64):       $dir/jwt.key  (issuer https://bench.innomed.local, audience innomed-api)
EOF
}

do_stop() {
  [ -d "$dir" ] || return 0
  stop_nginx
  for g in 1 2; do stop_pid "gateway$g"; done
  for s in 3 2 1; do stop_pid "silo$s"; done
  stop_redis
  [ -d "$dir/pgdata" ] && stop_postgres
  log "stopped"
}

do_status() {
  for name in silo1 silo2 silo3 gateway1 gateway2; do
    if pid_alive "$name"; then echo "$name up (pid $(cat "$dir/$name.pid"))"; else echo "$name down"; fi
  done
  redis-cli -p "$redisport" ping >/dev/null 2>&1 && echo "redis up" || echo "redis down"
  "$PGBIN/pg_isready" -h 127.0.0.1 -p "$pgport" -q && echo "postgres up" || echo "postgres down"
  [ -f "$dir/nginx.pid" ] && echo "front up (:$front)" || echo "front down"
}

cmd=${1:-run}; shift || true
case "$cmd" in
  run)
    trap 'do_stop' EXIT; trap 'exit 130' INT TERM
    do_start
    echo "Press Ctrl+C to stop."
    while true; do sleep 3600 & wait $!; done ;;
  start) do_start ;;
  stop) do_stop; [ "${1:-}" = "--keep" ] || rm -rf "$dir" ;;
  status) do_status ;;
  kill-silo) stop_pid "silo${1:?silo number}" KILL; log "silo$1 killed (-9)" ;;
  start-silo) start_silo "${1:?silo number}"; wait_ready "http://127.0.0.1:$((base + 20 + $1))" 120 "silo$1" ;;
  stop-gateway) stop_pid "gateway${1:?gateway number}"; log "gateway$1 stopped" ;;
  start-gateway) start_gateway "${1:?gateway number}"; wait_ready "http://127.0.0.1:$((base + $1))" 120 "gateway$1" ;;
  restart-gateway) stop_pid "gateway${1:?gateway number}"; start_gateway "$1"; wait_ready "http://127.0.0.1:$((base + $1))" 120 "gateway$1"; log "gateway$1 restarted" ;;
  stop-redis) stop_redis; log "redis stopped" ;;
  start-redis) start_redis; log "redis started" ;;
  stop-postgres) "${as_pg[@]}" "$PGBIN/pg_ctl" -D "$dir/pgdata" -m immediate -w stop >/dev/null; log "postgres stopped (immediate)" ;;
  start-postgres) start_postgres; log "postgres started" ;;
  front) echo "http://127.0.0.1:$front" ;;
  key) cat "$dir/jwt.key" ;;
  *) sed -n 2,19p "$0"; exit 2 ;;
esac
