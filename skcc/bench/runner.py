"""Run every (task, condition, trial) locally and record each result as it finishes.

Each trial gets ``<out>/trials/<task>/<condition>/<n>/`` with its own workspace (a copy of
the task's environment files), HOME and agent config folders, so no skill, session or
setting leaks between trials or conditions. After the agent stops, the task's verifier
runs against the workspace and its reward is read back.

Results are appended, one JSON line per finished trial, to ``<out>/results.jsonl``. A
rerun with the same ``--out`` skips the trials already there, so an interrupted run
resumes where it stopped; a trial cut off mid-way is run again from scratch.
"""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import threading
import uuid
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from skcc.bench import conditions as arms
from skcc.bench.adapters import Adapter, AgentRun, Endpoint, Trial, Usage
from skcc.bench.tasks import Task

RESULTS = "results.jsonl"
RUN_FILE = "run.json"
# What must match for a rerun to append to earlier results.
IDENTITY = ("agent", "backend", "model", "base_url", "policy", "wire")


class BenchError(Exception):
    """A problem with the run's configuration, reported to the user as is."""


@dataclass
class RunConfig:
    tasks: list[Task]
    conditions: list[str]
    adapter: Adapter
    out: Path
    trials: int = 1
    jobs: int = 1
    backend: str = ""  # skcc target of the compiled condition ("" = the agent's)
    model: str | None = None
    base_url: str | None = None  # None with fake=True: start the fake server
    api_key_env: str = ""
    fake: bool = False
    policy: str = "oracle"
    timeout: float | None = None  # overrides each task's [agent] timeout_sec
    keep: bool = False  # keep each trial's workspace and HOME
    seed: int = 0

    @property
    def identity(self) -> dict[str, Any]:
        return {"agent": self.adapter.name, "backend": self.backend or self.adapter.backend,
                "model": self.model, "base_url": None if self.fake else self.base_url,
                "policy": self.policy if self.fake else None,
                "wire": getattr(self.adapter, "wire", None)}


@dataclass
class Progress:
    done: int
    total: int
    record: dict[str, Any] | None = None
    skipped: int = 0  # trials found in an earlier run


@dataclass
class Outcome:
    records: list[dict[str, Any]]
    ran: int
    skipped: int
    server_log: Path | None = None
    errors: list[str] = field(default_factory=list)


def load_results(out: Path) -> list[dict[str, Any]]:
    """The records of ``out/results.jsonl``; a line cut short by a crash is ignored."""
    path = out / RESULTS
    if not path.is_file():
        return []
    records = []
    for line in path.read_text("utf-8").splitlines():
        try:
            record = json.loads(line)
        except ValueError:
            continue
        if isinstance(record, dict) and {"task", "condition", "trial"} <= record.keys():
            records.append(record)
    return records


def _check_identity(config: RunConfig) -> None:
    config.out.mkdir(parents=True, exist_ok=True)
    run_file = config.out / RUN_FILE
    identity = config.identity
    if run_file.is_file():
        try:
            earlier = json.loads(run_file.read_text("utf-8"))
        except ValueError:
            earlier = {}
        differs = [k for k in IDENTITY if earlier.get(k) != identity.get(k)]
        if differs and (config.out / RESULTS).is_file():
            raise BenchError(
                f"{config.out} holds results of another run ({', '.join(differs)} differ: "
                + ", ".join(f"{k}={earlier.get(k)!r}" for k in differs)
                + "); choose another --out, or delete it to start over")
    run_file.write_text(json.dumps(identity, indent=2) + "\n", "utf-8")


def _endpoint_key(config: RunConfig) -> str:
    if config.fake:
        return ""
    name = config.api_key_env or config.adapter.default_key_env
    value = os.environ.get(name, "")
    if not value:
        raise BenchError(f"${name} is not set: export the provider's API key, or name the "
                         "variable holding it with --api-key-env (or use the fake server)")
    return value


def run(config: RunConfig, progress: Callable[[Progress], None] | None = None) -> Outcome:
    """Run the pending trials of ``config``; the records of every trial, old and new.

    Raises:
        BenchError: for a configuration that cannot run (nothing has been run then).
        KeyboardInterrupt: passed on after the finished trials were saved.
    """
    from skcc.bench.fakeserver import FakeServer

    if not config.adapter.available():
        raise BenchError(f"the {config.adapter.name} agent needs `{config.adapter.executable}`"
                         " on PATH (or in SKCC_AGENT_BIN); install its CLI, or use "
                         "--agent scripted")
    if config.fake and not config.model:
        # A model name no CLI knows: with its own default, Codex offers a different tool set.
        config.model = "fake-model"
    _check_identity(config)
    key = _endpoint_key(config)
    backend = config.backend or config.adapter.backend
    skill_sets = {}
    for task in config.tasks:
        for condition in config.conditions:
            try:
                skill_sets[task.id, condition] = arms.prepare(task, condition, backend,
                                                              config.out)
            except arms.ConditionError as exc:
                raise BenchError(str(exc)) from None
    earlier = load_results(config.out)
    done = {(r["task"], r["condition"], int(r["trial"])) for r in earlier}
    todo = [(task, condition, n) for task in config.tasks for condition in config.conditions
            for n in range(1, config.trials + 1) if (task.id, condition, n) not in done]
    wanted = {(t.id, c, n) for t in config.tasks for c in config.conditions
              for n in range(1, config.trials + 1)}
    records = [r for r in earlier if (r["task"], r["condition"], int(r["trial"])) in wanted]
    total, skipped = len(wanted), len(records)
    if progress:
        progress(Progress(skipped, total, skipped=skipped))

    server = None
    log = None
    if config.fake:
        log = config.out / "fake-server.jsonl"
        server = FakeServer(config.policy, log=log).start()
    lock = threading.Lock()
    try:
        endpoint = Endpoint(server.url if server else config.base_url, key, config.model,
                            config.api_key_env)

        def one(item: tuple[Task, str, int]) -> dict[str, Any]:
            task, condition, n = item
            return run_trial(config, task, condition, n, skill_sets[task.id, condition],
                             endpoint, server)

        with ThreadPoolExecutor(max_workers=max(1, config.jobs)) as pool:
            pending: set[Future[dict[str, Any]]] = {pool.submit(one, item) for item in todo}
            try:
                while pending:
                    finished, pending = wait(pending, return_when=FIRST_COMPLETED)
                    for future in finished:
                        record = future.result()
                        with lock:
                            with open(config.out / RESULTS, "a", encoding="utf-8") as f:
                                f.write(json.dumps(record) + "\n")
                            records.append(record)
                        if progress:
                            progress(Progress(len(records), total, record, skipped))
            except BaseException:
                for future in pending:
                    future.cancel()
                raise
    finally:
        if server is not None:
            server.stop()
    return Outcome(records, len(records) - skipped, skipped, log)


