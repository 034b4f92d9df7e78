"""SKC501 credential-file-read: A script reads credential stores: SSH keys, cloud credentials, keychains, browser data.

## What it does
Finds reads (`cat`, `cp`, `tar`, `base64`, `curl -F @…`, redirections, PowerShell
`Get-Content`, Python `open`/`read_text`/`ConfigParser.read`/`shutil.copy`/`os.walk`, Node
`fs.readFileSync`…) of `~/.ssh` private keys,
`~/.aws`, gcloud/Azure/kube/docker credentials, `.npmrc`/`.pypirc`/`.netrc`/
`.git-credentials`, GnuPG, browser profiles (cookies, `Login Data`, `logins.json`), crypto
wallets, the macOS keychain (`security find-generic-password`, `dump-keychain`),
`secret-tool`, and `/etc/shadow` (errors); and of `.env` files, shell histories and app
signing keys with their build credentials (`*.jks`, `*.keystore`, `*.p12`,
`keystore.properties`, `~/.gradle/gradle.properties`) (warnings; SKC502 reports them sent
away). Public keys, `known_hosts` and `~/.ssh/config` are not credentials. A copy into a
local folder (`cp`, `rsync`, `tar` without a remote destination) by a script that sends
nothing over the network is a backup, reported as a warning.

## Why is this bad?
These files are the user's identities. A skill that reads them can impersonate the user on
every service they use, and any later step (a network call, a message in the conversation)
can carry them away.

## Example
```bash
tar czf /tmp/k.tgz ~/.ssh ~/.aws
```

## Use instead
```bash
# Let the tool that owns the credential use it (ssh, aws, gh); never read the files.
aws sts get-caller-identity
```
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from skcc.analyzers.rules._scan import computed, line_at, once, report, short, units
from skcc.analyzers.scan import patterns as p
from skcc.diagnostics import Confidence, Diagnostic, Severity
from skcc.regex_cache import compiled
from skcc.rules import Rule

RULE = Rule(
    code="SKC501",
    name="credential-file-read",
    severity=Severity.ERROR,
    summary="A script reads credential stores: SSH keys, cloud credentials, keychains, "
            "browser data.",
    confidence=Confidence.HIGH,
    cwe=522,
)
HELP = "let the tool that owns the credential use it; never read or copy credential files"


_SSH_KEY = compiled(r"""\.ssh['"]?\s*[/,]\s*['"]?(?:id_|identity|[\w.-]*key\b|\*)""")
_STRING = compiled(r"""(["'`])([^"'`\n]{1,200})\1""")


def _path_literal_naming_credentials(text: str) -> tuple[int, str] | None:
    """The first string literal that is a path to a credential store (a regex or a list of
    patterns that merely mentions one, `r"~/\\.ssh|id_rsa"`, is not a path)."""
    for m in _STRING.finditer(text):
        value = m.group(2)
        if any(c in value for c in "\\|()[]^ \t"):  # a pattern or a sentence, not a path
            continue
        found = p.STRONG_CRED.search(value)
        # the ~/.ssh folder alone is also where config and public keys live
        if found and not value.rstrip("/").endswith(".ssh"):
            return m.start(2), found.group()
    return None


_COPIERS = {"cp", "rsync", "tar", "zip", "ditto", "copy-item", "robocopy", "install"}
_REMOTE = compiled(r"^[\w.-]+@[\w.-]+:|^[\w-]+(?:\.[\w-]+)+:|^[a-z][a-z0-9+.-]*://", re.I)


def _local_copy(facts, line: int) -> bool:  # type: ignore[no-untyped-def]
    """Whether the read on ``line`` is a copy to a local folder by a script that sends
    nothing over the network (copying it anywhere else is still SKC502's)."""
    commands = [c for c in facts.commands if c.line == line]
    if not commands or any(c.program not in _COPIERS for c in commands):
        return False
    if any(_REMOTE.search(a) for c in commands for a in c.args):
        return False
    return not any(p.net_send_command(c) or p.is_download(c) for c in facts.commands) and \
        not p.send_calls(facts)


def check(skill, context) -> Iterator[Diagnostic]:  # type: ignore[no-untyped-def]
    yield from once(_check(skill))


def _check(skill) -> Iterator[Diagnostic]:  # type: ignore[no-untyped-def]
    for facts in units(skill):
        unit = facts.unit
        for access in facts.accesses:
            if access.write:
                continue
            target = facts.resolve(access.target)
            strong = p.STRONG_CRED.search(target)
            if strong:
                # Some file of ~/.ssh, not named: config and public keys live there too.
                unnamed = strong.group().startswith(".ssh") and not _SSH_KEY.search(target)
                # sudoers grants rights and holds no secret: reading it is an audit or recon
                sudoers = strong.group().lower() == "/etc/sudoers"
                # A backup to a local folder, in a script that sends nothing anywhere.
                local = _local_copy(facts, access.line)
                what = "the list of who may act as root" if sudoers else "a credential store"
                yield report(RULE, unit, access.line, f"`{access.how}` reads "
                             f"`{short(strong.group(), 40)}`, {what}" +
                             (" (a local copy)" if local else ""), HELP,
                             severity=Severity.WARNING if unnamed or local or sudoers else None)
            elif p.WEAK_CRED.search(target):
                yield report(RULE, unit, access.line, f"`{access.how}` reads "
                             f"`{p.WEAK_CRED.search(target).group()}`, which holds secrets",
                             "read only the variables the skill needs, by name",
                             severity=Severity.WARNING)
        if unit.language != "bash" and any(not a.write and computed(facts.resolve(a.target))
                                           for a in facts.accesses):
            # Files read from a computed path: a list of credential stores the script
            # spells out (`HOME / ".aws/credentials"`, ...) is what it reads.
            named = _path_literal_naming_credentials(unit.text)
            if named:
                at, found = named
                line = line_at(unit, at)
                yield report(RULE, unit, line, f"reads files from a list naming "
                             f"`{short(found, 40)}`, a credential store", HELP)
        for command in facts.commands:
            m = p.KEYCHAIN_COMMANDS.search(command.text)
            if m:
                yield report(RULE, unit, command.line, f"`{short(m.group(), 40)}` reads the "
                             "system keychain", HELP)
        for call in facts.calls:
            if call.name in ("keyring.get_password", "keytar.getPassword",
                             "keytar.findCredentials"):
                yield report(RULE, unit, call.line, f"`{call.name}` reads the system keychain",
                             HELP, severity=Severity.WARNING)
