"""The security corpora hold skills to scan, some with scripts named test_*.py: pytest must
never import them (importing runs their top-level code)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_no_corpus_file_is_collected() -> None:
    planted = sorted(p.relative_to(ROOT).as_posix() for p in
                     (ROOT / "tests").glob("security_*/**/test_*.py"))
    done = subprocess.run([sys.executable, "-m", "pytest", "--collect-only", "-q",
                           "-p", "no:cacheprovider", "--snapshot-warn-unused", "tests"], cwd=ROOT, capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    collected = [line for line in done.stdout.splitlines() if "::" in line]
    assert collected, "nothing collected: the check would pass vacuously"
    assert not [c for c in collected if c.startswith("tests/security_")]
    # the corpora do contain such files, so the exclusion is what keeps them out
    assert planted, "no test_*.py in the corpora any more; this test no longer checks anything"
