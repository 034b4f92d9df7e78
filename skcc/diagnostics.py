"""The one diagnostic type every phase returns. Only the CLI renders and prints them."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from skcc.span import Span

# Relative to the repository root; every page is generated from the rule's docstring.
DOC_URL = "docs/rules/{code}.md"


class Severity(str, enum.Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"info": 0, "warning": 1, "error": 2}[self.value]


class Confidence(str, enum.Enum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


@dataclass(frozen=True)
class Fix:
    """A suggested edit: replace the text of ``span`` by ``replacement``."""

    description: str
    span: Span
    replacement: str
    applicability: str = "display_only"  # safe | unsafe | display_only


@dataclass(frozen=True)
class Diagnostic:
    code: str
    name: str
    severity: Severity
    message: str
    span: Span
    help: str = ""
    confidence: Confidence = Confidence.HIGH
    related: tuple[Span, ...] = ()
    fix: Fix | None = None
    cwe: int | None = None
    url: str = field(default="")

    def __post_init__(self) -> None:
        if not self.url:
            object.__setattr__(self, "url", DOC_URL.format(code=self.code))

    @property
    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.span.path, self.span.line, self.span.column, self.code)

    def to_dict(self) -> dict[str, object]:
        return {
            "code": self.code,
            "name": self.name,
            "severity": self.severity.value,
            "confidence": self.confidence.value,
            "message": self.message,
            "help": self.help,
            "location": {
                "path": self.span.path,
                "line": self.span.line,
                "column": self.span.column,
                "end_line": self.span.end_line,
                "end_column": self.span.end_column,
            },
            "cwe": self.cwe,
            "url": self.url,
        }


def has_errors(diagnostics: list[Diagnostic] | tuple[Diagnostic, ...]) -> bool:
    return any(d.severity is Severity.ERROR for d in diagnostics)
