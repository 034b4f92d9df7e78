"""Find every piece of code a skill carries, as ``CodeUnit``s with their language.

Scanned: bundled scripts (by extension, else by shebang); the commands of files tools run by
themselves (dev containers, direnv, task runners, notebooks, build scripts: ``hooks``);
fenced code blocks of SKILL.md and of every other bundled Markdown file (by info string) and
the inline commands their prose says to run (``markdown_code``); ``!`cmd``` placeholders
(Claude Code runs them while loading the skill); npm scripts, MCP server commands and hook
commands of bundled settings files; and requirements files. Binary, oversized or
undecodable files are listed in ``unscanned`` instead, so a rule can say so rather than
stay silent.
"""

from __future__ import annotations

import json
import re
import shlex
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path, PurePosixPath

from skcc.regex_cache import compiled

MAX_SCAN_BYTES = 2 * 1024 * 1024
EXTENSIONS = {".py": "python", ".pyw": "python", ".sh": "bash", ".bash": "bash", ".zsh": "bash",
              ".ksh": "bash", ".command": "bash", ".js": "javascript", ".mjs": "javascript",
              ".cjs": "javascript", ".jsx": "javascript", ".ts": "typescript",
              ".mts": "typescript", ".cts": "typescript", ".ps1": "powershell",
              ".psm1": "powershell", ".sql": "sql", ".bat": "batch", ".cmd": "batch",
              ".rb": "ruby", ".go": "go", ".pl": "perl", ".pm": "perl", ".php": "php",
              ".lua": "lua"}
# (Ruby, Go, Perl, PHP and Lua are read by regexes: scan/langs.py)
INFO_STRINGS = {
    "bash": "bash", "sh": "bash", "shell": "bash", "zsh": "bash", "console": "bash",
    "shell-session": "bash", "terminal": "bash", "shellscript": "bash", "": "bash",
    "python": "python", "py": "python", "python3": "python", "ipython": "python",
    "javascript": "javascript", "js": "javascript", "node": "javascript", "mjs": "javascript",
    "jsx": "javascript", "typescript": "typescript", "ts": "typescript", "tsx": "typescript",
    "powershell": "powershell", "ps1": "powershell", "pwsh": "powershell", "ps": "powershell",
    "sql": "sql", "json": "json", "jsonc": "json", "bat": "batch", "cmd": "batch",
}
SHEBANG = compiled(r"#!\s*(?:\S*/)?(?:env\s+(?:-S\s+)?)?(?P<prog>[\w.-]+)")
SHEBANG_PROGRAMS = {"sh": "bash", "bash": "bash", "zsh": "bash", "dash": "bash", "ksh": "bash",
                    "python": "python", "python3": "python", "node": "javascript",
                    "deno": "typescript", "bun": "javascript", "pwsh": "powershell",
                    "ts-node": "typescript", "tsx": "typescript", "ruby": "ruby",
                    "perl": "perl", "php": "php", "lua": "lua"}
LIFECYCLE = ("preinstall", "install", "postinstall", "prepare", "prepublish", "preuninstall",
             "postuninstall")


@dataclass(frozen=True)
class CodeUnit:
    path: str           # display path used in spans
    language: str       # bash, python, javascript, typescript, powershell, ruby, go...
    text: str
    first_line: int = 1  # line of ``path`` on which the unit's first line sits
    origin: str = "script"  # script | doc | load (runs when the skill loads) | config
    cautionary: bool = False  # quoted in text as a counter-example


@dataclass(frozen=True)
class Requirement:
    path: str
    line: int
    spec: str  # the requirement as written, e.g. "requests==2.32.3"


