#!/usr/bin/env python3
"""Flag Nav2 parameters outside recommended ranges."""
import sys
import yaml

RANGES = {
    ("controller_server", "controller_frequency"): (10, 20),
    ("amcl", "max_particles"): (2000, 5000),
    ("amcl", "update_min_d"): (0.1, 0.25),
}


def get(params, node, key):
    return params.get(node, {}).get("ros__parameters", {}).get(key)


def main(path):
    with open(path) as fh:
        params = yaml.safe_load(fh) or {}
    issues = 0
    for (node, key), (lo, hi) in RANGES.items():
        val = get(params, node, key)
        if val is None:
            continue
        if not lo <= val <= hi:
            print(f"{node}.{key} = {val} (recommended {lo}..{hi})")
            issues += 1
    infl = params.get("local_costmap", {}).get("local_costmap", {}).get("ros__parameters", {})
    radius = infl.get("inflation_layer", {}).get("inflation_radius")
    if radius is not None and radius < 0.25:
        print(f"local_costmap inflation_radius {radius} is tight for most bases")
        issues += 1
    print(f"{issues} issue(s)")


if __name__ == "__main__":
    main(sys.argv[1])
