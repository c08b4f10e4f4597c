#!/usr/bin/env bash
# The whole check, as CI runs it: setup, build, typecheck, import boundaries, test suite
# (unit, integration and the notebooks executed by Jupyter).
#
# The package test (test/package: the project packed and installed as users install it, its
# starter notebook run in Jupyter) runs as a second vitest run after the first.
#
# Every step runs even when an earlier one failed, so one run shows everything that is
# wrong. The last line is always
#   tests: N passed, N failed
# where N failed counts failed vitest tests, test files that could not load, and failed
# check steps (setup, build, lint:dist, typecheck, lint:deps, lint:notebooks, docs). Exit status is 0 only if N failed is 0.
#
# Environment: NOTEBOOKS=skip leaves out the notebook tests (and does not require Jupyter);
# BROWSER=skip leaves out the report's browser test (and does not require chromium).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
cd "$ROOT"

RESULTS="$ROOT/.vitest-results.json"
failed_steps=()
t_all=$(date +%s)

# step NAME CMD...: runs CMD, prints its duration, records NAME when it fails.
step() {
  local name="$1"
  shift
  printf '\n=== %s\n' "$name"
  local t0 rc=0
  t0=$(date +%s)
  "$@" || rc=$?
  printf '=== %s: %s (%d s)\n' "$name" "$([ "$rc" = 0 ] && echo ok || echo "FAILED, exit $rc")" "$(( $(date +%s) - t0 ))"
  [ "$rc" = 0 ] || failed_steps+=("$name")
  return 0
}

final_line() {
  # $1 passed, $2 failed
  if [ "${#failed_steps[@]}" -gt 0 ]; then
    printf 'failed steps: %s\n' "${failed_steps[*]}"
  fi
  printf 'total time: %d s\n' "$(( $(date +%s) - t_all ))"
  printf 'tests: %d passed, %d failed\n' "$1" "$2"
}

step setup bash scripts/setup.sh --tests </dev/null
if [ ! -f node_modules/typescript/bin/tsc ] || [ ! -f node_modules/vitest/vitest.mjs ]; then
  echo "test: node_modules is not installed; nothing else can run" >&2
  final_line 0 "${#failed_steps[@]}"
  exit 1
fi

# Never node_modules/.bin/tsc: tslab's TypeScript 5.0.4 may own that link.
step build npm run --silent build
step lint:dist node scripts/check-dist.mjs          # dist/ is what src/ compiles to now
step typecheck node node_modules/typescript/bin/tsc -p tsconfig.json --noEmit
step lint:deps npx --no-install depcruise src --config .dependency-cruiser.cjs
step lint:notebooks node scripts/lint-notebooks.mjs  # no function, loop or regex in a cell
step docs npm run --silent docs   # the API reference from TSDoc; broken links fail

# shellcheck source=scripts/jupyter-env.sh disable=SC1091
. "$ROOT/scripts/jupyter-env.sh"
export TZ=America/Los_Angeles   # non-UTC on purpose: catches local-time bugs
export DOTENV_CONFIG_QUIET=true
passed=0
failed=0
# vitest_run NAME RESULTS ARGS...: one vitest run; adds its passed and failed tests (and the
# test files that failed without running a test) to the totals.
vitest_run() {
  local name="$1" results="$2"
  shift 2
  rm -f "$results"
  local rc=0 t0
  printf '\n=== %s (TZ=%s)\n' "$name" "$TZ"
  t0=$(date +%s)
  node node_modules/vitest/vitest.mjs run \
    --reporter=default --reporter=json --outputFile.json="$results" "$@" </dev/null || rc=$?
  printf '=== %s: exit %d (%d s)\n' "$name" "$rc" "$(( $(date +%s) - t0 ))"
  # shellcheck disable=SC2016  # the JavaScript below is meant to be single-quoted
  local counts p f how
  counts="$(RESULTS="$results" node -e '
const fs = require("fs");
let r;
try { r = JSON.parse(fs.readFileSync(process.env.RESULTS, "utf8")); }
catch (e) { console.log("0 1 no-results"); process.exit(0); }
const brokenFiles = (r.testResults || []).filter(
  (f) => f.status === "failed" && !(f.assertionResults || []).some((a) => a.status === "failed"));
for (const f of brokenFiles) console.error("test file failed without a failing test: " + f.name + "\n  " + String(f.message || "").split("\n")[0]);
console.log(`${r.numPassedTests || 0} ${(r.numFailedTests || 0) + brokenFiles.length} ok`);
')"
  read -r p f how <<<"$counts"
  if [ "$how" = no-results ]; then
    echo "test: $name wrote no results to $results (exit $rc)" >&2
    failed_steps+=("$name")
  elif [ "$rc" != 0 ] && [ "$f" = 0 ]; then
    # e.g. "no test files found", an unhandled error between tests, or a failed config
    echo "test: $name exited $rc without a failed test" >&2
    failed_steps+=("$name")
  fi
  passed=$(( passed + p ))
  failed=$(( failed + f ))
}

# The packed-install test (npm pack, two npm installs, Jupyter) runs on its own after the
# rest, so its installs do not slow the timing-sensitive tests running beside it.
vitest_run vitest "$RESULTS" --exclude 'test/package/**'
vitest_run "vitest test/package" "$ROOT/.vitest-results-package.json" test/package

final_line "$passed" "$(( failed + ${#failed_steps[@]} ))"
[ "$(( failed + ${#failed_steps[@]} ))" = 0 ]
