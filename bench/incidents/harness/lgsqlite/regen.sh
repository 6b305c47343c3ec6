#!/usr/bin/env bash
# Reinstalls the pinned packages and regenerates every lgsqlite-* incident that uses this harness.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
incidents="$(cd "$here/../.." && pwd)"
(cd "$here" && npm ci --no-audit --no-fund)
for gen in "$incidents"/*/lgsqlite-*/generate.mjs; do
  echo "== ${gen#$incidents/}"
  node "$gen"
done
