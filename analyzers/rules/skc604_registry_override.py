"""SKC604 registry-override: Package installs are pointed at an unofficial index or registry.

## What it does
Finds `pip install --index-url/--extra-index-url/-i …`, the same lines in requirements
files, `pip config set global.index-url`, `PIP_INDEX_URL=`/`UV_INDEX_URL=`/
`NPM_CONFIG_REGISTRY=` assignments, `npm/yarn/pnpm config set registry`, `--registry=`,
`registry=` lines written to `.npmrc`, and a bundled `.npmrc`, `.yarnrc(.yml)`, `pip.conf`
or `uv.toml` (read by every install run in the folder) — when the address is not a known public
registry (pypi.org, registry.npmjs.org, the PyTorch and NVIDIA indexes, yarnpkg).
In scripts, and over `http://` or a raw IP anywhere, it is an error; an `https://` index
in a code block of the documentation is a warning (it may describe a private index).
A bundled settings file that turns TLS verification off for installs (`strict-ssl=false`,
`enableStrictSsl: false`, pip's `trusted-host`) is an error too.

## Why is this bad?
Whoever runs that index decides what every package name resolves to. With
`--extra-index-url` pip even picks the highest version across indexes, so a public
name can be replaced (dependency confusion).

## Example
```bash
pip install --extra-index-url https://pkgs.example.invalid/simple internal-utils
```

## Use instead
```bash
pip install internal-utils==1.2.0   # configured by the user, not by the skill
```
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from skcc.analyzers.rules._installs import all_installs
from skcc.analyzers.rules._scan import once, report, short, units
from skcc.analyzers.scan.units import bundled_text
from skcc.diagnostics import Confidence, Diagnostic, Severity
from skcc.regex_cache import compiled
from skcc.rules import Rule
from skcc.span import Span

RULE = Rule(
    code="SKC604",
    name="registry-override",
    severity=Severity.ERROR,
    summary="Package installs are pointed at an unofficial index or registry.",
    confidence=Confidence.MEDIUM,
    cwe=427,
)
KNOWN = compiled(r"^https://(pypi\.org|test\.pypi\.org|files\.pythonhosted\.org|"
                   r"download\.pytorch\.org|pypi\.nvidia\.com|registry\.npmjs\.org|"
                   r"registry\.yarnpkg\.com|npm\.pkg\.github\.com|"
                   r"data\.pyg\.org|storage\.googleapis\.com/jax-releases)(/|$)")
ENV_VARS = compiled(r"^(PIP_(EXTRA_)?INDEX_URL|UV_(EXTRA_)?INDEX_URL|UV_DEFAULT_INDEX|"
                      r"NPM_CONFIG_REGISTRY|npm_config_registry|YARN_REGISTRY|"
                      r"PIP_FIND_LINKS)$")
INSECURE = compiled(r"^['\"]?(http|ftp)://|://\d{1,3}(\.\d{1,3}){3}")
HELP = "install from the public registry; leave index configuration to the user"


def check(skill, context) -> Iterator[Diagnostic]:  # type: ignore[no-untyped-def]
    yield from once(_check(skill))


def _bad(url: str) -> bool:
    url = url.strip("'\"")
    # a folder of wheels (`--find-links /wheels`, `file://…`) is local: nothing is fetched
    return "://" in url and not url.startswith(("$", "file://")) and not KNOWN.match(url)


def _severity(unit, url: str) -> Severity | None:  # type: ignore[no-untyped-def]
    """Scripts run it; a code block in the docs may be describing a private index."""
    if unit.origin == "doc" and not INSECURE.search(url):
        return Severity.WARNING
    return None


# Package-manager settings a skill folder may carry: npm, yarn and pnpm read the project's
# .npmrc/.yarnrc on every install run there, pip reads pip.conf from PIP_CONFIG_FILE.
_CONFIG_FILES = compiled(r"(?:^|/)(?:\.npmrc|\.yarnrc(?:\.yml)?|pip\.conf|pip\.ini|"
                           r"uv\.toml)$")
_CONFIG_REGISTRY = compiled(r"^[ \t]*(?:@[\w-]+:)?(?:registry|index-url|extra-index-url|"
                              r"npmRegistryServer|index\.url|url)[ \t]*[=:][ \t]*(\S+)",
                              re.M | re.I)
# TLS verification switched off for every install: `strict-ssl=false`,
# `enableStrictSsl: false`, pip's `trusted-host`.
_CONFIG_NO_TLS = compiled(r"^[ \t]*(?:strict-ssl[ \t]*[=:][ \t]*false|enableStrictSsl[ \t]*"
                            r":[ \t]*false|trusted-host[ \t]*[=:])", re.M | re.I)


def _bundled_configs(skill) -> Iterator[Diagnostic]:  # type: ignore[no-untyped-def]
    """A bundled .npmrc/.yarnrc/pip.conf that points installs elsewhere or drops TLS."""
    for f in skill.files:
        if not f.text or not _CONFIG_FILES.search(f.path) or f.size > 100_000:
            continue
        text = bundled_text(skill, f)
        if text is None:
            continue
        path = f"{skill.root}/{f.path}"
        for m in _CONFIG_REGISTRY.finditer(text):
            url = m.group(1).strip("'\"")
            if _bad(url):
                yield RULE.at(Span.point(path, text.count("\n", 0, m.start()) + 1),
                              f"the bundled `{f.path}` points installs at `{short(url, 60)}`",
                              HELP)
        for m in _CONFIG_NO_TLS.finditer(text):
            yield RULE.at(Span.point(path, text.count("\n", 0, m.start()) + 1),
                          f"the bundled `{f.path}` turns off TLS verification for installs "
                          f"(`{m.group().strip()}`)", HELP)


def _check(skill) -> Iterator[Diagnostic]:  # type: ignore[no-untyped-def]
    yield from _bundled_configs(skill)
    for unit, found in all_installs(skill):
        for url in found.index:
            if _bad(url):
                yield report(RULE, unit, found.line, f"packages are installed from "
                             f"`{short(url, 60)}`", HELP, severity=_severity(unit, url))
    for facts in units(skill):
        unit = facts.unit
        for command in facts.commands:
            words = [command.program, *command.args]
            if "config" in words and "set" in words:
                key = words[words.index("set") + 1] if words.index("set") + 1 < len(words) \
                    else ""
                value = words[-1]
                if re.search(r"registry|index-url", key) and _bad(value.split("=", 1)[-1]):
                    yield report(RULE, unit, command.line, f"`{command.program} config` "
                                 f"points the registry at `{short(value, 60)}`", HELP,
                                 severity=_severity(unit, value.split("=", 1)[-1]))
        for name, value in facts.assigns.items():
            if ENV_VARS.match(name.removeprefix("export ")) and _bad(value):
                line = unit.first_line + unit.text[: unit.text.find(name)].count("\n")
                yield report(RULE, unit, line, f"`{name}` points installs at "
                             f"`{short(value, 60)}`", HELP, severity=_severity(unit, value))
        for access in facts.accesses:
            if access.write and access.target.endswith((".npmrc", "pip.conf", "pip.ini")):
                m = re.search(r"(registry|index-url)\s*=\s*(\S+)", unit.text)
                if m and _bad(m.group(2)):
                    yield report(RULE, unit, access.line, f"`{access.target}` is rewritten "
                                 f"to use `{short(m.group(2), 60)}`", HELP)
