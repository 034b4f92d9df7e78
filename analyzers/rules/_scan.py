"""Helpers shared by the script, secret and supply-chain rules (SKC4xx-SKC6xx)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from skcc.analyzers.scan import patterns
from skcc.analyzers.scan.facts import Facts, facts_of
from skcc.analyzers.scan.units import CodeUnit
from skcc.diagnostics import Diagnostic, Severity
from skcc.regex_cache import compiled
from skcc.rules import Rule
from skcc.span import Span


def units(skill, *languages: str) -> Iterator[Facts]:  # type: ignore[no-untyped-def]
    for facts in facts_of(skill).units:
        if not languages or facts.unit.language in languages:
            yield facts


def network_use(facts: Facts) -> int | None:
    """The line of the first thing ``facts``'s unit does that reaches the network (a
    download, a send, a network call), or None."""
    for command in facts.commands:
        if patterns.is_download(command) or patterns.net_send_command(command):
            return command.line
    for call in facts.calls:
        if (patterns.PY_NET if call.language == "python" else patterns.JS_NET).search(
                call.text):
            return call.line
    return None


def scripts_reach_network(skill) -> bool:  # type: ignore[no-untyped-def]
    """Whether a bundled script or a load-time command of ``skill`` reaches the network."""
    return any(network_use(f) is not None for f in units(skill)
               if f.unit.origin in ("script", "load"))


def interpreter_after(facts: Facts, command):  # type: ignore[no-untyped-def]
    """The first interpreter (sh, python, node...) that ``command``'s output is piped into."""
    return next((c for c in facts.pipeline(command)
                 if c.position > command.position and patterns.is_interpreter(c)), None)


def report(rule: Rule, unit: CodeUnit, line: int, message: str, help: str = "",
           severity: Severity | None = None) -> Diagnostic:
    """A diagnostic at ``line`` of ``unit``; counter-examples quoted in docs become info."""
    severity = severity or rule.severity
    where = {"doc": "in a code block", "load": "in a `!` command run when the skill loads",
             "config": "in bundled config"}.get(unit.origin, "")
    if unit.cautionary:
        severity = Severity.INFO
        where += " the text presents as a counter-example"
    return rule.at(Span.point(unit.path, line), message + (f" ({where})" if where else ""),
                   help, severity=severity)


def line_at(unit: CodeUnit, offset: int) -> int:
    """The source line of ``unit.text[offset]``."""
    return unit.first_line + unit.text.count("\n", 0, offset)


def once(diagnostics: Iterator[Diagnostic]) -> Iterator[Diagnostic]:
    """Drop repeats of the same code at the same place (a fact can be reached twice)."""
    seen = set()
    for d in diagnostics:
        key = (d.span.path, d.span.line, d.message)
        if key not in seen:
            seen.add(key)
            yield d


_LITERAL_PATH = compiled(r"[~\w./@${}:-]+")


def computed(target: str) -> bool:
    """Whether an accessed path is built at run time (`path.join(dir, name)`, a loop
    variable) rather than written out: a rule then judges it by the names the unit spells.
    Literals joined by path calls (`Path("docs") / "review.md"`) are written out."""
    return not _LITERAL_PATH.fullmatch(target) and literal_path(target) is None


_QUOTED = compiled(r"""['"]([^'"]+)['"]""")
# Names that build a path from literals without adding to it.
_PATH_WORDS = frozenset({"pathlib", "Path", "PurePath", "os", "path", "join", "open",
                         "resolve", "expanduser", "r", "f", "b"})


def literal_path(target: str) -> str | None:
    """The path an expression made only of string literals and path calls spells
    (`os.path.join("docs", "a.md")` -> `docs/a.md`), or None."""
    literals = _QUOTED.findall(target)
    if not literals:
        return None
    names = set(re.findall(r"[A-Za-z_]\w*", _QUOTED.sub("", target))) - _PATH_WORDS
    return None if names else "/".join(literals)


def short(text: str, limit: int = 80) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"
