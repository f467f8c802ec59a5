#!/usr/bin/env bash
# Driver insurance benchmark: insDriver and findInsurance of 1,000 drivers through the gateway, and tokens per second.
# Usage: bench/driver.sh [rounds] [seconds of token calls] [concurrent clients]   (default 30 10 4; stop ./suite first)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests -pl bench,gateway,key-issuance-service,driver-insurance-service -am package
exec java -Dbench.root="$(pwd)" -cp "bench/target/bench.jar:bench/target/bench-lib/*" kr.openapi.bench.DriverBenchmark "$@"
