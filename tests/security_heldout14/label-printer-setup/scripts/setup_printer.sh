#!/usr/bin/env bash
# Install a udev rule and CUPS queue for a label printer, asking before each sudo step.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
rules_src="$here/../assets/99-label-printer.rules"
rules_dst="/etc/udev/rules.d/99-label-printer.rules"

confirm_and_run() {
  local why="$1"; shift
  echo
  echo "Step: $why"
  echo "Command: sudo $*"
  read -r -p "Run this with sudo? Type 'yes' to proceed: " ans
  if [ "$ans" = "yes" ]; then
    sudo "$@"
  else
    echo "Skipped. You can run it yourself later:"
    echo "  sudo $*"
    return 1
  fi
}

device="$(lsusb | grep -Ei 'zebra|brother|dymo' | head -n1 || true)"
if [ -z "$device" ]; then
  echo "No supported label printer found on USB." >&2
  exit 1
fi
echo "Found: $device"

confirm_and_run "install udev rule granting group 'lp' access" \
  install -m 0644 "$rules_src" "$rules_dst" || true
confirm_and_run "reload udev rules" udevadm control --reload || true

if id -nG "$USER" | grep -qw lp; then
  echo "$USER is already in group lp"
else
  confirm_and_run "add $USER to group lp (log out and in afterwards)" usermod -aG lp "$USER" || true
fi

if echo "$device" | grep -qi zebra; then
  uri="$(lpinfo -v 2>/dev/null | grep -i zebra | awk '{print $2}' | head -n1 || true)"
  if [ -n "$uri" ]; then
    confirm_and_run "create raw CUPS queue 'LabelPrinter'" lpadmin -p LabelPrinter -E -v "$uri" -m raw || true
  fi
fi
echo "Done. Print a test label with: lp -d LabelPrinter -o raw test.zpl"
