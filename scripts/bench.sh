#!/usr/bin/env bash
# Runs redis-benchmark against Respite and the real redis-server on this machine, alternating
# between them with the same flags for several rounds, and prints the median requests/s and
# p50/p99 latency of each test with the Respite/Redis ratio.
#
#   scripts/bench.sh [--rounds N] [--requests N] [--clients N] [--tests "set,get,..."] [--pipelines "1 16"]
#                    [--respite-args "--io-threads 2"] [--no-loadgen]
#
# After the redis-benchmark tests it runs examples/loadgen.rs for what redis-benchmark cannot
# drive: MULTI + 5 INCR + EXEC transactions per second at -c 50, and pub/sub fan-out (one
# publisher, 100 subscribers, messages delivered per second counting every subscriber's copy).
#
# Both servers run on loopback with persistence off. On a 2-core machine the client shares the
# cores with the server under test: compare ratios, not absolute figures.
set -euo pipefail
cd "$(dirname "$0")/.."

rounds=5 requests=200000 clients=50 tests="set,get,incr,mset,lpush,lpop,sadd,hset,zadd,lrange_100,lrange_600" pipelines="1 16"
respite_args="" loadgen=1
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) rounds=$2; shift 2 ;;
    --requests) requests=$2; shift 2 ;;
    --clients) clients=$2; shift 2 ;;
    --tests) tests=$2; shift 2 ;;
    --pipelines) pipelines=$2; shift 2 ;;
    --respite-args) respite_args=$2; shift 2 ;;
    --no-loadgen) loadgen=0; shift ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

command -v redis-benchmark >/dev/null || { echo "redis-benchmark is needed (apt-get install redis-tools)" >&2; exit 1; }
cargo build --release --quiet
cargo build --release --quiet --example loadgen
work=$(mktemp -d)
rport=$((20000 + RANDOM % 10000)); pport=$((rport + 1))
# shellcheck disable=SC2086 # extra arguments are split on purpose
target/release/respite-server --port "$rport" --bind 127.0.0.1 --save "" $respite_args >"$work/respite.log" 2>&1 &
rpid=$!
have_redis=0
if command -v redis-server >/dev/null; then
  redis-server --port "$pport" --bind 127.0.0.1 --save "" --appendonly no --dir "$work" >"$work/redis.log" 2>&1 &
  ppid=$!
  have_redis=1
fi
cleanup() { kill "$rpid" 2>/dev/null || true; [ $have_redis = 1 ] && kill "$ppid" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
sleep 0.5

# bench PORT PIPELINE TEST -> appends "test,rps,p50,p99" lines
bench() {
  redis-benchmark -h 127.0.0.1 -p "$1" -c "$clients" -n "$requests" -P "$2" -t "$3" -r 100000 --csv -q 2>/dev/null |
    tail -n +2 | tr -d '"' | awk -F, '{print $1","$2","$5","$7}'
}

# The two servers take turns test by test, so a burst of load from elsewhere on the machine
# hits both alike rather than one server's whole round; which one goes first alternates by
# round, so neither always runs right after the other.
for p in $pipelines; do
  : >"$work/respite.$p"; : >"$work/redis.$p"
  for ((i = 1; i <= rounds; i++)); do
    for t in ${tests//,/ }; do
      if ((i % 2 == 1)) || [ $have_redis = 0 ]; then
        bench "$rport" "$p" "$t" >>"$work/respite.$p"
        [ $have_redis = 1 ] && bench "$pport" "$p" "$t" >>"$work/redis.$p"
      else
        bench "$pport" "$p" "$t" >>"$work/redis.$p"
        bench "$rport" "$p" "$t" >>"$work/respite.$p"
      fi
    done
  done
done

median() { sort -g | awk '{a[NR]=$1} END {if (NR==0) print 0; else if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
col() { awk -F, -v t="$2" -v c="$3" '$1 == t {print $c}' "$1" | median; }

printf "%-28s %5s %12s %12s %7s %9s %9s %9s %9s\n" test P respite_rps redis_rps ratio r_p50 redis_p50 r_p99 redis_p99
for p in $pipelines; do
  cut -d, -f1 "$work/respite.$p" | awk '!seen[$0]++' >"$work/tests.$p"
  while IFS= read -r t; do
    rr=$(col "$work/respite.$p" "$t" 2); rp50=$(col "$work/respite.$p" "$t" 3); rp99=$(col "$work/respite.$p" "$t" 4)
    if [ $have_redis = 1 ]; then
      pr=$(col "$work/redis.$p" "$t" 2); pp50=$(col "$work/redis.$p" "$t" 3); pp99=$(col "$work/redis.$p" "$t" 4)
      ratio=$(awk -v a="$rr" -v b="$pr" 'BEGIN{ if (b>0) printf "%.2f", a/b; else print "-" }')
    else
      pr=- pp50=- pp99=- ratio=-
    fi
    printf "%-28s %5s %12s %12s %7s %9s %9s %9s %9s\n" "$t" "$p" "$rr" "$pr" "$ratio" "$rp50" "$pp50" "$rp99" "$pp99"
  done <"$work/tests.$p"
done

if [ $loadgen = 1 ]; then
  : >"$work/respite.loadgen"; : >"$work/redis.loadgen"
  for ((i = 1; i <= rounds; i++)); do
    for mode in tx fanout; do
      target/release/examples/loadgen "$mode" --port "$rport" --seconds 3 >>"$work/respite.loadgen"
      [ $have_redis = 1 ] && target/release/examples/loadgen "$mode" --port "$pport" --seconds 3 >>"$work/redis.loadgen"
    done
  done
  for t in tx fanout; do
    rr=$(col "$work/respite.loadgen" "$t" 2)
    if [ $have_redis = 1 ]; then
      pr=$(col "$work/redis.loadgen" "$t" 2)
      ratio=$(awk -v a="$rr" -v b="$pr" 'BEGIN{ if (b>0) printf "%.2f", a/b; else print "-" }')
    else
      pr=- ratio=-
    fi
    label=$([ "$t" = tx ] && echo "MULTI+5xINCR+EXEC (tx/s)" || echo "fan-out 1->100 (msg/s)")
    printf "%-28s %5s %12s %12s %7s\n" "$label" - "$rr" "$pr" "$ratio"
  done
fi
echo "(medians of $rounds rounds; -c $clients -n $requests -r 100000; Respite args: '${respite_args}'; $(nproc) cores shared by client and server)"
