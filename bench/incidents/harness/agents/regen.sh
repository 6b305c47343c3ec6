#!/usr/bin/env bash
# Installs the pinned OpenAI Agents SDK and regenerates every agents-* incident that uses this harness.
# Offline apart from `npm ci`: every model reply comes from a script, no API key is used.
# Optional arguments restrict it to some batches, e.g. `regen.sh batch-b` (default: every batch-*).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
incidents="$(cd "$here/../.." && pwd)"
(cd "$here" && npm ci --no-audit --no-fund)
cd "$incidents"
if [ $# -gt 0 ]; then batches=("$@"); else batches=(batch-*); fi
gens=()
for b in "${batches[@]}"; do gens+=("$incidents/$b"/agents-*/generate.mjs); done
for gen in "${gens[@]}"; do
  [ -f "$gen" ] || continue
  grep -q 'harness/agents/lib.mjs' "$gen" || continue
  echo "regenerating $(basename "$(dirname "$gen")")"
  node "$gen"
done
