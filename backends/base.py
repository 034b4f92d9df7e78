"""What every backend shares: manifest, template rendering, frontmatter reduction, resources.

A backend is a small subclass: it names its target, points at ``manifests/<name>.toml`` and
``templates/<name>/``, and overrides only what its platform does differently. Whatever a
target cannot express is reported as a portability diagnostic (SKC2xx), never dropped
silently.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from functools import cached_property
from importlib import resources
from pathlib import PurePosixPath
from typing import Any, ClassVar

from skcc.analyzers.rules import skc201_unsupported_field as unsupported_field
from skcc.backends import _yaml
from skcc.diagnostics import Diagnostic
from skcc.ir.blocks import render_source
from skcc.ir.skill import Skill

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib


@dataclass(frozen=True)
class Manifest:
    """The declarative description of a target (``backends/manifests/<name>.toml``)."""

    name: str
    title: str
    project_dir: str
    user_dir: str
    fields: tuple[str, ...]
    description_max: int
    name_max: int
    placeholders: tuple[str, ...] = ()

    @classmethod
    def load(cls, name: str) -> Manifest:
        text = resources.files("skcc.backends").joinpath(f"manifests/{name}.toml").read_text(
            "utf-8")
        data = tomllib.loads(text)
        return cls(**{k: tuple(v) if isinstance(v, list) else v for k, v in data.items()})


@dataclass(frozen=True)
class OutputFile:
    """One file of a compiled skill, relative to the skill's output folder."""

    path: str
    content: bytes | None = None  # generated text, or None to copy ``source``
    source: str = ""  # a bundled file to copy byte for byte
    sha256: str = ""  # of ``source`` as scanned; the copy is verified against it
    executable: bool = False


@dataclass(frozen=True)
class CompiledSkill:
    name: str
    directory: str  # relative to the target's output root, e.g. .claude/skills/<name>
    files: tuple[OutputFile, ...]


class Backend:
    """Base class of every target. Subclasses set ``name`` and capability flags."""

    name: ClassVar[str] = ""
    SUPPORTS_ALLOWED_TOOLS: ClassVar[bool] = True

    @cached_property
    def manifest(self) -> Manifest:
        return Manifest.load(self.name)

    @cached_property
    def _templates(self) -> Any:
        from jinja2 import Environment, PackageLoader, StrictUndefined

        env = Environment(
            loader=PackageLoader("skcc.backends", "templates"), undefined=StrictUndefined,
            keep_trailing_newline=True, trim_blocks=True, lstrip_blocks=True,
            autoescape=False,  # Markdown and YAML, not HTML; values are escaped by _yaml
        )
        return env

    def template(self, filename: str) -> Any:
        return self._templates.get_template(f"{self.name}/{filename}.jinja")

    def skill_directory(self, skill: Skill, scope: str = "project") -> str:
        base = self.manifest.project_dir if scope == "project" else \
            self.manifest.user_dir.removeprefix("~/")
        return str(PurePosixPath(base) / skill.name)

    # -- the parts a subclass may override ---------------------------------------------
    def frontmatter_fields(self, skill: Skill) -> tuple[list[Any], list[Diagnostic]]:
        """The fields this target accepts, in source order; the rest reported."""
        fm = skill.frontmatter
        if fm is None:
            return [], []
        kept, dropped = [], []
        accepted = set(self.manifest.fields)
        for entry in fm.fields:
            if entry.key in accepted:
                kept.append(entry)
            else:
                dropped.append(unsupported_field.RULE.at(
                    entry.key_span, f"{self.manifest.title} does not support the frontmatter "
                    f"field '{entry.key}'; it is left out of the {self.name} output",
                    f"{self.name} accepts: {', '.join(self.manifest.fields)}"))
        return kept, dropped

    def body(self, skill: Skill) -> str:
        return render_source(skill.document.blocks)

    def emit(self, skill: Skill, scope: str = "project") -> tuple[CompiledSkill, list[Diagnostic]]:
        fields, diagnostics = self.frontmatter_fields(skill)
        text = self.template("SKILL.md").render(
            frontmatter=_yaml.dump(fields, skill.newline), body=self.body(skill),
            nl=skill.newline)
        files = [OutputFile("SKILL.md", text.encode("utf-8"))]
        for bundled in skill.files:
            files.append(OutputFile(bundled.path, source=f"{skill.root}/{bundled.path}",
                                    sha256=bundled.sha256, executable=bundled.executable))
        return CompiledSkill(skill.name, self.skill_directory(skill, scope), tuple(files)), \
            diagnostics