@dataclass
class SkillCode:
    units: list[CodeUnit] = field(default_factory=list)
    unscanned: list[tuple[str, str]] = field(default_factory=list)  # (path, why)
    requirements: list[Requirement] = field(default_factory=list)
    lifecycle: list[tuple[str, str, str]] = field(default_factory=list)  # (path, hook, cmd)
    mcp_servers: list[tuple[str, str, str]] = field(default_factory=list)  # (path, name, cmd)
    # packages a bundled package.json depends on (`npm install` installs them), as
    # Requirement(path, line, name)
    npm_dependencies: list[Requirement] = field(default_factory=list)
    # (path, line, command) of editor tasks that run when the folder is opened
    autoruns: list[tuple[str, int, str]] = field(default_factory=list)


def collect(skill) -> SkillCode:  # type: ignore[no-untyped-def]
    from skcc.analyzers.scan import configs, hooks, markdown_code

    code = SkillCode()
    code.units.extend(markdown_code.block_units(skill.document.blocks, skill.document.path))
    for placeholder in skill.views.placeholders:
        if placeholder.text.startswith("!`"):
            code.units.append(CodeUnit(placeholder.span.path, "bash", placeholder.text[2:-1],
                                       placeholder.span.line, "load"))
    for f in skill.files:
        display = f"{skill.root}/{f.path}"
        language = _language(f.path)
        name = PurePosixPath(f.path).name
        settings = name.endswith(".json") and ("settings" in name or "hooks" in name)
        tasks = f.path.endswith(".vscode/tasks.json")
        makefile = name in MAKEFILES or name.endswith(".mk") or \
            name.startswith(("Makefile.", "makefile."))  # Makefile.staging, makefile.ci
        build = configs.is_dockerfile(name) or configs.is_workflow(f.path) or \
            name in ("pyproject.toml", "Cargo.toml")
        # A file without an extension may be a script all the same (git hooks, bin/ tools):
        # its shebang says so.
        bare = "." not in name and f.text and f.size <= MAX_SCAN_BYTES
        hook = hooks.reader(f.path)
        interesting = (language or hook or f.path.endswith((".md", ".markdown"))
            or name.startswith("requirements")
            or name in ("package.json", ".mcp.json", "mcp.json") or settings or tasks or makefile or build or bare or f.kind.value == "script")
        if not interesting:
            continue
        if not f.text:
            if language or f.kind.value == "script":
                code.unscanned.append((display, "it is binary, not text"))
            continue
        if f.size > MAX_SCAN_BYTES:
            code.unscanned.append((display, f"it is {f.size:,} bytes (limit "
                                            f"{MAX_SCAN_BYTES:,})"))
            continue
        text = bundled_text(skill, f)
        if text is None:
            code.unscanned.append((display, "it cannot be read"))
            continue
        language = language or _shebang(text)
        if bare and not language and not makefile and not build and not hook and \
                f.kind.value != "script":
            continue  # a README, LICENSE or data file
        if f.path.endswith((".md", ".markdown")):
            code.units.extend(markdown_code.markdown_file_units(text, display))
        elif hook is not None:
            code.units.extend(hook(text, display))
        elif name.startswith("requirements") and name.endswith((".txt", ".in")):
            code.requirements.extend(_requirements(text, display))
        elif name == "package.json":
            _package_json(text, display, code)
        elif name in (".mcp.json", "mcp.json"):
            _mcp_json(text, display, code)
        elif settings:
            _hook_commands(text, display, code)
        elif tasks:
            task_units, autoruns = configs.vscode_tasks(text, display)
            code.units.extend(task_units)
            code.autoruns.extend((display, line, command) for line, command in autoruns)
        elif makefile:
            code.units.extend(_makefile(text, display))
        elif name == "pyproject.toml":
            code.requirements.extend(configs.pyproject(text, display))
        elif name == "Cargo.toml":
            code.requirements.extend(configs.cargo(text, display))
        elif configs.is_dockerfile(name):
            code.units.extend(configs.dockerfile(text, display))
        elif configs.is_workflow(f.path):
            code.units.extend(configs.workflow(text, display))
        elif language:
            code.units.append(CodeUnit(display, language, text))
        elif f.kind.value == "script" and f.executable:
            code.unscanned.append((display, "its language is unknown (no known extension "
                                            "or shebang)"))
    return code


