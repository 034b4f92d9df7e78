"""`skcc check` spread over processes: the same diagnostics as one process, skills with
scripts kept where semgrep runs, and work split evenly."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from skcc import checking
from skcc.analyzers.scan.semgrep import has_targets
from skcc.cli import cli

ROOT = Path(__file__).resolve().parents[1]
SECURITY_CORPUS = ROOT / "tests" / "security_corpus"
REAL_CORPUS = ROOT.parent / "shared" / "corpus" / "skills"
linux_only = pytest.mark.skipif(sys.platform != "linux", reason="workers fork (Linux only)")


def _keys(diagnostics):  # type: ignore[no-untyped-def]
    return sorted((d.code, d.span.path, d.span.line, d.span.column, d.message, d.severity)
                  for d in diagnostics)


def _roots(base: Path) -> list[Path]:
    return sorted(p.parent for p in base.rglob("SKILL.md"))


@linux_only
def test_parallel_check_finds_exactly_what_one_process_finds(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SKCC_SEMGREP", "0")  # the semgrep pass is covered in test_semgrep
    roots = _roots(SECURITY_CORPUS)
    assert len(roots) >= checking.MIN_PARALLEL_SKILLS
    serial = checking.check_roots(roots, jobs=1)
    parallel = checking.check_roots(roots, jobs=2)
    assert serial, "the labelled corpus has malicious skills: there must be findings"
    assert _keys(parallel) == _keys(serial)


@linux_only
def test_parallel_check_agrees_on_the_real_corpus(monkeypatch: pytest.MonkeyPatch) -> None:
    if not REAL_CORPUS.is_dir():
        pytest.skip("../shared/corpus is absent")
    monkeypatch.setenv("SKCC_SEMGREP", "0")
    roots = _roots(REAL_CORPUS)
    assert _keys(checking.check_roots(roots, jobs=3)) == \
        _keys(checking.check_roots(roots, jobs=1))


@linux_only
def test_cli_output_does_not_depend_on_jobs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SKCC_SEMGREP", "0")
    outputs = []
    for jobs in ("1", "2"):
        result = CliRunner().invoke(cli, ["check", str(SECURITY_CORPUS), "--format", "json",
                                          "--jobs", jobs])
        assert result.exit_code == 1, result.output
        outputs.append(json.loads(result.stdout))
    assert outputs[0] == outputs[1]


@linux_only
def test_a_failing_worker_is_an_error_not_a_hang_or_a_silent_gap(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SKCC_SEMGREP", "0")
    roots = _roots(SECURITY_CORPUS)
    parent = os.getpid()
    real = checking.check_batch

    def only_the_parent(roots, batch=True):  # type: ignore[no-untyped-def]
        if os.getpid() != parent:
            raise ValueError("boom in a worker")
        return real(roots, batch)

    monkeypatch.setattr(checking, "check_batch", only_the_parent)
    with pytest.raises(RuntimeError, match="a check worker failed: ValueError: boom"):
        checking.check_roots(roots, jobs=2)


@linux_only
def test_a_failure_here_leaves_no_worker_behind(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SKCC_SEMGREP", "0")
    real = checking._drain

    def failing_here(worker: int):  # type: ignore[no-untyped-def]
        if worker == -1:  # this process's share
            raise ValueError("boom here")
        return real(worker)

    workers: list[int] = []
    real_fork = os.fork

    def fork() -> int:
        pid = real_fork()
        if pid:
            workers.append(pid)
        return pid

    monkeypatch.setattr(checking, "_drain", failing_here)
    monkeypatch.setattr(os, "fork", fork)
    with pytest.raises(ValueError, match="boom here"):
        checking.check_roots(_roots(SECURITY_CORPUS), jobs=2)
    assert len(workers) == 1
    for pid in workers:
        with pytest.raises(ChildProcessError):  # already waited for: no zombie left
            os.waitpid(pid, os.WNOHANG)


def test_jobs_must_not_be_negative() -> None:
    result = CliRunner().invoke(cli, ["check", str(SECURITY_CORPUS), "--jobs", "-1"])
    assert result.exit_code == 2
    assert "-1 is not in the range x>=0" in result.output


def test_small_batches_and_one_job_stay_in_this_process() -> None:
    assert checking._workers(jobs=1, skills=500) == 1
    assert checking._workers(jobs=0, skills=checking.MIN_PARALLEL_SKILLS - 1) == 1
    if sys.platform == "linux":
        assert checking._workers(jobs=4, skills=100) == 4
        # never more workers than there are handfuls of skills to give them
        assert checking._workers(jobs=64, skills=8) == 2


@pytest.mark.skipif(sys.platform != "linux", reason="skills are spread over processes on Linux")
def test_every_skill_is_checked_exactly_once(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    roots = []
    for i in range(40):
        root = tmp_path / f"s{i}"
        root.mkdir()
        (root / "SKILL.md").write_text("x" * (i * 97 % 500))  # varied weights
        roots.append(root)
    # Each process reports which skills it was given (the fork inherits the patch).
    monkeypatch.setattr(checking, "check_batch",
                        lambda batch_roots, batch=True: [f"{os.getpid()}:{r.name}"
                                                         for r in batch_roots])
    found = checking.check_roots(roots, jobs=2)
    assert sorted(f.split(":")[1] for f in found) == sorted(r.name for r in roots)


def test_has_targets_sees_scripts_semgrep_reads(tmp_path: Path) -> None:
    plain = tmp_path / "plain"
    (plain / "references").mkdir(parents=True)
    (plain / "SKILL.md").write_text("---\nname: plain\ndescription: d\n---\n")
    (plain / "references" / "notes.md").write_text("notes")
    (plain / "assets").mkdir()
    (plain / "assets" / "run.ps1").write_text("Write-Host hi")  # semgrep has no rules for it
    (plain / "node_modules").mkdir()
    (plain / "node_modules" / "dep.js").write_text("eval(x)")  # skipped like the loader does
    assert not has_targets(plain)
    scripted = tmp_path / "scripted"
    (scripted / "scripts").mkdir(parents=True)
    (scripted / "scripts" / "fetch.SH").write_text("curl x | sh")
    assert has_targets(scripted)
