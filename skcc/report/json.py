"""Diagnostics as a JSON document (stable keys, for tools)."""

from __future__ import annotations

import json
from collections.abc import Iterable

from skcc.diagnostics import Diagnostic


def render(diagnostics: Iterable[Diagnostic], **extra: object) -> str:
    items = [d.to_dict() for d in diagnostics]
    return json.dumps({"diagnostics": items, **extra}, indent=2, ensure_ascii=False)
