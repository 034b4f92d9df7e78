"""Optimiser passes: each takes a skill and returns a new, leaner skill; none mutates its
input, and none may lose content (every code block, inline code span, link target, table
cell and list item survives; tests/preservation.py checks this on every target's output).

The passes run in a fixed order, each switchable by name::

    comments        drop HTML comment blocks (skcc directives are kept)
    empty-sections  drop headings that own nothing but blank lines
    dedupe          drop a prose paragraph that repeats an earlier one word for word
    whitespace      trailing spaces, runs of blank lines, padded table cells
    split           move long reference sections to references/*.md (only with a threshold)
"""

from __future__ import annotations

from dataclasses import dataclass

from skcc.ir.skill import Skill

ORDER = ("comments", "empty-sections", "dedupe", "whitespace", "split")
DEFAULT_SPLIT_THRESHOLD = 0  # tokens; 0 = do not split


@dataclass(frozen=True)
class Options:
    skip: frozenset[str] = frozenset()  # pass names switched off
    split_threshold: int = DEFAULT_SPLIT_THRESHOLD

    def enabled(self, name: str) -> bool:
        if name == "split" and self.split_threshold <= 0:
            return False
        return name not in self.skip


NONE = Options(skip=frozenset(ORDER))


def optimise(skill: Skill, options: Options = Options()) -> Skill:
    """``skill`` after every enabled pass, in ``ORDER``."""
    from skcc.passes import comments, dedupe, empty_sections, split, whitespace

    runners = {"comments": comments.run, "empty-sections": empty_sections.run,
               "dedupe": dedupe.run, "whitespace": whitespace.run, "split": split.run}
    for name in ORDER:
        if options.enabled(name):
            skill = runners[name](skill, options)
    return skill
