#!/usr/bin/env bash
# The Web Chat bundle the server ships: src/DiploAssistant.Web/wwwroot/lib/webchat.js is committed (a fresh clone
# serves it with no network step), and this script is how it gets there. It downloads botframework-webchat with npm,
# checks the tarball against the sha512 integrity in scripts/webchat/package-lock.json, and takes package/dist/webchat.js
# and its license notice unchanged. The file's own sha512 is recorded in scripts/webchat/webchat.js.sha512 (a test checks
# the committed bundle, and the copy in every build output, against it).
#   bash scripts/webchat/update.sh          re-fetch, verify, and write the bundle and its recorded hash
#   bash scripts/webchat/update.sh --check  re-fetch, verify, and fail unless the committed bundle is exactly that file
# To move to another version: change it in package.json, run `npm install --package-lock-only --ignore-scripts` here, then this script.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
lib_dir="$here/../../src/DiploAssistant.Web/wwwroot/lib"
mode="${1:-update}"

read -r version integrity < <(node -e '
  const lock = require(process.argv[1]);
  const entry = lock.packages["node_modules/botframework-webchat"];
  if (!entry || !entry.integrity) { console.error("no botframework-webchat integrity in the lockfile"); process.exit(2); }
  console.log(entry.version + " " + entry.integrity);' "$here/package-lock.json")

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack "botframework-webchat@$version" --silent >/dev/null)
tarball="$tmp/botframework-webchat-$version.tgz"
actual="sha512-$(openssl dgst -sha512 -binary "$tarball" | base64 -w0)"
if [ "$actual" != "$integrity" ]; then
  echo "webchat: the downloaded botframework-webchat@$version is not the one in package-lock.json" >&2
  echo "  expected $integrity" >&2
  echo "  got      $actual" >&2
  exit 1
fi

tar -xzf "$tarball" -C "$tmp" package/dist/webchat.js package/dist/webchat.js.LICENSE.txt
hash="$(sha512sum "$tmp/package/dist/webchat.js" | cut -d' ' -f1)"
if [ "$mode" = "--check" ]; then
  cmp -s "$tmp/package/dist/webchat.js" "$lib_dir/webchat.js" || { echo "webchat: $lib_dir/webchat.js differs from botframework-webchat@$version" >&2; exit 1; }
  [ "$hash" = "$(cut -d' ' -f1 "$here/webchat.js.sha512")" ] || { echo "webchat: webchat.js.sha512 does not record botframework-webchat@$version" >&2; exit 1; }
  echo "webchat: the committed bundle is botframework-webchat@$version dist/webchat.js ($integrity)"
  exit 0
fi

mkdir -p "$lib_dir"
cp "$tmp/package/dist/webchat.js" "$tmp/package/dist/webchat.js.LICENSE.txt" "$lib_dir/"
echo "$hash  webchat.js" > "$here/webchat.js.sha512"
echo "webchat: botframework-webchat@$version dist/webchat.js -> $lib_dir ($(wc -c < "$lib_dir/webchat.js") bytes)"
