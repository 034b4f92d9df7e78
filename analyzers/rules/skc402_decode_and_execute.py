"""SKC402 decode-and-execute: An encoded or compressed payload is decoded and run.

## What it does
Finds base64/hex/zlib/XOR/rot13 payloads turned back into code and executed:
`echo … | base64 -d | sh`, `eval "$(… | base64 --decode)"`, Python
`exec(base64.b64decode(…))` (also through a variable or a helper function's return value,
and with `exec` reached through the builtins, `getattr(__builtins__, "ex" + "ec")`),
JavaScript `eval(Buffer.from(…, 'base64').toString())`, `new Function(atob(…))` or
`globalThis["ev" + "al"](…)`, and PowerShell `-EncodedCommand` or
`[Convert]::FromBase64String` text run by `Invoke-Expression` or `[scriptblock]::Create`,
and Ruby `eval`/`instance_eval`/`binding.eval` of `Base64.decode64`, `[hex].pack("H*")`,
`unpack("m")`, zlib or XOR-decoded text (Ruby is read line by line, so a helper method's
body counts as what it returns), and PHP `eval(gzinflate(base64_decode(…)))`, also with the
functions named by strings glued from pieces (`$fn = 'gz' . 'inf' . 'late'; eval($fn(…))`).

## Why is this bad?
Encoding code before running it has one purpose: hiding it from the reader and from
scanners. A skill has no reason to run code that its reviewer cannot read.

## Example
```python
import base64
exec(base64.b64decode("cHJpbnQoJ2hpJyk="))
```

## Use instead
```python
print("hi")  # ship the code itself, readable
```
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from skcc.analyzers.rules._scan import interpreter_after, line_at, once, report, short, units
from skcc.analyzers.scan import patterns as p
from skcc.diagnostics import Confidence, Diagnostic, Severity
from skcc.regex_cache import compiled
from skcc.rules import Rule

RULE = Rule(
    code="SKC402",
    name="decode-and-execute",
    severity=Severity.ERROR,
    summary="An encoded or compressed payload is decoded and run.",
    confidence=Confidence.HIGH,
    cwe=506,
)
SHELL_DECODED = compiled(r"[$<]\(.*\b(base64\s+(-d|--decode|-D)|xxd\s+-r|openssl\s+(enc|"
                           r"base64)\b.*\s-d\b|gunzip|zcat)", re.S)
PS_ENCODED = compiled(r"\b(powershell|pwsh)(\.exe)?\b[^\n]*\s-(e|ec|enc|encodedcommand)\s+"
                        r"[A-Za-z0-9+/=]{16,}|FromBase64String[\s\S]{0,300}?\b(iex|"
                        r"invoke-expression)\b|\b(iex|invoke-expression)\b[\s\S]{0,300}?"
                        r"FromBase64String", re.I)
# `Start-Process powershell -ArgumentList @('-EncodedCommand', $tpl)`: the flag and its
# value as items of an argument list, the value a variable holding base64.
PS_ENCODED_ARG = compiled(r"\b(?:powershell|pwsh)(?:\.exe)?\b[^\n]*?[\s,(@'\"]-(?:ec|enc|"
                            r"encodedcommand)['\"]?\s*,?\s*\$(\w+)", re.I)
PS_DECODED = compiled(r"FromBase64String|GZipStream|DeflateStream|BrotliStream", re.I)
HELP = "ship the code in readable form; a reviewer and the user must be able to read it"


def check(skill, context) -> Iterator[Diagnostic]:  # type: ignore[no-untyped-def]
    yield from once(_check(skill))


def _check(skill) -> Iterator[Diagnostic]:  # type: ignore[no-untyped-def]
    for facts in units(skill):
        unit = facts.unit
        for command in facts.commands:
            if p.is_decoder(command):
                runner = interpreter_after(facts, command)
                if runner is not None:
                    yield report(RULE, unit, command.line, f"decoded data (`{command.program}`) "
                                 f"is piped into `{runner.program}`", HELP)
            elif (command.program in p.INTERPRETERS or command.program == "eval") and \
                    SHELL_DECODED.search(facts.resolve(" ".join(command.args))):
                yield report(RULE, unit, command.line, f"`{command.program}` runs decoded "
                             f"data: `{short(command.text, 60)}`", HELP)
        for m in PS_ENCODED.finditer(unit.text if unit.language in (
                "powershell", "bash", "batch") else ""):
            line = line_at(unit, m.start())
            yield report(RULE, unit, line, "PowerShell runs a base64-encoded command", HELP)
        if unit.language in ("powershell", "batch"):
            for m in PS_ENCODED_ARG.finditer(unit.text):
                held = re.search(rf"\${m.group(1)}\s*=\s*['\"]([A-Za-z0-9+/=]{{16,}})['\"]",
                                 unit.text, re.I)
                if held:
                    yield report(RULE, unit, line_at(unit, m.start()), "PowerShell runs a "
                                 f"base64-encoded command held in `${m.group(1)}`", HELP)
        if unit.language == "powershell" and PS_DECODED.search(unit.text):
            # `[scriptblock]::Create($code)`, `.InvokeScript($code)`, `iex $code`, with
            # `$code` decoded from base64 or decompressed (followed through assignments).
            for m in p.PS_SINK.finditer(unit.text):
                if PS_DECODED.search(facts.resolve(m.group("code"))):
                    line = line_at(unit, m.start())
                    yield report(RULE, unit, line, "PowerShell runs decoded text as a script "
                                 f"block: `{short(m.group(), 60)}`", HELP)
        for call in facts.calls:
            decode = p.decoder_of(call.language)
            # `proc[["exec", "Sync"].join("")](…)`: the method named as the pieces spell it
            if p.exec_sink(facts, call) or (call.short in ("system", "popen", "execSync", "exec")
                                            and call.name not in ("exec", "eval")):
                if decode.search(facts.resolve(" ".join(call.args))):
                    yield report(RULE, unit, call.line, f"`{call.name}` runs a decoded "
                                 "payload", HELP)
