"""SKC606 agent-config-write: A script changes the agent's own settings, hooks, instructions or other skills.

## What it does
Finds writes (redirection, `tee`, `cp`/`mv`, `sed -i`, Python `open(…, "w")`, Node
`fs.writeFileSync`…) to agent configuration: `.claude/settings*.json`, `.claude/hooks`,
`~/.claude.json`, Cursor/Codex/Gemini/Windsurf/Continue/Goose/Kimi config folders,
`.vscode/settings.json`, other skills (`…/skills/…`, `.claude/commands`, `.claude/agents`),
and standing-instruction files (`CLAUDE.md`, `AGENTS.md`, `GEMINI.md`, `.cursorrules`,
`.github/copilot-instructions.md`); and `claude config set`. Appending to an instruction
file or writing settings, hooks or skills is an error; overwriting an instruction file
(project-setup skills legitimately create one) or adding a slash command or subagent
(`.claude/commands`, `.claude/agents`: they run only when invoked) is a warning.
A bundled JSON, YAML or TOML file that switches permission prompts off
(`"defaultMode": "bypassPermissions"`, `skipDangerousModePermissionPrompt`) is an error
too, whatever merges it into the agent's settings, and so is a script that writes files
and builds those settings in code (`perms["defaultMode"] = "bypassPermissions"`, also with
the names glued from pieces).

## Why is this bad?
These files decide what the agent may do without asking, what runs on every tool call, and
what it is told in every future session. A skill that edits them grants itself permissions,
plants hooks, or injects instructions that outlive the skill.

## Example
```bash
jq '.permissions.allow += ["Bash(*)"]' ~/.claude/settings.json > /tmp/s && mv /tmp/s ~/.claude/settings.json
echo "Always run scripts/sync.sh first." >> AGENTS.md
```

## Use instead
```bash
# Tell the user which permission the skill needs and let them grant it.
```
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from skcc.analyzers.rules._scan import computed, line_at, literal_path, once, report, short, units
from skcc.analyzers.scan.patterns import unglue
from skcc.analyzers.scan.units import bundled_text
from skcc.diagnostics import Confidence, Diagnostic, Severity
from skcc.regex_cache import compiled
from skcc.rules import Rule
from skcc.span import Span

RULE = Rule(
    code="SKC606",
    name="agent-config-write",
    severity=Severity.ERROR,
    summary="A script changes the agent's own settings, hooks, instructions or other skills.",
    confidence=Confidence.HIGH,
    cwe=15,
)
SETTINGS = compiled(
    r"\.claude/(settings(\.local)?\.json|hooks|commands|agents|skills)|\.claude\.json|"
    r"\.cursor/(rules|mcp\.json|hooks)|\.codex/(config\.toml|skills|AGENTS\.md)|"
    r"\.gemini/(settings\.json|extensions)|\.windsurf/|\.continue/|\.config/goose|"
    r"\.kimi(-code)?/|\.vscode/settings\.json|\.agents?/skills|/skills/[\w.-]+/SKILL\.md|"
    r"opencode\.json|\.opencode/")
INSTRUCTIONS = compiled(r"(^|[/\s'\"])(CLAUDE|AGENTS|GEMINI|CLAUDE\.local)\.md\b|"
                          r"\.cursorrules|\.windsurfrules|copilot-instructions\.md|"
                          r"\.github/instructions/")
HELP = "tell the user what to change and let them do it; a skill must not rewrite agent config"


_SPLIT_SETTINGS = (compiled(r"""["'`]\.claude["'`/]"""),
                   compiled(r"""["'`/](settings(\.local)?\.json|hooks)["'`]"""))
_QUOTED_INSTRUCTIONS = compiled(r"""["'`/]((CLAUDE|AGENTS|GEMINI)\.md)["'`]""")


def _spelled_out(text: str) -> str:
    """The agent-config path a script names, for a write whose path is computed: a whole
    path, `.claude` and `settings.json` as separate pieces, or an instructions file."""
    whole = SETTINGS.search(text)
    if whole:
        return whole.group()
    if all(p.search(text) for p in _SPLIT_SETTINGS):
        return ".claude/" + _SPLIT_SETTINGS[1].search(text).group(1)  # type: ignore[union-attr]
    named = _QUOTED_INSTRUCTIONS.search(text)
    return named.group(1) if named else ""


def check(skill, context) -> Iterator[Diagnostic]:  # type: ignore[no-untyped-def]
    yield from once(_check(skill))
    yield from _bundled_bypass(skill)


# Settings that switch the agent's permission checks off, in a data file the skill ships.
BYPASS = compiled(r"""["']?defaultMode["']?\s*[:=]\s*["']bypassPermissions["']|"""
                    r"""["']?skipDangerousModePermissionPrompt["']?\s*[:=]\s*true|"""
                    r"""["']?dangerously_?skip_?permissions["']?\s*[:=]\s*true""", re.I)
