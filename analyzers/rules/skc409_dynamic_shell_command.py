"""SKC409 dynamic-shell-command: A shell command line is built from variables and then run.

## What it does
Finds `eval` of a variable in shell scripts, Python `subprocess` calls with `shell=True`
and `os.system`/`os.popen` whose command is not a plain string literal (f-strings,
`+`, `%`, `.format`), and Node `exec`/`execSync` with a template or concatenated string.

## Why is this bad?
Arguments the agent passes to a skill's script come from the conversation, i.e. from
whatever text the agent read. Pasted into a shell command line, a `;` or `$(…)` in them
runs as a command: classic command injection.

## Example
```python
subprocess.run(f"convert {name} out.png", shell=True)
```

## Use instead
```python
subprocess.run(["convert", name, "out.png"], check=True)
```
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from skcc.analyzers.rules._scan import once, report, units
from skcc.diagnostics import Confidence, Diagnostic, Severity
from skcc.regex_cache import compiled
from skcc.rules import Rule

RULE = Rule(
    code="SKC409",
    name="dynamic-shell-command",
    severity=Severity.WARNING,
    summary="A shell command line is built from variables and then run.",
    confidence=Confidence.MEDIUM,
    cwe=78,
)
LITERAL = compiled(r"""^[rbuRBU]?("[^"{}]*"|'[^'{}]*'|\"\"\"[^{}]*\"\"\"|'''[^{}]*''')$""",
                     re.S)
HELP = "pass an argument list (no shell), or quote every value (shlex.quote)"


def check(skill, context) -> Iterator[Diagnostic]:  # type: ignore[no-untyped-def]
    yield from once(_check(skill))


def _check(skill) -> Iterator[Diagnostic]:  # type: ignore[no-untyped-def]
    for facts in units(skill, "bash", "python", "javascript", "typescript"):
        unit = facts.unit
        if unit.language == "bash":
            for command in facts.commands:
                if command.program == "eval" and any("$" in a and not a.startswith("$(")
                                                     for a in command.args):
                    yield report(RULE, unit, command.line, "`eval` runs a command line built "
                                 "from variables", "call the command directly with "
                                 "quoted arguments")
            continue
        for call in facts.calls:
            if not call.args:
                continue
            first = call.args[0].strip()
            if call.language == "python":
                shell = call.kwarg("shell") == "True" and call.short in (
                    "run", "call", "check_call", "check_output", "Popen")
                shell = shell or call.name in ("os.system", "os.popen", "subprocess.getoutput",
                                               "subprocess.getstatusoutput")
                dynamic = not LITERAL.match(first) and not first.startswith("[")
            else:
                shell = call.short in ("exec", "execSync") and "child_process" in (
                    unit.text) and call.name not in ("exec", "RegExp.exec") and \
                    not call.name.endswith(("re.exec", "regex.exec", "pattern.exec"))
                dynamic = "${" in first or "+" in first or \
                    bool(re.fullmatch(r"[A-Za-z_$][\w$.]*", first))
            if shell and dynamic:
                yield report(RULE, unit, call.line, f"`{call.name}` runs a shell command "
                             "line built at run time", HELP)
