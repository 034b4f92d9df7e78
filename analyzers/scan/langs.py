"""Ruby, Go and Perl scripts, read line by line with regexes: no grammar for them is bundled,
and the rules only need a few facts from them.

Ruby: the strings it evaluates as code (`eval`, `instance_eval`, `binding.eval`…) become
``Call``s the decode/download rules follow through assignments and method bodies, and the
shell commands it runs (`system`, `exec`, `spawn`, `` `…` ``, `%x(…)`, `IO.popen`, `Open3`)
become shell facts. Go: the argument list of `exec.Command(…)` is a command's argv.
Perl: `qx{…}`, backticks and `system`/`exec` strings are shell facts; `system($cmd)` and a
string `eval` (not the `eval { … }` block that catches errors) are ``Call``s the
decode/download rules follow through `my $x = …`.
Being regex-based, it sees less than the tree-sitter readers; it errs on seeing nothing.
"""

from __future__ import annotations

import re

from skcc.analyzers.scan.facts import Call, Command, Facts, shell_facts
from skcc.analyzers.scan.patterns import unglue
from skcc.regex_cache import compiled

# -- Ruby -------------------------------------------------------------------------------------

_RB_COMMENT = compiled(r"^\s*#")
_RB_ASSIGN = compiled(r"^\s*(?:@{0,2}|\$?)([A-Za-z_]\w*)\s*(?:\|\|)?=(?![=~>])\s*(.+)$")
_RB_DEF = compiled(r"^(\s*)def\s+(?:self\.)?([A-Za-z_]\w*[!?]?)")
# Calls that run a string as Ruby code, and those that run a shell command.
_RB_CALL = compiled(r"(?<![\w.:])((?:[A-Z_]\w*(?:::\w+)*\.|[a-z_]\w*\.)?(?:eval|instance_eval|"
                      r"class_eval|module_eval|system|exec|spawn|popen|popen2e?|popen3|"
                      r"capture2e?|capture3))\b\s*\(?\s*(.*)$")
_RB_SHELL_NAMES = compiled(r"(^|\.)(system|exec|spawn|popen\w*|capture\w*)$")
_RB_BACKTICKS = compiled(r"`([^`\n]+)`|%x[({\[]([^)}\]\n]+)[)}\]]")
_RB_STRING = compiled(r"""^\s*(["'])((?:\\.|(?!\1).)*)\1\s*\)?\s*$""")


# `def run(*cmd)` … `system(*cmd, out: File::NULL)`: a method that hands its arguments to
# a shell runner, so `run('sudo', 'chmod', 'u+s', bin)` is that command.
_RB_SPLAT_DEF = compiled(r"^\s*def\s+(?:self\.)?([a-z_]\w*[!?]?)\s*\(?\s*\*(\w+)")
_RB_ARGV_CALL = compiled(r"(?<![\w.:])((?:[A-Z]\w*(?:::\w+)*\.)?[a-z_]\w*[!?]?)\s*\(?\s*"
                           r"((?:['\"][^'\"\n]*['\"]\s*,\s*)+[^)\n]*)")
_RB_ARG = compiled(r"""\s*(?:(["'])((?:\\.|(?!\1).)*)\1|([A-Za-z_@$][\w.]*))\s*(?:,|$)""")


def _wrappers(lines: list[tuple[int, str]]) -> set[str]:
    """Methods of the script that pass their splat argument to a shell runner."""
    found: set[str] = set()
    current: tuple[str, str] | None = None
    for _, source in lines:
        d = _RB_SPLAT_DEF.match(source)
        if d:
            current = (d.group(1), d.group(2))
        elif current and re.search(rf"\b(?:system|exec|spawn|popen\w*|capture\w*)\s*\(?\s*"
                                   rf"\*{re.escape(current[1])}\b", source):
            found.add(current[0])
    return found


