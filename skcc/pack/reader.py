"""Read an untrusted archive (tar, tar.gz or zip) or folder into memory, or refuse it.

Nothing is extracted to disk here: every member is checked and read into a ``PackFile``
first, so a bad archive is refused before anything is written anywhere. What is refused:

- unsafe names: ``..``, absolute paths, drive letters, backslashes (``files.unsafe_reason``);
- anything but regular files and folders: symlinks, hard links, devices, FIFOs;
- duplicate entries, including names that differ only in case (they collide on macOS and
  Windows), and a name used both as a file and as a folder;
- too many entries, an oversized file, too many bytes in total, and a compression ratio
  that only a bomb reaches. Sizes declared in headers are never trusted: bytes are counted
  while decompressing and reading stops at the cap.
"""

from __future__ import annotations

import gzip
import io
import os
import stat
import tarfile
import zipfile
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from skcc.pack import PackError
from skcc.pack.files import PackFile, check_path

MIB = 1024 * 1024
CHUNK = 64 * 1024


@dataclass(frozen=True)
class Limits:
    max_entries: int = 5000  # the loader's MAX_BUNDLED_FILES
    max_file_bytes: int = 8 * MIB
    max_total_bytes: int = 64 * MIB
    max_ratio: int = 100  # expanded / compressed; text compresses 3-10x, bombs 1000x
    ratio_floor: int = 1 * MIB  # below this, small archives may compress as they like


DEFAULT_LIMITS = Limits()


def read_pack_source(path: str | Path, limits: Limits = DEFAULT_LIMITS) -> dict[str, PackFile]:
    """The regular files of the archive or folder at ``path``, by POSIX path."""
    path = Path(path)
    if path.is_symlink() and path.is_dir():
        raise PackError(f"{path} is a symlink to a folder; pass the folder itself")
    if path.is_dir():
        return _read_folder(path, limits)
    if not path.is_file():
        raise PackError(f"{path}: no such file or folder")
    size = path.stat().st_size
    if size > limits.max_total_bytes:
        raise PackError(f"{path} is larger than {_mib(limits.max_total_bytes)}")
    with open(path, "rb") as handle:
        head = handle.read(4)
    if head[:2] == b"\x1f\x8b":
        return _read_tar(_gunzip(path, size, limits), size, limits)
    if head == b"PK\x03\x04" or head == b"PK\x05\x06":
        return _read_zip(path, size, limits)
    data = path.read_bytes()
    if len(data) >= 512 and data[257:262] == b"ustar":
        return _read_tar(data, size, limits)
    raise PackError(f"{path} is not a pack: expected a .tar.gz, .tar, .zip or .skill archive")


def _mib(n: int) -> str:
    return f"{n // MIB} MiB" if n >= MIB else f"{n} bytes"


class _Collector:
    """Accumulates members, enforcing the count, size, duplicate and path rules."""

    def __init__(self, limits: Limits, compressed_size: int) -> None:
        self.limits = limits
        self.compressed = max(compressed_size, 1)
        self.files: dict[str, PackFile] = {}
        self.folders: set[str] = set()
        self.folded: dict[str, str] = {}  # case-folded name -> first spelling seen
        self.entries = 0
        self.total = 0

    def count(self) -> None:
        self.entries += 1
        if self.entries > self.limits.max_entries:
            raise PackError(f"too many entries in archive (more than {self.limits.max_entries})")

    def claim(self, raw_name: str) -> str:
        name = check_path(_strip_dot(raw_name))
        key = name.casefold()
        if key in self.folded:
            first = self.folded[key]
            detail = "" if first == name else f" (differs only in case from {first!r})"
            raise PackError(f"duplicate entry in archive: {name!r}{detail}")
        self.folded[key] = name
        return name

    def folder(self, raw_name: str) -> None:
        if _strip_dot(raw_name) in ("", "."):
            return  # the archive's own root, as `tar -C dir .` writes it
        self.folders.add(self.claim(raw_name))

    def read(self, name: str, chunks: Iterable[bytes], executable: bool,
             declared_compressed: int | None = None) -> None:
        """Count ``chunks`` against the caps while reading, then keep the file."""
        parts: list[bytes] = []
        size = 0
        for chunk in chunks:
            size += len(chunk)
            self.total += len(chunk)
            if size > self.limits.max_file_bytes:
                raise PackError(f"file too large in archive: {name!r} "
                                f"(more than {_mib(self.limits.max_file_bytes)})")
            if self.total > self.limits.max_total_bytes:
                raise self.too_big()
            parts.append(chunk)
        if declared_compressed is not None and size > self.limits.ratio_floor and \
                size > self.limits.max_ratio * max(declared_compressed, 1):
            raise PackError(f"{name!r} expands {size // max(declared_compressed, 1)} times "
                            f"(more than {self.limits.max_ratio}): possible zip bomb")
        self.files[name] = PackFile(name, b"".join(parts), executable)

    def too_big(self) -> PackError:
        return PackError(f"archive expands to more than {_mib(self.limits.max_total_bytes)} "
                         "(possible zip bomb)")

    def finish(self) -> dict[str, PackFile]:
        if self.total > self.limits.ratio_floor and \
                self.total > self.limits.max_ratio * self.compressed:
            raise PackError(f"archive expands {self.total // self.compressed} times (more than "
                            f"{self.limits.max_ratio}): possible zip bomb")
        for name in self.files:
            parent = name.rpartition("/")[0]
            while parent:
                if parent in self.files:
                    raise PackError(f"conflicting entries in archive: {parent!r} is both a "
                                    "file and a folder")
                parent = parent.rpartition("/")[0]
        return dict(sorted(self.files.items()))


