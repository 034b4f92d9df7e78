"""Benchmark tasks in the Harbor/SkillsBench layout.

::

    <task-id>/
      instruction.md                the prompt given to the agent
      task.toml                     [agent] timeout_sec, [verifier] timeout_sec, metadata
      environment/Dockerfile        for Harbor; the local engine ignores it
      environment/<files>           copied into the workspace (the container's WORKDIR)
      environment/skills/<name>/    the skills under test (SKILL.md + scripts/references/...)
      tests/test.sh                 the verifier; writes the reward to reward.txt
      solution/solve.sh             the reference solution (the oracle)

Harbor runs ``tests/test.sh`` in the container, where the reward goes to
``/logs/verifier/reward.txt``. The local engine runs it on the host with ``SKCC_WORKDIR``,
``SKCC_TESTS_DIR`` and ``SKCC_VERIFIER_DIR`` pointing at the trial's folders, so a task
that reads those variables (with the container paths as defaults) runs in both.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

DEFAULT_AGENT_TIMEOUT = 600.0
DEFAULT_VERIFIER_TIMEOUT = 120.0
# Files of environment/ that describe the container rather than its contents.
CONTAINER_FILES = frozenset({"Dockerfile", "docker-compose.yaml", "docker-compose.yml",
                             ".dockerignore", "skills"})


class TaskError(Exception):
    """A task folder that cannot be used, with what to do about it."""

    def __init__(self, path: Path, message: str, hint: str = "") -> None:
        self.path, self.message, self.hint = path, message, hint
        super().__init__(f"{path}: {message}" + (f" ({hint})" if hint else ""))


@dataclass(frozen=True)
class Task:
    id: str
    root: Path
    instruction: str
    agent_timeout: float
    verifier_timeout: float
    metadata: dict[str, object]

    @property
    def environment(self) -> Path:
        return self.root / "environment"

    @property
    def skills_dir(self) -> Path:
        return self.root / "environment" / "skills"

    @property
    def tests_dir(self) -> Path:
        return self.root / "tests"

    @property
    def solution(self) -> Path:
        return self.root / "solution" / "solve.sh"

    def skills(self) -> list[Path]:
        """The skill folders the task ships (each holds a SKILL.md), sorted by name."""
        if not self.skills_dir.is_dir():
            return []
        return sorted(p for p in self.skills_dir.iterdir() if (p / "SKILL.md").is_file())

    def environment_files(self) -> list[Path]:
        """What the local engine copies into the workspace (not the Dockerfile or skills)."""
        if not self.environment.is_dir():
            return []
        return sorted(p for p in self.environment.iterdir() if p.name not in CONTAINER_FILES)


def _timeout(table: object, section: str, default: float, path: Path) -> float:
    if not isinstance(table, dict) or "timeout_sec" not in table:
        return default
    value = table["timeout_sec"]
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
        raise TaskError(path, f"[{section}] timeout_sec must be a positive number, "
                              f"not {value!r}")
    return float(value)


def load_task(root: Path) -> Task:
    """Read one task folder.

    Raises:
        TaskError: when a required file is missing or malformed.
    """
    root = Path(root)
    if not root.is_dir():
        raise TaskError(root, "not a folder", "pass a task folder or a folder of tasks")
    toml_path = root / "task.toml"
    if not toml_path.is_file():
        raise TaskError(root, "no task.toml", "a Harbor task has task.toml, instruction.md, "
                                              "environment/, tests/test.sh, solution/solve.sh")
    try:
        config = tomllib.loads(toml_path.read_text("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise TaskError(toml_path, f"is not valid TOML: {exc}") from None
    instruction_path = root / "instruction.md"
    if not instruction_path.is_file():
        raise TaskError(root, "no instruction.md", "it holds the prompt given to the agent")
    try:
        instruction = instruction_path.read_text("utf-8")
    except UnicodeDecodeError:
        raise TaskError(instruction_path, "is not UTF-8 text") from None
    if not instruction.strip():
        raise TaskError(instruction_path, "is empty", "write the task for the agent")
    if not (root / "tests" / "test.sh").is_file():
        raise TaskError(root, "no tests/test.sh",
                        "the verifier writes 1 or 0 to $SKCC_VERIFIER_DIR/reward.txt "
                        "(/logs/verifier/reward.txt in Harbor)")
    if not (root / "solution" / "solve.sh").is_file():
        raise TaskError(root, "no solution/solve.sh",
                        "every task needs a reference solution, so the oracle can check it")
    skills = root / "environment" / "skills"
    if skills.is_dir():
        for child in sorted(skills.iterdir()):
            if child.is_dir() and not (child / "SKILL.md").is_file():
                raise TaskError(child, "is in environment/skills but has no SKILL.md")
    metadata = config.get("metadata", {})
    return Task(
        id=root.name,
        root=root.resolve(),
        instruction=instruction,
        agent_timeout=_timeout(config.get("agent"), "agent", DEFAULT_AGENT_TIMEOUT, toml_path),
        verifier_timeout=_timeout(config.get("verifier"), "verifier",
                                  DEFAULT_VERIFIER_TIMEOUT, toml_path),
        metadata=metadata if isinstance(metadata, dict) else {},
    )


def load_tasks(paths: Iterable[str | Path]) -> list[Task]:
    """Every task under ``paths``: each is a task folder or a folder of task folders.

    Raises:
        TaskError: for the first malformed task, or a path holding no task.
    """
    tasks: dict[str, Task] = {}
    for raw in paths:
        path = Path(raw)
        if (path / "task.toml").is_file() or not path.is_dir():
            found = [load_task(path)]
        else:
            children = sorted(p for p in path.iterdir() if (p / "task.toml").is_file())
            if not children:
                raise TaskError(path, "holds no task (no task.toml here or one level down)")
            found = [load_task(child) for child in children]
        for task in found:
            if task.id in tasks and tasks[task.id].root != task.root:
                raise TaskError(task.root, f"task id {task.id!r} is also {tasks[task.id].root}",
                                "task ids are folder names and must be unique")
            tasks[task.id] = task
    return list(tasks.values())
