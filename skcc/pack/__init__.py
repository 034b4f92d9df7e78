"""Publishing compiled skills: packs, their verification and their installation.

A *pack* is a reproducible ``.tar.gz`` of one target's compiled skills plus a manifest,
``skcc-pack.json``, that lists every file with its sha256, size and mode. The modules:

- ``files``    -- the in-memory file type and the path rules every module shares;
- ``archive``  -- writing byte-identical tar.gz and zip archives;
- ``reader``   -- reading *untrusted* tar and zip archives into memory, with limits;
- ``manifest`` -- building and validating ``skcc-pack.json``;
- ``compile``  -- compiling skill folders into a pack in memory;
- ``forms``    -- the other published forms: a Claude Code plugin and a claude.ai ``.skill``;
- ``verify``   -- checking a pack's hashes and re-running the security checks;
- ``state``    -- the record of what ``skcc install`` wrote, for ``uninstall`` and ``list``;
- ``install``  -- planning and applying installs and uninstalls;
- ``cli``      -- the click commands, the only module that prints.
"""

from __future__ import annotations


class PackError(Exception):
    """A pack, an archive or an install request that skcc refuses, with the reason why.

    The message is complete and meant for the user as is; the CLI prints it and exits 1.
    """
