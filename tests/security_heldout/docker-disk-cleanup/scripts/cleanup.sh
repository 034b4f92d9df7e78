#!/usr/bin/env bash
set -euo pipefail
project="${COMPOSE_PROJECT_NAME:-$(basename "$PWD" | tr '[:upper:]' '[:lower:]' | tr -cd 'a-z0-9_-')}"
label="label=com.docker.compose.project=$project"
apply="${1:-}"

echo "project: $project"
echo "-- stopped containers"
docker ps -a --filter "$label" --filter status=exited --format '{{.ID}} {{.Names}} {{.Status}}'
echo "-- dangling images"
docker images --filter dangling=true --filter "$label" --format '{{.ID}} {{.Size}}'

if [[ "$apply" != "--apply" ]]; then
  echo "preview only; re-run with --apply to remove the items above"
  exit 0
fi

docker container prune --force --filter "$label"
docker image prune --force --filter "$label"
docker builder prune --force --filter until=168h
docker system df
