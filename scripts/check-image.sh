#!/usr/bin/env bash
# Builds the Löftesbot image with the first container engine found (podman, buildah, or docker with
# a running daemon) and checks it: non-root user, a HEALTHCHECK, and a container that answers
# /healthz and /readyz and stops cleanly on SIGTERM.
#
# Exit codes: 0 built and checked · 1 build or check failed · 2 no container engine here ·
# 3 a base image is neither in local storage nor pullable (e.g. no access to a registry).
# Set IMAGE_TAG to name the image (default loftesbot:check), KEEP_IMAGE=1 to keep it.
set -euo pipefail
cd "$(dirname "$0")/.."
tag="${IMAGE_TAG:-loftesbot:check}"

engine=""
if command -v podman >/dev/null 2>&1; then
  engine=podman
elif command -v buildah >/dev/null 2>&1; then
  engine=buildah
elif command -v docker >/dev/null 2>&1 && docker info >/dev/null 2>&1; then
  engine=docker
fi
if [ -z "$engine" ]; then
  if command -v docker >/dev/null 2>&1; then
    echo "check-image: docker is installed but its daemon is not reachable; no podman or buildah either."
  else
    echo "check-image: no container engine (podman, buildah or docker) on this machine."
  fi
  echo "check-image: on Debian/Ubuntu: apt-get install podman (daemonless, works as root or rootless)."
  exit 2
fi
echo "check-image: using $engine ($($engine --version | head -1))"

image_exists() {
  case "$engine" in
    podman) podman image exists "$1" ;;
    buildah) buildah inspect --type image "$1" >/dev/null 2>&1 ;;
    docker) docker image inspect "$1" >/dev/null 2>&1 ;;
  esac
}

# The base images, pulled up front so a missing registry is reported as such, not as a build error.
for base in $(awk 'toupper($1) == "FROM" { print $2 }' Dockerfile | sort -u); do
  image_exists "$base" && continue
  if ! out=$($engine pull "$base" 2>&1); then
    echo "check-image: base image $base is not in local storage and cannot be pulled:"
    echo "$out" | tail -2 | sed 's/^/  /'
    echo "check-image: the image was NOT built. Mirror $base into a reachable registry (or load it"
    echo "  with '$engine load'), then run this script again."
    exit 3
  fi
done

case "$engine" in
  buildah) buildah bud --format docker -t "$tag" . ;;
  podman) podman build --format docker -t "$tag" . ;;
  docker) docker build -t "$tag" . ;;
esac

inspect() { $engine inspect --format "$1" "$tag" 2>/dev/null || $engine inspect --type image --format "$1" "$tag"; }
user=$(inspect '{{.Config.User}}')
health=$(inspect '{{json .Config.Healthcheck}}')
[ -n "$user" ] && [ "$user" != "root" ] && [ "$user" != "0" ] || { echo "check-image: the image runs as root"; exit 1; }
[ "$health" != "null" ] && [ -n "$health" ] || { echo "check-image: the image has no HEALTHCHECK"; exit 1; }
echo "check-image: user $user, healthcheck $health"

if [ "$engine" = buildah ]; then
  echo "check-image: built $tag (buildah cannot run it; run it with podman or docker to smoke-test)."
  exit 0
fi

port=$((20000 + RANDOM % 20000))
name="loftesbot-check-$$"
$engine run -d --name "$name" -p "127.0.0.1:$port:3978" -e TEAMS_LOCAL=1 -e LOG_LEVEL=info "$tag" >/dev/null
cleanup() {
  $engine rm -f "$name" >/dev/null 2>&1 || true
  [ "${KEEP_IMAGE:-0}" = 1 ] || $engine rmi "$tag" >/dev/null 2>&1 || true
}
trap cleanup EXIT
ready=""
for _ in $(seq 1 60); do
  if curl -fsS "http://127.0.0.1:$port/readyz" >/dev/null 2>&1; then ready=1; break; fi
  sleep 0.5
done
[ -n "$ready" ] || { echo "check-image: the container did not become ready"; $engine logs "$name" | tail -20; exit 1; }
curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null
$engine stop -t 20 "$name" >/dev/null
code=$($engine inspect --format '{{.State.ExitCode}}' "$name")
[ "$code" = 0 ] || { echo "check-image: the container exited $code on SIGTERM"; $engine logs "$name" | tail -20; exit 1; }
echo "check-image: $tag built; /healthz and /readyz answered; SIGTERM stopped it with exit code 0."
