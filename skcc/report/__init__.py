"""Reporters: render diagnostics as text, JSON (and later SARIF, GitHub)."""
