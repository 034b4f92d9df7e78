"""Garbage-collector settings for batch work (``skcc check``, ``skcc build``).

CPython's cyclic collector runs a young-generation pass every 700 allocations and, every so
often, a full pass over every live object. A batch allocates millions of short-lived,
acyclic objects (tokens, IR nodes, folded strings) on top of a large, permanent heap
(compiled patterns, pydantic schemas, the parser tables), so the default settings spend a
tenth of a check walking objects that will never be garbage. Like mypy, skcc moves what is
already loaded out of the collector's sight and collects less often; cycles are still
collected, only later.
"""

from __future__ import annotations

import gc

# Allocations between young-generation passes (CPython's default: 700), and how many
# passes of each generation before the next one is examined (defaults: 10 and 10).
YOUNG_THRESHOLD = 20_000
MIDDLE_THRESHOLD = 50
OLD_THRESHOLD = 1_000


def relax() -> None:
    """Collect less often from now on: call at start-up, before the heavy imports, which
    allocate much and free almost nothing."""
    gc.set_threshold(YOUNG_THRESHOLD, MIDDLE_THRESHOLD, OLD_THRESHOLD)


def settle() -> None:
    """Call once the modules a batch needs are imported: they are never collected again,
    and later passes run less often. (No collection first: imports leave a few dozen
    objects of garbage, not worth the ~15 ms pass that would free them.)"""
    gc.freeze()
    relax()


__all__ = ["relax", "settle"]
