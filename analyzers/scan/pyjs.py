"""Python and JavaScript/TypeScript: calls, assignments, file accesses, embedded shell."""

from __future__ import annotations

import re
from typing import Any

from skcc.analyzers.scan import syntax
from skcc.analyzers.scan.facts import Access, Call, Command, Facts, dequote, shell_facts
from skcc.regex_cache import compiled

# Calls that hand their first argument to a shell (string) or run it as argv (list).
SHELL_CALLS = compiled(
    r"(^|\.)(system|popen|getoutput|getstatusoutput|run|call|check_call|check_output|Popen"
    r"|create_subprocess_shell|create_subprocess_exec|exec|execSync|spawn|spawnSync|execFile"
    r"|execFileSync|execa|execaSync|\$)$")
SHELL_MODULES = compiled(r"^(os|subprocess|commands|asyncio|child_process|cp|proc|execa|\$)\b"
                           r"|^require\(['\"](node:)?child_process['\"]\)\.|^(execSync|exec|spawn|"
                           r"spawnSync|execFile|execFileSync|execa|execaSync)$")
# `.read(paths)` with an argument: ConfigParser.read, ZipFile.read (a file's `.read(n)`
# takes a size, which names no file).
READ_CALLS = compiled(r"(^|\.)(open|read|read_text|read_bytes|readFileSync|readFile|"
                        r"createReadStream|listdir|scandir|walk|glob|iglob|readdirSync|"
                        r"readdir|copyfile|copy|copy2|copytree|make_archive|add|write)$")
WRITE_CALLS = compiled(r"(^|\.)(write_text|write_bytes|writeFileSync|writeFile|"
                         r"appendFileSync|appendFile|createWriteStream|symlink|symlinkSync)$")
STRING_TYPES = {"string", "template_string", "concatenated_string"}
_PREFIX = compiled(r"^[rRbBuUfF]{0,2}(\"\"\"|'''|\"|'|`)")


def literal(node: Any) -> str:
    """A string literal's content (f-string and template holes kept as written)."""
    text = syntax.node_text(node)
    m = _PREFIX.match(text)
    if m:
        quote = m.group(1)
        text = text[m.end():]
        if text.endswith(quote):
            text = text[: -len(quote)]
    return text


def code_facts(facts: Facts, text: str, line: int, language: str) -> None:
    root = syntax.parse(text, language)
    if root is None:
        return
    python = language == "python"
    first_call = len(facts.calls)
    parameters: dict[str, list[str]] = {}
    for node in syntax.nodes(root, language, _CODE_NODES):
        kind = node.type
        if kind in _DEFINITIONS:
            _parameters(node, parameters)
        elif kind == "as_pattern":  # `with urlopen(u) as r:` / `except E as e`: r holds it
            alias = node.child_by_field_name("alias")
            if alias is not None and node.named_children:
                target = alias.named_children[0] if alias.named_children else alias
                _assign(facts, target, node.named_children[0])
        elif kind in ("call", "call_expression", "new_expression"):
            _call(facts, node, line, python)
        elif kind in ("assignment", "assignment_expression", "augmented_assignment",
                      "augmented_assignment_expression"):
            # `s += chr(b ^ k)` adds to what `s` holds: the name holds both
            _assign(facts, node.child_by_field_name("left"), node.child_by_field_name("right"))
        elif kind == "variable_declarator":
            _assign(facts, node.child_by_field_name("name"), node.child_by_field_name("value"))
        elif kind == "return_statement":
            _returned(facts, node)
        elif kind in ("list", "array"):
            _argv_table(facts, node, line)
        else:  # `for x in items:` / `for (const x of items)`: x holds each of the items
            _assign(facts, node.child_by_field_name("left"), node.child_by_field_name("right"))
    # `def _activate(src, scope): exec(src, scope)` called as `_activate(r.read(), {})`: a
    # function's parameters hold what its calls in this unit pass it.
    for call in facts.calls[first_call:]:
        names = parameters.get(call.name)
        if names:
            for name, value in zip(names, call.args):
                facts.assign(name, value)
            for key, value in call.kwargs:
                if key in names:
                    facts.assign(key, value)


