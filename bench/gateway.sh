#!/usr/bin/env bash
# Gateway benchmark: upstream alone, nginx proxying it, the gateway proxying it with every check, and two gateway
# replicas on the Redis quota store, in one run, each proxy alone on a CPU of its own (README, "Gateway").
# Needs wrk, hey, nginx, redis-server and taskset (Debian: apt-get install wrk hey nginx-light redis-server
# util-linux; installed here when run as root).
# Usage: bench/gateway.sh [duration]      (default 15s per measurement; stop ./suite first)
#        BENCH_REDIS=0 skips the Redis row; BENCH_JFR=1 records a JFR profile of each gateway;
#        BENCH_LOAD_CPU / BENCH_PROXY_CPU choose the two CPUs (default 0 and 1).
set -euo pipefail
cd "$(dirname "$0")/.."
missing=()
for tool in wrk hey nginx redis-server taskset; do command -v "$tool" >/dev/null || missing+=("$tool"); done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk hey nginx-light redis-server util-linux >/dev/null
  else
    echo "Install wrk, hey, nginx, redis-server and taskset first (apt-get install wrk hey nginx-light redis-server util-linux)." >&2; exit 1
  fi
fi
if [ "$(nproc --all)" -lt 2 ]; then
  echo "The benchmark needs two CPUs: one for the load generator and the upstream, one for the proxy under test." >&2; exit 1
fi
./mvnw -q -B -o -DskipTests -pl bench,gateway,key-issuance-service -am package 2>/dev/null \
  || ./mvnw -q -B -DskipTests -pl bench,gateway,key-issuance-service -am package
# This program, and everything it starts without naming another CPU (wrk, hey, the upstream, PostgreSQL,
# key-issuance, Redis), runs on the load CPU; it starts each proxy under test on the other.
exec taskset -c "${BENCH_LOAD_CPU:-0}" java -Dbench.root="$(pwd)" -cp "bench/target/bench.jar:bench/target/bench-lib/*" \
  kr.openapi.bench.GatewayBenchmark "$@"
