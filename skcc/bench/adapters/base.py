"""What every agent adapter shares: the trial's folders, the endpoint, usage, running a CLI.

An adapter knows, for one agent: which skcc backend compiles its skills, where it
discovers skills under the trial's private HOME, how to point it at a model endpoint, the
headless command line, and where it reports token usage. Input tokens are always the
whole prompt (uncached + cache reads + cache writes), whatever the CLI calls them, so
the arms of every agent are comparable.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, ClassVar


@dataclass
class Usage:
    input: int = 0
    output: int = 0
    cache_read: int = 0
    cache_write: int = 0
    source: str = "none"  # where the numbers came from, e.g. "stream-json result.usage"

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Endpoint:
    """The model: the fake server or a real provider (configuration only)."""

    base_url: str | None  # None: the CLI's default provider
    api_key: str
    model: str | None
    key_env: str = ""  # the variable the key came from, for CLIs configured by name


@dataclass
class Trial:
    """One trial's private folders: nothing is shared between trials or conditions."""

    root: Path

    @property
    def home(self) -> Path:
        return self.root / "home"

    @property
    def work(self) -> Path:
        return self.root / "work"

    @property
    def agent_dir(self) -> Path:
        return self.root / "agent"

    def make(self) -> None:
        for folder in (self.home, self.work, self.agent_dir):
            folder.mkdir(parents=True, exist_ok=True)


@dataclass
class AgentRun:
    status: str  # ok | exit N | timeout | error | not installed
    exit_code: int | None
    usage: Usage
    wall_s: float
    error: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


def json_lines(text: str) -> Iterator[dict[str, Any]]:
    """Every JSON object on its own line of ``text``; other lines are skipped."""
    for line in text.splitlines():
        line = line.strip()
        if not line.startswith("{"):
            continue
        try:
            value = json.loads(line)
        except ValueError:
            continue
        if isinstance(value, dict):
            yield value


def _int(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def agent_path() -> str:
    """PATH for the agent: SKCC_AGENT_BIN (e.g. an npm prefix's bin) first."""
    extra = os.environ.get("SKCC_AGENT_BIN", "")
    return os.pathsep.join(p for p in (extra, os.environ.get("PATH", "")) if p)


class Adapter:
    name: ClassVar[str] = ""
    backend: ClassVar[str] = ""  # the skcc target the compiled condition is built for
    executable: ClassVar[str] = ""
    harbor_agent: ClassVar[str] = ""  # the agent's name in `harbor run -a`
    default_key_env: ClassVar[str] = ""

    def available(self) -> bool:
        return shutil.which(self.executable, path=agent_path()) is not None

    def skills_dir(self, trial: Trial) -> Path:
        """Where this agent discovers user skills inside the trial's HOME."""
        raise NotImplementedError

    def command(self, trial: Trial, instruction: str, endpoint: Endpoint
                ) -> tuple[list[str], dict[str, str]]:
        """The argv and the extra environment, after writing any config files."""
        raise NotImplementedError

    def parse_usage(self, stdout: str, trial: Trial) -> Usage:
        raise NotImplementedError

    def base_env(self, trial: Trial) -> dict[str, str]:
        # A minimal environment: the user's own agent config, keys and skills stay out.
        env = {"PATH": agent_path(), "HOME": str(trial.home), "LANG": "C.UTF-8",
               "TMPDIR": str(trial.root / "tmp"), "TERM": "dumb", "NO_COLOR": "1"}
        (trial.root / "tmp").mkdir(exist_ok=True)
        return env

    def run(self, trial: Trial, instruction: str, endpoint: Endpoint,
            timeout: float) -> AgentRun:
        if not self.available():
            return AgentRun("not installed", None, Usage(), 0.0,
                            error=f"`{self.executable}` is not on PATH (or SKCC_AGENT_BIN)")
        argv, extra = self.command(trial, instruction, endpoint)
        env = {**self.base_env(trial), **extra}
        argv[0] = shutil.which(argv[0], path=env["PATH"]) or argv[0]
        started = time.monotonic()
        stdout_path = trial.agent_dir / "stdout.jsonl"
        stderr_path = trial.agent_dir / "stderr.txt"
        with open(stdout_path, "wb") as out, open(stderr_path, "wb") as err:
            # Own process group, so a timeout also stops the tools the agent started.
            process = subprocess.Popen(argv, cwd=trial.work, env=env, stdout=out, stderr=err,
                                       stdin=subprocess.DEVNULL, start_new_session=True)
            try:
                code: int | None = process.wait(timeout=timeout)
                status = "ok" if code == 0 else f"exit {code}"
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
                code, status = None, "timeout"
        wall = time.monotonic() - started
        stdout = stdout_path.read_text("utf-8", errors="replace")
        usage = self.parse_usage(stdout, trial)
        error = ""
        if status != "ok":
            error = stderr_path.read_text("utf-8", errors="replace")[-800:].strip()
        return AgentRun(status, code, usage, wall, error=error)
