#!/usr/bin/env bash
# Check TLS certificates for each host:port in a file and print a sorted report.
set -uo pipefail
HOSTS_FILE="${1:?hosts file}"
WARN_DAYS="${WARN_DAYS:-30}"
OUT="cert-report.tsv"
now=$(date +%s)
: > "$OUT"

while read -r line; do
  [[ -z "$line" || "$line" == \#* ]] && continue
  host="${line%%:*}"; port="${line##*:}"; [[ "$port" == "$line" ]] && port=443
  raw=$(echo | timeout 10 openssl s_client -connect "$host:$port" -servername "$host" \
        -verify_hostname "$host" -status 2>&1)
  cert=$(sed -n '/-----BEGIN CERTIFICATE-----/,/-----END CERTIFICATE-----/p' <<<"$raw" | head -n 200)
  if [[ -z "$cert" ]]; then
    printf '%s\t%s\t%s\t%s\n' "-1" "$host:$port" "error" "no certificate (connect failed)" >> "$OUT"
    continue
  fi
  end=$(openssl x509 -noout -enddate <<<"$cert" | cut -d= -f2)
  days=$(( ( $(date -d "$end" +%s) - now ) / 86400 ))
  notes=()
  sev="ok"
  (( days < WARN_DAYS )) && { sev="warn"; notes+=("expires in ${days}d"); }
  (( days < 7 )) && sev="error"
  vr=$(grep -o 'Verify return code: [0-9]*' <<<"$raw" | awk '{print $4}')
  case "$vr" in
    0) ;;
    20|21) sev="error"; notes+=("missing intermediate") ;;
    62) sev="error"; notes+=("hostname mismatch") ;;
    *) sev="error"; notes+=("verify code $vr") ;;
  esac
  text=$(openssl x509 -noout -text <<<"$cert")
  bits=$(grep -o 'Public-Key: ([0-9]*' <<<"$text" | grep -o '[0-9]*')
  if grep -q 'rsaEncryption' <<<"$text" && (( bits < 2048 )); then notes+=("RSA ${bits}"); [[ $sev == ok ]] && sev=warn; fi
  grep -q 'sha1WithRSA' <<<"$text" && { sev="error"; notes+=("SHA-1 signature"); }
  grep -q 'OCSP Response Status: successful' <<<"$raw" || notes+=("no OCSP stapling")
  printf '%s\t%s\t%s\t%s\n' "$days" "$host:$port" "$sev" "$(IFS=';'; echo "${notes[*]}")" >> "$OUT"
done < "$HOSTS_FILE"

sort -n "$OUT" | column -t -s $'\t'
