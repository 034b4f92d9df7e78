"""Kimi Code: ``.kimi-code/skills/<name>/`` (bench.md §4; platforms.md §4 for the legacy
kimi-cli); a standard SKILL.md the model reads with a file tool."""

from skcc.backends.portable import PortableBackend


class KimiBackend(PortableBackend):
    name = "kimi"
