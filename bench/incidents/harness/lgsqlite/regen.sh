#!/usr/bin/env bash
# Reinstalls the pinned packages and regenerates the lgsqlite-* incidents that use this harness.
#   regen.sh                 every */lgsqlite-*/generate.mjs (all batches)
#   regen.sh batch-b [...]   only the lgsqlite-* incidents of the named batches
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
incidents="$(cd "$here/../.." && pwd)"
(cd "$here" && npm ci --no-audit --no-fund)
if [ "$#" -eq 0 ]; then
  set -- "*"
fi
for batch in "$@"; do
  for gen in "$incidents"/$batch/lgsqlite-*/generate.mjs; do
    [ -e "$gen" ] || continue
    echo "== ${gen#$incidents/}"
    node "$gen"
  done
done
