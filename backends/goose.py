"""Goose: ``.goose/skills/<name>/`` (platforms.md §11); a standard SKILL.md."""

from skcc.backends.portable import PortableBackend


class GooseBackend(PortableBackend):
    name = "goose"
