#!/usr/bin/env bash
# Builds the solution and runs every test suite against real SQLite and a throwaway PostgreSQL
# cluster. Ends with one line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"
root=$(pwd)

# --- PostgreSQL: a throwaway cluster on a free port; the storage tests require it.
. scripts/postgres.sh
results=$(mktemp -d)
trap 'pg_stop; rm -rf "$results"' EXIT
pg_start || { echo "test.sh: could not start PostgreSQL" >&2; echo "0 passed, 1 failed"; exit 1; }
export COUNCILS_TEST_POSTGRES="$PG_CONN"

# --- Browser tests: Debian's Chromium (installed when missing) and axe-core from npm (pinned by package-lock.json).
if [ ! -x /usr/bin/chromium ]; then
  sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo -n"
  { $sudo apt-get update -q && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q chromium; } >"$results/chromium.log" 2>&1
fi
if [ ! -x /usr/bin/chromium ]; then
  tail -n 20 "$results/chromium.log" >&2 2>/dev/null
  echo "test.sh: the browser tests need Debian's chromium at /usr/bin/chromium; apt-get install chromium failed" >&2
  echo "0 passed, 1 failed"; exit 1
fi
if ! (cd tests/Councils.Browser.Tests && npm ci --prefer-offline --no-audit --no-fund) >"$results/npm.log" 2>&1; then
  tail -n 20 "$results/npm.log" >&2
  echo "test.sh: npm ci (axe-core for the browser tests) failed in tests/Councils.Browser.Tests" >&2
  echo "0 passed, 1 failed"; exit 1
fi

# --- Build once, then run each test project.
if ! dotnet build Councils.slnx -c Release -nologo -v q >"$results/build.log" 2>&1; then
  grep -E 'error|Error' "$results/build.log" | sort -u | head -n 40 >&2
  echo "test.sh: build failed" >&2; echo "0 passed, 1 failed"; exit 1
fi

passed=0; failed=0
for proj in tests/*/*.csproj; do
  name=$(basename "$proj" .csproj)
  dotnet test "$proj" -c Release --no-build -nologo --logger "trx;LogFileName=$results/$name.trx" >"$results/$name.log" 2>&1
  rc=$?
  grep -E '^(Passed|Failed)!|error|\[FAIL\]|Test Run Aborted|crashed' "$results/$name.log" || true
  trx="$results/$name.trx"
  if [ -f "$trx" ]; then
    p=$(grep -o 'passed="[0-9]*"' "$trx" | head -1 | grep -o '[0-9]*')
    f=$(grep -o 'failed="[0-9]*"' "$trx" | head -1 | grep -o '[0-9]*')
    e=$(grep -o ' error="[0-9]*"' "$trx" | head -1 | grep -o '[0-9]*')
    passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0} + ${e:-0}))
    # The results folder goes on exit: show each failed test's message and the top of its stack here.
    if [ $((${f:-0} + ${e:-0})) != 0 ]; then
      grep -E -A 12 '^[[:space:]]+Failed [^!]' "$results/$name.log" | head -n 120 >&2
    fi
    # A crashed test host leaves its test out of the counts; only the exit code tells.
    if [ "$rc" != 0 ] && [ $((${f:-0} + ${e:-0})) = 0 ]; then
      echo "test.sh: $name: dotnet test exited $rc but counted no failure (test host crashed or run aborted)" >&2
      failed=$((failed + 1))
    fi
  else
    echo "test.sh: $name produced no results" >&2; failed=$((failed + 1))
  fi
done
echo "$passed passed, $failed failed"
[ "$failed" = 0 ] && [ "$passed" -gt 0 ]
