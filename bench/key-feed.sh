#!/usr/bin/env bash
# Key feed benchmark: key-issuance-service serving the gateway a snapshot of N keys (default 100000).
# Usage: bench/key-feed.sh [keys] [rounds]     (stop ./suite first: the service takes port 8081)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests -pl bench,key-issuance-service -am package
exec java -Dbench.root="$(pwd)" -cp "bench/target/bench.jar:bench/target/bench-lib/*" kr.openapi.bench.KeyFeedBenchmark "$@"
