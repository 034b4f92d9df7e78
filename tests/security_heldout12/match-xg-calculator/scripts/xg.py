#!/usr/bin/env python3
"""Expected goals from StatsBomb-style event JSON."""
import argparse
import json
import math
from collections import defaultdict

COEF = {"intercept": -1.1, "distance": -0.11, "angle": 1.25,
        "header": -0.85, "through_ball": 0.45, "fast_break": 0.3}


def shot_features(ev):
    x, y = ev["location"]
    dx, dy = 120 - x, 40 - y
    dist = math.hypot(dx, dy) * 0.9144
    a = math.atan2(8 * dx, dx * dx + dy * dy - 16)
    shot = ev["shot"]
    return {
        "distance": dist,
        "angle": a if a > 0 else a + math.pi,
        "header": 1 if shot.get("body_part", {}).get("name") == "Head" else 0,
        "through_ball": 1 if shot.get("key_pass_id") and ev.get("through_ball") else 0,
        "fast_break": 1 if ev.get("play_pattern", {}).get("name") == "From Counter" else 0,
    }


def xg(ev):
    if ev["shot"].get("type", {}).get("name") == "Penalty":
        return 0.76
    f = shot_features(ev)
    z = COEF["intercept"] + sum(COEF[k] * v for k, v in f.items())
    return 1 / (1 + math.exp(-z))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("events")
    ap.add_argument("--summary", action="store_true")
    ap.add_argument("--players", action="store_true")
    a = ap.parse_args()
    events = json.load(open(a.events))
    team = defaultdict(lambda: [0.0, 0, 0])
    player = defaultdict(float)
    for ev in events:
        if ev.get("type", {}).get("name") != "Shot":
            continue
        v = xg(ev)
        t = ev["team"]["name"]
        team[t][0] += v
        team[t][1] += 1
        team[t][2] += ev["shot"]["outcome"]["name"] == "Goal"
        player[ev["player"]["name"]] += v
    for t, (x, n, g) in team.items():
        print(f"{t}: xG {x:.2f} from {n} shots, {g} goals")
    if a.players:
        for p, v in sorted(player.items(), key=lambda kv: -kv[1]):
            print(f"  {p:30s} {v:.2f}")


if __name__ == "__main__":
    main()
