"""Byte-identical archives: the same files in give the same bytes out, on any machine.

Everything a tar or zip would otherwise take from the build machine is fixed: member order
(sorted by path), timestamps (``SOURCE_DATE_EPOCH`` when set, else a fixed date), owner
(uid/gid 0, no user or group name), permissions (0644, or 0755 for executables) and the
gzip header (no file name, mtime 0). Folders are not stored: they are implied by paths.
"""

from __future__ import annotations

import gzip
import io
import os
import tarfile
import time
import zipfile
from collections.abc import Iterable

from skcc.pack import PackError
from skcc.pack.files import PackFile

# 1980-01-01T00:00:00Z, the earliest time a zip can hold, so tar and zip agree.
DEFAULT_EPOCH = 315532800


def source_date_epoch() -> int:
    """The reproducible-builds timestamp: ``SOURCE_DATE_EPOCH`` if set and valid."""
    raw = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not raw:
        return DEFAULT_EPOCH
    if not raw.isdigit():
        raise PackError(f"SOURCE_DATE_EPOCH must be a whole number of seconds, not {raw!r}")
    return int(raw)


def _ordered(files: Iterable[PackFile], first: str = "") -> list[PackFile]:
    # The manifest goes first so a reader can stop early; the rest sorted by path bytes.
    return sorted(files, key=lambda f: (f.path != first, f.path.encode("utf-8")))


def tar_gz_bytes(files: Iterable[PackFile], *, first: str = "", epoch: int | None = None
                 ) -> bytes:
    """A reproducible ``.tar.gz`` holding ``files`` (``first`` is stored first)."""
    mtime = source_date_epoch() if epoch is None else epoch
    raw = io.BytesIO()
    # PAX only adds extended headers for names that need them, and those are deterministic.
    with tarfile.open(fileobj=raw, mode="w", format=tarfile.PAX_FORMAT) as tar:
        for file in _ordered(files, first):
            info = tarfile.TarInfo(file.path)
            info.size = len(file.data)
            info.mtime = mtime
            info.mode = file.mode
            info.uid = info.gid = 0
            info.uname = info.gname = ""
            info.type = tarfile.REGTYPE
            tar.addfile(info, io.BytesIO(file.data))
    out = io.BytesIO()
    # filename="" keeps the output name out of the header; mtime=0 keeps the clock out.
    with gzip.GzipFile(filename="", mode="wb", fileobj=out, mtime=0, compresslevel=9) as gz:
        gz.write(raw.getvalue())
    return out.getvalue()


def zip_bytes(files: Iterable[PackFile], *, first: str = "", epoch: int | None = None
              ) -> bytes:
    """A reproducible ``.zip`` holding ``files``, with Unix permissions and fixed times."""
    moment = max(source_date_epoch() if epoch is None else epoch, DEFAULT_EPOCH)
    # Zip stores local time without a zone; UTC is used so every machine writes the same.
    stamp = time.gmtime(moment)[:6]
    out = io.BytesIO()
    with zipfile.ZipFile(out, mode="w") as archive:
        for file in _ordered(files, first):
            info = zipfile.ZipInfo(file.path, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3  # Unix, so external_attr carries the permission bits
            info.external_attr = (0o100000 | file.mode) << 16
            archive.writestr(info, file.data, compresslevel=9)
    return out.getvalue()


def write_atomically(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder."""
    target = os.fspath(path)
    temp = f"{target}.skcc-tmp-{os.getpid()}"
    try:
        with open(temp, "wb") as handle:
            handle.write(data)
        os.chmod(temp, 0o644)
        os.replace(temp, target)
    except BaseException:
        if os.path.exists(temp):
            os.unlink(temp)
        raise
