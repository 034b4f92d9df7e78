"""``skcc bench``: the only printing module of the benchmark package.

``skcc bench TASKS...`` (short for ``skcc bench run``) runs the benchmark;
``skcc bench serve`` (also ``python -m skcc.bench.fakeserver``) runs the fake model server
on its own, to point an agent at by hand. Bad input is one line on stderr and exit 2.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any, NoReturn

import click

EXIT_USAGE = 2
EXIT_INTERRUPTED = 130
AGENTS = ("claude-code", "codex", "kimi", "scripted")
POLICIES = ("oracle", "noop", "read-skill-then-oracle")


def _fail(message: str, code: int = EXIT_USAGE) -> NoReturn:
    click.echo(f"skcc bench: error: {message}", err=True)
    sys.exit(code)


class _BenchGroup(click.Group):
    """``skcc bench TASKS...`` means ``skcc bench run TASKS...``."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in ("-h", "--help"):
            args = ["run", *args]
        return super().parse_args(ctx, args)


@click.group(cls=_BenchGroup, no_args_is_help=True)
def bench() -> None:
    """Benchmark agents on tasks with no skill, the original skills and skcc's output.

    \b
    skcc bench TASKS... --agent scripted          # offline, against the fake model
    skcc bench TASKS... --agent claude-code --model claude-sonnet-4-5
    skcc bench serve --policy oracle --tasks TASKS
    """


class _Progress:
    """A bar on a terminal; one plain line per finished trial otherwise (logs, CI)."""

    def __init__(self) -> None:
        self.tty = sys.stderr.isatty()
        self.started = time.monotonic()

    def __call__(self, event: Any) -> None:
        if event.record is None:
            if event.skipped:
                click.echo(f"resuming: {event.skipped} of {event.total} trials already done",
                           err=True)
            return
        r = event.record
        line = (f"{r['task']} {r['condition']} #{r['trial']}: reward {r['reward']:g} "
                f"({r['exit_status']}, {r['tokens']['input']} in / {r['tokens']['output']} "
                f"out, {r['wall_s']:.1f} s)")
        if not self.tty:
            click.echo(f"[{event.done}/{event.total}] {line}", err=True)
            return
        width = 24
        filled = int(width * event.done / max(1, event.total))
        elapsed = time.monotonic() - self.started
        click.echo(f"\r\033[K[{'#' * filled}{'.' * (width - filled)}] {event.done}/"
                   f"{event.total} {elapsed:5.0f}s  {line[:70]}", err=True, nl=False)
        if event.done == event.total:
            click.echo("", err=True)


def _tasks(paths: tuple[str, ...]) -> list[Any]:
    from skcc.bench.tasks import TaskError, load_tasks

    try:
        return load_tasks(paths)
    except TaskError as exc:
        _fail(str(exc))


@bench.command("run")
@click.argument("tasks", nargs=-1, required=True, type=click.Path())
@click.option("--agent", type=click.Choice(AGENTS), default="scripted", show_default=True,
              help="The agent CLI to run, or the built-in scripted tool loop.")
@click.option("--conditions", default="none,original,compiled", show_default=True,
              help="Comma-separated arms: none, original, compiled.")
@click.option("--trials", type=click.IntRange(min=1), default=1, show_default=True)
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=1, show_default=True,
              help="Trials run at the same time.")
@click.option("--out", "-o", type=click.Path(file_okay=False), default="bench-out",
              show_default=True, help="Results folder; rerunning into it resumes.")
@click.option("--model", default=None, help="The model name passed to the agent.")
@click.option("--base-url", default=None, help="A real or local model endpoint.")
@click.option("--api-key-env", default=None, metavar="VAR",
              help="The environment variable holding the endpoint's API key.")
@click.option("--fake/--no-fake", default=None,
              help="Use the built-in fake model server (default: only for --agent scripted "
                   "without --base-url).")
@click.option("--policy", type=click.Choice(POLICIES), default="oracle", show_default=True,
              help="What the fake model does.")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=None,
              help="Seconds per agent run (default: each task's [agent] timeout_sec).")
@click.option("--engine", type=click.Choice(["local", "harbor"]), default="local",
              show_default=True, help="Run here, or write a Harbor job and run `harbor`.")
@click.option("--backend", default=None,
              help="skcc target for the compiled arm (default: the agent's own).")
@click.option("--wire", type=click.Choice(["anthropic", "chat"]), default="anthropic",
              show_default=True, help="API the scripted agent speaks.")
@click.option("--keep", is_flag=True, help="Keep every trial's workspace and HOME.")
@click.option("--seed", type=int, default=0, show_default=True, help="Bootstrap seed.")
def run_command(tasks: tuple[str, ...], agent: str, conditions: str, trials: int, jobs: int,
                out: str, model: str | None, base_url: str | None, api_key_env: str | None,
                fake: bool | None, policy: str, timeout: float | None, engine: str,
                backend: str | None, wire: str, keep: bool, seed: int) -> None:
    """Run TASKS (task folders, or folders of tasks) under each condition."""
    from skcc.backends import registry
    from skcc.bench import adapters
    from skcc.bench.conditions import parse_conditions

    loaded = _tasks(tasks)
    try:
        chosen = parse_conditions(conditions)
    except ValueError as exc:
        _fail(str(exc))
    if backend is not None and backend not in registry.names():
        _fail(f"unknown backend {backend!r}; known: {', '.join(registry.names())}")
    if fake is None:
        fake = agent == "scripted" and base_url is None
    if fake and base_url:
        _fail("--fake and --base-url exclude each other")
    if agent == "scripted" and not fake and not base_url:
        _fail("the scripted agent needs --base-url (or the fake server: drop --no-fake)")
    adapter = adapters.get(agent, wire)
    out_path = Path(out)
    if engine == "harbor":
        _harbor(loaded, chosen, adapter, backend, out_path, model, trials, jobs)
        return
    _local(loaded, chosen, adapter, backend, out_path, model, base_url, api_key_env, fake,
           policy, timeout, trials, jobs, keep, seed)


