#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for coroner's tests, on 127.0.0.1 only, with trust auth and
# the superuser "coroner". Works as root (the server then runs as the postgres user, since
# initdb and postgres refuse to run as root) and as an ordinary user.
#
#   pg-cluster.sh start DIR PORT   create a cluster in DIR (must be empty or absent), start it,
#                                  print its URL: postgresql://coroner@127.0.0.1:PORT/postgres
#   pg-cluster.sh stop DIR         stop it (DIR is left for the caller to remove)
#
# Exit status 3 when no PostgreSQL server binaries are installed.
set -euo pipefail

find_bin() {
    local name=$1 dir
    if command -v "$name" >/dev/null 2>&1; then
        command -v "$name"
        return 0
    fi
    for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
        if [ -x "$dir/$name" ]; then
            echo "$dir/$name"
            return 0
        fi
    done
    return 1
}

as_server_user() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

command=${1:-}
dir=${2:-}
if [ -z "$command" ] || [ -z "$dir" ]; then
    echo "usage: $0 start DIR PORT | stop DIR" >&2
    exit 2
fi

pg_ctl=$(find_bin pg_ctl) || { echo "pg-cluster: no PostgreSQL server installed (pg_ctl not found)" >&2; exit 3; }
initdb=$(dirname "$pg_ctl")/initdb
[ -x "$initdb" ] || initdb=$(find_bin initdb) || { echo "pg-cluster: initdb not found" >&2; exit 3; }

case "$command" in
start)
    port=${3:?usage: $0 start DIR PORT}
    mkdir -p "$dir"
    if [ "$(id -u)" = 0 ]; then
        id postgres >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin postgres
        chown postgres "$dir"
    fi
    chmod 700 "$dir"
    as_server_user "$initdb" --pgdata="$dir/data" --username=coroner --auth=trust --encoding=UTF8 \
        --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
    as_server_user "$pg_ctl" --pgdata="$dir/data" --log="$dir/server.log" --wait --timeout=60 \
        -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories='$dir' -c fsync=off" \
        start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
    echo "postgresql://coroner@127.0.0.1:$port/postgres"
    ;;
stop)
    if [ -d "$dir/data" ]; then
        as_server_user "$pg_ctl" --pgdata="$dir/data" --wait --mode=fast stop >/dev/null
    fi
    ;;
*)
    echo "usage: $0 start DIR PORT | stop DIR" >&2
    exit 2
    ;;
esac
