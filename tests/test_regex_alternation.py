"""``_regex.alternation`` rewrites the phrase patterns for speed without changing a match.

Each rewritten pattern is compared with the plain ``"|".join(parts)`` it stands for: on
strings generated from every alternative of the plain pattern, on the folded text of the
rule fixtures and the security corpora, and (when present) of the real skills in
``../shared/corpus``. Same matches means same spans, in the same order.
"""

from __future__ import annotations

import random
import re

import pytest

from skcc.analyzers.rules import _phrases, _regex
from skcc.analyzers.rules._fold import fold_text
from skcc.analyzers.rules._regex import alternation
from tests.conftest import CORPUS, ROOT
from tests.test_hints import samples

# Every rewritten pattern, by the name of its _phrases constant where it has one.
_NAMES = {value: name for name, value in vars(_phrases).items() if isinstance(value, re.Pattern)}
PATTERNS = {_NAMES.get(pattern, f"pattern-{i}"): pattern
            for i, pattern in enumerate(_regex.PLAIN)}


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    """Every Markdown file of the fixtures and security corpora (and the corpus), as written
    and folded both ways, and their scripts as written (some patterns read raw text)."""
    roots = [ROOT / "analyzers" / "fixtures", *sorted((ROOT / "tests").glob("security_*"))]
    if CORPUS.is_dir():
        roots.append(CORPUS)
    found = []
    for root in roots:
        for path in sorted(root.rglob("*")):
            if not path.is_file():
                continue
            if path.suffix == ".md":
                text = path.read_text("utf-8", errors="replace")
                found += [text, fold_text(text, True), fold_text(text, False)]
            elif path.suffix in (".py", ".sh", ".js", ".ts", ".ps1", ".rb", ".yml", ".yaml",
                                 ".json", ".env", ".toml"):
                found.append(path.read_text("utf-8", errors="replace"))
    return found


@pytest.mark.parametrize("key", sorted(PATTERNS))
def test_rewritten_pattern_matches_like_the_plain_one(key: str, texts: list[str]) -> None:
    fast = PATTERNS[key]
    source, flags = _regex.PLAIN[fast]
    plain = re.compile(source, flags)
    assert fast.pattern != plain.pattern  # the rewrite did something to compare
    assert len(texts) > 100
    for text in texts:
        assert _spans(fast, text) == _spans(plain, text)
    matched = 0
    alternatives = set()
    for index, generated in samples(fast, random.Random(key), 200):
        alternatives.add(index)
        # Embedded in text, so the look-ahead and the boundaries see real neighbours.
        text = f"see {generated} and x{generated}"
        expected = _spans(plain, text)
        matched += bool(expected)
        assert _spans(fast, text) == expected, text
    assert matched > 100 * len(alternatives) // 2


@pytest.mark.parametrize(("parts", "flags", "text", "expected"), [
    # Order of alternatives decides between matches at one position: kept.
    ([r"\bab", r"\babc"], 0, "abc", [(0, 2)]),
    ([r"\babc", r"x|\bab"], 0, "abc xab", [(0, 3), (4, 5)]),
    # A part with its own top-level alternatives.
    ([r"\bfoo|\bbar", "baz"], 0, "a bar baz", [(2, 5), (6, 9)]),
    # A part that can match the empty string: no guard, every position can match.
    ([r"\bq", r"z?"], 0, "a q", [(0, 0), (1, 1), (2, 3), (3, 3)]),
    # Case folding: the guard is case-blind under IGNORECASE, Unicode folds included
    # (KELVIN SIGN is a k, LONG S an s); an inline (?i) gets no guard.
    ([r"\bsecret"], re.IGNORECASE, "SECRET", [(0, 6)]),
    ([r"\bkey", r"\bsalt"], re.IGNORECASE, "\u212aEY \u017fALT", [(0, 3), (4, 8)]),
    ([r"(?i)\bsecret", r"\btoken"], 0, "Secret", [(0, 6)]),
    ([r"\b(?i:s)ecret"], 0, "Secret", [(0, 6)]),
    # Special characters in the guard's character class.
    ([r"\]x", r"\^y", r"-z", r"\\w", r"\[v"], 0, "]x ^y -z \\w [v", [(0, 2), (3, 5), (6, 8),
                                                                   (9, 11), (12, 14)]),
])
def test_alternation_edge_cases(parts: list[str], flags: int, text: str,
                                expected: list[tuple[int, int]]) -> None:
    fast = alternation(parts, flags)
    assert _spans(re.compile("|".join(parts), flags), text) == expected
    assert _spans(fast, text) == expected


def test_guard_only_where_the_first_characters_are_known() -> None:
    assert alternation([r"\bfoo", r"\bbar"]).pattern == r"(?=[bf])(?:\b(?:foo|bar))"
    assert alternation([r"\bfoo", r"\w+"]).pattern == r"\bfoo|\w+"
    assert alternation([r"\bfoo"], re.IGNORECASE).pattern == r"(?=[f])(?:\bfoo)"
    assert alternation([r"(?i)\bfoo"]).pattern == r"(?i)\bfoo"
