#!/usr/bin/env bash
# `npm test`: sets up what the tests need (scripts/test-prerequisites.sh), then lint and types, the
# unit and real-tool tests, and the end-to-end tests.
set -euo pipefail
cd "$(dirname "$0")/.."
go_bin="$(bash scripts/test-prerequisites.sh)"
export PATH="$go_bin:$PATH"
npm run lint
npm run test:unit
npm run test:e2e
