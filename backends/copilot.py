"""GitHub Copilot (VS Code, CLI, cloud agent): ``.github/skills/<name>/`` (platforms.md §6), with VS Code's ``argument-hint``, ``user-invocable`` and ``disable-model-invocation``."""

from skcc.backends.portable import PortableBackend


class CopilotBackend(PortableBackend):
    name = "copilot"
