"""Windsurf (Cascade): ``.windsurf/skills/<name>/`` (platforms.md §9); a standard SKILL.md."""

from skcc.backends.portable import PortableBackend


class WindsurfBackend(PortableBackend):
    name = "windsurf"
