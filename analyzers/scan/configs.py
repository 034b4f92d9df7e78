"""Code inside build and CI configuration a skill bundles: Dockerfile `RUN` instructions,
the `run:` steps of CI workflows (GitHub Actions, GitLab CI), and the dependencies and
package indexes of `pyproject.toml`. Each becomes what the scanners already read: shell
``CodeUnit``s and requirement lines.
"""

from __future__ import annotations

import json
import re
import shlex
from typing import Any

from skcc.analyzers.scan.units import CodeUnit, Requirement
from skcc.regex_cache import compiled

_CONTINUED = compiled(r"\\\s*$")


def is_dockerfile(name: str) -> bool:
    lower = name.lower()
    return lower == "dockerfile" or lower.startswith("dockerfile.") or \
        lower.endswith(".dockerfile") or lower == "containerfile"


# Instructions whose argument is a command: `RUN` at build time, `CMD`/`ENTRYPOINT` when the
# container starts, `HEALTHCHECK … CMD` every few seconds for the container's whole life.
_INSTRUCTION = compiled(r"\s*(?:ONBUILD\s+)?(RUN|CMD|ENTRYPOINT|HEALTHCHECK)\b(.*)$", re.I)
_OPTIONS = compiled(r"^(--[\w-]+(=\S+)?\s+)+")


def dockerfile(text: str, path: str) -> list[CodeUnit]:
    """Each `RUN`, `CMD`, `ENTRYPOINT` and `HEALTHCHECK CMD` instruction (continuation lines
    joined; the exec form `["sh", "-c", …]` as the command line it amounts to) as a shell
    unit."""
    units: list[CodeUnit] = []
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        m = _INSTRUCTION.match(lines[i])
        if m is None:
            i += 1
            continue
        first, body = i, [m.group(2)]
        while _CONTINUED.search(body[-1]) and i + 1 < len(lines):
            body[-1] = _CONTINUED.sub("", body[-1])
            i += 1
            body.append(lines[i])
        i += 1
        command = _OPTIONS.sub("", "\n".join(body).strip())  # --mount=…, --interval=…
        if m.group(1).upper() == "HEALTHCHECK":
            command = re.sub(r"^CMD\b", "", command, flags=re.I).strip()
            if command.upper() == "NONE":
                continue
        if command.startswith("["):
            try:
                argv = json.loads(command)
                command = shlex.join(str(a) for a in argv)
            except ValueError:
                pass
        units.append(CodeUnit(path, "bash", command + "\n", first + 1, "config"))
    return units


def is_workflow(path: str) -> bool:
    lower = path.lower()
    return (("/.github/workflows/" in f"/{lower}" or lower.endswith(".gitlab-ci.yml"))
            and lower.endswith((".yml", ".yaml")))


def workflow(text: str, path: str) -> list[CodeUnit]:
    """The `run:` scripts of a CI workflow, each preceded by its step's `env:` as shell
    assignments (so `CTX: ${{ toJSON(secrets) }}` travels with the script that sends it)."""
    import yaml

    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError:
        return []
    units: list[CodeUnit] = []
    stack = [data]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            run = node.get("run") if isinstance(node.get("run"), str) else None
            script = node.get("script")
            if run is None and isinstance(script, list):  # GitLab CI
                run = "\n".join(str(s) for s in script)
            if run is not None:
                env = node.get("env") if isinstance(node.get("env"), dict) else {}
                prefix = "".join(f"{k}={json.dumps(str(v))}\n" for k, v in env.items())
                first_line = run.strip().split("\n", 1)[0]
                at = text.find(first_line[:60]) if first_line else -1
                line = text.count("\n", 0, at) + 1 if at >= 0 else 1
                units.append(CodeUnit(path, "bash", prefix + run + "\n",
                                      max(line - prefix.count("\n"), 1), "config"))
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return units


def _toml(text: str) -> dict[str, Any] | None:
    """A TOML document as a dict, None when it does not parse."""
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        import tomli as tomllib  # type: ignore[no-redef]
    try:
        return tomllib.loads(text)
    except (tomllib.TOMLDecodeError, ValueError):
        return None


