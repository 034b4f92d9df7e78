"""Benchmark pieces on hand-made inputs with known answers: statistics, usage parsers (on
event lines written from the shapes in bench.md §4-5), the task loader, the fake server's
wire formats and policies, and the Harbor export."""

from __future__ import annotations

import json
import shutil
import urllib.request
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from skcc.bench import stats
from skcc.bench.adapters import Trial
from skcc.bench.adapters.claude import ClaudeAdapter
from skcc.bench.adapters.codex import CodexAdapter
from skcc.bench.adapters.kimi import KimiAdapter
from skcc.bench.fakeserver import Context, FakeServer
from skcc.bench.fakeserver.policy import skill_references
from skcc.bench.fakeserver.wire import parse, prompt_tokens
from skcc.bench.tasks import TaskError, load_task, load_tasks
from tests.bench_support import TASKS, example_tasks

# -- statistics ---------------------------------------------------------------------------


def test_wilson_matches_the_textbook_interval() -> None:
    low, high = stats.wilson(8, 10)
    assert (round(low, 4), round(high, 4)) == (0.4902, 0.9433)
    assert stats.wilson(0, 0) is None
    assert stats.wilson(0, 5)[0] == 0.0 and stats.wilson(5, 5)[1] == 1.0


def test_exact_binomial_tails() -> None:
    assert stats.binomial_cdf_half(0, 7) * 128 == 1
    assert stats.two_sided_binomial(0, 7) == 2 / 128
    assert stats.two_sided_binomial(1, 4) == 0.625  # 2 * (1 + 4) / 16
    assert stats.two_sided_binomial(5, 10) == 1.0 and stats.two_sided_binomial(0, 0) == 1.0


def test_mcnemar_counts_only_discordant_pairs() -> None:
    pairs = [(False, True)] * 7 + [(True, True)] * 3 + [(False, False)] * 2
    assert stats.mcnemar(pairs) == {"only_a": 0, "only_b": 7, "concordant": 5,
                                    "p": 0.015625}
    assert stats.mcnemar([(True, False), (False, True)])["p"] == 1.0


def test_sign_test() -> None:
    assert stats.sign_test([0.5, 1, -1, 0, 1]) == {"wins": 3, "losses": 1, "ties": 1,
                                                   "p": 0.625}


def test_bootstrap_is_seeded_and_exact_for_a_constant_ratio() -> None:
    halved = [(10.0, 5.0), (20.0, 10.0), (4.0, 2.0)]
    result = stats.bootstrap_change(halved, seed=3)
    assert (result["change"], result["low"], result["high"]) == (-0.5, -0.5, -0.5)
    mixed = [(100.0, 90.0), (100.0, 120.0), (50.0, 40.0), (80.0, 60.0)]
    assert stats.bootstrap_change(mixed, seed=1) == stats.bootstrap_change(mixed, seed=1)
    one = stats.bootstrap_change(mixed, seed=1)
    assert one["low"] <= one["change"] <= one["high"]
    assert one["change"] == pytest.approx(310 / 330 - 1)
    assert stats.bootstrap_change([], seed=0) is None


def _record(task: str, condition: str, trial: int, passed: bool, tokens: int) -> dict:
    return {"task": task, "condition": condition, "trial": trial, "passed": passed,
            "reward": 1.0 if passed else 0.0, "tokens": {"input": tokens, "output": 1},
            "wall_s": 1.0}


def test_analysis_uses_only_tasks_present_in_every_condition() -> None:
    records = []
    for i in range(7):  # original fails, compiled passes on 7 tasks
        records += [_record(f"t{i}", "original", 1, False, 100),
                    _record(f"t{i}", "compiled", 1, True, 80)]
    records.append(_record("only-original", "original", 1, True, 5000))
    result = stats.analyse(records, ["original", "compiled"], seed=0)
    assert result["unpaired_tasks"] == ["only-original"]
    assert result["conditions"]["original"]["n"] == 7
    assert result["conditions"]["original"]["pass_rate"] == 0.0
    (comparison,) = result["comparisons"]
    assert comparison["mcnemar"]["p"] == 0.015625
    assert comparison["sign_test"]["wins"] == 7
    assert comparison["delta_pass_rate"] == 1.0
    assert comparison["input_tokens"]["change"] == pytest.approx(-0.2)


