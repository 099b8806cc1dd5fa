#!/usr/bin/env bash
# Installs PostgreSQL 15 (Debian) and builds pgvector 0.8.6 from the vendored official source (../shared/vendor) when
# the extension is missing. Safe to run again: each step skips what is already there. Needs root for apt and make install.
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=/usr/lib/postgresql/15/bin
if [ ! -x "$bin/postgres" ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15 >/dev/null
fi
extension_dir=/usr/share/postgresql/15/extension
if [ ! -f "$extension_dir/vector.control" ]; then
  if ! dpkg -s postgresql-server-dev-15 >/dev/null 2>&1; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-server-dev-15 >/dev/null \
      || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-server-dev-15 >/dev/null; }
  fi
  tarball=../shared/vendor/pgvector-0.8.6.tar.gz
  [ -f "$tarball" ] || { echo "pgvector source not found at $tarball" >&2; exit 1; }
  echo "e73cecc3c9bfbcbc729578b352c16e13331ef4d6d39a733ac302443739015b69  $tarball" | sha256sum -c --quiet -
  src=$(mktemp -d)
  tar -xzf "$tarball" -C "$src"
  # The archive holds the source at its top level or under one folder.
  dir=$(dirname "$(find "$src" -maxdepth 2 -name Makefile | sort | head -1)")
  # OPTFLAGS="" leaves out -march=native, so the build runs on any machine of this kind.
  make -s -C "$dir" OPTFLAGS="" PG_CONFIG="$bin/pg_config" >/dev/null
  make -s -C "$dir" install PG_CONFIG="$bin/pg_config" >/dev/null
  rm -rf "$src"
fi
echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') with pgvector $(sed -n "s/^default_version = '\(.*\)'/\1/p" "$extension_dir/vector.control")"
