#!/usr/bin/env bash
# Installs what the web tests need: the Web Chat bundle (served locally by the server),
# the botframework-directlinejs client for the Node test, and Debian's chromium + CJK fonts for Playwright.
# Idempotent: each step is skipped when its result is already there.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
webchat_version="4.18.1"
lib_dir="$root/src/DiploAssistant.Server/wwwroot/lib"
node_dir="$root/tests/DiploAssistant.Server.Tests/node"

if [ ! -s "$lib_dir/webchat.js" ]; then
  echo "install-web: botframework-webchat@$webchat_version -> $lib_dir/webchat.js"
  tmp="$(mktemp -d)"
  trap 'rm -rf "$tmp"' EXIT
  (cd "$tmp" && npm pack "botframework-webchat@$webchat_version" --silent >/dev/null)
  tar -xzf "$tmp/botframework-webchat-$webchat_version.tgz" -C "$tmp" package/dist/webchat.js
  mkdir -p "$lib_dir"
  cp "$tmp/package/dist/webchat.js" "$lib_dir/webchat.js"
fi

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
