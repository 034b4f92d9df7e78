"""What a piece of code does, reduced from its syntax tree to a few plain facts.

Rules ask questions such as "is a download piped into an interpreter?" or "is ~/.bashrc
written?". Answering them on syntax trees rather than on raw text is what keeps quoted
strings, comments and prose apart from commands (``echo "curl x | sh"`` runs no curl).
Shell code is reduced to ``Command``s grouped in pipelines plus file ``Access``es (from
redirections and from commands that read or write their arguments); Python and
JavaScript (see ``pyjs``) to ``Call``s, assignments and accesses, plus the shell commands
their ``subprocess``/``child_process`` calls run.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from skcc.analyzers.scan import syntax
from skcc.analyzers.scan.shell_words import call_function, dequote, expand_head
from skcc.analyzers.scan.units import CodeUnit, SkillCode, collect
from skcc.regex_cache import compiled


@dataclass(frozen=True)
class Command:
    argv: tuple[str, ...]  # words with quotes removed; substitutions kept as written
    line: int
    text: str
    pipeline: int = 0  # commands with the same number form one pipeline
    position: int = 0  # index within it

    @cached_property
    def program(self) -> str:
        """The program name without directory or `sudo`/`env` style wrappers."""
        words = list(self.argv)
        while words and _base(words[0]) in WRAPPERS:
            words = [w for w in words[1:] if not w.startswith("-") and "=" not in w] \
                if _base(words[0]) == "env" else words[1:]
            while words and words[0].startswith("-"):
                words = words[1:]
        return _base(words[0]).lower() if words else ""

    @cached_property
    def args(self) -> tuple[str, ...]:
        words = list(self.argv)
        while words and _base(words[0]) in WRAPPERS:
            words = words[1:]
            while words and (words[0].startswith("-") or "=" in words[0]):
                words = words[1:]
        return tuple(words[1:])


_NAME_PARTS = compiled(r"[.\[\]\"'`\s]+")


@dataclass(frozen=True)
class Call:
    name: str  # callee as written, whitespace removed: "subprocess.run", "eval"
    args: tuple[str, ...]  # positional arguments, source text
    kwargs: tuple[tuple[str, str], ...]
    line: int
    text: str
    language: str = "python"  # python or javascript (typescript counts as javascript)

    def kwarg(self, key: str) -> str | None:
        return next((v for k, v in self.kwargs if k == key), None)

    @cached_property
    def short(self) -> str:
        """The method called: `run` of `subprocess.run`, also when the name is indexed or
        glued from pieces (`proc[["exec", "Sync"].join("")]` -> `execSync`)."""
        name = self.name
        if "[" not in name and "+" not in name and "(" not in name:
            return name.rsplit(".", 1)[-1]
        from skcc.analyzers.scan.patterns import unglue

        parts = [part for part in _NAME_PARTS.split(unglue(name)) if part]
        return parts[-1] if parts else name


@dataclass(frozen=True)
class Access:
    target: str
    line: int
    write: bool
    append: bool = False
    how: str = ""


@dataclass(frozen=True)
class Loop:
    variable: str
    items: str  # one a line, as written
    first_line: int
    last_line: int


@dataclass
class Facts:
    unit: CodeUnit
    commands: list[Command] = field(default_factory=list)
    calls: list[Call] = field(default_factory=list)
    accesses: list[Access] = field(default_factory=list)
    assigns: dict[str, str] = field(default_factory=dict)
    loops: list[Loop] = field(default_factory=list)  # shell `for NAME in ITEMS`
    # shell functions: name -> argv of the first command of the body (`fetch() { curl …; }`)
    functions: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def assign(self, name: str, value: str) -> None:
        """Record that ``name`` is given ``value`` (a name assigned twice holds both, one
        a line: rules judge every value it may have)."""
        value = value[:2000]
        held = self.assigns.get(name)
        self.assigns[name] = value if held is None else f"{held}\n{value}"

    def values_at(self, name: str, line: int) -> str:
        """What ``name`` holds on ``line``: the items of the innermost `for` loop over it
        that spans the line, else everything the unit assigns it."""
        inside = [loop for loop in self.loops if loop.variable == name and
                  loop.first_line <= line <= loop.last_line]
        if inside:
            return max(inside, key=lambda loop: loop.first_line).items
        return self.assigns.get(name, "")

    def stands_for(self, target: str, line: int) -> list[str]:
        """What a computed path or argument may be on ``line`` (see ``stands_for``)."""
        return stands_for(self, target, line)

    def pipeline(self, command: Command) -> list[Command]:
        groups = self.__dict__.get("_pipelines")
        if groups is None or groups[0] != len(self.commands):  # rebuilt if commands grew
            index: dict[int, list[Command]] = {}
            for c in self.commands:
                index.setdefault(c.pipeline, []).append(c)
            groups = self.__dict__["_pipelines"] = (len(self.commands), index)
        return groups[1].get(command.pipeline, [command])

    def resolve(self, text: str, depth: int = 3) -> str:
        """``text`` followed by what the names it uses were assigned (a cheap data flow),
        plus the same text with path pieces joined (see ``joined``)."""
        seen = text
        added: set[str] = set()  # (not `rhs in seen`: a value "s" is inside any word)
        for _ in range(depth):
            used = set(_IDENTIFIER.findall(seen))
            extra = [rhs for name, rhs in self.assigns.items()
                     if (name in used if name.isidentifier() else name in seen)
                     and rhs not in added]
            if not extra:
                break
            added.update(extra)
            seen += "\n" + "\n".join(extra)
        return seen + "\n" + joined(seen)


_IDENTIFIER = compiled(r"(?<![\w.])[A-Za-z_]\w*")


# `os.path.join(home, ".ssh", "id_rsa")`, `Path.home() / ".aws" / "credentials"`,
# `homedir() + "/.npmrc"`: string pieces glued by a separator become one path.
_PIECES = compiled(r"""['"`]\s*(?:,|/|\+)\s*['"`]/?""")


