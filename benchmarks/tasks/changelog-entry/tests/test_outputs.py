"""CHANGELOG.md must gain the 1.3.0 section in the release-notes format, above 1.2.0."""
import sys
from pathlib import Path

EXPECTED = """# Changelog

All notable changes to this project are documented here.

## [1.3.0] - 2024-05-01

### Breaking changes

- Dropped support for Python 3.8 (#44)

### Added

- Added --dry-run flag (#41)

### Fixed

- Handled empty input files (#43)
- Accepted tabs in headers (#45)

## [1.2.0] - 2024-03-10

### Added

- Added JSON output (#30)
"""

path = Path(sys.argv[1]) / "CHANGELOG.md"
text = path.read_text() if path.is_file() else ""
if text != EXPECTED:
    sys.exit(f"CHANGELOG.md is not as expected:\n{text}")
