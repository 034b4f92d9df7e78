"""The in-memory file every pack module passes around, and the path rules they share.

Archive member names come from strangers, so one function decides whether a name is safe
to join under a folder: POSIX, relative, no ``..``, no drive letter, no backslash.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from skcc.pack import PackError

MANIFEST_NAME = "skcc-pack.json"
SKILLS_DIR = "skills"  # inside a pack, skills live at skills/<name>/...
FILE_MODE = 0o644
EXEC_MODE = 0o755
_DRIVE = re.compile(r"^[A-Za-z]:")
# Names that are also plain folder names everywhere: lower-case, digits, dot, dash,
# underscore. Skill names are stricter (the spec's kebab-case) but old packs may differ.
_COMPONENT = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$")


@dataclass(frozen=True)
class PackFile:
    """One regular file: its POSIX path, its bytes and whether it is executable."""

    path: str
    data: bytes
    executable: bool = False

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()

    @property
    def mode(self) -> int:
        return EXEC_MODE if self.executable else FILE_MODE


def unsafe_reason(name: str) -> str:
    """Why ``name`` may not be used as a relative path, or "" when it may."""
    if not name:
        return "empty name"
    if "\\" in name:
        return "backslash"
    if "\0" in name:
        return "NUL byte"
    if _DRIVE.match(name):
        return "drive letter"
    if name.startswith("/"):
        return "absolute path"
    parts = name.rstrip("/").split("/")
    if ".." in parts:
        return "path traversal"
    if any(part in ("", ".") for part in parts):
        return "empty or '.' path component"
    return ""


def check_path(name: str, where: str = "archive") -> str:
    """``name`` without a trailing slash, or PackError naming why it is unsafe."""
    reason = unsafe_reason(name)
    if reason:
        raise PackError(f"unsafe path in {where}: {name!r} ({reason})")
    return name.rstrip("/")


def is_safe_component(name: str) -> bool:
    """A single folder name skcc will create: a skill name or a pack name."""
    return bool(_COMPONENT.match(name)) and name not in (".", "..")
