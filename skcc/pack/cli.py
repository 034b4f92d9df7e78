"""``skcc pack``, ``verify``, ``install``, ``uninstall`` and ``list``: the only printing module
of the pack package. Every refusal is one clear line on stderr and exit code 1; usage
mistakes exit 2 (click's UsageError, turned into exit 2 by ``skcc.cli.main``)."""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Any

import click

from skcc.cli import EXIT_FINDINGS, _config, _emit
from skcc.pack import PackError

FORMS = ("skcc", "plugin", "skill")
_VERSION = re.compile(r"^[0-9A-Za-z][0-9A-Za-z.+_-]{0,63}$")
_NAME = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def _refusals(command: Callable[..., None]) -> Callable[..., None]:
    """Turn a PackError (or a failed write) into one line on stderr and exit 1."""
    @wraps(command)
    def run(*args: Any, **kwargs: Any) -> None:
        from skcc.pack.verify import SourceRefused

        try:
            command(*args, **kwargs)
        except SourceRefused as exc:
            _emit(exc.diagnostics, "text")
            _fail(f"the skills do not compile: {exc}")
        except PackError as exc:
            _fail(str(exc))
        except OSError as exc:
            _fail(f"{exc.filename or ''}: {exc.strerror or exc}")
    return run


def _fail(message: str) -> None:
    click.echo(f"skcc: error: {message}", err=True)
    sys.exit(EXIT_FINDINGS)


def _show(path: Path) -> str:
    """A path as the user would type it: relative to here, or under ~."""
    home = Path(os.path.expanduser("~"))
    for base, prefix in ((Path.cwd(), ""), (home, "~/")):
        try:
            return prefix + path.relative_to(base).as_posix()
        except ValueError:
            continue
    return path.as_posix()


def _targets(values: tuple[str, ...]) -> list[str]:
    from skcc.backends import registry

    chosen = [t.strip() for v in values for t in v.split(",") if t.strip()]
    if "all" in chosen:
        everything = getattr(registry, "all_targets", registry.names)()
        chosen = [t for t in chosen if t != "all"] + everything
    unknown = [t for t in chosen if t not in registry.names()]
    if unknown:
        raise click.UsageError(f"unknown target(s): {', '.join(unknown)}; "
                               f"known: {', '.join(registry.names())}")
    # A pack holds skill folders with a SKILL.md, which verify re-checks; a target that
    # writes another main file (cursor-rules' <name>.mdc) cannot be checked that way.
    odd = [t for t in chosen if getattr(registry.get(t), "MAIN_TEMPLATE", "SKILL.md")
           != "SKILL.md"]
    if odd:
        raise click.UsageError(f"{', '.join(odd)} cannot be packed: its output is not a "
                               "SKILL.md folder; use skcc build for it")
    return list(dict.fromkeys(chosen))


@click.command("pack")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--target", "-t", "targets", multiple=True,
              help="Target to pack for (repeatable, comma-separated, or `all`).")
@click.option("--version", "version", default=None,
              help="Pack version (default: the skills' metadata.version, else 0.0.0).")
@click.option("--name", default=None, help="Pack name (default: the skill's or folder's).")
@click.option("--out", "-o", type=click.Path(file_okay=False), default="dist",
              show_default=True, help="Folder the packs are written to.")
@click.option("--form", "forms", multiple=True, type=click.Choice(FORMS),
              help="skcc: a .skcc.tar.gz per target (default); plugin: a Claude Code plugin "
                   "folder with marketplace.json; skill: a claude.ai .skill zip per skill.")
