#!/usr/bin/env bash
# Installs what the coach and its tests need on a fresh machine, and skips what is already there:
# the npm tools (Azurite, Web Chat, test clients) from package-lock.json, and the NuGet packages.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "Node.js and npm are needed (for Azurite and Web Chat). Install Node 20 or later." >&2
  exit 1
fi
if ! command -v dotnet >/dev/null; then
  echo "The .NET 10 SDK is needed. See https://dot.net." >&2
  exit 1
fi

# npm ci only when node_modules is missing or older than the lock file.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "== Installing npm packages (Azurite, Web Chat, test clients)"
  npm ci --no-audit --no-fund --loglevel=error
fi

# Headless Chromium for the Web Chat browser tests (playwright-core drives it; Playwright's own
# browser download is not possible on these machines, Debian's package is).
if ! command -v chromium >/dev/null; then
  if [ "$(id -u)" -eq 0 ]; then
    echo "== Installing Chromium (Debian package) for the browser tests"
    # Another apt-get (an unattended upgrade, a parallel set-up) may hold the dpkg lock: wait
    # for it rather than fail.
    apt-get -o DPkg::Lock::Timeout=600 update -qq \
      && DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq chromium
  else
    echo "Chromium is missing; run 'apt-get update && apt-get install -y chromium' as root for the browser tests." >&2
  fi
fi

echo "== Restoring NuGet packages"
dotnet restore CoachBot.sln --verbosity quiet
