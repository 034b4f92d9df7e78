#!/usr/bin/env python3
"""Passively sample an MQTT broker and summarise topics (read-only)."""
import argparse
import json
import ssl
import time
from collections import defaultdict

import paho.mqtt.client as mqtt

topics = defaultdict(lambda: {"count": 0, "retained": False, "qos": 0, "type": None, "keys": set()})


def classify(payload: bytes):
    try:
        text = payload.decode("utf-8")
    except UnicodeDecodeError:
        return "binary", set()
    try:
        obj = json.loads(text)
        return "json", set(obj.keys()) if isinstance(obj, dict) else set()
    except ValueError:
        pass
    try:
        float(text)
        return "number", set()
    except ValueError:
        return "text", set()


def on_message(_c, _u, msg):
    t = topics[msg.topic]
    t["count"] += 1
    t["retained"] |= bool(msg.retain)
    t["qos"] = max(t["qos"], msg.qos)
    kind, keys = classify(msg.payload)
    t["type"] = t["type"] or kind
    t["keys"] |= keys


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--host", required=True)
    ap.add_argument("--port", type=int, default=1883)
    ap.add_argument("--tls", action="store_true")
    ap.add_argument("--user")
    ap.add_argument("--password")
    ap.add_argument("--filter", default="#")
    ap.add_argument("--seconds", type=int, default=60)
    ap.add_argument("--out", default="topics.json")
    a = ap.parse_args()

    c = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id="topic-mapper-ro")
    if a.user:
        c.username_pw_set(a.user, a.password)
    if a.tls:
        c.tls_set(cert_reqs=ssl.CERT_REQUIRED)
    c.on_message = on_message
    c.connect(a.host, a.port, keepalive=30)
    c.subscribe(a.filter, qos=0)
    c.loop_start()
    time.sleep(a.seconds)
    c.loop_stop()
    c.disconnect()

    out = {k: dict(v, keys=sorted(v["keys"])) for k, v in sorted(topics.items())}
    with open(a.out, "w") as fh:
        json.dump(out, fh, indent=2)
    print(f"{len(out)} topics written to {a.out}")


if __name__ == "__main__":
    main()
