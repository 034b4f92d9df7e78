"""SKILL.md text -> SkIR document, through the LALR grammar in grammar/skill.lark.

lark computes the grammar's LALR(1) tables (stored beside it, see ``skcc.frontend.tables``);
the loop here drives them over the lexer's block tokens, and each reduction calls the
builder method named after the grammar rule, which builds the IR class of the same name
directly (no intermediate parse tree).
"""

from __future__ import annotations

import operator
from functools import lru_cache
from typing import Any, NamedTuple

from pydantic import TypeAdapter

from skcc.frontend.blocks import split_table_row
from skcc.frontend.lexer import BlockToken, lex
from skcc.ir.blocks import Block
from skcc.regex_cache import compiled

_ATX_TRAILER = compiled(r"(?:^|[ \t]+)#+[ \t]*$")


def _line_span(path: str, tokens: list[BlockToken]) -> dict[str, Any]:
    first, last = tokens[0].info, tokens[-1].info
    raw = last.raw
    return {
        "path": path, "line": first.line, "column": 1,
        "end_line": last.line + len(raw) - 1 if raw else last.line,
        "end_column": max(len(raw[-1].rstrip("\r\n")), 1) if raw else 1,
        "offset": first.offset,
        # A token's text is its raw lines joined: its length is their total.
        "end_offset": last.offset + len(tokens[-1]),
    }


def _join_spans(first: dict[str, Any], last: dict[str, Any]) -> dict[str, Any]:
    return {**first, "end_line": last["end_line"], "end_column": last["end_column"],
            "end_offset": last["end_offset"]}


def _source(tokens: list[BlockToken]) -> str:
    return "".join(tokens)


# The callbacks build plain dicts shaped like the IR classes; parse_blocks validates the
# whole tree in one call. pydantic-core validates a tree far faster than Python can call
# a hundred model constructors one by one.
class GrammarError(RuntimeError):
    """The lexer produced a token sequence the grammar does not accept: a bug in skcc."""


class IRBuilder:
    """Grammar rule -> IR node data. ``path`` is set per parse by :func:`parse_blocks`."""

    path = "SKILL.md"

    def start(self, children: list[Any]) -> list[Any]:
        return children[0]  # type: ignore[no-any-return]

    def skill_document(self, children: list[Any]) -> list[Any]:
        return children

    def frontmatter(self, children: list[BlockToken]) -> BlockToken:
        return children[0]

    def heading(self, children: list[BlockToken]) -> dict[str, Any]:
        span = _line_span(self.path, children)
        first = children[0]
        if first.type == "ATX_HEADING":
            level = first.info.extra["level"]
            text = _ATX_TRAILER.sub("", first.info.content[0].strip()[level:]).strip()
            return {"kind": "heading", "source": first.value, "level": level, "text": text,
                    "style": "atx", "span": span}
        para, underline = children
        return {"kind": "heading", "source": _source(children),
                "level": underline.info.extra["level"],
                "text": "\n".join(line.strip() for line in para.info.content),
                "style": "setext", "span": span}

    def code_block(self, children: list[BlockToken]) -> dict[str, Any]:
        span = _line_span(self.path, children)
        first = children[0]
        if first.type == "INDENTED_CODE":
            return {"kind": "code_block", "source": first.value,
                    "code": "\n".join(first.info.content) + "\n", "fenced": False, "span": span}
        body = children[1] if len(children) > 1 and children[1].type == "CODE_TEXT" else None
        extra = first.info.extra
        return {"kind": "code_block", "source": _source(children),
                "code": "\n".join(body.info.content) + "\n" if body else "", "fenced": True,
                "fence": extra["fence"], "info": extra["info"],
                "closed": children[-1].type == "FENCE_CLOSE", "span": span}

    def paragraph(self, children: list[BlockToken]) -> dict[str, Any]:
        tok = children[0]
        return {"kind": "paragraph", "source": tok.value,
                "text": "\n".join(c.strip() for c in tok.info.content),
                "span": _line_span(self.path, children)}

    def table(self, children: list[BlockToken]) -> dict[str, Any]:
        head, delim, *rows = children
        return {"kind": "table", "source": _source(children),
                "header": split_table_row(head.info.content[0]),
                "aligns": delim.info.extra["aligns"],
                "rows": [split_table_row(r.info.content[0]) for r in rows],
                "span": _line_span(self.path, children)}

    def html_block(self, children: list[BlockToken]) -> dict[str, Any]:
        tok = children[0]
        return {"kind": "html_block", "source": tok.value, "html": "\n".join(tok.info.content),
                "span": _line_span(self.path, children)}

    def html_comment(self, children: list[BlockToken]) -> dict[str, Any]:
        tok = children[0]
        text = "\n".join(tok.info.content).strip()
        text = text.removeprefix("<!--").removesuffix("-->").strip()
        return {"kind": "html_comment", "source": tok.value, "text": text,
                "span": _line_span(self.path, children)}

    def thematic_break(self, children: list[BlockToken]) -> dict[str, Any]:
        return {"kind": "thematic_break", "source": children[0].value,
                "span": _line_span(self.path, children)}

    def blank(self, children: list[BlockToken]) -> dict[str, Any]:
        return {"kind": "blank", "source": children[0].value,
                "span": _line_span(self.path, children)}

    def list_item(self, children: list[Any]) -> dict[str, Any]:
        open_tok, *blocks = children
        return {"kind": "list_item", "marker": open_tok.info.extra["marker"],
                "children": blocks, "span": _join_spans(blocks[0]["span"], blocks[-1]["span"])}

    def list_block(self, children: list[Any]) -> dict[str, Any]:
        open_tok, *items, _close = children
        return {"kind": "list_block", "ordered": open_tok.info.extra["ordered"],
                "items": items, "span": _join_spans(items[0]["span"], items[-1]["span"])}

    def block_quote(self, children: list[Any]) -> dict[str, Any]:
        _open, *blocks, _close = children
        return {"kind": "block_quote", "children": blocks,
                "span": _join_spans(blocks[0]["span"], blocks[-1]["span"])}


