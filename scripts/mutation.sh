#!/usr/bin/env bash
# `npm run mutation`: Stryker on the deploy engine and the rollout Lease (stryker.config.mjs). StrykerJS needs
# Node >= 22: it runs on the Node 24 the test command installs (npm package node@24, as scripts/ensure-tools.sh
# does). Slow (every mutant runs the deploy tests that cover it): not part of .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x .cache/node24/node_modules/node/bin/node ] || ! .cache/node24/node_modules/node/bin/node --version | grep -q '^v24\.'; then
  echo "mutation: installing Node 24 (npm package node@24) into .cache/node24" >&2
  rm -rf .cache/node24
  npm install --prefix .cache/node24 --no-save --no-audit --no-fund --no-package-lock node@24 >&2
fi
# StrykerJS is not a devDependency: its Babel needs Node >= 22.18, and npm ci on Node 20 would warn EBADENGINE for
# every contributor. It is installed here, pinned, beside the project (it finds jest in the project's node_modules).
if [ ! -f .cache/stryker/node_modules/@stryker-mutator/core/bin/stryker.js ]; then
  echo "mutation: installing StrykerJS 10.0.0 into .cache/stryker" >&2
  npm install --prefix .cache/stryker --no-save --no-audit --no-fund --no-package-lock --engine-strict=false \
    @stryker-mutator/core@10.0.0 @stryker-mutator/jest-runner@10.0.0 >&2
fi
exec .cache/node24/node_modules/node/bin/node .cache/stryker/node_modules/@stryker-mutator/core/bin/stryker.js \
  run stryker.config.mjs "$@"
