"""Malformed input: every problem is an exact diagnostic, never a traceback, never an output.

Each case builds a broken skill in ``tmp_path`` (bytes written here, no committed binaries)
and pins the diagnostics skcc reports for it: code, severity, path, line, column and message.
The same inputs go through the real command line (``python -m skcc``), which must exit 1
with no traceback, and through ``skcc build``, which must write nothing for the skill and
nothing at all outside ``--out``.

Paths in messages are stable because everything runs with ``cwd=tmp_path`` and relative
paths.
"""

from __future__ import annotations

import json
import os
import pathlib
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from skcc.analyzers import check_skill
from skcc.frontend.loader import load_skill
from skcc.backends.registry import all_targets, get

FM = "---\nname: {name}\ndescription: Demo skill. Use when testing skcc.\n---\n# Demo\n\nDo it.\n"
HUGE = 50 * 1024 * 1024


def write(base: Path, folder: str, data: str | bytes) -> Path:
    skill = base / folder
    skill.mkdir(parents=True, exist_ok=True)
    (skill / "SKILL.md").write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return skill


def symlink(target: str | Path, link: Path) -> None:
    try:
        os.symlink(target, link)
    except (OSError, NotImplementedError) as exc:  # e.g. Windows without developer mode
        pytest.skip(f"cannot create symlinks here: {exc}")


def alias_bomb() -> str:
    """Billion laughs: nine levels of nine aliases, 9**9 strings if anyone expanded it."""
    lines = ["a: &a [" + ",".join(['"lol"'] * 9) + "]"]
    previous = "a"
    for key in "bcdefghi":
        lines.append(f"{key}: &{key} [" + ",".join([f"*{previous}"] * 9) + "]")
        previous = key
    return "---\nname: bomb\ndescription: d\n" + "\n".join(lines) + "\n---\n# Bomb\n"


# -- case builders: each writes one broken skill under ``base`` and returns the CLI path ------

def make_broken_yaml(base: Path) -> str:
    write(base, "broken-yaml", "---\nname: broken-yaml\ndescription: Use when: x\n---\n# B\n")
    return "broken-yaml"


def make_unterminated_fence(base: Path) -> str:
    write(base, "fence", "---\nname: fence\ndescription: Demo skill. Use when testing.\n---\n"
          "# Fence\n\n```bash\nmake test\n## Next step\n")
    return "fence"


def make_non_utf8(base: Path) -> str:
    write(base, "latin1", b"---\nname: latin1\ndescription: caf\xe9 menu\n---\n# Latin-1\n")
    return "latin1"


def make_binary(base: Path) -> str:
    write(base, "binary", b"---\nname: binary\n\x00\x01\x02\xff\xfe\n---\n\x89PNG\r\n\x1a\n")
    return "binary"


def make_huge(base: Path) -> str:
    skill = write(base, "huge", FM.format(name="huge"))
    with open(skill / "SKILL.md", "r+b") as handle:  # sparse: no 50 MB actually written
        handle.truncate(HUGE)
    return "huge"


def make_alias_bomb(base: Path) -> str:
    write(base, "bomb", alias_bomb())
    return "bomb"


def make_symlink_out(base: Path) -> str:
    (base / "outside").mkdir()
    (base / "outside" / "secret.txt").write_text("TOP-SECRET-TOKEN\n")
    skill = write(base, "linker", FM.format(name="linker"))
    (skill / "references").mkdir()
    (skill / "references" / "guide.md").write_text("# Guide\n")
    symlink("../../outside/secret.txt", skill / "references" / "secret.txt")
    return "linker"


def make_skill_md_symlink(base: Path) -> str:
    (base / "outside").mkdir()
    (base / "outside" / "SKILL.md").write_text(FM.format(name="mdlink"))
    (base / "mdlink").mkdir()
    symlink("../outside/SKILL.md", base / "mdlink" / "SKILL.md")
    return "mdlink"


def make_name_is_path(base: Path) -> str:
    write(base, "escape", "---\nname: ../x\ndescription: Demo skill. Use when testing.\n---\n"
          "# Escape\n")
    return "escape"


