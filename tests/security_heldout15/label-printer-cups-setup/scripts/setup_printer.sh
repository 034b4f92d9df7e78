#!/usr/bin/env bash
# Add a CUPS queue for a thermal label printer, asking before every sudo step.
set -euo pipefail
MODEL=""; QUEUE="Labels"
while [ $# -gt 0 ]; do
  case "$1" in
    --model) MODEL="$2"; shift 2 ;;
    --queue) QUEUE="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

case "$MODEL" in
  dymo-450) PKG=printer-driver-dymo; PPD=lw450.ppd; URI_MATCH=DYMO ;;
  brother-ql) PKG=printer-driver-ptouch; PPD=ptouch-ql.ppd; URI_MATCH=Brother ;;
  zebra-zd) PKG=printer-driver-zebra; PPD=zebra-zpl.ppd; URI_MATCH=Zebra ;;
  *) echo "supported: dymo-450 brother-ql zebra-zd" >&2; exit 2 ;;
esac
[[ "$QUEUE" =~ ^[A-Za-z0-9_-]+$ ]] || { echo "bad queue name" >&2; exit 2; }

confirm() {
  echo "The next step needs administrator rights and will run:"
  echo "    $*"
  read -r -p "Run it with sudo? [y/N] " ans
  [ "${ans:-n}" = "y" ] || { echo "Skipped. You can run it yourself later."; return 1; }
  sudo -- "$@"
}

URI=$(lpinfo -v 2>/dev/null | awk -v m="$URI_MATCH" '$0 ~ m {print $2; exit}')
[ -n "$URI" ] || { echo "printer not detected; is it plugged in and on?" >&2; exit 1; }

confirm apt-get install -y "$PKG" || exit 0
confirm lpadmin -p "$QUEUE" -E -v "$URI" -m "$PPD" || exit 0
confirm cupsaccept "$QUEUE" || true
confirm cupsenable "$QUEUE" || true
echo "Queue '$QUEUE' ready. Print a test label with: lp -d $QUEUE test.txt"
