#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for tests and CI, from Debian's postgresql packages (initdb + pg_ctl),
# run as an unprivileged user on a free port of 127.0.0.1, in a folder of its own. Idempotent.
#
#   scripts/pg-cluster.sh start            start (or find running) and print its postgres:// URL
#   scripts/pg-cluster.sh url              print the URL of the running cluster (exit 1 if none)
#   scripts/pg-cluster.sh stop             stop it (fast shutdown) and delete its folder
#   scripts/pg-cluster.sh crash            stop it as a crash would (immediate: no checkpoint), keep data
#   scripts/pg-cluster.sh lease PID        start, and hold it for process PID (prints the URL)
#   scripts/pg-cluster.sh release PID      drop PID's lease; stop the cluster when no live process holds one
#                                          (unless it was started with `start`: then it runs until `stop`)
#
# Folder: $ABSENTIA_PG_DIR, default ${TMPDIR:-/tmp}/absentia-pg-$(id -u). When run as root, the cluster
# runs as $ABSENTIA_PG_USER (default: postgres), since PostgreSQL refuses to run as root.
# The database "absentia" is created, owned by the superuser "absentia" (trust auth, loopback only).
set -euo pipefail

DIR="${ABSENTIA_PG_DIR:-${TMPDIR:-/tmp}/absentia-pg-$(id -u)}"
DATA="$DIR/data"
LOG="$DIR/server.log"

die() { echo "pg-cluster: $*" >&2; exit 1; }

find_bin() {
  local d
  if [ -n "${ABSENTIA_PG_BIN:-}" ]; then echo "$ABSENTIA_PG_BIN"; return; fi
  d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -n "$d" ] && [ -x "$d/initdb" ]; then echo "$d"; return; fi
  if command -v pg_config >/dev/null && [ -x "$(pg_config --bindir)/initdb" ]; then pg_config --bindir; return; fi
  die "no PostgreSQL server binaries (install Debian's postgresql package)"
}
BIN=$(find_bin)

# Run a command as the cluster's owner.
if [ "$(id -u)" = 0 ]; then
  OWNER="${ABSENTIA_PG_USER:-postgres}"
  id "$OWNER" >/dev/null 2>&1 || die "user $OWNER does not exist (set ABSENTIA_PG_USER to an unprivileged user)"
  as_owner() { runuser -u "$OWNER" -- "$@"; }
else
  OWNER="$(id -un)"
  as_owner() { "$@"; }
fi

url() { echo "postgres://absentia@127.0.0.1:$(cat "$DIR/port")/absentia"; }

running() { [ -f "$DIR/port" ] && [ -d "$DATA" ] && as_owner "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; }

free_port() {
  node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
}

start() {
  mkdir -p "$DIR"
  [ "$(id -u)" = 0 ] && chown "$OWNER" "$DIR"
  chmod 700 "$DIR"
  if running; then url; return; fi
  if [ ! -f "$DATA/PG_VERSION" ]; then
    rm -rf "$DATA"
    as_owner "$BIN/initdb" -D "$DATA" -U absentia --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$DIR/initdb.log" 2>&1 \
      || { cat "$DIR/initdb.log" >&2; die "initdb failed"; }
  fi
  local port
  port=$(free_port)
  echo "$port" >"$DIR/port"
  # fsync stays on: crash tests rely on committed transactions surviving an immediate stop.
  as_owner "$BIN/pg_ctl" -D "$DATA" -l "$LOG" -w -t 60 9>&- \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $DIR -c max_connections=200 -c shared_buffers=64MB" start >/dev/null \
    || { tail -n 20 "$LOG" >&2; die "server did not start"; }
  if ! as_owner "$BIN/psql" -h "$DIR" -p "$port" -U absentia -d postgres -Atqc "select 1 from pg_database where datname='absentia'" | grep -q 1; then
    as_owner "$BIN/createdb" -h "$DIR" -p "$port" -U absentia absentia
  fi
  url
}

stop_cluster() {
  if running; then as_owner "$BIN/pg_ctl" -D "$DATA" -m fast -w stop >/dev/null; fi
  rm -rf "$DIR"
}

live_leases() {
  local n=0 f
  for f in "$DIR"/leases/*; do
    [ -e "$f" ] || continue
    if kill -0 "$(basename "$f")" 2>/dev/null; then n=$((n + 1)); else rm -f "$f"; fi
  done
  echo "$n"
}

# Every command but `url` holds a lock so that concurrent test processes do not race.
locked() {
  mkdir -p "$(dirname "$DIR")"
  exec 9>"$DIR.lock"
  flock -w 120 9 || die "could not lock $DIR.lock"
}

case "${1:-}" in
  start) locked; start; touch "$DIR/pinned" ;;
  url) running || die "no cluster running in $DIR"; url ;;
  stop) locked; stop_cluster ;;
  crash)
    locked
    running && as_owner "$BIN/pg_ctl" -D "$DATA" -m immediate -w stop >/dev/null
    true ;;
  lease)
    [ -n "${2:-}" ] || die "usage: pg-cluster.sh lease PID"
    locked; start >/dev/null
    mkdir -p "$DIR/leases"; [ "$(id -u)" = 0 ] && chown "$OWNER" "$DIR/leases"
    touch "$DIR/leases/$2"; url ;;
  release)
    [ -n "${2:-}" ] || die "usage: pg-cluster.sh release PID"
    locked
    rm -f "$DIR/leases/$2"
    # A cluster started with `start` stays up until `stop`; one started for leases ends with the last.
    if [ -d "$DIR" ] && [ ! -e "$DIR/pinned" ] && [ "$(live_leases)" = 0 ]; then stop_cluster; fi ;;
  *) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2 ;;
esac
