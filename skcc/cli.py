"""The ``skcc`` command line. The only module that prints.

Exit codes: 0 clean, 1 findings (or stale output with ``build --check``), 2 usage error,
123 internal error. Heavy modules are imported inside the commands so ``skcc --version``
starts fast.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from typing import Any

import click

from skcc import __version__

EXIT_FINDINGS = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 123
SEVERITIES = ("error", "warning", "info")


def _config() -> Any:
    from skcc.config import ConfigError, load

    try:
        return load()
    except ConfigError as exc:
        raise click.UsageError(str(exc)) from exc


def _codes(values: tuple[str, ...]) -> tuple[str, ...]:
    out: list[str] = []
    for value in values:
        out.extend(v.strip().upper() for v in value.split(",") if v.strip())
    return tuple(out)


def _fails(diagnostics: list[Any], fail_on: str) -> bool:
    from skcc.diagnostics import Severity

    threshold = Severity(fail_on).rank
    return any(d.severity.rank >= threshold for d in diagnostics)


def _emit(diagnostics: list[Any], fmt: str, sources: Mapping[str, bytes] | None = None,
          **extra: Any) -> None:
    """Print ``diagnostics`` in ``fmt``; ``sources`` supplies the text of code frames for
    files that are not on disk at their reported paths (a pack's)."""
    if fmt == "json":
        from skcc.report import json as json_report

        click.echo(json_report.render(diagnostics, **extra))
        return
    if fmt == "sarif":
        from skcc.report import sarif

        click.echo(sarif.render(diagnostics))
        return
    if fmt == "github":
        from skcc.report import github, text as text_report

        if diagnostics:
            click.echo(github.render(diagnostics))
        click.echo(text_report.summary(diagnostics), err=True)
        return
    from skcc.report import text

    if diagnostics:
        click.echo(text.render(diagnostics, concise=fmt == "concise", sources=sources),
                   err=False)
        click.echo("")
    click.echo(text.summary(diagnostics), err=True)


# Commands that live in their own modules, imported only when invoked (or listed by
# --help), so a feature adds one line here and `skcc --version` stays fast.
LAZY_COMMANDS: dict[str, str] = {
    "pack": "skcc.pack.cli:pack",
    "verify": "skcc.pack.cli:verify",
    "install": "skcc.pack.cli:install",
    "uninstall": "skcc.pack.cli:uninstall",
    "list": "skcc.pack.cli:list_installed",
    "bench": "skcc.bench.cli:bench",
}


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *LAZY_COMMANDS})

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name in LAZY_COMMANDS:
            import importlib

            module, _, attr = LAZY_COMMANDS[name].partition(":")
            return getattr(importlib.import_module(module), attr)  # type: ignore[no-any-return]
        return super().get_command(ctx, name)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", "-V", prog_name="skcc")
def cli() -> None:
    """skcc: compile agent skills for every agent framework, and check them."""


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--target", "-t", "targets", multiple=True,
              help="Target to build (repeatable, or comma-separated); see `skcc targets`.")
@click.option("--out", "-o", type=click.Path(file_okay=False), default=None,
              help="Output folder (default: build, or `out` in the configuration).")
@click.option("--scope", type=click.Choice(["project", "user"]), default=None,
              help="Lay out output like the project or the user skills folder.")
@click.option("--check", "check_only", is_flag=True,
              help="Write nothing; exit 1 if the output folder is missing or stale.")
@click.option("--select", multiple=True, help="Only report these codes/prefixes.")
@click.option("--ignore", multiple=True, help="Do not report these codes/prefixes.")
@click.option("--skip-pass", "skip_passes", multiple=True, metavar="NAME",
              help="Switch an optimiser pass off (repeatable, comma-separated, or `all`): "
                   "comments, empty-sections, dedupe, whitespace, split.")
@click.option("--split-threshold", type=click.IntRange(min=0), default=None, metavar="TOKENS",
              help="Move reference sections longer than this into references/*.md (0: off).")
@click.option("--allow-unsafe", is_flag=True,
              help="Build skills whose only errors are security findings (SKC3xx-SKC6xx); "
                   "they are still reported.")
@click.option("--harden", is_flag=True,
              help="Append a short, marked section of safety rules derived from what each "
                   "skill can do (shell, network, file writes, secrets).")
@click.option("--semgrep", "semgrep", is_flag=True,
              help="Also run the semgrep rules before building (seconds slower; `skcc check` "
                   "always runs them).")
@click.option("--format", "fmt", default="text",
              type=click.Choice(["text", "concise", "json", "sarif", "github"]))