_DEFINITIONS = frozenset({"function_definition", "function_declaration"})
_PARAMETER_NAMES = frozenset({"identifier", "default_parameter", "typed_parameter",
                              "typed_default_parameter", "assignment_pattern"})


def _parameters(node: Any, found: dict[str, list[str]]) -> None:
    """The parameter names of a `def` or `function` declaration, filed under its name."""
    name = node.child_by_field_name("name")
    params = node.child_by_field_name("parameters")
    if name is None or params is None:
        return
    names = []
    for param in params.named_children:
        if param.type not in _PARAMETER_NAMES:
            continue
        if param.type != "identifier":
            param = param.child_by_field_name("name") or param.child_by_field_name("left") \
                or (param.named_children[0] if param.named_children else None)
        if param is not None and param.type == "identifier":
            names.append(syntax.node_text(param))
    found[syntax.node_text(name)] = names


_CODE_NODES = frozenset({"function_definition", "function_declaration", "as_pattern",
                        "call", "call_expression", "new_expression", "assignment",
                        "assignment_expression", "augmented_assignment",
                        "augmented_assignment_expression", "variable_declarator", "for_statement",
                        "for_in_statement", "return_statement", "list", "array"})
_FUNCTIONS = frozenset({"function_definition", "function_declaration", "method_definition",
                        "function_expression", "arrow_function", "generator_function_declaration"})


# Where an argv list is kept for later (`steps = [["chmod", "u+s", p], …]`, `cmd = [...]`),
# as opposed to a list handed straight to subprocess (read by ``_embedded_shell``).
_KEPT_IN = frozenset({"list", "array", "assignment", "variable_declarator"})


def _argv_table(facts: Facts, node: Any, line: int) -> None:
    """A list of strings that starts with a known command name, kept in a variable or in a
    table of steps that a loop later runs: the command it is."""
    from skcc.analyzers.scan.markdown_code import COMMAND_WORDS

    parent = node.parent
    children = node.named_children
    if parent is None or parent.type not in _KEPT_IN or len(children) < 2 or \
            children[0].type not in STRING_TYPES:
        return
    program = literal(children[0])
    if program.rsplit("/", 1)[-1] not in COMMAND_WORDS:
        return
    words = [literal(c) if c.type in STRING_TYPES else syntax.node_text(c) for c in children]
    at = line + node.start_point[0]
    facts.commands.append(Command(tuple(words), at, " ".join(words),
                                  hash(("argv", at, node.start_byte)), 0))


def _returned(facts: Facts, node: Any) -> None:
    """`def load(): return zlib.decompress(…)`: what a function returns is filed under its
    name, so ``resolve`` follows `exec(load())` to the decompression as it follows a
    variable."""
    if not node.named_children:
        return
    function = node.parent
    while function is not None and function.type not in _FUNCTIONS:
        function = function.parent
    if function is None:
        return
    name = function.child_by_field_name("name")
    if name is None and function.parent is not None and \
            function.parent.type == "variable_declarator":  # `const load = () => {…}`
        name = function.parent.child_by_field_name("name")
    if name is not None:
        _assign(facts, name, node.named_children[0])


def _assign(facts: Facts, left: Any, right: Any) -> None:
    if left is None or right is None:
        return
    name = re.sub(r"^(const|let|var)\s+", "", syntax.node_text(left).strip())
    if re.fullmatch(r"[\w.$\[\]'\"]+", name) and len(name) < 80:
        rhs = syntax.node_text(right)
        facts.assign(name, rhs)
        # `ctx["env"] = …`: the dictionary now holds the value too
        stored = _KEY_STORE.fullmatch(name)
        if stored:
            facts.assign(stored.group(1), rhs)


_KEY_STORE = compiled(r"""([A-Za-z_$][\w$]*)\[['"][\w.-]+['"]\]""")


