"""Compiled regular expressions kept between runs, the way ``.pyc`` files keep bytecode.

The rules hold about 300 patterns, some of them alternations of hundreds of phrases.
``re.compile`` parses each one in Python and turns the tree into the matcher's code, about
0.13 s per process: a third of ``skcc check``'s start-up, paid before any skill is read.
The matcher's code for a given pattern, flags and Python build never changes, so the first
run stores it, and later runs hand it straight to the matcher (``_sre.compile``, what
``re.compile`` ends with), which takes about 5 ms for all of them.

What is stored is exactly what ``re`` would compute: on a miss the pattern is compiled by
``re.compile`` itself and its code recorded; an entry is used only by the Python build that
wrote it (version, the matcher's MAGIC and code size are in the file name); a file that does
not load is ignored and rewritten. ``tests/test_regex_cache.py`` compares every stored
pattern with a fresh ``re.compile``. ``SKCC_NO_CACHE=1`` turns the cache off;
``SKCC_CACHE_DIR`` moves it (default ``$XDG_CACHE_HOME/skcc``, else ``~/.cache/skcc``).
Writing is best effort: a read-only home only means every run compiles.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import re
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

try:  # the standard library's pattern compiler and its matcher
    import _sre
    from re import _compiler as _sre_compile  # type: ignore[attr-defined]
    from re import _parser as _sre_parse  # type: ignore[attr-defined]
except ImportError:  # Python 3.10
    try:
        import _sre
        import sre_compile as _sre_compile  # type: ignore[no-redef]
        import sre_parse as _sre_parse  # type: ignore[no-redef]
    except ImportError:
        _sre = None  # type: ignore[assignment]

FORMAT = 1
# (source, flags) -> the arguments of ``_sre.compile`` after the source: final flags,
# code, number of groups - 1, group index, index group.
_Entry = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]

_stored: dict[tuple[str, int], _Entry] = {}
_stored_derived: dict[str, str] = {}
_loaded = False
# What this process asked for: only these are written back (with what was stored, while
# that is not mostly stale).
_used: dict[tuple[str, int], _Entry] = {}
_used_derived: dict[str, str] = {}
_made: dict[tuple[str, int], re.Pattern[str]] = {}
_dirty = False
# Patterns and derived values taken from the file, and computed; for the tests.
counts = {"hits": 0, "misses": 0, "derived hits": 0, "derived misses": 0}


def enabled() -> bool:
    return (_sre is not None and sys.implementation.name == "cpython"
            and not os.environ.get("SKCC_NO_CACHE"))


def cache_file() -> Path:
    """Where this Python build's patterns are kept."""
    base = os.environ.get("SKCC_CACHE_DIR")
    if base:
        folder = Path(base)
    else:
        xdg = os.environ.get("XDG_CACHE_HOME")
        folder = (Path(xdg) if xdg else Path.home() / ".cache") / "skcc"
    build = f"{sys.version}|{getattr(_sre, 'MAGIC', '')}|{getattr(_sre, 'CODESIZE', '')}|" \
            f"{sys.maxunicode}|{FORMAT}"
    tag = hashlib.sha256(build.encode()).hexdigest()[:16]
    return folder / f"patterns-{sys.implementation.cache_tag}-{tag}.marshal"


def _load() -> None:
    global _loaded
    _loaded = True
    if not enabled():
        return
    try:
        data = marshal.loads(cache_file().read_bytes())
        patterns, derived = data["patterns"], data["derived"]
        if data["format"] == FORMAT and isinstance(patterns, dict) and \
                isinstance(derived, dict):
            _stored.update(patterns)
            _stored_derived.update(derived)
    except Exception:  # noqa: BLE001 - absent, unreadable or from elsewhere: start afresh
        _stored.clear()
        _stored_derived.clear()


def compiled(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)``, from the stored code when this build stored it."""
    global _dirty
    flags = int(flags)
    key = (source, flags)
    pattern = _made.get(key)
    if pattern is not None:
        return pattern
    if not _loaded:
        _load()
    entry = _stored.get(key)
    if entry is not None:
        try:
            pattern = _sre.compile(source, *entry)
        except Exception:  # noqa: BLE001 - a damaged entry: compile it again below
            pattern = None
    if pattern is None:
        pattern = re.compile(source, flags)
        entry = _entry(source, flags) if enabled() else None
        _dirty = _dirty or entry is not None
        counts["misses"] += 1
    else:
        counts["hits"] += 1
    if entry is not None:
        _used[key] = entry
    _made[key] = pattern
    return pattern


def derived(key: str, make: Callable[[], str], module_file: str) -> str:
    """``make()``, a string computed from ``key`` by code in ``module_file`` alone, stored
    like the patterns (the rewritten source of an alternation, whose analysis parses the
    whole pattern once more). The file's digest is part of the key: edit the code and the
    value is computed afresh."""
    global _dirty
    if not _loaded:
        _load()
    key = f"{_digest(module_file)} {key}"
    value = _stored_derived.get(key)
    if value is None:
        value = make()
        _dirty = _dirty or enabled()
        counts["derived misses"] += 1
    else:
        counts["derived hits"] += 1
    _used_derived[key] = value
    return value


_digests: dict[str, str] = {}


def _digest(path: str) -> str:
    digest = _digests.get(path)
    if digest is None:
        try:
            digest = hashlib.sha256(Path(path).read_bytes()).hexdigest()[:16]
        except OSError:  # no source beside the bytecode: never reuse a value
            digest = os.urandom(8).hex()
        _digests[path] = digest
    return digest


def _entry(source: str, flags: int) -> _Entry | None:
    """The arguments ``re.compile`` passes to the matcher for ``source``."""
    try:
        tree = _sre_parse.parse(source, flags)
        code = [int(op) for op in _sre_compile._code(tree, flags)]
        groupindex = dict(tree.state.groupdict)
        indexgroup: list[str | None] = [None] * tree.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        entry = (int(flags | tree.state.flags), code, tree.state.groups - 1, groupindex,
                 tuple(indexgroup))
        # Only what rebuilds the very pattern ``re`` made is worth storing.
        return entry if _sre.compile(source, *entry) == re.compile(source, flags) else None
    except Exception:  # noqa: BLE001 - an interpreter whose internals differ: no cache
        return None


def save() -> None:
    """Write what this process compiled, when it compiled something the file lacked."""
    global _dirty
    if not _dirty or not enabled():
        return
    _dirty = False
    patterns: dict[tuple[str, int], _Entry] = dict(_used)
    derived_values = dict(_used_derived)
    # Keep what other commands stored too, unless most of the file has gone stale.
    if len(_stored) <= 2 * len(_used):
        patterns = {**_stored, **patterns}
        derived_values = {**_stored_derived, **derived_values}
    try:
        target = cache_file()
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, scratch = tempfile.mkstemp(dir=target.parent, prefix=".patterns-")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(marshal.dumps({"format": FORMAT, "patterns": patterns,
                                         "derived": derived_values}))
            os.replace(scratch, target)
        finally:
            if os.path.exists(scratch):
                os.unlink(scratch)
    except (OSError, RuntimeError):  # RuntimeError: no home folder to put it in
        pass  # best effort: the next run compiles again


__all__ = ["cache_file", "compiled", "derived", "enabled", "save"]
