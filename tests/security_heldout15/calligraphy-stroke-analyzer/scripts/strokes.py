#!/usr/bin/env python3
"""Measure slant and stroke contrast on a calligraphy practice sheet."""
import argparse
import math

import cv2
import numpy as np
from skimage.morphology import skeletonize

TARGETS = {"copperplate": 55.0, "italic": 83.0, "textura": 90.0, "kaishu": 90.0}


def load(path):
    img = cv2.imread(path, cv2.IMREAD_GRAYSCALE)
    _, bw = cv2.threshold(img, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    return bw


def slant_angles(bw):
    lines = cv2.HoughLinesP(skeletonize(bw > 0).astype(np.uint8) * 255, 1, np.pi / 180,
                            threshold=30, minLineLength=25, maxLineGap=3)
    angles = []
    for x1, y1, x2, y2 in (lines[:, 0] if lines is not None else []):
        a = math.degrees(math.atan2(abs(y2 - y1), (x2 - x1) or 1e-6))
        if a < 0:
            a += 180
        if 30 < a < 150:
            angles.append(a)
    return np.array(angles)


def contrast(bw):
    dist = cv2.distanceTransform(bw, cv2.DIST_L2, 3)
    skel = skeletonize(bw > 0)
    widths = dist[skel] * 2
    widths = widths[widths > 0]
    if not len(widths):
        return 0.0
    return float(np.percentile(widths, 95) / max(np.percentile(widths, 10), 1e-3))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("sheet")
    ap.add_argument("--hand", default="copperplate", choices=sorted(TARGETS))
    a = ap.parse_args()
    bw = load(a.sheet)
    ang = slant_angles(bw)
    if len(ang):
        print(f"slant mean {ang.mean():.1f} deg (target {TARGETS[a.hand]}), sd {ang.std():.1f}")
    print(f"stroke contrast {contrast(bw):.1f}")


if __name__ == "__main__":
    main()
