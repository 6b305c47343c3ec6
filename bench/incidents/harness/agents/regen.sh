#!/usr/bin/env bash
# Installs the pinned OpenAI Agents SDK and regenerates every agents-* incident that uses this harness.
# Offline apart from `npm ci`: every model reply comes from a script, no API key is used.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
incidents="$(cd "$here/../.." && pwd)"
(cd "$here" && npm ci --no-audit --no-fund)
for gen in "$incidents"/batch-*/agents-*/generate.mjs; do
  [ -f "$gen" ] || continue
  grep -q 'harness/agents/lib.mjs' "$gen" || continue
  echo "regenerating $(basename "$(dirname "$gen")")"
  node "$gen"
done
