#!/usr/bin/env bash
# Installs the pinned packages and regenerates the Vercel AI SDK incidents.
# Without arguments: every batch-a and batch-b `vercel-*` incident. With arguments: only the named
# batches, e.g. `regen.sh batch-b`.
# Offline apart from the npm registry; the models are scripted (no API key, no network).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here"
npm ci --no-audit --no-fund
batches=("$@")
if [ ${#batches[@]} -eq 0 ]; then batches=(batch-a batch-b); fi
for batch in "${batches[@]}"; do
  for script in "$here"/../../"$batch"/vercel-*/generate.mjs; do
    [ -e "$script" ] || continue
    echo "== $batch/$(basename "$(dirname "$script")")"
    node "$script"
  done
done