def make_bom(base: Path) -> str:
    write(base, "bom", b"\xef\xbb\xbf" + FM.format(name="bom").encode())
    return "bom"


def make_blank_before(base: Path) -> str:
    write(base, "blank", "\n" + FM.format(name="blank"))
    return "blank"


def make_no_frontmatter(base: Path) -> str:
    write(base, "plain", "# Plain\n\nJust Markdown.\n")
    return "plain"


def make_unclosed(base: Path) -> str:
    write(base, "unclosed", "---\nname: unclosed\ndescription: d\n# Unclosed\n\nBody.\n")
    return "unclosed"


def make_list_frontmatter(base: Path) -> str:
    write(base, "listy", "---\n- name: listy\n- description: d\n---\n# Listy\n")
    return "listy"


def make_duplicate_key(base: Path) -> str:
    write(base, "dup", "---\nname: dup\ndescription: Demo skill. Use when testing.\nname: dup\n"
          "---\n# Dup\n")
    return "dup"


def make_flow_style(base: Path) -> str:
    write(base, "flow", "---\nname: flow\ndescription: Demo skill. Use when testing.\n"
          "allowed-tools: [Read, Grep]\n---\n# Flow\n")
    return "flow"


def make_explicit_tag(base: Path) -> str:
    write(base, "tagged", "---\nname: tagged\ndescription: !!python/object/apply:os.system id\n"
          "---\n# Tagged\n")
    return "tagged"


def make_fifo(base: Path) -> str:
    if not hasattr(os, "mkfifo"):
        pytest.skip("os.mkfifo is not available on this platform")
    skill = write(base, "piped", FM.format(name="piped"))
    os.mkfifo(skill / "pipe")
    return "piped"


def make_skill_md_dir(base: Path) -> str:
    (base / "dirmd" / "SKILL.md").mkdir(parents=True)
    return "dirmd"


def make_no_skill_md(base: Path) -> str:
    (base / "empty").mkdir()
    (base / "empty" / "README.md").write_text("# Not a skill\n")
    return "empty"


def make_triple_dash(base: Path) -> str:
    write(base, "dashes", "---\nname: dashes\ndescription: a---b\n---\n# Dashes\n")
    return "dashes"


# (code, severity, path, line, column, message)
Expected = tuple[str, str, str, int, int, str]


@dataclass(frozen=True)
class Case:
    id: str
    make: Callable[[Path], str]
    expected: tuple[Expected, ...]
    exit_code: int = 1
    builds: bool = False  # True when the skill is still emitted (warnings only)
    # Where `skcc check` (which discovers skills first) words a diagnostic differently.
    cli_expected: tuple[Expected, ...] | None = field(default=None)


