#!/usr/bin/env bash
# Charging platform benchmark: status ingest through the gateway (lists of 1,000 and single reports), with memory.
# Usage: bench/charging.sh [seconds] [concurrent clients]   (default 20 4; stop ./suite first)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests -pl bench,gateway,key-issuance-service,charging-platform-service -am package
exec java -Dbench.root="$(pwd)" -cp "bench/target/bench.jar:bench/target/bench-lib/*" kr.openapi.bench.ChargingBenchmark "$@"
