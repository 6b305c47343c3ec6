#!/usr/bin/env bash
# Installs the pinned packages and regenerates every OpenInference incident that uses this harness.
# With a batch name (e.g. ./regen.sh batch-b) only that batch's oinf-* incidents are regenerated.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here"
npm ci --no-audit --no-fund
batch="${1:-*}"
for g in "$here"/../../$batch/oinf-*/generate.mjs; do
  echo "== $g"
  node "$g"
done
