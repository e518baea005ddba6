#!/usr/bin/env bash
# Builds the Teams app package: deploy/teams/CoachBot.zip with manifest.json, color.png and
# outline.png at the root of the zip, as Teams' "Upload an app" and the Teams admin center expect.
#
#   bash deploy/teams/package.sh <bot-app-id> [bot-host-name]
#
# <bot-app-id>     the bot's Microsoft App ID; with the Bicep in deploy/azure that is the client
#                  id of the user-assigned managed identity (output identityClientId). Defaults to
#                  the MicrosoftAppId environment variable.
# [bot-host-name]  the web app's host name (output appHostName), e.g. coachbot-abc.azurewebsites.net;
#                  used for validDomains and the developer links. Defaults to BOT_DOMAIN, else
#                  localhost (fine for a trial upload, not for publishing).
#
# Needs node (with the repository's node_modules, for the schema check) and either python3 or zip.
# TEAMS_PACKAGE_OUT overrides where the zip is written.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
app_id="${1:-${MicrosoftAppId:-}}"
domain="${2:-${BOT_DOMAIN:-}}"
out="${TEAMS_PACKAGE_OUT:-$here/CoachBot.zip}"

if [[ -z "$app_id" ]]; then
  echo "usage: bash deploy/teams/package.sh <bot-app-id> [bot-host-name]   (or set MicrosoftAppId)" >&2
  exit 2
fi
if [[ ! "$app_id" =~ ^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$ ]]; then
  echo "the bot app id must be a GUID, got: $app_id" >&2
  exit 2
fi

# Accept a URL as well as a bare host name.
domain="${domain#https://}"
domain="${domain#http://}"
domain="${domain%%/*}"
if [[ -z "$domain" ]]; then
  echo "note: no bot host name given (second argument or BOT_DOMAIN); using localhost for validDomains and the developer links" >&2
  domain="localhost"
fi
if [[ ! "$domain" =~ ^[A-Za-z0-9.-]+(:[0-9]+)?$ ]]; then
  echo "the bot host name looks wrong: $domain" >&2
  exit 2
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Fill in the placeholders. Both values were checked above to contain no JSON-special characters.
sed -e "s/\${{BOT_ID}}/$app_id/g" -e "s/\${{BOT_DOMAIN}}/$domain/g" "$here/manifest.json" > "$work/manifest.json"
cp "$here/color.png" "$here/outline.png" "$work/"

# Validate the filled-in copy against the offline schema of the version it declares.
node "$here/validate.mjs" "$work/manifest.json" --packaged

mkdir -p "$(dirname "$out")"
rm -f "$out"
if command -v python3 >/dev/null 2>&1; then
  (cd "$work" && python3 -m zipfile -c "$out.tmp" manifest.json color.png outline.png)
elif command -v zip >/dev/null 2>&1; then
  (cd "$work" && zip -q -X "$out.tmp" manifest.json color.png outline.png)
else
  echo "neither python3 nor zip is available to write the zip" >&2
  exit 2
fi
mv "$out.tmp" "$out"
echo "wrote $out (bot $app_id, domain $domain)"
