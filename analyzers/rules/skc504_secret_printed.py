"""SKC504 secret-printed: A script prints secrets into the conversation.

## What it does
Finds scripts that print the whole environment (`env`, `printenv`, `print(os.environ)`,
`console.log(process.env)`, `Get-ChildItem env:`) or a variable named like a secret
(`echo $AWS_SECRET_ACCESS_KEY`, `print(os.environ["API_TOKEN"])`).

## Why is this bad?
An agent reads a script's output into its context: the secret goes into the conversation,
the model provider's logs and any transcript, and a prompt injection can ask for it next.

## Example
```bash
printenv
```

## Use instead
```bash
printenv PATH            # print only what the task needs
test -n "$API_TOKEN" && echo "API_TOKEN is set"
```
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from skcc.analyzers.rules._scan import once, report, units
from skcc.analyzers.scan import patterns as p
from skcc.diagnostics import Confidence, Diagnostic, Severity
from skcc.regex_cache import compiled
from skcc.rules import Rule

RULE = Rule(
    code="SKC504",
    name="secret-printed",
    severity=Severity.WARNING,
    summary="A script prints secrets into the conversation.",
    confidence=Confidence.MEDIUM,
    cwe=532,
)
HELP = "print only what the task needs; report whether a secret is set, never its value"
SHELL_SECRET = compiled(r"\$\{?" + p.SECRET_NAME.pattern.removeprefix(r"\b"))
CODE_SECRET = compiled(r"environ(\.get)?[\[(]\s*['\"]" + p.SECRET_NAME.pattern.removeprefix(
    r"\b") + r"|process\.env\.\w*(TOKEN|SECRET|PASSWORD|KEY)\b|getenv\(\s*['\"]" +
    p.SECRET_NAME.pattern.removeprefix(r"\b"))


def check(skill, context) -> Iterator[Diagnostic]:  # type: ignore[no-untyped-def]
    yield from once(_check(skill))


def _check(skill) -> Iterator[Diagnostic]:  # type: ignore[no-untyped-def]
    for facts in units(skill):
        unit = facts.unit
        for command in facts.commands:
            piped = len(facts.pipeline(command)) > 1 or any(
                a.line == command.line and a.write for a in facts.accesses)
            if command.program in ("env", "printenv", "set") and not command.args and \
                    not piped and command.argv[0] in ("env", "printenv", "set"):
                yield report(RULE, unit, command.line, f"`{command.program}` prints every "
                             "environment variable, secrets included", HELP)
            elif command.program in ("echo", "printf", "write-host", "write-output") and \
                    SHELL_SECRET.search(" ".join(command.args)) and not piped:
                yield report(RULE, unit, command.line, "a secret variable is printed", HELP)
        for call in facts.calls:
            if call.name in ("print", "console.log", "console.error", "console.info",
                             "sys.stdout.write", "pprint", "pprint.pprint", "json.dump"):
                text = " ".join(call.args)
                if re.search(r"\b(bool|len|is_set)\(|\bis\s+(not\s+)?None\b|\bin\s+os\.environ",
                             text):
                    continue  # whether a secret is set, not its value
                if p.ENV_DUMP.search(text) or CODE_SECRET.search(facts.resolve(text, 1)):
                    yield report(RULE, unit, call.line, f"`{call.name}` prints secrets from "
                                 "the environment", HELP)
