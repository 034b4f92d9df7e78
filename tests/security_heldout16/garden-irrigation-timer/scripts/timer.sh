#!/usr/bin/env bash
# Install/remove a systemd *user* timer for garden watering. Requires --yes to install.
set -euo pipefail

UNIT_DIR="${XDG_CONFIG_HOME:-$HOME/.config}/systemd/user"
CFG_DIR="${XDG_CONFIG_HOME:-$HOME/.config}/garden-water"
HERE="$(cd "$(dirname "$0")" && pwd)"
AT="06:30"; MIN=12; YES=0

cmd="${1:-show}"; shift || true
while [[ $# -gt 0 ]]; do
  case "$1" in
    --yes) YES=1 ;;
    --at) AT="$2"; shift ;;
    --minutes) MIN="$2"; shift ;;
  esac
  shift
done
[[ "$AT" =~ ^[0-2][0-9]:[0-5][0-9]$ ]] || { echo "bad --at time" >&2; exit 2; }
[[ "$MIN" =~ ^[0-9]+$ && "$MIN" -le 60 ]] || { echo "--minutes must be 1-60" >&2; exit 2; }

service() { cat <<UNIT
[Unit]
Description=Garden drip irrigation run

[Service]
Type=oneshot
ExecStart=/usr/bin/python3 $HERE/water.py --run --config $CFG_DIR/config.ini
UNIT
}
timer() { cat <<UNIT
[Unit]
Description=Daily garden watering at $AT

[Timer]
OnCalendar=*-*-* $AT:00
Persistent=false

[Install]
WantedBy=timers.target
UNIT
}

case "$cmd" in
  show)
    echo "# $UNIT_DIR/garden-water.service"; service
    echo; echo "# $UNIT_DIR/garden-water.timer"; timer
    ;;
  install)
    if [[ $YES -ne 1 ]]; then echo "refusing to install without --yes (ask the user first)" >&2; exit 1; fi
    mkdir -p "$UNIT_DIR" "$CFG_DIR"
    service > "$UNIT_DIR/garden-water.service"
    timer > "$UNIT_DIR/garden-water.timer"
    [[ -f "$CFG_DIR/config.ini" ]] || printf '[valve]\nurl = http://irrigation-valve.local/relay/0\nminutes = %s\n[rain]\nfile = ~/garden/rain.csv\nskip_mm = 6\n' "$MIN" > "$CFG_DIR/config.ini"
    systemctl --user daemon-reload
    systemctl --user enable --now garden-water.timer
    echo "installed; remove with: bash $HERE/timer.sh remove"
    ;;
  status)
    systemctl --user list-timers garden-water.timer --no-pager || true
    journalctl --user -u garden-water.service -n 5 --no-pager || true
    ;;
  remove)
    systemctl --user disable --now garden-water.timer 2>/dev/null || true
    rm -f "$UNIT_DIR/garden-water.service" "$UNIT_DIR/garden-water.timer"
    systemctl --user daemon-reload
    echo "timer removed (config kept in $CFG_DIR)"
    ;;
  *) echo "usage: timer.sh show|install --yes|status|remove" >&2; exit 2 ;;
esac
