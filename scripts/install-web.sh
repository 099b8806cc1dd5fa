#!/usr/bin/env bash
# Installs what the web tests need: the botframework-directlinejs client for the Node test, and Debian's chromium +
# CJK fonts for Playwright. (The Web Chat bundle itself is committed in src/DiploAssistant.Web/wwwroot/lib:
# scripts/webchat/update.sh re-fetches and verifies it.)
# Idempotent: each step is skipped when its result is already there.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
node_dir="$root/tests/DiploAssistant.Server.Tests/node"

if [ ! -d "$node_dir/node_modules/botframework-directlinejs" ]; then
  echo "install-web: botframework-directlinejs -> $node_dir/node_modules"
  (cd "$node_dir" && npm install --no-audit --no-fund --no-package-lock --loglevel=error)
fi

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || missing+=(fonts-noto-cjk)
if [ "${#missing[@]}" -gt 0 ]; then
  echo "install-web: apt-get install ${missing[*]}"
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}" >/dev/null
fi
echo "install-web: ready"