def _strip_dot(name: str) -> str:
    # `tar -C dir .` prefixes every name with "./": harmless, so accepted.
    while name.startswith("./"):
        name = name[2:]
    return name


def _gunzip(path: Path, size: int, limits: Limits) -> bytes:
    # The tar stream holds headers and padding besides the files: allow for them here; the
    # per-file and total caps on the contents are enforced again while reading members.
    cap = limits.max_total_bytes + 1024 * (limits.max_entries + 2)
    out = io.BytesIO()
    try:
        with gzip.open(path, "rb") as stream:
            while True:
                chunk = stream.read(CHUNK)
                if not chunk:
                    break
                if out.tell() + len(chunk) > cap:
                    raise PackError(f"archive expands to more than "
                                    f"{_mib(limits.max_total_bytes)} (possible zip bomb)")
                out.write(chunk)
    except (OSError, EOFError, zlib.error) as exc:
        raise PackError(f"{path} is not a valid gzip archive: {exc}") from None
    return out.getvalue()


def _read_tar(data: bytes, compressed: int, limits: Limits) -> dict[str, PackFile]:
    collector = _Collector(limits, compressed)
    try:
        with tarfile.open(fileobj=io.BytesIO(data), mode="r:") as tar:
            for member in tar:
                collector.count()
                _tar_member(tar, member, collector)
    except (tarfile.TarError, EOFError, OSError) as exc:
        raise PackError(f"not a valid tar archive: {exc}") from None
    # The ratio is measured on file contents, not the tar's zero padding.
    return collector.finish()


def _tar_member(tar: tarfile.TarFile, member: tarfile.TarInfo, collector: _Collector) -> None:
    name = member.name
    if member.issym():
        raise PackError(f"symlink in archive: {name!r} (links are not allowed)")
    if member.islnk():
        raise PackError(f"hard link in archive: {name!r} (links are not allowed)")
    if member.ischr() or member.isblk() or member.isfifo():
        raise PackError(f"special file in archive: {name!r} "
                        "(device files and FIFOs are not allowed)")
    if member.isdir():
        collector.folder(name)
        return
    if not member.isreg() or member.issparse():
        raise PackError(f"unsupported entry type in archive: {name!r}")
    name = collector.claim(name)
    handle = tar.extractfile(member)
    if handle is None:  # pragma: no cover - isreg() members always have data
        raise PackError(f"unreadable entry in archive: {name!r}")
    collector.read(name, _chunks(handle.read), bool(member.mode & 0o111))


def _chunks(read: Callable[[int], bytes]) -> Iterable[bytes]:
    while True:
        chunk = read(CHUNK)
        if not chunk:
            return
        yield chunk


def _read_zip(path: Path, size: int, limits: Limits) -> dict[str, PackFile]:
    collector = _Collector(limits, size)
    try:
        with zipfile.ZipFile(path) as archive:
            for info in archive.infolist():
                collector.count()
                _zip_member(archive, info, collector)
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, NotImplementedError) as exc:
        raise PackError(f"{path} is not a valid zip archive: {exc}") from None
    return collector.finish()


def _zip_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, collector: _Collector) -> None:
    name = info.filename
    mode = info.external_attr >> 16 if info.create_system == 3 else 0
    kind = stat.S_IFMT(mode)
    if kind == stat.S_IFLNK:
        raise PackError(f"symlink in archive: {name!r} (links are not allowed)")
    if kind not in (0, stat.S_IFREG, stat.S_IFDIR):
        raise PackError(f"special file in archive: {name!r} "
                        "(device files and FIFOs are not allowed)")
    if info.is_dir() or kind == stat.S_IFDIR:
        collector.folder(name)
        return
    if info.flag_bits & 0x1:
        raise PackError(f"encrypted entry in archive: {name!r}")
    name = collector.claim(name)
    with archive.open(info) as handle:
        collector.read(name, _chunks(handle.read), bool(mode & 0o111), info.compress_size)


def _read_folder(root: Path, limits: Limits) -> dict[str, PackFile]:
    """An unpacked pack: the same rules as an archive, applied to a folder on disk."""
    collector = _Collector(limits, 0)
    collector.compressed = limits.max_total_bytes  # a folder is not compressed: no ratio
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            raise PackError(f"cannot read {folder}: {exc.strerror}") from None
        for entry in entries:
            collector.count()
            rel = Path(entry.path).relative_to(root).as_posix()
            if entry.is_symlink():
                raise PackError(f"symlink in pack folder: {rel!r} (links are not allowed)")
            if entry.is_dir(follow_symlinks=False):
                collector.folder(rel)
                stack.append(Path(entry.path))
                continue
            if not entry.is_file(follow_symlinks=False):
                raise PackError(f"special file in pack folder: {rel!r} "
                                "(device files and FIFOs are not allowed)")
            name = collector.claim(rel)
            info = entry.stat(follow_symlinks=False)
            if info.st_size > limits.max_file_bytes:
                raise PackError(f"file too large in archive: {name!r} "
                                f"(more than {_mib(limits.max_file_bytes)})")
            with open(entry.path, "rb") as handle:
                collector.read(name, _chunks(handle.read), bool(info.st_mode & 0o111))
    return collector.finish()
