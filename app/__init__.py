"""Civic Tracker: track civic programs, their tasks, progress and indicators."""

from __future__ import annotations

__version__ = "0.1.0"