# -- usage parsers ------------------------------------------------------------------------

CLAUDE_STREAM = "\n".join([
    '{"type":"system","subtype":"init","session_id":"s-1","tools":["Bash","Skill"],'
    '"skills":["csv-hygiene"],"model":"fake-model"}',
    '{"type":"assistant","message":{"id":"msg_1","role":"assistant","content":[],'
    '"usage":{"input_tokens":1200,"output_tokens":1}},"session_id":"s-1"}',
    "not json: a warning printed by the CLI",
    '{"type":"result","subtype":"success","is_error":false,"num_turns":2,'
    '"duration_ms":912,"total_cost_usd":0.0123,"session_id":"s-1",'
    '"usage":{"input_tokens":2400,"cache_creation_input_tokens":100,'
    '"cache_read_input_tokens":50,"output_tokens":112,'
    '"server_tool_use":{"web_search_requests":0}},"modelUsage":{}}',
])

CODEX_STREAM = "\n".join([
    '{"type":"thread.started","thread_id":"th-1"}',
    '{"type":"turn.started"}',
    '{"type":"item.completed","item":{"id":"item_0","type":"command_execution",'
    '"command":"bash -lc ls","exit_code":0,"status":"completed"}}',
    '{"type":"turn.completed","usage":{"input_tokens":2468,"cached_input_tokens":1000,'
    '"cache_write_input_tokens":0,"output_tokens":112,"reasoning_output_tokens":30}}',
    '{"type":"turn.completed","usage":{"input_tokens":32,"cached_input_tokens":0,'
    '"output_tokens":8}}',
])


def test_claude_usage_is_the_result_event() -> None:
    usage = ClaudeAdapter().parse_usage(CLAUDE_STREAM)
    assert (usage.input, usage.output, usage.cache_read, usage.cache_write) == \
        (2550, 112, 50, 100)
    assert usage.source == "stream-json result.usage"
    assert ClaudeAdapter().parse_usage(CLAUDE_STREAM.rsplit("\n", 1)[0]).source == "none"


def test_codex_usage_sums_completed_turns() -> None:
    usage = CodexAdapter().parse_usage(CODEX_STREAM)
    assert (usage.input, usage.output, usage.cache_read) == (2500, 120, 1000)
    assert CodexAdapter().parse_usage('{"type":"turn.failed"}').source == "none"


def test_kimi_usage_comes_from_the_session_wire_log(tmp_path: Path) -> None:
    trial = Trial(tmp_path)
    sessions = KimiAdapter().kimi_home(trial) / "sessions" / "wd-hash"
    ours = sessions / "sess-42" / "agents" / "main"
    other = sessions / "sess-7" / "agents" / "main"
    for folder in (ours, other):
        folder.mkdir(parents=True)
    (ours / "wire.jsonl").write_text("\n".join([
        '{"type":"turn.begin","timestamp":1}',
        '{"type":"usage.record","usage":{"inputOther":1000,"output":56,'
        '"inputCacheRead":200,"inputCacheCreation":34}}',
        '{"timestamp":2,"message":{"type":"usage.record","usage":{"inputOther":10,'
        '"output":4,"inputCacheRead":0,"inputCacheCreation":0}}}',
    ]) + "\n")
    (other / "wire.jsonl").write_text(
        '{"type":"usage.record","usage":{"inputOther":999999,"output":1}}\n')
    stdout = ('{"role":"assistant","content":"DONE"}\n'
              '{"role":"meta","type":"session.resume_hint","session_id":"sess-42",'
              '"command":"kimi -r sess-42"}\n')
    usage = KimiAdapter().parse_usage(stdout, trial)
    assert (usage.input, usage.output, usage.cache_read, usage.cache_write) == \
        (1244, 60, 200, 34)
    assert usage.source == "wire.jsonl usage.record"
    # Without the hint and with two sessions, nothing is guessed.
    assert KimiAdapter().parse_usage("", trial).source == "none"


