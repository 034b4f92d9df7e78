"""skcc's verdict agrees with the Agent Skills reference validator (skills-ref).

Each row is a SKILL.md text and the folder it lives in. The reference verdict is what
``python -m skills_ref.cli validate DIR`` says (exit code 0 = valid); skcc's verdict is
"valid" when ``load_skill`` returns a skill and loading plus ``check_skill`` report no
error-severity diagnostic. They must agree, and an invalid skill must fail with exactly the
``expected_codes``.

Two explicit exceptions:

* ``STRICTER``: skcc rejects on purpose what the reference accepts. The reference must say
  valid and skcc must fail with exactly that one code.
* ``KNOWN_BUGS``: disagreements that are skcc bugs; they are strict xfails, so fixing the bug
  turns them into failures until the row is moved out of ``KNOWN_BUGS``.
"""

from __future__ import annotations

import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

pytest.importorskip("skills_ref")

from skcc.analyzers import check_skill  # noqa: E402
from skcc.diagnostics import Severity  # noqa: E402
from skcc.frontend.loader import load_skill  # noqa: E402
from skcc.rules import catalogue  # noqa: E402

DESC = "Formats changelogs. Use when the user asks for release notes."


def skill_md(name: str = "demo", description: str = DESC, extra: str = "",
             body: str = "# Demo\n\nDo the thing.\n") -> str:
    return f"---\nname: {name}\ndescription: {description}\n{extra}---\n{body}"


@dataclass(frozen=True)
class Case:
    id: str
    folder: str
    text: str
    expected_codes: frozenset[str] = frozenset()  # skcc's error codes; empty = valid


def case(id: str, folder: str, text: str, *codes: str) -> Case:
    return Case(id, folder, text, frozenset(codes))


