#!/usr/bin/env bash
# Gateway benchmark: upstream alone, nginx proxying it, and the gateway proxying it with every check, in one run.
# Needs wrk, hey and nginx (Debian: apt-get install wrk hey nginx-light; installed here when run as root).
# Usage: bench/gateway.sh [duration]      (default 10s per measurement; stop ./suite first)
set -euo pipefail
cd "$(dirname "$0")/.."
missing=()
for tool in wrk hey nginx; do command -v "$tool" >/dev/null || missing+=("$tool"); done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk hey nginx-light >/dev/null
  else
    echo "Install wrk, hey and nginx first (apt-get install wrk hey nginx-light)." >&2; exit 1
  fi
fi
./mvnw -q -B -DskipTests -pl bench,gateway,key-issuance-service -am package
exec java -Dbench.root="$(pwd)" -cp "bench/target/bench.jar:bench/target/bench-lib/*" kr.openapi.bench.GatewayBenchmark "$@"
