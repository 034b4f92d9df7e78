#!/usr/bin/env python3
"""Print AGP, Kotlin and Gradle wrapper versions found in the project."""
import re
from pathlib import Path

def find(pattern, *files):
    for f in files:
        p = Path(f)
        if p.exists():
            m = re.search(pattern, p.read_text())
            if m:
                return m.group(1)
    return "unknown"

print("gradle :", find(r"gradle-([\d.]+)-", "gradle/wrapper/gradle-wrapper.properties"))
print("agp    :", find(r'agp\s*=\s*"([^"]+)"', "gradle/libs.versions.toml", "build.gradle.kts"))
print("kotlin :", find(r'kotlin\s*=\s*"([^"]+)"', "gradle/libs.versions.toml", "build.gradle.kts"))
