#!/usr/bin/env bash
# Public EV charger API over 500,000 connectors (getChargerNearby, getChargerStatus through the gateway), then the
# callback fan-out to 1,000 operators, one of them never answering.
# Usage: bench/ev.sh [seconds per query] [concurrent clients]   (default 15 2; stop ./suite first)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests -pl bench,gateway,key-issuance-service,charging-platform-service -am package
exec java -Dbench.root="$(pwd)" -cp "bench/target/bench.jar:bench/target/bench-lib/*" kr.openapi.bench.EvBenchmark "$@"
