"""What every backend shares: manifest, template rendering, frontmatter reduction, resources.

A backend is a small subclass: it names its target, points at ``manifests/<name>.toml`` and
``templates/<name>/``, and overrides only what its platform does differently. Whatever a
target cannot express is reported as a portability diagnostic (SKC2xx), never dropped
silently.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources
from pathlib import PurePosixPath
from typing import Any, ClassVar

from skcc.analyzers.rules import (
    skc201_unsupported_field as unsupported_field,
    skc206_allowed_tools_unsupported as tools_unsupported,
    skc207_field_relocated as relocated_field,
)
from skcc.backends import _placeholders, _tools, _yaml
from skcc.diagnostics import Diagnostic
from skcc.ir.blocks import render_source
from skcc.ir.frontmatter import FrontmatterField, YamlScalar
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
    placeholders: tuple[str, ...] = ()  # what the target substitutes in a body itself
    skill_folder: str = ""  # how a body names the skill folder ("" = relative paths)
    resolves_relative_paths: bool = False  # its own prompt anchors relative paths there
    body_style: str = "markdown"
    reasons: Mapping[str, str] = field(default_factory=dict)  # why a field is left out
    relocated: Mapping[str, str] = field(default_factory=dict)  # field -> where it goes
    tools: Mapping[str, str] = field(default_factory=dict)  # Claude tool -> target tool
    # How the agent lists an available skill in its prompt ({name}, {description}, {path});
    # platforms.md §14. The default is the spec's reference rendering (skills-ref to-prompt).
    listing: str = ("<skill>\n<name>\n{name}\n</name>\n<description>\n{description}\n"
                    "</description>\n<location>\n{path}\n</location>\n</skill>\n")
    # Whether the agent reads SKILL.md whole, frontmatter included (a file-read tool), or
    # gets the body only (a skill tool that strips the frontmatter).
    reads_frontmatter: bool = True

    @classmethod
    def load(cls, name: str, package: str = "skcc.backends") -> Manifest:
        text = resources.files(package).joinpath(f"manifests/{name}.toml").read_text("utf-8")
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
    # The target pre-approves the tools `allowed-tools` lists (platforms.md §15).
    SUPPORTS_ALLOWED_TOOLS: ClassVar[bool] = True
    # The body is carried over to the target's placeholders (False: copied as written).
    REWRITES_BODY: ClassVar[bool] = False
    # Built by `--target all`; False for variants a user asks for by name (cursor-rules).
    IN_ALL: ClassVar[bool] = True
    MAIN_TEMPLATE: ClassVar[str] = "SKILL.md"

    def main_file(self, skill: Skill) -> str:
        """The file the agent reads, relative to the skill's output folder."""
        return "SKILL.md"

    # Where manifests/<name>.toml and templates/<name>/ live: a third-party target (entry
    # point group ``skcc.backends``) sets its own package; its templates may extend ours.
    PACKAGE: ClassVar[str] = "skcc.backends"

    @cached_property
    def manifest(self) -> Manifest:
        return Manifest.load(self.name, self.PACKAGE)

    @cached_property
    def _templates(self) -> Any:
        from jinja2 import ChoiceLoader, Environment, PackageLoader, StrictUndefined

        loaders = [PackageLoader("skcc.backends", "templates")]
        if self.PACKAGE != "skcc.backends" and \
                resources.files(self.PACKAGE).joinpath("templates").is_dir():
            loaders.insert(0, PackageLoader(self.PACKAGE, "templates"))
        env = Environment(
            loader=ChoiceLoader(loaders), undefined=StrictUndefined,
            keep_trailing_newline=True, trim_blocks=True, lstrip_blocks=True,
            autoescape=False,  # Markdown and YAML, not HTML; values are escaped by _yaml
        )
        return env

    def template(self, filename: str) -> Any:
        """``templates/<target>/<filename>.jinja``, else the nearest parent target's."""
        names = [f"{cls.name}/{filename}.jinja" for cls in type(self).__mro__
                 if issubclass(cls, Backend) and cls.name]
        return self._templates.select_template(list(dict.fromkeys(names)))

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
        kept: list[Any] = []
        diagnostics: list[Diagnostic] = []
        accepted = set(self.manifest.fields)
        for entry in fm.fields:
            if entry.key == "allowed-tools" and not self.SUPPORTS_ALLOWED_TOOLS:
                diagnostics.append(self._allowed_tools_dropped(entry))
            elif entry.key == "allowed-tools" and entry.key in accepted:
                kept.append(self.map_allowed_tools(entry))
            elif entry.key in accepted:
                kept.append(entry)
            elif self.relocation(skill, entry.key):
                diagnostics.append(relocated_field.RULE.at(
                    entry.key_span, f"{self.manifest.title} does not read '{entry.key}' in "
                    f"SKILL.md frontmatter; it is moved to {self.relocation(skill, entry.key)}"))
            else:
                reason = self.manifest.reasons.get(entry.key, "")
                diagnostics.append(unsupported_field.RULE.at(
                    entry.key_span, f"{self.manifest.title} does not support the frontmatter "
                    f"field '{entry.key}'; it is left out of the {self.name} output"
                    + (f" ({reason})" if reason else ""),
                    f"{self.name} accepts: {', '.join(self.manifest.fields)}"))
        return kept, diagnostics

    def relocation(self, skill: Skill, key: str) -> str:
        """Where a field the frontmatter cannot hold goes instead ("" = nowhere)."""
        return self.manifest.relocated.get(key, "")

    def map_allowed_tools(self, entry: FrontmatterField) -> FrontmatterField:
        """``allowed-tools`` in the target's vocabulary (unchanged when it is Claude's)."""
        rules = _tools.tokens(entry.value)
        renamed = _tools.rename(rules, self.manifest.tools)
        if renamed == rules:
            return entry
        value = YamlScalar(span=entry.value.span, text=" ".join(renamed))
        return FrontmatterField(key=entry.key, key_span=entry.key_span, value=value)

    def allowed_tools_instead(self, rules: list[str]) -> str:
        """What the target does instead with the ``allowed-tools`` rules, if anything."""
        return ""

    def _allowed_tools_dropped(self, entry: FrontmatterField) -> Diagnostic:
        rules = _tools.tokens(entry.value)
        names = _tools.translate(rules, self.manifest.tools)
        called = f"; {self.manifest.title} calls these tools {', '.join(names)}" if names else ""
        instead = self.allowed_tools_instead(rules)
        return tools_unsupported.RULE.at(
            entry.key_span, f"{self.manifest.title} does not pre-approve tools, so "
            f"'allowed-tools' ({' '.join(rules)}) is left out of the {self.name} output"
            f"{called}" + (f"; {instead}" if instead else ""),
            f"grant the tools in {self.manifest.title}'s own settings if the skill must run "
            "unattended")

    def dialect(self) -> _placeholders.Dialect:
        m = self.manifest
        return _placeholders.Dialect.of(m.title, m.placeholders, m.skill_folder,
                                        m.resolves_relative_paths)

    def notes(self, skill: Skill, notes: _placeholders.Notes) -> str:
        """The note after the title: what kept placeholders stand for (may be empty)."""
        m = self.manifest
        folder = f"this skill's folder, {m.skill_folder}" if m.skill_folder else \
            "the folder containing this SKILL.md"
        fm = skill.frontmatter
        return self.template("notes.md").render(
            kept={kind: [f"`{s}`" for s in spellings] for kind, spellings in notes.kept.items()},
            relative=notes.relative, folder=folder,
            compatibility=" ".join((fm.string("compatibility") or "").split()) if fm else "",
        ).strip()

    def body(self, skill: Skill) -> tuple[str, list[Diagnostic]]:
        if not self.REWRITES_BODY:
            return render_source(skill.document.blocks), []
        result = _placeholders.rewrite(skill, self.dialect())
        note = self.notes(skill, result.notes).replace("\n", skill.newline)
        if not note:
            return result.head + result.rest, result.diagnostics
        nl = skill.newline
        text = (result.head + nl if result.head else "") + note + nl
        if not result.rest.startswith(("\n", "\r\n")):
            text += nl  # a blank line, so the note never runs into the next paragraph
        return text + result.rest, result.diagnostics

    def sidecars(self, skill: Skill, scope: str) -> list[OutputFile]:
        """Extra generated files a target reads next to SKILL.md."""
        return []

    def emit(self, skill: Skill, scope: str = "project") -> tuple[CompiledSkill, list[Diagnostic]]:
        fields, diagnostics = self.frontmatter_fields(skill)
        body, more = self.body(skill)
        diagnostics += more
        text = self.template(self.MAIN_TEMPLATE).render(
            frontmatter=_yaml.dump(fields, skill.newline), body=body, nl=skill.newline)
        files = [OutputFile(self.main_file(skill), text.encode("utf-8")),
                 *self.sidecars(skill, scope),
                 *(OutputFile(g.path, g.text.encode("utf-8")) for g in skill.generated)]
        generated = {f.path for f in files}
        for bundled in skill.files:
            if bundled.path in generated:
                continue  # the target's own file wins over a stale copy in the source
            files.append(OutputFile(bundled.path, source=f"{skill.root}/{bundled.path}",
                                    sha256=bundled.sha256, executable=bundled.executable))
        return CompiledSkill(skill.name, self.skill_directory(skill, scope), tuple(files)), \
            diagnostics
