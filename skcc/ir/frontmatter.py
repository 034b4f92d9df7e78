"""The YAML frontmatter as written: typed scalars, sequences and mappings with spans.

A scalar keeps its text exactly as YAML decoded it (``text``) and the type a YAML 1.1 safe
loader resolves it to (``tag``), so ``name: 123`` is both the string the Agent Skills
reference validator sees (it reads every scalar as a string) and the integer a JS or PyYAML
client sees. Unknown fields are kept verbatim; nothing is dropped.
"""

from __future__ import annotations

import datetime
from typing import Annotated, Literal, Union

from pydantic import BaseModel, ConfigDict, Field

from skcc.span import Span

ScalarTag = Literal["str", "int", "float", "bool", "null", "timestamp", "binary"]


class _YamlNode(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    span: Span


class YamlScalar(_YamlNode):
    kind: Literal["scalar"] = "scalar"
    text: str
    tag: ScalarTag = "str"

    def to_python(self) -> object:
        if self.tag == "str" or self.tag == "binary":
            return self.text
        if self.tag == "null":
            return None
        if self.tag == "bool":
            return self.text.lower() in ("yes", "true", "on", "y")
        if self.tag == "int":
            return int(self.text.replace("_", ""), 0) if self.text.lower().startswith(
                ("0x", "0o", "0b")) else int(self.text.replace("_", ""))
        if self.tag == "float":
            try:
                return float(self.text.replace("_", ""))
            except ValueError:
                return self.text
        if self.tag == "timestamp":
            try:
                return datetime.date.fromisoformat(self.text)
            except ValueError:
                return self.text
        return self.text


class YamlSequence(_YamlNode):
    kind: Literal["sequence"] = "sequence"
    items: tuple[YamlValue, ...]

    def to_python(self) -> object:
        return [item.to_python() for item in self.items]


class YamlMapping(_YamlNode):
    kind: Literal["mapping"] = "mapping"
    entries: tuple[FrontmatterField, ...]

    def get(self, key: str) -> YamlValue | None:
        for entry in self.entries:
            if entry.key == key:
                return entry.value
        return None

    def to_python(self) -> object:
        return {entry.key: entry.value.to_python() for entry in self.entries}


YamlValue = Annotated[Union[YamlScalar, YamlSequence, YamlMapping], Field(discriminator="kind")]


class FrontmatterField(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    key: str
    key_span: Span
    value: YamlValue


class Frontmatter(BaseModel):
    """The fenced YAML block at the top of SKILL.md. ``raw`` is the text between the fences."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    raw: str
    fields: tuple[FrontmatterField, ...]
    span: Span

    def get(self, key: str) -> YamlValue | None:
        for entry in self.fields:
            if entry.key == key:
                return entry.value
        return None

    def field(self, key: str) -> FrontmatterField | None:
        for entry in self.fields:
            if entry.key == key:
                return entry
        return None

    def string(self, key: str) -> str | None:
        """The scalar text of ``key`` (as a string-typed reader sees it), or None."""
        value = self.get(key)
        return value.text if isinstance(value, YamlScalar) else None

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(entry.key for entry in self.fields)

    def to_python(self) -> dict[str, object]:
        return {entry.key: entry.value.to_python() for entry in self.fields}


YamlSequence.model_rebuild()
YamlMapping.model_rebuild()
