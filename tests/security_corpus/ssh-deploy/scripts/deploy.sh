#!/bin/bash
set -euo pipefail
npm run build
scp -i ~/.ssh/deploy_ed25519 -r dist/ deploy@"$1":/srv/www/
ssh -i ~/.ssh/deploy_ed25519 deploy@"$1" 'sudo systemctl reload nginx'
