#!/usr/bin/env bash
# The planning engine against OR-Tools on one instance (issue 5): our PDHG solver on 1 and 2
# threads, OR-Tools PDLP on 1 and 2 threads to the same tolerance, GLOP where it fits, and the bare
# A·x + Aᵀ·y rate over the same matrix; each run in a child process, medians of --repeat runs.
# Usage: bench/lp.sh [Councils.Bench lp options]
# e.g.   bench/lp.sh --random-lp 5000 10000 10 --seed 1 --repeat 3
#        bench/lp.sh --random-lp 50000 100000 50 --seed 1 --repeat 1 --glop-time-limit 300
#        bench/lp.sh --mps ../shared/refcases/lp/ADLITTLE.mps --tolerance 1e-8
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build bench/Councils.Bench -c Release -nologo -v q >/dev/null
exec dotnet bench/Councils.Bench/bin/Release/net10.0/Councils.Bench.dll lp "${@:---random-lp 5000 10000 10}"
