"""SKC408 unsafe-permissions: A script makes files world-writable, setuid, or edits sudoers.

## What it does
Finds `chmod` with world-writable modes (`777`, `666`, `o+w`, `a+w`; an error on system or
home folders, a warning elsewhere), setuid/setgid bits
(`u+s`, `u+s,a+rx`, `4755`, `2755`, also a mode the script computes, and named when the
file is an interpreter), the same modes through Python `os.chmod` or an argv list kept for
later (`steps = [["chmod", "u+s", path]]`), Go's `os.Chmod` with `os.ModeSetuid`, Ruby
calls through a method that hands its arguments to `system`, `setcap` of capabilities that
amount to root (`cap_setuid`, `cap_sys_admin`, `cap_dac_override`…; not
`cap_net_bind_service`), and writes to `/etc/sudoers` or `sudoers.d` or
lines granting `NOPASSWD`, also spelled in glued pieces (`"/etc/sudo""ers.d"`,
`"NOPASS""WD"`) (errors). Kernel protections
switched off (`kernel.yama.ptrace_scope`, `kernel.randomize_va_space` or
`kernel.kptr_restrict` set to 0) are a warning, and an error when written into the sysctl
configuration, where they stay off after every reboot.

## Why is this bad?
A setuid binary or a `NOPASSWD` sudoers line is a permanent privilege escalation for
anyone on the machine; a world-writable script lets any local process change what runs next.

## Example
```bash
chmod 4755 ./helper
echo "$USER ALL=(ALL) NOPASSWD:ALL" | sudo tee /etc/sudoers.d/agent
```

## Use instead
```bash
chmod 755 ./helper  # executable, writable only by its owner
```
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from skcc.analyzers.rules._scan import line_at, once, report, short, units
from skcc.analyzers.scan.facts import dequote
from skcc.diagnostics import Confidence, Diagnostic, Severity
from skcc.regex_cache import compiled
from skcc.rules import Rule

RULE = Rule(
    code="SKC408",
    name="unsafe-permissions",
    severity=Severity.ERROR,
    summary="A script makes files world-writable, setuid, or edits sudoers.",
    confidence=Confidence.HIGH,
    cwe=732,
)
SETUID = compiled(r"^([ugoa]*\+[rwx]*s[rwx]*|0?[2467][0-7]{3})$")
# `u+s,a+rx`: symbolic clauses joined by commas, any of which may set the bit
SETUID_CLAUSE = compiled(r"(^|,)[ugoa]*\+[rwxX]*s")
WORLD = compiled(r"^(0?[0-7]?[0-7][0-7][2367]|[oa]*\+[rx]*w[rx]*|a=rwx|o=rwx)$")
# World-writable outside the project (system folders, the home folder) is an error.
SYSTEM = compiled(r"^(/(?!tmp\b)|~|\$\{?HOME)")
PY_SETUID = compiled(r"0o?[2467][0-7]{3}\b|S_ISUID|S_ISGID")
PY_WORLD = compiled(r"0o?[0-7][0-7][2367]\b|S_IWOTH")
LITERAL_MODE = compiled(r"^([0-7]{1,4}|[ugoa]*[-+=][rwxXst]*(,[ugoa]*[-+=][rwxXst]*)*)$")
# Interpreters: setuid on one hands root to any script it runs.
INTERPRETER = compiled(r"(?<![\w.-])(python[\d.]*|perl|ruby|node|bash|zsh|dash|sh|php|lua)"
                         r"(?![\w.-])|sys\.executable|process\.execPath")
# Go: `os.Chmod(dst, os.ModeSetuid|0o755)`, the mode often a named constant.
GO_CHMOD = compiled(r"\bos\.L?[Cc]hmod\(|\.Chmod\(")
GO_SETUID = compiled(r"\bos\.Mode(?:Setuid|Setgid)\b|\bChmod\([^)]*\b0o?[2467][0-7]{3}\b")
# File capabilities that are root by another name (changing uid, bypassing file
# permissions, administering the system), unlike cap_net_bind_service or cap_net_raw.
ROOT_CAPABILITY = compiled(r"cap_(setuid|setgid|sys_admin|dac_override|dac_read_search|"
                             r"sys_ptrace|sys_module|chown|fowner)\b", re.I)
# Kernel hardening switched off: the ptrace restriction (any process may read another's
# memory), address-space randomisation, kernel pointer hiding.
KERNEL_GUARD = compiled(r"kernel\.(yama\.ptrace_scope|randomize_va_space|kptr_restrict)"
                          r"\s*=\s*0\b")
GUARD_FILE = compiled(r"/proc/sys/kernel/(yama/ptrace_scope|randomize_va_space|"
                        r"kptr_restrict)\b")
GUARD_HELP = ("leave the kernel protections on; attach debuggers or profilers to the user's "
              "own processes with the tool's documented per-process setting")


def _interpreter(facts, targets) -> str:  # type: ignore[no-untyped-def]
    """' on an interpreter' when a target is (or resolves to) a language interpreter."""
    return " on an interpreter, which then runs any script as root" if any(
        INTERPRETER.search(facts.resolve(t)) for t in targets) else ""


# Programs that only look for text: a sudoers line in their arguments is what they seek.
SEARCHES = frozenset({"grep", "egrep", "fgrep", "rg", "ag", "ack", "zgrep", "findstr",
                      "select-string", "sls"})


def check(skill, context) -> Iterator[Diagnostic]:  # type: ignore[no-untyped-def]
    yield from once(_check(skill))


def _check(skill) -> Iterator[Diagnostic]:  # type: ignore[no-untyped-def]
    for facts in units(skill):
        unit = facts.unit
        for command in facts.commands:
            if command.program == "chmod":
                modes = [a for a in command.args if not a.startswith("-") or
                         re.fullmatch(r"-[rwxst]+", a)]
                # a mode computed by the script (`mode = oct(0o4000 | 0o755)`)
                computed = modes[:1] and not LITERAL_MODE.match(modes[0]) and \
                    PY_SETUID.search(facts.resolve(modes[0]))
                if any(SETUID.match(m) or SETUID_CLAUSE.search(m) and LITERAL_MODE.match(m)
                       for m in modes[:1]) or computed:
                    what = _interpreter(facts, modes[1:])
                    yield report(RULE, unit, command.line, f"`{short(command.text, 50)}` sets "
                                 f"the setuid/setgid bit{what}", "drop the s bit; run the "
                                 "program as the user")
                elif any(WORLD.match(m) for m in modes[:1]):
                    system = any(SYSTEM.match(t) for t in modes[1:])
                    what = "system or home-folder files" if system else "files"
                    yield report(RULE, unit, command.line, f"`{short(command.text, 50)}` makes "
                                 f"{what} writable by every user", "use 755 for programs and "
                                 "644 (or 600) for files",
                                 severity=None if system else Severity.WARNING)
            if command.program == "setcap" and any(ROOT_CAPABILITY.search(a)
                                                   for a in command.args):
                yield report(RULE, unit, command.line, f"`{short(command.text, 60)}` grants a "
                             "capability that amounts to root", "grant only the narrow "
                             "capability the tool documents (e.g. cap_net_bind_service)")
            if command.program == "sysctl" and any(KERNEL_GUARD.search(a) for a in command.args):
                yield report(RULE, unit, command.line, f"`{short(command.text, 60)}` switches "
                             "off a kernel protection", GUARD_HELP, severity=Severity.WARNING)
            # `"NOPASS""WD"`: quotes glued together are one word to the shell (a search
            # for the word, `grep -rn NOPASSWD /etc/sudoers.d`, is an audit)
            if command.program in SEARCHES:
                pass
            elif "NOPASSWD" in command.text or "NOPASS" in command.text and \
                    "NOPASSWD" in dequote(facts.resolve(command.text)):
                yield report(RULE, unit, command.line, "a sudoers line grants root without a "
                             "password", "never change sudoers from a skill")
        if unit.language == "go" and (m := GO_CHMOD.search(unit.text)) and \
                GO_SETUID.search(unit.text):
            yield report(RULE, unit, line_at(unit, m.start()), "a file is given the "
                         "setuid/setgid bit (`os.ModeSetuid`, mode 4755)", "drop the s bit; "
                         "run the program as the user")
        for access in facts.accesses:
            if not access.write:
                continue
            target = facts.resolve(access.target)
            if re.search(r"/etc/sudoers", target if "/etc/sudo" not in target else
                         dequote(target)):
                yield report(RULE, unit, access.line, "sudoers is modified",
                             "never change sudoers from a skill")
            elif GUARD_FILE.search(target):
                yield report(RULE, unit, access.line, "a kernel protection (ptrace or address "
                             "randomisation) is changed through /proc/sys", GUARD_HELP,
                             severity=Severity.WARNING)
            elif "/etc/sysctl" in target and KERNEL_GUARD.search(unit.text):
                # written into sysctl.conf/sysctl.d it stays off after every reboot
                yield report(RULE, unit, access.line, "a kernel protection is switched off "
                             "for good in the sysctl configuration", GUARD_HELP)
        for call in facts.calls:
            if call.short in ("chmod", "chmodSync", "fchmod", "lchmod") and len(call.args) > 1:
                mode = facts.resolve(call.args[1])
                if PY_SETUID.search(mode):
                    yield report(RULE, unit, call.line, f"`{call.name}` sets the setuid/setgid "
                                 f"bit{_interpreter(facts, call.args[:1])}", "drop the s bit; "
                                 "run the program as the user")
                elif PY_WORLD.search(mode):
                    yield report(RULE, unit, call.line, f"`{call.name}` makes a file writable "
                                 "by every user", "use 0o755 or 0o644",
                                 severity=Severity.WARNING)
            elif call.short in ("setuid", "seteuid") and call.args and \
                    call.args[0].strip() == "0":
                yield report(RULE, unit, call.line, f"`{call.name}(0)` switches to root",
                             "run as the user")