@click.option("--owner", default=None, help="Marketplace owner name (plugin form).")
@_refusals
def pack(paths: tuple[str, ...], targets: tuple[str, ...], version: str | None,
         name: str | None, out: str, forms: tuple[str, ...], owner: str | None) -> None:
    """Pack the skills under PATHS into reproducible archives to publish."""
    from skcc.pack import forms as make
    from skcc.pack.archive import source_date_epoch, write_atomically
    from skcc.pack.compile import prepare

    forms = forms or ("skcc",)
    chosen = _targets(targets)
    if "skcc" in forms and not chosen:
        raise click.UsageError("choose a target with --target (or `all`)")
    if version is not None and not _VERSION.match(version):
        raise click.UsageError(f"--version {version!r}: use letters, digits and . + _ -")
    source_date_epoch()  # a bad SOURCE_DATE_EPOCH is refused before any work
    config = _config()
    prepared = prepare(paths, config.select, config.ignore, exclude=Path(out))
    _emit(prepared.diagnostics, "text")
    if prepared.refused:
        for reason in prepared.refused:
            click.echo(f"refused {reason}", err=True)
        _fail("nothing was packed: a pack never leaves a skill out")
    name = name or (prepared.skills[0].name if len(prepared.skills) == 1
                    else Path(paths[0]).resolve().name)
    if not _NAME.match(name):
        raise click.UsageError(f"pack name {name!r} is not kebab-case; choose one with --name")
    versions = {v for v in prepared.versions.values() if v}
    version = version or (versions.pop() if len(versions) == 1 else "0.0.0")
    if not _VERSION.match(version):
        raise click.UsageError(f"metadata.version {version!r} cannot name a file; use --version")
    built = []  # everything is made in memory first: a refusal writes nothing
    if "skcc" in forms:
        built += [make.skcc_pack(prepared, t, name, version) for t in chosen]
    if "plugin" in forms:
        built.append(make.claude_plugin(prepared, name, version, owner or name))
    if "skill" in forms:
        built += make.upload_zips(prepared)[0]
    outdir = Path(out)
    outdir.mkdir(parents=True, exist_ok=True)
    for item in built:
        if item.data:
            write_atomically(outdir / item.filename, item.data)
            click.echo(f"wrote {_show((outdir / item.filename).resolve())} "
                       f"({len(item.files)} files)")
        else:
            _write_folder(outdir / item.filename, item.files)
            click.echo(f"wrote {_show((outdir / item.filename).resolve())}/ "
                       f"({len(item.files)} files)")


def _write_folder(final: Path, files: Any) -> None:
    """A plugin folder, staged beside its final place and renamed into it."""
    import shutil
    import tempfile

    staging = Path(tempfile.mkdtemp(prefix=".skcc-", dir=final.parent))
    try:
        new = staging / "new"
        for file in files:
            dest = new / file.path
            dest.parent.mkdir(parents=True, exist_ok=True)
            dest.write_bytes(file.data)
            os.chmod(dest, file.mode)
        if final.exists():
            os.replace(final, staging / "old")
        os.replace(new, final)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


@click.command("verify")
@click.argument("pack_path", metavar="PACK", type=click.Path())
@_refusals
def verify(pack_path: str) -> None:
    """Check a pack's manifest and hashes and re-run the security checks on its skills."""
    from skcc.backends import registry
    from skcc.pack.verify import open_pack, recheck

    loaded = open_pack(pack_path, sources=False)
    m = loaded.manifest
    click.echo(f"pack {m.name} {m.version} for {m.target}: {len(m.skills)} skill(s), "
               f"{len(loaded.files)} files, every sha256, size and mode matches the manifest")
    found = ", ".join(f"{n} {k}" for k, n in m.check.items())
    click.echo(f"the packer's checks found: {found or 'nothing recorded'}; checking again")
    diagnostics = recheck(loaded)
    _emit(diagnostics, "text", sources=_contents(loaded))
    manifest = registry.get(m.target).manifest
    click.echo("would install:")
    for skill in m.skills:
        click.echo(f"  {skill.name} {skill.version or '-'}: project {manifest.project_dir}/"
                   f"{skill.name}/  user {manifest.user_dir}/{skill.name}/")
    if any(d.severity.value == "error" for d in diagnostics):
        _fail("the pack's skills have error-level findings: do not install it")


def _contents(loaded) -> dict[str, bytes]:  # type: ignore[no-untyped-def]
    """The pack's files by path: code frames come from the pack, never from disk."""
    return {path: file.data for path, file in loaded.files.items()}


def _where(project: str | None) -> tuple[Path, Path]:
    base = Path(project).resolve() if project else Path.cwd()
    if project and not base.is_dir():
        raise click.UsageError(f"--project {project}: no such folder")
    return base, Path(os.path.expanduser("~")).resolve()


_project_option = click.option("--project", type=click.Path(file_okay=False), default=None,
                               help="Project folder for the project scope (default: here).")


