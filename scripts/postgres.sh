# A throwaway PostgreSQL cluster on a free loopback port, for tests and benchmarks.
# Source this file, then: pg_start (sets PG_CONN) ... pg_stop. initdb refuses root, so the cluster
# belongs to the postgres user when run as root. Installs Debian's postgresql when it is missing.

pg_start() {
  PG_BIN=""
  for d in /usr/lib/postgresql/*/bin; do [ -x "$d/initdb" ] && PG_BIN=$d; done
  if [ -z "$PG_BIN" ]; then
    echo "installing postgresql (its server binaries are required)" >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null) || { echo "could not install postgresql" >&2; return 1; }
    for d in /usr/lib/postgresql/*/bin; do [ -x "$d/initdb" ] && PG_BIN=$d; done
  fi
  PG_DIR=$(mktemp -d /tmp/councils-pg.XXXXXX)
  chmod 755 "$PG_DIR"
  if [ "$(id -u)" = 0 ]; then chown postgres "$PG_DIR"; fi
  local port
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null || echo 55432)
  _pg "$PG_BIN/initdb -D '$PG_DIR/data' -U postgres -A trust -E UTF8 --no-locale" >"$PG_DIR/initdb.log" 2>&1 \
    || { cat "$PG_DIR/initdb.log" >&2; return 1; }
  _pg "$PG_BIN/pg_ctl -D '$PG_DIR/data' -l '$PG_DIR/server.log' -w -o \"-p $port -k '$PG_DIR' -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=on\" start" >/dev/null \
    || { cat "$PG_DIR/server.log" >&2; return 1; }
  PG_CONN="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres;Pooling=true;Maximum Pool Size=100"
}

pg_stop() {
  [ -n "${PG_DIR:-}" ] || return 0
  _pg "$PG_BIN/pg_ctl -D '$PG_DIR/data' -m immediate stop" >/dev/null 2>&1
  rm -rf "$PG_DIR"
}

_pg() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi; }
