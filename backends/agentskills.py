"""The canonical Agent Skills form: the six spec fields, the body exactly as written."""

from skcc.backends.base import Backend


class AgentSkillsBackend(Backend):
    name = "agentskills"
