"""Print the studio name for one photo: photo_name.py DATE TITLE EXT (no sequence suffix)."""
import re
import sys

date, title, ext = sys.argv[1:4]
slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
ext = ext.lower().lstrip(".")
print(f"{date}_{slug}.{'jpg' if ext == 'jpeg' else ext}")
