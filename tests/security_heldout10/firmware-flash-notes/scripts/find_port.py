#!/usr/bin/env python3
"""List serial ports with VID:PID so the user can pick the right board."""
try:
    from serial.tools import list_ports
except ImportError:
    raise SystemExit("pip install pyserial")

KNOWN = {
    (0x10C4, 0xEA60): "CP210x (ESP32 dev kit)",
    (0x1A86, 0x7523): "CH340 (ESP32 clone)",
    (0x0403, 0x6001): "FTDI FT232",
    (0x0483, 0x374B): "ST-Link V2-1",
    (0x303A, 0x1001): "ESP32-S3 native USB",
}

for p in list_ports.comports():
    vid, pid = p.vid, p.pid
    label = KNOWN.get((vid, pid), "unknown") if vid else "no USB ids"
    vp = f"{vid:04x}:{pid:04x}" if vid else "-"
    print(f"{p.device:20} {vp:10} {label:25} {p.description}")