def joined(text: str) -> str:
    return _PIECES.sub("/", text)


WRAPPERS = {"sudo", "doas", "env", "nohup", "exec", "time", "command", "builtin", "xargs",
            "nice", "timeout", "su"}
SHELLS = {"sh", "bash", "zsh", "dash", "ksh", "fish", "ash"}
READERS = {"cat", "less", "more", "head", "tail", "base64", "xxd", "od", "strings", "tar",
           "zip", "7z", "gzip", "bzip2", "xz", "openssl", "gpg", "scp", "rsync", "cp", "grep",
           "awk", "jq", "sqlite3", "curl", "source", ".", "find", "ls", "type", "get-content",
           "gc", "copy-item", "compress-archive"}
MAX_NESTING = 3


def _base(word: str) -> str:
    """The last piece of a path, after '/' or '\\'."""
    return word[max(word.rfind("/"), word.rfind("\\")) + 1:]




# -- shell ----------------------------------------------------------------------------------

def shell_facts(facts: Facts, text: str, line: int, depth: int = 0) -> None:
    """Add the commands and accesses of shell ``text`` starting on ``line`` to ``facts``."""
    root = syntax.parse(text, "bash")
    if root is None:
        return
    # Node ids are addresses, reused once a tree is freed: the parse count keeps the
    # pipelines of two strings of one unit (two `os.system` calls) apart.
    parse = facts.__dict__["_parses"] = facts.__dict__.get("_parses", 0) + 1
    for node in syntax.nodes(root, "bash", _SHELL_NODES):
        if node.type == "command":
            _command(facts, node, line, depth, parse)
        elif node.type == "file_redirect":
            _redirect(facts, node, line)
        elif node.type == "variable_assignment":
            name, value = node.child_by_field_name("name"), node.child_by_field_name("value")
            if name is not None and value is not None:
                facts.assigns[syntax.node_text(name)] = syntax.node_text(value)[:2000]
        elif node.type == "function_definition":
            _function(facts, node)
        elif node.type == "for_statement":
            # `for d in "$a" ~/.cache x; do …`: the loop variable takes each value in turn,
            # one a line (so a rule can judge them one by one)
            name = node.child_by_field_name("variable")
            values = node.children_by_field_name("value")
            if name is not None and values:
                variable = syntax.node_text(name)
                items = "\n".join(syntax.node_text(v) for v in values)[:2000]
                facts.assign(variable, items)
                facts.loops.append(Loop(variable, items, line + node.start_point[0],
                                        line + node.end_point[0]))