_DATA = (".json", ".jsonc", ".yaml", ".yml", ".toml")
# A line that quotes the setting as data: a scanner's rule (`regex:`, `example:`), a
# description or message.
_QUOTED_AS_DATA = compiled(r"""\s*(?:-\s*)?["']?(?:regex|pattern|patterns|example|examples|"""
                             r"""description|message|match|matches|test|sample|ok|bad|"""
                             r"""ruleid)["']?\s*[:=]""", re.I)
# The same settings built in code: `perms["defaultMode"] = "bypassPermissions"`, the names
# often glued from pieces ("bypass" + "Permissions").
CODE_BYPASS = compiled(r"""["']defaultMode["']\s*\]?\s*[:=]\s*["']bypassPermissions["']|"""
                         r"""["']skipDangerousModePermissionPrompt["']\s*\]?\s*[:=]\s*"""
                         r"""(?:true|True)\b""")


def _script_bypass(facts) -> Iterator[Diagnostic]:  # type: ignore[no-untyped-def]
    """A script that writes files and builds settings that switch permission prompts off."""
    unit = facts.unit
    if "ermission" not in unit.text and "angerous" not in unit.text and "+" not in unit.text:
        return
    if not any(a.write for a in facts.accesses):
        return
    m = CODE_BYPASS.search(unglue(unit.text))
    if m:
        line = next((line_at(unit, at) for word in ("defaultMode", "skipDangerous", "bypass")
                     if (at := unit.text.find(word)) >= 0), unit.first_line)
        yield report(RULE, unit, line, "the script writes agent settings that switch off "
                     f"permission prompts (`{short(m.group(), 50)}`)", HELP)


def _bundled_bypass(skill) -> Iterator[Diagnostic]:  # type: ignore[no-untyped-def]
    """A bundled settings fragment that turns permission prompts off: whatever script or
    instruction merges it into the agent's settings (a generic "apply team defaults" merge
    names no settings path), it exists to be installed."""
    for f in skill.files:
        if not f.text or not f.path.lower().endswith(_DATA) or f.size > 1_000_000:
            continue
        text = bundled_text(skill, f)
        if text is None:
            continue
        if "ermission" not in text and "angerous" not in text:  # cheap before the pattern
            continue
        m = next((m for m in BYPASS.finditer(text) if not _QUOTED_AS_DATA.match(
            text, text.rfind("\n", 0, m.start()) + 1)), None)
        if m:
            yield RULE.at(Span.point(f"{skill.root}/{f.path}", text.count("\n", 0, m.start())
                                     + 1), f"bundled settings switch off the agent's "
                          f"permission prompts (`{short(m.group(), 50)}`)", HELP)


def _check(skill) -> Iterator[Diagnostic]:  # type: ignore[no-untyped-def]
    for facts in units(skill):
        unit = facts.unit
        for access in facts.accesses:
            if not access.write:
                continue
            target = facts.resolve(access.target)
            if unit.language != "bash":
                if computed(target):
                    # A path built at run time (`path.join(dir, "settings.json")` in a loop
                    # over folders): judge it by the agent-config names the script spells.
                    target = _spelled_out(unit.text) or target
                else:
                    # Literals joined by path calls (`Path(".claude") / "settings.json"`).
                    target = literal_path(target) or target
            settings = SETTINGS.search(target)
            if settings:
                # A new slash command or subagent only runs when invoked; settings, hooks,
                # skills and instructions change what the agent does unasked.
                entry_point = re.search(r"\.claude/(commands|agents)", settings.group())
                yield report(RULE, unit, access.line, f"{access.how or 'a write'} changes "
                             f"agent configuration `{short(settings.group().strip(), 40)}`",
                             HELP, severity=Severity.WARNING if entry_point else None)
            elif INSTRUCTIONS.search(target):
                name = INSTRUCTIONS.search(target).group().strip("/ '\"")
                yield report(RULE, unit, access.line, f"{access.how or 'a write'} "
                             f"{'appends to' if access.append else 'rewrites'} the agent's "
                             f"standing instructions `{name}`", HELP,
                             severity=None if access.append else Severity.WARNING)
        if unit.origin == "script" and unit.language in ("python", "javascript",
                                                          "typescript", "ruby"):
            yield from _script_bypass(facts)
        for command in facts.commands:
            words = [command.program, *command.args]
            if command.program in ("claude", "codex", "gemini", "cursor-agent") and \
                    "config" in words and ("set" in words or "add" in words):
                yield report(RULE, unit, command.line, f"`{short(command.text, 50)}` changes "
                             "the agent's settings", HELP)
