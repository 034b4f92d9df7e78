"""Canonical block-style YAML for frontmatter, readable by every validator.

Rules (``reference/platforms.md`` 1.5): block style only (strictyaml rejects flow style), no
anchors or tags, and a scalar is double-quoted whenever a YAML 1.1 reader would otherwise
see a different type or a syntax character (``: ``, `` #``, leading indicators, ``---``).
Re-reading the output gives the same text and type for every value.
"""

from __future__ import annotations

import re

from skcc.ir.frontmatter import FrontmatterField, YamlMapping, YamlScalar, YamlSequence
from skcc.regex_cache import compiled

# What a YAML 1.1 resolver would read as something other than a string.
_NON_STRING = compiled(
    r"""^(?:~|null|Null|NULL|y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE
    |on|On|ON|off|Off|OFF
    |[-+]?(?:0|[1-9][0-9_]*)|0[0-7_]+|0x[0-9a-fA-F_]+|0b[01_]+|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+
    |[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*(?:[eE][-+][0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)
    |[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}.*|<<|=)$""",
    re.X,
)
_INDICATORS = set("-?:,[]{}#&*!|>'\"%@`")


def _needs_quotes(text: str) -> bool:
    if not text or text != text.strip() or "\n" in text or "\t" in text:
        return True
    if text[0] in _INDICATORS and not (text[0] in "-?:" and len(text) > 1 and text[1] != " "):
        return True
    if ": " in text or " #" in text or text.endswith(":") or "---" in text:
        return True
    if any(ord(c) < 32 or c in "\x7f\u2028\u2029\ufeff" for c in text):
        return True
    return bool(_NON_STRING.match(text))


def quote(text: str) -> str:
    out = ['"']
    for ch in text:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 32 or ch in "\x7f\u2028\u2029\ufeff":
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def scalar(value: YamlScalar) -> str:
    text = value.text
    if value.tag == "str":
        return quote(text) if _needs_quotes(text) else text
    if value.tag == "null":
        return text if text in ("~", "null", "Null", "NULL") else "null"
    return text  # int, float, bool, timestamp: the source text already resolves to the tag


def dump_fields(fields: tuple[FrontmatterField, ...] | list[FrontmatterField],
                indent: int = 0) -> list[str]:
    lines: list[str] = []
    pad = " " * indent
    for entry in fields:
        key = quote(entry.key) if _needs_quotes(entry.key) else entry.key
        lines.extend(_entry(f"{pad}{key}:", entry.value, indent))
    return lines


def _entry(prefix: str, value: YamlScalar | YamlSequence | YamlMapping, indent: int) -> list[str]:
    if isinstance(value, YamlScalar):
        if value.tag == "null" and value.text == "":
            return [prefix]
        return [f"{prefix} {scalar(value)}"]
    if isinstance(value, YamlSequence):
        if not value.items:
            return [f"{prefix} []"]
        lines = [prefix]
        for item in value.items:
            lines.extend(_item(" " * (indent + 2) + "-", item, indent + 4))
        return lines
    if not value.entries:
        return [f"{prefix} {{}}"]
    return [prefix, *dump_fields(value.entries, indent + 2)]


def _item(prefix: str, value: YamlScalar | YamlSequence | YamlMapping, indent: int) -> list[str]:
    if isinstance(value, YamlMapping) and value.entries:
        inner = dump_fields(value.entries, indent)
        first = inner[0].lstrip()
        return [f"{prefix} {first}", *inner[1:]]
    if isinstance(value, YamlSequence) and value.items:
        lines = [prefix]
        for item in value.items:
            lines.extend(_item(" " * indent + "-", item, indent + 2))
        return lines
    return _entry(prefix, value, indent)


def dump(fields: tuple[FrontmatterField, ...] | list[FrontmatterField], newline: str = "\n") -> str:
    """The YAML text of ``fields`` (without fences), ending with a newline."""
    return "".join(line + newline for line in dump_fields(fields))
