"""The fast fold (``_fold.fold_text``) returns exactly the reference fold's text.

Patterns run on ``fold_text`` and match positions are mapped back through ``normalise``'s
origin map, so the two must agree character for character: on every segment of the test
corpora and fixtures, and on random strings of the characters each folding step treats
specially.
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

import pytest

from skcc.analyzers.rules import _text
from skcc.analyzers.rules._fold import CONFUSABLES, fold_text, normalise
from skcc.frontend.loader import load_skill
from tests.conftest import CORPUS, ROOT
from tests.test_rules import CHECKED, fixture_cases, write_case


def _segment_texts(roots: list[Path]) -> list[str]:
    texts: dict[str, None] = {}
    for root in roots:
        for path in sorted(root.rglob("SKILL.md")):
            skill, _ = load_skill(path.parent)
            if skill is not None:
                texts.update(dict.fromkeys(s.text for s in _text.segments(skill)))
    return list(texts)


def _assert_same(texts: list[str]) -> None:
    assert texts
    for text in texts:
        for prose in (True, False):
            assert fold_text(text, prose) == normalise(text, prose).text, (text, prose)


def test_fast_fold_matches_on_the_shared_corpus() -> None:
    if not CORPUS.is_dir():
        pytest.skip("the shared corpus (../shared/corpus) is not present")
    _assert_same(_segment_texts([CORPUS]))


def test_fast_fold_matches_on_the_security_corpus_and_fixtures(tmp_path: Path) -> None:
    for code in CHECKED:
        for i, (_, folder, text) in enumerate(fixture_cases(code)):
            write_case(tmp_path / f"{code}-{i}", folder, text)
    _assert_same(_segment_texts([ROOT / "tests" / "security_corpus", tmp_path]))


# Every character some step of the fold singles out, plus ordinary letters around them.
_ALPHABET = [
    *"aZ9_ ", "*", "`", "~", "|", ">", "#", "_", "-", ".",
    " ", "\t", "\n", "\r", "\x0b", "\x0c", "\x1c", "\x85", "\u00a0", "\u2003", "\u3000",
    "\u200b", "\u200d", "\u00ad", "\u202e", "\u2066", "\ufeff", "\U000e0041", "\U000e007f",
    "Ａ", "ｚ", "＊", "｜", "～", "＿", "ß", "ﬁ", "é", "e\u0301", "İ", "Σ", "ς", "K",
    "д", "ж", "Я", "λ", "忽", "略", "한", "٣", "½", "¨", "\u2028", "ꭰ", "Ꭰ", "𝐀",
]


@pytest.mark.parametrize("seed", range(8))
def test_fast_fold_matches_on_random_strings(seed: int) -> None:
    rng = random.Random(seed)
    texts = ["".join(rng.choices(_ALPHABET, k=rng.randint(0, 40))) for _ in range(1500)]
    _assert_same(texts)


def test_fast_fold_matches_with_look_alike_letters() -> None:
    rng = random.Random(99)
    alphabet = [*_ALPHABET, *CONFUSABLES, "p", "o"]
    _assert_same(["".join(rng.choices(alphabet, k=rng.randint(1, 30))) for _ in range(500)])


def test_the_character_classes_the_fast_fold_relies_on() -> None:
    """``\\s`` and ``str.split()`` see exactly ``isspace``; ``[^\\W_]`` is exactly
    ``isalnum`` (the reference fold calls those methods)."""
    chars = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    assert re.findall(r"\s", chars) == [c for c in chars if c.isspace()]
    assert re.findall(r"[^\W_]", chars) == [c for c in chars if c.isalnum()]
    assert "".join(chars.split()) == "".join(c for c in chars if not c.isspace())
