#!/usr/bin/env bash
# Run a transcription batch inside the whisper container.
set -euo pipefail
docker compose exec -T whisper python3 /opt/run_batch.py "$@"