def bundled_text(skill, file) -> str | None:  # type: ignore[no-untyped-def]
    """A bundled file's text (UTF-8, undecodable bytes replaced), None when it cannot be
    read. The code finder and several rules read the same files: each is read once."""
    return _read(str(Path(skill.root) / file.path), file.sha256)


@lru_cache(maxsize=64)  # the files of the skill being checked; rules run skill by skill
def _read(path: str, sha256: str) -> str | None:
    try:
        return Path(path).read_bytes().decode("utf-8", "replace")
    except OSError:
        return None


def _language(path: str) -> str | None:
    return EXTENSIONS.get(PurePosixPath(path).suffix.lower())


def language_of_shebang(text: str) -> str | None:
    """The language a script's `#!` line names, None without one."""
    return _shebang(text)


def _shebang(text: str) -> str | None:
    m = SHEBANG.match(text)
    return SHEBANG_PROGRAMS.get(re.sub(r"[\d.]+$", "", m.group("prog"))) if m else None


MAKEFILES = frozenset({"Makefile", "makefile", "GNUmakefile"})
_RECIPE_PREFIX = compiled(r"^\t[@+-]*")


# `NAME ?= value`, `NAME := value`, `NAME = value` at the start of a line (not a recipe).
_MAKE_VARIABLE = compiled(r"^(?:override\s+|export\s+)?([A-Za-z_][\w.-]*)\s*[?:+!]?:?=[ \t]*"
                            r"([^\n#\\]*?)[ \t]*(?:#.*)?$", re.M)
_MAKE_REFERENCE = compiled(r"(?<!\$)\$[({]([A-Za-z_][\w.-]*)[)}]")


def _makefile(text: str, path: str) -> list[CodeUnit]:
    """Each recipe of a Makefile as a shell unit (recipe lines start with a tab; `@`, `-`
    and `+` only tell make how to run them). `$$` is make's escape for `$`. Make expands
    `$(NAME)` before the shell sees the line, so a variable the Makefile sets
    (`BRANCH ?= main`, `SC = $(OPENSSL) s_client`) is replaced by its value, a few levels
    deep; others stay as written."""
    units: list[CodeUnit] = []
    values = {m.group(1): m.group(2) for m in _MAKE_VARIABLE.finditer(text) if m.group(2)}
    values.setdefault("SHELL", "/bin/sh")  # make's own default, for `… | $(SHELL)`
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        if not lines[i].startswith("\t"):
            i += 1
            continue
        first = i
        recipe = []
        while i < len(lines) and (lines[i].startswith("\t") or (
                recipe and recipe[-1].endswith("\\"))):
            line = _RECIPE_PREFIX.sub("", lines[i])
            for _ in range(3 if values else 0):  # `SC = $(OPENSSL) s_client`: nested
                if "$" not in line:
                    break
                line = _MAKE_REFERENCE.sub(lambda m: values.get(m.group(1), m.group()), line)
            recipe.append(line.replace("$$", "$"))
            i += 1
        units.append(CodeUnit(path, "bash", "\n".join(recipe) + "\n", first + 1, "config"))
    return units


def _requirements(text: str, path: str) -> list[Requirement]:
    out = []
    for number, line in enumerate(text.splitlines(), start=1):
        spec = line.split(" #", 1)[0].strip()
        if spec and not spec.startswith("#"):
            out.append(Requirement(path, number, spec))
    return out


def _line_of(text: str, needle: str) -> int:
    at = text.find(needle)
    return text.count("\n", 0, at) + 1 if at >= 0 else 1


