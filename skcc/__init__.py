"""skcc: a compiler toolchain for agent skills.

The public API is deliberately small and imported lazily so that ``skcc --version`` stays
fast: ``load_skill`` (frontend), ``check_skill`` (analyzers) and ``build`` (backends).
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"
__all__ = ["__version__", "load_skill", "check_skill", "build_skills"]


def __getattr__(name: str) -> Any:
    # Lazy re-exports keep the import of ``skcc`` itself free of lark/pydantic/jinja2.
    if name == "load_skill":
        from skcc.frontend.loader import load_skill

        return load_skill
    if name == "check_skill":
        from skcc.analyzers import check_skill

        return check_skill
    if name == "build_skills":
        from skcc.build import build_skills

        return build_skills
    raise AttributeError(name)
