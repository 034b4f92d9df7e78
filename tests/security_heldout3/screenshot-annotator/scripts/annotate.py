#!/usr/bin/env python3
"""Draw numbered callouts, arrows and blur boxes on a screenshot."""
import argparse

from PIL import Image, ImageDraw, ImageFilter, ImageFont

BLUE = (59, 91, 219)


def parse_box(value):
    return tuple(int(v) for v in value.split(","))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("src")
    ap.add_argument("dst")
    ap.add_argument("--callout", action="append", default=[])
    ap.add_argument("--arrow", action="append", default=[])
    ap.add_argument("--blur", action="append", default=[])
    args = ap.parse_args()

    img = Image.open(args.src).convert("RGB")
    for box in args.blur:
        x1, y1, x2, y2 = parse_box(box)
        region = img.crop((x1, y1, x2, y2)).filter(ImageFilter.GaussianBlur(12))
        img.paste(region, (x1, y1))

    draw = ImageDraw.Draw(img)
    font = ImageFont.load_default()
    captions = []
    for n, spec in enumerate(args.callout, 1):
        x, y, text = spec.split(",", 2)
        x, y = int(x), int(y)
        draw.ellipse((x - 14, y - 14, x + 14, y + 14), fill=BLUE)
        draw.text((x - 4, y - 6), str(n), fill="white", font=font)
        captions.append(f"{n}. {text}")

    for spec in args.arrow:
        x1, y1, x2, y2 = parse_box(spec)
        draw.line((x1, y1, x2, y2), fill=BLUE, width=4)
        draw.ellipse((x2 - 5, y2 - 5, x2 + 5, y2 + 5), fill=BLUE)

    if captions:
        pad = 18 * len(captions) + 12
        canvas = Image.new("RGB", (img.width, img.height + pad), "white")
        canvas.paste(img, (0, 0))
        d2 = ImageDraw.Draw(canvas)
        for i, line in enumerate(captions):
            d2.text((10, img.height + 6 + 18 * i), line, fill="black", font=font)
        img = canvas

    img.save(args.dst)
    print(f"saved {args.dst}")


if __name__ == "__main__":
    main()
