"""Reading prose the same way in the code finders and the text rules: where a sentence
begins and ends, and the words that turn an instruction into a prohibition."""

from __future__ import annotations

import re

from skcc.regex_cache import compiled

# Words that forbid what follows ("never run", "do not `cat …`"), in the languages skills are
# written in; ``negation_before`` finds them up to a few words before a position.
NEGATIONS = (r"never|not|don't|dont|do not|must not|should not|shouldn't|no need to|without|"
             r"avoid|instead of|rather than|refuse to|won't|no|ne|nunca|nie|niemals|jamais|не")


def negation_before(words: int) -> re.Pattern[str]:
    """A pattern for a negation at most ``words`` words before the end of the text."""
    return compiled(rf"\b(?:{NEGATIONS})\W+(?:\w+\W+){{0,{words}}}$", re.I)


# A sentence ends at ./!/? followed by white space (so `~/.aws` does not end one), a blank
# line, a table cell's pipe, or a CJK full stop.
_SENTENCE_END = compiled(r"[.!?](?=\s)|\n\s*\n|\||。|！|？")


def sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """Bounds of the sentence around ``text[start:end]``."""
    begin = 0
    for m in _SENTENCE_END.finditer(text, 0, start):
        begin = m.end()
    after = _SENTENCE_END.search(text, end)
    return begin, after.start() + 1 if after else len(text)
