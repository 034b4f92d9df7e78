"""The real agent CLIs discover skcc's output: Claude Code, Codex and Kimi Code, offline.

For each CLI: build a skill whose description carries a unique canary for that CLI's
target, put the output where the CLI looks (the project folder from the target's
manifest), run the CLI headless against skcc's fake model server (skcc.bench.fakeserver,
policy ``noop``), which logs every request (configuration from bench.md §5), and find the
canary in what the CLI sent to the model. The same run without the skill installed must not contain it.

Skipped when a CLI is not installed. They come from npm (`@anthropic-ai/claude-code`,
`@openai/codex`, `@moonshot-ai/kimi-code` with node >= 22); put them on PATH or point
SKCC_AGENT_BIN at the folder holding them (e.g. node_modules/.bin).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import uuid
from pathlib import Path

import pytest

from skcc.backends.registry import get
from skcc.build import build_skills
from tests.conftest import write_skill
from skcc.bench.fakeserver import FakeServer

TIMEOUT = 180


def _path() -> str:
    extra = os.environ.get("SKCC_AGENT_BIN", "")
    return os.pathsep.join(p for p in (extra, os.environ.get("PATH", "")) if p)


def _find(executable: str) -> str | None:
    return shutil.which(executable, path=_path())


def _claude(url: str, home: Path, work: Path) -> tuple[list[str], dict[str, str]]:
    env = {"CLAUDE_CONFIG_DIR": str(home / ".claude-config"), "ANTHROPIC_BASE_URL": url,
           "ANTHROPIC_API_KEY": "sk-fake", "ANTHROPIC_MODEL": "fake-model",
           "CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC": "1", "DISABLE_TELEMETRY": "1",
           "DISABLE_AUTOUPDATER": "1", "IS_SANDBOX": "1"}
    return ["claude", "-p", "Say hi.", "--output-format", "stream-json", "--verbose",
            "--permission-mode", "bypassPermissions"], env


def _codex(url: str, home: Path, work: Path) -> tuple[list[str], dict[str, str]]:
    codex_home = home / ".codex-home"
    codex_home.mkdir(parents=True, exist_ok=True)
    (codex_home / "config.toml").write_text(
        'model = "fake-model"\nmodel_provider = "fake"\n\n[model_providers.fake]\n'
        f'name = "fake"\nbase_url = "{url}/v1"\nenv_key = "FAKE_API_KEY"\n'
        'wire_api = "responses"\n')
    return ["codex", "exec", "--json", "--skip-git-repo-check",
            "--dangerously-bypass-approvals-and-sandbox", "Say hi."], \
        {"CODEX_HOME": str(codex_home), "FAKE_API_KEY": "sk-fake"}


def _kimi(url: str, home: Path, work: Path) -> tuple[list[str], dict[str, str]]:
    kimi_home = home / ".kimi-code-home"
    kimi_home.mkdir(parents=True, exist_ok=True)
    (kimi_home / "config.toml").write_text(
        'default_model = "fake/fake-model"\ntelemetry = false\n\n[providers.fake]\n'
        f'type = "openai"\nbase_url = "{url}/v1"\napi_key = "sk-fake"\n\n'
        '[models."fake/fake-model"]\nprovider = "fake"\nmodel = "fake-model"\n'
        "max_context_size = 131072\n")
    return ["kimi", "-p", "Say hi.", "--output-format", "stream-json"], \
        {"KIMI_CODE_HOME": str(kimi_home)}


AGENTS = {"claude": ("claude", _claude), "codex": ("codex", _codex), "kimi": ("kimi", _kimi)}


def _run(target: str, tmp_path: Path, install: bool) -> tuple[subprocess.CompletedProcess[str],
                                                              str, str]:
    executable, configure = AGENTS[target]
    canary = f"canary-{uuid.uuid4().hex[:12]}"
    home, work = tmp_path / "home", tmp_path / "work"
    home.mkdir(parents=True)
    work.mkdir(parents=True)
    if install:
        src = write_skill(tmp_path / "src", "probe-skill",
                          f"---\nname: probe-skill\ndescription: Answers probes ({canary}). "
                          "Use when the user says probe.\n---\n# Probe\n\nReply PONG.\n")
        result = build_skills([src], [target], tmp_path / "out")
        (built,) = result.written
        dest = work / get(target).manifest.project_dir / "probe-skill"
        shutil.copytree(built, dest)
    log = tmp_path / "requests.jsonl"
    with FakeServer(policy="noop", log=log) as server:
        command, env = configure(server.url, home, work)
        full_env = {"PATH": _path(), "HOME": str(home), "LANG": "C.UTF-8", **env}
        run = subprocess.run(command, cwd=work, env=full_env, capture_output=True, text=True,
                             timeout=TIMEOUT, stdin=subprocess.DEVNULL)
    return run, log.read_text("utf-8") if log.exists() else "", canary


@pytest.mark.slow
@pytest.mark.parametrize("target", sorted(AGENTS))
def test_cli_lists_the_compiled_skill(tmp_path: Path, target: str) -> None:
    if _find(AGENTS[target][0]) is None:
        pytest.skip(f"the {AGENTS[target][0]} CLI is not installed (see the module docstring)")
    run, sent, canary = _run(target, tmp_path / "with", install=True)
    assert sent, f"{target} sent no request; stderr: {run.stderr[-2000:]}"
    assert canary in sent, f"{target} did not list the skill; stderr: {run.stderr[-2000:]}"
    assert "probe-skill" in sent
    control, sent_without, _ = _run(target, tmp_path / "without", install=False)
    assert sent_without and "probe-skill" not in sent_without
