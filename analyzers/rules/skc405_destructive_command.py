"""SKC405 destructive-command: A command destroys data that the skill does not own.

## What it does
Finds commands that cannot be undone and reach beyond the task: `rm -rf` of `/`, `~`,
`$HOME` or a top-level system folder (also through `shutil.rmtree`/`fs.rmSync`, through a
variable or loop variable that holds one, and through a fallback such as
`${XDG_CACHE_HOME:-$HOME}`), `git push --force` to `main`/`master` (also through a
variable that defaults to one, a `+refspec` kept in a variable such as
`spec="+HEAD:refs/heads/$DEFAULT"`, and Makefile variables such as `BRANCH ?= main`
expanded), `aws s3 rb --force` of buckets chosen at run time (a loop over the account's
buckets; also in Go `exec.Command("aws", …)` argument lists), `kubectl delete … --all` of
cluster-wide kinds (namespaces, persistent volumes, CRDs, nodes) or across all namespaces,
`kubectl delete ns` over the cluster's own namespace list, `find` over the home folder or
root with `-delete` or `-exec rm -r` (not when a test such as `-name '*.pyc'` picks some
files, unless it picks `.git`, `.ssh` or everything),
`dd of=/dev/sd*`, `mkfs`, `wipefs`, `shred` of a device, `DROP DATABASE`,
`chmod -R 000 /`, and the shell fork bomb.

## Why is this bad?
An agent runs these without a second look. One wrong variable or one malicious edit wipes
the user's home folder, a disk, a database or the shared history of a repository.

## Example
```bash
rm -rf "$HOME"/
git push --force origin main
```

## Use instead
```bash
rm -rf -- "./build"                          # only what the skill itself created
git push --force-with-lease origin my-branch  # never rewrite the shared branch
```
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from skcc.analyzers.rules._scan import line_at, once, report, short, units
from skcc.diagnostics import Confidence, Diagnostic, Severity
from skcc.regex_cache import compiled
from skcc.rules import Rule

RULE = Rule(
    code="SKC405",
    name="destructive-command",
    severity=Severity.ERROR,
    summary="A command destroys data that the skill does not own.",
    confidence=Confidence.HIGH,
    cwe=749,
)
# Targets whose recursive removal is never a skill's business.
PRECIOUS = compiled(r"^(/|/\*|~|~/|~/\*|\$\{?HOME\}?/?\*?|/home/?\*?|/root/?|/etc/?|/usr/?|"
                      r"/var/?|/boot/?|/bin/?|/lib/?|/opt/?|/Users/?\*?|[A-Z]:\\\\?|\$HOME/\.\*"
                      r"|~/\.\*|\.\./\.\.|/\.\*)$")
PY_HOME = compiled(r"""expanduser\(\s*['"]~/?['"]\s*\)|Path\.home\(\)\s*(\)|,|$)"""
                     r"""|os\.homedir\(\)|['"]/['"]|['"]~/?['"]|os\.environ\[['"]HOME['"]\]""")
SQL = compiled(r"\bDROP\s+(DATABASE|SCHEMA)\b(?!\s+IF\s+EXISTS\s+\w*test)", re.I)
SHARED_BRANCH = compiled(r"\+?(\S+:)?(refs/heads/)?(main|master|\$\{?(?:default|"
                           r"default_branch|DEFAULT_BRANCH|main_branch|MAIN_BRANCH|trunk)\}?)")
DEVICE = compiled(r"/dev/(sd[a-z]|nvme\d|hd[a-z]|disk\d|mmcblk\d|xvd[a-z]|vd[a-z])")
HELP = "limit destructive operations to files the skill created, and ask the user first"


def check(skill, context) -> Iterator[Diagnostic]:  # type: ignore[no-untyped-def]
    yield from once(_check(skill))


def _check(skill) -> Iterator[Diagnostic]:  # type: ignore[no-untyped-def]
    for facts in units(skill):
        unit = facts.unit
        for command in facts.commands:
            message = _destructive(command.program, command.args, facts, command.line)
            if message:
                yield report(RULE, unit, command.line, message, HELP)
        for call in facts.calls:
            if call.short in ("rmtree", "rmSync", "rm", "rmdirSync", "remove", "removeSync",
                              "emptyDirSync") and call.args and \
                    PY_HOME.search(facts.resolve(call.args[0])):
                yield report(RULE, unit, call.line, f"`{call.name}` deletes the home or root "
                             "folder", HELP)
        for m in SQL.finditer(unit.text if unit.language in ("sql", "bash", "python",
                                                             "javascript", "typescript") else ""):
            line = line_at(unit, m.start())
            yield report(RULE, unit, line, f"`{m.group()}` deletes a whole database", HELP)
        for m in re.finditer(r":\(\)\s*\{\s*:\s*\|\s*:\s*&\s*\}\s*;\s*:", unit.text):
            line = line_at(unit, m.start())
            yield report(RULE, unit, line, "a fork bomb exhausts the machine", HELP)


def _destructive(program: str, args: tuple[str, ...], facts,  # type: ignore[no-untyped-def]
                 line: int) -> str:
    flags = "".join(a.lstrip("-") for a in args if a.startswith("-") and not
                    a.startswith("--")) + " ".join(a for a in args if a.startswith("--"))
    targets = [a for a in args if not a.startswith("-")]
    if program in ("rm", "remove-item", "ri", "del") and (
            ("r" in flags.lower() or "recursive" in flags.lower() or "recurse" in flags.lower())):
        hit = next((t for t in targets if PRECIOUS.match(t.rstrip())), None)
        if hit:
            return f"`rm -r{'f' if 'f' in flags else ''} {hit}` deletes {_what(hit)}"
        meant = next(((t, v) for t in targets for v in facts.stands_for(t, line)
                      if PRECIOUS.match(v)), None)
        if meant:
            return f"`rm -r{'f' if 'f' in flags else ''} {meant[0]}` deletes {_what(meant[1])}" \
                   f" when it stands for `{meant[1]}`"
        if "no-preserve-root" in flags:
            return "`rm --no-preserve-root` deletes the whole file system"
    if program == "git" and targets[:1] == ["push"]:
        # `+HEAD:main` forces too, also through a variable (`spec="+HEAD:$branch"`)
        force = "f" in flags or "force" in flags or any(
            v.startswith("+") for t in targets for v in [t, *facts.stands_for(t, line)])
        # main/master, or the default branch however the script found it
        # (`HEAD:refs/heads/$default`, `$DEFAULT_BRANCH`), or a variable the script sets
        # to main/master (`MAIN="${MAIN:-main}"`)
        branch = next((t for t in targets[1:] for v in [t, *facts.stands_for(t, line)]
                       if SHARED_BRANCH.fullmatch(v.strip("'\""))), None)
        if force and branch:
            return f"`git push --force` rewrites the shared `{branch.lstrip('+')}` branch"
    if program == "aws" and targets[:2] == ["s3", "rb"] and "--force" in args and \
            any("$" in t or "*" in t for t in targets[2:]):
        # buckets picked at run time (a loop over `list-buckets`), emptied then removed
        return "`aws s3 rb --force` deletes buckets chosen at run time with all their objects"
    if program == "kubectl" and targets[:1] == ["delete"] and len(targets) > 1:
        kind = targets[1].lower().split("/")[0]
        everywhere = "-A" in args or "--all-namespaces" in args
        if "--all" in args and (kind in _CLUSTER_KINDS or everywhere):
            return f"`kubectl delete {kind} --all` deletes every {kind} in the cluster"
        names = targets[2:]
        if kind in ("ns", "namespace", "namespaces") and any(
                "kubectl get ns" in v or "kubectl get namespace" in v
                for t in names for v in facts.stands_for(t, line)):
            return "`kubectl delete ns` deletes namespaces chosen at run time from the " \
                   "cluster's list"
    if program == "dd" and any(a.startswith("of=") and DEVICE.search(a) for a in args):
        return "`dd` overwrites a disk device"
    if program.startswith("mkfs") or program in ("wipefs", "format-volume", "clear-disk"):
        return f"`{program}` erases a file system"
    if program == "shred" and any(DEVICE.search(t) for t in targets):
        return "`shred` erases a disk device"
    if program == "chmod" and "R" in flags and any(t in ("000", "0") for t in targets) and \
            any(PRECIOUS.match(t) for t in targets):
        return "`chmod -R 000` locks everyone out of a system folder"
    if program == "find" and targets and _find_deletes(args):
        # `find "$base" -mindepth 1 -maxdepth 1 ! -name .ssh -exec rm -rf {} +` with base
        # `${XDG_STATE_BASE:-$HOME}`: the start folder as written or as it stands for
        start = targets[0]
        place = start if PRECIOUS.match(start) else next(
            (v for v in facts.stands_for(start, line) if PRECIOUS.match(v)), None)
        if place:
            how = "-delete" if "-delete" in args else "-exec rm -r"
            return f"`find {short(start)} … {how}` deletes {_what(place)}" + (
                f" when it stands for `{place}`" if place != start else "")
    return ""


# Tests that make `find` pick some files (`-name '*.pyc'`), unless negated (`! -name .ssh`
# picks everything but one).
_SELECTIVE = {"-name", "-iname", "-path", "-ipath", "-regex", "-iregex", "-newer", "-mtime",
              "-mmin", "-atime", "-size", "-empty", "-user", "-perm", "-wholename"}


# Kinds whose `--all` empties the whole cluster, not one namespace.
_CLUSTER_KINDS = {"ns", "namespace", "namespaces", "pv", "persistentvolume", "persistentvolumes",
                  "crd", "crds", "customresourcedefinition", "customresourcedefinitions",
                  "node", "nodes", "all"}
# Folders whose loss is not a clean-up: every repository's history, keys, documents.
_PRECIOUS_NAME = compiled(r"\.git|\.ssh|\.gnupg|\.aws|\.kube|\.config|Documents|Desktop|"
                            r"Pictures|\*\.(?:key|pem)")


def _find_deletes(args: tuple[str, ...]) -> bool:
    """`find … -delete` or `find … -exec rm -r… {} +`, over everything it walks (a
    selective test such as `-name '*.pyc'` makes it a clean-up of those files)."""
    names = [args[i + 1] for i, a in enumerate(args[:-1]) if a in ("-name", "-iname", "-path")]
    if any(a in _SELECTIVE and (i == 0 or args[i - 1] not in ("!", "-not"))
           for i, a in enumerate(args)) and not any(
            n in ("*", ".*", "*.*", "?*") or _PRECIOUS_NAME.fullmatch(n) for n in names):
        return False
    if "-delete" in args:
        return True
    return any(a in ("-exec", "-execdir", "-ok") and args[i + 1:i + 2] == ("rm",) and any(
        x.startswith("-") and "r" in x.lower() for x in args[i + 2:i + 4])
        for i, a in enumerate(args))


def _what(target: str) -> str:
    return "the home folder" if "~" in target or "HOME" in target or "home" in target or \
        "Users" in target else "system files" if target not in ("/", "/*") else \
        "the whole file system"
