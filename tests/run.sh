#!/usr/bin/env bash
# The README's test command, and exactly what CI runs: sets up what the tests need on a fresh Debian machine,
# then builds and runs every test project of Dashboard.sln and prints one summary line.
#
# Needs: the .NET 10 SDK, Node.js with npm (the build fetches the lexicon data from the npm registry), and these
# Debian packages, which it installs itself when run as root (otherwise it names them and stops):
#   python3-jieba   Python jieba 0.42, the reference the segmenter is checked against
#   postgresql      a real PostgreSQL server for the store tests, started on 127.0.0.1 by tests/postgres.sh
#   chromium        Debian's Chromium, driven by Playwright in the end-to-end tests (no browser is downloaded)
#   fonts-noto-cjk  Chinese glyphs in Chromium's screenshots and PDFs
#   poppler-utils   pdftotext, to read the PDF reports in tests
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

say() { echo "tests/run.sh: $*" >&2; }

command -v dotnet >/dev/null 2>&1 || { say "the .NET SDK is not installed (dotnet not found). Install the .NET 10 SDK and run this again."; exit 1; }
command -v npm >/dev/null 2>&1 || { say "npm is not installed; the build fetches the lexicon data from the npm registry. Install Node.js and npm (Debian: apt-get install -y nodejs npm) and run this again."; exit 1; }

debian_packages=(python3-jieba chromium fonts-noto-cjk poppler-utils)
missing=()
for package in "${debian_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    say "installing ${missing[*]}"
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    say "missing Debian packages: ${missing[*]}. Install them (sudo apt-get install -y ${missing[*]}) and run this again."
    exit 1
  fi
fi

# The store tests run against SQLite and against a real PostgreSQL server on 127.0.0.1.
if [ -z "${DASHBOARD_TEST_POSTGRES:-}" ]; then
  eval "$(bash tests/postgres.sh)"
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
dotnet test Dashboard.sln --nologo 2>&1 | tee "$log" || status=$?

# The analysis on the gold corpus (tests/corpus): its figures in the log, and a failure below the development part's
# thresholds (tests/corpus/thresholds.json), so no change quietly makes the analysis worse.
evaluation=0
if [ -f src/Dashboard.Cli/bin/Debug/net10.0/dashboard.dll ]; then
  dotnet src/Dashboard.Cli/bin/Debug/net10.0/dashboard.dll evaluate --check tests/corpus/thresholds.json > "$log.evaluate" || evaluation=$?
  sed -n '1,22p' "$log.evaluate"
  rm -f "$log.evaluate"
  if [ "$evaluation" -ne 0 ]; then
    say "dashboard evaluate: the development part of the gold corpus is below its thresholds (see above)"
    [ "$status" -ne 0 ] || status=$evaluation
  fi
fi

# One closing line over all test assemblies: "N passed, N failed".
passed=$(grep -oE 'Passed: +[0-9]+' "$log" | awk '{s += $2} END {print s + 0}')
failed=$(grep -oE 'Failed: +[0-9]+' "$log" | awk '{s += $2} END {print s + 0}')
skipped=$(grep -oE 'Skipped: +[0-9]+' "$log" | awk '{s += $2} END {print s + 0}')
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  say "the build or test run failed before any test failed (see above)"
fi
echo "Tests: $passed passed, $failed failed, $skipped skipped"
exit "$status"
