#!/usr/bin/env bash
# Builds the Löftesbot image with the first container engine found (podman, buildah, or docker with
# a running daemon) and checks it: non-root user, a HEALTHCHECK, and a container that answers
# /healthz and /readyz and stops cleanly on SIGTERM.
#
# Exit codes: 0 built and checked · 1 build or check failed · 2 no container engine here ·
# 3 a base image is neither in local storage nor pullable (e.g. no access to a registry) ·
# 4 built and inspected, but this machine cannot run containers (then, with buildah, the image's files
#   are smoke-tested in chroot isolation instead, which the output says).
# Set IMAGE_TAG to name the image (default loftesbot:check), KEEP_IMAGE=1 to keep it, and
# ISOLATION=chroot where RUN steps cannot start an OCI runtime (sandboxes without rlimit rights).
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
  buildah) buildah bud ${ISOLATION:+--isolation "$ISOLATION"} --format docker -t "$tag" . ;;
  podman) podman build ${ISOLATION:+--isolation "$ISOLATION"} --format docker -t "$tag" . ;;
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
cleanup() {
  $engine rm -f "$name" >/dev/null 2>&1 || true
  [ "${KEEP_IMAGE:-0}" = 1 ] || $engine rmi "$tag" >/dev/null 2>&1 || true
}
trap cleanup EXIT
# Where the OCI runtime may not start containers (sandboxes without rlimit rights), buildah's chroot
# isolation still runs the image's files as its user, on the host's network.
smoke_in_chroot() {
  command -v buildah >/dev/null 2>&1 || return 1
  local ctr log pid="" code
  ctr=$(buildah from -q "$tag") || return 1
  log=$(mktemp)
  buildah run --isolation chroot --user "$user" --env TEAMS_LOCAL=1 --env PORT="$port" "$ctr" \
    -- node bin/loftesbot.js start >"$log" 2>&1 &
  local runner=$!
  for _ in $(seq 1 60); do
    curl -fsS "http://127.0.0.1:$port/readyz" >/dev/null 2>&1 && break
    sleep 0.5
  done
  curl -fsS "http://127.0.0.1:$port/readyz" >/dev/null && curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null || {
    echo "check-image: the image did not become ready (chroot isolation):"; tail -5 "$log"
    kill "$runner" 2>/dev/null; buildah rm "$ctr" >/dev/null; return 2
  }
  # The bot's own process is the one listening on the port.
  pid=$(ss -ltnpH "sport = :$port" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
  kill -TERM "$pid"
  wait "$runner"; code=$?
  buildah rm "$ctr" >/dev/null
  grep -q '"msg":"stopped"' "$log" && [ "$code" = 0 ] || { echo "check-image: SIGTERM did not stop it cleanly ($code)"; tail -5 "$log"; return 2; }
  rm -f "$log"
}

# Teams with made-up credentials, not TEAMS_LOCAL: local mode listens on the container's loopback only,
# which a published port cannot reach. Nothing here sends a token, so no request is ever accepted.
if ! out=$($engine run -d --name "$name" -p "127.0.0.1:$port:3978" -e CLIENT_ID=00000000-0000-0000-0000-0000000c1eck \
  -e CLIENT_SECRET=check-image-not-a-secret -e LOG_LEVEL=info "$tag" 2>&1); then
  echo "check-image: $tag built and inspected, but this machine cannot run containers:"
  echo "$out" | tail -1 | sed 's/^/  /'
  set +e
  smoke_in_chroot
  smoke=$?
  set -e
  case "$smoke" in
    0) echo "check-image: in buildah's chroot isolation as $user: /readyz and /healthz answered; SIGTERM stopped it with exit code 0." ;;
    2) exit 1 ;;
  esac
  exit 4
fi
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
