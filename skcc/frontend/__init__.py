"""Frontend: bytes on disk -> SkIR, with diagnostics for everything malformed."""

import sys

# lark imports the third-party `regex` module whenever it is installed (~15 ms of every
# check), for grammars that ask for it. skcc's grammar does not and its lexer is its own, so
# lark is imported as if `regex` were absent; the module stays importable for everyone else.
if "lark" not in sys.modules and "regex" not in sys.modules:
    sys.modules["regex"] = None  # type: ignore[assignment]
    try:
        import lark.utils  # noqa: F401
    finally:
        del sys.modules["regex"]
