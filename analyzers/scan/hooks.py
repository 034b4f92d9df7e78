"""Files whose code a tool runs without being asked: the commands of dev containers, direnv,
task runners (just, Task, tox), Gradle and Maven builds, Cargo build scripts, git filter
drivers, Python `.pth` files and Jupyter notebooks.

Opening a folder in a dev container, `cd`-ing into it with direnv, running the project's
tests or build, or checking out a file with a filter attribute each runs code the person
never typed. Each reader here turns such a file into the ``CodeUnit``s the scanners already
read (a shell command, or a program in its own language), so a payload hidden in a
`postCreateCommand` or a notebook cell is judged like the same payload in a script.
"""

from __future__ import annotations

import json
import re
import shlex
from collections.abc import Callable
from pathlib import PurePosixPath

from skcc.analyzers.scan.units import CodeUnit
from skcc.regex_cache import compiled

_JSONC_COMMENT = compiled(r'("(?:[^"\\]|\\.)*")|//[^\n]*|/\*.*?\*/', re.S)
_TRAILING_COMMA = compiled(r",(\s*[}\]])")


def _line(text: str, needle: str) -> int:
    at = text.find(needle) if needle else -1
    return text.count("\n", 0, at) + 1 if at >= 0 else 1


def _command_line(value: object) -> str | None:
    """A command written as a string or as an argv list (`["bash", "-c", "…"]`)."""
    if isinstance(value, str):
        return value
    if isinstance(value, list) and value and all(isinstance(a, str) for a in value):
        return shlex.join(value)
    return None


# -- dev containers -----------------------------------------------------------------------------

# What the dev container spec runs, and when: on the host before the container is built
# (initializeCommand), once when it is created, at every start and every attach.
_DEVCONTAINER_KEYS = ("initializeCommand", "onCreateCommand", "updateContentCommand",
                      "postCreateCommand", "postStartCommand", "postAttachCommand")


def devcontainer(text: str, path: str) -> list[CodeUnit]:
    """The lifecycle commands of a `devcontainer.json` (JSON with comments): a string, an
    argv list, or an object of named commands run in parallel."""
    try:
        data = json.loads(_TRAILING_COMMA.sub(r"\1", _JSONC_COMMENT.sub(
            lambda m: m.group(1) or "", text)))
    except ValueError:
        return []
    if not isinstance(data, dict):
        return []
    units = []
    for key in _DEVCONTAINER_KEYS:
        value = data.get(key)
        commands = list(value.values()) if isinstance(value, dict) else [value]
        for command in commands:
            line = _command_line(command)
            if line:
                units.append(CodeUnit(path, "bash", line + "\n", _line(text, f'"{key}"'),
                                      "config"))
    return units


# -- task runners -------------------------------------------------------------------------------

_JUST_ASSIGN = compiled(r"^(?:export\s+)?([A-Za-z_][\w-]*)\s*:=\s*(['\"])(.*)\2\s*$")
_JUST_RECIPE = compiled(r"^@?[A-Za-z_][\w-]*(?:\s+[^:=]*)?:(?!=)")
_JUST_INTERPOLATION = compiled(r"\{\{\s*([A-Za-z_][\w-]*)\s*\}\}")


def justfile(text: str, path: str) -> list[CodeUnit]:
    """Each recipe body of a justfile as a shell unit (or as its shebang's language),
    `{{name}}` replaced by the value the justfile assigns to it."""
    from skcc.analyzers.scan.units import language_of_shebang

    values = {m.group(1): m.group(3) for m in map(_JUST_ASSIGN.match, text.split("\n")) if m}
    units: list[CodeUnit] = []
    body: list[str] = []
    first = 0

    def flush() -> None:
        if body:
            code = "\n".join(body) + "\n"
            language = language_of_shebang(code) if code.startswith("#!") else "bash"
            units.append(CodeUnit(path, language or "bash", code, first, "config"))
            body.clear()

    in_recipe = False
    for number, raw in enumerate(text.split("\n"), start=1):
        if raw[:1] in (" ", "\t") and in_recipe:
            if not body:
                first = number
            line = _JUST_INTERPOLATION.sub(lambda m: values.get(m.group(1), m.group(0)),
                                           raw.strip())
            body.append(line.lstrip("@-") if not line.startswith("#!") else line)
            continue
        if raw.strip() and not raw.lstrip().startswith("#"):
            flush()
            in_recipe = bool(_JUST_RECIPE.match(raw))
    flush()
    return units