N64, N65 = "a" * 64, "a" * 65
CASES = [
    # -- valid for both ---------------------------------------------------------------------
    case("all-six-fields", "full", skill_md("full", extra=(
        "license: Apache-2.0\ncompatibility: Requires git and Python 3.11+\n"
        "metadata:\n  author: example-org\n  version: \"1.0\"\n"
        "allowed-tools: Bash(git:*) Read Grep\n"))),
    case("minimal", "demo", "---\nname: demo\ndescription: d\n---\n"),
    case("name-64-chars", N64, skill_md(N64)),
    case("name-with-digits", "pdf2-tools", skill_md("pdf2-tools")),
    case("description-1024-chars", "demo", skill_md(description="x" * 1024)),
    case("compatibility-500-chars", "demo", skill_md(extra="compatibility: " + "c" * 500 + "\n")),
    case("metadata-map", "demo", skill_md(extra="metadata:\n  author: me\n  team: docs\n")),
    case("metadata-int-value", "demo", skill_md(extra="metadata:\n  version: 2\n")),
    case("metadata-string", "demo", skill_md(extra="metadata: just a string\n")),
    case("allowed-tools-string", "demo", skill_md(extra="allowed-tools: Read Grep\n")),
    case("allowed-tools-block-list", "demo",
         skill_md(extra="allowed-tools:\n  - Read\n  - Grep\n")),
    case("crlf-line-endings", "demo", skill_md().replace("\n", "\r\n")),
    case("name-123-in-folder-123", "123", skill_md("123")),
    case("name-yes-in-folder-yes", "yes", skill_md("yes")),
    case("description-number", "demo", skill_md(description="42")),
    case("description-with-angle-bracket", "demo",
         skill_md(description="Compares a > b. Use when ordering.")),
    case("yaml-comment-lines", "demo",
         "---\n# the skill's id\nname: demo  # must match the folder\n# what it does\n"
         f"description: {DESC}\n---\n# Demo\n"),
    case("folded-description", "demo",
         "---\nname: demo\ndescription: >\n  Formats changelogs.\n  Use when asked.\n---\n# D\n"),
    case("literal-description", "demo",
         "---\nname: demo\ndescription: |\n  Formats changelogs.\n  Use when asked.\n---\n# D\n"),
    case("quoted-strings", "demo",
         "---\nname: \"demo\"\ndescription: 'Formats: changelogs. Use when asked.'\n---\n# D\n"),
    case("quoted-name-with-outer-spaces", "demo", skill_md('"  demo  "')),
    case("compatibility-empty", "demo", skill_md(extra="compatibility:\n")),
    case("license-field", "demo", skill_md(extra="license: MIT\n")),
    case("fences-with-trailing-spaces", "demo",
         f"---  \nname: demo\ndescription: {DESC}\n---  \n# Demo\n"),
    case("thematic-break-in-body", "demo", skill_md(body="# Demo\n\nOne.\n\n---\n\nTwo.\n")),
    case("fullwidth-name-nfkc", "ｆｕｌｌ", skill_md("ｆｕｌｌ")),
    # -- invalid for both -------------------------------------------------------------------
    case("name-uppercase", "My-Skill", skill_md("My-Skill"), "SKC104"),
    case("name-underscore", "my_skill", skill_md("my_skill"), "SKC104"),
    case("name-leading-hyphen", "-demo", skill_md("-demo"), "SKC105"),
    case("name-trailing-hyphen", "demo-", skill_md("demo-"), "SKC105"),
    case("name-double-hyphen", "my--skill", skill_md("my--skill"), "SKC105"),
    case("name-65-chars", N65, skill_md(N65), "SKC103"),
    case("name-folder-mismatch", "other", skill_md("demo"), "SKC106"),
    case("name-empty", "demo", skill_md('""'), "SKC102"),
    case("name-is-list", "demo", f"---\nname:\n  - demo\ndescription: {DESC}\n---\n# D\n",
         "SKC102"),
    case("missing-name", "demo", f"---\ndescription: {DESC}\n---\n# D\n", "SKC101"),
    case("missing-description", "demo", "---\nname: demo\n---\n# D\n", "SKC107"),
    case("empty-description", "demo", skill_md(description='""'), "SKC108"),
    case("blank-description", "demo", "---\nname: demo\ndescription:\n---\n# D\n", "SKC108"),
    case("whitespace-description", "demo", skill_md(description='"   "'), "SKC108"),
    case("description-is-mapping", "demo",
         "---\nname: demo\ndescription:\n  what: x\n---\n# D\n", "SKC108"),
    case("description-1025-chars", "demo", skill_md(description="x" * 1025), "SKC109"),
    case("compatibility-501-chars", "demo",
         skill_md(extra="compatibility: " + "c" * 501 + "\n"), "SKC110"),
    case("compatibility-list", "demo",
         skill_md(extra="compatibility:\n  - git\n  - python\n"), "SKC110"),
    case("unexpected-field-model", "demo", skill_md(extra="model: sonnet\n"), "SKC113"),
    case("unexpected-field-argument-hint", "demo",
         skill_md(extra="argument-hint: \"[issue]\"\n"), "SKC113"),
    case("allowed-tools-flow-list", "demo", skill_md(extra="allowed-tools: [Read, Grep]\n"),
         "SKC014"),
    case("metadata-flow-map", "demo", skill_md(extra="metadata: {author: me}\n"), "SKC014"),
    case("unquoted-colon", "demo", skill_md(description="Use when: the user asks"), "SKC007"),
    case("tab-indentation", "demo", f"---\nname: demo\n\tdescription: {DESC}\n---\n# D\n",
         "SKC007"),
    case("no-frontmatter", "demo", "# Demo\n\nNo frontmatter here.\n", "SKC005"),
    case("unclosed-frontmatter", "demo", f"---\nname: demo\ndescription: {DESC}\n# Demo\n",
         "SKC006"),
    case("byte-order-mark", "demo", "\ufeff" + skill_md(), "SKC114"),
    case("blank-first-line", "demo", "\n" + skill_md(), "SKC115"),
    case("frontmatter-is-list", "demo", "---\n- name: demo\n- description: d\n---\n# D\n",
         "SKC008"),
    case("frontmatter-is-scalar", "demo", "---\njust text\n---\n# D\n", "SKC008"),
    case("empty-frontmatter", "demo", "---\n---\n# Demo\n", "SKC101", "SKC107"),
    case("duplicate-key", "demo", skill_md(extra="name: demo\n"), "SKC010"),
    case("anchor-and-alias", "demo",
         f"---\nname: demo\ndescription: &d {DESC}\nlicense: *d\n---\n# D\n", "SKC009"),
    case("explicit-python-tag", "demo",
         skill_md(description="!!python/object/apply:os.system id"), "SKC015"),
    # -- skcc deliberately stricter (see STRICTER) --------------------------------------------
    case("unicode-name", "unicode-ñame", skill_md("unicode-ñame"), "SKC104"),
    case("name-combining-accent", "café", skill_md("cafe\u0301"), "SKC104"),
    case("triple-dash-in-description", "demo", skill_md(description="a---b"), "SKC116"),
    case("name-null", "null", skill_md("null"), "SKC102"),
    case("description-null", "demo", skill_md(description="~"), "SKC108"),
    # -- skcc bugs (see KNOWN_BUGS): what skcc should report --------------------------------
    case("anchor-without-alias", "demo", skill_md(description=f"&d {DESC}"), "SKC009"),
    case("explicit-str-tag", "demo", skill_md(description=f"!!str {DESC}"), "SKC015"),
    case("explicit-binary-tag", "demo", skill_md(description="!!binary aGVsbG8="), "SKC015"),
    case("explicit-tag-on-mapping", "demo",
         skill_md(extra="metadata: !!python/object/apply:os.system\n  args: id\n"), "SKC015"),
    case("cr-only-line-endings", "demo", skill_md().replace("\n", "\r")),
    case("closing-fence-with-comment", "demo",
         f"---\nname: demo\ndescription: {DESC}\n--- # end of metadata\n# Demo\n", "SKC006"),
]

