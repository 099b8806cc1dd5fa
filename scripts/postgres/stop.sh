#!/usr/bin/env bash
# Stops the PostgreSQL that scripts/postgres/start.sh started in DATA_DIR and deletes DATA_DIR.
set -euo pipefail
data=${1:?usage: scripts/postgres/stop.sh DATA_DIR}
bin=/usr/lib/postgresql/15/bin
if [ -f "$data/postmaster.pid" ]; then
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null; else "$bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null; fi
fi
rm -rf "$data"
