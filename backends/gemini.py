"""Gemini CLI: ``.gemini/skills/<name>/`` (platforms.md §5); the body reaches the model inside ``<activated_skill>``."""

from skcc.backends.portable import PortableBackend


class GeminiBackend(PortableBackend):
    name = "gemini"
