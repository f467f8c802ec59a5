#!/usr/bin/env bash
# Smoke test of the packaged services: builds every service as a native executable where GraalVM/Mandrel's
# native-image is installed (./mvnw package -Dnative), otherwise says so and uses the JVM runner jars; starts all six
# on an embedded PostgreSQL (production profile, ports 28080-28085), checks readiness and one real endpoint per
# service through the gateway, and prints each one's start time and resident memory. Exit code 0 when all pass.
#   deploy/native-smoke.sh              build what is needed, then run the checks
#   SMOKE_SKIP_BUILD=1 deploy/native-smoke.sh   use the JVM jars ./mvnw verify (or package) already built (.ci/run
#                                               does); native executables are always built
set -euo pipefail
cd "$(dirname "$0")/.."
services=gateway,key-issuance-service,vehicle-consent-service,public-service-catalog,driver-insurance-service,charging-platform-service

if command -v native-image >/dev/null 2>&1 || [ -x "${GRAALVM_HOME:-/nonexistent}/bin/native-image" ]; then
  mode=native
  echo "native-image found: building native executables (several minutes per service)..."
  ./mvnw -B -q package -Dnative -DskipTests -pl "$services" -am
  ./mvnw -B -q package -DskipTests -pl bench -am
else
  mode=jvm
  echo "No GraalVM/Mandrel native-image on this machine: running the same smoke checks on the JVM runner jars."
  [ -n "${SMOKE_SKIP_BUILD:-}" ] || ./mvnw -B -q package -DskipTests -pl "bench,$services" -am
fi
exec java -Dbench.root="$(pwd)" -cp "bench/target/bench.jar:bench/target/bench-lib/*" kr.openapi.bench.SmokeCheck "$mode"