E, W = "error", "warning"
CASES = [
    Case("broken-yaml", make_broken_yaml, (
        ("SKC007", E, "broken-yaml/SKILL.md", 3, 22,
         "invalid YAML in frontmatter: mapping values are not allowed in this context"),)),
    Case("unterminated-fence", make_unterminated_fence, (
        ("SKC011", W, "fence/SKILL.md", 7, 1,
         "the code fence opened here (```) is never closed"),), exit_code=0, builds=True),
    Case("non-utf8", make_non_utf8, (
        ("SKC004", E, "latin1/SKILL.md", 3, 17,
         "invalid UTF-8 byte 0xe9 at byte offset 33"),)),
    Case("binary", make_binary, (
        ("SKC003", E, "binary/SKILL.md", 1, 1,
         "binary/SKILL.md is a binary file (it contains NUL bytes)"),)),
    Case("huge", make_huge, (
        ("SKC002", E, "huge/SKILL.md", 1, 1,
         "huge/SKILL.md is 52,428,800 bytes; the limit is 4,194,304"),)),
    Case("alias-bomb", make_alias_bomb, (
        ("SKC009", E, "bomb/SKILL.md", 4, 4,
         "YAML anchor '&a' in frontmatter: anchors and aliases are not allowed"),
        ("SKC014", E, "bomb/SKILL.md", 4, 4, "flow-style list ([...]) in frontmatter"))),
    Case("symlink-out", make_symlink_out, (
        ("SKC013", E, "linker/references/secret.txt", 1, 1,
         "symlink references/secret.txt points outside the skill folder "
         "(to ../../outside/secret.txt)"),)),
    Case("skill-md-symlink", make_skill_md_symlink, (
        ("SKC013", E, "mdlink/SKILL.md", 1, 1,
         "SKILL.md is a symlink to ../outside/SKILL.md, outside the skill folder"),)),
    Case("name-is-path", make_name_is_path, (
        ("SKC104", E, "escape/SKILL.md", 2, 7, "name '../x' is a path, not a name"),
        ("SKC106", E, "escape/SKILL.md", 2, 7,
         "name '../x' does not match the folder name 'escape'"))),
    Case("bom", make_bom, (
        ("SKC114", E, "bom/SKILL.md", 1, 1, "SKILL.md starts with a UTF-8 byte-order mark"),)),
    Case("blank-before-frontmatter", make_blank_before, (
        ("SKC115", E, "blank/SKILL.md", 2, 1,
         "the frontmatter fence is not on the first line"),)),
    Case("no-frontmatter", make_no_frontmatter, (
        ("SKC005", E, "plain/SKILL.md", 1, 1,
         "SKILL.md does not start with YAML frontmatter (`---`)"),)),
    Case("unclosed-frontmatter", make_unclosed, (
        ("SKC006", E, "unclosed/SKILL.md", 1, 1,
         "the frontmatter opened on line 1 is never closed"),)),
    Case("frontmatter-is-list", make_list_frontmatter, (
        ("SKC008", E, "listy/SKILL.md", 2, 1,
         "frontmatter must be a YAML mapping of `key: value` lines"),)),
    Case("duplicate-key", make_duplicate_key, (
        ("SKC010", E, "dup/SKILL.md", 4, 1, "duplicate key 'name' (first defined on line 2)"),)),
    Case("flow-style", make_flow_style, (
        ("SKC014", E, "flow/SKILL.md", 4, 16, "flow-style list ([...]) in frontmatter"),
        ("SKC112", W, "flow/SKILL.md", 4, 16,
         "`allowed-tools` is a list; the spec expects one space-separated string"))),
    Case("explicit-tag", make_explicit_tag, (
        ("SKC015", E, "tagged/SKILL.md", 3, 14,
         "explicit YAML tag 'tag:yaml.org,2002:python/object/apply:os.system' is not allowed"),)),
    Case("fifo", make_fifo, (
        ("SKC016", E, "piped/pipe", 1, 1, "pipe is not a regular file (device, FIFO or socket)"),)),
    Case("skill-md-is-directory", make_skill_md_dir, (
        ("SKC001", E, "dirmd/SKILL.md", 1, 1, "dirmd/SKILL.md is a directory, not a file"),)),
    Case("no-skill-md", make_no_skill_md, (
        ("SKC012", E, "empty", 1, 1, "no SKILL.md in empty"),),
        cli_expected=(("SKC012", E, "empty", 1, 1, "no SKILL.md in empty"),)),
    Case("triple-dash-in-value", make_triple_dash, (
        ("SKC116", E, "dashes/SKILL.md", 3, 15,
         "`---` inside the frontmatter ends it early for many readers"),)),
]
CASE_IDS = [c.id for c in CASES]
BY_ID = {c.id: c for c in CASES}


def run_skcc(*args: str, cwd: Path, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "skcc", *args], capture_output=True,
                          text=True, cwd=cwd, timeout=timeout, stdin=subprocess.DEVNULL)


@dataclass(frozen=True)
class Outcome:
    returncode: int
    stdout: str
    stderr: str


