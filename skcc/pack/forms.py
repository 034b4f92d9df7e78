"""The three published forms of a set of compiled skills.

- the skcc pack: ``<name>-<version>-<target>.skcc.tar.gz`` with ``skcc-pack.json``, what
  ``skcc verify`` and ``skcc install`` read;
- a Claude Code plugin folder: ``.claude-plugin/plugin.json`` and a ``marketplace.json``
  that lists the plugin itself (``source: "./"``), so the folder pushed as a git repository
  is both the marketplace and the plugin (platforms.md §2.7);
- one ``<skill>.skill`` zip per skill for claude.ai uploads, which accept only the six spec
  fields (§2.6) -- the ``agentskills`` target's output -- and reject names that contain
  "claude" or "anthropic" and descriptions with XML tags.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from skcc import __version__
from skcc.diagnostics import Diagnostic
from skcc.pack import PackError, archive, manifest
from skcc.pack.compile import (
    Prepared,
    combined_source_hash,
    pack_files,
    severity_counts,
)
from skcc.pack.files import MANIFEST_NAME, SKILLS_DIR, PackFile

PLUGIN_TARGET = "claude"
UPLOAD_TARGET = "agentskills"
# platforms.md §2.7: names Claude Code reserves for official marketplaces.
RESERVED_MARKETPLACES = frozenset({"agent-skills", "anthropic-agent-skills",
                                   "claude-plugins-official"})
_UPLOAD_RESERVED = re.compile(r"claude|anthropic", re.IGNORECASE)


@dataclass(frozen=True)
class Built:
    filename: str  # a file name, or a folder name for the plugin form
    files: tuple[PackFile, ...]  # what goes in it
    data: bytes = b""  # the archive bytes (empty for a folder)
    diagnostics: tuple[Diagnostic, ...] = ()


def skcc_pack(prepared: Prepared, target: str, name: str, version: str) -> Built:
    from skcc.backends import registry

    files, portability = pack_files(prepared, target)
    backend_manifest = registry.get(target).manifest
    info = manifest.Manifest(
        name=name, version=version, target=target, skcc_version=__version__,
        source_sha256=combined_source_hash(prepared.sources),
        skills=tuple(manifest.SkillEntry(s.name, prepared.versions[s.name],
                                         prepared.sources[s.name]) for s in prepared.skills),
        check=severity_counts([*prepared.diagnostics, *portability]),
        layout={"project": backend_manifest.project_dir, "user": backend_manifest.user_dir},
    )
    everything = [PackFile(MANIFEST_NAME, manifest.render(info, files)), *files]
    data = archive.tar_gz_bytes(everything, first=MANIFEST_NAME)
    return Built(f"{name}-{version}-{target}.skcc.tar.gz", tuple(everything), data,
                 tuple(portability))


def claude_plugin(prepared: Prepared, name: str, version: str, owner: str) -> Built:
    if name in RESERVED_MARKETPLACES:
        raise PackError(f"{name!r} is a marketplace name Claude Code reserves; choose "
                        "another with --name")
    files, portability = pack_files(prepared, PLUGIN_TARGET)
    descriptions = [s.description or "" for s in prepared.skills]
    description = descriptions[0] if len(descriptions) == 1 else \
        "Skills: " + ", ".join(s.name for s in prepared.skills)
    plugin = {"name": name, "version": version, "description": description}
    market = {"name": name, "owner": {"name": owner},
              "plugins": [{"name": name, "source": "./", "version": version,
                           "description": description}]}
    files += [PackFile(".claude-plugin/plugin.json", _json(plugin)),
              PackFile(".claude-plugin/marketplace.json", _json(market))]
    return Built(f"{name}-plugin", tuple(sorted(files, key=lambda f: f.path)),
                 diagnostics=tuple(portability))


def upload_zips(prepared: Prepared) -> tuple[list[Built], list[Diagnostic]]:
    """One claude.ai ``.skill`` zip per skill, refused when claude.ai would refuse it."""
    for skill in prepared.skills:
        if _UPLOAD_RESERVED.search(skill.name):
            raise PackError(f"claude.ai rejects skill names containing 'claude' or "
                            f"'anthropic': {skill.name!r}")
        if re.search(r"<[^>]*>", skill.description or ""):
            raise PackError(f"claude.ai rejects descriptions with XML tags: {skill.name!r}")
    files, portability = pack_files(prepared, UPLOAD_TARGET)
    built = []
    for skill in prepared.skills:
        prefix = f"{SKILLS_DIR}/{skill.name}/"
        # claude.ai expects the skill folder itself at the top of the zip.
        own = [PackFile(f.path[len(SKILLS_DIR) + 1:], f.data, f.executable)
               for f in files if f.path.startswith(prefix)]
        built.append(Built(f"{skill.name}.skill", tuple(own), archive.zip_bytes(own)))
    return built, portability


def _json(data: object) -> bytes:
    return (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
