"""Helpers for kiln-firing-scheduler."""
