"""SKC503 hardcoded-secret: A credential is written into the skill's files.

## What it does
Searches SKILL.md and every bundled text file for live-looking credentials: AWS access key
IDs and secret keys, GitHub tokens (`ghp_`, `gho_`, `github_pat_`…), Slack tokens and
webhooks, Stripe live keys and webhook secrets, OpenAI/Anthropic/Google API keys, npm and
PyPI tokens, SendGrid, GitLab, Hugging Face, DigitalOcean and Shopify tokens, and
private key blocks with a key body (errors); and assignments such as
`password = "…"` / `api_key: "…"` whose value looks random (warnings, medium
confidence). Documentation placeholders are not reported: AWS's `…EXAMPLE` keys,
`xxxx`, `<your-token>`, `${VAR}`, `changeme`, values with little entropy.

## Why is this bad?
A skill is copied into every project and agent that installs it. A key inside it is a key
published to all of them, and to everyone who reads the repository.

## Example
```python
GITHUB_TOKEN = "ghp_8fK2mQx7Lr9TzV1cW4bN6yH3pJ0sD5aE2gRt"
```

## Use instead
```python
GITHUB_TOKEN = os.environ["GITHUB_TOKEN"]  # supplied by the user at run time
```
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator

from skcc.analyzers.rules._regex import alternation
from skcc.analyzers.scan.units import MAX_SCAN_BYTES, bundled_text
from skcc.diagnostics import Confidence, Diagnostic, Severity
from skcc.regex_cache import compiled
from skcc.rules import Rule
from skcc.span import Span

RULE = Rule(
    code="SKC503",
    name="hardcoded-secret",
    severity=Severity.ERROR,
    summary="A credential is written into the skill's files.",
    confidence=Confidence.HIGH,
    cwe=798,
)
TOKENS = [
    ("an AWS access key ID", compiled(r"\b(AKIA|ASIA)[0-9A-Z]{16}\b")),
    ("an AWS secret access key", compiled(
        r"(?i)aws_?secret_?access_?key\W{0,4}[=:]\s*['\"]?([A-Za-z0-9/+=]{40})\b")),
    ("a GitHub token", compiled(r"\b(gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{60,})")),
    ("a Slack token", compiled(r"\bxox[baprs]-[A-Za-z0-9-]{20,}")),
    ("a Slack webhook URL", compiled(
        r"hooks\.slack\.com/services/T[A-Z0-9]{6,}/B[A-Z0-9]{6,}/[A-Za-z0-9]{20,}")),
    ("a Stripe live key", compiled(r"\b[sr]k_live_[0-9a-zA-Z]{20,}")),
    ("an Anthropic API key", compiled(r"\bsk-ant-(api|admin)\d\d-[A-Za-z0-9_-]{40,}")),
    ("an OpenAI API key", compiled(r"\bsk-(proj-|svcacct-)?[A-Za-z0-9_-]{20,}T3BlbkFJ"
                                     r"[A-Za-z0-9_-]{20,}|\bsk-proj-[A-Za-z0-9_-]{40,}")),
    ("a Google API key", compiled(r"\bAIza[0-9A-Za-z_-]{35}\b")),
    ("an npm token", compiled(r"\bnpm_[A-Za-z0-9]{36}\b")),
    ("a PyPI token", compiled(r"\bpypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{40,}")),
    ("a SendGrid API key", compiled(r"\bSG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}\b")),
    ("a GitLab token", compiled(r"\bglpat-[A-Za-z0-9_-]{20,}")),
    ("a Hugging Face token", compiled(r"\bhf_[A-Za-z0-9]{34,}\b")),
    ("a Stripe webhook secret", compiled(r"\bwhsec_[A-Za-z0-9]{32,}")),
    ("a DigitalOcean token", compiled(r"\bdo[por]_v1_[a-f0-9]{64}\b")),
    ("a Shopify token", compiled(r"\bshp(at|ca|pa|ss)_[a-fA-F0-9]{32}\b")),
]
# Case-sensitive literals are found at C speed; the case-insensitive ones are looked for in
# the lower-cased text instead (a case-insensitive alternation is tried at every position).
HINTS = [compiled(h) for h in (r"AKIA|ASIA", r"aws_?secret", r"gh[pousr]_|github_pat_",
                                  r"xox[baprs]-", r"hooks\.slack\.com", r"k_live_", r"sk-ant-",
                                  r"sk-", r"AIza", r"npm_", r"pypi-", r"SG\.", r"glpat-",
                                  r"hf_", r"whsec_", r"_v1_", r"shp")]
PRIVATE_KEY = compiled(r"-----BEGIN ((RSA|EC|DSA|OPENSSH|ENCRYPTED|PGP) )?PRIVATE KEY"
                         r"( BLOCK)?-----\s*\n(?:[\w-]+:[^\n]*\n)*\s*([A-Za-z0-9+/=\s]{60,}?)"
                         r"-----END")
_AWS_SECRET = 1  # the one token hint that ignores case
GENERIC = alternation([
    r"\b(password|passwd|pwd|secret|client_secret|api_?key|apikey|access_?token|"
    r"auth_?token|secret_?key|private_?key)\b['\"]?\s*[:=]\s*['\"]([^'\"\s]{12,})['\"]"], re.I)
GENERIC_HINT = compiled(r"passw|pwd|secret|api_?key|apikey|token|private_?key")  # lower-cased
# The quoted value GENERIC ends with: it starts with ':' or '=', which ``re`` skips to
# directly, so testing it first spares most files the GENERIC_HINT scan.
GENERIC_VALUE = compiled(r"""[:=]\s*['"][^'"\s]{12,}['"]""")
PLACEHOLDER = compiled(r"(?i)example|xxxx|\*\*\*|<|>|\$\{|\{\{|your|changeme|dummy|fake|"
                         r"sample|placeholder|redacted|insert|replace|test|todo|environ|"
                         r"process\.env|getenv|0000|1234|abcd|\.\.\.")


# For token-shaped values a short placeholder word must stand as a word (after a non-letter,
# in one case): `ghp_EXAMPLE000…` and `sk_test_…` are documentation or test keys, while a
# live key that merely contains the letters ("…q8FaKeN0t…", "…aFAKE1") is still a key.
# Long words (7+ letters) count anywhere: no random key spells them by chance.
TOKEN_PLACEHOLDER = compiled(
    r"(?i:example|placeholder|redacted|changeme|not[-_]?a[-_]?real|will[-_]?not[-_]?work)|"
    r"(?<![A-Za-z])(?:FAKE|Fake|fake|DUMMY|dummy|SAMPLE|sample|YOUR|Your|your|TEST|test|"
    r"TODO|todo|INSERT|insert|REPLACE|replace)|x{4,}|X{4,}|0{6,}|\*\*\*|<|>|\$\{|\{\{|"
    r"\.\.\.|1234567890|abcdef")
# A password inside a connection URL (postgresql://user:PASSWORD@host/db).
DB_URL = alternation([r"\b(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|rediss?|amqps?|"
                      r"mssql|sqlserver)://[^:@/\s'\"]+:([^@/\s'\"]{6,})@([\w.-]+)"])
# Local development defaults in docs and compose files are not secrets.
LOCAL_HOSTS = {"localhost", "127.0.0.1", "0.0.0.0", "db", "postgres", "mysql", "redis",
               "mongo", "mongodb", "database", "host", "hostname", "server"}
DEFAULT_PASSWORDS = compiled(r"(?i)^(postgres|password|passw0rd|pass|secret|root|admin|"
                               r"example|changeme|mysecretpassword|guest|test\w*|dev\w*)$|"
                               r"^\$|<|\$\{|\*\*\*|x{4,}")


def entropy(value: str) -> float:
    counts = {c: value.count(c) for c in set(value)}
    return -sum(n / len(value) * math.log2(n / len(value)) for n in counts.values())


def check(skill, context) -> Iterator[Diagnostic]:  # type: ignore[no-untyped-def]
    yield from _scan(skill.document.path, skill.document.body, _body_line(skill))
    for f in skill.files:
        if not f.text or f.size > MAX_SCAN_BYTES:
            continue
        text = bundled_text(skill, f)
        if text is not None:
            yield from _scan(f"{skill.root}/{f.path}", text, 1)


def _body_line(skill) -> int:  # type: ignore[no-untyped-def]
    blocks = skill.document.blocks
    return blocks[0].span.line if blocks else 1


def _scan(path: str, text: str, first_line: int) -> Iterator[Diagnostic]:
    def at(offset: int) -> Span:
        return Span.point(path, first_line + text.count("\n", 0, offset))

    lower = text.lower()
    for index, ((what, pattern), hint) in enumerate(zip(TOKENS, HINTS)):
        if not hint.search(lower if index == _AWS_SECRET else text):  # cheap before the pattern
            continue
        for m in pattern.finditer(text):
            value = m.group()
            if TOKEN_PLACEHOLDER.search(value) or entropy(value) < 3.0:
                continue
            yield RULE.at(at(m.start()), f"{what} is written in the file",
                          "remove it, revoke it, and read it from the environment at run time")
    for m in DB_URL.finditer(text) if "://" in text else ():
        password, host = m.group(1), m.group(2).lower()
        if host in LOCAL_HOSTS or DEFAULT_PASSWORDS.search(password) or \
                TOKEN_PLACEHOLDER.search(password):
            continue
        yield RULE.at(at(m.start()), "a database password is written in a connection URL",
                      "pass the URL (or the password) in an environment variable")
    for m in PRIVATE_KEY.finditer(text) if "PRIVATE KEY" in text else ():
        if entropy(re.sub(r"\s", "", m.group(4))) > 4.5:  # a real key body, not "..."
            yield RULE.at(at(m.start()), "a private key is written in the file",
                          "remove it, replace the key pair, and never ship keys in a skill")
    for m in GENERIC.finditer(text) if GENERIC_VALUE.search(text) and \
            GENERIC_HINT.search(lower) else ():
        value = m.group(2)
        if PLACEHOLDER.search(value) or entropy(value) < 3.5 or not (
                re.search(r"\d", value) and re.search(r"[A-Za-z]", value)):
            continue
        yield RULE.at(at(m.start()), f"`{m.group(1)}` is assigned a literal secret",
                      "read it from the environment or a secret store at run time",
                      severity=Severity.WARNING)
