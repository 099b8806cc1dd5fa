#!/usr/bin/env bash
# Installs the pinned PGlite packages the Postgres store's tests use (real PostgreSQL + pgvector, no server install).
set -euo pipefail
cd "$(dirname "$0")"
if [ -f package-lock.json ]; then npm ci --no-audit --no-fund; else npm install --no-audit --no-fund; fi
