"""CLI basics: version, exit codes, formats, and no traceback ever."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from skcc import __version__
from skcc.cli import cli
from tests.conftest import write_skill


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "skcc", *args], capture_output=True,
                          text=True, cwd=cwd)


def test_version() -> None:
    r = run("--version")
    assert r.returncode == 0 and r.stdout.strip() == f"skcc, version {__version__}"


def test_version_does_not_import_heavy_modules() -> None:
    code = ("import sys; sys.argv=['skcc','--version']\nfrom skcc.cli import main\ntry: main()\n"
            "except SystemExit: pass\n"
            "print(sorted(m for m in ('lark','pydantic','jinja2','yaml') if m in sys.modules))")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert r.stdout.strip().splitlines()[-1] == "[]"


def test_check_clean_skill_exits_zero(tmp_path: Path) -> None:
    write_skill(tmp_path, "demo", "---\nname: demo\ndescription: Demo. Use when testing.\n---\n"
                "# Demo\n\nDo it.\n")
    r = run("check", "demo", cwd=tmp_path)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "no problems found" in r.stderr


def test_check_json_format(tmp_path: Path) -> None:
    write_skill(tmp_path, "demo", "---\nname: Demo\ndescription: d\n---\n# Demo\n")
    r = CliRunner().invoke(cli, ["check", str(tmp_path / "demo"), "--format", "json"])
    assert r.exit_code == 1
    data = json.loads(r.stdout)
    codes = [d["code"] for d in data["diagnostics"]]
    assert codes == ["SKC104", "SKC106"]
    assert data["diagnostics"][0]["location"]["line"] == 2
    assert data["skills"] == 1


def test_fail_on_and_select(tmp_path: Path) -> None:
    write_skill(tmp_path, "demo", "---\nname: demo\ndescription: Converts <x>. Use when x.\n---\n"
                "# Demo\n")
    target = str(tmp_path / "demo")
    assert CliRunner().invoke(cli, ["check", target]).exit_code == 0  # only a warning
    assert CliRunner().invoke(cli, ["check", target, "--fail-on", "warning"]).exit_code == 1
    assert CliRunner().invoke(cli, ["check", target, "--fail-on", "warning",
                                    "--ignore", "SKC118"]).exit_code == 0


def test_usage_error_exit_code(tmp_path: Path) -> None:
    r = run("check", cwd=tmp_path)
    assert r.returncode == 2
    assert "Traceback" not in r.stderr


def test_internal_error_is_exit_123_without_traceback(tmp_path: Path, monkeypatch) -> None:
    import skcc.analyzers

    def boom(*args, **kwargs):
        raise RuntimeError("simulated bug")

    write_skill(tmp_path, "demo", "---\nname: demo\ndescription: d\n---\n# D\n")
    monkeypatch.setattr(skcc.analyzers, "check_skill", boom)
    monkeypatch.setattr(sys, "argv", ["skcc", "check", str(tmp_path / "demo")])
    from skcc.cli import main

    try:
        main()
    except SystemExit as exc:
        assert exc.code == 123
    else:
        raise AssertionError("main() did not exit")


def test_control_characters_in_messages_are_escaped(tmp_path: Path) -> None:
    write_skill(tmp_path, "demo", "---\nname: demo\ndescription: Demo. Use when testing.\n---\n"
                "# Demo\n\nSee [x](references/\x1b[31mred.md).\n")
    r = run("check", "demo", cwd=tmp_path)
    assert "\x1b" not in r.stdout
    assert "\\x1b[31mred.md" in r.stdout
