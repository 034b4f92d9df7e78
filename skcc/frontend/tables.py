"""The LALR tables of ``grammar/skill.lark``, computed by lark and stored beside the grammar.

lark turns the grammar into LALR(1) tables; the parser (``skcc.frontend.parser``) only ever
reads those tables. Building them means importing lark and analysing the grammar (~70 ms),
paid by every ``skcc`` process before it parses anything, so they are computed once, the way
parser generators emit tables, and shipped as ``grammar/skill_tables.json``. The file records
the SHA-256 of the grammar it was computed from: when the grammar changes and the file is not
regenerated, the tables are computed from the grammar at run time, so a stale file can cost
time but never change a parse. ``tests/test_grammar_tables.py`` fails while the file is stale.

Regenerate with ``python -m skcc.frontend.tables``.
"""

from __future__ import annotations

import hashlib
import json
import sys
from importlib import resources
from pathlib import Path
from typing import Any

GRAMMAR_FILE = "skill.lark"
TABLES_FILE = "skill_tables.json"

# A state's row: terminal or rule name -> ["shift", next state] or ["reduce", rule name,
# [the names of the symbols it reduces]].
Tables = dict[str, Any]


def grammar_text() -> str:
    return resources.files("skcc.grammar").joinpath(GRAMMAR_FILE).read_text("utf-8")


def grammar_digest(grammar: str) -> str:
    return hashlib.sha256(grammar.encode("utf-8")).hexdigest()


def load_tables() -> Tables:
    """The tables of the installed grammar: from the stored file when it was computed from
    this grammar, else computed by lark now."""
    grammar = grammar_text()
    try:
        stored = json.loads(resources.files("skcc.grammar").joinpath(TABLES_FILE)
                            .read_text("utf-8"))
    except (OSError, ValueError):
        stored = None
    if isinstance(stored, dict) and stored.get("grammar_sha256") == grammar_digest(grammar):
        return stored
    return lark_tables(grammar)


def lark_tables(grammar: str) -> Tables:
    """Ask lark for the LALR tables of ``grammar`` (the block tokens come from skcc's own
    lexer, so lark is given a lexer that is never called)."""
    from lark import Lark
    from lark.lexer import Lexer
    from lark.parsers.lalr_analysis import Shift

    class _TokensFromSkcc(Lexer):
        def __init__(self, lexer_conf: Any) -> None:
            pass

        def lex(self, data: Any) -> Any:  # pragma: no cover - the tables are all we use
            raise NotImplementedError("skcc.frontend.lexer produces the tokens")

    lark = Lark(grammar, parser="lalr", lexer=_TokensFromSkcc, maybe_placeholders=False)
    table = lark.parser.parser.parser.parse_table  # ParsingFrontend -> LALR_Parser -> _Parser
    # lark numbers states in an order that depends on string hashing; renumbering them in
    # breadth-first order from the start state (symbols by name) makes the file the same
    # on every run, so a test can compare it with lark's tables.
    start = table.start_states["start"]
    number = {start: 0}
    queue = [start]
    for state in queue:
        for name, (action, arg) in sorted(table.states[state].items(), key=lambda i: str(i[0])):
            if action is Shift and arg not in number:
                number[arg] = len(number)
                queue.append(arg)
    states = {
        str(number[state]): {
            str(name): ["shift", number[arg]] if action is Shift else
            ["reduce", str(arg.origin.name), [str(s.name) for s in arg.expansion]]
            for name, (action, arg) in sorted(row.items(), key=lambda i: str(i[0]))}
        for state, row in sorted(table.states.items(), key=lambda i: number[i[0]])}
    return {"grammar_sha256": grammar_digest(grammar), "start": 0,
            "end": number[table.end_states["start"]], "states": states}


def dumps(tables: Tables) -> str:
    """The file's text: one state per line, so a grammar change shows as a readable diff."""
    rows = ",\n".join(f"  {json.dumps(state)}: {json.dumps(row, sort_keys=True)}"
                      for state, row in tables["states"].items())
    return (f'{{"grammar_sha256": {json.dumps(tables["grammar_sha256"])}, '
            f'"start": {tables["start"]}, "end": {tables["end"]},\n "states": {{\n{rows}\n}}}}\n')


def main(argv: list[str] | None = None) -> int:
    """Write the tables of ``grammar/skill.lark`` next to it."""
    target = Path(__file__).resolve().parents[2] / "grammar" / TABLES_FILE
    if argv:
        target = Path(argv[0])
    target.write_text(dumps(lark_tables(grammar_text())), "utf-8")
    print(f"wrote {target}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
