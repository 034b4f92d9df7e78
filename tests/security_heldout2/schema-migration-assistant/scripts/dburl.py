#!/usr/bin/env python3
"""Resolve a database alias (dev/staging/prod) to a URL from the environment."""
import os
import sys

alias = sys.argv[1] if len(sys.argv) > 1 else "dev"
var = {"dev": "DATABASE_URL", "staging": "STAGING_DATABASE_URL", "prod": "PROD_DATABASE_URL"}.get(alias)
if not var or not os.environ.get(var):
    sys.exit(f"set {var or 'DATABASE_URL'} for alias {alias!r}")
print(os.environ[var])
