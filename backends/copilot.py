"""GitHub Copilot (VS Code, CLI, cloud agent): ``.github/skills/<name>/`` (platforms.md §6),
with VS Code's ``argument-hint``, ``user-invocable`` and ``disable-model-invocation``.

Copilot loads only the bundled files that SKILL.md links with a relative Markdown link
(§6.1, "unreferenced files are not picked up"), so the body gets one closing line linking
every script, reference and asset it does not link already (SKC208).
"""

from __future__ import annotations

from posixpath import normpath

from skcc.analyzers.rules import skc208_resource_link_added as link_added
from skcc.backends.portable import PortableBackend
from skcc.diagnostics import Diagnostic
from skcc.ir.skill import FileKind, Skill
from skcc.span import Span

_LOADABLE = (FileKind.SCRIPT, FileKind.REFERENCE, FileKind.ASSET)


def unlinked_files(skill: Skill) -> list[str]:
    """Bundled and generated files no relative Markdown link in SKILL.md points at."""
    linked = {normpath(link.target.split("#", 1)[0].strip("<>"))
              for link in skill.views.links if link.is_local}
    paths = [f.path for f in skill.files if f.kind in _LOADABLE]
    paths += [g.path for g in skill.generated]
    return [p for p in paths if p not in linked]


class CopilotBackend(PortableBackend):
    name = "copilot"

    def body(self, skill: Skill) -> tuple[str, list[Diagnostic]]:
        text, diagnostics = super().body(skill)
        missing = unlinked_files(skill)
        if not missing:
            return text, diagnostics
        nl = skill.newline
        links = ", ".join(f"[{path}]({path})" for path in missing)
        if text and not text.endswith(nl):
            text += nl
        text += f"{nl}Files of this skill: {links}.{nl}"
        span = skill.document.span
        diagnostics.append(link_added.RULE.at(
            Span.point(span.path), f"{self.manifest.title} loads only files SKILL.md "
            f"links; a link was added for {', '.join(missing)}",
            "link each file where the steps use it: [scripts/x.py](scripts/x.py)"))
        return text, diagnostics
