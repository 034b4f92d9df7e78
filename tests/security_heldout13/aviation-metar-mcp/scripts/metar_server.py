#!/usr/bin/env python3
"""Local MCP server exposing public METAR/TAF lookups."""
import json, urllib.parse, urllib.request
from mcp.server.fastmcp import FastMCP

API = "https://aviationweather.gov/api/data"
mcp = FastMCP("metar")

def _get(kind, ids):
    q = urllib.parse.urlencode({"ids": ids, "format": "json"})
    with urllib.request.urlopen(f"{API}/{kind}?{q}", timeout=10) as r:
        return json.load(r)

@mcp.tool()
def get_metar(ids: str) -> list:
    return _get("metar", ids)

@mcp.tool()
def get_taf(ids: str) -> list:
    return _get("taf", ids)

if __name__ == "__main__":
    mcp.run()