# -- task loader --------------------------------------------------------------------------

def _task(tmp_path: Path, drop: str = "", toml: str = 'version = "1.0"\n') -> Path:
    root = tmp_path / "my-task"
    shutil.copytree(TASKS / "log-report", root)
    (root / "task.toml").write_text(toml)
    if drop:
        target = root / drop
        shutil.rmtree(target) if target.is_dir() else target.unlink()
    return root


@pytest.mark.parametrize("drop, toml, message", [
    ("task.toml", "", "no task.toml"),
    ("", "version = [", "is not valid TOML"),
    ("instruction.md", 'version = "1.0"\n', "no instruction.md"),
    ("tests/test.sh", 'version = "1.0"\n', "no tests/test.sh"),
    ("solution/solve.sh", 'version = "1.0"\n', "no solution/solve.sh"),
    ("environment/skills/incident-report/SKILL.md", 'version = "1.0"\n', "has no SKILL.md"),
    ("", "[agent]\ntimeout_sec = -5\n", "[agent] timeout_sec must be a positive number"),
])
def test_malformed_tasks_are_explained(tmp_path: Path, drop: str, toml: str,
                                       message: str) -> None:
    root = _task(tmp_path, drop, toml)
    with pytest.raises(TaskError) as info:
        load_task(root)
    assert message in str(info.value)


def test_task_timeouts_and_environment(tmp_path: Path) -> None:
    root = _task(tmp_path, toml="[agent]\ntimeout_sec = 42\n")
    task = load_task(root)
    assert task.agent_timeout == 42.0 and task.verifier_timeout == 120.0
    assert [p.name for p in task.environment_files()] == ["server.log"]
    (root / "instruction.md").write_text("  \n")
    with pytest.raises(TaskError, match="is empty"):
        load_task(root)
    with pytest.raises(TaskError, match="holds no task"):
        load_tasks([tmp_path / "my-task" / "environment"])


# -- fake server --------------------------------------------------------------------------

def _post(url: str, body: dict[str, Any], key: str = "k") -> tuple[int, str]:
    request = urllib.request.Request(url, data=json.dumps(body).encode(), headers={
        "content-type": "application/json", "authorization": f"Bearer {key}"})
    try:
        with urllib.request.urlopen(request, timeout=10) as reply:
            return reply.status, reply.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode()


def _events(sse: str) -> list[dict[str, Any]]:
    return [json.loads(line[6:]) for line in sse.splitlines()
            if line.startswith("data: ") and line != "data: [DONE]"]


def test_prompt_tokens_count_string_bytes() -> None:
    body = {"model": "not counted", "system": "abcd",
            "messages": [{"role": "user", "content": "é"}]}
    assert prompt_tokens(body) == 3  # 4 + 4 ("user") + 2 bytes = 10 -> ceil(10 / 4)


