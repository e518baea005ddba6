#!/usr/bin/env bash
# Runs every test: installs what is missing, builds, then runs each test project (they start
# their own Azurite). Ends with one line "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."
bash build/setup.sh

dotnet build CoachBot.sln --no-restore --verbosity quiet -nologo

log=$(mktemp)
results=$(mktemp -d)
status=0
dotnet test CoachBot.sln --no-build --verbosity quiet -nologo --logger trx --results-directory "$results" "$@" 2>&1 | tee "$log" || status=$?

# Why each failed test failed, at the end where a CI summary shows it.
if [ "$status" -ne 0 ]; then
  node build/print-failures.mjs "$results"/*.trx || true
fi
rm -rf "$results"

sum() { grep -oE "$1: +[0-9]+" "$log" | awk '{ n += $2 } END { print n + 0 }'; }
passed=$(sum Passed)
failed=$(sum Failed)
rm -f "$log"
echo "$passed passed, $failed failed"
exit "$status"
