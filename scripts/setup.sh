#!/usr/bin/env bash
# Installs what the tests need beyond the .NET SDK; safe to run again (each step skips what is already there).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-web.sh      # chromium + CJK fonts (apt), Web Chat bundle and Direct Line client (npm)
bash scripts/pglite/install.sh   # pglite + pglite-socket (npm): real pgvector on loopback for the Postgres tests
