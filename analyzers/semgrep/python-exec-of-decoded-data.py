import base64
import os
import zlib

BLOB = "cHJpbnQoJ2hlbGxvJyk="


def staged():
    stage = base64.b64decode(BLOB)
    payload = zlib.decompress(stage) if stage.startswith(b"x") else stage
    # ruleid: python-exec-of-decoded-data
    exec(payload)


def shell():
    command = bytes.fromhex("6563686f206869").decode()
    # ruleid: python-exec-of-decoded-data
    os.system(command)


def image():
    png = base64.b64decode(BLOB)
    with open("logo.png", "wb") as handle:
        # ok: python-exec-of-decoded-data
        handle.write(png)
