"""Kimi CLI: ``.kimi/skills/<name>/`` (platforms.md §4); a standard SKILL.md read with ``ReadFile``."""

from skcc.backends.portable import PortableBackend


class KimiBackend(PortableBackend):
    name = "kimi"