_TASK_VAR = compiled(r"\{\{\s*\.([A-Za-z_]\w*)\s*\}\}")


def taskfile(text: str, path: str) -> list[CodeUnit]:
    """The commands of a Taskfile (`cmds:` entries, plain or `cmd:`), `{{.NAME}}` replaced by
    the Taskfile's own `vars:`."""
    import yaml

    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError:
        return []
    if not isinstance(data, dict):
        return []
    values = {str(k): str(v) for k, v in (data.get("vars") or {}).items()
              if isinstance(v, (str, int, float))} if isinstance(data.get("vars"), dict) else {}
    units = []
    tasks = data.get("tasks") if isinstance(data.get("tasks"), dict) else {}
    for task in tasks.values():
        if isinstance(task, str):
            task = {"cmds": [task]}
        if not isinstance(task, dict):
            continue
        commands = task.get("cmds") if isinstance(task.get("cmds"), list) else []
        if isinstance(task.get("cmd"), str):
            commands = [task["cmd"], *commands]
        for entry in commands:
            command = entry.get("cmd") if isinstance(entry, dict) else entry
            if isinstance(command, str):
                resolved = _TASK_VAR.sub(lambda m: values.get(m.group(1), m.group(0)), command)
                units.append(CodeUnit(path, "bash", resolved + "\n",
                                      _line(text, command.split("\n", 1)[0][:60]), "config"))
    return units


_INI_SECTION = compiled(r"^\s*\[([^\]]+)\]")
_INI_KEY = compiled(r"^([A-Za-z_][\w.-]*)\s*[=:]\s*(.*)$")
# tox runs these in every test environment; `install_command` replaces `pip install`.
_TOX_KEYS = frozenset({"commands", "commands_pre", "commands_post", "install_command",
                       "list_dependencies_command"})


def tox_ini(text: str, path: str) -> list[CodeUnit]:
    """The commands of a `tox.ini` (or the `[tox:*]`/`[testenv*]` sections of `setup.cfg`),
    one shell unit per key; indented lines continue a value."""
    units: list[CodeUnit] = []
    key: str | None = None
    value: list[str] = []
    first = 0

    def flush() -> None:
        if key in _TOX_KEYS and any(v.strip() for v in value):
            commands = "\n".join(v.strip().lstrip("-").strip() for v in value if v.strip())
            units.append(CodeUnit(path, "bash", commands + "\n", first, "config"))

    for number, raw in enumerate(text.split("\n"), start=1):
        if raw[:1] in (" ", "\t") and key is not None:
            value.append(raw)
            continue
        m = _INI_KEY.match(raw)
        if m or _INI_SECTION.match(raw) or (raw.strip() and not raw.lstrip().startswith(
                ("#", ";"))):
            flush()
            key, value, first = (m.group(1), [m.group(2)], number) if m else (None, [], 0)
    flush()
    return units


# -- Python start-up files ----------------------------------------------------------------------

def pth_file(text: str, path: str) -> list[CodeUnit]:
    """The lines of a `.pth` file that Python executes at every start-up (those starting with
    `import`), as one Python unit; the other lines only add folders to `sys.path`."""
    lines = text.split("\n")
    code = [(n, line) for n, line in enumerate(lines, start=1)
            if line.startswith(("import ", "import\t"))]
    if not code:
        return []
    return [CodeUnit(path, "python", "\n".join(line for _, line in code) + "\n", code[0][0],
                     "config")]


# -- notebooks ----------------------------------------------------------------------------------

_NOTEBOOK_LANGUAGES = {"python": "python", "python3": "python", "bash": "bash",
                       "javascript": "javascript", "typescript": "typescript",
                       "powershell": "powershell"}
_MAGIC = compiled(r"^\s*!(.*)$|^%%(?:bash|sh|script\s+(?:bash|sh))\s*$")


