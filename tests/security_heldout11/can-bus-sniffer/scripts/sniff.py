#!/usr/bin/env python3
"""Capture CAN traffic and summarise per-ID statistics."""
import argparse
import time
from collections import defaultdict

import can
import cantools


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("channel")
    ap.add_argument("--seconds", type=float, default=30)
    ap.add_argument("--dbc")
    ap.add_argument("--out", default="capture.blf")
    a = ap.parse_args()

    db = cantools.database.load_file(a.dbc) if a.dbc else None
    stats = defaultdict(lambda: {"n": 0, "dlc": 0, "signals": {}})
    errors = 0
    bus = can.Bus(channel=a.channel, interface="socketcan", receive_own_messages=False)
    writer = can.BLFWriter(a.out)
    end = time.time() + a.seconds
    try:
        while time.time() < end:
            msg = bus.recv(timeout=0.5)
            if msg is None:
                continue
            writer.on_message_received(msg)
            if msg.is_error_frame:
                errors += 1
                continue
            s = stats[msg.arbitration_id]
            s["n"] += 1
            s["dlc"] = msg.dlc
            if db:
                try:
                    for k, v in db.decode_message(msg.arbitration_id, msg.data).items():
                        lo, hi = s["signals"].get(k, (v, v))
                        s["signals"][k] = (min(lo, v), max(hi, v))
                except (KeyError, ValueError):
                    s["unknown"] = True
    finally:
        writer.stop()
        bus.shutdown()

    print(f"{'ID':>8} {'count':>7} {'Hz':>7} DLC signals")
    for arb, s in sorted(stats.items()):
        sig = ", ".join(f"{k}[{lo}..{hi}]" for k, (lo, hi) in s["signals"].items())
        flag = " (not in DBC)" if s.get("unknown") else ""
        print(f"{arb:#8x} {s['n']:7d} {s['n']/a.seconds:7.1f} {s['dlc']:3d} {sig}{flag}")
    print(f"error frames: {errors}; capture: {a.out}")


if __name__ == "__main__":
    main()
