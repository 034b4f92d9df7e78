"""Helpers shared by the Agent Skills spec rules (SKC1xx)."""

from __future__ import annotations

import unicodedata

from skcc.ir.frontmatter import FrontmatterField, YamlScalar
from skcc.ir.skill import Skill

SPEC_FIELDS = frozenset({"name", "description", "license", "compatibility", "metadata",
                         "allowed-tools"})
NAME_MAX = 64
DESCRIPTION_MAX = 1024
COMPATIBILITY_MAX = 500


def field(skill: Skill, key: str) -> FrontmatterField | None:
    fm = skill.frontmatter
    return fm.field(key) if fm is not None else None


def scalar_text(entry: FrontmatterField | None) -> str | None:
    """The string a string-typed reader (strictyaml, skills-ref) sees, or None."""
    if entry is None or not isinstance(entry.value, YamlScalar) or entry.value.tag == "null":
        return None
    return entry.value.text


def normalized_name(skill: Skill) -> str | None:
    """The declared name as the reference validator compares it: stripped and NFKC."""
    text = scalar_text(field(skill, "name"))
    if text is None or not text.strip():
        return None
    return unicodedata.normalize("NFKC", text.strip())
