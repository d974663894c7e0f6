#!/usr/bin/env bash
# The README's test command (`npm test`): installs what the tests need (scripts/ensure-tools.sh), then runs the
# whole jest suite on Node 20 (this machine's) and on Node 24 (what the actions declare), and ends with one
# plain line "tests: N passed, N failed". Extra arguments go to jest on both runtimes.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-tools.sh || { echo "ensure-tools failed" >&2; exit 1; }
export PATH="$PWD/.cache/bin:$PATH"
mkdir -p .cache

status=0
for runtime in node20:node node24:.cache/bin/node24; do
  label=${runtime%%:*}
  bin=${runtime#*:}
  echo "── jest on $label ($("$bin" --version)) ──"
  "$bin" --experimental-vm-modules --no-warnings node_modules/jest/bin/jest.js --ci \
    --json --outputFile=".cache/jest-$label.json" "$@" || status=1
done

node -e '
  let passed = 0, failed = 0;
  for (const label of ["node20", "node24"]) {
    let r;
    try { r = require("./.cache/jest-" + label + ".json"); } catch { console.log(label + ": no result file"); failed++; continue; }
    const f = r.numFailedTests + (r.numRuntimeErrorTestSuites || 0);
    console.log(label + ": " + r.numPassedTests + " passed, " + f + " failed, " + r.numPendingTests + " skipped");
    passed += r.numPassedTests; failed += f;
  }
  console.log("tests: " + passed + " passed, " + failed + " failed");
'
exit $status
