"""Code scanning shared by the SKC4xx-SKC6xx rules.

``units`` finds the code a skill carries (bundled scripts, code blocks in SKILL.md and
references, ``!`cmd``` placeholders, npm lifecycle scripts, MCP server commands),
``syntax`` parses it with tree-sitter, ``facts`` and ``pyjs`` reduce each syntax tree to
the few facts the rules ask about (commands, calls, reads, writes), and ``semgrep`` runs
the taint rules of ``analyzers/semgrep`` once per batch. Rules only see ``facts_of(skill)``.
"""
