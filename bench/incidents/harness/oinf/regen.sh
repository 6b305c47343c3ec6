#!/usr/bin/env bash
# Installs the pinned packages and regenerates every OpenInference incident that uses this harness.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here"
npm ci --no-audit --no-fund
for g in "$here"/../../*/oinf-*/generate.mjs; do
  echo "== $g"
  node "$g"
done
