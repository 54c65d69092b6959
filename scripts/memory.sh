#!/usr/bin/env bash
# Loads the same data set into Respite and into the real redis-server (fresh servers each time)
# and prints the resident memory (VmRSS) of both, before and after loading.
#
#   scripts/memory.sh [--count N]
#
# Data sets (issue 3's memory bar): N hashes of 10 small fields, N sets of 10 small integers,
# N sorted sets of 10 members, and N short strings for reference.
set -euo pipefail
cd "$(dirname "$0")/.."
count=100000
while [ $# -gt 0 ]; do
  case "$1" in
    --count) count=$2; shift 2 ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
command -v redis-server >/dev/null || { echo "redis-server is needed (apt-get install redis-server)" >&2; exit 1; }
cargo build --release --quiet
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

gen() { # gen KIND -> RESP commands on stdout
  python3 - "$1" "$count" <<'PY'
import sys
kind, n = sys.argv[1], int(sys.argv[2])
out = sys.stdout.buffer
def cmd(*args):
    parts = [b"*%d\r\n" % len(args)]
    for a in args:
        a = a if isinstance(a, bytes) else str(a).encode()
        parts.append(b"$%d\r\n%s\r\n" % (len(a), a))
    out.write(b"".join(parts))
for i in range(n):
    if kind == "hash":
        args = []
        for f in range(10):
            args += [f"field{f}", f"value{f}"]
        cmd("HSET", f"hash:{i}", *args)
    elif kind == "set":
        cmd("SADD", f"set:{i}", *[str(i * 10 + m) for m in range(10)])
    elif kind == "zset":
        args = []
        for m in range(10):
            args += [str(m), f"member{m}"]
        cmd("ZADD", f"zset:{i}", *args)
    elif kind == "string":
        cmd("SET", f"key:{i}", f"value:{i}")
PY
}

rss_kb() { awk '/VmRSS/ {print $2}' "/proc/$1/status"; }

measure() { # measure NAME CMD... -> "rss_before rss_after"
  local port=$((30000 + RANDOM % 20000)) kind=$1; shift
  "$@" --port "$port" --bind 127.0.0.1 --save "" >"$work/log" 2>&1 &
  local pid=$!
  for _ in $(seq 50); do redis-cli -p "$port" ping >/dev/null 2>&1 && break; sleep 0.1; done
  local before; before=$(rss_kb "$pid")
  gen "$kind" | redis-cli -p "$port" --pipe >/dev/null
  sleep 0.5
  local after; after=$(rss_kb "$pid")
  local keys; keys=$(redis-cli -p "$port" dbsize)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "$before $after $keys"
}

printf "%-8s %8s %14s %14s %14s %14s\n" kind keys respite_rss_kb redis_rss_kb respite_delta redis_delta
for kind in hash set zset string; do
  read -r rb ra rk < <(measure "$kind" target/release/respite-server)
  read -r pb pa pk < <(measure "$kind" redis-server --appendonly no)
  printf "%-8s %8s %14s %14s %14s %14s\n" "$kind" "$rk" "$ra" "$pa" "$((ra - rb))" "$((pa - pb))"
done
echo "(VmRSS after loading $count keys of each kind into a fresh server; delta = after - before)"