_SHELL_NODES = frozenset({"command", "file_redirect", "variable_assignment", "for_statement",
                          "function_definition"})


def _function(facts: Facts, node: Any) -> None:
    """Remember what a shell function runs first, so a call reads as that command."""
    name, body = node.child_by_field_name("name"), node.child_by_field_name("body")
    if name is None or body is None:
        return
    first = next((n for n in syntax.walk(body, 200) if n.type == "command"), None)
    if first is None:
        return
    words = [first.child_by_field_name("name"), *first.children_by_field_name("argument")]
    argv = tuple(dequote(syntax.node_text(w)) for w in words if w is not None)
    if argv and argv[0] != syntax.node_text(name):
        facts.functions[syntax.node_text(name)] = argv




def _command(facts: Facts, node: Any, line: int, depth: int, parse: int = 0) -> None:
    # `a | b 2>&1 | c > f` nests pipelines inside redirected statements: the outermost
    # pipeline is the one the commands share; start offsets order them within it.
    pipeline, ancestor = node.id, node.parent
    while ancestor is not None and ancestor.type in ("pipeline", "redirected_statement"):
        if ancestor.type == "pipeline":
            pipeline = ancestor.id
        ancestor = ancestor.parent
    pipeline = hash((pipeline, parse))
    position = node.start_byte
    words = [node.child_by_field_name("name"), *node.children_by_field_name("argument")]
    argv = tuple(dequote(syntax.node_text(w)) for w in words if w is not None)
    if not argv:
        return
    if argv[0].startswith("$"):
        argv = expand_head(facts.assigns, argv)
    elif argv[0] in facts.functions:  # `fetch "$url"` where `fetch() { curl -fsSL "$1"; }`
        argv = call_function(facts.functions[argv[0]], argv[1:])
    command = Command(argv, line + node.start_point[0], syntax.node_text(node), pipeline,
                      position)
    facts.commands.append(command)
    _command_accesses(facts, command)
    # `bash -c '...'`, `eval "..."`: the string is shell code too.
    program, args = command.program, command.args
    if depth < MAX_NESTING:
        inner = None
        if program in SHELLS and "-c" in args and args.index("-c") + 1 < len(args):
            inner = args[args.index("-c") + 1]
        elif program == "eval" and args:
            inner = " ".join(args)
        elif program == "git" and "config" in args:
            inner = _git_config_command(args)
        if inner:
            shell_facts(facts, inner, command.line, depth + 1)
        # `python3 -c '…'`, `node -e '…'`: inline programs are scanned as their language.
        language = "python" if program.startswith("python") else \
            "javascript" if program in ("node", "bun", "deno") else None
        flag = "-c" if language == "python" else "-e"
        if language and flag in args and args.index(flag) + 1 < len(args):
            from skcc.analyzers.scan import pyjs

            pyjs.code_facts(facts, args[args.index(flag) + 1], command.line, language)


def _git_config_command(args: tuple[str, ...]) -> str | None:
    """`git config [--global] filter.x.smudge 'curl … | sh'`: the command the setting makes
    git run later (see ``hooks.git_command``)."""
    from skcc.analyzers.scan.hooks import git_command

    words = [a for a in args[args.index("config") + 1:] if not a.startswith("-")]
    return git_command(words[0], words[1]) if len(words) >= 2 else None


