"""Load MIME fixtures stored as base64 JSON."""
import base64
import json
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def load(name: str) -> dict:
    return json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))


def load_raw(name: str) -> bytes:
    """Return the raw RFC 5322 bytes of a fixture (base64-decoded, never executed)."""
    return base64.b64decode(load(name)["raw_b64"], validate=True)


def all_names() -> list:
    return sorted(p.stem for p in FIXTURES.glob("*.json"))
