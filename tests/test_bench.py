"""`skcc bench` end to end, offline: the scripted agent against the fake model server.

Token counts come from the fake server: ceil(UTF-8 bytes of every string in the prompt
fields / 4), the same rule for every API and condition (skcc/bench/fakeserver/wire.py).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from skcc.bench import runner
from skcc.bench.cli import bench as bench_cli
from skcc.bench.tasks import load_tasks
from tests.bench_support import TASKS, bench, example_tasks, server_log

CONDITIONS = ("none", "original", "compiled")


@pytest.fixture(autouse=True)
def _no_semgrep(monkeypatch: pytest.MonkeyPatch) -> None:
    # The security scan's semgrep pass costs seconds per compile and is not under test.
    monkeypatch.setenv("SKCC_SEMGREP", "0")


def test_every_example_task_is_complete() -> None:
    tasks = example_tasks()
    assert 4 <= len(tasks) <= 6
    for task in tasks:
        assert task.skills(), task.id
        assert task.solution.is_file() and (task.tests_dir / "test.sh").is_file()
        assert (task.environment / "Dockerfile").is_file()
        for skill in task.skills():  # the instruction must not name the skill it needs
            assert skill.name not in task.instruction


def test_oracle_scores_one_on_every_task_and_condition(tmp_path: Path) -> None:
    outcome = bench(tmp_path, policy="oracle")
    assert outcome.ran == len(example_tasks()) * 3
    for record in outcome.records:
        assert record["reward"] == 1.0, record
        assert record["exit_status"] == "ok" and record["tokens"]["input"] > 0
        assert record["usage_source"] == "anthropic response usage"
    installed = {(r["task"], r["condition"]): r["skills"] for r in outcome.records}
    for task in example_tasks():
        names = [p.name for p in task.skills()]
        assert installed[task.id, "none"] == []
        assert installed[task.id, "original"] == installed[task.id, "compiled"] == names
    # The listing in the prompt proves which skills the agent saw in each condition.
    for entry in server_log(tmp_path):
        task, condition, _ = entry["trial"].split("/")
        names = installed[task, condition]
        system = entry["body"]["system"]
        for name in [p.name for t in example_tasks() for p in t.skills()]:
            assert (f"<name>{name}</name>" in system) == (name in names), entry["trial"]


def test_noop_scores_zero_over_chat_completions(tmp_path: Path) -> None:
    outcome = bench(tmp_path, policy="noop", conditions=("original",), wire="chat")
    assert [r["reward"] for r in outcome.records] == [0.0] * len(example_tasks())
    assert all(r["usage_source"] == "chat response usage" for r in outcome.records)
    assert {e["api"] for e in server_log(tmp_path)} == {"chat"}


def _listing_description(skill_md: str) -> str:
    import yaml

    front = yaml.safe_load(skill_md.split("---", 2)[1])
    return " ".join(str(front["description"]).split())


def test_compiled_tokens_follow_the_skill_sizes(tmp_path: Path) -> None:
    """read-skill-then-oracle: 3 requests (listing; + SKILL.md read; + oracle result).

    The listing differs by the description, requests 2 and 3 also carry SKILL.md, so
    input tokens differ by (3 Δdescription + 2 ΔSKILL.md) / 4, within one token of
    rounding per request.
    """
    outcome = bench(tmp_path, policy="read-skill-then-oracle",
                    conditions=("original", "compiled"))
    by = {(r["task"], r["condition"]): r for r in outcome.records}
    assert all(r["reward"] == 1.0 for r in outcome.records)
    for task in example_tasks():
        (skill,) = task.skills()
        (compiled,) = (tmp_path / "skills" / task.id).glob(f"agentskills-user/**/{skill.name}")
        original_md = (skill / "SKILL.md").read_text()
        compiled_md = (compiled / "SKILL.md").read_text()
        size = len(compiled_md.encode()) - len(original_md.encode())
        description = (len(_listing_description(compiled_md).encode())
                       - len(_listing_description(original_md).encode()))
        expected = (3 * description + 2 * size) / 4
        measured = by[task.id, "compiled"]["tokens"]["input"] \
            - by[task.id, "original"]["tokens"]["input"]
        assert size < 0, f"{task.id}: the example skill should shrink when compiled"
        assert abs(measured - expected) <= 3, (task.id, measured, expected)
    reads = [e for e in server_log(tmp_path) if e["reply"]["tool"] == "read_file"]
    assert len(reads) == 2 * len(example_tasks())
    assert all(e["reply"]["arguments"]["path"].endswith("/SKILL.md") for e in reads)


def test_interrupted_run_resumes(tmp_path: Path) -> None:
    tasks = example_tasks()[:2]
    seen: list[object] = []

    def interrupt(event: runner.Progress) -> None:
        if event.record is not None:
            seen.append(event.record)
            if len(seen) == 2:
                raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        bench(tmp_path, tasks=tasks, conditions=("none", "compiled"), trials=2, jobs=1,
              progress=interrupt)
    saved = runner.load_results(tmp_path)
    assert len(saved) == 2
    requests_before = len(server_log(tmp_path))
    outcome = bench(tmp_path, tasks=tasks, conditions=("none", "compiled"), trials=2, jobs=1)
    assert (outcome.skipped, outcome.ran) == (2, 6)
    keys = sorted((r["task"], r["condition"], r["trial"]) for r in outcome.records)
    assert keys == sorted({(t.id, c, n) for t in tasks for c in ("none", "compiled")
                           for n in (1, 2)})
    ran_again = {e["trial"] for e in server_log(tmp_path)[requests_before:]}
    done_first = {f"{r['task']}/{r['condition']}/{r['trial']}" for r in saved}
    assert ran_again and not ran_again & done_first
    # A rerun with nothing left to do runs nothing.
    again = bench(tmp_path, tasks=tasks, conditions=("none", "compiled"), trials=2)
    assert (again.skipped, again.ran) == (8, 0)


def test_rerun_with_another_policy_is_refused(tmp_path: Path) -> None:
    task = load_tasks([TASKS / "log-report"])
    bench(tmp_path, tasks=task, conditions=("none",))
    with pytest.raises(runner.BenchError, match="policy"):
        bench(tmp_path, tasks=task, conditions=("none",), policy="noop")


def test_cli_writes_reports_and_plain_progress(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = CliRunner().invoke(bench_cli, [str(TASKS / "config-migrate"), "--agent",
                                            "scripted", "--trials", "2", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "[6/6] config-migrate" in result.output  # not a TTY: one line per trial
    doc = json.loads((out / "benchmark.json").read_text())
    assert len(doc["runs"]) == 6 and doc["metadata"]["agent"] == "scripted"
    assert {"reward", "tokens", "wall_s", "exit_status"} <= doc["runs"][0].keys()
    assert doc["summary"]["conditions"]["compiled"]["pass_rate"] == 1.0
    html = (out / "report.html").read_text()
    assert html.count("<svg") == 2 and "<script" not in html
    assert "http" not in html.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert "| original → compiled | 1 |" in (out / "report.md").read_text()


@pytest.mark.parametrize("args, message", [
    (["nowhere"], "nowhere: not a folder"),
    ([str(TASKS), "--conditions", "none,bogus"], "unknown condition(s): bogus"),
    ([str(TASKS), "--agent", "scripted", "--no-fake"], "needs --base-url"),
    ([str(TASKS), "--backend", "nope"], "unknown backend 'nope'"),
    ([str(TASKS), "--engine", "harbor", "--agent", "scripted"], "Harbor runs agent CLIs"),
])
def test_cli_bad_input_is_one_line(tmp_path: Path, args: list[str], message: str) -> None:
    result = CliRunner().invoke(bench_cli, [*args, "--out", str(tmp_path / "o")])
    assert result.exit_code == 2
    assert message in result.output and "Traceback" not in result.output


def test_real_provider_needs_its_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MY_KEY", raising=False)
    result = CliRunner().invoke(bench_cli, [
        str(TASKS / "log-report"), "--base-url", "http://127.0.0.1:9", "--api-key-env",
        "MY_KEY", "--out", str(tmp_path)])
    assert result.exit_code == 2 and "$MY_KEY is not set" in result.output


def test_scripted_agent_reports_an_unreachable_endpoint(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MY_KEY", "k")
    result = CliRunner().invoke(bench_cli, [
        str(TASKS / "log-report"), "--base-url", "http://127.0.0.1:9", "--api-key-env",
        "MY_KEY", "--conditions", "none", "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    (record,) = json.loads((tmp_path / "benchmark.json").read_text())["runs"]
    assert record["exit_status"] == "error" and "cannot reach" in record["error"]
    assert record["reward"] == 0.0


def test_fake_server_module_runs_standalone() -> None:
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "skcc.bench.fakeserver", "--help"],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and "--policy" in done.stdout
