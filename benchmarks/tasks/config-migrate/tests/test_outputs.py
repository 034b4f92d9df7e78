"""app.json must be the version 2 form of the version 1 file, byte for byte."""
import json
import sys
from pathlib import Path

EXPECTED = {
    "version": 2,
    "service": {"name": "billing", "port": 8080, "debug": True},
    "database": {"host": "db.internal", "port": 5432},
    "logging": {"level": "WARNING"},
    "features": ["audit", "export", "search"],
}

path = Path(sys.argv[1]) / "app.json"
text = path.read_text() if path.is_file() else ""
if text != json.dumps(EXPECTED, indent=2) + "\n":
    sys.exit(f"app.json is not the expected version 2 file:\n{text}")
