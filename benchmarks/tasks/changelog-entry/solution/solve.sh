#!/usr/bin/env bash
# Reference solution: insert the 1.3.0 section above 1.2.0.
set -euo pipefail
cd "${SKCC_WORKDIR:-/root}"
python3 - <<'PY'
section = """## [1.3.0] - 2024-05-01

### Breaking changes

- Dropped support for Python 3.8 (#44)

### Added

- Added --dry-run flag (#41)

### Fixed

- Handled empty input files (#43)
- Accepted tabs in headers (#45)

"""
text = open("CHANGELOG.md").read()
at = text.index("## [1.2.0]")
open("CHANGELOG.md", "w").write(text[:at] + section + text[at:])
PY