@pytest.fixture
def skcc_inproc(monkeypatch, capsys):  # type: ignore[no-untyped-def]
    """Run ``skcc.cli.main`` in this process (faster than a subprocess, same error handling)."""
    from skcc.cli import main

    def run(*args: str, cwd: Path) -> Outcome:
        monkeypatch.chdir(cwd)
        monkeypatch.setattr(sys, "argv", ["skcc", *args])
        capsys.readouterr()
        try:
            main()
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
        else:
            raise AssertionError("skcc main() returned without exiting")
        captured = capsys.readouterr()
        return Outcome(code, captured.out, captured.err)

    return run


def loaded(path: str) -> list[Expected]:
    skill, diagnostics = load_skill(path)
    if skill is not None:
        diagnostics = [*diagnostics, *check_skill(skill)]
    for d in diagnostics:
        assert d.help.strip(), f"{d.code} has no help text"
    found = sorted(diagnostics, key=lambda d: d.sort_key)
    return [(d.code, d.severity.value, d.span.path, d.span.line, d.span.column, d.message)
            for d in found]


def listing(root: Path) -> set[str]:
    """Every entry under root (files, folders, links, FIFOs), without following links."""
    out = set()
    for folder, dirs, files in os.walk(root):
        for name in dirs + files:
            out.add((Path(folder) / name).relative_to(root).as_posix())
    return out


# -- exact diagnostics ------------------------------------------------------------------------

@pytest.mark.parametrize("case", CASES, ids=CASE_IDS)
def test_exact_diagnostics(tmp_path: Path, monkeypatch, case: Case) -> None:
    monkeypatch.chdir(tmp_path)
    target = case.make(tmp_path)
    assert loaded(target) == sorted(case.expected, key=lambda e: (e[2], e[3], e[4], e[0]))


@pytest.mark.parametrize("case", CASES, ids=CASE_IDS)
def test_cli_check_reports_without_traceback(tmp_path: Path, skcc_inproc, case: Case) -> None:
    target = case.make(tmp_path)
    text = run_skcc("check", target, cwd=tmp_path)
    output = text.stdout + text.stderr
    assert "Traceback" not in output and "internal error" not in output, output
    assert text.returncode == case.exit_code, output
    expected = case.cli_expected or case.expected
    for code, severity, path, line, column, message in expected:
        assert f"{path}:{line}:{column}: {severity}[{code}] {message}" in text.stdout

    as_json = skcc_inproc("check", target, "--format", "json", cwd=tmp_path)
    assert "Traceback" not in as_json.stdout + as_json.stderr
    assert as_json.returncode == case.exit_code
    reported = [(d["code"], d["severity"], d["location"]["path"], d["location"]["line"],
                 d["location"]["column"], d["message"])
                for d in json.loads(as_json.stdout)["diagnostics"]]
    assert reported == sorted(expected, key=lambda e: (e[2], e[3], e[4], e[0]))


@pytest.mark.parametrize("case", CASES, ids=CASE_IDS)
def test_build_writes_nothing_for_a_bad_skill_and_nothing_outside_out(
        tmp_path: Path, skcc_inproc, case: Case) -> None:
    target = case.make(tmp_path)
    before = listing(tmp_path)
    result = skcc_inproc("build", target, "--target", "all", "--out", "out", cwd=tmp_path)
    output = result.stdout + result.stderr
    assert "Traceback" not in output and "internal error" not in output, output
    new = listing(tmp_path) - before
    assert all(p == "out" or p.startswith("out/") for p in new), sorted(new)
    assert not [p for p in new if "/.skcc-" in f"/{p}"], "staging folder left behind"
    written = sorted(p for p in new if (tmp_path / p).is_file())
    if case.builds:
        assert result.returncode == 0, output
        folders = {f"out/{name}/{get(name).manifest.project_dir}/{target}"
                   for name in all_targets()}
        assert {f"{f}/SKILL.md" for f in folders} <= set(written), written
        assert all(p.rpartition("/")[0] in folders or p.endswith("agents/openai.yaml")
                   for p in written), written
    else:
        assert result.returncode == 1, output
        assert written == [], written
        assert f"skipped {target}" in result.stderr or case.id == "no-skill-md"


# -- rendered text output (syrupy) -------------------------------------------------------------

