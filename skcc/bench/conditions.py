"""The arms of the benchmark: which skills a trial gets.

* ``none``: no skill at all (the control);
* ``original``: the task's skills copied as written;
* ``compiled``: skcc's output for the backend of the agent under test (claude for Claude
  Code, codex for Codex, kimi for Kimi Code, agentskills for the scripted agent).

Every arm resolves to a list of skill folders; the adapter copies them where its CLI
discovers skills. Compiled skills are built once per task into ``<out>/skills/`` and
reused by every trial, so all trials of an arm see byte-identical files.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from skcc.bench.tasks import Task

CONDITIONS = ("none", "original", "compiled")


class ConditionError(Exception):
    """A condition that cannot be prepared (e.g. skcc refuses to compile a skill)."""


@dataclass(frozen=True)
class SkillSet:
    condition: str
    folders: tuple[Path, ...]

    @property
    def names(self) -> list[str]:
        return [folder.name for folder in self.folders]


def parse_conditions(text: str) -> list[str]:
    """``none,original,compiled`` -> the list, checked and without repeats.

    Raises:
        ValueError: for an unknown or empty list.
    """
    chosen = list(dict.fromkeys(c.strip().lower() for c in text.split(",") if c.strip()))
    unknown = [c for c in chosen if c not in CONDITIONS]
    if unknown or not chosen:
        raise ValueError(f"unknown condition(s): {', '.join(unknown) or '(none given)'}; "
                         f"choose from {', '.join(CONDITIONS)}")
    return chosen


def prepare(task: Task, condition: str, backend: str, out: Path,
            scope: str = "user") -> SkillSet:
    """The skill folders of ``task`` under ``condition``.

    ``scope`` is where the agent will find them: ``user`` (the local engine installs into
    the trial's HOME) or ``project`` (the Harbor export copies them into the workdir).

    Raises:
        ConditionError: when skcc cannot compile one of the task's skills.
    """
    if condition == "none":
        return SkillSet(condition, ())
    if condition == "original":
        return SkillSet(condition, tuple(task.skills()))
    return SkillSet(condition, _compile(task, backend, out, scope))


def _compile(task: Task, backend: str, out: Path, scope: str) -> tuple[Path, ...]:
    from skcc.build import build_skills
    from skcc.diagnostics import Severity

    sources = task.skills()
    if not sources:
        return ()
    target = out / "skills" / task.id / f"{backend}-{scope}"
    if target.exists():
        shutil.rmtree(target)
    result = build_skills(sources, [backend], target, scope=scope)
    if result.skipped or len(result.written) != len(sources):
        errors = [f"{d.code} {d.message}" for d in result.diagnostics
                  if d.severity is Severity.ERROR]
        raise ConditionError(
            f"{task.id}: skcc could not compile {', '.join(result.skipped) or 'every skill'} "
            f"for {backend}: {'; '.join(errors) or 'see `skcc build`'}")
    return tuple(sorted(result.written, key=lambda p: p.name))


def install(skills: SkillSet, destination: Path) -> list[str]:
    """Copy every skill folder into ``destination/<name>``; the names installed."""
    destination.mkdir(parents=True, exist_ok=True)
    for folder in skills.folders:
        shutil.copytree(folder, destination / folder.name, dirs_exist_ok=True)
    return skills.names
