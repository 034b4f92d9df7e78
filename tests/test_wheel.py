"""The built wheel carries the grammar, templates, manifests and rules, and works alone."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT, SKILLS


@pytest.mark.slow
def test_wheel_installs_outside_the_source_tree_and_compiles_a_skill(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
         "-w", str(dist), str(ROOT)],
        capture_output=True, text=True, cwd=tmp_path)
    assert build.returncode == 0, build.stderr[-2000:]
    wheel = next(dist.glob("skcc-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in ("skcc/grammar/skill.lark", "skcc/backends/manifests/claude.toml",
                     "skcc/backends/templates/claude/SKILL.md.jinja",
                     "skcc/analyzers/rules/skc104_name_invalid_characters.py", "skcc/cli.py",
                     "skcc/analyzers/scan/facts.py",
                     "skcc/analyzers/semgrep/python-exec-of-decoded-data.yaml"):
        assert required in names

    site = tmp_path / "site"
    install = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--target", str(site), str(wheel)],
        capture_output=True, text=True, cwd=tmp_path)
    assert install.returncode == 0, install.stderr[-2000:]
    skill = next(p.parent for p in sorted(SKILLS.glob("*/SKILL.md")))
    work = tmp_path / "work"
    shutil.copytree(skill, work / "skills" / skill.name)
    env = {**os.environ, "PYTHONPATH": str(site)}
    where = subprocess.run([sys.executable, "-c", "import skcc.cli; print(skcc.cli.__file__)"],
                           capture_output=True, text=True, cwd=work, env=env)
    assert Path(where.stdout.strip()).is_relative_to(site), where.stdout
    run = subprocess.run([sys.executable, "-m", "skcc", "build", "skills", "--target", "claude"],
                         capture_output=True, text=True, cwd=work, env=env)
    assert run.returncode == 0, run.stdout + run.stderr
    assert (work / "build/claude/.claude/skills" / skill.name / "SKILL.md").is_file()

    # The script rules and the semgrep rule files work from the installed wheel too.
    bad = work / "bad"
    (bad / "scripts").mkdir(parents=True)
    (bad / "SKILL.md").write_text("---\nname: bad\ndescription: d\n---\n# Bad\n", "utf-8")
    (bad / "scripts" / "run.py").write_text("import base64\nexec(base64.b64decode(B))\n",
                                           "utf-8")
    check = subprocess.run([sys.executable, "-m", "skcc", "check", "bad", "--format", "json"],
                           capture_output=True, text=True, cwd=work, env=env)
    assert check.returncode == 1, check.stdout + check.stderr
    assert '"SKC402"' in check.stdout
