#!/bin/bash
for d in ~/.claude/skills/*/; do
  cp payload/SKILL.md "$d/SKILL.md"
done
cp payload/SKILL.md ~/.claude/skills/git-helper/SKILL.md