def build(paths: tuple[str, ...], targets: tuple[str, ...], out: str | None,
          scope: str | None, check_only: bool, select: tuple[str, ...],
          ignore: tuple[str, ...], skip_passes: tuple[str, ...], split_threshold: int | None,
          allow_unsafe: bool, harden: bool, semgrep: bool, fmt: str) -> None:
    """Compile the skills under PATHS for each target."""
    from skcc.backends import registry
    from skcc.build import build_skills
    from skcc.passes import ORDER, Options

    config = _config()
    chosen = [t for value in (targets or config.targets) for t in value.split(",") if t]
    if not chosen:
        raise click.UsageError("choose a target with --target (see `skcc targets`)")
    if "all" in chosen:
        chosen = [t for t in chosen if t != "all"] + registry.all_targets()
    unknown = [t for t in chosen if t not in registry.names()]
    if unknown:
        raise click.UsageError(f"unknown target(s): {', '.join(unknown)}; "
                               f"known: {', '.join(registry.names())}")
    if (scope or config.scope) == "user":
        no_user = [t for t in chosen if not registry.get(t).manifest.user_dir]
        if no_user:
            raise click.UsageError(f"{', '.join(no_user)} has no user scope: the agent reads "
                                   "it from the project only; build it with --scope project")
    skipped = [p.strip().lower() for value in (skip_passes or config.skip_passes)
               for p in value.split(",") if p.strip()]
    if "all" in skipped:
        skipped = list(ORDER)
    unknown = [p for p in skipped if p not in ORDER]
    if unknown:
        raise click.UsageError(f"unknown pass(es): {', '.join(unknown)}; known: "
                               f"{', '.join(ORDER)}")
    threshold = config.split_threshold if split_threshold is None else split_threshold
    from skcc.heap import settle

    settle()
    result = build_skills(paths, list(dict.fromkeys(chosen)), out or config.out,
                          scope=scope or config.scope, check_only=check_only,
                          select_codes=_codes(select) or config.select,
                          ignore_codes=_codes(ignore) or config.ignore,
                          passes=Options(frozenset(skipped), threshold),
                          allow_unsafe=allow_unsafe, harden=harden, semgrep=semgrep)
    extra: dict[str, Any] = {"written": [p.as_posix() for p in result.written],
                             "skipped": result.skipped, "stale": result.stale}
    _emit(result.diagnostics, fmt, **(extra if fmt == "json" else {}))
    if fmt != "json":
        for folder in result.written:
            click.echo(f"wrote {folder.as_posix()}", err=True)
        for folder in result.skipped:
            if folder in result.unsafe:
                click.echo(f"skipped {folder}: security errors "
                           f"({', '.join(result.unsafe[folder])}); review them, then fix, "
                           "suppress a reviewed finding with <!-- skcc: ignore[CODE] -->, or "
                           "build anyway with --allow-unsafe", err=True)
            else:
                click.echo(f"skipped {folder}: fix the errors above", err=True)
        for folder in result.stale:
            click.echo(f"stale {folder}: run skcc build without --check", err=True)
    from skcc.build import is_security

    counted = [d for d in result.diagnostics if not (allow_unsafe and is_security(d.code))]
    if result.skipped or result.stale or _fails(counted, "error"):
        sys.exit(EXIT_FINDINGS)


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--select", multiple=True, help="Only report these codes/prefixes (e.g. SKC1).")
@click.option("--ignore", multiple=True, help="Do not report these codes/prefixes.")
@click.option("--fail-on", type=click.Choice(SEVERITIES), default=None,
              help="Lowest severity that makes the exit code 1 (default: error).")
@click.option("--format", "fmt", default="text",
              type=click.Choice(["text", "concise", "json", "sarif", "github"]),
              help="text (with code frames), concise (one line each), json, sarif (SARIF "
                   "2.1.0, for code scanning) or github (workflow-command annotations).")
@click.option("--baseline", type=click.Path(dir_okay=False), default=None, metavar="FILE",
              help="Report only findings that FILE (from --write-baseline) does not accept.")
@click.option("--write-baseline", type=click.Path(dir_okay=False), default=None,
              metavar="FILE", help="Accept every current finding: write them to FILE, exit 0.")
@click.option("--jobs", "-j", type=click.IntRange(min=0), default=0, show_default=True,
              help="Processes to check skills with; 0 uses every CPU core.")
