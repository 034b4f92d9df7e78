"""Cursor: ``.cursor/skills/<name>/`` (platforms.md §7, third-party sources), with ``disable-model-invocation``. Cursor ``.mdc`` rules are not emitted yet."""

from skcc.backends.portable import PortableBackend


class CursorBackend(PortableBackend):
    name = "cursor"
