#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server on 127.0.0.1 for the store tests and prints the connection string.
# Sourced by tests/run.sh; by hand: `eval "$(bash tests/postgres.sh)"` sets DASHBOARD_TEST_POSTGRES.
# Installs Debian's postgresql package when run as root; reuses a server it started before.
set -euo pipefail

port="${DASHBOARD_PG_PORT:-54329}"
data="${DASHBOARD_PG_DATA:-/tmp/dashboard-test-pg}"
say() { echo "tests/postgres.sh: $*" >&2; }

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    say "installing Debian's postgresql"
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    bindir=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  else
    say "PostgreSQL is not installed. Install it (sudo apt-get install -y postgresql) or point DASHBOARD_TEST_POSTGRES at a server."
    exit 1
  fi
fi

# initdb and the server refuse to run as root: they run as the postgres user the package created.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

if ! as_owner "$bindir/pg_isready" -h 127.0.0.1 -p "$port" -q 2>/dev/null; then
  if [ ! -f "$data/PG_VERSION" ]; then
    mkdir -p "$data"
    [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$data"
    as_owner "$bindir/initdb" -D "$data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  fi
  as_owner "$bindir/pg_ctl" -D "$data" -l "$data/server.log" -w \
    -o "-p $port -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null
fi

psql_admin() { psql -h 127.0.0.1 -p "$port" -U postgres -v ON_ERROR_STOP=1 -qtA "$@"; }
if [ "$(psql_admin -c "select 1 from pg_roles where rolname = 'dashboard'")" != "1" ]; then
  psql_admin -c "create role dashboard login createdb password 'dashboard'" >/dev/null
fi

echo "export DASHBOARD_TEST_POSTGRES='Host=127.0.0.1;Port=$port;Username=dashboard;Password=dashboard;Database=postgres'"