# case id -> (the rule that makes skcc stricter, why)
STRICTER: dict[str, tuple[str, str]] = {
    "closing-fence-with-comment": ("SKC006", "the reference splits on the first `---` "
                                   "anywhere; Codex needs a line that trims to `---`"),
    "unicode-name": ("SKC104", "the reference accepts any Unicode letter (str.isalnum after "
                     "NFKC); the spec text says a-z and Copilot/OpenCode match "
                     "^[a-z0-9]+(-[a-z0-9]+)*$"),
    "name-combining-accent": ("SKC104", "the reference NFKC-composes 'cafe' + U+0301 into "
                              "'café' and accepts it as a letter; skcc allows ASCII only"),
    "triple-dash-in-description": ("SKC116", "the reference splits SKILL.md on the first `---` "
                                   "and silently reads the description as 'a'"),
    "name-null": ("SKC102", "strictyaml reads `null` as the string 'null', but YAML 1.1/1.2 "
                  "readers (PyYAML, js-yaml) used by agents read null: no name"),
    "description-null": ("SKC108", "strictyaml reads `~` as the string '~', but the YAML "
                         "readers agents use read null: no description"),
}

# case id -> why this disagreement is a bug in skcc
KNOWN_BUGS: dict[str, str] = {}

IDS = [c.id for c in CASES]


def test_table_is_well_formed() -> None:
    assert len(CASES) >= 36
    assert len(set(IDS)) == len(IDS)
    assert set(STRICTER) <= set(IDS) and set(KNOWN_BUGS) <= set(IDS)
    assert not set(STRICTER) & set(KNOWN_BUGS)
    codes = set(catalogue())
    for c in CASES:
        assert c.expected_codes <= codes, c.id
    for cid, (code, _) in STRICTER.items():
        assert code in codes
        assert next(c for c in CASES if c.id == cid).expected_codes == {code}
    # Every rule that documents being stricter than the reference is exercised here.
    documented = {code for code, e in catalogue().items() if e.rule.stricter_than_reference}
    assert documented <= {code for code, _ in STRICTER.values()}


@pytest.fixture(scope="module")
def layout(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Every case written to its own folder: case id -> skill folder."""
    base = tmp_path_factory.mktemp("agreement")
    folders = {}
    for c in CASES:
        folder = base / c.id / c.folder
        folder.mkdir(parents=True)
        (folder / "SKILL.md").write_bytes(c.text.encode("utf-8"))
        folders[c.id] = folder
    return folders


def reference_validate(folder: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "skills_ref.cli", "validate", str(folder)],
                          capture_output=True, text=True, timeout=120,
                          stdin=subprocess.DEVNULL)


@pytest.fixture(scope="module")
def reference(layout: dict[str, Path]) -> dict[str, subprocess.CompletedProcess[str]]:
    """The reference validator's result for every case (run concurrently, once)."""
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = dict(zip(layout, pool.map(reference_validate, layout.values())))
    for cid, r in results.items():
        assert r.returncode in (0, 1), f"{cid}: skills_ref crashed: {r.stderr[-2000:]}"
        assert "Traceback" not in r.stderr, f"{cid}: {r.stderr[-2000:]}"
    return results


def skcc_errors(folder: Path) -> tuple[bool, set[str]]:
    skill, diagnostics = load_skill(folder)
    if skill is not None:
        diagnostics = [*diagnostics, *check_skill(skill)]
    errors = {d.code for d in diagnostics if d.severity is Severity.ERROR}
    return skill is not None and not errors, errors


def _params() -> list[object]:
    params = []
    for c in CASES:
        marks = ([pytest.mark.xfail(strict=True, reason=f"skcc bug: {KNOWN_BUGS[c.id]}")]
                 if c.id in KNOWN_BUGS else [])
        params.append(pytest.param(c, id=c.id, marks=marks))
    return params


@pytest.mark.parametrize("c", _params())
def test_skcc_agrees_with_reference(c: Case, layout: dict[str, Path], reference) -> None:
    ref = reference[c.id]
    ref_valid = ref.returncode == 0
    skcc_valid, errors = skcc_errors(layout[c.id])
    detail = f"reference: {(ref.stdout + ref.stderr).strip()}\nskcc errors: {sorted(errors)}"
    if c.id in STRICTER:
        code, _why = STRICTER[c.id]
        assert ref_valid, detail
        assert not skcc_valid and errors == {code}, detail
        return
    assert skcc_valid == ref_valid, detail
    assert errors == c.expected_codes, detail
