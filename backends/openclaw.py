"""OpenClaw: ``<workspace>/skills/<name>/`` with ``{baseDir}`` and ``metadata.openclaw``.

platforms.md §12. OpenClaw replaces ``{baseDir}`` in the body with the skill folder, so
``${CLAUDE_SKILL_DIR}`` and hard-coded install paths become ``{baseDir}`` in prose (and the
note after the title names it for code). It does not pre-approve tools, but it can gate a
skill on the programs it needs: the programs ``allowed-tools`` lets the skill run
(``Bash(git:*)``) become ``metadata.openclaw.requires.bins``, written as nested block YAML,
which OpenClaw flattens and re-parses as JSON5 and the reference validator accepts (the
documented JSON-flow form fails strictyaml, §12.4). A ``metadata.openclaw`` the author wrote
is kept as it is.
"""

from __future__ import annotations

from typing import Any

from skcc.backends import _tools
from skcc.backends.portable import PortableBackend
from skcc.diagnostics import Diagnostic
from skcc.ir.frontmatter import FrontmatterField, YamlMapping, YamlScalar, YamlSequence
from skcc.ir.skill import Skill
from skcc.span import Span


def _entry(key: str, value: Any, span: Span) -> FrontmatterField:
    return FrontmatterField(key=key, key_span=span, value=value)


def _requires_bins(bins: list[str], span: Span) -> FrontmatterField:
    items = tuple(YamlScalar(span=span, text=b) for b in bins)
    requires = YamlMapping(span=span, entries=(
        _entry("bins", YamlSequence(span=span, items=items), span),))
    return _entry("openclaw", YamlMapping(span=span, entries=(
        _entry("requires", requires, span),)), span)


class OpenClawBackend(PortableBackend):
    name = "openclaw"

    def allowed_tools_instead(self, rules: list[str]) -> str:
        bins = _tools.binaries(rules)
        return (f"the programs it runs ({', '.join(bins)}) are declared as "
                "metadata.openclaw.requires.bins, so OpenClaw lists the skill only where they "
                "are installed") if bins else ""

    def frontmatter_fields(self, skill: Skill) -> tuple[list[Any], list[Diagnostic]]:
        kept, diagnostics = super().frontmatter_fields(skill)
        fm = skill.frontmatter
        allowed = fm.field("allowed-tools") if fm else None
        bins = _tools.binaries(_tools.tokens(allowed.value)) if allowed else []
        if not bins or allowed is None:
            return kept, diagnostics
        gate = _requires_bins(bins, allowed.key_span)
        for i, entry in enumerate(kept):
            if entry.key != "metadata":
                continue
            if not isinstance(entry.value, YamlMapping) or entry.value.get("openclaw"):
                return kept, diagnostics  # the author's own gating (or no map to add it to)
            value = YamlMapping(span=entry.value.span, entries=(*entry.value.entries, gate))
            kept[i] = _entry("metadata", value, entry.key_span)
            return kept, diagnostics
        kept.append(_entry("metadata", YamlMapping(span=allowed.key_span, entries=(gate,)),
                           allowed.key_span))
        return kept, diagnostics
