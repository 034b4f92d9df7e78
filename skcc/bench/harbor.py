"""``--engine harbor``: hand the same tasks and arms to Harbor, the container engine.

Harbor runs one dataset (a folder of tasks) per job, with one skill set per job at most,
so each condition becomes its own dataset: ``<out>/harbor/<condition>/<task>/`` is the
task as written, with ``environment/skills`` replaced by that condition's skills (none,
the originals, or skcc's output for the agent's backend) and one line added to the
Dockerfile that copies them where the agent discovers project skills in the container's
working directory. ``run.sh`` holds one ``harbor run`` per condition.
"""

from __future__ import annotations

import re
import shlex
import shutil
from dataclasses import dataclass
from pathlib import Path

from skcc.bench import conditions as arms
from skcc.bench.tasks import Task

DEFAULT_WORKDIR = "/root"
_WORKDIR = re.compile(r"^\s*WORKDIR\s+(\S+)\s*$", re.IGNORECASE | re.MULTILINE)


class HarborError(Exception):
    pass


@dataclass(frozen=True)
class HarborJob:
    root: Path
    commands: list[list[str]]
    script: Path


def _workdir(dockerfile: Path) -> str:
    found = _WORKDIR.findall(dockerfile.read_text("utf-8")) if dockerfile.is_file() else []
    return found[-1] if found else DEFAULT_WORKDIR


def _export_task(task: Task, skills: arms.SkillSet, project_dir: str, dest: Path) -> None:
    shutil.copytree(task.root, dest, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.rmtree(dest / "environment" / "skills", ignore_errors=True)
    dockerfile = dest / "environment" / "Dockerfile"
    if not dockerfile.is_file():
        raise HarborError(f"{task.root}: Harbor needs environment/Dockerfile")
    if not skills.folders:
        return
    arms.install(skills, dest / "environment" / "skills")
    target = f"{_workdir(dockerfile).rstrip('/')}/{project_dir}/"
    with open(dockerfile, "a", encoding="utf-8") as f:
        f.write(f"\n# Added by skcc bench ({skills.condition} skills): where the agent "
                f"discovers project skills.\nCOPY skills/ {target}\n")


def export(tasks: list[Task], conditions: list[str], backend: str, harbor_agent: str,
           out: Path, model: str | None, trials: int, jobs: int) -> HarborJob:
    """Write the Harbor datasets and ``run.sh``; the ``harbor run`` commands.

    Raises:
        HarborError: when the agent has no Harbor equivalent or a task lacks a Dockerfile.
        conditions.ConditionError: when a skill does not compile.
    """
    from skcc.backends import registry

    if not harbor_agent:
        raise HarborError("Harbor runs agent CLIs: choose --agent claude-code, codex or kimi")
    project_dir = registry.get(backend).manifest.project_dir
    root = out / "harbor"
    if root.exists():
        shutil.rmtree(root)
    commands = []
    for condition in conditions:
        dataset = root / condition
        for task in tasks:
            skills = arms.prepare(task, condition, backend, out, scope="project")
            _export_task(task, skills, project_dir, dataset / task.id)
        command = ["harbor", "run", "-p", str(dataset), "-a", harbor_agent,
                   *(["-m", model] if model else []), "-k", str(trials), "-n", str(jobs),
                   "-o", str(root / "jobs"), "--job-name", f"skcc-{condition}"]
        commands.append(command)
    script = root / "run.sh"
    script.write_text("#!/usr/bin/env bash\n# One Harbor job per condition, written by "
                      "`skcc bench --engine harbor`.\nset -euo pipefail\n"
                      + "".join(shlex.join(c) + "\n" for c in commands), "utf-8")
    script.chmod(0o755)
    return HarborJob(root, commands, script)
