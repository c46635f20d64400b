#!/usr/bin/env bash
# Builds the dashboard's partial plotly.js bundle into .lexicon/plotly/ at the repository root: plotly.js's core with
# only the trace types the charts use (plotly/entry.js), 1.4 MB instead of the 4.8 MB full bundle Plotly.Blazor ships,
# so a new browser has much less script to parse before the first chart. The sources come from the npm registry,
# pinned by plotly/package-lock.json (npm ci checks every tarball's sha512); the version is the one Plotly.Blazor ships.
# Runs once: a bundle whose stamp matches the lock file and the entry is reused, so later builds need no network.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
lexicon="${LEXICON_DIR:-$root/.lexicon}"
dest="$lexicon/plotly"
work="$lexicon/.plotly-build"
bundle="plotly-dashboard.min.js"

die() {
  echo "build-plotly: error: $*" >&2
  exit 1
}

mkdir -p "$lexicon"
exec 9>"$lexicon/.plotly.lock"
flock 9

want=$(cat "$here/plotly/package-lock.json" "$here/plotly/entry.js" "$here/build-plotly.sh" | sha256sum | cut -d' ' -f1)
if [ -f "$dest/.built" ] && [ "$(cat "$dest/.built")" = "$want" ] && [ -f "$dest/$bundle" ]; then
  exit 0
fi

command -v npm >/dev/null 2>&1 || die "npm is not installed, and the plotly.js sources come from the npm registry at build time. Install Node.js with npm (Debian: apt-get install -y nodejs npm) and build again."

echo "build-plotly: building the partial plotly.js bundle (plotly.js sources and esbuild from the npm registry)" >&2
mkdir -p "$work"
cp "$here/plotly/package.json" "$here/plotly/package-lock.json" "$here/plotly/entry.js" "$work/"
if ! (cd "$work" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >"$work/npm.log" 2>&1); then
  cat "$work/npm.log" >&2
  die "could not install plotly.js and esbuild from the npm registry (see npm's message above; an integrity failure means a tarball did not match plotly/package-lock.json and was not used). Check the network or the npm registry setting (npm config get registry), then build again."
fi

rm -rf "$dest.partial"
mkdir -p "$dest.partial"
# maplibre's stylesheet is only required by the map trace types, which are not in the bundle.
(cd "$work" && node_modules/.bin/esbuild entry.js --bundle --minify --format=iife --global-name=Plotly \
  --define:global=window --define:define.amd=false --target=es2016 --loader:.css=empty --log-level=warning \
  --legal-comments=eof --banner:js="/* plotly.js (MIT licence, Copyright Plotly, Inc.): the dashboard's partial bundle, built by src/Lexicon/build-plotly.sh */" \
  --outfile="$dest.partial/$bundle") || die "esbuild could not build the plotly.js bundle (see its message above)."
gzip -9 -k "$dest.partial/$bundle"
cp "$work/node_modules/plotly.js/LICENSE" "$dest.partial/LICENSE"
echo "$want" > "$dest.partial/.built"
rm -rf "$dest"
mv "$dest.partial" "$dest"
echo "build-plotly: $(du -h "$dest/$bundle" | cut -f1) bundle written to $dest/$bundle" >&2
