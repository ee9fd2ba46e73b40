#!/usr/bin/env bash
# Builds the solution and runs every test suite against real SQLite and a throwaway PostgreSQL
# cluster. Ends with one line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"
root=$(pwd)

# --- PostgreSQL: a throwaway cluster on a free port, owned by the postgres user (initdb refuses root).
pg_bin=""
for d in /usr/lib/postgresql/*/bin; do [ -x "$d/initdb" ] && pg_bin=$d; done
if [ -z "$pg_bin" ]; then
  echo "test.sh: installing postgresql (the storage tests require it)" >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null) || { echo "test.sh: could not install postgresql" >&2; echo "0 passed, 1 failed"; exit 1; }
  for d in /usr/lib/postgresql/*/bin; do [ -x "$d/initdb" ] && pg_bin=$d; done
fi
pg_dir=$(mktemp -d /tmp/councils-pg.XXXXXX)
chmod 755 "$pg_dir"
pg_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null || echo 55432)
as_pg() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi; }
if [ "$(id -u)" = 0 ]; then chown postgres "$pg_dir"; fi
results=$(mktemp -d)
stop_pg() { as_pg "$pg_bin/pg_ctl -D '$pg_dir/data' -m immediate stop" >/dev/null 2>&1; rm -rf "$pg_dir" "$results"; }
trap stop_pg EXIT
as_pg "$pg_bin/initdb -D '$pg_dir/data' -U postgres -A trust -E UTF8 --no-locale" >"$pg_dir/initdb.log" 2>&1 \
  || { cat "$pg_dir/initdb.log" >&2; echo "0 passed, 1 failed"; exit 1; }
as_pg "$pg_bin/pg_ctl -D '$pg_dir/data' -l '$pg_dir/server.log' -w -o \"-p $pg_port -k '$pg_dir' -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=on\" start" >/dev/null \
  || { cat "$pg_dir/server.log" >&2; echo "0 passed, 1 failed"; exit 1; }
export COUNCILS_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=postgres;Pooling=true;Maximum Pool Size=100"

# --- Build once, then run each test project.
if ! dotnet build Councils.slnx -c Release -nologo -v q >"$pg_dir/build.log" 2>&1; then
  grep -E 'error|Error' "$pg_dir/build.log" | sort -u | head -n 40 >&2
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
