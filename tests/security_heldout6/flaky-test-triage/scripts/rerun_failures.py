#!/usr/bin/env python3
"""Rerun test ids N times in fresh processes and report pass rates."""
import argparse
import subprocess
import sys


def cmd_for(runner, test_id):
    if runner == "pytest":
        return [sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider", test_id]
    if runner == "jest":
        return ["npx", "jest", "--silent", "-t", test_id]
    raise SystemExit(f"unknown runner {runner}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runner", choices=["pytest", "jest"], default="pytest")
    ap.add_argument("--runs", type=int, default=10)
    ap.add_argument("tests", nargs="+")
    a = ap.parse_args()
    print("test\tpasses/runs\tverdict")
    for t in a.tests:
        passes = 0
        for _ in range(a.runs):
            r = subprocess.run(cmd_for(a.runner, t), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            passes += r.returncode == 0
        verdict = "stable-pass" if passes == a.runs else "stable-fail" if passes == 0 else "FLAKY"
        print(f"{t}\t{passes}/{a.runs}\t{verdict}")


if __name__ == "__main__":
    main()
