#!/usr/bin/env bash
# Installs the pinned packages and regenerates every Vercel AI SDK incident of batch-a.
# Offline apart from the npm registry; the models are scripted (no API key, no network).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here"
npm ci --no-audit --no-fund
for script in "$here"/../../batch-a/vercel-*/generate.mjs; do
  echo "== $(basename "$(dirname "$script")")"
  node "$script"
done
