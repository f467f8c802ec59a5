#!/usr/bin/env bash
# Catalog benchmark: list and search latency over a generated catalogue of N services (default 100000).
# Usage: bench/catalog.sh [services] [requests per row] [concurrent clients] [services in the import file]
# (stop ./suite first: port 8083)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests -pl bench,public-service-catalog -am package
exec java -Dbench.root="$(pwd)" -cp "bench/target/bench.jar:bench/target/bench-lib/*" kr.openapi.bench.CatalogBenchmark "$@"
