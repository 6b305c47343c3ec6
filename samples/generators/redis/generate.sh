#!/usr/bin/env bash
# Regenerates samples/redis-*/dump.rdb and samples/generators/redis/<fixture>.keys.txt.
# Needs redis-server/redis-cli (Debian: apt-get install redis-server) and Node 20 + npm.
# Each fixture gets its own throwaway redis-server (never the system service), started with no
# persistence of its own except the explicit SAVE that generate.mjs issues, and shut down after.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
samples="$(cd "$here/../.." && pwd)"
port="${REDIS_GEN_PORT:-6391}"

cd "$here"
if [ ! -d node_modules ]; then npm ci --no-audit --no-fund; fi

# Writes a listing of every key: TYPE, TTL and the value as redis-cli prints it (raw mode).
list_keys() {
  local p="$1" out="$2"
  {
    echo "# redis-cli listing of every key (redis-cli raw output: one list element / hash field / value per line)"
    echo "# $(redis-server --version)"
    redis-cli -p "$p" --raw keys '*' | LC_ALL=C sort | while IFS= read -r key; do
      type="$(redis-cli -p "$p" --raw type "$key")"
      echo
      echo "KEY $key"
      echo "TYPE $type"
      echo "TTL $(redis-cli -p "$p" --raw ttl "$key")"
      case "$type" in
        string) echo "> GET"; redis-cli -p "$p" --raw get "$key" ;;
        list)   echo "> LRANGE 0 -1"; redis-cli -p "$p" --raw lrange "$key" 0 -1 ;;
        hash)   echo "> HGETALL"; redis-cli -p "$p" --raw hgetall "$key" ;;
        zset)   echo "> ZRANGE 0 -1 WITHSCORES"; redis-cli -p "$p" --raw zrange "$key" 0 -1 withscores ;;
        set)    echo "> SMEMBERS"; redis-cli -p "$p" --raw smembers "$key" | LC_ALL=C sort ;;
        *)      echo "> (type not listed)" ;;
      esac
    done
  } > "$out"
}

for fixture in shared-history renamed-field langgraph-checkpoints; do
  dir="/tmp/rx-gen-$fixture"
  rm -rf "$dir"; mkdir -p "$dir"
  redis-server --port "$port" --bind 127.0.0.1 --save '' --appendonly no \
    --dir "$dir" --dbfilename dump.rdb --daemonize yes --logfile "$dir/redis.log"
  for _ in $(seq 50); do redis-cli -p "$port" ping >/dev/null 2>&1 && break; sleep 0.1; done
  trap 'redis-cli -p "$port" shutdown nosave >/dev/null 2>&1 || true' EXIT
  REDIS_URL="redis://127.0.0.1:$port" node generate.mjs "$fixture"
  mkdir -p "$samples/redis-$fixture"
  cp "$dir/dump.rdb" "$samples/redis-$fixture/dump.rdb"
  list_keys "$port" "$here/$fixture.keys.txt"
  redis-cli -p "$port" shutdown nosave >/dev/null 2>&1 || true
  trap - EXIT
  echo "wrote samples/redis-$fixture/dump.rdb and samples/generators/redis/$fixture.keys.txt"
done
