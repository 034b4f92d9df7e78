from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# Compiled patterns are kept apart from the user's own cache (skcc.regex_cache), and from
# one test session to the next.
os.environ.setdefault("SKCC_CACHE_DIR", str(Path(tempfile.gettempdir()) /
                                            f"skcc-test-cache-{getattr(os, 'getuid', lambda: 0)()}"))
SKILLS = ROOT / "skills"
CORPUS = ROOT.parent / "shared" / "corpus" / "skills"


def example_skills() -> list[Path]:
    return sorted(p.parent for p in SKILLS.glob("*/SKILL.md"))


@pytest.fixture
def corpus() -> Path:
    if not CORPUS.is_dir():
        pytest.skip("the shared corpus (../shared/corpus) is not present")
    return CORPUS


def write_skill(base: Path, folder: str, text: str | bytes) -> Path:
    skill = base / folder
    skill.mkdir(parents=True, exist_ok=True)
    data = text.encode("utf-8") if isinstance(text, str) else text
    (skill / "SKILL.md").write_bytes(data)
    return skill
