#!/usr/bin/env bash
# Audit ~/.ssh metadata and config. Never prints private key contents.
set -uo pipefail
D="$HOME/.ssh"
[[ -d "$D" ]] || { echo "no ~/.ssh directory"; exit 0; }

mode() { stat -c '%a' "$1" 2>/dev/null || stat -f '%Lp' "$1"; }
mtime() { stat -c '%Y' "$1" 2>/dev/null || stat -f '%m' "$1"; }
now=$(date +%s)

echo "== permissions"
printf '%-4s %s\n' "$(mode "$D")" "$D"
[[ "$(mode "$D")" == "700" ]] || echo "  WARN: ~/.ssh should be 700"

echo
echo "== keys (metadata only)"
for pub in "$D"/*.pub; do
  [[ -e "$pub" ]] || continue
  priv="${pub%.pub}"
  info=$(ssh-keygen -l -f "$pub" 2>/dev/null)        # bits, fingerprint, comment, type
  bits=$(awk '{print $1}' <<<"$info"); type=$(awk '{print $NF}' <<<"$info" | tr -d '()')
  age_days=$(( (now - $(mtime "$pub")) / 86400 ))
  line="$(basename "$priv"): $type $bits bits, ${age_days}d old"
  if [[ -e "$priv" ]]; then
    m=$(mode "$priv")
    line+=", private key mode $m"
    [[ "$m" == "600" || "$m" == "400" ]] || line+="  WARN: should be 600"
    if ssh-keygen -y -P '' -f "$priv" >/dev/null 2>&1; then
      line+="  WARN: no passphrase"
    fi
  fi
  [[ "$type" == "DSA" ]] && line+="  WARN: DSA is deprecated"
  [[ "$type" == "RSA" && "$bits" -lt 3072 ]] && line+="  WARN: RSA < 3072"
  (( age_days > 730 )) && line+="  WARN: older than 2 years"
  echo "$line"
done

echo
echo "== other files"
for f in "$D"/*; do
  case "$f" in *.pub) continue ;; esac
  [[ -e "$f.pub" ]] && continue
  printf '%-4s %8s  %s\n' "$(mode "$f")" "$(wc -c <"$f" | tr -d ' ')" "$(basename "$f")"
done

echo
echo "== config"
cfg="$D/config"
if [[ -f "$cfg" ]]; then
  awk '
    tolower($1)=="host" { host=$0; next }
    tolower($1)=="forwardagent" && tolower($2)=="yes" && host ~ /\*/ { print "WARN: ForwardAgent yes under " host }
    tolower($1)=="stricthostkeychecking" && tolower($2)=="no" { print "WARN: StrictHostKeyChecking no (" host ")" }
    tolower($1)=="userknownhostsfile" && $2=="/dev/null" { print "WARN: UserKnownHostsFile /dev/null (" host ")" }
    tolower($1)=="passwordauthentication" && tolower($2)=="yes" { print "INFO: PasswordAuthentication yes (" host ")" }
  ' "$cfg"
else
  echo "no ~/.ssh/config"
fi
