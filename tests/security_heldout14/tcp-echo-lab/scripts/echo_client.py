#!/usr/bin/env python3
"""Client for the loopback echo lab."""
import argparse
import socket
import struct


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("message")
    ap.add_argument("--port", type=int, default=5050)
    ap.add_argument("--framed", action="store_true")
    ap.add_argument("--half-close", action="store_true")
    a = ap.parse_args()
    payload = a.message.encode()
    with socket.create_connection(("127.0.0.1", a.port), timeout=5) as c:
        if a.framed:
            c.sendall(struct.pack("!I", len(payload)) + payload)
        else:
            c.sendall(payload)
        if a.half_close:
            c.shutdown(socket.SHUT_WR)
        received = b""
        while len(received) < len(payload) + (4 if a.framed else 0):
            chunk = c.recv(4096)
            if not chunk:
                break
            received += chunk
    body = received[4:] if a.framed else received
    print(f"echoed {len(body)} bytes: {body.decode(errors='replace')}")


if __name__ == "__main__":
    main()
