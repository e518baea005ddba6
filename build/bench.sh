#!/usr/bin/env bash
# Runs the benchmarks (tests/CoachBot.Benchmarks): turn cost against a minimal stateful bot (closed
# loop, and open loop at fixed arrival rates: --only openloop --rates 25,50,100 --seconds 10),
# check-in fan-out and memory per conversation. Starts its own in-memory Azurite; prints a table
# and writes it to artifacts/bench.md. Extra arguments go to the program (--quick for a short run).
set -euo pipefail
cd "$(dirname "$0")/.."
bash build/setup.sh
dotnet run -c Release --project tests/CoachBot.Benchmarks -- "$@"
