#!/usr/bin/env bash
# Builds the six service images with Docker or Podman and pushes them, named as the Helm chart expects:
#   <registry>/openapi-platform/<service>:<version>
#   deploy/build-images.sh registry.example.org [--native] [--push]
# --native builds Dockerfile.native (needs GraalVM/Mandrel's native-image, or add
# -Dquarkus.native.container-build=true to the Maven line where a container engine runs the builder).
# Without --push the images stay local. Nothing in CI calls this: no registry is reachable from the build machines.
set -euo pipefail
cd "$(dirname "$0")/.."
registry=${1:?usage: deploy/build-images.sh <registry> [--native] [--push]}
shift
kind=jvm push=
for arg in "$@"; do
  case "$arg" in
    --native) kind=native ;;
    --push) push=1 ;;
    *) echo "unknown option $arg" >&2; exit 2 ;;
  esac
done
engine=$(command -v docker || command -v podman || true)
[ -n "$engine" ] || { echo "Neither docker nor podman is installed." >&2; exit 1; }
version=$(./mvnw -q help:evaluate -Dexpression=project.version -DforceStdout)
services=(gateway key-issuance-service vehicle-consent-service public-service-catalog driver-insurance-service charging-platform-service)

if [ "$kind" = native ]; then
  ./mvnw -B package -Dnative -DskipTests -pl "$(IFS=,; echo "${services[*]}")" -am
else
  ./mvnw -B package -DskipTests -pl "$(IFS=,; echo "${services[*]}")" -am
fi
for service in "${services[@]}"; do
  image="$registry/openapi-platform/$service:$version"
  "$engine" build -f "$service/src/main/docker/Dockerfile.$kind" -t "$image" "$service"
  [ -z "$push" ] || "$engine" push "$image"
  echo "$image"
done
