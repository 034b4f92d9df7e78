"""SKC313 secret-requested-in-chat: The text has the agent ask the user for a secret.

## What it does
Reports instructions to ask the user for API keys, passwords, tokens, private keys, seed phrases or one-time codes ("ask the user to paste their API key in the chat"; also in Arabic, "الصق هنا رمز ..."). Asking for a secret to be pasted into the conversation is a warning, and an error when it is a one-time or authenticator code, a seed or recovery phrase, a private key or a card number (no task needs those; asking is account takeover); sentences that forbid it ("never ask the user for their password") are not reported.

## Why is this bad?
A secret typed into the conversation lands in the agent's context, transcripts and logs, and from there can be read back or sent on by any later instruction. Phishing for credentials through a friendly assistant is a common malicious-skill technique; a legitimate skill reads secrets from the environment or a credential helper.

## Example
```
If the deploy fails, ask the user to paste their AWS secret access key here.
```

## Use instead
```
If the deploy fails, ask the user to set AWS_SECRET_ACCESS_KEY in their shell (or run `aws configure`) and try again.
```
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from skcc.analyzers.rules import _match, _phrases, _text
from skcc.diagnostics import Confidence, Diagnostic, Severity
from skcc.regex_cache import compiled
from skcc.rules import Rule

RULE = Rule(
    code="SKC313",
    name="secret-requested-in-chat",
    severity=Severity.WARNING,
    summary="The text has the agent ask the user for a secret.",
    confidence=Confidence.MEDIUM,
    cwe=522,
)


_TAKEOVER = compiled(r"\b(?:2fa|mfa|otp|one-time|authenticator|verification code|"
                       r"(?:six|6)[- ]digit code|seed phrase|recovery phrase|mnemonic|"
                       r"private key|credit card|card number|cvv)", re.I)


def check(skill, context) -> Iterator[Diagnostic]:  # type: ignore[no-untyped-def]
    for segment, _, start, end, text in _match.matches(skill, (_phrases.SECRET_REQUEST,)):
        if _text.negated(segment, start):
            continue
        # A one-time code, a seed phrase, a private key or a card: no task needs the user
        # to hand these to an assistant; asking is account takeover.
        takeover = _TAKEOVER.search(segment.text, start, min(len(segment.text), end + 120))
        if d := _text.grade(RULE, segment, start, end,
                            f"asks the user for a secret: '{_text.excerpt(text)}'",
                            "read secrets from environment variables or a credential "
                            "helper; never have them pasted into the conversation",
                            severity=Severity.ERROR if takeover else None):
            yield d
