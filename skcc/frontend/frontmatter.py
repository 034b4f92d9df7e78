"""YAML frontmatter -> typed IR, with line numbers and without surprises.

PyYAML's safe composer (libyaml when present) gives nodes with marks; skcc builds its own
typed values from them instead of constructing Python objects, which lets it report, with a
position, what the Agent Skills reference validator (strictyaml) refuses: anchors and
aliases (also the defence against alias bombs), flow collections, explicit tags and
duplicate keys.
"""

from __future__ import annotations

import yaml

from skcc.analyzers.rules import (
    skc007_invalid_yaml as invalid_yaml,
    skc008_frontmatter_not_mapping as not_mapping,
    skc009_yaml_alias as yaml_alias,
    skc010_duplicate_key as duplicate_key,
    skc014_yaml_flow_style as flow_style,
    skc015_yaml_explicit_tag as explicit_tag,
)
from skcc.diagnostics import Diagnostic
from skcc.ir.frontmatter import Frontmatter, FrontmatterField, YamlMapping, YamlScalar, YamlSequence
from skcc.span import Span

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_TAGS = {
    "tag:yaml.org,2002:str": "str",
    "tag:yaml.org,2002:int": "int",
    "tag:yaml.org,2002:float": "float",
    "tag:yaml.org,2002:bool": "bool",
    "tag:yaml.org,2002:null": "null",
    "tag:yaml.org,2002:timestamp": "timestamp",
    "tag:yaml.org,2002:binary": "binary",
}
MAX_DEPTH = 32


class _Builder:
    def __init__(self, path: str, first_line: int, offset: int) -> None:
        self.path = path
        self.first_line = first_line
        self.offset = offset
        self.seen: set[int] = set()
        self.diagnostics: list[Diagnostic] = []
        self.flow_reported = False

    def span(self, node: yaml.Node) -> Span:
        start, end = node.start_mark, node.end_mark
        end_line, end_col = end.line, end.column
        if end_col == 0 and end_line > start.line:  # block values end at the next line's start
            end_line -= 1
            end_col = 1
        return Span.model_construct(
            path=self.path, line=start.line + self.first_line, column=start.column + 1,
            end_line=end_line + self.first_line, end_column=max(end_col, 1),
            offset=start.index + self.offset, end_offset=end.index + self.offset,
        )

    def value(self, node: yaml.Node, depth: int) -> YamlScalar | YamlSequence | YamlMapping:
        if id(node) in self.seen:
            raise _Refused(yaml_alias.RULE.at(
                self.span(node), "YAML anchors and aliases are not allowed in frontmatter",
                "write the value out in full; the Agent Skills reference validator rejects "
                "aliases, and nested aliases can expand exponentially (an 'alias bomb')"))
        self.seen.add(id(node))
        if depth > MAX_DEPTH:
            raise _Refused(invalid_yaml.RULE.at(
                self.span(node), f"frontmatter is nested deeper than {MAX_DEPTH} levels",
                "flatten the structure; skill metadata is a shallow map of strings"))
        span = self.span(node)
        if isinstance(node, yaml.ScalarNode):
            # Only an explicit tag resolves outside _TAGS; _anchor_or_tag reports those.
            tag = _TAGS.get(node.tag, "str")
            return YamlScalar(text=node.value, tag=tag, span=span)  # type: ignore[arg-type]
        if getattr(node, "flow_style", False) and not self.flow_reported:
            self.flow_reported = True
            kind = "list" if isinstance(node, yaml.SequenceNode) else "mapping"
            self.diagnostics.append(flow_style.RULE.at(
                span, f"flow-style {kind} ({'[...]' if kind == 'list' else '{...}'}) in "
                "frontmatter",
                "write it in block style, one item per line; the Agent Skills reference "
                "validator (strictyaml) rejects flow style"))
        if isinstance(node, yaml.SequenceNode):
            return YamlSequence(items=tuple(self.value(n, depth + 1) for n in node.value),
                                span=span)
        assert isinstance(node, yaml.MappingNode)
        return YamlMapping(entries=self.fields(node, depth + 1), span=span)

    def fields(self, node: yaml.MappingNode, depth: int) -> tuple[FrontmatterField, ...]:
        entries: list[FrontmatterField] = []
        keys: dict[str, Span] = {}
        for key_node, value_node in node.value:
            key_span = self.span(key_node)
            if not isinstance(key_node, yaml.ScalarNode):
                raise _Refused(invalid_yaml.RULE.at(
                    key_span, "frontmatter keys must be plain strings",
                    "use a simple `key: value` line"))
            key = key_node.value
            if key in keys:
                self.diagnostics.append(duplicate_key.RULE.at(
                    key_span, f"duplicate key '{key}' (first defined on line "
                    f"{keys[key].line})", "keep one definition; YAML readers disagree on "
                    "which one wins", related=(keys[key],)))
            keys[key] = key_span
            entries.append(FrontmatterField(key=key, key_span=key_span,
                                            value=self.value(value_node, depth)))
        return tuple(entries)