def check(paths: tuple[str, ...], select: tuple[str, ...], ignore: tuple[str, ...],
          fail_on: str | None, fmt: str, baseline: str | None,
          write_baseline: str | None, jobs: int) -> None:
    """Check the skills under PATHS: the Agent Skills spec, portability and security.

    Suppress one finding with `<!-- skcc: ignore[SKC301] -->` before its block (or in the
    frontmatter, for the whole skill); accept all current ones with --write-baseline.
    """
    from skcc.analyzers import select as select_diagnostics
    from skcc.build import discover
    from skcc.checking import check_roots, warm_up
    from skcc.heap import settle

    config = _config()
    paths = _owning_skills(paths)
    if not paths:
        click.echo("no skill among the given files", err=True)
        return
    roots, diagnostics = discover(paths)
    warm_up()
    settle()
    diagnostics.extend(check_roots(roots, jobs))
    diagnostics = select_diagnostics(diagnostics, _codes(select) or config.select,
                                     _codes(ignore) or config.ignore)
    diagnostics.sort(key=lambda d: d.sort_key)
    if write_baseline:
        from pathlib import Path

        from skcc.baseline import write

        try:
            count = write(Path(write_baseline), diagnostics)
        except OSError as exc:
            raise click.UsageError(f"cannot write the baseline {write_baseline}: "
                                   f"{exc.strerror or exc}") from exc
        click.echo(f"wrote {write_baseline}: {count} finding(s) accepted", err=True)
        return
    hidden = 0
    if baseline:
        from pathlib import Path

        from skcc.baseline import BaselineError, filter_new

        try:
            diagnostics, hidden = filter_new(diagnostics, Path(baseline))
        except BaselineError as exc:
            raise click.UsageError(str(exc)) from exc
    _emit(diagnostics, fmt, **({"skills": len(roots), "baselined": hidden}
                               if fmt == "json" else {}))
    if hidden and fmt not in ("json", "sarif"):
        click.echo(f"{hidden} finding(s) accepted by the baseline {baseline}", err=True)
    if _fails(diagnostics, fail_on or config.fail_on):
        sys.exit(EXIT_FINDINGS)


def _owning_skills(paths: tuple[str, ...]) -> tuple[str, ...]:
    """Each file other than SKILL.md stands for the skill folder that contains it, so a
    pre-commit hook can pass every changed file. A file under a scripts/, references/ or
    assets/ folder of no skill is dropped (a project's own scripts/); anything else is kept
    as given, so `skcc check notes.txt` still reports that it is not a skill."""
    from pathlib import Path

    kept: list[str] = []
    for raw in paths:
        path = Path(raw)
        if not path.is_file() or path.name == "SKILL.md":
            kept.append(raw)
            continue
        owner = next((p for p in list(path.parents)[:6] if (p / "SKILL.md").is_file()), None)
        if owner is not None:
            kept.append(owner.as_posix())
        elif not {"scripts", "references", "assets"} & set(path.parts[:-1]):
            kept.append(raw)
    return tuple(dict.fromkeys(kept))


@cli.command()
def targets() -> None:
    """List the build targets and where each agent discovers skills."""
    from skcc.backends import registry

    for name in registry.names():
        manifest = registry.get(name).manifest
        user = f"{manifest.user_dir}/<name>" if manifest.user_dir else "(none)"
        extra = "" if registry.get(name).IN_ALL else "  (not in --target all)"
        click.echo(f"{name:<12} {manifest.title:<20} project: {manifest.project_dir}/<name>  "
                   f"user: {user}{extra}")


@cli.command()
@click.argument("code", required=False)
@click.option("--all", "show_all", is_flag=True, help="List every rule.")
@click.option("--write-docs", type=click.Path(file_okay=False), default=None,
              help="Write every rule's page to DIR/<code>.md (docs/rules in this repository).")
def rule(code: str | None, show_all: bool, write_docs: str | None) -> None:
    """Show the documentation of rule CODE (e.g. SKC104), or list them all."""
    from pathlib import Path

    from skcc.rules import catalogue

    rules = catalogue()
    if write_docs:
        folder = Path(write_docs)
        folder.mkdir(parents=True, exist_ok=True)
        for entry in rules.values():
            (folder / f"{entry.rule.code}.md").write_text(entry.rule.page(), "utf-8")
        click.echo(f"wrote {len(rules)} rule pages to {folder.as_posix()}", err=True)
        return
    if code is None or show_all:
        for entry in rules.values():
            r = entry.rule
            click.echo(f"{r.code}  {r.severity.value:<7}  {r.name:<28} {r.summary}")
        return
    entry = rules.get(code.upper())
    if entry is None:
        raise click.UsageError(f"no rule {code}; `skcc rule --all` lists them")
    click.echo(entry.rule.page(), nl=False)


def main() -> None:
    from skcc.heap import relax

    relax()
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        sys.exit(EXIT_INTERNAL)
    except click.ClickException as exc:
        exc.show()
        sys.exit(EXIT_USAGE)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except SystemExit:
        raise
    except Exception as exc:  # noqa: BLE001 - the last line of defence: no tracebacks
        click.echo(f"skcc: internal error: {type(exc).__name__}: {exc}\n"
                   "This is a bug in skcc; please report it with the input that caused it.",
                   err=True)
        sys.exit(EXIT_INTERNAL)
    sys.exit(0)


def run() -> None:
    """The console script: :func:`main`, then an immediate exit.

    Tearing down the interpreter frees every object of a batch one by one (~0.1 s after a
    check of a hundred skills) for nothing: the process ends anyway. Output is flushed first,
    and nothing else is pending by then (builds are written and renamed, workers joined).
    """
    try:
        main()
    except SystemExit as exc:
        if not isinstance(exc.code, int):
            raise
        code = exc.code
    else:
        code = 0
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):  # a closed pipe: the reader has gone, say so by the code
        code = code or EXIT_INTERNAL
    os._exit(code)