def _package_json(text: str, path: str, code: SkillCode) -> None:
    try:
        data = json.loads(text)
    except ValueError:
        return
    if not isinstance(data, dict):
        return
    for key in ("dependencies", "devDependencies", "optionalDependencies", "peerDependencies"):
        listed = data.get(key)
        for name, version in (listed.items() if isinstance(listed, dict) else ()):
            # `"lodash": "npm:lodahs@4"` installs the aliased package under the first name
            alias = str(version)[4:] if str(version).startswith("npm:") else ""
            real = re.split(r"(?<=.)@", alias, maxsplit=1)[0] if alias else str(name)
            if _NPM_URL.match(str(version)):
                real = str(version)  # from a URL, not the registry: the URL is what to judge
            code.npm_dependencies.append(Requirement(path, _line_of(text, f'"{name}"'), real))
    scripts = data.get("scripts")
    if not isinstance(scripts, dict):
        return
    for hook, command in scripts.items():
        if isinstance(command, str):
            line = _line_of(text, f'"{hook}"')
            code.units.append(CodeUnit(path, "bash", command, line, "config"))
            if hook in LIFECYCLE:
                code.lifecycle.append((path, hook, command))


_NPM_URL = compiled(r"(git\+)?(https?|git|ssh|file)[:+]|github:|gitlab:|bitbucket:")


def _hook_commands(text: str, path: str, code: SkillCode) -> None:
    """Agent settings bundled with the skill (e.g. `.claude/settings.json`): the shell
    commands of their hooks run on every matching tool call once installed."""
    try:
        data = json.loads(text)
    except ValueError:
        return
    stack = [data.get("hooks")] if isinstance(data, dict) else []
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            command = node.get("command")
            if isinstance(command, str):
                code.units.append(CodeUnit(path, "bash", command, _line_of(text, command[:40]),
                                           "config"))
            stack.extend(v for k, v in node.items() if k != "command")
        elif isinstance(node, list):
            stack.extend(node)


def _mcp_json(text: str, path: str, code: SkillCode) -> None:
    try:
        data = json.loads(text)
    except ValueError:
        return
    servers = data.get("mcpServers", data.get("servers")) if isinstance(data, dict) else None
    if not isinstance(servers, dict):
        return
    for name, server in servers.items():
        if not isinstance(server, dict):
            continue
        argv = [str(p) for p in [server.get("command", ""), *(
            server.get("args") or [] if isinstance(server.get("args"), list) else [])]]
        command = shlex.join(argv) if argv[0] else " ".join(argv[1:])
        target = command.strip() or str(server.get("url", ""))
        code.mcp_servers.append((path, str(name), target))
        if command.strip():
            line = _line_of(text, f'"{name}"')
            code.units.append(CodeUnit(path, "bash", command, line, "config"))
            inline = _interpreter_code(argv)
            if inline is not None:
                code.units.append(CodeUnit(path, inline[0], inline[1], line, "config"))


# Interpreters that take a program as an argument: `python3 -c CODE`, `node -e CODE`...
_INLINE_FLAGS = {"python": ("-c",), "node": ("-e", "--eval", "-p", "--print"),
                 "bash": ("-c",), "powershell": ("-command", "-c", "-encodedcommand")}
_INTERPRETERS = {"python": "python", "python3": "python", "node": "javascript",
                 "nodejs": "javascript", "bun": "javascript", "deno": "javascript",
                 "bash": "bash", "sh": "bash", "zsh": "bash", "dash": "bash",
                 "pwsh": "powershell", "powershell": "powershell"}


def _interpreter_code(argv: list[str]) -> tuple[str, str] | None:
    """(language, code) of a program passed inline to an interpreter, or None."""
    program = re.sub(r"(\.exe)?$|[\d.]+$", "", argv[0].rsplit("/", 1)[-1].lower())
    language = _INTERPRETERS.get(program)
    if language is None:
        return None
    flags = _INLINE_FLAGS["python" if language == "python" else "node"
                          if language == "javascript" else language]
    for i, arg in enumerate(argv[1:-1], start=1):
        if arg.lower() in flags:
            return language, argv[i + 1]
    return None
