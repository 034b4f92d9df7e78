"""OpenCode: ``.opencode/skills/<name>/`` (platforms.md §8); keys other than the five it knows are ignored, so they are left out."""

from skcc.backends.portable import PortableBackend


class OpenCodeBackend(PortableBackend):
    name = "opencode"