def _argv_command(facts: Facts, name: str, args: str, number: int, source: str) -> None:
    """`system('chmod', 'u+s', path)`: a command from an argument list (a name stands for
    its value, written `$name`)."""
    words = []
    for m in _RB_ARG.finditer(args):
        if m.group(3) and ":" in args[m.end(3):m.end(3) + 1]:
            break  # keyword options (`out: File::NULL`) end the argv
        words.append(m.group(2) if m.group(2) is not None else "$" + m.group(3))
    if words:
        facts.commands.append(Command(tuple(words), number, source.strip()[:1000],
                                      hash((number, name))))


def ruby_facts(facts: Facts, text: str, line: int) -> None:
    body: tuple[str, str, list[str]] | None = None  # (indent, name, lines) of a `def`
    lines = _logical_lines(text, line)
    wrappers = _wrappers(lines)
    for number, source in lines:
        if _RB_COMMENT.match(source):
            continue
        if body is not None:
            if source.strip() == "end" and source[:len(source) - len(source.lstrip())] == \
                    body[0]:
                # what a method returns is filed under its name, as pyjs does for `def`
                facts.assign(body[1], "\n".join(body[2]))
                body = None
            else:
                body[2].append(source.strip())
        d = _RB_DEF.match(source)
        if d:
            body = (d.group(1), d.group(2), [])
            continue
        a = _RB_ASSIGN.match(source)
        if a:
            facts.assign(a.group(1), a.group(2))
        for m in _RB_CALL.finditer(source):
            name, args = m.group(1), m.group(2).rstrip()
            facts.calls.append(Call(name, (args,), (), number, source.strip()[:1000], "ruby"))
            literal = _RB_STRING.match(args)
            if literal and _RB_SHELL_NAMES.search(name):
                shell_facts(facts, literal.group(2), number)
        for m in _RB_ARGV_CALL.finditer(source):
            name = m.group(1)
            if name in wrappers or _RB_SHELL_NAMES.search(name):
                _argv_command(facts, name, m.group(2), number, source)
        for m in _RB_BACKTICKS.finditer(source):
            shell_facts(facts, m.group(1) or m.group(2), number)


def _logical_lines(text: str, line: int) -> list[tuple[int, str]]:
    """(line number, text) of each line, a line ending in `\\` joined to the next as Ruby
    reads it (`X = "…" \\` + `"…"`)."""
    out: list[tuple[int, str]] = []
    pending = ""
    for index, source in enumerate(text.split("\n")):
        if pending:
            out[-1] = (out[-1][0], pending + " " + source)
        else:
            out.append((line + index, source))
        pending = out[-1][1][:-1] if source.endswith("\\") else ""
        if pending:
            out[-1] = (out[-1][0], pending)
    return out


# -- Go ---------------------------------------------------------------------------------------

_GO_EXEC = compiled(r"\bexec\.Command(Context)?\(")
_GO_STRING = compiled(r'"((?:\\.|[^"\\])*)"|`([^`]*)`')


# `args := []string{"run", "--rm", …}` (one line), spread later as `exec.Command(p, args...)`
_GO_STRING_LIST = compiled(r"\b(\w+)\s*:?=\s*\[\]string\{([^{}\n]*)\}")


def go_facts(facts: Facts, text: str, line: int) -> None:
    if _GO_EXEC.search(text):
        _go_argv_tables(facts, text, line)
    lists = {m.group(1): m.group(2) for m in _GO_STRING_LIST.finditer(text)}
    for m in _GO_EXEC.finditer(text):
        inner = _balanced(text, m.end())
        if inner is None:
            continue
        args = []
        for arg in _split(inner)[1 if m.group(1) else 0:]:  # CommandContext(ctx, name, …)
            spread = arg.strip().removesuffix("...")
            if arg.strip().endswith("...") and spread in lists:
                args.extend(_split(lists[spread]))
            else:
                args.append(arg)
        argv = tuple(_go_word(a) for a in args if a.strip())
        if not argv:
            continue
        number = line + text.count("\n", 0, m.start())
        facts.commands.append(Command(argv, number, " ".join(argv), hash((number, m.start()))))
        if argv[0].rsplit("/", 1)[-1] in ("sh", "bash") and "-c" in argv[1:2] and \
                len(argv) > 2:
            shell_facts(facts, argv[2], number)


