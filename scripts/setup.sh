#!/usr/bin/env bash
# Installs what the tests need beyond the .NET SDK; safe to run again (skips what is already there).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -f scripts/install-web.sh ]; then bash scripts/install-web.sh; fi
