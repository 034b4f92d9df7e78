"""photos/ must hold exactly the renamed files, contents unchanged."""
import sys
from pathlib import Path

EXPECTED = {
    "2023-07-14_beach-at-dawn.jpg": "IMG_0001.JPG",
    "2023-07-14_beach-at-dawn-2.jpg": "IMG_0002.jpeg",
    "2022-12-31_new-year-s-eve.png": "DSC 0100.PNG",
    "2024-01-05_snow-on-the-roof.jpg": "img_0003.jpg",
}

photos = Path(sys.argv[1]) / "photos"
names = sorted(p.name for p in photos.iterdir()) if photos.is_dir() else []
if names != sorted(EXPECTED):
    sys.exit(f"photos/ holds {names}, expected {sorted(EXPECTED)}")
for new, old in EXPECTED.items():
    if (photos / new).read_text() != f"fake image data for {old}\n":
        sys.exit(f"{new} does not hold the contents of {old}")
