"""OpenAI Codex: ``.agents/skills/<name>/`` plus the ``agents/openai.yaml`` sidecar.

platforms.md §3. Codex reads only ``name``, ``description`` and
``metadata.short-description``; OpenAI's validator rejects ``compatibility`` (§3.5), so its
text joins the note after the title. The sidecar (§3.4) carries what Codex has instead of
Claude Code's fields: ``policy.allow_implicit_invocation`` from ``disable-model-invocation``
and ``interface.default_prompt`` naming the skill as ``$name``, the way a Codex user invokes
it; ``interface.display_name`` is the body's title when it has one. A sidecar the skill
already bundles is the author's and is copied as written instead.
"""

from __future__ import annotations

from skcc.backends import _yaml
from skcc.backends.base import OutputFile
from skcc.backends.portable import PortableBackend
from skcc.ir.blocks import Heading
from skcc.ir.frontmatter import YamlScalar
from skcc.ir.skill import Skill

SIDECAR = "agents/openai.yaml"
DISPLAY_NAME_MAX = 64  # §3.4
_TRUE = frozenset({"true", "yes", "on", "1", "y"})  # Claude Code's boolean spellings (§2.2)


def _bundles_sidecar(skill: Skill) -> bool:
    return any(f.path == SIDECAR for f in skill.files)


def _title(skill: Skill) -> str:
    """The body's level-1 title, when it is plain text short enough for a display name."""
    first = next((b for b in skill.document.blocks if b.kind != "blank"), None)
    if not isinstance(first, Heading) or first.level != 1:
        return ""
    text = first.text.strip()
    plain = text and len(text) <= DISPLAY_NAME_MAX and not set(text) & set("`*_[]<>")
    return text if plain else ""


class CodexBackend(PortableBackend):
    name = "codex"

    def relocation(self, skill: Skill, key: str) -> str:
        if key == "disable-model-invocation" and _bundles_sidecar(skill):
            return ""  # the author's own sidecar is kept; reported by SKC201 with the reason
        return super().relocation(skill, key)

    def sidecars(self, skill: Skill, scope: str) -> list[OutputFile]:
        if _bundles_sidecar(skill):
            return []
        disabled = skill.frontmatter.get("disable-model-invocation") \
            if skill.frontmatter else None
        implicit = not (isinstance(disabled, YamlScalar) and
                        disabled.text.strip().lower() in _TRUE)
        title = _title(skill)
        text = self.template(SIDECAR).render(
            display_name=_yaml.quote(title) if title else "",
            default_prompt=_yaml.quote(f"Use ${skill.name}."),
            allow_implicit_invocation="true" if implicit else "false",
        )
        return [OutputFile(SIDECAR, text.encode("utf-8"))]
