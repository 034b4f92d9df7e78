"""Diagnostics as SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.

Each rule that fired is described once in ``tool.driver.rules`` (summary, the full doc page
as help, CWE tags, and for security families a ``security-severity`` score GitHub uses to
rank alerts); each result carries its region (SARIF columns are 1-based and the end column
is exclusive) and a line-independent fingerprint, the same one ``--baseline`` uses.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from urllib.parse import quote

from skcc import __version__
from skcc.baseline import SourceLines, fingerprint
from skcc.diagnostics import Diagnostic

SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
LEVEL = {"error": "error", "warning": "warning", "info": "note"}
# GitHub: >= 9.0 critical, 7.0-8.9 high, 4.0-6.9 medium, 0.1-3.9 low.
SECURITY_SEVERITY = {"error": "8.0", "warning": "5.0", "info": "2.0"}
SECURITY_FAMILIES = frozenset("3456")


def _uri(path: str) -> tuple[str, str | None]:
    p = Path(path)
    if p.is_absolute():
        return p.as_uri(), None
    return quote(p.as_posix()), "%SRCROOT%"


@lru_cache(maxsize=1)
def docs_base() -> str:
    """Where the rule pages are published: the ``Rules`` URL of the installed package's
    metadata (``[project.urls] Rules = "https://.../docs/rules"``), or "" when there is none;
    SARIF's helpUri must be an absolute URI, so without it rules carry the page in ``help``
    and its repository path in ``properties.docs`` only."""
    from importlib import metadata

    try:
        urls = metadata.metadata("skcc").get_all("Project-URL") or []
    except metadata.PackageNotFoundError:
        return ""
    for entry in urls:
        label, _, url = entry.partition(",")
        if label.strip().lower() == "rules" and url.strip().startswith(("https://", "http://")):
            return url.strip().rstrip("/")
    return ""


def _what_it_does(doc: str) -> str:
    _, _, rest = doc.partition("## What it does")
    return rest.split("\n## ", 1)[0].strip()


def _rule(code: str) -> dict[str, object]:
    from skcc.rules import catalogue

    entry = catalogue().get(code)
    if entry is None:  # a code from outside the catalogue (should not happen)
        return {"id": code}
    rule = entry.rule
    security = code[3] in SECURITY_FAMILIES
    tags = ["security"] if security else ["maintainability"]
    if rule.cwe:
        tags.append(f"external/cwe/cwe-{rule.cwe}")
    properties: dict[str, object] = {"tags": tags, "precision": rule.confidence.value,
                                     "docs": f"docs/rules/{code}.md"}
    if security:
        properties["security-severity"] = SECURITY_SEVERITY[rule.severity.value]
    described: dict[str, object] = {
        "id": code,
        "name": "".join(part.title() for part in rule.name.split("-")),
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": _what_it_does(rule.doc) or rule.summary},
        "help": {"text": rule.page(), "markdown": rule.page()},
        "defaultConfiguration": {"level": LEVEL[rule.severity.value]},
        "properties": properties,
    }
    if docs_base():
        described["helpUri"] = f"{docs_base()}/{code}.md"
    return described


def _result(d: Diagnostic, index: int, lines: SourceLines) -> dict[str, object]:
    s = d.span
    uri, base = _uri(s.path)
    artifact: dict[str, object] = {"uri": uri}
    if base:
        artifact["uriBaseId"] = base
    end_line = max(s.end_line, s.line)
    end_column = s.end_column + 1 if end_line > s.line or s.end_column >= s.column \
        else s.column + 1
    message = d.message + (f"\nhelp: {d.help}" if d.help else "")
    return {
        "ruleId": d.code,
        "ruleIndex": index,
        "level": LEVEL[d.severity.value],
        "message": {"text": message},
        "locations": [{"physicalLocation": {
            "artifactLocation": artifact,
            "region": {"startLine": max(s.line, 1), "startColumn": max(s.column, 1),
                       "endLine": max(end_line, 1), "endColumn": max(end_column, 2)},
        }}],
        "partialFingerprints": {"skcc/v1": fingerprint(d, lines)},
        "properties": {"confidence": d.confidence.value,
                       **({"cwe": f"CWE-{d.cwe}"} if d.cwe else {})},
    }


def render(diagnostics: Iterable[Diagnostic], root: Path | None = None) -> str:
    items = list(diagnostics)
    codes = sorted({d.code for d in items})
    index = {code: i for i, code in enumerate(codes)}
    lines = SourceLines()
    run: dict[str, object] = {
        "tool": {"driver": {"name": "skcc", "version": __version__,
                            "semanticVersion": __version__,
                            "rules": [_rule(code) for code in codes]}},
        "results": [_result(d, index[d.code], lines) for d in items],
        "columnKind": "unicodeCodePoints",
        "originalUriBaseIds": {"%SRCROOT%": {"uri": (root or Path.cwd()).resolve().as_uri()
                                             + "/"}},
    }
    return json.dumps({"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}, indent=2,
                      ensure_ascii=False)
