"""What the first word of a shell command stands for, and the quoting of shell words.

A command may be named indirectly: by a variable (`"${fetch[@]}" "$url"` with
`fetch=(curl -fsSL)`), by a command substitution that decodes or falls back to a program
name (`"$(printf %s c2g= | base64 -d || echo sh)"` is `sh`), or by a shell function whose
body runs it (`fetch() { curl -fsSL "$1"; }`). The shell facts read such a command as the
one it runs, so `fetch "$url" | "$runner"` is the `curl … | sh` it amounts to.
"""

from __future__ import annotations

import re

from skcc.regex_cache import compiled

_UNESCAPED_QUOTE = compiled(r"""(?<!\\)["']""")


def dequote(text: str) -> str:
    if text.startswith("$'"):
        text = text[1:]
    return _UNESCAPED_QUOTE.sub("", text) if "'" in text or '"' in text else text


# `$SHELL`, `${PY:-python3}`, `"${fetch[@]}"`: a command named by a variable.
HEAD_VARIABLE = compiled(r"\$\{?(\w+)(?:\[[@*]\])?(?::?-([^{}$]*))?\}?")


def expand_head(assigns: dict[str, str], argv: tuple[str, ...]) -> tuple[str, ...]:
    """The command a variable in command position stands for: what the unit assigns it (an
    array's words, `fetch=(curl -fsSL)`), else its `:-` fallback; `$SHELL` is a shell. So
    `"${fetch[@]}" "$url" | ${SHELL:-sh}` reads as the `curl … | sh` it runs."""
    m = HEAD_VARIABLE.fullmatch(argv[0])
    if m is None:
        return argv
    held = assigns.get(m.group(1), "").split("\n")[-1].strip()
    if held.startswith("(") and held.endswith(")"):
        held = held[1:-1]
    words = [dequote(w) for w in held.split()] if held and "$(" not in held and \
        "`" not in held else substituted_program(held)
    if not words:
        fallback = (m.group(2) or "").strip()
        words = [fallback] if fallback else ["sh"] if m.group(1) == "SHELL" else []
    return (*words, *argv[1:]) if words else argv


_DECODED_WORD = compiled(r"(?:printf\s+(?:['\"]%s['\"]\s+)?|echo\s+(?:-n\s+)?)['\"]?"
                           r"([A-Za-z0-9+/]{2,}={0,2})['\"]?\s*\|\s*base64\s+(?:-d|--decode|-D)\b")
_FALLBACK_WORD = compiled(r"\|\|\s*echo\s+['\"]?([\w./-]+)['\"]?\s*\)")


def substituted_program(held: str) -> list[str]:
    """The program a command substitution names: `$(printf %s c2g= | base64 -d)` decodes
    to `sh`; `$(… || echo sh)` falls back to `sh`. Empty when it cannot be told."""
    import base64
    import binascii

    m = _DECODED_WORD.search(held)
    if m:
        try:
            word = base64.b64decode(m.group(1), validate=True).decode("ascii").strip()
        except (binascii.Error, UnicodeDecodeError, ValueError):
            word = ""
        if re.fullmatch(r"[\w./-]+", word):
            return [word]
    m = _FALLBACK_WORD.search(held)
    return [m.group(1)] if m else []


_POSITIONAL = compiled(r"\$\{?([1-9@*])\}?")


def call_function(body: tuple[str, ...], args: tuple[str, ...]) -> tuple[str, ...]:
    """``body`` (a function's first command) with ``$1``, ``$@``… replaced by ``args``."""
    out: list[str] = []
    for word in body:
        m = _POSITIONAL.fullmatch(word)
        if m is None:
            out.append(word)
        elif m.group(1) in "@*":
            out.extend(args)
        elif int(m.group(1)) <= len(args):
            out.append(args[int(m.group(1)) - 1])
    return tuple(out)