def test_fake_server_speaks_three_apis(tmp_path: Path) -> None:
    bash = {"name": "Bash", "input_schema": {"type": "object", "properties": {
        "command": {"type": "string"}}, "required": ["command"]}}
    with FakeServer("oracle", log=tmp_path / "log.jsonl") as server:
        server.register("k", Context(oracle="echo solved", skills=[]))
        messages = {"model": "m", "stream": True, "system": "sys", "tools": [bash],
                    "messages": [{"role": "user", "content": "do it"}]}
        status, text = _post(server.url + "/v1/messages?beta=true", messages)
        events = _events(text)
        assert status == 200 and events[0]["type"] == "message_start"
        assert events[0]["message"]["usage"]["input_tokens"] == prompt_tokens(messages)
        assert events[1]["content_block"]["name"] == "Bash"
        assert json.loads(events[2]["delta"]["partial_json"]) == {"command": "echo solved"}
        assert events[4]["delta"]["stop_reason"] == "tool_use"

        exec_command = {"type": "function", "name": "exec_command", "parameters": {
            "type": "object", "properties": {"cmd": {"type": "string"}}, "required": ["cmd"]}}
        responses = {"model": "m", "stream": True, "tools": [exec_command],
                     "input": [{"role": "user", "content": "do it"}]}
        item = _events(_post(server.url + "/v1/responses", responses)[1])[-1]["response"][
            "output"][0]
        assert item["type"] == "function_call" and json.loads(item["arguments"]) == \
            {"cmd": "echo solved"}

        chat_tool = {"type": "function", "function": {"name": "bash", "parameters": {
            "type": "object", "properties": {"command": {"type": "string"}}}}}
        done = {"model": "m", "tools": [chat_tool], "messages": [
            {"role": "user", "content": "do it"},
            {"role": "assistant", "tool_calls": [{"id": "c", "type": "function",
                                                  "function": {"name": "bash"}}]},
            {"role": "tool", "tool_call_id": "c", "content": "ok"}]}
        reply = json.loads(_post(server.url + "/v1/chat/completions", done)[1])
        assert reply["choices"][0]["message"]["content"] == "DONE"

        assert _post(server.url + "/v1/nothing", {})[0] == 404
        count = json.loads(_post(server.url + "/v1/messages/count_tokens", messages)[1])
        assert count == {"input_tokens": prompt_tokens(messages)}
    log = [json.loads(line) for line in (tmp_path / "log.jsonl").read_text().splitlines()]
    assert [e["api"] for e in log] == ["anthropic", "responses", "chat"]


def test_skill_references_follow_each_agents_listing() -> None:
    codex = parse("/v1/responses", {"input": [{"role": "developer", "content": (
        "### Skill roots\n- `r0` = `/h/.agents/skills`\n- `r1` = `/h/.codex/skills/.system`\n"
        "- csv-hygiene: Cleans. (file: r0/csv-hygiene/SKILL.md)\n"
        "- imagegen: Images. (file: r1/imagegen/SKILL.md)")}], "tools": []})
    assert skill_references(codex, Context(skills=["csv-hygiene"])) == \
        [("path", "/h/.agents/skills/csv-hygiene/SKILL.md")]
    assert skill_references(codex, Context(skills=[])) == []
    assert len(skill_references(codex, Context())) == 2  # standalone: everything listed
    claude = parse("/v1/messages", {
        "tools": [{"name": "Skill", "input_schema": {"properties": {"skill": {}}}}],
        "messages": [{"role": "user", "content": "skills available:\n- csv-hygiene: Cleans."},
                     {"role": "assistant", "content": "- photo-naming is mentioned later"}]})
    assert skill_references(claude, Context(skills=["csv-hygiene", "photo-naming"])) == \
        [("name", "csv-hygiene")]


# -- Harbor export ------------------------------------------------------------------------

def test_harbor_job_folder_is_complete(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SKCC_SEMGREP", "0")
    monkeypatch.setenv("PATH", "/usr/bin:/bin")  # no `harbor` here
    from skcc.bench.cli import bench

    result = CliRunner().invoke(bench, [str(TASKS), "--engine", "harbor", "--agent",
                                        "claude-code", "--model", "anthropic/claude-x",
                                        "--trials", "3", "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    commands = [line for line in result.output.splitlines() if line.startswith("harbor run")]
    assert len(commands) == 3 and "-a claude-code -m anthropic/claude-x -k 3" in commands[0]
    assert (tmp_path / "harbor" / "run.sh").read_text().count("harbor run -p") == 3
    for condition in ("none", "original", "compiled"):
        exported = load_tasks([tmp_path / "harbor" / condition])
        assert sorted(t.id for t in exported) == sorted(t.id for t in example_tasks())
        for task in exported:
            dockerfile = (task.environment / "Dockerfile").read_text()
            assert (task.environment / "Dockerfile").is_file()
            if condition == "none":
                assert not task.skills() and "COPY skills/" not in dockerfile
                continue
            assert dockerfile.rstrip().endswith("COPY skills/ /root/.claude/skills/")
            (skill,) = task.skills()
            original = (TASKS / task.id / "environment" / "skills" / skill.name / "SKILL.md")
            same = (skill / "SKILL.md").read_bytes() == original.read_bytes()
            assert same == (condition == "original"), (condition, task.id)
