"""Tests use published placeholder credentials only (AWS documentation examples, EXAMPLE-padded tokens)."""
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent / "scripts"))
from redact import redact  # noqa: E402

SAMPLES = {
    # AWS's documented example key pair
    "aws_key": "boto: using key AKIAIOSFODNN7EXAMPLE for s3",
    "aws_secret": "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    # placeholder token in GitHub's format: prefix + 36 chars
    "gh_token": "git clone https://ghp_EXAMPLE00000000000000000000000000000@github.com/acme/x",
    "bearer": "GET /api Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.EXAMPLE.signature",
    "email": "user ana@example.com logged in",
    "ipv4": "connection from 203.0.113.7",
}


def test_each_kind_is_redacted():
    for kind, line in SAMPLES.items():
        c = Counter()
        out = redact(line, c)
        assert c[kind] >= 1, (kind, out)


def test_card_needs_luhn():
    c = Counter()
    assert "<CARD>" in redact("paid with 4111 1111 1111 1111", c)
    assert "<CARD>" not in redact("order 1234 5678 9012 3456", Counter())
