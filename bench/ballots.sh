#!/usr/bin/env bash
# Signed ballots through the HTTP API, 64 concurrent clients, on SQLite and on a throwaway
# PostgreSQL, each beside its bare-loop baseline. Usage: bench/ballots.sh [BALLOTS]
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/postgres.sh
trap pg_stop EXIT
pg_start
dotnet build bench/Councils.Bench -c Release -nologo -v q >/dev/null
bench="dotnet bench/Councils.Bench/bin/Release/net10.0/Councils.Bench.dll"
for provider in sqlite postgres; do
  $bench ballots --provider "$provider" --clients 64 --ballots "${1:-20000}" --postgres "$PG_CONN"
done