def notebook(text: str, path: str) -> list[CodeUnit]:
    """The code cells of a Jupyter notebook, each as a unit of the kernel's language
    (`!cmd` lines and `%%bash` cells as shell), and the fenced code of its Markdown cells.
    Lines count from the cell's first line in the `.ipynb` file."""
    try:
        data = json.loads(text)
    except ValueError:
        return []
    cells = data.get("cells") if isinstance(data, dict) else None
    if not isinstance(cells, list):
        return []
    meta = data.get("metadata") if isinstance(data.get("metadata"), dict) else {}
    kernel = meta.get("kernelspec") if isinstance(meta.get("kernelspec"), dict) else {}
    language = _NOTEBOOK_LANGUAGES.get(str(kernel.get("language") or kernel.get("name") or
                                           "python").lower(), "python")
    units: list[CodeUnit] = []
    for cell in cells:
        if not isinstance(cell, dict):
            continue
        source = cell.get("source")
        source = "".join(source) if isinstance(source, list) else source
        if not isinstance(source, str) or not source.strip():
            continue
        line = _line(text, json.dumps(source.split("\n", 1)[0])[1:-1][:60])
        if cell.get("cell_type") == "markdown":
            from skcc.analyzers.scan.markdown_code import markdown_file_units

            units.extend(_shift(u, line - 1) for u in markdown_file_units(source, path))
            continue
        if cell.get("cell_type") != "code":
            continue
        first = source.split("\n", 1)[0].strip()
        if _MAGIC.match(first) and first.startswith("%%"):
            units.append(CodeUnit(path, "bash", source.split("\n", 1)[-1], line + 1, "script"))
            continue
        shell = [m.group(1) for m in map(_MAGIC.match, source.split("\n")) if m and m.group(1)]
        if shell:
            units.append(CodeUnit(path, "bash", "\n".join(shell) + "\n", line, "script"))
        # IPython's `!cmd` and `%magic` lines are not Python: blank them, keep line numbers.
        program = "\n".join("" if s.lstrip().startswith(("!", "%")) else s
                            for s in source.split("\n"))
        units.append(CodeUnit(path, language, program, line, "script"))
    return units


def _shift(unit: CodeUnit, lines: int) -> CodeUnit:
    from dataclasses import replace

    return replace(unit, first_line=unit.first_line + lines)


# -- builds of other languages ----------------------------------------------------------------

_RS_COMMAND = compiled(r"Command::new\(\s*\"((?:[^\"\\]|\\.)*)\"\s*\)")
_RS_ARG = compiled(r"\.arg\(\s*\"((?:[^\"\\]|\\.)*)\"\s*\)|\.args\(\s*&?\s*(?:vec!)?\[([^\]]*)\]")
_STRING = compiled(r"\"((?:[^\"\\]|\\.)*)\"|'((?:[^'\\]|\\.)*)'")


def rust(text: str, path: str) -> list[CodeUnit]:
    """`Command::new("sh").arg("-c").arg("…")` chains of a Rust file (a Cargo `build.rs`
    runs at every build) as the shell commands they run; computed arguments are left out."""
    units = []
    for m in _RS_COMMAND.finditer(text):
        end = text.find(";", m.end())
        chain = text[m.end(): end if end >= 0 else len(text)]
        argv = [m.group(1)]
        for a in _RS_ARG.finditer(chain):
            if a.group(1) is not None:
                argv.append(a.group(1))
            else:
                argv.extend(s.group(1) or s.group(2) or "" for s in _STRING.finditer(a.group(2)))
        units.append(CodeUnit(path, "bash", shlex.join(_unescape(argv)) + "\n",
                              text.count("\n", 0, m.start()) + 1, "config"))
    return units


_GRADLE_COMMAND = compiled(
    r"\b(?:commandLine|args)\s*(?:=\s*(?:listOf|arrayOf)?\s*)?\(?\s*((?:['\"][^'\"\n]*['\"]"
    r"\s*,\s*)*['\"][^'\"\n]*['\"])|\[((?:\s*['\"][^'\"\n]*['\"]\s*,?)+)\]\s*\.execute\(\)|"
    r"(['\"])([^'\"\n]+)\3\s*\.execute\(\)|ProcessBuilder\(\s*(?:listOf\()?((?:['\"][^'\"\n]*"
    r"['\"]\s*,?\s*)+)")


def gradle(text: str, path: str) -> list[CodeUnit]:
    """The commands a Gradle build script runs (`commandLine …`, `"…".execute()`,
    `ProcessBuilder(…)`), as shell commands."""
    units = []
    for m in _GRADLE_COMMAND.finditer(text):
        if m.group(4) is not None:
            command = m.group(4)
        else:
            listed = m.group(1) or m.group(2) or m.group(5) or ""
            command = shlex.join(_unescape([s.group(1) if s.group(1) is not None else
                                            s.group(2) for s in _STRING.finditer(listed)]))
        units.append(CodeUnit(path, "bash", command + "\n", text.count("\n", 0, m.start()) + 1,
                              "config"))
    return units


_MAVEN_EXEC = compiled(r"<executable>\s*([^<]+?)\s*</executable>(.*?)(?=<executable>|"
                       r"</plugin>|\Z)", re.S)
