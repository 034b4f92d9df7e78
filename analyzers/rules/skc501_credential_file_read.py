"""SKC501 credential-file-read: A script reads credential stores: SSH keys, cloud credentials, keychains, browser data.

## What it does
Finds reads (`cat`, `cp`, `tar`, `base64`, `curl -F @…`, redirections, Python `open`/
`read_text`/`shutil.copy`/`os.walk`, Node `fs.readFileSync`…) of `~/.ssh` private keys,
`~/.aws`, gcloud/Azure/kube/docker credentials, `.npmrc`/`.pypirc`/`.netrc`/
`.git-credentials`, GnuPG, browser profiles (cookies, `Login Data`, `logins.json`), crypto
wallets, the macOS keychain (`security find-generic-password`, `dump-keychain`),
`secret-tool`, and `/etc/shadow` (errors); and of `.env` files and shell histories
(warnings). Public keys, `known_hosts` and `~/.ssh/config` are not credentials.

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

from collections.abc import Iterator

from skcc.analyzers.rules._scan import once, report, short, units
from skcc.analyzers.scan import patterns as p
from skcc.diagnostics import Confidence, Diagnostic, Severity
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
                yield report(RULE, unit, access.line, f"`{access.how}` reads "
                             f"`{short(strong.group(), 40)}`, a credential store", HELP)
            elif p.WEAK_CRED.search(target):
                yield report(RULE, unit, access.line, f"`{access.how}` reads "
                             f"`{p.WEAK_CRED.search(target).group()}`, which holds secrets",
                             "read only the variables the skill needs, by name",
                             severity=Severity.WARNING)
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