# Options whose value is the next word (an identity file, a port): not a file copied.
VALUE_OPTIONS = {"-i", "-F", "-o", "-P", "-p", "-S", "-c", "-l", "-e", "--rsh", "-J",
                 "--exclude", "--include", "-t", "--target-directory", "-m", "--mode"}


def _command_accesses(facts: Facts, command: Command) -> None:
    program, args = command.program, []
    skip = False
    for a in command.args:
        if skip:
            skip = False
        elif a in VALUE_OPTIONS and program not in ("curl", "cat", "grep", "tar"):
            skip = True
        elif not a.startswith("-"):
            args.append(a)
    flags = [a for a in command.args if a.startswith("-")]
    if program == "tee":
        for target in args:
            facts.accesses.append(Access(target, command.line, True,
                                         "-a" in flags or "--append" in flags, "tee"))
    elif program in ("cp", "mv", "install", "ln", "rsync", "scp", "copy-item") and len(args) >= 2:
        for source in args[:-1]:
            facts.accesses.append(Access(source, command.line, False, how=program))
        facts.accesses.append(Access(args[-1], command.line, True, how=program))
    elif program == "sed" and any(f.startswith("-i") for f in flags):
        facts.accesses.extend(Access(a, command.line, True, how="sed -i") for a in args[1:])
    elif program == "dd":
        for a in args:
            if a.startswith(("if=", "of=")):
                facts.accesses.append(Access(a[3:], command.line, a.startswith("of="), how="dd"))
    elif program in READERS:
        # grep's and awk's first operand is the pattern or program, not a file (unless -e,
        # -f or --regexp gives it): `grep -qE "$secret_names"` reads no secret file.
        operand = program in ("grep", "egrep", "fgrep", "awk") and not any(
            f in ("-e", "-f", "--regexp", "--file") or f.startswith(("--regexp=", "--file="))
            for f in flags)
        for a in command.args:
            target = a.split("@", 1)[1] if "@" in a and program == "curl" else a
            if target.startswith("-") or (program == "curl" and "@" not in a):
                continue
            if operand:
                operand = False  # the pattern
                continue
            facts.accesses.append(Access(target, command.line, False, how=program))


def _redirect(facts: Facts, node: Any, line: int) -> None:
    destination = node.child_by_field_name("destination")
    operator = "".join(syntax.node_text(c) for c in node.children if not c.is_named)
    if destination is None:
        return
    target = dequote(syntax.node_text(destination))
    write = ">" in operator
    facts.accesses.append(Access(target, line + node.start_point[0], write,
                                 ">>" in operator, "redirect"))


# -- PowerShell -----------------------------------------------------------------------------

def powershell_facts(facts: Facts, text: str, line: int) -> None:
    root = syntax.parse(text, "powershell")
    if root is None:
        return
    for node in syntax.nodes(root, "powershell", _POWERSHELL_NODES):
        if node.type == "assignment_expression":
            # `$code = …`: kept under the bare name, as the shell's are, for ``resolve``
            left, value = node.children[0], node.child_by_field_name("value")
            name = syntax.node_text(left).strip().lstrip("$")
            if value is not None and re.fullmatch(r"[\w:]+", name):
                facts.assign(name, syntax.node_text(value))
            continue
        name = node.child_by_field_name("command_name")
        elements = node.child_by_field_name("command_elements")
        words = [syntax.node_text(name)] if name is not None else []
        if elements is not None:
            words += [syntax.node_text(c) for c in elements.named_children
                      if c.type != "command_argument_sep"]
        pipeline = node.parent.parent if node.parent is not None else None
        command = Command(
            tuple(dequote(w) for w in words if w), line + node.start_point[0],
            syntax.node_text(node), pipeline.id if pipeline is not None else node.id,
            node.parent.named_children.index(node) if node.parent is not None else 0)
        facts.commands.append(command)
        if command.program in READERS or command.program == "set-content":
            _command_accesses(facts, command)


_POWERSHELL_NODES = frozenset({"command", "assignment_expression"})