_MAVEN_ARG = compiled(r"<argument>\s*([^<]*?)\s*</argument>|<arguments>\s*([^<]+?)\s*"
                      r"</arguments>")


def maven(text: str, path: str) -> list[CodeUnit]:
    """The `exec-maven-plugin` executions of a `pom.xml` (`<executable>` and its
    `<argument>`s), as shell commands."""
    import html

    units = []
    for m in _MAVEN_EXEC.finditer(text):
        argv = [html.unescape(m.group(1))]
        for a in _MAVEN_ARG.finditer(m.group(2)):
            argv.extend([html.unescape(a.group(1))] if a.group(1) is not None else
                        html.unescape(a.group(2)).split())
        units.append(CodeUnit(path, "bash", shlex.join(argv) + "\n",
                              text.count("\n", 0, m.start()) + 1, "config"))
    return units


def _unescape(words: list[str]) -> list[str]:
    return [w.replace('\\"', '"').replace("\\'", "'").replace("\\\\", "\\") for w in words]


# -- git -------------------------------------------------------------------------------------

# Settings whose value is a command git runs later: filter drivers on checkout and add,
# `core.fsmonitor` on every status, `core.sshCommand` on every fetch, and `!` aliases.
_GIT_COMMAND_KEYS = compiled(r"^(?:filter\.[^.]+\.(?:clean|smudge|process)|diff\.[^.]+\."
                             r"(?:textconv|command)|merge\.[^.]+\.driver|core\.(?:fsmonitor|"
                             r"sshcommand|pager|editor|askpass)|credential\.helper|"
                             r"alias\.[^.]+|sequence\.editor|gpg\.program)$", re.I)
_GIT_SECTION = compiled(r"^\s*\[\s*([\w.-]+)(?:\s+\"([^\"]*)\")?\s*\]")
_GIT_VALUE = compiled(r"^\s*([\w-]+)\s*=\s*(.*?)\s*$")


def git_command(key: str, value: str) -> str | None:
    """The command a git setting makes git run (`filter.x.smudge`, an `!` alias…), or None
    when the setting holds no command."""
    if not _GIT_COMMAND_KEYS.match(key):
        return None
    if key.lower().startswith("alias."):
        return value[1:] if value.startswith("!") else None
    if key.lower() == "credential.helper" and not value.startswith("!"):
        return None  # `store`, `cache`, `osxkeychain`: git's own helpers
    return value.removeprefix("!")


def gitconfig(text: str, path: str) -> list[CodeUnit]:
    """The commands a bundled git config file sets (filter drivers, aliases, fsmonitor…)."""
    units = []
    section = ""
    for number, raw in enumerate(text.split("\n"), start=1):
        s = _GIT_SECTION.match(raw)
        if s:
            section = s.group(1) + (f".{s.group(2)}" if s.group(2) is not None else "")
            continue
        v = _GIT_VALUE.match(raw)
        if v and section:
            value = v.group(2)
            if len(value) >= 2 and value[0] == value[-1] == '"':
                value = value[1:-1].replace('\\"', '"').replace("\\\\", "\\")
            command = git_command(f"{section}.{v.group(1)}", value)
            if command:
                units.append(CodeUnit(path, "bash", command + "\n", number, "config"))
    return units


# -- which reader a file needs --------------------------------------------------------------

def reader(path: str) -> Callable[[str, str], list[CodeUnit]] | None:
    """The reader for a bundled file, by its name, or None when it is none of these."""
    name = PurePosixPath(path).name
    lower = name.lower()
    if lower in ("devcontainer.json", ".devcontainer.json"):
        return devcontainer
    if name == ".envrc":
        return _whole_shell
    if lower in ("justfile", ".justfile") or lower.endswith(".just"):
        return justfile
    if re.fullmatch(r"taskfile(\.dist)?\.ya?ml", lower):
        return taskfile
    if lower == "tox.ini":
        return tox_ini
    if lower.endswith(".pth"):
        return pth_file
    if lower.endswith(".ipynb"):
        return notebook
    if lower.endswith(".rs"):
        return rust
    if lower.endswith((".gradle", ".gradle.kts")):
        return gradle
    if lower == "pom.xml":
        return maven
    if lower in (".gitconfig", "gitconfig") or lower.endswith(".gitconfig"):
        return gitconfig
    return None


def _whole_shell(text: str, path: str) -> list[CodeUnit]:
    return [CodeUnit(path, "bash", text, 1, "config")]
