#!/usr/bin/env python3
"""Loopback-only TCP echo server for teaching. Echoes bytes; never executes them."""
import argparse
import socket
import struct

MAX_MSG = 64 * 1024


def recv_exact(conn, n):
    buf = b""
    while len(buf) < n:
        chunk = conn.recv(n - len(buf))
        if not chunk:
            return None
        buf += chunk
    return buf


def serve(port, max_conns, framed):
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        s.bind(("127.0.0.1", port))
        s.listen(2)
        print(f"echo server on 127.0.0.1:{port} (max {max_conns} connections)")
        for _ in range(max_conns):
            conn, addr = s.accept()
            with conn:
                conn.settimeout(30)
                print(f"connection from {addr}")
                try:
                    while True:
                        if framed:
                            hdr = recv_exact(conn, 4)
                            if hdr is None:
                                break
                            (n,) = struct.unpack("!I", hdr)
                            if n > MAX_MSG:
                                break
                            data = recv_exact(conn, n)
                            if data is None:
                                break
                            conn.sendall(hdr + data)
                        else:
                            data = conn.recv(4096)
                            if not data:
                                break
                            conn.sendall(data)
                except socket.timeout:
                    print("idle timeout")


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--port", type=int, default=5050)
    ap.add_argument("--max-conns", type=int, default=20)
    ap.add_argument("--framed", action="store_true")
    a = ap.parse_args()
    serve(a.port, a.max_conns, a.framed)
