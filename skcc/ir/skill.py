"""The skill as a whole: its SKILL.md document and every bundled file."""

from __future__ import annotations

import enum
from functools import cached_property

from pydantic import BaseModel, ConfigDict

from skcc.ir.blocks import Block, render_source
from skcc.ir.frontmatter import Frontmatter
from skcc.span import Span


class FileKind(str, enum.Enum):
    SCRIPT = "script"
    REFERENCE = "reference"
    ASSET = "asset"
    OTHER = "other"


class BundledFile(BaseModel):
    """A file of the skill folder other than SKILL.md, described, not loaded."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    path: str  # POSIX path relative to the skill folder
    kind: FileKind
    sha256: str
    size: int
    executable: bool
    text: bool


class GeneratedFile(BaseModel):
    """A file an optimiser pass created (e.g. a section moved to ``references/``)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    path: str  # POSIX path relative to the skill folder
    text: str


class SkillDocument(BaseModel):
    """A parsed SKILL.md: optional frontmatter plus the body's block tree."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    path: str
    frontmatter: Frontmatter | None
    blocks: tuple[Block, ...]
    span: Span

    @cached_property
    def body(self) -> str:
        return render_source(self.blocks)


class Skill(BaseModel):
    """One skill folder. ``name`` is the folder name; the declared name is in frontmatter."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str
    root: str
    document: SkillDocument
    files: tuple[BundledFile, ...] = ()
    generated: tuple[GeneratedFile, ...] = ()
    bom: bool = False
    newline: str = "\n"

    @property
    def frontmatter(self) -> Frontmatter | None:
        return self.document.frontmatter

    @property
    def declared_name(self) -> str | None:
        fm = self.document.frontmatter
        return fm.string("name") if fm else None

    @property
    def description(self) -> str | None:
        fm = self.document.frontmatter
        return fm.string("description") if fm else None

    @cached_property
    def views(self):  # type: ignore[no-untyped-def]
        from skcc.ir.views import SemanticViews

        return SemanticViews.of(self)
