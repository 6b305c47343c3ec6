#!/usr/bin/env bash
# Installs the pinned packages and regenerates every LangSmith incident that uses this harness.
# Usage: bench/incidents/harness/langsmith/regen.sh [incident-dir | batch-name ...]
#   no argument: every batch-*/langsmith-* incident; a batch name (e.g. batch-b): that batch's incidents only.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
incidents="$(cd "$here/../.." && pwd)"
(cd "$here" && npm ci --no-audit --no-fund)
shopt -s nullglob
dirs=()
if [ "$#" -eq 0 ]; then set -- "$incidents"/batch-*; fi
for a in "$@"; do
  if [ -f "$a/generate.mjs" ]; then dirs+=("$a")
  elif [ -d "$incidents/$a" ]; then dirs+=("$incidents/$a"/langsmith-*)
  elif [ -d "$a" ]; then dirs+=("$a"/langsmith-*)
  else echo "no such incident or batch: $a" >&2; exit 2; fi
done
for d in "${dirs[@]}"; do
  echo "== $d"
  node "$d/generate.mjs"
done
