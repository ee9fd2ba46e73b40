#!/usr/bin/env bash
# The plan pipeline on a generated economy (issue 5): generation, PlanSolver.Solve (PDHG, repair, certificate)
# with a per-restart trace of its relative residuals and gap, OR-Tools PDLP (and GLOP if asked) on the same
# linear program to the same tolerance, and the bare A·x + Aᵀ·y rate; each run in a child process, medians of
# --repeat runs. Traces go to --trace-dir (default plan-traces/).
# Usage: bench/plan.sh [Councils.Bench plan options]
# e.g.   bench/plan.sh --products 10000 --threads 1 --tolerance 1e-4 --repeat 1
#        bench/plan.sh --products 1000 --ortools both --glop-time-limit 60
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build bench/Councils.Bench -c Release -nologo -v q >/dev/null
exec dotnet bench/Councils.Bench/bin/Release/net10.0/Councils.Bench.dll plan "${@:---products 10000}"