@lru_cache(maxsize=1)
def _parser() -> tuple[tuple[dict[int, dict[str, tuple[bool, Any]]], int, int], IRBuilder]:
    """The flattened LALR tables of the grammar and the builder their reductions call."""
    from skcc.frontend.tables import load_tables

    builder = IRBuilder()
    return _flatten(load_tables(), builder), builder


def parse_blocks(text: str, path: str) -> ParsedBlocks:
    """Parse a whole SKILL.md text: (frontmatter token or None, top-level blocks).

    Raises:
        GrammarError: never for any input the lexer produces; kept as an internal error.
    """
    tables, builder = _parser()
    builder.path = path
    tokens, overflow = lex(text)
    children = _run_tables(tables, tokens)
    frontmatter = None
    if children and isinstance(children[0], BlockToken):
        frontmatter, children = children[0], children[1:]
    return ParsedBlocks(frontmatter, list(_blocks_adapter().validate_python(children)),
                        overflow)


def _flatten(tables: dict[str, Any], builder: IRBuilder
             ) -> tuple[dict[int, dict[str, tuple[bool, Any]]], int, int]:
    """lark's LALR tables (``skcc.frontend.tables``) flattened for the loop below: a shift is
    ``(True, next_state)``, a reduce ``(False, (size, callback, rule name))``."""
    callbacks: dict[tuple[str, ...], Any] = {}

    def action(entry: list[Any]) -> tuple[bool, Any]:
        if entry[0] == "shift":
            return True, entry[1]
        _, origin, expansion = entry
        key = (origin, *expansion)
        if key not in callbacks:
            callbacks[key] = _callback(origin, expansion, builder)
        return False, (len(expansion), callbacks[key], origin)

    states = {int(state): {name: action(entry) for name, entry in row.items()}
              for state, row in tables["states"].items()}
    return states, tables["start"], tables["end"]


class _Run(list):  # type: ignore[type-arg]
    """The items of a repetition (``_block*``, ``list_item+``, ``TABLE_ROW*``) so far."""


def _callback(name: str, expansion: list[str], builder: IRBuilder) -> Any:
    """What reducing rule ``name`` returns: lark's tree-builder semantics, without its
    generality.

    ``_block`` is inlined (it always wraps one block, so it is that block); the rules lark
    generates for repetitions grow one ``_Run`` in place, as lark's own filter does; every
    other rule calls the builder method of its name with the runs spliced into its children.
    """
    if name == "_block":
        return operator.itemgetter(0)
    if name.startswith("__"):  # __<rule>_star_N / __<rule>_plus_N
        return _grow
    method = getattr(builder, name)
    if not any(symbol.startswith("__") for symbol in expansion):
        return method
    return lambda children: method(_splice(children))


def _grow(children: list[Any]) -> _Run:
    if len(children) == 1:
        return _Run(children)
    run, item = children
    run.append(item)
    return run  # type: ignore[no-any-return]


def _splice(children: list[Any]) -> list[Any]:
    flat: list[Any] = []
    for child in children:
        if type(child) is _Run:
            flat.extend(child)
        else:
            flat.append(child)
    return flat


def _run_tables(tables: tuple[dict[int, dict[str, tuple[bool, Any]]], int, int],
                tokens: list[BlockToken]) -> Any:
    """Drive lark's LALR tables over the block tokens, calling the builder on reductions.

    The same automaton as ``lark.parse``, minus the per-token generality an
    interactive parser pays for (error recovery hooks, token callbacks, end-state checks):
    this loop is the hot path of every compile.
    """
    states, start, end = tables
    state_stack, value_stack = [start], []
    push_state, push_value = state_stack.append, value_stack.append
    for token in (*tokens, None):
        name = token.type if token is not None else "$END"
        while True:
            try:
                shift, arg = states[state_stack[-1]][name]
            except KeyError:
                raise GrammarError(f"unexpected block token {name} at state "
                                f"{state_stack[-1]}") from None
            if shift:
                push_state(arg)
                push_value(token)
                break
            size, callback, origin = arg
            if size:
                children = value_stack[-size:]
                del state_stack[-size:]
                del value_stack[-size:]
            else:
                children = []
            value = callback(children)
            goto = states[state_stack[-1]][origin][1]
            if goto == end and token is None:
                return value
            push_state(goto)
            push_value(value)


class ParsedBlocks(NamedTuple):
    frontmatter: BlockToken | None
    blocks: list[Any]
    nesting_overflow: int | None  # first line nested deeper than the lexer allows


@lru_cache(maxsize=1)
def _blocks_adapter() -> TypeAdapter[tuple[Block, ...]]:
    return TypeAdapter(tuple[Block, ...])


__all__ = ["GrammarError", "parse_blocks"]