# `${VAR:-fallback}` (also `-`, `=`, `:=`): the value used when VAR is unset or empty;
# `${VAR:?}` / `${VAR?msg}`: VAR itself (the guard stops only an empty value).
_FALLBACK = compiled(r"\$\{\w+:?[-=]([^{}]*)\}")
_GUARD = compiled(r"\$\{(\w+):?\?[^{}]*\}")
_VARIABLE = compiled(r"\$\{?(\w+)\}?(/[^/]*)?")
# A final glob that takes every entry of the folder (`/*`, `/.*`, `/.[!.]*`, `/{*,.*}`).
_EVERYTHING = compiled(r"/(\*|\.\*|\.\[!\.\]\*|\.\?\?\*|\{[*.,\[\]!?]*\})$")


def stands_for(facts: Facts, target: str, line: int, depth: int = 3) -> list[str]:
    """What a computed target may be at run time: each `${VAR:-fallback}` at its fallback,
    a lone variable at each value the script gives it (a loop variable at each item)."""
    if "$" not in target:
        return []
    target = _GUARD.sub(r"$\1", target)
    fallback = _FALLBACK.sub(lambda m: m.group(1), target)
    found = [fallback] if fallback != target else []
    m = _VARIABLE.fullmatch(target)
    held = facts.values_at(m.group(1), line) if depth and m else ""
    inner = _VARIABLE.search(target) if m is None and depth else None
    if inner:
        # `+HEAD:refs/heads/$DEFAULT`: the text with the variable at each of its values
        for value in facts.values_at(inner.group(1), line).split("\n")[:8]:
            value = dequote(value.strip())
            if value:
                whole = target[:inner.start()] + value + (inner.group(2) or "") + \
                    target[inner.end():]
                found += [whole, *stands_for(facts, whole, line, depth - 1)]
    if held:
        suffix = m.group(2) or ""  # type: ignore[union-attr]
        for value in held.split("\n"):
            value = dequote(value.strip())
            found += [value + suffix, *stands_for(facts, value + suffix, line, depth - 1)]
    return [_EVERYTHING.sub("/", v) for v in found if v]


# -- per skill --------------------------------------------------------------------------------

@dataclass
class SkillFacts:
    code: SkillCode
    units: list[Facts]


_CACHE: OrderedDict[int, tuple[Any, SkillFacts]] = OrderedDict()


def facts_of(skill) -> SkillFacts:  # type: ignore[no-untyped-def]
    """The facts of every code unit of ``skill``, computed once and shared by all rules."""
    key = id(skill)
    hit = _CACHE.get(key)
    if hit is not None and hit[0] is skill:
        return hit[1]
    from skcc.analyzers.scan import langs, pyjs

    code = collect(skill)
    units = []
    for unit in code.units:
        facts = Facts(unit)
        if unit.language == "bash":
            shell_facts(facts, unit.text, unit.first_line)
        elif unit.language == "powershell":
            powershell_facts(facts, unit.text, unit.first_line)
        elif unit.language in ("python", "javascript", "typescript"):
            pyjs.code_facts(facts, unit.text, unit.first_line, unit.language)
        elif unit.language == "ruby":
            langs.ruby_facts(facts, unit.text, unit.first_line)
        elif unit.language == "go":
            langs.go_facts(facts, unit.text, unit.first_line)
        elif unit.language == "perl":
            langs.perl_facts(facts, unit.text, unit.first_line)
        elif unit.language == "php":
            langs.php_facts(facts, unit.text, unit.first_line)
        elif unit.language == "lua":
            langs.lua_facts(facts, unit.text, unit.first_line)
        units.append(facts)
    result = SkillFacts(code, units)
    _CACHE[key] = (skill, result)  # keeping the skill keeps its id from being reused
    while len(_CACHE) > 32:  # the semgrep thread may evict too: tolerate an empty cache
        try:
            _CACHE.popitem(last=False)
        except KeyError:
            break
    return result
