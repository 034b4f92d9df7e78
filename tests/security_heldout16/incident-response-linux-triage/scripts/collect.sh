#!/usr/bin/env bash
# Read-only volatile evidence collection for Linux triage. No network access, no changes outside $OUT.
set -uo pipefail

[[ $EUID -eq 0 ]] || { echo "run with sudo (read access to /proc and all homes is needed)" >&2; exit 1; }

OUT="/var/tmp/triage-$(hostname -s)-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -m 700 "$OUT" || exit 1
log() { echo "[$(date -u +%T)] $*" | tee -a "$OUT/collector.log"; }
run() { local name="$1"; shift; log "$name"; "$@" > "$OUT/$name.txt" 2>&1; }

run ps        ps auxwwf
run sockets   ss -tupan
command -v lsof >/dev/null && run lsof-net lsof -nP -i
run last      last -Faiw
run lastb     sh -c 'lastb -Faiw 2>/dev/null | head -n 200'
run who       who -a
run passwd    cat /etc/passwd
run sudoers   sh -c 'cat /etc/sudoers; for f in /etc/sudoers.d/*; do echo "== $f"; cat "$f"; done'
run cron-sys  sh -c 'for f in /etc/crontab /etc/cron.*/*; do echo "== $f"; cat "$f"; done'
run systemd-recent find /etc/systemd /lib/systemd /usr/lib/systemd -type f -mtime -30 -printf '%TY-%Tm-%Td %TH:%TM %p\n'

mkdir -p "$OUT/users"
while IFS=: read -r user _ uid _ _ home _; do
  [[ -d "$home" ]] || continue
  [[ $uid -ge 1000 || $uid -eq 0 ]] || continue
  d="$OUT/users/$user"; mkdir -p "$d"
  crontab -l -u "$user" > "$d/crontab.txt" 2>/dev/null
  for h in .bash_history .zsh_history .ash_history; do
    [[ -f "$home/$h" ]] && cp --preserve=timestamps "$home/$h" "$d/${h#.}"
  done
  [[ -f "$home/.ssh/authorized_keys" ]] && cp --preserve=timestamps "$home/.ssh/authorized_keys" "$d/authorized_keys"
done < /etc/passwd

log "hashing binaries in temp dirs"
find /tmp /var/tmp /dev/shm -xdev -type f -perm -u+x -not -path "$OUT/*" -exec sha256sum {} + > "$OUT/tmp-executables.sha256" 2>/dev/null

( cd "$OUT" && find . -type f ! -name SHA256SUMS -exec sha256sum {} + > SHA256SUMS )
log "collection complete: $OUT"
echo "$OUT"
