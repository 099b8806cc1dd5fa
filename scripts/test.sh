#!/usr/bin/env bash
# Runs every test project and ends with one summary line ("N passed, N failed").
# The Postgres tests run on a real PostgreSQL 15 + pgvector started here on loopback (scripts/postgres/start.sh), or on
# the server DIPLO_TEST_POSTGRES names; when neither can be had they fall back to PGlite (scripts/pglite).
set -uo pipefail
cd "$(dirname "$0")/.."
pg_data=""
if [ -z "${DIPLO_TEST_POSTGRES:-}" ]; then
  pg_data=$(mktemp -d /tmp/diplo-test-postgres.XXXXXX)
  if connection=$(bash scripts/postgres/start.sh "$pg_data" | tail -1) && [ -n "$connection" ]; then
    export DIPLO_TEST_POSTGRES="$connection"
    trap 'bash scripts/postgres/stop.sh "$pg_data"' EXIT
  else
    echo "PostgreSQL 15 + pgvector could not be started: the Postgres tests run on PGlite"
    rm -rf "$pg_data"
    pg_data=""
  fi
fi
log=$(mktemp)
dotnet test DiploAssistant.sln -c Release --nologo 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
passed=$(grep -oE 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -oE 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
rm -f "$log"
echo "tests: ${passed:-0} passed, ${failed:-0} failed"
exit "$status"
