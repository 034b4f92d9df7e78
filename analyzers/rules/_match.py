"""Finding the phrase patterns in all the visible text of a skill at once.

The phrase rules (SKC301-303, 308, 309, 313) look for a few long patterns in every visible
segment of a skill, and almost never find one. Rather than test each segment against each
pattern's hint, ``matches`` joins the folds of all visible segments and finds every hint
word of every pattern in one scan (``_hints.scan``); a pattern then runs only on the
segments that contain all of its hint groups. Finding more candidates than needed only
costs time, fewer would lose findings.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from skcc.analyzers.rules import _hints, _text
from skcc.analyzers.rules._text import Segment


class _SkillText:
    """The visible segments of one skill and, per fold, the hint groups each contains."""

    def __init__(self, skill) -> None:  # type: ignore[no-untyped-def]
        # the visible segments, then the sentences of scripts (for the rules that read them)
        self.visible = (*_text.visible(skill), *_text.script_text(skill))
        self._groups: dict[bool, list[int]] = {}

    def candidates(self, pattern: re.Pattern[str], prose: bool) -> Sequence[int]:
        """Indices of the segments whose fold (the prose fold, or with ``prose`` False the
        command fold) has every hint group of ``pattern``; for the command fold, maybe a few
        more (see ``_command_groups``)."""
        required = _hints.REQUIRED.get(id(pattern))
        if required is None:
            return range(len(self.visible))
        groups = self._groups.get(prose)
        if groups is None:
            groups = self._groups[prose] = self._prose_groups() if prose else \
                self._command_groups()
        return [i for i, found in enumerate(groups) if found & required == required]

    def _prose_groups(self) -> list[int]:
        return _scan([s.prose_fold for s in self.visible])

    def _command_groups(self) -> list[int]:
        """From the prose groups where ``_hints.command_bits`` can tell (ASCII text: no
        second fold and scan), by scanning the command folds of the rest."""
        prose = self._groups.get(True)
        if prose is None:
            prose = self._groups[True] = self._prose_groups()
        groups = []
        others = []
        for index, (segment, bits) in enumerate(zip(self.visible, prose)):
            found = _hints.command_bits(segment.text, bits)
            if found is None:
                others.append(index)
                found = 0
            groups.append(found)
        if others:
            for index, bits in zip(others, _scan([self.visible[i].command_fold
                                                  for i in others])):
                groups[index] = bits
        return groups


def _scan(folds: list[str]) -> list[int]:
    """The hint groups in each of ``folds``, found in one scan of them joined."""
    starts = []
    at = 0
    for fold in folds:
        starts.append(at)
        at += len(fold) + 1
    return _hints.scan("\n".join(folds), starts)


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
            both: bool = False, scripts: bool = False
            ) -> Iterator[tuple[Segment, re.Pattern[str], int, int, str]]:
    """(segment, pattern, start, end, matched source text) of each match of ``patterns`` in
    the visible segments of ``skill`` (and with ``scripts``, the sentences of its scripts):
    segment by segment, then pattern by pattern, as ``_text.finditer`` (or with ``both``,
    ``_text.finditer_both``) reports them."""
    text = _skill_text(skill)
    modes = (True, False) if both else (prose,)
    # Per segment, the patterns (in the given order) to run on it and the folds to run them
    # on: a pattern runs only where its own hint groups are all present.
    wanted: dict[int, dict[int, list[bool]]] = {}
    for order, pattern in enumerate(patterns):
        for mode in modes:
            for index in text.candidates(pattern, mode):
                wanted.setdefault(index, {}).setdefault(order, []).append(mode)
    for index in sorted(wanted):
        segment = text.visible[index]
        if not scripts and segment.context == _text.SCRIPT_TEXT:
            continue
        for order, folds in sorted(wanted[index].items()):
            pattern = patterns[order]
            found = _text.finditer_both(pattern, segment, tuple(folds)) if both else \
                _text.finditer(pattern, segment, prose, hinted=True)
            for start, end, source in found:
                yield segment, pattern, start, end, source