class _Refused(Exception):
    def __init__(self, diagnostic: Diagnostic) -> None:
        self.diagnostic = diagnostic


def load_frontmatter(raw: str, path: str, fence_span: Span, first_line: int,
                     offset: int) -> tuple[Frontmatter | None, list[Diagnostic]]:
    """Parse the YAML between the fences. ``first_line``/``offset`` locate ``raw`` in the file.

    Returns None (and an error) when the text is not a YAML mapping.
    """
    builder = _Builder(path, first_line, offset)
    try:
        root = yaml.compose(raw, Loader=_Loader)  # noqa: S506 - a safe loader, composing only
    except yaml.MarkedYAMLError as exc:
        return None, [_yaml_error(exc, path, first_line, offset, raw)]
    except yaml.reader.ReaderError as exc:
        before = raw[: exc.position]
        line = before.count("\n") + first_line
        column = exc.position - (before.rfind("\n") + 1) + 1
        return None, [invalid_yaml.RULE.at(
            Span.point(path, line, column, offset + exc.position),
            f"control character {exc.character!r} is not allowed in YAML frontmatter",
            "remove it, or write it as an escape inside a double-quoted string")]
    except (yaml.YAMLError, RecursionError, ValueError) as exc:
        return None, [invalid_yaml.RULE.at(fence_span, f"invalid YAML in frontmatter: {exc}",
                                           "fix the YAML syntax")]
    # Anchors and explicit tags are refused, but the rest is still read for other findings.
    anchor_or_tag = _anchor_or_tag(raw, builder) if "&" in raw or "!" in raw else None
    if root is None:
        fields: tuple[FrontmatterField, ...] = ()
    elif not isinstance(root, yaml.MappingNode):
        return None, [not_mapping.RULE.at(
            builder.span(root), "frontmatter must be a YAML mapping of `key: value` lines",
            "start with `name: my-skill` and `description: ...`")]
    else:
        try:
            fields = builder.fields(root, 1)
        except _Refused as refused:
            return None, [*builder.diagnostics, anchor_or_tag or refused.diagnostic]
    if anchor_or_tag is not None:
        return None, [*builder.diagnostics, anchor_or_tag]
    return Frontmatter(raw=raw, fields=fields, span=fence_span), builder.diagnostics


def _anchor_or_tag(raw: str, builder: _Builder) -> Diagnostic | None:
    """The first anchor (``&a``) or explicit tag (``!!str``, ``!x``) in the frontmatter.

    Composed nodes no longer tell an explicit ``!!str`` from an implicit string, and an
    anchor that is never used leaves no trace, so this looks at the parser's events. It
    only runs when the text contains ``&`` or ``!``.
    """
    try:
        for event in yaml.parse(raw, Loader=_Loader):  # noqa: S506 - events only
            anchor = getattr(event, "anchor", None)
            mark = event.start_mark
            span = Span.point(builder.path, mark.line + builder.first_line, mark.column + 1,
                              builder.offset + mark.index)
            if anchor is not None:
                return yaml_alias.RULE.at(
                    span, f"YAML anchor '&{anchor}' in frontmatter: anchors and aliases are "
                    "not allowed",
                    "write the value out in full; the Agent Skills reference validator "
                    "rejects anchors and aliases, and aliases enable 'alias bombs'")
            tag = getattr(event, "tag", None)
            if tag is not None:  # the parser reports a tag only where one is written
                return explicit_tag.RULE.at(
                    span, f"explicit YAML tag '{tag}' is not allowed",
                    "remove the tag; frontmatter values are plain strings, lists and maps")
    except yaml.YAMLError:
        return None  # compose() already reported syntax errors
    return None


def _yaml_error(exc: yaml.MarkedYAMLError, path: str, first_line: int, offset: int,
                raw: str) -> Diagnostic:
    mark = exc.problem_mark or exc.context_mark
    line = (mark.line if mark else 0) + first_line
    column = (mark.column if mark else 0) + 1
    span = Span.model_construct(path=path, line=line, column=column, end_line=line,
                                end_column=column, offset=offset + (mark.index if mark else 0),
                                end_offset=offset + (mark.index if mark else 0))
    problem = exc.problem or "syntax error"
    help_text = "fix the YAML syntax"
    if "mapping values are not allowed" in problem:
        help_text = ("a value contains ': '; wrap the whole value in quotes, "
                     "e.g. description: \"Use when: ...\"")
    elif "found character '\\t'" in problem:
        help_text = "YAML does not allow tabs for indentation; use spaces"
    return invalid_yaml.RULE.at(span, f"invalid YAML in frontmatter: {problem}", help_text)
