#!/usr/bin/env python3
"""Print a JSON list of routes for a FastAPI or Flask app given as module:attr."""
import importlib
import inspect
import json
import sys


def load(target):
    mod_name, _, attr = target.partition(":")
    return getattr(importlib.import_module(mod_name), attr or "app")


def fastapi_routes(app):
    for r in app.routes:
        if not getattr(r, "include_in_schema", True):
            continue
        yield {
            "path": r.path,
            "methods": sorted(getattr(r, "methods", []) or []),
            "name": r.name,
            "group": (getattr(r, "tags", None) or ["default"])[0],
            "doc": inspect.getdoc(getattr(r, "endpoint", None)) or "",
        }


def flask_routes(app):
    for rule in app.url_map.iter_rules():
        view = app.view_functions.get(rule.endpoint)
        yield {
            "path": rule.rule,
            "methods": sorted(rule.methods - {"HEAD", "OPTIONS"}),
            "name": rule.endpoint,
            "group": rule.endpoint.split(".")[0],
            "doc": inspect.getdoc(view) or "",
        }


def main():
    sys.path.insert(0, ".")
    app = load(sys.argv[1])
    routes = fastapi_routes(app) if hasattr(app, "openapi") else flask_routes(app)
    json.dump([r for r in routes if not r["path"].startswith("/_internal")], sys.stdout, indent=2)


if __name__ == "__main__":
    main()