# A one-line composite literal: `{"sudo", "chmod", "4755", path}`, `[]string{"git", "push"}`.
_GO_LIST = compiled(r"\{([^{}\n]*)\}")


def _go_argv_tables(facts: Facts, text: str, line: int) -> None:
    """`steps := [][]string{{"sudo", "chmod", "4755", p}, …}` run by `exec.Command(s[0],
    s[1:]...)`: each string list that starts with a known command is that command."""
    from skcc.analyzers.scan.markdown_code import COMMAND_WORDS

    for m in _GO_LIST.finditer(text):
        args = [a for a in _split(m.group(1)) if a.strip()]
        if len(args) < 2 or not _GO_STRING.fullmatch(args[0].strip()):
            continue
        argv = tuple(_go_word(a) for a in args)
        if argv[0].rsplit("/", 1)[-1] not in COMMAND_WORDS:
            continue
        number = line + text.count("\n", 0, m.start())
        facts.commands.append(Command(argv, number, " ".join(argv),
                                      hash(("go-argv", number, m.start()))))


def _go_word(arg: str) -> str:
    """An argument as the program will see it: a literal's text; a computed part
    (`"s3://"+b.Name`) as `$name`, so rules know it is chosen at run time."""
    pieces = [p.strip() for p in arg.split("+")]
    out = []
    for piece in pieces:
        s = _GO_STRING.fullmatch(piece)
        env = re.fullmatch(r'os\.Getenv\(\s*"(\w+)"\s*\)', piece)
        if env:
            out.append("$" + env.group(1))
            continue
        out.append((s.group(1) if s.group(1) is not None else s.group(2)) if s else
                   "$" + re.sub(r"\W+", "_", piece).strip("_"))
    return "".join(out)


def _balanced(text: str, start: int) -> str | None:
    """The text up to the parenthesis closing the one just before ``start``."""
    depth, i, quote = 1, start, ""
    while i < len(text) and i - start < 2000:
        c = text[i]
        if quote:
            if c == "\\" and quote == '"':
                i += 1
            elif c == quote:
                quote = ""
        elif c in "\"`":
            quote = c
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return text[start:i]
        i += 1
    return None


def _split(text: str) -> list[str]:
    """Arguments separated by top-level commas."""
    out, depth, quote, current = [], 0, "", []
    for i, c in enumerate(text):
        if quote:
            if c == quote and text[i - 1] != "\\":
                quote = ""
        elif c in "\"`":
            quote = c
        elif c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
        elif c == "," and depth == 0:
            out.append("".join(current))
            current = []
            continue
        current.append(c)
    out.append("".join(current))
    return out


# -- Perl -------------------------------------------------------------------------------------

_PL_ASSIGN = compiled(r"^\s*(?:my\s+|our\s+|local\s+)?[$@%](\w+)\s*=(?![=~>])\s*(.+?);?\s*$")
_PL_QX = compiled(r"qx\s*(?:\{([^}\n]*)\}|\(([^)\n]*)\)|\[([^\]\n]*)\]|/([^/\n]*)/)|`([^`\n]+)`")
_PL_SHELL = compiled(r"(?<![\w$>:])(?:system|exec)\s*\(?\s*([\"'])((?:\\.|(?!\1).)*)\1\s*\)?\s*;")
# `system($cmd)`, `exec $cmd`: a command line computed by the script
_PL_SYSTEM_EXPR = compiled(r"(?<![\w$>:])(system|exec)\b\s*\(?\s*([$@][^;]*)")
# `eval $code`, `eval($code)`, `eval "…"`: a string run as Perl (not `eval {`)
_PL_EVAL = compiled(r"(?<![\w$>:])eval\b\s*(?!\{)\(?\s*([^;{][^;]*)")


