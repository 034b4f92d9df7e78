"""``skcc.regex_cache`` keeps compiled patterns between runs without changing one of them.

Three fresh processes import every rule: one with an empty cache folder (it compiles and
writes), one reading what the first wrote, one with the cache turned off. Each reports every
pattern it compiled through the cache with its matcher code's hash; the three reports must
be equal, and the second process must have compiled nothing itself.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from skcc import regex_cache
from tests.conftest import ROOT

_REPORT = """
import json
from skcc.checking import warm_up
from skcc import regex_cache
warm_up()
print(json.dumps({"patterns": sorted([p.pattern, p.flags, hash(p)]
                                     for p in regex_cache._made.values()),
                  "counts": regex_cache.counts}))
"""

pytestmark = pytest.mark.skipif(regex_cache._sre is None or sys.implementation.name !=
                                "cpython", reason="the cache needs CPython's matcher")


def _report(cache: Path, **env: str) -> dict:  # type: ignore[type-arg]
    environment = {key: value for key, value in os.environ.items() if key != "SKCC_NO_CACHE"}
    environment.update(SKCC_CACHE_DIR=str(cache), PYTHONHASHSEED="0", **env)
    done = subprocess.run([sys.executable, "-c", _REPORT], capture_output=True, text=True,
                          env=environment, cwd=ROOT, check=True)
    return json.loads(done.stdout)  # type: ignore[no-any-return]


def _files(folder: Path) -> list[Path]:
    return sorted(folder.glob("patterns-*.marshal")) if folder.is_dir() else []


def test_stored_patterns_are_the_ones_re_compiles(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    first = _report(cache)
    assert first["counts"]["misses"] > 250 and first["counts"]["hits"] == 0
    assert len(_files(cache)) == 1

    second = _report(cache)
    assert second["counts"]["misses"] == 0 and second["counts"]["derived misses"] == 0
    assert second["counts"]["hits"] == first["counts"]["misses"]

    plain = _report(tmp_path / "unused", SKCC_NO_CACHE="1")
    assert not _files(tmp_path / "unused")
    assert first["patterns"] == second["patterns"] == plain["patterns"]


def test_a_damaged_file_is_ignored_and_replaced(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    _report(cache)
    (stored,) = _files(cache)
    stored.write_bytes(b"\x00not marshal data")
    again = _report(cache)
    assert again["counts"]["hits"] == 0 and again["counts"]["misses"] > 250
    assert _report(cache)["counts"]["misses"] == 0  # rewritten whole by the run before


def test_an_unwritable_folder_only_costs_time(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache folder would go", "utf-8")
    done = subprocess.run([sys.executable, "-m", "skcc", "check", str(ROOT / "skills"),
                           "--format", "json"], capture_output=True, text=True, cwd=ROOT,
                          env={**os.environ, "SKCC_CACHE_DIR": str(blocker / "cache")},
                          check=False)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["diagnostics"] == []


def test_derived_values_follow_the_code_that_makes_them(tmp_path: Path) -> None:
    module = tmp_path / "maker.py"
    module.write_text("# version 1\n", "utf-8")
    made: list[str] = []

    def make() -> str:
        made.append("x")
        return "value"

    key = f"test-key-{tmp_path.name}"
    assert regex_cache.derived(key, make, str(module)) == "value"
    assert made == ["x"]
    # As if an earlier run had stored it: found, not made.
    regex_cache._stored_derived[f"{regex_cache._digest(str(module))} {key}"] = "stored"
    assert regex_cache.derived(key, make, str(module)) == "stored"
    assert made == ["x"]
    # The code that makes it changed (a new process digests the file anew): made afresh.
    module.write_text("# version 2\n", "utf-8")
    regex_cache._digests.pop(str(module))
    assert regex_cache.derived(key, make, str(module)) == "value"
    assert made == ["x", "x"]
