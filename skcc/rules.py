"""The rule catalogue: metadata for every diagnostic code skcc can emit.

Each rule lives in its own module under ``analyzers/rules/`` (shipped as
``skcc.analyzers.rules``); the module docstring is the rule's documentation page, printed by
``skcc rule CODE``. Modules define ``RULE`` and, for rules that inspect a parsed skill, a
``check(skill, context)`` generator. Frontend rules (SKC0xx) have no ``check``: the frontend
emits them while reading, through ``RULE.at(...)``.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from types import ModuleType
from typing import TYPE_CHECKING, Any

from skcc.diagnostics import Confidence, Diagnostic, Severity

if TYPE_CHECKING:
    from skcc.span import Span

FAMILIES = {
    "0": "parse and frontmatter schema",
    "1": "Agent Skills spec conformance",
    "2": "target portability",
    "3": "instruction-level security",
    "4": "bundled-script security",
    "5": "secrets and exfiltration",
    "6": "supply chain and agent-config tampering",
    "9": "skcc meta",
}


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    severity: Severity
    summary: str
    confidence: Confidence = Confidence.HIGH
    cwe: int | None = None
    # Where skcc is deliberately stricter than the reference validator, and why.
    stricter_than_reference: str = ""
    doc: str = field(default="", compare=False)

    def page(self) -> str:
        """The rule's documentation page (Markdown), as written to docs/rules/<code>.md."""
        facts = [f"- Severity: {self.severity.value}", f"- Confidence: {self.confidence.value}",
                 f"- Family: {FAMILIES[self.code[3]]}"]
        if self.cwe:
            facts.append(f"- CWE: {self.cwe}")
        title, _, rest = self.doc.partition("\n")
        page = f"# {title}\n\n" + "\n".join(facts) + "\n" + rest.rstrip() + "\n"
        if self.stricter_than_reference:
            page += ("\n## Stricter than the reference validator\n\n"
                     f"{self.stricter_than_reference}\n")
        return page

    def at(self, span: Span, message: str, help: str = "", *,
           severity: Severity | None = None, **extra: Any) -> Diagnostic:
        """A diagnostic of this rule at ``span``."""
        return Diagnostic(
            code=self.code, name=self.name, severity=severity or self.severity,
            message=message, span=span, help=help, confidence=self.confidence, cwe=self.cwe,
            **extra,
        )


CheckFn = Callable[..., Iterable[Diagnostic]]


@dataclass(frozen=True)
class RuleModule:
    rule: Rule
    check: CheckFn | None
    module: ModuleType


def _rule_package() -> ModuleType:
    return importlib.import_module("skcc.analyzers.rules")


@lru_cache(maxsize=1)
def catalogue() -> dict[str, RuleModule]:
    """Every rule, by code, in code order."""
    package = _rule_package()
    found: dict[str, RuleModule] = {}
    for info in pkgutil.iter_modules(package.__path__):
        if not info.name.startswith("skc"):
            continue
        module = importlib.import_module(f"{package.__name__}.{info.name}")
        rule: Rule = module.RULE
        if rule.code in found:
            raise RuntimeError(f"duplicate rule code {rule.code} in {info.name}")
        rule = Rule(**{**rule.__dict__, "doc": (module.__doc__ or "").strip()})
        found[rule.code] = RuleModule(rule, getattr(module, "check", None), module)
    return dict(sorted(found.items()))