def perl_facts(facts: Facts, text: str, line: int) -> None:
    for index, source in enumerate(text.split("\n")):
        number = line + index
        stripped = source.lstrip()
        if stripped.startswith("#"):
            continue
        a = _PL_ASSIGN.match(source)
        if a:
            facts.assign(a.group(1), a.group(2))
        for m in _PL_QX.finditer(source):
            command = next(g for g in m.groups() if g is not None)
            # `@{[ f() ]}` interpolates code: leave a marker the shell parser reads as a word
            shell_facts(facts, re.sub(r"@\{\[[^\]]*\]\}", "HOST", command), number)
        for m in _PL_SHELL.finditer(source):
            shell_facts(facts, m.group(2), number)
        for m in _PL_SYSTEM_EXPR.finditer(source):
            facts.calls.append(Call(m.group(1), (m.group(2).strip().rstrip(")"),), (), number,
                                    stripped[:1000], "perl"))
        for m in _PL_EVAL.finditer(source):
            facts.calls.append(Call("eval", (m.group(1).strip().rstrip(")"),), (), number,
                                    stripped[:1000], "perl"))


# -- PHP --------------------------------------------------------------------------------------

_PHP_ASSIGN = compiled(r"^\s*\$(\w+)\s*(?:\.)?=(?![=>])\s*(.+?);\s*(?://.*|#.*)?$")
_PHP_SHELL = r"(?<![\w$>:])(shell_exec|system|exec|passthru|popen|proc_open)\s*\(\s*"
_PHP_SHELL_LITERAL = compiled(_PHP_SHELL + r"(['\"])((?:\\.|(?!\2).)*)\2")
_PHP_SHELL_EXPR = compiled(_PHP_SHELL + r"([$][^;]*?)\)\s*;")
_PHP_BACKTICK = compiled(r"`([^`\n]+)`")
# `eval($code)`, `assert($code)` (a string assert runs it on old PHP), `create_function`
_PHP_EVAL = compiled(r"(?<![\w$>:])(eval|assert|create_function)\s*\(\s*([^;]*?)\)\s*;")


def php_facts(facts: Facts, text: str, line: int) -> None:
    """Assignments, shell commands (`shell_exec`, `system`, backticks...) and evals of a PHP
    script, line by line (no grammar is bundled)."""
    for index, source in enumerate(text.split("\n")):
        number = line + index
        stripped = source.lstrip()
        if stripped.startswith(("//", "#", "*", "/*")):
            continue
        a = _PHP_ASSIGN.match(source)
        if a:  # `$fn = 'gz' . 'inf' . 'late'` holds "gzinflate"
            facts.assign("$" + a.group(1), unglue(a.group(2)))
        for m in _PHP_SHELL_LITERAL.finditer(source):
            shell_facts(facts, m.group(3), number)
        for m in _PHP_SHELL_EXPR.finditer(source):
            facts.calls.append(Call(m.group(1), (m.group(2).strip(),), (), number,
                                    stripped[:1000], "php"))
        for m in _PHP_BACKTICK.finditer(source):
            shell_facts(facts, m.group(1), number)
        for m in _PHP_EVAL.finditer(source):
            facts.calls.append(Call(m.group(1), (_php_callables(facts, m.group(2).strip()),),
                                    (), number, stripped[:1000], "php"))


def _php_callables(facts: Facts, code: str) -> str:
    """`$fn($dec($x))` with `$fn = 'gzinflate'`, `$dec = 'base64_decode'` as the calls they
    are: `gzinflate(base64_decode($x))` (PHP calls a function named by a string)."""
    def named(m: re.Match[str]) -> str:
        held = facts.assigns.get("$" + m.group(1), "").strip()
        return held[1:-1] if re.fullmatch(r"(['\"])\w+\1", held) else m.group()

    return re.sub(r"\$(\w+)(?=\s*\()", named, code)


# -- Lua --------------------------------------------------------------------------------------

_LUA_ASSIGN = compiled(r"^\s*(?:local\s+)?([A-Za-z_]\w*)\s*=(?!=)\s*(.+?)\s*(?:--.*)?$")
_LUA_RUN = compiled(r"\b(os\.execute|io\.popen)\s*\(")
_LUA_STRING = compiled(r"""^(?:"((?:\\.|[^"\\])*)"|'((?:\\.|[^'\\])*)'|\[\[(.*?)\]\])$""", re.S)


