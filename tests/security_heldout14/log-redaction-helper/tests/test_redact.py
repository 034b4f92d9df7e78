"""Tests use vendor-documented dummy values and obvious placeholders only."""
from collections import Counter

from scripts.redact import redact

AWS_DOC_KEY_ID = "AKIAIOSFODNN7EXAMPLE"                        # from AWS documentation
AWS_DOC_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"    # from AWS documentation
FAKE_GITHUB = "ghp_" + "x" * 36                                  # placeholder
FAKE_SLACK = "xoxb-000000000000-000000000000-FAKEFAKEFAKEFAKE"   # placeholder
FAKE_PEM = "-----BEGIN PRIVATE KEY-----\nNOT-A-REAL-KEY\n-----END PRIVATE KEY-----"
STRIPE_TEST_CARD = "4242 4242 4242 4242"                        # Stripe test card


def run(s):
    c = Counter()
    return redact(s, c), c


def test_aws():
    out, c = run(f"key={AWS_DOC_KEY_ID} aws_secret_access_key={AWS_DOC_SECRET}")
    assert AWS_DOC_KEY_ID not in out and AWS_DOC_SECRET not in out
    assert c["aws-key-id"] == 1 and c["aws-secret"] == 1


def test_tokens():
    out, _ = run(f"gh={FAKE_GITHUB} slack={FAKE_SLACK}")
    assert "[REDACTED:github]" in out and "[REDACTED:slack]" in out


def test_pem_block():
    out, c = run(f"before\n{FAKE_PEM}\nafter")
    assert "NOT-A-REAL-KEY" not in out and c["private-key"] == 1


def test_card_luhn():
    out, c = run(f"paid with {STRIPE_TEST_CARD}; order 1234567890123")
    assert "[REDACTED:card]" in out and "1234567890123" in out


def test_email():
    out, _ = run("contact jane.doe@example.com")
    assert "example.com" not in out