def _local(loaded: list[Any], chosen: list[str], adapter: Any, backend: str | None,
           out: Path, model: str | None, base_url: str | None, api_key_env: str | None,
           fake: bool, policy: str, timeout: float | None, trials: int, jobs: int,
           keep: bool, seed: int) -> None:
    from skcc.bench import report, runner, stats

    config = runner.RunConfig(
        tasks=loaded, conditions=chosen, adapter=adapter, out=out, trials=trials, jobs=jobs,
        backend=backend or "", model=model, base_url=base_url, api_key_env=api_key_env or "",
        fake=fake, policy=policy, timeout=timeout, keep=keep, seed=seed)
    try:
        outcome = runner.run(config, _Progress())
    except runner.BenchError as exc:
        _fail(str(exc))
    except OSError as exc:
        _fail(f"{exc.filename or ''}: {exc.strerror or exc}", 1)
    except KeyboardInterrupt:
        click.echo(f"\ninterrupted: finished trials are saved in {out / runner.RESULTS}; "
                   "run the same command again to resume", err=True)
        sys.exit(EXIT_INTERRUPTED)
    analysis = stats.analyse(outcome.records, chosen, seed)
    identity = config.identity
    metadata = {**identity, "conditions": chosen, "trials": trials,
                "tasks": [t.id for t in loaded], "engine": "local",
                "fake_server": fake,
                "token_counting": ("fake server: ceil(UTF-8 bytes of the prompt's strings / 4)"
                                   if fake else "as reported by the agent (see usage_source)")}
    doc = report.document(outcome.records, analysis, metadata)
    paths = report.write(out, doc)
    click.echo(report.markdown(doc))
    for path in paths:
        click.echo(f"wrote {path.as_posix()}", err=True)
    if outcome.server_log is not None:
        click.echo(f"fake server log: {outcome.server_log.as_posix()}", err=True)
    failures = [r for r in outcome.records if r["exit_status"] not in ("ok",)]
    if failures:
        click.echo(f"{len(failures)} agent run(s) did not end cleanly (see exit_status and "
                   "error in benchmark.json)", err=True)


def _harbor(loaded: list[Any], chosen: list[str], adapter: Any, backend: str | None,
            out: Path, model: str | None, trials: int, jobs: int) -> None:
    import shlex
    import shutil
    import subprocess

    from skcc.bench.conditions import ConditionError
    from skcc.bench.harbor import HarborError, export

    try:
        job = export(loaded, chosen, backend or adapter.backend, adapter.harbor_agent, out,
                     model, trials, jobs)
    except (HarborError, ConditionError) as exc:
        _fail(str(exc))
    click.echo(f"wrote the Harbor job to {job.root.as_posix()}", err=True)
    if shutil.which("harbor") is None:
        click.echo("`harbor` is not installed (uv tool install harbor); run these, with "
                   f"Docker running, or {job.script.as_posix()}:", err=True)
        for command in job.commands:
            click.echo(shlex.join(command))
        return
    for command in job.commands:
        click.echo(f"$ {shlex.join(command)}", err=True)
        code = subprocess.call(command)
        if code != 0:
            _fail(f"harbor exited with {code}", 1)


@bench.command("serve")
@click.option("--policy", type=click.Choice(POLICIES), default="oracle", show_default=True)
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", type=click.IntRange(0, 65535), default=0,
              help="Port to listen on (default: a free one).")
@click.option("--log", "log_path", type=click.Path(dir_okay=False), default=None,
              help="Append every request to this JSONL file.")
@click.option("--tasks", "task_paths", multiple=True, type=click.Path(),
              help="Tasks whose solve.sh the oracle runs, matched by their instruction.")
def serve(policy: str, host: str, port: int, log_path: str | None,
          task_paths: tuple[str, ...]) -> None:
    """Run the fake model server until Ctrl-C (Anthropic, Responses, Chat Completions)."""
    from skcc.bench.fakeserver import FakeServer

    loaded = _tasks(task_paths) if task_paths else []
    try:
        server = FakeServer(policy, log=Path(log_path) if log_path else None, host=host,
                            port=port, tasks=loaded).start()
    except OSError as exc:
        _fail(f"cannot listen on {host}:{port}: {exc.strerror or exc}", 1)
    click.echo(f"fake model server on {server.url} (policy {policy}, {len(loaded)} task(s))")
    click.echo(f"  Claude Code: ANTHROPIC_BASE_URL={server.url} ANTHROPIC_API_KEY=any", err=True)
    click.echo(f"  OpenAI-compatible clients: base URL {server.url}/v1, any key", err=True)
    import signal

    def stop(*_: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)  # `kill` stops it as cleanly as Ctrl-C
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        server.stop()
        click.echo(f"stopped after {server.requests} request(s)", err=True)


def serve_main() -> None:
    """``python -m skcc.bench.fakeserver``."""
    serve.main(prog_name="python -m skcc.bench.fakeserver")
