"""SKC601 install-from-url: A package is installed from a URL or git repository instead of a registry.

## What it does
Finds `pip install git+https://…`, `pip install https://…/pkg.tar.gz`, `npm install
github:user/repo`, `npm i https://…/pkg.tgz`, `uv add git+…` and the same specs in
requirements files and in the dependencies of a bundled `package.json`. Plain `http://`
URLs, raw IP addresses, and unpinned URLs or branches on a host other than a public code
forge or registry (GitHub, GitLab, Bitbucket, Codeberg, npm, PyPI) are errors; other URLs
are warnings.

## Why is this bad?
A URL or branch install is not versioned, not signed and not scanned by the registry: the
owner of that address decides what code runs at every install, today and later. Over
`http://` anyone on the network path does.

## Example
```bash
pip install git+https://github.com/someone/tool
```

## Use instead
```bash
pip install tool==2.4.1            # a released, pinned version from the registry
pip install git+https://github.com/org/tool@4f3c2e1  # or at least a commit hash
```
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from skcc.analyzers.rules._installs import all_installs, manifest_installs
from skcc.analyzers.rules._scan import once, report, short
from skcc.analyzers.scan.packages import is_url_spec
from skcc.diagnostics import Confidence, Diagnostic, Severity
from skcc.regex_cache import compiled
from skcc.rules import Rule

RULE = Rule(
    code="SKC601",
    name="install-from-url",
    severity=Severity.WARNING,
    summary="A package is installed from a URL or git repository instead of a registry.",
    confidence=Confidence.HIGH,
    cwe=829,
)
INSECURE = compiled(r"(^|\+)(http|ftp)://|://\d{1,3}(\.\d{1,3}){3}")
FORGES = compiled(r"^(git\+)?(https?://|ssh://git@|git@)(www\.)?(github\.com|gitlab\.com|"
                    r"bitbucket\.org|codeberg\.org|(registry\.)?npmjs\.org|"
                    r"files\.pythonhosted\.org|pypi\.org)\b|^(github|gitlab|bitbucket):"
                    r"|^[\w.-]+/[\w.-]+(#|$)", re.I)
PINNED = compiled(r"@[0-9a-f]{7,40}\b|#[0-9a-f]{7,40}\b|@v?\d+\.\d+(\.\d+)?\b")


def check(skill, context) -> Iterator[Diagnostic]:  # type: ignore[no-untyped-def]
    yield from once(_check(skill))


def _check(skill) -> Iterator[Diagnostic]:  # type: ignore[no-untyped-def]
    for unit, found in itertools.chain(all_installs(skill), manifest_installs(skill)):
        for spec in found.packages:
            if not is_url_spec(spec):
                continue
            if INSECURE.search(spec):
                yield report(RULE, unit, found.line, f"`{short(spec, 60)}` is installed over "
                             "an unauthenticated or raw-IP address", "install a released "
                             "version from the registry", severity=Severity.ERROR)
            elif not PINNED.search(spec):
                # a code forge at least names a public repository; any other host serves
                # whatever its owner likes, to whomever, with nothing to review
                forge = FORGES.search(spec)
                yield report(RULE, unit, found.line, f"`{short(spec, 60)}` is installed from "
                             f"a moving URL or branch{'' if forge else ' on a private host'}",
                             "install a released, pinned version, or pin the commit hash",
                             severity=None if forge else Severity.ERROR)
