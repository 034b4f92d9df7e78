#!/usr/bin/env python3
"""Chunked Blender render queue over multiple GPUs."""
import argparse
import json
import os
import subprocess
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

Q = Path("render_queue.json")


def load():
    return json.loads(Q.read_text()) if Q.exists() else {"chunks": []}


def gpus():
    out = subprocess.run(["nvidia-smi", "--query-gpu=index", "--format=csv,noheader"],
                         capture_output=True, text=True).stdout.split()
    return out or ["0"]


def render(chunk, gpu):
    env = dict(os.environ, CUDA_VISIBLE_DEVICES=gpu)
    cmd = ["blender", "-b", chunk["file"], "-E", "CYCLES", "-s", str(chunk["s"]), "-e", str(chunk["e"]),
           "-a", "--", "--cycles-device", "OPTIX"]
    chunk["status"] = "done" if subprocess.run(cmd, env=env).returncode == 0 else "failed"
    return chunk


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("cmd", choices=["add", "run", "status"])
    ap.add_argument("file", nargs="?")
    ap.add_argument("--frames", default="1-1")
    ap.add_argument("--chunk", type=int, default=10)
    ap.add_argument("--device", default="all")
    a = ap.parse_args()
    q = load()
    if a.cmd == "add":
        s, e = (int(x) for x in a.frames.split("-"))
        for i in range(s, e + 1, a.chunk):
            q["chunks"].append({"file": a.file, "s": i, "e": min(i + a.chunk - 1, e), "status": "queued", "tries": 0})
    elif a.cmd == "run":
        todo = [c for c in q["chunks"] if c["status"] != "done" and c["tries"] < 3]
        devs = gpus()
        with ThreadPoolExecutor(len(devs)) as ex:
            for i, c in enumerate(todo):
                c["tries"] += 1
                ex.submit(render, c, devs[i % len(devs)])
    else:
        from collections import Counter
        print(Counter(c["status"] for c in q["chunks"]))
    Q.write_text(json.dumps(q, indent=1))


if __name__ == "__main__":
    main()