def _call(facts: Facts, node: Any, line: int, python: bool) -> None:
    function = node.child_by_field_name("function") or node.child_by_field_name("constructor")
    arguments = node.child_by_field_name("arguments")
    if function is None:
        return
    name = re.sub(r"\s+", "", syntax.node_text(function))
    positional: list[Any] = []
    kwargs: list[tuple[str, str]] = []
    if arguments is not None:
        for child in arguments.named_children:
            if child.type == "keyword_argument":
                key = child.child_by_field_name("name")
                value = child.child_by_field_name("value")
                kwargs.append((syntax.node_text(key), syntax.node_text(value)))
            elif child.type == "comment":
                continue
            else:
                positional.append(child)
                if child.type == "object":  # JS options object: keep its pairs as kwargs
                    for pair in child.named_children:
                        if pair.type == "pair":
                            key = dequote(syntax.node_text(pair.child_by_field_name("key")))
                            kwargs.append((key, syntax.node_text(
                                pair.child_by_field_name("value"))))
    at = line + node.start_point[0]
    call = Call(name, tuple(syntax.node_text(p) for p in positional), tuple(kwargs), at,
                syntax.node_text(node)[:1000], "python" if python else "javascript")
    facts.calls.append(call)
    if not python:
        _callback_parameters(facts, name, positional)
    _accesses(facts, call, positional)
    if positional and SHELL_CALLS.search(name) and SHELL_MODULES.search(name):
        _embedded_shell(facts, positional[0], at, python)


_CALLBACKS = frozenset({"arrow_function", "function_expression", "function"})


def _callback_parameters(facts: Facts, name: str, positional: list[Any]) -> None:
    """`http.get(opts, (res) => …)`, `res.on("data", (d) => …)`: a callback's parameters
    hold what the call hands it, so each is filed as holding the call (its arguments other
    than callbacks): `d` resolves to `res.on("data")`, `res` to `http.get(opts)`."""
    callbacks = [c for c in positional if c.type in _CALLBACKS]
    if not callbacks:
        return
    handed = ", ".join(syntax.node_text(c) for c in positional if c.type not in _CALLBACKS)
    held = f"{name}({handed})"
    for callback in callbacks:
        single = callback.child_by_field_name("parameter")
        params = callback.child_by_field_name("parameters")
        names = [single] if single is not None else \
            [p for p in (params.named_children if params is not None else ())
             if p.type == "identifier"]
        for param in names:
            facts.assign(syntax.node_text(param), held)


def _accesses(facts: Facts, call: Call, positional: list[Any]) -> None:
    short = call.short
    first = call.args[0] if call.args else ""
    if short == "open" and "." not in call.name.replace("io.open", "open"):
        mode = call.args[1] if len(call.args) > 1 else (call.kwarg("mode") or "'r'")
        write = bool(re.search(r"[wax+]", dequote(mode)))
        facts.accesses.append(Access(first, call.line, write, "a" in dequote(mode), "open"))
    elif WRITE_CALLS.search(call.name):
        target = call.name.rsplit(".", 1)[0] if short in ("write_text", "write_bytes") else first
        facts.accesses.append(Access(target, call.line, True, short.startswith("append"),
                                     short))
    elif short in ("read_text", "read_bytes", "open") and "." in call.name:
        facts.accesses.append(Access(call.name.rsplit(".", 1)[0], call.line, False, how=short))
    elif READ_CALLS.search(call.name) and call.args:
        facts.accesses.append(Access(first, call.line, False, how=short))
        if short in ("copyfile", "copy", "copy2", "copytree", "copyFileSync") and \
                len(call.args) > 1:
            facts.accesses.append(Access(call.args[1], call.line, True, how=short))


def _embedded_shell(facts: Facts, node: Any, line: int, python: bool) -> None:
    """``os.system("curl … | sh")`` or ``execSync(`…`)``: parse the string as shell."""
    if node.type in STRING_TYPES:
        shell_facts(facts, literal(node), line)
    elif node.type in ("list", "array"):
        words = [literal(c) if c.type in STRING_TYPES else syntax.node_text(c)
                 for c in node.named_children]
        if words:
            command = Command(tuple(words), line, " ".join(words), id(node), 0)
            facts.commands.append(command)
            if words[0].rsplit("/", 1)[-1] in ("sh", "bash") and "-c" in words[1:2]:
                shell_facts(facts, " ".join(words[2:]), line)
    elif node.type == "identifier":
        value = facts.assigns.get(syntax.node_text(node), "")
        m = _PREFIX.match(value)
        if m and value.endswith(m.group(1)):
            shell_facts(facts, dequote(value[m.start(1):]), line)
