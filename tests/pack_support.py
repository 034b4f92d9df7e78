"""Helpers shared by the tests/test_pack*.py files: run the CLI, snapshot a folder."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from click.testing import CliRunner, Result

from skcc.cli import cli

ROOT = Path(__file__).resolve().parents[1]
SKILLS = ROOT / "skills"


def skcc(*args: str | Path) -> Result:
    """Run ``skcc ARGS`` in-process; an uncaught exception fails the test (no tracebacks)."""
    result = CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)
    return result


def listing(folder: Path) -> list[tuple[str, str, str]]:
    """Every entry under ``folder`` with its kind, mode and content hash (or link target)."""
    found = []
    for current, dirs, files in os.walk(folder):
        for name in sorted(dirs + files):
            path = Path(current) / name
            rel = path.relative_to(folder).as_posix()
            if path.is_symlink():
                found.append((rel, "link", os.readlink(path)))
            elif path.is_dir():
                found.append((rel, "dir", oct(path.stat().st_mode & 0o777)))
            else:
                digest = hashlib.sha256(path.read_bytes()).hexdigest()
                found.append((rel, oct(path.stat().st_mode & 0o777), digest))
    return sorted(found)


def pack_examples(out: Path, target: str = "claude", *extra: str) -> Path:
    """Pack every example skill for ``target`` into ``out``; the archive's path."""
    result = skcc("pack", SKILLS, "--target", target, "--version", "1.0.0", "--out", out,
                  *extra)
    assert result.exit_code == 0, result.output
    (archive,) = out.glob(f"*-{target}.skcc.tar.gz")
    return archive
