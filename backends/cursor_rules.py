"""Cursor rules: a skill as ``.cursor/rules/<name>/<name>.mdc`` (platforms.md §7).

An "Agent Requested" rule: frontmatter with the description and ``alwaysApply: false``,
the body as for the Cursor skill target. Bundled files sit next to the rule, and the note
after the title says where, since a rule has no folder of its own in Cursor's model.
Built only with ``--target cursor-rules``; project scope only.
"""

from __future__ import annotations

from skcc.backends import _placeholders
from skcc.backends.cursor import CursorBackend
from skcc.ir.skill import Skill


class CursorRulesBackend(CursorBackend):
    name = "cursor-rules"
    IN_ALL = False
    MAIN_TEMPLATE = "rule.mdc"

    def main_file(self, skill: Skill) -> str:
        return f"{skill.name}.mdc"

    def notes(self, skill: Skill, notes: _placeholders.Notes) -> str:
        folder = f"{self.manifest.project_dir}/{skill.name}/"
        note = super().notes(skill, notes).replace("the folder containing this SKILL.md",
                                                   f"the folder {folder}")
        if not skill.files and not skill.generated:
            return note
        where = f"The files this rule mentions (scripts/, references/, assets/) are in {folder}"
        return f"{note}\n\n{where}" if note else where