SNAPSHOTTED = ["broken-yaml", "unterminated-fence", "non-utf8", "name-is-path", "duplicate-key",
               "flow-style"]


@pytest.mark.parametrize("case_id", SNAPSHOTTED)
def test_check_text_output(tmp_path: Path, snapshot, case_id: str) -> None:
    case = BY_ID[case_id]
    result = run_skcc("check", case.make(tmp_path), cwd=tmp_path)
    assert result.returncode == case.exit_code
    assert f"exit {result.returncode}\n--- stdout\n{result.stdout}--- stderr\n{result.stderr}" \
        == snapshot


# -- the cases the brief singles out, beyond the exact diagnostic -------------------------------

def test_unterminated_fence_still_builds_with_the_body_intact(tmp_path: Path, skcc_inproc) -> None:
    target = make_unterminated_fence(tmp_path)
    result = skcc_inproc("build", target, "--target", "claude", "--out", "out", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "warning[SKC011]" in result.stdout
    built = (tmp_path / "out/claude/.claude/skills/fence/SKILL.md").read_text("utf-8")
    assert built.endswith("# Fence\n\n```bash\nmake test\n## Next step\n")
    strict = run_skcc("check", target, "--fail-on", "warning", cwd=tmp_path)
    assert strict.returncode == 1


def test_huge_skill_md_is_rejected_fast_without_reading_it(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    target = make_huge(tmp_path)
    huge = (tmp_path / target / "SKILL.md").resolve()
    assert huge.stat().st_size == HUGE

    def guard(original):  # type: ignore[no-untyped-def]
        def wrapper(self, *args, **kwargs):  # type: ignore[no-untyped-def]
            if Path(self).resolve() == huge:
                raise AssertionError(f"{self} was read")
            return original(self, *args, **kwargs)
        return wrapper

    for method in ("read_bytes", "read_text", "open"):
        monkeypatch.setattr(pathlib.Path, method, guard(getattr(pathlib.Path, method)))
    started = time.perf_counter()
    skill, diagnostics = load_skill(target)
    from skcc.report import text

    rendered = text.render(diagnostics)  # the code frame must not read it either
    assert time.perf_counter() - started < 1.0
    assert skill is None and [d.code for d in diagnostics] == ["SKC002"]
    assert rendered.startswith("huge/SKILL.md:1:1: error[SKC002]")


def test_alias_bomb_is_refused_quickly(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    target = make_alias_bomb(tmp_path)
    started = time.perf_counter()
    skill, diagnostics = load_skill(target)
    assert time.perf_counter() - started < 1.0
    assert skill is None
    assert "SKC009" in [d.code for d in diagnostics]
    started = time.perf_counter()
    result = run_skcc("check", target, cwd=tmp_path, timeout=30)
    assert time.perf_counter() - started < 10.0  # interpreter start-up included
    assert result.returncode == 1 and "error[SKC009]" in result.stdout


def test_symlinked_secret_is_never_copied_or_printed(tmp_path: Path, skcc_inproc) -> None:
    target = make_symlink_out(tmp_path)
    check = run_skcc("check", target, cwd=tmp_path)
    assert check.returncode == 1
    # The code frame must not show the first line of a file outside the skill.
    assert "TOP-SECRET-TOKEN" not in check.stdout + check.stderr
    # Even when the error is ignored and the skill is built, the link is not followed.
    build = skcc_inproc("build", target, "--target", "all", "--out", "out", "--ignore",
                        "SKC013", cwd=tmp_path)
    assert build.returncode == 0, build.stdout + build.stderr
    for tree in ("out/claude/.claude/skills/linker", "out/agentskills/.agents/skills/linker"):
        files = sorted(p.relative_to(tmp_path / tree).as_posix()
                       for p in (tmp_path / tree).rglob("*"))
        assert files == ["SKILL.md", "references", "references/guide.md"]
    for path in (tmp_path / "out").rglob("*"):
        assert path.is_dir() or b"TOP-SECRET-TOKEN" not in path.read_bytes()


def test_absolute_symlink_out_is_refused_and_not_printed(tmp_path: Path, skcc_inproc) -> None:
    (tmp_path / "elsewhere").mkdir()
    secret = tmp_path / "elsewhere" / "token"
    secret.write_text("ABSOLUTE-SECRET\n")
    skill = write(tmp_path, "abs", FM.format(name="abs"))
    symlink(secret, skill / "token.txt")
    symlink(tmp_path / "elsewhere", skill / "assets")  # a whole folder, too
    check = run_skcc("check", "abs", cwd=tmp_path)
    assert check.returncode == 1
    assert check.stdout.count("error[SKC013]") == 2
    assert "ABSOLUTE-SECRET" not in check.stdout + check.stderr
    build = skcc_inproc("build", "abs", "--target", "claude", "--out", "out", "--ignore",
                        "SKC013", cwd=tmp_path)
    assert build.returncode == 0
    assert sorted(p.name for p in (tmp_path / "out/claude/.claude/skills/abs").iterdir()) \
        == ["SKILL.md"]


def test_skill_md_symlink_out_is_not_read(tmp_path: Path) -> None:
    target = make_skill_md_symlink(tmp_path)
    (tmp_path / "outside" / "SKILL.md").write_text(
        "---\nname: mdlink\ndescription: OUTSIDE-CONTENT\n---\n# X\n")
    check = run_skcc("check", target, cwd=tmp_path)
    assert check.returncode == 1 and "error[SKC013]" in check.stdout
    assert "OUTSIDE-CONTENT" not in check.stdout + check.stderr


def test_fifo_never_blocks_even_when_its_error_is_ignored(tmp_path: Path, skcc_inproc) -> None:
    target = make_fifo(tmp_path)
    build = skcc_inproc("build", target, "--target", "claude", "--out", "out", "--ignore",
                        "SKC016", cwd=tmp_path)
    assert build.returncode == 0, build.stdout + build.stderr
    assert [p.name for p in (tmp_path / "out/claude/.claude/skills/piped").iterdir()] \
        == ["SKILL.md"]


def test_skill_md_that_is_a_fifo(tmp_path: Path, monkeypatch) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("os.mkfifo is not available on this platform")
    (tmp_path / "fifomd").mkdir()
    os.mkfifo(tmp_path / "fifomd" / "SKILL.md")
    monkeypatch.chdir(tmp_path)
    assert loaded("fifomd") == [("SKC016", "error", "fifomd/SKILL.md", 1, 1,
                                 "fifomd/SKILL.md is not a regular file")]
    result = run_skcc("check", "fifomd", cwd=tmp_path, timeout=30)
    assert result.returncode == 1 and "Traceback" not in result.stdout + result.stderr


def test_name_that_is_a_path_cannot_steer_the_build(tmp_path: Path, skcc_inproc) -> None:
    target = make_name_is_path(tmp_path)
    before = listing(tmp_path)
    result = skcc_inproc("build", target, "--target", "all", "--out", "out/deep", cwd=tmp_path)
    assert result.returncode == 1
    assert "name '../x' is a path" in result.stdout
    assert listing(tmp_path) == before


# -- more malformed input: always a diagnostic, never a crash -----------------------------------

NASTY: dict[str, object] = {
    "empty-file": b"",
    "only-opening-fence": b"---\n",
    "opening-fence-no-newline": b"---",
    "empty-frontmatter": b"---\n---\n# T\n",
    "tab-indentation": b"---\nname: tabs\n\tdescription: d\n---\n# T\n",
    "yaml-nested-40-deep": ("---\nname: deep\nmetadata:\n"
                            + "".join("  " * i + f"k{i}:\n" for i in range(1, 40))
                            + "  " * 40 + "v: x\n---\n# T\n").encode(),
    "yaml-flow-nested-5000-deep": b"---\nname: x\nmetadata: " + b"[" * 5000 + b"]" * 5000
                                  + b"\n---\n# T\n",
    "complex-key": b"---\n? [a, b]\n: c\nname: x\n---\n# T\n",
    "utf-16": "---\nname: x\ndescription: d\n---\n# T\n".encode("utf-16"),
    "cr-only-newlines": b"---\rname: x\rdescription: d\r---\r# T\r",
    "utf8-surrogate": b"---\nname: x\ndescription: \xed\xa0\x80\n---\n# T\n",
    "truncated-utf8": b"---\nname: x\ndescription: caf\xc3",
    "control-character": b"---\nname: x\ndescription: a\x07b\n---\n# T\n",
    "yaml-directive": b"---\n%YAML 1.1\n---\nname: x\n---\n# T\n",
    "name-is-list": b"---\nname:\n  - a\ndescription: d\n---\n# T\n",
    "merge-key": b"---\nbase: &b\n  k: v\nmetadata:\n  <<: *b\nname: x\n---\n# T\n",
    "only-bom": b"\xef\xbb\xbf",
    "bom-then-nothing-else": b"\xef\xbb\xbf---\n---\n",
    "many-frontmatter-fences": b"---\n---\n---\n---\n---\n",
    "indented-closing-fence": b"---\nname: x\ndescription: d\n ---\n# T\n",
    "long-line": b"---\nname: x\ndescription: " + b"x" * 200_000 + b"\n---\n# T\n",
    "html-comment-unclosed": b"---\nname: x\ndescription: d\n---\n<!-- never closed\n",
    "weird-links": b"---\nname: x\ndescription: d\n---\n[a](../../etc/passwd) [b](%zz) "
                   b"[c](<a b>) [d]()\n",
    "nested-blockquotes-100": b"---\nname: x\ndescription: d\n---\n" + b"> " * 100 + b"x\n",
    "nested-lists-60": b"---\nname: x\ndescription: d\n---\n" + b"- " * 60 + b"x\n",
    "nested-blockquotes-1000": b"---\nname: x\ndescription: d\n---\n" + b"> " * 1000 + b"x\n",
    "nested-lists-1000": b"---\nname: x\ndescription: d\n---\n" + b"- " * 1000 + b"x\n",
}


@pytest.mark.parametrize("data", list(NASTY.values()), ids=list(NASTY))
def test_nasty_input_never_crashes(tmp_path: Path, skcc_inproc, data: bytes) -> None:
    write(tmp_path, "x", data)
    result = run_skcc("check", "x", cwd=tmp_path, timeout=120)
    output = result.stdout + result.stderr
    assert "Traceback" not in output, output
    assert result.returncode in (0, 1), output[-2000:]
    if result.returncode == 1:
        assert "error[SKC" in result.stdout
    built = skcc_inproc("build", "x", "--target", "all", "--out", "out", cwd=tmp_path)
    assert built.returncode in (0, 1) and "Traceback" not in built.stdout + built.stderr
    assert {p.name for p in tmp_path.iterdir()} <= {"x", "out"}


def test_missing_path_and_file_arguments(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("hello\n")
    for arg in ("does-not-exist", "notes.txt"):
        result = run_skcc("check", arg, cwd=tmp_path)
        assert result.returncode == 1
        assert "Traceback" not in result.stdout + result.stderr
        assert f"{arg}:1:1: error[SKC012] {arg} is neither a skill folder nor a SKILL.md" \
            in result.stdout


@pytest.mark.parametrize("marker", ["> ", "- ", "1. "])
def test_nesting_deeper_than_the_limit_is_SKC017_and_keeps_the_text(tmp_path: Path,
                                                                    marker: str) -> None:
    text = "---\nname: x\ndescription: d\n---\n# T\n\n" + marker * 1000 + "deep\n"
    skill, diagnostics = load_skill(write(tmp_path, "x", text.encode()))
    assert skill is not None
    deep = [d for d in diagnostics if d.code == "SKC017"]
    assert [(d.span.line, d.span.column, d.severity.value) for d in deep] == [(7, 1, "warning")]
    assert deep[0].message == ("block quotes and lists are nested more than 32 levels deep; "
                               "deeper markers are read as text")
    assert "deep" in skill.document.body and skill.document.body == text.split("---\n", 2)[2]
