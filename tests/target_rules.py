"""Each target's own acceptance rules, checked on a compiled skill folder.

An independent judge of the backends: it reads only the written files and the target's
manifest, never the IR the backend used. The rules come from platforms.md (name regexes
and lengths that Codex, OpenCode, Goose and Copilot enforce, Codex's sidecar shape, the
fields each target reads), so a backend that writes something its target would reject or
ignore fails here.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from skcc.backends.base import Manifest

NAME = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")  # spec §1.2, OpenCode §8, Codex §3.3
FRONTMATTER = re.compile(r"\A---\r?\n(.*?)\r?\n---\r?\n", re.DOTALL)


def problems(folder: Path, manifest: Manifest) -> list[str]:
    """What ``manifest``'s target would reject in the compiled skill ``folder`` (empty: ok)."""
    if manifest.name == "cursor-rules":
        return _cursor_rule(folder)
    skill_md = folder / "SKILL.md"
    if not skill_md.is_file():
        return ["no SKILL.md"]
    text = skill_md.read_text("utf-8")
    match = FRONTMATTER.match(text)
    if match is None:
        return ["SKILL.md does not start with a --- frontmatter block"]
    try:
        data = yaml.safe_load(match.group(1))
    except yaml.YAMLError as exc:
        return [f"frontmatter is not YAML: {exc}"]
    if not isinstance(data, dict):
        return ["frontmatter is not a mapping"]
    found = []
    name, description = data.get("name"), data.get("description")
    if not isinstance(name, str) or not NAME.match(name) or len(name) > manifest.name_max:
        found.append(f"name {name!r} breaks the target's name rule")
    elif name != folder.name:
        found.append(f"name {name!r} differs from the folder {folder.name!r}")
    if not isinstance(description, str) or not description.strip():
        found.append("no description")
    elif len(description) > manifest.description_max:
        found.append(f"description longer than {manifest.description_max}")
    extra = set(data) - set(manifest.fields)
    if extra:
        found.append(f"fields the target does not accept: {sorted(extra)}")
    if "compatibility" in data and (not isinstance(data["compatibility"], str) or
                                    len(data["compatibility"]) > 500):
        found.append("compatibility is not a string of at most 500 characters")
    if "metadata" in data and not isinstance(data["metadata"], dict):
        found.append("metadata is not a mapping")
    if manifest.name == "codex":
        found += _codex_sidecar(folder)
    return found


def _codex_sidecar(folder: Path) -> list[str]:
    """``agents/openai.yaml`` (platforms.md §3.4): interface and policy mappings."""
    sidecar = folder / "agents" / "openai.yaml"
    if not sidecar.is_file():
        return ["no agents/openai.yaml"]
    data = yaml.safe_load(sidecar.read_text("utf-8"))
    if not isinstance(data, dict):
        return ["agents/openai.yaml is not a mapping"]
    found = []
    interface, policy = data.get("interface", {}), data.get("policy", {})
    if not isinstance(interface, dict) or not isinstance(policy, dict):
        return ["agents/openai.yaml: interface and policy must be mappings"]
    if len(str(interface.get("display_name", ""))) > 64:
        found.append("display_name longer than 64")
    if not isinstance(policy.get("allow_implicit_invocation", True), bool):
        found.append("allow_implicit_invocation is not a boolean")
    return found


def _cursor_rule(folder: Path) -> list[str]:
    """``<name>.mdc`` (platforms.md §7): YAML frontmatter whose only keys are description,
    globs and alwaysApply; alwaysApply a real boolean (a string counts as false, silently);
    a description, or the agent never requests the rule."""
    rule = folder / f"{folder.name}.mdc"
    if not rule.is_file():
        return [f"no {rule.name}"]
    match = FRONTMATTER.match(rule.read_text("utf-8"))
    if match is None:
        return [f"{rule.name} does not start with a --- frontmatter block"]
    data = yaml.safe_load(match.group(1))
    if not isinstance(data, dict):
        return ["rule frontmatter is not a mapping"]
    found = []
    extra = set(data) - {"description", "globs", "alwaysApply"}
    if extra:
        found.append(f"keys a rule does not have: {sorted(extra)}")
    if not isinstance(data.get("alwaysApply"), bool):
        found.append("alwaysApply is not a boolean")
    if not isinstance(data.get("description"), str) or not data["description"].strip():
        found.append("no description")
    return found
