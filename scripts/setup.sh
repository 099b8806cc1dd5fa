#!/usr/bin/env bash
# Installs what the tests need beyond the .NET SDK; safe to run again (each step skips what is already there).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-web.sh      # chromium + CJK fonts (apt), Web Chat bundle and Direct Line client (npm)
bash scripts/pglite/install.sh   # pglite + pglite-socket (npm): real pgvector on loopback for the Postgres tests
# PostgreSQL 15 (apt) + pgvector 0.8.6 built from ../shared/vendor: the real server the Postgres tests run on (scripts/test.sh starts it)
if [ "$(id -u)" = 0 ]; then bash scripts/postgres/install.sh; else echo "not root: PostgreSQL not installed, the Postgres tests will run on PGlite"; fi
