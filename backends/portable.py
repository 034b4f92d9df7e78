"""The shared shape of every Agent Skills client that is not Claude Code.

They read a standard ``SKILL.md`` from their own folder, substitute none of Claude Code's
body placeholders and do not pre-approve ``allowed-tools`` (platforms.md §15: only Claude
Code acts on it; Codex, Gemini CLI, Kimi CLI and OpenCode ignore it). So the body is carried
over (``_placeholders``), ``allowed-tools`` is reported and left out, and each target's
manifest says which informational fields it keeps. Targets that differ only in folders and
fields are this class with a name.
"""

from skcc.backends.agentskills import AgentSkillsBackend


class PortableBackend(AgentSkillsBackend):
    SUPPORTS_ALLOWED_TOOLS = False
    REWRITES_BODY = True
