#!/usr/bin/env bash
set -euo pipefail
echo "== Signing identities =="
security find-identity -v -p codesigning
echo
echo "== Provisioning profiles =="
for p in "$HOME/Library/MobileDevice/Provisioning Profiles/"*.mobileprovision; do
  [ -e "$p" ] || continue
  plist=$(security cms -D -i "$p" 2>/dev/null)
  name=$(/usr/libexec/PlistBuddy -c 'Print :Name' /dev/stdin <<<"$plist")
  app=$(/usr/libexec/PlistBuddy -c 'Print :Entitlements:application-identifier' /dev/stdin <<<"$plist")
  exp=$(/usr/libexec/PlistBuddy -c 'Print :ExpirationDate' /dev/stdin <<<"$plist")
  printf '%s\n  app: %s\n  expires: %s\n' "$name" "$app" "$exp"
done