def oracle_command(task: Task, work: Path) -> str:
    """What the fake model runs for the oracle policies: the task's solve.sh, in ``work``."""
    return (f"cd {shlex.quote(str(work))} && SKCC_WORKDIR={shlex.quote(str(work))} "
            f"bash {shlex.quote(str(task.solution))}")


def _copy_environment(task: Task, work: Path) -> None:
    for item in task.environment_files():
        if item.is_dir():
            shutil.copytree(item, work / item.name, symlinks=True)
        else:
            shutil.copy2(item, work / item.name)


def run_trial(config: RunConfig, task: Task, condition: str, n: int, skills: arms.SkillSet,
              endpoint: Endpoint, server: Any = None) -> dict[str, Any]:
    """Run one trial from a clean folder and verify it; the record to save."""
    from skcc.bench.fakeserver import Context

    trial = Trial(config.out / "trials" / task.id / condition / str(n))
    if trial.root.exists():  # left over from an interrupted run
        shutil.rmtree(trial.root)
    trial.make()
    _copy_environment(task, trial.work)
    installed = arms.install(skills, config.adapter.skills_dir(trial)) if skills.folders else []
    if server is not None:
        # Each trial has its own key, so concurrent trials get their own oracle command.
        key = f"skcc-trial-{uuid.uuid4().hex}"
        server.register(key, Context(oracle=oracle_command(task, trial.work),
                                     skills=installed, label=f"{task.id}/{condition}/{n}"))
        endpoint = Endpoint(endpoint.base_url, key, endpoint.model, endpoint.key_env)
    try:
        agent = config.adapter.run(trial, task.instruction, endpoint,
                                   config.timeout or task.agent_timeout)
    except OSError as exc:  # e.g. the CLI cannot be started: a failed trial, not a crash
        agent = AgentRun("error", None, Usage(), 0.0, error=f"{exc.strerror or exc}")
    finally:
        if server is not None:
            server.unregister(endpoint.api_key)
    reward, verifier = verify(task, trial)
    record = {
        "task": task.id, "condition": condition, "trial": n, "agent": config.adapter.name,
        "model": config.model, "reward": reward, "passed": reward >= 1.0,
        "tokens": {k: v for k, v in agent.usage.as_dict().items() if k != "source"},
        "usage_source": agent.usage.source, "wall_s": round(agent.wall_s, 3),
        "exit_status": agent.status, "exit_code": agent.exit_code, "verifier": verifier,
        "skills": installed, "error": agent.error,
    }
    if not config.keep:
        for folder in (trial.home, trial.work, trial.root / "tmp"):
            shutil.rmtree(folder, ignore_errors=True)
    return record


def verify(task: Task, trial: Trial) -> tuple[float, str]:
    """Run ``tests/test.sh`` against the workspace; (reward, verifier status).

    The tests are copied in only now, so the agent never had them in its workspace.
    """
    tests = trial.root / "tests"
    logs = trial.root / "verifier"
    shutil.copytree(task.tests_dir, tests, dirs_exist_ok=True)
    logs.mkdir(exist_ok=True)
    env = {"PATH": os.environ.get("PATH", ""), "HOME": str(trial.home), "LANG": "C.UTF-8",
           "SKCC_WORKDIR": str(trial.work), "SKCC_TESTS_DIR": str(tests),
           "SKCC_VERIFIER_DIR": str(logs)}
    try:
        done = subprocess.run(["bash", str(tests / "test.sh")], cwd=trial.work, env=env,
                              capture_output=True, timeout=task.verifier_timeout,
                              stdin=subprocess.DEVNULL)
        status = "ok" if done.returncode == 0 else f"exit {done.returncode}"
        (logs / "output.txt").write_bytes(done.stdout + done.stderr)
    except subprocess.TimeoutExpired:
        status = "timeout"
    reward_file = logs / "reward.txt"
    try:
        reward = float(reward_file.read_text("utf-8").strip())
    except FileNotFoundError:
        return 0.0, f"{status}; no reward.txt written"
    except ValueError:
        return 0.0, f"{status}; reward.txt does not hold a number"
    return reward, status
