"""Backends: one module, template folder and manifest per target."""
