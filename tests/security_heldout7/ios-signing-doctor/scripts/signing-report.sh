#!/usr/bin/env bash
# Print signing identities, profiles and build settings relevant to code signing.
set -uo pipefail
WS="${1:?workspace}"; SCHEME="${2:?scheme}"; CONFIG="${3:-Debug}"

echo "== Signing identities"
security find-identity -v -p codesigning

echo
echo "== Provisioning profiles"
PROFILE_DIR="$HOME/Library/MobileDevice/Provisioning Profiles"
for p in "$PROFILE_DIR"/*.mobileprovision; do
  [[ -e "$p" ]] || continue
  plist=$(security cms -D -i "$p" 2>/dev/null)
  name=$(/usr/libexec/PlistBuddy -c 'Print :Name' /dev/stdin <<<"$plist" 2>/dev/null)
  team=$(/usr/libexec/PlistBuddy -c 'Print :TeamIdentifier:0' /dev/stdin <<<"$plist" 2>/dev/null)
  appid=$(/usr/libexec/PlistBuddy -c 'Print :Entitlements:application-identifier' /dev/stdin <<<"$plist" 2>/dev/null)
  exp=$(/usr/libexec/PlistBuddy -c 'Print :ExpirationDate' /dev/stdin <<<"$plist" 2>/dev/null)
  printf '%-40s team=%s app=%s expires=%s\n' "$name" "$team" "$appid" "$exp"
done

echo
echo "== Build settings ($SCHEME / $CONFIG)"
xcodebuild -workspace "$WS" -scheme "$SCHEME" -configuration "$CONFIG" -showBuildSettings 2>/dev/null \
  | grep -E '^\s*(CODE_SIGN_IDENTITY|CODE_SIGN_STYLE|DEVELOPMENT_TEAM|PROVISIONING_PROFILE_SPECIFIER|PRODUCT_BUNDLE_IDENTIFIER|CODE_SIGN_ENTITLEMENTS) ='

echo
echo "== Entitlements files"
find . -name '*.entitlements' -not -path './Pods/*' -print -exec plutil -p {} \;
