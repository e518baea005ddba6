#!/usr/bin/env bash
# Runs the coach locally: Azurite (Table storage, data kept in .azurite/) and the bot at
# http://localhost:3978. Ctrl+C stops both.
set -euo pipefail
cd "$(dirname "$0")/.."
bash build/setup.sh

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

azurite_pid=""
bot_pid=""
stop() {
  trap - INT TERM
  if [ -n "$bot_pid" ]; then
    kill -TERM "$bot_pid" 2>/dev/null || true
    wait "$bot_pid" 2>/dev/null || true
  fi
  if [ -n "$azurite_pid" ]; then
    # Azurite flushes its data to disk on SIGINT.
    kill -INT "$azurite_pid" 2>/dev/null || true
    wait "$azurite_pid" 2>/dev/null || true
  fi
}
trap stop EXIT
trap 'exit 130' INT TERM

if port_open 10002; then
  echo "== Table storage is already listening on 127.0.0.1:10002; using it"
else
  echo "== Starting Azurite (data in .azurite/)"
  mkdir -p .azurite
  node node_modules/azurite/dist/src/table/main.js --location .azurite --tableHost 127.0.0.1 --tablePort 10002 \
    --skipApiVersionCheck --disableTelemetry --silent &
  azurite_pid=$!
  for _ in $(seq 1 100); do port_open 10002 && break; sleep 0.1; done
  port_open 10002 || { echo "Azurite did not start on port 10002." >&2; exit 1; }
fi

echo "== Starting CoachBot at http://localhost:3978 (Ctrl+C stops it and Azurite)"
# In the background so that Ctrl+C reaches this script's trap, which stops the bot, then Azurite.
ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}" dotnet run --project src/CoachBot --no-restore &
bot_pid=$!
wait "$bot_pid"
