#!/usr/bin/env bash
# Installs the pinned packages and regenerates every LangSmith incident that uses this harness.
# Usage: bench/incidents/harness/langsmith/regen.sh [incident-dir ...]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
incidents="$(cd "$here/../.." && pwd)"
(cd "$here" && npm ci --no-audit --no-fund)
if [ "$#" -gt 0 ]; then dirs=("$@"); else dirs=("$incidents"/batch-a/langsmith-*); fi
for d in "${dirs[@]}"; do
  echo "== $d"
  node "$d/generate.mjs"
done
