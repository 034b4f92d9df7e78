"""Claude Code: ``.claude/skills/<name>/`` with the spec fields plus Claude's extensions
(``argument-hint``, ``disable-model-invocation``, ``context: fork``...), and the body's
``$ARGUMENTS``, ``${CLAUDE_SKILL_DIR}`` and ``!`cmd``` placeholders kept as written, since
Claude Code is the platform that defines them. Only hard-coded install paths
(``~/.claude/skills/<name>/``) are rewritten, to ``${CLAUDE_SKILL_DIR}``: they break at the
other scope."""

from skcc.backends.agentskills import AgentSkillsBackend


class ClaudeBackend(AgentSkillsBackend):
    name = "claude"
    SUPPORTS_ALLOWED_TOOLS = True
    REWRITES_BODY = True