def lua_facts(facts: Facts, text: str, line: int) -> None:
    """`os.execute(...)` and `io.popen(...)` of a Lua script as shell commands, their
    argument evaluated as far as literals go: `..` joins, `string.char(114, 109)` is "rm",
    `table.concat({...})` joins its items, a local holds what it was given, and anything
    computed becomes `$name` for the rules."""
    values: dict[str, str] = {}
    lines = text.split("\n")
    for index, source in enumerate(lines):
        number = line + index
        if source.lstrip().startswith("--"):
            continue
        a = _LUA_ASSIGN.match(source)
        if a and not source.lstrip().startswith(("if ", "for ", "while ")):
            value = a.group(2)
            # `local parts = {` … `}` over several lines: the table is the whole constructor
            end = index + 1
            while value.count("{") > value.count("}") and end < len(lines) and \
                    end - index < 200:
                value += " " + lines[end].split("--", 1)[0].strip()
                end += 1
            values[a.group(1)] = value
            facts.assign(a.group(1), value)
        for m in _LUA_RUN.finditer(source):
            inner = _balanced(source, m.end())
            if inner is None:
                continue
            argument = _split(inner)[0]
            command = _lua_value(argument, values, 3)
            facts.calls.append(Call(m.group(1), (argument.strip(),), (), number,
                                    source.strip()[:1000], "lua"))
            shell_facts(facts, command, number)


def _lua_value(expression: str, values: dict[str, str], depth: int) -> str:
    """The string a Lua expression makes, as far as literals and locals tell."""
    out: list[str] = []
    for piece in _lua_pieces(expression):
        if sum(map(len, out)) > 4000:  # locals built from locals: enough to judge by
            break
        piece = piece.strip()
        literal = _LUA_STRING.match(piece)
        if literal:
            out.append(next(g for g in literal.groups() if g is not None))
            continue
        chars = re.fullmatch(r"string\.char\s*\(([\d\s,]+)\)", piece)
        if chars:
            out.append("".join(chr(int(n)) for n in chars.group(1).split(",") if n.strip()
                               and int(n) < 0x110000))
            continue
        named = re.fullmatch(r"table\.concat\s*\(\s*([A-Za-z_]\w*)\s*(,.*)?\)", piece, re.S)
        if named and values.get(named.group(1), "").lstrip().startswith("{") and depth > 0:
            # `table.concat(parts, " ")` with `local parts = { … }`
            piece = f"table.concat({values[named.group(1)]}{named.group(2) or ''})"
            depth -= 1
        joined = re.fullmatch(r"table\.concat\s*\(\s*\{(.*)\}\s*(?:,\s*(['\"])(.*?)\2)?\s*\)",
                              piece, re.S)
        if joined:
            items = [_lua_value(item, values, depth) for item in _split(joined.group(1))
                     if item.strip()]
            out.append((joined.group(3) or "").join(items))
            continue
        env = re.fullmatch(r"os\.getenv\s*\(\s*['\"](\w+)['\"]\s*\)(?:\s+or\s+.*)?", piece)
        if env:
            out.append("$" + env.group(1))
            continue
        name = re.fullmatch(r"[A-Za-z_]\w*", piece)
        if name and piece in values and depth > 0:
            out.append(_lua_value(values[piece], values, depth - 1))
            continue
        out.append("$" + (re.sub(r"\W+", "_", piece).strip("_") or "x"))
    return "".join(out)


def _lua_pieces(expression: str) -> list[str]:
    """``expression`` split on its top-level `..` (outside strings and brackets)."""
    pieces, current, depth, quote = [], [], 0, ""
    i = 0
    while i < len(expression):
        c = expression[i]
        if quote:
            current.append(c)
            if c == "\\" and i + 1 < len(expression):
                current.append(expression[i + 1])
                i += 1
            elif c == quote:
                quote = ""
        elif c in "\"'":
            quote = c
            current.append(c)
        elif c in "([{":
            depth += 1
            current.append(c)
        elif c in ")]}":
            depth -= 1
            current.append(c)
        elif expression.startswith("..", i) and depth == 0:
            pieces.append("".join(current))
            current = []
            i += 2
            continue
        else:
            current.append(c)
        i += 1
    pieces.append("".join(current))
    return pieces
