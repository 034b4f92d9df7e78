"""The rule catalogue keeps itself honest: unique codes, doc pages, fixtures for every rule."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from skcc.analyzers import check_skill
from skcc.cli import cli
from skcc.frontend.loader import load_skill
from skcc.rules import catalogue
from tests.conftest import ROOT, write_skill

FIXTURES = ROOT / "analyzers" / "fixtures"
DOC_HEADINGS = ("## What it does", "## Why is this bad?", "## Example", "## Use instead")
CASE_RE = re.compile(r"^%% (ruleid|ok): (.+)$", re.M)
# Rules the frontend or a backend emits while reading or emitting: their fixtures are the
# broken inputs built in these test modules.
EMITTED_ELSEWHERE = {"tests/test_bad_input.py": "SKC0", "tests/test_build.py": "SKC2",
                     "tests/test_semgrep.py": "SKC910",
                     "tests/test_check_cli.py": "SKC901",
                     "tests/test_backends.py": "SKC2"}


def fixture_cases(code: str) -> list[tuple[str, str, str]]:
    text = (FIXTURES / f"{code}.md").read_text("utf-8")
    marks = list(CASE_RE.finditer(text))
    cases = []
    for i, m in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(text)
        cases.append((m.group(1), m.group(2), text[m.end() + 1: end]))
    return cases


FILE_RE = re.compile(r"^%% file: (\S+)( executable)?$", re.M)


def write_case(base: Path, folder: str, text: str) -> Path:
    """A fixture case: SKILL.md text, then optional `%% file: <path> [executable]` sections
    holding the skill's bundled files (scripts, references, config)."""
    parts = FILE_RE.split(text)
    skill = write_skill(base, folder, parts[0])
    for i in range(1, len(parts), 3):
        path = skill / parts[i]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(parts[i + 2].lstrip("\n"), "utf-8")
        if parts[i + 1]:
            path.chmod(0o755)
    return skill


CHECKED = [code for code, entry in catalogue().items() if entry.check is not None]


def test_codes_are_unique_well_formed_and_documented() -> None:
    rules = catalogue()
    assert len(rules) >= 35
    names = [e.rule.name for e in rules.values()]
    assert len(names) == len(set(names))
    for code, entry in rules.items():
        assert re.fullmatch(r"SKC\d{3}", code)
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", entry.rule.name)
        assert entry.module.__name__.endswith(f"{code.lower()}_{entry.rule.name.replace('-', '_')}")
        for heading in DOC_HEADINGS:
            assert heading in entry.rule.doc, f"{code} doc lacks {heading}"


@pytest.mark.parametrize("code", CHECKED)
def test_every_checked_rule_has_positive_and_negative_fixtures(code: str) -> None:
    assert (FIXTURES / f"{code}.md").is_file(), f"{code} has no fixture file"
    kinds = {kind for kind, _, _ in fixture_cases(code)}
    assert kinds == {"ruleid", "ok"}


@pytest.mark.parametrize("code", sorted(set(catalogue()) - set(CHECKED)))
def test_emitted_rules_are_exercised_by_their_test_module(code: str) -> None:
    modules = [m for m, prefix in EMITTED_ELSEWHERE.items() if code.startswith(prefix)]
    if code in ("SKC114", "SKC115"):
        modules = ["tests/test_bad_input.py"]
    assert modules, f"{code} has no check() and no test module that emits it"
    assert any(code in (ROOT / m).read_text("utf-8") for m in modules if (ROOT / m).exists())


@pytest.mark.parametrize(
    ("code", "kind", "folder", "text"),
    [(code, *case) for code in CHECKED for case in fixture_cases(code)],
    ids=lambda v: v if isinstance(v, str) and len(v) < 40 else None,
)
def test_fixture(tmp_path: Path, code: str, kind: str, folder: str, text: str) -> None:
    skill, diagnostics = load_skill(write_case(tmp_path, folder, text))
    assert skill is not None, diagnostics
    codes = [d.code for d in [*diagnostics, *check_skill(skill)]]
    if kind == "ruleid":
        assert code in codes
    else:
        assert code not in codes


def test_rule_command_prints_the_doc_page() -> None:
    result = CliRunner().invoke(cli, ["rule", "SKC104"])
    assert result.exit_code == 0
    assert "## What it does" in result.output
    assert "Stricter than the reference validator" in result.output
    listing = CliRunner().invoke(cli, ["rule", "--all"])
    assert listing.exit_code == 0
    assert len(listing.output.strip().splitlines()) == len(catalogue())


def test_unknown_rule_is_a_usage_error() -> None:
    result = CliRunner().invoke(cli, ["rule", "SKC999"])
    assert result.exit_code == 2
    assert "no rule SKC999" in result.output


@pytest.mark.parametrize("code", sorted(catalogue()))
def test_generated_doc_page_is_current(code: str) -> None:
    page = ROOT / "docs" / "rules" / f"{code}.md"
    assert page.is_file(), "run `skcc rule --write-docs docs/rules`"
    assert page.read_text("utf-8") == catalogue()[code].rule.page(), \
        "stale page: run `skcc rule --write-docs docs/rules`"
