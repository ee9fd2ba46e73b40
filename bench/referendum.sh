#!/usr/bin/env bash
# A referendum in a federation of 1,000 cells of 1,000 members (issue 4): every member's ballot
# through the HTTP API with 64 concurrent clients, then the close and the tally, each beside its
# baseline in the same run. On SQLite, then on a throwaway PostgreSQL.
# Usage: bench/referendum.sh [sqlite|postgres|both] [more Councils.Bench referendum options]
# e.g.   bench/referendum.sh postgres --api 200000   (cast 200,000 through the API, the rest in-process)
set -euo pipefail
cd "$(dirname "$0")/.."
which=${1:-both}
shift || true
case "$which" in
  sqlite) providers=(sqlite) ;;
  postgres) providers=(postgres) ;;
  both) providers=(sqlite postgres) ;;
  *) echo "usage: bench/referendum.sh [sqlite|postgres|both] [options]" >&2; exit 2 ;;
esac
conn=""
if [[ " ${providers[*]} " == *" postgres "* ]]; then
  . scripts/postgres.sh
  trap pg_stop EXIT
  pg_start
  conn=$PG_CONN
fi
dotnet build bench/Councils.Bench -c Release -nologo -v q >/dev/null
bench="dotnet bench/Councils.Bench/bin/Release/net10.0/Councils.Bench.dll"
for provider in "${providers[@]}"; do
  # Options given first win: Councils.Bench takes the first of each.
  $bench referendum "$@" --provider "$provider" --cells 1000 --members 1000 --clients 64 --runs 5 --postgres "$conn"
done