def pyproject(text: str, path: str) -> list[Requirement]:
    """Dependencies (PEP 621, Poetry) and package indexes (uv, pip, Poetry sources) of a
    `pyproject.toml`, as the requirement lines they amount to."""
    data = _toml(text)
    if data is None:
        return []
    found: list[str] = []
    project = data.get("project", {})
    found += [d for d in project.get("dependencies", []) if isinstance(d, str)]
    for group in (project.get("optional-dependencies") or {}).values():
        found += [d for d in group if isinstance(d, str)]
    # "name @ URL" as the requirement line the URL alone is (what a requirements file holds)
    found = [d.split("@", 1)[1].strip() if re.match(r"[\w.\[\],-]+\s*@\s*\S+:", d) else d
             for d in found]
    tool = data.get("tool", {})
    poetry = tool.get("poetry", {})
    for name, spec in (poetry.get("dependencies") or {}).items():
        if name == "python":
            continue
        if isinstance(spec, dict) and (spec.get("git") or spec.get("url")):
            found.append(f"{'git+' if spec.get('git') else ''}{spec.get('git') or spec.get('url')}")
        elif isinstance(spec, str):
            found.append(f"{name}{'' if spec in ('*', '') else spec if spec[0] in '<>=!~' else '==' + spec}")
    for source in poetry.get("source", []) or []:
        if isinstance(source, dict) and source.get("url"):
            found.append(f"--extra-index-url {source['url']}")
    uv = tool.get("uv", {})
    for key in ("index-url", "extra-index-url"):
        value = uv.get(key)
        for url in ([value] if isinstance(value, str) else value or []):
            found.append(f"--{key} {url}")
    for index in uv.get("index", []) or []:
        if isinstance(index, dict) and index.get("url"):
            found.append(f"--extra-index-url {index['url']}")
    for host in uv.get("allow-insecure-host", []) or []:
        found.append(f"--trusted-host {host}")
    out = []
    for spec in found:
        needle = spec.split(" ", 1)[-1] if spec.startswith("--") else \
            spec.removeprefix("git+").split(" ")[0]
        at = text.find(needle)
        out.append(Requirement(path, text.count("\n", 0, at) + 1 if at >= 0 else 1, spec))
    return out


def cargo(text: str, path: str) -> list[Requirement]:
    """The git dependencies of a `Cargo.toml` (plain, dev, build, per target, and the
    `[patch.*]` overrides that replace a crates.io crate for the whole build), as the
    requirement lines they amount to: `git+URL`, with `@REV` when a commit or tag pins it."""
    data = _toml(text)
    if data is None:
        return []
    tables = [data.get(k) for k in ("dependencies", "dev-dependencies", "build-dependencies")]
    tables += [t.get(k) for t in (data.get("target") or {}).values() if isinstance(t, dict)
               for k in ("dependencies", "dev-dependencies", "build-dependencies")]
    tables += list((data.get("patch") or {}).values())
    out = []
    for table in tables:
        for spec in (table or {}).values() if isinstance(table, dict) else ():
            if not isinstance(spec, dict) or not isinstance(spec.get("git"), str):
                continue
            url = spec["git"]
            pin = spec.get("rev") or spec.get("tag")
            at = text.find(url)
            out.append(Requirement(path, text.count("\n", 0, at) + 1 if at >= 0 else 1,
                                   f"git+{url}" + (f"@{pin}" if isinstance(pin, str) else "")))
    return out


_JSONC_COMMENT = compiled(r'("(?:[^"\\]|\\.)*")|//[^\n]*|/\*.*?\*/', re.S)


def vscode_tasks(text: str, path: str) -> tuple[list[CodeUnit], list[tuple[int, str]]]:
    """The shell commands of a `.vscode/tasks.json` (JSON with comments), one unit each, and
    (line, command) of the tasks that run by themselves when the folder is opened."""
    try:
        data = json.loads(_JSONC_COMMENT.sub(lambda m: m.group(1) or "", text))
    except ValueError:
        return [], []
    tasks = data.get("tasks") if isinstance(data, dict) else None
    units: list[CodeUnit] = []
    autoruns: list[tuple[int, str]] = []
    for task in tasks if isinstance(tasks, list) else ():
        if not isinstance(task, dict) or not isinstance(task.get("command"), str):
            continue
        args = [a for a in task.get("args") or [] if isinstance(a, str)]
        command = " ".join([task["command"], *args])
        at = text.find(task["command"])
        line = text.count("\n", 0, at) + 1 if at >= 0 else 1
        units.append(CodeUnit(path, "bash", command + "\n", line, "config"))
        options = task.get("runOptions")
        if isinstance(options, dict) and options.get("runOn") == "folderOpen":
            autoruns.append((line, command))
    return units, autoruns
