"""SKC605 downloaded-file-executed: A downloaded file is made executable or run without a checksum check.

## What it does
Follows files a script downloads (`curl -o F`, `curl URL > F`, `curl -O`, `wget -O F`,
`Invoke-WebRequest -OutFile F`, Python `urlretrieve(url, F)`) to a later `chmod +x F`,
`./F`, `bash F`, `python F`, `Start-Process F` or `subprocess.run([F…])` / `os.chmod(F, …)`
in the same script. It is not reported when the script verifies a checksum or signature
(`sha256sum -c`, `shasum -a 256 -c`, `gpg --verify`, `cosign verify`, `minisign -V`,
`Get-FileHash`, Python `hashlib`).

## Why is this bad?
The binary is whatever the server returned; without a pinned hash nothing ties it to the
version the skill's author tested, and a compromised host or mirror serves malware.

## Example
```bash
curl -fsSLo /tmp/tool https://dl.example.invalid/tool-linux-amd64
chmod +x /tmp/tool && /tmp/tool init
```

## Use instead
```bash
curl -fsSLo /tmp/tool https://dl.example.invalid/v2.1.0/tool-linux-amd64
echo "9f2c…e1  /tmp/tool" | sha256sum -c -
chmod +x /tmp/tool && /tmp/tool init
```
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from skcc.analyzers.rules._scan import once, report, short, units
from skcc.analyzers.scan import patterns as p
from skcc.diagnostics import Confidence, Diagnostic, Severity
from skcc.rules import Rule

RULE = Rule(
    code="SKC605",
    name="downloaded-file-executed",
    severity=Severity.ERROR,
    summary="A downloaded file is made executable or run without a checksum check.",
    confidence=Confidence.MEDIUM,
    cwe=494,
)
VERIFIED = re.compile(r"\b(sha(1|224|256|384|512)sum|shasum|b2sum|md5sum)\b[^\n]*(-c|--check)"
                      r"|\bgpg\b[^\n]*--verify|\bcosign\s+verify|\bminisign\b[^\n]*-V|"
                      r"Get-FileHash|\bhashlib\b|\bcreateHash\(|\bslsa-verifier\b", re.I)
HELP = "pin the download to a version and verify its sha256 before running it"


def check(skill, context) -> Iterator[Diagnostic]:  # type: ignore[no-untyped-def]
    yield from once(_check(skill))


def _check(skill) -> Iterator[Diagnostic]:  # type: ignore[no-untyped-def]
    for facts in units(skill):
        unit = facts.unit
        downloaded: dict[str, int] = {}
        for command in facts.commands:
            if p.is_download(command) or command.program in ("invoke-webrequest", "iwr"):
                # `curl -o F URL`, or `curl URL > F`: the redirection on the same line
                target = p.downloads_to(command) or next(
                    (a.target for a in facts.accesses if a.write and a.how == "redirect" and
                     a.line == command.line and not a.target.startswith("/dev/")), None)
                if target:
                    downloaded[target] = command.line
        for call in facts.calls:
            if call.short in ("urlretrieve", "download_file") and len(call.args) > 1:
                downloaded[call.args[1].strip("'\"")] = call.line
        # Most units download nothing; only then is the costly case-insensitive search for
        # a checksum check worth running.
        if not downloaded or VERIFIED.search(unit.text):
            continue
        names = {t: re.escape(t.rsplit("/", 1)[-1]) for t in downloaded}
        for command in facts.commands:
            if p.is_download(command):
                continue
            words = [command.argv[0], *command.args]
            for target, name in names.items():
                hits = [w for w in words if re.search(rf"(^|/){name}$", w)]
                script = next((a for a in command.args if not a.startswith("-")), "")
                runs = command.argv[0] in (target, f"./{target}") or re.search(
                    rf"(^|/){name}$", command.argv[0]) or (
                    command.program in p.INTERPRETERS | {"start-process"} and
                    re.search(rf"(^|/){name}$", script))  # the file is the program run
                makes_exec = command.program == "chmod" and hits and any(
                    "x" in a or re.fullmatch(r"[0-7]*[1357][0-7]*", a) for a in command.args)
                if runs or makes_exec:
                    yield report(RULE, unit, command.line, f"`{short(command.text, 50)}` "
                                 f"{'runs' if runs else 'makes executable'} a file downloaded "
                                 f"on line {downloaded[target]} without verifying it", HELP)
        for call in facts.calls:
            if call.short in ("chmod", "run", "call", "Popen", "check_call", "system") and \
                    any(t.rsplit("/", 1)[-1] in facts.resolve(" ".join(call.args))
                        for t in downloaded):
                yield report(RULE, unit, call.line, f"`{call.name}` runs or makes executable "
                             "a downloaded file without verifying it", HELP)
