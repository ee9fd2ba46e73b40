#!/usr/bin/env bash
# The pages under load (issue 6): the demo node on SQLite, served by the Release build, and wrk from
# Debian's packages with 200 concurrent connections on loopback against a static file (the baseline),
# the front page, a body's page and a motion's page, interleaved round by round. Prints wrk's median
# and p99 latency and requests per second for each, and the median over the rounds. A warm-up pass
# of 5 s per page comes first and is not recorded.
# Usage: bench/web.sh [--rounds 3] [--seconds 15] [--connections 200] [--threads 2]
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=3; seconds=15; connections=200; threads=2
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) rounds=$2; shift 2 ;;
    --seconds) seconds=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    --threads) threads=$2; shift 2 ;;
    *) echo "bench/web.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
command -v wrk >/dev/null || { echo "bench/web.sh: wrk is missing (apt-get install wrk)" >&2; exit 2; }
dotnet build src/Councils -c Release -nologo -v q >/dev/null
data=$(mktemp -d); log=$(mktemp)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
url="http://127.0.0.1:$port"
dotnet src/Councils/bin/Release/net10.0/councils.dll demo --urls "$url" --data "$data" >"$log" 2>&1 &
node=$!
trap 'kill $node 2>/dev/null; wait $node 2>/dev/null; rm -rf "$data" "$log"' EXIT
for _ in $(seq 1 120); do curl -fs "$url/health" >/dev/null 2>&1 && break; sleep 0.5; done
curl -fs "$url/health" >/dev/null || { cat "$log" >&2; echo "bench/web.sh: the node did not start" >&2; exit 1; }
# An open motion of the first demo body, read from the API.
motion=$(curl -fs "$url/api/bodies/putilov-works" | python3 -c 'import json,sys; b=json.load(sys.stdin); print(next(m["id"] for m in b["motions"] if m["status"].lower()=="open"))')
declare -A paths=([static]=/about.html [front]=/ [body]=/bodies/putilov-works [motion]=/bodies/putilov-works/motions/$motion)
order=(static front body motion)
for p in "${order[@]}"; do curl -fs -o /dev/null "$url${paths[$p]}" || { echo "bench/web.sh: $url${paths[$p]} does not answer 200" >&2; exit 1; }; done
# A warm-up pass (not recorded): the JIT's tiers and the node's view cache settle before the rounds.
for p in "${order[@]}"; do wrk -t"$threads" -c"$connections" -d5s "$url${paths[$p]}" >/dev/null; done
echo "# bench/web.sh on $(nproc) cores, $(date -u +%F), wrk -t$threads -c$connections -d${seconds}s, $rounds rounds; node: demo on SQLite at $url"
echo "| round | page | path | median ms | p99 ms | requests/s | non-2xx | errors |"
echo "|---:|---|---|---:|---:|---:|---:|---:|"
results=$(mktemp)
for r in $(seq 1 "$rounds"); do
  for p in "${order[@]}"; do
    out=$(wrk -t"$threads" -c"$connections" -d"${seconds}s" --latency --timeout 10s "$url${paths[$p]}")
    ms() { awk -v k="$1" '$1==k {v=$2; if (v ~ /us$/) {sub(/us/,"",v); v/=1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /s$/) {sub(/s/,"",v); v*=1000}; print v}' <<<"$out"; }
    p50=$(ms 50%); p99=$(ms 99%)
    rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
    non2xx=$(awk '/Non-2xx/ {print $NF}' <<<"$out"); non2xx=${non2xx:-0}
    errors=$(awk '/Socket errors/ {gsub(",",""); s=0; for (i=3;i<=NF;i+=2) s+=$(i+1); print s}' <<<"$out"); errors=${errors:-0}
    printf '| %s | %s | %s | %.2f | %.2f | %s | %s | %s |\n' "$r" "$p" "${paths[$p]}" "$p50" "$p99" "$rps" "$non2xx" "$errors"
    echo "$p $p50 $p99 $rps" >>"$results"
  done
done
echo
echo "| page | median of medians ms | median p99 ms | median requests/s |"
echo "|---|---:|---:|---:|"
for p in "${order[@]}"; do
  med() { awk -v p="$p" -v c="$1" '$1==p {print $c}' "$results" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
  printf '| %s | %.2f | %.2f | %.0f |\n' "$p" "$(med 2)" "$(med 3)" "$(med 4)"
done
rm -f "$results"
