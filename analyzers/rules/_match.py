"""Finding the phrase patterns in all the visible text of a skill at once.

The phrase rules (SKC301-303, 308, 309, 313) look for a few long patterns in every visible
segment of a skill, and almost never find one. Rather than test each segment against each
pattern's hint, ``matches`` joins the folds of all visible segments and finds every hint
word of every pattern in one scan (``_hints.scan``); a pattern then runs only on the
segments that contain all of its hint groups.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from skcc.analyzers.rules import _hints, _text
from skcc.analyzers.rules._text import Segment


class _SkillText:
    """The visible segments of one skill and, per fold, the hint groups each contains."""

    def __init__(self, skill) -> None:  # type: ignore[no-untyped-def]
        self.visible = tuple(_text.visible(skill))
        self._groups: dict[bool, list[int]] = {}

    def candidates(self, pattern: re.Pattern[str], prose: bool) -> Sequence[int]:
        """Indices of the segments whose fold contains every hint group of ``pattern``."""
        required = _hints.REQUIRED.get(id(pattern))
        if required is None:
            return range(len(self.visible))
        groups = self._groups.get(prose)
        if groups is None:
            folds = [s.prose_fold if prose else s.command_fold for s in self.visible]
            starts = []
            at = 0
            for fold in folds:
                starts.append(at)
                at += len(fold) + 1
            groups = self._groups[prose] = _hints.scan("\n".join(folds), starts)
        return [i for i, found in enumerate(groups) if found & required == required]


_cache: dict[int, tuple[object, _SkillText]] = {}


def _skill_text(skill) -> _SkillText:  # type: ignore[no-untyped-def]
    hit = _cache.get(id(skill))
    if hit is not None and hit[0] is skill:
        return hit[1]
    if len(_cache) > 16:
        _cache.clear()
    found = _SkillText(skill)
    _cache[id(skill)] = (skill, found)  # keeping the skill keeps its id from being reused
    return found


def matches(skill, patterns: Sequence[re.Pattern[str]], *, prose: bool = True,  # type: ignore[no-untyped-def]
            both: bool = False) -> Iterator[tuple[Segment, re.Pattern[str], int, int, str]]:
    """(segment, pattern, start, end, matched source text) of each match of ``patterns`` in
    the visible segments of ``skill``: segment by segment, then pattern by pattern, as
    ``_text.finditer`` (or with ``both``, ``_text.finditer_both``) reports them."""
    text = _skill_text(skill)
    modes = (True, False) if both else (prose,)
    indices: set[int] = set()
    for pattern in patterns:
        for mode in modes:
            indices.update(text.candidates(pattern, mode))
    for index in sorted(indices):
        segment = text.visible[index]
        for pattern in patterns:
            found = _text.finditer_both(pattern, segment) if both else \
                _text.finditer(pattern, segment, prose)
            for start, end, source in found:
                yield segment, pattern, start, end, source
