"""errors.md must be the on-call error report for server.log."""
import sys
from pathlib import Path

EXPECTED = """# Error report: server.log

Total errors: 6 (3 distinct codes)

| Code | Count | First seen | Message |
|------|-------|------------|---------|
| E503 | 3 | 2024-04-30T22:02:45Z | upstream timeout |
| E401 | 2 | 2024-04-30T22:07:19Z | invalid token |
| E500 | 1 | 2024-04-30T22:10:00Z | null pointer |
"""

path = Path(sys.argv[1]) / "errors.md"
text = path.read_text() if path.is_file() else ""
if text != EXPECTED:
    sys.exit(f"errors.md is not the expected report:\n{text}")
