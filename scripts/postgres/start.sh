#!/usr/bin/env bash
# Starts a throw-away PostgreSQL 15 + pgvector on a free loopback port, as the postgres user (initdb refuses root), in a
# new data directory, and prints its connection string on stdout (the last line). Stop it with scripts/postgres/stop.sh DIR.
# Usage: scripts/postgres/start.sh [DATA_DIR]     (default: a new temporary directory)
set -euo pipefail
cd "$(dirname "$0")/../.."
bash scripts/postgres/install.sh >&2
bin=/usr/lib/postgresql/15/bin
data=${1:-$(mktemp -d /tmp/diplo-postgres.XXXXXX)}
mkdir -p "$data"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$data"; chmod 700 "$data"; fi
if [ ! -f "$data/PG_VERSION" ]; then
  as_postgres "$bin/initdb" -D "$data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
fi
# Loopback only; a socket directory of its own, so it never meets a system cluster.
as_postgres "$bin/pg_ctl" -D "$data" -w -t 60 -l "$data/server.log" \
  -o "-p $port -c listen_addresses=127.0.0.1 -k $data -c max_connections=200 -c fsync=off -c shared_buffers=256MB" start >/dev/null
echo "$port" > "$data/port"
"$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -qtAc "CREATE EXTENSION IF NOT EXISTS vector" >/dev/null
echo "PostgreSQL on 127.0.0.1:$port, data in $data" >&2
echo "Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres;SSL Mode=Disable"
