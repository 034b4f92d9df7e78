"""Diagnostics as GitHub Actions workflow commands (``::error file=...::message``).

GitHub turns each line into an annotation on the pull request's diff. Values are escaped as
the runner expects: ``%``, CR and LF everywhere, plus ``:`` and ``,`` in properties.
"""

from __future__ import annotations

from collections.abc import Iterable

from skcc.diagnostics import Diagnostic
from skcc.report.text import printable

COMMAND = {"error": "error", "warning": "warning", "info": "notice"}


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def render_one(d: Diagnostic) -> str:
    s = d.span
    props = [f"file={_property(s.path)}", f"line={s.line}", f"col={s.column}"]
    if s.end_line >= s.line:
        props.append(f"endLine={s.end_line}")
        if s.end_line == s.line and s.end_column >= s.column:
            props.append(f"endColumn={s.end_column}")
    props.append(f"title={_property(d.code)}")
    message = printable(f"{d.name}: {d.message}" + (f" (help: {d.help})" if d.help else ""))
    return f"::{COMMAND[d.severity.value]} {','.join(props)}::{_data(message)}"


def render(diagnostics: Iterable[Diagnostic]) -> str:
    return "\n".join(render_one(d) for d in diagnostics)
