"""Project configuration: ``[tool.skcc]`` in pyproject.toml, or ``skcc.toml``.

The nearest file from the current folder upwards wins. Command-line options override it.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

KEYS = {"out", "targets", "select", "ignore", "fail-on", "scope", "skip-passes", "split-threshold"}


class ConfigError(ValueError):
    pass


@dataclass(frozen=True)
class Config:
    out: str = "build"
    targets: tuple[str, ...] = ()
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    fail_on: str = "error"
    scope: str = "project"
    skip_passes: tuple[str, ...] = ()
    split_threshold: int = 0
    path: str = ""


def _table(path: Path) -> dict[str, object] | None:
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read: {exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from exc
    if path.name == "pyproject.toml":
        tool = data.get("tool", {})
        return tool.get("skcc") if isinstance(tool, dict) else None
    return data


def load(start: Path | None = None) -> Config:
    """The configuration that applies in ``start`` (default: the current folder)."""
    folder = (start or Path.cwd()).resolve()
    for candidate in [folder, *folder.parents]:
        for name in ("skcc.toml", "pyproject.toml"):
            path = candidate / name
            if path.is_file():
                table = _table(path)
                if table is not None:
                    return _from_table(table, path)
    return Config()


def _from_table(table: dict[str, object], path: Path) -> Config:
    unknown = set(table) - KEYS
    if unknown:
        raise ConfigError(f"{path}: unknown skcc setting(s): {', '.join(sorted(unknown))}; "
                          f"known: {', '.join(sorted(KEYS))}")

    def strings(key: str) -> tuple[str, ...]:
        value = table.get(key, [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(f"{path}: '{key}' must be a list of strings")
        return tuple(value)

    def string(key: str, default: str) -> str:
        value = table.get(key, default)
        if not isinstance(value, str):
            raise ConfigError(f"{path}: '{key}' must be a string")
        return value

    threshold = table.get("split-threshold", 0)
    if not isinstance(threshold, int) or isinstance(threshold, bool) or threshold < 0:
        raise ConfigError(f"{path}: 'split-threshold' must be a whole number of tokens (0: off)")
    return Config(out=string("out", "build"), targets=strings("targets"),
                  select=strings("select"), ignore=strings("ignore"),
                  fail_on=string("fail-on", "error"), scope=string("scope", "project"),
                  skip_passes=strings("skip-passes"), split_threshold=threshold,
                  path=str(path))