@click.command("install")
@click.argument("source", metavar="PACK|DIR", type=click.Path())
@click.option("--target", "-t", default=None,
              help="Target (default: the pack's; required for skill sources).")
@click.option("--scope", type=click.Choice(["project", "user"]), default="project",
              show_default=True)
@_project_option
@click.option("--dry-run", is_flag=True, help="Show what would be written; write nothing.")
@click.option("--force", is_flag=True, help="Overwrite files changed since the last install.")
@_refusals
def install(source: str, target: str | None, scope: str, project: str | None, dry_run: bool,
            force: bool) -> None:
    """Install a pack (or skill sources, compiled for --target) where the agent looks."""
    from skcc.pack.install import apply_install, plan_install
    from skcc.pack.verify import open_pack, recheck

    if target is not None:
        _targets((target,))
    base, home = _where(project)
    loaded = open_pack(source, target)
    errors = [d for d in recheck(loaded) if d.severity.value == "error"]
    if errors:
        _emit(errors, "text", sources=_contents(loaded))
        _fail("refusing to install: the security check found errors (skcc verify shows all)")
    plan = plan_install(loaded, scope, base, home, force)
    for conflict in plan.conflicts:
        click.echo(f"conflict: {conflict}", err=True)
    if plan.conflicts:
        _fail("nothing was installed")
    verb = "would install" if dry_run else "installed"
    if not dry_run:
        apply_install(plan, loaded)
    for skill in plan.skills:
        click.echo(f"{verb} {skill.name} ({len(skill.files)} files) in {_show(skill.folder)}/")
        for rel in skill.overwritten:
            click.echo(f"  {'would overwrite' if dry_run else 'overwrote'} your {rel} (--force)")
        for rel in skill.kept:
            click.echo(f"  kept your {rel}")


@click.command("uninstall")
@click.argument("name")
@click.option("--target", "-t", "targets", multiple=True, help="Only this target.")
@click.option("--scope", type=click.Choice(["project", "user"]), default=None,
              help="Only this scope (default: both).")
@_project_option
@click.option("--dry-run", is_flag=True, help="Show what would be removed; remove nothing.")
@_refusals
def uninstall(name: str, targets: tuple[str, ...], scope: str | None, project: str | None,
              dry_run: bool) -> None:
    """Remove skill NAME as installed by skcc; files you added or changed are kept."""
    from skcc.backends import registry
    from skcc.pack import install as installer

    base, home = _where(project)
    scopes = (scope,) if scope else installer.SCOPES
    found = [f for f in installer.installed(_targets(targets) or registry.names(), scopes,
                                            base, home) if f[3] == name]
    if not found:
        _fail(f"no skill {name!r} installed by skcc here (`skcc list` shows what is)")
    if len({(f[2], f[3]) for f in found}) > 1:
        places = ", ".join(f"{t} ({s})" for t, s, *_ in found)
        raise click.UsageError(f"{name} is installed for {places}; choose with --target "
                               "and --scope")
    target, scope_, folder, _, _ = found[0]
    removal = installer.uninstall(folder, name, dry_run)
    verb = "would remove" if dry_run else "removed"
    click.echo(f"{verb} {name} ({target}, {scope_}): {len(removal.removed)} files from "
               f"{_show(removal.folder)}/")
    for rel, why in removal.kept:
        click.echo(f"  kept {rel} ({why})")


@click.command("list")
@click.option("--target", "-t", "targets", multiple=True, help="Only this target.")
@click.option("--scope", type=click.Choice(["project", "user"]), default=None,
              help="Only this scope (default: both).")
@_project_option
@_refusals
def list_installed(targets: tuple[str, ...], scope: str | None, project: str | None) -> None:
    """Show the skills skcc installed, per target and scope."""
    from skcc.backends import registry
    from skcc.pack import install as installer

    base, home = _where(project)
    scopes = (scope,) if scope else installer.SCOPES
    found = installer.installed(_targets(targets) or registry.names(), scopes, base, home)
    for target, scope_, folder, name, entry in found:
        click.echo(f"{target:<12} {scope_:<8} {name:<28} {entry.version or '-':<10} "
                   f"{_show(folder / name)}/  (pack {entry.pack}, {len(entry.files)} files)")
    if not found:
        click.echo("no skills installed by skcc", err=True)
